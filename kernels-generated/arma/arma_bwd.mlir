module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_bwd(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %dy_y: !llvm.ptr, %dy_forecast: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_h_lag1: !llvm.ptr, %scratch_e_lag1: !llvm.ptr, %scratch_e_lag2: !llvm.ptr, %dx_e: !llvm.ptr, %dx_phi1: !llvm.ptr, %dx_phi2: !llvm.ptr, %part_theta1: !llvm.ptr, %part_theta2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 256 : i64
      %v30 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v45 = arith.constant 0x00000000 : f32
      %v46 = arith.constant 0x3F800000 : f32
      %v47 = arith.constant 0 : i64
      %v49 = arith.constant 64 : i64
      %v50 = arith.constant 4 : i64
      %v51 = arith.constant 3 : i64
      %v70 = arith.muli %v1, %size_B : i64
      %v71 = arith.muli %v70, %size_D : i64
      %v73 = arith.muli %v1, %size_D : i64
      %v80 = arith.muli %v1, %size_B : i64
      %v81 = arith.muli %v80, %size_D : i64
      %v89 = arith.muli %v1, %size_B : i64
      %v90 = arith.muli %v89, %size_D : i64
      %v98 = arith.muli %v1, %size_B : i64
      %v99 = arith.muli %v98, %size_D : i64
      %v156 = arith.muli %v1, %size_L : i64
      %v157 = arith.muli %v156, %size_D : i64
      %v357 = arith.constant 2 : i64
      %v459 = arith.constant 2147483647 : i64
      %v463 = arith.constant 3 : i32
      %v583 = arith.constant 2 : i32
      %v703 = arith.constant 1 : i32
      %v823 = arith.constant 0 : i32
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v21 = arith.muli %v19, %v20 : i64
      %v22 = arith.addi %v21, %v18 : i64
      %v23 = arith.cmpi slt, %v22, %v3 : i64
      %v24 = arith.subi %v3, %v1 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_D : i64
      %v27 = arith.divui %v25, %size_D : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      llvm.store %v45, %v30 : f32, !llvm.ptr
      llvm.store %v45, %v31 : f32, !llvm.ptr
      llvm.store %v45, %v32 : f32, !llvm.ptr
      llvm.store %v45, %v33 : f32, !llvm.ptr
      llvm.store %v46, %v34 : f32, !llvm.ptr
      llvm.store %v46, %v35 : f32, !llvm.ptr
      llvm.store %v46, %v36 : f32, !llvm.ptr
      llvm.store %v46, %v37 : f32, !llvm.ptr
      llvm.store %v45, %v38 : f32, !llvm.ptr
      llvm.store %v45, %v39 : f32, !llvm.ptr
      llvm.store %v45, %v40 : f32, !llvm.ptr
      llvm.store %v45, %v41 : f32, !llvm.ptr
      llvm.store %v45, %v42 : f32, !llvm.ptr
      llvm.store %v45, %v43 : f32, !llvm.ptr
      llvm.store %v45, %v44 : f32, !llvm.ptr
      %v48 = arith.cmpi eq, %size_L, %v47 : i64
      scf.if %v48 {
        llvm.store %v45, %v12 : f32, !llvm.ptr
        llvm.store %v45, %v13 : f32, !llvm.ptr
        llvm.store %v45, %v14 : f32, !llvm.ptr
        llvm.store %v45, %v15 : f32, !llvm.ptr
      }
      %v52 = arith.subi %v49, %v1 : i64
      %v53 = arith.addi %size_L, %v52 : i64
      %v54 = arith.divui %v53, %v49 : i64
      %v55 = arith.subi %v54, %v47 : i64
      %v56 = arith.maxsi %v55, %v47 : i64
      %v57 = arith.index_cast %v47 : i64 to index
      %v58 = arith.index_cast %v56 : i64 to index
      %v59 = arith.index_cast %v1 : i64 to index
      scf.for %v60 = %v57 to %v58 step %v59 {
        %v61 = arith.index_cast %v60 : index to i64
        %v62 = arith.subi %v54, %v1 : i64
        %v63 = arith.subi %v62, %v61 : i64
        %v64 = arith.muli %v63, %v49 : i64
        %v65 = arith.subi %size_L, %v64 : i64
        %v66 = arith.minsi %v65, %v49 : i64
        %v67 = arith.addi %v66, %v51 : i64
        %v68 = arith.divui %v67, %v50 : i64
        %v69 = arith.subi %v66, %v1 : i64
        %v72 = arith.muli %v63, %v71 : i64
        %v74 = arith.muli %v28, %v73 : i64
        %v75 = arith.muli %v26, %v1 : i64
        %v76 = arith.addi %v74, %v75 : i64
        %v77 = arith.addi %v72, %v76 : i64
        %v78 = llvm.getelementptr %ckpt_h[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v79 = llvm.load %v78 : !llvm.ptr -> f32
        llvm.store %v79, %v8 : f32, !llvm.ptr
        %v82 = arith.muli %v63, %v81 : i64
        %v83 = arith.muli %v28, %v73 : i64
        %v84 = arith.muli %v26, %v1 : i64
        %v85 = arith.addi %v83, %v84 : i64
        %v86 = arith.addi %v82, %v85 : i64
        %v87 = llvm.getelementptr %ckpt_h_lag1[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v88 = llvm.load %v87 : !llvm.ptr -> f32
        llvm.store %v88, %v9 : f32, !llvm.ptr
        %v91 = arith.muli %v63, %v90 : i64
        %v92 = arith.muli %v28, %v73 : i64
        %v93 = arith.muli %v26, %v1 : i64
        %v94 = arith.addi %v92, %v93 : i64
        %v95 = arith.addi %v91, %v94 : i64
        %v96 = llvm.getelementptr %ckpt_e_lag1[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v97 = llvm.load %v96 : !llvm.ptr -> f32
        llvm.store %v97, %v10 : f32, !llvm.ptr
        %v100 = arith.muli %v63, %v99 : i64
        %v101 = arith.muli %v28, %v73 : i64
        %v102 = arith.muli %v26, %v1 : i64
        %v103 = arith.addi %v101, %v102 : i64
        %v104 = arith.addi %v100, %v103 : i64
        %v105 = llvm.getelementptr %ckpt_e_lag2[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v106 = llvm.load %v105 : !llvm.ptr -> f32
        llvm.store %v106, %v11 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v107 = arith.index_cast %v47 : i64 to index
        %v108 = arith.index_cast %v68 : i64 to index
        %v109 = arith.index_cast %v1 : i64 to index
        scf.for %v110 = %v107 to %v108 step %v109 {
          %v111 = arith.index_cast %v110 : index to i64
          scf.if %v23 {
            %v112 = llvm.load %v8 : !llvm.ptr -> f32
            %v113 = arith.muli %v111, %v3 : i64
            %v114 = arith.subi %v3, %v1 : i64
            %v115 = arith.minsi %v22, %v114 : i64
            %v116 = arith.addi %v113, %v115 : i64
            %v117 = arith.muli %v116, %v1 : i64
            %v118 = arith.addi %v117, %v47 : i64
            %v119 = llvm.getelementptr %scratch_h[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v112, %v119 : f32, !llvm.ptr
            %v120 = llvm.load %v9 : !llvm.ptr -> f32
            %v121 = arith.muli %v111, %v3 : i64
            %v122 = arith.subi %v3, %v1 : i64
            %v123 = arith.minsi %v22, %v122 : i64
            %v124 = arith.addi %v121, %v123 : i64
            %v125 = arith.muli %v124, %v1 : i64
            %v126 = arith.addi %v125, %v47 : i64
            %v127 = llvm.getelementptr %scratch_h_lag1[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v120, %v127 : f32, !llvm.ptr
            %v128 = llvm.load %v10 : !llvm.ptr -> f32
            %v129 = arith.muli %v111, %v3 : i64
            %v130 = arith.subi %v3, %v1 : i64
            %v131 = arith.minsi %v22, %v130 : i64
            %v132 = arith.addi %v129, %v131 : i64
            %v133 = arith.muli %v132, %v1 : i64
            %v134 = arith.addi %v133, %v47 : i64
            %v135 = llvm.getelementptr %scratch_e_lag1[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v128, %v135 : f32, !llvm.ptr
            %v136 = llvm.load %v11 : !llvm.ptr -> f32
            %v137 = arith.muli %v111, %v3 : i64
            %v138 = arith.subi %v3, %v1 : i64
            %v139 = arith.minsi %v22, %v138 : i64
            %v140 = arith.addi %v137, %v139 : i64
            %v141 = arith.muli %v140, %v1 : i64
            %v142 = arith.addi %v141, %v47 : i64
            %v143 = llvm.getelementptr %scratch_e_lag2[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v136, %v143 : f32, !llvm.ptr
          }
          %v144 = arith.muli %v111, %v50 : i64
          %v145 = arith.subi %v66, %v144 : i64
          %v146 = arith.trunci %v145 : i64 to i32
          %v147 = arith.index_cast %v47 : i64 to index
          %v148 = arith.index_cast %v50 : i64 to index
          %v149 = arith.index_cast %v1 : i64 to index
          scf.for %v150 = %v147 to %v148 step %v149 {
            %v151 = arith.index_cast %v150 : index to i64
            %v152 = arith.trunci %v151 : i64 to i32
            %v153 = arith.addi %v144, %v151 : i64
            %v154 = arith.cmpi slt, %v152, %v146 : i32
            scf.if %v154 {
              %v155 = arith.addi %v64, %v153 : i64
              %v158 = arith.muli %v28, %v157 : i64
              %v159 = arith.muli %v26, %v156 : i64
              %v160 = arith.addi %v158, %v159 : i64
              %v161 = arith.muli %v155, %v1 : i64
              %v162 = arith.addi %v160, %v161 : i64
              %v163 = llvm.getelementptr %in_phi1[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v164 = llvm.load %v163 : !llvm.ptr -> f32
              %v165 = arith.muli %v28, %v157 : i64
              %v166 = arith.muli %v26, %v156 : i64
              %v167 = arith.addi %v165, %v166 : i64
              %v168 = arith.muli %v155, %v1 : i64
              %v169 = arith.addi %v167, %v168 : i64
              %v170 = llvm.getelementptr %in_e[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v171 = llvm.load %v170 : !llvm.ptr -> f32
              %v172 = llvm.load %v8 : !llvm.ptr -> f32
              %v173 = arith.mulf %v164, %v172 fastmath<contract> : f32
              %v174 = arith.addf %v173, %v171 fastmath<contract> : f32
              %v175 = arith.muli %v28, %v157 : i64
              %v176 = arith.muli %v26, %v156 : i64
              %v177 = arith.addi %v175, %v176 : i64
              %v178 = arith.muli %v155, %v1 : i64
              %v179 = arith.addi %v177, %v178 : i64
              %v180 = llvm.getelementptr %in_phi2[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v181 = llvm.load %v180 : !llvm.ptr -> f32
              %v182 = llvm.load %v9 : !llvm.ptr -> f32
              %v183 = arith.mulf %v181, %v182 fastmath<contract> : f32
              %v184 = arith.addf %v174, %v183 fastmath<contract> : f32
              %v185 = arith.muli %v26, %v1 : i64
              %v186 = llvm.getelementptr %in_theta1[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v187 = llvm.load %v186 : !llvm.ptr -> f32
              %v188 = llvm.load %v10 : !llvm.ptr -> f32
              %v189 = arith.mulf %v187, %v188 fastmath<contract> : f32
              %v190 = arith.addf %v184, %v189 fastmath<contract> : f32
              %v191 = arith.muli %v26, %v1 : i64
              %v192 = llvm.getelementptr %in_theta2[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v193 = llvm.load %v192 : !llvm.ptr -> f32
              %v194 = llvm.load %v11 : !llvm.ptr -> f32
              %v195 = arith.mulf %v193, %v194 fastmath<contract> : f32
              %v196 = arith.addf %v190, %v195 fastmath<contract> : f32
              %v197 = llvm.load %v9 : !llvm.ptr -> f32
              %v198 = arith.mulf %v45, %v197 fastmath<contract> : f32
              %v199 = arith.addf %v198, %v45 fastmath<contract> : f32
              %v200 = llvm.load %v8 : !llvm.ptr -> f32
              %v201 = arith.mulf %v46, %v200 fastmath<contract> : f32
              %v202 = arith.addf %v199, %v201 fastmath<contract> : f32
              %v203 = llvm.load %v10 : !llvm.ptr -> f32
              %v204 = arith.mulf %v45, %v203 fastmath<contract> : f32
              %v205 = arith.addf %v204, %v171 fastmath<contract> : f32
              %v206 = llvm.load %v11 : !llvm.ptr -> f32
              %v207 = arith.mulf %v45, %v206 fastmath<contract> : f32
              %v208 = arith.addf %v207, %v45 fastmath<contract> : f32
              %v209 = llvm.load %v10 : !llvm.ptr -> f32
              %v210 = arith.mulf %v46, %v209 fastmath<contract> : f32
              %v211 = arith.addf %v208, %v210 fastmath<contract> : f32
              llvm.store %v196, %v8 : f32, !llvm.ptr
              llvm.store %v202, %v9 : f32, !llvm.ptr
              llvm.store %v205, %v10 : f32, !llvm.ptr
              llvm.store %v211, %v11 : f32, !llvm.ptr
            }
          }
        }
        %v212 = arith.index_cast %v47 : i64 to index
        %v213 = arith.index_cast %v1 : i64 to index
        %v214 = arith.index_cast %v1 : i64 to index
        scf.for %v215 = %v212 to %v213 step %v214 {
          %v216 = arith.index_cast %v215 : index to i64
          %v217 = arith.index_cast %v47 : i64 to index
          %v218 = arith.index_cast %v68 : i64 to index
          %v219 = arith.index_cast %v1 : i64 to index
          scf.for %v220 = %v217 to %v218 step %v219 {
            %v221 = arith.index_cast %v220 : index to i64
            %v222 = arith.cmpi slt, %v221, %v68 : i64
            scf.if %v222 {
              %v223 = arith.subi %v68, %v1 : i64
              %v224 = arith.subi %v223, %v221 : i64
              %v225 = arith.muli %v224, %v50 : i64
              %v226 = arith.addi %v225, %v50 : i64
              %v227 = arith.cmpi sle, %v226, %v66 : i64
              scf.if %v227 {
                %v228 = arith.subi %v66, %v1 : i64
                %v229 = arith.muli %v224, %v3 : i64
                %v230 = arith.subi %v3, %v1 : i64
                %v231 = arith.minsi %v22, %v230 : i64
                %v232 = arith.addi %v229, %v231 : i64
                %v233 = arith.muli %v232, %v1 : i64
                %v234 = arith.addi %v233, %v47 : i64
                %v235 = llvm.getelementptr %scratch_h[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v236 = llvm.load %v235 : !llvm.ptr -> f32
                %v237 = arith.muli %v224, %v3 : i64
                %v238 = arith.subi %v3, %v1 : i64
                %v239 = arith.minsi %v22, %v238 : i64
                %v240 = arith.addi %v237, %v239 : i64
                %v241 = arith.muli %v240, %v1 : i64
                %v242 = arith.addi %v241, %v47 : i64
                %v243 = llvm.getelementptr %scratch_h_lag1[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v244 = llvm.load %v243 : !llvm.ptr -> f32
                %v245 = arith.muli %v224, %v3 : i64
                %v246 = arith.subi %v3, %v1 : i64
                %v247 = arith.minsi %v22, %v246 : i64
                %v248 = arith.addi %v245, %v247 : i64
                %v249 = arith.muli %v248, %v1 : i64
                %v250 = arith.addi %v249, %v47 : i64
                %v251 = llvm.getelementptr %scratch_e_lag1[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v252 = llvm.load %v251 : !llvm.ptr -> f32
                %v253 = arith.muli %v224, %v3 : i64
                %v254 = arith.subi %v3, %v1 : i64
                %v255 = arith.minsi %v22, %v254 : i64
                %v256 = arith.addi %v253, %v255 : i64
                %v257 = arith.muli %v256, %v1 : i64
                %v258 = arith.addi %v257, %v47 : i64
                %v259 = llvm.getelementptr %scratch_e_lag2[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v260 = llvm.load %v259 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v261 = arith.addi %v225, %v47 : i64
                %v262 = arith.minsi %v261, %v228 : i64
                %v263 = arith.addi %v64, %v262 : i64
                %v264 = arith.muli %v28, %v157 : i64
                %v265 = arith.muli %v26, %v156 : i64
                %v266 = arith.addi %v264, %v265 : i64
                %v267 = arith.muli %v263, %v1 : i64
                %v268 = arith.addi %v266, %v267 : i64
                %v269 = llvm.getelementptr %in_phi1[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v270 = llvm.load %v269 : !llvm.ptr -> f32
                %v271 = arith.muli %v28, %v157 : i64
                %v272 = arith.muli %v26, %v156 : i64
                %v273 = arith.addi %v271, %v272 : i64
                %v274 = arith.muli %v263, %v1 : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = llvm.getelementptr %in_e[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v277 = llvm.load %v276 : !llvm.ptr -> f32
                %v278 = arith.mulf %v270, %v236 fastmath<contract> : f32
                %v279 = arith.addf %v278, %v277 fastmath<contract> : f32
                %v280 = arith.muli %v28, %v157 : i64
                %v281 = arith.muli %v26, %v156 : i64
                %v282 = arith.addi %v280, %v281 : i64
                %v283 = arith.muli %v263, %v1 : i64
                %v284 = arith.addi %v282, %v283 : i64
                %v285 = llvm.getelementptr %in_phi2[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v286 = llvm.load %v285 : !llvm.ptr -> f32
                %v287 = arith.mulf %v286, %v244 fastmath<contract> : f32
                %v288 = arith.addf %v279, %v287 fastmath<contract> : f32
                %v289 = arith.muli %v26, %v1 : i64
                %v290 = llvm.getelementptr %in_theta1[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v291 = llvm.load %v290 : !llvm.ptr -> f32
                %v292 = arith.mulf %v291, %v252 fastmath<contract> : f32
                %v293 = arith.addf %v288, %v292 fastmath<contract> : f32
                %v294 = arith.muli %v26, %v1 : i64
                %v295 = llvm.getelementptr %in_theta2[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v296 = llvm.load %v295 : !llvm.ptr -> f32
                %v297 = arith.mulf %v296, %v260 fastmath<contract> : f32
                %v298 = arith.addf %v293, %v297 fastmath<contract> : f32
                %v299 = arith.mulf %v45, %v244 fastmath<contract> : f32
                %v300 = arith.addf %v299, %v45 fastmath<contract> : f32
                %v301 = arith.mulf %v46, %v236 fastmath<contract> : f32
                %v302 = arith.addf %v300, %v301 fastmath<contract> : f32
                %v303 = arith.mulf %v45, %v252 fastmath<contract> : f32
                %v304 = arith.addf %v303, %v277 fastmath<contract> : f32
                %v305 = arith.mulf %v45, %v260 fastmath<contract> : f32
                %v306 = arith.addf %v305, %v45 fastmath<contract> : f32
                %v307 = arith.mulf %v46, %v252 fastmath<contract> : f32
                %v308 = arith.addf %v306, %v307 fastmath<contract> : f32
                %v309 = arith.addi %v225, %v1 : i64
                %v310 = arith.minsi %v309, %v228 : i64
                %v311 = arith.addi %v64, %v310 : i64
                %v312 = arith.muli %v28, %v157 : i64
                %v313 = arith.muli %v26, %v156 : i64
                %v314 = arith.addi %v312, %v313 : i64
                %v315 = arith.muli %v311, %v1 : i64
                %v316 = arith.addi %v314, %v315 : i64
                %v317 = llvm.getelementptr %in_phi1[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v318 = llvm.load %v317 : !llvm.ptr -> f32
                %v319 = arith.muli %v28, %v157 : i64
                %v320 = arith.muli %v26, %v156 : i64
                %v321 = arith.addi %v319, %v320 : i64
                %v322 = arith.muli %v311, %v1 : i64
                %v323 = arith.addi %v321, %v322 : i64
                %v324 = llvm.getelementptr %in_e[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v325 = llvm.load %v324 : !llvm.ptr -> f32
                %v326 = arith.mulf %v318, %v298 fastmath<contract> : f32
                %v327 = arith.addf %v326, %v325 fastmath<contract> : f32
                %v328 = arith.muli %v28, %v157 : i64
                %v329 = arith.muli %v26, %v156 : i64
                %v330 = arith.addi %v328, %v329 : i64
                %v331 = arith.muli %v311, %v1 : i64
                %v332 = arith.addi %v330, %v331 : i64
                %v333 = llvm.getelementptr %in_phi2[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = arith.mulf %v334, %v302 fastmath<contract> : f32
                %v336 = arith.addf %v327, %v335 fastmath<contract> : f32
                %v337 = arith.muli %v26, %v1 : i64
                %v338 = llvm.getelementptr %in_theta1[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v339 = llvm.load %v338 : !llvm.ptr -> f32
                %v340 = arith.mulf %v339, %v304 fastmath<contract> : f32
                %v341 = arith.addf %v336, %v340 fastmath<contract> : f32
                %v342 = arith.muli %v26, %v1 : i64
                %v343 = llvm.getelementptr %in_theta2[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v344 = llvm.load %v343 : !llvm.ptr -> f32
                %v345 = arith.mulf %v344, %v308 fastmath<contract> : f32
                %v346 = arith.addf %v341, %v345 fastmath<contract> : f32
                %v347 = arith.mulf %v45, %v302 fastmath<contract> : f32
                %v348 = arith.addf %v347, %v45 fastmath<contract> : f32
                %v349 = arith.mulf %v46, %v298 fastmath<contract> : f32
                %v350 = arith.addf %v348, %v349 fastmath<contract> : f32
                %v351 = arith.mulf %v45, %v304 fastmath<contract> : f32
                %v352 = arith.addf %v351, %v325 fastmath<contract> : f32
                %v353 = arith.mulf %v45, %v308 fastmath<contract> : f32
                %v354 = arith.addf %v353, %v45 fastmath<contract> : f32
                %v355 = arith.mulf %v46, %v304 fastmath<contract> : f32
                %v356 = arith.addf %v354, %v355 fastmath<contract> : f32
                %v358 = arith.addi %v225, %v357 : i64
                %v359 = arith.minsi %v358, %v228 : i64
                %v360 = arith.addi %v64, %v359 : i64
                %v361 = arith.muli %v28, %v157 : i64
                %v362 = arith.muli %v26, %v156 : i64
                %v363 = arith.addi %v361, %v362 : i64
                %v364 = arith.muli %v360, %v1 : i64
                %v365 = arith.addi %v363, %v364 : i64
                %v366 = llvm.getelementptr %in_phi1[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v367 = llvm.load %v366 : !llvm.ptr -> f32
                %v368 = arith.muli %v28, %v157 : i64
                %v369 = arith.muli %v26, %v156 : i64
                %v370 = arith.addi %v368, %v369 : i64
                %v371 = arith.muli %v360, %v1 : i64
                %v372 = arith.addi %v370, %v371 : i64
                %v373 = llvm.getelementptr %in_e[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v374 = llvm.load %v373 : !llvm.ptr -> f32
                %v375 = arith.mulf %v367, %v346 fastmath<contract> : f32
                %v376 = arith.addf %v375, %v374 fastmath<contract> : f32
                %v377 = arith.muli %v28, %v157 : i64
                %v378 = arith.muli %v26, %v156 : i64
                %v379 = arith.addi %v377, %v378 : i64
                %v380 = arith.muli %v360, %v1 : i64
                %v381 = arith.addi %v379, %v380 : i64
                %v382 = llvm.getelementptr %in_phi2[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v383 = llvm.load %v382 : !llvm.ptr -> f32
                %v384 = arith.mulf %v383, %v350 fastmath<contract> : f32
                %v385 = arith.addf %v376, %v384 fastmath<contract> : f32
                %v386 = arith.muli %v26, %v1 : i64
                %v387 = llvm.getelementptr %in_theta1[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v388 = llvm.load %v387 : !llvm.ptr -> f32
                %v389 = arith.mulf %v388, %v352 fastmath<contract> : f32
                %v390 = arith.addf %v385, %v389 fastmath<contract> : f32
                %v391 = arith.muli %v26, %v1 : i64
                %v392 = llvm.getelementptr %in_theta2[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v393 = llvm.load %v392 : !llvm.ptr -> f32
                %v394 = arith.mulf %v393, %v356 fastmath<contract> : f32
                %v395 = arith.addf %v390, %v394 fastmath<contract> : f32
                %v396 = arith.mulf %v45, %v350 fastmath<contract> : f32
                %v397 = arith.addf %v396, %v45 fastmath<contract> : f32
                %v398 = arith.mulf %v46, %v346 fastmath<contract> : f32
                %v399 = arith.addf %v397, %v398 fastmath<contract> : f32
                %v400 = arith.mulf %v45, %v352 fastmath<contract> : f32
                %v401 = arith.addf %v400, %v374 fastmath<contract> : f32
                %v402 = arith.mulf %v45, %v356 fastmath<contract> : f32
                %v403 = arith.addf %v402, %v45 fastmath<contract> : f32
                %v404 = arith.mulf %v46, %v352 fastmath<contract> : f32
                %v405 = arith.addf %v403, %v404 fastmath<contract> : f32
                %v406 = arith.addi %v225, %v51 : i64
                %v407 = arith.minsi %v406, %v228 : i64
                %v408 = arith.addi %v64, %v407 : i64
                %v409 = arith.muli %v28, %v157 : i64
                %v410 = arith.muli %v26, %v156 : i64
                %v411 = arith.addi %v409, %v410 : i64
                %v412 = arith.muli %v408, %v1 : i64
                %v413 = arith.addi %v411, %v412 : i64
                %v414 = llvm.getelementptr %in_phi1[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v415 = llvm.load %v414 : !llvm.ptr -> f32
                %v416 = arith.muli %v28, %v157 : i64
                %v417 = arith.muli %v26, %v156 : i64
                %v418 = arith.addi %v416, %v417 : i64
                %v419 = arith.muli %v408, %v1 : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = llvm.getelementptr %in_e[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                %v423 = arith.mulf %v415, %v395 fastmath<contract> : f32
                %v424 = arith.addf %v423, %v422 fastmath<contract> : f32
                %v425 = arith.muli %v28, %v157 : i64
                %v426 = arith.muli %v26, %v156 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.muli %v408, %v1 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = llvm.getelementptr %in_phi2[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.mulf %v431, %v399 fastmath<contract> : f32
                %v433 = arith.addf %v424, %v432 fastmath<contract> : f32
                %v434 = arith.muli %v26, %v1 : i64
                %v435 = llvm.getelementptr %in_theta1[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v436 = llvm.load %v435 : !llvm.ptr -> f32
                %v437 = arith.mulf %v436, %v401 fastmath<contract> : f32
                %v438 = arith.addf %v433, %v437 fastmath<contract> : f32
                %v439 = arith.muli %v26, %v1 : i64
                %v440 = llvm.getelementptr %in_theta2[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v441 = llvm.load %v440 : !llvm.ptr -> f32
                %v442 = arith.mulf %v441, %v405 fastmath<contract> : f32
                %v443 = arith.addf %v438, %v442 fastmath<contract> : f32
                %v444 = arith.mulf %v45, %v399 fastmath<contract> : f32
                %v445 = arith.addf %v444, %v45 fastmath<contract> : f32
                %v446 = arith.mulf %v46, %v395 fastmath<contract> : f32
                %v447 = arith.addf %v445, %v446 fastmath<contract> : f32
                %v448 = arith.mulf %v45, %v401 fastmath<contract> : f32
                %v449 = arith.addf %v448, %v422 fastmath<contract> : f32
                %v450 = arith.mulf %v45, %v405 fastmath<contract> : f32
                %v451 = arith.addf %v450, %v45 fastmath<contract> : f32
                %v452 = arith.mulf %v46, %v401 fastmath<contract> : f32
                %v453 = arith.addf %v451, %v452 fastmath<contract> : f32
                %v454 = arith.subi %v66, %v225 : i64
                %v455 = arith.trunci %v454 : i64 to i32
                %v456 = arith.subi %size_L, %v1 : i64
                %v457 = arith.addi %v64, %v225 : i64
                %v458 = arith.subi %v456, %v457 : i64
                %v460 = arith.minsi %v458, %v459 : i64
                %v461 = arith.trunci %v460 : i64 to i32
                %v462 = arith.addi %v225, %v51 : i64
                %v464 = arith.cmpi slt, %v463, %v455 : i32
                %v465 = arith.cmpi eq, %v463, %v461 : i32
                %v466 = arith.addi %v64, %v462 : i64
                %v467 = llvm.load %v30 : !llvm.ptr -> f32
                %v468 = llvm.load %v31 : !llvm.ptr -> f32
                %v469 = llvm.load %v32 : !llvm.ptr -> f32
                %v470 = llvm.load %v33 : !llvm.ptr -> f32
                %v471 = arith.muli %v28, %v157 : i64
                %v472 = arith.muli %v26, %v156 : i64
                %v473 = arith.addi %v471, %v472 : i64
                %v474 = arith.muli %v466, %v1 : i64
                %v475 = arith.addi %v473, %v474 : i64
                %v476 = llvm.getelementptr %dy_y[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v477 = llvm.load %v476 : !llvm.ptr -> f32
                %v478 = arith.muli %v28, %v157 : i64
                %v479 = arith.muli %v26, %v156 : i64
                %v480 = arith.addi %v478, %v479 : i64
                %v481 = arith.muli %v466, %v1 : i64
                %v482 = arith.addi %v480, %v481 : i64
                %v483 = llvm.getelementptr %in_phi1[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v484 = llvm.load %v483 : !llvm.ptr -> f32
                %v485 = arith.muli %v28, %v157 : i64
                %v486 = arith.muli %v26, %v156 : i64
                %v487 = arith.addi %v485, %v486 : i64
                %v488 = arith.muli %v466, %v1 : i64
                %v489 = arith.addi %v487, %v488 : i64
                %v490 = llvm.getelementptr %dy_forecast[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v491 = llvm.load %v490 : !llvm.ptr -> f32
                %v492 = arith.mulf %v484, %v491 fastmath<contract> : f32
                %v493 = arith.addf %v477, %v492 fastmath<contract> : f32
                %v494 = llvm.load %v34 : !llvm.ptr -> f32
                %v495 = arith.mulf %v494, %v467 fastmath<contract> : f32
                %v496 = arith.addf %v493, %v495 fastmath<contract> : f32
                %v497 = llvm.load %v38 : !llvm.ptr -> f32
                %v498 = arith.mulf %v497, %v468 fastmath<contract> : f32
                %v499 = arith.addf %v498, %v496 fastmath<contract> : f32
                %v500 = arith.muli %v28, %v157 : i64
                %v501 = arith.muli %v26, %v156 : i64
                %v502 = arith.addi %v500, %v501 : i64
                %v503 = arith.muli %v466, %v1 : i64
                %v504 = arith.addi %v502, %v503 : i64
                %v505 = llvm.getelementptr %in_phi2[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v506 = llvm.load %v505 : !llvm.ptr -> f32
                %v507 = arith.mulf %v506, %v491 fastmath<contract> : f32
                %v508 = llvm.load %v35 : !llvm.ptr -> f32
                %v509 = arith.mulf %v508, %v468 fastmath<contract> : f32
                %v510 = arith.addf %v507, %v509 fastmath<contract> : f32
                %v511 = llvm.load %v39 : !llvm.ptr -> f32
                %v512 = arith.mulf %v511, %v467 fastmath<contract> : f32
                %v513 = arith.addf %v512, %v510 fastmath<contract> : f32
                %v514 = llvm.load %v36 : !llvm.ptr -> f32
                %v515 = arith.mulf %v514, %v469 fastmath<contract> : f32
                %v516 = arith.addf %v45, %v515 fastmath<contract> : f32
                %v517 = llvm.load %v40 : !llvm.ptr -> f32
                %v518 = llvm.load %v41 : !llvm.ptr -> f32
                %v519 = arith.mulf %v517, %v467 fastmath<contract> : f32
                %v520 = arith.addf %v519, %v516 fastmath<contract> : f32
                %v521 = arith.mulf %v518, %v470 fastmath<contract> : f32
                %v522 = arith.addf %v521, %v520 fastmath<contract> : f32
                %v523 = arith.muli %v26, %v1 : i64
                %v524 = llvm.getelementptr %in_theta2[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v525 = llvm.load %v524 : !llvm.ptr -> f32
                %v526 = arith.mulf %v525, %v491 fastmath<contract> : f32
                %v527 = llvm.load %v37 : !llvm.ptr -> f32
                %v528 = arith.mulf %v527, %v470 fastmath<contract> : f32
                %v529 = arith.addf %v526, %v528 fastmath<contract> : f32
                %v530 = llvm.load %v42 : !llvm.ptr -> f32
                %v531 = arith.mulf %v530, %v467 fastmath<contract> : f32
                %v532 = arith.addf %v531, %v529 fastmath<contract> : f32
                llvm.store %v499, %v30 : f32, !llvm.ptr
                llvm.store %v513, %v31 : f32, !llvm.ptr
                llvm.store %v522, %v32 : f32, !llvm.ptr
                llvm.store %v532, %v33 : f32, !llvm.ptr
                %v533 = llvm.load %v30 : !llvm.ptr -> f32
                %v534 = llvm.load %v32 : !llvm.ptr -> f32
                %v535 = arith.addf %v533, %v534 fastmath<contract> : f32
                %v536 = arith.muli %v26, %v1 : i64
                %v537 = llvm.getelementptr %in_theta1[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v538 = llvm.load %v537 : !llvm.ptr -> f32
                %v539 = arith.mulf %v538, %v491 fastmath<contract> : f32
                %v540 = arith.addf %v535, %v539 fastmath<contract> : f32
                scf.if %v23 {
                  %v541 = arith.muli %v28, %v157 : i64
                  %v542 = arith.muli %v26, %v156 : i64
                  %v543 = arith.addi %v541, %v542 : i64
                  %v544 = arith.muli %v466, %v1 : i64
                  %v545 = arith.addi %v543, %v544 : i64
                  %v546 = llvm.getelementptr %dx_e[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v540, %v546 : f32, !llvm.ptr
                }
                %v547 = arith.mulf %v395, %v533 fastmath<contract> : f32
                %v548 = arith.mulf %v443, %v491 fastmath<contract> : f32
                %v549 = arith.addf %v547, %v548 fastmath<contract> : f32
                scf.if %v23 {
                  %v550 = arith.muli %v28, %v157 : i64
                  %v551 = arith.muli %v26, %v156 : i64
                  %v552 = arith.addi %v550, %v551 : i64
                  %v553 = arith.muli %v466, %v1 : i64
                  %v554 = arith.addi %v552, %v553 : i64
                  %v555 = llvm.getelementptr %dx_phi1[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v549, %v555 : f32, !llvm.ptr
                }
                %v556 = arith.mulf %v399, %v533 fastmath<contract> : f32
                %v557 = arith.mulf %v447, %v491 fastmath<contract> : f32
                %v558 = arith.addf %v556, %v557 fastmath<contract> : f32
                scf.if %v23 {
                  %v559 = arith.muli %v28, %v157 : i64
                  %v560 = arith.muli %v26, %v156 : i64
                  %v561 = arith.addi %v559, %v560 : i64
                  %v562 = arith.muli %v466, %v1 : i64
                  %v563 = arith.addi %v561, %v562 : i64
                  %v564 = llvm.getelementptr %dx_phi2[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v558, %v564 : f32, !llvm.ptr
                }
                %v565 = arith.mulf %v401, %v533 fastmath<contract> : f32
                %v566 = arith.muli %v28, %v157 : i64
                %v567 = arith.muli %v26, %v156 : i64
                %v568 = arith.addi %v566, %v567 : i64
                %v569 = arith.muli %v466, %v1 : i64
                %v570 = arith.addi %v568, %v569 : i64
                %v571 = llvm.getelementptr %in_e[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v572 = llvm.load %v571 : !llvm.ptr -> f32
                %v573 = arith.mulf %v572, %v491 fastmath<contract> : f32
                %v574 = arith.addf %v565, %v573 fastmath<contract> : f32
                %v575 = llvm.load %v43 : !llvm.ptr -> f32
                %v576 = arith.addf %v575, %v574 fastmath<contract> : f32
                llvm.store %v576, %v43 : f32, !llvm.ptr
                %v577 = arith.mulf %v405, %v533 fastmath<contract> : f32
                %v578 = arith.mulf %v453, %v491 fastmath<contract> : f32
                %v579 = arith.addf %v577, %v578 fastmath<contract> : f32
                %v580 = llvm.load %v44 : !llvm.ptr -> f32
                %v581 = arith.addf %v580, %v579 fastmath<contract> : f32
                llvm.store %v581, %v44 : f32, !llvm.ptr
                llvm.store %v484, %v34 : f32, !llvm.ptr
                llvm.store %v46, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v35 : f32, !llvm.ptr
                llvm.store %v506, %v39 : f32, !llvm.ptr
                llvm.store %v45, %v36 : f32, !llvm.ptr
                llvm.store %v538, %v40 : f32, !llvm.ptr
                llvm.store %v46, %v41 : f32, !llvm.ptr
                llvm.store %v45, %v37 : f32, !llvm.ptr
                llvm.store %v525, %v42 : f32, !llvm.ptr
                %v582 = arith.addi %v225, %v357 : i64
                %v584 = arith.cmpi slt, %v583, %v455 : i32
                %v585 = arith.cmpi eq, %v583, %v461 : i32
                %v586 = arith.addi %v64, %v582 : i64
                %v587 = llvm.load %v30 : !llvm.ptr -> f32
                %v588 = llvm.load %v31 : !llvm.ptr -> f32
                %v589 = llvm.load %v32 : !llvm.ptr -> f32
                %v590 = llvm.load %v33 : !llvm.ptr -> f32
                %v591 = arith.muli %v28, %v157 : i64
                %v592 = arith.muli %v26, %v156 : i64
                %v593 = arith.addi %v591, %v592 : i64
                %v594 = arith.muli %v586, %v1 : i64
                %v595 = arith.addi %v593, %v594 : i64
                %v596 = llvm.getelementptr %dy_y[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v597 = llvm.load %v596 : !llvm.ptr -> f32
                %v598 = arith.muli %v28, %v157 : i64
                %v599 = arith.muli %v26, %v156 : i64
                %v600 = arith.addi %v598, %v599 : i64
                %v601 = arith.muli %v586, %v1 : i64
                %v602 = arith.addi %v600, %v601 : i64
                %v603 = llvm.getelementptr %in_phi1[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v604 = llvm.load %v603 : !llvm.ptr -> f32
                %v605 = arith.muli %v28, %v157 : i64
                %v606 = arith.muli %v26, %v156 : i64
                %v607 = arith.addi %v605, %v606 : i64
                %v608 = arith.muli %v586, %v1 : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = llvm.getelementptr %dy_forecast[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v611 = llvm.load %v610 : !llvm.ptr -> f32
                %v612 = arith.mulf %v604, %v611 fastmath<contract> : f32
                %v613 = arith.addf %v597, %v612 fastmath<contract> : f32
                %v614 = llvm.load %v34 : !llvm.ptr -> f32
                %v615 = arith.mulf %v614, %v587 fastmath<contract> : f32
                %v616 = arith.addf %v613, %v615 fastmath<contract> : f32
                %v617 = llvm.load %v38 : !llvm.ptr -> f32
                %v618 = arith.mulf %v617, %v588 fastmath<contract> : f32
                %v619 = arith.addf %v618, %v616 fastmath<contract> : f32
                %v620 = arith.muli %v28, %v157 : i64
                %v621 = arith.muli %v26, %v156 : i64
                %v622 = arith.addi %v620, %v621 : i64
                %v623 = arith.muli %v586, %v1 : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = llvm.getelementptr %in_phi2[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v626 = llvm.load %v625 : !llvm.ptr -> f32
                %v627 = arith.mulf %v626, %v611 fastmath<contract> : f32
                %v628 = llvm.load %v35 : !llvm.ptr -> f32
                %v629 = arith.mulf %v628, %v588 fastmath<contract> : f32
                %v630 = arith.addf %v627, %v629 fastmath<contract> : f32
                %v631 = llvm.load %v39 : !llvm.ptr -> f32
                %v632 = arith.mulf %v631, %v587 fastmath<contract> : f32
                %v633 = arith.addf %v632, %v630 fastmath<contract> : f32
                %v634 = llvm.load %v36 : !llvm.ptr -> f32
                %v635 = arith.mulf %v634, %v589 fastmath<contract> : f32
                %v636 = arith.addf %v45, %v635 fastmath<contract> : f32
                %v637 = llvm.load %v40 : !llvm.ptr -> f32
                %v638 = llvm.load %v41 : !llvm.ptr -> f32
                %v639 = arith.mulf %v637, %v587 fastmath<contract> : f32
                %v640 = arith.addf %v639, %v636 fastmath<contract> : f32
                %v641 = arith.mulf %v638, %v590 fastmath<contract> : f32
                %v642 = arith.addf %v641, %v640 fastmath<contract> : f32
                %v643 = arith.muli %v26, %v1 : i64
                %v644 = llvm.getelementptr %in_theta2[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v645 = llvm.load %v644 : !llvm.ptr -> f32
                %v646 = arith.mulf %v645, %v611 fastmath<contract> : f32
                %v647 = llvm.load %v37 : !llvm.ptr -> f32
                %v648 = arith.mulf %v647, %v590 fastmath<contract> : f32
                %v649 = arith.addf %v646, %v648 fastmath<contract> : f32
                %v650 = llvm.load %v42 : !llvm.ptr -> f32
                %v651 = arith.mulf %v650, %v587 fastmath<contract> : f32
                %v652 = arith.addf %v651, %v649 fastmath<contract> : f32
                llvm.store %v619, %v30 : f32, !llvm.ptr
                llvm.store %v633, %v31 : f32, !llvm.ptr
                llvm.store %v642, %v32 : f32, !llvm.ptr
                llvm.store %v652, %v33 : f32, !llvm.ptr
                %v653 = llvm.load %v30 : !llvm.ptr -> f32
                %v654 = llvm.load %v32 : !llvm.ptr -> f32
                %v655 = arith.addf %v653, %v654 fastmath<contract> : f32
                %v656 = arith.muli %v26, %v1 : i64
                %v657 = llvm.getelementptr %in_theta1[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v658 = llvm.load %v657 : !llvm.ptr -> f32
                %v659 = arith.mulf %v658, %v611 fastmath<contract> : f32
                %v660 = arith.addf %v655, %v659 fastmath<contract> : f32
                scf.if %v23 {
                  %v661 = arith.muli %v28, %v157 : i64
                  %v662 = arith.muli %v26, %v156 : i64
                  %v663 = arith.addi %v661, %v662 : i64
                  %v664 = arith.muli %v586, %v1 : i64
                  %v665 = arith.addi %v663, %v664 : i64
                  %v666 = llvm.getelementptr %dx_e[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v660, %v666 : f32, !llvm.ptr
                }
                %v667 = arith.mulf %v346, %v653 fastmath<contract> : f32
                %v668 = arith.mulf %v395, %v611 fastmath<contract> : f32
                %v669 = arith.addf %v667, %v668 fastmath<contract> : f32
                scf.if %v23 {
                  %v670 = arith.muli %v28, %v157 : i64
                  %v671 = arith.muli %v26, %v156 : i64
                  %v672 = arith.addi %v670, %v671 : i64
                  %v673 = arith.muli %v586, %v1 : i64
                  %v674 = arith.addi %v672, %v673 : i64
                  %v675 = llvm.getelementptr %dx_phi1[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v669, %v675 : f32, !llvm.ptr
                }
                %v676 = arith.mulf %v350, %v653 fastmath<contract> : f32
                %v677 = arith.mulf %v399, %v611 fastmath<contract> : f32
                %v678 = arith.addf %v676, %v677 fastmath<contract> : f32
                scf.if %v23 {
                  %v679 = arith.muli %v28, %v157 : i64
                  %v680 = arith.muli %v26, %v156 : i64
                  %v681 = arith.addi %v679, %v680 : i64
                  %v682 = arith.muli %v586, %v1 : i64
                  %v683 = arith.addi %v681, %v682 : i64
                  %v684 = llvm.getelementptr %dx_phi2[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v678, %v684 : f32, !llvm.ptr
                }
                %v685 = arith.mulf %v352, %v653 fastmath<contract> : f32
                %v686 = arith.muli %v28, %v157 : i64
                %v687 = arith.muli %v26, %v156 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = arith.muli %v586, %v1 : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = llvm.getelementptr %in_e[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v692 = llvm.load %v691 : !llvm.ptr -> f32
                %v693 = arith.mulf %v692, %v611 fastmath<contract> : f32
                %v694 = arith.addf %v685, %v693 fastmath<contract> : f32
                %v695 = llvm.load %v43 : !llvm.ptr -> f32
                %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
                llvm.store %v696, %v43 : f32, !llvm.ptr
                %v697 = arith.mulf %v356, %v653 fastmath<contract> : f32
                %v698 = arith.mulf %v405, %v611 fastmath<contract> : f32
                %v699 = arith.addf %v697, %v698 fastmath<contract> : f32
                %v700 = llvm.load %v44 : !llvm.ptr -> f32
                %v701 = arith.addf %v700, %v699 fastmath<contract> : f32
                llvm.store %v701, %v44 : f32, !llvm.ptr
                llvm.store %v604, %v34 : f32, !llvm.ptr
                llvm.store %v46, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v35 : f32, !llvm.ptr
                llvm.store %v626, %v39 : f32, !llvm.ptr
                llvm.store %v45, %v36 : f32, !llvm.ptr
                llvm.store %v658, %v40 : f32, !llvm.ptr
                llvm.store %v46, %v41 : f32, !llvm.ptr
                llvm.store %v45, %v37 : f32, !llvm.ptr
                llvm.store %v645, %v42 : f32, !llvm.ptr
                %v702 = arith.addi %v225, %v1 : i64
                %v704 = arith.cmpi slt, %v703, %v455 : i32
                %v705 = arith.cmpi eq, %v703, %v461 : i32
                %v706 = arith.addi %v64, %v702 : i64
                %v707 = llvm.load %v30 : !llvm.ptr -> f32
                %v708 = llvm.load %v31 : !llvm.ptr -> f32
                %v709 = llvm.load %v32 : !llvm.ptr -> f32
                %v710 = llvm.load %v33 : !llvm.ptr -> f32
                %v711 = arith.muli %v28, %v157 : i64
                %v712 = arith.muli %v26, %v156 : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = arith.muli %v706, %v1 : i64
                %v715 = arith.addi %v713, %v714 : i64
                %v716 = llvm.getelementptr %dy_y[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v717 = llvm.load %v716 : !llvm.ptr -> f32
                %v718 = arith.muli %v28, %v157 : i64
                %v719 = arith.muli %v26, %v156 : i64
                %v720 = arith.addi %v718, %v719 : i64
                %v721 = arith.muli %v706, %v1 : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = llvm.getelementptr %in_phi1[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v724 = llvm.load %v723 : !llvm.ptr -> f32
                %v725 = arith.muli %v28, %v157 : i64
                %v726 = arith.muli %v26, %v156 : i64
                %v727 = arith.addi %v725, %v726 : i64
                %v728 = arith.muli %v706, %v1 : i64
                %v729 = arith.addi %v727, %v728 : i64
                %v730 = llvm.getelementptr %dy_forecast[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v731 = llvm.load %v730 : !llvm.ptr -> f32
                %v732 = arith.mulf %v724, %v731 fastmath<contract> : f32
                %v733 = arith.addf %v717, %v732 fastmath<contract> : f32
                %v734 = llvm.load %v34 : !llvm.ptr -> f32
                %v735 = arith.mulf %v734, %v707 fastmath<contract> : f32
                %v736 = arith.addf %v733, %v735 fastmath<contract> : f32
                %v737 = llvm.load %v38 : !llvm.ptr -> f32
                %v738 = arith.mulf %v737, %v708 fastmath<contract> : f32
                %v739 = arith.addf %v738, %v736 fastmath<contract> : f32
                %v740 = arith.muli %v28, %v157 : i64
                %v741 = arith.muli %v26, %v156 : i64
                %v742 = arith.addi %v740, %v741 : i64
                %v743 = arith.muli %v706, %v1 : i64
                %v744 = arith.addi %v742, %v743 : i64
                %v745 = llvm.getelementptr %in_phi2[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v746 = llvm.load %v745 : !llvm.ptr -> f32
                %v747 = arith.mulf %v746, %v731 fastmath<contract> : f32
                %v748 = llvm.load %v35 : !llvm.ptr -> f32
                %v749 = arith.mulf %v748, %v708 fastmath<contract> : f32
                %v750 = arith.addf %v747, %v749 fastmath<contract> : f32
                %v751 = llvm.load %v39 : !llvm.ptr -> f32
                %v752 = arith.mulf %v751, %v707 fastmath<contract> : f32
                %v753 = arith.addf %v752, %v750 fastmath<contract> : f32
                %v754 = llvm.load %v36 : !llvm.ptr -> f32
                %v755 = arith.mulf %v754, %v709 fastmath<contract> : f32
                %v756 = arith.addf %v45, %v755 fastmath<contract> : f32
                %v757 = llvm.load %v40 : !llvm.ptr -> f32
                %v758 = llvm.load %v41 : !llvm.ptr -> f32
                %v759 = arith.mulf %v757, %v707 fastmath<contract> : f32
                %v760 = arith.addf %v759, %v756 fastmath<contract> : f32
                %v761 = arith.mulf %v758, %v710 fastmath<contract> : f32
                %v762 = arith.addf %v761, %v760 fastmath<contract> : f32
                %v763 = arith.muli %v26, %v1 : i64
                %v764 = llvm.getelementptr %in_theta2[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v765 = llvm.load %v764 : !llvm.ptr -> f32
                %v766 = arith.mulf %v765, %v731 fastmath<contract> : f32
                %v767 = llvm.load %v37 : !llvm.ptr -> f32
                %v768 = arith.mulf %v767, %v710 fastmath<contract> : f32
                %v769 = arith.addf %v766, %v768 fastmath<contract> : f32
                %v770 = llvm.load %v42 : !llvm.ptr -> f32
                %v771 = arith.mulf %v770, %v707 fastmath<contract> : f32
                %v772 = arith.addf %v771, %v769 fastmath<contract> : f32
                llvm.store %v739, %v30 : f32, !llvm.ptr
                llvm.store %v753, %v31 : f32, !llvm.ptr
                llvm.store %v762, %v32 : f32, !llvm.ptr
                llvm.store %v772, %v33 : f32, !llvm.ptr
                %v773 = llvm.load %v30 : !llvm.ptr -> f32
                %v774 = llvm.load %v32 : !llvm.ptr -> f32
                %v775 = arith.addf %v773, %v774 fastmath<contract> : f32
                %v776 = arith.muli %v26, %v1 : i64
                %v777 = llvm.getelementptr %in_theta1[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v778 = llvm.load %v777 : !llvm.ptr -> f32
                %v779 = arith.mulf %v778, %v731 fastmath<contract> : f32
                %v780 = arith.addf %v775, %v779 fastmath<contract> : f32
                scf.if %v23 {
                  %v781 = arith.muli %v28, %v157 : i64
                  %v782 = arith.muli %v26, %v156 : i64
                  %v783 = arith.addi %v781, %v782 : i64
                  %v784 = arith.muli %v706, %v1 : i64
                  %v785 = arith.addi %v783, %v784 : i64
                  %v786 = llvm.getelementptr %dx_e[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v780, %v786 : f32, !llvm.ptr
                }
                %v787 = arith.mulf %v298, %v773 fastmath<contract> : f32
                %v788 = arith.mulf %v346, %v731 fastmath<contract> : f32
                %v789 = arith.addf %v787, %v788 fastmath<contract> : f32
                scf.if %v23 {
                  %v790 = arith.muli %v28, %v157 : i64
                  %v791 = arith.muli %v26, %v156 : i64
                  %v792 = arith.addi %v790, %v791 : i64
                  %v793 = arith.muli %v706, %v1 : i64
                  %v794 = arith.addi %v792, %v793 : i64
                  %v795 = llvm.getelementptr %dx_phi1[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v789, %v795 : f32, !llvm.ptr
                }
                %v796 = arith.mulf %v302, %v773 fastmath<contract> : f32
                %v797 = arith.mulf %v350, %v731 fastmath<contract> : f32
                %v798 = arith.addf %v796, %v797 fastmath<contract> : f32
                scf.if %v23 {
                  %v799 = arith.muli %v28, %v157 : i64
                  %v800 = arith.muli %v26, %v156 : i64
                  %v801 = arith.addi %v799, %v800 : i64
                  %v802 = arith.muli %v706, %v1 : i64
                  %v803 = arith.addi %v801, %v802 : i64
                  %v804 = llvm.getelementptr %dx_phi2[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v798, %v804 : f32, !llvm.ptr
                }
                %v805 = arith.mulf %v304, %v773 fastmath<contract> : f32
                %v806 = arith.muli %v28, %v157 : i64
                %v807 = arith.muli %v26, %v156 : i64
                %v808 = arith.addi %v806, %v807 : i64
                %v809 = arith.muli %v706, %v1 : i64
                %v810 = arith.addi %v808, %v809 : i64
                %v811 = llvm.getelementptr %in_e[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v812 = llvm.load %v811 : !llvm.ptr -> f32
                %v813 = arith.mulf %v812, %v731 fastmath<contract> : f32
                %v814 = arith.addf %v805, %v813 fastmath<contract> : f32
                %v815 = llvm.load %v43 : !llvm.ptr -> f32
                %v816 = arith.addf %v815, %v814 fastmath<contract> : f32
                llvm.store %v816, %v43 : f32, !llvm.ptr
                %v817 = arith.mulf %v308, %v773 fastmath<contract> : f32
                %v818 = arith.mulf %v356, %v731 fastmath<contract> : f32
                %v819 = arith.addf %v817, %v818 fastmath<contract> : f32
                %v820 = llvm.load %v44 : !llvm.ptr -> f32
                %v821 = arith.addf %v820, %v819 fastmath<contract> : f32
                llvm.store %v821, %v44 : f32, !llvm.ptr
                llvm.store %v724, %v34 : f32, !llvm.ptr
                llvm.store %v46, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v35 : f32, !llvm.ptr
                llvm.store %v746, %v39 : f32, !llvm.ptr
                llvm.store %v45, %v36 : f32, !llvm.ptr
                llvm.store %v778, %v40 : f32, !llvm.ptr
                llvm.store %v46, %v41 : f32, !llvm.ptr
                llvm.store %v45, %v37 : f32, !llvm.ptr
                llvm.store %v765, %v42 : f32, !llvm.ptr
                %v822 = arith.addi %v225, %v47 : i64
                %v824 = arith.cmpi slt, %v823, %v455 : i32
                %v825 = arith.cmpi eq, %v823, %v461 : i32
                %v826 = arith.addi %v64, %v822 : i64
                %v827 = llvm.load %v30 : !llvm.ptr -> f32
                %v828 = llvm.load %v31 : !llvm.ptr -> f32
                %v829 = llvm.load %v32 : !llvm.ptr -> f32
                %v830 = llvm.load %v33 : !llvm.ptr -> f32
                %v831 = arith.muli %v28, %v157 : i64
                %v832 = arith.muli %v26, %v156 : i64
                %v833 = arith.addi %v831, %v832 : i64
                %v834 = arith.muli %v826, %v1 : i64
                %v835 = arith.addi %v833, %v834 : i64
                %v836 = llvm.getelementptr %dy_y[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v837 = llvm.load %v836 : !llvm.ptr -> f32
                %v838 = arith.muli %v28, %v157 : i64
                %v839 = arith.muli %v26, %v156 : i64
                %v840 = arith.addi %v838, %v839 : i64
                %v841 = arith.muli %v826, %v1 : i64
                %v842 = arith.addi %v840, %v841 : i64
                %v843 = llvm.getelementptr %in_phi1[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v844 = llvm.load %v843 : !llvm.ptr -> f32
                %v845 = arith.muli %v28, %v157 : i64
                %v846 = arith.muli %v26, %v156 : i64
                %v847 = arith.addi %v845, %v846 : i64
                %v848 = arith.muli %v826, %v1 : i64
                %v849 = arith.addi %v847, %v848 : i64
                %v850 = llvm.getelementptr %dy_forecast[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v851 = llvm.load %v850 : !llvm.ptr -> f32
                %v852 = arith.mulf %v844, %v851 fastmath<contract> : f32
                %v853 = arith.addf %v837, %v852 fastmath<contract> : f32
                %v854 = llvm.load %v34 : !llvm.ptr -> f32
                %v855 = arith.mulf %v854, %v827 fastmath<contract> : f32
                %v856 = arith.addf %v853, %v855 fastmath<contract> : f32
                %v857 = llvm.load %v38 : !llvm.ptr -> f32
                %v858 = arith.mulf %v857, %v828 fastmath<contract> : f32
                %v859 = arith.addf %v858, %v856 fastmath<contract> : f32
                %v860 = arith.muli %v28, %v157 : i64
                %v861 = arith.muli %v26, %v156 : i64
                %v862 = arith.addi %v860, %v861 : i64
                %v863 = arith.muli %v826, %v1 : i64
                %v864 = arith.addi %v862, %v863 : i64
                %v865 = llvm.getelementptr %in_phi2[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v866 = llvm.load %v865 : !llvm.ptr -> f32
                %v867 = arith.mulf %v866, %v851 fastmath<contract> : f32
                %v868 = llvm.load %v35 : !llvm.ptr -> f32
                %v869 = arith.mulf %v868, %v828 fastmath<contract> : f32
                %v870 = arith.addf %v867, %v869 fastmath<contract> : f32
                %v871 = llvm.load %v39 : !llvm.ptr -> f32
                %v872 = arith.mulf %v871, %v827 fastmath<contract> : f32
                %v873 = arith.addf %v872, %v870 fastmath<contract> : f32
                %v874 = llvm.load %v36 : !llvm.ptr -> f32
                %v875 = arith.mulf %v874, %v829 fastmath<contract> : f32
                %v876 = arith.addf %v45, %v875 fastmath<contract> : f32
                %v877 = llvm.load %v40 : !llvm.ptr -> f32
                %v878 = llvm.load %v41 : !llvm.ptr -> f32
                %v879 = arith.mulf %v877, %v827 fastmath<contract> : f32
                %v880 = arith.addf %v879, %v876 fastmath<contract> : f32
                %v881 = arith.mulf %v878, %v830 fastmath<contract> : f32
                %v882 = arith.addf %v881, %v880 fastmath<contract> : f32
                %v883 = arith.muli %v26, %v1 : i64
                %v884 = llvm.getelementptr %in_theta2[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v885 = llvm.load %v884 : !llvm.ptr -> f32
                %v886 = arith.mulf %v885, %v851 fastmath<contract> : f32
                %v887 = llvm.load %v37 : !llvm.ptr -> f32
                %v888 = arith.mulf %v887, %v830 fastmath<contract> : f32
                %v889 = arith.addf %v886, %v888 fastmath<contract> : f32
                %v890 = llvm.load %v42 : !llvm.ptr -> f32
                %v891 = arith.mulf %v890, %v827 fastmath<contract> : f32
                %v892 = arith.addf %v891, %v889 fastmath<contract> : f32
                llvm.store %v859, %v30 : f32, !llvm.ptr
                llvm.store %v873, %v31 : f32, !llvm.ptr
                llvm.store %v882, %v32 : f32, !llvm.ptr
                llvm.store %v892, %v33 : f32, !llvm.ptr
                %v893 = llvm.load %v30 : !llvm.ptr -> f32
                %v894 = llvm.load %v32 : !llvm.ptr -> f32
                %v895 = arith.addf %v893, %v894 fastmath<contract> : f32
                %v896 = arith.muli %v26, %v1 : i64
                %v897 = llvm.getelementptr %in_theta1[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v898 = llvm.load %v897 : !llvm.ptr -> f32
                %v899 = arith.mulf %v898, %v851 fastmath<contract> : f32
                %v900 = arith.addf %v895, %v899 fastmath<contract> : f32
                scf.if %v23 {
                  %v901 = arith.muli %v28, %v157 : i64
                  %v902 = arith.muli %v26, %v156 : i64
                  %v903 = arith.addi %v901, %v902 : i64
                  %v904 = arith.muli %v826, %v1 : i64
                  %v905 = arith.addi %v903, %v904 : i64
                  %v906 = llvm.getelementptr %dx_e[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v900, %v906 : f32, !llvm.ptr
                }
                %v907 = arith.mulf %v236, %v893 fastmath<contract> : f32
                %v908 = arith.mulf %v298, %v851 fastmath<contract> : f32
                %v909 = arith.addf %v907, %v908 fastmath<contract> : f32
                scf.if %v23 {
                  %v910 = arith.muli %v28, %v157 : i64
                  %v911 = arith.muli %v26, %v156 : i64
                  %v912 = arith.addi %v910, %v911 : i64
                  %v913 = arith.muli %v826, %v1 : i64
                  %v914 = arith.addi %v912, %v913 : i64
                  %v915 = llvm.getelementptr %dx_phi1[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v909, %v915 : f32, !llvm.ptr
                }
                %v916 = arith.mulf %v244, %v893 fastmath<contract> : f32
                %v917 = arith.mulf %v302, %v851 fastmath<contract> : f32
                %v918 = arith.addf %v916, %v917 fastmath<contract> : f32
                scf.if %v23 {
                  %v919 = arith.muli %v28, %v157 : i64
                  %v920 = arith.muli %v26, %v156 : i64
                  %v921 = arith.addi %v919, %v920 : i64
                  %v922 = arith.muli %v826, %v1 : i64
                  %v923 = arith.addi %v921, %v922 : i64
                  %v924 = llvm.getelementptr %dx_phi2[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v918, %v924 : f32, !llvm.ptr
                }
                %v925 = arith.mulf %v252, %v893 fastmath<contract> : f32
                %v926 = arith.muli %v28, %v157 : i64
                %v927 = arith.muli %v26, %v156 : i64
                %v928 = arith.addi %v926, %v927 : i64
                %v929 = arith.muli %v826, %v1 : i64
                %v930 = arith.addi %v928, %v929 : i64
                %v931 = llvm.getelementptr %in_e[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v932 = llvm.load %v931 : !llvm.ptr -> f32
                %v933 = arith.mulf %v932, %v851 fastmath<contract> : f32
                %v934 = arith.addf %v925, %v933 fastmath<contract> : f32
                %v935 = llvm.load %v43 : !llvm.ptr -> f32
                %v936 = arith.addf %v935, %v934 fastmath<contract> : f32
                llvm.store %v936, %v43 : f32, !llvm.ptr
                %v937 = arith.mulf %v260, %v893 fastmath<contract> : f32
                %v938 = arith.mulf %v308, %v851 fastmath<contract> : f32
                %v939 = arith.addf %v937, %v938 fastmath<contract> : f32
                %v940 = llvm.load %v44 : !llvm.ptr -> f32
                %v941 = arith.addf %v940, %v939 fastmath<contract> : f32
                llvm.store %v941, %v44 : f32, !llvm.ptr
                llvm.store %v844, %v34 : f32, !llvm.ptr
                llvm.store %v46, %v38 : f32, !llvm.ptr
                llvm.store %v45, %v35 : f32, !llvm.ptr
                llvm.store %v866, %v39 : f32, !llvm.ptr
                llvm.store %v45, %v36 : f32, !llvm.ptr
                llvm.store %v898, %v40 : f32, !llvm.ptr
                llvm.store %v46, %v41 : f32, !llvm.ptr
                llvm.store %v45, %v37 : f32, !llvm.ptr
                llvm.store %v885, %v42 : f32, !llvm.ptr
              } else {
                %v942 = arith.subi %v66, %v1 : i64
                %v943 = arith.muli %v224, %v3 : i64
                %v944 = arith.subi %v3, %v1 : i64
                %v945 = arith.minsi %v22, %v944 : i64
                %v946 = arith.addi %v943, %v945 : i64
                %v947 = arith.muli %v946, %v1 : i64
                %v948 = arith.addi %v947, %v47 : i64
                %v949 = llvm.getelementptr %scratch_h[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v950 = llvm.load %v949 : !llvm.ptr -> f32
                %v951 = arith.muli %v224, %v3 : i64
                %v952 = arith.subi %v3, %v1 : i64
                %v953 = arith.minsi %v22, %v952 : i64
                %v954 = arith.addi %v951, %v953 : i64
                %v955 = arith.muli %v954, %v1 : i64
                %v956 = arith.addi %v955, %v47 : i64
                %v957 = llvm.getelementptr %scratch_h_lag1[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v958 = llvm.load %v957 : !llvm.ptr -> f32
                %v959 = arith.muli %v224, %v3 : i64
                %v960 = arith.subi %v3, %v1 : i64
                %v961 = arith.minsi %v22, %v960 : i64
                %v962 = arith.addi %v959, %v961 : i64
                %v963 = arith.muli %v962, %v1 : i64
                %v964 = arith.addi %v963, %v47 : i64
                %v965 = llvm.getelementptr %scratch_e_lag1[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v966 = llvm.load %v965 : !llvm.ptr -> f32
                %v967 = arith.muli %v224, %v3 : i64
                %v968 = arith.subi %v3, %v1 : i64
                %v969 = arith.minsi %v22, %v968 : i64
                %v970 = arith.addi %v967, %v969 : i64
                %v971 = arith.muli %v970, %v1 : i64
                %v972 = arith.addi %v971, %v47 : i64
                %v973 = llvm.getelementptr %scratch_e_lag2[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v974 = llvm.load %v973 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v975 = arith.addi %v225, %v47 : i64
                %v976 = arith.minsi %v975, %v942 : i64
                %v977 = arith.addi %v64, %v976 : i64
                %v978 = arith.muli %v28, %v157 : i64
                %v979 = arith.muli %v26, %v156 : i64
                %v980 = arith.addi %v978, %v979 : i64
                %v981 = arith.muli %v977, %v1 : i64
                %v982 = arith.addi %v980, %v981 : i64
                %v983 = llvm.getelementptr %in_phi1[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v984 = llvm.load %v983 : !llvm.ptr -> f32
                %v985 = arith.muli %v28, %v157 : i64
                %v986 = arith.muli %v26, %v156 : i64
                %v987 = arith.addi %v985, %v986 : i64
                %v988 = arith.muli %v977, %v1 : i64
                %v989 = arith.addi %v987, %v988 : i64
                %v990 = llvm.getelementptr %in_e[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v991 = llvm.load %v990 : !llvm.ptr -> f32
                %v992 = arith.mulf %v984, %v950 fastmath<contract> : f32
                %v993 = arith.addf %v992, %v991 fastmath<contract> : f32
                %v994 = arith.muli %v28, %v157 : i64
                %v995 = arith.muli %v26, %v156 : i64
                %v996 = arith.addi %v994, %v995 : i64
                %v997 = arith.muli %v977, %v1 : i64
                %v998 = arith.addi %v996, %v997 : i64
                %v999 = llvm.getelementptr %in_phi2[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1000 = llvm.load %v999 : !llvm.ptr -> f32
                %v1001 = arith.mulf %v1000, %v958 fastmath<contract> : f32
                %v1002 = arith.addf %v993, %v1001 fastmath<contract> : f32
                %v1003 = arith.muli %v26, %v1 : i64
                %v1004 = llvm.getelementptr %in_theta1[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1005 = llvm.load %v1004 : !llvm.ptr -> f32
                %v1006 = arith.mulf %v1005, %v966 fastmath<contract> : f32
                %v1007 = arith.addf %v1002, %v1006 fastmath<contract> : f32
                %v1008 = arith.muli %v26, %v1 : i64
                %v1009 = llvm.getelementptr %in_theta2[%v1008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1010 = llvm.load %v1009 : !llvm.ptr -> f32
                %v1011 = arith.mulf %v1010, %v974 fastmath<contract> : f32
                %v1012 = arith.addf %v1007, %v1011 fastmath<contract> : f32
                %v1013 = arith.mulf %v45, %v958 fastmath<contract> : f32
                %v1014 = arith.addf %v1013, %v45 fastmath<contract> : f32
                %v1015 = arith.mulf %v46, %v950 fastmath<contract> : f32
                %v1016 = arith.addf %v1014, %v1015 fastmath<contract> : f32
                %v1017 = arith.mulf %v45, %v966 fastmath<contract> : f32
                %v1018 = arith.addf %v1017, %v991 fastmath<contract> : f32
                %v1019 = arith.mulf %v45, %v974 fastmath<contract> : f32
                %v1020 = arith.addf %v1019, %v45 fastmath<contract> : f32
                %v1021 = arith.mulf %v46, %v966 fastmath<contract> : f32
                %v1022 = arith.addf %v1020, %v1021 fastmath<contract> : f32
                %v1023 = arith.addi %v225, %v1 : i64
                %v1024 = arith.minsi %v1023, %v942 : i64
                %v1025 = arith.addi %v64, %v1024 : i64
                %v1026 = arith.muli %v28, %v157 : i64
                %v1027 = arith.muli %v26, %v156 : i64
                %v1028 = arith.addi %v1026, %v1027 : i64
                %v1029 = arith.muli %v1025, %v1 : i64
                %v1030 = arith.addi %v1028, %v1029 : i64
                %v1031 = llvm.getelementptr %in_phi1[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1032 = llvm.load %v1031 : !llvm.ptr -> f32
                %v1033 = arith.muli %v28, %v157 : i64
                %v1034 = arith.muli %v26, %v156 : i64
                %v1035 = arith.addi %v1033, %v1034 : i64
                %v1036 = arith.muli %v1025, %v1 : i64
                %v1037 = arith.addi %v1035, %v1036 : i64
                %v1038 = llvm.getelementptr %in_e[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
                %v1040 = arith.mulf %v1032, %v1012 fastmath<contract> : f32
                %v1041 = arith.addf %v1040, %v1039 fastmath<contract> : f32
                %v1042 = arith.muli %v28, %v157 : i64
                %v1043 = arith.muli %v26, %v156 : i64
                %v1044 = arith.addi %v1042, %v1043 : i64
                %v1045 = arith.muli %v1025, %v1 : i64
                %v1046 = arith.addi %v1044, %v1045 : i64
                %v1047 = llvm.getelementptr %in_phi2[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
                %v1049 = arith.mulf %v1048, %v1016 fastmath<contract> : f32
                %v1050 = arith.addf %v1041, %v1049 fastmath<contract> : f32
                %v1051 = arith.muli %v26, %v1 : i64
                %v1052 = llvm.getelementptr %in_theta1[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
                %v1054 = arith.mulf %v1053, %v1018 fastmath<contract> : f32
                %v1055 = arith.addf %v1050, %v1054 fastmath<contract> : f32
                %v1056 = arith.muli %v26, %v1 : i64
                %v1057 = llvm.getelementptr %in_theta2[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1058, %v1022 fastmath<contract> : f32
                %v1060 = arith.addf %v1055, %v1059 fastmath<contract> : f32
                %v1061 = arith.mulf %v45, %v1016 fastmath<contract> : f32
                %v1062 = arith.addf %v1061, %v45 fastmath<contract> : f32
                %v1063 = arith.mulf %v46, %v1012 fastmath<contract> : f32
                %v1064 = arith.addf %v1062, %v1063 fastmath<contract> : f32
                %v1065 = arith.mulf %v45, %v1018 fastmath<contract> : f32
                %v1066 = arith.addf %v1065, %v1039 fastmath<contract> : f32
                %v1067 = arith.mulf %v45, %v1022 fastmath<contract> : f32
                %v1068 = arith.addf %v1067, %v45 fastmath<contract> : f32
                %v1069 = arith.mulf %v46, %v1018 fastmath<contract> : f32
                %v1070 = arith.addf %v1068, %v1069 fastmath<contract> : f32
                %v1071 = arith.addi %v225, %v357 : i64
                %v1072 = arith.minsi %v1071, %v942 : i64
                %v1073 = arith.addi %v64, %v1072 : i64
                %v1074 = arith.muli %v28, %v157 : i64
                %v1075 = arith.muli %v26, %v156 : i64
                %v1076 = arith.addi %v1074, %v1075 : i64
                %v1077 = arith.muli %v1073, %v1 : i64
                %v1078 = arith.addi %v1076, %v1077 : i64
                %v1079 = llvm.getelementptr %in_phi1[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1080 = llvm.load %v1079 : !llvm.ptr -> f32
                %v1081 = arith.muli %v28, %v157 : i64
                %v1082 = arith.muli %v26, %v156 : i64
                %v1083 = arith.addi %v1081, %v1082 : i64
                %v1084 = arith.muli %v1073, %v1 : i64
                %v1085 = arith.addi %v1083, %v1084 : i64
                %v1086 = llvm.getelementptr %in_e[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
                %v1088 = arith.mulf %v1080, %v1060 fastmath<contract> : f32
                %v1089 = arith.addf %v1088, %v1087 fastmath<contract> : f32
                %v1090 = arith.muli %v28, %v157 : i64
                %v1091 = arith.muli %v26, %v156 : i64
                %v1092 = arith.addi %v1090, %v1091 : i64
                %v1093 = arith.muli %v1073, %v1 : i64
                %v1094 = arith.addi %v1092, %v1093 : i64
                %v1095 = llvm.getelementptr %in_phi2[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1096 = llvm.load %v1095 : !llvm.ptr -> f32
                %v1097 = arith.mulf %v1096, %v1064 fastmath<contract> : f32
                %v1098 = arith.addf %v1089, %v1097 fastmath<contract> : f32
                %v1099 = arith.muli %v26, %v1 : i64
                %v1100 = llvm.getelementptr %in_theta1[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1101 = llvm.load %v1100 : !llvm.ptr -> f32
                %v1102 = arith.mulf %v1101, %v1066 fastmath<contract> : f32
                %v1103 = arith.addf %v1098, %v1102 fastmath<contract> : f32
                %v1104 = arith.muli %v26, %v1 : i64
                %v1105 = llvm.getelementptr %in_theta2[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1106 = llvm.load %v1105 : !llvm.ptr -> f32
                %v1107 = arith.mulf %v1106, %v1070 fastmath<contract> : f32
                %v1108 = arith.addf %v1103, %v1107 fastmath<contract> : f32
                %v1109 = arith.mulf %v45, %v1064 fastmath<contract> : f32
                %v1110 = arith.addf %v1109, %v45 fastmath<contract> : f32
                %v1111 = arith.mulf %v46, %v1060 fastmath<contract> : f32
                %v1112 = arith.addf %v1110, %v1111 fastmath<contract> : f32
                %v1113 = arith.mulf %v45, %v1066 fastmath<contract> : f32
                %v1114 = arith.addf %v1113, %v1087 fastmath<contract> : f32
                %v1115 = arith.mulf %v45, %v1070 fastmath<contract> : f32
                %v1116 = arith.addf %v1115, %v45 fastmath<contract> : f32
                %v1117 = arith.mulf %v46, %v1066 fastmath<contract> : f32
                %v1118 = arith.addf %v1116, %v1117 fastmath<contract> : f32
                %v1119 = arith.addi %v225, %v51 : i64
                %v1120 = arith.minsi %v1119, %v942 : i64
                %v1121 = arith.addi %v64, %v1120 : i64
                %v1122 = arith.muli %v28, %v157 : i64
                %v1123 = arith.muli %v26, %v156 : i64
                %v1124 = arith.addi %v1122, %v1123 : i64
                %v1125 = arith.muli %v1121, %v1 : i64
                %v1126 = arith.addi %v1124, %v1125 : i64
                %v1127 = llvm.getelementptr %in_phi1[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1128 = llvm.load %v1127 : !llvm.ptr -> f32
                %v1129 = arith.muli %v28, %v157 : i64
                %v1130 = arith.muli %v26, %v156 : i64
                %v1131 = arith.addi %v1129, %v1130 : i64
                %v1132 = arith.muli %v1121, %v1 : i64
                %v1133 = arith.addi %v1131, %v1132 : i64
                %v1134 = llvm.getelementptr %in_e[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
                %v1136 = arith.mulf %v1128, %v1108 fastmath<contract> : f32
                %v1137 = arith.addf %v1136, %v1135 fastmath<contract> : f32
                %v1138 = arith.muli %v28, %v157 : i64
                %v1139 = arith.muli %v26, %v156 : i64
                %v1140 = arith.addi %v1138, %v1139 : i64
                %v1141 = arith.muli %v1121, %v1 : i64
                %v1142 = arith.addi %v1140, %v1141 : i64
                %v1143 = llvm.getelementptr %in_phi2[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
                %v1145 = arith.mulf %v1144, %v1112 fastmath<contract> : f32
                %v1146 = arith.addf %v1137, %v1145 fastmath<contract> : f32
                %v1147 = arith.muli %v26, %v1 : i64
                %v1148 = llvm.getelementptr %in_theta1[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                %v1150 = arith.mulf %v1149, %v1114 fastmath<contract> : f32
                %v1151 = arith.addf %v1146, %v1150 fastmath<contract> : f32
                %v1152 = arith.muli %v26, %v1 : i64
                %v1153 = llvm.getelementptr %in_theta2[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
                %v1155 = arith.mulf %v1154, %v1118 fastmath<contract> : f32
                %v1156 = arith.addf %v1151, %v1155 fastmath<contract> : f32
                %v1157 = arith.mulf %v45, %v1112 fastmath<contract> : f32
                %v1158 = arith.addf %v1157, %v45 fastmath<contract> : f32
                %v1159 = arith.mulf %v46, %v1108 fastmath<contract> : f32
                %v1160 = arith.addf %v1158, %v1159 fastmath<contract> : f32
                %v1161 = arith.mulf %v45, %v1114 fastmath<contract> : f32
                %v1162 = arith.addf %v1161, %v1135 fastmath<contract> : f32
                %v1163 = arith.mulf %v45, %v1118 fastmath<contract> : f32
                %v1164 = arith.addf %v1163, %v45 fastmath<contract> : f32
                %v1165 = arith.mulf %v46, %v1114 fastmath<contract> : f32
                %v1166 = arith.addf %v1164, %v1165 fastmath<contract> : f32
                %v1167 = arith.subi %v66, %v225 : i64
                %v1168 = arith.trunci %v1167 : i64 to i32
                %v1169 = arith.subi %size_L, %v1 : i64
                %v1170 = arith.addi %v64, %v225 : i64
                %v1171 = arith.subi %v1169, %v1170 : i64
                %v1172 = arith.minsi %v1171, %v459 : i64
                %v1173 = arith.trunci %v1172 : i64 to i32
                %v1174 = arith.addi %v225, %v51 : i64
                %v1175 = arith.cmpi slt, %v463, %v1168 : i32
                %v1176 = arith.cmpi eq, %v463, %v1173 : i32
                scf.if %v1175 {
                  %v1177 = arith.addi %v64, %v1174 : i64
                  %v1178 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1179 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1180 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1181 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1182 = arith.muli %v28, %v157 : i64
                  %v1183 = arith.muli %v26, %v156 : i64
                  %v1184 = arith.addi %v1182, %v1183 : i64
                  %v1185 = arith.muli %v1177, %v1 : i64
                  %v1186 = arith.addi %v1184, %v1185 : i64
                  %v1187 = llvm.getelementptr %dy_y[%v1186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1188 = llvm.load %v1187 : !llvm.ptr -> f32
                  %v1189 = arith.muli %v28, %v157 : i64
                  %v1190 = arith.muli %v26, %v156 : i64
                  %v1191 = arith.addi %v1189, %v1190 : i64
                  %v1192 = arith.muli %v1177, %v1 : i64
                  %v1193 = arith.addi %v1191, %v1192 : i64
                  %v1194 = llvm.getelementptr %in_phi1[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
                  %v1196 = arith.muli %v28, %v157 : i64
                  %v1197 = arith.muli %v26, %v156 : i64
                  %v1198 = arith.addi %v1196, %v1197 : i64
                  %v1199 = arith.muli %v1177, %v1 : i64
                  %v1200 = arith.addi %v1198, %v1199 : i64
                  %v1201 = llvm.getelementptr %dy_forecast[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
                  %v1203 = arith.mulf %v1195, %v1202 fastmath<contract> : f32
                  %v1204 = arith.addf %v1188, %v1203 fastmath<contract> : f32
                  %v1205 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1206 = arith.mulf %v1205, %v1178 fastmath<contract> : f32
                  %v1207 = arith.addf %v1204, %v1206 fastmath<contract> : f32
                  %v1208 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1209 = arith.mulf %v1208, %v1179 fastmath<contract> : f32
                  %v1210 = arith.addf %v1209, %v1207 fastmath<contract> : f32
                  %v1211 = arith.muli %v28, %v157 : i64
                  %v1212 = arith.muli %v26, %v156 : i64
                  %v1213 = arith.addi %v1211, %v1212 : i64
                  %v1214 = arith.muli %v1177, %v1 : i64
                  %v1215 = arith.addi %v1213, %v1214 : i64
                  %v1216 = llvm.getelementptr %in_phi2[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
                  %v1218 = arith.mulf %v1217, %v1202 fastmath<contract> : f32
                  %v1219 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1220 = arith.mulf %v1219, %v1179 fastmath<contract> : f32
                  %v1221 = arith.addf %v1218, %v1220 fastmath<contract> : f32
                  %v1222 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1223 = arith.mulf %v1222, %v1178 fastmath<contract> : f32
                  %v1224 = arith.addf %v1223, %v1221 fastmath<contract> : f32
                  %v1225 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1226 = arith.mulf %v1225, %v1180 fastmath<contract> : f32
                  %v1227 = arith.addf %v45, %v1226 fastmath<contract> : f32
                  %v1228 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1229 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1230 = arith.mulf %v1228, %v1178 fastmath<contract> : f32
                  %v1231 = arith.addf %v1230, %v1227 fastmath<contract> : f32
                  %v1232 = arith.mulf %v1229, %v1181 fastmath<contract> : f32
                  %v1233 = arith.addf %v1232, %v1231 fastmath<contract> : f32
                  %v1234 = arith.muli %v26, %v1 : i64
                  %v1235 = llvm.getelementptr %in_theta2[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1236 = llvm.load %v1235 : !llvm.ptr -> f32
                  %v1237 = arith.mulf %v1236, %v1202 fastmath<contract> : f32
                  %v1238 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1239 = arith.mulf %v1238, %v1181 fastmath<contract> : f32
                  %v1240 = arith.addf %v1237, %v1239 fastmath<contract> : f32
                  %v1241 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1242 = arith.mulf %v1241, %v1178 fastmath<contract> : f32
                  %v1243 = arith.addf %v1242, %v1240 fastmath<contract> : f32
                  llvm.store %v1210, %v30 : f32, !llvm.ptr
                  llvm.store %v1224, %v31 : f32, !llvm.ptr
                  llvm.store %v1233, %v32 : f32, !llvm.ptr
                  llvm.store %v1243, %v33 : f32, !llvm.ptr
                  %v1244 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1245 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1246 = arith.addf %v1244, %v1245 fastmath<contract> : f32
                  %v1247 = arith.muli %v26, %v1 : i64
                  %v1248 = llvm.getelementptr %in_theta1[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1249 = llvm.load %v1248 : !llvm.ptr -> f32
                  %v1250 = arith.mulf %v1249, %v1202 fastmath<contract> : f32
                  %v1251 = arith.addf %v1246, %v1250 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1252 = arith.muli %v28, %v157 : i64
                    %v1253 = arith.muli %v26, %v156 : i64
                    %v1254 = arith.addi %v1252, %v1253 : i64
                    %v1255 = arith.muli %v1177, %v1 : i64
                    %v1256 = arith.addi %v1254, %v1255 : i64
                    %v1257 = llvm.getelementptr %dx_e[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1251, %v1257 : f32, !llvm.ptr
                  }
                  %v1258 = arith.mulf %v1108, %v1244 fastmath<contract> : f32
                  %v1259 = arith.mulf %v1156, %v1202 fastmath<contract> : f32
                  %v1260 = arith.addf %v1258, %v1259 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1261 = arith.muli %v28, %v157 : i64
                    %v1262 = arith.muli %v26, %v156 : i64
                    %v1263 = arith.addi %v1261, %v1262 : i64
                    %v1264 = arith.muli %v1177, %v1 : i64
                    %v1265 = arith.addi %v1263, %v1264 : i64
                    %v1266 = llvm.getelementptr %dx_phi1[%v1265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1260, %v1266 : f32, !llvm.ptr
                  }
                  %v1267 = arith.mulf %v1112, %v1244 fastmath<contract> : f32
                  %v1268 = arith.mulf %v1160, %v1202 fastmath<contract> : f32
                  %v1269 = arith.addf %v1267, %v1268 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1270 = arith.muli %v28, %v157 : i64
                    %v1271 = arith.muli %v26, %v156 : i64
                    %v1272 = arith.addi %v1270, %v1271 : i64
                    %v1273 = arith.muli %v1177, %v1 : i64
                    %v1274 = arith.addi %v1272, %v1273 : i64
                    %v1275 = llvm.getelementptr %dx_phi2[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1269, %v1275 : f32, !llvm.ptr
                  }
                  %v1276 = arith.mulf %v1114, %v1244 fastmath<contract> : f32
                  %v1277 = arith.muli %v28, %v157 : i64
                  %v1278 = arith.muli %v26, %v156 : i64
                  %v1279 = arith.addi %v1277, %v1278 : i64
                  %v1280 = arith.muli %v1177, %v1 : i64
                  %v1281 = arith.addi %v1279, %v1280 : i64
                  %v1282 = llvm.getelementptr %in_e[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1283 = llvm.load %v1282 : !llvm.ptr -> f32
                  %v1284 = arith.mulf %v1283, %v1202 fastmath<contract> : f32
                  %v1285 = arith.addf %v1276, %v1284 fastmath<contract> : f32
                  %v1286 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1287 = arith.addf %v1286, %v1285 fastmath<contract> : f32
                  llvm.store %v1287, %v43 : f32, !llvm.ptr
                  %v1288 = arith.mulf %v1118, %v1244 fastmath<contract> : f32
                  %v1289 = arith.mulf %v1166, %v1202 fastmath<contract> : f32
                  %v1290 = arith.addf %v1288, %v1289 fastmath<contract> : f32
                  %v1291 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1292 = arith.addf %v1291, %v1290 fastmath<contract> : f32
                  llvm.store %v1292, %v44 : f32, !llvm.ptr
                  llvm.store %v1195, %v34 : f32, !llvm.ptr
                  llvm.store %v46, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v35 : f32, !llvm.ptr
                  llvm.store %v1217, %v39 : f32, !llvm.ptr
                  llvm.store %v45, %v36 : f32, !llvm.ptr
                  llvm.store %v1249, %v40 : f32, !llvm.ptr
                  llvm.store %v46, %v41 : f32, !llvm.ptr
                  llvm.store %v45, %v37 : f32, !llvm.ptr
                  llvm.store %v1236, %v42 : f32, !llvm.ptr
                }
                %v1293 = arith.addi %v225, %v357 : i64
                %v1294 = arith.cmpi slt, %v583, %v1168 : i32
                %v1295 = arith.cmpi eq, %v583, %v1173 : i32
                scf.if %v1294 {
                  %v1296 = arith.addi %v64, %v1293 : i64
                  %v1297 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1298 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1299 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1300 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1301 = arith.muli %v28, %v157 : i64
                  %v1302 = arith.muli %v26, %v156 : i64
                  %v1303 = arith.addi %v1301, %v1302 : i64
                  %v1304 = arith.muli %v1296, %v1 : i64
                  %v1305 = arith.addi %v1303, %v1304 : i64
                  %v1306 = llvm.getelementptr %dy_y[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1307 = llvm.load %v1306 : !llvm.ptr -> f32
                  %v1308 = arith.muli %v28, %v157 : i64
                  %v1309 = arith.muli %v26, %v156 : i64
                  %v1310 = arith.addi %v1308, %v1309 : i64
                  %v1311 = arith.muli %v1296, %v1 : i64
                  %v1312 = arith.addi %v1310, %v1311 : i64
                  %v1313 = llvm.getelementptr %in_phi1[%v1312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1314 = llvm.load %v1313 : !llvm.ptr -> f32
                  %v1315 = arith.muli %v28, %v157 : i64
                  %v1316 = arith.muli %v26, %v156 : i64
                  %v1317 = arith.addi %v1315, %v1316 : i64
                  %v1318 = arith.muli %v1296, %v1 : i64
                  %v1319 = arith.addi %v1317, %v1318 : i64
                  %v1320 = llvm.getelementptr %dy_forecast[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1321 = llvm.load %v1320 : !llvm.ptr -> f32
                  %v1322 = arith.mulf %v1314, %v1321 fastmath<contract> : f32
                  %v1323 = arith.addf %v1307, %v1322 fastmath<contract> : f32
                  %v1324 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1325 = arith.mulf %v1324, %v1297 fastmath<contract> : f32
                  %v1326 = arith.addf %v1323, %v1325 fastmath<contract> : f32
                  %v1327 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1328 = arith.mulf %v1327, %v1298 fastmath<contract> : f32
                  %v1329 = arith.addf %v1328, %v1326 fastmath<contract> : f32
                  %v1330 = arith.muli %v28, %v157 : i64
                  %v1331 = arith.muli %v26, %v156 : i64
                  %v1332 = arith.addi %v1330, %v1331 : i64
                  %v1333 = arith.muli %v1296, %v1 : i64
                  %v1334 = arith.addi %v1332, %v1333 : i64
                  %v1335 = llvm.getelementptr %in_phi2[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
                  %v1337 = arith.mulf %v1336, %v1321 fastmath<contract> : f32
                  %v1338 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1339 = arith.mulf %v1338, %v1298 fastmath<contract> : f32
                  %v1340 = arith.addf %v1337, %v1339 fastmath<contract> : f32
                  %v1341 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1342 = arith.mulf %v1341, %v1297 fastmath<contract> : f32
                  %v1343 = arith.addf %v1342, %v1340 fastmath<contract> : f32
                  %v1344 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1345 = arith.mulf %v1344, %v1299 fastmath<contract> : f32
                  %v1346 = arith.addf %v45, %v1345 fastmath<contract> : f32
                  %v1347 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1348 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1349 = arith.mulf %v1347, %v1297 fastmath<contract> : f32
                  %v1350 = arith.addf %v1349, %v1346 fastmath<contract> : f32
                  %v1351 = arith.mulf %v1348, %v1300 fastmath<contract> : f32
                  %v1352 = arith.addf %v1351, %v1350 fastmath<contract> : f32
                  %v1353 = arith.muli %v26, %v1 : i64
                  %v1354 = llvm.getelementptr %in_theta2[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
                  %v1356 = arith.mulf %v1355, %v1321 fastmath<contract> : f32
                  %v1357 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1358 = arith.mulf %v1357, %v1300 fastmath<contract> : f32
                  %v1359 = arith.addf %v1356, %v1358 fastmath<contract> : f32
                  %v1360 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1361 = arith.mulf %v1360, %v1297 fastmath<contract> : f32
                  %v1362 = arith.addf %v1361, %v1359 fastmath<contract> : f32
                  llvm.store %v1329, %v30 : f32, !llvm.ptr
                  llvm.store %v1343, %v31 : f32, !llvm.ptr
                  llvm.store %v1352, %v32 : f32, !llvm.ptr
                  llvm.store %v1362, %v33 : f32, !llvm.ptr
                  %v1363 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1364 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1365 = arith.addf %v1363, %v1364 fastmath<contract> : f32
                  %v1366 = arith.muli %v26, %v1 : i64
                  %v1367 = llvm.getelementptr %in_theta1[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
                  %v1369 = arith.mulf %v1368, %v1321 fastmath<contract> : f32
                  %v1370 = arith.addf %v1365, %v1369 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1371 = arith.muli %v28, %v157 : i64
                    %v1372 = arith.muli %v26, %v156 : i64
                    %v1373 = arith.addi %v1371, %v1372 : i64
                    %v1374 = arith.muli %v1296, %v1 : i64
                    %v1375 = arith.addi %v1373, %v1374 : i64
                    %v1376 = llvm.getelementptr %dx_e[%v1375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1370, %v1376 : f32, !llvm.ptr
                  }
                  %v1377 = arith.mulf %v1060, %v1363 fastmath<contract> : f32
                  %v1378 = arith.mulf %v1108, %v1321 fastmath<contract> : f32
                  %v1379 = arith.addf %v1377, %v1378 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1380 = arith.muli %v28, %v157 : i64
                    %v1381 = arith.muli %v26, %v156 : i64
                    %v1382 = arith.addi %v1380, %v1381 : i64
                    %v1383 = arith.muli %v1296, %v1 : i64
                    %v1384 = arith.addi %v1382, %v1383 : i64
                    %v1385 = llvm.getelementptr %dx_phi1[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1379, %v1385 : f32, !llvm.ptr
                  }
                  %v1386 = arith.mulf %v1064, %v1363 fastmath<contract> : f32
                  %v1387 = arith.mulf %v1112, %v1321 fastmath<contract> : f32
                  %v1388 = arith.addf %v1386, %v1387 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1389 = arith.muli %v28, %v157 : i64
                    %v1390 = arith.muli %v26, %v156 : i64
                    %v1391 = arith.addi %v1389, %v1390 : i64
                    %v1392 = arith.muli %v1296, %v1 : i64
                    %v1393 = arith.addi %v1391, %v1392 : i64
                    %v1394 = llvm.getelementptr %dx_phi2[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1388, %v1394 : f32, !llvm.ptr
                  }
                  %v1395 = arith.mulf %v1066, %v1363 fastmath<contract> : f32
                  %v1396 = arith.muli %v28, %v157 : i64
                  %v1397 = arith.muli %v26, %v156 : i64
                  %v1398 = arith.addi %v1396, %v1397 : i64
                  %v1399 = arith.muli %v1296, %v1 : i64
                  %v1400 = arith.addi %v1398, %v1399 : i64
                  %v1401 = llvm.getelementptr %in_e[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1402 = llvm.load %v1401 : !llvm.ptr -> f32
                  %v1403 = arith.mulf %v1402, %v1321 fastmath<contract> : f32
                  %v1404 = arith.addf %v1395, %v1403 fastmath<contract> : f32
                  %v1405 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1406 = arith.addf %v1405, %v1404 fastmath<contract> : f32
                  llvm.store %v1406, %v43 : f32, !llvm.ptr
                  %v1407 = arith.mulf %v1070, %v1363 fastmath<contract> : f32
                  %v1408 = arith.mulf %v1118, %v1321 fastmath<contract> : f32
                  %v1409 = arith.addf %v1407, %v1408 fastmath<contract> : f32
                  %v1410 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1411 = arith.addf %v1410, %v1409 fastmath<contract> : f32
                  llvm.store %v1411, %v44 : f32, !llvm.ptr
                  llvm.store %v1314, %v34 : f32, !llvm.ptr
                  llvm.store %v46, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v35 : f32, !llvm.ptr
                  llvm.store %v1336, %v39 : f32, !llvm.ptr
                  llvm.store %v45, %v36 : f32, !llvm.ptr
                  llvm.store %v1368, %v40 : f32, !llvm.ptr
                  llvm.store %v46, %v41 : f32, !llvm.ptr
                  llvm.store %v45, %v37 : f32, !llvm.ptr
                  llvm.store %v1355, %v42 : f32, !llvm.ptr
                }
                %v1412 = arith.addi %v225, %v1 : i64
                %v1413 = arith.cmpi slt, %v703, %v1168 : i32
                %v1414 = arith.cmpi eq, %v703, %v1173 : i32
                scf.if %v1413 {
                  %v1415 = arith.addi %v64, %v1412 : i64
                  %v1416 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1417 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1418 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1419 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1420 = arith.muli %v28, %v157 : i64
                  %v1421 = arith.muli %v26, %v156 : i64
                  %v1422 = arith.addi %v1420, %v1421 : i64
                  %v1423 = arith.muli %v1415, %v1 : i64
                  %v1424 = arith.addi %v1422, %v1423 : i64
                  %v1425 = llvm.getelementptr %dy_y[%v1424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1426 = llvm.load %v1425 : !llvm.ptr -> f32
                  %v1427 = arith.muli %v28, %v157 : i64
                  %v1428 = arith.muli %v26, %v156 : i64
                  %v1429 = arith.addi %v1427, %v1428 : i64
                  %v1430 = arith.muli %v1415, %v1 : i64
                  %v1431 = arith.addi %v1429, %v1430 : i64
                  %v1432 = llvm.getelementptr %in_phi1[%v1431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1433 = llvm.load %v1432 : !llvm.ptr -> f32
                  %v1434 = arith.muli %v28, %v157 : i64
                  %v1435 = arith.muli %v26, %v156 : i64
                  %v1436 = arith.addi %v1434, %v1435 : i64
                  %v1437 = arith.muli %v1415, %v1 : i64
                  %v1438 = arith.addi %v1436, %v1437 : i64
                  %v1439 = llvm.getelementptr %dy_forecast[%v1438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1440 = llvm.load %v1439 : !llvm.ptr -> f32
                  %v1441 = arith.mulf %v1433, %v1440 fastmath<contract> : f32
                  %v1442 = arith.addf %v1426, %v1441 fastmath<contract> : f32
                  %v1443 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1444 = arith.mulf %v1443, %v1416 fastmath<contract> : f32
                  %v1445 = arith.addf %v1442, %v1444 fastmath<contract> : f32
                  %v1446 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1447 = arith.mulf %v1446, %v1417 fastmath<contract> : f32
                  %v1448 = arith.addf %v1447, %v1445 fastmath<contract> : f32
                  %v1449 = arith.muli %v28, %v157 : i64
                  %v1450 = arith.muli %v26, %v156 : i64
                  %v1451 = arith.addi %v1449, %v1450 : i64
                  %v1452 = arith.muli %v1415, %v1 : i64
                  %v1453 = arith.addi %v1451, %v1452 : i64
                  %v1454 = llvm.getelementptr %in_phi2[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
                  %v1456 = arith.mulf %v1455, %v1440 fastmath<contract> : f32
                  %v1457 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1458 = arith.mulf %v1457, %v1417 fastmath<contract> : f32
                  %v1459 = arith.addf %v1456, %v1458 fastmath<contract> : f32
                  %v1460 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1461 = arith.mulf %v1460, %v1416 fastmath<contract> : f32
                  %v1462 = arith.addf %v1461, %v1459 fastmath<contract> : f32
                  %v1463 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1464 = arith.mulf %v1463, %v1418 fastmath<contract> : f32
                  %v1465 = arith.addf %v45, %v1464 fastmath<contract> : f32
                  %v1466 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1467 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1468 = arith.mulf %v1466, %v1416 fastmath<contract> : f32
                  %v1469 = arith.addf %v1468, %v1465 fastmath<contract> : f32
                  %v1470 = arith.mulf %v1467, %v1419 fastmath<contract> : f32
                  %v1471 = arith.addf %v1470, %v1469 fastmath<contract> : f32
                  %v1472 = arith.muli %v26, %v1 : i64
                  %v1473 = llvm.getelementptr %in_theta2[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1474 = llvm.load %v1473 : !llvm.ptr -> f32
                  %v1475 = arith.mulf %v1474, %v1440 fastmath<contract> : f32
                  %v1476 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1477 = arith.mulf %v1476, %v1419 fastmath<contract> : f32
                  %v1478 = arith.addf %v1475, %v1477 fastmath<contract> : f32
                  %v1479 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1480 = arith.mulf %v1479, %v1416 fastmath<contract> : f32
                  %v1481 = arith.addf %v1480, %v1478 fastmath<contract> : f32
                  llvm.store %v1448, %v30 : f32, !llvm.ptr
                  llvm.store %v1462, %v31 : f32, !llvm.ptr
                  llvm.store %v1471, %v32 : f32, !llvm.ptr
                  llvm.store %v1481, %v33 : f32, !llvm.ptr
                  %v1482 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1483 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1484 = arith.addf %v1482, %v1483 fastmath<contract> : f32
                  %v1485 = arith.muli %v26, %v1 : i64
                  %v1486 = llvm.getelementptr %in_theta1[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1487 = llvm.load %v1486 : !llvm.ptr -> f32
                  %v1488 = arith.mulf %v1487, %v1440 fastmath<contract> : f32
                  %v1489 = arith.addf %v1484, %v1488 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1490 = arith.muli %v28, %v157 : i64
                    %v1491 = arith.muli %v26, %v156 : i64
                    %v1492 = arith.addi %v1490, %v1491 : i64
                    %v1493 = arith.muli %v1415, %v1 : i64
                    %v1494 = arith.addi %v1492, %v1493 : i64
                    %v1495 = llvm.getelementptr %dx_e[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1489, %v1495 : f32, !llvm.ptr
                  }
                  %v1496 = arith.mulf %v1012, %v1482 fastmath<contract> : f32
                  %v1497 = arith.mulf %v1060, %v1440 fastmath<contract> : f32
                  %v1498 = arith.addf %v1496, %v1497 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1499 = arith.muli %v28, %v157 : i64
                    %v1500 = arith.muli %v26, %v156 : i64
                    %v1501 = arith.addi %v1499, %v1500 : i64
                    %v1502 = arith.muli %v1415, %v1 : i64
                    %v1503 = arith.addi %v1501, %v1502 : i64
                    %v1504 = llvm.getelementptr %dx_phi1[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1498, %v1504 : f32, !llvm.ptr
                  }
                  %v1505 = arith.mulf %v1016, %v1482 fastmath<contract> : f32
                  %v1506 = arith.mulf %v1064, %v1440 fastmath<contract> : f32
                  %v1507 = arith.addf %v1505, %v1506 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1508 = arith.muli %v28, %v157 : i64
                    %v1509 = arith.muli %v26, %v156 : i64
                    %v1510 = arith.addi %v1508, %v1509 : i64
                    %v1511 = arith.muli %v1415, %v1 : i64
                    %v1512 = arith.addi %v1510, %v1511 : i64
                    %v1513 = llvm.getelementptr %dx_phi2[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1507, %v1513 : f32, !llvm.ptr
                  }
                  %v1514 = arith.mulf %v1018, %v1482 fastmath<contract> : f32
                  %v1515 = arith.muli %v28, %v157 : i64
                  %v1516 = arith.muli %v26, %v156 : i64
                  %v1517 = arith.addi %v1515, %v1516 : i64
                  %v1518 = arith.muli %v1415, %v1 : i64
                  %v1519 = arith.addi %v1517, %v1518 : i64
                  %v1520 = llvm.getelementptr %in_e[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
                  %v1522 = arith.mulf %v1521, %v1440 fastmath<contract> : f32
                  %v1523 = arith.addf %v1514, %v1522 fastmath<contract> : f32
                  %v1524 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1525 = arith.addf %v1524, %v1523 fastmath<contract> : f32
                  llvm.store %v1525, %v43 : f32, !llvm.ptr
                  %v1526 = arith.mulf %v1022, %v1482 fastmath<contract> : f32
                  %v1527 = arith.mulf %v1070, %v1440 fastmath<contract> : f32
                  %v1528 = arith.addf %v1526, %v1527 fastmath<contract> : f32
                  %v1529 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1530 = arith.addf %v1529, %v1528 fastmath<contract> : f32
                  llvm.store %v1530, %v44 : f32, !llvm.ptr
                  llvm.store %v1433, %v34 : f32, !llvm.ptr
                  llvm.store %v46, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v35 : f32, !llvm.ptr
                  llvm.store %v1455, %v39 : f32, !llvm.ptr
                  llvm.store %v45, %v36 : f32, !llvm.ptr
                  llvm.store %v1487, %v40 : f32, !llvm.ptr
                  llvm.store %v46, %v41 : f32, !llvm.ptr
                  llvm.store %v45, %v37 : f32, !llvm.ptr
                  llvm.store %v1474, %v42 : f32, !llvm.ptr
                }
                %v1531 = arith.addi %v225, %v47 : i64
                %v1532 = arith.cmpi slt, %v823, %v1168 : i32
                %v1533 = arith.cmpi eq, %v823, %v1173 : i32
                scf.if %v1532 {
                  %v1534 = arith.addi %v64, %v1531 : i64
                  %v1535 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1536 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1537 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1538 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1539 = arith.muli %v28, %v157 : i64
                  %v1540 = arith.muli %v26, %v156 : i64
                  %v1541 = arith.addi %v1539, %v1540 : i64
                  %v1542 = arith.muli %v1534, %v1 : i64
                  %v1543 = arith.addi %v1541, %v1542 : i64
                  %v1544 = llvm.getelementptr %dy_y[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1545 = llvm.load %v1544 : !llvm.ptr -> f32
                  %v1546 = arith.muli %v28, %v157 : i64
                  %v1547 = arith.muli %v26, %v156 : i64
                  %v1548 = arith.addi %v1546, %v1547 : i64
                  %v1549 = arith.muli %v1534, %v1 : i64
                  %v1550 = arith.addi %v1548, %v1549 : i64
                  %v1551 = llvm.getelementptr %in_phi1[%v1550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1552 = llvm.load %v1551 : !llvm.ptr -> f32
                  %v1553 = arith.muli %v28, %v157 : i64
                  %v1554 = arith.muli %v26, %v156 : i64
                  %v1555 = arith.addi %v1553, %v1554 : i64
                  %v1556 = arith.muli %v1534, %v1 : i64
                  %v1557 = arith.addi %v1555, %v1556 : i64
                  %v1558 = llvm.getelementptr %dy_forecast[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
                  %v1560 = arith.mulf %v1552, %v1559 fastmath<contract> : f32
                  %v1561 = arith.addf %v1545, %v1560 fastmath<contract> : f32
                  %v1562 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1563 = arith.mulf %v1562, %v1535 fastmath<contract> : f32
                  %v1564 = arith.addf %v1561, %v1563 fastmath<contract> : f32
                  %v1565 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1566 = arith.mulf %v1565, %v1536 fastmath<contract> : f32
                  %v1567 = arith.addf %v1566, %v1564 fastmath<contract> : f32
                  %v1568 = arith.muli %v28, %v157 : i64
                  %v1569 = arith.muli %v26, %v156 : i64
                  %v1570 = arith.addi %v1568, %v1569 : i64
                  %v1571 = arith.muli %v1534, %v1 : i64
                  %v1572 = arith.addi %v1570, %v1571 : i64
                  %v1573 = llvm.getelementptr %in_phi2[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
                  %v1575 = arith.mulf %v1574, %v1559 fastmath<contract> : f32
                  %v1576 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1577 = arith.mulf %v1576, %v1536 fastmath<contract> : f32
                  %v1578 = arith.addf %v1575, %v1577 fastmath<contract> : f32
                  %v1579 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1580 = arith.mulf %v1579, %v1535 fastmath<contract> : f32
                  %v1581 = arith.addf %v1580, %v1578 fastmath<contract> : f32
                  %v1582 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1583 = arith.mulf %v1582, %v1537 fastmath<contract> : f32
                  %v1584 = arith.addf %v45, %v1583 fastmath<contract> : f32
                  %v1585 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1586 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1587 = arith.mulf %v1585, %v1535 fastmath<contract> : f32
                  %v1588 = arith.addf %v1587, %v1584 fastmath<contract> : f32
                  %v1589 = arith.mulf %v1586, %v1538 fastmath<contract> : f32
                  %v1590 = arith.addf %v1589, %v1588 fastmath<contract> : f32
                  %v1591 = arith.muli %v26, %v1 : i64
                  %v1592 = llvm.getelementptr %in_theta2[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1593 = llvm.load %v1592 : !llvm.ptr -> f32
                  %v1594 = arith.mulf %v1593, %v1559 fastmath<contract> : f32
                  %v1595 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1596 = arith.mulf %v1595, %v1538 fastmath<contract> : f32
                  %v1597 = arith.addf %v1594, %v1596 fastmath<contract> : f32
                  %v1598 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1599 = arith.mulf %v1598, %v1535 fastmath<contract> : f32
                  %v1600 = arith.addf %v1599, %v1597 fastmath<contract> : f32
                  llvm.store %v1567, %v30 : f32, !llvm.ptr
                  llvm.store %v1581, %v31 : f32, !llvm.ptr
                  llvm.store %v1590, %v32 : f32, !llvm.ptr
                  llvm.store %v1600, %v33 : f32, !llvm.ptr
                  %v1601 = llvm.load %v30 : !llvm.ptr -> f32
                  %v1602 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1603 = arith.addf %v1601, %v1602 fastmath<contract> : f32
                  %v1604 = arith.muli %v26, %v1 : i64
                  %v1605 = llvm.getelementptr %in_theta1[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1606 = llvm.load %v1605 : !llvm.ptr -> f32
                  %v1607 = arith.mulf %v1606, %v1559 fastmath<contract> : f32
                  %v1608 = arith.addf %v1603, %v1607 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1609 = arith.muli %v28, %v157 : i64
                    %v1610 = arith.muli %v26, %v156 : i64
                    %v1611 = arith.addi %v1609, %v1610 : i64
                    %v1612 = arith.muli %v1534, %v1 : i64
                    %v1613 = arith.addi %v1611, %v1612 : i64
                    %v1614 = llvm.getelementptr %dx_e[%v1613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1608, %v1614 : f32, !llvm.ptr
                  }
                  %v1615 = arith.mulf %v950, %v1601 fastmath<contract> : f32
                  %v1616 = arith.mulf %v1012, %v1559 fastmath<contract> : f32
                  %v1617 = arith.addf %v1615, %v1616 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1618 = arith.muli %v28, %v157 : i64
                    %v1619 = arith.muli %v26, %v156 : i64
                    %v1620 = arith.addi %v1618, %v1619 : i64
                    %v1621 = arith.muli %v1534, %v1 : i64
                    %v1622 = arith.addi %v1620, %v1621 : i64
                    %v1623 = llvm.getelementptr %dx_phi1[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1617, %v1623 : f32, !llvm.ptr
                  }
                  %v1624 = arith.mulf %v958, %v1601 fastmath<contract> : f32
                  %v1625 = arith.mulf %v1016, %v1559 fastmath<contract> : f32
                  %v1626 = arith.addf %v1624, %v1625 fastmath<contract> : f32
                  scf.if %v23 {
                    %v1627 = arith.muli %v28, %v157 : i64
                    %v1628 = arith.muli %v26, %v156 : i64
                    %v1629 = arith.addi %v1627, %v1628 : i64
                    %v1630 = arith.muli %v1534, %v1 : i64
                    %v1631 = arith.addi %v1629, %v1630 : i64
                    %v1632 = llvm.getelementptr %dx_phi2[%v1631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1626, %v1632 : f32, !llvm.ptr
                  }
                  %v1633 = arith.mulf %v966, %v1601 fastmath<contract> : f32
                  %v1634 = arith.muli %v28, %v157 : i64
                  %v1635 = arith.muli %v26, %v156 : i64
                  %v1636 = arith.addi %v1634, %v1635 : i64
                  %v1637 = arith.muli %v1534, %v1 : i64
                  %v1638 = arith.addi %v1636, %v1637 : i64
                  %v1639 = llvm.getelementptr %in_e[%v1638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1640 = llvm.load %v1639 : !llvm.ptr -> f32
                  %v1641 = arith.mulf %v1640, %v1559 fastmath<contract> : f32
                  %v1642 = arith.addf %v1633, %v1641 fastmath<contract> : f32
                  %v1643 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1644 = arith.addf %v1643, %v1642 fastmath<contract> : f32
                  llvm.store %v1644, %v43 : f32, !llvm.ptr
                  %v1645 = arith.mulf %v974, %v1601 fastmath<contract> : f32
                  %v1646 = arith.mulf %v1022, %v1559 fastmath<contract> : f32
                  %v1647 = arith.addf %v1645, %v1646 fastmath<contract> : f32
                  %v1648 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1649 = arith.addf %v1648, %v1647 fastmath<contract> : f32
                  llvm.store %v1649, %v44 : f32, !llvm.ptr
                  llvm.store %v1552, %v34 : f32, !llvm.ptr
                  llvm.store %v46, %v38 : f32, !llvm.ptr
                  llvm.store %v45, %v35 : f32, !llvm.ptr
                  llvm.store %v1574, %v39 : f32, !llvm.ptr
                  llvm.store %v45, %v36 : f32, !llvm.ptr
                  llvm.store %v1606, %v40 : f32, !llvm.ptr
                  llvm.store %v46, %v41 : f32, !llvm.ptr
                  llvm.store %v45, %v37 : f32, !llvm.ptr
                  llvm.store %v1593, %v42 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v1650 = arith.constant true
      scf.if %v1650 {
      }
      scf.if %v23 {
        %v1651 = llvm.load %v43 : !llvm.ptr -> f32
        %v1652 = arith.muli %v22, %v1 : i64
        %v1653 = arith.addi %v1652, %v47 : i64
        %v1654 = llvm.getelementptr %part_theta1[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1651, %v1654 : f32, !llvm.ptr
      }
      scf.if %v23 {
        %v1655 = llvm.load %v44 : !llvm.ptr -> f32
        %v1656 = arith.muli %v22, %v1 : i64
        %v1657 = arith.addi %v1656, %v47 : i64
        %v1658 = llvm.getelementptr %part_theta2[%v1657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1655, %v1658 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
