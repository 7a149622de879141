module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_bwd_sum(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v100 = arith.constant 0x3FB8AA3B : f32
      %v134 = arith.constant 6 : i64
      %v136 = arith.constant 6 : i32
      %v180 = arith.constant 5 : i64
      %v182 = arith.constant 5 : i32
      %v227 = arith.constant 4 : i32
      %v271 = arith.constant 3 : i64
      %v273 = arith.constant 3 : i32
      %v317 = arith.constant 2 : i64
      %v319 = arith.constant 2 : i32
      %v364 = arith.constant 1 : i32
      %v408 = arith.constant 0 : i32
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
                %v97 = llvm.getelementptr %in_g_o[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = arith.negf %v98 : f32
                %v101 = arith.mulf %v99, %v100 fastmath<contract> : f32
                %v102 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v101) : (f32) -> f32
                %v103 = arith.addf %v35, %v102 fastmath<contract> : f32
                %v104 = arith.divf %v35, %v103 : f32
                %v105 = arith.muli %v25, %v92 : i64
                %v106 = arith.muli %v23, %size_L : i64
                %v107 = arith.addi %v105, %v106 : i64
                %v108 = arith.addi %v107, %v91 : i64
                %v109 = llvm.getelementptr %dy_y[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v110 = llvm.load %v109 : !llvm.ptr -> f32
                %v111 = arith.mulf %v104, %v110 fastmath<contract> : f32
                %v112 = llvm.load %v31 : !llvm.ptr -> f32
                %v113 = llvm.load %v32 : !llvm.ptr -> f32
                %v114 = arith.mulf %v113, %v112 fastmath<contract> : f32
                %v115 = arith.addf %v111, %v114 fastmath<contract> : f32
                llvm.store %v115, %v31 : f32, !llvm.ptr
                %v116 = llvm.load %v36 : !llvm.ptr -> f32
                %v117 = arith.mulf %v116, %v113 fastmath<contract> : f32
                llvm.store %v117, %v36 : f32, !llvm.ptr
                scf.if %v90 {
                }
                %v118 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v119 = llvm.load %v118 : !llvm.ptr -> f32
                %v120 = arith.subf %v35, %v119 fastmath<contract> : f32
                %v121 = arith.muli %v25, %v92 : i64
                %v122 = arith.muli %v23, %size_L : i64
                %v123 = arith.addi %v121, %v122 : i64
                %v124 = arith.addi %v123, %v91 : i64
                %v125 = llvm.getelementptr %in_g_f[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v126 = llvm.load %v125 : !llvm.ptr -> f32
                %v127 = arith.negf %v126 : f32
                %v128 = arith.mulf %v127, %v100 fastmath<contract> : f32
                %v129 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v128) : (f32) -> f32
                %v130 = arith.addf %v35, %v129 fastmath<contract> : f32
                %v131 = arith.divf %v35, %v130 : f32
                %v132 = arith.mulf %v120, %v131 fastmath<contract> : f32
                %v133 = arith.addf %v119, %v132 fastmath<contract> : f32
                llvm.store %v133, %v32 : f32, !llvm.ptr
                %v135 = arith.addi %v74, %v134 : i64
                %v137 = arith.cmpi slt, %v136, %v80 : i32
                %v138 = arith.cmpi eq, %v136, %v86 : i32
                %v139 = arith.addi %v56, %v135 : i64
                %v140 = arith.muli %v25, %v92 : i64
                %v141 = arith.muli %v23, %size_L : i64
                %v142 = arith.addi %v140, %v141 : i64
                %v143 = arith.addi %v142, %v139 : i64
                %v144 = llvm.getelementptr %in_g_o[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v145 = llvm.load %v144 : !llvm.ptr -> f32
                %v146 = arith.negf %v145 : f32
                %v147 = arith.mulf %v146, %v100 fastmath<contract> : f32
                %v148 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v147) : (f32) -> f32
                %v149 = arith.addf %v35, %v148 fastmath<contract> : f32
                %v150 = arith.divf %v35, %v149 : f32
                %v151 = arith.muli %v25, %v92 : i64
                %v152 = arith.muli %v23, %size_L : i64
                %v153 = arith.addi %v151, %v152 : i64
                %v154 = arith.addi %v153, %v139 : i64
                %v155 = llvm.getelementptr %dy_y[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v156 = llvm.load %v155 : !llvm.ptr -> f32
                %v157 = arith.mulf %v150, %v156 fastmath<contract> : f32
                %v158 = llvm.load %v31 : !llvm.ptr -> f32
                %v159 = llvm.load %v32 : !llvm.ptr -> f32
                %v160 = arith.mulf %v159, %v158 fastmath<contract> : f32
                %v161 = arith.addf %v157, %v160 fastmath<contract> : f32
                llvm.store %v161, %v31 : f32, !llvm.ptr
                %v162 = llvm.load %v36 : !llvm.ptr -> f32
                %v163 = arith.mulf %v162, %v159 fastmath<contract> : f32
                llvm.store %v163, %v36 : f32, !llvm.ptr
                scf.if %v138 {
                }
                %v164 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v165 = llvm.load %v164 : !llvm.ptr -> f32
                %v166 = arith.subf %v35, %v165 fastmath<contract> : f32
                %v167 = arith.muli %v25, %v92 : i64
                %v168 = arith.muli %v23, %size_L : i64
                %v169 = arith.addi %v167, %v168 : i64
                %v170 = arith.addi %v169, %v139 : i64
                %v171 = llvm.getelementptr %in_g_f[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = arith.negf %v172 : f32
                %v174 = arith.mulf %v173, %v100 fastmath<contract> : f32
                %v175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v174) : (f32) -> f32
                %v176 = arith.addf %v35, %v175 fastmath<contract> : f32
                %v177 = arith.divf %v35, %v176 : f32
                %v178 = arith.mulf %v166, %v177 fastmath<contract> : f32
                %v179 = arith.addf %v165, %v178 fastmath<contract> : f32
                llvm.store %v179, %v32 : f32, !llvm.ptr
                %v181 = arith.addi %v74, %v180 : i64
                %v183 = arith.cmpi slt, %v182, %v80 : i32
                %v184 = arith.cmpi eq, %v182, %v86 : i32
                %v185 = arith.addi %v56, %v181 : i64
                %v186 = arith.muli %v25, %v92 : i64
                %v187 = arith.muli %v23, %size_L : i64
                %v188 = arith.addi %v186, %v187 : i64
                %v189 = arith.addi %v188, %v185 : i64
                %v190 = llvm.getelementptr %in_g_o[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v191 = llvm.load %v190 : !llvm.ptr -> f32
                %v192 = arith.negf %v191 : f32
                %v193 = arith.mulf %v192, %v100 fastmath<contract> : f32
                %v194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v193) : (f32) -> f32
                %v195 = arith.addf %v35, %v194 fastmath<contract> : f32
                %v196 = arith.divf %v35, %v195 : f32
                %v197 = arith.muli %v25, %v92 : i64
                %v198 = arith.muli %v23, %size_L : i64
                %v199 = arith.addi %v197, %v198 : i64
                %v200 = arith.addi %v199, %v185 : i64
                %v201 = llvm.getelementptr %dy_y[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v202 = llvm.load %v201 : !llvm.ptr -> f32
                %v203 = arith.mulf %v196, %v202 fastmath<contract> : f32
                %v204 = llvm.load %v31 : !llvm.ptr -> f32
                %v205 = llvm.load %v32 : !llvm.ptr -> f32
                %v206 = arith.mulf %v205, %v204 fastmath<contract> : f32
                %v207 = arith.addf %v203, %v206 fastmath<contract> : f32
                llvm.store %v207, %v31 : f32, !llvm.ptr
                %v208 = llvm.load %v36 : !llvm.ptr -> f32
                %v209 = arith.mulf %v208, %v205 fastmath<contract> : f32
                llvm.store %v209, %v36 : f32, !llvm.ptr
                scf.if %v184 {
                }
                %v210 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v211 = llvm.load %v210 : !llvm.ptr -> f32
                %v212 = arith.subf %v35, %v211 fastmath<contract> : f32
                %v213 = arith.muli %v25, %v92 : i64
                %v214 = arith.muli %v23, %size_L : i64
                %v215 = arith.addi %v213, %v214 : i64
                %v216 = arith.addi %v215, %v185 : i64
                %v217 = llvm.getelementptr %in_g_f[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v218 = llvm.load %v217 : !llvm.ptr -> f32
                %v219 = arith.negf %v218 : f32
                %v220 = arith.mulf %v219, %v100 fastmath<contract> : f32
                %v221 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v220) : (f32) -> f32
                %v222 = arith.addf %v35, %v221 fastmath<contract> : f32
                %v223 = arith.divf %v35, %v222 : f32
                %v224 = arith.mulf %v212, %v223 fastmath<contract> : f32
                %v225 = arith.addf %v211, %v224 fastmath<contract> : f32
                llvm.store %v225, %v32 : f32, !llvm.ptr
                %v226 = arith.addi %v74, %v27 : i64
                %v228 = arith.cmpi slt, %v227, %v80 : i32
                %v229 = arith.cmpi eq, %v227, %v86 : i32
                %v230 = arith.addi %v56, %v226 : i64
                %v231 = arith.muli %v25, %v92 : i64
                %v232 = arith.muli %v23, %size_L : i64
                %v233 = arith.addi %v231, %v232 : i64
                %v234 = arith.addi %v233, %v230 : i64
                %v235 = llvm.getelementptr %in_g_o[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v236 = llvm.load %v235 : !llvm.ptr -> f32
                %v237 = arith.negf %v236 : f32
                %v238 = arith.mulf %v237, %v100 fastmath<contract> : f32
                %v239 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v238) : (f32) -> f32
                %v240 = arith.addf %v35, %v239 fastmath<contract> : f32
                %v241 = arith.divf %v35, %v240 : f32
                %v242 = arith.muli %v25, %v92 : i64
                %v243 = arith.muli %v23, %size_L : i64
                %v244 = arith.addi %v242, %v243 : i64
                %v245 = arith.addi %v244, %v230 : i64
                %v246 = llvm.getelementptr %dy_y[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v247 = llvm.load %v246 : !llvm.ptr -> f32
                %v248 = arith.mulf %v241, %v247 fastmath<contract> : f32
                %v249 = llvm.load %v31 : !llvm.ptr -> f32
                %v250 = llvm.load %v32 : !llvm.ptr -> f32
                %v251 = arith.mulf %v250, %v249 fastmath<contract> : f32
                %v252 = arith.addf %v248, %v251 fastmath<contract> : f32
                llvm.store %v252, %v31 : f32, !llvm.ptr
                %v253 = llvm.load %v36 : !llvm.ptr -> f32
                %v254 = arith.mulf %v253, %v250 fastmath<contract> : f32
                llvm.store %v254, %v36 : f32, !llvm.ptr
                scf.if %v229 {
                }
                %v255 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v256 = llvm.load %v255 : !llvm.ptr -> f32
                %v257 = arith.subf %v35, %v256 fastmath<contract> : f32
                %v258 = arith.muli %v25, %v92 : i64
                %v259 = arith.muli %v23, %size_L : i64
                %v260 = arith.addi %v258, %v259 : i64
                %v261 = arith.addi %v260, %v230 : i64
                %v262 = llvm.getelementptr %in_g_f[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v263 = llvm.load %v262 : !llvm.ptr -> f32
                %v264 = arith.negf %v263 : f32
                %v265 = arith.mulf %v264, %v100 fastmath<contract> : f32
                %v266 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v265) : (f32) -> f32
                %v267 = arith.addf %v35, %v266 fastmath<contract> : f32
                %v268 = arith.divf %v35, %v267 : f32
                %v269 = arith.mulf %v257, %v268 fastmath<contract> : f32
                %v270 = arith.addf %v256, %v269 fastmath<contract> : f32
                llvm.store %v270, %v32 : f32, !llvm.ptr
                %v272 = arith.addi %v74, %v271 : i64
                %v274 = arith.cmpi slt, %v273, %v80 : i32
                %v275 = arith.cmpi eq, %v273, %v86 : i32
                %v276 = arith.addi %v56, %v272 : i64
                %v277 = arith.muli %v25, %v92 : i64
                %v278 = arith.muli %v23, %size_L : i64
                %v279 = arith.addi %v277, %v278 : i64
                %v280 = arith.addi %v279, %v276 : i64
                %v281 = llvm.getelementptr %in_g_o[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v282 = llvm.load %v281 : !llvm.ptr -> f32
                %v283 = arith.negf %v282 : f32
                %v284 = arith.mulf %v283, %v100 fastmath<contract> : f32
                %v285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v284) : (f32) -> f32
                %v286 = arith.addf %v35, %v285 fastmath<contract> : f32
                %v287 = arith.divf %v35, %v286 : f32
                %v288 = arith.muli %v25, %v92 : i64
                %v289 = arith.muli %v23, %size_L : i64
                %v290 = arith.addi %v288, %v289 : i64
                %v291 = arith.addi %v290, %v276 : i64
                %v292 = llvm.getelementptr %dy_y[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v293 = llvm.load %v292 : !llvm.ptr -> f32
                %v294 = arith.mulf %v287, %v293 fastmath<contract> : f32
                %v295 = llvm.load %v31 : !llvm.ptr -> f32
                %v296 = llvm.load %v32 : !llvm.ptr -> f32
                %v297 = arith.mulf %v296, %v295 fastmath<contract> : f32
                %v298 = arith.addf %v294, %v297 fastmath<contract> : f32
                llvm.store %v298, %v31 : f32, !llvm.ptr
                %v299 = llvm.load %v36 : !llvm.ptr -> f32
                %v300 = arith.mulf %v299, %v296 fastmath<contract> : f32
                llvm.store %v300, %v36 : f32, !llvm.ptr
                scf.if %v275 {
                }
                %v301 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v302 = llvm.load %v301 : !llvm.ptr -> f32
                %v303 = arith.subf %v35, %v302 fastmath<contract> : f32
                %v304 = arith.muli %v25, %v92 : i64
                %v305 = arith.muli %v23, %size_L : i64
                %v306 = arith.addi %v304, %v305 : i64
                %v307 = arith.addi %v306, %v276 : i64
                %v308 = llvm.getelementptr %in_g_f[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v309 = llvm.load %v308 : !llvm.ptr -> f32
                %v310 = arith.negf %v309 : f32
                %v311 = arith.mulf %v310, %v100 fastmath<contract> : f32
                %v312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v311) : (f32) -> f32
                %v313 = arith.addf %v35, %v312 fastmath<contract> : f32
                %v314 = arith.divf %v35, %v313 : f32
                %v315 = arith.mulf %v303, %v314 fastmath<contract> : f32
                %v316 = arith.addf %v302, %v315 fastmath<contract> : f32
                llvm.store %v316, %v32 : f32, !llvm.ptr
                %v318 = arith.addi %v74, %v317 : i64
                %v320 = arith.cmpi slt, %v319, %v80 : i32
                %v321 = arith.cmpi eq, %v319, %v86 : i32
                %v322 = arith.addi %v56, %v318 : i64
                %v323 = arith.muli %v25, %v92 : i64
                %v324 = arith.muli %v23, %size_L : i64
                %v325 = arith.addi %v323, %v324 : i64
                %v326 = arith.addi %v325, %v322 : i64
                %v327 = llvm.getelementptr %in_g_o[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v328 = llvm.load %v327 : !llvm.ptr -> f32
                %v329 = arith.negf %v328 : f32
                %v330 = arith.mulf %v329, %v100 fastmath<contract> : f32
                %v331 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v330) : (f32) -> f32
                %v332 = arith.addf %v35, %v331 fastmath<contract> : f32
                %v333 = arith.divf %v35, %v332 : f32
                %v334 = arith.muli %v25, %v92 : i64
                %v335 = arith.muli %v23, %size_L : i64
                %v336 = arith.addi %v334, %v335 : i64
                %v337 = arith.addi %v336, %v322 : i64
                %v338 = llvm.getelementptr %dy_y[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v339 = llvm.load %v338 : !llvm.ptr -> f32
                %v340 = arith.mulf %v333, %v339 fastmath<contract> : f32
                %v341 = llvm.load %v31 : !llvm.ptr -> f32
                %v342 = llvm.load %v32 : !llvm.ptr -> f32
                %v343 = arith.mulf %v342, %v341 fastmath<contract> : f32
                %v344 = arith.addf %v340, %v343 fastmath<contract> : f32
                llvm.store %v344, %v31 : f32, !llvm.ptr
                %v345 = llvm.load %v36 : !llvm.ptr -> f32
                %v346 = arith.mulf %v345, %v342 fastmath<contract> : f32
                llvm.store %v346, %v36 : f32, !llvm.ptr
                scf.if %v321 {
                }
                %v347 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v348 = llvm.load %v347 : !llvm.ptr -> f32
                %v349 = arith.subf %v35, %v348 fastmath<contract> : f32
                %v350 = arith.muli %v25, %v92 : i64
                %v351 = arith.muli %v23, %size_L : i64
                %v352 = arith.addi %v350, %v351 : i64
                %v353 = arith.addi %v352, %v322 : i64
                %v354 = llvm.getelementptr %in_g_f[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v355 = llvm.load %v354 : !llvm.ptr -> f32
                %v356 = arith.negf %v355 : f32
                %v357 = arith.mulf %v356, %v100 fastmath<contract> : f32
                %v358 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v357) : (f32) -> f32
                %v359 = arith.addf %v35, %v358 fastmath<contract> : f32
                %v360 = arith.divf %v35, %v359 : f32
                %v361 = arith.mulf %v349, %v360 fastmath<contract> : f32
                %v362 = arith.addf %v348, %v361 fastmath<contract> : f32
                llvm.store %v362, %v32 : f32, !llvm.ptr
                %v363 = arith.addi %v74, %v1 : i64
                %v365 = arith.cmpi slt, %v364, %v80 : i32
                %v366 = arith.cmpi eq, %v364, %v86 : i32
                %v367 = arith.addi %v56, %v363 : i64
                %v368 = arith.muli %v25, %v92 : i64
                %v369 = arith.muli %v23, %size_L : i64
                %v370 = arith.addi %v368, %v369 : i64
                %v371 = arith.addi %v370, %v367 : i64
                %v372 = llvm.getelementptr %in_g_o[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v373 = llvm.load %v372 : !llvm.ptr -> f32
                %v374 = arith.negf %v373 : f32
                %v375 = arith.mulf %v374, %v100 fastmath<contract> : f32
                %v376 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v375) : (f32) -> f32
                %v377 = arith.addf %v35, %v376 fastmath<contract> : f32
                %v378 = arith.divf %v35, %v377 : f32
                %v379 = arith.muli %v25, %v92 : i64
                %v380 = arith.muli %v23, %size_L : i64
                %v381 = arith.addi %v379, %v380 : i64
                %v382 = arith.addi %v381, %v367 : i64
                %v383 = llvm.getelementptr %dy_y[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v384 = llvm.load %v383 : !llvm.ptr -> f32
                %v385 = arith.mulf %v378, %v384 fastmath<contract> : f32
                %v386 = llvm.load %v31 : !llvm.ptr -> f32
                %v387 = llvm.load %v32 : !llvm.ptr -> f32
                %v388 = arith.mulf %v387, %v386 fastmath<contract> : f32
                %v389 = arith.addf %v385, %v388 fastmath<contract> : f32
                llvm.store %v389, %v31 : f32, !llvm.ptr
                %v390 = llvm.load %v36 : !llvm.ptr -> f32
                %v391 = arith.mulf %v390, %v387 fastmath<contract> : f32
                llvm.store %v391, %v36 : f32, !llvm.ptr
                scf.if %v366 {
                }
                %v392 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v393 = llvm.load %v392 : !llvm.ptr -> f32
                %v394 = arith.subf %v35, %v393 fastmath<contract> : f32
                %v395 = arith.muli %v25, %v92 : i64
                %v396 = arith.muli %v23, %size_L : i64
                %v397 = arith.addi %v395, %v396 : i64
                %v398 = arith.addi %v397, %v367 : i64
                %v399 = llvm.getelementptr %in_g_f[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                %v401 = arith.negf %v400 : f32
                %v402 = arith.mulf %v401, %v100 fastmath<contract> : f32
                %v403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v402) : (f32) -> f32
                %v404 = arith.addf %v35, %v403 fastmath<contract> : f32
                %v405 = arith.divf %v35, %v404 : f32
                %v406 = arith.mulf %v394, %v405 fastmath<contract> : f32
                %v407 = arith.addf %v393, %v406 fastmath<contract> : f32
                llvm.store %v407, %v32 : f32, !llvm.ptr
                %v409 = arith.cmpi slt, %v408, %v80 : i32
                %v410 = arith.cmpi eq, %v408, %v86 : i32
                %v411 = arith.addi %v56, %v74 : i64
                %v412 = arith.muli %v25, %v92 : i64
                %v413 = arith.muli %v23, %size_L : i64
                %v414 = arith.addi %v412, %v413 : i64
                %v415 = arith.addi %v414, %v411 : i64
                %v416 = llvm.getelementptr %in_g_o[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v417 = llvm.load %v416 : !llvm.ptr -> f32
                %v418 = arith.negf %v417 : f32
                %v419 = arith.mulf %v418, %v100 fastmath<contract> : f32
                %v420 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v419) : (f32) -> f32
                %v421 = arith.addf %v35, %v420 fastmath<contract> : f32
                %v422 = arith.divf %v35, %v421 : f32
                %v423 = arith.muli %v25, %v92 : i64
                %v424 = arith.muli %v23, %size_L : i64
                %v425 = arith.addi %v423, %v424 : i64
                %v426 = arith.addi %v425, %v411 : i64
                %v427 = llvm.getelementptr %dy_y[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v428 = llvm.load %v427 : !llvm.ptr -> f32
                %v429 = arith.mulf %v422, %v428 fastmath<contract> : f32
                %v430 = llvm.load %v31 : !llvm.ptr -> f32
                %v431 = llvm.load %v32 : !llvm.ptr -> f32
                %v432 = arith.mulf %v431, %v430 fastmath<contract> : f32
                %v433 = arith.addf %v429, %v432 fastmath<contract> : f32
                llvm.store %v433, %v31 : f32, !llvm.ptr
                %v434 = llvm.load %v36 : !llvm.ptr -> f32
                %v435 = arith.mulf %v434, %v431 fastmath<contract> : f32
                llvm.store %v435, %v36 : f32, !llvm.ptr
                scf.if %v410 {
                }
                %v436 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                %v438 = arith.subf %v35, %v437 fastmath<contract> : f32
                %v439 = arith.muli %v25, %v92 : i64
                %v440 = arith.muli %v23, %size_L : i64
                %v441 = arith.addi %v439, %v440 : i64
                %v442 = arith.addi %v441, %v411 : i64
                %v443 = llvm.getelementptr %in_g_f[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v444 = llvm.load %v443 : !llvm.ptr -> f32
                %v445 = arith.negf %v444 : f32
                %v446 = arith.mulf %v445, %v100 fastmath<contract> : f32
                %v447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v446) : (f32) -> f32
                %v448 = arith.addf %v35, %v447 fastmath<contract> : f32
                %v449 = arith.divf %v35, %v448 : f32
                %v450 = arith.mulf %v438, %v449 fastmath<contract> : f32
                %v451 = arith.addf %v437, %v450 fastmath<contract> : f32
                llvm.store %v451, %v32 : f32, !llvm.ptr
              } else {
                %v452 = arith.subi %v58, %v1 : i64
                // the group's states, recomputed into registers
                %v453 = arith.subi %v58, %v74 : i64
                %v454 = arith.trunci %v453 : i64 to i32
                %v455 = arith.subi %size_L, %v1 : i64
                %v456 = arith.addi %v56, %v74 : i64
                %v457 = arith.subi %v455, %v456 : i64
                %v458 = arith.minsi %v457, %v84 : i64
                %v459 = arith.trunci %v458 : i64 to i32
                %v460 = arith.addi %v74, %v41 : i64
                %v461 = arith.cmpi slt, %v88, %v454 : i32
                %v462 = arith.cmpi eq, %v88, %v459 : i32
                scf.if %v461 {
                  %v463 = arith.addi %v56, %v460 : i64
                  %v464 = arith.muli %v25, %v92 : i64
                  %v465 = arith.muli %v23, %size_L : i64
                  %v466 = arith.addi %v464, %v465 : i64
                  %v467 = arith.addi %v466, %v463 : i64
                  %v468 = llvm.getelementptr %in_g_o[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v469 = llvm.load %v468 : !llvm.ptr -> f32
                  %v470 = arith.negf %v469 : f32
                  %v471 = arith.mulf %v470, %v100 fastmath<contract> : f32
                  %v472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v471) : (f32) -> f32
                  %v473 = arith.addf %v35, %v472 fastmath<contract> : f32
                  %v474 = arith.divf %v35, %v473 : f32
                  %v475 = arith.muli %v25, %v92 : i64
                  %v476 = arith.muli %v23, %size_L : i64
                  %v477 = arith.addi %v475, %v476 : i64
                  %v478 = arith.addi %v477, %v463 : i64
                  %v479 = llvm.getelementptr %dy_y[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v480 = llvm.load %v479 : !llvm.ptr -> f32
                  %v481 = arith.mulf %v474, %v480 fastmath<contract> : f32
                  %v482 = llvm.load %v31 : !llvm.ptr -> f32
                  %v483 = llvm.load %v32 : !llvm.ptr -> f32
                  %v484 = arith.mulf %v483, %v482 fastmath<contract> : f32
                  %v485 = arith.addf %v481, %v484 fastmath<contract> : f32
                  llvm.store %v485, %v31 : f32, !llvm.ptr
                  %v486 = llvm.load %v36 : !llvm.ptr -> f32
                  %v487 = arith.mulf %v486, %v483 fastmath<contract> : f32
                  llvm.store %v487, %v36 : f32, !llvm.ptr
                  scf.if %v462 {
                  }
                  %v488 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v489 = llvm.load %v488 : !llvm.ptr -> f32
                  %v490 = arith.subf %v35, %v489 fastmath<contract> : f32
                  %v491 = arith.muli %v25, %v92 : i64
                  %v492 = arith.muli %v23, %size_L : i64
                  %v493 = arith.addi %v491, %v492 : i64
                  %v494 = arith.addi %v493, %v463 : i64
                  %v495 = llvm.getelementptr %in_g_f[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v496 = llvm.load %v495 : !llvm.ptr -> f32
                  %v497 = arith.negf %v496 : f32
                  %v498 = arith.mulf %v497, %v100 fastmath<contract> : f32
                  %v499 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v498) : (f32) -> f32
                  %v500 = arith.addf %v35, %v499 fastmath<contract> : f32
                  %v501 = arith.divf %v35, %v500 : f32
                  %v502 = arith.mulf %v490, %v501 fastmath<contract> : f32
                  %v503 = arith.addf %v489, %v502 fastmath<contract> : f32
                  llvm.store %v503, %v32 : f32, !llvm.ptr
                }
                %v504 = arith.addi %v74, %v134 : i64
                %v505 = arith.cmpi slt, %v136, %v454 : i32
                %v506 = arith.cmpi eq, %v136, %v459 : i32
                scf.if %v505 {
                  %v507 = arith.addi %v56, %v504 : i64
                  %v508 = arith.muli %v25, %v92 : i64
                  %v509 = arith.muli %v23, %size_L : i64
                  %v510 = arith.addi %v508, %v509 : i64
                  %v511 = arith.addi %v510, %v507 : i64
                  %v512 = llvm.getelementptr %in_g_o[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v513 = llvm.load %v512 : !llvm.ptr -> f32
                  %v514 = arith.negf %v513 : f32
                  %v515 = arith.mulf %v514, %v100 fastmath<contract> : f32
                  %v516 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v515) : (f32) -> f32
                  %v517 = arith.addf %v35, %v516 fastmath<contract> : f32
                  %v518 = arith.divf %v35, %v517 : f32
                  %v519 = arith.muli %v25, %v92 : i64
                  %v520 = arith.muli %v23, %size_L : i64
                  %v521 = arith.addi %v519, %v520 : i64
                  %v522 = arith.addi %v521, %v507 : i64
                  %v523 = llvm.getelementptr %dy_y[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v524 = llvm.load %v523 : !llvm.ptr -> f32
                  %v525 = arith.mulf %v518, %v524 fastmath<contract> : f32
                  %v526 = llvm.load %v31 : !llvm.ptr -> f32
                  %v527 = llvm.load %v32 : !llvm.ptr -> f32
                  %v528 = arith.mulf %v527, %v526 fastmath<contract> : f32
                  %v529 = arith.addf %v525, %v528 fastmath<contract> : f32
                  llvm.store %v529, %v31 : f32, !llvm.ptr
                  %v530 = llvm.load %v36 : !llvm.ptr -> f32
                  %v531 = arith.mulf %v530, %v527 fastmath<contract> : f32
                  llvm.store %v531, %v36 : f32, !llvm.ptr
                  scf.if %v506 {
                  }
                  %v532 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v533 = llvm.load %v532 : !llvm.ptr -> f32
                  %v534 = arith.subf %v35, %v533 fastmath<contract> : f32
                  %v535 = arith.muli %v25, %v92 : i64
                  %v536 = arith.muli %v23, %size_L : i64
                  %v537 = arith.addi %v535, %v536 : i64
                  %v538 = arith.addi %v537, %v507 : i64
                  %v539 = llvm.getelementptr %in_g_f[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v540 = llvm.load %v539 : !llvm.ptr -> f32
                  %v541 = arith.negf %v540 : f32
                  %v542 = arith.mulf %v541, %v100 fastmath<contract> : f32
                  %v543 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v542) : (f32) -> f32
                  %v544 = arith.addf %v35, %v543 fastmath<contract> : f32
                  %v545 = arith.divf %v35, %v544 : f32
                  %v546 = arith.mulf %v534, %v545 fastmath<contract> : f32
                  %v547 = arith.addf %v533, %v546 fastmath<contract> : f32
                  llvm.store %v547, %v32 : f32, !llvm.ptr
                }
                %v548 = arith.addi %v74, %v180 : i64
                %v549 = arith.cmpi slt, %v182, %v454 : i32
                %v550 = arith.cmpi eq, %v182, %v459 : i32
                scf.if %v549 {
                  %v551 = arith.addi %v56, %v548 : i64
                  %v552 = arith.muli %v25, %v92 : i64
                  %v553 = arith.muli %v23, %size_L : i64
                  %v554 = arith.addi %v552, %v553 : i64
                  %v555 = arith.addi %v554, %v551 : i64
                  %v556 = llvm.getelementptr %in_g_o[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v557 = llvm.load %v556 : !llvm.ptr -> f32
                  %v558 = arith.negf %v557 : f32
                  %v559 = arith.mulf %v558, %v100 fastmath<contract> : f32
                  %v560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v559) : (f32) -> f32
                  %v561 = arith.addf %v35, %v560 fastmath<contract> : f32
                  %v562 = arith.divf %v35, %v561 : f32
                  %v563 = arith.muli %v25, %v92 : i64
                  %v564 = arith.muli %v23, %size_L : i64
                  %v565 = arith.addi %v563, %v564 : i64
                  %v566 = arith.addi %v565, %v551 : i64
                  %v567 = llvm.getelementptr %dy_y[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v568 = llvm.load %v567 : !llvm.ptr -> f32
                  %v569 = arith.mulf %v562, %v568 fastmath<contract> : f32
                  %v570 = llvm.load %v31 : !llvm.ptr -> f32
                  %v571 = llvm.load %v32 : !llvm.ptr -> f32
                  %v572 = arith.mulf %v571, %v570 fastmath<contract> : f32
                  %v573 = arith.addf %v569, %v572 fastmath<contract> : f32
                  llvm.store %v573, %v31 : f32, !llvm.ptr
                  %v574 = llvm.load %v36 : !llvm.ptr -> f32
                  %v575 = arith.mulf %v574, %v571 fastmath<contract> : f32
                  llvm.store %v575, %v36 : f32, !llvm.ptr
                  scf.if %v550 {
                  }
                  %v576 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v577 = llvm.load %v576 : !llvm.ptr -> f32
                  %v578 = arith.subf %v35, %v577 fastmath<contract> : f32
                  %v579 = arith.muli %v25, %v92 : i64
                  %v580 = arith.muli %v23, %size_L : i64
                  %v581 = arith.addi %v579, %v580 : i64
                  %v582 = arith.addi %v581, %v551 : i64
                  %v583 = llvm.getelementptr %in_g_f[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v584 = llvm.load %v583 : !llvm.ptr -> f32
                  %v585 = arith.negf %v584 : f32
                  %v586 = arith.mulf %v585, %v100 fastmath<contract> : f32
                  %v587 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v586) : (f32) -> f32
                  %v588 = arith.addf %v35, %v587 fastmath<contract> : f32
                  %v589 = arith.divf %v35, %v588 : f32
                  %v590 = arith.mulf %v578, %v589 fastmath<contract> : f32
                  %v591 = arith.addf %v577, %v590 fastmath<contract> : f32
                  llvm.store %v591, %v32 : f32, !llvm.ptr
                }
                %v592 = arith.addi %v74, %v27 : i64
                %v593 = arith.cmpi slt, %v227, %v454 : i32
                %v594 = arith.cmpi eq, %v227, %v459 : i32
                scf.if %v593 {
                  %v595 = arith.addi %v56, %v592 : i64
                  %v596 = arith.muli %v25, %v92 : i64
                  %v597 = arith.muli %v23, %size_L : i64
                  %v598 = arith.addi %v596, %v597 : i64
                  %v599 = arith.addi %v598, %v595 : i64
                  %v600 = llvm.getelementptr %in_g_o[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v601 = llvm.load %v600 : !llvm.ptr -> f32
                  %v602 = arith.negf %v601 : f32
                  %v603 = arith.mulf %v602, %v100 fastmath<contract> : f32
                  %v604 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v603) : (f32) -> f32
                  %v605 = arith.addf %v35, %v604 fastmath<contract> : f32
                  %v606 = arith.divf %v35, %v605 : f32
                  %v607 = arith.muli %v25, %v92 : i64
                  %v608 = arith.muli %v23, %size_L : i64
                  %v609 = arith.addi %v607, %v608 : i64
                  %v610 = arith.addi %v609, %v595 : i64
                  %v611 = llvm.getelementptr %dy_y[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v612 = llvm.load %v611 : !llvm.ptr -> f32
                  %v613 = arith.mulf %v606, %v612 fastmath<contract> : f32
                  %v614 = llvm.load %v31 : !llvm.ptr -> f32
                  %v615 = llvm.load %v32 : !llvm.ptr -> f32
                  %v616 = arith.mulf %v615, %v614 fastmath<contract> : f32
                  %v617 = arith.addf %v613, %v616 fastmath<contract> : f32
                  llvm.store %v617, %v31 : f32, !llvm.ptr
                  %v618 = llvm.load %v36 : !llvm.ptr -> f32
                  %v619 = arith.mulf %v618, %v615 fastmath<contract> : f32
                  llvm.store %v619, %v36 : f32, !llvm.ptr
                  scf.if %v594 {
                  }
                  %v620 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v621 = llvm.load %v620 : !llvm.ptr -> f32
                  %v622 = arith.subf %v35, %v621 fastmath<contract> : f32
                  %v623 = arith.muli %v25, %v92 : i64
                  %v624 = arith.muli %v23, %size_L : i64
                  %v625 = arith.addi %v623, %v624 : i64
                  %v626 = arith.addi %v625, %v595 : i64
                  %v627 = llvm.getelementptr %in_g_f[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v628 = llvm.load %v627 : !llvm.ptr -> f32
                  %v629 = arith.negf %v628 : f32
                  %v630 = arith.mulf %v629, %v100 fastmath<contract> : f32
                  %v631 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v630) : (f32) -> f32
                  %v632 = arith.addf %v35, %v631 fastmath<contract> : f32
                  %v633 = arith.divf %v35, %v632 : f32
                  %v634 = arith.mulf %v622, %v633 fastmath<contract> : f32
                  %v635 = arith.addf %v621, %v634 fastmath<contract> : f32
                  llvm.store %v635, %v32 : f32, !llvm.ptr
                }
                %v636 = arith.addi %v74, %v271 : i64
                %v637 = arith.cmpi slt, %v273, %v454 : i32
                %v638 = arith.cmpi eq, %v273, %v459 : i32
                scf.if %v637 {
                  %v639 = arith.addi %v56, %v636 : i64
                  %v640 = arith.muli %v25, %v92 : i64
                  %v641 = arith.muli %v23, %size_L : i64
                  %v642 = arith.addi %v640, %v641 : i64
                  %v643 = arith.addi %v642, %v639 : i64
                  %v644 = llvm.getelementptr %in_g_o[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v645 = llvm.load %v644 : !llvm.ptr -> f32
                  %v646 = arith.negf %v645 : f32
                  %v647 = arith.mulf %v646, %v100 fastmath<contract> : f32
                  %v648 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v647) : (f32) -> f32
                  %v649 = arith.addf %v35, %v648 fastmath<contract> : f32
                  %v650 = arith.divf %v35, %v649 : f32
                  %v651 = arith.muli %v25, %v92 : i64
                  %v652 = arith.muli %v23, %size_L : i64
                  %v653 = arith.addi %v651, %v652 : i64
                  %v654 = arith.addi %v653, %v639 : i64
                  %v655 = llvm.getelementptr %dy_y[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v656 = llvm.load %v655 : !llvm.ptr -> f32
                  %v657 = arith.mulf %v650, %v656 fastmath<contract> : f32
                  %v658 = llvm.load %v31 : !llvm.ptr -> f32
                  %v659 = llvm.load %v32 : !llvm.ptr -> f32
                  %v660 = arith.mulf %v659, %v658 fastmath<contract> : f32
                  %v661 = arith.addf %v657, %v660 fastmath<contract> : f32
                  llvm.store %v661, %v31 : f32, !llvm.ptr
                  %v662 = llvm.load %v36 : !llvm.ptr -> f32
                  %v663 = arith.mulf %v662, %v659 fastmath<contract> : f32
                  llvm.store %v663, %v36 : f32, !llvm.ptr
                  scf.if %v638 {
                  }
                  %v664 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v665 = llvm.load %v664 : !llvm.ptr -> f32
                  %v666 = arith.subf %v35, %v665 fastmath<contract> : f32
                  %v667 = arith.muli %v25, %v92 : i64
                  %v668 = arith.muli %v23, %size_L : i64
                  %v669 = arith.addi %v667, %v668 : i64
                  %v670 = arith.addi %v669, %v639 : i64
                  %v671 = llvm.getelementptr %in_g_f[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v672 = llvm.load %v671 : !llvm.ptr -> f32
                  %v673 = arith.negf %v672 : f32
                  %v674 = arith.mulf %v673, %v100 fastmath<contract> : f32
                  %v675 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v674) : (f32) -> f32
                  %v676 = arith.addf %v35, %v675 fastmath<contract> : f32
                  %v677 = arith.divf %v35, %v676 : f32
                  %v678 = arith.mulf %v666, %v677 fastmath<contract> : f32
                  %v679 = arith.addf %v665, %v678 fastmath<contract> : f32
                  llvm.store %v679, %v32 : f32, !llvm.ptr
                }
                %v680 = arith.addi %v74, %v317 : i64
                %v681 = arith.cmpi slt, %v319, %v454 : i32
                %v682 = arith.cmpi eq, %v319, %v459 : i32
                scf.if %v681 {
                  %v683 = arith.addi %v56, %v680 : i64
                  %v684 = arith.muli %v25, %v92 : i64
                  %v685 = arith.muli %v23, %size_L : i64
                  %v686 = arith.addi %v684, %v685 : i64
                  %v687 = arith.addi %v686, %v683 : i64
                  %v688 = llvm.getelementptr %in_g_o[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v689 = llvm.load %v688 : !llvm.ptr -> f32
                  %v690 = arith.negf %v689 : f32
                  %v691 = arith.mulf %v690, %v100 fastmath<contract> : f32
                  %v692 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v691) : (f32) -> f32
                  %v693 = arith.addf %v35, %v692 fastmath<contract> : f32
                  %v694 = arith.divf %v35, %v693 : f32
                  %v695 = arith.muli %v25, %v92 : i64
                  %v696 = arith.muli %v23, %size_L : i64
                  %v697 = arith.addi %v695, %v696 : i64
                  %v698 = arith.addi %v697, %v683 : i64
                  %v699 = llvm.getelementptr %dy_y[%v698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v700 = llvm.load %v699 : !llvm.ptr -> f32
                  %v701 = arith.mulf %v694, %v700 fastmath<contract> : f32
                  %v702 = llvm.load %v31 : !llvm.ptr -> f32
                  %v703 = llvm.load %v32 : !llvm.ptr -> f32
                  %v704 = arith.mulf %v703, %v702 fastmath<contract> : f32
                  %v705 = arith.addf %v701, %v704 fastmath<contract> : f32
                  llvm.store %v705, %v31 : f32, !llvm.ptr
                  %v706 = llvm.load %v36 : !llvm.ptr -> f32
                  %v707 = arith.mulf %v706, %v703 fastmath<contract> : f32
                  llvm.store %v707, %v36 : f32, !llvm.ptr
                  scf.if %v682 {
                  }
                  %v708 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v709 = llvm.load %v708 : !llvm.ptr -> f32
                  %v710 = arith.subf %v35, %v709 fastmath<contract> : f32
                  %v711 = arith.muli %v25, %v92 : i64
                  %v712 = arith.muli %v23, %size_L : i64
                  %v713 = arith.addi %v711, %v712 : i64
                  %v714 = arith.addi %v713, %v683 : i64
                  %v715 = llvm.getelementptr %in_g_f[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v716 = llvm.load %v715 : !llvm.ptr -> f32
                  %v717 = arith.negf %v716 : f32
                  %v718 = arith.mulf %v717, %v100 fastmath<contract> : f32
                  %v719 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v718) : (f32) -> f32
                  %v720 = arith.addf %v35, %v719 fastmath<contract> : f32
                  %v721 = arith.divf %v35, %v720 : f32
                  %v722 = arith.mulf %v710, %v721 fastmath<contract> : f32
                  %v723 = arith.addf %v709, %v722 fastmath<contract> : f32
                  llvm.store %v723, %v32 : f32, !llvm.ptr
                }
                %v724 = arith.addi %v74, %v1 : i64
                %v725 = arith.cmpi slt, %v364, %v454 : i32
                %v726 = arith.cmpi eq, %v364, %v459 : i32
                scf.if %v725 {
                  %v727 = arith.addi %v56, %v724 : i64
                  %v728 = arith.muli %v25, %v92 : i64
                  %v729 = arith.muli %v23, %size_L : i64
                  %v730 = arith.addi %v728, %v729 : i64
                  %v731 = arith.addi %v730, %v727 : i64
                  %v732 = llvm.getelementptr %in_g_o[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v733 = llvm.load %v732 : !llvm.ptr -> f32
                  %v734 = arith.negf %v733 : f32
                  %v735 = arith.mulf %v734, %v100 fastmath<contract> : f32
                  %v736 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v735) : (f32) -> f32
                  %v737 = arith.addf %v35, %v736 fastmath<contract> : f32
                  %v738 = arith.divf %v35, %v737 : f32
                  %v739 = arith.muli %v25, %v92 : i64
                  %v740 = arith.muli %v23, %size_L : i64
                  %v741 = arith.addi %v739, %v740 : i64
                  %v742 = arith.addi %v741, %v727 : i64
                  %v743 = llvm.getelementptr %dy_y[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v744 = llvm.load %v743 : !llvm.ptr -> f32
                  %v745 = arith.mulf %v738, %v744 fastmath<contract> : f32
                  %v746 = llvm.load %v31 : !llvm.ptr -> f32
                  %v747 = llvm.load %v32 : !llvm.ptr -> f32
                  %v748 = arith.mulf %v747, %v746 fastmath<contract> : f32
                  %v749 = arith.addf %v745, %v748 fastmath<contract> : f32
                  llvm.store %v749, %v31 : f32, !llvm.ptr
                  %v750 = llvm.load %v36 : !llvm.ptr -> f32
                  %v751 = arith.mulf %v750, %v747 fastmath<contract> : f32
                  llvm.store %v751, %v36 : f32, !llvm.ptr
                  scf.if %v726 {
                  }
                  %v752 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v753 = llvm.load %v752 : !llvm.ptr -> f32
                  %v754 = arith.subf %v35, %v753 fastmath<contract> : f32
                  %v755 = arith.muli %v25, %v92 : i64
                  %v756 = arith.muli %v23, %size_L : i64
                  %v757 = arith.addi %v755, %v756 : i64
                  %v758 = arith.addi %v757, %v727 : i64
                  %v759 = llvm.getelementptr %in_g_f[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v760 = llvm.load %v759 : !llvm.ptr -> f32
                  %v761 = arith.negf %v760 : f32
                  %v762 = arith.mulf %v761, %v100 fastmath<contract> : f32
                  %v763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v762) : (f32) -> f32
                  %v764 = arith.addf %v35, %v763 fastmath<contract> : f32
                  %v765 = arith.divf %v35, %v764 : f32
                  %v766 = arith.mulf %v754, %v765 fastmath<contract> : f32
                  %v767 = arith.addf %v753, %v766 fastmath<contract> : f32
                  llvm.store %v767, %v32 : f32, !llvm.ptr
                }
                %v768 = arith.cmpi slt, %v408, %v454 : i32
                %v769 = arith.cmpi eq, %v408, %v459 : i32
                scf.if %v768 {
                  %v770 = arith.addi %v56, %v74 : i64
                  %v771 = arith.muli %v25, %v92 : i64
                  %v772 = arith.muli %v23, %size_L : i64
                  %v773 = arith.addi %v771, %v772 : i64
                  %v774 = arith.addi %v773, %v770 : i64
                  %v775 = llvm.getelementptr %in_g_o[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v776 = llvm.load %v775 : !llvm.ptr -> f32
                  %v777 = arith.negf %v776 : f32
                  %v778 = arith.mulf %v777, %v100 fastmath<contract> : f32
                  %v779 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v778) : (f32) -> f32
                  %v780 = arith.addf %v35, %v779 fastmath<contract> : f32
                  %v781 = arith.divf %v35, %v780 : f32
                  %v782 = arith.muli %v25, %v92 : i64
                  %v783 = arith.muli %v23, %size_L : i64
                  %v784 = arith.addi %v782, %v783 : i64
                  %v785 = arith.addi %v784, %v770 : i64
                  %v786 = llvm.getelementptr %dy_y[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v787 = llvm.load %v786 : !llvm.ptr -> f32
                  %v788 = arith.mulf %v781, %v787 fastmath<contract> : f32
                  %v789 = llvm.load %v31 : !llvm.ptr -> f32
                  %v790 = llvm.load %v32 : !llvm.ptr -> f32
                  %v791 = arith.mulf %v790, %v789 fastmath<contract> : f32
                  %v792 = arith.addf %v788, %v791 fastmath<contract> : f32
                  llvm.store %v792, %v31 : f32, !llvm.ptr
                  %v793 = llvm.load %v36 : !llvm.ptr -> f32
                  %v794 = arith.mulf %v793, %v790 fastmath<contract> : f32
                  llvm.store %v794, %v36 : f32, !llvm.ptr
                  scf.if %v769 {
                  }
                  %v795 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v796 = llvm.load %v795 : !llvm.ptr -> f32
                  %v797 = arith.subf %v35, %v796 fastmath<contract> : f32
                  %v798 = arith.muli %v25, %v92 : i64
                  %v799 = arith.muli %v23, %size_L : i64
                  %v800 = arith.addi %v798, %v799 : i64
                  %v801 = arith.addi %v800, %v770 : i64
                  %v802 = llvm.getelementptr %in_g_f[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v803 = llvm.load %v802 : !llvm.ptr -> f32
                  %v804 = arith.negf %v803 : f32
                  %v805 = arith.mulf %v804, %v100 fastmath<contract> : f32
                  %v806 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v805) : (f32) -> f32
                  %v807 = arith.addf %v35, %v806 fastmath<contract> : f32
                  %v808 = arith.divf %v35, %v807 : f32
                  %v809 = arith.mulf %v797, %v808 fastmath<contract> : f32
                  %v810 = arith.addf %v796, %v809 fastmath<contract> : f32
                  llvm.store %v810, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v20 {
        %v811 = llvm.load %v31 : !llvm.ptr -> f32
        %v812 = arith.muli %v16, %v2 : i64
        %v813 = arith.subi %v2, %v1 : i64
        %v814 = arith.minsi %v19, %v813 : i64
        %v815 = arith.addi %v812, %v814 : i64
        %v816 = llvm.getelementptr %segsum_h[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v811, %v816 : f32, !llvm.ptr
        %v817 = llvm.load %v36 : !llvm.ptr -> f32
        %v818 = arith.addi %v6, %v16 : i64
        %v819 = arith.muli %v818, %v2 : i64
        %v820 = arith.subi %v2, %v1 : i64
        %v821 = arith.minsi %v19, %v820 : i64
        %v822 = arith.addi %v819, %v821 : i64
        %v823 = llvm.getelementptr %segsum_h[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v817, %v823 : f32, !llvm.ptr
        %v824 = llvm.load %v32 : !llvm.ptr -> f32
        %v825 = arith.muli %v317, %v6 : i64
        %v826 = arith.addi %v825, %v16 : i64
        %v827 = arith.muli %v826, %v2 : i64
        %v828 = arith.subi %v2, %v1 : i64
        %v829 = arith.minsi %v19, %v828 : i64
        %v830 = arith.addi %v827, %v829 : i64
        %v831 = llvm.getelementptr %segsum_h[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v824, %v831 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
