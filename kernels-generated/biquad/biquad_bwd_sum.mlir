module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_bwd_sum(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_hp: !llvm.ptr, %segsum_h: !llvm.ptr, %segsum_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v11 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = arith.constant 4 : i64
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v42 = arith.constant 0x00000000 : f32
      %v43 = arith.constant 0x3F800000 : f32
      %v44 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v48 = arith.constant 0 : i64
      %v50 = arith.muli %v1, %size_D : i64
      %v58 = arith.constant 64 : i64
      %v59 = arith.constant 8 : i64
      %v60 = arith.constant 7 : i64
      %v103 = arith.constant 2147483647 : i64
      %v107 = arith.constant 7 : i32
      %v117 = arith.muli %v1, %size_L : i64
      %v118 = arith.muli %v117, %size_D : i64
      %v157 = arith.constant 0x40000000 : f32
      %v166 = arith.constant 0x3FB8AA3B : f32
      %v179 = arith.constant 0x3E22F983 : f32
      %v182 = arith.constant 0x40C90000 : f32
      %v183 = arith.constant 0x3AFDAA22 : f32
      %v192 = arith.constant 6 : i64
      %v194 = arith.constant 6 : i32
      %v272 = arith.constant 5 : i64
      %v274 = arith.constant 5 : i32
      %v353 = arith.constant 4 : i32
      %v431 = arith.constant 3 : i64
      %v433 = arith.constant 3 : i32
      %v511 = arith.constant 2 : i64
      %v513 = arith.constant 2 : i32
      %v592 = arith.constant 1 : i32
      %v671 = arith.constant 0 : i32
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v18 = arith.subi %v6, %v1 : i64
      %v19 = arith.addi %v3, %v18 : i64
      %v20 = arith.divui %v19, %v6 : i64
      %v21 = arith.divui %v17, %v20 : i64
      %v22 = arith.remui %v17, %v20 : i64
      %v23 = arith.muli %v22, %v6 : i64
      %v24 = arith.addi %v23, %v16 : i64
      %v25 = arith.cmpi slt, %v24, %v3 : i64
      %v26 = arith.subi %v3, %v1 : i64
      %v27 = arith.minsi %v24, %v26 : i64
      %v28 = arith.remui %v27, %size_D : i64
      %v29 = arith.divui %v27, %size_D : i64
      %v30 = arith.remui %v29, %size_B : i64
      %v31 = arith.divui %v29, %size_B : i64
      %v33 = arith.muli %v21, %v32 : i64
      %v34 = arith.addi %v33, %v32 : i64
      %v35 = arith.muli %v21, %v3 : i64
      llvm.store %v42, %v36 : f32, !llvm.ptr
      llvm.store %v42, %v37 : f32, !llvm.ptr
      llvm.store %v43, %v38 : f32, !llvm.ptr
      llvm.store %v43, %v39 : f32, !llvm.ptr
      llvm.store %v42, %v40 : f32, !llvm.ptr
      llvm.store %v42, %v41 : f32, !llvm.ptr
      llvm.store %v43, %v44 : f32, !llvm.ptr
      llvm.store %v42, %v45 : f32, !llvm.ptr
      llvm.store %v42, %v46 : f32, !llvm.ptr
      llvm.store %v43, %v47 : f32, !llvm.ptr
      %v49 = arith.cmpi eq, %size_L, %v48 : i64
      scf.if %v49 {
        llvm.store %v42, %v12 : f32, !llvm.ptr
        llvm.store %v42, %v13 : f32, !llvm.ptr
        %v51 = arith.muli %v30, %v50 : i64
        %v52 = arith.muli %v28, %v1 : i64
        %v53 = arith.addi %v51, %v52 : i64
        %v54 = llvm.getelementptr %dy_h_last[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = llvm.load %v54 : !llvm.ptr -> f32
        %v56 = llvm.load %v36 : !llvm.ptr -> f32
        %v57 = arith.addf %v56, %v55 fastmath<contract> : f32
        llvm.store %v57, %v36 : f32, !llvm.ptr
      }
      %v61 = arith.subi %v58, %v1 : i64
      %v62 = arith.addi %size_L, %v61 : i64
      %v63 = arith.divui %v62, %v58 : i64
      %v64 = arith.minsi %v34, %v63 : i64
      %v65 = arith.muli %v21, %v59 : i64
      %v66 = arith.subi %v64, %v33 : i64
      %v67 = arith.maxsi %v66, %v48 : i64
      %v68 = arith.index_cast %v48 : i64 to index
      %v69 = arith.index_cast %v67 : i64 to index
      %v70 = arith.index_cast %v1 : i64 to index
      scf.for %v71 = %v68 to %v69 step %v70 {
        %v72 = arith.index_cast %v71 : index to i64
        %v73 = arith.subi %v64, %v1 : i64
        %v74 = arith.subi %v73, %v72 : i64
        %v75 = arith.muli %v74, %v58 : i64
        %v76 = arith.subi %size_L, %v75 : i64
        %v77 = arith.minsi %v76, %v58 : i64
        %v78 = arith.addi %v77, %v60 : i64
        %v79 = arith.divui %v78, %v59 : i64
        %v80 = arith.index_cast %v48 : i64 to index
        %v81 = arith.index_cast %v1 : i64 to index
        %v82 = arith.index_cast %v1 : i64 to index
        scf.for %v83 = %v80 to %v81 step %v82 {
          %v84 = arith.index_cast %v83 : index to i64
          %v85 = arith.index_cast %v48 : i64 to index
          %v86 = arith.index_cast %v79 : i64 to index
          %v87 = arith.index_cast %v1 : i64 to index
          scf.for %v88 = %v85 to %v86 step %v87 {
            %v89 = arith.index_cast %v88 : index to i64
            %v90 = arith.cmpi slt, %v89, %v79 : i64
            scf.if %v90 {
              %v91 = arith.subi %v79, %v1 : i64
              %v92 = arith.subi %v91, %v89 : i64
              %v93 = arith.muli %v92, %v59 : i64
              %v94 = arith.addi %v65, %v92 : i64
              %v95 = arith.addi %v93, %v59 : i64
              %v96 = arith.cmpi sle, %v95, %v77 : i64
              scf.if %v96 {
                %v97 = arith.subi %v77, %v1 : i64
                // the group's states, recomputed into registers
                %v98 = arith.subi %v77, %v93 : i64
                %v99 = arith.trunci %v98 : i64 to i32
                %v100 = arith.subi %size_L, %v1 : i64
                %v101 = arith.addi %v75, %v93 : i64
                %v102 = arith.subi %v100, %v101 : i64
                %v104 = arith.minsi %v102, %v103 : i64
                %v105 = arith.trunci %v104 : i64 to i32
                %v106 = arith.addi %v93, %v60 : i64
                %v108 = arith.cmpi slt, %v107, %v99 : i32
                %v109 = arith.cmpi eq, %v107, %v105 : i32
                %v110 = arith.addi %v75, %v106 : i64
                %v111 = llvm.load %v36 : !llvm.ptr -> f32
                %v112 = llvm.load %v37 : !llvm.ptr -> f32
                %v113 = llvm.load %v44 : !llvm.ptr -> f32
                %v114 = llvm.load %v45 : !llvm.ptr -> f32
                %v115 = llvm.load %v46 : !llvm.ptr -> f32
                %v116 = llvm.load %v47 : !llvm.ptr -> f32
                %v119 = arith.muli %v30, %v118 : i64
                %v120 = arith.muli %v28, %v117 : i64
                %v121 = arith.addi %v119, %v120 : i64
                %v122 = arith.muli %v110, %v1 : i64
                %v123 = arith.addi %v121, %v122 : i64
                %v124 = llvm.getelementptr %dy_y[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = llvm.load %v38 : !llvm.ptr -> f32
                %v127 = arith.mulf %v126, %v111 fastmath<contract> : f32
                %v128 = arith.addf %v125, %v127 fastmath<contract> : f32
                %v129 = llvm.load %v40 : !llvm.ptr -> f32
                %v130 = arith.mulf %v129, %v112 fastmath<contract> : f32
                %v131 = arith.addf %v130, %v128 fastmath<contract> : f32
                %v132 = arith.mulf %v113, %v126 fastmath<contract> : f32
                %v133 = arith.mulf %v129, %v115 fastmath<contract> : f32
                %v134 = arith.addf %v133, %v132 fastmath<contract> : f32
                %v135 = arith.mulf %v114, %v126 fastmath<contract> : f32
                %v136 = arith.mulf %v129, %v116 fastmath<contract> : f32
                %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
                %v138 = llvm.load %v39 : !llvm.ptr -> f32
                %v139 = arith.mulf %v138, %v112 fastmath<contract> : f32
                %v140 = arith.addf %v42, %v139 fastmath<contract> : f32
                %v141 = llvm.load %v41 : !llvm.ptr -> f32
                %v142 = arith.mulf %v141, %v111 fastmath<contract> : f32
                %v143 = arith.addf %v142, %v140 fastmath<contract> : f32
                %v144 = arith.mulf %v115, %v138 fastmath<contract> : f32
                %v145 = arith.mulf %v141, %v113 fastmath<contract> : f32
                %v146 = arith.addf %v145, %v144 fastmath<contract> : f32
                %v147 = arith.mulf %v116, %v138 fastmath<contract> : f32
                %v148 = arith.mulf %v141, %v114 fastmath<contract> : f32
                %v149 = arith.addf %v148, %v147 fastmath<contract> : f32
                llvm.store %v131, %v36 : f32, !llvm.ptr
                llvm.store %v134, %v44 : f32, !llvm.ptr
                llvm.store %v137, %v45 : f32, !llvm.ptr
                llvm.store %v143, %v37 : f32, !llvm.ptr
                llvm.store %v146, %v46 : f32, !llvm.ptr
                llvm.store %v149, %v47 : f32, !llvm.ptr
                scf.if %v109 {
                  %v150 = arith.muli %v30, %v50 : i64
                  %v151 = arith.muli %v28, %v1 : i64
                  %v152 = arith.addi %v150, %v151 : i64
                  %v153 = llvm.getelementptr %dy_h_last[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v154 = llvm.load %v153 : !llvm.ptr -> f32
                  %v155 = llvm.load %v36 : !llvm.ptr -> f32
                  %v156 = arith.addf %v155, %v154 fastmath<contract> : f32
                  llvm.store %v156, %v36 : f32, !llvm.ptr
                }
                %v158 = arith.muli %v30, %v118 : i64
                %v159 = arith.muli %v28, %v117 : i64
                %v160 = arith.addi %v158, %v159 : i64
                %v161 = arith.muli %v110, %v1 : i64
                %v162 = arith.addi %v160, %v161 : i64
                %v163 = llvm.getelementptr %in_rho[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v164 = llvm.load %v163 : !llvm.ptr -> f32
                %v165 = arith.negf %v164 : f32
                %v167 = arith.mulf %v165, %v166 fastmath<contract> : f32
                %v168 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v167) : (f32) -> f32
                %v169 = arith.addf %v43, %v168 fastmath<contract> : f32
                %v170 = arith.divf %v43, %v169 : f32
                %v171 = arith.mulf %v157, %v170 fastmath<contract> : f32
                %v172 = arith.muli %v30, %v118 : i64
                %v173 = arith.muli %v28, %v117 : i64
                %v174 = arith.addi %v172, %v173 : i64
                %v175 = arith.muli %v110, %v1 : i64
                %v176 = arith.addi %v174, %v175 : i64
                %v177 = llvm.getelementptr %in_theta[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v178 = llvm.load %v177 : !llvm.ptr -> f32
                %v180 = arith.mulf %v178, %v179 fastmath<contract> : f32
                %v181 = llvm.call_intrinsic "llvm.roundeven.f32"(%v180) : (f32) -> f32
                %v184 = arith.mulf %v181, %v182 fastmath<contract> : f32
                %v185 = arith.subf %v178, %v184 fastmath<contract> : f32
                %v186 = arith.mulf %v181, %v183 fastmath<contract> : f32
                %v187 = arith.subf %v185, %v186 fastmath<contract> : f32
                %v188 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v187) : (f32) -> f32
                %v189 = arith.mulf %v171, %v188 fastmath<contract> : f32
                llvm.store %v189, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v190 = arith.mulf %v170, %v170 fastmath<contract> : f32
                %v191 = arith.negf %v190 : f32
                llvm.store %v191, %v41 : f32, !llvm.ptr
                %v193 = arith.addi %v93, %v192 : i64
                %v195 = arith.cmpi slt, %v194, %v99 : i32
                %v196 = arith.cmpi eq, %v194, %v105 : i32
                %v197 = arith.addi %v75, %v193 : i64
                %v198 = llvm.load %v36 : !llvm.ptr -> f32
                %v199 = llvm.load %v37 : !llvm.ptr -> f32
                %v200 = llvm.load %v44 : !llvm.ptr -> f32
                %v201 = llvm.load %v45 : !llvm.ptr -> f32
                %v202 = llvm.load %v46 : !llvm.ptr -> f32
                %v203 = llvm.load %v47 : !llvm.ptr -> f32
                %v204 = arith.muli %v30, %v118 : i64
                %v205 = arith.muli %v28, %v117 : i64
                %v206 = arith.addi %v204, %v205 : i64
                %v207 = arith.muli %v197, %v1 : i64
                %v208 = arith.addi %v206, %v207 : i64
                %v209 = llvm.getelementptr %dy_y[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v210 = llvm.load %v209 : !llvm.ptr -> f32
                %v211 = llvm.load %v38 : !llvm.ptr -> f32
                %v212 = arith.mulf %v211, %v198 fastmath<contract> : f32
                %v213 = arith.addf %v210, %v212 fastmath<contract> : f32
                %v214 = llvm.load %v40 : !llvm.ptr -> f32
                %v215 = arith.mulf %v214, %v199 fastmath<contract> : f32
                %v216 = arith.addf %v215, %v213 fastmath<contract> : f32
                %v217 = arith.mulf %v200, %v211 fastmath<contract> : f32
                %v218 = arith.mulf %v214, %v202 fastmath<contract> : f32
                %v219 = arith.addf %v218, %v217 fastmath<contract> : f32
                %v220 = arith.mulf %v201, %v211 fastmath<contract> : f32
                %v221 = arith.mulf %v214, %v203 fastmath<contract> : f32
                %v222 = arith.addf %v221, %v220 fastmath<contract> : f32
                %v223 = llvm.load %v39 : !llvm.ptr -> f32
                %v224 = arith.mulf %v223, %v199 fastmath<contract> : f32
                %v225 = arith.addf %v42, %v224 fastmath<contract> : f32
                %v226 = llvm.load %v41 : !llvm.ptr -> f32
                %v227 = arith.mulf %v226, %v198 fastmath<contract> : f32
                %v228 = arith.addf %v227, %v225 fastmath<contract> : f32
                %v229 = arith.mulf %v202, %v223 fastmath<contract> : f32
                %v230 = arith.mulf %v226, %v200 fastmath<contract> : f32
                %v231 = arith.addf %v230, %v229 fastmath<contract> : f32
                %v232 = arith.mulf %v203, %v223 fastmath<contract> : f32
                %v233 = arith.mulf %v226, %v201 fastmath<contract> : f32
                %v234 = arith.addf %v233, %v232 fastmath<contract> : f32
                llvm.store %v216, %v36 : f32, !llvm.ptr
                llvm.store %v219, %v44 : f32, !llvm.ptr
                llvm.store %v222, %v45 : f32, !llvm.ptr
                llvm.store %v228, %v37 : f32, !llvm.ptr
                llvm.store %v231, %v46 : f32, !llvm.ptr
                llvm.store %v234, %v47 : f32, !llvm.ptr
                scf.if %v196 {
                  %v235 = arith.muli %v30, %v50 : i64
                  %v236 = arith.muli %v28, %v1 : i64
                  %v237 = arith.addi %v235, %v236 : i64
                  %v238 = llvm.getelementptr %dy_h_last[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v239 = llvm.load %v238 : !llvm.ptr -> f32
                  %v240 = llvm.load %v36 : !llvm.ptr -> f32
                  %v241 = arith.addf %v240, %v239 fastmath<contract> : f32
                  llvm.store %v241, %v36 : f32, !llvm.ptr
                }
                %v242 = arith.muli %v30, %v118 : i64
                %v243 = arith.muli %v28, %v117 : i64
                %v244 = arith.addi %v242, %v243 : i64
                %v245 = arith.muli %v197, %v1 : i64
                %v246 = arith.addi %v244, %v245 : i64
                %v247 = llvm.getelementptr %in_rho[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v248 = llvm.load %v247 : !llvm.ptr -> f32
                %v249 = arith.negf %v248 : f32
                %v250 = arith.mulf %v249, %v166 fastmath<contract> : f32
                %v251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v250) : (f32) -> f32
                %v252 = arith.addf %v43, %v251 fastmath<contract> : f32
                %v253 = arith.divf %v43, %v252 : f32
                %v254 = arith.mulf %v157, %v253 fastmath<contract> : f32
                %v255 = arith.muli %v30, %v118 : i64
                %v256 = arith.muli %v28, %v117 : i64
                %v257 = arith.addi %v255, %v256 : i64
                %v258 = arith.muli %v197, %v1 : i64
                %v259 = arith.addi %v257, %v258 : i64
                %v260 = llvm.getelementptr %in_theta[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v261 = llvm.load %v260 : !llvm.ptr -> f32
                %v262 = arith.mulf %v261, %v179 fastmath<contract> : f32
                %v263 = llvm.call_intrinsic "llvm.roundeven.f32"(%v262) : (f32) -> f32
                %v264 = arith.mulf %v263, %v182 fastmath<contract> : f32
                %v265 = arith.subf %v261, %v264 fastmath<contract> : f32
                %v266 = arith.mulf %v263, %v183 fastmath<contract> : f32
                %v267 = arith.subf %v265, %v266 fastmath<contract> : f32
                %v268 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v267) : (f32) -> f32
                %v269 = arith.mulf %v254, %v268 fastmath<contract> : f32
                llvm.store %v269, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v270 = arith.mulf %v253, %v253 fastmath<contract> : f32
                %v271 = arith.negf %v270 : f32
                llvm.store %v271, %v41 : f32, !llvm.ptr
                %v273 = arith.addi %v93, %v272 : i64
                %v275 = arith.cmpi slt, %v274, %v99 : i32
                %v276 = arith.cmpi eq, %v274, %v105 : i32
                %v277 = arith.addi %v75, %v273 : i64
                %v278 = llvm.load %v36 : !llvm.ptr -> f32
                %v279 = llvm.load %v37 : !llvm.ptr -> f32
                %v280 = llvm.load %v44 : !llvm.ptr -> f32
                %v281 = llvm.load %v45 : !llvm.ptr -> f32
                %v282 = llvm.load %v46 : !llvm.ptr -> f32
                %v283 = llvm.load %v47 : !llvm.ptr -> f32
                %v284 = arith.muli %v30, %v118 : i64
                %v285 = arith.muli %v28, %v117 : i64
                %v286 = arith.addi %v284, %v285 : i64
                %v287 = arith.muli %v277, %v1 : i64
                %v288 = arith.addi %v286, %v287 : i64
                %v289 = llvm.getelementptr %dy_y[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v290 = llvm.load %v289 : !llvm.ptr -> f32
                %v291 = llvm.load %v38 : !llvm.ptr -> f32
                %v292 = arith.mulf %v291, %v278 fastmath<contract> : f32
                %v293 = arith.addf %v290, %v292 fastmath<contract> : f32
                %v294 = llvm.load %v40 : !llvm.ptr -> f32
                %v295 = arith.mulf %v294, %v279 fastmath<contract> : f32
                %v296 = arith.addf %v295, %v293 fastmath<contract> : f32
                %v297 = arith.mulf %v280, %v291 fastmath<contract> : f32
                %v298 = arith.mulf %v294, %v282 fastmath<contract> : f32
                %v299 = arith.addf %v298, %v297 fastmath<contract> : f32
                %v300 = arith.mulf %v281, %v291 fastmath<contract> : f32
                %v301 = arith.mulf %v294, %v283 fastmath<contract> : f32
                %v302 = arith.addf %v301, %v300 fastmath<contract> : f32
                %v303 = llvm.load %v39 : !llvm.ptr -> f32
                %v304 = arith.mulf %v303, %v279 fastmath<contract> : f32
                %v305 = arith.addf %v42, %v304 fastmath<contract> : f32
                %v306 = llvm.load %v41 : !llvm.ptr -> f32
                %v307 = arith.mulf %v306, %v278 fastmath<contract> : f32
                %v308 = arith.addf %v307, %v305 fastmath<contract> : f32
                %v309 = arith.mulf %v282, %v303 fastmath<contract> : f32
                %v310 = arith.mulf %v306, %v280 fastmath<contract> : f32
                %v311 = arith.addf %v310, %v309 fastmath<contract> : f32
                %v312 = arith.mulf %v283, %v303 fastmath<contract> : f32
                %v313 = arith.mulf %v306, %v281 fastmath<contract> : f32
                %v314 = arith.addf %v313, %v312 fastmath<contract> : f32
                llvm.store %v296, %v36 : f32, !llvm.ptr
                llvm.store %v299, %v44 : f32, !llvm.ptr
                llvm.store %v302, %v45 : f32, !llvm.ptr
                llvm.store %v308, %v37 : f32, !llvm.ptr
                llvm.store %v311, %v46 : f32, !llvm.ptr
                llvm.store %v314, %v47 : f32, !llvm.ptr
                scf.if %v276 {
                  %v315 = arith.muli %v30, %v50 : i64
                  %v316 = arith.muli %v28, %v1 : i64
                  %v317 = arith.addi %v315, %v316 : i64
                  %v318 = llvm.getelementptr %dy_h_last[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v319 = llvm.load %v318 : !llvm.ptr -> f32
                  %v320 = llvm.load %v36 : !llvm.ptr -> f32
                  %v321 = arith.addf %v320, %v319 fastmath<contract> : f32
                  llvm.store %v321, %v36 : f32, !llvm.ptr
                }
                %v322 = arith.muli %v30, %v118 : i64
                %v323 = arith.muli %v28, %v117 : i64
                %v324 = arith.addi %v322, %v323 : i64
                %v325 = arith.muli %v277, %v1 : i64
                %v326 = arith.addi %v324, %v325 : i64
                %v327 = llvm.getelementptr %in_rho[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v328 = llvm.load %v327 : !llvm.ptr -> f32
                %v329 = arith.negf %v328 : f32
                %v330 = arith.mulf %v329, %v166 fastmath<contract> : f32
                %v331 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v330) : (f32) -> f32
                %v332 = arith.addf %v43, %v331 fastmath<contract> : f32
                %v333 = arith.divf %v43, %v332 : f32
                %v334 = arith.mulf %v157, %v333 fastmath<contract> : f32
                %v335 = arith.muli %v30, %v118 : i64
                %v336 = arith.muli %v28, %v117 : i64
                %v337 = arith.addi %v335, %v336 : i64
                %v338 = arith.muli %v277, %v1 : i64
                %v339 = arith.addi %v337, %v338 : i64
                %v340 = llvm.getelementptr %in_theta[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v341 = llvm.load %v340 : !llvm.ptr -> f32
                %v342 = arith.mulf %v341, %v179 fastmath<contract> : f32
                %v343 = llvm.call_intrinsic "llvm.roundeven.f32"(%v342) : (f32) -> f32
                %v344 = arith.mulf %v343, %v182 fastmath<contract> : f32
                %v345 = arith.subf %v341, %v344 fastmath<contract> : f32
                %v346 = arith.mulf %v343, %v183 fastmath<contract> : f32
                %v347 = arith.subf %v345, %v346 fastmath<contract> : f32
                %v348 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v347) : (f32) -> f32
                %v349 = arith.mulf %v334, %v348 fastmath<contract> : f32
                llvm.store %v349, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v350 = arith.mulf %v333, %v333 fastmath<contract> : f32
                %v351 = arith.negf %v350 : f32
                llvm.store %v351, %v41 : f32, !llvm.ptr
                %v352 = arith.addi %v93, %v32 : i64
                %v354 = arith.cmpi slt, %v353, %v99 : i32
                %v355 = arith.cmpi eq, %v353, %v105 : i32
                %v356 = arith.addi %v75, %v352 : i64
                %v357 = llvm.load %v36 : !llvm.ptr -> f32
                %v358 = llvm.load %v37 : !llvm.ptr -> f32
                %v359 = llvm.load %v44 : !llvm.ptr -> f32
                %v360 = llvm.load %v45 : !llvm.ptr -> f32
                %v361 = llvm.load %v46 : !llvm.ptr -> f32
                %v362 = llvm.load %v47 : !llvm.ptr -> f32
                %v363 = arith.muli %v30, %v118 : i64
                %v364 = arith.muli %v28, %v117 : i64
                %v365 = arith.addi %v363, %v364 : i64
                %v366 = arith.muli %v356, %v1 : i64
                %v367 = arith.addi %v365, %v366 : i64
                %v368 = llvm.getelementptr %dy_y[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v369 = llvm.load %v368 : !llvm.ptr -> f32
                %v370 = llvm.load %v38 : !llvm.ptr -> f32
                %v371 = arith.mulf %v370, %v357 fastmath<contract> : f32
                %v372 = arith.addf %v369, %v371 fastmath<contract> : f32
                %v373 = llvm.load %v40 : !llvm.ptr -> f32
                %v374 = arith.mulf %v373, %v358 fastmath<contract> : f32
                %v375 = arith.addf %v374, %v372 fastmath<contract> : f32
                %v376 = arith.mulf %v359, %v370 fastmath<contract> : f32
                %v377 = arith.mulf %v373, %v361 fastmath<contract> : f32
                %v378 = arith.addf %v377, %v376 fastmath<contract> : f32
                %v379 = arith.mulf %v360, %v370 fastmath<contract> : f32
                %v380 = arith.mulf %v373, %v362 fastmath<contract> : f32
                %v381 = arith.addf %v380, %v379 fastmath<contract> : f32
                %v382 = llvm.load %v39 : !llvm.ptr -> f32
                %v383 = arith.mulf %v382, %v358 fastmath<contract> : f32
                %v384 = arith.addf %v42, %v383 fastmath<contract> : f32
                %v385 = llvm.load %v41 : !llvm.ptr -> f32
                %v386 = arith.mulf %v385, %v357 fastmath<contract> : f32
                %v387 = arith.addf %v386, %v384 fastmath<contract> : f32
                %v388 = arith.mulf %v361, %v382 fastmath<contract> : f32
                %v389 = arith.mulf %v385, %v359 fastmath<contract> : f32
                %v390 = arith.addf %v389, %v388 fastmath<contract> : f32
                %v391 = arith.mulf %v362, %v382 fastmath<contract> : f32
                %v392 = arith.mulf %v385, %v360 fastmath<contract> : f32
                %v393 = arith.addf %v392, %v391 fastmath<contract> : f32
                llvm.store %v375, %v36 : f32, !llvm.ptr
                llvm.store %v378, %v44 : f32, !llvm.ptr
                llvm.store %v381, %v45 : f32, !llvm.ptr
                llvm.store %v387, %v37 : f32, !llvm.ptr
                llvm.store %v390, %v46 : f32, !llvm.ptr
                llvm.store %v393, %v47 : f32, !llvm.ptr
                scf.if %v355 {
                  %v394 = arith.muli %v30, %v50 : i64
                  %v395 = arith.muli %v28, %v1 : i64
                  %v396 = arith.addi %v394, %v395 : i64
                  %v397 = llvm.getelementptr %dy_h_last[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v398 = llvm.load %v397 : !llvm.ptr -> f32
                  %v399 = llvm.load %v36 : !llvm.ptr -> f32
                  %v400 = arith.addf %v399, %v398 fastmath<contract> : f32
                  llvm.store %v400, %v36 : f32, !llvm.ptr
                }
                %v401 = arith.muli %v30, %v118 : i64
                %v402 = arith.muli %v28, %v117 : i64
                %v403 = arith.addi %v401, %v402 : i64
                %v404 = arith.muli %v356, %v1 : i64
                %v405 = arith.addi %v403, %v404 : i64
                %v406 = llvm.getelementptr %in_rho[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.negf %v407 : f32
                %v409 = arith.mulf %v408, %v166 fastmath<contract> : f32
                %v410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v409) : (f32) -> f32
                %v411 = arith.addf %v43, %v410 fastmath<contract> : f32
                %v412 = arith.divf %v43, %v411 : f32
                %v413 = arith.mulf %v157, %v412 fastmath<contract> : f32
                %v414 = arith.muli %v30, %v118 : i64
                %v415 = arith.muli %v28, %v117 : i64
                %v416 = arith.addi %v414, %v415 : i64
                %v417 = arith.muli %v356, %v1 : i64
                %v418 = arith.addi %v416, %v417 : i64
                %v419 = llvm.getelementptr %in_theta[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v420 = llvm.load %v419 : !llvm.ptr -> f32
                %v421 = arith.mulf %v420, %v179 fastmath<contract> : f32
                %v422 = llvm.call_intrinsic "llvm.roundeven.f32"(%v421) : (f32) -> f32
                %v423 = arith.mulf %v422, %v182 fastmath<contract> : f32
                %v424 = arith.subf %v420, %v423 fastmath<contract> : f32
                %v425 = arith.mulf %v422, %v183 fastmath<contract> : f32
                %v426 = arith.subf %v424, %v425 fastmath<contract> : f32
                %v427 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v426) : (f32) -> f32
                %v428 = arith.mulf %v413, %v427 fastmath<contract> : f32
                llvm.store %v428, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v429 = arith.mulf %v412, %v412 fastmath<contract> : f32
                %v430 = arith.negf %v429 : f32
                llvm.store %v430, %v41 : f32, !llvm.ptr
                %v432 = arith.addi %v93, %v431 : i64
                %v434 = arith.cmpi slt, %v433, %v99 : i32
                %v435 = arith.cmpi eq, %v433, %v105 : i32
                %v436 = arith.addi %v75, %v432 : i64
                %v437 = llvm.load %v36 : !llvm.ptr -> f32
                %v438 = llvm.load %v37 : !llvm.ptr -> f32
                %v439 = llvm.load %v44 : !llvm.ptr -> f32
                %v440 = llvm.load %v45 : !llvm.ptr -> f32
                %v441 = llvm.load %v46 : !llvm.ptr -> f32
                %v442 = llvm.load %v47 : !llvm.ptr -> f32
                %v443 = arith.muli %v30, %v118 : i64
                %v444 = arith.muli %v28, %v117 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = arith.muli %v436, %v1 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = llvm.getelementptr %dy_y[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v449 = llvm.load %v448 : !llvm.ptr -> f32
                %v450 = llvm.load %v38 : !llvm.ptr -> f32
                %v451 = arith.mulf %v450, %v437 fastmath<contract> : f32
                %v452 = arith.addf %v449, %v451 fastmath<contract> : f32
                %v453 = llvm.load %v40 : !llvm.ptr -> f32
                %v454 = arith.mulf %v453, %v438 fastmath<contract> : f32
                %v455 = arith.addf %v454, %v452 fastmath<contract> : f32
                %v456 = arith.mulf %v439, %v450 fastmath<contract> : f32
                %v457 = arith.mulf %v453, %v441 fastmath<contract> : f32
                %v458 = arith.addf %v457, %v456 fastmath<contract> : f32
                %v459 = arith.mulf %v440, %v450 fastmath<contract> : f32
                %v460 = arith.mulf %v453, %v442 fastmath<contract> : f32
                %v461 = arith.addf %v460, %v459 fastmath<contract> : f32
                %v462 = llvm.load %v39 : !llvm.ptr -> f32
                %v463 = arith.mulf %v462, %v438 fastmath<contract> : f32
                %v464 = arith.addf %v42, %v463 fastmath<contract> : f32
                %v465 = llvm.load %v41 : !llvm.ptr -> f32
                %v466 = arith.mulf %v465, %v437 fastmath<contract> : f32
                %v467 = arith.addf %v466, %v464 fastmath<contract> : f32
                %v468 = arith.mulf %v441, %v462 fastmath<contract> : f32
                %v469 = arith.mulf %v465, %v439 fastmath<contract> : f32
                %v470 = arith.addf %v469, %v468 fastmath<contract> : f32
                %v471 = arith.mulf %v442, %v462 fastmath<contract> : f32
                %v472 = arith.mulf %v465, %v440 fastmath<contract> : f32
                %v473 = arith.addf %v472, %v471 fastmath<contract> : f32
                llvm.store %v455, %v36 : f32, !llvm.ptr
                llvm.store %v458, %v44 : f32, !llvm.ptr
                llvm.store %v461, %v45 : f32, !llvm.ptr
                llvm.store %v467, %v37 : f32, !llvm.ptr
                llvm.store %v470, %v46 : f32, !llvm.ptr
                llvm.store %v473, %v47 : f32, !llvm.ptr
                scf.if %v435 {
                  %v474 = arith.muli %v30, %v50 : i64
                  %v475 = arith.muli %v28, %v1 : i64
                  %v476 = arith.addi %v474, %v475 : i64
                  %v477 = llvm.getelementptr %dy_h_last[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v478 = llvm.load %v477 : !llvm.ptr -> f32
                  %v479 = llvm.load %v36 : !llvm.ptr -> f32
                  %v480 = arith.addf %v479, %v478 fastmath<contract> : f32
                  llvm.store %v480, %v36 : f32, !llvm.ptr
                }
                %v481 = arith.muli %v30, %v118 : i64
                %v482 = arith.muli %v28, %v117 : i64
                %v483 = arith.addi %v481, %v482 : i64
                %v484 = arith.muli %v436, %v1 : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = llvm.getelementptr %in_rho[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v487 = llvm.load %v486 : !llvm.ptr -> f32
                %v488 = arith.negf %v487 : f32
                %v489 = arith.mulf %v488, %v166 fastmath<contract> : f32
                %v490 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v489) : (f32) -> f32
                %v491 = arith.addf %v43, %v490 fastmath<contract> : f32
                %v492 = arith.divf %v43, %v491 : f32
                %v493 = arith.mulf %v157, %v492 fastmath<contract> : f32
                %v494 = arith.muli %v30, %v118 : i64
                %v495 = arith.muli %v28, %v117 : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = arith.muli %v436, %v1 : i64
                %v498 = arith.addi %v496, %v497 : i64
                %v499 = llvm.getelementptr %in_theta[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v500 = llvm.load %v499 : !llvm.ptr -> f32
                %v501 = arith.mulf %v500, %v179 fastmath<contract> : f32
                %v502 = llvm.call_intrinsic "llvm.roundeven.f32"(%v501) : (f32) -> f32
                %v503 = arith.mulf %v502, %v182 fastmath<contract> : f32
                %v504 = arith.subf %v500, %v503 fastmath<contract> : f32
                %v505 = arith.mulf %v502, %v183 fastmath<contract> : f32
                %v506 = arith.subf %v504, %v505 fastmath<contract> : f32
                %v507 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v506) : (f32) -> f32
                %v508 = arith.mulf %v493, %v507 fastmath<contract> : f32
                llvm.store %v508, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v509 = arith.mulf %v492, %v492 fastmath<contract> : f32
                %v510 = arith.negf %v509 : f32
                llvm.store %v510, %v41 : f32, !llvm.ptr
                %v512 = arith.addi %v93, %v511 : i64
                %v514 = arith.cmpi slt, %v513, %v99 : i32
                %v515 = arith.cmpi eq, %v513, %v105 : i32
                %v516 = arith.addi %v75, %v512 : i64
                %v517 = llvm.load %v36 : !llvm.ptr -> f32
                %v518 = llvm.load %v37 : !llvm.ptr -> f32
                %v519 = llvm.load %v44 : !llvm.ptr -> f32
                %v520 = llvm.load %v45 : !llvm.ptr -> f32
                %v521 = llvm.load %v46 : !llvm.ptr -> f32
                %v522 = llvm.load %v47 : !llvm.ptr -> f32
                %v523 = arith.muli %v30, %v118 : i64
                %v524 = arith.muli %v28, %v117 : i64
                %v525 = arith.addi %v523, %v524 : i64
                %v526 = arith.muli %v516, %v1 : i64
                %v527 = arith.addi %v525, %v526 : i64
                %v528 = llvm.getelementptr %dy_y[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v529 = llvm.load %v528 : !llvm.ptr -> f32
                %v530 = llvm.load %v38 : !llvm.ptr -> f32
                %v531 = arith.mulf %v530, %v517 fastmath<contract> : f32
                %v532 = arith.addf %v529, %v531 fastmath<contract> : f32
                %v533 = llvm.load %v40 : !llvm.ptr -> f32
                %v534 = arith.mulf %v533, %v518 fastmath<contract> : f32
                %v535 = arith.addf %v534, %v532 fastmath<contract> : f32
                %v536 = arith.mulf %v519, %v530 fastmath<contract> : f32
                %v537 = arith.mulf %v533, %v521 fastmath<contract> : f32
                %v538 = arith.addf %v537, %v536 fastmath<contract> : f32
                %v539 = arith.mulf %v520, %v530 fastmath<contract> : f32
                %v540 = arith.mulf %v533, %v522 fastmath<contract> : f32
                %v541 = arith.addf %v540, %v539 fastmath<contract> : f32
                %v542 = llvm.load %v39 : !llvm.ptr -> f32
                %v543 = arith.mulf %v542, %v518 fastmath<contract> : f32
                %v544 = arith.addf %v42, %v543 fastmath<contract> : f32
                %v545 = llvm.load %v41 : !llvm.ptr -> f32
                %v546 = arith.mulf %v545, %v517 fastmath<contract> : f32
                %v547 = arith.addf %v546, %v544 fastmath<contract> : f32
                %v548 = arith.mulf %v521, %v542 fastmath<contract> : f32
                %v549 = arith.mulf %v545, %v519 fastmath<contract> : f32
                %v550 = arith.addf %v549, %v548 fastmath<contract> : f32
                %v551 = arith.mulf %v522, %v542 fastmath<contract> : f32
                %v552 = arith.mulf %v545, %v520 fastmath<contract> : f32
                %v553 = arith.addf %v552, %v551 fastmath<contract> : f32
                llvm.store %v535, %v36 : f32, !llvm.ptr
                llvm.store %v538, %v44 : f32, !llvm.ptr
                llvm.store %v541, %v45 : f32, !llvm.ptr
                llvm.store %v547, %v37 : f32, !llvm.ptr
                llvm.store %v550, %v46 : f32, !llvm.ptr
                llvm.store %v553, %v47 : f32, !llvm.ptr
                scf.if %v515 {
                  %v554 = arith.muli %v30, %v50 : i64
                  %v555 = arith.muli %v28, %v1 : i64
                  %v556 = arith.addi %v554, %v555 : i64
                  %v557 = llvm.getelementptr %dy_h_last[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v558 = llvm.load %v557 : !llvm.ptr -> f32
                  %v559 = llvm.load %v36 : !llvm.ptr -> f32
                  %v560 = arith.addf %v559, %v558 fastmath<contract> : f32
                  llvm.store %v560, %v36 : f32, !llvm.ptr
                }
                %v561 = arith.muli %v30, %v118 : i64
                %v562 = arith.muli %v28, %v117 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = arith.muli %v516, %v1 : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = llvm.getelementptr %in_rho[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v567 = llvm.load %v566 : !llvm.ptr -> f32
                %v568 = arith.negf %v567 : f32
                %v569 = arith.mulf %v568, %v166 fastmath<contract> : f32
                %v570 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v569) : (f32) -> f32
                %v571 = arith.addf %v43, %v570 fastmath<contract> : f32
                %v572 = arith.divf %v43, %v571 : f32
                %v573 = arith.mulf %v157, %v572 fastmath<contract> : f32
                %v574 = arith.muli %v30, %v118 : i64
                %v575 = arith.muli %v28, %v117 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = arith.muli %v516, %v1 : i64
                %v578 = arith.addi %v576, %v577 : i64
                %v579 = llvm.getelementptr %in_theta[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v580 = llvm.load %v579 : !llvm.ptr -> f32
                %v581 = arith.mulf %v580, %v179 fastmath<contract> : f32
                %v582 = llvm.call_intrinsic "llvm.roundeven.f32"(%v581) : (f32) -> f32
                %v583 = arith.mulf %v582, %v182 fastmath<contract> : f32
                %v584 = arith.subf %v580, %v583 fastmath<contract> : f32
                %v585 = arith.mulf %v582, %v183 fastmath<contract> : f32
                %v586 = arith.subf %v584, %v585 fastmath<contract> : f32
                %v587 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v586) : (f32) -> f32
                %v588 = arith.mulf %v573, %v587 fastmath<contract> : f32
                llvm.store %v588, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v589 = arith.mulf %v572, %v572 fastmath<contract> : f32
                %v590 = arith.negf %v589 : f32
                llvm.store %v590, %v41 : f32, !llvm.ptr
                %v591 = arith.addi %v93, %v1 : i64
                %v593 = arith.cmpi slt, %v592, %v99 : i32
                %v594 = arith.cmpi eq, %v592, %v105 : i32
                %v595 = arith.addi %v75, %v591 : i64
                %v596 = llvm.load %v36 : !llvm.ptr -> f32
                %v597 = llvm.load %v37 : !llvm.ptr -> f32
                %v598 = llvm.load %v44 : !llvm.ptr -> f32
                %v599 = llvm.load %v45 : !llvm.ptr -> f32
                %v600 = llvm.load %v46 : !llvm.ptr -> f32
                %v601 = llvm.load %v47 : !llvm.ptr -> f32
                %v602 = arith.muli %v30, %v118 : i64
                %v603 = arith.muli %v28, %v117 : i64
                %v604 = arith.addi %v602, %v603 : i64
                %v605 = arith.muli %v595, %v1 : i64
                %v606 = arith.addi %v604, %v605 : i64
                %v607 = llvm.getelementptr %dy_y[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v608 = llvm.load %v607 : !llvm.ptr -> f32
                %v609 = llvm.load %v38 : !llvm.ptr -> f32
                %v610 = arith.mulf %v609, %v596 fastmath<contract> : f32
                %v611 = arith.addf %v608, %v610 fastmath<contract> : f32
                %v612 = llvm.load %v40 : !llvm.ptr -> f32
                %v613 = arith.mulf %v612, %v597 fastmath<contract> : f32
                %v614 = arith.addf %v613, %v611 fastmath<contract> : f32
                %v615 = arith.mulf %v598, %v609 fastmath<contract> : f32
                %v616 = arith.mulf %v612, %v600 fastmath<contract> : f32
                %v617 = arith.addf %v616, %v615 fastmath<contract> : f32
                %v618 = arith.mulf %v599, %v609 fastmath<contract> : f32
                %v619 = arith.mulf %v612, %v601 fastmath<contract> : f32
                %v620 = arith.addf %v619, %v618 fastmath<contract> : f32
                %v621 = llvm.load %v39 : !llvm.ptr -> f32
                %v622 = arith.mulf %v621, %v597 fastmath<contract> : f32
                %v623 = arith.addf %v42, %v622 fastmath<contract> : f32
                %v624 = llvm.load %v41 : !llvm.ptr -> f32
                %v625 = arith.mulf %v624, %v596 fastmath<contract> : f32
                %v626 = arith.addf %v625, %v623 fastmath<contract> : f32
                %v627 = arith.mulf %v600, %v621 fastmath<contract> : f32
                %v628 = arith.mulf %v624, %v598 fastmath<contract> : f32
                %v629 = arith.addf %v628, %v627 fastmath<contract> : f32
                %v630 = arith.mulf %v601, %v621 fastmath<contract> : f32
                %v631 = arith.mulf %v624, %v599 fastmath<contract> : f32
                %v632 = arith.addf %v631, %v630 fastmath<contract> : f32
                llvm.store %v614, %v36 : f32, !llvm.ptr
                llvm.store %v617, %v44 : f32, !llvm.ptr
                llvm.store %v620, %v45 : f32, !llvm.ptr
                llvm.store %v626, %v37 : f32, !llvm.ptr
                llvm.store %v629, %v46 : f32, !llvm.ptr
                llvm.store %v632, %v47 : f32, !llvm.ptr
                scf.if %v594 {
                  %v633 = arith.muli %v30, %v50 : i64
                  %v634 = arith.muli %v28, %v1 : i64
                  %v635 = arith.addi %v633, %v634 : i64
                  %v636 = llvm.getelementptr %dy_h_last[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v637 = llvm.load %v636 : !llvm.ptr -> f32
                  %v638 = llvm.load %v36 : !llvm.ptr -> f32
                  %v639 = arith.addf %v638, %v637 fastmath<contract> : f32
                  llvm.store %v639, %v36 : f32, !llvm.ptr
                }
                %v640 = arith.muli %v30, %v118 : i64
                %v641 = arith.muli %v28, %v117 : i64
                %v642 = arith.addi %v640, %v641 : i64
                %v643 = arith.muli %v595, %v1 : i64
                %v644 = arith.addi %v642, %v643 : i64
                %v645 = llvm.getelementptr %in_rho[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v646 = llvm.load %v645 : !llvm.ptr -> f32
                %v647 = arith.negf %v646 : f32
                %v648 = arith.mulf %v647, %v166 fastmath<contract> : f32
                %v649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v648) : (f32) -> f32
                %v650 = arith.addf %v43, %v649 fastmath<contract> : f32
                %v651 = arith.divf %v43, %v650 : f32
                %v652 = arith.mulf %v157, %v651 fastmath<contract> : f32
                %v653 = arith.muli %v30, %v118 : i64
                %v654 = arith.muli %v28, %v117 : i64
                %v655 = arith.addi %v653, %v654 : i64
                %v656 = arith.muli %v595, %v1 : i64
                %v657 = arith.addi %v655, %v656 : i64
                %v658 = llvm.getelementptr %in_theta[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v659 = llvm.load %v658 : !llvm.ptr -> f32
                %v660 = arith.mulf %v659, %v179 fastmath<contract> : f32
                %v661 = llvm.call_intrinsic "llvm.roundeven.f32"(%v660) : (f32) -> f32
                %v662 = arith.mulf %v661, %v182 fastmath<contract> : f32
                %v663 = arith.subf %v659, %v662 fastmath<contract> : f32
                %v664 = arith.mulf %v661, %v183 fastmath<contract> : f32
                %v665 = arith.subf %v663, %v664 fastmath<contract> : f32
                %v666 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v665) : (f32) -> f32
                %v667 = arith.mulf %v652, %v666 fastmath<contract> : f32
                llvm.store %v667, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v668 = arith.mulf %v651, %v651 fastmath<contract> : f32
                %v669 = arith.negf %v668 : f32
                llvm.store %v669, %v41 : f32, !llvm.ptr
                %v670 = arith.addi %v93, %v48 : i64
                %v672 = arith.cmpi slt, %v671, %v99 : i32
                %v673 = arith.cmpi eq, %v671, %v105 : i32
                %v674 = arith.addi %v75, %v670 : i64
                %v675 = llvm.load %v36 : !llvm.ptr -> f32
                %v676 = llvm.load %v37 : !llvm.ptr -> f32
                %v677 = llvm.load %v44 : !llvm.ptr -> f32
                %v678 = llvm.load %v45 : !llvm.ptr -> f32
                %v679 = llvm.load %v46 : !llvm.ptr -> f32
                %v680 = llvm.load %v47 : !llvm.ptr -> f32
                %v681 = arith.muli %v30, %v118 : i64
                %v682 = arith.muli %v28, %v117 : i64
                %v683 = arith.addi %v681, %v682 : i64
                %v684 = arith.muli %v674, %v1 : i64
                %v685 = arith.addi %v683, %v684 : i64
                %v686 = llvm.getelementptr %dy_y[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v687 = llvm.load %v686 : !llvm.ptr -> f32
                %v688 = llvm.load %v38 : !llvm.ptr -> f32
                %v689 = arith.mulf %v688, %v675 fastmath<contract> : f32
                %v690 = arith.addf %v687, %v689 fastmath<contract> : f32
                %v691 = llvm.load %v40 : !llvm.ptr -> f32
                %v692 = arith.mulf %v691, %v676 fastmath<contract> : f32
                %v693 = arith.addf %v692, %v690 fastmath<contract> : f32
                %v694 = arith.mulf %v677, %v688 fastmath<contract> : f32
                %v695 = arith.mulf %v691, %v679 fastmath<contract> : f32
                %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
                %v697 = arith.mulf %v678, %v688 fastmath<contract> : f32
                %v698 = arith.mulf %v691, %v680 fastmath<contract> : f32
                %v699 = arith.addf %v698, %v697 fastmath<contract> : f32
                %v700 = llvm.load %v39 : !llvm.ptr -> f32
                %v701 = arith.mulf %v700, %v676 fastmath<contract> : f32
                %v702 = arith.addf %v42, %v701 fastmath<contract> : f32
                %v703 = llvm.load %v41 : !llvm.ptr -> f32
                %v704 = arith.mulf %v703, %v675 fastmath<contract> : f32
                %v705 = arith.addf %v704, %v702 fastmath<contract> : f32
                %v706 = arith.mulf %v679, %v700 fastmath<contract> : f32
                %v707 = arith.mulf %v703, %v677 fastmath<contract> : f32
                %v708 = arith.addf %v707, %v706 fastmath<contract> : f32
                %v709 = arith.mulf %v680, %v700 fastmath<contract> : f32
                %v710 = arith.mulf %v703, %v678 fastmath<contract> : f32
                %v711 = arith.addf %v710, %v709 fastmath<contract> : f32
                llvm.store %v693, %v36 : f32, !llvm.ptr
                llvm.store %v696, %v44 : f32, !llvm.ptr
                llvm.store %v699, %v45 : f32, !llvm.ptr
                llvm.store %v705, %v37 : f32, !llvm.ptr
                llvm.store %v708, %v46 : f32, !llvm.ptr
                llvm.store %v711, %v47 : f32, !llvm.ptr
                scf.if %v673 {
                  %v712 = arith.muli %v30, %v50 : i64
                  %v713 = arith.muli %v28, %v1 : i64
                  %v714 = arith.addi %v712, %v713 : i64
                  %v715 = llvm.getelementptr %dy_h_last[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v716 = llvm.load %v715 : !llvm.ptr -> f32
                  %v717 = llvm.load %v36 : !llvm.ptr -> f32
                  %v718 = arith.addf %v717, %v716 fastmath<contract> : f32
                  llvm.store %v718, %v36 : f32, !llvm.ptr
                }
                %v719 = arith.muli %v30, %v118 : i64
                %v720 = arith.muli %v28, %v117 : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = arith.muli %v674, %v1 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = llvm.getelementptr %in_rho[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v725 = llvm.load %v724 : !llvm.ptr -> f32
                %v726 = arith.negf %v725 : f32
                %v727 = arith.mulf %v726, %v166 fastmath<contract> : f32
                %v728 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v727) : (f32) -> f32
                %v729 = arith.addf %v43, %v728 fastmath<contract> : f32
                %v730 = arith.divf %v43, %v729 : f32
                %v731 = arith.mulf %v157, %v730 fastmath<contract> : f32
                %v732 = arith.muli %v30, %v118 : i64
                %v733 = arith.muli %v28, %v117 : i64
                %v734 = arith.addi %v732, %v733 : i64
                %v735 = arith.muli %v674, %v1 : i64
                %v736 = arith.addi %v734, %v735 : i64
                %v737 = llvm.getelementptr %in_theta[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v738 = llvm.load %v737 : !llvm.ptr -> f32
                %v739 = arith.mulf %v738, %v179 fastmath<contract> : f32
                %v740 = llvm.call_intrinsic "llvm.roundeven.f32"(%v739) : (f32) -> f32
                %v741 = arith.mulf %v740, %v182 fastmath<contract> : f32
                %v742 = arith.subf %v738, %v741 fastmath<contract> : f32
                %v743 = arith.mulf %v740, %v183 fastmath<contract> : f32
                %v744 = arith.subf %v742, %v743 fastmath<contract> : f32
                %v745 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v744) : (f32) -> f32
                %v746 = arith.mulf %v731, %v745 fastmath<contract> : f32
                llvm.store %v746, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v747 = arith.mulf %v730, %v730 fastmath<contract> : f32
                %v748 = arith.negf %v747 : f32
                llvm.store %v748, %v41 : f32, !llvm.ptr
              } else {
                %v749 = arith.subi %v77, %v1 : i64
                // the group's states, recomputed into registers
                %v750 = arith.subi %v77, %v93 : i64
                %v751 = arith.trunci %v750 : i64 to i32
                %v752 = arith.subi %size_L, %v1 : i64
                %v753 = arith.addi %v75, %v93 : i64
                %v754 = arith.subi %v752, %v753 : i64
                %v755 = arith.minsi %v754, %v103 : i64
                %v756 = arith.trunci %v755 : i64 to i32
                %v757 = arith.addi %v93, %v60 : i64
                %v758 = arith.cmpi slt, %v107, %v751 : i32
                %v759 = arith.cmpi eq, %v107, %v756 : i32
                scf.if %v758 {
                  %v760 = arith.addi %v75, %v757 : i64
                  %v761 = llvm.load %v36 : !llvm.ptr -> f32
                  %v762 = llvm.load %v37 : !llvm.ptr -> f32
                  %v763 = llvm.load %v44 : !llvm.ptr -> f32
                  %v764 = llvm.load %v45 : !llvm.ptr -> f32
                  %v765 = llvm.load %v46 : !llvm.ptr -> f32
                  %v766 = llvm.load %v47 : !llvm.ptr -> f32
                  %v767 = arith.muli %v30, %v118 : i64
                  %v768 = arith.muli %v28, %v117 : i64
                  %v769 = arith.addi %v767, %v768 : i64
                  %v770 = arith.muli %v760, %v1 : i64
                  %v771 = arith.addi %v769, %v770 : i64
                  %v772 = llvm.getelementptr %dy_y[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v773 = llvm.load %v772 : !llvm.ptr -> f32
                  %v774 = llvm.load %v38 : !llvm.ptr -> f32
                  %v775 = arith.mulf %v774, %v761 fastmath<contract> : f32
                  %v776 = arith.addf %v773, %v775 fastmath<contract> : f32
                  %v777 = llvm.load %v40 : !llvm.ptr -> f32
                  %v778 = arith.mulf %v777, %v762 fastmath<contract> : f32
                  %v779 = arith.addf %v778, %v776 fastmath<contract> : f32
                  %v780 = arith.mulf %v763, %v774 fastmath<contract> : f32
                  %v781 = arith.mulf %v777, %v765 fastmath<contract> : f32
                  %v782 = arith.addf %v781, %v780 fastmath<contract> : f32
                  %v783 = arith.mulf %v764, %v774 fastmath<contract> : f32
                  %v784 = arith.mulf %v777, %v766 fastmath<contract> : f32
                  %v785 = arith.addf %v784, %v783 fastmath<contract> : f32
                  %v786 = llvm.load %v39 : !llvm.ptr -> f32
                  %v787 = arith.mulf %v786, %v762 fastmath<contract> : f32
                  %v788 = arith.addf %v42, %v787 fastmath<contract> : f32
                  %v789 = llvm.load %v41 : !llvm.ptr -> f32
                  %v790 = arith.mulf %v789, %v761 fastmath<contract> : f32
                  %v791 = arith.addf %v790, %v788 fastmath<contract> : f32
                  %v792 = arith.mulf %v765, %v786 fastmath<contract> : f32
                  %v793 = arith.mulf %v789, %v763 fastmath<contract> : f32
                  %v794 = arith.addf %v793, %v792 fastmath<contract> : f32
                  %v795 = arith.mulf %v766, %v786 fastmath<contract> : f32
                  %v796 = arith.mulf %v789, %v764 fastmath<contract> : f32
                  %v797 = arith.addf %v796, %v795 fastmath<contract> : f32
                  llvm.store %v779, %v36 : f32, !llvm.ptr
                  llvm.store %v782, %v44 : f32, !llvm.ptr
                  llvm.store %v785, %v45 : f32, !llvm.ptr
                  llvm.store %v791, %v37 : f32, !llvm.ptr
                  llvm.store %v794, %v46 : f32, !llvm.ptr
                  llvm.store %v797, %v47 : f32, !llvm.ptr
                  scf.if %v759 {
                    %v798 = arith.muli %v30, %v50 : i64
                    %v799 = arith.muli %v28, %v1 : i64
                    %v800 = arith.addi %v798, %v799 : i64
                    %v801 = llvm.getelementptr %dy_h_last[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v802 = llvm.load %v801 : !llvm.ptr -> f32
                    %v803 = llvm.load %v36 : !llvm.ptr -> f32
                    %v804 = arith.addf %v803, %v802 fastmath<contract> : f32
                    llvm.store %v804, %v36 : f32, !llvm.ptr
                  }
                  %v805 = arith.muli %v30, %v118 : i64
                  %v806 = arith.muli %v28, %v117 : i64
                  %v807 = arith.addi %v805, %v806 : i64
                  %v808 = arith.muli %v760, %v1 : i64
                  %v809 = arith.addi %v807, %v808 : i64
                  %v810 = llvm.getelementptr %in_rho[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v811 = llvm.load %v810 : !llvm.ptr -> f32
                  %v812 = arith.negf %v811 : f32
                  %v813 = arith.mulf %v812, %v166 fastmath<contract> : f32
                  %v814 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v813) : (f32) -> f32
                  %v815 = arith.addf %v43, %v814 fastmath<contract> : f32
                  %v816 = arith.divf %v43, %v815 : f32
                  %v817 = arith.mulf %v157, %v816 fastmath<contract> : f32
                  %v818 = arith.muli %v30, %v118 : i64
                  %v819 = arith.muli %v28, %v117 : i64
                  %v820 = arith.addi %v818, %v819 : i64
                  %v821 = arith.muli %v760, %v1 : i64
                  %v822 = arith.addi %v820, %v821 : i64
                  %v823 = llvm.getelementptr %in_theta[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v824 = llvm.load %v823 : !llvm.ptr -> f32
                  %v825 = arith.mulf %v824, %v179 fastmath<contract> : f32
                  %v826 = llvm.call_intrinsic "llvm.roundeven.f32"(%v825) : (f32) -> f32
                  %v827 = arith.mulf %v826, %v182 fastmath<contract> : f32
                  %v828 = arith.subf %v824, %v827 fastmath<contract> : f32
                  %v829 = arith.mulf %v826, %v183 fastmath<contract> : f32
                  %v830 = arith.subf %v828, %v829 fastmath<contract> : f32
                  %v831 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v830) : (f32) -> f32
                  %v832 = arith.mulf %v817, %v831 fastmath<contract> : f32
                  llvm.store %v832, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v833 = arith.mulf %v816, %v816 fastmath<contract> : f32
                  %v834 = arith.negf %v833 : f32
                  llvm.store %v834, %v41 : f32, !llvm.ptr
                }
                %v835 = arith.addi %v93, %v192 : i64
                %v836 = arith.cmpi slt, %v194, %v751 : i32
                %v837 = arith.cmpi eq, %v194, %v756 : i32
                scf.if %v836 {
                  %v838 = arith.addi %v75, %v835 : i64
                  %v839 = llvm.load %v36 : !llvm.ptr -> f32
                  %v840 = llvm.load %v37 : !llvm.ptr -> f32
                  %v841 = llvm.load %v44 : !llvm.ptr -> f32
                  %v842 = llvm.load %v45 : !llvm.ptr -> f32
                  %v843 = llvm.load %v46 : !llvm.ptr -> f32
                  %v844 = llvm.load %v47 : !llvm.ptr -> f32
                  %v845 = arith.muli %v30, %v118 : i64
                  %v846 = arith.muli %v28, %v117 : i64
                  %v847 = arith.addi %v845, %v846 : i64
                  %v848 = arith.muli %v838, %v1 : i64
                  %v849 = arith.addi %v847, %v848 : i64
                  %v850 = llvm.getelementptr %dy_y[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v851 = llvm.load %v850 : !llvm.ptr -> f32
                  %v852 = llvm.load %v38 : !llvm.ptr -> f32
                  %v853 = arith.mulf %v852, %v839 fastmath<contract> : f32
                  %v854 = arith.addf %v851, %v853 fastmath<contract> : f32
                  %v855 = llvm.load %v40 : !llvm.ptr -> f32
                  %v856 = arith.mulf %v855, %v840 fastmath<contract> : f32
                  %v857 = arith.addf %v856, %v854 fastmath<contract> : f32
                  %v858 = arith.mulf %v841, %v852 fastmath<contract> : f32
                  %v859 = arith.mulf %v855, %v843 fastmath<contract> : f32
                  %v860 = arith.addf %v859, %v858 fastmath<contract> : f32
                  %v861 = arith.mulf %v842, %v852 fastmath<contract> : f32
                  %v862 = arith.mulf %v855, %v844 fastmath<contract> : f32
                  %v863 = arith.addf %v862, %v861 fastmath<contract> : f32
                  %v864 = llvm.load %v39 : !llvm.ptr -> f32
                  %v865 = arith.mulf %v864, %v840 fastmath<contract> : f32
                  %v866 = arith.addf %v42, %v865 fastmath<contract> : f32
                  %v867 = llvm.load %v41 : !llvm.ptr -> f32
                  %v868 = arith.mulf %v867, %v839 fastmath<contract> : f32
                  %v869 = arith.addf %v868, %v866 fastmath<contract> : f32
                  %v870 = arith.mulf %v843, %v864 fastmath<contract> : f32
                  %v871 = arith.mulf %v867, %v841 fastmath<contract> : f32
                  %v872 = arith.addf %v871, %v870 fastmath<contract> : f32
                  %v873 = arith.mulf %v844, %v864 fastmath<contract> : f32
                  %v874 = arith.mulf %v867, %v842 fastmath<contract> : f32
                  %v875 = arith.addf %v874, %v873 fastmath<contract> : f32
                  llvm.store %v857, %v36 : f32, !llvm.ptr
                  llvm.store %v860, %v44 : f32, !llvm.ptr
                  llvm.store %v863, %v45 : f32, !llvm.ptr
                  llvm.store %v869, %v37 : f32, !llvm.ptr
                  llvm.store %v872, %v46 : f32, !llvm.ptr
                  llvm.store %v875, %v47 : f32, !llvm.ptr
                  scf.if %v837 {
                    %v876 = arith.muli %v30, %v50 : i64
                    %v877 = arith.muli %v28, %v1 : i64
                    %v878 = arith.addi %v876, %v877 : i64
                    %v879 = llvm.getelementptr %dy_h_last[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v880 = llvm.load %v879 : !llvm.ptr -> f32
                    %v881 = llvm.load %v36 : !llvm.ptr -> f32
                    %v882 = arith.addf %v881, %v880 fastmath<contract> : f32
                    llvm.store %v882, %v36 : f32, !llvm.ptr
                  }
                  %v883 = arith.muli %v30, %v118 : i64
                  %v884 = arith.muli %v28, %v117 : i64
                  %v885 = arith.addi %v883, %v884 : i64
                  %v886 = arith.muli %v838, %v1 : i64
                  %v887 = arith.addi %v885, %v886 : i64
                  %v888 = llvm.getelementptr %in_rho[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v889 = llvm.load %v888 : !llvm.ptr -> f32
                  %v890 = arith.negf %v889 : f32
                  %v891 = arith.mulf %v890, %v166 fastmath<contract> : f32
                  %v892 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v891) : (f32) -> f32
                  %v893 = arith.addf %v43, %v892 fastmath<contract> : f32
                  %v894 = arith.divf %v43, %v893 : f32
                  %v895 = arith.mulf %v157, %v894 fastmath<contract> : f32
                  %v896 = arith.muli %v30, %v118 : i64
                  %v897 = arith.muli %v28, %v117 : i64
                  %v898 = arith.addi %v896, %v897 : i64
                  %v899 = arith.muli %v838, %v1 : i64
                  %v900 = arith.addi %v898, %v899 : i64
                  %v901 = llvm.getelementptr %in_theta[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v902 = llvm.load %v901 : !llvm.ptr -> f32
                  %v903 = arith.mulf %v902, %v179 fastmath<contract> : f32
                  %v904 = llvm.call_intrinsic "llvm.roundeven.f32"(%v903) : (f32) -> f32
                  %v905 = arith.mulf %v904, %v182 fastmath<contract> : f32
                  %v906 = arith.subf %v902, %v905 fastmath<contract> : f32
                  %v907 = arith.mulf %v904, %v183 fastmath<contract> : f32
                  %v908 = arith.subf %v906, %v907 fastmath<contract> : f32
                  %v909 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v908) : (f32) -> f32
                  %v910 = arith.mulf %v895, %v909 fastmath<contract> : f32
                  llvm.store %v910, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v911 = arith.mulf %v894, %v894 fastmath<contract> : f32
                  %v912 = arith.negf %v911 : f32
                  llvm.store %v912, %v41 : f32, !llvm.ptr
                }
                %v913 = arith.addi %v93, %v272 : i64
                %v914 = arith.cmpi slt, %v274, %v751 : i32
                %v915 = arith.cmpi eq, %v274, %v756 : i32
                scf.if %v914 {
                  %v916 = arith.addi %v75, %v913 : i64
                  %v917 = llvm.load %v36 : !llvm.ptr -> f32
                  %v918 = llvm.load %v37 : !llvm.ptr -> f32
                  %v919 = llvm.load %v44 : !llvm.ptr -> f32
                  %v920 = llvm.load %v45 : !llvm.ptr -> f32
                  %v921 = llvm.load %v46 : !llvm.ptr -> f32
                  %v922 = llvm.load %v47 : !llvm.ptr -> f32
                  %v923 = arith.muli %v30, %v118 : i64
                  %v924 = arith.muli %v28, %v117 : i64
                  %v925 = arith.addi %v923, %v924 : i64
                  %v926 = arith.muli %v916, %v1 : i64
                  %v927 = arith.addi %v925, %v926 : i64
                  %v928 = llvm.getelementptr %dy_y[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v929 = llvm.load %v928 : !llvm.ptr -> f32
                  %v930 = llvm.load %v38 : !llvm.ptr -> f32
                  %v931 = arith.mulf %v930, %v917 fastmath<contract> : f32
                  %v932 = arith.addf %v929, %v931 fastmath<contract> : f32
                  %v933 = llvm.load %v40 : !llvm.ptr -> f32
                  %v934 = arith.mulf %v933, %v918 fastmath<contract> : f32
                  %v935 = arith.addf %v934, %v932 fastmath<contract> : f32
                  %v936 = arith.mulf %v919, %v930 fastmath<contract> : f32
                  %v937 = arith.mulf %v933, %v921 fastmath<contract> : f32
                  %v938 = arith.addf %v937, %v936 fastmath<contract> : f32
                  %v939 = arith.mulf %v920, %v930 fastmath<contract> : f32
                  %v940 = arith.mulf %v933, %v922 fastmath<contract> : f32
                  %v941 = arith.addf %v940, %v939 fastmath<contract> : f32
                  %v942 = llvm.load %v39 : !llvm.ptr -> f32
                  %v943 = arith.mulf %v942, %v918 fastmath<contract> : f32
                  %v944 = arith.addf %v42, %v943 fastmath<contract> : f32
                  %v945 = llvm.load %v41 : !llvm.ptr -> f32
                  %v946 = arith.mulf %v945, %v917 fastmath<contract> : f32
                  %v947 = arith.addf %v946, %v944 fastmath<contract> : f32
                  %v948 = arith.mulf %v921, %v942 fastmath<contract> : f32
                  %v949 = arith.mulf %v945, %v919 fastmath<contract> : f32
                  %v950 = arith.addf %v949, %v948 fastmath<contract> : f32
                  %v951 = arith.mulf %v922, %v942 fastmath<contract> : f32
                  %v952 = arith.mulf %v945, %v920 fastmath<contract> : f32
                  %v953 = arith.addf %v952, %v951 fastmath<contract> : f32
                  llvm.store %v935, %v36 : f32, !llvm.ptr
                  llvm.store %v938, %v44 : f32, !llvm.ptr
                  llvm.store %v941, %v45 : f32, !llvm.ptr
                  llvm.store %v947, %v37 : f32, !llvm.ptr
                  llvm.store %v950, %v46 : f32, !llvm.ptr
                  llvm.store %v953, %v47 : f32, !llvm.ptr
                  scf.if %v915 {
                    %v954 = arith.muli %v30, %v50 : i64
                    %v955 = arith.muli %v28, %v1 : i64
                    %v956 = arith.addi %v954, %v955 : i64
                    %v957 = llvm.getelementptr %dy_h_last[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v958 = llvm.load %v957 : !llvm.ptr -> f32
                    %v959 = llvm.load %v36 : !llvm.ptr -> f32
                    %v960 = arith.addf %v959, %v958 fastmath<contract> : f32
                    llvm.store %v960, %v36 : f32, !llvm.ptr
                  }
                  %v961 = arith.muli %v30, %v118 : i64
                  %v962 = arith.muli %v28, %v117 : i64
                  %v963 = arith.addi %v961, %v962 : i64
                  %v964 = arith.muli %v916, %v1 : i64
                  %v965 = arith.addi %v963, %v964 : i64
                  %v966 = llvm.getelementptr %in_rho[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v967 = llvm.load %v966 : !llvm.ptr -> f32
                  %v968 = arith.negf %v967 : f32
                  %v969 = arith.mulf %v968, %v166 fastmath<contract> : f32
                  %v970 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v969) : (f32) -> f32
                  %v971 = arith.addf %v43, %v970 fastmath<contract> : f32
                  %v972 = arith.divf %v43, %v971 : f32
                  %v973 = arith.mulf %v157, %v972 fastmath<contract> : f32
                  %v974 = arith.muli %v30, %v118 : i64
                  %v975 = arith.muli %v28, %v117 : i64
                  %v976 = arith.addi %v974, %v975 : i64
                  %v977 = arith.muli %v916, %v1 : i64
                  %v978 = arith.addi %v976, %v977 : i64
                  %v979 = llvm.getelementptr %in_theta[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v980 = llvm.load %v979 : !llvm.ptr -> f32
                  %v981 = arith.mulf %v980, %v179 fastmath<contract> : f32
                  %v982 = llvm.call_intrinsic "llvm.roundeven.f32"(%v981) : (f32) -> f32
                  %v983 = arith.mulf %v982, %v182 fastmath<contract> : f32
                  %v984 = arith.subf %v980, %v983 fastmath<contract> : f32
                  %v985 = arith.mulf %v982, %v183 fastmath<contract> : f32
                  %v986 = arith.subf %v984, %v985 fastmath<contract> : f32
                  %v987 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v986) : (f32) -> f32
                  %v988 = arith.mulf %v973, %v987 fastmath<contract> : f32
                  llvm.store %v988, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v989 = arith.mulf %v972, %v972 fastmath<contract> : f32
                  %v990 = arith.negf %v989 : f32
                  llvm.store %v990, %v41 : f32, !llvm.ptr
                }
                %v991 = arith.addi %v93, %v32 : i64
                %v992 = arith.cmpi slt, %v353, %v751 : i32
                %v993 = arith.cmpi eq, %v353, %v756 : i32
                scf.if %v992 {
                  %v994 = arith.addi %v75, %v991 : i64
                  %v995 = llvm.load %v36 : !llvm.ptr -> f32
                  %v996 = llvm.load %v37 : !llvm.ptr -> f32
                  %v997 = llvm.load %v44 : !llvm.ptr -> f32
                  %v998 = llvm.load %v45 : !llvm.ptr -> f32
                  %v999 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1000 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1001 = arith.muli %v30, %v118 : i64
                  %v1002 = arith.muli %v28, %v117 : i64
                  %v1003 = arith.addi %v1001, %v1002 : i64
                  %v1004 = arith.muli %v994, %v1 : i64
                  %v1005 = arith.addi %v1003, %v1004 : i64
                  %v1006 = llvm.getelementptr %dy_y[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
                  %v1008 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1009 = arith.mulf %v1008, %v995 fastmath<contract> : f32
                  %v1010 = arith.addf %v1007, %v1009 fastmath<contract> : f32
                  %v1011 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1012 = arith.mulf %v1011, %v996 fastmath<contract> : f32
                  %v1013 = arith.addf %v1012, %v1010 fastmath<contract> : f32
                  %v1014 = arith.mulf %v997, %v1008 fastmath<contract> : f32
                  %v1015 = arith.mulf %v1011, %v999 fastmath<contract> : f32
                  %v1016 = arith.addf %v1015, %v1014 fastmath<contract> : f32
                  %v1017 = arith.mulf %v998, %v1008 fastmath<contract> : f32
                  %v1018 = arith.mulf %v1011, %v1000 fastmath<contract> : f32
                  %v1019 = arith.addf %v1018, %v1017 fastmath<contract> : f32
                  %v1020 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1021 = arith.mulf %v1020, %v996 fastmath<contract> : f32
                  %v1022 = arith.addf %v42, %v1021 fastmath<contract> : f32
                  %v1023 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1024 = arith.mulf %v1023, %v995 fastmath<contract> : f32
                  %v1025 = arith.addf %v1024, %v1022 fastmath<contract> : f32
                  %v1026 = arith.mulf %v999, %v1020 fastmath<contract> : f32
                  %v1027 = arith.mulf %v1023, %v997 fastmath<contract> : f32
                  %v1028 = arith.addf %v1027, %v1026 fastmath<contract> : f32
                  %v1029 = arith.mulf %v1000, %v1020 fastmath<contract> : f32
                  %v1030 = arith.mulf %v1023, %v998 fastmath<contract> : f32
                  %v1031 = arith.addf %v1030, %v1029 fastmath<contract> : f32
                  llvm.store %v1013, %v36 : f32, !llvm.ptr
                  llvm.store %v1016, %v44 : f32, !llvm.ptr
                  llvm.store %v1019, %v45 : f32, !llvm.ptr
                  llvm.store %v1025, %v37 : f32, !llvm.ptr
                  llvm.store %v1028, %v46 : f32, !llvm.ptr
                  llvm.store %v1031, %v47 : f32, !llvm.ptr
                  scf.if %v993 {
                    %v1032 = arith.muli %v30, %v50 : i64
                    %v1033 = arith.muli %v28, %v1 : i64
                    %v1034 = arith.addi %v1032, %v1033 : i64
                    %v1035 = llvm.getelementptr %dy_h_last[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
                    %v1037 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1038 = arith.addf %v1037, %v1036 fastmath<contract> : f32
                    llvm.store %v1038, %v36 : f32, !llvm.ptr
                  }
                  %v1039 = arith.muli %v30, %v118 : i64
                  %v1040 = arith.muli %v28, %v117 : i64
                  %v1041 = arith.addi %v1039, %v1040 : i64
                  %v1042 = arith.muli %v994, %v1 : i64
                  %v1043 = arith.addi %v1041, %v1042 : i64
                  %v1044 = llvm.getelementptr %in_rho[%v1043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1045 = llvm.load %v1044 : !llvm.ptr -> f32
                  %v1046 = arith.negf %v1045 : f32
                  %v1047 = arith.mulf %v1046, %v166 fastmath<contract> : f32
                  %v1048 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1047) : (f32) -> f32
                  %v1049 = arith.addf %v43, %v1048 fastmath<contract> : f32
                  %v1050 = arith.divf %v43, %v1049 : f32
                  %v1051 = arith.mulf %v157, %v1050 fastmath<contract> : f32
                  %v1052 = arith.muli %v30, %v118 : i64
                  %v1053 = arith.muli %v28, %v117 : i64
                  %v1054 = arith.addi %v1052, %v1053 : i64
                  %v1055 = arith.muli %v994, %v1 : i64
                  %v1056 = arith.addi %v1054, %v1055 : i64
                  %v1057 = llvm.getelementptr %in_theta[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
                  %v1059 = arith.mulf %v1058, %v179 fastmath<contract> : f32
                  %v1060 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1059) : (f32) -> f32
                  %v1061 = arith.mulf %v1060, %v182 fastmath<contract> : f32
                  %v1062 = arith.subf %v1058, %v1061 fastmath<contract> : f32
                  %v1063 = arith.mulf %v1060, %v183 fastmath<contract> : f32
                  %v1064 = arith.subf %v1062, %v1063 fastmath<contract> : f32
                  %v1065 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1064) : (f32) -> f32
                  %v1066 = arith.mulf %v1051, %v1065 fastmath<contract> : f32
                  llvm.store %v1066, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v1067 = arith.mulf %v1050, %v1050 fastmath<contract> : f32
                  %v1068 = arith.negf %v1067 : f32
                  llvm.store %v1068, %v41 : f32, !llvm.ptr
                }
                %v1069 = arith.addi %v93, %v431 : i64
                %v1070 = arith.cmpi slt, %v433, %v751 : i32
                %v1071 = arith.cmpi eq, %v433, %v756 : i32
                scf.if %v1070 {
                  %v1072 = arith.addi %v75, %v1069 : i64
                  %v1073 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1074 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1075 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1076 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1077 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1078 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1079 = arith.muli %v30, %v118 : i64
                  %v1080 = arith.muli %v28, %v117 : i64
                  %v1081 = arith.addi %v1079, %v1080 : i64
                  %v1082 = arith.muli %v1072, %v1 : i64
                  %v1083 = arith.addi %v1081, %v1082 : i64
                  %v1084 = llvm.getelementptr %dy_y[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1085 = llvm.load %v1084 : !llvm.ptr -> f32
                  %v1086 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1087 = arith.mulf %v1086, %v1073 fastmath<contract> : f32
                  %v1088 = arith.addf %v1085, %v1087 fastmath<contract> : f32
                  %v1089 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1090 = arith.mulf %v1089, %v1074 fastmath<contract> : f32
                  %v1091 = arith.addf %v1090, %v1088 fastmath<contract> : f32
                  %v1092 = arith.mulf %v1075, %v1086 fastmath<contract> : f32
                  %v1093 = arith.mulf %v1089, %v1077 fastmath<contract> : f32
                  %v1094 = arith.addf %v1093, %v1092 fastmath<contract> : f32
                  %v1095 = arith.mulf %v1076, %v1086 fastmath<contract> : f32
                  %v1096 = arith.mulf %v1089, %v1078 fastmath<contract> : f32
                  %v1097 = arith.addf %v1096, %v1095 fastmath<contract> : f32
                  %v1098 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1099 = arith.mulf %v1098, %v1074 fastmath<contract> : f32
                  %v1100 = arith.addf %v42, %v1099 fastmath<contract> : f32
                  %v1101 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1102 = arith.mulf %v1101, %v1073 fastmath<contract> : f32
                  %v1103 = arith.addf %v1102, %v1100 fastmath<contract> : f32
                  %v1104 = arith.mulf %v1077, %v1098 fastmath<contract> : f32
                  %v1105 = arith.mulf %v1101, %v1075 fastmath<contract> : f32
                  %v1106 = arith.addf %v1105, %v1104 fastmath<contract> : f32
                  %v1107 = arith.mulf %v1078, %v1098 fastmath<contract> : f32
                  %v1108 = arith.mulf %v1101, %v1076 fastmath<contract> : f32
                  %v1109 = arith.addf %v1108, %v1107 fastmath<contract> : f32
                  llvm.store %v1091, %v36 : f32, !llvm.ptr
                  llvm.store %v1094, %v44 : f32, !llvm.ptr
                  llvm.store %v1097, %v45 : f32, !llvm.ptr
                  llvm.store %v1103, %v37 : f32, !llvm.ptr
                  llvm.store %v1106, %v46 : f32, !llvm.ptr
                  llvm.store %v1109, %v47 : f32, !llvm.ptr
                  scf.if %v1071 {
                    %v1110 = arith.muli %v30, %v50 : i64
                    %v1111 = arith.muli %v28, %v1 : i64
                    %v1112 = arith.addi %v1110, %v1111 : i64
                    %v1113 = llvm.getelementptr %dy_h_last[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1114 = llvm.load %v1113 : !llvm.ptr -> f32
                    %v1115 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1116 = arith.addf %v1115, %v1114 fastmath<contract> : f32
                    llvm.store %v1116, %v36 : f32, !llvm.ptr
                  }
                  %v1117 = arith.muli %v30, %v118 : i64
                  %v1118 = arith.muli %v28, %v117 : i64
                  %v1119 = arith.addi %v1117, %v1118 : i64
                  %v1120 = arith.muli %v1072, %v1 : i64
                  %v1121 = arith.addi %v1119, %v1120 : i64
                  %v1122 = llvm.getelementptr %in_rho[%v1121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1123 = llvm.load %v1122 : !llvm.ptr -> f32
                  %v1124 = arith.negf %v1123 : f32
                  %v1125 = arith.mulf %v1124, %v166 fastmath<contract> : f32
                  %v1126 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1125) : (f32) -> f32
                  %v1127 = arith.addf %v43, %v1126 fastmath<contract> : f32
                  %v1128 = arith.divf %v43, %v1127 : f32
                  %v1129 = arith.mulf %v157, %v1128 fastmath<contract> : f32
                  %v1130 = arith.muli %v30, %v118 : i64
                  %v1131 = arith.muli %v28, %v117 : i64
                  %v1132 = arith.addi %v1130, %v1131 : i64
                  %v1133 = arith.muli %v1072, %v1 : i64
                  %v1134 = arith.addi %v1132, %v1133 : i64
                  %v1135 = llvm.getelementptr %in_theta[%v1134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1136 = llvm.load %v1135 : !llvm.ptr -> f32
                  %v1137 = arith.mulf %v1136, %v179 fastmath<contract> : f32
                  %v1138 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1137) : (f32) -> f32
                  %v1139 = arith.mulf %v1138, %v182 fastmath<contract> : f32
                  %v1140 = arith.subf %v1136, %v1139 fastmath<contract> : f32
                  %v1141 = arith.mulf %v1138, %v183 fastmath<contract> : f32
                  %v1142 = arith.subf %v1140, %v1141 fastmath<contract> : f32
                  %v1143 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1142) : (f32) -> f32
                  %v1144 = arith.mulf %v1129, %v1143 fastmath<contract> : f32
                  llvm.store %v1144, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v1145 = arith.mulf %v1128, %v1128 fastmath<contract> : f32
                  %v1146 = arith.negf %v1145 : f32
                  llvm.store %v1146, %v41 : f32, !llvm.ptr
                }
                %v1147 = arith.addi %v93, %v511 : i64
                %v1148 = arith.cmpi slt, %v513, %v751 : i32
                %v1149 = arith.cmpi eq, %v513, %v756 : i32
                scf.if %v1148 {
                  %v1150 = arith.addi %v75, %v1147 : i64
                  %v1151 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1152 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1153 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1154 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1155 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1156 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1157 = arith.muli %v30, %v118 : i64
                  %v1158 = arith.muli %v28, %v117 : i64
                  %v1159 = arith.addi %v1157, %v1158 : i64
                  %v1160 = arith.muli %v1150, %v1 : i64
                  %v1161 = arith.addi %v1159, %v1160 : i64
                  %v1162 = llvm.getelementptr %dy_y[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1163 = llvm.load %v1162 : !llvm.ptr -> f32
                  %v1164 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1165 = arith.mulf %v1164, %v1151 fastmath<contract> : f32
                  %v1166 = arith.addf %v1163, %v1165 fastmath<contract> : f32
                  %v1167 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1168 = arith.mulf %v1167, %v1152 fastmath<contract> : f32
                  %v1169 = arith.addf %v1168, %v1166 fastmath<contract> : f32
                  %v1170 = arith.mulf %v1153, %v1164 fastmath<contract> : f32
                  %v1171 = arith.mulf %v1167, %v1155 fastmath<contract> : f32
                  %v1172 = arith.addf %v1171, %v1170 fastmath<contract> : f32
                  %v1173 = arith.mulf %v1154, %v1164 fastmath<contract> : f32
                  %v1174 = arith.mulf %v1167, %v1156 fastmath<contract> : f32
                  %v1175 = arith.addf %v1174, %v1173 fastmath<contract> : f32
                  %v1176 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1177 = arith.mulf %v1176, %v1152 fastmath<contract> : f32
                  %v1178 = arith.addf %v42, %v1177 fastmath<contract> : f32
                  %v1179 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1180 = arith.mulf %v1179, %v1151 fastmath<contract> : f32
                  %v1181 = arith.addf %v1180, %v1178 fastmath<contract> : f32
                  %v1182 = arith.mulf %v1155, %v1176 fastmath<contract> : f32
                  %v1183 = arith.mulf %v1179, %v1153 fastmath<contract> : f32
                  %v1184 = arith.addf %v1183, %v1182 fastmath<contract> : f32
                  %v1185 = arith.mulf %v1156, %v1176 fastmath<contract> : f32
                  %v1186 = arith.mulf %v1179, %v1154 fastmath<contract> : f32
                  %v1187 = arith.addf %v1186, %v1185 fastmath<contract> : f32
                  llvm.store %v1169, %v36 : f32, !llvm.ptr
                  llvm.store %v1172, %v44 : f32, !llvm.ptr
                  llvm.store %v1175, %v45 : f32, !llvm.ptr
                  llvm.store %v1181, %v37 : f32, !llvm.ptr
                  llvm.store %v1184, %v46 : f32, !llvm.ptr
                  llvm.store %v1187, %v47 : f32, !llvm.ptr
                  scf.if %v1149 {
                    %v1188 = arith.muli %v30, %v50 : i64
                    %v1189 = arith.muli %v28, %v1 : i64
                    %v1190 = arith.addi %v1188, %v1189 : i64
                    %v1191 = llvm.getelementptr %dy_h_last[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
                    %v1193 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1194 = arith.addf %v1193, %v1192 fastmath<contract> : f32
                    llvm.store %v1194, %v36 : f32, !llvm.ptr
                  }
                  %v1195 = arith.muli %v30, %v118 : i64
                  %v1196 = arith.muli %v28, %v117 : i64
                  %v1197 = arith.addi %v1195, %v1196 : i64
                  %v1198 = arith.muli %v1150, %v1 : i64
                  %v1199 = arith.addi %v1197, %v1198 : i64
                  %v1200 = llvm.getelementptr %in_rho[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1201 = llvm.load %v1200 : !llvm.ptr -> f32
                  %v1202 = arith.negf %v1201 : f32
                  %v1203 = arith.mulf %v1202, %v166 fastmath<contract> : f32
                  %v1204 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1203) : (f32) -> f32
                  %v1205 = arith.addf %v43, %v1204 fastmath<contract> : f32
                  %v1206 = arith.divf %v43, %v1205 : f32
                  %v1207 = arith.mulf %v157, %v1206 fastmath<contract> : f32
                  %v1208 = arith.muli %v30, %v118 : i64
                  %v1209 = arith.muli %v28, %v117 : i64
                  %v1210 = arith.addi %v1208, %v1209 : i64
                  %v1211 = arith.muli %v1150, %v1 : i64
                  %v1212 = arith.addi %v1210, %v1211 : i64
                  %v1213 = llvm.getelementptr %in_theta[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
                  %v1215 = arith.mulf %v1214, %v179 fastmath<contract> : f32
                  %v1216 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1215) : (f32) -> f32
                  %v1217 = arith.mulf %v1216, %v182 fastmath<contract> : f32
                  %v1218 = arith.subf %v1214, %v1217 fastmath<contract> : f32
                  %v1219 = arith.mulf %v1216, %v183 fastmath<contract> : f32
                  %v1220 = arith.subf %v1218, %v1219 fastmath<contract> : f32
                  %v1221 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1220) : (f32) -> f32
                  %v1222 = arith.mulf %v1207, %v1221 fastmath<contract> : f32
                  llvm.store %v1222, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v1223 = arith.mulf %v1206, %v1206 fastmath<contract> : f32
                  %v1224 = arith.negf %v1223 : f32
                  llvm.store %v1224, %v41 : f32, !llvm.ptr
                }
                %v1225 = arith.addi %v93, %v1 : i64
                %v1226 = arith.cmpi slt, %v592, %v751 : i32
                %v1227 = arith.cmpi eq, %v592, %v756 : i32
                scf.if %v1226 {
                  %v1228 = arith.addi %v75, %v1225 : i64
                  %v1229 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1230 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1231 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1232 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1233 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1234 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1235 = arith.muli %v30, %v118 : i64
                  %v1236 = arith.muli %v28, %v117 : i64
                  %v1237 = arith.addi %v1235, %v1236 : i64
                  %v1238 = arith.muli %v1228, %v1 : i64
                  %v1239 = arith.addi %v1237, %v1238 : i64
                  %v1240 = llvm.getelementptr %dy_y[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1241 = llvm.load %v1240 : !llvm.ptr -> f32
                  %v1242 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1243 = arith.mulf %v1242, %v1229 fastmath<contract> : f32
                  %v1244 = arith.addf %v1241, %v1243 fastmath<contract> : f32
                  %v1245 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1246 = arith.mulf %v1245, %v1230 fastmath<contract> : f32
                  %v1247 = arith.addf %v1246, %v1244 fastmath<contract> : f32
                  %v1248 = arith.mulf %v1231, %v1242 fastmath<contract> : f32
                  %v1249 = arith.mulf %v1245, %v1233 fastmath<contract> : f32
                  %v1250 = arith.addf %v1249, %v1248 fastmath<contract> : f32
                  %v1251 = arith.mulf %v1232, %v1242 fastmath<contract> : f32
                  %v1252 = arith.mulf %v1245, %v1234 fastmath<contract> : f32
                  %v1253 = arith.addf %v1252, %v1251 fastmath<contract> : f32
                  %v1254 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1255 = arith.mulf %v1254, %v1230 fastmath<contract> : f32
                  %v1256 = arith.addf %v42, %v1255 fastmath<contract> : f32
                  %v1257 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1258 = arith.mulf %v1257, %v1229 fastmath<contract> : f32
                  %v1259 = arith.addf %v1258, %v1256 fastmath<contract> : f32
                  %v1260 = arith.mulf %v1233, %v1254 fastmath<contract> : f32
                  %v1261 = arith.mulf %v1257, %v1231 fastmath<contract> : f32
                  %v1262 = arith.addf %v1261, %v1260 fastmath<contract> : f32
                  %v1263 = arith.mulf %v1234, %v1254 fastmath<contract> : f32
                  %v1264 = arith.mulf %v1257, %v1232 fastmath<contract> : f32
                  %v1265 = arith.addf %v1264, %v1263 fastmath<contract> : f32
                  llvm.store %v1247, %v36 : f32, !llvm.ptr
                  llvm.store %v1250, %v44 : f32, !llvm.ptr
                  llvm.store %v1253, %v45 : f32, !llvm.ptr
                  llvm.store %v1259, %v37 : f32, !llvm.ptr
                  llvm.store %v1262, %v46 : f32, !llvm.ptr
                  llvm.store %v1265, %v47 : f32, !llvm.ptr
                  scf.if %v1227 {
                    %v1266 = arith.muli %v30, %v50 : i64
                    %v1267 = arith.muli %v28, %v1 : i64
                    %v1268 = arith.addi %v1266, %v1267 : i64
                    %v1269 = llvm.getelementptr %dy_h_last[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
                    %v1271 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1272 = arith.addf %v1271, %v1270 fastmath<contract> : f32
                    llvm.store %v1272, %v36 : f32, !llvm.ptr
                  }
                  %v1273 = arith.muli %v30, %v118 : i64
                  %v1274 = arith.muli %v28, %v117 : i64
                  %v1275 = arith.addi %v1273, %v1274 : i64
                  %v1276 = arith.muli %v1228, %v1 : i64
                  %v1277 = arith.addi %v1275, %v1276 : i64
                  %v1278 = llvm.getelementptr %in_rho[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1279 = llvm.load %v1278 : !llvm.ptr -> f32
                  %v1280 = arith.negf %v1279 : f32
                  %v1281 = arith.mulf %v1280, %v166 fastmath<contract> : f32
                  %v1282 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1281) : (f32) -> f32
                  %v1283 = arith.addf %v43, %v1282 fastmath<contract> : f32
                  %v1284 = arith.divf %v43, %v1283 : f32
                  %v1285 = arith.mulf %v157, %v1284 fastmath<contract> : f32
                  %v1286 = arith.muli %v30, %v118 : i64
                  %v1287 = arith.muli %v28, %v117 : i64
                  %v1288 = arith.addi %v1286, %v1287 : i64
                  %v1289 = arith.muli %v1228, %v1 : i64
                  %v1290 = arith.addi %v1288, %v1289 : i64
                  %v1291 = llvm.getelementptr %in_theta[%v1290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1292 = llvm.load %v1291 : !llvm.ptr -> f32
                  %v1293 = arith.mulf %v1292, %v179 fastmath<contract> : f32
                  %v1294 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1293) : (f32) -> f32
                  %v1295 = arith.mulf %v1294, %v182 fastmath<contract> : f32
                  %v1296 = arith.subf %v1292, %v1295 fastmath<contract> : f32
                  %v1297 = arith.mulf %v1294, %v183 fastmath<contract> : f32
                  %v1298 = arith.subf %v1296, %v1297 fastmath<contract> : f32
                  %v1299 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1298) : (f32) -> f32
                  %v1300 = arith.mulf %v1285, %v1299 fastmath<contract> : f32
                  llvm.store %v1300, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v1301 = arith.mulf %v1284, %v1284 fastmath<contract> : f32
                  %v1302 = arith.negf %v1301 : f32
                  llvm.store %v1302, %v41 : f32, !llvm.ptr
                }
                %v1303 = arith.addi %v93, %v48 : i64
                %v1304 = arith.cmpi slt, %v671, %v751 : i32
                %v1305 = arith.cmpi eq, %v671, %v756 : i32
                scf.if %v1304 {
                  %v1306 = arith.addi %v75, %v1303 : i64
                  %v1307 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1308 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1309 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1310 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1311 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1312 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1313 = arith.muli %v30, %v118 : i64
                  %v1314 = arith.muli %v28, %v117 : i64
                  %v1315 = arith.addi %v1313, %v1314 : i64
                  %v1316 = arith.muli %v1306, %v1 : i64
                  %v1317 = arith.addi %v1315, %v1316 : i64
                  %v1318 = llvm.getelementptr %dy_y[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1319 = llvm.load %v1318 : !llvm.ptr -> f32
                  %v1320 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1321 = arith.mulf %v1320, %v1307 fastmath<contract> : f32
                  %v1322 = arith.addf %v1319, %v1321 fastmath<contract> : f32
                  %v1323 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1324 = arith.mulf %v1323, %v1308 fastmath<contract> : f32
                  %v1325 = arith.addf %v1324, %v1322 fastmath<contract> : f32
                  %v1326 = arith.mulf %v1309, %v1320 fastmath<contract> : f32
                  %v1327 = arith.mulf %v1323, %v1311 fastmath<contract> : f32
                  %v1328 = arith.addf %v1327, %v1326 fastmath<contract> : f32
                  %v1329 = arith.mulf %v1310, %v1320 fastmath<contract> : f32
                  %v1330 = arith.mulf %v1323, %v1312 fastmath<contract> : f32
                  %v1331 = arith.addf %v1330, %v1329 fastmath<contract> : f32
                  %v1332 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1333 = arith.mulf %v1332, %v1308 fastmath<contract> : f32
                  %v1334 = arith.addf %v42, %v1333 fastmath<contract> : f32
                  %v1335 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1336 = arith.mulf %v1335, %v1307 fastmath<contract> : f32
                  %v1337 = arith.addf %v1336, %v1334 fastmath<contract> : f32
                  %v1338 = arith.mulf %v1311, %v1332 fastmath<contract> : f32
                  %v1339 = arith.mulf %v1335, %v1309 fastmath<contract> : f32
                  %v1340 = arith.addf %v1339, %v1338 fastmath<contract> : f32
                  %v1341 = arith.mulf %v1312, %v1332 fastmath<contract> : f32
                  %v1342 = arith.mulf %v1335, %v1310 fastmath<contract> : f32
                  %v1343 = arith.addf %v1342, %v1341 fastmath<contract> : f32
                  llvm.store %v1325, %v36 : f32, !llvm.ptr
                  llvm.store %v1328, %v44 : f32, !llvm.ptr
                  llvm.store %v1331, %v45 : f32, !llvm.ptr
                  llvm.store %v1337, %v37 : f32, !llvm.ptr
                  llvm.store %v1340, %v46 : f32, !llvm.ptr
                  llvm.store %v1343, %v47 : f32, !llvm.ptr
                  scf.if %v1305 {
                    %v1344 = arith.muli %v30, %v50 : i64
                    %v1345 = arith.muli %v28, %v1 : i64
                    %v1346 = arith.addi %v1344, %v1345 : i64
                    %v1347 = llvm.getelementptr %dy_h_last[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
                    %v1349 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1350 = arith.addf %v1349, %v1348 fastmath<contract> : f32
                    llvm.store %v1350, %v36 : f32, !llvm.ptr
                  }
                  %v1351 = arith.muli %v30, %v118 : i64
                  %v1352 = arith.muli %v28, %v117 : i64
                  %v1353 = arith.addi %v1351, %v1352 : i64
                  %v1354 = arith.muli %v1306, %v1 : i64
                  %v1355 = arith.addi %v1353, %v1354 : i64
                  %v1356 = llvm.getelementptr %in_rho[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
                  %v1358 = arith.negf %v1357 : f32
                  %v1359 = arith.mulf %v1358, %v166 fastmath<contract> : f32
                  %v1360 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1359) : (f32) -> f32
                  %v1361 = arith.addf %v43, %v1360 fastmath<contract> : f32
                  %v1362 = arith.divf %v43, %v1361 : f32
                  %v1363 = arith.mulf %v157, %v1362 fastmath<contract> : f32
                  %v1364 = arith.muli %v30, %v118 : i64
                  %v1365 = arith.muli %v28, %v117 : i64
                  %v1366 = arith.addi %v1364, %v1365 : i64
                  %v1367 = arith.muli %v1306, %v1 : i64
                  %v1368 = arith.addi %v1366, %v1367 : i64
                  %v1369 = llvm.getelementptr %in_theta[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
                  %v1371 = arith.mulf %v1370, %v179 fastmath<contract> : f32
                  %v1372 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1371) : (f32) -> f32
                  %v1373 = arith.mulf %v1372, %v182 fastmath<contract> : f32
                  %v1374 = arith.subf %v1370, %v1373 fastmath<contract> : f32
                  %v1375 = arith.mulf %v1372, %v183 fastmath<contract> : f32
                  %v1376 = arith.subf %v1374, %v1375 fastmath<contract> : f32
                  %v1377 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1376) : (f32) -> f32
                  %v1378 = arith.mulf %v1363, %v1377 fastmath<contract> : f32
                  llvm.store %v1378, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v1379 = arith.mulf %v1362, %v1362 fastmath<contract> : f32
                  %v1380 = arith.negf %v1379 : f32
                  llvm.store %v1380, %v41 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v25 {
        %v1381 = llvm.load %v36 : !llvm.ptr -> f32
        %v1382 = arith.muli %v48, %v7 : i64
        %v1383 = arith.addi %v1382, %v21 : i64
        %v1384 = arith.muli %v1383, %v1 : i64
        %v1385 = arith.addi %v1384, %v48 : i64
        %v1386 = arith.muli %v1385, %v3 : i64
        %v1387 = arith.subi %v3, %v1 : i64
        %v1388 = arith.minsi %v24, %v1387 : i64
        %v1389 = arith.addi %v1386, %v1388 : i64
        %v1390 = llvm.getelementptr %segsum_h[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1381, %v1390 : f32, !llvm.ptr
        %v1391 = llvm.load %v44 : !llvm.ptr -> f32
        %v1392 = arith.muli %v1, %v7 : i64
        %v1393 = arith.addi %v1392, %v21 : i64
        %v1394 = arith.muli %v1393, %v1 : i64
        %v1395 = arith.addi %v1394, %v48 : i64
        %v1396 = arith.muli %v1395, %v3 : i64
        %v1397 = arith.subi %v3, %v1 : i64
        %v1398 = arith.minsi %v24, %v1397 : i64
        %v1399 = arith.addi %v1396, %v1398 : i64
        %v1400 = llvm.getelementptr %segsum_h[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1391, %v1400 : f32, !llvm.ptr
        %v1401 = llvm.load %v45 : !llvm.ptr -> f32
        %v1402 = arith.muli %v511, %v7 : i64
        %v1403 = arith.addi %v1402, %v21 : i64
        %v1404 = arith.muli %v1403, %v1 : i64
        %v1405 = arith.addi %v1404, %v48 : i64
        %v1406 = arith.muli %v1405, %v3 : i64
        %v1407 = arith.subi %v3, %v1 : i64
        %v1408 = arith.minsi %v24, %v1407 : i64
        %v1409 = arith.addi %v1406, %v1408 : i64
        %v1410 = llvm.getelementptr %segsum_h[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1401, %v1410 : f32, !llvm.ptr
        %v1411 = llvm.load %v38 : !llvm.ptr -> f32
        %v1412 = arith.muli %v431, %v7 : i64
        %v1413 = arith.addi %v1412, %v21 : i64
        %v1414 = arith.muli %v1413, %v1 : i64
        %v1415 = arith.addi %v1414, %v48 : i64
        %v1416 = arith.muli %v1415, %v3 : i64
        %v1417 = arith.subi %v3, %v1 : i64
        %v1418 = arith.minsi %v24, %v1417 : i64
        %v1419 = arith.addi %v1416, %v1418 : i64
        %v1420 = llvm.getelementptr %segsum_h[%v1419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1411, %v1420 : f32, !llvm.ptr
        %v1421 = llvm.load %v40 : !llvm.ptr -> f32
        %v1422 = arith.muli %v32, %v7 : i64
        %v1423 = arith.addi %v1422, %v21 : i64
        %v1424 = arith.muli %v1423, %v1 : i64
        %v1425 = arith.addi %v1424, %v48 : i64
        %v1426 = arith.muli %v1425, %v3 : i64
        %v1427 = arith.subi %v3, %v1 : i64
        %v1428 = arith.minsi %v24, %v1427 : i64
        %v1429 = arith.addi %v1426, %v1428 : i64
        %v1430 = llvm.getelementptr %segsum_h[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1421, %v1430 : f32, !llvm.ptr
        %v1431 = llvm.load %v37 : !llvm.ptr -> f32
        %v1432 = arith.muli %v48, %v7 : i64
        %v1433 = arith.addi %v1432, %v21 : i64
        %v1434 = arith.muli %v1433, %v1 : i64
        %v1435 = arith.addi %v1434, %v48 : i64
        %v1436 = arith.muli %v1435, %v3 : i64
        %v1437 = arith.subi %v3, %v1 : i64
        %v1438 = arith.minsi %v24, %v1437 : i64
        %v1439 = arith.addi %v1436, %v1438 : i64
        %v1440 = llvm.getelementptr %segsum_hp[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1431, %v1440 : f32, !llvm.ptr
        %v1441 = llvm.load %v46 : !llvm.ptr -> f32
        %v1442 = arith.muli %v1, %v7 : i64
        %v1443 = arith.addi %v1442, %v21 : i64
        %v1444 = arith.muli %v1443, %v1 : i64
        %v1445 = arith.addi %v1444, %v48 : i64
        %v1446 = arith.muli %v1445, %v3 : i64
        %v1447 = arith.subi %v3, %v1 : i64
        %v1448 = arith.minsi %v24, %v1447 : i64
        %v1449 = arith.addi %v1446, %v1448 : i64
        %v1450 = llvm.getelementptr %segsum_hp[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1441, %v1450 : f32, !llvm.ptr
        %v1451 = llvm.load %v47 : !llvm.ptr -> f32
        %v1452 = arith.muli %v511, %v7 : i64
        %v1453 = arith.addi %v1452, %v21 : i64
        %v1454 = arith.muli %v1453, %v1 : i64
        %v1455 = arith.addi %v1454, %v48 : i64
        %v1456 = arith.muli %v1455, %v3 : i64
        %v1457 = arith.subi %v3, %v1 : i64
        %v1458 = arith.minsi %v24, %v1457 : i64
        %v1459 = arith.addi %v1456, %v1458 : i64
        %v1460 = llvm.getelementptr %segsum_hp[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1451, %v1460 : f32, !llvm.ptr
        %v1461 = llvm.load %v41 : !llvm.ptr -> f32
        %v1462 = arith.muli %v431, %v7 : i64
        %v1463 = arith.addi %v1462, %v21 : i64
        %v1464 = arith.muli %v1463, %v1 : i64
        %v1465 = arith.addi %v1464, %v48 : i64
        %v1466 = arith.muli %v1465, %v3 : i64
        %v1467 = arith.subi %v3, %v1 : i64
        %v1468 = arith.minsi %v24, %v1467 : i64
        %v1469 = arith.addi %v1466, %v1468 : i64
        %v1470 = llvm.getelementptr %segsum_hp[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1461, %v1470 : f32, !llvm.ptr
        %v1471 = llvm.load %v39 : !llvm.ptr -> f32
        %v1472 = arith.muli %v32, %v7 : i64
        %v1473 = arith.addi %v1472, %v21 : i64
        %v1474 = arith.muli %v1473, %v1 : i64
        %v1475 = arith.addi %v1474, %v48 : i64
        %v1476 = arith.muli %v1475, %v3 : i64
        %v1477 = arith.subi %v3, %v1 : i64
        %v1478 = arith.minsi %v24, %v1477 : i64
        %v1479 = arith.addi %v1476, %v1478 : i64
        %v1480 = llvm.getelementptr %segsum_hp[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1471, %v1480 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
