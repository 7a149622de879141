module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_bwd(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %dy_hp_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_hp: !llvm.ptr, %dx_x: !llvm.ptr, %dx_rho: !llvm.ptr, %dx_theta: !llvm.ptr, %dx_h0: !llvm.ptr, %dx_hp0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.constant 64 : i64
      %v4 = arith.divui %slice_first, %v3 : i64
      %v5 = arith.addi %slice_first, %slice_steps : i64
      %v6 = arith.constant 63 : i64
      %v7 = arith.addi %v5, %v6 : i64
      %v8 = arith.divui %v7, %v3 : i64
      %v9 = arith.constant 0 : i64
      %v10 = arith.cmpi eq, %slice_first, %v9 : i64
      %v11 = arith.cmpi sge, %v5, %size_L : i64
      %v12 = arith.cmpi slt, %v5, %size_L : i64
      %v13 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = arith.constant 256 : i64
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v41 = arith.constant 0x00000000 : f32
      %v42 = arith.constant 0x3F800000 : f32
      %v48 = arith.constant 2 : i64
      %v53 = arith.constant 3 : i64
      %v58 = arith.constant 4 : i64
      %v63 = arith.constant 5 : i64
      %v68 = arith.constant 6 : i64
      %v73 = arith.constant 7 : i64
      %v105 = arith.constant 8 : i64
      %v124 = arith.muli %size_B, %size_D : i64
      %v131 = arith.muli %size_B, %size_D : i64
      %v167 = arith.constant 0x40000000 : f32
      %v168 = arith.muli %size_L, %size_D : i64
      %v176 = arith.constant 0x3FB8AA3B : f32
      %v188 = arith.constant 0x3E22F983 : f32
      %v191 = arith.constant 0x40C90000 : f32
      %v192 = arith.constant 0x3AFDAA22 : f32
      %v612 = arith.constant 2147483647 : i64
      %v616 = arith.constant 7 : i32
      %v706 = arith.constant 6 : i32
      %v796 = arith.constant 5 : i32
      %v886 = arith.constant 4 : i32
      %v976 = arith.constant 3 : i32
      %v1066 = arith.constant 2 : i32
      %v1156 = arith.constant 1 : i32
      %v1245 = arith.constant 0 : i32
      %v19 = gpu.block_id x
      %v20 = gpu.thread_id x
      %v21 = arith.index_cast %v20 : index to i64
      %v22 = arith.index_cast %v19 : index to i64
      %v24 = arith.muli %v22, %v23 : i64
      %v25 = arith.addi %v24, %v21 : i64
      %v26 = arith.cmpi slt, %v25, %v2 : i64
      %v27 = arith.subi %v2, %v1 : i64
      %v28 = arith.minsi %v25, %v27 : i64
      %v29 = arith.remui %v28, %size_D : i64
      %v30 = arith.divui %v28, %size_D : i64
      %v31 = arith.remui %v30, %size_B : i64
      %v32 = arith.divui %v30, %size_B : i64
      llvm.store %v41, %v33 : f32, !llvm.ptr
      llvm.store %v41, %v34 : f32, !llvm.ptr
      llvm.store %v42, %v35 : f32, !llvm.ptr
      llvm.store %v42, %v36 : f32, !llvm.ptr
      llvm.store %v41, %v37 : f32, !llvm.ptr
      llvm.store %v41, %v38 : f32, !llvm.ptr
      llvm.store %v41, %v39 : f32, !llvm.ptr
      llvm.store %v41, %v40 : f32, !llvm.ptr
      scf.if %v12 {
        scf.if %v26 {
          %v43 = llvm.getelementptr %slice_carry[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v44 = llvm.load %v43 : !llvm.ptr -> f32
          llvm.store %v44, %v33 : f32, !llvm.ptr
          %v45 = arith.addi %v2, %v25 : i64
          %v46 = llvm.getelementptr %slice_carry[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v47 = llvm.load %v46 : !llvm.ptr -> f32
          llvm.store %v47, %v34 : f32, !llvm.ptr
          %v49 = arith.muli %v48, %v2 : i64
          %v50 = arith.addi %v49, %v25 : i64
          %v51 = llvm.getelementptr %slice_carry[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v52 = llvm.load %v51 : !llvm.ptr -> f32
          llvm.store %v52, %v35 : f32, !llvm.ptr
          %v54 = arith.muli %v53, %v2 : i64
          %v55 = arith.addi %v54, %v25 : i64
          %v56 = llvm.getelementptr %slice_carry[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v57 = llvm.load %v56 : !llvm.ptr -> f32
          llvm.store %v57, %v36 : f32, !llvm.ptr
          %v59 = arith.muli %v58, %v2 : i64
          %v60 = arith.addi %v59, %v25 : i64
          %v61 = llvm.getelementptr %slice_carry[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v62 = llvm.load %v61 : !llvm.ptr -> f32
          llvm.store %v62, %v37 : f32, !llvm.ptr
          %v64 = arith.muli %v63, %v2 : i64
          %v65 = arith.addi %v64, %v25 : i64
          %v66 = llvm.getelementptr %slice_carry[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v67 = llvm.load %v66 : !llvm.ptr -> f32
          llvm.store %v67, %v38 : f32, !llvm.ptr
          %v69 = arith.muli %v68, %v2 : i64
          %v70 = arith.addi %v69, %v25 : i64
          %v71 = llvm.getelementptr %slice_carry[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          llvm.store %v72, %v39 : f32, !llvm.ptr
          %v74 = arith.muli %v73, %v2 : i64
          %v75 = arith.addi %v74, %v25 : i64
          %v76 = llvm.getelementptr %slice_carry[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 : !llvm.ptr -> f32
          llvm.store %v77, %v40 : f32, !llvm.ptr
        }
      }
      scf.if %v11 {
        %v78 = arith.muli %v31, %size_D : i64
        %v79 = arith.addi %v78, %v29 : i64
        %v80 = llvm.getelementptr %dy_h_last[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v81 = llvm.load %v80 : !llvm.ptr -> f32
        %v82 = llvm.load %v33 : !llvm.ptr -> f32
        %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
        llvm.store %v83, %v33 : f32, !llvm.ptr
        %v84 = arith.muli %v31, %size_D : i64
        %v85 = arith.addi %v84, %v29 : i64
        %v86 = llvm.getelementptr %dy_hp_last[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v87 = llvm.load %v86 : !llvm.ptr -> f32
        %v88 = llvm.load %v34 : !llvm.ptr -> f32
        %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
        llvm.store %v89, %v34 : f32, !llvm.ptr
      }
      %v90 = arith.cmpi eq, %size_L, %v9 : i64
      scf.if %v90 {
        %v91 = arith.muli %v31, %size_D : i64
        %v92 = arith.addi %v91, %v29 : i64
        %v93 = llvm.mlir.zero : !llvm.ptr
        %v94 = llvm.icmp "ne" %in_h0, %v93 : !llvm.ptr
        %v95 = scf.if %v94 -> (f32) {
          %v96 = llvm.getelementptr %in_h0[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v97 = llvm.load %v96 : !llvm.ptr -> f32
          scf.yield %v97 : f32
        } else {
          scf.yield %v41 : f32
        }
        llvm.store %v95, %v17 : f32, !llvm.ptr
        %v98 = arith.muli %v31, %size_D : i64
        %v99 = arith.addi %v98, %v29 : i64
        %v100 = llvm.mlir.zero : !llvm.ptr
        %v101 = llvm.icmp "ne" %in_hp0, %v100 : !llvm.ptr
        %v102 = scf.if %v101 -> (f32) {
          %v103 = llvm.getelementptr %in_hp0[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v104 = llvm.load %v103 : !llvm.ptr -> f32
          scf.yield %v104 : f32
        } else {
          scf.yield %v41 : f32
        }
        llvm.store %v102, %v18 : f32, !llvm.ptr
      }
      %v106 = arith.addi %size_L, %v6 : i64
      %v107 = arith.divui %v106, %v3 : i64
      %v108 = arith.minsi %v8, %v107 : i64
      %v109 = arith.subi %v108, %v4 : i64
      %v110 = arith.maxsi %v109, %v9 : i64
      %v111 = arith.index_cast %v9 : i64 to index
      %v112 = arith.index_cast %v110 : i64 to index
      %v113 = arith.index_cast %v1 : i64 to index
      scf.for %v114 = %v111 to %v112 step %v113 {
        %v115 = arith.index_cast %v114 : index to i64
        %v116 = arith.subi %v108, %v1 : i64
        %v117 = arith.subi %v116, %v115 : i64
        %v118 = arith.muli %v117, %v3 : i64
        %v119 = arith.subi %size_L, %v118 : i64
        %v120 = arith.minsi %v119, %v3 : i64
        %v121 = arith.addi %v120, %v73 : i64
        %v122 = arith.divui %v121, %v105 : i64
        %v123 = arith.subi %v120, %v1 : i64
        %v125 = arith.muli %v117, %v124 : i64
        %v126 = arith.muli %v31, %size_D : i64
        %v127 = arith.addi %v126, %v29 : i64
        %v128 = arith.addi %v125, %v127 : i64
        %v129 = llvm.getelementptr %ckpt_h[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v130 = llvm.load %v129 : !llvm.ptr -> f32
        llvm.store %v130, %v15 : f32, !llvm.ptr
        %v132 = arith.muli %v117, %v131 : i64
        %v133 = arith.muli %v31, %size_D : i64
        %v134 = arith.addi %v133, %v29 : i64
        %v135 = arith.addi %v132, %v134 : i64
        %v136 = llvm.getelementptr %ckpt_hp[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v137 = llvm.load %v136 : !llvm.ptr -> f32
        llvm.store %v137, %v16 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v138 = arith.index_cast %v9 : i64 to index
        %v139 = arith.index_cast %v122 : i64 to index
        %v140 = arith.index_cast %v1 : i64 to index
        scf.for %v141 = %v138 to %v139 step %v140 {
          %v142 = arith.index_cast %v141 : index to i64
          scf.if %v26 {
            %v143 = llvm.load %v15 : !llvm.ptr -> f32
            %v144 = arith.muli %v142, %v2 : i64
            %v145 = arith.subi %v2, %v1 : i64
            %v146 = arith.minsi %v25, %v145 : i64
            %v147 = arith.addi %v144, %v146 : i64
            %v148 = llvm.getelementptr %scratch_h[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v143, %v148 : f32, !llvm.ptr
            %v149 = llvm.load %v16 : !llvm.ptr -> f32
            %v150 = arith.muli %v142, %v2 : i64
            %v151 = arith.subi %v2, %v1 : i64
            %v152 = arith.minsi %v25, %v151 : i64
            %v153 = arith.addi %v150, %v152 : i64
            %v154 = llvm.getelementptr %scratch_hp[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v149, %v154 : f32, !llvm.ptr
          }
          %v155 = arith.muli %v142, %v105 : i64
          %v156 = arith.subi %v120, %v155 : i64
          %v157 = arith.trunci %v156 : i64 to i32
          %v158 = arith.index_cast %v9 : i64 to index
          %v159 = arith.index_cast %v105 : i64 to index
          %v160 = arith.index_cast %v1 : i64 to index
          scf.for %v161 = %v158 to %v159 step %v160 {
            %v162 = arith.index_cast %v161 : index to i64
            %v163 = arith.trunci %v162 : i64 to i32
            %v164 = arith.addi %v155, %v162 : i64
            %v165 = arith.cmpi slt, %v163, %v157 : i32
            scf.if %v165 {
              %v166 = arith.addi %v118, %v164 : i64
              %v169 = arith.muli %v31, %v168 : i64
              %v170 = arith.muli %v29, %size_L : i64
              %v171 = arith.addi %v169, %v170 : i64
              %v172 = arith.addi %v171, %v166 : i64
              %v173 = llvm.getelementptr %in_rho[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v174 = llvm.load %v173 : !llvm.ptr -> f32
              %v175 = arith.negf %v174 : f32
              %v177 = arith.mulf %v175, %v176 fastmath<contract> : f32
              %v178 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v177) : (f32) -> f32
              %v179 = arith.addf %v42, %v178 fastmath<contract> : f32
              %v180 = arith.divf %v42, %v179 : f32
              %v181 = arith.mulf %v167, %v180 fastmath<contract> : f32
              %v182 = arith.muli %v31, %v168 : i64
              %v183 = arith.muli %v29, %size_L : i64
              %v184 = arith.addi %v182, %v183 : i64
              %v185 = arith.addi %v184, %v166 : i64
              %v186 = llvm.getelementptr %in_theta[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v187 = llvm.load %v186 : !llvm.ptr -> f32
              %v189 = arith.mulf %v187, %v188 fastmath<contract> : f32
              %v190 = llvm.call_intrinsic "llvm.roundeven.f32"(%v189) : (f32) -> f32
              %v193 = arith.mulf %v190, %v191 fastmath<contract> : f32
              %v194 = arith.subf %v187, %v193 fastmath<contract> : f32
              %v195 = arith.mulf %v190, %v192 fastmath<contract> : f32
              %v196 = arith.subf %v194, %v195 fastmath<contract> : f32
              %v197 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v196) : (f32) -> f32
              %v198 = arith.mulf %v181, %v197 fastmath<contract> : f32
              %v199 = arith.muli %v31, %v168 : i64
              %v200 = arith.muli %v29, %size_L : i64
              %v201 = arith.addi %v199, %v200 : i64
              %v202 = arith.addi %v201, %v166 : i64
              %v203 = llvm.getelementptr %in_x[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v204 = llvm.load %v203 : !llvm.ptr -> f32
              %v205 = llvm.load %v15 : !llvm.ptr -> f32
              %v206 = arith.mulf %v198, %v205 fastmath<contract> : f32
              %v207 = arith.addf %v206, %v204 fastmath<contract> : f32
              %v208 = arith.mulf %v180, %v180 fastmath<contract> : f32
              %v209 = arith.negf %v208 : f32
              %v210 = llvm.load %v16 : !llvm.ptr -> f32
              %v211 = arith.mulf %v209, %v210 fastmath<contract> : f32
              %v212 = arith.addf %v207, %v211 fastmath<contract> : f32
              %v213 = llvm.load %v16 : !llvm.ptr -> f32
              %v214 = arith.mulf %v41, %v213 fastmath<contract> : f32
              %v215 = arith.addf %v214, %v41 fastmath<contract> : f32
              %v216 = llvm.load %v15 : !llvm.ptr -> f32
              %v217 = arith.mulf %v42, %v216 fastmath<contract> : f32
              %v218 = arith.addf %v215, %v217 fastmath<contract> : f32
              llvm.store %v212, %v15 : f32, !llvm.ptr
              llvm.store %v218, %v16 : f32, !llvm.ptr
            }
          }
        }
        %v219 = arith.index_cast %v9 : i64 to index
        %v220 = arith.index_cast %v1 : i64 to index
        %v221 = arith.index_cast %v1 : i64 to index
        scf.for %v222 = %v219 to %v220 step %v221 {
          %v223 = arith.index_cast %v222 : index to i64
          %v224 = arith.index_cast %v9 : i64 to index
          %v225 = arith.index_cast %v122 : i64 to index
          %v226 = arith.index_cast %v1 : i64 to index
          scf.for %v227 = %v224 to %v225 step %v226 {
            %v228 = arith.index_cast %v227 : index to i64
            %v229 = arith.cmpi slt, %v228, %v122 : i64
            scf.if %v229 {
              %v230 = arith.subi %v122, %v1 : i64
              %v231 = arith.subi %v230, %v228 : i64
              %v232 = arith.muli %v231, %v105 : i64
              %v233 = arith.addi %v232, %v105 : i64
              %v234 = arith.cmpi sle, %v233, %v120 : i64
              scf.if %v234 {
                %v235 = arith.subi %v120, %v1 : i64
                %v236 = arith.muli %v231, %v2 : i64
                %v237 = arith.subi %v2, %v1 : i64
                %v238 = arith.minsi %v25, %v237 : i64
                %v239 = arith.addi %v236, %v238 : i64
                %v240 = llvm.getelementptr %scratch_h[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v241 = llvm.load %v240 : !llvm.ptr -> f32
                %v242 = arith.muli %v231, %v2 : i64
                %v243 = arith.subi %v2, %v1 : i64
                %v244 = arith.minsi %v25, %v243 : i64
                %v245 = arith.addi %v242, %v244 : i64
                %v246 = llvm.getelementptr %scratch_hp[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v247 = llvm.load %v246 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v248 = arith.minsi %v232, %v235 : i64
                %v249 = arith.addi %v118, %v248 : i64
                %v250 = arith.muli %v31, %v168 : i64
                %v251 = arith.muli %v29, %size_L : i64
                %v252 = arith.addi %v250, %v251 : i64
                %v253 = arith.addi %v252, %v249 : i64
                %v254 = llvm.getelementptr %in_rho[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v255 = llvm.load %v254 : !llvm.ptr -> f32
                %v256 = arith.negf %v255 : f32
                %v257 = arith.mulf %v256, %v176 fastmath<contract> : f32
                %v258 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v257) : (f32) -> f32
                %v259 = arith.addf %v42, %v258 fastmath<contract> : f32
                %v260 = arith.divf %v42, %v259 : f32
                %v261 = arith.mulf %v167, %v260 fastmath<contract> : f32
                %v262 = arith.muli %v31, %v168 : i64
                %v263 = arith.muli %v29, %size_L : i64
                %v264 = arith.addi %v262, %v263 : i64
                %v265 = arith.addi %v264, %v249 : i64
                %v266 = llvm.getelementptr %in_theta[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v267 = llvm.load %v266 : !llvm.ptr -> f32
                %v268 = arith.mulf %v267, %v188 fastmath<contract> : f32
                %v269 = llvm.call_intrinsic "llvm.roundeven.f32"(%v268) : (f32) -> f32
                %v270 = arith.mulf %v269, %v191 fastmath<contract> : f32
                %v271 = arith.subf %v267, %v270 fastmath<contract> : f32
                %v272 = arith.mulf %v269, %v192 fastmath<contract> : f32
                %v273 = arith.subf %v271, %v272 fastmath<contract> : f32
                %v274 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v273) : (f32) -> f32
                %v275 = arith.mulf %v261, %v274 fastmath<contract> : f32
                %v276 = arith.muli %v31, %v168 : i64
                %v277 = arith.muli %v29, %size_L : i64
                %v278 = arith.addi %v276, %v277 : i64
                %v279 = arith.addi %v278, %v249 : i64
                %v280 = llvm.getelementptr %in_x[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v281 = llvm.load %v280 : !llvm.ptr -> f32
                %v282 = arith.mulf %v275, %v241 fastmath<contract> : f32
                %v283 = arith.addf %v282, %v281 fastmath<contract> : f32
                %v284 = arith.mulf %v260, %v260 fastmath<contract> : f32
                %v285 = arith.negf %v284 : f32
                %v286 = arith.mulf %v285, %v247 fastmath<contract> : f32
                %v287 = arith.addf %v283, %v286 fastmath<contract> : f32
                %v288 = arith.mulf %v41, %v247 fastmath<contract> : f32
                %v289 = arith.addf %v288, %v41 fastmath<contract> : f32
                %v290 = arith.mulf %v42, %v241 fastmath<contract> : f32
                %v291 = arith.addf %v289, %v290 fastmath<contract> : f32
                %v292 = arith.addi %v232, %v1 : i64
                %v293 = arith.minsi %v292, %v235 : i64
                %v294 = arith.addi %v118, %v293 : i64
                %v295 = arith.muli %v31, %v168 : i64
                %v296 = arith.muli %v29, %size_L : i64
                %v297 = arith.addi %v295, %v296 : i64
                %v298 = arith.addi %v297, %v294 : i64
                %v299 = llvm.getelementptr %in_rho[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v300 = llvm.load %v299 : !llvm.ptr -> f32
                %v301 = arith.negf %v300 : f32
                %v302 = arith.mulf %v301, %v176 fastmath<contract> : f32
                %v303 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v302) : (f32) -> f32
                %v304 = arith.addf %v42, %v303 fastmath<contract> : f32
                %v305 = arith.divf %v42, %v304 : f32
                %v306 = arith.mulf %v167, %v305 fastmath<contract> : f32
                %v307 = arith.muli %v31, %v168 : i64
                %v308 = arith.muli %v29, %size_L : i64
                %v309 = arith.addi %v307, %v308 : i64
                %v310 = arith.addi %v309, %v294 : i64
                %v311 = llvm.getelementptr %in_theta[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v312 = llvm.load %v311 : !llvm.ptr -> f32
                %v313 = arith.mulf %v312, %v188 fastmath<contract> : f32
                %v314 = llvm.call_intrinsic "llvm.roundeven.f32"(%v313) : (f32) -> f32
                %v315 = arith.mulf %v314, %v191 fastmath<contract> : f32
                %v316 = arith.subf %v312, %v315 fastmath<contract> : f32
                %v317 = arith.mulf %v314, %v192 fastmath<contract> : f32
                %v318 = arith.subf %v316, %v317 fastmath<contract> : f32
                %v319 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v318) : (f32) -> f32
                %v320 = arith.mulf %v306, %v319 fastmath<contract> : f32
                %v321 = arith.muli %v31, %v168 : i64
                %v322 = arith.muli %v29, %size_L : i64
                %v323 = arith.addi %v321, %v322 : i64
                %v324 = arith.addi %v323, %v294 : i64
                %v325 = llvm.getelementptr %in_x[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v326 = llvm.load %v325 : !llvm.ptr -> f32
                %v327 = arith.mulf %v320, %v287 fastmath<contract> : f32
                %v328 = arith.addf %v327, %v326 fastmath<contract> : f32
                %v329 = arith.mulf %v305, %v305 fastmath<contract> : f32
                %v330 = arith.negf %v329 : f32
                %v331 = arith.mulf %v330, %v291 fastmath<contract> : f32
                %v332 = arith.addf %v328, %v331 fastmath<contract> : f32
                %v333 = arith.mulf %v41, %v291 fastmath<contract> : f32
                %v334 = arith.addf %v333, %v41 fastmath<contract> : f32
                %v335 = arith.mulf %v42, %v287 fastmath<contract> : f32
                %v336 = arith.addf %v334, %v335 fastmath<contract> : f32
                %v337 = arith.addi %v232, %v48 : i64
                %v338 = arith.minsi %v337, %v235 : i64
                %v339 = arith.addi %v118, %v338 : i64
                %v340 = arith.muli %v31, %v168 : i64
                %v341 = arith.muli %v29, %size_L : i64
                %v342 = arith.addi %v340, %v341 : i64
                %v343 = arith.addi %v342, %v339 : i64
                %v344 = llvm.getelementptr %in_rho[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v345 = llvm.load %v344 : !llvm.ptr -> f32
                %v346 = arith.negf %v345 : f32
                %v347 = arith.mulf %v346, %v176 fastmath<contract> : f32
                %v348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v347) : (f32) -> f32
                %v349 = arith.addf %v42, %v348 fastmath<contract> : f32
                %v350 = arith.divf %v42, %v349 : f32
                %v351 = arith.mulf %v167, %v350 fastmath<contract> : f32
                %v352 = arith.muli %v31, %v168 : i64
                %v353 = arith.muli %v29, %size_L : i64
                %v354 = arith.addi %v352, %v353 : i64
                %v355 = arith.addi %v354, %v339 : i64
                %v356 = llvm.getelementptr %in_theta[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v357 = llvm.load %v356 : !llvm.ptr -> f32
                %v358 = arith.mulf %v357, %v188 fastmath<contract> : f32
                %v359 = llvm.call_intrinsic "llvm.roundeven.f32"(%v358) : (f32) -> f32
                %v360 = arith.mulf %v359, %v191 fastmath<contract> : f32
                %v361 = arith.subf %v357, %v360 fastmath<contract> : f32
                %v362 = arith.mulf %v359, %v192 fastmath<contract> : f32
                %v363 = arith.subf %v361, %v362 fastmath<contract> : f32
                %v364 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v363) : (f32) -> f32
                %v365 = arith.mulf %v351, %v364 fastmath<contract> : f32
                %v366 = arith.muli %v31, %v168 : i64
                %v367 = arith.muli %v29, %size_L : i64
                %v368 = arith.addi %v366, %v367 : i64
                %v369 = arith.addi %v368, %v339 : i64
                %v370 = llvm.getelementptr %in_x[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v371 = llvm.load %v370 : !llvm.ptr -> f32
                %v372 = arith.mulf %v365, %v332 fastmath<contract> : f32
                %v373 = arith.addf %v372, %v371 fastmath<contract> : f32
                %v374 = arith.mulf %v350, %v350 fastmath<contract> : f32
                %v375 = arith.negf %v374 : f32
                %v376 = arith.mulf %v375, %v336 fastmath<contract> : f32
                %v377 = arith.addf %v373, %v376 fastmath<contract> : f32
                %v378 = arith.mulf %v41, %v336 fastmath<contract> : f32
                %v379 = arith.addf %v378, %v41 fastmath<contract> : f32
                %v380 = arith.mulf %v42, %v332 fastmath<contract> : f32
                %v381 = arith.addf %v379, %v380 fastmath<contract> : f32
                %v382 = arith.addi %v232, %v53 : i64
                %v383 = arith.minsi %v382, %v235 : i64
                %v384 = arith.addi %v118, %v383 : i64
                %v385 = arith.muli %v31, %v168 : i64
                %v386 = arith.muli %v29, %size_L : i64
                %v387 = arith.addi %v385, %v386 : i64
                %v388 = arith.addi %v387, %v384 : i64
                %v389 = llvm.getelementptr %in_rho[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v390 = llvm.load %v389 : !llvm.ptr -> f32
                %v391 = arith.negf %v390 : f32
                %v392 = arith.mulf %v391, %v176 fastmath<contract> : f32
                %v393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v392) : (f32) -> f32
                %v394 = arith.addf %v42, %v393 fastmath<contract> : f32
                %v395 = arith.divf %v42, %v394 : f32
                %v396 = arith.mulf %v167, %v395 fastmath<contract> : f32
                %v397 = arith.muli %v31, %v168 : i64
                %v398 = arith.muli %v29, %size_L : i64
                %v399 = arith.addi %v397, %v398 : i64
                %v400 = arith.addi %v399, %v384 : i64
                %v401 = llvm.getelementptr %in_theta[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v402 = llvm.load %v401 : !llvm.ptr -> f32
                %v403 = arith.mulf %v402, %v188 fastmath<contract> : f32
                %v404 = llvm.call_intrinsic "llvm.roundeven.f32"(%v403) : (f32) -> f32
                %v405 = arith.mulf %v404, %v191 fastmath<contract> : f32
                %v406 = arith.subf %v402, %v405 fastmath<contract> : f32
                %v407 = arith.mulf %v404, %v192 fastmath<contract> : f32
                %v408 = arith.subf %v406, %v407 fastmath<contract> : f32
                %v409 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v408) : (f32) -> f32
                %v410 = arith.mulf %v396, %v409 fastmath<contract> : f32
                %v411 = arith.muli %v31, %v168 : i64
                %v412 = arith.muli %v29, %size_L : i64
                %v413 = arith.addi %v411, %v412 : i64
                %v414 = arith.addi %v413, %v384 : i64
                %v415 = llvm.getelementptr %in_x[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v416 = llvm.load %v415 : !llvm.ptr -> f32
                %v417 = arith.mulf %v410, %v377 fastmath<contract> : f32
                %v418 = arith.addf %v417, %v416 fastmath<contract> : f32
                %v419 = arith.mulf %v395, %v395 fastmath<contract> : f32
                %v420 = arith.negf %v419 : f32
                %v421 = arith.mulf %v420, %v381 fastmath<contract> : f32
                %v422 = arith.addf %v418, %v421 fastmath<contract> : f32
                %v423 = arith.mulf %v41, %v381 fastmath<contract> : f32
                %v424 = arith.addf %v423, %v41 fastmath<contract> : f32
                %v425 = arith.mulf %v42, %v377 fastmath<contract> : f32
                %v426 = arith.addf %v424, %v425 fastmath<contract> : f32
                %v427 = arith.addi %v232, %v58 : i64
                %v428 = arith.minsi %v427, %v235 : i64
                %v429 = arith.addi %v118, %v428 : i64
                %v430 = arith.muli %v31, %v168 : i64
                %v431 = arith.muli %v29, %size_L : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = arith.addi %v432, %v429 : i64
                %v434 = llvm.getelementptr %in_rho[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v435 = llvm.load %v434 : !llvm.ptr -> f32
                %v436 = arith.negf %v435 : f32
                %v437 = arith.mulf %v436, %v176 fastmath<contract> : f32
                %v438 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v437) : (f32) -> f32
                %v439 = arith.addf %v42, %v438 fastmath<contract> : f32
                %v440 = arith.divf %v42, %v439 : f32
                %v441 = arith.mulf %v167, %v440 fastmath<contract> : f32
                %v442 = arith.muli %v31, %v168 : i64
                %v443 = arith.muli %v29, %size_L : i64
                %v444 = arith.addi %v442, %v443 : i64
                %v445 = arith.addi %v444, %v429 : i64
                %v446 = llvm.getelementptr %in_theta[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v447 = llvm.load %v446 : !llvm.ptr -> f32
                %v448 = arith.mulf %v447, %v188 fastmath<contract> : f32
                %v449 = llvm.call_intrinsic "llvm.roundeven.f32"(%v448) : (f32) -> f32
                %v450 = arith.mulf %v449, %v191 fastmath<contract> : f32
                %v451 = arith.subf %v447, %v450 fastmath<contract> : f32
                %v452 = arith.mulf %v449, %v192 fastmath<contract> : f32
                %v453 = arith.subf %v451, %v452 fastmath<contract> : f32
                %v454 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v453) : (f32) -> f32
                %v455 = arith.mulf %v441, %v454 fastmath<contract> : f32
                %v456 = arith.muli %v31, %v168 : i64
                %v457 = arith.muli %v29, %size_L : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = arith.addi %v458, %v429 : i64
                %v460 = llvm.getelementptr %in_x[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v461 = llvm.load %v460 : !llvm.ptr -> f32
                %v462 = arith.mulf %v455, %v422 fastmath<contract> : f32
                %v463 = arith.addf %v462, %v461 fastmath<contract> : f32
                %v464 = arith.mulf %v440, %v440 fastmath<contract> : f32
                %v465 = arith.negf %v464 : f32
                %v466 = arith.mulf %v465, %v426 fastmath<contract> : f32
                %v467 = arith.addf %v463, %v466 fastmath<contract> : f32
                %v468 = arith.mulf %v41, %v426 fastmath<contract> : f32
                %v469 = arith.addf %v468, %v41 fastmath<contract> : f32
                %v470 = arith.mulf %v42, %v422 fastmath<contract> : f32
                %v471 = arith.addf %v469, %v470 fastmath<contract> : f32
                %v472 = arith.addi %v232, %v63 : i64
                %v473 = arith.minsi %v472, %v235 : i64
                %v474 = arith.addi %v118, %v473 : i64
                %v475 = arith.muli %v31, %v168 : i64
                %v476 = arith.muli %v29, %size_L : i64
                %v477 = arith.addi %v475, %v476 : i64
                %v478 = arith.addi %v477, %v474 : i64
                %v479 = llvm.getelementptr %in_rho[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v480 = llvm.load %v479 : !llvm.ptr -> f32
                %v481 = arith.negf %v480 : f32
                %v482 = arith.mulf %v481, %v176 fastmath<contract> : f32
                %v483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v482) : (f32) -> f32
                %v484 = arith.addf %v42, %v483 fastmath<contract> : f32
                %v485 = arith.divf %v42, %v484 : f32
                %v486 = arith.mulf %v167, %v485 fastmath<contract> : f32
                %v487 = arith.muli %v31, %v168 : i64
                %v488 = arith.muli %v29, %size_L : i64
                %v489 = arith.addi %v487, %v488 : i64
                %v490 = arith.addi %v489, %v474 : i64
                %v491 = llvm.getelementptr %in_theta[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v492 = llvm.load %v491 : !llvm.ptr -> f32
                %v493 = arith.mulf %v492, %v188 fastmath<contract> : f32
                %v494 = llvm.call_intrinsic "llvm.roundeven.f32"(%v493) : (f32) -> f32
                %v495 = arith.mulf %v494, %v191 fastmath<contract> : f32
                %v496 = arith.subf %v492, %v495 fastmath<contract> : f32
                %v497 = arith.mulf %v494, %v192 fastmath<contract> : f32
                %v498 = arith.subf %v496, %v497 fastmath<contract> : f32
                %v499 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v498) : (f32) -> f32
                %v500 = arith.mulf %v486, %v499 fastmath<contract> : f32
                %v501 = arith.muli %v31, %v168 : i64
                %v502 = arith.muli %v29, %size_L : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = arith.addi %v503, %v474 : i64
                %v505 = llvm.getelementptr %in_x[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v506 = llvm.load %v505 : !llvm.ptr -> f32
                %v507 = arith.mulf %v500, %v467 fastmath<contract> : f32
                %v508 = arith.addf %v507, %v506 fastmath<contract> : f32
                %v509 = arith.mulf %v485, %v485 fastmath<contract> : f32
                %v510 = arith.negf %v509 : f32
                %v511 = arith.mulf %v510, %v471 fastmath<contract> : f32
                %v512 = arith.addf %v508, %v511 fastmath<contract> : f32
                %v513 = arith.mulf %v41, %v471 fastmath<contract> : f32
                %v514 = arith.addf %v513, %v41 fastmath<contract> : f32
                %v515 = arith.mulf %v42, %v467 fastmath<contract> : f32
                %v516 = arith.addf %v514, %v515 fastmath<contract> : f32
                %v517 = arith.addi %v232, %v68 : i64
                %v518 = arith.minsi %v517, %v235 : i64
                %v519 = arith.addi %v118, %v518 : i64
                %v520 = arith.muli %v31, %v168 : i64
                %v521 = arith.muli %v29, %size_L : i64
                %v522 = arith.addi %v520, %v521 : i64
                %v523 = arith.addi %v522, %v519 : i64
                %v524 = llvm.getelementptr %in_rho[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v525 = llvm.load %v524 : !llvm.ptr -> f32
                %v526 = arith.negf %v525 : f32
                %v527 = arith.mulf %v526, %v176 fastmath<contract> : f32
                %v528 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v527) : (f32) -> f32
                %v529 = arith.addf %v42, %v528 fastmath<contract> : f32
                %v530 = arith.divf %v42, %v529 : f32
                %v531 = arith.mulf %v167, %v530 fastmath<contract> : f32
                %v532 = arith.muli %v31, %v168 : i64
                %v533 = arith.muli %v29, %size_L : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = arith.addi %v534, %v519 : i64
                %v536 = llvm.getelementptr %in_theta[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v537 = llvm.load %v536 : !llvm.ptr -> f32
                %v538 = arith.mulf %v537, %v188 fastmath<contract> : f32
                %v539 = llvm.call_intrinsic "llvm.roundeven.f32"(%v538) : (f32) -> f32
                %v540 = arith.mulf %v539, %v191 fastmath<contract> : f32
                %v541 = arith.subf %v537, %v540 fastmath<contract> : f32
                %v542 = arith.mulf %v539, %v192 fastmath<contract> : f32
                %v543 = arith.subf %v541, %v542 fastmath<contract> : f32
                %v544 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v543) : (f32) -> f32
                %v545 = arith.mulf %v531, %v544 fastmath<contract> : f32
                %v546 = arith.muli %v31, %v168 : i64
                %v547 = arith.muli %v29, %size_L : i64
                %v548 = arith.addi %v546, %v547 : i64
                %v549 = arith.addi %v548, %v519 : i64
                %v550 = llvm.getelementptr %in_x[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v551 = llvm.load %v550 : !llvm.ptr -> f32
                %v552 = arith.mulf %v545, %v512 fastmath<contract> : f32
                %v553 = arith.addf %v552, %v551 fastmath<contract> : f32
                %v554 = arith.mulf %v530, %v530 fastmath<contract> : f32
                %v555 = arith.negf %v554 : f32
                %v556 = arith.mulf %v555, %v516 fastmath<contract> : f32
                %v557 = arith.addf %v553, %v556 fastmath<contract> : f32
                %v558 = arith.mulf %v41, %v516 fastmath<contract> : f32
                %v559 = arith.addf %v558, %v41 fastmath<contract> : f32
                %v560 = arith.mulf %v42, %v512 fastmath<contract> : f32
                %v561 = arith.addf %v559, %v560 fastmath<contract> : f32
                %v562 = arith.addi %v232, %v73 : i64
                %v563 = arith.minsi %v562, %v235 : i64
                %v564 = arith.addi %v118, %v563 : i64
                %v565 = arith.muli %v31, %v168 : i64
                %v566 = arith.muli %v29, %size_L : i64
                %v567 = arith.addi %v565, %v566 : i64
                %v568 = arith.addi %v567, %v564 : i64
                %v569 = llvm.getelementptr %in_rho[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v570 = llvm.load %v569 : !llvm.ptr -> f32
                %v571 = arith.negf %v570 : f32
                %v572 = arith.mulf %v571, %v176 fastmath<contract> : f32
                %v573 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v572) : (f32) -> f32
                %v574 = arith.addf %v42, %v573 fastmath<contract> : f32
                %v575 = arith.divf %v42, %v574 : f32
                %v576 = arith.mulf %v167, %v575 fastmath<contract> : f32
                %v577 = arith.muli %v31, %v168 : i64
                %v578 = arith.muli %v29, %size_L : i64
                %v579 = arith.addi %v577, %v578 : i64
                %v580 = arith.addi %v579, %v564 : i64
                %v581 = llvm.getelementptr %in_theta[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v582 = llvm.load %v581 : !llvm.ptr -> f32
                %v583 = arith.mulf %v582, %v188 fastmath<contract> : f32
                %v584 = llvm.call_intrinsic "llvm.roundeven.f32"(%v583) : (f32) -> f32
                %v585 = arith.mulf %v584, %v191 fastmath<contract> : f32
                %v586 = arith.subf %v582, %v585 fastmath<contract> : f32
                %v587 = arith.mulf %v584, %v192 fastmath<contract> : f32
                %v588 = arith.subf %v586, %v587 fastmath<contract> : f32
                %v589 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v588) : (f32) -> f32
                %v590 = arith.mulf %v576, %v589 fastmath<contract> : f32
                %v591 = arith.muli %v31, %v168 : i64
                %v592 = arith.muli %v29, %size_L : i64
                %v593 = arith.addi %v591, %v592 : i64
                %v594 = arith.addi %v593, %v564 : i64
                %v595 = llvm.getelementptr %in_x[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v596 = llvm.load %v595 : !llvm.ptr -> f32
                %v597 = arith.mulf %v590, %v557 fastmath<contract> : f32
                %v598 = arith.addf %v597, %v596 fastmath<contract> : f32
                %v599 = arith.mulf %v575, %v575 fastmath<contract> : f32
                %v600 = arith.negf %v599 : f32
                %v601 = arith.mulf %v600, %v561 fastmath<contract> : f32
                %v602 = arith.addf %v598, %v601 fastmath<contract> : f32
                %v603 = arith.mulf %v41, %v561 fastmath<contract> : f32
                %v604 = arith.addf %v603, %v41 fastmath<contract> : f32
                %v605 = arith.mulf %v42, %v557 fastmath<contract> : f32
                %v606 = arith.addf %v604, %v605 fastmath<contract> : f32
                %v607 = arith.subi %v120, %v232 : i64
                %v608 = arith.trunci %v607 : i64 to i32
                %v609 = arith.subi %size_L, %v1 : i64
                %v610 = arith.addi %v118, %v232 : i64
                %v611 = arith.subi %v609, %v610 : i64
                %v613 = arith.minsi %v611, %v612 : i64
                %v614 = arith.trunci %v613 : i64 to i32
                %v615 = arith.addi %v232, %v73 : i64
                %v617 = arith.cmpi slt, %v616, %v608 : i32
                %v618 = arith.cmpi eq, %v616, %v614 : i32
                %v619 = arith.addi %v118, %v615 : i64
                %v620 = llvm.load %v33 : !llvm.ptr -> f32
                %v621 = llvm.load %v34 : !llvm.ptr -> f32
                %v622 = arith.muli %v31, %v168 : i64
                %v623 = arith.muli %v29, %size_L : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = arith.addi %v624, %v619 : i64
                %v626 = llvm.getelementptr %dy_y[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v627 = llvm.load %v626 : !llvm.ptr -> f32
                %v628 = llvm.load %v35 : !llvm.ptr -> f32
                %v629 = arith.mulf %v628, %v620 fastmath<contract> : f32
                %v630 = arith.addf %v627, %v629 fastmath<contract> : f32
                %v631 = llvm.load %v37 : !llvm.ptr -> f32
                %v632 = arith.mulf %v631, %v621 fastmath<contract> : f32
                %v633 = arith.addf %v632, %v630 fastmath<contract> : f32
                %v634 = llvm.load %v36 : !llvm.ptr -> f32
                %v635 = arith.mulf %v634, %v621 fastmath<contract> : f32
                %v636 = arith.addf %v41, %v635 fastmath<contract> : f32
                %v637 = llvm.load %v38 : !llvm.ptr -> f32
                %v638 = arith.mulf %v637, %v620 fastmath<contract> : f32
                %v639 = arith.addf %v638, %v636 fastmath<contract> : f32
                llvm.store %v633, %v33 : f32, !llvm.ptr
                llvm.store %v639, %v34 : f32, !llvm.ptr
                %v640 = llvm.load %v33 : !llvm.ptr -> f32
                scf.if %v26 {
                  %v641 = arith.muli %v31, %v168 : i64
                  %v642 = arith.muli %v29, %size_L : i64
                  %v643 = arith.addi %v641, %v642 : i64
                  %v644 = arith.addi %v643, %v619 : i64
                  %v645 = llvm.getelementptr %dx_x[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v640, %v645 : f32, !llvm.ptr
                }
                %v646 = arith.muli %v31, %v168 : i64
                %v647 = arith.muli %v29, %size_L : i64
                %v648 = arith.addi %v646, %v647 : i64
                %v649 = arith.addi %v648, %v619 : i64
                %v650 = llvm.getelementptr %in_rho[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v651 = llvm.load %v650 : !llvm.ptr -> f32
                %v652 = arith.negf %v651 : f32
                %v653 = arith.mulf %v652, %v176 fastmath<contract> : f32
                %v654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v653) : (f32) -> f32
                %v655 = arith.addf %v42, %v654 fastmath<contract> : f32
                %v656 = arith.divf %v42, %v655 : f32
                %v657 = arith.mulf %v561, %v640 fastmath<contract> : f32
                %v658 = arith.negf %v657 : f32
                %v659 = arith.mulf %v656, %v658 fastmath<contract> : f32
                %v660 = arith.addf %v659, %v659 fastmath<contract> : f32
                %v661 = arith.muli %v31, %v168 : i64
                %v662 = arith.muli %v29, %size_L : i64
                %v663 = arith.addi %v661, %v662 : i64
                %v664 = arith.addi %v663, %v619 : i64
                %v665 = llvm.getelementptr %in_theta[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v666 = llvm.load %v665 : !llvm.ptr -> f32
                %v667 = arith.mulf %v666, %v188 fastmath<contract> : f32
                %v668 = llvm.call_intrinsic "llvm.roundeven.f32"(%v667) : (f32) -> f32
                %v669 = arith.mulf %v668, %v191 fastmath<contract> : f32
                %v670 = arith.subf %v666, %v669 fastmath<contract> : f32
                %v671 = arith.mulf %v668, %v192 fastmath<contract> : f32
                %v672 = arith.subf %v670, %v671 fastmath<contract> : f32
                %v673 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v672) : (f32) -> f32
                %v674 = arith.mulf %v557, %v640 fastmath<contract> : f32
                %v675 = arith.mulf %v673, %v674 fastmath<contract> : f32
                %v676 = arith.mulf %v167, %v675 fastmath<contract> : f32
                %v677 = arith.addf %v660, %v676 fastmath<contract> : f32
                %v678 = arith.subf %v42, %v656 fastmath<contract> : f32
                %v679 = arith.mulf %v656, %v678 fastmath<contract> : f32
                %v680 = arith.mulf %v677, %v679 fastmath<contract> : f32
                scf.if %v26 {
                  %v681 = arith.muli %v31, %v168 : i64
                  %v682 = arith.muli %v29, %size_L : i64
                  %v683 = arith.addi %v681, %v682 : i64
                  %v684 = arith.addi %v683, %v619 : i64
                  %v685 = llvm.getelementptr %dx_rho[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v680, %v685 : f32, !llvm.ptr
                }
                %v686 = arith.mulf %v167, %v656 fastmath<contract> : f32
                %v687 = arith.mulf %v686, %v674 fastmath<contract> : f32
                %v688 = arith.mulf %v666, %v188 fastmath<contract> : f32
                %v689 = llvm.call_intrinsic "llvm.roundeven.f32"(%v688) : (f32) -> f32
                %v690 = arith.mulf %v689, %v191 fastmath<contract> : f32
                %v691 = arith.subf %v666, %v690 fastmath<contract> : f32
                %v692 = arith.mulf %v689, %v192 fastmath<contract> : f32
                %v693 = arith.subf %v691, %v692 fastmath<contract> : f32
                %v694 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v693) : (f32) -> f32
                %v695 = arith.negf %v694 : f32
                %v696 = arith.mulf %v687, %v695 fastmath<contract> : f32
                scf.if %v26 {
                  %v697 = arith.muli %v31, %v168 : i64
                  %v698 = arith.muli %v29, %size_L : i64
                  %v699 = arith.addi %v697, %v698 : i64
                  %v700 = arith.addi %v699, %v619 : i64
                  %v701 = llvm.getelementptr %dx_theta[%v700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v696, %v701 : f32, !llvm.ptr
                }
                %v702 = arith.mulf %v686, %v673 fastmath<contract> : f32
                llvm.store %v702, %v35 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                llvm.store %v41, %v36 : f32, !llvm.ptr
                %v703 = arith.mulf %v656, %v656 fastmath<contract> : f32
                %v704 = arith.negf %v703 : f32
                llvm.store %v704, %v38 : f32, !llvm.ptr
                %v705 = arith.addi %v232, %v68 : i64
                %v707 = arith.cmpi slt, %v706, %v608 : i32
                %v708 = arith.cmpi eq, %v706, %v614 : i32
                %v709 = arith.addi %v118, %v705 : i64
                %v710 = llvm.load %v33 : !llvm.ptr -> f32
                %v711 = llvm.load %v34 : !llvm.ptr -> f32
                %v712 = arith.muli %v31, %v168 : i64
                %v713 = arith.muli %v29, %size_L : i64
                %v714 = arith.addi %v712, %v713 : i64
                %v715 = arith.addi %v714, %v709 : i64
                %v716 = llvm.getelementptr %dy_y[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v717 = llvm.load %v716 : !llvm.ptr -> f32
                %v718 = llvm.load %v35 : !llvm.ptr -> f32
                %v719 = arith.mulf %v718, %v710 fastmath<contract> : f32
                %v720 = arith.addf %v717, %v719 fastmath<contract> : f32
                %v721 = llvm.load %v37 : !llvm.ptr -> f32
                %v722 = arith.mulf %v721, %v711 fastmath<contract> : f32
                %v723 = arith.addf %v722, %v720 fastmath<contract> : f32
                %v724 = llvm.load %v36 : !llvm.ptr -> f32
                %v725 = arith.mulf %v724, %v711 fastmath<contract> : f32
                %v726 = arith.addf %v41, %v725 fastmath<contract> : f32
                %v727 = llvm.load %v38 : !llvm.ptr -> f32
                %v728 = arith.mulf %v727, %v710 fastmath<contract> : f32
                %v729 = arith.addf %v728, %v726 fastmath<contract> : f32
                llvm.store %v723, %v33 : f32, !llvm.ptr
                llvm.store %v729, %v34 : f32, !llvm.ptr
                %v730 = llvm.load %v33 : !llvm.ptr -> f32
                scf.if %v26 {
                  %v731 = arith.muli %v31, %v168 : i64
                  %v732 = arith.muli %v29, %size_L : i64
                  %v733 = arith.addi %v731, %v732 : i64
                  %v734 = arith.addi %v733, %v709 : i64
                  %v735 = llvm.getelementptr %dx_x[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v730, %v735 : f32, !llvm.ptr
                }
                %v736 = arith.muli %v31, %v168 : i64
                %v737 = arith.muli %v29, %size_L : i64
                %v738 = arith.addi %v736, %v737 : i64
                %v739 = arith.addi %v738, %v709 : i64
                %v740 = llvm.getelementptr %in_rho[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v741 = llvm.load %v740 : !llvm.ptr -> f32
                %v742 = arith.negf %v741 : f32
                %v743 = arith.mulf %v742, %v176 fastmath<contract> : f32
                %v744 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v743) : (f32) -> f32
                %v745 = arith.addf %v42, %v744 fastmath<contract> : f32
                %v746 = arith.divf %v42, %v745 : f32
                %v747 = arith.mulf %v516, %v730 fastmath<contract> : f32
                %v748 = arith.negf %v747 : f32
                %v749 = arith.mulf %v746, %v748 fastmath<contract> : f32
                %v750 = arith.addf %v749, %v749 fastmath<contract> : f32
                %v751 = arith.muli %v31, %v168 : i64
                %v752 = arith.muli %v29, %size_L : i64
                %v753 = arith.addi %v751, %v752 : i64
                %v754 = arith.addi %v753, %v709 : i64
                %v755 = llvm.getelementptr %in_theta[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v756 = llvm.load %v755 : !llvm.ptr -> f32
                %v757 = arith.mulf %v756, %v188 fastmath<contract> : f32
                %v758 = llvm.call_intrinsic "llvm.roundeven.f32"(%v757) : (f32) -> f32
                %v759 = arith.mulf %v758, %v191 fastmath<contract> : f32
                %v760 = arith.subf %v756, %v759 fastmath<contract> : f32
                %v761 = arith.mulf %v758, %v192 fastmath<contract> : f32
                %v762 = arith.subf %v760, %v761 fastmath<contract> : f32
                %v763 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v762) : (f32) -> f32
                %v764 = arith.mulf %v512, %v730 fastmath<contract> : f32
                %v765 = arith.mulf %v763, %v764 fastmath<contract> : f32
                %v766 = arith.mulf %v167, %v765 fastmath<contract> : f32
                %v767 = arith.addf %v750, %v766 fastmath<contract> : f32
                %v768 = arith.subf %v42, %v746 fastmath<contract> : f32
                %v769 = arith.mulf %v746, %v768 fastmath<contract> : f32
                %v770 = arith.mulf %v767, %v769 fastmath<contract> : f32
                scf.if %v26 {
                  %v771 = arith.muli %v31, %v168 : i64
                  %v772 = arith.muli %v29, %size_L : i64
                  %v773 = arith.addi %v771, %v772 : i64
                  %v774 = arith.addi %v773, %v709 : i64
                  %v775 = llvm.getelementptr %dx_rho[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v770, %v775 : f32, !llvm.ptr
                }
                %v776 = arith.mulf %v167, %v746 fastmath<contract> : f32
                %v777 = arith.mulf %v776, %v764 fastmath<contract> : f32
                %v778 = arith.mulf %v756, %v188 fastmath<contract> : f32
                %v779 = llvm.call_intrinsic "llvm.roundeven.f32"(%v778) : (f32) -> f32
                %v780 = arith.mulf %v779, %v191 fastmath<contract> : f32
                %v781 = arith.subf %v756, %v780 fastmath<contract> : f32
                %v782 = arith.mulf %v779, %v192 fastmath<contract> : f32
                %v783 = arith.subf %v781, %v782 fastmath<contract> : f32
                %v784 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v783) : (f32) -> f32
                %v785 = arith.negf %v784 : f32
                %v786 = arith.mulf %v777, %v785 fastmath<contract> : f32
                scf.if %v26 {
                  %v787 = arith.muli %v31, %v168 : i64
                  %v788 = arith.muli %v29, %size_L : i64
                  %v789 = arith.addi %v787, %v788 : i64
                  %v790 = arith.addi %v789, %v709 : i64
                  %v791 = llvm.getelementptr %dx_theta[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v786, %v791 : f32, !llvm.ptr
                }
                %v792 = arith.mulf %v776, %v763 fastmath<contract> : f32
                llvm.store %v792, %v35 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                llvm.store %v41, %v36 : f32, !llvm.ptr
                %v793 = arith.mulf %v746, %v746 fastmath<contract> : f32
                %v794 = arith.negf %v793 : f32
                llvm.store %v794, %v38 : f32, !llvm.ptr
                %v795 = arith.addi %v232, %v63 : i64
                %v797 = arith.cmpi slt, %v796, %v608 : i32
                %v798 = arith.cmpi eq, %v796, %v614 : i32
                %v799 = arith.addi %v118, %v795 : i64
                %v800 = llvm.load %v33 : !llvm.ptr -> f32
                %v801 = llvm.load %v34 : !llvm.ptr -> f32
                %v802 = arith.muli %v31, %v168 : i64
                %v803 = arith.muli %v29, %size_L : i64
                %v804 = arith.addi %v802, %v803 : i64
                %v805 = arith.addi %v804, %v799 : i64
                %v806 = llvm.getelementptr %dy_y[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v807 = llvm.load %v806 : !llvm.ptr -> f32
                %v808 = llvm.load %v35 : !llvm.ptr -> f32
                %v809 = arith.mulf %v808, %v800 fastmath<contract> : f32
                %v810 = arith.addf %v807, %v809 fastmath<contract> : f32
                %v811 = llvm.load %v37 : !llvm.ptr -> f32
                %v812 = arith.mulf %v811, %v801 fastmath<contract> : f32
                %v813 = arith.addf %v812, %v810 fastmath<contract> : f32
                %v814 = llvm.load %v36 : !llvm.ptr -> f32
                %v815 = arith.mulf %v814, %v801 fastmath<contract> : f32
                %v816 = arith.addf %v41, %v815 fastmath<contract> : f32
                %v817 = llvm.load %v38 : !llvm.ptr -> f32
                %v818 = arith.mulf %v817, %v800 fastmath<contract> : f32
                %v819 = arith.addf %v818, %v816 fastmath<contract> : f32
                llvm.store %v813, %v33 : f32, !llvm.ptr
                llvm.store %v819, %v34 : f32, !llvm.ptr
                %v820 = llvm.load %v33 : !llvm.ptr -> f32
                scf.if %v26 {
                  %v821 = arith.muli %v31, %v168 : i64
                  %v822 = arith.muli %v29, %size_L : i64
                  %v823 = arith.addi %v821, %v822 : i64
                  %v824 = arith.addi %v823, %v799 : i64
                  %v825 = llvm.getelementptr %dx_x[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v820, %v825 : f32, !llvm.ptr
                }
                %v826 = arith.muli %v31, %v168 : i64
                %v827 = arith.muli %v29, %size_L : i64
                %v828 = arith.addi %v826, %v827 : i64
                %v829 = arith.addi %v828, %v799 : i64
                %v830 = llvm.getelementptr %in_rho[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v831 = llvm.load %v830 : !llvm.ptr -> f32
                %v832 = arith.negf %v831 : f32
                %v833 = arith.mulf %v832, %v176 fastmath<contract> : f32
                %v834 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v833) : (f32) -> f32
                %v835 = arith.addf %v42, %v834 fastmath<contract> : f32
                %v836 = arith.divf %v42, %v835 : f32
                %v837 = arith.mulf %v471, %v820 fastmath<contract> : f32
                %v838 = arith.negf %v837 : f32
                %v839 = arith.mulf %v836, %v838 fastmath<contract> : f32
                %v840 = arith.addf %v839, %v839 fastmath<contract> : f32
                %v841 = arith.muli %v31, %v168 : i64
                %v842 = arith.muli %v29, %size_L : i64
                %v843 = arith.addi %v841, %v842 : i64
                %v844 = arith.addi %v843, %v799 : i64
                %v845 = llvm.getelementptr %in_theta[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v846 = llvm.load %v845 : !llvm.ptr -> f32
                %v847 = arith.mulf %v846, %v188 fastmath<contract> : f32
                %v848 = llvm.call_intrinsic "llvm.roundeven.f32"(%v847) : (f32) -> f32
                %v849 = arith.mulf %v848, %v191 fastmath<contract> : f32
                %v850 = arith.subf %v846, %v849 fastmath<contract> : f32
                %v851 = arith.mulf %v848, %v192 fastmath<contract> : f32
                %v852 = arith.subf %v850, %v851 fastmath<contract> : f32
                %v853 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v852) : (f32) -> f32
                %v854 = arith.mulf %v467, %v820 fastmath<contract> : f32
                %v855 = arith.mulf %v853, %v854 fastmath<contract> : f32
                %v856 = arith.mulf %v167, %v855 fastmath<contract> : f32
                %v857 = arith.addf %v840, %v856 fastmath<contract> : f32
                %v858 = arith.subf %v42, %v836 fastmath<contract> : f32
                %v859 = arith.mulf %v836, %v858 fastmath<contract> : f32
                %v860 = arith.mulf %v857, %v859 fastmath<contract> : f32
                scf.if %v26 {
                  %v861 = arith.muli %v31, %v168 : i64
                  %v862 = arith.muli %v29, %size_L : i64
                  %v863 = arith.addi %v861, %v862 : i64
                  %v864 = arith.addi %v863, %v799 : i64
                  %v865 = llvm.getelementptr %dx_rho[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v860, %v865 : f32, !llvm.ptr
                }
                %v866 = arith.mulf %v167, %v836 fastmath<contract> : f32
                %v867 = arith.mulf %v866, %v854 fastmath<contract> : f32
                %v868 = arith.mulf %v846, %v188 fastmath<contract> : f32
                %v869 = llvm.call_intrinsic "llvm.roundeven.f32"(%v868) : (f32) -> f32
                %v870 = arith.mulf %v869, %v191 fastmath<contract> : f32
                %v871 = arith.subf %v846, %v870 fastmath<contract> : f32
                %v872 = arith.mulf %v869, %v192 fastmath<contract> : f32
                %v873 = arith.subf %v871, %v872 fastmath<contract> : f32
                %v874 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v873) : (f32) -> f32
                %v875 = arith.negf %v874 : f32
                %v876 = arith.mulf %v867, %v875 fastmath<contract> : f32
                scf.if %v26 {
                  %v877 = arith.muli %v31, %v168 : i64
                  %v878 = arith.muli %v29, %size_L : i64
                  %v879 = arith.addi %v877, %v878 : i64
                  %v880 = arith.addi %v879, %v799 : i64
                  %v881 = llvm.getelementptr %dx_theta[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v876, %v881 : f32, !llvm.ptr
                }
                %v882 = arith.mulf %v866, %v853 fastmath<contract> : f32
                llvm.store %v882, %v35 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                llvm.store %v41, %v36 : f32, !llvm.ptr
                %v883 = arith.mulf %v836, %v836 fastmath<contract> : f32
                %v884 = arith.negf %v883 : f32
                llvm.store %v884, %v38 : f32, !llvm.ptr
                %v885 = arith.addi %v232, %v58 : i64
                %v887 = arith.cmpi slt, %v886, %v608 : i32
                %v888 = arith.cmpi eq, %v886, %v614 : i32
                %v889 = arith.addi %v118, %v885 : i64
                %v890 = llvm.load %v33 : !llvm.ptr -> f32
                %v891 = llvm.load %v34 : !llvm.ptr -> f32
                %v892 = arith.muli %v31, %v168 : i64
                %v893 = arith.muli %v29, %size_L : i64
                %v894 = arith.addi %v892, %v893 : i64
                %v895 = arith.addi %v894, %v889 : i64
                %v896 = llvm.getelementptr %dy_y[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v897 = llvm.load %v896 : !llvm.ptr -> f32
                %v898 = llvm.load %v35 : !llvm.ptr -> f32
                %v899 = arith.mulf %v898, %v890 fastmath<contract> : f32
                %v900 = arith.addf %v897, %v899 fastmath<contract> : f32
                %v901 = llvm.load %v37 : !llvm.ptr -> f32
                %v902 = arith.mulf %v901, %v891 fastmath<contract> : f32
                %v903 = arith.addf %v902, %v900 fastmath<contract> : f32
                %v904 = llvm.load %v36 : !llvm.ptr -> f32
                %v905 = arith.mulf %v904, %v891 fastmath<contract> : f32
                %v906 = arith.addf %v41, %v905 fastmath<contract> : f32
                %v907 = llvm.load %v38 : !llvm.ptr -> f32
                %v908 = arith.mulf %v907, %v890 fastmath<contract> : f32
                %v909 = arith.addf %v908, %v906 fastmath<contract> : f32
                llvm.store %v903, %v33 : f32, !llvm.ptr
                llvm.store %v909, %v34 : f32, !llvm.ptr
                %v910 = llvm.load %v33 : !llvm.ptr -> f32
                scf.if %v26 {
                  %v911 = arith.muli %v31, %v168 : i64
                  %v912 = arith.muli %v29, %size_L : i64
                  %v913 = arith.addi %v911, %v912 : i64
                  %v914 = arith.addi %v913, %v889 : i64
                  %v915 = llvm.getelementptr %dx_x[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v910, %v915 : f32, !llvm.ptr
                }
                %v916 = arith.muli %v31, %v168 : i64
                %v917 = arith.muli %v29, %size_L : i64
                %v918 = arith.addi %v916, %v917 : i64
                %v919 = arith.addi %v918, %v889 : i64
                %v920 = llvm.getelementptr %in_rho[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v921 = llvm.load %v920 : !llvm.ptr -> f32
                %v922 = arith.negf %v921 : f32
                %v923 = arith.mulf %v922, %v176 fastmath<contract> : f32
                %v924 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v923) : (f32) -> f32
                %v925 = arith.addf %v42, %v924 fastmath<contract> : f32
                %v926 = arith.divf %v42, %v925 : f32
                %v927 = arith.mulf %v426, %v910 fastmath<contract> : f32
                %v928 = arith.negf %v927 : f32
                %v929 = arith.mulf %v926, %v928 fastmath<contract> : f32
                %v930 = arith.addf %v929, %v929 fastmath<contract> : f32
                %v931 = arith.muli %v31, %v168 : i64
                %v932 = arith.muli %v29, %size_L : i64
                %v933 = arith.addi %v931, %v932 : i64
                %v934 = arith.addi %v933, %v889 : i64
                %v935 = llvm.getelementptr %in_theta[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v936 = llvm.load %v935 : !llvm.ptr -> f32
                %v937 = arith.mulf %v936, %v188 fastmath<contract> : f32
                %v938 = llvm.call_intrinsic "llvm.roundeven.f32"(%v937) : (f32) -> f32
                %v939 = arith.mulf %v938, %v191 fastmath<contract> : f32
                %v940 = arith.subf %v936, %v939 fastmath<contract> : f32
                %v941 = arith.mulf %v938, %v192 fastmath<contract> : f32
                %v942 = arith.subf %v940, %v941 fastmath<contract> : f32
                %v943 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v942) : (f32) -> f32
                %v944 = arith.mulf %v422, %v910 fastmath<contract> : f32
                %v945 = arith.mulf %v943, %v944 fastmath<contract> : f32
                %v946 = arith.mulf %v167, %v945 fastmath<contract> : f32
                %v947 = arith.addf %v930, %v946 fastmath<contract> : f32
                %v948 = arith.subf %v42, %v926 fastmath<contract> : f32
                %v949 = arith.mulf %v926, %v948 fastmath<contract> : f32
                %v950 = arith.mulf %v947, %v949 fastmath<contract> : f32
                scf.if %v26 {
                  %v951 = arith.muli %v31, %v168 : i64
                  %v952 = arith.muli %v29, %size_L : i64
                  %v953 = arith.addi %v951, %v952 : i64
                  %v954 = arith.addi %v953, %v889 : i64
                  %v955 = llvm.getelementptr %dx_rho[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v950, %v955 : f32, !llvm.ptr
                }
                %v956 = arith.mulf %v167, %v926 fastmath<contract> : f32
                %v957 = arith.mulf %v956, %v944 fastmath<contract> : f32
                %v958 = arith.mulf %v936, %v188 fastmath<contract> : f32
                %v959 = llvm.call_intrinsic "llvm.roundeven.f32"(%v958) : (f32) -> f32
                %v960 = arith.mulf %v959, %v191 fastmath<contract> : f32
                %v961 = arith.subf %v936, %v960 fastmath<contract> : f32
                %v962 = arith.mulf %v959, %v192 fastmath<contract> : f32
                %v963 = arith.subf %v961, %v962 fastmath<contract> : f32
                %v964 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v963) : (f32) -> f32
                %v965 = arith.negf %v964 : f32
                %v966 = arith.mulf %v957, %v965 fastmath<contract> : f32
                scf.if %v26 {
                  %v967 = arith.muli %v31, %v168 : i64
                  %v968 = arith.muli %v29, %size_L : i64
                  %v969 = arith.addi %v967, %v968 : i64
                  %v970 = arith.addi %v969, %v889 : i64
                  %v971 = llvm.getelementptr %dx_theta[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v966, %v971 : f32, !llvm.ptr
                }
                %v972 = arith.mulf %v956, %v943 fastmath<contract> : f32
                llvm.store %v972, %v35 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                llvm.store %v41, %v36 : f32, !llvm.ptr
                %v973 = arith.mulf %v926, %v926 fastmath<contract> : f32
                %v974 = arith.negf %v973 : f32
                llvm.store %v974, %v38 : f32, !llvm.ptr
                %v975 = arith.addi %v232, %v53 : i64
                %v977 = arith.cmpi slt, %v976, %v608 : i32
                %v978 = arith.cmpi eq, %v976, %v614 : i32
                %v979 = arith.addi %v118, %v975 : i64
                %v980 = llvm.load %v33 : !llvm.ptr -> f32
                %v981 = llvm.load %v34 : !llvm.ptr -> f32
                %v982 = arith.muli %v31, %v168 : i64
                %v983 = arith.muli %v29, %size_L : i64
                %v984 = arith.addi %v982, %v983 : i64
                %v985 = arith.addi %v984, %v979 : i64
                %v986 = llvm.getelementptr %dy_y[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v987 = llvm.load %v986 : !llvm.ptr -> f32
                %v988 = llvm.load %v35 : !llvm.ptr -> f32
                %v989 = arith.mulf %v988, %v980 fastmath<contract> : f32
                %v990 = arith.addf %v987, %v989 fastmath<contract> : f32
                %v991 = llvm.load %v37 : !llvm.ptr -> f32
                %v992 = arith.mulf %v991, %v981 fastmath<contract> : f32
                %v993 = arith.addf %v992, %v990 fastmath<contract> : f32
                %v994 = llvm.load %v36 : !llvm.ptr -> f32
                %v995 = arith.mulf %v994, %v981 fastmath<contract> : f32
                %v996 = arith.addf %v41, %v995 fastmath<contract> : f32
                %v997 = llvm.load %v38 : !llvm.ptr -> f32
                %v998 = arith.mulf %v997, %v980 fastmath<contract> : f32
                %v999 = arith.addf %v998, %v996 fastmath<contract> : f32
                llvm.store %v993, %v33 : f32, !llvm.ptr
                llvm.store %v999, %v34 : f32, !llvm.ptr
                %v1000 = llvm.load %v33 : !llvm.ptr -> f32
                scf.if %v26 {
                  %v1001 = arith.muli %v31, %v168 : i64
                  %v1002 = arith.muli %v29, %size_L : i64
                  %v1003 = arith.addi %v1001, %v1002 : i64
                  %v1004 = arith.addi %v1003, %v979 : i64
                  %v1005 = llvm.getelementptr %dx_x[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1000, %v1005 : f32, !llvm.ptr
                }
                %v1006 = arith.muli %v31, %v168 : i64
                %v1007 = arith.muli %v29, %size_L : i64
                %v1008 = arith.addi %v1006, %v1007 : i64
                %v1009 = arith.addi %v1008, %v979 : i64
                %v1010 = llvm.getelementptr %in_rho[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
                %v1012 = arith.negf %v1011 : f32
                %v1013 = arith.mulf %v1012, %v176 fastmath<contract> : f32
                %v1014 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1013) : (f32) -> f32
                %v1015 = arith.addf %v42, %v1014 fastmath<contract> : f32
                %v1016 = arith.divf %v42, %v1015 : f32
                %v1017 = arith.mulf %v381, %v1000 fastmath<contract> : f32
                %v1018 = arith.negf %v1017 : f32
                %v1019 = arith.mulf %v1016, %v1018 fastmath<contract> : f32
                %v1020 = arith.addf %v1019, %v1019 fastmath<contract> : f32
                %v1021 = arith.muli %v31, %v168 : i64
                %v1022 = arith.muli %v29, %size_L : i64
                %v1023 = arith.addi %v1021, %v1022 : i64
                %v1024 = arith.addi %v1023, %v979 : i64
                %v1025 = llvm.getelementptr %in_theta[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
                %v1027 = arith.mulf %v1026, %v188 fastmath<contract> : f32
                %v1028 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1027) : (f32) -> f32
                %v1029 = arith.mulf %v1028, %v191 fastmath<contract> : f32
                %v1030 = arith.subf %v1026, %v1029 fastmath<contract> : f32
                %v1031 = arith.mulf %v1028, %v192 fastmath<contract> : f32
                %v1032 = arith.subf %v1030, %v1031 fastmath<contract> : f32
                %v1033 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1032) : (f32) -> f32
                %v1034 = arith.mulf %v377, %v1000 fastmath<contract> : f32
                %v1035 = arith.mulf %v1033, %v1034 fastmath<contract> : f32
                %v1036 = arith.mulf %v167, %v1035 fastmath<contract> : f32
                %v1037 = arith.addf %v1020, %v1036 fastmath<contract> : f32
                %v1038 = arith.subf %v42, %v1016 fastmath<contract> : f32
                %v1039 = arith.mulf %v1016, %v1038 fastmath<contract> : f32
                %v1040 = arith.mulf %v1037, %v1039 fastmath<contract> : f32
                scf.if %v26 {
                  %v1041 = arith.muli %v31, %v168 : i64
                  %v1042 = arith.muli %v29, %size_L : i64
                  %v1043 = arith.addi %v1041, %v1042 : i64
                  %v1044 = arith.addi %v1043, %v979 : i64
                  %v1045 = llvm.getelementptr %dx_rho[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1040, %v1045 : f32, !llvm.ptr
                }
                %v1046 = arith.mulf %v167, %v1016 fastmath<contract> : f32
                %v1047 = arith.mulf %v1046, %v1034 fastmath<contract> : f32
                %v1048 = arith.mulf %v1026, %v188 fastmath<contract> : f32
                %v1049 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1048) : (f32) -> f32
                %v1050 = arith.mulf %v1049, %v191 fastmath<contract> : f32
                %v1051 = arith.subf %v1026, %v1050 fastmath<contract> : f32
                %v1052 = arith.mulf %v1049, %v192 fastmath<contract> : f32
                %v1053 = arith.subf %v1051, %v1052 fastmath<contract> : f32
                %v1054 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1053) : (f32) -> f32
                %v1055 = arith.negf %v1054 : f32
                %v1056 = arith.mulf %v1047, %v1055 fastmath<contract> : f32
                scf.if %v26 {
                  %v1057 = arith.muli %v31, %v168 : i64
                  %v1058 = arith.muli %v29, %size_L : i64
                  %v1059 = arith.addi %v1057, %v1058 : i64
                  %v1060 = arith.addi %v1059, %v979 : i64
                  %v1061 = llvm.getelementptr %dx_theta[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1056, %v1061 : f32, !llvm.ptr
                }
                %v1062 = arith.mulf %v1046, %v1033 fastmath<contract> : f32
                llvm.store %v1062, %v35 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                llvm.store %v41, %v36 : f32, !llvm.ptr
                %v1063 = arith.mulf %v1016, %v1016 fastmath<contract> : f32
                %v1064 = arith.negf %v1063 : f32
                llvm.store %v1064, %v38 : f32, !llvm.ptr
                %v1065 = arith.addi %v232, %v48 : i64
                %v1067 = arith.cmpi slt, %v1066, %v608 : i32
                %v1068 = arith.cmpi eq, %v1066, %v614 : i32
                %v1069 = arith.addi %v118, %v1065 : i64
                %v1070 = llvm.load %v33 : !llvm.ptr -> f32
                %v1071 = llvm.load %v34 : !llvm.ptr -> f32
                %v1072 = arith.muli %v31, %v168 : i64
                %v1073 = arith.muli %v29, %size_L : i64
                %v1074 = arith.addi %v1072, %v1073 : i64
                %v1075 = arith.addi %v1074, %v1069 : i64
                %v1076 = llvm.getelementptr %dy_y[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
                %v1078 = llvm.load %v35 : !llvm.ptr -> f32
                %v1079 = arith.mulf %v1078, %v1070 fastmath<contract> : f32
                %v1080 = arith.addf %v1077, %v1079 fastmath<contract> : f32
                %v1081 = llvm.load %v37 : !llvm.ptr -> f32
                %v1082 = arith.mulf %v1081, %v1071 fastmath<contract> : f32
                %v1083 = arith.addf %v1082, %v1080 fastmath<contract> : f32
                %v1084 = llvm.load %v36 : !llvm.ptr -> f32
                %v1085 = arith.mulf %v1084, %v1071 fastmath<contract> : f32
                %v1086 = arith.addf %v41, %v1085 fastmath<contract> : f32
                %v1087 = llvm.load %v38 : !llvm.ptr -> f32
                %v1088 = arith.mulf %v1087, %v1070 fastmath<contract> : f32
                %v1089 = arith.addf %v1088, %v1086 fastmath<contract> : f32
                llvm.store %v1083, %v33 : f32, !llvm.ptr
                llvm.store %v1089, %v34 : f32, !llvm.ptr
                %v1090 = llvm.load %v33 : !llvm.ptr -> f32
                scf.if %v26 {
                  %v1091 = arith.muli %v31, %v168 : i64
                  %v1092 = arith.muli %v29, %size_L : i64
                  %v1093 = arith.addi %v1091, %v1092 : i64
                  %v1094 = arith.addi %v1093, %v1069 : i64
                  %v1095 = llvm.getelementptr %dx_x[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1090, %v1095 : f32, !llvm.ptr
                }
                %v1096 = arith.muli %v31, %v168 : i64
                %v1097 = arith.muli %v29, %size_L : i64
                %v1098 = arith.addi %v1096, %v1097 : i64
                %v1099 = arith.addi %v1098, %v1069 : i64
                %v1100 = llvm.getelementptr %in_rho[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1101 = llvm.load %v1100 : !llvm.ptr -> f32
                %v1102 = arith.negf %v1101 : f32
                %v1103 = arith.mulf %v1102, %v176 fastmath<contract> : f32
                %v1104 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1103) : (f32) -> f32
                %v1105 = arith.addf %v42, %v1104 fastmath<contract> : f32
                %v1106 = arith.divf %v42, %v1105 : f32
                %v1107 = arith.mulf %v336, %v1090 fastmath<contract> : f32
                %v1108 = arith.negf %v1107 : f32
                %v1109 = arith.mulf %v1106, %v1108 fastmath<contract> : f32
                %v1110 = arith.addf %v1109, %v1109 fastmath<contract> : f32
                %v1111 = arith.muli %v31, %v168 : i64
                %v1112 = arith.muli %v29, %size_L : i64
                %v1113 = arith.addi %v1111, %v1112 : i64
                %v1114 = arith.addi %v1113, %v1069 : i64
                %v1115 = llvm.getelementptr %in_theta[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
                %v1117 = arith.mulf %v1116, %v188 fastmath<contract> : f32
                %v1118 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1117) : (f32) -> f32
                %v1119 = arith.mulf %v1118, %v191 fastmath<contract> : f32
                %v1120 = arith.subf %v1116, %v1119 fastmath<contract> : f32
                %v1121 = arith.mulf %v1118, %v192 fastmath<contract> : f32
                %v1122 = arith.subf %v1120, %v1121 fastmath<contract> : f32
                %v1123 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1122) : (f32) -> f32
                %v1124 = arith.mulf %v332, %v1090 fastmath<contract> : f32
                %v1125 = arith.mulf %v1123, %v1124 fastmath<contract> : f32
                %v1126 = arith.mulf %v167, %v1125 fastmath<contract> : f32
                %v1127 = arith.addf %v1110, %v1126 fastmath<contract> : f32
                %v1128 = arith.subf %v42, %v1106 fastmath<contract> : f32
                %v1129 = arith.mulf %v1106, %v1128 fastmath<contract> : f32
                %v1130 = arith.mulf %v1127, %v1129 fastmath<contract> : f32
                scf.if %v26 {
                  %v1131 = arith.muli %v31, %v168 : i64
                  %v1132 = arith.muli %v29, %size_L : i64
                  %v1133 = arith.addi %v1131, %v1132 : i64
                  %v1134 = arith.addi %v1133, %v1069 : i64
                  %v1135 = llvm.getelementptr %dx_rho[%v1134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1130, %v1135 : f32, !llvm.ptr
                }
                %v1136 = arith.mulf %v167, %v1106 fastmath<contract> : f32
                %v1137 = arith.mulf %v1136, %v1124 fastmath<contract> : f32
                %v1138 = arith.mulf %v1116, %v188 fastmath<contract> : f32
                %v1139 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1138) : (f32) -> f32
                %v1140 = arith.mulf %v1139, %v191 fastmath<contract> : f32
                %v1141 = arith.subf %v1116, %v1140 fastmath<contract> : f32
                %v1142 = arith.mulf %v1139, %v192 fastmath<contract> : f32
                %v1143 = arith.subf %v1141, %v1142 fastmath<contract> : f32
                %v1144 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1143) : (f32) -> f32
                %v1145 = arith.negf %v1144 : f32
                %v1146 = arith.mulf %v1137, %v1145 fastmath<contract> : f32
                scf.if %v26 {
                  %v1147 = arith.muli %v31, %v168 : i64
                  %v1148 = arith.muli %v29, %size_L : i64
                  %v1149 = arith.addi %v1147, %v1148 : i64
                  %v1150 = arith.addi %v1149, %v1069 : i64
                  %v1151 = llvm.getelementptr %dx_theta[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1146, %v1151 : f32, !llvm.ptr
                }
                %v1152 = arith.mulf %v1136, %v1123 fastmath<contract> : f32
                llvm.store %v1152, %v35 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                llvm.store %v41, %v36 : f32, !llvm.ptr
                %v1153 = arith.mulf %v1106, %v1106 fastmath<contract> : f32
                %v1154 = arith.negf %v1153 : f32
                llvm.store %v1154, %v38 : f32, !llvm.ptr
                %v1155 = arith.addi %v232, %v1 : i64
                %v1157 = arith.cmpi slt, %v1156, %v608 : i32
                %v1158 = arith.cmpi eq, %v1156, %v614 : i32
                %v1159 = arith.addi %v118, %v1155 : i64
                %v1160 = llvm.load %v33 : !llvm.ptr -> f32
                %v1161 = llvm.load %v34 : !llvm.ptr -> f32
                %v1162 = arith.muli %v31, %v168 : i64
                %v1163 = arith.muli %v29, %size_L : i64
                %v1164 = arith.addi %v1162, %v1163 : i64
                %v1165 = arith.addi %v1164, %v1159 : i64
                %v1166 = llvm.getelementptr %dy_y[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
                %v1168 = llvm.load %v35 : !llvm.ptr -> f32
                %v1169 = arith.mulf %v1168, %v1160 fastmath<contract> : f32
                %v1170 = arith.addf %v1167, %v1169 fastmath<contract> : f32
                %v1171 = llvm.load %v37 : !llvm.ptr -> f32
                %v1172 = arith.mulf %v1171, %v1161 fastmath<contract> : f32
                %v1173 = arith.addf %v1172, %v1170 fastmath<contract> : f32
                %v1174 = llvm.load %v36 : !llvm.ptr -> f32
                %v1175 = arith.mulf %v1174, %v1161 fastmath<contract> : f32
                %v1176 = arith.addf %v41, %v1175 fastmath<contract> : f32
                %v1177 = llvm.load %v38 : !llvm.ptr -> f32
                %v1178 = arith.mulf %v1177, %v1160 fastmath<contract> : f32
                %v1179 = arith.addf %v1178, %v1176 fastmath<contract> : f32
                llvm.store %v1173, %v33 : f32, !llvm.ptr
                llvm.store %v1179, %v34 : f32, !llvm.ptr
                %v1180 = llvm.load %v33 : !llvm.ptr -> f32
                scf.if %v26 {
                  %v1181 = arith.muli %v31, %v168 : i64
                  %v1182 = arith.muli %v29, %size_L : i64
                  %v1183 = arith.addi %v1181, %v1182 : i64
                  %v1184 = arith.addi %v1183, %v1159 : i64
                  %v1185 = llvm.getelementptr %dx_x[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1180, %v1185 : f32, !llvm.ptr
                }
                %v1186 = arith.muli %v31, %v168 : i64
                %v1187 = arith.muli %v29, %size_L : i64
                %v1188 = arith.addi %v1186, %v1187 : i64
                %v1189 = arith.addi %v1188, %v1159 : i64
                %v1190 = llvm.getelementptr %in_rho[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1191 = llvm.load %v1190 : !llvm.ptr -> f32
                %v1192 = arith.negf %v1191 : f32
                %v1193 = arith.mulf %v1192, %v176 fastmath<contract> : f32
                %v1194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1193) : (f32) -> f32
                %v1195 = arith.addf %v42, %v1194 fastmath<contract> : f32
                %v1196 = arith.divf %v42, %v1195 : f32
                %v1197 = arith.mulf %v291, %v1180 fastmath<contract> : f32
                %v1198 = arith.negf %v1197 : f32
                %v1199 = arith.mulf %v1196, %v1198 fastmath<contract> : f32
                %v1200 = arith.addf %v1199, %v1199 fastmath<contract> : f32
                %v1201 = arith.muli %v31, %v168 : i64
                %v1202 = arith.muli %v29, %size_L : i64
                %v1203 = arith.addi %v1201, %v1202 : i64
                %v1204 = arith.addi %v1203, %v1159 : i64
                %v1205 = llvm.getelementptr %in_theta[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1206 = llvm.load %v1205 : !llvm.ptr -> f32
                %v1207 = arith.mulf %v1206, %v188 fastmath<contract> : f32
                %v1208 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1207) : (f32) -> f32
                %v1209 = arith.mulf %v1208, %v191 fastmath<contract> : f32
                %v1210 = arith.subf %v1206, %v1209 fastmath<contract> : f32
                %v1211 = arith.mulf %v1208, %v192 fastmath<contract> : f32
                %v1212 = arith.subf %v1210, %v1211 fastmath<contract> : f32
                %v1213 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1212) : (f32) -> f32
                %v1214 = arith.mulf %v287, %v1180 fastmath<contract> : f32
                %v1215 = arith.mulf %v1213, %v1214 fastmath<contract> : f32
                %v1216 = arith.mulf %v167, %v1215 fastmath<contract> : f32
                %v1217 = arith.addf %v1200, %v1216 fastmath<contract> : f32
                %v1218 = arith.subf %v42, %v1196 fastmath<contract> : f32
                %v1219 = arith.mulf %v1196, %v1218 fastmath<contract> : f32
                %v1220 = arith.mulf %v1217, %v1219 fastmath<contract> : f32
                scf.if %v26 {
                  %v1221 = arith.muli %v31, %v168 : i64
                  %v1222 = arith.muli %v29, %size_L : i64
                  %v1223 = arith.addi %v1221, %v1222 : i64
                  %v1224 = arith.addi %v1223, %v1159 : i64
                  %v1225 = llvm.getelementptr %dx_rho[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1220, %v1225 : f32, !llvm.ptr
                }
                %v1226 = arith.mulf %v167, %v1196 fastmath<contract> : f32
                %v1227 = arith.mulf %v1226, %v1214 fastmath<contract> : f32
                %v1228 = arith.mulf %v1206, %v188 fastmath<contract> : f32
                %v1229 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1228) : (f32) -> f32
                %v1230 = arith.mulf %v1229, %v191 fastmath<contract> : f32
                %v1231 = arith.subf %v1206, %v1230 fastmath<contract> : f32
                %v1232 = arith.mulf %v1229, %v192 fastmath<contract> : f32
                %v1233 = arith.subf %v1231, %v1232 fastmath<contract> : f32
                %v1234 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1233) : (f32) -> f32
                %v1235 = arith.negf %v1234 : f32
                %v1236 = arith.mulf %v1227, %v1235 fastmath<contract> : f32
                scf.if %v26 {
                  %v1237 = arith.muli %v31, %v168 : i64
                  %v1238 = arith.muli %v29, %size_L : i64
                  %v1239 = arith.addi %v1237, %v1238 : i64
                  %v1240 = arith.addi %v1239, %v1159 : i64
                  %v1241 = llvm.getelementptr %dx_theta[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1236, %v1241 : f32, !llvm.ptr
                }
                %v1242 = arith.mulf %v1226, %v1213 fastmath<contract> : f32
                llvm.store %v1242, %v35 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                llvm.store %v41, %v36 : f32, !llvm.ptr
                %v1243 = arith.mulf %v1196, %v1196 fastmath<contract> : f32
                %v1244 = arith.negf %v1243 : f32
                llvm.store %v1244, %v38 : f32, !llvm.ptr
                %v1246 = arith.cmpi slt, %v1245, %v608 : i32
                %v1247 = arith.cmpi eq, %v1245, %v614 : i32
                %v1248 = arith.addi %v118, %v232 : i64
                %v1249 = llvm.load %v33 : !llvm.ptr -> f32
                %v1250 = llvm.load %v34 : !llvm.ptr -> f32
                %v1251 = arith.muli %v31, %v168 : i64
                %v1252 = arith.muli %v29, %size_L : i64
                %v1253 = arith.addi %v1251, %v1252 : i64
                %v1254 = arith.addi %v1253, %v1248 : i64
                %v1255 = llvm.getelementptr %dy_y[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
                %v1257 = llvm.load %v35 : !llvm.ptr -> f32
                %v1258 = arith.mulf %v1257, %v1249 fastmath<contract> : f32
                %v1259 = arith.addf %v1256, %v1258 fastmath<contract> : f32
                %v1260 = llvm.load %v37 : !llvm.ptr -> f32
                %v1261 = arith.mulf %v1260, %v1250 fastmath<contract> : f32
                %v1262 = arith.addf %v1261, %v1259 fastmath<contract> : f32
                %v1263 = llvm.load %v36 : !llvm.ptr -> f32
                %v1264 = arith.mulf %v1263, %v1250 fastmath<contract> : f32
                %v1265 = arith.addf %v41, %v1264 fastmath<contract> : f32
                %v1266 = llvm.load %v38 : !llvm.ptr -> f32
                %v1267 = arith.mulf %v1266, %v1249 fastmath<contract> : f32
                %v1268 = arith.addf %v1267, %v1265 fastmath<contract> : f32
                llvm.store %v1262, %v33 : f32, !llvm.ptr
                llvm.store %v1268, %v34 : f32, !llvm.ptr
                %v1269 = llvm.load %v33 : !llvm.ptr -> f32
                scf.if %v26 {
                  %v1270 = arith.muli %v31, %v168 : i64
                  %v1271 = arith.muli %v29, %size_L : i64
                  %v1272 = arith.addi %v1270, %v1271 : i64
                  %v1273 = arith.addi %v1272, %v1248 : i64
                  %v1274 = llvm.getelementptr %dx_x[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1269, %v1274 : f32, !llvm.ptr
                }
                %v1275 = arith.muli %v31, %v168 : i64
                %v1276 = arith.muli %v29, %size_L : i64
                %v1277 = arith.addi %v1275, %v1276 : i64
                %v1278 = arith.addi %v1277, %v1248 : i64
                %v1279 = llvm.getelementptr %in_rho[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
                %v1281 = arith.negf %v1280 : f32
                %v1282 = arith.mulf %v1281, %v176 fastmath<contract> : f32
                %v1283 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1282) : (f32) -> f32
                %v1284 = arith.addf %v42, %v1283 fastmath<contract> : f32
                %v1285 = arith.divf %v42, %v1284 : f32
                %v1286 = arith.mulf %v247, %v1269 fastmath<contract> : f32
                %v1287 = arith.negf %v1286 : f32
                %v1288 = arith.mulf %v1285, %v1287 fastmath<contract> : f32
                %v1289 = arith.addf %v1288, %v1288 fastmath<contract> : f32
                %v1290 = arith.muli %v31, %v168 : i64
                %v1291 = arith.muli %v29, %size_L : i64
                %v1292 = arith.addi %v1290, %v1291 : i64
                %v1293 = arith.addi %v1292, %v1248 : i64
                %v1294 = llvm.getelementptr %in_theta[%v1293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1295 = llvm.load %v1294 : !llvm.ptr -> f32
                %v1296 = arith.mulf %v1295, %v188 fastmath<contract> : f32
                %v1297 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1296) : (f32) -> f32
                %v1298 = arith.mulf %v1297, %v191 fastmath<contract> : f32
                %v1299 = arith.subf %v1295, %v1298 fastmath<contract> : f32
                %v1300 = arith.mulf %v1297, %v192 fastmath<contract> : f32
                %v1301 = arith.subf %v1299, %v1300 fastmath<contract> : f32
                %v1302 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1301) : (f32) -> f32
                %v1303 = arith.mulf %v241, %v1269 fastmath<contract> : f32
                %v1304 = arith.mulf %v1302, %v1303 fastmath<contract> : f32
                %v1305 = arith.mulf %v167, %v1304 fastmath<contract> : f32
                %v1306 = arith.addf %v1289, %v1305 fastmath<contract> : f32
                %v1307 = arith.subf %v42, %v1285 fastmath<contract> : f32
                %v1308 = arith.mulf %v1285, %v1307 fastmath<contract> : f32
                %v1309 = arith.mulf %v1306, %v1308 fastmath<contract> : f32
                scf.if %v26 {
                  %v1310 = arith.muli %v31, %v168 : i64
                  %v1311 = arith.muli %v29, %size_L : i64
                  %v1312 = arith.addi %v1310, %v1311 : i64
                  %v1313 = arith.addi %v1312, %v1248 : i64
                  %v1314 = llvm.getelementptr %dx_rho[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1309, %v1314 : f32, !llvm.ptr
                }
                %v1315 = arith.mulf %v167, %v1285 fastmath<contract> : f32
                %v1316 = arith.mulf %v1315, %v1303 fastmath<contract> : f32
                %v1317 = arith.mulf %v1295, %v188 fastmath<contract> : f32
                %v1318 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1317) : (f32) -> f32
                %v1319 = arith.mulf %v1318, %v191 fastmath<contract> : f32
                %v1320 = arith.subf %v1295, %v1319 fastmath<contract> : f32
                %v1321 = arith.mulf %v1318, %v192 fastmath<contract> : f32
                %v1322 = arith.subf %v1320, %v1321 fastmath<contract> : f32
                %v1323 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1322) : (f32) -> f32
                %v1324 = arith.negf %v1323 : f32
                %v1325 = arith.mulf %v1316, %v1324 fastmath<contract> : f32
                scf.if %v26 {
                  %v1326 = arith.muli %v31, %v168 : i64
                  %v1327 = arith.muli %v29, %size_L : i64
                  %v1328 = arith.addi %v1326, %v1327 : i64
                  %v1329 = arith.addi %v1328, %v1248 : i64
                  %v1330 = llvm.getelementptr %dx_theta[%v1329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1325, %v1330 : f32, !llvm.ptr
                }
                %v1331 = arith.mulf %v1315, %v1302 fastmath<contract> : f32
                llvm.store %v1331, %v35 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                llvm.store %v41, %v36 : f32, !llvm.ptr
                %v1332 = arith.mulf %v1285, %v1285 fastmath<contract> : f32
                %v1333 = arith.negf %v1332 : f32
                llvm.store %v1333, %v38 : f32, !llvm.ptr
              } else {
                %v1334 = arith.subi %v120, %v1 : i64
                %v1335 = arith.muli %v231, %v2 : i64
                %v1336 = arith.subi %v2, %v1 : i64
                %v1337 = arith.minsi %v25, %v1336 : i64
                %v1338 = arith.addi %v1335, %v1337 : i64
                %v1339 = llvm.getelementptr %scratch_h[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
                %v1341 = arith.muli %v231, %v2 : i64
                %v1342 = arith.subi %v2, %v1 : i64
                %v1343 = arith.minsi %v25, %v1342 : i64
                %v1344 = arith.addi %v1341, %v1343 : i64
                %v1345 = llvm.getelementptr %scratch_hp[%v1344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1346 = llvm.load %v1345 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1347 = arith.minsi %v232, %v1334 : i64
                %v1348 = arith.addi %v118, %v1347 : i64
                %v1349 = arith.muli %v31, %v168 : i64
                %v1350 = arith.muli %v29, %size_L : i64
                %v1351 = arith.addi %v1349, %v1350 : i64
                %v1352 = arith.addi %v1351, %v1348 : i64
                %v1353 = llvm.getelementptr %in_rho[%v1352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
                %v1355 = arith.negf %v1354 : f32
                %v1356 = arith.mulf %v1355, %v176 fastmath<contract> : f32
                %v1357 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1356) : (f32) -> f32
                %v1358 = arith.addf %v42, %v1357 fastmath<contract> : f32
                %v1359 = arith.divf %v42, %v1358 : f32
                %v1360 = arith.mulf %v167, %v1359 fastmath<contract> : f32
                %v1361 = arith.muli %v31, %v168 : i64
                %v1362 = arith.muli %v29, %size_L : i64
                %v1363 = arith.addi %v1361, %v1362 : i64
                %v1364 = arith.addi %v1363, %v1348 : i64
                %v1365 = llvm.getelementptr %in_theta[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
                %v1367 = arith.mulf %v1366, %v188 fastmath<contract> : f32
                %v1368 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1367) : (f32) -> f32
                %v1369 = arith.mulf %v1368, %v191 fastmath<contract> : f32
                %v1370 = arith.subf %v1366, %v1369 fastmath<contract> : f32
                %v1371 = arith.mulf %v1368, %v192 fastmath<contract> : f32
                %v1372 = arith.subf %v1370, %v1371 fastmath<contract> : f32
                %v1373 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1372) : (f32) -> f32
                %v1374 = arith.mulf %v1360, %v1373 fastmath<contract> : f32
                %v1375 = arith.muli %v31, %v168 : i64
                %v1376 = arith.muli %v29, %size_L : i64
                %v1377 = arith.addi %v1375, %v1376 : i64
                %v1378 = arith.addi %v1377, %v1348 : i64
                %v1379 = llvm.getelementptr %in_x[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1380 = llvm.load %v1379 : !llvm.ptr -> f32
                %v1381 = arith.mulf %v1374, %v1340 fastmath<contract> : f32
                %v1382 = arith.addf %v1381, %v1380 fastmath<contract> : f32
                %v1383 = arith.mulf %v1359, %v1359 fastmath<contract> : f32
                %v1384 = arith.negf %v1383 : f32
                %v1385 = arith.mulf %v1384, %v1346 fastmath<contract> : f32
                %v1386 = arith.addf %v1382, %v1385 fastmath<contract> : f32
                %v1387 = arith.mulf %v41, %v1346 fastmath<contract> : f32
                %v1388 = arith.addf %v1387, %v41 fastmath<contract> : f32
                %v1389 = arith.mulf %v42, %v1340 fastmath<contract> : f32
                %v1390 = arith.addf %v1388, %v1389 fastmath<contract> : f32
                %v1391 = arith.addi %v232, %v1 : i64
                %v1392 = arith.minsi %v1391, %v1334 : i64
                %v1393 = arith.addi %v118, %v1392 : i64
                %v1394 = arith.muli %v31, %v168 : i64
                %v1395 = arith.muli %v29, %size_L : i64
                %v1396 = arith.addi %v1394, %v1395 : i64
                %v1397 = arith.addi %v1396, %v1393 : i64
                %v1398 = llvm.getelementptr %in_rho[%v1397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1399 = llvm.load %v1398 : !llvm.ptr -> f32
                %v1400 = arith.negf %v1399 : f32
                %v1401 = arith.mulf %v1400, %v176 fastmath<contract> : f32
                %v1402 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1401) : (f32) -> f32
                %v1403 = arith.addf %v42, %v1402 fastmath<contract> : f32
                %v1404 = arith.divf %v42, %v1403 : f32
                %v1405 = arith.mulf %v167, %v1404 fastmath<contract> : f32
                %v1406 = arith.muli %v31, %v168 : i64
                %v1407 = arith.muli %v29, %size_L : i64
                %v1408 = arith.addi %v1406, %v1407 : i64
                %v1409 = arith.addi %v1408, %v1393 : i64
                %v1410 = llvm.getelementptr %in_theta[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
                %v1412 = arith.mulf %v1411, %v188 fastmath<contract> : f32
                %v1413 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1412) : (f32) -> f32
                %v1414 = arith.mulf %v1413, %v191 fastmath<contract> : f32
                %v1415 = arith.subf %v1411, %v1414 fastmath<contract> : f32
                %v1416 = arith.mulf %v1413, %v192 fastmath<contract> : f32
                %v1417 = arith.subf %v1415, %v1416 fastmath<contract> : f32
                %v1418 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1417) : (f32) -> f32
                %v1419 = arith.mulf %v1405, %v1418 fastmath<contract> : f32
                %v1420 = arith.muli %v31, %v168 : i64
                %v1421 = arith.muli %v29, %size_L : i64
                %v1422 = arith.addi %v1420, %v1421 : i64
                %v1423 = arith.addi %v1422, %v1393 : i64
                %v1424 = llvm.getelementptr %in_x[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1425 = llvm.load %v1424 : !llvm.ptr -> f32
                %v1426 = arith.mulf %v1419, %v1386 fastmath<contract> : f32
                %v1427 = arith.addf %v1426, %v1425 fastmath<contract> : f32
                %v1428 = arith.mulf %v1404, %v1404 fastmath<contract> : f32
                %v1429 = arith.negf %v1428 : f32
                %v1430 = arith.mulf %v1429, %v1390 fastmath<contract> : f32
                %v1431 = arith.addf %v1427, %v1430 fastmath<contract> : f32
                %v1432 = arith.mulf %v41, %v1390 fastmath<contract> : f32
                %v1433 = arith.addf %v1432, %v41 fastmath<contract> : f32
                %v1434 = arith.mulf %v42, %v1386 fastmath<contract> : f32
                %v1435 = arith.addf %v1433, %v1434 fastmath<contract> : f32
                %v1436 = arith.addi %v232, %v48 : i64
                %v1437 = arith.minsi %v1436, %v1334 : i64
                %v1438 = arith.addi %v118, %v1437 : i64
                %v1439 = arith.muli %v31, %v168 : i64
                %v1440 = arith.muli %v29, %size_L : i64
                %v1441 = arith.addi %v1439, %v1440 : i64
                %v1442 = arith.addi %v1441, %v1438 : i64
                %v1443 = llvm.getelementptr %in_rho[%v1442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1444 = llvm.load %v1443 : !llvm.ptr -> f32
                %v1445 = arith.negf %v1444 : f32
                %v1446 = arith.mulf %v1445, %v176 fastmath<contract> : f32
                %v1447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1446) : (f32) -> f32
                %v1448 = arith.addf %v42, %v1447 fastmath<contract> : f32
                %v1449 = arith.divf %v42, %v1448 : f32
                %v1450 = arith.mulf %v167, %v1449 fastmath<contract> : f32
                %v1451 = arith.muli %v31, %v168 : i64
                %v1452 = arith.muli %v29, %size_L : i64
                %v1453 = arith.addi %v1451, %v1452 : i64
                %v1454 = arith.addi %v1453, %v1438 : i64
                %v1455 = llvm.getelementptr %in_theta[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
                %v1457 = arith.mulf %v1456, %v188 fastmath<contract> : f32
                %v1458 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1457) : (f32) -> f32
                %v1459 = arith.mulf %v1458, %v191 fastmath<contract> : f32
                %v1460 = arith.subf %v1456, %v1459 fastmath<contract> : f32
                %v1461 = arith.mulf %v1458, %v192 fastmath<contract> : f32
                %v1462 = arith.subf %v1460, %v1461 fastmath<contract> : f32
                %v1463 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1462) : (f32) -> f32
                %v1464 = arith.mulf %v1450, %v1463 fastmath<contract> : f32
                %v1465 = arith.muli %v31, %v168 : i64
                %v1466 = arith.muli %v29, %size_L : i64
                %v1467 = arith.addi %v1465, %v1466 : i64
                %v1468 = arith.addi %v1467, %v1438 : i64
                %v1469 = llvm.getelementptr %in_x[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1470 = llvm.load %v1469 : !llvm.ptr -> f32
                %v1471 = arith.mulf %v1464, %v1431 fastmath<contract> : f32
                %v1472 = arith.addf %v1471, %v1470 fastmath<contract> : f32
                %v1473 = arith.mulf %v1449, %v1449 fastmath<contract> : f32
                %v1474 = arith.negf %v1473 : f32
                %v1475 = arith.mulf %v1474, %v1435 fastmath<contract> : f32
                %v1476 = arith.addf %v1472, %v1475 fastmath<contract> : f32
                %v1477 = arith.mulf %v41, %v1435 fastmath<contract> : f32
                %v1478 = arith.addf %v1477, %v41 fastmath<contract> : f32
                %v1479 = arith.mulf %v42, %v1431 fastmath<contract> : f32
                %v1480 = arith.addf %v1478, %v1479 fastmath<contract> : f32
                %v1481 = arith.addi %v232, %v53 : i64
                %v1482 = arith.minsi %v1481, %v1334 : i64
                %v1483 = arith.addi %v118, %v1482 : i64
                %v1484 = arith.muli %v31, %v168 : i64
                %v1485 = arith.muli %v29, %size_L : i64
                %v1486 = arith.addi %v1484, %v1485 : i64
                %v1487 = arith.addi %v1486, %v1483 : i64
                %v1488 = llvm.getelementptr %in_rho[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
                %v1490 = arith.negf %v1489 : f32
                %v1491 = arith.mulf %v1490, %v176 fastmath<contract> : f32
                %v1492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1491) : (f32) -> f32
                %v1493 = arith.addf %v42, %v1492 fastmath<contract> : f32
                %v1494 = arith.divf %v42, %v1493 : f32
                %v1495 = arith.mulf %v167, %v1494 fastmath<contract> : f32
                %v1496 = arith.muli %v31, %v168 : i64
                %v1497 = arith.muli %v29, %size_L : i64
                %v1498 = arith.addi %v1496, %v1497 : i64
                %v1499 = arith.addi %v1498, %v1483 : i64
                %v1500 = llvm.getelementptr %in_theta[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1501 = llvm.load %v1500 : !llvm.ptr -> f32
                %v1502 = arith.mulf %v1501, %v188 fastmath<contract> : f32
                %v1503 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1502) : (f32) -> f32
                %v1504 = arith.mulf %v1503, %v191 fastmath<contract> : f32
                %v1505 = arith.subf %v1501, %v1504 fastmath<contract> : f32
                %v1506 = arith.mulf %v1503, %v192 fastmath<contract> : f32
                %v1507 = arith.subf %v1505, %v1506 fastmath<contract> : f32
                %v1508 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1507) : (f32) -> f32
                %v1509 = arith.mulf %v1495, %v1508 fastmath<contract> : f32
                %v1510 = arith.muli %v31, %v168 : i64
                %v1511 = arith.muli %v29, %size_L : i64
                %v1512 = arith.addi %v1510, %v1511 : i64
                %v1513 = arith.addi %v1512, %v1483 : i64
                %v1514 = llvm.getelementptr %in_x[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1515 = llvm.load %v1514 : !llvm.ptr -> f32
                %v1516 = arith.mulf %v1509, %v1476 fastmath<contract> : f32
                %v1517 = arith.addf %v1516, %v1515 fastmath<contract> : f32
                %v1518 = arith.mulf %v1494, %v1494 fastmath<contract> : f32
                %v1519 = arith.negf %v1518 : f32
                %v1520 = arith.mulf %v1519, %v1480 fastmath<contract> : f32
                %v1521 = arith.addf %v1517, %v1520 fastmath<contract> : f32
                %v1522 = arith.mulf %v41, %v1480 fastmath<contract> : f32
                %v1523 = arith.addf %v1522, %v41 fastmath<contract> : f32
                %v1524 = arith.mulf %v42, %v1476 fastmath<contract> : f32
                %v1525 = arith.addf %v1523, %v1524 fastmath<contract> : f32
                %v1526 = arith.addi %v232, %v58 : i64
                %v1527 = arith.minsi %v1526, %v1334 : i64
                %v1528 = arith.addi %v118, %v1527 : i64
                %v1529 = arith.muli %v31, %v168 : i64
                %v1530 = arith.muli %v29, %size_L : i64
                %v1531 = arith.addi %v1529, %v1530 : i64
                %v1532 = arith.addi %v1531, %v1528 : i64
                %v1533 = llvm.getelementptr %in_rho[%v1532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1534 = llvm.load %v1533 : !llvm.ptr -> f32
                %v1535 = arith.negf %v1534 : f32
                %v1536 = arith.mulf %v1535, %v176 fastmath<contract> : f32
                %v1537 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1536) : (f32) -> f32
                %v1538 = arith.addf %v42, %v1537 fastmath<contract> : f32
                %v1539 = arith.divf %v42, %v1538 : f32
                %v1540 = arith.mulf %v167, %v1539 fastmath<contract> : f32
                %v1541 = arith.muli %v31, %v168 : i64
                %v1542 = arith.muli %v29, %size_L : i64
                %v1543 = arith.addi %v1541, %v1542 : i64
                %v1544 = arith.addi %v1543, %v1528 : i64
                %v1545 = llvm.getelementptr %in_theta[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
                %v1547 = arith.mulf %v1546, %v188 fastmath<contract> : f32
                %v1548 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1547) : (f32) -> f32
                %v1549 = arith.mulf %v1548, %v191 fastmath<contract> : f32
                %v1550 = arith.subf %v1546, %v1549 fastmath<contract> : f32
                %v1551 = arith.mulf %v1548, %v192 fastmath<contract> : f32
                %v1552 = arith.subf %v1550, %v1551 fastmath<contract> : f32
                %v1553 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1552) : (f32) -> f32
                %v1554 = arith.mulf %v1540, %v1553 fastmath<contract> : f32
                %v1555 = arith.muli %v31, %v168 : i64
                %v1556 = arith.muli %v29, %size_L : i64
                %v1557 = arith.addi %v1555, %v1556 : i64
                %v1558 = arith.addi %v1557, %v1528 : i64
                %v1559 = llvm.getelementptr %in_x[%v1558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
                %v1561 = arith.mulf %v1554, %v1521 fastmath<contract> : f32
                %v1562 = arith.addf %v1561, %v1560 fastmath<contract> : f32
                %v1563 = arith.mulf %v1539, %v1539 fastmath<contract> : f32
                %v1564 = arith.negf %v1563 : f32
                %v1565 = arith.mulf %v1564, %v1525 fastmath<contract> : f32
                %v1566 = arith.addf %v1562, %v1565 fastmath<contract> : f32
                %v1567 = arith.mulf %v41, %v1525 fastmath<contract> : f32
                %v1568 = arith.addf %v1567, %v41 fastmath<contract> : f32
                %v1569 = arith.mulf %v42, %v1521 fastmath<contract> : f32
                %v1570 = arith.addf %v1568, %v1569 fastmath<contract> : f32
                %v1571 = arith.addi %v232, %v63 : i64
                %v1572 = arith.minsi %v1571, %v1334 : i64
                %v1573 = arith.addi %v118, %v1572 : i64
                %v1574 = arith.muli %v31, %v168 : i64
                %v1575 = arith.muli %v29, %size_L : i64
                %v1576 = arith.addi %v1574, %v1575 : i64
                %v1577 = arith.addi %v1576, %v1573 : i64
                %v1578 = llvm.getelementptr %in_rho[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1579 = llvm.load %v1578 : !llvm.ptr -> f32
                %v1580 = arith.negf %v1579 : f32
                %v1581 = arith.mulf %v1580, %v176 fastmath<contract> : f32
                %v1582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1581) : (f32) -> f32
                %v1583 = arith.addf %v42, %v1582 fastmath<contract> : f32
                %v1584 = arith.divf %v42, %v1583 : f32
                %v1585 = arith.mulf %v167, %v1584 fastmath<contract> : f32
                %v1586 = arith.muli %v31, %v168 : i64
                %v1587 = arith.muli %v29, %size_L : i64
                %v1588 = arith.addi %v1586, %v1587 : i64
                %v1589 = arith.addi %v1588, %v1573 : i64
                %v1590 = llvm.getelementptr %in_theta[%v1589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1591 = llvm.load %v1590 : !llvm.ptr -> f32
                %v1592 = arith.mulf %v1591, %v188 fastmath<contract> : f32
                %v1593 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1592) : (f32) -> f32
                %v1594 = arith.mulf %v1593, %v191 fastmath<contract> : f32
                %v1595 = arith.subf %v1591, %v1594 fastmath<contract> : f32
                %v1596 = arith.mulf %v1593, %v192 fastmath<contract> : f32
                %v1597 = arith.subf %v1595, %v1596 fastmath<contract> : f32
                %v1598 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1597) : (f32) -> f32
                %v1599 = arith.mulf %v1585, %v1598 fastmath<contract> : f32
                %v1600 = arith.muli %v31, %v168 : i64
                %v1601 = arith.muli %v29, %size_L : i64
                %v1602 = arith.addi %v1600, %v1601 : i64
                %v1603 = arith.addi %v1602, %v1573 : i64
                %v1604 = llvm.getelementptr %in_x[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1605 = llvm.load %v1604 : !llvm.ptr -> f32
                %v1606 = arith.mulf %v1599, %v1566 fastmath<contract> : f32
                %v1607 = arith.addf %v1606, %v1605 fastmath<contract> : f32
                %v1608 = arith.mulf %v1584, %v1584 fastmath<contract> : f32
                %v1609 = arith.negf %v1608 : f32
                %v1610 = arith.mulf %v1609, %v1570 fastmath<contract> : f32
                %v1611 = arith.addf %v1607, %v1610 fastmath<contract> : f32
                %v1612 = arith.mulf %v41, %v1570 fastmath<contract> : f32
                %v1613 = arith.addf %v1612, %v41 fastmath<contract> : f32
                %v1614 = arith.mulf %v42, %v1566 fastmath<contract> : f32
                %v1615 = arith.addf %v1613, %v1614 fastmath<contract> : f32
                %v1616 = arith.addi %v232, %v68 : i64
                %v1617 = arith.minsi %v1616, %v1334 : i64
                %v1618 = arith.addi %v118, %v1617 : i64
                %v1619 = arith.muli %v31, %v168 : i64
                %v1620 = arith.muli %v29, %size_L : i64
                %v1621 = arith.addi %v1619, %v1620 : i64
                %v1622 = arith.addi %v1621, %v1618 : i64
                %v1623 = llvm.getelementptr %in_rho[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
                %v1625 = arith.negf %v1624 : f32
                %v1626 = arith.mulf %v1625, %v176 fastmath<contract> : f32
                %v1627 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1626) : (f32) -> f32
                %v1628 = arith.addf %v42, %v1627 fastmath<contract> : f32
                %v1629 = arith.divf %v42, %v1628 : f32
                %v1630 = arith.mulf %v167, %v1629 fastmath<contract> : f32
                %v1631 = arith.muli %v31, %v168 : i64
                %v1632 = arith.muli %v29, %size_L : i64
                %v1633 = arith.addi %v1631, %v1632 : i64
                %v1634 = arith.addi %v1633, %v1618 : i64
                %v1635 = llvm.getelementptr %in_theta[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1636 = llvm.load %v1635 : !llvm.ptr -> f32
                %v1637 = arith.mulf %v1636, %v188 fastmath<contract> : f32
                %v1638 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1637) : (f32) -> f32
                %v1639 = arith.mulf %v1638, %v191 fastmath<contract> : f32
                %v1640 = arith.subf %v1636, %v1639 fastmath<contract> : f32
                %v1641 = arith.mulf %v1638, %v192 fastmath<contract> : f32
                %v1642 = arith.subf %v1640, %v1641 fastmath<contract> : f32
                %v1643 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1642) : (f32) -> f32
                %v1644 = arith.mulf %v1630, %v1643 fastmath<contract> : f32
                %v1645 = arith.muli %v31, %v168 : i64
                %v1646 = arith.muli %v29, %size_L : i64
                %v1647 = arith.addi %v1645, %v1646 : i64
                %v1648 = arith.addi %v1647, %v1618 : i64
                %v1649 = llvm.getelementptr %in_x[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1650 = llvm.load %v1649 : !llvm.ptr -> f32
                %v1651 = arith.mulf %v1644, %v1611 fastmath<contract> : f32
                %v1652 = arith.addf %v1651, %v1650 fastmath<contract> : f32
                %v1653 = arith.mulf %v1629, %v1629 fastmath<contract> : f32
                %v1654 = arith.negf %v1653 : f32
                %v1655 = arith.mulf %v1654, %v1615 fastmath<contract> : f32
                %v1656 = arith.addf %v1652, %v1655 fastmath<contract> : f32
                %v1657 = arith.mulf %v41, %v1615 fastmath<contract> : f32
                %v1658 = arith.addf %v1657, %v41 fastmath<contract> : f32
                %v1659 = arith.mulf %v42, %v1611 fastmath<contract> : f32
                %v1660 = arith.addf %v1658, %v1659 fastmath<contract> : f32
                %v1661 = arith.addi %v232, %v73 : i64
                %v1662 = arith.minsi %v1661, %v1334 : i64
                %v1663 = arith.addi %v118, %v1662 : i64
                %v1664 = arith.muli %v31, %v168 : i64
                %v1665 = arith.muli %v29, %size_L : i64
                %v1666 = arith.addi %v1664, %v1665 : i64
                %v1667 = arith.addi %v1666, %v1663 : i64
                %v1668 = llvm.getelementptr %in_rho[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1669 = llvm.load %v1668 : !llvm.ptr -> f32
                %v1670 = arith.negf %v1669 : f32
                %v1671 = arith.mulf %v1670, %v176 fastmath<contract> : f32
                %v1672 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1671) : (f32) -> f32
                %v1673 = arith.addf %v42, %v1672 fastmath<contract> : f32
                %v1674 = arith.divf %v42, %v1673 : f32
                %v1675 = arith.mulf %v167, %v1674 fastmath<contract> : f32
                %v1676 = arith.muli %v31, %v168 : i64
                %v1677 = arith.muli %v29, %size_L : i64
                %v1678 = arith.addi %v1676, %v1677 : i64
                %v1679 = arith.addi %v1678, %v1663 : i64
                %v1680 = llvm.getelementptr %in_theta[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
                %v1682 = arith.mulf %v1681, %v188 fastmath<contract> : f32
                %v1683 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1682) : (f32) -> f32
                %v1684 = arith.mulf %v1683, %v191 fastmath<contract> : f32
                %v1685 = arith.subf %v1681, %v1684 fastmath<contract> : f32
                %v1686 = arith.mulf %v1683, %v192 fastmath<contract> : f32
                %v1687 = arith.subf %v1685, %v1686 fastmath<contract> : f32
                %v1688 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1687) : (f32) -> f32
                %v1689 = arith.mulf %v1675, %v1688 fastmath<contract> : f32
                %v1690 = arith.muli %v31, %v168 : i64
                %v1691 = arith.muli %v29, %size_L : i64
                %v1692 = arith.addi %v1690, %v1691 : i64
                %v1693 = arith.addi %v1692, %v1663 : i64
                %v1694 = llvm.getelementptr %in_x[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
                %v1696 = arith.mulf %v1689, %v1656 fastmath<contract> : f32
                %v1697 = arith.addf %v1696, %v1695 fastmath<contract> : f32
                %v1698 = arith.mulf %v1674, %v1674 fastmath<contract> : f32
                %v1699 = arith.negf %v1698 : f32
                %v1700 = arith.mulf %v1699, %v1660 fastmath<contract> : f32
                %v1701 = arith.addf %v1697, %v1700 fastmath<contract> : f32
                %v1702 = arith.mulf %v41, %v1660 fastmath<contract> : f32
                %v1703 = arith.addf %v1702, %v41 fastmath<contract> : f32
                %v1704 = arith.mulf %v42, %v1656 fastmath<contract> : f32
                %v1705 = arith.addf %v1703, %v1704 fastmath<contract> : f32
                %v1706 = arith.subi %v120, %v232 : i64
                %v1707 = arith.trunci %v1706 : i64 to i32
                %v1708 = arith.subi %size_L, %v1 : i64
                %v1709 = arith.addi %v118, %v232 : i64
                %v1710 = arith.subi %v1708, %v1709 : i64
                %v1711 = arith.minsi %v1710, %v612 : i64
                %v1712 = arith.trunci %v1711 : i64 to i32
                %v1713 = arith.addi %v232, %v73 : i64
                %v1714 = arith.cmpi slt, %v616, %v1707 : i32
                %v1715 = arith.cmpi eq, %v616, %v1712 : i32
                scf.if %v1714 {
                  %v1716 = arith.addi %v118, %v1713 : i64
                  %v1717 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1718 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1719 = arith.muli %v31, %v168 : i64
                  %v1720 = arith.muli %v29, %size_L : i64
                  %v1721 = arith.addi %v1719, %v1720 : i64
                  %v1722 = arith.addi %v1721, %v1716 : i64
                  %v1723 = llvm.getelementptr %dy_y[%v1722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1724 = llvm.load %v1723 : !llvm.ptr -> f32
                  %v1725 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1726 = arith.mulf %v1725, %v1717 fastmath<contract> : f32
                  %v1727 = arith.addf %v1724, %v1726 fastmath<contract> : f32
                  %v1728 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1729 = arith.mulf %v1728, %v1718 fastmath<contract> : f32
                  %v1730 = arith.addf %v1729, %v1727 fastmath<contract> : f32
                  %v1731 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1732 = arith.mulf %v1731, %v1718 fastmath<contract> : f32
                  %v1733 = arith.addf %v41, %v1732 fastmath<contract> : f32
                  %v1734 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1735 = arith.mulf %v1734, %v1717 fastmath<contract> : f32
                  %v1736 = arith.addf %v1735, %v1733 fastmath<contract> : f32
                  llvm.store %v1730, %v33 : f32, !llvm.ptr
                  llvm.store %v1736, %v34 : f32, !llvm.ptr
                  %v1737 = llvm.load %v33 : !llvm.ptr -> f32
                  scf.if %v26 {
                    %v1738 = arith.muli %v31, %v168 : i64
                    %v1739 = arith.muli %v29, %size_L : i64
                    %v1740 = arith.addi %v1738, %v1739 : i64
                    %v1741 = arith.addi %v1740, %v1716 : i64
                    %v1742 = llvm.getelementptr %dx_x[%v1741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1737, %v1742 : f32, !llvm.ptr
                  }
                  %v1743 = arith.muli %v31, %v168 : i64
                  %v1744 = arith.muli %v29, %size_L : i64
                  %v1745 = arith.addi %v1743, %v1744 : i64
                  %v1746 = arith.addi %v1745, %v1716 : i64
                  %v1747 = llvm.getelementptr %in_rho[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1748 = llvm.load %v1747 : !llvm.ptr -> f32
                  %v1749 = arith.negf %v1748 : f32
                  %v1750 = arith.mulf %v1749, %v176 fastmath<contract> : f32
                  %v1751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1750) : (f32) -> f32
                  %v1752 = arith.addf %v42, %v1751 fastmath<contract> : f32
                  %v1753 = arith.divf %v42, %v1752 : f32
                  %v1754 = arith.mulf %v1660, %v1737 fastmath<contract> : f32
                  %v1755 = arith.negf %v1754 : f32
                  %v1756 = arith.mulf %v1753, %v1755 fastmath<contract> : f32
                  %v1757 = arith.addf %v1756, %v1756 fastmath<contract> : f32
                  %v1758 = arith.muli %v31, %v168 : i64
                  %v1759 = arith.muli %v29, %size_L : i64
                  %v1760 = arith.addi %v1758, %v1759 : i64
                  %v1761 = arith.addi %v1760, %v1716 : i64
                  %v1762 = llvm.getelementptr %in_theta[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
                  %v1764 = arith.mulf %v1763, %v188 fastmath<contract> : f32
                  %v1765 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1764) : (f32) -> f32
                  %v1766 = arith.mulf %v1765, %v191 fastmath<contract> : f32
                  %v1767 = arith.subf %v1763, %v1766 fastmath<contract> : f32
                  %v1768 = arith.mulf %v1765, %v192 fastmath<contract> : f32
                  %v1769 = arith.subf %v1767, %v1768 fastmath<contract> : f32
                  %v1770 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1769) : (f32) -> f32
                  %v1771 = arith.mulf %v1656, %v1737 fastmath<contract> : f32
                  %v1772 = arith.mulf %v1770, %v1771 fastmath<contract> : f32
                  %v1773 = arith.mulf %v167, %v1772 fastmath<contract> : f32
                  %v1774 = arith.addf %v1757, %v1773 fastmath<contract> : f32
                  %v1775 = arith.subf %v42, %v1753 fastmath<contract> : f32
                  %v1776 = arith.mulf %v1753, %v1775 fastmath<contract> : f32
                  %v1777 = arith.mulf %v1774, %v1776 fastmath<contract> : f32
                  scf.if %v26 {
                    %v1778 = arith.muli %v31, %v168 : i64
                    %v1779 = arith.muli %v29, %size_L : i64
                    %v1780 = arith.addi %v1778, %v1779 : i64
                    %v1781 = arith.addi %v1780, %v1716 : i64
                    %v1782 = llvm.getelementptr %dx_rho[%v1781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1777, %v1782 : f32, !llvm.ptr
                  }
                  %v1783 = arith.mulf %v167, %v1753 fastmath<contract> : f32
                  %v1784 = arith.mulf %v1783, %v1771 fastmath<contract> : f32
                  %v1785 = arith.mulf %v1763, %v188 fastmath<contract> : f32
                  %v1786 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1785) : (f32) -> f32
                  %v1787 = arith.mulf %v1786, %v191 fastmath<contract> : f32
                  %v1788 = arith.subf %v1763, %v1787 fastmath<contract> : f32
                  %v1789 = arith.mulf %v1786, %v192 fastmath<contract> : f32
                  %v1790 = arith.subf %v1788, %v1789 fastmath<contract> : f32
                  %v1791 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1790) : (f32) -> f32
                  %v1792 = arith.negf %v1791 : f32
                  %v1793 = arith.mulf %v1784, %v1792 fastmath<contract> : f32
                  scf.if %v26 {
                    %v1794 = arith.muli %v31, %v168 : i64
                    %v1795 = arith.muli %v29, %size_L : i64
                    %v1796 = arith.addi %v1794, %v1795 : i64
                    %v1797 = arith.addi %v1796, %v1716 : i64
                    %v1798 = llvm.getelementptr %dx_theta[%v1797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1793, %v1798 : f32, !llvm.ptr
                  }
                  %v1799 = arith.mulf %v1783, %v1770 fastmath<contract> : f32
                  llvm.store %v1799, %v35 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  llvm.store %v41, %v36 : f32, !llvm.ptr
                  %v1800 = arith.mulf %v1753, %v1753 fastmath<contract> : f32
                  %v1801 = arith.negf %v1800 : f32
                  llvm.store %v1801, %v38 : f32, !llvm.ptr
                }
                %v1802 = arith.addi %v232, %v68 : i64
                %v1803 = arith.cmpi slt, %v706, %v1707 : i32
                %v1804 = arith.cmpi eq, %v706, %v1712 : i32
                scf.if %v1803 {
                  %v1805 = arith.addi %v118, %v1802 : i64
                  %v1806 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1807 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1808 = arith.muli %v31, %v168 : i64
                  %v1809 = arith.muli %v29, %size_L : i64
                  %v1810 = arith.addi %v1808, %v1809 : i64
                  %v1811 = arith.addi %v1810, %v1805 : i64
                  %v1812 = llvm.getelementptr %dy_y[%v1811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1813 = llvm.load %v1812 : !llvm.ptr -> f32
                  %v1814 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1815 = arith.mulf %v1814, %v1806 fastmath<contract> : f32
                  %v1816 = arith.addf %v1813, %v1815 fastmath<contract> : f32
                  %v1817 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1818 = arith.mulf %v1817, %v1807 fastmath<contract> : f32
                  %v1819 = arith.addf %v1818, %v1816 fastmath<contract> : f32
                  %v1820 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1821 = arith.mulf %v1820, %v1807 fastmath<contract> : f32
                  %v1822 = arith.addf %v41, %v1821 fastmath<contract> : f32
                  %v1823 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1824 = arith.mulf %v1823, %v1806 fastmath<contract> : f32
                  %v1825 = arith.addf %v1824, %v1822 fastmath<contract> : f32
                  llvm.store %v1819, %v33 : f32, !llvm.ptr
                  llvm.store %v1825, %v34 : f32, !llvm.ptr
                  %v1826 = llvm.load %v33 : !llvm.ptr -> f32
                  scf.if %v26 {
                    %v1827 = arith.muli %v31, %v168 : i64
                    %v1828 = arith.muli %v29, %size_L : i64
                    %v1829 = arith.addi %v1827, %v1828 : i64
                    %v1830 = arith.addi %v1829, %v1805 : i64
                    %v1831 = llvm.getelementptr %dx_x[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1826, %v1831 : f32, !llvm.ptr
                  }
                  %v1832 = arith.muli %v31, %v168 : i64
                  %v1833 = arith.muli %v29, %size_L : i64
                  %v1834 = arith.addi %v1832, %v1833 : i64
                  %v1835 = arith.addi %v1834, %v1805 : i64
                  %v1836 = llvm.getelementptr %in_rho[%v1835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1837 = llvm.load %v1836 : !llvm.ptr -> f32
                  %v1838 = arith.negf %v1837 : f32
                  %v1839 = arith.mulf %v1838, %v176 fastmath<contract> : f32
                  %v1840 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1839) : (f32) -> f32
                  %v1841 = arith.addf %v42, %v1840 fastmath<contract> : f32
                  %v1842 = arith.divf %v42, %v1841 : f32
                  %v1843 = arith.mulf %v1615, %v1826 fastmath<contract> : f32
                  %v1844 = arith.negf %v1843 : f32
                  %v1845 = arith.mulf %v1842, %v1844 fastmath<contract> : f32
                  %v1846 = arith.addf %v1845, %v1845 fastmath<contract> : f32
                  %v1847 = arith.muli %v31, %v168 : i64
                  %v1848 = arith.muli %v29, %size_L : i64
                  %v1849 = arith.addi %v1847, %v1848 : i64
                  %v1850 = arith.addi %v1849, %v1805 : i64
                  %v1851 = llvm.getelementptr %in_theta[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1852 = llvm.load %v1851 : !llvm.ptr -> f32
                  %v1853 = arith.mulf %v1852, %v188 fastmath<contract> : f32
                  %v1854 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1853) : (f32) -> f32
                  %v1855 = arith.mulf %v1854, %v191 fastmath<contract> : f32
                  %v1856 = arith.subf %v1852, %v1855 fastmath<contract> : f32
                  %v1857 = arith.mulf %v1854, %v192 fastmath<contract> : f32
                  %v1858 = arith.subf %v1856, %v1857 fastmath<contract> : f32
                  %v1859 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1858) : (f32) -> f32
                  %v1860 = arith.mulf %v1611, %v1826 fastmath<contract> : f32
                  %v1861 = arith.mulf %v1859, %v1860 fastmath<contract> : f32
                  %v1862 = arith.mulf %v167, %v1861 fastmath<contract> : f32
                  %v1863 = arith.addf %v1846, %v1862 fastmath<contract> : f32
                  %v1864 = arith.subf %v42, %v1842 fastmath<contract> : f32
                  %v1865 = arith.mulf %v1842, %v1864 fastmath<contract> : f32
                  %v1866 = arith.mulf %v1863, %v1865 fastmath<contract> : f32
                  scf.if %v26 {
                    %v1867 = arith.muli %v31, %v168 : i64
                    %v1868 = arith.muli %v29, %size_L : i64
                    %v1869 = arith.addi %v1867, %v1868 : i64
                    %v1870 = arith.addi %v1869, %v1805 : i64
                    %v1871 = llvm.getelementptr %dx_rho[%v1870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1866, %v1871 : f32, !llvm.ptr
                  }
                  %v1872 = arith.mulf %v167, %v1842 fastmath<contract> : f32
                  %v1873 = arith.mulf %v1872, %v1860 fastmath<contract> : f32
                  %v1874 = arith.mulf %v1852, %v188 fastmath<contract> : f32
                  %v1875 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1874) : (f32) -> f32
                  %v1876 = arith.mulf %v1875, %v191 fastmath<contract> : f32
                  %v1877 = arith.subf %v1852, %v1876 fastmath<contract> : f32
                  %v1878 = arith.mulf %v1875, %v192 fastmath<contract> : f32
                  %v1879 = arith.subf %v1877, %v1878 fastmath<contract> : f32
                  %v1880 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1879) : (f32) -> f32
                  %v1881 = arith.negf %v1880 : f32
                  %v1882 = arith.mulf %v1873, %v1881 fastmath<contract> : f32
                  scf.if %v26 {
                    %v1883 = arith.muli %v31, %v168 : i64
                    %v1884 = arith.muli %v29, %size_L : i64
                    %v1885 = arith.addi %v1883, %v1884 : i64
                    %v1886 = arith.addi %v1885, %v1805 : i64
                    %v1887 = llvm.getelementptr %dx_theta[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1882, %v1887 : f32, !llvm.ptr
                  }
                  %v1888 = arith.mulf %v1872, %v1859 fastmath<contract> : f32
                  llvm.store %v1888, %v35 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  llvm.store %v41, %v36 : f32, !llvm.ptr
                  %v1889 = arith.mulf %v1842, %v1842 fastmath<contract> : f32
                  %v1890 = arith.negf %v1889 : f32
                  llvm.store %v1890, %v38 : f32, !llvm.ptr
                }
                %v1891 = arith.addi %v232, %v63 : i64
                %v1892 = arith.cmpi slt, %v796, %v1707 : i32
                %v1893 = arith.cmpi eq, %v796, %v1712 : i32
                scf.if %v1892 {
                  %v1894 = arith.addi %v118, %v1891 : i64
                  %v1895 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1896 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1897 = arith.muli %v31, %v168 : i64
                  %v1898 = arith.muli %v29, %size_L : i64
                  %v1899 = arith.addi %v1897, %v1898 : i64
                  %v1900 = arith.addi %v1899, %v1894 : i64
                  %v1901 = llvm.getelementptr %dy_y[%v1900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1902 = llvm.load %v1901 : !llvm.ptr -> f32
                  %v1903 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1904 = arith.mulf %v1903, %v1895 fastmath<contract> : f32
                  %v1905 = arith.addf %v1902, %v1904 fastmath<contract> : f32
                  %v1906 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1907 = arith.mulf %v1906, %v1896 fastmath<contract> : f32
                  %v1908 = arith.addf %v1907, %v1905 fastmath<contract> : f32
                  %v1909 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1910 = arith.mulf %v1909, %v1896 fastmath<contract> : f32
                  %v1911 = arith.addf %v41, %v1910 fastmath<contract> : f32
                  %v1912 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1913 = arith.mulf %v1912, %v1895 fastmath<contract> : f32
                  %v1914 = arith.addf %v1913, %v1911 fastmath<contract> : f32
                  llvm.store %v1908, %v33 : f32, !llvm.ptr
                  llvm.store %v1914, %v34 : f32, !llvm.ptr
                  %v1915 = llvm.load %v33 : !llvm.ptr -> f32
                  scf.if %v26 {
                    %v1916 = arith.muli %v31, %v168 : i64
                    %v1917 = arith.muli %v29, %size_L : i64
                    %v1918 = arith.addi %v1916, %v1917 : i64
                    %v1919 = arith.addi %v1918, %v1894 : i64
                    %v1920 = llvm.getelementptr %dx_x[%v1919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1915, %v1920 : f32, !llvm.ptr
                  }
                  %v1921 = arith.muli %v31, %v168 : i64
                  %v1922 = arith.muli %v29, %size_L : i64
                  %v1923 = arith.addi %v1921, %v1922 : i64
                  %v1924 = arith.addi %v1923, %v1894 : i64
                  %v1925 = llvm.getelementptr %in_rho[%v1924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1926 = llvm.load %v1925 : !llvm.ptr -> f32
                  %v1927 = arith.negf %v1926 : f32
                  %v1928 = arith.mulf %v1927, %v176 fastmath<contract> : f32
                  %v1929 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1928) : (f32) -> f32
                  %v1930 = arith.addf %v42, %v1929 fastmath<contract> : f32
                  %v1931 = arith.divf %v42, %v1930 : f32
                  %v1932 = arith.mulf %v1570, %v1915 fastmath<contract> : f32
                  %v1933 = arith.negf %v1932 : f32
                  %v1934 = arith.mulf %v1931, %v1933 fastmath<contract> : f32
                  %v1935 = arith.addf %v1934, %v1934 fastmath<contract> : f32
                  %v1936 = arith.muli %v31, %v168 : i64
                  %v1937 = arith.muli %v29, %size_L : i64
                  %v1938 = arith.addi %v1936, %v1937 : i64
                  %v1939 = arith.addi %v1938, %v1894 : i64
                  %v1940 = llvm.getelementptr %in_theta[%v1939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1941 = llvm.load %v1940 : !llvm.ptr -> f32
                  %v1942 = arith.mulf %v1941, %v188 fastmath<contract> : f32
                  %v1943 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1942) : (f32) -> f32
                  %v1944 = arith.mulf %v1943, %v191 fastmath<contract> : f32
                  %v1945 = arith.subf %v1941, %v1944 fastmath<contract> : f32
                  %v1946 = arith.mulf %v1943, %v192 fastmath<contract> : f32
                  %v1947 = arith.subf %v1945, %v1946 fastmath<contract> : f32
                  %v1948 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1947) : (f32) -> f32
                  %v1949 = arith.mulf %v1566, %v1915 fastmath<contract> : f32
                  %v1950 = arith.mulf %v1948, %v1949 fastmath<contract> : f32
                  %v1951 = arith.mulf %v167, %v1950 fastmath<contract> : f32
                  %v1952 = arith.addf %v1935, %v1951 fastmath<contract> : f32
                  %v1953 = arith.subf %v42, %v1931 fastmath<contract> : f32
                  %v1954 = arith.mulf %v1931, %v1953 fastmath<contract> : f32
                  %v1955 = arith.mulf %v1952, %v1954 fastmath<contract> : f32
                  scf.if %v26 {
                    %v1956 = arith.muli %v31, %v168 : i64
                    %v1957 = arith.muli %v29, %size_L : i64
                    %v1958 = arith.addi %v1956, %v1957 : i64
                    %v1959 = arith.addi %v1958, %v1894 : i64
                    %v1960 = llvm.getelementptr %dx_rho[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1955, %v1960 : f32, !llvm.ptr
                  }
                  %v1961 = arith.mulf %v167, %v1931 fastmath<contract> : f32
                  %v1962 = arith.mulf %v1961, %v1949 fastmath<contract> : f32
                  %v1963 = arith.mulf %v1941, %v188 fastmath<contract> : f32
                  %v1964 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1963) : (f32) -> f32
                  %v1965 = arith.mulf %v1964, %v191 fastmath<contract> : f32
                  %v1966 = arith.subf %v1941, %v1965 fastmath<contract> : f32
                  %v1967 = arith.mulf %v1964, %v192 fastmath<contract> : f32
                  %v1968 = arith.subf %v1966, %v1967 fastmath<contract> : f32
                  %v1969 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1968) : (f32) -> f32
                  %v1970 = arith.negf %v1969 : f32
                  %v1971 = arith.mulf %v1962, %v1970 fastmath<contract> : f32
                  scf.if %v26 {
                    %v1972 = arith.muli %v31, %v168 : i64
                    %v1973 = arith.muli %v29, %size_L : i64
                    %v1974 = arith.addi %v1972, %v1973 : i64
                    %v1975 = arith.addi %v1974, %v1894 : i64
                    %v1976 = llvm.getelementptr %dx_theta[%v1975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1971, %v1976 : f32, !llvm.ptr
                  }
                  %v1977 = arith.mulf %v1961, %v1948 fastmath<contract> : f32
                  llvm.store %v1977, %v35 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  llvm.store %v41, %v36 : f32, !llvm.ptr
                  %v1978 = arith.mulf %v1931, %v1931 fastmath<contract> : f32
                  %v1979 = arith.negf %v1978 : f32
                  llvm.store %v1979, %v38 : f32, !llvm.ptr
                }
                %v1980 = arith.addi %v232, %v58 : i64
                %v1981 = arith.cmpi slt, %v886, %v1707 : i32
                %v1982 = arith.cmpi eq, %v886, %v1712 : i32
                scf.if %v1981 {
                  %v1983 = arith.addi %v118, %v1980 : i64
                  %v1984 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1985 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1986 = arith.muli %v31, %v168 : i64
                  %v1987 = arith.muli %v29, %size_L : i64
                  %v1988 = arith.addi %v1986, %v1987 : i64
                  %v1989 = arith.addi %v1988, %v1983 : i64
                  %v1990 = llvm.getelementptr %dy_y[%v1989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1991 = llvm.load %v1990 : !llvm.ptr -> f32
                  %v1992 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1993 = arith.mulf %v1992, %v1984 fastmath<contract> : f32
                  %v1994 = arith.addf %v1991, %v1993 fastmath<contract> : f32
                  %v1995 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1996 = arith.mulf %v1995, %v1985 fastmath<contract> : f32
                  %v1997 = arith.addf %v1996, %v1994 fastmath<contract> : f32
                  %v1998 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1999 = arith.mulf %v1998, %v1985 fastmath<contract> : f32
                  %v2000 = arith.addf %v41, %v1999 fastmath<contract> : f32
                  %v2001 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2002 = arith.mulf %v2001, %v1984 fastmath<contract> : f32
                  %v2003 = arith.addf %v2002, %v2000 fastmath<contract> : f32
                  llvm.store %v1997, %v33 : f32, !llvm.ptr
                  llvm.store %v2003, %v34 : f32, !llvm.ptr
                  %v2004 = llvm.load %v33 : !llvm.ptr -> f32
                  scf.if %v26 {
                    %v2005 = arith.muli %v31, %v168 : i64
                    %v2006 = arith.muli %v29, %size_L : i64
                    %v2007 = arith.addi %v2005, %v2006 : i64
                    %v2008 = arith.addi %v2007, %v1983 : i64
                    %v2009 = llvm.getelementptr %dx_x[%v2008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2004, %v2009 : f32, !llvm.ptr
                  }
                  %v2010 = arith.muli %v31, %v168 : i64
                  %v2011 = arith.muli %v29, %size_L : i64
                  %v2012 = arith.addi %v2010, %v2011 : i64
                  %v2013 = arith.addi %v2012, %v1983 : i64
                  %v2014 = llvm.getelementptr %in_rho[%v2013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2015 = llvm.load %v2014 : !llvm.ptr -> f32
                  %v2016 = arith.negf %v2015 : f32
                  %v2017 = arith.mulf %v2016, %v176 fastmath<contract> : f32
                  %v2018 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2017) : (f32) -> f32
                  %v2019 = arith.addf %v42, %v2018 fastmath<contract> : f32
                  %v2020 = arith.divf %v42, %v2019 : f32
                  %v2021 = arith.mulf %v1525, %v2004 fastmath<contract> : f32
                  %v2022 = arith.negf %v2021 : f32
                  %v2023 = arith.mulf %v2020, %v2022 fastmath<contract> : f32
                  %v2024 = arith.addf %v2023, %v2023 fastmath<contract> : f32
                  %v2025 = arith.muli %v31, %v168 : i64
                  %v2026 = arith.muli %v29, %size_L : i64
                  %v2027 = arith.addi %v2025, %v2026 : i64
                  %v2028 = arith.addi %v2027, %v1983 : i64
                  %v2029 = llvm.getelementptr %in_theta[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
                  %v2031 = arith.mulf %v2030, %v188 fastmath<contract> : f32
                  %v2032 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2031) : (f32) -> f32
                  %v2033 = arith.mulf %v2032, %v191 fastmath<contract> : f32
                  %v2034 = arith.subf %v2030, %v2033 fastmath<contract> : f32
                  %v2035 = arith.mulf %v2032, %v192 fastmath<contract> : f32
                  %v2036 = arith.subf %v2034, %v2035 fastmath<contract> : f32
                  %v2037 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2036) : (f32) -> f32
                  %v2038 = arith.mulf %v1521, %v2004 fastmath<contract> : f32
                  %v2039 = arith.mulf %v2037, %v2038 fastmath<contract> : f32
                  %v2040 = arith.mulf %v167, %v2039 fastmath<contract> : f32
                  %v2041 = arith.addf %v2024, %v2040 fastmath<contract> : f32
                  %v2042 = arith.subf %v42, %v2020 fastmath<contract> : f32
                  %v2043 = arith.mulf %v2020, %v2042 fastmath<contract> : f32
                  %v2044 = arith.mulf %v2041, %v2043 fastmath<contract> : f32
                  scf.if %v26 {
                    %v2045 = arith.muli %v31, %v168 : i64
                    %v2046 = arith.muli %v29, %size_L : i64
                    %v2047 = arith.addi %v2045, %v2046 : i64
                    %v2048 = arith.addi %v2047, %v1983 : i64
                    %v2049 = llvm.getelementptr %dx_rho[%v2048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2044, %v2049 : f32, !llvm.ptr
                  }
                  %v2050 = arith.mulf %v167, %v2020 fastmath<contract> : f32
                  %v2051 = arith.mulf %v2050, %v2038 fastmath<contract> : f32
                  %v2052 = arith.mulf %v2030, %v188 fastmath<contract> : f32
                  %v2053 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2052) : (f32) -> f32
                  %v2054 = arith.mulf %v2053, %v191 fastmath<contract> : f32
                  %v2055 = arith.subf %v2030, %v2054 fastmath<contract> : f32
                  %v2056 = arith.mulf %v2053, %v192 fastmath<contract> : f32
                  %v2057 = arith.subf %v2055, %v2056 fastmath<contract> : f32
                  %v2058 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2057) : (f32) -> f32
                  %v2059 = arith.negf %v2058 : f32
                  %v2060 = arith.mulf %v2051, %v2059 fastmath<contract> : f32
                  scf.if %v26 {
                    %v2061 = arith.muli %v31, %v168 : i64
                    %v2062 = arith.muli %v29, %size_L : i64
                    %v2063 = arith.addi %v2061, %v2062 : i64
                    %v2064 = arith.addi %v2063, %v1983 : i64
                    %v2065 = llvm.getelementptr %dx_theta[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2060, %v2065 : f32, !llvm.ptr
                  }
                  %v2066 = arith.mulf %v2050, %v2037 fastmath<contract> : f32
                  llvm.store %v2066, %v35 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  llvm.store %v41, %v36 : f32, !llvm.ptr
                  %v2067 = arith.mulf %v2020, %v2020 fastmath<contract> : f32
                  %v2068 = arith.negf %v2067 : f32
                  llvm.store %v2068, %v38 : f32, !llvm.ptr
                }
                %v2069 = arith.addi %v232, %v53 : i64
                %v2070 = arith.cmpi slt, %v976, %v1707 : i32
                %v2071 = arith.cmpi eq, %v976, %v1712 : i32
                scf.if %v2070 {
                  %v2072 = arith.addi %v118, %v2069 : i64
                  %v2073 = llvm.load %v33 : !llvm.ptr -> f32
                  %v2074 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2075 = arith.muli %v31, %v168 : i64
                  %v2076 = arith.muli %v29, %size_L : i64
                  %v2077 = arith.addi %v2075, %v2076 : i64
                  %v2078 = arith.addi %v2077, %v2072 : i64
                  %v2079 = llvm.getelementptr %dy_y[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
                  %v2081 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2082 = arith.mulf %v2081, %v2073 fastmath<contract> : f32
                  %v2083 = arith.addf %v2080, %v2082 fastmath<contract> : f32
                  %v2084 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2085 = arith.mulf %v2084, %v2074 fastmath<contract> : f32
                  %v2086 = arith.addf %v2085, %v2083 fastmath<contract> : f32
                  %v2087 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2088 = arith.mulf %v2087, %v2074 fastmath<contract> : f32
                  %v2089 = arith.addf %v41, %v2088 fastmath<contract> : f32
                  %v2090 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2091 = arith.mulf %v2090, %v2073 fastmath<contract> : f32
                  %v2092 = arith.addf %v2091, %v2089 fastmath<contract> : f32
                  llvm.store %v2086, %v33 : f32, !llvm.ptr
                  llvm.store %v2092, %v34 : f32, !llvm.ptr
                  %v2093 = llvm.load %v33 : !llvm.ptr -> f32
                  scf.if %v26 {
                    %v2094 = arith.muli %v31, %v168 : i64
                    %v2095 = arith.muli %v29, %size_L : i64
                    %v2096 = arith.addi %v2094, %v2095 : i64
                    %v2097 = arith.addi %v2096, %v2072 : i64
                    %v2098 = llvm.getelementptr %dx_x[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2093, %v2098 : f32, !llvm.ptr
                  }
                  %v2099 = arith.muli %v31, %v168 : i64
                  %v2100 = arith.muli %v29, %size_L : i64
                  %v2101 = arith.addi %v2099, %v2100 : i64
                  %v2102 = arith.addi %v2101, %v2072 : i64
                  %v2103 = llvm.getelementptr %in_rho[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2104 = llvm.load %v2103 : !llvm.ptr -> f32
                  %v2105 = arith.negf %v2104 : f32
                  %v2106 = arith.mulf %v2105, %v176 fastmath<contract> : f32
                  %v2107 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2106) : (f32) -> f32
                  %v2108 = arith.addf %v42, %v2107 fastmath<contract> : f32
                  %v2109 = arith.divf %v42, %v2108 : f32
                  %v2110 = arith.mulf %v1480, %v2093 fastmath<contract> : f32
                  %v2111 = arith.negf %v2110 : f32
                  %v2112 = arith.mulf %v2109, %v2111 fastmath<contract> : f32
                  %v2113 = arith.addf %v2112, %v2112 fastmath<contract> : f32
                  %v2114 = arith.muli %v31, %v168 : i64
                  %v2115 = arith.muli %v29, %size_L : i64
                  %v2116 = arith.addi %v2114, %v2115 : i64
                  %v2117 = arith.addi %v2116, %v2072 : i64
                  %v2118 = llvm.getelementptr %in_theta[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2119 = llvm.load %v2118 : !llvm.ptr -> f32
                  %v2120 = arith.mulf %v2119, %v188 fastmath<contract> : f32
                  %v2121 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2120) : (f32) -> f32
                  %v2122 = arith.mulf %v2121, %v191 fastmath<contract> : f32
                  %v2123 = arith.subf %v2119, %v2122 fastmath<contract> : f32
                  %v2124 = arith.mulf %v2121, %v192 fastmath<contract> : f32
                  %v2125 = arith.subf %v2123, %v2124 fastmath<contract> : f32
                  %v2126 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2125) : (f32) -> f32
                  %v2127 = arith.mulf %v1476, %v2093 fastmath<contract> : f32
                  %v2128 = arith.mulf %v2126, %v2127 fastmath<contract> : f32
                  %v2129 = arith.mulf %v167, %v2128 fastmath<contract> : f32
                  %v2130 = arith.addf %v2113, %v2129 fastmath<contract> : f32
                  %v2131 = arith.subf %v42, %v2109 fastmath<contract> : f32
                  %v2132 = arith.mulf %v2109, %v2131 fastmath<contract> : f32
                  %v2133 = arith.mulf %v2130, %v2132 fastmath<contract> : f32
                  scf.if %v26 {
                    %v2134 = arith.muli %v31, %v168 : i64
                    %v2135 = arith.muli %v29, %size_L : i64
                    %v2136 = arith.addi %v2134, %v2135 : i64
                    %v2137 = arith.addi %v2136, %v2072 : i64
                    %v2138 = llvm.getelementptr %dx_rho[%v2137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2133, %v2138 : f32, !llvm.ptr
                  }
                  %v2139 = arith.mulf %v167, %v2109 fastmath<contract> : f32
                  %v2140 = arith.mulf %v2139, %v2127 fastmath<contract> : f32
                  %v2141 = arith.mulf %v2119, %v188 fastmath<contract> : f32
                  %v2142 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2141) : (f32) -> f32
                  %v2143 = arith.mulf %v2142, %v191 fastmath<contract> : f32
                  %v2144 = arith.subf %v2119, %v2143 fastmath<contract> : f32
                  %v2145 = arith.mulf %v2142, %v192 fastmath<contract> : f32
                  %v2146 = arith.subf %v2144, %v2145 fastmath<contract> : f32
                  %v2147 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2146) : (f32) -> f32
                  %v2148 = arith.negf %v2147 : f32
                  %v2149 = arith.mulf %v2140, %v2148 fastmath<contract> : f32
                  scf.if %v26 {
                    %v2150 = arith.muli %v31, %v168 : i64
                    %v2151 = arith.muli %v29, %size_L : i64
                    %v2152 = arith.addi %v2150, %v2151 : i64
                    %v2153 = arith.addi %v2152, %v2072 : i64
                    %v2154 = llvm.getelementptr %dx_theta[%v2153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2149, %v2154 : f32, !llvm.ptr
                  }
                  %v2155 = arith.mulf %v2139, %v2126 fastmath<contract> : f32
                  llvm.store %v2155, %v35 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  llvm.store %v41, %v36 : f32, !llvm.ptr
                  %v2156 = arith.mulf %v2109, %v2109 fastmath<contract> : f32
                  %v2157 = arith.negf %v2156 : f32
                  llvm.store %v2157, %v38 : f32, !llvm.ptr
                }
                %v2158 = arith.addi %v232, %v48 : i64
                %v2159 = arith.cmpi slt, %v1066, %v1707 : i32
                %v2160 = arith.cmpi eq, %v1066, %v1712 : i32
                scf.if %v2159 {
                  %v2161 = arith.addi %v118, %v2158 : i64
                  %v2162 = llvm.load %v33 : !llvm.ptr -> f32
                  %v2163 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2164 = arith.muli %v31, %v168 : i64
                  %v2165 = arith.muli %v29, %size_L : i64
                  %v2166 = arith.addi %v2164, %v2165 : i64
                  %v2167 = arith.addi %v2166, %v2161 : i64
                  %v2168 = llvm.getelementptr %dy_y[%v2167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2169 = llvm.load %v2168 : !llvm.ptr -> f32
                  %v2170 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2171 = arith.mulf %v2170, %v2162 fastmath<contract> : f32
                  %v2172 = arith.addf %v2169, %v2171 fastmath<contract> : f32
                  %v2173 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2174 = arith.mulf %v2173, %v2163 fastmath<contract> : f32
                  %v2175 = arith.addf %v2174, %v2172 fastmath<contract> : f32
                  %v2176 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2177 = arith.mulf %v2176, %v2163 fastmath<contract> : f32
                  %v2178 = arith.addf %v41, %v2177 fastmath<contract> : f32
                  %v2179 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2180 = arith.mulf %v2179, %v2162 fastmath<contract> : f32
                  %v2181 = arith.addf %v2180, %v2178 fastmath<contract> : f32
                  llvm.store %v2175, %v33 : f32, !llvm.ptr
                  llvm.store %v2181, %v34 : f32, !llvm.ptr
                  %v2182 = llvm.load %v33 : !llvm.ptr -> f32
                  scf.if %v26 {
                    %v2183 = arith.muli %v31, %v168 : i64
                    %v2184 = arith.muli %v29, %size_L : i64
                    %v2185 = arith.addi %v2183, %v2184 : i64
                    %v2186 = arith.addi %v2185, %v2161 : i64
                    %v2187 = llvm.getelementptr %dx_x[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2182, %v2187 : f32, !llvm.ptr
                  }
                  %v2188 = arith.muli %v31, %v168 : i64
                  %v2189 = arith.muli %v29, %size_L : i64
                  %v2190 = arith.addi %v2188, %v2189 : i64
                  %v2191 = arith.addi %v2190, %v2161 : i64
                  %v2192 = llvm.getelementptr %in_rho[%v2191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2193 = llvm.load %v2192 : !llvm.ptr -> f32
                  %v2194 = arith.negf %v2193 : f32
                  %v2195 = arith.mulf %v2194, %v176 fastmath<contract> : f32
                  %v2196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2195) : (f32) -> f32
                  %v2197 = arith.addf %v42, %v2196 fastmath<contract> : f32
                  %v2198 = arith.divf %v42, %v2197 : f32
                  %v2199 = arith.mulf %v1435, %v2182 fastmath<contract> : f32
                  %v2200 = arith.negf %v2199 : f32
                  %v2201 = arith.mulf %v2198, %v2200 fastmath<contract> : f32
                  %v2202 = arith.addf %v2201, %v2201 fastmath<contract> : f32
                  %v2203 = arith.muli %v31, %v168 : i64
                  %v2204 = arith.muli %v29, %size_L : i64
                  %v2205 = arith.addi %v2203, %v2204 : i64
                  %v2206 = arith.addi %v2205, %v2161 : i64
                  %v2207 = llvm.getelementptr %in_theta[%v2206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2208 = llvm.load %v2207 : !llvm.ptr -> f32
                  %v2209 = arith.mulf %v2208, %v188 fastmath<contract> : f32
                  %v2210 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2209) : (f32) -> f32
                  %v2211 = arith.mulf %v2210, %v191 fastmath<contract> : f32
                  %v2212 = arith.subf %v2208, %v2211 fastmath<contract> : f32
                  %v2213 = arith.mulf %v2210, %v192 fastmath<contract> : f32
                  %v2214 = arith.subf %v2212, %v2213 fastmath<contract> : f32
                  %v2215 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2214) : (f32) -> f32
                  %v2216 = arith.mulf %v1431, %v2182 fastmath<contract> : f32
                  %v2217 = arith.mulf %v2215, %v2216 fastmath<contract> : f32
                  %v2218 = arith.mulf %v167, %v2217 fastmath<contract> : f32
                  %v2219 = arith.addf %v2202, %v2218 fastmath<contract> : f32
                  %v2220 = arith.subf %v42, %v2198 fastmath<contract> : f32
                  %v2221 = arith.mulf %v2198, %v2220 fastmath<contract> : f32
                  %v2222 = arith.mulf %v2219, %v2221 fastmath<contract> : f32
                  scf.if %v26 {
                    %v2223 = arith.muli %v31, %v168 : i64
                    %v2224 = arith.muli %v29, %size_L : i64
                    %v2225 = arith.addi %v2223, %v2224 : i64
                    %v2226 = arith.addi %v2225, %v2161 : i64
                    %v2227 = llvm.getelementptr %dx_rho[%v2226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2222, %v2227 : f32, !llvm.ptr
                  }
                  %v2228 = arith.mulf %v167, %v2198 fastmath<contract> : f32
                  %v2229 = arith.mulf %v2228, %v2216 fastmath<contract> : f32
                  %v2230 = arith.mulf %v2208, %v188 fastmath<contract> : f32
                  %v2231 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2230) : (f32) -> f32
                  %v2232 = arith.mulf %v2231, %v191 fastmath<contract> : f32
                  %v2233 = arith.subf %v2208, %v2232 fastmath<contract> : f32
                  %v2234 = arith.mulf %v2231, %v192 fastmath<contract> : f32
                  %v2235 = arith.subf %v2233, %v2234 fastmath<contract> : f32
                  %v2236 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2235) : (f32) -> f32
                  %v2237 = arith.negf %v2236 : f32
                  %v2238 = arith.mulf %v2229, %v2237 fastmath<contract> : f32
                  scf.if %v26 {
                    %v2239 = arith.muli %v31, %v168 : i64
                    %v2240 = arith.muli %v29, %size_L : i64
                    %v2241 = arith.addi %v2239, %v2240 : i64
                    %v2242 = arith.addi %v2241, %v2161 : i64
                    %v2243 = llvm.getelementptr %dx_theta[%v2242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2238, %v2243 : f32, !llvm.ptr
                  }
                  %v2244 = arith.mulf %v2228, %v2215 fastmath<contract> : f32
                  llvm.store %v2244, %v35 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  llvm.store %v41, %v36 : f32, !llvm.ptr
                  %v2245 = arith.mulf %v2198, %v2198 fastmath<contract> : f32
                  %v2246 = arith.negf %v2245 : f32
                  llvm.store %v2246, %v38 : f32, !llvm.ptr
                }
                %v2247 = arith.addi %v232, %v1 : i64
                %v2248 = arith.cmpi slt, %v1156, %v1707 : i32
                %v2249 = arith.cmpi eq, %v1156, %v1712 : i32
                scf.if %v2248 {
                  %v2250 = arith.addi %v118, %v2247 : i64
                  %v2251 = llvm.load %v33 : !llvm.ptr -> f32
                  %v2252 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2253 = arith.muli %v31, %v168 : i64
                  %v2254 = arith.muli %v29, %size_L : i64
                  %v2255 = arith.addi %v2253, %v2254 : i64
                  %v2256 = arith.addi %v2255, %v2250 : i64
                  %v2257 = llvm.getelementptr %dy_y[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2258 = llvm.load %v2257 : !llvm.ptr -> f32
                  %v2259 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2260 = arith.mulf %v2259, %v2251 fastmath<contract> : f32
                  %v2261 = arith.addf %v2258, %v2260 fastmath<contract> : f32
                  %v2262 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2263 = arith.mulf %v2262, %v2252 fastmath<contract> : f32
                  %v2264 = arith.addf %v2263, %v2261 fastmath<contract> : f32
                  %v2265 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2266 = arith.mulf %v2265, %v2252 fastmath<contract> : f32
                  %v2267 = arith.addf %v41, %v2266 fastmath<contract> : f32
                  %v2268 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2269 = arith.mulf %v2268, %v2251 fastmath<contract> : f32
                  %v2270 = arith.addf %v2269, %v2267 fastmath<contract> : f32
                  llvm.store %v2264, %v33 : f32, !llvm.ptr
                  llvm.store %v2270, %v34 : f32, !llvm.ptr
                  %v2271 = llvm.load %v33 : !llvm.ptr -> f32
                  scf.if %v26 {
                    %v2272 = arith.muli %v31, %v168 : i64
                    %v2273 = arith.muli %v29, %size_L : i64
                    %v2274 = arith.addi %v2272, %v2273 : i64
                    %v2275 = arith.addi %v2274, %v2250 : i64
                    %v2276 = llvm.getelementptr %dx_x[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2271, %v2276 : f32, !llvm.ptr
                  }
                  %v2277 = arith.muli %v31, %v168 : i64
                  %v2278 = arith.muli %v29, %size_L : i64
                  %v2279 = arith.addi %v2277, %v2278 : i64
                  %v2280 = arith.addi %v2279, %v2250 : i64
                  %v2281 = llvm.getelementptr %in_rho[%v2280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2282 = llvm.load %v2281 : !llvm.ptr -> f32
                  %v2283 = arith.negf %v2282 : f32
                  %v2284 = arith.mulf %v2283, %v176 fastmath<contract> : f32
                  %v2285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2284) : (f32) -> f32
                  %v2286 = arith.addf %v42, %v2285 fastmath<contract> : f32
                  %v2287 = arith.divf %v42, %v2286 : f32
                  %v2288 = arith.mulf %v1390, %v2271 fastmath<contract> : f32
                  %v2289 = arith.negf %v2288 : f32
                  %v2290 = arith.mulf %v2287, %v2289 fastmath<contract> : f32
                  %v2291 = arith.addf %v2290, %v2290 fastmath<contract> : f32
                  %v2292 = arith.muli %v31, %v168 : i64
                  %v2293 = arith.muli %v29, %size_L : i64
                  %v2294 = arith.addi %v2292, %v2293 : i64
                  %v2295 = arith.addi %v2294, %v2250 : i64
                  %v2296 = llvm.getelementptr %in_theta[%v2295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2297 = llvm.load %v2296 : !llvm.ptr -> f32
                  %v2298 = arith.mulf %v2297, %v188 fastmath<contract> : f32
                  %v2299 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2298) : (f32) -> f32
                  %v2300 = arith.mulf %v2299, %v191 fastmath<contract> : f32
                  %v2301 = arith.subf %v2297, %v2300 fastmath<contract> : f32
                  %v2302 = arith.mulf %v2299, %v192 fastmath<contract> : f32
                  %v2303 = arith.subf %v2301, %v2302 fastmath<contract> : f32
                  %v2304 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2303) : (f32) -> f32
                  %v2305 = arith.mulf %v1386, %v2271 fastmath<contract> : f32
                  %v2306 = arith.mulf %v2304, %v2305 fastmath<contract> : f32
                  %v2307 = arith.mulf %v167, %v2306 fastmath<contract> : f32
                  %v2308 = arith.addf %v2291, %v2307 fastmath<contract> : f32
                  %v2309 = arith.subf %v42, %v2287 fastmath<contract> : f32
                  %v2310 = arith.mulf %v2287, %v2309 fastmath<contract> : f32
                  %v2311 = arith.mulf %v2308, %v2310 fastmath<contract> : f32
                  scf.if %v26 {
                    %v2312 = arith.muli %v31, %v168 : i64
                    %v2313 = arith.muli %v29, %size_L : i64
                    %v2314 = arith.addi %v2312, %v2313 : i64
                    %v2315 = arith.addi %v2314, %v2250 : i64
                    %v2316 = llvm.getelementptr %dx_rho[%v2315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2311, %v2316 : f32, !llvm.ptr
                  }
                  %v2317 = arith.mulf %v167, %v2287 fastmath<contract> : f32
                  %v2318 = arith.mulf %v2317, %v2305 fastmath<contract> : f32
                  %v2319 = arith.mulf %v2297, %v188 fastmath<contract> : f32
                  %v2320 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2319) : (f32) -> f32
                  %v2321 = arith.mulf %v2320, %v191 fastmath<contract> : f32
                  %v2322 = arith.subf %v2297, %v2321 fastmath<contract> : f32
                  %v2323 = arith.mulf %v2320, %v192 fastmath<contract> : f32
                  %v2324 = arith.subf %v2322, %v2323 fastmath<contract> : f32
                  %v2325 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2324) : (f32) -> f32
                  %v2326 = arith.negf %v2325 : f32
                  %v2327 = arith.mulf %v2318, %v2326 fastmath<contract> : f32
                  scf.if %v26 {
                    %v2328 = arith.muli %v31, %v168 : i64
                    %v2329 = arith.muli %v29, %size_L : i64
                    %v2330 = arith.addi %v2328, %v2329 : i64
                    %v2331 = arith.addi %v2330, %v2250 : i64
                    %v2332 = llvm.getelementptr %dx_theta[%v2331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2327, %v2332 : f32, !llvm.ptr
                  }
                  %v2333 = arith.mulf %v2317, %v2304 fastmath<contract> : f32
                  llvm.store %v2333, %v35 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  llvm.store %v41, %v36 : f32, !llvm.ptr
                  %v2334 = arith.mulf %v2287, %v2287 fastmath<contract> : f32
                  %v2335 = arith.negf %v2334 : f32
                  llvm.store %v2335, %v38 : f32, !llvm.ptr
                }
                %v2336 = arith.cmpi slt, %v1245, %v1707 : i32
                %v2337 = arith.cmpi eq, %v1245, %v1712 : i32
                scf.if %v2336 {
                  %v2338 = arith.addi %v118, %v232 : i64
                  %v2339 = llvm.load %v33 : !llvm.ptr -> f32
                  %v2340 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2341 = arith.muli %v31, %v168 : i64
                  %v2342 = arith.muli %v29, %size_L : i64
                  %v2343 = arith.addi %v2341, %v2342 : i64
                  %v2344 = arith.addi %v2343, %v2338 : i64
                  %v2345 = llvm.getelementptr %dy_y[%v2344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2346 = llvm.load %v2345 : !llvm.ptr -> f32
                  %v2347 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2348 = arith.mulf %v2347, %v2339 fastmath<contract> : f32
                  %v2349 = arith.addf %v2346, %v2348 fastmath<contract> : f32
                  %v2350 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2351 = arith.mulf %v2350, %v2340 fastmath<contract> : f32
                  %v2352 = arith.addf %v2351, %v2349 fastmath<contract> : f32
                  %v2353 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2354 = arith.mulf %v2353, %v2340 fastmath<contract> : f32
                  %v2355 = arith.addf %v41, %v2354 fastmath<contract> : f32
                  %v2356 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2357 = arith.mulf %v2356, %v2339 fastmath<contract> : f32
                  %v2358 = arith.addf %v2357, %v2355 fastmath<contract> : f32
                  llvm.store %v2352, %v33 : f32, !llvm.ptr
                  llvm.store %v2358, %v34 : f32, !llvm.ptr
                  %v2359 = llvm.load %v33 : !llvm.ptr -> f32
                  scf.if %v26 {
                    %v2360 = arith.muli %v31, %v168 : i64
                    %v2361 = arith.muli %v29, %size_L : i64
                    %v2362 = arith.addi %v2360, %v2361 : i64
                    %v2363 = arith.addi %v2362, %v2338 : i64
                    %v2364 = llvm.getelementptr %dx_x[%v2363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2359, %v2364 : f32, !llvm.ptr
                  }
                  %v2365 = arith.muli %v31, %v168 : i64
                  %v2366 = arith.muli %v29, %size_L : i64
                  %v2367 = arith.addi %v2365, %v2366 : i64
                  %v2368 = arith.addi %v2367, %v2338 : i64
                  %v2369 = llvm.getelementptr %in_rho[%v2368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2370 = llvm.load %v2369 : !llvm.ptr -> f32
                  %v2371 = arith.negf %v2370 : f32
                  %v2372 = arith.mulf %v2371, %v176 fastmath<contract> : f32
                  %v2373 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2372) : (f32) -> f32
                  %v2374 = arith.addf %v42, %v2373 fastmath<contract> : f32
                  %v2375 = arith.divf %v42, %v2374 : f32
                  %v2376 = arith.mulf %v1346, %v2359 fastmath<contract> : f32
                  %v2377 = arith.negf %v2376 : f32
                  %v2378 = arith.mulf %v2375, %v2377 fastmath<contract> : f32
                  %v2379 = arith.addf %v2378, %v2378 fastmath<contract> : f32
                  %v2380 = arith.muli %v31, %v168 : i64
                  %v2381 = arith.muli %v29, %size_L : i64
                  %v2382 = arith.addi %v2380, %v2381 : i64
                  %v2383 = arith.addi %v2382, %v2338 : i64
                  %v2384 = llvm.getelementptr %in_theta[%v2383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2385 = llvm.load %v2384 : !llvm.ptr -> f32
                  %v2386 = arith.mulf %v2385, %v188 fastmath<contract> : f32
                  %v2387 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2386) : (f32) -> f32
                  %v2388 = arith.mulf %v2387, %v191 fastmath<contract> : f32
                  %v2389 = arith.subf %v2385, %v2388 fastmath<contract> : f32
                  %v2390 = arith.mulf %v2387, %v192 fastmath<contract> : f32
                  %v2391 = arith.subf %v2389, %v2390 fastmath<contract> : f32
                  %v2392 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2391) : (f32) -> f32
                  %v2393 = arith.mulf %v1340, %v2359 fastmath<contract> : f32
                  %v2394 = arith.mulf %v2392, %v2393 fastmath<contract> : f32
                  %v2395 = arith.mulf %v167, %v2394 fastmath<contract> : f32
                  %v2396 = arith.addf %v2379, %v2395 fastmath<contract> : f32
                  %v2397 = arith.subf %v42, %v2375 fastmath<contract> : f32
                  %v2398 = arith.mulf %v2375, %v2397 fastmath<contract> : f32
                  %v2399 = arith.mulf %v2396, %v2398 fastmath<contract> : f32
                  scf.if %v26 {
                    %v2400 = arith.muli %v31, %v168 : i64
                    %v2401 = arith.muli %v29, %size_L : i64
                    %v2402 = arith.addi %v2400, %v2401 : i64
                    %v2403 = arith.addi %v2402, %v2338 : i64
                    %v2404 = llvm.getelementptr %dx_rho[%v2403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2399, %v2404 : f32, !llvm.ptr
                  }
                  %v2405 = arith.mulf %v167, %v2375 fastmath<contract> : f32
                  %v2406 = arith.mulf %v2405, %v2393 fastmath<contract> : f32
                  %v2407 = arith.mulf %v2385, %v188 fastmath<contract> : f32
                  %v2408 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2407) : (f32) -> f32
                  %v2409 = arith.mulf %v2408, %v191 fastmath<contract> : f32
                  %v2410 = arith.subf %v2385, %v2409 fastmath<contract> : f32
                  %v2411 = arith.mulf %v2408, %v192 fastmath<contract> : f32
                  %v2412 = arith.subf %v2410, %v2411 fastmath<contract> : f32
                  %v2413 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2412) : (f32) -> f32
                  %v2414 = arith.negf %v2413 : f32
                  %v2415 = arith.mulf %v2406, %v2414 fastmath<contract> : f32
                  scf.if %v26 {
                    %v2416 = arith.muli %v31, %v168 : i64
                    %v2417 = arith.muli %v29, %size_L : i64
                    %v2418 = arith.addi %v2416, %v2417 : i64
                    %v2419 = arith.addi %v2418, %v2338 : i64
                    %v2420 = llvm.getelementptr %dx_theta[%v2419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2415, %v2420 : f32, !llvm.ptr
                  }
                  %v2421 = arith.mulf %v2405, %v2392 fastmath<contract> : f32
                  llvm.store %v2421, %v35 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  llvm.store %v41, %v36 : f32, !llvm.ptr
                  %v2422 = arith.mulf %v2375, %v2375 fastmath<contract> : f32
                  %v2423 = arith.negf %v2422 : f32
                  llvm.store %v2423, %v38 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v10 {
        %v2424 = llvm.load %v33 : !llvm.ptr -> f32
        %v2425 = llvm.load %v35 : !llvm.ptr -> f32
        %v2426 = arith.mulf %v2425, %v2424 fastmath<contract> : f32
        %v2427 = llvm.load %v37 : !llvm.ptr -> f32
        %v2428 = llvm.load %v34 : !llvm.ptr -> f32
        %v2429 = arith.mulf %v2427, %v2428 fastmath<contract> : f32
        %v2430 = arith.addf %v2429, %v2426 fastmath<contract> : f32
        %v2431 = llvm.load %v39 : !llvm.ptr -> f32
        %v2432 = arith.addf %v2431, %v2430 fastmath<contract> : f32
        llvm.store %v2432, %v39 : f32, !llvm.ptr
        %v2433 = llvm.load %v34 : !llvm.ptr -> f32
        %v2434 = llvm.load %v36 : !llvm.ptr -> f32
        %v2435 = arith.mulf %v2434, %v2433 fastmath<contract> : f32
        %v2436 = llvm.load %v38 : !llvm.ptr -> f32
        %v2437 = llvm.load %v33 : !llvm.ptr -> f32
        %v2438 = arith.mulf %v2436, %v2437 fastmath<contract> : f32
        %v2439 = arith.addf %v2438, %v2435 fastmath<contract> : f32
        %v2440 = llvm.load %v40 : !llvm.ptr -> f32
        %v2441 = arith.addf %v2440, %v2439 fastmath<contract> : f32
        llvm.store %v2441, %v40 : f32, !llvm.ptr
      }
      scf.if %v10 {
        scf.if %v26 {
          %v2442 = llvm.load %v39 : !llvm.ptr -> f32
          %v2443 = arith.muli %v31, %size_D : i64
          %v2444 = arith.addi %v2443, %v29 : i64
          %v2445 = llvm.getelementptr %dx_h0[%v2444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2442, %v2445 : f32, !llvm.ptr
        }
        scf.if %v26 {
          %v2446 = llvm.load %v40 : !llvm.ptr -> f32
          %v2447 = arith.muli %v31, %size_D : i64
          %v2448 = arith.addi %v2447, %v29 : i64
          %v2449 = llvm.getelementptr %dx_hp0[%v2448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2446, %v2449 : f32, !llvm.ptr
        }
      } else {
        scf.if %v26 {
          %v2450 = llvm.load %v33 : !llvm.ptr -> f32
          %v2451 = llvm.getelementptr %slice_carry[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2450, %v2451 : f32, !llvm.ptr
          %v2452 = arith.addi %v2, %v25 : i64
          %v2453 = llvm.load %v34 : !llvm.ptr -> f32
          %v2454 = llvm.getelementptr %slice_carry[%v2452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2453, %v2454 : f32, !llvm.ptr
          %v2455 = arith.muli %v48, %v2 : i64
          %v2456 = arith.addi %v2455, %v25 : i64
          %v2457 = llvm.load %v35 : !llvm.ptr -> f32
          %v2458 = llvm.getelementptr %slice_carry[%v2456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2457, %v2458 : f32, !llvm.ptr
          %v2459 = arith.muli %v53, %v2 : i64
          %v2460 = arith.addi %v2459, %v25 : i64
          %v2461 = llvm.load %v36 : !llvm.ptr -> f32
          %v2462 = llvm.getelementptr %slice_carry[%v2460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2461, %v2462 : f32, !llvm.ptr
          %v2463 = arith.muli %v58, %v2 : i64
          %v2464 = arith.addi %v2463, %v25 : i64
          %v2465 = llvm.load %v37 : !llvm.ptr -> f32
          %v2466 = llvm.getelementptr %slice_carry[%v2464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2465, %v2466 : f32, !llvm.ptr
          %v2467 = arith.muli %v63, %v2 : i64
          %v2468 = arith.addi %v2467, %v25 : i64
          %v2469 = llvm.load %v38 : !llvm.ptr -> f32
          %v2470 = llvm.getelementptr %slice_carry[%v2468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2469, %v2470 : f32, !llvm.ptr
          %v2471 = arith.muli %v68, %v2 : i64
          %v2472 = arith.addi %v2471, %v25 : i64
          %v2473 = llvm.load %v39 : !llvm.ptr -> f32
          %v2474 = llvm.getelementptr %slice_carry[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2473, %v2474 : f32, !llvm.ptr
          %v2475 = arith.muli %v73, %v2 : i64
          %v2476 = arith.addi %v2475, %v25 : i64
          %v2477 = llvm.load %v40 : !llvm.ptr -> f32
          %v2478 = llvm.getelementptr %slice_carry[%v2476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2477, %v2478 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
