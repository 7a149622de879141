module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_bwd(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %dy_hp_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_hp: !llvm.ptr, %dx_x: !llvm.ptr, %dx_rho: !llvm.ptr, %dx_theta: !llvm.ptr, %dx_h0: !llvm.ptr, %dx_hp0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v14 = arith.constant 256 : i64
      %v24 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = arith.constant 0x00000000 : f32
      %v33 = arith.constant 0x3F800000 : f32
      %v34 = arith.muli %v1, %size_D : i64
      %v49 = arith.constant 0 : i64
      %v67 = arith.constant 64 : i64
      %v68 = arith.constant 8 : i64
      %v69 = arith.constant 7 : i64
      %v88 = arith.muli %v1, %size_B : i64
      %v89 = arith.muli %v88, %size_D : i64
      %v97 = arith.muli %v1, %size_B : i64
      %v98 = arith.muli %v97, %size_D : i64
      %v139 = arith.constant 0x40000000 : f32
      %v140 = arith.muli %v1, %size_L : i64
      %v141 = arith.muli %v140, %size_D : i64
      %v150 = arith.constant 0x3FB8AA3B : f32
      %v163 = arith.constant 0x3E22F983 : f32
      %v166 = arith.constant 0x40C90000 : f32
      %v167 = arith.constant 0x3AFDAA22 : f32
      %v324 = arith.constant 2 : i64
      %v373 = arith.constant 3 : i64
      %v422 = arith.constant 4 : i64
      %v471 = arith.constant 5 : i64
      %v520 = arith.constant 6 : i64
      %v622 = arith.constant 2147483647 : i64
      %v626 = arith.constant 7 : i32
      %v722 = arith.constant 6 : i32
      %v818 = arith.constant 5 : i32
      %v914 = arith.constant 4 : i32
      %v1010 = arith.constant 3 : i32
      %v1106 = arith.constant 2 : i32
      %v1202 = arith.constant 1 : i32
      %v1298 = arith.constant 0 : i32
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v15 = arith.muli %v13, %v14 : i64
      %v16 = arith.addi %v15, %v12 : i64
      %v17 = arith.cmpi slt, %v16, %v3 : i64
      %v18 = arith.subi %v3, %v1 : i64
      %v19 = arith.minsi %v16, %v18 : i64
      %v20 = arith.remui %v19, %size_D : i64
      %v21 = arith.divui %v19, %size_D : i64
      %v22 = arith.remui %v21, %size_B : i64
      %v23 = arith.divui %v21, %size_B : i64
      llvm.store %v32, %v24 : f32, !llvm.ptr
      llvm.store %v32, %v25 : f32, !llvm.ptr
      llvm.store %v33, %v26 : f32, !llvm.ptr
      llvm.store %v33, %v27 : f32, !llvm.ptr
      llvm.store %v32, %v28 : f32, !llvm.ptr
      llvm.store %v32, %v29 : f32, !llvm.ptr
      llvm.store %v32, %v30 : f32, !llvm.ptr
      llvm.store %v32, %v31 : f32, !llvm.ptr
      %v35 = arith.muli %v22, %v34 : i64
      %v36 = arith.muli %v20, %v1 : i64
      %v37 = arith.addi %v35, %v36 : i64
      %v38 = llvm.getelementptr %dy_h_last[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v39 = llvm.load %v38 : !llvm.ptr -> f32
      %v40 = llvm.load %v24 : !llvm.ptr -> f32
      %v41 = arith.addf %v40, %v39 fastmath<contract> : f32
      llvm.store %v41, %v24 : f32, !llvm.ptr
      %v42 = arith.muli %v22, %v34 : i64
      %v43 = arith.muli %v20, %v1 : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v45 = llvm.getelementptr %dy_hp_last[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v46 = llvm.load %v45 : !llvm.ptr -> f32
      %v47 = llvm.load %v25 : !llvm.ptr -> f32
      %v48 = arith.addf %v47, %v46 fastmath<contract> : f32
      llvm.store %v48, %v25 : f32, !llvm.ptr
      %v50 = arith.cmpi eq, %size_L, %v49 : i64
      scf.if %v50 {
        %v51 = arith.muli %v22, %v34 : i64
        %v52 = arith.muli %v20, %v1 : i64
        %v53 = arith.addi %v51, %v52 : i64
        %v54 = llvm.mlir.zero : !llvm.ptr
        %v55 = llvm.icmp "ne" %in_h0, %v54 : !llvm.ptr
        %v56 = scf.if %v55 -> (f32) {
          %v57 = llvm.getelementptr %in_h0[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v58 = llvm.load %v57 : !llvm.ptr -> f32
          scf.yield %v58 : f32
        } else {
          scf.yield %v32 : f32
        }
        llvm.store %v56, %v8 : f32, !llvm.ptr
        %v59 = arith.muli %v22, %v34 : i64
        %v60 = arith.muli %v20, %v1 : i64
        %v61 = arith.addi %v59, %v60 : i64
        %v62 = llvm.mlir.zero : !llvm.ptr
        %v63 = llvm.icmp "ne" %in_hp0, %v62 : !llvm.ptr
        %v64 = scf.if %v63 -> (f32) {
          %v65 = llvm.getelementptr %in_hp0[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v66 = llvm.load %v65 : !llvm.ptr -> f32
          scf.yield %v66 : f32
        } else {
          scf.yield %v32 : f32
        }
        llvm.store %v64, %v9 : f32, !llvm.ptr
      }
      %v70 = arith.subi %v67, %v1 : i64
      %v71 = arith.addi %size_L, %v70 : i64
      %v72 = arith.divui %v71, %v67 : i64
      %v73 = arith.subi %v72, %v49 : i64
      %v74 = arith.maxsi %v73, %v49 : i64
      %v75 = arith.index_cast %v49 : i64 to index
      %v76 = arith.index_cast %v74 : i64 to index
      %v77 = arith.index_cast %v1 : i64 to index
      scf.for %v78 = %v75 to %v76 step %v77 {
        %v79 = arith.index_cast %v78 : index to i64
        %v80 = arith.subi %v72, %v1 : i64
        %v81 = arith.subi %v80, %v79 : i64
        %v82 = arith.muli %v81, %v67 : i64
        %v83 = arith.subi %size_L, %v82 : i64
        %v84 = arith.minsi %v83, %v67 : i64
        %v85 = arith.addi %v84, %v69 : i64
        %v86 = arith.divui %v85, %v68 : i64
        %v87 = arith.subi %v84, %v1 : i64
        %v90 = arith.muli %v81, %v89 : i64
        %v91 = arith.muli %v22, %v34 : i64
        %v92 = arith.muli %v20, %v1 : i64
        %v93 = arith.addi %v91, %v92 : i64
        %v94 = arith.addi %v90, %v93 : i64
        %v95 = llvm.getelementptr %ckpt_h[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v96 = llvm.load %v95 : !llvm.ptr -> f32
        llvm.store %v96, %v6 : f32, !llvm.ptr
        %v99 = arith.muli %v81, %v98 : i64
        %v100 = arith.muli %v22, %v34 : i64
        %v101 = arith.muli %v20, %v1 : i64
        %v102 = arith.addi %v100, %v101 : i64
        %v103 = arith.addi %v99, %v102 : i64
        %v104 = llvm.getelementptr %ckpt_hp[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v105 = llvm.load %v104 : !llvm.ptr -> f32
        llvm.store %v105, %v7 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v106 = arith.index_cast %v49 : i64 to index
        %v107 = arith.index_cast %v86 : i64 to index
        %v108 = arith.index_cast %v1 : i64 to index
        scf.for %v109 = %v106 to %v107 step %v108 {
          %v110 = arith.index_cast %v109 : index to i64
          scf.if %v17 {
            %v111 = llvm.load %v6 : !llvm.ptr -> f32
            %v112 = arith.muli %v110, %v3 : i64
            %v113 = arith.subi %v3, %v1 : i64
            %v114 = arith.minsi %v16, %v113 : i64
            %v115 = arith.addi %v112, %v114 : i64
            %v116 = arith.muli %v115, %v1 : i64
            %v117 = arith.addi %v116, %v49 : i64
            %v118 = llvm.getelementptr %scratch_h[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v111, %v118 : f32, !llvm.ptr
            %v119 = llvm.load %v7 : !llvm.ptr -> f32
            %v120 = arith.muli %v110, %v3 : i64
            %v121 = arith.subi %v3, %v1 : i64
            %v122 = arith.minsi %v16, %v121 : i64
            %v123 = arith.addi %v120, %v122 : i64
            %v124 = arith.muli %v123, %v1 : i64
            %v125 = arith.addi %v124, %v49 : i64
            %v126 = llvm.getelementptr %scratch_hp[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v119, %v126 : f32, !llvm.ptr
          }
          %v127 = arith.muli %v110, %v68 : i64
          %v128 = arith.subi %v84, %v127 : i64
          %v129 = arith.trunci %v128 : i64 to i32
          %v130 = arith.index_cast %v49 : i64 to index
          %v131 = arith.index_cast %v68 : i64 to index
          %v132 = arith.index_cast %v1 : i64 to index
          scf.for %v133 = %v130 to %v131 step %v132 {
            %v134 = arith.index_cast %v133 : index to i64
            %v135 = arith.trunci %v134 : i64 to i32
            %v136 = arith.addi %v127, %v134 : i64
            %v137 = arith.cmpi slt, %v135, %v129 : i32
            scf.if %v137 {
              %v138 = arith.addi %v82, %v136 : i64
              %v142 = arith.muli %v22, %v141 : i64
              %v143 = arith.muli %v20, %v140 : i64
              %v144 = arith.addi %v142, %v143 : i64
              %v145 = arith.muli %v138, %v1 : i64
              %v146 = arith.addi %v144, %v145 : i64
              %v147 = llvm.getelementptr %in_rho[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v148 = llvm.load %v147 : !llvm.ptr -> f32
              %v149 = arith.negf %v148 : f32
              %v151 = arith.mulf %v149, %v150 fastmath<contract> : f32
              %v152 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v151) : (f32) -> f32
              %v153 = arith.addf %v33, %v152 fastmath<contract> : f32
              %v154 = arith.divf %v33, %v153 : f32
              %v155 = arith.mulf %v139, %v154 fastmath<contract> : f32
              %v156 = arith.muli %v22, %v141 : i64
              %v157 = arith.muli %v20, %v140 : i64
              %v158 = arith.addi %v156, %v157 : i64
              %v159 = arith.muli %v138, %v1 : i64
              %v160 = arith.addi %v158, %v159 : i64
              %v161 = llvm.getelementptr %in_theta[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v162 = llvm.load %v161 : !llvm.ptr -> f32
              %v164 = arith.mulf %v162, %v163 fastmath<contract> : f32
              %v165 = llvm.call_intrinsic "llvm.roundeven.f32"(%v164) : (f32) -> f32
              %v168 = arith.mulf %v165, %v166 fastmath<contract> : f32
              %v169 = arith.subf %v162, %v168 fastmath<contract> : f32
              %v170 = arith.mulf %v165, %v167 fastmath<contract> : f32
              %v171 = arith.subf %v169, %v170 fastmath<contract> : f32
              %v172 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v171) : (f32) -> f32
              %v173 = arith.mulf %v155, %v172 fastmath<contract> : f32
              %v174 = arith.muli %v22, %v141 : i64
              %v175 = arith.muli %v20, %v140 : i64
              %v176 = arith.addi %v174, %v175 : i64
              %v177 = arith.muli %v138, %v1 : i64
              %v178 = arith.addi %v176, %v177 : i64
              %v179 = llvm.getelementptr %in_x[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v180 = llvm.load %v179 : !llvm.ptr -> f32
              %v181 = llvm.load %v6 : !llvm.ptr -> f32
              %v182 = arith.mulf %v173, %v181 fastmath<contract> : f32
              %v183 = arith.addf %v182, %v180 fastmath<contract> : f32
              %v184 = arith.mulf %v154, %v154 fastmath<contract> : f32
              %v185 = arith.negf %v184 : f32
              %v186 = llvm.load %v7 : !llvm.ptr -> f32
              %v187 = arith.mulf %v185, %v186 fastmath<contract> : f32
              %v188 = arith.addf %v183, %v187 fastmath<contract> : f32
              %v189 = llvm.load %v7 : !llvm.ptr -> f32
              %v190 = arith.mulf %v32, %v189 fastmath<contract> : f32
              %v191 = arith.addf %v190, %v32 fastmath<contract> : f32
              %v192 = llvm.load %v6 : !llvm.ptr -> f32
              %v193 = arith.mulf %v33, %v192 fastmath<contract> : f32
              %v194 = arith.addf %v191, %v193 fastmath<contract> : f32
              llvm.store %v188, %v6 : f32, !llvm.ptr
              llvm.store %v194, %v7 : f32, !llvm.ptr
            }
          }
        }
        %v195 = arith.index_cast %v49 : i64 to index
        %v196 = arith.index_cast %v1 : i64 to index
        %v197 = arith.index_cast %v1 : i64 to index
        scf.for %v198 = %v195 to %v196 step %v197 {
          %v199 = arith.index_cast %v198 : index to i64
          %v200 = arith.index_cast %v49 : i64 to index
          %v201 = arith.index_cast %v86 : i64 to index
          %v202 = arith.index_cast %v1 : i64 to index
          scf.for %v203 = %v200 to %v201 step %v202 {
            %v204 = arith.index_cast %v203 : index to i64
            %v205 = arith.cmpi slt, %v204, %v86 : i64
            scf.if %v205 {
              %v206 = arith.subi %v86, %v1 : i64
              %v207 = arith.subi %v206, %v204 : i64
              %v208 = arith.muli %v207, %v68 : i64
              %v209 = arith.addi %v208, %v68 : i64
              %v210 = arith.cmpi sle, %v209, %v84 : i64
              scf.if %v210 {
                %v211 = arith.subi %v84, %v1 : i64
                %v212 = arith.muli %v207, %v3 : i64
                %v213 = arith.subi %v3, %v1 : i64
                %v214 = arith.minsi %v16, %v213 : i64
                %v215 = arith.addi %v212, %v214 : i64
                %v216 = arith.muli %v215, %v1 : i64
                %v217 = arith.addi %v216, %v49 : i64
                %v218 = llvm.getelementptr %scratch_h[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v219 = llvm.load %v218 : !llvm.ptr -> f32
                %v220 = arith.muli %v207, %v3 : i64
                %v221 = arith.subi %v3, %v1 : i64
                %v222 = arith.minsi %v16, %v221 : i64
                %v223 = arith.addi %v220, %v222 : i64
                %v224 = arith.muli %v223, %v1 : i64
                %v225 = arith.addi %v224, %v49 : i64
                %v226 = llvm.getelementptr %scratch_hp[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v227 = llvm.load %v226 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v228 = arith.addi %v208, %v49 : i64
                %v229 = arith.minsi %v228, %v211 : i64
                %v230 = arith.addi %v82, %v229 : i64
                %v231 = arith.muli %v22, %v141 : i64
                %v232 = arith.muli %v20, %v140 : i64
                %v233 = arith.addi %v231, %v232 : i64
                %v234 = arith.muli %v230, %v1 : i64
                %v235 = arith.addi %v233, %v234 : i64
                %v236 = llvm.getelementptr %in_rho[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v237 = llvm.load %v236 : !llvm.ptr -> f32
                %v238 = arith.negf %v237 : f32
                %v239 = arith.mulf %v238, %v150 fastmath<contract> : f32
                %v240 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v239) : (f32) -> f32
                %v241 = arith.addf %v33, %v240 fastmath<contract> : f32
                %v242 = arith.divf %v33, %v241 : f32
                %v243 = arith.mulf %v139, %v242 fastmath<contract> : f32
                %v244 = arith.muli %v22, %v141 : i64
                %v245 = arith.muli %v20, %v140 : i64
                %v246 = arith.addi %v244, %v245 : i64
                %v247 = arith.muli %v230, %v1 : i64
                %v248 = arith.addi %v246, %v247 : i64
                %v249 = llvm.getelementptr %in_theta[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v250 = llvm.load %v249 : !llvm.ptr -> f32
                %v251 = arith.mulf %v250, %v163 fastmath<contract> : f32
                %v252 = llvm.call_intrinsic "llvm.roundeven.f32"(%v251) : (f32) -> f32
                %v253 = arith.mulf %v252, %v166 fastmath<contract> : f32
                %v254 = arith.subf %v250, %v253 fastmath<contract> : f32
                %v255 = arith.mulf %v252, %v167 fastmath<contract> : f32
                %v256 = arith.subf %v254, %v255 fastmath<contract> : f32
                %v257 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v256) : (f32) -> f32
                %v258 = arith.mulf %v243, %v257 fastmath<contract> : f32
                %v259 = arith.muli %v22, %v141 : i64
                %v260 = arith.muli %v20, %v140 : i64
                %v261 = arith.addi %v259, %v260 : i64
                %v262 = arith.muli %v230, %v1 : i64
                %v263 = arith.addi %v261, %v262 : i64
                %v264 = llvm.getelementptr %in_x[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v265 = llvm.load %v264 : !llvm.ptr -> f32
                %v266 = arith.mulf %v258, %v219 fastmath<contract> : f32
                %v267 = arith.addf %v266, %v265 fastmath<contract> : f32
                %v268 = arith.mulf %v242, %v242 fastmath<contract> : f32
                %v269 = arith.negf %v268 : f32
                %v270 = arith.mulf %v269, %v227 fastmath<contract> : f32
                %v271 = arith.addf %v267, %v270 fastmath<contract> : f32
                %v272 = arith.mulf %v32, %v227 fastmath<contract> : f32
                %v273 = arith.addf %v272, %v32 fastmath<contract> : f32
                %v274 = arith.mulf %v33, %v219 fastmath<contract> : f32
                %v275 = arith.addf %v273, %v274 fastmath<contract> : f32
                %v276 = arith.addi %v208, %v1 : i64
                %v277 = arith.minsi %v276, %v211 : i64
                %v278 = arith.addi %v82, %v277 : i64
                %v279 = arith.muli %v22, %v141 : i64
                %v280 = arith.muli %v20, %v140 : i64
                %v281 = arith.addi %v279, %v280 : i64
                %v282 = arith.muli %v278, %v1 : i64
                %v283 = arith.addi %v281, %v282 : i64
                %v284 = llvm.getelementptr %in_rho[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v285 = llvm.load %v284 : !llvm.ptr -> f32
                %v286 = arith.negf %v285 : f32
                %v287 = arith.mulf %v286, %v150 fastmath<contract> : f32
                %v288 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v287) : (f32) -> f32
                %v289 = arith.addf %v33, %v288 fastmath<contract> : f32
                %v290 = arith.divf %v33, %v289 : f32
                %v291 = arith.mulf %v139, %v290 fastmath<contract> : f32
                %v292 = arith.muli %v22, %v141 : i64
                %v293 = arith.muli %v20, %v140 : i64
                %v294 = arith.addi %v292, %v293 : i64
                %v295 = arith.muli %v278, %v1 : i64
                %v296 = arith.addi %v294, %v295 : i64
                %v297 = llvm.getelementptr %in_theta[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v298 = llvm.load %v297 : !llvm.ptr -> f32
                %v299 = arith.mulf %v298, %v163 fastmath<contract> : f32
                %v300 = llvm.call_intrinsic "llvm.roundeven.f32"(%v299) : (f32) -> f32
                %v301 = arith.mulf %v300, %v166 fastmath<contract> : f32
                %v302 = arith.subf %v298, %v301 fastmath<contract> : f32
                %v303 = arith.mulf %v300, %v167 fastmath<contract> : f32
                %v304 = arith.subf %v302, %v303 fastmath<contract> : f32
                %v305 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v304) : (f32) -> f32
                %v306 = arith.mulf %v291, %v305 fastmath<contract> : f32
                %v307 = arith.muli %v22, %v141 : i64
                %v308 = arith.muli %v20, %v140 : i64
                %v309 = arith.addi %v307, %v308 : i64
                %v310 = arith.muli %v278, %v1 : i64
                %v311 = arith.addi %v309, %v310 : i64
                %v312 = llvm.getelementptr %in_x[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v313 = llvm.load %v312 : !llvm.ptr -> f32
                %v314 = arith.mulf %v306, %v271 fastmath<contract> : f32
                %v315 = arith.addf %v314, %v313 fastmath<contract> : f32
                %v316 = arith.mulf %v290, %v290 fastmath<contract> : f32
                %v317 = arith.negf %v316 : f32
                %v318 = arith.mulf %v317, %v275 fastmath<contract> : f32
                %v319 = arith.addf %v315, %v318 fastmath<contract> : f32
                %v320 = arith.mulf %v32, %v275 fastmath<contract> : f32
                %v321 = arith.addf %v320, %v32 fastmath<contract> : f32
                %v322 = arith.mulf %v33, %v271 fastmath<contract> : f32
                %v323 = arith.addf %v321, %v322 fastmath<contract> : f32
                %v325 = arith.addi %v208, %v324 : i64
                %v326 = arith.minsi %v325, %v211 : i64
                %v327 = arith.addi %v82, %v326 : i64
                %v328 = arith.muli %v22, %v141 : i64
                %v329 = arith.muli %v20, %v140 : i64
                %v330 = arith.addi %v328, %v329 : i64
                %v331 = arith.muli %v327, %v1 : i64
                %v332 = arith.addi %v330, %v331 : i64
                %v333 = llvm.getelementptr %in_rho[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = arith.negf %v334 : f32
                %v336 = arith.mulf %v335, %v150 fastmath<contract> : f32
                %v337 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v336) : (f32) -> f32
                %v338 = arith.addf %v33, %v337 fastmath<contract> : f32
                %v339 = arith.divf %v33, %v338 : f32
                %v340 = arith.mulf %v139, %v339 fastmath<contract> : f32
                %v341 = arith.muli %v22, %v141 : i64
                %v342 = arith.muli %v20, %v140 : i64
                %v343 = arith.addi %v341, %v342 : i64
                %v344 = arith.muli %v327, %v1 : i64
                %v345 = arith.addi %v343, %v344 : i64
                %v346 = llvm.getelementptr %in_theta[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v347 = llvm.load %v346 : !llvm.ptr -> f32
                %v348 = arith.mulf %v347, %v163 fastmath<contract> : f32
                %v349 = llvm.call_intrinsic "llvm.roundeven.f32"(%v348) : (f32) -> f32
                %v350 = arith.mulf %v349, %v166 fastmath<contract> : f32
                %v351 = arith.subf %v347, %v350 fastmath<contract> : f32
                %v352 = arith.mulf %v349, %v167 fastmath<contract> : f32
                %v353 = arith.subf %v351, %v352 fastmath<contract> : f32
                %v354 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v353) : (f32) -> f32
                %v355 = arith.mulf %v340, %v354 fastmath<contract> : f32
                %v356 = arith.muli %v22, %v141 : i64
                %v357 = arith.muli %v20, %v140 : i64
                %v358 = arith.addi %v356, %v357 : i64
                %v359 = arith.muli %v327, %v1 : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = llvm.getelementptr %in_x[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v362 = llvm.load %v361 : !llvm.ptr -> f32
                %v363 = arith.mulf %v355, %v319 fastmath<contract> : f32
                %v364 = arith.addf %v363, %v362 fastmath<contract> : f32
                %v365 = arith.mulf %v339, %v339 fastmath<contract> : f32
                %v366 = arith.negf %v365 : f32
                %v367 = arith.mulf %v366, %v323 fastmath<contract> : f32
                %v368 = arith.addf %v364, %v367 fastmath<contract> : f32
                %v369 = arith.mulf %v32, %v323 fastmath<contract> : f32
                %v370 = arith.addf %v369, %v32 fastmath<contract> : f32
                %v371 = arith.mulf %v33, %v319 fastmath<contract> : f32
                %v372 = arith.addf %v370, %v371 fastmath<contract> : f32
                %v374 = arith.addi %v208, %v373 : i64
                %v375 = arith.minsi %v374, %v211 : i64
                %v376 = arith.addi %v82, %v375 : i64
                %v377 = arith.muli %v22, %v141 : i64
                %v378 = arith.muli %v20, %v140 : i64
                %v379 = arith.addi %v377, %v378 : i64
                %v380 = arith.muli %v376, %v1 : i64
                %v381 = arith.addi %v379, %v380 : i64
                %v382 = llvm.getelementptr %in_rho[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v383 = llvm.load %v382 : !llvm.ptr -> f32
                %v384 = arith.negf %v383 : f32
                %v385 = arith.mulf %v384, %v150 fastmath<contract> : f32
                %v386 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v385) : (f32) -> f32
                %v387 = arith.addf %v33, %v386 fastmath<contract> : f32
                %v388 = arith.divf %v33, %v387 : f32
                %v389 = arith.mulf %v139, %v388 fastmath<contract> : f32
                %v390 = arith.muli %v22, %v141 : i64
                %v391 = arith.muli %v20, %v140 : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = arith.muli %v376, %v1 : i64
                %v394 = arith.addi %v392, %v393 : i64
                %v395 = llvm.getelementptr %in_theta[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v396 = llvm.load %v395 : !llvm.ptr -> f32
                %v397 = arith.mulf %v396, %v163 fastmath<contract> : f32
                %v398 = llvm.call_intrinsic "llvm.roundeven.f32"(%v397) : (f32) -> f32
                %v399 = arith.mulf %v398, %v166 fastmath<contract> : f32
                %v400 = arith.subf %v396, %v399 fastmath<contract> : f32
                %v401 = arith.mulf %v398, %v167 fastmath<contract> : f32
                %v402 = arith.subf %v400, %v401 fastmath<contract> : f32
                %v403 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v402) : (f32) -> f32
                %v404 = arith.mulf %v389, %v403 fastmath<contract> : f32
                %v405 = arith.muli %v22, %v141 : i64
                %v406 = arith.muli %v20, %v140 : i64
                %v407 = arith.addi %v405, %v406 : i64
                %v408 = arith.muli %v376, %v1 : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = llvm.getelementptr %in_x[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v411 = llvm.load %v410 : !llvm.ptr -> f32
                %v412 = arith.mulf %v404, %v368 fastmath<contract> : f32
                %v413 = arith.addf %v412, %v411 fastmath<contract> : f32
                %v414 = arith.mulf %v388, %v388 fastmath<contract> : f32
                %v415 = arith.negf %v414 : f32
                %v416 = arith.mulf %v415, %v372 fastmath<contract> : f32
                %v417 = arith.addf %v413, %v416 fastmath<contract> : f32
                %v418 = arith.mulf %v32, %v372 fastmath<contract> : f32
                %v419 = arith.addf %v418, %v32 fastmath<contract> : f32
                %v420 = arith.mulf %v33, %v368 fastmath<contract> : f32
                %v421 = arith.addf %v419, %v420 fastmath<contract> : f32
                %v423 = arith.addi %v208, %v422 : i64
                %v424 = arith.minsi %v423, %v211 : i64
                %v425 = arith.addi %v82, %v424 : i64
                %v426 = arith.muli %v22, %v141 : i64
                %v427 = arith.muli %v20, %v140 : i64
                %v428 = arith.addi %v426, %v427 : i64
                %v429 = arith.muli %v425, %v1 : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = llvm.getelementptr %in_rho[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v432 = llvm.load %v431 : !llvm.ptr -> f32
                %v433 = arith.negf %v432 : f32
                %v434 = arith.mulf %v433, %v150 fastmath<contract> : f32
                %v435 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v434) : (f32) -> f32
                %v436 = arith.addf %v33, %v435 fastmath<contract> : f32
                %v437 = arith.divf %v33, %v436 : f32
                %v438 = arith.mulf %v139, %v437 fastmath<contract> : f32
                %v439 = arith.muli %v22, %v141 : i64
                %v440 = arith.muli %v20, %v140 : i64
                %v441 = arith.addi %v439, %v440 : i64
                %v442 = arith.muli %v425, %v1 : i64
                %v443 = arith.addi %v441, %v442 : i64
                %v444 = llvm.getelementptr %in_theta[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v445 = llvm.load %v444 : !llvm.ptr -> f32
                %v446 = arith.mulf %v445, %v163 fastmath<contract> : f32
                %v447 = llvm.call_intrinsic "llvm.roundeven.f32"(%v446) : (f32) -> f32
                %v448 = arith.mulf %v447, %v166 fastmath<contract> : f32
                %v449 = arith.subf %v445, %v448 fastmath<contract> : f32
                %v450 = arith.mulf %v447, %v167 fastmath<contract> : f32
                %v451 = arith.subf %v449, %v450 fastmath<contract> : f32
                %v452 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v451) : (f32) -> f32
                %v453 = arith.mulf %v438, %v452 fastmath<contract> : f32
                %v454 = arith.muli %v22, %v141 : i64
                %v455 = arith.muli %v20, %v140 : i64
                %v456 = arith.addi %v454, %v455 : i64
                %v457 = arith.muli %v425, %v1 : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = llvm.getelementptr %in_x[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v460 = llvm.load %v459 : !llvm.ptr -> f32
                %v461 = arith.mulf %v453, %v417 fastmath<contract> : f32
                %v462 = arith.addf %v461, %v460 fastmath<contract> : f32
                %v463 = arith.mulf %v437, %v437 fastmath<contract> : f32
                %v464 = arith.negf %v463 : f32
                %v465 = arith.mulf %v464, %v421 fastmath<contract> : f32
                %v466 = arith.addf %v462, %v465 fastmath<contract> : f32
                %v467 = arith.mulf %v32, %v421 fastmath<contract> : f32
                %v468 = arith.addf %v467, %v32 fastmath<contract> : f32
                %v469 = arith.mulf %v33, %v417 fastmath<contract> : f32
                %v470 = arith.addf %v468, %v469 fastmath<contract> : f32
                %v472 = arith.addi %v208, %v471 : i64
                %v473 = arith.minsi %v472, %v211 : i64
                %v474 = arith.addi %v82, %v473 : i64
                %v475 = arith.muli %v22, %v141 : i64
                %v476 = arith.muli %v20, %v140 : i64
                %v477 = arith.addi %v475, %v476 : i64
                %v478 = arith.muli %v474, %v1 : i64
                %v479 = arith.addi %v477, %v478 : i64
                %v480 = llvm.getelementptr %in_rho[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v481 = llvm.load %v480 : !llvm.ptr -> f32
                %v482 = arith.negf %v481 : f32
                %v483 = arith.mulf %v482, %v150 fastmath<contract> : f32
                %v484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v483) : (f32) -> f32
                %v485 = arith.addf %v33, %v484 fastmath<contract> : f32
                %v486 = arith.divf %v33, %v485 : f32
                %v487 = arith.mulf %v139, %v486 fastmath<contract> : f32
                %v488 = arith.muli %v22, %v141 : i64
                %v489 = arith.muli %v20, %v140 : i64
                %v490 = arith.addi %v488, %v489 : i64
                %v491 = arith.muli %v474, %v1 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = llvm.getelementptr %in_theta[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v494 = llvm.load %v493 : !llvm.ptr -> f32
                %v495 = arith.mulf %v494, %v163 fastmath<contract> : f32
                %v496 = llvm.call_intrinsic "llvm.roundeven.f32"(%v495) : (f32) -> f32
                %v497 = arith.mulf %v496, %v166 fastmath<contract> : f32
                %v498 = arith.subf %v494, %v497 fastmath<contract> : f32
                %v499 = arith.mulf %v496, %v167 fastmath<contract> : f32
                %v500 = arith.subf %v498, %v499 fastmath<contract> : f32
                %v501 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v500) : (f32) -> f32
                %v502 = arith.mulf %v487, %v501 fastmath<contract> : f32
                %v503 = arith.muli %v22, %v141 : i64
                %v504 = arith.muli %v20, %v140 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = arith.muli %v474, %v1 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = llvm.getelementptr %in_x[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                %v510 = arith.mulf %v502, %v466 fastmath<contract> : f32
                %v511 = arith.addf %v510, %v509 fastmath<contract> : f32
                %v512 = arith.mulf %v486, %v486 fastmath<contract> : f32
                %v513 = arith.negf %v512 : f32
                %v514 = arith.mulf %v513, %v470 fastmath<contract> : f32
                %v515 = arith.addf %v511, %v514 fastmath<contract> : f32
                %v516 = arith.mulf %v32, %v470 fastmath<contract> : f32
                %v517 = arith.addf %v516, %v32 fastmath<contract> : f32
                %v518 = arith.mulf %v33, %v466 fastmath<contract> : f32
                %v519 = arith.addf %v517, %v518 fastmath<contract> : f32
                %v521 = arith.addi %v208, %v520 : i64
                %v522 = arith.minsi %v521, %v211 : i64
                %v523 = arith.addi %v82, %v522 : i64
                %v524 = arith.muli %v22, %v141 : i64
                %v525 = arith.muli %v20, %v140 : i64
                %v526 = arith.addi %v524, %v525 : i64
                %v527 = arith.muli %v523, %v1 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = llvm.getelementptr %in_rho[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                %v531 = arith.negf %v530 : f32
                %v532 = arith.mulf %v531, %v150 fastmath<contract> : f32
                %v533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v532) : (f32) -> f32
                %v534 = arith.addf %v33, %v533 fastmath<contract> : f32
                %v535 = arith.divf %v33, %v534 : f32
                %v536 = arith.mulf %v139, %v535 fastmath<contract> : f32
                %v537 = arith.muli %v22, %v141 : i64
                %v538 = arith.muli %v20, %v140 : i64
                %v539 = arith.addi %v537, %v538 : i64
                %v540 = arith.muli %v523, %v1 : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = llvm.getelementptr %in_theta[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v543 = llvm.load %v542 : !llvm.ptr -> f32
                %v544 = arith.mulf %v543, %v163 fastmath<contract> : f32
                %v545 = llvm.call_intrinsic "llvm.roundeven.f32"(%v544) : (f32) -> f32
                %v546 = arith.mulf %v545, %v166 fastmath<contract> : f32
                %v547 = arith.subf %v543, %v546 fastmath<contract> : f32
                %v548 = arith.mulf %v545, %v167 fastmath<contract> : f32
                %v549 = arith.subf %v547, %v548 fastmath<contract> : f32
                %v550 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v549) : (f32) -> f32
                %v551 = arith.mulf %v536, %v550 fastmath<contract> : f32
                %v552 = arith.muli %v22, %v141 : i64
                %v553 = arith.muli %v20, %v140 : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = arith.muli %v523, %v1 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = llvm.getelementptr %in_x[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v558 = llvm.load %v557 : !llvm.ptr -> f32
                %v559 = arith.mulf %v551, %v515 fastmath<contract> : f32
                %v560 = arith.addf %v559, %v558 fastmath<contract> : f32
                %v561 = arith.mulf %v535, %v535 fastmath<contract> : f32
                %v562 = arith.negf %v561 : f32
                %v563 = arith.mulf %v562, %v519 fastmath<contract> : f32
                %v564 = arith.addf %v560, %v563 fastmath<contract> : f32
                %v565 = arith.mulf %v32, %v519 fastmath<contract> : f32
                %v566 = arith.addf %v565, %v32 fastmath<contract> : f32
                %v567 = arith.mulf %v33, %v515 fastmath<contract> : f32
                %v568 = arith.addf %v566, %v567 fastmath<contract> : f32
                %v569 = arith.addi %v208, %v69 : i64
                %v570 = arith.minsi %v569, %v211 : i64
                %v571 = arith.addi %v82, %v570 : i64
                %v572 = arith.muli %v22, %v141 : i64
                %v573 = arith.muli %v20, %v140 : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.muli %v571, %v1 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = llvm.getelementptr %in_rho[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v578 = llvm.load %v577 : !llvm.ptr -> f32
                %v579 = arith.negf %v578 : f32
                %v580 = arith.mulf %v579, %v150 fastmath<contract> : f32
                %v581 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v580) : (f32) -> f32
                %v582 = arith.addf %v33, %v581 fastmath<contract> : f32
                %v583 = arith.divf %v33, %v582 : f32
                %v584 = arith.mulf %v139, %v583 fastmath<contract> : f32
                %v585 = arith.muli %v22, %v141 : i64
                %v586 = arith.muli %v20, %v140 : i64
                %v587 = arith.addi %v585, %v586 : i64
                %v588 = arith.muli %v571, %v1 : i64
                %v589 = arith.addi %v587, %v588 : i64
                %v590 = llvm.getelementptr %in_theta[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v591 = llvm.load %v590 : !llvm.ptr -> f32
                %v592 = arith.mulf %v591, %v163 fastmath<contract> : f32
                %v593 = llvm.call_intrinsic "llvm.roundeven.f32"(%v592) : (f32) -> f32
                %v594 = arith.mulf %v593, %v166 fastmath<contract> : f32
                %v595 = arith.subf %v591, %v594 fastmath<contract> : f32
                %v596 = arith.mulf %v593, %v167 fastmath<contract> : f32
                %v597 = arith.subf %v595, %v596 fastmath<contract> : f32
                %v598 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v597) : (f32) -> f32
                %v599 = arith.mulf %v584, %v598 fastmath<contract> : f32
                %v600 = arith.muli %v22, %v141 : i64
                %v601 = arith.muli %v20, %v140 : i64
                %v602 = arith.addi %v600, %v601 : i64
                %v603 = arith.muli %v571, %v1 : i64
                %v604 = arith.addi %v602, %v603 : i64
                %v605 = llvm.getelementptr %in_x[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v606 = llvm.load %v605 : !llvm.ptr -> f32
                %v607 = arith.mulf %v599, %v564 fastmath<contract> : f32
                %v608 = arith.addf %v607, %v606 fastmath<contract> : f32
                %v609 = arith.mulf %v583, %v583 fastmath<contract> : f32
                %v610 = arith.negf %v609 : f32
                %v611 = arith.mulf %v610, %v568 fastmath<contract> : f32
                %v612 = arith.addf %v608, %v611 fastmath<contract> : f32
                %v613 = arith.mulf %v32, %v568 fastmath<contract> : f32
                %v614 = arith.addf %v613, %v32 fastmath<contract> : f32
                %v615 = arith.mulf %v33, %v564 fastmath<contract> : f32
                %v616 = arith.addf %v614, %v615 fastmath<contract> : f32
                %v617 = arith.subi %v84, %v208 : i64
                %v618 = arith.trunci %v617 : i64 to i32
                %v619 = arith.subi %size_L, %v1 : i64
                %v620 = arith.addi %v82, %v208 : i64
                %v621 = arith.subi %v619, %v620 : i64
                %v623 = arith.minsi %v621, %v622 : i64
                %v624 = arith.trunci %v623 : i64 to i32
                %v625 = arith.addi %v208, %v69 : i64
                %v627 = arith.cmpi slt, %v626, %v618 : i32
                %v628 = arith.cmpi eq, %v626, %v624 : i32
                %v629 = arith.addi %v82, %v625 : i64
                %v630 = llvm.load %v24 : !llvm.ptr -> f32
                %v631 = llvm.load %v25 : !llvm.ptr -> f32
                %v632 = arith.muli %v22, %v141 : i64
                %v633 = arith.muli %v20, %v140 : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = arith.muli %v629, %v1 : i64
                %v636 = arith.addi %v634, %v635 : i64
                %v637 = llvm.getelementptr %dy_y[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v638 = llvm.load %v637 : !llvm.ptr -> f32
                %v639 = llvm.load %v26 : !llvm.ptr -> f32
                %v640 = arith.mulf %v639, %v630 fastmath<contract> : f32
                %v641 = arith.addf %v638, %v640 fastmath<contract> : f32
                %v642 = llvm.load %v28 : !llvm.ptr -> f32
                %v643 = arith.mulf %v642, %v631 fastmath<contract> : f32
                %v644 = arith.addf %v643, %v641 fastmath<contract> : f32
                %v645 = llvm.load %v27 : !llvm.ptr -> f32
                %v646 = arith.mulf %v645, %v631 fastmath<contract> : f32
                %v647 = arith.addf %v32, %v646 fastmath<contract> : f32
                %v648 = llvm.load %v29 : !llvm.ptr -> f32
                %v649 = arith.mulf %v648, %v630 fastmath<contract> : f32
                %v650 = arith.addf %v649, %v647 fastmath<contract> : f32
                llvm.store %v644, %v24 : f32, !llvm.ptr
                llvm.store %v650, %v25 : f32, !llvm.ptr
                %v651 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v652 = arith.muli %v22, %v141 : i64
                  %v653 = arith.muli %v20, %v140 : i64
                  %v654 = arith.addi %v652, %v653 : i64
                  %v655 = arith.muli %v629, %v1 : i64
                  %v656 = arith.addi %v654, %v655 : i64
                  %v657 = llvm.getelementptr %dx_x[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v651, %v657 : f32, !llvm.ptr
                }
                %v658 = arith.muli %v22, %v141 : i64
                %v659 = arith.muli %v20, %v140 : i64
                %v660 = arith.addi %v658, %v659 : i64
                %v661 = arith.muli %v629, %v1 : i64
                %v662 = arith.addi %v660, %v661 : i64
                %v663 = llvm.getelementptr %in_rho[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v664 = llvm.load %v663 : !llvm.ptr -> f32
                %v665 = arith.negf %v664 : f32
                %v666 = arith.mulf %v665, %v150 fastmath<contract> : f32
                %v667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v666) : (f32) -> f32
                %v668 = arith.addf %v33, %v667 fastmath<contract> : f32
                %v669 = arith.divf %v33, %v668 : f32
                %v670 = arith.mulf %v568, %v651 fastmath<contract> : f32
                %v671 = arith.negf %v670 : f32
                %v672 = arith.mulf %v669, %v671 fastmath<contract> : f32
                %v673 = arith.addf %v672, %v672 fastmath<contract> : f32
                %v674 = arith.muli %v22, %v141 : i64
                %v675 = arith.muli %v20, %v140 : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = arith.muli %v629, %v1 : i64
                %v678 = arith.addi %v676, %v677 : i64
                %v679 = llvm.getelementptr %in_theta[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v680 = llvm.load %v679 : !llvm.ptr -> f32
                %v681 = arith.mulf %v680, %v163 fastmath<contract> : f32
                %v682 = llvm.call_intrinsic "llvm.roundeven.f32"(%v681) : (f32) -> f32
                %v683 = arith.mulf %v682, %v166 fastmath<contract> : f32
                %v684 = arith.subf %v680, %v683 fastmath<contract> : f32
                %v685 = arith.mulf %v682, %v167 fastmath<contract> : f32
                %v686 = arith.subf %v684, %v685 fastmath<contract> : f32
                %v687 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v686) : (f32) -> f32
                %v688 = arith.mulf %v564, %v651 fastmath<contract> : f32
                %v689 = arith.mulf %v687, %v688 fastmath<contract> : f32
                %v690 = arith.mulf %v139, %v689 fastmath<contract> : f32
                %v691 = arith.addf %v673, %v690 fastmath<contract> : f32
                %v692 = arith.subf %v33, %v669 fastmath<contract> : f32
                %v693 = arith.mulf %v669, %v692 fastmath<contract> : f32
                %v694 = arith.mulf %v691, %v693 fastmath<contract> : f32
                scf.if %v17 {
                  %v695 = arith.muli %v22, %v141 : i64
                  %v696 = arith.muli %v20, %v140 : i64
                  %v697 = arith.addi %v695, %v696 : i64
                  %v698 = arith.muli %v629, %v1 : i64
                  %v699 = arith.addi %v697, %v698 : i64
                  %v700 = llvm.getelementptr %dx_rho[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v694, %v700 : f32, !llvm.ptr
                }
                %v701 = arith.mulf %v139, %v669 fastmath<contract> : f32
                %v702 = arith.mulf %v701, %v688 fastmath<contract> : f32
                %v703 = arith.mulf %v680, %v163 fastmath<contract> : f32
                %v704 = llvm.call_intrinsic "llvm.roundeven.f32"(%v703) : (f32) -> f32
                %v705 = arith.mulf %v704, %v166 fastmath<contract> : f32
                %v706 = arith.subf %v680, %v705 fastmath<contract> : f32
                %v707 = arith.mulf %v704, %v167 fastmath<contract> : f32
                %v708 = arith.subf %v706, %v707 fastmath<contract> : f32
                %v709 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v708) : (f32) -> f32
                %v710 = arith.negf %v709 : f32
                %v711 = arith.mulf %v702, %v710 fastmath<contract> : f32
                scf.if %v17 {
                  %v712 = arith.muli %v22, %v141 : i64
                  %v713 = arith.muli %v20, %v140 : i64
                  %v714 = arith.addi %v712, %v713 : i64
                  %v715 = arith.muli %v629, %v1 : i64
                  %v716 = arith.addi %v714, %v715 : i64
                  %v717 = llvm.getelementptr %dx_theta[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v711, %v717 : f32, !llvm.ptr
                }
                %v718 = arith.mulf %v701, %v687 fastmath<contract> : f32
                llvm.store %v718, %v26 : f32, !llvm.ptr
                llvm.store %v33, %v28 : f32, !llvm.ptr
                llvm.store %v32, %v27 : f32, !llvm.ptr
                %v719 = arith.mulf %v669, %v669 fastmath<contract> : f32
                %v720 = arith.negf %v719 : f32
                llvm.store %v720, %v29 : f32, !llvm.ptr
                %v721 = arith.addi %v208, %v520 : i64
                %v723 = arith.cmpi slt, %v722, %v618 : i32
                %v724 = arith.cmpi eq, %v722, %v624 : i32
                %v725 = arith.addi %v82, %v721 : i64
                %v726 = llvm.load %v24 : !llvm.ptr -> f32
                %v727 = llvm.load %v25 : !llvm.ptr -> f32
                %v728 = arith.muli %v22, %v141 : i64
                %v729 = arith.muli %v20, %v140 : i64
                %v730 = arith.addi %v728, %v729 : i64
                %v731 = arith.muli %v725, %v1 : i64
                %v732 = arith.addi %v730, %v731 : i64
                %v733 = llvm.getelementptr %dy_y[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v734 = llvm.load %v733 : !llvm.ptr -> f32
                %v735 = llvm.load %v26 : !llvm.ptr -> f32
                %v736 = arith.mulf %v735, %v726 fastmath<contract> : f32
                %v737 = arith.addf %v734, %v736 fastmath<contract> : f32
                %v738 = llvm.load %v28 : !llvm.ptr -> f32
                %v739 = arith.mulf %v738, %v727 fastmath<contract> : f32
                %v740 = arith.addf %v739, %v737 fastmath<contract> : f32
                %v741 = llvm.load %v27 : !llvm.ptr -> f32
                %v742 = arith.mulf %v741, %v727 fastmath<contract> : f32
                %v743 = arith.addf %v32, %v742 fastmath<contract> : f32
                %v744 = llvm.load %v29 : !llvm.ptr -> f32
                %v745 = arith.mulf %v744, %v726 fastmath<contract> : f32
                %v746 = arith.addf %v745, %v743 fastmath<contract> : f32
                llvm.store %v740, %v24 : f32, !llvm.ptr
                llvm.store %v746, %v25 : f32, !llvm.ptr
                %v747 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v748 = arith.muli %v22, %v141 : i64
                  %v749 = arith.muli %v20, %v140 : i64
                  %v750 = arith.addi %v748, %v749 : i64
                  %v751 = arith.muli %v725, %v1 : i64
                  %v752 = arith.addi %v750, %v751 : i64
                  %v753 = llvm.getelementptr %dx_x[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v747, %v753 : f32, !llvm.ptr
                }
                %v754 = arith.muli %v22, %v141 : i64
                %v755 = arith.muli %v20, %v140 : i64
                %v756 = arith.addi %v754, %v755 : i64
                %v757 = arith.muli %v725, %v1 : i64
                %v758 = arith.addi %v756, %v757 : i64
                %v759 = llvm.getelementptr %in_rho[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v760 = llvm.load %v759 : !llvm.ptr -> f32
                %v761 = arith.negf %v760 : f32
                %v762 = arith.mulf %v761, %v150 fastmath<contract> : f32
                %v763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v762) : (f32) -> f32
                %v764 = arith.addf %v33, %v763 fastmath<contract> : f32
                %v765 = arith.divf %v33, %v764 : f32
                %v766 = arith.mulf %v519, %v747 fastmath<contract> : f32
                %v767 = arith.negf %v766 : f32
                %v768 = arith.mulf %v765, %v767 fastmath<contract> : f32
                %v769 = arith.addf %v768, %v768 fastmath<contract> : f32
                %v770 = arith.muli %v22, %v141 : i64
                %v771 = arith.muli %v20, %v140 : i64
                %v772 = arith.addi %v770, %v771 : i64
                %v773 = arith.muli %v725, %v1 : i64
                %v774 = arith.addi %v772, %v773 : i64
                %v775 = llvm.getelementptr %in_theta[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v776 = llvm.load %v775 : !llvm.ptr -> f32
                %v777 = arith.mulf %v776, %v163 fastmath<contract> : f32
                %v778 = llvm.call_intrinsic "llvm.roundeven.f32"(%v777) : (f32) -> f32
                %v779 = arith.mulf %v778, %v166 fastmath<contract> : f32
                %v780 = arith.subf %v776, %v779 fastmath<contract> : f32
                %v781 = arith.mulf %v778, %v167 fastmath<contract> : f32
                %v782 = arith.subf %v780, %v781 fastmath<contract> : f32
                %v783 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v782) : (f32) -> f32
                %v784 = arith.mulf %v515, %v747 fastmath<contract> : f32
                %v785 = arith.mulf %v783, %v784 fastmath<contract> : f32
                %v786 = arith.mulf %v139, %v785 fastmath<contract> : f32
                %v787 = arith.addf %v769, %v786 fastmath<contract> : f32
                %v788 = arith.subf %v33, %v765 fastmath<contract> : f32
                %v789 = arith.mulf %v765, %v788 fastmath<contract> : f32
                %v790 = arith.mulf %v787, %v789 fastmath<contract> : f32
                scf.if %v17 {
                  %v791 = arith.muli %v22, %v141 : i64
                  %v792 = arith.muli %v20, %v140 : i64
                  %v793 = arith.addi %v791, %v792 : i64
                  %v794 = arith.muli %v725, %v1 : i64
                  %v795 = arith.addi %v793, %v794 : i64
                  %v796 = llvm.getelementptr %dx_rho[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v790, %v796 : f32, !llvm.ptr
                }
                %v797 = arith.mulf %v139, %v765 fastmath<contract> : f32
                %v798 = arith.mulf %v797, %v784 fastmath<contract> : f32
                %v799 = arith.mulf %v776, %v163 fastmath<contract> : f32
                %v800 = llvm.call_intrinsic "llvm.roundeven.f32"(%v799) : (f32) -> f32
                %v801 = arith.mulf %v800, %v166 fastmath<contract> : f32
                %v802 = arith.subf %v776, %v801 fastmath<contract> : f32
                %v803 = arith.mulf %v800, %v167 fastmath<contract> : f32
                %v804 = arith.subf %v802, %v803 fastmath<contract> : f32
                %v805 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v804) : (f32) -> f32
                %v806 = arith.negf %v805 : f32
                %v807 = arith.mulf %v798, %v806 fastmath<contract> : f32
                scf.if %v17 {
                  %v808 = arith.muli %v22, %v141 : i64
                  %v809 = arith.muli %v20, %v140 : i64
                  %v810 = arith.addi %v808, %v809 : i64
                  %v811 = arith.muli %v725, %v1 : i64
                  %v812 = arith.addi %v810, %v811 : i64
                  %v813 = llvm.getelementptr %dx_theta[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v807, %v813 : f32, !llvm.ptr
                }
                %v814 = arith.mulf %v797, %v783 fastmath<contract> : f32
                llvm.store %v814, %v26 : f32, !llvm.ptr
                llvm.store %v33, %v28 : f32, !llvm.ptr
                llvm.store %v32, %v27 : f32, !llvm.ptr
                %v815 = arith.mulf %v765, %v765 fastmath<contract> : f32
                %v816 = arith.negf %v815 : f32
                llvm.store %v816, %v29 : f32, !llvm.ptr
                %v817 = arith.addi %v208, %v471 : i64
                %v819 = arith.cmpi slt, %v818, %v618 : i32
                %v820 = arith.cmpi eq, %v818, %v624 : i32
                %v821 = arith.addi %v82, %v817 : i64
                %v822 = llvm.load %v24 : !llvm.ptr -> f32
                %v823 = llvm.load %v25 : !llvm.ptr -> f32
                %v824 = arith.muli %v22, %v141 : i64
                %v825 = arith.muli %v20, %v140 : i64
                %v826 = arith.addi %v824, %v825 : i64
                %v827 = arith.muli %v821, %v1 : i64
                %v828 = arith.addi %v826, %v827 : i64
                %v829 = llvm.getelementptr %dy_y[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v830 = llvm.load %v829 : !llvm.ptr -> f32
                %v831 = llvm.load %v26 : !llvm.ptr -> f32
                %v832 = arith.mulf %v831, %v822 fastmath<contract> : f32
                %v833 = arith.addf %v830, %v832 fastmath<contract> : f32
                %v834 = llvm.load %v28 : !llvm.ptr -> f32
                %v835 = arith.mulf %v834, %v823 fastmath<contract> : f32
                %v836 = arith.addf %v835, %v833 fastmath<contract> : f32
                %v837 = llvm.load %v27 : !llvm.ptr -> f32
                %v838 = arith.mulf %v837, %v823 fastmath<contract> : f32
                %v839 = arith.addf %v32, %v838 fastmath<contract> : f32
                %v840 = llvm.load %v29 : !llvm.ptr -> f32
                %v841 = arith.mulf %v840, %v822 fastmath<contract> : f32
                %v842 = arith.addf %v841, %v839 fastmath<contract> : f32
                llvm.store %v836, %v24 : f32, !llvm.ptr
                llvm.store %v842, %v25 : f32, !llvm.ptr
                %v843 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v844 = arith.muli %v22, %v141 : i64
                  %v845 = arith.muli %v20, %v140 : i64
                  %v846 = arith.addi %v844, %v845 : i64
                  %v847 = arith.muli %v821, %v1 : i64
                  %v848 = arith.addi %v846, %v847 : i64
                  %v849 = llvm.getelementptr %dx_x[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v843, %v849 : f32, !llvm.ptr
                }
                %v850 = arith.muli %v22, %v141 : i64
                %v851 = arith.muli %v20, %v140 : i64
                %v852 = arith.addi %v850, %v851 : i64
                %v853 = arith.muli %v821, %v1 : i64
                %v854 = arith.addi %v852, %v853 : i64
                %v855 = llvm.getelementptr %in_rho[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v856 = llvm.load %v855 : !llvm.ptr -> f32
                %v857 = arith.negf %v856 : f32
                %v858 = arith.mulf %v857, %v150 fastmath<contract> : f32
                %v859 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v858) : (f32) -> f32
                %v860 = arith.addf %v33, %v859 fastmath<contract> : f32
                %v861 = arith.divf %v33, %v860 : f32
                %v862 = arith.mulf %v470, %v843 fastmath<contract> : f32
                %v863 = arith.negf %v862 : f32
                %v864 = arith.mulf %v861, %v863 fastmath<contract> : f32
                %v865 = arith.addf %v864, %v864 fastmath<contract> : f32
                %v866 = arith.muli %v22, %v141 : i64
                %v867 = arith.muli %v20, %v140 : i64
                %v868 = arith.addi %v866, %v867 : i64
                %v869 = arith.muli %v821, %v1 : i64
                %v870 = arith.addi %v868, %v869 : i64
                %v871 = llvm.getelementptr %in_theta[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v872 = llvm.load %v871 : !llvm.ptr -> f32
                %v873 = arith.mulf %v872, %v163 fastmath<contract> : f32
                %v874 = llvm.call_intrinsic "llvm.roundeven.f32"(%v873) : (f32) -> f32
                %v875 = arith.mulf %v874, %v166 fastmath<contract> : f32
                %v876 = arith.subf %v872, %v875 fastmath<contract> : f32
                %v877 = arith.mulf %v874, %v167 fastmath<contract> : f32
                %v878 = arith.subf %v876, %v877 fastmath<contract> : f32
                %v879 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v878) : (f32) -> f32
                %v880 = arith.mulf %v466, %v843 fastmath<contract> : f32
                %v881 = arith.mulf %v879, %v880 fastmath<contract> : f32
                %v882 = arith.mulf %v139, %v881 fastmath<contract> : f32
                %v883 = arith.addf %v865, %v882 fastmath<contract> : f32
                %v884 = arith.subf %v33, %v861 fastmath<contract> : f32
                %v885 = arith.mulf %v861, %v884 fastmath<contract> : f32
                %v886 = arith.mulf %v883, %v885 fastmath<contract> : f32
                scf.if %v17 {
                  %v887 = arith.muli %v22, %v141 : i64
                  %v888 = arith.muli %v20, %v140 : i64
                  %v889 = arith.addi %v887, %v888 : i64
                  %v890 = arith.muli %v821, %v1 : i64
                  %v891 = arith.addi %v889, %v890 : i64
                  %v892 = llvm.getelementptr %dx_rho[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v886, %v892 : f32, !llvm.ptr
                }
                %v893 = arith.mulf %v139, %v861 fastmath<contract> : f32
                %v894 = arith.mulf %v893, %v880 fastmath<contract> : f32
                %v895 = arith.mulf %v872, %v163 fastmath<contract> : f32
                %v896 = llvm.call_intrinsic "llvm.roundeven.f32"(%v895) : (f32) -> f32
                %v897 = arith.mulf %v896, %v166 fastmath<contract> : f32
                %v898 = arith.subf %v872, %v897 fastmath<contract> : f32
                %v899 = arith.mulf %v896, %v167 fastmath<contract> : f32
                %v900 = arith.subf %v898, %v899 fastmath<contract> : f32
                %v901 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v900) : (f32) -> f32
                %v902 = arith.negf %v901 : f32
                %v903 = arith.mulf %v894, %v902 fastmath<contract> : f32
                scf.if %v17 {
                  %v904 = arith.muli %v22, %v141 : i64
                  %v905 = arith.muli %v20, %v140 : i64
                  %v906 = arith.addi %v904, %v905 : i64
                  %v907 = arith.muli %v821, %v1 : i64
                  %v908 = arith.addi %v906, %v907 : i64
                  %v909 = llvm.getelementptr %dx_theta[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v903, %v909 : f32, !llvm.ptr
                }
                %v910 = arith.mulf %v893, %v879 fastmath<contract> : f32
                llvm.store %v910, %v26 : f32, !llvm.ptr
                llvm.store %v33, %v28 : f32, !llvm.ptr
                llvm.store %v32, %v27 : f32, !llvm.ptr
                %v911 = arith.mulf %v861, %v861 fastmath<contract> : f32
                %v912 = arith.negf %v911 : f32
                llvm.store %v912, %v29 : f32, !llvm.ptr
                %v913 = arith.addi %v208, %v422 : i64
                %v915 = arith.cmpi slt, %v914, %v618 : i32
                %v916 = arith.cmpi eq, %v914, %v624 : i32
                %v917 = arith.addi %v82, %v913 : i64
                %v918 = llvm.load %v24 : !llvm.ptr -> f32
                %v919 = llvm.load %v25 : !llvm.ptr -> f32
                %v920 = arith.muli %v22, %v141 : i64
                %v921 = arith.muli %v20, %v140 : i64
                %v922 = arith.addi %v920, %v921 : i64
                %v923 = arith.muli %v917, %v1 : i64
                %v924 = arith.addi %v922, %v923 : i64
                %v925 = llvm.getelementptr %dy_y[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v926 = llvm.load %v925 : !llvm.ptr -> f32
                %v927 = llvm.load %v26 : !llvm.ptr -> f32
                %v928 = arith.mulf %v927, %v918 fastmath<contract> : f32
                %v929 = arith.addf %v926, %v928 fastmath<contract> : f32
                %v930 = llvm.load %v28 : !llvm.ptr -> f32
                %v931 = arith.mulf %v930, %v919 fastmath<contract> : f32
                %v932 = arith.addf %v931, %v929 fastmath<contract> : f32
                %v933 = llvm.load %v27 : !llvm.ptr -> f32
                %v934 = arith.mulf %v933, %v919 fastmath<contract> : f32
                %v935 = arith.addf %v32, %v934 fastmath<contract> : f32
                %v936 = llvm.load %v29 : !llvm.ptr -> f32
                %v937 = arith.mulf %v936, %v918 fastmath<contract> : f32
                %v938 = arith.addf %v937, %v935 fastmath<contract> : f32
                llvm.store %v932, %v24 : f32, !llvm.ptr
                llvm.store %v938, %v25 : f32, !llvm.ptr
                %v939 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v940 = arith.muli %v22, %v141 : i64
                  %v941 = arith.muli %v20, %v140 : i64
                  %v942 = arith.addi %v940, %v941 : i64
                  %v943 = arith.muli %v917, %v1 : i64
                  %v944 = arith.addi %v942, %v943 : i64
                  %v945 = llvm.getelementptr %dx_x[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v939, %v945 : f32, !llvm.ptr
                }
                %v946 = arith.muli %v22, %v141 : i64
                %v947 = arith.muli %v20, %v140 : i64
                %v948 = arith.addi %v946, %v947 : i64
                %v949 = arith.muli %v917, %v1 : i64
                %v950 = arith.addi %v948, %v949 : i64
                %v951 = llvm.getelementptr %in_rho[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v952 = llvm.load %v951 : !llvm.ptr -> f32
                %v953 = arith.negf %v952 : f32
                %v954 = arith.mulf %v953, %v150 fastmath<contract> : f32
                %v955 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v954) : (f32) -> f32
                %v956 = arith.addf %v33, %v955 fastmath<contract> : f32
                %v957 = arith.divf %v33, %v956 : f32
                %v958 = arith.mulf %v421, %v939 fastmath<contract> : f32
                %v959 = arith.negf %v958 : f32
                %v960 = arith.mulf %v957, %v959 fastmath<contract> : f32
                %v961 = arith.addf %v960, %v960 fastmath<contract> : f32
                %v962 = arith.muli %v22, %v141 : i64
                %v963 = arith.muli %v20, %v140 : i64
                %v964 = arith.addi %v962, %v963 : i64
                %v965 = arith.muli %v917, %v1 : i64
                %v966 = arith.addi %v964, %v965 : i64
                %v967 = llvm.getelementptr %in_theta[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v968 = llvm.load %v967 : !llvm.ptr -> f32
                %v969 = arith.mulf %v968, %v163 fastmath<contract> : f32
                %v970 = llvm.call_intrinsic "llvm.roundeven.f32"(%v969) : (f32) -> f32
                %v971 = arith.mulf %v970, %v166 fastmath<contract> : f32
                %v972 = arith.subf %v968, %v971 fastmath<contract> : f32
                %v973 = arith.mulf %v970, %v167 fastmath<contract> : f32
                %v974 = arith.subf %v972, %v973 fastmath<contract> : f32
                %v975 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v974) : (f32) -> f32
                %v976 = arith.mulf %v417, %v939 fastmath<contract> : f32
                %v977 = arith.mulf %v975, %v976 fastmath<contract> : f32
                %v978 = arith.mulf %v139, %v977 fastmath<contract> : f32
                %v979 = arith.addf %v961, %v978 fastmath<contract> : f32
                %v980 = arith.subf %v33, %v957 fastmath<contract> : f32
                %v981 = arith.mulf %v957, %v980 fastmath<contract> : f32
                %v982 = arith.mulf %v979, %v981 fastmath<contract> : f32
                scf.if %v17 {
                  %v983 = arith.muli %v22, %v141 : i64
                  %v984 = arith.muli %v20, %v140 : i64
                  %v985 = arith.addi %v983, %v984 : i64
                  %v986 = arith.muli %v917, %v1 : i64
                  %v987 = arith.addi %v985, %v986 : i64
                  %v988 = llvm.getelementptr %dx_rho[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v982, %v988 : f32, !llvm.ptr
                }
                %v989 = arith.mulf %v139, %v957 fastmath<contract> : f32
                %v990 = arith.mulf %v989, %v976 fastmath<contract> : f32
                %v991 = arith.mulf %v968, %v163 fastmath<contract> : f32
                %v992 = llvm.call_intrinsic "llvm.roundeven.f32"(%v991) : (f32) -> f32
                %v993 = arith.mulf %v992, %v166 fastmath<contract> : f32
                %v994 = arith.subf %v968, %v993 fastmath<contract> : f32
                %v995 = arith.mulf %v992, %v167 fastmath<contract> : f32
                %v996 = arith.subf %v994, %v995 fastmath<contract> : f32
                %v997 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v996) : (f32) -> f32
                %v998 = arith.negf %v997 : f32
                %v999 = arith.mulf %v990, %v998 fastmath<contract> : f32
                scf.if %v17 {
                  %v1000 = arith.muli %v22, %v141 : i64
                  %v1001 = arith.muli %v20, %v140 : i64
                  %v1002 = arith.addi %v1000, %v1001 : i64
                  %v1003 = arith.muli %v917, %v1 : i64
                  %v1004 = arith.addi %v1002, %v1003 : i64
                  %v1005 = llvm.getelementptr %dx_theta[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v999, %v1005 : f32, !llvm.ptr
                }
                %v1006 = arith.mulf %v989, %v975 fastmath<contract> : f32
                llvm.store %v1006, %v26 : f32, !llvm.ptr
                llvm.store %v33, %v28 : f32, !llvm.ptr
                llvm.store %v32, %v27 : f32, !llvm.ptr
                %v1007 = arith.mulf %v957, %v957 fastmath<contract> : f32
                %v1008 = arith.negf %v1007 : f32
                llvm.store %v1008, %v29 : f32, !llvm.ptr
                %v1009 = arith.addi %v208, %v373 : i64
                %v1011 = arith.cmpi slt, %v1010, %v618 : i32
                %v1012 = arith.cmpi eq, %v1010, %v624 : i32
                %v1013 = arith.addi %v82, %v1009 : i64
                %v1014 = llvm.load %v24 : !llvm.ptr -> f32
                %v1015 = llvm.load %v25 : !llvm.ptr -> f32
                %v1016 = arith.muli %v22, %v141 : i64
                %v1017 = arith.muli %v20, %v140 : i64
                %v1018 = arith.addi %v1016, %v1017 : i64
                %v1019 = arith.muli %v1013, %v1 : i64
                %v1020 = arith.addi %v1018, %v1019 : i64
                %v1021 = llvm.getelementptr %dy_y[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1022 = llvm.load %v1021 : !llvm.ptr -> f32
                %v1023 = llvm.load %v26 : !llvm.ptr -> f32
                %v1024 = arith.mulf %v1023, %v1014 fastmath<contract> : f32
                %v1025 = arith.addf %v1022, %v1024 fastmath<contract> : f32
                %v1026 = llvm.load %v28 : !llvm.ptr -> f32
                %v1027 = arith.mulf %v1026, %v1015 fastmath<contract> : f32
                %v1028 = arith.addf %v1027, %v1025 fastmath<contract> : f32
                %v1029 = llvm.load %v27 : !llvm.ptr -> f32
                %v1030 = arith.mulf %v1029, %v1015 fastmath<contract> : f32
                %v1031 = arith.addf %v32, %v1030 fastmath<contract> : f32
                %v1032 = llvm.load %v29 : !llvm.ptr -> f32
                %v1033 = arith.mulf %v1032, %v1014 fastmath<contract> : f32
                %v1034 = arith.addf %v1033, %v1031 fastmath<contract> : f32
                llvm.store %v1028, %v24 : f32, !llvm.ptr
                llvm.store %v1034, %v25 : f32, !llvm.ptr
                %v1035 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v1036 = arith.muli %v22, %v141 : i64
                  %v1037 = arith.muli %v20, %v140 : i64
                  %v1038 = arith.addi %v1036, %v1037 : i64
                  %v1039 = arith.muli %v1013, %v1 : i64
                  %v1040 = arith.addi %v1038, %v1039 : i64
                  %v1041 = llvm.getelementptr %dx_x[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1035, %v1041 : f32, !llvm.ptr
                }
                %v1042 = arith.muli %v22, %v141 : i64
                %v1043 = arith.muli %v20, %v140 : i64
                %v1044 = arith.addi %v1042, %v1043 : i64
                %v1045 = arith.muli %v1013, %v1 : i64
                %v1046 = arith.addi %v1044, %v1045 : i64
                %v1047 = llvm.getelementptr %in_rho[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
                %v1049 = arith.negf %v1048 : f32
                %v1050 = arith.mulf %v1049, %v150 fastmath<contract> : f32
                %v1051 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1050) : (f32) -> f32
                %v1052 = arith.addf %v33, %v1051 fastmath<contract> : f32
                %v1053 = arith.divf %v33, %v1052 : f32
                %v1054 = arith.mulf %v372, %v1035 fastmath<contract> : f32
                %v1055 = arith.negf %v1054 : f32
                %v1056 = arith.mulf %v1053, %v1055 fastmath<contract> : f32
                %v1057 = arith.addf %v1056, %v1056 fastmath<contract> : f32
                %v1058 = arith.muli %v22, %v141 : i64
                %v1059 = arith.muli %v20, %v140 : i64
                %v1060 = arith.addi %v1058, %v1059 : i64
                %v1061 = arith.muli %v1013, %v1 : i64
                %v1062 = arith.addi %v1060, %v1061 : i64
                %v1063 = llvm.getelementptr %in_theta[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1064 = llvm.load %v1063 : !llvm.ptr -> f32
                %v1065 = arith.mulf %v1064, %v163 fastmath<contract> : f32
                %v1066 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1065) : (f32) -> f32
                %v1067 = arith.mulf %v1066, %v166 fastmath<contract> : f32
                %v1068 = arith.subf %v1064, %v1067 fastmath<contract> : f32
                %v1069 = arith.mulf %v1066, %v167 fastmath<contract> : f32
                %v1070 = arith.subf %v1068, %v1069 fastmath<contract> : f32
                %v1071 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1070) : (f32) -> f32
                %v1072 = arith.mulf %v368, %v1035 fastmath<contract> : f32
                %v1073 = arith.mulf %v1071, %v1072 fastmath<contract> : f32
                %v1074 = arith.mulf %v139, %v1073 fastmath<contract> : f32
                %v1075 = arith.addf %v1057, %v1074 fastmath<contract> : f32
                %v1076 = arith.subf %v33, %v1053 fastmath<contract> : f32
                %v1077 = arith.mulf %v1053, %v1076 fastmath<contract> : f32
                %v1078 = arith.mulf %v1075, %v1077 fastmath<contract> : f32
                scf.if %v17 {
                  %v1079 = arith.muli %v22, %v141 : i64
                  %v1080 = arith.muli %v20, %v140 : i64
                  %v1081 = arith.addi %v1079, %v1080 : i64
                  %v1082 = arith.muli %v1013, %v1 : i64
                  %v1083 = arith.addi %v1081, %v1082 : i64
                  %v1084 = llvm.getelementptr %dx_rho[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1078, %v1084 : f32, !llvm.ptr
                }
                %v1085 = arith.mulf %v139, %v1053 fastmath<contract> : f32
                %v1086 = arith.mulf %v1085, %v1072 fastmath<contract> : f32
                %v1087 = arith.mulf %v1064, %v163 fastmath<contract> : f32
                %v1088 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1087) : (f32) -> f32
                %v1089 = arith.mulf %v1088, %v166 fastmath<contract> : f32
                %v1090 = arith.subf %v1064, %v1089 fastmath<contract> : f32
                %v1091 = arith.mulf %v1088, %v167 fastmath<contract> : f32
                %v1092 = arith.subf %v1090, %v1091 fastmath<contract> : f32
                %v1093 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1092) : (f32) -> f32
                %v1094 = arith.negf %v1093 : f32
                %v1095 = arith.mulf %v1086, %v1094 fastmath<contract> : f32
                scf.if %v17 {
                  %v1096 = arith.muli %v22, %v141 : i64
                  %v1097 = arith.muli %v20, %v140 : i64
                  %v1098 = arith.addi %v1096, %v1097 : i64
                  %v1099 = arith.muli %v1013, %v1 : i64
                  %v1100 = arith.addi %v1098, %v1099 : i64
                  %v1101 = llvm.getelementptr %dx_theta[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1095, %v1101 : f32, !llvm.ptr
                }
                %v1102 = arith.mulf %v1085, %v1071 fastmath<contract> : f32
                llvm.store %v1102, %v26 : f32, !llvm.ptr
                llvm.store %v33, %v28 : f32, !llvm.ptr
                llvm.store %v32, %v27 : f32, !llvm.ptr
                %v1103 = arith.mulf %v1053, %v1053 fastmath<contract> : f32
                %v1104 = arith.negf %v1103 : f32
                llvm.store %v1104, %v29 : f32, !llvm.ptr
                %v1105 = arith.addi %v208, %v324 : i64
                %v1107 = arith.cmpi slt, %v1106, %v618 : i32
                %v1108 = arith.cmpi eq, %v1106, %v624 : i32
                %v1109 = arith.addi %v82, %v1105 : i64
                %v1110 = llvm.load %v24 : !llvm.ptr -> f32
                %v1111 = llvm.load %v25 : !llvm.ptr -> f32
                %v1112 = arith.muli %v22, %v141 : i64
                %v1113 = arith.muli %v20, %v140 : i64
                %v1114 = arith.addi %v1112, %v1113 : i64
                %v1115 = arith.muli %v1109, %v1 : i64
                %v1116 = arith.addi %v1114, %v1115 : i64
                %v1117 = llvm.getelementptr %dy_y[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1118 = llvm.load %v1117 : !llvm.ptr -> f32
                %v1119 = llvm.load %v26 : !llvm.ptr -> f32
                %v1120 = arith.mulf %v1119, %v1110 fastmath<contract> : f32
                %v1121 = arith.addf %v1118, %v1120 fastmath<contract> : f32
                %v1122 = llvm.load %v28 : !llvm.ptr -> f32
                %v1123 = arith.mulf %v1122, %v1111 fastmath<contract> : f32
                %v1124 = arith.addf %v1123, %v1121 fastmath<contract> : f32
                %v1125 = llvm.load %v27 : !llvm.ptr -> f32
                %v1126 = arith.mulf %v1125, %v1111 fastmath<contract> : f32
                %v1127 = arith.addf %v32, %v1126 fastmath<contract> : f32
                %v1128 = llvm.load %v29 : !llvm.ptr -> f32
                %v1129 = arith.mulf %v1128, %v1110 fastmath<contract> : f32
                %v1130 = arith.addf %v1129, %v1127 fastmath<contract> : f32
                llvm.store %v1124, %v24 : f32, !llvm.ptr
                llvm.store %v1130, %v25 : f32, !llvm.ptr
                %v1131 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v1132 = arith.muli %v22, %v141 : i64
                  %v1133 = arith.muli %v20, %v140 : i64
                  %v1134 = arith.addi %v1132, %v1133 : i64
                  %v1135 = arith.muli %v1109, %v1 : i64
                  %v1136 = arith.addi %v1134, %v1135 : i64
                  %v1137 = llvm.getelementptr %dx_x[%v1136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1131, %v1137 : f32, !llvm.ptr
                }
                %v1138 = arith.muli %v22, %v141 : i64
                %v1139 = arith.muli %v20, %v140 : i64
                %v1140 = arith.addi %v1138, %v1139 : i64
                %v1141 = arith.muli %v1109, %v1 : i64
                %v1142 = arith.addi %v1140, %v1141 : i64
                %v1143 = llvm.getelementptr %in_rho[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
                %v1145 = arith.negf %v1144 : f32
                %v1146 = arith.mulf %v1145, %v150 fastmath<contract> : f32
                %v1147 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1146) : (f32) -> f32
                %v1148 = arith.addf %v33, %v1147 fastmath<contract> : f32
                %v1149 = arith.divf %v33, %v1148 : f32
                %v1150 = arith.mulf %v323, %v1131 fastmath<contract> : f32
                %v1151 = arith.negf %v1150 : f32
                %v1152 = arith.mulf %v1149, %v1151 fastmath<contract> : f32
                %v1153 = arith.addf %v1152, %v1152 fastmath<contract> : f32
                %v1154 = arith.muli %v22, %v141 : i64
                %v1155 = arith.muli %v20, %v140 : i64
                %v1156 = arith.addi %v1154, %v1155 : i64
                %v1157 = arith.muli %v1109, %v1 : i64
                %v1158 = arith.addi %v1156, %v1157 : i64
                %v1159 = llvm.getelementptr %in_theta[%v1158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1160 = llvm.load %v1159 : !llvm.ptr -> f32
                %v1161 = arith.mulf %v1160, %v163 fastmath<contract> : f32
                %v1162 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1161) : (f32) -> f32
                %v1163 = arith.mulf %v1162, %v166 fastmath<contract> : f32
                %v1164 = arith.subf %v1160, %v1163 fastmath<contract> : f32
                %v1165 = arith.mulf %v1162, %v167 fastmath<contract> : f32
                %v1166 = arith.subf %v1164, %v1165 fastmath<contract> : f32
                %v1167 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1166) : (f32) -> f32
                %v1168 = arith.mulf %v319, %v1131 fastmath<contract> : f32
                %v1169 = arith.mulf %v1167, %v1168 fastmath<contract> : f32
                %v1170 = arith.mulf %v139, %v1169 fastmath<contract> : f32
                %v1171 = arith.addf %v1153, %v1170 fastmath<contract> : f32
                %v1172 = arith.subf %v33, %v1149 fastmath<contract> : f32
                %v1173 = arith.mulf %v1149, %v1172 fastmath<contract> : f32
                %v1174 = arith.mulf %v1171, %v1173 fastmath<contract> : f32
                scf.if %v17 {
                  %v1175 = arith.muli %v22, %v141 : i64
                  %v1176 = arith.muli %v20, %v140 : i64
                  %v1177 = arith.addi %v1175, %v1176 : i64
                  %v1178 = arith.muli %v1109, %v1 : i64
                  %v1179 = arith.addi %v1177, %v1178 : i64
                  %v1180 = llvm.getelementptr %dx_rho[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1174, %v1180 : f32, !llvm.ptr
                }
                %v1181 = arith.mulf %v139, %v1149 fastmath<contract> : f32
                %v1182 = arith.mulf %v1181, %v1168 fastmath<contract> : f32
                %v1183 = arith.mulf %v1160, %v163 fastmath<contract> : f32
                %v1184 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1183) : (f32) -> f32
                %v1185 = arith.mulf %v1184, %v166 fastmath<contract> : f32
                %v1186 = arith.subf %v1160, %v1185 fastmath<contract> : f32
                %v1187 = arith.mulf %v1184, %v167 fastmath<contract> : f32
                %v1188 = arith.subf %v1186, %v1187 fastmath<contract> : f32
                %v1189 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1188) : (f32) -> f32
                %v1190 = arith.negf %v1189 : f32
                %v1191 = arith.mulf %v1182, %v1190 fastmath<contract> : f32
                scf.if %v17 {
                  %v1192 = arith.muli %v22, %v141 : i64
                  %v1193 = arith.muli %v20, %v140 : i64
                  %v1194 = arith.addi %v1192, %v1193 : i64
                  %v1195 = arith.muli %v1109, %v1 : i64
                  %v1196 = arith.addi %v1194, %v1195 : i64
                  %v1197 = llvm.getelementptr %dx_theta[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1191, %v1197 : f32, !llvm.ptr
                }
                %v1198 = arith.mulf %v1181, %v1167 fastmath<contract> : f32
                llvm.store %v1198, %v26 : f32, !llvm.ptr
                llvm.store %v33, %v28 : f32, !llvm.ptr
                llvm.store %v32, %v27 : f32, !llvm.ptr
                %v1199 = arith.mulf %v1149, %v1149 fastmath<contract> : f32
                %v1200 = arith.negf %v1199 : f32
                llvm.store %v1200, %v29 : f32, !llvm.ptr
                %v1201 = arith.addi %v208, %v1 : i64
                %v1203 = arith.cmpi slt, %v1202, %v618 : i32
                %v1204 = arith.cmpi eq, %v1202, %v624 : i32
                %v1205 = arith.addi %v82, %v1201 : i64
                %v1206 = llvm.load %v24 : !llvm.ptr -> f32
                %v1207 = llvm.load %v25 : !llvm.ptr -> f32
                %v1208 = arith.muli %v22, %v141 : i64
                %v1209 = arith.muli %v20, %v140 : i64
                %v1210 = arith.addi %v1208, %v1209 : i64
                %v1211 = arith.muli %v1205, %v1 : i64
                %v1212 = arith.addi %v1210, %v1211 : i64
                %v1213 = llvm.getelementptr %dy_y[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
                %v1215 = llvm.load %v26 : !llvm.ptr -> f32
                %v1216 = arith.mulf %v1215, %v1206 fastmath<contract> : f32
                %v1217 = arith.addf %v1214, %v1216 fastmath<contract> : f32
                %v1218 = llvm.load %v28 : !llvm.ptr -> f32
                %v1219 = arith.mulf %v1218, %v1207 fastmath<contract> : f32
                %v1220 = arith.addf %v1219, %v1217 fastmath<contract> : f32
                %v1221 = llvm.load %v27 : !llvm.ptr -> f32
                %v1222 = arith.mulf %v1221, %v1207 fastmath<contract> : f32
                %v1223 = arith.addf %v32, %v1222 fastmath<contract> : f32
                %v1224 = llvm.load %v29 : !llvm.ptr -> f32
                %v1225 = arith.mulf %v1224, %v1206 fastmath<contract> : f32
                %v1226 = arith.addf %v1225, %v1223 fastmath<contract> : f32
                llvm.store %v1220, %v24 : f32, !llvm.ptr
                llvm.store %v1226, %v25 : f32, !llvm.ptr
                %v1227 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v1228 = arith.muli %v22, %v141 : i64
                  %v1229 = arith.muli %v20, %v140 : i64
                  %v1230 = arith.addi %v1228, %v1229 : i64
                  %v1231 = arith.muli %v1205, %v1 : i64
                  %v1232 = arith.addi %v1230, %v1231 : i64
                  %v1233 = llvm.getelementptr %dx_x[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1227, %v1233 : f32, !llvm.ptr
                }
                %v1234 = arith.muli %v22, %v141 : i64
                %v1235 = arith.muli %v20, %v140 : i64
                %v1236 = arith.addi %v1234, %v1235 : i64
                %v1237 = arith.muli %v1205, %v1 : i64
                %v1238 = arith.addi %v1236, %v1237 : i64
                %v1239 = llvm.getelementptr %in_rho[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1240 = llvm.load %v1239 : !llvm.ptr -> f32
                %v1241 = arith.negf %v1240 : f32
                %v1242 = arith.mulf %v1241, %v150 fastmath<contract> : f32
                %v1243 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1242) : (f32) -> f32
                %v1244 = arith.addf %v33, %v1243 fastmath<contract> : f32
                %v1245 = arith.divf %v33, %v1244 : f32
                %v1246 = arith.mulf %v275, %v1227 fastmath<contract> : f32
                %v1247 = arith.negf %v1246 : f32
                %v1248 = arith.mulf %v1245, %v1247 fastmath<contract> : f32
                %v1249 = arith.addf %v1248, %v1248 fastmath<contract> : f32
                %v1250 = arith.muli %v22, %v141 : i64
                %v1251 = arith.muli %v20, %v140 : i64
                %v1252 = arith.addi %v1250, %v1251 : i64
                %v1253 = arith.muli %v1205, %v1 : i64
                %v1254 = arith.addi %v1252, %v1253 : i64
                %v1255 = llvm.getelementptr %in_theta[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
                %v1257 = arith.mulf %v1256, %v163 fastmath<contract> : f32
                %v1258 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1257) : (f32) -> f32
                %v1259 = arith.mulf %v1258, %v166 fastmath<contract> : f32
                %v1260 = arith.subf %v1256, %v1259 fastmath<contract> : f32
                %v1261 = arith.mulf %v1258, %v167 fastmath<contract> : f32
                %v1262 = arith.subf %v1260, %v1261 fastmath<contract> : f32
                %v1263 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1262) : (f32) -> f32
                %v1264 = arith.mulf %v271, %v1227 fastmath<contract> : f32
                %v1265 = arith.mulf %v1263, %v1264 fastmath<contract> : f32
                %v1266 = arith.mulf %v139, %v1265 fastmath<contract> : f32
                %v1267 = arith.addf %v1249, %v1266 fastmath<contract> : f32
                %v1268 = arith.subf %v33, %v1245 fastmath<contract> : f32
                %v1269 = arith.mulf %v1245, %v1268 fastmath<contract> : f32
                %v1270 = arith.mulf %v1267, %v1269 fastmath<contract> : f32
                scf.if %v17 {
                  %v1271 = arith.muli %v22, %v141 : i64
                  %v1272 = arith.muli %v20, %v140 : i64
                  %v1273 = arith.addi %v1271, %v1272 : i64
                  %v1274 = arith.muli %v1205, %v1 : i64
                  %v1275 = arith.addi %v1273, %v1274 : i64
                  %v1276 = llvm.getelementptr %dx_rho[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1270, %v1276 : f32, !llvm.ptr
                }
                %v1277 = arith.mulf %v139, %v1245 fastmath<contract> : f32
                %v1278 = arith.mulf %v1277, %v1264 fastmath<contract> : f32
                %v1279 = arith.mulf %v1256, %v163 fastmath<contract> : f32
                %v1280 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1279) : (f32) -> f32
                %v1281 = arith.mulf %v1280, %v166 fastmath<contract> : f32
                %v1282 = arith.subf %v1256, %v1281 fastmath<contract> : f32
                %v1283 = arith.mulf %v1280, %v167 fastmath<contract> : f32
                %v1284 = arith.subf %v1282, %v1283 fastmath<contract> : f32
                %v1285 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1284) : (f32) -> f32
                %v1286 = arith.negf %v1285 : f32
                %v1287 = arith.mulf %v1278, %v1286 fastmath<contract> : f32
                scf.if %v17 {
                  %v1288 = arith.muli %v22, %v141 : i64
                  %v1289 = arith.muli %v20, %v140 : i64
                  %v1290 = arith.addi %v1288, %v1289 : i64
                  %v1291 = arith.muli %v1205, %v1 : i64
                  %v1292 = arith.addi %v1290, %v1291 : i64
                  %v1293 = llvm.getelementptr %dx_theta[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1287, %v1293 : f32, !llvm.ptr
                }
                %v1294 = arith.mulf %v1277, %v1263 fastmath<contract> : f32
                llvm.store %v1294, %v26 : f32, !llvm.ptr
                llvm.store %v33, %v28 : f32, !llvm.ptr
                llvm.store %v32, %v27 : f32, !llvm.ptr
                %v1295 = arith.mulf %v1245, %v1245 fastmath<contract> : f32
                %v1296 = arith.negf %v1295 : f32
                llvm.store %v1296, %v29 : f32, !llvm.ptr
                %v1297 = arith.addi %v208, %v49 : i64
                %v1299 = arith.cmpi slt, %v1298, %v618 : i32
                %v1300 = arith.cmpi eq, %v1298, %v624 : i32
                %v1301 = arith.addi %v82, %v1297 : i64
                %v1302 = llvm.load %v24 : !llvm.ptr -> f32
                %v1303 = llvm.load %v25 : !llvm.ptr -> f32
                %v1304 = arith.muli %v22, %v141 : i64
                %v1305 = arith.muli %v20, %v140 : i64
                %v1306 = arith.addi %v1304, %v1305 : i64
                %v1307 = arith.muli %v1301, %v1 : i64
                %v1308 = arith.addi %v1306, %v1307 : i64
                %v1309 = llvm.getelementptr %dy_y[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1310 = llvm.load %v1309 : !llvm.ptr -> f32
                %v1311 = llvm.load %v26 : !llvm.ptr -> f32
                %v1312 = arith.mulf %v1311, %v1302 fastmath<contract> : f32
                %v1313 = arith.addf %v1310, %v1312 fastmath<contract> : f32
                %v1314 = llvm.load %v28 : !llvm.ptr -> f32
                %v1315 = arith.mulf %v1314, %v1303 fastmath<contract> : f32
                %v1316 = arith.addf %v1315, %v1313 fastmath<contract> : f32
                %v1317 = llvm.load %v27 : !llvm.ptr -> f32
                %v1318 = arith.mulf %v1317, %v1303 fastmath<contract> : f32
                %v1319 = arith.addf %v32, %v1318 fastmath<contract> : f32
                %v1320 = llvm.load %v29 : !llvm.ptr -> f32
                %v1321 = arith.mulf %v1320, %v1302 fastmath<contract> : f32
                %v1322 = arith.addf %v1321, %v1319 fastmath<contract> : f32
                llvm.store %v1316, %v24 : f32, !llvm.ptr
                llvm.store %v1322, %v25 : f32, !llvm.ptr
                %v1323 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v1324 = arith.muli %v22, %v141 : i64
                  %v1325 = arith.muli %v20, %v140 : i64
                  %v1326 = arith.addi %v1324, %v1325 : i64
                  %v1327 = arith.muli %v1301, %v1 : i64
                  %v1328 = arith.addi %v1326, %v1327 : i64
                  %v1329 = llvm.getelementptr %dx_x[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1323, %v1329 : f32, !llvm.ptr
                }
                %v1330 = arith.muli %v22, %v141 : i64
                %v1331 = arith.muli %v20, %v140 : i64
                %v1332 = arith.addi %v1330, %v1331 : i64
                %v1333 = arith.muli %v1301, %v1 : i64
                %v1334 = arith.addi %v1332, %v1333 : i64
                %v1335 = llvm.getelementptr %in_rho[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
                %v1337 = arith.negf %v1336 : f32
                %v1338 = arith.mulf %v1337, %v150 fastmath<contract> : f32
                %v1339 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1338) : (f32) -> f32
                %v1340 = arith.addf %v33, %v1339 fastmath<contract> : f32
                %v1341 = arith.divf %v33, %v1340 : f32
                %v1342 = arith.mulf %v227, %v1323 fastmath<contract> : f32
                %v1343 = arith.negf %v1342 : f32
                %v1344 = arith.mulf %v1341, %v1343 fastmath<contract> : f32
                %v1345 = arith.addf %v1344, %v1344 fastmath<contract> : f32
                %v1346 = arith.muli %v22, %v141 : i64
                %v1347 = arith.muli %v20, %v140 : i64
                %v1348 = arith.addi %v1346, %v1347 : i64
                %v1349 = arith.muli %v1301, %v1 : i64
                %v1350 = arith.addi %v1348, %v1349 : i64
                %v1351 = llvm.getelementptr %in_theta[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1352 = llvm.load %v1351 : !llvm.ptr -> f32
                %v1353 = arith.mulf %v1352, %v163 fastmath<contract> : f32
                %v1354 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1353) : (f32) -> f32
                %v1355 = arith.mulf %v1354, %v166 fastmath<contract> : f32
                %v1356 = arith.subf %v1352, %v1355 fastmath<contract> : f32
                %v1357 = arith.mulf %v1354, %v167 fastmath<contract> : f32
                %v1358 = arith.subf %v1356, %v1357 fastmath<contract> : f32
                %v1359 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1358) : (f32) -> f32
                %v1360 = arith.mulf %v219, %v1323 fastmath<contract> : f32
                %v1361 = arith.mulf %v1359, %v1360 fastmath<contract> : f32
                %v1362 = arith.mulf %v139, %v1361 fastmath<contract> : f32
                %v1363 = arith.addf %v1345, %v1362 fastmath<contract> : f32
                %v1364 = arith.subf %v33, %v1341 fastmath<contract> : f32
                %v1365 = arith.mulf %v1341, %v1364 fastmath<contract> : f32
                %v1366 = arith.mulf %v1363, %v1365 fastmath<contract> : f32
                scf.if %v17 {
                  %v1367 = arith.muli %v22, %v141 : i64
                  %v1368 = arith.muli %v20, %v140 : i64
                  %v1369 = arith.addi %v1367, %v1368 : i64
                  %v1370 = arith.muli %v1301, %v1 : i64
                  %v1371 = arith.addi %v1369, %v1370 : i64
                  %v1372 = llvm.getelementptr %dx_rho[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1366, %v1372 : f32, !llvm.ptr
                }
                %v1373 = arith.mulf %v139, %v1341 fastmath<contract> : f32
                %v1374 = arith.mulf %v1373, %v1360 fastmath<contract> : f32
                %v1375 = arith.mulf %v1352, %v163 fastmath<contract> : f32
                %v1376 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1375) : (f32) -> f32
                %v1377 = arith.mulf %v1376, %v166 fastmath<contract> : f32
                %v1378 = arith.subf %v1352, %v1377 fastmath<contract> : f32
                %v1379 = arith.mulf %v1376, %v167 fastmath<contract> : f32
                %v1380 = arith.subf %v1378, %v1379 fastmath<contract> : f32
                %v1381 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1380) : (f32) -> f32
                %v1382 = arith.negf %v1381 : f32
                %v1383 = arith.mulf %v1374, %v1382 fastmath<contract> : f32
                scf.if %v17 {
                  %v1384 = arith.muli %v22, %v141 : i64
                  %v1385 = arith.muli %v20, %v140 : i64
                  %v1386 = arith.addi %v1384, %v1385 : i64
                  %v1387 = arith.muli %v1301, %v1 : i64
                  %v1388 = arith.addi %v1386, %v1387 : i64
                  %v1389 = llvm.getelementptr %dx_theta[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1383, %v1389 : f32, !llvm.ptr
                }
                %v1390 = arith.mulf %v1373, %v1359 fastmath<contract> : f32
                llvm.store %v1390, %v26 : f32, !llvm.ptr
                llvm.store %v33, %v28 : f32, !llvm.ptr
                llvm.store %v32, %v27 : f32, !llvm.ptr
                %v1391 = arith.mulf %v1341, %v1341 fastmath<contract> : f32
                %v1392 = arith.negf %v1391 : f32
                llvm.store %v1392, %v29 : f32, !llvm.ptr
              } else {
                %v1393 = arith.subi %v84, %v1 : i64
                %v1394 = arith.muli %v207, %v3 : i64
                %v1395 = arith.subi %v3, %v1 : i64
                %v1396 = arith.minsi %v16, %v1395 : i64
                %v1397 = arith.addi %v1394, %v1396 : i64
                %v1398 = arith.muli %v1397, %v1 : i64
                %v1399 = arith.addi %v1398, %v49 : i64
                %v1400 = llvm.getelementptr %scratch_h[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
                %v1402 = arith.muli %v207, %v3 : i64
                %v1403 = arith.subi %v3, %v1 : i64
                %v1404 = arith.minsi %v16, %v1403 : i64
                %v1405 = arith.addi %v1402, %v1404 : i64
                %v1406 = arith.muli %v1405, %v1 : i64
                %v1407 = arith.addi %v1406, %v49 : i64
                %v1408 = llvm.getelementptr %scratch_hp[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1410 = arith.addi %v208, %v49 : i64
                %v1411 = arith.minsi %v1410, %v1393 : i64
                %v1412 = arith.addi %v82, %v1411 : i64
                %v1413 = arith.muli %v22, %v141 : i64
                %v1414 = arith.muli %v20, %v140 : i64
                %v1415 = arith.addi %v1413, %v1414 : i64
                %v1416 = arith.muli %v1412, %v1 : i64
                %v1417 = arith.addi %v1415, %v1416 : i64
                %v1418 = llvm.getelementptr %in_rho[%v1417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1419 = llvm.load %v1418 : !llvm.ptr -> f32
                %v1420 = arith.negf %v1419 : f32
                %v1421 = arith.mulf %v1420, %v150 fastmath<contract> : f32
                %v1422 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1421) : (f32) -> f32
                %v1423 = arith.addf %v33, %v1422 fastmath<contract> : f32
                %v1424 = arith.divf %v33, %v1423 : f32
                %v1425 = arith.mulf %v139, %v1424 fastmath<contract> : f32
                %v1426 = arith.muli %v22, %v141 : i64
                %v1427 = arith.muli %v20, %v140 : i64
                %v1428 = arith.addi %v1426, %v1427 : i64
                %v1429 = arith.muli %v1412, %v1 : i64
                %v1430 = arith.addi %v1428, %v1429 : i64
                %v1431 = llvm.getelementptr %in_theta[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1432 = llvm.load %v1431 : !llvm.ptr -> f32
                %v1433 = arith.mulf %v1432, %v163 fastmath<contract> : f32
                %v1434 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1433) : (f32) -> f32
                %v1435 = arith.mulf %v1434, %v166 fastmath<contract> : f32
                %v1436 = arith.subf %v1432, %v1435 fastmath<contract> : f32
                %v1437 = arith.mulf %v1434, %v167 fastmath<contract> : f32
                %v1438 = arith.subf %v1436, %v1437 fastmath<contract> : f32
                %v1439 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1438) : (f32) -> f32
                %v1440 = arith.mulf %v1425, %v1439 fastmath<contract> : f32
                %v1441 = arith.muli %v22, %v141 : i64
                %v1442 = arith.muli %v20, %v140 : i64
                %v1443 = arith.addi %v1441, %v1442 : i64
                %v1444 = arith.muli %v1412, %v1 : i64
                %v1445 = arith.addi %v1443, %v1444 : i64
                %v1446 = llvm.getelementptr %in_x[%v1445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1447 = llvm.load %v1446 : !llvm.ptr -> f32
                %v1448 = arith.mulf %v1440, %v1401 fastmath<contract> : f32
                %v1449 = arith.addf %v1448, %v1447 fastmath<contract> : f32
                %v1450 = arith.mulf %v1424, %v1424 fastmath<contract> : f32
                %v1451 = arith.negf %v1450 : f32
                %v1452 = arith.mulf %v1451, %v1409 fastmath<contract> : f32
                %v1453 = arith.addf %v1449, %v1452 fastmath<contract> : f32
                %v1454 = arith.mulf %v32, %v1409 fastmath<contract> : f32
                %v1455 = arith.addf %v1454, %v32 fastmath<contract> : f32
                %v1456 = arith.mulf %v33, %v1401 fastmath<contract> : f32
                %v1457 = arith.addf %v1455, %v1456 fastmath<contract> : f32
                %v1458 = arith.addi %v208, %v1 : i64
                %v1459 = arith.minsi %v1458, %v1393 : i64
                %v1460 = arith.addi %v82, %v1459 : i64
                %v1461 = arith.muli %v22, %v141 : i64
                %v1462 = arith.muli %v20, %v140 : i64
                %v1463 = arith.addi %v1461, %v1462 : i64
                %v1464 = arith.muli %v1460, %v1 : i64
                %v1465 = arith.addi %v1463, %v1464 : i64
                %v1466 = llvm.getelementptr %in_rho[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
                %v1468 = arith.negf %v1467 : f32
                %v1469 = arith.mulf %v1468, %v150 fastmath<contract> : f32
                %v1470 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1469) : (f32) -> f32
                %v1471 = arith.addf %v33, %v1470 fastmath<contract> : f32
                %v1472 = arith.divf %v33, %v1471 : f32
                %v1473 = arith.mulf %v139, %v1472 fastmath<contract> : f32
                %v1474 = arith.muli %v22, %v141 : i64
                %v1475 = arith.muli %v20, %v140 : i64
                %v1476 = arith.addi %v1474, %v1475 : i64
                %v1477 = arith.muli %v1460, %v1 : i64
                %v1478 = arith.addi %v1476, %v1477 : i64
                %v1479 = llvm.getelementptr %in_theta[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
                %v1481 = arith.mulf %v1480, %v163 fastmath<contract> : f32
                %v1482 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1481) : (f32) -> f32
                %v1483 = arith.mulf %v1482, %v166 fastmath<contract> : f32
                %v1484 = arith.subf %v1480, %v1483 fastmath<contract> : f32
                %v1485 = arith.mulf %v1482, %v167 fastmath<contract> : f32
                %v1486 = arith.subf %v1484, %v1485 fastmath<contract> : f32
                %v1487 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1486) : (f32) -> f32
                %v1488 = arith.mulf %v1473, %v1487 fastmath<contract> : f32
                %v1489 = arith.muli %v22, %v141 : i64
                %v1490 = arith.muli %v20, %v140 : i64
                %v1491 = arith.addi %v1489, %v1490 : i64
                %v1492 = arith.muli %v1460, %v1 : i64
                %v1493 = arith.addi %v1491, %v1492 : i64
                %v1494 = llvm.getelementptr %in_x[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
                %v1496 = arith.mulf %v1488, %v1453 fastmath<contract> : f32
                %v1497 = arith.addf %v1496, %v1495 fastmath<contract> : f32
                %v1498 = arith.mulf %v1472, %v1472 fastmath<contract> : f32
                %v1499 = arith.negf %v1498 : f32
                %v1500 = arith.mulf %v1499, %v1457 fastmath<contract> : f32
                %v1501 = arith.addf %v1497, %v1500 fastmath<contract> : f32
                %v1502 = arith.mulf %v32, %v1457 fastmath<contract> : f32
                %v1503 = arith.addf %v1502, %v32 fastmath<contract> : f32
                %v1504 = arith.mulf %v33, %v1453 fastmath<contract> : f32
                %v1505 = arith.addf %v1503, %v1504 fastmath<contract> : f32
                %v1506 = arith.addi %v208, %v324 : i64
                %v1507 = arith.minsi %v1506, %v1393 : i64
                %v1508 = arith.addi %v82, %v1507 : i64
                %v1509 = arith.muli %v22, %v141 : i64
                %v1510 = arith.muli %v20, %v140 : i64
                %v1511 = arith.addi %v1509, %v1510 : i64
                %v1512 = arith.muli %v1508, %v1 : i64
                %v1513 = arith.addi %v1511, %v1512 : i64
                %v1514 = llvm.getelementptr %in_rho[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1515 = llvm.load %v1514 : !llvm.ptr -> f32
                %v1516 = arith.negf %v1515 : f32
                %v1517 = arith.mulf %v1516, %v150 fastmath<contract> : f32
                %v1518 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1517) : (f32) -> f32
                %v1519 = arith.addf %v33, %v1518 fastmath<contract> : f32
                %v1520 = arith.divf %v33, %v1519 : f32
                %v1521 = arith.mulf %v139, %v1520 fastmath<contract> : f32
                %v1522 = arith.muli %v22, %v141 : i64
                %v1523 = arith.muli %v20, %v140 : i64
                %v1524 = arith.addi %v1522, %v1523 : i64
                %v1525 = arith.muli %v1508, %v1 : i64
                %v1526 = arith.addi %v1524, %v1525 : i64
                %v1527 = llvm.getelementptr %in_theta[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
                %v1529 = arith.mulf %v1528, %v163 fastmath<contract> : f32
                %v1530 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1529) : (f32) -> f32
                %v1531 = arith.mulf %v1530, %v166 fastmath<contract> : f32
                %v1532 = arith.subf %v1528, %v1531 fastmath<contract> : f32
                %v1533 = arith.mulf %v1530, %v167 fastmath<contract> : f32
                %v1534 = arith.subf %v1532, %v1533 fastmath<contract> : f32
                %v1535 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1534) : (f32) -> f32
                %v1536 = arith.mulf %v1521, %v1535 fastmath<contract> : f32
                %v1537 = arith.muli %v22, %v141 : i64
                %v1538 = arith.muli %v20, %v140 : i64
                %v1539 = arith.addi %v1537, %v1538 : i64
                %v1540 = arith.muli %v1508, %v1 : i64
                %v1541 = arith.addi %v1539, %v1540 : i64
                %v1542 = llvm.getelementptr %in_x[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1543 = llvm.load %v1542 : !llvm.ptr -> f32
                %v1544 = arith.mulf %v1536, %v1501 fastmath<contract> : f32
                %v1545 = arith.addf %v1544, %v1543 fastmath<contract> : f32
                %v1546 = arith.mulf %v1520, %v1520 fastmath<contract> : f32
                %v1547 = arith.negf %v1546 : f32
                %v1548 = arith.mulf %v1547, %v1505 fastmath<contract> : f32
                %v1549 = arith.addf %v1545, %v1548 fastmath<contract> : f32
                %v1550 = arith.mulf %v32, %v1505 fastmath<contract> : f32
                %v1551 = arith.addf %v1550, %v32 fastmath<contract> : f32
                %v1552 = arith.mulf %v33, %v1501 fastmath<contract> : f32
                %v1553 = arith.addf %v1551, %v1552 fastmath<contract> : f32
                %v1554 = arith.addi %v208, %v373 : i64
                %v1555 = arith.minsi %v1554, %v1393 : i64
                %v1556 = arith.addi %v82, %v1555 : i64
                %v1557 = arith.muli %v22, %v141 : i64
                %v1558 = arith.muli %v20, %v140 : i64
                %v1559 = arith.addi %v1557, %v1558 : i64
                %v1560 = arith.muli %v1556, %v1 : i64
                %v1561 = arith.addi %v1559, %v1560 : i64
                %v1562 = llvm.getelementptr %in_rho[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1563 = llvm.load %v1562 : !llvm.ptr -> f32
                %v1564 = arith.negf %v1563 : f32
                %v1565 = arith.mulf %v1564, %v150 fastmath<contract> : f32
                %v1566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1565) : (f32) -> f32
                %v1567 = arith.addf %v33, %v1566 fastmath<contract> : f32
                %v1568 = arith.divf %v33, %v1567 : f32
                %v1569 = arith.mulf %v139, %v1568 fastmath<contract> : f32
                %v1570 = arith.muli %v22, %v141 : i64
                %v1571 = arith.muli %v20, %v140 : i64
                %v1572 = arith.addi %v1570, %v1571 : i64
                %v1573 = arith.muli %v1556, %v1 : i64
                %v1574 = arith.addi %v1572, %v1573 : i64
                %v1575 = llvm.getelementptr %in_theta[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
                %v1577 = arith.mulf %v1576, %v163 fastmath<contract> : f32
                %v1578 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1577) : (f32) -> f32
                %v1579 = arith.mulf %v1578, %v166 fastmath<contract> : f32
                %v1580 = arith.subf %v1576, %v1579 fastmath<contract> : f32
                %v1581 = arith.mulf %v1578, %v167 fastmath<contract> : f32
                %v1582 = arith.subf %v1580, %v1581 fastmath<contract> : f32
                %v1583 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1582) : (f32) -> f32
                %v1584 = arith.mulf %v1569, %v1583 fastmath<contract> : f32
                %v1585 = arith.muli %v22, %v141 : i64
                %v1586 = arith.muli %v20, %v140 : i64
                %v1587 = arith.addi %v1585, %v1586 : i64
                %v1588 = arith.muli %v1556, %v1 : i64
                %v1589 = arith.addi %v1587, %v1588 : i64
                %v1590 = llvm.getelementptr %in_x[%v1589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1591 = llvm.load %v1590 : !llvm.ptr -> f32
                %v1592 = arith.mulf %v1584, %v1549 fastmath<contract> : f32
                %v1593 = arith.addf %v1592, %v1591 fastmath<contract> : f32
                %v1594 = arith.mulf %v1568, %v1568 fastmath<contract> : f32
                %v1595 = arith.negf %v1594 : f32
                %v1596 = arith.mulf %v1595, %v1553 fastmath<contract> : f32
                %v1597 = arith.addf %v1593, %v1596 fastmath<contract> : f32
                %v1598 = arith.mulf %v32, %v1553 fastmath<contract> : f32
                %v1599 = arith.addf %v1598, %v32 fastmath<contract> : f32
                %v1600 = arith.mulf %v33, %v1549 fastmath<contract> : f32
                %v1601 = arith.addf %v1599, %v1600 fastmath<contract> : f32
                %v1602 = arith.addi %v208, %v422 : i64
                %v1603 = arith.minsi %v1602, %v1393 : i64
                %v1604 = arith.addi %v82, %v1603 : i64
                %v1605 = arith.muli %v22, %v141 : i64
                %v1606 = arith.muli %v20, %v140 : i64
                %v1607 = arith.addi %v1605, %v1606 : i64
                %v1608 = arith.muli %v1604, %v1 : i64
                %v1609 = arith.addi %v1607, %v1608 : i64
                %v1610 = llvm.getelementptr %in_rho[%v1609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
                %v1612 = arith.negf %v1611 : f32
                %v1613 = arith.mulf %v1612, %v150 fastmath<contract> : f32
                %v1614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1613) : (f32) -> f32
                %v1615 = arith.addf %v33, %v1614 fastmath<contract> : f32
                %v1616 = arith.divf %v33, %v1615 : f32
                %v1617 = arith.mulf %v139, %v1616 fastmath<contract> : f32
                %v1618 = arith.muli %v22, %v141 : i64
                %v1619 = arith.muli %v20, %v140 : i64
                %v1620 = arith.addi %v1618, %v1619 : i64
                %v1621 = arith.muli %v1604, %v1 : i64
                %v1622 = arith.addi %v1620, %v1621 : i64
                %v1623 = llvm.getelementptr %in_theta[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
                %v1625 = arith.mulf %v1624, %v163 fastmath<contract> : f32
                %v1626 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1625) : (f32) -> f32
                %v1627 = arith.mulf %v1626, %v166 fastmath<contract> : f32
                %v1628 = arith.subf %v1624, %v1627 fastmath<contract> : f32
                %v1629 = arith.mulf %v1626, %v167 fastmath<contract> : f32
                %v1630 = arith.subf %v1628, %v1629 fastmath<contract> : f32
                %v1631 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1630) : (f32) -> f32
                %v1632 = arith.mulf %v1617, %v1631 fastmath<contract> : f32
                %v1633 = arith.muli %v22, %v141 : i64
                %v1634 = arith.muli %v20, %v140 : i64
                %v1635 = arith.addi %v1633, %v1634 : i64
                %v1636 = arith.muli %v1604, %v1 : i64
                %v1637 = arith.addi %v1635, %v1636 : i64
                %v1638 = llvm.getelementptr %in_x[%v1637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1639 = llvm.load %v1638 : !llvm.ptr -> f32
                %v1640 = arith.mulf %v1632, %v1597 fastmath<contract> : f32
                %v1641 = arith.addf %v1640, %v1639 fastmath<contract> : f32
                %v1642 = arith.mulf %v1616, %v1616 fastmath<contract> : f32
                %v1643 = arith.negf %v1642 : f32
                %v1644 = arith.mulf %v1643, %v1601 fastmath<contract> : f32
                %v1645 = arith.addf %v1641, %v1644 fastmath<contract> : f32
                %v1646 = arith.mulf %v32, %v1601 fastmath<contract> : f32
                %v1647 = arith.addf %v1646, %v32 fastmath<contract> : f32
                %v1648 = arith.mulf %v33, %v1597 fastmath<contract> : f32
                %v1649 = arith.addf %v1647, %v1648 fastmath<contract> : f32
                %v1650 = arith.addi %v208, %v471 : i64
                %v1651 = arith.minsi %v1650, %v1393 : i64
                %v1652 = arith.addi %v82, %v1651 : i64
                %v1653 = arith.muli %v22, %v141 : i64
                %v1654 = arith.muli %v20, %v140 : i64
                %v1655 = arith.addi %v1653, %v1654 : i64
                %v1656 = arith.muli %v1652, %v1 : i64
                %v1657 = arith.addi %v1655, %v1656 : i64
                %v1658 = llvm.getelementptr %in_rho[%v1657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1659 = llvm.load %v1658 : !llvm.ptr -> f32
                %v1660 = arith.negf %v1659 : f32
                %v1661 = arith.mulf %v1660, %v150 fastmath<contract> : f32
                %v1662 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1661) : (f32) -> f32
                %v1663 = arith.addf %v33, %v1662 fastmath<contract> : f32
                %v1664 = arith.divf %v33, %v1663 : f32
                %v1665 = arith.mulf %v139, %v1664 fastmath<contract> : f32
                %v1666 = arith.muli %v22, %v141 : i64
                %v1667 = arith.muli %v20, %v140 : i64
                %v1668 = arith.addi %v1666, %v1667 : i64
                %v1669 = arith.muli %v1652, %v1 : i64
                %v1670 = arith.addi %v1668, %v1669 : i64
                %v1671 = llvm.getelementptr %in_theta[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
                %v1673 = arith.mulf %v1672, %v163 fastmath<contract> : f32
                %v1674 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1673) : (f32) -> f32
                %v1675 = arith.mulf %v1674, %v166 fastmath<contract> : f32
                %v1676 = arith.subf %v1672, %v1675 fastmath<contract> : f32
                %v1677 = arith.mulf %v1674, %v167 fastmath<contract> : f32
                %v1678 = arith.subf %v1676, %v1677 fastmath<contract> : f32
                %v1679 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1678) : (f32) -> f32
                %v1680 = arith.mulf %v1665, %v1679 fastmath<contract> : f32
                %v1681 = arith.muli %v22, %v141 : i64
                %v1682 = arith.muli %v20, %v140 : i64
                %v1683 = arith.addi %v1681, %v1682 : i64
                %v1684 = arith.muli %v1652, %v1 : i64
                %v1685 = arith.addi %v1683, %v1684 : i64
                %v1686 = llvm.getelementptr %in_x[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
                %v1688 = arith.mulf %v1680, %v1645 fastmath<contract> : f32
                %v1689 = arith.addf %v1688, %v1687 fastmath<contract> : f32
                %v1690 = arith.mulf %v1664, %v1664 fastmath<contract> : f32
                %v1691 = arith.negf %v1690 : f32
                %v1692 = arith.mulf %v1691, %v1649 fastmath<contract> : f32
                %v1693 = arith.addf %v1689, %v1692 fastmath<contract> : f32
                %v1694 = arith.mulf %v32, %v1649 fastmath<contract> : f32
                %v1695 = arith.addf %v1694, %v32 fastmath<contract> : f32
                %v1696 = arith.mulf %v33, %v1645 fastmath<contract> : f32
                %v1697 = arith.addf %v1695, %v1696 fastmath<contract> : f32
                %v1698 = arith.addi %v208, %v520 : i64
                %v1699 = arith.minsi %v1698, %v1393 : i64
                %v1700 = arith.addi %v82, %v1699 : i64
                %v1701 = arith.muli %v22, %v141 : i64
                %v1702 = arith.muli %v20, %v140 : i64
                %v1703 = arith.addi %v1701, %v1702 : i64
                %v1704 = arith.muli %v1700, %v1 : i64
                %v1705 = arith.addi %v1703, %v1704 : i64
                %v1706 = llvm.getelementptr %in_rho[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
                %v1708 = arith.negf %v1707 : f32
                %v1709 = arith.mulf %v1708, %v150 fastmath<contract> : f32
                %v1710 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1709) : (f32) -> f32
                %v1711 = arith.addf %v33, %v1710 fastmath<contract> : f32
                %v1712 = arith.divf %v33, %v1711 : f32
                %v1713 = arith.mulf %v139, %v1712 fastmath<contract> : f32
                %v1714 = arith.muli %v22, %v141 : i64
                %v1715 = arith.muli %v20, %v140 : i64
                %v1716 = arith.addi %v1714, %v1715 : i64
                %v1717 = arith.muli %v1700, %v1 : i64
                %v1718 = arith.addi %v1716, %v1717 : i64
                %v1719 = llvm.getelementptr %in_theta[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1720 = llvm.load %v1719 : !llvm.ptr -> f32
                %v1721 = arith.mulf %v1720, %v163 fastmath<contract> : f32
                %v1722 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1721) : (f32) -> f32
                %v1723 = arith.mulf %v1722, %v166 fastmath<contract> : f32
                %v1724 = arith.subf %v1720, %v1723 fastmath<contract> : f32
                %v1725 = arith.mulf %v1722, %v167 fastmath<contract> : f32
                %v1726 = arith.subf %v1724, %v1725 fastmath<contract> : f32
                %v1727 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1726) : (f32) -> f32
                %v1728 = arith.mulf %v1713, %v1727 fastmath<contract> : f32
                %v1729 = arith.muli %v22, %v141 : i64
                %v1730 = arith.muli %v20, %v140 : i64
                %v1731 = arith.addi %v1729, %v1730 : i64
                %v1732 = arith.muli %v1700, %v1 : i64
                %v1733 = arith.addi %v1731, %v1732 : i64
                %v1734 = llvm.getelementptr %in_x[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1735 = llvm.load %v1734 : !llvm.ptr -> f32
                %v1736 = arith.mulf %v1728, %v1693 fastmath<contract> : f32
                %v1737 = arith.addf %v1736, %v1735 fastmath<contract> : f32
                %v1738 = arith.mulf %v1712, %v1712 fastmath<contract> : f32
                %v1739 = arith.negf %v1738 : f32
                %v1740 = arith.mulf %v1739, %v1697 fastmath<contract> : f32
                %v1741 = arith.addf %v1737, %v1740 fastmath<contract> : f32
                %v1742 = arith.mulf %v32, %v1697 fastmath<contract> : f32
                %v1743 = arith.addf %v1742, %v32 fastmath<contract> : f32
                %v1744 = arith.mulf %v33, %v1693 fastmath<contract> : f32
                %v1745 = arith.addf %v1743, %v1744 fastmath<contract> : f32
                %v1746 = arith.addi %v208, %v69 : i64
                %v1747 = arith.minsi %v1746, %v1393 : i64
                %v1748 = arith.addi %v82, %v1747 : i64
                %v1749 = arith.muli %v22, %v141 : i64
                %v1750 = arith.muli %v20, %v140 : i64
                %v1751 = arith.addi %v1749, %v1750 : i64
                %v1752 = arith.muli %v1748, %v1 : i64
                %v1753 = arith.addi %v1751, %v1752 : i64
                %v1754 = llvm.getelementptr %in_rho[%v1753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1755 = llvm.load %v1754 : !llvm.ptr -> f32
                %v1756 = arith.negf %v1755 : f32
                %v1757 = arith.mulf %v1756, %v150 fastmath<contract> : f32
                %v1758 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1757) : (f32) -> f32
                %v1759 = arith.addf %v33, %v1758 fastmath<contract> : f32
                %v1760 = arith.divf %v33, %v1759 : f32
                %v1761 = arith.mulf %v139, %v1760 fastmath<contract> : f32
                %v1762 = arith.muli %v22, %v141 : i64
                %v1763 = arith.muli %v20, %v140 : i64
                %v1764 = arith.addi %v1762, %v1763 : i64
                %v1765 = arith.muli %v1748, %v1 : i64
                %v1766 = arith.addi %v1764, %v1765 : i64
                %v1767 = llvm.getelementptr %in_theta[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1768 = llvm.load %v1767 : !llvm.ptr -> f32
                %v1769 = arith.mulf %v1768, %v163 fastmath<contract> : f32
                %v1770 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1769) : (f32) -> f32
                %v1771 = arith.mulf %v1770, %v166 fastmath<contract> : f32
                %v1772 = arith.subf %v1768, %v1771 fastmath<contract> : f32
                %v1773 = arith.mulf %v1770, %v167 fastmath<contract> : f32
                %v1774 = arith.subf %v1772, %v1773 fastmath<contract> : f32
                %v1775 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1774) : (f32) -> f32
                %v1776 = arith.mulf %v1761, %v1775 fastmath<contract> : f32
                %v1777 = arith.muli %v22, %v141 : i64
                %v1778 = arith.muli %v20, %v140 : i64
                %v1779 = arith.addi %v1777, %v1778 : i64
                %v1780 = arith.muli %v1748, %v1 : i64
                %v1781 = arith.addi %v1779, %v1780 : i64
                %v1782 = llvm.getelementptr %in_x[%v1781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1783 = llvm.load %v1782 : !llvm.ptr -> f32
                %v1784 = arith.mulf %v1776, %v1741 fastmath<contract> : f32
                %v1785 = arith.addf %v1784, %v1783 fastmath<contract> : f32
                %v1786 = arith.mulf %v1760, %v1760 fastmath<contract> : f32
                %v1787 = arith.negf %v1786 : f32
                %v1788 = arith.mulf %v1787, %v1745 fastmath<contract> : f32
                %v1789 = arith.addf %v1785, %v1788 fastmath<contract> : f32
                %v1790 = arith.mulf %v32, %v1745 fastmath<contract> : f32
                %v1791 = arith.addf %v1790, %v32 fastmath<contract> : f32
                %v1792 = arith.mulf %v33, %v1741 fastmath<contract> : f32
                %v1793 = arith.addf %v1791, %v1792 fastmath<contract> : f32
                %v1794 = arith.subi %v84, %v208 : i64
                %v1795 = arith.trunci %v1794 : i64 to i32
                %v1796 = arith.subi %size_L, %v1 : i64
                %v1797 = arith.addi %v82, %v208 : i64
                %v1798 = arith.subi %v1796, %v1797 : i64
                %v1799 = arith.minsi %v1798, %v622 : i64
                %v1800 = arith.trunci %v1799 : i64 to i32
                %v1801 = arith.addi %v208, %v69 : i64
                %v1802 = arith.cmpi slt, %v626, %v1795 : i32
                %v1803 = arith.cmpi eq, %v626, %v1800 : i32
                scf.if %v1802 {
                  %v1804 = arith.addi %v82, %v1801 : i64
                  %v1805 = llvm.load %v24 : !llvm.ptr -> f32
                  %v1806 = llvm.load %v25 : !llvm.ptr -> f32
                  %v1807 = arith.muli %v22, %v141 : i64
                  %v1808 = arith.muli %v20, %v140 : i64
                  %v1809 = arith.addi %v1807, %v1808 : i64
                  %v1810 = arith.muli %v1804, %v1 : i64
                  %v1811 = arith.addi %v1809, %v1810 : i64
                  %v1812 = llvm.getelementptr %dy_y[%v1811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1813 = llvm.load %v1812 : !llvm.ptr -> f32
                  %v1814 = llvm.load %v26 : !llvm.ptr -> f32
                  %v1815 = arith.mulf %v1814, %v1805 fastmath<contract> : f32
                  %v1816 = arith.addf %v1813, %v1815 fastmath<contract> : f32
                  %v1817 = llvm.load %v28 : !llvm.ptr -> f32
                  %v1818 = arith.mulf %v1817, %v1806 fastmath<contract> : f32
                  %v1819 = arith.addf %v1818, %v1816 fastmath<contract> : f32
                  %v1820 = llvm.load %v27 : !llvm.ptr -> f32
                  %v1821 = arith.mulf %v1820, %v1806 fastmath<contract> : f32
                  %v1822 = arith.addf %v32, %v1821 fastmath<contract> : f32
                  %v1823 = llvm.load %v29 : !llvm.ptr -> f32
                  %v1824 = arith.mulf %v1823, %v1805 fastmath<contract> : f32
                  %v1825 = arith.addf %v1824, %v1822 fastmath<contract> : f32
                  llvm.store %v1819, %v24 : f32, !llvm.ptr
                  llvm.store %v1825, %v25 : f32, !llvm.ptr
                  %v1826 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v1827 = arith.muli %v22, %v141 : i64
                    %v1828 = arith.muli %v20, %v140 : i64
                    %v1829 = arith.addi %v1827, %v1828 : i64
                    %v1830 = arith.muli %v1804, %v1 : i64
                    %v1831 = arith.addi %v1829, %v1830 : i64
                    %v1832 = llvm.getelementptr %dx_x[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1826, %v1832 : f32, !llvm.ptr
                  }
                  %v1833 = arith.muli %v22, %v141 : i64
                  %v1834 = arith.muli %v20, %v140 : i64
                  %v1835 = arith.addi %v1833, %v1834 : i64
                  %v1836 = arith.muli %v1804, %v1 : i64
                  %v1837 = arith.addi %v1835, %v1836 : i64
                  %v1838 = llvm.getelementptr %in_rho[%v1837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1839 = llvm.load %v1838 : !llvm.ptr -> f32
                  %v1840 = arith.negf %v1839 : f32
                  %v1841 = arith.mulf %v1840, %v150 fastmath<contract> : f32
                  %v1842 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1841) : (f32) -> f32
                  %v1843 = arith.addf %v33, %v1842 fastmath<contract> : f32
                  %v1844 = arith.divf %v33, %v1843 : f32
                  %v1845 = arith.mulf %v1745, %v1826 fastmath<contract> : f32
                  %v1846 = arith.negf %v1845 : f32
                  %v1847 = arith.mulf %v1844, %v1846 fastmath<contract> : f32
                  %v1848 = arith.addf %v1847, %v1847 fastmath<contract> : f32
                  %v1849 = arith.muli %v22, %v141 : i64
                  %v1850 = arith.muli %v20, %v140 : i64
                  %v1851 = arith.addi %v1849, %v1850 : i64
                  %v1852 = arith.muli %v1804, %v1 : i64
                  %v1853 = arith.addi %v1851, %v1852 : i64
                  %v1854 = llvm.getelementptr %in_theta[%v1853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1855 = llvm.load %v1854 : !llvm.ptr -> f32
                  %v1856 = arith.mulf %v1855, %v163 fastmath<contract> : f32
                  %v1857 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1856) : (f32) -> f32
                  %v1858 = arith.mulf %v1857, %v166 fastmath<contract> : f32
                  %v1859 = arith.subf %v1855, %v1858 fastmath<contract> : f32
                  %v1860 = arith.mulf %v1857, %v167 fastmath<contract> : f32
                  %v1861 = arith.subf %v1859, %v1860 fastmath<contract> : f32
                  %v1862 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1861) : (f32) -> f32
                  %v1863 = arith.mulf %v1741, %v1826 fastmath<contract> : f32
                  %v1864 = arith.mulf %v1862, %v1863 fastmath<contract> : f32
                  %v1865 = arith.mulf %v139, %v1864 fastmath<contract> : f32
                  %v1866 = arith.addf %v1848, %v1865 fastmath<contract> : f32
                  %v1867 = arith.subf %v33, %v1844 fastmath<contract> : f32
                  %v1868 = arith.mulf %v1844, %v1867 fastmath<contract> : f32
                  %v1869 = arith.mulf %v1866, %v1868 fastmath<contract> : f32
                  scf.if %v17 {
                    %v1870 = arith.muli %v22, %v141 : i64
                    %v1871 = arith.muli %v20, %v140 : i64
                    %v1872 = arith.addi %v1870, %v1871 : i64
                    %v1873 = arith.muli %v1804, %v1 : i64
                    %v1874 = arith.addi %v1872, %v1873 : i64
                    %v1875 = llvm.getelementptr %dx_rho[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1869, %v1875 : f32, !llvm.ptr
                  }
                  %v1876 = arith.mulf %v139, %v1844 fastmath<contract> : f32
                  %v1877 = arith.mulf %v1876, %v1863 fastmath<contract> : f32
                  %v1878 = arith.mulf %v1855, %v163 fastmath<contract> : f32
                  %v1879 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1878) : (f32) -> f32
                  %v1880 = arith.mulf %v1879, %v166 fastmath<contract> : f32
                  %v1881 = arith.subf %v1855, %v1880 fastmath<contract> : f32
                  %v1882 = arith.mulf %v1879, %v167 fastmath<contract> : f32
                  %v1883 = arith.subf %v1881, %v1882 fastmath<contract> : f32
                  %v1884 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1883) : (f32) -> f32
                  %v1885 = arith.negf %v1884 : f32
                  %v1886 = arith.mulf %v1877, %v1885 fastmath<contract> : f32
                  scf.if %v17 {
                    %v1887 = arith.muli %v22, %v141 : i64
                    %v1888 = arith.muli %v20, %v140 : i64
                    %v1889 = arith.addi %v1887, %v1888 : i64
                    %v1890 = arith.muli %v1804, %v1 : i64
                    %v1891 = arith.addi %v1889, %v1890 : i64
                    %v1892 = llvm.getelementptr %dx_theta[%v1891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1886, %v1892 : f32, !llvm.ptr
                  }
                  %v1893 = arith.mulf %v1876, %v1862 fastmath<contract> : f32
                  llvm.store %v1893, %v26 : f32, !llvm.ptr
                  llvm.store %v33, %v28 : f32, !llvm.ptr
                  llvm.store %v32, %v27 : f32, !llvm.ptr
                  %v1894 = arith.mulf %v1844, %v1844 fastmath<contract> : f32
                  %v1895 = arith.negf %v1894 : f32
                  llvm.store %v1895, %v29 : f32, !llvm.ptr
                }
                %v1896 = arith.addi %v208, %v520 : i64
                %v1897 = arith.cmpi slt, %v722, %v1795 : i32
                %v1898 = arith.cmpi eq, %v722, %v1800 : i32
                scf.if %v1897 {
                  %v1899 = arith.addi %v82, %v1896 : i64
                  %v1900 = llvm.load %v24 : !llvm.ptr -> f32
                  %v1901 = llvm.load %v25 : !llvm.ptr -> f32
                  %v1902 = arith.muli %v22, %v141 : i64
                  %v1903 = arith.muli %v20, %v140 : i64
                  %v1904 = arith.addi %v1902, %v1903 : i64
                  %v1905 = arith.muli %v1899, %v1 : i64
                  %v1906 = arith.addi %v1904, %v1905 : i64
                  %v1907 = llvm.getelementptr %dy_y[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1908 = llvm.load %v1907 : !llvm.ptr -> f32
                  %v1909 = llvm.load %v26 : !llvm.ptr -> f32
                  %v1910 = arith.mulf %v1909, %v1900 fastmath<contract> : f32
                  %v1911 = arith.addf %v1908, %v1910 fastmath<contract> : f32
                  %v1912 = llvm.load %v28 : !llvm.ptr -> f32
                  %v1913 = arith.mulf %v1912, %v1901 fastmath<contract> : f32
                  %v1914 = arith.addf %v1913, %v1911 fastmath<contract> : f32
                  %v1915 = llvm.load %v27 : !llvm.ptr -> f32
                  %v1916 = arith.mulf %v1915, %v1901 fastmath<contract> : f32
                  %v1917 = arith.addf %v32, %v1916 fastmath<contract> : f32
                  %v1918 = llvm.load %v29 : !llvm.ptr -> f32
                  %v1919 = arith.mulf %v1918, %v1900 fastmath<contract> : f32
                  %v1920 = arith.addf %v1919, %v1917 fastmath<contract> : f32
                  llvm.store %v1914, %v24 : f32, !llvm.ptr
                  llvm.store %v1920, %v25 : f32, !llvm.ptr
                  %v1921 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v1922 = arith.muli %v22, %v141 : i64
                    %v1923 = arith.muli %v20, %v140 : i64
                    %v1924 = arith.addi %v1922, %v1923 : i64
                    %v1925 = arith.muli %v1899, %v1 : i64
                    %v1926 = arith.addi %v1924, %v1925 : i64
                    %v1927 = llvm.getelementptr %dx_x[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1921, %v1927 : f32, !llvm.ptr
                  }
                  %v1928 = arith.muli %v22, %v141 : i64
                  %v1929 = arith.muli %v20, %v140 : i64
                  %v1930 = arith.addi %v1928, %v1929 : i64
                  %v1931 = arith.muli %v1899, %v1 : i64
                  %v1932 = arith.addi %v1930, %v1931 : i64
                  %v1933 = llvm.getelementptr %in_rho[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1934 = llvm.load %v1933 : !llvm.ptr -> f32
                  %v1935 = arith.negf %v1934 : f32
                  %v1936 = arith.mulf %v1935, %v150 fastmath<contract> : f32
                  %v1937 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1936) : (f32) -> f32
                  %v1938 = arith.addf %v33, %v1937 fastmath<contract> : f32
                  %v1939 = arith.divf %v33, %v1938 : f32
                  %v1940 = arith.mulf %v1697, %v1921 fastmath<contract> : f32
                  %v1941 = arith.negf %v1940 : f32
                  %v1942 = arith.mulf %v1939, %v1941 fastmath<contract> : f32
                  %v1943 = arith.addf %v1942, %v1942 fastmath<contract> : f32
                  %v1944 = arith.muli %v22, %v141 : i64
                  %v1945 = arith.muli %v20, %v140 : i64
                  %v1946 = arith.addi %v1944, %v1945 : i64
                  %v1947 = arith.muli %v1899, %v1 : i64
                  %v1948 = arith.addi %v1946, %v1947 : i64
                  %v1949 = llvm.getelementptr %in_theta[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1950 = llvm.load %v1949 : !llvm.ptr -> f32
                  %v1951 = arith.mulf %v1950, %v163 fastmath<contract> : f32
                  %v1952 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1951) : (f32) -> f32
                  %v1953 = arith.mulf %v1952, %v166 fastmath<contract> : f32
                  %v1954 = arith.subf %v1950, %v1953 fastmath<contract> : f32
                  %v1955 = arith.mulf %v1952, %v167 fastmath<contract> : f32
                  %v1956 = arith.subf %v1954, %v1955 fastmath<contract> : f32
                  %v1957 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1956) : (f32) -> f32
                  %v1958 = arith.mulf %v1693, %v1921 fastmath<contract> : f32
                  %v1959 = arith.mulf %v1957, %v1958 fastmath<contract> : f32
                  %v1960 = arith.mulf %v139, %v1959 fastmath<contract> : f32
                  %v1961 = arith.addf %v1943, %v1960 fastmath<contract> : f32
                  %v1962 = arith.subf %v33, %v1939 fastmath<contract> : f32
                  %v1963 = arith.mulf %v1939, %v1962 fastmath<contract> : f32
                  %v1964 = arith.mulf %v1961, %v1963 fastmath<contract> : f32
                  scf.if %v17 {
                    %v1965 = arith.muli %v22, %v141 : i64
                    %v1966 = arith.muli %v20, %v140 : i64
                    %v1967 = arith.addi %v1965, %v1966 : i64
                    %v1968 = arith.muli %v1899, %v1 : i64
                    %v1969 = arith.addi %v1967, %v1968 : i64
                    %v1970 = llvm.getelementptr %dx_rho[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1964, %v1970 : f32, !llvm.ptr
                  }
                  %v1971 = arith.mulf %v139, %v1939 fastmath<contract> : f32
                  %v1972 = arith.mulf %v1971, %v1958 fastmath<contract> : f32
                  %v1973 = arith.mulf %v1950, %v163 fastmath<contract> : f32
                  %v1974 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1973) : (f32) -> f32
                  %v1975 = arith.mulf %v1974, %v166 fastmath<contract> : f32
                  %v1976 = arith.subf %v1950, %v1975 fastmath<contract> : f32
                  %v1977 = arith.mulf %v1974, %v167 fastmath<contract> : f32
                  %v1978 = arith.subf %v1976, %v1977 fastmath<contract> : f32
                  %v1979 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1978) : (f32) -> f32
                  %v1980 = arith.negf %v1979 : f32
                  %v1981 = arith.mulf %v1972, %v1980 fastmath<contract> : f32
                  scf.if %v17 {
                    %v1982 = arith.muli %v22, %v141 : i64
                    %v1983 = arith.muli %v20, %v140 : i64
                    %v1984 = arith.addi %v1982, %v1983 : i64
                    %v1985 = arith.muli %v1899, %v1 : i64
                    %v1986 = arith.addi %v1984, %v1985 : i64
                    %v1987 = llvm.getelementptr %dx_theta[%v1986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1981, %v1987 : f32, !llvm.ptr
                  }
                  %v1988 = arith.mulf %v1971, %v1957 fastmath<contract> : f32
                  llvm.store %v1988, %v26 : f32, !llvm.ptr
                  llvm.store %v33, %v28 : f32, !llvm.ptr
                  llvm.store %v32, %v27 : f32, !llvm.ptr
                  %v1989 = arith.mulf %v1939, %v1939 fastmath<contract> : f32
                  %v1990 = arith.negf %v1989 : f32
                  llvm.store %v1990, %v29 : f32, !llvm.ptr
                }
                %v1991 = arith.addi %v208, %v471 : i64
                %v1992 = arith.cmpi slt, %v818, %v1795 : i32
                %v1993 = arith.cmpi eq, %v818, %v1800 : i32
                scf.if %v1992 {
                  %v1994 = arith.addi %v82, %v1991 : i64
                  %v1995 = llvm.load %v24 : !llvm.ptr -> f32
                  %v1996 = llvm.load %v25 : !llvm.ptr -> f32
                  %v1997 = arith.muli %v22, %v141 : i64
                  %v1998 = arith.muli %v20, %v140 : i64
                  %v1999 = arith.addi %v1997, %v1998 : i64
                  %v2000 = arith.muli %v1994, %v1 : i64
                  %v2001 = arith.addi %v1999, %v2000 : i64
                  %v2002 = llvm.getelementptr %dy_y[%v2001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2003 = llvm.load %v2002 : !llvm.ptr -> f32
                  %v2004 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2005 = arith.mulf %v2004, %v1995 fastmath<contract> : f32
                  %v2006 = arith.addf %v2003, %v2005 fastmath<contract> : f32
                  %v2007 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2008 = arith.mulf %v2007, %v1996 fastmath<contract> : f32
                  %v2009 = arith.addf %v2008, %v2006 fastmath<contract> : f32
                  %v2010 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2011 = arith.mulf %v2010, %v1996 fastmath<contract> : f32
                  %v2012 = arith.addf %v32, %v2011 fastmath<contract> : f32
                  %v2013 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2014 = arith.mulf %v2013, %v1995 fastmath<contract> : f32
                  %v2015 = arith.addf %v2014, %v2012 fastmath<contract> : f32
                  llvm.store %v2009, %v24 : f32, !llvm.ptr
                  llvm.store %v2015, %v25 : f32, !llvm.ptr
                  %v2016 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2017 = arith.muli %v22, %v141 : i64
                    %v2018 = arith.muli %v20, %v140 : i64
                    %v2019 = arith.addi %v2017, %v2018 : i64
                    %v2020 = arith.muli %v1994, %v1 : i64
                    %v2021 = arith.addi %v2019, %v2020 : i64
                    %v2022 = llvm.getelementptr %dx_x[%v2021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2016, %v2022 : f32, !llvm.ptr
                  }
                  %v2023 = arith.muli %v22, %v141 : i64
                  %v2024 = arith.muli %v20, %v140 : i64
                  %v2025 = arith.addi %v2023, %v2024 : i64
                  %v2026 = arith.muli %v1994, %v1 : i64
                  %v2027 = arith.addi %v2025, %v2026 : i64
                  %v2028 = llvm.getelementptr %in_rho[%v2027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2029 = llvm.load %v2028 : !llvm.ptr -> f32
                  %v2030 = arith.negf %v2029 : f32
                  %v2031 = arith.mulf %v2030, %v150 fastmath<contract> : f32
                  %v2032 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2031) : (f32) -> f32
                  %v2033 = arith.addf %v33, %v2032 fastmath<contract> : f32
                  %v2034 = arith.divf %v33, %v2033 : f32
                  %v2035 = arith.mulf %v1649, %v2016 fastmath<contract> : f32
                  %v2036 = arith.negf %v2035 : f32
                  %v2037 = arith.mulf %v2034, %v2036 fastmath<contract> : f32
                  %v2038 = arith.addf %v2037, %v2037 fastmath<contract> : f32
                  %v2039 = arith.muli %v22, %v141 : i64
                  %v2040 = arith.muli %v20, %v140 : i64
                  %v2041 = arith.addi %v2039, %v2040 : i64
                  %v2042 = arith.muli %v1994, %v1 : i64
                  %v2043 = arith.addi %v2041, %v2042 : i64
                  %v2044 = llvm.getelementptr %in_theta[%v2043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2045 = llvm.load %v2044 : !llvm.ptr -> f32
                  %v2046 = arith.mulf %v2045, %v163 fastmath<contract> : f32
                  %v2047 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2046) : (f32) -> f32
                  %v2048 = arith.mulf %v2047, %v166 fastmath<contract> : f32
                  %v2049 = arith.subf %v2045, %v2048 fastmath<contract> : f32
                  %v2050 = arith.mulf %v2047, %v167 fastmath<contract> : f32
                  %v2051 = arith.subf %v2049, %v2050 fastmath<contract> : f32
                  %v2052 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2051) : (f32) -> f32
                  %v2053 = arith.mulf %v1645, %v2016 fastmath<contract> : f32
                  %v2054 = arith.mulf %v2052, %v2053 fastmath<contract> : f32
                  %v2055 = arith.mulf %v139, %v2054 fastmath<contract> : f32
                  %v2056 = arith.addf %v2038, %v2055 fastmath<contract> : f32
                  %v2057 = arith.subf %v33, %v2034 fastmath<contract> : f32
                  %v2058 = arith.mulf %v2034, %v2057 fastmath<contract> : f32
                  %v2059 = arith.mulf %v2056, %v2058 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2060 = arith.muli %v22, %v141 : i64
                    %v2061 = arith.muli %v20, %v140 : i64
                    %v2062 = arith.addi %v2060, %v2061 : i64
                    %v2063 = arith.muli %v1994, %v1 : i64
                    %v2064 = arith.addi %v2062, %v2063 : i64
                    %v2065 = llvm.getelementptr %dx_rho[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2059, %v2065 : f32, !llvm.ptr
                  }
                  %v2066 = arith.mulf %v139, %v2034 fastmath<contract> : f32
                  %v2067 = arith.mulf %v2066, %v2053 fastmath<contract> : f32
                  %v2068 = arith.mulf %v2045, %v163 fastmath<contract> : f32
                  %v2069 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2068) : (f32) -> f32
                  %v2070 = arith.mulf %v2069, %v166 fastmath<contract> : f32
                  %v2071 = arith.subf %v2045, %v2070 fastmath<contract> : f32
                  %v2072 = arith.mulf %v2069, %v167 fastmath<contract> : f32
                  %v2073 = arith.subf %v2071, %v2072 fastmath<contract> : f32
                  %v2074 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2073) : (f32) -> f32
                  %v2075 = arith.negf %v2074 : f32
                  %v2076 = arith.mulf %v2067, %v2075 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2077 = arith.muli %v22, %v141 : i64
                    %v2078 = arith.muli %v20, %v140 : i64
                    %v2079 = arith.addi %v2077, %v2078 : i64
                    %v2080 = arith.muli %v1994, %v1 : i64
                    %v2081 = arith.addi %v2079, %v2080 : i64
                    %v2082 = llvm.getelementptr %dx_theta[%v2081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2076, %v2082 : f32, !llvm.ptr
                  }
                  %v2083 = arith.mulf %v2066, %v2052 fastmath<contract> : f32
                  llvm.store %v2083, %v26 : f32, !llvm.ptr
                  llvm.store %v33, %v28 : f32, !llvm.ptr
                  llvm.store %v32, %v27 : f32, !llvm.ptr
                  %v2084 = arith.mulf %v2034, %v2034 fastmath<contract> : f32
                  %v2085 = arith.negf %v2084 : f32
                  llvm.store %v2085, %v29 : f32, !llvm.ptr
                }
                %v2086 = arith.addi %v208, %v422 : i64
                %v2087 = arith.cmpi slt, %v914, %v1795 : i32
                %v2088 = arith.cmpi eq, %v914, %v1800 : i32
                scf.if %v2087 {
                  %v2089 = arith.addi %v82, %v2086 : i64
                  %v2090 = llvm.load %v24 : !llvm.ptr -> f32
                  %v2091 = llvm.load %v25 : !llvm.ptr -> f32
                  %v2092 = arith.muli %v22, %v141 : i64
                  %v2093 = arith.muli %v20, %v140 : i64
                  %v2094 = arith.addi %v2092, %v2093 : i64
                  %v2095 = arith.muli %v2089, %v1 : i64
                  %v2096 = arith.addi %v2094, %v2095 : i64
                  %v2097 = llvm.getelementptr %dy_y[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2098 = llvm.load %v2097 : !llvm.ptr -> f32
                  %v2099 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2100 = arith.mulf %v2099, %v2090 fastmath<contract> : f32
                  %v2101 = arith.addf %v2098, %v2100 fastmath<contract> : f32
                  %v2102 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2103 = arith.mulf %v2102, %v2091 fastmath<contract> : f32
                  %v2104 = arith.addf %v2103, %v2101 fastmath<contract> : f32
                  %v2105 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2106 = arith.mulf %v2105, %v2091 fastmath<contract> : f32
                  %v2107 = arith.addf %v32, %v2106 fastmath<contract> : f32
                  %v2108 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2109 = arith.mulf %v2108, %v2090 fastmath<contract> : f32
                  %v2110 = arith.addf %v2109, %v2107 fastmath<contract> : f32
                  llvm.store %v2104, %v24 : f32, !llvm.ptr
                  llvm.store %v2110, %v25 : f32, !llvm.ptr
                  %v2111 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2112 = arith.muli %v22, %v141 : i64
                    %v2113 = arith.muli %v20, %v140 : i64
                    %v2114 = arith.addi %v2112, %v2113 : i64
                    %v2115 = arith.muli %v2089, %v1 : i64
                    %v2116 = arith.addi %v2114, %v2115 : i64
                    %v2117 = llvm.getelementptr %dx_x[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2111, %v2117 : f32, !llvm.ptr
                  }
                  %v2118 = arith.muli %v22, %v141 : i64
                  %v2119 = arith.muli %v20, %v140 : i64
                  %v2120 = arith.addi %v2118, %v2119 : i64
                  %v2121 = arith.muli %v2089, %v1 : i64
                  %v2122 = arith.addi %v2120, %v2121 : i64
                  %v2123 = llvm.getelementptr %in_rho[%v2122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2124 = llvm.load %v2123 : !llvm.ptr -> f32
                  %v2125 = arith.negf %v2124 : f32
                  %v2126 = arith.mulf %v2125, %v150 fastmath<contract> : f32
                  %v2127 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2126) : (f32) -> f32
                  %v2128 = arith.addf %v33, %v2127 fastmath<contract> : f32
                  %v2129 = arith.divf %v33, %v2128 : f32
                  %v2130 = arith.mulf %v1601, %v2111 fastmath<contract> : f32
                  %v2131 = arith.negf %v2130 : f32
                  %v2132 = arith.mulf %v2129, %v2131 fastmath<contract> : f32
                  %v2133 = arith.addf %v2132, %v2132 fastmath<contract> : f32
                  %v2134 = arith.muli %v22, %v141 : i64
                  %v2135 = arith.muli %v20, %v140 : i64
                  %v2136 = arith.addi %v2134, %v2135 : i64
                  %v2137 = arith.muli %v2089, %v1 : i64
                  %v2138 = arith.addi %v2136, %v2137 : i64
                  %v2139 = llvm.getelementptr %in_theta[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2140 = llvm.load %v2139 : !llvm.ptr -> f32
                  %v2141 = arith.mulf %v2140, %v163 fastmath<contract> : f32
                  %v2142 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2141) : (f32) -> f32
                  %v2143 = arith.mulf %v2142, %v166 fastmath<contract> : f32
                  %v2144 = arith.subf %v2140, %v2143 fastmath<contract> : f32
                  %v2145 = arith.mulf %v2142, %v167 fastmath<contract> : f32
                  %v2146 = arith.subf %v2144, %v2145 fastmath<contract> : f32
                  %v2147 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2146) : (f32) -> f32
                  %v2148 = arith.mulf %v1597, %v2111 fastmath<contract> : f32
                  %v2149 = arith.mulf %v2147, %v2148 fastmath<contract> : f32
                  %v2150 = arith.mulf %v139, %v2149 fastmath<contract> : f32
                  %v2151 = arith.addf %v2133, %v2150 fastmath<contract> : f32
                  %v2152 = arith.subf %v33, %v2129 fastmath<contract> : f32
                  %v2153 = arith.mulf %v2129, %v2152 fastmath<contract> : f32
                  %v2154 = arith.mulf %v2151, %v2153 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2155 = arith.muli %v22, %v141 : i64
                    %v2156 = arith.muli %v20, %v140 : i64
                    %v2157 = arith.addi %v2155, %v2156 : i64
                    %v2158 = arith.muli %v2089, %v1 : i64
                    %v2159 = arith.addi %v2157, %v2158 : i64
                    %v2160 = llvm.getelementptr %dx_rho[%v2159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2154, %v2160 : f32, !llvm.ptr
                  }
                  %v2161 = arith.mulf %v139, %v2129 fastmath<contract> : f32
                  %v2162 = arith.mulf %v2161, %v2148 fastmath<contract> : f32
                  %v2163 = arith.mulf %v2140, %v163 fastmath<contract> : f32
                  %v2164 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2163) : (f32) -> f32
                  %v2165 = arith.mulf %v2164, %v166 fastmath<contract> : f32
                  %v2166 = arith.subf %v2140, %v2165 fastmath<contract> : f32
                  %v2167 = arith.mulf %v2164, %v167 fastmath<contract> : f32
                  %v2168 = arith.subf %v2166, %v2167 fastmath<contract> : f32
                  %v2169 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2168) : (f32) -> f32
                  %v2170 = arith.negf %v2169 : f32
                  %v2171 = arith.mulf %v2162, %v2170 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2172 = arith.muli %v22, %v141 : i64
                    %v2173 = arith.muli %v20, %v140 : i64
                    %v2174 = arith.addi %v2172, %v2173 : i64
                    %v2175 = arith.muli %v2089, %v1 : i64
                    %v2176 = arith.addi %v2174, %v2175 : i64
                    %v2177 = llvm.getelementptr %dx_theta[%v2176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2171, %v2177 : f32, !llvm.ptr
                  }
                  %v2178 = arith.mulf %v2161, %v2147 fastmath<contract> : f32
                  llvm.store %v2178, %v26 : f32, !llvm.ptr
                  llvm.store %v33, %v28 : f32, !llvm.ptr
                  llvm.store %v32, %v27 : f32, !llvm.ptr
                  %v2179 = arith.mulf %v2129, %v2129 fastmath<contract> : f32
                  %v2180 = arith.negf %v2179 : f32
                  llvm.store %v2180, %v29 : f32, !llvm.ptr
                }
                %v2181 = arith.addi %v208, %v373 : i64
                %v2182 = arith.cmpi slt, %v1010, %v1795 : i32
                %v2183 = arith.cmpi eq, %v1010, %v1800 : i32
                scf.if %v2182 {
                  %v2184 = arith.addi %v82, %v2181 : i64
                  %v2185 = llvm.load %v24 : !llvm.ptr -> f32
                  %v2186 = llvm.load %v25 : !llvm.ptr -> f32
                  %v2187 = arith.muli %v22, %v141 : i64
                  %v2188 = arith.muli %v20, %v140 : i64
                  %v2189 = arith.addi %v2187, %v2188 : i64
                  %v2190 = arith.muli %v2184, %v1 : i64
                  %v2191 = arith.addi %v2189, %v2190 : i64
                  %v2192 = llvm.getelementptr %dy_y[%v2191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2193 = llvm.load %v2192 : !llvm.ptr -> f32
                  %v2194 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2195 = arith.mulf %v2194, %v2185 fastmath<contract> : f32
                  %v2196 = arith.addf %v2193, %v2195 fastmath<contract> : f32
                  %v2197 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2198 = arith.mulf %v2197, %v2186 fastmath<contract> : f32
                  %v2199 = arith.addf %v2198, %v2196 fastmath<contract> : f32
                  %v2200 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2201 = arith.mulf %v2200, %v2186 fastmath<contract> : f32
                  %v2202 = arith.addf %v32, %v2201 fastmath<contract> : f32
                  %v2203 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2204 = arith.mulf %v2203, %v2185 fastmath<contract> : f32
                  %v2205 = arith.addf %v2204, %v2202 fastmath<contract> : f32
                  llvm.store %v2199, %v24 : f32, !llvm.ptr
                  llvm.store %v2205, %v25 : f32, !llvm.ptr
                  %v2206 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2207 = arith.muli %v22, %v141 : i64
                    %v2208 = arith.muli %v20, %v140 : i64
                    %v2209 = arith.addi %v2207, %v2208 : i64
                    %v2210 = arith.muli %v2184, %v1 : i64
                    %v2211 = arith.addi %v2209, %v2210 : i64
                    %v2212 = llvm.getelementptr %dx_x[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2206, %v2212 : f32, !llvm.ptr
                  }
                  %v2213 = arith.muli %v22, %v141 : i64
                  %v2214 = arith.muli %v20, %v140 : i64
                  %v2215 = arith.addi %v2213, %v2214 : i64
                  %v2216 = arith.muli %v2184, %v1 : i64
                  %v2217 = arith.addi %v2215, %v2216 : i64
                  %v2218 = llvm.getelementptr %in_rho[%v2217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2219 = llvm.load %v2218 : !llvm.ptr -> f32
                  %v2220 = arith.negf %v2219 : f32
                  %v2221 = arith.mulf %v2220, %v150 fastmath<contract> : f32
                  %v2222 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2221) : (f32) -> f32
                  %v2223 = arith.addf %v33, %v2222 fastmath<contract> : f32
                  %v2224 = arith.divf %v33, %v2223 : f32
                  %v2225 = arith.mulf %v1553, %v2206 fastmath<contract> : f32
                  %v2226 = arith.negf %v2225 : f32
                  %v2227 = arith.mulf %v2224, %v2226 fastmath<contract> : f32
                  %v2228 = arith.addf %v2227, %v2227 fastmath<contract> : f32
                  %v2229 = arith.muli %v22, %v141 : i64
                  %v2230 = arith.muli %v20, %v140 : i64
                  %v2231 = arith.addi %v2229, %v2230 : i64
                  %v2232 = arith.muli %v2184, %v1 : i64
                  %v2233 = arith.addi %v2231, %v2232 : i64
                  %v2234 = llvm.getelementptr %in_theta[%v2233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2235 = llvm.load %v2234 : !llvm.ptr -> f32
                  %v2236 = arith.mulf %v2235, %v163 fastmath<contract> : f32
                  %v2237 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2236) : (f32) -> f32
                  %v2238 = arith.mulf %v2237, %v166 fastmath<contract> : f32
                  %v2239 = arith.subf %v2235, %v2238 fastmath<contract> : f32
                  %v2240 = arith.mulf %v2237, %v167 fastmath<contract> : f32
                  %v2241 = arith.subf %v2239, %v2240 fastmath<contract> : f32
                  %v2242 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2241) : (f32) -> f32
                  %v2243 = arith.mulf %v1549, %v2206 fastmath<contract> : f32
                  %v2244 = arith.mulf %v2242, %v2243 fastmath<contract> : f32
                  %v2245 = arith.mulf %v139, %v2244 fastmath<contract> : f32
                  %v2246 = arith.addf %v2228, %v2245 fastmath<contract> : f32
                  %v2247 = arith.subf %v33, %v2224 fastmath<contract> : f32
                  %v2248 = arith.mulf %v2224, %v2247 fastmath<contract> : f32
                  %v2249 = arith.mulf %v2246, %v2248 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2250 = arith.muli %v22, %v141 : i64
                    %v2251 = arith.muli %v20, %v140 : i64
                    %v2252 = arith.addi %v2250, %v2251 : i64
                    %v2253 = arith.muli %v2184, %v1 : i64
                    %v2254 = arith.addi %v2252, %v2253 : i64
                    %v2255 = llvm.getelementptr %dx_rho[%v2254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2249, %v2255 : f32, !llvm.ptr
                  }
                  %v2256 = arith.mulf %v139, %v2224 fastmath<contract> : f32
                  %v2257 = arith.mulf %v2256, %v2243 fastmath<contract> : f32
                  %v2258 = arith.mulf %v2235, %v163 fastmath<contract> : f32
                  %v2259 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2258) : (f32) -> f32
                  %v2260 = arith.mulf %v2259, %v166 fastmath<contract> : f32
                  %v2261 = arith.subf %v2235, %v2260 fastmath<contract> : f32
                  %v2262 = arith.mulf %v2259, %v167 fastmath<contract> : f32
                  %v2263 = arith.subf %v2261, %v2262 fastmath<contract> : f32
                  %v2264 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2263) : (f32) -> f32
                  %v2265 = arith.negf %v2264 : f32
                  %v2266 = arith.mulf %v2257, %v2265 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2267 = arith.muli %v22, %v141 : i64
                    %v2268 = arith.muli %v20, %v140 : i64
                    %v2269 = arith.addi %v2267, %v2268 : i64
                    %v2270 = arith.muli %v2184, %v1 : i64
                    %v2271 = arith.addi %v2269, %v2270 : i64
                    %v2272 = llvm.getelementptr %dx_theta[%v2271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2266, %v2272 : f32, !llvm.ptr
                  }
                  %v2273 = arith.mulf %v2256, %v2242 fastmath<contract> : f32
                  llvm.store %v2273, %v26 : f32, !llvm.ptr
                  llvm.store %v33, %v28 : f32, !llvm.ptr
                  llvm.store %v32, %v27 : f32, !llvm.ptr
                  %v2274 = arith.mulf %v2224, %v2224 fastmath<contract> : f32
                  %v2275 = arith.negf %v2274 : f32
                  llvm.store %v2275, %v29 : f32, !llvm.ptr
                }
                %v2276 = arith.addi %v208, %v324 : i64
                %v2277 = arith.cmpi slt, %v1106, %v1795 : i32
                %v2278 = arith.cmpi eq, %v1106, %v1800 : i32
                scf.if %v2277 {
                  %v2279 = arith.addi %v82, %v2276 : i64
                  %v2280 = llvm.load %v24 : !llvm.ptr -> f32
                  %v2281 = llvm.load %v25 : !llvm.ptr -> f32
                  %v2282 = arith.muli %v22, %v141 : i64
                  %v2283 = arith.muli %v20, %v140 : i64
                  %v2284 = arith.addi %v2282, %v2283 : i64
                  %v2285 = arith.muli %v2279, %v1 : i64
                  %v2286 = arith.addi %v2284, %v2285 : i64
                  %v2287 = llvm.getelementptr %dy_y[%v2286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2288 = llvm.load %v2287 : !llvm.ptr -> f32
                  %v2289 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2290 = arith.mulf %v2289, %v2280 fastmath<contract> : f32
                  %v2291 = arith.addf %v2288, %v2290 fastmath<contract> : f32
                  %v2292 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2293 = arith.mulf %v2292, %v2281 fastmath<contract> : f32
                  %v2294 = arith.addf %v2293, %v2291 fastmath<contract> : f32
                  %v2295 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2296 = arith.mulf %v2295, %v2281 fastmath<contract> : f32
                  %v2297 = arith.addf %v32, %v2296 fastmath<contract> : f32
                  %v2298 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2299 = arith.mulf %v2298, %v2280 fastmath<contract> : f32
                  %v2300 = arith.addf %v2299, %v2297 fastmath<contract> : f32
                  llvm.store %v2294, %v24 : f32, !llvm.ptr
                  llvm.store %v2300, %v25 : f32, !llvm.ptr
                  %v2301 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2302 = arith.muli %v22, %v141 : i64
                    %v2303 = arith.muli %v20, %v140 : i64
                    %v2304 = arith.addi %v2302, %v2303 : i64
                    %v2305 = arith.muli %v2279, %v1 : i64
                    %v2306 = arith.addi %v2304, %v2305 : i64
                    %v2307 = llvm.getelementptr %dx_x[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2301, %v2307 : f32, !llvm.ptr
                  }
                  %v2308 = arith.muli %v22, %v141 : i64
                  %v2309 = arith.muli %v20, %v140 : i64
                  %v2310 = arith.addi %v2308, %v2309 : i64
                  %v2311 = arith.muli %v2279, %v1 : i64
                  %v2312 = arith.addi %v2310, %v2311 : i64
                  %v2313 = llvm.getelementptr %in_rho[%v2312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2314 = llvm.load %v2313 : !llvm.ptr -> f32
                  %v2315 = arith.negf %v2314 : f32
                  %v2316 = arith.mulf %v2315, %v150 fastmath<contract> : f32
                  %v2317 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2316) : (f32) -> f32
                  %v2318 = arith.addf %v33, %v2317 fastmath<contract> : f32
                  %v2319 = arith.divf %v33, %v2318 : f32
                  %v2320 = arith.mulf %v1505, %v2301 fastmath<contract> : f32
                  %v2321 = arith.negf %v2320 : f32
                  %v2322 = arith.mulf %v2319, %v2321 fastmath<contract> : f32
                  %v2323 = arith.addf %v2322, %v2322 fastmath<contract> : f32
                  %v2324 = arith.muli %v22, %v141 : i64
                  %v2325 = arith.muli %v20, %v140 : i64
                  %v2326 = arith.addi %v2324, %v2325 : i64
                  %v2327 = arith.muli %v2279, %v1 : i64
                  %v2328 = arith.addi %v2326, %v2327 : i64
                  %v2329 = llvm.getelementptr %in_theta[%v2328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2330 = llvm.load %v2329 : !llvm.ptr -> f32
                  %v2331 = arith.mulf %v2330, %v163 fastmath<contract> : f32
                  %v2332 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2331) : (f32) -> f32
                  %v2333 = arith.mulf %v2332, %v166 fastmath<contract> : f32
                  %v2334 = arith.subf %v2330, %v2333 fastmath<contract> : f32
                  %v2335 = arith.mulf %v2332, %v167 fastmath<contract> : f32
                  %v2336 = arith.subf %v2334, %v2335 fastmath<contract> : f32
                  %v2337 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2336) : (f32) -> f32
                  %v2338 = arith.mulf %v1501, %v2301 fastmath<contract> : f32
                  %v2339 = arith.mulf %v2337, %v2338 fastmath<contract> : f32
                  %v2340 = arith.mulf %v139, %v2339 fastmath<contract> : f32
                  %v2341 = arith.addf %v2323, %v2340 fastmath<contract> : f32
                  %v2342 = arith.subf %v33, %v2319 fastmath<contract> : f32
                  %v2343 = arith.mulf %v2319, %v2342 fastmath<contract> : f32
                  %v2344 = arith.mulf %v2341, %v2343 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2345 = arith.muli %v22, %v141 : i64
                    %v2346 = arith.muli %v20, %v140 : i64
                    %v2347 = arith.addi %v2345, %v2346 : i64
                    %v2348 = arith.muli %v2279, %v1 : i64
                    %v2349 = arith.addi %v2347, %v2348 : i64
                    %v2350 = llvm.getelementptr %dx_rho[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2344, %v2350 : f32, !llvm.ptr
                  }
                  %v2351 = arith.mulf %v139, %v2319 fastmath<contract> : f32
                  %v2352 = arith.mulf %v2351, %v2338 fastmath<contract> : f32
                  %v2353 = arith.mulf %v2330, %v163 fastmath<contract> : f32
                  %v2354 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2353) : (f32) -> f32
                  %v2355 = arith.mulf %v2354, %v166 fastmath<contract> : f32
                  %v2356 = arith.subf %v2330, %v2355 fastmath<contract> : f32
                  %v2357 = arith.mulf %v2354, %v167 fastmath<contract> : f32
                  %v2358 = arith.subf %v2356, %v2357 fastmath<contract> : f32
                  %v2359 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2358) : (f32) -> f32
                  %v2360 = arith.negf %v2359 : f32
                  %v2361 = arith.mulf %v2352, %v2360 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2362 = arith.muli %v22, %v141 : i64
                    %v2363 = arith.muli %v20, %v140 : i64
                    %v2364 = arith.addi %v2362, %v2363 : i64
                    %v2365 = arith.muli %v2279, %v1 : i64
                    %v2366 = arith.addi %v2364, %v2365 : i64
                    %v2367 = llvm.getelementptr %dx_theta[%v2366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2361, %v2367 : f32, !llvm.ptr
                  }
                  %v2368 = arith.mulf %v2351, %v2337 fastmath<contract> : f32
                  llvm.store %v2368, %v26 : f32, !llvm.ptr
                  llvm.store %v33, %v28 : f32, !llvm.ptr
                  llvm.store %v32, %v27 : f32, !llvm.ptr
                  %v2369 = arith.mulf %v2319, %v2319 fastmath<contract> : f32
                  %v2370 = arith.negf %v2369 : f32
                  llvm.store %v2370, %v29 : f32, !llvm.ptr
                }
                %v2371 = arith.addi %v208, %v1 : i64
                %v2372 = arith.cmpi slt, %v1202, %v1795 : i32
                %v2373 = arith.cmpi eq, %v1202, %v1800 : i32
                scf.if %v2372 {
                  %v2374 = arith.addi %v82, %v2371 : i64
                  %v2375 = llvm.load %v24 : !llvm.ptr -> f32
                  %v2376 = llvm.load %v25 : !llvm.ptr -> f32
                  %v2377 = arith.muli %v22, %v141 : i64
                  %v2378 = arith.muli %v20, %v140 : i64
                  %v2379 = arith.addi %v2377, %v2378 : i64
                  %v2380 = arith.muli %v2374, %v1 : i64
                  %v2381 = arith.addi %v2379, %v2380 : i64
                  %v2382 = llvm.getelementptr %dy_y[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2383 = llvm.load %v2382 : !llvm.ptr -> f32
                  %v2384 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2385 = arith.mulf %v2384, %v2375 fastmath<contract> : f32
                  %v2386 = arith.addf %v2383, %v2385 fastmath<contract> : f32
                  %v2387 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2388 = arith.mulf %v2387, %v2376 fastmath<contract> : f32
                  %v2389 = arith.addf %v2388, %v2386 fastmath<contract> : f32
                  %v2390 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2391 = arith.mulf %v2390, %v2376 fastmath<contract> : f32
                  %v2392 = arith.addf %v32, %v2391 fastmath<contract> : f32
                  %v2393 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2394 = arith.mulf %v2393, %v2375 fastmath<contract> : f32
                  %v2395 = arith.addf %v2394, %v2392 fastmath<contract> : f32
                  llvm.store %v2389, %v24 : f32, !llvm.ptr
                  llvm.store %v2395, %v25 : f32, !llvm.ptr
                  %v2396 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2397 = arith.muli %v22, %v141 : i64
                    %v2398 = arith.muli %v20, %v140 : i64
                    %v2399 = arith.addi %v2397, %v2398 : i64
                    %v2400 = arith.muli %v2374, %v1 : i64
                    %v2401 = arith.addi %v2399, %v2400 : i64
                    %v2402 = llvm.getelementptr %dx_x[%v2401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2396, %v2402 : f32, !llvm.ptr
                  }
                  %v2403 = arith.muli %v22, %v141 : i64
                  %v2404 = arith.muli %v20, %v140 : i64
                  %v2405 = arith.addi %v2403, %v2404 : i64
                  %v2406 = arith.muli %v2374, %v1 : i64
                  %v2407 = arith.addi %v2405, %v2406 : i64
                  %v2408 = llvm.getelementptr %in_rho[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2409 = llvm.load %v2408 : !llvm.ptr -> f32
                  %v2410 = arith.negf %v2409 : f32
                  %v2411 = arith.mulf %v2410, %v150 fastmath<contract> : f32
                  %v2412 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2411) : (f32) -> f32
                  %v2413 = arith.addf %v33, %v2412 fastmath<contract> : f32
                  %v2414 = arith.divf %v33, %v2413 : f32
                  %v2415 = arith.mulf %v1457, %v2396 fastmath<contract> : f32
                  %v2416 = arith.negf %v2415 : f32
                  %v2417 = arith.mulf %v2414, %v2416 fastmath<contract> : f32
                  %v2418 = arith.addf %v2417, %v2417 fastmath<contract> : f32
                  %v2419 = arith.muli %v22, %v141 : i64
                  %v2420 = arith.muli %v20, %v140 : i64
                  %v2421 = arith.addi %v2419, %v2420 : i64
                  %v2422 = arith.muli %v2374, %v1 : i64
                  %v2423 = arith.addi %v2421, %v2422 : i64
                  %v2424 = llvm.getelementptr %in_theta[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2425 = llvm.load %v2424 : !llvm.ptr -> f32
                  %v2426 = arith.mulf %v2425, %v163 fastmath<contract> : f32
                  %v2427 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2426) : (f32) -> f32
                  %v2428 = arith.mulf %v2427, %v166 fastmath<contract> : f32
                  %v2429 = arith.subf %v2425, %v2428 fastmath<contract> : f32
                  %v2430 = arith.mulf %v2427, %v167 fastmath<contract> : f32
                  %v2431 = arith.subf %v2429, %v2430 fastmath<contract> : f32
                  %v2432 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2431) : (f32) -> f32
                  %v2433 = arith.mulf %v1453, %v2396 fastmath<contract> : f32
                  %v2434 = arith.mulf %v2432, %v2433 fastmath<contract> : f32
                  %v2435 = arith.mulf %v139, %v2434 fastmath<contract> : f32
                  %v2436 = arith.addf %v2418, %v2435 fastmath<contract> : f32
                  %v2437 = arith.subf %v33, %v2414 fastmath<contract> : f32
                  %v2438 = arith.mulf %v2414, %v2437 fastmath<contract> : f32
                  %v2439 = arith.mulf %v2436, %v2438 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2440 = arith.muli %v22, %v141 : i64
                    %v2441 = arith.muli %v20, %v140 : i64
                    %v2442 = arith.addi %v2440, %v2441 : i64
                    %v2443 = arith.muli %v2374, %v1 : i64
                    %v2444 = arith.addi %v2442, %v2443 : i64
                    %v2445 = llvm.getelementptr %dx_rho[%v2444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2439, %v2445 : f32, !llvm.ptr
                  }
                  %v2446 = arith.mulf %v139, %v2414 fastmath<contract> : f32
                  %v2447 = arith.mulf %v2446, %v2433 fastmath<contract> : f32
                  %v2448 = arith.mulf %v2425, %v163 fastmath<contract> : f32
                  %v2449 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2448) : (f32) -> f32
                  %v2450 = arith.mulf %v2449, %v166 fastmath<contract> : f32
                  %v2451 = arith.subf %v2425, %v2450 fastmath<contract> : f32
                  %v2452 = arith.mulf %v2449, %v167 fastmath<contract> : f32
                  %v2453 = arith.subf %v2451, %v2452 fastmath<contract> : f32
                  %v2454 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2453) : (f32) -> f32
                  %v2455 = arith.negf %v2454 : f32
                  %v2456 = arith.mulf %v2447, %v2455 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2457 = arith.muli %v22, %v141 : i64
                    %v2458 = arith.muli %v20, %v140 : i64
                    %v2459 = arith.addi %v2457, %v2458 : i64
                    %v2460 = arith.muli %v2374, %v1 : i64
                    %v2461 = arith.addi %v2459, %v2460 : i64
                    %v2462 = llvm.getelementptr %dx_theta[%v2461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2456, %v2462 : f32, !llvm.ptr
                  }
                  %v2463 = arith.mulf %v2446, %v2432 fastmath<contract> : f32
                  llvm.store %v2463, %v26 : f32, !llvm.ptr
                  llvm.store %v33, %v28 : f32, !llvm.ptr
                  llvm.store %v32, %v27 : f32, !llvm.ptr
                  %v2464 = arith.mulf %v2414, %v2414 fastmath<contract> : f32
                  %v2465 = arith.negf %v2464 : f32
                  llvm.store %v2465, %v29 : f32, !llvm.ptr
                }
                %v2466 = arith.addi %v208, %v49 : i64
                %v2467 = arith.cmpi slt, %v1298, %v1795 : i32
                %v2468 = arith.cmpi eq, %v1298, %v1800 : i32
                scf.if %v2467 {
                  %v2469 = arith.addi %v82, %v2466 : i64
                  %v2470 = llvm.load %v24 : !llvm.ptr -> f32
                  %v2471 = llvm.load %v25 : !llvm.ptr -> f32
                  %v2472 = arith.muli %v22, %v141 : i64
                  %v2473 = arith.muli %v20, %v140 : i64
                  %v2474 = arith.addi %v2472, %v2473 : i64
                  %v2475 = arith.muli %v2469, %v1 : i64
                  %v2476 = arith.addi %v2474, %v2475 : i64
                  %v2477 = llvm.getelementptr %dy_y[%v2476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2478 = llvm.load %v2477 : !llvm.ptr -> f32
                  %v2479 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2480 = arith.mulf %v2479, %v2470 fastmath<contract> : f32
                  %v2481 = arith.addf %v2478, %v2480 fastmath<contract> : f32
                  %v2482 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2483 = arith.mulf %v2482, %v2471 fastmath<contract> : f32
                  %v2484 = arith.addf %v2483, %v2481 fastmath<contract> : f32
                  %v2485 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2486 = arith.mulf %v2485, %v2471 fastmath<contract> : f32
                  %v2487 = arith.addf %v32, %v2486 fastmath<contract> : f32
                  %v2488 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2489 = arith.mulf %v2488, %v2470 fastmath<contract> : f32
                  %v2490 = arith.addf %v2489, %v2487 fastmath<contract> : f32
                  llvm.store %v2484, %v24 : f32, !llvm.ptr
                  llvm.store %v2490, %v25 : f32, !llvm.ptr
                  %v2491 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2492 = arith.muli %v22, %v141 : i64
                    %v2493 = arith.muli %v20, %v140 : i64
                    %v2494 = arith.addi %v2492, %v2493 : i64
                    %v2495 = arith.muli %v2469, %v1 : i64
                    %v2496 = arith.addi %v2494, %v2495 : i64
                    %v2497 = llvm.getelementptr %dx_x[%v2496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2491, %v2497 : f32, !llvm.ptr
                  }
                  %v2498 = arith.muli %v22, %v141 : i64
                  %v2499 = arith.muli %v20, %v140 : i64
                  %v2500 = arith.addi %v2498, %v2499 : i64
                  %v2501 = arith.muli %v2469, %v1 : i64
                  %v2502 = arith.addi %v2500, %v2501 : i64
                  %v2503 = llvm.getelementptr %in_rho[%v2502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2504 = llvm.load %v2503 : !llvm.ptr -> f32
                  %v2505 = arith.negf %v2504 : f32
                  %v2506 = arith.mulf %v2505, %v150 fastmath<contract> : f32
                  %v2507 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2506) : (f32) -> f32
                  %v2508 = arith.addf %v33, %v2507 fastmath<contract> : f32
                  %v2509 = arith.divf %v33, %v2508 : f32
                  %v2510 = arith.mulf %v1409, %v2491 fastmath<contract> : f32
                  %v2511 = arith.negf %v2510 : f32
                  %v2512 = arith.mulf %v2509, %v2511 fastmath<contract> : f32
                  %v2513 = arith.addf %v2512, %v2512 fastmath<contract> : f32
                  %v2514 = arith.muli %v22, %v141 : i64
                  %v2515 = arith.muli %v20, %v140 : i64
                  %v2516 = arith.addi %v2514, %v2515 : i64
                  %v2517 = arith.muli %v2469, %v1 : i64
                  %v2518 = arith.addi %v2516, %v2517 : i64
                  %v2519 = llvm.getelementptr %in_theta[%v2518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2520 = llvm.load %v2519 : !llvm.ptr -> f32
                  %v2521 = arith.mulf %v2520, %v163 fastmath<contract> : f32
                  %v2522 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2521) : (f32) -> f32
                  %v2523 = arith.mulf %v2522, %v166 fastmath<contract> : f32
                  %v2524 = arith.subf %v2520, %v2523 fastmath<contract> : f32
                  %v2525 = arith.mulf %v2522, %v167 fastmath<contract> : f32
                  %v2526 = arith.subf %v2524, %v2525 fastmath<contract> : f32
                  %v2527 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2526) : (f32) -> f32
                  %v2528 = arith.mulf %v1401, %v2491 fastmath<contract> : f32
                  %v2529 = arith.mulf %v2527, %v2528 fastmath<contract> : f32
                  %v2530 = arith.mulf %v139, %v2529 fastmath<contract> : f32
                  %v2531 = arith.addf %v2513, %v2530 fastmath<contract> : f32
                  %v2532 = arith.subf %v33, %v2509 fastmath<contract> : f32
                  %v2533 = arith.mulf %v2509, %v2532 fastmath<contract> : f32
                  %v2534 = arith.mulf %v2531, %v2533 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2535 = arith.muli %v22, %v141 : i64
                    %v2536 = arith.muli %v20, %v140 : i64
                    %v2537 = arith.addi %v2535, %v2536 : i64
                    %v2538 = arith.muli %v2469, %v1 : i64
                    %v2539 = arith.addi %v2537, %v2538 : i64
                    %v2540 = llvm.getelementptr %dx_rho[%v2539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2534, %v2540 : f32, !llvm.ptr
                  }
                  %v2541 = arith.mulf %v139, %v2509 fastmath<contract> : f32
                  %v2542 = arith.mulf %v2541, %v2528 fastmath<contract> : f32
                  %v2543 = arith.mulf %v2520, %v163 fastmath<contract> : f32
                  %v2544 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2543) : (f32) -> f32
                  %v2545 = arith.mulf %v2544, %v166 fastmath<contract> : f32
                  %v2546 = arith.subf %v2520, %v2545 fastmath<contract> : f32
                  %v2547 = arith.mulf %v2544, %v167 fastmath<contract> : f32
                  %v2548 = arith.subf %v2546, %v2547 fastmath<contract> : f32
                  %v2549 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2548) : (f32) -> f32
                  %v2550 = arith.negf %v2549 : f32
                  %v2551 = arith.mulf %v2542, %v2550 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2552 = arith.muli %v22, %v141 : i64
                    %v2553 = arith.muli %v20, %v140 : i64
                    %v2554 = arith.addi %v2552, %v2553 : i64
                    %v2555 = arith.muli %v2469, %v1 : i64
                    %v2556 = arith.addi %v2554, %v2555 : i64
                    %v2557 = llvm.getelementptr %dx_theta[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2551, %v2557 : f32, !llvm.ptr
                  }
                  %v2558 = arith.mulf %v2541, %v2527 fastmath<contract> : f32
                  llvm.store %v2558, %v26 : f32, !llvm.ptr
                  llvm.store %v33, %v28 : f32, !llvm.ptr
                  llvm.store %v32, %v27 : f32, !llvm.ptr
                  %v2559 = arith.mulf %v2509, %v2509 fastmath<contract> : f32
                  %v2560 = arith.negf %v2559 : f32
                  llvm.store %v2560, %v29 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v2561 = arith.constant true
      scf.if %v2561 {
        %v2562 = llvm.load %v24 : !llvm.ptr -> f32
        %v2563 = llvm.load %v26 : !llvm.ptr -> f32
        %v2564 = arith.mulf %v2563, %v2562 fastmath<contract> : f32
        %v2565 = llvm.load %v28 : !llvm.ptr -> f32
        %v2566 = llvm.load %v25 : !llvm.ptr -> f32
        %v2567 = arith.mulf %v2565, %v2566 fastmath<contract> : f32
        %v2568 = arith.addf %v2567, %v2564 fastmath<contract> : f32
        %v2569 = llvm.load %v30 : !llvm.ptr -> f32
        %v2570 = arith.addf %v2569, %v2568 fastmath<contract> : f32
        llvm.store %v2570, %v30 : f32, !llvm.ptr
        %v2571 = llvm.load %v25 : !llvm.ptr -> f32
        %v2572 = llvm.load %v27 : !llvm.ptr -> f32
        %v2573 = arith.mulf %v2572, %v2571 fastmath<contract> : f32
        %v2574 = llvm.load %v29 : !llvm.ptr -> f32
        %v2575 = llvm.load %v24 : !llvm.ptr -> f32
        %v2576 = arith.mulf %v2574, %v2575 fastmath<contract> : f32
        %v2577 = arith.addf %v2576, %v2573 fastmath<contract> : f32
        %v2578 = llvm.load %v31 : !llvm.ptr -> f32
        %v2579 = arith.addf %v2578, %v2577 fastmath<contract> : f32
        llvm.store %v2579, %v31 : f32, !llvm.ptr
      }
      scf.if %v17 {
        %v2580 = llvm.load %v30 : !llvm.ptr -> f32
        %v2581 = arith.muli %v22, %v34 : i64
        %v2582 = arith.muli %v20, %v1 : i64
        %v2583 = arith.addi %v2581, %v2582 : i64
        %v2584 = llvm.getelementptr %dx_h0[%v2583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2580, %v2584 : f32, !llvm.ptr
      }
      scf.if %v17 {
        %v2585 = llvm.load %v31 : !llvm.ptr -> f32
        %v2586 = arith.muli %v22, %v34 : i64
        %v2587 = arith.muli %v20, %v1 : i64
        %v2588 = arith.addi %v2586, %v2587 : i64
        %v2589 = llvm.getelementptr %dx_hp0[%v2588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2585, %v2589 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
