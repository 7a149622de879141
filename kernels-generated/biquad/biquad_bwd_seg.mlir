module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_bwd_seg(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_hp: !llvm.ptr, %segcarry_h: !llvm.ptr, %segcarry_hp: !llvm.ptr, %dx_x: !llvm.ptr, %dx_rho: !llvm.ptr, %dx_theta: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v44 = arith.constant 0 : i64
      %v65 = arith.constant 2 : i64
      %v107 = arith.muli %v1, %size_D : i64
      %v115 = arith.constant 64 : i64
      %v116 = arith.constant 8 : i64
      %v117 = arith.constant 7 : i64
      %v138 = arith.muli %v1, %size_B : i64
      %v139 = arith.muli %v138, %size_D : i64
      %v147 = arith.muli %v1, %size_B : i64
      %v148 = arith.muli %v147, %size_D : i64
      %v190 = arith.constant 0x40000000 : f32
      %v191 = arith.muli %v1, %size_L : i64
      %v192 = arith.muli %v191, %size_D : i64
      %v201 = arith.constant 0x3FB8AA3B : f32
      %v214 = arith.constant 0x3E22F983 : f32
      %v217 = arith.constant 0x40C90000 : f32
      %v218 = arith.constant 0x3AFDAA22 : f32
      %v424 = arith.constant 3 : i64
      %v521 = arith.constant 5 : i64
      %v570 = arith.constant 6 : i64
      %v672 = arith.constant 2147483647 : i64
      %v676 = arith.constant 7 : i32
      %v779 = arith.constant 6 : i32
      %v882 = arith.constant 5 : i32
      %v985 = arith.constant 4 : i32
      %v1088 = arith.constant 3 : i32
      %v1191 = arith.constant 2 : i32
      %v1294 = arith.constant 1 : i32
      %v1397 = arith.constant 0 : i32
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
      %v45 = arith.muli %v44, %v7 : i64
      %v46 = arith.addi %v45, %v21 : i64
      %v47 = arith.muli %v46, %v1 : i64
      %v48 = arith.addi %v47, %v44 : i64
      %v49 = arith.muli %v48, %v3 : i64
      %v50 = arith.subi %v3, %v1 : i64
      %v51 = arith.minsi %v24, %v50 : i64
      %v52 = arith.addi %v49, %v51 : i64
      %v53 = llvm.getelementptr %segcarry_h[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v54 = llvm.load %v53 : !llvm.ptr -> f32
      llvm.store %v54, %v36 : f32, !llvm.ptr
      %v55 = arith.muli %v1, %v7 : i64
      %v56 = arith.addi %v55, %v21 : i64
      %v57 = arith.muli %v56, %v1 : i64
      %v58 = arith.addi %v57, %v44 : i64
      %v59 = arith.muli %v58, %v3 : i64
      %v60 = arith.subi %v3, %v1 : i64
      %v61 = arith.minsi %v24, %v60 : i64
      %v62 = arith.addi %v59, %v61 : i64
      %v63 = llvm.getelementptr %segcarry_h[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v64 = llvm.load %v63 : !llvm.ptr -> f32
      llvm.store %v64, %v38 : f32, !llvm.ptr
      %v66 = arith.muli %v65, %v7 : i64
      %v67 = arith.addi %v66, %v21 : i64
      %v68 = arith.muli %v67, %v1 : i64
      %v69 = arith.addi %v68, %v44 : i64
      %v70 = arith.muli %v69, %v3 : i64
      %v71 = arith.subi %v3, %v1 : i64
      %v72 = arith.minsi %v24, %v71 : i64
      %v73 = arith.addi %v70, %v72 : i64
      %v74 = llvm.getelementptr %segcarry_h[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v75 = llvm.load %v74 : !llvm.ptr -> f32
      llvm.store %v75, %v40 : f32, !llvm.ptr
      %v76 = arith.muli %v44, %v7 : i64
      %v77 = arith.addi %v76, %v21 : i64
      %v78 = arith.muli %v77, %v1 : i64
      %v79 = arith.addi %v78, %v44 : i64
      %v80 = arith.muli %v79, %v3 : i64
      %v81 = arith.subi %v3, %v1 : i64
      %v82 = arith.minsi %v24, %v81 : i64
      %v83 = arith.addi %v80, %v82 : i64
      %v84 = llvm.getelementptr %segcarry_hp[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v85 = llvm.load %v84 : !llvm.ptr -> f32
      llvm.store %v85, %v37 : f32, !llvm.ptr
      %v86 = arith.muli %v1, %v7 : i64
      %v87 = arith.addi %v86, %v21 : i64
      %v88 = arith.muli %v87, %v1 : i64
      %v89 = arith.addi %v88, %v44 : i64
      %v90 = arith.muli %v89, %v3 : i64
      %v91 = arith.subi %v3, %v1 : i64
      %v92 = arith.minsi %v24, %v91 : i64
      %v93 = arith.addi %v90, %v92 : i64
      %v94 = llvm.getelementptr %segcarry_hp[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v95 = llvm.load %v94 : !llvm.ptr -> f32
      llvm.store %v95, %v41 : f32, !llvm.ptr
      %v96 = arith.muli %v65, %v7 : i64
      %v97 = arith.addi %v96, %v21 : i64
      %v98 = arith.muli %v97, %v1 : i64
      %v99 = arith.addi %v98, %v44 : i64
      %v100 = arith.muli %v99, %v3 : i64
      %v101 = arith.subi %v3, %v1 : i64
      %v102 = arith.minsi %v24, %v101 : i64
      %v103 = arith.addi %v100, %v102 : i64
      %v104 = llvm.getelementptr %segcarry_hp[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v105 = llvm.load %v104 : !llvm.ptr -> f32
      llvm.store %v105, %v39 : f32, !llvm.ptr
      %v106 = arith.cmpi eq, %size_L, %v44 : i64
      scf.if %v106 {
        llvm.store %v42, %v12 : f32, !llvm.ptr
        llvm.store %v42, %v13 : f32, !llvm.ptr
        %v108 = arith.muli %v30, %v107 : i64
        %v109 = arith.muli %v28, %v1 : i64
        %v110 = arith.addi %v108, %v109 : i64
        %v111 = llvm.getelementptr %dy_h_last[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v112 = llvm.load %v111 : !llvm.ptr -> f32
        %v113 = llvm.load %v36 : !llvm.ptr -> f32
        %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
        llvm.store %v114, %v36 : f32, !llvm.ptr
      }
      %v118 = arith.subi %v115, %v1 : i64
      %v119 = arith.addi %size_L, %v118 : i64
      %v120 = arith.divui %v119, %v115 : i64
      %v121 = arith.minsi %v34, %v120 : i64
      %v122 = arith.muli %v21, %v116 : i64
      %v123 = arith.subi %v121, %v33 : i64
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
        %v140 = arith.muli %v131, %v139 : i64
        %v141 = arith.muli %v30, %v107 : i64
        %v142 = arith.muli %v28, %v1 : i64
        %v143 = arith.addi %v141, %v142 : i64
        %v144 = arith.addi %v140, %v143 : i64
        %v145 = llvm.getelementptr %ckpt_h[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v146 = llvm.load %v145 : !llvm.ptr -> f32
        llvm.store %v146, %v10 : f32, !llvm.ptr
        %v149 = arith.muli %v131, %v148 : i64
        %v150 = arith.muli %v30, %v107 : i64
        %v151 = arith.muli %v28, %v1 : i64
        %v152 = arith.addi %v150, %v151 : i64
        %v153 = arith.addi %v149, %v152 : i64
        %v154 = llvm.getelementptr %ckpt_hp[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v155 = llvm.load %v154 : !llvm.ptr -> f32
        llvm.store %v155, %v11 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v156 = arith.index_cast %v44 : i64 to index
        %v157 = arith.index_cast %v136 : i64 to index
        %v158 = arith.index_cast %v1 : i64 to index
        scf.for %v159 = %v156 to %v157 step %v158 {
          %v160 = arith.index_cast %v159 : index to i64
          %v161 = arith.addi %v122, %v160 : i64
          scf.if %v25 {
            %v162 = llvm.load %v10 : !llvm.ptr -> f32
            %v163 = arith.muli %v161, %v3 : i64
            %v164 = arith.subi %v3, %v1 : i64
            %v165 = arith.minsi %v24, %v164 : i64
            %v166 = arith.addi %v163, %v165 : i64
            %v167 = arith.muli %v166, %v1 : i64
            %v168 = arith.addi %v167, %v44 : i64
            %v169 = llvm.getelementptr %scratch_h[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v162, %v169 : f32, !llvm.ptr
            %v170 = llvm.load %v11 : !llvm.ptr -> f32
            %v171 = arith.muli %v161, %v3 : i64
            %v172 = arith.subi %v3, %v1 : i64
            %v173 = arith.minsi %v24, %v172 : i64
            %v174 = arith.addi %v171, %v173 : i64
            %v175 = arith.muli %v174, %v1 : i64
            %v176 = arith.addi %v175, %v44 : i64
            %v177 = llvm.getelementptr %scratch_hp[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v170, %v177 : f32, !llvm.ptr
          }
          %v178 = arith.muli %v160, %v116 : i64
          %v179 = arith.subi %v134, %v178 : i64
          %v180 = arith.trunci %v179 : i64 to i32
          %v181 = arith.index_cast %v44 : i64 to index
          %v182 = arith.index_cast %v116 : i64 to index
          %v183 = arith.index_cast %v1 : i64 to index
          scf.for %v184 = %v181 to %v182 step %v183 {
            %v185 = arith.index_cast %v184 : index to i64
            %v186 = arith.trunci %v185 : i64 to i32
            %v187 = arith.addi %v178, %v185 : i64
            %v188 = arith.cmpi slt, %v186, %v180 : i32
            scf.if %v188 {
              %v189 = arith.addi %v132, %v187 : i64
              %v193 = arith.muli %v30, %v192 : i64
              %v194 = arith.muli %v28, %v191 : i64
              %v195 = arith.addi %v193, %v194 : i64
              %v196 = arith.muli %v189, %v1 : i64
              %v197 = arith.addi %v195, %v196 : i64
              %v198 = llvm.getelementptr %in_rho[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v199 = llvm.load %v198 : !llvm.ptr -> f32
              %v200 = arith.negf %v199 : f32
              %v202 = arith.mulf %v200, %v201 fastmath<contract> : f32
              %v203 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v202) : (f32) -> f32
              %v204 = arith.addf %v43, %v203 fastmath<contract> : f32
              %v205 = arith.divf %v43, %v204 : f32
              %v206 = arith.mulf %v190, %v205 fastmath<contract> : f32
              %v207 = arith.muli %v30, %v192 : i64
              %v208 = arith.muli %v28, %v191 : i64
              %v209 = arith.addi %v207, %v208 : i64
              %v210 = arith.muli %v189, %v1 : i64
              %v211 = arith.addi %v209, %v210 : i64
              %v212 = llvm.getelementptr %in_theta[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v213 = llvm.load %v212 : !llvm.ptr -> f32
              %v215 = arith.mulf %v213, %v214 fastmath<contract> : f32
              %v216 = llvm.call_intrinsic "llvm.roundeven.f32"(%v215) : (f32) -> f32
              %v219 = arith.mulf %v216, %v217 fastmath<contract> : f32
              %v220 = arith.subf %v213, %v219 fastmath<contract> : f32
              %v221 = arith.mulf %v216, %v218 fastmath<contract> : f32
              %v222 = arith.subf %v220, %v221 fastmath<contract> : f32
              %v223 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v222) : (f32) -> f32
              %v224 = arith.mulf %v206, %v223 fastmath<contract> : f32
              %v225 = arith.muli %v30, %v192 : i64
              %v226 = arith.muli %v28, %v191 : i64
              %v227 = arith.addi %v225, %v226 : i64
              %v228 = arith.muli %v189, %v1 : i64
              %v229 = arith.addi %v227, %v228 : i64
              %v230 = llvm.getelementptr %in_x[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v231 = llvm.load %v230 : !llvm.ptr -> f32
              %v232 = llvm.load %v10 : !llvm.ptr -> f32
              %v233 = arith.mulf %v224, %v232 fastmath<contract> : f32
              %v234 = arith.addf %v233, %v231 fastmath<contract> : f32
              %v235 = arith.mulf %v205, %v205 fastmath<contract> : f32
              %v236 = arith.negf %v235 : f32
              %v237 = llvm.load %v11 : !llvm.ptr -> f32
              %v238 = arith.mulf %v236, %v237 fastmath<contract> : f32
              %v239 = arith.addf %v234, %v238 fastmath<contract> : f32
              %v240 = llvm.load %v11 : !llvm.ptr -> f32
              %v241 = arith.mulf %v42, %v240 fastmath<contract> : f32
              %v242 = arith.addf %v241, %v42 fastmath<contract> : f32
              %v243 = llvm.load %v10 : !llvm.ptr -> f32
              %v244 = arith.mulf %v43, %v243 fastmath<contract> : f32
              %v245 = arith.addf %v242, %v244 fastmath<contract> : f32
              llvm.store %v239, %v10 : f32, !llvm.ptr
              llvm.store %v245, %v11 : f32, !llvm.ptr
            }
          }
        }
        %v246 = arith.index_cast %v44 : i64 to index
        %v247 = arith.index_cast %v1 : i64 to index
        %v248 = arith.index_cast %v1 : i64 to index
        scf.for %v249 = %v246 to %v247 step %v248 {
          %v250 = arith.index_cast %v249 : index to i64
          %v251 = arith.index_cast %v44 : i64 to index
          %v252 = arith.index_cast %v136 : i64 to index
          %v253 = arith.index_cast %v1 : i64 to index
          scf.for %v254 = %v251 to %v252 step %v253 {
            %v255 = arith.index_cast %v254 : index to i64
            %v256 = arith.cmpi slt, %v255, %v136 : i64
            scf.if %v256 {
              %v257 = arith.subi %v136, %v1 : i64
              %v258 = arith.subi %v257, %v255 : i64
              %v259 = arith.muli %v258, %v116 : i64
              %v260 = arith.addi %v122, %v258 : i64
              %v261 = arith.addi %v259, %v116 : i64
              %v262 = arith.cmpi sle, %v261, %v134 : i64
              scf.if %v262 {
                %v263 = arith.subi %v134, %v1 : i64
                %v264 = arith.muli %v260, %v3 : i64
                %v265 = arith.subi %v3, %v1 : i64
                %v266 = arith.minsi %v24, %v265 : i64
                %v267 = arith.addi %v264, %v266 : i64
                %v268 = arith.muli %v267, %v1 : i64
                %v269 = arith.addi %v268, %v44 : i64
                %v270 = llvm.getelementptr %scratch_h[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v271 = llvm.load %v270 : !llvm.ptr -> f32
                %v272 = arith.muli %v260, %v3 : i64
                %v273 = arith.subi %v3, %v1 : i64
                %v274 = arith.minsi %v24, %v273 : i64
                %v275 = arith.addi %v272, %v274 : i64
                %v276 = arith.muli %v275, %v1 : i64
                %v277 = arith.addi %v276, %v44 : i64
                %v278 = llvm.getelementptr %scratch_hp[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v279 = llvm.load %v278 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v280 = arith.addi %v259, %v44 : i64
                %v281 = arith.minsi %v280, %v263 : i64
                %v282 = arith.addi %v132, %v281 : i64
                %v283 = arith.muli %v30, %v192 : i64
                %v284 = arith.muli %v28, %v191 : i64
                %v285 = arith.addi %v283, %v284 : i64
                %v286 = arith.muli %v282, %v1 : i64
                %v287 = arith.addi %v285, %v286 : i64
                %v288 = llvm.getelementptr %in_rho[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v289 = llvm.load %v288 : !llvm.ptr -> f32
                %v290 = arith.negf %v289 : f32
                %v291 = arith.mulf %v290, %v201 fastmath<contract> : f32
                %v292 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v291) : (f32) -> f32
                %v293 = arith.addf %v43, %v292 fastmath<contract> : f32
                %v294 = arith.divf %v43, %v293 : f32
                %v295 = arith.mulf %v190, %v294 fastmath<contract> : f32
                %v296 = arith.muli %v30, %v192 : i64
                %v297 = arith.muli %v28, %v191 : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = arith.muli %v282, %v1 : i64
                %v300 = arith.addi %v298, %v299 : i64
                %v301 = llvm.getelementptr %in_theta[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v302 = llvm.load %v301 : !llvm.ptr -> f32
                %v303 = arith.mulf %v302, %v214 fastmath<contract> : f32
                %v304 = llvm.call_intrinsic "llvm.roundeven.f32"(%v303) : (f32) -> f32
                %v305 = arith.mulf %v304, %v217 fastmath<contract> : f32
                %v306 = arith.subf %v302, %v305 fastmath<contract> : f32
                %v307 = arith.mulf %v304, %v218 fastmath<contract> : f32
                %v308 = arith.subf %v306, %v307 fastmath<contract> : f32
                %v309 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v308) : (f32) -> f32
                %v310 = arith.mulf %v295, %v309 fastmath<contract> : f32
                %v311 = arith.muli %v30, %v192 : i64
                %v312 = arith.muli %v28, %v191 : i64
                %v313 = arith.addi %v311, %v312 : i64
                %v314 = arith.muli %v282, %v1 : i64
                %v315 = arith.addi %v313, %v314 : i64
                %v316 = llvm.getelementptr %in_x[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v317 = llvm.load %v316 : !llvm.ptr -> f32
                %v318 = arith.mulf %v310, %v271 fastmath<contract> : f32
                %v319 = arith.addf %v318, %v317 fastmath<contract> : f32
                %v320 = arith.mulf %v294, %v294 fastmath<contract> : f32
                %v321 = arith.negf %v320 : f32
                %v322 = arith.mulf %v321, %v279 fastmath<contract> : f32
                %v323 = arith.addf %v319, %v322 fastmath<contract> : f32
                %v324 = arith.mulf %v42, %v279 fastmath<contract> : f32
                %v325 = arith.addf %v324, %v42 fastmath<contract> : f32
                %v326 = arith.mulf %v43, %v271 fastmath<contract> : f32
                %v327 = arith.addf %v325, %v326 fastmath<contract> : f32
                %v328 = arith.addi %v259, %v1 : i64
                %v329 = arith.minsi %v328, %v263 : i64
                %v330 = arith.addi %v132, %v329 : i64
                %v331 = arith.muli %v30, %v192 : i64
                %v332 = arith.muli %v28, %v191 : i64
                %v333 = arith.addi %v331, %v332 : i64
                %v334 = arith.muli %v330, %v1 : i64
                %v335 = arith.addi %v333, %v334 : i64
                %v336 = llvm.getelementptr %in_rho[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v337 = llvm.load %v336 : !llvm.ptr -> f32
                %v338 = arith.negf %v337 : f32
                %v339 = arith.mulf %v338, %v201 fastmath<contract> : f32
                %v340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v339) : (f32) -> f32
                %v341 = arith.addf %v43, %v340 fastmath<contract> : f32
                %v342 = arith.divf %v43, %v341 : f32
                %v343 = arith.mulf %v190, %v342 fastmath<contract> : f32
                %v344 = arith.muli %v30, %v192 : i64
                %v345 = arith.muli %v28, %v191 : i64
                %v346 = arith.addi %v344, %v345 : i64
                %v347 = arith.muli %v330, %v1 : i64
                %v348 = arith.addi %v346, %v347 : i64
                %v349 = llvm.getelementptr %in_theta[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v350 = llvm.load %v349 : !llvm.ptr -> f32
                %v351 = arith.mulf %v350, %v214 fastmath<contract> : f32
                %v352 = llvm.call_intrinsic "llvm.roundeven.f32"(%v351) : (f32) -> f32
                %v353 = arith.mulf %v352, %v217 fastmath<contract> : f32
                %v354 = arith.subf %v350, %v353 fastmath<contract> : f32
                %v355 = arith.mulf %v352, %v218 fastmath<contract> : f32
                %v356 = arith.subf %v354, %v355 fastmath<contract> : f32
                %v357 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v356) : (f32) -> f32
                %v358 = arith.mulf %v343, %v357 fastmath<contract> : f32
                %v359 = arith.muli %v30, %v192 : i64
                %v360 = arith.muli %v28, %v191 : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = arith.muli %v330, %v1 : i64
                %v363 = arith.addi %v361, %v362 : i64
                %v364 = llvm.getelementptr %in_x[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v365 = llvm.load %v364 : !llvm.ptr -> f32
                %v366 = arith.mulf %v358, %v323 fastmath<contract> : f32
                %v367 = arith.addf %v366, %v365 fastmath<contract> : f32
                %v368 = arith.mulf %v342, %v342 fastmath<contract> : f32
                %v369 = arith.negf %v368 : f32
                %v370 = arith.mulf %v369, %v327 fastmath<contract> : f32
                %v371 = arith.addf %v367, %v370 fastmath<contract> : f32
                %v372 = arith.mulf %v42, %v327 fastmath<contract> : f32
                %v373 = arith.addf %v372, %v42 fastmath<contract> : f32
                %v374 = arith.mulf %v43, %v323 fastmath<contract> : f32
                %v375 = arith.addf %v373, %v374 fastmath<contract> : f32
                %v376 = arith.addi %v259, %v65 : i64
                %v377 = arith.minsi %v376, %v263 : i64
                %v378 = arith.addi %v132, %v377 : i64
                %v379 = arith.muli %v30, %v192 : i64
                %v380 = arith.muli %v28, %v191 : i64
                %v381 = arith.addi %v379, %v380 : i64
                %v382 = arith.muli %v378, %v1 : i64
                %v383 = arith.addi %v381, %v382 : i64
                %v384 = llvm.getelementptr %in_rho[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v385 = llvm.load %v384 : !llvm.ptr -> f32
                %v386 = arith.negf %v385 : f32
                %v387 = arith.mulf %v386, %v201 fastmath<contract> : f32
                %v388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v387) : (f32) -> f32
                %v389 = arith.addf %v43, %v388 fastmath<contract> : f32
                %v390 = arith.divf %v43, %v389 : f32
                %v391 = arith.mulf %v190, %v390 fastmath<contract> : f32
                %v392 = arith.muli %v30, %v192 : i64
                %v393 = arith.muli %v28, %v191 : i64
                %v394 = arith.addi %v392, %v393 : i64
                %v395 = arith.muli %v378, %v1 : i64
                %v396 = arith.addi %v394, %v395 : i64
                %v397 = llvm.getelementptr %in_theta[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v398 = llvm.load %v397 : !llvm.ptr -> f32
                %v399 = arith.mulf %v398, %v214 fastmath<contract> : f32
                %v400 = llvm.call_intrinsic "llvm.roundeven.f32"(%v399) : (f32) -> f32
                %v401 = arith.mulf %v400, %v217 fastmath<contract> : f32
                %v402 = arith.subf %v398, %v401 fastmath<contract> : f32
                %v403 = arith.mulf %v400, %v218 fastmath<contract> : f32
                %v404 = arith.subf %v402, %v403 fastmath<contract> : f32
                %v405 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v404) : (f32) -> f32
                %v406 = arith.mulf %v391, %v405 fastmath<contract> : f32
                %v407 = arith.muli %v30, %v192 : i64
                %v408 = arith.muli %v28, %v191 : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = arith.muli %v378, %v1 : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = llvm.getelementptr %in_x[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v413 = llvm.load %v412 : !llvm.ptr -> f32
                %v414 = arith.mulf %v406, %v371 fastmath<contract> : f32
                %v415 = arith.addf %v414, %v413 fastmath<contract> : f32
                %v416 = arith.mulf %v390, %v390 fastmath<contract> : f32
                %v417 = arith.negf %v416 : f32
                %v418 = arith.mulf %v417, %v375 fastmath<contract> : f32
                %v419 = arith.addf %v415, %v418 fastmath<contract> : f32
                %v420 = arith.mulf %v42, %v375 fastmath<contract> : f32
                %v421 = arith.addf %v420, %v42 fastmath<contract> : f32
                %v422 = arith.mulf %v43, %v371 fastmath<contract> : f32
                %v423 = arith.addf %v421, %v422 fastmath<contract> : f32
                %v425 = arith.addi %v259, %v424 : i64
                %v426 = arith.minsi %v425, %v263 : i64
                %v427 = arith.addi %v132, %v426 : i64
                %v428 = arith.muli %v30, %v192 : i64
                %v429 = arith.muli %v28, %v191 : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = arith.muli %v427, %v1 : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = llvm.getelementptr %in_rho[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v434 = llvm.load %v433 : !llvm.ptr -> f32
                %v435 = arith.negf %v434 : f32
                %v436 = arith.mulf %v435, %v201 fastmath<contract> : f32
                %v437 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v436) : (f32) -> f32
                %v438 = arith.addf %v43, %v437 fastmath<contract> : f32
                %v439 = arith.divf %v43, %v438 : f32
                %v440 = arith.mulf %v190, %v439 fastmath<contract> : f32
                %v441 = arith.muli %v30, %v192 : i64
                %v442 = arith.muli %v28, %v191 : i64
                %v443 = arith.addi %v441, %v442 : i64
                %v444 = arith.muli %v427, %v1 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = llvm.getelementptr %in_theta[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v447 = llvm.load %v446 : !llvm.ptr -> f32
                %v448 = arith.mulf %v447, %v214 fastmath<contract> : f32
                %v449 = llvm.call_intrinsic "llvm.roundeven.f32"(%v448) : (f32) -> f32
                %v450 = arith.mulf %v449, %v217 fastmath<contract> : f32
                %v451 = arith.subf %v447, %v450 fastmath<contract> : f32
                %v452 = arith.mulf %v449, %v218 fastmath<contract> : f32
                %v453 = arith.subf %v451, %v452 fastmath<contract> : f32
                %v454 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v453) : (f32) -> f32
                %v455 = arith.mulf %v440, %v454 fastmath<contract> : f32
                %v456 = arith.muli %v30, %v192 : i64
                %v457 = arith.muli %v28, %v191 : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = arith.muli %v427, %v1 : i64
                %v460 = arith.addi %v458, %v459 : i64
                %v461 = llvm.getelementptr %in_x[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v462 = llvm.load %v461 : !llvm.ptr -> f32
                %v463 = arith.mulf %v455, %v419 fastmath<contract> : f32
                %v464 = arith.addf %v463, %v462 fastmath<contract> : f32
                %v465 = arith.mulf %v439, %v439 fastmath<contract> : f32
                %v466 = arith.negf %v465 : f32
                %v467 = arith.mulf %v466, %v423 fastmath<contract> : f32
                %v468 = arith.addf %v464, %v467 fastmath<contract> : f32
                %v469 = arith.mulf %v42, %v423 fastmath<contract> : f32
                %v470 = arith.addf %v469, %v42 fastmath<contract> : f32
                %v471 = arith.mulf %v43, %v419 fastmath<contract> : f32
                %v472 = arith.addf %v470, %v471 fastmath<contract> : f32
                %v473 = arith.addi %v259, %v32 : i64
                %v474 = arith.minsi %v473, %v263 : i64
                %v475 = arith.addi %v132, %v474 : i64
                %v476 = arith.muli %v30, %v192 : i64
                %v477 = arith.muli %v28, %v191 : i64
                %v478 = arith.addi %v476, %v477 : i64
                %v479 = arith.muli %v475, %v1 : i64
                %v480 = arith.addi %v478, %v479 : i64
                %v481 = llvm.getelementptr %in_rho[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v482 = llvm.load %v481 : !llvm.ptr -> f32
                %v483 = arith.negf %v482 : f32
                %v484 = arith.mulf %v483, %v201 fastmath<contract> : f32
                %v485 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v484) : (f32) -> f32
                %v486 = arith.addf %v43, %v485 fastmath<contract> : f32
                %v487 = arith.divf %v43, %v486 : f32
                %v488 = arith.mulf %v190, %v487 fastmath<contract> : f32
                %v489 = arith.muli %v30, %v192 : i64
                %v490 = arith.muli %v28, %v191 : i64
                %v491 = arith.addi %v489, %v490 : i64
                %v492 = arith.muli %v475, %v1 : i64
                %v493 = arith.addi %v491, %v492 : i64
                %v494 = llvm.getelementptr %in_theta[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v495 = llvm.load %v494 : !llvm.ptr -> f32
                %v496 = arith.mulf %v495, %v214 fastmath<contract> : f32
                %v497 = llvm.call_intrinsic "llvm.roundeven.f32"(%v496) : (f32) -> f32
                %v498 = arith.mulf %v497, %v217 fastmath<contract> : f32
                %v499 = arith.subf %v495, %v498 fastmath<contract> : f32
                %v500 = arith.mulf %v497, %v218 fastmath<contract> : f32
                %v501 = arith.subf %v499, %v500 fastmath<contract> : f32
                %v502 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v501) : (f32) -> f32
                %v503 = arith.mulf %v488, %v502 fastmath<contract> : f32
                %v504 = arith.muli %v30, %v192 : i64
                %v505 = arith.muli %v28, %v191 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = arith.muli %v475, %v1 : i64
                %v508 = arith.addi %v506, %v507 : i64
                %v509 = llvm.getelementptr %in_x[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v510 = llvm.load %v509 : !llvm.ptr -> f32
                %v511 = arith.mulf %v503, %v468 fastmath<contract> : f32
                %v512 = arith.addf %v511, %v510 fastmath<contract> : f32
                %v513 = arith.mulf %v487, %v487 fastmath<contract> : f32
                %v514 = arith.negf %v513 : f32
                %v515 = arith.mulf %v514, %v472 fastmath<contract> : f32
                %v516 = arith.addf %v512, %v515 fastmath<contract> : f32
                %v517 = arith.mulf %v42, %v472 fastmath<contract> : f32
                %v518 = arith.addf %v517, %v42 fastmath<contract> : f32
                %v519 = arith.mulf %v43, %v468 fastmath<contract> : f32
                %v520 = arith.addf %v518, %v519 fastmath<contract> : f32
                %v522 = arith.addi %v259, %v521 : i64
                %v523 = arith.minsi %v522, %v263 : i64
                %v524 = arith.addi %v132, %v523 : i64
                %v525 = arith.muli %v30, %v192 : i64
                %v526 = arith.muli %v28, %v191 : i64
                %v527 = arith.addi %v525, %v526 : i64
                %v528 = arith.muli %v524, %v1 : i64
                %v529 = arith.addi %v527, %v528 : i64
                %v530 = llvm.getelementptr %in_rho[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v531 = llvm.load %v530 : !llvm.ptr -> f32
                %v532 = arith.negf %v531 : f32
                %v533 = arith.mulf %v532, %v201 fastmath<contract> : f32
                %v534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v533) : (f32) -> f32
                %v535 = arith.addf %v43, %v534 fastmath<contract> : f32
                %v536 = arith.divf %v43, %v535 : f32
                %v537 = arith.mulf %v190, %v536 fastmath<contract> : f32
                %v538 = arith.muli %v30, %v192 : i64
                %v539 = arith.muli %v28, %v191 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = arith.muli %v524, %v1 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = llvm.getelementptr %in_theta[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                %v545 = arith.mulf %v544, %v214 fastmath<contract> : f32
                %v546 = llvm.call_intrinsic "llvm.roundeven.f32"(%v545) : (f32) -> f32
                %v547 = arith.mulf %v546, %v217 fastmath<contract> : f32
                %v548 = arith.subf %v544, %v547 fastmath<contract> : f32
                %v549 = arith.mulf %v546, %v218 fastmath<contract> : f32
                %v550 = arith.subf %v548, %v549 fastmath<contract> : f32
                %v551 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v550) : (f32) -> f32
                %v552 = arith.mulf %v537, %v551 fastmath<contract> : f32
                %v553 = arith.muli %v30, %v192 : i64
                %v554 = arith.muli %v28, %v191 : i64
                %v555 = arith.addi %v553, %v554 : i64
                %v556 = arith.muli %v524, %v1 : i64
                %v557 = arith.addi %v555, %v556 : i64
                %v558 = llvm.getelementptr %in_x[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v559 = llvm.load %v558 : !llvm.ptr -> f32
                %v560 = arith.mulf %v552, %v516 fastmath<contract> : f32
                %v561 = arith.addf %v560, %v559 fastmath<contract> : f32
                %v562 = arith.mulf %v536, %v536 fastmath<contract> : f32
                %v563 = arith.negf %v562 : f32
                %v564 = arith.mulf %v563, %v520 fastmath<contract> : f32
                %v565 = arith.addf %v561, %v564 fastmath<contract> : f32
                %v566 = arith.mulf %v42, %v520 fastmath<contract> : f32
                %v567 = arith.addf %v566, %v42 fastmath<contract> : f32
                %v568 = arith.mulf %v43, %v516 fastmath<contract> : f32
                %v569 = arith.addf %v567, %v568 fastmath<contract> : f32
                %v571 = arith.addi %v259, %v570 : i64
                %v572 = arith.minsi %v571, %v263 : i64
                %v573 = arith.addi %v132, %v572 : i64
                %v574 = arith.muli %v30, %v192 : i64
                %v575 = arith.muli %v28, %v191 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = arith.muli %v573, %v1 : i64
                %v578 = arith.addi %v576, %v577 : i64
                %v579 = llvm.getelementptr %in_rho[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v580 = llvm.load %v579 : !llvm.ptr -> f32
                %v581 = arith.negf %v580 : f32
                %v582 = arith.mulf %v581, %v201 fastmath<contract> : f32
                %v583 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v582) : (f32) -> f32
                %v584 = arith.addf %v43, %v583 fastmath<contract> : f32
                %v585 = arith.divf %v43, %v584 : f32
                %v586 = arith.mulf %v190, %v585 fastmath<contract> : f32
                %v587 = arith.muli %v30, %v192 : i64
                %v588 = arith.muli %v28, %v191 : i64
                %v589 = arith.addi %v587, %v588 : i64
                %v590 = arith.muli %v573, %v1 : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = llvm.getelementptr %in_theta[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v593 = llvm.load %v592 : !llvm.ptr -> f32
                %v594 = arith.mulf %v593, %v214 fastmath<contract> : f32
                %v595 = llvm.call_intrinsic "llvm.roundeven.f32"(%v594) : (f32) -> f32
                %v596 = arith.mulf %v595, %v217 fastmath<contract> : f32
                %v597 = arith.subf %v593, %v596 fastmath<contract> : f32
                %v598 = arith.mulf %v595, %v218 fastmath<contract> : f32
                %v599 = arith.subf %v597, %v598 fastmath<contract> : f32
                %v600 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v599) : (f32) -> f32
                %v601 = arith.mulf %v586, %v600 fastmath<contract> : f32
                %v602 = arith.muli %v30, %v192 : i64
                %v603 = arith.muli %v28, %v191 : i64
                %v604 = arith.addi %v602, %v603 : i64
                %v605 = arith.muli %v573, %v1 : i64
                %v606 = arith.addi %v604, %v605 : i64
                %v607 = llvm.getelementptr %in_x[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v608 = llvm.load %v607 : !llvm.ptr -> f32
                %v609 = arith.mulf %v601, %v565 fastmath<contract> : f32
                %v610 = arith.addf %v609, %v608 fastmath<contract> : f32
                %v611 = arith.mulf %v585, %v585 fastmath<contract> : f32
                %v612 = arith.negf %v611 : f32
                %v613 = arith.mulf %v612, %v569 fastmath<contract> : f32
                %v614 = arith.addf %v610, %v613 fastmath<contract> : f32
                %v615 = arith.mulf %v42, %v569 fastmath<contract> : f32
                %v616 = arith.addf %v615, %v42 fastmath<contract> : f32
                %v617 = arith.mulf %v43, %v565 fastmath<contract> : f32
                %v618 = arith.addf %v616, %v617 fastmath<contract> : f32
                %v619 = arith.addi %v259, %v117 : i64
                %v620 = arith.minsi %v619, %v263 : i64
                %v621 = arith.addi %v132, %v620 : i64
                %v622 = arith.muli %v30, %v192 : i64
                %v623 = arith.muli %v28, %v191 : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = arith.muli %v621, %v1 : i64
                %v626 = arith.addi %v624, %v625 : i64
                %v627 = llvm.getelementptr %in_rho[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v628 = llvm.load %v627 : !llvm.ptr -> f32
                %v629 = arith.negf %v628 : f32
                %v630 = arith.mulf %v629, %v201 fastmath<contract> : f32
                %v631 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v630) : (f32) -> f32
                %v632 = arith.addf %v43, %v631 fastmath<contract> : f32
                %v633 = arith.divf %v43, %v632 : f32
                %v634 = arith.mulf %v190, %v633 fastmath<contract> : f32
                %v635 = arith.muli %v30, %v192 : i64
                %v636 = arith.muli %v28, %v191 : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = arith.muli %v621, %v1 : i64
                %v639 = arith.addi %v637, %v638 : i64
                %v640 = llvm.getelementptr %in_theta[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v641 = llvm.load %v640 : !llvm.ptr -> f32
                %v642 = arith.mulf %v641, %v214 fastmath<contract> : f32
                %v643 = llvm.call_intrinsic "llvm.roundeven.f32"(%v642) : (f32) -> f32
                %v644 = arith.mulf %v643, %v217 fastmath<contract> : f32
                %v645 = arith.subf %v641, %v644 fastmath<contract> : f32
                %v646 = arith.mulf %v643, %v218 fastmath<contract> : f32
                %v647 = arith.subf %v645, %v646 fastmath<contract> : f32
                %v648 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v647) : (f32) -> f32
                %v649 = arith.mulf %v634, %v648 fastmath<contract> : f32
                %v650 = arith.muli %v30, %v192 : i64
                %v651 = arith.muli %v28, %v191 : i64
                %v652 = arith.addi %v650, %v651 : i64
                %v653 = arith.muli %v621, %v1 : i64
                %v654 = arith.addi %v652, %v653 : i64
                %v655 = llvm.getelementptr %in_x[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v656 = llvm.load %v655 : !llvm.ptr -> f32
                %v657 = arith.mulf %v649, %v614 fastmath<contract> : f32
                %v658 = arith.addf %v657, %v656 fastmath<contract> : f32
                %v659 = arith.mulf %v633, %v633 fastmath<contract> : f32
                %v660 = arith.negf %v659 : f32
                %v661 = arith.mulf %v660, %v618 fastmath<contract> : f32
                %v662 = arith.addf %v658, %v661 fastmath<contract> : f32
                %v663 = arith.mulf %v42, %v618 fastmath<contract> : f32
                %v664 = arith.addf %v663, %v42 fastmath<contract> : f32
                %v665 = arith.mulf %v43, %v614 fastmath<contract> : f32
                %v666 = arith.addf %v664, %v665 fastmath<contract> : f32
                %v667 = arith.subi %v134, %v259 : i64
                %v668 = arith.trunci %v667 : i64 to i32
                %v669 = arith.subi %size_L, %v1 : i64
                %v670 = arith.addi %v132, %v259 : i64
                %v671 = arith.subi %v669, %v670 : i64
                %v673 = arith.minsi %v671, %v672 : i64
                %v674 = arith.trunci %v673 : i64 to i32
                %v675 = arith.addi %v259, %v117 : i64
                %v677 = arith.cmpi slt, %v676, %v668 : i32
                %v678 = arith.cmpi eq, %v676, %v674 : i32
                %v679 = arith.addi %v132, %v675 : i64
                %v680 = llvm.load %v36 : !llvm.ptr -> f32
                %v681 = llvm.load %v37 : !llvm.ptr -> f32
                %v682 = arith.muli %v30, %v192 : i64
                %v683 = arith.muli %v28, %v191 : i64
                %v684 = arith.addi %v682, %v683 : i64
                %v685 = arith.muli %v679, %v1 : i64
                %v686 = arith.addi %v684, %v685 : i64
                %v687 = llvm.getelementptr %dy_y[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v688 = llvm.load %v687 : !llvm.ptr -> f32
                %v689 = llvm.load %v38 : !llvm.ptr -> f32
                %v690 = arith.mulf %v689, %v680 fastmath<contract> : f32
                %v691 = arith.addf %v688, %v690 fastmath<contract> : f32
                %v692 = llvm.load %v40 : !llvm.ptr -> f32
                %v693 = arith.mulf %v692, %v681 fastmath<contract> : f32
                %v694 = arith.addf %v693, %v691 fastmath<contract> : f32
                %v695 = llvm.load %v39 : !llvm.ptr -> f32
                %v696 = arith.mulf %v695, %v681 fastmath<contract> : f32
                %v697 = arith.addf %v42, %v696 fastmath<contract> : f32
                %v698 = llvm.load %v41 : !llvm.ptr -> f32
                %v699 = arith.mulf %v698, %v680 fastmath<contract> : f32
                %v700 = arith.addf %v699, %v697 fastmath<contract> : f32
                llvm.store %v694, %v36 : f32, !llvm.ptr
                llvm.store %v700, %v37 : f32, !llvm.ptr
                scf.if %v678 {
                  %v701 = arith.muli %v30, %v107 : i64
                  %v702 = arith.muli %v28, %v1 : i64
                  %v703 = arith.addi %v701, %v702 : i64
                  %v704 = llvm.getelementptr %dy_h_last[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v705 = llvm.load %v704 : !llvm.ptr -> f32
                  %v706 = llvm.load %v36 : !llvm.ptr -> f32
                  %v707 = arith.addf %v706, %v705 fastmath<contract> : f32
                  llvm.store %v707, %v36 : f32, !llvm.ptr
                }
                %v708 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v709 = arith.muli %v30, %v192 : i64
                  %v710 = arith.muli %v28, %v191 : i64
                  %v711 = arith.addi %v709, %v710 : i64
                  %v712 = arith.muli %v679, %v1 : i64
                  %v713 = arith.addi %v711, %v712 : i64
                  %v714 = llvm.getelementptr %dx_x[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v708, %v714 : f32, !llvm.ptr
                }
                %v715 = arith.muli %v30, %v192 : i64
                %v716 = arith.muli %v28, %v191 : i64
                %v717 = arith.addi %v715, %v716 : i64
                %v718 = arith.muli %v679, %v1 : i64
                %v719 = arith.addi %v717, %v718 : i64
                %v720 = llvm.getelementptr %in_rho[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v721 = llvm.load %v720 : !llvm.ptr -> f32
                %v722 = arith.negf %v721 : f32
                %v723 = arith.mulf %v722, %v201 fastmath<contract> : f32
                %v724 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v723) : (f32) -> f32
                %v725 = arith.addf %v43, %v724 fastmath<contract> : f32
                %v726 = arith.divf %v43, %v725 : f32
                %v727 = arith.mulf %v618, %v708 fastmath<contract> : f32
                %v728 = arith.negf %v727 : f32
                %v729 = arith.mulf %v726, %v728 fastmath<contract> : f32
                %v730 = arith.addf %v729, %v729 fastmath<contract> : f32
                %v731 = arith.muli %v30, %v192 : i64
                %v732 = arith.muli %v28, %v191 : i64
                %v733 = arith.addi %v731, %v732 : i64
                %v734 = arith.muli %v679, %v1 : i64
                %v735 = arith.addi %v733, %v734 : i64
                %v736 = llvm.getelementptr %in_theta[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v737 = llvm.load %v736 : !llvm.ptr -> f32
                %v738 = arith.mulf %v737, %v214 fastmath<contract> : f32
                %v739 = llvm.call_intrinsic "llvm.roundeven.f32"(%v738) : (f32) -> f32
                %v740 = arith.mulf %v739, %v217 fastmath<contract> : f32
                %v741 = arith.subf %v737, %v740 fastmath<contract> : f32
                %v742 = arith.mulf %v739, %v218 fastmath<contract> : f32
                %v743 = arith.subf %v741, %v742 fastmath<contract> : f32
                %v744 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v743) : (f32) -> f32
                %v745 = arith.mulf %v614, %v708 fastmath<contract> : f32
                %v746 = arith.mulf %v744, %v745 fastmath<contract> : f32
                %v747 = arith.mulf %v190, %v746 fastmath<contract> : f32
                %v748 = arith.addf %v730, %v747 fastmath<contract> : f32
                %v749 = arith.subf %v43, %v726 fastmath<contract> : f32
                %v750 = arith.mulf %v726, %v749 fastmath<contract> : f32
                %v751 = arith.mulf %v748, %v750 fastmath<contract> : f32
                scf.if %v25 {
                  %v752 = arith.muli %v30, %v192 : i64
                  %v753 = arith.muli %v28, %v191 : i64
                  %v754 = arith.addi %v752, %v753 : i64
                  %v755 = arith.muli %v679, %v1 : i64
                  %v756 = arith.addi %v754, %v755 : i64
                  %v757 = llvm.getelementptr %dx_rho[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v751, %v757 : f32, !llvm.ptr
                }
                %v758 = arith.mulf %v190, %v726 fastmath<contract> : f32
                %v759 = arith.mulf %v758, %v745 fastmath<contract> : f32
                %v760 = arith.mulf %v737, %v214 fastmath<contract> : f32
                %v761 = llvm.call_intrinsic "llvm.roundeven.f32"(%v760) : (f32) -> f32
                %v762 = arith.mulf %v761, %v217 fastmath<contract> : f32
                %v763 = arith.subf %v737, %v762 fastmath<contract> : f32
                %v764 = arith.mulf %v761, %v218 fastmath<contract> : f32
                %v765 = arith.subf %v763, %v764 fastmath<contract> : f32
                %v766 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v765) : (f32) -> f32
                %v767 = arith.negf %v766 : f32
                %v768 = arith.mulf %v759, %v767 fastmath<contract> : f32
                scf.if %v25 {
                  %v769 = arith.muli %v30, %v192 : i64
                  %v770 = arith.muli %v28, %v191 : i64
                  %v771 = arith.addi %v769, %v770 : i64
                  %v772 = arith.muli %v679, %v1 : i64
                  %v773 = arith.addi %v771, %v772 : i64
                  %v774 = llvm.getelementptr %dx_theta[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v768, %v774 : f32, !llvm.ptr
                }
                %v775 = arith.mulf %v758, %v744 fastmath<contract> : f32
                llvm.store %v775, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v776 = arith.mulf %v726, %v726 fastmath<contract> : f32
                %v777 = arith.negf %v776 : f32
                llvm.store %v777, %v41 : f32, !llvm.ptr
                %v778 = arith.addi %v259, %v570 : i64
                %v780 = arith.cmpi slt, %v779, %v668 : i32
                %v781 = arith.cmpi eq, %v779, %v674 : i32
                %v782 = arith.addi %v132, %v778 : i64
                %v783 = llvm.load %v36 : !llvm.ptr -> f32
                %v784 = llvm.load %v37 : !llvm.ptr -> f32
                %v785 = arith.muli %v30, %v192 : i64
                %v786 = arith.muli %v28, %v191 : i64
                %v787 = arith.addi %v785, %v786 : i64
                %v788 = arith.muli %v782, %v1 : i64
                %v789 = arith.addi %v787, %v788 : i64
                %v790 = llvm.getelementptr %dy_y[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v791 = llvm.load %v790 : !llvm.ptr -> f32
                %v792 = llvm.load %v38 : !llvm.ptr -> f32
                %v793 = arith.mulf %v792, %v783 fastmath<contract> : f32
                %v794 = arith.addf %v791, %v793 fastmath<contract> : f32
                %v795 = llvm.load %v40 : !llvm.ptr -> f32
                %v796 = arith.mulf %v795, %v784 fastmath<contract> : f32
                %v797 = arith.addf %v796, %v794 fastmath<contract> : f32
                %v798 = llvm.load %v39 : !llvm.ptr -> f32
                %v799 = arith.mulf %v798, %v784 fastmath<contract> : f32
                %v800 = arith.addf %v42, %v799 fastmath<contract> : f32
                %v801 = llvm.load %v41 : !llvm.ptr -> f32
                %v802 = arith.mulf %v801, %v783 fastmath<contract> : f32
                %v803 = arith.addf %v802, %v800 fastmath<contract> : f32
                llvm.store %v797, %v36 : f32, !llvm.ptr
                llvm.store %v803, %v37 : f32, !llvm.ptr
                scf.if %v781 {
                  %v804 = arith.muli %v30, %v107 : i64
                  %v805 = arith.muli %v28, %v1 : i64
                  %v806 = arith.addi %v804, %v805 : i64
                  %v807 = llvm.getelementptr %dy_h_last[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v808 = llvm.load %v807 : !llvm.ptr -> f32
                  %v809 = llvm.load %v36 : !llvm.ptr -> f32
                  %v810 = arith.addf %v809, %v808 fastmath<contract> : f32
                  llvm.store %v810, %v36 : f32, !llvm.ptr
                }
                %v811 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v812 = arith.muli %v30, %v192 : i64
                  %v813 = arith.muli %v28, %v191 : i64
                  %v814 = arith.addi %v812, %v813 : i64
                  %v815 = arith.muli %v782, %v1 : i64
                  %v816 = arith.addi %v814, %v815 : i64
                  %v817 = llvm.getelementptr %dx_x[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v811, %v817 : f32, !llvm.ptr
                }
                %v818 = arith.muli %v30, %v192 : i64
                %v819 = arith.muli %v28, %v191 : i64
                %v820 = arith.addi %v818, %v819 : i64
                %v821 = arith.muli %v782, %v1 : i64
                %v822 = arith.addi %v820, %v821 : i64
                %v823 = llvm.getelementptr %in_rho[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v824 = llvm.load %v823 : !llvm.ptr -> f32
                %v825 = arith.negf %v824 : f32
                %v826 = arith.mulf %v825, %v201 fastmath<contract> : f32
                %v827 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v826) : (f32) -> f32
                %v828 = arith.addf %v43, %v827 fastmath<contract> : f32
                %v829 = arith.divf %v43, %v828 : f32
                %v830 = arith.mulf %v569, %v811 fastmath<contract> : f32
                %v831 = arith.negf %v830 : f32
                %v832 = arith.mulf %v829, %v831 fastmath<contract> : f32
                %v833 = arith.addf %v832, %v832 fastmath<contract> : f32
                %v834 = arith.muli %v30, %v192 : i64
                %v835 = arith.muli %v28, %v191 : i64
                %v836 = arith.addi %v834, %v835 : i64
                %v837 = arith.muli %v782, %v1 : i64
                %v838 = arith.addi %v836, %v837 : i64
                %v839 = llvm.getelementptr %in_theta[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v840 = llvm.load %v839 : !llvm.ptr -> f32
                %v841 = arith.mulf %v840, %v214 fastmath<contract> : f32
                %v842 = llvm.call_intrinsic "llvm.roundeven.f32"(%v841) : (f32) -> f32
                %v843 = arith.mulf %v842, %v217 fastmath<contract> : f32
                %v844 = arith.subf %v840, %v843 fastmath<contract> : f32
                %v845 = arith.mulf %v842, %v218 fastmath<contract> : f32
                %v846 = arith.subf %v844, %v845 fastmath<contract> : f32
                %v847 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v846) : (f32) -> f32
                %v848 = arith.mulf %v565, %v811 fastmath<contract> : f32
                %v849 = arith.mulf %v847, %v848 fastmath<contract> : f32
                %v850 = arith.mulf %v190, %v849 fastmath<contract> : f32
                %v851 = arith.addf %v833, %v850 fastmath<contract> : f32
                %v852 = arith.subf %v43, %v829 fastmath<contract> : f32
                %v853 = arith.mulf %v829, %v852 fastmath<contract> : f32
                %v854 = arith.mulf %v851, %v853 fastmath<contract> : f32
                scf.if %v25 {
                  %v855 = arith.muli %v30, %v192 : i64
                  %v856 = arith.muli %v28, %v191 : i64
                  %v857 = arith.addi %v855, %v856 : i64
                  %v858 = arith.muli %v782, %v1 : i64
                  %v859 = arith.addi %v857, %v858 : i64
                  %v860 = llvm.getelementptr %dx_rho[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v854, %v860 : f32, !llvm.ptr
                }
                %v861 = arith.mulf %v190, %v829 fastmath<contract> : f32
                %v862 = arith.mulf %v861, %v848 fastmath<contract> : f32
                %v863 = arith.mulf %v840, %v214 fastmath<contract> : f32
                %v864 = llvm.call_intrinsic "llvm.roundeven.f32"(%v863) : (f32) -> f32
                %v865 = arith.mulf %v864, %v217 fastmath<contract> : f32
                %v866 = arith.subf %v840, %v865 fastmath<contract> : f32
                %v867 = arith.mulf %v864, %v218 fastmath<contract> : f32
                %v868 = arith.subf %v866, %v867 fastmath<contract> : f32
                %v869 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v868) : (f32) -> f32
                %v870 = arith.negf %v869 : f32
                %v871 = arith.mulf %v862, %v870 fastmath<contract> : f32
                scf.if %v25 {
                  %v872 = arith.muli %v30, %v192 : i64
                  %v873 = arith.muli %v28, %v191 : i64
                  %v874 = arith.addi %v872, %v873 : i64
                  %v875 = arith.muli %v782, %v1 : i64
                  %v876 = arith.addi %v874, %v875 : i64
                  %v877 = llvm.getelementptr %dx_theta[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v871, %v877 : f32, !llvm.ptr
                }
                %v878 = arith.mulf %v861, %v847 fastmath<contract> : f32
                llvm.store %v878, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v879 = arith.mulf %v829, %v829 fastmath<contract> : f32
                %v880 = arith.negf %v879 : f32
                llvm.store %v880, %v41 : f32, !llvm.ptr
                %v881 = arith.addi %v259, %v521 : i64
                %v883 = arith.cmpi slt, %v882, %v668 : i32
                %v884 = arith.cmpi eq, %v882, %v674 : i32
                %v885 = arith.addi %v132, %v881 : i64
                %v886 = llvm.load %v36 : !llvm.ptr -> f32
                %v887 = llvm.load %v37 : !llvm.ptr -> f32
                %v888 = arith.muli %v30, %v192 : i64
                %v889 = arith.muli %v28, %v191 : i64
                %v890 = arith.addi %v888, %v889 : i64
                %v891 = arith.muli %v885, %v1 : i64
                %v892 = arith.addi %v890, %v891 : i64
                %v893 = llvm.getelementptr %dy_y[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v894 = llvm.load %v893 : !llvm.ptr -> f32
                %v895 = llvm.load %v38 : !llvm.ptr -> f32
                %v896 = arith.mulf %v895, %v886 fastmath<contract> : f32
                %v897 = arith.addf %v894, %v896 fastmath<contract> : f32
                %v898 = llvm.load %v40 : !llvm.ptr -> f32
                %v899 = arith.mulf %v898, %v887 fastmath<contract> : f32
                %v900 = arith.addf %v899, %v897 fastmath<contract> : f32
                %v901 = llvm.load %v39 : !llvm.ptr -> f32
                %v902 = arith.mulf %v901, %v887 fastmath<contract> : f32
                %v903 = arith.addf %v42, %v902 fastmath<contract> : f32
                %v904 = llvm.load %v41 : !llvm.ptr -> f32
                %v905 = arith.mulf %v904, %v886 fastmath<contract> : f32
                %v906 = arith.addf %v905, %v903 fastmath<contract> : f32
                llvm.store %v900, %v36 : f32, !llvm.ptr
                llvm.store %v906, %v37 : f32, !llvm.ptr
                scf.if %v884 {
                  %v907 = arith.muli %v30, %v107 : i64
                  %v908 = arith.muli %v28, %v1 : i64
                  %v909 = arith.addi %v907, %v908 : i64
                  %v910 = llvm.getelementptr %dy_h_last[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v911 = llvm.load %v910 : !llvm.ptr -> f32
                  %v912 = llvm.load %v36 : !llvm.ptr -> f32
                  %v913 = arith.addf %v912, %v911 fastmath<contract> : f32
                  llvm.store %v913, %v36 : f32, !llvm.ptr
                }
                %v914 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v915 = arith.muli %v30, %v192 : i64
                  %v916 = arith.muli %v28, %v191 : i64
                  %v917 = arith.addi %v915, %v916 : i64
                  %v918 = arith.muli %v885, %v1 : i64
                  %v919 = arith.addi %v917, %v918 : i64
                  %v920 = llvm.getelementptr %dx_x[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v914, %v920 : f32, !llvm.ptr
                }
                %v921 = arith.muli %v30, %v192 : i64
                %v922 = arith.muli %v28, %v191 : i64
                %v923 = arith.addi %v921, %v922 : i64
                %v924 = arith.muli %v885, %v1 : i64
                %v925 = arith.addi %v923, %v924 : i64
                %v926 = llvm.getelementptr %in_rho[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v927 = llvm.load %v926 : !llvm.ptr -> f32
                %v928 = arith.negf %v927 : f32
                %v929 = arith.mulf %v928, %v201 fastmath<contract> : f32
                %v930 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v929) : (f32) -> f32
                %v931 = arith.addf %v43, %v930 fastmath<contract> : f32
                %v932 = arith.divf %v43, %v931 : f32
                %v933 = arith.mulf %v520, %v914 fastmath<contract> : f32
                %v934 = arith.negf %v933 : f32
                %v935 = arith.mulf %v932, %v934 fastmath<contract> : f32
                %v936 = arith.addf %v935, %v935 fastmath<contract> : f32
                %v937 = arith.muli %v30, %v192 : i64
                %v938 = arith.muli %v28, %v191 : i64
                %v939 = arith.addi %v937, %v938 : i64
                %v940 = arith.muli %v885, %v1 : i64
                %v941 = arith.addi %v939, %v940 : i64
                %v942 = llvm.getelementptr %in_theta[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v943 = llvm.load %v942 : !llvm.ptr -> f32
                %v944 = arith.mulf %v943, %v214 fastmath<contract> : f32
                %v945 = llvm.call_intrinsic "llvm.roundeven.f32"(%v944) : (f32) -> f32
                %v946 = arith.mulf %v945, %v217 fastmath<contract> : f32
                %v947 = arith.subf %v943, %v946 fastmath<contract> : f32
                %v948 = arith.mulf %v945, %v218 fastmath<contract> : f32
                %v949 = arith.subf %v947, %v948 fastmath<contract> : f32
                %v950 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v949) : (f32) -> f32
                %v951 = arith.mulf %v516, %v914 fastmath<contract> : f32
                %v952 = arith.mulf %v950, %v951 fastmath<contract> : f32
                %v953 = arith.mulf %v190, %v952 fastmath<contract> : f32
                %v954 = arith.addf %v936, %v953 fastmath<contract> : f32
                %v955 = arith.subf %v43, %v932 fastmath<contract> : f32
                %v956 = arith.mulf %v932, %v955 fastmath<contract> : f32
                %v957 = arith.mulf %v954, %v956 fastmath<contract> : f32
                scf.if %v25 {
                  %v958 = arith.muli %v30, %v192 : i64
                  %v959 = arith.muli %v28, %v191 : i64
                  %v960 = arith.addi %v958, %v959 : i64
                  %v961 = arith.muli %v885, %v1 : i64
                  %v962 = arith.addi %v960, %v961 : i64
                  %v963 = llvm.getelementptr %dx_rho[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v957, %v963 : f32, !llvm.ptr
                }
                %v964 = arith.mulf %v190, %v932 fastmath<contract> : f32
                %v965 = arith.mulf %v964, %v951 fastmath<contract> : f32
                %v966 = arith.mulf %v943, %v214 fastmath<contract> : f32
                %v967 = llvm.call_intrinsic "llvm.roundeven.f32"(%v966) : (f32) -> f32
                %v968 = arith.mulf %v967, %v217 fastmath<contract> : f32
                %v969 = arith.subf %v943, %v968 fastmath<contract> : f32
                %v970 = arith.mulf %v967, %v218 fastmath<contract> : f32
                %v971 = arith.subf %v969, %v970 fastmath<contract> : f32
                %v972 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v971) : (f32) -> f32
                %v973 = arith.negf %v972 : f32
                %v974 = arith.mulf %v965, %v973 fastmath<contract> : f32
                scf.if %v25 {
                  %v975 = arith.muli %v30, %v192 : i64
                  %v976 = arith.muli %v28, %v191 : i64
                  %v977 = arith.addi %v975, %v976 : i64
                  %v978 = arith.muli %v885, %v1 : i64
                  %v979 = arith.addi %v977, %v978 : i64
                  %v980 = llvm.getelementptr %dx_theta[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v974, %v980 : f32, !llvm.ptr
                }
                %v981 = arith.mulf %v964, %v950 fastmath<contract> : f32
                llvm.store %v981, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v982 = arith.mulf %v932, %v932 fastmath<contract> : f32
                %v983 = arith.negf %v982 : f32
                llvm.store %v983, %v41 : f32, !llvm.ptr
                %v984 = arith.addi %v259, %v32 : i64
                %v986 = arith.cmpi slt, %v985, %v668 : i32
                %v987 = arith.cmpi eq, %v985, %v674 : i32
                %v988 = arith.addi %v132, %v984 : i64
                %v989 = llvm.load %v36 : !llvm.ptr -> f32
                %v990 = llvm.load %v37 : !llvm.ptr -> f32
                %v991 = arith.muli %v30, %v192 : i64
                %v992 = arith.muli %v28, %v191 : i64
                %v993 = arith.addi %v991, %v992 : i64
                %v994 = arith.muli %v988, %v1 : i64
                %v995 = arith.addi %v993, %v994 : i64
                %v996 = llvm.getelementptr %dy_y[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v997 = llvm.load %v996 : !llvm.ptr -> f32
                %v998 = llvm.load %v38 : !llvm.ptr -> f32
                %v999 = arith.mulf %v998, %v989 fastmath<contract> : f32
                %v1000 = arith.addf %v997, %v999 fastmath<contract> : f32
                %v1001 = llvm.load %v40 : !llvm.ptr -> f32
                %v1002 = arith.mulf %v1001, %v990 fastmath<contract> : f32
                %v1003 = arith.addf %v1002, %v1000 fastmath<contract> : f32
                %v1004 = llvm.load %v39 : !llvm.ptr -> f32
                %v1005 = arith.mulf %v1004, %v990 fastmath<contract> : f32
                %v1006 = arith.addf %v42, %v1005 fastmath<contract> : f32
                %v1007 = llvm.load %v41 : !llvm.ptr -> f32
                %v1008 = arith.mulf %v1007, %v989 fastmath<contract> : f32
                %v1009 = arith.addf %v1008, %v1006 fastmath<contract> : f32
                llvm.store %v1003, %v36 : f32, !llvm.ptr
                llvm.store %v1009, %v37 : f32, !llvm.ptr
                scf.if %v987 {
                  %v1010 = arith.muli %v30, %v107 : i64
                  %v1011 = arith.muli %v28, %v1 : i64
                  %v1012 = arith.addi %v1010, %v1011 : i64
                  %v1013 = llvm.getelementptr %dy_h_last[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
                  %v1015 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1016 = arith.addf %v1015, %v1014 fastmath<contract> : f32
                  llvm.store %v1016, %v36 : f32, !llvm.ptr
                }
                %v1017 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v1018 = arith.muli %v30, %v192 : i64
                  %v1019 = arith.muli %v28, %v191 : i64
                  %v1020 = arith.addi %v1018, %v1019 : i64
                  %v1021 = arith.muli %v988, %v1 : i64
                  %v1022 = arith.addi %v1020, %v1021 : i64
                  %v1023 = llvm.getelementptr %dx_x[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1017, %v1023 : f32, !llvm.ptr
                }
                %v1024 = arith.muli %v30, %v192 : i64
                %v1025 = arith.muli %v28, %v191 : i64
                %v1026 = arith.addi %v1024, %v1025 : i64
                %v1027 = arith.muli %v988, %v1 : i64
                %v1028 = arith.addi %v1026, %v1027 : i64
                %v1029 = llvm.getelementptr %in_rho[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1030 = llvm.load %v1029 : !llvm.ptr -> f32
                %v1031 = arith.negf %v1030 : f32
                %v1032 = arith.mulf %v1031, %v201 fastmath<contract> : f32
                %v1033 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1032) : (f32) -> f32
                %v1034 = arith.addf %v43, %v1033 fastmath<contract> : f32
                %v1035 = arith.divf %v43, %v1034 : f32
                %v1036 = arith.mulf %v472, %v1017 fastmath<contract> : f32
                %v1037 = arith.negf %v1036 : f32
                %v1038 = arith.mulf %v1035, %v1037 fastmath<contract> : f32
                %v1039 = arith.addf %v1038, %v1038 fastmath<contract> : f32
                %v1040 = arith.muli %v30, %v192 : i64
                %v1041 = arith.muli %v28, %v191 : i64
                %v1042 = arith.addi %v1040, %v1041 : i64
                %v1043 = arith.muli %v988, %v1 : i64
                %v1044 = arith.addi %v1042, %v1043 : i64
                %v1045 = llvm.getelementptr %in_theta[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1046 = llvm.load %v1045 : !llvm.ptr -> f32
                %v1047 = arith.mulf %v1046, %v214 fastmath<contract> : f32
                %v1048 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1047) : (f32) -> f32
                %v1049 = arith.mulf %v1048, %v217 fastmath<contract> : f32
                %v1050 = arith.subf %v1046, %v1049 fastmath<contract> : f32
                %v1051 = arith.mulf %v1048, %v218 fastmath<contract> : f32
                %v1052 = arith.subf %v1050, %v1051 fastmath<contract> : f32
                %v1053 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1052) : (f32) -> f32
                %v1054 = arith.mulf %v468, %v1017 fastmath<contract> : f32
                %v1055 = arith.mulf %v1053, %v1054 fastmath<contract> : f32
                %v1056 = arith.mulf %v190, %v1055 fastmath<contract> : f32
                %v1057 = arith.addf %v1039, %v1056 fastmath<contract> : f32
                %v1058 = arith.subf %v43, %v1035 fastmath<contract> : f32
                %v1059 = arith.mulf %v1035, %v1058 fastmath<contract> : f32
                %v1060 = arith.mulf %v1057, %v1059 fastmath<contract> : f32
                scf.if %v25 {
                  %v1061 = arith.muli %v30, %v192 : i64
                  %v1062 = arith.muli %v28, %v191 : i64
                  %v1063 = arith.addi %v1061, %v1062 : i64
                  %v1064 = arith.muli %v988, %v1 : i64
                  %v1065 = arith.addi %v1063, %v1064 : i64
                  %v1066 = llvm.getelementptr %dx_rho[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1060, %v1066 : f32, !llvm.ptr
                }
                %v1067 = arith.mulf %v190, %v1035 fastmath<contract> : f32
                %v1068 = arith.mulf %v1067, %v1054 fastmath<contract> : f32
                %v1069 = arith.mulf %v1046, %v214 fastmath<contract> : f32
                %v1070 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1069) : (f32) -> f32
                %v1071 = arith.mulf %v1070, %v217 fastmath<contract> : f32
                %v1072 = arith.subf %v1046, %v1071 fastmath<contract> : f32
                %v1073 = arith.mulf %v1070, %v218 fastmath<contract> : f32
                %v1074 = arith.subf %v1072, %v1073 fastmath<contract> : f32
                %v1075 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1074) : (f32) -> f32
                %v1076 = arith.negf %v1075 : f32
                %v1077 = arith.mulf %v1068, %v1076 fastmath<contract> : f32
                scf.if %v25 {
                  %v1078 = arith.muli %v30, %v192 : i64
                  %v1079 = arith.muli %v28, %v191 : i64
                  %v1080 = arith.addi %v1078, %v1079 : i64
                  %v1081 = arith.muli %v988, %v1 : i64
                  %v1082 = arith.addi %v1080, %v1081 : i64
                  %v1083 = llvm.getelementptr %dx_theta[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1077, %v1083 : f32, !llvm.ptr
                }
                %v1084 = arith.mulf %v1067, %v1053 fastmath<contract> : f32
                llvm.store %v1084, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v1085 = arith.mulf %v1035, %v1035 fastmath<contract> : f32
                %v1086 = arith.negf %v1085 : f32
                llvm.store %v1086, %v41 : f32, !llvm.ptr
                %v1087 = arith.addi %v259, %v424 : i64
                %v1089 = arith.cmpi slt, %v1088, %v668 : i32
                %v1090 = arith.cmpi eq, %v1088, %v674 : i32
                %v1091 = arith.addi %v132, %v1087 : i64
                %v1092 = llvm.load %v36 : !llvm.ptr -> f32
                %v1093 = llvm.load %v37 : !llvm.ptr -> f32
                %v1094 = arith.muli %v30, %v192 : i64
                %v1095 = arith.muli %v28, %v191 : i64
                %v1096 = arith.addi %v1094, %v1095 : i64
                %v1097 = arith.muli %v1091, %v1 : i64
                %v1098 = arith.addi %v1096, %v1097 : i64
                %v1099 = llvm.getelementptr %dy_y[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1100 = llvm.load %v1099 : !llvm.ptr -> f32
                %v1101 = llvm.load %v38 : !llvm.ptr -> f32
                %v1102 = arith.mulf %v1101, %v1092 fastmath<contract> : f32
                %v1103 = arith.addf %v1100, %v1102 fastmath<contract> : f32
                %v1104 = llvm.load %v40 : !llvm.ptr -> f32
                %v1105 = arith.mulf %v1104, %v1093 fastmath<contract> : f32
                %v1106 = arith.addf %v1105, %v1103 fastmath<contract> : f32
                %v1107 = llvm.load %v39 : !llvm.ptr -> f32
                %v1108 = arith.mulf %v1107, %v1093 fastmath<contract> : f32
                %v1109 = arith.addf %v42, %v1108 fastmath<contract> : f32
                %v1110 = llvm.load %v41 : !llvm.ptr -> f32
                %v1111 = arith.mulf %v1110, %v1092 fastmath<contract> : f32
                %v1112 = arith.addf %v1111, %v1109 fastmath<contract> : f32
                llvm.store %v1106, %v36 : f32, !llvm.ptr
                llvm.store %v1112, %v37 : f32, !llvm.ptr
                scf.if %v1090 {
                  %v1113 = arith.muli %v30, %v107 : i64
                  %v1114 = arith.muli %v28, %v1 : i64
                  %v1115 = arith.addi %v1113, %v1114 : i64
                  %v1116 = llvm.getelementptr %dy_h_last[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
                  %v1118 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1119 = arith.addf %v1118, %v1117 fastmath<contract> : f32
                  llvm.store %v1119, %v36 : f32, !llvm.ptr
                }
                %v1120 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v1121 = arith.muli %v30, %v192 : i64
                  %v1122 = arith.muli %v28, %v191 : i64
                  %v1123 = arith.addi %v1121, %v1122 : i64
                  %v1124 = arith.muli %v1091, %v1 : i64
                  %v1125 = arith.addi %v1123, %v1124 : i64
                  %v1126 = llvm.getelementptr %dx_x[%v1125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1120, %v1126 : f32, !llvm.ptr
                }
                %v1127 = arith.muli %v30, %v192 : i64
                %v1128 = arith.muli %v28, %v191 : i64
                %v1129 = arith.addi %v1127, %v1128 : i64
                %v1130 = arith.muli %v1091, %v1 : i64
                %v1131 = arith.addi %v1129, %v1130 : i64
                %v1132 = llvm.getelementptr %in_rho[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
                %v1134 = arith.negf %v1133 : f32
                %v1135 = arith.mulf %v1134, %v201 fastmath<contract> : f32
                %v1136 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1135) : (f32) -> f32
                %v1137 = arith.addf %v43, %v1136 fastmath<contract> : f32
                %v1138 = arith.divf %v43, %v1137 : f32
                %v1139 = arith.mulf %v423, %v1120 fastmath<contract> : f32
                %v1140 = arith.negf %v1139 : f32
                %v1141 = arith.mulf %v1138, %v1140 fastmath<contract> : f32
                %v1142 = arith.addf %v1141, %v1141 fastmath<contract> : f32
                %v1143 = arith.muli %v30, %v192 : i64
                %v1144 = arith.muli %v28, %v191 : i64
                %v1145 = arith.addi %v1143, %v1144 : i64
                %v1146 = arith.muli %v1091, %v1 : i64
                %v1147 = arith.addi %v1145, %v1146 : i64
                %v1148 = llvm.getelementptr %in_theta[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                %v1150 = arith.mulf %v1149, %v214 fastmath<contract> : f32
                %v1151 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1150) : (f32) -> f32
                %v1152 = arith.mulf %v1151, %v217 fastmath<contract> : f32
                %v1153 = arith.subf %v1149, %v1152 fastmath<contract> : f32
                %v1154 = arith.mulf %v1151, %v218 fastmath<contract> : f32
                %v1155 = arith.subf %v1153, %v1154 fastmath<contract> : f32
                %v1156 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1155) : (f32) -> f32
                %v1157 = arith.mulf %v419, %v1120 fastmath<contract> : f32
                %v1158 = arith.mulf %v1156, %v1157 fastmath<contract> : f32
                %v1159 = arith.mulf %v190, %v1158 fastmath<contract> : f32
                %v1160 = arith.addf %v1142, %v1159 fastmath<contract> : f32
                %v1161 = arith.subf %v43, %v1138 fastmath<contract> : f32
                %v1162 = arith.mulf %v1138, %v1161 fastmath<contract> : f32
                %v1163 = arith.mulf %v1160, %v1162 fastmath<contract> : f32
                scf.if %v25 {
                  %v1164 = arith.muli %v30, %v192 : i64
                  %v1165 = arith.muli %v28, %v191 : i64
                  %v1166 = arith.addi %v1164, %v1165 : i64
                  %v1167 = arith.muli %v1091, %v1 : i64
                  %v1168 = arith.addi %v1166, %v1167 : i64
                  %v1169 = llvm.getelementptr %dx_rho[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1163, %v1169 : f32, !llvm.ptr
                }
                %v1170 = arith.mulf %v190, %v1138 fastmath<contract> : f32
                %v1171 = arith.mulf %v1170, %v1157 fastmath<contract> : f32
                %v1172 = arith.mulf %v1149, %v214 fastmath<contract> : f32
                %v1173 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1172) : (f32) -> f32
                %v1174 = arith.mulf %v1173, %v217 fastmath<contract> : f32
                %v1175 = arith.subf %v1149, %v1174 fastmath<contract> : f32
                %v1176 = arith.mulf %v1173, %v218 fastmath<contract> : f32
                %v1177 = arith.subf %v1175, %v1176 fastmath<contract> : f32
                %v1178 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1177) : (f32) -> f32
                %v1179 = arith.negf %v1178 : f32
                %v1180 = arith.mulf %v1171, %v1179 fastmath<contract> : f32
                scf.if %v25 {
                  %v1181 = arith.muli %v30, %v192 : i64
                  %v1182 = arith.muli %v28, %v191 : i64
                  %v1183 = arith.addi %v1181, %v1182 : i64
                  %v1184 = arith.muli %v1091, %v1 : i64
                  %v1185 = arith.addi %v1183, %v1184 : i64
                  %v1186 = llvm.getelementptr %dx_theta[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1180, %v1186 : f32, !llvm.ptr
                }
                %v1187 = arith.mulf %v1170, %v1156 fastmath<contract> : f32
                llvm.store %v1187, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v1188 = arith.mulf %v1138, %v1138 fastmath<contract> : f32
                %v1189 = arith.negf %v1188 : f32
                llvm.store %v1189, %v41 : f32, !llvm.ptr
                %v1190 = arith.addi %v259, %v65 : i64
                %v1192 = arith.cmpi slt, %v1191, %v668 : i32
                %v1193 = arith.cmpi eq, %v1191, %v674 : i32
                %v1194 = arith.addi %v132, %v1190 : i64
                %v1195 = llvm.load %v36 : !llvm.ptr -> f32
                %v1196 = llvm.load %v37 : !llvm.ptr -> f32
                %v1197 = arith.muli %v30, %v192 : i64
                %v1198 = arith.muli %v28, %v191 : i64
                %v1199 = arith.addi %v1197, %v1198 : i64
                %v1200 = arith.muli %v1194, %v1 : i64
                %v1201 = arith.addi %v1199, %v1200 : i64
                %v1202 = llvm.getelementptr %dy_y[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
                %v1204 = llvm.load %v38 : !llvm.ptr -> f32
                %v1205 = arith.mulf %v1204, %v1195 fastmath<contract> : f32
                %v1206 = arith.addf %v1203, %v1205 fastmath<contract> : f32
                %v1207 = llvm.load %v40 : !llvm.ptr -> f32
                %v1208 = arith.mulf %v1207, %v1196 fastmath<contract> : f32
                %v1209 = arith.addf %v1208, %v1206 fastmath<contract> : f32
                %v1210 = llvm.load %v39 : !llvm.ptr -> f32
                %v1211 = arith.mulf %v1210, %v1196 fastmath<contract> : f32
                %v1212 = arith.addf %v42, %v1211 fastmath<contract> : f32
                %v1213 = llvm.load %v41 : !llvm.ptr -> f32
                %v1214 = arith.mulf %v1213, %v1195 fastmath<contract> : f32
                %v1215 = arith.addf %v1214, %v1212 fastmath<contract> : f32
                llvm.store %v1209, %v36 : f32, !llvm.ptr
                llvm.store %v1215, %v37 : f32, !llvm.ptr
                scf.if %v1193 {
                  %v1216 = arith.muli %v30, %v107 : i64
                  %v1217 = arith.muli %v28, %v1 : i64
                  %v1218 = arith.addi %v1216, %v1217 : i64
                  %v1219 = llvm.getelementptr %dy_h_last[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1220 = llvm.load %v1219 : !llvm.ptr -> f32
                  %v1221 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1222 = arith.addf %v1221, %v1220 fastmath<contract> : f32
                  llvm.store %v1222, %v36 : f32, !llvm.ptr
                }
                %v1223 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v1224 = arith.muli %v30, %v192 : i64
                  %v1225 = arith.muli %v28, %v191 : i64
                  %v1226 = arith.addi %v1224, %v1225 : i64
                  %v1227 = arith.muli %v1194, %v1 : i64
                  %v1228 = arith.addi %v1226, %v1227 : i64
                  %v1229 = llvm.getelementptr %dx_x[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1223, %v1229 : f32, !llvm.ptr
                }
                %v1230 = arith.muli %v30, %v192 : i64
                %v1231 = arith.muli %v28, %v191 : i64
                %v1232 = arith.addi %v1230, %v1231 : i64
                %v1233 = arith.muli %v1194, %v1 : i64
                %v1234 = arith.addi %v1232, %v1233 : i64
                %v1235 = llvm.getelementptr %in_rho[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1236 = llvm.load %v1235 : !llvm.ptr -> f32
                %v1237 = arith.negf %v1236 : f32
                %v1238 = arith.mulf %v1237, %v201 fastmath<contract> : f32
                %v1239 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1238) : (f32) -> f32
                %v1240 = arith.addf %v43, %v1239 fastmath<contract> : f32
                %v1241 = arith.divf %v43, %v1240 : f32
                %v1242 = arith.mulf %v375, %v1223 fastmath<contract> : f32
                %v1243 = arith.negf %v1242 : f32
                %v1244 = arith.mulf %v1241, %v1243 fastmath<contract> : f32
                %v1245 = arith.addf %v1244, %v1244 fastmath<contract> : f32
                %v1246 = arith.muli %v30, %v192 : i64
                %v1247 = arith.muli %v28, %v191 : i64
                %v1248 = arith.addi %v1246, %v1247 : i64
                %v1249 = arith.muli %v1194, %v1 : i64
                %v1250 = arith.addi %v1248, %v1249 : i64
                %v1251 = llvm.getelementptr %in_theta[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1252 = llvm.load %v1251 : !llvm.ptr -> f32
                %v1253 = arith.mulf %v1252, %v214 fastmath<contract> : f32
                %v1254 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1253) : (f32) -> f32
                %v1255 = arith.mulf %v1254, %v217 fastmath<contract> : f32
                %v1256 = arith.subf %v1252, %v1255 fastmath<contract> : f32
                %v1257 = arith.mulf %v1254, %v218 fastmath<contract> : f32
                %v1258 = arith.subf %v1256, %v1257 fastmath<contract> : f32
                %v1259 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1258) : (f32) -> f32
                %v1260 = arith.mulf %v371, %v1223 fastmath<contract> : f32
                %v1261 = arith.mulf %v1259, %v1260 fastmath<contract> : f32
                %v1262 = arith.mulf %v190, %v1261 fastmath<contract> : f32
                %v1263 = arith.addf %v1245, %v1262 fastmath<contract> : f32
                %v1264 = arith.subf %v43, %v1241 fastmath<contract> : f32
                %v1265 = arith.mulf %v1241, %v1264 fastmath<contract> : f32
                %v1266 = arith.mulf %v1263, %v1265 fastmath<contract> : f32
                scf.if %v25 {
                  %v1267 = arith.muli %v30, %v192 : i64
                  %v1268 = arith.muli %v28, %v191 : i64
                  %v1269 = arith.addi %v1267, %v1268 : i64
                  %v1270 = arith.muli %v1194, %v1 : i64
                  %v1271 = arith.addi %v1269, %v1270 : i64
                  %v1272 = llvm.getelementptr %dx_rho[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1266, %v1272 : f32, !llvm.ptr
                }
                %v1273 = arith.mulf %v190, %v1241 fastmath<contract> : f32
                %v1274 = arith.mulf %v1273, %v1260 fastmath<contract> : f32
                %v1275 = arith.mulf %v1252, %v214 fastmath<contract> : f32
                %v1276 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1275) : (f32) -> f32
                %v1277 = arith.mulf %v1276, %v217 fastmath<contract> : f32
                %v1278 = arith.subf %v1252, %v1277 fastmath<contract> : f32
                %v1279 = arith.mulf %v1276, %v218 fastmath<contract> : f32
                %v1280 = arith.subf %v1278, %v1279 fastmath<contract> : f32
                %v1281 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1280) : (f32) -> f32
                %v1282 = arith.negf %v1281 : f32
                %v1283 = arith.mulf %v1274, %v1282 fastmath<contract> : f32
                scf.if %v25 {
                  %v1284 = arith.muli %v30, %v192 : i64
                  %v1285 = arith.muli %v28, %v191 : i64
                  %v1286 = arith.addi %v1284, %v1285 : i64
                  %v1287 = arith.muli %v1194, %v1 : i64
                  %v1288 = arith.addi %v1286, %v1287 : i64
                  %v1289 = llvm.getelementptr %dx_theta[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1283, %v1289 : f32, !llvm.ptr
                }
                %v1290 = arith.mulf %v1273, %v1259 fastmath<contract> : f32
                llvm.store %v1290, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v1291 = arith.mulf %v1241, %v1241 fastmath<contract> : f32
                %v1292 = arith.negf %v1291 : f32
                llvm.store %v1292, %v41 : f32, !llvm.ptr
                %v1293 = arith.addi %v259, %v1 : i64
                %v1295 = arith.cmpi slt, %v1294, %v668 : i32
                %v1296 = arith.cmpi eq, %v1294, %v674 : i32
                %v1297 = arith.addi %v132, %v1293 : i64
                %v1298 = llvm.load %v36 : !llvm.ptr -> f32
                %v1299 = llvm.load %v37 : !llvm.ptr -> f32
                %v1300 = arith.muli %v30, %v192 : i64
                %v1301 = arith.muli %v28, %v191 : i64
                %v1302 = arith.addi %v1300, %v1301 : i64
                %v1303 = arith.muli %v1297, %v1 : i64
                %v1304 = arith.addi %v1302, %v1303 : i64
                %v1305 = llvm.getelementptr %dy_y[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                %v1307 = llvm.load %v38 : !llvm.ptr -> f32
                %v1308 = arith.mulf %v1307, %v1298 fastmath<contract> : f32
                %v1309 = arith.addf %v1306, %v1308 fastmath<contract> : f32
                %v1310 = llvm.load %v40 : !llvm.ptr -> f32
                %v1311 = arith.mulf %v1310, %v1299 fastmath<contract> : f32
                %v1312 = arith.addf %v1311, %v1309 fastmath<contract> : f32
                %v1313 = llvm.load %v39 : !llvm.ptr -> f32
                %v1314 = arith.mulf %v1313, %v1299 fastmath<contract> : f32
                %v1315 = arith.addf %v42, %v1314 fastmath<contract> : f32
                %v1316 = llvm.load %v41 : !llvm.ptr -> f32
                %v1317 = arith.mulf %v1316, %v1298 fastmath<contract> : f32
                %v1318 = arith.addf %v1317, %v1315 fastmath<contract> : f32
                llvm.store %v1312, %v36 : f32, !llvm.ptr
                llvm.store %v1318, %v37 : f32, !llvm.ptr
                scf.if %v1296 {
                  %v1319 = arith.muli %v30, %v107 : i64
                  %v1320 = arith.muli %v28, %v1 : i64
                  %v1321 = arith.addi %v1319, %v1320 : i64
                  %v1322 = llvm.getelementptr %dy_h_last[%v1321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1323 = llvm.load %v1322 : !llvm.ptr -> f32
                  %v1324 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1325 = arith.addf %v1324, %v1323 fastmath<contract> : f32
                  llvm.store %v1325, %v36 : f32, !llvm.ptr
                }
                %v1326 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v1327 = arith.muli %v30, %v192 : i64
                  %v1328 = arith.muli %v28, %v191 : i64
                  %v1329 = arith.addi %v1327, %v1328 : i64
                  %v1330 = arith.muli %v1297, %v1 : i64
                  %v1331 = arith.addi %v1329, %v1330 : i64
                  %v1332 = llvm.getelementptr %dx_x[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1326, %v1332 : f32, !llvm.ptr
                }
                %v1333 = arith.muli %v30, %v192 : i64
                %v1334 = arith.muli %v28, %v191 : i64
                %v1335 = arith.addi %v1333, %v1334 : i64
                %v1336 = arith.muli %v1297, %v1 : i64
                %v1337 = arith.addi %v1335, %v1336 : i64
                %v1338 = llvm.getelementptr %in_rho[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1339 = llvm.load %v1338 : !llvm.ptr -> f32
                %v1340 = arith.negf %v1339 : f32
                %v1341 = arith.mulf %v1340, %v201 fastmath<contract> : f32
                %v1342 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1341) : (f32) -> f32
                %v1343 = arith.addf %v43, %v1342 fastmath<contract> : f32
                %v1344 = arith.divf %v43, %v1343 : f32
                %v1345 = arith.mulf %v327, %v1326 fastmath<contract> : f32
                %v1346 = arith.negf %v1345 : f32
                %v1347 = arith.mulf %v1344, %v1346 fastmath<contract> : f32
                %v1348 = arith.addf %v1347, %v1347 fastmath<contract> : f32
                %v1349 = arith.muli %v30, %v192 : i64
                %v1350 = arith.muli %v28, %v191 : i64
                %v1351 = arith.addi %v1349, %v1350 : i64
                %v1352 = arith.muli %v1297, %v1 : i64
                %v1353 = arith.addi %v1351, %v1352 : i64
                %v1354 = llvm.getelementptr %in_theta[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
                %v1356 = arith.mulf %v1355, %v214 fastmath<contract> : f32
                %v1357 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1356) : (f32) -> f32
                %v1358 = arith.mulf %v1357, %v217 fastmath<contract> : f32
                %v1359 = arith.subf %v1355, %v1358 fastmath<contract> : f32
                %v1360 = arith.mulf %v1357, %v218 fastmath<contract> : f32
                %v1361 = arith.subf %v1359, %v1360 fastmath<contract> : f32
                %v1362 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1361) : (f32) -> f32
                %v1363 = arith.mulf %v323, %v1326 fastmath<contract> : f32
                %v1364 = arith.mulf %v1362, %v1363 fastmath<contract> : f32
                %v1365 = arith.mulf %v190, %v1364 fastmath<contract> : f32
                %v1366 = arith.addf %v1348, %v1365 fastmath<contract> : f32
                %v1367 = arith.subf %v43, %v1344 fastmath<contract> : f32
                %v1368 = arith.mulf %v1344, %v1367 fastmath<contract> : f32
                %v1369 = arith.mulf %v1366, %v1368 fastmath<contract> : f32
                scf.if %v25 {
                  %v1370 = arith.muli %v30, %v192 : i64
                  %v1371 = arith.muli %v28, %v191 : i64
                  %v1372 = arith.addi %v1370, %v1371 : i64
                  %v1373 = arith.muli %v1297, %v1 : i64
                  %v1374 = arith.addi %v1372, %v1373 : i64
                  %v1375 = llvm.getelementptr %dx_rho[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1369, %v1375 : f32, !llvm.ptr
                }
                %v1376 = arith.mulf %v190, %v1344 fastmath<contract> : f32
                %v1377 = arith.mulf %v1376, %v1363 fastmath<contract> : f32
                %v1378 = arith.mulf %v1355, %v214 fastmath<contract> : f32
                %v1379 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1378) : (f32) -> f32
                %v1380 = arith.mulf %v1379, %v217 fastmath<contract> : f32
                %v1381 = arith.subf %v1355, %v1380 fastmath<contract> : f32
                %v1382 = arith.mulf %v1379, %v218 fastmath<contract> : f32
                %v1383 = arith.subf %v1381, %v1382 fastmath<contract> : f32
                %v1384 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1383) : (f32) -> f32
                %v1385 = arith.negf %v1384 : f32
                %v1386 = arith.mulf %v1377, %v1385 fastmath<contract> : f32
                scf.if %v25 {
                  %v1387 = arith.muli %v30, %v192 : i64
                  %v1388 = arith.muli %v28, %v191 : i64
                  %v1389 = arith.addi %v1387, %v1388 : i64
                  %v1390 = arith.muli %v1297, %v1 : i64
                  %v1391 = arith.addi %v1389, %v1390 : i64
                  %v1392 = llvm.getelementptr %dx_theta[%v1391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1386, %v1392 : f32, !llvm.ptr
                }
                %v1393 = arith.mulf %v1376, %v1362 fastmath<contract> : f32
                llvm.store %v1393, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v1394 = arith.mulf %v1344, %v1344 fastmath<contract> : f32
                %v1395 = arith.negf %v1394 : f32
                llvm.store %v1395, %v41 : f32, !llvm.ptr
                %v1396 = arith.addi %v259, %v44 : i64
                %v1398 = arith.cmpi slt, %v1397, %v668 : i32
                %v1399 = arith.cmpi eq, %v1397, %v674 : i32
                %v1400 = arith.addi %v132, %v1396 : i64
                %v1401 = llvm.load %v36 : !llvm.ptr -> f32
                %v1402 = llvm.load %v37 : !llvm.ptr -> f32
                %v1403 = arith.muli %v30, %v192 : i64
                %v1404 = arith.muli %v28, %v191 : i64
                %v1405 = arith.addi %v1403, %v1404 : i64
                %v1406 = arith.muli %v1400, %v1 : i64
                %v1407 = arith.addi %v1405, %v1406 : i64
                %v1408 = llvm.getelementptr %dy_y[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
                %v1410 = llvm.load %v38 : !llvm.ptr -> f32
                %v1411 = arith.mulf %v1410, %v1401 fastmath<contract> : f32
                %v1412 = arith.addf %v1409, %v1411 fastmath<contract> : f32
                %v1413 = llvm.load %v40 : !llvm.ptr -> f32
                %v1414 = arith.mulf %v1413, %v1402 fastmath<contract> : f32
                %v1415 = arith.addf %v1414, %v1412 fastmath<contract> : f32
                %v1416 = llvm.load %v39 : !llvm.ptr -> f32
                %v1417 = arith.mulf %v1416, %v1402 fastmath<contract> : f32
                %v1418 = arith.addf %v42, %v1417 fastmath<contract> : f32
                %v1419 = llvm.load %v41 : !llvm.ptr -> f32
                %v1420 = arith.mulf %v1419, %v1401 fastmath<contract> : f32
                %v1421 = arith.addf %v1420, %v1418 fastmath<contract> : f32
                llvm.store %v1415, %v36 : f32, !llvm.ptr
                llvm.store %v1421, %v37 : f32, !llvm.ptr
                scf.if %v1399 {
                  %v1422 = arith.muli %v30, %v107 : i64
                  %v1423 = arith.muli %v28, %v1 : i64
                  %v1424 = arith.addi %v1422, %v1423 : i64
                  %v1425 = llvm.getelementptr %dy_h_last[%v1424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1426 = llvm.load %v1425 : !llvm.ptr -> f32
                  %v1427 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1428 = arith.addf %v1427, %v1426 fastmath<contract> : f32
                  llvm.store %v1428, %v36 : f32, !llvm.ptr
                }
                %v1429 = llvm.load %v36 : !llvm.ptr -> f32
                scf.if %v25 {
                  %v1430 = arith.muli %v30, %v192 : i64
                  %v1431 = arith.muli %v28, %v191 : i64
                  %v1432 = arith.addi %v1430, %v1431 : i64
                  %v1433 = arith.muli %v1400, %v1 : i64
                  %v1434 = arith.addi %v1432, %v1433 : i64
                  %v1435 = llvm.getelementptr %dx_x[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1429, %v1435 : f32, !llvm.ptr
                }
                %v1436 = arith.muli %v30, %v192 : i64
                %v1437 = arith.muli %v28, %v191 : i64
                %v1438 = arith.addi %v1436, %v1437 : i64
                %v1439 = arith.muli %v1400, %v1 : i64
                %v1440 = arith.addi %v1438, %v1439 : i64
                %v1441 = llvm.getelementptr %in_rho[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1442 = llvm.load %v1441 : !llvm.ptr -> f32
                %v1443 = arith.negf %v1442 : f32
                %v1444 = arith.mulf %v1443, %v201 fastmath<contract> : f32
                %v1445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1444) : (f32) -> f32
                %v1446 = arith.addf %v43, %v1445 fastmath<contract> : f32
                %v1447 = arith.divf %v43, %v1446 : f32
                %v1448 = arith.mulf %v279, %v1429 fastmath<contract> : f32
                %v1449 = arith.negf %v1448 : f32
                %v1450 = arith.mulf %v1447, %v1449 fastmath<contract> : f32
                %v1451 = arith.addf %v1450, %v1450 fastmath<contract> : f32
                %v1452 = arith.muli %v30, %v192 : i64
                %v1453 = arith.muli %v28, %v191 : i64
                %v1454 = arith.addi %v1452, %v1453 : i64
                %v1455 = arith.muli %v1400, %v1 : i64
                %v1456 = arith.addi %v1454, %v1455 : i64
                %v1457 = llvm.getelementptr %in_theta[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
                %v1459 = arith.mulf %v1458, %v214 fastmath<contract> : f32
                %v1460 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1459) : (f32) -> f32
                %v1461 = arith.mulf %v1460, %v217 fastmath<contract> : f32
                %v1462 = arith.subf %v1458, %v1461 fastmath<contract> : f32
                %v1463 = arith.mulf %v1460, %v218 fastmath<contract> : f32
                %v1464 = arith.subf %v1462, %v1463 fastmath<contract> : f32
                %v1465 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1464) : (f32) -> f32
                %v1466 = arith.mulf %v271, %v1429 fastmath<contract> : f32
                %v1467 = arith.mulf %v1465, %v1466 fastmath<contract> : f32
                %v1468 = arith.mulf %v190, %v1467 fastmath<contract> : f32
                %v1469 = arith.addf %v1451, %v1468 fastmath<contract> : f32
                %v1470 = arith.subf %v43, %v1447 fastmath<contract> : f32
                %v1471 = arith.mulf %v1447, %v1470 fastmath<contract> : f32
                %v1472 = arith.mulf %v1469, %v1471 fastmath<contract> : f32
                scf.if %v25 {
                  %v1473 = arith.muli %v30, %v192 : i64
                  %v1474 = arith.muli %v28, %v191 : i64
                  %v1475 = arith.addi %v1473, %v1474 : i64
                  %v1476 = arith.muli %v1400, %v1 : i64
                  %v1477 = arith.addi %v1475, %v1476 : i64
                  %v1478 = llvm.getelementptr %dx_rho[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1472, %v1478 : f32, !llvm.ptr
                }
                %v1479 = arith.mulf %v190, %v1447 fastmath<contract> : f32
                %v1480 = arith.mulf %v1479, %v1466 fastmath<contract> : f32
                %v1481 = arith.mulf %v1458, %v214 fastmath<contract> : f32
                %v1482 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1481) : (f32) -> f32
                %v1483 = arith.mulf %v1482, %v217 fastmath<contract> : f32
                %v1484 = arith.subf %v1458, %v1483 fastmath<contract> : f32
                %v1485 = arith.mulf %v1482, %v218 fastmath<contract> : f32
                %v1486 = arith.subf %v1484, %v1485 fastmath<contract> : f32
                %v1487 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1486) : (f32) -> f32
                %v1488 = arith.negf %v1487 : f32
                %v1489 = arith.mulf %v1480, %v1488 fastmath<contract> : f32
                scf.if %v25 {
                  %v1490 = arith.muli %v30, %v192 : i64
                  %v1491 = arith.muli %v28, %v191 : i64
                  %v1492 = arith.addi %v1490, %v1491 : i64
                  %v1493 = arith.muli %v1400, %v1 : i64
                  %v1494 = arith.addi %v1492, %v1493 : i64
                  %v1495 = llvm.getelementptr %dx_theta[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1489, %v1495 : f32, !llvm.ptr
                }
                %v1496 = arith.mulf %v1479, %v1465 fastmath<contract> : f32
                llvm.store %v1496, %v38 : f32, !llvm.ptr
                llvm.store %v43, %v40 : f32, !llvm.ptr
                llvm.store %v42, %v39 : f32, !llvm.ptr
                %v1497 = arith.mulf %v1447, %v1447 fastmath<contract> : f32
                %v1498 = arith.negf %v1497 : f32
                llvm.store %v1498, %v41 : f32, !llvm.ptr
              } else {
                %v1499 = arith.subi %v134, %v1 : i64
                %v1500 = arith.muli %v260, %v3 : i64
                %v1501 = arith.subi %v3, %v1 : i64
                %v1502 = arith.minsi %v24, %v1501 : i64
                %v1503 = arith.addi %v1500, %v1502 : i64
                %v1504 = arith.muli %v1503, %v1 : i64
                %v1505 = arith.addi %v1504, %v44 : i64
                %v1506 = llvm.getelementptr %scratch_h[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
                %v1508 = arith.muli %v260, %v3 : i64
                %v1509 = arith.subi %v3, %v1 : i64
                %v1510 = arith.minsi %v24, %v1509 : i64
                %v1511 = arith.addi %v1508, %v1510 : i64
                %v1512 = arith.muli %v1511, %v1 : i64
                %v1513 = arith.addi %v1512, %v44 : i64
                %v1514 = llvm.getelementptr %scratch_hp[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1515 = llvm.load %v1514 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1516 = arith.addi %v259, %v44 : i64
                %v1517 = arith.minsi %v1516, %v1499 : i64
                %v1518 = arith.addi %v132, %v1517 : i64
                %v1519 = arith.muli %v30, %v192 : i64
                %v1520 = arith.muli %v28, %v191 : i64
                %v1521 = arith.addi %v1519, %v1520 : i64
                %v1522 = arith.muli %v1518, %v1 : i64
                %v1523 = arith.addi %v1521, %v1522 : i64
                %v1524 = llvm.getelementptr %in_rho[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1525 = llvm.load %v1524 : !llvm.ptr -> f32
                %v1526 = arith.negf %v1525 : f32
                %v1527 = arith.mulf %v1526, %v201 fastmath<contract> : f32
                %v1528 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1527) : (f32) -> f32
                %v1529 = arith.addf %v43, %v1528 fastmath<contract> : f32
                %v1530 = arith.divf %v43, %v1529 : f32
                %v1531 = arith.mulf %v190, %v1530 fastmath<contract> : f32
                %v1532 = arith.muli %v30, %v192 : i64
                %v1533 = arith.muli %v28, %v191 : i64
                %v1534 = arith.addi %v1532, %v1533 : i64
                %v1535 = arith.muli %v1518, %v1 : i64
                %v1536 = arith.addi %v1534, %v1535 : i64
                %v1537 = llvm.getelementptr %in_theta[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
                %v1539 = arith.mulf %v1538, %v214 fastmath<contract> : f32
                %v1540 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1539) : (f32) -> f32
                %v1541 = arith.mulf %v1540, %v217 fastmath<contract> : f32
                %v1542 = arith.subf %v1538, %v1541 fastmath<contract> : f32
                %v1543 = arith.mulf %v1540, %v218 fastmath<contract> : f32
                %v1544 = arith.subf %v1542, %v1543 fastmath<contract> : f32
                %v1545 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1544) : (f32) -> f32
                %v1546 = arith.mulf %v1531, %v1545 fastmath<contract> : f32
                %v1547 = arith.muli %v30, %v192 : i64
                %v1548 = arith.muli %v28, %v191 : i64
                %v1549 = arith.addi %v1547, %v1548 : i64
                %v1550 = arith.muli %v1518, %v1 : i64
                %v1551 = arith.addi %v1549, %v1550 : i64
                %v1552 = llvm.getelementptr %in_x[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1553 = llvm.load %v1552 : !llvm.ptr -> f32
                %v1554 = arith.mulf %v1546, %v1507 fastmath<contract> : f32
                %v1555 = arith.addf %v1554, %v1553 fastmath<contract> : f32
                %v1556 = arith.mulf %v1530, %v1530 fastmath<contract> : f32
                %v1557 = arith.negf %v1556 : f32
                %v1558 = arith.mulf %v1557, %v1515 fastmath<contract> : f32
                %v1559 = arith.addf %v1555, %v1558 fastmath<contract> : f32
                %v1560 = arith.mulf %v42, %v1515 fastmath<contract> : f32
                %v1561 = arith.addf %v1560, %v42 fastmath<contract> : f32
                %v1562 = arith.mulf %v43, %v1507 fastmath<contract> : f32
                %v1563 = arith.addf %v1561, %v1562 fastmath<contract> : f32
                %v1564 = arith.addi %v259, %v1 : i64
                %v1565 = arith.minsi %v1564, %v1499 : i64
                %v1566 = arith.addi %v132, %v1565 : i64
                %v1567 = arith.muli %v30, %v192 : i64
                %v1568 = arith.muli %v28, %v191 : i64
                %v1569 = arith.addi %v1567, %v1568 : i64
                %v1570 = arith.muli %v1566, %v1 : i64
                %v1571 = arith.addi %v1569, %v1570 : i64
                %v1572 = llvm.getelementptr %in_rho[%v1571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1573 = llvm.load %v1572 : !llvm.ptr -> f32
                %v1574 = arith.negf %v1573 : f32
                %v1575 = arith.mulf %v1574, %v201 fastmath<contract> : f32
                %v1576 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1575) : (f32) -> f32
                %v1577 = arith.addf %v43, %v1576 fastmath<contract> : f32
                %v1578 = arith.divf %v43, %v1577 : f32
                %v1579 = arith.mulf %v190, %v1578 fastmath<contract> : f32
                %v1580 = arith.muli %v30, %v192 : i64
                %v1581 = arith.muli %v28, %v191 : i64
                %v1582 = arith.addi %v1580, %v1581 : i64
                %v1583 = arith.muli %v1566, %v1 : i64
                %v1584 = arith.addi %v1582, %v1583 : i64
                %v1585 = llvm.getelementptr %in_theta[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1586 = llvm.load %v1585 : !llvm.ptr -> f32
                %v1587 = arith.mulf %v1586, %v214 fastmath<contract> : f32
                %v1588 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1587) : (f32) -> f32
                %v1589 = arith.mulf %v1588, %v217 fastmath<contract> : f32
                %v1590 = arith.subf %v1586, %v1589 fastmath<contract> : f32
                %v1591 = arith.mulf %v1588, %v218 fastmath<contract> : f32
                %v1592 = arith.subf %v1590, %v1591 fastmath<contract> : f32
                %v1593 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1592) : (f32) -> f32
                %v1594 = arith.mulf %v1579, %v1593 fastmath<contract> : f32
                %v1595 = arith.muli %v30, %v192 : i64
                %v1596 = arith.muli %v28, %v191 : i64
                %v1597 = arith.addi %v1595, %v1596 : i64
                %v1598 = arith.muli %v1566, %v1 : i64
                %v1599 = arith.addi %v1597, %v1598 : i64
                %v1600 = llvm.getelementptr %in_x[%v1599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1601 = llvm.load %v1600 : !llvm.ptr -> f32
                %v1602 = arith.mulf %v1594, %v1559 fastmath<contract> : f32
                %v1603 = arith.addf %v1602, %v1601 fastmath<contract> : f32
                %v1604 = arith.mulf %v1578, %v1578 fastmath<contract> : f32
                %v1605 = arith.negf %v1604 : f32
                %v1606 = arith.mulf %v1605, %v1563 fastmath<contract> : f32
                %v1607 = arith.addf %v1603, %v1606 fastmath<contract> : f32
                %v1608 = arith.mulf %v42, %v1563 fastmath<contract> : f32
                %v1609 = arith.addf %v1608, %v42 fastmath<contract> : f32
                %v1610 = arith.mulf %v43, %v1559 fastmath<contract> : f32
                %v1611 = arith.addf %v1609, %v1610 fastmath<contract> : f32
                %v1612 = arith.addi %v259, %v65 : i64
                %v1613 = arith.minsi %v1612, %v1499 : i64
                %v1614 = arith.addi %v132, %v1613 : i64
                %v1615 = arith.muli %v30, %v192 : i64
                %v1616 = arith.muli %v28, %v191 : i64
                %v1617 = arith.addi %v1615, %v1616 : i64
                %v1618 = arith.muli %v1614, %v1 : i64
                %v1619 = arith.addi %v1617, %v1618 : i64
                %v1620 = llvm.getelementptr %in_rho[%v1619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1621 = llvm.load %v1620 : !llvm.ptr -> f32
                %v1622 = arith.negf %v1621 : f32
                %v1623 = arith.mulf %v1622, %v201 fastmath<contract> : f32
                %v1624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1623) : (f32) -> f32
                %v1625 = arith.addf %v43, %v1624 fastmath<contract> : f32
                %v1626 = arith.divf %v43, %v1625 : f32
                %v1627 = arith.mulf %v190, %v1626 fastmath<contract> : f32
                %v1628 = arith.muli %v30, %v192 : i64
                %v1629 = arith.muli %v28, %v191 : i64
                %v1630 = arith.addi %v1628, %v1629 : i64
                %v1631 = arith.muli %v1614, %v1 : i64
                %v1632 = arith.addi %v1630, %v1631 : i64
                %v1633 = llvm.getelementptr %in_theta[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1634 = llvm.load %v1633 : !llvm.ptr -> f32
                %v1635 = arith.mulf %v1634, %v214 fastmath<contract> : f32
                %v1636 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1635) : (f32) -> f32
                %v1637 = arith.mulf %v1636, %v217 fastmath<contract> : f32
                %v1638 = arith.subf %v1634, %v1637 fastmath<contract> : f32
                %v1639 = arith.mulf %v1636, %v218 fastmath<contract> : f32
                %v1640 = arith.subf %v1638, %v1639 fastmath<contract> : f32
                %v1641 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1640) : (f32) -> f32
                %v1642 = arith.mulf %v1627, %v1641 fastmath<contract> : f32
                %v1643 = arith.muli %v30, %v192 : i64
                %v1644 = arith.muli %v28, %v191 : i64
                %v1645 = arith.addi %v1643, %v1644 : i64
                %v1646 = arith.muli %v1614, %v1 : i64
                %v1647 = arith.addi %v1645, %v1646 : i64
                %v1648 = llvm.getelementptr %in_x[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1649 = llvm.load %v1648 : !llvm.ptr -> f32
                %v1650 = arith.mulf %v1642, %v1607 fastmath<contract> : f32
                %v1651 = arith.addf %v1650, %v1649 fastmath<contract> : f32
                %v1652 = arith.mulf %v1626, %v1626 fastmath<contract> : f32
                %v1653 = arith.negf %v1652 : f32
                %v1654 = arith.mulf %v1653, %v1611 fastmath<contract> : f32
                %v1655 = arith.addf %v1651, %v1654 fastmath<contract> : f32
                %v1656 = arith.mulf %v42, %v1611 fastmath<contract> : f32
                %v1657 = arith.addf %v1656, %v42 fastmath<contract> : f32
                %v1658 = arith.mulf %v43, %v1607 fastmath<contract> : f32
                %v1659 = arith.addf %v1657, %v1658 fastmath<contract> : f32
                %v1660 = arith.addi %v259, %v424 : i64
                %v1661 = arith.minsi %v1660, %v1499 : i64
                %v1662 = arith.addi %v132, %v1661 : i64
                %v1663 = arith.muli %v30, %v192 : i64
                %v1664 = arith.muli %v28, %v191 : i64
                %v1665 = arith.addi %v1663, %v1664 : i64
                %v1666 = arith.muli %v1662, %v1 : i64
                %v1667 = arith.addi %v1665, %v1666 : i64
                %v1668 = llvm.getelementptr %in_rho[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1669 = llvm.load %v1668 : !llvm.ptr -> f32
                %v1670 = arith.negf %v1669 : f32
                %v1671 = arith.mulf %v1670, %v201 fastmath<contract> : f32
                %v1672 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1671) : (f32) -> f32
                %v1673 = arith.addf %v43, %v1672 fastmath<contract> : f32
                %v1674 = arith.divf %v43, %v1673 : f32
                %v1675 = arith.mulf %v190, %v1674 fastmath<contract> : f32
                %v1676 = arith.muli %v30, %v192 : i64
                %v1677 = arith.muli %v28, %v191 : i64
                %v1678 = arith.addi %v1676, %v1677 : i64
                %v1679 = arith.muli %v1662, %v1 : i64
                %v1680 = arith.addi %v1678, %v1679 : i64
                %v1681 = llvm.getelementptr %in_theta[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
                %v1683 = arith.mulf %v1682, %v214 fastmath<contract> : f32
                %v1684 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1683) : (f32) -> f32
                %v1685 = arith.mulf %v1684, %v217 fastmath<contract> : f32
                %v1686 = arith.subf %v1682, %v1685 fastmath<contract> : f32
                %v1687 = arith.mulf %v1684, %v218 fastmath<contract> : f32
                %v1688 = arith.subf %v1686, %v1687 fastmath<contract> : f32
                %v1689 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1688) : (f32) -> f32
                %v1690 = arith.mulf %v1675, %v1689 fastmath<contract> : f32
                %v1691 = arith.muli %v30, %v192 : i64
                %v1692 = arith.muli %v28, %v191 : i64
                %v1693 = arith.addi %v1691, %v1692 : i64
                %v1694 = arith.muli %v1662, %v1 : i64
                %v1695 = arith.addi %v1693, %v1694 : i64
                %v1696 = llvm.getelementptr %in_x[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1697 = llvm.load %v1696 : !llvm.ptr -> f32
                %v1698 = arith.mulf %v1690, %v1655 fastmath<contract> : f32
                %v1699 = arith.addf %v1698, %v1697 fastmath<contract> : f32
                %v1700 = arith.mulf %v1674, %v1674 fastmath<contract> : f32
                %v1701 = arith.negf %v1700 : f32
                %v1702 = arith.mulf %v1701, %v1659 fastmath<contract> : f32
                %v1703 = arith.addf %v1699, %v1702 fastmath<contract> : f32
                %v1704 = arith.mulf %v42, %v1659 fastmath<contract> : f32
                %v1705 = arith.addf %v1704, %v42 fastmath<contract> : f32
                %v1706 = arith.mulf %v43, %v1655 fastmath<contract> : f32
                %v1707 = arith.addf %v1705, %v1706 fastmath<contract> : f32
                %v1708 = arith.addi %v259, %v32 : i64
                %v1709 = arith.minsi %v1708, %v1499 : i64
                %v1710 = arith.addi %v132, %v1709 : i64
                %v1711 = arith.muli %v30, %v192 : i64
                %v1712 = arith.muli %v28, %v191 : i64
                %v1713 = arith.addi %v1711, %v1712 : i64
                %v1714 = arith.muli %v1710, %v1 : i64
                %v1715 = arith.addi %v1713, %v1714 : i64
                %v1716 = llvm.getelementptr %in_rho[%v1715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1717 = llvm.load %v1716 : !llvm.ptr -> f32
                %v1718 = arith.negf %v1717 : f32
                %v1719 = arith.mulf %v1718, %v201 fastmath<contract> : f32
                %v1720 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1719) : (f32) -> f32
                %v1721 = arith.addf %v43, %v1720 fastmath<contract> : f32
                %v1722 = arith.divf %v43, %v1721 : f32
                %v1723 = arith.mulf %v190, %v1722 fastmath<contract> : f32
                %v1724 = arith.muli %v30, %v192 : i64
                %v1725 = arith.muli %v28, %v191 : i64
                %v1726 = arith.addi %v1724, %v1725 : i64
                %v1727 = arith.muli %v1710, %v1 : i64
                %v1728 = arith.addi %v1726, %v1727 : i64
                %v1729 = llvm.getelementptr %in_theta[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
                %v1731 = arith.mulf %v1730, %v214 fastmath<contract> : f32
                %v1732 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1731) : (f32) -> f32
                %v1733 = arith.mulf %v1732, %v217 fastmath<contract> : f32
                %v1734 = arith.subf %v1730, %v1733 fastmath<contract> : f32
                %v1735 = arith.mulf %v1732, %v218 fastmath<contract> : f32
                %v1736 = arith.subf %v1734, %v1735 fastmath<contract> : f32
                %v1737 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1736) : (f32) -> f32
                %v1738 = arith.mulf %v1723, %v1737 fastmath<contract> : f32
                %v1739 = arith.muli %v30, %v192 : i64
                %v1740 = arith.muli %v28, %v191 : i64
                %v1741 = arith.addi %v1739, %v1740 : i64
                %v1742 = arith.muli %v1710, %v1 : i64
                %v1743 = arith.addi %v1741, %v1742 : i64
                %v1744 = llvm.getelementptr %in_x[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1745 = llvm.load %v1744 : !llvm.ptr -> f32
                %v1746 = arith.mulf %v1738, %v1703 fastmath<contract> : f32
                %v1747 = arith.addf %v1746, %v1745 fastmath<contract> : f32
                %v1748 = arith.mulf %v1722, %v1722 fastmath<contract> : f32
                %v1749 = arith.negf %v1748 : f32
                %v1750 = arith.mulf %v1749, %v1707 fastmath<contract> : f32
                %v1751 = arith.addf %v1747, %v1750 fastmath<contract> : f32
                %v1752 = arith.mulf %v42, %v1707 fastmath<contract> : f32
                %v1753 = arith.addf %v1752, %v42 fastmath<contract> : f32
                %v1754 = arith.mulf %v43, %v1703 fastmath<contract> : f32
                %v1755 = arith.addf %v1753, %v1754 fastmath<contract> : f32
                %v1756 = arith.addi %v259, %v521 : i64
                %v1757 = arith.minsi %v1756, %v1499 : i64
                %v1758 = arith.addi %v132, %v1757 : i64
                %v1759 = arith.muli %v30, %v192 : i64
                %v1760 = arith.muli %v28, %v191 : i64
                %v1761 = arith.addi %v1759, %v1760 : i64
                %v1762 = arith.muli %v1758, %v1 : i64
                %v1763 = arith.addi %v1761, %v1762 : i64
                %v1764 = llvm.getelementptr %in_rho[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
                %v1766 = arith.negf %v1765 : f32
                %v1767 = arith.mulf %v1766, %v201 fastmath<contract> : f32
                %v1768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1767) : (f32) -> f32
                %v1769 = arith.addf %v43, %v1768 fastmath<contract> : f32
                %v1770 = arith.divf %v43, %v1769 : f32
                %v1771 = arith.mulf %v190, %v1770 fastmath<contract> : f32
                %v1772 = arith.muli %v30, %v192 : i64
                %v1773 = arith.muli %v28, %v191 : i64
                %v1774 = arith.addi %v1772, %v1773 : i64
                %v1775 = arith.muli %v1758, %v1 : i64
                %v1776 = arith.addi %v1774, %v1775 : i64
                %v1777 = llvm.getelementptr %in_theta[%v1776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1778 = llvm.load %v1777 : !llvm.ptr -> f32
                %v1779 = arith.mulf %v1778, %v214 fastmath<contract> : f32
                %v1780 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1779) : (f32) -> f32
                %v1781 = arith.mulf %v1780, %v217 fastmath<contract> : f32
                %v1782 = arith.subf %v1778, %v1781 fastmath<contract> : f32
                %v1783 = arith.mulf %v1780, %v218 fastmath<contract> : f32
                %v1784 = arith.subf %v1782, %v1783 fastmath<contract> : f32
                %v1785 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1784) : (f32) -> f32
                %v1786 = arith.mulf %v1771, %v1785 fastmath<contract> : f32
                %v1787 = arith.muli %v30, %v192 : i64
                %v1788 = arith.muli %v28, %v191 : i64
                %v1789 = arith.addi %v1787, %v1788 : i64
                %v1790 = arith.muli %v1758, %v1 : i64
                %v1791 = arith.addi %v1789, %v1790 : i64
                %v1792 = llvm.getelementptr %in_x[%v1791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
                %v1794 = arith.mulf %v1786, %v1751 fastmath<contract> : f32
                %v1795 = arith.addf %v1794, %v1793 fastmath<contract> : f32
                %v1796 = arith.mulf %v1770, %v1770 fastmath<contract> : f32
                %v1797 = arith.negf %v1796 : f32
                %v1798 = arith.mulf %v1797, %v1755 fastmath<contract> : f32
                %v1799 = arith.addf %v1795, %v1798 fastmath<contract> : f32
                %v1800 = arith.mulf %v42, %v1755 fastmath<contract> : f32
                %v1801 = arith.addf %v1800, %v42 fastmath<contract> : f32
                %v1802 = arith.mulf %v43, %v1751 fastmath<contract> : f32
                %v1803 = arith.addf %v1801, %v1802 fastmath<contract> : f32
                %v1804 = arith.addi %v259, %v570 : i64
                %v1805 = arith.minsi %v1804, %v1499 : i64
                %v1806 = arith.addi %v132, %v1805 : i64
                %v1807 = arith.muli %v30, %v192 : i64
                %v1808 = arith.muli %v28, %v191 : i64
                %v1809 = arith.addi %v1807, %v1808 : i64
                %v1810 = arith.muli %v1806, %v1 : i64
                %v1811 = arith.addi %v1809, %v1810 : i64
                %v1812 = llvm.getelementptr %in_rho[%v1811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1813 = llvm.load %v1812 : !llvm.ptr -> f32
                %v1814 = arith.negf %v1813 : f32
                %v1815 = arith.mulf %v1814, %v201 fastmath<contract> : f32
                %v1816 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1815) : (f32) -> f32
                %v1817 = arith.addf %v43, %v1816 fastmath<contract> : f32
                %v1818 = arith.divf %v43, %v1817 : f32
                %v1819 = arith.mulf %v190, %v1818 fastmath<contract> : f32
                %v1820 = arith.muli %v30, %v192 : i64
                %v1821 = arith.muli %v28, %v191 : i64
                %v1822 = arith.addi %v1820, %v1821 : i64
                %v1823 = arith.muli %v1806, %v1 : i64
                %v1824 = arith.addi %v1822, %v1823 : i64
                %v1825 = llvm.getelementptr %in_theta[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1826 = llvm.load %v1825 : !llvm.ptr -> f32
                %v1827 = arith.mulf %v1826, %v214 fastmath<contract> : f32
                %v1828 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1827) : (f32) -> f32
                %v1829 = arith.mulf %v1828, %v217 fastmath<contract> : f32
                %v1830 = arith.subf %v1826, %v1829 fastmath<contract> : f32
                %v1831 = arith.mulf %v1828, %v218 fastmath<contract> : f32
                %v1832 = arith.subf %v1830, %v1831 fastmath<contract> : f32
                %v1833 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1832) : (f32) -> f32
                %v1834 = arith.mulf %v1819, %v1833 fastmath<contract> : f32
                %v1835 = arith.muli %v30, %v192 : i64
                %v1836 = arith.muli %v28, %v191 : i64
                %v1837 = arith.addi %v1835, %v1836 : i64
                %v1838 = arith.muli %v1806, %v1 : i64
                %v1839 = arith.addi %v1837, %v1838 : i64
                %v1840 = llvm.getelementptr %in_x[%v1839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1841 = llvm.load %v1840 : !llvm.ptr -> f32
                %v1842 = arith.mulf %v1834, %v1799 fastmath<contract> : f32
                %v1843 = arith.addf %v1842, %v1841 fastmath<contract> : f32
                %v1844 = arith.mulf %v1818, %v1818 fastmath<contract> : f32
                %v1845 = arith.negf %v1844 : f32
                %v1846 = arith.mulf %v1845, %v1803 fastmath<contract> : f32
                %v1847 = arith.addf %v1843, %v1846 fastmath<contract> : f32
                %v1848 = arith.mulf %v42, %v1803 fastmath<contract> : f32
                %v1849 = arith.addf %v1848, %v42 fastmath<contract> : f32
                %v1850 = arith.mulf %v43, %v1799 fastmath<contract> : f32
                %v1851 = arith.addf %v1849, %v1850 fastmath<contract> : f32
                %v1852 = arith.addi %v259, %v117 : i64
                %v1853 = arith.minsi %v1852, %v1499 : i64
                %v1854 = arith.addi %v132, %v1853 : i64
                %v1855 = arith.muli %v30, %v192 : i64
                %v1856 = arith.muli %v28, %v191 : i64
                %v1857 = arith.addi %v1855, %v1856 : i64
                %v1858 = arith.muli %v1854, %v1 : i64
                %v1859 = arith.addi %v1857, %v1858 : i64
                %v1860 = llvm.getelementptr %in_rho[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1861 = llvm.load %v1860 : !llvm.ptr -> f32
                %v1862 = arith.negf %v1861 : f32
                %v1863 = arith.mulf %v1862, %v201 fastmath<contract> : f32
                %v1864 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1863) : (f32) -> f32
                %v1865 = arith.addf %v43, %v1864 fastmath<contract> : f32
                %v1866 = arith.divf %v43, %v1865 : f32
                %v1867 = arith.mulf %v190, %v1866 fastmath<contract> : f32
                %v1868 = arith.muli %v30, %v192 : i64
                %v1869 = arith.muli %v28, %v191 : i64
                %v1870 = arith.addi %v1868, %v1869 : i64
                %v1871 = arith.muli %v1854, %v1 : i64
                %v1872 = arith.addi %v1870, %v1871 : i64
                %v1873 = llvm.getelementptr %in_theta[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1874 = llvm.load %v1873 : !llvm.ptr -> f32
                %v1875 = arith.mulf %v1874, %v214 fastmath<contract> : f32
                %v1876 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1875) : (f32) -> f32
                %v1877 = arith.mulf %v1876, %v217 fastmath<contract> : f32
                %v1878 = arith.subf %v1874, %v1877 fastmath<contract> : f32
                %v1879 = arith.mulf %v1876, %v218 fastmath<contract> : f32
                %v1880 = arith.subf %v1878, %v1879 fastmath<contract> : f32
                %v1881 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1880) : (f32) -> f32
                %v1882 = arith.mulf %v1867, %v1881 fastmath<contract> : f32
                %v1883 = arith.muli %v30, %v192 : i64
                %v1884 = arith.muli %v28, %v191 : i64
                %v1885 = arith.addi %v1883, %v1884 : i64
                %v1886 = arith.muli %v1854, %v1 : i64
                %v1887 = arith.addi %v1885, %v1886 : i64
                %v1888 = llvm.getelementptr %in_x[%v1887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1889 = llvm.load %v1888 : !llvm.ptr -> f32
                %v1890 = arith.mulf %v1882, %v1847 fastmath<contract> : f32
                %v1891 = arith.addf %v1890, %v1889 fastmath<contract> : f32
                %v1892 = arith.mulf %v1866, %v1866 fastmath<contract> : f32
                %v1893 = arith.negf %v1892 : f32
                %v1894 = arith.mulf %v1893, %v1851 fastmath<contract> : f32
                %v1895 = arith.addf %v1891, %v1894 fastmath<contract> : f32
                %v1896 = arith.mulf %v42, %v1851 fastmath<contract> : f32
                %v1897 = arith.addf %v1896, %v42 fastmath<contract> : f32
                %v1898 = arith.mulf %v43, %v1847 fastmath<contract> : f32
                %v1899 = arith.addf %v1897, %v1898 fastmath<contract> : f32
                %v1900 = arith.subi %v134, %v259 : i64
                %v1901 = arith.trunci %v1900 : i64 to i32
                %v1902 = arith.subi %size_L, %v1 : i64
                %v1903 = arith.addi %v132, %v259 : i64
                %v1904 = arith.subi %v1902, %v1903 : i64
                %v1905 = arith.minsi %v1904, %v672 : i64
                %v1906 = arith.trunci %v1905 : i64 to i32
                %v1907 = arith.addi %v259, %v117 : i64
                %v1908 = arith.cmpi slt, %v676, %v1901 : i32
                %v1909 = arith.cmpi eq, %v676, %v1906 : i32
                scf.if %v1908 {
                  %v1910 = arith.addi %v132, %v1907 : i64
                  %v1911 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1912 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1913 = arith.muli %v30, %v192 : i64
                  %v1914 = arith.muli %v28, %v191 : i64
                  %v1915 = arith.addi %v1913, %v1914 : i64
                  %v1916 = arith.muli %v1910, %v1 : i64
                  %v1917 = arith.addi %v1915, %v1916 : i64
                  %v1918 = llvm.getelementptr %dy_y[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
                  %v1920 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1921 = arith.mulf %v1920, %v1911 fastmath<contract> : f32
                  %v1922 = arith.addf %v1919, %v1921 fastmath<contract> : f32
                  %v1923 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1924 = arith.mulf %v1923, %v1912 fastmath<contract> : f32
                  %v1925 = arith.addf %v1924, %v1922 fastmath<contract> : f32
                  %v1926 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1927 = arith.mulf %v1926, %v1912 fastmath<contract> : f32
                  %v1928 = arith.addf %v42, %v1927 fastmath<contract> : f32
                  %v1929 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1930 = arith.mulf %v1929, %v1911 fastmath<contract> : f32
                  %v1931 = arith.addf %v1930, %v1928 fastmath<contract> : f32
                  llvm.store %v1925, %v36 : f32, !llvm.ptr
                  llvm.store %v1931, %v37 : f32, !llvm.ptr
                  scf.if %v1909 {
                    %v1932 = arith.muli %v30, %v107 : i64
                    %v1933 = arith.muli %v28, %v1 : i64
                    %v1934 = arith.addi %v1932, %v1933 : i64
                    %v1935 = llvm.getelementptr %dy_h_last[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1936 = llvm.load %v1935 : !llvm.ptr -> f32
                    %v1937 = llvm.load %v36 : !llvm.ptr -> f32
                    %v1938 = arith.addf %v1937, %v1936 fastmath<contract> : f32
                    llvm.store %v1938, %v36 : f32, !llvm.ptr
                  }
                  %v1939 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v1940 = arith.muli %v30, %v192 : i64
                    %v1941 = arith.muli %v28, %v191 : i64
                    %v1942 = arith.addi %v1940, %v1941 : i64
                    %v1943 = arith.muli %v1910, %v1 : i64
                    %v1944 = arith.addi %v1942, %v1943 : i64
                    %v1945 = llvm.getelementptr %dx_x[%v1944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1939, %v1945 : f32, !llvm.ptr
                  }
                  %v1946 = arith.muli %v30, %v192 : i64
                  %v1947 = arith.muli %v28, %v191 : i64
                  %v1948 = arith.addi %v1946, %v1947 : i64
                  %v1949 = arith.muli %v1910, %v1 : i64
                  %v1950 = arith.addi %v1948, %v1949 : i64
                  %v1951 = llvm.getelementptr %in_rho[%v1950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1952 = llvm.load %v1951 : !llvm.ptr -> f32
                  %v1953 = arith.negf %v1952 : f32
                  %v1954 = arith.mulf %v1953, %v201 fastmath<contract> : f32
                  %v1955 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1954) : (f32) -> f32
                  %v1956 = arith.addf %v43, %v1955 fastmath<contract> : f32
                  %v1957 = arith.divf %v43, %v1956 : f32
                  %v1958 = arith.mulf %v1851, %v1939 fastmath<contract> : f32
                  %v1959 = arith.negf %v1958 : f32
                  %v1960 = arith.mulf %v1957, %v1959 fastmath<contract> : f32
                  %v1961 = arith.addf %v1960, %v1960 fastmath<contract> : f32
                  %v1962 = arith.muli %v30, %v192 : i64
                  %v1963 = arith.muli %v28, %v191 : i64
                  %v1964 = arith.addi %v1962, %v1963 : i64
                  %v1965 = arith.muli %v1910, %v1 : i64
                  %v1966 = arith.addi %v1964, %v1965 : i64
                  %v1967 = llvm.getelementptr %in_theta[%v1966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1968 = llvm.load %v1967 : !llvm.ptr -> f32
                  %v1969 = arith.mulf %v1968, %v214 fastmath<contract> : f32
                  %v1970 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1969) : (f32) -> f32
                  %v1971 = arith.mulf %v1970, %v217 fastmath<contract> : f32
                  %v1972 = arith.subf %v1968, %v1971 fastmath<contract> : f32
                  %v1973 = arith.mulf %v1970, %v218 fastmath<contract> : f32
                  %v1974 = arith.subf %v1972, %v1973 fastmath<contract> : f32
                  %v1975 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1974) : (f32) -> f32
                  %v1976 = arith.mulf %v1847, %v1939 fastmath<contract> : f32
                  %v1977 = arith.mulf %v1975, %v1976 fastmath<contract> : f32
                  %v1978 = arith.mulf %v190, %v1977 fastmath<contract> : f32
                  %v1979 = arith.addf %v1961, %v1978 fastmath<contract> : f32
                  %v1980 = arith.subf %v43, %v1957 fastmath<contract> : f32
                  %v1981 = arith.mulf %v1957, %v1980 fastmath<contract> : f32
                  %v1982 = arith.mulf %v1979, %v1981 fastmath<contract> : f32
                  scf.if %v25 {
                    %v1983 = arith.muli %v30, %v192 : i64
                    %v1984 = arith.muli %v28, %v191 : i64
                    %v1985 = arith.addi %v1983, %v1984 : i64
                    %v1986 = arith.muli %v1910, %v1 : i64
                    %v1987 = arith.addi %v1985, %v1986 : i64
                    %v1988 = llvm.getelementptr %dx_rho[%v1987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1982, %v1988 : f32, !llvm.ptr
                  }
                  %v1989 = arith.mulf %v190, %v1957 fastmath<contract> : f32
                  %v1990 = arith.mulf %v1989, %v1976 fastmath<contract> : f32
                  %v1991 = arith.mulf %v1968, %v214 fastmath<contract> : f32
                  %v1992 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1991) : (f32) -> f32
                  %v1993 = arith.mulf %v1992, %v217 fastmath<contract> : f32
                  %v1994 = arith.subf %v1968, %v1993 fastmath<contract> : f32
                  %v1995 = arith.mulf %v1992, %v218 fastmath<contract> : f32
                  %v1996 = arith.subf %v1994, %v1995 fastmath<contract> : f32
                  %v1997 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1996) : (f32) -> f32
                  %v1998 = arith.negf %v1997 : f32
                  %v1999 = arith.mulf %v1990, %v1998 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2000 = arith.muli %v30, %v192 : i64
                    %v2001 = arith.muli %v28, %v191 : i64
                    %v2002 = arith.addi %v2000, %v2001 : i64
                    %v2003 = arith.muli %v1910, %v1 : i64
                    %v2004 = arith.addi %v2002, %v2003 : i64
                    %v2005 = llvm.getelementptr %dx_theta[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1999, %v2005 : f32, !llvm.ptr
                  }
                  %v2006 = arith.mulf %v1989, %v1975 fastmath<contract> : f32
                  llvm.store %v2006, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v2007 = arith.mulf %v1957, %v1957 fastmath<contract> : f32
                  %v2008 = arith.negf %v2007 : f32
                  llvm.store %v2008, %v41 : f32, !llvm.ptr
                }
                %v2009 = arith.addi %v259, %v570 : i64
                %v2010 = arith.cmpi slt, %v779, %v1901 : i32
                %v2011 = arith.cmpi eq, %v779, %v1906 : i32
                scf.if %v2010 {
                  %v2012 = arith.addi %v132, %v2009 : i64
                  %v2013 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2014 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2015 = arith.muli %v30, %v192 : i64
                  %v2016 = arith.muli %v28, %v191 : i64
                  %v2017 = arith.addi %v2015, %v2016 : i64
                  %v2018 = arith.muli %v2012, %v1 : i64
                  %v2019 = arith.addi %v2017, %v2018 : i64
                  %v2020 = llvm.getelementptr %dy_y[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2021 = llvm.load %v2020 : !llvm.ptr -> f32
                  %v2022 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2023 = arith.mulf %v2022, %v2013 fastmath<contract> : f32
                  %v2024 = arith.addf %v2021, %v2023 fastmath<contract> : f32
                  %v2025 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2026 = arith.mulf %v2025, %v2014 fastmath<contract> : f32
                  %v2027 = arith.addf %v2026, %v2024 fastmath<contract> : f32
                  %v2028 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2029 = arith.mulf %v2028, %v2014 fastmath<contract> : f32
                  %v2030 = arith.addf %v42, %v2029 fastmath<contract> : f32
                  %v2031 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2032 = arith.mulf %v2031, %v2013 fastmath<contract> : f32
                  %v2033 = arith.addf %v2032, %v2030 fastmath<contract> : f32
                  llvm.store %v2027, %v36 : f32, !llvm.ptr
                  llvm.store %v2033, %v37 : f32, !llvm.ptr
                  scf.if %v2011 {
                    %v2034 = arith.muli %v30, %v107 : i64
                    %v2035 = arith.muli %v28, %v1 : i64
                    %v2036 = arith.addi %v2034, %v2035 : i64
                    %v2037 = llvm.getelementptr %dy_h_last[%v2036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2038 = llvm.load %v2037 : !llvm.ptr -> f32
                    %v2039 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2040 = arith.addf %v2039, %v2038 fastmath<contract> : f32
                    llvm.store %v2040, %v36 : f32, !llvm.ptr
                  }
                  %v2041 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2042 = arith.muli %v30, %v192 : i64
                    %v2043 = arith.muli %v28, %v191 : i64
                    %v2044 = arith.addi %v2042, %v2043 : i64
                    %v2045 = arith.muli %v2012, %v1 : i64
                    %v2046 = arith.addi %v2044, %v2045 : i64
                    %v2047 = llvm.getelementptr %dx_x[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2041, %v2047 : f32, !llvm.ptr
                  }
                  %v2048 = arith.muli %v30, %v192 : i64
                  %v2049 = arith.muli %v28, %v191 : i64
                  %v2050 = arith.addi %v2048, %v2049 : i64
                  %v2051 = arith.muli %v2012, %v1 : i64
                  %v2052 = arith.addi %v2050, %v2051 : i64
                  %v2053 = llvm.getelementptr %in_rho[%v2052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2054 = llvm.load %v2053 : !llvm.ptr -> f32
                  %v2055 = arith.negf %v2054 : f32
                  %v2056 = arith.mulf %v2055, %v201 fastmath<contract> : f32
                  %v2057 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2056) : (f32) -> f32
                  %v2058 = arith.addf %v43, %v2057 fastmath<contract> : f32
                  %v2059 = arith.divf %v43, %v2058 : f32
                  %v2060 = arith.mulf %v1803, %v2041 fastmath<contract> : f32
                  %v2061 = arith.negf %v2060 : f32
                  %v2062 = arith.mulf %v2059, %v2061 fastmath<contract> : f32
                  %v2063 = arith.addf %v2062, %v2062 fastmath<contract> : f32
                  %v2064 = arith.muli %v30, %v192 : i64
                  %v2065 = arith.muli %v28, %v191 : i64
                  %v2066 = arith.addi %v2064, %v2065 : i64
                  %v2067 = arith.muli %v2012, %v1 : i64
                  %v2068 = arith.addi %v2066, %v2067 : i64
                  %v2069 = llvm.getelementptr %in_theta[%v2068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2070 = llvm.load %v2069 : !llvm.ptr -> f32
                  %v2071 = arith.mulf %v2070, %v214 fastmath<contract> : f32
                  %v2072 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2071) : (f32) -> f32
                  %v2073 = arith.mulf %v2072, %v217 fastmath<contract> : f32
                  %v2074 = arith.subf %v2070, %v2073 fastmath<contract> : f32
                  %v2075 = arith.mulf %v2072, %v218 fastmath<contract> : f32
                  %v2076 = arith.subf %v2074, %v2075 fastmath<contract> : f32
                  %v2077 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2076) : (f32) -> f32
                  %v2078 = arith.mulf %v1799, %v2041 fastmath<contract> : f32
                  %v2079 = arith.mulf %v2077, %v2078 fastmath<contract> : f32
                  %v2080 = arith.mulf %v190, %v2079 fastmath<contract> : f32
                  %v2081 = arith.addf %v2063, %v2080 fastmath<contract> : f32
                  %v2082 = arith.subf %v43, %v2059 fastmath<contract> : f32
                  %v2083 = arith.mulf %v2059, %v2082 fastmath<contract> : f32
                  %v2084 = arith.mulf %v2081, %v2083 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2085 = arith.muli %v30, %v192 : i64
                    %v2086 = arith.muli %v28, %v191 : i64
                    %v2087 = arith.addi %v2085, %v2086 : i64
                    %v2088 = arith.muli %v2012, %v1 : i64
                    %v2089 = arith.addi %v2087, %v2088 : i64
                    %v2090 = llvm.getelementptr %dx_rho[%v2089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2084, %v2090 : f32, !llvm.ptr
                  }
                  %v2091 = arith.mulf %v190, %v2059 fastmath<contract> : f32
                  %v2092 = arith.mulf %v2091, %v2078 fastmath<contract> : f32
                  %v2093 = arith.mulf %v2070, %v214 fastmath<contract> : f32
                  %v2094 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2093) : (f32) -> f32
                  %v2095 = arith.mulf %v2094, %v217 fastmath<contract> : f32
                  %v2096 = arith.subf %v2070, %v2095 fastmath<contract> : f32
                  %v2097 = arith.mulf %v2094, %v218 fastmath<contract> : f32
                  %v2098 = arith.subf %v2096, %v2097 fastmath<contract> : f32
                  %v2099 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2098) : (f32) -> f32
                  %v2100 = arith.negf %v2099 : f32
                  %v2101 = arith.mulf %v2092, %v2100 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2102 = arith.muli %v30, %v192 : i64
                    %v2103 = arith.muli %v28, %v191 : i64
                    %v2104 = arith.addi %v2102, %v2103 : i64
                    %v2105 = arith.muli %v2012, %v1 : i64
                    %v2106 = arith.addi %v2104, %v2105 : i64
                    %v2107 = llvm.getelementptr %dx_theta[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2101, %v2107 : f32, !llvm.ptr
                  }
                  %v2108 = arith.mulf %v2091, %v2077 fastmath<contract> : f32
                  llvm.store %v2108, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v2109 = arith.mulf %v2059, %v2059 fastmath<contract> : f32
                  %v2110 = arith.negf %v2109 : f32
                  llvm.store %v2110, %v41 : f32, !llvm.ptr
                }
                %v2111 = arith.addi %v259, %v521 : i64
                %v2112 = arith.cmpi slt, %v882, %v1901 : i32
                %v2113 = arith.cmpi eq, %v882, %v1906 : i32
                scf.if %v2112 {
                  %v2114 = arith.addi %v132, %v2111 : i64
                  %v2115 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2116 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2117 = arith.muli %v30, %v192 : i64
                  %v2118 = arith.muli %v28, %v191 : i64
                  %v2119 = arith.addi %v2117, %v2118 : i64
                  %v2120 = arith.muli %v2114, %v1 : i64
                  %v2121 = arith.addi %v2119, %v2120 : i64
                  %v2122 = llvm.getelementptr %dy_y[%v2121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2123 = llvm.load %v2122 : !llvm.ptr -> f32
                  %v2124 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2125 = arith.mulf %v2124, %v2115 fastmath<contract> : f32
                  %v2126 = arith.addf %v2123, %v2125 fastmath<contract> : f32
                  %v2127 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2128 = arith.mulf %v2127, %v2116 fastmath<contract> : f32
                  %v2129 = arith.addf %v2128, %v2126 fastmath<contract> : f32
                  %v2130 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2131 = arith.mulf %v2130, %v2116 fastmath<contract> : f32
                  %v2132 = arith.addf %v42, %v2131 fastmath<contract> : f32
                  %v2133 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2134 = arith.mulf %v2133, %v2115 fastmath<contract> : f32
                  %v2135 = arith.addf %v2134, %v2132 fastmath<contract> : f32
                  llvm.store %v2129, %v36 : f32, !llvm.ptr
                  llvm.store %v2135, %v37 : f32, !llvm.ptr
                  scf.if %v2113 {
                    %v2136 = arith.muli %v30, %v107 : i64
                    %v2137 = arith.muli %v28, %v1 : i64
                    %v2138 = arith.addi %v2136, %v2137 : i64
                    %v2139 = llvm.getelementptr %dy_h_last[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2140 = llvm.load %v2139 : !llvm.ptr -> f32
                    %v2141 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2142 = arith.addf %v2141, %v2140 fastmath<contract> : f32
                    llvm.store %v2142, %v36 : f32, !llvm.ptr
                  }
                  %v2143 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2144 = arith.muli %v30, %v192 : i64
                    %v2145 = arith.muli %v28, %v191 : i64
                    %v2146 = arith.addi %v2144, %v2145 : i64
                    %v2147 = arith.muli %v2114, %v1 : i64
                    %v2148 = arith.addi %v2146, %v2147 : i64
                    %v2149 = llvm.getelementptr %dx_x[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2143, %v2149 : f32, !llvm.ptr
                  }
                  %v2150 = arith.muli %v30, %v192 : i64
                  %v2151 = arith.muli %v28, %v191 : i64
                  %v2152 = arith.addi %v2150, %v2151 : i64
                  %v2153 = arith.muli %v2114, %v1 : i64
                  %v2154 = arith.addi %v2152, %v2153 : i64
                  %v2155 = llvm.getelementptr %in_rho[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2156 = llvm.load %v2155 : !llvm.ptr -> f32
                  %v2157 = arith.negf %v2156 : f32
                  %v2158 = arith.mulf %v2157, %v201 fastmath<contract> : f32
                  %v2159 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2158) : (f32) -> f32
                  %v2160 = arith.addf %v43, %v2159 fastmath<contract> : f32
                  %v2161 = arith.divf %v43, %v2160 : f32
                  %v2162 = arith.mulf %v1755, %v2143 fastmath<contract> : f32
                  %v2163 = arith.negf %v2162 : f32
                  %v2164 = arith.mulf %v2161, %v2163 fastmath<contract> : f32
                  %v2165 = arith.addf %v2164, %v2164 fastmath<contract> : f32
                  %v2166 = arith.muli %v30, %v192 : i64
                  %v2167 = arith.muli %v28, %v191 : i64
                  %v2168 = arith.addi %v2166, %v2167 : i64
                  %v2169 = arith.muli %v2114, %v1 : i64
                  %v2170 = arith.addi %v2168, %v2169 : i64
                  %v2171 = llvm.getelementptr %in_theta[%v2170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
                  %v2173 = arith.mulf %v2172, %v214 fastmath<contract> : f32
                  %v2174 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2173) : (f32) -> f32
                  %v2175 = arith.mulf %v2174, %v217 fastmath<contract> : f32
                  %v2176 = arith.subf %v2172, %v2175 fastmath<contract> : f32
                  %v2177 = arith.mulf %v2174, %v218 fastmath<contract> : f32
                  %v2178 = arith.subf %v2176, %v2177 fastmath<contract> : f32
                  %v2179 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2178) : (f32) -> f32
                  %v2180 = arith.mulf %v1751, %v2143 fastmath<contract> : f32
                  %v2181 = arith.mulf %v2179, %v2180 fastmath<contract> : f32
                  %v2182 = arith.mulf %v190, %v2181 fastmath<contract> : f32
                  %v2183 = arith.addf %v2165, %v2182 fastmath<contract> : f32
                  %v2184 = arith.subf %v43, %v2161 fastmath<contract> : f32
                  %v2185 = arith.mulf %v2161, %v2184 fastmath<contract> : f32
                  %v2186 = arith.mulf %v2183, %v2185 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2187 = arith.muli %v30, %v192 : i64
                    %v2188 = arith.muli %v28, %v191 : i64
                    %v2189 = arith.addi %v2187, %v2188 : i64
                    %v2190 = arith.muli %v2114, %v1 : i64
                    %v2191 = arith.addi %v2189, %v2190 : i64
                    %v2192 = llvm.getelementptr %dx_rho[%v2191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2186, %v2192 : f32, !llvm.ptr
                  }
                  %v2193 = arith.mulf %v190, %v2161 fastmath<contract> : f32
                  %v2194 = arith.mulf %v2193, %v2180 fastmath<contract> : f32
                  %v2195 = arith.mulf %v2172, %v214 fastmath<contract> : f32
                  %v2196 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2195) : (f32) -> f32
                  %v2197 = arith.mulf %v2196, %v217 fastmath<contract> : f32
                  %v2198 = arith.subf %v2172, %v2197 fastmath<contract> : f32
                  %v2199 = arith.mulf %v2196, %v218 fastmath<contract> : f32
                  %v2200 = arith.subf %v2198, %v2199 fastmath<contract> : f32
                  %v2201 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2200) : (f32) -> f32
                  %v2202 = arith.negf %v2201 : f32
                  %v2203 = arith.mulf %v2194, %v2202 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2204 = arith.muli %v30, %v192 : i64
                    %v2205 = arith.muli %v28, %v191 : i64
                    %v2206 = arith.addi %v2204, %v2205 : i64
                    %v2207 = arith.muli %v2114, %v1 : i64
                    %v2208 = arith.addi %v2206, %v2207 : i64
                    %v2209 = llvm.getelementptr %dx_theta[%v2208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2203, %v2209 : f32, !llvm.ptr
                  }
                  %v2210 = arith.mulf %v2193, %v2179 fastmath<contract> : f32
                  llvm.store %v2210, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v2211 = arith.mulf %v2161, %v2161 fastmath<contract> : f32
                  %v2212 = arith.negf %v2211 : f32
                  llvm.store %v2212, %v41 : f32, !llvm.ptr
                }
                %v2213 = arith.addi %v259, %v32 : i64
                %v2214 = arith.cmpi slt, %v985, %v1901 : i32
                %v2215 = arith.cmpi eq, %v985, %v1906 : i32
                scf.if %v2214 {
                  %v2216 = arith.addi %v132, %v2213 : i64
                  %v2217 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2218 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2219 = arith.muli %v30, %v192 : i64
                  %v2220 = arith.muli %v28, %v191 : i64
                  %v2221 = arith.addi %v2219, %v2220 : i64
                  %v2222 = arith.muli %v2216, %v1 : i64
                  %v2223 = arith.addi %v2221, %v2222 : i64
                  %v2224 = llvm.getelementptr %dy_y[%v2223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2225 = llvm.load %v2224 : !llvm.ptr -> f32
                  %v2226 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2227 = arith.mulf %v2226, %v2217 fastmath<contract> : f32
                  %v2228 = arith.addf %v2225, %v2227 fastmath<contract> : f32
                  %v2229 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2230 = arith.mulf %v2229, %v2218 fastmath<contract> : f32
                  %v2231 = arith.addf %v2230, %v2228 fastmath<contract> : f32
                  %v2232 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2233 = arith.mulf %v2232, %v2218 fastmath<contract> : f32
                  %v2234 = arith.addf %v42, %v2233 fastmath<contract> : f32
                  %v2235 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2236 = arith.mulf %v2235, %v2217 fastmath<contract> : f32
                  %v2237 = arith.addf %v2236, %v2234 fastmath<contract> : f32
                  llvm.store %v2231, %v36 : f32, !llvm.ptr
                  llvm.store %v2237, %v37 : f32, !llvm.ptr
                  scf.if %v2215 {
                    %v2238 = arith.muli %v30, %v107 : i64
                    %v2239 = arith.muli %v28, %v1 : i64
                    %v2240 = arith.addi %v2238, %v2239 : i64
                    %v2241 = llvm.getelementptr %dy_h_last[%v2240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2242 = llvm.load %v2241 : !llvm.ptr -> f32
                    %v2243 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2244 = arith.addf %v2243, %v2242 fastmath<contract> : f32
                    llvm.store %v2244, %v36 : f32, !llvm.ptr
                  }
                  %v2245 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2246 = arith.muli %v30, %v192 : i64
                    %v2247 = arith.muli %v28, %v191 : i64
                    %v2248 = arith.addi %v2246, %v2247 : i64
                    %v2249 = arith.muli %v2216, %v1 : i64
                    %v2250 = arith.addi %v2248, %v2249 : i64
                    %v2251 = llvm.getelementptr %dx_x[%v2250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2245, %v2251 : f32, !llvm.ptr
                  }
                  %v2252 = arith.muli %v30, %v192 : i64
                  %v2253 = arith.muli %v28, %v191 : i64
                  %v2254 = arith.addi %v2252, %v2253 : i64
                  %v2255 = arith.muli %v2216, %v1 : i64
                  %v2256 = arith.addi %v2254, %v2255 : i64
                  %v2257 = llvm.getelementptr %in_rho[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2258 = llvm.load %v2257 : !llvm.ptr -> f32
                  %v2259 = arith.negf %v2258 : f32
                  %v2260 = arith.mulf %v2259, %v201 fastmath<contract> : f32
                  %v2261 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2260) : (f32) -> f32
                  %v2262 = arith.addf %v43, %v2261 fastmath<contract> : f32
                  %v2263 = arith.divf %v43, %v2262 : f32
                  %v2264 = arith.mulf %v1707, %v2245 fastmath<contract> : f32
                  %v2265 = arith.negf %v2264 : f32
                  %v2266 = arith.mulf %v2263, %v2265 fastmath<contract> : f32
                  %v2267 = arith.addf %v2266, %v2266 fastmath<contract> : f32
                  %v2268 = arith.muli %v30, %v192 : i64
                  %v2269 = arith.muli %v28, %v191 : i64
                  %v2270 = arith.addi %v2268, %v2269 : i64
                  %v2271 = arith.muli %v2216, %v1 : i64
                  %v2272 = arith.addi %v2270, %v2271 : i64
                  %v2273 = llvm.getelementptr %in_theta[%v2272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2274 = llvm.load %v2273 : !llvm.ptr -> f32
                  %v2275 = arith.mulf %v2274, %v214 fastmath<contract> : f32
                  %v2276 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2275) : (f32) -> f32
                  %v2277 = arith.mulf %v2276, %v217 fastmath<contract> : f32
                  %v2278 = arith.subf %v2274, %v2277 fastmath<contract> : f32
                  %v2279 = arith.mulf %v2276, %v218 fastmath<contract> : f32
                  %v2280 = arith.subf %v2278, %v2279 fastmath<contract> : f32
                  %v2281 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2280) : (f32) -> f32
                  %v2282 = arith.mulf %v1703, %v2245 fastmath<contract> : f32
                  %v2283 = arith.mulf %v2281, %v2282 fastmath<contract> : f32
                  %v2284 = arith.mulf %v190, %v2283 fastmath<contract> : f32
                  %v2285 = arith.addf %v2267, %v2284 fastmath<contract> : f32
                  %v2286 = arith.subf %v43, %v2263 fastmath<contract> : f32
                  %v2287 = arith.mulf %v2263, %v2286 fastmath<contract> : f32
                  %v2288 = arith.mulf %v2285, %v2287 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2289 = arith.muli %v30, %v192 : i64
                    %v2290 = arith.muli %v28, %v191 : i64
                    %v2291 = arith.addi %v2289, %v2290 : i64
                    %v2292 = arith.muli %v2216, %v1 : i64
                    %v2293 = arith.addi %v2291, %v2292 : i64
                    %v2294 = llvm.getelementptr %dx_rho[%v2293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2288, %v2294 : f32, !llvm.ptr
                  }
                  %v2295 = arith.mulf %v190, %v2263 fastmath<contract> : f32
                  %v2296 = arith.mulf %v2295, %v2282 fastmath<contract> : f32
                  %v2297 = arith.mulf %v2274, %v214 fastmath<contract> : f32
                  %v2298 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2297) : (f32) -> f32
                  %v2299 = arith.mulf %v2298, %v217 fastmath<contract> : f32
                  %v2300 = arith.subf %v2274, %v2299 fastmath<contract> : f32
                  %v2301 = arith.mulf %v2298, %v218 fastmath<contract> : f32
                  %v2302 = arith.subf %v2300, %v2301 fastmath<contract> : f32
                  %v2303 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2302) : (f32) -> f32
                  %v2304 = arith.negf %v2303 : f32
                  %v2305 = arith.mulf %v2296, %v2304 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2306 = arith.muli %v30, %v192 : i64
                    %v2307 = arith.muli %v28, %v191 : i64
                    %v2308 = arith.addi %v2306, %v2307 : i64
                    %v2309 = arith.muli %v2216, %v1 : i64
                    %v2310 = arith.addi %v2308, %v2309 : i64
                    %v2311 = llvm.getelementptr %dx_theta[%v2310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2305, %v2311 : f32, !llvm.ptr
                  }
                  %v2312 = arith.mulf %v2295, %v2281 fastmath<contract> : f32
                  llvm.store %v2312, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v2313 = arith.mulf %v2263, %v2263 fastmath<contract> : f32
                  %v2314 = arith.negf %v2313 : f32
                  llvm.store %v2314, %v41 : f32, !llvm.ptr
                }
                %v2315 = arith.addi %v259, %v424 : i64
                %v2316 = arith.cmpi slt, %v1088, %v1901 : i32
                %v2317 = arith.cmpi eq, %v1088, %v1906 : i32
                scf.if %v2316 {
                  %v2318 = arith.addi %v132, %v2315 : i64
                  %v2319 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2320 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2321 = arith.muli %v30, %v192 : i64
                  %v2322 = arith.muli %v28, %v191 : i64
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
                  %v2336 = arith.addf %v42, %v2335 fastmath<contract> : f32
                  %v2337 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2338 = arith.mulf %v2337, %v2319 fastmath<contract> : f32
                  %v2339 = arith.addf %v2338, %v2336 fastmath<contract> : f32
                  llvm.store %v2333, %v36 : f32, !llvm.ptr
                  llvm.store %v2339, %v37 : f32, !llvm.ptr
                  scf.if %v2317 {
                    %v2340 = arith.muli %v30, %v107 : i64
                    %v2341 = arith.muli %v28, %v1 : i64
                    %v2342 = arith.addi %v2340, %v2341 : i64
                    %v2343 = llvm.getelementptr %dy_h_last[%v2342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2344 = llvm.load %v2343 : !llvm.ptr -> f32
                    %v2345 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2346 = arith.addf %v2345, %v2344 fastmath<contract> : f32
                    llvm.store %v2346, %v36 : f32, !llvm.ptr
                  }
                  %v2347 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2348 = arith.muli %v30, %v192 : i64
                    %v2349 = arith.muli %v28, %v191 : i64
                    %v2350 = arith.addi %v2348, %v2349 : i64
                    %v2351 = arith.muli %v2318, %v1 : i64
                    %v2352 = arith.addi %v2350, %v2351 : i64
                    %v2353 = llvm.getelementptr %dx_x[%v2352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2347, %v2353 : f32, !llvm.ptr
                  }
                  %v2354 = arith.muli %v30, %v192 : i64
                  %v2355 = arith.muli %v28, %v191 : i64
                  %v2356 = arith.addi %v2354, %v2355 : i64
                  %v2357 = arith.muli %v2318, %v1 : i64
                  %v2358 = arith.addi %v2356, %v2357 : i64
                  %v2359 = llvm.getelementptr %in_rho[%v2358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2360 = llvm.load %v2359 : !llvm.ptr -> f32
                  %v2361 = arith.negf %v2360 : f32
                  %v2362 = arith.mulf %v2361, %v201 fastmath<contract> : f32
                  %v2363 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2362) : (f32) -> f32
                  %v2364 = arith.addf %v43, %v2363 fastmath<contract> : f32
                  %v2365 = arith.divf %v43, %v2364 : f32
                  %v2366 = arith.mulf %v1659, %v2347 fastmath<contract> : f32
                  %v2367 = arith.negf %v2366 : f32
                  %v2368 = arith.mulf %v2365, %v2367 fastmath<contract> : f32
                  %v2369 = arith.addf %v2368, %v2368 fastmath<contract> : f32
                  %v2370 = arith.muli %v30, %v192 : i64
                  %v2371 = arith.muli %v28, %v191 : i64
                  %v2372 = arith.addi %v2370, %v2371 : i64
                  %v2373 = arith.muli %v2318, %v1 : i64
                  %v2374 = arith.addi %v2372, %v2373 : i64
                  %v2375 = llvm.getelementptr %in_theta[%v2374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2376 = llvm.load %v2375 : !llvm.ptr -> f32
                  %v2377 = arith.mulf %v2376, %v214 fastmath<contract> : f32
                  %v2378 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2377) : (f32) -> f32
                  %v2379 = arith.mulf %v2378, %v217 fastmath<contract> : f32
                  %v2380 = arith.subf %v2376, %v2379 fastmath<contract> : f32
                  %v2381 = arith.mulf %v2378, %v218 fastmath<contract> : f32
                  %v2382 = arith.subf %v2380, %v2381 fastmath<contract> : f32
                  %v2383 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2382) : (f32) -> f32
                  %v2384 = arith.mulf %v1655, %v2347 fastmath<contract> : f32
                  %v2385 = arith.mulf %v2383, %v2384 fastmath<contract> : f32
                  %v2386 = arith.mulf %v190, %v2385 fastmath<contract> : f32
                  %v2387 = arith.addf %v2369, %v2386 fastmath<contract> : f32
                  %v2388 = arith.subf %v43, %v2365 fastmath<contract> : f32
                  %v2389 = arith.mulf %v2365, %v2388 fastmath<contract> : f32
                  %v2390 = arith.mulf %v2387, %v2389 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2391 = arith.muli %v30, %v192 : i64
                    %v2392 = arith.muli %v28, %v191 : i64
                    %v2393 = arith.addi %v2391, %v2392 : i64
                    %v2394 = arith.muli %v2318, %v1 : i64
                    %v2395 = arith.addi %v2393, %v2394 : i64
                    %v2396 = llvm.getelementptr %dx_rho[%v2395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2390, %v2396 : f32, !llvm.ptr
                  }
                  %v2397 = arith.mulf %v190, %v2365 fastmath<contract> : f32
                  %v2398 = arith.mulf %v2397, %v2384 fastmath<contract> : f32
                  %v2399 = arith.mulf %v2376, %v214 fastmath<contract> : f32
                  %v2400 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2399) : (f32) -> f32
                  %v2401 = arith.mulf %v2400, %v217 fastmath<contract> : f32
                  %v2402 = arith.subf %v2376, %v2401 fastmath<contract> : f32
                  %v2403 = arith.mulf %v2400, %v218 fastmath<contract> : f32
                  %v2404 = arith.subf %v2402, %v2403 fastmath<contract> : f32
                  %v2405 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2404) : (f32) -> f32
                  %v2406 = arith.negf %v2405 : f32
                  %v2407 = arith.mulf %v2398, %v2406 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2408 = arith.muli %v30, %v192 : i64
                    %v2409 = arith.muli %v28, %v191 : i64
                    %v2410 = arith.addi %v2408, %v2409 : i64
                    %v2411 = arith.muli %v2318, %v1 : i64
                    %v2412 = arith.addi %v2410, %v2411 : i64
                    %v2413 = llvm.getelementptr %dx_theta[%v2412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2407, %v2413 : f32, !llvm.ptr
                  }
                  %v2414 = arith.mulf %v2397, %v2383 fastmath<contract> : f32
                  llvm.store %v2414, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v2415 = arith.mulf %v2365, %v2365 fastmath<contract> : f32
                  %v2416 = arith.negf %v2415 : f32
                  llvm.store %v2416, %v41 : f32, !llvm.ptr
                }
                %v2417 = arith.addi %v259, %v65 : i64
                %v2418 = arith.cmpi slt, %v1191, %v1901 : i32
                %v2419 = arith.cmpi eq, %v1191, %v1906 : i32
                scf.if %v2418 {
                  %v2420 = arith.addi %v132, %v2417 : i64
                  %v2421 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2422 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2423 = arith.muli %v30, %v192 : i64
                  %v2424 = arith.muli %v28, %v191 : i64
                  %v2425 = arith.addi %v2423, %v2424 : i64
                  %v2426 = arith.muli %v2420, %v1 : i64
                  %v2427 = arith.addi %v2425, %v2426 : i64
                  %v2428 = llvm.getelementptr %dy_y[%v2427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2429 = llvm.load %v2428 : !llvm.ptr -> f32
                  %v2430 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2431 = arith.mulf %v2430, %v2421 fastmath<contract> : f32
                  %v2432 = arith.addf %v2429, %v2431 fastmath<contract> : f32
                  %v2433 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2434 = arith.mulf %v2433, %v2422 fastmath<contract> : f32
                  %v2435 = arith.addf %v2434, %v2432 fastmath<contract> : f32
                  %v2436 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2437 = arith.mulf %v2436, %v2422 fastmath<contract> : f32
                  %v2438 = arith.addf %v42, %v2437 fastmath<contract> : f32
                  %v2439 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2440 = arith.mulf %v2439, %v2421 fastmath<contract> : f32
                  %v2441 = arith.addf %v2440, %v2438 fastmath<contract> : f32
                  llvm.store %v2435, %v36 : f32, !llvm.ptr
                  llvm.store %v2441, %v37 : f32, !llvm.ptr
                  scf.if %v2419 {
                    %v2442 = arith.muli %v30, %v107 : i64
                    %v2443 = arith.muli %v28, %v1 : i64
                    %v2444 = arith.addi %v2442, %v2443 : i64
                    %v2445 = llvm.getelementptr %dy_h_last[%v2444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2446 = llvm.load %v2445 : !llvm.ptr -> f32
                    %v2447 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2448 = arith.addf %v2447, %v2446 fastmath<contract> : f32
                    llvm.store %v2448, %v36 : f32, !llvm.ptr
                  }
                  %v2449 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2450 = arith.muli %v30, %v192 : i64
                    %v2451 = arith.muli %v28, %v191 : i64
                    %v2452 = arith.addi %v2450, %v2451 : i64
                    %v2453 = arith.muli %v2420, %v1 : i64
                    %v2454 = arith.addi %v2452, %v2453 : i64
                    %v2455 = llvm.getelementptr %dx_x[%v2454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2449, %v2455 : f32, !llvm.ptr
                  }
                  %v2456 = arith.muli %v30, %v192 : i64
                  %v2457 = arith.muli %v28, %v191 : i64
                  %v2458 = arith.addi %v2456, %v2457 : i64
                  %v2459 = arith.muli %v2420, %v1 : i64
                  %v2460 = arith.addi %v2458, %v2459 : i64
                  %v2461 = llvm.getelementptr %in_rho[%v2460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2462 = llvm.load %v2461 : !llvm.ptr -> f32
                  %v2463 = arith.negf %v2462 : f32
                  %v2464 = arith.mulf %v2463, %v201 fastmath<contract> : f32
                  %v2465 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2464) : (f32) -> f32
                  %v2466 = arith.addf %v43, %v2465 fastmath<contract> : f32
                  %v2467 = arith.divf %v43, %v2466 : f32
                  %v2468 = arith.mulf %v1611, %v2449 fastmath<contract> : f32
                  %v2469 = arith.negf %v2468 : f32
                  %v2470 = arith.mulf %v2467, %v2469 fastmath<contract> : f32
                  %v2471 = arith.addf %v2470, %v2470 fastmath<contract> : f32
                  %v2472 = arith.muli %v30, %v192 : i64
                  %v2473 = arith.muli %v28, %v191 : i64
                  %v2474 = arith.addi %v2472, %v2473 : i64
                  %v2475 = arith.muli %v2420, %v1 : i64
                  %v2476 = arith.addi %v2474, %v2475 : i64
                  %v2477 = llvm.getelementptr %in_theta[%v2476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2478 = llvm.load %v2477 : !llvm.ptr -> f32
                  %v2479 = arith.mulf %v2478, %v214 fastmath<contract> : f32
                  %v2480 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2479) : (f32) -> f32
                  %v2481 = arith.mulf %v2480, %v217 fastmath<contract> : f32
                  %v2482 = arith.subf %v2478, %v2481 fastmath<contract> : f32
                  %v2483 = arith.mulf %v2480, %v218 fastmath<contract> : f32
                  %v2484 = arith.subf %v2482, %v2483 fastmath<contract> : f32
                  %v2485 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2484) : (f32) -> f32
                  %v2486 = arith.mulf %v1607, %v2449 fastmath<contract> : f32
                  %v2487 = arith.mulf %v2485, %v2486 fastmath<contract> : f32
                  %v2488 = arith.mulf %v190, %v2487 fastmath<contract> : f32
                  %v2489 = arith.addf %v2471, %v2488 fastmath<contract> : f32
                  %v2490 = arith.subf %v43, %v2467 fastmath<contract> : f32
                  %v2491 = arith.mulf %v2467, %v2490 fastmath<contract> : f32
                  %v2492 = arith.mulf %v2489, %v2491 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2493 = arith.muli %v30, %v192 : i64
                    %v2494 = arith.muli %v28, %v191 : i64
                    %v2495 = arith.addi %v2493, %v2494 : i64
                    %v2496 = arith.muli %v2420, %v1 : i64
                    %v2497 = arith.addi %v2495, %v2496 : i64
                    %v2498 = llvm.getelementptr %dx_rho[%v2497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2492, %v2498 : f32, !llvm.ptr
                  }
                  %v2499 = arith.mulf %v190, %v2467 fastmath<contract> : f32
                  %v2500 = arith.mulf %v2499, %v2486 fastmath<contract> : f32
                  %v2501 = arith.mulf %v2478, %v214 fastmath<contract> : f32
                  %v2502 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2501) : (f32) -> f32
                  %v2503 = arith.mulf %v2502, %v217 fastmath<contract> : f32
                  %v2504 = arith.subf %v2478, %v2503 fastmath<contract> : f32
                  %v2505 = arith.mulf %v2502, %v218 fastmath<contract> : f32
                  %v2506 = arith.subf %v2504, %v2505 fastmath<contract> : f32
                  %v2507 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2506) : (f32) -> f32
                  %v2508 = arith.negf %v2507 : f32
                  %v2509 = arith.mulf %v2500, %v2508 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2510 = arith.muli %v30, %v192 : i64
                    %v2511 = arith.muli %v28, %v191 : i64
                    %v2512 = arith.addi %v2510, %v2511 : i64
                    %v2513 = arith.muli %v2420, %v1 : i64
                    %v2514 = arith.addi %v2512, %v2513 : i64
                    %v2515 = llvm.getelementptr %dx_theta[%v2514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2509, %v2515 : f32, !llvm.ptr
                  }
                  %v2516 = arith.mulf %v2499, %v2485 fastmath<contract> : f32
                  llvm.store %v2516, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v2517 = arith.mulf %v2467, %v2467 fastmath<contract> : f32
                  %v2518 = arith.negf %v2517 : f32
                  llvm.store %v2518, %v41 : f32, !llvm.ptr
                }
                %v2519 = arith.addi %v259, %v1 : i64
                %v2520 = arith.cmpi slt, %v1294, %v1901 : i32
                %v2521 = arith.cmpi eq, %v1294, %v1906 : i32
                scf.if %v2520 {
                  %v2522 = arith.addi %v132, %v2519 : i64
                  %v2523 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2524 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2525 = arith.muli %v30, %v192 : i64
                  %v2526 = arith.muli %v28, %v191 : i64
                  %v2527 = arith.addi %v2525, %v2526 : i64
                  %v2528 = arith.muli %v2522, %v1 : i64
                  %v2529 = arith.addi %v2527, %v2528 : i64
                  %v2530 = llvm.getelementptr %dy_y[%v2529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2531 = llvm.load %v2530 : !llvm.ptr -> f32
                  %v2532 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2533 = arith.mulf %v2532, %v2523 fastmath<contract> : f32
                  %v2534 = arith.addf %v2531, %v2533 fastmath<contract> : f32
                  %v2535 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2536 = arith.mulf %v2535, %v2524 fastmath<contract> : f32
                  %v2537 = arith.addf %v2536, %v2534 fastmath<contract> : f32
                  %v2538 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2539 = arith.mulf %v2538, %v2524 fastmath<contract> : f32
                  %v2540 = arith.addf %v42, %v2539 fastmath<contract> : f32
                  %v2541 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2542 = arith.mulf %v2541, %v2523 fastmath<contract> : f32
                  %v2543 = arith.addf %v2542, %v2540 fastmath<contract> : f32
                  llvm.store %v2537, %v36 : f32, !llvm.ptr
                  llvm.store %v2543, %v37 : f32, !llvm.ptr
                  scf.if %v2521 {
                    %v2544 = arith.muli %v30, %v107 : i64
                    %v2545 = arith.muli %v28, %v1 : i64
                    %v2546 = arith.addi %v2544, %v2545 : i64
                    %v2547 = llvm.getelementptr %dy_h_last[%v2546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2548 = llvm.load %v2547 : !llvm.ptr -> f32
                    %v2549 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2550 = arith.addf %v2549, %v2548 fastmath<contract> : f32
                    llvm.store %v2550, %v36 : f32, !llvm.ptr
                  }
                  %v2551 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2552 = arith.muli %v30, %v192 : i64
                    %v2553 = arith.muli %v28, %v191 : i64
                    %v2554 = arith.addi %v2552, %v2553 : i64
                    %v2555 = arith.muli %v2522, %v1 : i64
                    %v2556 = arith.addi %v2554, %v2555 : i64
                    %v2557 = llvm.getelementptr %dx_x[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2551, %v2557 : f32, !llvm.ptr
                  }
                  %v2558 = arith.muli %v30, %v192 : i64
                  %v2559 = arith.muli %v28, %v191 : i64
                  %v2560 = arith.addi %v2558, %v2559 : i64
                  %v2561 = arith.muli %v2522, %v1 : i64
                  %v2562 = arith.addi %v2560, %v2561 : i64
                  %v2563 = llvm.getelementptr %in_rho[%v2562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2564 = llvm.load %v2563 : !llvm.ptr -> f32
                  %v2565 = arith.negf %v2564 : f32
                  %v2566 = arith.mulf %v2565, %v201 fastmath<contract> : f32
                  %v2567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2566) : (f32) -> f32
                  %v2568 = arith.addf %v43, %v2567 fastmath<contract> : f32
                  %v2569 = arith.divf %v43, %v2568 : f32
                  %v2570 = arith.mulf %v1563, %v2551 fastmath<contract> : f32
                  %v2571 = arith.negf %v2570 : f32
                  %v2572 = arith.mulf %v2569, %v2571 fastmath<contract> : f32
                  %v2573 = arith.addf %v2572, %v2572 fastmath<contract> : f32
                  %v2574 = arith.muli %v30, %v192 : i64
                  %v2575 = arith.muli %v28, %v191 : i64
                  %v2576 = arith.addi %v2574, %v2575 : i64
                  %v2577 = arith.muli %v2522, %v1 : i64
                  %v2578 = arith.addi %v2576, %v2577 : i64
                  %v2579 = llvm.getelementptr %in_theta[%v2578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2580 = llvm.load %v2579 : !llvm.ptr -> f32
                  %v2581 = arith.mulf %v2580, %v214 fastmath<contract> : f32
                  %v2582 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2581) : (f32) -> f32
                  %v2583 = arith.mulf %v2582, %v217 fastmath<contract> : f32
                  %v2584 = arith.subf %v2580, %v2583 fastmath<contract> : f32
                  %v2585 = arith.mulf %v2582, %v218 fastmath<contract> : f32
                  %v2586 = arith.subf %v2584, %v2585 fastmath<contract> : f32
                  %v2587 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2586) : (f32) -> f32
                  %v2588 = arith.mulf %v1559, %v2551 fastmath<contract> : f32
                  %v2589 = arith.mulf %v2587, %v2588 fastmath<contract> : f32
                  %v2590 = arith.mulf %v190, %v2589 fastmath<contract> : f32
                  %v2591 = arith.addf %v2573, %v2590 fastmath<contract> : f32
                  %v2592 = arith.subf %v43, %v2569 fastmath<contract> : f32
                  %v2593 = arith.mulf %v2569, %v2592 fastmath<contract> : f32
                  %v2594 = arith.mulf %v2591, %v2593 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2595 = arith.muli %v30, %v192 : i64
                    %v2596 = arith.muli %v28, %v191 : i64
                    %v2597 = arith.addi %v2595, %v2596 : i64
                    %v2598 = arith.muli %v2522, %v1 : i64
                    %v2599 = arith.addi %v2597, %v2598 : i64
                    %v2600 = llvm.getelementptr %dx_rho[%v2599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2594, %v2600 : f32, !llvm.ptr
                  }
                  %v2601 = arith.mulf %v190, %v2569 fastmath<contract> : f32
                  %v2602 = arith.mulf %v2601, %v2588 fastmath<contract> : f32
                  %v2603 = arith.mulf %v2580, %v214 fastmath<contract> : f32
                  %v2604 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2603) : (f32) -> f32
                  %v2605 = arith.mulf %v2604, %v217 fastmath<contract> : f32
                  %v2606 = arith.subf %v2580, %v2605 fastmath<contract> : f32
                  %v2607 = arith.mulf %v2604, %v218 fastmath<contract> : f32
                  %v2608 = arith.subf %v2606, %v2607 fastmath<contract> : f32
                  %v2609 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2608) : (f32) -> f32
                  %v2610 = arith.negf %v2609 : f32
                  %v2611 = arith.mulf %v2602, %v2610 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2612 = arith.muli %v30, %v192 : i64
                    %v2613 = arith.muli %v28, %v191 : i64
                    %v2614 = arith.addi %v2612, %v2613 : i64
                    %v2615 = arith.muli %v2522, %v1 : i64
                    %v2616 = arith.addi %v2614, %v2615 : i64
                    %v2617 = llvm.getelementptr %dx_theta[%v2616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2611, %v2617 : f32, !llvm.ptr
                  }
                  %v2618 = arith.mulf %v2601, %v2587 fastmath<contract> : f32
                  llvm.store %v2618, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v2619 = arith.mulf %v2569, %v2569 fastmath<contract> : f32
                  %v2620 = arith.negf %v2619 : f32
                  llvm.store %v2620, %v41 : f32, !llvm.ptr
                }
                %v2621 = arith.addi %v259, %v44 : i64
                %v2622 = arith.cmpi slt, %v1397, %v1901 : i32
                %v2623 = arith.cmpi eq, %v1397, %v1906 : i32
                scf.if %v2622 {
                  %v2624 = arith.addi %v132, %v2621 : i64
                  %v2625 = llvm.load %v36 : !llvm.ptr -> f32
                  %v2626 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2627 = arith.muli %v30, %v192 : i64
                  %v2628 = arith.muli %v28, %v191 : i64
                  %v2629 = arith.addi %v2627, %v2628 : i64
                  %v2630 = arith.muli %v2624, %v1 : i64
                  %v2631 = arith.addi %v2629, %v2630 : i64
                  %v2632 = llvm.getelementptr %dy_y[%v2631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2633 = llvm.load %v2632 : !llvm.ptr -> f32
                  %v2634 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2635 = arith.mulf %v2634, %v2625 fastmath<contract> : f32
                  %v2636 = arith.addf %v2633, %v2635 fastmath<contract> : f32
                  %v2637 = llvm.load %v40 : !llvm.ptr -> f32
                  %v2638 = arith.mulf %v2637, %v2626 fastmath<contract> : f32
                  %v2639 = arith.addf %v2638, %v2636 fastmath<contract> : f32
                  %v2640 = llvm.load %v39 : !llvm.ptr -> f32
                  %v2641 = arith.mulf %v2640, %v2626 fastmath<contract> : f32
                  %v2642 = arith.addf %v42, %v2641 fastmath<contract> : f32
                  %v2643 = llvm.load %v41 : !llvm.ptr -> f32
                  %v2644 = arith.mulf %v2643, %v2625 fastmath<contract> : f32
                  %v2645 = arith.addf %v2644, %v2642 fastmath<contract> : f32
                  llvm.store %v2639, %v36 : f32, !llvm.ptr
                  llvm.store %v2645, %v37 : f32, !llvm.ptr
                  scf.if %v2623 {
                    %v2646 = arith.muli %v30, %v107 : i64
                    %v2647 = arith.muli %v28, %v1 : i64
                    %v2648 = arith.addi %v2646, %v2647 : i64
                    %v2649 = llvm.getelementptr %dy_h_last[%v2648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v2650 = llvm.load %v2649 : !llvm.ptr -> f32
                    %v2651 = llvm.load %v36 : !llvm.ptr -> f32
                    %v2652 = arith.addf %v2651, %v2650 fastmath<contract> : f32
                    llvm.store %v2652, %v36 : f32, !llvm.ptr
                  }
                  %v2653 = llvm.load %v36 : !llvm.ptr -> f32
                  scf.if %v25 {
                    %v2654 = arith.muli %v30, %v192 : i64
                    %v2655 = arith.muli %v28, %v191 : i64
                    %v2656 = arith.addi %v2654, %v2655 : i64
                    %v2657 = arith.muli %v2624, %v1 : i64
                    %v2658 = arith.addi %v2656, %v2657 : i64
                    %v2659 = llvm.getelementptr %dx_x[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2653, %v2659 : f32, !llvm.ptr
                  }
                  %v2660 = arith.muli %v30, %v192 : i64
                  %v2661 = arith.muli %v28, %v191 : i64
                  %v2662 = arith.addi %v2660, %v2661 : i64
                  %v2663 = arith.muli %v2624, %v1 : i64
                  %v2664 = arith.addi %v2662, %v2663 : i64
                  %v2665 = llvm.getelementptr %in_rho[%v2664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2666 = llvm.load %v2665 : !llvm.ptr -> f32
                  %v2667 = arith.negf %v2666 : f32
                  %v2668 = arith.mulf %v2667, %v201 fastmath<contract> : f32
                  %v2669 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2668) : (f32) -> f32
                  %v2670 = arith.addf %v43, %v2669 fastmath<contract> : f32
                  %v2671 = arith.divf %v43, %v2670 : f32
                  %v2672 = arith.mulf %v1515, %v2653 fastmath<contract> : f32
                  %v2673 = arith.negf %v2672 : f32
                  %v2674 = arith.mulf %v2671, %v2673 fastmath<contract> : f32
                  %v2675 = arith.addf %v2674, %v2674 fastmath<contract> : f32
                  %v2676 = arith.muli %v30, %v192 : i64
                  %v2677 = arith.muli %v28, %v191 : i64
                  %v2678 = arith.addi %v2676, %v2677 : i64
                  %v2679 = arith.muli %v2624, %v1 : i64
                  %v2680 = arith.addi %v2678, %v2679 : i64
                  %v2681 = llvm.getelementptr %in_theta[%v2680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2682 = llvm.load %v2681 : !llvm.ptr -> f32
                  %v2683 = arith.mulf %v2682, %v214 fastmath<contract> : f32
                  %v2684 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2683) : (f32) -> f32
                  %v2685 = arith.mulf %v2684, %v217 fastmath<contract> : f32
                  %v2686 = arith.subf %v2682, %v2685 fastmath<contract> : f32
                  %v2687 = arith.mulf %v2684, %v218 fastmath<contract> : f32
                  %v2688 = arith.subf %v2686, %v2687 fastmath<contract> : f32
                  %v2689 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2688) : (f32) -> f32
                  %v2690 = arith.mulf %v1507, %v2653 fastmath<contract> : f32
                  %v2691 = arith.mulf %v2689, %v2690 fastmath<contract> : f32
                  %v2692 = arith.mulf %v190, %v2691 fastmath<contract> : f32
                  %v2693 = arith.addf %v2675, %v2692 fastmath<contract> : f32
                  %v2694 = arith.subf %v43, %v2671 fastmath<contract> : f32
                  %v2695 = arith.mulf %v2671, %v2694 fastmath<contract> : f32
                  %v2696 = arith.mulf %v2693, %v2695 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2697 = arith.muli %v30, %v192 : i64
                    %v2698 = arith.muli %v28, %v191 : i64
                    %v2699 = arith.addi %v2697, %v2698 : i64
                    %v2700 = arith.muli %v2624, %v1 : i64
                    %v2701 = arith.addi %v2699, %v2700 : i64
                    %v2702 = llvm.getelementptr %dx_rho[%v2701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2696, %v2702 : f32, !llvm.ptr
                  }
                  %v2703 = arith.mulf %v190, %v2671 fastmath<contract> : f32
                  %v2704 = arith.mulf %v2703, %v2690 fastmath<contract> : f32
                  %v2705 = arith.mulf %v2682, %v214 fastmath<contract> : f32
                  %v2706 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2705) : (f32) -> f32
                  %v2707 = arith.mulf %v2706, %v217 fastmath<contract> : f32
                  %v2708 = arith.subf %v2682, %v2707 fastmath<contract> : f32
                  %v2709 = arith.mulf %v2706, %v218 fastmath<contract> : f32
                  %v2710 = arith.subf %v2708, %v2709 fastmath<contract> : f32
                  %v2711 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2710) : (f32) -> f32
                  %v2712 = arith.negf %v2711 : f32
                  %v2713 = arith.mulf %v2704, %v2712 fastmath<contract> : f32
                  scf.if %v25 {
                    %v2714 = arith.muli %v30, %v192 : i64
                    %v2715 = arith.muli %v28, %v191 : i64
                    %v2716 = arith.addi %v2714, %v2715 : i64
                    %v2717 = arith.muli %v2624, %v1 : i64
                    %v2718 = arith.addi %v2716, %v2717 : i64
                    %v2719 = llvm.getelementptr %dx_theta[%v2718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2713, %v2719 : f32, !llvm.ptr
                  }
                  %v2720 = arith.mulf %v2703, %v2689 fastmath<contract> : f32
                  llvm.store %v2720, %v38 : f32, !llvm.ptr
                  llvm.store %v43, %v40 : f32, !llvm.ptr
                  llvm.store %v42, %v39 : f32, !llvm.ptr
                  %v2721 = arith.mulf %v2671, %v2671 fastmath<contract> : f32
                  %v2722 = arith.negf %v2721 : f32
                  llvm.store %v2722, %v41 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v2723 = arith.cmpi eq, %v21, %v44 : i64
      scf.if %v2723 {
      }
      gpu.return
    }
  }
}
