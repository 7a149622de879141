module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_bwd_sum(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v116 = arith.constant 0x41000000 : f32
      %v133 = arith.constant 6 : i64
      %v135 = arith.constant 6 : i32
      %v176 = arith.constant 5 : i64
      %v178 = arith.constant 5 : i32
      %v220 = arith.constant 4 : i32
      %v261 = arith.constant 3 : i64
      %v263 = arith.constant 3 : i32
      %v304 = arith.constant 2 : i64
      %v306 = arith.constant 2 : i32
      %v348 = arith.constant 1 : i32
      %v390 = arith.constant 0 : i32
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
                %v108 = llvm.getelementptr %in_Lambda[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v109 = llvm.load %v108 : !llvm.ptr -> f32
                %v110 = arith.negf %v109 : f32
                %v112 = arith.mulf %v110, %v111 fastmath<contract> : f32
                %v113 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v112) : (f32) -> f32
                %v114 = arith.addf %v37, %v113 fastmath<contract> : f32
                %v115 = arith.divf %v37, %v114 : f32
                %v117 = arith.muli %v27, %v93 : i64
                %v118 = arith.muli %v25, %v92 : i64
                %v119 = arith.addi %v117, %v118 : i64
                %v120 = arith.muli %v91, %v1 : i64
                %v121 = arith.addi %v119, %v120 : i64
                %v122 = llvm.getelementptr %in_gate_a[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v123 = llvm.load %v122 : !llvm.ptr -> f32
                %v124 = arith.negf %v123 : f32
                %v125 = arith.mulf %v124, %v111 fastmath<contract> : f32
                %v126 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v125) : (f32) -> f32
                %v127 = arith.addf %v37, %v126 fastmath<contract> : f32
                %v128 = arith.divf %v37, %v127 : f32
                %v129 = arith.mulf %v116, %v128 fastmath<contract> : f32
                %v130 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v115) : (f32) -> f32
                %v131 = arith.mulf %v129, %v130 fastmath<contract> : f32
                %v132 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v131) : (f32) -> f32
                llvm.store %v132, %v34 : f32, !llvm.ptr
              }
              %v134 = arith.addi %v76, %v133 : i64
              %v136 = arith.cmpi slt, %v135, %v80 : i32
              %v137 = arith.cmpi eq, %v135, %v86 : i32
              scf.if %v136 {
                %v138 = arith.addi %v58, %v134 : i64
                %v139 = arith.muli %v27, %v93 : i64
                %v140 = arith.muli %v25, %v92 : i64
                %v141 = arith.addi %v139, %v140 : i64
                %v142 = arith.muli %v138, %v1 : i64
                %v143 = arith.addi %v141, %v142 : i64
                %v144 = llvm.getelementptr %dy_y[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v145 = llvm.load %v144 : !llvm.ptr -> f32
                %v146 = llvm.load %v33 : !llvm.ptr -> f32
                %v147 = llvm.load %v34 : !llvm.ptr -> f32
                %v148 = arith.mulf %v147, %v146 fastmath<contract> : f32
                %v149 = arith.addf %v145, %v148 fastmath<contract> : f32
                llvm.store %v149, %v33 : f32, !llvm.ptr
                %v150 = llvm.load %v38 : !llvm.ptr -> f32
                %v151 = arith.mulf %v150, %v147 fastmath<contract> : f32
                llvm.store %v151, %v38 : f32, !llvm.ptr
                scf.if %v137 {
                }
                %v152 = arith.muli %v25, %v1 : i64
                %v153 = llvm.getelementptr %in_Lambda[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v154 = llvm.load %v153 : !llvm.ptr -> f32
                %v155 = arith.negf %v154 : f32
                %v156 = arith.mulf %v155, %v111 fastmath<contract> : f32
                %v157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v156) : (f32) -> f32
                %v158 = arith.addf %v37, %v157 fastmath<contract> : f32
                %v159 = arith.divf %v37, %v158 : f32
                %v160 = arith.muli %v27, %v93 : i64
                %v161 = arith.muli %v25, %v92 : i64
                %v162 = arith.addi %v160, %v161 : i64
                %v163 = arith.muli %v138, %v1 : i64
                %v164 = arith.addi %v162, %v163 : i64
                %v165 = llvm.getelementptr %in_gate_a[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v166 = llvm.load %v165 : !llvm.ptr -> f32
                %v167 = arith.negf %v166 : f32
                %v168 = arith.mulf %v167, %v111 fastmath<contract> : f32
                %v169 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v168) : (f32) -> f32
                %v170 = arith.addf %v37, %v169 fastmath<contract> : f32
                %v171 = arith.divf %v37, %v170 : f32
                %v172 = arith.mulf %v116, %v171 fastmath<contract> : f32
                %v173 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v159) : (f32) -> f32
                %v174 = arith.mulf %v172, %v173 fastmath<contract> : f32
                %v175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v174) : (f32) -> f32
                llvm.store %v175, %v34 : f32, !llvm.ptr
              }
              %v177 = arith.addi %v76, %v176 : i64
              %v179 = arith.cmpi slt, %v178, %v80 : i32
              %v180 = arith.cmpi eq, %v178, %v86 : i32
              scf.if %v179 {
                %v181 = arith.addi %v58, %v177 : i64
                %v182 = arith.muli %v27, %v93 : i64
                %v183 = arith.muli %v25, %v92 : i64
                %v184 = arith.addi %v182, %v183 : i64
                %v185 = arith.muli %v181, %v1 : i64
                %v186 = arith.addi %v184, %v185 : i64
                %v187 = llvm.getelementptr %dy_y[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v189 = llvm.load %v33 : !llvm.ptr -> f32
                %v190 = llvm.load %v34 : !llvm.ptr -> f32
                %v191 = arith.mulf %v190, %v189 fastmath<contract> : f32
                %v192 = arith.addf %v188, %v191 fastmath<contract> : f32
                llvm.store %v192, %v33 : f32, !llvm.ptr
                %v193 = llvm.load %v38 : !llvm.ptr -> f32
                %v194 = arith.mulf %v193, %v190 fastmath<contract> : f32
                llvm.store %v194, %v38 : f32, !llvm.ptr
                scf.if %v180 {
                }
                %v195 = arith.muli %v25, %v1 : i64
                %v196 = llvm.getelementptr %in_Lambda[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v197 = llvm.load %v196 : !llvm.ptr -> f32
                %v198 = arith.negf %v197 : f32
                %v199 = arith.mulf %v198, %v111 fastmath<contract> : f32
                %v200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v199) : (f32) -> f32
                %v201 = arith.addf %v37, %v200 fastmath<contract> : f32
                %v202 = arith.divf %v37, %v201 : f32
                %v203 = arith.muli %v27, %v93 : i64
                %v204 = arith.muli %v25, %v92 : i64
                %v205 = arith.addi %v203, %v204 : i64
                %v206 = arith.muli %v181, %v1 : i64
                %v207 = arith.addi %v205, %v206 : i64
                %v208 = llvm.getelementptr %in_gate_a[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v209 = llvm.load %v208 : !llvm.ptr -> f32
                %v210 = arith.negf %v209 : f32
                %v211 = arith.mulf %v210, %v111 fastmath<contract> : f32
                %v212 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v211) : (f32) -> f32
                %v213 = arith.addf %v37, %v212 fastmath<contract> : f32
                %v214 = arith.divf %v37, %v213 : f32
                %v215 = arith.mulf %v116, %v214 fastmath<contract> : f32
                %v216 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v202) : (f32) -> f32
                %v217 = arith.mulf %v215, %v216 fastmath<contract> : f32
                %v218 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v217) : (f32) -> f32
                llvm.store %v218, %v34 : f32, !llvm.ptr
              }
              %v219 = arith.addi %v76, %v29 : i64
              %v221 = arith.cmpi slt, %v220, %v80 : i32
              %v222 = arith.cmpi eq, %v220, %v86 : i32
              scf.if %v221 {
                %v223 = arith.addi %v58, %v219 : i64
                %v224 = arith.muli %v27, %v93 : i64
                %v225 = arith.muli %v25, %v92 : i64
                %v226 = arith.addi %v224, %v225 : i64
                %v227 = arith.muli %v223, %v1 : i64
                %v228 = arith.addi %v226, %v227 : i64
                %v229 = llvm.getelementptr %dy_y[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v230 = llvm.load %v229 : !llvm.ptr -> f32
                %v231 = llvm.load %v33 : !llvm.ptr -> f32
                %v232 = llvm.load %v34 : !llvm.ptr -> f32
                %v233 = arith.mulf %v232, %v231 fastmath<contract> : f32
                %v234 = arith.addf %v230, %v233 fastmath<contract> : f32
                llvm.store %v234, %v33 : f32, !llvm.ptr
                %v235 = llvm.load %v38 : !llvm.ptr -> f32
                %v236 = arith.mulf %v235, %v232 fastmath<contract> : f32
                llvm.store %v236, %v38 : f32, !llvm.ptr
                scf.if %v222 {
                }
                %v237 = arith.muli %v25, %v1 : i64
                %v238 = llvm.getelementptr %in_Lambda[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v239 = llvm.load %v238 : !llvm.ptr -> f32
                %v240 = arith.negf %v239 : f32
                %v241 = arith.mulf %v240, %v111 fastmath<contract> : f32
                %v242 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v241) : (f32) -> f32
                %v243 = arith.addf %v37, %v242 fastmath<contract> : f32
                %v244 = arith.divf %v37, %v243 : f32
                %v245 = arith.muli %v27, %v93 : i64
                %v246 = arith.muli %v25, %v92 : i64
                %v247 = arith.addi %v245, %v246 : i64
                %v248 = arith.muli %v223, %v1 : i64
                %v249 = arith.addi %v247, %v248 : i64
                %v250 = llvm.getelementptr %in_gate_a[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v251 = llvm.load %v250 : !llvm.ptr -> f32
                %v252 = arith.negf %v251 : f32
                %v253 = arith.mulf %v252, %v111 fastmath<contract> : f32
                %v254 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v253) : (f32) -> f32
                %v255 = arith.addf %v37, %v254 fastmath<contract> : f32
                %v256 = arith.divf %v37, %v255 : f32
                %v257 = arith.mulf %v116, %v256 fastmath<contract> : f32
                %v258 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v244) : (f32) -> f32
                %v259 = arith.mulf %v257, %v258 fastmath<contract> : f32
                %v260 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v259) : (f32) -> f32
                llvm.store %v260, %v34 : f32, !llvm.ptr
              }
              %v262 = arith.addi %v76, %v261 : i64
              %v264 = arith.cmpi slt, %v263, %v80 : i32
              %v265 = arith.cmpi eq, %v263, %v86 : i32
              scf.if %v264 {
                %v266 = arith.addi %v58, %v262 : i64
                %v267 = arith.muli %v27, %v93 : i64
                %v268 = arith.muli %v25, %v92 : i64
                %v269 = arith.addi %v267, %v268 : i64
                %v270 = arith.muli %v266, %v1 : i64
                %v271 = arith.addi %v269, %v270 : i64
                %v272 = llvm.getelementptr %dy_y[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v273 = llvm.load %v272 : !llvm.ptr -> f32
                %v274 = llvm.load %v33 : !llvm.ptr -> f32
                %v275 = llvm.load %v34 : !llvm.ptr -> f32
                %v276 = arith.mulf %v275, %v274 fastmath<contract> : f32
                %v277 = arith.addf %v273, %v276 fastmath<contract> : f32
                llvm.store %v277, %v33 : f32, !llvm.ptr
                %v278 = llvm.load %v38 : !llvm.ptr -> f32
                %v279 = arith.mulf %v278, %v275 fastmath<contract> : f32
                llvm.store %v279, %v38 : f32, !llvm.ptr
                scf.if %v265 {
                }
                %v280 = arith.muli %v25, %v1 : i64
                %v281 = llvm.getelementptr %in_Lambda[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v282 = llvm.load %v281 : !llvm.ptr -> f32
                %v283 = arith.negf %v282 : f32
                %v284 = arith.mulf %v283, %v111 fastmath<contract> : f32
                %v285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v284) : (f32) -> f32
                %v286 = arith.addf %v37, %v285 fastmath<contract> : f32
                %v287 = arith.divf %v37, %v286 : f32
                %v288 = arith.muli %v27, %v93 : i64
                %v289 = arith.muli %v25, %v92 : i64
                %v290 = arith.addi %v288, %v289 : i64
                %v291 = arith.muli %v266, %v1 : i64
                %v292 = arith.addi %v290, %v291 : i64
                %v293 = llvm.getelementptr %in_gate_a[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v294 = llvm.load %v293 : !llvm.ptr -> f32
                %v295 = arith.negf %v294 : f32
                %v296 = arith.mulf %v295, %v111 fastmath<contract> : f32
                %v297 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v296) : (f32) -> f32
                %v298 = arith.addf %v37, %v297 fastmath<contract> : f32
                %v299 = arith.divf %v37, %v298 : f32
                %v300 = arith.mulf %v116, %v299 fastmath<contract> : f32
                %v301 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v287) : (f32) -> f32
                %v302 = arith.mulf %v300, %v301 fastmath<contract> : f32
                %v303 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v302) : (f32) -> f32
                llvm.store %v303, %v34 : f32, !llvm.ptr
              }
              %v305 = arith.addi %v76, %v304 : i64
              %v307 = arith.cmpi slt, %v306, %v80 : i32
              %v308 = arith.cmpi eq, %v306, %v86 : i32
              scf.if %v307 {
                %v309 = arith.addi %v58, %v305 : i64
                %v310 = arith.muli %v27, %v93 : i64
                %v311 = arith.muli %v25, %v92 : i64
                %v312 = arith.addi %v310, %v311 : i64
                %v313 = arith.muli %v309, %v1 : i64
                %v314 = arith.addi %v312, %v313 : i64
                %v315 = llvm.getelementptr %dy_y[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v316 = llvm.load %v315 : !llvm.ptr -> f32
                %v317 = llvm.load %v33 : !llvm.ptr -> f32
                %v318 = llvm.load %v34 : !llvm.ptr -> f32
                %v319 = arith.mulf %v318, %v317 fastmath<contract> : f32
                %v320 = arith.addf %v316, %v319 fastmath<contract> : f32
                llvm.store %v320, %v33 : f32, !llvm.ptr
                %v321 = llvm.load %v38 : !llvm.ptr -> f32
                %v322 = arith.mulf %v321, %v318 fastmath<contract> : f32
                llvm.store %v322, %v38 : f32, !llvm.ptr
                scf.if %v308 {
                }
                %v323 = arith.muli %v25, %v1 : i64
                %v324 = llvm.getelementptr %in_Lambda[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v325 = llvm.load %v324 : !llvm.ptr -> f32
                %v326 = arith.negf %v325 : f32
                %v327 = arith.mulf %v326, %v111 fastmath<contract> : f32
                %v328 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v327) : (f32) -> f32
                %v329 = arith.addf %v37, %v328 fastmath<contract> : f32
                %v330 = arith.divf %v37, %v329 : f32
                %v331 = arith.muli %v27, %v93 : i64
                %v332 = arith.muli %v25, %v92 : i64
                %v333 = arith.addi %v331, %v332 : i64
                %v334 = arith.muli %v309, %v1 : i64
                %v335 = arith.addi %v333, %v334 : i64
                %v336 = llvm.getelementptr %in_gate_a[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v337 = llvm.load %v336 : !llvm.ptr -> f32
                %v338 = arith.negf %v337 : f32
                %v339 = arith.mulf %v338, %v111 fastmath<contract> : f32
                %v340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v339) : (f32) -> f32
                %v341 = arith.addf %v37, %v340 fastmath<contract> : f32
                %v342 = arith.divf %v37, %v341 : f32
                %v343 = arith.mulf %v116, %v342 fastmath<contract> : f32
                %v344 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v330) : (f32) -> f32
                %v345 = arith.mulf %v343, %v344 fastmath<contract> : f32
                %v346 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v345) : (f32) -> f32
                llvm.store %v346, %v34 : f32, !llvm.ptr
              }
              %v347 = arith.addi %v76, %v1 : i64
              %v349 = arith.cmpi slt, %v348, %v80 : i32
              %v350 = arith.cmpi eq, %v348, %v86 : i32
              scf.if %v349 {
                %v351 = arith.addi %v58, %v347 : i64
                %v352 = arith.muli %v27, %v93 : i64
                %v353 = arith.muli %v25, %v92 : i64
                %v354 = arith.addi %v352, %v353 : i64
                %v355 = arith.muli %v351, %v1 : i64
                %v356 = arith.addi %v354, %v355 : i64
                %v357 = llvm.getelementptr %dy_y[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v358 = llvm.load %v357 : !llvm.ptr -> f32
                %v359 = llvm.load %v33 : !llvm.ptr -> f32
                %v360 = llvm.load %v34 : !llvm.ptr -> f32
                %v361 = arith.mulf %v360, %v359 fastmath<contract> : f32
                %v362 = arith.addf %v358, %v361 fastmath<contract> : f32
                llvm.store %v362, %v33 : f32, !llvm.ptr
                %v363 = llvm.load %v38 : !llvm.ptr -> f32
                %v364 = arith.mulf %v363, %v360 fastmath<contract> : f32
                llvm.store %v364, %v38 : f32, !llvm.ptr
                scf.if %v350 {
                }
                %v365 = arith.muli %v25, %v1 : i64
                %v366 = llvm.getelementptr %in_Lambda[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v367 = llvm.load %v366 : !llvm.ptr -> f32
                %v368 = arith.negf %v367 : f32
                %v369 = arith.mulf %v368, %v111 fastmath<contract> : f32
                %v370 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v369) : (f32) -> f32
                %v371 = arith.addf %v37, %v370 fastmath<contract> : f32
                %v372 = arith.divf %v37, %v371 : f32
                %v373 = arith.muli %v27, %v93 : i64
                %v374 = arith.muli %v25, %v92 : i64
                %v375 = arith.addi %v373, %v374 : i64
                %v376 = arith.muli %v351, %v1 : i64
                %v377 = arith.addi %v375, %v376 : i64
                %v378 = llvm.getelementptr %in_gate_a[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v379 = llvm.load %v378 : !llvm.ptr -> f32
                %v380 = arith.negf %v379 : f32
                %v381 = arith.mulf %v380, %v111 fastmath<contract> : f32
                %v382 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v381) : (f32) -> f32
                %v383 = arith.addf %v37, %v382 fastmath<contract> : f32
                %v384 = arith.divf %v37, %v383 : f32
                %v385 = arith.mulf %v116, %v384 fastmath<contract> : f32
                %v386 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v372) : (f32) -> f32
                %v387 = arith.mulf %v385, %v386 fastmath<contract> : f32
                %v388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v387) : (f32) -> f32
                llvm.store %v388, %v34 : f32, !llvm.ptr
              }
              %v389 = arith.addi %v76, %v39 : i64
              %v391 = arith.cmpi slt, %v390, %v80 : i32
              %v392 = arith.cmpi eq, %v390, %v86 : i32
              scf.if %v391 {
                %v393 = arith.addi %v58, %v389 : i64
                %v394 = arith.muli %v27, %v93 : i64
                %v395 = arith.muli %v25, %v92 : i64
                %v396 = arith.addi %v394, %v395 : i64
                %v397 = arith.muli %v393, %v1 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = llvm.getelementptr %dy_y[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                %v401 = llvm.load %v33 : !llvm.ptr -> f32
                %v402 = llvm.load %v34 : !llvm.ptr -> f32
                %v403 = arith.mulf %v402, %v401 fastmath<contract> : f32
                %v404 = arith.addf %v400, %v403 fastmath<contract> : f32
                llvm.store %v404, %v33 : f32, !llvm.ptr
                %v405 = llvm.load %v38 : !llvm.ptr -> f32
                %v406 = arith.mulf %v405, %v402 fastmath<contract> : f32
                llvm.store %v406, %v38 : f32, !llvm.ptr
                scf.if %v392 {
                }
                %v407 = arith.muli %v25, %v1 : i64
                %v408 = llvm.getelementptr %in_Lambda[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v409 = llvm.load %v408 : !llvm.ptr -> f32
                %v410 = arith.negf %v409 : f32
                %v411 = arith.mulf %v410, %v111 fastmath<contract> : f32
                %v412 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v411) : (f32) -> f32
                %v413 = arith.addf %v37, %v412 fastmath<contract> : f32
                %v414 = arith.divf %v37, %v413 : f32
                %v415 = arith.muli %v27, %v93 : i64
                %v416 = arith.muli %v25, %v92 : i64
                %v417 = arith.addi %v415, %v416 : i64
                %v418 = arith.muli %v393, %v1 : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = llvm.getelementptr %in_gate_a[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v421 = llvm.load %v420 : !llvm.ptr -> f32
                %v422 = arith.negf %v421 : f32
                %v423 = arith.mulf %v422, %v111 fastmath<contract> : f32
                %v424 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v423) : (f32) -> f32
                %v425 = arith.addf %v37, %v424 fastmath<contract> : f32
                %v426 = arith.divf %v37, %v425 : f32
                %v427 = arith.mulf %v116, %v426 fastmath<contract> : f32
                %v428 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v414) : (f32) -> f32
                %v429 = arith.mulf %v427, %v428 fastmath<contract> : f32
                %v430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v429) : (f32) -> f32
                llvm.store %v430, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v22 {
        %v431 = llvm.load %v33 : !llvm.ptr -> f32
        %v432 = arith.muli %v39, %v7 : i64
        %v433 = arith.addi %v432, %v18 : i64
        %v434 = arith.muli %v433, %v1 : i64
        %v435 = arith.addi %v434, %v39 : i64
        %v436 = arith.muli %v435, %v3 : i64
        %v437 = arith.subi %v3, %v1 : i64
        %v438 = arith.minsi %v21, %v437 : i64
        %v439 = arith.addi %v436, %v438 : i64
        %v440 = llvm.getelementptr %segsum_h[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v431, %v440 : f32, !llvm.ptr
        %v441 = llvm.load %v38 : !llvm.ptr -> f32
        %v442 = arith.muli %v1, %v7 : i64
        %v443 = arith.addi %v442, %v18 : i64
        %v444 = arith.muli %v443, %v1 : i64
        %v445 = arith.addi %v444, %v39 : i64
        %v446 = arith.muli %v445, %v3 : i64
        %v447 = arith.subi %v3, %v1 : i64
        %v448 = arith.minsi %v21, %v447 : i64
        %v449 = arith.addi %v446, %v448 : i64
        %v450 = llvm.getelementptr %segsum_h[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v441, %v450 : f32, !llvm.ptr
        %v451 = llvm.load %v34 : !llvm.ptr -> f32
        %v452 = arith.muli %v304, %v7 : i64
        %v453 = arith.addi %v452, %v18 : i64
        %v454 = arith.muli %v453, %v1 : i64
        %v455 = arith.addi %v454, %v39 : i64
        %v456 = arith.muli %v455, %v3 : i64
        %v457 = arith.subi %v3, %v1 : i64
        %v458 = arith.minsi %v21, %v457 : i64
        %v459 = arith.addi %v456, %v458 : i64
        %v460 = llvm.getelementptr %segsum_h[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v451, %v460 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
