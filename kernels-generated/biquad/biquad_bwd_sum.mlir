module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_bwd_sum(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %dy_hp_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_hp: !llvm.ptr, %segsum_h: !llvm.ptr, %segsum_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_L, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v30 = arith.constant 4 : i64
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
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
      %v76 = arith.constant 64 : i64
      %v77 = arith.constant 8 : i64
      %v78 = arith.constant 7 : i64
      %v79 = arith.constant 63 : i64
      %v121 = arith.constant 2147483647 : i64
      %v125 = arith.constant 7 : i32
      %v135 = arith.muli %size_L, %size_D : i64
      %v178 = arith.constant 0x40000000 : f32
      %v186 = arith.constant 0x3FB8AA3B : f32
      %v198 = arith.constant 0x3E22F983 : f32
      %v201 = arith.constant 0x40C90000 : f32
      %v202 = arith.constant 0x3AFDAA22 : f32
      %v211 = arith.constant 6 : i64
      %v213 = arith.constant 6 : i32
      %v293 = arith.constant 5 : i64
      %v295 = arith.constant 5 : i32
      %v376 = arith.constant 4 : i32
      %v456 = arith.constant 3 : i64
      %v458 = arith.constant 3 : i32
      %v538 = arith.constant 2 : i64
      %v540 = arith.constant 2 : i32
      %v621 = arith.constant 1 : i32
      %v701 = arith.constant 0 : i32
      %v13 = gpu.block_id x
      %v14 = gpu.thread_id x
      %v15 = arith.index_cast %v14 : index to i64
      %v16 = arith.index_cast %v13 : index to i64
      %v17 = arith.addi %v2, %v3 : i64
      %v18 = arith.divui %v17, %v5 : i64
      %v19 = arith.divui %v16, %v18 : i64
      %v20 = arith.remui %v16, %v18 : i64
      %v21 = arith.muli %v20, %v5 : i64
      %v22 = arith.addi %v21, %v15 : i64
      %v23 = arith.cmpi slt, %v22, %v2 : i64
      %v24 = arith.subi %v2, %v1 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_D : i64
      %v27 = arith.divui %v25, %size_D : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v31 = arith.muli %v19, %v30 : i64
      %v32 = arith.addi %v31, %v30 : i64
      %v33 = arith.muli %v19, %v2 : i64
      llvm.store %v42, %v34 : f32, !llvm.ptr
      llvm.store %v42, %v35 : f32, !llvm.ptr
      llvm.store %v43, %v36 : f32, !llvm.ptr
      llvm.store %v43, %v37 : f32, !llvm.ptr
      llvm.store %v42, %v38 : f32, !llvm.ptr
      llvm.store %v42, %v39 : f32, !llvm.ptr
      llvm.store %v42, %v40 : f32, !llvm.ptr
      llvm.store %v42, %v41 : f32, !llvm.ptr
      llvm.store %v43, %v44 : f32, !llvm.ptr
      llvm.store %v42, %v45 : f32, !llvm.ptr
      llvm.store %v42, %v46 : f32, !llvm.ptr
      llvm.store %v43, %v47 : f32, !llvm.ptr
      %v49 = arith.cmpi eq, %size_L, %v48 : i64
      scf.if %v49 {
        %v50 = arith.muli %v28, %size_D : i64
        %v51 = arith.addi %v50, %v26 : i64
        %v52 = llvm.mlir.zero : !llvm.ptr
        %v53 = llvm.icmp "ne" %in_h0, %v52 : !llvm.ptr
        %v54 = scf.if %v53 -> (f32) {
          %v55 = llvm.getelementptr %in_h0[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v56 = llvm.load %v55 : !llvm.ptr -> f32
          scf.yield %v56 : f32
        } else {
          scf.yield %v42 : f32
        }
        llvm.store %v54, %v11 : f32, !llvm.ptr
        %v57 = arith.muli %v28, %size_D : i64
        %v58 = arith.addi %v57, %v26 : i64
        %v59 = llvm.mlir.zero : !llvm.ptr
        %v60 = llvm.icmp "ne" %in_hp0, %v59 : !llvm.ptr
        %v61 = scf.if %v60 -> (f32) {
          %v62 = llvm.getelementptr %in_hp0[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v63 = llvm.load %v62 : !llvm.ptr -> f32
          scf.yield %v63 : f32
        } else {
          scf.yield %v42 : f32
        }
        llvm.store %v61, %v12 : f32, !llvm.ptr
        %v64 = arith.muli %v28, %size_D : i64
        %v65 = arith.addi %v64, %v26 : i64
        %v66 = llvm.getelementptr %dy_h_last[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v67 = llvm.load %v66 : !llvm.ptr -> f32
        %v68 = llvm.load %v34 : !llvm.ptr -> f32
        %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
        llvm.store %v69, %v34 : f32, !llvm.ptr
        %v70 = arith.muli %v28, %size_D : i64
        %v71 = arith.addi %v70, %v26 : i64
        %v72 = llvm.getelementptr %dy_hp_last[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v73 = llvm.load %v72 : !llvm.ptr -> f32
        %v74 = llvm.load %v35 : !llvm.ptr -> f32
        %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
        llvm.store %v75, %v35 : f32, !llvm.ptr
      }
      %v80 = arith.addi %size_L, %v79 : i64
      %v81 = arith.divui %v80, %v76 : i64
      %v82 = arith.minsi %v32, %v81 : i64
      %v83 = arith.muli %v19, %v77 : i64
      %v84 = arith.subi %v82, %v31 : i64
      %v85 = arith.maxsi %v84, %v48 : i64
      %v86 = arith.index_cast %v48 : i64 to index
      %v87 = arith.index_cast %v85 : i64 to index
      %v88 = arith.index_cast %v1 : i64 to index
      scf.for %v89 = %v86 to %v87 step %v88 {
        %v90 = arith.index_cast %v89 : index to i64
        %v91 = arith.subi %v82, %v1 : i64
        %v92 = arith.subi %v91, %v90 : i64
        %v93 = arith.muli %v92, %v76 : i64
        %v94 = arith.subi %size_L, %v93 : i64
        %v95 = arith.minsi %v94, %v76 : i64
        %v96 = arith.addi %v95, %v78 : i64
        %v97 = arith.divui %v96, %v77 : i64
        %v98 = arith.index_cast %v48 : i64 to index
        %v99 = arith.index_cast %v1 : i64 to index
        %v100 = arith.index_cast %v1 : i64 to index
        scf.for %v101 = %v98 to %v99 step %v100 {
          %v102 = arith.index_cast %v101 : index to i64
          %v103 = arith.index_cast %v48 : i64 to index
          %v104 = arith.index_cast %v97 : i64 to index
          %v105 = arith.index_cast %v1 : i64 to index
          scf.for %v106 = %v103 to %v104 step %v105 {
            %v107 = arith.index_cast %v106 : index to i64
            %v108 = arith.cmpi slt, %v107, %v97 : i64
            scf.if %v108 {
              %v109 = arith.subi %v97, %v1 : i64
              %v110 = arith.subi %v109, %v107 : i64
              %v111 = arith.muli %v110, %v77 : i64
              %v112 = arith.addi %v83, %v110 : i64
              %v113 = arith.addi %v111, %v77 : i64
              %v114 = arith.cmpi sle, %v113, %v95 : i64
              scf.if %v114 {
                %v115 = arith.subi %v95, %v1 : i64
                // the group's states, recomputed into registers
                %v116 = arith.subi %v95, %v111 : i64
                %v117 = arith.trunci %v116 : i64 to i32
                %v118 = arith.subi %size_L, %v1 : i64
                %v119 = arith.addi %v93, %v111 : i64
                %v120 = arith.subi %v118, %v119 : i64
                %v122 = arith.minsi %v120, %v121 : i64
                %v123 = arith.trunci %v122 : i64 to i32
                %v124 = arith.addi %v111, %v78 : i64
                %v126 = arith.cmpi slt, %v125, %v117 : i32
                %v127 = arith.cmpi eq, %v125, %v123 : i32
                %v128 = arith.addi %v93, %v124 : i64
                %v129 = llvm.load %v34 : !llvm.ptr -> f32
                %v130 = llvm.load %v35 : !llvm.ptr -> f32
                %v131 = llvm.load %v44 : !llvm.ptr -> f32
                %v132 = llvm.load %v45 : !llvm.ptr -> f32
                %v133 = llvm.load %v46 : !llvm.ptr -> f32
                %v134 = llvm.load %v47 : !llvm.ptr -> f32
                %v136 = arith.muli %v28, %v135 : i64
                %v137 = arith.muli %v26, %size_L : i64
                %v138 = arith.addi %v136, %v137 : i64
                %v139 = arith.addi %v138, %v128 : i64
                %v140 = llvm.getelementptr %dy_y[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v141 = llvm.load %v140 : !llvm.ptr -> f32
                %v142 = llvm.load %v36 : !llvm.ptr -> f32
                %v143 = arith.mulf %v142, %v129 fastmath<contract> : f32
                %v144 = arith.addf %v141, %v143 fastmath<contract> : f32
                %v145 = llvm.load %v38 : !llvm.ptr -> f32
                %v146 = arith.mulf %v145, %v130 fastmath<contract> : f32
                %v147 = arith.addf %v146, %v144 fastmath<contract> : f32
                %v148 = arith.mulf %v131, %v142 fastmath<contract> : f32
                %v149 = arith.mulf %v145, %v133 fastmath<contract> : f32
                %v150 = arith.addf %v149, %v148 fastmath<contract> : f32
                %v151 = arith.mulf %v132, %v142 fastmath<contract> : f32
                %v152 = arith.mulf %v145, %v134 fastmath<contract> : f32
                %v153 = arith.addf %v152, %v151 fastmath<contract> : f32
                %v154 = llvm.load %v37 : !llvm.ptr -> f32
                %v155 = arith.mulf %v154, %v130 fastmath<contract> : f32
                %v156 = arith.addf %v42, %v155 fastmath<contract> : f32
                %v157 = llvm.load %v39 : !llvm.ptr -> f32
                %v158 = arith.mulf %v157, %v129 fastmath<contract> : f32
                %v159 = arith.addf %v158, %v156 fastmath<contract> : f32
                %v160 = arith.mulf %v133, %v154 fastmath<contract> : f32
                %v161 = arith.mulf %v157, %v131 fastmath<contract> : f32
                %v162 = arith.addf %v161, %v160 fastmath<contract> : f32
                %v163 = arith.mulf %v134, %v154 fastmath<contract> : f32
                %v164 = arith.mulf %v157, %v132 fastmath<contract> : f32
                %v165 = arith.addf %v164, %v163 fastmath<contract> : f32
                llvm.store %v147, %v34 : f32, !llvm.ptr
                llvm.store %v150, %v44 : f32, !llvm.ptr
                llvm.store %v153, %v45 : f32, !llvm.ptr
                llvm.store %v159, %v35 : f32, !llvm.ptr
                llvm.store %v162, %v46 : f32, !llvm.ptr
                llvm.store %v165, %v47 : f32, !llvm.ptr
                scf.if %v127 {
                  %v166 = arith.muli %v28, %size_D : i64
                  %v167 = arith.addi %v166, %v26 : i64
                  %v168 = llvm.getelementptr %dy_h_last[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v169 = llvm.load %v168 : !llvm.ptr -> f32
                  %v170 = llvm.load %v34 : !llvm.ptr -> f32
                  %v171 = arith.addf %v170, %v169 fastmath<contract> : f32
                  llvm.store %v171, %v34 : f32, !llvm.ptr
                  %v172 = arith.muli %v28, %size_D : i64
                  %v173 = arith.addi %v172, %v26 : i64
                  %v174 = llvm.getelementptr %dy_hp_last[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v175 = llvm.load %v174 : !llvm.ptr -> f32
                  %v176 = llvm.load %v35 : !llvm.ptr -> f32
                  %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
                  llvm.store %v177, %v35 : f32, !llvm.ptr
                }
                %v179 = arith.muli %v28, %v135 : i64
                %v180 = arith.muli %v26, %size_L : i64
                %v181 = arith.addi %v179, %v180 : i64
                %v182 = arith.addi %v181, %v128 : i64
                %v183 = llvm.getelementptr %in_rho[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v184 = llvm.load %v183 : !llvm.ptr -> f32
                %v185 = arith.negf %v184 : f32
                %v187 = arith.mulf %v185, %v186 fastmath<contract> : f32
                %v188 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v187) : (f32) -> f32
                %v189 = arith.addf %v43, %v188 fastmath<contract> : f32
                %v190 = arith.divf %v43, %v189 : f32
                %v191 = arith.mulf %v178, %v190 fastmath<contract> : f32
                %v192 = arith.muli %v28, %v135 : i64
                %v193 = arith.muli %v26, %size_L : i64
                %v194 = arith.addi %v192, %v193 : i64
                %v195 = arith.addi %v194, %v128 : i64
                %v196 = llvm.getelementptr %in_theta[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v197 = llvm.load %v196 : !llvm.ptr -> f32
                %v199 = arith.mulf %v197, %v198 fastmath<contract> : f32
                %v200 = llvm.call_intrinsic "llvm.roundeven.f32"(%v199) : (f32) -> f32
                %v203 = arith.mulf %v200, %v201 fastmath<contract> : f32
                %v204 = arith.subf %v197, %v203 fastmath<contract> : f32
                %v205 = arith.mulf %v200, %v202 fastmath<contract> : f32
                %v206 = arith.subf %v204, %v205 fastmath<contract> : f32
                %v207 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v206) : (f32) -> f32
                %v208 = arith.mulf %v191, %v207 fastmath<contract> : f32
                llvm.store %v208, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v209 = arith.mulf %v190, %v190 fastmath<contract> : f32
                %v210 = arith.negf %v209 : f32
                llvm.store %v210, %v39 : f32, !llvm.ptr
                %v212 = arith.addi %v111, %v211 : i64
                %v214 = arith.cmpi slt, %v213, %v117 : i32
                %v215 = arith.cmpi eq, %v213, %v123 : i32
                %v216 = arith.addi %v93, %v212 : i64
                %v217 = llvm.load %v34 : !llvm.ptr -> f32
                %v218 = llvm.load %v35 : !llvm.ptr -> f32
                %v219 = llvm.load %v44 : !llvm.ptr -> f32
                %v220 = llvm.load %v45 : !llvm.ptr -> f32
                %v221 = llvm.load %v46 : !llvm.ptr -> f32
                %v222 = llvm.load %v47 : !llvm.ptr -> f32
                %v223 = arith.muli %v28, %v135 : i64
                %v224 = arith.muli %v26, %size_L : i64
                %v225 = arith.addi %v223, %v224 : i64
                %v226 = arith.addi %v225, %v216 : i64
                %v227 = llvm.getelementptr %dy_y[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v228 = llvm.load %v227 : !llvm.ptr -> f32
                %v229 = llvm.load %v36 : !llvm.ptr -> f32
                %v230 = arith.mulf %v229, %v217 fastmath<contract> : f32
                %v231 = arith.addf %v228, %v230 fastmath<contract> : f32
                %v232 = llvm.load %v38 : !llvm.ptr -> f32
                %v233 = arith.mulf %v232, %v218 fastmath<contract> : f32
                %v234 = arith.addf %v233, %v231 fastmath<contract> : f32
                %v235 = arith.mulf %v219, %v229 fastmath<contract> : f32
                %v236 = arith.mulf %v232, %v221 fastmath<contract> : f32
                %v237 = arith.addf %v236, %v235 fastmath<contract> : f32
                %v238 = arith.mulf %v220, %v229 fastmath<contract> : f32
                %v239 = arith.mulf %v232, %v222 fastmath<contract> : f32
                %v240 = arith.addf %v239, %v238 fastmath<contract> : f32
                %v241 = llvm.load %v37 : !llvm.ptr -> f32
                %v242 = arith.mulf %v241, %v218 fastmath<contract> : f32
                %v243 = arith.addf %v42, %v242 fastmath<contract> : f32
                %v244 = llvm.load %v39 : !llvm.ptr -> f32
                %v245 = arith.mulf %v244, %v217 fastmath<contract> : f32
                %v246 = arith.addf %v245, %v243 fastmath<contract> : f32
                %v247 = arith.mulf %v221, %v241 fastmath<contract> : f32
                %v248 = arith.mulf %v244, %v219 fastmath<contract> : f32
                %v249 = arith.addf %v248, %v247 fastmath<contract> : f32
                %v250 = arith.mulf %v222, %v241 fastmath<contract> : f32
                %v251 = arith.mulf %v244, %v220 fastmath<contract> : f32
                %v252 = arith.addf %v251, %v250 fastmath<contract> : f32
                llvm.store %v234, %v34 : f32, !llvm.ptr
                llvm.store %v237, %v44 : f32, !llvm.ptr
                llvm.store %v240, %v45 : f32, !llvm.ptr
                llvm.store %v246, %v35 : f32, !llvm.ptr
                llvm.store %v249, %v46 : f32, !llvm.ptr
                llvm.store %v252, %v47 : f32, !llvm.ptr
                scf.if %v215 {
                  %v253 = arith.muli %v28, %size_D : i64
                  %v254 = arith.addi %v253, %v26 : i64
                  %v255 = llvm.getelementptr %dy_h_last[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v256 = llvm.load %v255 : !llvm.ptr -> f32
                  %v257 = llvm.load %v34 : !llvm.ptr -> f32
                  %v258 = arith.addf %v257, %v256 fastmath<contract> : f32
                  llvm.store %v258, %v34 : f32, !llvm.ptr
                  %v259 = arith.muli %v28, %size_D : i64
                  %v260 = arith.addi %v259, %v26 : i64
                  %v261 = llvm.getelementptr %dy_hp_last[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v262 = llvm.load %v261 : !llvm.ptr -> f32
                  %v263 = llvm.load %v35 : !llvm.ptr -> f32
                  %v264 = arith.addf %v263, %v262 fastmath<contract> : f32
                  llvm.store %v264, %v35 : f32, !llvm.ptr
                }
                %v265 = arith.muli %v28, %v135 : i64
                %v266 = arith.muli %v26, %size_L : i64
                %v267 = arith.addi %v265, %v266 : i64
                %v268 = arith.addi %v267, %v216 : i64
                %v269 = llvm.getelementptr %in_rho[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v270 = llvm.load %v269 : !llvm.ptr -> f32
                %v271 = arith.negf %v270 : f32
                %v272 = arith.mulf %v271, %v186 fastmath<contract> : f32
                %v273 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v272) : (f32) -> f32
                %v274 = arith.addf %v43, %v273 fastmath<contract> : f32
                %v275 = arith.divf %v43, %v274 : f32
                %v276 = arith.mulf %v178, %v275 fastmath<contract> : f32
                %v277 = arith.muli %v28, %v135 : i64
                %v278 = arith.muli %v26, %size_L : i64
                %v279 = arith.addi %v277, %v278 : i64
                %v280 = arith.addi %v279, %v216 : i64
                %v281 = llvm.getelementptr %in_theta[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v282 = llvm.load %v281 : !llvm.ptr -> f32
                %v283 = arith.mulf %v282, %v198 fastmath<contract> : f32
                %v284 = llvm.call_intrinsic "llvm.roundeven.f32"(%v283) : (f32) -> f32
                %v285 = arith.mulf %v284, %v201 fastmath<contract> : f32
                %v286 = arith.subf %v282, %v285 fastmath<contract> : f32
                %v287 = arith.mulf %v284, %v202 fastmath<contract> : f32
                %v288 = arith.subf %v286, %v287 fastmath<contract> : f32
                %v289 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v288) : (f32) -> f32
                %v290 = arith.mulf %v276, %v289 fastmath<contract> : f32
                llvm.store %v290, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v291 = arith.mulf %v275, %v275 fastmath<contract> : f32
                %v292 = arith.negf %v291 : f32
                llvm.store %v292, %v39 : f32, !llvm.ptr
                %v294 = arith.addi %v111, %v293 : i64
                %v296 = arith.cmpi slt, %v295, %v117 : i32
                %v297 = arith.cmpi eq, %v295, %v123 : i32
                %v298 = arith.addi %v93, %v294 : i64
                %v299 = llvm.load %v34 : !llvm.ptr -> f32
                %v300 = llvm.load %v35 : !llvm.ptr -> f32
                %v301 = llvm.load %v44 : !llvm.ptr -> f32
                %v302 = llvm.load %v45 : !llvm.ptr -> f32
                %v303 = llvm.load %v46 : !llvm.ptr -> f32
                %v304 = llvm.load %v47 : !llvm.ptr -> f32
                %v305 = arith.muli %v28, %v135 : i64
                %v306 = arith.muli %v26, %size_L : i64
                %v307 = arith.addi %v305, %v306 : i64
                %v308 = arith.addi %v307, %v298 : i64
                %v309 = llvm.getelementptr %dy_y[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v310 = llvm.load %v309 : !llvm.ptr -> f32
                %v311 = llvm.load %v36 : !llvm.ptr -> f32
                %v312 = arith.mulf %v311, %v299 fastmath<contract> : f32
                %v313 = arith.addf %v310, %v312 fastmath<contract> : f32
                %v314 = llvm.load %v38 : !llvm.ptr -> f32
                %v315 = arith.mulf %v314, %v300 fastmath<contract> : f32
                %v316 = arith.addf %v315, %v313 fastmath<contract> : f32
                %v317 = arith.mulf %v301, %v311 fastmath<contract> : f32
                %v318 = arith.mulf %v314, %v303 fastmath<contract> : f32
                %v319 = arith.addf %v318, %v317 fastmath<contract> : f32
                %v320 = arith.mulf %v302, %v311 fastmath<contract> : f32
                %v321 = arith.mulf %v314, %v304 fastmath<contract> : f32
                %v322 = arith.addf %v321, %v320 fastmath<contract> : f32
                %v323 = llvm.load %v37 : !llvm.ptr -> f32
                %v324 = arith.mulf %v323, %v300 fastmath<contract> : f32
                %v325 = arith.addf %v42, %v324 fastmath<contract> : f32
                %v326 = llvm.load %v39 : !llvm.ptr -> f32
                %v327 = arith.mulf %v326, %v299 fastmath<contract> : f32
                %v328 = arith.addf %v327, %v325 fastmath<contract> : f32
                %v329 = arith.mulf %v303, %v323 fastmath<contract> : f32
                %v330 = arith.mulf %v326, %v301 fastmath<contract> : f32
                %v331 = arith.addf %v330, %v329 fastmath<contract> : f32
                %v332 = arith.mulf %v304, %v323 fastmath<contract> : f32
                %v333 = arith.mulf %v326, %v302 fastmath<contract> : f32
                %v334 = arith.addf %v333, %v332 fastmath<contract> : f32
                llvm.store %v316, %v34 : f32, !llvm.ptr
                llvm.store %v319, %v44 : f32, !llvm.ptr
                llvm.store %v322, %v45 : f32, !llvm.ptr
                llvm.store %v328, %v35 : f32, !llvm.ptr
                llvm.store %v331, %v46 : f32, !llvm.ptr
                llvm.store %v334, %v47 : f32, !llvm.ptr
                scf.if %v297 {
                  %v335 = arith.muli %v28, %size_D : i64
                  %v336 = arith.addi %v335, %v26 : i64
                  %v337 = llvm.getelementptr %dy_h_last[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v338 = llvm.load %v337 : !llvm.ptr -> f32
                  %v339 = llvm.load %v34 : !llvm.ptr -> f32
                  %v340 = arith.addf %v339, %v338 fastmath<contract> : f32
                  llvm.store %v340, %v34 : f32, !llvm.ptr
                  %v341 = arith.muli %v28, %size_D : i64
                  %v342 = arith.addi %v341, %v26 : i64
                  %v343 = llvm.getelementptr %dy_hp_last[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v344 = llvm.load %v343 : !llvm.ptr -> f32
                  %v345 = llvm.load %v35 : !llvm.ptr -> f32
                  %v346 = arith.addf %v345, %v344 fastmath<contract> : f32
                  llvm.store %v346, %v35 : f32, !llvm.ptr
                }
                %v347 = arith.muli %v28, %v135 : i64
                %v348 = arith.muli %v26, %size_L : i64
                %v349 = arith.addi %v347, %v348 : i64
                %v350 = arith.addi %v349, %v298 : i64
                %v351 = llvm.getelementptr %in_rho[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v352 = llvm.load %v351 : !llvm.ptr -> f32
                %v353 = arith.negf %v352 : f32
                %v354 = arith.mulf %v353, %v186 fastmath<contract> : f32
                %v355 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v354) : (f32) -> f32
                %v356 = arith.addf %v43, %v355 fastmath<contract> : f32
                %v357 = arith.divf %v43, %v356 : f32
                %v358 = arith.mulf %v178, %v357 fastmath<contract> : f32
                %v359 = arith.muli %v28, %v135 : i64
                %v360 = arith.muli %v26, %size_L : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = arith.addi %v361, %v298 : i64
                %v363 = llvm.getelementptr %in_theta[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v364 = llvm.load %v363 : !llvm.ptr -> f32
                %v365 = arith.mulf %v364, %v198 fastmath<contract> : f32
                %v366 = llvm.call_intrinsic "llvm.roundeven.f32"(%v365) : (f32) -> f32
                %v367 = arith.mulf %v366, %v201 fastmath<contract> : f32
                %v368 = arith.subf %v364, %v367 fastmath<contract> : f32
                %v369 = arith.mulf %v366, %v202 fastmath<contract> : f32
                %v370 = arith.subf %v368, %v369 fastmath<contract> : f32
                %v371 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v370) : (f32) -> f32
                %v372 = arith.mulf %v358, %v371 fastmath<contract> : f32
                llvm.store %v372, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v373 = arith.mulf %v357, %v357 fastmath<contract> : f32
                %v374 = arith.negf %v373 : f32
                llvm.store %v374, %v39 : f32, !llvm.ptr
                %v375 = arith.addi %v111, %v30 : i64
                %v377 = arith.cmpi slt, %v376, %v117 : i32
                %v378 = arith.cmpi eq, %v376, %v123 : i32
                %v379 = arith.addi %v93, %v375 : i64
                %v380 = llvm.load %v34 : !llvm.ptr -> f32
                %v381 = llvm.load %v35 : !llvm.ptr -> f32
                %v382 = llvm.load %v44 : !llvm.ptr -> f32
                %v383 = llvm.load %v45 : !llvm.ptr -> f32
                %v384 = llvm.load %v46 : !llvm.ptr -> f32
                %v385 = llvm.load %v47 : !llvm.ptr -> f32
                %v386 = arith.muli %v28, %v135 : i64
                %v387 = arith.muli %v26, %size_L : i64
                %v388 = arith.addi %v386, %v387 : i64
                %v389 = arith.addi %v388, %v379 : i64
                %v390 = llvm.getelementptr %dy_y[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v391 = llvm.load %v390 : !llvm.ptr -> f32
                %v392 = llvm.load %v36 : !llvm.ptr -> f32
                %v393 = arith.mulf %v392, %v380 fastmath<contract> : f32
                %v394 = arith.addf %v391, %v393 fastmath<contract> : f32
                %v395 = llvm.load %v38 : !llvm.ptr -> f32
                %v396 = arith.mulf %v395, %v381 fastmath<contract> : f32
                %v397 = arith.addf %v396, %v394 fastmath<contract> : f32
                %v398 = arith.mulf %v382, %v392 fastmath<contract> : f32
                %v399 = arith.mulf %v395, %v384 fastmath<contract> : f32
                %v400 = arith.addf %v399, %v398 fastmath<contract> : f32
                %v401 = arith.mulf %v383, %v392 fastmath<contract> : f32
                %v402 = arith.mulf %v395, %v385 fastmath<contract> : f32
                %v403 = arith.addf %v402, %v401 fastmath<contract> : f32
                %v404 = llvm.load %v37 : !llvm.ptr -> f32
                %v405 = arith.mulf %v404, %v381 fastmath<contract> : f32
                %v406 = arith.addf %v42, %v405 fastmath<contract> : f32
                %v407 = llvm.load %v39 : !llvm.ptr -> f32
                %v408 = arith.mulf %v407, %v380 fastmath<contract> : f32
                %v409 = arith.addf %v408, %v406 fastmath<contract> : f32
                %v410 = arith.mulf %v384, %v404 fastmath<contract> : f32
                %v411 = arith.mulf %v407, %v382 fastmath<contract> : f32
                %v412 = arith.addf %v411, %v410 fastmath<contract> : f32
                %v413 = arith.mulf %v385, %v404 fastmath<contract> : f32
                %v414 = arith.mulf %v407, %v383 fastmath<contract> : f32
                %v415 = arith.addf %v414, %v413 fastmath<contract> : f32
                llvm.store %v397, %v34 : f32, !llvm.ptr
                llvm.store %v400, %v44 : f32, !llvm.ptr
                llvm.store %v403, %v45 : f32, !llvm.ptr
                llvm.store %v409, %v35 : f32, !llvm.ptr
                llvm.store %v412, %v46 : f32, !llvm.ptr
                llvm.store %v415, %v47 : f32, !llvm.ptr
                scf.if %v378 {
                  %v416 = arith.muli %v28, %size_D : i64
                  %v417 = arith.addi %v416, %v26 : i64
                  %v418 = llvm.getelementptr %dy_h_last[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v419 = llvm.load %v418 : !llvm.ptr -> f32
                  %v420 = llvm.load %v34 : !llvm.ptr -> f32
                  %v421 = arith.addf %v420, %v419 fastmath<contract> : f32
                  llvm.store %v421, %v34 : f32, !llvm.ptr
                  %v422 = arith.muli %v28, %size_D : i64
                  %v423 = arith.addi %v422, %v26 : i64
                  %v424 = llvm.getelementptr %dy_hp_last[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v425 = llvm.load %v424 : !llvm.ptr -> f32
                  %v426 = llvm.load %v35 : !llvm.ptr -> f32
                  %v427 = arith.addf %v426, %v425 fastmath<contract> : f32
                  llvm.store %v427, %v35 : f32, !llvm.ptr
                }
                %v428 = arith.muli %v28, %v135 : i64
                %v429 = arith.muli %v26, %size_L : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = arith.addi %v430, %v379 : i64
                %v432 = llvm.getelementptr %in_rho[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v433 = llvm.load %v432 : !llvm.ptr -> f32
                %v434 = arith.negf %v433 : f32
                %v435 = arith.mulf %v434, %v186 fastmath<contract> : f32
                %v436 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v435) : (f32) -> f32
                %v437 = arith.addf %v43, %v436 fastmath<contract> : f32
                %v438 = arith.divf %v43, %v437 : f32
                %v439 = arith.mulf %v178, %v438 fastmath<contract> : f32
                %v440 = arith.muli %v28, %v135 : i64
                %v441 = arith.muli %v26, %size_L : i64
                %v442 = arith.addi %v440, %v441 : i64
                %v443 = arith.addi %v442, %v379 : i64
                %v444 = llvm.getelementptr %in_theta[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v445 = llvm.load %v444 : !llvm.ptr -> f32
                %v446 = arith.mulf %v445, %v198 fastmath<contract> : f32
                %v447 = llvm.call_intrinsic "llvm.roundeven.f32"(%v446) : (f32) -> f32
                %v448 = arith.mulf %v447, %v201 fastmath<contract> : f32
                %v449 = arith.subf %v445, %v448 fastmath<contract> : f32
                %v450 = arith.mulf %v447, %v202 fastmath<contract> : f32
                %v451 = arith.subf %v449, %v450 fastmath<contract> : f32
                %v452 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v451) : (f32) -> f32
                %v453 = arith.mulf %v439, %v452 fastmath<contract> : f32
                llvm.store %v453, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v454 = arith.mulf %v438, %v438 fastmath<contract> : f32
                %v455 = arith.negf %v454 : f32
                llvm.store %v455, %v39 : f32, !llvm.ptr
                %v457 = arith.addi %v111, %v456 : i64
                %v459 = arith.cmpi slt, %v458, %v117 : i32
                %v460 = arith.cmpi eq, %v458, %v123 : i32
                %v461 = arith.addi %v93, %v457 : i64
                %v462 = llvm.load %v34 : !llvm.ptr -> f32
                %v463 = llvm.load %v35 : !llvm.ptr -> f32
                %v464 = llvm.load %v44 : !llvm.ptr -> f32
                %v465 = llvm.load %v45 : !llvm.ptr -> f32
                %v466 = llvm.load %v46 : !llvm.ptr -> f32
                %v467 = llvm.load %v47 : !llvm.ptr -> f32
                %v468 = arith.muli %v28, %v135 : i64
                %v469 = arith.muli %v26, %size_L : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = arith.addi %v470, %v461 : i64
                %v472 = llvm.getelementptr %dy_y[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = llvm.load %v36 : !llvm.ptr -> f32
                %v475 = arith.mulf %v474, %v462 fastmath<contract> : f32
                %v476 = arith.addf %v473, %v475 fastmath<contract> : f32
                %v477 = llvm.load %v38 : !llvm.ptr -> f32
                %v478 = arith.mulf %v477, %v463 fastmath<contract> : f32
                %v479 = arith.addf %v478, %v476 fastmath<contract> : f32
                %v480 = arith.mulf %v464, %v474 fastmath<contract> : f32
                %v481 = arith.mulf %v477, %v466 fastmath<contract> : f32
                %v482 = arith.addf %v481, %v480 fastmath<contract> : f32
                %v483 = arith.mulf %v465, %v474 fastmath<contract> : f32
                %v484 = arith.mulf %v477, %v467 fastmath<contract> : f32
                %v485 = arith.addf %v484, %v483 fastmath<contract> : f32
                %v486 = llvm.load %v37 : !llvm.ptr -> f32
                %v487 = arith.mulf %v486, %v463 fastmath<contract> : f32
                %v488 = arith.addf %v42, %v487 fastmath<contract> : f32
                %v489 = llvm.load %v39 : !llvm.ptr -> f32
                %v490 = arith.mulf %v489, %v462 fastmath<contract> : f32
                %v491 = arith.addf %v490, %v488 fastmath<contract> : f32
                %v492 = arith.mulf %v466, %v486 fastmath<contract> : f32
                %v493 = arith.mulf %v489, %v464 fastmath<contract> : f32
                %v494 = arith.addf %v493, %v492 fastmath<contract> : f32
                %v495 = arith.mulf %v467, %v486 fastmath<contract> : f32
                %v496 = arith.mulf %v489, %v465 fastmath<contract> : f32
                %v497 = arith.addf %v496, %v495 fastmath<contract> : f32
                llvm.store %v479, %v34 : f32, !llvm.ptr
                llvm.store %v482, %v44 : f32, !llvm.ptr
                llvm.store %v485, %v45 : f32, !llvm.ptr
                llvm.store %v491, %v35 : f32, !llvm.ptr
                llvm.store %v494, %v46 : f32, !llvm.ptr
                llvm.store %v497, %v47 : f32, !llvm.ptr
                scf.if %v460 {
                  %v498 = arith.muli %v28, %size_D : i64
                  %v499 = arith.addi %v498, %v26 : i64
                  %v500 = llvm.getelementptr %dy_h_last[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v501 = llvm.load %v500 : !llvm.ptr -> f32
                  %v502 = llvm.load %v34 : !llvm.ptr -> f32
                  %v503 = arith.addf %v502, %v501 fastmath<contract> : f32
                  llvm.store %v503, %v34 : f32, !llvm.ptr
                  %v504 = arith.muli %v28, %size_D : i64
                  %v505 = arith.addi %v504, %v26 : i64
                  %v506 = llvm.getelementptr %dy_hp_last[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v507 = llvm.load %v506 : !llvm.ptr -> f32
                  %v508 = llvm.load %v35 : !llvm.ptr -> f32
                  %v509 = arith.addf %v508, %v507 fastmath<contract> : f32
                  llvm.store %v509, %v35 : f32, !llvm.ptr
                }
                %v510 = arith.muli %v28, %v135 : i64
                %v511 = arith.muli %v26, %size_L : i64
                %v512 = arith.addi %v510, %v511 : i64
                %v513 = arith.addi %v512, %v461 : i64
                %v514 = llvm.getelementptr %in_rho[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v515 = llvm.load %v514 : !llvm.ptr -> f32
                %v516 = arith.negf %v515 : f32
                %v517 = arith.mulf %v516, %v186 fastmath<contract> : f32
                %v518 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v517) : (f32) -> f32
                %v519 = arith.addf %v43, %v518 fastmath<contract> : f32
                %v520 = arith.divf %v43, %v519 : f32
                %v521 = arith.mulf %v178, %v520 fastmath<contract> : f32
                %v522 = arith.muli %v28, %v135 : i64
                %v523 = arith.muli %v26, %size_L : i64
                %v524 = arith.addi %v522, %v523 : i64
                %v525 = arith.addi %v524, %v461 : i64
                %v526 = llvm.getelementptr %in_theta[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v527 = llvm.load %v526 : !llvm.ptr -> f32
                %v528 = arith.mulf %v527, %v198 fastmath<contract> : f32
                %v529 = llvm.call_intrinsic "llvm.roundeven.f32"(%v528) : (f32) -> f32
                %v530 = arith.mulf %v529, %v201 fastmath<contract> : f32
                %v531 = arith.subf %v527, %v530 fastmath<contract> : f32
                %v532 = arith.mulf %v529, %v202 fastmath<contract> : f32
                %v533 = arith.subf %v531, %v532 fastmath<contract> : f32
                %v534 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v533) : (f32) -> f32
                %v535 = arith.mulf %v521, %v534 fastmath<contract> : f32
                llvm.store %v535, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v536 = arith.mulf %v520, %v520 fastmath<contract> : f32
                %v537 = arith.negf %v536 : f32
                llvm.store %v537, %v39 : f32, !llvm.ptr
                %v539 = arith.addi %v111, %v538 : i64
                %v541 = arith.cmpi slt, %v540, %v117 : i32
                %v542 = arith.cmpi eq, %v540, %v123 : i32
                %v543 = arith.addi %v93, %v539 : i64
                %v544 = llvm.load %v34 : !llvm.ptr -> f32
                %v545 = llvm.load %v35 : !llvm.ptr -> f32
                %v546 = llvm.load %v44 : !llvm.ptr -> f32
                %v547 = llvm.load %v45 : !llvm.ptr -> f32
                %v548 = llvm.load %v46 : !llvm.ptr -> f32
                %v549 = llvm.load %v47 : !llvm.ptr -> f32
                %v550 = arith.muli %v28, %v135 : i64
                %v551 = arith.muli %v26, %size_L : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = arith.addi %v552, %v543 : i64
                %v554 = llvm.getelementptr %dy_y[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v555 = llvm.load %v554 : !llvm.ptr -> f32
                %v556 = llvm.load %v36 : !llvm.ptr -> f32
                %v557 = arith.mulf %v556, %v544 fastmath<contract> : f32
                %v558 = arith.addf %v555, %v557 fastmath<contract> : f32
                %v559 = llvm.load %v38 : !llvm.ptr -> f32
                %v560 = arith.mulf %v559, %v545 fastmath<contract> : f32
                %v561 = arith.addf %v560, %v558 fastmath<contract> : f32
                %v562 = arith.mulf %v546, %v556 fastmath<contract> : f32
                %v563 = arith.mulf %v559, %v548 fastmath<contract> : f32
                %v564 = arith.addf %v563, %v562 fastmath<contract> : f32
                %v565 = arith.mulf %v547, %v556 fastmath<contract> : f32
                %v566 = arith.mulf %v559, %v549 fastmath<contract> : f32
                %v567 = arith.addf %v566, %v565 fastmath<contract> : f32
                %v568 = llvm.load %v37 : !llvm.ptr -> f32
                %v569 = arith.mulf %v568, %v545 fastmath<contract> : f32
                %v570 = arith.addf %v42, %v569 fastmath<contract> : f32
                %v571 = llvm.load %v39 : !llvm.ptr -> f32
                %v572 = arith.mulf %v571, %v544 fastmath<contract> : f32
                %v573 = arith.addf %v572, %v570 fastmath<contract> : f32
                %v574 = arith.mulf %v548, %v568 fastmath<contract> : f32
                %v575 = arith.mulf %v571, %v546 fastmath<contract> : f32
                %v576 = arith.addf %v575, %v574 fastmath<contract> : f32
                %v577 = arith.mulf %v549, %v568 fastmath<contract> : f32
                %v578 = arith.mulf %v571, %v547 fastmath<contract> : f32
                %v579 = arith.addf %v578, %v577 fastmath<contract> : f32
                llvm.store %v561, %v34 : f32, !llvm.ptr
                llvm.store %v564, %v44 : f32, !llvm.ptr
                llvm.store %v567, %v45 : f32, !llvm.ptr
                llvm.store %v573, %v35 : f32, !llvm.ptr
                llvm.store %v576, %v46 : f32, !llvm.ptr
                llvm.store %v579, %v47 : f32, !llvm.ptr
                scf.if %v542 {
                  %v580 = arith.muli %v28, %size_D : i64
                  %v581 = arith.addi %v580, %v26 : i64
                  %v582 = llvm.getelementptr %dy_h_last[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v583 = llvm.load %v582 : !llvm.ptr -> f32
                  %v584 = llvm.load %v34 : !llvm.ptr -> f32
                  %v585 = arith.addf %v584, %v583 fastmath<contract> : f32
                  llvm.store %v585, %v34 : f32, !llvm.ptr
                  %v586 = arith.muli %v28, %size_D : i64
                  %v587 = arith.addi %v586, %v26 : i64
                  %v588 = llvm.getelementptr %dy_hp_last[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v589 = llvm.load %v588 : !llvm.ptr -> f32
                  %v590 = llvm.load %v35 : !llvm.ptr -> f32
                  %v591 = arith.addf %v590, %v589 fastmath<contract> : f32
                  llvm.store %v591, %v35 : f32, !llvm.ptr
                }
                %v592 = arith.muli %v28, %v135 : i64
                %v593 = arith.muli %v26, %size_L : i64
                %v594 = arith.addi %v592, %v593 : i64
                %v595 = arith.addi %v594, %v543 : i64
                %v596 = llvm.getelementptr %in_rho[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v597 = llvm.load %v596 : !llvm.ptr -> f32
                %v598 = arith.negf %v597 : f32
                %v599 = arith.mulf %v598, %v186 fastmath<contract> : f32
                %v600 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v599) : (f32) -> f32
                %v601 = arith.addf %v43, %v600 fastmath<contract> : f32
                %v602 = arith.divf %v43, %v601 : f32
                %v603 = arith.mulf %v178, %v602 fastmath<contract> : f32
                %v604 = arith.muli %v28, %v135 : i64
                %v605 = arith.muli %v26, %size_L : i64
                %v606 = arith.addi %v604, %v605 : i64
                %v607 = arith.addi %v606, %v543 : i64
                %v608 = llvm.getelementptr %in_theta[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v609 = llvm.load %v608 : !llvm.ptr -> f32
                %v610 = arith.mulf %v609, %v198 fastmath<contract> : f32
                %v611 = llvm.call_intrinsic "llvm.roundeven.f32"(%v610) : (f32) -> f32
                %v612 = arith.mulf %v611, %v201 fastmath<contract> : f32
                %v613 = arith.subf %v609, %v612 fastmath<contract> : f32
                %v614 = arith.mulf %v611, %v202 fastmath<contract> : f32
                %v615 = arith.subf %v613, %v614 fastmath<contract> : f32
                %v616 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v615) : (f32) -> f32
                %v617 = arith.mulf %v603, %v616 fastmath<contract> : f32
                llvm.store %v617, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v618 = arith.mulf %v602, %v602 fastmath<contract> : f32
                %v619 = arith.negf %v618 : f32
                llvm.store %v619, %v39 : f32, !llvm.ptr
                %v620 = arith.addi %v111, %v1 : i64
                %v622 = arith.cmpi slt, %v621, %v117 : i32
                %v623 = arith.cmpi eq, %v621, %v123 : i32
                %v624 = arith.addi %v93, %v620 : i64
                %v625 = llvm.load %v34 : !llvm.ptr -> f32
                %v626 = llvm.load %v35 : !llvm.ptr -> f32
                %v627 = llvm.load %v44 : !llvm.ptr -> f32
                %v628 = llvm.load %v45 : !llvm.ptr -> f32
                %v629 = llvm.load %v46 : !llvm.ptr -> f32
                %v630 = llvm.load %v47 : !llvm.ptr -> f32
                %v631 = arith.muli %v28, %v135 : i64
                %v632 = arith.muli %v26, %size_L : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = arith.addi %v633, %v624 : i64
                %v635 = llvm.getelementptr %dy_y[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v636 = llvm.load %v635 : !llvm.ptr -> f32
                %v637 = llvm.load %v36 : !llvm.ptr -> f32
                %v638 = arith.mulf %v637, %v625 fastmath<contract> : f32
                %v639 = arith.addf %v636, %v638 fastmath<contract> : f32
                %v640 = llvm.load %v38 : !llvm.ptr -> f32
                %v641 = arith.mulf %v640, %v626 fastmath<contract> : f32
                %v642 = arith.addf %v641, %v639 fastmath<contract> : f32
                %v643 = arith.mulf %v627, %v637 fastmath<contract> : f32
                %v644 = arith.mulf %v640, %v629 fastmath<contract> : f32
                %v645 = arith.addf %v644, %v643 fastmath<contract> : f32
                %v646 = arith.mulf %v628, %v637 fastmath<contract> : f32
                %v647 = arith.mulf %v640, %v630 fastmath<contract> : f32
                %v648 = arith.addf %v647, %v646 fastmath<contract> : f32
                %v649 = llvm.load %v37 : !llvm.ptr -> f32
                %v650 = arith.mulf %v649, %v626 fastmath<contract> : f32
                %v651 = arith.addf %v42, %v650 fastmath<contract> : f32
                %v652 = llvm.load %v39 : !llvm.ptr -> f32
                %v653 = arith.mulf %v652, %v625 fastmath<contract> : f32
                %v654 = arith.addf %v653, %v651 fastmath<contract> : f32
                %v655 = arith.mulf %v629, %v649 fastmath<contract> : f32
                %v656 = arith.mulf %v652, %v627 fastmath<contract> : f32
                %v657 = arith.addf %v656, %v655 fastmath<contract> : f32
                %v658 = arith.mulf %v630, %v649 fastmath<contract> : f32
                %v659 = arith.mulf %v652, %v628 fastmath<contract> : f32
                %v660 = arith.addf %v659, %v658 fastmath<contract> : f32
                llvm.store %v642, %v34 : f32, !llvm.ptr
                llvm.store %v645, %v44 : f32, !llvm.ptr
                llvm.store %v648, %v45 : f32, !llvm.ptr
                llvm.store %v654, %v35 : f32, !llvm.ptr
                llvm.store %v657, %v46 : f32, !llvm.ptr
                llvm.store %v660, %v47 : f32, !llvm.ptr
                scf.if %v623 {
                  %v661 = arith.muli %v28, %size_D : i64
                  %v662 = arith.addi %v661, %v26 : i64
                  %v663 = llvm.getelementptr %dy_h_last[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v664 = llvm.load %v663 : !llvm.ptr -> f32
                  %v665 = llvm.load %v34 : !llvm.ptr -> f32
                  %v666 = arith.addf %v665, %v664 fastmath<contract> : f32
                  llvm.store %v666, %v34 : f32, !llvm.ptr
                  %v667 = arith.muli %v28, %size_D : i64
                  %v668 = arith.addi %v667, %v26 : i64
                  %v669 = llvm.getelementptr %dy_hp_last[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v670 = llvm.load %v669 : !llvm.ptr -> f32
                  %v671 = llvm.load %v35 : !llvm.ptr -> f32
                  %v672 = arith.addf %v671, %v670 fastmath<contract> : f32
                  llvm.store %v672, %v35 : f32, !llvm.ptr
                }
                %v673 = arith.muli %v28, %v135 : i64
                %v674 = arith.muli %v26, %size_L : i64
                %v675 = arith.addi %v673, %v674 : i64
                %v676 = arith.addi %v675, %v624 : i64
                %v677 = llvm.getelementptr %in_rho[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v678 = llvm.load %v677 : !llvm.ptr -> f32
                %v679 = arith.negf %v678 : f32
                %v680 = arith.mulf %v679, %v186 fastmath<contract> : f32
                %v681 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v680) : (f32) -> f32
                %v682 = arith.addf %v43, %v681 fastmath<contract> : f32
                %v683 = arith.divf %v43, %v682 : f32
                %v684 = arith.mulf %v178, %v683 fastmath<contract> : f32
                %v685 = arith.muli %v28, %v135 : i64
                %v686 = arith.muli %v26, %size_L : i64
                %v687 = arith.addi %v685, %v686 : i64
                %v688 = arith.addi %v687, %v624 : i64
                %v689 = llvm.getelementptr %in_theta[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v690 = llvm.load %v689 : !llvm.ptr -> f32
                %v691 = arith.mulf %v690, %v198 fastmath<contract> : f32
                %v692 = llvm.call_intrinsic "llvm.roundeven.f32"(%v691) : (f32) -> f32
                %v693 = arith.mulf %v692, %v201 fastmath<contract> : f32
                %v694 = arith.subf %v690, %v693 fastmath<contract> : f32
                %v695 = arith.mulf %v692, %v202 fastmath<contract> : f32
                %v696 = arith.subf %v694, %v695 fastmath<contract> : f32
                %v697 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v696) : (f32) -> f32
                %v698 = arith.mulf %v684, %v697 fastmath<contract> : f32
                llvm.store %v698, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v699 = arith.mulf %v683, %v683 fastmath<contract> : f32
                %v700 = arith.negf %v699 : f32
                llvm.store %v700, %v39 : f32, !llvm.ptr
                %v702 = arith.cmpi slt, %v701, %v117 : i32
                %v703 = arith.cmpi eq, %v701, %v123 : i32
                %v704 = arith.addi %v93, %v111 : i64
                %v705 = llvm.load %v34 : !llvm.ptr -> f32
                %v706 = llvm.load %v35 : !llvm.ptr -> f32
                %v707 = llvm.load %v44 : !llvm.ptr -> f32
                %v708 = llvm.load %v45 : !llvm.ptr -> f32
                %v709 = llvm.load %v46 : !llvm.ptr -> f32
                %v710 = llvm.load %v47 : !llvm.ptr -> f32
                %v711 = arith.muli %v28, %v135 : i64
                %v712 = arith.muli %v26, %size_L : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = arith.addi %v713, %v704 : i64
                %v715 = llvm.getelementptr %dy_y[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v716 = llvm.load %v715 : !llvm.ptr -> f32
                %v717 = llvm.load %v36 : !llvm.ptr -> f32
                %v718 = arith.mulf %v717, %v705 fastmath<contract> : f32
                %v719 = arith.addf %v716, %v718 fastmath<contract> : f32
                %v720 = llvm.load %v38 : !llvm.ptr -> f32
                %v721 = arith.mulf %v720, %v706 fastmath<contract> : f32
                %v722 = arith.addf %v721, %v719 fastmath<contract> : f32
                %v723 = arith.mulf %v707, %v717 fastmath<contract> : f32
                %v724 = arith.mulf %v720, %v709 fastmath<contract> : f32
                %v725 = arith.addf %v724, %v723 fastmath<contract> : f32
                %v726 = arith.mulf %v708, %v717 fastmath<contract> : f32
                %v727 = arith.mulf %v720, %v710 fastmath<contract> : f32
                %v728 = arith.addf %v727, %v726 fastmath<contract> : f32
                %v729 = llvm.load %v37 : !llvm.ptr -> f32
                %v730 = arith.mulf %v729, %v706 fastmath<contract> : f32
                %v731 = arith.addf %v42, %v730 fastmath<contract> : f32
                %v732 = llvm.load %v39 : !llvm.ptr -> f32
                %v733 = arith.mulf %v732, %v705 fastmath<contract> : f32
                %v734 = arith.addf %v733, %v731 fastmath<contract> : f32
                %v735 = arith.mulf %v709, %v729 fastmath<contract> : f32
                %v736 = arith.mulf %v732, %v707 fastmath<contract> : f32
                %v737 = arith.addf %v736, %v735 fastmath<contract> : f32
                %v738 = arith.mulf %v710, %v729 fastmath<contract> : f32
                %v739 = arith.mulf %v732, %v708 fastmath<contract> : f32
                %v740 = arith.addf %v739, %v738 fastmath<contract> : f32
                llvm.store %v722, %v34 : f32, !llvm.ptr
                llvm.store %v725, %v44 : f32, !llvm.ptr
                llvm.store %v728, %v45 : f32, !llvm.ptr
                llvm.store %v734, %v35 : f32, !llvm.ptr
                llvm.store %v737, %v46 : f32, !llvm.ptr
                llvm.store %v740, %v47 : f32, !llvm.ptr
                scf.if %v703 {
                  %v741 = arith.muli %v28, %size_D : i64
                  %v742 = arith.addi %v741, %v26 : i64
                  %v743 = llvm.getelementptr %dy_h_last[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v744 = llvm.load %v743 : !llvm.ptr -> f32
                  %v745 = llvm.load %v34 : !llvm.ptr -> f32
                  %v746 = arith.addf %v745, %v744 fastmath<contract> : f32
                  llvm.store %v746, %v34 : f32, !llvm.ptr
                  %v747 = arith.muli %v28, %size_D : i64
                  %v748 = arith.addi %v747, %v26 : i64
                  %v749 = llvm.getelementptr %dy_hp_last[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v750 = llvm.load %v749 : !llvm.ptr -> f32
                  %v751 = llvm.load %v35 : !llvm.ptr -> f32
                  %v752 = arith.addf %v751, %v750 fastmath<contract> : f32
                  llvm.store %v752, %v35 : f32, !llvm.ptr
                }
                %v753 = arith.muli %v28, %v135 : i64
                %v754 = arith.muli %v26, %size_L : i64
                %v755 = arith.addi %v753, %v754 : i64
                %v756 = arith.addi %v755, %v704 : i64
                %v757 = llvm.getelementptr %in_rho[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v758 = llvm.load %v757 : !llvm.ptr -> f32
                %v759 = arith.negf %v758 : f32
                %v760 = arith.mulf %v759, %v186 fastmath<contract> : f32
                %v761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v760) : (f32) -> f32
                %v762 = arith.addf %v43, %v761 fastmath<contract> : f32
                %v763 = arith.divf %v43, %v762 : f32
                %v764 = arith.mulf %v178, %v763 fastmath<contract> : f32
                %v765 = arith.muli %v28, %v135 : i64
                %v766 = arith.muli %v26, %size_L : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = arith.addi %v767, %v704 : i64
                %v769 = llvm.getelementptr %in_theta[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v770 = llvm.load %v769 : !llvm.ptr -> f32
                %v771 = arith.mulf %v770, %v198 fastmath<contract> : f32
                %v772 = llvm.call_intrinsic "llvm.roundeven.f32"(%v771) : (f32) -> f32
                %v773 = arith.mulf %v772, %v201 fastmath<contract> : f32
                %v774 = arith.subf %v770, %v773 fastmath<contract> : f32
                %v775 = arith.mulf %v772, %v202 fastmath<contract> : f32
                %v776 = arith.subf %v774, %v775 fastmath<contract> : f32
                %v777 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v776) : (f32) -> f32
                %v778 = arith.mulf %v764, %v777 fastmath<contract> : f32
                llvm.store %v778, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v779 = arith.mulf %v763, %v763 fastmath<contract> : f32
                %v780 = arith.negf %v779 : f32
                llvm.store %v780, %v39 : f32, !llvm.ptr
              } else {
                %v781 = arith.subi %v95, %v1 : i64
                // the group's states, recomputed into registers
                %v782 = arith.subi %v95, %v111 : i64
                %v783 = arith.trunci %v782 : i64 to i32
                %v784 = arith.subi %size_L, %v1 : i64
                %v785 = arith.addi %v93, %v111 : i64
                %v786 = arith.subi %v784, %v785 : i64
                %v787 = arith.minsi %v786, %v121 : i64
                %v788 = arith.trunci %v787 : i64 to i32
                %v789 = arith.addi %v111, %v78 : i64
                %v790 = arith.cmpi slt, %v125, %v783 : i32
                %v791 = arith.cmpi eq, %v125, %v788 : i32
                scf.if %v790 {
                  %v792 = arith.addi %v93, %v789 : i64
                  %v793 = llvm.load %v34 : !llvm.ptr -> f32
                  %v794 = llvm.load %v35 : !llvm.ptr -> f32
                  %v795 = llvm.load %v44 : !llvm.ptr -> f32
                  %v796 = llvm.load %v45 : !llvm.ptr -> f32
                  %v797 = llvm.load %v46 : !llvm.ptr -> f32
                  %v798 = llvm.load %v47 : !llvm.ptr -> f32
                  %v799 = arith.muli %v28, %v135 : i64
                  %v800 = arith.muli %v26, %size_L : i64
                  %v801 = arith.addi %v799, %v800 : i64
                  %v802 = arith.addi %v801, %v792 : i64
                  %v803 = llvm.getelementptr %dy_y[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v804 = llvm.load %v803 : !llvm.ptr -> f32
                  %v805 = llvm.load %v36 : !llvm.ptr -> f32
                  %v806 = arith.mulf %v805, %v793 fastmath<contract> : f32
                  %v807 = arith.addf %v804, %v806 fastmath<contract> : f32
                  %v808 = llvm.load %v38 : !llvm.ptr -> f32
                  %v809 = arith.mulf %v808, %v794 fastmath<contract> : f32
                  %v810 = arith.addf %v809, %v807 fastmath<contract> : f32
                  %v811 = arith.mulf %v795, %v805 fastmath<contract> : f32
                  %v812 = arith.mulf %v808, %v797 fastmath<contract> : f32
                  %v813 = arith.addf %v812, %v811 fastmath<contract> : f32
                  %v814 = arith.mulf %v796, %v805 fastmath<contract> : f32
                  %v815 = arith.mulf %v808, %v798 fastmath<contract> : f32
                  %v816 = arith.addf %v815, %v814 fastmath<contract> : f32
                  %v817 = llvm.load %v37 : !llvm.ptr -> f32
                  %v818 = arith.mulf %v817, %v794 fastmath<contract> : f32
                  %v819 = arith.addf %v42, %v818 fastmath<contract> : f32
                  %v820 = llvm.load %v39 : !llvm.ptr -> f32
                  %v821 = arith.mulf %v820, %v793 fastmath<contract> : f32
                  %v822 = arith.addf %v821, %v819 fastmath<contract> : f32
                  %v823 = arith.mulf %v797, %v817 fastmath<contract> : f32
                  %v824 = arith.mulf %v820, %v795 fastmath<contract> : f32
                  %v825 = arith.addf %v824, %v823 fastmath<contract> : f32
                  %v826 = arith.mulf %v798, %v817 fastmath<contract> : f32
                  %v827 = arith.mulf %v820, %v796 fastmath<contract> : f32
                  %v828 = arith.addf %v827, %v826 fastmath<contract> : f32
                  llvm.store %v810, %v34 : f32, !llvm.ptr
                  llvm.store %v813, %v44 : f32, !llvm.ptr
                  llvm.store %v816, %v45 : f32, !llvm.ptr
                  llvm.store %v822, %v35 : f32, !llvm.ptr
                  llvm.store %v825, %v46 : f32, !llvm.ptr
                  llvm.store %v828, %v47 : f32, !llvm.ptr
                  scf.if %v791 {
                    %v829 = arith.muli %v28, %size_D : i64
                    %v830 = arith.addi %v829, %v26 : i64
                    %v831 = llvm.getelementptr %dy_h_last[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v832 = llvm.load %v831 : !llvm.ptr -> f32
                    %v833 = llvm.load %v34 : !llvm.ptr -> f32
                    %v834 = arith.addf %v833, %v832 fastmath<contract> : f32
                    llvm.store %v834, %v34 : f32, !llvm.ptr
                    %v835 = arith.muli %v28, %size_D : i64
                    %v836 = arith.addi %v835, %v26 : i64
                    %v837 = llvm.getelementptr %dy_hp_last[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v838 = llvm.load %v837 : !llvm.ptr -> f32
                    %v839 = llvm.load %v35 : !llvm.ptr -> f32
                    %v840 = arith.addf %v839, %v838 fastmath<contract> : f32
                    llvm.store %v840, %v35 : f32, !llvm.ptr
                  }
                  %v841 = arith.muli %v28, %v135 : i64
                  %v842 = arith.muli %v26, %size_L : i64
                  %v843 = arith.addi %v841, %v842 : i64
                  %v844 = arith.addi %v843, %v792 : i64
                  %v845 = llvm.getelementptr %in_rho[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v846 = llvm.load %v845 : !llvm.ptr -> f32
                  %v847 = arith.negf %v846 : f32
                  %v848 = arith.mulf %v847, %v186 fastmath<contract> : f32
                  %v849 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v848) : (f32) -> f32
                  %v850 = arith.addf %v43, %v849 fastmath<contract> : f32
                  %v851 = arith.divf %v43, %v850 : f32
                  %v852 = arith.mulf %v178, %v851 fastmath<contract> : f32
                  %v853 = arith.muli %v28, %v135 : i64
                  %v854 = arith.muli %v26, %size_L : i64
                  %v855 = arith.addi %v853, %v854 : i64
                  %v856 = arith.addi %v855, %v792 : i64
                  %v857 = llvm.getelementptr %in_theta[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v858 = llvm.load %v857 : !llvm.ptr -> f32
                  %v859 = arith.mulf %v858, %v198 fastmath<contract> : f32
                  %v860 = llvm.call_intrinsic "llvm.roundeven.f32"(%v859) : (f32) -> f32
                  %v861 = arith.mulf %v860, %v201 fastmath<contract> : f32
                  %v862 = arith.subf %v858, %v861 fastmath<contract> : f32
                  %v863 = arith.mulf %v860, %v202 fastmath<contract> : f32
                  %v864 = arith.subf %v862, %v863 fastmath<contract> : f32
                  %v865 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v864) : (f32) -> f32
                  %v866 = arith.mulf %v852, %v865 fastmath<contract> : f32
                  llvm.store %v866, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v867 = arith.mulf %v851, %v851 fastmath<contract> : f32
                  %v868 = arith.negf %v867 : f32
                  llvm.store %v868, %v39 : f32, !llvm.ptr
                }
                %v869 = arith.addi %v111, %v211 : i64
                %v870 = arith.cmpi slt, %v213, %v783 : i32
                %v871 = arith.cmpi eq, %v213, %v788 : i32
                scf.if %v870 {
                  %v872 = arith.addi %v93, %v869 : i64
                  %v873 = llvm.load %v34 : !llvm.ptr -> f32
                  %v874 = llvm.load %v35 : !llvm.ptr -> f32
                  %v875 = llvm.load %v44 : !llvm.ptr -> f32
                  %v876 = llvm.load %v45 : !llvm.ptr -> f32
                  %v877 = llvm.load %v46 : !llvm.ptr -> f32
                  %v878 = llvm.load %v47 : !llvm.ptr -> f32
                  %v879 = arith.muli %v28, %v135 : i64
                  %v880 = arith.muli %v26, %size_L : i64
                  %v881 = arith.addi %v879, %v880 : i64
                  %v882 = arith.addi %v881, %v872 : i64
                  %v883 = llvm.getelementptr %dy_y[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v884 = llvm.load %v883 : !llvm.ptr -> f32
                  %v885 = llvm.load %v36 : !llvm.ptr -> f32
                  %v886 = arith.mulf %v885, %v873 fastmath<contract> : f32
                  %v887 = arith.addf %v884, %v886 fastmath<contract> : f32
                  %v888 = llvm.load %v38 : !llvm.ptr -> f32
                  %v889 = arith.mulf %v888, %v874 fastmath<contract> : f32
                  %v890 = arith.addf %v889, %v887 fastmath<contract> : f32
                  %v891 = arith.mulf %v875, %v885 fastmath<contract> : f32
                  %v892 = arith.mulf %v888, %v877 fastmath<contract> : f32
                  %v893 = arith.addf %v892, %v891 fastmath<contract> : f32
                  %v894 = arith.mulf %v876, %v885 fastmath<contract> : f32
                  %v895 = arith.mulf %v888, %v878 fastmath<contract> : f32
                  %v896 = arith.addf %v895, %v894 fastmath<contract> : f32
                  %v897 = llvm.load %v37 : !llvm.ptr -> f32
                  %v898 = arith.mulf %v897, %v874 fastmath<contract> : f32
                  %v899 = arith.addf %v42, %v898 fastmath<contract> : f32
                  %v900 = llvm.load %v39 : !llvm.ptr -> f32
                  %v901 = arith.mulf %v900, %v873 fastmath<contract> : f32
                  %v902 = arith.addf %v901, %v899 fastmath<contract> : f32
                  %v903 = arith.mulf %v877, %v897 fastmath<contract> : f32
                  %v904 = arith.mulf %v900, %v875 fastmath<contract> : f32
                  %v905 = arith.addf %v904, %v903 fastmath<contract> : f32
                  %v906 = arith.mulf %v878, %v897 fastmath<contract> : f32
                  %v907 = arith.mulf %v900, %v876 fastmath<contract> : f32
                  %v908 = arith.addf %v907, %v906 fastmath<contract> : f32
                  llvm.store %v890, %v34 : f32, !llvm.ptr
                  llvm.store %v893, %v44 : f32, !llvm.ptr
                  llvm.store %v896, %v45 : f32, !llvm.ptr
                  llvm.store %v902, %v35 : f32, !llvm.ptr
                  llvm.store %v905, %v46 : f32, !llvm.ptr
                  llvm.store %v908, %v47 : f32, !llvm.ptr
                  scf.if %v871 {
                    %v909 = arith.muli %v28, %size_D : i64
                    %v910 = arith.addi %v909, %v26 : i64
                    %v911 = llvm.getelementptr %dy_h_last[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v912 = llvm.load %v911 : !llvm.ptr -> f32
                    %v913 = llvm.load %v34 : !llvm.ptr -> f32
                    %v914 = arith.addf %v913, %v912 fastmath<contract> : f32
                    llvm.store %v914, %v34 : f32, !llvm.ptr
                    %v915 = arith.muli %v28, %size_D : i64
                    %v916 = arith.addi %v915, %v26 : i64
                    %v917 = llvm.getelementptr %dy_hp_last[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v918 = llvm.load %v917 : !llvm.ptr -> f32
                    %v919 = llvm.load %v35 : !llvm.ptr -> f32
                    %v920 = arith.addf %v919, %v918 fastmath<contract> : f32
                    llvm.store %v920, %v35 : f32, !llvm.ptr
                  }
                  %v921 = arith.muli %v28, %v135 : i64
                  %v922 = arith.muli %v26, %size_L : i64
                  %v923 = arith.addi %v921, %v922 : i64
                  %v924 = arith.addi %v923, %v872 : i64
                  %v925 = llvm.getelementptr %in_rho[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v926 = llvm.load %v925 : !llvm.ptr -> f32
                  %v927 = arith.negf %v926 : f32
                  %v928 = arith.mulf %v927, %v186 fastmath<contract> : f32
                  %v929 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v928) : (f32) -> f32
                  %v930 = arith.addf %v43, %v929 fastmath<contract> : f32
                  %v931 = arith.divf %v43, %v930 : f32
                  %v932 = arith.mulf %v178, %v931 fastmath<contract> : f32
                  %v933 = arith.muli %v28, %v135 : i64
                  %v934 = arith.muli %v26, %size_L : i64
                  %v935 = arith.addi %v933, %v934 : i64
                  %v936 = arith.addi %v935, %v872 : i64
                  %v937 = llvm.getelementptr %in_theta[%v936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v938 = llvm.load %v937 : !llvm.ptr -> f32
                  %v939 = arith.mulf %v938, %v198 fastmath<contract> : f32
                  %v940 = llvm.call_intrinsic "llvm.roundeven.f32"(%v939) : (f32) -> f32
                  %v941 = arith.mulf %v940, %v201 fastmath<contract> : f32
                  %v942 = arith.subf %v938, %v941 fastmath<contract> : f32
                  %v943 = arith.mulf %v940, %v202 fastmath<contract> : f32
                  %v944 = arith.subf %v942, %v943 fastmath<contract> : f32
                  %v945 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v944) : (f32) -> f32
                  %v946 = arith.mulf %v932, %v945 fastmath<contract> : f32
                  llvm.store %v946, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v947 = arith.mulf %v931, %v931 fastmath<contract> : f32
                  %v948 = arith.negf %v947 : f32
                  llvm.store %v948, %v39 : f32, !llvm.ptr
                }
                %v949 = arith.addi %v111, %v293 : i64
                %v950 = arith.cmpi slt, %v295, %v783 : i32
                %v951 = arith.cmpi eq, %v295, %v788 : i32
                scf.if %v950 {
                  %v952 = arith.addi %v93, %v949 : i64
                  %v953 = llvm.load %v34 : !llvm.ptr -> f32
                  %v954 = llvm.load %v35 : !llvm.ptr -> f32
                  %v955 = llvm.load %v44 : !llvm.ptr -> f32
                  %v956 = llvm.load %v45 : !llvm.ptr -> f32
                  %v957 = llvm.load %v46 : !llvm.ptr -> f32
                  %v958 = llvm.load %v47 : !llvm.ptr -> f32
                  %v959 = arith.muli %v28, %v135 : i64
                  %v960 = arith.muli %v26, %size_L : i64
                  %v961 = arith.addi %v959, %v960 : i64
                  %v962 = arith.addi %v961, %v952 : i64
                  %v963 = llvm.getelementptr %dy_y[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v964 = llvm.load %v963 : !llvm.ptr -> f32
                  %v965 = llvm.load %v36 : !llvm.ptr -> f32
                  %v966 = arith.mulf %v965, %v953 fastmath<contract> : f32
                  %v967 = arith.addf %v964, %v966 fastmath<contract> : f32
                  %v968 = llvm.load %v38 : !llvm.ptr -> f32
                  %v969 = arith.mulf %v968, %v954 fastmath<contract> : f32
                  %v970 = arith.addf %v969, %v967 fastmath<contract> : f32
                  %v971 = arith.mulf %v955, %v965 fastmath<contract> : f32
                  %v972 = arith.mulf %v968, %v957 fastmath<contract> : f32
                  %v973 = arith.addf %v972, %v971 fastmath<contract> : f32
                  %v974 = arith.mulf %v956, %v965 fastmath<contract> : f32
                  %v975 = arith.mulf %v968, %v958 fastmath<contract> : f32
                  %v976 = arith.addf %v975, %v974 fastmath<contract> : f32
                  %v977 = llvm.load %v37 : !llvm.ptr -> f32
                  %v978 = arith.mulf %v977, %v954 fastmath<contract> : f32
                  %v979 = arith.addf %v42, %v978 fastmath<contract> : f32
                  %v980 = llvm.load %v39 : !llvm.ptr -> f32
                  %v981 = arith.mulf %v980, %v953 fastmath<contract> : f32
                  %v982 = arith.addf %v981, %v979 fastmath<contract> : f32
                  %v983 = arith.mulf %v957, %v977 fastmath<contract> : f32
                  %v984 = arith.mulf %v980, %v955 fastmath<contract> : f32
                  %v985 = arith.addf %v984, %v983 fastmath<contract> : f32
                  %v986 = arith.mulf %v958, %v977 fastmath<contract> : f32
                  %v987 = arith.mulf %v980, %v956 fastmath<contract> : f32
                  %v988 = arith.addf %v987, %v986 fastmath<contract> : f32
                  llvm.store %v970, %v34 : f32, !llvm.ptr
                  llvm.store %v973, %v44 : f32, !llvm.ptr
                  llvm.store %v976, %v45 : f32, !llvm.ptr
                  llvm.store %v982, %v35 : f32, !llvm.ptr
                  llvm.store %v985, %v46 : f32, !llvm.ptr
                  llvm.store %v988, %v47 : f32, !llvm.ptr
                  scf.if %v951 {
                    %v989 = arith.muli %v28, %size_D : i64
                    %v990 = arith.addi %v989, %v26 : i64
                    %v991 = llvm.getelementptr %dy_h_last[%v990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v992 = llvm.load %v991 : !llvm.ptr -> f32
                    %v993 = llvm.load %v34 : !llvm.ptr -> f32
                    %v994 = arith.addf %v993, %v992 fastmath<contract> : f32
                    llvm.store %v994, %v34 : f32, !llvm.ptr
                    %v995 = arith.muli %v28, %size_D : i64
                    %v996 = arith.addi %v995, %v26 : i64
                    %v997 = llvm.getelementptr %dy_hp_last[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v998 = llvm.load %v997 : !llvm.ptr -> f32
                    %v999 = llvm.load %v35 : !llvm.ptr -> f32
                    %v1000 = arith.addf %v999, %v998 fastmath<contract> : f32
                    llvm.store %v1000, %v35 : f32, !llvm.ptr
                  }
                  %v1001 = arith.muli %v28, %v135 : i64
                  %v1002 = arith.muli %v26, %size_L : i64
                  %v1003 = arith.addi %v1001, %v1002 : i64
                  %v1004 = arith.addi %v1003, %v952 : i64
                  %v1005 = llvm.getelementptr %in_rho[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
                  %v1007 = arith.negf %v1006 : f32
                  %v1008 = arith.mulf %v1007, %v186 fastmath<contract> : f32
                  %v1009 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1008) : (f32) -> f32
                  %v1010 = arith.addf %v43, %v1009 fastmath<contract> : f32
                  %v1011 = arith.divf %v43, %v1010 : f32
                  %v1012 = arith.mulf %v178, %v1011 fastmath<contract> : f32
                  %v1013 = arith.muli %v28, %v135 : i64
                  %v1014 = arith.muli %v26, %size_L : i64
                  %v1015 = arith.addi %v1013, %v1014 : i64
                  %v1016 = arith.addi %v1015, %v952 : i64
                  %v1017 = llvm.getelementptr %in_theta[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
                  %v1019 = arith.mulf %v1018, %v198 fastmath<contract> : f32
                  %v1020 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1019) : (f32) -> f32
                  %v1021 = arith.mulf %v1020, %v201 fastmath<contract> : f32
                  %v1022 = arith.subf %v1018, %v1021 fastmath<contract> : f32
                  %v1023 = arith.mulf %v1020, %v202 fastmath<contract> : f32
                  %v1024 = arith.subf %v1022, %v1023 fastmath<contract> : f32
                  %v1025 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1024) : (f32) -> f32
                  %v1026 = arith.mulf %v1012, %v1025 fastmath<contract> : f32
                  llvm.store %v1026, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v1027 = arith.mulf %v1011, %v1011 fastmath<contract> : f32
                  %v1028 = arith.negf %v1027 : f32
                  llvm.store %v1028, %v39 : f32, !llvm.ptr
                }
                %v1029 = arith.addi %v111, %v30 : i64
                %v1030 = arith.cmpi slt, %v376, %v783 : i32
                %v1031 = arith.cmpi eq, %v376, %v788 : i32
                scf.if %v1030 {
                  %v1032 = arith.addi %v93, %v1029 : i64
                  %v1033 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1034 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1035 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1036 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1037 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1038 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1039 = arith.muli %v28, %v135 : i64
                  %v1040 = arith.muli %v26, %size_L : i64
                  %v1041 = arith.addi %v1039, %v1040 : i64
                  %v1042 = arith.addi %v1041, %v1032 : i64
                  %v1043 = llvm.getelementptr %dy_y[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1044 = llvm.load %v1043 : !llvm.ptr -> f32
                  %v1045 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1046 = arith.mulf %v1045, %v1033 fastmath<contract> : f32
                  %v1047 = arith.addf %v1044, %v1046 fastmath<contract> : f32
                  %v1048 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1049 = arith.mulf %v1048, %v1034 fastmath<contract> : f32
                  %v1050 = arith.addf %v1049, %v1047 fastmath<contract> : f32
                  %v1051 = arith.mulf %v1035, %v1045 fastmath<contract> : f32
                  %v1052 = arith.mulf %v1048, %v1037 fastmath<contract> : f32
                  %v1053 = arith.addf %v1052, %v1051 fastmath<contract> : f32
                  %v1054 = arith.mulf %v1036, %v1045 fastmath<contract> : f32
                  %v1055 = arith.mulf %v1048, %v1038 fastmath<contract> : f32
                  %v1056 = arith.addf %v1055, %v1054 fastmath<contract> : f32
                  %v1057 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1058 = arith.mulf %v1057, %v1034 fastmath<contract> : f32
                  %v1059 = arith.addf %v42, %v1058 fastmath<contract> : f32
                  %v1060 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1061 = arith.mulf %v1060, %v1033 fastmath<contract> : f32
                  %v1062 = arith.addf %v1061, %v1059 fastmath<contract> : f32
                  %v1063 = arith.mulf %v1037, %v1057 fastmath<contract> : f32
                  %v1064 = arith.mulf %v1060, %v1035 fastmath<contract> : f32
                  %v1065 = arith.addf %v1064, %v1063 fastmath<contract> : f32
                  %v1066 = arith.mulf %v1038, %v1057 fastmath<contract> : f32
                  %v1067 = arith.mulf %v1060, %v1036 fastmath<contract> : f32
                  %v1068 = arith.addf %v1067, %v1066 fastmath<contract> : f32
                  llvm.store %v1050, %v34 : f32, !llvm.ptr
                  llvm.store %v1053, %v44 : f32, !llvm.ptr
                  llvm.store %v1056, %v45 : f32, !llvm.ptr
                  llvm.store %v1062, %v35 : f32, !llvm.ptr
                  llvm.store %v1065, %v46 : f32, !llvm.ptr
                  llvm.store %v1068, %v47 : f32, !llvm.ptr
                  scf.if %v1031 {
                    %v1069 = arith.muli %v28, %size_D : i64
                    %v1070 = arith.addi %v1069, %v26 : i64
                    %v1071 = llvm.getelementptr %dy_h_last[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
                    %v1073 = llvm.load %v34 : !llvm.ptr -> f32
                    %v1074 = arith.addf %v1073, %v1072 fastmath<contract> : f32
                    llvm.store %v1074, %v34 : f32, !llvm.ptr
                    %v1075 = arith.muli %v28, %size_D : i64
                    %v1076 = arith.addi %v1075, %v26 : i64
                    %v1077 = llvm.getelementptr %dy_hp_last[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1078 = llvm.load %v1077 : !llvm.ptr -> f32
                    %v1079 = llvm.load %v35 : !llvm.ptr -> f32
                    %v1080 = arith.addf %v1079, %v1078 fastmath<contract> : f32
                    llvm.store %v1080, %v35 : f32, !llvm.ptr
                  }
                  %v1081 = arith.muli %v28, %v135 : i64
                  %v1082 = arith.muli %v26, %size_L : i64
                  %v1083 = arith.addi %v1081, %v1082 : i64
                  %v1084 = arith.addi %v1083, %v1032 : i64
                  %v1085 = llvm.getelementptr %in_rho[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1086 = llvm.load %v1085 : !llvm.ptr -> f32
                  %v1087 = arith.negf %v1086 : f32
                  %v1088 = arith.mulf %v1087, %v186 fastmath<contract> : f32
                  %v1089 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1088) : (f32) -> f32
                  %v1090 = arith.addf %v43, %v1089 fastmath<contract> : f32
                  %v1091 = arith.divf %v43, %v1090 : f32
                  %v1092 = arith.mulf %v178, %v1091 fastmath<contract> : f32
                  %v1093 = arith.muli %v28, %v135 : i64
                  %v1094 = arith.muli %v26, %size_L : i64
                  %v1095 = arith.addi %v1093, %v1094 : i64
                  %v1096 = arith.addi %v1095, %v1032 : i64
                  %v1097 = llvm.getelementptr %in_theta[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1098 = llvm.load %v1097 : !llvm.ptr -> f32
                  %v1099 = arith.mulf %v1098, %v198 fastmath<contract> : f32
                  %v1100 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1099) : (f32) -> f32
                  %v1101 = arith.mulf %v1100, %v201 fastmath<contract> : f32
                  %v1102 = arith.subf %v1098, %v1101 fastmath<contract> : f32
                  %v1103 = arith.mulf %v1100, %v202 fastmath<contract> : f32
                  %v1104 = arith.subf %v1102, %v1103 fastmath<contract> : f32
                  %v1105 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1104) : (f32) -> f32
                  %v1106 = arith.mulf %v1092, %v1105 fastmath<contract> : f32
                  llvm.store %v1106, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v1107 = arith.mulf %v1091, %v1091 fastmath<contract> : f32
                  %v1108 = arith.negf %v1107 : f32
                  llvm.store %v1108, %v39 : f32, !llvm.ptr
                }
                %v1109 = arith.addi %v111, %v456 : i64
                %v1110 = arith.cmpi slt, %v458, %v783 : i32
                %v1111 = arith.cmpi eq, %v458, %v788 : i32
                scf.if %v1110 {
                  %v1112 = arith.addi %v93, %v1109 : i64
                  %v1113 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1114 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1115 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1116 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1117 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1118 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1119 = arith.muli %v28, %v135 : i64
                  %v1120 = arith.muli %v26, %size_L : i64
                  %v1121 = arith.addi %v1119, %v1120 : i64
                  %v1122 = arith.addi %v1121, %v1112 : i64
                  %v1123 = llvm.getelementptr %dy_y[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1124 = llvm.load %v1123 : !llvm.ptr -> f32
                  %v1125 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1126 = arith.mulf %v1125, %v1113 fastmath<contract> : f32
                  %v1127 = arith.addf %v1124, %v1126 fastmath<contract> : f32
                  %v1128 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1129 = arith.mulf %v1128, %v1114 fastmath<contract> : f32
                  %v1130 = arith.addf %v1129, %v1127 fastmath<contract> : f32
                  %v1131 = arith.mulf %v1115, %v1125 fastmath<contract> : f32
                  %v1132 = arith.mulf %v1128, %v1117 fastmath<contract> : f32
                  %v1133 = arith.addf %v1132, %v1131 fastmath<contract> : f32
                  %v1134 = arith.mulf %v1116, %v1125 fastmath<contract> : f32
                  %v1135 = arith.mulf %v1128, %v1118 fastmath<contract> : f32
                  %v1136 = arith.addf %v1135, %v1134 fastmath<contract> : f32
                  %v1137 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1138 = arith.mulf %v1137, %v1114 fastmath<contract> : f32
                  %v1139 = arith.addf %v42, %v1138 fastmath<contract> : f32
                  %v1140 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1141 = arith.mulf %v1140, %v1113 fastmath<contract> : f32
                  %v1142 = arith.addf %v1141, %v1139 fastmath<contract> : f32
                  %v1143 = arith.mulf %v1117, %v1137 fastmath<contract> : f32
                  %v1144 = arith.mulf %v1140, %v1115 fastmath<contract> : f32
                  %v1145 = arith.addf %v1144, %v1143 fastmath<contract> : f32
                  %v1146 = arith.mulf %v1118, %v1137 fastmath<contract> : f32
                  %v1147 = arith.mulf %v1140, %v1116 fastmath<contract> : f32
                  %v1148 = arith.addf %v1147, %v1146 fastmath<contract> : f32
                  llvm.store %v1130, %v34 : f32, !llvm.ptr
                  llvm.store %v1133, %v44 : f32, !llvm.ptr
                  llvm.store %v1136, %v45 : f32, !llvm.ptr
                  llvm.store %v1142, %v35 : f32, !llvm.ptr
                  llvm.store %v1145, %v46 : f32, !llvm.ptr
                  llvm.store %v1148, %v47 : f32, !llvm.ptr
                  scf.if %v1111 {
                    %v1149 = arith.muli %v28, %size_D : i64
                    %v1150 = arith.addi %v1149, %v26 : i64
                    %v1151 = llvm.getelementptr %dy_h_last[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1152 = llvm.load %v1151 : !llvm.ptr -> f32
                    %v1153 = llvm.load %v34 : !llvm.ptr -> f32
                    %v1154 = arith.addf %v1153, %v1152 fastmath<contract> : f32
                    llvm.store %v1154, %v34 : f32, !llvm.ptr
                    %v1155 = arith.muli %v28, %size_D : i64
                    %v1156 = arith.addi %v1155, %v26 : i64
                    %v1157 = llvm.getelementptr %dy_hp_last[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
                    %v1159 = llvm.load %v35 : !llvm.ptr -> f32
                    %v1160 = arith.addf %v1159, %v1158 fastmath<contract> : f32
                    llvm.store %v1160, %v35 : f32, !llvm.ptr
                  }
                  %v1161 = arith.muli %v28, %v135 : i64
                  %v1162 = arith.muli %v26, %size_L : i64
                  %v1163 = arith.addi %v1161, %v1162 : i64
                  %v1164 = arith.addi %v1163, %v1112 : i64
                  %v1165 = llvm.getelementptr %in_rho[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1166 = llvm.load %v1165 : !llvm.ptr -> f32
                  %v1167 = arith.negf %v1166 : f32
                  %v1168 = arith.mulf %v1167, %v186 fastmath<contract> : f32
                  %v1169 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1168) : (f32) -> f32
                  %v1170 = arith.addf %v43, %v1169 fastmath<contract> : f32
                  %v1171 = arith.divf %v43, %v1170 : f32
                  %v1172 = arith.mulf %v178, %v1171 fastmath<contract> : f32
                  %v1173 = arith.muli %v28, %v135 : i64
                  %v1174 = arith.muli %v26, %size_L : i64
                  %v1175 = arith.addi %v1173, %v1174 : i64
                  %v1176 = arith.addi %v1175, %v1112 : i64
                  %v1177 = llvm.getelementptr %in_theta[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1178 = llvm.load %v1177 : !llvm.ptr -> f32
                  %v1179 = arith.mulf %v1178, %v198 fastmath<contract> : f32
                  %v1180 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1179) : (f32) -> f32
                  %v1181 = arith.mulf %v1180, %v201 fastmath<contract> : f32
                  %v1182 = arith.subf %v1178, %v1181 fastmath<contract> : f32
                  %v1183 = arith.mulf %v1180, %v202 fastmath<contract> : f32
                  %v1184 = arith.subf %v1182, %v1183 fastmath<contract> : f32
                  %v1185 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1184) : (f32) -> f32
                  %v1186 = arith.mulf %v1172, %v1185 fastmath<contract> : f32
                  llvm.store %v1186, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v1187 = arith.mulf %v1171, %v1171 fastmath<contract> : f32
                  %v1188 = arith.negf %v1187 : f32
                  llvm.store %v1188, %v39 : f32, !llvm.ptr
                }
                %v1189 = arith.addi %v111, %v538 : i64
                %v1190 = arith.cmpi slt, %v540, %v783 : i32
                %v1191 = arith.cmpi eq, %v540, %v788 : i32
                scf.if %v1190 {
                  %v1192 = arith.addi %v93, %v1189 : i64
                  %v1193 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1194 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1195 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1196 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1197 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1198 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1199 = arith.muli %v28, %v135 : i64
                  %v1200 = arith.muli %v26, %size_L : i64
                  %v1201 = arith.addi %v1199, %v1200 : i64
                  %v1202 = arith.addi %v1201, %v1192 : i64
                  %v1203 = llvm.getelementptr %dy_y[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
                  %v1205 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1206 = arith.mulf %v1205, %v1193 fastmath<contract> : f32
                  %v1207 = arith.addf %v1204, %v1206 fastmath<contract> : f32
                  %v1208 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1209 = arith.mulf %v1208, %v1194 fastmath<contract> : f32
                  %v1210 = arith.addf %v1209, %v1207 fastmath<contract> : f32
                  %v1211 = arith.mulf %v1195, %v1205 fastmath<contract> : f32
                  %v1212 = arith.mulf %v1208, %v1197 fastmath<contract> : f32
                  %v1213 = arith.addf %v1212, %v1211 fastmath<contract> : f32
                  %v1214 = arith.mulf %v1196, %v1205 fastmath<contract> : f32
                  %v1215 = arith.mulf %v1208, %v1198 fastmath<contract> : f32
                  %v1216 = arith.addf %v1215, %v1214 fastmath<contract> : f32
                  %v1217 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1218 = arith.mulf %v1217, %v1194 fastmath<contract> : f32
                  %v1219 = arith.addf %v42, %v1218 fastmath<contract> : f32
                  %v1220 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1221 = arith.mulf %v1220, %v1193 fastmath<contract> : f32
                  %v1222 = arith.addf %v1221, %v1219 fastmath<contract> : f32
                  %v1223 = arith.mulf %v1197, %v1217 fastmath<contract> : f32
                  %v1224 = arith.mulf %v1220, %v1195 fastmath<contract> : f32
                  %v1225 = arith.addf %v1224, %v1223 fastmath<contract> : f32
                  %v1226 = arith.mulf %v1198, %v1217 fastmath<contract> : f32
                  %v1227 = arith.mulf %v1220, %v1196 fastmath<contract> : f32
                  %v1228 = arith.addf %v1227, %v1226 fastmath<contract> : f32
                  llvm.store %v1210, %v34 : f32, !llvm.ptr
                  llvm.store %v1213, %v44 : f32, !llvm.ptr
                  llvm.store %v1216, %v45 : f32, !llvm.ptr
                  llvm.store %v1222, %v35 : f32, !llvm.ptr
                  llvm.store %v1225, %v46 : f32, !llvm.ptr
                  llvm.store %v1228, %v47 : f32, !llvm.ptr
                  scf.if %v1191 {
                    %v1229 = arith.muli %v28, %size_D : i64
                    %v1230 = arith.addi %v1229, %v26 : i64
                    %v1231 = llvm.getelementptr %dy_h_last[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
                    %v1233 = llvm.load %v34 : !llvm.ptr -> f32
                    %v1234 = arith.addf %v1233, %v1232 fastmath<contract> : f32
                    llvm.store %v1234, %v34 : f32, !llvm.ptr
                    %v1235 = arith.muli %v28, %size_D : i64
                    %v1236 = arith.addi %v1235, %v26 : i64
                    %v1237 = llvm.getelementptr %dy_hp_last[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1238 = llvm.load %v1237 : !llvm.ptr -> f32
                    %v1239 = llvm.load %v35 : !llvm.ptr -> f32
                    %v1240 = arith.addf %v1239, %v1238 fastmath<contract> : f32
                    llvm.store %v1240, %v35 : f32, !llvm.ptr
                  }
                  %v1241 = arith.muli %v28, %v135 : i64
                  %v1242 = arith.muli %v26, %size_L : i64
                  %v1243 = arith.addi %v1241, %v1242 : i64
                  %v1244 = arith.addi %v1243, %v1192 : i64
                  %v1245 = llvm.getelementptr %in_rho[%v1244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1246 = llvm.load %v1245 : !llvm.ptr -> f32
                  %v1247 = arith.negf %v1246 : f32
                  %v1248 = arith.mulf %v1247, %v186 fastmath<contract> : f32
                  %v1249 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1248) : (f32) -> f32
                  %v1250 = arith.addf %v43, %v1249 fastmath<contract> : f32
                  %v1251 = arith.divf %v43, %v1250 : f32
                  %v1252 = arith.mulf %v178, %v1251 fastmath<contract> : f32
                  %v1253 = arith.muli %v28, %v135 : i64
                  %v1254 = arith.muli %v26, %size_L : i64
                  %v1255 = arith.addi %v1253, %v1254 : i64
                  %v1256 = arith.addi %v1255, %v1192 : i64
                  %v1257 = llvm.getelementptr %in_theta[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1258 = llvm.load %v1257 : !llvm.ptr -> f32
                  %v1259 = arith.mulf %v1258, %v198 fastmath<contract> : f32
                  %v1260 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1259) : (f32) -> f32
                  %v1261 = arith.mulf %v1260, %v201 fastmath<contract> : f32
                  %v1262 = arith.subf %v1258, %v1261 fastmath<contract> : f32
                  %v1263 = arith.mulf %v1260, %v202 fastmath<contract> : f32
                  %v1264 = arith.subf %v1262, %v1263 fastmath<contract> : f32
                  %v1265 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1264) : (f32) -> f32
                  %v1266 = arith.mulf %v1252, %v1265 fastmath<contract> : f32
                  llvm.store %v1266, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v1267 = arith.mulf %v1251, %v1251 fastmath<contract> : f32
                  %v1268 = arith.negf %v1267 : f32
                  llvm.store %v1268, %v39 : f32, !llvm.ptr
                }
                %v1269 = arith.addi %v111, %v1 : i64
                %v1270 = arith.cmpi slt, %v621, %v783 : i32
                %v1271 = arith.cmpi eq, %v621, %v788 : i32
                scf.if %v1270 {
                  %v1272 = arith.addi %v93, %v1269 : i64
                  %v1273 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1274 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1275 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1276 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1277 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1278 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1279 = arith.muli %v28, %v135 : i64
                  %v1280 = arith.muli %v26, %size_L : i64
                  %v1281 = arith.addi %v1279, %v1280 : i64
                  %v1282 = arith.addi %v1281, %v1272 : i64
                  %v1283 = llvm.getelementptr %dy_y[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
                  %v1285 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1286 = arith.mulf %v1285, %v1273 fastmath<contract> : f32
                  %v1287 = arith.addf %v1284, %v1286 fastmath<contract> : f32
                  %v1288 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1289 = arith.mulf %v1288, %v1274 fastmath<contract> : f32
                  %v1290 = arith.addf %v1289, %v1287 fastmath<contract> : f32
                  %v1291 = arith.mulf %v1275, %v1285 fastmath<contract> : f32
                  %v1292 = arith.mulf %v1288, %v1277 fastmath<contract> : f32
                  %v1293 = arith.addf %v1292, %v1291 fastmath<contract> : f32
                  %v1294 = arith.mulf %v1276, %v1285 fastmath<contract> : f32
                  %v1295 = arith.mulf %v1288, %v1278 fastmath<contract> : f32
                  %v1296 = arith.addf %v1295, %v1294 fastmath<contract> : f32
                  %v1297 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1298 = arith.mulf %v1297, %v1274 fastmath<contract> : f32
                  %v1299 = arith.addf %v42, %v1298 fastmath<contract> : f32
                  %v1300 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1301 = arith.mulf %v1300, %v1273 fastmath<contract> : f32
                  %v1302 = arith.addf %v1301, %v1299 fastmath<contract> : f32
                  %v1303 = arith.mulf %v1277, %v1297 fastmath<contract> : f32
                  %v1304 = arith.mulf %v1300, %v1275 fastmath<contract> : f32
                  %v1305 = arith.addf %v1304, %v1303 fastmath<contract> : f32
                  %v1306 = arith.mulf %v1278, %v1297 fastmath<contract> : f32
                  %v1307 = arith.mulf %v1300, %v1276 fastmath<contract> : f32
                  %v1308 = arith.addf %v1307, %v1306 fastmath<contract> : f32
                  llvm.store %v1290, %v34 : f32, !llvm.ptr
                  llvm.store %v1293, %v44 : f32, !llvm.ptr
                  llvm.store %v1296, %v45 : f32, !llvm.ptr
                  llvm.store %v1302, %v35 : f32, !llvm.ptr
                  llvm.store %v1305, %v46 : f32, !llvm.ptr
                  llvm.store %v1308, %v47 : f32, !llvm.ptr
                  scf.if %v1271 {
                    %v1309 = arith.muli %v28, %size_D : i64
                    %v1310 = arith.addi %v1309, %v26 : i64
                    %v1311 = llvm.getelementptr %dy_h_last[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
                    %v1313 = llvm.load %v34 : !llvm.ptr -> f32
                    %v1314 = arith.addf %v1313, %v1312 fastmath<contract> : f32
                    llvm.store %v1314, %v34 : f32, !llvm.ptr
                    %v1315 = arith.muli %v28, %size_D : i64
                    %v1316 = arith.addi %v1315, %v26 : i64
                    %v1317 = llvm.getelementptr %dy_hp_last[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1318 = llvm.load %v1317 : !llvm.ptr -> f32
                    %v1319 = llvm.load %v35 : !llvm.ptr -> f32
                    %v1320 = arith.addf %v1319, %v1318 fastmath<contract> : f32
                    llvm.store %v1320, %v35 : f32, !llvm.ptr
                  }
                  %v1321 = arith.muli %v28, %v135 : i64
                  %v1322 = arith.muli %v26, %size_L : i64
                  %v1323 = arith.addi %v1321, %v1322 : i64
                  %v1324 = arith.addi %v1323, %v1272 : i64
                  %v1325 = llvm.getelementptr %in_rho[%v1324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
                  %v1327 = arith.negf %v1326 : f32
                  %v1328 = arith.mulf %v1327, %v186 fastmath<contract> : f32
                  %v1329 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1328) : (f32) -> f32
                  %v1330 = arith.addf %v43, %v1329 fastmath<contract> : f32
                  %v1331 = arith.divf %v43, %v1330 : f32
                  %v1332 = arith.mulf %v178, %v1331 fastmath<contract> : f32
                  %v1333 = arith.muli %v28, %v135 : i64
                  %v1334 = arith.muli %v26, %size_L : i64
                  %v1335 = arith.addi %v1333, %v1334 : i64
                  %v1336 = arith.addi %v1335, %v1272 : i64
                  %v1337 = llvm.getelementptr %in_theta[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1338 = llvm.load %v1337 : !llvm.ptr -> f32
                  %v1339 = arith.mulf %v1338, %v198 fastmath<contract> : f32
                  %v1340 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1339) : (f32) -> f32
                  %v1341 = arith.mulf %v1340, %v201 fastmath<contract> : f32
                  %v1342 = arith.subf %v1338, %v1341 fastmath<contract> : f32
                  %v1343 = arith.mulf %v1340, %v202 fastmath<contract> : f32
                  %v1344 = arith.subf %v1342, %v1343 fastmath<contract> : f32
                  %v1345 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1344) : (f32) -> f32
                  %v1346 = arith.mulf %v1332, %v1345 fastmath<contract> : f32
                  llvm.store %v1346, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v1347 = arith.mulf %v1331, %v1331 fastmath<contract> : f32
                  %v1348 = arith.negf %v1347 : f32
                  llvm.store %v1348, %v39 : f32, !llvm.ptr
                }
                %v1349 = arith.cmpi slt, %v701, %v783 : i32
                %v1350 = arith.cmpi eq, %v701, %v788 : i32
                scf.if %v1349 {
                  %v1351 = arith.addi %v93, %v111 : i64
                  %v1352 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1353 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1354 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1355 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1356 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1357 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1358 = arith.muli %v28, %v135 : i64
                  %v1359 = arith.muli %v26, %size_L : i64
                  %v1360 = arith.addi %v1358, %v1359 : i64
                  %v1361 = arith.addi %v1360, %v1351 : i64
                  %v1362 = llvm.getelementptr %dy_y[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
                  %v1364 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1365 = arith.mulf %v1364, %v1352 fastmath<contract> : f32
                  %v1366 = arith.addf %v1363, %v1365 fastmath<contract> : f32
                  %v1367 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1368 = arith.mulf %v1367, %v1353 fastmath<contract> : f32
                  %v1369 = arith.addf %v1368, %v1366 fastmath<contract> : f32
                  %v1370 = arith.mulf %v1354, %v1364 fastmath<contract> : f32
                  %v1371 = arith.mulf %v1367, %v1356 fastmath<contract> : f32
                  %v1372 = arith.addf %v1371, %v1370 fastmath<contract> : f32
                  %v1373 = arith.mulf %v1355, %v1364 fastmath<contract> : f32
                  %v1374 = arith.mulf %v1367, %v1357 fastmath<contract> : f32
                  %v1375 = arith.addf %v1374, %v1373 fastmath<contract> : f32
                  %v1376 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1377 = arith.mulf %v1376, %v1353 fastmath<contract> : f32
                  %v1378 = arith.addf %v42, %v1377 fastmath<contract> : f32
                  %v1379 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1380 = arith.mulf %v1379, %v1352 fastmath<contract> : f32
                  %v1381 = arith.addf %v1380, %v1378 fastmath<contract> : f32
                  %v1382 = arith.mulf %v1356, %v1376 fastmath<contract> : f32
                  %v1383 = arith.mulf %v1379, %v1354 fastmath<contract> : f32
                  %v1384 = arith.addf %v1383, %v1382 fastmath<contract> : f32
                  %v1385 = arith.mulf %v1357, %v1376 fastmath<contract> : f32
                  %v1386 = arith.mulf %v1379, %v1355 fastmath<contract> : f32
                  %v1387 = arith.addf %v1386, %v1385 fastmath<contract> : f32
                  llvm.store %v1369, %v34 : f32, !llvm.ptr
                  llvm.store %v1372, %v44 : f32, !llvm.ptr
                  llvm.store %v1375, %v45 : f32, !llvm.ptr
                  llvm.store %v1381, %v35 : f32, !llvm.ptr
                  llvm.store %v1384, %v46 : f32, !llvm.ptr
                  llvm.store %v1387, %v47 : f32, !llvm.ptr
                  scf.if %v1350 {
                    %v1388 = arith.muli %v28, %size_D : i64
                    %v1389 = arith.addi %v1388, %v26 : i64
                    %v1390 = llvm.getelementptr %dy_h_last[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1391 = llvm.load %v1390 : !llvm.ptr -> f32
                    %v1392 = llvm.load %v34 : !llvm.ptr -> f32
                    %v1393 = arith.addf %v1392, %v1391 fastmath<contract> : f32
                    llvm.store %v1393, %v34 : f32, !llvm.ptr
                    %v1394 = arith.muli %v28, %size_D : i64
                    %v1395 = arith.addi %v1394, %v26 : i64
                    %v1396 = llvm.getelementptr %dy_hp_last[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                    %v1398 = llvm.load %v35 : !llvm.ptr -> f32
                    %v1399 = arith.addf %v1398, %v1397 fastmath<contract> : f32
                    llvm.store %v1399, %v35 : f32, !llvm.ptr
                  }
                  %v1400 = arith.muli %v28, %v135 : i64
                  %v1401 = arith.muli %v26, %size_L : i64
                  %v1402 = arith.addi %v1400, %v1401 : i64
                  %v1403 = arith.addi %v1402, %v1351 : i64
                  %v1404 = llvm.getelementptr %in_rho[%v1403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1405 = llvm.load %v1404 : !llvm.ptr -> f32
                  %v1406 = arith.negf %v1405 : f32
                  %v1407 = arith.mulf %v1406, %v186 fastmath<contract> : f32
                  %v1408 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1407) : (f32) -> f32
                  %v1409 = arith.addf %v43, %v1408 fastmath<contract> : f32
                  %v1410 = arith.divf %v43, %v1409 : f32
                  %v1411 = arith.mulf %v178, %v1410 fastmath<contract> : f32
                  %v1412 = arith.muli %v28, %v135 : i64
                  %v1413 = arith.muli %v26, %size_L : i64
                  %v1414 = arith.addi %v1412, %v1413 : i64
                  %v1415 = arith.addi %v1414, %v1351 : i64
                  %v1416 = llvm.getelementptr %in_theta[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
                  %v1418 = arith.mulf %v1417, %v198 fastmath<contract> : f32
                  %v1419 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1418) : (f32) -> f32
                  %v1420 = arith.mulf %v1419, %v201 fastmath<contract> : f32
                  %v1421 = arith.subf %v1417, %v1420 fastmath<contract> : f32
                  %v1422 = arith.mulf %v1419, %v202 fastmath<contract> : f32
                  %v1423 = arith.subf %v1421, %v1422 fastmath<contract> : f32
                  %v1424 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1423) : (f32) -> f32
                  %v1425 = arith.mulf %v1411, %v1424 fastmath<contract> : f32
                  llvm.store %v1425, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v1426 = arith.mulf %v1410, %v1410 fastmath<contract> : f32
                  %v1427 = arith.negf %v1426 : f32
                  llvm.store %v1427, %v39 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v23 {
        %v1428 = llvm.load %v34 : !llvm.ptr -> f32
        %v1429 = arith.muli %v19, %v2 : i64
        %v1430 = arith.subi %v2, %v1 : i64
        %v1431 = arith.minsi %v22, %v1430 : i64
        %v1432 = arith.addi %v1429, %v1431 : i64
        %v1433 = llvm.getelementptr %segsum_h[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1428, %v1433 : f32, !llvm.ptr
        %v1434 = llvm.load %v44 : !llvm.ptr -> f32
        %v1435 = arith.addi %v6, %v19 : i64
        %v1436 = arith.muli %v1435, %v2 : i64
        %v1437 = arith.subi %v2, %v1 : i64
        %v1438 = arith.minsi %v22, %v1437 : i64
        %v1439 = arith.addi %v1436, %v1438 : i64
        %v1440 = llvm.getelementptr %segsum_h[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1434, %v1440 : f32, !llvm.ptr
        %v1441 = llvm.load %v45 : !llvm.ptr -> f32
        %v1442 = arith.muli %v538, %v6 : i64
        %v1443 = arith.addi %v1442, %v19 : i64
        %v1444 = arith.muli %v1443, %v2 : i64
        %v1445 = arith.subi %v2, %v1 : i64
        %v1446 = arith.minsi %v22, %v1445 : i64
        %v1447 = arith.addi %v1444, %v1446 : i64
        %v1448 = llvm.getelementptr %segsum_h[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1441, %v1448 : f32, !llvm.ptr
        %v1449 = llvm.load %v36 : !llvm.ptr -> f32
        %v1450 = arith.muli %v456, %v6 : i64
        %v1451 = arith.addi %v1450, %v19 : i64
        %v1452 = arith.muli %v1451, %v2 : i64
        %v1453 = arith.subi %v2, %v1 : i64
        %v1454 = arith.minsi %v22, %v1453 : i64
        %v1455 = arith.addi %v1452, %v1454 : i64
        %v1456 = llvm.getelementptr %segsum_h[%v1455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1449, %v1456 : f32, !llvm.ptr
        %v1457 = llvm.load %v38 : !llvm.ptr -> f32
        %v1458 = arith.muli %v30, %v6 : i64
        %v1459 = arith.addi %v1458, %v19 : i64
        %v1460 = arith.muli %v1459, %v2 : i64
        %v1461 = arith.subi %v2, %v1 : i64
        %v1462 = arith.minsi %v22, %v1461 : i64
        %v1463 = arith.addi %v1460, %v1462 : i64
        %v1464 = llvm.getelementptr %segsum_h[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1457, %v1464 : f32, !llvm.ptr
        %v1465 = llvm.load %v35 : !llvm.ptr -> f32
        %v1466 = arith.muli %v19, %v2 : i64
        %v1467 = arith.subi %v2, %v1 : i64
        %v1468 = arith.minsi %v22, %v1467 : i64
        %v1469 = arith.addi %v1466, %v1468 : i64
        %v1470 = llvm.getelementptr %segsum_hp[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1465, %v1470 : f32, !llvm.ptr
        %v1471 = llvm.load %v46 : !llvm.ptr -> f32
        %v1472 = arith.addi %v6, %v19 : i64
        %v1473 = arith.muli %v1472, %v2 : i64
        %v1474 = arith.subi %v2, %v1 : i64
        %v1475 = arith.minsi %v22, %v1474 : i64
        %v1476 = arith.addi %v1473, %v1475 : i64
        %v1477 = llvm.getelementptr %segsum_hp[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1471, %v1477 : f32, !llvm.ptr
        %v1478 = llvm.load %v47 : !llvm.ptr -> f32
        %v1479 = arith.muli %v538, %v6 : i64
        %v1480 = arith.addi %v1479, %v19 : i64
        %v1481 = arith.muli %v1480, %v2 : i64
        %v1482 = arith.subi %v2, %v1 : i64
        %v1483 = arith.minsi %v22, %v1482 : i64
        %v1484 = arith.addi %v1481, %v1483 : i64
        %v1485 = llvm.getelementptr %segsum_hp[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1478, %v1485 : f32, !llvm.ptr
        %v1486 = llvm.load %v39 : !llvm.ptr -> f32
        %v1487 = arith.muli %v456, %v6 : i64
        %v1488 = arith.addi %v1487, %v19 : i64
        %v1489 = arith.muli %v1488, %v2 : i64
        %v1490 = arith.subi %v2, %v1 : i64
        %v1491 = arith.minsi %v22, %v1490 : i64
        %v1492 = arith.addi %v1489, %v1491 : i64
        %v1493 = llvm.getelementptr %segsum_hp[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1486, %v1493 : f32, !llvm.ptr
        %v1494 = llvm.load %v37 : !llvm.ptr -> f32
        %v1495 = arith.muli %v30, %v6 : i64
        %v1496 = arith.addi %v1495, %v19 : i64
        %v1497 = arith.muli %v1496, %v2 : i64
        %v1498 = arith.subi %v2, %v1 : i64
        %v1499 = arith.minsi %v22, %v1498 : i64
        %v1500 = arith.addi %v1497, %v1499 : i64
        %v1501 = llvm.getelementptr %segsum_hp[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1494, %v1501 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
