module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_bwd_seg(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %dy_hp_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_hp: !llvm.ptr, %segcarry_h: !llvm.ptr, %segcarry_hp: !llvm.ptr, %dx_x: !llvm.ptr, %dx_rho: !llvm.ptr, %dx_theta: !llvm.ptr, %part_h0: !llvm.ptr, %part_hp0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v44 = arith.constant 0 : i64
      %v58 = arith.constant 2 : i64
      %v115 = arith.constant 64 : i64
      %v116 = arith.constant 8 : i64
      %v117 = arith.constant 7 : i64
      %v118 = arith.constant 63 : i64
      %v138 = arith.muli %size_B, %size_D : i64
      %v145 = arith.muli %size_B, %size_D : i64
      %v182 = arith.constant 0x40000000 : f32
      %v183 = arith.muli %size_L, %size_D : i64
      %v191 = arith.constant 0x3FB8AA3B : f32
      %v203 = arith.constant 0x3E22F983 : f32
      %v206 = arith.constant 0x40C90000 : f32
      %v207 = arith.constant 0x3AFDAA22 : f32
      %v398 = arith.constant 3 : i64
      %v489 = arith.constant 5 : i64
      %v535 = arith.constant 6 : i64
      %v631 = arith.constant 2147483647 : i64
      %v635 = arith.constant 7 : i32
      %v737 = arith.constant 6 : i32
      %v839 = arith.constant 5 : i32
      %v941 = arith.constant 4 : i32
      %v1043 = arith.constant 3 : i32
      %v1145 = arith.constant 2 : i32
      %v1247 = arith.constant 1 : i32
      %v1348 = arith.constant 0 : i32
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
      %v45 = arith.muli %v19, %v2 : i64
      %v46 = arith.subi %v2, %v1 : i64
      %v47 = arith.minsi %v22, %v46 : i64
      %v48 = arith.addi %v45, %v47 : i64
      %v49 = llvm.getelementptr %segcarry_h[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v50 = llvm.load %v49 : !llvm.ptr -> f32
      llvm.store %v50, %v34 : f32, !llvm.ptr
      %v51 = arith.addi %v6, %v19 : i64
      %v52 = arith.muli %v51, %v2 : i64
      %v53 = arith.subi %v2, %v1 : i64
      %v54 = arith.minsi %v22, %v53 : i64
      %v55 = arith.addi %v52, %v54 : i64
      %v56 = llvm.getelementptr %segcarry_h[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v57 = llvm.load %v56 : !llvm.ptr -> f32
      llvm.store %v57, %v36 : f32, !llvm.ptr
      %v59 = arith.muli %v58, %v6 : i64
      %v60 = arith.addi %v59, %v19 : i64
      %v61 = arith.muli %v60, %v2 : i64
      %v62 = arith.subi %v2, %v1 : i64
      %v63 = arith.minsi %v22, %v62 : i64
      %v64 = arith.addi %v61, %v63 : i64
      %v65 = llvm.getelementptr %segcarry_h[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v66 = llvm.load %v65 : !llvm.ptr -> f32
      llvm.store %v66, %v38 : f32, !llvm.ptr
      %v67 = arith.muli %v19, %v2 : i64
      %v68 = arith.subi %v2, %v1 : i64
      %v69 = arith.minsi %v22, %v68 : i64
      %v70 = arith.addi %v67, %v69 : i64
      %v71 = llvm.getelementptr %segcarry_hp[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v72 = llvm.load %v71 : !llvm.ptr -> f32
      llvm.store %v72, %v35 : f32, !llvm.ptr
      %v73 = arith.addi %v6, %v19 : i64
      %v74 = arith.muli %v73, %v2 : i64
      %v75 = arith.subi %v2, %v1 : i64
      %v76 = arith.minsi %v22, %v75 : i64
      %v77 = arith.addi %v74, %v76 : i64
      %v78 = llvm.getelementptr %segcarry_hp[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      llvm.store %v79, %v39 : f32, !llvm.ptr
      %v80 = arith.muli %v58, %v6 : i64
      %v81 = arith.addi %v80, %v19 : i64
      %v82 = arith.muli %v81, %v2 : i64
      %v83 = arith.subi %v2, %v1 : i64
      %v84 = arith.minsi %v22, %v83 : i64
      %v85 = arith.addi %v82, %v84 : i64
      %v86 = llvm.getelementptr %segcarry_hp[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v87 = llvm.load %v86 : !llvm.ptr -> f32
      llvm.store %v87, %v37 : f32, !llvm.ptr
      %v88 = arith.cmpi eq, %size_L, %v44 : i64
      scf.if %v88 {
        %v89 = arith.muli %v28, %size_D : i64
        %v90 = arith.addi %v89, %v26 : i64
        %v91 = llvm.mlir.zero : !llvm.ptr
        %v92 = llvm.icmp "ne" %in_h0, %v91 : !llvm.ptr
        %v93 = scf.if %v92 -> (f32) {
          %v94 = llvm.getelementptr %in_h0[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v95 = llvm.load %v94 : !llvm.ptr -> f32
          scf.yield %v95 : f32
        } else {
          scf.yield %v42 : f32
        }
        llvm.store %v93, %v11 : f32, !llvm.ptr
        %v96 = arith.muli %v28, %size_D : i64
        %v97 = arith.addi %v96, %v26 : i64
        %v98 = llvm.mlir.zero : !llvm.ptr
        %v99 = llvm.icmp "ne" %in_hp0, %v98 : !llvm.ptr
        %v100 = scf.if %v99 -> (f32) {
          %v101 = llvm.getelementptr %in_hp0[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v102 = llvm.load %v101 : !llvm.ptr -> f32
          scf.yield %v102 : f32
        } else {
          scf.yield %v42 : f32
        }
        llvm.store %v100, %v12 : f32, !llvm.ptr
        %v103 = arith.muli %v28, %size_D : i64
        %v104 = arith.addi %v103, %v26 : i64
        %v105 = llvm.getelementptr %dy_h_last[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v106 = llvm.load %v105 : !llvm.ptr -> f32
        %v107 = llvm.load %v34 : !llvm.ptr -> f32
        %v108 = arith.addf %v107, %v106 fastmath<contract> : f32
        llvm.store %v108, %v34 : f32, !llvm.ptr
        %v109 = arith.muli %v28, %size_D : i64
        %v110 = arith.addi %v109, %v26 : i64
        %v111 = llvm.getelementptr %dy_hp_last[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v112 = llvm.load %v111 : !llvm.ptr -> f32
        %v113 = llvm.load %v35 : !llvm.ptr -> f32
        %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
        llvm.store %v114, %v35 : f32, !llvm.ptr
      }
      %v119 = arith.addi %size_L, %v118 : i64
      %v120 = arith.divui %v119, %v115 : i64
      %v121 = arith.minsi %v32, %v120 : i64
      %v122 = arith.muli %v19, %v116 : i64
      %v123 = arith.subi %v121, %v31 : i64
      %v124 = arith.maxsi %v123, %v44 : i64
      %v125 = arith.index_cast %v44 : i64 to index
      %v126 = arith.index_cast %v124 : i64 to index
      %v127 = arith.index_cast %v1 : i64 to index
      scf.for %v128 = %v125 to %v126 step %v127 {
        %v129 = arith.index_cast %v128 : index to i64
        %v130 = arith.subi %v121, %v1 : i64
        %v131 = arith.subi %v130, %v129 : i64
        %v132 = arith.muli %v131, %v115 : i64
        %v133 = arith.subi %size_L, %v132 : i64
        %v134 = arith.minsi %v133, %v115 : i64
        %v135 = arith.addi %v134, %v117 : i64
        %v136 = arith.divui %v135, %v116 : i64
        %v137 = arith.subi %v134, %v1 : i64
        %v139 = arith.muli %v131, %v138 : i64
        %v140 = arith.muli %v28, %size_D : i64
        %v141 = arith.addi %v140, %v26 : i64
        %v142 = arith.addi %v139, %v141 : i64
        %v143 = llvm.getelementptr %ckpt_h[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v144 = llvm.load %v143 : !llvm.ptr -> f32
        llvm.store %v144, %v9 : f32, !llvm.ptr
        %v146 = arith.muli %v131, %v145 : i64
        %v147 = arith.muli %v28, %size_D : i64
        %v148 = arith.addi %v147, %v26 : i64
        %v149 = arith.addi %v146, %v148 : i64
        %v150 = llvm.getelementptr %ckpt_hp[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v151 = llvm.load %v150 : !llvm.ptr -> f32
        llvm.store %v151, %v10 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v152 = arith.index_cast %v44 : i64 to index
        %v153 = arith.index_cast %v136 : i64 to index
        %v154 = arith.index_cast %v1 : i64 to index
        scf.for %v155 = %v152 to %v153 step %v154 {
          %v156 = arith.index_cast %v155 : index to i64
          %v157 = arith.addi %v122, %v156 : i64
          scf.if %v23 {
            %v158 = llvm.load %v9 : !llvm.ptr -> f32
            %v159 = arith.muli %v157, %v2 : i64
            %v160 = arith.subi %v2, %v1 : i64
            %v161 = arith.minsi %v22, %v160 : i64
            %v162 = arith.addi %v159, %v161 : i64
            %v163 = llvm.getelementptr %scratch_h[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v158, %v163 : f32, !llvm.ptr
            %v164 = llvm.load %v10 : !llvm.ptr -> f32
            %v165 = arith.muli %v157, %v2 : i64
            %v166 = arith.subi %v2, %v1 : i64
            %v167 = arith.minsi %v22, %v166 : i64
            %v168 = arith.addi %v165, %v167 : i64
            %v169 = llvm.getelementptr %scratch_hp[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v164, %v169 : f32, !llvm.ptr
          }
          %v170 = arith.muli %v156, %v116 : i64
          %v171 = arith.subi %v134, %v170 : i64
          %v172 = arith.trunci %v171 : i64 to i32
          %v173 = arith.index_cast %v44 : i64 to index
          %v174 = arith.index_cast %v116 : i64 to index
          %v175 = arith.index_cast %v1 : i64 to index
          scf.for %v176 = %v173 to %v174 step %v175 {
            %v177 = arith.index_cast %v176 : index to i64
            %v178 = arith.trunci %v177 : i64 to i32
            %v179 = arith.addi %v170, %v177 : i64
            %v180 = arith.cmpi slt, %v178, %v172 : i32
            scf.if %v180 {
              %v181 = arith.addi %v132, %v179 : i64
              %v184 = arith.muli %v28, %v183 : i64
              %v185 = arith.muli %v26, %size_L : i64
              %v186 = arith.addi %v184, %v185 : i64
              %v187 = arith.addi %v186, %v181 : i64
              %v188 = llvm.getelementptr %in_rho[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v189 = llvm.load %v188 : !llvm.ptr -> f32
              %v190 = arith.negf %v189 : f32
              %v192 = arith.mulf %v190, %v191 fastmath<contract> : f32
              %v193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v192) : (f32) -> f32
              %v194 = arith.addf %v43, %v193 fastmath<contract> : f32
              %v195 = arith.divf %v43, %v194 : f32
              %v196 = arith.mulf %v182, %v195 fastmath<contract> : f32
              %v197 = arith.muli %v28, %v183 : i64
              %v198 = arith.muli %v26, %size_L : i64
              %v199 = arith.addi %v197, %v198 : i64
              %v200 = arith.addi %v199, %v181 : i64
              %v201 = llvm.getelementptr %in_theta[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v202 = llvm.load %v201 : !llvm.ptr -> f32
              %v204 = arith.mulf %v202, %v203 fastmath<contract> : f32
              %v205 = llvm.call_intrinsic "llvm.roundeven.f32"(%v204) : (f32) -> f32
              %v208 = arith.mulf %v205, %v206 fastmath<contract> : f32
              %v209 = arith.subf %v202, %v208 fastmath<contract> : f32
              %v210 = arith.mulf %v205, %v207 fastmath<contract> : f32
              %v211 = arith.subf %v209, %v210 fastmath<contract> : f32
              %v212 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v211) : (f32) -> f32
              %v213 = arith.mulf %v196, %v212 fastmath<contract> : f32
              %v214 = arith.muli %v28, %v183 : i64
              %v215 = arith.muli %v26, %size_L : i64
              %v216 = arith.addi %v214, %v215 : i64
              %v217 = arith.addi %v216, %v181 : i64
              %v218 = llvm.getelementptr %in_x[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v219 = llvm.load %v218 : !llvm.ptr -> f32
              %v220 = llvm.load %v9 : !llvm.ptr -> f32
              %v221 = arith.mulf %v213, %v220 fastmath<contract> : f32
              %v222 = arith.addf %v221, %v219 fastmath<contract> : f32
              %v223 = arith.mulf %v195, %v195 fastmath<contract> : f32
              %v224 = arith.negf %v223 : f32
              %v225 = llvm.load %v10 : !llvm.ptr -> f32
              %v226 = arith.mulf %v224, %v225 fastmath<contract> : f32
              %v227 = arith.addf %v222, %v226 fastmath<contract> : f32
              %v228 = llvm.load %v10 : !llvm.ptr -> f32
              %v229 = arith.mulf %v42, %v228 fastmath<contract> : f32
              %v230 = arith.addf %v229, %v42 fastmath<contract> : f32
              %v231 = llvm.load %v9 : !llvm.ptr -> f32
              %v232 = arith.mulf %v43, %v231 fastmath<contract> : f32
              %v233 = arith.addf %v230, %v232 fastmath<contract> : f32
              llvm.store %v227, %v9 : f32, !llvm.ptr
              llvm.store %v233, %v10 : f32, !llvm.ptr
            }
          }
        }
        %v234 = arith.index_cast %v44 : i64 to index
        %v235 = arith.index_cast %v1 : i64 to index
        %v236 = arith.index_cast %v1 : i64 to index
        scf.for %v237 = %v234 to %v235 step %v236 {
          %v238 = arith.index_cast %v237 : index to i64
          %v239 = arith.index_cast %v44 : i64 to index
          %v240 = arith.index_cast %v136 : i64 to index
          %v241 = arith.index_cast %v1 : i64 to index
          scf.for %v242 = %v239 to %v240 step %v241 {
            %v243 = arith.index_cast %v242 : index to i64
            %v244 = arith.cmpi slt, %v243, %v136 : i64
            scf.if %v244 {
              %v245 = arith.subi %v136, %v1 : i64
              %v246 = arith.subi %v245, %v243 : i64
              %v247 = arith.muli %v246, %v116 : i64
              %v248 = arith.addi %v122, %v246 : i64
              %v249 = arith.addi %v247, %v116 : i64
              %v250 = arith.cmpi sle, %v249, %v134 : i64
              scf.if %v250 {
                %v251 = arith.subi %v134, %v1 : i64
                %v252 = arith.muli %v248, %v2 : i64
                %v253 = arith.subi %v2, %v1 : i64
                %v254 = arith.minsi %v22, %v253 : i64
                %v255 = arith.addi %v252, %v254 : i64
                %v256 = llvm.getelementptr %scratch_h[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v257 = llvm.load %v256 : !llvm.ptr -> f32
                %v258 = arith.muli %v248, %v2 : i64
                %v259 = arith.subi %v2, %v1 : i64
                %v260 = arith.minsi %v22, %v259 : i64
                %v261 = arith.addi %v258, %v260 : i64
                %v262 = llvm.getelementptr %scratch_hp[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v263 = llvm.load %v262 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v264 = arith.minsi %v247, %v251 : i64
                %v265 = arith.addi %v132, %v264 : i64
                %v266 = arith.muli %v28, %v183 : i64
                %v267 = arith.muli %v26, %size_L : i64
                %v268 = arith.addi %v266, %v267 : i64
                %v269 = arith.addi %v268, %v265 : i64
                %v270 = llvm.getelementptr %in_rho[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v271 = llvm.load %v270 : !llvm.ptr -> f32
                %v272 = arith.negf %v271 : f32
                %v273 = arith.mulf %v272, %v191 fastmath<contract> : f32
                %v274 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v273) : (f32) -> f32
                %v275 = arith.addf %v43, %v274 fastmath<contract> : f32
                %v276 = arith.divf %v43, %v275 : f32
                %v277 = arith.mulf %v182, %v276 fastmath<contract> : f32
                %v278 = arith.muli %v28, %v183 : i64
                %v279 = arith.muli %v26, %size_L : i64
                %v280 = arith.addi %v278, %v279 : i64
                %v281 = arith.addi %v280, %v265 : i64
                %v282 = llvm.getelementptr %in_theta[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v283 = llvm.load %v282 : !llvm.ptr -> f32
                %v284 = arith.mulf %v283, %v203 fastmath<contract> : f32
                %v285 = llvm.call_intrinsic "llvm.roundeven.f32"(%v284) : (f32) -> f32
                %v286 = arith.mulf %v285, %v206 fastmath<contract> : f32
                %v287 = arith.subf %v283, %v286 fastmath<contract> : f32
                %v288 = arith.mulf %v285, %v207 fastmath<contract> : f32
                %v289 = arith.subf %v287, %v288 fastmath<contract> : f32
                %v290 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v289) : (f32) -> f32
                %v291 = arith.mulf %v277, %v290 fastmath<contract> : f32
                %v292 = arith.muli %v28, %v183 : i64
                %v293 = arith.muli %v26, %size_L : i64
                %v294 = arith.addi %v292, %v293 : i64
                %v295 = arith.addi %v294, %v265 : i64
                %v296 = llvm.getelementptr %in_x[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v297 = llvm.load %v296 : !llvm.ptr -> f32
                %v298 = arith.mulf %v291, %v257 fastmath<contract> : f32
                %v299 = arith.addf %v298, %v297 fastmath<contract> : f32
                %v300 = arith.mulf %v276, %v276 fastmath<contract> : f32
                %v301 = arith.negf %v300 : f32
                %v302 = arith.mulf %v301, %v263 fastmath<contract> : f32
                %v303 = arith.addf %v299, %v302 fastmath<contract> : f32
                %v304 = arith.mulf %v42, %v263 fastmath<contract> : f32
                %v305 = arith.addf %v304, %v42 fastmath<contract> : f32
                %v306 = arith.mulf %v43, %v257 fastmath<contract> : f32
                %v307 = arith.addf %v305, %v306 fastmath<contract> : f32
                %v308 = arith.addi %v247, %v1 : i64
                %v309 = arith.minsi %v308, %v251 : i64
                %v310 = arith.addi %v132, %v309 : i64
                %v311 = arith.muli %v28, %v183 : i64
                %v312 = arith.muli %v26, %size_L : i64
                %v313 = arith.addi %v311, %v312 : i64
                %v314 = arith.addi %v313, %v310 : i64
                %v315 = llvm.getelementptr %in_rho[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v316 = llvm.load %v315 : !llvm.ptr -> f32
                %v317 = arith.negf %v316 : f32
                %v318 = arith.mulf %v317, %v191 fastmath<contract> : f32
                %v319 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v318) : (f32) -> f32
                %v320 = arith.addf %v43, %v319 fastmath<contract> : f32
                %v321 = arith.divf %v43, %v320 : f32
                %v322 = arith.mulf %v182, %v321 fastmath<contract> : f32
                %v323 = arith.muli %v28, %v183 : i64
                %v324 = arith.muli %v26, %size_L : i64
                %v325 = arith.addi %v323, %v324 : i64
                %v326 = arith.addi %v325, %v310 : i64
                %v327 = llvm.getelementptr %in_theta[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v328 = llvm.load %v327 : !llvm.ptr -> f32
                %v329 = arith.mulf %v328, %v203 fastmath<contract> : f32
                %v330 = llvm.call_intrinsic "llvm.roundeven.f32"(%v329) : (f32) -> f32
                %v331 = arith.mulf %v330, %v206 fastmath<contract> : f32
                %v332 = arith.subf %v328, %v331 fastmath<contract> : f32
                %v333 = arith.mulf %v330, %v207 fastmath<contract> : f32
                %v334 = arith.subf %v332, %v333 fastmath<contract> : f32
                %v335 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v334) : (f32) -> f32
                %v336 = arith.mulf %v322, %v335 fastmath<contract> : f32
                %v337 = arith.muli %v28, %v183 : i64
                %v338 = arith.muli %v26, %size_L : i64
                %v339 = arith.addi %v337, %v338 : i64
                %v340 = arith.addi %v339, %v310 : i64
                %v341 = llvm.getelementptr %in_x[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v342 = llvm.load %v341 : !llvm.ptr -> f32
                %v343 = arith.mulf %v336, %v303 fastmath<contract> : f32
                %v344 = arith.addf %v343, %v342 fastmath<contract> : f32
                %v345 = arith.mulf %v321, %v321 fastmath<contract> : f32
                %v346 = arith.negf %v345 : f32
                %v347 = arith.mulf %v346, %v307 fastmath<contract> : f32
                %v348 = arith.addf %v344, %v347 fastmath<contract> : f32
                %v349 = arith.mulf %v42, %v307 fastmath<contract> : f32
                %v350 = arith.addf %v349, %v42 fastmath<contract> : f32
                %v351 = arith.mulf %v43, %v303 fastmath<contract> : f32
                %v352 = arith.addf %v350, %v351 fastmath<contract> : f32
                %v353 = arith.addi %v247, %v58 : i64
                %v354 = arith.minsi %v353, %v251 : i64
                %v355 = arith.addi %v132, %v354 : i64
                %v356 = arith.muli %v28, %v183 : i64
                %v357 = arith.muli %v26, %size_L : i64
                %v358 = arith.addi %v356, %v357 : i64
                %v359 = arith.addi %v358, %v355 : i64
                %v360 = llvm.getelementptr %in_rho[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v361 = llvm.load %v360 : !llvm.ptr -> f32
                %v362 = arith.negf %v361 : f32
                %v363 = arith.mulf %v362, %v191 fastmath<contract> : f32
                %v364 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v363) : (f32) -> f32
                %v365 = arith.addf %v43, %v364 fastmath<contract> : f32
                %v366 = arith.divf %v43, %v365 : f32
                %v367 = arith.mulf %v182, %v366 fastmath<contract> : f32
                %v368 = arith.muli %v28, %v183 : i64
                %v369 = arith.muli %v26, %size_L : i64
                %v370 = arith.addi %v368, %v369 : i64
                %v371 = arith.addi %v370, %v355 : i64
                %v372 = llvm.getelementptr %in_theta[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v373 = llvm.load %v372 : !llvm.ptr -> f32
                %v374 = arith.mulf %v373, %v203 fastmath<contract> : f32
                %v375 = llvm.call_intrinsic "llvm.roundeven.f32"(%v374) : (f32) -> f32
                %v376 = arith.mulf %v375, %v206 fastmath<contract> : f32
                %v377 = arith.subf %v373, %v376 fastmath<contract> : f32
                %v378 = arith.mulf %v375, %v207 fastmath<contract> : f32
                %v379 = arith.subf %v377, %v378 fastmath<contract> : f32
                %v380 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v379) : (f32) -> f32
                %v381 = arith.mulf %v367, %v380 fastmath<contract> : f32
                %v382 = arith.muli %v28, %v183 : i64
                %v383 = arith.muli %v26, %size_L : i64
                %v384 = arith.addi %v382, %v383 : i64
                %v385 = arith.addi %v384, %v355 : i64
                %v386 = llvm.getelementptr %in_x[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v387 = llvm.load %v386 : !llvm.ptr -> f32
                %v388 = arith.mulf %v381, %v348 fastmath<contract> : f32
                %v389 = arith.addf %v388, %v387 fastmath<contract> : f32
                %v390 = arith.mulf %v366, %v366 fastmath<contract> : f32
                %v391 = arith.negf %v390 : f32
                %v392 = arith.mulf %v391, %v352 fastmath<contract> : f32
                %v393 = arith.addf %v389, %v392 fastmath<contract> : f32
                %v394 = arith.mulf %v42, %v352 fastmath<contract> : f32
                %v395 = arith.addf %v394, %v42 fastmath<contract> : f32
                %v396 = arith.mulf %v43, %v348 fastmath<contract> : f32
                %v397 = arith.addf %v395, %v396 fastmath<contract> : f32
                %v399 = arith.addi %v247, %v398 : i64
                %v400 = arith.minsi %v399, %v251 : i64
                %v401 = arith.addi %v132, %v400 : i64
                %v402 = arith.muli %v28, %v183 : i64
                %v403 = arith.muli %v26, %size_L : i64
                %v404 = arith.addi %v402, %v403 : i64
                %v405 = arith.addi %v404, %v401 : i64
                %v406 = llvm.getelementptr %in_rho[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.negf %v407 : f32
                %v409 = arith.mulf %v408, %v191 fastmath<contract> : f32
                %v410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v409) : (f32) -> f32
                %v411 = arith.addf %v43, %v410 fastmath<contract> : f32
                %v412 = arith.divf %v43, %v411 : f32
                %v413 = arith.mulf %v182, %v412 fastmath<contract> : f32
                %v414 = arith.muli %v28, %v183 : i64
                %v415 = arith.muli %v26, %size_L : i64
                %v416 = arith.addi %v414, %v415 : i64
                %v417 = arith.addi %v416, %v401 : i64
                %v418 = llvm.getelementptr %in_theta[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v419 = llvm.load %v418 : !llvm.ptr -> f32
                %v420 = arith.mulf %v419, %v203 fastmath<contract> : f32
                %v421 = llvm.call_intrinsic "llvm.roundeven.f32"(%v420) : (f32) -> f32
                %v422 = arith.mulf %v421, %v206 fastmath<contract> : f32
                %v423 = arith.subf %v419, %v422 fastmath<contract> : f32
                %v424 = arith.mulf %v421, %v207 fastmath<contract> : f32
                %v425 = arith.subf %v423, %v424 fastmath<contract> : f32
                %v426 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v425) : (f32) -> f32
                %v427 = arith.mulf %v413, %v426 fastmath<contract> : f32
                %v428 = arith.muli %v28, %v183 : i64
                %v429 = arith.muli %v26, %size_L : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = arith.addi %v430, %v401 : i64
                %v432 = llvm.getelementptr %in_x[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v433 = llvm.load %v432 : !llvm.ptr -> f32
                %v434 = arith.mulf %v427, %v393 fastmath<contract> : f32
                %v435 = arith.addf %v434, %v433 fastmath<contract> : f32
                %v436 = arith.mulf %v412, %v412 fastmath<contract> : f32
                %v437 = arith.negf %v436 : f32
                %v438 = arith.mulf %v437, %v397 fastmath<contract> : f32
                %v439 = arith.addf %v435, %v438 fastmath<contract> : f32
                %v440 = arith.mulf %v42, %v397 fastmath<contract> : f32
                %v441 = arith.addf %v440, %v42 fastmath<contract> : f32
                %v442 = arith.mulf %v43, %v393 fastmath<contract> : f32
                %v443 = arith.addf %v441, %v442 fastmath<contract> : f32
                %v444 = arith.addi %v247, %v30 : i64
                %v445 = arith.minsi %v444, %v251 : i64
                %v446 = arith.addi %v132, %v445 : i64
                %v447 = arith.muli %v28, %v183 : i64
                %v448 = arith.muli %v26, %size_L : i64
                %v449 = arith.addi %v447, %v448 : i64
                %v450 = arith.addi %v449, %v446 : i64
                %v451 = llvm.getelementptr %in_rho[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v452 = llvm.load %v451 : !llvm.ptr -> f32
                %v453 = arith.negf %v452 : f32
                %v454 = arith.mulf %v453, %v191 fastmath<contract> : f32
                %v455 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v454) : (f32) -> f32
                %v456 = arith.addf %v43, %v455 fastmath<contract> : f32
                %v457 = arith.divf %v43, %v456 : f32
                %v458 = arith.mulf %v182, %v457 fastmath<contract> : f32
                %v459 = arith.muli %v28, %v183 : i64
                %v460 = arith.muli %v26, %size_L : i64
                %v461 = arith.addi %v459, %v460 : i64
                %v462 = arith.addi %v461, %v446 : i64
                %v463 = llvm.getelementptr %in_theta[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v464 = llvm.load %v463 : !llvm.ptr -> f32
                %v465 = arith.mulf %v464, %v203 fastmath<contract> : f32
                %v466 = llvm.call_intrinsic "llvm.roundeven.f32"(%v465) : (f32) -> f32
                %v467 = arith.mulf %v466, %v206 fastmath<contract> : f32
                %v468 = arith.subf %v464, %v467 fastmath<contract> : f32
                %v469 = arith.mulf %v466, %v207 fastmath<contract> : f32
                %v470 = arith.subf %v468, %v469 fastmath<contract> : f32
                %v471 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v470) : (f32) -> f32
                %v472 = arith.mulf %v458, %v471 fastmath<contract> : f32
                %v473 = arith.muli %v28, %v183 : i64
                %v474 = arith.muli %v26, %size_L : i64
                %v475 = arith.addi %v473, %v474 : i64
                %v476 = arith.addi %v475, %v446 : i64
                %v477 = llvm.getelementptr %in_x[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v478 = llvm.load %v477 : !llvm.ptr -> f32
                %v479 = arith.mulf %v472, %v439 fastmath<contract> : f32
                %v480 = arith.addf %v479, %v478 fastmath<contract> : f32
                %v481 = arith.mulf %v457, %v457 fastmath<contract> : f32
                %v482 = arith.negf %v481 : f32
                %v483 = arith.mulf %v482, %v443 fastmath<contract> : f32
                %v484 = arith.addf %v480, %v483 fastmath<contract> : f32
                %v485 = arith.mulf %v42, %v443 fastmath<contract> : f32
                %v486 = arith.addf %v485, %v42 fastmath<contract> : f32
                %v487 = arith.mulf %v43, %v439 fastmath<contract> : f32
                %v488 = arith.addf %v486, %v487 fastmath<contract> : f32
                %v490 = arith.addi %v247, %v489 : i64
                %v491 = arith.minsi %v490, %v251 : i64
                %v492 = arith.addi %v132, %v491 : i64
                %v493 = arith.muli %v28, %v183 : i64
                %v494 = arith.muli %v26, %size_L : i64
                %v495 = arith.addi %v493, %v494 : i64
                %v496 = arith.addi %v495, %v492 : i64
                %v497 = llvm.getelementptr %in_rho[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                %v499 = arith.negf %v498 : f32
                %v500 = arith.mulf %v499, %v191 fastmath<contract> : f32
                %v501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v500) : (f32) -> f32
                %v502 = arith.addf %v43, %v501 fastmath<contract> : f32
                %v503 = arith.divf %v43, %v502 : f32
                %v504 = arith.mulf %v182, %v503 fastmath<contract> : f32
                %v505 = arith.muli %v28, %v183 : i64
                %v506 = arith.muli %v26, %size_L : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = arith.addi %v507, %v492 : i64
                %v509 = llvm.getelementptr %in_theta[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v510 = llvm.load %v509 : !llvm.ptr -> f32
                %v511 = arith.mulf %v510, %v203 fastmath<contract> : f32
                %v512 = llvm.call_intrinsic "llvm.roundeven.f32"(%v511) : (f32) -> f32
                %v513 = arith.mulf %v512, %v206 fastmath<contract> : f32
                %v514 = arith.subf %v510, %v513 fastmath<contract> : f32
                %v515 = arith.mulf %v512, %v207 fastmath<contract> : f32
                %v516 = arith.subf %v514, %v515 fastmath<contract> : f32
                %v517 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v516) : (f32) -> f32
                %v518 = arith.mulf %v504, %v517 fastmath<contract> : f32
                %v519 = arith.muli %v28, %v183 : i64
                %v520 = arith.muli %v26, %size_L : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = arith.addi %v521, %v492 : i64
                %v523 = llvm.getelementptr %in_x[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v524 = llvm.load %v523 : !llvm.ptr -> f32
                %v525 = arith.mulf %v518, %v484 fastmath<contract> : f32
                %v526 = arith.addf %v525, %v524 fastmath<contract> : f32
                %v527 = arith.mulf %v503, %v503 fastmath<contract> : f32
                %v528 = arith.negf %v527 : f32
                %v529 = arith.mulf %v528, %v488 fastmath<contract> : f32
                %v530 = arith.addf %v526, %v529 fastmath<contract> : f32
                %v531 = arith.mulf %v42, %v488 fastmath<contract> : f32
                %v532 = arith.addf %v531, %v42 fastmath<contract> : f32
                %v533 = arith.mulf %v43, %v484 fastmath<contract> : f32
                %v534 = arith.addf %v532, %v533 fastmath<contract> : f32
                %v536 = arith.addi %v247, %v535 : i64
                %v537 = arith.minsi %v536, %v251 : i64
                %v538 = arith.addi %v132, %v537 : i64
                %v539 = arith.muli %v28, %v183 : i64
                %v540 = arith.muli %v26, %size_L : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = arith.addi %v541, %v538 : i64
                %v543 = llvm.getelementptr %in_rho[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                %v545 = arith.negf %v544 : f32
                %v546 = arith.mulf %v545, %v191 fastmath<contract> : f32
                %v547 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v546) : (f32) -> f32
                %v548 = arith.addf %v43, %v547 fastmath<contract> : f32
                %v549 = arith.divf %v43, %v548 : f32
                %v550 = arith.mulf %v182, %v549 fastmath<contract> : f32
                %v551 = arith.muli %v28, %v183 : i64
                %v552 = arith.muli %v26, %size_L : i64
                %v553 = arith.addi %v551, %v552 : i64
                %v554 = arith.addi %v553, %v538 : i64
                %v555 = llvm.getelementptr %in_theta[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v556 = llvm.load %v555 : !llvm.ptr -> f32
                %v557 = arith.mulf %v556, %v203 fastmath<contract> : f32
                %v558 = llvm.call_intrinsic "llvm.roundeven.f32"(%v557) : (f32) -> f32
                %v559 = arith.mulf %v558, %v206 fastmath<contract> : f32
                %v560 = arith.subf %v556, %v559 fastmath<contract> : f32
                %v561 = arith.mulf %v558, %v207 fastmath<contract> : f32
                %v562 = arith.subf %v560, %v561 fastmath<contract> : f32
                %v563 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v562) : (f32) -> f32
                %v564 = arith.mulf %v550, %v563 fastmath<contract> : f32
                %v565 = arith.muli %v28, %v183 : i64
                %v566 = arith.muli %v26, %size_L : i64
                %v567 = arith.addi %v565, %v566 : i64
                %v568 = arith.addi %v567, %v538 : i64
                %v569 = llvm.getelementptr %in_x[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v570 = llvm.load %v569 : !llvm.ptr -> f32
                %v571 = arith.mulf %v564, %v530 fastmath<contract> : f32
                %v572 = arith.addf %v571, %v570 fastmath<contract> : f32
                %v573 = arith.mulf %v549, %v549 fastmath<contract> : f32
                %v574 = arith.negf %v573 : f32
                %v575 = arith.mulf %v574, %v534 fastmath<contract> : f32
                %v576 = arith.addf %v572, %v575 fastmath<contract> : f32
                %v577 = arith.mulf %v42, %v534 fastmath<contract> : f32
                %v578 = arith.addf %v577, %v42 fastmath<contract> : f32
                %v579 = arith.mulf %v43, %v530 fastmath<contract> : f32
                %v580 = arith.addf %v578, %v579 fastmath<contract> : f32
                %v581 = arith.addi %v247, %v117 : i64
                %v582 = arith.minsi %v581, %v251 : i64
                %v583 = arith.addi %v132, %v582 : i64
                %v584 = arith.muli %v28, %v183 : i64
                %v585 = arith.muli %v26, %size_L : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = arith.addi %v586, %v583 : i64
                %v588 = llvm.getelementptr %in_rho[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v589 = llvm.load %v588 : !llvm.ptr -> f32
                %v590 = arith.negf %v589 : f32
                %v591 = arith.mulf %v590, %v191 fastmath<contract> : f32
                %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
                %v593 = arith.addf %v43, %v592 fastmath<contract> : f32
                %v594 = arith.divf %v43, %v593 : f32
                %v595 = arith.mulf %v182, %v594 fastmath<contract> : f32
                %v596 = arith.muli %v28, %v183 : i64
                %v597 = arith.muli %v26, %size_L : i64
                %v598 = arith.addi %v596, %v597 : i64
                %v599 = arith.addi %v598, %v583 : i64
                %v600 = llvm.getelementptr %in_theta[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v601 = llvm.load %v600 : !llvm.ptr -> f32
                %v602 = arith.mulf %v601, %v203 fastmath<contract> : f32
                %v603 = llvm.call_intrinsic "llvm.roundeven.f32"(%v602) : (f32) -> f32
                %v604 = arith.mulf %v603, %v206 fastmath<contract> : f32
                %v605 = arith.subf %v601, %v604 fastmath<contract> : f32
                %v606 = arith.mulf %v603, %v207 fastmath<contract> : f32
                %v607 = arith.subf %v605, %v606 fastmath<contract> : f32
                %v608 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v607) : (f32) -> f32
                %v609 = arith.mulf %v595, %v608 fastmath<contract> : f32
                %v610 = arith.muli %v28, %v183 : i64
                %v611 = arith.muli %v26, %size_L : i64
                %v612 = arith.addi %v610, %v611 : i64
                %v613 = arith.addi %v612, %v583 : i64
                %v614 = llvm.getelementptr %in_x[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v615 = llvm.load %v614 : !llvm.ptr -> f32
                %v616 = arith.mulf %v609, %v576 fastmath<contract> : f32
                %v617 = arith.addf %v616, %v615 fastmath<contract> : f32
                %v618 = arith.mulf %v594, %v594 fastmath<contract> : f32
                %v619 = arith.negf %v618 : f32
                %v620 = arith.mulf %v619, %v580 fastmath<contract> : f32
                %v621 = arith.addf %v617, %v620 fastmath<contract> : f32
                %v622 = arith.mulf %v42, %v580 fastmath<contract> : f32
                %v623 = arith.addf %v622, %v42 fastmath<contract> : f32
                %v624 = arith.mulf %v43, %v576 fastmath<contract> : f32
                %v625 = arith.addf %v623, %v624 fastmath<contract> : f32
                %v626 = arith.subi %v134, %v247 : i64
                %v627 = arith.trunci %v626 : i64 to i32
                %v628 = arith.subi %size_L, %v1 : i64
                %v629 = arith.addi %v132, %v247 : i64
                %v630 = arith.subi %v628, %v629 : i64
                %v632 = arith.minsi %v630, %v631 : i64
                %v633 = arith.trunci %v632 : i64 to i32
                %v634 = arith.addi %v247, %v117 : i64
                %v636 = arith.cmpi slt, %v635, %v627 : i32
                %v637 = arith.cmpi eq, %v635, %v633 : i32
                %v638 = arith.addi %v132, %v634 : i64
                %v639 = llvm.load %v34 : !llvm.ptr -> f32
                %v640 = llvm.load %v35 : !llvm.ptr -> f32
                %v641 = arith.muli %v28, %v183 : i64
                %v642 = arith.muli %v26, %size_L : i64
                %v643 = arith.addi %v641, %v642 : i64
                %v644 = arith.addi %v643, %v638 : i64
                %v645 = llvm.getelementptr %dy_y[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v646 = llvm.load %v645 : !llvm.ptr -> f32
                %v647 = llvm.load %v36 : !llvm.ptr -> f32
                %v648 = arith.mulf %v647, %v639 fastmath<contract> : f32
                %v649 = arith.addf %v646, %v648 fastmath<contract> : f32
                %v650 = llvm.load %v38 : !llvm.ptr -> f32
                %v651 = arith.mulf %v650, %v640 fastmath<contract> : f32
                %v652 = arith.addf %v651, %v649 fastmath<contract> : f32
                %v653 = llvm.load %v37 : !llvm.ptr -> f32
                %v654 = arith.mulf %v653, %v640 fastmath<contract> : f32
                %v655 = arith.addf %v42, %v654 fastmath<contract> : f32
                %v656 = llvm.load %v39 : !llvm.ptr -> f32
                %v657 = arith.mulf %v656, %v639 fastmath<contract> : f32
                %v658 = arith.addf %v657, %v655 fastmath<contract> : f32
                llvm.store %v652, %v34 : f32, !llvm.ptr
                llvm.store %v658, %v35 : f32, !llvm.ptr
                scf.if %v637 {
                  %v659 = arith.muli %v28, %size_D : i64
                  %v660 = arith.addi %v659, %v26 : i64
                  %v661 = llvm.getelementptr %dy_h_last[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v662 = llvm.load %v661 : !llvm.ptr -> f32
                  %v663 = llvm.load %v34 : !llvm.ptr -> f32
                  %v664 = arith.addf %v663, %v662 fastmath<contract> : f32
                  llvm.store %v664, %v34 : f32, !llvm.ptr
                  %v665 = arith.muli %v28, %size_D : i64
                  %v666 = arith.addi %v665, %v26 : i64
                  %v667 = llvm.getelementptr %dy_hp_last[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v668 = llvm.load %v667 : !llvm.ptr -> f32
                  %v669 = llvm.load %v35 : !llvm.ptr -> f32
                  %v670 = arith.addf %v669, %v668 fastmath<contract> : f32
                  llvm.store %v670, %v35 : f32, !llvm.ptr
                }
                %v671 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v23 {
                  %v672 = arith.muli %v28, %v183 : i64
                  %v673 = arith.muli %v26, %size_L : i64
                  %v674 = arith.addi %v672, %v673 : i64
                  %v675 = arith.addi %v674, %v638 : i64
                  %v676 = llvm.getelementptr %dx_x[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v671, %v676 : f32, !llvm.ptr
                }
                %v677 = arith.muli %v28, %v183 : i64
                %v678 = arith.muli %v26, %size_L : i64
                %v679 = arith.addi %v677, %v678 : i64
                %v680 = arith.addi %v679, %v638 : i64
                %v681 = llvm.getelementptr %in_rho[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v682 = llvm.load %v681 : !llvm.ptr -> f32
                %v683 = arith.negf %v682 : f32
                %v684 = arith.mulf %v683, %v191 fastmath<contract> : f32
                %v685 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v684) : (f32) -> f32
                %v686 = arith.addf %v43, %v685 fastmath<contract> : f32
                %v687 = arith.divf %v43, %v686 : f32
                %v688 = arith.mulf %v580, %v671 fastmath<contract> : f32
                %v689 = arith.negf %v688 : f32
                %v690 = arith.mulf %v687, %v689 fastmath<contract> : f32
                %v691 = arith.addf %v690, %v690 fastmath<contract> : f32
                %v692 = arith.muli %v28, %v183 : i64
                %v693 = arith.muli %v26, %size_L : i64
                %v694 = arith.addi %v692, %v693 : i64
                %v695 = arith.addi %v694, %v638 : i64
                %v696 = llvm.getelementptr %in_theta[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v697 = llvm.load %v696 : !llvm.ptr -> f32
                %v698 = arith.mulf %v697, %v203 fastmath<contract> : f32
                %v699 = llvm.call_intrinsic "llvm.roundeven.f32"(%v698) : (f32) -> f32
                %v700 = arith.mulf %v699, %v206 fastmath<contract> : f32
                %v701 = arith.subf %v697, %v700 fastmath<contract> : f32
                %v702 = arith.mulf %v699, %v207 fastmath<contract> : f32
                %v703 = arith.subf %v701, %v702 fastmath<contract> : f32
                %v704 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v703) : (f32) -> f32
                %v705 = arith.mulf %v576, %v671 fastmath<contract> : f32
                %v706 = arith.mulf %v704, %v705 fastmath<contract> : f32
                %v707 = arith.mulf %v182, %v706 fastmath<contract> : f32
                %v708 = arith.addf %v691, %v707 fastmath<contract> : f32
                %v709 = arith.subf %v43, %v687 fastmath<contract> : f32
                %v710 = arith.mulf %v687, %v709 fastmath<contract> : f32
                %v711 = arith.mulf %v708, %v710 fastmath<contract> : f32
                scf.if %v23 {
                  %v712 = arith.muli %v28, %v183 : i64
                  %v713 = arith.muli %v26, %size_L : i64
                  %v714 = arith.addi %v712, %v713 : i64
                  %v715 = arith.addi %v714, %v638 : i64
                  %v716 = llvm.getelementptr %dx_rho[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v711, %v716 : f32, !llvm.ptr
                }
                %v717 = arith.mulf %v182, %v687 fastmath<contract> : f32
                %v718 = arith.mulf %v717, %v705 fastmath<contract> : f32
                %v719 = arith.mulf %v697, %v203 fastmath<contract> : f32
                %v720 = llvm.call_intrinsic "llvm.roundeven.f32"(%v719) : (f32) -> f32
                %v721 = arith.mulf %v720, %v206 fastmath<contract> : f32
                %v722 = arith.subf %v697, %v721 fastmath<contract> : f32
                %v723 = arith.mulf %v720, %v207 fastmath<contract> : f32
                %v724 = arith.subf %v722, %v723 fastmath<contract> : f32
                %v725 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v724) : (f32) -> f32
                %v726 = arith.negf %v725 : f32
                %v727 = arith.mulf %v718, %v726 fastmath<contract> : f32
                scf.if %v23 {
                  %v728 = arith.muli %v28, %v183 : i64
                  %v729 = arith.muli %v26, %size_L : i64
                  %v730 = arith.addi %v728, %v729 : i64
                  %v731 = arith.addi %v730, %v638 : i64
                  %v732 = llvm.getelementptr %dx_theta[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v727, %v732 : f32, !llvm.ptr
                }
                %v733 = arith.mulf %v717, %v704 fastmath<contract> : f32
                llvm.store %v733, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v734 = arith.mulf %v687, %v687 fastmath<contract> : f32
                %v735 = arith.negf %v734 : f32
                llvm.store %v735, %v39 : f32, !llvm.ptr
                %v736 = arith.addi %v247, %v535 : i64
                %v738 = arith.cmpi slt, %v737, %v627 : i32
                %v739 = arith.cmpi eq, %v737, %v633 : i32
                %v740 = arith.addi %v132, %v736 : i64
                %v741 = llvm.load %v34 : !llvm.ptr -> f32
                %v742 = llvm.load %v35 : !llvm.ptr -> f32
                %v743 = arith.muli %v28, %v183 : i64
                %v744 = arith.muli %v26, %size_L : i64
                %v745 = arith.addi %v743, %v744 : i64
                %v746 = arith.addi %v745, %v740 : i64
                %v747 = llvm.getelementptr %dy_y[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v748 = llvm.load %v747 : !llvm.ptr -> f32
                %v749 = llvm.load %v36 : !llvm.ptr -> f32
                %v750 = arith.mulf %v749, %v741 fastmath<contract> : f32
                %v751 = arith.addf %v748, %v750 fastmath<contract> : f32
                %v752 = llvm.load %v38 : !llvm.ptr -> f32
                %v753 = arith.mulf %v752, %v742 fastmath<contract> : f32
                %v754 = arith.addf %v753, %v751 fastmath<contract> : f32
                %v755 = llvm.load %v37 : !llvm.ptr -> f32
                %v756 = arith.mulf %v755, %v742 fastmath<contract> : f32
                %v757 = arith.addf %v42, %v756 fastmath<contract> : f32
                %v758 = llvm.load %v39 : !llvm.ptr -> f32
                %v759 = arith.mulf %v758, %v741 fastmath<contract> : f32
                %v760 = arith.addf %v759, %v757 fastmath<contract> : f32
                llvm.store %v754, %v34 : f32, !llvm.ptr
                llvm.store %v760, %v35 : f32, !llvm.ptr
                scf.if %v739 {
                  %v761 = arith.muli %v28, %size_D : i64
                  %v762 = arith.addi %v761, %v26 : i64
                  %v763 = llvm.getelementptr %dy_h_last[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v764 = llvm.load %v763 : !llvm.ptr -> f32
                  %v765 = llvm.load %v34 : !llvm.ptr -> f32
                  %v766 = arith.addf %v765, %v764 fastmath<contract> : f32
                  llvm.store %v766, %v34 : f32, !llvm.ptr
                  %v767 = arith.muli %v28, %size_D : i64
                  %v768 = arith.addi %v767, %v26 : i64
                  %v769 = llvm.getelementptr %dy_hp_last[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v770 = llvm.load %v769 : !llvm.ptr -> f32
                  %v771 = llvm.load %v35 : !llvm.ptr -> f32
                  %v772 = arith.addf %v771, %v770 fastmath<contract> : f32
                  llvm.store %v772, %v35 : f32, !llvm.ptr
                }
                %v773 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v23 {
                  %v774 = arith.muli %v28, %v183 : i64
                  %v775 = arith.muli %v26, %size_L : i64
                  %v776 = arith.addi %v774, %v775 : i64
                  %v777 = arith.addi %v776, %v740 : i64
                  %v778 = llvm.getelementptr %dx_x[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v773, %v778 : f32, !llvm.ptr
                }
                %v779 = arith.muli %v28, %v183 : i64
                %v780 = arith.muli %v26, %size_L : i64
                %v781 = arith.addi %v779, %v780 : i64
                %v782 = arith.addi %v781, %v740 : i64
                %v783 = llvm.getelementptr %in_rho[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v784 = llvm.load %v783 : !llvm.ptr -> f32
                %v785 = arith.negf %v784 : f32
                %v786 = arith.mulf %v785, %v191 fastmath<contract> : f32
                %v787 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v786) : (f32) -> f32
                %v788 = arith.addf %v43, %v787 fastmath<contract> : f32
                %v789 = arith.divf %v43, %v788 : f32
                %v790 = arith.mulf %v534, %v773 fastmath<contract> : f32
                %v791 = arith.negf %v790 : f32
                %v792 = arith.mulf %v789, %v791 fastmath<contract> : f32
                %v793 = arith.addf %v792, %v792 fastmath<contract> : f32
                %v794 = arith.muli %v28, %v183 : i64
                %v795 = arith.muli %v26, %size_L : i64
                %v796 = arith.addi %v794, %v795 : i64
                %v797 = arith.addi %v796, %v740 : i64
                %v798 = llvm.getelementptr %in_theta[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v799 = llvm.load %v798 : !llvm.ptr -> f32
                %v800 = arith.mulf %v799, %v203 fastmath<contract> : f32
                %v801 = llvm.call_intrinsic "llvm.roundeven.f32"(%v800) : (f32) -> f32
                %v802 = arith.mulf %v801, %v206 fastmath<contract> : f32
                %v803 = arith.subf %v799, %v802 fastmath<contract> : f32
                %v804 = arith.mulf %v801, %v207 fastmath<contract> : f32
                %v805 = arith.subf %v803, %v804 fastmath<contract> : f32
                %v806 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v805) : (f32) -> f32
                %v807 = arith.mulf %v530, %v773 fastmath<contract> : f32
                %v808 = arith.mulf %v806, %v807 fastmath<contract> : f32
                %v809 = arith.mulf %v182, %v808 fastmath<contract> : f32
                %v810 = arith.addf %v793, %v809 fastmath<contract> : f32
                %v811 = arith.subf %v43, %v789 fastmath<contract> : f32
                %v812 = arith.mulf %v789, %v811 fastmath<contract> : f32
                %v813 = arith.mulf %v810, %v812 fastmath<contract> : f32
                scf.if %v23 {
                  %v814 = arith.muli %v28, %v183 : i64
                  %v815 = arith.muli %v26, %size_L : i64
                  %v816 = arith.addi %v814, %v815 : i64
                  %v817 = arith.addi %v816, %v740 : i64
                  %v818 = llvm.getelementptr %dx_rho[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v813, %v818 : f32, !llvm.ptr
                }
                %v819 = arith.mulf %v182, %v789 fastmath<contract> : f32
                %v820 = arith.mulf %v819, %v807 fastmath<contract> : f32
                %v821 = arith.mulf %v799, %v203 fastmath<contract> : f32
                %v822 = llvm.call_intrinsic "llvm.roundeven.f32"(%v821) : (f32) -> f32
                %v823 = arith.mulf %v822, %v206 fastmath<contract> : f32
                %v824 = arith.subf %v799, %v823 fastmath<contract> : f32
                %v825 = arith.mulf %v822, %v207 fastmath<contract> : f32
                %v826 = arith.subf %v824, %v825 fastmath<contract> : f32
                %v827 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v826) : (f32) -> f32
                %v828 = arith.negf %v827 : f32
                %v829 = arith.mulf %v820, %v828 fastmath<contract> : f32
                scf.if %v23 {
                  %v830 = arith.muli %v28, %v183 : i64
                  %v831 = arith.muli %v26, %size_L : i64
                  %v832 = arith.addi %v830, %v831 : i64
                  %v833 = arith.addi %v832, %v740 : i64
                  %v834 = llvm.getelementptr %dx_theta[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v829, %v834 : f32, !llvm.ptr
                }
                %v835 = arith.mulf %v819, %v806 fastmath<contract> : f32
                llvm.store %v835, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v836 = arith.mulf %v789, %v789 fastmath<contract> : f32
                %v837 = arith.negf %v836 : f32
                llvm.store %v837, %v39 : f32, !llvm.ptr
                %v838 = arith.addi %v247, %v489 : i64
                %v840 = arith.cmpi slt, %v839, %v627 : i32
                %v841 = arith.cmpi eq, %v839, %v633 : i32
                %v842 = arith.addi %v132, %v838 : i64
                %v843 = llvm.load %v34 : !llvm.ptr -> f32
                %v844 = llvm.load %v35 : !llvm.ptr -> f32
                %v845 = arith.muli %v28, %v183 : i64
                %v846 = arith.muli %v26, %size_L : i64
                %v847 = arith.addi %v845, %v846 : i64
                %v848 = arith.addi %v847, %v842 : i64
                %v849 = llvm.getelementptr %dy_y[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v850 = llvm.load %v849 : !llvm.ptr -> f32
                %v851 = llvm.load %v36 : !llvm.ptr -> f32
                %v852 = arith.mulf %v851, %v843 fastmath<contract> : f32
                %v853 = arith.addf %v850, %v852 fastmath<contract> : f32
                %v854 = llvm.load %v38 : !llvm.ptr -> f32
                %v855 = arith.mulf %v854, %v844 fastmath<contract> : f32
                %v856 = arith.addf %v855, %v853 fastmath<contract> : f32
                %v857 = llvm.load %v37 : !llvm.ptr -> f32
                %v858 = arith.mulf %v857, %v844 fastmath<contract> : f32
                %v859 = arith.addf %v42, %v858 fastmath<contract> : f32
                %v860 = llvm.load %v39 : !llvm.ptr -> f32
                %v861 = arith.mulf %v860, %v843 fastmath<contract> : f32
                %v862 = arith.addf %v861, %v859 fastmath<contract> : f32
                llvm.store %v856, %v34 : f32, !llvm.ptr
                llvm.store %v862, %v35 : f32, !llvm.ptr
                scf.if %v841 {
                  %v863 = arith.muli %v28, %size_D : i64
                  %v864 = arith.addi %v863, %v26 : i64
                  %v865 = llvm.getelementptr %dy_h_last[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v866 = llvm.load %v865 : !llvm.ptr -> f32
                  %v867 = llvm.load %v34 : !llvm.ptr -> f32
                  %v868 = arith.addf %v867, %v866 fastmath<contract> : f32
                  llvm.store %v868, %v34 : f32, !llvm.ptr
                  %v869 = arith.muli %v28, %size_D : i64
                  %v870 = arith.addi %v869, %v26 : i64
                  %v871 = llvm.getelementptr %dy_hp_last[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v872 = llvm.load %v871 : !llvm.ptr -> f32
                  %v873 = llvm.load %v35 : !llvm.ptr -> f32
                  %v874 = arith.addf %v873, %v872 fastmath<contract> : f32
                  llvm.store %v874, %v35 : f32, !llvm.ptr
                }
                %v875 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v23 {
                  %v876 = arith.muli %v28, %v183 : i64
                  %v877 = arith.muli %v26, %size_L : i64
                  %v878 = arith.addi %v876, %v877 : i64
                  %v879 = arith.addi %v878, %v842 : i64
                  %v880 = llvm.getelementptr %dx_x[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v875, %v880 : f32, !llvm.ptr
                }
                %v881 = arith.muli %v28, %v183 : i64
                %v882 = arith.muli %v26, %size_L : i64
                %v883 = arith.addi %v881, %v882 : i64
                %v884 = arith.addi %v883, %v842 : i64
                %v885 = llvm.getelementptr %in_rho[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v886 = llvm.load %v885 : !llvm.ptr -> f32
                %v887 = arith.negf %v886 : f32
                %v888 = arith.mulf %v887, %v191 fastmath<contract> : f32
                %v889 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v888) : (f32) -> f32
                %v890 = arith.addf %v43, %v889 fastmath<contract> : f32
                %v891 = arith.divf %v43, %v890 : f32
                %v892 = arith.mulf %v488, %v875 fastmath<contract> : f32
                %v893 = arith.negf %v892 : f32
                %v894 = arith.mulf %v891, %v893 fastmath<contract> : f32
                %v895 = arith.addf %v894, %v894 fastmath<contract> : f32
                %v896 = arith.muli %v28, %v183 : i64
                %v897 = arith.muli %v26, %size_L : i64
                %v898 = arith.addi %v896, %v897 : i64
                %v899 = arith.addi %v898, %v842 : i64
                %v900 = llvm.getelementptr %in_theta[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v901 = llvm.load %v900 : !llvm.ptr -> f32
                %v902 = arith.mulf %v901, %v203 fastmath<contract> : f32
                %v903 = llvm.call_intrinsic "llvm.roundeven.f32"(%v902) : (f32) -> f32
                %v904 = arith.mulf %v903, %v206 fastmath<contract> : f32
                %v905 = arith.subf %v901, %v904 fastmath<contract> : f32
                %v906 = arith.mulf %v903, %v207 fastmath<contract> : f32
                %v907 = arith.subf %v905, %v906 fastmath<contract> : f32
                %v908 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v907) : (f32) -> f32
                %v909 = arith.mulf %v484, %v875 fastmath<contract> : f32
                %v910 = arith.mulf %v908, %v909 fastmath<contract> : f32
                %v911 = arith.mulf %v182, %v910 fastmath<contract> : f32
                %v912 = arith.addf %v895, %v911 fastmath<contract> : f32
                %v913 = arith.subf %v43, %v891 fastmath<contract> : f32
                %v914 = arith.mulf %v891, %v913 fastmath<contract> : f32
                %v915 = arith.mulf %v912, %v914 fastmath<contract> : f32
                scf.if %v23 {
                  %v916 = arith.muli %v28, %v183 : i64
                  %v917 = arith.muli %v26, %size_L : i64
                  %v918 = arith.addi %v916, %v917 : i64
                  %v919 = arith.addi %v918, %v842 : i64
                  %v920 = llvm.getelementptr %dx_rho[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v915, %v920 : f32, !llvm.ptr
                }
                %v921 = arith.mulf %v182, %v891 fastmath<contract> : f32
                %v922 = arith.mulf %v921, %v909 fastmath<contract> : f32
                %v923 = arith.mulf %v901, %v203 fastmath<contract> : f32
                %v924 = llvm.call_intrinsic "llvm.roundeven.f32"(%v923) : (f32) -> f32
                %v925 = arith.mulf %v924, %v206 fastmath<contract> : f32
                %v926 = arith.subf %v901, %v925 fastmath<contract> : f32
                %v927 = arith.mulf %v924, %v207 fastmath<contract> : f32
                %v928 = arith.subf %v926, %v927 fastmath<contract> : f32
                %v929 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v928) : (f32) -> f32
                %v930 = arith.negf %v929 : f32
                %v931 = arith.mulf %v922, %v930 fastmath<contract> : f32
                scf.if %v23 {
                  %v932 = arith.muli %v28, %v183 : i64
                  %v933 = arith.muli %v26, %size_L : i64
                  %v934 = arith.addi %v932, %v933 : i64
                  %v935 = arith.addi %v934, %v842 : i64
                  %v936 = llvm.getelementptr %dx_theta[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v931, %v936 : f32, !llvm.ptr
                }
                %v937 = arith.mulf %v921, %v908 fastmath<contract> : f32
                llvm.store %v937, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v938 = arith.mulf %v891, %v891 fastmath<contract> : f32
                %v939 = arith.negf %v938 : f32
                llvm.store %v939, %v39 : f32, !llvm.ptr
                %v940 = arith.addi %v247, %v30 : i64
                %v942 = arith.cmpi slt, %v941, %v627 : i32
                %v943 = arith.cmpi eq, %v941, %v633 : i32
                %v944 = arith.addi %v132, %v940 : i64
                %v945 = llvm.load %v34 : !llvm.ptr -> f32
                %v946 = llvm.load %v35 : !llvm.ptr -> f32
                %v947 = arith.muli %v28, %v183 : i64
                %v948 = arith.muli %v26, %size_L : i64
                %v949 = arith.addi %v947, %v948 : i64
                %v950 = arith.addi %v949, %v944 : i64
                %v951 = llvm.getelementptr %dy_y[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v952 = llvm.load %v951 : !llvm.ptr -> f32
                %v953 = llvm.load %v36 : !llvm.ptr -> f32
                %v954 = arith.mulf %v953, %v945 fastmath<contract> : f32
                %v955 = arith.addf %v952, %v954 fastmath<contract> : f32
                %v956 = llvm.load %v38 : !llvm.ptr -> f32
                %v957 = arith.mulf %v956, %v946 fastmath<contract> : f32
                %v958 = arith.addf %v957, %v955 fastmath<contract> : f32
                %v959 = llvm.load %v37 : !llvm.ptr -> f32
                %v960 = arith.mulf %v959, %v946 fastmath<contract> : f32
                %v961 = arith.addf %v42, %v960 fastmath<contract> : f32
                %v962 = llvm.load %v39 : !llvm.ptr -> f32
                %v963 = arith.mulf %v962, %v945 fastmath<contract> : f32
                %v964 = arith.addf %v963, %v961 fastmath<contract> : f32
                llvm.store %v958, %v34 : f32, !llvm.ptr
                llvm.store %v964, %v35 : f32, !llvm.ptr
                scf.if %v943 {
                  %v965 = arith.muli %v28, %size_D : i64
                  %v966 = arith.addi %v965, %v26 : i64
                  %v967 = llvm.getelementptr %dy_h_last[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v968 = llvm.load %v967 : !llvm.ptr -> f32
                  %v969 = llvm.load %v34 : !llvm.ptr -> f32
                  %v970 = arith.addf %v969, %v968 fastmath<contract> : f32
                  llvm.store %v970, %v34 : f32, !llvm.ptr
                  %v971 = arith.muli %v28, %size_D : i64
                  %v972 = arith.addi %v971, %v26 : i64
                  %v973 = llvm.getelementptr %dy_hp_last[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v974 = llvm.load %v973 : !llvm.ptr -> f32
                  %v975 = llvm.load %v35 : !llvm.ptr -> f32
                  %v976 = arith.addf %v975, %v974 fastmath<contract> : f32
                  llvm.store %v976, %v35 : f32, !llvm.ptr
                }
                %v977 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v23 {
                  %v978 = arith.muli %v28, %v183 : i64
                  %v979 = arith.muli %v26, %size_L : i64
                  %v980 = arith.addi %v978, %v979 : i64
                  %v981 = arith.addi %v980, %v944 : i64
                  %v982 = llvm.getelementptr %dx_x[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v977, %v982 : f32, !llvm.ptr
                }
                %v983 = arith.muli %v28, %v183 : i64
                %v984 = arith.muli %v26, %size_L : i64
                %v985 = arith.addi %v983, %v984 : i64
                %v986 = arith.addi %v985, %v944 : i64
                %v987 = llvm.getelementptr %in_rho[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v988 = llvm.load %v987 : !llvm.ptr -> f32
                %v989 = arith.negf %v988 : f32
                %v990 = arith.mulf %v989, %v191 fastmath<contract> : f32
                %v991 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v990) : (f32) -> f32
                %v992 = arith.addf %v43, %v991 fastmath<contract> : f32
                %v993 = arith.divf %v43, %v992 : f32
                %v994 = arith.mulf %v443, %v977 fastmath<contract> : f32
                %v995 = arith.negf %v994 : f32
                %v996 = arith.mulf %v993, %v995 fastmath<contract> : f32
                %v997 = arith.addf %v996, %v996 fastmath<contract> : f32
                %v998 = arith.muli %v28, %v183 : i64
                %v999 = arith.muli %v26, %size_L : i64
                %v1000 = arith.addi %v998, %v999 : i64
                %v1001 = arith.addi %v1000, %v944 : i64
                %v1002 = llvm.getelementptr %in_theta[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
                %v1004 = arith.mulf %v1003, %v203 fastmath<contract> : f32
                %v1005 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1004) : (f32) -> f32
                %v1006 = arith.mulf %v1005, %v206 fastmath<contract> : f32
                %v1007 = arith.subf %v1003, %v1006 fastmath<contract> : f32
                %v1008 = arith.mulf %v1005, %v207 fastmath<contract> : f32
                %v1009 = arith.subf %v1007, %v1008 fastmath<contract> : f32
                %v1010 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1009) : (f32) -> f32
                %v1011 = arith.mulf %v439, %v977 fastmath<contract> : f32
                %v1012 = arith.mulf %v1010, %v1011 fastmath<contract> : f32
                %v1013 = arith.mulf %v182, %v1012 fastmath<contract> : f32
                %v1014 = arith.addf %v997, %v1013 fastmath<contract> : f32
                %v1015 = arith.subf %v43, %v993 fastmath<contract> : f32
                %v1016 = arith.mulf %v993, %v1015 fastmath<contract> : f32
                %v1017 = arith.mulf %v1014, %v1016 fastmath<contract> : f32
                scf.if %v23 {
                  %v1018 = arith.muli %v28, %v183 : i64
                  %v1019 = arith.muli %v26, %size_L : i64
                  %v1020 = arith.addi %v1018, %v1019 : i64
                  %v1021 = arith.addi %v1020, %v944 : i64
                  %v1022 = llvm.getelementptr %dx_rho[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1017, %v1022 : f32, !llvm.ptr
                }
                %v1023 = arith.mulf %v182, %v993 fastmath<contract> : f32
                %v1024 = arith.mulf %v1023, %v1011 fastmath<contract> : f32
                %v1025 = arith.mulf %v1003, %v203 fastmath<contract> : f32
                %v1026 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1025) : (f32) -> f32
                %v1027 = arith.mulf %v1026, %v206 fastmath<contract> : f32
                %v1028 = arith.subf %v1003, %v1027 fastmath<contract> : f32
                %v1029 = arith.mulf %v1026, %v207 fastmath<contract> : f32
                %v1030 = arith.subf %v1028, %v1029 fastmath<contract> : f32
                %v1031 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1030) : (f32) -> f32
                %v1032 = arith.negf %v1031 : f32
                %v1033 = arith.mulf %v1024, %v1032 fastmath<contract> : f32
                scf.if %v23 {
                  %v1034 = arith.muli %v28, %v183 : i64
                  %v1035 = arith.muli %v26, %size_L : i64
                  %v1036 = arith.addi %v1034, %v1035 : i64
                  %v1037 = arith.addi %v1036, %v944 : i64
                  %v1038 = llvm.getelementptr %dx_theta[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1033, %v1038 : f32, !llvm.ptr
                }
                %v1039 = arith.mulf %v1023, %v1010 fastmath<contract> : f32
                llvm.store %v1039, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1040 = arith.mulf %v993, %v993 fastmath<contract> : f32
                %v1041 = arith.negf %v1040 : f32
                llvm.store %v1041, %v39 : f32, !llvm.ptr
                %v1042 = arith.addi %v247, %v398 : i64
                %v1044 = arith.cmpi slt, %v1043, %v627 : i32
                %v1045 = arith.cmpi eq, %v1043, %v633 : i32
                %v1046 = arith.addi %v132, %v1042 : i64
                %v1047 = llvm.load %v34 : !llvm.ptr -> f32
                %v1048 = llvm.load %v35 : !llvm.ptr -> f32
                %v1049 = arith.muli %v28, %v183 : i64
                %v1050 = arith.muli %v26, %size_L : i64
                %v1051 = arith.addi %v1049, %v1050 : i64
                %v1052 = arith.addi %v1051, %v1046 : i64
                %v1053 = llvm.getelementptr %dy_y[%v1052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1054 = llvm.load %v1053 : !llvm.ptr -> f32
                %v1055 = llvm.load %v36 : !llvm.ptr -> f32
                %v1056 = arith.mulf %v1055, %v1047 fastmath<contract> : f32
                %v1057 = arith.addf %v1054, %v1056 fastmath<contract> : f32
                %v1058 = llvm.load %v38 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1058, %v1048 fastmath<contract> : f32
                %v1060 = arith.addf %v1059, %v1057 fastmath<contract> : f32
                %v1061 = llvm.load %v37 : !llvm.ptr -> f32
                %v1062 = arith.mulf %v1061, %v1048 fastmath<contract> : f32
                %v1063 = arith.addf %v42, %v1062 fastmath<contract> : f32
                %v1064 = llvm.load %v39 : !llvm.ptr -> f32
                %v1065 = arith.mulf %v1064, %v1047 fastmath<contract> : f32
                %v1066 = arith.addf %v1065, %v1063 fastmath<contract> : f32
                llvm.store %v1060, %v34 : f32, !llvm.ptr
                llvm.store %v1066, %v35 : f32, !llvm.ptr
                scf.if %v1045 {
                  %v1067 = arith.muli %v28, %size_D : i64
                  %v1068 = arith.addi %v1067, %v26 : i64
                  %v1069 = llvm.getelementptr %dy_h_last[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
                  %v1071 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1072 = arith.addf %v1071, %v1070 fastmath<contract> : f32
                  llvm.store %v1072, %v34 : f32, !llvm.ptr
                  %v1073 = arith.muli %v28, %size_D : i64
                  %v1074 = arith.addi %v1073, %v26 : i64
                  %v1075 = llvm.getelementptr %dy_hp_last[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
                  %v1077 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1078 = arith.addf %v1077, %v1076 fastmath<contract> : f32
                  llvm.store %v1078, %v35 : f32, !llvm.ptr
                }
                %v1079 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v23 {
                  %v1080 = arith.muli %v28, %v183 : i64
                  %v1081 = arith.muli %v26, %size_L : i64
                  %v1082 = arith.addi %v1080, %v1081 : i64
                  %v1083 = arith.addi %v1082, %v1046 : i64
                  %v1084 = llvm.getelementptr %dx_x[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1079, %v1084 : f32, !llvm.ptr
                }
                %v1085 = arith.muli %v28, %v183 : i64
                %v1086 = arith.muli %v26, %size_L : i64
                %v1087 = arith.addi %v1085, %v1086 : i64
                %v1088 = arith.addi %v1087, %v1046 : i64
                %v1089 = llvm.getelementptr %in_rho[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1090 = llvm.load %v1089 : !llvm.ptr -> f32
                %v1091 = arith.negf %v1090 : f32
                %v1092 = arith.mulf %v1091, %v191 fastmath<contract> : f32
                %v1093 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1092) : (f32) -> f32
                %v1094 = arith.addf %v43, %v1093 fastmath<contract> : f32
                %v1095 = arith.divf %v43, %v1094 : f32
                %v1096 = arith.mulf %v397, %v1079 fastmath<contract> : f32
                %v1097 = arith.negf %v1096 : f32
                %v1098 = arith.mulf %v1095, %v1097 fastmath<contract> : f32
                %v1099 = arith.addf %v1098, %v1098 fastmath<contract> : f32
                %v1100 = arith.muli %v28, %v183 : i64
                %v1101 = arith.muli %v26, %size_L : i64
                %v1102 = arith.addi %v1100, %v1101 : i64
                %v1103 = arith.addi %v1102, %v1046 : i64
                %v1104 = llvm.getelementptr %in_theta[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
                %v1106 = arith.mulf %v1105, %v203 fastmath<contract> : f32
                %v1107 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1106) : (f32) -> f32
                %v1108 = arith.mulf %v1107, %v206 fastmath<contract> : f32
                %v1109 = arith.subf %v1105, %v1108 fastmath<contract> : f32
                %v1110 = arith.mulf %v1107, %v207 fastmath<contract> : f32
                %v1111 = arith.subf %v1109, %v1110 fastmath<contract> : f32
                %v1112 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1111) : (f32) -> f32
                %v1113 = arith.mulf %v393, %v1079 fastmath<contract> : f32
                %v1114 = arith.mulf %v1112, %v1113 fastmath<contract> : f32
                %v1115 = arith.mulf %v182, %v1114 fastmath<contract> : f32
                %v1116 = arith.addf %v1099, %v1115 fastmath<contract> : f32
                %v1117 = arith.subf %v43, %v1095 fastmath<contract> : f32
                %v1118 = arith.mulf %v1095, %v1117 fastmath<contract> : f32
                %v1119 = arith.mulf %v1116, %v1118 fastmath<contract> : f32
                scf.if %v23 {
                  %v1120 = arith.muli %v28, %v183 : i64
                  %v1121 = arith.muli %v26, %size_L : i64
                  %v1122 = arith.addi %v1120, %v1121 : i64
                  %v1123 = arith.addi %v1122, %v1046 : i64
                  %v1124 = llvm.getelementptr %dx_rho[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1119, %v1124 : f32, !llvm.ptr
                }
                %v1125 = arith.mulf %v182, %v1095 fastmath<contract> : f32
                %v1126 = arith.mulf %v1125, %v1113 fastmath<contract> : f32
                %v1127 = arith.mulf %v1105, %v203 fastmath<contract> : f32
                %v1128 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1127) : (f32) -> f32
                %v1129 = arith.mulf %v1128, %v206 fastmath<contract> : f32
                %v1130 = arith.subf %v1105, %v1129 fastmath<contract> : f32
                %v1131 = arith.mulf %v1128, %v207 fastmath<contract> : f32
                %v1132 = arith.subf %v1130, %v1131 fastmath<contract> : f32
                %v1133 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1132) : (f32) -> f32
                %v1134 = arith.negf %v1133 : f32
                %v1135 = arith.mulf %v1126, %v1134 fastmath<contract> : f32
                scf.if %v23 {
                  %v1136 = arith.muli %v28, %v183 : i64
                  %v1137 = arith.muli %v26, %size_L : i64
                  %v1138 = arith.addi %v1136, %v1137 : i64
                  %v1139 = arith.addi %v1138, %v1046 : i64
                  %v1140 = llvm.getelementptr %dx_theta[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1135, %v1140 : f32, !llvm.ptr
                }
                %v1141 = arith.mulf %v1125, %v1112 fastmath<contract> : f32
                llvm.store %v1141, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1142 = arith.mulf %v1095, %v1095 fastmath<contract> : f32
                %v1143 = arith.negf %v1142 : f32
                llvm.store %v1143, %v39 : f32, !llvm.ptr
                %v1144 = arith.addi %v247, %v58 : i64
                %v1146 = arith.cmpi slt, %v1145, %v627 : i32
                %v1147 = arith.cmpi eq, %v1145, %v633 : i32
                %v1148 = arith.addi %v132, %v1144 : i64
                %v1149 = llvm.load %v34 : !llvm.ptr -> f32
                %v1150 = llvm.load %v35 : !llvm.ptr -> f32
                %v1151 = arith.muli %v28, %v183 : i64
                %v1152 = arith.muli %v26, %size_L : i64
                %v1153 = arith.addi %v1151, %v1152 : i64
                %v1154 = arith.addi %v1153, %v1148 : i64
                %v1155 = llvm.getelementptr %dy_y[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1156 = llvm.load %v1155 : !llvm.ptr -> f32
                %v1157 = llvm.load %v36 : !llvm.ptr -> f32
                %v1158 = arith.mulf %v1157, %v1149 fastmath<contract> : f32
                %v1159 = arith.addf %v1156, %v1158 fastmath<contract> : f32
                %v1160 = llvm.load %v38 : !llvm.ptr -> f32
                %v1161 = arith.mulf %v1160, %v1150 fastmath<contract> : f32
                %v1162 = arith.addf %v1161, %v1159 fastmath<contract> : f32
                %v1163 = llvm.load %v37 : !llvm.ptr -> f32
                %v1164 = arith.mulf %v1163, %v1150 fastmath<contract> : f32
                %v1165 = arith.addf %v42, %v1164 fastmath<contract> : f32
                %v1166 = llvm.load %v39 : !llvm.ptr -> f32
                %v1167 = arith.mulf %v1166, %v1149 fastmath<contract> : f32
                %v1168 = arith.addf %v1167, %v1165 fastmath<contract> : f32
                llvm.store %v1162, %v34 : f32, !llvm.ptr
                llvm.store %v1168, %v35 : f32, !llvm.ptr
                scf.if %v1147 {
                  %v1169 = arith.muli %v28, %size_D : i64
                  %v1170 = arith.addi %v1169, %v26 : i64
                  %v1171 = llvm.getelementptr %dy_h_last[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
                  %v1173 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1174 = arith.addf %v1173, %v1172 fastmath<contract> : f32
                  llvm.store %v1174, %v34 : f32, !llvm.ptr
                  %v1175 = arith.muli %v28, %size_D : i64
                  %v1176 = arith.addi %v1175, %v26 : i64
                  %v1177 = llvm.getelementptr %dy_hp_last[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1178 = llvm.load %v1177 : !llvm.ptr -> f32
                  %v1179 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1180 = arith.addf %v1179, %v1178 fastmath<contract> : f32
                  llvm.store %v1180, %v35 : f32, !llvm.ptr
                }
                %v1181 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v23 {
                  %v1182 = arith.muli %v28, %v183 : i64
                  %v1183 = arith.muli %v26, %size_L : i64
                  %v1184 = arith.addi %v1182, %v1183 : i64
                  %v1185 = arith.addi %v1184, %v1148 : i64
                  %v1186 = llvm.getelementptr %dx_x[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1181, %v1186 : f32, !llvm.ptr
                }
                %v1187 = arith.muli %v28, %v183 : i64
                %v1188 = arith.muli %v26, %size_L : i64
                %v1189 = arith.addi %v1187, %v1188 : i64
                %v1190 = arith.addi %v1189, %v1148 : i64
                %v1191 = llvm.getelementptr %in_rho[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
                %v1193 = arith.negf %v1192 : f32
                %v1194 = arith.mulf %v1193, %v191 fastmath<contract> : f32
                %v1195 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1194) : (f32) -> f32
                %v1196 = arith.addf %v43, %v1195 fastmath<contract> : f32
                %v1197 = arith.divf %v43, %v1196 : f32
                %v1198 = arith.mulf %v352, %v1181 fastmath<contract> : f32
                %v1199 = arith.negf %v1198 : f32
                %v1200 = arith.mulf %v1197, %v1199 fastmath<contract> : f32
                %v1201 = arith.addf %v1200, %v1200 fastmath<contract> : f32
                %v1202 = arith.muli %v28, %v183 : i64
                %v1203 = arith.muli %v26, %size_L : i64
                %v1204 = arith.addi %v1202, %v1203 : i64
                %v1205 = arith.addi %v1204, %v1148 : i64
                %v1206 = llvm.getelementptr %in_theta[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1207 = llvm.load %v1206 : !llvm.ptr -> f32
                %v1208 = arith.mulf %v1207, %v203 fastmath<contract> : f32
                %v1209 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1208) : (f32) -> f32
                %v1210 = arith.mulf %v1209, %v206 fastmath<contract> : f32
                %v1211 = arith.subf %v1207, %v1210 fastmath<contract> : f32
                %v1212 = arith.mulf %v1209, %v207 fastmath<contract> : f32
                %v1213 = arith.subf %v1211, %v1212 fastmath<contract> : f32
                %v1214 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1213) : (f32) -> f32
                %v1215 = arith.mulf %v348, %v1181 fastmath<contract> : f32
                %v1216 = arith.mulf %v1214, %v1215 fastmath<contract> : f32
                %v1217 = arith.mulf %v182, %v1216 fastmath<contract> : f32
                %v1218 = arith.addf %v1201, %v1217 fastmath<contract> : f32
                %v1219 = arith.subf %v43, %v1197 fastmath<contract> : f32
                %v1220 = arith.mulf %v1197, %v1219 fastmath<contract> : f32
                %v1221 = arith.mulf %v1218, %v1220 fastmath<contract> : f32
                scf.if %v23 {
                  %v1222 = arith.muli %v28, %v183 : i64
                  %v1223 = arith.muli %v26, %size_L : i64
                  %v1224 = arith.addi %v1222, %v1223 : i64
                  %v1225 = arith.addi %v1224, %v1148 : i64
                  %v1226 = llvm.getelementptr %dx_rho[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1221, %v1226 : f32, !llvm.ptr
                }
                %v1227 = arith.mulf %v182, %v1197 fastmath<contract> : f32
                %v1228 = arith.mulf %v1227, %v1215 fastmath<contract> : f32
                %v1229 = arith.mulf %v1207, %v203 fastmath<contract> : f32
                %v1230 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1229) : (f32) -> f32
                %v1231 = arith.mulf %v1230, %v206 fastmath<contract> : f32
                %v1232 = arith.subf %v1207, %v1231 fastmath<contract> : f32
                %v1233 = arith.mulf %v1230, %v207 fastmath<contract> : f32
                %v1234 = arith.subf %v1232, %v1233 fastmath<contract> : f32
                %v1235 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1234) : (f32) -> f32
                %v1236 = arith.negf %v1235 : f32
                %v1237 = arith.mulf %v1228, %v1236 fastmath<contract> : f32
                scf.if %v23 {
                  %v1238 = arith.muli %v28, %v183 : i64
                  %v1239 = arith.muli %v26, %size_L : i64
                  %v1240 = arith.addi %v1238, %v1239 : i64
                  %v1241 = arith.addi %v1240, %v1148 : i64
                  %v1242 = llvm.getelementptr %dx_theta[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1237, %v1242 : f32, !llvm.ptr
                }
                %v1243 = arith.mulf %v1227, %v1214 fastmath<contract> : f32
                llvm.store %v1243, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1244 = arith.mulf %v1197, %v1197 fastmath<contract> : f32
                %v1245 = arith.negf %v1244 : f32
                llvm.store %v1245, %v39 : f32, !llvm.ptr
                %v1246 = arith.addi %v247, %v1 : i64
                %v1248 = arith.cmpi slt, %v1247, %v627 : i32
                %v1249 = arith.cmpi eq, %v1247, %v633 : i32
                %v1250 = arith.addi %v132, %v1246 : i64
                %v1251 = llvm.load %v34 : !llvm.ptr -> f32
                %v1252 = llvm.load %v35 : !llvm.ptr -> f32
                %v1253 = arith.muli %v28, %v183 : i64
                %v1254 = arith.muli %v26, %size_L : i64
                %v1255 = arith.addi %v1253, %v1254 : i64
                %v1256 = arith.addi %v1255, %v1250 : i64
                %v1257 = llvm.getelementptr %dy_y[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1258 = llvm.load %v1257 : !llvm.ptr -> f32
                %v1259 = llvm.load %v36 : !llvm.ptr -> f32
                %v1260 = arith.mulf %v1259, %v1251 fastmath<contract> : f32
                %v1261 = arith.addf %v1258, %v1260 fastmath<contract> : f32
                %v1262 = llvm.load %v38 : !llvm.ptr -> f32
                %v1263 = arith.mulf %v1262, %v1252 fastmath<contract> : f32
                %v1264 = arith.addf %v1263, %v1261 fastmath<contract> : f32
                %v1265 = llvm.load %v37 : !llvm.ptr -> f32
                %v1266 = arith.mulf %v1265, %v1252 fastmath<contract> : f32
                %v1267 = arith.addf %v42, %v1266 fastmath<contract> : f32
                %v1268 = llvm.load %v39 : !llvm.ptr -> f32
                %v1269 = arith.mulf %v1268, %v1251 fastmath<contract> : f32
                %v1270 = arith.addf %v1269, %v1267 fastmath<contract> : f32
                llvm.store %v1264, %v34 : f32, !llvm.ptr
                llvm.store %v1270, %v35 : f32, !llvm.ptr
                scf.if %v1249 {
                  %v1271 = arith.muli %v28, %size_D : i64
                  %v1272 = arith.addi %v1271, %v26 : i64
                  %v1273 = llvm.getelementptr %dy_h_last[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
                  %v1275 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1276 = arith.addf %v1275, %v1274 fastmath<contract> : f32
                  llvm.store %v1276, %v34 : f32, !llvm.ptr
                  %v1277 = arith.muli %v28, %size_D : i64
                  %v1278 = arith.addi %v1277, %v26 : i64
                  %v1279 = llvm.getelementptr %dy_hp_last[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
                  %v1281 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1282 = arith.addf %v1281, %v1280 fastmath<contract> : f32
                  llvm.store %v1282, %v35 : f32, !llvm.ptr
                }
                %v1283 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v23 {
                  %v1284 = arith.muli %v28, %v183 : i64
                  %v1285 = arith.muli %v26, %size_L : i64
                  %v1286 = arith.addi %v1284, %v1285 : i64
                  %v1287 = arith.addi %v1286, %v1250 : i64
                  %v1288 = llvm.getelementptr %dx_x[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1283, %v1288 : f32, !llvm.ptr
                }
                %v1289 = arith.muli %v28, %v183 : i64
                %v1290 = arith.muli %v26, %size_L : i64
                %v1291 = arith.addi %v1289, %v1290 : i64
                %v1292 = arith.addi %v1291, %v1250 : i64
                %v1293 = llvm.getelementptr %in_rho[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
                %v1295 = arith.negf %v1294 : f32
                %v1296 = arith.mulf %v1295, %v191 fastmath<contract> : f32
                %v1297 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1296) : (f32) -> f32
                %v1298 = arith.addf %v43, %v1297 fastmath<contract> : f32
                %v1299 = arith.divf %v43, %v1298 : f32
                %v1300 = arith.mulf %v307, %v1283 fastmath<contract> : f32
                %v1301 = arith.negf %v1300 : f32
                %v1302 = arith.mulf %v1299, %v1301 fastmath<contract> : f32
                %v1303 = arith.addf %v1302, %v1302 fastmath<contract> : f32
                %v1304 = arith.muli %v28, %v183 : i64
                %v1305 = arith.muli %v26, %size_L : i64
                %v1306 = arith.addi %v1304, %v1305 : i64
                %v1307 = arith.addi %v1306, %v1250 : i64
                %v1308 = llvm.getelementptr %in_theta[%v1307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1309 = llvm.load %v1308 : !llvm.ptr -> f32
                %v1310 = arith.mulf %v1309, %v203 fastmath<contract> : f32
                %v1311 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1310) : (f32) -> f32
                %v1312 = arith.mulf %v1311, %v206 fastmath<contract> : f32
                %v1313 = arith.subf %v1309, %v1312 fastmath<contract> : f32
                %v1314 = arith.mulf %v1311, %v207 fastmath<contract> : f32
                %v1315 = arith.subf %v1313, %v1314 fastmath<contract> : f32
                %v1316 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1315) : (f32) -> f32
                %v1317 = arith.mulf %v303, %v1283 fastmath<contract> : f32
                %v1318 = arith.mulf %v1316, %v1317 fastmath<contract> : f32
                %v1319 = arith.mulf %v182, %v1318 fastmath<contract> : f32
                %v1320 = arith.addf %v1303, %v1319 fastmath<contract> : f32
                %v1321 = arith.subf %v43, %v1299 fastmath<contract> : f32
                %v1322 = arith.mulf %v1299, %v1321 fastmath<contract> : f32
                %v1323 = arith.mulf %v1320, %v1322 fastmath<contract> : f32
                scf.if %v23 {
                  %v1324 = arith.muli %v28, %v183 : i64
                  %v1325 = arith.muli %v26, %size_L : i64
                  %v1326 = arith.addi %v1324, %v1325 : i64
                  %v1327 = arith.addi %v1326, %v1250 : i64
                  %v1328 = llvm.getelementptr %dx_rho[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1323, %v1328 : f32, !llvm.ptr
                }
                %v1329 = arith.mulf %v182, %v1299 fastmath<contract> : f32
                %v1330 = arith.mulf %v1329, %v1317 fastmath<contract> : f32
                %v1331 = arith.mulf %v1309, %v203 fastmath<contract> : f32
                %v1332 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1331) : (f32) -> f32
                %v1333 = arith.mulf %v1332, %v206 fastmath<contract> : f32
                %v1334 = arith.subf %v1309, %v1333 fastmath<contract> : f32
                %v1335 = arith.mulf %v1332, %v207 fastmath<contract> : f32
                %v1336 = arith.subf %v1334, %v1335 fastmath<contract> : f32
                %v1337 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1336) : (f32) -> f32
                %v1338 = arith.negf %v1337 : f32
                %v1339 = arith.mulf %v1330, %v1338 fastmath<contract> : f32
                scf.if %v23 {
                  %v1340 = arith.muli %v28, %v183 : i64
                  %v1341 = arith.muli %v26, %size_L : i64
                  %v1342 = arith.addi %v1340, %v1341 : i64
                  %v1343 = arith.addi %v1342, %v1250 : i64
                  %v1344 = llvm.getelementptr %dx_theta[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1339, %v1344 : f32, !llvm.ptr
                }
                %v1345 = arith.mulf %v1329, %v1316 fastmath<contract> : f32
                llvm.store %v1345, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1346 = arith.mulf %v1299, %v1299 fastmath<contract> : f32
                %v1347 = arith.negf %v1346 : f32
                llvm.store %v1347, %v39 : f32, !llvm.ptr
                %v1349 = arith.cmpi slt, %v1348, %v627 : i32
                %v1350 = arith.cmpi eq, %v1348, %v633 : i32
                %v1351 = arith.addi %v132, %v247 : i64
                %v1352 = llvm.load %v34 : !llvm.ptr -> f32
                %v1353 = llvm.load %v35 : !llvm.ptr -> f32
                %v1354 = arith.muli %v28, %v183 : i64
                %v1355 = arith.muli %v26, %size_L : i64
                %v1356 = arith.addi %v1354, %v1355 : i64
                %v1357 = arith.addi %v1356, %v1351 : i64
                %v1358 = llvm.getelementptr %dy_y[%v1357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1359 = llvm.load %v1358 : !llvm.ptr -> f32
                %v1360 = llvm.load %v36 : !llvm.ptr -> f32
                %v1361 = arith.mulf %v1360, %v1352 fastmath<contract> : f32
                %v1362 = arith.addf %v1359, %v1361 fastmath<contract> : f32
                %v1363 = llvm.load %v38 : !llvm.ptr -> f32
                %v1364 = arith.mulf %v1363, %v1353 fastmath<contract> : f32
                %v1365 = arith.addf %v1364, %v1362 fastmath<contract> : f32
                %v1366 = llvm.load %v37 : !llvm.ptr -> f32
                %v1367 = arith.mulf %v1366, %v1353 fastmath<contract> : f32
                %v1368 = arith.addf %v42, %v1367 fastmath<contract> : f32
                %v1369 = llvm.load %v39 : !llvm.ptr -> f32
                %v1370 = arith.mulf %v1369, %v1352 fastmath<contract> : f32
                %v1371 = arith.addf %v1370, %v1368 fastmath<contract> : f32
                llvm.store %v1365, %v34 : f32, !llvm.ptr
                llvm.store %v1371, %v35 : f32, !llvm.ptr
                scf.if %v1350 {
                  %v1372 = arith.muli %v28, %size_D : i64
                  %v1373 = arith.addi %v1372, %v26 : i64
                  %v1374 = llvm.getelementptr %dy_h_last[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1375 = llvm.load %v1374 : !llvm.ptr -> f32
                  %v1376 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1377 = arith.addf %v1376, %v1375 fastmath<contract> : f32
                  llvm.store %v1377, %v34 : f32, !llvm.ptr
                  %v1378 = arith.muli %v28, %size_D : i64
                  %v1379 = arith.addi %v1378, %v26 : i64
                  %v1380 = llvm.getelementptr %dy_hp_last[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
                  %v1382 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1383 = arith.addf %v1382, %v1381 fastmath<contract> : f32
                  llvm.store %v1383, %v35 : f32, !llvm.ptr
                }
                %v1384 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v23 {
                  %v1385 = arith.muli %v28, %v183 : i64
                  %v1386 = arith.muli %v26, %size_L : i64
                  %v1387 = arith.addi %v1385, %v1386 : i64
                  %v1388 = arith.addi %v1387, %v1351 : i64
                  %v1389 = llvm.getelementptr %dx_x[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1384, %v1389 : f32, !llvm.ptr
                }
                %v1390 = arith.muli %v28, %v183 : i64
                %v1391 = arith.muli %v26, %size_L : i64
                %v1392 = arith.addi %v1390, %v1391 : i64
                %v1393 = arith.addi %v1392, %v1351 : i64
                %v1394 = llvm.getelementptr %in_rho[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
                %v1396 = arith.negf %v1395 : f32
                %v1397 = arith.mulf %v1396, %v191 fastmath<contract> : f32
                %v1398 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1397) : (f32) -> f32
                %v1399 = arith.addf %v43, %v1398 fastmath<contract> : f32
                %v1400 = arith.divf %v43, %v1399 : f32
                %v1401 = arith.mulf %v263, %v1384 fastmath<contract> : f32
                %v1402 = arith.negf %v1401 : f32
                %v1403 = arith.mulf %v1400, %v1402 fastmath<contract> : f32
                %v1404 = arith.addf %v1403, %v1403 fastmath<contract> : f32
                %v1405 = arith.muli %v28, %v183 : i64
                %v1406 = arith.muli %v26, %size_L : i64
                %v1407 = arith.addi %v1405, %v1406 : i64
                %v1408 = arith.addi %v1407, %v1351 : i64
                %v1409 = llvm.getelementptr %in_theta[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
                %v1411 = arith.mulf %v1410, %v203 fastmath<contract> : f32
                %v1412 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1411) : (f32) -> f32
                %v1413 = arith.mulf %v1412, %v206 fastmath<contract> : f32
                %v1414 = arith.subf %v1410, %v1413 fastmath<contract> : f32
                %v1415 = arith.mulf %v1412, %v207 fastmath<contract> : f32
                %v1416 = arith.subf %v1414, %v1415 fastmath<contract> : f32
                %v1417 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1416) : (f32) -> f32
                %v1418 = arith.mulf %v257, %v1384 fastmath<contract> : f32
                %v1419 = arith.mulf %v1417, %v1418 fastmath<contract> : f32
                %v1420 = arith.mulf %v182, %v1419 fastmath<contract> : f32
                %v1421 = arith.addf %v1404, %v1420 fastmath<contract> : f32
                %v1422 = arith.subf %v43, %v1400 fastmath<contract> : f32
                %v1423 = arith.mulf %v1400, %v1422 fastmath<contract> : f32
                %v1424 = arith.mulf %v1421, %v1423 fastmath<contract> : f32
                scf.if %v23 {
                  %v1425 = arith.muli %v28, %v183 : i64
                  %v1426 = arith.muli %v26, %size_L : i64
                  %v1427 = arith.addi %v1425, %v1426 : i64
                  %v1428 = arith.addi %v1427, %v1351 : i64
                  %v1429 = llvm.getelementptr %dx_rho[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1424, %v1429 : f32, !llvm.ptr
                }
                %v1430 = arith.mulf %v182, %v1400 fastmath<contract> : f32
                %v1431 = arith.mulf %v1430, %v1418 fastmath<contract> : f32
                %v1432 = arith.mulf %v1410, %v203 fastmath<contract> : f32
                %v1433 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1432) : (f32) -> f32
                %v1434 = arith.mulf %v1433, %v206 fastmath<contract> : f32
                %v1435 = arith.subf %v1410, %v1434 fastmath<contract> : f32
                %v1436 = arith.mulf %v1433, %v207 fastmath<contract> : f32
                %v1437 = arith.subf %v1435, %v1436 fastmath<contract> : f32
                %v1438 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1437) : (f32) -> f32
                %v1439 = arith.negf %v1438 : f32
                %v1440 = arith.mulf %v1431, %v1439 fastmath<contract> : f32
                scf.if %v23 {
                  %v1441 = arith.muli %v28, %v183 : i64
                  %v1442 = arith.muli %v26, %size_L : i64
                  %v1443 = arith.addi %v1441, %v1442 : i64
                  %v1444 = arith.addi %v1443, %v1351 : i64
                  %v1445 = llvm.getelementptr %dx_theta[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1440, %v1445 : f32, !llvm.ptr
                }
                %v1446 = arith.mulf %v1430, %v1417 fastmath<contract> : f32
                llvm.store %v1446, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1447 = arith.mulf %v1400, %v1400 fastmath<contract> : f32
                %v1448 = arith.negf %v1447 : f32
                llvm.store %v1448, %v39 : f32, !llvm.ptr
              } else {
                %v1449 = arith.subi %v134, %v1 : i64
                %v1450 = arith.muli %v248, %v2 : i64
                %v1451 = arith.subi %v2, %v1 : i64
                %v1452 = arith.minsi %v22, %v1451 : i64
                %v1453 = arith.addi %v1450, %v1452 : i64
                %v1454 = llvm.getelementptr %scratch_h[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
                %v1456 = arith.muli %v248, %v2 : i64
                %v1457 = arith.subi %v2, %v1 : i64
                %v1458 = arith.minsi %v22, %v1457 : i64
                %v1459 = arith.addi %v1456, %v1458 : i64
                %v1460 = llvm.getelementptr %scratch_hp[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1461 = llvm.load %v1460 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1462 = arith.minsi %v247, %v1449 : i64
                %v1463 = arith.addi %v132, %v1462 : i64
                %v1464 = arith.muli %v28, %v183 : i64
                %v1465 = arith.muli %v26, %size_L : i64
                %v1466 = arith.addi %v1464, %v1465 : i64
                %v1467 = arith.addi %v1466, %v1463 : i64
                %v1468 = llvm.getelementptr %in_rho[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
                %v1470 = arith.negf %v1469 : f32
                %v1471 = arith.mulf %v1470, %v191 fastmath<contract> : f32
                %v1472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1471) : (f32) -> f32
                %v1473 = arith.addf %v43, %v1472 fastmath<contract> : f32
                %v1474 = arith.divf %v43, %v1473 : f32
                %v1475 = arith.mulf %v182, %v1474 fastmath<contract> : f32
                %v1476 = arith.muli %v28, %v183 : i64
                %v1477 = arith.muli %v26, %size_L : i64
                %v1478 = arith.addi %v1476, %v1477 : i64
                %v1479 = arith.addi %v1478, %v1463 : i64
                %v1480 = llvm.getelementptr %in_theta[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                %v1482 = arith.mulf %v1481, %v203 fastmath<contract> : f32
                %v1483 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1482) : (f32) -> f32
                %v1484 = arith.mulf %v1483, %v206 fastmath<contract> : f32
                %v1485 = arith.subf %v1481, %v1484 fastmath<contract> : f32
                %v1486 = arith.mulf %v1483, %v207 fastmath<contract> : f32
                %v1487 = arith.subf %v1485, %v1486 fastmath<contract> : f32
                %v1488 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1487) : (f32) -> f32
                %v1489 = arith.mulf %v1475, %v1488 fastmath<contract> : f32
                %v1490 = arith.muli %v28, %v183 : i64
                %v1491 = arith.muli %v26, %size_L : i64
                %v1492 = arith.addi %v1490, %v1491 : i64
                %v1493 = arith.addi %v1492, %v1463 : i64
                %v1494 = llvm.getelementptr %in_x[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
                %v1496 = arith.mulf %v1489, %v1455 fastmath<contract> : f32
                %v1497 = arith.addf %v1496, %v1495 fastmath<contract> : f32
                %v1498 = arith.mulf %v1474, %v1474 fastmath<contract> : f32
                %v1499 = arith.negf %v1498 : f32
                %v1500 = arith.mulf %v1499, %v1461 fastmath<contract> : f32
                %v1501 = arith.addf %v1497, %v1500 fastmath<contract> : f32
                %v1502 = arith.mulf %v42, %v1461 fastmath<contract> : f32
                %v1503 = arith.addf %v1502, %v42 fastmath<contract> : f32
                %v1504 = arith.mulf %v43, %v1455 fastmath<contract> : f32
                %v1505 = arith.addf %v1503, %v1504 fastmath<contract> : f32
                %v1506 = arith.addi %v247, %v1 : i64
                %v1507 = arith.minsi %v1506, %v1449 : i64
                %v1508 = arith.addi %v132, %v1507 : i64
                %v1509 = arith.muli %v28, %v183 : i64
                %v1510 = arith.muli %v26, %size_L : i64
                %v1511 = arith.addi %v1509, %v1510 : i64
                %v1512 = arith.addi %v1511, %v1508 : i64
                %v1513 = llvm.getelementptr %in_rho[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1514 = llvm.load %v1513 : !llvm.ptr -> f32
                %v1515 = arith.negf %v1514 : f32
                %v1516 = arith.mulf %v1515, %v191 fastmath<contract> : f32
                %v1517 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1516) : (f32) -> f32
                %v1518 = arith.addf %v43, %v1517 fastmath<contract> : f32
                %v1519 = arith.divf %v43, %v1518 : f32
                %v1520 = arith.mulf %v182, %v1519 fastmath<contract> : f32
                %v1521 = arith.muli %v28, %v183 : i64
                %v1522 = arith.muli %v26, %size_L : i64
                %v1523 = arith.addi %v1521, %v1522 : i64
                %v1524 = arith.addi %v1523, %v1508 : i64
                %v1525 = llvm.getelementptr %in_theta[%v1524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1526 = llvm.load %v1525 : !llvm.ptr -> f32
                %v1527 = arith.mulf %v1526, %v203 fastmath<contract> : f32
                %v1528 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1527) : (f32) -> f32
                %v1529 = arith.mulf %v1528, %v206 fastmath<contract> : f32
                %v1530 = arith.subf %v1526, %v1529 fastmath<contract> : f32
                %v1531 = arith.mulf %v1528, %v207 fastmath<contract> : f32
                %v1532 = arith.subf %v1530, %v1531 fastmath<contract> : f32
                %v1533 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1532) : (f32) -> f32
                %v1534 = arith.mulf %v1520, %v1533 fastmath<contract> : f32
                %v1535 = arith.muli %v28, %v183 : i64
                %v1536 = arith.muli %v26, %size_L : i64
                %v1537 = arith.addi %v1535, %v1536 : i64
                %v1538 = arith.addi %v1537, %v1508 : i64
                %v1539 = llvm.getelementptr %in_x[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1540 = llvm.load %v1539 : !llvm.ptr -> f32
                %v1541 = arith.mulf %v1534, %v1501 fastmath<contract> : f32
                %v1542 = arith.addf %v1541, %v1540 fastmath<contract> : f32
                %v1543 = arith.mulf %v1519, %v1519 fastmath<contract> : f32
                %v1544 = arith.negf %v1543 : f32
                %v1545 = arith.mulf %v1544, %v1505 fastmath<contract> : f32
                %v1546 = arith.addf %v1542, %v1545 fastmath<contract> : f32
                %v1547 = arith.mulf %v42, %v1505 fastmath<contract> : f32
                %v1548 = arith.addf %v1547, %v42 fastmath<contract> : f32
                %v1549 = arith.mulf %v43, %v1501 fastmath<contract> : f32
                %v1550 = arith.addf %v1548, %v1549 fastmath<contract> : f32
                %v1551 = arith.addi %v247, %v58 : i64
                %v1552 = arith.minsi %v1551, %v1449 : i64
                %v1553 = arith.addi %v132, %v1552 : i64
                %v1554 = arith.muli %v28, %v183 : i64
                %v1555 = arith.muli %v26, %size_L : i64
                %v1556 = arith.addi %v1554, %v1555 : i64
                %v1557 = arith.addi %v1556, %v1553 : i64
                %v1558 = llvm.getelementptr %in_rho[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
                %v1560 = arith.negf %v1559 : f32
                %v1561 = arith.mulf %v1560, %v191 fastmath<contract> : f32
                %v1562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1561) : (f32) -> f32
                %v1563 = arith.addf %v43, %v1562 fastmath<contract> : f32
                %v1564 = arith.divf %v43, %v1563 : f32
                %v1565 = arith.mulf %v182, %v1564 fastmath<contract> : f32
                %v1566 = arith.muli %v28, %v183 : i64
                %v1567 = arith.muli %v26, %size_L : i64
                %v1568 = arith.addi %v1566, %v1567 : i64
                %v1569 = arith.addi %v1568, %v1553 : i64
                %v1570 = llvm.getelementptr %in_theta[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1571 = llvm.load %v1570 : !llvm.ptr -> f32
                %v1572 = arith.mulf %v1571, %v203 fastmath<contract> : f32
                %v1573 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1572) : (f32) -> f32
                %v1574 = arith.mulf %v1573, %v206 fastmath<contract> : f32
                %v1575 = arith.subf %v1571, %v1574 fastmath<contract> : f32
                %v1576 = arith.mulf %v1573, %v207 fastmath<contract> : f32
                %v1577 = arith.subf %v1575, %v1576 fastmath<contract> : f32
                %v1578 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1577) : (f32) -> f32
                %v1579 = arith.mulf %v1565, %v1578 fastmath<contract> : f32
                %v1580 = arith.muli %v28, %v183 : i64
                %v1581 = arith.muli %v26, %size_L : i64
                %v1582 = arith.addi %v1580, %v1581 : i64
                %v1583 = arith.addi %v1582, %v1553 : i64
                %v1584 = llvm.getelementptr %in_x[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1585 = llvm.load %v1584 : !llvm.ptr -> f32
                %v1586 = arith.mulf %v1579, %v1546 fastmath<contract> : f32
                %v1587 = arith.addf %v1586, %v1585 fastmath<contract> : f32
                %v1588 = arith.mulf %v1564, %v1564 fastmath<contract> : f32
                %v1589 = arith.negf %v1588 : f32
                %v1590 = arith.mulf %v1589, %v1550 fastmath<contract> : f32
                %v1591 = arith.addf %v1587, %v1590 fastmath<contract> : f32
                %v1592 = arith.mulf %v42, %v1550 fastmath<contract> : f32
                %v1593 = arith.addf %v1592, %v42 fastmath<contract> : f32
                %v1594 = arith.mulf %v43, %v1546 fastmath<contract> : f32
                %v1595 = arith.addf %v1593, %v1594 fastmath<contract> : f32
                %v1596 = arith.addi %v247, %v398 : i64
                %v1597 = arith.minsi %v1596, %v1449 : i64
                %v1598 = arith.addi %v132, %v1597 : i64
                %v1599 = arith.muli %v28, %v183 : i64
                %v1600 = arith.muli %v26, %size_L : i64
                %v1601 = arith.addi %v1599, %v1600 : i64
                %v1602 = arith.addi %v1601, %v1598 : i64
                %v1603 = llvm.getelementptr %in_rho[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1604 = llvm.load %v1603 : !llvm.ptr -> f32
                %v1605 = arith.negf %v1604 : f32
                %v1606 = arith.mulf %v1605, %v191 fastmath<contract> : f32
                %v1607 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1606) : (f32) -> f32
                %v1608 = arith.addf %v43, %v1607 fastmath<contract> : f32
                %v1609 = arith.divf %v43, %v1608 : f32
                %v1610 = arith.mulf %v182, %v1609 fastmath<contract> : f32
                %v1611 = arith.muli %v28, %v183 : i64
                %v1612 = arith.muli %v26, %size_L : i64
                %v1613 = arith.addi %v1611, %v1612 : i64
                %v1614 = arith.addi %v1613, %v1598 : i64
                %v1615 = llvm.getelementptr %in_theta[%v1614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1616 = llvm.load %v1615 : !llvm.ptr -> f32
                %v1617 = arith.mulf %v1616, %v203 fastmath<contract> : f32
                %v1618 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1617) : (f32) -> f32
                %v1619 = arith.mulf %v1618, %v206 fastmath<contract> : f32
                %v1620 = arith.subf %v1616, %v1619 fastmath<contract> : f32
                %v1621 = arith.mulf %v1618, %v207 fastmath<contract> : f32
                %v1622 = arith.subf %v1620, %v1621 fastmath<contract> : f32
                %v1623 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1622) : (f32) -> f32
                %v1624 = arith.mulf %v1610, %v1623 fastmath<contract> : f32
                %v1625 = arith.muli %v28, %v183 : i64
                %v1626 = arith.muli %v26, %size_L : i64
                %v1627 = arith.addi %v1625, %v1626 : i64
                %v1628 = arith.addi %v1627, %v1598 : i64
                %v1629 = llvm.getelementptr %in_x[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
                %v1631 = arith.mulf %v1624, %v1591 fastmath<contract> : f32
                %v1632 = arith.addf %v1631, %v1630 fastmath<contract> : f32
                %v1633 = arith.mulf %v1609, %v1609 fastmath<contract> : f32
                %v1634 = arith.negf %v1633 : f32
                %v1635 = arith.mulf %v1634, %v1595 fastmath<contract> : f32
                %v1636 = arith.addf %v1632, %v1635 fastmath<contract> : f32
                %v1637 = arith.mulf %v42, %v1595 fastmath<contract> : f32
                %v1638 = arith.addf %v1637, %v42 fastmath<contract> : f32
                %v1639 = arith.mulf %v43, %v1591 fastmath<contract> : f32
                %v1640 = arith.addf %v1638, %v1639 fastmath<contract> : f32
                %v1641 = arith.addi %v247, %v30 : i64
                %v1642 = arith.minsi %v1641, %v1449 : i64
                %v1643 = arith.addi %v132, %v1642 : i64
                %v1644 = arith.muli %v28, %v183 : i64
                %v1645 = arith.muli %v26, %size_L : i64
                %v1646 = arith.addi %v1644, %v1645 : i64
                %v1647 = arith.addi %v1646, %v1643 : i64
                %v1648 = llvm.getelementptr %in_rho[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1649 = llvm.load %v1648 : !llvm.ptr -> f32
                %v1650 = arith.negf %v1649 : f32
                %v1651 = arith.mulf %v1650, %v191 fastmath<contract> : f32
                %v1652 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1651) : (f32) -> f32
                %v1653 = arith.addf %v43, %v1652 fastmath<contract> : f32
                %v1654 = arith.divf %v43, %v1653 : f32
                %v1655 = arith.mulf %v182, %v1654 fastmath<contract> : f32
                %v1656 = arith.muli %v28, %v183 : i64
                %v1657 = arith.muli %v26, %size_L : i64
                %v1658 = arith.addi %v1656, %v1657 : i64
                %v1659 = arith.addi %v1658, %v1643 : i64
                %v1660 = llvm.getelementptr %in_theta[%v1659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1661 = llvm.load %v1660 : !llvm.ptr -> f32
                %v1662 = arith.mulf %v1661, %v203 fastmath<contract> : f32
                %v1663 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1662) : (f32) -> f32
                %v1664 = arith.mulf %v1663, %v206 fastmath<contract> : f32
                %v1665 = arith.subf %v1661, %v1664 fastmath<contract> : f32
                %v1666 = arith.mulf %v1663, %v207 fastmath<contract> : f32
                %v1667 = arith.subf %v1665, %v1666 fastmath<contract> : f32
                %v1668 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1667) : (f32) -> f32
                %v1669 = arith.mulf %v1655, %v1668 fastmath<contract> : f32
                %v1670 = arith.muli %v28, %v183 : i64
                %v1671 = arith.muli %v26, %size_L : i64
                %v1672 = arith.addi %v1670, %v1671 : i64
                %v1673 = arith.addi %v1672, %v1643 : i64
                %v1674 = llvm.getelementptr %in_x[%v1673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1675 = llvm.load %v1674 : !llvm.ptr -> f32
                %v1676 = arith.mulf %v1669, %v1636 fastmath<contract> : f32
                %v1677 = arith.addf %v1676, %v1675 fastmath<contract> : f32
                %v1678 = arith.mulf %v1654, %v1654 fastmath<contract> : f32
                %v1679 = arith.negf %v1678 : f32
                %v1680 = arith.mulf %v1679, %v1640 fastmath<contract> : f32
                %v1681 = arith.addf %v1677, %v1680 fastmath<contract> : f32
                %v1682 = arith.mulf %v42, %v1640 fastmath<contract> : f32
                %v1683 = arith.addf %v1682, %v42 fastmath<contract> : f32
                %v1684 = arith.mulf %v43, %v1636 fastmath<contract> : f32
                %v1685 = arith.addf %v1683, %v1684 fastmath<contract> : f32
                %v1686 = arith.addi %v247, %v489 : i64
                %v1687 = arith.minsi %v1686, %v1449 : i64
                %v1688 = arith.addi %v132, %v1687 : i64
                %v1689 = arith.muli %v28, %v183 : i64
                %v1690 = arith.muli %v26, %size_L : i64
                %v1691 = arith.addi %v1689, %v1690 : i64
                %v1692 = arith.addi %v1691, %v1688 : i64
                %v1693 = llvm.getelementptr %in_rho[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
                %v1695 = arith.negf %v1694 : f32
                %v1696 = arith.mulf %v1695, %v191 fastmath<contract> : f32
                %v1697 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1696) : (f32) -> f32
                %v1698 = arith.addf %v43, %v1697 fastmath<contract> : f32
                %v1699 = arith.divf %v43, %v1698 : f32
                %v1700 = arith.mulf %v182, %v1699 fastmath<contract> : f32
                %v1701 = arith.muli %v28, %v183 : i64
                %v1702 = arith.muli %v26, %size_L : i64
                %v1703 = arith.addi %v1701, %v1702 : i64
                %v1704 = arith.addi %v1703, %v1688 : i64
                %v1705 = llvm.getelementptr %in_theta[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1706 = llvm.load %v1705 : !llvm.ptr -> f32
                %v1707 = arith.mulf %v1706, %v203 fastmath<contract> : f32
                %v1708 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1707) : (f32) -> f32
                %v1709 = arith.mulf %v1708, %v206 fastmath<contract> : f32
                %v1710 = arith.subf %v1706, %v1709 fastmath<contract> : f32
                %v1711 = arith.mulf %v1708, %v207 fastmath<contract> : f32
                %v1712 = arith.subf %v1710, %v1711 fastmath<contract> : f32
                %v1713 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1712) : (f32) -> f32
                %v1714 = arith.mulf %v1700, %v1713 fastmath<contract> : f32
                %v1715 = arith.muli %v28, %v183 : i64
                %v1716 = arith.muli %v26, %size_L : i64
                %v1717 = arith.addi %v1715, %v1716 : i64
                %v1718 = arith.addi %v1717, %v1688 : i64
                %v1719 = llvm.getelementptr %in_x[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1720 = llvm.load %v1719 : !llvm.ptr -> f32
                %v1721 = arith.mulf %v1714, %v1681 fastmath<contract> : f32
                %v1722 = arith.addf %v1721, %v1720 fastmath<contract> : f32
                %v1723 = arith.mulf %v1699, %v1699 fastmath<contract> : f32
                %v1724 = arith.negf %v1723 : f32
                %v1725 = arith.mulf %v1724, %v1685 fastmath<contract> : f32
                %v1726 = arith.addf %v1722, %v1725 fastmath<contract> : f32
                %v1727 = arith.mulf %v42, %v1685 fastmath<contract> : f32
                %v1728 = arith.addf %v1727, %v42 fastmath<contract> : f32
                %v1729 = arith.mulf %v43, %v1681 fastmath<contract> : f32
                %v1730 = arith.addf %v1728, %v1729 fastmath<contract> : f32
                %v1731 = arith.addi %v247, %v535 : i64
                %v1732 = arith.minsi %v1731, %v1449 : i64
                %v1733 = arith.addi %v132, %v1732 : i64
                %v1734 = arith.muli %v28, %v183 : i64
                %v1735 = arith.muli %v26, %size_L : i64
                %v1736 = arith.addi %v1734, %v1735 : i64
                %v1737 = arith.addi %v1736, %v1733 : i64
                %v1738 = llvm.getelementptr %in_rho[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1739 = llvm.load %v1738 : !llvm.ptr -> f32
                %v1740 = arith.negf %v1739 : f32
                %v1741 = arith.mulf %v1740, %v191 fastmath<contract> : f32
                %v1742 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1741) : (f32) -> f32
                %v1743 = arith.addf %v43, %v1742 fastmath<contract> : f32
                %v1744 = arith.divf %v43, %v1743 : f32
                %v1745 = arith.mulf %v182, %v1744 fastmath<contract> : f32
                %v1746 = arith.muli %v28, %v183 : i64
                %v1747 = arith.muli %v26, %size_L : i64
                %v1748 = arith.addi %v1746, %v1747 : i64
                %v1749 = arith.addi %v1748, %v1733 : i64
                %v1750 = llvm.getelementptr %in_theta[%v1749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1751 = llvm.load %v1750 : !llvm.ptr -> f32
                %v1752 = arith.mulf %v1751, %v203 fastmath<contract> : f32
                %v1753 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1752) : (f32) -> f32
                %v1754 = arith.mulf %v1753, %v206 fastmath<contract> : f32
                %v1755 = arith.subf %v1751, %v1754 fastmath<contract> : f32
                %v1756 = arith.mulf %v1753, %v207 fastmath<contract> : f32
                %v1757 = arith.subf %v1755, %v1756 fastmath<contract> : f32
                %v1758 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1757) : (f32) -> f32
                %v1759 = arith.mulf %v1745, %v1758 fastmath<contract> : f32
                %v1760 = arith.muli %v28, %v183 : i64
                %v1761 = arith.muli %v26, %size_L : i64
                %v1762 = arith.addi %v1760, %v1761 : i64
                %v1763 = arith.addi %v1762, %v1733 : i64
                %v1764 = llvm.getelementptr %in_x[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
                %v1766 = arith.mulf %v1759, %v1726 fastmath<contract> : f32
                %v1767 = arith.addf %v1766, %v1765 fastmath<contract> : f32
                %v1768 = arith.mulf %v1744, %v1744 fastmath<contract> : f32
                %v1769 = arith.negf %v1768 : f32
                %v1770 = arith.mulf %v1769, %v1730 fastmath<contract> : f32
                %v1771 = arith.addf %v1767, %v1770 fastmath<contract> : f32
                %v1772 = arith.mulf %v42, %v1730 fastmath<contract> : f32
                %v1773 = arith.addf %v1772, %v42 fastmath<contract> : f32
                %v1774 = arith.mulf %v43, %v1726 fastmath<contract> : f32
                %v1775 = arith.addf %v1773, %v1774 fastmath<contract> : f32
                %v1776 = arith.addi %v247, %v117 : i64
                %v1777 = arith.minsi %v1776, %v1449 : i64
                %v1778 = arith.addi %v132, %v1777 : i64
                %v1779 = arith.muli %v28, %v183 : i64
                %v1780 = arith.muli %v26, %size_L : i64
                %v1781 = arith.addi %v1779, %v1780 : i64
                %v1782 = arith.addi %v1781, %v1778 : i64
                %v1783 = llvm.getelementptr %in_rho[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1784 = llvm.load %v1783 : !llvm.ptr -> f32
                %v1785 = arith.negf %v1784 : f32
                %v1786 = arith.mulf %v1785, %v191 fastmath<contract> : f32
                %v1787 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1786) : (f32) -> f32
                %v1788 = arith.addf %v43, %v1787 fastmath<contract> : f32
                %v1789 = arith.divf %v43, %v1788 : f32
                %v1790 = arith.mulf %v182, %v1789 fastmath<contract> : f32
                %v1791 = arith.muli %v28, %v183 : i64
                %v1792 = arith.muli %v26, %size_L : i64
                %v1793 = arith.addi %v1791, %v1792 : i64
                %v1794 = arith.addi %v1793, %v1778 : i64
                %v1795 = llvm.getelementptr %in_theta[%v1794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1796 = llvm.load %v1795 : !llvm.ptr -> f32
                %v1797 = arith.mulf %v1796, %v203 fastmath<contract> : f32
                %v1798 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1797) : (f32) -> f32
                %v1799 = arith.mulf %v1798, %v206 fastmath<contract> : f32
                %v1800 = arith.subf %v1796, %v1799 fastmath<contract> : f32
                %v1801 = arith.mulf %v1798, %v207 fastmath<contract> : f32
                %v1802 = arith.subf %v1800, %v1801 fastmath<contract> : f32
                %v1803 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1802) : (f32) -> f32
                %v1804 = arith.mulf %v1790, %v1803 fastmath<contract> : f32
                %v1805 = arith.muli %v28, %v183 : i64
                %v1806 = arith.muli %v26, %size_L : i64
                %v1807 = arith.addi %v1805, %v1806 : i64
                %v1808 = arith.addi %v1807, %v1778 : i64
                %v1809 = llvm.getelementptr %in_x[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1810 = llvm.load %v1809 : !llvm.ptr -> f32
                %v1811 = arith.mulf %v1804, %v1771 fastmath<contract> : f32
                %v1812 = arith.addf %v1811, %v1810 fastmath<contract> : f32
                %v1813 = arith.mulf %v1789, %v1789 fastmath<contract> : f32
                %v1814 = arith.negf %v1813 : f32
                %v1815 = arith.mulf %v1814, %v1775 fastmath<contract> : f32
                %v1816 = arith.addf %v1812, %v1815 fastmath<contract> : f32
                %v1817 = arith.mulf %v42, %v1775 fastmath<contract> : f32
                %v1818 = arith.addf %v1817, %v42 fastmath<contract> : f32
                %v1819 = arith.mulf %v43, %v1771 fastmath<contract> : f32
                %v1820 = arith.addf %v1818, %v1819 fastmath<contract> : f32
                %v1821 = arith.subi %v134, %v247 : i64
                %v1822 = arith.trunci %v1821 : i64 to i32
                %v1823 = arith.subi %size_L, %v1 : i64
                %v1824 = arith.addi %v132, %v247 : i64
                %v1825 = arith.subi %v1823, %v1824 : i64
                %v1826 = arith.minsi %v1825, %v631 : i64
                %v1827 = arith.trunci %v1826 : i64 to i32
                %v1828 = arith.addi %v247, %v117 : i64
                %v1829 = arith.cmpi slt, %v635, %v1822 : i32
                %v1830 = arith.cmpi eq, %v635, %v1827 : i32
                scf.if %v1829 {
                  %v1831 = arith.addi %v132, %v1828 : i64
                  %v1832 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1833 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1834 = arith.muli %v28, %v183 : i64
                  %v1835 = arith.muli %v26, %size_L : i64
                  %v1836 = arith.addi %v1834, %v1835 : i64
                  %v1837 = arith.addi %v1836, %v1831 : i64
                  %v1838 = llvm.getelementptr %dy_y[%v1837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1839 = llvm.load %v1838 : !llvm.ptr -> f32
                  %v1840 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1841 = arith.mulf %v1840, %v1832 fastmath<contract> : f32
                  %v1842 = arith.addf %v1839, %v1841 fastmath<contract> : f32
                  %v1843 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1844 = arith.mulf %v1843, %v1833 fastmath<contract> : f32
                  %v1845 = arith.addf %v1844, %v1842 fastmath<contract> : f32
                  %v1846 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1847 = arith.mulf %v1846, %v1833 fastmath<contract> : f32
                  %v1848 = arith.addf %v42, %v1847 fastmath<contract> : f32
                  %v1849 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1850 = arith.mulf %v1849, %v1832 fastmath<contract> : f32
                  %v1851 = arith.addf %v1850, %v1848 fastmath<contract> : f32
                  llvm.store %v1845, %v34 : f32, !llvm.ptr
                  llvm.store %v1851, %v35 : f32, !llvm.ptr
                  scf.if %v1830 {
                    %v1852 = arith.muli %v28, %size_D : i64
                    %v1853 = arith.addi %v1852, %v26 : i64
                    %v1854 = llvm.getelementptr %dy_h_last[%v1853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1855 = llvm.load %v1854 : !llvm.ptr -> f32
                    %v1856 = llvm.load %v34 : !llvm.ptr -> f32
                    %v1857 = arith.addf %v1856, %v1855 fastmath<contract> : f32
                    llvm.store %v1857, %v34 : f32, !llvm.ptr
                    %v1858 = arith.muli %v28, %size_D : i64
                    %v1859 = arith.addi %v1858, %v26 : i64
                    %v1860 = llvm.getelementptr %dy_hp_last[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1861 = llvm.load %v1860 : !llvm.ptr -> f32
                    %v1862 = llvm.load %v35 : !llvm.ptr -> f32
                    %v1863 = arith.addf %v1862, %v1861 fastmath<contract> : f32
                    llvm.store %v1863, %v35 : f32, !llvm.ptr
                  }
                  %v1864 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v23 {
                    %v1865 = arith.muli %v28, %v183 : i64
                    %v1866 = arith.muli %v26, %size_L : i64
                    %v1867 = arith.addi %v1865, %v1866 : i64
                    %v1868 = arith.addi %v1867, %v1831 : i64
                    %v1869 = llvm.getelementptr %dx_x[%v1868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1864, %v1869 : f32, !llvm.ptr
                  }
                  %v1870 = arith.muli %v28, %v183 : i64
                  %v1871 = arith.muli %v26, %size_L : i64
                  %v1872 = arith.addi %v1870, %v1871 : i64
                  %v1873 = arith.addi %v1872, %v1831 : i64
                  %v1874 = llvm.getelementptr %in_rho[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1875 = llvm.load %v1874 : !llvm.ptr -> f32
                  %v1876 = arith.negf %v1875 : f32
                  %v1877 = arith.mulf %v1876, %v191 fastmath<contract> : f32
                  %v1878 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1877) : (f32) -> f32
                  %v1879 = arith.addf %v43, %v1878 fastmath<contract> : f32
                  %v1880 = arith.divf %v43, %v1879 : f32
                  %v1881 = arith.mulf %v1775, %v1864 fastmath<contract> : f32
                  %v1882 = arith.negf %v1881 : f32
                  %v1883 = arith.mulf %v1880, %v1882 fastmath<contract> : f32
                  %v1884 = arith.addf %v1883, %v1883 fastmath<contract> : f32
                  %v1885 = arith.muli %v28, %v183 : i64
                  %v1886 = arith.muli %v26, %size_L : i64
                  %v1887 = arith.addi %v1885, %v1886 : i64
                  %v1888 = arith.addi %v1887, %v1831 : i64
                  %v1889 = llvm.getelementptr %in_theta[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
                  %v1891 = arith.mulf %v1890, %v203 fastmath<contract> : f32
                  %v1892 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1891) : (f32) -> f32
                  %v1893 = arith.mulf %v1892, %v206 fastmath<contract> : f32
                  %v1894 = arith.subf %v1890, %v1893 fastmath<contract> : f32
                  %v1895 = arith.mulf %v1892, %v207 fastmath<contract> : f32
                  %v1896 = arith.subf %v1894, %v1895 fastmath<contract> : f32
                  %v1897 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1896) : (f32) -> f32
                  %v1898 = arith.mulf %v1771, %v1864 fastmath<contract> : f32
                  %v1899 = arith.mulf %v1897, %v1898 fastmath<contract> : f32
                  %v1900 = arith.mulf %v182, %v1899 fastmath<contract> : f32
                  %v1901 = arith.addf %v1884, %v1900 fastmath<contract> : f32
                  %v1902 = arith.subf %v43, %v1880 fastmath<contract> : f32
                  %v1903 = arith.mulf %v1880, %v1902 fastmath<contract> : f32
                  %v1904 = arith.mulf %v1901, %v1903 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1905 = arith.muli %v28, %v183 : i64
                    %v1906 = arith.muli %v26, %size_L : i64
                    %v1907 = arith.addi %v1905, %v1906 : i64
                    %v1908 = arith.addi %v1907, %v1831 : i64
                    %v1909 = llvm.getelementptr %dx_rho[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1904, %v1909 : f32, !llvm.ptr
                  }
                  %v1910 = arith.mulf %v182, %v1880 fastmath<contract> : f32
                  %v1911 = arith.mulf %v1910, %v1898 fastmath<contract> : f32
                  %v1912 = arith.mulf %v1890, %v203 fastmath<contract> : f32
                  %v1913 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1912) : (f32) -> f32
                  %v1914 = arith.mulf %v1913, %v206 fastmath<contract> : f32
                  %v1915 = arith.subf %v1890, %v1914 fastmath<contract> : f32
                  %v1916 = arith.mulf %v1913, %v207 fastmath<contract> : f32
                  %v1917 = arith.subf %v1915, %v1916 fastmath<contract> : f32
                  %v1918 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1917) : (f32) -> f32
                  %v1919 = arith.negf %v1918 : f32
                  %v1920 = arith.mulf %v1911, %v1919 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1921 = arith.muli %v28, %v183 : i64
                    %v1922 = arith.muli %v26, %size_L : i64
                    %v1923 = arith.addi %v1921, %v1922 : i64
                    %v1924 = arith.addi %v1923, %v1831 : i64
                    %v1925 = llvm.getelementptr %dx_theta[%v1924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1920, %v1925 : f32, !llvm.ptr
                  }
                  %v1926 = arith.mulf %v1910, %v1897 fastmath<contract> : f32
                  llvm.store %v1926, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v1927 = arith.mulf %v1880, %v1880 fastmath<contract> : f32
                  %v1928 = arith.negf %v1927 : f32
                  llvm.store %v1928, %v39 : f32, !llvm.ptr
                }
                %v1929 = arith.addi %v247, %v535 : i64
                %v1930 = arith.cmpi slt, %v737, %v1822 : i32
                %v1931 = arith.cmpi eq, %v737, %v1827 : i32
                scf.if %v1930 {
                  %v1932 = arith.addi %v132, %v1929 : i64
                  %v1933 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1934 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1935 = arith.muli %v28, %v183 : i64
                  %v1936 = arith.muli %v26, %size_L : i64
                  %v1937 = arith.addi %v1935, %v1936 : i64
                  %v1938 = arith.addi %v1937, %v1932 : i64
                  %v1939 = llvm.getelementptr %dy_y[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1940 = llvm.load %v1939 : !llvm.ptr -> f32
                  %v1941 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1942 = arith.mulf %v1941, %v1933 fastmath<contract> : f32
                  %v1943 = arith.addf %v1940, %v1942 fastmath<contract> : f32
                  %v1944 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1945 = arith.mulf %v1944, %v1934 fastmath<contract> : f32
                  %v1946 = arith.addf %v1945, %v1943 fastmath<contract> : f32
                  %v1947 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1948 = arith.mulf %v1947, %v1934 fastmath<contract> : f32
                  %v1949 = arith.addf %v42, %v1948 fastmath<contract> : f32
                  %v1950 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1951 = arith.mulf %v1950, %v1933 fastmath<contract> : f32
                  %v1952 = arith.addf %v1951, %v1949 fastmath<contract> : f32
                  llvm.store %v1946, %v34 : f32, !llvm.ptr
                  llvm.store %v1952, %v35 : f32, !llvm.ptr
                  scf.if %v1931 {
                    %v1953 = arith.muli %v28, %size_D : i64
                    %v1954 = arith.addi %v1953, %v26 : i64
                    %v1955 = llvm.getelementptr %dy_h_last[%v1954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1956 = llvm.load %v1955 : !llvm.ptr -> f32
                    %v1957 = llvm.load %v34 : !llvm.ptr -> f32
                    %v1958 = arith.addf %v1957, %v1956 fastmath<contract> : f32
                    llvm.store %v1958, %v34 : f32, !llvm.ptr
                    %v1959 = arith.muli %v28, %size_D : i64
                    %v1960 = arith.addi %v1959, %v26 : i64
                    %v1961 = llvm.getelementptr %dy_hp_last[%v1960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1962 = llvm.load %v1961 : !llvm.ptr -> f32
                    %v1963 = llvm.load %v35 : !llvm.ptr -> f32
                    %v1964 = arith.addf %v1963, %v1962 fastmath<contract> : f32
                    llvm.store %v1964, %v35 : f32, !llvm.ptr
                  }
                  %v1965 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v23 {
                    %v1966 = arith.muli %v28, %v183 : i64
                    %v1967 = arith.muli %v26, %size_L : i64
                    %v1968 = arith.addi %v1966, %v1967 : i64
                    %v1969 = arith.addi %v1968, %v1932 : i64
                    %v1970 = llvm.getelementptr %dx_x[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1965, %v1970 : f32, !llvm.ptr
                  }
                  %v1971 = arith.muli %v28, %v183 : i64
                  %v1972 = arith.muli %v26, %size_L : i64
                  %v1973 = arith.addi %v1971, %v1972 : i64
                  %v1974 = arith.addi %v1973, %v1932 : i64
                  %v1975 = llvm.getelementptr %in_rho[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
                  %v1977 = arith.negf %v1976 : f32
                  %v1978 = arith.mulf %v1977, %v191 fastmath<contract> : f32
                  %v1979 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1978) : (f32) -> f32
                  %v1980 = arith.addf %v43, %v1979 fastmath<contract> : f32
                  %v1981 = arith.divf %v43, %v1980 : f32
                  %v1982 = arith.mulf %v1730, %v1965 fastmath<contract> : f32
                  %v1983 = arith.negf %v1982 : f32
                  %v1984 = arith.mulf %v1981, %v1983 fastmath<contract> : f32
                  %v1985 = arith.addf %v1984, %v1984 fastmath<contract> : f32
                  %v1986 = arith.muli %v28, %v183 : i64
                  %v1987 = arith.muli %v26, %size_L : i64
                  %v1988 = arith.addi %v1986, %v1987 : i64
                  %v1989 = arith.addi %v1988, %v1932 : i64
                  %v1990 = llvm.getelementptr %in_theta[%v1989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1991 = llvm.load %v1990 : !llvm.ptr -> f32
                  %v1992 = arith.mulf %v1991, %v203 fastmath<contract> : f32
                  %v1993 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1992) : (f32) -> f32
                  %v1994 = arith.mulf %v1993, %v206 fastmath<contract> : f32
                  %v1995 = arith.subf %v1991, %v1994 fastmath<contract> : f32
                  %v1996 = arith.mulf %v1993, %v207 fastmath<contract> : f32
                  %v1997 = arith.subf %v1995, %v1996 fastmath<contract> : f32
                  %v1998 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1997) : (f32) -> f32
                  %v1999 = arith.mulf %v1726, %v1965 fastmath<contract> : f32
                  %v2000 = arith.mulf %v1998, %v1999 fastmath<contract> : f32
                  %v2001 = arith.mulf %v182, %v2000 fastmath<contract> : f32
                  %v2002 = arith.addf %v1985, %v2001 fastmath<contract> : f32
                  %v2003 = arith.subf %v43, %v1981 fastmath<contract> : f32
                  %v2004 = arith.mulf %v1981, %v2003 fastmath<contract> : f32
                  %v2005 = arith.mulf %v2002, %v2004 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2006 = arith.muli %v28, %v183 : i64
                    %v2007 = arith.muli %v26, %size_L : i64
                    %v2008 = arith.addi %v2006, %v2007 : i64
                    %v2009 = arith.addi %v2008, %v1932 : i64
                    %v2010 = llvm.getelementptr %dx_rho[%v2009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2005, %v2010 : f32, !llvm.ptr
                  }
                  %v2011 = arith.mulf %v182, %v1981 fastmath<contract> : f32
                  %v2012 = arith.mulf %v2011, %v1999 fastmath<contract> : f32
                  %v2013 = arith.mulf %v1991, %v203 fastmath<contract> : f32
                  %v2014 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2013) : (f32) -> f32
                  %v2015 = arith.mulf %v2014, %v206 fastmath<contract> : f32
                  %v2016 = arith.subf %v1991, %v2015 fastmath<contract> : f32
                  %v2017 = arith.mulf %v2014, %v207 fastmath<contract> : f32
                  %v2018 = arith.subf %v2016, %v2017 fastmath<contract> : f32
                  %v2019 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2018) : (f32) -> f32
                  %v2020 = arith.negf %v2019 : f32
                  %v2021 = arith.mulf %v2012, %v2020 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2022 = arith.muli %v28, %v183 : i64
                    %v2023 = arith.muli %v26, %size_L : i64
                    %v2024 = arith.addi %v2022, %v2023 : i64
                    %v2025 = arith.addi %v2024, %v1932 : i64
                    %v2026 = llvm.getelementptr %dx_theta[%v2025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2021, %v2026 : f32, !llvm.ptr
                  }
                  %v2027 = arith.mulf %v2011, %v1998 fastmath<contract> : f32
                  llvm.store %v2027, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2028 = arith.mulf %v1981, %v1981 fastmath<contract> : f32
                  %v2029 = arith.negf %v2028 : f32
                  llvm.store %v2029, %v39 : f32, !llvm.ptr
                }
                %v2030 = arith.addi %v247, %v489 : i64
                %v2031 = arith.cmpi slt, %v839, %v1822 : i32
                %v2032 = arith.cmpi eq, %v839, %v1827 : i32
                scf.if %v2031 {
                  %v2033 = arith.addi %v132, %v2030 : i64
                  %v2034 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2035 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2036 = arith.muli %v28, %v183 : i64
                  %v2037 = arith.muli %v26, %size_L : i64
                  %v2038 = arith.addi %v2036, %v2037 : i64
                  %v2039 = arith.addi %v2038, %v2033 : i64
                  %v2040 = llvm.getelementptr %dy_y[%v2039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2041 = llvm.load %v2040 : !llvm.ptr -> f32
                  %v2042 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2043 = arith.mulf %v2042, %v2034 fastmath<contract> : f32
                  %v2044 = arith.addf %v2041, %v2043 fastmath<contract> : f32
                  %v2045 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2046 = arith.mulf %v2045, %v2035 fastmath<contract> : f32
                  %v2047 = arith.addf %v2046, %v2044 fastmath<contract> : f32
                  %v2048 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2049 = arith.mulf %v2048, %v2035 fastmath<contract> : f32
                  %v2050 = arith.addf %v42, %v2049 fastmath<contract> : f32
                  %v2051 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2052 = arith.mulf %v2051, %v2034 fastmath<contract> : f32
                  %v2053 = arith.addf %v2052, %v2050 fastmath<contract> : f32
                  llvm.store %v2047, %v34 : f32, !llvm.ptr
                  llvm.store %v2053, %v35 : f32, !llvm.ptr
                  scf.if %v2032 {
                    %v2054 = arith.muli %v28, %size_D : i64
                    %v2055 = arith.addi %v2054, %v26 : i64
                    %v2056 = llvm.getelementptr %dy_h_last[%v2055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2057 = llvm.load %v2056 : !llvm.ptr -> f32
                    %v2058 = llvm.load %v34 : !llvm.ptr -> f32
                    %v2059 = arith.addf %v2058, %v2057 fastmath<contract> : f32
                    llvm.store %v2059, %v34 : f32, !llvm.ptr
                    %v2060 = arith.muli %v28, %size_D : i64
                    %v2061 = arith.addi %v2060, %v26 : i64
                    %v2062 = llvm.getelementptr %dy_hp_last[%v2061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2063 = llvm.load %v2062 : !llvm.ptr -> f32
                    %v2064 = llvm.load %v35 : !llvm.ptr -> f32
                    %v2065 = arith.addf %v2064, %v2063 fastmath<contract> : f32
                    llvm.store %v2065, %v35 : f32, !llvm.ptr
                  }
                  %v2066 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v23 {
                    %v2067 = arith.muli %v28, %v183 : i64
                    %v2068 = arith.muli %v26, %size_L : i64
                    %v2069 = arith.addi %v2067, %v2068 : i64
                    %v2070 = arith.addi %v2069, %v2033 : i64
                    %v2071 = llvm.getelementptr %dx_x[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2066, %v2071 : f32, !llvm.ptr
                  }
                  %v2072 = arith.muli %v28, %v183 : i64
                  %v2073 = arith.muli %v26, %size_L : i64
                  %v2074 = arith.addi %v2072, %v2073 : i64
                  %v2075 = arith.addi %v2074, %v2033 : i64
                  %v2076 = llvm.getelementptr %in_rho[%v2075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2077 = llvm.load %v2076 : !llvm.ptr -> f32
                  %v2078 = arith.negf %v2077 : f32
                  %v2079 = arith.mulf %v2078, %v191 fastmath<contract> : f32
                  %v2080 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2079) : (f32) -> f32
                  %v2081 = arith.addf %v43, %v2080 fastmath<contract> : f32
                  %v2082 = arith.divf %v43, %v2081 : f32
                  %v2083 = arith.mulf %v1685, %v2066 fastmath<contract> : f32
                  %v2084 = arith.negf %v2083 : f32
                  %v2085 = arith.mulf %v2082, %v2084 fastmath<contract> : f32
                  %v2086 = arith.addf %v2085, %v2085 fastmath<contract> : f32
                  %v2087 = arith.muli %v28, %v183 : i64
                  %v2088 = arith.muli %v26, %size_L : i64
                  %v2089 = arith.addi %v2087, %v2088 : i64
                  %v2090 = arith.addi %v2089, %v2033 : i64
                  %v2091 = llvm.getelementptr %in_theta[%v2090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
                  %v2093 = arith.mulf %v2092, %v203 fastmath<contract> : f32
                  %v2094 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2093) : (f32) -> f32
                  %v2095 = arith.mulf %v2094, %v206 fastmath<contract> : f32
                  %v2096 = arith.subf %v2092, %v2095 fastmath<contract> : f32
                  %v2097 = arith.mulf %v2094, %v207 fastmath<contract> : f32
                  %v2098 = arith.subf %v2096, %v2097 fastmath<contract> : f32
                  %v2099 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2098) : (f32) -> f32
                  %v2100 = arith.mulf %v1681, %v2066 fastmath<contract> : f32
                  %v2101 = arith.mulf %v2099, %v2100 fastmath<contract> : f32
                  %v2102 = arith.mulf %v182, %v2101 fastmath<contract> : f32
                  %v2103 = arith.addf %v2086, %v2102 fastmath<contract> : f32
                  %v2104 = arith.subf %v43, %v2082 fastmath<contract> : f32
                  %v2105 = arith.mulf %v2082, %v2104 fastmath<contract> : f32
                  %v2106 = arith.mulf %v2103, %v2105 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2107 = arith.muli %v28, %v183 : i64
                    %v2108 = arith.muli %v26, %size_L : i64
                    %v2109 = arith.addi %v2107, %v2108 : i64
                    %v2110 = arith.addi %v2109, %v2033 : i64
                    %v2111 = llvm.getelementptr %dx_rho[%v2110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2106, %v2111 : f32, !llvm.ptr
                  }
                  %v2112 = arith.mulf %v182, %v2082 fastmath<contract> : f32
                  %v2113 = arith.mulf %v2112, %v2100 fastmath<contract> : f32
                  %v2114 = arith.mulf %v2092, %v203 fastmath<contract> : f32
                  %v2115 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2114) : (f32) -> f32
                  %v2116 = arith.mulf %v2115, %v206 fastmath<contract> : f32
                  %v2117 = arith.subf %v2092, %v2116 fastmath<contract> : f32
                  %v2118 = arith.mulf %v2115, %v207 fastmath<contract> : f32
                  %v2119 = arith.subf %v2117, %v2118 fastmath<contract> : f32
                  %v2120 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2119) : (f32) -> f32
                  %v2121 = arith.negf %v2120 : f32
                  %v2122 = arith.mulf %v2113, %v2121 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2123 = arith.muli %v28, %v183 : i64
                    %v2124 = arith.muli %v26, %size_L : i64
                    %v2125 = arith.addi %v2123, %v2124 : i64
                    %v2126 = arith.addi %v2125, %v2033 : i64
                    %v2127 = llvm.getelementptr %dx_theta[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2122, %v2127 : f32, !llvm.ptr
                  }
                  %v2128 = arith.mulf %v2112, %v2099 fastmath<contract> : f32
                  llvm.store %v2128, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2129 = arith.mulf %v2082, %v2082 fastmath<contract> : f32
                  %v2130 = arith.negf %v2129 : f32
                  llvm.store %v2130, %v39 : f32, !llvm.ptr
                }
                %v2131 = arith.addi %v247, %v30 : i64
                %v2132 = arith.cmpi slt, %v941, %v1822 : i32
                %v2133 = arith.cmpi eq, %v941, %v1827 : i32
                scf.if %v2132 {
                  %v2134 = arith.addi %v132, %v2131 : i64
                  %v2135 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2136 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2137 = arith.muli %v28, %v183 : i64
                  %v2138 = arith.muli %v26, %size_L : i64
                  %v2139 = arith.addi %v2137, %v2138 : i64
                  %v2140 = arith.addi %v2139, %v2134 : i64
                  %v2141 = llvm.getelementptr %dy_y[%v2140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2142 = llvm.load %v2141 : !llvm.ptr -> f32
                  %v2143 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2144 = arith.mulf %v2143, %v2135 fastmath<contract> : f32
                  %v2145 = arith.addf %v2142, %v2144 fastmath<contract> : f32
                  %v2146 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2147 = arith.mulf %v2146, %v2136 fastmath<contract> : f32
                  %v2148 = arith.addf %v2147, %v2145 fastmath<contract> : f32
                  %v2149 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2150 = arith.mulf %v2149, %v2136 fastmath<contract> : f32
                  %v2151 = arith.addf %v42, %v2150 fastmath<contract> : f32
                  %v2152 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2153 = arith.mulf %v2152, %v2135 fastmath<contract> : f32
                  %v2154 = arith.addf %v2153, %v2151 fastmath<contract> : f32
                  llvm.store %v2148, %v34 : f32, !llvm.ptr
                  llvm.store %v2154, %v35 : f32, !llvm.ptr
                  scf.if %v2133 {
                    %v2155 = arith.muli %v28, %size_D : i64
                    %v2156 = arith.addi %v2155, %v26 : i64
                    %v2157 = llvm.getelementptr %dy_h_last[%v2156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
                    %v2159 = llvm.load %v34 : !llvm.ptr -> f32
                    %v2160 = arith.addf %v2159, %v2158 fastmath<contract> : f32
                    llvm.store %v2160, %v34 : f32, !llvm.ptr
                    %v2161 = arith.muli %v28, %size_D : i64
                    %v2162 = arith.addi %v2161, %v26 : i64
                    %v2163 = llvm.getelementptr %dy_hp_last[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2164 = llvm.load %v2163 : !llvm.ptr -> f32
                    %v2165 = llvm.load %v35 : !llvm.ptr -> f32
                    %v2166 = arith.addf %v2165, %v2164 fastmath<contract> : f32
                    llvm.store %v2166, %v35 : f32, !llvm.ptr
                  }
                  %v2167 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v23 {
                    %v2168 = arith.muli %v28, %v183 : i64
                    %v2169 = arith.muli %v26, %size_L : i64
                    %v2170 = arith.addi %v2168, %v2169 : i64
                    %v2171 = arith.addi %v2170, %v2134 : i64
                    %v2172 = llvm.getelementptr %dx_x[%v2171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2167, %v2172 : f32, !llvm.ptr
                  }
                  %v2173 = arith.muli %v28, %v183 : i64
                  %v2174 = arith.muli %v26, %size_L : i64
                  %v2175 = arith.addi %v2173, %v2174 : i64
                  %v2176 = arith.addi %v2175, %v2134 : i64
                  %v2177 = llvm.getelementptr %in_rho[%v2176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2178 = llvm.load %v2177 : !llvm.ptr -> f32
                  %v2179 = arith.negf %v2178 : f32
                  %v2180 = arith.mulf %v2179, %v191 fastmath<contract> : f32
                  %v2181 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2180) : (f32) -> f32
                  %v2182 = arith.addf %v43, %v2181 fastmath<contract> : f32
                  %v2183 = arith.divf %v43, %v2182 : f32
                  %v2184 = arith.mulf %v1640, %v2167 fastmath<contract> : f32
                  %v2185 = arith.negf %v2184 : f32
                  %v2186 = arith.mulf %v2183, %v2185 fastmath<contract> : f32
                  %v2187 = arith.addf %v2186, %v2186 fastmath<contract> : f32
                  %v2188 = arith.muli %v28, %v183 : i64
                  %v2189 = arith.muli %v26, %size_L : i64
                  %v2190 = arith.addi %v2188, %v2189 : i64
                  %v2191 = arith.addi %v2190, %v2134 : i64
                  %v2192 = llvm.getelementptr %in_theta[%v2191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2193 = llvm.load %v2192 : !llvm.ptr -> f32
                  %v2194 = arith.mulf %v2193, %v203 fastmath<contract> : f32
                  %v2195 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2194) : (f32) -> f32
                  %v2196 = arith.mulf %v2195, %v206 fastmath<contract> : f32
                  %v2197 = arith.subf %v2193, %v2196 fastmath<contract> : f32
                  %v2198 = arith.mulf %v2195, %v207 fastmath<contract> : f32
                  %v2199 = arith.subf %v2197, %v2198 fastmath<contract> : f32
                  %v2200 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2199) : (f32) -> f32
                  %v2201 = arith.mulf %v1636, %v2167 fastmath<contract> : f32
                  %v2202 = arith.mulf %v2200, %v2201 fastmath<contract> : f32
                  %v2203 = arith.mulf %v182, %v2202 fastmath<contract> : f32
                  %v2204 = arith.addf %v2187, %v2203 fastmath<contract> : f32
                  %v2205 = arith.subf %v43, %v2183 fastmath<contract> : f32
                  %v2206 = arith.mulf %v2183, %v2205 fastmath<contract> : f32
                  %v2207 = arith.mulf %v2204, %v2206 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2208 = arith.muli %v28, %v183 : i64
                    %v2209 = arith.muli %v26, %size_L : i64
                    %v2210 = arith.addi %v2208, %v2209 : i64
                    %v2211 = arith.addi %v2210, %v2134 : i64
                    %v2212 = llvm.getelementptr %dx_rho[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2207, %v2212 : f32, !llvm.ptr
                  }
                  %v2213 = arith.mulf %v182, %v2183 fastmath<contract> : f32
                  %v2214 = arith.mulf %v2213, %v2201 fastmath<contract> : f32
                  %v2215 = arith.mulf %v2193, %v203 fastmath<contract> : f32
                  %v2216 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2215) : (f32) -> f32
                  %v2217 = arith.mulf %v2216, %v206 fastmath<contract> : f32
                  %v2218 = arith.subf %v2193, %v2217 fastmath<contract> : f32
                  %v2219 = arith.mulf %v2216, %v207 fastmath<contract> : f32
                  %v2220 = arith.subf %v2218, %v2219 fastmath<contract> : f32
                  %v2221 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2220) : (f32) -> f32
                  %v2222 = arith.negf %v2221 : f32
                  %v2223 = arith.mulf %v2214, %v2222 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2224 = arith.muli %v28, %v183 : i64
                    %v2225 = arith.muli %v26, %size_L : i64
                    %v2226 = arith.addi %v2224, %v2225 : i64
                    %v2227 = arith.addi %v2226, %v2134 : i64
                    %v2228 = llvm.getelementptr %dx_theta[%v2227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2223, %v2228 : f32, !llvm.ptr
                  }
                  %v2229 = arith.mulf %v2213, %v2200 fastmath<contract> : f32
                  llvm.store %v2229, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2230 = arith.mulf %v2183, %v2183 fastmath<contract> : f32
                  %v2231 = arith.negf %v2230 : f32
                  llvm.store %v2231, %v39 : f32, !llvm.ptr
                }
                %v2232 = arith.addi %v247, %v398 : i64
                %v2233 = arith.cmpi slt, %v1043, %v1822 : i32
                %v2234 = arith.cmpi eq, %v1043, %v1827 : i32
                scf.if %v2233 {
                  %v2235 = arith.addi %v132, %v2232 : i64
                  %v2236 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2237 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2238 = arith.muli %v28, %v183 : i64
                  %v2239 = arith.muli %v26, %size_L : i64
                  %v2240 = arith.addi %v2238, %v2239 : i64
                  %v2241 = arith.addi %v2240, %v2235 : i64
                  %v2242 = llvm.getelementptr %dy_y[%v2241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2243 = llvm.load %v2242 : !llvm.ptr -> f32
                  %v2244 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2245 = arith.mulf %v2244, %v2236 fastmath<contract> : f32
                  %v2246 = arith.addf %v2243, %v2245 fastmath<contract> : f32
                  %v2247 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2248 = arith.mulf %v2247, %v2237 fastmath<contract> : f32
                  %v2249 = arith.addf %v2248, %v2246 fastmath<contract> : f32
                  %v2250 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2251 = arith.mulf %v2250, %v2237 fastmath<contract> : f32
                  %v2252 = arith.addf %v42, %v2251 fastmath<contract> : f32
                  %v2253 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2254 = arith.mulf %v2253, %v2236 fastmath<contract> : f32
                  %v2255 = arith.addf %v2254, %v2252 fastmath<contract> : f32
                  llvm.store %v2249, %v34 : f32, !llvm.ptr
                  llvm.store %v2255, %v35 : f32, !llvm.ptr
                  scf.if %v2234 {
                    %v2256 = arith.muli %v28, %size_D : i64
                    %v2257 = arith.addi %v2256, %v26 : i64
                    %v2258 = llvm.getelementptr %dy_h_last[%v2257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2259 = llvm.load %v2258 : !llvm.ptr -> f32
                    %v2260 = llvm.load %v34 : !llvm.ptr -> f32
                    %v2261 = arith.addf %v2260, %v2259 fastmath<contract> : f32
                    llvm.store %v2261, %v34 : f32, !llvm.ptr
                    %v2262 = arith.muli %v28, %size_D : i64
                    %v2263 = arith.addi %v2262, %v26 : i64
                    %v2264 = llvm.getelementptr %dy_hp_last[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2265 = llvm.load %v2264 : !llvm.ptr -> f32
                    %v2266 = llvm.load %v35 : !llvm.ptr -> f32
                    %v2267 = arith.addf %v2266, %v2265 fastmath<contract> : f32
                    llvm.store %v2267, %v35 : f32, !llvm.ptr
                  }
                  %v2268 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v23 {
                    %v2269 = arith.muli %v28, %v183 : i64
                    %v2270 = arith.muli %v26, %size_L : i64
                    %v2271 = arith.addi %v2269, %v2270 : i64
                    %v2272 = arith.addi %v2271, %v2235 : i64
                    %v2273 = llvm.getelementptr %dx_x[%v2272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2268, %v2273 : f32, !llvm.ptr
                  }
                  %v2274 = arith.muli %v28, %v183 : i64
                  %v2275 = arith.muli %v26, %size_L : i64
                  %v2276 = arith.addi %v2274, %v2275 : i64
                  %v2277 = arith.addi %v2276, %v2235 : i64
                  %v2278 = llvm.getelementptr %in_rho[%v2277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2279 = llvm.load %v2278 : !llvm.ptr -> f32
                  %v2280 = arith.negf %v2279 : f32
                  %v2281 = arith.mulf %v2280, %v191 fastmath<contract> : f32
                  %v2282 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2281) : (f32) -> f32
                  %v2283 = arith.addf %v43, %v2282 fastmath<contract> : f32
                  %v2284 = arith.divf %v43, %v2283 : f32
                  %v2285 = arith.mulf %v1595, %v2268 fastmath<contract> : f32
                  %v2286 = arith.negf %v2285 : f32
                  %v2287 = arith.mulf %v2284, %v2286 fastmath<contract> : f32
                  %v2288 = arith.addf %v2287, %v2287 fastmath<contract> : f32
                  %v2289 = arith.muli %v28, %v183 : i64
                  %v2290 = arith.muli %v26, %size_L : i64
                  %v2291 = arith.addi %v2289, %v2290 : i64
                  %v2292 = arith.addi %v2291, %v2235 : i64
                  %v2293 = llvm.getelementptr %in_theta[%v2292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2294 = llvm.load %v2293 : !llvm.ptr -> f32
                  %v2295 = arith.mulf %v2294, %v203 fastmath<contract> : f32
                  %v2296 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2295) : (f32) -> f32
                  %v2297 = arith.mulf %v2296, %v206 fastmath<contract> : f32
                  %v2298 = arith.subf %v2294, %v2297 fastmath<contract> : f32
                  %v2299 = arith.mulf %v2296, %v207 fastmath<contract> : f32
                  %v2300 = arith.subf %v2298, %v2299 fastmath<contract> : f32
                  %v2301 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2300) : (f32) -> f32
                  %v2302 = arith.mulf %v1591, %v2268 fastmath<contract> : f32
                  %v2303 = arith.mulf %v2301, %v2302 fastmath<contract> : f32
                  %v2304 = arith.mulf %v182, %v2303 fastmath<contract> : f32
                  %v2305 = arith.addf %v2288, %v2304 fastmath<contract> : f32
                  %v2306 = arith.subf %v43, %v2284 fastmath<contract> : f32
                  %v2307 = arith.mulf %v2284, %v2306 fastmath<contract> : f32
                  %v2308 = arith.mulf %v2305, %v2307 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2309 = arith.muli %v28, %v183 : i64
                    %v2310 = arith.muli %v26, %size_L : i64
                    %v2311 = arith.addi %v2309, %v2310 : i64
                    %v2312 = arith.addi %v2311, %v2235 : i64
                    %v2313 = llvm.getelementptr %dx_rho[%v2312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2308, %v2313 : f32, !llvm.ptr
                  }
                  %v2314 = arith.mulf %v182, %v2284 fastmath<contract> : f32
                  %v2315 = arith.mulf %v2314, %v2302 fastmath<contract> : f32
                  %v2316 = arith.mulf %v2294, %v203 fastmath<contract> : f32
                  %v2317 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2316) : (f32) -> f32
                  %v2318 = arith.mulf %v2317, %v206 fastmath<contract> : f32
                  %v2319 = arith.subf %v2294, %v2318 fastmath<contract> : f32
                  %v2320 = arith.mulf %v2317, %v207 fastmath<contract> : f32
                  %v2321 = arith.subf %v2319, %v2320 fastmath<contract> : f32
                  %v2322 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2321) : (f32) -> f32
                  %v2323 = arith.negf %v2322 : f32
                  %v2324 = arith.mulf %v2315, %v2323 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2325 = arith.muli %v28, %v183 : i64
                    %v2326 = arith.muli %v26, %size_L : i64
                    %v2327 = arith.addi %v2325, %v2326 : i64
                    %v2328 = arith.addi %v2327, %v2235 : i64
                    %v2329 = llvm.getelementptr %dx_theta[%v2328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2324, %v2329 : f32, !llvm.ptr
                  }
                  %v2330 = arith.mulf %v2314, %v2301 fastmath<contract> : f32
                  llvm.store %v2330, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2331 = arith.mulf %v2284, %v2284 fastmath<contract> : f32
                  %v2332 = arith.negf %v2331 : f32
                  llvm.store %v2332, %v39 : f32, !llvm.ptr
                }
                %v2333 = arith.addi %v247, %v58 : i64
                %v2334 = arith.cmpi slt, %v1145, %v1822 : i32
                %v2335 = arith.cmpi eq, %v1145, %v1827 : i32
                scf.if %v2334 {
                  %v2336 = arith.addi %v132, %v2333 : i64
                  %v2337 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2338 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2339 = arith.muli %v28, %v183 : i64
                  %v2340 = arith.muli %v26, %size_L : i64
                  %v2341 = arith.addi %v2339, %v2340 : i64
                  %v2342 = arith.addi %v2341, %v2336 : i64
                  %v2343 = llvm.getelementptr %dy_y[%v2342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2344 = llvm.load %v2343 : !llvm.ptr -> f32
                  %v2345 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2346 = arith.mulf %v2345, %v2337 fastmath<contract> : f32
                  %v2347 = arith.addf %v2344, %v2346 fastmath<contract> : f32
                  %v2348 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2349 = arith.mulf %v2348, %v2338 fastmath<contract> : f32
                  %v2350 = arith.addf %v2349, %v2347 fastmath<contract> : f32
                  %v2351 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2352 = arith.mulf %v2351, %v2338 fastmath<contract> : f32
                  %v2353 = arith.addf %v42, %v2352 fastmath<contract> : f32
                  %v2354 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2355 = arith.mulf %v2354, %v2337 fastmath<contract> : f32
                  %v2356 = arith.addf %v2355, %v2353 fastmath<contract> : f32
                  llvm.store %v2350, %v34 : f32, !llvm.ptr
                  llvm.store %v2356, %v35 : f32, !llvm.ptr
                  scf.if %v2335 {
                    %v2357 = arith.muli %v28, %size_D : i64
                    %v2358 = arith.addi %v2357, %v26 : i64
                    %v2359 = llvm.getelementptr %dy_h_last[%v2358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2360 = llvm.load %v2359 : !llvm.ptr -> f32
                    %v2361 = llvm.load %v34 : !llvm.ptr -> f32
                    %v2362 = arith.addf %v2361, %v2360 fastmath<contract> : f32
                    llvm.store %v2362, %v34 : f32, !llvm.ptr
                    %v2363 = arith.muli %v28, %size_D : i64
                    %v2364 = arith.addi %v2363, %v26 : i64
                    %v2365 = llvm.getelementptr %dy_hp_last[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2366 = llvm.load %v2365 : !llvm.ptr -> f32
                    %v2367 = llvm.load %v35 : !llvm.ptr -> f32
                    %v2368 = arith.addf %v2367, %v2366 fastmath<contract> : f32
                    llvm.store %v2368, %v35 : f32, !llvm.ptr
                  }
                  %v2369 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v23 {
                    %v2370 = arith.muli %v28, %v183 : i64
                    %v2371 = arith.muli %v26, %size_L : i64
                    %v2372 = arith.addi %v2370, %v2371 : i64
                    %v2373 = arith.addi %v2372, %v2336 : i64
                    %v2374 = llvm.getelementptr %dx_x[%v2373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2369, %v2374 : f32, !llvm.ptr
                  }
                  %v2375 = arith.muli %v28, %v183 : i64
                  %v2376 = arith.muli %v26, %size_L : i64
                  %v2377 = arith.addi %v2375, %v2376 : i64
                  %v2378 = arith.addi %v2377, %v2336 : i64
                  %v2379 = llvm.getelementptr %in_rho[%v2378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2380 = llvm.load %v2379 : !llvm.ptr -> f32
                  %v2381 = arith.negf %v2380 : f32
                  %v2382 = arith.mulf %v2381, %v191 fastmath<contract> : f32
                  %v2383 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2382) : (f32) -> f32
                  %v2384 = arith.addf %v43, %v2383 fastmath<contract> : f32
                  %v2385 = arith.divf %v43, %v2384 : f32
                  %v2386 = arith.mulf %v1550, %v2369 fastmath<contract> : f32
                  %v2387 = arith.negf %v2386 : f32
                  %v2388 = arith.mulf %v2385, %v2387 fastmath<contract> : f32
                  %v2389 = arith.addf %v2388, %v2388 fastmath<contract> : f32
                  %v2390 = arith.muli %v28, %v183 : i64
                  %v2391 = arith.muli %v26, %size_L : i64
                  %v2392 = arith.addi %v2390, %v2391 : i64
                  %v2393 = arith.addi %v2392, %v2336 : i64
                  %v2394 = llvm.getelementptr %in_theta[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2395 = llvm.load %v2394 : !llvm.ptr -> f32
                  %v2396 = arith.mulf %v2395, %v203 fastmath<contract> : f32
                  %v2397 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2396) : (f32) -> f32
                  %v2398 = arith.mulf %v2397, %v206 fastmath<contract> : f32
                  %v2399 = arith.subf %v2395, %v2398 fastmath<contract> : f32
                  %v2400 = arith.mulf %v2397, %v207 fastmath<contract> : f32
                  %v2401 = arith.subf %v2399, %v2400 fastmath<contract> : f32
                  %v2402 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2401) : (f32) -> f32
                  %v2403 = arith.mulf %v1546, %v2369 fastmath<contract> : f32
                  %v2404 = arith.mulf %v2402, %v2403 fastmath<contract> : f32
                  %v2405 = arith.mulf %v182, %v2404 fastmath<contract> : f32
                  %v2406 = arith.addf %v2389, %v2405 fastmath<contract> : f32
                  %v2407 = arith.subf %v43, %v2385 fastmath<contract> : f32
                  %v2408 = arith.mulf %v2385, %v2407 fastmath<contract> : f32
                  %v2409 = arith.mulf %v2406, %v2408 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2410 = arith.muli %v28, %v183 : i64
                    %v2411 = arith.muli %v26, %size_L : i64
                    %v2412 = arith.addi %v2410, %v2411 : i64
                    %v2413 = arith.addi %v2412, %v2336 : i64
                    %v2414 = llvm.getelementptr %dx_rho[%v2413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2409, %v2414 : f32, !llvm.ptr
                  }
                  %v2415 = arith.mulf %v182, %v2385 fastmath<contract> : f32
                  %v2416 = arith.mulf %v2415, %v2403 fastmath<contract> : f32
                  %v2417 = arith.mulf %v2395, %v203 fastmath<contract> : f32
                  %v2418 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2417) : (f32) -> f32
                  %v2419 = arith.mulf %v2418, %v206 fastmath<contract> : f32
                  %v2420 = arith.subf %v2395, %v2419 fastmath<contract> : f32
                  %v2421 = arith.mulf %v2418, %v207 fastmath<contract> : f32
                  %v2422 = arith.subf %v2420, %v2421 fastmath<contract> : f32
                  %v2423 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2422) : (f32) -> f32
                  %v2424 = arith.negf %v2423 : f32
                  %v2425 = arith.mulf %v2416, %v2424 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2426 = arith.muli %v28, %v183 : i64
                    %v2427 = arith.muli %v26, %size_L : i64
                    %v2428 = arith.addi %v2426, %v2427 : i64
                    %v2429 = arith.addi %v2428, %v2336 : i64
                    %v2430 = llvm.getelementptr %dx_theta[%v2429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2425, %v2430 : f32, !llvm.ptr
                  }
                  %v2431 = arith.mulf %v2415, %v2402 fastmath<contract> : f32
                  llvm.store %v2431, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2432 = arith.mulf %v2385, %v2385 fastmath<contract> : f32
                  %v2433 = arith.negf %v2432 : f32
                  llvm.store %v2433, %v39 : f32, !llvm.ptr
                }
                %v2434 = arith.addi %v247, %v1 : i64
                %v2435 = arith.cmpi slt, %v1247, %v1822 : i32
                %v2436 = arith.cmpi eq, %v1247, %v1827 : i32
                scf.if %v2435 {
                  %v2437 = arith.addi %v132, %v2434 : i64
                  %v2438 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2439 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2440 = arith.muli %v28, %v183 : i64
                  %v2441 = arith.muli %v26, %size_L : i64
                  %v2442 = arith.addi %v2440, %v2441 : i64
                  %v2443 = arith.addi %v2442, %v2437 : i64
                  %v2444 = llvm.getelementptr %dy_y[%v2443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2445 = llvm.load %v2444 : !llvm.ptr -> f32
                  %v2446 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2447 = arith.mulf %v2446, %v2438 fastmath<contract> : f32
                  %v2448 = arith.addf %v2445, %v2447 fastmath<contract> : f32
                  %v2449 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2450 = arith.mulf %v2449, %v2439 fastmath<contract> : f32
                  %v2451 = arith.addf %v2450, %v2448 fastmath<contract> : f32
                  %v2452 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2453 = arith.mulf %v2452, %v2439 fastmath<contract> : f32
                  %v2454 = arith.addf %v42, %v2453 fastmath<contract> : f32
                  %v2455 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2456 = arith.mulf %v2455, %v2438 fastmath<contract> : f32
                  %v2457 = arith.addf %v2456, %v2454 fastmath<contract> : f32
                  llvm.store %v2451, %v34 : f32, !llvm.ptr
                  llvm.store %v2457, %v35 : f32, !llvm.ptr
                  scf.if %v2436 {
                    %v2458 = arith.muli %v28, %size_D : i64
                    %v2459 = arith.addi %v2458, %v26 : i64
                    %v2460 = llvm.getelementptr %dy_h_last[%v2459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2461 = llvm.load %v2460 : !llvm.ptr -> f32
                    %v2462 = llvm.load %v34 : !llvm.ptr -> f32
                    %v2463 = arith.addf %v2462, %v2461 fastmath<contract> : f32
                    llvm.store %v2463, %v34 : f32, !llvm.ptr
                    %v2464 = arith.muli %v28, %size_D : i64
                    %v2465 = arith.addi %v2464, %v26 : i64
                    %v2466 = llvm.getelementptr %dy_hp_last[%v2465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2467 = llvm.load %v2466 : !llvm.ptr -> f32
                    %v2468 = llvm.load %v35 : !llvm.ptr -> f32
                    %v2469 = arith.addf %v2468, %v2467 fastmath<contract> : f32
                    llvm.store %v2469, %v35 : f32, !llvm.ptr
                  }
                  %v2470 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v23 {
                    %v2471 = arith.muli %v28, %v183 : i64
                    %v2472 = arith.muli %v26, %size_L : i64
                    %v2473 = arith.addi %v2471, %v2472 : i64
                    %v2474 = arith.addi %v2473, %v2437 : i64
                    %v2475 = llvm.getelementptr %dx_x[%v2474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2470, %v2475 : f32, !llvm.ptr
                  }
                  %v2476 = arith.muli %v28, %v183 : i64
                  %v2477 = arith.muli %v26, %size_L : i64
                  %v2478 = arith.addi %v2476, %v2477 : i64
                  %v2479 = arith.addi %v2478, %v2437 : i64
                  %v2480 = llvm.getelementptr %in_rho[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2481 = llvm.load %v2480 : !llvm.ptr -> f32
                  %v2482 = arith.negf %v2481 : f32
                  %v2483 = arith.mulf %v2482, %v191 fastmath<contract> : f32
                  %v2484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2483) : (f32) -> f32
                  %v2485 = arith.addf %v43, %v2484 fastmath<contract> : f32
                  %v2486 = arith.divf %v43, %v2485 : f32
                  %v2487 = arith.mulf %v1505, %v2470 fastmath<contract> : f32
                  %v2488 = arith.negf %v2487 : f32
                  %v2489 = arith.mulf %v2486, %v2488 fastmath<contract> : f32
                  %v2490 = arith.addf %v2489, %v2489 fastmath<contract> : f32
                  %v2491 = arith.muli %v28, %v183 : i64
                  %v2492 = arith.muli %v26, %size_L : i64
                  %v2493 = arith.addi %v2491, %v2492 : i64
                  %v2494 = arith.addi %v2493, %v2437 : i64
                  %v2495 = llvm.getelementptr %in_theta[%v2494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2496 = llvm.load %v2495 : !llvm.ptr -> f32
                  %v2497 = arith.mulf %v2496, %v203 fastmath<contract> : f32
                  %v2498 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2497) : (f32) -> f32
                  %v2499 = arith.mulf %v2498, %v206 fastmath<contract> : f32
                  %v2500 = arith.subf %v2496, %v2499 fastmath<contract> : f32
                  %v2501 = arith.mulf %v2498, %v207 fastmath<contract> : f32
                  %v2502 = arith.subf %v2500, %v2501 fastmath<contract> : f32
                  %v2503 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2502) : (f32) -> f32
                  %v2504 = arith.mulf %v1501, %v2470 fastmath<contract> : f32
                  %v2505 = arith.mulf %v2503, %v2504 fastmath<contract> : f32
                  %v2506 = arith.mulf %v182, %v2505 fastmath<contract> : f32
                  %v2507 = arith.addf %v2490, %v2506 fastmath<contract> : f32
                  %v2508 = arith.subf %v43, %v2486 fastmath<contract> : f32
                  %v2509 = arith.mulf %v2486, %v2508 fastmath<contract> : f32
                  %v2510 = arith.mulf %v2507, %v2509 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2511 = arith.muli %v28, %v183 : i64
                    %v2512 = arith.muli %v26, %size_L : i64
                    %v2513 = arith.addi %v2511, %v2512 : i64
                    %v2514 = arith.addi %v2513, %v2437 : i64
                    %v2515 = llvm.getelementptr %dx_rho[%v2514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2510, %v2515 : f32, !llvm.ptr
                  }
                  %v2516 = arith.mulf %v182, %v2486 fastmath<contract> : f32
                  %v2517 = arith.mulf %v2516, %v2504 fastmath<contract> : f32
                  %v2518 = arith.mulf %v2496, %v203 fastmath<contract> : f32
                  %v2519 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2518) : (f32) -> f32
                  %v2520 = arith.mulf %v2519, %v206 fastmath<contract> : f32
                  %v2521 = arith.subf %v2496, %v2520 fastmath<contract> : f32
                  %v2522 = arith.mulf %v2519, %v207 fastmath<contract> : f32
                  %v2523 = arith.subf %v2521, %v2522 fastmath<contract> : f32
                  %v2524 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2523) : (f32) -> f32
                  %v2525 = arith.negf %v2524 : f32
                  %v2526 = arith.mulf %v2517, %v2525 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2527 = arith.muli %v28, %v183 : i64
                    %v2528 = arith.muli %v26, %size_L : i64
                    %v2529 = arith.addi %v2527, %v2528 : i64
                    %v2530 = arith.addi %v2529, %v2437 : i64
                    %v2531 = llvm.getelementptr %dx_theta[%v2530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2526, %v2531 : f32, !llvm.ptr
                  }
                  %v2532 = arith.mulf %v2516, %v2503 fastmath<contract> : f32
                  llvm.store %v2532, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2533 = arith.mulf %v2486, %v2486 fastmath<contract> : f32
                  %v2534 = arith.negf %v2533 : f32
                  llvm.store %v2534, %v39 : f32, !llvm.ptr
                }
                %v2535 = arith.cmpi slt, %v1348, %v1822 : i32
                %v2536 = arith.cmpi eq, %v1348, %v1827 : i32
                scf.if %v2535 {
                  %v2537 = arith.addi %v132, %v247 : i64
                  %v2538 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2539 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2540 = arith.muli %v28, %v183 : i64
                  %v2541 = arith.muli %v26, %size_L : i64
                  %v2542 = arith.addi %v2540, %v2541 : i64
                  %v2543 = arith.addi %v2542, %v2537 : i64
                  %v2544 = llvm.getelementptr %dy_y[%v2543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2545 = llvm.load %v2544 : !llvm.ptr -> f32
                  %v2546 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2547 = arith.mulf %v2546, %v2538 fastmath<contract> : f32
                  %v2548 = arith.addf %v2545, %v2547 fastmath<contract> : f32
                  %v2549 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2550 = arith.mulf %v2549, %v2539 fastmath<contract> : f32
                  %v2551 = arith.addf %v2550, %v2548 fastmath<contract> : f32
                  %v2552 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2553 = arith.mulf %v2552, %v2539 fastmath<contract> : f32
                  %v2554 = arith.addf %v42, %v2553 fastmath<contract> : f32
                  %v2555 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2556 = arith.mulf %v2555, %v2538 fastmath<contract> : f32
                  %v2557 = arith.addf %v2556, %v2554 fastmath<contract> : f32
                  llvm.store %v2551, %v34 : f32, !llvm.ptr
                  llvm.store %v2557, %v35 : f32, !llvm.ptr
                  scf.if %v2536 {
                    %v2558 = arith.muli %v28, %size_D : i64
                    %v2559 = arith.addi %v2558, %v26 : i64
                    %v2560 = llvm.getelementptr %dy_h_last[%v2559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2561 = llvm.load %v2560 : !llvm.ptr -> f32
                    %v2562 = llvm.load %v34 : !llvm.ptr -> f32
                    %v2563 = arith.addf %v2562, %v2561 fastmath<contract> : f32
                    llvm.store %v2563, %v34 : f32, !llvm.ptr
                    %v2564 = arith.muli %v28, %size_D : i64
                    %v2565 = arith.addi %v2564, %v26 : i64
                    %v2566 = llvm.getelementptr %dy_hp_last[%v2565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2567 = llvm.load %v2566 : !llvm.ptr -> f32
                    %v2568 = llvm.load %v35 : !llvm.ptr -> f32
                    %v2569 = arith.addf %v2568, %v2567 fastmath<contract> : f32
                    llvm.store %v2569, %v35 : f32, !llvm.ptr
                  }
                  %v2570 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v23 {
                    %v2571 = arith.muli %v28, %v183 : i64
                    %v2572 = arith.muli %v26, %size_L : i64
                    %v2573 = arith.addi %v2571, %v2572 : i64
                    %v2574 = arith.addi %v2573, %v2537 : i64
                    %v2575 = llvm.getelementptr %dx_x[%v2574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2570, %v2575 : f32, !llvm.ptr
                  }
                  %v2576 = arith.muli %v28, %v183 : i64
                  %v2577 = arith.muli %v26, %size_L : i64
                  %v2578 = arith.addi %v2576, %v2577 : i64
                  %v2579 = arith.addi %v2578, %v2537 : i64
                  %v2580 = llvm.getelementptr %in_rho[%v2579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2581 = llvm.load %v2580 : !llvm.ptr -> f32
                  %v2582 = arith.negf %v2581 : f32
                  %v2583 = arith.mulf %v2582, %v191 fastmath<contract> : f32
                  %v2584 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2583) : (f32) -> f32
                  %v2585 = arith.addf %v43, %v2584 fastmath<contract> : f32
                  %v2586 = arith.divf %v43, %v2585 : f32
                  %v2587 = arith.mulf %v1461, %v2570 fastmath<contract> : f32
                  %v2588 = arith.negf %v2587 : f32
                  %v2589 = arith.mulf %v2586, %v2588 fastmath<contract> : f32
                  %v2590 = arith.addf %v2589, %v2589 fastmath<contract> : f32
                  %v2591 = arith.muli %v28, %v183 : i64
                  %v2592 = arith.muli %v26, %size_L : i64
                  %v2593 = arith.addi %v2591, %v2592 : i64
                  %v2594 = arith.addi %v2593, %v2537 : i64
                  %v2595 = llvm.getelementptr %in_theta[%v2594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2596 = llvm.load %v2595 : !llvm.ptr -> f32
                  %v2597 = arith.mulf %v2596, %v203 fastmath<contract> : f32
                  %v2598 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2597) : (f32) -> f32
                  %v2599 = arith.mulf %v2598, %v206 fastmath<contract> : f32
                  %v2600 = arith.subf %v2596, %v2599 fastmath<contract> : f32
                  %v2601 = arith.mulf %v2598, %v207 fastmath<contract> : f32
                  %v2602 = arith.subf %v2600, %v2601 fastmath<contract> : f32
                  %v2603 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2602) : (f32) -> f32
                  %v2604 = arith.mulf %v1455, %v2570 fastmath<contract> : f32
                  %v2605 = arith.mulf %v2603, %v2604 fastmath<contract> : f32
                  %v2606 = arith.mulf %v182, %v2605 fastmath<contract> : f32
                  %v2607 = arith.addf %v2590, %v2606 fastmath<contract> : f32
                  %v2608 = arith.subf %v43, %v2586 fastmath<contract> : f32
                  %v2609 = arith.mulf %v2586, %v2608 fastmath<contract> : f32
                  %v2610 = arith.mulf %v2607, %v2609 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2611 = arith.muli %v28, %v183 : i64
                    %v2612 = arith.muli %v26, %size_L : i64
                    %v2613 = arith.addi %v2611, %v2612 : i64
                    %v2614 = arith.addi %v2613, %v2537 : i64
                    %v2615 = llvm.getelementptr %dx_rho[%v2614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2610, %v2615 : f32, !llvm.ptr
                  }
                  %v2616 = arith.mulf %v182, %v2586 fastmath<contract> : f32
                  %v2617 = arith.mulf %v2616, %v2604 fastmath<contract> : f32
                  %v2618 = arith.mulf %v2596, %v203 fastmath<contract> : f32
                  %v2619 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2618) : (f32) -> f32
                  %v2620 = arith.mulf %v2619, %v206 fastmath<contract> : f32
                  %v2621 = arith.subf %v2596, %v2620 fastmath<contract> : f32
                  %v2622 = arith.mulf %v2619, %v207 fastmath<contract> : f32
                  %v2623 = arith.subf %v2621, %v2622 fastmath<contract> : f32
                  %v2624 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2623) : (f32) -> f32
                  %v2625 = arith.negf %v2624 : f32
                  %v2626 = arith.mulf %v2617, %v2625 fastmath<contract> : f32
                  scf.if %v23 {
                    %v2627 = arith.muli %v28, %v183 : i64
                    %v2628 = arith.muli %v26, %size_L : i64
                    %v2629 = arith.addi %v2627, %v2628 : i64
                    %v2630 = arith.addi %v2629, %v2537 : i64
                    %v2631 = llvm.getelementptr %dx_theta[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2626, %v2631 : f32, !llvm.ptr
                  }
                  %v2632 = arith.mulf %v2616, %v2603 fastmath<contract> : f32
                  llvm.store %v2632, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2633 = arith.mulf %v2586, %v2586 fastmath<contract> : f32
                  %v2634 = arith.negf %v2633 : f32
                  llvm.store %v2634, %v39 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v2635 = arith.cmpi eq, %v19, %v44 : i64
      scf.if %v2635 {
        %v2636 = llvm.load %v34 : !llvm.ptr -> f32
        %v2637 = llvm.load %v36 : !llvm.ptr -> f32
        %v2638 = arith.mulf %v2637, %v2636 fastmath<contract> : f32
        %v2639 = llvm.load %v38 : !llvm.ptr -> f32
        %v2640 = llvm.load %v35 : !llvm.ptr -> f32
        %v2641 = arith.mulf %v2639, %v2640 fastmath<contract> : f32
        %v2642 = arith.addf %v2641, %v2638 fastmath<contract> : f32
        %v2643 = llvm.load %v40 : !llvm.ptr -> f32
        %v2644 = arith.addf %v2643, %v2642 fastmath<contract> : f32
        llvm.store %v2644, %v40 : f32, !llvm.ptr
        %v2645 = llvm.load %v35 : !llvm.ptr -> f32
        %v2646 = llvm.load %v37 : !llvm.ptr -> f32
        %v2647 = arith.mulf %v2646, %v2645 fastmath<contract> : f32
        %v2648 = llvm.load %v39 : !llvm.ptr -> f32
        %v2649 = llvm.load %v34 : !llvm.ptr -> f32
        %v2650 = arith.mulf %v2648, %v2649 fastmath<contract> : f32
        %v2651 = arith.addf %v2650, %v2647 fastmath<contract> : f32
        %v2652 = llvm.load %v41 : !llvm.ptr -> f32
        %v2653 = arith.addf %v2652, %v2651 fastmath<contract> : f32
        llvm.store %v2653, %v41 : f32, !llvm.ptr
      }
      scf.if %v23 {
        %v2654 = llvm.load %v40 : !llvm.ptr -> f32
        %v2655 = arith.addi %v33, %v22 : i64
        %v2656 = llvm.getelementptr %part_h0[%v2655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2654, %v2656 : f32, !llvm.ptr
      }
      scf.if %v23 {
        %v2657 = llvm.load %v41 : !llvm.ptr -> f32
        %v2658 = arith.addi %v33, %v22 : i64
        %v2659 = llvm.getelementptr %part_hp0[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2657, %v2659 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
