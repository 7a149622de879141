module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_bwd_sum(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %dy_hp_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_hp: !llvm.ptr, %segsum_h: !llvm.ptr, %segsum_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v42 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v44 = arith.constant 0x00000000 : f32
      %v45 = arith.constant 0x3F800000 : f32
      %v46 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v50 = arith.constant 0 : i64
      %v52 = arith.muli %v1, %size_D : i64
      %v83 = arith.constant 64 : i64
      %v84 = arith.constant 8 : i64
      %v85 = arith.constant 7 : i64
      %v128 = arith.constant 2147483647 : i64
      %v132 = arith.constant 7 : i32
      %v142 = arith.muli %v1, %size_L : i64
      %v143 = arith.muli %v142, %size_D : i64
      %v189 = arith.constant 0x40000000 : f32
      %v198 = arith.constant 0x3FB8AA3B : f32
      %v211 = arith.constant 0x3E22F983 : f32
      %v214 = arith.constant 0x40C90000 : f32
      %v215 = arith.constant 0x3AFDAA22 : f32
      %v224 = arith.constant 6 : i64
      %v226 = arith.constant 6 : i32
      %v311 = arith.constant 5 : i64
      %v313 = arith.constant 5 : i32
      %v399 = arith.constant 4 : i32
      %v484 = arith.constant 3 : i64
      %v486 = arith.constant 3 : i32
      %v571 = arith.constant 2 : i64
      %v573 = arith.constant 2 : i32
      %v659 = arith.constant 1 : i32
      %v745 = arith.constant 0 : i32
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
      llvm.store %v44, %v36 : f32, !llvm.ptr
      llvm.store %v44, %v37 : f32, !llvm.ptr
      llvm.store %v45, %v38 : f32, !llvm.ptr
      llvm.store %v45, %v39 : f32, !llvm.ptr
      llvm.store %v44, %v40 : f32, !llvm.ptr
      llvm.store %v44, %v41 : f32, !llvm.ptr
      llvm.store %v44, %v42 : f32, !llvm.ptr
      llvm.store %v44, %v43 : f32, !llvm.ptr
      llvm.store %v45, %v46 : f32, !llvm.ptr
      llvm.store %v44, %v47 : f32, !llvm.ptr
      llvm.store %v44, %v48 : f32, !llvm.ptr
      llvm.store %v45, %v49 : f32, !llvm.ptr
      %v51 = arith.cmpi eq, %size_L, %v50 : i64
      scf.if %v51 {
        %v53 = arith.muli %v30, %v52 : i64
        %v54 = arith.muli %v28, %v1 : i64
        %v55 = arith.addi %v53, %v54 : i64
        %v56 = llvm.mlir.zero : !llvm.ptr
        %v57 = llvm.icmp "ne" %in_h0, %v56 : !llvm.ptr
        %v58 = scf.if %v57 -> (f32) {
          %v59 = llvm.getelementptr %in_h0[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v60 = llvm.load %v59 : !llvm.ptr -> f32
          scf.yield %v60 : f32
        } else {
          scf.yield %v44 : f32
        }
        llvm.store %v58, %v12 : f32, !llvm.ptr
        %v61 = arith.muli %v30, %v52 : i64
        %v62 = arith.muli %v28, %v1 : i64
        %v63 = arith.addi %v61, %v62 : i64
        %v64 = llvm.mlir.zero : !llvm.ptr
        %v65 = llvm.icmp "ne" %in_hp0, %v64 : !llvm.ptr
        %v66 = scf.if %v65 -> (f32) {
          %v67 = llvm.getelementptr %in_hp0[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 : !llvm.ptr -> f32
          scf.yield %v68 : f32
        } else {
          scf.yield %v44 : f32
        }
        llvm.store %v66, %v13 : f32, !llvm.ptr
        %v69 = arith.muli %v30, %v52 : i64
        %v70 = arith.muli %v28, %v1 : i64
        %v71 = arith.addi %v69, %v70 : i64
        %v72 = llvm.getelementptr %dy_h_last[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v73 = llvm.load %v72 : !llvm.ptr -> f32
        %v74 = llvm.load %v36 : !llvm.ptr -> f32
        %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
        llvm.store %v75, %v36 : f32, !llvm.ptr
        %v76 = arith.muli %v30, %v52 : i64
        %v77 = arith.muli %v28, %v1 : i64
        %v78 = arith.addi %v76, %v77 : i64
        %v79 = llvm.getelementptr %dy_hp_last[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v80 = llvm.load %v79 : !llvm.ptr -> f32
        %v81 = llvm.load %v37 : !llvm.ptr -> f32
        %v82 = arith.addf %v81, %v80 fastmath<contract> : f32
        llvm.store %v82, %v37 : f32, !llvm.ptr
      }
      %v86 = arith.subi %v83, %v1 : i64
      %v87 = arith.addi %size_L, %v86 : i64
      %v88 = arith.divui %v87, %v83 : i64
      %v89 = arith.minsi %v34, %v88 : i64
      %v90 = arith.muli %v21, %v84 : i64
      %v91 = arith.subi %v89, %v33 : i64
      %v92 = arith.maxsi %v91, %v50 : i64
      %v93 = arith.index_cast %v50 : i64 to index
      %v94 = arith.index_cast %v92 : i64 to index
      %v95 = arith.index_cast %v1 : i64 to index
      scf.for %v96 = %v93 to %v94 step %v95 {
        %v97 = arith.index_cast %v96 : index to i64
        %v98 = arith.subi %v89, %v1 : i64
        %v99 = arith.subi %v98, %v97 : i64
        %v100 = arith.muli %v99, %v83 : i64
        %v101 = arith.subi %size_L, %v100 : i64
        %v102 = arith.minsi %v101, %v83 : i64
        %v103 = arith.addi %v102, %v85 : i64
        %v104 = arith.divui %v103, %v84 : i64
        %v105 = arith.index_cast %v50 : i64 to index
        %v106 = arith.index_cast %v1 : i64 to index
        %v107 = arith.index_cast %v1 : i64 to index
        scf.for %v108 = %v105 to %v106 step %v107 {
          %v109 = arith.index_cast %v108 : index to i64
          %v110 = arith.index_cast %v50 : i64 to index
          %v111 = arith.index_cast %v104 : i64 to index
          %v112 = arith.index_cast %v1 : i64 to index
          scf.for %v113 = %v110 to %v111 step %v112 {
            %v114 = arith.index_cast %v113 : index to i64
            %v115 = arith.cmpi slt, %v114, %v104 : i64
            scf.if %v115 {
              %v116 = arith.subi %v104, %v1 : i64
              %v117 = arith.subi %v116, %v114 : i64
              %v118 = arith.muli %v117, %v84 : i64
              %v119 = arith.addi %v90, %v117 : i64
              %v120 = arith.addi %v118, %v84 : i64
              %v121 = arith.cmpi sle, %v120, %v102 : i64
              scf.if %v121 {
                %v122 = arith.subi %v102, %v1 : i64
                // the group's states, recomputed into registers
                %v123 = arith.subi %v102, %v118 : i64
                %v124 = arith.trunci %v123 : i64 to i32
                %v125 = arith.subi %size_L, %v1 : i64
                %v126 = arith.addi %v100, %v118 : i64
                %v127 = arith.subi %v125, %v126 : i64
                %v129 = arith.minsi %v127, %v128 : i64
                %v130 = arith.trunci %v129 : i64 to i32
                %v131 = arith.addi %v118, %v85 : i64
                %v133 = arith.cmpi slt, %v132, %v124 : i32
                %v134 = arith.cmpi eq, %v132, %v130 : i32
                %v135 = arith.addi %v100, %v131 : i64
                %v136 = llvm.load %v36 : !llvm.ptr -> f32
                %v137 = llvm.load %v37 : !llvm.ptr -> f32
                %v138 = llvm.load %v46 : !llvm.ptr -> f32
                %v139 = llvm.load %v47 : !llvm.ptr -> f32
                %v140 = llvm.load %v48 : !llvm.ptr -> f32
                %v141 = llvm.load %v49 : !llvm.ptr -> f32
                %v144 = arith.muli %v30, %v143 : i64
                %v145 = arith.muli %v28, %v142 : i64
                %v146 = arith.addi %v144, %v145 : i64
                %v147 = arith.muli %v135, %v1 : i64
                %v148 = arith.addi %v146, %v147 : i64
                %v149 = llvm.getelementptr %dy_y[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v150 = llvm.load %v149 : !llvm.ptr -> f32
                %v151 = llvm.load %v38 : !llvm.ptr -> f32
                %v152 = arith.mulf %v151, %v136 fastmath<contract> : f32
                %v153 = arith.addf %v150, %v152 fastmath<contract> : f32
                %v154 = llvm.load %v40 : !llvm.ptr -> f32
                %v155 = arith.mulf %v154, %v137 fastmath<contract> : f32
                %v156 = arith.addf %v155, %v153 fastmath<contract> : f32
                %v157 = arith.mulf %v138, %v151 fastmath<contract> : f32
                %v158 = arith.mulf %v154, %v140 fastmath<contract> : f32
                %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
                %v160 = arith.mulf %v139, %v151 fastmath<contract> : f32
                %v161 = arith.mulf %v154, %v141 fastmath<contract> : f32
                %v162 = arith.addf %v161, %v160 fastmath<contract> : f32
                %v163 = llvm.load %v39 : !llvm.ptr -> f32
                %v164 = arith.mulf %v163, %v137 fastmath<contract> : f32
                %v165 = arith.addf %v44, %v164 fastmath<contract> : f32
                %v166 = llvm.load %v41 : !llvm.ptr -> f32
                %v167 = arith.mulf %v166, %v136 fastmath<contract> : f32
                %v168 = arith.addf %v167, %v165 fastmath<contract> : f32
                %v169 = arith.mulf %v140, %v163 fastmath<contract> : f32
                %v170 = arith.mulf %v166, %v138 fastmath<contract> : f32
                %v171 = arith.addf %v170, %v169 fastmath<contract> : f32
                %v172 = arith.mulf %v141, %v163 fastmath<contract> : f32
                %v173 = arith.mulf %v166, %v139 fastmath<contract> : f32
                %v174 = arith.addf %v173, %v172 fastmath<contract> : f32
                llvm.store %v156, %v36 : f32, !llvm.ptr
                llvm.store %v159, %v46 : f32, !llvm.ptr
                llvm.store %v162, %v47 : f32, !llvm.ptr
                llvm.store %v168, %v37 : f32, !llvm.ptr
                llvm.store %v171, %v48 : f32, !llvm.ptr
                llvm.store %v174, %v49 : f32, !llvm.ptr
                scf.if %v134 {
                  %v175 = arith.muli %v30, %v52 : i64
                  %v176 = arith.muli %v28, %v1 : i64
                  %v177 = arith.addi %v175, %v176 : i64
                  %v178 = llvm.getelementptr %dy_h_last[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v179 = llvm.load %v178 : !llvm.ptr -> f32
                  %v180 = llvm.load %v36 : !llvm.ptr -> f32
                  %v181 = arith.addf %v180, %v179 fastmath<contract> : f32
                  llvm.store %v181, %v36 : f32, !llvm.ptr
                  %v182 = arith.muli %v30, %v52 : i64
                  %v183 = arith.muli %v28, %v1 : i64
                  %v184 = arith.addi %v182, %v183 : i64
                  %v185 = llvm.getelementptr %dy_hp_last[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v186 = llvm.load %v185 : !llvm.ptr -> f32
                  %v187 = llvm.load %v37 : !llvm.ptr -> f32
                  %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
                  llvm.store %v188, %v37 : f32, !llvm.ptr
                }
                %v190 = arith.muli %v30, %v143 : i64
                %v191 = arith.muli %v28, %v142 : i64
                %v192 = arith.addi %v190, %v191 : i64
                %v193 = arith.muli %v135, %v1 : i64
                %v194 = arith.addi %v192, %v193 : i64
                %v195 = llvm.getelementptr %in_rho[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v196 = llvm.load %v195 : !llvm.ptr -> f32
                %v197 = arith.negf %v196 : f32
                %v199 = arith.mulf %v197, %v198 fastmath<contract> : f32
                %v200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v199) : (f32) -> f32
                %v201 = arith.addf %v45, %v200 fastmath<contract> : f32
                %v202 = arith.divf %v45, %v201 : f32
                %v203 = arith.mulf %v189, %v202 fastmath<contract> : f32
                %v204 = arith.muli %v30, %v143 : i64
                %v205 = arith.muli %v28, %v142 : i64
                %v206 = arith.addi %v204, %v205 : i64
                %v207 = arith.muli %v135, %v1 : i64
                %v208 = arith.addi %v206, %v207 : i64
                %v209 = llvm.getelementptr %in_theta[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v210 = llvm.load %v209 : !llvm.ptr -> f32
                %v212 = arith.mulf %v210, %v211 fastmath<contract> : f32
                %v213 = llvm.call_intrinsic "llvm.roundeven.f32"(%v212) : (f32) -> f32
                %v216 = arith.mulf %v213, %v214 fastmath<contract> : f32
                %v217 = arith.subf %v210, %v216 fastmath<contract> : f32
                %v218 = arith.mulf %v213, %v215 fastmath<contract> : f32
                %v219 = arith.subf %v217, %v218 fastmath<contract> : f32
                %v220 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v219) : (f32) -> f32
                %v221 = arith.mulf %v203, %v220 fastmath<contract> : f32
                llvm.store %v221, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v222 = arith.mulf %v202, %v202 fastmath<contract> : f32
                %v223 = arith.negf %v222 : f32
                llvm.store %v223, %v41 : f32, !llvm.ptr
                %v225 = arith.addi %v118, %v224 : i64
                %v227 = arith.cmpi slt, %v226, %v124 : i32
                %v228 = arith.cmpi eq, %v226, %v130 : i32
                %v229 = arith.addi %v100, %v225 : i64
                %v230 = llvm.load %v36 : !llvm.ptr -> f32
                %v231 = llvm.load %v37 : !llvm.ptr -> f32
                %v232 = llvm.load %v46 : !llvm.ptr -> f32
                %v233 = llvm.load %v47 : !llvm.ptr -> f32
                %v234 = llvm.load %v48 : !llvm.ptr -> f32
                %v235 = llvm.load %v49 : !llvm.ptr -> f32
                %v236 = arith.muli %v30, %v143 : i64
                %v237 = arith.muli %v28, %v142 : i64
                %v238 = arith.addi %v236, %v237 : i64
                %v239 = arith.muli %v229, %v1 : i64
                %v240 = arith.addi %v238, %v239 : i64
                %v241 = llvm.getelementptr %dy_y[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v242 = llvm.load %v241 : !llvm.ptr -> f32
                %v243 = llvm.load %v38 : !llvm.ptr -> f32
                %v244 = arith.mulf %v243, %v230 fastmath<contract> : f32
                %v245 = arith.addf %v242, %v244 fastmath<contract> : f32
                %v246 = llvm.load %v40 : !llvm.ptr -> f32
                %v247 = arith.mulf %v246, %v231 fastmath<contract> : f32
                %v248 = arith.addf %v247, %v245 fastmath<contract> : f32
                %v249 = arith.mulf %v232, %v243 fastmath<contract> : f32
                %v250 = arith.mulf %v246, %v234 fastmath<contract> : f32
                %v251 = arith.addf %v250, %v249 fastmath<contract> : f32
                %v252 = arith.mulf %v233, %v243 fastmath<contract> : f32
                %v253 = arith.mulf %v246, %v235 fastmath<contract> : f32
                %v254 = arith.addf %v253, %v252 fastmath<contract> : f32
                %v255 = llvm.load %v39 : !llvm.ptr -> f32
                %v256 = arith.mulf %v255, %v231 fastmath<contract> : f32
                %v257 = arith.addf %v44, %v256 fastmath<contract> : f32
                %v258 = llvm.load %v41 : !llvm.ptr -> f32
                %v259 = arith.mulf %v258, %v230 fastmath<contract> : f32
                %v260 = arith.addf %v259, %v257 fastmath<contract> : f32
                %v261 = arith.mulf %v234, %v255 fastmath<contract> : f32
                %v262 = arith.mulf %v258, %v232 fastmath<contract> : f32
                %v263 = arith.addf %v262, %v261 fastmath<contract> : f32
                %v264 = arith.mulf %v235, %v255 fastmath<contract> : f32
                %v265 = arith.mulf %v258, %v233 fastmath<contract> : f32
                %v266 = arith.addf %v265, %v264 fastmath<contract> : f32
                llvm.store %v248, %v36 : f32, !llvm.ptr
                llvm.store %v251, %v46 : f32, !llvm.ptr
                llvm.store %v254, %v47 : f32, !llvm.ptr
                llvm.store %v260, %v37 : f32, !llvm.ptr
                llvm.store %v263, %v48 : f32, !llvm.ptr
                llvm.store %v266, %v49 : f32, !llvm.ptr
                scf.if %v228 {
                  %v267 = arith.muli %v30, %v52 : i64
                  %v268 = arith.muli %v28, %v1 : i64
                  %v269 = arith.addi %v267, %v268 : i64
                  %v270 = llvm.getelementptr %dy_h_last[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v271 = llvm.load %v270 : !llvm.ptr -> f32
                  %v272 = llvm.load %v36 : !llvm.ptr -> f32
                  %v273 = arith.addf %v272, %v271 fastmath<contract> : f32
                  llvm.store %v273, %v36 : f32, !llvm.ptr
                  %v274 = arith.muli %v30, %v52 : i64
                  %v275 = arith.muli %v28, %v1 : i64
                  %v276 = arith.addi %v274, %v275 : i64
                  %v277 = llvm.getelementptr %dy_hp_last[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v278 = llvm.load %v277 : !llvm.ptr -> f32
                  %v279 = llvm.load %v37 : !llvm.ptr -> f32
                  %v280 = arith.addf %v279, %v278 fastmath<contract> : f32
                  llvm.store %v280, %v37 : f32, !llvm.ptr
                }
                %v281 = arith.muli %v30, %v143 : i64
                %v282 = arith.muli %v28, %v142 : i64
                %v283 = arith.addi %v281, %v282 : i64
                %v284 = arith.muli %v229, %v1 : i64
                %v285 = arith.addi %v283, %v284 : i64
                %v286 = llvm.getelementptr %in_rho[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v287 = llvm.load %v286 : !llvm.ptr -> f32
                %v288 = arith.negf %v287 : f32
                %v289 = arith.mulf %v288, %v198 fastmath<contract> : f32
                %v290 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v289) : (f32) -> f32
                %v291 = arith.addf %v45, %v290 fastmath<contract> : f32
                %v292 = arith.divf %v45, %v291 : f32
                %v293 = arith.mulf %v189, %v292 fastmath<contract> : f32
                %v294 = arith.muli %v30, %v143 : i64
                %v295 = arith.muli %v28, %v142 : i64
                %v296 = arith.addi %v294, %v295 : i64
                %v297 = arith.muli %v229, %v1 : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = llvm.getelementptr %in_theta[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v300 = llvm.load %v299 : !llvm.ptr -> f32
                %v301 = arith.mulf %v300, %v211 fastmath<contract> : f32
                %v302 = llvm.call_intrinsic "llvm.roundeven.f32"(%v301) : (f32) -> f32
                %v303 = arith.mulf %v302, %v214 fastmath<contract> : f32
                %v304 = arith.subf %v300, %v303 fastmath<contract> : f32
                %v305 = arith.mulf %v302, %v215 fastmath<contract> : f32
                %v306 = arith.subf %v304, %v305 fastmath<contract> : f32
                %v307 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v306) : (f32) -> f32
                %v308 = arith.mulf %v293, %v307 fastmath<contract> : f32
                llvm.store %v308, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v309 = arith.mulf %v292, %v292 fastmath<contract> : f32
                %v310 = arith.negf %v309 : f32
                llvm.store %v310, %v41 : f32, !llvm.ptr
                %v312 = arith.addi %v118, %v311 : i64
                %v314 = arith.cmpi slt, %v313, %v124 : i32
                %v315 = arith.cmpi eq, %v313, %v130 : i32
                %v316 = arith.addi %v100, %v312 : i64
                %v317 = llvm.load %v36 : !llvm.ptr -> f32
                %v318 = llvm.load %v37 : !llvm.ptr -> f32
                %v319 = llvm.load %v46 : !llvm.ptr -> f32
                %v320 = llvm.load %v47 : !llvm.ptr -> f32
                %v321 = llvm.load %v48 : !llvm.ptr -> f32
                %v322 = llvm.load %v49 : !llvm.ptr -> f32
                %v323 = arith.muli %v30, %v143 : i64
                %v324 = arith.muli %v28, %v142 : i64
                %v325 = arith.addi %v323, %v324 : i64
                %v326 = arith.muli %v316, %v1 : i64
                %v327 = arith.addi %v325, %v326 : i64
                %v328 = llvm.getelementptr %dy_y[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v329 = llvm.load %v328 : !llvm.ptr -> f32
                %v330 = llvm.load %v38 : !llvm.ptr -> f32
                %v331 = arith.mulf %v330, %v317 fastmath<contract> : f32
                %v332 = arith.addf %v329, %v331 fastmath<contract> : f32
                %v333 = llvm.load %v40 : !llvm.ptr -> f32
                %v334 = arith.mulf %v333, %v318 fastmath<contract> : f32
                %v335 = arith.addf %v334, %v332 fastmath<contract> : f32
                %v336 = arith.mulf %v319, %v330 fastmath<contract> : f32
                %v337 = arith.mulf %v333, %v321 fastmath<contract> : f32
                %v338 = arith.addf %v337, %v336 fastmath<contract> : f32
                %v339 = arith.mulf %v320, %v330 fastmath<contract> : f32
                %v340 = arith.mulf %v333, %v322 fastmath<contract> : f32
                %v341 = arith.addf %v340, %v339 fastmath<contract> : f32
                %v342 = llvm.load %v39 : !llvm.ptr -> f32
                %v343 = arith.mulf %v342, %v318 fastmath<contract> : f32
                %v344 = arith.addf %v44, %v343 fastmath<contract> : f32
                %v345 = llvm.load %v41 : !llvm.ptr -> f32
                %v346 = arith.mulf %v345, %v317 fastmath<contract> : f32
                %v347 = arith.addf %v346, %v344 fastmath<contract> : f32
                %v348 = arith.mulf %v321, %v342 fastmath<contract> : f32
                %v349 = arith.mulf %v345, %v319 fastmath<contract> : f32
                %v350 = arith.addf %v349, %v348 fastmath<contract> : f32
                %v351 = arith.mulf %v322, %v342 fastmath<contract> : f32
                %v352 = arith.mulf %v345, %v320 fastmath<contract> : f32
                %v353 = arith.addf %v352, %v351 fastmath<contract> : f32
                llvm.store %v335, %v36 : f32, !llvm.ptr
                llvm.store %v338, %v46 : f32, !llvm.ptr
                llvm.store %v341, %v47 : f32, !llvm.ptr
                llvm.store %v347, %v37 : f32, !llvm.ptr
                llvm.store %v350, %v48 : f32, !llvm.ptr
                llvm.store %v353, %v49 : f32, !llvm.ptr
                scf.if %v315 {
                  %v354 = arith.muli %v30, %v52 : i64
                  %v355 = arith.muli %v28, %v1 : i64
                  %v356 = arith.addi %v354, %v355 : i64
                  %v357 = llvm.getelementptr %dy_h_last[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v358 = llvm.load %v357 : !llvm.ptr -> f32
                  %v359 = llvm.load %v36 : !llvm.ptr -> f32
                  %v360 = arith.addf %v359, %v358 fastmath<contract> : f32
                  llvm.store %v360, %v36 : f32, !llvm.ptr
                  %v361 = arith.muli %v30, %v52 : i64
                  %v362 = arith.muli %v28, %v1 : i64
                  %v363 = arith.addi %v361, %v362 : i64
                  %v364 = llvm.getelementptr %dy_hp_last[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v365 = llvm.load %v364 : !llvm.ptr -> f32
                  %v366 = llvm.load %v37 : !llvm.ptr -> f32
                  %v367 = arith.addf %v366, %v365 fastmath<contract> : f32
                  llvm.store %v367, %v37 : f32, !llvm.ptr
                }
                %v368 = arith.muli %v30, %v143 : i64
                %v369 = arith.muli %v28, %v142 : i64
                %v370 = arith.addi %v368, %v369 : i64
                %v371 = arith.muli %v316, %v1 : i64
                %v372 = arith.addi %v370, %v371 : i64
                %v373 = llvm.getelementptr %in_rho[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v374 = llvm.load %v373 : !llvm.ptr -> f32
                %v375 = arith.negf %v374 : f32
                %v376 = arith.mulf %v375, %v198 fastmath<contract> : f32
                %v377 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v376) : (f32) -> f32
                %v378 = arith.addf %v45, %v377 fastmath<contract> : f32
                %v379 = arith.divf %v45, %v378 : f32
                %v380 = arith.mulf %v189, %v379 fastmath<contract> : f32
                %v381 = arith.muli %v30, %v143 : i64
                %v382 = arith.muli %v28, %v142 : i64
                %v383 = arith.addi %v381, %v382 : i64
                %v384 = arith.muli %v316, %v1 : i64
                %v385 = arith.addi %v383, %v384 : i64
                %v386 = llvm.getelementptr %in_theta[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v387 = llvm.load %v386 : !llvm.ptr -> f32
                %v388 = arith.mulf %v387, %v211 fastmath<contract> : f32
                %v389 = llvm.call_intrinsic "llvm.roundeven.f32"(%v388) : (f32) -> f32
                %v390 = arith.mulf %v389, %v214 fastmath<contract> : f32
                %v391 = arith.subf %v387, %v390 fastmath<contract> : f32
                %v392 = arith.mulf %v389, %v215 fastmath<contract> : f32
                %v393 = arith.subf %v391, %v392 fastmath<contract> : f32
                %v394 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v393) : (f32) -> f32
                %v395 = arith.mulf %v380, %v394 fastmath<contract> : f32
                llvm.store %v395, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v396 = arith.mulf %v379, %v379 fastmath<contract> : f32
                %v397 = arith.negf %v396 : f32
                llvm.store %v397, %v41 : f32, !llvm.ptr
                %v398 = arith.addi %v118, %v32 : i64
                %v400 = arith.cmpi slt, %v399, %v124 : i32
                %v401 = arith.cmpi eq, %v399, %v130 : i32
                %v402 = arith.addi %v100, %v398 : i64
                %v403 = llvm.load %v36 : !llvm.ptr -> f32
                %v404 = llvm.load %v37 : !llvm.ptr -> f32
                %v405 = llvm.load %v46 : !llvm.ptr -> f32
                %v406 = llvm.load %v47 : !llvm.ptr -> f32
                %v407 = llvm.load %v48 : !llvm.ptr -> f32
                %v408 = llvm.load %v49 : !llvm.ptr -> f32
                %v409 = arith.muli %v30, %v143 : i64
                %v410 = arith.muli %v28, %v142 : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = arith.muli %v402, %v1 : i64
                %v413 = arith.addi %v411, %v412 : i64
                %v414 = llvm.getelementptr %dy_y[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v415 = llvm.load %v414 : !llvm.ptr -> f32
                %v416 = llvm.load %v38 : !llvm.ptr -> f32
                %v417 = arith.mulf %v416, %v403 fastmath<contract> : f32
                %v418 = arith.addf %v415, %v417 fastmath<contract> : f32
                %v419 = llvm.load %v40 : !llvm.ptr -> f32
                %v420 = arith.mulf %v419, %v404 fastmath<contract> : f32
                %v421 = arith.addf %v420, %v418 fastmath<contract> : f32
                %v422 = arith.mulf %v405, %v416 fastmath<contract> : f32
                %v423 = arith.mulf %v419, %v407 fastmath<contract> : f32
                %v424 = arith.addf %v423, %v422 fastmath<contract> : f32
                %v425 = arith.mulf %v406, %v416 fastmath<contract> : f32
                %v426 = arith.mulf %v419, %v408 fastmath<contract> : f32
                %v427 = arith.addf %v426, %v425 fastmath<contract> : f32
                %v428 = llvm.load %v39 : !llvm.ptr -> f32
                %v429 = arith.mulf %v428, %v404 fastmath<contract> : f32
                %v430 = arith.addf %v44, %v429 fastmath<contract> : f32
                %v431 = llvm.load %v41 : !llvm.ptr -> f32
                %v432 = arith.mulf %v431, %v403 fastmath<contract> : f32
                %v433 = arith.addf %v432, %v430 fastmath<contract> : f32
                %v434 = arith.mulf %v407, %v428 fastmath<contract> : f32
                %v435 = arith.mulf %v431, %v405 fastmath<contract> : f32
                %v436 = arith.addf %v435, %v434 fastmath<contract> : f32
                %v437 = arith.mulf %v408, %v428 fastmath<contract> : f32
                %v438 = arith.mulf %v431, %v406 fastmath<contract> : f32
                %v439 = arith.addf %v438, %v437 fastmath<contract> : f32
                llvm.store %v421, %v36 : f32, !llvm.ptr
                llvm.store %v424, %v46 : f32, !llvm.ptr
                llvm.store %v427, %v47 : f32, !llvm.ptr
                llvm.store %v433, %v37 : f32, !llvm.ptr
                llvm.store %v436, %v48 : f32, !llvm.ptr
                llvm.store %v439, %v49 : f32, !llvm.ptr
                scf.if %v401 {
                  %v440 = arith.muli %v30, %v52 : i64
                  %v441 = arith.muli %v28, %v1 : i64
                  %v442 = arith.addi %v440, %v441 : i64
                  %v443 = llvm.getelementptr %dy_h_last[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v444 = llvm.load %v443 : !llvm.ptr -> f32
                  %v445 = llvm.load %v36 : !llvm.ptr -> f32
                  %v446 = arith.addf %v445, %v444 fastmath<contract> : f32
                  llvm.store %v446, %v36 : f32, !llvm.ptr
                  %v447 = arith.muli %v30, %v52 : i64
                  %v448 = arith.muli %v28, %v1 : i64
                  %v449 = arith.addi %v447, %v448 : i64
                  %v450 = llvm.getelementptr %dy_hp_last[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v451 = llvm.load %v450 : !llvm.ptr -> f32
                  %v452 = llvm.load %v37 : !llvm.ptr -> f32
                  %v453 = arith.addf %v452, %v451 fastmath<contract> : f32
                  llvm.store %v453, %v37 : f32, !llvm.ptr
                }
                %v454 = arith.muli %v30, %v143 : i64
                %v455 = arith.muli %v28, %v142 : i64
                %v456 = arith.addi %v454, %v455 : i64
                %v457 = arith.muli %v402, %v1 : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = llvm.getelementptr %in_rho[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v460 = llvm.load %v459 : !llvm.ptr -> f32
                %v461 = arith.negf %v460 : f32
                %v462 = arith.mulf %v461, %v198 fastmath<contract> : f32
                %v463 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v462) : (f32) -> f32
                %v464 = arith.addf %v45, %v463 fastmath<contract> : f32
                %v465 = arith.divf %v45, %v464 : f32
                %v466 = arith.mulf %v189, %v465 fastmath<contract> : f32
                %v467 = arith.muli %v30, %v143 : i64
                %v468 = arith.muli %v28, %v142 : i64
                %v469 = arith.addi %v467, %v468 : i64
                %v470 = arith.muli %v402, %v1 : i64
                %v471 = arith.addi %v469, %v470 : i64
                %v472 = llvm.getelementptr %in_theta[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = arith.mulf %v473, %v211 fastmath<contract> : f32
                %v475 = llvm.call_intrinsic "llvm.roundeven.f32"(%v474) : (f32) -> f32
                %v476 = arith.mulf %v475, %v214 fastmath<contract> : f32
                %v477 = arith.subf %v473, %v476 fastmath<contract> : f32
                %v478 = arith.mulf %v475, %v215 fastmath<contract> : f32
                %v479 = arith.subf %v477, %v478 fastmath<contract> : f32
                %v480 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v479) : (f32) -> f32
                %v481 = arith.mulf %v466, %v480 fastmath<contract> : f32
                llvm.store %v481, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v482 = arith.mulf %v465, %v465 fastmath<contract> : f32
                %v483 = arith.negf %v482 : f32
                llvm.store %v483, %v41 : f32, !llvm.ptr
                %v485 = arith.addi %v118, %v484 : i64
                %v487 = arith.cmpi slt, %v486, %v124 : i32
                %v488 = arith.cmpi eq, %v486, %v130 : i32
                %v489 = arith.addi %v100, %v485 : i64
                %v490 = llvm.load %v36 : !llvm.ptr -> f32
                %v491 = llvm.load %v37 : !llvm.ptr -> f32
                %v492 = llvm.load %v46 : !llvm.ptr -> f32
                %v493 = llvm.load %v47 : !llvm.ptr -> f32
                %v494 = llvm.load %v48 : !llvm.ptr -> f32
                %v495 = llvm.load %v49 : !llvm.ptr -> f32
                %v496 = arith.muli %v30, %v143 : i64
                %v497 = arith.muli %v28, %v142 : i64
                %v498 = arith.addi %v496, %v497 : i64
                %v499 = arith.muli %v489, %v1 : i64
                %v500 = arith.addi %v498, %v499 : i64
                %v501 = llvm.getelementptr %dy_y[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v502 = llvm.load %v501 : !llvm.ptr -> f32
                %v503 = llvm.load %v38 : !llvm.ptr -> f32
                %v504 = arith.mulf %v503, %v490 fastmath<contract> : f32
                %v505 = arith.addf %v502, %v504 fastmath<contract> : f32
                %v506 = llvm.load %v40 : !llvm.ptr -> f32
                %v507 = arith.mulf %v506, %v491 fastmath<contract> : f32
                %v508 = arith.addf %v507, %v505 fastmath<contract> : f32
                %v509 = arith.mulf %v492, %v503 fastmath<contract> : f32
                %v510 = arith.mulf %v506, %v494 fastmath<contract> : f32
                %v511 = arith.addf %v510, %v509 fastmath<contract> : f32
                %v512 = arith.mulf %v493, %v503 fastmath<contract> : f32
                %v513 = arith.mulf %v506, %v495 fastmath<contract> : f32
                %v514 = arith.addf %v513, %v512 fastmath<contract> : f32
                %v515 = llvm.load %v39 : !llvm.ptr -> f32
                %v516 = arith.mulf %v515, %v491 fastmath<contract> : f32
                %v517 = arith.addf %v44, %v516 fastmath<contract> : f32
                %v518 = llvm.load %v41 : !llvm.ptr -> f32
                %v519 = arith.mulf %v518, %v490 fastmath<contract> : f32
                %v520 = arith.addf %v519, %v517 fastmath<contract> : f32
                %v521 = arith.mulf %v494, %v515 fastmath<contract> : f32
                %v522 = arith.mulf %v518, %v492 fastmath<contract> : f32
                %v523 = arith.addf %v522, %v521 fastmath<contract> : f32
                %v524 = arith.mulf %v495, %v515 fastmath<contract> : f32
                %v525 = arith.mulf %v518, %v493 fastmath<contract> : f32
                %v526 = arith.addf %v525, %v524 fastmath<contract> : f32
                llvm.store %v508, %v36 : f32, !llvm.ptr
                llvm.store %v511, %v46 : f32, !llvm.ptr
                llvm.store %v514, %v47 : f32, !llvm.ptr
                llvm.store %v520, %v37 : f32, !llvm.ptr
                llvm.store %v523, %v48 : f32, !llvm.ptr
                llvm.store %v526, %v49 : f32, !llvm.ptr
                scf.if %v488 {
                  %v527 = arith.muli %v30, %v52 : i64
                  %v528 = arith.muli %v28, %v1 : i64
                  %v529 = arith.addi %v527, %v528 : i64
                  %v530 = llvm.getelementptr %dy_h_last[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v531 = llvm.load %v530 : !llvm.ptr -> f32
                  %v532 = llvm.load %v36 : !llvm.ptr -> f32
                  %v533 = arith.addf %v532, %v531 fastmath<contract> : f32
                  llvm.store %v533, %v36 : f32, !llvm.ptr
                  %v534 = arith.muli %v30, %v52 : i64
                  %v535 = arith.muli %v28, %v1 : i64
                  %v536 = arith.addi %v534, %v535 : i64
                  %v537 = llvm.getelementptr %dy_hp_last[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v538 = llvm.load %v537 : !llvm.ptr -> f32
                  %v539 = llvm.load %v37 : !llvm.ptr -> f32
                  %v540 = arith.addf %v539, %v538 fastmath<contract> : f32
                  llvm.store %v540, %v37 : f32, !llvm.ptr
                }
                %v541 = arith.muli %v30, %v143 : i64
                %v542 = arith.muli %v28, %v142 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = arith.muli %v489, %v1 : i64
                %v545 = arith.addi %v543, %v544 : i64
                %v546 = llvm.getelementptr %in_rho[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v547 = llvm.load %v546 : !llvm.ptr -> f32
                %v548 = arith.negf %v547 : f32
                %v549 = arith.mulf %v548, %v198 fastmath<contract> : f32
                %v550 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v549) : (f32) -> f32
                %v551 = arith.addf %v45, %v550 fastmath<contract> : f32
                %v552 = arith.divf %v45, %v551 : f32
                %v553 = arith.mulf %v189, %v552 fastmath<contract> : f32
                %v554 = arith.muli %v30, %v143 : i64
                %v555 = arith.muli %v28, %v142 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = arith.muli %v489, %v1 : i64
                %v558 = arith.addi %v556, %v557 : i64
                %v559 = llvm.getelementptr %in_theta[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v560 = llvm.load %v559 : !llvm.ptr -> f32
                %v561 = arith.mulf %v560, %v211 fastmath<contract> : f32
                %v562 = llvm.call_intrinsic "llvm.roundeven.f32"(%v561) : (f32) -> f32
                %v563 = arith.mulf %v562, %v214 fastmath<contract> : f32
                %v564 = arith.subf %v560, %v563 fastmath<contract> : f32
                %v565 = arith.mulf %v562, %v215 fastmath<contract> : f32
                %v566 = arith.subf %v564, %v565 fastmath<contract> : f32
                %v567 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v566) : (f32) -> f32
                %v568 = arith.mulf %v553, %v567 fastmath<contract> : f32
                llvm.store %v568, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v569 = arith.mulf %v552, %v552 fastmath<contract> : f32
                %v570 = arith.negf %v569 : f32
                llvm.store %v570, %v41 : f32, !llvm.ptr
                %v572 = arith.addi %v118, %v571 : i64
                %v574 = arith.cmpi slt, %v573, %v124 : i32
                %v575 = arith.cmpi eq, %v573, %v130 : i32
                %v576 = arith.addi %v100, %v572 : i64
                %v577 = llvm.load %v36 : !llvm.ptr -> f32
                %v578 = llvm.load %v37 : !llvm.ptr -> f32
                %v579 = llvm.load %v46 : !llvm.ptr -> f32
                %v580 = llvm.load %v47 : !llvm.ptr -> f32
                %v581 = llvm.load %v48 : !llvm.ptr -> f32
                %v582 = llvm.load %v49 : !llvm.ptr -> f32
                %v583 = arith.muli %v30, %v143 : i64
                %v584 = arith.muli %v28, %v142 : i64
                %v585 = arith.addi %v583, %v584 : i64
                %v586 = arith.muli %v576, %v1 : i64
                %v587 = arith.addi %v585, %v586 : i64
                %v588 = llvm.getelementptr %dy_y[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v589 = llvm.load %v588 : !llvm.ptr -> f32
                %v590 = llvm.load %v38 : !llvm.ptr -> f32
                %v591 = arith.mulf %v590, %v577 fastmath<contract> : f32
                %v592 = arith.addf %v589, %v591 fastmath<contract> : f32
                %v593 = llvm.load %v40 : !llvm.ptr -> f32
                %v594 = arith.mulf %v593, %v578 fastmath<contract> : f32
                %v595 = arith.addf %v594, %v592 fastmath<contract> : f32
                %v596 = arith.mulf %v579, %v590 fastmath<contract> : f32
                %v597 = arith.mulf %v593, %v581 fastmath<contract> : f32
                %v598 = arith.addf %v597, %v596 fastmath<contract> : f32
                %v599 = arith.mulf %v580, %v590 fastmath<contract> : f32
                %v600 = arith.mulf %v593, %v582 fastmath<contract> : f32
                %v601 = arith.addf %v600, %v599 fastmath<contract> : f32
                %v602 = llvm.load %v39 : !llvm.ptr -> f32
                %v603 = arith.mulf %v602, %v578 fastmath<contract> : f32
                %v604 = arith.addf %v44, %v603 fastmath<contract> : f32
                %v605 = llvm.load %v41 : !llvm.ptr -> f32
                %v606 = arith.mulf %v605, %v577 fastmath<contract> : f32
                %v607 = arith.addf %v606, %v604 fastmath<contract> : f32
                %v608 = arith.mulf %v581, %v602 fastmath<contract> : f32
                %v609 = arith.mulf %v605, %v579 fastmath<contract> : f32
                %v610 = arith.addf %v609, %v608 fastmath<contract> : f32
                %v611 = arith.mulf %v582, %v602 fastmath<contract> : f32
                %v612 = arith.mulf %v605, %v580 fastmath<contract> : f32
                %v613 = arith.addf %v612, %v611 fastmath<contract> : f32
                llvm.store %v595, %v36 : f32, !llvm.ptr
                llvm.store %v598, %v46 : f32, !llvm.ptr
                llvm.store %v601, %v47 : f32, !llvm.ptr
                llvm.store %v607, %v37 : f32, !llvm.ptr
                llvm.store %v610, %v48 : f32, !llvm.ptr
                llvm.store %v613, %v49 : f32, !llvm.ptr
                scf.if %v575 {
                  %v614 = arith.muli %v30, %v52 : i64
                  %v615 = arith.muli %v28, %v1 : i64
                  %v616 = arith.addi %v614, %v615 : i64
                  %v617 = llvm.getelementptr %dy_h_last[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v618 = llvm.load %v617 : !llvm.ptr -> f32
                  %v619 = llvm.load %v36 : !llvm.ptr -> f32
                  %v620 = arith.addf %v619, %v618 fastmath<contract> : f32
                  llvm.store %v620, %v36 : f32, !llvm.ptr
                  %v621 = arith.muli %v30, %v52 : i64
                  %v622 = arith.muli %v28, %v1 : i64
                  %v623 = arith.addi %v621, %v622 : i64
                  %v624 = llvm.getelementptr %dy_hp_last[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v625 = llvm.load %v624 : !llvm.ptr -> f32
                  %v626 = llvm.load %v37 : !llvm.ptr -> f32
                  %v627 = arith.addf %v626, %v625 fastmath<contract> : f32
                  llvm.store %v627, %v37 : f32, !llvm.ptr
                }
                %v628 = arith.muli %v30, %v143 : i64
                %v629 = arith.muli %v28, %v142 : i64
                %v630 = arith.addi %v628, %v629 : i64
                %v631 = arith.muli %v576, %v1 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = llvm.getelementptr %in_rho[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v634 = llvm.load %v633 : !llvm.ptr -> f32
                %v635 = arith.negf %v634 : f32
                %v636 = arith.mulf %v635, %v198 fastmath<contract> : f32
                %v637 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v636) : (f32) -> f32
                %v638 = arith.addf %v45, %v637 fastmath<contract> : f32
                %v639 = arith.divf %v45, %v638 : f32
                %v640 = arith.mulf %v189, %v639 fastmath<contract> : f32
                %v641 = arith.muli %v30, %v143 : i64
                %v642 = arith.muli %v28, %v142 : i64
                %v643 = arith.addi %v641, %v642 : i64
                %v644 = arith.muli %v576, %v1 : i64
                %v645 = arith.addi %v643, %v644 : i64
                %v646 = llvm.getelementptr %in_theta[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v647 = llvm.load %v646 : !llvm.ptr -> f32
                %v648 = arith.mulf %v647, %v211 fastmath<contract> : f32
                %v649 = llvm.call_intrinsic "llvm.roundeven.f32"(%v648) : (f32) -> f32
                %v650 = arith.mulf %v649, %v214 fastmath<contract> : f32
                %v651 = arith.subf %v647, %v650 fastmath<contract> : f32
                %v652 = arith.mulf %v649, %v215 fastmath<contract> : f32
                %v653 = arith.subf %v651, %v652 fastmath<contract> : f32
                %v654 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v653) : (f32) -> f32
                %v655 = arith.mulf %v640, %v654 fastmath<contract> : f32
                llvm.store %v655, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v656 = arith.mulf %v639, %v639 fastmath<contract> : f32
                %v657 = arith.negf %v656 : f32
                llvm.store %v657, %v41 : f32, !llvm.ptr
                %v658 = arith.addi %v118, %v1 : i64
                %v660 = arith.cmpi slt, %v659, %v124 : i32
                %v661 = arith.cmpi eq, %v659, %v130 : i32
                %v662 = arith.addi %v100, %v658 : i64
                %v663 = llvm.load %v36 : !llvm.ptr -> f32
                %v664 = llvm.load %v37 : !llvm.ptr -> f32
                %v665 = llvm.load %v46 : !llvm.ptr -> f32
                %v666 = llvm.load %v47 : !llvm.ptr -> f32
                %v667 = llvm.load %v48 : !llvm.ptr -> f32
                %v668 = llvm.load %v49 : !llvm.ptr -> f32
                %v669 = arith.muli %v30, %v143 : i64
                %v670 = arith.muli %v28, %v142 : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = arith.muli %v662, %v1 : i64
                %v673 = arith.addi %v671, %v672 : i64
                %v674 = llvm.getelementptr %dy_y[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v675 = llvm.load %v674 : !llvm.ptr -> f32
                %v676 = llvm.load %v38 : !llvm.ptr -> f32
                %v677 = arith.mulf %v676, %v663 fastmath<contract> : f32
                %v678 = arith.addf %v675, %v677 fastmath<contract> : f32
                %v679 = llvm.load %v40 : !llvm.ptr -> f32
                %v680 = arith.mulf %v679, %v664 fastmath<contract> : f32
                %v681 = arith.addf %v680, %v678 fastmath<contract> : f32
                %v682 = arith.mulf %v665, %v676 fastmath<contract> : f32
                %v683 = arith.mulf %v679, %v667 fastmath<contract> : f32
                %v684 = arith.addf %v683, %v682 fastmath<contract> : f32
                %v685 = arith.mulf %v666, %v676 fastmath<contract> : f32
                %v686 = arith.mulf %v679, %v668 fastmath<contract> : f32
                %v687 = arith.addf %v686, %v685 fastmath<contract> : f32
                %v688 = llvm.load %v39 : !llvm.ptr -> f32
                %v689 = arith.mulf %v688, %v664 fastmath<contract> : f32
                %v690 = arith.addf %v44, %v689 fastmath<contract> : f32
                %v691 = llvm.load %v41 : !llvm.ptr -> f32
                %v692 = arith.mulf %v691, %v663 fastmath<contract> : f32
                %v693 = arith.addf %v692, %v690 fastmath<contract> : f32
                %v694 = arith.mulf %v667, %v688 fastmath<contract> : f32
                %v695 = arith.mulf %v691, %v665 fastmath<contract> : f32
                %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
                %v697 = arith.mulf %v668, %v688 fastmath<contract> : f32
                %v698 = arith.mulf %v691, %v666 fastmath<contract> : f32
                %v699 = arith.addf %v698, %v697 fastmath<contract> : f32
                llvm.store %v681, %v36 : f32, !llvm.ptr
                llvm.store %v684, %v46 : f32, !llvm.ptr
                llvm.store %v687, %v47 : f32, !llvm.ptr
                llvm.store %v693, %v37 : f32, !llvm.ptr
                llvm.store %v696, %v48 : f32, !llvm.ptr
                llvm.store %v699, %v49 : f32, !llvm.ptr
                scf.if %v661 {
                  %v700 = arith.muli %v30, %v52 : i64
                  %v701 = arith.muli %v28, %v1 : i64
                  %v702 = arith.addi %v700, %v701 : i64
                  %v703 = llvm.getelementptr %dy_h_last[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v704 = llvm.load %v703 : !llvm.ptr -> f32
                  %v705 = llvm.load %v36 : !llvm.ptr -> f32
                  %v706 = arith.addf %v705, %v704 fastmath<contract> : f32
                  llvm.store %v706, %v36 : f32, !llvm.ptr
                  %v707 = arith.muli %v30, %v52 : i64
                  %v708 = arith.muli %v28, %v1 : i64
                  %v709 = arith.addi %v707, %v708 : i64
                  %v710 = llvm.getelementptr %dy_hp_last[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v711 = llvm.load %v710 : !llvm.ptr -> f32
                  %v712 = llvm.load %v37 : !llvm.ptr -> f32
                  %v713 = arith.addf %v712, %v711 fastmath<contract> : f32
                  llvm.store %v713, %v37 : f32, !llvm.ptr
                }
                %v714 = arith.muli %v30, %v143 : i64
                %v715 = arith.muli %v28, %v142 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = arith.muli %v662, %v1 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = llvm.getelementptr %in_rho[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v720 = llvm.load %v719 : !llvm.ptr -> f32
                %v721 = arith.negf %v720 : f32
                %v722 = arith.mulf %v721, %v198 fastmath<contract> : f32
                %v723 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v722) : (f32) -> f32
                %v724 = arith.addf %v45, %v723 fastmath<contract> : f32
                %v725 = arith.divf %v45, %v724 : f32
                %v726 = arith.mulf %v189, %v725 fastmath<contract> : f32
                %v727 = arith.muli %v30, %v143 : i64
                %v728 = arith.muli %v28, %v142 : i64
                %v729 = arith.addi %v727, %v728 : i64
                %v730 = arith.muli %v662, %v1 : i64
                %v731 = arith.addi %v729, %v730 : i64
                %v732 = llvm.getelementptr %in_theta[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v733 = llvm.load %v732 : !llvm.ptr -> f32
                %v734 = arith.mulf %v733, %v211 fastmath<contract> : f32
                %v735 = llvm.call_intrinsic "llvm.roundeven.f32"(%v734) : (f32) -> f32
                %v736 = arith.mulf %v735, %v214 fastmath<contract> : f32
                %v737 = arith.subf %v733, %v736 fastmath<contract> : f32
                %v738 = arith.mulf %v735, %v215 fastmath<contract> : f32
                %v739 = arith.subf %v737, %v738 fastmath<contract> : f32
                %v740 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v739) : (f32) -> f32
                %v741 = arith.mulf %v726, %v740 fastmath<contract> : f32
                llvm.store %v741, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v742 = arith.mulf %v725, %v725 fastmath<contract> : f32
                %v743 = arith.negf %v742 : f32
                llvm.store %v743, %v41 : f32, !llvm.ptr
                %v744 = arith.addi %v118, %v50 : i64
                %v746 = arith.cmpi slt, %v745, %v124 : i32
                %v747 = arith.cmpi eq, %v745, %v130 : i32
                %v748 = arith.addi %v100, %v744 : i64
                %v749 = llvm.load %v36 : !llvm.ptr -> f32
                %v750 = llvm.load %v37 : !llvm.ptr -> f32
                %v751 = llvm.load %v46 : !llvm.ptr -> f32
                %v752 = llvm.load %v47 : !llvm.ptr -> f32
                %v753 = llvm.load %v48 : !llvm.ptr -> f32
                %v754 = llvm.load %v49 : !llvm.ptr -> f32
                %v755 = arith.muli %v30, %v143 : i64
                %v756 = arith.muli %v28, %v142 : i64
                %v757 = arith.addi %v755, %v756 : i64
                %v758 = arith.muli %v748, %v1 : i64
                %v759 = arith.addi %v757, %v758 : i64
                %v760 = llvm.getelementptr %dy_y[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v761 = llvm.load %v760 : !llvm.ptr -> f32
                %v762 = llvm.load %v38 : !llvm.ptr -> f32
                %v763 = arith.mulf %v762, %v749 fastmath<contract> : f32
                %v764 = arith.addf %v761, %v763 fastmath<contract> : f32
                %v765 = llvm.load %v40 : !llvm.ptr -> f32
                %v766 = arith.mulf %v765, %v750 fastmath<contract> : f32
                %v767 = arith.addf %v766, %v764 fastmath<contract> : f32
                %v768 = arith.mulf %v751, %v762 fastmath<contract> : f32
                %v769 = arith.mulf %v765, %v753 fastmath<contract> : f32
                %v770 = arith.addf %v769, %v768 fastmath<contract> : f32
                %v771 = arith.mulf %v752, %v762 fastmath<contract> : f32
                %v772 = arith.mulf %v765, %v754 fastmath<contract> : f32
                %v773 = arith.addf %v772, %v771 fastmath<contract> : f32
                %v774 = llvm.load %v39 : !llvm.ptr -> f32
                %v775 = arith.mulf %v774, %v750 fastmath<contract> : f32
                %v776 = arith.addf %v44, %v775 fastmath<contract> : f32
                %v777 = llvm.load %v41 : !llvm.ptr -> f32
                %v778 = arith.mulf %v777, %v749 fastmath<contract> : f32
                %v779 = arith.addf %v778, %v776 fastmath<contract> : f32
                %v780 = arith.mulf %v753, %v774 fastmath<contract> : f32
                %v781 = arith.mulf %v777, %v751 fastmath<contract> : f32
                %v782 = arith.addf %v781, %v780 fastmath<contract> : f32
                %v783 = arith.mulf %v754, %v774 fastmath<contract> : f32
                %v784 = arith.mulf %v777, %v752 fastmath<contract> : f32
                %v785 = arith.addf %v784, %v783 fastmath<contract> : f32
                llvm.store %v767, %v36 : f32, !llvm.ptr
                llvm.store %v770, %v46 : f32, !llvm.ptr
                llvm.store %v773, %v47 : f32, !llvm.ptr
                llvm.store %v779, %v37 : f32, !llvm.ptr
                llvm.store %v782, %v48 : f32, !llvm.ptr
                llvm.store %v785, %v49 : f32, !llvm.ptr
                scf.if %v747 {
                  %v786 = arith.muli %v30, %v52 : i64
                  %v787 = arith.muli %v28, %v1 : i64
                  %v788 = arith.addi %v786, %v787 : i64
                  %v789 = llvm.getelementptr %dy_h_last[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v790 = llvm.load %v789 : !llvm.ptr -> f32
                  %v791 = llvm.load %v36 : !llvm.ptr -> f32
                  %v792 = arith.addf %v791, %v790 fastmath<contract> : f32
                  llvm.store %v792, %v36 : f32, !llvm.ptr
                  %v793 = arith.muli %v30, %v52 : i64
                  %v794 = arith.muli %v28, %v1 : i64
                  %v795 = arith.addi %v793, %v794 : i64
                  %v796 = llvm.getelementptr %dy_hp_last[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v797 = llvm.load %v796 : !llvm.ptr -> f32
                  %v798 = llvm.load %v37 : !llvm.ptr -> f32
                  %v799 = arith.addf %v798, %v797 fastmath<contract> : f32
                  llvm.store %v799, %v37 : f32, !llvm.ptr
                }
                %v800 = arith.muli %v30, %v143 : i64
                %v801 = arith.muli %v28, %v142 : i64
                %v802 = arith.addi %v800, %v801 : i64
                %v803 = arith.muli %v748, %v1 : i64
                %v804 = arith.addi %v802, %v803 : i64
                %v805 = llvm.getelementptr %in_rho[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v806 = llvm.load %v805 : !llvm.ptr -> f32
                %v807 = arith.negf %v806 : f32
                %v808 = arith.mulf %v807, %v198 fastmath<contract> : f32
                %v809 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v808) : (f32) -> f32
                %v810 = arith.addf %v45, %v809 fastmath<contract> : f32
                %v811 = arith.divf %v45, %v810 : f32
                %v812 = arith.mulf %v189, %v811 fastmath<contract> : f32
                %v813 = arith.muli %v30, %v143 : i64
                %v814 = arith.muli %v28, %v142 : i64
                %v815 = arith.addi %v813, %v814 : i64
                %v816 = arith.muli %v748, %v1 : i64
                %v817 = arith.addi %v815, %v816 : i64
                %v818 = llvm.getelementptr %in_theta[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v819 = llvm.load %v818 : !llvm.ptr -> f32
                %v820 = arith.mulf %v819, %v211 fastmath<contract> : f32
                %v821 = llvm.call_intrinsic "llvm.roundeven.f32"(%v820) : (f32) -> f32
                %v822 = arith.mulf %v821, %v214 fastmath<contract> : f32
                %v823 = arith.subf %v819, %v822 fastmath<contract> : f32
                %v824 = arith.mulf %v821, %v215 fastmath<contract> : f32
                %v825 = arith.subf %v823, %v824 fastmath<contract> : f32
                %v826 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v825) : (f32) -> f32
                %v827 = arith.mulf %v812, %v826 fastmath<contract> : f32
                llvm.store %v827, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v828 = arith.mulf %v811, %v811 fastmath<contract> : f32
                %v829 = arith.negf %v828 : f32
                llvm.store %v829, %v41 : f32, !llvm.ptr
              } else {
                %v830 = arith.subi %v102, %v1 : i64
                // the group's states, recomputed into registers
                %v831 = arith.subi %v102, %v118 : i64
                %v832 = arith.trunci %v831 : i64 to i32
                %v833 = arith.subi %size_L, %v1 : i64
                %v834 = arith.addi %v100, %v118 : i64
                %v835 = arith.subi %v833, %v834 : i64
                %v836 = arith.minsi %v835, %v128 : i64
                %v837 = arith.trunci %v836 : i64 to i32
                %v838 = arith.addi %v118, %v85 : i64
                %v839 = arith.cmpi slt, %v132, %v832 : i32
                %v840 = arith.cmpi eq, %v132, %v837 : i32
                scf.if %v839 {
                  %v841 = arith.addi %v100, %v838 : i64
                  %v842 = llvm.load %v36 : !llvm.ptr -> f32
                  %v843 = llvm.load %v37 : !llvm.ptr -> f32
                  %v844 = llvm.load %v46 : !llvm.ptr -> f32
                  %v845 = llvm.load %v47 : !llvm.ptr -> f32
                  %v846 = llvm.load %v48 : !llvm.ptr -> f32
                  %v847 = llvm.load %v49 : !llvm.ptr -> f32
                  %v848 = arith.muli %v30, %v143 : i64
                  %v849 = arith.muli %v28, %v142 : i64
                  %v850 = arith.addi %v848, %v849 : i64
                  %v851 = arith.muli %v841, %v1 : i64
                  %v852 = arith.addi %v850, %v851 : i64
                  %v853 = llvm.getelementptr %dy_y[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v854 = llvm.load %v853 : !llvm.ptr -> f32
                  %v855 = llvm.load %v38 : !llvm.ptr -> f32
                  %v856 = arith.mulf %v855, %v842 fastmath<contract> : f32
                  %v857 = arith.addf %v854, %v856 fastmath<contract> : f32
                  %v858 = llvm.load %v40 : !llvm.ptr -> f32
                  %v859 = arith.mulf %v858, %v843 fastmath<contract> : f32
                  %v860 = arith.addf %v859, %v857 fastmath<contract> : f32
                  %v861 = arith.mulf %v844, %v855 fastmath<contract> : f32
                  %v862 = arith.mulf %v858, %v846 fastmath<contract> : f32
                  %v863 = arith.addf %v862, %v861 fastmath<contract> : f32
                  %v864 = arith.mulf %v845, %v855 fastmath<contract> : f32
                  %v865 = arith.mulf %v858, %v847 fastmath<contract> : f32
                  %v866 = arith.addf %v865, %v864 fastmath<contract> : f32
                  %v867 = llvm.load %v39 : !llvm.ptr -> f32
                  %v868 = arith.mulf %v867, %v843 fastmath<contract> : f32
                  %v869 = arith.addf %v44, %v868 fastmath<contract> : f32
                  %v870 = llvm.load %v41 : !llvm.ptr -> f32
                  %v871 = arith.mulf %v870, %v842 fastmath<contract> : f32
                  %v872 = arith.addf %v871, %v869 fastmath<contract> : f32
                  %v873 = arith.mulf %v846, %v867 fastmath<contract> : f32
                  %v874 = arith.mulf %v870, %v844 fastmath<contract> : f32
                  %v875 = arith.addf %v874, %v873 fastmath<contract> : f32
                  %v876 = arith.mulf %v847, %v867 fastmath<contract> : f32
                  %v877 = arith.mulf %v870, %v845 fastmath<contract> : f32
                  %v878 = arith.addf %v877, %v876 fastmath<contract> : f32
                  llvm.store %v860, %v36 : f32, !llvm.ptr
                  llvm.store %v863, %v46 : f32, !llvm.ptr
                  llvm.store %v866, %v47 : f32, !llvm.ptr
                  llvm.store %v872, %v37 : f32, !llvm.ptr
                  llvm.store %v875, %v48 : f32, !llvm.ptr
                  llvm.store %v878, %v49 : f32, !llvm.ptr
                  scf.if %v840 {
                    %v879 = arith.muli %v30, %v52 : i64
                    %v880 = arith.muli %v28, %v1 : i64
                    %v881 = arith.addi %v879, %v880 : i64
                    %v882 = llvm.getelementptr %dy_h_last[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v883 = llvm.load %v882 : !llvm.ptr -> f32
                    %v884 = llvm.load %v36 : !llvm.ptr -> f32
                    %v885 = arith.addf %v884, %v883 fastmath<contract> : f32
                    llvm.store %v885, %v36 : f32, !llvm.ptr
                    %v886 = arith.muli %v30, %v52 : i64
                    %v887 = arith.muli %v28, %v1 : i64
                    %v888 = arith.addi %v886, %v887 : i64
                    %v889 = llvm.getelementptr %dy_hp_last[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v890 = llvm.load %v889 : !llvm.ptr -> f32
                    %v891 = llvm.load %v37 : !llvm.ptr -> f32
                    %v892 = arith.addf %v891, %v890 fastmath<contract> : f32
                    llvm.store %v892, %v37 : f32, !llvm.ptr
                  }
                  %v893 = arith.muli %v30, %v143 : i64
                  %v894 = arith.muli %v28, %v142 : i64
                  %v895 = arith.addi %v893, %v894 : i64
                  %v896 = arith.muli %v841, %v1 : i64
                  %v897 = arith.addi %v895, %v896 : i64
                  %v898 = llvm.getelementptr %in_rho[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v899 = llvm.load %v898 : !llvm.ptr -> f32
                  %v900 = arith.negf %v899 : f32
                  %v901 = arith.mulf %v900, %v198 fastmath<contract> : f32
                  %v902 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v901) : (f32) -> f32
                  %v903 = arith.addf %v45, %v902 fastmath<contract> : f32
                  %v904 = arith.divf %v45, %v903 : f32
                  %v905 = arith.mulf %v189, %v904 fastmath<contract> : f32
                  %v906 = arith.muli %v30, %v143 : i64
                  %v907 = arith.muli %v28, %v142 : i64
                  %v908 = arith.addi %v906, %v907 : i64
                  %v909 = arith.muli %v841, %v1 : i64
                  %v910 = arith.addi %v908, %v909 : i64
                  %v911 = llvm.getelementptr %in_theta[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v912 = llvm.load %v911 : !llvm.ptr -> f32
                  %v913 = arith.mulf %v912, %v211 fastmath<contract> : f32
                  %v914 = llvm.call_intrinsic "llvm.roundeven.f32"(%v913) : (f32) -> f32
                  %v915 = arith.mulf %v914, %v214 fastmath<contract> : f32
                  %v916 = arith.subf %v912, %v915 fastmath<contract> : f32
                  %v917 = arith.mulf %v914, %v215 fastmath<contract> : f32
                  %v918 = arith.subf %v916, %v917 fastmath<contract> : f32
                  %v919 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v918) : (f32) -> f32
                  %v920 = arith.mulf %v905, %v919 fastmath<contract> : f32
                  llvm.store %v920, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v921 = arith.mulf %v904, %v904 fastmath<contract> : f32
                  %v922 = arith.negf %v921 : f32
                  llvm.store %v922, %v41 : f32, !llvm.ptr
                }
                %v923 = arith.addi %v118, %v224 : i64
                %v924 = arith.cmpi slt, %v226, %v832 : i32
                %v925 = arith.cmpi eq, %v226, %v837 : i32
                scf.if %v924 {
                  %v926 = arith.addi %v100, %v923 : i64
                  %v927 = llvm.load %v36 : !llvm.ptr -> f32
                  %v928 = llvm.load %v37 : !llvm.ptr -> f32
                  %v929 = llvm.load %v46 : !llvm.ptr -> f32
                  %v930 = llvm.load %v47 : !llvm.ptr -> f32
                  %v931 = llvm.load %v48 : !llvm.ptr -> f32
                  %v932 = llvm.load %v49 : !llvm.ptr -> f32
                  %v933 = arith.muli %v30, %v143 : i64
                  %v934 = arith.muli %v28, %v142 : i64
                  %v935 = arith.addi %v933, %v934 : i64
                  %v936 = arith.muli %v926, %v1 : i64
                  %v937 = arith.addi %v935, %v936 : i64
                  %v938 = llvm.getelementptr %dy_y[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v939 = llvm.load %v938 : !llvm.ptr -> f32
                  %v940 = llvm.load %v38 : !llvm.ptr -> f32
                  %v941 = arith.mulf %v940, %v927 fastmath<contract> : f32
                  %v942 = arith.addf %v939, %v941 fastmath<contract> : f32
                  %v943 = llvm.load %v40 : !llvm.ptr -> f32
                  %v944 = arith.mulf %v943, %v928 fastmath<contract> : f32
                  %v945 = arith.addf %v944, %v942 fastmath<contract> : f32
                  %v946 = arith.mulf %v929, %v940 fastmath<contract> : f32
                  %v947 = arith.mulf %v943, %v931 fastmath<contract> : f32
                  %v948 = arith.addf %v947, %v946 fastmath<contract> : f32
                  %v949 = arith.mulf %v930, %v940 fastmath<contract> : f32
                  %v950 = arith.mulf %v943, %v932 fastmath<contract> : f32
                  %v951 = arith.addf %v950, %v949 fastmath<contract> : f32
                  %v952 = llvm.load %v39 : !llvm.ptr -> f32
                  %v953 = arith.mulf %v952, %v928 fastmath<contract> : f32
                  %v954 = arith.addf %v44, %v953 fastmath<contract> : f32
                  %v955 = llvm.load %v41 : !llvm.ptr -> f32
                  %v956 = arith.mulf %v955, %v927 fastmath<contract> : f32
                  %v957 = arith.addf %v956, %v954 fastmath<contract> : f32
                  %v958 = arith.mulf %v931, %v952 fastmath<contract> : f32
                  %v959 = arith.mulf %v955, %v929 fastmath<contract> : f32
                  %v960 = arith.addf %v959, %v958 fastmath<contract> : f32
                  %v961 = arith.mulf %v932, %v952 fastmath<contract> : f32
                  %v962 = arith.mulf %v955, %v930 fastmath<contract> : f32
                  %v963 = arith.addf %v962, %v961 fastmath<contract> : f32
                  llvm.store %v945, %v36 : f32, !llvm.ptr
                  llvm.store %v948, %v46 : f32, !llvm.ptr
                  llvm.store %v951, %v47 : f32, !llvm.ptr
                  llvm.store %v957, %v37 : f32, !llvm.ptr
                  llvm.store %v960, %v48 : f32, !llvm.ptr
                  llvm.store %v963, %v49 : f32, !llvm.ptr
                  scf.if %v925 {
                    %v964 = arith.muli %v30, %v52 : i64
                    %v965 = arith.muli %v28, %v1 : i64
                    %v966 = arith.addi %v964, %v965 : i64
                    %v967 = llvm.getelementptr %dy_h_last[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v968 = llvm.load %v967 : !llvm.ptr -> f32
                    %v969 = llvm.load %v36 : !llvm.ptr -> f32
                    %v970 = arith.addf %v969, %v968 fastmath<contract> : f32
                    llvm.store %v970, %v36 : f32, !llvm.ptr
                    %v971 = arith.muli %v30, %v52 : i64
                    %v972 = arith.muli %v28, %v1 : i64
                    %v973 = arith.addi %v971, %v972 : i64
                    %v974 = llvm.getelementptr %dy_hp_last[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v975 = llvm.load %v974 : !llvm.ptr -> f32
                    %v976 = llvm.load %v37 : !llvm.ptr -> f32
                    %v977 = arith.addf %v976, %v975 fastmath<contract> : f32
                    llvm.store %v977, %v37 : f32, !llvm.ptr
                  }
                  %v978 = arith.muli %v30, %v143 : i64
                  %v979 = arith.muli %v28, %v142 : i64
                  %v980 = arith.addi %v978, %v979 : i64
                  %v981 = arith.muli %v926, %v1 : i64
                  %v982 = arith.addi %v980, %v981 : i64
                  %v983 = llvm.getelementptr %in_rho[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v984 = llvm.load %v983 : !llvm.ptr -> f32
                  %v985 = arith.negf %v984 : f32
                  %v986 = arith.mulf %v985, %v198 fastmath<contract> : f32
                  %v987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v986) : (f32) -> f32
                  %v988 = arith.addf %v45, %v987 fastmath<contract> : f32
                  %v989 = arith.divf %v45, %v988 : f32
                  %v990 = arith.mulf %v189, %v989 fastmath<contract> : f32
                  %v991 = arith.muli %v30, %v143 : i64
                  %v992 = arith.muli %v28, %v142 : i64
                  %v993 = arith.addi %v991, %v992 : i64
                  %v994 = arith.muli %v926, %v1 : i64
                  %v995 = arith.addi %v993, %v994 : i64
                  %v996 = llvm.getelementptr %in_theta[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v997 = llvm.load %v996 : !llvm.ptr -> f32
                  %v998 = arith.mulf %v997, %v211 fastmath<contract> : f32
                  %v999 = llvm.call_intrinsic "llvm.roundeven.f32"(%v998) : (f32) -> f32
                  %v1000 = arith.mulf %v999, %v214 fastmath<contract> : f32
                  %v1001 = arith.subf %v997, %v1000 fastmath<contract> : f32
                  %v1002 = arith.mulf %v999, %v215 fastmath<contract> : f32
                  %v1003 = arith.subf %v1001, %v1002 fastmath<contract> : f32
                  %v1004 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1003) : (f32) -> f32
                  %v1005 = arith.mulf %v990, %v1004 fastmath<contract> : f32
                  llvm.store %v1005, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v1006 = arith.mulf %v989, %v989 fastmath<contract> : f32
                  %v1007 = arith.negf %v1006 : f32
                  llvm.store %v1007, %v41 : f32, !llvm.ptr
                }
                %v1008 = arith.addi %v118, %v311 : i64
                %v1009 = arith.cmpi slt, %v313, %v832 : i32
                %v1010 = arith.cmpi eq, %v313, %v837 : i32
                scf.if %v1009 {
                  %v1011 = arith.addi %v100, %v1008 : i64
                  %v1012 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1013 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1014 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1015 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1016 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1017 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1018 = arith.muli %v30, %v143 : i64
                  %v1019 = arith.muli %v28, %v142 : i64
                  %v1020 = arith.addi %v1018, %v1019 : i64
                  %v1021 = arith.muli %v1011, %v1 : i64
                  %v1022 = arith.addi %v1020, %v1021 : i64
                  %v1023 = llvm.getelementptr %dy_y[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1024 = llvm.load %v1023 : !llvm.ptr -> f32
                  %v1025 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1026 = arith.mulf %v1025, %v1012 fastmath<contract> : f32
                  %v1027 = arith.addf %v1024, %v1026 fastmath<contract> : f32
                  %v1028 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1029 = arith.mulf %v1028, %v1013 fastmath<contract> : f32
                  %v1030 = arith.addf %v1029, %v1027 fastmath<contract> : f32
                  %v1031 = arith.mulf %v1014, %v1025 fastmath<contract> : f32
                  %v1032 = arith.mulf %v1028, %v1016 fastmath<contract> : f32
                  %v1033 = arith.addf %v1032, %v1031 fastmath<contract> : f32
                  %v1034 = arith.mulf %v1015, %v1025 fastmath<contract> : f32
                  %v1035 = arith.mulf %v1028, %v1017 fastmath<contract> : f32
                  %v1036 = arith.addf %v1035, %v1034 fastmath<contract> : f32
                  %v1037 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1038 = arith.mulf %v1037, %v1013 fastmath<contract> : f32
                  %v1039 = arith.addf %v44, %v1038 fastmath<contract> : f32
                  %v1040 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1041 = arith.mulf %v1040, %v1012 fastmath<contract> : f32
                  %v1042 = arith.addf %v1041, %v1039 fastmath<contract> : f32
                  %v1043 = arith.mulf %v1016, %v1037 fastmath<contract> : f32
                  %v1044 = arith.mulf %v1040, %v1014 fastmath<contract> : f32
                  %v1045 = arith.addf %v1044, %v1043 fastmath<contract> : f32
                  %v1046 = arith.mulf %v1017, %v1037 fastmath<contract> : f32
                  %v1047 = arith.mulf %v1040, %v1015 fastmath<contract> : f32
                  %v1048 = arith.addf %v1047, %v1046 fastmath<contract> : f32
                  llvm.store %v1030, %v36 : f32, !llvm.ptr
                  llvm.store %v1033, %v46 : f32, !llvm.ptr
                  llvm.store %v1036, %v47 : f32, !llvm.ptr
                  llvm.store %v1042, %v37 : f32, !llvm.ptr
                  llvm.store %v1045, %v48 : f32, !llvm.ptr
                  llvm.store %v1048, %v49 : f32, !llvm.ptr
                  scf.if %v1010 {
                    %v1049 = arith.muli %v30, %v52 : i64
                    %v1050 = arith.muli %v28, %v1 : i64
                    %v1051 = arith.addi %v1049, %v1050 : i64
                    %v1052 = llvm.getelementptr %dy_h_last[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
                    %v1054 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1055 = arith.addf %v1054, %v1053 fastmath<contract> : f32
                    llvm.store %v1055, %v36 : f32, !llvm.ptr
                    %v1056 = arith.muli %v30, %v52 : i64
                    %v1057 = arith.muli %v28, %v1 : i64
                    %v1058 = arith.addi %v1056, %v1057 : i64
                    %v1059 = llvm.getelementptr %dy_hp_last[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
                    %v1061 = llvm.load %v37 : !llvm.ptr -> f32
                    %v1062 = arith.addf %v1061, %v1060 fastmath<contract> : f32
                    llvm.store %v1062, %v37 : f32, !llvm.ptr
                  }
                  %v1063 = arith.muli %v30, %v143 : i64
                  %v1064 = arith.muli %v28, %v142 : i64
                  %v1065 = arith.addi %v1063, %v1064 : i64
                  %v1066 = arith.muli %v1011, %v1 : i64
                  %v1067 = arith.addi %v1065, %v1066 : i64
                  %v1068 = llvm.getelementptr %in_rho[%v1067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1069 = llvm.load %v1068 : !llvm.ptr -> f32
                  %v1070 = arith.negf %v1069 : f32
                  %v1071 = arith.mulf %v1070, %v198 fastmath<contract> : f32
                  %v1072 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1071) : (f32) -> f32
                  %v1073 = arith.addf %v45, %v1072 fastmath<contract> : f32
                  %v1074 = arith.divf %v45, %v1073 : f32
                  %v1075 = arith.mulf %v189, %v1074 fastmath<contract> : f32
                  %v1076 = arith.muli %v30, %v143 : i64
                  %v1077 = arith.muli %v28, %v142 : i64
                  %v1078 = arith.addi %v1076, %v1077 : i64
                  %v1079 = arith.muli %v1011, %v1 : i64
                  %v1080 = arith.addi %v1078, %v1079 : i64
                  %v1081 = llvm.getelementptr %in_theta[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1082 = llvm.load %v1081 : !llvm.ptr -> f32
                  %v1083 = arith.mulf %v1082, %v211 fastmath<contract> : f32
                  %v1084 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1083) : (f32) -> f32
                  %v1085 = arith.mulf %v1084, %v214 fastmath<contract> : f32
                  %v1086 = arith.subf %v1082, %v1085 fastmath<contract> : f32
                  %v1087 = arith.mulf %v1084, %v215 fastmath<contract> : f32
                  %v1088 = arith.subf %v1086, %v1087 fastmath<contract> : f32
                  %v1089 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1088) : (f32) -> f32
                  %v1090 = arith.mulf %v1075, %v1089 fastmath<contract> : f32
                  llvm.store %v1090, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v1091 = arith.mulf %v1074, %v1074 fastmath<contract> : f32
                  %v1092 = arith.negf %v1091 : f32
                  llvm.store %v1092, %v41 : f32, !llvm.ptr
                }
                %v1093 = arith.addi %v118, %v32 : i64
                %v1094 = arith.cmpi slt, %v399, %v832 : i32
                %v1095 = arith.cmpi eq, %v399, %v837 : i32
                scf.if %v1094 {
                  %v1096 = arith.addi %v100, %v1093 : i64
                  %v1097 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1098 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1099 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1100 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1101 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1102 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1103 = arith.muli %v30, %v143 : i64
                  %v1104 = arith.muli %v28, %v142 : i64
                  %v1105 = arith.addi %v1103, %v1104 : i64
                  %v1106 = arith.muli %v1096, %v1 : i64
                  %v1107 = arith.addi %v1105, %v1106 : i64
                  %v1108 = llvm.getelementptr %dy_y[%v1107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1109 = llvm.load %v1108 : !llvm.ptr -> f32
                  %v1110 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1111 = arith.mulf %v1110, %v1097 fastmath<contract> : f32
                  %v1112 = arith.addf %v1109, %v1111 fastmath<contract> : f32
                  %v1113 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1114 = arith.mulf %v1113, %v1098 fastmath<contract> : f32
                  %v1115 = arith.addf %v1114, %v1112 fastmath<contract> : f32
                  %v1116 = arith.mulf %v1099, %v1110 fastmath<contract> : f32
                  %v1117 = arith.mulf %v1113, %v1101 fastmath<contract> : f32
                  %v1118 = arith.addf %v1117, %v1116 fastmath<contract> : f32
                  %v1119 = arith.mulf %v1100, %v1110 fastmath<contract> : f32
                  %v1120 = arith.mulf %v1113, %v1102 fastmath<contract> : f32
                  %v1121 = arith.addf %v1120, %v1119 fastmath<contract> : f32
                  %v1122 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1123 = arith.mulf %v1122, %v1098 fastmath<contract> : f32
                  %v1124 = arith.addf %v44, %v1123 fastmath<contract> : f32
                  %v1125 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1126 = arith.mulf %v1125, %v1097 fastmath<contract> : f32
                  %v1127 = arith.addf %v1126, %v1124 fastmath<contract> : f32
                  %v1128 = arith.mulf %v1101, %v1122 fastmath<contract> : f32
                  %v1129 = arith.mulf %v1125, %v1099 fastmath<contract> : f32
                  %v1130 = arith.addf %v1129, %v1128 fastmath<contract> : f32
                  %v1131 = arith.mulf %v1102, %v1122 fastmath<contract> : f32
                  %v1132 = arith.mulf %v1125, %v1100 fastmath<contract> : f32
                  %v1133 = arith.addf %v1132, %v1131 fastmath<contract> : f32
                  llvm.store %v1115, %v36 : f32, !llvm.ptr
                  llvm.store %v1118, %v46 : f32, !llvm.ptr
                  llvm.store %v1121, %v47 : f32, !llvm.ptr
                  llvm.store %v1127, %v37 : f32, !llvm.ptr
                  llvm.store %v1130, %v48 : f32, !llvm.ptr
                  llvm.store %v1133, %v49 : f32, !llvm.ptr
                  scf.if %v1095 {
                    %v1134 = arith.muli %v30, %v52 : i64
                    %v1135 = arith.muli %v28, %v1 : i64
                    %v1136 = arith.addi %v1134, %v1135 : i64
                    %v1137 = llvm.getelementptr %dy_h_last[%v1136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1138 = llvm.load %v1137 : !llvm.ptr -> f32
                    %v1139 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1140 = arith.addf %v1139, %v1138 fastmath<contract> : f32
                    llvm.store %v1140, %v36 : f32, !llvm.ptr
                    %v1141 = arith.muli %v30, %v52 : i64
                    %v1142 = arith.muli %v28, %v1 : i64
                    %v1143 = arith.addi %v1141, %v1142 : i64
                    %v1144 = llvm.getelementptr %dy_hp_last[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1145 = llvm.load %v1144 : !llvm.ptr -> f32
                    %v1146 = llvm.load %v37 : !llvm.ptr -> f32
                    %v1147 = arith.addf %v1146, %v1145 fastmath<contract> : f32
                    llvm.store %v1147, %v37 : f32, !llvm.ptr
                  }
                  %v1148 = arith.muli %v30, %v143 : i64
                  %v1149 = arith.muli %v28, %v142 : i64
                  %v1150 = arith.addi %v1148, %v1149 : i64
                  %v1151 = arith.muli %v1096, %v1 : i64
                  %v1152 = arith.addi %v1150, %v1151 : i64
                  %v1153 = llvm.getelementptr %in_rho[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
                  %v1155 = arith.negf %v1154 : f32
                  %v1156 = arith.mulf %v1155, %v198 fastmath<contract> : f32
                  %v1157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1156) : (f32) -> f32
                  %v1158 = arith.addf %v45, %v1157 fastmath<contract> : f32
                  %v1159 = arith.divf %v45, %v1158 : f32
                  %v1160 = arith.mulf %v189, %v1159 fastmath<contract> : f32
                  %v1161 = arith.muli %v30, %v143 : i64
                  %v1162 = arith.muli %v28, %v142 : i64
                  %v1163 = arith.addi %v1161, %v1162 : i64
                  %v1164 = arith.muli %v1096, %v1 : i64
                  %v1165 = arith.addi %v1163, %v1164 : i64
                  %v1166 = llvm.getelementptr %in_theta[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
                  %v1168 = arith.mulf %v1167, %v211 fastmath<contract> : f32
                  %v1169 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1168) : (f32) -> f32
                  %v1170 = arith.mulf %v1169, %v214 fastmath<contract> : f32
                  %v1171 = arith.subf %v1167, %v1170 fastmath<contract> : f32
                  %v1172 = arith.mulf %v1169, %v215 fastmath<contract> : f32
                  %v1173 = arith.subf %v1171, %v1172 fastmath<contract> : f32
                  %v1174 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1173) : (f32) -> f32
                  %v1175 = arith.mulf %v1160, %v1174 fastmath<contract> : f32
                  llvm.store %v1175, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v1176 = arith.mulf %v1159, %v1159 fastmath<contract> : f32
                  %v1177 = arith.negf %v1176 : f32
                  llvm.store %v1177, %v41 : f32, !llvm.ptr
                }
                %v1178 = arith.addi %v118, %v484 : i64
                %v1179 = arith.cmpi slt, %v486, %v832 : i32
                %v1180 = arith.cmpi eq, %v486, %v837 : i32
                scf.if %v1179 {
                  %v1181 = arith.addi %v100, %v1178 : i64
                  %v1182 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1183 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1184 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1185 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1186 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1187 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1188 = arith.muli %v30, %v143 : i64
                  %v1189 = arith.muli %v28, %v142 : i64
                  %v1190 = arith.addi %v1188, %v1189 : i64
                  %v1191 = arith.muli %v1181, %v1 : i64
                  %v1192 = arith.addi %v1190, %v1191 : i64
                  %v1193 = llvm.getelementptr %dy_y[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
                  %v1195 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1196 = arith.mulf %v1195, %v1182 fastmath<contract> : f32
                  %v1197 = arith.addf %v1194, %v1196 fastmath<contract> : f32
                  %v1198 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1199 = arith.mulf %v1198, %v1183 fastmath<contract> : f32
                  %v1200 = arith.addf %v1199, %v1197 fastmath<contract> : f32
                  %v1201 = arith.mulf %v1184, %v1195 fastmath<contract> : f32
                  %v1202 = arith.mulf %v1198, %v1186 fastmath<contract> : f32
                  %v1203 = arith.addf %v1202, %v1201 fastmath<contract> : f32
                  %v1204 = arith.mulf %v1185, %v1195 fastmath<contract> : f32
                  %v1205 = arith.mulf %v1198, %v1187 fastmath<contract> : f32
                  %v1206 = arith.addf %v1205, %v1204 fastmath<contract> : f32
                  %v1207 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1208 = arith.mulf %v1207, %v1183 fastmath<contract> : f32
                  %v1209 = arith.addf %v44, %v1208 fastmath<contract> : f32
                  %v1210 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1211 = arith.mulf %v1210, %v1182 fastmath<contract> : f32
                  %v1212 = arith.addf %v1211, %v1209 fastmath<contract> : f32
                  %v1213 = arith.mulf %v1186, %v1207 fastmath<contract> : f32
                  %v1214 = arith.mulf %v1210, %v1184 fastmath<contract> : f32
                  %v1215 = arith.addf %v1214, %v1213 fastmath<contract> : f32
                  %v1216 = arith.mulf %v1187, %v1207 fastmath<contract> : f32
                  %v1217 = arith.mulf %v1210, %v1185 fastmath<contract> : f32
                  %v1218 = arith.addf %v1217, %v1216 fastmath<contract> : f32
                  llvm.store %v1200, %v36 : f32, !llvm.ptr
                  llvm.store %v1203, %v46 : f32, !llvm.ptr
                  llvm.store %v1206, %v47 : f32, !llvm.ptr
                  llvm.store %v1212, %v37 : f32, !llvm.ptr
                  llvm.store %v1215, %v48 : f32, !llvm.ptr
                  llvm.store %v1218, %v49 : f32, !llvm.ptr
                  scf.if %v1180 {
                    %v1219 = arith.muli %v30, %v52 : i64
                    %v1220 = arith.muli %v28, %v1 : i64
                    %v1221 = arith.addi %v1219, %v1220 : i64
                    %v1222 = llvm.getelementptr %dy_h_last[%v1221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1223 = llvm.load %v1222 : !llvm.ptr -> f32
                    %v1224 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1225 = arith.addf %v1224, %v1223 fastmath<contract> : f32
                    llvm.store %v1225, %v36 : f32, !llvm.ptr
                    %v1226 = arith.muli %v30, %v52 : i64
                    %v1227 = arith.muli %v28, %v1 : i64
                    %v1228 = arith.addi %v1226, %v1227 : i64
                    %v1229 = llvm.getelementptr %dy_hp_last[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
                    %v1231 = llvm.load %v37 : !llvm.ptr -> f32
                    %v1232 = arith.addf %v1231, %v1230 fastmath<contract> : f32
                    llvm.store %v1232, %v37 : f32, !llvm.ptr
                  }
                  %v1233 = arith.muli %v30, %v143 : i64
                  %v1234 = arith.muli %v28, %v142 : i64
                  %v1235 = arith.addi %v1233, %v1234 : i64
                  %v1236 = arith.muli %v1181, %v1 : i64
                  %v1237 = arith.addi %v1235, %v1236 : i64
                  %v1238 = llvm.getelementptr %in_rho[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1239 = llvm.load %v1238 : !llvm.ptr -> f32
                  %v1240 = arith.negf %v1239 : f32
                  %v1241 = arith.mulf %v1240, %v198 fastmath<contract> : f32
                  %v1242 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1241) : (f32) -> f32
                  %v1243 = arith.addf %v45, %v1242 fastmath<contract> : f32
                  %v1244 = arith.divf %v45, %v1243 : f32
                  %v1245 = arith.mulf %v189, %v1244 fastmath<contract> : f32
                  %v1246 = arith.muli %v30, %v143 : i64
                  %v1247 = arith.muli %v28, %v142 : i64
                  %v1248 = arith.addi %v1246, %v1247 : i64
                  %v1249 = arith.muli %v1181, %v1 : i64
                  %v1250 = arith.addi %v1248, %v1249 : i64
                  %v1251 = llvm.getelementptr %in_theta[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1252 = llvm.load %v1251 : !llvm.ptr -> f32
                  %v1253 = arith.mulf %v1252, %v211 fastmath<contract> : f32
                  %v1254 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1253) : (f32) -> f32
                  %v1255 = arith.mulf %v1254, %v214 fastmath<contract> : f32
                  %v1256 = arith.subf %v1252, %v1255 fastmath<contract> : f32
                  %v1257 = arith.mulf %v1254, %v215 fastmath<contract> : f32
                  %v1258 = arith.subf %v1256, %v1257 fastmath<contract> : f32
                  %v1259 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1258) : (f32) -> f32
                  %v1260 = arith.mulf %v1245, %v1259 fastmath<contract> : f32
                  llvm.store %v1260, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v1261 = arith.mulf %v1244, %v1244 fastmath<contract> : f32
                  %v1262 = arith.negf %v1261 : f32
                  llvm.store %v1262, %v41 : f32, !llvm.ptr
                }
                %v1263 = arith.addi %v118, %v571 : i64
                %v1264 = arith.cmpi slt, %v573, %v832 : i32
                %v1265 = arith.cmpi eq, %v573, %v837 : i32
                scf.if %v1264 {
                  %v1266 = arith.addi %v100, %v1263 : i64
                  %v1267 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1268 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1269 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1270 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1271 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1272 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1273 = arith.muli %v30, %v143 : i64
                  %v1274 = arith.muli %v28, %v142 : i64
                  %v1275 = arith.addi %v1273, %v1274 : i64
                  %v1276 = arith.muli %v1266, %v1 : i64
                  %v1277 = arith.addi %v1275, %v1276 : i64
                  %v1278 = llvm.getelementptr %dy_y[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1279 = llvm.load %v1278 : !llvm.ptr -> f32
                  %v1280 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1281 = arith.mulf %v1280, %v1267 fastmath<contract> : f32
                  %v1282 = arith.addf %v1279, %v1281 fastmath<contract> : f32
                  %v1283 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1284 = arith.mulf %v1283, %v1268 fastmath<contract> : f32
                  %v1285 = arith.addf %v1284, %v1282 fastmath<contract> : f32
                  %v1286 = arith.mulf %v1269, %v1280 fastmath<contract> : f32
                  %v1287 = arith.mulf %v1283, %v1271 fastmath<contract> : f32
                  %v1288 = arith.addf %v1287, %v1286 fastmath<contract> : f32
                  %v1289 = arith.mulf %v1270, %v1280 fastmath<contract> : f32
                  %v1290 = arith.mulf %v1283, %v1272 fastmath<contract> : f32
                  %v1291 = arith.addf %v1290, %v1289 fastmath<contract> : f32
                  %v1292 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1293 = arith.mulf %v1292, %v1268 fastmath<contract> : f32
                  %v1294 = arith.addf %v44, %v1293 fastmath<contract> : f32
                  %v1295 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1296 = arith.mulf %v1295, %v1267 fastmath<contract> : f32
                  %v1297 = arith.addf %v1296, %v1294 fastmath<contract> : f32
                  %v1298 = arith.mulf %v1271, %v1292 fastmath<contract> : f32
                  %v1299 = arith.mulf %v1295, %v1269 fastmath<contract> : f32
                  %v1300 = arith.addf %v1299, %v1298 fastmath<contract> : f32
                  %v1301 = arith.mulf %v1272, %v1292 fastmath<contract> : f32
                  %v1302 = arith.mulf %v1295, %v1270 fastmath<contract> : f32
                  %v1303 = arith.addf %v1302, %v1301 fastmath<contract> : f32
                  llvm.store %v1285, %v36 : f32, !llvm.ptr
                  llvm.store %v1288, %v46 : f32, !llvm.ptr
                  llvm.store %v1291, %v47 : f32, !llvm.ptr
                  llvm.store %v1297, %v37 : f32, !llvm.ptr
                  llvm.store %v1300, %v48 : f32, !llvm.ptr
                  llvm.store %v1303, %v49 : f32, !llvm.ptr
                  scf.if %v1265 {
                    %v1304 = arith.muli %v30, %v52 : i64
                    %v1305 = arith.muli %v28, %v1 : i64
                    %v1306 = arith.addi %v1304, %v1305 : i64
                    %v1307 = llvm.getelementptr %dy_h_last[%v1306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1308 = llvm.load %v1307 : !llvm.ptr -> f32
                    %v1309 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1310 = arith.addf %v1309, %v1308 fastmath<contract> : f32
                    llvm.store %v1310, %v36 : f32, !llvm.ptr
                    %v1311 = arith.muli %v30, %v52 : i64
                    %v1312 = arith.muli %v28, %v1 : i64
                    %v1313 = arith.addi %v1311, %v1312 : i64
                    %v1314 = llvm.getelementptr %dy_hp_last[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
                    %v1316 = llvm.load %v37 : !llvm.ptr -> f32
                    %v1317 = arith.addf %v1316, %v1315 fastmath<contract> : f32
                    llvm.store %v1317, %v37 : f32, !llvm.ptr
                  }
                  %v1318 = arith.muli %v30, %v143 : i64
                  %v1319 = arith.muli %v28, %v142 : i64
                  %v1320 = arith.addi %v1318, %v1319 : i64
                  %v1321 = arith.muli %v1266, %v1 : i64
                  %v1322 = arith.addi %v1320, %v1321 : i64
                  %v1323 = llvm.getelementptr %in_rho[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
                  %v1325 = arith.negf %v1324 : f32
                  %v1326 = arith.mulf %v1325, %v198 fastmath<contract> : f32
                  %v1327 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1326) : (f32) -> f32
                  %v1328 = arith.addf %v45, %v1327 fastmath<contract> : f32
                  %v1329 = arith.divf %v45, %v1328 : f32
                  %v1330 = arith.mulf %v189, %v1329 fastmath<contract> : f32
                  %v1331 = arith.muli %v30, %v143 : i64
                  %v1332 = arith.muli %v28, %v142 : i64
                  %v1333 = arith.addi %v1331, %v1332 : i64
                  %v1334 = arith.muli %v1266, %v1 : i64
                  %v1335 = arith.addi %v1333, %v1334 : i64
                  %v1336 = llvm.getelementptr %in_theta[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1337 = llvm.load %v1336 : !llvm.ptr -> f32
                  %v1338 = arith.mulf %v1337, %v211 fastmath<contract> : f32
                  %v1339 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1338) : (f32) -> f32
                  %v1340 = arith.mulf %v1339, %v214 fastmath<contract> : f32
                  %v1341 = arith.subf %v1337, %v1340 fastmath<contract> : f32
                  %v1342 = arith.mulf %v1339, %v215 fastmath<contract> : f32
                  %v1343 = arith.subf %v1341, %v1342 fastmath<contract> : f32
                  %v1344 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1343) : (f32) -> f32
                  %v1345 = arith.mulf %v1330, %v1344 fastmath<contract> : f32
                  llvm.store %v1345, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v1346 = arith.mulf %v1329, %v1329 fastmath<contract> : f32
                  %v1347 = arith.negf %v1346 : f32
                  llvm.store %v1347, %v41 : f32, !llvm.ptr
                }
                %v1348 = arith.addi %v118, %v1 : i64
                %v1349 = arith.cmpi slt, %v659, %v832 : i32
                %v1350 = arith.cmpi eq, %v659, %v837 : i32
                scf.if %v1349 {
                  %v1351 = arith.addi %v100, %v1348 : i64
                  %v1352 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1353 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1354 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1355 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1356 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1357 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1358 = arith.muli %v30, %v143 : i64
                  %v1359 = arith.muli %v28, %v142 : i64
                  %v1360 = arith.addi %v1358, %v1359 : i64
                  %v1361 = arith.muli %v1351, %v1 : i64
                  %v1362 = arith.addi %v1360, %v1361 : i64
                  %v1363 = llvm.getelementptr %dy_y[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
                  %v1365 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1366 = arith.mulf %v1365, %v1352 fastmath<contract> : f32
                  %v1367 = arith.addf %v1364, %v1366 fastmath<contract> : f32
                  %v1368 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1369 = arith.mulf %v1368, %v1353 fastmath<contract> : f32
                  %v1370 = arith.addf %v1369, %v1367 fastmath<contract> : f32
                  %v1371 = arith.mulf %v1354, %v1365 fastmath<contract> : f32
                  %v1372 = arith.mulf %v1368, %v1356 fastmath<contract> : f32
                  %v1373 = arith.addf %v1372, %v1371 fastmath<contract> : f32
                  %v1374 = arith.mulf %v1355, %v1365 fastmath<contract> : f32
                  %v1375 = arith.mulf %v1368, %v1357 fastmath<contract> : f32
                  %v1376 = arith.addf %v1375, %v1374 fastmath<contract> : f32
                  %v1377 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1378 = arith.mulf %v1377, %v1353 fastmath<contract> : f32
                  %v1379 = arith.addf %v44, %v1378 fastmath<contract> : f32
                  %v1380 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1381 = arith.mulf %v1380, %v1352 fastmath<contract> : f32
                  %v1382 = arith.addf %v1381, %v1379 fastmath<contract> : f32
                  %v1383 = arith.mulf %v1356, %v1377 fastmath<contract> : f32
                  %v1384 = arith.mulf %v1380, %v1354 fastmath<contract> : f32
                  %v1385 = arith.addf %v1384, %v1383 fastmath<contract> : f32
                  %v1386 = arith.mulf %v1357, %v1377 fastmath<contract> : f32
                  %v1387 = arith.mulf %v1380, %v1355 fastmath<contract> : f32
                  %v1388 = arith.addf %v1387, %v1386 fastmath<contract> : f32
                  llvm.store %v1370, %v36 : f32, !llvm.ptr
                  llvm.store %v1373, %v46 : f32, !llvm.ptr
                  llvm.store %v1376, %v47 : f32, !llvm.ptr
                  llvm.store %v1382, %v37 : f32, !llvm.ptr
                  llvm.store %v1385, %v48 : f32, !llvm.ptr
                  llvm.store %v1388, %v49 : f32, !llvm.ptr
                  scf.if %v1350 {
                    %v1389 = arith.muli %v30, %v52 : i64
                    %v1390 = arith.muli %v28, %v1 : i64
                    %v1391 = arith.addi %v1389, %v1390 : i64
                    %v1392 = llvm.getelementptr %dy_h_last[%v1391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1393 = llvm.load %v1392 : !llvm.ptr -> f32
                    %v1394 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1395 = arith.addf %v1394, %v1393 fastmath<contract> : f32
                    llvm.store %v1395, %v36 : f32, !llvm.ptr
                    %v1396 = arith.muli %v30, %v52 : i64
                    %v1397 = arith.muli %v28, %v1 : i64
                    %v1398 = arith.addi %v1396, %v1397 : i64
                    %v1399 = llvm.getelementptr %dy_hp_last[%v1398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1400 = llvm.load %v1399 : !llvm.ptr -> f32
                    %v1401 = llvm.load %v37 : !llvm.ptr -> f32
                    %v1402 = arith.addf %v1401, %v1400 fastmath<contract> : f32
                    llvm.store %v1402, %v37 : f32, !llvm.ptr
                  }
                  %v1403 = arith.muli %v30, %v143 : i64
                  %v1404 = arith.muli %v28, %v142 : i64
                  %v1405 = arith.addi %v1403, %v1404 : i64
                  %v1406 = arith.muli %v1351, %v1 : i64
                  %v1407 = arith.addi %v1405, %v1406 : i64
                  %v1408 = llvm.getelementptr %in_rho[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
                  %v1410 = arith.negf %v1409 : f32
                  %v1411 = arith.mulf %v1410, %v198 fastmath<contract> : f32
                  %v1412 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1411) : (f32) -> f32
                  %v1413 = arith.addf %v45, %v1412 fastmath<contract> : f32
                  %v1414 = arith.divf %v45, %v1413 : f32
                  %v1415 = arith.mulf %v189, %v1414 fastmath<contract> : f32
                  %v1416 = arith.muli %v30, %v143 : i64
                  %v1417 = arith.muli %v28, %v142 : i64
                  %v1418 = arith.addi %v1416, %v1417 : i64
                  %v1419 = arith.muli %v1351, %v1 : i64
                  %v1420 = arith.addi %v1418, %v1419 : i64
                  %v1421 = llvm.getelementptr %in_theta[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
                  %v1423 = arith.mulf %v1422, %v211 fastmath<contract> : f32
                  %v1424 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1423) : (f32) -> f32
                  %v1425 = arith.mulf %v1424, %v214 fastmath<contract> : f32
                  %v1426 = arith.subf %v1422, %v1425 fastmath<contract> : f32
                  %v1427 = arith.mulf %v1424, %v215 fastmath<contract> : f32
                  %v1428 = arith.subf %v1426, %v1427 fastmath<contract> : f32
                  %v1429 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1428) : (f32) -> f32
                  %v1430 = arith.mulf %v1415, %v1429 fastmath<contract> : f32
                  llvm.store %v1430, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v1431 = arith.mulf %v1414, %v1414 fastmath<contract> : f32
                  %v1432 = arith.negf %v1431 : f32
                  llvm.store %v1432, %v41 : f32, !llvm.ptr
                }
                %v1433 = arith.addi %v118, %v50 : i64
                %v1434 = arith.cmpi slt, %v745, %v832 : i32
                %v1435 = arith.cmpi eq, %v745, %v837 : i32
                scf.if %v1434 {
                  %v1436 = arith.addi %v100, %v1433 : i64
                  %v1437 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1438 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1439 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1440 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1441 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1442 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1443 = arith.muli %v30, %v143 : i64
                  %v1444 = arith.muli %v28, %v142 : i64
                  %v1445 = arith.addi %v1443, %v1444 : i64
                  %v1446 = arith.muli %v1436, %v1 : i64
                  %v1447 = arith.addi %v1445, %v1446 : i64
                  %v1448 = llvm.getelementptr %dy_y[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1449 = llvm.load %v1448 : !llvm.ptr -> f32
                  %v1450 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1451 = arith.mulf %v1450, %v1437 fastmath<contract> : f32
                  %v1452 = arith.addf %v1449, %v1451 fastmath<contract> : f32
                  %v1453 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1454 = arith.mulf %v1453, %v1438 fastmath<contract> : f32
                  %v1455 = arith.addf %v1454, %v1452 fastmath<contract> : f32
                  %v1456 = arith.mulf %v1439, %v1450 fastmath<contract> : f32
                  %v1457 = arith.mulf %v1453, %v1441 fastmath<contract> : f32
                  %v1458 = arith.addf %v1457, %v1456 fastmath<contract> : f32
                  %v1459 = arith.mulf %v1440, %v1450 fastmath<contract> : f32
                  %v1460 = arith.mulf %v1453, %v1442 fastmath<contract> : f32
                  %v1461 = arith.addf %v1460, %v1459 fastmath<contract> : f32
                  %v1462 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1463 = arith.mulf %v1462, %v1438 fastmath<contract> : f32
                  %v1464 = arith.addf %v44, %v1463 fastmath<contract> : f32
                  %v1465 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1466 = arith.mulf %v1465, %v1437 fastmath<contract> : f32
                  %v1467 = arith.addf %v1466, %v1464 fastmath<contract> : f32
                  %v1468 = arith.mulf %v1441, %v1462 fastmath<contract> : f32
                  %v1469 = arith.mulf %v1465, %v1439 fastmath<contract> : f32
                  %v1470 = arith.addf %v1469, %v1468 fastmath<contract> : f32
                  %v1471 = arith.mulf %v1442, %v1462 fastmath<contract> : f32
                  %v1472 = arith.mulf %v1465, %v1440 fastmath<contract> : f32
                  %v1473 = arith.addf %v1472, %v1471 fastmath<contract> : f32
                  llvm.store %v1455, %v36 : f32, !llvm.ptr
                  llvm.store %v1458, %v46 : f32, !llvm.ptr
                  llvm.store %v1461, %v47 : f32, !llvm.ptr
                  llvm.store %v1467, %v37 : f32, !llvm.ptr
                  llvm.store %v1470, %v48 : f32, !llvm.ptr
                  llvm.store %v1473, %v49 : f32, !llvm.ptr
                  scf.if %v1435 {
                    %v1474 = arith.muli %v30, %v52 : i64
                    %v1475 = arith.muli %v28, %v1 : i64
                    %v1476 = arith.addi %v1474, %v1475 : i64
                    %v1477 = llvm.getelementptr %dy_h_last[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1478 = llvm.load %v1477 : !llvm.ptr -> f32
                    %v1479 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1480 = arith.addf %v1479, %v1478 fastmath<contract> : f32
                    llvm.store %v1480, %v36 : f32, !llvm.ptr
                    %v1481 = arith.muli %v30, %v52 : i64
                    %v1482 = arith.muli %v28, %v1 : i64
                    %v1483 = arith.addi %v1481, %v1482 : i64
                    %v1484 = llvm.getelementptr %dy_hp_last[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1485 = llvm.load %v1484 : !llvm.ptr -> f32
                    %v1486 = llvm.load %v37 : !llvm.ptr -> f32
                    %v1487 = arith.addf %v1486, %v1485 fastmath<contract> : f32
                    llvm.store %v1487, %v37 : f32, !llvm.ptr
                  }
                  %v1488 = arith.muli %v30, %v143 : i64
                  %v1489 = arith.muli %v28, %v142 : i64
                  %v1490 = arith.addi %v1488, %v1489 : i64
                  %v1491 = arith.muli %v1436, %v1 : i64
                  %v1492 = arith.addi %v1490, %v1491 : i64
                  %v1493 = llvm.getelementptr %in_rho[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
                  %v1495 = arith.negf %v1494 : f32
                  %v1496 = arith.mulf %v1495, %v198 fastmath<contract> : f32
                  %v1497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1496) : (f32) -> f32
                  %v1498 = arith.addf %v45, %v1497 fastmath<contract> : f32
                  %v1499 = arith.divf %v45, %v1498 : f32
                  %v1500 = arith.mulf %v189, %v1499 fastmath<contract> : f32
                  %v1501 = arith.muli %v30, %v143 : i64
                  %v1502 = arith.muli %v28, %v142 : i64
                  %v1503 = arith.addi %v1501, %v1502 : i64
                  %v1504 = arith.muli %v1436, %v1 : i64
                  %v1505 = arith.addi %v1503, %v1504 : i64
                  %v1506 = llvm.getelementptr %in_theta[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
                  %v1508 = arith.mulf %v1507, %v211 fastmath<contract> : f32
                  %v1509 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1508) : (f32) -> f32
                  %v1510 = arith.mulf %v1509, %v214 fastmath<contract> : f32
                  %v1511 = arith.subf %v1507, %v1510 fastmath<contract> : f32
                  %v1512 = arith.mulf %v1509, %v215 fastmath<contract> : f32
                  %v1513 = arith.subf %v1511, %v1512 fastmath<contract> : f32
                  %v1514 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1513) : (f32) -> f32
                  %v1515 = arith.mulf %v1500, %v1514 fastmath<contract> : f32
                  llvm.store %v1515, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v1516 = arith.mulf %v1499, %v1499 fastmath<contract> : f32
                  %v1517 = arith.negf %v1516 : f32
                  llvm.store %v1517, %v41 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v25 {
        %v1518 = llvm.load %v36 : !llvm.ptr -> f32
        %v1519 = arith.muli %v50, %v7 : i64
        %v1520 = arith.addi %v1519, %v21 : i64
        %v1521 = arith.muli %v1520, %v1 : i64
        %v1522 = arith.addi %v1521, %v50 : i64
        %v1523 = arith.muli %v1522, %v3 : i64
        %v1524 = arith.subi %v3, %v1 : i64
        %v1525 = arith.minsi %v24, %v1524 : i64
        %v1526 = arith.addi %v1523, %v1525 : i64
        %v1527 = llvm.getelementptr %segsum_h[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1518, %v1527 : f32, !llvm.ptr
        %v1528 = llvm.load %v46 : !llvm.ptr -> f32
        %v1529 = arith.muli %v1, %v7 : i64
        %v1530 = arith.addi %v1529, %v21 : i64
        %v1531 = arith.muli %v1530, %v1 : i64
        %v1532 = arith.addi %v1531, %v50 : i64
        %v1533 = arith.muli %v1532, %v3 : i64
        %v1534 = arith.subi %v3, %v1 : i64
        %v1535 = arith.minsi %v24, %v1534 : i64
        %v1536 = arith.addi %v1533, %v1535 : i64
        %v1537 = llvm.getelementptr %segsum_h[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1528, %v1537 : f32, !llvm.ptr
        %v1538 = llvm.load %v47 : !llvm.ptr -> f32
        %v1539 = arith.muli %v571, %v7 : i64
        %v1540 = arith.addi %v1539, %v21 : i64
        %v1541 = arith.muli %v1540, %v1 : i64
        %v1542 = arith.addi %v1541, %v50 : i64
        %v1543 = arith.muli %v1542, %v3 : i64
        %v1544 = arith.subi %v3, %v1 : i64
        %v1545 = arith.minsi %v24, %v1544 : i64
        %v1546 = arith.addi %v1543, %v1545 : i64
        %v1547 = llvm.getelementptr %segsum_h[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1538, %v1547 : f32, !llvm.ptr
        %v1548 = llvm.load %v38 : !llvm.ptr -> f32
        %v1549 = arith.muli %v484, %v7 : i64
        %v1550 = arith.addi %v1549, %v21 : i64
        %v1551 = arith.muli %v1550, %v1 : i64
        %v1552 = arith.addi %v1551, %v50 : i64
        %v1553 = arith.muli %v1552, %v3 : i64
        %v1554 = arith.subi %v3, %v1 : i64
        %v1555 = arith.minsi %v24, %v1554 : i64
        %v1556 = arith.addi %v1553, %v1555 : i64
        %v1557 = llvm.getelementptr %segsum_h[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1548, %v1557 : f32, !llvm.ptr
        %v1558 = llvm.load %v40 : !llvm.ptr -> f32
        %v1559 = arith.muli %v32, %v7 : i64
        %v1560 = arith.addi %v1559, %v21 : i64
        %v1561 = arith.muli %v1560, %v1 : i64
        %v1562 = arith.addi %v1561, %v50 : i64
        %v1563 = arith.muli %v1562, %v3 : i64
        %v1564 = arith.subi %v3, %v1 : i64
        %v1565 = arith.minsi %v24, %v1564 : i64
        %v1566 = arith.addi %v1563, %v1565 : i64
        %v1567 = llvm.getelementptr %segsum_h[%v1566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1558, %v1567 : f32, !llvm.ptr
        %v1568 = llvm.load %v37 : !llvm.ptr -> f32
        %v1569 = arith.muli %v50, %v7 : i64
        %v1570 = arith.addi %v1569, %v21 : i64
        %v1571 = arith.muli %v1570, %v1 : i64
        %v1572 = arith.addi %v1571, %v50 : i64
        %v1573 = arith.muli %v1572, %v3 : i64
        %v1574 = arith.subi %v3, %v1 : i64
        %v1575 = arith.minsi %v24, %v1574 : i64
        %v1576 = arith.addi %v1573, %v1575 : i64
        %v1577 = llvm.getelementptr %segsum_hp[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1568, %v1577 : f32, !llvm.ptr
        %v1578 = llvm.load %v48 : !llvm.ptr -> f32
        %v1579 = arith.muli %v1, %v7 : i64
        %v1580 = arith.addi %v1579, %v21 : i64
        %v1581 = arith.muli %v1580, %v1 : i64
        %v1582 = arith.addi %v1581, %v50 : i64
        %v1583 = arith.muli %v1582, %v3 : i64
        %v1584 = arith.subi %v3, %v1 : i64
        %v1585 = arith.minsi %v24, %v1584 : i64
        %v1586 = arith.addi %v1583, %v1585 : i64
        %v1587 = llvm.getelementptr %segsum_hp[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1578, %v1587 : f32, !llvm.ptr
        %v1588 = llvm.load %v49 : !llvm.ptr -> f32
        %v1589 = arith.muli %v571, %v7 : i64
        %v1590 = arith.addi %v1589, %v21 : i64
        %v1591 = arith.muli %v1590, %v1 : i64
        %v1592 = arith.addi %v1591, %v50 : i64
        %v1593 = arith.muli %v1592, %v3 : i64
        %v1594 = arith.subi %v3, %v1 : i64
        %v1595 = arith.minsi %v24, %v1594 : i64
        %v1596 = arith.addi %v1593, %v1595 : i64
        %v1597 = llvm.getelementptr %segsum_hp[%v1596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1588, %v1597 : f32, !llvm.ptr
        %v1598 = llvm.load %v41 : !llvm.ptr -> f32
        %v1599 = arith.muli %v484, %v7 : i64
        %v1600 = arith.addi %v1599, %v21 : i64
        %v1601 = arith.muli %v1600, %v1 : i64
        %v1602 = arith.addi %v1601, %v50 : i64
        %v1603 = arith.muli %v1602, %v3 : i64
        %v1604 = arith.subi %v3, %v1 : i64
        %v1605 = arith.minsi %v24, %v1604 : i64
        %v1606 = arith.addi %v1603, %v1605 : i64
        %v1607 = llvm.getelementptr %segsum_hp[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1598, %v1607 : f32, !llvm.ptr
        %v1608 = llvm.load %v39 : !llvm.ptr -> f32
        %v1609 = arith.muli %v32, %v7 : i64
        %v1610 = arith.addi %v1609, %v21 : i64
        %v1611 = arith.muli %v1610, %v1 : i64
        %v1612 = arith.addi %v1611, %v50 : i64
        %v1613 = arith.muli %v1612, %v3 : i64
        %v1614 = arith.subi %v3, %v1 : i64
        %v1615 = arith.minsi %v24, %v1614 : i64
        %v1616 = arith.addi %v1613, %v1615 : i64
        %v1617 = llvm.getelementptr %segsum_hp[%v1616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1608, %v1617 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
