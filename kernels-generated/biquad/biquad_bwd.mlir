module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_bwd(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %dy_hp_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_hp: !llvm.ptr, %dx_x: !llvm.ptr, %dx_rho: !llvm.ptr, %dx_theta: !llvm.ptr, %dx_h0: !llvm.ptr, %dx_hp0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 64 : i64
      %v5 = arith.divui %slice_first, %v4 : i64
      %v6 = arith.addi %slice_first, %slice_steps : i64
      %v7 = arith.constant 63 : i64
      %v8 = arith.addi %v6, %v7 : i64
      %v9 = arith.divui %v8, %v4 : i64
      %v10 = arith.constant 0 : i64
      %v11 = arith.cmpi eq, %slice_first, %v10 : i64
      %v12 = arith.cmpi sge, %v6, %size_L : i64
      %v13 = arith.cmpi slt, %v6, %size_L : i64
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = arith.constant 256 : i64
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
      %v54 = arith.constant 2 : i64
      %v59 = arith.constant 3 : i64
      %v64 = arith.constant 4 : i64
      %v69 = arith.constant 5 : i64
      %v74 = arith.constant 6 : i64
      %v79 = arith.constant 7 : i64
      %v84 = arith.muli %v1, %size_D : i64
      %v116 = arith.constant 8 : i64
      %v136 = arith.muli %v1, %size_B : i64
      %v137 = arith.muli %v136, %size_D : i64
      %v145 = arith.muli %v1, %size_B : i64
      %v146 = arith.muli %v145, %size_D : i64
      %v187 = arith.constant 0x40000000 : f32
      %v188 = arith.muli %v1, %size_L : i64
      %v189 = arith.muli %v188, %size_D : i64
      %v198 = arith.constant 0x3FB8AA3B : f32
      %v211 = arith.constant 0x3E22F983 : f32
      %v214 = arith.constant 0x40C90000 : f32
      %v215 = arith.constant 0x3AFDAA22 : f32
      %v665 = arith.constant 2147483647 : i64
      %v669 = arith.constant 7 : i32
      %v765 = arith.constant 6 : i32
      %v861 = arith.constant 5 : i32
      %v957 = arith.constant 4 : i32
      %v1053 = arith.constant 3 : i32
      %v1149 = arith.constant 2 : i32
      %v1245 = arith.constant 1 : i32
      %v1341 = arith.constant 0 : i32
      %v20 = gpu.block_id x
      %v21 = gpu.thread_id x
      %v22 = arith.index_cast %v21 : index to i64
      %v23 = arith.index_cast %v20 : index to i64
      %v25 = arith.muli %v23, %v24 : i64
      %v26 = arith.addi %v25, %v22 : i64
      %v27 = arith.cmpi slt, %v26, %v3 : i64
      %v28 = arith.subi %v3, %v1 : i64
      %v29 = arith.minsi %v26, %v28 : i64
      %v30 = arith.remui %v29, %size_D : i64
      %v31 = arith.divui %v29, %size_D : i64
      %v32 = arith.remui %v31, %size_B : i64
      %v33 = arith.divui %v31, %size_B : i64
      llvm.store %v42, %v34 : f32, !llvm.ptr
      llvm.store %v42, %v35 : f32, !llvm.ptr
      llvm.store %v43, %v36 : f32, !llvm.ptr
      llvm.store %v43, %v37 : f32, !llvm.ptr
      llvm.store %v42, %v38 : f32, !llvm.ptr
      llvm.store %v42, %v39 : f32, !llvm.ptr
      llvm.store %v42, %v40 : f32, !llvm.ptr
      llvm.store %v42, %v41 : f32, !llvm.ptr
      scf.if %v13 {
        scf.if %v27 {
          %v44 = arith.muli %v26, %v1 : i64
          %v45 = arith.muli %v3, %v1 : i64
          %v46 = arith.muli %v10, %v45 : i64
          %v47 = arith.addi %v46, %v44 : i64
          %v48 = llvm.getelementptr %slice_carry[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v49 = llvm.load %v48 : !llvm.ptr -> f32
          llvm.store %v49, %v34 : f32, !llvm.ptr
          %v50 = arith.muli %v1, %v45 : i64
          %v51 = arith.addi %v50, %v44 : i64
          %v52 = llvm.getelementptr %slice_carry[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v53 = llvm.load %v52 : !llvm.ptr -> f32
          llvm.store %v53, %v35 : f32, !llvm.ptr
          %v55 = arith.muli %v54, %v45 : i64
          %v56 = arith.addi %v55, %v44 : i64
          %v57 = llvm.getelementptr %slice_carry[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v58 = llvm.load %v57 : !llvm.ptr -> f32
          llvm.store %v58, %v36 : f32, !llvm.ptr
          %v60 = arith.muli %v59, %v45 : i64
          %v61 = arith.addi %v60, %v44 : i64
          %v62 = llvm.getelementptr %slice_carry[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v63 = llvm.load %v62 : !llvm.ptr -> f32
          llvm.store %v63, %v37 : f32, !llvm.ptr
          %v65 = arith.muli %v64, %v45 : i64
          %v66 = arith.addi %v65, %v44 : i64
          %v67 = llvm.getelementptr %slice_carry[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 : !llvm.ptr -> f32
          llvm.store %v68, %v38 : f32, !llvm.ptr
          %v70 = arith.muli %v69, %v45 : i64
          %v71 = arith.addi %v70, %v44 : i64
          %v72 = llvm.getelementptr %slice_carry[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v73 = llvm.load %v72 : !llvm.ptr -> f32
          llvm.store %v73, %v39 : f32, !llvm.ptr
          %v75 = arith.muli %v74, %v45 : i64
          %v76 = arith.addi %v75, %v44 : i64
          %v77 = llvm.getelementptr %slice_carry[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          llvm.store %v78, %v40 : f32, !llvm.ptr
          %v80 = arith.muli %v79, %v45 : i64
          %v81 = arith.addi %v80, %v44 : i64
          %v82 = llvm.getelementptr %slice_carry[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v83 = llvm.load %v82 : !llvm.ptr -> f32
          llvm.store %v83, %v41 : f32, !llvm.ptr
        }
      }
      scf.if %v12 {
        %v85 = arith.muli %v32, %v84 : i64
        %v86 = arith.muli %v30, %v1 : i64
        %v87 = arith.addi %v85, %v86 : i64
        %v88 = llvm.getelementptr %dy_h_last[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v89 = llvm.load %v88 : !llvm.ptr -> f32
        %v90 = llvm.load %v34 : !llvm.ptr -> f32
        %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
        llvm.store %v91, %v34 : f32, !llvm.ptr
        %v92 = arith.muli %v32, %v84 : i64
        %v93 = arith.muli %v30, %v1 : i64
        %v94 = arith.addi %v92, %v93 : i64
        %v95 = llvm.getelementptr %dy_hp_last[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v96 = llvm.load %v95 : !llvm.ptr -> f32
        %v97 = llvm.load %v35 : !llvm.ptr -> f32
        %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
        llvm.store %v98, %v35 : f32, !llvm.ptr
      }
      %v99 = arith.cmpi eq, %size_L, %v10 : i64
      scf.if %v99 {
        %v100 = arith.muli %v32, %v84 : i64
        %v101 = arith.muli %v30, %v1 : i64
        %v102 = arith.addi %v100, %v101 : i64
        %v103 = llvm.mlir.zero : !llvm.ptr
        %v104 = llvm.icmp "ne" %in_h0, %v103 : !llvm.ptr
        %v105 = scf.if %v104 -> (f32) {
          %v106 = llvm.getelementptr %in_h0[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v107 = llvm.load %v106 : !llvm.ptr -> f32
          scf.yield %v107 : f32
        } else {
          scf.yield %v42 : f32
        }
        llvm.store %v105, %v18 : f32, !llvm.ptr
        %v108 = arith.muli %v32, %v84 : i64
        %v109 = arith.muli %v30, %v1 : i64
        %v110 = arith.addi %v108, %v109 : i64
        %v111 = llvm.mlir.zero : !llvm.ptr
        %v112 = llvm.icmp "ne" %in_hp0, %v111 : !llvm.ptr
        %v113 = scf.if %v112 -> (f32) {
          %v114 = llvm.getelementptr %in_hp0[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v115 = llvm.load %v114 : !llvm.ptr -> f32
          scf.yield %v115 : f32
        } else {
          scf.yield %v42 : f32
        }
        llvm.store %v113, %v19 : f32, !llvm.ptr
      }
      %v117 = arith.subi %v4, %v1 : i64
      %v118 = arith.addi %size_L, %v117 : i64
      %v119 = arith.divui %v118, %v4 : i64
      %v120 = arith.minsi %v9, %v119 : i64
      %v121 = arith.subi %v120, %v5 : i64
      %v122 = arith.maxsi %v121, %v10 : i64
      %v123 = arith.index_cast %v10 : i64 to index
      %v124 = arith.index_cast %v122 : i64 to index
      %v125 = arith.index_cast %v1 : i64 to index
      scf.for %v126 = %v123 to %v124 step %v125 {
        %v127 = arith.index_cast %v126 : index to i64
        %v128 = arith.subi %v120, %v1 : i64
        %v129 = arith.subi %v128, %v127 : i64
        %v130 = arith.muli %v129, %v4 : i64
        %v131 = arith.subi %size_L, %v130 : i64
        %v132 = arith.minsi %v131, %v4 : i64
        %v133 = arith.addi %v132, %v79 : i64
        %v134 = arith.divui %v133, %v116 : i64
        %v135 = arith.subi %v132, %v1 : i64
        %v138 = arith.muli %v129, %v137 : i64
        %v139 = arith.muli %v32, %v84 : i64
        %v140 = arith.muli %v30, %v1 : i64
        %v141 = arith.addi %v139, %v140 : i64
        %v142 = arith.addi %v138, %v141 : i64
        %v143 = llvm.getelementptr %ckpt_h[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v144 = llvm.load %v143 : !llvm.ptr -> f32
        llvm.store %v144, %v16 : f32, !llvm.ptr
        %v147 = arith.muli %v129, %v146 : i64
        %v148 = arith.muli %v32, %v84 : i64
        %v149 = arith.muli %v30, %v1 : i64
        %v150 = arith.addi %v148, %v149 : i64
        %v151 = arith.addi %v147, %v150 : i64
        %v152 = llvm.getelementptr %ckpt_hp[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v153 = llvm.load %v152 : !llvm.ptr -> f32
        llvm.store %v153, %v17 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v154 = arith.index_cast %v10 : i64 to index
        %v155 = arith.index_cast %v134 : i64 to index
        %v156 = arith.index_cast %v1 : i64 to index
        scf.for %v157 = %v154 to %v155 step %v156 {
          %v158 = arith.index_cast %v157 : index to i64
          scf.if %v27 {
            %v159 = llvm.load %v16 : !llvm.ptr -> f32
            %v160 = arith.muli %v158, %v3 : i64
            %v161 = arith.subi %v3, %v1 : i64
            %v162 = arith.minsi %v26, %v161 : i64
            %v163 = arith.addi %v160, %v162 : i64
            %v164 = arith.muli %v163, %v1 : i64
            %v165 = arith.addi %v164, %v10 : i64
            %v166 = llvm.getelementptr %scratch_h[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v159, %v166 : f32, !llvm.ptr
            %v167 = llvm.load %v17 : !llvm.ptr -> f32
            %v168 = arith.muli %v158, %v3 : i64
            %v169 = arith.subi %v3, %v1 : i64
            %v170 = arith.minsi %v26, %v169 : i64
            %v171 = arith.addi %v168, %v170 : i64
            %v172 = arith.muli %v171, %v1 : i64
            %v173 = arith.addi %v172, %v10 : i64
            %v174 = llvm.getelementptr %scratch_hp[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v167, %v174 : f32, !llvm.ptr
          }
          %v175 = arith.muli %v158, %v116 : i64
          %v176 = arith.subi %v132, %v175 : i64
          %v177 = arith.trunci %v176 : i64 to i32
          %v178 = arith.index_cast %v10 : i64 to index
          %v179 = arith.index_cast %v116 : i64 to index
          %v180 = arith.index_cast %v1 : i64 to index
          scf.for %v181 = %v178 to %v179 step %v180 {
            %v182 = arith.index_cast %v181 : index to i64
            %v183 = arith.trunci %v182 : i64 to i32
            %v184 = arith.addi %v175, %v182 : i64
            %v185 = arith.cmpi slt, %v183, %v177 : i32
            scf.if %v185 {
              %v186 = arith.addi %v130, %v184 : i64
              %v190 = arith.muli %v32, %v189 : i64
              %v191 = arith.muli %v30, %v188 : i64
              %v192 = arith.addi %v190, %v191 : i64
              %v193 = arith.muli %v186, %v1 : i64
              %v194 = arith.addi %v192, %v193 : i64
              %v195 = llvm.getelementptr %in_rho[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v196 = llvm.load %v195 : !llvm.ptr -> f32
              %v197 = arith.negf %v196 : f32
              %v199 = arith.mulf %v197, %v198 fastmath<contract> : f32
              %v200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v199) : (f32) -> f32
              %v201 = arith.addf %v43, %v200 fastmath<contract> : f32
              %v202 = arith.divf %v43, %v201 : f32
              %v203 = arith.mulf %v187, %v202 fastmath<contract> : f32
              %v204 = arith.muli %v32, %v189 : i64
              %v205 = arith.muli %v30, %v188 : i64
              %v206 = arith.addi %v204, %v205 : i64
              %v207 = arith.muli %v186, %v1 : i64
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
              %v222 = arith.muli %v32, %v189 : i64
              %v223 = arith.muli %v30, %v188 : i64
              %v224 = arith.addi %v222, %v223 : i64
              %v225 = arith.muli %v186, %v1 : i64
              %v226 = arith.addi %v224, %v225 : i64
              %v227 = llvm.getelementptr %in_x[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v228 = llvm.load %v227 : !llvm.ptr -> f32
              %v229 = llvm.load %v16 : !llvm.ptr -> f32
              %v230 = arith.mulf %v221, %v229 fastmath<contract> : f32
              %v231 = arith.addf %v230, %v228 fastmath<contract> : f32
              %v232 = arith.mulf %v202, %v202 fastmath<contract> : f32
              %v233 = arith.negf %v232 : f32
              %v234 = llvm.load %v17 : !llvm.ptr -> f32
              %v235 = arith.mulf %v233, %v234 fastmath<contract> : f32
              %v236 = arith.addf %v231, %v235 fastmath<contract> : f32
              %v237 = llvm.load %v17 : !llvm.ptr -> f32
              %v238 = arith.mulf %v42, %v237 fastmath<contract> : f32
              %v239 = arith.addf %v238, %v42 fastmath<contract> : f32
              %v240 = llvm.load %v16 : !llvm.ptr -> f32
              %v241 = arith.mulf %v43, %v240 fastmath<contract> : f32
              %v242 = arith.addf %v239, %v241 fastmath<contract> : f32
              llvm.store %v236, %v16 : f32, !llvm.ptr
              llvm.store %v242, %v17 : f32, !llvm.ptr
            }
          }
        }
        %v243 = arith.index_cast %v10 : i64 to index
        %v244 = arith.index_cast %v1 : i64 to index
        %v245 = arith.index_cast %v1 : i64 to index
        scf.for %v246 = %v243 to %v244 step %v245 {
          %v247 = arith.index_cast %v246 : index to i64
          %v248 = arith.index_cast %v10 : i64 to index
          %v249 = arith.index_cast %v134 : i64 to index
          %v250 = arith.index_cast %v1 : i64 to index
          scf.for %v251 = %v248 to %v249 step %v250 {
            %v252 = arith.index_cast %v251 : index to i64
            %v253 = arith.cmpi slt, %v252, %v134 : i64
            scf.if %v253 {
              %v254 = arith.subi %v134, %v1 : i64
              %v255 = arith.subi %v254, %v252 : i64
              %v256 = arith.muli %v255, %v116 : i64
              %v257 = arith.addi %v256, %v116 : i64
              %v258 = arith.cmpi sle, %v257, %v132 : i64
              scf.if %v258 {
                %v259 = arith.subi %v132, %v1 : i64
                %v260 = arith.muli %v255, %v3 : i64
                %v261 = arith.subi %v3, %v1 : i64
                %v262 = arith.minsi %v26, %v261 : i64
                %v263 = arith.addi %v260, %v262 : i64
                %v264 = arith.muli %v263, %v1 : i64
                %v265 = arith.addi %v264, %v10 : i64
                %v266 = llvm.getelementptr %scratch_h[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v267 = llvm.load %v266 : !llvm.ptr -> f32
                %v268 = arith.muli %v255, %v3 : i64
                %v269 = arith.subi %v3, %v1 : i64
                %v270 = arith.minsi %v26, %v269 : i64
                %v271 = arith.addi %v268, %v270 : i64
                %v272 = arith.muli %v271, %v1 : i64
                %v273 = arith.addi %v272, %v10 : i64
                %v274 = llvm.getelementptr %scratch_hp[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v275 = llvm.load %v274 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v276 = arith.addi %v256, %v10 : i64
                %v277 = arith.minsi %v276, %v259 : i64
                %v278 = arith.addi %v130, %v277 : i64
                %v279 = arith.muli %v32, %v189 : i64
                %v280 = arith.muli %v30, %v188 : i64
                %v281 = arith.addi %v279, %v280 : i64
                %v282 = arith.muli %v278, %v1 : i64
                %v283 = arith.addi %v281, %v282 : i64
                %v284 = llvm.getelementptr %in_rho[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v285 = llvm.load %v284 : !llvm.ptr -> f32
                %v286 = arith.negf %v285 : f32
                %v287 = arith.mulf %v286, %v198 fastmath<contract> : f32
                %v288 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v287) : (f32) -> f32
                %v289 = arith.addf %v43, %v288 fastmath<contract> : f32
                %v290 = arith.divf %v43, %v289 : f32
                %v291 = arith.mulf %v187, %v290 fastmath<contract> : f32
                %v292 = arith.muli %v32, %v189 : i64
                %v293 = arith.muli %v30, %v188 : i64
                %v294 = arith.addi %v292, %v293 : i64
                %v295 = arith.muli %v278, %v1 : i64
                %v296 = arith.addi %v294, %v295 : i64
                %v297 = llvm.getelementptr %in_theta[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v298 = llvm.load %v297 : !llvm.ptr -> f32
                %v299 = arith.mulf %v298, %v211 fastmath<contract> : f32
                %v300 = llvm.call_intrinsic "llvm.roundeven.f32"(%v299) : (f32) -> f32
                %v301 = arith.mulf %v300, %v214 fastmath<contract> : f32
                %v302 = arith.subf %v298, %v301 fastmath<contract> : f32
                %v303 = arith.mulf %v300, %v215 fastmath<contract> : f32
                %v304 = arith.subf %v302, %v303 fastmath<contract> : f32
                %v305 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v304) : (f32) -> f32
                %v306 = arith.mulf %v291, %v305 fastmath<contract> : f32
                %v307 = arith.muli %v32, %v189 : i64
                %v308 = arith.muli %v30, %v188 : i64
                %v309 = arith.addi %v307, %v308 : i64
                %v310 = arith.muli %v278, %v1 : i64
                %v311 = arith.addi %v309, %v310 : i64
                %v312 = llvm.getelementptr %in_x[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v313 = llvm.load %v312 : !llvm.ptr -> f32
                %v314 = arith.mulf %v306, %v267 fastmath<contract> : f32
                %v315 = arith.addf %v314, %v313 fastmath<contract> : f32
                %v316 = arith.mulf %v290, %v290 fastmath<contract> : f32
                %v317 = arith.negf %v316 : f32
                %v318 = arith.mulf %v317, %v275 fastmath<contract> : f32
                %v319 = arith.addf %v315, %v318 fastmath<contract> : f32
                %v320 = arith.mulf %v42, %v275 fastmath<contract> : f32
                %v321 = arith.addf %v320, %v42 fastmath<contract> : f32
                %v322 = arith.mulf %v43, %v267 fastmath<contract> : f32
                %v323 = arith.addf %v321, %v322 fastmath<contract> : f32
                %v324 = arith.addi %v256, %v1 : i64
                %v325 = arith.minsi %v324, %v259 : i64
                %v326 = arith.addi %v130, %v325 : i64
                %v327 = arith.muli %v32, %v189 : i64
                %v328 = arith.muli %v30, %v188 : i64
                %v329 = arith.addi %v327, %v328 : i64
                %v330 = arith.muli %v326, %v1 : i64
                %v331 = arith.addi %v329, %v330 : i64
                %v332 = llvm.getelementptr %in_rho[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v333 = llvm.load %v332 : !llvm.ptr -> f32
                %v334 = arith.negf %v333 : f32
                %v335 = arith.mulf %v334, %v198 fastmath<contract> : f32
                %v336 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v335) : (f32) -> f32
                %v337 = arith.addf %v43, %v336 fastmath<contract> : f32
                %v338 = arith.divf %v43, %v337 : f32
                %v339 = arith.mulf %v187, %v338 fastmath<contract> : f32
                %v340 = arith.muli %v32, %v189 : i64
                %v341 = arith.muli %v30, %v188 : i64
                %v342 = arith.addi %v340, %v341 : i64
                %v343 = arith.muli %v326, %v1 : i64
                %v344 = arith.addi %v342, %v343 : i64
                %v345 = llvm.getelementptr %in_theta[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v346 = llvm.load %v345 : !llvm.ptr -> f32
                %v347 = arith.mulf %v346, %v211 fastmath<contract> : f32
                %v348 = llvm.call_intrinsic "llvm.roundeven.f32"(%v347) : (f32) -> f32
                %v349 = arith.mulf %v348, %v214 fastmath<contract> : f32
                %v350 = arith.subf %v346, %v349 fastmath<contract> : f32
                %v351 = arith.mulf %v348, %v215 fastmath<contract> : f32
                %v352 = arith.subf %v350, %v351 fastmath<contract> : f32
                %v353 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v352) : (f32) -> f32
                %v354 = arith.mulf %v339, %v353 fastmath<contract> : f32
                %v355 = arith.muli %v32, %v189 : i64
                %v356 = arith.muli %v30, %v188 : i64
                %v357 = arith.addi %v355, %v356 : i64
                %v358 = arith.muli %v326, %v1 : i64
                %v359 = arith.addi %v357, %v358 : i64
                %v360 = llvm.getelementptr %in_x[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v361 = llvm.load %v360 : !llvm.ptr -> f32
                %v362 = arith.mulf %v354, %v319 fastmath<contract> : f32
                %v363 = arith.addf %v362, %v361 fastmath<contract> : f32
                %v364 = arith.mulf %v338, %v338 fastmath<contract> : f32
                %v365 = arith.negf %v364 : f32
                %v366 = arith.mulf %v365, %v323 fastmath<contract> : f32
                %v367 = arith.addf %v363, %v366 fastmath<contract> : f32
                %v368 = arith.mulf %v42, %v323 fastmath<contract> : f32
                %v369 = arith.addf %v368, %v42 fastmath<contract> : f32
                %v370 = arith.mulf %v43, %v319 fastmath<contract> : f32
                %v371 = arith.addf %v369, %v370 fastmath<contract> : f32
                %v372 = arith.addi %v256, %v54 : i64
                %v373 = arith.minsi %v372, %v259 : i64
                %v374 = arith.addi %v130, %v373 : i64
                %v375 = arith.muli %v32, %v189 : i64
                %v376 = arith.muli %v30, %v188 : i64
                %v377 = arith.addi %v375, %v376 : i64
                %v378 = arith.muli %v374, %v1 : i64
                %v379 = arith.addi %v377, %v378 : i64
                %v380 = llvm.getelementptr %in_rho[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v381 = llvm.load %v380 : !llvm.ptr -> f32
                %v382 = arith.negf %v381 : f32
                %v383 = arith.mulf %v382, %v198 fastmath<contract> : f32
                %v384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v383) : (f32) -> f32
                %v385 = arith.addf %v43, %v384 fastmath<contract> : f32
                %v386 = arith.divf %v43, %v385 : f32
                %v387 = arith.mulf %v187, %v386 fastmath<contract> : f32
                %v388 = arith.muli %v32, %v189 : i64
                %v389 = arith.muli %v30, %v188 : i64
                %v390 = arith.addi %v388, %v389 : i64
                %v391 = arith.muli %v374, %v1 : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = llvm.getelementptr %in_theta[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v394 = llvm.load %v393 : !llvm.ptr -> f32
                %v395 = arith.mulf %v394, %v211 fastmath<contract> : f32
                %v396 = llvm.call_intrinsic "llvm.roundeven.f32"(%v395) : (f32) -> f32
                %v397 = arith.mulf %v396, %v214 fastmath<contract> : f32
                %v398 = arith.subf %v394, %v397 fastmath<contract> : f32
                %v399 = arith.mulf %v396, %v215 fastmath<contract> : f32
                %v400 = arith.subf %v398, %v399 fastmath<contract> : f32
                %v401 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v400) : (f32) -> f32
                %v402 = arith.mulf %v387, %v401 fastmath<contract> : f32
                %v403 = arith.muli %v32, %v189 : i64
                %v404 = arith.muli %v30, %v188 : i64
                %v405 = arith.addi %v403, %v404 : i64
                %v406 = arith.muli %v374, %v1 : i64
                %v407 = arith.addi %v405, %v406 : i64
                %v408 = llvm.getelementptr %in_x[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v409 = llvm.load %v408 : !llvm.ptr -> f32
                %v410 = arith.mulf %v402, %v367 fastmath<contract> : f32
                %v411 = arith.addf %v410, %v409 fastmath<contract> : f32
                %v412 = arith.mulf %v386, %v386 fastmath<contract> : f32
                %v413 = arith.negf %v412 : f32
                %v414 = arith.mulf %v413, %v371 fastmath<contract> : f32
                %v415 = arith.addf %v411, %v414 fastmath<contract> : f32
                %v416 = arith.mulf %v42, %v371 fastmath<contract> : f32
                %v417 = arith.addf %v416, %v42 fastmath<contract> : f32
                %v418 = arith.mulf %v43, %v367 fastmath<contract> : f32
                %v419 = arith.addf %v417, %v418 fastmath<contract> : f32
                %v420 = arith.addi %v256, %v59 : i64
                %v421 = arith.minsi %v420, %v259 : i64
                %v422 = arith.addi %v130, %v421 : i64
                %v423 = arith.muli %v32, %v189 : i64
                %v424 = arith.muli %v30, %v188 : i64
                %v425 = arith.addi %v423, %v424 : i64
                %v426 = arith.muli %v422, %v1 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = llvm.getelementptr %in_rho[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                %v430 = arith.negf %v429 : f32
                %v431 = arith.mulf %v430, %v198 fastmath<contract> : f32
                %v432 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v431) : (f32) -> f32
                %v433 = arith.addf %v43, %v432 fastmath<contract> : f32
                %v434 = arith.divf %v43, %v433 : f32
                %v435 = arith.mulf %v187, %v434 fastmath<contract> : f32
                %v436 = arith.muli %v32, %v189 : i64
                %v437 = arith.muli %v30, %v188 : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = arith.muli %v422, %v1 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = llvm.getelementptr %in_theta[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v442 = llvm.load %v441 : !llvm.ptr -> f32
                %v443 = arith.mulf %v442, %v211 fastmath<contract> : f32
                %v444 = llvm.call_intrinsic "llvm.roundeven.f32"(%v443) : (f32) -> f32
                %v445 = arith.mulf %v444, %v214 fastmath<contract> : f32
                %v446 = arith.subf %v442, %v445 fastmath<contract> : f32
                %v447 = arith.mulf %v444, %v215 fastmath<contract> : f32
                %v448 = arith.subf %v446, %v447 fastmath<contract> : f32
                %v449 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v448) : (f32) -> f32
                %v450 = arith.mulf %v435, %v449 fastmath<contract> : f32
                %v451 = arith.muli %v32, %v189 : i64
                %v452 = arith.muli %v30, %v188 : i64
                %v453 = arith.addi %v451, %v452 : i64
                %v454 = arith.muli %v422, %v1 : i64
                %v455 = arith.addi %v453, %v454 : i64
                %v456 = llvm.getelementptr %in_x[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v457 = llvm.load %v456 : !llvm.ptr -> f32
                %v458 = arith.mulf %v450, %v415 fastmath<contract> : f32
                %v459 = arith.addf %v458, %v457 fastmath<contract> : f32
                %v460 = arith.mulf %v434, %v434 fastmath<contract> : f32
                %v461 = arith.negf %v460 : f32
                %v462 = arith.mulf %v461, %v419 fastmath<contract> : f32
                %v463 = arith.addf %v459, %v462 fastmath<contract> : f32
                %v464 = arith.mulf %v42, %v419 fastmath<contract> : f32
                %v465 = arith.addf %v464, %v42 fastmath<contract> : f32
                %v466 = arith.mulf %v43, %v415 fastmath<contract> : f32
                %v467 = arith.addf %v465, %v466 fastmath<contract> : f32
                %v468 = arith.addi %v256, %v64 : i64
                %v469 = arith.minsi %v468, %v259 : i64
                %v470 = arith.addi %v130, %v469 : i64
                %v471 = arith.muli %v32, %v189 : i64
                %v472 = arith.muli %v30, %v188 : i64
                %v473 = arith.addi %v471, %v472 : i64
                %v474 = arith.muli %v470, %v1 : i64
                %v475 = arith.addi %v473, %v474 : i64
                %v476 = llvm.getelementptr %in_rho[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v477 = llvm.load %v476 : !llvm.ptr -> f32
                %v478 = arith.negf %v477 : f32
                %v479 = arith.mulf %v478, %v198 fastmath<contract> : f32
                %v480 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v479) : (f32) -> f32
                %v481 = arith.addf %v43, %v480 fastmath<contract> : f32
                %v482 = arith.divf %v43, %v481 : f32
                %v483 = arith.mulf %v187, %v482 fastmath<contract> : f32
                %v484 = arith.muli %v32, %v189 : i64
                %v485 = arith.muli %v30, %v188 : i64
                %v486 = arith.addi %v484, %v485 : i64
                %v487 = arith.muli %v470, %v1 : i64
                %v488 = arith.addi %v486, %v487 : i64
                %v489 = llvm.getelementptr %in_theta[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v490 = llvm.load %v489 : !llvm.ptr -> f32
                %v491 = arith.mulf %v490, %v211 fastmath<contract> : f32
                %v492 = llvm.call_intrinsic "llvm.roundeven.f32"(%v491) : (f32) -> f32
                %v493 = arith.mulf %v492, %v214 fastmath<contract> : f32
                %v494 = arith.subf %v490, %v493 fastmath<contract> : f32
                %v495 = arith.mulf %v492, %v215 fastmath<contract> : f32
                %v496 = arith.subf %v494, %v495 fastmath<contract> : f32
                %v497 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v496) : (f32) -> f32
                %v498 = arith.mulf %v483, %v497 fastmath<contract> : f32
                %v499 = arith.muli %v32, %v189 : i64
                %v500 = arith.muli %v30, %v188 : i64
                %v501 = arith.addi %v499, %v500 : i64
                %v502 = arith.muli %v470, %v1 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = llvm.getelementptr %in_x[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v505 = llvm.load %v504 : !llvm.ptr -> f32
                %v506 = arith.mulf %v498, %v463 fastmath<contract> : f32
                %v507 = arith.addf %v506, %v505 fastmath<contract> : f32
                %v508 = arith.mulf %v482, %v482 fastmath<contract> : f32
                %v509 = arith.negf %v508 : f32
                %v510 = arith.mulf %v509, %v467 fastmath<contract> : f32
                %v511 = arith.addf %v507, %v510 fastmath<contract> : f32
                %v512 = arith.mulf %v42, %v467 fastmath<contract> : f32
                %v513 = arith.addf %v512, %v42 fastmath<contract> : f32
                %v514 = arith.mulf %v43, %v463 fastmath<contract> : f32
                %v515 = arith.addf %v513, %v514 fastmath<contract> : f32
                %v516 = arith.addi %v256, %v69 : i64
                %v517 = arith.minsi %v516, %v259 : i64
                %v518 = arith.addi %v130, %v517 : i64
                %v519 = arith.muli %v32, %v189 : i64
                %v520 = arith.muli %v30, %v188 : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = arith.muli %v518, %v1 : i64
                %v523 = arith.addi %v521, %v522 : i64
                %v524 = llvm.getelementptr %in_rho[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v525 = llvm.load %v524 : !llvm.ptr -> f32
                %v526 = arith.negf %v525 : f32
                %v527 = arith.mulf %v526, %v198 fastmath<contract> : f32
                %v528 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v527) : (f32) -> f32
                %v529 = arith.addf %v43, %v528 fastmath<contract> : f32
                %v530 = arith.divf %v43, %v529 : f32
                %v531 = arith.mulf %v187, %v530 fastmath<contract> : f32
                %v532 = arith.muli %v32, %v189 : i64
                %v533 = arith.muli %v30, %v188 : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = arith.muli %v518, %v1 : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = llvm.getelementptr %in_theta[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v538 = llvm.load %v537 : !llvm.ptr -> f32
                %v539 = arith.mulf %v538, %v211 fastmath<contract> : f32
                %v540 = llvm.call_intrinsic "llvm.roundeven.f32"(%v539) : (f32) -> f32
                %v541 = arith.mulf %v540, %v214 fastmath<contract> : f32
                %v542 = arith.subf %v538, %v541 fastmath<contract> : f32
                %v543 = arith.mulf %v540, %v215 fastmath<contract> : f32
                %v544 = arith.subf %v542, %v543 fastmath<contract> : f32
                %v545 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v544) : (f32) -> f32
                %v546 = arith.mulf %v531, %v545 fastmath<contract> : f32
                %v547 = arith.muli %v32, %v189 : i64
                %v548 = arith.muli %v30, %v188 : i64
                %v549 = arith.addi %v547, %v548 : i64
                %v550 = arith.muli %v518, %v1 : i64
                %v551 = arith.addi %v549, %v550 : i64
                %v552 = llvm.getelementptr %in_x[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v553 = llvm.load %v552 : !llvm.ptr -> f32
                %v554 = arith.mulf %v546, %v511 fastmath<contract> : f32
                %v555 = arith.addf %v554, %v553 fastmath<contract> : f32
                %v556 = arith.mulf %v530, %v530 fastmath<contract> : f32
                %v557 = arith.negf %v556 : f32
                %v558 = arith.mulf %v557, %v515 fastmath<contract> : f32
                %v559 = arith.addf %v555, %v558 fastmath<contract> : f32
                %v560 = arith.mulf %v42, %v515 fastmath<contract> : f32
                %v561 = arith.addf %v560, %v42 fastmath<contract> : f32
                %v562 = arith.mulf %v43, %v511 fastmath<contract> : f32
                %v563 = arith.addf %v561, %v562 fastmath<contract> : f32
                %v564 = arith.addi %v256, %v74 : i64
                %v565 = arith.minsi %v564, %v259 : i64
                %v566 = arith.addi %v130, %v565 : i64
                %v567 = arith.muli %v32, %v189 : i64
                %v568 = arith.muli %v30, %v188 : i64
                %v569 = arith.addi %v567, %v568 : i64
                %v570 = arith.muli %v566, %v1 : i64
                %v571 = arith.addi %v569, %v570 : i64
                %v572 = llvm.getelementptr %in_rho[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v573 = llvm.load %v572 : !llvm.ptr -> f32
                %v574 = arith.negf %v573 : f32
                %v575 = arith.mulf %v574, %v198 fastmath<contract> : f32
                %v576 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v575) : (f32) -> f32
                %v577 = arith.addf %v43, %v576 fastmath<contract> : f32
                %v578 = arith.divf %v43, %v577 : f32
                %v579 = arith.mulf %v187, %v578 fastmath<contract> : f32
                %v580 = arith.muli %v32, %v189 : i64
                %v581 = arith.muli %v30, %v188 : i64
                %v582 = arith.addi %v580, %v581 : i64
                %v583 = arith.muli %v566, %v1 : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = llvm.getelementptr %in_theta[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v586 = llvm.load %v585 : !llvm.ptr -> f32
                %v587 = arith.mulf %v586, %v211 fastmath<contract> : f32
                %v588 = llvm.call_intrinsic "llvm.roundeven.f32"(%v587) : (f32) -> f32
                %v589 = arith.mulf %v588, %v214 fastmath<contract> : f32
                %v590 = arith.subf %v586, %v589 fastmath<contract> : f32
                %v591 = arith.mulf %v588, %v215 fastmath<contract> : f32
                %v592 = arith.subf %v590, %v591 fastmath<contract> : f32
                %v593 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v592) : (f32) -> f32
                %v594 = arith.mulf %v579, %v593 fastmath<contract> : f32
                %v595 = arith.muli %v32, %v189 : i64
                %v596 = arith.muli %v30, %v188 : i64
                %v597 = arith.addi %v595, %v596 : i64
                %v598 = arith.muli %v566, %v1 : i64
                %v599 = arith.addi %v597, %v598 : i64
                %v600 = llvm.getelementptr %in_x[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v601 = llvm.load %v600 : !llvm.ptr -> f32
                %v602 = arith.mulf %v594, %v559 fastmath<contract> : f32
                %v603 = arith.addf %v602, %v601 fastmath<contract> : f32
                %v604 = arith.mulf %v578, %v578 fastmath<contract> : f32
                %v605 = arith.negf %v604 : f32
                %v606 = arith.mulf %v605, %v563 fastmath<contract> : f32
                %v607 = arith.addf %v603, %v606 fastmath<contract> : f32
                %v608 = arith.mulf %v42, %v563 fastmath<contract> : f32
                %v609 = arith.addf %v608, %v42 fastmath<contract> : f32
                %v610 = arith.mulf %v43, %v559 fastmath<contract> : f32
                %v611 = arith.addf %v609, %v610 fastmath<contract> : f32
                %v612 = arith.addi %v256, %v79 : i64
                %v613 = arith.minsi %v612, %v259 : i64
                %v614 = arith.addi %v130, %v613 : i64
                %v615 = arith.muli %v32, %v189 : i64
                %v616 = arith.muli %v30, %v188 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = arith.muli %v614, %v1 : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = llvm.getelementptr %in_rho[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v621 = llvm.load %v620 : !llvm.ptr -> f32
                %v622 = arith.negf %v621 : f32
                %v623 = arith.mulf %v622, %v198 fastmath<contract> : f32
                %v624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v623) : (f32) -> f32
                %v625 = arith.addf %v43, %v624 fastmath<contract> : f32
                %v626 = arith.divf %v43, %v625 : f32
                %v627 = arith.mulf %v187, %v626 fastmath<contract> : f32
                %v628 = arith.muli %v32, %v189 : i64
                %v629 = arith.muli %v30, %v188 : i64
                %v630 = arith.addi %v628, %v629 : i64
                %v631 = arith.muli %v614, %v1 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = llvm.getelementptr %in_theta[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v634 = llvm.load %v633 : !llvm.ptr -> f32
                %v635 = arith.mulf %v634, %v211 fastmath<contract> : f32
                %v636 = llvm.call_intrinsic "llvm.roundeven.f32"(%v635) : (f32) -> f32
                %v637 = arith.mulf %v636, %v214 fastmath<contract> : f32
                %v638 = arith.subf %v634, %v637 fastmath<contract> : f32
                %v639 = arith.mulf %v636, %v215 fastmath<contract> : f32
                %v640 = arith.subf %v638, %v639 fastmath<contract> : f32
                %v641 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v640) : (f32) -> f32
                %v642 = arith.mulf %v627, %v641 fastmath<contract> : f32
                %v643 = arith.muli %v32, %v189 : i64
                %v644 = arith.muli %v30, %v188 : i64
                %v645 = arith.addi %v643, %v644 : i64
                %v646 = arith.muli %v614, %v1 : i64
                %v647 = arith.addi %v645, %v646 : i64
                %v648 = llvm.getelementptr %in_x[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v649 = llvm.load %v648 : !llvm.ptr -> f32
                %v650 = arith.mulf %v642, %v607 fastmath<contract> : f32
                %v651 = arith.addf %v650, %v649 fastmath<contract> : f32
                %v652 = arith.mulf %v626, %v626 fastmath<contract> : f32
                %v653 = arith.negf %v652 : f32
                %v654 = arith.mulf %v653, %v611 fastmath<contract> : f32
                %v655 = arith.addf %v651, %v654 fastmath<contract> : f32
                %v656 = arith.mulf %v42, %v611 fastmath<contract> : f32
                %v657 = arith.addf %v656, %v42 fastmath<contract> : f32
                %v658 = arith.mulf %v43, %v607 fastmath<contract> : f32
                %v659 = arith.addf %v657, %v658 fastmath<contract> : f32
                %v660 = arith.subi %v132, %v256 : i64
                %v661 = arith.trunci %v660 : i64 to i32
                %v662 = arith.subi %size_L, %v1 : i64
                %v663 = arith.addi %v130, %v256 : i64
                %v664 = arith.subi %v662, %v663 : i64
                %v666 = arith.minsi %v664, %v665 : i64
                %v667 = arith.trunci %v666 : i64 to i32
                %v668 = arith.addi %v256, %v79 : i64
                %v670 = arith.cmpi slt, %v669, %v661 : i32
                %v671 = arith.cmpi eq, %v669, %v667 : i32
                %v672 = arith.addi %v130, %v668 : i64
                %v673 = llvm.load %v34 : !llvm.ptr -> f32
                %v674 = llvm.load %v35 : !llvm.ptr -> f32
                %v675 = arith.muli %v32, %v189 : i64
                %v676 = arith.muli %v30, %v188 : i64
                %v677 = arith.addi %v675, %v676 : i64
                %v678 = arith.muli %v672, %v1 : i64
                %v679 = arith.addi %v677, %v678 : i64
                %v680 = llvm.getelementptr %dy_y[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v681 = llvm.load %v680 : !llvm.ptr -> f32
                %v682 = llvm.load %v36 : !llvm.ptr -> f32
                %v683 = arith.mulf %v682, %v673 fastmath<contract> : f32
                %v684 = arith.addf %v681, %v683 fastmath<contract> : f32
                %v685 = llvm.load %v38 : !llvm.ptr -> f32
                %v686 = arith.mulf %v685, %v674 fastmath<contract> : f32
                %v687 = arith.addf %v686, %v684 fastmath<contract> : f32
                %v688 = llvm.load %v37 : !llvm.ptr -> f32
                %v689 = arith.mulf %v688, %v674 fastmath<contract> : f32
                %v690 = arith.addf %v42, %v689 fastmath<contract> : f32
                %v691 = llvm.load %v39 : !llvm.ptr -> f32
                %v692 = arith.mulf %v691, %v673 fastmath<contract> : f32
                %v693 = arith.addf %v692, %v690 fastmath<contract> : f32
                llvm.store %v687, %v34 : f32, !llvm.ptr
                llvm.store %v693, %v35 : f32, !llvm.ptr
                %v694 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v695 = arith.muli %v32, %v189 : i64
                  %v696 = arith.muli %v30, %v188 : i64
                  %v697 = arith.addi %v695, %v696 : i64
                  %v698 = arith.muli %v672, %v1 : i64
                  %v699 = arith.addi %v697, %v698 : i64
                  %v700 = llvm.getelementptr %dx_x[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v694, %v700 : f32, !llvm.ptr
                }
                %v701 = arith.muli %v32, %v189 : i64
                %v702 = arith.muli %v30, %v188 : i64
                %v703 = arith.addi %v701, %v702 : i64
                %v704 = arith.muli %v672, %v1 : i64
                %v705 = arith.addi %v703, %v704 : i64
                %v706 = llvm.getelementptr %in_rho[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v707 = llvm.load %v706 : !llvm.ptr -> f32
                %v708 = arith.negf %v707 : f32
                %v709 = arith.mulf %v708, %v198 fastmath<contract> : f32
                %v710 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v709) : (f32) -> f32
                %v711 = arith.addf %v43, %v710 fastmath<contract> : f32
                %v712 = arith.divf %v43, %v711 : f32
                %v713 = arith.mulf %v611, %v694 fastmath<contract> : f32
                %v714 = arith.negf %v713 : f32
                %v715 = arith.mulf %v712, %v714 fastmath<contract> : f32
                %v716 = arith.addf %v715, %v715 fastmath<contract> : f32
                %v717 = arith.muli %v32, %v189 : i64
                %v718 = arith.muli %v30, %v188 : i64
                %v719 = arith.addi %v717, %v718 : i64
                %v720 = arith.muli %v672, %v1 : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = llvm.getelementptr %in_theta[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v723 = llvm.load %v722 : !llvm.ptr -> f32
                %v724 = arith.mulf %v723, %v211 fastmath<contract> : f32
                %v725 = llvm.call_intrinsic "llvm.roundeven.f32"(%v724) : (f32) -> f32
                %v726 = arith.mulf %v725, %v214 fastmath<contract> : f32
                %v727 = arith.subf %v723, %v726 fastmath<contract> : f32
                %v728 = arith.mulf %v725, %v215 fastmath<contract> : f32
                %v729 = arith.subf %v727, %v728 fastmath<contract> : f32
                %v730 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v729) : (f32) -> f32
                %v731 = arith.mulf %v607, %v694 fastmath<contract> : f32
                %v732 = arith.mulf %v730, %v731 fastmath<contract> : f32
                %v733 = arith.mulf %v187, %v732 fastmath<contract> : f32
                %v734 = arith.addf %v716, %v733 fastmath<contract> : f32
                %v735 = arith.subf %v43, %v712 fastmath<contract> : f32
                %v736 = arith.mulf %v712, %v735 fastmath<contract> : f32
                %v737 = arith.mulf %v734, %v736 fastmath<contract> : f32
                scf.if %v27 {
                  %v738 = arith.muli %v32, %v189 : i64
                  %v739 = arith.muli %v30, %v188 : i64
                  %v740 = arith.addi %v738, %v739 : i64
                  %v741 = arith.muli %v672, %v1 : i64
                  %v742 = arith.addi %v740, %v741 : i64
                  %v743 = llvm.getelementptr %dx_rho[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v737, %v743 : f32, !llvm.ptr
                }
                %v744 = arith.mulf %v187, %v712 fastmath<contract> : f32
                %v745 = arith.mulf %v744, %v731 fastmath<contract> : f32
                %v746 = arith.mulf %v723, %v211 fastmath<contract> : f32
                %v747 = llvm.call_intrinsic "llvm.roundeven.f32"(%v746) : (f32) -> f32
                %v748 = arith.mulf %v747, %v214 fastmath<contract> : f32
                %v749 = arith.subf %v723, %v748 fastmath<contract> : f32
                %v750 = arith.mulf %v747, %v215 fastmath<contract> : f32
                %v751 = arith.subf %v749, %v750 fastmath<contract> : f32
                %v752 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v751) : (f32) -> f32
                %v753 = arith.negf %v752 : f32
                %v754 = arith.mulf %v745, %v753 fastmath<contract> : f32
                scf.if %v27 {
                  %v755 = arith.muli %v32, %v189 : i64
                  %v756 = arith.muli %v30, %v188 : i64
                  %v757 = arith.addi %v755, %v756 : i64
                  %v758 = arith.muli %v672, %v1 : i64
                  %v759 = arith.addi %v757, %v758 : i64
                  %v760 = llvm.getelementptr %dx_theta[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v754, %v760 : f32, !llvm.ptr
                }
                %v761 = arith.mulf %v744, %v730 fastmath<contract> : f32
                llvm.store %v761, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v762 = arith.mulf %v712, %v712 fastmath<contract> : f32
                %v763 = arith.negf %v762 : f32
                llvm.store %v763, %v39 : f32, !llvm.ptr
                %v764 = arith.addi %v256, %v74 : i64
                %v766 = arith.cmpi slt, %v765, %v661 : i32
                %v767 = arith.cmpi eq, %v765, %v667 : i32
                %v768 = arith.addi %v130, %v764 : i64
                %v769 = llvm.load %v34 : !llvm.ptr -> f32
                %v770 = llvm.load %v35 : !llvm.ptr -> f32
                %v771 = arith.muli %v32, %v189 : i64
                %v772 = arith.muli %v30, %v188 : i64
                %v773 = arith.addi %v771, %v772 : i64
                %v774 = arith.muli %v768, %v1 : i64
                %v775 = arith.addi %v773, %v774 : i64
                %v776 = llvm.getelementptr %dy_y[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v777 = llvm.load %v776 : !llvm.ptr -> f32
                %v778 = llvm.load %v36 : !llvm.ptr -> f32
                %v779 = arith.mulf %v778, %v769 fastmath<contract> : f32
                %v780 = arith.addf %v777, %v779 fastmath<contract> : f32
                %v781 = llvm.load %v38 : !llvm.ptr -> f32
                %v782 = arith.mulf %v781, %v770 fastmath<contract> : f32
                %v783 = arith.addf %v782, %v780 fastmath<contract> : f32
                %v784 = llvm.load %v37 : !llvm.ptr -> f32
                %v785 = arith.mulf %v784, %v770 fastmath<contract> : f32
                %v786 = arith.addf %v42, %v785 fastmath<contract> : f32
                %v787 = llvm.load %v39 : !llvm.ptr -> f32
                %v788 = arith.mulf %v787, %v769 fastmath<contract> : f32
                %v789 = arith.addf %v788, %v786 fastmath<contract> : f32
                llvm.store %v783, %v34 : f32, !llvm.ptr
                llvm.store %v789, %v35 : f32, !llvm.ptr
                %v790 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v791 = arith.muli %v32, %v189 : i64
                  %v792 = arith.muli %v30, %v188 : i64
                  %v793 = arith.addi %v791, %v792 : i64
                  %v794 = arith.muli %v768, %v1 : i64
                  %v795 = arith.addi %v793, %v794 : i64
                  %v796 = llvm.getelementptr %dx_x[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v790, %v796 : f32, !llvm.ptr
                }
                %v797 = arith.muli %v32, %v189 : i64
                %v798 = arith.muli %v30, %v188 : i64
                %v799 = arith.addi %v797, %v798 : i64
                %v800 = arith.muli %v768, %v1 : i64
                %v801 = arith.addi %v799, %v800 : i64
                %v802 = llvm.getelementptr %in_rho[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v803 = llvm.load %v802 : !llvm.ptr -> f32
                %v804 = arith.negf %v803 : f32
                %v805 = arith.mulf %v804, %v198 fastmath<contract> : f32
                %v806 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v805) : (f32) -> f32
                %v807 = arith.addf %v43, %v806 fastmath<contract> : f32
                %v808 = arith.divf %v43, %v807 : f32
                %v809 = arith.mulf %v563, %v790 fastmath<contract> : f32
                %v810 = arith.negf %v809 : f32
                %v811 = arith.mulf %v808, %v810 fastmath<contract> : f32
                %v812 = arith.addf %v811, %v811 fastmath<contract> : f32
                %v813 = arith.muli %v32, %v189 : i64
                %v814 = arith.muli %v30, %v188 : i64
                %v815 = arith.addi %v813, %v814 : i64
                %v816 = arith.muli %v768, %v1 : i64
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
                %v827 = arith.mulf %v559, %v790 fastmath<contract> : f32
                %v828 = arith.mulf %v826, %v827 fastmath<contract> : f32
                %v829 = arith.mulf %v187, %v828 fastmath<contract> : f32
                %v830 = arith.addf %v812, %v829 fastmath<contract> : f32
                %v831 = arith.subf %v43, %v808 fastmath<contract> : f32
                %v832 = arith.mulf %v808, %v831 fastmath<contract> : f32
                %v833 = arith.mulf %v830, %v832 fastmath<contract> : f32
                scf.if %v27 {
                  %v834 = arith.muli %v32, %v189 : i64
                  %v835 = arith.muli %v30, %v188 : i64
                  %v836 = arith.addi %v834, %v835 : i64
                  %v837 = arith.muli %v768, %v1 : i64
                  %v838 = arith.addi %v836, %v837 : i64
                  %v839 = llvm.getelementptr %dx_rho[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v833, %v839 : f32, !llvm.ptr
                }
                %v840 = arith.mulf %v187, %v808 fastmath<contract> : f32
                %v841 = arith.mulf %v840, %v827 fastmath<contract> : f32
                %v842 = arith.mulf %v819, %v211 fastmath<contract> : f32
                %v843 = llvm.call_intrinsic "llvm.roundeven.f32"(%v842) : (f32) -> f32
                %v844 = arith.mulf %v843, %v214 fastmath<contract> : f32
                %v845 = arith.subf %v819, %v844 fastmath<contract> : f32
                %v846 = arith.mulf %v843, %v215 fastmath<contract> : f32
                %v847 = arith.subf %v845, %v846 fastmath<contract> : f32
                %v848 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v847) : (f32) -> f32
                %v849 = arith.negf %v848 : f32
                %v850 = arith.mulf %v841, %v849 fastmath<contract> : f32
                scf.if %v27 {
                  %v851 = arith.muli %v32, %v189 : i64
                  %v852 = arith.muli %v30, %v188 : i64
                  %v853 = arith.addi %v851, %v852 : i64
                  %v854 = arith.muli %v768, %v1 : i64
                  %v855 = arith.addi %v853, %v854 : i64
                  %v856 = llvm.getelementptr %dx_theta[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v850, %v856 : f32, !llvm.ptr
                }
                %v857 = arith.mulf %v840, %v826 fastmath<contract> : f32
                llvm.store %v857, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v858 = arith.mulf %v808, %v808 fastmath<contract> : f32
                %v859 = arith.negf %v858 : f32
                llvm.store %v859, %v39 : f32, !llvm.ptr
                %v860 = arith.addi %v256, %v69 : i64
                %v862 = arith.cmpi slt, %v861, %v661 : i32
                %v863 = arith.cmpi eq, %v861, %v667 : i32
                %v864 = arith.addi %v130, %v860 : i64
                %v865 = llvm.load %v34 : !llvm.ptr -> f32
                %v866 = llvm.load %v35 : !llvm.ptr -> f32
                %v867 = arith.muli %v32, %v189 : i64
                %v868 = arith.muli %v30, %v188 : i64
                %v869 = arith.addi %v867, %v868 : i64
                %v870 = arith.muli %v864, %v1 : i64
                %v871 = arith.addi %v869, %v870 : i64
                %v872 = llvm.getelementptr %dy_y[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v873 = llvm.load %v872 : !llvm.ptr -> f32
                %v874 = llvm.load %v36 : !llvm.ptr -> f32
                %v875 = arith.mulf %v874, %v865 fastmath<contract> : f32
                %v876 = arith.addf %v873, %v875 fastmath<contract> : f32
                %v877 = llvm.load %v38 : !llvm.ptr -> f32
                %v878 = arith.mulf %v877, %v866 fastmath<contract> : f32
                %v879 = arith.addf %v878, %v876 fastmath<contract> : f32
                %v880 = llvm.load %v37 : !llvm.ptr -> f32
                %v881 = arith.mulf %v880, %v866 fastmath<contract> : f32
                %v882 = arith.addf %v42, %v881 fastmath<contract> : f32
                %v883 = llvm.load %v39 : !llvm.ptr -> f32
                %v884 = arith.mulf %v883, %v865 fastmath<contract> : f32
                %v885 = arith.addf %v884, %v882 fastmath<contract> : f32
                llvm.store %v879, %v34 : f32, !llvm.ptr
                llvm.store %v885, %v35 : f32, !llvm.ptr
                %v886 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v887 = arith.muli %v32, %v189 : i64
                  %v888 = arith.muli %v30, %v188 : i64
                  %v889 = arith.addi %v887, %v888 : i64
                  %v890 = arith.muli %v864, %v1 : i64
                  %v891 = arith.addi %v889, %v890 : i64
                  %v892 = llvm.getelementptr %dx_x[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v886, %v892 : f32, !llvm.ptr
                }
                %v893 = arith.muli %v32, %v189 : i64
                %v894 = arith.muli %v30, %v188 : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = arith.muli %v864, %v1 : i64
                %v897 = arith.addi %v895, %v896 : i64
                %v898 = llvm.getelementptr %in_rho[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v899 = llvm.load %v898 : !llvm.ptr -> f32
                %v900 = arith.negf %v899 : f32
                %v901 = arith.mulf %v900, %v198 fastmath<contract> : f32
                %v902 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v901) : (f32) -> f32
                %v903 = arith.addf %v43, %v902 fastmath<contract> : f32
                %v904 = arith.divf %v43, %v903 : f32
                %v905 = arith.mulf %v515, %v886 fastmath<contract> : f32
                %v906 = arith.negf %v905 : f32
                %v907 = arith.mulf %v904, %v906 fastmath<contract> : f32
                %v908 = arith.addf %v907, %v907 fastmath<contract> : f32
                %v909 = arith.muli %v32, %v189 : i64
                %v910 = arith.muli %v30, %v188 : i64
                %v911 = arith.addi %v909, %v910 : i64
                %v912 = arith.muli %v864, %v1 : i64
                %v913 = arith.addi %v911, %v912 : i64
                %v914 = llvm.getelementptr %in_theta[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v915 = llvm.load %v914 : !llvm.ptr -> f32
                %v916 = arith.mulf %v915, %v211 fastmath<contract> : f32
                %v917 = llvm.call_intrinsic "llvm.roundeven.f32"(%v916) : (f32) -> f32
                %v918 = arith.mulf %v917, %v214 fastmath<contract> : f32
                %v919 = arith.subf %v915, %v918 fastmath<contract> : f32
                %v920 = arith.mulf %v917, %v215 fastmath<contract> : f32
                %v921 = arith.subf %v919, %v920 fastmath<contract> : f32
                %v922 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v921) : (f32) -> f32
                %v923 = arith.mulf %v511, %v886 fastmath<contract> : f32
                %v924 = arith.mulf %v922, %v923 fastmath<contract> : f32
                %v925 = arith.mulf %v187, %v924 fastmath<contract> : f32
                %v926 = arith.addf %v908, %v925 fastmath<contract> : f32
                %v927 = arith.subf %v43, %v904 fastmath<contract> : f32
                %v928 = arith.mulf %v904, %v927 fastmath<contract> : f32
                %v929 = arith.mulf %v926, %v928 fastmath<contract> : f32
                scf.if %v27 {
                  %v930 = arith.muli %v32, %v189 : i64
                  %v931 = arith.muli %v30, %v188 : i64
                  %v932 = arith.addi %v930, %v931 : i64
                  %v933 = arith.muli %v864, %v1 : i64
                  %v934 = arith.addi %v932, %v933 : i64
                  %v935 = llvm.getelementptr %dx_rho[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v929, %v935 : f32, !llvm.ptr
                }
                %v936 = arith.mulf %v187, %v904 fastmath<contract> : f32
                %v937 = arith.mulf %v936, %v923 fastmath<contract> : f32
                %v938 = arith.mulf %v915, %v211 fastmath<contract> : f32
                %v939 = llvm.call_intrinsic "llvm.roundeven.f32"(%v938) : (f32) -> f32
                %v940 = arith.mulf %v939, %v214 fastmath<contract> : f32
                %v941 = arith.subf %v915, %v940 fastmath<contract> : f32
                %v942 = arith.mulf %v939, %v215 fastmath<contract> : f32
                %v943 = arith.subf %v941, %v942 fastmath<contract> : f32
                %v944 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v943) : (f32) -> f32
                %v945 = arith.negf %v944 : f32
                %v946 = arith.mulf %v937, %v945 fastmath<contract> : f32
                scf.if %v27 {
                  %v947 = arith.muli %v32, %v189 : i64
                  %v948 = arith.muli %v30, %v188 : i64
                  %v949 = arith.addi %v947, %v948 : i64
                  %v950 = arith.muli %v864, %v1 : i64
                  %v951 = arith.addi %v949, %v950 : i64
                  %v952 = llvm.getelementptr %dx_theta[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v946, %v952 : f32, !llvm.ptr
                }
                %v953 = arith.mulf %v936, %v922 fastmath<contract> : f32
                llvm.store %v953, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v954 = arith.mulf %v904, %v904 fastmath<contract> : f32
                %v955 = arith.negf %v954 : f32
                llvm.store %v955, %v39 : f32, !llvm.ptr
                %v956 = arith.addi %v256, %v64 : i64
                %v958 = arith.cmpi slt, %v957, %v661 : i32
                %v959 = arith.cmpi eq, %v957, %v667 : i32
                %v960 = arith.addi %v130, %v956 : i64
                %v961 = llvm.load %v34 : !llvm.ptr -> f32
                %v962 = llvm.load %v35 : !llvm.ptr -> f32
                %v963 = arith.muli %v32, %v189 : i64
                %v964 = arith.muli %v30, %v188 : i64
                %v965 = arith.addi %v963, %v964 : i64
                %v966 = arith.muli %v960, %v1 : i64
                %v967 = arith.addi %v965, %v966 : i64
                %v968 = llvm.getelementptr %dy_y[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v969 = llvm.load %v968 : !llvm.ptr -> f32
                %v970 = llvm.load %v36 : !llvm.ptr -> f32
                %v971 = arith.mulf %v970, %v961 fastmath<contract> : f32
                %v972 = arith.addf %v969, %v971 fastmath<contract> : f32
                %v973 = llvm.load %v38 : !llvm.ptr -> f32
                %v974 = arith.mulf %v973, %v962 fastmath<contract> : f32
                %v975 = arith.addf %v974, %v972 fastmath<contract> : f32
                %v976 = llvm.load %v37 : !llvm.ptr -> f32
                %v977 = arith.mulf %v976, %v962 fastmath<contract> : f32
                %v978 = arith.addf %v42, %v977 fastmath<contract> : f32
                %v979 = llvm.load %v39 : !llvm.ptr -> f32
                %v980 = arith.mulf %v979, %v961 fastmath<contract> : f32
                %v981 = arith.addf %v980, %v978 fastmath<contract> : f32
                llvm.store %v975, %v34 : f32, !llvm.ptr
                llvm.store %v981, %v35 : f32, !llvm.ptr
                %v982 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v983 = arith.muli %v32, %v189 : i64
                  %v984 = arith.muli %v30, %v188 : i64
                  %v985 = arith.addi %v983, %v984 : i64
                  %v986 = arith.muli %v960, %v1 : i64
                  %v987 = arith.addi %v985, %v986 : i64
                  %v988 = llvm.getelementptr %dx_x[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v982, %v988 : f32, !llvm.ptr
                }
                %v989 = arith.muli %v32, %v189 : i64
                %v990 = arith.muli %v30, %v188 : i64
                %v991 = arith.addi %v989, %v990 : i64
                %v992 = arith.muli %v960, %v1 : i64
                %v993 = arith.addi %v991, %v992 : i64
                %v994 = llvm.getelementptr %in_rho[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v995 = llvm.load %v994 : !llvm.ptr -> f32
                %v996 = arith.negf %v995 : f32
                %v997 = arith.mulf %v996, %v198 fastmath<contract> : f32
                %v998 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v997) : (f32) -> f32
                %v999 = arith.addf %v43, %v998 fastmath<contract> : f32
                %v1000 = arith.divf %v43, %v999 : f32
                %v1001 = arith.mulf %v467, %v982 fastmath<contract> : f32
                %v1002 = arith.negf %v1001 : f32
                %v1003 = arith.mulf %v1000, %v1002 fastmath<contract> : f32
                %v1004 = arith.addf %v1003, %v1003 fastmath<contract> : f32
                %v1005 = arith.muli %v32, %v189 : i64
                %v1006 = arith.muli %v30, %v188 : i64
                %v1007 = arith.addi %v1005, %v1006 : i64
                %v1008 = arith.muli %v960, %v1 : i64
                %v1009 = arith.addi %v1007, %v1008 : i64
                %v1010 = llvm.getelementptr %in_theta[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
                %v1012 = arith.mulf %v1011, %v211 fastmath<contract> : f32
                %v1013 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1012) : (f32) -> f32
                %v1014 = arith.mulf %v1013, %v214 fastmath<contract> : f32
                %v1015 = arith.subf %v1011, %v1014 fastmath<contract> : f32
                %v1016 = arith.mulf %v1013, %v215 fastmath<contract> : f32
                %v1017 = arith.subf %v1015, %v1016 fastmath<contract> : f32
                %v1018 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1017) : (f32) -> f32
                %v1019 = arith.mulf %v463, %v982 fastmath<contract> : f32
                %v1020 = arith.mulf %v1018, %v1019 fastmath<contract> : f32
                %v1021 = arith.mulf %v187, %v1020 fastmath<contract> : f32
                %v1022 = arith.addf %v1004, %v1021 fastmath<contract> : f32
                %v1023 = arith.subf %v43, %v1000 fastmath<contract> : f32
                %v1024 = arith.mulf %v1000, %v1023 fastmath<contract> : f32
                %v1025 = arith.mulf %v1022, %v1024 fastmath<contract> : f32
                scf.if %v27 {
                  %v1026 = arith.muli %v32, %v189 : i64
                  %v1027 = arith.muli %v30, %v188 : i64
                  %v1028 = arith.addi %v1026, %v1027 : i64
                  %v1029 = arith.muli %v960, %v1 : i64
                  %v1030 = arith.addi %v1028, %v1029 : i64
                  %v1031 = llvm.getelementptr %dx_rho[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1025, %v1031 : f32, !llvm.ptr
                }
                %v1032 = arith.mulf %v187, %v1000 fastmath<contract> : f32
                %v1033 = arith.mulf %v1032, %v1019 fastmath<contract> : f32
                %v1034 = arith.mulf %v1011, %v211 fastmath<contract> : f32
                %v1035 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1034) : (f32) -> f32
                %v1036 = arith.mulf %v1035, %v214 fastmath<contract> : f32
                %v1037 = arith.subf %v1011, %v1036 fastmath<contract> : f32
                %v1038 = arith.mulf %v1035, %v215 fastmath<contract> : f32
                %v1039 = arith.subf %v1037, %v1038 fastmath<contract> : f32
                %v1040 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1039) : (f32) -> f32
                %v1041 = arith.negf %v1040 : f32
                %v1042 = arith.mulf %v1033, %v1041 fastmath<contract> : f32
                scf.if %v27 {
                  %v1043 = arith.muli %v32, %v189 : i64
                  %v1044 = arith.muli %v30, %v188 : i64
                  %v1045 = arith.addi %v1043, %v1044 : i64
                  %v1046 = arith.muli %v960, %v1 : i64
                  %v1047 = arith.addi %v1045, %v1046 : i64
                  %v1048 = llvm.getelementptr %dx_theta[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1042, %v1048 : f32, !llvm.ptr
                }
                %v1049 = arith.mulf %v1032, %v1018 fastmath<contract> : f32
                llvm.store %v1049, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1050 = arith.mulf %v1000, %v1000 fastmath<contract> : f32
                %v1051 = arith.negf %v1050 : f32
                llvm.store %v1051, %v39 : f32, !llvm.ptr
                %v1052 = arith.addi %v256, %v59 : i64
                %v1054 = arith.cmpi slt, %v1053, %v661 : i32
                %v1055 = arith.cmpi eq, %v1053, %v667 : i32
                %v1056 = arith.addi %v130, %v1052 : i64
                %v1057 = llvm.load %v34 : !llvm.ptr -> f32
                %v1058 = llvm.load %v35 : !llvm.ptr -> f32
                %v1059 = arith.muli %v32, %v189 : i64
                %v1060 = arith.muli %v30, %v188 : i64
                %v1061 = arith.addi %v1059, %v1060 : i64
                %v1062 = arith.muli %v1056, %v1 : i64
                %v1063 = arith.addi %v1061, %v1062 : i64
                %v1064 = llvm.getelementptr %dy_y[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1065 = llvm.load %v1064 : !llvm.ptr -> f32
                %v1066 = llvm.load %v36 : !llvm.ptr -> f32
                %v1067 = arith.mulf %v1066, %v1057 fastmath<contract> : f32
                %v1068 = arith.addf %v1065, %v1067 fastmath<contract> : f32
                %v1069 = llvm.load %v38 : !llvm.ptr -> f32
                %v1070 = arith.mulf %v1069, %v1058 fastmath<contract> : f32
                %v1071 = arith.addf %v1070, %v1068 fastmath<contract> : f32
                %v1072 = llvm.load %v37 : !llvm.ptr -> f32
                %v1073 = arith.mulf %v1072, %v1058 fastmath<contract> : f32
                %v1074 = arith.addf %v42, %v1073 fastmath<contract> : f32
                %v1075 = llvm.load %v39 : !llvm.ptr -> f32
                %v1076 = arith.mulf %v1075, %v1057 fastmath<contract> : f32
                %v1077 = arith.addf %v1076, %v1074 fastmath<contract> : f32
                llvm.store %v1071, %v34 : f32, !llvm.ptr
                llvm.store %v1077, %v35 : f32, !llvm.ptr
                %v1078 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v1079 = arith.muli %v32, %v189 : i64
                  %v1080 = arith.muli %v30, %v188 : i64
                  %v1081 = arith.addi %v1079, %v1080 : i64
                  %v1082 = arith.muli %v1056, %v1 : i64
                  %v1083 = arith.addi %v1081, %v1082 : i64
                  %v1084 = llvm.getelementptr %dx_x[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1078, %v1084 : f32, !llvm.ptr
                }
                %v1085 = arith.muli %v32, %v189 : i64
                %v1086 = arith.muli %v30, %v188 : i64
                %v1087 = arith.addi %v1085, %v1086 : i64
                %v1088 = arith.muli %v1056, %v1 : i64
                %v1089 = arith.addi %v1087, %v1088 : i64
                %v1090 = llvm.getelementptr %in_rho[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
                %v1092 = arith.negf %v1091 : f32
                %v1093 = arith.mulf %v1092, %v198 fastmath<contract> : f32
                %v1094 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1093) : (f32) -> f32
                %v1095 = arith.addf %v43, %v1094 fastmath<contract> : f32
                %v1096 = arith.divf %v43, %v1095 : f32
                %v1097 = arith.mulf %v419, %v1078 fastmath<contract> : f32
                %v1098 = arith.negf %v1097 : f32
                %v1099 = arith.mulf %v1096, %v1098 fastmath<contract> : f32
                %v1100 = arith.addf %v1099, %v1099 fastmath<contract> : f32
                %v1101 = arith.muli %v32, %v189 : i64
                %v1102 = arith.muli %v30, %v188 : i64
                %v1103 = arith.addi %v1101, %v1102 : i64
                %v1104 = arith.muli %v1056, %v1 : i64
                %v1105 = arith.addi %v1103, %v1104 : i64
                %v1106 = llvm.getelementptr %in_theta[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
                %v1108 = arith.mulf %v1107, %v211 fastmath<contract> : f32
                %v1109 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1108) : (f32) -> f32
                %v1110 = arith.mulf %v1109, %v214 fastmath<contract> : f32
                %v1111 = arith.subf %v1107, %v1110 fastmath<contract> : f32
                %v1112 = arith.mulf %v1109, %v215 fastmath<contract> : f32
                %v1113 = arith.subf %v1111, %v1112 fastmath<contract> : f32
                %v1114 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1113) : (f32) -> f32
                %v1115 = arith.mulf %v415, %v1078 fastmath<contract> : f32
                %v1116 = arith.mulf %v1114, %v1115 fastmath<contract> : f32
                %v1117 = arith.mulf %v187, %v1116 fastmath<contract> : f32
                %v1118 = arith.addf %v1100, %v1117 fastmath<contract> : f32
                %v1119 = arith.subf %v43, %v1096 fastmath<contract> : f32
                %v1120 = arith.mulf %v1096, %v1119 fastmath<contract> : f32
                %v1121 = arith.mulf %v1118, %v1120 fastmath<contract> : f32
                scf.if %v27 {
                  %v1122 = arith.muli %v32, %v189 : i64
                  %v1123 = arith.muli %v30, %v188 : i64
                  %v1124 = arith.addi %v1122, %v1123 : i64
                  %v1125 = arith.muli %v1056, %v1 : i64
                  %v1126 = arith.addi %v1124, %v1125 : i64
                  %v1127 = llvm.getelementptr %dx_rho[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1121, %v1127 : f32, !llvm.ptr
                }
                %v1128 = arith.mulf %v187, %v1096 fastmath<contract> : f32
                %v1129 = arith.mulf %v1128, %v1115 fastmath<contract> : f32
                %v1130 = arith.mulf %v1107, %v211 fastmath<contract> : f32
                %v1131 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1130) : (f32) -> f32
                %v1132 = arith.mulf %v1131, %v214 fastmath<contract> : f32
                %v1133 = arith.subf %v1107, %v1132 fastmath<contract> : f32
                %v1134 = arith.mulf %v1131, %v215 fastmath<contract> : f32
                %v1135 = arith.subf %v1133, %v1134 fastmath<contract> : f32
                %v1136 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1135) : (f32) -> f32
                %v1137 = arith.negf %v1136 : f32
                %v1138 = arith.mulf %v1129, %v1137 fastmath<contract> : f32
                scf.if %v27 {
                  %v1139 = arith.muli %v32, %v189 : i64
                  %v1140 = arith.muli %v30, %v188 : i64
                  %v1141 = arith.addi %v1139, %v1140 : i64
                  %v1142 = arith.muli %v1056, %v1 : i64
                  %v1143 = arith.addi %v1141, %v1142 : i64
                  %v1144 = llvm.getelementptr %dx_theta[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1138, %v1144 : f32, !llvm.ptr
                }
                %v1145 = arith.mulf %v1128, %v1114 fastmath<contract> : f32
                llvm.store %v1145, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1146 = arith.mulf %v1096, %v1096 fastmath<contract> : f32
                %v1147 = arith.negf %v1146 : f32
                llvm.store %v1147, %v39 : f32, !llvm.ptr
                %v1148 = arith.addi %v256, %v54 : i64
                %v1150 = arith.cmpi slt, %v1149, %v661 : i32
                %v1151 = arith.cmpi eq, %v1149, %v667 : i32
                %v1152 = arith.addi %v130, %v1148 : i64
                %v1153 = llvm.load %v34 : !llvm.ptr -> f32
                %v1154 = llvm.load %v35 : !llvm.ptr -> f32
                %v1155 = arith.muli %v32, %v189 : i64
                %v1156 = arith.muli %v30, %v188 : i64
                %v1157 = arith.addi %v1155, %v1156 : i64
                %v1158 = arith.muli %v1152, %v1 : i64
                %v1159 = arith.addi %v1157, %v1158 : i64
                %v1160 = llvm.getelementptr %dy_y[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
                %v1162 = llvm.load %v36 : !llvm.ptr -> f32
                %v1163 = arith.mulf %v1162, %v1153 fastmath<contract> : f32
                %v1164 = arith.addf %v1161, %v1163 fastmath<contract> : f32
                %v1165 = llvm.load %v38 : !llvm.ptr -> f32
                %v1166 = arith.mulf %v1165, %v1154 fastmath<contract> : f32
                %v1167 = arith.addf %v1166, %v1164 fastmath<contract> : f32
                %v1168 = llvm.load %v37 : !llvm.ptr -> f32
                %v1169 = arith.mulf %v1168, %v1154 fastmath<contract> : f32
                %v1170 = arith.addf %v42, %v1169 fastmath<contract> : f32
                %v1171 = llvm.load %v39 : !llvm.ptr -> f32
                %v1172 = arith.mulf %v1171, %v1153 fastmath<contract> : f32
                %v1173 = arith.addf %v1172, %v1170 fastmath<contract> : f32
                llvm.store %v1167, %v34 : f32, !llvm.ptr
                llvm.store %v1173, %v35 : f32, !llvm.ptr
                %v1174 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v1175 = arith.muli %v32, %v189 : i64
                  %v1176 = arith.muli %v30, %v188 : i64
                  %v1177 = arith.addi %v1175, %v1176 : i64
                  %v1178 = arith.muli %v1152, %v1 : i64
                  %v1179 = arith.addi %v1177, %v1178 : i64
                  %v1180 = llvm.getelementptr %dx_x[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1174, %v1180 : f32, !llvm.ptr
                }
                %v1181 = arith.muli %v32, %v189 : i64
                %v1182 = arith.muli %v30, %v188 : i64
                %v1183 = arith.addi %v1181, %v1182 : i64
                %v1184 = arith.muli %v1152, %v1 : i64
                %v1185 = arith.addi %v1183, %v1184 : i64
                %v1186 = llvm.getelementptr %in_rho[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
                %v1188 = arith.negf %v1187 : f32
                %v1189 = arith.mulf %v1188, %v198 fastmath<contract> : f32
                %v1190 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1189) : (f32) -> f32
                %v1191 = arith.addf %v43, %v1190 fastmath<contract> : f32
                %v1192 = arith.divf %v43, %v1191 : f32
                %v1193 = arith.mulf %v371, %v1174 fastmath<contract> : f32
                %v1194 = arith.negf %v1193 : f32
                %v1195 = arith.mulf %v1192, %v1194 fastmath<contract> : f32
                %v1196 = arith.addf %v1195, %v1195 fastmath<contract> : f32
                %v1197 = arith.muli %v32, %v189 : i64
                %v1198 = arith.muli %v30, %v188 : i64
                %v1199 = arith.addi %v1197, %v1198 : i64
                %v1200 = arith.muli %v1152, %v1 : i64
                %v1201 = arith.addi %v1199, %v1200 : i64
                %v1202 = llvm.getelementptr %in_theta[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
                %v1204 = arith.mulf %v1203, %v211 fastmath<contract> : f32
                %v1205 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1204) : (f32) -> f32
                %v1206 = arith.mulf %v1205, %v214 fastmath<contract> : f32
                %v1207 = arith.subf %v1203, %v1206 fastmath<contract> : f32
                %v1208 = arith.mulf %v1205, %v215 fastmath<contract> : f32
                %v1209 = arith.subf %v1207, %v1208 fastmath<contract> : f32
                %v1210 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1209) : (f32) -> f32
                %v1211 = arith.mulf %v367, %v1174 fastmath<contract> : f32
                %v1212 = arith.mulf %v1210, %v1211 fastmath<contract> : f32
                %v1213 = arith.mulf %v187, %v1212 fastmath<contract> : f32
                %v1214 = arith.addf %v1196, %v1213 fastmath<contract> : f32
                %v1215 = arith.subf %v43, %v1192 fastmath<contract> : f32
                %v1216 = arith.mulf %v1192, %v1215 fastmath<contract> : f32
                %v1217 = arith.mulf %v1214, %v1216 fastmath<contract> : f32
                scf.if %v27 {
                  %v1218 = arith.muli %v32, %v189 : i64
                  %v1219 = arith.muli %v30, %v188 : i64
                  %v1220 = arith.addi %v1218, %v1219 : i64
                  %v1221 = arith.muli %v1152, %v1 : i64
                  %v1222 = arith.addi %v1220, %v1221 : i64
                  %v1223 = llvm.getelementptr %dx_rho[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1217, %v1223 : f32, !llvm.ptr
                }
                %v1224 = arith.mulf %v187, %v1192 fastmath<contract> : f32
                %v1225 = arith.mulf %v1224, %v1211 fastmath<contract> : f32
                %v1226 = arith.mulf %v1203, %v211 fastmath<contract> : f32
                %v1227 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1226) : (f32) -> f32
                %v1228 = arith.mulf %v1227, %v214 fastmath<contract> : f32
                %v1229 = arith.subf %v1203, %v1228 fastmath<contract> : f32
                %v1230 = arith.mulf %v1227, %v215 fastmath<contract> : f32
                %v1231 = arith.subf %v1229, %v1230 fastmath<contract> : f32
                %v1232 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1231) : (f32) -> f32
                %v1233 = arith.negf %v1232 : f32
                %v1234 = arith.mulf %v1225, %v1233 fastmath<contract> : f32
                scf.if %v27 {
                  %v1235 = arith.muli %v32, %v189 : i64
                  %v1236 = arith.muli %v30, %v188 : i64
                  %v1237 = arith.addi %v1235, %v1236 : i64
                  %v1238 = arith.muli %v1152, %v1 : i64
                  %v1239 = arith.addi %v1237, %v1238 : i64
                  %v1240 = llvm.getelementptr %dx_theta[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1234, %v1240 : f32, !llvm.ptr
                }
                %v1241 = arith.mulf %v1224, %v1210 fastmath<contract> : f32
                llvm.store %v1241, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1242 = arith.mulf %v1192, %v1192 fastmath<contract> : f32
                %v1243 = arith.negf %v1242 : f32
                llvm.store %v1243, %v39 : f32, !llvm.ptr
                %v1244 = arith.addi %v256, %v1 : i64
                %v1246 = arith.cmpi slt, %v1245, %v661 : i32
                %v1247 = arith.cmpi eq, %v1245, %v667 : i32
                %v1248 = arith.addi %v130, %v1244 : i64
                %v1249 = llvm.load %v34 : !llvm.ptr -> f32
                %v1250 = llvm.load %v35 : !llvm.ptr -> f32
                %v1251 = arith.muli %v32, %v189 : i64
                %v1252 = arith.muli %v30, %v188 : i64
                %v1253 = arith.addi %v1251, %v1252 : i64
                %v1254 = arith.muli %v1248, %v1 : i64
                %v1255 = arith.addi %v1253, %v1254 : i64
                %v1256 = llvm.getelementptr %dy_y[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
                %v1258 = llvm.load %v36 : !llvm.ptr -> f32
                %v1259 = arith.mulf %v1258, %v1249 fastmath<contract> : f32
                %v1260 = arith.addf %v1257, %v1259 fastmath<contract> : f32
                %v1261 = llvm.load %v38 : !llvm.ptr -> f32
                %v1262 = arith.mulf %v1261, %v1250 fastmath<contract> : f32
                %v1263 = arith.addf %v1262, %v1260 fastmath<contract> : f32
                %v1264 = llvm.load %v37 : !llvm.ptr -> f32
                %v1265 = arith.mulf %v1264, %v1250 fastmath<contract> : f32
                %v1266 = arith.addf %v42, %v1265 fastmath<contract> : f32
                %v1267 = llvm.load %v39 : !llvm.ptr -> f32
                %v1268 = arith.mulf %v1267, %v1249 fastmath<contract> : f32
                %v1269 = arith.addf %v1268, %v1266 fastmath<contract> : f32
                llvm.store %v1263, %v34 : f32, !llvm.ptr
                llvm.store %v1269, %v35 : f32, !llvm.ptr
                %v1270 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v1271 = arith.muli %v32, %v189 : i64
                  %v1272 = arith.muli %v30, %v188 : i64
                  %v1273 = arith.addi %v1271, %v1272 : i64
                  %v1274 = arith.muli %v1248, %v1 : i64
                  %v1275 = arith.addi %v1273, %v1274 : i64
                  %v1276 = llvm.getelementptr %dx_x[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1270, %v1276 : f32, !llvm.ptr
                }
                %v1277 = arith.muli %v32, %v189 : i64
                %v1278 = arith.muli %v30, %v188 : i64
                %v1279 = arith.addi %v1277, %v1278 : i64
                %v1280 = arith.muli %v1248, %v1 : i64
                %v1281 = arith.addi %v1279, %v1280 : i64
                %v1282 = llvm.getelementptr %in_rho[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1283 = llvm.load %v1282 : !llvm.ptr -> f32
                %v1284 = arith.negf %v1283 : f32
                %v1285 = arith.mulf %v1284, %v198 fastmath<contract> : f32
                %v1286 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1285) : (f32) -> f32
                %v1287 = arith.addf %v43, %v1286 fastmath<contract> : f32
                %v1288 = arith.divf %v43, %v1287 : f32
                %v1289 = arith.mulf %v323, %v1270 fastmath<contract> : f32
                %v1290 = arith.negf %v1289 : f32
                %v1291 = arith.mulf %v1288, %v1290 fastmath<contract> : f32
                %v1292 = arith.addf %v1291, %v1291 fastmath<contract> : f32
                %v1293 = arith.muli %v32, %v189 : i64
                %v1294 = arith.muli %v30, %v188 : i64
                %v1295 = arith.addi %v1293, %v1294 : i64
                %v1296 = arith.muli %v1248, %v1 : i64
                %v1297 = arith.addi %v1295, %v1296 : i64
                %v1298 = llvm.getelementptr %in_theta[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
                %v1300 = arith.mulf %v1299, %v211 fastmath<contract> : f32
                %v1301 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1300) : (f32) -> f32
                %v1302 = arith.mulf %v1301, %v214 fastmath<contract> : f32
                %v1303 = arith.subf %v1299, %v1302 fastmath<contract> : f32
                %v1304 = arith.mulf %v1301, %v215 fastmath<contract> : f32
                %v1305 = arith.subf %v1303, %v1304 fastmath<contract> : f32
                %v1306 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1305) : (f32) -> f32
                %v1307 = arith.mulf %v319, %v1270 fastmath<contract> : f32
                %v1308 = arith.mulf %v1306, %v1307 fastmath<contract> : f32
                %v1309 = arith.mulf %v187, %v1308 fastmath<contract> : f32
                %v1310 = arith.addf %v1292, %v1309 fastmath<contract> : f32
                %v1311 = arith.subf %v43, %v1288 fastmath<contract> : f32
                %v1312 = arith.mulf %v1288, %v1311 fastmath<contract> : f32
                %v1313 = arith.mulf %v1310, %v1312 fastmath<contract> : f32
                scf.if %v27 {
                  %v1314 = arith.muli %v32, %v189 : i64
                  %v1315 = arith.muli %v30, %v188 : i64
                  %v1316 = arith.addi %v1314, %v1315 : i64
                  %v1317 = arith.muli %v1248, %v1 : i64
                  %v1318 = arith.addi %v1316, %v1317 : i64
                  %v1319 = llvm.getelementptr %dx_rho[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1313, %v1319 : f32, !llvm.ptr
                }
                %v1320 = arith.mulf %v187, %v1288 fastmath<contract> : f32
                %v1321 = arith.mulf %v1320, %v1307 fastmath<contract> : f32
                %v1322 = arith.mulf %v1299, %v211 fastmath<contract> : f32
                %v1323 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1322) : (f32) -> f32
                %v1324 = arith.mulf %v1323, %v214 fastmath<contract> : f32
                %v1325 = arith.subf %v1299, %v1324 fastmath<contract> : f32
                %v1326 = arith.mulf %v1323, %v215 fastmath<contract> : f32
                %v1327 = arith.subf %v1325, %v1326 fastmath<contract> : f32
                %v1328 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1327) : (f32) -> f32
                %v1329 = arith.negf %v1328 : f32
                %v1330 = arith.mulf %v1321, %v1329 fastmath<contract> : f32
                scf.if %v27 {
                  %v1331 = arith.muli %v32, %v189 : i64
                  %v1332 = arith.muli %v30, %v188 : i64
                  %v1333 = arith.addi %v1331, %v1332 : i64
                  %v1334 = arith.muli %v1248, %v1 : i64
                  %v1335 = arith.addi %v1333, %v1334 : i64
                  %v1336 = llvm.getelementptr %dx_theta[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1330, %v1336 : f32, !llvm.ptr
                }
                %v1337 = arith.mulf %v1320, %v1306 fastmath<contract> : f32
                llvm.store %v1337, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1338 = arith.mulf %v1288, %v1288 fastmath<contract> : f32
                %v1339 = arith.negf %v1338 : f32
                llvm.store %v1339, %v39 : f32, !llvm.ptr
                %v1340 = arith.addi %v256, %v10 : i64
                %v1342 = arith.cmpi slt, %v1341, %v661 : i32
                %v1343 = arith.cmpi eq, %v1341, %v667 : i32
                %v1344 = arith.addi %v130, %v1340 : i64
                %v1345 = llvm.load %v34 : !llvm.ptr -> f32
                %v1346 = llvm.load %v35 : !llvm.ptr -> f32
                %v1347 = arith.muli %v32, %v189 : i64
                %v1348 = arith.muli %v30, %v188 : i64
                %v1349 = arith.addi %v1347, %v1348 : i64
                %v1350 = arith.muli %v1344, %v1 : i64
                %v1351 = arith.addi %v1349, %v1350 : i64
                %v1352 = llvm.getelementptr %dy_y[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1353 = llvm.load %v1352 : !llvm.ptr -> f32
                %v1354 = llvm.load %v36 : !llvm.ptr -> f32
                %v1355 = arith.mulf %v1354, %v1345 fastmath<contract> : f32
                %v1356 = arith.addf %v1353, %v1355 fastmath<contract> : f32
                %v1357 = llvm.load %v38 : !llvm.ptr -> f32
                %v1358 = arith.mulf %v1357, %v1346 fastmath<contract> : f32
                %v1359 = arith.addf %v1358, %v1356 fastmath<contract> : f32
                %v1360 = llvm.load %v37 : !llvm.ptr -> f32
                %v1361 = arith.mulf %v1360, %v1346 fastmath<contract> : f32
                %v1362 = arith.addf %v42, %v1361 fastmath<contract> : f32
                %v1363 = llvm.load %v39 : !llvm.ptr -> f32
                %v1364 = arith.mulf %v1363, %v1345 fastmath<contract> : f32
                %v1365 = arith.addf %v1364, %v1362 fastmath<contract> : f32
                llvm.store %v1359, %v34 : f32, !llvm.ptr
                llvm.store %v1365, %v35 : f32, !llvm.ptr
                %v1366 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v1367 = arith.muli %v32, %v189 : i64
                  %v1368 = arith.muli %v30, %v188 : i64
                  %v1369 = arith.addi %v1367, %v1368 : i64
                  %v1370 = arith.muli %v1344, %v1 : i64
                  %v1371 = arith.addi %v1369, %v1370 : i64
                  %v1372 = llvm.getelementptr %dx_x[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1366, %v1372 : f32, !llvm.ptr
                }
                %v1373 = arith.muli %v32, %v189 : i64
                %v1374 = arith.muli %v30, %v188 : i64
                %v1375 = arith.addi %v1373, %v1374 : i64
                %v1376 = arith.muli %v1344, %v1 : i64
                %v1377 = arith.addi %v1375, %v1376 : i64
                %v1378 = llvm.getelementptr %in_rho[%v1377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1379 = llvm.load %v1378 : !llvm.ptr -> f32
                %v1380 = arith.negf %v1379 : f32
                %v1381 = arith.mulf %v1380, %v198 fastmath<contract> : f32
                %v1382 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1381) : (f32) -> f32
                %v1383 = arith.addf %v43, %v1382 fastmath<contract> : f32
                %v1384 = arith.divf %v43, %v1383 : f32
                %v1385 = arith.mulf %v275, %v1366 fastmath<contract> : f32
                %v1386 = arith.negf %v1385 : f32
                %v1387 = arith.mulf %v1384, %v1386 fastmath<contract> : f32
                %v1388 = arith.addf %v1387, %v1387 fastmath<contract> : f32
                %v1389 = arith.muli %v32, %v189 : i64
                %v1390 = arith.muli %v30, %v188 : i64
                %v1391 = arith.addi %v1389, %v1390 : i64
                %v1392 = arith.muli %v1344, %v1 : i64
                %v1393 = arith.addi %v1391, %v1392 : i64
                %v1394 = llvm.getelementptr %in_theta[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
                %v1396 = arith.mulf %v1395, %v211 fastmath<contract> : f32
                %v1397 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1396) : (f32) -> f32
                %v1398 = arith.mulf %v1397, %v214 fastmath<contract> : f32
                %v1399 = arith.subf %v1395, %v1398 fastmath<contract> : f32
                %v1400 = arith.mulf %v1397, %v215 fastmath<contract> : f32
                %v1401 = arith.subf %v1399, %v1400 fastmath<contract> : f32
                %v1402 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1401) : (f32) -> f32
                %v1403 = arith.mulf %v267, %v1366 fastmath<contract> : f32
                %v1404 = arith.mulf %v1402, %v1403 fastmath<contract> : f32
                %v1405 = arith.mulf %v187, %v1404 fastmath<contract> : f32
                %v1406 = arith.addf %v1388, %v1405 fastmath<contract> : f32
                %v1407 = arith.subf %v43, %v1384 fastmath<contract> : f32
                %v1408 = arith.mulf %v1384, %v1407 fastmath<contract> : f32
                %v1409 = arith.mulf %v1406, %v1408 fastmath<contract> : f32
                scf.if %v27 {
                  %v1410 = arith.muli %v32, %v189 : i64
                  %v1411 = arith.muli %v30, %v188 : i64
                  %v1412 = arith.addi %v1410, %v1411 : i64
                  %v1413 = arith.muli %v1344, %v1 : i64
                  %v1414 = arith.addi %v1412, %v1413 : i64
                  %v1415 = llvm.getelementptr %dx_rho[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1409, %v1415 : f32, !llvm.ptr
                }
                %v1416 = arith.mulf %v187, %v1384 fastmath<contract> : f32
                %v1417 = arith.mulf %v1416, %v1403 fastmath<contract> : f32
                %v1418 = arith.mulf %v1395, %v211 fastmath<contract> : f32
                %v1419 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1418) : (f32) -> f32
                %v1420 = arith.mulf %v1419, %v214 fastmath<contract> : f32
                %v1421 = arith.subf %v1395, %v1420 fastmath<contract> : f32
                %v1422 = arith.mulf %v1419, %v215 fastmath<contract> : f32
                %v1423 = arith.subf %v1421, %v1422 fastmath<contract> : f32
                %v1424 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1423) : (f32) -> f32
                %v1425 = arith.negf %v1424 : f32
                %v1426 = arith.mulf %v1417, %v1425 fastmath<contract> : f32
                scf.if %v27 {
                  %v1427 = arith.muli %v32, %v189 : i64
                  %v1428 = arith.muli %v30, %v188 : i64
                  %v1429 = arith.addi %v1427, %v1428 : i64
                  %v1430 = arith.muli %v1344, %v1 : i64
                  %v1431 = arith.addi %v1429, %v1430 : i64
                  %v1432 = llvm.getelementptr %dx_theta[%v1431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1426, %v1432 : f32, !llvm.ptr
                }
                %v1433 = arith.mulf %v1416, %v1402 fastmath<contract> : f32
                llvm.store %v1433, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1434 = arith.mulf %v1384, %v1384 fastmath<contract> : f32
                %v1435 = arith.negf %v1434 : f32
                llvm.store %v1435, %v39 : f32, !llvm.ptr
              } else {
                %v1436 = arith.subi %v132, %v1 : i64
                %v1437 = arith.muli %v255, %v3 : i64
                %v1438 = arith.subi %v3, %v1 : i64
                %v1439 = arith.minsi %v26, %v1438 : i64
                %v1440 = arith.addi %v1437, %v1439 : i64
                %v1441 = arith.muli %v1440, %v1 : i64
                %v1442 = arith.addi %v1441, %v10 : i64
                %v1443 = llvm.getelementptr %scratch_h[%v1442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1444 = llvm.load %v1443 : !llvm.ptr -> f32
                %v1445 = arith.muli %v255, %v3 : i64
                %v1446 = arith.subi %v3, %v1 : i64
                %v1447 = arith.minsi %v26, %v1446 : i64
                %v1448 = arith.addi %v1445, %v1447 : i64
                %v1449 = arith.muli %v1448, %v1 : i64
                %v1450 = arith.addi %v1449, %v10 : i64
                %v1451 = llvm.getelementptr %scratch_hp[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1453 = arith.addi %v256, %v10 : i64
                %v1454 = arith.minsi %v1453, %v1436 : i64
                %v1455 = arith.addi %v130, %v1454 : i64
                %v1456 = arith.muli %v32, %v189 : i64
                %v1457 = arith.muli %v30, %v188 : i64
                %v1458 = arith.addi %v1456, %v1457 : i64
                %v1459 = arith.muli %v1455, %v1 : i64
                %v1460 = arith.addi %v1458, %v1459 : i64
                %v1461 = llvm.getelementptr %in_rho[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
                %v1463 = arith.negf %v1462 : f32
                %v1464 = arith.mulf %v1463, %v198 fastmath<contract> : f32
                %v1465 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1464) : (f32) -> f32
                %v1466 = arith.addf %v43, %v1465 fastmath<contract> : f32
                %v1467 = arith.divf %v43, %v1466 : f32
                %v1468 = arith.mulf %v187, %v1467 fastmath<contract> : f32
                %v1469 = arith.muli %v32, %v189 : i64
                %v1470 = arith.muli %v30, %v188 : i64
                %v1471 = arith.addi %v1469, %v1470 : i64
                %v1472 = arith.muli %v1455, %v1 : i64
                %v1473 = arith.addi %v1471, %v1472 : i64
                %v1474 = llvm.getelementptr %in_theta[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
                %v1476 = arith.mulf %v1475, %v211 fastmath<contract> : f32
                %v1477 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1476) : (f32) -> f32
                %v1478 = arith.mulf %v1477, %v214 fastmath<contract> : f32
                %v1479 = arith.subf %v1475, %v1478 fastmath<contract> : f32
                %v1480 = arith.mulf %v1477, %v215 fastmath<contract> : f32
                %v1481 = arith.subf %v1479, %v1480 fastmath<contract> : f32
                %v1482 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1481) : (f32) -> f32
                %v1483 = arith.mulf %v1468, %v1482 fastmath<contract> : f32
                %v1484 = arith.muli %v32, %v189 : i64
                %v1485 = arith.muli %v30, %v188 : i64
                %v1486 = arith.addi %v1484, %v1485 : i64
                %v1487 = arith.muli %v1455, %v1 : i64
                %v1488 = arith.addi %v1486, %v1487 : i64
                %v1489 = llvm.getelementptr %in_x[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
                %v1491 = arith.mulf %v1483, %v1444 fastmath<contract> : f32
                %v1492 = arith.addf %v1491, %v1490 fastmath<contract> : f32
                %v1493 = arith.mulf %v1467, %v1467 fastmath<contract> : f32
                %v1494 = arith.negf %v1493 : f32
                %v1495 = arith.mulf %v1494, %v1452 fastmath<contract> : f32
                %v1496 = arith.addf %v1492, %v1495 fastmath<contract> : f32
                %v1497 = arith.mulf %v42, %v1452 fastmath<contract> : f32
                %v1498 = arith.addf %v1497, %v42 fastmath<contract> : f32
                %v1499 = arith.mulf %v43, %v1444 fastmath<contract> : f32
                %v1500 = arith.addf %v1498, %v1499 fastmath<contract> : f32
                %v1501 = arith.addi %v256, %v1 : i64
                %v1502 = arith.minsi %v1501, %v1436 : i64
                %v1503 = arith.addi %v130, %v1502 : i64
                %v1504 = arith.muli %v32, %v189 : i64
                %v1505 = arith.muli %v30, %v188 : i64
                %v1506 = arith.addi %v1504, %v1505 : i64
                %v1507 = arith.muli %v1503, %v1 : i64
                %v1508 = arith.addi %v1506, %v1507 : i64
                %v1509 = llvm.getelementptr %in_rho[%v1508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1510 = llvm.load %v1509 : !llvm.ptr -> f32
                %v1511 = arith.negf %v1510 : f32
                %v1512 = arith.mulf %v1511, %v198 fastmath<contract> : f32
                %v1513 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1512) : (f32) -> f32
                %v1514 = arith.addf %v43, %v1513 fastmath<contract> : f32
                %v1515 = arith.divf %v43, %v1514 : f32
                %v1516 = arith.mulf %v187, %v1515 fastmath<contract> : f32
                %v1517 = arith.muli %v32, %v189 : i64
                %v1518 = arith.muli %v30, %v188 : i64
                %v1519 = arith.addi %v1517, %v1518 : i64
                %v1520 = arith.muli %v1503, %v1 : i64
                %v1521 = arith.addi %v1519, %v1520 : i64
                %v1522 = llvm.getelementptr %in_theta[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1523 = llvm.load %v1522 : !llvm.ptr -> f32
                %v1524 = arith.mulf %v1523, %v211 fastmath<contract> : f32
                %v1525 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1524) : (f32) -> f32
                %v1526 = arith.mulf %v1525, %v214 fastmath<contract> : f32
                %v1527 = arith.subf %v1523, %v1526 fastmath<contract> : f32
                %v1528 = arith.mulf %v1525, %v215 fastmath<contract> : f32
                %v1529 = arith.subf %v1527, %v1528 fastmath<contract> : f32
                %v1530 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1529) : (f32) -> f32
                %v1531 = arith.mulf %v1516, %v1530 fastmath<contract> : f32
                %v1532 = arith.muli %v32, %v189 : i64
                %v1533 = arith.muli %v30, %v188 : i64
                %v1534 = arith.addi %v1532, %v1533 : i64
                %v1535 = arith.muli %v1503, %v1 : i64
                %v1536 = arith.addi %v1534, %v1535 : i64
                %v1537 = llvm.getelementptr %in_x[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
                %v1539 = arith.mulf %v1531, %v1496 fastmath<contract> : f32
                %v1540 = arith.addf %v1539, %v1538 fastmath<contract> : f32
                %v1541 = arith.mulf %v1515, %v1515 fastmath<contract> : f32
                %v1542 = arith.negf %v1541 : f32
                %v1543 = arith.mulf %v1542, %v1500 fastmath<contract> : f32
                %v1544 = arith.addf %v1540, %v1543 fastmath<contract> : f32
                %v1545 = arith.mulf %v42, %v1500 fastmath<contract> : f32
                %v1546 = arith.addf %v1545, %v42 fastmath<contract> : f32
                %v1547 = arith.mulf %v43, %v1496 fastmath<contract> : f32
                %v1548 = arith.addf %v1546, %v1547 fastmath<contract> : f32
                %v1549 = arith.addi %v256, %v54 : i64
                %v1550 = arith.minsi %v1549, %v1436 : i64
                %v1551 = arith.addi %v130, %v1550 : i64
                %v1552 = arith.muli %v32, %v189 : i64
                %v1553 = arith.muli %v30, %v188 : i64
                %v1554 = arith.addi %v1552, %v1553 : i64
                %v1555 = arith.muli %v1551, %v1 : i64
                %v1556 = arith.addi %v1554, %v1555 : i64
                %v1557 = llvm.getelementptr %in_rho[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1558 = llvm.load %v1557 : !llvm.ptr -> f32
                %v1559 = arith.negf %v1558 : f32
                %v1560 = arith.mulf %v1559, %v198 fastmath<contract> : f32
                %v1561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1560) : (f32) -> f32
                %v1562 = arith.addf %v43, %v1561 fastmath<contract> : f32
                %v1563 = arith.divf %v43, %v1562 : f32
                %v1564 = arith.mulf %v187, %v1563 fastmath<contract> : f32
                %v1565 = arith.muli %v32, %v189 : i64
                %v1566 = arith.muli %v30, %v188 : i64
                %v1567 = arith.addi %v1565, %v1566 : i64
                %v1568 = arith.muli %v1551, %v1 : i64
                %v1569 = arith.addi %v1567, %v1568 : i64
                %v1570 = llvm.getelementptr %in_theta[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1571 = llvm.load %v1570 : !llvm.ptr -> f32
                %v1572 = arith.mulf %v1571, %v211 fastmath<contract> : f32
                %v1573 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1572) : (f32) -> f32
                %v1574 = arith.mulf %v1573, %v214 fastmath<contract> : f32
                %v1575 = arith.subf %v1571, %v1574 fastmath<contract> : f32
                %v1576 = arith.mulf %v1573, %v215 fastmath<contract> : f32
                %v1577 = arith.subf %v1575, %v1576 fastmath<contract> : f32
                %v1578 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1577) : (f32) -> f32
                %v1579 = arith.mulf %v1564, %v1578 fastmath<contract> : f32
                %v1580 = arith.muli %v32, %v189 : i64
                %v1581 = arith.muli %v30, %v188 : i64
                %v1582 = arith.addi %v1580, %v1581 : i64
                %v1583 = arith.muli %v1551, %v1 : i64
                %v1584 = arith.addi %v1582, %v1583 : i64
                %v1585 = llvm.getelementptr %in_x[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1586 = llvm.load %v1585 : !llvm.ptr -> f32
                %v1587 = arith.mulf %v1579, %v1544 fastmath<contract> : f32
                %v1588 = arith.addf %v1587, %v1586 fastmath<contract> : f32
                %v1589 = arith.mulf %v1563, %v1563 fastmath<contract> : f32
                %v1590 = arith.negf %v1589 : f32
                %v1591 = arith.mulf %v1590, %v1548 fastmath<contract> : f32
                %v1592 = arith.addf %v1588, %v1591 fastmath<contract> : f32
                %v1593 = arith.mulf %v42, %v1548 fastmath<contract> : f32
                %v1594 = arith.addf %v1593, %v42 fastmath<contract> : f32
                %v1595 = arith.mulf %v43, %v1544 fastmath<contract> : f32
                %v1596 = arith.addf %v1594, %v1595 fastmath<contract> : f32
                %v1597 = arith.addi %v256, %v59 : i64
                %v1598 = arith.minsi %v1597, %v1436 : i64
                %v1599 = arith.addi %v130, %v1598 : i64
                %v1600 = arith.muli %v32, %v189 : i64
                %v1601 = arith.muli %v30, %v188 : i64
                %v1602 = arith.addi %v1600, %v1601 : i64
                %v1603 = arith.muli %v1599, %v1 : i64
                %v1604 = arith.addi %v1602, %v1603 : i64
                %v1605 = llvm.getelementptr %in_rho[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1606 = llvm.load %v1605 : !llvm.ptr -> f32
                %v1607 = arith.negf %v1606 : f32
                %v1608 = arith.mulf %v1607, %v198 fastmath<contract> : f32
                %v1609 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1608) : (f32) -> f32
                %v1610 = arith.addf %v43, %v1609 fastmath<contract> : f32
                %v1611 = arith.divf %v43, %v1610 : f32
                %v1612 = arith.mulf %v187, %v1611 fastmath<contract> : f32
                %v1613 = arith.muli %v32, %v189 : i64
                %v1614 = arith.muli %v30, %v188 : i64
                %v1615 = arith.addi %v1613, %v1614 : i64
                %v1616 = arith.muli %v1599, %v1 : i64
                %v1617 = arith.addi %v1615, %v1616 : i64
                %v1618 = llvm.getelementptr %in_theta[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1619 = llvm.load %v1618 : !llvm.ptr -> f32
                %v1620 = arith.mulf %v1619, %v211 fastmath<contract> : f32
                %v1621 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1620) : (f32) -> f32
                %v1622 = arith.mulf %v1621, %v214 fastmath<contract> : f32
                %v1623 = arith.subf %v1619, %v1622 fastmath<contract> : f32
                %v1624 = arith.mulf %v1621, %v215 fastmath<contract> : f32
                %v1625 = arith.subf %v1623, %v1624 fastmath<contract> : f32
                %v1626 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1625) : (f32) -> f32
                %v1627 = arith.mulf %v1612, %v1626 fastmath<contract> : f32
                %v1628 = arith.muli %v32, %v189 : i64
                %v1629 = arith.muli %v30, %v188 : i64
                %v1630 = arith.addi %v1628, %v1629 : i64
                %v1631 = arith.muli %v1599, %v1 : i64
                %v1632 = arith.addi %v1630, %v1631 : i64
                %v1633 = llvm.getelementptr %in_x[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1634 = llvm.load %v1633 : !llvm.ptr -> f32
                %v1635 = arith.mulf %v1627, %v1592 fastmath<contract> : f32
                %v1636 = arith.addf %v1635, %v1634 fastmath<contract> : f32
                %v1637 = arith.mulf %v1611, %v1611 fastmath<contract> : f32
                %v1638 = arith.negf %v1637 : f32
                %v1639 = arith.mulf %v1638, %v1596 fastmath<contract> : f32
                %v1640 = arith.addf %v1636, %v1639 fastmath<contract> : f32
                %v1641 = arith.mulf %v42, %v1596 fastmath<contract> : f32
                %v1642 = arith.addf %v1641, %v42 fastmath<contract> : f32
                %v1643 = arith.mulf %v43, %v1592 fastmath<contract> : f32
                %v1644 = arith.addf %v1642, %v1643 fastmath<contract> : f32
                %v1645 = arith.addi %v256, %v64 : i64
                %v1646 = arith.minsi %v1645, %v1436 : i64
                %v1647 = arith.addi %v130, %v1646 : i64
                %v1648 = arith.muli %v32, %v189 : i64
                %v1649 = arith.muli %v30, %v188 : i64
                %v1650 = arith.addi %v1648, %v1649 : i64
                %v1651 = arith.muli %v1647, %v1 : i64
                %v1652 = arith.addi %v1650, %v1651 : i64
                %v1653 = llvm.getelementptr %in_rho[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1654 = llvm.load %v1653 : !llvm.ptr -> f32
                %v1655 = arith.negf %v1654 : f32
                %v1656 = arith.mulf %v1655, %v198 fastmath<contract> : f32
                %v1657 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1656) : (f32) -> f32
                %v1658 = arith.addf %v43, %v1657 fastmath<contract> : f32
                %v1659 = arith.divf %v43, %v1658 : f32
                %v1660 = arith.mulf %v187, %v1659 fastmath<contract> : f32
                %v1661 = arith.muli %v32, %v189 : i64
                %v1662 = arith.muli %v30, %v188 : i64
                %v1663 = arith.addi %v1661, %v1662 : i64
                %v1664 = arith.muli %v1647, %v1 : i64
                %v1665 = arith.addi %v1663, %v1664 : i64
                %v1666 = llvm.getelementptr %in_theta[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
                %v1668 = arith.mulf %v1667, %v211 fastmath<contract> : f32
                %v1669 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1668) : (f32) -> f32
                %v1670 = arith.mulf %v1669, %v214 fastmath<contract> : f32
                %v1671 = arith.subf %v1667, %v1670 fastmath<contract> : f32
                %v1672 = arith.mulf %v1669, %v215 fastmath<contract> : f32
                %v1673 = arith.subf %v1671, %v1672 fastmath<contract> : f32
                %v1674 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1673) : (f32) -> f32
                %v1675 = arith.mulf %v1660, %v1674 fastmath<contract> : f32
                %v1676 = arith.muli %v32, %v189 : i64
                %v1677 = arith.muli %v30, %v188 : i64
                %v1678 = arith.addi %v1676, %v1677 : i64
                %v1679 = arith.muli %v1647, %v1 : i64
                %v1680 = arith.addi %v1678, %v1679 : i64
                %v1681 = llvm.getelementptr %in_x[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
                %v1683 = arith.mulf %v1675, %v1640 fastmath<contract> : f32
                %v1684 = arith.addf %v1683, %v1682 fastmath<contract> : f32
                %v1685 = arith.mulf %v1659, %v1659 fastmath<contract> : f32
                %v1686 = arith.negf %v1685 : f32
                %v1687 = arith.mulf %v1686, %v1644 fastmath<contract> : f32
                %v1688 = arith.addf %v1684, %v1687 fastmath<contract> : f32
                %v1689 = arith.mulf %v42, %v1644 fastmath<contract> : f32
                %v1690 = arith.addf %v1689, %v42 fastmath<contract> : f32
                %v1691 = arith.mulf %v43, %v1640 fastmath<contract> : f32
                %v1692 = arith.addf %v1690, %v1691 fastmath<contract> : f32
                %v1693 = arith.addi %v256, %v69 : i64
                %v1694 = arith.minsi %v1693, %v1436 : i64
                %v1695 = arith.addi %v130, %v1694 : i64
                %v1696 = arith.muli %v32, %v189 : i64
                %v1697 = arith.muli %v30, %v188 : i64
                %v1698 = arith.addi %v1696, %v1697 : i64
                %v1699 = arith.muli %v1695, %v1 : i64
                %v1700 = arith.addi %v1698, %v1699 : i64
                %v1701 = llvm.getelementptr %in_rho[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
                %v1703 = arith.negf %v1702 : f32
                %v1704 = arith.mulf %v1703, %v198 fastmath<contract> : f32
                %v1705 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1704) : (f32) -> f32
                %v1706 = arith.addf %v43, %v1705 fastmath<contract> : f32
                %v1707 = arith.divf %v43, %v1706 : f32
                %v1708 = arith.mulf %v187, %v1707 fastmath<contract> : f32
                %v1709 = arith.muli %v32, %v189 : i64
                %v1710 = arith.muli %v30, %v188 : i64
                %v1711 = arith.addi %v1709, %v1710 : i64
                %v1712 = arith.muli %v1695, %v1 : i64
                %v1713 = arith.addi %v1711, %v1712 : i64
                %v1714 = llvm.getelementptr %in_theta[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
                %v1716 = arith.mulf %v1715, %v211 fastmath<contract> : f32
                %v1717 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1716) : (f32) -> f32
                %v1718 = arith.mulf %v1717, %v214 fastmath<contract> : f32
                %v1719 = arith.subf %v1715, %v1718 fastmath<contract> : f32
                %v1720 = arith.mulf %v1717, %v215 fastmath<contract> : f32
                %v1721 = arith.subf %v1719, %v1720 fastmath<contract> : f32
                %v1722 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1721) : (f32) -> f32
                %v1723 = arith.mulf %v1708, %v1722 fastmath<contract> : f32
                %v1724 = arith.muli %v32, %v189 : i64
                %v1725 = arith.muli %v30, %v188 : i64
                %v1726 = arith.addi %v1724, %v1725 : i64
                %v1727 = arith.muli %v1695, %v1 : i64
                %v1728 = arith.addi %v1726, %v1727 : i64
                %v1729 = llvm.getelementptr %in_x[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
                %v1731 = arith.mulf %v1723, %v1688 fastmath<contract> : f32
                %v1732 = arith.addf %v1731, %v1730 fastmath<contract> : f32
                %v1733 = arith.mulf %v1707, %v1707 fastmath<contract> : f32
                %v1734 = arith.negf %v1733 : f32
                %v1735 = arith.mulf %v1734, %v1692 fastmath<contract> : f32
                %v1736 = arith.addf %v1732, %v1735 fastmath<contract> : f32
                %v1737 = arith.mulf %v42, %v1692 fastmath<contract> : f32
                %v1738 = arith.addf %v1737, %v42 fastmath<contract> : f32
                %v1739 = arith.mulf %v43, %v1688 fastmath<contract> : f32
                %v1740 = arith.addf %v1738, %v1739 fastmath<contract> : f32
                %v1741 = arith.addi %v256, %v74 : i64
                %v1742 = arith.minsi %v1741, %v1436 : i64
                %v1743 = arith.addi %v130, %v1742 : i64
                %v1744 = arith.muli %v32, %v189 : i64
                %v1745 = arith.muli %v30, %v188 : i64
                %v1746 = arith.addi %v1744, %v1745 : i64
                %v1747 = arith.muli %v1743, %v1 : i64
                %v1748 = arith.addi %v1746, %v1747 : i64
                %v1749 = llvm.getelementptr %in_rho[%v1748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
                %v1751 = arith.negf %v1750 : f32
                %v1752 = arith.mulf %v1751, %v198 fastmath<contract> : f32
                %v1753 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1752) : (f32) -> f32
                %v1754 = arith.addf %v43, %v1753 fastmath<contract> : f32
                %v1755 = arith.divf %v43, %v1754 : f32
                %v1756 = arith.mulf %v187, %v1755 fastmath<contract> : f32
                %v1757 = arith.muli %v32, %v189 : i64
                %v1758 = arith.muli %v30, %v188 : i64
                %v1759 = arith.addi %v1757, %v1758 : i64
                %v1760 = arith.muli %v1743, %v1 : i64
                %v1761 = arith.addi %v1759, %v1760 : i64
                %v1762 = llvm.getelementptr %in_theta[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
                %v1764 = arith.mulf %v1763, %v211 fastmath<contract> : f32
                %v1765 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1764) : (f32) -> f32
                %v1766 = arith.mulf %v1765, %v214 fastmath<contract> : f32
                %v1767 = arith.subf %v1763, %v1766 fastmath<contract> : f32
                %v1768 = arith.mulf %v1765, %v215 fastmath<contract> : f32
                %v1769 = arith.subf %v1767, %v1768 fastmath<contract> : f32
                %v1770 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1769) : (f32) -> f32
                %v1771 = arith.mulf %v1756, %v1770 fastmath<contract> : f32
                %v1772 = arith.muli %v32, %v189 : i64
                %v1773 = arith.muli %v30, %v188 : i64
                %v1774 = arith.addi %v1772, %v1773 : i64
                %v1775 = arith.muli %v1743, %v1 : i64
                %v1776 = arith.addi %v1774, %v1775 : i64
                %v1777 = llvm.getelementptr %in_x[%v1776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1778 = llvm.load %v1777 : !llvm.ptr -> f32
                %v1779 = arith.mulf %v1771, %v1736 fastmath<contract> : f32
                %v1780 = arith.addf %v1779, %v1778 fastmath<contract> : f32
                %v1781 = arith.mulf %v1755, %v1755 fastmath<contract> : f32
                %v1782 = arith.negf %v1781 : f32
                %v1783 = arith.mulf %v1782, %v1740 fastmath<contract> : f32
                %v1784 = arith.addf %v1780, %v1783 fastmath<contract> : f32
                %v1785 = arith.mulf %v42, %v1740 fastmath<contract> : f32
                %v1786 = arith.addf %v1785, %v42 fastmath<contract> : f32
                %v1787 = arith.mulf %v43, %v1736 fastmath<contract> : f32
                %v1788 = arith.addf %v1786, %v1787 fastmath<contract> : f32
                %v1789 = arith.addi %v256, %v79 : i64
                %v1790 = arith.minsi %v1789, %v1436 : i64
                %v1791 = arith.addi %v130, %v1790 : i64
                %v1792 = arith.muli %v32, %v189 : i64
                %v1793 = arith.muli %v30, %v188 : i64
                %v1794 = arith.addi %v1792, %v1793 : i64
                %v1795 = arith.muli %v1791, %v1 : i64
                %v1796 = arith.addi %v1794, %v1795 : i64
                %v1797 = llvm.getelementptr %in_rho[%v1796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1798 = llvm.load %v1797 : !llvm.ptr -> f32
                %v1799 = arith.negf %v1798 : f32
                %v1800 = arith.mulf %v1799, %v198 fastmath<contract> : f32
                %v1801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1800) : (f32) -> f32
                %v1802 = arith.addf %v43, %v1801 fastmath<contract> : f32
                %v1803 = arith.divf %v43, %v1802 : f32
                %v1804 = arith.mulf %v187, %v1803 fastmath<contract> : f32
                %v1805 = arith.muli %v32, %v189 : i64
                %v1806 = arith.muli %v30, %v188 : i64
                %v1807 = arith.addi %v1805, %v1806 : i64
                %v1808 = arith.muli %v1791, %v1 : i64
                %v1809 = arith.addi %v1807, %v1808 : i64
                %v1810 = llvm.getelementptr %in_theta[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1811 = llvm.load %v1810 : !llvm.ptr -> f32
                %v1812 = arith.mulf %v1811, %v211 fastmath<contract> : f32
                %v1813 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1812) : (f32) -> f32
                %v1814 = arith.mulf %v1813, %v214 fastmath<contract> : f32
                %v1815 = arith.subf %v1811, %v1814 fastmath<contract> : f32
                %v1816 = arith.mulf %v1813, %v215 fastmath<contract> : f32
                %v1817 = arith.subf %v1815, %v1816 fastmath<contract> : f32
                %v1818 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1817) : (f32) -> f32
                %v1819 = arith.mulf %v1804, %v1818 fastmath<contract> : f32
                %v1820 = arith.muli %v32, %v189 : i64
                %v1821 = arith.muli %v30, %v188 : i64
                %v1822 = arith.addi %v1820, %v1821 : i64
                %v1823 = arith.muli %v1791, %v1 : i64
                %v1824 = arith.addi %v1822, %v1823 : i64
                %v1825 = llvm.getelementptr %in_x[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1826 = llvm.load %v1825 : !llvm.ptr -> f32
                %v1827 = arith.mulf %v1819, %v1784 fastmath<contract> : f32
                %v1828 = arith.addf %v1827, %v1826 fastmath<contract> : f32
                %v1829 = arith.mulf %v1803, %v1803 fastmath<contract> : f32
                %v1830 = arith.negf %v1829 : f32
                %v1831 = arith.mulf %v1830, %v1788 fastmath<contract> : f32
                %v1832 = arith.addf %v1828, %v1831 fastmath<contract> : f32
                %v1833 = arith.mulf %v42, %v1788 fastmath<contract> : f32
                %v1834 = arith.addf %v1833, %v42 fastmath<contract> : f32
                %v1835 = arith.mulf %v43, %v1784 fastmath<contract> : f32
                %v1836 = arith.addf %v1834, %v1835 fastmath<contract> : f32
                %v1837 = arith.subi %v132, %v256 : i64
                %v1838 = arith.trunci %v1837 : i64 to i32
                %v1839 = arith.subi %size_L, %v1 : i64
                %v1840 = arith.addi %v130, %v256 : i64
                %v1841 = arith.subi %v1839, %v1840 : i64
                %v1842 = arith.minsi %v1841, %v665 : i64
                %v1843 = arith.trunci %v1842 : i64 to i32
                %v1844 = arith.addi %v256, %v79 : i64
                %v1845 = arith.cmpi slt, %v669, %v1838 : i32
                %v1846 = arith.cmpi eq, %v669, %v1843 : i32
                scf.if %v1845 {
                  %v1847 = arith.addi %v130, %v1844 : i64
                  %v1848 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1849 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1850 = arith.muli %v32, %v189 : i64
                  %v1851 = arith.muli %v30, %v188 : i64
                  %v1852 = arith.addi %v1850, %v1851 : i64
                  %v1853 = arith.muli %v1847, %v1 : i64
                  %v1854 = arith.addi %v1852, %v1853 : i64
                  %v1855 = llvm.getelementptr %dy_y[%v1854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1856 = llvm.load %v1855 : !llvm.ptr -> f32
                  %v1857 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1858 = arith.mulf %v1857, %v1848 fastmath<contract> : f32
                  %v1859 = arith.addf %v1856, %v1858 fastmath<contract> : f32
                  %v1860 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1861 = arith.mulf %v1860, %v1849 fastmath<contract> : f32
                  %v1862 = arith.addf %v1861, %v1859 fastmath<contract> : f32
                  %v1863 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1864 = arith.mulf %v1863, %v1849 fastmath<contract> : f32
                  %v1865 = arith.addf %v42, %v1864 fastmath<contract> : f32
                  %v1866 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1867 = arith.mulf %v1866, %v1848 fastmath<contract> : f32
                  %v1868 = arith.addf %v1867, %v1865 fastmath<contract> : f32
                  llvm.store %v1862, %v34 : f32, !llvm.ptr
                  llvm.store %v1868, %v35 : f32, !llvm.ptr
                  %v1869 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v1870 = arith.muli %v32, %v189 : i64
                    %v1871 = arith.muli %v30, %v188 : i64
                    %v1872 = arith.addi %v1870, %v1871 : i64
                    %v1873 = arith.muli %v1847, %v1 : i64
                    %v1874 = arith.addi %v1872, %v1873 : i64
                    %v1875 = llvm.getelementptr %dx_x[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1869, %v1875 : f32, !llvm.ptr
                  }
                  %v1876 = arith.muli %v32, %v189 : i64
                  %v1877 = arith.muli %v30, %v188 : i64
                  %v1878 = arith.addi %v1876, %v1877 : i64
                  %v1879 = arith.muli %v1847, %v1 : i64
                  %v1880 = arith.addi %v1878, %v1879 : i64
                  %v1881 = llvm.getelementptr %in_rho[%v1880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1882 = llvm.load %v1881 : !llvm.ptr -> f32
                  %v1883 = arith.negf %v1882 : f32
                  %v1884 = arith.mulf %v1883, %v198 fastmath<contract> : f32
                  %v1885 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1884) : (f32) -> f32
                  %v1886 = arith.addf %v43, %v1885 fastmath<contract> : f32
                  %v1887 = arith.divf %v43, %v1886 : f32
                  %v1888 = arith.mulf %v1788, %v1869 fastmath<contract> : f32
                  %v1889 = arith.negf %v1888 : f32
                  %v1890 = arith.mulf %v1887, %v1889 fastmath<contract> : f32
                  %v1891 = arith.addf %v1890, %v1890 fastmath<contract> : f32
                  %v1892 = arith.muli %v32, %v189 : i64
                  %v1893 = arith.muli %v30, %v188 : i64
                  %v1894 = arith.addi %v1892, %v1893 : i64
                  %v1895 = arith.muli %v1847, %v1 : i64
                  %v1896 = arith.addi %v1894, %v1895 : i64
                  %v1897 = llvm.getelementptr %in_theta[%v1896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1898 = llvm.load %v1897 : !llvm.ptr -> f32
                  %v1899 = arith.mulf %v1898, %v211 fastmath<contract> : f32
                  %v1900 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1899) : (f32) -> f32
                  %v1901 = arith.mulf %v1900, %v214 fastmath<contract> : f32
                  %v1902 = arith.subf %v1898, %v1901 fastmath<contract> : f32
                  %v1903 = arith.mulf %v1900, %v215 fastmath<contract> : f32
                  %v1904 = arith.subf %v1902, %v1903 fastmath<contract> : f32
                  %v1905 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1904) : (f32) -> f32
                  %v1906 = arith.mulf %v1784, %v1869 fastmath<contract> : f32
                  %v1907 = arith.mulf %v1905, %v1906 fastmath<contract> : f32
                  %v1908 = arith.mulf %v187, %v1907 fastmath<contract> : f32
                  %v1909 = arith.addf %v1891, %v1908 fastmath<contract> : f32
                  %v1910 = arith.subf %v43, %v1887 fastmath<contract> : f32
                  %v1911 = arith.mulf %v1887, %v1910 fastmath<contract> : f32
                  %v1912 = arith.mulf %v1909, %v1911 fastmath<contract> : f32
                  scf.if %v27 {
                    %v1913 = arith.muli %v32, %v189 : i64
                    %v1914 = arith.muli %v30, %v188 : i64
                    %v1915 = arith.addi %v1913, %v1914 : i64
                    %v1916 = arith.muli %v1847, %v1 : i64
                    %v1917 = arith.addi %v1915, %v1916 : i64
                    %v1918 = llvm.getelementptr %dx_rho[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1912, %v1918 : f32, !llvm.ptr
                  }
                  %v1919 = arith.mulf %v187, %v1887 fastmath<contract> : f32
                  %v1920 = arith.mulf %v1919, %v1906 fastmath<contract> : f32
                  %v1921 = arith.mulf %v1898, %v211 fastmath<contract> : f32
                  %v1922 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1921) : (f32) -> f32
                  %v1923 = arith.mulf %v1922, %v214 fastmath<contract> : f32
                  %v1924 = arith.subf %v1898, %v1923 fastmath<contract> : f32
                  %v1925 = arith.mulf %v1922, %v215 fastmath<contract> : f32
                  %v1926 = arith.subf %v1924, %v1925 fastmath<contract> : f32
                  %v1927 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1926) : (f32) -> f32
                  %v1928 = arith.negf %v1927 : f32
                  %v1929 = arith.mulf %v1920, %v1928 fastmath<contract> : f32
                  scf.if %v27 {
                    %v1930 = arith.muli %v32, %v189 : i64
                    %v1931 = arith.muli %v30, %v188 : i64
                    %v1932 = arith.addi %v1930, %v1931 : i64
                    %v1933 = arith.muli %v1847, %v1 : i64
                    %v1934 = arith.addi %v1932, %v1933 : i64
                    %v1935 = llvm.getelementptr %dx_theta[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1929, %v1935 : f32, !llvm.ptr
                  }
                  %v1936 = arith.mulf %v1919, %v1905 fastmath<contract> : f32
                  llvm.store %v1936, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v1937 = arith.mulf %v1887, %v1887 fastmath<contract> : f32
                  %v1938 = arith.negf %v1937 : f32
                  llvm.store %v1938, %v39 : f32, !llvm.ptr
                }
                %v1939 = arith.addi %v256, %v74 : i64
                %v1940 = arith.cmpi slt, %v765, %v1838 : i32
                %v1941 = arith.cmpi eq, %v765, %v1843 : i32
                scf.if %v1940 {
                  %v1942 = arith.addi %v130, %v1939 : i64
                  %v1943 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1944 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1945 = arith.muli %v32, %v189 : i64
                  %v1946 = arith.muli %v30, %v188 : i64
                  %v1947 = arith.addi %v1945, %v1946 : i64
                  %v1948 = arith.muli %v1942, %v1 : i64
                  %v1949 = arith.addi %v1947, %v1948 : i64
                  %v1950 = llvm.getelementptr %dy_y[%v1949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1951 = llvm.load %v1950 : !llvm.ptr -> f32
                  %v1952 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1953 = arith.mulf %v1952, %v1943 fastmath<contract> : f32
                  %v1954 = arith.addf %v1951, %v1953 fastmath<contract> : f32
                  %v1955 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1956 = arith.mulf %v1955, %v1944 fastmath<contract> : f32
                  %v1957 = arith.addf %v1956, %v1954 fastmath<contract> : f32
                  %v1958 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1959 = arith.mulf %v1958, %v1944 fastmath<contract> : f32
                  %v1960 = arith.addf %v42, %v1959 fastmath<contract> : f32
                  %v1961 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1962 = arith.mulf %v1961, %v1943 fastmath<contract> : f32
                  %v1963 = arith.addf %v1962, %v1960 fastmath<contract> : f32
                  llvm.store %v1957, %v34 : f32, !llvm.ptr
                  llvm.store %v1963, %v35 : f32, !llvm.ptr
                  %v1964 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v1965 = arith.muli %v32, %v189 : i64
                    %v1966 = arith.muli %v30, %v188 : i64
                    %v1967 = arith.addi %v1965, %v1966 : i64
                    %v1968 = arith.muli %v1942, %v1 : i64
                    %v1969 = arith.addi %v1967, %v1968 : i64
                    %v1970 = llvm.getelementptr %dx_x[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1964, %v1970 : f32, !llvm.ptr
                  }
                  %v1971 = arith.muli %v32, %v189 : i64
                  %v1972 = arith.muli %v30, %v188 : i64
                  %v1973 = arith.addi %v1971, %v1972 : i64
                  %v1974 = arith.muli %v1942, %v1 : i64
                  %v1975 = arith.addi %v1973, %v1974 : i64
                  %v1976 = llvm.getelementptr %in_rho[%v1975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1977 = llvm.load %v1976 : !llvm.ptr -> f32
                  %v1978 = arith.negf %v1977 : f32
                  %v1979 = arith.mulf %v1978, %v198 fastmath<contract> : f32
                  %v1980 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1979) : (f32) -> f32
                  %v1981 = arith.addf %v43, %v1980 fastmath<contract> : f32
                  %v1982 = arith.divf %v43, %v1981 : f32
                  %v1983 = arith.mulf %v1740, %v1964 fastmath<contract> : f32
                  %v1984 = arith.negf %v1983 : f32
                  %v1985 = arith.mulf %v1982, %v1984 fastmath<contract> : f32
                  %v1986 = arith.addf %v1985, %v1985 fastmath<contract> : f32
                  %v1987 = arith.muli %v32, %v189 : i64
                  %v1988 = arith.muli %v30, %v188 : i64
                  %v1989 = arith.addi %v1987, %v1988 : i64
                  %v1990 = arith.muli %v1942, %v1 : i64
                  %v1991 = arith.addi %v1989, %v1990 : i64
                  %v1992 = llvm.getelementptr %in_theta[%v1991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1993 = llvm.load %v1992 : !llvm.ptr -> f32
                  %v1994 = arith.mulf %v1993, %v211 fastmath<contract> : f32
                  %v1995 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1994) : (f32) -> f32
                  %v1996 = arith.mulf %v1995, %v214 fastmath<contract> : f32
                  %v1997 = arith.subf %v1993, %v1996 fastmath<contract> : f32
                  %v1998 = arith.mulf %v1995, %v215 fastmath<contract> : f32
                  %v1999 = arith.subf %v1997, %v1998 fastmath<contract> : f32
                  %v2000 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1999) : (f32) -> f32
                  %v2001 = arith.mulf %v1736, %v1964 fastmath<contract> : f32
                  %v2002 = arith.mulf %v2000, %v2001 fastmath<contract> : f32
                  %v2003 = arith.mulf %v187, %v2002 fastmath<contract> : f32
                  %v2004 = arith.addf %v1986, %v2003 fastmath<contract> : f32
                  %v2005 = arith.subf %v43, %v1982 fastmath<contract> : f32
                  %v2006 = arith.mulf %v1982, %v2005 fastmath<contract> : f32
                  %v2007 = arith.mulf %v2004, %v2006 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2008 = arith.muli %v32, %v189 : i64
                    %v2009 = arith.muli %v30, %v188 : i64
                    %v2010 = arith.addi %v2008, %v2009 : i64
                    %v2011 = arith.muli %v1942, %v1 : i64
                    %v2012 = arith.addi %v2010, %v2011 : i64
                    %v2013 = llvm.getelementptr %dx_rho[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2007, %v2013 : f32, !llvm.ptr
                  }
                  %v2014 = arith.mulf %v187, %v1982 fastmath<contract> : f32
                  %v2015 = arith.mulf %v2014, %v2001 fastmath<contract> : f32
                  %v2016 = arith.mulf %v1993, %v211 fastmath<contract> : f32
                  %v2017 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2016) : (f32) -> f32
                  %v2018 = arith.mulf %v2017, %v214 fastmath<contract> : f32
                  %v2019 = arith.subf %v1993, %v2018 fastmath<contract> : f32
                  %v2020 = arith.mulf %v2017, %v215 fastmath<contract> : f32
                  %v2021 = arith.subf %v2019, %v2020 fastmath<contract> : f32
                  %v2022 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2021) : (f32) -> f32
                  %v2023 = arith.negf %v2022 : f32
                  %v2024 = arith.mulf %v2015, %v2023 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2025 = arith.muli %v32, %v189 : i64
                    %v2026 = arith.muli %v30, %v188 : i64
                    %v2027 = arith.addi %v2025, %v2026 : i64
                    %v2028 = arith.muli %v1942, %v1 : i64
                    %v2029 = arith.addi %v2027, %v2028 : i64
                    %v2030 = llvm.getelementptr %dx_theta[%v2029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2024, %v2030 : f32, !llvm.ptr
                  }
                  %v2031 = arith.mulf %v2014, %v2000 fastmath<contract> : f32
                  llvm.store %v2031, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2032 = arith.mulf %v1982, %v1982 fastmath<contract> : f32
                  %v2033 = arith.negf %v2032 : f32
                  llvm.store %v2033, %v39 : f32, !llvm.ptr
                }
                %v2034 = arith.addi %v256, %v69 : i64
                %v2035 = arith.cmpi slt, %v861, %v1838 : i32
                %v2036 = arith.cmpi eq, %v861, %v1843 : i32
                scf.if %v2035 {
                  %v2037 = arith.addi %v130, %v2034 : i64
                  %v2038 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2039 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2040 = arith.muli %v32, %v189 : i64
                  %v2041 = arith.muli %v30, %v188 : i64
                  %v2042 = arith.addi %v2040, %v2041 : i64
                  %v2043 = arith.muli %v2037, %v1 : i64
                  %v2044 = arith.addi %v2042, %v2043 : i64
                  %v2045 = llvm.getelementptr %dy_y[%v2044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2046 = llvm.load %v2045 : !llvm.ptr -> f32
                  %v2047 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2048 = arith.mulf %v2047, %v2038 fastmath<contract> : f32
                  %v2049 = arith.addf %v2046, %v2048 fastmath<contract> : f32
                  %v2050 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2051 = arith.mulf %v2050, %v2039 fastmath<contract> : f32
                  %v2052 = arith.addf %v2051, %v2049 fastmath<contract> : f32
                  %v2053 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2054 = arith.mulf %v2053, %v2039 fastmath<contract> : f32
                  %v2055 = arith.addf %v42, %v2054 fastmath<contract> : f32
                  %v2056 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2057 = arith.mulf %v2056, %v2038 fastmath<contract> : f32
                  %v2058 = arith.addf %v2057, %v2055 fastmath<contract> : f32
                  llvm.store %v2052, %v34 : f32, !llvm.ptr
                  llvm.store %v2058, %v35 : f32, !llvm.ptr
                  %v2059 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2060 = arith.muli %v32, %v189 : i64
                    %v2061 = arith.muli %v30, %v188 : i64
                    %v2062 = arith.addi %v2060, %v2061 : i64
                    %v2063 = arith.muli %v2037, %v1 : i64
                    %v2064 = arith.addi %v2062, %v2063 : i64
                    %v2065 = llvm.getelementptr %dx_x[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2059, %v2065 : f32, !llvm.ptr
                  }
                  %v2066 = arith.muli %v32, %v189 : i64
                  %v2067 = arith.muli %v30, %v188 : i64
                  %v2068 = arith.addi %v2066, %v2067 : i64
                  %v2069 = arith.muli %v2037, %v1 : i64
                  %v2070 = arith.addi %v2068, %v2069 : i64
                  %v2071 = llvm.getelementptr %in_rho[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
                  %v2073 = arith.negf %v2072 : f32
                  %v2074 = arith.mulf %v2073, %v198 fastmath<contract> : f32
                  %v2075 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2074) : (f32) -> f32
                  %v2076 = arith.addf %v43, %v2075 fastmath<contract> : f32
                  %v2077 = arith.divf %v43, %v2076 : f32
                  %v2078 = arith.mulf %v1692, %v2059 fastmath<contract> : f32
                  %v2079 = arith.negf %v2078 : f32
                  %v2080 = arith.mulf %v2077, %v2079 fastmath<contract> : f32
                  %v2081 = arith.addf %v2080, %v2080 fastmath<contract> : f32
                  %v2082 = arith.muli %v32, %v189 : i64
                  %v2083 = arith.muli %v30, %v188 : i64
                  %v2084 = arith.addi %v2082, %v2083 : i64
                  %v2085 = arith.muli %v2037, %v1 : i64
                  %v2086 = arith.addi %v2084, %v2085 : i64
                  %v2087 = llvm.getelementptr %in_theta[%v2086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2088 = llvm.load %v2087 : !llvm.ptr -> f32
                  %v2089 = arith.mulf %v2088, %v211 fastmath<contract> : f32
                  %v2090 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2089) : (f32) -> f32
                  %v2091 = arith.mulf %v2090, %v214 fastmath<contract> : f32
                  %v2092 = arith.subf %v2088, %v2091 fastmath<contract> : f32
                  %v2093 = arith.mulf %v2090, %v215 fastmath<contract> : f32
                  %v2094 = arith.subf %v2092, %v2093 fastmath<contract> : f32
                  %v2095 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2094) : (f32) -> f32
                  %v2096 = arith.mulf %v1688, %v2059 fastmath<contract> : f32
                  %v2097 = arith.mulf %v2095, %v2096 fastmath<contract> : f32
                  %v2098 = arith.mulf %v187, %v2097 fastmath<contract> : f32
                  %v2099 = arith.addf %v2081, %v2098 fastmath<contract> : f32
                  %v2100 = arith.subf %v43, %v2077 fastmath<contract> : f32
                  %v2101 = arith.mulf %v2077, %v2100 fastmath<contract> : f32
                  %v2102 = arith.mulf %v2099, %v2101 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2103 = arith.muli %v32, %v189 : i64
                    %v2104 = arith.muli %v30, %v188 : i64
                    %v2105 = arith.addi %v2103, %v2104 : i64
                    %v2106 = arith.muli %v2037, %v1 : i64
                    %v2107 = arith.addi %v2105, %v2106 : i64
                    %v2108 = llvm.getelementptr %dx_rho[%v2107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2102, %v2108 : f32, !llvm.ptr
                  }
                  %v2109 = arith.mulf %v187, %v2077 fastmath<contract> : f32
                  %v2110 = arith.mulf %v2109, %v2096 fastmath<contract> : f32
                  %v2111 = arith.mulf %v2088, %v211 fastmath<contract> : f32
                  %v2112 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2111) : (f32) -> f32
                  %v2113 = arith.mulf %v2112, %v214 fastmath<contract> : f32
                  %v2114 = arith.subf %v2088, %v2113 fastmath<contract> : f32
                  %v2115 = arith.mulf %v2112, %v215 fastmath<contract> : f32
                  %v2116 = arith.subf %v2114, %v2115 fastmath<contract> : f32
                  %v2117 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2116) : (f32) -> f32
                  %v2118 = arith.negf %v2117 : f32
                  %v2119 = arith.mulf %v2110, %v2118 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2120 = arith.muli %v32, %v189 : i64
                    %v2121 = arith.muli %v30, %v188 : i64
                    %v2122 = arith.addi %v2120, %v2121 : i64
                    %v2123 = arith.muli %v2037, %v1 : i64
                    %v2124 = arith.addi %v2122, %v2123 : i64
                    %v2125 = llvm.getelementptr %dx_theta[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2119, %v2125 : f32, !llvm.ptr
                  }
                  %v2126 = arith.mulf %v2109, %v2095 fastmath<contract> : f32
                  llvm.store %v2126, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2127 = arith.mulf %v2077, %v2077 fastmath<contract> : f32
                  %v2128 = arith.negf %v2127 : f32
                  llvm.store %v2128, %v39 : f32, !llvm.ptr
                }
                %v2129 = arith.addi %v256, %v64 : i64
                %v2130 = arith.cmpi slt, %v957, %v1838 : i32
                %v2131 = arith.cmpi eq, %v957, %v1843 : i32
                scf.if %v2130 {
                  %v2132 = arith.addi %v130, %v2129 : i64
                  %v2133 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2134 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2135 = arith.muli %v32, %v189 : i64
                  %v2136 = arith.muli %v30, %v188 : i64
                  %v2137 = arith.addi %v2135, %v2136 : i64
                  %v2138 = arith.muli %v2132, %v1 : i64
                  %v2139 = arith.addi %v2137, %v2138 : i64
                  %v2140 = llvm.getelementptr %dy_y[%v2139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2141 = llvm.load %v2140 : !llvm.ptr -> f32
                  %v2142 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2143 = arith.mulf %v2142, %v2133 fastmath<contract> : f32
                  %v2144 = arith.addf %v2141, %v2143 fastmath<contract> : f32
                  %v2145 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2146 = arith.mulf %v2145, %v2134 fastmath<contract> : f32
                  %v2147 = arith.addf %v2146, %v2144 fastmath<contract> : f32
                  %v2148 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2149 = arith.mulf %v2148, %v2134 fastmath<contract> : f32
                  %v2150 = arith.addf %v42, %v2149 fastmath<contract> : f32
                  %v2151 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2152 = arith.mulf %v2151, %v2133 fastmath<contract> : f32
                  %v2153 = arith.addf %v2152, %v2150 fastmath<contract> : f32
                  llvm.store %v2147, %v34 : f32, !llvm.ptr
                  llvm.store %v2153, %v35 : f32, !llvm.ptr
                  %v2154 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2155 = arith.muli %v32, %v189 : i64
                    %v2156 = arith.muli %v30, %v188 : i64
                    %v2157 = arith.addi %v2155, %v2156 : i64
                    %v2158 = arith.muli %v2132, %v1 : i64
                    %v2159 = arith.addi %v2157, %v2158 : i64
                    %v2160 = llvm.getelementptr %dx_x[%v2159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2154, %v2160 : f32, !llvm.ptr
                  }
                  %v2161 = arith.muli %v32, %v189 : i64
                  %v2162 = arith.muli %v30, %v188 : i64
                  %v2163 = arith.addi %v2161, %v2162 : i64
                  %v2164 = arith.muli %v2132, %v1 : i64
                  %v2165 = arith.addi %v2163, %v2164 : i64
                  %v2166 = llvm.getelementptr %in_rho[%v2165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2167 = llvm.load %v2166 : !llvm.ptr -> f32
                  %v2168 = arith.negf %v2167 : f32
                  %v2169 = arith.mulf %v2168, %v198 fastmath<contract> : f32
                  %v2170 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2169) : (f32) -> f32
                  %v2171 = arith.addf %v43, %v2170 fastmath<contract> : f32
                  %v2172 = arith.divf %v43, %v2171 : f32
                  %v2173 = arith.mulf %v1644, %v2154 fastmath<contract> : f32
                  %v2174 = arith.negf %v2173 : f32
                  %v2175 = arith.mulf %v2172, %v2174 fastmath<contract> : f32
                  %v2176 = arith.addf %v2175, %v2175 fastmath<contract> : f32
                  %v2177 = arith.muli %v32, %v189 : i64
                  %v2178 = arith.muli %v30, %v188 : i64
                  %v2179 = arith.addi %v2177, %v2178 : i64
                  %v2180 = arith.muli %v2132, %v1 : i64
                  %v2181 = arith.addi %v2179, %v2180 : i64
                  %v2182 = llvm.getelementptr %in_theta[%v2181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2183 = llvm.load %v2182 : !llvm.ptr -> f32
                  %v2184 = arith.mulf %v2183, %v211 fastmath<contract> : f32
                  %v2185 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2184) : (f32) -> f32
                  %v2186 = arith.mulf %v2185, %v214 fastmath<contract> : f32
                  %v2187 = arith.subf %v2183, %v2186 fastmath<contract> : f32
                  %v2188 = arith.mulf %v2185, %v215 fastmath<contract> : f32
                  %v2189 = arith.subf %v2187, %v2188 fastmath<contract> : f32
                  %v2190 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2189) : (f32) -> f32
                  %v2191 = arith.mulf %v1640, %v2154 fastmath<contract> : f32
                  %v2192 = arith.mulf %v2190, %v2191 fastmath<contract> : f32
                  %v2193 = arith.mulf %v187, %v2192 fastmath<contract> : f32
                  %v2194 = arith.addf %v2176, %v2193 fastmath<contract> : f32
                  %v2195 = arith.subf %v43, %v2172 fastmath<contract> : f32
                  %v2196 = arith.mulf %v2172, %v2195 fastmath<contract> : f32
                  %v2197 = arith.mulf %v2194, %v2196 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2198 = arith.muli %v32, %v189 : i64
                    %v2199 = arith.muli %v30, %v188 : i64
                    %v2200 = arith.addi %v2198, %v2199 : i64
                    %v2201 = arith.muli %v2132, %v1 : i64
                    %v2202 = arith.addi %v2200, %v2201 : i64
                    %v2203 = llvm.getelementptr %dx_rho[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2197, %v2203 : f32, !llvm.ptr
                  }
                  %v2204 = arith.mulf %v187, %v2172 fastmath<contract> : f32
                  %v2205 = arith.mulf %v2204, %v2191 fastmath<contract> : f32
                  %v2206 = arith.mulf %v2183, %v211 fastmath<contract> : f32
                  %v2207 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2206) : (f32) -> f32
                  %v2208 = arith.mulf %v2207, %v214 fastmath<contract> : f32
                  %v2209 = arith.subf %v2183, %v2208 fastmath<contract> : f32
                  %v2210 = arith.mulf %v2207, %v215 fastmath<contract> : f32
                  %v2211 = arith.subf %v2209, %v2210 fastmath<contract> : f32
                  %v2212 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2211) : (f32) -> f32
                  %v2213 = arith.negf %v2212 : f32
                  %v2214 = arith.mulf %v2205, %v2213 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2215 = arith.muli %v32, %v189 : i64
                    %v2216 = arith.muli %v30, %v188 : i64
                    %v2217 = arith.addi %v2215, %v2216 : i64
                    %v2218 = arith.muli %v2132, %v1 : i64
                    %v2219 = arith.addi %v2217, %v2218 : i64
                    %v2220 = llvm.getelementptr %dx_theta[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2214, %v2220 : f32, !llvm.ptr
                  }
                  %v2221 = arith.mulf %v2204, %v2190 fastmath<contract> : f32
                  llvm.store %v2221, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2222 = arith.mulf %v2172, %v2172 fastmath<contract> : f32
                  %v2223 = arith.negf %v2222 : f32
                  llvm.store %v2223, %v39 : f32, !llvm.ptr
                }
                %v2224 = arith.addi %v256, %v59 : i64
                %v2225 = arith.cmpi slt, %v1053, %v1838 : i32
                %v2226 = arith.cmpi eq, %v1053, %v1843 : i32
                scf.if %v2225 {
                  %v2227 = arith.addi %v130, %v2224 : i64
                  %v2228 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2229 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2230 = arith.muli %v32, %v189 : i64
                  %v2231 = arith.muli %v30, %v188 : i64
                  %v2232 = arith.addi %v2230, %v2231 : i64
                  %v2233 = arith.muli %v2227, %v1 : i64
                  %v2234 = arith.addi %v2232, %v2233 : i64
                  %v2235 = llvm.getelementptr %dy_y[%v2234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2236 = llvm.load %v2235 : !llvm.ptr -> f32
                  %v2237 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2238 = arith.mulf %v2237, %v2228 fastmath<contract> : f32
                  %v2239 = arith.addf %v2236, %v2238 fastmath<contract> : f32
                  %v2240 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2241 = arith.mulf %v2240, %v2229 fastmath<contract> : f32
                  %v2242 = arith.addf %v2241, %v2239 fastmath<contract> : f32
                  %v2243 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2244 = arith.mulf %v2243, %v2229 fastmath<contract> : f32
                  %v2245 = arith.addf %v42, %v2244 fastmath<contract> : f32
                  %v2246 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2247 = arith.mulf %v2246, %v2228 fastmath<contract> : f32
                  %v2248 = arith.addf %v2247, %v2245 fastmath<contract> : f32
                  llvm.store %v2242, %v34 : f32, !llvm.ptr
                  llvm.store %v2248, %v35 : f32, !llvm.ptr
                  %v2249 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2250 = arith.muli %v32, %v189 : i64
                    %v2251 = arith.muli %v30, %v188 : i64
                    %v2252 = arith.addi %v2250, %v2251 : i64
                    %v2253 = arith.muli %v2227, %v1 : i64
                    %v2254 = arith.addi %v2252, %v2253 : i64
                    %v2255 = llvm.getelementptr %dx_x[%v2254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2249, %v2255 : f32, !llvm.ptr
                  }
                  %v2256 = arith.muli %v32, %v189 : i64
                  %v2257 = arith.muli %v30, %v188 : i64
                  %v2258 = arith.addi %v2256, %v2257 : i64
                  %v2259 = arith.muli %v2227, %v1 : i64
                  %v2260 = arith.addi %v2258, %v2259 : i64
                  %v2261 = llvm.getelementptr %in_rho[%v2260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2262 = llvm.load %v2261 : !llvm.ptr -> f32
                  %v2263 = arith.negf %v2262 : f32
                  %v2264 = arith.mulf %v2263, %v198 fastmath<contract> : f32
                  %v2265 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2264) : (f32) -> f32
                  %v2266 = arith.addf %v43, %v2265 fastmath<contract> : f32
                  %v2267 = arith.divf %v43, %v2266 : f32
                  %v2268 = arith.mulf %v1596, %v2249 fastmath<contract> : f32
                  %v2269 = arith.negf %v2268 : f32
                  %v2270 = arith.mulf %v2267, %v2269 fastmath<contract> : f32
                  %v2271 = arith.addf %v2270, %v2270 fastmath<contract> : f32
                  %v2272 = arith.muli %v32, %v189 : i64
                  %v2273 = arith.muli %v30, %v188 : i64
                  %v2274 = arith.addi %v2272, %v2273 : i64
                  %v2275 = arith.muli %v2227, %v1 : i64
                  %v2276 = arith.addi %v2274, %v2275 : i64
                  %v2277 = llvm.getelementptr %in_theta[%v2276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2278 = llvm.load %v2277 : !llvm.ptr -> f32
                  %v2279 = arith.mulf %v2278, %v211 fastmath<contract> : f32
                  %v2280 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2279) : (f32) -> f32
                  %v2281 = arith.mulf %v2280, %v214 fastmath<contract> : f32
                  %v2282 = arith.subf %v2278, %v2281 fastmath<contract> : f32
                  %v2283 = arith.mulf %v2280, %v215 fastmath<contract> : f32
                  %v2284 = arith.subf %v2282, %v2283 fastmath<contract> : f32
                  %v2285 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2284) : (f32) -> f32
                  %v2286 = arith.mulf %v1592, %v2249 fastmath<contract> : f32
                  %v2287 = arith.mulf %v2285, %v2286 fastmath<contract> : f32
                  %v2288 = arith.mulf %v187, %v2287 fastmath<contract> : f32
                  %v2289 = arith.addf %v2271, %v2288 fastmath<contract> : f32
                  %v2290 = arith.subf %v43, %v2267 fastmath<contract> : f32
                  %v2291 = arith.mulf %v2267, %v2290 fastmath<contract> : f32
                  %v2292 = arith.mulf %v2289, %v2291 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2293 = arith.muli %v32, %v189 : i64
                    %v2294 = arith.muli %v30, %v188 : i64
                    %v2295 = arith.addi %v2293, %v2294 : i64
                    %v2296 = arith.muli %v2227, %v1 : i64
                    %v2297 = arith.addi %v2295, %v2296 : i64
                    %v2298 = llvm.getelementptr %dx_rho[%v2297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2292, %v2298 : f32, !llvm.ptr
                  }
                  %v2299 = arith.mulf %v187, %v2267 fastmath<contract> : f32
                  %v2300 = arith.mulf %v2299, %v2286 fastmath<contract> : f32
                  %v2301 = arith.mulf %v2278, %v211 fastmath<contract> : f32
                  %v2302 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2301) : (f32) -> f32
                  %v2303 = arith.mulf %v2302, %v214 fastmath<contract> : f32
                  %v2304 = arith.subf %v2278, %v2303 fastmath<contract> : f32
                  %v2305 = arith.mulf %v2302, %v215 fastmath<contract> : f32
                  %v2306 = arith.subf %v2304, %v2305 fastmath<contract> : f32
                  %v2307 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2306) : (f32) -> f32
                  %v2308 = arith.negf %v2307 : f32
                  %v2309 = arith.mulf %v2300, %v2308 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2310 = arith.muli %v32, %v189 : i64
                    %v2311 = arith.muli %v30, %v188 : i64
                    %v2312 = arith.addi %v2310, %v2311 : i64
                    %v2313 = arith.muli %v2227, %v1 : i64
                    %v2314 = arith.addi %v2312, %v2313 : i64
                    %v2315 = llvm.getelementptr %dx_theta[%v2314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2309, %v2315 : f32, !llvm.ptr
                  }
                  %v2316 = arith.mulf %v2299, %v2285 fastmath<contract> : f32
                  llvm.store %v2316, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2317 = arith.mulf %v2267, %v2267 fastmath<contract> : f32
                  %v2318 = arith.negf %v2317 : f32
                  llvm.store %v2318, %v39 : f32, !llvm.ptr
                }
                %v2319 = arith.addi %v256, %v54 : i64
                %v2320 = arith.cmpi slt, %v1149, %v1838 : i32
                %v2321 = arith.cmpi eq, %v1149, %v1843 : i32
                scf.if %v2320 {
                  %v2322 = arith.addi %v130, %v2319 : i64
                  %v2323 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2324 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2325 = arith.muli %v32, %v189 : i64
                  %v2326 = arith.muli %v30, %v188 : i64
                  %v2327 = arith.addi %v2325, %v2326 : i64
                  %v2328 = arith.muli %v2322, %v1 : i64
                  %v2329 = arith.addi %v2327, %v2328 : i64
                  %v2330 = llvm.getelementptr %dy_y[%v2329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2331 = llvm.load %v2330 : !llvm.ptr -> f32
                  %v2332 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2333 = arith.mulf %v2332, %v2323 fastmath<contract> : f32
                  %v2334 = arith.addf %v2331, %v2333 fastmath<contract> : f32
                  %v2335 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2336 = arith.mulf %v2335, %v2324 fastmath<contract> : f32
                  %v2337 = arith.addf %v2336, %v2334 fastmath<contract> : f32
                  %v2338 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2339 = arith.mulf %v2338, %v2324 fastmath<contract> : f32
                  %v2340 = arith.addf %v42, %v2339 fastmath<contract> : f32
                  %v2341 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2342 = arith.mulf %v2341, %v2323 fastmath<contract> : f32
                  %v2343 = arith.addf %v2342, %v2340 fastmath<contract> : f32
                  llvm.store %v2337, %v34 : f32, !llvm.ptr
                  llvm.store %v2343, %v35 : f32, !llvm.ptr
                  %v2344 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2345 = arith.muli %v32, %v189 : i64
                    %v2346 = arith.muli %v30, %v188 : i64
                    %v2347 = arith.addi %v2345, %v2346 : i64
                    %v2348 = arith.muli %v2322, %v1 : i64
                    %v2349 = arith.addi %v2347, %v2348 : i64
                    %v2350 = llvm.getelementptr %dx_x[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2344, %v2350 : f32, !llvm.ptr
                  }
                  %v2351 = arith.muli %v32, %v189 : i64
                  %v2352 = arith.muli %v30, %v188 : i64
                  %v2353 = arith.addi %v2351, %v2352 : i64
                  %v2354 = arith.muli %v2322, %v1 : i64
                  %v2355 = arith.addi %v2353, %v2354 : i64
                  %v2356 = llvm.getelementptr %in_rho[%v2355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2357 = llvm.load %v2356 : !llvm.ptr -> f32
                  %v2358 = arith.negf %v2357 : f32
                  %v2359 = arith.mulf %v2358, %v198 fastmath<contract> : f32
                  %v2360 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2359) : (f32) -> f32
                  %v2361 = arith.addf %v43, %v2360 fastmath<contract> : f32
                  %v2362 = arith.divf %v43, %v2361 : f32
                  %v2363 = arith.mulf %v1548, %v2344 fastmath<contract> : f32
                  %v2364 = arith.negf %v2363 : f32
                  %v2365 = arith.mulf %v2362, %v2364 fastmath<contract> : f32
                  %v2366 = arith.addf %v2365, %v2365 fastmath<contract> : f32
                  %v2367 = arith.muli %v32, %v189 : i64
                  %v2368 = arith.muli %v30, %v188 : i64
                  %v2369 = arith.addi %v2367, %v2368 : i64
                  %v2370 = arith.muli %v2322, %v1 : i64
                  %v2371 = arith.addi %v2369, %v2370 : i64
                  %v2372 = llvm.getelementptr %in_theta[%v2371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2373 = llvm.load %v2372 : !llvm.ptr -> f32
                  %v2374 = arith.mulf %v2373, %v211 fastmath<contract> : f32
                  %v2375 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2374) : (f32) -> f32
                  %v2376 = arith.mulf %v2375, %v214 fastmath<contract> : f32
                  %v2377 = arith.subf %v2373, %v2376 fastmath<contract> : f32
                  %v2378 = arith.mulf %v2375, %v215 fastmath<contract> : f32
                  %v2379 = arith.subf %v2377, %v2378 fastmath<contract> : f32
                  %v2380 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2379) : (f32) -> f32
                  %v2381 = arith.mulf %v1544, %v2344 fastmath<contract> : f32
                  %v2382 = arith.mulf %v2380, %v2381 fastmath<contract> : f32
                  %v2383 = arith.mulf %v187, %v2382 fastmath<contract> : f32
                  %v2384 = arith.addf %v2366, %v2383 fastmath<contract> : f32
                  %v2385 = arith.subf %v43, %v2362 fastmath<contract> : f32
                  %v2386 = arith.mulf %v2362, %v2385 fastmath<contract> : f32
                  %v2387 = arith.mulf %v2384, %v2386 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2388 = arith.muli %v32, %v189 : i64
                    %v2389 = arith.muli %v30, %v188 : i64
                    %v2390 = arith.addi %v2388, %v2389 : i64
                    %v2391 = arith.muli %v2322, %v1 : i64
                    %v2392 = arith.addi %v2390, %v2391 : i64
                    %v2393 = llvm.getelementptr %dx_rho[%v2392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2387, %v2393 : f32, !llvm.ptr
                  }
                  %v2394 = arith.mulf %v187, %v2362 fastmath<contract> : f32
                  %v2395 = arith.mulf %v2394, %v2381 fastmath<contract> : f32
                  %v2396 = arith.mulf %v2373, %v211 fastmath<contract> : f32
                  %v2397 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2396) : (f32) -> f32
                  %v2398 = arith.mulf %v2397, %v214 fastmath<contract> : f32
                  %v2399 = arith.subf %v2373, %v2398 fastmath<contract> : f32
                  %v2400 = arith.mulf %v2397, %v215 fastmath<contract> : f32
                  %v2401 = arith.subf %v2399, %v2400 fastmath<contract> : f32
                  %v2402 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2401) : (f32) -> f32
                  %v2403 = arith.negf %v2402 : f32
                  %v2404 = arith.mulf %v2395, %v2403 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2405 = arith.muli %v32, %v189 : i64
                    %v2406 = arith.muli %v30, %v188 : i64
                    %v2407 = arith.addi %v2405, %v2406 : i64
                    %v2408 = arith.muli %v2322, %v1 : i64
                    %v2409 = arith.addi %v2407, %v2408 : i64
                    %v2410 = llvm.getelementptr %dx_theta[%v2409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2404, %v2410 : f32, !llvm.ptr
                  }
                  %v2411 = arith.mulf %v2394, %v2380 fastmath<contract> : f32
                  llvm.store %v2411, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2412 = arith.mulf %v2362, %v2362 fastmath<contract> : f32
                  %v2413 = arith.negf %v2412 : f32
                  llvm.store %v2413, %v39 : f32, !llvm.ptr
                }
                %v2414 = arith.addi %v256, %v1 : i64
                %v2415 = arith.cmpi slt, %v1245, %v1838 : i32
                %v2416 = arith.cmpi eq, %v1245, %v1843 : i32
                scf.if %v2415 {
                  %v2417 = arith.addi %v130, %v2414 : i64
                  %v2418 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2419 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2420 = arith.muli %v32, %v189 : i64
                  %v2421 = arith.muli %v30, %v188 : i64
                  %v2422 = arith.addi %v2420, %v2421 : i64
                  %v2423 = arith.muli %v2417, %v1 : i64
                  %v2424 = arith.addi %v2422, %v2423 : i64
                  %v2425 = llvm.getelementptr %dy_y[%v2424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2426 = llvm.load %v2425 : !llvm.ptr -> f32
                  %v2427 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2428 = arith.mulf %v2427, %v2418 fastmath<contract> : f32
                  %v2429 = arith.addf %v2426, %v2428 fastmath<contract> : f32
                  %v2430 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2431 = arith.mulf %v2430, %v2419 fastmath<contract> : f32
                  %v2432 = arith.addf %v2431, %v2429 fastmath<contract> : f32
                  %v2433 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2434 = arith.mulf %v2433, %v2419 fastmath<contract> : f32
                  %v2435 = arith.addf %v42, %v2434 fastmath<contract> : f32
                  %v2436 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2437 = arith.mulf %v2436, %v2418 fastmath<contract> : f32
                  %v2438 = arith.addf %v2437, %v2435 fastmath<contract> : f32
                  llvm.store %v2432, %v34 : f32, !llvm.ptr
                  llvm.store %v2438, %v35 : f32, !llvm.ptr
                  %v2439 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2440 = arith.muli %v32, %v189 : i64
                    %v2441 = arith.muli %v30, %v188 : i64
                    %v2442 = arith.addi %v2440, %v2441 : i64
                    %v2443 = arith.muli %v2417, %v1 : i64
                    %v2444 = arith.addi %v2442, %v2443 : i64
                    %v2445 = llvm.getelementptr %dx_x[%v2444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2439, %v2445 : f32, !llvm.ptr
                  }
                  %v2446 = arith.muli %v32, %v189 : i64
                  %v2447 = arith.muli %v30, %v188 : i64
                  %v2448 = arith.addi %v2446, %v2447 : i64
                  %v2449 = arith.muli %v2417, %v1 : i64
                  %v2450 = arith.addi %v2448, %v2449 : i64
                  %v2451 = llvm.getelementptr %in_rho[%v2450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2452 = llvm.load %v2451 : !llvm.ptr -> f32
                  %v2453 = arith.negf %v2452 : f32
                  %v2454 = arith.mulf %v2453, %v198 fastmath<contract> : f32
                  %v2455 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2454) : (f32) -> f32
                  %v2456 = arith.addf %v43, %v2455 fastmath<contract> : f32
                  %v2457 = arith.divf %v43, %v2456 : f32
                  %v2458 = arith.mulf %v1500, %v2439 fastmath<contract> : f32
                  %v2459 = arith.negf %v2458 : f32
                  %v2460 = arith.mulf %v2457, %v2459 fastmath<contract> : f32
                  %v2461 = arith.addf %v2460, %v2460 fastmath<contract> : f32
                  %v2462 = arith.muli %v32, %v189 : i64
                  %v2463 = arith.muli %v30, %v188 : i64
                  %v2464 = arith.addi %v2462, %v2463 : i64
                  %v2465 = arith.muli %v2417, %v1 : i64
                  %v2466 = arith.addi %v2464, %v2465 : i64
                  %v2467 = llvm.getelementptr %in_theta[%v2466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2468 = llvm.load %v2467 : !llvm.ptr -> f32
                  %v2469 = arith.mulf %v2468, %v211 fastmath<contract> : f32
                  %v2470 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2469) : (f32) -> f32
                  %v2471 = arith.mulf %v2470, %v214 fastmath<contract> : f32
                  %v2472 = arith.subf %v2468, %v2471 fastmath<contract> : f32
                  %v2473 = arith.mulf %v2470, %v215 fastmath<contract> : f32
                  %v2474 = arith.subf %v2472, %v2473 fastmath<contract> : f32
                  %v2475 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2474) : (f32) -> f32
                  %v2476 = arith.mulf %v1496, %v2439 fastmath<contract> : f32
                  %v2477 = arith.mulf %v2475, %v2476 fastmath<contract> : f32
                  %v2478 = arith.mulf %v187, %v2477 fastmath<contract> : f32
                  %v2479 = arith.addf %v2461, %v2478 fastmath<contract> : f32
                  %v2480 = arith.subf %v43, %v2457 fastmath<contract> : f32
                  %v2481 = arith.mulf %v2457, %v2480 fastmath<contract> : f32
                  %v2482 = arith.mulf %v2479, %v2481 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2483 = arith.muli %v32, %v189 : i64
                    %v2484 = arith.muli %v30, %v188 : i64
                    %v2485 = arith.addi %v2483, %v2484 : i64
                    %v2486 = arith.muli %v2417, %v1 : i64
                    %v2487 = arith.addi %v2485, %v2486 : i64
                    %v2488 = llvm.getelementptr %dx_rho[%v2487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2482, %v2488 : f32, !llvm.ptr
                  }
                  %v2489 = arith.mulf %v187, %v2457 fastmath<contract> : f32
                  %v2490 = arith.mulf %v2489, %v2476 fastmath<contract> : f32
                  %v2491 = arith.mulf %v2468, %v211 fastmath<contract> : f32
                  %v2492 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2491) : (f32) -> f32
                  %v2493 = arith.mulf %v2492, %v214 fastmath<contract> : f32
                  %v2494 = arith.subf %v2468, %v2493 fastmath<contract> : f32
                  %v2495 = arith.mulf %v2492, %v215 fastmath<contract> : f32
                  %v2496 = arith.subf %v2494, %v2495 fastmath<contract> : f32
                  %v2497 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2496) : (f32) -> f32
                  %v2498 = arith.negf %v2497 : f32
                  %v2499 = arith.mulf %v2490, %v2498 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2500 = arith.muli %v32, %v189 : i64
                    %v2501 = arith.muli %v30, %v188 : i64
                    %v2502 = arith.addi %v2500, %v2501 : i64
                    %v2503 = arith.muli %v2417, %v1 : i64
                    %v2504 = arith.addi %v2502, %v2503 : i64
                    %v2505 = llvm.getelementptr %dx_theta[%v2504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2499, %v2505 : f32, !llvm.ptr
                  }
                  %v2506 = arith.mulf %v2489, %v2475 fastmath<contract> : f32
                  llvm.store %v2506, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2507 = arith.mulf %v2457, %v2457 fastmath<contract> : f32
                  %v2508 = arith.negf %v2507 : f32
                  llvm.store %v2508, %v39 : f32, !llvm.ptr
                }
                %v2509 = arith.addi %v256, %v10 : i64
                %v2510 = arith.cmpi slt, %v1341, %v1838 : i32
                %v2511 = arith.cmpi eq, %v1341, %v1843 : i32
                scf.if %v2510 {
                  %v2512 = arith.addi %v130, %v2509 : i64
                  %v2513 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2514 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2515 = arith.muli %v32, %v189 : i64
                  %v2516 = arith.muli %v30, %v188 : i64
                  %v2517 = arith.addi %v2515, %v2516 : i64
                  %v2518 = arith.muli %v2512, %v1 : i64
                  %v2519 = arith.addi %v2517, %v2518 : i64
                  %v2520 = llvm.getelementptr %dy_y[%v2519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2521 = llvm.load %v2520 : !llvm.ptr -> f32
                  %v2522 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2523 = arith.mulf %v2522, %v2513 fastmath<contract> : f32
                  %v2524 = arith.addf %v2521, %v2523 fastmath<contract> : f32
                  %v2525 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2526 = arith.mulf %v2525, %v2514 fastmath<contract> : f32
                  %v2527 = arith.addf %v2526, %v2524 fastmath<contract> : f32
                  %v2528 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2529 = arith.mulf %v2528, %v2514 fastmath<contract> : f32
                  %v2530 = arith.addf %v42, %v2529 fastmath<contract> : f32
                  %v2531 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2532 = arith.mulf %v2531, %v2513 fastmath<contract> : f32
                  %v2533 = arith.addf %v2532, %v2530 fastmath<contract> : f32
                  llvm.store %v2527, %v34 : f32, !llvm.ptr
                  llvm.store %v2533, %v35 : f32, !llvm.ptr
                  %v2534 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2535 = arith.muli %v32, %v189 : i64
                    %v2536 = arith.muli %v30, %v188 : i64
                    %v2537 = arith.addi %v2535, %v2536 : i64
                    %v2538 = arith.muli %v2512, %v1 : i64
                    %v2539 = arith.addi %v2537, %v2538 : i64
                    %v2540 = llvm.getelementptr %dx_x[%v2539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2534, %v2540 : f32, !llvm.ptr
                  }
                  %v2541 = arith.muli %v32, %v189 : i64
                  %v2542 = arith.muli %v30, %v188 : i64
                  %v2543 = arith.addi %v2541, %v2542 : i64
                  %v2544 = arith.muli %v2512, %v1 : i64
                  %v2545 = arith.addi %v2543, %v2544 : i64
                  %v2546 = llvm.getelementptr %in_rho[%v2545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2547 = llvm.load %v2546 : !llvm.ptr -> f32
                  %v2548 = arith.negf %v2547 : f32
                  %v2549 = arith.mulf %v2548, %v198 fastmath<contract> : f32
                  %v2550 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2549) : (f32) -> f32
                  %v2551 = arith.addf %v43, %v2550 fastmath<contract> : f32
                  %v2552 = arith.divf %v43, %v2551 : f32
                  %v2553 = arith.mulf %v1452, %v2534 fastmath<contract> : f32
                  %v2554 = arith.negf %v2553 : f32
                  %v2555 = arith.mulf %v2552, %v2554 fastmath<contract> : f32
                  %v2556 = arith.addf %v2555, %v2555 fastmath<contract> : f32
                  %v2557 = arith.muli %v32, %v189 : i64
                  %v2558 = arith.muli %v30, %v188 : i64
                  %v2559 = arith.addi %v2557, %v2558 : i64
                  %v2560 = arith.muli %v2512, %v1 : i64
                  %v2561 = arith.addi %v2559, %v2560 : i64
                  %v2562 = llvm.getelementptr %in_theta[%v2561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2563 = llvm.load %v2562 : !llvm.ptr -> f32
                  %v2564 = arith.mulf %v2563, %v211 fastmath<contract> : f32
                  %v2565 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2564) : (f32) -> f32
                  %v2566 = arith.mulf %v2565, %v214 fastmath<contract> : f32
                  %v2567 = arith.subf %v2563, %v2566 fastmath<contract> : f32
                  %v2568 = arith.mulf %v2565, %v215 fastmath<contract> : f32
                  %v2569 = arith.subf %v2567, %v2568 fastmath<contract> : f32
                  %v2570 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2569) : (f32) -> f32
                  %v2571 = arith.mulf %v1444, %v2534 fastmath<contract> : f32
                  %v2572 = arith.mulf %v2570, %v2571 fastmath<contract> : f32
                  %v2573 = arith.mulf %v187, %v2572 fastmath<contract> : f32
                  %v2574 = arith.addf %v2556, %v2573 fastmath<contract> : f32
                  %v2575 = arith.subf %v43, %v2552 fastmath<contract> : f32
                  %v2576 = arith.mulf %v2552, %v2575 fastmath<contract> : f32
                  %v2577 = arith.mulf %v2574, %v2576 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2578 = arith.muli %v32, %v189 : i64
                    %v2579 = arith.muli %v30, %v188 : i64
                    %v2580 = arith.addi %v2578, %v2579 : i64
                    %v2581 = arith.muli %v2512, %v1 : i64
                    %v2582 = arith.addi %v2580, %v2581 : i64
                    %v2583 = llvm.getelementptr %dx_rho[%v2582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2577, %v2583 : f32, !llvm.ptr
                  }
                  %v2584 = arith.mulf %v187, %v2552 fastmath<contract> : f32
                  %v2585 = arith.mulf %v2584, %v2571 fastmath<contract> : f32
                  %v2586 = arith.mulf %v2563, %v211 fastmath<contract> : f32
                  %v2587 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2586) : (f32) -> f32
                  %v2588 = arith.mulf %v2587, %v214 fastmath<contract> : f32
                  %v2589 = arith.subf %v2563, %v2588 fastmath<contract> : f32
                  %v2590 = arith.mulf %v2587, %v215 fastmath<contract> : f32
                  %v2591 = arith.subf %v2589, %v2590 fastmath<contract> : f32
                  %v2592 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2591) : (f32) -> f32
                  %v2593 = arith.negf %v2592 : f32
                  %v2594 = arith.mulf %v2585, %v2593 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2595 = arith.muli %v32, %v189 : i64
                    %v2596 = arith.muli %v30, %v188 : i64
                    %v2597 = arith.addi %v2595, %v2596 : i64
                    %v2598 = arith.muli %v2512, %v1 : i64
                    %v2599 = arith.addi %v2597, %v2598 : i64
                    %v2600 = llvm.getelementptr %dx_theta[%v2599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2594, %v2600 : f32, !llvm.ptr
                  }
                  %v2601 = arith.mulf %v2584, %v2570 fastmath<contract> : f32
                  llvm.store %v2601, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2602 = arith.mulf %v2552, %v2552 fastmath<contract> : f32
                  %v2603 = arith.negf %v2602 : f32
                  llvm.store %v2603, %v39 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v11 {
        %v2604 = llvm.load %v34 : !llvm.ptr -> f32
        %v2605 = llvm.load %v36 : !llvm.ptr -> f32
        %v2606 = arith.mulf %v2605, %v2604 fastmath<contract> : f32
        %v2607 = llvm.load %v38 : !llvm.ptr -> f32
        %v2608 = llvm.load %v35 : !llvm.ptr -> f32
        %v2609 = arith.mulf %v2607, %v2608 fastmath<contract> : f32
        %v2610 = arith.addf %v2609, %v2606 fastmath<contract> : f32
        %v2611 = llvm.load %v40 : !llvm.ptr -> f32
        %v2612 = arith.addf %v2611, %v2610 fastmath<contract> : f32
        llvm.store %v2612, %v40 : f32, !llvm.ptr
        %v2613 = llvm.load %v35 : !llvm.ptr -> f32
        %v2614 = llvm.load %v37 : !llvm.ptr -> f32
        %v2615 = arith.mulf %v2614, %v2613 fastmath<contract> : f32
        %v2616 = llvm.load %v39 : !llvm.ptr -> f32
        %v2617 = llvm.load %v34 : !llvm.ptr -> f32
        %v2618 = arith.mulf %v2616, %v2617 fastmath<contract> : f32
        %v2619 = arith.addf %v2618, %v2615 fastmath<contract> : f32
        %v2620 = llvm.load %v41 : !llvm.ptr -> f32
        %v2621 = arith.addf %v2620, %v2619 fastmath<contract> : f32
        llvm.store %v2621, %v41 : f32, !llvm.ptr
      }
      scf.if %v11 {
        scf.if %v27 {
          %v2622 = llvm.load %v40 : !llvm.ptr -> f32
          %v2623 = arith.muli %v32, %v84 : i64
          %v2624 = arith.muli %v30, %v1 : i64
          %v2625 = arith.addi %v2623, %v2624 : i64
          %v2626 = llvm.getelementptr %dx_h0[%v2625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2622, %v2626 : f32, !llvm.ptr
        }
        scf.if %v27 {
          %v2627 = llvm.load %v41 : !llvm.ptr -> f32
          %v2628 = arith.muli %v32, %v84 : i64
          %v2629 = arith.muli %v30, %v1 : i64
          %v2630 = arith.addi %v2628, %v2629 : i64
          %v2631 = llvm.getelementptr %dx_hp0[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2627, %v2631 : f32, !llvm.ptr
        }
      } else {
        scf.if %v27 {
          %v2632 = arith.muli %v26, %v1 : i64
          %v2633 = arith.muli %v3, %v1 : i64
          %v2634 = arith.muli %v10, %v2633 : i64
          %v2635 = arith.addi %v2634, %v2632 : i64
          %v2636 = llvm.load %v34 : !llvm.ptr -> f32
          %v2637 = llvm.getelementptr %slice_carry[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2636, %v2637 : f32, !llvm.ptr
          %v2638 = arith.muli %v1, %v2633 : i64
          %v2639 = arith.addi %v2638, %v2632 : i64
          %v2640 = llvm.load %v35 : !llvm.ptr -> f32
          %v2641 = llvm.getelementptr %slice_carry[%v2639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2640, %v2641 : f32, !llvm.ptr
          %v2642 = arith.muli %v54, %v2633 : i64
          %v2643 = arith.addi %v2642, %v2632 : i64
          %v2644 = llvm.load %v36 : !llvm.ptr -> f32
          %v2645 = llvm.getelementptr %slice_carry[%v2643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2644, %v2645 : f32, !llvm.ptr
          %v2646 = arith.muli %v59, %v2633 : i64
          %v2647 = arith.addi %v2646, %v2632 : i64
          %v2648 = llvm.load %v37 : !llvm.ptr -> f32
          %v2649 = llvm.getelementptr %slice_carry[%v2647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2648, %v2649 : f32, !llvm.ptr
          %v2650 = arith.muli %v64, %v2633 : i64
          %v2651 = arith.addi %v2650, %v2632 : i64
          %v2652 = llvm.load %v38 : !llvm.ptr -> f32
          %v2653 = llvm.getelementptr %slice_carry[%v2651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2652, %v2653 : f32, !llvm.ptr
          %v2654 = arith.muli %v69, %v2633 : i64
          %v2655 = arith.addi %v2654, %v2632 : i64
          %v2656 = llvm.load %v39 : !llvm.ptr -> f32
          %v2657 = llvm.getelementptr %slice_carry[%v2655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2656, %v2657 : f32, !llvm.ptr
          %v2658 = arith.muli %v74, %v2633 : i64
          %v2659 = arith.addi %v2658, %v2632 : i64
          %v2660 = llvm.load %v40 : !llvm.ptr -> f32
          %v2661 = llvm.getelementptr %slice_carry[%v2659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2660, %v2661 : f32, !llvm.ptr
          %v2662 = arith.muli %v79, %v2633 : i64
          %v2663 = arith.addi %v2662, %v2632 : i64
          %v2664 = llvm.load %v41 : !llvm.ptr -> f32
          %v2665 = llvm.getelementptr %slice_carry[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2664, %v2665 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
