module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_bwd_sum(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %dy_y: !llvm.ptr, %dy_forecast: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_h_lag1: !llvm.ptr, %scratch_e_lag1: !llvm.ptr, %scratch_e_lag2: !llvm.ptr, %segsum_h: !llvm.ptr, %segsum_h_lag1: !llvm.ptr, %segsum_e_lag1: !llvm.ptr, %segsum_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v38 = arith.constant 4 : i64
      %v42 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v57 = arith.constant 0x00000000 : f32
      %v58 = arith.constant 0x3F800000 : f32
      %v59 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v71 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v72 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v73 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v74 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v75 = arith.constant 0 : i64
      %v77 = arith.constant 64 : i64
      %v78 = arith.constant 3 : i64
      %v83 = arith.constant 16 : i64
      %v122 = arith.constant 2147483647 : i64
      %v126 = arith.constant 3 : i32
      %v150 = arith.muli %v1, %size_L : i64
      %v151 = arith.muli %v150, %size_D : i64
      %v273 = arith.constant 2 : i64
      %v275 = arith.constant 2 : i32
      %v421 = arith.constant 1 : i32
      %v567 = arith.constant 0 : i32
      %v1351 = arith.constant 5 : i64
      %v1362 = arith.constant 6 : i64
      %v1372 = arith.constant 7 : i64
      %v1382 = arith.constant 8 : i64
      %v20 = gpu.block_id x
      %v21 = gpu.thread_id x
      %v22 = arith.index_cast %v21 : index to i64
      %v23 = arith.index_cast %v20 : index to i64
      %v24 = arith.subi %v6, %v1 : i64
      %v25 = arith.addi %v3, %v24 : i64
      %v26 = arith.divui %v25, %v6 : i64
      %v27 = arith.divui %v23, %v26 : i64
      %v28 = arith.remui %v23, %v26 : i64
      %v29 = arith.muli %v28, %v6 : i64
      %v30 = arith.addi %v29, %v22 : i64
      %v31 = arith.cmpi slt, %v30, %v3 : i64
      %v32 = arith.subi %v3, %v1 : i64
      %v33 = arith.minsi %v30, %v32 : i64
      %v34 = arith.remui %v33, %size_D : i64
      %v35 = arith.divui %v33, %size_D : i64
      %v36 = arith.remui %v35, %size_B : i64
      %v37 = arith.divui %v35, %size_B : i64
      %v39 = arith.muli %v27, %v38 : i64
      %v40 = arith.addi %v39, %v38 : i64
      %v41 = arith.muli %v27, %v3 : i64
      llvm.store %v57, %v42 : f32, !llvm.ptr
      llvm.store %v57, %v43 : f32, !llvm.ptr
      llvm.store %v57, %v44 : f32, !llvm.ptr
      llvm.store %v57, %v45 : f32, !llvm.ptr
      llvm.store %v58, %v46 : f32, !llvm.ptr
      llvm.store %v58, %v47 : f32, !llvm.ptr
      llvm.store %v58, %v48 : f32, !llvm.ptr
      llvm.store %v58, %v49 : f32, !llvm.ptr
      llvm.store %v57, %v50 : f32, !llvm.ptr
      llvm.store %v57, %v51 : f32, !llvm.ptr
      llvm.store %v57, %v52 : f32, !llvm.ptr
      llvm.store %v57, %v53 : f32, !llvm.ptr
      llvm.store %v57, %v54 : f32, !llvm.ptr
      llvm.store %v57, %v55 : f32, !llvm.ptr
      llvm.store %v57, %v56 : f32, !llvm.ptr
      llvm.store %v58, %v59 : f32, !llvm.ptr
      llvm.store %v57, %v60 : f32, !llvm.ptr
      llvm.store %v57, %v61 : f32, !llvm.ptr
      llvm.store %v57, %v62 : f32, !llvm.ptr
      llvm.store %v57, %v63 : f32, !llvm.ptr
      llvm.store %v58, %v64 : f32, !llvm.ptr
      llvm.store %v57, %v65 : f32, !llvm.ptr
      llvm.store %v57, %v66 : f32, !llvm.ptr
      llvm.store %v57, %v67 : f32, !llvm.ptr
      llvm.store %v57, %v68 : f32, !llvm.ptr
      llvm.store %v58, %v69 : f32, !llvm.ptr
      llvm.store %v57, %v70 : f32, !llvm.ptr
      llvm.store %v57, %v71 : f32, !llvm.ptr
      llvm.store %v57, %v72 : f32, !llvm.ptr
      llvm.store %v57, %v73 : f32, !llvm.ptr
      llvm.store %v58, %v74 : f32, !llvm.ptr
      %v76 = arith.cmpi eq, %size_L, %v75 : i64
      scf.if %v76 {
        llvm.store %v57, %v16 : f32, !llvm.ptr
        llvm.store %v57, %v17 : f32, !llvm.ptr
        llvm.store %v57, %v18 : f32, !llvm.ptr
        llvm.store %v57, %v19 : f32, !llvm.ptr
      }
      %v79 = arith.subi %v77, %v1 : i64
      %v80 = arith.addi %size_L, %v79 : i64
      %v81 = arith.divui %v80, %v77 : i64
      %v82 = arith.minsi %v40, %v81 : i64
      %v84 = arith.muli %v27, %v83 : i64
      %v85 = arith.subi %v82, %v39 : i64
      %v86 = arith.maxsi %v85, %v75 : i64
      %v87 = arith.index_cast %v75 : i64 to index
      %v88 = arith.index_cast %v86 : i64 to index
      %v89 = arith.index_cast %v1 : i64 to index
      scf.for %v90 = %v87 to %v88 step %v89 {
        %v91 = arith.index_cast %v90 : index to i64
        %v92 = arith.subi %v82, %v1 : i64
        %v93 = arith.subi %v92, %v91 : i64
        %v94 = arith.muli %v93, %v77 : i64
        %v95 = arith.subi %size_L, %v94 : i64
        %v96 = arith.minsi %v95, %v77 : i64
        %v97 = arith.addi %v96, %v78 : i64
        %v98 = arith.divui %v97, %v38 : i64
        %v99 = arith.index_cast %v75 : i64 to index
        %v100 = arith.index_cast %v1 : i64 to index
        %v101 = arith.index_cast %v1 : i64 to index
        scf.for %v102 = %v99 to %v100 step %v101 {
          %v103 = arith.index_cast %v102 : index to i64
          %v104 = arith.index_cast %v75 : i64 to index
          %v105 = arith.index_cast %v98 : i64 to index
          %v106 = arith.index_cast %v1 : i64 to index
          scf.for %v107 = %v104 to %v105 step %v106 {
            %v108 = arith.index_cast %v107 : index to i64
            %v109 = arith.cmpi slt, %v108, %v98 : i64
            scf.if %v109 {
              %v110 = arith.subi %v98, %v1 : i64
              %v111 = arith.subi %v110, %v108 : i64
              %v112 = arith.muli %v111, %v38 : i64
              %v113 = arith.addi %v84, %v111 : i64
              %v114 = arith.addi %v112, %v38 : i64
              %v115 = arith.cmpi sle, %v114, %v96 : i64
              scf.if %v115 {
                %v116 = arith.subi %v96, %v1 : i64
                // the group's states, recomputed into registers
                %v117 = arith.subi %v96, %v112 : i64
                %v118 = arith.trunci %v117 : i64 to i32
                %v119 = arith.subi %size_L, %v1 : i64
                %v120 = arith.addi %v94, %v112 : i64
                %v121 = arith.subi %v119, %v120 : i64
                %v123 = arith.minsi %v121, %v122 : i64
                %v124 = arith.trunci %v123 : i64 to i32
                %v125 = arith.addi %v112, %v78 : i64
                %v127 = arith.cmpi slt, %v126, %v118 : i32
                %v128 = arith.cmpi eq, %v126, %v124 : i32
                %v129 = arith.addi %v94, %v125 : i64
                %v130 = llvm.load %v42 : !llvm.ptr -> f32
                %v131 = llvm.load %v43 : !llvm.ptr -> f32
                %v132 = llvm.load %v44 : !llvm.ptr -> f32
                %v133 = llvm.load %v45 : !llvm.ptr -> f32
                %v134 = llvm.load %v59 : !llvm.ptr -> f32
                %v135 = llvm.load %v60 : !llvm.ptr -> f32
                %v136 = llvm.load %v61 : !llvm.ptr -> f32
                %v137 = llvm.load %v62 : !llvm.ptr -> f32
                %v138 = llvm.load %v63 : !llvm.ptr -> f32
                %v139 = llvm.load %v64 : !llvm.ptr -> f32
                %v140 = llvm.load %v65 : !llvm.ptr -> f32
                %v141 = llvm.load %v66 : !llvm.ptr -> f32
                %v142 = llvm.load %v67 : !llvm.ptr -> f32
                %v143 = llvm.load %v68 : !llvm.ptr -> f32
                %v144 = llvm.load %v69 : !llvm.ptr -> f32
                %v145 = llvm.load %v70 : !llvm.ptr -> f32
                %v146 = llvm.load %v71 : !llvm.ptr -> f32
                %v147 = llvm.load %v72 : !llvm.ptr -> f32
                %v148 = llvm.load %v73 : !llvm.ptr -> f32
                %v149 = llvm.load %v74 : !llvm.ptr -> f32
                %v152 = arith.muli %v36, %v151 : i64
                %v153 = arith.muli %v34, %v150 : i64
                %v154 = arith.addi %v152, %v153 : i64
                %v155 = arith.muli %v129, %v1 : i64
                %v156 = arith.addi %v154, %v155 : i64
                %v157 = llvm.getelementptr %dy_y[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v158 = llvm.load %v157 : !llvm.ptr -> f32
                %v159 = arith.muli %v36, %v151 : i64
                %v160 = arith.muli %v34, %v150 : i64
                %v161 = arith.addi %v159, %v160 : i64
                %v162 = arith.muli %v129, %v1 : i64
                %v163 = arith.addi %v161, %v162 : i64
                %v164 = llvm.getelementptr %in_phi1[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v165 = llvm.load %v164 : !llvm.ptr -> f32
                %v166 = arith.muli %v36, %v151 : i64
                %v167 = arith.muli %v34, %v150 : i64
                %v168 = arith.addi %v166, %v167 : i64
                %v169 = arith.muli %v129, %v1 : i64
                %v170 = arith.addi %v168, %v169 : i64
                %v171 = llvm.getelementptr %dy_forecast[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = arith.mulf %v165, %v172 fastmath<contract> : f32
                %v174 = arith.addf %v158, %v173 fastmath<contract> : f32
                %v175 = llvm.load %v46 : !llvm.ptr -> f32
                %v176 = arith.mulf %v175, %v130 fastmath<contract> : f32
                %v177 = arith.addf %v174, %v176 fastmath<contract> : f32
                %v178 = llvm.load %v50 : !llvm.ptr -> f32
                %v179 = arith.mulf %v178, %v131 fastmath<contract> : f32
                %v180 = arith.addf %v179, %v177 fastmath<contract> : f32
                %v181 = arith.mulf %v134, %v175 fastmath<contract> : f32
                %v182 = arith.mulf %v178, %v138 fastmath<contract> : f32
                %v183 = arith.addf %v182, %v181 fastmath<contract> : f32
                %v184 = arith.mulf %v135, %v175 fastmath<contract> : f32
                %v185 = arith.mulf %v178, %v139 fastmath<contract> : f32
                %v186 = arith.addf %v185, %v184 fastmath<contract> : f32
                %v187 = arith.mulf %v136, %v175 fastmath<contract> : f32
                %v188 = arith.mulf %v178, %v140 fastmath<contract> : f32
                %v189 = arith.addf %v188, %v187 fastmath<contract> : f32
                %v190 = arith.mulf %v137, %v175 fastmath<contract> : f32
                %v191 = arith.mulf %v178, %v141 fastmath<contract> : f32
                %v192 = arith.addf %v191, %v190 fastmath<contract> : f32
                %v193 = arith.muli %v36, %v151 : i64
                %v194 = arith.muli %v34, %v150 : i64
                %v195 = arith.addi %v193, %v194 : i64
                %v196 = arith.muli %v129, %v1 : i64
                %v197 = arith.addi %v195, %v196 : i64
                %v198 = llvm.getelementptr %in_phi2[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v199 = llvm.load %v198 : !llvm.ptr -> f32
                %v200 = arith.mulf %v199, %v172 fastmath<contract> : f32
                %v201 = llvm.load %v47 : !llvm.ptr -> f32
                %v202 = arith.mulf %v201, %v131 fastmath<contract> : f32
                %v203 = arith.addf %v200, %v202 fastmath<contract> : f32
                %v204 = llvm.load %v51 : !llvm.ptr -> f32
                %v205 = arith.mulf %v204, %v130 fastmath<contract> : f32
                %v206 = arith.addf %v205, %v203 fastmath<contract> : f32
                %v207 = arith.mulf %v138, %v201 fastmath<contract> : f32
                %v208 = arith.mulf %v204, %v134 fastmath<contract> : f32
                %v209 = arith.addf %v208, %v207 fastmath<contract> : f32
                %v210 = arith.mulf %v139, %v201 fastmath<contract> : f32
                %v211 = arith.mulf %v204, %v135 fastmath<contract> : f32
                %v212 = arith.addf %v211, %v210 fastmath<contract> : f32
                %v213 = arith.mulf %v140, %v201 fastmath<contract> : f32
                %v214 = arith.mulf %v204, %v136 fastmath<contract> : f32
                %v215 = arith.addf %v214, %v213 fastmath<contract> : f32
                %v216 = arith.mulf %v141, %v201 fastmath<contract> : f32
                %v217 = arith.mulf %v204, %v137 fastmath<contract> : f32
                %v218 = arith.addf %v217, %v216 fastmath<contract> : f32
                %v219 = llvm.load %v48 : !llvm.ptr -> f32
                %v220 = arith.mulf %v219, %v132 fastmath<contract> : f32
                %v221 = arith.addf %v57, %v220 fastmath<contract> : f32
                %v222 = llvm.load %v52 : !llvm.ptr -> f32
                %v223 = llvm.load %v53 : !llvm.ptr -> f32
                %v224 = arith.mulf %v222, %v130 fastmath<contract> : f32
                %v225 = arith.addf %v224, %v221 fastmath<contract> : f32
                %v226 = arith.mulf %v223, %v133 fastmath<contract> : f32
                %v227 = arith.addf %v226, %v225 fastmath<contract> : f32
                %v228 = arith.mulf %v142, %v219 fastmath<contract> : f32
                %v229 = arith.mulf %v222, %v134 fastmath<contract> : f32
                %v230 = arith.addf %v229, %v228 fastmath<contract> : f32
                %v231 = arith.mulf %v223, %v146 fastmath<contract> : f32
                %v232 = arith.addf %v231, %v230 fastmath<contract> : f32
                %v233 = arith.mulf %v143, %v219 fastmath<contract> : f32
                %v234 = arith.mulf %v222, %v135 fastmath<contract> : f32
                %v235 = arith.addf %v234, %v233 fastmath<contract> : f32
                %v236 = arith.mulf %v223, %v147 fastmath<contract> : f32
                %v237 = arith.addf %v236, %v235 fastmath<contract> : f32
                %v238 = arith.mulf %v144, %v219 fastmath<contract> : f32
                %v239 = arith.mulf %v222, %v136 fastmath<contract> : f32
                %v240 = arith.addf %v239, %v238 fastmath<contract> : f32
                %v241 = arith.mulf %v223, %v148 fastmath<contract> : f32
                %v242 = arith.addf %v241, %v240 fastmath<contract> : f32
                %v243 = arith.mulf %v145, %v219 fastmath<contract> : f32
                %v244 = arith.mulf %v222, %v137 fastmath<contract> : f32
                %v245 = arith.addf %v244, %v243 fastmath<contract> : f32
                %v246 = arith.mulf %v223, %v149 fastmath<contract> : f32
                %v247 = arith.addf %v246, %v245 fastmath<contract> : f32
                %v248 = arith.muli %v34, %v1 : i64
                %v249 = llvm.getelementptr %in_theta2[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v250 = llvm.load %v249 : !llvm.ptr -> f32
                %v251 = arith.mulf %v250, %v172 fastmath<contract> : f32
                %v252 = llvm.load %v49 : !llvm.ptr -> f32
                %v253 = arith.mulf %v252, %v133 fastmath<contract> : f32
                %v254 = arith.addf %v251, %v253 fastmath<contract> : f32
                %v255 = llvm.load %v54 : !llvm.ptr -> f32
                %v256 = arith.mulf %v255, %v130 fastmath<contract> : f32
                %v257 = arith.addf %v256, %v254 fastmath<contract> : f32
                %v258 = arith.mulf %v146, %v252 fastmath<contract> : f32
                %v259 = arith.mulf %v255, %v134 fastmath<contract> : f32
                %v260 = arith.addf %v259, %v258 fastmath<contract> : f32
                %v261 = arith.mulf %v147, %v252 fastmath<contract> : f32
                %v262 = arith.mulf %v255, %v135 fastmath<contract> : f32
                %v263 = arith.addf %v262, %v261 fastmath<contract> : f32
                %v264 = arith.mulf %v148, %v252 fastmath<contract> : f32
                %v265 = arith.mulf %v255, %v136 fastmath<contract> : f32
                %v266 = arith.addf %v265, %v264 fastmath<contract> : f32
                %v267 = arith.mulf %v149, %v252 fastmath<contract> : f32
                %v268 = arith.mulf %v255, %v137 fastmath<contract> : f32
                %v269 = arith.addf %v268, %v267 fastmath<contract> : f32
                llvm.store %v180, %v42 : f32, !llvm.ptr
                llvm.store %v183, %v59 : f32, !llvm.ptr
                llvm.store %v186, %v60 : f32, !llvm.ptr
                llvm.store %v189, %v61 : f32, !llvm.ptr
                llvm.store %v192, %v62 : f32, !llvm.ptr
                llvm.store %v206, %v43 : f32, !llvm.ptr
                llvm.store %v209, %v63 : f32, !llvm.ptr
                llvm.store %v212, %v64 : f32, !llvm.ptr
                llvm.store %v215, %v65 : f32, !llvm.ptr
                llvm.store %v218, %v66 : f32, !llvm.ptr
                llvm.store %v227, %v44 : f32, !llvm.ptr
                llvm.store %v232, %v67 : f32, !llvm.ptr
                llvm.store %v237, %v68 : f32, !llvm.ptr
                llvm.store %v242, %v69 : f32, !llvm.ptr
                llvm.store %v247, %v70 : f32, !llvm.ptr
                llvm.store %v257, %v45 : f32, !llvm.ptr
                llvm.store %v260, %v71 : f32, !llvm.ptr
                llvm.store %v263, %v72 : f32, !llvm.ptr
                llvm.store %v266, %v73 : f32, !llvm.ptr
                llvm.store %v269, %v74 : f32, !llvm.ptr
                scf.if %v128 {
                }
                llvm.store %v165, %v46 : f32, !llvm.ptr
                llvm.store %v58, %v50 : f32, !llvm.ptr
                llvm.store %v57, %v47 : f32, !llvm.ptr
                llvm.store %v199, %v51 : f32, !llvm.ptr
                llvm.store %v57, %v48 : f32, !llvm.ptr
                %v270 = arith.muli %v34, %v1 : i64
                %v271 = llvm.getelementptr %in_theta1[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v272 = llvm.load %v271 : !llvm.ptr -> f32
                llvm.store %v272, %v52 : f32, !llvm.ptr
                llvm.store %v58, %v53 : f32, !llvm.ptr
                llvm.store %v57, %v49 : f32, !llvm.ptr
                llvm.store %v250, %v54 : f32, !llvm.ptr
                %v274 = arith.addi %v112, %v273 : i64
                %v276 = arith.cmpi slt, %v275, %v118 : i32
                %v277 = arith.cmpi eq, %v275, %v124 : i32
                %v278 = arith.addi %v94, %v274 : i64
                %v279 = llvm.load %v42 : !llvm.ptr -> f32
                %v280 = llvm.load %v43 : !llvm.ptr -> f32
                %v281 = llvm.load %v44 : !llvm.ptr -> f32
                %v282 = llvm.load %v45 : !llvm.ptr -> f32
                %v283 = llvm.load %v59 : !llvm.ptr -> f32
                %v284 = llvm.load %v60 : !llvm.ptr -> f32
                %v285 = llvm.load %v61 : !llvm.ptr -> f32
                %v286 = llvm.load %v62 : !llvm.ptr -> f32
                %v287 = llvm.load %v63 : !llvm.ptr -> f32
                %v288 = llvm.load %v64 : !llvm.ptr -> f32
                %v289 = llvm.load %v65 : !llvm.ptr -> f32
                %v290 = llvm.load %v66 : !llvm.ptr -> f32
                %v291 = llvm.load %v67 : !llvm.ptr -> f32
                %v292 = llvm.load %v68 : !llvm.ptr -> f32
                %v293 = llvm.load %v69 : !llvm.ptr -> f32
                %v294 = llvm.load %v70 : !llvm.ptr -> f32
                %v295 = llvm.load %v71 : !llvm.ptr -> f32
                %v296 = llvm.load %v72 : !llvm.ptr -> f32
                %v297 = llvm.load %v73 : !llvm.ptr -> f32
                %v298 = llvm.load %v74 : !llvm.ptr -> f32
                %v299 = arith.muli %v36, %v151 : i64
                %v300 = arith.muli %v34, %v150 : i64
                %v301 = arith.addi %v299, %v300 : i64
                %v302 = arith.muli %v278, %v1 : i64
                %v303 = arith.addi %v301, %v302 : i64
                %v304 = llvm.getelementptr %dy_y[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v305 = llvm.load %v304 : !llvm.ptr -> f32
                %v306 = arith.muli %v36, %v151 : i64
                %v307 = arith.muli %v34, %v150 : i64
                %v308 = arith.addi %v306, %v307 : i64
                %v309 = arith.muli %v278, %v1 : i64
                %v310 = arith.addi %v308, %v309 : i64
                %v311 = llvm.getelementptr %in_phi1[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v312 = llvm.load %v311 : !llvm.ptr -> f32
                %v313 = arith.muli %v36, %v151 : i64
                %v314 = arith.muli %v34, %v150 : i64
                %v315 = arith.addi %v313, %v314 : i64
                %v316 = arith.muli %v278, %v1 : i64
                %v317 = arith.addi %v315, %v316 : i64
                %v318 = llvm.getelementptr %dy_forecast[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v319 = llvm.load %v318 : !llvm.ptr -> f32
                %v320 = arith.mulf %v312, %v319 fastmath<contract> : f32
                %v321 = arith.addf %v305, %v320 fastmath<contract> : f32
                %v322 = llvm.load %v46 : !llvm.ptr -> f32
                %v323 = arith.mulf %v322, %v279 fastmath<contract> : f32
                %v324 = arith.addf %v321, %v323 fastmath<contract> : f32
                %v325 = llvm.load %v50 : !llvm.ptr -> f32
                %v326 = arith.mulf %v325, %v280 fastmath<contract> : f32
                %v327 = arith.addf %v326, %v324 fastmath<contract> : f32
                %v328 = arith.mulf %v283, %v322 fastmath<contract> : f32
                %v329 = arith.mulf %v325, %v287 fastmath<contract> : f32
                %v330 = arith.addf %v329, %v328 fastmath<contract> : f32
                %v331 = arith.mulf %v284, %v322 fastmath<contract> : f32
                %v332 = arith.mulf %v325, %v288 fastmath<contract> : f32
                %v333 = arith.addf %v332, %v331 fastmath<contract> : f32
                %v334 = arith.mulf %v285, %v322 fastmath<contract> : f32
                %v335 = arith.mulf %v325, %v289 fastmath<contract> : f32
                %v336 = arith.addf %v335, %v334 fastmath<contract> : f32
                %v337 = arith.mulf %v286, %v322 fastmath<contract> : f32
                %v338 = arith.mulf %v325, %v290 fastmath<contract> : f32
                %v339 = arith.addf %v338, %v337 fastmath<contract> : f32
                %v340 = arith.muli %v36, %v151 : i64
                %v341 = arith.muli %v34, %v150 : i64
                %v342 = arith.addi %v340, %v341 : i64
                %v343 = arith.muli %v278, %v1 : i64
                %v344 = arith.addi %v342, %v343 : i64
                %v345 = llvm.getelementptr %in_phi2[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v346 = llvm.load %v345 : !llvm.ptr -> f32
                %v347 = arith.mulf %v346, %v319 fastmath<contract> : f32
                %v348 = llvm.load %v47 : !llvm.ptr -> f32
                %v349 = arith.mulf %v348, %v280 fastmath<contract> : f32
                %v350 = arith.addf %v347, %v349 fastmath<contract> : f32
                %v351 = llvm.load %v51 : !llvm.ptr -> f32
                %v352 = arith.mulf %v351, %v279 fastmath<contract> : f32
                %v353 = arith.addf %v352, %v350 fastmath<contract> : f32
                %v354 = arith.mulf %v287, %v348 fastmath<contract> : f32
                %v355 = arith.mulf %v351, %v283 fastmath<contract> : f32
                %v356 = arith.addf %v355, %v354 fastmath<contract> : f32
                %v357 = arith.mulf %v288, %v348 fastmath<contract> : f32
                %v358 = arith.mulf %v351, %v284 fastmath<contract> : f32
                %v359 = arith.addf %v358, %v357 fastmath<contract> : f32
                %v360 = arith.mulf %v289, %v348 fastmath<contract> : f32
                %v361 = arith.mulf %v351, %v285 fastmath<contract> : f32
                %v362 = arith.addf %v361, %v360 fastmath<contract> : f32
                %v363 = arith.mulf %v290, %v348 fastmath<contract> : f32
                %v364 = arith.mulf %v351, %v286 fastmath<contract> : f32
                %v365 = arith.addf %v364, %v363 fastmath<contract> : f32
                %v366 = llvm.load %v48 : !llvm.ptr -> f32
                %v367 = arith.mulf %v366, %v281 fastmath<contract> : f32
                %v368 = arith.addf %v57, %v367 fastmath<contract> : f32
                %v369 = llvm.load %v52 : !llvm.ptr -> f32
                %v370 = llvm.load %v53 : !llvm.ptr -> f32
                %v371 = arith.mulf %v369, %v279 fastmath<contract> : f32
                %v372 = arith.addf %v371, %v368 fastmath<contract> : f32
                %v373 = arith.mulf %v370, %v282 fastmath<contract> : f32
                %v374 = arith.addf %v373, %v372 fastmath<contract> : f32
                %v375 = arith.mulf %v291, %v366 fastmath<contract> : f32
                %v376 = arith.mulf %v369, %v283 fastmath<contract> : f32
                %v377 = arith.addf %v376, %v375 fastmath<contract> : f32
                %v378 = arith.mulf %v370, %v295 fastmath<contract> : f32
                %v379 = arith.addf %v378, %v377 fastmath<contract> : f32
                %v380 = arith.mulf %v292, %v366 fastmath<contract> : f32
                %v381 = arith.mulf %v369, %v284 fastmath<contract> : f32
                %v382 = arith.addf %v381, %v380 fastmath<contract> : f32
                %v383 = arith.mulf %v370, %v296 fastmath<contract> : f32
                %v384 = arith.addf %v383, %v382 fastmath<contract> : f32
                %v385 = arith.mulf %v293, %v366 fastmath<contract> : f32
                %v386 = arith.mulf %v369, %v285 fastmath<contract> : f32
                %v387 = arith.addf %v386, %v385 fastmath<contract> : f32
                %v388 = arith.mulf %v370, %v297 fastmath<contract> : f32
                %v389 = arith.addf %v388, %v387 fastmath<contract> : f32
                %v390 = arith.mulf %v294, %v366 fastmath<contract> : f32
                %v391 = arith.mulf %v369, %v286 fastmath<contract> : f32
                %v392 = arith.addf %v391, %v390 fastmath<contract> : f32
                %v393 = arith.mulf %v370, %v298 fastmath<contract> : f32
                %v394 = arith.addf %v393, %v392 fastmath<contract> : f32
                %v395 = arith.muli %v34, %v1 : i64
                %v396 = llvm.getelementptr %in_theta2[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v397 = llvm.load %v396 : !llvm.ptr -> f32
                %v398 = arith.mulf %v397, %v319 fastmath<contract> : f32
                %v399 = llvm.load %v49 : !llvm.ptr -> f32
                %v400 = arith.mulf %v399, %v282 fastmath<contract> : f32
                %v401 = arith.addf %v398, %v400 fastmath<contract> : f32
                %v402 = llvm.load %v54 : !llvm.ptr -> f32
                %v403 = arith.mulf %v402, %v279 fastmath<contract> : f32
                %v404 = arith.addf %v403, %v401 fastmath<contract> : f32
                %v405 = arith.mulf %v295, %v399 fastmath<contract> : f32
                %v406 = arith.mulf %v402, %v283 fastmath<contract> : f32
                %v407 = arith.addf %v406, %v405 fastmath<contract> : f32
                %v408 = arith.mulf %v296, %v399 fastmath<contract> : f32
                %v409 = arith.mulf %v402, %v284 fastmath<contract> : f32
                %v410 = arith.addf %v409, %v408 fastmath<contract> : f32
                %v411 = arith.mulf %v297, %v399 fastmath<contract> : f32
                %v412 = arith.mulf %v402, %v285 fastmath<contract> : f32
                %v413 = arith.addf %v412, %v411 fastmath<contract> : f32
                %v414 = arith.mulf %v298, %v399 fastmath<contract> : f32
                %v415 = arith.mulf %v402, %v286 fastmath<contract> : f32
                %v416 = arith.addf %v415, %v414 fastmath<contract> : f32
                llvm.store %v327, %v42 : f32, !llvm.ptr
                llvm.store %v330, %v59 : f32, !llvm.ptr
                llvm.store %v333, %v60 : f32, !llvm.ptr
                llvm.store %v336, %v61 : f32, !llvm.ptr
                llvm.store %v339, %v62 : f32, !llvm.ptr
                llvm.store %v353, %v43 : f32, !llvm.ptr
                llvm.store %v356, %v63 : f32, !llvm.ptr
                llvm.store %v359, %v64 : f32, !llvm.ptr
                llvm.store %v362, %v65 : f32, !llvm.ptr
                llvm.store %v365, %v66 : f32, !llvm.ptr
                llvm.store %v374, %v44 : f32, !llvm.ptr
                llvm.store %v379, %v67 : f32, !llvm.ptr
                llvm.store %v384, %v68 : f32, !llvm.ptr
                llvm.store %v389, %v69 : f32, !llvm.ptr
                llvm.store %v394, %v70 : f32, !llvm.ptr
                llvm.store %v404, %v45 : f32, !llvm.ptr
                llvm.store %v407, %v71 : f32, !llvm.ptr
                llvm.store %v410, %v72 : f32, !llvm.ptr
                llvm.store %v413, %v73 : f32, !llvm.ptr
                llvm.store %v416, %v74 : f32, !llvm.ptr
                scf.if %v277 {
                }
                llvm.store %v312, %v46 : f32, !llvm.ptr
                llvm.store %v58, %v50 : f32, !llvm.ptr
                llvm.store %v57, %v47 : f32, !llvm.ptr
                llvm.store %v346, %v51 : f32, !llvm.ptr
                llvm.store %v57, %v48 : f32, !llvm.ptr
                %v417 = arith.muli %v34, %v1 : i64
                %v418 = llvm.getelementptr %in_theta1[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v419 = llvm.load %v418 : !llvm.ptr -> f32
                llvm.store %v419, %v52 : f32, !llvm.ptr
                llvm.store %v58, %v53 : f32, !llvm.ptr
                llvm.store %v57, %v49 : f32, !llvm.ptr
                llvm.store %v397, %v54 : f32, !llvm.ptr
                %v420 = arith.addi %v112, %v1 : i64
                %v422 = arith.cmpi slt, %v421, %v118 : i32
                %v423 = arith.cmpi eq, %v421, %v124 : i32
                %v424 = arith.addi %v94, %v420 : i64
                %v425 = llvm.load %v42 : !llvm.ptr -> f32
                %v426 = llvm.load %v43 : !llvm.ptr -> f32
                %v427 = llvm.load %v44 : !llvm.ptr -> f32
                %v428 = llvm.load %v45 : !llvm.ptr -> f32
                %v429 = llvm.load %v59 : !llvm.ptr -> f32
                %v430 = llvm.load %v60 : !llvm.ptr -> f32
                %v431 = llvm.load %v61 : !llvm.ptr -> f32
                %v432 = llvm.load %v62 : !llvm.ptr -> f32
                %v433 = llvm.load %v63 : !llvm.ptr -> f32
                %v434 = llvm.load %v64 : !llvm.ptr -> f32
                %v435 = llvm.load %v65 : !llvm.ptr -> f32
                %v436 = llvm.load %v66 : !llvm.ptr -> f32
                %v437 = llvm.load %v67 : !llvm.ptr -> f32
                %v438 = llvm.load %v68 : !llvm.ptr -> f32
                %v439 = llvm.load %v69 : !llvm.ptr -> f32
                %v440 = llvm.load %v70 : !llvm.ptr -> f32
                %v441 = llvm.load %v71 : !llvm.ptr -> f32
                %v442 = llvm.load %v72 : !llvm.ptr -> f32
                %v443 = llvm.load %v73 : !llvm.ptr -> f32
                %v444 = llvm.load %v74 : !llvm.ptr -> f32
                %v445 = arith.muli %v36, %v151 : i64
                %v446 = arith.muli %v34, %v150 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = arith.muli %v424, %v1 : i64
                %v449 = arith.addi %v447, %v448 : i64
                %v450 = llvm.getelementptr %dy_y[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v451 = llvm.load %v450 : !llvm.ptr -> f32
                %v452 = arith.muli %v36, %v151 : i64
                %v453 = arith.muli %v34, %v150 : i64
                %v454 = arith.addi %v452, %v453 : i64
                %v455 = arith.muli %v424, %v1 : i64
                %v456 = arith.addi %v454, %v455 : i64
                %v457 = llvm.getelementptr %in_phi1[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v458 = llvm.load %v457 : !llvm.ptr -> f32
                %v459 = arith.muli %v36, %v151 : i64
                %v460 = arith.muli %v34, %v150 : i64
                %v461 = arith.addi %v459, %v460 : i64
                %v462 = arith.muli %v424, %v1 : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = llvm.getelementptr %dy_forecast[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v465 = llvm.load %v464 : !llvm.ptr -> f32
                %v466 = arith.mulf %v458, %v465 fastmath<contract> : f32
                %v467 = arith.addf %v451, %v466 fastmath<contract> : f32
                %v468 = llvm.load %v46 : !llvm.ptr -> f32
                %v469 = arith.mulf %v468, %v425 fastmath<contract> : f32
                %v470 = arith.addf %v467, %v469 fastmath<contract> : f32
                %v471 = llvm.load %v50 : !llvm.ptr -> f32
                %v472 = arith.mulf %v471, %v426 fastmath<contract> : f32
                %v473 = arith.addf %v472, %v470 fastmath<contract> : f32
                %v474 = arith.mulf %v429, %v468 fastmath<contract> : f32
                %v475 = arith.mulf %v471, %v433 fastmath<contract> : f32
                %v476 = arith.addf %v475, %v474 fastmath<contract> : f32
                %v477 = arith.mulf %v430, %v468 fastmath<contract> : f32
                %v478 = arith.mulf %v471, %v434 fastmath<contract> : f32
                %v479 = arith.addf %v478, %v477 fastmath<contract> : f32
                %v480 = arith.mulf %v431, %v468 fastmath<contract> : f32
                %v481 = arith.mulf %v471, %v435 fastmath<contract> : f32
                %v482 = arith.addf %v481, %v480 fastmath<contract> : f32
                %v483 = arith.mulf %v432, %v468 fastmath<contract> : f32
                %v484 = arith.mulf %v471, %v436 fastmath<contract> : f32
                %v485 = arith.addf %v484, %v483 fastmath<contract> : f32
                %v486 = arith.muli %v36, %v151 : i64
                %v487 = arith.muli %v34, %v150 : i64
                %v488 = arith.addi %v486, %v487 : i64
                %v489 = arith.muli %v424, %v1 : i64
                %v490 = arith.addi %v488, %v489 : i64
                %v491 = llvm.getelementptr %in_phi2[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v492 = llvm.load %v491 : !llvm.ptr -> f32
                %v493 = arith.mulf %v492, %v465 fastmath<contract> : f32
                %v494 = llvm.load %v47 : !llvm.ptr -> f32
                %v495 = arith.mulf %v494, %v426 fastmath<contract> : f32
                %v496 = arith.addf %v493, %v495 fastmath<contract> : f32
                %v497 = llvm.load %v51 : !llvm.ptr -> f32
                %v498 = arith.mulf %v497, %v425 fastmath<contract> : f32
                %v499 = arith.addf %v498, %v496 fastmath<contract> : f32
                %v500 = arith.mulf %v433, %v494 fastmath<contract> : f32
                %v501 = arith.mulf %v497, %v429 fastmath<contract> : f32
                %v502 = arith.addf %v501, %v500 fastmath<contract> : f32
                %v503 = arith.mulf %v434, %v494 fastmath<contract> : f32
                %v504 = arith.mulf %v497, %v430 fastmath<contract> : f32
                %v505 = arith.addf %v504, %v503 fastmath<contract> : f32
                %v506 = arith.mulf %v435, %v494 fastmath<contract> : f32
                %v507 = arith.mulf %v497, %v431 fastmath<contract> : f32
                %v508 = arith.addf %v507, %v506 fastmath<contract> : f32
                %v509 = arith.mulf %v436, %v494 fastmath<contract> : f32
                %v510 = arith.mulf %v497, %v432 fastmath<contract> : f32
                %v511 = arith.addf %v510, %v509 fastmath<contract> : f32
                %v512 = llvm.load %v48 : !llvm.ptr -> f32
                %v513 = arith.mulf %v512, %v427 fastmath<contract> : f32
                %v514 = arith.addf %v57, %v513 fastmath<contract> : f32
                %v515 = llvm.load %v52 : !llvm.ptr -> f32
                %v516 = llvm.load %v53 : !llvm.ptr -> f32
                %v517 = arith.mulf %v515, %v425 fastmath<contract> : f32
                %v518 = arith.addf %v517, %v514 fastmath<contract> : f32
                %v519 = arith.mulf %v516, %v428 fastmath<contract> : f32
                %v520 = arith.addf %v519, %v518 fastmath<contract> : f32
                %v521 = arith.mulf %v437, %v512 fastmath<contract> : f32
                %v522 = arith.mulf %v515, %v429 fastmath<contract> : f32
                %v523 = arith.addf %v522, %v521 fastmath<contract> : f32
                %v524 = arith.mulf %v516, %v441 fastmath<contract> : f32
                %v525 = arith.addf %v524, %v523 fastmath<contract> : f32
                %v526 = arith.mulf %v438, %v512 fastmath<contract> : f32
                %v527 = arith.mulf %v515, %v430 fastmath<contract> : f32
                %v528 = arith.addf %v527, %v526 fastmath<contract> : f32
                %v529 = arith.mulf %v516, %v442 fastmath<contract> : f32
                %v530 = arith.addf %v529, %v528 fastmath<contract> : f32
                %v531 = arith.mulf %v439, %v512 fastmath<contract> : f32
                %v532 = arith.mulf %v515, %v431 fastmath<contract> : f32
                %v533 = arith.addf %v532, %v531 fastmath<contract> : f32
                %v534 = arith.mulf %v516, %v443 fastmath<contract> : f32
                %v535 = arith.addf %v534, %v533 fastmath<contract> : f32
                %v536 = arith.mulf %v440, %v512 fastmath<contract> : f32
                %v537 = arith.mulf %v515, %v432 fastmath<contract> : f32
                %v538 = arith.addf %v537, %v536 fastmath<contract> : f32
                %v539 = arith.mulf %v516, %v444 fastmath<contract> : f32
                %v540 = arith.addf %v539, %v538 fastmath<contract> : f32
                %v541 = arith.muli %v34, %v1 : i64
                %v542 = llvm.getelementptr %in_theta2[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v543 = llvm.load %v542 : !llvm.ptr -> f32
                %v544 = arith.mulf %v543, %v465 fastmath<contract> : f32
                %v545 = llvm.load %v49 : !llvm.ptr -> f32
                %v546 = arith.mulf %v545, %v428 fastmath<contract> : f32
                %v547 = arith.addf %v544, %v546 fastmath<contract> : f32
                %v548 = llvm.load %v54 : !llvm.ptr -> f32
                %v549 = arith.mulf %v548, %v425 fastmath<contract> : f32
                %v550 = arith.addf %v549, %v547 fastmath<contract> : f32
                %v551 = arith.mulf %v441, %v545 fastmath<contract> : f32
                %v552 = arith.mulf %v548, %v429 fastmath<contract> : f32
                %v553 = arith.addf %v552, %v551 fastmath<contract> : f32
                %v554 = arith.mulf %v442, %v545 fastmath<contract> : f32
                %v555 = arith.mulf %v548, %v430 fastmath<contract> : f32
                %v556 = arith.addf %v555, %v554 fastmath<contract> : f32
                %v557 = arith.mulf %v443, %v545 fastmath<contract> : f32
                %v558 = arith.mulf %v548, %v431 fastmath<contract> : f32
                %v559 = arith.addf %v558, %v557 fastmath<contract> : f32
                %v560 = arith.mulf %v444, %v545 fastmath<contract> : f32
                %v561 = arith.mulf %v548, %v432 fastmath<contract> : f32
                %v562 = arith.addf %v561, %v560 fastmath<contract> : f32
                llvm.store %v473, %v42 : f32, !llvm.ptr
                llvm.store %v476, %v59 : f32, !llvm.ptr
                llvm.store %v479, %v60 : f32, !llvm.ptr
                llvm.store %v482, %v61 : f32, !llvm.ptr
                llvm.store %v485, %v62 : f32, !llvm.ptr
                llvm.store %v499, %v43 : f32, !llvm.ptr
                llvm.store %v502, %v63 : f32, !llvm.ptr
                llvm.store %v505, %v64 : f32, !llvm.ptr
                llvm.store %v508, %v65 : f32, !llvm.ptr
                llvm.store %v511, %v66 : f32, !llvm.ptr
                llvm.store %v520, %v44 : f32, !llvm.ptr
                llvm.store %v525, %v67 : f32, !llvm.ptr
                llvm.store %v530, %v68 : f32, !llvm.ptr
                llvm.store %v535, %v69 : f32, !llvm.ptr
                llvm.store %v540, %v70 : f32, !llvm.ptr
                llvm.store %v550, %v45 : f32, !llvm.ptr
                llvm.store %v553, %v71 : f32, !llvm.ptr
                llvm.store %v556, %v72 : f32, !llvm.ptr
                llvm.store %v559, %v73 : f32, !llvm.ptr
                llvm.store %v562, %v74 : f32, !llvm.ptr
                scf.if %v423 {
                }
                llvm.store %v458, %v46 : f32, !llvm.ptr
                llvm.store %v58, %v50 : f32, !llvm.ptr
                llvm.store %v57, %v47 : f32, !llvm.ptr
                llvm.store %v492, %v51 : f32, !llvm.ptr
                llvm.store %v57, %v48 : f32, !llvm.ptr
                %v563 = arith.muli %v34, %v1 : i64
                %v564 = llvm.getelementptr %in_theta1[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v565 = llvm.load %v564 : !llvm.ptr -> f32
                llvm.store %v565, %v52 : f32, !llvm.ptr
                llvm.store %v58, %v53 : f32, !llvm.ptr
                llvm.store %v57, %v49 : f32, !llvm.ptr
                llvm.store %v543, %v54 : f32, !llvm.ptr
                %v566 = arith.addi %v112, %v75 : i64
                %v568 = arith.cmpi slt, %v567, %v118 : i32
                %v569 = arith.cmpi eq, %v567, %v124 : i32
                %v570 = arith.addi %v94, %v566 : i64
                %v571 = llvm.load %v42 : !llvm.ptr -> f32
                %v572 = llvm.load %v43 : !llvm.ptr -> f32
                %v573 = llvm.load %v44 : !llvm.ptr -> f32
                %v574 = llvm.load %v45 : !llvm.ptr -> f32
                %v575 = llvm.load %v59 : !llvm.ptr -> f32
                %v576 = llvm.load %v60 : !llvm.ptr -> f32
                %v577 = llvm.load %v61 : !llvm.ptr -> f32
                %v578 = llvm.load %v62 : !llvm.ptr -> f32
                %v579 = llvm.load %v63 : !llvm.ptr -> f32
                %v580 = llvm.load %v64 : !llvm.ptr -> f32
                %v581 = llvm.load %v65 : !llvm.ptr -> f32
                %v582 = llvm.load %v66 : !llvm.ptr -> f32
                %v583 = llvm.load %v67 : !llvm.ptr -> f32
                %v584 = llvm.load %v68 : !llvm.ptr -> f32
                %v585 = llvm.load %v69 : !llvm.ptr -> f32
                %v586 = llvm.load %v70 : !llvm.ptr -> f32
                %v587 = llvm.load %v71 : !llvm.ptr -> f32
                %v588 = llvm.load %v72 : !llvm.ptr -> f32
                %v589 = llvm.load %v73 : !llvm.ptr -> f32
                %v590 = llvm.load %v74 : !llvm.ptr -> f32
                %v591 = arith.muli %v36, %v151 : i64
                %v592 = arith.muli %v34, %v150 : i64
                %v593 = arith.addi %v591, %v592 : i64
                %v594 = arith.muli %v570, %v1 : i64
                %v595 = arith.addi %v593, %v594 : i64
                %v596 = llvm.getelementptr %dy_y[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v597 = llvm.load %v596 : !llvm.ptr -> f32
                %v598 = arith.muli %v36, %v151 : i64
                %v599 = arith.muli %v34, %v150 : i64
                %v600 = arith.addi %v598, %v599 : i64
                %v601 = arith.muli %v570, %v1 : i64
                %v602 = arith.addi %v600, %v601 : i64
                %v603 = llvm.getelementptr %in_phi1[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v604 = llvm.load %v603 : !llvm.ptr -> f32
                %v605 = arith.muli %v36, %v151 : i64
                %v606 = arith.muli %v34, %v150 : i64
                %v607 = arith.addi %v605, %v606 : i64
                %v608 = arith.muli %v570, %v1 : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = llvm.getelementptr %dy_forecast[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v611 = llvm.load %v610 : !llvm.ptr -> f32
                %v612 = arith.mulf %v604, %v611 fastmath<contract> : f32
                %v613 = arith.addf %v597, %v612 fastmath<contract> : f32
                %v614 = llvm.load %v46 : !llvm.ptr -> f32
                %v615 = arith.mulf %v614, %v571 fastmath<contract> : f32
                %v616 = arith.addf %v613, %v615 fastmath<contract> : f32
                %v617 = llvm.load %v50 : !llvm.ptr -> f32
                %v618 = arith.mulf %v617, %v572 fastmath<contract> : f32
                %v619 = arith.addf %v618, %v616 fastmath<contract> : f32
                %v620 = arith.mulf %v575, %v614 fastmath<contract> : f32
                %v621 = arith.mulf %v617, %v579 fastmath<contract> : f32
                %v622 = arith.addf %v621, %v620 fastmath<contract> : f32
                %v623 = arith.mulf %v576, %v614 fastmath<contract> : f32
                %v624 = arith.mulf %v617, %v580 fastmath<contract> : f32
                %v625 = arith.addf %v624, %v623 fastmath<contract> : f32
                %v626 = arith.mulf %v577, %v614 fastmath<contract> : f32
                %v627 = arith.mulf %v617, %v581 fastmath<contract> : f32
                %v628 = arith.addf %v627, %v626 fastmath<contract> : f32
                %v629 = arith.mulf %v578, %v614 fastmath<contract> : f32
                %v630 = arith.mulf %v617, %v582 fastmath<contract> : f32
                %v631 = arith.addf %v630, %v629 fastmath<contract> : f32
                %v632 = arith.muli %v36, %v151 : i64
                %v633 = arith.muli %v34, %v150 : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = arith.muli %v570, %v1 : i64
                %v636 = arith.addi %v634, %v635 : i64
                %v637 = llvm.getelementptr %in_phi2[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v638 = llvm.load %v637 : !llvm.ptr -> f32
                %v639 = arith.mulf %v638, %v611 fastmath<contract> : f32
                %v640 = llvm.load %v47 : !llvm.ptr -> f32
                %v641 = arith.mulf %v640, %v572 fastmath<contract> : f32
                %v642 = arith.addf %v639, %v641 fastmath<contract> : f32
                %v643 = llvm.load %v51 : !llvm.ptr -> f32
                %v644 = arith.mulf %v643, %v571 fastmath<contract> : f32
                %v645 = arith.addf %v644, %v642 fastmath<contract> : f32
                %v646 = arith.mulf %v579, %v640 fastmath<contract> : f32
                %v647 = arith.mulf %v643, %v575 fastmath<contract> : f32
                %v648 = arith.addf %v647, %v646 fastmath<contract> : f32
                %v649 = arith.mulf %v580, %v640 fastmath<contract> : f32
                %v650 = arith.mulf %v643, %v576 fastmath<contract> : f32
                %v651 = arith.addf %v650, %v649 fastmath<contract> : f32
                %v652 = arith.mulf %v581, %v640 fastmath<contract> : f32
                %v653 = arith.mulf %v643, %v577 fastmath<contract> : f32
                %v654 = arith.addf %v653, %v652 fastmath<contract> : f32
                %v655 = arith.mulf %v582, %v640 fastmath<contract> : f32
                %v656 = arith.mulf %v643, %v578 fastmath<contract> : f32
                %v657 = arith.addf %v656, %v655 fastmath<contract> : f32
                %v658 = llvm.load %v48 : !llvm.ptr -> f32
                %v659 = arith.mulf %v658, %v573 fastmath<contract> : f32
                %v660 = arith.addf %v57, %v659 fastmath<contract> : f32
                %v661 = llvm.load %v52 : !llvm.ptr -> f32
                %v662 = llvm.load %v53 : !llvm.ptr -> f32
                %v663 = arith.mulf %v661, %v571 fastmath<contract> : f32
                %v664 = arith.addf %v663, %v660 fastmath<contract> : f32
                %v665 = arith.mulf %v662, %v574 fastmath<contract> : f32
                %v666 = arith.addf %v665, %v664 fastmath<contract> : f32
                %v667 = arith.mulf %v583, %v658 fastmath<contract> : f32
                %v668 = arith.mulf %v661, %v575 fastmath<contract> : f32
                %v669 = arith.addf %v668, %v667 fastmath<contract> : f32
                %v670 = arith.mulf %v662, %v587 fastmath<contract> : f32
                %v671 = arith.addf %v670, %v669 fastmath<contract> : f32
                %v672 = arith.mulf %v584, %v658 fastmath<contract> : f32
                %v673 = arith.mulf %v661, %v576 fastmath<contract> : f32
                %v674 = arith.addf %v673, %v672 fastmath<contract> : f32
                %v675 = arith.mulf %v662, %v588 fastmath<contract> : f32
                %v676 = arith.addf %v675, %v674 fastmath<contract> : f32
                %v677 = arith.mulf %v585, %v658 fastmath<contract> : f32
                %v678 = arith.mulf %v661, %v577 fastmath<contract> : f32
                %v679 = arith.addf %v678, %v677 fastmath<contract> : f32
                %v680 = arith.mulf %v662, %v589 fastmath<contract> : f32
                %v681 = arith.addf %v680, %v679 fastmath<contract> : f32
                %v682 = arith.mulf %v586, %v658 fastmath<contract> : f32
                %v683 = arith.mulf %v661, %v578 fastmath<contract> : f32
                %v684 = arith.addf %v683, %v682 fastmath<contract> : f32
                %v685 = arith.mulf %v662, %v590 fastmath<contract> : f32
                %v686 = arith.addf %v685, %v684 fastmath<contract> : f32
                %v687 = arith.muli %v34, %v1 : i64
                %v688 = llvm.getelementptr %in_theta2[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v689 = llvm.load %v688 : !llvm.ptr -> f32
                %v690 = arith.mulf %v689, %v611 fastmath<contract> : f32
                %v691 = llvm.load %v49 : !llvm.ptr -> f32
                %v692 = arith.mulf %v691, %v574 fastmath<contract> : f32
                %v693 = arith.addf %v690, %v692 fastmath<contract> : f32
                %v694 = llvm.load %v54 : !llvm.ptr -> f32
                %v695 = arith.mulf %v694, %v571 fastmath<contract> : f32
                %v696 = arith.addf %v695, %v693 fastmath<contract> : f32
                %v697 = arith.mulf %v587, %v691 fastmath<contract> : f32
                %v698 = arith.mulf %v694, %v575 fastmath<contract> : f32
                %v699 = arith.addf %v698, %v697 fastmath<contract> : f32
                %v700 = arith.mulf %v588, %v691 fastmath<contract> : f32
                %v701 = arith.mulf %v694, %v576 fastmath<contract> : f32
                %v702 = arith.addf %v701, %v700 fastmath<contract> : f32
                %v703 = arith.mulf %v589, %v691 fastmath<contract> : f32
                %v704 = arith.mulf %v694, %v577 fastmath<contract> : f32
                %v705 = arith.addf %v704, %v703 fastmath<contract> : f32
                %v706 = arith.mulf %v590, %v691 fastmath<contract> : f32
                %v707 = arith.mulf %v694, %v578 fastmath<contract> : f32
                %v708 = arith.addf %v707, %v706 fastmath<contract> : f32
                llvm.store %v619, %v42 : f32, !llvm.ptr
                llvm.store %v622, %v59 : f32, !llvm.ptr
                llvm.store %v625, %v60 : f32, !llvm.ptr
                llvm.store %v628, %v61 : f32, !llvm.ptr
                llvm.store %v631, %v62 : f32, !llvm.ptr
                llvm.store %v645, %v43 : f32, !llvm.ptr
                llvm.store %v648, %v63 : f32, !llvm.ptr
                llvm.store %v651, %v64 : f32, !llvm.ptr
                llvm.store %v654, %v65 : f32, !llvm.ptr
                llvm.store %v657, %v66 : f32, !llvm.ptr
                llvm.store %v666, %v44 : f32, !llvm.ptr
                llvm.store %v671, %v67 : f32, !llvm.ptr
                llvm.store %v676, %v68 : f32, !llvm.ptr
                llvm.store %v681, %v69 : f32, !llvm.ptr
                llvm.store %v686, %v70 : f32, !llvm.ptr
                llvm.store %v696, %v45 : f32, !llvm.ptr
                llvm.store %v699, %v71 : f32, !llvm.ptr
                llvm.store %v702, %v72 : f32, !llvm.ptr
                llvm.store %v705, %v73 : f32, !llvm.ptr
                llvm.store %v708, %v74 : f32, !llvm.ptr
                scf.if %v569 {
                }
                llvm.store %v604, %v46 : f32, !llvm.ptr
                llvm.store %v58, %v50 : f32, !llvm.ptr
                llvm.store %v57, %v47 : f32, !llvm.ptr
                llvm.store %v638, %v51 : f32, !llvm.ptr
                llvm.store %v57, %v48 : f32, !llvm.ptr
                %v709 = arith.muli %v34, %v1 : i64
                %v710 = llvm.getelementptr %in_theta1[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v711 = llvm.load %v710 : !llvm.ptr -> f32
                llvm.store %v711, %v52 : f32, !llvm.ptr
                llvm.store %v58, %v53 : f32, !llvm.ptr
                llvm.store %v57, %v49 : f32, !llvm.ptr
                llvm.store %v689, %v54 : f32, !llvm.ptr
              } else {
                %v712 = arith.subi %v96, %v1 : i64
                // the group's states, recomputed into registers
                %v713 = arith.subi %v96, %v112 : i64
                %v714 = arith.trunci %v713 : i64 to i32
                %v715 = arith.subi %size_L, %v1 : i64
                %v716 = arith.addi %v94, %v112 : i64
                %v717 = arith.subi %v715, %v716 : i64
                %v718 = arith.minsi %v717, %v122 : i64
                %v719 = arith.trunci %v718 : i64 to i32
                %v720 = arith.addi %v112, %v78 : i64
                %v721 = arith.cmpi slt, %v126, %v714 : i32
                %v722 = arith.cmpi eq, %v126, %v719 : i32
                scf.if %v721 {
                  %v723 = arith.addi %v94, %v720 : i64
                  %v724 = llvm.load %v42 : !llvm.ptr -> f32
                  %v725 = llvm.load %v43 : !llvm.ptr -> f32
                  %v726 = llvm.load %v44 : !llvm.ptr -> f32
                  %v727 = llvm.load %v45 : !llvm.ptr -> f32
                  %v728 = llvm.load %v59 : !llvm.ptr -> f32
                  %v729 = llvm.load %v60 : !llvm.ptr -> f32
                  %v730 = llvm.load %v61 : !llvm.ptr -> f32
                  %v731 = llvm.load %v62 : !llvm.ptr -> f32
                  %v732 = llvm.load %v63 : !llvm.ptr -> f32
                  %v733 = llvm.load %v64 : !llvm.ptr -> f32
                  %v734 = llvm.load %v65 : !llvm.ptr -> f32
                  %v735 = llvm.load %v66 : !llvm.ptr -> f32
                  %v736 = llvm.load %v67 : !llvm.ptr -> f32
                  %v737 = llvm.load %v68 : !llvm.ptr -> f32
                  %v738 = llvm.load %v69 : !llvm.ptr -> f32
                  %v739 = llvm.load %v70 : !llvm.ptr -> f32
                  %v740 = llvm.load %v71 : !llvm.ptr -> f32
                  %v741 = llvm.load %v72 : !llvm.ptr -> f32
                  %v742 = llvm.load %v73 : !llvm.ptr -> f32
                  %v743 = llvm.load %v74 : !llvm.ptr -> f32
                  %v744 = arith.muli %v36, %v151 : i64
                  %v745 = arith.muli %v34, %v150 : i64
                  %v746 = arith.addi %v744, %v745 : i64
                  %v747 = arith.muli %v723, %v1 : i64
                  %v748 = arith.addi %v746, %v747 : i64
                  %v749 = llvm.getelementptr %dy_y[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v750 = llvm.load %v749 : !llvm.ptr -> f32
                  %v751 = arith.muli %v36, %v151 : i64
                  %v752 = arith.muli %v34, %v150 : i64
                  %v753 = arith.addi %v751, %v752 : i64
                  %v754 = arith.muli %v723, %v1 : i64
                  %v755 = arith.addi %v753, %v754 : i64
                  %v756 = llvm.getelementptr %in_phi1[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v757 = llvm.load %v756 : !llvm.ptr -> f32
                  %v758 = arith.muli %v36, %v151 : i64
                  %v759 = arith.muli %v34, %v150 : i64
                  %v760 = arith.addi %v758, %v759 : i64
                  %v761 = arith.muli %v723, %v1 : i64
                  %v762 = arith.addi %v760, %v761 : i64
                  %v763 = llvm.getelementptr %dy_forecast[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v764 = llvm.load %v763 : !llvm.ptr -> f32
                  %v765 = arith.mulf %v757, %v764 fastmath<contract> : f32
                  %v766 = arith.addf %v750, %v765 fastmath<contract> : f32
                  %v767 = llvm.load %v46 : !llvm.ptr -> f32
                  %v768 = arith.mulf %v767, %v724 fastmath<contract> : f32
                  %v769 = arith.addf %v766, %v768 fastmath<contract> : f32
                  %v770 = llvm.load %v50 : !llvm.ptr -> f32
                  %v771 = arith.mulf %v770, %v725 fastmath<contract> : f32
                  %v772 = arith.addf %v771, %v769 fastmath<contract> : f32
                  %v773 = arith.mulf %v728, %v767 fastmath<contract> : f32
                  %v774 = arith.mulf %v770, %v732 fastmath<contract> : f32
                  %v775 = arith.addf %v774, %v773 fastmath<contract> : f32
                  %v776 = arith.mulf %v729, %v767 fastmath<contract> : f32
                  %v777 = arith.mulf %v770, %v733 fastmath<contract> : f32
                  %v778 = arith.addf %v777, %v776 fastmath<contract> : f32
                  %v779 = arith.mulf %v730, %v767 fastmath<contract> : f32
                  %v780 = arith.mulf %v770, %v734 fastmath<contract> : f32
                  %v781 = arith.addf %v780, %v779 fastmath<contract> : f32
                  %v782 = arith.mulf %v731, %v767 fastmath<contract> : f32
                  %v783 = arith.mulf %v770, %v735 fastmath<contract> : f32
                  %v784 = arith.addf %v783, %v782 fastmath<contract> : f32
                  %v785 = arith.muli %v36, %v151 : i64
                  %v786 = arith.muli %v34, %v150 : i64
                  %v787 = arith.addi %v785, %v786 : i64
                  %v788 = arith.muli %v723, %v1 : i64
                  %v789 = arith.addi %v787, %v788 : i64
                  %v790 = llvm.getelementptr %in_phi2[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v791 = llvm.load %v790 : !llvm.ptr -> f32
                  %v792 = arith.mulf %v791, %v764 fastmath<contract> : f32
                  %v793 = llvm.load %v47 : !llvm.ptr -> f32
                  %v794 = arith.mulf %v793, %v725 fastmath<contract> : f32
                  %v795 = arith.addf %v792, %v794 fastmath<contract> : f32
                  %v796 = llvm.load %v51 : !llvm.ptr -> f32
                  %v797 = arith.mulf %v796, %v724 fastmath<contract> : f32
                  %v798 = arith.addf %v797, %v795 fastmath<contract> : f32
                  %v799 = arith.mulf %v732, %v793 fastmath<contract> : f32
                  %v800 = arith.mulf %v796, %v728 fastmath<contract> : f32
                  %v801 = arith.addf %v800, %v799 fastmath<contract> : f32
                  %v802 = arith.mulf %v733, %v793 fastmath<contract> : f32
                  %v803 = arith.mulf %v796, %v729 fastmath<contract> : f32
                  %v804 = arith.addf %v803, %v802 fastmath<contract> : f32
                  %v805 = arith.mulf %v734, %v793 fastmath<contract> : f32
                  %v806 = arith.mulf %v796, %v730 fastmath<contract> : f32
                  %v807 = arith.addf %v806, %v805 fastmath<contract> : f32
                  %v808 = arith.mulf %v735, %v793 fastmath<contract> : f32
                  %v809 = arith.mulf %v796, %v731 fastmath<contract> : f32
                  %v810 = arith.addf %v809, %v808 fastmath<contract> : f32
                  %v811 = llvm.load %v48 : !llvm.ptr -> f32
                  %v812 = arith.mulf %v811, %v726 fastmath<contract> : f32
                  %v813 = arith.addf %v57, %v812 fastmath<contract> : f32
                  %v814 = llvm.load %v52 : !llvm.ptr -> f32
                  %v815 = llvm.load %v53 : !llvm.ptr -> f32
                  %v816 = arith.mulf %v814, %v724 fastmath<contract> : f32
                  %v817 = arith.addf %v816, %v813 fastmath<contract> : f32
                  %v818 = arith.mulf %v815, %v727 fastmath<contract> : f32
                  %v819 = arith.addf %v818, %v817 fastmath<contract> : f32
                  %v820 = arith.mulf %v736, %v811 fastmath<contract> : f32
                  %v821 = arith.mulf %v814, %v728 fastmath<contract> : f32
                  %v822 = arith.addf %v821, %v820 fastmath<contract> : f32
                  %v823 = arith.mulf %v815, %v740 fastmath<contract> : f32
                  %v824 = arith.addf %v823, %v822 fastmath<contract> : f32
                  %v825 = arith.mulf %v737, %v811 fastmath<contract> : f32
                  %v826 = arith.mulf %v814, %v729 fastmath<contract> : f32
                  %v827 = arith.addf %v826, %v825 fastmath<contract> : f32
                  %v828 = arith.mulf %v815, %v741 fastmath<contract> : f32
                  %v829 = arith.addf %v828, %v827 fastmath<contract> : f32
                  %v830 = arith.mulf %v738, %v811 fastmath<contract> : f32
                  %v831 = arith.mulf %v814, %v730 fastmath<contract> : f32
                  %v832 = arith.addf %v831, %v830 fastmath<contract> : f32
                  %v833 = arith.mulf %v815, %v742 fastmath<contract> : f32
                  %v834 = arith.addf %v833, %v832 fastmath<contract> : f32
                  %v835 = arith.mulf %v739, %v811 fastmath<contract> : f32
                  %v836 = arith.mulf %v814, %v731 fastmath<contract> : f32
                  %v837 = arith.addf %v836, %v835 fastmath<contract> : f32
                  %v838 = arith.mulf %v815, %v743 fastmath<contract> : f32
                  %v839 = arith.addf %v838, %v837 fastmath<contract> : f32
                  %v840 = arith.muli %v34, %v1 : i64
                  %v841 = llvm.getelementptr %in_theta2[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v842 = llvm.load %v841 : !llvm.ptr -> f32
                  %v843 = arith.mulf %v842, %v764 fastmath<contract> : f32
                  %v844 = llvm.load %v49 : !llvm.ptr -> f32
                  %v845 = arith.mulf %v844, %v727 fastmath<contract> : f32
                  %v846 = arith.addf %v843, %v845 fastmath<contract> : f32
                  %v847 = llvm.load %v54 : !llvm.ptr -> f32
                  %v848 = arith.mulf %v847, %v724 fastmath<contract> : f32
                  %v849 = arith.addf %v848, %v846 fastmath<contract> : f32
                  %v850 = arith.mulf %v740, %v844 fastmath<contract> : f32
                  %v851 = arith.mulf %v847, %v728 fastmath<contract> : f32
                  %v852 = arith.addf %v851, %v850 fastmath<contract> : f32
                  %v853 = arith.mulf %v741, %v844 fastmath<contract> : f32
                  %v854 = arith.mulf %v847, %v729 fastmath<contract> : f32
                  %v855 = arith.addf %v854, %v853 fastmath<contract> : f32
                  %v856 = arith.mulf %v742, %v844 fastmath<contract> : f32
                  %v857 = arith.mulf %v847, %v730 fastmath<contract> : f32
                  %v858 = arith.addf %v857, %v856 fastmath<contract> : f32
                  %v859 = arith.mulf %v743, %v844 fastmath<contract> : f32
                  %v860 = arith.mulf %v847, %v731 fastmath<contract> : f32
                  %v861 = arith.addf %v860, %v859 fastmath<contract> : f32
                  llvm.store %v772, %v42 : f32, !llvm.ptr
                  llvm.store %v775, %v59 : f32, !llvm.ptr
                  llvm.store %v778, %v60 : f32, !llvm.ptr
                  llvm.store %v781, %v61 : f32, !llvm.ptr
                  llvm.store %v784, %v62 : f32, !llvm.ptr
                  llvm.store %v798, %v43 : f32, !llvm.ptr
                  llvm.store %v801, %v63 : f32, !llvm.ptr
                  llvm.store %v804, %v64 : f32, !llvm.ptr
                  llvm.store %v807, %v65 : f32, !llvm.ptr
                  llvm.store %v810, %v66 : f32, !llvm.ptr
                  llvm.store %v819, %v44 : f32, !llvm.ptr
                  llvm.store %v824, %v67 : f32, !llvm.ptr
                  llvm.store %v829, %v68 : f32, !llvm.ptr
                  llvm.store %v834, %v69 : f32, !llvm.ptr
                  llvm.store %v839, %v70 : f32, !llvm.ptr
                  llvm.store %v849, %v45 : f32, !llvm.ptr
                  llvm.store %v852, %v71 : f32, !llvm.ptr
                  llvm.store %v855, %v72 : f32, !llvm.ptr
                  llvm.store %v858, %v73 : f32, !llvm.ptr
                  llvm.store %v861, %v74 : f32, !llvm.ptr
                  scf.if %v722 {
                  }
                  llvm.store %v757, %v46 : f32, !llvm.ptr
                  llvm.store %v58, %v50 : f32, !llvm.ptr
                  llvm.store %v57, %v47 : f32, !llvm.ptr
                  llvm.store %v791, %v51 : f32, !llvm.ptr
                  llvm.store %v57, %v48 : f32, !llvm.ptr
                  %v862 = arith.muli %v34, %v1 : i64
                  %v863 = llvm.getelementptr %in_theta1[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v864 = llvm.load %v863 : !llvm.ptr -> f32
                  llvm.store %v864, %v52 : f32, !llvm.ptr
                  llvm.store %v58, %v53 : f32, !llvm.ptr
                  llvm.store %v57, %v49 : f32, !llvm.ptr
                  llvm.store %v842, %v54 : f32, !llvm.ptr
                }
                %v865 = arith.addi %v112, %v273 : i64
                %v866 = arith.cmpi slt, %v275, %v714 : i32
                %v867 = arith.cmpi eq, %v275, %v719 : i32
                scf.if %v866 {
                  %v868 = arith.addi %v94, %v865 : i64
                  %v869 = llvm.load %v42 : !llvm.ptr -> f32
                  %v870 = llvm.load %v43 : !llvm.ptr -> f32
                  %v871 = llvm.load %v44 : !llvm.ptr -> f32
                  %v872 = llvm.load %v45 : !llvm.ptr -> f32
                  %v873 = llvm.load %v59 : !llvm.ptr -> f32
                  %v874 = llvm.load %v60 : !llvm.ptr -> f32
                  %v875 = llvm.load %v61 : !llvm.ptr -> f32
                  %v876 = llvm.load %v62 : !llvm.ptr -> f32
                  %v877 = llvm.load %v63 : !llvm.ptr -> f32
                  %v878 = llvm.load %v64 : !llvm.ptr -> f32
                  %v879 = llvm.load %v65 : !llvm.ptr -> f32
                  %v880 = llvm.load %v66 : !llvm.ptr -> f32
                  %v881 = llvm.load %v67 : !llvm.ptr -> f32
                  %v882 = llvm.load %v68 : !llvm.ptr -> f32
                  %v883 = llvm.load %v69 : !llvm.ptr -> f32
                  %v884 = llvm.load %v70 : !llvm.ptr -> f32
                  %v885 = llvm.load %v71 : !llvm.ptr -> f32
                  %v886 = llvm.load %v72 : !llvm.ptr -> f32
                  %v887 = llvm.load %v73 : !llvm.ptr -> f32
                  %v888 = llvm.load %v74 : !llvm.ptr -> f32
                  %v889 = arith.muli %v36, %v151 : i64
                  %v890 = arith.muli %v34, %v150 : i64
                  %v891 = arith.addi %v889, %v890 : i64
                  %v892 = arith.muli %v868, %v1 : i64
                  %v893 = arith.addi %v891, %v892 : i64
                  %v894 = llvm.getelementptr %dy_y[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v895 = llvm.load %v894 : !llvm.ptr -> f32
                  %v896 = arith.muli %v36, %v151 : i64
                  %v897 = arith.muli %v34, %v150 : i64
                  %v898 = arith.addi %v896, %v897 : i64
                  %v899 = arith.muli %v868, %v1 : i64
                  %v900 = arith.addi %v898, %v899 : i64
                  %v901 = llvm.getelementptr %in_phi1[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v902 = llvm.load %v901 : !llvm.ptr -> f32
                  %v903 = arith.muli %v36, %v151 : i64
                  %v904 = arith.muli %v34, %v150 : i64
                  %v905 = arith.addi %v903, %v904 : i64
                  %v906 = arith.muli %v868, %v1 : i64
                  %v907 = arith.addi %v905, %v906 : i64
                  %v908 = llvm.getelementptr %dy_forecast[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v909 = llvm.load %v908 : !llvm.ptr -> f32
                  %v910 = arith.mulf %v902, %v909 fastmath<contract> : f32
                  %v911 = arith.addf %v895, %v910 fastmath<contract> : f32
                  %v912 = llvm.load %v46 : !llvm.ptr -> f32
                  %v913 = arith.mulf %v912, %v869 fastmath<contract> : f32
                  %v914 = arith.addf %v911, %v913 fastmath<contract> : f32
                  %v915 = llvm.load %v50 : !llvm.ptr -> f32
                  %v916 = arith.mulf %v915, %v870 fastmath<contract> : f32
                  %v917 = arith.addf %v916, %v914 fastmath<contract> : f32
                  %v918 = arith.mulf %v873, %v912 fastmath<contract> : f32
                  %v919 = arith.mulf %v915, %v877 fastmath<contract> : f32
                  %v920 = arith.addf %v919, %v918 fastmath<contract> : f32
                  %v921 = arith.mulf %v874, %v912 fastmath<contract> : f32
                  %v922 = arith.mulf %v915, %v878 fastmath<contract> : f32
                  %v923 = arith.addf %v922, %v921 fastmath<contract> : f32
                  %v924 = arith.mulf %v875, %v912 fastmath<contract> : f32
                  %v925 = arith.mulf %v915, %v879 fastmath<contract> : f32
                  %v926 = arith.addf %v925, %v924 fastmath<contract> : f32
                  %v927 = arith.mulf %v876, %v912 fastmath<contract> : f32
                  %v928 = arith.mulf %v915, %v880 fastmath<contract> : f32
                  %v929 = arith.addf %v928, %v927 fastmath<contract> : f32
                  %v930 = arith.muli %v36, %v151 : i64
                  %v931 = arith.muli %v34, %v150 : i64
                  %v932 = arith.addi %v930, %v931 : i64
                  %v933 = arith.muli %v868, %v1 : i64
                  %v934 = arith.addi %v932, %v933 : i64
                  %v935 = llvm.getelementptr %in_phi2[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v936 = llvm.load %v935 : !llvm.ptr -> f32
                  %v937 = arith.mulf %v936, %v909 fastmath<contract> : f32
                  %v938 = llvm.load %v47 : !llvm.ptr -> f32
                  %v939 = arith.mulf %v938, %v870 fastmath<contract> : f32
                  %v940 = arith.addf %v937, %v939 fastmath<contract> : f32
                  %v941 = llvm.load %v51 : !llvm.ptr -> f32
                  %v942 = arith.mulf %v941, %v869 fastmath<contract> : f32
                  %v943 = arith.addf %v942, %v940 fastmath<contract> : f32
                  %v944 = arith.mulf %v877, %v938 fastmath<contract> : f32
                  %v945 = arith.mulf %v941, %v873 fastmath<contract> : f32
                  %v946 = arith.addf %v945, %v944 fastmath<contract> : f32
                  %v947 = arith.mulf %v878, %v938 fastmath<contract> : f32
                  %v948 = arith.mulf %v941, %v874 fastmath<contract> : f32
                  %v949 = arith.addf %v948, %v947 fastmath<contract> : f32
                  %v950 = arith.mulf %v879, %v938 fastmath<contract> : f32
                  %v951 = arith.mulf %v941, %v875 fastmath<contract> : f32
                  %v952 = arith.addf %v951, %v950 fastmath<contract> : f32
                  %v953 = arith.mulf %v880, %v938 fastmath<contract> : f32
                  %v954 = arith.mulf %v941, %v876 fastmath<contract> : f32
                  %v955 = arith.addf %v954, %v953 fastmath<contract> : f32
                  %v956 = llvm.load %v48 : !llvm.ptr -> f32
                  %v957 = arith.mulf %v956, %v871 fastmath<contract> : f32
                  %v958 = arith.addf %v57, %v957 fastmath<contract> : f32
                  %v959 = llvm.load %v52 : !llvm.ptr -> f32
                  %v960 = llvm.load %v53 : !llvm.ptr -> f32
                  %v961 = arith.mulf %v959, %v869 fastmath<contract> : f32
                  %v962 = arith.addf %v961, %v958 fastmath<contract> : f32
                  %v963 = arith.mulf %v960, %v872 fastmath<contract> : f32
                  %v964 = arith.addf %v963, %v962 fastmath<contract> : f32
                  %v965 = arith.mulf %v881, %v956 fastmath<contract> : f32
                  %v966 = arith.mulf %v959, %v873 fastmath<contract> : f32
                  %v967 = arith.addf %v966, %v965 fastmath<contract> : f32
                  %v968 = arith.mulf %v960, %v885 fastmath<contract> : f32
                  %v969 = arith.addf %v968, %v967 fastmath<contract> : f32
                  %v970 = arith.mulf %v882, %v956 fastmath<contract> : f32
                  %v971 = arith.mulf %v959, %v874 fastmath<contract> : f32
                  %v972 = arith.addf %v971, %v970 fastmath<contract> : f32
                  %v973 = arith.mulf %v960, %v886 fastmath<contract> : f32
                  %v974 = arith.addf %v973, %v972 fastmath<contract> : f32
                  %v975 = arith.mulf %v883, %v956 fastmath<contract> : f32
                  %v976 = arith.mulf %v959, %v875 fastmath<contract> : f32
                  %v977 = arith.addf %v976, %v975 fastmath<contract> : f32
                  %v978 = arith.mulf %v960, %v887 fastmath<contract> : f32
                  %v979 = arith.addf %v978, %v977 fastmath<contract> : f32
                  %v980 = arith.mulf %v884, %v956 fastmath<contract> : f32
                  %v981 = arith.mulf %v959, %v876 fastmath<contract> : f32
                  %v982 = arith.addf %v981, %v980 fastmath<contract> : f32
                  %v983 = arith.mulf %v960, %v888 fastmath<contract> : f32
                  %v984 = arith.addf %v983, %v982 fastmath<contract> : f32
                  %v985 = arith.muli %v34, %v1 : i64
                  %v986 = llvm.getelementptr %in_theta2[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v987 = llvm.load %v986 : !llvm.ptr -> f32
                  %v988 = arith.mulf %v987, %v909 fastmath<contract> : f32
                  %v989 = llvm.load %v49 : !llvm.ptr -> f32
                  %v990 = arith.mulf %v989, %v872 fastmath<contract> : f32
                  %v991 = arith.addf %v988, %v990 fastmath<contract> : f32
                  %v992 = llvm.load %v54 : !llvm.ptr -> f32
                  %v993 = arith.mulf %v992, %v869 fastmath<contract> : f32
                  %v994 = arith.addf %v993, %v991 fastmath<contract> : f32
                  %v995 = arith.mulf %v885, %v989 fastmath<contract> : f32
                  %v996 = arith.mulf %v992, %v873 fastmath<contract> : f32
                  %v997 = arith.addf %v996, %v995 fastmath<contract> : f32
                  %v998 = arith.mulf %v886, %v989 fastmath<contract> : f32
                  %v999 = arith.mulf %v992, %v874 fastmath<contract> : f32
                  %v1000 = arith.addf %v999, %v998 fastmath<contract> : f32
                  %v1001 = arith.mulf %v887, %v989 fastmath<contract> : f32
                  %v1002 = arith.mulf %v992, %v875 fastmath<contract> : f32
                  %v1003 = arith.addf %v1002, %v1001 fastmath<contract> : f32
                  %v1004 = arith.mulf %v888, %v989 fastmath<contract> : f32
                  %v1005 = arith.mulf %v992, %v876 fastmath<contract> : f32
                  %v1006 = arith.addf %v1005, %v1004 fastmath<contract> : f32
                  llvm.store %v917, %v42 : f32, !llvm.ptr
                  llvm.store %v920, %v59 : f32, !llvm.ptr
                  llvm.store %v923, %v60 : f32, !llvm.ptr
                  llvm.store %v926, %v61 : f32, !llvm.ptr
                  llvm.store %v929, %v62 : f32, !llvm.ptr
                  llvm.store %v943, %v43 : f32, !llvm.ptr
                  llvm.store %v946, %v63 : f32, !llvm.ptr
                  llvm.store %v949, %v64 : f32, !llvm.ptr
                  llvm.store %v952, %v65 : f32, !llvm.ptr
                  llvm.store %v955, %v66 : f32, !llvm.ptr
                  llvm.store %v964, %v44 : f32, !llvm.ptr
                  llvm.store %v969, %v67 : f32, !llvm.ptr
                  llvm.store %v974, %v68 : f32, !llvm.ptr
                  llvm.store %v979, %v69 : f32, !llvm.ptr
                  llvm.store %v984, %v70 : f32, !llvm.ptr
                  llvm.store %v994, %v45 : f32, !llvm.ptr
                  llvm.store %v997, %v71 : f32, !llvm.ptr
                  llvm.store %v1000, %v72 : f32, !llvm.ptr
                  llvm.store %v1003, %v73 : f32, !llvm.ptr
                  llvm.store %v1006, %v74 : f32, !llvm.ptr
                  scf.if %v867 {
                  }
                  llvm.store %v902, %v46 : f32, !llvm.ptr
                  llvm.store %v58, %v50 : f32, !llvm.ptr
                  llvm.store %v57, %v47 : f32, !llvm.ptr
                  llvm.store %v936, %v51 : f32, !llvm.ptr
                  llvm.store %v57, %v48 : f32, !llvm.ptr
                  %v1007 = arith.muli %v34, %v1 : i64
                  %v1008 = llvm.getelementptr %in_theta1[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1009 = llvm.load %v1008 : !llvm.ptr -> f32
                  llvm.store %v1009, %v52 : f32, !llvm.ptr
                  llvm.store %v58, %v53 : f32, !llvm.ptr
                  llvm.store %v57, %v49 : f32, !llvm.ptr
                  llvm.store %v987, %v54 : f32, !llvm.ptr
                }
                %v1010 = arith.addi %v112, %v1 : i64
                %v1011 = arith.cmpi slt, %v421, %v714 : i32
                %v1012 = arith.cmpi eq, %v421, %v719 : i32
                scf.if %v1011 {
                  %v1013 = arith.addi %v94, %v1010 : i64
                  %v1014 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1015 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1016 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1017 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1018 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1019 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1020 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1021 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1022 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1023 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1024 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1025 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1026 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1027 = llvm.load %v68 : !llvm.ptr -> f32
                  %v1028 = llvm.load %v69 : !llvm.ptr -> f32
                  %v1029 = llvm.load %v70 : !llvm.ptr -> f32
                  %v1030 = llvm.load %v71 : !llvm.ptr -> f32
                  %v1031 = llvm.load %v72 : !llvm.ptr -> f32
                  %v1032 = llvm.load %v73 : !llvm.ptr -> f32
                  %v1033 = llvm.load %v74 : !llvm.ptr -> f32
                  %v1034 = arith.muli %v36, %v151 : i64
                  %v1035 = arith.muli %v34, %v150 : i64
                  %v1036 = arith.addi %v1034, %v1035 : i64
                  %v1037 = arith.muli %v1013, %v1 : i64
                  %v1038 = arith.addi %v1036, %v1037 : i64
                  %v1039 = llvm.getelementptr %dy_y[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
                  %v1041 = arith.muli %v36, %v151 : i64
                  %v1042 = arith.muli %v34, %v150 : i64
                  %v1043 = arith.addi %v1041, %v1042 : i64
                  %v1044 = arith.muli %v1013, %v1 : i64
                  %v1045 = arith.addi %v1043, %v1044 : i64
                  %v1046 = llvm.getelementptr %in_phi1[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1047 = llvm.load %v1046 : !llvm.ptr -> f32
                  %v1048 = arith.muli %v36, %v151 : i64
                  %v1049 = arith.muli %v34, %v150 : i64
                  %v1050 = arith.addi %v1048, %v1049 : i64
                  %v1051 = arith.muli %v1013, %v1 : i64
                  %v1052 = arith.addi %v1050, %v1051 : i64
                  %v1053 = llvm.getelementptr %dy_forecast[%v1052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1054 = llvm.load %v1053 : !llvm.ptr -> f32
                  %v1055 = arith.mulf %v1047, %v1054 fastmath<contract> : f32
                  %v1056 = arith.addf %v1040, %v1055 fastmath<contract> : f32
                  %v1057 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1058 = arith.mulf %v1057, %v1014 fastmath<contract> : f32
                  %v1059 = arith.addf %v1056, %v1058 fastmath<contract> : f32
                  %v1060 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1061 = arith.mulf %v1060, %v1015 fastmath<contract> : f32
                  %v1062 = arith.addf %v1061, %v1059 fastmath<contract> : f32
                  %v1063 = arith.mulf %v1018, %v1057 fastmath<contract> : f32
                  %v1064 = arith.mulf %v1060, %v1022 fastmath<contract> : f32
                  %v1065 = arith.addf %v1064, %v1063 fastmath<contract> : f32
                  %v1066 = arith.mulf %v1019, %v1057 fastmath<contract> : f32
                  %v1067 = arith.mulf %v1060, %v1023 fastmath<contract> : f32
                  %v1068 = arith.addf %v1067, %v1066 fastmath<contract> : f32
                  %v1069 = arith.mulf %v1020, %v1057 fastmath<contract> : f32
                  %v1070 = arith.mulf %v1060, %v1024 fastmath<contract> : f32
                  %v1071 = arith.addf %v1070, %v1069 fastmath<contract> : f32
                  %v1072 = arith.mulf %v1021, %v1057 fastmath<contract> : f32
                  %v1073 = arith.mulf %v1060, %v1025 fastmath<contract> : f32
                  %v1074 = arith.addf %v1073, %v1072 fastmath<contract> : f32
                  %v1075 = arith.muli %v36, %v151 : i64
                  %v1076 = arith.muli %v34, %v150 : i64
                  %v1077 = arith.addi %v1075, %v1076 : i64
                  %v1078 = arith.muli %v1013, %v1 : i64
                  %v1079 = arith.addi %v1077, %v1078 : i64
                  %v1080 = llvm.getelementptr %in_phi2[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
                  %v1082 = arith.mulf %v1081, %v1054 fastmath<contract> : f32
                  %v1083 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1084 = arith.mulf %v1083, %v1015 fastmath<contract> : f32
                  %v1085 = arith.addf %v1082, %v1084 fastmath<contract> : f32
                  %v1086 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1087 = arith.mulf %v1086, %v1014 fastmath<contract> : f32
                  %v1088 = arith.addf %v1087, %v1085 fastmath<contract> : f32
                  %v1089 = arith.mulf %v1022, %v1083 fastmath<contract> : f32
                  %v1090 = arith.mulf %v1086, %v1018 fastmath<contract> : f32
                  %v1091 = arith.addf %v1090, %v1089 fastmath<contract> : f32
                  %v1092 = arith.mulf %v1023, %v1083 fastmath<contract> : f32
                  %v1093 = arith.mulf %v1086, %v1019 fastmath<contract> : f32
                  %v1094 = arith.addf %v1093, %v1092 fastmath<contract> : f32
                  %v1095 = arith.mulf %v1024, %v1083 fastmath<contract> : f32
                  %v1096 = arith.mulf %v1086, %v1020 fastmath<contract> : f32
                  %v1097 = arith.addf %v1096, %v1095 fastmath<contract> : f32
                  %v1098 = arith.mulf %v1025, %v1083 fastmath<contract> : f32
                  %v1099 = arith.mulf %v1086, %v1021 fastmath<contract> : f32
                  %v1100 = arith.addf %v1099, %v1098 fastmath<contract> : f32
                  %v1101 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1102 = arith.mulf %v1101, %v1016 fastmath<contract> : f32
                  %v1103 = arith.addf %v57, %v1102 fastmath<contract> : f32
                  %v1104 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1105 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1106 = arith.mulf %v1104, %v1014 fastmath<contract> : f32
                  %v1107 = arith.addf %v1106, %v1103 fastmath<contract> : f32
                  %v1108 = arith.mulf %v1105, %v1017 fastmath<contract> : f32
                  %v1109 = arith.addf %v1108, %v1107 fastmath<contract> : f32
                  %v1110 = arith.mulf %v1026, %v1101 fastmath<contract> : f32
                  %v1111 = arith.mulf %v1104, %v1018 fastmath<contract> : f32
                  %v1112 = arith.addf %v1111, %v1110 fastmath<contract> : f32
                  %v1113 = arith.mulf %v1105, %v1030 fastmath<contract> : f32
                  %v1114 = arith.addf %v1113, %v1112 fastmath<contract> : f32
                  %v1115 = arith.mulf %v1027, %v1101 fastmath<contract> : f32
                  %v1116 = arith.mulf %v1104, %v1019 fastmath<contract> : f32
                  %v1117 = arith.addf %v1116, %v1115 fastmath<contract> : f32
                  %v1118 = arith.mulf %v1105, %v1031 fastmath<contract> : f32
                  %v1119 = arith.addf %v1118, %v1117 fastmath<contract> : f32
                  %v1120 = arith.mulf %v1028, %v1101 fastmath<contract> : f32
                  %v1121 = arith.mulf %v1104, %v1020 fastmath<contract> : f32
                  %v1122 = arith.addf %v1121, %v1120 fastmath<contract> : f32
                  %v1123 = arith.mulf %v1105, %v1032 fastmath<contract> : f32
                  %v1124 = arith.addf %v1123, %v1122 fastmath<contract> : f32
                  %v1125 = arith.mulf %v1029, %v1101 fastmath<contract> : f32
                  %v1126 = arith.mulf %v1104, %v1021 fastmath<contract> : f32
                  %v1127 = arith.addf %v1126, %v1125 fastmath<contract> : f32
                  %v1128 = arith.mulf %v1105, %v1033 fastmath<contract> : f32
                  %v1129 = arith.addf %v1128, %v1127 fastmath<contract> : f32
                  %v1130 = arith.muli %v34, %v1 : i64
                  %v1131 = llvm.getelementptr %in_theta2[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
                  %v1133 = arith.mulf %v1132, %v1054 fastmath<contract> : f32
                  %v1134 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1135 = arith.mulf %v1134, %v1017 fastmath<contract> : f32
                  %v1136 = arith.addf %v1133, %v1135 fastmath<contract> : f32
                  %v1137 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1138 = arith.mulf %v1137, %v1014 fastmath<contract> : f32
                  %v1139 = arith.addf %v1138, %v1136 fastmath<contract> : f32
                  %v1140 = arith.mulf %v1030, %v1134 fastmath<contract> : f32
                  %v1141 = arith.mulf %v1137, %v1018 fastmath<contract> : f32
                  %v1142 = arith.addf %v1141, %v1140 fastmath<contract> : f32
                  %v1143 = arith.mulf %v1031, %v1134 fastmath<contract> : f32
                  %v1144 = arith.mulf %v1137, %v1019 fastmath<contract> : f32
                  %v1145 = arith.addf %v1144, %v1143 fastmath<contract> : f32
                  %v1146 = arith.mulf %v1032, %v1134 fastmath<contract> : f32
                  %v1147 = arith.mulf %v1137, %v1020 fastmath<contract> : f32
                  %v1148 = arith.addf %v1147, %v1146 fastmath<contract> : f32
                  %v1149 = arith.mulf %v1033, %v1134 fastmath<contract> : f32
                  %v1150 = arith.mulf %v1137, %v1021 fastmath<contract> : f32
                  %v1151 = arith.addf %v1150, %v1149 fastmath<contract> : f32
                  llvm.store %v1062, %v42 : f32, !llvm.ptr
                  llvm.store %v1065, %v59 : f32, !llvm.ptr
                  llvm.store %v1068, %v60 : f32, !llvm.ptr
                  llvm.store %v1071, %v61 : f32, !llvm.ptr
                  llvm.store %v1074, %v62 : f32, !llvm.ptr
                  llvm.store %v1088, %v43 : f32, !llvm.ptr
                  llvm.store %v1091, %v63 : f32, !llvm.ptr
                  llvm.store %v1094, %v64 : f32, !llvm.ptr
                  llvm.store %v1097, %v65 : f32, !llvm.ptr
                  llvm.store %v1100, %v66 : f32, !llvm.ptr
                  llvm.store %v1109, %v44 : f32, !llvm.ptr
                  llvm.store %v1114, %v67 : f32, !llvm.ptr
                  llvm.store %v1119, %v68 : f32, !llvm.ptr
                  llvm.store %v1124, %v69 : f32, !llvm.ptr
                  llvm.store %v1129, %v70 : f32, !llvm.ptr
                  llvm.store %v1139, %v45 : f32, !llvm.ptr
                  llvm.store %v1142, %v71 : f32, !llvm.ptr
                  llvm.store %v1145, %v72 : f32, !llvm.ptr
                  llvm.store %v1148, %v73 : f32, !llvm.ptr
                  llvm.store %v1151, %v74 : f32, !llvm.ptr
                  scf.if %v1012 {
                  }
                  llvm.store %v1047, %v46 : f32, !llvm.ptr
                  llvm.store %v58, %v50 : f32, !llvm.ptr
                  llvm.store %v57, %v47 : f32, !llvm.ptr
                  llvm.store %v1081, %v51 : f32, !llvm.ptr
                  llvm.store %v57, %v48 : f32, !llvm.ptr
                  %v1152 = arith.muli %v34, %v1 : i64
                  %v1153 = llvm.getelementptr %in_theta1[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
                  llvm.store %v1154, %v52 : f32, !llvm.ptr
                  llvm.store %v58, %v53 : f32, !llvm.ptr
                  llvm.store %v57, %v49 : f32, !llvm.ptr
                  llvm.store %v1132, %v54 : f32, !llvm.ptr
                }
                %v1155 = arith.addi %v112, %v75 : i64
                %v1156 = arith.cmpi slt, %v567, %v714 : i32
                %v1157 = arith.cmpi eq, %v567, %v719 : i32
                scf.if %v1156 {
                  %v1158 = arith.addi %v94, %v1155 : i64
                  %v1159 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1160 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1161 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1162 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1163 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1164 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1165 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1166 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1167 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1168 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1169 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1170 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1171 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1172 = llvm.load %v68 : !llvm.ptr -> f32
                  %v1173 = llvm.load %v69 : !llvm.ptr -> f32
                  %v1174 = llvm.load %v70 : !llvm.ptr -> f32
                  %v1175 = llvm.load %v71 : !llvm.ptr -> f32
                  %v1176 = llvm.load %v72 : !llvm.ptr -> f32
                  %v1177 = llvm.load %v73 : !llvm.ptr -> f32
                  %v1178 = llvm.load %v74 : !llvm.ptr -> f32
                  %v1179 = arith.muli %v36, %v151 : i64
                  %v1180 = arith.muli %v34, %v150 : i64
                  %v1181 = arith.addi %v1179, %v1180 : i64
                  %v1182 = arith.muli %v1158, %v1 : i64
                  %v1183 = arith.addi %v1181, %v1182 : i64
                  %v1184 = llvm.getelementptr %dy_y[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1185 = llvm.load %v1184 : !llvm.ptr -> f32
                  %v1186 = arith.muli %v36, %v151 : i64
                  %v1187 = arith.muli %v34, %v150 : i64
                  %v1188 = arith.addi %v1186, %v1187 : i64
                  %v1189 = arith.muli %v1158, %v1 : i64
                  %v1190 = arith.addi %v1188, %v1189 : i64
                  %v1191 = llvm.getelementptr %in_phi1[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
                  %v1193 = arith.muli %v36, %v151 : i64
                  %v1194 = arith.muli %v34, %v150 : i64
                  %v1195 = arith.addi %v1193, %v1194 : i64
                  %v1196 = arith.muli %v1158, %v1 : i64
                  %v1197 = arith.addi %v1195, %v1196 : i64
                  %v1198 = llvm.getelementptr %dy_forecast[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1199 = llvm.load %v1198 : !llvm.ptr -> f32
                  %v1200 = arith.mulf %v1192, %v1199 fastmath<contract> : f32
                  %v1201 = arith.addf %v1185, %v1200 fastmath<contract> : f32
                  %v1202 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1203 = arith.mulf %v1202, %v1159 fastmath<contract> : f32
                  %v1204 = arith.addf %v1201, %v1203 fastmath<contract> : f32
                  %v1205 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1206 = arith.mulf %v1205, %v1160 fastmath<contract> : f32
                  %v1207 = arith.addf %v1206, %v1204 fastmath<contract> : f32
                  %v1208 = arith.mulf %v1163, %v1202 fastmath<contract> : f32
                  %v1209 = arith.mulf %v1205, %v1167 fastmath<contract> : f32
                  %v1210 = arith.addf %v1209, %v1208 fastmath<contract> : f32
                  %v1211 = arith.mulf %v1164, %v1202 fastmath<contract> : f32
                  %v1212 = arith.mulf %v1205, %v1168 fastmath<contract> : f32
                  %v1213 = arith.addf %v1212, %v1211 fastmath<contract> : f32
                  %v1214 = arith.mulf %v1165, %v1202 fastmath<contract> : f32
                  %v1215 = arith.mulf %v1205, %v1169 fastmath<contract> : f32
                  %v1216 = arith.addf %v1215, %v1214 fastmath<contract> : f32
                  %v1217 = arith.mulf %v1166, %v1202 fastmath<contract> : f32
                  %v1218 = arith.mulf %v1205, %v1170 fastmath<contract> : f32
                  %v1219 = arith.addf %v1218, %v1217 fastmath<contract> : f32
                  %v1220 = arith.muli %v36, %v151 : i64
                  %v1221 = arith.muli %v34, %v150 : i64
                  %v1222 = arith.addi %v1220, %v1221 : i64
                  %v1223 = arith.muli %v1158, %v1 : i64
                  %v1224 = arith.addi %v1222, %v1223 : i64
                  %v1225 = llvm.getelementptr %in_phi2[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1226 = llvm.load %v1225 : !llvm.ptr -> f32
                  %v1227 = arith.mulf %v1226, %v1199 fastmath<contract> : f32
                  %v1228 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1229 = arith.mulf %v1228, %v1160 fastmath<contract> : f32
                  %v1230 = arith.addf %v1227, %v1229 fastmath<contract> : f32
                  %v1231 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1232 = arith.mulf %v1231, %v1159 fastmath<contract> : f32
                  %v1233 = arith.addf %v1232, %v1230 fastmath<contract> : f32
                  %v1234 = arith.mulf %v1167, %v1228 fastmath<contract> : f32
                  %v1235 = arith.mulf %v1231, %v1163 fastmath<contract> : f32
                  %v1236 = arith.addf %v1235, %v1234 fastmath<contract> : f32
                  %v1237 = arith.mulf %v1168, %v1228 fastmath<contract> : f32
                  %v1238 = arith.mulf %v1231, %v1164 fastmath<contract> : f32
                  %v1239 = arith.addf %v1238, %v1237 fastmath<contract> : f32
                  %v1240 = arith.mulf %v1169, %v1228 fastmath<contract> : f32
                  %v1241 = arith.mulf %v1231, %v1165 fastmath<contract> : f32
                  %v1242 = arith.addf %v1241, %v1240 fastmath<contract> : f32
                  %v1243 = arith.mulf %v1170, %v1228 fastmath<contract> : f32
                  %v1244 = arith.mulf %v1231, %v1166 fastmath<contract> : f32
                  %v1245 = arith.addf %v1244, %v1243 fastmath<contract> : f32
                  %v1246 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1247 = arith.mulf %v1246, %v1161 fastmath<contract> : f32
                  %v1248 = arith.addf %v57, %v1247 fastmath<contract> : f32
                  %v1249 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1250 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1251 = arith.mulf %v1249, %v1159 fastmath<contract> : f32
                  %v1252 = arith.addf %v1251, %v1248 fastmath<contract> : f32
                  %v1253 = arith.mulf %v1250, %v1162 fastmath<contract> : f32
                  %v1254 = arith.addf %v1253, %v1252 fastmath<contract> : f32
                  %v1255 = arith.mulf %v1171, %v1246 fastmath<contract> : f32
                  %v1256 = arith.mulf %v1249, %v1163 fastmath<contract> : f32
                  %v1257 = arith.addf %v1256, %v1255 fastmath<contract> : f32
                  %v1258 = arith.mulf %v1250, %v1175 fastmath<contract> : f32
                  %v1259 = arith.addf %v1258, %v1257 fastmath<contract> : f32
                  %v1260 = arith.mulf %v1172, %v1246 fastmath<contract> : f32
                  %v1261 = arith.mulf %v1249, %v1164 fastmath<contract> : f32
                  %v1262 = arith.addf %v1261, %v1260 fastmath<contract> : f32
                  %v1263 = arith.mulf %v1250, %v1176 fastmath<contract> : f32
                  %v1264 = arith.addf %v1263, %v1262 fastmath<contract> : f32
                  %v1265 = arith.mulf %v1173, %v1246 fastmath<contract> : f32
                  %v1266 = arith.mulf %v1249, %v1165 fastmath<contract> : f32
                  %v1267 = arith.addf %v1266, %v1265 fastmath<contract> : f32
                  %v1268 = arith.mulf %v1250, %v1177 fastmath<contract> : f32
                  %v1269 = arith.addf %v1268, %v1267 fastmath<contract> : f32
                  %v1270 = arith.mulf %v1174, %v1246 fastmath<contract> : f32
                  %v1271 = arith.mulf %v1249, %v1166 fastmath<contract> : f32
                  %v1272 = arith.addf %v1271, %v1270 fastmath<contract> : f32
                  %v1273 = arith.mulf %v1250, %v1178 fastmath<contract> : f32
                  %v1274 = arith.addf %v1273, %v1272 fastmath<contract> : f32
                  %v1275 = arith.muli %v34, %v1 : i64
                  %v1276 = llvm.getelementptr %in_theta2[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1277 = llvm.load %v1276 : !llvm.ptr -> f32
                  %v1278 = arith.mulf %v1277, %v1199 fastmath<contract> : f32
                  %v1279 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1280 = arith.mulf %v1279, %v1162 fastmath<contract> : f32
                  %v1281 = arith.addf %v1278, %v1280 fastmath<contract> : f32
                  %v1282 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1283 = arith.mulf %v1282, %v1159 fastmath<contract> : f32
                  %v1284 = arith.addf %v1283, %v1281 fastmath<contract> : f32
                  %v1285 = arith.mulf %v1175, %v1279 fastmath<contract> : f32
                  %v1286 = arith.mulf %v1282, %v1163 fastmath<contract> : f32
                  %v1287 = arith.addf %v1286, %v1285 fastmath<contract> : f32
                  %v1288 = arith.mulf %v1176, %v1279 fastmath<contract> : f32
                  %v1289 = arith.mulf %v1282, %v1164 fastmath<contract> : f32
                  %v1290 = arith.addf %v1289, %v1288 fastmath<contract> : f32
                  %v1291 = arith.mulf %v1177, %v1279 fastmath<contract> : f32
                  %v1292 = arith.mulf %v1282, %v1165 fastmath<contract> : f32
                  %v1293 = arith.addf %v1292, %v1291 fastmath<contract> : f32
                  %v1294 = arith.mulf %v1178, %v1279 fastmath<contract> : f32
                  %v1295 = arith.mulf %v1282, %v1166 fastmath<contract> : f32
                  %v1296 = arith.addf %v1295, %v1294 fastmath<contract> : f32
                  llvm.store %v1207, %v42 : f32, !llvm.ptr
                  llvm.store %v1210, %v59 : f32, !llvm.ptr
                  llvm.store %v1213, %v60 : f32, !llvm.ptr
                  llvm.store %v1216, %v61 : f32, !llvm.ptr
                  llvm.store %v1219, %v62 : f32, !llvm.ptr
                  llvm.store %v1233, %v43 : f32, !llvm.ptr
                  llvm.store %v1236, %v63 : f32, !llvm.ptr
                  llvm.store %v1239, %v64 : f32, !llvm.ptr
                  llvm.store %v1242, %v65 : f32, !llvm.ptr
                  llvm.store %v1245, %v66 : f32, !llvm.ptr
                  llvm.store %v1254, %v44 : f32, !llvm.ptr
                  llvm.store %v1259, %v67 : f32, !llvm.ptr
                  llvm.store %v1264, %v68 : f32, !llvm.ptr
                  llvm.store %v1269, %v69 : f32, !llvm.ptr
                  llvm.store %v1274, %v70 : f32, !llvm.ptr
                  llvm.store %v1284, %v45 : f32, !llvm.ptr
                  llvm.store %v1287, %v71 : f32, !llvm.ptr
                  llvm.store %v1290, %v72 : f32, !llvm.ptr
                  llvm.store %v1293, %v73 : f32, !llvm.ptr
                  llvm.store %v1296, %v74 : f32, !llvm.ptr
                  scf.if %v1157 {
                  }
                  llvm.store %v1192, %v46 : f32, !llvm.ptr
                  llvm.store %v58, %v50 : f32, !llvm.ptr
                  llvm.store %v57, %v47 : f32, !llvm.ptr
                  llvm.store %v1226, %v51 : f32, !llvm.ptr
                  llvm.store %v57, %v48 : f32, !llvm.ptr
                  %v1297 = arith.muli %v34, %v1 : i64
                  %v1298 = llvm.getelementptr %in_theta1[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
                  llvm.store %v1299, %v52 : f32, !llvm.ptr
                  llvm.store %v58, %v53 : f32, !llvm.ptr
                  llvm.store %v57, %v49 : f32, !llvm.ptr
                  llvm.store %v1277, %v54 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v31 {
        %v1300 = llvm.load %v42 : !llvm.ptr -> f32
        %v1301 = arith.muli %v75, %v7 : i64
        %v1302 = arith.addi %v1301, %v27 : i64
        %v1303 = arith.muli %v1302, %v1 : i64
        %v1304 = arith.addi %v1303, %v75 : i64
        %v1305 = arith.muli %v1304, %v3 : i64
        %v1306 = arith.subi %v3, %v1 : i64
        %v1307 = arith.minsi %v30, %v1306 : i64
        %v1308 = arith.addi %v1305, %v1307 : i64
        %v1309 = llvm.getelementptr %segsum_h[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1300, %v1309 : f32, !llvm.ptr
        %v1310 = llvm.load %v59 : !llvm.ptr -> f32
        %v1311 = arith.muli %v1, %v7 : i64
        %v1312 = arith.addi %v1311, %v27 : i64
        %v1313 = arith.muli %v1312, %v1 : i64
        %v1314 = arith.addi %v1313, %v75 : i64
        %v1315 = arith.muli %v1314, %v3 : i64
        %v1316 = arith.subi %v3, %v1 : i64
        %v1317 = arith.minsi %v30, %v1316 : i64
        %v1318 = arith.addi %v1315, %v1317 : i64
        %v1319 = llvm.getelementptr %segsum_h[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1310, %v1319 : f32, !llvm.ptr
        %v1320 = llvm.load %v60 : !llvm.ptr -> f32
        %v1321 = arith.muli %v273, %v7 : i64
        %v1322 = arith.addi %v1321, %v27 : i64
        %v1323 = arith.muli %v1322, %v1 : i64
        %v1324 = arith.addi %v1323, %v75 : i64
        %v1325 = arith.muli %v1324, %v3 : i64
        %v1326 = arith.subi %v3, %v1 : i64
        %v1327 = arith.minsi %v30, %v1326 : i64
        %v1328 = arith.addi %v1325, %v1327 : i64
        %v1329 = llvm.getelementptr %segsum_h[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1320, %v1329 : f32, !llvm.ptr
        %v1330 = llvm.load %v61 : !llvm.ptr -> f32
        %v1331 = arith.muli %v78, %v7 : i64
        %v1332 = arith.addi %v1331, %v27 : i64
        %v1333 = arith.muli %v1332, %v1 : i64
        %v1334 = arith.addi %v1333, %v75 : i64
        %v1335 = arith.muli %v1334, %v3 : i64
        %v1336 = arith.subi %v3, %v1 : i64
        %v1337 = arith.minsi %v30, %v1336 : i64
        %v1338 = arith.addi %v1335, %v1337 : i64
        %v1339 = llvm.getelementptr %segsum_h[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1330, %v1339 : f32, !llvm.ptr
        %v1340 = llvm.load %v62 : !llvm.ptr -> f32
        %v1341 = arith.muli %v38, %v7 : i64
        %v1342 = arith.addi %v1341, %v27 : i64
        %v1343 = arith.muli %v1342, %v1 : i64
        %v1344 = arith.addi %v1343, %v75 : i64
        %v1345 = arith.muli %v1344, %v3 : i64
        %v1346 = arith.subi %v3, %v1 : i64
        %v1347 = arith.minsi %v30, %v1346 : i64
        %v1348 = arith.addi %v1345, %v1347 : i64
        %v1349 = llvm.getelementptr %segsum_h[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1340, %v1349 : f32, !llvm.ptr
        %v1350 = llvm.load %v46 : !llvm.ptr -> f32
        %v1352 = arith.muli %v1351, %v7 : i64
        %v1353 = arith.addi %v1352, %v27 : i64
        %v1354 = arith.muli %v1353, %v1 : i64
        %v1355 = arith.addi %v1354, %v75 : i64
        %v1356 = arith.muli %v1355, %v3 : i64
        %v1357 = arith.subi %v3, %v1 : i64
        %v1358 = arith.minsi %v30, %v1357 : i64
        %v1359 = arith.addi %v1356, %v1358 : i64
        %v1360 = llvm.getelementptr %segsum_h[%v1359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1350, %v1360 : f32, !llvm.ptr
        %v1361 = llvm.load %v50 : !llvm.ptr -> f32
        %v1363 = arith.muli %v1362, %v7 : i64
        %v1364 = arith.addi %v1363, %v27 : i64
        %v1365 = arith.muli %v1364, %v1 : i64
        %v1366 = arith.addi %v1365, %v75 : i64
        %v1367 = arith.muli %v1366, %v3 : i64
        %v1368 = arith.subi %v3, %v1 : i64
        %v1369 = arith.minsi %v30, %v1368 : i64
        %v1370 = arith.addi %v1367, %v1369 : i64
        %v1371 = llvm.getelementptr %segsum_h[%v1370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1361, %v1371 : f32, !llvm.ptr
        %v1373 = arith.muli %v1372, %v7 : i64
        %v1374 = arith.addi %v1373, %v27 : i64
        %v1375 = arith.muli %v1374, %v1 : i64
        %v1376 = arith.addi %v1375, %v75 : i64
        %v1377 = arith.muli %v1376, %v3 : i64
        %v1378 = arith.subi %v3, %v1 : i64
        %v1379 = arith.minsi %v30, %v1378 : i64
        %v1380 = arith.addi %v1377, %v1379 : i64
        %v1381 = llvm.getelementptr %segsum_h[%v1380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v57, %v1381 : f32, !llvm.ptr
        %v1383 = arith.muli %v1382, %v7 : i64
        %v1384 = arith.addi %v1383, %v27 : i64
        %v1385 = arith.muli %v1384, %v1 : i64
        %v1386 = arith.addi %v1385, %v75 : i64
        %v1387 = arith.muli %v1386, %v3 : i64
        %v1388 = arith.subi %v3, %v1 : i64
        %v1389 = arith.minsi %v30, %v1388 : i64
        %v1390 = arith.addi %v1387, %v1389 : i64
        %v1391 = llvm.getelementptr %segsum_h[%v1390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v57, %v1391 : f32, !llvm.ptr
        %v1392 = llvm.load %v43 : !llvm.ptr -> f32
        %v1393 = arith.muli %v75, %v7 : i64
        %v1394 = arith.addi %v1393, %v27 : i64
        %v1395 = arith.muli %v1394, %v1 : i64
        %v1396 = arith.addi %v1395, %v75 : i64
        %v1397 = arith.muli %v1396, %v3 : i64
        %v1398 = arith.subi %v3, %v1 : i64
        %v1399 = arith.minsi %v30, %v1398 : i64
        %v1400 = arith.addi %v1397, %v1399 : i64
        %v1401 = llvm.getelementptr %segsum_h_lag1[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1392, %v1401 : f32, !llvm.ptr
        %v1402 = llvm.load %v63 : !llvm.ptr -> f32
        %v1403 = arith.muli %v1, %v7 : i64
        %v1404 = arith.addi %v1403, %v27 : i64
        %v1405 = arith.muli %v1404, %v1 : i64
        %v1406 = arith.addi %v1405, %v75 : i64
        %v1407 = arith.muli %v1406, %v3 : i64
        %v1408 = arith.subi %v3, %v1 : i64
        %v1409 = arith.minsi %v30, %v1408 : i64
        %v1410 = arith.addi %v1407, %v1409 : i64
        %v1411 = llvm.getelementptr %segsum_h_lag1[%v1410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1402, %v1411 : f32, !llvm.ptr
        %v1412 = llvm.load %v64 : !llvm.ptr -> f32
        %v1413 = arith.muli %v273, %v7 : i64
        %v1414 = arith.addi %v1413, %v27 : i64
        %v1415 = arith.muli %v1414, %v1 : i64
        %v1416 = arith.addi %v1415, %v75 : i64
        %v1417 = arith.muli %v1416, %v3 : i64
        %v1418 = arith.subi %v3, %v1 : i64
        %v1419 = arith.minsi %v30, %v1418 : i64
        %v1420 = arith.addi %v1417, %v1419 : i64
        %v1421 = llvm.getelementptr %segsum_h_lag1[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1412, %v1421 : f32, !llvm.ptr
        %v1422 = llvm.load %v65 : !llvm.ptr -> f32
        %v1423 = arith.muli %v78, %v7 : i64
        %v1424 = arith.addi %v1423, %v27 : i64
        %v1425 = arith.muli %v1424, %v1 : i64
        %v1426 = arith.addi %v1425, %v75 : i64
        %v1427 = arith.muli %v1426, %v3 : i64
        %v1428 = arith.subi %v3, %v1 : i64
        %v1429 = arith.minsi %v30, %v1428 : i64
        %v1430 = arith.addi %v1427, %v1429 : i64
        %v1431 = llvm.getelementptr %segsum_h_lag1[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1422, %v1431 : f32, !llvm.ptr
        %v1432 = llvm.load %v66 : !llvm.ptr -> f32
        %v1433 = arith.muli %v38, %v7 : i64
        %v1434 = arith.addi %v1433, %v27 : i64
        %v1435 = arith.muli %v1434, %v1 : i64
        %v1436 = arith.addi %v1435, %v75 : i64
        %v1437 = arith.muli %v1436, %v3 : i64
        %v1438 = arith.subi %v3, %v1 : i64
        %v1439 = arith.minsi %v30, %v1438 : i64
        %v1440 = arith.addi %v1437, %v1439 : i64
        %v1441 = llvm.getelementptr %segsum_h_lag1[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1432, %v1441 : f32, !llvm.ptr
        %v1442 = llvm.load %v51 : !llvm.ptr -> f32
        %v1443 = arith.muli %v1351, %v7 : i64
        %v1444 = arith.addi %v1443, %v27 : i64
        %v1445 = arith.muli %v1444, %v1 : i64
        %v1446 = arith.addi %v1445, %v75 : i64
        %v1447 = arith.muli %v1446, %v3 : i64
        %v1448 = arith.subi %v3, %v1 : i64
        %v1449 = arith.minsi %v30, %v1448 : i64
        %v1450 = arith.addi %v1447, %v1449 : i64
        %v1451 = llvm.getelementptr %segsum_h_lag1[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1442, %v1451 : f32, !llvm.ptr
        %v1452 = llvm.load %v47 : !llvm.ptr -> f32
        %v1453 = arith.muli %v1362, %v7 : i64
        %v1454 = arith.addi %v1453, %v27 : i64
        %v1455 = arith.muli %v1454, %v1 : i64
        %v1456 = arith.addi %v1455, %v75 : i64
        %v1457 = arith.muli %v1456, %v3 : i64
        %v1458 = arith.subi %v3, %v1 : i64
        %v1459 = arith.minsi %v30, %v1458 : i64
        %v1460 = arith.addi %v1457, %v1459 : i64
        %v1461 = llvm.getelementptr %segsum_h_lag1[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1452, %v1461 : f32, !llvm.ptr
        %v1462 = arith.muli %v1372, %v7 : i64
        %v1463 = arith.addi %v1462, %v27 : i64
        %v1464 = arith.muli %v1463, %v1 : i64
        %v1465 = arith.addi %v1464, %v75 : i64
        %v1466 = arith.muli %v1465, %v3 : i64
        %v1467 = arith.subi %v3, %v1 : i64
        %v1468 = arith.minsi %v30, %v1467 : i64
        %v1469 = arith.addi %v1466, %v1468 : i64
        %v1470 = llvm.getelementptr %segsum_h_lag1[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v57, %v1470 : f32, !llvm.ptr
        %v1471 = arith.muli %v1382, %v7 : i64
        %v1472 = arith.addi %v1471, %v27 : i64
        %v1473 = arith.muli %v1472, %v1 : i64
        %v1474 = arith.addi %v1473, %v75 : i64
        %v1475 = arith.muli %v1474, %v3 : i64
        %v1476 = arith.subi %v3, %v1 : i64
        %v1477 = arith.minsi %v30, %v1476 : i64
        %v1478 = arith.addi %v1475, %v1477 : i64
        %v1479 = llvm.getelementptr %segsum_h_lag1[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v57, %v1479 : f32, !llvm.ptr
        %v1480 = llvm.load %v44 : !llvm.ptr -> f32
        %v1481 = arith.muli %v75, %v7 : i64
        %v1482 = arith.addi %v1481, %v27 : i64
        %v1483 = arith.muli %v1482, %v1 : i64
        %v1484 = arith.addi %v1483, %v75 : i64
        %v1485 = arith.muli %v1484, %v3 : i64
        %v1486 = arith.subi %v3, %v1 : i64
        %v1487 = arith.minsi %v30, %v1486 : i64
        %v1488 = arith.addi %v1485, %v1487 : i64
        %v1489 = llvm.getelementptr %segsum_e_lag1[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1480, %v1489 : f32, !llvm.ptr
        %v1490 = llvm.load %v67 : !llvm.ptr -> f32
        %v1491 = arith.muli %v1, %v7 : i64
        %v1492 = arith.addi %v1491, %v27 : i64
        %v1493 = arith.muli %v1492, %v1 : i64
        %v1494 = arith.addi %v1493, %v75 : i64
        %v1495 = arith.muli %v1494, %v3 : i64
        %v1496 = arith.subi %v3, %v1 : i64
        %v1497 = arith.minsi %v30, %v1496 : i64
        %v1498 = arith.addi %v1495, %v1497 : i64
        %v1499 = llvm.getelementptr %segsum_e_lag1[%v1498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1490, %v1499 : f32, !llvm.ptr
        %v1500 = llvm.load %v68 : !llvm.ptr -> f32
        %v1501 = arith.muli %v273, %v7 : i64
        %v1502 = arith.addi %v1501, %v27 : i64
        %v1503 = arith.muli %v1502, %v1 : i64
        %v1504 = arith.addi %v1503, %v75 : i64
        %v1505 = arith.muli %v1504, %v3 : i64
        %v1506 = arith.subi %v3, %v1 : i64
        %v1507 = arith.minsi %v30, %v1506 : i64
        %v1508 = arith.addi %v1505, %v1507 : i64
        %v1509 = llvm.getelementptr %segsum_e_lag1[%v1508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1500, %v1509 : f32, !llvm.ptr
        %v1510 = llvm.load %v69 : !llvm.ptr -> f32
        %v1511 = arith.muli %v78, %v7 : i64
        %v1512 = arith.addi %v1511, %v27 : i64
        %v1513 = arith.muli %v1512, %v1 : i64
        %v1514 = arith.addi %v1513, %v75 : i64
        %v1515 = arith.muli %v1514, %v3 : i64
        %v1516 = arith.subi %v3, %v1 : i64
        %v1517 = arith.minsi %v30, %v1516 : i64
        %v1518 = arith.addi %v1515, %v1517 : i64
        %v1519 = llvm.getelementptr %segsum_e_lag1[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1510, %v1519 : f32, !llvm.ptr
        %v1520 = llvm.load %v70 : !llvm.ptr -> f32
        %v1521 = arith.muli %v38, %v7 : i64
        %v1522 = arith.addi %v1521, %v27 : i64
        %v1523 = arith.muli %v1522, %v1 : i64
        %v1524 = arith.addi %v1523, %v75 : i64
        %v1525 = arith.muli %v1524, %v3 : i64
        %v1526 = arith.subi %v3, %v1 : i64
        %v1527 = arith.minsi %v30, %v1526 : i64
        %v1528 = arith.addi %v1525, %v1527 : i64
        %v1529 = llvm.getelementptr %segsum_e_lag1[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1520, %v1529 : f32, !llvm.ptr
        %v1530 = llvm.load %v52 : !llvm.ptr -> f32
        %v1531 = arith.muli %v1351, %v7 : i64
        %v1532 = arith.addi %v1531, %v27 : i64
        %v1533 = arith.muli %v1532, %v1 : i64
        %v1534 = arith.addi %v1533, %v75 : i64
        %v1535 = arith.muli %v1534, %v3 : i64
        %v1536 = arith.subi %v3, %v1 : i64
        %v1537 = arith.minsi %v30, %v1536 : i64
        %v1538 = arith.addi %v1535, %v1537 : i64
        %v1539 = llvm.getelementptr %segsum_e_lag1[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1530, %v1539 : f32, !llvm.ptr
        %v1540 = arith.muli %v1362, %v7 : i64
        %v1541 = arith.addi %v1540, %v27 : i64
        %v1542 = arith.muli %v1541, %v1 : i64
        %v1543 = arith.addi %v1542, %v75 : i64
        %v1544 = arith.muli %v1543, %v3 : i64
        %v1545 = arith.subi %v3, %v1 : i64
        %v1546 = arith.minsi %v30, %v1545 : i64
        %v1547 = arith.addi %v1544, %v1546 : i64
        %v1548 = llvm.getelementptr %segsum_e_lag1[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v57, %v1548 : f32, !llvm.ptr
        %v1549 = llvm.load %v48 : !llvm.ptr -> f32
        %v1550 = arith.muli %v1372, %v7 : i64
        %v1551 = arith.addi %v1550, %v27 : i64
        %v1552 = arith.muli %v1551, %v1 : i64
        %v1553 = arith.addi %v1552, %v75 : i64
        %v1554 = arith.muli %v1553, %v3 : i64
        %v1555 = arith.subi %v3, %v1 : i64
        %v1556 = arith.minsi %v30, %v1555 : i64
        %v1557 = arith.addi %v1554, %v1556 : i64
        %v1558 = llvm.getelementptr %segsum_e_lag1[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1549, %v1558 : f32, !llvm.ptr
        %v1559 = llvm.load %v53 : !llvm.ptr -> f32
        %v1560 = arith.muli %v1382, %v7 : i64
        %v1561 = arith.addi %v1560, %v27 : i64
        %v1562 = arith.muli %v1561, %v1 : i64
        %v1563 = arith.addi %v1562, %v75 : i64
        %v1564 = arith.muli %v1563, %v3 : i64
        %v1565 = arith.subi %v3, %v1 : i64
        %v1566 = arith.minsi %v30, %v1565 : i64
        %v1567 = arith.addi %v1564, %v1566 : i64
        %v1568 = llvm.getelementptr %segsum_e_lag1[%v1567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1559, %v1568 : f32, !llvm.ptr
        %v1569 = llvm.load %v45 : !llvm.ptr -> f32
        %v1570 = arith.muli %v75, %v7 : i64
        %v1571 = arith.addi %v1570, %v27 : i64
        %v1572 = arith.muli %v1571, %v1 : i64
        %v1573 = arith.addi %v1572, %v75 : i64
        %v1574 = arith.muli %v1573, %v3 : i64
        %v1575 = arith.subi %v3, %v1 : i64
        %v1576 = arith.minsi %v30, %v1575 : i64
        %v1577 = arith.addi %v1574, %v1576 : i64
        %v1578 = llvm.getelementptr %segsum_e_lag2[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1569, %v1578 : f32, !llvm.ptr
        %v1579 = llvm.load %v71 : !llvm.ptr -> f32
        %v1580 = arith.muli %v1, %v7 : i64
        %v1581 = arith.addi %v1580, %v27 : i64
        %v1582 = arith.muli %v1581, %v1 : i64
        %v1583 = arith.addi %v1582, %v75 : i64
        %v1584 = arith.muli %v1583, %v3 : i64
        %v1585 = arith.subi %v3, %v1 : i64
        %v1586 = arith.minsi %v30, %v1585 : i64
        %v1587 = arith.addi %v1584, %v1586 : i64
        %v1588 = llvm.getelementptr %segsum_e_lag2[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1579, %v1588 : f32, !llvm.ptr
        %v1589 = llvm.load %v72 : !llvm.ptr -> f32
        %v1590 = arith.muli %v273, %v7 : i64
        %v1591 = arith.addi %v1590, %v27 : i64
        %v1592 = arith.muli %v1591, %v1 : i64
        %v1593 = arith.addi %v1592, %v75 : i64
        %v1594 = arith.muli %v1593, %v3 : i64
        %v1595 = arith.subi %v3, %v1 : i64
        %v1596 = arith.minsi %v30, %v1595 : i64
        %v1597 = arith.addi %v1594, %v1596 : i64
        %v1598 = llvm.getelementptr %segsum_e_lag2[%v1597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1589, %v1598 : f32, !llvm.ptr
        %v1599 = llvm.load %v73 : !llvm.ptr -> f32
        %v1600 = arith.muli %v78, %v7 : i64
        %v1601 = arith.addi %v1600, %v27 : i64
        %v1602 = arith.muli %v1601, %v1 : i64
        %v1603 = arith.addi %v1602, %v75 : i64
        %v1604 = arith.muli %v1603, %v3 : i64
        %v1605 = arith.subi %v3, %v1 : i64
        %v1606 = arith.minsi %v30, %v1605 : i64
        %v1607 = arith.addi %v1604, %v1606 : i64
        %v1608 = llvm.getelementptr %segsum_e_lag2[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1599, %v1608 : f32, !llvm.ptr
        %v1609 = llvm.load %v74 : !llvm.ptr -> f32
        %v1610 = arith.muli %v38, %v7 : i64
        %v1611 = arith.addi %v1610, %v27 : i64
        %v1612 = arith.muli %v1611, %v1 : i64
        %v1613 = arith.addi %v1612, %v75 : i64
        %v1614 = arith.muli %v1613, %v3 : i64
        %v1615 = arith.subi %v3, %v1 : i64
        %v1616 = arith.minsi %v30, %v1615 : i64
        %v1617 = arith.addi %v1614, %v1616 : i64
        %v1618 = llvm.getelementptr %segsum_e_lag2[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1609, %v1618 : f32, !llvm.ptr
        %v1619 = llvm.load %v54 : !llvm.ptr -> f32
        %v1620 = arith.muli %v1351, %v7 : i64
        %v1621 = arith.addi %v1620, %v27 : i64
        %v1622 = arith.muli %v1621, %v1 : i64
        %v1623 = arith.addi %v1622, %v75 : i64
        %v1624 = arith.muli %v1623, %v3 : i64
        %v1625 = arith.subi %v3, %v1 : i64
        %v1626 = arith.minsi %v30, %v1625 : i64
        %v1627 = arith.addi %v1624, %v1626 : i64
        %v1628 = llvm.getelementptr %segsum_e_lag2[%v1627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1619, %v1628 : f32, !llvm.ptr
        %v1629 = arith.muli %v1362, %v7 : i64
        %v1630 = arith.addi %v1629, %v27 : i64
        %v1631 = arith.muli %v1630, %v1 : i64
        %v1632 = arith.addi %v1631, %v75 : i64
        %v1633 = arith.muli %v1632, %v3 : i64
        %v1634 = arith.subi %v3, %v1 : i64
        %v1635 = arith.minsi %v30, %v1634 : i64
        %v1636 = arith.addi %v1633, %v1635 : i64
        %v1637 = llvm.getelementptr %segsum_e_lag2[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v57, %v1637 : f32, !llvm.ptr
        %v1638 = arith.muli %v1372, %v7 : i64
        %v1639 = arith.addi %v1638, %v27 : i64
        %v1640 = arith.muli %v1639, %v1 : i64
        %v1641 = arith.addi %v1640, %v75 : i64
        %v1642 = arith.muli %v1641, %v3 : i64
        %v1643 = arith.subi %v3, %v1 : i64
        %v1644 = arith.minsi %v30, %v1643 : i64
        %v1645 = arith.addi %v1642, %v1644 : i64
        %v1646 = llvm.getelementptr %segsum_e_lag2[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v57, %v1646 : f32, !llvm.ptr
        %v1647 = llvm.load %v49 : !llvm.ptr -> f32
        %v1648 = arith.muli %v1382, %v7 : i64
        %v1649 = arith.addi %v1648, %v27 : i64
        %v1650 = arith.muli %v1649, %v1 : i64
        %v1651 = arith.addi %v1650, %v75 : i64
        %v1652 = arith.muli %v1651, %v3 : i64
        %v1653 = arith.subi %v3, %v1 : i64
        %v1654 = arith.minsi %v30, %v1653 : i64
        %v1655 = arith.addi %v1652, %v1654 : i64
        %v1656 = llvm.getelementptr %segsum_e_lag2[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1647, %v1656 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
