module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_bwd_sum(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
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
      %v177 = arith.constant 5 : i64
      %v179 = arith.constant 5 : i32
      %v221 = arith.constant 4 : i32
      %v262 = arith.constant 3 : i64
      %v264 = arith.constant 3 : i32
      %v305 = arith.constant 2 : i64
      %v307 = arith.constant 2 : i32
      %v349 = arith.constant 1 : i32
      %v390 = arith.constant 0 : i32
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
      %v118 = llvm.getelementptr %in_gamma[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v119 = llvm.load %v118 : !llvm.ptr -> f32
      %v120 = arith.subf %v35, %v119 fastmath<contract> : f32
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
                %v164 = arith.muli %v25, %v92 : i64
                %v165 = arith.muli %v23, %size_L : i64
                %v166 = arith.addi %v164, %v165 : i64
                %v167 = arith.addi %v166, %v139 : i64
                %v168 = llvm.getelementptr %in_g_f[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v169 = llvm.load %v168 : !llvm.ptr -> f32
                %v170 = arith.negf %v169 : f32
                %v171 = arith.mulf %v170, %v100 fastmath<contract> : f32
                %v172 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v171) : (f32) -> f32
                %v173 = arith.addf %v35, %v172 fastmath<contract> : f32
                %v174 = arith.divf %v35, %v173 : f32
                %v175 = arith.mulf %v120, %v174 fastmath<contract> : f32
                %v176 = arith.addf %v119, %v175 fastmath<contract> : f32
                llvm.store %v176, %v32 : f32, !llvm.ptr
                %v178 = arith.addi %v74, %v177 : i64
                %v180 = arith.cmpi slt, %v179, %v80 : i32
                %v181 = arith.cmpi eq, %v179, %v86 : i32
                %v182 = arith.addi %v56, %v178 : i64
                %v183 = arith.muli %v25, %v92 : i64
                %v184 = arith.muli %v23, %size_L : i64
                %v185 = arith.addi %v183, %v184 : i64
                %v186 = arith.addi %v185, %v182 : i64
                %v187 = llvm.getelementptr %in_g_o[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v189 = arith.negf %v188 : f32
                %v190 = arith.mulf %v189, %v100 fastmath<contract> : f32
                %v191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v190) : (f32) -> f32
                %v192 = arith.addf %v35, %v191 fastmath<contract> : f32
                %v193 = arith.divf %v35, %v192 : f32
                %v194 = arith.muli %v25, %v92 : i64
                %v195 = arith.muli %v23, %size_L : i64
                %v196 = arith.addi %v194, %v195 : i64
                %v197 = arith.addi %v196, %v182 : i64
                %v198 = llvm.getelementptr %dy_y[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v199 = llvm.load %v198 : !llvm.ptr -> f32
                %v200 = arith.mulf %v193, %v199 fastmath<contract> : f32
                %v201 = llvm.load %v31 : !llvm.ptr -> f32
                %v202 = llvm.load %v32 : !llvm.ptr -> f32
                %v203 = arith.mulf %v202, %v201 fastmath<contract> : f32
                %v204 = arith.addf %v200, %v203 fastmath<contract> : f32
                llvm.store %v204, %v31 : f32, !llvm.ptr
                %v205 = llvm.load %v36 : !llvm.ptr -> f32
                %v206 = arith.mulf %v205, %v202 fastmath<contract> : f32
                llvm.store %v206, %v36 : f32, !llvm.ptr
                scf.if %v181 {
                }
                %v207 = arith.muli %v25, %v92 : i64
                %v208 = arith.muli %v23, %size_L : i64
                %v209 = arith.addi %v207, %v208 : i64
                %v210 = arith.addi %v209, %v182 : i64
                %v211 = llvm.getelementptr %in_g_f[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v212 = llvm.load %v211 : !llvm.ptr -> f32
                %v213 = arith.negf %v212 : f32
                %v214 = arith.mulf %v213, %v100 fastmath<contract> : f32
                %v215 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v214) : (f32) -> f32
                %v216 = arith.addf %v35, %v215 fastmath<contract> : f32
                %v217 = arith.divf %v35, %v216 : f32
                %v218 = arith.mulf %v120, %v217 fastmath<contract> : f32
                %v219 = arith.addf %v119, %v218 fastmath<contract> : f32
                llvm.store %v219, %v32 : f32, !llvm.ptr
                %v220 = arith.addi %v74, %v27 : i64
                %v222 = arith.cmpi slt, %v221, %v80 : i32
                %v223 = arith.cmpi eq, %v221, %v86 : i32
                %v224 = arith.addi %v56, %v220 : i64
                %v225 = arith.muli %v25, %v92 : i64
                %v226 = arith.muli %v23, %size_L : i64
                %v227 = arith.addi %v225, %v226 : i64
                %v228 = arith.addi %v227, %v224 : i64
                %v229 = llvm.getelementptr %in_g_o[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v230 = llvm.load %v229 : !llvm.ptr -> f32
                %v231 = arith.negf %v230 : f32
                %v232 = arith.mulf %v231, %v100 fastmath<contract> : f32
                %v233 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v232) : (f32) -> f32
                %v234 = arith.addf %v35, %v233 fastmath<contract> : f32
                %v235 = arith.divf %v35, %v234 : f32
                %v236 = arith.muli %v25, %v92 : i64
                %v237 = arith.muli %v23, %size_L : i64
                %v238 = arith.addi %v236, %v237 : i64
                %v239 = arith.addi %v238, %v224 : i64
                %v240 = llvm.getelementptr %dy_y[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v241 = llvm.load %v240 : !llvm.ptr -> f32
                %v242 = arith.mulf %v235, %v241 fastmath<contract> : f32
                %v243 = llvm.load %v31 : !llvm.ptr -> f32
                %v244 = llvm.load %v32 : !llvm.ptr -> f32
                %v245 = arith.mulf %v244, %v243 fastmath<contract> : f32
                %v246 = arith.addf %v242, %v245 fastmath<contract> : f32
                llvm.store %v246, %v31 : f32, !llvm.ptr
                %v247 = llvm.load %v36 : !llvm.ptr -> f32
                %v248 = arith.mulf %v247, %v244 fastmath<contract> : f32
                llvm.store %v248, %v36 : f32, !llvm.ptr
                scf.if %v223 {
                }
                %v249 = arith.muli %v25, %v92 : i64
                %v250 = arith.muli %v23, %size_L : i64
                %v251 = arith.addi %v249, %v250 : i64
                %v252 = arith.addi %v251, %v224 : i64
                %v253 = llvm.getelementptr %in_g_f[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v254 = llvm.load %v253 : !llvm.ptr -> f32
                %v255 = arith.negf %v254 : f32
                %v256 = arith.mulf %v255, %v100 fastmath<contract> : f32
                %v257 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v256) : (f32) -> f32
                %v258 = arith.addf %v35, %v257 fastmath<contract> : f32
                %v259 = arith.divf %v35, %v258 : f32
                %v260 = arith.mulf %v120, %v259 fastmath<contract> : f32
                %v261 = arith.addf %v119, %v260 fastmath<contract> : f32
                llvm.store %v261, %v32 : f32, !llvm.ptr
                %v263 = arith.addi %v74, %v262 : i64
                %v265 = arith.cmpi slt, %v264, %v80 : i32
                %v266 = arith.cmpi eq, %v264, %v86 : i32
                %v267 = arith.addi %v56, %v263 : i64
                %v268 = arith.muli %v25, %v92 : i64
                %v269 = arith.muli %v23, %size_L : i64
                %v270 = arith.addi %v268, %v269 : i64
                %v271 = arith.addi %v270, %v267 : i64
                %v272 = llvm.getelementptr %in_g_o[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v273 = llvm.load %v272 : !llvm.ptr -> f32
                %v274 = arith.negf %v273 : f32
                %v275 = arith.mulf %v274, %v100 fastmath<contract> : f32
                %v276 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v275) : (f32) -> f32
                %v277 = arith.addf %v35, %v276 fastmath<contract> : f32
                %v278 = arith.divf %v35, %v277 : f32
                %v279 = arith.muli %v25, %v92 : i64
                %v280 = arith.muli %v23, %size_L : i64
                %v281 = arith.addi %v279, %v280 : i64
                %v282 = arith.addi %v281, %v267 : i64
                %v283 = llvm.getelementptr %dy_y[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v284 = llvm.load %v283 : !llvm.ptr -> f32
                %v285 = arith.mulf %v278, %v284 fastmath<contract> : f32
                %v286 = llvm.load %v31 : !llvm.ptr -> f32
                %v287 = llvm.load %v32 : !llvm.ptr -> f32
                %v288 = arith.mulf %v287, %v286 fastmath<contract> : f32
                %v289 = arith.addf %v285, %v288 fastmath<contract> : f32
                llvm.store %v289, %v31 : f32, !llvm.ptr
                %v290 = llvm.load %v36 : !llvm.ptr -> f32
                %v291 = arith.mulf %v290, %v287 fastmath<contract> : f32
                llvm.store %v291, %v36 : f32, !llvm.ptr
                scf.if %v266 {
                }
                %v292 = arith.muli %v25, %v92 : i64
                %v293 = arith.muli %v23, %size_L : i64
                %v294 = arith.addi %v292, %v293 : i64
                %v295 = arith.addi %v294, %v267 : i64
                %v296 = llvm.getelementptr %in_g_f[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v297 = llvm.load %v296 : !llvm.ptr -> f32
                %v298 = arith.negf %v297 : f32
                %v299 = arith.mulf %v298, %v100 fastmath<contract> : f32
                %v300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v299) : (f32) -> f32
                %v301 = arith.addf %v35, %v300 fastmath<contract> : f32
                %v302 = arith.divf %v35, %v301 : f32
                %v303 = arith.mulf %v120, %v302 fastmath<contract> : f32
                %v304 = arith.addf %v119, %v303 fastmath<contract> : f32
                llvm.store %v304, %v32 : f32, !llvm.ptr
                %v306 = arith.addi %v74, %v305 : i64
                %v308 = arith.cmpi slt, %v307, %v80 : i32
                %v309 = arith.cmpi eq, %v307, %v86 : i32
                %v310 = arith.addi %v56, %v306 : i64
                %v311 = arith.muli %v25, %v92 : i64
                %v312 = arith.muli %v23, %size_L : i64
                %v313 = arith.addi %v311, %v312 : i64
                %v314 = arith.addi %v313, %v310 : i64
                %v315 = llvm.getelementptr %in_g_o[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v316 = llvm.load %v315 : !llvm.ptr -> f32
                %v317 = arith.negf %v316 : f32
                %v318 = arith.mulf %v317, %v100 fastmath<contract> : f32
                %v319 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v318) : (f32) -> f32
                %v320 = arith.addf %v35, %v319 fastmath<contract> : f32
                %v321 = arith.divf %v35, %v320 : f32
                %v322 = arith.muli %v25, %v92 : i64
                %v323 = arith.muli %v23, %size_L : i64
                %v324 = arith.addi %v322, %v323 : i64
                %v325 = arith.addi %v324, %v310 : i64
                %v326 = llvm.getelementptr %dy_y[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v327 = llvm.load %v326 : !llvm.ptr -> f32
                %v328 = arith.mulf %v321, %v327 fastmath<contract> : f32
                %v329 = llvm.load %v31 : !llvm.ptr -> f32
                %v330 = llvm.load %v32 : !llvm.ptr -> f32
                %v331 = arith.mulf %v330, %v329 fastmath<contract> : f32
                %v332 = arith.addf %v328, %v331 fastmath<contract> : f32
                llvm.store %v332, %v31 : f32, !llvm.ptr
                %v333 = llvm.load %v36 : !llvm.ptr -> f32
                %v334 = arith.mulf %v333, %v330 fastmath<contract> : f32
                llvm.store %v334, %v36 : f32, !llvm.ptr
                scf.if %v309 {
                }
                %v335 = arith.muli %v25, %v92 : i64
                %v336 = arith.muli %v23, %size_L : i64
                %v337 = arith.addi %v335, %v336 : i64
                %v338 = arith.addi %v337, %v310 : i64
                %v339 = llvm.getelementptr %in_g_f[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v340 = llvm.load %v339 : !llvm.ptr -> f32
                %v341 = arith.negf %v340 : f32
                %v342 = arith.mulf %v341, %v100 fastmath<contract> : f32
                %v343 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v342) : (f32) -> f32
                %v344 = arith.addf %v35, %v343 fastmath<contract> : f32
                %v345 = arith.divf %v35, %v344 : f32
                %v346 = arith.mulf %v120, %v345 fastmath<contract> : f32
                %v347 = arith.addf %v119, %v346 fastmath<contract> : f32
                llvm.store %v347, %v32 : f32, !llvm.ptr
                %v348 = arith.addi %v74, %v1 : i64
                %v350 = arith.cmpi slt, %v349, %v80 : i32
                %v351 = arith.cmpi eq, %v349, %v86 : i32
                %v352 = arith.addi %v56, %v348 : i64
                %v353 = arith.muli %v25, %v92 : i64
                %v354 = arith.muli %v23, %size_L : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = arith.addi %v355, %v352 : i64
                %v357 = llvm.getelementptr %in_g_o[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v358 = llvm.load %v357 : !llvm.ptr -> f32
                %v359 = arith.negf %v358 : f32
                %v360 = arith.mulf %v359, %v100 fastmath<contract> : f32
                %v361 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v360) : (f32) -> f32
                %v362 = arith.addf %v35, %v361 fastmath<contract> : f32
                %v363 = arith.divf %v35, %v362 : f32
                %v364 = arith.muli %v25, %v92 : i64
                %v365 = arith.muli %v23, %size_L : i64
                %v366 = arith.addi %v364, %v365 : i64
                %v367 = arith.addi %v366, %v352 : i64
                %v368 = llvm.getelementptr %dy_y[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v369 = llvm.load %v368 : !llvm.ptr -> f32
                %v370 = arith.mulf %v363, %v369 fastmath<contract> : f32
                %v371 = llvm.load %v31 : !llvm.ptr -> f32
                %v372 = llvm.load %v32 : !llvm.ptr -> f32
                %v373 = arith.mulf %v372, %v371 fastmath<contract> : f32
                %v374 = arith.addf %v370, %v373 fastmath<contract> : f32
                llvm.store %v374, %v31 : f32, !llvm.ptr
                %v375 = llvm.load %v36 : !llvm.ptr -> f32
                %v376 = arith.mulf %v375, %v372 fastmath<contract> : f32
                llvm.store %v376, %v36 : f32, !llvm.ptr
                scf.if %v351 {
                }
                %v377 = arith.muli %v25, %v92 : i64
                %v378 = arith.muli %v23, %size_L : i64
                %v379 = arith.addi %v377, %v378 : i64
                %v380 = arith.addi %v379, %v352 : i64
                %v381 = llvm.getelementptr %in_g_f[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v382 = llvm.load %v381 : !llvm.ptr -> f32
                %v383 = arith.negf %v382 : f32
                %v384 = arith.mulf %v383, %v100 fastmath<contract> : f32
                %v385 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v384) : (f32) -> f32
                %v386 = arith.addf %v35, %v385 fastmath<contract> : f32
                %v387 = arith.divf %v35, %v386 : f32
                %v388 = arith.mulf %v120, %v387 fastmath<contract> : f32
                %v389 = arith.addf %v119, %v388 fastmath<contract> : f32
                llvm.store %v389, %v32 : f32, !llvm.ptr
                %v391 = arith.cmpi slt, %v390, %v80 : i32
                %v392 = arith.cmpi eq, %v390, %v86 : i32
                %v393 = arith.addi %v56, %v74 : i64
                %v394 = arith.muli %v25, %v92 : i64
                %v395 = arith.muli %v23, %size_L : i64
                %v396 = arith.addi %v394, %v395 : i64
                %v397 = arith.addi %v396, %v393 : i64
                %v398 = llvm.getelementptr %in_g_o[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v399 = llvm.load %v398 : !llvm.ptr -> f32
                %v400 = arith.negf %v399 : f32
                %v401 = arith.mulf %v400, %v100 fastmath<contract> : f32
                %v402 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v401) : (f32) -> f32
                %v403 = arith.addf %v35, %v402 fastmath<contract> : f32
                %v404 = arith.divf %v35, %v403 : f32
                %v405 = arith.muli %v25, %v92 : i64
                %v406 = arith.muli %v23, %size_L : i64
                %v407 = arith.addi %v405, %v406 : i64
                %v408 = arith.addi %v407, %v393 : i64
                %v409 = llvm.getelementptr %dy_y[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v410 = llvm.load %v409 : !llvm.ptr -> f32
                %v411 = arith.mulf %v404, %v410 fastmath<contract> : f32
                %v412 = llvm.load %v31 : !llvm.ptr -> f32
                %v413 = llvm.load %v32 : !llvm.ptr -> f32
                %v414 = arith.mulf %v413, %v412 fastmath<contract> : f32
                %v415 = arith.addf %v411, %v414 fastmath<contract> : f32
                llvm.store %v415, %v31 : f32, !llvm.ptr
                %v416 = llvm.load %v36 : !llvm.ptr -> f32
                %v417 = arith.mulf %v416, %v413 fastmath<contract> : f32
                llvm.store %v417, %v36 : f32, !llvm.ptr
                scf.if %v392 {
                }
                %v418 = arith.muli %v25, %v92 : i64
                %v419 = arith.muli %v23, %size_L : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = arith.addi %v420, %v393 : i64
                %v422 = llvm.getelementptr %in_g_f[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v423 = llvm.load %v422 : !llvm.ptr -> f32
                %v424 = arith.negf %v423 : f32
                %v425 = arith.mulf %v424, %v100 fastmath<contract> : f32
                %v426 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v425) : (f32) -> f32
                %v427 = arith.addf %v35, %v426 fastmath<contract> : f32
                %v428 = arith.divf %v35, %v427 : f32
                %v429 = arith.mulf %v120, %v428 fastmath<contract> : f32
                %v430 = arith.addf %v119, %v429 fastmath<contract> : f32
                llvm.store %v430, %v32 : f32, !llvm.ptr
              } else {
                %v431 = arith.subi %v58, %v1 : i64
                // the group's states, recomputed into registers
                %v432 = arith.subi %v58, %v74 : i64
                %v433 = arith.trunci %v432 : i64 to i32
                %v434 = arith.subi %size_L, %v1 : i64
                %v435 = arith.addi %v56, %v74 : i64
                %v436 = arith.subi %v434, %v435 : i64
                %v437 = arith.minsi %v436, %v84 : i64
                %v438 = arith.trunci %v437 : i64 to i32
                %v439 = arith.addi %v74, %v41 : i64
                %v440 = arith.cmpi slt, %v88, %v433 : i32
                %v441 = arith.cmpi eq, %v88, %v438 : i32
                scf.if %v440 {
                  %v442 = arith.addi %v56, %v439 : i64
                  %v443 = arith.muli %v25, %v92 : i64
                  %v444 = arith.muli %v23, %size_L : i64
                  %v445 = arith.addi %v443, %v444 : i64
                  %v446 = arith.addi %v445, %v442 : i64
                  %v447 = llvm.getelementptr %in_g_o[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v448 = llvm.load %v447 : !llvm.ptr -> f32
                  %v449 = arith.negf %v448 : f32
                  %v450 = arith.mulf %v449, %v100 fastmath<contract> : f32
                  %v451 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v450) : (f32) -> f32
                  %v452 = arith.addf %v35, %v451 fastmath<contract> : f32
                  %v453 = arith.divf %v35, %v452 : f32
                  %v454 = arith.muli %v25, %v92 : i64
                  %v455 = arith.muli %v23, %size_L : i64
                  %v456 = arith.addi %v454, %v455 : i64
                  %v457 = arith.addi %v456, %v442 : i64
                  %v458 = llvm.getelementptr %dy_y[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v459 = llvm.load %v458 : !llvm.ptr -> f32
                  %v460 = arith.mulf %v453, %v459 fastmath<contract> : f32
                  %v461 = llvm.load %v31 : !llvm.ptr -> f32
                  %v462 = llvm.load %v32 : !llvm.ptr -> f32
                  %v463 = arith.mulf %v462, %v461 fastmath<contract> : f32
                  %v464 = arith.addf %v460, %v463 fastmath<contract> : f32
                  llvm.store %v464, %v31 : f32, !llvm.ptr
                  %v465 = llvm.load %v36 : !llvm.ptr -> f32
                  %v466 = arith.mulf %v465, %v462 fastmath<contract> : f32
                  llvm.store %v466, %v36 : f32, !llvm.ptr
                  scf.if %v441 {
                  }
                  %v467 = arith.muli %v25, %v92 : i64
                  %v468 = arith.muli %v23, %size_L : i64
                  %v469 = arith.addi %v467, %v468 : i64
                  %v470 = arith.addi %v469, %v442 : i64
                  %v471 = llvm.getelementptr %in_g_f[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v472 = llvm.load %v471 : !llvm.ptr -> f32
                  %v473 = arith.negf %v472 : f32
                  %v474 = arith.mulf %v473, %v100 fastmath<contract> : f32
                  %v475 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v474) : (f32) -> f32
                  %v476 = arith.addf %v35, %v475 fastmath<contract> : f32
                  %v477 = arith.divf %v35, %v476 : f32
                  %v478 = arith.mulf %v120, %v477 fastmath<contract> : f32
                  %v479 = arith.addf %v119, %v478 fastmath<contract> : f32
                  llvm.store %v479, %v32 : f32, !llvm.ptr
                }
                %v480 = arith.addi %v74, %v134 : i64
                %v481 = arith.cmpi slt, %v136, %v433 : i32
                %v482 = arith.cmpi eq, %v136, %v438 : i32
                scf.if %v481 {
                  %v483 = arith.addi %v56, %v480 : i64
                  %v484 = arith.muli %v25, %v92 : i64
                  %v485 = arith.muli %v23, %size_L : i64
                  %v486 = arith.addi %v484, %v485 : i64
                  %v487 = arith.addi %v486, %v483 : i64
                  %v488 = llvm.getelementptr %in_g_o[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v489 = llvm.load %v488 : !llvm.ptr -> f32
                  %v490 = arith.negf %v489 : f32
                  %v491 = arith.mulf %v490, %v100 fastmath<contract> : f32
                  %v492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v491) : (f32) -> f32
                  %v493 = arith.addf %v35, %v492 fastmath<contract> : f32
                  %v494 = arith.divf %v35, %v493 : f32
                  %v495 = arith.muli %v25, %v92 : i64
                  %v496 = arith.muli %v23, %size_L : i64
                  %v497 = arith.addi %v495, %v496 : i64
                  %v498 = arith.addi %v497, %v483 : i64
                  %v499 = llvm.getelementptr %dy_y[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v500 = llvm.load %v499 : !llvm.ptr -> f32
                  %v501 = arith.mulf %v494, %v500 fastmath<contract> : f32
                  %v502 = llvm.load %v31 : !llvm.ptr -> f32
                  %v503 = llvm.load %v32 : !llvm.ptr -> f32
                  %v504 = arith.mulf %v503, %v502 fastmath<contract> : f32
                  %v505 = arith.addf %v501, %v504 fastmath<contract> : f32
                  llvm.store %v505, %v31 : f32, !llvm.ptr
                  %v506 = llvm.load %v36 : !llvm.ptr -> f32
                  %v507 = arith.mulf %v506, %v503 fastmath<contract> : f32
                  llvm.store %v507, %v36 : f32, !llvm.ptr
                  scf.if %v482 {
                  }
                  %v508 = arith.muli %v25, %v92 : i64
                  %v509 = arith.muli %v23, %size_L : i64
                  %v510 = arith.addi %v508, %v509 : i64
                  %v511 = arith.addi %v510, %v483 : i64
                  %v512 = llvm.getelementptr %in_g_f[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v513 = llvm.load %v512 : !llvm.ptr -> f32
                  %v514 = arith.negf %v513 : f32
                  %v515 = arith.mulf %v514, %v100 fastmath<contract> : f32
                  %v516 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v515) : (f32) -> f32
                  %v517 = arith.addf %v35, %v516 fastmath<contract> : f32
                  %v518 = arith.divf %v35, %v517 : f32
                  %v519 = arith.mulf %v120, %v518 fastmath<contract> : f32
                  %v520 = arith.addf %v119, %v519 fastmath<contract> : f32
                  llvm.store %v520, %v32 : f32, !llvm.ptr
                }
                %v521 = arith.addi %v74, %v177 : i64
                %v522 = arith.cmpi slt, %v179, %v433 : i32
                %v523 = arith.cmpi eq, %v179, %v438 : i32
                scf.if %v522 {
                  %v524 = arith.addi %v56, %v521 : i64
                  %v525 = arith.muli %v25, %v92 : i64
                  %v526 = arith.muli %v23, %size_L : i64
                  %v527 = arith.addi %v525, %v526 : i64
                  %v528 = arith.addi %v527, %v524 : i64
                  %v529 = llvm.getelementptr %in_g_o[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v530 = llvm.load %v529 : !llvm.ptr -> f32
                  %v531 = arith.negf %v530 : f32
                  %v532 = arith.mulf %v531, %v100 fastmath<contract> : f32
                  %v533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v532) : (f32) -> f32
                  %v534 = arith.addf %v35, %v533 fastmath<contract> : f32
                  %v535 = arith.divf %v35, %v534 : f32
                  %v536 = arith.muli %v25, %v92 : i64
                  %v537 = arith.muli %v23, %size_L : i64
                  %v538 = arith.addi %v536, %v537 : i64
                  %v539 = arith.addi %v538, %v524 : i64
                  %v540 = llvm.getelementptr %dy_y[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v541 = llvm.load %v540 : !llvm.ptr -> f32
                  %v542 = arith.mulf %v535, %v541 fastmath<contract> : f32
                  %v543 = llvm.load %v31 : !llvm.ptr -> f32
                  %v544 = llvm.load %v32 : !llvm.ptr -> f32
                  %v545 = arith.mulf %v544, %v543 fastmath<contract> : f32
                  %v546 = arith.addf %v542, %v545 fastmath<contract> : f32
                  llvm.store %v546, %v31 : f32, !llvm.ptr
                  %v547 = llvm.load %v36 : !llvm.ptr -> f32
                  %v548 = arith.mulf %v547, %v544 fastmath<contract> : f32
                  llvm.store %v548, %v36 : f32, !llvm.ptr
                  scf.if %v523 {
                  }
                  %v549 = arith.muli %v25, %v92 : i64
                  %v550 = arith.muli %v23, %size_L : i64
                  %v551 = arith.addi %v549, %v550 : i64
                  %v552 = arith.addi %v551, %v524 : i64
                  %v553 = llvm.getelementptr %in_g_f[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v554 = llvm.load %v553 : !llvm.ptr -> f32
                  %v555 = arith.negf %v554 : f32
                  %v556 = arith.mulf %v555, %v100 fastmath<contract> : f32
                  %v557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v556) : (f32) -> f32
                  %v558 = arith.addf %v35, %v557 fastmath<contract> : f32
                  %v559 = arith.divf %v35, %v558 : f32
                  %v560 = arith.mulf %v120, %v559 fastmath<contract> : f32
                  %v561 = arith.addf %v119, %v560 fastmath<contract> : f32
                  llvm.store %v561, %v32 : f32, !llvm.ptr
                }
                %v562 = arith.addi %v74, %v27 : i64
                %v563 = arith.cmpi slt, %v221, %v433 : i32
                %v564 = arith.cmpi eq, %v221, %v438 : i32
                scf.if %v563 {
                  %v565 = arith.addi %v56, %v562 : i64
                  %v566 = arith.muli %v25, %v92 : i64
                  %v567 = arith.muli %v23, %size_L : i64
                  %v568 = arith.addi %v566, %v567 : i64
                  %v569 = arith.addi %v568, %v565 : i64
                  %v570 = llvm.getelementptr %in_g_o[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v571 = llvm.load %v570 : !llvm.ptr -> f32
                  %v572 = arith.negf %v571 : f32
                  %v573 = arith.mulf %v572, %v100 fastmath<contract> : f32
                  %v574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v573) : (f32) -> f32
                  %v575 = arith.addf %v35, %v574 fastmath<contract> : f32
                  %v576 = arith.divf %v35, %v575 : f32
                  %v577 = arith.muli %v25, %v92 : i64
                  %v578 = arith.muli %v23, %size_L : i64
                  %v579 = arith.addi %v577, %v578 : i64
                  %v580 = arith.addi %v579, %v565 : i64
                  %v581 = llvm.getelementptr %dy_y[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v582 = llvm.load %v581 : !llvm.ptr -> f32
                  %v583 = arith.mulf %v576, %v582 fastmath<contract> : f32
                  %v584 = llvm.load %v31 : !llvm.ptr -> f32
                  %v585 = llvm.load %v32 : !llvm.ptr -> f32
                  %v586 = arith.mulf %v585, %v584 fastmath<contract> : f32
                  %v587 = arith.addf %v583, %v586 fastmath<contract> : f32
                  llvm.store %v587, %v31 : f32, !llvm.ptr
                  %v588 = llvm.load %v36 : !llvm.ptr -> f32
                  %v589 = arith.mulf %v588, %v585 fastmath<contract> : f32
                  llvm.store %v589, %v36 : f32, !llvm.ptr
                  scf.if %v564 {
                  }
                  %v590 = arith.muli %v25, %v92 : i64
                  %v591 = arith.muli %v23, %size_L : i64
                  %v592 = arith.addi %v590, %v591 : i64
                  %v593 = arith.addi %v592, %v565 : i64
                  %v594 = llvm.getelementptr %in_g_f[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v595 = llvm.load %v594 : !llvm.ptr -> f32
                  %v596 = arith.negf %v595 : f32
                  %v597 = arith.mulf %v596, %v100 fastmath<contract> : f32
                  %v598 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v597) : (f32) -> f32
                  %v599 = arith.addf %v35, %v598 fastmath<contract> : f32
                  %v600 = arith.divf %v35, %v599 : f32
                  %v601 = arith.mulf %v120, %v600 fastmath<contract> : f32
                  %v602 = arith.addf %v119, %v601 fastmath<contract> : f32
                  llvm.store %v602, %v32 : f32, !llvm.ptr
                }
                %v603 = arith.addi %v74, %v262 : i64
                %v604 = arith.cmpi slt, %v264, %v433 : i32
                %v605 = arith.cmpi eq, %v264, %v438 : i32
                scf.if %v604 {
                  %v606 = arith.addi %v56, %v603 : i64
                  %v607 = arith.muli %v25, %v92 : i64
                  %v608 = arith.muli %v23, %size_L : i64
                  %v609 = arith.addi %v607, %v608 : i64
                  %v610 = arith.addi %v609, %v606 : i64
                  %v611 = llvm.getelementptr %in_g_o[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v612 = llvm.load %v611 : !llvm.ptr -> f32
                  %v613 = arith.negf %v612 : f32
                  %v614 = arith.mulf %v613, %v100 fastmath<contract> : f32
                  %v615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v614) : (f32) -> f32
                  %v616 = arith.addf %v35, %v615 fastmath<contract> : f32
                  %v617 = arith.divf %v35, %v616 : f32
                  %v618 = arith.muli %v25, %v92 : i64
                  %v619 = arith.muli %v23, %size_L : i64
                  %v620 = arith.addi %v618, %v619 : i64
                  %v621 = arith.addi %v620, %v606 : i64
                  %v622 = llvm.getelementptr %dy_y[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v623 = llvm.load %v622 : !llvm.ptr -> f32
                  %v624 = arith.mulf %v617, %v623 fastmath<contract> : f32
                  %v625 = llvm.load %v31 : !llvm.ptr -> f32
                  %v626 = llvm.load %v32 : !llvm.ptr -> f32
                  %v627 = arith.mulf %v626, %v625 fastmath<contract> : f32
                  %v628 = arith.addf %v624, %v627 fastmath<contract> : f32
                  llvm.store %v628, %v31 : f32, !llvm.ptr
                  %v629 = llvm.load %v36 : !llvm.ptr -> f32
                  %v630 = arith.mulf %v629, %v626 fastmath<contract> : f32
                  llvm.store %v630, %v36 : f32, !llvm.ptr
                  scf.if %v605 {
                  }
                  %v631 = arith.muli %v25, %v92 : i64
                  %v632 = arith.muli %v23, %size_L : i64
                  %v633 = arith.addi %v631, %v632 : i64
                  %v634 = arith.addi %v633, %v606 : i64
                  %v635 = llvm.getelementptr %in_g_f[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v636 = llvm.load %v635 : !llvm.ptr -> f32
                  %v637 = arith.negf %v636 : f32
                  %v638 = arith.mulf %v637, %v100 fastmath<contract> : f32
                  %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
                  %v640 = arith.addf %v35, %v639 fastmath<contract> : f32
                  %v641 = arith.divf %v35, %v640 : f32
                  %v642 = arith.mulf %v120, %v641 fastmath<contract> : f32
                  %v643 = arith.addf %v119, %v642 fastmath<contract> : f32
                  llvm.store %v643, %v32 : f32, !llvm.ptr
                }
                %v644 = arith.addi %v74, %v305 : i64
                %v645 = arith.cmpi slt, %v307, %v433 : i32
                %v646 = arith.cmpi eq, %v307, %v438 : i32
                scf.if %v645 {
                  %v647 = arith.addi %v56, %v644 : i64
                  %v648 = arith.muli %v25, %v92 : i64
                  %v649 = arith.muli %v23, %size_L : i64
                  %v650 = arith.addi %v648, %v649 : i64
                  %v651 = arith.addi %v650, %v647 : i64
                  %v652 = llvm.getelementptr %in_g_o[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v653 = llvm.load %v652 : !llvm.ptr -> f32
                  %v654 = arith.negf %v653 : f32
                  %v655 = arith.mulf %v654, %v100 fastmath<contract> : f32
                  %v656 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v655) : (f32) -> f32
                  %v657 = arith.addf %v35, %v656 fastmath<contract> : f32
                  %v658 = arith.divf %v35, %v657 : f32
                  %v659 = arith.muli %v25, %v92 : i64
                  %v660 = arith.muli %v23, %size_L : i64
                  %v661 = arith.addi %v659, %v660 : i64
                  %v662 = arith.addi %v661, %v647 : i64
                  %v663 = llvm.getelementptr %dy_y[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v664 = llvm.load %v663 : !llvm.ptr -> f32
                  %v665 = arith.mulf %v658, %v664 fastmath<contract> : f32
                  %v666 = llvm.load %v31 : !llvm.ptr -> f32
                  %v667 = llvm.load %v32 : !llvm.ptr -> f32
                  %v668 = arith.mulf %v667, %v666 fastmath<contract> : f32
                  %v669 = arith.addf %v665, %v668 fastmath<contract> : f32
                  llvm.store %v669, %v31 : f32, !llvm.ptr
                  %v670 = llvm.load %v36 : !llvm.ptr -> f32
                  %v671 = arith.mulf %v670, %v667 fastmath<contract> : f32
                  llvm.store %v671, %v36 : f32, !llvm.ptr
                  scf.if %v646 {
                  }
                  %v672 = arith.muli %v25, %v92 : i64
                  %v673 = arith.muli %v23, %size_L : i64
                  %v674 = arith.addi %v672, %v673 : i64
                  %v675 = arith.addi %v674, %v647 : i64
                  %v676 = llvm.getelementptr %in_g_f[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v677 = llvm.load %v676 : !llvm.ptr -> f32
                  %v678 = arith.negf %v677 : f32
                  %v679 = arith.mulf %v678, %v100 fastmath<contract> : f32
                  %v680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v679) : (f32) -> f32
                  %v681 = arith.addf %v35, %v680 fastmath<contract> : f32
                  %v682 = arith.divf %v35, %v681 : f32
                  %v683 = arith.mulf %v120, %v682 fastmath<contract> : f32
                  %v684 = arith.addf %v119, %v683 fastmath<contract> : f32
                  llvm.store %v684, %v32 : f32, !llvm.ptr
                }
                %v685 = arith.addi %v74, %v1 : i64
                %v686 = arith.cmpi slt, %v349, %v433 : i32
                %v687 = arith.cmpi eq, %v349, %v438 : i32
                scf.if %v686 {
                  %v688 = arith.addi %v56, %v685 : i64
                  %v689 = arith.muli %v25, %v92 : i64
                  %v690 = arith.muli %v23, %size_L : i64
                  %v691 = arith.addi %v689, %v690 : i64
                  %v692 = arith.addi %v691, %v688 : i64
                  %v693 = llvm.getelementptr %in_g_o[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v694 = llvm.load %v693 : !llvm.ptr -> f32
                  %v695 = arith.negf %v694 : f32
                  %v696 = arith.mulf %v695, %v100 fastmath<contract> : f32
                  %v697 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v696) : (f32) -> f32
                  %v698 = arith.addf %v35, %v697 fastmath<contract> : f32
                  %v699 = arith.divf %v35, %v698 : f32
                  %v700 = arith.muli %v25, %v92 : i64
                  %v701 = arith.muli %v23, %size_L : i64
                  %v702 = arith.addi %v700, %v701 : i64
                  %v703 = arith.addi %v702, %v688 : i64
                  %v704 = llvm.getelementptr %dy_y[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v705 = llvm.load %v704 : !llvm.ptr -> f32
                  %v706 = arith.mulf %v699, %v705 fastmath<contract> : f32
                  %v707 = llvm.load %v31 : !llvm.ptr -> f32
                  %v708 = llvm.load %v32 : !llvm.ptr -> f32
                  %v709 = arith.mulf %v708, %v707 fastmath<contract> : f32
                  %v710 = arith.addf %v706, %v709 fastmath<contract> : f32
                  llvm.store %v710, %v31 : f32, !llvm.ptr
                  %v711 = llvm.load %v36 : !llvm.ptr -> f32
                  %v712 = arith.mulf %v711, %v708 fastmath<contract> : f32
                  llvm.store %v712, %v36 : f32, !llvm.ptr
                  scf.if %v687 {
                  }
                  %v713 = arith.muli %v25, %v92 : i64
                  %v714 = arith.muli %v23, %size_L : i64
                  %v715 = arith.addi %v713, %v714 : i64
                  %v716 = arith.addi %v715, %v688 : i64
                  %v717 = llvm.getelementptr %in_g_f[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v718 = llvm.load %v717 : !llvm.ptr -> f32
                  %v719 = arith.negf %v718 : f32
                  %v720 = arith.mulf %v719, %v100 fastmath<contract> : f32
                  %v721 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v720) : (f32) -> f32
                  %v722 = arith.addf %v35, %v721 fastmath<contract> : f32
                  %v723 = arith.divf %v35, %v722 : f32
                  %v724 = arith.mulf %v120, %v723 fastmath<contract> : f32
                  %v725 = arith.addf %v119, %v724 fastmath<contract> : f32
                  llvm.store %v725, %v32 : f32, !llvm.ptr
                }
                %v726 = arith.cmpi slt, %v390, %v433 : i32
                %v727 = arith.cmpi eq, %v390, %v438 : i32
                scf.if %v726 {
                  %v728 = arith.addi %v56, %v74 : i64
                  %v729 = arith.muli %v25, %v92 : i64
                  %v730 = arith.muli %v23, %size_L : i64
                  %v731 = arith.addi %v729, %v730 : i64
                  %v732 = arith.addi %v731, %v728 : i64
                  %v733 = llvm.getelementptr %in_g_o[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v734 = llvm.load %v733 : !llvm.ptr -> f32
                  %v735 = arith.negf %v734 : f32
                  %v736 = arith.mulf %v735, %v100 fastmath<contract> : f32
                  %v737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v736) : (f32) -> f32
                  %v738 = arith.addf %v35, %v737 fastmath<contract> : f32
                  %v739 = arith.divf %v35, %v738 : f32
                  %v740 = arith.muli %v25, %v92 : i64
                  %v741 = arith.muli %v23, %size_L : i64
                  %v742 = arith.addi %v740, %v741 : i64
                  %v743 = arith.addi %v742, %v728 : i64
                  %v744 = llvm.getelementptr %dy_y[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v745 = llvm.load %v744 : !llvm.ptr -> f32
                  %v746 = arith.mulf %v739, %v745 fastmath<contract> : f32
                  %v747 = llvm.load %v31 : !llvm.ptr -> f32
                  %v748 = llvm.load %v32 : !llvm.ptr -> f32
                  %v749 = arith.mulf %v748, %v747 fastmath<contract> : f32
                  %v750 = arith.addf %v746, %v749 fastmath<contract> : f32
                  llvm.store %v750, %v31 : f32, !llvm.ptr
                  %v751 = llvm.load %v36 : !llvm.ptr -> f32
                  %v752 = arith.mulf %v751, %v748 fastmath<contract> : f32
                  llvm.store %v752, %v36 : f32, !llvm.ptr
                  scf.if %v727 {
                  }
                  %v753 = arith.muli %v25, %v92 : i64
                  %v754 = arith.muli %v23, %size_L : i64
                  %v755 = arith.addi %v753, %v754 : i64
                  %v756 = arith.addi %v755, %v728 : i64
                  %v757 = llvm.getelementptr %in_g_f[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v758 = llvm.load %v757 : !llvm.ptr -> f32
                  %v759 = arith.negf %v758 : f32
                  %v760 = arith.mulf %v759, %v100 fastmath<contract> : f32
                  %v761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v760) : (f32) -> f32
                  %v762 = arith.addf %v35, %v761 fastmath<contract> : f32
                  %v763 = arith.divf %v35, %v762 : f32
                  %v764 = arith.mulf %v120, %v763 fastmath<contract> : f32
                  %v765 = arith.addf %v119, %v764 fastmath<contract> : f32
                  llvm.store %v765, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v20 {
        %v766 = llvm.load %v31 : !llvm.ptr -> f32
        %v767 = arith.muli %v16, %v2 : i64
        %v768 = arith.subi %v2, %v1 : i64
        %v769 = arith.minsi %v19, %v768 : i64
        %v770 = arith.addi %v767, %v769 : i64
        %v771 = llvm.getelementptr %segsum_h[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v766, %v771 : f32, !llvm.ptr
        %v772 = llvm.load %v36 : !llvm.ptr -> f32
        %v773 = arith.addi %v6, %v16 : i64
        %v774 = arith.muli %v773, %v2 : i64
        %v775 = arith.subi %v2, %v1 : i64
        %v776 = arith.minsi %v19, %v775 : i64
        %v777 = arith.addi %v774, %v776 : i64
        %v778 = llvm.getelementptr %segsum_h[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v772, %v778 : f32, !llvm.ptr
        %v779 = llvm.load %v32 : !llvm.ptr -> f32
        %v780 = arith.muli %v305, %v6 : i64
        %v781 = arith.addi %v780, %v16 : i64
        %v782 = arith.muli %v781, %v2 : i64
        %v783 = arith.subi %v2, %v1 : i64
        %v784 = arith.minsi %v19, %v783 : i64
        %v785 = arith.addi %v782, %v784 : i64
        %v786 = llvm.getelementptr %segsum_h[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v779, %v786 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
