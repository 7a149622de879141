module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_bwd_seg(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %dy_hp_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_hp: !llvm.ptr, %segcarry_h: !llvm.ptr, %segcarry_hp: !llvm.ptr, %dx_x: !llvm.ptr, %dx_rho: !llvm.ptr, %dx_theta: !llvm.ptr, %part_h0: !llvm.ptr, %part_hp0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v46 = arith.constant 0 : i64
      %v67 = arith.constant 2 : i64
      %v109 = arith.muli %v1, %size_D : i64
      %v140 = arith.constant 64 : i64
      %v141 = arith.constant 8 : i64
      %v142 = arith.constant 7 : i64
      %v163 = arith.muli %v1, %size_B : i64
      %v164 = arith.muli %v163, %size_D : i64
      %v172 = arith.muli %v1, %size_B : i64
      %v173 = arith.muli %v172, %size_D : i64
      %v215 = arith.constant 0x40000000 : f32
      %v216 = arith.muli %v1, %size_L : i64
      %v217 = arith.muli %v216, %size_D : i64
      %v226 = arith.constant 0x3FB8AA3B : f32
      %v239 = arith.constant 0x3E22F983 : f32
      %v242 = arith.constant 0x40C90000 : f32
      %v243 = arith.constant 0x3AFDAA22 : f32
      %v449 = arith.constant 3 : i64
      %v546 = arith.constant 5 : i64
      %v595 = arith.constant 6 : i64
      %v697 = arith.constant 2147483647 : i64
      %v701 = arith.constant 7 : i32
      %v811 = arith.constant 6 : i32
      %v921 = arith.constant 5 : i32
      %v1031 = arith.constant 4 : i32
      %v1141 = arith.constant 3 : i32
      %v1251 = arith.constant 2 : i32
      %v1361 = arith.constant 1 : i32
      %v1471 = arith.constant 0 : i32
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
      %v47 = arith.muli %v46, %v7 : i64
      %v48 = arith.addi %v47, %v21 : i64
      %v49 = arith.muli %v48, %v1 : i64
      %v50 = arith.addi %v49, %v46 : i64
      %v51 = arith.muli %v50, %v3 : i64
      %v52 = arith.subi %v3, %v1 : i64
      %v53 = arith.minsi %v24, %v52 : i64
      %v54 = arith.addi %v51, %v53 : i64
      %v55 = llvm.getelementptr %segcarry_h[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v56 = llvm.load %v55 : !llvm.ptr -> f32
      llvm.store %v56, %v36 : f32, !llvm.ptr
      %v57 = arith.muli %v1, %v7 : i64
      %v58 = arith.addi %v57, %v21 : i64
      %v59 = arith.muli %v58, %v1 : i64
      %v60 = arith.addi %v59, %v46 : i64
      %v61 = arith.muli %v60, %v3 : i64
      %v62 = arith.subi %v3, %v1 : i64
      %v63 = arith.minsi %v24, %v62 : i64
      %v64 = arith.addi %v61, %v63 : i64
      %v65 = llvm.getelementptr %segcarry_h[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v66 = llvm.load %v65 : !llvm.ptr -> f32
      llvm.store %v66, %v38 : f32, !llvm.ptr
      %v68 = arith.muli %v67, %v7 : i64
      %v69 = arith.addi %v68, %v21 : i64
      %v70 = arith.muli %v69, %v1 : i64
      %v71 = arith.addi %v70, %v46 : i64
      %v72 = arith.muli %v71, %v3 : i64
      %v73 = arith.subi %v3, %v1 : i64
      %v74 = arith.minsi %v24, %v73 : i64
      %v75 = arith.addi %v72, %v74 : i64
      %v76 = llvm.getelementptr %segcarry_h[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v77 = llvm.load %v76 : !llvm.ptr -> f32
      llvm.store %v77, %v40 : f32, !llvm.ptr
      %v78 = arith.muli %v46, %v7 : i64
      %v79 = arith.addi %v78, %v21 : i64
      %v80 = arith.muli %v79, %v1 : i64
      %v81 = arith.addi %v80, %v46 : i64
      %v82 = arith.muli %v81, %v3 : i64
      %v83 = arith.subi %v3, %v1 : i64
      %v84 = arith.minsi %v24, %v83 : i64
      %v85 = arith.addi %v82, %v84 : i64
      %v86 = llvm.getelementptr %segcarry_hp[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v87 = llvm.load %v86 : !llvm.ptr -> f32
      llvm.store %v87, %v37 : f32, !llvm.ptr
      %v88 = arith.muli %v1, %v7 : i64
      %v89 = arith.addi %v88, %v21 : i64
      %v90 = arith.muli %v89, %v1 : i64
      %v91 = arith.addi %v90, %v46 : i64
      %v92 = arith.muli %v91, %v3 : i64
      %v93 = arith.subi %v3, %v1 : i64
      %v94 = arith.minsi %v24, %v93 : i64
      %v95 = arith.addi %v92, %v94 : i64
      %v96 = llvm.getelementptr %segcarry_hp[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v97 = llvm.load %v96 : !llvm.ptr -> f32
      llvm.store %v97, %v41 : f32, !llvm.ptr
      %v98 = arith.muli %v67, %v7 : i64
      %v99 = arith.addi %v98, %v21 : i64
      %v100 = arith.muli %v99, %v1 : i64
      %v101 = arith.addi %v100, %v46 : i64
      %v102 = arith.muli %v101, %v3 : i64
      %v103 = arith.subi %v3, %v1 : i64
      %v104 = arith.minsi %v24, %v103 : i64
      %v105 = arith.addi %v102, %v104 : i64
      %v106 = llvm.getelementptr %segcarry_hp[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v107 = llvm.load %v106 : !llvm.ptr -> f32
      llvm.store %v107, %v39 : f32, !llvm.ptr
      %v108 = arith.cmpi eq, %size_L, %v46 : i64
      scf.if %v108 {
        %v110 = arith.muli %v30, %v109 : i64
        %v111 = arith.muli %v28, %v1 : i64
        %v112 = arith.addi %v110, %v111 : i64
        %v113 = llvm.mlir.zero : !llvm.ptr
        %v114 = llvm.icmp "ne" %in_h0, %v113 : !llvm.ptr
        %v115 = scf.if %v114 -> (f32) {
          %v116 = llvm.getelementptr %in_h0[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          scf.yield %v117 : f32
        } else {
          scf.yield %v44 : f32
        }
        llvm.store %v115, %v12 : f32, !llvm.ptr
        %v118 = arith.muli %v30, %v109 : i64
        %v119 = arith.muli %v28, %v1 : i64
        %v120 = arith.addi %v118, %v119 : i64
        %v121 = llvm.mlir.zero : !llvm.ptr
        %v122 = llvm.icmp "ne" %in_hp0, %v121 : !llvm.ptr
        %v123 = scf.if %v122 -> (f32) {
          %v124 = llvm.getelementptr %in_hp0[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v125 = llvm.load %v124 : !llvm.ptr -> f32
          scf.yield %v125 : f32
        } else {
          scf.yield %v44 : f32
        }
        llvm.store %v123, %v13 : f32, !llvm.ptr
        %v126 = arith.muli %v30, %v109 : i64
        %v127 = arith.muli %v28, %v1 : i64
        %v128 = arith.addi %v126, %v127 : i64
        %v129 = llvm.getelementptr %dy_h_last[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v130 = llvm.load %v129 : !llvm.ptr -> f32
        %v131 = llvm.load %v36 : !llvm.ptr -> f32
        %v132 = arith.addf %v131, %v130 fastmath<contract> : f32
        llvm.store %v132, %v36 : f32, !llvm.ptr
        %v133 = arith.muli %v30, %v109 : i64
        %v134 = arith.muli %v28, %v1 : i64
        %v135 = arith.addi %v133, %v134 : i64
        %v136 = llvm.getelementptr %dy_hp_last[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v137 = llvm.load %v136 : !llvm.ptr -> f32
        %v138 = llvm.load %v37 : !llvm.ptr -> f32
        %v139 = arith.addf %v138, %v137 fastmath<contract> : f32
        llvm.store %v139, %v37 : f32, !llvm.ptr
      }
      %v143 = arith.subi %v140, %v1 : i64
      %v144 = arith.addi %size_L, %v143 : i64
      %v145 = arith.divui %v144, %v140 : i64
      %v146 = arith.minsi %v34, %v145 : i64
      %v147 = arith.muli %v21, %v141 : i64
      %v148 = arith.subi %v146, %v33 : i64
      %v149 = arith.maxsi %v148, %v46 : i64
      %v150 = arith.index_cast %v46 : i64 to index
      %v151 = arith.index_cast %v149 : i64 to index
      %v152 = arith.index_cast %v1 : i64 to index
      scf.for %v153 = %v150 to %v151 step %v152 {
        %v154 = arith.index_cast %v153 : index to i64
        %v155 = arith.subi %v146, %v1 : i64
        %v156 = arith.subi %v155, %v154 : i64
        %v157 = arith.muli %v156, %v140 : i64
        %v158 = arith.subi %size_L, %v157 : i64
        %v159 = arith.minsi %v158, %v140 : i64
        %v160 = arith.addi %v159, %v142 : i64
        %v161 = arith.divui %v160, %v141 : i64
        %v162 = arith.subi %v159, %v1 : i64
        %v165 = arith.muli %v156, %v164 : i64
        %v166 = arith.muli %v30, %v109 : i64
        %v167 = arith.muli %v28, %v1 : i64
        %v168 = arith.addi %v166, %v167 : i64
        %v169 = arith.addi %v165, %v168 : i64
        %v170 = llvm.getelementptr %ckpt_h[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v171 = llvm.load %v170 : !llvm.ptr -> f32
        llvm.store %v171, %v10 : f32, !llvm.ptr
        %v174 = arith.muli %v156, %v173 : i64
        %v175 = arith.muli %v30, %v109 : i64
        %v176 = arith.muli %v28, %v1 : i64
        %v177 = arith.addi %v175, %v176 : i64
        %v178 = arith.addi %v174, %v177 : i64
        %v179 = llvm.getelementptr %ckpt_hp[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v180 = llvm.load %v179 : !llvm.ptr -> f32
        llvm.store %v180, %v11 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v181 = arith.index_cast %v46 : i64 to index
        %v182 = arith.index_cast %v161 : i64 to index
        %v183 = arith.index_cast %v1 : i64 to index
        scf.for %v184 = %v181 to %v182 step %v183 {
          %v185 = arith.index_cast %v184 : index to i64
          %v186 = arith.addi %v147, %v185 : i64
          scf.if %v25 {
            %v187 = llvm.load %v10 : !llvm.ptr -> f32
            %v188 = arith.muli %v186, %v3 : i64
            %v189 = arith.subi %v3, %v1 : i64
            %v190 = arith.minsi %v24, %v189 : i64
            %v191 = arith.addi %v188, %v190 : i64
            %v192 = arith.muli %v191, %v1 : i64
            %v193 = arith.addi %v192, %v46 : i64
            %v194 = llvm.getelementptr %scratch_h[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v187, %v194 : f32, !llvm.ptr
            %v195 = llvm.load %v11 : !llvm.ptr -> f32
            %v196 = arith.muli %v186, %v3 : i64
            %v197 = arith.subi %v3, %v1 : i64
            %v198 = arith.minsi %v24, %v197 : i64
            %v199 = arith.addi %v196, %v198 : i64
            %v200 = arith.muli %v199, %v1 : i64
            %v201 = arith.addi %v200, %v46 : i64
            %v202 = llvm.getelementptr %scratch_hp[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v195, %v202 : f32, !llvm.ptr
          }
          %v203 = arith.muli %v185, %v141 : i64
          %v204 = arith.subi %v159, %v203 : i64
          %v205 = arith.trunci %v204 : i64 to i32
          %v206 = arith.index_cast %v46 : i64 to index
          %v207 = arith.index_cast %v141 : i64 to index
          %v208 = arith.index_cast %v1 : i64 to index
          scf.for %v209 = %v206 to %v207 step %v208 {
            %v210 = arith.index_cast %v209 : index to i64
            %v211 = arith.trunci %v210 : i64 to i32
            %v212 = arith.addi %v203, %v210 : i64
            %v213 = arith.cmpi slt, %v211, %v205 : i32
            scf.if %v213 {
              %v214 = arith.addi %v157, %v212 : i64
              %v218 = arith.muli %v30, %v217 : i64
              %v219 = arith.muli %v28, %v216 : i64
              %v220 = arith.addi %v218, %v219 : i64
              %v221 = arith.muli %v214, %v1 : i64
              %v222 = arith.addi %v220, %v221 : i64
              %v223 = llvm.getelementptr %in_rho[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v224 = llvm.load %v223 : !llvm.ptr -> f32
              %v225 = arith.negf %v224 : f32
              %v227 = arith.mulf %v225, %v226 fastmath<contract> : f32
              %v228 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v227) : (f32) -> f32
              %v229 = arith.addf %v45, %v228 fastmath<contract> : f32
              %v230 = arith.divf %v45, %v229 : f32
              %v231 = arith.mulf %v215, %v230 fastmath<contract> : f32
              %v232 = arith.muli %v30, %v217 : i64
              %v233 = arith.muli %v28, %v216 : i64
              %v234 = arith.addi %v232, %v233 : i64
              %v235 = arith.muli %v214, %v1 : i64
              %v236 = arith.addi %v234, %v235 : i64
              %v237 = llvm.getelementptr %in_theta[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v238 = llvm.load %v237 : !llvm.ptr -> f32
              %v240 = arith.mulf %v238, %v239 fastmath<contract> : f32
              %v241 = llvm.call_intrinsic "llvm.roundeven.f32"(%v240) : (f32) -> f32
              %v244 = arith.mulf %v241, %v242 fastmath<contract> : f32
              %v245 = arith.subf %v238, %v244 fastmath<contract> : f32
              %v246 = arith.mulf %v241, %v243 fastmath<contract> : f32
              %v247 = arith.subf %v245, %v246 fastmath<contract> : f32
              %v248 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v247) : (f32) -> f32
              %v249 = arith.mulf %v231, %v248 fastmath<contract> : f32
              %v250 = arith.muli %v30, %v217 : i64
              %v251 = arith.muli %v28, %v216 : i64
              %v252 = arith.addi %v250, %v251 : i64
              %v253 = arith.muli %v214, %v1 : i64
              %v254 = arith.addi %v252, %v253 : i64
              %v255 = llvm.getelementptr %in_x[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v256 = llvm.load %v255 : !llvm.ptr -> f32
              %v257 = llvm.load %v10 : !llvm.ptr -> f32
              %v258 = arith.mulf %v249, %v257 fastmath<contract> : f32
              %v259 = arith.addf %v258, %v256 fastmath<contract> : f32
              %v260 = arith.mulf %v230, %v230 fastmath<contract> : f32
              %v261 = arith.negf %v260 : f32
              %v262 = llvm.load %v11 : !llvm.ptr -> f32
              %v263 = arith.mulf %v261, %v262 fastmath<contract> : f32
              %v264 = arith.addf %v259, %v263 fastmath<contract> : f32
              %v265 = llvm.load %v11 : !llvm.ptr -> f32
              %v266 = arith.mulf %v44, %v265 fastmath<contract> : f32
              %v267 = arith.addf %v266, %v44 fastmath<contract> : f32
              %v268 = llvm.load %v10 : !llvm.ptr -> f32
              %v269 = arith.mulf %v45, %v268 fastmath<contract> : f32
              %v270 = arith.addf %v267, %v269 fastmath<contract> : f32
              llvm.store %v264, %v10 : f32, !llvm.ptr
              llvm.store %v270, %v11 : f32, !llvm.ptr
            }
          }
        }
        %v271 = arith.index_cast %v46 : i64 to index
        %v272 = arith.index_cast %v1 : i64 to index
        %v273 = arith.index_cast %v1 : i64 to index
        scf.for %v274 = %v271 to %v272 step %v273 {
          %v275 = arith.index_cast %v274 : index to i64
          %v276 = arith.index_cast %v46 : i64 to index
          %v277 = arith.index_cast %v161 : i64 to index
          %v278 = arith.index_cast %v1 : i64 to index
          scf.for %v279 = %v276 to %v277 step %v278 {
            %v280 = arith.index_cast %v279 : index to i64
            %v281 = arith.cmpi slt, %v280, %v161 : i64
            scf.if %v281 {
              %v282 = arith.subi %v161, %v1 : i64
              %v283 = arith.subi %v282, %v280 : i64
              %v284 = arith.muli %v283, %v141 : i64
              %v285 = arith.addi %v147, %v283 : i64
              %v286 = arith.addi %v284, %v141 : i64
              %v287 = arith.cmpi sle, %v286, %v159 : i64
              scf.if %v287 {
                %v288 = arith.subi %v159, %v1 : i64
                %v289 = arith.muli %v285, %v3 : i64
                %v290 = arith.subi %v3, %v1 : i64
                %v291 = arith.minsi %v24, %v290 : i64
                %v292 = arith.addi %v289, %v291 : i64
                %v293 = arith.muli %v292, %v1 : i64
                %v294 = arith.addi %v293, %v46 : i64
                %v295 = llvm.getelementptr %scratch_h[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v296 = llvm.load %v295 : !llvm.ptr -> f32
                %v297 = arith.muli %v285, %v3 : i64
                %v298 = arith.subi %v3, %v1 : i64
                %v299 = arith.minsi %v24, %v298 : i64
                %v300 = arith.addi %v297, %v299 : i64
                %v301 = arith.muli %v300, %v1 : i64
                %v302 = arith.addi %v301, %v46 : i64
                %v303 = llvm.getelementptr %scratch_hp[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v304 = llvm.load %v303 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v305 = arith.addi %v284, %v46 : i64
                %v306 = arith.minsi %v305, %v288 : i64
                %v307 = arith.addi %v157, %v306 : i64
                %v308 = arith.muli %v30, %v217 : i64
                %v309 = arith.muli %v28, %v216 : i64
                %v310 = arith.addi %v308, %v309 : i64
                %v311 = arith.muli %v307, %v1 : i64
                %v312 = arith.addi %v310, %v311 : i64
                %v313 = llvm.getelementptr %in_rho[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v314 = llvm.load %v313 : !llvm.ptr -> f32
                %v315 = arith.negf %v314 : f32
                %v316 = arith.mulf %v315, %v226 fastmath<contract> : f32
                %v317 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v316) : (f32) -> f32
                %v318 = arith.addf %v45, %v317 fastmath<contract> : f32
                %v319 = arith.divf %v45, %v318 : f32
                %v320 = arith.mulf %v215, %v319 fastmath<contract> : f32
                %v321 = arith.muli %v30, %v217 : i64
                %v322 = arith.muli %v28, %v216 : i64
                %v323 = arith.addi %v321, %v322 : i64
                %v324 = arith.muli %v307, %v1 : i64
                %v325 = arith.addi %v323, %v324 : i64
                %v326 = llvm.getelementptr %in_theta[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v327 = llvm.load %v326 : !llvm.ptr -> f32
                %v328 = arith.mulf %v327, %v239 fastmath<contract> : f32
                %v329 = llvm.call_intrinsic "llvm.roundeven.f32"(%v328) : (f32) -> f32
                %v330 = arith.mulf %v329, %v242 fastmath<contract> : f32
                %v331 = arith.subf %v327, %v330 fastmath<contract> : f32
                %v332 = arith.mulf %v329, %v243 fastmath<contract> : f32
                %v333 = arith.subf %v331, %v332 fastmath<contract> : f32
                %v334 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v333) : (f32) -> f32
                %v335 = arith.mulf %v320, %v334 fastmath<contract> : f32
                %v336 = arith.muli %v30, %v217 : i64
                %v337 = arith.muli %v28, %v216 : i64
                %v338 = arith.addi %v336, %v337 : i64
                %v339 = arith.muli %v307, %v1 : i64
                %v340 = arith.addi %v338, %v339 : i64
                %v341 = llvm.getelementptr %in_x[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v342 = llvm.load %v341 : !llvm.ptr -> f32
                %v343 = arith.mulf %v335, %v296 fastmath<contract> : f32
                %v344 = arith.addf %v343, %v342 fastmath<contract> : f32
                %v345 = arith.mulf %v319, %v319 fastmath<contract> : f32
                %v346 = arith.negf %v345 : f32
                %v347 = arith.mulf %v346, %v304 fastmath<contract> : f32
                %v348 = arith.addf %v344, %v347 fastmath<contract> : f32
                %v349 = arith.mulf %v44, %v304 fastmath<contract> : f32
                %v350 = arith.addf %v349, %v44 fastmath<contract> : f32
                %v351 = arith.mulf %v45, %v296 fastmath<contract> : f32
                %v352 = arith.addf %v350, %v351 fastmath<contract> : f32
                %v353 = arith.addi %v284, %v1 : i64
                %v354 = arith.minsi %v353, %v288 : i64
                %v355 = arith.addi %v157, %v354 : i64
                %v356 = arith.muli %v30, %v217 : i64
                %v357 = arith.muli %v28, %v216 : i64
                %v358 = arith.addi %v356, %v357 : i64
                %v359 = arith.muli %v355, %v1 : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = llvm.getelementptr %in_rho[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v362 = llvm.load %v361 : !llvm.ptr -> f32
                %v363 = arith.negf %v362 : f32
                %v364 = arith.mulf %v363, %v226 fastmath<contract> : f32
                %v365 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v364) : (f32) -> f32
                %v366 = arith.addf %v45, %v365 fastmath<contract> : f32
                %v367 = arith.divf %v45, %v366 : f32
                %v368 = arith.mulf %v215, %v367 fastmath<contract> : f32
                %v369 = arith.muli %v30, %v217 : i64
                %v370 = arith.muli %v28, %v216 : i64
                %v371 = arith.addi %v369, %v370 : i64
                %v372 = arith.muli %v355, %v1 : i64
                %v373 = arith.addi %v371, %v372 : i64
                %v374 = llvm.getelementptr %in_theta[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v375 = llvm.load %v374 : !llvm.ptr -> f32
                %v376 = arith.mulf %v375, %v239 fastmath<contract> : f32
                %v377 = llvm.call_intrinsic "llvm.roundeven.f32"(%v376) : (f32) -> f32
                %v378 = arith.mulf %v377, %v242 fastmath<contract> : f32
                %v379 = arith.subf %v375, %v378 fastmath<contract> : f32
                %v380 = arith.mulf %v377, %v243 fastmath<contract> : f32
                %v381 = arith.subf %v379, %v380 fastmath<contract> : f32
                %v382 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v381) : (f32) -> f32
                %v383 = arith.mulf %v368, %v382 fastmath<contract> : f32
                %v384 = arith.muli %v30, %v217 : i64
                %v385 = arith.muli %v28, %v216 : i64
                %v386 = arith.addi %v384, %v385 : i64
                %v387 = arith.muli %v355, %v1 : i64
                %v388 = arith.addi %v386, %v387 : i64
                %v389 = llvm.getelementptr %in_x[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v390 = llvm.load %v389 : !llvm.ptr -> f32
                %v391 = arith.mulf %v383, %v348 fastmath<contract> : f32
                %v392 = arith.addf %v391, %v390 fastmath<contract> : f32
                %v393 = arith.mulf %v367, %v367 fastmath<contract> : f32
                %v394 = arith.negf %v393 : f32
                %v395 = arith.mulf %v394, %v352 fastmath<contract> : f32
                %v396 = arith.addf %v392, %v395 fastmath<contract> : f32
                %v397 = arith.mulf %v44, %v352 fastmath<contract> : f32
                %v398 = arith.addf %v397, %v44 fastmath<contract> : f32
                %v399 = arith.mulf %v45, %v348 fastmath<contract> : f32
                %v400 = arith.addf %v398, %v399 fastmath<contract> : f32
                %v401 = arith.addi %v284, %v67 : i64
                %v402 = arith.minsi %v401, %v288 : i64
                %v403 = arith.addi %v157, %v402 : i64
                %v404 = arith.muli %v30, %v217 : i64
                %v405 = arith.muli %v28, %v216 : i64
                %v406 = arith.addi %v404, %v405 : i64
                %v407 = arith.muli %v403, %v1 : i64
                %v408 = arith.addi %v406, %v407 : i64
                %v409 = llvm.getelementptr %in_rho[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v410 = llvm.load %v409 : !llvm.ptr -> f32
                %v411 = arith.negf %v410 : f32
                %v412 = arith.mulf %v411, %v226 fastmath<contract> : f32
                %v413 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v412) : (f32) -> f32
                %v414 = arith.addf %v45, %v413 fastmath<contract> : f32
                %v415 = arith.divf %v45, %v414 : f32
                %v416 = arith.mulf %v215, %v415 fastmath<contract> : f32
                %v417 = arith.muli %v30, %v217 : i64
                %v418 = arith.muli %v28, %v216 : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = arith.muli %v403, %v1 : i64
                %v421 = arith.addi %v419, %v420 : i64
                %v422 = llvm.getelementptr %in_theta[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v423 = llvm.load %v422 : !llvm.ptr -> f32
                %v424 = arith.mulf %v423, %v239 fastmath<contract> : f32
                %v425 = llvm.call_intrinsic "llvm.roundeven.f32"(%v424) : (f32) -> f32
                %v426 = arith.mulf %v425, %v242 fastmath<contract> : f32
                %v427 = arith.subf %v423, %v426 fastmath<contract> : f32
                %v428 = arith.mulf %v425, %v243 fastmath<contract> : f32
                %v429 = arith.subf %v427, %v428 fastmath<contract> : f32
                %v430 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v429) : (f32) -> f32
                %v431 = arith.mulf %v416, %v430 fastmath<contract> : f32
                %v432 = arith.muli %v30, %v217 : i64
                %v433 = arith.muli %v28, %v216 : i64
                %v434 = arith.addi %v432, %v433 : i64
                %v435 = arith.muli %v403, %v1 : i64
                %v436 = arith.addi %v434, %v435 : i64
                %v437 = llvm.getelementptr %in_x[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v438 = llvm.load %v437 : !llvm.ptr -> f32
                %v439 = arith.mulf %v431, %v396 fastmath<contract> : f32
                %v440 = arith.addf %v439, %v438 fastmath<contract> : f32
                %v441 = arith.mulf %v415, %v415 fastmath<contract> : f32
                %v442 = arith.negf %v441 : f32
                %v443 = arith.mulf %v442, %v400 fastmath<contract> : f32
                %v444 = arith.addf %v440, %v443 fastmath<contract> : f32
                %v445 = arith.mulf %v44, %v400 fastmath<contract> : f32
                %v446 = arith.addf %v445, %v44 fastmath<contract> : f32
                %v447 = arith.mulf %v45, %v396 fastmath<contract> : f32
                %v448 = arith.addf %v446, %v447 fastmath<contract> : f32
                %v450 = arith.addi %v284, %v449 : i64
                %v451 = arith.minsi %v450, %v288 : i64
                %v452 = arith.addi %v157, %v451 : i64
                %v453 = arith.muli %v30, %v217 : i64
                %v454 = arith.muli %v28, %v216 : i64
                %v455 = arith.addi %v453, %v454 : i64
                %v456 = arith.muli %v452, %v1 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = llvm.getelementptr %in_rho[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v459 = llvm.load %v458 : !llvm.ptr -> f32
                %v460 = arith.negf %v459 : f32
                %v461 = arith.mulf %v460, %v226 fastmath<contract> : f32
                %v462 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v461) : (f32) -> f32
                %v463 = arith.addf %v45, %v462 fastmath<contract> : f32
                %v464 = arith.divf %v45, %v463 : f32
                %v465 = arith.mulf %v215, %v464 fastmath<contract> : f32
                %v466 = arith.muli %v30, %v217 : i64
                %v467 = arith.muli %v28, %v216 : i64
                %v468 = arith.addi %v466, %v467 : i64
                %v469 = arith.muli %v452, %v1 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = llvm.getelementptr %in_theta[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v472 = llvm.load %v471 : !llvm.ptr -> f32
                %v473 = arith.mulf %v472, %v239 fastmath<contract> : f32
                %v474 = llvm.call_intrinsic "llvm.roundeven.f32"(%v473) : (f32) -> f32
                %v475 = arith.mulf %v474, %v242 fastmath<contract> : f32
                %v476 = arith.subf %v472, %v475 fastmath<contract> : f32
                %v477 = arith.mulf %v474, %v243 fastmath<contract> : f32
                %v478 = arith.subf %v476, %v477 fastmath<contract> : f32
                %v479 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v478) : (f32) -> f32
                %v480 = arith.mulf %v465, %v479 fastmath<contract> : f32
                %v481 = arith.muli %v30, %v217 : i64
                %v482 = arith.muli %v28, %v216 : i64
                %v483 = arith.addi %v481, %v482 : i64
                %v484 = arith.muli %v452, %v1 : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = llvm.getelementptr %in_x[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v487 = llvm.load %v486 : !llvm.ptr -> f32
                %v488 = arith.mulf %v480, %v444 fastmath<contract> : f32
                %v489 = arith.addf %v488, %v487 fastmath<contract> : f32
                %v490 = arith.mulf %v464, %v464 fastmath<contract> : f32
                %v491 = arith.negf %v490 : f32
                %v492 = arith.mulf %v491, %v448 fastmath<contract> : f32
                %v493 = arith.addf %v489, %v492 fastmath<contract> : f32
                %v494 = arith.mulf %v44, %v448 fastmath<contract> : f32
                %v495 = arith.addf %v494, %v44 fastmath<contract> : f32
                %v496 = arith.mulf %v45, %v444 fastmath<contract> : f32
                %v497 = arith.addf %v495, %v496 fastmath<contract> : f32
                %v498 = arith.addi %v284, %v32 : i64
                %v499 = arith.minsi %v498, %v288 : i64
                %v500 = arith.addi %v157, %v499 : i64
                %v501 = arith.muli %v30, %v217 : i64
                %v502 = arith.muli %v28, %v216 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = arith.muli %v500, %v1 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = llvm.getelementptr %in_rho[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v507 = llvm.load %v506 : !llvm.ptr -> f32
                %v508 = arith.negf %v507 : f32
                %v509 = arith.mulf %v508, %v226 fastmath<contract> : f32
                %v510 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v509) : (f32) -> f32
                %v511 = arith.addf %v45, %v510 fastmath<contract> : f32
                %v512 = arith.divf %v45, %v511 : f32
                %v513 = arith.mulf %v215, %v512 fastmath<contract> : f32
                %v514 = arith.muli %v30, %v217 : i64
                %v515 = arith.muli %v28, %v216 : i64
                %v516 = arith.addi %v514, %v515 : i64
                %v517 = arith.muli %v500, %v1 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = llvm.getelementptr %in_theta[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v520 = llvm.load %v519 : !llvm.ptr -> f32
                %v521 = arith.mulf %v520, %v239 fastmath<contract> : f32
                %v522 = llvm.call_intrinsic "llvm.roundeven.f32"(%v521) : (f32) -> f32
                %v523 = arith.mulf %v522, %v242 fastmath<contract> : f32
                %v524 = arith.subf %v520, %v523 fastmath<contract> : f32
                %v525 = arith.mulf %v522, %v243 fastmath<contract> : f32
                %v526 = arith.subf %v524, %v525 fastmath<contract> : f32
                %v527 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v526) : (f32) -> f32
                %v528 = arith.mulf %v513, %v527 fastmath<contract> : f32
                %v529 = arith.muli %v30, %v217 : i64
                %v530 = arith.muli %v28, %v216 : i64
                %v531 = arith.addi %v529, %v530 : i64
                %v532 = arith.muli %v500, %v1 : i64
                %v533 = arith.addi %v531, %v532 : i64
                %v534 = llvm.getelementptr %in_x[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v535 = llvm.load %v534 : !llvm.ptr -> f32
                %v536 = arith.mulf %v528, %v493 fastmath<contract> : f32
                %v537 = arith.addf %v536, %v535 fastmath<contract> : f32
                %v538 = arith.mulf %v512, %v512 fastmath<contract> : f32
                %v539 = arith.negf %v538 : f32
                %v540 = arith.mulf %v539, %v497 fastmath<contract> : f32
                %v541 = arith.addf %v537, %v540 fastmath<contract> : f32
                %v542 = arith.mulf %v44, %v497 fastmath<contract> : f32
                %v543 = arith.addf %v542, %v44 fastmath<contract> : f32
                %v544 = arith.mulf %v45, %v493 fastmath<contract> : f32
                %v545 = arith.addf %v543, %v544 fastmath<contract> : f32
                %v547 = arith.addi %v284, %v546 : i64
                %v548 = arith.minsi %v547, %v288 : i64
                %v549 = arith.addi %v157, %v548 : i64
                %v550 = arith.muli %v30, %v217 : i64
                %v551 = arith.muli %v28, %v216 : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = arith.muli %v549, %v1 : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = llvm.getelementptr %in_rho[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v556 = llvm.load %v555 : !llvm.ptr -> f32
                %v557 = arith.negf %v556 : f32
                %v558 = arith.mulf %v557, %v226 fastmath<contract> : f32
                %v559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v558) : (f32) -> f32
                %v560 = arith.addf %v45, %v559 fastmath<contract> : f32
                %v561 = arith.divf %v45, %v560 : f32
                %v562 = arith.mulf %v215, %v561 fastmath<contract> : f32
                %v563 = arith.muli %v30, %v217 : i64
                %v564 = arith.muli %v28, %v216 : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = arith.muli %v549, %v1 : i64
                %v567 = arith.addi %v565, %v566 : i64
                %v568 = llvm.getelementptr %in_theta[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                %v570 = arith.mulf %v569, %v239 fastmath<contract> : f32
                %v571 = llvm.call_intrinsic "llvm.roundeven.f32"(%v570) : (f32) -> f32
                %v572 = arith.mulf %v571, %v242 fastmath<contract> : f32
                %v573 = arith.subf %v569, %v572 fastmath<contract> : f32
                %v574 = arith.mulf %v571, %v243 fastmath<contract> : f32
                %v575 = arith.subf %v573, %v574 fastmath<contract> : f32
                %v576 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v575) : (f32) -> f32
                %v577 = arith.mulf %v562, %v576 fastmath<contract> : f32
                %v578 = arith.muli %v30, %v217 : i64
                %v579 = arith.muli %v28, %v216 : i64
                %v580 = arith.addi %v578, %v579 : i64
                %v581 = arith.muli %v549, %v1 : i64
                %v582 = arith.addi %v580, %v581 : i64
                %v583 = llvm.getelementptr %in_x[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v584 = llvm.load %v583 : !llvm.ptr -> f32
                %v585 = arith.mulf %v577, %v541 fastmath<contract> : f32
                %v586 = arith.addf %v585, %v584 fastmath<contract> : f32
                %v587 = arith.mulf %v561, %v561 fastmath<contract> : f32
                %v588 = arith.negf %v587 : f32
                %v589 = arith.mulf %v588, %v545 fastmath<contract> : f32
                %v590 = arith.addf %v586, %v589 fastmath<contract> : f32
                %v591 = arith.mulf %v44, %v545 fastmath<contract> : f32
                %v592 = arith.addf %v591, %v44 fastmath<contract> : f32
                %v593 = arith.mulf %v45, %v541 fastmath<contract> : f32
                %v594 = arith.addf %v592, %v593 fastmath<contract> : f32
                %v596 = arith.addi %v284, %v595 : i64
                %v597 = arith.minsi %v596, %v288 : i64
                %v598 = arith.addi %v157, %v597 : i64
                %v599 = arith.muli %v30, %v217 : i64
                %v600 = arith.muli %v28, %v216 : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = arith.muli %v598, %v1 : i64
                %v603 = arith.addi %v601, %v602 : i64
                %v604 = llvm.getelementptr %in_rho[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v605 = llvm.load %v604 : !llvm.ptr -> f32
                %v606 = arith.negf %v605 : f32
                %v607 = arith.mulf %v606, %v226 fastmath<contract> : f32
                %v608 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v607) : (f32) -> f32
                %v609 = arith.addf %v45, %v608 fastmath<contract> : f32
                %v610 = arith.divf %v45, %v609 : f32
                %v611 = arith.mulf %v215, %v610 fastmath<contract> : f32
                %v612 = arith.muli %v30, %v217 : i64
                %v613 = arith.muli %v28, %v216 : i64
                %v614 = arith.addi %v612, %v613 : i64
                %v615 = arith.muli %v598, %v1 : i64
                %v616 = arith.addi %v614, %v615 : i64
                %v617 = llvm.getelementptr %in_theta[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v618 = llvm.load %v617 : !llvm.ptr -> f32
                %v619 = arith.mulf %v618, %v239 fastmath<contract> : f32
                %v620 = llvm.call_intrinsic "llvm.roundeven.f32"(%v619) : (f32) -> f32
                %v621 = arith.mulf %v620, %v242 fastmath<contract> : f32
                %v622 = arith.subf %v618, %v621 fastmath<contract> : f32
                %v623 = arith.mulf %v620, %v243 fastmath<contract> : f32
                %v624 = arith.subf %v622, %v623 fastmath<contract> : f32
                %v625 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v624) : (f32) -> f32
                %v626 = arith.mulf %v611, %v625 fastmath<contract> : f32
                %v627 = arith.muli %v30, %v217 : i64
                %v628 = arith.muli %v28, %v216 : i64
                %v629 = arith.addi %v627, %v628 : i64
                %v630 = arith.muli %v598, %v1 : i64
                %v631 = arith.addi %v629, %v630 : i64
                %v632 = llvm.getelementptr %in_x[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v633 = llvm.load %v632 : !llvm.ptr -> f32
                %v634 = arith.mulf %v626, %v590 fastmath<contract> : f32
                %v635 = arith.addf %v634, %v633 fastmath<contract> : f32
                %v636 = arith.mulf %v610, %v610 fastmath<contract> : f32
                %v637 = arith.negf %v636 : f32
                %v638 = arith.mulf %v637, %v594 fastmath<contract> : f32
                %v639 = arith.addf %v635, %v638 fastmath<contract> : f32
                %v640 = arith.mulf %v44, %v594 fastmath<contract> : f32
                %v641 = arith.addf %v640, %v44 fastmath<contract> : f32
                %v642 = arith.mulf %v45, %v590 fastmath<contract> : f32
                %v643 = arith.addf %v641, %v642 fastmath<contract> : f32
                %v644 = arith.addi %v284, %v142 : i64
                %v645 = arith.minsi %v644, %v288 : i64
                %v646 = arith.addi %v157, %v645 : i64
                %v647 = arith.muli %v30, %v217 : i64
                %v648 = arith.muli %v28, %v216 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = arith.muli %v646, %v1 : i64
                %v651 = arith.addi %v649, %v650 : i64
                %v652 = llvm.getelementptr %in_rho[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v653 = llvm.load %v652 : !llvm.ptr -> f32
                %v654 = arith.negf %v653 : f32
                %v655 = arith.mulf %v654, %v226 fastmath<contract> : f32
                %v656 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v655) : (f32) -> f32
                %v657 = arith.addf %v45, %v656 fastmath<contract> : f32
                %v658 = arith.divf %v45, %v657 : f32
                %v659 = arith.mulf %v215, %v658 fastmath<contract> : f32
                %v660 = arith.muli %v30, %v217 : i64
                %v661 = arith.muli %v28, %v216 : i64
                %v662 = arith.addi %v660, %v661 : i64
                %v663 = arith.muli %v646, %v1 : i64
                %v664 = arith.addi %v662, %v663 : i64
                %v665 = llvm.getelementptr %in_theta[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v666 = llvm.load %v665 : !llvm.ptr -> f32
                %v667 = arith.mulf %v666, %v239 fastmath<contract> : f32
                %v668 = llvm.call_intrinsic "llvm.roundeven.f32"(%v667) : (f32) -> f32
                %v669 = arith.mulf %v668, %v242 fastmath<contract> : f32
                %v670 = arith.subf %v666, %v669 fastmath<contract> : f32
                %v671 = arith.mulf %v668, %v243 fastmath<contract> : f32
                %v672 = arith.subf %v670, %v671 fastmath<contract> : f32
                %v673 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v672) : (f32) -> f32
                %v674 = arith.mulf %v659, %v673 fastmath<contract> : f32
                %v675 = arith.muli %v30, %v217 : i64
                %v676 = arith.muli %v28, %v216 : i64
                %v677 = arith.addi %v675, %v676 : i64
                %v678 = arith.muli %v646, %v1 : i64
                %v679 = arith.addi %v677, %v678 : i64
                %v680 = llvm.getelementptr %in_x[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v681 = llvm.load %v680 : !llvm.ptr -> f32
                %v682 = arith.mulf %v674, %v639 fastmath<contract> : f32
                %v683 = arith.addf %v682, %v681 fastmath<contract> : f32
                %v684 = arith.mulf %v658, %v658 fastmath<contract> : f32
                %v685 = arith.negf %v684 : f32
                %v686 = arith.mulf %v685, %v643 fastmath<contract> : f32
                %v687 = arith.addf %v683, %v686 fastmath<contract> : f32
                %v688 = arith.mulf %v44, %v643 fastmath<contract> : f32
                %v689 = arith.addf %v688, %v44 fastmath<contract> : f32
                %v690 = arith.mulf %v45, %v639 fastmath<contract> : f32
                %v691 = arith.addf %v689, %v690 fastmath<contract> : f32
                %v692 = arith.subi %v159, %v284 : i64
                %v693 = arith.trunci %v692 : i64 to i32
                %v694 = arith.subi %size_L, %v1 : i64
                %v695 = arith.addi %v157, %v284 : i64
                %v696 = arith.subi %v694, %v695 : i64
                %v698 = arith.minsi %v696, %v697 : i64
                %v699 = arith.trunci %v698 : i64 to i32
                %v700 = arith.addi %v284, %v142 : i64
                %v702 = arith.cmpi slt, %v701, %v693 : i32
                %v703 = arith.cmpi eq, %v701, %v699 : i32
                %v704 = arith.addi %v157, %v700 : i64
                %v705 = llvm.load %v36 : !llvm.ptr -> f32
                %v706 = llvm.load %v37 : !llvm.ptr -> f32
                %v707 = arith.muli %v30, %v217 : i64
                %v708 = arith.muli %v28, %v216 : i64
                %v709 = arith.addi %v707, %v708 : i64
                %v710 = arith.muli %v704, %v1 : i64
                %v711 = arith.addi %v709, %v710 : i64
                %v712 = llvm.getelementptr %dy_y[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v713 = llvm.load %v712 : !llvm.ptr -> f32
                %v714 = llvm.load %v38 : !llvm.ptr -> f32
                %v715 = arith.mulf %v714, %v705 fastmath<contract> : f32
                %v716 = arith.addf %v713, %v715 fastmath<contract> : f32
                %v717 = llvm.load %v40 : !llvm.ptr -> f32
                %v718 = arith.mulf %v717, %v706 fastmath<contract> : f32
                %v719 = arith.addf %v718, %v716 fastmath<contract> : f32
                %v720 = llvm.load %v39 : !llvm.ptr -> f32
                %v721 = arith.mulf %v720, %v706 fastmath<contract> : f32
                %v722 = arith.addf %v44, %v721 fastmath<contract> : f32
                %v723 = llvm.load %v41 : !llvm.ptr -> f32
                %v724 = arith.mulf %v723, %v705 fastmath<contract> : f32
                %v725 = arith.addf %v724, %v722 fastmath<contract> : f32
                llvm.store %v719, %v36 : f32, !llvm.ptr
                llvm.store %v725, %v37 : f32, !llvm.ptr
                scf.if %v703 {
                  %v726 = arith.muli %v30, %v109 : i64
                  %v727 = arith.muli %v28, %v1 : i64
                  %v728 = arith.addi %v726, %v727 : i64
                  %v729 = llvm.getelementptr %dy_h_last[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v730 = llvm.load %v729 : !llvm.ptr -> f32
                  %v731 = llvm.load %v36 : !llvm.ptr -> f32
                  %v732 = arith.addf %v731, %v730 fastmath<contract> : f32
                  llvm.store %v732, %v36 : f32, !llvm.ptr
                  %v733 = arith.muli %v30, %v109 : i64
                  %v734 = arith.muli %v28, %v1 : i64
                  %v735 = arith.addi %v733, %v734 : i64
                  %v736 = llvm.getelementptr %dy_hp_last[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v737 = llvm.load %v736 : !llvm.ptr -> f32
                  %v738 = llvm.load %v37 : !llvm.ptr -> f32
                  %v739 = arith.addf %v738, %v737 fastmath<contract> : f32
                  llvm.store %v739, %v37 : f32, !llvm.ptr
                }
                %v740 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v741 = arith.muli %v30, %v217 : i64
                  %v742 = arith.muli %v28, %v216 : i64
                  %v743 = arith.addi %v741, %v742 : i64
                  %v744 = arith.muli %v704, %v1 : i64
                  %v745 = arith.addi %v743, %v744 : i64
                  %v746 = llvm.getelementptr %dx_x[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v740, %v746 : f32, !llvm.ptr
                }
                %v747 = arith.muli %v30, %v217 : i64
                %v748 = arith.muli %v28, %v216 : i64
                %v749 = arith.addi %v747, %v748 : i64
                %v750 = arith.muli %v704, %v1 : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = llvm.getelementptr %in_rho[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v753 = llvm.load %v752 : !llvm.ptr -> f32
                %v754 = arith.negf %v753 : f32
                %v755 = arith.mulf %v754, %v226 fastmath<contract> : f32
                %v756 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v755) : (f32) -> f32
                %v757 = arith.addf %v45, %v756 fastmath<contract> : f32
                %v758 = arith.divf %v45, %v757 : f32
                %v759 = arith.mulf %v643, %v740 fastmath<contract> : f32
                %v760 = arith.negf %v759 : f32
                %v761 = arith.mulf %v758, %v760 fastmath<contract> : f32
                %v762 = arith.addf %v761, %v761 fastmath<contract> : f32
                %v763 = arith.muli %v30, %v217 : i64
                %v764 = arith.muli %v28, %v216 : i64
                %v765 = arith.addi %v763, %v764 : i64
                %v766 = arith.muli %v704, %v1 : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = llvm.getelementptr %in_theta[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v769 = llvm.load %v768 : !llvm.ptr -> f32
                %v770 = arith.mulf %v769, %v239 fastmath<contract> : f32
                %v771 = llvm.call_intrinsic "llvm.roundeven.f32"(%v770) : (f32) -> f32
                %v772 = arith.mulf %v771, %v242 fastmath<contract> : f32
                %v773 = arith.subf %v769, %v772 fastmath<contract> : f32
                %v774 = arith.mulf %v771, %v243 fastmath<contract> : f32
                %v775 = arith.subf %v773, %v774 fastmath<contract> : f32
                %v776 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v775) : (f32) -> f32
                %v777 = arith.mulf %v639, %v740 fastmath<contract> : f32
                %v778 = arith.mulf %v776, %v777 fastmath<contract> : f32
                %v779 = arith.mulf %v215, %v778 fastmath<contract> : f32
                %v780 = arith.addf %v762, %v779 fastmath<contract> : f32
                %v781 = arith.subf %v45, %v758 fastmath<contract> : f32
                %v782 = arith.mulf %v758, %v781 fastmath<contract> : f32
                %v783 = arith.mulf %v780, %v782 fastmath<contract> : f32
                scf.if %v25 {
                  %v784 = arith.muli %v30, %v217 : i64
                  %v785 = arith.muli %v28, %v216 : i64
                  %v786 = arith.addi %v784, %v785 : i64
                  %v787 = arith.muli %v704, %v1 : i64
                  %v788 = arith.addi %v786, %v787 : i64
                  %v789 = llvm.getelementptr %dx_rho[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v783, %v789 : f32, !llvm.ptr
                }
                %v790 = arith.mulf %v215, %v758 fastmath<contract> : f32
                %v791 = arith.mulf %v790, %v777 fastmath<contract> : f32
                %v792 = arith.mulf %v769, %v239 fastmath<contract> : f32
                %v793 = llvm.call_intrinsic "llvm.roundeven.f32"(%v792) : (f32) -> f32
                %v794 = arith.mulf %v793, %v242 fastmath<contract> : f32
                %v795 = arith.subf %v769, %v794 fastmath<contract> : f32
                %v796 = arith.mulf %v793, %v243 fastmath<contract> : f32
                %v797 = arith.subf %v795, %v796 fastmath<contract> : f32
                %v798 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v797) : (f32) -> f32
                %v799 = arith.negf %v798 : f32
                %v800 = arith.mulf %v791, %v799 fastmath<contract> : f32
                scf.if %v25 {
                  %v801 = arith.muli %v30, %v217 : i64
                  %v802 = arith.muli %v28, %v216 : i64
                  %v803 = arith.addi %v801, %v802 : i64
                  %v804 = arith.muli %v704, %v1 : i64
                  %v805 = arith.addi %v803, %v804 : i64
                  %v806 = llvm.getelementptr %dx_theta[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v800, %v806 : f32, !llvm.ptr
                }
                %v807 = arith.mulf %v790, %v776 fastmath<contract> : f32
                llvm.store %v807, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v808 = arith.mulf %v758, %v758 fastmath<contract> : f32
                %v809 = arith.negf %v808 : f32
                llvm.store %v809, %v41 : f32, !llvm.ptr
                %v810 = arith.addi %v284, %v595 : i64
                %v812 = arith.cmpi slt, %v811, %v693 : i32
                %v813 = arith.cmpi eq, %v811, %v699 : i32
                %v814 = arith.addi %v157, %v810 : i64
                %v815 = llvm.load %v36 : !llvm.ptr -> f32
                %v816 = llvm.load %v37 : !llvm.ptr -> f32
                %v817 = arith.muli %v30, %v217 : i64
                %v818 = arith.muli %v28, %v216 : i64
                %v819 = arith.addi %v817, %v818 : i64
                %v820 = arith.muli %v814, %v1 : i64
                %v821 = arith.addi %v819, %v820 : i64
                %v822 = llvm.getelementptr %dy_y[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v823 = llvm.load %v822 : !llvm.ptr -> f32
                %v824 = llvm.load %v38 : !llvm.ptr -> f32
                %v825 = arith.mulf %v824, %v815 fastmath<contract> : f32
                %v826 = arith.addf %v823, %v825 fastmath<contract> : f32
                %v827 = llvm.load %v40 : !llvm.ptr -> f32
                %v828 = arith.mulf %v827, %v816 fastmath<contract> : f32
                %v829 = arith.addf %v828, %v826 fastmath<contract> : f32
                %v830 = llvm.load %v39 : !llvm.ptr -> f32
                %v831 = arith.mulf %v830, %v816 fastmath<contract> : f32
                %v832 = arith.addf %v44, %v831 fastmath<contract> : f32
                %v833 = llvm.load %v41 : !llvm.ptr -> f32
                %v834 = arith.mulf %v833, %v815 fastmath<contract> : f32
                %v835 = arith.addf %v834, %v832 fastmath<contract> : f32
                llvm.store %v829, %v36 : f32, !llvm.ptr
                llvm.store %v835, %v37 : f32, !llvm.ptr
                scf.if %v813 {
                  %v836 = arith.muli %v30, %v109 : i64
                  %v837 = arith.muli %v28, %v1 : i64
                  %v838 = arith.addi %v836, %v837 : i64
                  %v839 = llvm.getelementptr %dy_h_last[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v840 = llvm.load %v839 : !llvm.ptr -> f32
                  %v841 = llvm.load %v36 : !llvm.ptr -> f32
                  %v842 = arith.addf %v841, %v840 fastmath<contract> : f32
                  llvm.store %v842, %v36 : f32, !llvm.ptr
                  %v843 = arith.muli %v30, %v109 : i64
                  %v844 = arith.muli %v28, %v1 : i64
                  %v845 = arith.addi %v843, %v844 : i64
                  %v846 = llvm.getelementptr %dy_hp_last[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v847 = llvm.load %v846 : !llvm.ptr -> f32
                  %v848 = llvm.load %v37 : !llvm.ptr -> f32
                  %v849 = arith.addf %v848, %v847 fastmath<contract> : f32
                  llvm.store %v849, %v37 : f32, !llvm.ptr
                }
                %v850 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v851 = arith.muli %v30, %v217 : i64
                  %v852 = arith.muli %v28, %v216 : i64
                  %v853 = arith.addi %v851, %v852 : i64
                  %v854 = arith.muli %v814, %v1 : i64
                  %v855 = arith.addi %v853, %v854 : i64
                  %v856 = llvm.getelementptr %dx_x[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v850, %v856 : f32, !llvm.ptr
                }
                %v857 = arith.muli %v30, %v217 : i64
                %v858 = arith.muli %v28, %v216 : i64
                %v859 = arith.addi %v857, %v858 : i64
                %v860 = arith.muli %v814, %v1 : i64
                %v861 = arith.addi %v859, %v860 : i64
                %v862 = llvm.getelementptr %in_rho[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v863 = llvm.load %v862 : !llvm.ptr -> f32
                %v864 = arith.negf %v863 : f32
                %v865 = arith.mulf %v864, %v226 fastmath<contract> : f32
                %v866 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v865) : (f32) -> f32
                %v867 = arith.addf %v45, %v866 fastmath<contract> : f32
                %v868 = arith.divf %v45, %v867 : f32
                %v869 = arith.mulf %v594, %v850 fastmath<contract> : f32
                %v870 = arith.negf %v869 : f32
                %v871 = arith.mulf %v868, %v870 fastmath<contract> : f32
                %v872 = arith.addf %v871, %v871 fastmath<contract> : f32
                %v873 = arith.muli %v30, %v217 : i64
                %v874 = arith.muli %v28, %v216 : i64
                %v875 = arith.addi %v873, %v874 : i64
                %v876 = arith.muli %v814, %v1 : i64
                %v877 = arith.addi %v875, %v876 : i64
                %v878 = llvm.getelementptr %in_theta[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v879 = llvm.load %v878 : !llvm.ptr -> f32
                %v880 = arith.mulf %v879, %v239 fastmath<contract> : f32
                %v881 = llvm.call_intrinsic "llvm.roundeven.f32"(%v880) : (f32) -> f32
                %v882 = arith.mulf %v881, %v242 fastmath<contract> : f32
                %v883 = arith.subf %v879, %v882 fastmath<contract> : f32
                %v884 = arith.mulf %v881, %v243 fastmath<contract> : f32
                %v885 = arith.subf %v883, %v884 fastmath<contract> : f32
                %v886 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v885) : (f32) -> f32
                %v887 = arith.mulf %v590, %v850 fastmath<contract> : f32
                %v888 = arith.mulf %v886, %v887 fastmath<contract> : f32
                %v889 = arith.mulf %v215, %v888 fastmath<contract> : f32
                %v890 = arith.addf %v872, %v889 fastmath<contract> : f32
                %v891 = arith.subf %v45, %v868 fastmath<contract> : f32
                %v892 = arith.mulf %v868, %v891 fastmath<contract> : f32
                %v893 = arith.mulf %v890, %v892 fastmath<contract> : f32
                scf.if %v25 {
                  %v894 = arith.muli %v30, %v217 : i64
                  %v895 = arith.muli %v28, %v216 : i64
                  %v896 = arith.addi %v894, %v895 : i64
                  %v897 = arith.muli %v814, %v1 : i64
                  %v898 = arith.addi %v896, %v897 : i64
                  %v899 = llvm.getelementptr %dx_rho[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v893, %v899 : f32, !llvm.ptr
                }
                %v900 = arith.mulf %v215, %v868 fastmath<contract> : f32
                %v901 = arith.mulf %v900, %v887 fastmath<contract> : f32
                %v902 = arith.mulf %v879, %v239 fastmath<contract> : f32
                %v903 = llvm.call_intrinsic "llvm.roundeven.f32"(%v902) : (f32) -> f32
                %v904 = arith.mulf %v903, %v242 fastmath<contract> : f32
                %v905 = arith.subf %v879, %v904 fastmath<contract> : f32
                %v906 = arith.mulf %v903, %v243 fastmath<contract> : f32
                %v907 = arith.subf %v905, %v906 fastmath<contract> : f32
                %v908 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v907) : (f32) -> f32
                %v909 = arith.negf %v908 : f32
                %v910 = arith.mulf %v901, %v909 fastmath<contract> : f32
                scf.if %v25 {
                  %v911 = arith.muli %v30, %v217 : i64
                  %v912 = arith.muli %v28, %v216 : i64
                  %v913 = arith.addi %v911, %v912 : i64
                  %v914 = arith.muli %v814, %v1 : i64
                  %v915 = arith.addi %v913, %v914 : i64
                  %v916 = llvm.getelementptr %dx_theta[%v915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v910, %v916 : f32, !llvm.ptr
                }
                %v917 = arith.mulf %v900, %v886 fastmath<contract> : f32
                llvm.store %v917, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v918 = arith.mulf %v868, %v868 fastmath<contract> : f32
                %v919 = arith.negf %v918 : f32
                llvm.store %v919, %v41 : f32, !llvm.ptr
                %v920 = arith.addi %v284, %v546 : i64
                %v922 = arith.cmpi slt, %v921, %v693 : i32
                %v923 = arith.cmpi eq, %v921, %v699 : i32
                %v924 = arith.addi %v157, %v920 : i64
                %v925 = llvm.load %v36 : !llvm.ptr -> f32
                %v926 = llvm.load %v37 : !llvm.ptr -> f32
                %v927 = arith.muli %v30, %v217 : i64
                %v928 = arith.muli %v28, %v216 : i64
                %v929 = arith.addi %v927, %v928 : i64
                %v930 = arith.muli %v924, %v1 : i64
                %v931 = arith.addi %v929, %v930 : i64
                %v932 = llvm.getelementptr %dy_y[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v933 = llvm.load %v932 : !llvm.ptr -> f32
                %v934 = llvm.load %v38 : !llvm.ptr -> f32
                %v935 = arith.mulf %v934, %v925 fastmath<contract> : f32
                %v936 = arith.addf %v933, %v935 fastmath<contract> : f32
                %v937 = llvm.load %v40 : !llvm.ptr -> f32
                %v938 = arith.mulf %v937, %v926 fastmath<contract> : f32
                %v939 = arith.addf %v938, %v936 fastmath<contract> : f32
                %v940 = llvm.load %v39 : !llvm.ptr -> f32
                %v941 = arith.mulf %v940, %v926 fastmath<contract> : f32
                %v942 = arith.addf %v44, %v941 fastmath<contract> : f32
                %v943 = llvm.load %v41 : !llvm.ptr -> f32
                %v944 = arith.mulf %v943, %v925 fastmath<contract> : f32
                %v945 = arith.addf %v944, %v942 fastmath<contract> : f32
                llvm.store %v939, %v36 : f32, !llvm.ptr
                llvm.store %v945, %v37 : f32, !llvm.ptr
                scf.if %v923 {
                  %v946 = arith.muli %v30, %v109 : i64
                  %v947 = arith.muli %v28, %v1 : i64
                  %v948 = arith.addi %v946, %v947 : i64
                  %v949 = llvm.getelementptr %dy_h_last[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v950 = llvm.load %v949 : !llvm.ptr -> f32
                  %v951 = llvm.load %v36 : !llvm.ptr -> f32
                  %v952 = arith.addf %v951, %v950 fastmath<contract> : f32
                  llvm.store %v952, %v36 : f32, !llvm.ptr
                  %v953 = arith.muli %v30, %v109 : i64
                  %v954 = arith.muli %v28, %v1 : i64
                  %v955 = arith.addi %v953, %v954 : i64
                  %v956 = llvm.getelementptr %dy_hp_last[%v955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v957 = llvm.load %v956 : !llvm.ptr -> f32
                  %v958 = llvm.load %v37 : !llvm.ptr -> f32
                  %v959 = arith.addf %v958, %v957 fastmath<contract> : f32
                  llvm.store %v959, %v37 : f32, !llvm.ptr
                }
                %v960 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v961 = arith.muli %v30, %v217 : i64
                  %v962 = arith.muli %v28, %v216 : i64
                  %v963 = arith.addi %v961, %v962 : i64
                  %v964 = arith.muli %v924, %v1 : i64
                  %v965 = arith.addi %v963, %v964 : i64
                  %v966 = llvm.getelementptr %dx_x[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v960, %v966 : f32, !llvm.ptr
                }
                %v967 = arith.muli %v30, %v217 : i64
                %v968 = arith.muli %v28, %v216 : i64
                %v969 = arith.addi %v967, %v968 : i64
                %v970 = arith.muli %v924, %v1 : i64
                %v971 = arith.addi %v969, %v970 : i64
                %v972 = llvm.getelementptr %in_rho[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v973 = llvm.load %v972 : !llvm.ptr -> f32
                %v974 = arith.negf %v973 : f32
                %v975 = arith.mulf %v974, %v226 fastmath<contract> : f32
                %v976 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v975) : (f32) -> f32
                %v977 = arith.addf %v45, %v976 fastmath<contract> : f32
                %v978 = arith.divf %v45, %v977 : f32
                %v979 = arith.mulf %v545, %v960 fastmath<contract> : f32
                %v980 = arith.negf %v979 : f32
                %v981 = arith.mulf %v978, %v980 fastmath<contract> : f32
                %v982 = arith.addf %v981, %v981 fastmath<contract> : f32
                %v983 = arith.muli %v30, %v217 : i64
                %v984 = arith.muli %v28, %v216 : i64
                %v985 = arith.addi %v983, %v984 : i64
                %v986 = arith.muli %v924, %v1 : i64
                %v987 = arith.addi %v985, %v986 : i64
                %v988 = llvm.getelementptr %in_theta[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v989 = llvm.load %v988 : !llvm.ptr -> f32
                %v990 = arith.mulf %v989, %v239 fastmath<contract> : f32
                %v991 = llvm.call_intrinsic "llvm.roundeven.f32"(%v990) : (f32) -> f32
                %v992 = arith.mulf %v991, %v242 fastmath<contract> : f32
                %v993 = arith.subf %v989, %v992 fastmath<contract> : f32
                %v994 = arith.mulf %v991, %v243 fastmath<contract> : f32
                %v995 = arith.subf %v993, %v994 fastmath<contract> : f32
                %v996 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v995) : (f32) -> f32
                %v997 = arith.mulf %v541, %v960 fastmath<contract> : f32
                %v998 = arith.mulf %v996, %v997 fastmath<contract> : f32
                %v999 = arith.mulf %v215, %v998 fastmath<contract> : f32
                %v1000 = arith.addf %v982, %v999 fastmath<contract> : f32
                %v1001 = arith.subf %v45, %v978 fastmath<contract> : f32
                %v1002 = arith.mulf %v978, %v1001 fastmath<contract> : f32
                %v1003 = arith.mulf %v1000, %v1002 fastmath<contract> : f32
                scf.if %v25 {
                  %v1004 = arith.muli %v30, %v217 : i64
                  %v1005 = arith.muli %v28, %v216 : i64
                  %v1006 = arith.addi %v1004, %v1005 : i64
                  %v1007 = arith.muli %v924, %v1 : i64
                  %v1008 = arith.addi %v1006, %v1007 : i64
                  %v1009 = llvm.getelementptr %dx_rho[%v1008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1003, %v1009 : f32, !llvm.ptr
                }
                %v1010 = arith.mulf %v215, %v978 fastmath<contract> : f32
                %v1011 = arith.mulf %v1010, %v997 fastmath<contract> : f32
                %v1012 = arith.mulf %v989, %v239 fastmath<contract> : f32
                %v1013 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1012) : (f32) -> f32
                %v1014 = arith.mulf %v1013, %v242 fastmath<contract> : f32
                %v1015 = arith.subf %v989, %v1014 fastmath<contract> : f32
                %v1016 = arith.mulf %v1013, %v243 fastmath<contract> : f32
                %v1017 = arith.subf %v1015, %v1016 fastmath<contract> : f32
                %v1018 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1017) : (f32) -> f32
                %v1019 = arith.negf %v1018 : f32
                %v1020 = arith.mulf %v1011, %v1019 fastmath<contract> : f32
                scf.if %v25 {
                  %v1021 = arith.muli %v30, %v217 : i64
                  %v1022 = arith.muli %v28, %v216 : i64
                  %v1023 = arith.addi %v1021, %v1022 : i64
                  %v1024 = arith.muli %v924, %v1 : i64
                  %v1025 = arith.addi %v1023, %v1024 : i64
                  %v1026 = llvm.getelementptr %dx_theta[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1020, %v1026 : f32, !llvm.ptr
                }
                %v1027 = arith.mulf %v1010, %v996 fastmath<contract> : f32
                llvm.store %v1027, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v1028 = arith.mulf %v978, %v978 fastmath<contract> : f32
                %v1029 = arith.negf %v1028 : f32
                llvm.store %v1029, %v41 : f32, !llvm.ptr
                %v1030 = arith.addi %v284, %v32 : i64
                %v1032 = arith.cmpi slt, %v1031, %v693 : i32
                %v1033 = arith.cmpi eq, %v1031, %v699 : i32
                %v1034 = arith.addi %v157, %v1030 : i64
                %v1035 = llvm.load %v36 : !llvm.ptr -> f32
                %v1036 = llvm.load %v37 : !llvm.ptr -> f32
                %v1037 = arith.muli %v30, %v217 : i64
                %v1038 = arith.muli %v28, %v216 : i64
                %v1039 = arith.addi %v1037, %v1038 : i64
                %v1040 = arith.muli %v1034, %v1 : i64
                %v1041 = arith.addi %v1039, %v1040 : i64
                %v1042 = llvm.getelementptr %dy_y[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1043 = llvm.load %v1042 : !llvm.ptr -> f32
                %v1044 = llvm.load %v38 : !llvm.ptr -> f32
                %v1045 = arith.mulf %v1044, %v1035 fastmath<contract> : f32
                %v1046 = arith.addf %v1043, %v1045 fastmath<contract> : f32
                %v1047 = llvm.load %v40 : !llvm.ptr -> f32
                %v1048 = arith.mulf %v1047, %v1036 fastmath<contract> : f32
                %v1049 = arith.addf %v1048, %v1046 fastmath<contract> : f32
                %v1050 = llvm.load %v39 : !llvm.ptr -> f32
                %v1051 = arith.mulf %v1050, %v1036 fastmath<contract> : f32
                %v1052 = arith.addf %v44, %v1051 fastmath<contract> : f32
                %v1053 = llvm.load %v41 : !llvm.ptr -> f32
                %v1054 = arith.mulf %v1053, %v1035 fastmath<contract> : f32
                %v1055 = arith.addf %v1054, %v1052 fastmath<contract> : f32
                llvm.store %v1049, %v36 : f32, !llvm.ptr
                llvm.store %v1055, %v37 : f32, !llvm.ptr
                scf.if %v1033 {
                  %v1056 = arith.muli %v30, %v109 : i64
                  %v1057 = arith.muli %v28, %v1 : i64
                  %v1058 = arith.addi %v1056, %v1057 : i64
                  %v1059 = llvm.getelementptr %dy_h_last[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
                  %v1061 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1062 = arith.addf %v1061, %v1060 fastmath<contract> : f32
                  llvm.store %v1062, %v36 : f32, !llvm.ptr
                  %v1063 = arith.muli %v30, %v109 : i64
                  %v1064 = arith.muli %v28, %v1 : i64
                  %v1065 = arith.addi %v1063, %v1064 : i64
                  %v1066 = llvm.getelementptr %dy_hp_last[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1067 = llvm.load %v1066 : !llvm.ptr -> f32
                  %v1068 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1069 = arith.addf %v1068, %v1067 fastmath<contract> : f32
                  llvm.store %v1069, %v37 : f32, !llvm.ptr
                }
                %v1070 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v1071 = arith.muli %v30, %v217 : i64
                  %v1072 = arith.muli %v28, %v216 : i64
                  %v1073 = arith.addi %v1071, %v1072 : i64
                  %v1074 = arith.muli %v1034, %v1 : i64
                  %v1075 = arith.addi %v1073, %v1074 : i64
                  %v1076 = llvm.getelementptr %dx_x[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1070, %v1076 : f32, !llvm.ptr
                }
                %v1077 = arith.muli %v30, %v217 : i64
                %v1078 = arith.muli %v28, %v216 : i64
                %v1079 = arith.addi %v1077, %v1078 : i64
                %v1080 = arith.muli %v1034, %v1 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = llvm.getelementptr %in_rho[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
                %v1084 = arith.negf %v1083 : f32
                %v1085 = arith.mulf %v1084, %v226 fastmath<contract> : f32
                %v1086 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1085) : (f32) -> f32
                %v1087 = arith.addf %v45, %v1086 fastmath<contract> : f32
                %v1088 = arith.divf %v45, %v1087 : f32
                %v1089 = arith.mulf %v497, %v1070 fastmath<contract> : f32
                %v1090 = arith.negf %v1089 : f32
                %v1091 = arith.mulf %v1088, %v1090 fastmath<contract> : f32
                %v1092 = arith.addf %v1091, %v1091 fastmath<contract> : f32
                %v1093 = arith.muli %v30, %v217 : i64
                %v1094 = arith.muli %v28, %v216 : i64
                %v1095 = arith.addi %v1093, %v1094 : i64
                %v1096 = arith.muli %v1034, %v1 : i64
                %v1097 = arith.addi %v1095, %v1096 : i64
                %v1098 = llvm.getelementptr %in_theta[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1099 = llvm.load %v1098 : !llvm.ptr -> f32
                %v1100 = arith.mulf %v1099, %v239 fastmath<contract> : f32
                %v1101 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1100) : (f32) -> f32
                %v1102 = arith.mulf %v1101, %v242 fastmath<contract> : f32
                %v1103 = arith.subf %v1099, %v1102 fastmath<contract> : f32
                %v1104 = arith.mulf %v1101, %v243 fastmath<contract> : f32
                %v1105 = arith.subf %v1103, %v1104 fastmath<contract> : f32
                %v1106 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1105) : (f32) -> f32
                %v1107 = arith.mulf %v493, %v1070 fastmath<contract> : f32
                %v1108 = arith.mulf %v1106, %v1107 fastmath<contract> : f32
                %v1109 = arith.mulf %v215, %v1108 fastmath<contract> : f32
                %v1110 = arith.addf %v1092, %v1109 fastmath<contract> : f32
                %v1111 = arith.subf %v45, %v1088 fastmath<contract> : f32
                %v1112 = arith.mulf %v1088, %v1111 fastmath<contract> : f32
                %v1113 = arith.mulf %v1110, %v1112 fastmath<contract> : f32
                scf.if %v25 {
                  %v1114 = arith.muli %v30, %v217 : i64
                  %v1115 = arith.muli %v28, %v216 : i64
                  %v1116 = arith.addi %v1114, %v1115 : i64
                  %v1117 = arith.muli %v1034, %v1 : i64
                  %v1118 = arith.addi %v1116, %v1117 : i64
                  %v1119 = llvm.getelementptr %dx_rho[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1113, %v1119 : f32, !llvm.ptr
                }
                %v1120 = arith.mulf %v215, %v1088 fastmath<contract> : f32
                %v1121 = arith.mulf %v1120, %v1107 fastmath<contract> : f32
                %v1122 = arith.mulf %v1099, %v239 fastmath<contract> : f32
                %v1123 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1122) : (f32) -> f32
                %v1124 = arith.mulf %v1123, %v242 fastmath<contract> : f32
                %v1125 = arith.subf %v1099, %v1124 fastmath<contract> : f32
                %v1126 = arith.mulf %v1123, %v243 fastmath<contract> : f32
                %v1127 = arith.subf %v1125, %v1126 fastmath<contract> : f32
                %v1128 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1127) : (f32) -> f32
                %v1129 = arith.negf %v1128 : f32
                %v1130 = arith.mulf %v1121, %v1129 fastmath<contract> : f32
                scf.if %v25 {
                  %v1131 = arith.muli %v30, %v217 : i64
                  %v1132 = arith.muli %v28, %v216 : i64
                  %v1133 = arith.addi %v1131, %v1132 : i64
                  %v1134 = arith.muli %v1034, %v1 : i64
                  %v1135 = arith.addi %v1133, %v1134 : i64
                  %v1136 = llvm.getelementptr %dx_theta[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1130, %v1136 : f32, !llvm.ptr
                }
                %v1137 = arith.mulf %v1120, %v1106 fastmath<contract> : f32
                llvm.store %v1137, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v1138 = arith.mulf %v1088, %v1088 fastmath<contract> : f32
                %v1139 = arith.negf %v1138 : f32
                llvm.store %v1139, %v41 : f32, !llvm.ptr
                %v1140 = arith.addi %v284, %v449 : i64
                %v1142 = arith.cmpi slt, %v1141, %v693 : i32
                %v1143 = arith.cmpi eq, %v1141, %v699 : i32
                %v1144 = arith.addi %v157, %v1140 : i64
                %v1145 = llvm.load %v36 : !llvm.ptr -> f32
                %v1146 = llvm.load %v37 : !llvm.ptr -> f32
                %v1147 = arith.muli %v30, %v217 : i64
                %v1148 = arith.muli %v28, %v216 : i64
                %v1149 = arith.addi %v1147, %v1148 : i64
                %v1150 = arith.muli %v1144, %v1 : i64
                %v1151 = arith.addi %v1149, %v1150 : i64
                %v1152 = llvm.getelementptr %dy_y[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
                %v1154 = llvm.load %v38 : !llvm.ptr -> f32
                %v1155 = arith.mulf %v1154, %v1145 fastmath<contract> : f32
                %v1156 = arith.addf %v1153, %v1155 fastmath<contract> : f32
                %v1157 = llvm.load %v40 : !llvm.ptr -> f32
                %v1158 = arith.mulf %v1157, %v1146 fastmath<contract> : f32
                %v1159 = arith.addf %v1158, %v1156 fastmath<contract> : f32
                %v1160 = llvm.load %v39 : !llvm.ptr -> f32
                %v1161 = arith.mulf %v1160, %v1146 fastmath<contract> : f32
                %v1162 = arith.addf %v44, %v1161 fastmath<contract> : f32
                %v1163 = llvm.load %v41 : !llvm.ptr -> f32
                %v1164 = arith.mulf %v1163, %v1145 fastmath<contract> : f32
                %v1165 = arith.addf %v1164, %v1162 fastmath<contract> : f32
                llvm.store %v1159, %v36 : f32, !llvm.ptr
                llvm.store %v1165, %v37 : f32, !llvm.ptr
                scf.if %v1143 {
                  %v1166 = arith.muli %v30, %v109 : i64
                  %v1167 = arith.muli %v28, %v1 : i64
                  %v1168 = arith.addi %v1166, %v1167 : i64
                  %v1169 = llvm.getelementptr %dy_h_last[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
                  %v1171 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1172 = arith.addf %v1171, %v1170 fastmath<contract> : f32
                  llvm.store %v1172, %v36 : f32, !llvm.ptr
                  %v1173 = arith.muli %v30, %v109 : i64
                  %v1174 = arith.muli %v28, %v1 : i64
                  %v1175 = arith.addi %v1173, %v1174 : i64
                  %v1176 = llvm.getelementptr %dy_hp_last[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                  %v1178 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1179 = arith.addf %v1178, %v1177 fastmath<contract> : f32
                  llvm.store %v1179, %v37 : f32, !llvm.ptr
                }
                %v1180 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v1181 = arith.muli %v30, %v217 : i64
                  %v1182 = arith.muli %v28, %v216 : i64
                  %v1183 = arith.addi %v1181, %v1182 : i64
                  %v1184 = arith.muli %v1144, %v1 : i64
                  %v1185 = arith.addi %v1183, %v1184 : i64
                  %v1186 = llvm.getelementptr %dx_x[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1180, %v1186 : f32, !llvm.ptr
                }
                %v1187 = arith.muli %v30, %v217 : i64
                %v1188 = arith.muli %v28, %v216 : i64
                %v1189 = arith.addi %v1187, %v1188 : i64
                %v1190 = arith.muli %v1144, %v1 : i64
                %v1191 = arith.addi %v1189, %v1190 : i64
                %v1192 = llvm.getelementptr %in_rho[%v1191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1193 = llvm.load %v1192 : !llvm.ptr -> f32
                %v1194 = arith.negf %v1193 : f32
                %v1195 = arith.mulf %v1194, %v226 fastmath<contract> : f32
                %v1196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1195) : (f32) -> f32
                %v1197 = arith.addf %v45, %v1196 fastmath<contract> : f32
                %v1198 = arith.divf %v45, %v1197 : f32
                %v1199 = arith.mulf %v448, %v1180 fastmath<contract> : f32
                %v1200 = arith.negf %v1199 : f32
                %v1201 = arith.mulf %v1198, %v1200 fastmath<contract> : f32
                %v1202 = arith.addf %v1201, %v1201 fastmath<contract> : f32
                %v1203 = arith.muli %v30, %v217 : i64
                %v1204 = arith.muli %v28, %v216 : i64
                %v1205 = arith.addi %v1203, %v1204 : i64
                %v1206 = arith.muli %v1144, %v1 : i64
                %v1207 = arith.addi %v1205, %v1206 : i64
                %v1208 = llvm.getelementptr %in_theta[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1209 = llvm.load %v1208 : !llvm.ptr -> f32
                %v1210 = arith.mulf %v1209, %v239 fastmath<contract> : f32
                %v1211 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1210) : (f32) -> f32
                %v1212 = arith.mulf %v1211, %v242 fastmath<contract> : f32
                %v1213 = arith.subf %v1209, %v1212 fastmath<contract> : f32
                %v1214 = arith.mulf %v1211, %v243 fastmath<contract> : f32
                %v1215 = arith.subf %v1213, %v1214 fastmath<contract> : f32
                %v1216 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1215) : (f32) -> f32
                %v1217 = arith.mulf %v444, %v1180 fastmath<contract> : f32
                %v1218 = arith.mulf %v1216, %v1217 fastmath<contract> : f32
                %v1219 = arith.mulf %v215, %v1218 fastmath<contract> : f32
                %v1220 = arith.addf %v1202, %v1219 fastmath<contract> : f32
                %v1221 = arith.subf %v45, %v1198 fastmath<contract> : f32
                %v1222 = arith.mulf %v1198, %v1221 fastmath<contract> : f32
                %v1223 = arith.mulf %v1220, %v1222 fastmath<contract> : f32
                scf.if %v25 {
                  %v1224 = arith.muli %v30, %v217 : i64
                  %v1225 = arith.muli %v28, %v216 : i64
                  %v1226 = arith.addi %v1224, %v1225 : i64
                  %v1227 = arith.muli %v1144, %v1 : i64
                  %v1228 = arith.addi %v1226, %v1227 : i64
                  %v1229 = llvm.getelementptr %dx_rho[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1223, %v1229 : f32, !llvm.ptr
                }
                %v1230 = arith.mulf %v215, %v1198 fastmath<contract> : f32
                %v1231 = arith.mulf %v1230, %v1217 fastmath<contract> : f32
                %v1232 = arith.mulf %v1209, %v239 fastmath<contract> : f32
                %v1233 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1232) : (f32) -> f32
                %v1234 = arith.mulf %v1233, %v242 fastmath<contract> : f32
                %v1235 = arith.subf %v1209, %v1234 fastmath<contract> : f32
                %v1236 = arith.mulf %v1233, %v243 fastmath<contract> : f32
                %v1237 = arith.subf %v1235, %v1236 fastmath<contract> : f32
                %v1238 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1237) : (f32) -> f32
                %v1239 = arith.negf %v1238 : f32
                %v1240 = arith.mulf %v1231, %v1239 fastmath<contract> : f32
                scf.if %v25 {
                  %v1241 = arith.muli %v30, %v217 : i64
                  %v1242 = arith.muli %v28, %v216 : i64
                  %v1243 = arith.addi %v1241, %v1242 : i64
                  %v1244 = arith.muli %v1144, %v1 : i64
                  %v1245 = arith.addi %v1243, %v1244 : i64
                  %v1246 = llvm.getelementptr %dx_theta[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1240, %v1246 : f32, !llvm.ptr
                }
                %v1247 = arith.mulf %v1230, %v1216 fastmath<contract> : f32
                llvm.store %v1247, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v1248 = arith.mulf %v1198, %v1198 fastmath<contract> : f32
                %v1249 = arith.negf %v1248 : f32
                llvm.store %v1249, %v41 : f32, !llvm.ptr
                %v1250 = arith.addi %v284, %v67 : i64
                %v1252 = arith.cmpi slt, %v1251, %v693 : i32
                %v1253 = arith.cmpi eq, %v1251, %v699 : i32
                %v1254 = arith.addi %v157, %v1250 : i64
                %v1255 = llvm.load %v36 : !llvm.ptr -> f32
                %v1256 = llvm.load %v37 : !llvm.ptr -> f32
                %v1257 = arith.muli %v30, %v217 : i64
                %v1258 = arith.muli %v28, %v216 : i64
                %v1259 = arith.addi %v1257, %v1258 : i64
                %v1260 = arith.muli %v1254, %v1 : i64
                %v1261 = arith.addi %v1259, %v1260 : i64
                %v1262 = llvm.getelementptr %dy_y[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
                %v1264 = llvm.load %v38 : !llvm.ptr -> f32
                %v1265 = arith.mulf %v1264, %v1255 fastmath<contract> : f32
                %v1266 = arith.addf %v1263, %v1265 fastmath<contract> : f32
                %v1267 = llvm.load %v40 : !llvm.ptr -> f32
                %v1268 = arith.mulf %v1267, %v1256 fastmath<contract> : f32
                %v1269 = arith.addf %v1268, %v1266 fastmath<contract> : f32
                %v1270 = llvm.load %v39 : !llvm.ptr -> f32
                %v1271 = arith.mulf %v1270, %v1256 fastmath<contract> : f32
                %v1272 = arith.addf %v44, %v1271 fastmath<contract> : f32
                %v1273 = llvm.load %v41 : !llvm.ptr -> f32
                %v1274 = arith.mulf %v1273, %v1255 fastmath<contract> : f32
                %v1275 = arith.addf %v1274, %v1272 fastmath<contract> : f32
                llvm.store %v1269, %v36 : f32, !llvm.ptr
                llvm.store %v1275, %v37 : f32, !llvm.ptr
                scf.if %v1253 {
                  %v1276 = arith.muli %v30, %v109 : i64
                  %v1277 = arith.muli %v28, %v1 : i64
                  %v1278 = arith.addi %v1276, %v1277 : i64
                  %v1279 = llvm.getelementptr %dy_h_last[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
                  %v1281 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1282 = arith.addf %v1281, %v1280 fastmath<contract> : f32
                  llvm.store %v1282, %v36 : f32, !llvm.ptr
                  %v1283 = arith.muli %v30, %v109 : i64
                  %v1284 = arith.muli %v28, %v1 : i64
                  %v1285 = arith.addi %v1283, %v1284 : i64
                  %v1286 = llvm.getelementptr %dy_hp_last[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
                  %v1288 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1289 = arith.addf %v1288, %v1287 fastmath<contract> : f32
                  llvm.store %v1289, %v37 : f32, !llvm.ptr
                }
                %v1290 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v1291 = arith.muli %v30, %v217 : i64
                  %v1292 = arith.muli %v28, %v216 : i64
                  %v1293 = arith.addi %v1291, %v1292 : i64
                  %v1294 = arith.muli %v1254, %v1 : i64
                  %v1295 = arith.addi %v1293, %v1294 : i64
                  %v1296 = llvm.getelementptr %dx_x[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1290, %v1296 : f32, !llvm.ptr
                }
                %v1297 = arith.muli %v30, %v217 : i64
                %v1298 = arith.muli %v28, %v216 : i64
                %v1299 = arith.addi %v1297, %v1298 : i64
                %v1300 = arith.muli %v1254, %v1 : i64
                %v1301 = arith.addi %v1299, %v1300 : i64
                %v1302 = llvm.getelementptr %in_rho[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
                %v1304 = arith.negf %v1303 : f32
                %v1305 = arith.mulf %v1304, %v226 fastmath<contract> : f32
                %v1306 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1305) : (f32) -> f32
                %v1307 = arith.addf %v45, %v1306 fastmath<contract> : f32
                %v1308 = arith.divf %v45, %v1307 : f32
                %v1309 = arith.mulf %v400, %v1290 fastmath<contract> : f32
                %v1310 = arith.negf %v1309 : f32
                %v1311 = arith.mulf %v1308, %v1310 fastmath<contract> : f32
                %v1312 = arith.addf %v1311, %v1311 fastmath<contract> : f32
                %v1313 = arith.muli %v30, %v217 : i64
                %v1314 = arith.muli %v28, %v216 : i64
                %v1315 = arith.addi %v1313, %v1314 : i64
                %v1316 = arith.muli %v1254, %v1 : i64
                %v1317 = arith.addi %v1315, %v1316 : i64
                %v1318 = llvm.getelementptr %in_theta[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1319 = llvm.load %v1318 : !llvm.ptr -> f32
                %v1320 = arith.mulf %v1319, %v239 fastmath<contract> : f32
                %v1321 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1320) : (f32) -> f32
                %v1322 = arith.mulf %v1321, %v242 fastmath<contract> : f32
                %v1323 = arith.subf %v1319, %v1322 fastmath<contract> : f32
                %v1324 = arith.mulf %v1321, %v243 fastmath<contract> : f32
                %v1325 = arith.subf %v1323, %v1324 fastmath<contract> : f32
                %v1326 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1325) : (f32) -> f32
                %v1327 = arith.mulf %v396, %v1290 fastmath<contract> : f32
                %v1328 = arith.mulf %v1326, %v1327 fastmath<contract> : f32
                %v1329 = arith.mulf %v215, %v1328 fastmath<contract> : f32
                %v1330 = arith.addf %v1312, %v1329 fastmath<contract> : f32
                %v1331 = arith.subf %v45, %v1308 fastmath<contract> : f32
                %v1332 = arith.mulf %v1308, %v1331 fastmath<contract> : f32
                %v1333 = arith.mulf %v1330, %v1332 fastmath<contract> : f32
                scf.if %v25 {
                  %v1334 = arith.muli %v30, %v217 : i64
                  %v1335 = arith.muli %v28, %v216 : i64
                  %v1336 = arith.addi %v1334, %v1335 : i64
                  %v1337 = arith.muli %v1254, %v1 : i64
                  %v1338 = arith.addi %v1336, %v1337 : i64
                  %v1339 = llvm.getelementptr %dx_rho[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1333, %v1339 : f32, !llvm.ptr
                }
                %v1340 = arith.mulf %v215, %v1308 fastmath<contract> : f32
                %v1341 = arith.mulf %v1340, %v1327 fastmath<contract> : f32
                %v1342 = arith.mulf %v1319, %v239 fastmath<contract> : f32
                %v1343 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1342) : (f32) -> f32
                %v1344 = arith.mulf %v1343, %v242 fastmath<contract> : f32
                %v1345 = arith.subf %v1319, %v1344 fastmath<contract> : f32
                %v1346 = arith.mulf %v1343, %v243 fastmath<contract> : f32
                %v1347 = arith.subf %v1345, %v1346 fastmath<contract> : f32
                %v1348 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1347) : (f32) -> f32
                %v1349 = arith.negf %v1348 : f32
                %v1350 = arith.mulf %v1341, %v1349 fastmath<contract> : f32
                scf.if %v25 {
                  %v1351 = arith.muli %v30, %v217 : i64
                  %v1352 = arith.muli %v28, %v216 : i64
                  %v1353 = arith.addi %v1351, %v1352 : i64
                  %v1354 = arith.muli %v1254, %v1 : i64
                  %v1355 = arith.addi %v1353, %v1354 : i64
                  %v1356 = llvm.getelementptr %dx_theta[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1350, %v1356 : f32, !llvm.ptr
                }
                %v1357 = arith.mulf %v1340, %v1326 fastmath<contract> : f32
                llvm.store %v1357, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v1358 = arith.mulf %v1308, %v1308 fastmath<contract> : f32
                %v1359 = arith.negf %v1358 : f32
                llvm.store %v1359, %v41 : f32, !llvm.ptr
                %v1360 = arith.addi %v284, %v1 : i64
                %v1362 = arith.cmpi slt, %v1361, %v693 : i32
                %v1363 = arith.cmpi eq, %v1361, %v699 : i32
                %v1364 = arith.addi %v157, %v1360 : i64
                %v1365 = llvm.load %v36 : !llvm.ptr -> f32
                %v1366 = llvm.load %v37 : !llvm.ptr -> f32
                %v1367 = arith.muli %v30, %v217 : i64
                %v1368 = arith.muli %v28, %v216 : i64
                %v1369 = arith.addi %v1367, %v1368 : i64
                %v1370 = arith.muli %v1364, %v1 : i64
                %v1371 = arith.addi %v1369, %v1370 : i64
                %v1372 = llvm.getelementptr %dy_y[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1373 = llvm.load %v1372 : !llvm.ptr -> f32
                %v1374 = llvm.load %v38 : !llvm.ptr -> f32
                %v1375 = arith.mulf %v1374, %v1365 fastmath<contract> : f32
                %v1376 = arith.addf %v1373, %v1375 fastmath<contract> : f32
                %v1377 = llvm.load %v40 : !llvm.ptr -> f32
                %v1378 = arith.mulf %v1377, %v1366 fastmath<contract> : f32
                %v1379 = arith.addf %v1378, %v1376 fastmath<contract> : f32
                %v1380 = llvm.load %v39 : !llvm.ptr -> f32
                %v1381 = arith.mulf %v1380, %v1366 fastmath<contract> : f32
                %v1382 = arith.addf %v44, %v1381 fastmath<contract> : f32
                %v1383 = llvm.load %v41 : !llvm.ptr -> f32
                %v1384 = arith.mulf %v1383, %v1365 fastmath<contract> : f32
                %v1385 = arith.addf %v1384, %v1382 fastmath<contract> : f32
                llvm.store %v1379, %v36 : f32, !llvm.ptr
                llvm.store %v1385, %v37 : f32, !llvm.ptr
                scf.if %v1363 {
                  %v1386 = arith.muli %v30, %v109 : i64
                  %v1387 = arith.muli %v28, %v1 : i64
                  %v1388 = arith.addi %v1386, %v1387 : i64
                  %v1389 = llvm.getelementptr %dy_h_last[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
                  %v1391 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1392 = arith.addf %v1391, %v1390 fastmath<contract> : f32
                  llvm.store %v1392, %v36 : f32, !llvm.ptr
                  %v1393 = arith.muli %v30, %v109 : i64
                  %v1394 = arith.muli %v28, %v1 : i64
                  %v1395 = arith.addi %v1393, %v1394 : i64
                  %v1396 = llvm.getelementptr %dy_hp_last[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                  %v1398 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1399 = arith.addf %v1398, %v1397 fastmath<contract> : f32
                  llvm.store %v1399, %v37 : f32, !llvm.ptr
                }
                %v1400 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v1401 = arith.muli %v30, %v217 : i64
                  %v1402 = arith.muli %v28, %v216 : i64
                  %v1403 = arith.addi %v1401, %v1402 : i64
                  %v1404 = arith.muli %v1364, %v1 : i64
                  %v1405 = arith.addi %v1403, %v1404 : i64
                  %v1406 = llvm.getelementptr %dx_x[%v1405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1400, %v1406 : f32, !llvm.ptr
                }
                %v1407 = arith.muli %v30, %v217 : i64
                %v1408 = arith.muli %v28, %v216 : i64
                %v1409 = arith.addi %v1407, %v1408 : i64
                %v1410 = arith.muli %v1364, %v1 : i64
                %v1411 = arith.addi %v1409, %v1410 : i64
                %v1412 = llvm.getelementptr %in_rho[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1413 = llvm.load %v1412 : !llvm.ptr -> f32
                %v1414 = arith.negf %v1413 : f32
                %v1415 = arith.mulf %v1414, %v226 fastmath<contract> : f32
                %v1416 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1415) : (f32) -> f32
                %v1417 = arith.addf %v45, %v1416 fastmath<contract> : f32
                %v1418 = arith.divf %v45, %v1417 : f32
                %v1419 = arith.mulf %v352, %v1400 fastmath<contract> : f32
                %v1420 = arith.negf %v1419 : f32
                %v1421 = arith.mulf %v1418, %v1420 fastmath<contract> : f32
                %v1422 = arith.addf %v1421, %v1421 fastmath<contract> : f32
                %v1423 = arith.muli %v30, %v217 : i64
                %v1424 = arith.muli %v28, %v216 : i64
                %v1425 = arith.addi %v1423, %v1424 : i64
                %v1426 = arith.muli %v1364, %v1 : i64
                %v1427 = arith.addi %v1425, %v1426 : i64
                %v1428 = llvm.getelementptr %in_theta[%v1427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1429 = llvm.load %v1428 : !llvm.ptr -> f32
                %v1430 = arith.mulf %v1429, %v239 fastmath<contract> : f32
                %v1431 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1430) : (f32) -> f32
                %v1432 = arith.mulf %v1431, %v242 fastmath<contract> : f32
                %v1433 = arith.subf %v1429, %v1432 fastmath<contract> : f32
                %v1434 = arith.mulf %v1431, %v243 fastmath<contract> : f32
                %v1435 = arith.subf %v1433, %v1434 fastmath<contract> : f32
                %v1436 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1435) : (f32) -> f32
                %v1437 = arith.mulf %v348, %v1400 fastmath<contract> : f32
                %v1438 = arith.mulf %v1436, %v1437 fastmath<contract> : f32
                %v1439 = arith.mulf %v215, %v1438 fastmath<contract> : f32
                %v1440 = arith.addf %v1422, %v1439 fastmath<contract> : f32
                %v1441 = arith.subf %v45, %v1418 fastmath<contract> : f32
                %v1442 = arith.mulf %v1418, %v1441 fastmath<contract> : f32
                %v1443 = arith.mulf %v1440, %v1442 fastmath<contract> : f32
                scf.if %v25 {
                  %v1444 = arith.muli %v30, %v217 : i64
                  %v1445 = arith.muli %v28, %v216 : i64
                  %v1446 = arith.addi %v1444, %v1445 : i64
                  %v1447 = arith.muli %v1364, %v1 : i64
                  %v1448 = arith.addi %v1446, %v1447 : i64
                  %v1449 = llvm.getelementptr %dx_rho[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1443, %v1449 : f32, !llvm.ptr
                }
                %v1450 = arith.mulf %v215, %v1418 fastmath<contract> : f32
                %v1451 = arith.mulf %v1450, %v1437 fastmath<contract> : f32
                %v1452 = arith.mulf %v1429, %v239 fastmath<contract> : f32
                %v1453 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1452) : (f32) -> f32
                %v1454 = arith.mulf %v1453, %v242 fastmath<contract> : f32
                %v1455 = arith.subf %v1429, %v1454 fastmath<contract> : f32
                %v1456 = arith.mulf %v1453, %v243 fastmath<contract> : f32
                %v1457 = arith.subf %v1455, %v1456 fastmath<contract> : f32
                %v1458 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1457) : (f32) -> f32
                %v1459 = arith.negf %v1458 : f32
                %v1460 = arith.mulf %v1451, %v1459 fastmath<contract> : f32
                scf.if %v25 {
                  %v1461 = arith.muli %v30, %v217 : i64
                  %v1462 = arith.muli %v28, %v216 : i64
                  %v1463 = arith.addi %v1461, %v1462 : i64
                  %v1464 = arith.muli %v1364, %v1 : i64
                  %v1465 = arith.addi %v1463, %v1464 : i64
                  %v1466 = llvm.getelementptr %dx_theta[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1460, %v1466 : f32, !llvm.ptr
                }
                %v1467 = arith.mulf %v1450, %v1436 fastmath<contract> : f32
                llvm.store %v1467, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v1468 = arith.mulf %v1418, %v1418 fastmath<contract> : f32
                %v1469 = arith.negf %v1468 : f32
                llvm.store %v1469, %v41 : f32, !llvm.ptr
                %v1470 = arith.addi %v284, %v46 : i64
                %v1472 = arith.cmpi slt, %v1471, %v693 : i32
                %v1473 = arith.cmpi eq, %v1471, %v699 : i32
                %v1474 = arith.addi %v157, %v1470 : i64
                %v1475 = llvm.load %v36 : !llvm.ptr -> f32
                %v1476 = llvm.load %v37 : !llvm.ptr -> f32
                %v1477 = arith.muli %v30, %v217 : i64
                %v1478 = arith.muli %v28, %v216 : i64
                %v1479 = arith.addi %v1477, %v1478 : i64
                %v1480 = arith.muli %v1474, %v1 : i64
                %v1481 = arith.addi %v1479, %v1480 : i64
                %v1482 = llvm.getelementptr %dy_y[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1483 = llvm.load %v1482 : !llvm.ptr -> f32
                %v1484 = llvm.load %v38 : !llvm.ptr -> f32
                %v1485 = arith.mulf %v1484, %v1475 fastmath<contract> : f32
                %v1486 = arith.addf %v1483, %v1485 fastmath<contract> : f32
                %v1487 = llvm.load %v40 : !llvm.ptr -> f32
                %v1488 = arith.mulf %v1487, %v1476 fastmath<contract> : f32
                %v1489 = arith.addf %v1488, %v1486 fastmath<contract> : f32
                %v1490 = llvm.load %v39 : !llvm.ptr -> f32
                %v1491 = arith.mulf %v1490, %v1476 fastmath<contract> : f32
                %v1492 = arith.addf %v44, %v1491 fastmath<contract> : f32
                %v1493 = llvm.load %v41 : !llvm.ptr -> f32
                %v1494 = arith.mulf %v1493, %v1475 fastmath<contract> : f32
                %v1495 = arith.addf %v1494, %v1492 fastmath<contract> : f32
                llvm.store %v1489, %v36 : f32, !llvm.ptr
                llvm.store %v1495, %v37 : f32, !llvm.ptr
                scf.if %v1473 {
                  %v1496 = arith.muli %v30, %v109 : i64
                  %v1497 = arith.muli %v28, %v1 : i64
                  %v1498 = arith.addi %v1496, %v1497 : i64
                  %v1499 = llvm.getelementptr %dy_h_last[%v1498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1500 = llvm.load %v1499 : !llvm.ptr -> f32
                  %v1501 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1502 = arith.addf %v1501, %v1500 fastmath<contract> : f32
                  llvm.store %v1502, %v36 : f32, !llvm.ptr
                  %v1503 = arith.muli %v30, %v109 : i64
                  %v1504 = arith.muli %v28, %v1 : i64
                  %v1505 = arith.addi %v1503, %v1504 : i64
                  %v1506 = llvm.getelementptr %dy_hp_last[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
                  %v1508 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1509 = arith.addf %v1508, %v1507 fastmath<contract> : f32
                  llvm.store %v1509, %v37 : f32, !llvm.ptr
                }
                %v1510 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v1511 = arith.muli %v30, %v217 : i64
                  %v1512 = arith.muli %v28, %v216 : i64
                  %v1513 = arith.addi %v1511, %v1512 : i64
                  %v1514 = arith.muli %v1474, %v1 : i64
                  %v1515 = arith.addi %v1513, %v1514 : i64
                  %v1516 = llvm.getelementptr %dx_x[%v1515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1510, %v1516 : f32, !llvm.ptr
                }
                %v1517 = arith.muli %v30, %v217 : i64
                %v1518 = arith.muli %v28, %v216 : i64
                %v1519 = arith.addi %v1517, %v1518 : i64
                %v1520 = arith.muli %v1474, %v1 : i64
                %v1521 = arith.addi %v1519, %v1520 : i64
                %v1522 = llvm.getelementptr %in_rho[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1523 = llvm.load %v1522 : !llvm.ptr -> f32
                %v1524 = arith.negf %v1523 : f32
                %v1525 = arith.mulf %v1524, %v226 fastmath<contract> : f32
                %v1526 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1525) : (f32) -> f32
                %v1527 = arith.addf %v45, %v1526 fastmath<contract> : f32
                %v1528 = arith.divf %v45, %v1527 : f32
                %v1529 = arith.mulf %v304, %v1510 fastmath<contract> : f32
                %v1530 = arith.negf %v1529 : f32
                %v1531 = arith.mulf %v1528, %v1530 fastmath<contract> : f32
                %v1532 = arith.addf %v1531, %v1531 fastmath<contract> : f32
                %v1533 = arith.muli %v30, %v217 : i64
                %v1534 = arith.muli %v28, %v216 : i64
                %v1535 = arith.addi %v1533, %v1534 : i64
                %v1536 = arith.muli %v1474, %v1 : i64
                %v1537 = arith.addi %v1535, %v1536 : i64
                %v1538 = llvm.getelementptr %in_theta[%v1537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1539 = llvm.load %v1538 : !llvm.ptr -> f32
                %v1540 = arith.mulf %v1539, %v239 fastmath<contract> : f32
                %v1541 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1540) : (f32) -> f32
                %v1542 = arith.mulf %v1541, %v242 fastmath<contract> : f32
                %v1543 = arith.subf %v1539, %v1542 fastmath<contract> : f32
                %v1544 = arith.mulf %v1541, %v243 fastmath<contract> : f32
                %v1545 = arith.subf %v1543, %v1544 fastmath<contract> : f32
                %v1546 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1545) : (f32) -> f32
                %v1547 = arith.mulf %v296, %v1510 fastmath<contract> : f32
                %v1548 = arith.mulf %v1546, %v1547 fastmath<contract> : f32
                %v1549 = arith.mulf %v215, %v1548 fastmath<contract> : f32
                %v1550 = arith.addf %v1532, %v1549 fastmath<contract> : f32
                %v1551 = arith.subf %v45, %v1528 fastmath<contract> : f32
                %v1552 = arith.mulf %v1528, %v1551 fastmath<contract> : f32
                %v1553 = arith.mulf %v1550, %v1552 fastmath<contract> : f32
                scf.if %v25 {
                  %v1554 = arith.muli %v30, %v217 : i64
                  %v1555 = arith.muli %v28, %v216 : i64
                  %v1556 = arith.addi %v1554, %v1555 : i64
                  %v1557 = arith.muli %v1474, %v1 : i64
                  %v1558 = arith.addi %v1556, %v1557 : i64
                  %v1559 = llvm.getelementptr %dx_rho[%v1558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1553, %v1559 : f32, !llvm.ptr
                }
                %v1560 = arith.mulf %v215, %v1528 fastmath<contract> : f32
                %v1561 = arith.mulf %v1560, %v1547 fastmath<contract> : f32
                %v1562 = arith.mulf %v1539, %v239 fastmath<contract> : f32
                %v1563 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1562) : (f32) -> f32
                %v1564 = arith.mulf %v1563, %v242 fastmath<contract> : f32
                %v1565 = arith.subf %v1539, %v1564 fastmath<contract> : f32
                %v1566 = arith.mulf %v1563, %v243 fastmath<contract> : f32
                %v1567 = arith.subf %v1565, %v1566 fastmath<contract> : f32
                %v1568 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1567) : (f32) -> f32
                %v1569 = arith.negf %v1568 : f32
                %v1570 = arith.mulf %v1561, %v1569 fastmath<contract> : f32
                scf.if %v25 {
                  %v1571 = arith.muli %v30, %v217 : i64
                  %v1572 = arith.muli %v28, %v216 : i64
                  %v1573 = arith.addi %v1571, %v1572 : i64
                  %v1574 = arith.muli %v1474, %v1 : i64
                  %v1575 = arith.addi %v1573, %v1574 : i64
                  %v1576 = llvm.getelementptr %dx_theta[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1570, %v1576 : f32, !llvm.ptr
                }
                %v1577 = arith.mulf %v1560, %v1546 fastmath<contract> : f32
                llvm.store %v1577, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v40 : f32, !llvm.ptr
                llvm.store %v44, %v39 : f32, !llvm.ptr
                %v1578 = arith.mulf %v1528, %v1528 fastmath<contract> : f32
                %v1579 = arith.negf %v1578 : f32
                llvm.store %v1579, %v41 : f32, !llvm.ptr
              } else {
                %v1580 = arith.subi %v159, %v1 : i64
                %v1581 = arith.muli %v285, %v3 : i64
                %v1582 = arith.subi %v3, %v1 : i64
                %v1583 = arith.minsi %v24, %v1582 : i64
                %v1584 = arith.addi %v1581, %v1583 : i64
                %v1585 = arith.muli %v1584, %v1 : i64
                %v1586 = arith.addi %v1585, %v46 : i64
                %v1587 = llvm.getelementptr %scratch_h[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1588 = llvm.load %v1587 : !llvm.ptr -> f32
                %v1589 = arith.muli %v285, %v3 : i64
                %v1590 = arith.subi %v3, %v1 : i64
                %v1591 = arith.minsi %v24, %v1590 : i64
                %v1592 = arith.addi %v1589, %v1591 : i64
                %v1593 = arith.muli %v1592, %v1 : i64
                %v1594 = arith.addi %v1593, %v46 : i64
                %v1595 = llvm.getelementptr %scratch_hp[%v1594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1596 = llvm.load %v1595 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1597 = arith.addi %v284, %v46 : i64
                %v1598 = arith.minsi %v1597, %v1580 : i64
                %v1599 = arith.addi %v157, %v1598 : i64
                %v1600 = arith.muli %v30, %v217 : i64
                %v1601 = arith.muli %v28, %v216 : i64
                %v1602 = arith.addi %v1600, %v1601 : i64
                %v1603 = arith.muli %v1599, %v1 : i64
                %v1604 = arith.addi %v1602, %v1603 : i64
                %v1605 = llvm.getelementptr %in_rho[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1606 = llvm.load %v1605 : !llvm.ptr -> f32
                %v1607 = arith.negf %v1606 : f32
                %v1608 = arith.mulf %v1607, %v226 fastmath<contract> : f32
                %v1609 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1608) : (f32) -> f32
                %v1610 = arith.addf %v45, %v1609 fastmath<contract> : f32
                %v1611 = arith.divf %v45, %v1610 : f32
                %v1612 = arith.mulf %v215, %v1611 fastmath<contract> : f32
                %v1613 = arith.muli %v30, %v217 : i64
                %v1614 = arith.muli %v28, %v216 : i64
                %v1615 = arith.addi %v1613, %v1614 : i64
                %v1616 = arith.muli %v1599, %v1 : i64
                %v1617 = arith.addi %v1615, %v1616 : i64
                %v1618 = llvm.getelementptr %in_theta[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1619 = llvm.load %v1618 : !llvm.ptr -> f32
                %v1620 = arith.mulf %v1619, %v239 fastmath<contract> : f32
                %v1621 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1620) : (f32) -> f32
                %v1622 = arith.mulf %v1621, %v242 fastmath<contract> : f32
                %v1623 = arith.subf %v1619, %v1622 fastmath<contract> : f32
                %v1624 = arith.mulf %v1621, %v243 fastmath<contract> : f32
                %v1625 = arith.subf %v1623, %v1624 fastmath<contract> : f32
                %v1626 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1625) : (f32) -> f32
                %v1627 = arith.mulf %v1612, %v1626 fastmath<contract> : f32
                %v1628 = arith.muli %v30, %v217 : i64
                %v1629 = arith.muli %v28, %v216 : i64
                %v1630 = arith.addi %v1628, %v1629 : i64
                %v1631 = arith.muli %v1599, %v1 : i64
                %v1632 = arith.addi %v1630, %v1631 : i64
                %v1633 = llvm.getelementptr %in_x[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1634 = llvm.load %v1633 : !llvm.ptr -> f32
                %v1635 = arith.mulf %v1627, %v1588 fastmath<contract> : f32
                %v1636 = arith.addf %v1635, %v1634 fastmath<contract> : f32
                %v1637 = arith.mulf %v1611, %v1611 fastmath<contract> : f32
                %v1638 = arith.negf %v1637 : f32
                %v1639 = arith.mulf %v1638, %v1596 fastmath<contract> : f32
                %v1640 = arith.addf %v1636, %v1639 fastmath<contract> : f32
                %v1641 = arith.mulf %v44, %v1596 fastmath<contract> : f32
                %v1642 = arith.addf %v1641, %v44 fastmath<contract> : f32
                %v1643 = arith.mulf %v45, %v1588 fastmath<contract> : f32
                %v1644 = arith.addf %v1642, %v1643 fastmath<contract> : f32
                %v1645 = arith.addi %v284, %v1 : i64
                %v1646 = arith.minsi %v1645, %v1580 : i64
                %v1647 = arith.addi %v157, %v1646 : i64
                %v1648 = arith.muli %v30, %v217 : i64
                %v1649 = arith.muli %v28, %v216 : i64
                %v1650 = arith.addi %v1648, %v1649 : i64
                %v1651 = arith.muli %v1647, %v1 : i64
                %v1652 = arith.addi %v1650, %v1651 : i64
                %v1653 = llvm.getelementptr %in_rho[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1654 = llvm.load %v1653 : !llvm.ptr -> f32
                %v1655 = arith.negf %v1654 : f32
                %v1656 = arith.mulf %v1655, %v226 fastmath<contract> : f32
                %v1657 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1656) : (f32) -> f32
                %v1658 = arith.addf %v45, %v1657 fastmath<contract> : f32
                %v1659 = arith.divf %v45, %v1658 : f32
                %v1660 = arith.mulf %v215, %v1659 fastmath<contract> : f32
                %v1661 = arith.muli %v30, %v217 : i64
                %v1662 = arith.muli %v28, %v216 : i64
                %v1663 = arith.addi %v1661, %v1662 : i64
                %v1664 = arith.muli %v1647, %v1 : i64
                %v1665 = arith.addi %v1663, %v1664 : i64
                %v1666 = llvm.getelementptr %in_theta[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
                %v1668 = arith.mulf %v1667, %v239 fastmath<contract> : f32
                %v1669 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1668) : (f32) -> f32
                %v1670 = arith.mulf %v1669, %v242 fastmath<contract> : f32
                %v1671 = arith.subf %v1667, %v1670 fastmath<contract> : f32
                %v1672 = arith.mulf %v1669, %v243 fastmath<contract> : f32
                %v1673 = arith.subf %v1671, %v1672 fastmath<contract> : f32
                %v1674 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1673) : (f32) -> f32
                %v1675 = arith.mulf %v1660, %v1674 fastmath<contract> : f32
                %v1676 = arith.muli %v30, %v217 : i64
                %v1677 = arith.muli %v28, %v216 : i64
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
                %v1689 = arith.mulf %v44, %v1644 fastmath<contract> : f32
                %v1690 = arith.addf %v1689, %v44 fastmath<contract> : f32
                %v1691 = arith.mulf %v45, %v1640 fastmath<contract> : f32
                %v1692 = arith.addf %v1690, %v1691 fastmath<contract> : f32
                %v1693 = arith.addi %v284, %v67 : i64
                %v1694 = arith.minsi %v1693, %v1580 : i64
                %v1695 = arith.addi %v157, %v1694 : i64
                %v1696 = arith.muli %v30, %v217 : i64
                %v1697 = arith.muli %v28, %v216 : i64
                %v1698 = arith.addi %v1696, %v1697 : i64
                %v1699 = arith.muli %v1695, %v1 : i64
                %v1700 = arith.addi %v1698, %v1699 : i64
                %v1701 = llvm.getelementptr %in_rho[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
                %v1703 = arith.negf %v1702 : f32
                %v1704 = arith.mulf %v1703, %v226 fastmath<contract> : f32
                %v1705 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1704) : (f32) -> f32
                %v1706 = arith.addf %v45, %v1705 fastmath<contract> : f32
                %v1707 = arith.divf %v45, %v1706 : f32
                %v1708 = arith.mulf %v215, %v1707 fastmath<contract> : f32
                %v1709 = arith.muli %v30, %v217 : i64
                %v1710 = arith.muli %v28, %v216 : i64
                %v1711 = arith.addi %v1709, %v1710 : i64
                %v1712 = arith.muli %v1695, %v1 : i64
                %v1713 = arith.addi %v1711, %v1712 : i64
                %v1714 = llvm.getelementptr %in_theta[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
                %v1716 = arith.mulf %v1715, %v239 fastmath<contract> : f32
                %v1717 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1716) : (f32) -> f32
                %v1718 = arith.mulf %v1717, %v242 fastmath<contract> : f32
                %v1719 = arith.subf %v1715, %v1718 fastmath<contract> : f32
                %v1720 = arith.mulf %v1717, %v243 fastmath<contract> : f32
                %v1721 = arith.subf %v1719, %v1720 fastmath<contract> : f32
                %v1722 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1721) : (f32) -> f32
                %v1723 = arith.mulf %v1708, %v1722 fastmath<contract> : f32
                %v1724 = arith.muli %v30, %v217 : i64
                %v1725 = arith.muli %v28, %v216 : i64
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
                %v1737 = arith.mulf %v44, %v1692 fastmath<contract> : f32
                %v1738 = arith.addf %v1737, %v44 fastmath<contract> : f32
                %v1739 = arith.mulf %v45, %v1688 fastmath<contract> : f32
                %v1740 = arith.addf %v1738, %v1739 fastmath<contract> : f32
                %v1741 = arith.addi %v284, %v449 : i64
                %v1742 = arith.minsi %v1741, %v1580 : i64
                %v1743 = arith.addi %v157, %v1742 : i64
                %v1744 = arith.muli %v30, %v217 : i64
                %v1745 = arith.muli %v28, %v216 : i64
                %v1746 = arith.addi %v1744, %v1745 : i64
                %v1747 = arith.muli %v1743, %v1 : i64
                %v1748 = arith.addi %v1746, %v1747 : i64
                %v1749 = llvm.getelementptr %in_rho[%v1748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
                %v1751 = arith.negf %v1750 : f32
                %v1752 = arith.mulf %v1751, %v226 fastmath<contract> : f32
                %v1753 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1752) : (f32) -> f32
                %v1754 = arith.addf %v45, %v1753 fastmath<contract> : f32
                %v1755 = arith.divf %v45, %v1754 : f32
                %v1756 = arith.mulf %v215, %v1755 fastmath<contract> : f32
                %v1757 = arith.muli %v30, %v217 : i64
                %v1758 = arith.muli %v28, %v216 : i64
                %v1759 = arith.addi %v1757, %v1758 : i64
                %v1760 = arith.muli %v1743, %v1 : i64
                %v1761 = arith.addi %v1759, %v1760 : i64
                %v1762 = llvm.getelementptr %in_theta[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
                %v1764 = arith.mulf %v1763, %v239 fastmath<contract> : f32
                %v1765 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1764) : (f32) -> f32
                %v1766 = arith.mulf %v1765, %v242 fastmath<contract> : f32
                %v1767 = arith.subf %v1763, %v1766 fastmath<contract> : f32
                %v1768 = arith.mulf %v1765, %v243 fastmath<contract> : f32
                %v1769 = arith.subf %v1767, %v1768 fastmath<contract> : f32
                %v1770 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1769) : (f32) -> f32
                %v1771 = arith.mulf %v1756, %v1770 fastmath<contract> : f32
                %v1772 = arith.muli %v30, %v217 : i64
                %v1773 = arith.muli %v28, %v216 : i64
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
                %v1785 = arith.mulf %v44, %v1740 fastmath<contract> : f32
                %v1786 = arith.addf %v1785, %v44 fastmath<contract> : f32
                %v1787 = arith.mulf %v45, %v1736 fastmath<contract> : f32
                %v1788 = arith.addf %v1786, %v1787 fastmath<contract> : f32
                %v1789 = arith.addi %v284, %v32 : i64
                %v1790 = arith.minsi %v1789, %v1580 : i64
                %v1791 = arith.addi %v157, %v1790 : i64
                %v1792 = arith.muli %v30, %v217 : i64
                %v1793 = arith.muli %v28, %v216 : i64
                %v1794 = arith.addi %v1792, %v1793 : i64
                %v1795 = arith.muli %v1791, %v1 : i64
                %v1796 = arith.addi %v1794, %v1795 : i64
                %v1797 = llvm.getelementptr %in_rho[%v1796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1798 = llvm.load %v1797 : !llvm.ptr -> f32
                %v1799 = arith.negf %v1798 : f32
                %v1800 = arith.mulf %v1799, %v226 fastmath<contract> : f32
                %v1801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1800) : (f32) -> f32
                %v1802 = arith.addf %v45, %v1801 fastmath<contract> : f32
                %v1803 = arith.divf %v45, %v1802 : f32
                %v1804 = arith.mulf %v215, %v1803 fastmath<contract> : f32
                %v1805 = arith.muli %v30, %v217 : i64
                %v1806 = arith.muli %v28, %v216 : i64
                %v1807 = arith.addi %v1805, %v1806 : i64
                %v1808 = arith.muli %v1791, %v1 : i64
                %v1809 = arith.addi %v1807, %v1808 : i64
                %v1810 = llvm.getelementptr %in_theta[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1811 = llvm.load %v1810 : !llvm.ptr -> f32
                %v1812 = arith.mulf %v1811, %v239 fastmath<contract> : f32
                %v1813 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1812) : (f32) -> f32
                %v1814 = arith.mulf %v1813, %v242 fastmath<contract> : f32
                %v1815 = arith.subf %v1811, %v1814 fastmath<contract> : f32
                %v1816 = arith.mulf %v1813, %v243 fastmath<contract> : f32
                %v1817 = arith.subf %v1815, %v1816 fastmath<contract> : f32
                %v1818 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1817) : (f32) -> f32
                %v1819 = arith.mulf %v1804, %v1818 fastmath<contract> : f32
                %v1820 = arith.muli %v30, %v217 : i64
                %v1821 = arith.muli %v28, %v216 : i64
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
                %v1833 = arith.mulf %v44, %v1788 fastmath<contract> : f32
                %v1834 = arith.addf %v1833, %v44 fastmath<contract> : f32
                %v1835 = arith.mulf %v45, %v1784 fastmath<contract> : f32
                %v1836 = arith.addf %v1834, %v1835 fastmath<contract> : f32
                %v1837 = arith.addi %v284, %v546 : i64
                %v1838 = arith.minsi %v1837, %v1580 : i64
                %v1839 = arith.addi %v157, %v1838 : i64
                %v1840 = arith.muli %v30, %v217 : i64
                %v1841 = arith.muli %v28, %v216 : i64
                %v1842 = arith.addi %v1840, %v1841 : i64
                %v1843 = arith.muli %v1839, %v1 : i64
                %v1844 = arith.addi %v1842, %v1843 : i64
                %v1845 = llvm.getelementptr %in_rho[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
                %v1847 = arith.negf %v1846 : f32
                %v1848 = arith.mulf %v1847, %v226 fastmath<contract> : f32
                %v1849 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1848) : (f32) -> f32
                %v1850 = arith.addf %v45, %v1849 fastmath<contract> : f32
                %v1851 = arith.divf %v45, %v1850 : f32
                %v1852 = arith.mulf %v215, %v1851 fastmath<contract> : f32
                %v1853 = arith.muli %v30, %v217 : i64
                %v1854 = arith.muli %v28, %v216 : i64
                %v1855 = arith.addi %v1853, %v1854 : i64
                %v1856 = arith.muli %v1839, %v1 : i64
                %v1857 = arith.addi %v1855, %v1856 : i64
                %v1858 = llvm.getelementptr %in_theta[%v1857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1859 = llvm.load %v1858 : !llvm.ptr -> f32
                %v1860 = arith.mulf %v1859, %v239 fastmath<contract> : f32
                %v1861 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1860) : (f32) -> f32
                %v1862 = arith.mulf %v1861, %v242 fastmath<contract> : f32
                %v1863 = arith.subf %v1859, %v1862 fastmath<contract> : f32
                %v1864 = arith.mulf %v1861, %v243 fastmath<contract> : f32
                %v1865 = arith.subf %v1863, %v1864 fastmath<contract> : f32
                %v1866 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1865) : (f32) -> f32
                %v1867 = arith.mulf %v1852, %v1866 fastmath<contract> : f32
                %v1868 = arith.muli %v30, %v217 : i64
                %v1869 = arith.muli %v28, %v216 : i64
                %v1870 = arith.addi %v1868, %v1869 : i64
                %v1871 = arith.muli %v1839, %v1 : i64
                %v1872 = arith.addi %v1870, %v1871 : i64
                %v1873 = llvm.getelementptr %in_x[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1874 = llvm.load %v1873 : !llvm.ptr -> f32
                %v1875 = arith.mulf %v1867, %v1832 fastmath<contract> : f32
                %v1876 = arith.addf %v1875, %v1874 fastmath<contract> : f32
                %v1877 = arith.mulf %v1851, %v1851 fastmath<contract> : f32
                %v1878 = arith.negf %v1877 : f32
                %v1879 = arith.mulf %v1878, %v1836 fastmath<contract> : f32
                %v1880 = arith.addf %v1876, %v1879 fastmath<contract> : f32
                %v1881 = arith.mulf %v44, %v1836 fastmath<contract> : f32
                %v1882 = arith.addf %v1881, %v44 fastmath<contract> : f32
                %v1883 = arith.mulf %v45, %v1832 fastmath<contract> : f32
                %v1884 = arith.addf %v1882, %v1883 fastmath<contract> : f32
                %v1885 = arith.addi %v284, %v595 : i64
                %v1886 = arith.minsi %v1885, %v1580 : i64
                %v1887 = arith.addi %v157, %v1886 : i64
                %v1888 = arith.muli %v30, %v217 : i64
                %v1889 = arith.muli %v28, %v216 : i64
                %v1890 = arith.addi %v1888, %v1889 : i64
                %v1891 = arith.muli %v1887, %v1 : i64
                %v1892 = arith.addi %v1890, %v1891 : i64
                %v1893 = llvm.getelementptr %in_rho[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1894 = llvm.load %v1893 : !llvm.ptr -> f32
                %v1895 = arith.negf %v1894 : f32
                %v1896 = arith.mulf %v1895, %v226 fastmath<contract> : f32
                %v1897 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1896) : (f32) -> f32
                %v1898 = arith.addf %v45, %v1897 fastmath<contract> : f32
                %v1899 = arith.divf %v45, %v1898 : f32
                %v1900 = arith.mulf %v215, %v1899 fastmath<contract> : f32
                %v1901 = arith.muli %v30, %v217 : i64
                %v1902 = arith.muli %v28, %v216 : i64
                %v1903 = arith.addi %v1901, %v1902 : i64
                %v1904 = arith.muli %v1887, %v1 : i64
                %v1905 = arith.addi %v1903, %v1904 : i64
                %v1906 = llvm.getelementptr %in_theta[%v1905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1907 = llvm.load %v1906 : !llvm.ptr -> f32
                %v1908 = arith.mulf %v1907, %v239 fastmath<contract> : f32
                %v1909 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1908) : (f32) -> f32
                %v1910 = arith.mulf %v1909, %v242 fastmath<contract> : f32
                %v1911 = arith.subf %v1907, %v1910 fastmath<contract> : f32
                %v1912 = arith.mulf %v1909, %v243 fastmath<contract> : f32
                %v1913 = arith.subf %v1911, %v1912 fastmath<contract> : f32
                %v1914 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1913) : (f32) -> f32
                %v1915 = arith.mulf %v1900, %v1914 fastmath<contract> : f32
                %v1916 = arith.muli %v30, %v217 : i64
                %v1917 = arith.muli %v28, %v216 : i64
                %v1918 = arith.addi %v1916, %v1917 : i64
                %v1919 = arith.muli %v1887, %v1 : i64
                %v1920 = arith.addi %v1918, %v1919 : i64
                %v1921 = llvm.getelementptr %in_x[%v1920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1922 = llvm.load %v1921 : !llvm.ptr -> f32
                %v1923 = arith.mulf %v1915, %v1880 fastmath<contract> : f32
                %v1924 = arith.addf %v1923, %v1922 fastmath<contract> : f32
                %v1925 = arith.mulf %v1899, %v1899 fastmath<contract> : f32
                %v1926 = arith.negf %v1925 : f32
                %v1927 = arith.mulf %v1926, %v1884 fastmath<contract> : f32
                %v1928 = arith.addf %v1924, %v1927 fastmath<contract> : f32
                %v1929 = arith.mulf %v44, %v1884 fastmath<contract> : f32
                %v1930 = arith.addf %v1929, %v44 fastmath<contract> : f32
                %v1931 = arith.mulf %v45, %v1880 fastmath<contract> : f32
                %v1932 = arith.addf %v1930, %v1931 fastmath<contract> : f32
                %v1933 = arith.addi %v284, %v142 : i64
                %v1934 = arith.minsi %v1933, %v1580 : i64
                %v1935 = arith.addi %v157, %v1934 : i64
                %v1936 = arith.muli %v30, %v217 : i64
                %v1937 = arith.muli %v28, %v216 : i64
                %v1938 = arith.addi %v1936, %v1937 : i64
                %v1939 = arith.muli %v1935, %v1 : i64
                %v1940 = arith.addi %v1938, %v1939 : i64
                %v1941 = llvm.getelementptr %in_rho[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1942 = llvm.load %v1941 : !llvm.ptr -> f32
                %v1943 = arith.negf %v1942 : f32
                %v1944 = arith.mulf %v1943, %v226 fastmath<contract> : f32
                %v1945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1944) : (f32) -> f32
                %v1946 = arith.addf %v45, %v1945 fastmath<contract> : f32
                %v1947 = arith.divf %v45, %v1946 : f32
                %v1948 = arith.mulf %v215, %v1947 fastmath<contract> : f32
                %v1949 = arith.muli %v30, %v217 : i64
                %v1950 = arith.muli %v28, %v216 : i64
                %v1951 = arith.addi %v1949, %v1950 : i64
                %v1952 = arith.muli %v1935, %v1 : i64
                %v1953 = arith.addi %v1951, %v1952 : i64
                %v1954 = llvm.getelementptr %in_theta[%v1953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1955 = llvm.load %v1954 : !llvm.ptr -> f32
                %v1956 = arith.mulf %v1955, %v239 fastmath<contract> : f32
                %v1957 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1956) : (f32) -> f32
                %v1958 = arith.mulf %v1957, %v242 fastmath<contract> : f32
                %v1959 = arith.subf %v1955, %v1958 fastmath<contract> : f32
                %v1960 = arith.mulf %v1957, %v243 fastmath<contract> : f32
                %v1961 = arith.subf %v1959, %v1960 fastmath<contract> : f32
                %v1962 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1961) : (f32) -> f32
                %v1963 = arith.mulf %v1948, %v1962 fastmath<contract> : f32
                %v1964 = arith.muli %v30, %v217 : i64
                %v1965 = arith.muli %v28, %v216 : i64
                %v1966 = arith.addi %v1964, %v1965 : i64
                %v1967 = arith.muli %v1935, %v1 : i64
                %v1968 = arith.addi %v1966, %v1967 : i64
                %v1969 = llvm.getelementptr %in_x[%v1968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1970 = llvm.load %v1969 : !llvm.ptr -> f32
                %v1971 = arith.mulf %v1963, %v1928 fastmath<contract> : f32
                %v1972 = arith.addf %v1971, %v1970 fastmath<contract> : f32
                %v1973 = arith.mulf %v1947, %v1947 fastmath<contract> : f32
                %v1974 = arith.negf %v1973 : f32
                %v1975 = arith.mulf %v1974, %v1932 fastmath<contract> : f32
                %v1976 = arith.addf %v1972, %v1975 fastmath<contract> : f32
                %v1977 = arith.mulf %v44, %v1932 fastmath<contract> : f32
                %v1978 = arith.addf %v1977, %v44 fastmath<contract> : f32
                %v1979 = arith.mulf %v45, %v1928 fastmath<contract> : f32
                %v1980 = arith.addf %v1978, %v1979 fastmath<contract> : f32
                %v1981 = arith.subi %v159, %v284 : i64
                %v1982 = arith.trunci %v1981 : i64 to i32
                %v1983 = arith.subi %size_L, %v1 : i64
                %v1984 = arith.addi %v157, %v284 : i64
                %v1985 = arith.subi %v1983, %v1984 : i64
                %v1986 = arith.minsi %v1985, %v697 : i64
                %v1987 = arith.trunci %v1986 : i64 to i32
                %v1988 = arith.addi %v284, %v142 : i64
                %v1989 = arith.cmpi slt, %v701, %v1982 : i32
                %v1990 = arith.cmpi eq, %v701, %v1987 : i32
                scf.if %v1989 {
                  %v1991 = arith.addi %v157, %v1988 : i64
                  %v1992 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1993 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1994 = arith.muli %v30, %v217 : i64
                  %v1995 = arith.muli %v28, %v216 : i64
                  %v1996 = arith.addi %v1994, %v1995 : i64
                  %v1997 = arith.muli %v1991, %v1 : i64
                  %v1998 = arith.addi %v1996, %v1997 : i64
                  %v1999 = llvm.getelementptr %dy_y[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2000 = llvm.load %v1999 : !llvm.ptr -> f32
                  %v2001 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2002 = arith.mulf %v2001, %v1992 fastmath<contract> : f32
                  %v2003 = arith.addf %v2000, %v2002 fastmath<contract> : f32
                  %v2004 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2005 = arith.mulf %v2004, %v1993 fastmath<contract> : f32
                  %v2006 = arith.addf %v2005, %v2003 fastmath<contract> : f32
                  %v2007 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2008 = arith.mulf %v2007, %v1993 fastmath<contract> : f32
                  %v2009 = arith.addf %v44, %v2008 fastmath<contract> : f32
                  %v2010 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2011 = arith.mulf %v2010, %v1992 fastmath<contract> : f32
                  %v2012 = arith.addf %v2011, %v2009 fastmath<contract> : f32
                  llvm.store %v2006, %v36 : f32, !llvm.ptr
                  llvm.store %v2012, %v37 : f32, !llvm.ptr
                  scf.if %v1990 {
                    %v2013 = arith.muli %v30, %v109 : i64
                    %v2014 = arith.muli %v28, %v1 : i64
                    %v2015 = arith.addi %v2013, %v2014 : i64
                    %v2016 = llvm.getelementptr %dy_h_last[%v2015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2017 = llvm.load %v2016 : !llvm.ptr -> f32
                    %v2018 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2019 = arith.addf %v2018, %v2017 fastmath<contract> : f32
                    llvm.store %v2019, %v36 : f32, !llvm.ptr
                    %v2020 = arith.muli %v30, %v109 : i64
                    %v2021 = arith.muli %v28, %v1 : i64
                    %v2022 = arith.addi %v2020, %v2021 : i64
                    %v2023 = llvm.getelementptr %dy_hp_last[%v2022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2024 = llvm.load %v2023 : !llvm.ptr -> f32
                    %v2025 = llvm.load %v37 : !llvm.ptr -> f32
                    %v2026 = arith.addf %v2025, %v2024 fastmath<contract> : f32
                    llvm.store %v2026, %v37 : f32, !llvm.ptr
                  }
                  %v2027 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2028 = arith.muli %v30, %v217 : i64
                    %v2029 = arith.muli %v28, %v216 : i64
                    %v2030 = arith.addi %v2028, %v2029 : i64
                    %v2031 = arith.muli %v1991, %v1 : i64
                    %v2032 = arith.addi %v2030, %v2031 : i64
                    %v2033 = llvm.getelementptr %dx_x[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2027, %v2033 : f32, !llvm.ptr
                  }
                  %v2034 = arith.muli %v30, %v217 : i64
                  %v2035 = arith.muli %v28, %v216 : i64
                  %v2036 = arith.addi %v2034, %v2035 : i64
                  %v2037 = arith.muli %v1991, %v1 : i64
                  %v2038 = arith.addi %v2036, %v2037 : i64
                  %v2039 = llvm.getelementptr %in_rho[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2040 = llvm.load %v2039 : !llvm.ptr -> f32
                  %v2041 = arith.negf %v2040 : f32
                  %v2042 = arith.mulf %v2041, %v226 fastmath<contract> : f32
                  %v2043 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2042) : (f32) -> f32
                  %v2044 = arith.addf %v45, %v2043 fastmath<contract> : f32
                  %v2045 = arith.divf %v45, %v2044 : f32
                  %v2046 = arith.mulf %v1932, %v2027 fastmath<contract> : f32
                  %v2047 = arith.negf %v2046 : f32
                  %v2048 = arith.mulf %v2045, %v2047 fastmath<contract> : f32
                  %v2049 = arith.addf %v2048, %v2048 fastmath<contract> : f32
                  %v2050 = arith.muli %v30, %v217 : i64
                  %v2051 = arith.muli %v28, %v216 : i64
                  %v2052 = arith.addi %v2050, %v2051 : i64
                  %v2053 = arith.muli %v1991, %v1 : i64
                  %v2054 = arith.addi %v2052, %v2053 : i64
                  %v2055 = llvm.getelementptr %in_theta[%v2054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2056 = llvm.load %v2055 : !llvm.ptr -> f32
                  %v2057 = arith.mulf %v2056, %v239 fastmath<contract> : f32
                  %v2058 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2057) : (f32) -> f32
                  %v2059 = arith.mulf %v2058, %v242 fastmath<contract> : f32
                  %v2060 = arith.subf %v2056, %v2059 fastmath<contract> : f32
                  %v2061 = arith.mulf %v2058, %v243 fastmath<contract> : f32
                  %v2062 = arith.subf %v2060, %v2061 fastmath<contract> : f32
                  %v2063 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2062) : (f32) -> f32
                  %v2064 = arith.mulf %v1928, %v2027 fastmath<contract> : f32
                  %v2065 = arith.mulf %v2063, %v2064 fastmath<contract> : f32
                  %v2066 = arith.mulf %v215, %v2065 fastmath<contract> : f32
                  %v2067 = arith.addf %v2049, %v2066 fastmath<contract> : f32
                  %v2068 = arith.subf %v45, %v2045 fastmath<contract> : f32
                  %v2069 = arith.mulf %v2045, %v2068 fastmath<contract> : f32
                  %v2070 = arith.mulf %v2067, %v2069 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2071 = arith.muli %v30, %v217 : i64
                    %v2072 = arith.muli %v28, %v216 : i64
                    %v2073 = arith.addi %v2071, %v2072 : i64
                    %v2074 = arith.muli %v1991, %v1 : i64
                    %v2075 = arith.addi %v2073, %v2074 : i64
                    %v2076 = llvm.getelementptr %dx_rho[%v2075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2070, %v2076 : f32, !llvm.ptr
                  }
                  %v2077 = arith.mulf %v215, %v2045 fastmath<contract> : f32
                  %v2078 = arith.mulf %v2077, %v2064 fastmath<contract> : f32
                  %v2079 = arith.mulf %v2056, %v239 fastmath<contract> : f32
                  %v2080 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2079) : (f32) -> f32
                  %v2081 = arith.mulf %v2080, %v242 fastmath<contract> : f32
                  %v2082 = arith.subf %v2056, %v2081 fastmath<contract> : f32
                  %v2083 = arith.mulf %v2080, %v243 fastmath<contract> : f32
                  %v2084 = arith.subf %v2082, %v2083 fastmath<contract> : f32
                  %v2085 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2084) : (f32) -> f32
                  %v2086 = arith.negf %v2085 : f32
                  %v2087 = arith.mulf %v2078, %v2086 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2088 = arith.muli %v30, %v217 : i64
                    %v2089 = arith.muli %v28, %v216 : i64
                    %v2090 = arith.addi %v2088, %v2089 : i64
                    %v2091 = arith.muli %v1991, %v1 : i64
                    %v2092 = arith.addi %v2090, %v2091 : i64
                    %v2093 = llvm.getelementptr %dx_theta[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2087, %v2093 : f32, !llvm.ptr
                  }
                  %v2094 = arith.mulf %v2077, %v2063 fastmath<contract> : f32
                  llvm.store %v2094, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v2095 = arith.mulf %v2045, %v2045 fastmath<contract> : f32
                  %v2096 = arith.negf %v2095 : f32
                  llvm.store %v2096, %v41 : f32, !llvm.ptr
                }
                %v2097 = arith.addi %v284, %v595 : i64
                %v2098 = arith.cmpi slt, %v811, %v1982 : i32
                %v2099 = arith.cmpi eq, %v811, %v1987 : i32
                scf.if %v2098 {
                  %v2100 = arith.addi %v157, %v2097 : i64
                  %v2101 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2102 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2103 = arith.muli %v30, %v217 : i64
                  %v2104 = arith.muli %v28, %v216 : i64
                  %v2105 = arith.addi %v2103, %v2104 : i64
                  %v2106 = arith.muli %v2100, %v1 : i64
                  %v2107 = arith.addi %v2105, %v2106 : i64
                  %v2108 = llvm.getelementptr %dy_y[%v2107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2109 = llvm.load %v2108 : !llvm.ptr -> f32
                  %v2110 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2111 = arith.mulf %v2110, %v2101 fastmath<contract> : f32
                  %v2112 = arith.addf %v2109, %v2111 fastmath<contract> : f32
                  %v2113 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2114 = arith.mulf %v2113, %v2102 fastmath<contract> : f32
                  %v2115 = arith.addf %v2114, %v2112 fastmath<contract> : f32
                  %v2116 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2117 = arith.mulf %v2116, %v2102 fastmath<contract> : f32
                  %v2118 = arith.addf %v44, %v2117 fastmath<contract> : f32
                  %v2119 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2120 = arith.mulf %v2119, %v2101 fastmath<contract> : f32
                  %v2121 = arith.addf %v2120, %v2118 fastmath<contract> : f32
                  llvm.store %v2115, %v36 : f32, !llvm.ptr
                  llvm.store %v2121, %v37 : f32, !llvm.ptr
                  scf.if %v2099 {
                    %v2122 = arith.muli %v30, %v109 : i64
                    %v2123 = arith.muli %v28, %v1 : i64
                    %v2124 = arith.addi %v2122, %v2123 : i64
                    %v2125 = llvm.getelementptr %dy_h_last[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2126 = llvm.load %v2125 : !llvm.ptr -> f32
                    %v2127 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2128 = arith.addf %v2127, %v2126 fastmath<contract> : f32
                    llvm.store %v2128, %v36 : f32, !llvm.ptr
                    %v2129 = arith.muli %v30, %v109 : i64
                    %v2130 = arith.muli %v28, %v1 : i64
                    %v2131 = arith.addi %v2129, %v2130 : i64
                    %v2132 = llvm.getelementptr %dy_hp_last[%v2131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2133 = llvm.load %v2132 : !llvm.ptr -> f32
                    %v2134 = llvm.load %v37 : !llvm.ptr -> f32
                    %v2135 = arith.addf %v2134, %v2133 fastmath<contract> : f32
                    llvm.store %v2135, %v37 : f32, !llvm.ptr
                  }
                  %v2136 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2137 = arith.muli %v30, %v217 : i64
                    %v2138 = arith.muli %v28, %v216 : i64
                    %v2139 = arith.addi %v2137, %v2138 : i64
                    %v2140 = arith.muli %v2100, %v1 : i64
                    %v2141 = arith.addi %v2139, %v2140 : i64
                    %v2142 = llvm.getelementptr %dx_x[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2136, %v2142 : f32, !llvm.ptr
                  }
                  %v2143 = arith.muli %v30, %v217 : i64
                  %v2144 = arith.muli %v28, %v216 : i64
                  %v2145 = arith.addi %v2143, %v2144 : i64
                  %v2146 = arith.muli %v2100, %v1 : i64
                  %v2147 = arith.addi %v2145, %v2146 : i64
                  %v2148 = llvm.getelementptr %in_rho[%v2147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2149 = llvm.load %v2148 : !llvm.ptr -> f32
                  %v2150 = arith.negf %v2149 : f32
                  %v2151 = arith.mulf %v2150, %v226 fastmath<contract> : f32
                  %v2152 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2151) : (f32) -> f32
                  %v2153 = arith.addf %v45, %v2152 fastmath<contract> : f32
                  %v2154 = arith.divf %v45, %v2153 : f32
                  %v2155 = arith.mulf %v1884, %v2136 fastmath<contract> : f32
                  %v2156 = arith.negf %v2155 : f32
                  %v2157 = arith.mulf %v2154, %v2156 fastmath<contract> : f32
                  %v2158 = arith.addf %v2157, %v2157 fastmath<contract> : f32
                  %v2159 = arith.muli %v30, %v217 : i64
                  %v2160 = arith.muli %v28, %v216 : i64
                  %v2161 = arith.addi %v2159, %v2160 : i64
                  %v2162 = arith.muli %v2100, %v1 : i64
                  %v2163 = arith.addi %v2161, %v2162 : i64
                  %v2164 = llvm.getelementptr %in_theta[%v2163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2165 = llvm.load %v2164 : !llvm.ptr -> f32
                  %v2166 = arith.mulf %v2165, %v239 fastmath<contract> : f32
                  %v2167 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2166) : (f32) -> f32
                  %v2168 = arith.mulf %v2167, %v242 fastmath<contract> : f32
                  %v2169 = arith.subf %v2165, %v2168 fastmath<contract> : f32
                  %v2170 = arith.mulf %v2167, %v243 fastmath<contract> : f32
                  %v2171 = arith.subf %v2169, %v2170 fastmath<contract> : f32
                  %v2172 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2171) : (f32) -> f32
                  %v2173 = arith.mulf %v1880, %v2136 fastmath<contract> : f32
                  %v2174 = arith.mulf %v2172, %v2173 fastmath<contract> : f32
                  %v2175 = arith.mulf %v215, %v2174 fastmath<contract> : f32
                  %v2176 = arith.addf %v2158, %v2175 fastmath<contract> : f32
                  %v2177 = arith.subf %v45, %v2154 fastmath<contract> : f32
                  %v2178 = arith.mulf %v2154, %v2177 fastmath<contract> : f32
                  %v2179 = arith.mulf %v2176, %v2178 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2180 = arith.muli %v30, %v217 : i64
                    %v2181 = arith.muli %v28, %v216 : i64
                    %v2182 = arith.addi %v2180, %v2181 : i64
                    %v2183 = arith.muli %v2100, %v1 : i64
                    %v2184 = arith.addi %v2182, %v2183 : i64
                    %v2185 = llvm.getelementptr %dx_rho[%v2184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2179, %v2185 : f32, !llvm.ptr
                  }
                  %v2186 = arith.mulf %v215, %v2154 fastmath<contract> : f32
                  %v2187 = arith.mulf %v2186, %v2173 fastmath<contract> : f32
                  %v2188 = arith.mulf %v2165, %v239 fastmath<contract> : f32
                  %v2189 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2188) : (f32) -> f32
                  %v2190 = arith.mulf %v2189, %v242 fastmath<contract> : f32
                  %v2191 = arith.subf %v2165, %v2190 fastmath<contract> : f32
                  %v2192 = arith.mulf %v2189, %v243 fastmath<contract> : f32
                  %v2193 = arith.subf %v2191, %v2192 fastmath<contract> : f32
                  %v2194 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2193) : (f32) -> f32
                  %v2195 = arith.negf %v2194 : f32
                  %v2196 = arith.mulf %v2187, %v2195 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2197 = arith.muli %v30, %v217 : i64
                    %v2198 = arith.muli %v28, %v216 : i64
                    %v2199 = arith.addi %v2197, %v2198 : i64
                    %v2200 = arith.muli %v2100, %v1 : i64
                    %v2201 = arith.addi %v2199, %v2200 : i64
                    %v2202 = llvm.getelementptr %dx_theta[%v2201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2196, %v2202 : f32, !llvm.ptr
                  }
                  %v2203 = arith.mulf %v2186, %v2172 fastmath<contract> : f32
                  llvm.store %v2203, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v2204 = arith.mulf %v2154, %v2154 fastmath<contract> : f32
                  %v2205 = arith.negf %v2204 : f32
                  llvm.store %v2205, %v41 : f32, !llvm.ptr
                }
                %v2206 = arith.addi %v284, %v546 : i64
                %v2207 = arith.cmpi slt, %v921, %v1982 : i32
                %v2208 = arith.cmpi eq, %v921, %v1987 : i32
                scf.if %v2207 {
                  %v2209 = arith.addi %v157, %v2206 : i64
                  %v2210 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2211 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2212 = arith.muli %v30, %v217 : i64
                  %v2213 = arith.muli %v28, %v216 : i64
                  %v2214 = arith.addi %v2212, %v2213 : i64
                  %v2215 = arith.muli %v2209, %v1 : i64
                  %v2216 = arith.addi %v2214, %v2215 : i64
                  %v2217 = llvm.getelementptr %dy_y[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
                  %v2219 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2220 = arith.mulf %v2219, %v2210 fastmath<contract> : f32
                  %v2221 = arith.addf %v2218, %v2220 fastmath<contract> : f32
                  %v2222 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2223 = arith.mulf %v2222, %v2211 fastmath<contract> : f32
                  %v2224 = arith.addf %v2223, %v2221 fastmath<contract> : f32
                  %v2225 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2226 = arith.mulf %v2225, %v2211 fastmath<contract> : f32
                  %v2227 = arith.addf %v44, %v2226 fastmath<contract> : f32
                  %v2228 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2229 = arith.mulf %v2228, %v2210 fastmath<contract> : f32
                  %v2230 = arith.addf %v2229, %v2227 fastmath<contract> : f32
                  llvm.store %v2224, %v36 : f32, !llvm.ptr
                  llvm.store %v2230, %v37 : f32, !llvm.ptr
                  scf.if %v2208 {
                    %v2231 = arith.muli %v30, %v109 : i64
                    %v2232 = arith.muli %v28, %v1 : i64
                    %v2233 = arith.addi %v2231, %v2232 : i64
                    %v2234 = llvm.getelementptr %dy_h_last[%v2233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2235 = llvm.load %v2234 : !llvm.ptr -> f32
                    %v2236 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2237 = arith.addf %v2236, %v2235 fastmath<contract> : f32
                    llvm.store %v2237, %v36 : f32, !llvm.ptr
                    %v2238 = arith.muli %v30, %v109 : i64
                    %v2239 = arith.muli %v28, %v1 : i64
                    %v2240 = arith.addi %v2238, %v2239 : i64
                    %v2241 = llvm.getelementptr %dy_hp_last[%v2240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2242 = llvm.load %v2241 : !llvm.ptr -> f32
                    %v2243 = llvm.load %v37 : !llvm.ptr -> f32
                    %v2244 = arith.addf %v2243, %v2242 fastmath<contract> : f32
                    llvm.store %v2244, %v37 : f32, !llvm.ptr
                  }
                  %v2245 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2246 = arith.muli %v30, %v217 : i64
                    %v2247 = arith.muli %v28, %v216 : i64
                    %v2248 = arith.addi %v2246, %v2247 : i64
                    %v2249 = arith.muli %v2209, %v1 : i64
                    %v2250 = arith.addi %v2248, %v2249 : i64
                    %v2251 = llvm.getelementptr %dx_x[%v2250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2245, %v2251 : f32, !llvm.ptr
                  }
                  %v2252 = arith.muli %v30, %v217 : i64
                  %v2253 = arith.muli %v28, %v216 : i64
                  %v2254 = arith.addi %v2252, %v2253 : i64
                  %v2255 = arith.muli %v2209, %v1 : i64
                  %v2256 = arith.addi %v2254, %v2255 : i64
                  %v2257 = llvm.getelementptr %in_rho[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2258 = llvm.load %v2257 : !llvm.ptr -> f32
                  %v2259 = arith.negf %v2258 : f32
                  %v2260 = arith.mulf %v2259, %v226 fastmath<contract> : f32
                  %v2261 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2260) : (f32) -> f32
                  %v2262 = arith.addf %v45, %v2261 fastmath<contract> : f32
                  %v2263 = arith.divf %v45, %v2262 : f32
                  %v2264 = arith.mulf %v1836, %v2245 fastmath<contract> : f32
                  %v2265 = arith.negf %v2264 : f32
                  %v2266 = arith.mulf %v2263, %v2265 fastmath<contract> : f32
                  %v2267 = arith.addf %v2266, %v2266 fastmath<contract> : f32
                  %v2268 = arith.muli %v30, %v217 : i64
                  %v2269 = arith.muli %v28, %v216 : i64
                  %v2270 = arith.addi %v2268, %v2269 : i64
                  %v2271 = arith.muli %v2209, %v1 : i64
                  %v2272 = arith.addi %v2270, %v2271 : i64
                  %v2273 = llvm.getelementptr %in_theta[%v2272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2274 = llvm.load %v2273 : !llvm.ptr -> f32
                  %v2275 = arith.mulf %v2274, %v239 fastmath<contract> : f32
                  %v2276 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2275) : (f32) -> f32
                  %v2277 = arith.mulf %v2276, %v242 fastmath<contract> : f32
                  %v2278 = arith.subf %v2274, %v2277 fastmath<contract> : f32
                  %v2279 = arith.mulf %v2276, %v243 fastmath<contract> : f32
                  %v2280 = arith.subf %v2278, %v2279 fastmath<contract> : f32
                  %v2281 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2280) : (f32) -> f32
                  %v2282 = arith.mulf %v1832, %v2245 fastmath<contract> : f32
                  %v2283 = arith.mulf %v2281, %v2282 fastmath<contract> : f32
                  %v2284 = arith.mulf %v215, %v2283 fastmath<contract> : f32
                  %v2285 = arith.addf %v2267, %v2284 fastmath<contract> : f32
                  %v2286 = arith.subf %v45, %v2263 fastmath<contract> : f32
                  %v2287 = arith.mulf %v2263, %v2286 fastmath<contract> : f32
                  %v2288 = arith.mulf %v2285, %v2287 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2289 = arith.muli %v30, %v217 : i64
                    %v2290 = arith.muli %v28, %v216 : i64
                    %v2291 = arith.addi %v2289, %v2290 : i64
                    %v2292 = arith.muli %v2209, %v1 : i64
                    %v2293 = arith.addi %v2291, %v2292 : i64
                    %v2294 = llvm.getelementptr %dx_rho[%v2293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2288, %v2294 : f32, !llvm.ptr
                  }
                  %v2295 = arith.mulf %v215, %v2263 fastmath<contract> : f32
                  %v2296 = arith.mulf %v2295, %v2282 fastmath<contract> : f32
                  %v2297 = arith.mulf %v2274, %v239 fastmath<contract> : f32
                  %v2298 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2297) : (f32) -> f32
                  %v2299 = arith.mulf %v2298, %v242 fastmath<contract> : f32
                  %v2300 = arith.subf %v2274, %v2299 fastmath<contract> : f32
                  %v2301 = arith.mulf %v2298, %v243 fastmath<contract> : f32
                  %v2302 = arith.subf %v2300, %v2301 fastmath<contract> : f32
                  %v2303 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2302) : (f32) -> f32
                  %v2304 = arith.negf %v2303 : f32
                  %v2305 = arith.mulf %v2296, %v2304 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2306 = arith.muli %v30, %v217 : i64
                    %v2307 = arith.muli %v28, %v216 : i64
                    %v2308 = arith.addi %v2306, %v2307 : i64
                    %v2309 = arith.muli %v2209, %v1 : i64
                    %v2310 = arith.addi %v2308, %v2309 : i64
                    %v2311 = llvm.getelementptr %dx_theta[%v2310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2305, %v2311 : f32, !llvm.ptr
                  }
                  %v2312 = arith.mulf %v2295, %v2281 fastmath<contract> : f32
                  llvm.store %v2312, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v2313 = arith.mulf %v2263, %v2263 fastmath<contract> : f32
                  %v2314 = arith.negf %v2313 : f32
                  llvm.store %v2314, %v41 : f32, !llvm.ptr
                }
                %v2315 = arith.addi %v284, %v32 : i64
                %v2316 = arith.cmpi slt, %v1031, %v1982 : i32
                %v2317 = arith.cmpi eq, %v1031, %v1987 : i32
                scf.if %v2316 {
                  %v2318 = arith.addi %v157, %v2315 : i64
                  %v2319 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2320 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2321 = arith.muli %v30, %v217 : i64
                  %v2322 = arith.muli %v28, %v216 : i64
                  %v2323 = arith.addi %v2321, %v2322 : i64
                  %v2324 = arith.muli %v2318, %v1 : i64
                  %v2325 = arith.addi %v2323, %v2324 : i64
                  %v2326 = llvm.getelementptr %dy_y[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
                  %v2328 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2329 = arith.mulf %v2328, %v2319 fastmath<contract> : f32
                  %v2330 = arith.addf %v2327, %v2329 fastmath<contract> : f32
                  %v2331 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2332 = arith.mulf %v2331, %v2320 fastmath<contract> : f32
                  %v2333 = arith.addf %v2332, %v2330 fastmath<contract> : f32
                  %v2334 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2335 = arith.mulf %v2334, %v2320 fastmath<contract> : f32
                  %v2336 = arith.addf %v44, %v2335 fastmath<contract> : f32
                  %v2337 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2338 = arith.mulf %v2337, %v2319 fastmath<contract> : f32
                  %v2339 = arith.addf %v2338, %v2336 fastmath<contract> : f32
                  llvm.store %v2333, %v36 : f32, !llvm.ptr
                  llvm.store %v2339, %v37 : f32, !llvm.ptr
                  scf.if %v2317 {
                    %v2340 = arith.muli %v30, %v109 : i64
                    %v2341 = arith.muli %v28, %v1 : i64
                    %v2342 = arith.addi %v2340, %v2341 : i64
                    %v2343 = llvm.getelementptr %dy_h_last[%v2342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2344 = llvm.load %v2343 : !llvm.ptr -> f32
                    %v2345 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2346 = arith.addf %v2345, %v2344 fastmath<contract> : f32
                    llvm.store %v2346, %v36 : f32, !llvm.ptr
                    %v2347 = arith.muli %v30, %v109 : i64
                    %v2348 = arith.muli %v28, %v1 : i64
                    %v2349 = arith.addi %v2347, %v2348 : i64
                    %v2350 = llvm.getelementptr %dy_hp_last[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2351 = llvm.load %v2350 : !llvm.ptr -> f32
                    %v2352 = llvm.load %v37 : !llvm.ptr -> f32
                    %v2353 = arith.addf %v2352, %v2351 fastmath<contract> : f32
                    llvm.store %v2353, %v37 : f32, !llvm.ptr
                  }
                  %v2354 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2355 = arith.muli %v30, %v217 : i64
                    %v2356 = arith.muli %v28, %v216 : i64
                    %v2357 = arith.addi %v2355, %v2356 : i64
                    %v2358 = arith.muli %v2318, %v1 : i64
                    %v2359 = arith.addi %v2357, %v2358 : i64
                    %v2360 = llvm.getelementptr %dx_x[%v2359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2354, %v2360 : f32, !llvm.ptr
                  }
                  %v2361 = arith.muli %v30, %v217 : i64
                  %v2362 = arith.muli %v28, %v216 : i64
                  %v2363 = arith.addi %v2361, %v2362 : i64
                  %v2364 = arith.muli %v2318, %v1 : i64
                  %v2365 = arith.addi %v2363, %v2364 : i64
                  %v2366 = llvm.getelementptr %in_rho[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2367 = llvm.load %v2366 : !llvm.ptr -> f32
                  %v2368 = arith.negf %v2367 : f32
                  %v2369 = arith.mulf %v2368, %v226 fastmath<contract> : f32
                  %v2370 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2369) : (f32) -> f32
                  %v2371 = arith.addf %v45, %v2370 fastmath<contract> : f32
                  %v2372 = arith.divf %v45, %v2371 : f32
                  %v2373 = arith.mulf %v1788, %v2354 fastmath<contract> : f32
                  %v2374 = arith.negf %v2373 : f32
                  %v2375 = arith.mulf %v2372, %v2374 fastmath<contract> : f32
                  %v2376 = arith.addf %v2375, %v2375 fastmath<contract> : f32
                  %v2377 = arith.muli %v30, %v217 : i64
                  %v2378 = arith.muli %v28, %v216 : i64
                  %v2379 = arith.addi %v2377, %v2378 : i64
                  %v2380 = arith.muli %v2318, %v1 : i64
                  %v2381 = arith.addi %v2379, %v2380 : i64
                  %v2382 = llvm.getelementptr %in_theta[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2383 = llvm.load %v2382 : !llvm.ptr -> f32
                  %v2384 = arith.mulf %v2383, %v239 fastmath<contract> : f32
                  %v2385 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2384) : (f32) -> f32
                  %v2386 = arith.mulf %v2385, %v242 fastmath<contract> : f32
                  %v2387 = arith.subf %v2383, %v2386 fastmath<contract> : f32
                  %v2388 = arith.mulf %v2385, %v243 fastmath<contract> : f32
                  %v2389 = arith.subf %v2387, %v2388 fastmath<contract> : f32
                  %v2390 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2389) : (f32) -> f32
                  %v2391 = arith.mulf %v1784, %v2354 fastmath<contract> : f32
                  %v2392 = arith.mulf %v2390, %v2391 fastmath<contract> : f32
                  %v2393 = arith.mulf %v215, %v2392 fastmath<contract> : f32
                  %v2394 = arith.addf %v2376, %v2393 fastmath<contract> : f32
                  %v2395 = arith.subf %v45, %v2372 fastmath<contract> : f32
                  %v2396 = arith.mulf %v2372, %v2395 fastmath<contract> : f32
                  %v2397 = arith.mulf %v2394, %v2396 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2398 = arith.muli %v30, %v217 : i64
                    %v2399 = arith.muli %v28, %v216 : i64
                    %v2400 = arith.addi %v2398, %v2399 : i64
                    %v2401 = arith.muli %v2318, %v1 : i64
                    %v2402 = arith.addi %v2400, %v2401 : i64
                    %v2403 = llvm.getelementptr %dx_rho[%v2402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2397, %v2403 : f32, !llvm.ptr
                  }
                  %v2404 = arith.mulf %v215, %v2372 fastmath<contract> : f32
                  %v2405 = arith.mulf %v2404, %v2391 fastmath<contract> : f32
                  %v2406 = arith.mulf %v2383, %v239 fastmath<contract> : f32
                  %v2407 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2406) : (f32) -> f32
                  %v2408 = arith.mulf %v2407, %v242 fastmath<contract> : f32
                  %v2409 = arith.subf %v2383, %v2408 fastmath<contract> : f32
                  %v2410 = arith.mulf %v2407, %v243 fastmath<contract> : f32
                  %v2411 = arith.subf %v2409, %v2410 fastmath<contract> : f32
                  %v2412 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2411) : (f32) -> f32
                  %v2413 = arith.negf %v2412 : f32
                  %v2414 = arith.mulf %v2405, %v2413 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2415 = arith.muli %v30, %v217 : i64
                    %v2416 = arith.muli %v28, %v216 : i64
                    %v2417 = arith.addi %v2415, %v2416 : i64
                    %v2418 = arith.muli %v2318, %v1 : i64
                    %v2419 = arith.addi %v2417, %v2418 : i64
                    %v2420 = llvm.getelementptr %dx_theta[%v2419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2414, %v2420 : f32, !llvm.ptr
                  }
                  %v2421 = arith.mulf %v2404, %v2390 fastmath<contract> : f32
                  llvm.store %v2421, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v2422 = arith.mulf %v2372, %v2372 fastmath<contract> : f32
                  %v2423 = arith.negf %v2422 : f32
                  llvm.store %v2423, %v41 : f32, !llvm.ptr
                }
                %v2424 = arith.addi %v284, %v449 : i64
                %v2425 = arith.cmpi slt, %v1141, %v1982 : i32
                %v2426 = arith.cmpi eq, %v1141, %v1987 : i32
                scf.if %v2425 {
                  %v2427 = arith.addi %v157, %v2424 : i64
                  %v2428 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2429 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2430 = arith.muli %v30, %v217 : i64
                  %v2431 = arith.muli %v28, %v216 : i64
                  %v2432 = arith.addi %v2430, %v2431 : i64
                  %v2433 = arith.muli %v2427, %v1 : i64
                  %v2434 = arith.addi %v2432, %v2433 : i64
                  %v2435 = llvm.getelementptr %dy_y[%v2434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2436 = llvm.load %v2435 : !llvm.ptr -> f32
                  %v2437 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2438 = arith.mulf %v2437, %v2428 fastmath<contract> : f32
                  %v2439 = arith.addf %v2436, %v2438 fastmath<contract> : f32
                  %v2440 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2441 = arith.mulf %v2440, %v2429 fastmath<contract> : f32
                  %v2442 = arith.addf %v2441, %v2439 fastmath<contract> : f32
                  %v2443 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2444 = arith.mulf %v2443, %v2429 fastmath<contract> : f32
                  %v2445 = arith.addf %v44, %v2444 fastmath<contract> : f32
                  %v2446 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2447 = arith.mulf %v2446, %v2428 fastmath<contract> : f32
                  %v2448 = arith.addf %v2447, %v2445 fastmath<contract> : f32
                  llvm.store %v2442, %v36 : f32, !llvm.ptr
                  llvm.store %v2448, %v37 : f32, !llvm.ptr
                  scf.if %v2426 {
                    %v2449 = arith.muli %v30, %v109 : i64
                    %v2450 = arith.muli %v28, %v1 : i64
                    %v2451 = arith.addi %v2449, %v2450 : i64
                    %v2452 = llvm.getelementptr %dy_h_last[%v2451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2453 = llvm.load %v2452 : !llvm.ptr -> f32
                    %v2454 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2455 = arith.addf %v2454, %v2453 fastmath<contract> : f32
                    llvm.store %v2455, %v36 : f32, !llvm.ptr
                    %v2456 = arith.muli %v30, %v109 : i64
                    %v2457 = arith.muli %v28, %v1 : i64
                    %v2458 = arith.addi %v2456, %v2457 : i64
                    %v2459 = llvm.getelementptr %dy_hp_last[%v2458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2460 = llvm.load %v2459 : !llvm.ptr -> f32
                    %v2461 = llvm.load %v37 : !llvm.ptr -> f32
                    %v2462 = arith.addf %v2461, %v2460 fastmath<contract> : f32
                    llvm.store %v2462, %v37 : f32, !llvm.ptr
                  }
                  %v2463 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2464 = arith.muli %v30, %v217 : i64
                    %v2465 = arith.muli %v28, %v216 : i64
                    %v2466 = arith.addi %v2464, %v2465 : i64
                    %v2467 = arith.muli %v2427, %v1 : i64
                    %v2468 = arith.addi %v2466, %v2467 : i64
                    %v2469 = llvm.getelementptr %dx_x[%v2468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2463, %v2469 : f32, !llvm.ptr
                  }
                  %v2470 = arith.muli %v30, %v217 : i64
                  %v2471 = arith.muli %v28, %v216 : i64
                  %v2472 = arith.addi %v2470, %v2471 : i64
                  %v2473 = arith.muli %v2427, %v1 : i64
                  %v2474 = arith.addi %v2472, %v2473 : i64
                  %v2475 = llvm.getelementptr %in_rho[%v2474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2476 = llvm.load %v2475 : !llvm.ptr -> f32
                  %v2477 = arith.negf %v2476 : f32
                  %v2478 = arith.mulf %v2477, %v226 fastmath<contract> : f32
                  %v2479 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2478) : (f32) -> f32
                  %v2480 = arith.addf %v45, %v2479 fastmath<contract> : f32
                  %v2481 = arith.divf %v45, %v2480 : f32
                  %v2482 = arith.mulf %v1740, %v2463 fastmath<contract> : f32
                  %v2483 = arith.negf %v2482 : f32
                  %v2484 = arith.mulf %v2481, %v2483 fastmath<contract> : f32
                  %v2485 = arith.addf %v2484, %v2484 fastmath<contract> : f32
                  %v2486 = arith.muli %v30, %v217 : i64
                  %v2487 = arith.muli %v28, %v216 : i64
                  %v2488 = arith.addi %v2486, %v2487 : i64
                  %v2489 = arith.muli %v2427, %v1 : i64
                  %v2490 = arith.addi %v2488, %v2489 : i64
                  %v2491 = llvm.getelementptr %in_theta[%v2490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2492 = llvm.load %v2491 : !llvm.ptr -> f32
                  %v2493 = arith.mulf %v2492, %v239 fastmath<contract> : f32
                  %v2494 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2493) : (f32) -> f32
                  %v2495 = arith.mulf %v2494, %v242 fastmath<contract> : f32
                  %v2496 = arith.subf %v2492, %v2495 fastmath<contract> : f32
                  %v2497 = arith.mulf %v2494, %v243 fastmath<contract> : f32
                  %v2498 = arith.subf %v2496, %v2497 fastmath<contract> : f32
                  %v2499 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2498) : (f32) -> f32
                  %v2500 = arith.mulf %v1736, %v2463 fastmath<contract> : f32
                  %v2501 = arith.mulf %v2499, %v2500 fastmath<contract> : f32
                  %v2502 = arith.mulf %v215, %v2501 fastmath<contract> : f32
                  %v2503 = arith.addf %v2485, %v2502 fastmath<contract> : f32
                  %v2504 = arith.subf %v45, %v2481 fastmath<contract> : f32
                  %v2505 = arith.mulf %v2481, %v2504 fastmath<contract> : f32
                  %v2506 = arith.mulf %v2503, %v2505 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2507 = arith.muli %v30, %v217 : i64
                    %v2508 = arith.muli %v28, %v216 : i64
                    %v2509 = arith.addi %v2507, %v2508 : i64
                    %v2510 = arith.muli %v2427, %v1 : i64
                    %v2511 = arith.addi %v2509, %v2510 : i64
                    %v2512 = llvm.getelementptr %dx_rho[%v2511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2506, %v2512 : f32, !llvm.ptr
                  }
                  %v2513 = arith.mulf %v215, %v2481 fastmath<contract> : f32
                  %v2514 = arith.mulf %v2513, %v2500 fastmath<contract> : f32
                  %v2515 = arith.mulf %v2492, %v239 fastmath<contract> : f32
                  %v2516 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2515) : (f32) -> f32
                  %v2517 = arith.mulf %v2516, %v242 fastmath<contract> : f32
                  %v2518 = arith.subf %v2492, %v2517 fastmath<contract> : f32
                  %v2519 = arith.mulf %v2516, %v243 fastmath<contract> : f32
                  %v2520 = arith.subf %v2518, %v2519 fastmath<contract> : f32
                  %v2521 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2520) : (f32) -> f32
                  %v2522 = arith.negf %v2521 : f32
                  %v2523 = arith.mulf %v2514, %v2522 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2524 = arith.muli %v30, %v217 : i64
                    %v2525 = arith.muli %v28, %v216 : i64
                    %v2526 = arith.addi %v2524, %v2525 : i64
                    %v2527 = arith.muli %v2427, %v1 : i64
                    %v2528 = arith.addi %v2526, %v2527 : i64
                    %v2529 = llvm.getelementptr %dx_theta[%v2528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2523, %v2529 : f32, !llvm.ptr
                  }
                  %v2530 = arith.mulf %v2513, %v2499 fastmath<contract> : f32
                  llvm.store %v2530, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v2531 = arith.mulf %v2481, %v2481 fastmath<contract> : f32
                  %v2532 = arith.negf %v2531 : f32
                  llvm.store %v2532, %v41 : f32, !llvm.ptr
                }
                %v2533 = arith.addi %v284, %v67 : i64
                %v2534 = arith.cmpi slt, %v1251, %v1982 : i32
                %v2535 = arith.cmpi eq, %v1251, %v1987 : i32
                scf.if %v2534 {
                  %v2536 = arith.addi %v157, %v2533 : i64
                  %v2537 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2538 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2539 = arith.muli %v30, %v217 : i64
                  %v2540 = arith.muli %v28, %v216 : i64
                  %v2541 = arith.addi %v2539, %v2540 : i64
                  %v2542 = arith.muli %v2536, %v1 : i64
                  %v2543 = arith.addi %v2541, %v2542 : i64
                  %v2544 = llvm.getelementptr %dy_y[%v2543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2545 = llvm.load %v2544 : !llvm.ptr -> f32
                  %v2546 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2547 = arith.mulf %v2546, %v2537 fastmath<contract> : f32
                  %v2548 = arith.addf %v2545, %v2547 fastmath<contract> : f32
                  %v2549 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2550 = arith.mulf %v2549, %v2538 fastmath<contract> : f32
                  %v2551 = arith.addf %v2550, %v2548 fastmath<contract> : f32
                  %v2552 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2553 = arith.mulf %v2552, %v2538 fastmath<contract> : f32
                  %v2554 = arith.addf %v44, %v2553 fastmath<contract> : f32
                  %v2555 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2556 = arith.mulf %v2555, %v2537 fastmath<contract> : f32
                  %v2557 = arith.addf %v2556, %v2554 fastmath<contract> : f32
                  llvm.store %v2551, %v36 : f32, !llvm.ptr
                  llvm.store %v2557, %v37 : f32, !llvm.ptr
                  scf.if %v2535 {
                    %v2558 = arith.muli %v30, %v109 : i64
                    %v2559 = arith.muli %v28, %v1 : i64
                    %v2560 = arith.addi %v2558, %v2559 : i64
                    %v2561 = llvm.getelementptr %dy_h_last[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2562 = llvm.load %v2561 : !llvm.ptr -> f32
                    %v2563 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2564 = arith.addf %v2563, %v2562 fastmath<contract> : f32
                    llvm.store %v2564, %v36 : f32, !llvm.ptr
                    %v2565 = arith.muli %v30, %v109 : i64
                    %v2566 = arith.muli %v28, %v1 : i64
                    %v2567 = arith.addi %v2565, %v2566 : i64
                    %v2568 = llvm.getelementptr %dy_hp_last[%v2567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2569 = llvm.load %v2568 : !llvm.ptr -> f32
                    %v2570 = llvm.load %v37 : !llvm.ptr -> f32
                    %v2571 = arith.addf %v2570, %v2569 fastmath<contract> : f32
                    llvm.store %v2571, %v37 : f32, !llvm.ptr
                  }
                  %v2572 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2573 = arith.muli %v30, %v217 : i64
                    %v2574 = arith.muli %v28, %v216 : i64
                    %v2575 = arith.addi %v2573, %v2574 : i64
                    %v2576 = arith.muli %v2536, %v1 : i64
                    %v2577 = arith.addi %v2575, %v2576 : i64
                    %v2578 = llvm.getelementptr %dx_x[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2572, %v2578 : f32, !llvm.ptr
                  }
                  %v2579 = arith.muli %v30, %v217 : i64
                  %v2580 = arith.muli %v28, %v216 : i64
                  %v2581 = arith.addi %v2579, %v2580 : i64
                  %v2582 = arith.muli %v2536, %v1 : i64
                  %v2583 = arith.addi %v2581, %v2582 : i64
                  %v2584 = llvm.getelementptr %in_rho[%v2583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2585 = llvm.load %v2584 : !llvm.ptr -> f32
                  %v2586 = arith.negf %v2585 : f32
                  %v2587 = arith.mulf %v2586, %v226 fastmath<contract> : f32
                  %v2588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2587) : (f32) -> f32
                  %v2589 = arith.addf %v45, %v2588 fastmath<contract> : f32
                  %v2590 = arith.divf %v45, %v2589 : f32
                  %v2591 = arith.mulf %v1692, %v2572 fastmath<contract> : f32
                  %v2592 = arith.negf %v2591 : f32
                  %v2593 = arith.mulf %v2590, %v2592 fastmath<contract> : f32
                  %v2594 = arith.addf %v2593, %v2593 fastmath<contract> : f32
                  %v2595 = arith.muli %v30, %v217 : i64
                  %v2596 = arith.muli %v28, %v216 : i64
                  %v2597 = arith.addi %v2595, %v2596 : i64
                  %v2598 = arith.muli %v2536, %v1 : i64
                  %v2599 = arith.addi %v2597, %v2598 : i64
                  %v2600 = llvm.getelementptr %in_theta[%v2599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2601 = llvm.load %v2600 : !llvm.ptr -> f32
                  %v2602 = arith.mulf %v2601, %v239 fastmath<contract> : f32
                  %v2603 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2602) : (f32) -> f32
                  %v2604 = arith.mulf %v2603, %v242 fastmath<contract> : f32
                  %v2605 = arith.subf %v2601, %v2604 fastmath<contract> : f32
                  %v2606 = arith.mulf %v2603, %v243 fastmath<contract> : f32
                  %v2607 = arith.subf %v2605, %v2606 fastmath<contract> : f32
                  %v2608 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2607) : (f32) -> f32
                  %v2609 = arith.mulf %v1688, %v2572 fastmath<contract> : f32
                  %v2610 = arith.mulf %v2608, %v2609 fastmath<contract> : f32
                  %v2611 = arith.mulf %v215, %v2610 fastmath<contract> : f32
                  %v2612 = arith.addf %v2594, %v2611 fastmath<contract> : f32
                  %v2613 = arith.subf %v45, %v2590 fastmath<contract> : f32
                  %v2614 = arith.mulf %v2590, %v2613 fastmath<contract> : f32
                  %v2615 = arith.mulf %v2612, %v2614 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2616 = arith.muli %v30, %v217 : i64
                    %v2617 = arith.muli %v28, %v216 : i64
                    %v2618 = arith.addi %v2616, %v2617 : i64
                    %v2619 = arith.muli %v2536, %v1 : i64
                    %v2620 = arith.addi %v2618, %v2619 : i64
                    %v2621 = llvm.getelementptr %dx_rho[%v2620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2615, %v2621 : f32, !llvm.ptr
                  }
                  %v2622 = arith.mulf %v215, %v2590 fastmath<contract> : f32
                  %v2623 = arith.mulf %v2622, %v2609 fastmath<contract> : f32
                  %v2624 = arith.mulf %v2601, %v239 fastmath<contract> : f32
                  %v2625 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2624) : (f32) -> f32
                  %v2626 = arith.mulf %v2625, %v242 fastmath<contract> : f32
                  %v2627 = arith.subf %v2601, %v2626 fastmath<contract> : f32
                  %v2628 = arith.mulf %v2625, %v243 fastmath<contract> : f32
                  %v2629 = arith.subf %v2627, %v2628 fastmath<contract> : f32
                  %v2630 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2629) : (f32) -> f32
                  %v2631 = arith.negf %v2630 : f32
                  %v2632 = arith.mulf %v2623, %v2631 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2633 = arith.muli %v30, %v217 : i64
                    %v2634 = arith.muli %v28, %v216 : i64
                    %v2635 = arith.addi %v2633, %v2634 : i64
                    %v2636 = arith.muli %v2536, %v1 : i64
                    %v2637 = arith.addi %v2635, %v2636 : i64
                    %v2638 = llvm.getelementptr %dx_theta[%v2637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2632, %v2638 : f32, !llvm.ptr
                  }
                  %v2639 = arith.mulf %v2622, %v2608 fastmath<contract> : f32
                  llvm.store %v2639, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v2640 = arith.mulf %v2590, %v2590 fastmath<contract> : f32
                  %v2641 = arith.negf %v2640 : f32
                  llvm.store %v2641, %v41 : f32, !llvm.ptr
                }
                %v2642 = arith.addi %v284, %v1 : i64
                %v2643 = arith.cmpi slt, %v1361, %v1982 : i32
                %v2644 = arith.cmpi eq, %v1361, %v1987 : i32
                scf.if %v2643 {
                  %v2645 = arith.addi %v157, %v2642 : i64
                  %v2646 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2647 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2648 = arith.muli %v30, %v217 : i64
                  %v2649 = arith.muli %v28, %v216 : i64
                  %v2650 = arith.addi %v2648, %v2649 : i64
                  %v2651 = arith.muli %v2645, %v1 : i64
                  %v2652 = arith.addi %v2650, %v2651 : i64
                  %v2653 = llvm.getelementptr %dy_y[%v2652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2654 = llvm.load %v2653 : !llvm.ptr -> f32
                  %v2655 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2656 = arith.mulf %v2655, %v2646 fastmath<contract> : f32
                  %v2657 = arith.addf %v2654, %v2656 fastmath<contract> : f32
                  %v2658 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2659 = arith.mulf %v2658, %v2647 fastmath<contract> : f32
                  %v2660 = arith.addf %v2659, %v2657 fastmath<contract> : f32
                  %v2661 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2662 = arith.mulf %v2661, %v2647 fastmath<contract> : f32
                  %v2663 = arith.addf %v44, %v2662 fastmath<contract> : f32
                  %v2664 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2665 = arith.mulf %v2664, %v2646 fastmath<contract> : f32
                  %v2666 = arith.addf %v2665, %v2663 fastmath<contract> : f32
                  llvm.store %v2660, %v36 : f32, !llvm.ptr
                  llvm.store %v2666, %v37 : f32, !llvm.ptr
                  scf.if %v2644 {
                    %v2667 = arith.muli %v30, %v109 : i64
                    %v2668 = arith.muli %v28, %v1 : i64
                    %v2669 = arith.addi %v2667, %v2668 : i64
                    %v2670 = llvm.getelementptr %dy_h_last[%v2669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2671 = llvm.load %v2670 : !llvm.ptr -> f32
                    %v2672 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2673 = arith.addf %v2672, %v2671 fastmath<contract> : f32
                    llvm.store %v2673, %v36 : f32, !llvm.ptr
                    %v2674 = arith.muli %v30, %v109 : i64
                    %v2675 = arith.muli %v28, %v1 : i64
                    %v2676 = arith.addi %v2674, %v2675 : i64
                    %v2677 = llvm.getelementptr %dy_hp_last[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
                    %v2679 = llvm.load %v37 : !llvm.ptr -> f32
                    %v2680 = arith.addf %v2679, %v2678 fastmath<contract> : f32
                    llvm.store %v2680, %v37 : f32, !llvm.ptr
                  }
                  %v2681 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2682 = arith.muli %v30, %v217 : i64
                    %v2683 = arith.muli %v28, %v216 : i64
                    %v2684 = arith.addi %v2682, %v2683 : i64
                    %v2685 = arith.muli %v2645, %v1 : i64
                    %v2686 = arith.addi %v2684, %v2685 : i64
                    %v2687 = llvm.getelementptr %dx_x[%v2686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2681, %v2687 : f32, !llvm.ptr
                  }
                  %v2688 = arith.muli %v30, %v217 : i64
                  %v2689 = arith.muli %v28, %v216 : i64
                  %v2690 = arith.addi %v2688, %v2689 : i64
                  %v2691 = arith.muli %v2645, %v1 : i64
                  %v2692 = arith.addi %v2690, %v2691 : i64
                  %v2693 = llvm.getelementptr %in_rho[%v2692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2694 = llvm.load %v2693 : !llvm.ptr -> f32
                  %v2695 = arith.negf %v2694 : f32
                  %v2696 = arith.mulf %v2695, %v226 fastmath<contract> : f32
                  %v2697 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2696) : (f32) -> f32
                  %v2698 = arith.addf %v45, %v2697 fastmath<contract> : f32
                  %v2699 = arith.divf %v45, %v2698 : f32
                  %v2700 = arith.mulf %v1644, %v2681 fastmath<contract> : f32
                  %v2701 = arith.negf %v2700 : f32
                  %v2702 = arith.mulf %v2699, %v2701 fastmath<contract> : f32
                  %v2703 = arith.addf %v2702, %v2702 fastmath<contract> : f32
                  %v2704 = arith.muli %v30, %v217 : i64
                  %v2705 = arith.muli %v28, %v216 : i64
                  %v2706 = arith.addi %v2704, %v2705 : i64
                  %v2707 = arith.muli %v2645, %v1 : i64
                  %v2708 = arith.addi %v2706, %v2707 : i64
                  %v2709 = llvm.getelementptr %in_theta[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
                  %v2711 = arith.mulf %v2710, %v239 fastmath<contract> : f32
                  %v2712 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2711) : (f32) -> f32
                  %v2713 = arith.mulf %v2712, %v242 fastmath<contract> : f32
                  %v2714 = arith.subf %v2710, %v2713 fastmath<contract> : f32
                  %v2715 = arith.mulf %v2712, %v243 fastmath<contract> : f32
                  %v2716 = arith.subf %v2714, %v2715 fastmath<contract> : f32
                  %v2717 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2716) : (f32) -> f32
                  %v2718 = arith.mulf %v1640, %v2681 fastmath<contract> : f32
                  %v2719 = arith.mulf %v2717, %v2718 fastmath<contract> : f32
                  %v2720 = arith.mulf %v215, %v2719 fastmath<contract> : f32
                  %v2721 = arith.addf %v2703, %v2720 fastmath<contract> : f32
                  %v2722 = arith.subf %v45, %v2699 fastmath<contract> : f32
                  %v2723 = arith.mulf %v2699, %v2722 fastmath<contract> : f32
                  %v2724 = arith.mulf %v2721, %v2723 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2725 = arith.muli %v30, %v217 : i64
                    %v2726 = arith.muli %v28, %v216 : i64
                    %v2727 = arith.addi %v2725, %v2726 : i64
                    %v2728 = arith.muli %v2645, %v1 : i64
                    %v2729 = arith.addi %v2727, %v2728 : i64
                    %v2730 = llvm.getelementptr %dx_rho[%v2729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2724, %v2730 : f32, !llvm.ptr
                  }
                  %v2731 = arith.mulf %v215, %v2699 fastmath<contract> : f32
                  %v2732 = arith.mulf %v2731, %v2718 fastmath<contract> : f32
                  %v2733 = arith.mulf %v2710, %v239 fastmath<contract> : f32
                  %v2734 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2733) : (f32) -> f32
                  %v2735 = arith.mulf %v2734, %v242 fastmath<contract> : f32
                  %v2736 = arith.subf %v2710, %v2735 fastmath<contract> : f32
                  %v2737 = arith.mulf %v2734, %v243 fastmath<contract> : f32
                  %v2738 = arith.subf %v2736, %v2737 fastmath<contract> : f32
                  %v2739 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2738) : (f32) -> f32
                  %v2740 = arith.negf %v2739 : f32
                  %v2741 = arith.mulf %v2732, %v2740 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2742 = arith.muli %v30, %v217 : i64
                    %v2743 = arith.muli %v28, %v216 : i64
                    %v2744 = arith.addi %v2742, %v2743 : i64
                    %v2745 = arith.muli %v2645, %v1 : i64
                    %v2746 = arith.addi %v2744, %v2745 : i64
                    %v2747 = llvm.getelementptr %dx_theta[%v2746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2741, %v2747 : f32, !llvm.ptr
                  }
                  %v2748 = arith.mulf %v2731, %v2717 fastmath<contract> : f32
                  llvm.store %v2748, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v2749 = arith.mulf %v2699, %v2699 fastmath<contract> : f32
                  %v2750 = arith.negf %v2749 : f32
                  llvm.store %v2750, %v41 : f32, !llvm.ptr
                }
                %v2751 = arith.addi %v284, %v46 : i64
                %v2752 = arith.cmpi slt, %v1471, %v1982 : i32
                %v2753 = arith.cmpi eq, %v1471, %v1987 : i32
                scf.if %v2752 {
                  %v2754 = arith.addi %v157, %v2751 : i64
                  %v2755 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2756 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2757 = arith.muli %v30, %v217 : i64
                  %v2758 = arith.muli %v28, %v216 : i64
                  %v2759 = arith.addi %v2757, %v2758 : i64
                  %v2760 = arith.muli %v2754, %v1 : i64
                  %v2761 = arith.addi %v2759, %v2760 : i64
                  %v2762 = llvm.getelementptr %dy_y[%v2761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2763 = llvm.load %v2762 : !llvm.ptr -> f32
                  %v2764 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2765 = arith.mulf %v2764, %v2755 fastmath<contract> : f32
                  %v2766 = arith.addf %v2763, %v2765 fastmath<contract> : f32
                  %v2767 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2768 = arith.mulf %v2767, %v2756 fastmath<contract> : f32
                  %v2769 = arith.addf %v2768, %v2766 fastmath<contract> : f32
                  %v2770 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2771 = arith.mulf %v2770, %v2756 fastmath<contract> : f32
                  %v2772 = arith.addf %v44, %v2771 fastmath<contract> : f32
                  %v2773 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2774 = arith.mulf %v2773, %v2755 fastmath<contract> : f32
                  %v2775 = arith.addf %v2774, %v2772 fastmath<contract> : f32
                  llvm.store %v2769, %v36 : f32, !llvm.ptr
                  llvm.store %v2775, %v37 : f32, !llvm.ptr
                  scf.if %v2753 {
                    %v2776 = arith.muli %v30, %v109 : i64
                    %v2777 = arith.muli %v28, %v1 : i64
                    %v2778 = arith.addi %v2776, %v2777 : i64
                    %v2779 = llvm.getelementptr %dy_h_last[%v2778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2780 = llvm.load %v2779 : !llvm.ptr -> f32
                    %v2781 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2782 = arith.addf %v2781, %v2780 fastmath<contract> : f32
                    llvm.store %v2782, %v36 : f32, !llvm.ptr
                    %v2783 = arith.muli %v30, %v109 : i64
                    %v2784 = arith.muli %v28, %v1 : i64
                    %v2785 = arith.addi %v2783, %v2784 : i64
                    %v2786 = llvm.getelementptr %dy_hp_last[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2787 = llvm.load %v2786 : !llvm.ptr -> f32
                    %v2788 = llvm.load %v37 : !llvm.ptr -> f32
                    %v2789 = arith.addf %v2788, %v2787 fastmath<contract> : f32
                    llvm.store %v2789, %v37 : f32, !llvm.ptr
                  }
                  %v2790 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2791 = arith.muli %v30, %v217 : i64
                    %v2792 = arith.muli %v28, %v216 : i64
                    %v2793 = arith.addi %v2791, %v2792 : i64
                    %v2794 = arith.muli %v2754, %v1 : i64
                    %v2795 = arith.addi %v2793, %v2794 : i64
                    %v2796 = llvm.getelementptr %dx_x[%v2795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2790, %v2796 : f32, !llvm.ptr
                  }
                  %v2797 = arith.muli %v30, %v217 : i64
                  %v2798 = arith.muli %v28, %v216 : i64
                  %v2799 = arith.addi %v2797, %v2798 : i64
                  %v2800 = arith.muli %v2754, %v1 : i64
                  %v2801 = arith.addi %v2799, %v2800 : i64
                  %v2802 = llvm.getelementptr %in_rho[%v2801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2803 = llvm.load %v2802 : !llvm.ptr -> f32
                  %v2804 = arith.negf %v2803 : f32
                  %v2805 = arith.mulf %v2804, %v226 fastmath<contract> : f32
                  %v2806 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2805) : (f32) -> f32
                  %v2807 = arith.addf %v45, %v2806 fastmath<contract> : f32
                  %v2808 = arith.divf %v45, %v2807 : f32
                  %v2809 = arith.mulf %v1596, %v2790 fastmath<contract> : f32
                  %v2810 = arith.negf %v2809 : f32
                  %v2811 = arith.mulf %v2808, %v2810 fastmath<contract> : f32
                  %v2812 = arith.addf %v2811, %v2811 fastmath<contract> : f32
                  %v2813 = arith.muli %v30, %v217 : i64
                  %v2814 = arith.muli %v28, %v216 : i64
                  %v2815 = arith.addi %v2813, %v2814 : i64
                  %v2816 = arith.muli %v2754, %v1 : i64
                  %v2817 = arith.addi %v2815, %v2816 : i64
                  %v2818 = llvm.getelementptr %in_theta[%v2817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2819 = llvm.load %v2818 : !llvm.ptr -> f32
                  %v2820 = arith.mulf %v2819, %v239 fastmath<contract> : f32
                  %v2821 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2820) : (f32) -> f32
                  %v2822 = arith.mulf %v2821, %v242 fastmath<contract> : f32
                  %v2823 = arith.subf %v2819, %v2822 fastmath<contract> : f32
                  %v2824 = arith.mulf %v2821, %v243 fastmath<contract> : f32
                  %v2825 = arith.subf %v2823, %v2824 fastmath<contract> : f32
                  %v2826 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2825) : (f32) -> f32
                  %v2827 = arith.mulf %v1588, %v2790 fastmath<contract> : f32
                  %v2828 = arith.mulf %v2826, %v2827 fastmath<contract> : f32
                  %v2829 = arith.mulf %v215, %v2828 fastmath<contract> : f32
                  %v2830 = arith.addf %v2812, %v2829 fastmath<contract> : f32
                  %v2831 = arith.subf %v45, %v2808 fastmath<contract> : f32
                  %v2832 = arith.mulf %v2808, %v2831 fastmath<contract> : f32
                  %v2833 = arith.mulf %v2830, %v2832 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2834 = arith.muli %v30, %v217 : i64
                    %v2835 = arith.muli %v28, %v216 : i64
                    %v2836 = arith.addi %v2834, %v2835 : i64
                    %v2837 = arith.muli %v2754, %v1 : i64
                    %v2838 = arith.addi %v2836, %v2837 : i64
                    %v2839 = llvm.getelementptr %dx_rho[%v2838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2833, %v2839 : f32, !llvm.ptr
                  }
                  %v2840 = arith.mulf %v215, %v2808 fastmath<contract> : f32
                  %v2841 = arith.mulf %v2840, %v2827 fastmath<contract> : f32
                  %v2842 = arith.mulf %v2819, %v239 fastmath<contract> : f32
                  %v2843 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2842) : (f32) -> f32
                  %v2844 = arith.mulf %v2843, %v242 fastmath<contract> : f32
                  %v2845 = arith.subf %v2819, %v2844 fastmath<contract> : f32
                  %v2846 = arith.mulf %v2843, %v243 fastmath<contract> : f32
                  %v2847 = arith.subf %v2845, %v2846 fastmath<contract> : f32
                  %v2848 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2847) : (f32) -> f32
                  %v2849 = arith.negf %v2848 : f32
                  %v2850 = arith.mulf %v2841, %v2849 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2851 = arith.muli %v30, %v217 : i64
                    %v2852 = arith.muli %v28, %v216 : i64
                    %v2853 = arith.addi %v2851, %v2852 : i64
                    %v2854 = arith.muli %v2754, %v1 : i64
                    %v2855 = arith.addi %v2853, %v2854 : i64
                    %v2856 = llvm.getelementptr %dx_theta[%v2855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2850, %v2856 : f32, !llvm.ptr
                  }
                  %v2857 = arith.mulf %v2840, %v2826 fastmath<contract> : f32
                  llvm.store %v2857, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v40 : f32, !llvm.ptr
                  llvm.store %v44, %v39 : f32, !llvm.ptr
                  %v2858 = arith.mulf %v2808, %v2808 fastmath<contract> : f32
                  %v2859 = arith.negf %v2858 : f32
                  llvm.store %v2859, %v41 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v2860 = arith.cmpi eq, %v21, %v46 : i64
      scf.if %v2860 {
        %v2861 = llvm.load %v36 : !llvm.ptr -> f32
        %v2862 = llvm.load %v38 : !llvm.ptr -> f32
        %v2863 = arith.mulf %v2862, %v2861 fastmath<contract> : f32
        %v2864 = llvm.load %v40 : !llvm.ptr -> f32
        %v2865 = llvm.load %v37 : !llvm.ptr -> f32
        %v2866 = arith.mulf %v2864, %v2865 fastmath<contract> : f32
        %v2867 = arith.addf %v2866, %v2863 fastmath<contract> : f32
        %v2868 = llvm.load %v42 : !llvm.ptr -> f32
        %v2869 = arith.addf %v2868, %v2867 fastmath<contract> : f32
        llvm.store %v2869, %v42 : f32, !llvm.ptr
        %v2870 = llvm.load %v37 : !llvm.ptr -> f32
        %v2871 = llvm.load %v39 : !llvm.ptr -> f32
        %v2872 = arith.mulf %v2871, %v2870 fastmath<contract> : f32
        %v2873 = llvm.load %v41 : !llvm.ptr -> f32
        %v2874 = llvm.load %v36 : !llvm.ptr -> f32
        %v2875 = arith.mulf %v2873, %v2874 fastmath<contract> : f32
        %v2876 = arith.addf %v2875, %v2872 fastmath<contract> : f32
        %v2877 = llvm.load %v43 : !llvm.ptr -> f32
        %v2878 = arith.addf %v2877, %v2876 fastmath<contract> : f32
        llvm.store %v2878, %v43 : f32, !llvm.ptr
      }
      scf.if %v25 {
        %v2879 = llvm.load %v42 : !llvm.ptr -> f32
        %v2880 = arith.addi %v35, %v24 : i64
        %v2881 = arith.muli %v2880, %v1 : i64
        %v2882 = arith.addi %v2881, %v46 : i64
        %v2883 = llvm.getelementptr %part_h0[%v2882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2879, %v2883 : f32, !llvm.ptr
      }
      scf.if %v25 {
        %v2884 = llvm.load %v43 : !llvm.ptr -> f32
        %v2885 = arith.addi %v35, %v24 : i64
        %v2886 = arith.muli %v2885, %v1 : i64
        %v2887 = arith.addi %v2886, %v46 : i64
        %v2888 = llvm.getelementptr %part_hp0[%v2887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2884, %v2888 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
