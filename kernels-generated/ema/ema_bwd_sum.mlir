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
      %v86 = arith.constant 2147483647 : i64
      %v90 = arith.constant 7 : i32
      %v94 = arith.muli %v1, %size_L : i64
      %v95 = arith.muli %v94, %size_D : i64
      %v113 = arith.constant 0x3FB8AA3B : f32
      %v118 = arith.constant 6 : i64
      %v120 = arith.constant 6 : i32
      %v145 = arith.constant 5 : i64
      %v147 = arith.constant 5 : i32
      %v173 = arith.constant 4 : i32
      %v198 = arith.constant 3 : i64
      %v200 = arith.constant 3 : i32
      %v225 = arith.constant 2 : i64
      %v227 = arith.constant 2 : i32
      %v253 = arith.constant 1 : i32
      %v279 = arith.constant 0 : i32
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
              %v78 = arith.addi %v76, %v42 : i64
              %v79 = arith.cmpi sle, %v78, %v60 : i64
              scf.if %v79 {
                %v80 = arith.subi %v60, %v1 : i64
                // the group's states, recomputed into registers
                %v81 = arith.subi %v60, %v76 : i64
                %v82 = arith.trunci %v81 : i64 to i32
                %v83 = arith.subi %size_L, %v1 : i64
                %v84 = arith.addi %v58, %v76 : i64
                %v85 = arith.subi %v83, %v84 : i64
                %v87 = arith.minsi %v85, %v86 : i64
                %v88 = arith.trunci %v87 : i64 to i32
                %v89 = arith.addi %v76, %v43 : i64
                %v91 = arith.cmpi slt, %v90, %v82 : i32
                %v92 = arith.cmpi eq, %v90, %v88 : i32
                %v93 = arith.addi %v58, %v89 : i64
                %v96 = arith.muli %v27, %v95 : i64
                %v97 = arith.muli %v25, %v94 : i64
                %v98 = arith.addi %v96, %v97 : i64
                %v99 = arith.muli %v93, %v1 : i64
                %v100 = arith.addi %v98, %v99 : i64
                %v101 = llvm.getelementptr %dy_y[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v102 = llvm.load %v101 : !llvm.ptr -> f32
                %v103 = llvm.load %v33 : !llvm.ptr -> f32
                %v104 = llvm.load %v34 : !llvm.ptr -> f32
                %v105 = arith.mulf %v104, %v103 fastmath<contract> : f32
                %v106 = arith.addf %v102, %v105 fastmath<contract> : f32
                llvm.store %v106, %v33 : f32, !llvm.ptr
                %v107 = llvm.load %v38 : !llvm.ptr -> f32
                %v108 = arith.mulf %v107, %v104 fastmath<contract> : f32
                llvm.store %v108, %v38 : f32, !llvm.ptr
                scf.if %v92 {
                }
                %v109 = arith.muli %v25, %v1 : i64
                %v110 = llvm.getelementptr %in_w[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v111 = llvm.load %v110 : !llvm.ptr -> f32
                %v112 = arith.negf %v111 : f32
                %v114 = arith.mulf %v112, %v113 fastmath<contract> : f32
                %v115 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v114) : (f32) -> f32
                %v116 = arith.addf %v37, %v115 fastmath<contract> : f32
                %v117 = arith.divf %v37, %v116 : f32
                llvm.store %v117, %v34 : f32, !llvm.ptr
                %v119 = arith.addi %v76, %v118 : i64
                %v121 = arith.cmpi slt, %v120, %v82 : i32
                %v122 = arith.cmpi eq, %v120, %v88 : i32
                %v123 = arith.addi %v58, %v119 : i64
                %v124 = arith.muli %v27, %v95 : i64
                %v125 = arith.muli %v25, %v94 : i64
                %v126 = arith.addi %v124, %v125 : i64
                %v127 = arith.muli %v123, %v1 : i64
                %v128 = arith.addi %v126, %v127 : i64
                %v129 = llvm.getelementptr %dy_y[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v130 = llvm.load %v129 : !llvm.ptr -> f32
                %v131 = llvm.load %v33 : !llvm.ptr -> f32
                %v132 = llvm.load %v34 : !llvm.ptr -> f32
                %v133 = arith.mulf %v132, %v131 fastmath<contract> : f32
                %v134 = arith.addf %v130, %v133 fastmath<contract> : f32
                llvm.store %v134, %v33 : f32, !llvm.ptr
                %v135 = llvm.load %v38 : !llvm.ptr -> f32
                %v136 = arith.mulf %v135, %v132 fastmath<contract> : f32
                llvm.store %v136, %v38 : f32, !llvm.ptr
                scf.if %v122 {
                }
                %v137 = arith.muli %v25, %v1 : i64
                %v138 = llvm.getelementptr %in_w[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v139 = llvm.load %v138 : !llvm.ptr -> f32
                %v140 = arith.negf %v139 : f32
                %v141 = arith.mulf %v140, %v113 fastmath<contract> : f32
                %v142 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v141) : (f32) -> f32
                %v143 = arith.addf %v37, %v142 fastmath<contract> : f32
                %v144 = arith.divf %v37, %v143 : f32
                llvm.store %v144, %v34 : f32, !llvm.ptr
                %v146 = arith.addi %v76, %v145 : i64
                %v148 = arith.cmpi slt, %v147, %v82 : i32
                %v149 = arith.cmpi eq, %v147, %v88 : i32
                %v150 = arith.addi %v58, %v146 : i64
                %v151 = arith.muli %v27, %v95 : i64
                %v152 = arith.muli %v25, %v94 : i64
                %v153 = arith.addi %v151, %v152 : i64
                %v154 = arith.muli %v150, %v1 : i64
                %v155 = arith.addi %v153, %v154 : i64
                %v156 = llvm.getelementptr %dy_y[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v157 = llvm.load %v156 : !llvm.ptr -> f32
                %v158 = llvm.load %v33 : !llvm.ptr -> f32
                %v159 = llvm.load %v34 : !llvm.ptr -> f32
                %v160 = arith.mulf %v159, %v158 fastmath<contract> : f32
                %v161 = arith.addf %v157, %v160 fastmath<contract> : f32
                llvm.store %v161, %v33 : f32, !llvm.ptr
                %v162 = llvm.load %v38 : !llvm.ptr -> f32
                %v163 = arith.mulf %v162, %v159 fastmath<contract> : f32
                llvm.store %v163, %v38 : f32, !llvm.ptr
                scf.if %v149 {
                }
                %v164 = arith.muli %v25, %v1 : i64
                %v165 = llvm.getelementptr %in_w[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v166 = llvm.load %v165 : !llvm.ptr -> f32
                %v167 = arith.negf %v166 : f32
                %v168 = arith.mulf %v167, %v113 fastmath<contract> : f32
                %v169 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v168) : (f32) -> f32
                %v170 = arith.addf %v37, %v169 fastmath<contract> : f32
                %v171 = arith.divf %v37, %v170 : f32
                llvm.store %v171, %v34 : f32, !llvm.ptr
                %v172 = arith.addi %v76, %v29 : i64
                %v174 = arith.cmpi slt, %v173, %v82 : i32
                %v175 = arith.cmpi eq, %v173, %v88 : i32
                %v176 = arith.addi %v58, %v172 : i64
                %v177 = arith.muli %v27, %v95 : i64
                %v178 = arith.muli %v25, %v94 : i64
                %v179 = arith.addi %v177, %v178 : i64
                %v180 = arith.muli %v176, %v1 : i64
                %v181 = arith.addi %v179, %v180 : i64
                %v182 = llvm.getelementptr %dy_y[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v183 = llvm.load %v182 : !llvm.ptr -> f32
                %v184 = llvm.load %v33 : !llvm.ptr -> f32
                %v185 = llvm.load %v34 : !llvm.ptr -> f32
                %v186 = arith.mulf %v185, %v184 fastmath<contract> : f32
                %v187 = arith.addf %v183, %v186 fastmath<contract> : f32
                llvm.store %v187, %v33 : f32, !llvm.ptr
                %v188 = llvm.load %v38 : !llvm.ptr -> f32
                %v189 = arith.mulf %v188, %v185 fastmath<contract> : f32
                llvm.store %v189, %v38 : f32, !llvm.ptr
                scf.if %v175 {
                }
                %v190 = arith.muli %v25, %v1 : i64
                %v191 = llvm.getelementptr %in_w[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v192 = llvm.load %v191 : !llvm.ptr -> f32
                %v193 = arith.negf %v192 : f32
                %v194 = arith.mulf %v193, %v113 fastmath<contract> : f32
                %v195 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v194) : (f32) -> f32
                %v196 = arith.addf %v37, %v195 fastmath<contract> : f32
                %v197 = arith.divf %v37, %v196 : f32
                llvm.store %v197, %v34 : f32, !llvm.ptr
                %v199 = arith.addi %v76, %v198 : i64
                %v201 = arith.cmpi slt, %v200, %v82 : i32
                %v202 = arith.cmpi eq, %v200, %v88 : i32
                %v203 = arith.addi %v58, %v199 : i64
                %v204 = arith.muli %v27, %v95 : i64
                %v205 = arith.muli %v25, %v94 : i64
                %v206 = arith.addi %v204, %v205 : i64
                %v207 = arith.muli %v203, %v1 : i64
                %v208 = arith.addi %v206, %v207 : i64
                %v209 = llvm.getelementptr %dy_y[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v210 = llvm.load %v209 : !llvm.ptr -> f32
                %v211 = llvm.load %v33 : !llvm.ptr -> f32
                %v212 = llvm.load %v34 : !llvm.ptr -> f32
                %v213 = arith.mulf %v212, %v211 fastmath<contract> : f32
                %v214 = arith.addf %v210, %v213 fastmath<contract> : f32
                llvm.store %v214, %v33 : f32, !llvm.ptr
                %v215 = llvm.load %v38 : !llvm.ptr -> f32
                %v216 = arith.mulf %v215, %v212 fastmath<contract> : f32
                llvm.store %v216, %v38 : f32, !llvm.ptr
                scf.if %v202 {
                }
                %v217 = arith.muli %v25, %v1 : i64
                %v218 = llvm.getelementptr %in_w[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v219 = llvm.load %v218 : !llvm.ptr -> f32
                %v220 = arith.negf %v219 : f32
                %v221 = arith.mulf %v220, %v113 fastmath<contract> : f32
                %v222 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v221) : (f32) -> f32
                %v223 = arith.addf %v37, %v222 fastmath<contract> : f32
                %v224 = arith.divf %v37, %v223 : f32
                llvm.store %v224, %v34 : f32, !llvm.ptr
                %v226 = arith.addi %v76, %v225 : i64
                %v228 = arith.cmpi slt, %v227, %v82 : i32
                %v229 = arith.cmpi eq, %v227, %v88 : i32
                %v230 = arith.addi %v58, %v226 : i64
                %v231 = arith.muli %v27, %v95 : i64
                %v232 = arith.muli %v25, %v94 : i64
                %v233 = arith.addi %v231, %v232 : i64
                %v234 = arith.muli %v230, %v1 : i64
                %v235 = arith.addi %v233, %v234 : i64
                %v236 = llvm.getelementptr %dy_y[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v237 = llvm.load %v236 : !llvm.ptr -> f32
                %v238 = llvm.load %v33 : !llvm.ptr -> f32
                %v239 = llvm.load %v34 : !llvm.ptr -> f32
                %v240 = arith.mulf %v239, %v238 fastmath<contract> : f32
                %v241 = arith.addf %v237, %v240 fastmath<contract> : f32
                llvm.store %v241, %v33 : f32, !llvm.ptr
                %v242 = llvm.load %v38 : !llvm.ptr -> f32
                %v243 = arith.mulf %v242, %v239 fastmath<contract> : f32
                llvm.store %v243, %v38 : f32, !llvm.ptr
                scf.if %v229 {
                }
                %v244 = arith.muli %v25, %v1 : i64
                %v245 = llvm.getelementptr %in_w[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v246 = llvm.load %v245 : !llvm.ptr -> f32
                %v247 = arith.negf %v246 : f32
                %v248 = arith.mulf %v247, %v113 fastmath<contract> : f32
                %v249 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v248) : (f32) -> f32
                %v250 = arith.addf %v37, %v249 fastmath<contract> : f32
                %v251 = arith.divf %v37, %v250 : f32
                llvm.store %v251, %v34 : f32, !llvm.ptr
                %v252 = arith.addi %v76, %v1 : i64
                %v254 = arith.cmpi slt, %v253, %v82 : i32
                %v255 = arith.cmpi eq, %v253, %v88 : i32
                %v256 = arith.addi %v58, %v252 : i64
                %v257 = arith.muli %v27, %v95 : i64
                %v258 = arith.muli %v25, %v94 : i64
                %v259 = arith.addi %v257, %v258 : i64
                %v260 = arith.muli %v256, %v1 : i64
                %v261 = arith.addi %v259, %v260 : i64
                %v262 = llvm.getelementptr %dy_y[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v263 = llvm.load %v262 : !llvm.ptr -> f32
                %v264 = llvm.load %v33 : !llvm.ptr -> f32
                %v265 = llvm.load %v34 : !llvm.ptr -> f32
                %v266 = arith.mulf %v265, %v264 fastmath<contract> : f32
                %v267 = arith.addf %v263, %v266 fastmath<contract> : f32
                llvm.store %v267, %v33 : f32, !llvm.ptr
                %v268 = llvm.load %v38 : !llvm.ptr -> f32
                %v269 = arith.mulf %v268, %v265 fastmath<contract> : f32
                llvm.store %v269, %v38 : f32, !llvm.ptr
                scf.if %v255 {
                }
                %v270 = arith.muli %v25, %v1 : i64
                %v271 = llvm.getelementptr %in_w[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v272 = llvm.load %v271 : !llvm.ptr -> f32
                %v273 = arith.negf %v272 : f32
                %v274 = arith.mulf %v273, %v113 fastmath<contract> : f32
                %v275 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v274) : (f32) -> f32
                %v276 = arith.addf %v37, %v275 fastmath<contract> : f32
                %v277 = arith.divf %v37, %v276 : f32
                llvm.store %v277, %v34 : f32, !llvm.ptr
                %v278 = arith.addi %v76, %v39 : i64
                %v280 = arith.cmpi slt, %v279, %v82 : i32
                %v281 = arith.cmpi eq, %v279, %v88 : i32
                %v282 = arith.addi %v58, %v278 : i64
                %v283 = arith.muli %v27, %v95 : i64
                %v284 = arith.muli %v25, %v94 : i64
                %v285 = arith.addi %v283, %v284 : i64
                %v286 = arith.muli %v282, %v1 : i64
                %v287 = arith.addi %v285, %v286 : i64
                %v288 = llvm.getelementptr %dy_y[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v289 = llvm.load %v288 : !llvm.ptr -> f32
                %v290 = llvm.load %v33 : !llvm.ptr -> f32
                %v291 = llvm.load %v34 : !llvm.ptr -> f32
                %v292 = arith.mulf %v291, %v290 fastmath<contract> : f32
                %v293 = arith.addf %v289, %v292 fastmath<contract> : f32
                llvm.store %v293, %v33 : f32, !llvm.ptr
                %v294 = llvm.load %v38 : !llvm.ptr -> f32
                %v295 = arith.mulf %v294, %v291 fastmath<contract> : f32
                llvm.store %v295, %v38 : f32, !llvm.ptr
                scf.if %v281 {
                }
                %v296 = arith.muli %v25, %v1 : i64
                %v297 = llvm.getelementptr %in_w[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v298 = llvm.load %v297 : !llvm.ptr -> f32
                %v299 = arith.negf %v298 : f32
                %v300 = arith.mulf %v299, %v113 fastmath<contract> : f32
                %v301 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v300) : (f32) -> f32
                %v302 = arith.addf %v37, %v301 fastmath<contract> : f32
                %v303 = arith.divf %v37, %v302 : f32
                llvm.store %v303, %v34 : f32, !llvm.ptr
              } else {
                %v304 = arith.subi %v60, %v1 : i64
                // the group's states, recomputed into registers
                %v305 = arith.subi %v60, %v76 : i64
                %v306 = arith.trunci %v305 : i64 to i32
                %v307 = arith.subi %size_L, %v1 : i64
                %v308 = arith.addi %v58, %v76 : i64
                %v309 = arith.subi %v307, %v308 : i64
                %v310 = arith.minsi %v309, %v86 : i64
                %v311 = arith.trunci %v310 : i64 to i32
                %v312 = arith.addi %v76, %v43 : i64
                %v313 = arith.cmpi slt, %v90, %v306 : i32
                %v314 = arith.cmpi eq, %v90, %v311 : i32
                scf.if %v313 {
                  %v315 = arith.addi %v58, %v312 : i64
                  %v316 = arith.muli %v27, %v95 : i64
                  %v317 = arith.muli %v25, %v94 : i64
                  %v318 = arith.addi %v316, %v317 : i64
                  %v319 = arith.muli %v315, %v1 : i64
                  %v320 = arith.addi %v318, %v319 : i64
                  %v321 = llvm.getelementptr %dy_y[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v322 = llvm.load %v321 : !llvm.ptr -> f32
                  %v323 = llvm.load %v33 : !llvm.ptr -> f32
                  %v324 = llvm.load %v34 : !llvm.ptr -> f32
                  %v325 = arith.mulf %v324, %v323 fastmath<contract> : f32
                  %v326 = arith.addf %v322, %v325 fastmath<contract> : f32
                  llvm.store %v326, %v33 : f32, !llvm.ptr
                  %v327 = llvm.load %v38 : !llvm.ptr -> f32
                  %v328 = arith.mulf %v327, %v324 fastmath<contract> : f32
                  llvm.store %v328, %v38 : f32, !llvm.ptr
                  scf.if %v314 {
                  }
                  %v329 = arith.muli %v25, %v1 : i64
                  %v330 = llvm.getelementptr %in_w[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v331 = llvm.load %v330 : !llvm.ptr -> f32
                  %v332 = arith.negf %v331 : f32
                  %v333 = arith.mulf %v332, %v113 fastmath<contract> : f32
                  %v334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v333) : (f32) -> f32
                  %v335 = arith.addf %v37, %v334 fastmath<contract> : f32
                  %v336 = arith.divf %v37, %v335 : f32
                  llvm.store %v336, %v34 : f32, !llvm.ptr
                }
                %v337 = arith.addi %v76, %v118 : i64
                %v338 = arith.cmpi slt, %v120, %v306 : i32
                %v339 = arith.cmpi eq, %v120, %v311 : i32
                scf.if %v338 {
                  %v340 = arith.addi %v58, %v337 : i64
                  %v341 = arith.muli %v27, %v95 : i64
                  %v342 = arith.muli %v25, %v94 : i64
                  %v343 = arith.addi %v341, %v342 : i64
                  %v344 = arith.muli %v340, %v1 : i64
                  %v345 = arith.addi %v343, %v344 : i64
                  %v346 = llvm.getelementptr %dy_y[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v347 = llvm.load %v346 : !llvm.ptr -> f32
                  %v348 = llvm.load %v33 : !llvm.ptr -> f32
                  %v349 = llvm.load %v34 : !llvm.ptr -> f32
                  %v350 = arith.mulf %v349, %v348 fastmath<contract> : f32
                  %v351 = arith.addf %v347, %v350 fastmath<contract> : f32
                  llvm.store %v351, %v33 : f32, !llvm.ptr
                  %v352 = llvm.load %v38 : !llvm.ptr -> f32
                  %v353 = arith.mulf %v352, %v349 fastmath<contract> : f32
                  llvm.store %v353, %v38 : f32, !llvm.ptr
                  scf.if %v339 {
                  }
                  %v354 = arith.muli %v25, %v1 : i64
                  %v355 = llvm.getelementptr %in_w[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v356 = llvm.load %v355 : !llvm.ptr -> f32
                  %v357 = arith.negf %v356 : f32
                  %v358 = arith.mulf %v357, %v113 fastmath<contract> : f32
                  %v359 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v358) : (f32) -> f32
                  %v360 = arith.addf %v37, %v359 fastmath<contract> : f32
                  %v361 = arith.divf %v37, %v360 : f32
                  llvm.store %v361, %v34 : f32, !llvm.ptr
                }
                %v362 = arith.addi %v76, %v145 : i64
                %v363 = arith.cmpi slt, %v147, %v306 : i32
                %v364 = arith.cmpi eq, %v147, %v311 : i32
                scf.if %v363 {
                  %v365 = arith.addi %v58, %v362 : i64
                  %v366 = arith.muli %v27, %v95 : i64
                  %v367 = arith.muli %v25, %v94 : i64
                  %v368 = arith.addi %v366, %v367 : i64
                  %v369 = arith.muli %v365, %v1 : i64
                  %v370 = arith.addi %v368, %v369 : i64
                  %v371 = llvm.getelementptr %dy_y[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v372 = llvm.load %v371 : !llvm.ptr -> f32
                  %v373 = llvm.load %v33 : !llvm.ptr -> f32
                  %v374 = llvm.load %v34 : !llvm.ptr -> f32
                  %v375 = arith.mulf %v374, %v373 fastmath<contract> : f32
                  %v376 = arith.addf %v372, %v375 fastmath<contract> : f32
                  llvm.store %v376, %v33 : f32, !llvm.ptr
                  %v377 = llvm.load %v38 : !llvm.ptr -> f32
                  %v378 = arith.mulf %v377, %v374 fastmath<contract> : f32
                  llvm.store %v378, %v38 : f32, !llvm.ptr
                  scf.if %v364 {
                  }
                  %v379 = arith.muli %v25, %v1 : i64
                  %v380 = llvm.getelementptr %in_w[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v381 = llvm.load %v380 : !llvm.ptr -> f32
                  %v382 = arith.negf %v381 : f32
                  %v383 = arith.mulf %v382, %v113 fastmath<contract> : f32
                  %v384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v383) : (f32) -> f32
                  %v385 = arith.addf %v37, %v384 fastmath<contract> : f32
                  %v386 = arith.divf %v37, %v385 : f32
                  llvm.store %v386, %v34 : f32, !llvm.ptr
                }
                %v387 = arith.addi %v76, %v29 : i64
                %v388 = arith.cmpi slt, %v173, %v306 : i32
                %v389 = arith.cmpi eq, %v173, %v311 : i32
                scf.if %v388 {
                  %v390 = arith.addi %v58, %v387 : i64
                  %v391 = arith.muli %v27, %v95 : i64
                  %v392 = arith.muli %v25, %v94 : i64
                  %v393 = arith.addi %v391, %v392 : i64
                  %v394 = arith.muli %v390, %v1 : i64
                  %v395 = arith.addi %v393, %v394 : i64
                  %v396 = llvm.getelementptr %dy_y[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v397 = llvm.load %v396 : !llvm.ptr -> f32
                  %v398 = llvm.load %v33 : !llvm.ptr -> f32
                  %v399 = llvm.load %v34 : !llvm.ptr -> f32
                  %v400 = arith.mulf %v399, %v398 fastmath<contract> : f32
                  %v401 = arith.addf %v397, %v400 fastmath<contract> : f32
                  llvm.store %v401, %v33 : f32, !llvm.ptr
                  %v402 = llvm.load %v38 : !llvm.ptr -> f32
                  %v403 = arith.mulf %v402, %v399 fastmath<contract> : f32
                  llvm.store %v403, %v38 : f32, !llvm.ptr
                  scf.if %v389 {
                  }
                  %v404 = arith.muli %v25, %v1 : i64
                  %v405 = llvm.getelementptr %in_w[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v406 = llvm.load %v405 : !llvm.ptr -> f32
                  %v407 = arith.negf %v406 : f32
                  %v408 = arith.mulf %v407, %v113 fastmath<contract> : f32
                  %v409 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v408) : (f32) -> f32
                  %v410 = arith.addf %v37, %v409 fastmath<contract> : f32
                  %v411 = arith.divf %v37, %v410 : f32
                  llvm.store %v411, %v34 : f32, !llvm.ptr
                }
                %v412 = arith.addi %v76, %v198 : i64
                %v413 = arith.cmpi slt, %v200, %v306 : i32
                %v414 = arith.cmpi eq, %v200, %v311 : i32
                scf.if %v413 {
                  %v415 = arith.addi %v58, %v412 : i64
                  %v416 = arith.muli %v27, %v95 : i64
                  %v417 = arith.muli %v25, %v94 : i64
                  %v418 = arith.addi %v416, %v417 : i64
                  %v419 = arith.muli %v415, %v1 : i64
                  %v420 = arith.addi %v418, %v419 : i64
                  %v421 = llvm.getelementptr %dy_y[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v422 = llvm.load %v421 : !llvm.ptr -> f32
                  %v423 = llvm.load %v33 : !llvm.ptr -> f32
                  %v424 = llvm.load %v34 : !llvm.ptr -> f32
                  %v425 = arith.mulf %v424, %v423 fastmath<contract> : f32
                  %v426 = arith.addf %v422, %v425 fastmath<contract> : f32
                  llvm.store %v426, %v33 : f32, !llvm.ptr
                  %v427 = llvm.load %v38 : !llvm.ptr -> f32
                  %v428 = arith.mulf %v427, %v424 fastmath<contract> : f32
                  llvm.store %v428, %v38 : f32, !llvm.ptr
                  scf.if %v414 {
                  }
                  %v429 = arith.muli %v25, %v1 : i64
                  %v430 = llvm.getelementptr %in_w[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v431 = llvm.load %v430 : !llvm.ptr -> f32
                  %v432 = arith.negf %v431 : f32
                  %v433 = arith.mulf %v432, %v113 fastmath<contract> : f32
                  %v434 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v433) : (f32) -> f32
                  %v435 = arith.addf %v37, %v434 fastmath<contract> : f32
                  %v436 = arith.divf %v37, %v435 : f32
                  llvm.store %v436, %v34 : f32, !llvm.ptr
                }
                %v437 = arith.addi %v76, %v225 : i64
                %v438 = arith.cmpi slt, %v227, %v306 : i32
                %v439 = arith.cmpi eq, %v227, %v311 : i32
                scf.if %v438 {
                  %v440 = arith.addi %v58, %v437 : i64
                  %v441 = arith.muli %v27, %v95 : i64
                  %v442 = arith.muli %v25, %v94 : i64
                  %v443 = arith.addi %v441, %v442 : i64
                  %v444 = arith.muli %v440, %v1 : i64
                  %v445 = arith.addi %v443, %v444 : i64
                  %v446 = llvm.getelementptr %dy_y[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v447 = llvm.load %v446 : !llvm.ptr -> f32
                  %v448 = llvm.load %v33 : !llvm.ptr -> f32
                  %v449 = llvm.load %v34 : !llvm.ptr -> f32
                  %v450 = arith.mulf %v449, %v448 fastmath<contract> : f32
                  %v451 = arith.addf %v447, %v450 fastmath<contract> : f32
                  llvm.store %v451, %v33 : f32, !llvm.ptr
                  %v452 = llvm.load %v38 : !llvm.ptr -> f32
                  %v453 = arith.mulf %v452, %v449 fastmath<contract> : f32
                  llvm.store %v453, %v38 : f32, !llvm.ptr
                  scf.if %v439 {
                  }
                  %v454 = arith.muli %v25, %v1 : i64
                  %v455 = llvm.getelementptr %in_w[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v456 = llvm.load %v455 : !llvm.ptr -> f32
                  %v457 = arith.negf %v456 : f32
                  %v458 = arith.mulf %v457, %v113 fastmath<contract> : f32
                  %v459 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v458) : (f32) -> f32
                  %v460 = arith.addf %v37, %v459 fastmath<contract> : f32
                  %v461 = arith.divf %v37, %v460 : f32
                  llvm.store %v461, %v34 : f32, !llvm.ptr
                }
                %v462 = arith.addi %v76, %v1 : i64
                %v463 = arith.cmpi slt, %v253, %v306 : i32
                %v464 = arith.cmpi eq, %v253, %v311 : i32
                scf.if %v463 {
                  %v465 = arith.addi %v58, %v462 : i64
                  %v466 = arith.muli %v27, %v95 : i64
                  %v467 = arith.muli %v25, %v94 : i64
                  %v468 = arith.addi %v466, %v467 : i64
                  %v469 = arith.muli %v465, %v1 : i64
                  %v470 = arith.addi %v468, %v469 : i64
                  %v471 = llvm.getelementptr %dy_y[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v472 = llvm.load %v471 : !llvm.ptr -> f32
                  %v473 = llvm.load %v33 : !llvm.ptr -> f32
                  %v474 = llvm.load %v34 : !llvm.ptr -> f32
                  %v475 = arith.mulf %v474, %v473 fastmath<contract> : f32
                  %v476 = arith.addf %v472, %v475 fastmath<contract> : f32
                  llvm.store %v476, %v33 : f32, !llvm.ptr
                  %v477 = llvm.load %v38 : !llvm.ptr -> f32
                  %v478 = arith.mulf %v477, %v474 fastmath<contract> : f32
                  llvm.store %v478, %v38 : f32, !llvm.ptr
                  scf.if %v464 {
                  }
                  %v479 = arith.muli %v25, %v1 : i64
                  %v480 = llvm.getelementptr %in_w[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v481 = llvm.load %v480 : !llvm.ptr -> f32
                  %v482 = arith.negf %v481 : f32
                  %v483 = arith.mulf %v482, %v113 fastmath<contract> : f32
                  %v484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v483) : (f32) -> f32
                  %v485 = arith.addf %v37, %v484 fastmath<contract> : f32
                  %v486 = arith.divf %v37, %v485 : f32
                  llvm.store %v486, %v34 : f32, !llvm.ptr
                }
                %v487 = arith.addi %v76, %v39 : i64
                %v488 = arith.cmpi slt, %v279, %v306 : i32
                %v489 = arith.cmpi eq, %v279, %v311 : i32
                scf.if %v488 {
                  %v490 = arith.addi %v58, %v487 : i64
                  %v491 = arith.muli %v27, %v95 : i64
                  %v492 = arith.muli %v25, %v94 : i64
                  %v493 = arith.addi %v491, %v492 : i64
                  %v494 = arith.muli %v490, %v1 : i64
                  %v495 = arith.addi %v493, %v494 : i64
                  %v496 = llvm.getelementptr %dy_y[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v497 = llvm.load %v496 : !llvm.ptr -> f32
                  %v498 = llvm.load %v33 : !llvm.ptr -> f32
                  %v499 = llvm.load %v34 : !llvm.ptr -> f32
                  %v500 = arith.mulf %v499, %v498 fastmath<contract> : f32
                  %v501 = arith.addf %v497, %v500 fastmath<contract> : f32
                  llvm.store %v501, %v33 : f32, !llvm.ptr
                  %v502 = llvm.load %v38 : !llvm.ptr -> f32
                  %v503 = arith.mulf %v502, %v499 fastmath<contract> : f32
                  llvm.store %v503, %v38 : f32, !llvm.ptr
                  scf.if %v489 {
                  }
                  %v504 = arith.muli %v25, %v1 : i64
                  %v505 = llvm.getelementptr %in_w[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v506 = llvm.load %v505 : !llvm.ptr -> f32
                  %v507 = arith.negf %v506 : f32
                  %v508 = arith.mulf %v507, %v113 fastmath<contract> : f32
                  %v509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v508) : (f32) -> f32
                  %v510 = arith.addf %v37, %v509 fastmath<contract> : f32
                  %v511 = arith.divf %v37, %v510 : f32
                  llvm.store %v511, %v34 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v22 {
        %v512 = llvm.load %v33 : !llvm.ptr -> f32
        %v513 = arith.muli %v39, %v7 : i64
        %v514 = arith.addi %v513, %v18 : i64
        %v515 = arith.muli %v514, %v1 : i64
        %v516 = arith.addi %v515, %v39 : i64
        %v517 = arith.muli %v516, %v3 : i64
        %v518 = arith.subi %v3, %v1 : i64
        %v519 = arith.minsi %v21, %v518 : i64
        %v520 = arith.addi %v517, %v519 : i64
        %v521 = llvm.getelementptr %segsum_h[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v512, %v521 : f32, !llvm.ptr
        %v522 = llvm.load %v38 : !llvm.ptr -> f32
        %v523 = arith.muli %v1, %v7 : i64
        %v524 = arith.addi %v523, %v18 : i64
        %v525 = arith.muli %v524, %v1 : i64
        %v526 = arith.addi %v525, %v39 : i64
        %v527 = arith.muli %v526, %v3 : i64
        %v528 = arith.subi %v3, %v1 : i64
        %v529 = arith.minsi %v21, %v528 : i64
        %v530 = arith.addi %v527, %v529 : i64
        %v531 = llvm.getelementptr %segsum_h[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v522, %v531 : f32, !llvm.ptr
        %v532 = llvm.load %v34 : !llvm.ptr -> f32
        %v533 = arith.muli %v225, %v7 : i64
        %v534 = arith.addi %v533, %v18 : i64
        %v535 = arith.muli %v534, %v1 : i64
        %v536 = arith.addi %v535, %v39 : i64
        %v537 = arith.muli %v536, %v3 : i64
        %v538 = arith.subi %v3, %v1 : i64
        %v539 = arith.minsi %v21, %v538 : i64
        %v540 = arith.addi %v537, %v539 : i64
        %v541 = llvm.getelementptr %segsum_h[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v532, %v541 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
