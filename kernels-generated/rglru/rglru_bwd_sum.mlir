module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_bwd_sum(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
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
      %v113 = arith.constant 0x41000000 : f32
      %v129 = arith.constant 6 : i64
      %v131 = arith.constant 6 : i32
      %v162 = arith.constant 5 : i64
      %v164 = arith.constant 5 : i32
      %v196 = arith.constant 4 : i32
      %v227 = arith.constant 3 : i64
      %v229 = arith.constant 3 : i32
      %v260 = arith.constant 2 : i64
      %v262 = arith.constant 2 : i32
      %v294 = arith.constant 1 : i32
      %v325 = arith.constant 0 : i32
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
      %v105 = llvm.getelementptr %in_Lambda[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v106 = llvm.load %v105 : !llvm.ptr -> f32
      %v107 = arith.negf %v106 : f32
      %v109 = arith.mulf %v107, %v108 fastmath<contract> : f32
      %v110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v109) : (f32) -> f32
      %v111 = arith.addf %v35, %v110 fastmath<contract> : f32
      %v112 = arith.divf %v35, %v111 : f32
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
                %v114 = arith.muli %v25, %v92 : i64
                %v115 = arith.muli %v23, %size_L : i64
                %v116 = arith.addi %v114, %v115 : i64
                %v117 = arith.addi %v116, %v91 : i64
                %v118 = llvm.getelementptr %in_gate_a[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v119 = llvm.load %v118 : !llvm.ptr -> f32
                %v120 = arith.negf %v119 : f32
                %v121 = arith.mulf %v120, %v108 fastmath<contract> : f32
                %v122 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v121) : (f32) -> f32
                %v123 = arith.addf %v35, %v122 fastmath<contract> : f32
                %v124 = arith.divf %v35, %v123 : f32
                %v125 = arith.mulf %v113, %v124 fastmath<contract> : f32
                %v126 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                %v127 = arith.mulf %v125, %v126 fastmath<contract> : f32
                %v128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v127) : (f32) -> f32
                llvm.store %v128, %v32 : f32, !llvm.ptr
                %v130 = arith.addi %v74, %v129 : i64
                %v132 = arith.cmpi slt, %v131, %v80 : i32
                %v133 = arith.cmpi eq, %v131, %v86 : i32
                %v134 = arith.addi %v56, %v130 : i64
                %v135 = arith.muli %v25, %v92 : i64
                %v136 = arith.muli %v23, %size_L : i64
                %v137 = arith.addi %v135, %v136 : i64
                %v138 = arith.addi %v137, %v134 : i64
                %v139 = llvm.getelementptr %dy_y[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v140 = llvm.load %v139 : !llvm.ptr -> f32
                %v141 = llvm.load %v31 : !llvm.ptr -> f32
                %v142 = llvm.load %v32 : !llvm.ptr -> f32
                %v143 = arith.mulf %v142, %v141 fastmath<contract> : f32
                %v144 = arith.addf %v140, %v143 fastmath<contract> : f32
                llvm.store %v144, %v31 : f32, !llvm.ptr
                %v145 = llvm.load %v36 : !llvm.ptr -> f32
                %v146 = arith.mulf %v145, %v142 fastmath<contract> : f32
                llvm.store %v146, %v36 : f32, !llvm.ptr
                scf.if %v133 {
                }
                %v147 = arith.muli %v25, %v92 : i64
                %v148 = arith.muli %v23, %size_L : i64
                %v149 = arith.addi %v147, %v148 : i64
                %v150 = arith.addi %v149, %v134 : i64
                %v151 = llvm.getelementptr %in_gate_a[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v152 = llvm.load %v151 : !llvm.ptr -> f32
                %v153 = arith.negf %v152 : f32
                %v154 = arith.mulf %v153, %v108 fastmath<contract> : f32
                %v155 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v154) : (f32) -> f32
                %v156 = arith.addf %v35, %v155 fastmath<contract> : f32
                %v157 = arith.divf %v35, %v156 : f32
                %v158 = arith.mulf %v113, %v157 fastmath<contract> : f32
                %v159 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                %v160 = arith.mulf %v158, %v159 fastmath<contract> : f32
                %v161 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v160) : (f32) -> f32
                llvm.store %v161, %v32 : f32, !llvm.ptr
                %v163 = arith.addi %v74, %v162 : i64
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
                %v180 = arith.muli %v25, %v92 : i64
                %v181 = arith.muli %v23, %size_L : i64
                %v182 = arith.addi %v180, %v181 : i64
                %v183 = arith.addi %v182, %v167 : i64
                %v184 = llvm.getelementptr %in_gate_a[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v185 = llvm.load %v184 : !llvm.ptr -> f32
                %v186 = arith.negf %v185 : f32
                %v187 = arith.mulf %v186, %v108 fastmath<contract> : f32
                %v188 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v187) : (f32) -> f32
                %v189 = arith.addf %v35, %v188 fastmath<contract> : f32
                %v190 = arith.divf %v35, %v189 : f32
                %v191 = arith.mulf %v113, %v190 fastmath<contract> : f32
                %v192 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                %v193 = arith.mulf %v191, %v192 fastmath<contract> : f32
                %v194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v193) : (f32) -> f32
                llvm.store %v194, %v32 : f32, !llvm.ptr
                %v195 = arith.addi %v74, %v27 : i64
                %v197 = arith.cmpi slt, %v196, %v80 : i32
                %v198 = arith.cmpi eq, %v196, %v86 : i32
                %v199 = arith.addi %v56, %v195 : i64
                %v200 = arith.muli %v25, %v92 : i64
                %v201 = arith.muli %v23, %size_L : i64
                %v202 = arith.addi %v200, %v201 : i64
                %v203 = arith.addi %v202, %v199 : i64
                %v204 = llvm.getelementptr %dy_y[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v205 = llvm.load %v204 : !llvm.ptr -> f32
                %v206 = llvm.load %v31 : !llvm.ptr -> f32
                %v207 = llvm.load %v32 : !llvm.ptr -> f32
                %v208 = arith.mulf %v207, %v206 fastmath<contract> : f32
                %v209 = arith.addf %v205, %v208 fastmath<contract> : f32
                llvm.store %v209, %v31 : f32, !llvm.ptr
                %v210 = llvm.load %v36 : !llvm.ptr -> f32
                %v211 = arith.mulf %v210, %v207 fastmath<contract> : f32
                llvm.store %v211, %v36 : f32, !llvm.ptr
                scf.if %v198 {
                }
                %v212 = arith.muli %v25, %v92 : i64
                %v213 = arith.muli %v23, %size_L : i64
                %v214 = arith.addi %v212, %v213 : i64
                %v215 = arith.addi %v214, %v199 : i64
                %v216 = llvm.getelementptr %in_gate_a[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v217 = llvm.load %v216 : !llvm.ptr -> f32
                %v218 = arith.negf %v217 : f32
                %v219 = arith.mulf %v218, %v108 fastmath<contract> : f32
                %v220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v219) : (f32) -> f32
                %v221 = arith.addf %v35, %v220 fastmath<contract> : f32
                %v222 = arith.divf %v35, %v221 : f32
                %v223 = arith.mulf %v113, %v222 fastmath<contract> : f32
                %v224 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                %v225 = arith.mulf %v223, %v224 fastmath<contract> : f32
                %v226 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v225) : (f32) -> f32
                llvm.store %v226, %v32 : f32, !llvm.ptr
                %v228 = arith.addi %v74, %v227 : i64
                %v230 = arith.cmpi slt, %v229, %v80 : i32
                %v231 = arith.cmpi eq, %v229, %v86 : i32
                %v232 = arith.addi %v56, %v228 : i64
                %v233 = arith.muli %v25, %v92 : i64
                %v234 = arith.muli %v23, %size_L : i64
                %v235 = arith.addi %v233, %v234 : i64
                %v236 = arith.addi %v235, %v232 : i64
                %v237 = llvm.getelementptr %dy_y[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v238 = llvm.load %v237 : !llvm.ptr -> f32
                %v239 = llvm.load %v31 : !llvm.ptr -> f32
                %v240 = llvm.load %v32 : !llvm.ptr -> f32
                %v241 = arith.mulf %v240, %v239 fastmath<contract> : f32
                %v242 = arith.addf %v238, %v241 fastmath<contract> : f32
                llvm.store %v242, %v31 : f32, !llvm.ptr
                %v243 = llvm.load %v36 : !llvm.ptr -> f32
                %v244 = arith.mulf %v243, %v240 fastmath<contract> : f32
                llvm.store %v244, %v36 : f32, !llvm.ptr
                scf.if %v231 {
                }
                %v245 = arith.muli %v25, %v92 : i64
                %v246 = arith.muli %v23, %size_L : i64
                %v247 = arith.addi %v245, %v246 : i64
                %v248 = arith.addi %v247, %v232 : i64
                %v249 = llvm.getelementptr %in_gate_a[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v250 = llvm.load %v249 : !llvm.ptr -> f32
                %v251 = arith.negf %v250 : f32
                %v252 = arith.mulf %v251, %v108 fastmath<contract> : f32
                %v253 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v252) : (f32) -> f32
                %v254 = arith.addf %v35, %v253 fastmath<contract> : f32
                %v255 = arith.divf %v35, %v254 : f32
                %v256 = arith.mulf %v113, %v255 fastmath<contract> : f32
                %v257 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                %v258 = arith.mulf %v256, %v257 fastmath<contract> : f32
                %v259 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v258) : (f32) -> f32
                llvm.store %v259, %v32 : f32, !llvm.ptr
                %v261 = arith.addi %v74, %v260 : i64
                %v263 = arith.cmpi slt, %v262, %v80 : i32
                %v264 = arith.cmpi eq, %v262, %v86 : i32
                %v265 = arith.addi %v56, %v261 : i64
                %v266 = arith.muli %v25, %v92 : i64
                %v267 = arith.muli %v23, %size_L : i64
                %v268 = arith.addi %v266, %v267 : i64
                %v269 = arith.addi %v268, %v265 : i64
                %v270 = llvm.getelementptr %dy_y[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v271 = llvm.load %v270 : !llvm.ptr -> f32
                %v272 = llvm.load %v31 : !llvm.ptr -> f32
                %v273 = llvm.load %v32 : !llvm.ptr -> f32
                %v274 = arith.mulf %v273, %v272 fastmath<contract> : f32
                %v275 = arith.addf %v271, %v274 fastmath<contract> : f32
                llvm.store %v275, %v31 : f32, !llvm.ptr
                %v276 = llvm.load %v36 : !llvm.ptr -> f32
                %v277 = arith.mulf %v276, %v273 fastmath<contract> : f32
                llvm.store %v277, %v36 : f32, !llvm.ptr
                scf.if %v264 {
                }
                %v278 = arith.muli %v25, %v92 : i64
                %v279 = arith.muli %v23, %size_L : i64
                %v280 = arith.addi %v278, %v279 : i64
                %v281 = arith.addi %v280, %v265 : i64
                %v282 = llvm.getelementptr %in_gate_a[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v283 = llvm.load %v282 : !llvm.ptr -> f32
                %v284 = arith.negf %v283 : f32
                %v285 = arith.mulf %v284, %v108 fastmath<contract> : f32
                %v286 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v285) : (f32) -> f32
                %v287 = arith.addf %v35, %v286 fastmath<contract> : f32
                %v288 = arith.divf %v35, %v287 : f32
                %v289 = arith.mulf %v113, %v288 fastmath<contract> : f32
                %v290 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                %v291 = arith.mulf %v289, %v290 fastmath<contract> : f32
                %v292 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v291) : (f32) -> f32
                llvm.store %v292, %v32 : f32, !llvm.ptr
                %v293 = arith.addi %v74, %v1 : i64
                %v295 = arith.cmpi slt, %v294, %v80 : i32
                %v296 = arith.cmpi eq, %v294, %v86 : i32
                %v297 = arith.addi %v56, %v293 : i64
                %v298 = arith.muli %v25, %v92 : i64
                %v299 = arith.muli %v23, %size_L : i64
                %v300 = arith.addi %v298, %v299 : i64
                %v301 = arith.addi %v300, %v297 : i64
                %v302 = llvm.getelementptr %dy_y[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v303 = llvm.load %v302 : !llvm.ptr -> f32
                %v304 = llvm.load %v31 : !llvm.ptr -> f32
                %v305 = llvm.load %v32 : !llvm.ptr -> f32
                %v306 = arith.mulf %v305, %v304 fastmath<contract> : f32
                %v307 = arith.addf %v303, %v306 fastmath<contract> : f32
                llvm.store %v307, %v31 : f32, !llvm.ptr
                %v308 = llvm.load %v36 : !llvm.ptr -> f32
                %v309 = arith.mulf %v308, %v305 fastmath<contract> : f32
                llvm.store %v309, %v36 : f32, !llvm.ptr
                scf.if %v296 {
                }
                %v310 = arith.muli %v25, %v92 : i64
                %v311 = arith.muli %v23, %size_L : i64
                %v312 = arith.addi %v310, %v311 : i64
                %v313 = arith.addi %v312, %v297 : i64
                %v314 = llvm.getelementptr %in_gate_a[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v315 = llvm.load %v314 : !llvm.ptr -> f32
                %v316 = arith.negf %v315 : f32
                %v317 = arith.mulf %v316, %v108 fastmath<contract> : f32
                %v318 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v317) : (f32) -> f32
                %v319 = arith.addf %v35, %v318 fastmath<contract> : f32
                %v320 = arith.divf %v35, %v319 : f32
                %v321 = arith.mulf %v113, %v320 fastmath<contract> : f32
                %v322 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                %v323 = arith.mulf %v321, %v322 fastmath<contract> : f32
                %v324 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v323) : (f32) -> f32
                llvm.store %v324, %v32 : f32, !llvm.ptr
                %v326 = arith.cmpi slt, %v325, %v80 : i32
                %v327 = arith.cmpi eq, %v325, %v86 : i32
                %v328 = arith.addi %v56, %v74 : i64
                %v329 = arith.muli %v25, %v92 : i64
                %v330 = arith.muli %v23, %size_L : i64
                %v331 = arith.addi %v329, %v330 : i64
                %v332 = arith.addi %v331, %v328 : i64
                %v333 = llvm.getelementptr %dy_y[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = llvm.load %v31 : !llvm.ptr -> f32
                %v336 = llvm.load %v32 : !llvm.ptr -> f32
                %v337 = arith.mulf %v336, %v335 fastmath<contract> : f32
                %v338 = arith.addf %v334, %v337 fastmath<contract> : f32
                llvm.store %v338, %v31 : f32, !llvm.ptr
                %v339 = llvm.load %v36 : !llvm.ptr -> f32
                %v340 = arith.mulf %v339, %v336 fastmath<contract> : f32
                llvm.store %v340, %v36 : f32, !llvm.ptr
                scf.if %v327 {
                }
                %v341 = arith.muli %v25, %v92 : i64
                %v342 = arith.muli %v23, %size_L : i64
                %v343 = arith.addi %v341, %v342 : i64
                %v344 = arith.addi %v343, %v328 : i64
                %v345 = llvm.getelementptr %in_gate_a[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v346 = llvm.load %v345 : !llvm.ptr -> f32
                %v347 = arith.negf %v346 : f32
                %v348 = arith.mulf %v347, %v108 fastmath<contract> : f32
                %v349 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v348) : (f32) -> f32
                %v350 = arith.addf %v35, %v349 fastmath<contract> : f32
                %v351 = arith.divf %v35, %v350 : f32
                %v352 = arith.mulf %v113, %v351 fastmath<contract> : f32
                %v353 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                %v354 = arith.mulf %v352, %v353 fastmath<contract> : f32
                %v355 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v354) : (f32) -> f32
                llvm.store %v355, %v32 : f32, !llvm.ptr
              } else {
                %v356 = arith.subi %v58, %v1 : i64
                // the group's states, recomputed into registers
                %v357 = arith.subi %v58, %v74 : i64
                %v358 = arith.trunci %v357 : i64 to i32
                %v359 = arith.subi %size_L, %v1 : i64
                %v360 = arith.addi %v56, %v74 : i64
                %v361 = arith.subi %v359, %v360 : i64
                %v362 = arith.minsi %v361, %v84 : i64
                %v363 = arith.trunci %v362 : i64 to i32
                %v364 = arith.addi %v74, %v41 : i64
                %v365 = arith.cmpi slt, %v88, %v358 : i32
                %v366 = arith.cmpi eq, %v88, %v363 : i32
                scf.if %v365 {
                  %v367 = arith.addi %v56, %v364 : i64
                  %v368 = arith.muli %v25, %v92 : i64
                  %v369 = arith.muli %v23, %size_L : i64
                  %v370 = arith.addi %v368, %v369 : i64
                  %v371 = arith.addi %v370, %v367 : i64
                  %v372 = llvm.getelementptr %dy_y[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v373 = llvm.load %v372 : !llvm.ptr -> f32
                  %v374 = llvm.load %v31 : !llvm.ptr -> f32
                  %v375 = llvm.load %v32 : !llvm.ptr -> f32
                  %v376 = arith.mulf %v375, %v374 fastmath<contract> : f32
                  %v377 = arith.addf %v373, %v376 fastmath<contract> : f32
                  llvm.store %v377, %v31 : f32, !llvm.ptr
                  %v378 = llvm.load %v36 : !llvm.ptr -> f32
                  %v379 = arith.mulf %v378, %v375 fastmath<contract> : f32
                  llvm.store %v379, %v36 : f32, !llvm.ptr
                  scf.if %v366 {
                  }
                  %v380 = arith.muli %v25, %v92 : i64
                  %v381 = arith.muli %v23, %size_L : i64
                  %v382 = arith.addi %v380, %v381 : i64
                  %v383 = arith.addi %v382, %v367 : i64
                  %v384 = llvm.getelementptr %in_gate_a[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v385 = llvm.load %v384 : !llvm.ptr -> f32
                  %v386 = arith.negf %v385 : f32
                  %v387 = arith.mulf %v386, %v108 fastmath<contract> : f32
                  %v388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v387) : (f32) -> f32
                  %v389 = arith.addf %v35, %v388 fastmath<contract> : f32
                  %v390 = arith.divf %v35, %v389 : f32
                  %v391 = arith.mulf %v113, %v390 fastmath<contract> : f32
                  %v392 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                  %v393 = arith.mulf %v391, %v392 fastmath<contract> : f32
                  %v394 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v393) : (f32) -> f32
                  llvm.store %v394, %v32 : f32, !llvm.ptr
                }
                %v395 = arith.addi %v74, %v129 : i64
                %v396 = arith.cmpi slt, %v131, %v358 : i32
                %v397 = arith.cmpi eq, %v131, %v363 : i32
                scf.if %v396 {
                  %v398 = arith.addi %v56, %v395 : i64
                  %v399 = arith.muli %v25, %v92 : i64
                  %v400 = arith.muli %v23, %size_L : i64
                  %v401 = arith.addi %v399, %v400 : i64
                  %v402 = arith.addi %v401, %v398 : i64
                  %v403 = llvm.getelementptr %dy_y[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v404 = llvm.load %v403 : !llvm.ptr -> f32
                  %v405 = llvm.load %v31 : !llvm.ptr -> f32
                  %v406 = llvm.load %v32 : !llvm.ptr -> f32
                  %v407 = arith.mulf %v406, %v405 fastmath<contract> : f32
                  %v408 = arith.addf %v404, %v407 fastmath<contract> : f32
                  llvm.store %v408, %v31 : f32, !llvm.ptr
                  %v409 = llvm.load %v36 : !llvm.ptr -> f32
                  %v410 = arith.mulf %v409, %v406 fastmath<contract> : f32
                  llvm.store %v410, %v36 : f32, !llvm.ptr
                  scf.if %v397 {
                  }
                  %v411 = arith.muli %v25, %v92 : i64
                  %v412 = arith.muli %v23, %size_L : i64
                  %v413 = arith.addi %v411, %v412 : i64
                  %v414 = arith.addi %v413, %v398 : i64
                  %v415 = llvm.getelementptr %in_gate_a[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v416 = llvm.load %v415 : !llvm.ptr -> f32
                  %v417 = arith.negf %v416 : f32
                  %v418 = arith.mulf %v417, %v108 fastmath<contract> : f32
                  %v419 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v418) : (f32) -> f32
                  %v420 = arith.addf %v35, %v419 fastmath<contract> : f32
                  %v421 = arith.divf %v35, %v420 : f32
                  %v422 = arith.mulf %v113, %v421 fastmath<contract> : f32
                  %v423 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                  %v424 = arith.mulf %v422, %v423 fastmath<contract> : f32
                  %v425 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v424) : (f32) -> f32
                  llvm.store %v425, %v32 : f32, !llvm.ptr
                }
                %v426 = arith.addi %v74, %v162 : i64
                %v427 = arith.cmpi slt, %v164, %v358 : i32
                %v428 = arith.cmpi eq, %v164, %v363 : i32
                scf.if %v427 {
                  %v429 = arith.addi %v56, %v426 : i64
                  %v430 = arith.muli %v25, %v92 : i64
                  %v431 = arith.muli %v23, %size_L : i64
                  %v432 = arith.addi %v430, %v431 : i64
                  %v433 = arith.addi %v432, %v429 : i64
                  %v434 = llvm.getelementptr %dy_y[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v435 = llvm.load %v434 : !llvm.ptr -> f32
                  %v436 = llvm.load %v31 : !llvm.ptr -> f32
                  %v437 = llvm.load %v32 : !llvm.ptr -> f32
                  %v438 = arith.mulf %v437, %v436 fastmath<contract> : f32
                  %v439 = arith.addf %v435, %v438 fastmath<contract> : f32
                  llvm.store %v439, %v31 : f32, !llvm.ptr
                  %v440 = llvm.load %v36 : !llvm.ptr -> f32
                  %v441 = arith.mulf %v440, %v437 fastmath<contract> : f32
                  llvm.store %v441, %v36 : f32, !llvm.ptr
                  scf.if %v428 {
                  }
                  %v442 = arith.muli %v25, %v92 : i64
                  %v443 = arith.muli %v23, %size_L : i64
                  %v444 = arith.addi %v442, %v443 : i64
                  %v445 = arith.addi %v444, %v429 : i64
                  %v446 = llvm.getelementptr %in_gate_a[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v447 = llvm.load %v446 : !llvm.ptr -> f32
                  %v448 = arith.negf %v447 : f32
                  %v449 = arith.mulf %v448, %v108 fastmath<contract> : f32
                  %v450 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v449) : (f32) -> f32
                  %v451 = arith.addf %v35, %v450 fastmath<contract> : f32
                  %v452 = arith.divf %v35, %v451 : f32
                  %v453 = arith.mulf %v113, %v452 fastmath<contract> : f32
                  %v454 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                  %v455 = arith.mulf %v453, %v454 fastmath<contract> : f32
                  %v456 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v455) : (f32) -> f32
                  llvm.store %v456, %v32 : f32, !llvm.ptr
                }
                %v457 = arith.addi %v74, %v27 : i64
                %v458 = arith.cmpi slt, %v196, %v358 : i32
                %v459 = arith.cmpi eq, %v196, %v363 : i32
                scf.if %v458 {
                  %v460 = arith.addi %v56, %v457 : i64
                  %v461 = arith.muli %v25, %v92 : i64
                  %v462 = arith.muli %v23, %size_L : i64
                  %v463 = arith.addi %v461, %v462 : i64
                  %v464 = arith.addi %v463, %v460 : i64
                  %v465 = llvm.getelementptr %dy_y[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v466 = llvm.load %v465 : !llvm.ptr -> f32
                  %v467 = llvm.load %v31 : !llvm.ptr -> f32
                  %v468 = llvm.load %v32 : !llvm.ptr -> f32
                  %v469 = arith.mulf %v468, %v467 fastmath<contract> : f32
                  %v470 = arith.addf %v466, %v469 fastmath<contract> : f32
                  llvm.store %v470, %v31 : f32, !llvm.ptr
                  %v471 = llvm.load %v36 : !llvm.ptr -> f32
                  %v472 = arith.mulf %v471, %v468 fastmath<contract> : f32
                  llvm.store %v472, %v36 : f32, !llvm.ptr
                  scf.if %v459 {
                  }
                  %v473 = arith.muli %v25, %v92 : i64
                  %v474 = arith.muli %v23, %size_L : i64
                  %v475 = arith.addi %v473, %v474 : i64
                  %v476 = arith.addi %v475, %v460 : i64
                  %v477 = llvm.getelementptr %in_gate_a[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v478 = llvm.load %v477 : !llvm.ptr -> f32
                  %v479 = arith.negf %v478 : f32
                  %v480 = arith.mulf %v479, %v108 fastmath<contract> : f32
                  %v481 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v480) : (f32) -> f32
                  %v482 = arith.addf %v35, %v481 fastmath<contract> : f32
                  %v483 = arith.divf %v35, %v482 : f32
                  %v484 = arith.mulf %v113, %v483 fastmath<contract> : f32
                  %v485 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                  %v486 = arith.mulf %v484, %v485 fastmath<contract> : f32
                  %v487 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v486) : (f32) -> f32
                  llvm.store %v487, %v32 : f32, !llvm.ptr
                }
                %v488 = arith.addi %v74, %v227 : i64
                %v489 = arith.cmpi slt, %v229, %v358 : i32
                %v490 = arith.cmpi eq, %v229, %v363 : i32
                scf.if %v489 {
                  %v491 = arith.addi %v56, %v488 : i64
                  %v492 = arith.muli %v25, %v92 : i64
                  %v493 = arith.muli %v23, %size_L : i64
                  %v494 = arith.addi %v492, %v493 : i64
                  %v495 = arith.addi %v494, %v491 : i64
                  %v496 = llvm.getelementptr %dy_y[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v497 = llvm.load %v496 : !llvm.ptr -> f32
                  %v498 = llvm.load %v31 : !llvm.ptr -> f32
                  %v499 = llvm.load %v32 : !llvm.ptr -> f32
                  %v500 = arith.mulf %v499, %v498 fastmath<contract> : f32
                  %v501 = arith.addf %v497, %v500 fastmath<contract> : f32
                  llvm.store %v501, %v31 : f32, !llvm.ptr
                  %v502 = llvm.load %v36 : !llvm.ptr -> f32
                  %v503 = arith.mulf %v502, %v499 fastmath<contract> : f32
                  llvm.store %v503, %v36 : f32, !llvm.ptr
                  scf.if %v490 {
                  }
                  %v504 = arith.muli %v25, %v92 : i64
                  %v505 = arith.muli %v23, %size_L : i64
                  %v506 = arith.addi %v504, %v505 : i64
                  %v507 = arith.addi %v506, %v491 : i64
                  %v508 = llvm.getelementptr %in_gate_a[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v509 = llvm.load %v508 : !llvm.ptr -> f32
                  %v510 = arith.negf %v509 : f32
                  %v511 = arith.mulf %v510, %v108 fastmath<contract> : f32
                  %v512 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v511) : (f32) -> f32
                  %v513 = arith.addf %v35, %v512 fastmath<contract> : f32
                  %v514 = arith.divf %v35, %v513 : f32
                  %v515 = arith.mulf %v113, %v514 fastmath<contract> : f32
                  %v516 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                  %v517 = arith.mulf %v515, %v516 fastmath<contract> : f32
                  %v518 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v517) : (f32) -> f32
                  llvm.store %v518, %v32 : f32, !llvm.ptr
                }
                %v519 = arith.addi %v74, %v260 : i64
                %v520 = arith.cmpi slt, %v262, %v358 : i32
                %v521 = arith.cmpi eq, %v262, %v363 : i32
                scf.if %v520 {
                  %v522 = arith.addi %v56, %v519 : i64
                  %v523 = arith.muli %v25, %v92 : i64
                  %v524 = arith.muli %v23, %size_L : i64
                  %v525 = arith.addi %v523, %v524 : i64
                  %v526 = arith.addi %v525, %v522 : i64
                  %v527 = llvm.getelementptr %dy_y[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v528 = llvm.load %v527 : !llvm.ptr -> f32
                  %v529 = llvm.load %v31 : !llvm.ptr -> f32
                  %v530 = llvm.load %v32 : !llvm.ptr -> f32
                  %v531 = arith.mulf %v530, %v529 fastmath<contract> : f32
                  %v532 = arith.addf %v528, %v531 fastmath<contract> : f32
                  llvm.store %v532, %v31 : f32, !llvm.ptr
                  %v533 = llvm.load %v36 : !llvm.ptr -> f32
                  %v534 = arith.mulf %v533, %v530 fastmath<contract> : f32
                  llvm.store %v534, %v36 : f32, !llvm.ptr
                  scf.if %v521 {
                  }
                  %v535 = arith.muli %v25, %v92 : i64
                  %v536 = arith.muli %v23, %size_L : i64
                  %v537 = arith.addi %v535, %v536 : i64
                  %v538 = arith.addi %v537, %v522 : i64
                  %v539 = llvm.getelementptr %in_gate_a[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v540 = llvm.load %v539 : !llvm.ptr -> f32
                  %v541 = arith.negf %v540 : f32
                  %v542 = arith.mulf %v541, %v108 fastmath<contract> : f32
                  %v543 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v542) : (f32) -> f32
                  %v544 = arith.addf %v35, %v543 fastmath<contract> : f32
                  %v545 = arith.divf %v35, %v544 : f32
                  %v546 = arith.mulf %v113, %v545 fastmath<contract> : f32
                  %v547 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                  %v548 = arith.mulf %v546, %v547 fastmath<contract> : f32
                  %v549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v548) : (f32) -> f32
                  llvm.store %v549, %v32 : f32, !llvm.ptr
                }
                %v550 = arith.addi %v74, %v1 : i64
                %v551 = arith.cmpi slt, %v294, %v358 : i32
                %v552 = arith.cmpi eq, %v294, %v363 : i32
                scf.if %v551 {
                  %v553 = arith.addi %v56, %v550 : i64
                  %v554 = arith.muli %v25, %v92 : i64
                  %v555 = arith.muli %v23, %size_L : i64
                  %v556 = arith.addi %v554, %v555 : i64
                  %v557 = arith.addi %v556, %v553 : i64
                  %v558 = llvm.getelementptr %dy_y[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v559 = llvm.load %v558 : !llvm.ptr -> f32
                  %v560 = llvm.load %v31 : !llvm.ptr -> f32
                  %v561 = llvm.load %v32 : !llvm.ptr -> f32
                  %v562 = arith.mulf %v561, %v560 fastmath<contract> : f32
                  %v563 = arith.addf %v559, %v562 fastmath<contract> : f32
                  llvm.store %v563, %v31 : f32, !llvm.ptr
                  %v564 = llvm.load %v36 : !llvm.ptr -> f32
                  %v565 = arith.mulf %v564, %v561 fastmath<contract> : f32
                  llvm.store %v565, %v36 : f32, !llvm.ptr
                  scf.if %v552 {
                  }
                  %v566 = arith.muli %v25, %v92 : i64
                  %v567 = arith.muli %v23, %size_L : i64
                  %v568 = arith.addi %v566, %v567 : i64
                  %v569 = arith.addi %v568, %v553 : i64
                  %v570 = llvm.getelementptr %in_gate_a[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v571 = llvm.load %v570 : !llvm.ptr -> f32
                  %v572 = arith.negf %v571 : f32
                  %v573 = arith.mulf %v572, %v108 fastmath<contract> : f32
                  %v574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v573) : (f32) -> f32
                  %v575 = arith.addf %v35, %v574 fastmath<contract> : f32
                  %v576 = arith.divf %v35, %v575 : f32
                  %v577 = arith.mulf %v113, %v576 fastmath<contract> : f32
                  %v578 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                  %v579 = arith.mulf %v577, %v578 fastmath<contract> : f32
                  %v580 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v579) : (f32) -> f32
                  llvm.store %v580, %v32 : f32, !llvm.ptr
                }
                %v581 = arith.cmpi slt, %v325, %v358 : i32
                %v582 = arith.cmpi eq, %v325, %v363 : i32
                scf.if %v581 {
                  %v583 = arith.addi %v56, %v74 : i64
                  %v584 = arith.muli %v25, %v92 : i64
                  %v585 = arith.muli %v23, %size_L : i64
                  %v586 = arith.addi %v584, %v585 : i64
                  %v587 = arith.addi %v586, %v583 : i64
                  %v588 = llvm.getelementptr %dy_y[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v589 = llvm.load %v588 : !llvm.ptr -> f32
                  %v590 = llvm.load %v31 : !llvm.ptr -> f32
                  %v591 = llvm.load %v32 : !llvm.ptr -> f32
                  %v592 = arith.mulf %v591, %v590 fastmath<contract> : f32
                  %v593 = arith.addf %v589, %v592 fastmath<contract> : f32
                  llvm.store %v593, %v31 : f32, !llvm.ptr
                  %v594 = llvm.load %v36 : !llvm.ptr -> f32
                  %v595 = arith.mulf %v594, %v591 fastmath<contract> : f32
                  llvm.store %v595, %v36 : f32, !llvm.ptr
                  scf.if %v582 {
                  }
                  %v596 = arith.muli %v25, %v92 : i64
                  %v597 = arith.muli %v23, %size_L : i64
                  %v598 = arith.addi %v596, %v597 : i64
                  %v599 = arith.addi %v598, %v583 : i64
                  %v600 = llvm.getelementptr %in_gate_a[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v601 = llvm.load %v600 : !llvm.ptr -> f32
                  %v602 = arith.negf %v601 : f32
                  %v603 = arith.mulf %v602, %v108 fastmath<contract> : f32
                  %v604 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v603) : (f32) -> f32
                  %v605 = arith.addf %v35, %v604 fastmath<contract> : f32
                  %v606 = arith.divf %v35, %v605 : f32
                  %v607 = arith.mulf %v113, %v606 fastmath<contract> : f32
                  %v608 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v112) : (f32) -> f32
                  %v609 = arith.mulf %v607, %v608 fastmath<contract> : f32
                  %v610 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v609) : (f32) -> f32
                  llvm.store %v610, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v20 {
        %v611 = llvm.load %v31 : !llvm.ptr -> f32
        %v612 = arith.muli %v16, %v2 : i64
        %v613 = arith.subi %v2, %v1 : i64
        %v614 = arith.minsi %v19, %v613 : i64
        %v615 = arith.addi %v612, %v614 : i64
        %v616 = llvm.getelementptr %segsum_h[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v611, %v616 : f32, !llvm.ptr
        %v617 = llvm.load %v36 : !llvm.ptr -> f32
        %v618 = arith.addi %v6, %v16 : i64
        %v619 = arith.muli %v618, %v2 : i64
        %v620 = arith.subi %v2, %v1 : i64
        %v621 = arith.minsi %v19, %v620 : i64
        %v622 = arith.addi %v619, %v621 : i64
        %v623 = llvm.getelementptr %segsum_h[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v617, %v623 : f32, !llvm.ptr
        %v624 = llvm.load %v32 : !llvm.ptr -> f32
        %v625 = arith.muli %v260, %v6 : i64
        %v626 = arith.addi %v625, %v16 : i64
        %v627 = arith.muli %v626, %v2 : i64
        %v628 = arith.subi %v2, %v1 : i64
        %v629 = arith.minsi %v19, %v628 : i64
        %v630 = arith.addi %v627, %v629 : i64
        %v631 = llvm.getelementptr %segsum_h[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v624, %v631 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
