module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_bwd(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_hp: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_hp: !llvm.ptr, %dx_x: !llvm.ptr, %dx_rho: !llvm.ptr, %dx_theta: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v30 = arith.constant 0x00000000 : f32
      %v31 = arith.constant 0x3F800000 : f32
      %v32 = arith.muli %v1, %size_D : i64
      %v40 = arith.constant 0 : i64
      %v42 = arith.constant 64 : i64
      %v43 = arith.constant 8 : i64
      %v44 = arith.constant 7 : i64
      %v63 = arith.muli %v1, %size_B : i64
      %v64 = arith.muli %v63, %size_D : i64
      %v72 = arith.muli %v1, %size_B : i64
      %v73 = arith.muli %v72, %size_D : i64
      %v114 = arith.constant 0x40000000 : f32
      %v115 = arith.muli %v1, %size_L : i64
      %v116 = arith.muli %v115, %size_D : i64
      %v125 = arith.constant 0x3FB8AA3B : f32
      %v138 = arith.constant 0x3E22F983 : f32
      %v141 = arith.constant 0x40C90000 : f32
      %v142 = arith.constant 0x3AFDAA22 : f32
      %v299 = arith.constant 2 : i64
      %v348 = arith.constant 3 : i64
      %v397 = arith.constant 4 : i64
      %v446 = arith.constant 5 : i64
      %v495 = arith.constant 6 : i64
      %v597 = arith.constant 2147483647 : i64
      %v601 = arith.constant 7 : i32
      %v697 = arith.constant 6 : i32
      %v793 = arith.constant 5 : i32
      %v889 = arith.constant 4 : i32
      %v985 = arith.constant 3 : i32
      %v1081 = arith.constant 2 : i32
      %v1177 = arith.constant 1 : i32
      %v1273 = arith.constant 0 : i32
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
      llvm.store %v30, %v24 : f32, !llvm.ptr
      llvm.store %v30, %v25 : f32, !llvm.ptr
      llvm.store %v31, %v26 : f32, !llvm.ptr
      llvm.store %v31, %v27 : f32, !llvm.ptr
      llvm.store %v30, %v28 : f32, !llvm.ptr
      llvm.store %v30, %v29 : f32, !llvm.ptr
      %v33 = arith.muli %v22, %v32 : i64
      %v34 = arith.muli %v20, %v1 : i64
      %v35 = arith.addi %v33, %v34 : i64
      %v36 = llvm.getelementptr %dy_h_last[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v37 = llvm.load %v36 : !llvm.ptr -> f32
      %v38 = llvm.load %v24 : !llvm.ptr -> f32
      %v39 = arith.addf %v38, %v37 fastmath<contract> : f32
      llvm.store %v39, %v24 : f32, !llvm.ptr
      %v41 = arith.cmpi eq, %size_L, %v40 : i64
      scf.if %v41 {
        llvm.store %v30, %v8 : f32, !llvm.ptr
        llvm.store %v30, %v9 : f32, !llvm.ptr
      }
      %v45 = arith.subi %v42, %v1 : i64
      %v46 = arith.addi %size_L, %v45 : i64
      %v47 = arith.divui %v46, %v42 : i64
      %v48 = arith.subi %v47, %v40 : i64
      %v49 = arith.maxsi %v48, %v40 : i64
      %v50 = arith.index_cast %v40 : i64 to index
      %v51 = arith.index_cast %v49 : i64 to index
      %v52 = arith.index_cast %v1 : i64 to index
      scf.for %v53 = %v50 to %v51 step %v52 {
        %v54 = arith.index_cast %v53 : index to i64
        %v55 = arith.subi %v47, %v1 : i64
        %v56 = arith.subi %v55, %v54 : i64
        %v57 = arith.muli %v56, %v42 : i64
        %v58 = arith.subi %size_L, %v57 : i64
        %v59 = arith.minsi %v58, %v42 : i64
        %v60 = arith.addi %v59, %v44 : i64
        %v61 = arith.divui %v60, %v43 : i64
        %v62 = arith.subi %v59, %v1 : i64
        %v65 = arith.muli %v56, %v64 : i64
        %v66 = arith.muli %v22, %v32 : i64
        %v67 = arith.muli %v20, %v1 : i64
        %v68 = arith.addi %v66, %v67 : i64
        %v69 = arith.addi %v65, %v68 : i64
        %v70 = llvm.getelementptr %ckpt_h[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v71 = llvm.load %v70 : !llvm.ptr -> f32
        llvm.store %v71, %v6 : f32, !llvm.ptr
        %v74 = arith.muli %v56, %v73 : i64
        %v75 = arith.muli %v22, %v32 : i64
        %v76 = arith.muli %v20, %v1 : i64
        %v77 = arith.addi %v75, %v76 : i64
        %v78 = arith.addi %v74, %v77 : i64
        %v79 = llvm.getelementptr %ckpt_hp[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v80 = llvm.load %v79 : !llvm.ptr -> f32
        llvm.store %v80, %v7 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v81 = arith.index_cast %v40 : i64 to index
        %v82 = arith.index_cast %v61 : i64 to index
        %v83 = arith.index_cast %v1 : i64 to index
        scf.for %v84 = %v81 to %v82 step %v83 {
          %v85 = arith.index_cast %v84 : index to i64
          scf.if %v17 {
            %v86 = llvm.load %v6 : !llvm.ptr -> f32
            %v87 = arith.muli %v85, %v3 : i64
            %v88 = arith.subi %v3, %v1 : i64
            %v89 = arith.minsi %v16, %v88 : i64
            %v90 = arith.addi %v87, %v89 : i64
            %v91 = arith.muli %v90, %v1 : i64
            %v92 = arith.addi %v91, %v40 : i64
            %v93 = llvm.getelementptr %scratch_h[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v86, %v93 : f32, !llvm.ptr
            %v94 = llvm.load %v7 : !llvm.ptr -> f32
            %v95 = arith.muli %v85, %v3 : i64
            %v96 = arith.subi %v3, %v1 : i64
            %v97 = arith.minsi %v16, %v96 : i64
            %v98 = arith.addi %v95, %v97 : i64
            %v99 = arith.muli %v98, %v1 : i64
            %v100 = arith.addi %v99, %v40 : i64
            %v101 = llvm.getelementptr %scratch_hp[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v94, %v101 : f32, !llvm.ptr
          }
          %v102 = arith.muli %v85, %v43 : i64
          %v103 = arith.subi %v59, %v102 : i64
          %v104 = arith.trunci %v103 : i64 to i32
          %v105 = arith.index_cast %v40 : i64 to index
          %v106 = arith.index_cast %v43 : i64 to index
          %v107 = arith.index_cast %v1 : i64 to index
          scf.for %v108 = %v105 to %v106 step %v107 {
            %v109 = arith.index_cast %v108 : index to i64
            %v110 = arith.trunci %v109 : i64 to i32
            %v111 = arith.addi %v102, %v109 : i64
            %v112 = arith.cmpi slt, %v110, %v104 : i32
            scf.if %v112 {
              %v113 = arith.addi %v57, %v111 : i64
              %v117 = arith.muli %v22, %v116 : i64
              %v118 = arith.muli %v20, %v115 : i64
              %v119 = arith.addi %v117, %v118 : i64
              %v120 = arith.muli %v113, %v1 : i64
              %v121 = arith.addi %v119, %v120 : i64
              %v122 = llvm.getelementptr %in_rho[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v123 = llvm.load %v122 : !llvm.ptr -> f32
              %v124 = arith.negf %v123 : f32
              %v126 = arith.mulf %v124, %v125 fastmath<contract> : f32
              %v127 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v126) : (f32) -> f32
              %v128 = arith.addf %v31, %v127 fastmath<contract> : f32
              %v129 = arith.divf %v31, %v128 : f32
              %v130 = arith.mulf %v114, %v129 fastmath<contract> : f32
              %v131 = arith.muli %v22, %v116 : i64
              %v132 = arith.muli %v20, %v115 : i64
              %v133 = arith.addi %v131, %v132 : i64
              %v134 = arith.muli %v113, %v1 : i64
              %v135 = arith.addi %v133, %v134 : i64
              %v136 = llvm.getelementptr %in_theta[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v137 = llvm.load %v136 : !llvm.ptr -> f32
              %v139 = arith.mulf %v137, %v138 fastmath<contract> : f32
              %v140 = llvm.call_intrinsic "llvm.roundeven.f32"(%v139) : (f32) -> f32
              %v143 = arith.mulf %v140, %v141 fastmath<contract> : f32
              %v144 = arith.subf %v137, %v143 fastmath<contract> : f32
              %v145 = arith.mulf %v140, %v142 fastmath<contract> : f32
              %v146 = arith.subf %v144, %v145 fastmath<contract> : f32
              %v147 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v146) : (f32) -> f32
              %v148 = arith.mulf %v130, %v147 fastmath<contract> : f32
              %v149 = arith.muli %v22, %v116 : i64
              %v150 = arith.muli %v20, %v115 : i64
              %v151 = arith.addi %v149, %v150 : i64
              %v152 = arith.muli %v113, %v1 : i64
              %v153 = arith.addi %v151, %v152 : i64
              %v154 = llvm.getelementptr %in_x[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v155 = llvm.load %v154 : !llvm.ptr -> f32
              %v156 = llvm.load %v6 : !llvm.ptr -> f32
              %v157 = arith.mulf %v148, %v156 fastmath<contract> : f32
              %v158 = arith.addf %v157, %v155 fastmath<contract> : f32
              %v159 = arith.mulf %v129, %v129 fastmath<contract> : f32
              %v160 = arith.negf %v159 : f32
              %v161 = llvm.load %v7 : !llvm.ptr -> f32
              %v162 = arith.mulf %v160, %v161 fastmath<contract> : f32
              %v163 = arith.addf %v158, %v162 fastmath<contract> : f32
              %v164 = llvm.load %v7 : !llvm.ptr -> f32
              %v165 = arith.mulf %v30, %v164 fastmath<contract> : f32
              %v166 = arith.addf %v165, %v30 fastmath<contract> : f32
              %v167 = llvm.load %v6 : !llvm.ptr -> f32
              %v168 = arith.mulf %v31, %v167 fastmath<contract> : f32
              %v169 = arith.addf %v166, %v168 fastmath<contract> : f32
              llvm.store %v163, %v6 : f32, !llvm.ptr
              llvm.store %v169, %v7 : f32, !llvm.ptr
            }
          }
        }
        %v170 = arith.index_cast %v40 : i64 to index
        %v171 = arith.index_cast %v1 : i64 to index
        %v172 = arith.index_cast %v1 : i64 to index
        scf.for %v173 = %v170 to %v171 step %v172 {
          %v174 = arith.index_cast %v173 : index to i64
          %v175 = arith.index_cast %v40 : i64 to index
          %v176 = arith.index_cast %v61 : i64 to index
          %v177 = arith.index_cast %v1 : i64 to index
          scf.for %v178 = %v175 to %v176 step %v177 {
            %v179 = arith.index_cast %v178 : index to i64
            %v180 = arith.cmpi slt, %v179, %v61 : i64
            scf.if %v180 {
              %v181 = arith.subi %v61, %v1 : i64
              %v182 = arith.subi %v181, %v179 : i64
              %v183 = arith.muli %v182, %v43 : i64
              %v184 = arith.addi %v183, %v43 : i64
              %v185 = arith.cmpi sle, %v184, %v59 : i64
              scf.if %v185 {
                %v186 = arith.subi %v59, %v1 : i64
                %v187 = arith.muli %v182, %v3 : i64
                %v188 = arith.subi %v3, %v1 : i64
                %v189 = arith.minsi %v16, %v188 : i64
                %v190 = arith.addi %v187, %v189 : i64
                %v191 = arith.muli %v190, %v1 : i64
                %v192 = arith.addi %v191, %v40 : i64
                %v193 = llvm.getelementptr %scratch_h[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v194 = llvm.load %v193 : !llvm.ptr -> f32
                %v195 = arith.muli %v182, %v3 : i64
                %v196 = arith.subi %v3, %v1 : i64
                %v197 = arith.minsi %v16, %v196 : i64
                %v198 = arith.addi %v195, %v197 : i64
                %v199 = arith.muli %v198, %v1 : i64
                %v200 = arith.addi %v199, %v40 : i64
                %v201 = llvm.getelementptr %scratch_hp[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v202 = llvm.load %v201 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v203 = arith.addi %v183, %v40 : i64
                %v204 = arith.minsi %v203, %v186 : i64
                %v205 = arith.addi %v57, %v204 : i64
                %v206 = arith.muli %v22, %v116 : i64
                %v207 = arith.muli %v20, %v115 : i64
                %v208 = arith.addi %v206, %v207 : i64
                %v209 = arith.muli %v205, %v1 : i64
                %v210 = arith.addi %v208, %v209 : i64
                %v211 = llvm.getelementptr %in_rho[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v212 = llvm.load %v211 : !llvm.ptr -> f32
                %v213 = arith.negf %v212 : f32
                %v214 = arith.mulf %v213, %v125 fastmath<contract> : f32
                %v215 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v214) : (f32) -> f32
                %v216 = arith.addf %v31, %v215 fastmath<contract> : f32
                %v217 = arith.divf %v31, %v216 : f32
                %v218 = arith.mulf %v114, %v217 fastmath<contract> : f32
                %v219 = arith.muli %v22, %v116 : i64
                %v220 = arith.muli %v20, %v115 : i64
                %v221 = arith.addi %v219, %v220 : i64
                %v222 = arith.muli %v205, %v1 : i64
                %v223 = arith.addi %v221, %v222 : i64
                %v224 = llvm.getelementptr %in_theta[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v225 = llvm.load %v224 : !llvm.ptr -> f32
                %v226 = arith.mulf %v225, %v138 fastmath<contract> : f32
                %v227 = llvm.call_intrinsic "llvm.roundeven.f32"(%v226) : (f32) -> f32
                %v228 = arith.mulf %v227, %v141 fastmath<contract> : f32
                %v229 = arith.subf %v225, %v228 fastmath<contract> : f32
                %v230 = arith.mulf %v227, %v142 fastmath<contract> : f32
                %v231 = arith.subf %v229, %v230 fastmath<contract> : f32
                %v232 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v231) : (f32) -> f32
                %v233 = arith.mulf %v218, %v232 fastmath<contract> : f32
                %v234 = arith.muli %v22, %v116 : i64
                %v235 = arith.muli %v20, %v115 : i64
                %v236 = arith.addi %v234, %v235 : i64
                %v237 = arith.muli %v205, %v1 : i64
                %v238 = arith.addi %v236, %v237 : i64
                %v239 = llvm.getelementptr %in_x[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v240 = llvm.load %v239 : !llvm.ptr -> f32
                %v241 = arith.mulf %v233, %v194 fastmath<contract> : f32
                %v242 = arith.addf %v241, %v240 fastmath<contract> : f32
                %v243 = arith.mulf %v217, %v217 fastmath<contract> : f32
                %v244 = arith.negf %v243 : f32
                %v245 = arith.mulf %v244, %v202 fastmath<contract> : f32
                %v246 = arith.addf %v242, %v245 fastmath<contract> : f32
                %v247 = arith.mulf %v30, %v202 fastmath<contract> : f32
                %v248 = arith.addf %v247, %v30 fastmath<contract> : f32
                %v249 = arith.mulf %v31, %v194 fastmath<contract> : f32
                %v250 = arith.addf %v248, %v249 fastmath<contract> : f32
                %v251 = arith.addi %v183, %v1 : i64
                %v252 = arith.minsi %v251, %v186 : i64
                %v253 = arith.addi %v57, %v252 : i64
                %v254 = arith.muli %v22, %v116 : i64
                %v255 = arith.muli %v20, %v115 : i64
                %v256 = arith.addi %v254, %v255 : i64
                %v257 = arith.muli %v253, %v1 : i64
                %v258 = arith.addi %v256, %v257 : i64
                %v259 = llvm.getelementptr %in_rho[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v260 = llvm.load %v259 : !llvm.ptr -> f32
                %v261 = arith.negf %v260 : f32
                %v262 = arith.mulf %v261, %v125 fastmath<contract> : f32
                %v263 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v262) : (f32) -> f32
                %v264 = arith.addf %v31, %v263 fastmath<contract> : f32
                %v265 = arith.divf %v31, %v264 : f32
                %v266 = arith.mulf %v114, %v265 fastmath<contract> : f32
                %v267 = arith.muli %v22, %v116 : i64
                %v268 = arith.muli %v20, %v115 : i64
                %v269 = arith.addi %v267, %v268 : i64
                %v270 = arith.muli %v253, %v1 : i64
                %v271 = arith.addi %v269, %v270 : i64
                %v272 = llvm.getelementptr %in_theta[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v273 = llvm.load %v272 : !llvm.ptr -> f32
                %v274 = arith.mulf %v273, %v138 fastmath<contract> : f32
                %v275 = llvm.call_intrinsic "llvm.roundeven.f32"(%v274) : (f32) -> f32
                %v276 = arith.mulf %v275, %v141 fastmath<contract> : f32
                %v277 = arith.subf %v273, %v276 fastmath<contract> : f32
                %v278 = arith.mulf %v275, %v142 fastmath<contract> : f32
                %v279 = arith.subf %v277, %v278 fastmath<contract> : f32
                %v280 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v279) : (f32) -> f32
                %v281 = arith.mulf %v266, %v280 fastmath<contract> : f32
                %v282 = arith.muli %v22, %v116 : i64
                %v283 = arith.muli %v20, %v115 : i64
                %v284 = arith.addi %v282, %v283 : i64
                %v285 = arith.muli %v253, %v1 : i64
                %v286 = arith.addi %v284, %v285 : i64
                %v287 = llvm.getelementptr %in_x[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v288 = llvm.load %v287 : !llvm.ptr -> f32
                %v289 = arith.mulf %v281, %v246 fastmath<contract> : f32
                %v290 = arith.addf %v289, %v288 fastmath<contract> : f32
                %v291 = arith.mulf %v265, %v265 fastmath<contract> : f32
                %v292 = arith.negf %v291 : f32
                %v293 = arith.mulf %v292, %v250 fastmath<contract> : f32
                %v294 = arith.addf %v290, %v293 fastmath<contract> : f32
                %v295 = arith.mulf %v30, %v250 fastmath<contract> : f32
                %v296 = arith.addf %v295, %v30 fastmath<contract> : f32
                %v297 = arith.mulf %v31, %v246 fastmath<contract> : f32
                %v298 = arith.addf %v296, %v297 fastmath<contract> : f32
                %v300 = arith.addi %v183, %v299 : i64
                %v301 = arith.minsi %v300, %v186 : i64
                %v302 = arith.addi %v57, %v301 : i64
                %v303 = arith.muli %v22, %v116 : i64
                %v304 = arith.muli %v20, %v115 : i64
                %v305 = arith.addi %v303, %v304 : i64
                %v306 = arith.muli %v302, %v1 : i64
                %v307 = arith.addi %v305, %v306 : i64
                %v308 = llvm.getelementptr %in_rho[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v309 = llvm.load %v308 : !llvm.ptr -> f32
                %v310 = arith.negf %v309 : f32
                %v311 = arith.mulf %v310, %v125 fastmath<contract> : f32
                %v312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v311) : (f32) -> f32
                %v313 = arith.addf %v31, %v312 fastmath<contract> : f32
                %v314 = arith.divf %v31, %v313 : f32
                %v315 = arith.mulf %v114, %v314 fastmath<contract> : f32
                %v316 = arith.muli %v22, %v116 : i64
                %v317 = arith.muli %v20, %v115 : i64
                %v318 = arith.addi %v316, %v317 : i64
                %v319 = arith.muli %v302, %v1 : i64
                %v320 = arith.addi %v318, %v319 : i64
                %v321 = llvm.getelementptr %in_theta[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v322 = llvm.load %v321 : !llvm.ptr -> f32
                %v323 = arith.mulf %v322, %v138 fastmath<contract> : f32
                %v324 = llvm.call_intrinsic "llvm.roundeven.f32"(%v323) : (f32) -> f32
                %v325 = arith.mulf %v324, %v141 fastmath<contract> : f32
                %v326 = arith.subf %v322, %v325 fastmath<contract> : f32
                %v327 = arith.mulf %v324, %v142 fastmath<contract> : f32
                %v328 = arith.subf %v326, %v327 fastmath<contract> : f32
                %v329 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v328) : (f32) -> f32
                %v330 = arith.mulf %v315, %v329 fastmath<contract> : f32
                %v331 = arith.muli %v22, %v116 : i64
                %v332 = arith.muli %v20, %v115 : i64
                %v333 = arith.addi %v331, %v332 : i64
                %v334 = arith.muli %v302, %v1 : i64
                %v335 = arith.addi %v333, %v334 : i64
                %v336 = llvm.getelementptr %in_x[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v337 = llvm.load %v336 : !llvm.ptr -> f32
                %v338 = arith.mulf %v330, %v294 fastmath<contract> : f32
                %v339 = arith.addf %v338, %v337 fastmath<contract> : f32
                %v340 = arith.mulf %v314, %v314 fastmath<contract> : f32
                %v341 = arith.negf %v340 : f32
                %v342 = arith.mulf %v341, %v298 fastmath<contract> : f32
                %v343 = arith.addf %v339, %v342 fastmath<contract> : f32
                %v344 = arith.mulf %v30, %v298 fastmath<contract> : f32
                %v345 = arith.addf %v344, %v30 fastmath<contract> : f32
                %v346 = arith.mulf %v31, %v294 fastmath<contract> : f32
                %v347 = arith.addf %v345, %v346 fastmath<contract> : f32
                %v349 = arith.addi %v183, %v348 : i64
                %v350 = arith.minsi %v349, %v186 : i64
                %v351 = arith.addi %v57, %v350 : i64
                %v352 = arith.muli %v22, %v116 : i64
                %v353 = arith.muli %v20, %v115 : i64
                %v354 = arith.addi %v352, %v353 : i64
                %v355 = arith.muli %v351, %v1 : i64
                %v356 = arith.addi %v354, %v355 : i64
                %v357 = llvm.getelementptr %in_rho[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v358 = llvm.load %v357 : !llvm.ptr -> f32
                %v359 = arith.negf %v358 : f32
                %v360 = arith.mulf %v359, %v125 fastmath<contract> : f32
                %v361 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v360) : (f32) -> f32
                %v362 = arith.addf %v31, %v361 fastmath<contract> : f32
                %v363 = arith.divf %v31, %v362 : f32
                %v364 = arith.mulf %v114, %v363 fastmath<contract> : f32
                %v365 = arith.muli %v22, %v116 : i64
                %v366 = arith.muli %v20, %v115 : i64
                %v367 = arith.addi %v365, %v366 : i64
                %v368 = arith.muli %v351, %v1 : i64
                %v369 = arith.addi %v367, %v368 : i64
                %v370 = llvm.getelementptr %in_theta[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v371 = llvm.load %v370 : !llvm.ptr -> f32
                %v372 = arith.mulf %v371, %v138 fastmath<contract> : f32
                %v373 = llvm.call_intrinsic "llvm.roundeven.f32"(%v372) : (f32) -> f32
                %v374 = arith.mulf %v373, %v141 fastmath<contract> : f32
                %v375 = arith.subf %v371, %v374 fastmath<contract> : f32
                %v376 = arith.mulf %v373, %v142 fastmath<contract> : f32
                %v377 = arith.subf %v375, %v376 fastmath<contract> : f32
                %v378 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v377) : (f32) -> f32
                %v379 = arith.mulf %v364, %v378 fastmath<contract> : f32
                %v380 = arith.muli %v22, %v116 : i64
                %v381 = arith.muli %v20, %v115 : i64
                %v382 = arith.addi %v380, %v381 : i64
                %v383 = arith.muli %v351, %v1 : i64
                %v384 = arith.addi %v382, %v383 : i64
                %v385 = llvm.getelementptr %in_x[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v386 = llvm.load %v385 : !llvm.ptr -> f32
                %v387 = arith.mulf %v379, %v343 fastmath<contract> : f32
                %v388 = arith.addf %v387, %v386 fastmath<contract> : f32
                %v389 = arith.mulf %v363, %v363 fastmath<contract> : f32
                %v390 = arith.negf %v389 : f32
                %v391 = arith.mulf %v390, %v347 fastmath<contract> : f32
                %v392 = arith.addf %v388, %v391 fastmath<contract> : f32
                %v393 = arith.mulf %v30, %v347 fastmath<contract> : f32
                %v394 = arith.addf %v393, %v30 fastmath<contract> : f32
                %v395 = arith.mulf %v31, %v343 fastmath<contract> : f32
                %v396 = arith.addf %v394, %v395 fastmath<contract> : f32
                %v398 = arith.addi %v183, %v397 : i64
                %v399 = arith.minsi %v398, %v186 : i64
                %v400 = arith.addi %v57, %v399 : i64
                %v401 = arith.muli %v22, %v116 : i64
                %v402 = arith.muli %v20, %v115 : i64
                %v403 = arith.addi %v401, %v402 : i64
                %v404 = arith.muli %v400, %v1 : i64
                %v405 = arith.addi %v403, %v404 : i64
                %v406 = llvm.getelementptr %in_rho[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.negf %v407 : f32
                %v409 = arith.mulf %v408, %v125 fastmath<contract> : f32
                %v410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v409) : (f32) -> f32
                %v411 = arith.addf %v31, %v410 fastmath<contract> : f32
                %v412 = arith.divf %v31, %v411 : f32
                %v413 = arith.mulf %v114, %v412 fastmath<contract> : f32
                %v414 = arith.muli %v22, %v116 : i64
                %v415 = arith.muli %v20, %v115 : i64
                %v416 = arith.addi %v414, %v415 : i64
                %v417 = arith.muli %v400, %v1 : i64
                %v418 = arith.addi %v416, %v417 : i64
                %v419 = llvm.getelementptr %in_theta[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v420 = llvm.load %v419 : !llvm.ptr -> f32
                %v421 = arith.mulf %v420, %v138 fastmath<contract> : f32
                %v422 = llvm.call_intrinsic "llvm.roundeven.f32"(%v421) : (f32) -> f32
                %v423 = arith.mulf %v422, %v141 fastmath<contract> : f32
                %v424 = arith.subf %v420, %v423 fastmath<contract> : f32
                %v425 = arith.mulf %v422, %v142 fastmath<contract> : f32
                %v426 = arith.subf %v424, %v425 fastmath<contract> : f32
                %v427 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v426) : (f32) -> f32
                %v428 = arith.mulf %v413, %v427 fastmath<contract> : f32
                %v429 = arith.muli %v22, %v116 : i64
                %v430 = arith.muli %v20, %v115 : i64
                %v431 = arith.addi %v429, %v430 : i64
                %v432 = arith.muli %v400, %v1 : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = llvm.getelementptr %in_x[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v435 = llvm.load %v434 : !llvm.ptr -> f32
                %v436 = arith.mulf %v428, %v392 fastmath<contract> : f32
                %v437 = arith.addf %v436, %v435 fastmath<contract> : f32
                %v438 = arith.mulf %v412, %v412 fastmath<contract> : f32
                %v439 = arith.negf %v438 : f32
                %v440 = arith.mulf %v439, %v396 fastmath<contract> : f32
                %v441 = arith.addf %v437, %v440 fastmath<contract> : f32
                %v442 = arith.mulf %v30, %v396 fastmath<contract> : f32
                %v443 = arith.addf %v442, %v30 fastmath<contract> : f32
                %v444 = arith.mulf %v31, %v392 fastmath<contract> : f32
                %v445 = arith.addf %v443, %v444 fastmath<contract> : f32
                %v447 = arith.addi %v183, %v446 : i64
                %v448 = arith.minsi %v447, %v186 : i64
                %v449 = arith.addi %v57, %v448 : i64
                %v450 = arith.muli %v22, %v116 : i64
                %v451 = arith.muli %v20, %v115 : i64
                %v452 = arith.addi %v450, %v451 : i64
                %v453 = arith.muli %v449, %v1 : i64
                %v454 = arith.addi %v452, %v453 : i64
                %v455 = llvm.getelementptr %in_rho[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v456 = llvm.load %v455 : !llvm.ptr -> f32
                %v457 = arith.negf %v456 : f32
                %v458 = arith.mulf %v457, %v125 fastmath<contract> : f32
                %v459 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v458) : (f32) -> f32
                %v460 = arith.addf %v31, %v459 fastmath<contract> : f32
                %v461 = arith.divf %v31, %v460 : f32
                %v462 = arith.mulf %v114, %v461 fastmath<contract> : f32
                %v463 = arith.muli %v22, %v116 : i64
                %v464 = arith.muli %v20, %v115 : i64
                %v465 = arith.addi %v463, %v464 : i64
                %v466 = arith.muli %v449, %v1 : i64
                %v467 = arith.addi %v465, %v466 : i64
                %v468 = llvm.getelementptr %in_theta[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v469 = llvm.load %v468 : !llvm.ptr -> f32
                %v470 = arith.mulf %v469, %v138 fastmath<contract> : f32
                %v471 = llvm.call_intrinsic "llvm.roundeven.f32"(%v470) : (f32) -> f32
                %v472 = arith.mulf %v471, %v141 fastmath<contract> : f32
                %v473 = arith.subf %v469, %v472 fastmath<contract> : f32
                %v474 = arith.mulf %v471, %v142 fastmath<contract> : f32
                %v475 = arith.subf %v473, %v474 fastmath<contract> : f32
                %v476 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v475) : (f32) -> f32
                %v477 = arith.mulf %v462, %v476 fastmath<contract> : f32
                %v478 = arith.muli %v22, %v116 : i64
                %v479 = arith.muli %v20, %v115 : i64
                %v480 = arith.addi %v478, %v479 : i64
                %v481 = arith.muli %v449, %v1 : i64
                %v482 = arith.addi %v480, %v481 : i64
                %v483 = llvm.getelementptr %in_x[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v484 = llvm.load %v483 : !llvm.ptr -> f32
                %v485 = arith.mulf %v477, %v441 fastmath<contract> : f32
                %v486 = arith.addf %v485, %v484 fastmath<contract> : f32
                %v487 = arith.mulf %v461, %v461 fastmath<contract> : f32
                %v488 = arith.negf %v487 : f32
                %v489 = arith.mulf %v488, %v445 fastmath<contract> : f32
                %v490 = arith.addf %v486, %v489 fastmath<contract> : f32
                %v491 = arith.mulf %v30, %v445 fastmath<contract> : f32
                %v492 = arith.addf %v491, %v30 fastmath<contract> : f32
                %v493 = arith.mulf %v31, %v441 fastmath<contract> : f32
                %v494 = arith.addf %v492, %v493 fastmath<contract> : f32
                %v496 = arith.addi %v183, %v495 : i64
                %v497 = arith.minsi %v496, %v186 : i64
                %v498 = arith.addi %v57, %v497 : i64
                %v499 = arith.muli %v22, %v116 : i64
                %v500 = arith.muli %v20, %v115 : i64
                %v501 = arith.addi %v499, %v500 : i64
                %v502 = arith.muli %v498, %v1 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = llvm.getelementptr %in_rho[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v505 = llvm.load %v504 : !llvm.ptr -> f32
                %v506 = arith.negf %v505 : f32
                %v507 = arith.mulf %v506, %v125 fastmath<contract> : f32
                %v508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v507) : (f32) -> f32
                %v509 = arith.addf %v31, %v508 fastmath<contract> : f32
                %v510 = arith.divf %v31, %v509 : f32
                %v511 = arith.mulf %v114, %v510 fastmath<contract> : f32
                %v512 = arith.muli %v22, %v116 : i64
                %v513 = arith.muli %v20, %v115 : i64
                %v514 = arith.addi %v512, %v513 : i64
                %v515 = arith.muli %v498, %v1 : i64
                %v516 = arith.addi %v514, %v515 : i64
                %v517 = llvm.getelementptr %in_theta[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v518 = llvm.load %v517 : !llvm.ptr -> f32
                %v519 = arith.mulf %v518, %v138 fastmath<contract> : f32
                %v520 = llvm.call_intrinsic "llvm.roundeven.f32"(%v519) : (f32) -> f32
                %v521 = arith.mulf %v520, %v141 fastmath<contract> : f32
                %v522 = arith.subf %v518, %v521 fastmath<contract> : f32
                %v523 = arith.mulf %v520, %v142 fastmath<contract> : f32
                %v524 = arith.subf %v522, %v523 fastmath<contract> : f32
                %v525 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v524) : (f32) -> f32
                %v526 = arith.mulf %v511, %v525 fastmath<contract> : f32
                %v527 = arith.muli %v22, %v116 : i64
                %v528 = arith.muli %v20, %v115 : i64
                %v529 = arith.addi %v527, %v528 : i64
                %v530 = arith.muli %v498, %v1 : i64
                %v531 = arith.addi %v529, %v530 : i64
                %v532 = llvm.getelementptr %in_x[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v533 = llvm.load %v532 : !llvm.ptr -> f32
                %v534 = arith.mulf %v526, %v490 fastmath<contract> : f32
                %v535 = arith.addf %v534, %v533 fastmath<contract> : f32
                %v536 = arith.mulf %v510, %v510 fastmath<contract> : f32
                %v537 = arith.negf %v536 : f32
                %v538 = arith.mulf %v537, %v494 fastmath<contract> : f32
                %v539 = arith.addf %v535, %v538 fastmath<contract> : f32
                %v540 = arith.mulf %v30, %v494 fastmath<contract> : f32
                %v541 = arith.addf %v540, %v30 fastmath<contract> : f32
                %v542 = arith.mulf %v31, %v490 fastmath<contract> : f32
                %v543 = arith.addf %v541, %v542 fastmath<contract> : f32
                %v544 = arith.addi %v183, %v44 : i64
                %v545 = arith.minsi %v544, %v186 : i64
                %v546 = arith.addi %v57, %v545 : i64
                %v547 = arith.muli %v22, %v116 : i64
                %v548 = arith.muli %v20, %v115 : i64
                %v549 = arith.addi %v547, %v548 : i64
                %v550 = arith.muli %v546, %v1 : i64
                %v551 = arith.addi %v549, %v550 : i64
                %v552 = llvm.getelementptr %in_rho[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v553 = llvm.load %v552 : !llvm.ptr -> f32
                %v554 = arith.negf %v553 : f32
                %v555 = arith.mulf %v554, %v125 fastmath<contract> : f32
                %v556 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v555) : (f32) -> f32
                %v557 = arith.addf %v31, %v556 fastmath<contract> : f32
                %v558 = arith.divf %v31, %v557 : f32
                %v559 = arith.mulf %v114, %v558 fastmath<contract> : f32
                %v560 = arith.muli %v22, %v116 : i64
                %v561 = arith.muli %v20, %v115 : i64
                %v562 = arith.addi %v560, %v561 : i64
                %v563 = arith.muli %v546, %v1 : i64
                %v564 = arith.addi %v562, %v563 : i64
                %v565 = llvm.getelementptr %in_theta[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v566 = llvm.load %v565 : !llvm.ptr -> f32
                %v567 = arith.mulf %v566, %v138 fastmath<contract> : f32
                %v568 = llvm.call_intrinsic "llvm.roundeven.f32"(%v567) : (f32) -> f32
                %v569 = arith.mulf %v568, %v141 fastmath<contract> : f32
                %v570 = arith.subf %v566, %v569 fastmath<contract> : f32
                %v571 = arith.mulf %v568, %v142 fastmath<contract> : f32
                %v572 = arith.subf %v570, %v571 fastmath<contract> : f32
                %v573 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v572) : (f32) -> f32
                %v574 = arith.mulf %v559, %v573 fastmath<contract> : f32
                %v575 = arith.muli %v22, %v116 : i64
                %v576 = arith.muli %v20, %v115 : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = arith.muli %v546, %v1 : i64
                %v579 = arith.addi %v577, %v578 : i64
                %v580 = llvm.getelementptr %in_x[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v581 = llvm.load %v580 : !llvm.ptr -> f32
                %v582 = arith.mulf %v574, %v539 fastmath<contract> : f32
                %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
                %v584 = arith.mulf %v558, %v558 fastmath<contract> : f32
                %v585 = arith.negf %v584 : f32
                %v586 = arith.mulf %v585, %v543 fastmath<contract> : f32
                %v587 = arith.addf %v583, %v586 fastmath<contract> : f32
                %v588 = arith.mulf %v30, %v543 fastmath<contract> : f32
                %v589 = arith.addf %v588, %v30 fastmath<contract> : f32
                %v590 = arith.mulf %v31, %v539 fastmath<contract> : f32
                %v591 = arith.addf %v589, %v590 fastmath<contract> : f32
                %v592 = arith.subi %v59, %v183 : i64
                %v593 = arith.trunci %v592 : i64 to i32
                %v594 = arith.subi %size_L, %v1 : i64
                %v595 = arith.addi %v57, %v183 : i64
                %v596 = arith.subi %v594, %v595 : i64
                %v598 = arith.minsi %v596, %v597 : i64
                %v599 = arith.trunci %v598 : i64 to i32
                %v600 = arith.addi %v183, %v44 : i64
                %v602 = arith.cmpi slt, %v601, %v593 : i32
                %v603 = arith.cmpi eq, %v601, %v599 : i32
                %v604 = arith.addi %v57, %v600 : i64
                %v605 = llvm.load %v24 : !llvm.ptr -> f32
                %v606 = llvm.load %v25 : !llvm.ptr -> f32
                %v607 = arith.muli %v22, %v116 : i64
                %v608 = arith.muli %v20, %v115 : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = arith.muli %v604, %v1 : i64
                %v611 = arith.addi %v609, %v610 : i64
                %v612 = llvm.getelementptr %dy_y[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v613 = llvm.load %v612 : !llvm.ptr -> f32
                %v614 = llvm.load %v26 : !llvm.ptr -> f32
                %v615 = arith.mulf %v614, %v605 fastmath<contract> : f32
                %v616 = arith.addf %v613, %v615 fastmath<contract> : f32
                %v617 = llvm.load %v28 : !llvm.ptr -> f32
                %v618 = arith.mulf %v617, %v606 fastmath<contract> : f32
                %v619 = arith.addf %v618, %v616 fastmath<contract> : f32
                %v620 = llvm.load %v27 : !llvm.ptr -> f32
                %v621 = arith.mulf %v620, %v606 fastmath<contract> : f32
                %v622 = arith.addf %v30, %v621 fastmath<contract> : f32
                %v623 = llvm.load %v29 : !llvm.ptr -> f32
                %v624 = arith.mulf %v623, %v605 fastmath<contract> : f32
                %v625 = arith.addf %v624, %v622 fastmath<contract> : f32
                llvm.store %v619, %v24 : f32, !llvm.ptr
                llvm.store %v625, %v25 : f32, !llvm.ptr
                %v626 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v627 = arith.muli %v22, %v116 : i64
                  %v628 = arith.muli %v20, %v115 : i64
                  %v629 = arith.addi %v627, %v628 : i64
                  %v630 = arith.muli %v604, %v1 : i64
                  %v631 = arith.addi %v629, %v630 : i64
                  %v632 = llvm.getelementptr %dx_x[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v626, %v632 : f32, !llvm.ptr
                }
                %v633 = arith.muli %v22, %v116 : i64
                %v634 = arith.muli %v20, %v115 : i64
                %v635 = arith.addi %v633, %v634 : i64
                %v636 = arith.muli %v604, %v1 : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = llvm.getelementptr %in_rho[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v639 = llvm.load %v638 : !llvm.ptr -> f32
                %v640 = arith.negf %v639 : f32
                %v641 = arith.mulf %v640, %v125 fastmath<contract> : f32
                %v642 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v641) : (f32) -> f32
                %v643 = arith.addf %v31, %v642 fastmath<contract> : f32
                %v644 = arith.divf %v31, %v643 : f32
                %v645 = arith.mulf %v543, %v626 fastmath<contract> : f32
                %v646 = arith.negf %v645 : f32
                %v647 = arith.mulf %v644, %v646 fastmath<contract> : f32
                %v648 = arith.addf %v647, %v647 fastmath<contract> : f32
                %v649 = arith.muli %v22, %v116 : i64
                %v650 = arith.muli %v20, %v115 : i64
                %v651 = arith.addi %v649, %v650 : i64
                %v652 = arith.muli %v604, %v1 : i64
                %v653 = arith.addi %v651, %v652 : i64
                %v654 = llvm.getelementptr %in_theta[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v655 = llvm.load %v654 : !llvm.ptr -> f32
                %v656 = arith.mulf %v655, %v138 fastmath<contract> : f32
                %v657 = llvm.call_intrinsic "llvm.roundeven.f32"(%v656) : (f32) -> f32
                %v658 = arith.mulf %v657, %v141 fastmath<contract> : f32
                %v659 = arith.subf %v655, %v658 fastmath<contract> : f32
                %v660 = arith.mulf %v657, %v142 fastmath<contract> : f32
                %v661 = arith.subf %v659, %v660 fastmath<contract> : f32
                %v662 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v661) : (f32) -> f32
                %v663 = arith.mulf %v539, %v626 fastmath<contract> : f32
                %v664 = arith.mulf %v662, %v663 fastmath<contract> : f32
                %v665 = arith.mulf %v114, %v664 fastmath<contract> : f32
                %v666 = arith.addf %v648, %v665 fastmath<contract> : f32
                %v667 = arith.subf %v31, %v644 fastmath<contract> : f32
                %v668 = arith.mulf %v644, %v667 fastmath<contract> : f32
                %v669 = arith.mulf %v666, %v668 fastmath<contract> : f32
                scf.if %v17 {
                  %v670 = arith.muli %v22, %v116 : i64
                  %v671 = arith.muli %v20, %v115 : i64
                  %v672 = arith.addi %v670, %v671 : i64
                  %v673 = arith.muli %v604, %v1 : i64
                  %v674 = arith.addi %v672, %v673 : i64
                  %v675 = llvm.getelementptr %dx_rho[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v669, %v675 : f32, !llvm.ptr
                }
                %v676 = arith.mulf %v114, %v644 fastmath<contract> : f32
                %v677 = arith.mulf %v676, %v663 fastmath<contract> : f32
                %v678 = arith.mulf %v655, %v138 fastmath<contract> : f32
                %v679 = llvm.call_intrinsic "llvm.roundeven.f32"(%v678) : (f32) -> f32
                %v680 = arith.mulf %v679, %v141 fastmath<contract> : f32
                %v681 = arith.subf %v655, %v680 fastmath<contract> : f32
                %v682 = arith.mulf %v679, %v142 fastmath<contract> : f32
                %v683 = arith.subf %v681, %v682 fastmath<contract> : f32
                %v684 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v683) : (f32) -> f32
                %v685 = arith.negf %v684 : f32
                %v686 = arith.mulf %v677, %v685 fastmath<contract> : f32
                scf.if %v17 {
                  %v687 = arith.muli %v22, %v116 : i64
                  %v688 = arith.muli %v20, %v115 : i64
                  %v689 = arith.addi %v687, %v688 : i64
                  %v690 = arith.muli %v604, %v1 : i64
                  %v691 = arith.addi %v689, %v690 : i64
                  %v692 = llvm.getelementptr %dx_theta[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v686, %v692 : f32, !llvm.ptr
                }
                %v693 = arith.mulf %v676, %v662 fastmath<contract> : f32
                llvm.store %v693, %v26 : f32, !llvm.ptr
                llvm.store %v31, %v28 : f32, !llvm.ptr
                llvm.store %v30, %v27 : f32, !llvm.ptr
                %v694 = arith.mulf %v644, %v644 fastmath<contract> : f32
                %v695 = arith.negf %v694 : f32
                llvm.store %v695, %v29 : f32, !llvm.ptr
                %v696 = arith.addi %v183, %v495 : i64
                %v698 = arith.cmpi slt, %v697, %v593 : i32
                %v699 = arith.cmpi eq, %v697, %v599 : i32
                %v700 = arith.addi %v57, %v696 : i64
                %v701 = llvm.load %v24 : !llvm.ptr -> f32
                %v702 = llvm.load %v25 : !llvm.ptr -> f32
                %v703 = arith.muli %v22, %v116 : i64
                %v704 = arith.muli %v20, %v115 : i64
                %v705 = arith.addi %v703, %v704 : i64
                %v706 = arith.muli %v700, %v1 : i64
                %v707 = arith.addi %v705, %v706 : i64
                %v708 = llvm.getelementptr %dy_y[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v709 = llvm.load %v708 : !llvm.ptr -> f32
                %v710 = llvm.load %v26 : !llvm.ptr -> f32
                %v711 = arith.mulf %v710, %v701 fastmath<contract> : f32
                %v712 = arith.addf %v709, %v711 fastmath<contract> : f32
                %v713 = llvm.load %v28 : !llvm.ptr -> f32
                %v714 = arith.mulf %v713, %v702 fastmath<contract> : f32
                %v715 = arith.addf %v714, %v712 fastmath<contract> : f32
                %v716 = llvm.load %v27 : !llvm.ptr -> f32
                %v717 = arith.mulf %v716, %v702 fastmath<contract> : f32
                %v718 = arith.addf %v30, %v717 fastmath<contract> : f32
                %v719 = llvm.load %v29 : !llvm.ptr -> f32
                %v720 = arith.mulf %v719, %v701 fastmath<contract> : f32
                %v721 = arith.addf %v720, %v718 fastmath<contract> : f32
                llvm.store %v715, %v24 : f32, !llvm.ptr
                llvm.store %v721, %v25 : f32, !llvm.ptr
                %v722 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v723 = arith.muli %v22, %v116 : i64
                  %v724 = arith.muli %v20, %v115 : i64
                  %v725 = arith.addi %v723, %v724 : i64
                  %v726 = arith.muli %v700, %v1 : i64
                  %v727 = arith.addi %v725, %v726 : i64
                  %v728 = llvm.getelementptr %dx_x[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v722, %v728 : f32, !llvm.ptr
                }
                %v729 = arith.muli %v22, %v116 : i64
                %v730 = arith.muli %v20, %v115 : i64
                %v731 = arith.addi %v729, %v730 : i64
                %v732 = arith.muli %v700, %v1 : i64
                %v733 = arith.addi %v731, %v732 : i64
                %v734 = llvm.getelementptr %in_rho[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v735 = llvm.load %v734 : !llvm.ptr -> f32
                %v736 = arith.negf %v735 : f32
                %v737 = arith.mulf %v736, %v125 fastmath<contract> : f32
                %v738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v737) : (f32) -> f32
                %v739 = arith.addf %v31, %v738 fastmath<contract> : f32
                %v740 = arith.divf %v31, %v739 : f32
                %v741 = arith.mulf %v494, %v722 fastmath<contract> : f32
                %v742 = arith.negf %v741 : f32
                %v743 = arith.mulf %v740, %v742 fastmath<contract> : f32
                %v744 = arith.addf %v743, %v743 fastmath<contract> : f32
                %v745 = arith.muli %v22, %v116 : i64
                %v746 = arith.muli %v20, %v115 : i64
                %v747 = arith.addi %v745, %v746 : i64
                %v748 = arith.muli %v700, %v1 : i64
                %v749 = arith.addi %v747, %v748 : i64
                %v750 = llvm.getelementptr %in_theta[%v749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v751 = llvm.load %v750 : !llvm.ptr -> f32
                %v752 = arith.mulf %v751, %v138 fastmath<contract> : f32
                %v753 = llvm.call_intrinsic "llvm.roundeven.f32"(%v752) : (f32) -> f32
                %v754 = arith.mulf %v753, %v141 fastmath<contract> : f32
                %v755 = arith.subf %v751, %v754 fastmath<contract> : f32
                %v756 = arith.mulf %v753, %v142 fastmath<contract> : f32
                %v757 = arith.subf %v755, %v756 fastmath<contract> : f32
                %v758 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v757) : (f32) -> f32
                %v759 = arith.mulf %v490, %v722 fastmath<contract> : f32
                %v760 = arith.mulf %v758, %v759 fastmath<contract> : f32
                %v761 = arith.mulf %v114, %v760 fastmath<contract> : f32
                %v762 = arith.addf %v744, %v761 fastmath<contract> : f32
                %v763 = arith.subf %v31, %v740 fastmath<contract> : f32
                %v764 = arith.mulf %v740, %v763 fastmath<contract> : f32
                %v765 = arith.mulf %v762, %v764 fastmath<contract> : f32
                scf.if %v17 {
                  %v766 = arith.muli %v22, %v116 : i64
                  %v767 = arith.muli %v20, %v115 : i64
                  %v768 = arith.addi %v766, %v767 : i64
                  %v769 = arith.muli %v700, %v1 : i64
                  %v770 = arith.addi %v768, %v769 : i64
                  %v771 = llvm.getelementptr %dx_rho[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v765, %v771 : f32, !llvm.ptr
                }
                %v772 = arith.mulf %v114, %v740 fastmath<contract> : f32
                %v773 = arith.mulf %v772, %v759 fastmath<contract> : f32
                %v774 = arith.mulf %v751, %v138 fastmath<contract> : f32
                %v775 = llvm.call_intrinsic "llvm.roundeven.f32"(%v774) : (f32) -> f32
                %v776 = arith.mulf %v775, %v141 fastmath<contract> : f32
                %v777 = arith.subf %v751, %v776 fastmath<contract> : f32
                %v778 = arith.mulf %v775, %v142 fastmath<contract> : f32
                %v779 = arith.subf %v777, %v778 fastmath<contract> : f32
                %v780 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v779) : (f32) -> f32
                %v781 = arith.negf %v780 : f32
                %v782 = arith.mulf %v773, %v781 fastmath<contract> : f32
                scf.if %v17 {
                  %v783 = arith.muli %v22, %v116 : i64
                  %v784 = arith.muli %v20, %v115 : i64
                  %v785 = arith.addi %v783, %v784 : i64
                  %v786 = arith.muli %v700, %v1 : i64
                  %v787 = arith.addi %v785, %v786 : i64
                  %v788 = llvm.getelementptr %dx_theta[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v782, %v788 : f32, !llvm.ptr
                }
                %v789 = arith.mulf %v772, %v758 fastmath<contract> : f32
                llvm.store %v789, %v26 : f32, !llvm.ptr
                llvm.store %v31, %v28 : f32, !llvm.ptr
                llvm.store %v30, %v27 : f32, !llvm.ptr
                %v790 = arith.mulf %v740, %v740 fastmath<contract> : f32
                %v791 = arith.negf %v790 : f32
                llvm.store %v791, %v29 : f32, !llvm.ptr
                %v792 = arith.addi %v183, %v446 : i64
                %v794 = arith.cmpi slt, %v793, %v593 : i32
                %v795 = arith.cmpi eq, %v793, %v599 : i32
                %v796 = arith.addi %v57, %v792 : i64
                %v797 = llvm.load %v24 : !llvm.ptr -> f32
                %v798 = llvm.load %v25 : !llvm.ptr -> f32
                %v799 = arith.muli %v22, %v116 : i64
                %v800 = arith.muli %v20, %v115 : i64
                %v801 = arith.addi %v799, %v800 : i64
                %v802 = arith.muli %v796, %v1 : i64
                %v803 = arith.addi %v801, %v802 : i64
                %v804 = llvm.getelementptr %dy_y[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v805 = llvm.load %v804 : !llvm.ptr -> f32
                %v806 = llvm.load %v26 : !llvm.ptr -> f32
                %v807 = arith.mulf %v806, %v797 fastmath<contract> : f32
                %v808 = arith.addf %v805, %v807 fastmath<contract> : f32
                %v809 = llvm.load %v28 : !llvm.ptr -> f32
                %v810 = arith.mulf %v809, %v798 fastmath<contract> : f32
                %v811 = arith.addf %v810, %v808 fastmath<contract> : f32
                %v812 = llvm.load %v27 : !llvm.ptr -> f32
                %v813 = arith.mulf %v812, %v798 fastmath<contract> : f32
                %v814 = arith.addf %v30, %v813 fastmath<contract> : f32
                %v815 = llvm.load %v29 : !llvm.ptr -> f32
                %v816 = arith.mulf %v815, %v797 fastmath<contract> : f32
                %v817 = arith.addf %v816, %v814 fastmath<contract> : f32
                llvm.store %v811, %v24 : f32, !llvm.ptr
                llvm.store %v817, %v25 : f32, !llvm.ptr
                %v818 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v819 = arith.muli %v22, %v116 : i64
                  %v820 = arith.muli %v20, %v115 : i64
                  %v821 = arith.addi %v819, %v820 : i64
                  %v822 = arith.muli %v796, %v1 : i64
                  %v823 = arith.addi %v821, %v822 : i64
                  %v824 = llvm.getelementptr %dx_x[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v818, %v824 : f32, !llvm.ptr
                }
                %v825 = arith.muli %v22, %v116 : i64
                %v826 = arith.muli %v20, %v115 : i64
                %v827 = arith.addi %v825, %v826 : i64
                %v828 = arith.muli %v796, %v1 : i64
                %v829 = arith.addi %v827, %v828 : i64
                %v830 = llvm.getelementptr %in_rho[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v831 = llvm.load %v830 : !llvm.ptr -> f32
                %v832 = arith.negf %v831 : f32
                %v833 = arith.mulf %v832, %v125 fastmath<contract> : f32
                %v834 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v833) : (f32) -> f32
                %v835 = arith.addf %v31, %v834 fastmath<contract> : f32
                %v836 = arith.divf %v31, %v835 : f32
                %v837 = arith.mulf %v445, %v818 fastmath<contract> : f32
                %v838 = arith.negf %v837 : f32
                %v839 = arith.mulf %v836, %v838 fastmath<contract> : f32
                %v840 = arith.addf %v839, %v839 fastmath<contract> : f32
                %v841 = arith.muli %v22, %v116 : i64
                %v842 = arith.muli %v20, %v115 : i64
                %v843 = arith.addi %v841, %v842 : i64
                %v844 = arith.muli %v796, %v1 : i64
                %v845 = arith.addi %v843, %v844 : i64
                %v846 = llvm.getelementptr %in_theta[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v847 = llvm.load %v846 : !llvm.ptr -> f32
                %v848 = arith.mulf %v847, %v138 fastmath<contract> : f32
                %v849 = llvm.call_intrinsic "llvm.roundeven.f32"(%v848) : (f32) -> f32
                %v850 = arith.mulf %v849, %v141 fastmath<contract> : f32
                %v851 = arith.subf %v847, %v850 fastmath<contract> : f32
                %v852 = arith.mulf %v849, %v142 fastmath<contract> : f32
                %v853 = arith.subf %v851, %v852 fastmath<contract> : f32
                %v854 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v853) : (f32) -> f32
                %v855 = arith.mulf %v441, %v818 fastmath<contract> : f32
                %v856 = arith.mulf %v854, %v855 fastmath<contract> : f32
                %v857 = arith.mulf %v114, %v856 fastmath<contract> : f32
                %v858 = arith.addf %v840, %v857 fastmath<contract> : f32
                %v859 = arith.subf %v31, %v836 fastmath<contract> : f32
                %v860 = arith.mulf %v836, %v859 fastmath<contract> : f32
                %v861 = arith.mulf %v858, %v860 fastmath<contract> : f32
                scf.if %v17 {
                  %v862 = arith.muli %v22, %v116 : i64
                  %v863 = arith.muli %v20, %v115 : i64
                  %v864 = arith.addi %v862, %v863 : i64
                  %v865 = arith.muli %v796, %v1 : i64
                  %v866 = arith.addi %v864, %v865 : i64
                  %v867 = llvm.getelementptr %dx_rho[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v861, %v867 : f32, !llvm.ptr
                }
                %v868 = arith.mulf %v114, %v836 fastmath<contract> : f32
                %v869 = arith.mulf %v868, %v855 fastmath<contract> : f32
                %v870 = arith.mulf %v847, %v138 fastmath<contract> : f32
                %v871 = llvm.call_intrinsic "llvm.roundeven.f32"(%v870) : (f32) -> f32
                %v872 = arith.mulf %v871, %v141 fastmath<contract> : f32
                %v873 = arith.subf %v847, %v872 fastmath<contract> : f32
                %v874 = arith.mulf %v871, %v142 fastmath<contract> : f32
                %v875 = arith.subf %v873, %v874 fastmath<contract> : f32
                %v876 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v875) : (f32) -> f32
                %v877 = arith.negf %v876 : f32
                %v878 = arith.mulf %v869, %v877 fastmath<contract> : f32
                scf.if %v17 {
                  %v879 = arith.muli %v22, %v116 : i64
                  %v880 = arith.muli %v20, %v115 : i64
                  %v881 = arith.addi %v879, %v880 : i64
                  %v882 = arith.muli %v796, %v1 : i64
                  %v883 = arith.addi %v881, %v882 : i64
                  %v884 = llvm.getelementptr %dx_theta[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v878, %v884 : f32, !llvm.ptr
                }
                %v885 = arith.mulf %v868, %v854 fastmath<contract> : f32
                llvm.store %v885, %v26 : f32, !llvm.ptr
                llvm.store %v31, %v28 : f32, !llvm.ptr
                llvm.store %v30, %v27 : f32, !llvm.ptr
                %v886 = arith.mulf %v836, %v836 fastmath<contract> : f32
                %v887 = arith.negf %v886 : f32
                llvm.store %v887, %v29 : f32, !llvm.ptr
                %v888 = arith.addi %v183, %v397 : i64
                %v890 = arith.cmpi slt, %v889, %v593 : i32
                %v891 = arith.cmpi eq, %v889, %v599 : i32
                %v892 = arith.addi %v57, %v888 : i64
                %v893 = llvm.load %v24 : !llvm.ptr -> f32
                %v894 = llvm.load %v25 : !llvm.ptr -> f32
                %v895 = arith.muli %v22, %v116 : i64
                %v896 = arith.muli %v20, %v115 : i64
                %v897 = arith.addi %v895, %v896 : i64
                %v898 = arith.muli %v892, %v1 : i64
                %v899 = arith.addi %v897, %v898 : i64
                %v900 = llvm.getelementptr %dy_y[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v901 = llvm.load %v900 : !llvm.ptr -> f32
                %v902 = llvm.load %v26 : !llvm.ptr -> f32
                %v903 = arith.mulf %v902, %v893 fastmath<contract> : f32
                %v904 = arith.addf %v901, %v903 fastmath<contract> : f32
                %v905 = llvm.load %v28 : !llvm.ptr -> f32
                %v906 = arith.mulf %v905, %v894 fastmath<contract> : f32
                %v907 = arith.addf %v906, %v904 fastmath<contract> : f32
                %v908 = llvm.load %v27 : !llvm.ptr -> f32
                %v909 = arith.mulf %v908, %v894 fastmath<contract> : f32
                %v910 = arith.addf %v30, %v909 fastmath<contract> : f32
                %v911 = llvm.load %v29 : !llvm.ptr -> f32
                %v912 = arith.mulf %v911, %v893 fastmath<contract> : f32
                %v913 = arith.addf %v912, %v910 fastmath<contract> : f32
                llvm.store %v907, %v24 : f32, !llvm.ptr
                llvm.store %v913, %v25 : f32, !llvm.ptr
                %v914 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v915 = arith.muli %v22, %v116 : i64
                  %v916 = arith.muli %v20, %v115 : i64
                  %v917 = arith.addi %v915, %v916 : i64
                  %v918 = arith.muli %v892, %v1 : i64
                  %v919 = arith.addi %v917, %v918 : i64
                  %v920 = llvm.getelementptr %dx_x[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v914, %v920 : f32, !llvm.ptr
                }
                %v921 = arith.muli %v22, %v116 : i64
                %v922 = arith.muli %v20, %v115 : i64
                %v923 = arith.addi %v921, %v922 : i64
                %v924 = arith.muli %v892, %v1 : i64
                %v925 = arith.addi %v923, %v924 : i64
                %v926 = llvm.getelementptr %in_rho[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v927 = llvm.load %v926 : !llvm.ptr -> f32
                %v928 = arith.negf %v927 : f32
                %v929 = arith.mulf %v928, %v125 fastmath<contract> : f32
                %v930 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v929) : (f32) -> f32
                %v931 = arith.addf %v31, %v930 fastmath<contract> : f32
                %v932 = arith.divf %v31, %v931 : f32
                %v933 = arith.mulf %v396, %v914 fastmath<contract> : f32
                %v934 = arith.negf %v933 : f32
                %v935 = arith.mulf %v932, %v934 fastmath<contract> : f32
                %v936 = arith.addf %v935, %v935 fastmath<contract> : f32
                %v937 = arith.muli %v22, %v116 : i64
                %v938 = arith.muli %v20, %v115 : i64
                %v939 = arith.addi %v937, %v938 : i64
                %v940 = arith.muli %v892, %v1 : i64
                %v941 = arith.addi %v939, %v940 : i64
                %v942 = llvm.getelementptr %in_theta[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v943 = llvm.load %v942 : !llvm.ptr -> f32
                %v944 = arith.mulf %v943, %v138 fastmath<contract> : f32
                %v945 = llvm.call_intrinsic "llvm.roundeven.f32"(%v944) : (f32) -> f32
                %v946 = arith.mulf %v945, %v141 fastmath<contract> : f32
                %v947 = arith.subf %v943, %v946 fastmath<contract> : f32
                %v948 = arith.mulf %v945, %v142 fastmath<contract> : f32
                %v949 = arith.subf %v947, %v948 fastmath<contract> : f32
                %v950 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v949) : (f32) -> f32
                %v951 = arith.mulf %v392, %v914 fastmath<contract> : f32
                %v952 = arith.mulf %v950, %v951 fastmath<contract> : f32
                %v953 = arith.mulf %v114, %v952 fastmath<contract> : f32
                %v954 = arith.addf %v936, %v953 fastmath<contract> : f32
                %v955 = arith.subf %v31, %v932 fastmath<contract> : f32
                %v956 = arith.mulf %v932, %v955 fastmath<contract> : f32
                %v957 = arith.mulf %v954, %v956 fastmath<contract> : f32
                scf.if %v17 {
                  %v958 = arith.muli %v22, %v116 : i64
                  %v959 = arith.muli %v20, %v115 : i64
                  %v960 = arith.addi %v958, %v959 : i64
                  %v961 = arith.muli %v892, %v1 : i64
                  %v962 = arith.addi %v960, %v961 : i64
                  %v963 = llvm.getelementptr %dx_rho[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v957, %v963 : f32, !llvm.ptr
                }
                %v964 = arith.mulf %v114, %v932 fastmath<contract> : f32
                %v965 = arith.mulf %v964, %v951 fastmath<contract> : f32
                %v966 = arith.mulf %v943, %v138 fastmath<contract> : f32
                %v967 = llvm.call_intrinsic "llvm.roundeven.f32"(%v966) : (f32) -> f32
                %v968 = arith.mulf %v967, %v141 fastmath<contract> : f32
                %v969 = arith.subf %v943, %v968 fastmath<contract> : f32
                %v970 = arith.mulf %v967, %v142 fastmath<contract> : f32
                %v971 = arith.subf %v969, %v970 fastmath<contract> : f32
                %v972 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v971) : (f32) -> f32
                %v973 = arith.negf %v972 : f32
                %v974 = arith.mulf %v965, %v973 fastmath<contract> : f32
                scf.if %v17 {
                  %v975 = arith.muli %v22, %v116 : i64
                  %v976 = arith.muli %v20, %v115 : i64
                  %v977 = arith.addi %v975, %v976 : i64
                  %v978 = arith.muli %v892, %v1 : i64
                  %v979 = arith.addi %v977, %v978 : i64
                  %v980 = llvm.getelementptr %dx_theta[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v974, %v980 : f32, !llvm.ptr
                }
                %v981 = arith.mulf %v964, %v950 fastmath<contract> : f32
                llvm.store %v981, %v26 : f32, !llvm.ptr
                llvm.store %v31, %v28 : f32, !llvm.ptr
                llvm.store %v30, %v27 : f32, !llvm.ptr
                %v982 = arith.mulf %v932, %v932 fastmath<contract> : f32
                %v983 = arith.negf %v982 : f32
                llvm.store %v983, %v29 : f32, !llvm.ptr
                %v984 = arith.addi %v183, %v348 : i64
                %v986 = arith.cmpi slt, %v985, %v593 : i32
                %v987 = arith.cmpi eq, %v985, %v599 : i32
                %v988 = arith.addi %v57, %v984 : i64
                %v989 = llvm.load %v24 : !llvm.ptr -> f32
                %v990 = llvm.load %v25 : !llvm.ptr -> f32
                %v991 = arith.muli %v22, %v116 : i64
                %v992 = arith.muli %v20, %v115 : i64
                %v993 = arith.addi %v991, %v992 : i64
                %v994 = arith.muli %v988, %v1 : i64
                %v995 = arith.addi %v993, %v994 : i64
                %v996 = llvm.getelementptr %dy_y[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v997 = llvm.load %v996 : !llvm.ptr -> f32
                %v998 = llvm.load %v26 : !llvm.ptr -> f32
                %v999 = arith.mulf %v998, %v989 fastmath<contract> : f32
                %v1000 = arith.addf %v997, %v999 fastmath<contract> : f32
                %v1001 = llvm.load %v28 : !llvm.ptr -> f32
                %v1002 = arith.mulf %v1001, %v990 fastmath<contract> : f32
                %v1003 = arith.addf %v1002, %v1000 fastmath<contract> : f32
                %v1004 = llvm.load %v27 : !llvm.ptr -> f32
                %v1005 = arith.mulf %v1004, %v990 fastmath<contract> : f32
                %v1006 = arith.addf %v30, %v1005 fastmath<contract> : f32
                %v1007 = llvm.load %v29 : !llvm.ptr -> f32
                %v1008 = arith.mulf %v1007, %v989 fastmath<contract> : f32
                %v1009 = arith.addf %v1008, %v1006 fastmath<contract> : f32
                llvm.store %v1003, %v24 : f32, !llvm.ptr
                llvm.store %v1009, %v25 : f32, !llvm.ptr
                %v1010 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v1011 = arith.muli %v22, %v116 : i64
                  %v1012 = arith.muli %v20, %v115 : i64
                  %v1013 = arith.addi %v1011, %v1012 : i64
                  %v1014 = arith.muli %v988, %v1 : i64
                  %v1015 = arith.addi %v1013, %v1014 : i64
                  %v1016 = llvm.getelementptr %dx_x[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1010, %v1016 : f32, !llvm.ptr
                }
                %v1017 = arith.muli %v22, %v116 : i64
                %v1018 = arith.muli %v20, %v115 : i64
                %v1019 = arith.addi %v1017, %v1018 : i64
                %v1020 = arith.muli %v988, %v1 : i64
                %v1021 = arith.addi %v1019, %v1020 : i64
                %v1022 = llvm.getelementptr %in_rho[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
                %v1024 = arith.negf %v1023 : f32
                %v1025 = arith.mulf %v1024, %v125 fastmath<contract> : f32
                %v1026 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1025) : (f32) -> f32
                %v1027 = arith.addf %v31, %v1026 fastmath<contract> : f32
                %v1028 = arith.divf %v31, %v1027 : f32
                %v1029 = arith.mulf %v347, %v1010 fastmath<contract> : f32
                %v1030 = arith.negf %v1029 : f32
                %v1031 = arith.mulf %v1028, %v1030 fastmath<contract> : f32
                %v1032 = arith.addf %v1031, %v1031 fastmath<contract> : f32
                %v1033 = arith.muli %v22, %v116 : i64
                %v1034 = arith.muli %v20, %v115 : i64
                %v1035 = arith.addi %v1033, %v1034 : i64
                %v1036 = arith.muli %v988, %v1 : i64
                %v1037 = arith.addi %v1035, %v1036 : i64
                %v1038 = llvm.getelementptr %in_theta[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
                %v1040 = arith.mulf %v1039, %v138 fastmath<contract> : f32
                %v1041 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1040) : (f32) -> f32
                %v1042 = arith.mulf %v1041, %v141 fastmath<contract> : f32
                %v1043 = arith.subf %v1039, %v1042 fastmath<contract> : f32
                %v1044 = arith.mulf %v1041, %v142 fastmath<contract> : f32
                %v1045 = arith.subf %v1043, %v1044 fastmath<contract> : f32
                %v1046 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1045) : (f32) -> f32
                %v1047 = arith.mulf %v343, %v1010 fastmath<contract> : f32
                %v1048 = arith.mulf %v1046, %v1047 fastmath<contract> : f32
                %v1049 = arith.mulf %v114, %v1048 fastmath<contract> : f32
                %v1050 = arith.addf %v1032, %v1049 fastmath<contract> : f32
                %v1051 = arith.subf %v31, %v1028 fastmath<contract> : f32
                %v1052 = arith.mulf %v1028, %v1051 fastmath<contract> : f32
                %v1053 = arith.mulf %v1050, %v1052 fastmath<contract> : f32
                scf.if %v17 {
                  %v1054 = arith.muli %v22, %v116 : i64
                  %v1055 = arith.muli %v20, %v115 : i64
                  %v1056 = arith.addi %v1054, %v1055 : i64
                  %v1057 = arith.muli %v988, %v1 : i64
                  %v1058 = arith.addi %v1056, %v1057 : i64
                  %v1059 = llvm.getelementptr %dx_rho[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1053, %v1059 : f32, !llvm.ptr
                }
                %v1060 = arith.mulf %v114, %v1028 fastmath<contract> : f32
                %v1061 = arith.mulf %v1060, %v1047 fastmath<contract> : f32
                %v1062 = arith.mulf %v1039, %v138 fastmath<contract> : f32
                %v1063 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1062) : (f32) -> f32
                %v1064 = arith.mulf %v1063, %v141 fastmath<contract> : f32
                %v1065 = arith.subf %v1039, %v1064 fastmath<contract> : f32
                %v1066 = arith.mulf %v1063, %v142 fastmath<contract> : f32
                %v1067 = arith.subf %v1065, %v1066 fastmath<contract> : f32
                %v1068 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1067) : (f32) -> f32
                %v1069 = arith.negf %v1068 : f32
                %v1070 = arith.mulf %v1061, %v1069 fastmath<contract> : f32
                scf.if %v17 {
                  %v1071 = arith.muli %v22, %v116 : i64
                  %v1072 = arith.muli %v20, %v115 : i64
                  %v1073 = arith.addi %v1071, %v1072 : i64
                  %v1074 = arith.muli %v988, %v1 : i64
                  %v1075 = arith.addi %v1073, %v1074 : i64
                  %v1076 = llvm.getelementptr %dx_theta[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1070, %v1076 : f32, !llvm.ptr
                }
                %v1077 = arith.mulf %v1060, %v1046 fastmath<contract> : f32
                llvm.store %v1077, %v26 : f32, !llvm.ptr
                llvm.store %v31, %v28 : f32, !llvm.ptr
                llvm.store %v30, %v27 : f32, !llvm.ptr
                %v1078 = arith.mulf %v1028, %v1028 fastmath<contract> : f32
                %v1079 = arith.negf %v1078 : f32
                llvm.store %v1079, %v29 : f32, !llvm.ptr
                %v1080 = arith.addi %v183, %v299 : i64
                %v1082 = arith.cmpi slt, %v1081, %v593 : i32
                %v1083 = arith.cmpi eq, %v1081, %v599 : i32
                %v1084 = arith.addi %v57, %v1080 : i64
                %v1085 = llvm.load %v24 : !llvm.ptr -> f32
                %v1086 = llvm.load %v25 : !llvm.ptr -> f32
                %v1087 = arith.muli %v22, %v116 : i64
                %v1088 = arith.muli %v20, %v115 : i64
                %v1089 = arith.addi %v1087, %v1088 : i64
                %v1090 = arith.muli %v1084, %v1 : i64
                %v1091 = arith.addi %v1089, %v1090 : i64
                %v1092 = llvm.getelementptr %dy_y[%v1091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1093 = llvm.load %v1092 : !llvm.ptr -> f32
                %v1094 = llvm.load %v26 : !llvm.ptr -> f32
                %v1095 = arith.mulf %v1094, %v1085 fastmath<contract> : f32
                %v1096 = arith.addf %v1093, %v1095 fastmath<contract> : f32
                %v1097 = llvm.load %v28 : !llvm.ptr -> f32
                %v1098 = arith.mulf %v1097, %v1086 fastmath<contract> : f32
                %v1099 = arith.addf %v1098, %v1096 fastmath<contract> : f32
                %v1100 = llvm.load %v27 : !llvm.ptr -> f32
                %v1101 = arith.mulf %v1100, %v1086 fastmath<contract> : f32
                %v1102 = arith.addf %v30, %v1101 fastmath<contract> : f32
                %v1103 = llvm.load %v29 : !llvm.ptr -> f32
                %v1104 = arith.mulf %v1103, %v1085 fastmath<contract> : f32
                %v1105 = arith.addf %v1104, %v1102 fastmath<contract> : f32
                llvm.store %v1099, %v24 : f32, !llvm.ptr
                llvm.store %v1105, %v25 : f32, !llvm.ptr
                %v1106 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v1107 = arith.muli %v22, %v116 : i64
                  %v1108 = arith.muli %v20, %v115 : i64
                  %v1109 = arith.addi %v1107, %v1108 : i64
                  %v1110 = arith.muli %v1084, %v1 : i64
                  %v1111 = arith.addi %v1109, %v1110 : i64
                  %v1112 = llvm.getelementptr %dx_x[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1106, %v1112 : f32, !llvm.ptr
                }
                %v1113 = arith.muli %v22, %v116 : i64
                %v1114 = arith.muli %v20, %v115 : i64
                %v1115 = arith.addi %v1113, %v1114 : i64
                %v1116 = arith.muli %v1084, %v1 : i64
                %v1117 = arith.addi %v1115, %v1116 : i64
                %v1118 = llvm.getelementptr %in_rho[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
                %v1120 = arith.negf %v1119 : f32
                %v1121 = arith.mulf %v1120, %v125 fastmath<contract> : f32
                %v1122 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1121) : (f32) -> f32
                %v1123 = arith.addf %v31, %v1122 fastmath<contract> : f32
                %v1124 = arith.divf %v31, %v1123 : f32
                %v1125 = arith.mulf %v298, %v1106 fastmath<contract> : f32
                %v1126 = arith.negf %v1125 : f32
                %v1127 = arith.mulf %v1124, %v1126 fastmath<contract> : f32
                %v1128 = arith.addf %v1127, %v1127 fastmath<contract> : f32
                %v1129 = arith.muli %v22, %v116 : i64
                %v1130 = arith.muli %v20, %v115 : i64
                %v1131 = arith.addi %v1129, %v1130 : i64
                %v1132 = arith.muli %v1084, %v1 : i64
                %v1133 = arith.addi %v1131, %v1132 : i64
                %v1134 = llvm.getelementptr %in_theta[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
                %v1136 = arith.mulf %v1135, %v138 fastmath<contract> : f32
                %v1137 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1136) : (f32) -> f32
                %v1138 = arith.mulf %v1137, %v141 fastmath<contract> : f32
                %v1139 = arith.subf %v1135, %v1138 fastmath<contract> : f32
                %v1140 = arith.mulf %v1137, %v142 fastmath<contract> : f32
                %v1141 = arith.subf %v1139, %v1140 fastmath<contract> : f32
                %v1142 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1141) : (f32) -> f32
                %v1143 = arith.mulf %v294, %v1106 fastmath<contract> : f32
                %v1144 = arith.mulf %v1142, %v1143 fastmath<contract> : f32
                %v1145 = arith.mulf %v114, %v1144 fastmath<contract> : f32
                %v1146 = arith.addf %v1128, %v1145 fastmath<contract> : f32
                %v1147 = arith.subf %v31, %v1124 fastmath<contract> : f32
                %v1148 = arith.mulf %v1124, %v1147 fastmath<contract> : f32
                %v1149 = arith.mulf %v1146, %v1148 fastmath<contract> : f32
                scf.if %v17 {
                  %v1150 = arith.muli %v22, %v116 : i64
                  %v1151 = arith.muli %v20, %v115 : i64
                  %v1152 = arith.addi %v1150, %v1151 : i64
                  %v1153 = arith.muli %v1084, %v1 : i64
                  %v1154 = arith.addi %v1152, %v1153 : i64
                  %v1155 = llvm.getelementptr %dx_rho[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1149, %v1155 : f32, !llvm.ptr
                }
                %v1156 = arith.mulf %v114, %v1124 fastmath<contract> : f32
                %v1157 = arith.mulf %v1156, %v1143 fastmath<contract> : f32
                %v1158 = arith.mulf %v1135, %v138 fastmath<contract> : f32
                %v1159 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1158) : (f32) -> f32
                %v1160 = arith.mulf %v1159, %v141 fastmath<contract> : f32
                %v1161 = arith.subf %v1135, %v1160 fastmath<contract> : f32
                %v1162 = arith.mulf %v1159, %v142 fastmath<contract> : f32
                %v1163 = arith.subf %v1161, %v1162 fastmath<contract> : f32
                %v1164 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1163) : (f32) -> f32
                %v1165 = arith.negf %v1164 : f32
                %v1166 = arith.mulf %v1157, %v1165 fastmath<contract> : f32
                scf.if %v17 {
                  %v1167 = arith.muli %v22, %v116 : i64
                  %v1168 = arith.muli %v20, %v115 : i64
                  %v1169 = arith.addi %v1167, %v1168 : i64
                  %v1170 = arith.muli %v1084, %v1 : i64
                  %v1171 = arith.addi %v1169, %v1170 : i64
                  %v1172 = llvm.getelementptr %dx_theta[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1166, %v1172 : f32, !llvm.ptr
                }
                %v1173 = arith.mulf %v1156, %v1142 fastmath<contract> : f32
                llvm.store %v1173, %v26 : f32, !llvm.ptr
                llvm.store %v31, %v28 : f32, !llvm.ptr
                llvm.store %v30, %v27 : f32, !llvm.ptr
                %v1174 = arith.mulf %v1124, %v1124 fastmath<contract> : f32
                %v1175 = arith.negf %v1174 : f32
                llvm.store %v1175, %v29 : f32, !llvm.ptr
                %v1176 = arith.addi %v183, %v1 : i64
                %v1178 = arith.cmpi slt, %v1177, %v593 : i32
                %v1179 = arith.cmpi eq, %v1177, %v599 : i32
                %v1180 = arith.addi %v57, %v1176 : i64
                %v1181 = llvm.load %v24 : !llvm.ptr -> f32
                %v1182 = llvm.load %v25 : !llvm.ptr -> f32
                %v1183 = arith.muli %v22, %v116 : i64
                %v1184 = arith.muli %v20, %v115 : i64
                %v1185 = arith.addi %v1183, %v1184 : i64
                %v1186 = arith.muli %v1180, %v1 : i64
                %v1187 = arith.addi %v1185, %v1186 : i64
                %v1188 = llvm.getelementptr %dy_y[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
                %v1190 = llvm.load %v26 : !llvm.ptr -> f32
                %v1191 = arith.mulf %v1190, %v1181 fastmath<contract> : f32
                %v1192 = arith.addf %v1189, %v1191 fastmath<contract> : f32
                %v1193 = llvm.load %v28 : !llvm.ptr -> f32
                %v1194 = arith.mulf %v1193, %v1182 fastmath<contract> : f32
                %v1195 = arith.addf %v1194, %v1192 fastmath<contract> : f32
                %v1196 = llvm.load %v27 : !llvm.ptr -> f32
                %v1197 = arith.mulf %v1196, %v1182 fastmath<contract> : f32
                %v1198 = arith.addf %v30, %v1197 fastmath<contract> : f32
                %v1199 = llvm.load %v29 : !llvm.ptr -> f32
                %v1200 = arith.mulf %v1199, %v1181 fastmath<contract> : f32
                %v1201 = arith.addf %v1200, %v1198 fastmath<contract> : f32
                llvm.store %v1195, %v24 : f32, !llvm.ptr
                llvm.store %v1201, %v25 : f32, !llvm.ptr
                %v1202 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v1203 = arith.muli %v22, %v116 : i64
                  %v1204 = arith.muli %v20, %v115 : i64
                  %v1205 = arith.addi %v1203, %v1204 : i64
                  %v1206 = arith.muli %v1180, %v1 : i64
                  %v1207 = arith.addi %v1205, %v1206 : i64
                  %v1208 = llvm.getelementptr %dx_x[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1202, %v1208 : f32, !llvm.ptr
                }
                %v1209 = arith.muli %v22, %v116 : i64
                %v1210 = arith.muli %v20, %v115 : i64
                %v1211 = arith.addi %v1209, %v1210 : i64
                %v1212 = arith.muli %v1180, %v1 : i64
                %v1213 = arith.addi %v1211, %v1212 : i64
                %v1214 = llvm.getelementptr %in_rho[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1215 = llvm.load %v1214 : !llvm.ptr -> f32
                %v1216 = arith.negf %v1215 : f32
                %v1217 = arith.mulf %v1216, %v125 fastmath<contract> : f32
                %v1218 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1217) : (f32) -> f32
                %v1219 = arith.addf %v31, %v1218 fastmath<contract> : f32
                %v1220 = arith.divf %v31, %v1219 : f32
                %v1221 = arith.mulf %v250, %v1202 fastmath<contract> : f32
                %v1222 = arith.negf %v1221 : f32
                %v1223 = arith.mulf %v1220, %v1222 fastmath<contract> : f32
                %v1224 = arith.addf %v1223, %v1223 fastmath<contract> : f32
                %v1225 = arith.muli %v22, %v116 : i64
                %v1226 = arith.muli %v20, %v115 : i64
                %v1227 = arith.addi %v1225, %v1226 : i64
                %v1228 = arith.muli %v1180, %v1 : i64
                %v1229 = arith.addi %v1227, %v1228 : i64
                %v1230 = llvm.getelementptr %in_theta[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
                %v1232 = arith.mulf %v1231, %v138 fastmath<contract> : f32
                %v1233 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1232) : (f32) -> f32
                %v1234 = arith.mulf %v1233, %v141 fastmath<contract> : f32
                %v1235 = arith.subf %v1231, %v1234 fastmath<contract> : f32
                %v1236 = arith.mulf %v1233, %v142 fastmath<contract> : f32
                %v1237 = arith.subf %v1235, %v1236 fastmath<contract> : f32
                %v1238 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1237) : (f32) -> f32
                %v1239 = arith.mulf %v246, %v1202 fastmath<contract> : f32
                %v1240 = arith.mulf %v1238, %v1239 fastmath<contract> : f32
                %v1241 = arith.mulf %v114, %v1240 fastmath<contract> : f32
                %v1242 = arith.addf %v1224, %v1241 fastmath<contract> : f32
                %v1243 = arith.subf %v31, %v1220 fastmath<contract> : f32
                %v1244 = arith.mulf %v1220, %v1243 fastmath<contract> : f32
                %v1245 = arith.mulf %v1242, %v1244 fastmath<contract> : f32
                scf.if %v17 {
                  %v1246 = arith.muli %v22, %v116 : i64
                  %v1247 = arith.muli %v20, %v115 : i64
                  %v1248 = arith.addi %v1246, %v1247 : i64
                  %v1249 = arith.muli %v1180, %v1 : i64
                  %v1250 = arith.addi %v1248, %v1249 : i64
                  %v1251 = llvm.getelementptr %dx_rho[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1245, %v1251 : f32, !llvm.ptr
                }
                %v1252 = arith.mulf %v114, %v1220 fastmath<contract> : f32
                %v1253 = arith.mulf %v1252, %v1239 fastmath<contract> : f32
                %v1254 = arith.mulf %v1231, %v138 fastmath<contract> : f32
                %v1255 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1254) : (f32) -> f32
                %v1256 = arith.mulf %v1255, %v141 fastmath<contract> : f32
                %v1257 = arith.subf %v1231, %v1256 fastmath<contract> : f32
                %v1258 = arith.mulf %v1255, %v142 fastmath<contract> : f32
                %v1259 = arith.subf %v1257, %v1258 fastmath<contract> : f32
                %v1260 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1259) : (f32) -> f32
                %v1261 = arith.negf %v1260 : f32
                %v1262 = arith.mulf %v1253, %v1261 fastmath<contract> : f32
                scf.if %v17 {
                  %v1263 = arith.muli %v22, %v116 : i64
                  %v1264 = arith.muli %v20, %v115 : i64
                  %v1265 = arith.addi %v1263, %v1264 : i64
                  %v1266 = arith.muli %v1180, %v1 : i64
                  %v1267 = arith.addi %v1265, %v1266 : i64
                  %v1268 = llvm.getelementptr %dx_theta[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1262, %v1268 : f32, !llvm.ptr
                }
                %v1269 = arith.mulf %v1252, %v1238 fastmath<contract> : f32
                llvm.store %v1269, %v26 : f32, !llvm.ptr
                llvm.store %v31, %v28 : f32, !llvm.ptr
                llvm.store %v30, %v27 : f32, !llvm.ptr
                %v1270 = arith.mulf %v1220, %v1220 fastmath<contract> : f32
                %v1271 = arith.negf %v1270 : f32
                llvm.store %v1271, %v29 : f32, !llvm.ptr
                %v1272 = arith.addi %v183, %v40 : i64
                %v1274 = arith.cmpi slt, %v1273, %v593 : i32
                %v1275 = arith.cmpi eq, %v1273, %v599 : i32
                %v1276 = arith.addi %v57, %v1272 : i64
                %v1277 = llvm.load %v24 : !llvm.ptr -> f32
                %v1278 = llvm.load %v25 : !llvm.ptr -> f32
                %v1279 = arith.muli %v22, %v116 : i64
                %v1280 = arith.muli %v20, %v115 : i64
                %v1281 = arith.addi %v1279, %v1280 : i64
                %v1282 = arith.muli %v1276, %v1 : i64
                %v1283 = arith.addi %v1281, %v1282 : i64
                %v1284 = llvm.getelementptr %dy_y[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
                %v1286 = llvm.load %v26 : !llvm.ptr -> f32
                %v1287 = arith.mulf %v1286, %v1277 fastmath<contract> : f32
                %v1288 = arith.addf %v1285, %v1287 fastmath<contract> : f32
                %v1289 = llvm.load %v28 : !llvm.ptr -> f32
                %v1290 = arith.mulf %v1289, %v1278 fastmath<contract> : f32
                %v1291 = arith.addf %v1290, %v1288 fastmath<contract> : f32
                %v1292 = llvm.load %v27 : !llvm.ptr -> f32
                %v1293 = arith.mulf %v1292, %v1278 fastmath<contract> : f32
                %v1294 = arith.addf %v30, %v1293 fastmath<contract> : f32
                %v1295 = llvm.load %v29 : !llvm.ptr -> f32
                %v1296 = arith.mulf %v1295, %v1277 fastmath<contract> : f32
                %v1297 = arith.addf %v1296, %v1294 fastmath<contract> : f32
                llvm.store %v1291, %v24 : f32, !llvm.ptr
                llvm.store %v1297, %v25 : f32, !llvm.ptr
                %v1298 = llvm.load %v24 : !llvm.ptr -> f32
                scf.if %v17 {
                  %v1299 = arith.muli %v22, %v116 : i64
                  %v1300 = arith.muli %v20, %v115 : i64
                  %v1301 = arith.addi %v1299, %v1300 : i64
                  %v1302 = arith.muli %v1276, %v1 : i64
                  %v1303 = arith.addi %v1301, %v1302 : i64
                  %v1304 = llvm.getelementptr %dx_x[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1298, %v1304 : f32, !llvm.ptr
                }
                %v1305 = arith.muli %v22, %v116 : i64
                %v1306 = arith.muli %v20, %v115 : i64
                %v1307 = arith.addi %v1305, %v1306 : i64
                %v1308 = arith.muli %v1276, %v1 : i64
                %v1309 = arith.addi %v1307, %v1308 : i64
                %v1310 = llvm.getelementptr %in_rho[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1311 = llvm.load %v1310 : !llvm.ptr -> f32
                %v1312 = arith.negf %v1311 : f32
                %v1313 = arith.mulf %v1312, %v125 fastmath<contract> : f32
                %v1314 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1313) : (f32) -> f32
                %v1315 = arith.addf %v31, %v1314 fastmath<contract> : f32
                %v1316 = arith.divf %v31, %v1315 : f32
                %v1317 = arith.mulf %v202, %v1298 fastmath<contract> : f32
                %v1318 = arith.negf %v1317 : f32
                %v1319 = arith.mulf %v1316, %v1318 fastmath<contract> : f32
                %v1320 = arith.addf %v1319, %v1319 fastmath<contract> : f32
                %v1321 = arith.muli %v22, %v116 : i64
                %v1322 = arith.muli %v20, %v115 : i64
                %v1323 = arith.addi %v1321, %v1322 : i64
                %v1324 = arith.muli %v1276, %v1 : i64
                %v1325 = arith.addi %v1323, %v1324 : i64
                %v1326 = llvm.getelementptr %in_theta[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1327 = llvm.load %v1326 : !llvm.ptr -> f32
                %v1328 = arith.mulf %v1327, %v138 fastmath<contract> : f32
                %v1329 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1328) : (f32) -> f32
                %v1330 = arith.mulf %v1329, %v141 fastmath<contract> : f32
                %v1331 = arith.subf %v1327, %v1330 fastmath<contract> : f32
                %v1332 = arith.mulf %v1329, %v142 fastmath<contract> : f32
                %v1333 = arith.subf %v1331, %v1332 fastmath<contract> : f32
                %v1334 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1333) : (f32) -> f32
                %v1335 = arith.mulf %v194, %v1298 fastmath<contract> : f32
                %v1336 = arith.mulf %v1334, %v1335 fastmath<contract> : f32
                %v1337 = arith.mulf %v114, %v1336 fastmath<contract> : f32
                %v1338 = arith.addf %v1320, %v1337 fastmath<contract> : f32
                %v1339 = arith.subf %v31, %v1316 fastmath<contract> : f32
                %v1340 = arith.mulf %v1316, %v1339 fastmath<contract> : f32
                %v1341 = arith.mulf %v1338, %v1340 fastmath<contract> : f32
                scf.if %v17 {
                  %v1342 = arith.muli %v22, %v116 : i64
                  %v1343 = arith.muli %v20, %v115 : i64
                  %v1344 = arith.addi %v1342, %v1343 : i64
                  %v1345 = arith.muli %v1276, %v1 : i64
                  %v1346 = arith.addi %v1344, %v1345 : i64
                  %v1347 = llvm.getelementptr %dx_rho[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1341, %v1347 : f32, !llvm.ptr
                }
                %v1348 = arith.mulf %v114, %v1316 fastmath<contract> : f32
                %v1349 = arith.mulf %v1348, %v1335 fastmath<contract> : f32
                %v1350 = arith.mulf %v1327, %v138 fastmath<contract> : f32
                %v1351 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1350) : (f32) -> f32
                %v1352 = arith.mulf %v1351, %v141 fastmath<contract> : f32
                %v1353 = arith.subf %v1327, %v1352 fastmath<contract> : f32
                %v1354 = arith.mulf %v1351, %v142 fastmath<contract> : f32
                %v1355 = arith.subf %v1353, %v1354 fastmath<contract> : f32
                %v1356 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1355) : (f32) -> f32
                %v1357 = arith.negf %v1356 : f32
                %v1358 = arith.mulf %v1349, %v1357 fastmath<contract> : f32
                scf.if %v17 {
                  %v1359 = arith.muli %v22, %v116 : i64
                  %v1360 = arith.muli %v20, %v115 : i64
                  %v1361 = arith.addi %v1359, %v1360 : i64
                  %v1362 = arith.muli %v1276, %v1 : i64
                  %v1363 = arith.addi %v1361, %v1362 : i64
                  %v1364 = llvm.getelementptr %dx_theta[%v1363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1358, %v1364 : f32, !llvm.ptr
                }
                %v1365 = arith.mulf %v1348, %v1334 fastmath<contract> : f32
                llvm.store %v1365, %v26 : f32, !llvm.ptr
                llvm.store %v31, %v28 : f32, !llvm.ptr
                llvm.store %v30, %v27 : f32, !llvm.ptr
                %v1366 = arith.mulf %v1316, %v1316 fastmath<contract> : f32
                %v1367 = arith.negf %v1366 : f32
                llvm.store %v1367, %v29 : f32, !llvm.ptr
              } else {
                %v1368 = arith.subi %v59, %v1 : i64
                %v1369 = arith.muli %v182, %v3 : i64
                %v1370 = arith.subi %v3, %v1 : i64
                %v1371 = arith.minsi %v16, %v1370 : i64
                %v1372 = arith.addi %v1369, %v1371 : i64
                %v1373 = arith.muli %v1372, %v1 : i64
                %v1374 = arith.addi %v1373, %v40 : i64
                %v1375 = llvm.getelementptr %scratch_h[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1376 = llvm.load %v1375 : !llvm.ptr -> f32
                %v1377 = arith.muli %v182, %v3 : i64
                %v1378 = arith.subi %v3, %v1 : i64
                %v1379 = arith.minsi %v16, %v1378 : i64
                %v1380 = arith.addi %v1377, %v1379 : i64
                %v1381 = arith.muli %v1380, %v1 : i64
                %v1382 = arith.addi %v1381, %v40 : i64
                %v1383 = llvm.getelementptr %scratch_hp[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1384 = llvm.load %v1383 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1385 = arith.addi %v183, %v40 : i64
                %v1386 = arith.minsi %v1385, %v1368 : i64
                %v1387 = arith.addi %v57, %v1386 : i64
                %v1388 = arith.muli %v22, %v116 : i64
                %v1389 = arith.muli %v20, %v115 : i64
                %v1390 = arith.addi %v1388, %v1389 : i64
                %v1391 = arith.muli %v1387, %v1 : i64
                %v1392 = arith.addi %v1390, %v1391 : i64
                %v1393 = llvm.getelementptr %in_rho[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
                %v1395 = arith.negf %v1394 : f32
                %v1396 = arith.mulf %v1395, %v125 fastmath<contract> : f32
                %v1397 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1396) : (f32) -> f32
                %v1398 = arith.addf %v31, %v1397 fastmath<contract> : f32
                %v1399 = arith.divf %v31, %v1398 : f32
                %v1400 = arith.mulf %v114, %v1399 fastmath<contract> : f32
                %v1401 = arith.muli %v22, %v116 : i64
                %v1402 = arith.muli %v20, %v115 : i64
                %v1403 = arith.addi %v1401, %v1402 : i64
                %v1404 = arith.muli %v1387, %v1 : i64
                %v1405 = arith.addi %v1403, %v1404 : i64
                %v1406 = llvm.getelementptr %in_theta[%v1405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1407 = llvm.load %v1406 : !llvm.ptr -> f32
                %v1408 = arith.mulf %v1407, %v138 fastmath<contract> : f32
                %v1409 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1408) : (f32) -> f32
                %v1410 = arith.mulf %v1409, %v141 fastmath<contract> : f32
                %v1411 = arith.subf %v1407, %v1410 fastmath<contract> : f32
                %v1412 = arith.mulf %v1409, %v142 fastmath<contract> : f32
                %v1413 = arith.subf %v1411, %v1412 fastmath<contract> : f32
                %v1414 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1413) : (f32) -> f32
                %v1415 = arith.mulf %v1400, %v1414 fastmath<contract> : f32
                %v1416 = arith.muli %v22, %v116 : i64
                %v1417 = arith.muli %v20, %v115 : i64
                %v1418 = arith.addi %v1416, %v1417 : i64
                %v1419 = arith.muli %v1387, %v1 : i64
                %v1420 = arith.addi %v1418, %v1419 : i64
                %v1421 = llvm.getelementptr %in_x[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
                %v1423 = arith.mulf %v1415, %v1376 fastmath<contract> : f32
                %v1424 = arith.addf %v1423, %v1422 fastmath<contract> : f32
                %v1425 = arith.mulf %v1399, %v1399 fastmath<contract> : f32
                %v1426 = arith.negf %v1425 : f32
                %v1427 = arith.mulf %v1426, %v1384 fastmath<contract> : f32
                %v1428 = arith.addf %v1424, %v1427 fastmath<contract> : f32
                %v1429 = arith.mulf %v30, %v1384 fastmath<contract> : f32
                %v1430 = arith.addf %v1429, %v30 fastmath<contract> : f32
                %v1431 = arith.mulf %v31, %v1376 fastmath<contract> : f32
                %v1432 = arith.addf %v1430, %v1431 fastmath<contract> : f32
                %v1433 = arith.addi %v183, %v1 : i64
                %v1434 = arith.minsi %v1433, %v1368 : i64
                %v1435 = arith.addi %v57, %v1434 : i64
                %v1436 = arith.muli %v22, %v116 : i64
                %v1437 = arith.muli %v20, %v115 : i64
                %v1438 = arith.addi %v1436, %v1437 : i64
                %v1439 = arith.muli %v1435, %v1 : i64
                %v1440 = arith.addi %v1438, %v1439 : i64
                %v1441 = llvm.getelementptr %in_rho[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1442 = llvm.load %v1441 : !llvm.ptr -> f32
                %v1443 = arith.negf %v1442 : f32
                %v1444 = arith.mulf %v1443, %v125 fastmath<contract> : f32
                %v1445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1444) : (f32) -> f32
                %v1446 = arith.addf %v31, %v1445 fastmath<contract> : f32
                %v1447 = arith.divf %v31, %v1446 : f32
                %v1448 = arith.mulf %v114, %v1447 fastmath<contract> : f32
                %v1449 = arith.muli %v22, %v116 : i64
                %v1450 = arith.muli %v20, %v115 : i64
                %v1451 = arith.addi %v1449, %v1450 : i64
                %v1452 = arith.muli %v1435, %v1 : i64
                %v1453 = arith.addi %v1451, %v1452 : i64
                %v1454 = llvm.getelementptr %in_theta[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
                %v1456 = arith.mulf %v1455, %v138 fastmath<contract> : f32
                %v1457 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1456) : (f32) -> f32
                %v1458 = arith.mulf %v1457, %v141 fastmath<contract> : f32
                %v1459 = arith.subf %v1455, %v1458 fastmath<contract> : f32
                %v1460 = arith.mulf %v1457, %v142 fastmath<contract> : f32
                %v1461 = arith.subf %v1459, %v1460 fastmath<contract> : f32
                %v1462 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1461) : (f32) -> f32
                %v1463 = arith.mulf %v1448, %v1462 fastmath<contract> : f32
                %v1464 = arith.muli %v22, %v116 : i64
                %v1465 = arith.muli %v20, %v115 : i64
                %v1466 = arith.addi %v1464, %v1465 : i64
                %v1467 = arith.muli %v1435, %v1 : i64
                %v1468 = arith.addi %v1466, %v1467 : i64
                %v1469 = llvm.getelementptr %in_x[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1470 = llvm.load %v1469 : !llvm.ptr -> f32
                %v1471 = arith.mulf %v1463, %v1428 fastmath<contract> : f32
                %v1472 = arith.addf %v1471, %v1470 fastmath<contract> : f32
                %v1473 = arith.mulf %v1447, %v1447 fastmath<contract> : f32
                %v1474 = arith.negf %v1473 : f32
                %v1475 = arith.mulf %v1474, %v1432 fastmath<contract> : f32
                %v1476 = arith.addf %v1472, %v1475 fastmath<contract> : f32
                %v1477 = arith.mulf %v30, %v1432 fastmath<contract> : f32
                %v1478 = arith.addf %v1477, %v30 fastmath<contract> : f32
                %v1479 = arith.mulf %v31, %v1428 fastmath<contract> : f32
                %v1480 = arith.addf %v1478, %v1479 fastmath<contract> : f32
                %v1481 = arith.addi %v183, %v299 : i64
                %v1482 = arith.minsi %v1481, %v1368 : i64
                %v1483 = arith.addi %v57, %v1482 : i64
                %v1484 = arith.muli %v22, %v116 : i64
                %v1485 = arith.muli %v20, %v115 : i64
                %v1486 = arith.addi %v1484, %v1485 : i64
                %v1487 = arith.muli %v1483, %v1 : i64
                %v1488 = arith.addi %v1486, %v1487 : i64
                %v1489 = llvm.getelementptr %in_rho[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
                %v1491 = arith.negf %v1490 : f32
                %v1492 = arith.mulf %v1491, %v125 fastmath<contract> : f32
                %v1493 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1492) : (f32) -> f32
                %v1494 = arith.addf %v31, %v1493 fastmath<contract> : f32
                %v1495 = arith.divf %v31, %v1494 : f32
                %v1496 = arith.mulf %v114, %v1495 fastmath<contract> : f32
                %v1497 = arith.muli %v22, %v116 : i64
                %v1498 = arith.muli %v20, %v115 : i64
                %v1499 = arith.addi %v1497, %v1498 : i64
                %v1500 = arith.muli %v1483, %v1 : i64
                %v1501 = arith.addi %v1499, %v1500 : i64
                %v1502 = llvm.getelementptr %in_theta[%v1501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1503 = llvm.load %v1502 : !llvm.ptr -> f32
                %v1504 = arith.mulf %v1503, %v138 fastmath<contract> : f32
                %v1505 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1504) : (f32) -> f32
                %v1506 = arith.mulf %v1505, %v141 fastmath<contract> : f32
                %v1507 = arith.subf %v1503, %v1506 fastmath<contract> : f32
                %v1508 = arith.mulf %v1505, %v142 fastmath<contract> : f32
                %v1509 = arith.subf %v1507, %v1508 fastmath<contract> : f32
                %v1510 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1509) : (f32) -> f32
                %v1511 = arith.mulf %v1496, %v1510 fastmath<contract> : f32
                %v1512 = arith.muli %v22, %v116 : i64
                %v1513 = arith.muli %v20, %v115 : i64
                %v1514 = arith.addi %v1512, %v1513 : i64
                %v1515 = arith.muli %v1483, %v1 : i64
                %v1516 = arith.addi %v1514, %v1515 : i64
                %v1517 = llvm.getelementptr %in_x[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
                %v1519 = arith.mulf %v1511, %v1476 fastmath<contract> : f32
                %v1520 = arith.addf %v1519, %v1518 fastmath<contract> : f32
                %v1521 = arith.mulf %v1495, %v1495 fastmath<contract> : f32
                %v1522 = arith.negf %v1521 : f32
                %v1523 = arith.mulf %v1522, %v1480 fastmath<contract> : f32
                %v1524 = arith.addf %v1520, %v1523 fastmath<contract> : f32
                %v1525 = arith.mulf %v30, %v1480 fastmath<contract> : f32
                %v1526 = arith.addf %v1525, %v30 fastmath<contract> : f32
                %v1527 = arith.mulf %v31, %v1476 fastmath<contract> : f32
                %v1528 = arith.addf %v1526, %v1527 fastmath<contract> : f32
                %v1529 = arith.addi %v183, %v348 : i64
                %v1530 = arith.minsi %v1529, %v1368 : i64
                %v1531 = arith.addi %v57, %v1530 : i64
                %v1532 = arith.muli %v22, %v116 : i64
                %v1533 = arith.muli %v20, %v115 : i64
                %v1534 = arith.addi %v1532, %v1533 : i64
                %v1535 = arith.muli %v1531, %v1 : i64
                %v1536 = arith.addi %v1534, %v1535 : i64
                %v1537 = llvm.getelementptr %in_rho[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
                %v1539 = arith.negf %v1538 : f32
                %v1540 = arith.mulf %v1539, %v125 fastmath<contract> : f32
                %v1541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1540) : (f32) -> f32
                %v1542 = arith.addf %v31, %v1541 fastmath<contract> : f32
                %v1543 = arith.divf %v31, %v1542 : f32
                %v1544 = arith.mulf %v114, %v1543 fastmath<contract> : f32
                %v1545 = arith.muli %v22, %v116 : i64
                %v1546 = arith.muli %v20, %v115 : i64
                %v1547 = arith.addi %v1545, %v1546 : i64
                %v1548 = arith.muli %v1531, %v1 : i64
                %v1549 = arith.addi %v1547, %v1548 : i64
                %v1550 = llvm.getelementptr %in_theta[%v1549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1551 = llvm.load %v1550 : !llvm.ptr -> f32
                %v1552 = arith.mulf %v1551, %v138 fastmath<contract> : f32
                %v1553 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1552) : (f32) -> f32
                %v1554 = arith.mulf %v1553, %v141 fastmath<contract> : f32
                %v1555 = arith.subf %v1551, %v1554 fastmath<contract> : f32
                %v1556 = arith.mulf %v1553, %v142 fastmath<contract> : f32
                %v1557 = arith.subf %v1555, %v1556 fastmath<contract> : f32
                %v1558 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1557) : (f32) -> f32
                %v1559 = arith.mulf %v1544, %v1558 fastmath<contract> : f32
                %v1560 = arith.muli %v22, %v116 : i64
                %v1561 = arith.muli %v20, %v115 : i64
                %v1562 = arith.addi %v1560, %v1561 : i64
                %v1563 = arith.muli %v1531, %v1 : i64
                %v1564 = arith.addi %v1562, %v1563 : i64
                %v1565 = llvm.getelementptr %in_x[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
                %v1567 = arith.mulf %v1559, %v1524 fastmath<contract> : f32
                %v1568 = arith.addf %v1567, %v1566 fastmath<contract> : f32
                %v1569 = arith.mulf %v1543, %v1543 fastmath<contract> : f32
                %v1570 = arith.negf %v1569 : f32
                %v1571 = arith.mulf %v1570, %v1528 fastmath<contract> : f32
                %v1572 = arith.addf %v1568, %v1571 fastmath<contract> : f32
                %v1573 = arith.mulf %v30, %v1528 fastmath<contract> : f32
                %v1574 = arith.addf %v1573, %v30 fastmath<contract> : f32
                %v1575 = arith.mulf %v31, %v1524 fastmath<contract> : f32
                %v1576 = arith.addf %v1574, %v1575 fastmath<contract> : f32
                %v1577 = arith.addi %v183, %v397 : i64
                %v1578 = arith.minsi %v1577, %v1368 : i64
                %v1579 = arith.addi %v57, %v1578 : i64
                %v1580 = arith.muli %v22, %v116 : i64
                %v1581 = arith.muli %v20, %v115 : i64
                %v1582 = arith.addi %v1580, %v1581 : i64
                %v1583 = arith.muli %v1579, %v1 : i64
                %v1584 = arith.addi %v1582, %v1583 : i64
                %v1585 = llvm.getelementptr %in_rho[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1586 = llvm.load %v1585 : !llvm.ptr -> f32
                %v1587 = arith.negf %v1586 : f32
                %v1588 = arith.mulf %v1587, %v125 fastmath<contract> : f32
                %v1589 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1588) : (f32) -> f32
                %v1590 = arith.addf %v31, %v1589 fastmath<contract> : f32
                %v1591 = arith.divf %v31, %v1590 : f32
                %v1592 = arith.mulf %v114, %v1591 fastmath<contract> : f32
                %v1593 = arith.muli %v22, %v116 : i64
                %v1594 = arith.muli %v20, %v115 : i64
                %v1595 = arith.addi %v1593, %v1594 : i64
                %v1596 = arith.muli %v1579, %v1 : i64
                %v1597 = arith.addi %v1595, %v1596 : i64
                %v1598 = llvm.getelementptr %in_theta[%v1597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1599 = llvm.load %v1598 : !llvm.ptr -> f32
                %v1600 = arith.mulf %v1599, %v138 fastmath<contract> : f32
                %v1601 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1600) : (f32) -> f32
                %v1602 = arith.mulf %v1601, %v141 fastmath<contract> : f32
                %v1603 = arith.subf %v1599, %v1602 fastmath<contract> : f32
                %v1604 = arith.mulf %v1601, %v142 fastmath<contract> : f32
                %v1605 = arith.subf %v1603, %v1604 fastmath<contract> : f32
                %v1606 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1605) : (f32) -> f32
                %v1607 = arith.mulf %v1592, %v1606 fastmath<contract> : f32
                %v1608 = arith.muli %v22, %v116 : i64
                %v1609 = arith.muli %v20, %v115 : i64
                %v1610 = arith.addi %v1608, %v1609 : i64
                %v1611 = arith.muli %v1579, %v1 : i64
                %v1612 = arith.addi %v1610, %v1611 : i64
                %v1613 = llvm.getelementptr %in_x[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
                %v1615 = arith.mulf %v1607, %v1572 fastmath<contract> : f32
                %v1616 = arith.addf %v1615, %v1614 fastmath<contract> : f32
                %v1617 = arith.mulf %v1591, %v1591 fastmath<contract> : f32
                %v1618 = arith.negf %v1617 : f32
                %v1619 = arith.mulf %v1618, %v1576 fastmath<contract> : f32
                %v1620 = arith.addf %v1616, %v1619 fastmath<contract> : f32
                %v1621 = arith.mulf %v30, %v1576 fastmath<contract> : f32
                %v1622 = arith.addf %v1621, %v30 fastmath<contract> : f32
                %v1623 = arith.mulf %v31, %v1572 fastmath<contract> : f32
                %v1624 = arith.addf %v1622, %v1623 fastmath<contract> : f32
                %v1625 = arith.addi %v183, %v446 : i64
                %v1626 = arith.minsi %v1625, %v1368 : i64
                %v1627 = arith.addi %v57, %v1626 : i64
                %v1628 = arith.muli %v22, %v116 : i64
                %v1629 = arith.muli %v20, %v115 : i64
                %v1630 = arith.addi %v1628, %v1629 : i64
                %v1631 = arith.muli %v1627, %v1 : i64
                %v1632 = arith.addi %v1630, %v1631 : i64
                %v1633 = llvm.getelementptr %in_rho[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1634 = llvm.load %v1633 : !llvm.ptr -> f32
                %v1635 = arith.negf %v1634 : f32
                %v1636 = arith.mulf %v1635, %v125 fastmath<contract> : f32
                %v1637 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1636) : (f32) -> f32
                %v1638 = arith.addf %v31, %v1637 fastmath<contract> : f32
                %v1639 = arith.divf %v31, %v1638 : f32
                %v1640 = arith.mulf %v114, %v1639 fastmath<contract> : f32
                %v1641 = arith.muli %v22, %v116 : i64
                %v1642 = arith.muli %v20, %v115 : i64
                %v1643 = arith.addi %v1641, %v1642 : i64
                %v1644 = arith.muli %v1627, %v1 : i64
                %v1645 = arith.addi %v1643, %v1644 : i64
                %v1646 = llvm.getelementptr %in_theta[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
                %v1648 = arith.mulf %v1647, %v138 fastmath<contract> : f32
                %v1649 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1648) : (f32) -> f32
                %v1650 = arith.mulf %v1649, %v141 fastmath<contract> : f32
                %v1651 = arith.subf %v1647, %v1650 fastmath<contract> : f32
                %v1652 = arith.mulf %v1649, %v142 fastmath<contract> : f32
                %v1653 = arith.subf %v1651, %v1652 fastmath<contract> : f32
                %v1654 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1653) : (f32) -> f32
                %v1655 = arith.mulf %v1640, %v1654 fastmath<contract> : f32
                %v1656 = arith.muli %v22, %v116 : i64
                %v1657 = arith.muli %v20, %v115 : i64
                %v1658 = arith.addi %v1656, %v1657 : i64
                %v1659 = arith.muli %v1627, %v1 : i64
                %v1660 = arith.addi %v1658, %v1659 : i64
                %v1661 = llvm.getelementptr %in_x[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1662 = llvm.load %v1661 : !llvm.ptr -> f32
                %v1663 = arith.mulf %v1655, %v1620 fastmath<contract> : f32
                %v1664 = arith.addf %v1663, %v1662 fastmath<contract> : f32
                %v1665 = arith.mulf %v1639, %v1639 fastmath<contract> : f32
                %v1666 = arith.negf %v1665 : f32
                %v1667 = arith.mulf %v1666, %v1624 fastmath<contract> : f32
                %v1668 = arith.addf %v1664, %v1667 fastmath<contract> : f32
                %v1669 = arith.mulf %v30, %v1624 fastmath<contract> : f32
                %v1670 = arith.addf %v1669, %v30 fastmath<contract> : f32
                %v1671 = arith.mulf %v31, %v1620 fastmath<contract> : f32
                %v1672 = arith.addf %v1670, %v1671 fastmath<contract> : f32
                %v1673 = arith.addi %v183, %v495 : i64
                %v1674 = arith.minsi %v1673, %v1368 : i64
                %v1675 = arith.addi %v57, %v1674 : i64
                %v1676 = arith.muli %v22, %v116 : i64
                %v1677 = arith.muli %v20, %v115 : i64
                %v1678 = arith.addi %v1676, %v1677 : i64
                %v1679 = arith.muli %v1675, %v1 : i64
                %v1680 = arith.addi %v1678, %v1679 : i64
                %v1681 = llvm.getelementptr %in_rho[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
                %v1683 = arith.negf %v1682 : f32
                %v1684 = arith.mulf %v1683, %v125 fastmath<contract> : f32
                %v1685 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1684) : (f32) -> f32
                %v1686 = arith.addf %v31, %v1685 fastmath<contract> : f32
                %v1687 = arith.divf %v31, %v1686 : f32
                %v1688 = arith.mulf %v114, %v1687 fastmath<contract> : f32
                %v1689 = arith.muli %v22, %v116 : i64
                %v1690 = arith.muli %v20, %v115 : i64
                %v1691 = arith.addi %v1689, %v1690 : i64
                %v1692 = arith.muli %v1675, %v1 : i64
                %v1693 = arith.addi %v1691, %v1692 : i64
                %v1694 = llvm.getelementptr %in_theta[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
                %v1696 = arith.mulf %v1695, %v138 fastmath<contract> : f32
                %v1697 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1696) : (f32) -> f32
                %v1698 = arith.mulf %v1697, %v141 fastmath<contract> : f32
                %v1699 = arith.subf %v1695, %v1698 fastmath<contract> : f32
                %v1700 = arith.mulf %v1697, %v142 fastmath<contract> : f32
                %v1701 = arith.subf %v1699, %v1700 fastmath<contract> : f32
                %v1702 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1701) : (f32) -> f32
                %v1703 = arith.mulf %v1688, %v1702 fastmath<contract> : f32
                %v1704 = arith.muli %v22, %v116 : i64
                %v1705 = arith.muli %v20, %v115 : i64
                %v1706 = arith.addi %v1704, %v1705 : i64
                %v1707 = arith.muli %v1675, %v1 : i64
                %v1708 = arith.addi %v1706, %v1707 : i64
                %v1709 = llvm.getelementptr %in_x[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1710 = llvm.load %v1709 : !llvm.ptr -> f32
                %v1711 = arith.mulf %v1703, %v1668 fastmath<contract> : f32
                %v1712 = arith.addf %v1711, %v1710 fastmath<contract> : f32
                %v1713 = arith.mulf %v1687, %v1687 fastmath<contract> : f32
                %v1714 = arith.negf %v1713 : f32
                %v1715 = arith.mulf %v1714, %v1672 fastmath<contract> : f32
                %v1716 = arith.addf %v1712, %v1715 fastmath<contract> : f32
                %v1717 = arith.mulf %v30, %v1672 fastmath<contract> : f32
                %v1718 = arith.addf %v1717, %v30 fastmath<contract> : f32
                %v1719 = arith.mulf %v31, %v1668 fastmath<contract> : f32
                %v1720 = arith.addf %v1718, %v1719 fastmath<contract> : f32
                %v1721 = arith.addi %v183, %v44 : i64
                %v1722 = arith.minsi %v1721, %v1368 : i64
                %v1723 = arith.addi %v57, %v1722 : i64
                %v1724 = arith.muli %v22, %v116 : i64
                %v1725 = arith.muli %v20, %v115 : i64
                %v1726 = arith.addi %v1724, %v1725 : i64
                %v1727 = arith.muli %v1723, %v1 : i64
                %v1728 = arith.addi %v1726, %v1727 : i64
                %v1729 = llvm.getelementptr %in_rho[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
                %v1731 = arith.negf %v1730 : f32
                %v1732 = arith.mulf %v1731, %v125 fastmath<contract> : f32
                %v1733 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1732) : (f32) -> f32
                %v1734 = arith.addf %v31, %v1733 fastmath<contract> : f32
                %v1735 = arith.divf %v31, %v1734 : f32
                %v1736 = arith.mulf %v114, %v1735 fastmath<contract> : f32
                %v1737 = arith.muli %v22, %v116 : i64
                %v1738 = arith.muli %v20, %v115 : i64
                %v1739 = arith.addi %v1737, %v1738 : i64
                %v1740 = arith.muli %v1723, %v1 : i64
                %v1741 = arith.addi %v1739, %v1740 : i64
                %v1742 = llvm.getelementptr %in_theta[%v1741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1743 = llvm.load %v1742 : !llvm.ptr -> f32
                %v1744 = arith.mulf %v1743, %v138 fastmath<contract> : f32
                %v1745 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1744) : (f32) -> f32
                %v1746 = arith.mulf %v1745, %v141 fastmath<contract> : f32
                %v1747 = arith.subf %v1743, %v1746 fastmath<contract> : f32
                %v1748 = arith.mulf %v1745, %v142 fastmath<contract> : f32
                %v1749 = arith.subf %v1747, %v1748 fastmath<contract> : f32
                %v1750 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1749) : (f32) -> f32
                %v1751 = arith.mulf %v1736, %v1750 fastmath<contract> : f32
                %v1752 = arith.muli %v22, %v116 : i64
                %v1753 = arith.muli %v20, %v115 : i64
                %v1754 = arith.addi %v1752, %v1753 : i64
                %v1755 = arith.muli %v1723, %v1 : i64
                %v1756 = arith.addi %v1754, %v1755 : i64
                %v1757 = llvm.getelementptr %in_x[%v1756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1758 = llvm.load %v1757 : !llvm.ptr -> f32
                %v1759 = arith.mulf %v1751, %v1716 fastmath<contract> : f32
                %v1760 = arith.addf %v1759, %v1758 fastmath<contract> : f32
                %v1761 = arith.mulf %v1735, %v1735 fastmath<contract> : f32
                %v1762 = arith.negf %v1761 : f32
                %v1763 = arith.mulf %v1762, %v1720 fastmath<contract> : f32
                %v1764 = arith.addf %v1760, %v1763 fastmath<contract> : f32
                %v1765 = arith.mulf %v30, %v1720 fastmath<contract> : f32
                %v1766 = arith.addf %v1765, %v30 fastmath<contract> : f32
                %v1767 = arith.mulf %v31, %v1716 fastmath<contract> : f32
                %v1768 = arith.addf %v1766, %v1767 fastmath<contract> : f32
                %v1769 = arith.subi %v59, %v183 : i64
                %v1770 = arith.trunci %v1769 : i64 to i32
                %v1771 = arith.subi %size_L, %v1 : i64
                %v1772 = arith.addi %v57, %v183 : i64
                %v1773 = arith.subi %v1771, %v1772 : i64
                %v1774 = arith.minsi %v1773, %v597 : i64
                %v1775 = arith.trunci %v1774 : i64 to i32
                %v1776 = arith.addi %v183, %v44 : i64
                %v1777 = arith.cmpi slt, %v601, %v1770 : i32
                %v1778 = arith.cmpi eq, %v601, %v1775 : i32
                scf.if %v1777 {
                  %v1779 = arith.addi %v57, %v1776 : i64
                  %v1780 = llvm.load %v24 : !llvm.ptr -> f32
                  %v1781 = llvm.load %v25 : !llvm.ptr -> f32
                  %v1782 = arith.muli %v22, %v116 : i64
                  %v1783 = arith.muli %v20, %v115 : i64
                  %v1784 = arith.addi %v1782, %v1783 : i64
                  %v1785 = arith.muli %v1779, %v1 : i64
                  %v1786 = arith.addi %v1784, %v1785 : i64
                  %v1787 = llvm.getelementptr %dy_y[%v1786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1788 = llvm.load %v1787 : !llvm.ptr -> f32
                  %v1789 = llvm.load %v26 : !llvm.ptr -> f32
                  %v1790 = arith.mulf %v1789, %v1780 fastmath<contract> : f32
                  %v1791 = arith.addf %v1788, %v1790 fastmath<contract> : f32
                  %v1792 = llvm.load %v28 : !llvm.ptr -> f32
                  %v1793 = arith.mulf %v1792, %v1781 fastmath<contract> : f32
                  %v1794 = arith.addf %v1793, %v1791 fastmath<contract> : f32
                  %v1795 = llvm.load %v27 : !llvm.ptr -> f32
                  %v1796 = arith.mulf %v1795, %v1781 fastmath<contract> : f32
                  %v1797 = arith.addf %v30, %v1796 fastmath<contract> : f32
                  %v1798 = llvm.load %v29 : !llvm.ptr -> f32
                  %v1799 = arith.mulf %v1798, %v1780 fastmath<contract> : f32
                  %v1800 = arith.addf %v1799, %v1797 fastmath<contract> : f32
                  llvm.store %v1794, %v24 : f32, !llvm.ptr
                  llvm.store %v1800, %v25 : f32, !llvm.ptr
                  %v1801 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v1802 = arith.muli %v22, %v116 : i64
                    %v1803 = arith.muli %v20, %v115 : i64
                    %v1804 = arith.addi %v1802, %v1803 : i64
                    %v1805 = arith.muli %v1779, %v1 : i64
                    %v1806 = arith.addi %v1804, %v1805 : i64
                    %v1807 = llvm.getelementptr %dx_x[%v1806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1801, %v1807 : f32, !llvm.ptr
                  }
                  %v1808 = arith.muli %v22, %v116 : i64
                  %v1809 = arith.muli %v20, %v115 : i64
                  %v1810 = arith.addi %v1808, %v1809 : i64
                  %v1811 = arith.muli %v1779, %v1 : i64
                  %v1812 = arith.addi %v1810, %v1811 : i64
                  %v1813 = llvm.getelementptr %in_rho[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1814 = llvm.load %v1813 : !llvm.ptr -> f32
                  %v1815 = arith.negf %v1814 : f32
                  %v1816 = arith.mulf %v1815, %v125 fastmath<contract> : f32
                  %v1817 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1816) : (f32) -> f32
                  %v1818 = arith.addf %v31, %v1817 fastmath<contract> : f32
                  %v1819 = arith.divf %v31, %v1818 : f32
                  %v1820 = arith.mulf %v1720, %v1801 fastmath<contract> : f32
                  %v1821 = arith.negf %v1820 : f32
                  %v1822 = arith.mulf %v1819, %v1821 fastmath<contract> : f32
                  %v1823 = arith.addf %v1822, %v1822 fastmath<contract> : f32
                  %v1824 = arith.muli %v22, %v116 : i64
                  %v1825 = arith.muli %v20, %v115 : i64
                  %v1826 = arith.addi %v1824, %v1825 : i64
                  %v1827 = arith.muli %v1779, %v1 : i64
                  %v1828 = arith.addi %v1826, %v1827 : i64
                  %v1829 = llvm.getelementptr %in_theta[%v1828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1830 = llvm.load %v1829 : !llvm.ptr -> f32
                  %v1831 = arith.mulf %v1830, %v138 fastmath<contract> : f32
                  %v1832 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1831) : (f32) -> f32
                  %v1833 = arith.mulf %v1832, %v141 fastmath<contract> : f32
                  %v1834 = arith.subf %v1830, %v1833 fastmath<contract> : f32
                  %v1835 = arith.mulf %v1832, %v142 fastmath<contract> : f32
                  %v1836 = arith.subf %v1834, %v1835 fastmath<contract> : f32
                  %v1837 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1836) : (f32) -> f32
                  %v1838 = arith.mulf %v1716, %v1801 fastmath<contract> : f32
                  %v1839 = arith.mulf %v1837, %v1838 fastmath<contract> : f32
                  %v1840 = arith.mulf %v114, %v1839 fastmath<contract> : f32
                  %v1841 = arith.addf %v1823, %v1840 fastmath<contract> : f32
                  %v1842 = arith.subf %v31, %v1819 fastmath<contract> : f32
                  %v1843 = arith.mulf %v1819, %v1842 fastmath<contract> : f32
                  %v1844 = arith.mulf %v1841, %v1843 fastmath<contract> : f32
                  scf.if %v17 {
                    %v1845 = arith.muli %v22, %v116 : i64
                    %v1846 = arith.muli %v20, %v115 : i64
                    %v1847 = arith.addi %v1845, %v1846 : i64
                    %v1848 = arith.muli %v1779, %v1 : i64
                    %v1849 = arith.addi %v1847, %v1848 : i64
                    %v1850 = llvm.getelementptr %dx_rho[%v1849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1844, %v1850 : f32, !llvm.ptr
                  }
                  %v1851 = arith.mulf %v114, %v1819 fastmath<contract> : f32
                  %v1852 = arith.mulf %v1851, %v1838 fastmath<contract> : f32
                  %v1853 = arith.mulf %v1830, %v138 fastmath<contract> : f32
                  %v1854 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1853) : (f32) -> f32
                  %v1855 = arith.mulf %v1854, %v141 fastmath<contract> : f32
                  %v1856 = arith.subf %v1830, %v1855 fastmath<contract> : f32
                  %v1857 = arith.mulf %v1854, %v142 fastmath<contract> : f32
                  %v1858 = arith.subf %v1856, %v1857 fastmath<contract> : f32
                  %v1859 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1858) : (f32) -> f32
                  %v1860 = arith.negf %v1859 : f32
                  %v1861 = arith.mulf %v1852, %v1860 fastmath<contract> : f32
                  scf.if %v17 {
                    %v1862 = arith.muli %v22, %v116 : i64
                    %v1863 = arith.muli %v20, %v115 : i64
                    %v1864 = arith.addi %v1862, %v1863 : i64
                    %v1865 = arith.muli %v1779, %v1 : i64
                    %v1866 = arith.addi %v1864, %v1865 : i64
                    %v1867 = llvm.getelementptr %dx_theta[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1861, %v1867 : f32, !llvm.ptr
                  }
                  %v1868 = arith.mulf %v1851, %v1837 fastmath<contract> : f32
                  llvm.store %v1868, %v26 : f32, !llvm.ptr
                  llvm.store %v31, %v28 : f32, !llvm.ptr
                  llvm.store %v30, %v27 : f32, !llvm.ptr
                  %v1869 = arith.mulf %v1819, %v1819 fastmath<contract> : f32
                  %v1870 = arith.negf %v1869 : f32
                  llvm.store %v1870, %v29 : f32, !llvm.ptr
                }
                %v1871 = arith.addi %v183, %v495 : i64
                %v1872 = arith.cmpi slt, %v697, %v1770 : i32
                %v1873 = arith.cmpi eq, %v697, %v1775 : i32
                scf.if %v1872 {
                  %v1874 = arith.addi %v57, %v1871 : i64
                  %v1875 = llvm.load %v24 : !llvm.ptr -> f32
                  %v1876 = llvm.load %v25 : !llvm.ptr -> f32
                  %v1877 = arith.muli %v22, %v116 : i64
                  %v1878 = arith.muli %v20, %v115 : i64
                  %v1879 = arith.addi %v1877, %v1878 : i64
                  %v1880 = arith.muli %v1874, %v1 : i64
                  %v1881 = arith.addi %v1879, %v1880 : i64
                  %v1882 = llvm.getelementptr %dy_y[%v1881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1883 = llvm.load %v1882 : !llvm.ptr -> f32
                  %v1884 = llvm.load %v26 : !llvm.ptr -> f32
                  %v1885 = arith.mulf %v1884, %v1875 fastmath<contract> : f32
                  %v1886 = arith.addf %v1883, %v1885 fastmath<contract> : f32
                  %v1887 = llvm.load %v28 : !llvm.ptr -> f32
                  %v1888 = arith.mulf %v1887, %v1876 fastmath<contract> : f32
                  %v1889 = arith.addf %v1888, %v1886 fastmath<contract> : f32
                  %v1890 = llvm.load %v27 : !llvm.ptr -> f32
                  %v1891 = arith.mulf %v1890, %v1876 fastmath<contract> : f32
                  %v1892 = arith.addf %v30, %v1891 fastmath<contract> : f32
                  %v1893 = llvm.load %v29 : !llvm.ptr -> f32
                  %v1894 = arith.mulf %v1893, %v1875 fastmath<contract> : f32
                  %v1895 = arith.addf %v1894, %v1892 fastmath<contract> : f32
                  llvm.store %v1889, %v24 : f32, !llvm.ptr
                  llvm.store %v1895, %v25 : f32, !llvm.ptr
                  %v1896 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v1897 = arith.muli %v22, %v116 : i64
                    %v1898 = arith.muli %v20, %v115 : i64
                    %v1899 = arith.addi %v1897, %v1898 : i64
                    %v1900 = arith.muli %v1874, %v1 : i64
                    %v1901 = arith.addi %v1899, %v1900 : i64
                    %v1902 = llvm.getelementptr %dx_x[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1896, %v1902 : f32, !llvm.ptr
                  }
                  %v1903 = arith.muli %v22, %v116 : i64
                  %v1904 = arith.muli %v20, %v115 : i64
                  %v1905 = arith.addi %v1903, %v1904 : i64
                  %v1906 = arith.muli %v1874, %v1 : i64
                  %v1907 = arith.addi %v1905, %v1906 : i64
                  %v1908 = llvm.getelementptr %in_rho[%v1907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1909 = llvm.load %v1908 : !llvm.ptr -> f32
                  %v1910 = arith.negf %v1909 : f32
                  %v1911 = arith.mulf %v1910, %v125 fastmath<contract> : f32
                  %v1912 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1911) : (f32) -> f32
                  %v1913 = arith.addf %v31, %v1912 fastmath<contract> : f32
                  %v1914 = arith.divf %v31, %v1913 : f32
                  %v1915 = arith.mulf %v1672, %v1896 fastmath<contract> : f32
                  %v1916 = arith.negf %v1915 : f32
                  %v1917 = arith.mulf %v1914, %v1916 fastmath<contract> : f32
                  %v1918 = arith.addf %v1917, %v1917 fastmath<contract> : f32
                  %v1919 = arith.muli %v22, %v116 : i64
                  %v1920 = arith.muli %v20, %v115 : i64
                  %v1921 = arith.addi %v1919, %v1920 : i64
                  %v1922 = arith.muli %v1874, %v1 : i64
                  %v1923 = arith.addi %v1921, %v1922 : i64
                  %v1924 = llvm.getelementptr %in_theta[%v1923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1925 = llvm.load %v1924 : !llvm.ptr -> f32
                  %v1926 = arith.mulf %v1925, %v138 fastmath<contract> : f32
                  %v1927 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1926) : (f32) -> f32
                  %v1928 = arith.mulf %v1927, %v141 fastmath<contract> : f32
                  %v1929 = arith.subf %v1925, %v1928 fastmath<contract> : f32
                  %v1930 = arith.mulf %v1927, %v142 fastmath<contract> : f32
                  %v1931 = arith.subf %v1929, %v1930 fastmath<contract> : f32
                  %v1932 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1931) : (f32) -> f32
                  %v1933 = arith.mulf %v1668, %v1896 fastmath<contract> : f32
                  %v1934 = arith.mulf %v1932, %v1933 fastmath<contract> : f32
                  %v1935 = arith.mulf %v114, %v1934 fastmath<contract> : f32
                  %v1936 = arith.addf %v1918, %v1935 fastmath<contract> : f32
                  %v1937 = arith.subf %v31, %v1914 fastmath<contract> : f32
                  %v1938 = arith.mulf %v1914, %v1937 fastmath<contract> : f32
                  %v1939 = arith.mulf %v1936, %v1938 fastmath<contract> : f32
                  scf.if %v17 {
                    %v1940 = arith.muli %v22, %v116 : i64
                    %v1941 = arith.muli %v20, %v115 : i64
                    %v1942 = arith.addi %v1940, %v1941 : i64
                    %v1943 = arith.muli %v1874, %v1 : i64
                    %v1944 = arith.addi %v1942, %v1943 : i64
                    %v1945 = llvm.getelementptr %dx_rho[%v1944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1939, %v1945 : f32, !llvm.ptr
                  }
                  %v1946 = arith.mulf %v114, %v1914 fastmath<contract> : f32
                  %v1947 = arith.mulf %v1946, %v1933 fastmath<contract> : f32
                  %v1948 = arith.mulf %v1925, %v138 fastmath<contract> : f32
                  %v1949 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1948) : (f32) -> f32
                  %v1950 = arith.mulf %v1949, %v141 fastmath<contract> : f32
                  %v1951 = arith.subf %v1925, %v1950 fastmath<contract> : f32
                  %v1952 = arith.mulf %v1949, %v142 fastmath<contract> : f32
                  %v1953 = arith.subf %v1951, %v1952 fastmath<contract> : f32
                  %v1954 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1953) : (f32) -> f32
                  %v1955 = arith.negf %v1954 : f32
                  %v1956 = arith.mulf %v1947, %v1955 fastmath<contract> : f32
                  scf.if %v17 {
                    %v1957 = arith.muli %v22, %v116 : i64
                    %v1958 = arith.muli %v20, %v115 : i64
                    %v1959 = arith.addi %v1957, %v1958 : i64
                    %v1960 = arith.muli %v1874, %v1 : i64
                    %v1961 = arith.addi %v1959, %v1960 : i64
                    %v1962 = llvm.getelementptr %dx_theta[%v1961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1956, %v1962 : f32, !llvm.ptr
                  }
                  %v1963 = arith.mulf %v1946, %v1932 fastmath<contract> : f32
                  llvm.store %v1963, %v26 : f32, !llvm.ptr
                  llvm.store %v31, %v28 : f32, !llvm.ptr
                  llvm.store %v30, %v27 : f32, !llvm.ptr
                  %v1964 = arith.mulf %v1914, %v1914 fastmath<contract> : f32
                  %v1965 = arith.negf %v1964 : f32
                  llvm.store %v1965, %v29 : f32, !llvm.ptr
                }
                %v1966 = arith.addi %v183, %v446 : i64
                %v1967 = arith.cmpi slt, %v793, %v1770 : i32
                %v1968 = arith.cmpi eq, %v793, %v1775 : i32
                scf.if %v1967 {
                  %v1969 = arith.addi %v57, %v1966 : i64
                  %v1970 = llvm.load %v24 : !llvm.ptr -> f32
                  %v1971 = llvm.load %v25 : !llvm.ptr -> f32
                  %v1972 = arith.muli %v22, %v116 : i64
                  %v1973 = arith.muli %v20, %v115 : i64
                  %v1974 = arith.addi %v1972, %v1973 : i64
                  %v1975 = arith.muli %v1969, %v1 : i64
                  %v1976 = arith.addi %v1974, %v1975 : i64
                  %v1977 = llvm.getelementptr %dy_y[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1978 = llvm.load %v1977 : !llvm.ptr -> f32
                  %v1979 = llvm.load %v26 : !llvm.ptr -> f32
                  %v1980 = arith.mulf %v1979, %v1970 fastmath<contract> : f32
                  %v1981 = arith.addf %v1978, %v1980 fastmath<contract> : f32
                  %v1982 = llvm.load %v28 : !llvm.ptr -> f32
                  %v1983 = arith.mulf %v1982, %v1971 fastmath<contract> : f32
                  %v1984 = arith.addf %v1983, %v1981 fastmath<contract> : f32
                  %v1985 = llvm.load %v27 : !llvm.ptr -> f32
                  %v1986 = arith.mulf %v1985, %v1971 fastmath<contract> : f32
                  %v1987 = arith.addf %v30, %v1986 fastmath<contract> : f32
                  %v1988 = llvm.load %v29 : !llvm.ptr -> f32
                  %v1989 = arith.mulf %v1988, %v1970 fastmath<contract> : f32
                  %v1990 = arith.addf %v1989, %v1987 fastmath<contract> : f32
                  llvm.store %v1984, %v24 : f32, !llvm.ptr
                  llvm.store %v1990, %v25 : f32, !llvm.ptr
                  %v1991 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v1992 = arith.muli %v22, %v116 : i64
                    %v1993 = arith.muli %v20, %v115 : i64
                    %v1994 = arith.addi %v1992, %v1993 : i64
                    %v1995 = arith.muli %v1969, %v1 : i64
                    %v1996 = arith.addi %v1994, %v1995 : i64
                    %v1997 = llvm.getelementptr %dx_x[%v1996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1991, %v1997 : f32, !llvm.ptr
                  }
                  %v1998 = arith.muli %v22, %v116 : i64
                  %v1999 = arith.muli %v20, %v115 : i64
                  %v2000 = arith.addi %v1998, %v1999 : i64
                  %v2001 = arith.muli %v1969, %v1 : i64
                  %v2002 = arith.addi %v2000, %v2001 : i64
                  %v2003 = llvm.getelementptr %in_rho[%v2002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2004 = llvm.load %v2003 : !llvm.ptr -> f32
                  %v2005 = arith.negf %v2004 : f32
                  %v2006 = arith.mulf %v2005, %v125 fastmath<contract> : f32
                  %v2007 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2006) : (f32) -> f32
                  %v2008 = arith.addf %v31, %v2007 fastmath<contract> : f32
                  %v2009 = arith.divf %v31, %v2008 : f32
                  %v2010 = arith.mulf %v1624, %v1991 fastmath<contract> : f32
                  %v2011 = arith.negf %v2010 : f32
                  %v2012 = arith.mulf %v2009, %v2011 fastmath<contract> : f32
                  %v2013 = arith.addf %v2012, %v2012 fastmath<contract> : f32
                  %v2014 = arith.muli %v22, %v116 : i64
                  %v2015 = arith.muli %v20, %v115 : i64
                  %v2016 = arith.addi %v2014, %v2015 : i64
                  %v2017 = arith.muli %v1969, %v1 : i64
                  %v2018 = arith.addi %v2016, %v2017 : i64
                  %v2019 = llvm.getelementptr %in_theta[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2020 = llvm.load %v2019 : !llvm.ptr -> f32
                  %v2021 = arith.mulf %v2020, %v138 fastmath<contract> : f32
                  %v2022 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2021) : (f32) -> f32
                  %v2023 = arith.mulf %v2022, %v141 fastmath<contract> : f32
                  %v2024 = arith.subf %v2020, %v2023 fastmath<contract> : f32
                  %v2025 = arith.mulf %v2022, %v142 fastmath<contract> : f32
                  %v2026 = arith.subf %v2024, %v2025 fastmath<contract> : f32
                  %v2027 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2026) : (f32) -> f32
                  %v2028 = arith.mulf %v1620, %v1991 fastmath<contract> : f32
                  %v2029 = arith.mulf %v2027, %v2028 fastmath<contract> : f32
                  %v2030 = arith.mulf %v114, %v2029 fastmath<contract> : f32
                  %v2031 = arith.addf %v2013, %v2030 fastmath<contract> : f32
                  %v2032 = arith.subf %v31, %v2009 fastmath<contract> : f32
                  %v2033 = arith.mulf %v2009, %v2032 fastmath<contract> : f32
                  %v2034 = arith.mulf %v2031, %v2033 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2035 = arith.muli %v22, %v116 : i64
                    %v2036 = arith.muli %v20, %v115 : i64
                    %v2037 = arith.addi %v2035, %v2036 : i64
                    %v2038 = arith.muli %v1969, %v1 : i64
                    %v2039 = arith.addi %v2037, %v2038 : i64
                    %v2040 = llvm.getelementptr %dx_rho[%v2039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2034, %v2040 : f32, !llvm.ptr
                  }
                  %v2041 = arith.mulf %v114, %v2009 fastmath<contract> : f32
                  %v2042 = arith.mulf %v2041, %v2028 fastmath<contract> : f32
                  %v2043 = arith.mulf %v2020, %v138 fastmath<contract> : f32
                  %v2044 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2043) : (f32) -> f32
                  %v2045 = arith.mulf %v2044, %v141 fastmath<contract> : f32
                  %v2046 = arith.subf %v2020, %v2045 fastmath<contract> : f32
                  %v2047 = arith.mulf %v2044, %v142 fastmath<contract> : f32
                  %v2048 = arith.subf %v2046, %v2047 fastmath<contract> : f32
                  %v2049 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2048) : (f32) -> f32
                  %v2050 = arith.negf %v2049 : f32
                  %v2051 = arith.mulf %v2042, %v2050 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2052 = arith.muli %v22, %v116 : i64
                    %v2053 = arith.muli %v20, %v115 : i64
                    %v2054 = arith.addi %v2052, %v2053 : i64
                    %v2055 = arith.muli %v1969, %v1 : i64
                    %v2056 = arith.addi %v2054, %v2055 : i64
                    %v2057 = llvm.getelementptr %dx_theta[%v2056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2051, %v2057 : f32, !llvm.ptr
                  }
                  %v2058 = arith.mulf %v2041, %v2027 fastmath<contract> : f32
                  llvm.store %v2058, %v26 : f32, !llvm.ptr
                  llvm.store %v31, %v28 : f32, !llvm.ptr
                  llvm.store %v30, %v27 : f32, !llvm.ptr
                  %v2059 = arith.mulf %v2009, %v2009 fastmath<contract> : f32
                  %v2060 = arith.negf %v2059 : f32
                  llvm.store %v2060, %v29 : f32, !llvm.ptr
                }
                %v2061 = arith.addi %v183, %v397 : i64
                %v2062 = arith.cmpi slt, %v889, %v1770 : i32
                %v2063 = arith.cmpi eq, %v889, %v1775 : i32
                scf.if %v2062 {
                  %v2064 = arith.addi %v57, %v2061 : i64
                  %v2065 = llvm.load %v24 : !llvm.ptr -> f32
                  %v2066 = llvm.load %v25 : !llvm.ptr -> f32
                  %v2067 = arith.muli %v22, %v116 : i64
                  %v2068 = arith.muli %v20, %v115 : i64
                  %v2069 = arith.addi %v2067, %v2068 : i64
                  %v2070 = arith.muli %v2064, %v1 : i64
                  %v2071 = arith.addi %v2069, %v2070 : i64
                  %v2072 = llvm.getelementptr %dy_y[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2073 = llvm.load %v2072 : !llvm.ptr -> f32
                  %v2074 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2075 = arith.mulf %v2074, %v2065 fastmath<contract> : f32
                  %v2076 = arith.addf %v2073, %v2075 fastmath<contract> : f32
                  %v2077 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2078 = arith.mulf %v2077, %v2066 fastmath<contract> : f32
                  %v2079 = arith.addf %v2078, %v2076 fastmath<contract> : f32
                  %v2080 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2081 = arith.mulf %v2080, %v2066 fastmath<contract> : f32
                  %v2082 = arith.addf %v30, %v2081 fastmath<contract> : f32
                  %v2083 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2084 = arith.mulf %v2083, %v2065 fastmath<contract> : f32
                  %v2085 = arith.addf %v2084, %v2082 fastmath<contract> : f32
                  llvm.store %v2079, %v24 : f32, !llvm.ptr
                  llvm.store %v2085, %v25 : f32, !llvm.ptr
                  %v2086 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2087 = arith.muli %v22, %v116 : i64
                    %v2088 = arith.muli %v20, %v115 : i64
                    %v2089 = arith.addi %v2087, %v2088 : i64
                    %v2090 = arith.muli %v2064, %v1 : i64
                    %v2091 = arith.addi %v2089, %v2090 : i64
                    %v2092 = llvm.getelementptr %dx_x[%v2091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2086, %v2092 : f32, !llvm.ptr
                  }
                  %v2093 = arith.muli %v22, %v116 : i64
                  %v2094 = arith.muli %v20, %v115 : i64
                  %v2095 = arith.addi %v2093, %v2094 : i64
                  %v2096 = arith.muli %v2064, %v1 : i64
                  %v2097 = arith.addi %v2095, %v2096 : i64
                  %v2098 = llvm.getelementptr %in_rho[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
                  %v2100 = arith.negf %v2099 : f32
                  %v2101 = arith.mulf %v2100, %v125 fastmath<contract> : f32
                  %v2102 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2101) : (f32) -> f32
                  %v2103 = arith.addf %v31, %v2102 fastmath<contract> : f32
                  %v2104 = arith.divf %v31, %v2103 : f32
                  %v2105 = arith.mulf %v1576, %v2086 fastmath<contract> : f32
                  %v2106 = arith.negf %v2105 : f32
                  %v2107 = arith.mulf %v2104, %v2106 fastmath<contract> : f32
                  %v2108 = arith.addf %v2107, %v2107 fastmath<contract> : f32
                  %v2109 = arith.muli %v22, %v116 : i64
                  %v2110 = arith.muli %v20, %v115 : i64
                  %v2111 = arith.addi %v2109, %v2110 : i64
                  %v2112 = arith.muli %v2064, %v1 : i64
                  %v2113 = arith.addi %v2111, %v2112 : i64
                  %v2114 = llvm.getelementptr %in_theta[%v2113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2115 = llvm.load %v2114 : !llvm.ptr -> f32
                  %v2116 = arith.mulf %v2115, %v138 fastmath<contract> : f32
                  %v2117 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2116) : (f32) -> f32
                  %v2118 = arith.mulf %v2117, %v141 fastmath<contract> : f32
                  %v2119 = arith.subf %v2115, %v2118 fastmath<contract> : f32
                  %v2120 = arith.mulf %v2117, %v142 fastmath<contract> : f32
                  %v2121 = arith.subf %v2119, %v2120 fastmath<contract> : f32
                  %v2122 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2121) : (f32) -> f32
                  %v2123 = arith.mulf %v1572, %v2086 fastmath<contract> : f32
                  %v2124 = arith.mulf %v2122, %v2123 fastmath<contract> : f32
                  %v2125 = arith.mulf %v114, %v2124 fastmath<contract> : f32
                  %v2126 = arith.addf %v2108, %v2125 fastmath<contract> : f32
                  %v2127 = arith.subf %v31, %v2104 fastmath<contract> : f32
                  %v2128 = arith.mulf %v2104, %v2127 fastmath<contract> : f32
                  %v2129 = arith.mulf %v2126, %v2128 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2130 = arith.muli %v22, %v116 : i64
                    %v2131 = arith.muli %v20, %v115 : i64
                    %v2132 = arith.addi %v2130, %v2131 : i64
                    %v2133 = arith.muli %v2064, %v1 : i64
                    %v2134 = arith.addi %v2132, %v2133 : i64
                    %v2135 = llvm.getelementptr %dx_rho[%v2134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2129, %v2135 : f32, !llvm.ptr
                  }
                  %v2136 = arith.mulf %v114, %v2104 fastmath<contract> : f32
                  %v2137 = arith.mulf %v2136, %v2123 fastmath<contract> : f32
                  %v2138 = arith.mulf %v2115, %v138 fastmath<contract> : f32
                  %v2139 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2138) : (f32) -> f32
                  %v2140 = arith.mulf %v2139, %v141 fastmath<contract> : f32
                  %v2141 = arith.subf %v2115, %v2140 fastmath<contract> : f32
                  %v2142 = arith.mulf %v2139, %v142 fastmath<contract> : f32
                  %v2143 = arith.subf %v2141, %v2142 fastmath<contract> : f32
                  %v2144 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2143) : (f32) -> f32
                  %v2145 = arith.negf %v2144 : f32
                  %v2146 = arith.mulf %v2137, %v2145 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2147 = arith.muli %v22, %v116 : i64
                    %v2148 = arith.muli %v20, %v115 : i64
                    %v2149 = arith.addi %v2147, %v2148 : i64
                    %v2150 = arith.muli %v2064, %v1 : i64
                    %v2151 = arith.addi %v2149, %v2150 : i64
                    %v2152 = llvm.getelementptr %dx_theta[%v2151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2146, %v2152 : f32, !llvm.ptr
                  }
                  %v2153 = arith.mulf %v2136, %v2122 fastmath<contract> : f32
                  llvm.store %v2153, %v26 : f32, !llvm.ptr
                  llvm.store %v31, %v28 : f32, !llvm.ptr
                  llvm.store %v30, %v27 : f32, !llvm.ptr
                  %v2154 = arith.mulf %v2104, %v2104 fastmath<contract> : f32
                  %v2155 = arith.negf %v2154 : f32
                  llvm.store %v2155, %v29 : f32, !llvm.ptr
                }
                %v2156 = arith.addi %v183, %v348 : i64
                %v2157 = arith.cmpi slt, %v985, %v1770 : i32
                %v2158 = arith.cmpi eq, %v985, %v1775 : i32
                scf.if %v2157 {
                  %v2159 = arith.addi %v57, %v2156 : i64
                  %v2160 = llvm.load %v24 : !llvm.ptr -> f32
                  %v2161 = llvm.load %v25 : !llvm.ptr -> f32
                  %v2162 = arith.muli %v22, %v116 : i64
                  %v2163 = arith.muli %v20, %v115 : i64
                  %v2164 = arith.addi %v2162, %v2163 : i64
                  %v2165 = arith.muli %v2159, %v1 : i64
                  %v2166 = arith.addi %v2164, %v2165 : i64
                  %v2167 = llvm.getelementptr %dy_y[%v2166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2168 = llvm.load %v2167 : !llvm.ptr -> f32
                  %v2169 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2170 = arith.mulf %v2169, %v2160 fastmath<contract> : f32
                  %v2171 = arith.addf %v2168, %v2170 fastmath<contract> : f32
                  %v2172 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2173 = arith.mulf %v2172, %v2161 fastmath<contract> : f32
                  %v2174 = arith.addf %v2173, %v2171 fastmath<contract> : f32
                  %v2175 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2176 = arith.mulf %v2175, %v2161 fastmath<contract> : f32
                  %v2177 = arith.addf %v30, %v2176 fastmath<contract> : f32
                  %v2178 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2179 = arith.mulf %v2178, %v2160 fastmath<contract> : f32
                  %v2180 = arith.addf %v2179, %v2177 fastmath<contract> : f32
                  llvm.store %v2174, %v24 : f32, !llvm.ptr
                  llvm.store %v2180, %v25 : f32, !llvm.ptr
                  %v2181 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2182 = arith.muli %v22, %v116 : i64
                    %v2183 = arith.muli %v20, %v115 : i64
                    %v2184 = arith.addi %v2182, %v2183 : i64
                    %v2185 = arith.muli %v2159, %v1 : i64
                    %v2186 = arith.addi %v2184, %v2185 : i64
                    %v2187 = llvm.getelementptr %dx_x[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2181, %v2187 : f32, !llvm.ptr
                  }
                  %v2188 = arith.muli %v22, %v116 : i64
                  %v2189 = arith.muli %v20, %v115 : i64
                  %v2190 = arith.addi %v2188, %v2189 : i64
                  %v2191 = arith.muli %v2159, %v1 : i64
                  %v2192 = arith.addi %v2190, %v2191 : i64
                  %v2193 = llvm.getelementptr %in_rho[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2194 = llvm.load %v2193 : !llvm.ptr -> f32
                  %v2195 = arith.negf %v2194 : f32
                  %v2196 = arith.mulf %v2195, %v125 fastmath<contract> : f32
                  %v2197 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2196) : (f32) -> f32
                  %v2198 = arith.addf %v31, %v2197 fastmath<contract> : f32
                  %v2199 = arith.divf %v31, %v2198 : f32
                  %v2200 = arith.mulf %v1528, %v2181 fastmath<contract> : f32
                  %v2201 = arith.negf %v2200 : f32
                  %v2202 = arith.mulf %v2199, %v2201 fastmath<contract> : f32
                  %v2203 = arith.addf %v2202, %v2202 fastmath<contract> : f32
                  %v2204 = arith.muli %v22, %v116 : i64
                  %v2205 = arith.muli %v20, %v115 : i64
                  %v2206 = arith.addi %v2204, %v2205 : i64
                  %v2207 = arith.muli %v2159, %v1 : i64
                  %v2208 = arith.addi %v2206, %v2207 : i64
                  %v2209 = llvm.getelementptr %in_theta[%v2208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2210 = llvm.load %v2209 : !llvm.ptr -> f32
                  %v2211 = arith.mulf %v2210, %v138 fastmath<contract> : f32
                  %v2212 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2211) : (f32) -> f32
                  %v2213 = arith.mulf %v2212, %v141 fastmath<contract> : f32
                  %v2214 = arith.subf %v2210, %v2213 fastmath<contract> : f32
                  %v2215 = arith.mulf %v2212, %v142 fastmath<contract> : f32
                  %v2216 = arith.subf %v2214, %v2215 fastmath<contract> : f32
                  %v2217 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2216) : (f32) -> f32
                  %v2218 = arith.mulf %v1524, %v2181 fastmath<contract> : f32
                  %v2219 = arith.mulf %v2217, %v2218 fastmath<contract> : f32
                  %v2220 = arith.mulf %v114, %v2219 fastmath<contract> : f32
                  %v2221 = arith.addf %v2203, %v2220 fastmath<contract> : f32
                  %v2222 = arith.subf %v31, %v2199 fastmath<contract> : f32
                  %v2223 = arith.mulf %v2199, %v2222 fastmath<contract> : f32
                  %v2224 = arith.mulf %v2221, %v2223 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2225 = arith.muli %v22, %v116 : i64
                    %v2226 = arith.muli %v20, %v115 : i64
                    %v2227 = arith.addi %v2225, %v2226 : i64
                    %v2228 = arith.muli %v2159, %v1 : i64
                    %v2229 = arith.addi %v2227, %v2228 : i64
                    %v2230 = llvm.getelementptr %dx_rho[%v2229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2224, %v2230 : f32, !llvm.ptr
                  }
                  %v2231 = arith.mulf %v114, %v2199 fastmath<contract> : f32
                  %v2232 = arith.mulf %v2231, %v2218 fastmath<contract> : f32
                  %v2233 = arith.mulf %v2210, %v138 fastmath<contract> : f32
                  %v2234 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2233) : (f32) -> f32
                  %v2235 = arith.mulf %v2234, %v141 fastmath<contract> : f32
                  %v2236 = arith.subf %v2210, %v2235 fastmath<contract> : f32
                  %v2237 = arith.mulf %v2234, %v142 fastmath<contract> : f32
                  %v2238 = arith.subf %v2236, %v2237 fastmath<contract> : f32
                  %v2239 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2238) : (f32) -> f32
                  %v2240 = arith.negf %v2239 : f32
                  %v2241 = arith.mulf %v2232, %v2240 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2242 = arith.muli %v22, %v116 : i64
                    %v2243 = arith.muli %v20, %v115 : i64
                    %v2244 = arith.addi %v2242, %v2243 : i64
                    %v2245 = arith.muli %v2159, %v1 : i64
                    %v2246 = arith.addi %v2244, %v2245 : i64
                    %v2247 = llvm.getelementptr %dx_theta[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2241, %v2247 : f32, !llvm.ptr
                  }
                  %v2248 = arith.mulf %v2231, %v2217 fastmath<contract> : f32
                  llvm.store %v2248, %v26 : f32, !llvm.ptr
                  llvm.store %v31, %v28 : f32, !llvm.ptr
                  llvm.store %v30, %v27 : f32, !llvm.ptr
                  %v2249 = arith.mulf %v2199, %v2199 fastmath<contract> : f32
                  %v2250 = arith.negf %v2249 : f32
                  llvm.store %v2250, %v29 : f32, !llvm.ptr
                }
                %v2251 = arith.addi %v183, %v299 : i64
                %v2252 = arith.cmpi slt, %v1081, %v1770 : i32
                %v2253 = arith.cmpi eq, %v1081, %v1775 : i32
                scf.if %v2252 {
                  %v2254 = arith.addi %v57, %v2251 : i64
                  %v2255 = llvm.load %v24 : !llvm.ptr -> f32
                  %v2256 = llvm.load %v25 : !llvm.ptr -> f32
                  %v2257 = arith.muli %v22, %v116 : i64
                  %v2258 = arith.muli %v20, %v115 : i64
                  %v2259 = arith.addi %v2257, %v2258 : i64
                  %v2260 = arith.muli %v2254, %v1 : i64
                  %v2261 = arith.addi %v2259, %v2260 : i64
                  %v2262 = llvm.getelementptr %dy_y[%v2261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2263 = llvm.load %v2262 : !llvm.ptr -> f32
                  %v2264 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2265 = arith.mulf %v2264, %v2255 fastmath<contract> : f32
                  %v2266 = arith.addf %v2263, %v2265 fastmath<contract> : f32
                  %v2267 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2268 = arith.mulf %v2267, %v2256 fastmath<contract> : f32
                  %v2269 = arith.addf %v2268, %v2266 fastmath<contract> : f32
                  %v2270 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2271 = arith.mulf %v2270, %v2256 fastmath<contract> : f32
                  %v2272 = arith.addf %v30, %v2271 fastmath<contract> : f32
                  %v2273 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2274 = arith.mulf %v2273, %v2255 fastmath<contract> : f32
                  %v2275 = arith.addf %v2274, %v2272 fastmath<contract> : f32
                  llvm.store %v2269, %v24 : f32, !llvm.ptr
                  llvm.store %v2275, %v25 : f32, !llvm.ptr
                  %v2276 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2277 = arith.muli %v22, %v116 : i64
                    %v2278 = arith.muli %v20, %v115 : i64
                    %v2279 = arith.addi %v2277, %v2278 : i64
                    %v2280 = arith.muli %v2254, %v1 : i64
                    %v2281 = arith.addi %v2279, %v2280 : i64
                    %v2282 = llvm.getelementptr %dx_x[%v2281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2276, %v2282 : f32, !llvm.ptr
                  }
                  %v2283 = arith.muli %v22, %v116 : i64
                  %v2284 = arith.muli %v20, %v115 : i64
                  %v2285 = arith.addi %v2283, %v2284 : i64
                  %v2286 = arith.muli %v2254, %v1 : i64
                  %v2287 = arith.addi %v2285, %v2286 : i64
                  %v2288 = llvm.getelementptr %in_rho[%v2287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2289 = llvm.load %v2288 : !llvm.ptr -> f32
                  %v2290 = arith.negf %v2289 : f32
                  %v2291 = arith.mulf %v2290, %v125 fastmath<contract> : f32
                  %v2292 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2291) : (f32) -> f32
                  %v2293 = arith.addf %v31, %v2292 fastmath<contract> : f32
                  %v2294 = arith.divf %v31, %v2293 : f32
                  %v2295 = arith.mulf %v1480, %v2276 fastmath<contract> : f32
                  %v2296 = arith.negf %v2295 : f32
                  %v2297 = arith.mulf %v2294, %v2296 fastmath<contract> : f32
                  %v2298 = arith.addf %v2297, %v2297 fastmath<contract> : f32
                  %v2299 = arith.muli %v22, %v116 : i64
                  %v2300 = arith.muli %v20, %v115 : i64
                  %v2301 = arith.addi %v2299, %v2300 : i64
                  %v2302 = arith.muli %v2254, %v1 : i64
                  %v2303 = arith.addi %v2301, %v2302 : i64
                  %v2304 = llvm.getelementptr %in_theta[%v2303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2305 = llvm.load %v2304 : !llvm.ptr -> f32
                  %v2306 = arith.mulf %v2305, %v138 fastmath<contract> : f32
                  %v2307 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2306) : (f32) -> f32
                  %v2308 = arith.mulf %v2307, %v141 fastmath<contract> : f32
                  %v2309 = arith.subf %v2305, %v2308 fastmath<contract> : f32
                  %v2310 = arith.mulf %v2307, %v142 fastmath<contract> : f32
                  %v2311 = arith.subf %v2309, %v2310 fastmath<contract> : f32
                  %v2312 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2311) : (f32) -> f32
                  %v2313 = arith.mulf %v1476, %v2276 fastmath<contract> : f32
                  %v2314 = arith.mulf %v2312, %v2313 fastmath<contract> : f32
                  %v2315 = arith.mulf %v114, %v2314 fastmath<contract> : f32
                  %v2316 = arith.addf %v2298, %v2315 fastmath<contract> : f32
                  %v2317 = arith.subf %v31, %v2294 fastmath<contract> : f32
                  %v2318 = arith.mulf %v2294, %v2317 fastmath<contract> : f32
                  %v2319 = arith.mulf %v2316, %v2318 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2320 = arith.muli %v22, %v116 : i64
                    %v2321 = arith.muli %v20, %v115 : i64
                    %v2322 = arith.addi %v2320, %v2321 : i64
                    %v2323 = arith.muli %v2254, %v1 : i64
                    %v2324 = arith.addi %v2322, %v2323 : i64
                    %v2325 = llvm.getelementptr %dx_rho[%v2324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2319, %v2325 : f32, !llvm.ptr
                  }
                  %v2326 = arith.mulf %v114, %v2294 fastmath<contract> : f32
                  %v2327 = arith.mulf %v2326, %v2313 fastmath<contract> : f32
                  %v2328 = arith.mulf %v2305, %v138 fastmath<contract> : f32
                  %v2329 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2328) : (f32) -> f32
                  %v2330 = arith.mulf %v2329, %v141 fastmath<contract> : f32
                  %v2331 = arith.subf %v2305, %v2330 fastmath<contract> : f32
                  %v2332 = arith.mulf %v2329, %v142 fastmath<contract> : f32
                  %v2333 = arith.subf %v2331, %v2332 fastmath<contract> : f32
                  %v2334 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2333) : (f32) -> f32
                  %v2335 = arith.negf %v2334 : f32
                  %v2336 = arith.mulf %v2327, %v2335 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2337 = arith.muli %v22, %v116 : i64
                    %v2338 = arith.muli %v20, %v115 : i64
                    %v2339 = arith.addi %v2337, %v2338 : i64
                    %v2340 = arith.muli %v2254, %v1 : i64
                    %v2341 = arith.addi %v2339, %v2340 : i64
                    %v2342 = llvm.getelementptr %dx_theta[%v2341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2336, %v2342 : f32, !llvm.ptr
                  }
                  %v2343 = arith.mulf %v2326, %v2312 fastmath<contract> : f32
                  llvm.store %v2343, %v26 : f32, !llvm.ptr
                  llvm.store %v31, %v28 : f32, !llvm.ptr
                  llvm.store %v30, %v27 : f32, !llvm.ptr
                  %v2344 = arith.mulf %v2294, %v2294 fastmath<contract> : f32
                  %v2345 = arith.negf %v2344 : f32
                  llvm.store %v2345, %v29 : f32, !llvm.ptr
                }
                %v2346 = arith.addi %v183, %v1 : i64
                %v2347 = arith.cmpi slt, %v1177, %v1770 : i32
                %v2348 = arith.cmpi eq, %v1177, %v1775 : i32
                scf.if %v2347 {
                  %v2349 = arith.addi %v57, %v2346 : i64
                  %v2350 = llvm.load %v24 : !llvm.ptr -> f32
                  %v2351 = llvm.load %v25 : !llvm.ptr -> f32
                  %v2352 = arith.muli %v22, %v116 : i64
                  %v2353 = arith.muli %v20, %v115 : i64
                  %v2354 = arith.addi %v2352, %v2353 : i64
                  %v2355 = arith.muli %v2349, %v1 : i64
                  %v2356 = arith.addi %v2354, %v2355 : i64
                  %v2357 = llvm.getelementptr %dy_y[%v2356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2358 = llvm.load %v2357 : !llvm.ptr -> f32
                  %v2359 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2360 = arith.mulf %v2359, %v2350 fastmath<contract> : f32
                  %v2361 = arith.addf %v2358, %v2360 fastmath<contract> : f32
                  %v2362 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2363 = arith.mulf %v2362, %v2351 fastmath<contract> : f32
                  %v2364 = arith.addf %v2363, %v2361 fastmath<contract> : f32
                  %v2365 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2366 = arith.mulf %v2365, %v2351 fastmath<contract> : f32
                  %v2367 = arith.addf %v30, %v2366 fastmath<contract> : f32
                  %v2368 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2369 = arith.mulf %v2368, %v2350 fastmath<contract> : f32
                  %v2370 = arith.addf %v2369, %v2367 fastmath<contract> : f32
                  llvm.store %v2364, %v24 : f32, !llvm.ptr
                  llvm.store %v2370, %v25 : f32, !llvm.ptr
                  %v2371 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2372 = arith.muli %v22, %v116 : i64
                    %v2373 = arith.muli %v20, %v115 : i64
                    %v2374 = arith.addi %v2372, %v2373 : i64
                    %v2375 = arith.muli %v2349, %v1 : i64
                    %v2376 = arith.addi %v2374, %v2375 : i64
                    %v2377 = llvm.getelementptr %dx_x[%v2376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2371, %v2377 : f32, !llvm.ptr
                  }
                  %v2378 = arith.muli %v22, %v116 : i64
                  %v2379 = arith.muli %v20, %v115 : i64
                  %v2380 = arith.addi %v2378, %v2379 : i64
                  %v2381 = arith.muli %v2349, %v1 : i64
                  %v2382 = arith.addi %v2380, %v2381 : i64
                  %v2383 = llvm.getelementptr %in_rho[%v2382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2384 = llvm.load %v2383 : !llvm.ptr -> f32
                  %v2385 = arith.negf %v2384 : f32
                  %v2386 = arith.mulf %v2385, %v125 fastmath<contract> : f32
                  %v2387 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2386) : (f32) -> f32
                  %v2388 = arith.addf %v31, %v2387 fastmath<contract> : f32
                  %v2389 = arith.divf %v31, %v2388 : f32
                  %v2390 = arith.mulf %v1432, %v2371 fastmath<contract> : f32
                  %v2391 = arith.negf %v2390 : f32
                  %v2392 = arith.mulf %v2389, %v2391 fastmath<contract> : f32
                  %v2393 = arith.addf %v2392, %v2392 fastmath<contract> : f32
                  %v2394 = arith.muli %v22, %v116 : i64
                  %v2395 = arith.muli %v20, %v115 : i64
                  %v2396 = arith.addi %v2394, %v2395 : i64
                  %v2397 = arith.muli %v2349, %v1 : i64
                  %v2398 = arith.addi %v2396, %v2397 : i64
                  %v2399 = llvm.getelementptr %in_theta[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2400 = llvm.load %v2399 : !llvm.ptr -> f32
                  %v2401 = arith.mulf %v2400, %v138 fastmath<contract> : f32
                  %v2402 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2401) : (f32) -> f32
                  %v2403 = arith.mulf %v2402, %v141 fastmath<contract> : f32
                  %v2404 = arith.subf %v2400, %v2403 fastmath<contract> : f32
                  %v2405 = arith.mulf %v2402, %v142 fastmath<contract> : f32
                  %v2406 = arith.subf %v2404, %v2405 fastmath<contract> : f32
                  %v2407 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2406) : (f32) -> f32
                  %v2408 = arith.mulf %v1428, %v2371 fastmath<contract> : f32
                  %v2409 = arith.mulf %v2407, %v2408 fastmath<contract> : f32
                  %v2410 = arith.mulf %v114, %v2409 fastmath<contract> : f32
                  %v2411 = arith.addf %v2393, %v2410 fastmath<contract> : f32
                  %v2412 = arith.subf %v31, %v2389 fastmath<contract> : f32
                  %v2413 = arith.mulf %v2389, %v2412 fastmath<contract> : f32
                  %v2414 = arith.mulf %v2411, %v2413 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2415 = arith.muli %v22, %v116 : i64
                    %v2416 = arith.muli %v20, %v115 : i64
                    %v2417 = arith.addi %v2415, %v2416 : i64
                    %v2418 = arith.muli %v2349, %v1 : i64
                    %v2419 = arith.addi %v2417, %v2418 : i64
                    %v2420 = llvm.getelementptr %dx_rho[%v2419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2414, %v2420 : f32, !llvm.ptr
                  }
                  %v2421 = arith.mulf %v114, %v2389 fastmath<contract> : f32
                  %v2422 = arith.mulf %v2421, %v2408 fastmath<contract> : f32
                  %v2423 = arith.mulf %v2400, %v138 fastmath<contract> : f32
                  %v2424 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2423) : (f32) -> f32
                  %v2425 = arith.mulf %v2424, %v141 fastmath<contract> : f32
                  %v2426 = arith.subf %v2400, %v2425 fastmath<contract> : f32
                  %v2427 = arith.mulf %v2424, %v142 fastmath<contract> : f32
                  %v2428 = arith.subf %v2426, %v2427 fastmath<contract> : f32
                  %v2429 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2428) : (f32) -> f32
                  %v2430 = arith.negf %v2429 : f32
                  %v2431 = arith.mulf %v2422, %v2430 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2432 = arith.muli %v22, %v116 : i64
                    %v2433 = arith.muli %v20, %v115 : i64
                    %v2434 = arith.addi %v2432, %v2433 : i64
                    %v2435 = arith.muli %v2349, %v1 : i64
                    %v2436 = arith.addi %v2434, %v2435 : i64
                    %v2437 = llvm.getelementptr %dx_theta[%v2436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2431, %v2437 : f32, !llvm.ptr
                  }
                  %v2438 = arith.mulf %v2421, %v2407 fastmath<contract> : f32
                  llvm.store %v2438, %v26 : f32, !llvm.ptr
                  llvm.store %v31, %v28 : f32, !llvm.ptr
                  llvm.store %v30, %v27 : f32, !llvm.ptr
                  %v2439 = arith.mulf %v2389, %v2389 fastmath<contract> : f32
                  %v2440 = arith.negf %v2439 : f32
                  llvm.store %v2440, %v29 : f32, !llvm.ptr
                }
                %v2441 = arith.addi %v183, %v40 : i64
                %v2442 = arith.cmpi slt, %v1273, %v1770 : i32
                %v2443 = arith.cmpi eq, %v1273, %v1775 : i32
                scf.if %v2442 {
                  %v2444 = arith.addi %v57, %v2441 : i64
                  %v2445 = llvm.load %v24 : !llvm.ptr -> f32
                  %v2446 = llvm.load %v25 : !llvm.ptr -> f32
                  %v2447 = arith.muli %v22, %v116 : i64
                  %v2448 = arith.muli %v20, %v115 : i64
                  %v2449 = arith.addi %v2447, %v2448 : i64
                  %v2450 = arith.muli %v2444, %v1 : i64
                  %v2451 = arith.addi %v2449, %v2450 : i64
                  %v2452 = llvm.getelementptr %dy_y[%v2451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2453 = llvm.load %v2452 : !llvm.ptr -> f32
                  %v2454 = llvm.load %v26 : !llvm.ptr -> f32
                  %v2455 = arith.mulf %v2454, %v2445 fastmath<contract> : f32
                  %v2456 = arith.addf %v2453, %v2455 fastmath<contract> : f32
                  %v2457 = llvm.load %v28 : !llvm.ptr -> f32
                  %v2458 = arith.mulf %v2457, %v2446 fastmath<contract> : f32
                  %v2459 = arith.addf %v2458, %v2456 fastmath<contract> : f32
                  %v2460 = llvm.load %v27 : !llvm.ptr -> f32
                  %v2461 = arith.mulf %v2460, %v2446 fastmath<contract> : f32
                  %v2462 = arith.addf %v30, %v2461 fastmath<contract> : f32
                  %v2463 = llvm.load %v29 : !llvm.ptr -> f32
                  %v2464 = arith.mulf %v2463, %v2445 fastmath<contract> : f32
                  %v2465 = arith.addf %v2464, %v2462 fastmath<contract> : f32
                  llvm.store %v2459, %v24 : f32, !llvm.ptr
                  llvm.store %v2465, %v25 : f32, !llvm.ptr
                  %v2466 = llvm.load %v24 : !llvm.ptr -> f32
                  scf.if %v17 {
                    %v2467 = arith.muli %v22, %v116 : i64
                    %v2468 = arith.muli %v20, %v115 : i64
                    %v2469 = arith.addi %v2467, %v2468 : i64
                    %v2470 = arith.muli %v2444, %v1 : i64
                    %v2471 = arith.addi %v2469, %v2470 : i64
                    %v2472 = llvm.getelementptr %dx_x[%v2471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2466, %v2472 : f32, !llvm.ptr
                  }
                  %v2473 = arith.muli %v22, %v116 : i64
                  %v2474 = arith.muli %v20, %v115 : i64
                  %v2475 = arith.addi %v2473, %v2474 : i64
                  %v2476 = arith.muli %v2444, %v1 : i64
                  %v2477 = arith.addi %v2475, %v2476 : i64
                  %v2478 = llvm.getelementptr %in_rho[%v2477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2479 = llvm.load %v2478 : !llvm.ptr -> f32
                  %v2480 = arith.negf %v2479 : f32
                  %v2481 = arith.mulf %v2480, %v125 fastmath<contract> : f32
                  %v2482 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2481) : (f32) -> f32
                  %v2483 = arith.addf %v31, %v2482 fastmath<contract> : f32
                  %v2484 = arith.divf %v31, %v2483 : f32
                  %v2485 = arith.mulf %v1384, %v2466 fastmath<contract> : f32
                  %v2486 = arith.negf %v2485 : f32
                  %v2487 = arith.mulf %v2484, %v2486 fastmath<contract> : f32
                  %v2488 = arith.addf %v2487, %v2487 fastmath<contract> : f32
                  %v2489 = arith.muli %v22, %v116 : i64
                  %v2490 = arith.muli %v20, %v115 : i64
                  %v2491 = arith.addi %v2489, %v2490 : i64
                  %v2492 = arith.muli %v2444, %v1 : i64
                  %v2493 = arith.addi %v2491, %v2492 : i64
                  %v2494 = llvm.getelementptr %in_theta[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
                  %v2496 = arith.mulf %v2495, %v138 fastmath<contract> : f32
                  %v2497 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2496) : (f32) -> f32
                  %v2498 = arith.mulf %v2497, %v141 fastmath<contract> : f32
                  %v2499 = arith.subf %v2495, %v2498 fastmath<contract> : f32
                  %v2500 = arith.mulf %v2497, %v142 fastmath<contract> : f32
                  %v2501 = arith.subf %v2499, %v2500 fastmath<contract> : f32
                  %v2502 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v2501) : (f32) -> f32
                  %v2503 = arith.mulf %v1376, %v2466 fastmath<contract> : f32
                  %v2504 = arith.mulf %v2502, %v2503 fastmath<contract> : f32
                  %v2505 = arith.mulf %v114, %v2504 fastmath<contract> : f32
                  %v2506 = arith.addf %v2488, %v2505 fastmath<contract> : f32
                  %v2507 = arith.subf %v31, %v2484 fastmath<contract> : f32
                  %v2508 = arith.mulf %v2484, %v2507 fastmath<contract> : f32
                  %v2509 = arith.mulf %v2506, %v2508 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2510 = arith.muli %v22, %v116 : i64
                    %v2511 = arith.muli %v20, %v115 : i64
                    %v2512 = arith.addi %v2510, %v2511 : i64
                    %v2513 = arith.muli %v2444, %v1 : i64
                    %v2514 = arith.addi %v2512, %v2513 : i64
                    %v2515 = llvm.getelementptr %dx_rho[%v2514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2509, %v2515 : f32, !llvm.ptr
                  }
                  %v2516 = arith.mulf %v114, %v2484 fastmath<contract> : f32
                  %v2517 = arith.mulf %v2516, %v2503 fastmath<contract> : f32
                  %v2518 = arith.mulf %v2495, %v138 fastmath<contract> : f32
                  %v2519 = llvm.call_intrinsic "llvm.roundeven.f32"(%v2518) : (f32) -> f32
                  %v2520 = arith.mulf %v2519, %v141 fastmath<contract> : f32
                  %v2521 = arith.subf %v2495, %v2520 fastmath<contract> : f32
                  %v2522 = arith.mulf %v2519, %v142 fastmath<contract> : f32
                  %v2523 = arith.subf %v2521, %v2522 fastmath<contract> : f32
                  %v2524 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v2523) : (f32) -> f32
                  %v2525 = arith.negf %v2524 : f32
                  %v2526 = arith.mulf %v2517, %v2525 fastmath<contract> : f32
                  scf.if %v17 {
                    %v2527 = arith.muli %v22, %v116 : i64
                    %v2528 = arith.muli %v20, %v115 : i64
                    %v2529 = arith.addi %v2527, %v2528 : i64
                    %v2530 = arith.muli %v2444, %v1 : i64
                    %v2531 = arith.addi %v2529, %v2530 : i64
                    %v2532 = llvm.getelementptr %dx_theta[%v2531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v2526, %v2532 : f32, !llvm.ptr
                  }
                  %v2533 = arith.mulf %v2516, %v2502 fastmath<contract> : f32
                  llvm.store %v2533, %v26 : f32, !llvm.ptr
                  llvm.store %v31, %v28 : f32, !llvm.ptr
                  llvm.store %v30, %v27 : f32, !llvm.ptr
                  %v2534 = arith.mulf %v2484, %v2484 fastmath<contract> : f32
                  %v2535 = arith.negf %v2534 : f32
                  llvm.store %v2535, %v29 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v2536 = arith.constant true
      scf.if %v2536 {
      }
      gpu.return
    }
  }
}
