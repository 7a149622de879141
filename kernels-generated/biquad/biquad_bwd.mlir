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
      %v45 = arith.constant 8 : i64
      %v53 = arith.constant 2 : i64
      %v57 = arith.constant 3 : i64
      %v61 = arith.constant 4 : i64
      %v65 = arith.constant 5 : i64
      %v69 = arith.constant 6 : i64
      %v73 = arith.constant 7 : i64
      %v77 = arith.muli %v1, %size_D : i64
      %v128 = arith.muli %v1, %size_B : i64
      %v129 = arith.muli %v128, %size_D : i64
      %v137 = arith.muli %v1, %size_B : i64
      %v138 = arith.muli %v137, %size_D : i64
      %v179 = arith.constant 0x40000000 : f32
      %v180 = arith.muli %v1, %size_L : i64
      %v181 = arith.muli %v180, %size_D : i64
      %v190 = arith.constant 0x3FB8AA3B : f32
      %v203 = arith.constant 0x3E22F983 : f32
      %v206 = arith.constant 0x40C90000 : f32
      %v207 = arith.constant 0x3AFDAA22 : f32
      %v657 = arith.constant 2147483647 : i64
      %v661 = arith.constant 7 : i32
      %v757 = arith.constant 6 : i32
      %v853 = arith.constant 5 : i32
      %v949 = arith.constant 4 : i32
      %v1045 = arith.constant 3 : i32
      %v1141 = arith.constant 2 : i32
      %v1237 = arith.constant 1 : i32
      %v1333 = arith.constant 0 : i32
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
          %v46 = arith.muli %v44, %v45 : i64
          %v47 = arith.addi %v46, %v10 : i64
          %v48 = llvm.getelementptr %slice_carry[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v49 = llvm.load %v48 : !llvm.ptr -> f32
          llvm.store %v49, %v34 : f32, !llvm.ptr
          %v50 = arith.addi %v46, %v1 : i64
          %v51 = llvm.getelementptr %slice_carry[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v52 = llvm.load %v51 : !llvm.ptr -> f32
          llvm.store %v52, %v35 : f32, !llvm.ptr
          %v54 = arith.addi %v46, %v53 : i64
          %v55 = llvm.getelementptr %slice_carry[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v56 = llvm.load %v55 : !llvm.ptr -> f32
          llvm.store %v56, %v36 : f32, !llvm.ptr
          %v58 = arith.addi %v46, %v57 : i64
          %v59 = llvm.getelementptr %slice_carry[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v60 = llvm.load %v59 : !llvm.ptr -> f32
          llvm.store %v60, %v37 : f32, !llvm.ptr
          %v62 = arith.addi %v46, %v61 : i64
          %v63 = llvm.getelementptr %slice_carry[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v64 = llvm.load %v63 : !llvm.ptr -> f32
          llvm.store %v64, %v38 : f32, !llvm.ptr
          %v66 = arith.addi %v46, %v65 : i64
          %v67 = llvm.getelementptr %slice_carry[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 : !llvm.ptr -> f32
          llvm.store %v68, %v39 : f32, !llvm.ptr
          %v70 = arith.addi %v46, %v69 : i64
          %v71 = llvm.getelementptr %slice_carry[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          llvm.store %v72, %v40 : f32, !llvm.ptr
          %v74 = arith.addi %v46, %v73 : i64
          %v75 = llvm.getelementptr %slice_carry[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v76 = llvm.load %v75 : !llvm.ptr -> f32
          llvm.store %v76, %v41 : f32, !llvm.ptr
        }
      }
      scf.if %v12 {
        %v78 = arith.muli %v32, %v77 : i64
        %v79 = arith.muli %v30, %v1 : i64
        %v80 = arith.addi %v78, %v79 : i64
        %v81 = llvm.getelementptr %dy_h_last[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v82 = llvm.load %v81 : !llvm.ptr -> f32
        %v83 = llvm.load %v34 : !llvm.ptr -> f32
        %v84 = arith.addf %v83, %v82 fastmath<contract> : f32
        llvm.store %v84, %v34 : f32, !llvm.ptr
        %v85 = arith.muli %v32, %v77 : i64
        %v86 = arith.muli %v30, %v1 : i64
        %v87 = arith.addi %v85, %v86 : i64
        %v88 = llvm.getelementptr %dy_hp_last[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v89 = llvm.load %v88 : !llvm.ptr -> f32
        %v90 = llvm.load %v35 : !llvm.ptr -> f32
        %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
        llvm.store %v91, %v35 : f32, !llvm.ptr
      }
      %v92 = arith.cmpi eq, %size_L, %v10 : i64
      scf.if %v92 {
        %v93 = arith.muli %v32, %v77 : i64
        %v94 = arith.muli %v30, %v1 : i64
        %v95 = arith.addi %v93, %v94 : i64
        %v96 = llvm.mlir.zero : !llvm.ptr
        %v97 = llvm.icmp "ne" %in_h0, %v96 : !llvm.ptr
        %v98 = scf.if %v97 -> (f32) {
          %v99 = llvm.getelementptr %in_h0[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v100 = llvm.load %v99 : !llvm.ptr -> f32
          scf.yield %v100 : f32
        } else {
          scf.yield %v42 : f32
        }
        llvm.store %v98, %v18 : f32, !llvm.ptr
        %v101 = arith.muli %v32, %v77 : i64
        %v102 = arith.muli %v30, %v1 : i64
        %v103 = arith.addi %v101, %v102 : i64
        %v104 = llvm.mlir.zero : !llvm.ptr
        %v105 = llvm.icmp "ne" %in_hp0, %v104 : !llvm.ptr
        %v106 = scf.if %v105 -> (f32) {
          %v107 = llvm.getelementptr %in_hp0[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v108 = llvm.load %v107 : !llvm.ptr -> f32
          scf.yield %v108 : f32
        } else {
          scf.yield %v42 : f32
        }
        llvm.store %v106, %v19 : f32, !llvm.ptr
      }
      %v109 = arith.subi %v4, %v1 : i64
      %v110 = arith.addi %size_L, %v109 : i64
      %v111 = arith.divui %v110, %v4 : i64
      %v112 = arith.minsi %v9, %v111 : i64
      %v113 = arith.subi %v112, %v5 : i64
      %v114 = arith.maxsi %v113, %v10 : i64
      %v115 = arith.index_cast %v10 : i64 to index
      %v116 = arith.index_cast %v114 : i64 to index
      %v117 = arith.index_cast %v1 : i64 to index
      scf.for %v118 = %v115 to %v116 step %v117 {
        %v119 = arith.index_cast %v118 : index to i64
        %v120 = arith.subi %v112, %v1 : i64
        %v121 = arith.subi %v120, %v119 : i64
        %v122 = arith.muli %v121, %v4 : i64
        %v123 = arith.subi %size_L, %v122 : i64
        %v124 = arith.minsi %v123, %v4 : i64
        %v125 = arith.addi %v124, %v73 : i64
        %v126 = arith.divui %v125, %v45 : i64
        %v127 = arith.subi %v124, %v1 : i64
        %v130 = arith.muli %v121, %v129 : i64
        %v131 = arith.muli %v32, %v77 : i64
        %v132 = arith.muli %v30, %v1 : i64
        %v133 = arith.addi %v131, %v132 : i64
        %v134 = arith.addi %v130, %v133 : i64
        %v135 = llvm.getelementptr %ckpt_h[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v136 = llvm.load %v135 : !llvm.ptr -> f32
        llvm.store %v136, %v16 : f32, !llvm.ptr
        %v139 = arith.muli %v121, %v138 : i64
        %v140 = arith.muli %v32, %v77 : i64
        %v141 = arith.muli %v30, %v1 : i64
        %v142 = arith.addi %v140, %v141 : i64
        %v143 = arith.addi %v139, %v142 : i64
        %v144 = llvm.getelementptr %ckpt_hp[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v145 = llvm.load %v144 : !llvm.ptr -> f32
        llvm.store %v145, %v17 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v146 = arith.index_cast %v10 : i64 to index
        %v147 = arith.index_cast %v126 : i64 to index
        %v148 = arith.index_cast %v1 : i64 to index
        scf.for %v149 = %v146 to %v147 step %v148 {
          %v150 = arith.index_cast %v149 : index to i64
          scf.if %v27 {
            %v151 = llvm.load %v16 : !llvm.ptr -> f32
            %v152 = arith.muli %v150, %v3 : i64
            %v153 = arith.subi %v3, %v1 : i64
            %v154 = arith.minsi %v26, %v153 : i64
            %v155 = arith.addi %v152, %v154 : i64
            %v156 = arith.muli %v155, %v1 : i64
            %v157 = arith.addi %v156, %v10 : i64
            %v158 = llvm.getelementptr %scratch_h[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v151, %v158 : f32, !llvm.ptr
            %v159 = llvm.load %v17 : !llvm.ptr -> f32
            %v160 = arith.muli %v150, %v3 : i64
            %v161 = arith.subi %v3, %v1 : i64
            %v162 = arith.minsi %v26, %v161 : i64
            %v163 = arith.addi %v160, %v162 : i64
            %v164 = arith.muli %v163, %v1 : i64
            %v165 = arith.addi %v164, %v10 : i64
            %v166 = llvm.getelementptr %scratch_hp[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v159, %v166 : f32, !llvm.ptr
          }
          %v167 = arith.muli %v150, %v45 : i64
          %v168 = arith.subi %v124, %v167 : i64
          %v169 = arith.trunci %v168 : i64 to i32
          %v170 = arith.index_cast %v10 : i64 to index
          %v171 = arith.index_cast %v45 : i64 to index
          %v172 = arith.index_cast %v1 : i64 to index
          scf.for %v173 = %v170 to %v171 step %v172 {
            %v174 = arith.index_cast %v173 : index to i64
            %v175 = arith.trunci %v174 : i64 to i32
            %v176 = arith.addi %v167, %v174 : i64
            %v177 = arith.cmpi slt, %v175, %v169 : i32
            scf.if %v177 {
              %v178 = arith.addi %v122, %v176 : i64
              %v182 = arith.muli %v32, %v181 : i64
              %v183 = arith.muli %v30, %v180 : i64
              %v184 = arith.addi %v182, %v183 : i64
              %v185 = arith.muli %v178, %v1 : i64
              %v186 = arith.addi %v184, %v185 : i64
              %v187 = llvm.getelementptr %in_rho[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v188 = llvm.load %v187 : !llvm.ptr -> f32
              %v189 = arith.negf %v188 : f32
              %v191 = arith.mulf %v189, %v190 fastmath<contract> : f32
              %v192 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v191) : (f32) -> f32
              %v193 = arith.addf %v43, %v192 fastmath<contract> : f32
              %v194 = arith.divf %v43, %v193 : f32
              %v195 = arith.mulf %v179, %v194 fastmath<contract> : f32
              %v196 = arith.muli %v32, %v181 : i64
              %v197 = arith.muli %v30, %v180 : i64
              %v198 = arith.addi %v196, %v197 : i64
              %v199 = arith.muli %v178, %v1 : i64
              %v200 = arith.addi %v198, %v199 : i64
              %v201 = llvm.getelementptr %in_theta[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v202 = llvm.load %v201 : !llvm.ptr -> f32
              %v204 = arith.mulf %v202, %v203 fastmath<contract> : f32
              %v205 = llvm.call_intrinsic "llvm.roundeven.f32"(%v204) : (f32) -> f32
              %v208 = arith.mulf %v205, %v206 fastmath<contract> : f32
              %v209 = arith.subf %v202, %v208 fastmath<contract> : f32
              %v210 = arith.mulf %v205, %v207 fastmath<contract> : f32
              %v211 = arith.subf %v209, %v210 fastmath<contract> : f32
              %v212 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v211) : (f32) -> f32
              %v213 = arith.mulf %v195, %v212 fastmath<contract> : f32
              %v214 = arith.muli %v32, %v181 : i64
              %v215 = arith.muli %v30, %v180 : i64
              %v216 = arith.addi %v214, %v215 : i64
              %v217 = arith.muli %v178, %v1 : i64
              %v218 = arith.addi %v216, %v217 : i64
              %v219 = llvm.getelementptr %in_x[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v220 = llvm.load %v219 : !llvm.ptr -> f32
              %v221 = llvm.load %v16 : !llvm.ptr -> f32
              %v222 = arith.mulf %v213, %v221 fastmath<contract> : f32
              %v223 = arith.addf %v222, %v220 fastmath<contract> : f32
              %v224 = arith.mulf %v194, %v194 fastmath<contract> : f32
              %v225 = arith.negf %v224 : f32
              %v226 = llvm.load %v17 : !llvm.ptr -> f32
              %v227 = arith.mulf %v225, %v226 fastmath<contract> : f32
              %v228 = arith.addf %v223, %v227 fastmath<contract> : f32
              %v229 = llvm.load %v17 : !llvm.ptr -> f32
              %v230 = arith.mulf %v42, %v229 fastmath<contract> : f32
              %v231 = arith.addf %v230, %v42 fastmath<contract> : f32
              %v232 = llvm.load %v16 : !llvm.ptr -> f32
              %v233 = arith.mulf %v43, %v232 fastmath<contract> : f32
              %v234 = arith.addf %v231, %v233 fastmath<contract> : f32
              llvm.store %v228, %v16 : f32, !llvm.ptr
              llvm.store %v234, %v17 : f32, !llvm.ptr
            }
          }
        }
        %v235 = arith.index_cast %v10 : i64 to index
        %v236 = arith.index_cast %v1 : i64 to index
        %v237 = arith.index_cast %v1 : i64 to index
        scf.for %v238 = %v235 to %v236 step %v237 {
          %v239 = arith.index_cast %v238 : index to i64
          %v240 = arith.index_cast %v10 : i64 to index
          %v241 = arith.index_cast %v126 : i64 to index
          %v242 = arith.index_cast %v1 : i64 to index
          scf.for %v243 = %v240 to %v241 step %v242 {
            %v244 = arith.index_cast %v243 : index to i64
            %v245 = arith.cmpi slt, %v244, %v126 : i64
            scf.if %v245 {
              %v246 = arith.subi %v126, %v1 : i64
              %v247 = arith.subi %v246, %v244 : i64
              %v248 = arith.muli %v247, %v45 : i64
              %v249 = arith.addi %v248, %v45 : i64
              %v250 = arith.cmpi sle, %v249, %v124 : i64
              scf.if %v250 {
                %v251 = arith.subi %v124, %v1 : i64
                %v252 = arith.muli %v247, %v3 : i64
                %v253 = arith.subi %v3, %v1 : i64
                %v254 = arith.minsi %v26, %v253 : i64
                %v255 = arith.addi %v252, %v254 : i64
                %v256 = arith.muli %v255, %v1 : i64
                %v257 = arith.addi %v256, %v10 : i64
                %v258 = llvm.getelementptr %scratch_h[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v259 = llvm.load %v258 : !llvm.ptr -> f32
                %v260 = arith.muli %v247, %v3 : i64
                %v261 = arith.subi %v3, %v1 : i64
                %v262 = arith.minsi %v26, %v261 : i64
                %v263 = arith.addi %v260, %v262 : i64
                %v264 = arith.muli %v263, %v1 : i64
                %v265 = arith.addi %v264, %v10 : i64
                %v266 = llvm.getelementptr %scratch_hp[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v267 = llvm.load %v266 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v268 = arith.addi %v248, %v10 : i64
                %v269 = arith.minsi %v268, %v251 : i64
                %v270 = arith.addi %v122, %v269 : i64
                %v271 = arith.muli %v32, %v181 : i64
                %v272 = arith.muli %v30, %v180 : i64
                %v273 = arith.addi %v271, %v272 : i64
                %v274 = arith.muli %v270, %v1 : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = llvm.getelementptr %in_rho[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v277 = llvm.load %v276 : !llvm.ptr -> f32
                %v278 = arith.negf %v277 : f32
                %v279 = arith.mulf %v278, %v190 fastmath<contract> : f32
                %v280 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v279) : (f32) -> f32
                %v281 = arith.addf %v43, %v280 fastmath<contract> : f32
                %v282 = arith.divf %v43, %v281 : f32
                %v283 = arith.mulf %v179, %v282 fastmath<contract> : f32
                %v284 = arith.muli %v32, %v181 : i64
                %v285 = arith.muli %v30, %v180 : i64
                %v286 = arith.addi %v284, %v285 : i64
                %v287 = arith.muli %v270, %v1 : i64
                %v288 = arith.addi %v286, %v287 : i64
                %v289 = llvm.getelementptr %in_theta[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v290 = llvm.load %v289 : !llvm.ptr -> f32
                %v291 = arith.mulf %v290, %v203 fastmath<contract> : f32
                %v292 = llvm.call_intrinsic "llvm.roundeven.f32"(%v291) : (f32) -> f32
                %v293 = arith.mulf %v292, %v206 fastmath<contract> : f32
                %v294 = arith.subf %v290, %v293 fastmath<contract> : f32
                %v295 = arith.mulf %v292, %v207 fastmath<contract> : f32
                %v296 = arith.subf %v294, %v295 fastmath<contract> : f32
                %v297 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v296) : (f32) -> f32
                %v298 = arith.mulf %v283, %v297 fastmath<contract> : f32
                %v299 = arith.muli %v32, %v181 : i64
                %v300 = arith.muli %v30, %v180 : i64
                %v301 = arith.addi %v299, %v300 : i64
                %v302 = arith.muli %v270, %v1 : i64
                %v303 = arith.addi %v301, %v302 : i64
                %v304 = llvm.getelementptr %in_x[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v305 = llvm.load %v304 : !llvm.ptr -> f32
                %v306 = arith.mulf %v298, %v259 fastmath<contract> : f32
                %v307 = arith.addf %v306, %v305 fastmath<contract> : f32
                %v308 = arith.mulf %v282, %v282 fastmath<contract> : f32
                %v309 = arith.negf %v308 : f32
                %v310 = arith.mulf %v309, %v267 fastmath<contract> : f32
                %v311 = arith.addf %v307, %v310 fastmath<contract> : f32
                %v312 = arith.mulf %v42, %v267 fastmath<contract> : f32
                %v313 = arith.addf %v312, %v42 fastmath<contract> : f32
                %v314 = arith.mulf %v43, %v259 fastmath<contract> : f32
                %v315 = arith.addf %v313, %v314 fastmath<contract> : f32
                %v316 = arith.addi %v248, %v1 : i64
                %v317 = arith.minsi %v316, %v251 : i64
                %v318 = arith.addi %v122, %v317 : i64
                %v319 = arith.muli %v32, %v181 : i64
                %v320 = arith.muli %v30, %v180 : i64
                %v321 = arith.addi %v319, %v320 : i64
                %v322 = arith.muli %v318, %v1 : i64
                %v323 = arith.addi %v321, %v322 : i64
                %v324 = llvm.getelementptr %in_rho[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v325 = llvm.load %v324 : !llvm.ptr -> f32
                %v326 = arith.negf %v325 : f32
                %v327 = arith.mulf %v326, %v190 fastmath<contract> : f32
                %v328 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v327) : (f32) -> f32
                %v329 = arith.addf %v43, %v328 fastmath<contract> : f32
                %v330 = arith.divf %v43, %v329 : f32
                %v331 = arith.mulf %v179, %v330 fastmath<contract> : f32
                %v332 = arith.muli %v32, %v181 : i64
                %v333 = arith.muli %v30, %v180 : i64
                %v334 = arith.addi %v332, %v333 : i64
                %v335 = arith.muli %v318, %v1 : i64
                %v336 = arith.addi %v334, %v335 : i64
                %v337 = llvm.getelementptr %in_theta[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v338 = llvm.load %v337 : !llvm.ptr -> f32
                %v339 = arith.mulf %v338, %v203 fastmath<contract> : f32
                %v340 = llvm.call_intrinsic "llvm.roundeven.f32"(%v339) : (f32) -> f32
                %v341 = arith.mulf %v340, %v206 fastmath<contract> : f32
                %v342 = arith.subf %v338, %v341 fastmath<contract> : f32
                %v343 = arith.mulf %v340, %v207 fastmath<contract> : f32
                %v344 = arith.subf %v342, %v343 fastmath<contract> : f32
                %v345 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v344) : (f32) -> f32
                %v346 = arith.mulf %v331, %v345 fastmath<contract> : f32
                %v347 = arith.muli %v32, %v181 : i64
                %v348 = arith.muli %v30, %v180 : i64
                %v349 = arith.addi %v347, %v348 : i64
                %v350 = arith.muli %v318, %v1 : i64
                %v351 = arith.addi %v349, %v350 : i64
                %v352 = llvm.getelementptr %in_x[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v353 = llvm.load %v352 : !llvm.ptr -> f32
                %v354 = arith.mulf %v346, %v311 fastmath<contract> : f32
                %v355 = arith.addf %v354, %v353 fastmath<contract> : f32
                %v356 = arith.mulf %v330, %v330 fastmath<contract> : f32
                %v357 = arith.negf %v356 : f32
                %v358 = arith.mulf %v357, %v315 fastmath<contract> : f32
                %v359 = arith.addf %v355, %v358 fastmath<contract> : f32
                %v360 = arith.mulf %v42, %v315 fastmath<contract> : f32
                %v361 = arith.addf %v360, %v42 fastmath<contract> : f32
                %v362 = arith.mulf %v43, %v311 fastmath<contract> : f32
                %v363 = arith.addf %v361, %v362 fastmath<contract> : f32
                %v364 = arith.addi %v248, %v53 : i64
                %v365 = arith.minsi %v364, %v251 : i64
                %v366 = arith.addi %v122, %v365 : i64
                %v367 = arith.muli %v32, %v181 : i64
                %v368 = arith.muli %v30, %v180 : i64
                %v369 = arith.addi %v367, %v368 : i64
                %v370 = arith.muli %v366, %v1 : i64
                %v371 = arith.addi %v369, %v370 : i64
                %v372 = llvm.getelementptr %in_rho[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v373 = llvm.load %v372 : !llvm.ptr -> f32
                %v374 = arith.negf %v373 : f32
                %v375 = arith.mulf %v374, %v190 fastmath<contract> : f32
                %v376 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v375) : (f32) -> f32
                %v377 = arith.addf %v43, %v376 fastmath<contract> : f32
                %v378 = arith.divf %v43, %v377 : f32
                %v379 = arith.mulf %v179, %v378 fastmath<contract> : f32
                %v380 = arith.muli %v32, %v181 : i64
                %v381 = arith.muli %v30, %v180 : i64
                %v382 = arith.addi %v380, %v381 : i64
                %v383 = arith.muli %v366, %v1 : i64
                %v384 = arith.addi %v382, %v383 : i64
                %v385 = llvm.getelementptr %in_theta[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v386 = llvm.load %v385 : !llvm.ptr -> f32
                %v387 = arith.mulf %v386, %v203 fastmath<contract> : f32
                %v388 = llvm.call_intrinsic "llvm.roundeven.f32"(%v387) : (f32) -> f32
                %v389 = arith.mulf %v388, %v206 fastmath<contract> : f32
                %v390 = arith.subf %v386, %v389 fastmath<contract> : f32
                %v391 = arith.mulf %v388, %v207 fastmath<contract> : f32
                %v392 = arith.subf %v390, %v391 fastmath<contract> : f32
                %v393 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v392) : (f32) -> f32
                %v394 = arith.mulf %v379, %v393 fastmath<contract> : f32
                %v395 = arith.muli %v32, %v181 : i64
                %v396 = arith.muli %v30, %v180 : i64
                %v397 = arith.addi %v395, %v396 : i64
                %v398 = arith.muli %v366, %v1 : i64
                %v399 = arith.addi %v397, %v398 : i64
                %v400 = llvm.getelementptr %in_x[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v401 = llvm.load %v400 : !llvm.ptr -> f32
                %v402 = arith.mulf %v394, %v359 fastmath<contract> : f32
                %v403 = arith.addf %v402, %v401 fastmath<contract> : f32
                %v404 = arith.mulf %v378, %v378 fastmath<contract> : f32
                %v405 = arith.negf %v404 : f32
                %v406 = arith.mulf %v405, %v363 fastmath<contract> : f32
                %v407 = arith.addf %v403, %v406 fastmath<contract> : f32
                %v408 = arith.mulf %v42, %v363 fastmath<contract> : f32
                %v409 = arith.addf %v408, %v42 fastmath<contract> : f32
                %v410 = arith.mulf %v43, %v359 fastmath<contract> : f32
                %v411 = arith.addf %v409, %v410 fastmath<contract> : f32
                %v412 = arith.addi %v248, %v57 : i64
                %v413 = arith.minsi %v412, %v251 : i64
                %v414 = arith.addi %v122, %v413 : i64
                %v415 = arith.muli %v32, %v181 : i64
                %v416 = arith.muli %v30, %v180 : i64
                %v417 = arith.addi %v415, %v416 : i64
                %v418 = arith.muli %v414, %v1 : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = llvm.getelementptr %in_rho[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v421 = llvm.load %v420 : !llvm.ptr -> f32
                %v422 = arith.negf %v421 : f32
                %v423 = arith.mulf %v422, %v190 fastmath<contract> : f32
                %v424 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v423) : (f32) -> f32
                %v425 = arith.addf %v43, %v424 fastmath<contract> : f32
                %v426 = arith.divf %v43, %v425 : f32
                %v427 = arith.mulf %v179, %v426 fastmath<contract> : f32
                %v428 = arith.muli %v32, %v181 : i64
                %v429 = arith.muli %v30, %v180 : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = arith.muli %v414, %v1 : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = llvm.getelementptr %in_theta[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v434 = llvm.load %v433 : !llvm.ptr -> f32
                %v435 = arith.mulf %v434, %v203 fastmath<contract> : f32
                %v436 = llvm.call_intrinsic "llvm.roundeven.f32"(%v435) : (f32) -> f32
                %v437 = arith.mulf %v436, %v206 fastmath<contract> : f32
                %v438 = arith.subf %v434, %v437 fastmath<contract> : f32
                %v439 = arith.mulf %v436, %v207 fastmath<contract> : f32
                %v440 = arith.subf %v438, %v439 fastmath<contract> : f32
                %v441 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v440) : (f32) -> f32
                %v442 = arith.mulf %v427, %v441 fastmath<contract> : f32
                %v443 = arith.muli %v32, %v181 : i64
                %v444 = arith.muli %v30, %v180 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = arith.muli %v414, %v1 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = llvm.getelementptr %in_x[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v449 = llvm.load %v448 : !llvm.ptr -> f32
                %v450 = arith.mulf %v442, %v407 fastmath<contract> : f32
                %v451 = arith.addf %v450, %v449 fastmath<contract> : f32
                %v452 = arith.mulf %v426, %v426 fastmath<contract> : f32
                %v453 = arith.negf %v452 : f32
                %v454 = arith.mulf %v453, %v411 fastmath<contract> : f32
                %v455 = arith.addf %v451, %v454 fastmath<contract> : f32
                %v456 = arith.mulf %v42, %v411 fastmath<contract> : f32
                %v457 = arith.addf %v456, %v42 fastmath<contract> : f32
                %v458 = arith.mulf %v43, %v407 fastmath<contract> : f32
                %v459 = arith.addf %v457, %v458 fastmath<contract> : f32
                %v460 = arith.addi %v248, %v61 : i64
                %v461 = arith.minsi %v460, %v251 : i64
                %v462 = arith.addi %v122, %v461 : i64
                %v463 = arith.muli %v32, %v181 : i64
                %v464 = arith.muli %v30, %v180 : i64
                %v465 = arith.addi %v463, %v464 : i64
                %v466 = arith.muli %v462, %v1 : i64
                %v467 = arith.addi %v465, %v466 : i64
                %v468 = llvm.getelementptr %in_rho[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v469 = llvm.load %v468 : !llvm.ptr -> f32
                %v470 = arith.negf %v469 : f32
                %v471 = arith.mulf %v470, %v190 fastmath<contract> : f32
                %v472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v471) : (f32) -> f32
                %v473 = arith.addf %v43, %v472 fastmath<contract> : f32
                %v474 = arith.divf %v43, %v473 : f32
                %v475 = arith.mulf %v179, %v474 fastmath<contract> : f32
                %v476 = arith.muli %v32, %v181 : i64
                %v477 = arith.muli %v30, %v180 : i64
                %v478 = arith.addi %v476, %v477 : i64
                %v479 = arith.muli %v462, %v1 : i64
                %v480 = arith.addi %v478, %v479 : i64
                %v481 = llvm.getelementptr %in_theta[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v482 = llvm.load %v481 : !llvm.ptr -> f32
                %v483 = arith.mulf %v482, %v203 fastmath<contract> : f32
                %v484 = llvm.call_intrinsic "llvm.roundeven.f32"(%v483) : (f32) -> f32
                %v485 = arith.mulf %v484, %v206 fastmath<contract> : f32
                %v486 = arith.subf %v482, %v485 fastmath<contract> : f32
                %v487 = arith.mulf %v484, %v207 fastmath<contract> : f32
                %v488 = arith.subf %v486, %v487 fastmath<contract> : f32
                %v489 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v488) : (f32) -> f32
                %v490 = arith.mulf %v475, %v489 fastmath<contract> : f32
                %v491 = arith.muli %v32, %v181 : i64
                %v492 = arith.muli %v30, %v180 : i64
                %v493 = arith.addi %v491, %v492 : i64
                %v494 = arith.muli %v462, %v1 : i64
                %v495 = arith.addi %v493, %v494 : i64
                %v496 = llvm.getelementptr %in_x[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v497 = llvm.load %v496 : !llvm.ptr -> f32
                %v498 = arith.mulf %v490, %v455 fastmath<contract> : f32
                %v499 = arith.addf %v498, %v497 fastmath<contract> : f32
                %v500 = arith.mulf %v474, %v474 fastmath<contract> : f32
                %v501 = arith.negf %v500 : f32
                %v502 = arith.mulf %v501, %v459 fastmath<contract> : f32
                %v503 = arith.addf %v499, %v502 fastmath<contract> : f32
                %v504 = arith.mulf %v42, %v459 fastmath<contract> : f32
                %v505 = arith.addf %v504, %v42 fastmath<contract> : f32
                %v506 = arith.mulf %v43, %v455 fastmath<contract> : f32
                %v507 = arith.addf %v505, %v506 fastmath<contract> : f32
                %v508 = arith.addi %v248, %v65 : i64
                %v509 = arith.minsi %v508, %v251 : i64
                %v510 = arith.addi %v122, %v509 : i64
                %v511 = arith.muli %v32, %v181 : i64
                %v512 = arith.muli %v30, %v180 : i64
                %v513 = arith.addi %v511, %v512 : i64
                %v514 = arith.muli %v510, %v1 : i64
                %v515 = arith.addi %v513, %v514 : i64
                %v516 = llvm.getelementptr %in_rho[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v517 = llvm.load %v516 : !llvm.ptr -> f32
                %v518 = arith.negf %v517 : f32
                %v519 = arith.mulf %v518, %v190 fastmath<contract> : f32
                %v520 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v519) : (f32) -> f32
                %v521 = arith.addf %v43, %v520 fastmath<contract> : f32
                %v522 = arith.divf %v43, %v521 : f32
                %v523 = arith.mulf %v179, %v522 fastmath<contract> : f32
                %v524 = arith.muli %v32, %v181 : i64
                %v525 = arith.muli %v30, %v180 : i64
                %v526 = arith.addi %v524, %v525 : i64
                %v527 = arith.muli %v510, %v1 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = llvm.getelementptr %in_theta[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                %v531 = arith.mulf %v530, %v203 fastmath<contract> : f32
                %v532 = llvm.call_intrinsic "llvm.roundeven.f32"(%v531) : (f32) -> f32
                %v533 = arith.mulf %v532, %v206 fastmath<contract> : f32
                %v534 = arith.subf %v530, %v533 fastmath<contract> : f32
                %v535 = arith.mulf %v532, %v207 fastmath<contract> : f32
                %v536 = arith.subf %v534, %v535 fastmath<contract> : f32
                %v537 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v536) : (f32) -> f32
                %v538 = arith.mulf %v523, %v537 fastmath<contract> : f32
                %v539 = arith.muli %v32, %v181 : i64
                %v540 = arith.muli %v30, %v180 : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = arith.muli %v510, %v1 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = llvm.getelementptr %in_x[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v545 = llvm.load %v544 : !llvm.ptr -> f32
                %v546 = arith.mulf %v538, %v503 fastmath<contract> : f32
                %v547 = arith.addf %v546, %v545 fastmath<contract> : f32
                %v548 = arith.mulf %v522, %v522 fastmath<contract> : f32
                %v549 = arith.negf %v548 : f32
                %v550 = arith.mulf %v549, %v507 fastmath<contract> : f32
                %v551 = arith.addf %v547, %v550 fastmath<contract> : f32
                %v552 = arith.mulf %v42, %v507 fastmath<contract> : f32
                %v553 = arith.addf %v552, %v42 fastmath<contract> : f32
                %v554 = arith.mulf %v43, %v503 fastmath<contract> : f32
                %v555 = arith.addf %v553, %v554 fastmath<contract> : f32
                %v556 = arith.addi %v248, %v69 : i64
                %v557 = arith.minsi %v556, %v251 : i64
                %v558 = arith.addi %v122, %v557 : i64
                %v559 = arith.muli %v32, %v181 : i64
                %v560 = arith.muli %v30, %v180 : i64
                %v561 = arith.addi %v559, %v560 : i64
                %v562 = arith.muli %v558, %v1 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = llvm.getelementptr %in_rho[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v565 = llvm.load %v564 : !llvm.ptr -> f32
                %v566 = arith.negf %v565 : f32
                %v567 = arith.mulf %v566, %v190 fastmath<contract> : f32
                %v568 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v567) : (f32) -> f32
                %v569 = arith.addf %v43, %v568 fastmath<contract> : f32
                %v570 = arith.divf %v43, %v569 : f32
                %v571 = arith.mulf %v179, %v570 fastmath<contract> : f32
                %v572 = arith.muli %v32, %v181 : i64
                %v573 = arith.muli %v30, %v180 : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.muli %v558, %v1 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = llvm.getelementptr %in_theta[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v578 = llvm.load %v577 : !llvm.ptr -> f32
                %v579 = arith.mulf %v578, %v203 fastmath<contract> : f32
                %v580 = llvm.call_intrinsic "llvm.roundeven.f32"(%v579) : (f32) -> f32
                %v581 = arith.mulf %v580, %v206 fastmath<contract> : f32
                %v582 = arith.subf %v578, %v581 fastmath<contract> : f32
                %v583 = arith.mulf %v580, %v207 fastmath<contract> : f32
                %v584 = arith.subf %v582, %v583 fastmath<contract> : f32
                %v585 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v584) : (f32) -> f32
                %v586 = arith.mulf %v571, %v585 fastmath<contract> : f32
                %v587 = arith.muli %v32, %v181 : i64
                %v588 = arith.muli %v30, %v180 : i64
                %v589 = arith.addi %v587, %v588 : i64
                %v590 = arith.muli %v558, %v1 : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = llvm.getelementptr %in_x[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v593 = llvm.load %v592 : !llvm.ptr -> f32
                %v594 = arith.mulf %v586, %v551 fastmath<contract> : f32
                %v595 = arith.addf %v594, %v593 fastmath<contract> : f32
                %v596 = arith.mulf %v570, %v570 fastmath<contract> : f32
                %v597 = arith.negf %v596 : f32
                %v598 = arith.mulf %v597, %v555 fastmath<contract> : f32
                %v599 = arith.addf %v595, %v598 fastmath<contract> : f32
                %v600 = arith.mulf %v42, %v555 fastmath<contract> : f32
                %v601 = arith.addf %v600, %v42 fastmath<contract> : f32
                %v602 = arith.mulf %v43, %v551 fastmath<contract> : f32
                %v603 = arith.addf %v601, %v602 fastmath<contract> : f32
                %v604 = arith.addi %v248, %v73 : i64
                %v605 = arith.minsi %v604, %v251 : i64
                %v606 = arith.addi %v122, %v605 : i64
                %v607 = arith.muli %v32, %v181 : i64
                %v608 = arith.muli %v30, %v180 : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = arith.muli %v606, %v1 : i64
                %v611 = arith.addi %v609, %v610 : i64
                %v612 = llvm.getelementptr %in_rho[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v613 = llvm.load %v612 : !llvm.ptr -> f32
                %v614 = arith.negf %v613 : f32
                %v615 = arith.mulf %v614, %v190 fastmath<contract> : f32
                %v616 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v615) : (f32) -> f32
                %v617 = arith.addf %v43, %v616 fastmath<contract> : f32
                %v618 = arith.divf %v43, %v617 : f32
                %v619 = arith.mulf %v179, %v618 fastmath<contract> : f32
                %v620 = arith.muli %v32, %v181 : i64
                %v621 = arith.muli %v30, %v180 : i64
                %v622 = arith.addi %v620, %v621 : i64
                %v623 = arith.muli %v606, %v1 : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = llvm.getelementptr %in_theta[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v626 = llvm.load %v625 : !llvm.ptr -> f32
                %v627 = arith.mulf %v626, %v203 fastmath<contract> : f32
                %v628 = llvm.call_intrinsic "llvm.roundeven.f32"(%v627) : (f32) -> f32
                %v629 = arith.mulf %v628, %v206 fastmath<contract> : f32
                %v630 = arith.subf %v626, %v629 fastmath<contract> : f32
                %v631 = arith.mulf %v628, %v207 fastmath<contract> : f32
                %v632 = arith.subf %v630, %v631 fastmath<contract> : f32
                %v633 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v632) : (f32) -> f32
                %v634 = arith.mulf %v619, %v633 fastmath<contract> : f32
                %v635 = arith.muli %v32, %v181 : i64
                %v636 = arith.muli %v30, %v180 : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = arith.muli %v606, %v1 : i64
                %v639 = arith.addi %v637, %v638 : i64
                %v640 = llvm.getelementptr %in_x[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v641 = llvm.load %v640 : !llvm.ptr -> f32
                %v642 = arith.mulf %v634, %v599 fastmath<contract> : f32
                %v643 = arith.addf %v642, %v641 fastmath<contract> : f32
                %v644 = arith.mulf %v618, %v618 fastmath<contract> : f32
                %v645 = arith.negf %v644 : f32
                %v646 = arith.mulf %v645, %v603 fastmath<contract> : f32
                %v647 = arith.addf %v643, %v646 fastmath<contract> : f32
                %v648 = arith.mulf %v42, %v603 fastmath<contract> : f32
                %v649 = arith.addf %v648, %v42 fastmath<contract> : f32
                %v650 = arith.mulf %v43, %v599 fastmath<contract> : f32
                %v651 = arith.addf %v649, %v650 fastmath<contract> : f32
                %v652 = arith.subi %v124, %v248 : i64
                %v653 = arith.trunci %v652 : i64 to i32
                %v654 = arith.subi %size_L, %v1 : i64
                %v655 = arith.addi %v122, %v248 : i64
                %v656 = arith.subi %v654, %v655 : i64
                %v658 = arith.minsi %v656, %v657 : i64
                %v659 = arith.trunci %v658 : i64 to i32
                %v660 = arith.addi %v248, %v73 : i64
                %v662 = arith.cmpi slt, %v661, %v653 : i32
                %v663 = arith.cmpi eq, %v661, %v659 : i32
                %v664 = arith.addi %v122, %v660 : i64
                %v665 = llvm.load %v34 : !llvm.ptr -> f32
                %v666 = llvm.load %v35 : !llvm.ptr -> f32
                %v667 = arith.muli %v32, %v181 : i64
                %v668 = arith.muli %v30, %v180 : i64
                %v669 = arith.addi %v667, %v668 : i64
                %v670 = arith.muli %v664, %v1 : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = llvm.getelementptr %dy_y[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v673 = llvm.load %v672 : !llvm.ptr -> f32
                %v674 = llvm.load %v36 : !llvm.ptr -> f32
                %v675 = arith.mulf %v674, %v665 fastmath<contract> : f32
                %v676 = arith.addf %v673, %v675 fastmath<contract> : f32
                %v677 = llvm.load %v38 : !llvm.ptr -> f32
                %v678 = arith.mulf %v677, %v666 fastmath<contract> : f32
                %v679 = arith.addf %v678, %v676 fastmath<contract> : f32
                %v680 = llvm.load %v37 : !llvm.ptr -> f32
                %v681 = arith.mulf %v680, %v666 fastmath<contract> : f32
                %v682 = arith.addf %v42, %v681 fastmath<contract> : f32
                %v683 = llvm.load %v39 : !llvm.ptr -> f32
                %v684 = arith.mulf %v683, %v665 fastmath<contract> : f32
                %v685 = arith.addf %v684, %v682 fastmath<contract> : f32
                llvm.store %v679, %v34 : f32, !llvm.ptr
                llvm.store %v685, %v35 : f32, !llvm.ptr
                %v686 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v687 = arith.muli %v32, %v181 : i64
                  %v688 = arith.muli %v30, %v180 : i64
                  %v689 = arith.addi %v687, %v688 : i64
                  %v690 = arith.muli %v664, %v1 : i64
                  %v691 = arith.addi %v689, %v690 : i64
                  %v692 = llvm.getelementptr %dx_x[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v686, %v692 : f32, !llvm.ptr
                }
                %v693 = arith.muli %v32, %v181 : i64
                %v694 = arith.muli %v30, %v180 : i64
                %v695 = arith.addi %v693, %v694 : i64
                %v696 = arith.muli %v664, %v1 : i64
                %v697 = arith.addi %v695, %v696 : i64
                %v698 = llvm.getelementptr %in_rho[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v699 = llvm.load %v698 : !llvm.ptr -> f32
                %v700 = arith.negf %v699 : f32
                %v701 = arith.mulf %v700, %v190 fastmath<contract> : f32
                %v702 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v701) : (f32) -> f32
                %v703 = arith.addf %v43, %v702 fastmath<contract> : f32
                %v704 = arith.divf %v43, %v703 : f32
                %v705 = arith.mulf %v603, %v686 fastmath<contract> : f32
                %v706 = arith.negf %v705 : f32
                %v707 = arith.mulf %v704, %v706 fastmath<contract> : f32
                %v708 = arith.addf %v707, %v707 fastmath<contract> : f32
                %v709 = arith.muli %v32, %v181 : i64
                %v710 = arith.muli %v30, %v180 : i64
                %v711 = arith.addi %v709, %v710 : i64
                %v712 = arith.muli %v664, %v1 : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = llvm.getelementptr %in_theta[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v715 = llvm.load %v714 : !llvm.ptr -> f32
                %v716 = arith.mulf %v715, %v203 fastmath<contract> : f32
                %v717 = llvm.call_intrinsic "llvm.roundeven.f32"(%v716) : (f32) -> f32
                %v718 = arith.mulf %v717, %v206 fastmath<contract> : f32
                %v719 = arith.subf %v715, %v718 fastmath<contract> : f32
                %v720 = arith.mulf %v717, %v207 fastmath<contract> : f32
                %v721 = arith.subf %v719, %v720 fastmath<contract> : f32
                %v722 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v721) : (f32) -> f32
                %v723 = arith.mulf %v599, %v686 fastmath<contract> : f32
                %v724 = arith.mulf %v722, %v723 fastmath<contract> : f32
                %v725 = arith.mulf %v179, %v724 fastmath<contract> : f32
                %v726 = arith.addf %v708, %v725 fastmath<contract> : f32
                %v727 = arith.subf %v43, %v704 fastmath<contract> : f32
                %v728 = arith.mulf %v704, %v727 fastmath<contract> : f32
                %v729 = arith.mulf %v726, %v728 fastmath<contract> : f32
                scf.if %v27 {
                  %v730 = arith.muli %v32, %v181 : i64
                  %v731 = arith.muli %v30, %v180 : i64
                  %v732 = arith.addi %v730, %v731 : i64
                  %v733 = arith.muli %v664, %v1 : i64
                  %v734 = arith.addi %v732, %v733 : i64
                  %v735 = llvm.getelementptr %dx_rho[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v729, %v735 : f32, !llvm.ptr
                }
                %v736 = arith.mulf %v179, %v704 fastmath<contract> : f32
                %v737 = arith.mulf %v736, %v723 fastmath<contract> : f32
                %v738 = arith.mulf %v715, %v203 fastmath<contract> : f32
                %v739 = llvm.call_intrinsic "llvm.roundeven.f32"(%v738) : (f32) -> f32
                %v740 = arith.mulf %v739, %v206 fastmath<contract> : f32
                %v741 = arith.subf %v715, %v740 fastmath<contract> : f32
                %v742 = arith.mulf %v739, %v207 fastmath<contract> : f32
                %v743 = arith.subf %v741, %v742 fastmath<contract> : f32
                %v744 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v743) : (f32) -> f32
                %v745 = arith.negf %v744 : f32
                %v746 = arith.mulf %v737, %v745 fastmath<contract> : f32
                scf.if %v27 {
                  %v747 = arith.muli %v32, %v181 : i64
                  %v748 = arith.muli %v30, %v180 : i64
                  %v749 = arith.addi %v747, %v748 : i64
                  %v750 = arith.muli %v664, %v1 : i64
                  %v751 = arith.addi %v749, %v750 : i64
                  %v752 = llvm.getelementptr %dx_theta[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v746, %v752 : f32, !llvm.ptr
                }
                %v753 = arith.mulf %v736, %v722 fastmath<contract> : f32
                llvm.store %v753, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v754 = arith.mulf %v704, %v704 fastmath<contract> : f32
                %v755 = arith.negf %v754 : f32
                llvm.store %v755, %v39 : f32, !llvm.ptr
                %v756 = arith.addi %v248, %v69 : i64
                %v758 = arith.cmpi slt, %v757, %v653 : i32
                %v759 = arith.cmpi eq, %v757, %v659 : i32
                %v760 = arith.addi %v122, %v756 : i64
                %v761 = llvm.load %v34 : !llvm.ptr -> f32
                %v762 = llvm.load %v35 : !llvm.ptr -> f32
                %v763 = arith.muli %v32, %v181 : i64
                %v764 = arith.muli %v30, %v180 : i64
                %v765 = arith.addi %v763, %v764 : i64
                %v766 = arith.muli %v760, %v1 : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = llvm.getelementptr %dy_y[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v769 = llvm.load %v768 : !llvm.ptr -> f32
                %v770 = llvm.load %v36 : !llvm.ptr -> f32
                %v771 = arith.mulf %v770, %v761 fastmath<contract> : f32
                %v772 = arith.addf %v769, %v771 fastmath<contract> : f32
                %v773 = llvm.load %v38 : !llvm.ptr -> f32
                %v774 = arith.mulf %v773, %v762 fastmath<contract> : f32
                %v775 = arith.addf %v774, %v772 fastmath<contract> : f32
                %v776 = llvm.load %v37 : !llvm.ptr -> f32
                %v777 = arith.mulf %v776, %v762 fastmath<contract> : f32
                %v778 = arith.addf %v42, %v777 fastmath<contract> : f32
                %v779 = llvm.load %v39 : !llvm.ptr -> f32
                %v780 = arith.mulf %v779, %v761 fastmath<contract> : f32
                %v781 = arith.addf %v780, %v778 fastmath<contract> : f32
                llvm.store %v775, %v34 : f32, !llvm.ptr
                llvm.store %v781, %v35 : f32, !llvm.ptr
                %v782 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v783 = arith.muli %v32, %v181 : i64
                  %v784 = arith.muli %v30, %v180 : i64
                  %v785 = arith.addi %v783, %v784 : i64
                  %v786 = arith.muli %v760, %v1 : i64
                  %v787 = arith.addi %v785, %v786 : i64
                  %v788 = llvm.getelementptr %dx_x[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v782, %v788 : f32, !llvm.ptr
                }
                %v789 = arith.muli %v32, %v181 : i64
                %v790 = arith.muli %v30, %v180 : i64
                %v791 = arith.addi %v789, %v790 : i64
                %v792 = arith.muli %v760, %v1 : i64
                %v793 = arith.addi %v791, %v792 : i64
                %v794 = llvm.getelementptr %in_rho[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v795 = llvm.load %v794 : !llvm.ptr -> f32
                %v796 = arith.negf %v795 : f32
                %v797 = arith.mulf %v796, %v190 fastmath<contract> : f32
                %v798 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v797) : (f32) -> f32
                %v799 = arith.addf %v43, %v798 fastmath<contract> : f32
                %v800 = arith.divf %v43, %v799 : f32
                %v801 = arith.mulf %v555, %v782 fastmath<contract> : f32
                %v802 = arith.negf %v801 : f32
                %v803 = arith.mulf %v800, %v802 fastmath<contract> : f32
                %v804 = arith.addf %v803, %v803 fastmath<contract> : f32
                %v805 = arith.muli %v32, %v181 : i64
                %v806 = arith.muli %v30, %v180 : i64
                %v807 = arith.addi %v805, %v806 : i64
                %v808 = arith.muli %v760, %v1 : i64
                %v809 = arith.addi %v807, %v808 : i64
                %v810 = llvm.getelementptr %in_theta[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v811 = llvm.load %v810 : !llvm.ptr -> f32
                %v812 = arith.mulf %v811, %v203 fastmath<contract> : f32
                %v813 = llvm.call_intrinsic "llvm.roundeven.f32"(%v812) : (f32) -> f32
                %v814 = arith.mulf %v813, %v206 fastmath<contract> : f32
                %v815 = arith.subf %v811, %v814 fastmath<contract> : f32
                %v816 = arith.mulf %v813, %v207 fastmath<contract> : f32
                %v817 = arith.subf %v815, %v816 fastmath<contract> : f32
                %v818 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v817) : (f32) -> f32
                %v819 = arith.mulf %v551, %v782 fastmath<contract> : f32
                %v820 = arith.mulf %v818, %v819 fastmath<contract> : f32
                %v821 = arith.mulf %v179, %v820 fastmath<contract> : f32
                %v822 = arith.addf %v804, %v821 fastmath<contract> : f32
                %v823 = arith.subf %v43, %v800 fastmath<contract> : f32
                %v824 = arith.mulf %v800, %v823 fastmath<contract> : f32
                %v825 = arith.mulf %v822, %v824 fastmath<contract> : f32
                scf.if %v27 {
                  %v826 = arith.muli %v32, %v181 : i64
                  %v827 = arith.muli %v30, %v180 : i64
                  %v828 = arith.addi %v826, %v827 : i64
                  %v829 = arith.muli %v760, %v1 : i64
                  %v830 = arith.addi %v828, %v829 : i64
                  %v831 = llvm.getelementptr %dx_rho[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v825, %v831 : f32, !llvm.ptr
                }
                %v832 = arith.mulf %v179, %v800 fastmath<contract> : f32
                %v833 = arith.mulf %v832, %v819 fastmath<contract> : f32
                %v834 = arith.mulf %v811, %v203 fastmath<contract> : f32
                %v835 = llvm.call_intrinsic "llvm.roundeven.f32"(%v834) : (f32) -> f32
                %v836 = arith.mulf %v835, %v206 fastmath<contract> : f32
                %v837 = arith.subf %v811, %v836 fastmath<contract> : f32
                %v838 = arith.mulf %v835, %v207 fastmath<contract> : f32
                %v839 = arith.subf %v837, %v838 fastmath<contract> : f32
                %v840 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v839) : (f32) -> f32
                %v841 = arith.negf %v840 : f32
                %v842 = arith.mulf %v833, %v841 fastmath<contract> : f32
                scf.if %v27 {
                  %v843 = arith.muli %v32, %v181 : i64
                  %v844 = arith.muli %v30, %v180 : i64
                  %v845 = arith.addi %v843, %v844 : i64
                  %v846 = arith.muli %v760, %v1 : i64
                  %v847 = arith.addi %v845, %v846 : i64
                  %v848 = llvm.getelementptr %dx_theta[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v842, %v848 : f32, !llvm.ptr
                }
                %v849 = arith.mulf %v832, %v818 fastmath<contract> : f32
                llvm.store %v849, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v850 = arith.mulf %v800, %v800 fastmath<contract> : f32
                %v851 = arith.negf %v850 : f32
                llvm.store %v851, %v39 : f32, !llvm.ptr
                %v852 = arith.addi %v248, %v65 : i64
                %v854 = arith.cmpi slt, %v853, %v653 : i32
                %v855 = arith.cmpi eq, %v853, %v659 : i32
                %v856 = arith.addi %v122, %v852 : i64
                %v857 = llvm.load %v34 : !llvm.ptr -> f32
                %v858 = llvm.load %v35 : !llvm.ptr -> f32
                %v859 = arith.muli %v32, %v181 : i64
                %v860 = arith.muli %v30, %v180 : i64
                %v861 = arith.addi %v859, %v860 : i64
                %v862 = arith.muli %v856, %v1 : i64
                %v863 = arith.addi %v861, %v862 : i64
                %v864 = llvm.getelementptr %dy_y[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v865 = llvm.load %v864 : !llvm.ptr -> f32
                %v866 = llvm.load %v36 : !llvm.ptr -> f32
                %v867 = arith.mulf %v866, %v857 fastmath<contract> : f32
                %v868 = arith.addf %v865, %v867 fastmath<contract> : f32
                %v869 = llvm.load %v38 : !llvm.ptr -> f32
                %v870 = arith.mulf %v869, %v858 fastmath<contract> : f32
                %v871 = arith.addf %v870, %v868 fastmath<contract> : f32
                %v872 = llvm.load %v37 : !llvm.ptr -> f32
                %v873 = arith.mulf %v872, %v858 fastmath<contract> : f32
                %v874 = arith.addf %v42, %v873 fastmath<contract> : f32
                %v875 = llvm.load %v39 : !llvm.ptr -> f32
                %v876 = arith.mulf %v875, %v857 fastmath<contract> : f32
                %v877 = arith.addf %v876, %v874 fastmath<contract> : f32
                llvm.store %v871, %v34 : f32, !llvm.ptr
                llvm.store %v877, %v35 : f32, !llvm.ptr
                %v878 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v879 = arith.muli %v32, %v181 : i64
                  %v880 = arith.muli %v30, %v180 : i64
                  %v881 = arith.addi %v879, %v880 : i64
                  %v882 = arith.muli %v856, %v1 : i64
                  %v883 = arith.addi %v881, %v882 : i64
                  %v884 = llvm.getelementptr %dx_x[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v878, %v884 : f32, !llvm.ptr
                }
                %v885 = arith.muli %v32, %v181 : i64
                %v886 = arith.muli %v30, %v180 : i64
                %v887 = arith.addi %v885, %v886 : i64
                %v888 = arith.muli %v856, %v1 : i64
                %v889 = arith.addi %v887, %v888 : i64
                %v890 = llvm.getelementptr %in_rho[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v891 = llvm.load %v890 : !llvm.ptr -> f32
                %v892 = arith.negf %v891 : f32
                %v893 = arith.mulf %v892, %v190 fastmath<contract> : f32
                %v894 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v893) : (f32) -> f32
                %v895 = arith.addf %v43, %v894 fastmath<contract> : f32
                %v896 = arith.divf %v43, %v895 : f32
                %v897 = arith.mulf %v507, %v878 fastmath<contract> : f32
                %v898 = arith.negf %v897 : f32
                %v899 = arith.mulf %v896, %v898 fastmath<contract> : f32
                %v900 = arith.addf %v899, %v899 fastmath<contract> : f32
                %v901 = arith.muli %v32, %v181 : i64
                %v902 = arith.muli %v30, %v180 : i64
                %v903 = arith.addi %v901, %v902 : i64
                %v904 = arith.muli %v856, %v1 : i64
                %v905 = arith.addi %v903, %v904 : i64
                %v906 = llvm.getelementptr %in_theta[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v907 = llvm.load %v906 : !llvm.ptr -> f32
                %v908 = arith.mulf %v907, %v203 fastmath<contract> : f32
                %v909 = llvm.call_intrinsic "llvm.roundeven.f32"(%v908) : (f32) -> f32
                %v910 = arith.mulf %v909, %v206 fastmath<contract> : f32
                %v911 = arith.subf %v907, %v910 fastmath<contract> : f32
                %v912 = arith.mulf %v909, %v207 fastmath<contract> : f32
                %v913 = arith.subf %v911, %v912 fastmath<contract> : f32
                %v914 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v913) : (f32) -> f32
                %v915 = arith.mulf %v503, %v878 fastmath<contract> : f32
                %v916 = arith.mulf %v914, %v915 fastmath<contract> : f32
                %v917 = arith.mulf %v179, %v916 fastmath<contract> : f32
                %v918 = arith.addf %v900, %v917 fastmath<contract> : f32
                %v919 = arith.subf %v43, %v896 fastmath<contract> : f32
                %v920 = arith.mulf %v896, %v919 fastmath<contract> : f32
                %v921 = arith.mulf %v918, %v920 fastmath<contract> : f32
                scf.if %v27 {
                  %v922 = arith.muli %v32, %v181 : i64
                  %v923 = arith.muli %v30, %v180 : i64
                  %v924 = arith.addi %v922, %v923 : i64
                  %v925 = arith.muli %v856, %v1 : i64
                  %v926 = arith.addi %v924, %v925 : i64
                  %v927 = llvm.getelementptr %dx_rho[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v921, %v927 : f32, !llvm.ptr
                }
                %v928 = arith.mulf %v179, %v896 fastmath<contract> : f32
                %v929 = arith.mulf %v928, %v915 fastmath<contract> : f32
                %v930 = arith.mulf %v907, %v203 fastmath<contract> : f32
                %v931 = llvm.call_intrinsic "llvm.roundeven.f32"(%v930) : (f32) -> f32
                %v932 = arith.mulf %v931, %v206 fastmath<contract> : f32
                %v933 = arith.subf %v907, %v932 fastmath<contract> : f32
                %v934 = arith.mulf %v931, %v207 fastmath<contract> : f32
                %v935 = arith.subf %v933, %v934 fastmath<contract> : f32
                %v936 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v935) : (f32) -> f32
                %v937 = arith.negf %v936 : f32
                %v938 = arith.mulf %v929, %v937 fastmath<contract> : f32
                scf.if %v27 {
                  %v939 = arith.muli %v32, %v181 : i64
                  %v940 = arith.muli %v30, %v180 : i64
                  %v941 = arith.addi %v939, %v940 : i64
                  %v942 = arith.muli %v856, %v1 : i64
                  %v943 = arith.addi %v941, %v942 : i64
                  %v944 = llvm.getelementptr %dx_theta[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v938, %v944 : f32, !llvm.ptr
                }
                %v945 = arith.mulf %v928, %v914 fastmath<contract> : f32
                llvm.store %v945, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v946 = arith.mulf %v896, %v896 fastmath<contract> : f32
                %v947 = arith.negf %v946 : f32
                llvm.store %v947, %v39 : f32, !llvm.ptr
                %v948 = arith.addi %v248, %v61 : i64
                %v950 = arith.cmpi slt, %v949, %v653 : i32
                %v951 = arith.cmpi eq, %v949, %v659 : i32
                %v952 = arith.addi %v122, %v948 : i64
                %v953 = llvm.load %v34 : !llvm.ptr -> f32
                %v954 = llvm.load %v35 : !llvm.ptr -> f32
                %v955 = arith.muli %v32, %v181 : i64
                %v956 = arith.muli %v30, %v180 : i64
                %v957 = arith.addi %v955, %v956 : i64
                %v958 = arith.muli %v952, %v1 : i64
                %v959 = arith.addi %v957, %v958 : i64
                %v960 = llvm.getelementptr %dy_y[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v961 = llvm.load %v960 : !llvm.ptr -> f32
                %v962 = llvm.load %v36 : !llvm.ptr -> f32
                %v963 = arith.mulf %v962, %v953 fastmath<contract> : f32
                %v964 = arith.addf %v961, %v963 fastmath<contract> : f32
                %v965 = llvm.load %v38 : !llvm.ptr -> f32
                %v966 = arith.mulf %v965, %v954 fastmath<contract> : f32
                %v967 = arith.addf %v966, %v964 fastmath<contract> : f32
                %v968 = llvm.load %v37 : !llvm.ptr -> f32
                %v969 = arith.mulf %v968, %v954 fastmath<contract> : f32
                %v970 = arith.addf %v42, %v969 fastmath<contract> : f32
                %v971 = llvm.load %v39 : !llvm.ptr -> f32
                %v972 = arith.mulf %v971, %v953 fastmath<contract> : f32
                %v973 = arith.addf %v972, %v970 fastmath<contract> : f32
                llvm.store %v967, %v34 : f32, !llvm.ptr
                llvm.store %v973, %v35 : f32, !llvm.ptr
                %v974 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v975 = arith.muli %v32, %v181 : i64
                  %v976 = arith.muli %v30, %v180 : i64
                  %v977 = arith.addi %v975, %v976 : i64
                  %v978 = arith.muli %v952, %v1 : i64
                  %v979 = arith.addi %v977, %v978 : i64
                  %v980 = llvm.getelementptr %dx_x[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v974, %v980 : f32, !llvm.ptr
                }
                %v981 = arith.muli %v32, %v181 : i64
                %v982 = arith.muli %v30, %v180 : i64
                %v983 = arith.addi %v981, %v982 : i64
                %v984 = arith.muli %v952, %v1 : i64
                %v985 = arith.addi %v983, %v984 : i64
                %v986 = llvm.getelementptr %in_rho[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v987 = llvm.load %v986 : !llvm.ptr -> f32
                %v988 = arith.negf %v987 : f32
                %v989 = arith.mulf %v988, %v190 fastmath<contract> : f32
                %v990 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v989) : (f32) -> f32
                %v991 = arith.addf %v43, %v990 fastmath<contract> : f32
                %v992 = arith.divf %v43, %v991 : f32
                %v993 = arith.mulf %v459, %v974 fastmath<contract> : f32
                %v994 = arith.negf %v993 : f32
                %v995 = arith.mulf %v992, %v994 fastmath<contract> : f32
                %v996 = arith.addf %v995, %v995 fastmath<contract> : f32
                %v997 = arith.muli %v32, %v181 : i64
                %v998 = arith.muli %v30, %v180 : i64
                %v999 = arith.addi %v997, %v998 : i64
                %v1000 = arith.muli %v952, %v1 : i64
                %v1001 = arith.addi %v999, %v1000 : i64
                %v1002 = llvm.getelementptr %in_theta[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
                %v1004 = arith.mulf %v1003, %v203 fastmath<contract> : f32
                %v1005 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1004) : (f32) -> f32
                %v1006 = arith.mulf %v1005, %v206 fastmath<contract> : f32
                %v1007 = arith.subf %v1003, %v1006 fastmath<contract> : f32
                %v1008 = arith.mulf %v1005, %v207 fastmath<contract> : f32
                %v1009 = arith.subf %v1007, %v1008 fastmath<contract> : f32
                %v1010 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1009) : (f32) -> f32
                %v1011 = arith.mulf %v455, %v974 fastmath<contract> : f32
                %v1012 = arith.mulf %v1010, %v1011 fastmath<contract> : f32
                %v1013 = arith.mulf %v179, %v1012 fastmath<contract> : f32
                %v1014 = arith.addf %v996, %v1013 fastmath<contract> : f32
                %v1015 = arith.subf %v43, %v992 fastmath<contract> : f32
                %v1016 = arith.mulf %v992, %v1015 fastmath<contract> : f32
                %v1017 = arith.mulf %v1014, %v1016 fastmath<contract> : f32
                scf.if %v27 {
                  %v1018 = arith.muli %v32, %v181 : i64
                  %v1019 = arith.muli %v30, %v180 : i64
                  %v1020 = arith.addi %v1018, %v1019 : i64
                  %v1021 = arith.muli %v952, %v1 : i64
                  %v1022 = arith.addi %v1020, %v1021 : i64
                  %v1023 = llvm.getelementptr %dx_rho[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1017, %v1023 : f32, !llvm.ptr
                }
                %v1024 = arith.mulf %v179, %v992 fastmath<contract> : f32
                %v1025 = arith.mulf %v1024, %v1011 fastmath<contract> : f32
                %v1026 = arith.mulf %v1003, %v203 fastmath<contract> : f32
                %v1027 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1026) : (f32) -> f32
                %v1028 = arith.mulf %v1027, %v206 fastmath<contract> : f32
                %v1029 = arith.subf %v1003, %v1028 fastmath<contract> : f32
                %v1030 = arith.mulf %v1027, %v207 fastmath<contract> : f32
                %v1031 = arith.subf %v1029, %v1030 fastmath<contract> : f32
                %v1032 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1031) : (f32) -> f32
                %v1033 = arith.negf %v1032 : f32
                %v1034 = arith.mulf %v1025, %v1033 fastmath<contract> : f32
                scf.if %v27 {
                  %v1035 = arith.muli %v32, %v181 : i64
                  %v1036 = arith.muli %v30, %v180 : i64
                  %v1037 = arith.addi %v1035, %v1036 : i64
                  %v1038 = arith.muli %v952, %v1 : i64
                  %v1039 = arith.addi %v1037, %v1038 : i64
                  %v1040 = llvm.getelementptr %dx_theta[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1034, %v1040 : f32, !llvm.ptr
                }
                %v1041 = arith.mulf %v1024, %v1010 fastmath<contract> : f32
                llvm.store %v1041, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1042 = arith.mulf %v992, %v992 fastmath<contract> : f32
                %v1043 = arith.negf %v1042 : f32
                llvm.store %v1043, %v39 : f32, !llvm.ptr
                %v1044 = arith.addi %v248, %v57 : i64
                %v1046 = arith.cmpi slt, %v1045, %v653 : i32
                %v1047 = arith.cmpi eq, %v1045, %v659 : i32
                %v1048 = arith.addi %v122, %v1044 : i64
                %v1049 = llvm.load %v34 : !llvm.ptr -> f32
                %v1050 = llvm.load %v35 : !llvm.ptr -> f32
                %v1051 = arith.muli %v32, %v181 : i64
                %v1052 = arith.muli %v30, %v180 : i64
                %v1053 = arith.addi %v1051, %v1052 : i64
                %v1054 = arith.muli %v1048, %v1 : i64
                %v1055 = arith.addi %v1053, %v1054 : i64
                %v1056 = llvm.getelementptr %dy_y[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1057 = llvm.load %v1056 : !llvm.ptr -> f32
                %v1058 = llvm.load %v36 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1058, %v1049 fastmath<contract> : f32
                %v1060 = arith.addf %v1057, %v1059 fastmath<contract> : f32
                %v1061 = llvm.load %v38 : !llvm.ptr -> f32
                %v1062 = arith.mulf %v1061, %v1050 fastmath<contract> : f32
                %v1063 = arith.addf %v1062, %v1060 fastmath<contract> : f32
                %v1064 = llvm.load %v37 : !llvm.ptr -> f32
                %v1065 = arith.mulf %v1064, %v1050 fastmath<contract> : f32
                %v1066 = arith.addf %v42, %v1065 fastmath<contract> : f32
                %v1067 = llvm.load %v39 : !llvm.ptr -> f32
                %v1068 = arith.mulf %v1067, %v1049 fastmath<contract> : f32
                %v1069 = arith.addf %v1068, %v1066 fastmath<contract> : f32
                llvm.store %v1063, %v34 : f32, !llvm.ptr
                llvm.store %v1069, %v35 : f32, !llvm.ptr
                %v1070 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v1071 = arith.muli %v32, %v181 : i64
                  %v1072 = arith.muli %v30, %v180 : i64
                  %v1073 = arith.addi %v1071, %v1072 : i64
                  %v1074 = arith.muli %v1048, %v1 : i64
                  %v1075 = arith.addi %v1073, %v1074 : i64
                  %v1076 = llvm.getelementptr %dx_x[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1070, %v1076 : f32, !llvm.ptr
                }
                %v1077 = arith.muli %v32, %v181 : i64
                %v1078 = arith.muli %v30, %v180 : i64
                %v1079 = arith.addi %v1077, %v1078 : i64
                %v1080 = arith.muli %v1048, %v1 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = llvm.getelementptr %in_rho[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
                %v1084 = arith.negf %v1083 : f32
                %v1085 = arith.mulf %v1084, %v190 fastmath<contract> : f32
                %v1086 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1085) : (f32) -> f32
                %v1087 = arith.addf %v43, %v1086 fastmath<contract> : f32
                %v1088 = arith.divf %v43, %v1087 : f32
                %v1089 = arith.mulf %v411, %v1070 fastmath<contract> : f32
                %v1090 = arith.negf %v1089 : f32
                %v1091 = arith.mulf %v1088, %v1090 fastmath<contract> : f32
                %v1092 = arith.addf %v1091, %v1091 fastmath<contract> : f32
                %v1093 = arith.muli %v32, %v181 : i64
                %v1094 = arith.muli %v30, %v180 : i64
                %v1095 = arith.addi %v1093, %v1094 : i64
                %v1096 = arith.muli %v1048, %v1 : i64
                %v1097 = arith.addi %v1095, %v1096 : i64
                %v1098 = llvm.getelementptr %in_theta[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1099 = llvm.load %v1098 : !llvm.ptr -> f32
                %v1100 = arith.mulf %v1099, %v203 fastmath<contract> : f32
                %v1101 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1100) : (f32) -> f32
                %v1102 = arith.mulf %v1101, %v206 fastmath<contract> : f32
                %v1103 = arith.subf %v1099, %v1102 fastmath<contract> : f32
                %v1104 = arith.mulf %v1101, %v207 fastmath<contract> : f32
                %v1105 = arith.subf %v1103, %v1104 fastmath<contract> : f32
                %v1106 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1105) : (f32) -> f32
                %v1107 = arith.mulf %v407, %v1070 fastmath<contract> : f32
                %v1108 = arith.mulf %v1106, %v1107 fastmath<contract> : f32
                %v1109 = arith.mulf %v179, %v1108 fastmath<contract> : f32
                %v1110 = arith.addf %v1092, %v1109 fastmath<contract> : f32
                %v1111 = arith.subf %v43, %v1088 fastmath<contract> : f32
                %v1112 = arith.mulf %v1088, %v1111 fastmath<contract> : f32
                %v1113 = arith.mulf %v1110, %v1112 fastmath<contract> : f32
                scf.if %v27 {
                  %v1114 = arith.muli %v32, %v181 : i64
                  %v1115 = arith.muli %v30, %v180 : i64
                  %v1116 = arith.addi %v1114, %v1115 : i64
                  %v1117 = arith.muli %v1048, %v1 : i64
                  %v1118 = arith.addi %v1116, %v1117 : i64
                  %v1119 = llvm.getelementptr %dx_rho[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1113, %v1119 : f32, !llvm.ptr
                }
                %v1120 = arith.mulf %v179, %v1088 fastmath<contract> : f32
                %v1121 = arith.mulf %v1120, %v1107 fastmath<contract> : f32
                %v1122 = arith.mulf %v1099, %v203 fastmath<contract> : f32
                %v1123 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1122) : (f32) -> f32
                %v1124 = arith.mulf %v1123, %v206 fastmath<contract> : f32
                %v1125 = arith.subf %v1099, %v1124 fastmath<contract> : f32
                %v1126 = arith.mulf %v1123, %v207 fastmath<contract> : f32
                %v1127 = arith.subf %v1125, %v1126 fastmath<contract> : f32
                %v1128 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1127) : (f32) -> f32
                %v1129 = arith.negf %v1128 : f32
                %v1130 = arith.mulf %v1121, %v1129 fastmath<contract> : f32
                scf.if %v27 {
                  %v1131 = arith.muli %v32, %v181 : i64
                  %v1132 = arith.muli %v30, %v180 : i64
                  %v1133 = arith.addi %v1131, %v1132 : i64
                  %v1134 = arith.muli %v1048, %v1 : i64
                  %v1135 = arith.addi %v1133, %v1134 : i64
                  %v1136 = llvm.getelementptr %dx_theta[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1130, %v1136 : f32, !llvm.ptr
                }
                %v1137 = arith.mulf %v1120, %v1106 fastmath<contract> : f32
                llvm.store %v1137, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1138 = arith.mulf %v1088, %v1088 fastmath<contract> : f32
                %v1139 = arith.negf %v1138 : f32
                llvm.store %v1139, %v39 : f32, !llvm.ptr
                %v1140 = arith.addi %v248, %v53 : i64
                %v1142 = arith.cmpi slt, %v1141, %v653 : i32
                %v1143 = arith.cmpi eq, %v1141, %v659 : i32
                %v1144 = arith.addi %v122, %v1140 : i64
                %v1145 = llvm.load %v34 : !llvm.ptr -> f32
                %v1146 = llvm.load %v35 : !llvm.ptr -> f32
                %v1147 = arith.muli %v32, %v181 : i64
                %v1148 = arith.muli %v30, %v180 : i64
                %v1149 = arith.addi %v1147, %v1148 : i64
                %v1150 = arith.muli %v1144, %v1 : i64
                %v1151 = arith.addi %v1149, %v1150 : i64
                %v1152 = llvm.getelementptr %dy_y[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
                %v1154 = llvm.load %v36 : !llvm.ptr -> f32
                %v1155 = arith.mulf %v1154, %v1145 fastmath<contract> : f32
                %v1156 = arith.addf %v1153, %v1155 fastmath<contract> : f32
                %v1157 = llvm.load %v38 : !llvm.ptr -> f32
                %v1158 = arith.mulf %v1157, %v1146 fastmath<contract> : f32
                %v1159 = arith.addf %v1158, %v1156 fastmath<contract> : f32
                %v1160 = llvm.load %v37 : !llvm.ptr -> f32
                %v1161 = arith.mulf %v1160, %v1146 fastmath<contract> : f32
                %v1162 = arith.addf %v42, %v1161 fastmath<contract> : f32
                %v1163 = llvm.load %v39 : !llvm.ptr -> f32
                %v1164 = arith.mulf %v1163, %v1145 fastmath<contract> : f32
                %v1165 = arith.addf %v1164, %v1162 fastmath<contract> : f32
                llvm.store %v1159, %v34 : f32, !llvm.ptr
                llvm.store %v1165, %v35 : f32, !llvm.ptr
                %v1166 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v1167 = arith.muli %v32, %v181 : i64
                  %v1168 = arith.muli %v30, %v180 : i64
                  %v1169 = arith.addi %v1167, %v1168 : i64
                  %v1170 = arith.muli %v1144, %v1 : i64
                  %v1171 = arith.addi %v1169, %v1170 : i64
                  %v1172 = llvm.getelementptr %dx_x[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1166, %v1172 : f32, !llvm.ptr
                }
                %v1173 = arith.muli %v32, %v181 : i64
                %v1174 = arith.muli %v30, %v180 : i64
                %v1175 = arith.addi %v1173, %v1174 : i64
                %v1176 = arith.muli %v1144, %v1 : i64
                %v1177 = arith.addi %v1175, %v1176 : i64
                %v1178 = llvm.getelementptr %in_rho[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
                %v1180 = arith.negf %v1179 : f32
                %v1181 = arith.mulf %v1180, %v190 fastmath<contract> : f32
                %v1182 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1181) : (f32) -> f32
                %v1183 = arith.addf %v43, %v1182 fastmath<contract> : f32
                %v1184 = arith.divf %v43, %v1183 : f32
                %v1185 = arith.mulf %v363, %v1166 fastmath<contract> : f32
                %v1186 = arith.negf %v1185 : f32
                %v1187 = arith.mulf %v1184, %v1186 fastmath<contract> : f32
                %v1188 = arith.addf %v1187, %v1187 fastmath<contract> : f32
                %v1189 = arith.muli %v32, %v181 : i64
                %v1190 = arith.muli %v30, %v180 : i64
                %v1191 = arith.addi %v1189, %v1190 : i64
                %v1192 = arith.muli %v1144, %v1 : i64
                %v1193 = arith.addi %v1191, %v1192 : i64
                %v1194 = llvm.getelementptr %in_theta[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
                %v1196 = arith.mulf %v1195, %v203 fastmath<contract> : f32
                %v1197 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1196) : (f32) -> f32
                %v1198 = arith.mulf %v1197, %v206 fastmath<contract> : f32
                %v1199 = arith.subf %v1195, %v1198 fastmath<contract> : f32
                %v1200 = arith.mulf %v1197, %v207 fastmath<contract> : f32
                %v1201 = arith.subf %v1199, %v1200 fastmath<contract> : f32
                %v1202 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1201) : (f32) -> f32
                %v1203 = arith.mulf %v359, %v1166 fastmath<contract> : f32
                %v1204 = arith.mulf %v1202, %v1203 fastmath<contract> : f32
                %v1205 = arith.mulf %v179, %v1204 fastmath<contract> : f32
                %v1206 = arith.addf %v1188, %v1205 fastmath<contract> : f32
                %v1207 = arith.subf %v43, %v1184 fastmath<contract> : f32
                %v1208 = arith.mulf %v1184, %v1207 fastmath<contract> : f32
                %v1209 = arith.mulf %v1206, %v1208 fastmath<contract> : f32
                scf.if %v27 {
                  %v1210 = arith.muli %v32, %v181 : i64
                  %v1211 = arith.muli %v30, %v180 : i64
                  %v1212 = arith.addi %v1210, %v1211 : i64
                  %v1213 = arith.muli %v1144, %v1 : i64
                  %v1214 = arith.addi %v1212, %v1213 : i64
                  %v1215 = llvm.getelementptr %dx_rho[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1209, %v1215 : f32, !llvm.ptr
                }
                %v1216 = arith.mulf %v179, %v1184 fastmath<contract> : f32
                %v1217 = arith.mulf %v1216, %v1203 fastmath<contract> : f32
                %v1218 = arith.mulf %v1195, %v203 fastmath<contract> : f32
                %v1219 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1218) : (f32) -> f32
                %v1220 = arith.mulf %v1219, %v206 fastmath<contract> : f32
                %v1221 = arith.subf %v1195, %v1220 fastmath<contract> : f32
                %v1222 = arith.mulf %v1219, %v207 fastmath<contract> : f32
                %v1223 = arith.subf %v1221, %v1222 fastmath<contract> : f32
                %v1224 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1223) : (f32) -> f32
                %v1225 = arith.negf %v1224 : f32
                %v1226 = arith.mulf %v1217, %v1225 fastmath<contract> : f32
                scf.if %v27 {
                  %v1227 = arith.muli %v32, %v181 : i64
                  %v1228 = arith.muli %v30, %v180 : i64
                  %v1229 = arith.addi %v1227, %v1228 : i64
                  %v1230 = arith.muli %v1144, %v1 : i64
                  %v1231 = arith.addi %v1229, %v1230 : i64
                  %v1232 = llvm.getelementptr %dx_theta[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1226, %v1232 : f32, !llvm.ptr
                }
                %v1233 = arith.mulf %v1216, %v1202 fastmath<contract> : f32
                llvm.store %v1233, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1234 = arith.mulf %v1184, %v1184 fastmath<contract> : f32
                %v1235 = arith.negf %v1234 : f32
                llvm.store %v1235, %v39 : f32, !llvm.ptr
                %v1236 = arith.addi %v248, %v1 : i64
                %v1238 = arith.cmpi slt, %v1237, %v653 : i32
                %v1239 = arith.cmpi eq, %v1237, %v659 : i32
                %v1240 = arith.addi %v122, %v1236 : i64
                %v1241 = llvm.load %v34 : !llvm.ptr -> f32
                %v1242 = llvm.load %v35 : !llvm.ptr -> f32
                %v1243 = arith.muli %v32, %v181 : i64
                %v1244 = arith.muli %v30, %v180 : i64
                %v1245 = arith.addi %v1243, %v1244 : i64
                %v1246 = arith.muli %v1240, %v1 : i64
                %v1247 = arith.addi %v1245, %v1246 : i64
                %v1248 = llvm.getelementptr %dy_y[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1249 = llvm.load %v1248 : !llvm.ptr -> f32
                %v1250 = llvm.load %v36 : !llvm.ptr -> f32
                %v1251 = arith.mulf %v1250, %v1241 fastmath<contract> : f32
                %v1252 = arith.addf %v1249, %v1251 fastmath<contract> : f32
                %v1253 = llvm.load %v38 : !llvm.ptr -> f32
                %v1254 = arith.mulf %v1253, %v1242 fastmath<contract> : f32
                %v1255 = arith.addf %v1254, %v1252 fastmath<contract> : f32
                %v1256 = llvm.load %v37 : !llvm.ptr -> f32
                %v1257 = arith.mulf %v1256, %v1242 fastmath<contract> : f32
                %v1258 = arith.addf %v42, %v1257 fastmath<contract> : f32
                %v1259 = llvm.load %v39 : !llvm.ptr -> f32
                %v1260 = arith.mulf %v1259, %v1241 fastmath<contract> : f32
                %v1261 = arith.addf %v1260, %v1258 fastmath<contract> : f32
                llvm.store %v1255, %v34 : f32, !llvm.ptr
                llvm.store %v1261, %v35 : f32, !llvm.ptr
                %v1262 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v1263 = arith.muli %v32, %v181 : i64
                  %v1264 = arith.muli %v30, %v180 : i64
                  %v1265 = arith.addi %v1263, %v1264 : i64
                  %v1266 = arith.muli %v1240, %v1 : i64
                  %v1267 = arith.addi %v1265, %v1266 : i64
                  %v1268 = llvm.getelementptr %dx_x[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1262, %v1268 : f32, !llvm.ptr
                }
                %v1269 = arith.muli %v32, %v181 : i64
                %v1270 = arith.muli %v30, %v180 : i64
                %v1271 = arith.addi %v1269, %v1270 : i64
                %v1272 = arith.muli %v1240, %v1 : i64
                %v1273 = arith.addi %v1271, %v1272 : i64
                %v1274 = llvm.getelementptr %in_rho[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
                %v1276 = arith.negf %v1275 : f32
                %v1277 = arith.mulf %v1276, %v190 fastmath<contract> : f32
                %v1278 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1277) : (f32) -> f32
                %v1279 = arith.addf %v43, %v1278 fastmath<contract> : f32
                %v1280 = arith.divf %v43, %v1279 : f32
                %v1281 = arith.mulf %v315, %v1262 fastmath<contract> : f32
                %v1282 = arith.negf %v1281 : f32
                %v1283 = arith.mulf %v1280, %v1282 fastmath<contract> : f32
                %v1284 = arith.addf %v1283, %v1283 fastmath<contract> : f32
                %v1285 = arith.muli %v32, %v181 : i64
                %v1286 = arith.muli %v30, %v180 : i64
                %v1287 = arith.addi %v1285, %v1286 : i64
                %v1288 = arith.muli %v1240, %v1 : i64
                %v1289 = arith.addi %v1287, %v1288 : i64
                %v1290 = llvm.getelementptr %in_theta[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1291 = llvm.load %v1290 : !llvm.ptr -> f32
                %v1292 = arith.mulf %v1291, %v203 fastmath<contract> : f32
                %v1293 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1292) : (f32) -> f32
                %v1294 = arith.mulf %v1293, %v206 fastmath<contract> : f32
                %v1295 = arith.subf %v1291, %v1294 fastmath<contract> : f32
                %v1296 = arith.mulf %v1293, %v207 fastmath<contract> : f32
                %v1297 = arith.subf %v1295, %v1296 fastmath<contract> : f32
                %v1298 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1297) : (f32) -> f32
                %v1299 = arith.mulf %v311, %v1262 fastmath<contract> : f32
                %v1300 = arith.mulf %v1298, %v1299 fastmath<contract> : f32
                %v1301 = arith.mulf %v179, %v1300 fastmath<contract> : f32
                %v1302 = arith.addf %v1284, %v1301 fastmath<contract> : f32
                %v1303 = arith.subf %v43, %v1280 fastmath<contract> : f32
                %v1304 = arith.mulf %v1280, %v1303 fastmath<contract> : f32
                %v1305 = arith.mulf %v1302, %v1304 fastmath<contract> : f32
                scf.if %v27 {
                  %v1306 = arith.muli %v32, %v181 : i64
                  %v1307 = arith.muli %v30, %v180 : i64
                  %v1308 = arith.addi %v1306, %v1307 : i64
                  %v1309 = arith.muli %v1240, %v1 : i64
                  %v1310 = arith.addi %v1308, %v1309 : i64
                  %v1311 = llvm.getelementptr %dx_rho[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1305, %v1311 : f32, !llvm.ptr
                }
                %v1312 = arith.mulf %v179, %v1280 fastmath<contract> : f32
                %v1313 = arith.mulf %v1312, %v1299 fastmath<contract> : f32
                %v1314 = arith.mulf %v1291, %v203 fastmath<contract> : f32
                %v1315 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1314) : (f32) -> f32
                %v1316 = arith.mulf %v1315, %v206 fastmath<contract> : f32
                %v1317 = arith.subf %v1291, %v1316 fastmath<contract> : f32
                %v1318 = arith.mulf %v1315, %v207 fastmath<contract> : f32
                %v1319 = arith.subf %v1317, %v1318 fastmath<contract> : f32
                %v1320 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1319) : (f32) -> f32
                %v1321 = arith.negf %v1320 : f32
                %v1322 = arith.mulf %v1313, %v1321 fastmath<contract> : f32
                scf.if %v27 {
                  %v1323 = arith.muli %v32, %v181 : i64
                  %v1324 = arith.muli %v30, %v180 : i64
                  %v1325 = arith.addi %v1323, %v1324 : i64
                  %v1326 = arith.muli %v1240, %v1 : i64
                  %v1327 = arith.addi %v1325, %v1326 : i64
                  %v1328 = llvm.getelementptr %dx_theta[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1322, %v1328 : f32, !llvm.ptr
                }
                %v1329 = arith.mulf %v1312, %v1298 fastmath<contract> : f32
                llvm.store %v1329, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1330 = arith.mulf %v1280, %v1280 fastmath<contract> : f32
                %v1331 = arith.negf %v1330 : f32
                llvm.store %v1331, %v39 : f32, !llvm.ptr
                %v1332 = arith.addi %v248, %v10 : i64
                %v1334 = arith.cmpi slt, %v1333, %v653 : i32
                %v1335 = arith.cmpi eq, %v1333, %v659 : i32
                %v1336 = arith.addi %v122, %v1332 : i64
                %v1337 = llvm.load %v34 : !llvm.ptr -> f32
                %v1338 = llvm.load %v35 : !llvm.ptr -> f32
                %v1339 = arith.muli %v32, %v181 : i64
                %v1340 = arith.muli %v30, %v180 : i64
                %v1341 = arith.addi %v1339, %v1340 : i64
                %v1342 = arith.muli %v1336, %v1 : i64
                %v1343 = arith.addi %v1341, %v1342 : i64
                %v1344 = llvm.getelementptr %dy_y[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
                %v1346 = llvm.load %v36 : !llvm.ptr -> f32
                %v1347 = arith.mulf %v1346, %v1337 fastmath<contract> : f32
                %v1348 = arith.addf %v1345, %v1347 fastmath<contract> : f32
                %v1349 = llvm.load %v38 : !llvm.ptr -> f32
                %v1350 = arith.mulf %v1349, %v1338 fastmath<contract> : f32
                %v1351 = arith.addf %v1350, %v1348 fastmath<contract> : f32
                %v1352 = llvm.load %v37 : !llvm.ptr -> f32
                %v1353 = arith.mulf %v1352, %v1338 fastmath<contract> : f32
                %v1354 = arith.addf %v42, %v1353 fastmath<contract> : f32
                %v1355 = llvm.load %v39 : !llvm.ptr -> f32
                %v1356 = arith.mulf %v1355, %v1337 fastmath<contract> : f32
                %v1357 = arith.addf %v1356, %v1354 fastmath<contract> : f32
                llvm.store %v1351, %v34 : f32, !llvm.ptr
                llvm.store %v1357, %v35 : f32, !llvm.ptr
                %v1358 = llvm.load %v34 : !llvm.ptr -> f32
                scf.if %v27 {
                  %v1359 = arith.muli %v32, %v181 : i64
                  %v1360 = arith.muli %v30, %v180 : i64
                  %v1361 = arith.addi %v1359, %v1360 : i64
                  %v1362 = arith.muli %v1336, %v1 : i64
                  %v1363 = arith.addi %v1361, %v1362 : i64
                  %v1364 = llvm.getelementptr %dx_x[%v1363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1358, %v1364 : f32, !llvm.ptr
                }
                %v1365 = arith.muli %v32, %v181 : i64
                %v1366 = arith.muli %v30, %v180 : i64
                %v1367 = arith.addi %v1365, %v1366 : i64
                %v1368 = arith.muli %v1336, %v1 : i64
                %v1369 = arith.addi %v1367, %v1368 : i64
                %v1370 = llvm.getelementptr %in_rho[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
                %v1372 = arith.negf %v1371 : f32
                %v1373 = arith.mulf %v1372, %v190 fastmath<contract> : f32
                %v1374 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1373) : (f32) -> f32
                %v1375 = arith.addf %v43, %v1374 fastmath<contract> : f32
                %v1376 = arith.divf %v43, %v1375 : f32
                %v1377 = arith.mulf %v267, %v1358 fastmath<contract> : f32
                %v1378 = arith.negf %v1377 : f32
                %v1379 = arith.mulf %v1376, %v1378 fastmath<contract> : f32
                %v1380 = arith.addf %v1379, %v1379 fastmath<contract> : f32
                %v1381 = arith.muli %v32, %v181 : i64
                %v1382 = arith.muli %v30, %v180 : i64
                %v1383 = arith.addi %v1381, %v1382 : i64
                %v1384 = arith.muli %v1336, %v1 : i64
                %v1385 = arith.addi %v1383, %v1384 : i64
                %v1386 = llvm.getelementptr %in_theta[%v1385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
                %v1388 = arith.mulf %v1387, %v203 fastmath<contract> : f32
                %v1389 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1388) : (f32) -> f32
                %v1390 = arith.mulf %v1389, %v206 fastmath<contract> : f32
                %v1391 = arith.subf %v1387, %v1390 fastmath<contract> : f32
                %v1392 = arith.mulf %v1389, %v207 fastmath<contract> : f32
                %v1393 = arith.subf %v1391, %v1392 fastmath<contract> : f32
                %v1394 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1393) : (f32) -> f32
                %v1395 = arith.mulf %v259, %v1358 fastmath<contract> : f32
                %v1396 = arith.mulf %v1394, %v1395 fastmath<contract> : f32
                %v1397 = arith.mulf %v179, %v1396 fastmath<contract> : f32
                %v1398 = arith.addf %v1380, %v1397 fastmath<contract> : f32
                %v1399 = arith.subf %v43, %v1376 fastmath<contract> : f32
                %v1400 = arith.mulf %v1376, %v1399 fastmath<contract> : f32
                %v1401 = arith.mulf %v1398, %v1400 fastmath<contract> : f32
                scf.if %v27 {
                  %v1402 = arith.muli %v32, %v181 : i64
                  %v1403 = arith.muli %v30, %v180 : i64
                  %v1404 = arith.addi %v1402, %v1403 : i64
                  %v1405 = arith.muli %v1336, %v1 : i64
                  %v1406 = arith.addi %v1404, %v1405 : i64
                  %v1407 = llvm.getelementptr %dx_rho[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1401, %v1407 : f32, !llvm.ptr
                }
                %v1408 = arith.mulf %v179, %v1376 fastmath<contract> : f32
                %v1409 = arith.mulf %v1408, %v1395 fastmath<contract> : f32
                %v1410 = arith.mulf %v1387, %v203 fastmath<contract> : f32
                %v1411 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1410) : (f32) -> f32
                %v1412 = arith.mulf %v1411, %v206 fastmath<contract> : f32
                %v1413 = arith.subf %v1387, %v1412 fastmath<contract> : f32
                %v1414 = arith.mulf %v1411, %v207 fastmath<contract> : f32
                %v1415 = arith.subf %v1413, %v1414 fastmath<contract> : f32
                %v1416 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1415) : (f32) -> f32
                %v1417 = arith.negf %v1416 : f32
                %v1418 = arith.mulf %v1409, %v1417 fastmath<contract> : f32
                scf.if %v27 {
                  %v1419 = arith.muli %v32, %v181 : i64
                  %v1420 = arith.muli %v30, %v180 : i64
                  %v1421 = arith.addi %v1419, %v1420 : i64
                  %v1422 = arith.muli %v1336, %v1 : i64
                  %v1423 = arith.addi %v1421, %v1422 : i64
                  %v1424 = llvm.getelementptr %dx_theta[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1418, %v1424 : f32, !llvm.ptr
                }
                %v1425 = arith.mulf %v1408, %v1394 fastmath<contract> : f32
                llvm.store %v1425, %v36 : f32, !llvm.ptr
                llvm.store %v43, %v38 : f32, !llvm.ptr
                llvm.store %v42, %v37 : f32, !llvm.ptr
                %v1426 = arith.mulf %v1376, %v1376 fastmath<contract> : f32
                %v1427 = arith.negf %v1426 : f32
                llvm.store %v1427, %v39 : f32, !llvm.ptr
              } else {
                %v1428 = arith.subi %v124, %v1 : i64
                %v1429 = arith.muli %v247, %v3 : i64
                %v1430 = arith.subi %v3, %v1 : i64
                %v1431 = arith.minsi %v26, %v1430 : i64
                %v1432 = arith.addi %v1429, %v1431 : i64
                %v1433 = arith.muli %v1432, %v1 : i64
                %v1434 = arith.addi %v1433, %v10 : i64
                %v1435 = llvm.getelementptr %scratch_h[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1436 = llvm.load %v1435 : !llvm.ptr -> f32
                %v1437 = arith.muli %v247, %v3 : i64
                %v1438 = arith.subi %v3, %v1 : i64
                %v1439 = arith.minsi %v26, %v1438 : i64
                %v1440 = arith.addi %v1437, %v1439 : i64
                %v1441 = arith.muli %v1440, %v1 : i64
                %v1442 = arith.addi %v1441, %v10 : i64
                %v1443 = llvm.getelementptr %scratch_hp[%v1442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1444 = llvm.load %v1443 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1445 = arith.addi %v248, %v10 : i64
                %v1446 = arith.minsi %v1445, %v1428 : i64
                %v1447 = arith.addi %v122, %v1446 : i64
                %v1448 = arith.muli %v32, %v181 : i64
                %v1449 = arith.muli %v30, %v180 : i64
                %v1450 = arith.addi %v1448, %v1449 : i64
                %v1451 = arith.muli %v1447, %v1 : i64
                %v1452 = arith.addi %v1450, %v1451 : i64
                %v1453 = llvm.getelementptr %in_rho[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
                %v1455 = arith.negf %v1454 : f32
                %v1456 = arith.mulf %v1455, %v190 fastmath<contract> : f32
                %v1457 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1456) : (f32) -> f32
                %v1458 = arith.addf %v43, %v1457 fastmath<contract> : f32
                %v1459 = arith.divf %v43, %v1458 : f32
                %v1460 = arith.mulf %v179, %v1459 fastmath<contract> : f32
                %v1461 = arith.muli %v32, %v181 : i64
                %v1462 = arith.muli %v30, %v180 : i64
                %v1463 = arith.addi %v1461, %v1462 : i64
                %v1464 = arith.muli %v1447, %v1 : i64
                %v1465 = arith.addi %v1463, %v1464 : i64
                %v1466 = llvm.getelementptr %in_theta[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
                %v1468 = arith.mulf %v1467, %v203 fastmath<contract> : f32
                %v1469 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1468) : (f32) -> f32
                %v1470 = arith.mulf %v1469, %v206 fastmath<contract> : f32
                %v1471 = arith.subf %v1467, %v1470 fastmath<contract> : f32
                %v1472 = arith.mulf %v1469, %v207 fastmath<contract> : f32
                %v1473 = arith.subf %v1471, %v1472 fastmath<contract> : f32
                %v1474 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1473) : (f32) -> f32
                %v1475 = arith.mulf %v1460, %v1474 fastmath<contract> : f32
                %v1476 = arith.muli %v32, %v181 : i64
                %v1477 = arith.muli %v30, %v180 : i64
                %v1478 = arith.addi %v1476, %v1477 : i64
                %v1479 = arith.muli %v1447, %v1 : i64
                %v1480 = arith.addi %v1478, %v1479 : i64
                %v1481 = llvm.getelementptr %in_x[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
                %v1483 = arith.mulf %v1475, %v1436 fastmath<contract> : f32
                %v1484 = arith.addf %v1483, %v1482 fastmath<contract> : f32
                %v1485 = arith.mulf %v1459, %v1459 fastmath<contract> : f32
                %v1486 = arith.negf %v1485 : f32
                %v1487 = arith.mulf %v1486, %v1444 fastmath<contract> : f32
                %v1488 = arith.addf %v1484, %v1487 fastmath<contract> : f32
                %v1489 = arith.mulf %v42, %v1444 fastmath<contract> : f32
                %v1490 = arith.addf %v1489, %v42 fastmath<contract> : f32
                %v1491 = arith.mulf %v43, %v1436 fastmath<contract> : f32
                %v1492 = arith.addf %v1490, %v1491 fastmath<contract> : f32
                %v1493 = arith.addi %v248, %v1 : i64
                %v1494 = arith.minsi %v1493, %v1428 : i64
                %v1495 = arith.addi %v122, %v1494 : i64
                %v1496 = arith.muli %v32, %v181 : i64
                %v1497 = arith.muli %v30, %v180 : i64
                %v1498 = arith.addi %v1496, %v1497 : i64
                %v1499 = arith.muli %v1495, %v1 : i64
                %v1500 = arith.addi %v1498, %v1499 : i64
                %v1501 = llvm.getelementptr %in_rho[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1502 = llvm.load %v1501 : !llvm.ptr -> f32
                %v1503 = arith.negf %v1502 : f32
                %v1504 = arith.mulf %v1503, %v190 fastmath<contract> : f32
                %v1505 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1504) : (f32) -> f32
                %v1506 = arith.addf %v43, %v1505 fastmath<contract> : f32
                %v1507 = arith.divf %v43, %v1506 : f32
                %v1508 = arith.mulf %v179, %v1507 fastmath<contract> : f32
                %v1509 = arith.muli %v32, %v181 : i64
                %v1510 = arith.muli %v30, %v180 : i64
                %v1511 = arith.addi %v1509, %v1510 : i64
                %v1512 = arith.muli %v1495, %v1 : i64
                %v1513 = arith.addi %v1511, %v1512 : i64
                %v1514 = llvm.getelementptr %in_theta[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1515 = llvm.load %v1514 : !llvm.ptr -> f32
                %v1516 = arith.mulf %v1515, %v203 fastmath<contract> : f32
                %v1517 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1516) : (f32) -> f32
                %v1518 = arith.mulf %v1517, %v206 fastmath<contract> : f32
                %v1519 = arith.subf %v1515, %v1518 fastmath<contract> : f32
                %v1520 = arith.mulf %v1517, %v207 fastmath<contract> : f32
                %v1521 = arith.subf %v1519, %v1520 fastmath<contract> : f32
                %v1522 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1521) : (f32) -> f32
                %v1523 = arith.mulf %v1508, %v1522 fastmath<contract> : f32
                %v1524 = arith.muli %v32, %v181 : i64
                %v1525 = arith.muli %v30, %v180 : i64
                %v1526 = arith.addi %v1524, %v1525 : i64
                %v1527 = arith.muli %v1495, %v1 : i64
                %v1528 = arith.addi %v1526, %v1527 : i64
                %v1529 = llvm.getelementptr %in_x[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1530 = llvm.load %v1529 : !llvm.ptr -> f32
                %v1531 = arith.mulf %v1523, %v1488 fastmath<contract> : f32
                %v1532 = arith.addf %v1531, %v1530 fastmath<contract> : f32
                %v1533 = arith.mulf %v1507, %v1507 fastmath<contract> : f32
                %v1534 = arith.negf %v1533 : f32
                %v1535 = arith.mulf %v1534, %v1492 fastmath<contract> : f32
                %v1536 = arith.addf %v1532, %v1535 fastmath<contract> : f32
                %v1537 = arith.mulf %v42, %v1492 fastmath<contract> : f32
                %v1538 = arith.addf %v1537, %v42 fastmath<contract> : f32
                %v1539 = arith.mulf %v43, %v1488 fastmath<contract> : f32
                %v1540 = arith.addf %v1538, %v1539 fastmath<contract> : f32
                %v1541 = arith.addi %v248, %v53 : i64
                %v1542 = arith.minsi %v1541, %v1428 : i64
                %v1543 = arith.addi %v122, %v1542 : i64
                %v1544 = arith.muli %v32, %v181 : i64
                %v1545 = arith.muli %v30, %v180 : i64
                %v1546 = arith.addi %v1544, %v1545 : i64
                %v1547 = arith.muli %v1543, %v1 : i64
                %v1548 = arith.addi %v1546, %v1547 : i64
                %v1549 = llvm.getelementptr %in_rho[%v1548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1550 = llvm.load %v1549 : !llvm.ptr -> f32
                %v1551 = arith.negf %v1550 : f32
                %v1552 = arith.mulf %v1551, %v190 fastmath<contract> : f32
                %v1553 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1552) : (f32) -> f32
                %v1554 = arith.addf %v43, %v1553 fastmath<contract> : f32
                %v1555 = arith.divf %v43, %v1554 : f32
                %v1556 = arith.mulf %v179, %v1555 fastmath<contract> : f32
                %v1557 = arith.muli %v32, %v181 : i64
                %v1558 = arith.muli %v30, %v180 : i64
                %v1559 = arith.addi %v1557, %v1558 : i64
                %v1560 = arith.muli %v1543, %v1 : i64
                %v1561 = arith.addi %v1559, %v1560 : i64
                %v1562 = llvm.getelementptr %in_theta[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1563 = llvm.load %v1562 : !llvm.ptr -> f32
                %v1564 = arith.mulf %v1563, %v203 fastmath<contract> : f32
                %v1565 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1564) : (f32) -> f32
                %v1566 = arith.mulf %v1565, %v206 fastmath<contract> : f32
                %v1567 = arith.subf %v1563, %v1566 fastmath<contract> : f32
                %v1568 = arith.mulf %v1565, %v207 fastmath<contract> : f32
                %v1569 = arith.subf %v1567, %v1568 fastmath<contract> : f32
                %v1570 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1569) : (f32) -> f32
                %v1571 = arith.mulf %v1556, %v1570 fastmath<contract> : f32
                %v1572 = arith.muli %v32, %v181 : i64
                %v1573 = arith.muli %v30, %v180 : i64
                %v1574 = arith.addi %v1572, %v1573 : i64
                %v1575 = arith.muli %v1543, %v1 : i64
                %v1576 = arith.addi %v1574, %v1575 : i64
                %v1577 = llvm.getelementptr %in_x[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1578 = llvm.load %v1577 : !llvm.ptr -> f32
                %v1579 = arith.mulf %v1571, %v1536 fastmath<contract> : f32
                %v1580 = arith.addf %v1579, %v1578 fastmath<contract> : f32
                %v1581 = arith.mulf %v1555, %v1555 fastmath<contract> : f32
                %v1582 = arith.negf %v1581 : f32
                %v1583 = arith.mulf %v1582, %v1540 fastmath<contract> : f32
                %v1584 = arith.addf %v1580, %v1583 fastmath<contract> : f32
                %v1585 = arith.mulf %v42, %v1540 fastmath<contract> : f32
                %v1586 = arith.addf %v1585, %v42 fastmath<contract> : f32
                %v1587 = arith.mulf %v43, %v1536 fastmath<contract> : f32
                %v1588 = arith.addf %v1586, %v1587 fastmath<contract> : f32
                %v1589 = arith.addi %v248, %v57 : i64
                %v1590 = arith.minsi %v1589, %v1428 : i64
                %v1591 = arith.addi %v122, %v1590 : i64
                %v1592 = arith.muli %v32, %v181 : i64
                %v1593 = arith.muli %v30, %v180 : i64
                %v1594 = arith.addi %v1592, %v1593 : i64
                %v1595 = arith.muli %v1591, %v1 : i64
                %v1596 = arith.addi %v1594, %v1595 : i64
                %v1597 = llvm.getelementptr %in_rho[%v1596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1598 = llvm.load %v1597 : !llvm.ptr -> f32
                %v1599 = arith.negf %v1598 : f32
                %v1600 = arith.mulf %v1599, %v190 fastmath<contract> : f32
                %v1601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1600) : (f32) -> f32
                %v1602 = arith.addf %v43, %v1601 fastmath<contract> : f32
                %v1603 = arith.divf %v43, %v1602 : f32
                %v1604 = arith.mulf %v179, %v1603 fastmath<contract> : f32
                %v1605 = arith.muli %v32, %v181 : i64
                %v1606 = arith.muli %v30, %v180 : i64
                %v1607 = arith.addi %v1605, %v1606 : i64
                %v1608 = arith.muli %v1591, %v1 : i64
                %v1609 = arith.addi %v1607, %v1608 : i64
                %v1610 = llvm.getelementptr %in_theta[%v1609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
                %v1612 = arith.mulf %v1611, %v203 fastmath<contract> : f32
                %v1613 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1612) : (f32) -> f32
                %v1614 = arith.mulf %v1613, %v206 fastmath<contract> : f32
                %v1615 = arith.subf %v1611, %v1614 fastmath<contract> : f32
                %v1616 = arith.mulf %v1613, %v207 fastmath<contract> : f32
                %v1617 = arith.subf %v1615, %v1616 fastmath<contract> : f32
                %v1618 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1617) : (f32) -> f32
                %v1619 = arith.mulf %v1604, %v1618 fastmath<contract> : f32
                %v1620 = arith.muli %v32, %v181 : i64
                %v1621 = arith.muli %v30, %v180 : i64
                %v1622 = arith.addi %v1620, %v1621 : i64
                %v1623 = arith.muli %v1591, %v1 : i64
                %v1624 = arith.addi %v1622, %v1623 : i64
                %v1625 = llvm.getelementptr %in_x[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1626 = llvm.load %v1625 : !llvm.ptr -> f32
                %v1627 = arith.mulf %v1619, %v1584 fastmath<contract> : f32
                %v1628 = arith.addf %v1627, %v1626 fastmath<contract> : f32
                %v1629 = arith.mulf %v1603, %v1603 fastmath<contract> : f32
                %v1630 = arith.negf %v1629 : f32
                %v1631 = arith.mulf %v1630, %v1588 fastmath<contract> : f32
                %v1632 = arith.addf %v1628, %v1631 fastmath<contract> : f32
                %v1633 = arith.mulf %v42, %v1588 fastmath<contract> : f32
                %v1634 = arith.addf %v1633, %v42 fastmath<contract> : f32
                %v1635 = arith.mulf %v43, %v1584 fastmath<contract> : f32
                %v1636 = arith.addf %v1634, %v1635 fastmath<contract> : f32
                %v1637 = arith.addi %v248, %v61 : i64
                %v1638 = arith.minsi %v1637, %v1428 : i64
                %v1639 = arith.addi %v122, %v1638 : i64
                %v1640 = arith.muli %v32, %v181 : i64
                %v1641 = arith.muli %v30, %v180 : i64
                %v1642 = arith.addi %v1640, %v1641 : i64
                %v1643 = arith.muli %v1639, %v1 : i64
                %v1644 = arith.addi %v1642, %v1643 : i64
                %v1645 = llvm.getelementptr %in_rho[%v1644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1646 = llvm.load %v1645 : !llvm.ptr -> f32
                %v1647 = arith.negf %v1646 : f32
                %v1648 = arith.mulf %v1647, %v190 fastmath<contract> : f32
                %v1649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1648) : (f32) -> f32
                %v1650 = arith.addf %v43, %v1649 fastmath<contract> : f32
                %v1651 = arith.divf %v43, %v1650 : f32
                %v1652 = arith.mulf %v179, %v1651 fastmath<contract> : f32
                %v1653 = arith.muli %v32, %v181 : i64
                %v1654 = arith.muli %v30, %v180 : i64
                %v1655 = arith.addi %v1653, %v1654 : i64
                %v1656 = arith.muli %v1639, %v1 : i64
                %v1657 = arith.addi %v1655, %v1656 : i64
                %v1658 = llvm.getelementptr %in_theta[%v1657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1659 = llvm.load %v1658 : !llvm.ptr -> f32
                %v1660 = arith.mulf %v1659, %v203 fastmath<contract> : f32
                %v1661 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1660) : (f32) -> f32
                %v1662 = arith.mulf %v1661, %v206 fastmath<contract> : f32
                %v1663 = arith.subf %v1659, %v1662 fastmath<contract> : f32
                %v1664 = arith.mulf %v1661, %v207 fastmath<contract> : f32
                %v1665 = arith.subf %v1663, %v1664 fastmath<contract> : f32
                %v1666 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1665) : (f32) -> f32
                %v1667 = arith.mulf %v1652, %v1666 fastmath<contract> : f32
                %v1668 = arith.muli %v32, %v181 : i64
                %v1669 = arith.muli %v30, %v180 : i64
                %v1670 = arith.addi %v1668, %v1669 : i64
                %v1671 = arith.muli %v1639, %v1 : i64
                %v1672 = arith.addi %v1670, %v1671 : i64
                %v1673 = llvm.getelementptr %in_x[%v1672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1674 = llvm.load %v1673 : !llvm.ptr -> f32
                %v1675 = arith.mulf %v1667, %v1632 fastmath<contract> : f32
                %v1676 = arith.addf %v1675, %v1674 fastmath<contract> : f32
                %v1677 = arith.mulf %v1651, %v1651 fastmath<contract> : f32
                %v1678 = arith.negf %v1677 : f32
                %v1679 = arith.mulf %v1678, %v1636 fastmath<contract> : f32
                %v1680 = arith.addf %v1676, %v1679 fastmath<contract> : f32
                %v1681 = arith.mulf %v42, %v1636 fastmath<contract> : f32
                %v1682 = arith.addf %v1681, %v42 fastmath<contract> : f32
                %v1683 = arith.mulf %v43, %v1632 fastmath<contract> : f32
                %v1684 = arith.addf %v1682, %v1683 fastmath<contract> : f32
                %v1685 = arith.addi %v248, %v65 : i64
                %v1686 = arith.minsi %v1685, %v1428 : i64
                %v1687 = arith.addi %v122, %v1686 : i64
                %v1688 = arith.muli %v32, %v181 : i64
                %v1689 = arith.muli %v30, %v180 : i64
                %v1690 = arith.addi %v1688, %v1689 : i64
                %v1691 = arith.muli %v1687, %v1 : i64
                %v1692 = arith.addi %v1690, %v1691 : i64
                %v1693 = llvm.getelementptr %in_rho[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
                %v1695 = arith.negf %v1694 : f32
                %v1696 = arith.mulf %v1695, %v190 fastmath<contract> : f32
                %v1697 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1696) : (f32) -> f32
                %v1698 = arith.addf %v43, %v1697 fastmath<contract> : f32
                %v1699 = arith.divf %v43, %v1698 : f32
                %v1700 = arith.mulf %v179, %v1699 fastmath<contract> : f32
                %v1701 = arith.muli %v32, %v181 : i64
                %v1702 = arith.muli %v30, %v180 : i64
                %v1703 = arith.addi %v1701, %v1702 : i64
                %v1704 = arith.muli %v1687, %v1 : i64
                %v1705 = arith.addi %v1703, %v1704 : i64
                %v1706 = llvm.getelementptr %in_theta[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
                %v1708 = arith.mulf %v1707, %v203 fastmath<contract> : f32
                %v1709 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1708) : (f32) -> f32
                %v1710 = arith.mulf %v1709, %v206 fastmath<contract> : f32
                %v1711 = arith.subf %v1707, %v1710 fastmath<contract> : f32
                %v1712 = arith.mulf %v1709, %v207 fastmath<contract> : f32
                %v1713 = arith.subf %v1711, %v1712 fastmath<contract> : f32
                %v1714 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1713) : (f32) -> f32
                %v1715 = arith.mulf %v1700, %v1714 fastmath<contract> : f32
                %v1716 = arith.muli %v32, %v181 : i64
                %v1717 = arith.muli %v30, %v180 : i64
                %v1718 = arith.addi %v1716, %v1717 : i64
                %v1719 = arith.muli %v1687, %v1 : i64
                %v1720 = arith.addi %v1718, %v1719 : i64
                %v1721 = llvm.getelementptr %in_x[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
                %v1723 = arith.mulf %v1715, %v1680 fastmath<contract> : f32
                %v1724 = arith.addf %v1723, %v1722 fastmath<contract> : f32
                %v1725 = arith.mulf %v1699, %v1699 fastmath<contract> : f32
                %v1726 = arith.negf %v1725 : f32
                %v1727 = arith.mulf %v1726, %v1684 fastmath<contract> : f32
                %v1728 = arith.addf %v1724, %v1727 fastmath<contract> : f32
                %v1729 = arith.mulf %v42, %v1684 fastmath<contract> : f32
                %v1730 = arith.addf %v1729, %v42 fastmath<contract> : f32
                %v1731 = arith.mulf %v43, %v1680 fastmath<contract> : f32
                %v1732 = arith.addf %v1730, %v1731 fastmath<contract> : f32
                %v1733 = arith.addi %v248, %v69 : i64
                %v1734 = arith.minsi %v1733, %v1428 : i64
                %v1735 = arith.addi %v122, %v1734 : i64
                %v1736 = arith.muli %v32, %v181 : i64
                %v1737 = arith.muli %v30, %v180 : i64
                %v1738 = arith.addi %v1736, %v1737 : i64
                %v1739 = arith.muli %v1735, %v1 : i64
                %v1740 = arith.addi %v1738, %v1739 : i64
                %v1741 = llvm.getelementptr %in_rho[%v1740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
                %v1743 = arith.negf %v1742 : f32
                %v1744 = arith.mulf %v1743, %v190 fastmath<contract> : f32
                %v1745 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1744) : (f32) -> f32
                %v1746 = arith.addf %v43, %v1745 fastmath<contract> : f32
                %v1747 = arith.divf %v43, %v1746 : f32
                %v1748 = arith.mulf %v179, %v1747 fastmath<contract> : f32
                %v1749 = arith.muli %v32, %v181 : i64
                %v1750 = arith.muli %v30, %v180 : i64
                %v1751 = arith.addi %v1749, %v1750 : i64
                %v1752 = arith.muli %v1735, %v1 : i64
                %v1753 = arith.addi %v1751, %v1752 : i64
                %v1754 = llvm.getelementptr %in_theta[%v1753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1755 = llvm.load %v1754 : !llvm.ptr -> f32
                %v1756 = arith.mulf %v1755, %v203 fastmath<contract> : f32
                %v1757 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1756) : (f32) -> f32
                %v1758 = arith.mulf %v1757, %v206 fastmath<contract> : f32
                %v1759 = arith.subf %v1755, %v1758 fastmath<contract> : f32
                %v1760 = arith.mulf %v1757, %v207 fastmath<contract> : f32
                %v1761 = arith.subf %v1759, %v1760 fastmath<contract> : f32
                %v1762 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1761) : (f32) -> f32
                %v1763 = arith.mulf %v1748, %v1762 fastmath<contract> : f32
                %v1764 = arith.muli %v32, %v181 : i64
                %v1765 = arith.muli %v30, %v180 : i64
                %v1766 = arith.addi %v1764, %v1765 : i64
                %v1767 = arith.muli %v1735, %v1 : i64
                %v1768 = arith.addi %v1766, %v1767 : i64
                %v1769 = llvm.getelementptr %in_x[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
                %v1771 = arith.mulf %v1763, %v1728 fastmath<contract> : f32
                %v1772 = arith.addf %v1771, %v1770 fastmath<contract> : f32
                %v1773 = arith.mulf %v1747, %v1747 fastmath<contract> : f32
                %v1774 = arith.negf %v1773 : f32
                %v1775 = arith.mulf %v1774, %v1732 fastmath<contract> : f32
                %v1776 = arith.addf %v1772, %v1775 fastmath<contract> : f32
                %v1777 = arith.mulf %v42, %v1732 fastmath<contract> : f32
                %v1778 = arith.addf %v1777, %v42 fastmath<contract> : f32
                %v1779 = arith.mulf %v43, %v1728 fastmath<contract> : f32
                %v1780 = arith.addf %v1778, %v1779 fastmath<contract> : f32
                %v1781 = arith.addi %v248, %v73 : i64
                %v1782 = arith.minsi %v1781, %v1428 : i64
                %v1783 = arith.addi %v122, %v1782 : i64
                %v1784 = arith.muli %v32, %v181 : i64
                %v1785 = arith.muli %v30, %v180 : i64
                %v1786 = arith.addi %v1784, %v1785 : i64
                %v1787 = arith.muli %v1783, %v1 : i64
                %v1788 = arith.addi %v1786, %v1787 : i64
                %v1789 = llvm.getelementptr %in_rho[%v1788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1790 = llvm.load %v1789 : !llvm.ptr -> f32
                %v1791 = arith.negf %v1790 : f32
                %v1792 = arith.mulf %v1791, %v190 fastmath<contract> : f32
                %v1793 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1792) : (f32) -> f32
                %v1794 = arith.addf %v43, %v1793 fastmath<contract> : f32
                %v1795 = arith.divf %v43, %v1794 : f32
                %v1796 = arith.mulf %v179, %v1795 fastmath<contract> : f32
                %v1797 = arith.muli %v32, %v181 : i64
                %v1798 = arith.muli %v30, %v180 : i64
                %v1799 = arith.addi %v1797, %v1798 : i64
                %v1800 = arith.muli %v1783, %v1 : i64
                %v1801 = arith.addi %v1799, %v1800 : i64
                %v1802 = llvm.getelementptr %in_theta[%v1801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1803 = llvm.load %v1802 : !llvm.ptr -> f32
                %v1804 = arith.mulf %v1803, %v203 fastmath<contract> : f32
                %v1805 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1804) : (f32) -> f32
                %v1806 = arith.mulf %v1805, %v206 fastmath<contract> : f32
                %v1807 = arith.subf %v1803, %v1806 fastmath<contract> : f32
                %v1808 = arith.mulf %v1805, %v207 fastmath<contract> : f32
                %v1809 = arith.subf %v1807, %v1808 fastmath<contract> : f32
                %v1810 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1809) : (f32) -> f32
                %v1811 = arith.mulf %v1796, %v1810 fastmath<contract> : f32
                %v1812 = arith.muli %v32, %v181 : i64
                %v1813 = arith.muli %v30, %v180 : i64
                %v1814 = arith.addi %v1812, %v1813 : i64
                %v1815 = arith.muli %v1783, %v1 : i64
                %v1816 = arith.addi %v1814, %v1815 : i64
                %v1817 = llvm.getelementptr %in_x[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1818 = llvm.load %v1817 : !llvm.ptr -> f32
                %v1819 = arith.mulf %v1811, %v1776 fastmath<contract> : f32
                %v1820 = arith.addf %v1819, %v1818 fastmath<contract> : f32
                %v1821 = arith.mulf %v1795, %v1795 fastmath<contract> : f32
                %v1822 = arith.negf %v1821 : f32
                %v1823 = arith.mulf %v1822, %v1780 fastmath<contract> : f32
                %v1824 = arith.addf %v1820, %v1823 fastmath<contract> : f32
                %v1825 = arith.mulf %v42, %v1780 fastmath<contract> : f32
                %v1826 = arith.addf %v1825, %v42 fastmath<contract> : f32
                %v1827 = arith.mulf %v43, %v1776 fastmath<contract> : f32
                %v1828 = arith.addf %v1826, %v1827 fastmath<contract> : f32
                %v1829 = arith.subi %v124, %v248 : i64
                %v1830 = arith.trunci %v1829 : i64 to i32
                %v1831 = arith.subi %size_L, %v1 : i64
                %v1832 = arith.addi %v122, %v248 : i64
                %v1833 = arith.subi %v1831, %v1832 : i64
                %v1834 = arith.minsi %v1833, %v657 : i64
                %v1835 = arith.trunci %v1834 : i64 to i32
                %v1836 = arith.addi %v248, %v73 : i64
                %v1837 = arith.cmpi slt, %v661, %v1830 : i32
                %v1838 = arith.cmpi eq, %v661, %v1835 : i32
                scf.if %v1837 {
                  %v1839 = arith.addi %v122, %v1836 : i64
                  %v1840 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1841 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1842 = arith.muli %v32, %v181 : i64
                  %v1843 = arith.muli %v30, %v180 : i64
                  %v1844 = arith.addi %v1842, %v1843 : i64
                  %v1845 = arith.muli %v1839, %v1 : i64
                  %v1846 = arith.addi %v1844, %v1845 : i64
                  %v1847 = llvm.getelementptr %dy_y[%v1846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1848 = llvm.load %v1847 : !llvm.ptr -> f32
                  %v1849 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1850 = arith.mulf %v1849, %v1840 fastmath<contract> : f32
                  %v1851 = arith.addf %v1848, %v1850 fastmath<contract> : f32
                  %v1852 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1853 = arith.mulf %v1852, %v1841 fastmath<contract> : f32
                  %v1854 = arith.addf %v1853, %v1851 fastmath<contract> : f32
                  %v1855 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1856 = arith.mulf %v1855, %v1841 fastmath<contract> : f32
                  %v1857 = arith.addf %v42, %v1856 fastmath<contract> : f32
                  %v1858 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1859 = arith.mulf %v1858, %v1840 fastmath<contract> : f32
                  %v1860 = arith.addf %v1859, %v1857 fastmath<contract> : f32
                  llvm.store %v1854, %v34 : f32, !llvm.ptr
                  llvm.store %v1860, %v35 : f32, !llvm.ptr
                  %v1861 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v1862 = arith.muli %v32, %v181 : i64
                    %v1863 = arith.muli %v30, %v180 : i64
                    %v1864 = arith.addi %v1862, %v1863 : i64
                    %v1865 = arith.muli %v1839, %v1 : i64
                    %v1866 = arith.addi %v1864, %v1865 : i64
                    %v1867 = llvm.getelementptr %dx_x[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1861, %v1867 : f32, !llvm.ptr
                  }
                  %v1868 = arith.muli %v32, %v181 : i64
                  %v1869 = arith.muli %v30, %v180 : i64
                  %v1870 = arith.addi %v1868, %v1869 : i64
                  %v1871 = arith.muli %v1839, %v1 : i64
                  %v1872 = arith.addi %v1870, %v1871 : i64
                  %v1873 = llvm.getelementptr %in_rho[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1874 = llvm.load %v1873 : !llvm.ptr -> f32
                  %v1875 = arith.negf %v1874 : f32
                  %v1876 = arith.mulf %v1875, %v190 fastmath<contract> : f32
                  %v1877 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1876) : (f32) -> f32
                  %v1878 = arith.addf %v43, %v1877 fastmath<contract> : f32
                  %v1879 = arith.divf %v43, %v1878 : f32
                  %v1880 = arith.mulf %v1780, %v1861 fastmath<contract> : f32
                  %v1881 = arith.negf %v1880 : f32
                  %v1882 = arith.mulf %v1879, %v1881 fastmath<contract> : f32
                  %v1883 = arith.addf %v1882, %v1882 fastmath<contract> : f32
                  %v1884 = arith.muli %v32, %v181 : i64
                  %v1885 = arith.muli %v30, %v180 : i64
                  %v1886 = arith.addi %v1884, %v1885 : i64
                  %v1887 = arith.muli %v1839, %v1 : i64
                  %v1888 = arith.addi %v1886, %v1887 : i64
                  %v1889 = llvm.getelementptr %in_theta[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
                  %v1891 = arith.mulf %v1890, %v203 fastmath<contract> : f32
                  %v1892 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1891) : (f32) -> f32
                  %v1893 = arith.mulf %v1892, %v206 fastmath<contract> : f32
                  %v1894 = arith.subf %v1890, %v1893 fastmath<contract> : f32
                  %v1895 = arith.mulf %v1892, %v207 fastmath<contract> : f32
                  %v1896 = arith.subf %v1894, %v1895 fastmath<contract> : f32
                  %v1897 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1896) : (f32) -> f32
                  %v1898 = arith.mulf %v1776, %v1861 fastmath<contract> : f32
                  %v1899 = arith.mulf %v1897, %v1898 fastmath<contract> : f32
                  %v1900 = arith.mulf %v179, %v1899 fastmath<contract> : f32
                  %v1901 = arith.addf %v1883, %v1900 fastmath<contract> : f32
                  %v1902 = arith.subf %v43, %v1879 fastmath<contract> : f32
                  %v1903 = arith.mulf %v1879, %v1902 fastmath<contract> : f32
                  %v1904 = arith.mulf %v1901, %v1903 fastmath<contract> : f32
                  scf.if %v27 {
                    %v1905 = arith.muli %v32, %v181 : i64
                    %v1906 = arith.muli %v30, %v180 : i64
                    %v1907 = arith.addi %v1905, %v1906 : i64
                    %v1908 = arith.muli %v1839, %v1 : i64
                    %v1909 = arith.addi %v1907, %v1908 : i64
                    %v1910 = llvm.getelementptr %dx_rho[%v1909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1904, %v1910 : f32, !llvm.ptr
                  }
                  %v1911 = arith.mulf %v179, %v1879 fastmath<contract> : f32
                  %v1912 = arith.mulf %v1911, %v1898 fastmath<contract> : f32
                  %v1913 = arith.mulf %v1890, %v203 fastmath<contract> : f32
                  %v1914 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1913) : (f32) -> f32
                  %v1915 = arith.mulf %v1914, %v206 fastmath<contract> : f32
                  %v1916 = arith.subf %v1890, %v1915 fastmath<contract> : f32
                  %v1917 = arith.mulf %v1914, %v207 fastmath<contract> : f32
                  %v1918 = arith.subf %v1916, %v1917 fastmath<contract> : f32
                  %v1919 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1918) : (f32) -> f32
                  %v1920 = arith.negf %v1919 : f32
                  %v1921 = arith.mulf %v1912, %v1920 fastmath<contract> : f32
                  scf.if %v27 {
                    %v1922 = arith.muli %v32, %v181 : i64
                    %v1923 = arith.muli %v30, %v180 : i64
                    %v1924 = arith.addi %v1922, %v1923 : i64
                    %v1925 = arith.muli %v1839, %v1 : i64
                    %v1926 = arith.addi %v1924, %v1925 : i64
                    %v1927 = llvm.getelementptr %dx_theta[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1921, %v1927 : f32, !llvm.ptr
                  }
                  %v1928 = arith.mulf %v1911, %v1897 fastmath<contract> : f32
                  llvm.store %v1928, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v1929 = arith.mulf %v1879, %v1879 fastmath<contract> : f32
                  %v1930 = arith.negf %v1929 : f32
                  llvm.store %v1930, %v39 : f32, !llvm.ptr
                }
                %v1931 = arith.addi %v248, %v69 : i64
                %v1932 = arith.cmpi slt, %v757, %v1830 : i32
                %v1933 = arith.cmpi eq, %v757, %v1835 : i32
                scf.if %v1932 {
                  %v1934 = arith.addi %v122, %v1931 : i64
                  %v1935 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1936 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1937 = arith.muli %v32, %v181 : i64
                  %v1938 = arith.muli %v30, %v180 : i64
                  %v1939 = arith.addi %v1937, %v1938 : i64
                  %v1940 = arith.muli %v1934, %v1 : i64
                  %v1941 = arith.addi %v1939, %v1940 : i64
                  %v1942 = llvm.getelementptr %dy_y[%v1941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1943 = llvm.load %v1942 : !llvm.ptr -> f32
                  %v1944 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1945 = arith.mulf %v1944, %v1935 fastmath<contract> : f32
                  %v1946 = arith.addf %v1943, %v1945 fastmath<contract> : f32
                  %v1947 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1948 = arith.mulf %v1947, %v1936 fastmath<contract> : f32
                  %v1949 = arith.addf %v1948, %v1946 fastmath<contract> : f32
                  %v1950 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1951 = arith.mulf %v1950, %v1936 fastmath<contract> : f32
                  %v1952 = arith.addf %v42, %v1951 fastmath<contract> : f32
                  %v1953 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1954 = arith.mulf %v1953, %v1935 fastmath<contract> : f32
                  %v1955 = arith.addf %v1954, %v1952 fastmath<contract> : f32
                  llvm.store %v1949, %v34 : f32, !llvm.ptr
                  llvm.store %v1955, %v35 : f32, !llvm.ptr
                  %v1956 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v1957 = arith.muli %v32, %v181 : i64
                    %v1958 = arith.muli %v30, %v180 : i64
                    %v1959 = arith.addi %v1957, %v1958 : i64
                    %v1960 = arith.muli %v1934, %v1 : i64
                    %v1961 = arith.addi %v1959, %v1960 : i64
                    %v1962 = llvm.getelementptr %dx_x[%v1961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1956, %v1962 : f32, !llvm.ptr
                  }
                  %v1963 = arith.muli %v32, %v181 : i64
                  %v1964 = arith.muli %v30, %v180 : i64
                  %v1965 = arith.addi %v1963, %v1964 : i64
                  %v1966 = arith.muli %v1934, %v1 : i64
                  %v1967 = arith.addi %v1965, %v1966 : i64
                  %v1968 = llvm.getelementptr %in_rho[%v1967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1969 = llvm.load %v1968 : !llvm.ptr -> f32
                  %v1970 = arith.negf %v1969 : f32
                  %v1971 = arith.mulf %v1970, %v190 fastmath<contract> : f32
                  %v1972 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1971) : (f32) -> f32
                  %v1973 = arith.addf %v43, %v1972 fastmath<contract> : f32
                  %v1974 = arith.divf %v43, %v1973 : f32
                  %v1975 = arith.mulf %v1732, %v1956 fastmath<contract> : f32
                  %v1976 = arith.negf %v1975 : f32
                  %v1977 = arith.mulf %v1974, %v1976 fastmath<contract> : f32
                  %v1978 = arith.addf %v1977, %v1977 fastmath<contract> : f32
                  %v1979 = arith.muli %v32, %v181 : i64
                  %v1980 = arith.muli %v30, %v180 : i64
                  %v1981 = arith.addi %v1979, %v1980 : i64
                  %v1982 = arith.muli %v1934, %v1 : i64
                  %v1983 = arith.addi %v1981, %v1982 : i64
                  %v1984 = llvm.getelementptr %in_theta[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
                  %v1986 = arith.mulf %v1985, %v203 fastmath<contract> : f32
                  %v1987 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1986) : (f32) -> f32
                  %v1988 = arith.mulf %v1987, %v206 fastmath<contract> : f32
                  %v1989 = arith.subf %v1985, %v1988 fastmath<contract> : f32
                  %v1990 = arith.mulf %v1987, %v207 fastmath<contract> : f32
                  %v1991 = arith.subf %v1989, %v1990 fastmath<contract> : f32
                  %v1992 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1991) : (f32) -> f32
                  %v1993 = arith.mulf %v1728, %v1956 fastmath<contract> : f32
                  %v1994 = arith.mulf %v1992, %v1993 fastmath<contract> : f32
                  %v1995 = arith.mulf %v179, %v1994 fastmath<contract> : f32
                  %v1996 = arith.addf %v1978, %v1995 fastmath<contract> : f32
                  %v1997 = arith.subf %v43, %v1974 fastmath<contract> : f32
                  %v1998 = arith.mulf %v1974, %v1997 fastmath<contract> : f32
                  %v1999 = arith.mulf %v1996, %v1998 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2000 = arith.muli %v32, %v181 : i64
                    %v2001 = arith.muli %v30, %v180 : i64
                    %v2002 = arith.addi %v2000, %v2001 : i64
                    %v2003 = arith.muli %v1934, %v1 : i64
                    %v2004 = arith.addi %v2002, %v2003 : i64
                    %v2005 = llvm.getelementptr %dx_rho[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1999, %v2005 : f32, !llvm.ptr
                  }
                  %v2006 = arith.mulf %v179, %v1974 fastmath<contract> : f32
                  %v2007 = arith.mulf %v2006, %v1993 fastmath<contract> : f32
                  %v2008 = arith.mulf %v1985, %v203 fastmath<contract> : f32
                  %v2009 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2008) : (f32) -> f32
                  %v2010 = arith.mulf %v2009, %v206 fastmath<contract> : f32
                  %v2011 = arith.subf %v1985, %v2010 fastmath<contract> : f32
                  %v2012 = arith.mulf %v2009, %v207 fastmath<contract> : f32
                  %v2013 = arith.subf %v2011, %v2012 fastmath<contract> : f32
                  %v2014 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2013) : (f32) -> f32
                  %v2015 = arith.negf %v2014 : f32
                  %v2016 = arith.mulf %v2007, %v2015 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2017 = arith.muli %v32, %v181 : i64
                    %v2018 = arith.muli %v30, %v180 : i64
                    %v2019 = arith.addi %v2017, %v2018 : i64
                    %v2020 = arith.muli %v1934, %v1 : i64
                    %v2021 = arith.addi %v2019, %v2020 : i64
                    %v2022 = llvm.getelementptr %dx_theta[%v2021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2016, %v2022 : f32, !llvm.ptr
                  }
                  %v2023 = arith.mulf %v2006, %v1992 fastmath<contract> : f32
                  llvm.store %v2023, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2024 = arith.mulf %v1974, %v1974 fastmath<contract> : f32
                  %v2025 = arith.negf %v2024 : f32
                  llvm.store %v2025, %v39 : f32, !llvm.ptr
                }
                %v2026 = arith.addi %v248, %v65 : i64
                %v2027 = arith.cmpi slt, %v853, %v1830 : i32
                %v2028 = arith.cmpi eq, %v853, %v1835 : i32
                scf.if %v2027 {
                  %v2029 = arith.addi %v122, %v2026 : i64
                  %v2030 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2031 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2032 = arith.muli %v32, %v181 : i64
                  %v2033 = arith.muli %v30, %v180 : i64
                  %v2034 = arith.addi %v2032, %v2033 : i64
                  %v2035 = arith.muli %v2029, %v1 : i64
                  %v2036 = arith.addi %v2034, %v2035 : i64
                  %v2037 = llvm.getelementptr %dy_y[%v2036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2038 = llvm.load %v2037 : !llvm.ptr -> f32
                  %v2039 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2040 = arith.mulf %v2039, %v2030 fastmath<contract> : f32
                  %v2041 = arith.addf %v2038, %v2040 fastmath<contract> : f32
                  %v2042 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2043 = arith.mulf %v2042, %v2031 fastmath<contract> : f32
                  %v2044 = arith.addf %v2043, %v2041 fastmath<contract> : f32
                  %v2045 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2046 = arith.mulf %v2045, %v2031 fastmath<contract> : f32
                  %v2047 = arith.addf %v42, %v2046 fastmath<contract> : f32
                  %v2048 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2049 = arith.mulf %v2048, %v2030 fastmath<contract> : f32
                  %v2050 = arith.addf %v2049, %v2047 fastmath<contract> : f32
                  llvm.store %v2044, %v34 : f32, !llvm.ptr
                  llvm.store %v2050, %v35 : f32, !llvm.ptr
                  %v2051 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2052 = arith.muli %v32, %v181 : i64
                    %v2053 = arith.muli %v30, %v180 : i64
                    %v2054 = arith.addi %v2052, %v2053 : i64
                    %v2055 = arith.muli %v2029, %v1 : i64
                    %v2056 = arith.addi %v2054, %v2055 : i64
                    %v2057 = llvm.getelementptr %dx_x[%v2056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2051, %v2057 : f32, !llvm.ptr
                  }
                  %v2058 = arith.muli %v32, %v181 : i64
                  %v2059 = arith.muli %v30, %v180 : i64
                  %v2060 = arith.addi %v2058, %v2059 : i64
                  %v2061 = arith.muli %v2029, %v1 : i64
                  %v2062 = arith.addi %v2060, %v2061 : i64
                  %v2063 = llvm.getelementptr %in_rho[%v2062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2064 = llvm.load %v2063 : !llvm.ptr -> f32
                  %v2065 = arith.negf %v2064 : f32
                  %v2066 = arith.mulf %v2065, %v190 fastmath<contract> : f32
                  %v2067 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2066) : (f32) -> f32
                  %v2068 = arith.addf %v43, %v2067 fastmath<contract> : f32
                  %v2069 = arith.divf %v43, %v2068 : f32
                  %v2070 = arith.mulf %v1684, %v2051 fastmath<contract> : f32
                  %v2071 = arith.negf %v2070 : f32
                  %v2072 = arith.mulf %v2069, %v2071 fastmath<contract> : f32
                  %v2073 = arith.addf %v2072, %v2072 fastmath<contract> : f32
                  %v2074 = arith.muli %v32, %v181 : i64
                  %v2075 = arith.muli %v30, %v180 : i64
                  %v2076 = arith.addi %v2074, %v2075 : i64
                  %v2077 = arith.muli %v2029, %v1 : i64
                  %v2078 = arith.addi %v2076, %v2077 : i64
                  %v2079 = llvm.getelementptr %in_theta[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
                  %v2081 = arith.mulf %v2080, %v203 fastmath<contract> : f32
                  %v2082 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2081) : (f32) -> f32
                  %v2083 = arith.mulf %v2082, %v206 fastmath<contract> : f32
                  %v2084 = arith.subf %v2080, %v2083 fastmath<contract> : f32
                  %v2085 = arith.mulf %v2082, %v207 fastmath<contract> : f32
                  %v2086 = arith.subf %v2084, %v2085 fastmath<contract> : f32
                  %v2087 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2086) : (f32) -> f32
                  %v2088 = arith.mulf %v1680, %v2051 fastmath<contract> : f32
                  %v2089 = arith.mulf %v2087, %v2088 fastmath<contract> : f32
                  %v2090 = arith.mulf %v179, %v2089 fastmath<contract> : f32
                  %v2091 = arith.addf %v2073, %v2090 fastmath<contract> : f32
                  %v2092 = arith.subf %v43, %v2069 fastmath<contract> : f32
                  %v2093 = arith.mulf %v2069, %v2092 fastmath<contract> : f32
                  %v2094 = arith.mulf %v2091, %v2093 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2095 = arith.muli %v32, %v181 : i64
                    %v2096 = arith.muli %v30, %v180 : i64
                    %v2097 = arith.addi %v2095, %v2096 : i64
                    %v2098 = arith.muli %v2029, %v1 : i64
                    %v2099 = arith.addi %v2097, %v2098 : i64
                    %v2100 = llvm.getelementptr %dx_rho[%v2099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2094, %v2100 : f32, !llvm.ptr
                  }
                  %v2101 = arith.mulf %v179, %v2069 fastmath<contract> : f32
                  %v2102 = arith.mulf %v2101, %v2088 fastmath<contract> : f32
                  %v2103 = arith.mulf %v2080, %v203 fastmath<contract> : f32
                  %v2104 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2103) : (f32) -> f32
                  %v2105 = arith.mulf %v2104, %v206 fastmath<contract> : f32
                  %v2106 = arith.subf %v2080, %v2105 fastmath<contract> : f32
                  %v2107 = arith.mulf %v2104, %v207 fastmath<contract> : f32
                  %v2108 = arith.subf %v2106, %v2107 fastmath<contract> : f32
                  %v2109 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2108) : (f32) -> f32
                  %v2110 = arith.negf %v2109 : f32
                  %v2111 = arith.mulf %v2102, %v2110 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2112 = arith.muli %v32, %v181 : i64
                    %v2113 = arith.muli %v30, %v180 : i64
                    %v2114 = arith.addi %v2112, %v2113 : i64
                    %v2115 = arith.muli %v2029, %v1 : i64
                    %v2116 = arith.addi %v2114, %v2115 : i64
                    %v2117 = llvm.getelementptr %dx_theta[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2111, %v2117 : f32, !llvm.ptr
                  }
                  %v2118 = arith.mulf %v2101, %v2087 fastmath<contract> : f32
                  llvm.store %v2118, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2119 = arith.mulf %v2069, %v2069 fastmath<contract> : f32
                  %v2120 = arith.negf %v2119 : f32
                  llvm.store %v2120, %v39 : f32, !llvm.ptr
                }
                %v2121 = arith.addi %v248, %v61 : i64
                %v2122 = arith.cmpi slt, %v949, %v1830 : i32
                %v2123 = arith.cmpi eq, %v949, %v1835 : i32
                scf.if %v2122 {
                  %v2124 = arith.addi %v122, %v2121 : i64
                  %v2125 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2126 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2127 = arith.muli %v32, %v181 : i64
                  %v2128 = arith.muli %v30, %v180 : i64
                  %v2129 = arith.addi %v2127, %v2128 : i64
                  %v2130 = arith.muli %v2124, %v1 : i64
                  %v2131 = arith.addi %v2129, %v2130 : i64
                  %v2132 = llvm.getelementptr %dy_y[%v2131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2133 = llvm.load %v2132 : !llvm.ptr -> f32
                  %v2134 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2135 = arith.mulf %v2134, %v2125 fastmath<contract> : f32
                  %v2136 = arith.addf %v2133, %v2135 fastmath<contract> : f32
                  %v2137 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2138 = arith.mulf %v2137, %v2126 fastmath<contract> : f32
                  %v2139 = arith.addf %v2138, %v2136 fastmath<contract> : f32
                  %v2140 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2141 = arith.mulf %v2140, %v2126 fastmath<contract> : f32
                  %v2142 = arith.addf %v42, %v2141 fastmath<contract> : f32
                  %v2143 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2144 = arith.mulf %v2143, %v2125 fastmath<contract> : f32
                  %v2145 = arith.addf %v2144, %v2142 fastmath<contract> : f32
                  llvm.store %v2139, %v34 : f32, !llvm.ptr
                  llvm.store %v2145, %v35 : f32, !llvm.ptr
                  %v2146 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2147 = arith.muli %v32, %v181 : i64
                    %v2148 = arith.muli %v30, %v180 : i64
                    %v2149 = arith.addi %v2147, %v2148 : i64
                    %v2150 = arith.muli %v2124, %v1 : i64
                    %v2151 = arith.addi %v2149, %v2150 : i64
                    %v2152 = llvm.getelementptr %dx_x[%v2151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2146, %v2152 : f32, !llvm.ptr
                  }
                  %v2153 = arith.muli %v32, %v181 : i64
                  %v2154 = arith.muli %v30, %v180 : i64
                  %v2155 = arith.addi %v2153, %v2154 : i64
                  %v2156 = arith.muli %v2124, %v1 : i64
                  %v2157 = arith.addi %v2155, %v2156 : i64
                  %v2158 = llvm.getelementptr %in_rho[%v2157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2159 = llvm.load %v2158 : !llvm.ptr -> f32
                  %v2160 = arith.negf %v2159 : f32
                  %v2161 = arith.mulf %v2160, %v190 fastmath<contract> : f32
                  %v2162 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2161) : (f32) -> f32
                  %v2163 = arith.addf %v43, %v2162 fastmath<contract> : f32
                  %v2164 = arith.divf %v43, %v2163 : f32
                  %v2165 = arith.mulf %v1636, %v2146 fastmath<contract> : f32
                  %v2166 = arith.negf %v2165 : f32
                  %v2167 = arith.mulf %v2164, %v2166 fastmath<contract> : f32
                  %v2168 = arith.addf %v2167, %v2167 fastmath<contract> : f32
                  %v2169 = arith.muli %v32, %v181 : i64
                  %v2170 = arith.muli %v30, %v180 : i64
                  %v2171 = arith.addi %v2169, %v2170 : i64
                  %v2172 = arith.muli %v2124, %v1 : i64
                  %v2173 = arith.addi %v2171, %v2172 : i64
                  %v2174 = llvm.getelementptr %in_theta[%v2173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2175 = llvm.load %v2174 : !llvm.ptr -> f32
                  %v2176 = arith.mulf %v2175, %v203 fastmath<contract> : f32
                  %v2177 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2176) : (f32) -> f32
                  %v2178 = arith.mulf %v2177, %v206 fastmath<contract> : f32
                  %v2179 = arith.subf %v2175, %v2178 fastmath<contract> : f32
                  %v2180 = arith.mulf %v2177, %v207 fastmath<contract> : f32
                  %v2181 = arith.subf %v2179, %v2180 fastmath<contract> : f32
                  %v2182 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2181) : (f32) -> f32
                  %v2183 = arith.mulf %v1632, %v2146 fastmath<contract> : f32
                  %v2184 = arith.mulf %v2182, %v2183 fastmath<contract> : f32
                  %v2185 = arith.mulf %v179, %v2184 fastmath<contract> : f32
                  %v2186 = arith.addf %v2168, %v2185 fastmath<contract> : f32
                  %v2187 = arith.subf %v43, %v2164 fastmath<contract> : f32
                  %v2188 = arith.mulf %v2164, %v2187 fastmath<contract> : f32
                  %v2189 = arith.mulf %v2186, %v2188 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2190 = arith.muli %v32, %v181 : i64
                    %v2191 = arith.muli %v30, %v180 : i64
                    %v2192 = arith.addi %v2190, %v2191 : i64
                    %v2193 = arith.muli %v2124, %v1 : i64
                    %v2194 = arith.addi %v2192, %v2193 : i64
                    %v2195 = llvm.getelementptr %dx_rho[%v2194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2189, %v2195 : f32, !llvm.ptr
                  }
                  %v2196 = arith.mulf %v179, %v2164 fastmath<contract> : f32
                  %v2197 = arith.mulf %v2196, %v2183 fastmath<contract> : f32
                  %v2198 = arith.mulf %v2175, %v203 fastmath<contract> : f32
                  %v2199 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2198) : (f32) -> f32
                  %v2200 = arith.mulf %v2199, %v206 fastmath<contract> : f32
                  %v2201 = arith.subf %v2175, %v2200 fastmath<contract> : f32
                  %v2202 = arith.mulf %v2199, %v207 fastmath<contract> : f32
                  %v2203 = arith.subf %v2201, %v2202 fastmath<contract> : f32
                  %v2204 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2203) : (f32) -> f32
                  %v2205 = arith.negf %v2204 : f32
                  %v2206 = arith.mulf %v2197, %v2205 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2207 = arith.muli %v32, %v181 : i64
                    %v2208 = arith.muli %v30, %v180 : i64
                    %v2209 = arith.addi %v2207, %v2208 : i64
                    %v2210 = arith.muli %v2124, %v1 : i64
                    %v2211 = arith.addi %v2209, %v2210 : i64
                    %v2212 = llvm.getelementptr %dx_theta[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2206, %v2212 : f32, !llvm.ptr
                  }
                  %v2213 = arith.mulf %v2196, %v2182 fastmath<contract> : f32
                  llvm.store %v2213, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2214 = arith.mulf %v2164, %v2164 fastmath<contract> : f32
                  %v2215 = arith.negf %v2214 : f32
                  llvm.store %v2215, %v39 : f32, !llvm.ptr
                }
                %v2216 = arith.addi %v248, %v57 : i64
                %v2217 = arith.cmpi slt, %v1045, %v1830 : i32
                %v2218 = arith.cmpi eq, %v1045, %v1835 : i32
                scf.if %v2217 {
                  %v2219 = arith.addi %v122, %v2216 : i64
                  %v2220 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2221 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2222 = arith.muli %v32, %v181 : i64
                  %v2223 = arith.muli %v30, %v180 : i64
                  %v2224 = arith.addi %v2222, %v2223 : i64
                  %v2225 = arith.muli %v2219, %v1 : i64
                  %v2226 = arith.addi %v2224, %v2225 : i64
                  %v2227 = llvm.getelementptr %dy_y[%v2226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2228 = llvm.load %v2227 : !llvm.ptr -> f32
                  %v2229 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2230 = arith.mulf %v2229, %v2220 fastmath<contract> : f32
                  %v2231 = arith.addf %v2228, %v2230 fastmath<contract> : f32
                  %v2232 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2233 = arith.mulf %v2232, %v2221 fastmath<contract> : f32
                  %v2234 = arith.addf %v2233, %v2231 fastmath<contract> : f32
                  %v2235 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2236 = arith.mulf %v2235, %v2221 fastmath<contract> : f32
                  %v2237 = arith.addf %v42, %v2236 fastmath<contract> : f32
                  %v2238 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2239 = arith.mulf %v2238, %v2220 fastmath<contract> : f32
                  %v2240 = arith.addf %v2239, %v2237 fastmath<contract> : f32
                  llvm.store %v2234, %v34 : f32, !llvm.ptr
                  llvm.store %v2240, %v35 : f32, !llvm.ptr
                  %v2241 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2242 = arith.muli %v32, %v181 : i64
                    %v2243 = arith.muli %v30, %v180 : i64
                    %v2244 = arith.addi %v2242, %v2243 : i64
                    %v2245 = arith.muli %v2219, %v1 : i64
                    %v2246 = arith.addi %v2244, %v2245 : i64
                    %v2247 = llvm.getelementptr %dx_x[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2241, %v2247 : f32, !llvm.ptr
                  }
                  %v2248 = arith.muli %v32, %v181 : i64
                  %v2249 = arith.muli %v30, %v180 : i64
                  %v2250 = arith.addi %v2248, %v2249 : i64
                  %v2251 = arith.muli %v2219, %v1 : i64
                  %v2252 = arith.addi %v2250, %v2251 : i64
                  %v2253 = llvm.getelementptr %in_rho[%v2252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2254 = llvm.load %v2253 : !llvm.ptr -> f32
                  %v2255 = arith.negf %v2254 : f32
                  %v2256 = arith.mulf %v2255, %v190 fastmath<contract> : f32
                  %v2257 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2256) : (f32) -> f32
                  %v2258 = arith.addf %v43, %v2257 fastmath<contract> : f32
                  %v2259 = arith.divf %v43, %v2258 : f32
                  %v2260 = arith.mulf %v1588, %v2241 fastmath<contract> : f32
                  %v2261 = arith.negf %v2260 : f32
                  %v2262 = arith.mulf %v2259, %v2261 fastmath<contract> : f32
                  %v2263 = arith.addf %v2262, %v2262 fastmath<contract> : f32
                  %v2264 = arith.muli %v32, %v181 : i64
                  %v2265 = arith.muli %v30, %v180 : i64
                  %v2266 = arith.addi %v2264, %v2265 : i64
                  %v2267 = arith.muli %v2219, %v1 : i64
                  %v2268 = arith.addi %v2266, %v2267 : i64
                  %v2269 = llvm.getelementptr %in_theta[%v2268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2270 = llvm.load %v2269 : !llvm.ptr -> f32
                  %v2271 = arith.mulf %v2270, %v203 fastmath<contract> : f32
                  %v2272 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2271) : (f32) -> f32
                  %v2273 = arith.mulf %v2272, %v206 fastmath<contract> : f32
                  %v2274 = arith.subf %v2270, %v2273 fastmath<contract> : f32
                  %v2275 = arith.mulf %v2272, %v207 fastmath<contract> : f32
                  %v2276 = arith.subf %v2274, %v2275 fastmath<contract> : f32
                  %v2277 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2276) : (f32) -> f32
                  %v2278 = arith.mulf %v1584, %v2241 fastmath<contract> : f32
                  %v2279 = arith.mulf %v2277, %v2278 fastmath<contract> : f32
                  %v2280 = arith.mulf %v179, %v2279 fastmath<contract> : f32
                  %v2281 = arith.addf %v2263, %v2280 fastmath<contract> : f32
                  %v2282 = arith.subf %v43, %v2259 fastmath<contract> : f32
                  %v2283 = arith.mulf %v2259, %v2282 fastmath<contract> : f32
                  %v2284 = arith.mulf %v2281, %v2283 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2285 = arith.muli %v32, %v181 : i64
                    %v2286 = arith.muli %v30, %v180 : i64
                    %v2287 = arith.addi %v2285, %v2286 : i64
                    %v2288 = arith.muli %v2219, %v1 : i64
                    %v2289 = arith.addi %v2287, %v2288 : i64
                    %v2290 = llvm.getelementptr %dx_rho[%v2289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2284, %v2290 : f32, !llvm.ptr
                  }
                  %v2291 = arith.mulf %v179, %v2259 fastmath<contract> : f32
                  %v2292 = arith.mulf %v2291, %v2278 fastmath<contract> : f32
                  %v2293 = arith.mulf %v2270, %v203 fastmath<contract> : f32
                  %v2294 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2293) : (f32) -> f32
                  %v2295 = arith.mulf %v2294, %v206 fastmath<contract> : f32
                  %v2296 = arith.subf %v2270, %v2295 fastmath<contract> : f32
                  %v2297 = arith.mulf %v2294, %v207 fastmath<contract> : f32
                  %v2298 = arith.subf %v2296, %v2297 fastmath<contract> : f32
                  %v2299 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2298) : (f32) -> f32
                  %v2300 = arith.negf %v2299 : f32
                  %v2301 = arith.mulf %v2292, %v2300 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2302 = arith.muli %v32, %v181 : i64
                    %v2303 = arith.muli %v30, %v180 : i64
                    %v2304 = arith.addi %v2302, %v2303 : i64
                    %v2305 = arith.muli %v2219, %v1 : i64
                    %v2306 = arith.addi %v2304, %v2305 : i64
                    %v2307 = llvm.getelementptr %dx_theta[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2301, %v2307 : f32, !llvm.ptr
                  }
                  %v2308 = arith.mulf %v2291, %v2277 fastmath<contract> : f32
                  llvm.store %v2308, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2309 = arith.mulf %v2259, %v2259 fastmath<contract> : f32
                  %v2310 = arith.negf %v2309 : f32
                  llvm.store %v2310, %v39 : f32, !llvm.ptr
                }
                %v2311 = arith.addi %v248, %v53 : i64
                %v2312 = arith.cmpi slt, %v1141, %v1830 : i32
                %v2313 = arith.cmpi eq, %v1141, %v1835 : i32
                scf.if %v2312 {
                  %v2314 = arith.addi %v122, %v2311 : i64
                  %v2315 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2316 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2317 = arith.muli %v32, %v181 : i64
                  %v2318 = arith.muli %v30, %v180 : i64
                  %v2319 = arith.addi %v2317, %v2318 : i64
                  %v2320 = arith.muli %v2314, %v1 : i64
                  %v2321 = arith.addi %v2319, %v2320 : i64
                  %v2322 = llvm.getelementptr %dy_y[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2323 = llvm.load %v2322 : !llvm.ptr -> f32
                  %v2324 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2325 = arith.mulf %v2324, %v2315 fastmath<contract> : f32
                  %v2326 = arith.addf %v2323, %v2325 fastmath<contract> : f32
                  %v2327 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2328 = arith.mulf %v2327, %v2316 fastmath<contract> : f32
                  %v2329 = arith.addf %v2328, %v2326 fastmath<contract> : f32
                  %v2330 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2331 = arith.mulf %v2330, %v2316 fastmath<contract> : f32
                  %v2332 = arith.addf %v42, %v2331 fastmath<contract> : f32
                  %v2333 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2334 = arith.mulf %v2333, %v2315 fastmath<contract> : f32
                  %v2335 = arith.addf %v2334, %v2332 fastmath<contract> : f32
                  llvm.store %v2329, %v34 : f32, !llvm.ptr
                  llvm.store %v2335, %v35 : f32, !llvm.ptr
                  %v2336 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2337 = arith.muli %v32, %v181 : i64
                    %v2338 = arith.muli %v30, %v180 : i64
                    %v2339 = arith.addi %v2337, %v2338 : i64
                    %v2340 = arith.muli %v2314, %v1 : i64
                    %v2341 = arith.addi %v2339, %v2340 : i64
                    %v2342 = llvm.getelementptr %dx_x[%v2341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2336, %v2342 : f32, !llvm.ptr
                  }
                  %v2343 = arith.muli %v32, %v181 : i64
                  %v2344 = arith.muli %v30, %v180 : i64
                  %v2345 = arith.addi %v2343, %v2344 : i64
                  %v2346 = arith.muli %v2314, %v1 : i64
                  %v2347 = arith.addi %v2345, %v2346 : i64
                  %v2348 = llvm.getelementptr %in_rho[%v2347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2349 = llvm.load %v2348 : !llvm.ptr -> f32
                  %v2350 = arith.negf %v2349 : f32
                  %v2351 = arith.mulf %v2350, %v190 fastmath<contract> : f32
                  %v2352 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2351) : (f32) -> f32
                  %v2353 = arith.addf %v43, %v2352 fastmath<contract> : f32
                  %v2354 = arith.divf %v43, %v2353 : f32
                  %v2355 = arith.mulf %v1540, %v2336 fastmath<contract> : f32
                  %v2356 = arith.negf %v2355 : f32
                  %v2357 = arith.mulf %v2354, %v2356 fastmath<contract> : f32
                  %v2358 = arith.addf %v2357, %v2357 fastmath<contract> : f32
                  %v2359 = arith.muli %v32, %v181 : i64
                  %v2360 = arith.muli %v30, %v180 : i64
                  %v2361 = arith.addi %v2359, %v2360 : i64
                  %v2362 = arith.muli %v2314, %v1 : i64
                  %v2363 = arith.addi %v2361, %v2362 : i64
                  %v2364 = llvm.getelementptr %in_theta[%v2363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2365 = llvm.load %v2364 : !llvm.ptr -> f32
                  %v2366 = arith.mulf %v2365, %v203 fastmath<contract> : f32
                  %v2367 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2366) : (f32) -> f32
                  %v2368 = arith.mulf %v2367, %v206 fastmath<contract> : f32
                  %v2369 = arith.subf %v2365, %v2368 fastmath<contract> : f32
                  %v2370 = arith.mulf %v2367, %v207 fastmath<contract> : f32
                  %v2371 = arith.subf %v2369, %v2370 fastmath<contract> : f32
                  %v2372 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2371) : (f32) -> f32
                  %v2373 = arith.mulf %v1536, %v2336 fastmath<contract> : f32
                  %v2374 = arith.mulf %v2372, %v2373 fastmath<contract> : f32
                  %v2375 = arith.mulf %v179, %v2374 fastmath<contract> : f32
                  %v2376 = arith.addf %v2358, %v2375 fastmath<contract> : f32
                  %v2377 = arith.subf %v43, %v2354 fastmath<contract> : f32
                  %v2378 = arith.mulf %v2354, %v2377 fastmath<contract> : f32
                  %v2379 = arith.mulf %v2376, %v2378 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2380 = arith.muli %v32, %v181 : i64
                    %v2381 = arith.muli %v30, %v180 : i64
                    %v2382 = arith.addi %v2380, %v2381 : i64
                    %v2383 = arith.muli %v2314, %v1 : i64
                    %v2384 = arith.addi %v2382, %v2383 : i64
                    %v2385 = llvm.getelementptr %dx_rho[%v2384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2379, %v2385 : f32, !llvm.ptr
                  }
                  %v2386 = arith.mulf %v179, %v2354 fastmath<contract> : f32
                  %v2387 = arith.mulf %v2386, %v2373 fastmath<contract> : f32
                  %v2388 = arith.mulf %v2365, %v203 fastmath<contract> : f32
                  %v2389 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2388) : (f32) -> f32
                  %v2390 = arith.mulf %v2389, %v206 fastmath<contract> : f32
                  %v2391 = arith.subf %v2365, %v2390 fastmath<contract> : f32
                  %v2392 = arith.mulf %v2389, %v207 fastmath<contract> : f32
                  %v2393 = arith.subf %v2391, %v2392 fastmath<contract> : f32
                  %v2394 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2393) : (f32) -> f32
                  %v2395 = arith.negf %v2394 : f32
                  %v2396 = arith.mulf %v2387, %v2395 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2397 = arith.muli %v32, %v181 : i64
                    %v2398 = arith.muli %v30, %v180 : i64
                    %v2399 = arith.addi %v2397, %v2398 : i64
                    %v2400 = arith.muli %v2314, %v1 : i64
                    %v2401 = arith.addi %v2399, %v2400 : i64
                    %v2402 = llvm.getelementptr %dx_theta[%v2401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2396, %v2402 : f32, !llvm.ptr
                  }
                  %v2403 = arith.mulf %v2386, %v2372 fastmath<contract> : f32
                  llvm.store %v2403, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2404 = arith.mulf %v2354, %v2354 fastmath<contract> : f32
                  %v2405 = arith.negf %v2404 : f32
                  llvm.store %v2405, %v39 : f32, !llvm.ptr
                }
                %v2406 = arith.addi %v248, %v1 : i64
                %v2407 = arith.cmpi slt, %v1237, %v1830 : i32
                %v2408 = arith.cmpi eq, %v1237, %v1835 : i32
                scf.if %v2407 {
                  %v2409 = arith.addi %v122, %v2406 : i64
                  %v2410 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2411 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2412 = arith.muli %v32, %v181 : i64
                  %v2413 = arith.muli %v30, %v180 : i64
                  %v2414 = arith.addi %v2412, %v2413 : i64
                  %v2415 = arith.muli %v2409, %v1 : i64
                  %v2416 = arith.addi %v2414, %v2415 : i64
                  %v2417 = llvm.getelementptr %dy_y[%v2416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2418 = llvm.load %v2417 : !llvm.ptr -> f32
                  %v2419 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2420 = arith.mulf %v2419, %v2410 fastmath<contract> : f32
                  %v2421 = arith.addf %v2418, %v2420 fastmath<contract> : f32
                  %v2422 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2423 = arith.mulf %v2422, %v2411 fastmath<contract> : f32
                  %v2424 = arith.addf %v2423, %v2421 fastmath<contract> : f32
                  %v2425 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2426 = arith.mulf %v2425, %v2411 fastmath<contract> : f32
                  %v2427 = arith.addf %v42, %v2426 fastmath<contract> : f32
                  %v2428 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2429 = arith.mulf %v2428, %v2410 fastmath<contract> : f32
                  %v2430 = arith.addf %v2429, %v2427 fastmath<contract> : f32
                  llvm.store %v2424, %v34 : f32, !llvm.ptr
                  llvm.store %v2430, %v35 : f32, !llvm.ptr
                  %v2431 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2432 = arith.muli %v32, %v181 : i64
                    %v2433 = arith.muli %v30, %v180 : i64
                    %v2434 = arith.addi %v2432, %v2433 : i64
                    %v2435 = arith.muli %v2409, %v1 : i64
                    %v2436 = arith.addi %v2434, %v2435 : i64
                    %v2437 = llvm.getelementptr %dx_x[%v2436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2431, %v2437 : f32, !llvm.ptr
                  }
                  %v2438 = arith.muli %v32, %v181 : i64
                  %v2439 = arith.muli %v30, %v180 : i64
                  %v2440 = arith.addi %v2438, %v2439 : i64
                  %v2441 = arith.muli %v2409, %v1 : i64
                  %v2442 = arith.addi %v2440, %v2441 : i64
                  %v2443 = llvm.getelementptr %in_rho[%v2442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2444 = llvm.load %v2443 : !llvm.ptr -> f32
                  %v2445 = arith.negf %v2444 : f32
                  %v2446 = arith.mulf %v2445, %v190 fastmath<contract> : f32
                  %v2447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2446) : (f32) -> f32
                  %v2448 = arith.addf %v43, %v2447 fastmath<contract> : f32
                  %v2449 = arith.divf %v43, %v2448 : f32
                  %v2450 = arith.mulf %v1492, %v2431 fastmath<contract> : f32
                  %v2451 = arith.negf %v2450 : f32
                  %v2452 = arith.mulf %v2449, %v2451 fastmath<contract> : f32
                  %v2453 = arith.addf %v2452, %v2452 fastmath<contract> : f32
                  %v2454 = arith.muli %v32, %v181 : i64
                  %v2455 = arith.muli %v30, %v180 : i64
                  %v2456 = arith.addi %v2454, %v2455 : i64
                  %v2457 = arith.muli %v2409, %v1 : i64
                  %v2458 = arith.addi %v2456, %v2457 : i64
                  %v2459 = llvm.getelementptr %in_theta[%v2458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2460 = llvm.load %v2459 : !llvm.ptr -> f32
                  %v2461 = arith.mulf %v2460, %v203 fastmath<contract> : f32
                  %v2462 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2461) : (f32) -> f32
                  %v2463 = arith.mulf %v2462, %v206 fastmath<contract> : f32
                  %v2464 = arith.subf %v2460, %v2463 fastmath<contract> : f32
                  %v2465 = arith.mulf %v2462, %v207 fastmath<contract> : f32
                  %v2466 = arith.subf %v2464, %v2465 fastmath<contract> : f32
                  %v2467 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2466) : (f32) -> f32
                  %v2468 = arith.mulf %v1488, %v2431 fastmath<contract> : f32
                  %v2469 = arith.mulf %v2467, %v2468 fastmath<contract> : f32
                  %v2470 = arith.mulf %v179, %v2469 fastmath<contract> : f32
                  %v2471 = arith.addf %v2453, %v2470 fastmath<contract> : f32
                  %v2472 = arith.subf %v43, %v2449 fastmath<contract> : f32
                  %v2473 = arith.mulf %v2449, %v2472 fastmath<contract> : f32
                  %v2474 = arith.mulf %v2471, %v2473 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2475 = arith.muli %v32, %v181 : i64
                    %v2476 = arith.muli %v30, %v180 : i64
                    %v2477 = arith.addi %v2475, %v2476 : i64
                    %v2478 = arith.muli %v2409, %v1 : i64
                    %v2479 = arith.addi %v2477, %v2478 : i64
                    %v2480 = llvm.getelementptr %dx_rho[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2474, %v2480 : f32, !llvm.ptr
                  }
                  %v2481 = arith.mulf %v179, %v2449 fastmath<contract> : f32
                  %v2482 = arith.mulf %v2481, %v2468 fastmath<contract> : f32
                  %v2483 = arith.mulf %v2460, %v203 fastmath<contract> : f32
                  %v2484 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2483) : (f32) -> f32
                  %v2485 = arith.mulf %v2484, %v206 fastmath<contract> : f32
                  %v2486 = arith.subf %v2460, %v2485 fastmath<contract> : f32
                  %v2487 = arith.mulf %v2484, %v207 fastmath<contract> : f32
                  %v2488 = arith.subf %v2486, %v2487 fastmath<contract> : f32
                  %v2489 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2488) : (f32) -> f32
                  %v2490 = arith.negf %v2489 : f32
                  %v2491 = arith.mulf %v2482, %v2490 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2492 = arith.muli %v32, %v181 : i64
                    %v2493 = arith.muli %v30, %v180 : i64
                    %v2494 = arith.addi %v2492, %v2493 : i64
                    %v2495 = arith.muli %v2409, %v1 : i64
                    %v2496 = arith.addi %v2494, %v2495 : i64
                    %v2497 = llvm.getelementptr %dx_theta[%v2496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2491, %v2497 : f32, !llvm.ptr
                  }
                  %v2498 = arith.mulf %v2481, %v2467 fastmath<contract> : f32
                  llvm.store %v2498, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2499 = arith.mulf %v2449, %v2449 fastmath<contract> : f32
                  %v2500 = arith.negf %v2499 : f32
                  llvm.store %v2500, %v39 : f32, !llvm.ptr
                }
                %v2501 = arith.addi %v248, %v10 : i64
                %v2502 = arith.cmpi slt, %v1333, %v1830 : i32
                %v2503 = arith.cmpi eq, %v1333, %v1835 : i32
                scf.if %v2502 {
                  %v2504 = arith.addi %v122, %v2501 : i64
                  %v2505 = llvm.load %v34 : !llvm.ptr -> f32
                  %v2506 = llvm.load %v35 : !llvm.ptr -> f32
                  %v2507 = arith.muli %v32, %v181 : i64
                  %v2508 = arith.muli %v30, %v180 : i64
                  %v2509 = arith.addi %v2507, %v2508 : i64
                  %v2510 = arith.muli %v2504, %v1 : i64
                  %v2511 = arith.addi %v2509, %v2510 : i64
                  %v2512 = llvm.getelementptr %dy_y[%v2511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2513 = llvm.load %v2512 : !llvm.ptr -> f32
                  %v2514 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2515 = arith.mulf %v2514, %v2505 fastmath<contract> : f32
                  %v2516 = arith.addf %v2513, %v2515 fastmath<contract> : f32
                  %v2517 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2518 = arith.mulf %v2517, %v2506 fastmath<contract> : f32
                  %v2519 = arith.addf %v2518, %v2516 fastmath<contract> : f32
                  %v2520 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2521 = arith.mulf %v2520, %v2506 fastmath<contract> : f32
                  %v2522 = arith.addf %v42, %v2521 fastmath<contract> : f32
                  %v2523 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2524 = arith.mulf %v2523, %v2505 fastmath<contract> : f32
                  %v2525 = arith.addf %v2524, %v2522 fastmath<contract> : f32
                  llvm.store %v2519, %v34 : f32, !llvm.ptr
                  llvm.store %v2525, %v35 : f32, !llvm.ptr
                  %v2526 = llvm.load %v34 : !llvm.ptr -> f32
                  scf.if %v27 {
                    %v2527 = arith.muli %v32, %v181 : i64
                    %v2528 = arith.muli %v30, %v180 : i64
                    %v2529 = arith.addi %v2527, %v2528 : i64
                    %v2530 = arith.muli %v2504, %v1 : i64
                    %v2531 = arith.addi %v2529, %v2530 : i64
                    %v2532 = llvm.getelementptr %dx_x[%v2531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2526, %v2532 : f32, !llvm.ptr
                  }
                  %v2533 = arith.muli %v32, %v181 : i64
                  %v2534 = arith.muli %v30, %v180 : i64
                  %v2535 = arith.addi %v2533, %v2534 : i64
                  %v2536 = arith.muli %v2504, %v1 : i64
                  %v2537 = arith.addi %v2535, %v2536 : i64
                  %v2538 = llvm.getelementptr %in_rho[%v2537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
                  %v2540 = arith.negf %v2539 : f32
                  %v2541 = arith.mulf %v2540, %v190 fastmath<contract> : f32
                  %v2542 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2541) : (f32) -> f32
                  %v2543 = arith.addf %v43, %v2542 fastmath<contract> : f32
                  %v2544 = arith.divf %v43, %v2543 : f32
                  %v2545 = arith.mulf %v1444, %v2526 fastmath<contract> : f32
                  %v2546 = arith.negf %v2545 : f32
                  %v2547 = arith.mulf %v2544, %v2546 fastmath<contract> : f32
                  %v2548 = arith.addf %v2547, %v2547 fastmath<contract> : f32
                  %v2549 = arith.muli %v32, %v181 : i64
                  %v2550 = arith.muli %v30, %v180 : i64
                  %v2551 = arith.addi %v2549, %v2550 : i64
                  %v2552 = arith.muli %v2504, %v1 : i64
                  %v2553 = arith.addi %v2551, %v2552 : i64
                  %v2554 = llvm.getelementptr %in_theta[%v2553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2555 = llvm.load %v2554 : !llvm.ptr -> f32
                  %v2556 = arith.mulf %v2555, %v203 fastmath<contract> : f32
                  %v2557 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2556) : (f32) -> f32
                  %v2558 = arith.mulf %v2557, %v206 fastmath<contract> : f32
                  %v2559 = arith.subf %v2555, %v2558 fastmath<contract> : f32
                  %v2560 = arith.mulf %v2557, %v207 fastmath<contract> : f32
                  %v2561 = arith.subf %v2559, %v2560 fastmath<contract> : f32
                  %v2562 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2561) : (f32) -> f32
                  %v2563 = arith.mulf %v1436, %v2526 fastmath<contract> : f32
                  %v2564 = arith.mulf %v2562, %v2563 fastmath<contract> : f32
                  %v2565 = arith.mulf %v179, %v2564 fastmath<contract> : f32
                  %v2566 = arith.addf %v2548, %v2565 fastmath<contract> : f32
                  %v2567 = arith.subf %v43, %v2544 fastmath<contract> : f32
                  %v2568 = arith.mulf %v2544, %v2567 fastmath<contract> : f32
                  %v2569 = arith.mulf %v2566, %v2568 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2570 = arith.muli %v32, %v181 : i64
                    %v2571 = arith.muli %v30, %v180 : i64
                    %v2572 = arith.addi %v2570, %v2571 : i64
                    %v2573 = arith.muli %v2504, %v1 : i64
                    %v2574 = arith.addi %v2572, %v2573 : i64
                    %v2575 = llvm.getelementptr %dx_rho[%v2574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2569, %v2575 : f32, !llvm.ptr
                  }
                  %v2576 = arith.mulf %v179, %v2544 fastmath<contract> : f32
                  %v2577 = arith.mulf %v2576, %v2563 fastmath<contract> : f32
                  %v2578 = arith.mulf %v2555, %v203 fastmath<contract> : f32
                  %v2579 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2578) : (f32) -> f32
                  %v2580 = arith.mulf %v2579, %v206 fastmath<contract> : f32
                  %v2581 = arith.subf %v2555, %v2580 fastmath<contract> : f32
                  %v2582 = arith.mulf %v2579, %v207 fastmath<contract> : f32
                  %v2583 = arith.subf %v2581, %v2582 fastmath<contract> : f32
                  %v2584 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2583) : (f32) -> f32
                  %v2585 = arith.negf %v2584 : f32
                  %v2586 = arith.mulf %v2577, %v2585 fastmath<contract> : f32
                  scf.if %v27 {
                    %v2587 = arith.muli %v32, %v181 : i64
                    %v2588 = arith.muli %v30, %v180 : i64
                    %v2589 = arith.addi %v2587, %v2588 : i64
                    %v2590 = arith.muli %v2504, %v1 : i64
                    %v2591 = arith.addi %v2589, %v2590 : i64
                    %v2592 = llvm.getelementptr %dx_theta[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2586, %v2592 : f32, !llvm.ptr
                  }
                  %v2593 = arith.mulf %v2576, %v2562 fastmath<contract> : f32
                  llvm.store %v2593, %v36 : f32, !llvm.ptr
                  llvm.store %v43, %v38 : f32, !llvm.ptr
                  llvm.store %v42, %v37 : f32, !llvm.ptr
                  %v2594 = arith.mulf %v2544, %v2544 fastmath<contract> : f32
                  %v2595 = arith.negf %v2594 : f32
                  llvm.store %v2595, %v39 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v11 {
        %v2596 = llvm.load %v34 : !llvm.ptr -> f32
        %v2597 = llvm.load %v36 : !llvm.ptr -> f32
        %v2598 = arith.mulf %v2597, %v2596 fastmath<contract> : f32
        %v2599 = llvm.load %v38 : !llvm.ptr -> f32
        %v2600 = llvm.load %v35 : !llvm.ptr -> f32
        %v2601 = arith.mulf %v2599, %v2600 fastmath<contract> : f32
        %v2602 = arith.addf %v2601, %v2598 fastmath<contract> : f32
        %v2603 = llvm.load %v40 : !llvm.ptr -> f32
        %v2604 = arith.addf %v2603, %v2602 fastmath<contract> : f32
        llvm.store %v2604, %v40 : f32, !llvm.ptr
        %v2605 = llvm.load %v35 : !llvm.ptr -> f32
        %v2606 = llvm.load %v37 : !llvm.ptr -> f32
        %v2607 = arith.mulf %v2606, %v2605 fastmath<contract> : f32
        %v2608 = llvm.load %v39 : !llvm.ptr -> f32
        %v2609 = llvm.load %v34 : !llvm.ptr -> f32
        %v2610 = arith.mulf %v2608, %v2609 fastmath<contract> : f32
        %v2611 = arith.addf %v2610, %v2607 fastmath<contract> : f32
        %v2612 = llvm.load %v41 : !llvm.ptr -> f32
        %v2613 = arith.addf %v2612, %v2611 fastmath<contract> : f32
        llvm.store %v2613, %v41 : f32, !llvm.ptr
      }
      scf.if %v11 {
        scf.if %v27 {
          %v2614 = llvm.load %v40 : !llvm.ptr -> f32
          %v2615 = arith.muli %v32, %v77 : i64
          %v2616 = arith.muli %v30, %v1 : i64
          %v2617 = arith.addi %v2615, %v2616 : i64
          %v2618 = llvm.getelementptr %dx_h0[%v2617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2614, %v2618 : f32, !llvm.ptr
        }
        scf.if %v27 {
          %v2619 = llvm.load %v41 : !llvm.ptr -> f32
          %v2620 = arith.muli %v32, %v77 : i64
          %v2621 = arith.muli %v30, %v1 : i64
          %v2622 = arith.addi %v2620, %v2621 : i64
          %v2623 = llvm.getelementptr %dx_hp0[%v2622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2619, %v2623 : f32, !llvm.ptr
        }
      } else {
        scf.if %v27 {
          %v2624 = arith.muli %v26, %v1 : i64
          %v2625 = arith.muli %v2624, %v45 : i64
          %v2626 = arith.addi %v2625, %v10 : i64
          %v2627 = llvm.load %v34 : !llvm.ptr -> f32
          %v2628 = llvm.getelementptr %slice_carry[%v2626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2627, %v2628 : f32, !llvm.ptr
          %v2629 = arith.addi %v2625, %v1 : i64
          %v2630 = llvm.load %v35 : !llvm.ptr -> f32
          %v2631 = llvm.getelementptr %slice_carry[%v2629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2630, %v2631 : f32, !llvm.ptr
          %v2632 = arith.addi %v2625, %v53 : i64
          %v2633 = llvm.load %v36 : !llvm.ptr -> f32
          %v2634 = llvm.getelementptr %slice_carry[%v2632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2633, %v2634 : f32, !llvm.ptr
          %v2635 = arith.addi %v2625, %v57 : i64
          %v2636 = llvm.load %v37 : !llvm.ptr -> f32
          %v2637 = llvm.getelementptr %slice_carry[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2636, %v2637 : f32, !llvm.ptr
          %v2638 = arith.addi %v2625, %v61 : i64
          %v2639 = llvm.load %v38 : !llvm.ptr -> f32
          %v2640 = llvm.getelementptr %slice_carry[%v2638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2639, %v2640 : f32, !llvm.ptr
          %v2641 = arith.addi %v2625, %v65 : i64
          %v2642 = llvm.load %v39 : !llvm.ptr -> f32
          %v2643 = llvm.getelementptr %slice_carry[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2642, %v2643 : f32, !llvm.ptr
          %v2644 = arith.addi %v2625, %v69 : i64
          %v2645 = llvm.load %v40 : !llvm.ptr -> f32
          %v2646 = llvm.getelementptr %slice_carry[%v2644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2645, %v2646 : f32, !llvm.ptr
          %v2647 = arith.addi %v2625, %v73 : i64
          %v2648 = llvm.load %v41 : !llvm.ptr -> f32
          %v2649 = llvm.getelementptr %slice_carry[%v2647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2648, %v2649 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
