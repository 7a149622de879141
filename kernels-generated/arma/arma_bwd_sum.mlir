module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_bwd_sum(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %dy_y: !llvm.ptr, %dy_forecast: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_h_lag1: !llvm.ptr, %scratch_e_lag1: !llvm.ptr, %scratch_e_lag2: !llvm.ptr, %segsum_h: !llvm.ptr, %segsum_h_lag1: !llvm.ptr, %segsum_e_lag1: !llvm.ptr, %segsum_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
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
      %v13 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v36 = arith.constant 4 : i64
      %v40 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
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
      %v55 = arith.constant 0x00000000 : f32
      %v56 = arith.constant 0x3F800000 : f32
      %v57 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
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
      %v73 = arith.constant 0 : i64
      %v75 = arith.constant 64 : i64
      %v76 = arith.constant 3 : i64
      %v77 = arith.constant 63 : i64
      %v81 = arith.constant 16 : i64
      %v120 = arith.constant 2147483647 : i64
      %v124 = arith.constant 3 : i32
      %v148 = arith.muli %size_L, %size_D : i64
      %v264 = arith.constant 2 : i64
      %v266 = arith.constant 2 : i32
      %v402 = arith.constant 1 : i32
      %v537 = arith.constant 0 : i32
      %v1257 = arith.constant 5 : i64
      %v1266 = arith.constant 6 : i64
      %v1274 = arith.constant 7 : i64
      %v1282 = arith.constant 8 : i64
      %v19 = gpu.block_id x
      %v20 = gpu.thread_id x
      %v21 = arith.index_cast %v20 : index to i64
      %v22 = arith.index_cast %v19 : index to i64
      %v23 = arith.addi %v2, %v3 : i64
      %v24 = arith.divui %v23, %v5 : i64
      %v25 = arith.divui %v22, %v24 : i64
      %v26 = arith.remui %v22, %v24 : i64
      %v27 = arith.muli %v26, %v5 : i64
      %v28 = arith.addi %v27, %v21 : i64
      %v29 = arith.cmpi slt, %v28, %v2 : i64
      %v30 = arith.subi %v2, %v1 : i64
      %v31 = arith.minsi %v28, %v30 : i64
      %v32 = arith.remui %v31, %size_D : i64
      %v33 = arith.divui %v31, %size_D : i64
      %v34 = arith.remui %v33, %size_B : i64
      %v35 = arith.divui %v33, %size_B : i64
      %v241 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v242 = llvm.load %v241 : !llvm.ptr -> f32
      %v262 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v263 = llvm.load %v262 : !llvm.ptr -> f32
      %v37 = arith.muli %v25, %v36 : i64
      %v38 = arith.addi %v37, %v36 : i64
      %v39 = arith.muli %v25, %v2 : i64
      llvm.store %v55, %v40 : f32, !llvm.ptr
      llvm.store %v55, %v41 : f32, !llvm.ptr
      llvm.store %v55, %v42 : f32, !llvm.ptr
      llvm.store %v55, %v43 : f32, !llvm.ptr
      llvm.store %v56, %v44 : f32, !llvm.ptr
      llvm.store %v56, %v45 : f32, !llvm.ptr
      llvm.store %v56, %v46 : f32, !llvm.ptr
      llvm.store %v56, %v47 : f32, !llvm.ptr
      llvm.store %v55, %v48 : f32, !llvm.ptr
      llvm.store %v55, %v49 : f32, !llvm.ptr
      llvm.store %v55, %v50 : f32, !llvm.ptr
      llvm.store %v55, %v51 : f32, !llvm.ptr
      llvm.store %v55, %v52 : f32, !llvm.ptr
      llvm.store %v55, %v53 : f32, !llvm.ptr
      llvm.store %v55, %v54 : f32, !llvm.ptr
      llvm.store %v56, %v57 : f32, !llvm.ptr
      llvm.store %v55, %v58 : f32, !llvm.ptr
      llvm.store %v55, %v59 : f32, !llvm.ptr
      llvm.store %v55, %v60 : f32, !llvm.ptr
      llvm.store %v55, %v61 : f32, !llvm.ptr
      llvm.store %v56, %v62 : f32, !llvm.ptr
      llvm.store %v55, %v63 : f32, !llvm.ptr
      llvm.store %v55, %v64 : f32, !llvm.ptr
      llvm.store %v55, %v65 : f32, !llvm.ptr
      llvm.store %v55, %v66 : f32, !llvm.ptr
      llvm.store %v56, %v67 : f32, !llvm.ptr
      llvm.store %v55, %v68 : f32, !llvm.ptr
      llvm.store %v55, %v69 : f32, !llvm.ptr
      llvm.store %v55, %v70 : f32, !llvm.ptr
      llvm.store %v55, %v71 : f32, !llvm.ptr
      llvm.store %v56, %v72 : f32, !llvm.ptr
      %v74 = arith.cmpi eq, %size_L, %v73 : i64
      scf.if %v74 {
        llvm.store %v55, %v15 : f32, !llvm.ptr
        llvm.store %v55, %v16 : f32, !llvm.ptr
        llvm.store %v55, %v17 : f32, !llvm.ptr
        llvm.store %v55, %v18 : f32, !llvm.ptr
      }
      %v78 = arith.addi %size_L, %v77 : i64
      %v79 = arith.divui %v78, %v75 : i64
      %v80 = arith.minsi %v38, %v79 : i64
      %v82 = arith.muli %v25, %v81 : i64
      %v83 = arith.subi %v80, %v37 : i64
      %v84 = arith.maxsi %v83, %v73 : i64
      %v85 = arith.index_cast %v73 : i64 to index
      %v86 = arith.index_cast %v84 : i64 to index
      %v87 = arith.index_cast %v1 : i64 to index
      scf.for %v88 = %v85 to %v86 step %v87 {
        %v89 = arith.index_cast %v88 : index to i64
        %v90 = arith.subi %v80, %v1 : i64
        %v91 = arith.subi %v90, %v89 : i64
        %v92 = arith.muli %v91, %v75 : i64
        %v93 = arith.subi %size_L, %v92 : i64
        %v94 = arith.minsi %v93, %v75 : i64
        %v95 = arith.addi %v94, %v76 : i64
        %v96 = arith.divui %v95, %v36 : i64
        %v97 = arith.index_cast %v73 : i64 to index
        %v98 = arith.index_cast %v1 : i64 to index
        %v99 = arith.index_cast %v1 : i64 to index
        scf.for %v100 = %v97 to %v98 step %v99 {
          %v101 = arith.index_cast %v100 : index to i64
          %v102 = arith.index_cast %v73 : i64 to index
          %v103 = arith.index_cast %v96 : i64 to index
          %v104 = arith.index_cast %v1 : i64 to index
          scf.for %v105 = %v102 to %v103 step %v104 {
            %v106 = arith.index_cast %v105 : index to i64
            %v107 = arith.cmpi slt, %v106, %v96 : i64
            scf.if %v107 {
              %v108 = arith.subi %v96, %v1 : i64
              %v109 = arith.subi %v108, %v106 : i64
              %v110 = arith.muli %v109, %v36 : i64
              %v111 = arith.addi %v82, %v109 : i64
              %v112 = arith.addi %v110, %v36 : i64
              %v113 = arith.cmpi sle, %v112, %v94 : i64
              scf.if %v113 {
                %v114 = arith.subi %v94, %v1 : i64
                // the group's states, recomputed into registers
                %v115 = arith.subi %v94, %v110 : i64
                %v116 = arith.trunci %v115 : i64 to i32
                %v117 = arith.subi %size_L, %v1 : i64
                %v118 = arith.addi %v92, %v110 : i64
                %v119 = arith.subi %v117, %v118 : i64
                %v121 = arith.minsi %v119, %v120 : i64
                %v122 = arith.trunci %v121 : i64 to i32
                %v123 = arith.addi %v110, %v76 : i64
                %v125 = arith.cmpi slt, %v124, %v116 : i32
                %v126 = arith.cmpi eq, %v124, %v122 : i32
                %v127 = arith.addi %v92, %v123 : i64
                %v128 = llvm.load %v40 : !llvm.ptr -> f32
                %v129 = llvm.load %v41 : !llvm.ptr -> f32
                %v130 = llvm.load %v42 : !llvm.ptr -> f32
                %v131 = llvm.load %v43 : !llvm.ptr -> f32
                %v132 = llvm.load %v57 : !llvm.ptr -> f32
                %v133 = llvm.load %v58 : !llvm.ptr -> f32
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
                %v149 = arith.muli %v34, %v148 : i64
                %v150 = arith.muli %v32, %size_L : i64
                %v151 = arith.addi %v149, %v150 : i64
                %v152 = arith.addi %v151, %v127 : i64
                %v153 = llvm.getelementptr %dy_y[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v154 = llvm.load %v153 : !llvm.ptr -> f32
                %v155 = arith.muli %v34, %v148 : i64
                %v156 = arith.muli %v32, %size_L : i64
                %v157 = arith.addi %v155, %v156 : i64
                %v158 = arith.addi %v157, %v127 : i64
                %v159 = llvm.getelementptr %in_phi1[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v160 = llvm.load %v159 : !llvm.ptr -> f32
                %v161 = arith.muli %v34, %v148 : i64
                %v162 = arith.muli %v32, %size_L : i64
                %v163 = arith.addi %v161, %v162 : i64
                %v164 = arith.addi %v163, %v127 : i64
                %v165 = llvm.getelementptr %dy_forecast[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v166 = llvm.load %v165 : !llvm.ptr -> f32
                %v167 = arith.mulf %v160, %v166 fastmath<contract> : f32
                %v168 = arith.addf %v154, %v167 fastmath<contract> : f32
                %v169 = llvm.load %v44 : !llvm.ptr -> f32
                %v170 = arith.mulf %v169, %v128 fastmath<contract> : f32
                %v171 = arith.addf %v168, %v170 fastmath<contract> : f32
                %v172 = llvm.load %v48 : !llvm.ptr -> f32
                %v173 = arith.mulf %v172, %v129 fastmath<contract> : f32
                %v174 = arith.addf %v173, %v171 fastmath<contract> : f32
                %v175 = arith.mulf %v132, %v169 fastmath<contract> : f32
                %v176 = arith.mulf %v172, %v136 fastmath<contract> : f32
                %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
                %v178 = arith.mulf %v133, %v169 fastmath<contract> : f32
                %v179 = arith.mulf %v172, %v137 fastmath<contract> : f32
                %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
                %v181 = arith.mulf %v134, %v169 fastmath<contract> : f32
                %v182 = arith.mulf %v172, %v138 fastmath<contract> : f32
                %v183 = arith.addf %v182, %v181 fastmath<contract> : f32
                %v184 = arith.mulf %v135, %v169 fastmath<contract> : f32
                %v185 = arith.mulf %v172, %v139 fastmath<contract> : f32
                %v186 = arith.addf %v185, %v184 fastmath<contract> : f32
                %v187 = arith.muli %v34, %v148 : i64
                %v188 = arith.muli %v32, %size_L : i64
                %v189 = arith.addi %v187, %v188 : i64
                %v190 = arith.addi %v189, %v127 : i64
                %v191 = llvm.getelementptr %in_phi2[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v192 = llvm.load %v191 : !llvm.ptr -> f32
                %v193 = arith.mulf %v192, %v166 fastmath<contract> : f32
                %v194 = llvm.load %v45 : !llvm.ptr -> f32
                %v195 = arith.mulf %v194, %v129 fastmath<contract> : f32
                %v196 = arith.addf %v193, %v195 fastmath<contract> : f32
                %v197 = llvm.load %v49 : !llvm.ptr -> f32
                %v198 = arith.mulf %v197, %v128 fastmath<contract> : f32
                %v199 = arith.addf %v198, %v196 fastmath<contract> : f32
                %v200 = arith.mulf %v136, %v194 fastmath<contract> : f32
                %v201 = arith.mulf %v197, %v132 fastmath<contract> : f32
                %v202 = arith.addf %v201, %v200 fastmath<contract> : f32
                %v203 = arith.mulf %v137, %v194 fastmath<contract> : f32
                %v204 = arith.mulf %v197, %v133 fastmath<contract> : f32
                %v205 = arith.addf %v204, %v203 fastmath<contract> : f32
                %v206 = arith.mulf %v138, %v194 fastmath<contract> : f32
                %v207 = arith.mulf %v197, %v134 fastmath<contract> : f32
                %v208 = arith.addf %v207, %v206 fastmath<contract> : f32
                %v209 = arith.mulf %v139, %v194 fastmath<contract> : f32
                %v210 = arith.mulf %v197, %v135 fastmath<contract> : f32
                %v211 = arith.addf %v210, %v209 fastmath<contract> : f32
                %v212 = llvm.load %v46 : !llvm.ptr -> f32
                %v213 = arith.mulf %v212, %v130 fastmath<contract> : f32
                %v214 = arith.addf %v55, %v213 fastmath<contract> : f32
                %v215 = llvm.load %v50 : !llvm.ptr -> f32
                %v216 = llvm.load %v51 : !llvm.ptr -> f32
                %v217 = arith.mulf %v215, %v128 fastmath<contract> : f32
                %v218 = arith.addf %v217, %v214 fastmath<contract> : f32
                %v219 = arith.mulf %v216, %v131 fastmath<contract> : f32
                %v220 = arith.addf %v219, %v218 fastmath<contract> : f32
                %v221 = arith.mulf %v140, %v212 fastmath<contract> : f32
                %v222 = arith.mulf %v215, %v132 fastmath<contract> : f32
                %v223 = arith.addf %v222, %v221 fastmath<contract> : f32
                %v224 = arith.mulf %v216, %v144 fastmath<contract> : f32
                %v225 = arith.addf %v224, %v223 fastmath<contract> : f32
                %v226 = arith.mulf %v141, %v212 fastmath<contract> : f32
                %v227 = arith.mulf %v215, %v133 fastmath<contract> : f32
                %v228 = arith.addf %v227, %v226 fastmath<contract> : f32
                %v229 = arith.mulf %v216, %v145 fastmath<contract> : f32
                %v230 = arith.addf %v229, %v228 fastmath<contract> : f32
                %v231 = arith.mulf %v142, %v212 fastmath<contract> : f32
                %v232 = arith.mulf %v215, %v134 fastmath<contract> : f32
                %v233 = arith.addf %v232, %v231 fastmath<contract> : f32
                %v234 = arith.mulf %v216, %v146 fastmath<contract> : f32
                %v235 = arith.addf %v234, %v233 fastmath<contract> : f32
                %v236 = arith.mulf %v143, %v212 fastmath<contract> : f32
                %v237 = arith.mulf %v215, %v135 fastmath<contract> : f32
                %v238 = arith.addf %v237, %v236 fastmath<contract> : f32
                %v239 = arith.mulf %v216, %v147 fastmath<contract> : f32
                %v240 = arith.addf %v239, %v238 fastmath<contract> : f32
                %v243 = arith.mulf %v242, %v166 fastmath<contract> : f32
                %v244 = llvm.load %v47 : !llvm.ptr -> f32
                %v245 = arith.mulf %v244, %v131 fastmath<contract> : f32
                %v246 = arith.addf %v243, %v245 fastmath<contract> : f32
                %v247 = llvm.load %v52 : !llvm.ptr -> f32
                %v248 = arith.mulf %v247, %v128 fastmath<contract> : f32
                %v249 = arith.addf %v248, %v246 fastmath<contract> : f32
                %v250 = arith.mulf %v144, %v244 fastmath<contract> : f32
                %v251 = arith.mulf %v247, %v132 fastmath<contract> : f32
                %v252 = arith.addf %v251, %v250 fastmath<contract> : f32
                %v253 = arith.mulf %v145, %v244 fastmath<contract> : f32
                %v254 = arith.mulf %v247, %v133 fastmath<contract> : f32
                %v255 = arith.addf %v254, %v253 fastmath<contract> : f32
                %v256 = arith.mulf %v146, %v244 fastmath<contract> : f32
                %v257 = arith.mulf %v247, %v134 fastmath<contract> : f32
                %v258 = arith.addf %v257, %v256 fastmath<contract> : f32
                %v259 = arith.mulf %v147, %v244 fastmath<contract> : f32
                %v260 = arith.mulf %v247, %v135 fastmath<contract> : f32
                %v261 = arith.addf %v260, %v259 fastmath<contract> : f32
                llvm.store %v174, %v40 : f32, !llvm.ptr
                llvm.store %v177, %v57 : f32, !llvm.ptr
                llvm.store %v180, %v58 : f32, !llvm.ptr
                llvm.store %v183, %v59 : f32, !llvm.ptr
                llvm.store %v186, %v60 : f32, !llvm.ptr
                llvm.store %v199, %v41 : f32, !llvm.ptr
                llvm.store %v202, %v61 : f32, !llvm.ptr
                llvm.store %v205, %v62 : f32, !llvm.ptr
                llvm.store %v208, %v63 : f32, !llvm.ptr
                llvm.store %v211, %v64 : f32, !llvm.ptr
                llvm.store %v220, %v42 : f32, !llvm.ptr
                llvm.store %v225, %v65 : f32, !llvm.ptr
                llvm.store %v230, %v66 : f32, !llvm.ptr
                llvm.store %v235, %v67 : f32, !llvm.ptr
                llvm.store %v240, %v68 : f32, !llvm.ptr
                llvm.store %v249, %v43 : f32, !llvm.ptr
                llvm.store %v252, %v69 : f32, !llvm.ptr
                llvm.store %v255, %v70 : f32, !llvm.ptr
                llvm.store %v258, %v71 : f32, !llvm.ptr
                llvm.store %v261, %v72 : f32, !llvm.ptr
                scf.if %v126 {
                }
                llvm.store %v160, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v192, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v263, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v242, %v52 : f32, !llvm.ptr
                %v265 = arith.addi %v110, %v264 : i64
                %v267 = arith.cmpi slt, %v266, %v116 : i32
                %v268 = arith.cmpi eq, %v266, %v122 : i32
                %v269 = arith.addi %v92, %v265 : i64
                %v270 = llvm.load %v40 : !llvm.ptr -> f32
                %v271 = llvm.load %v41 : !llvm.ptr -> f32
                %v272 = llvm.load %v42 : !llvm.ptr -> f32
                %v273 = llvm.load %v43 : !llvm.ptr -> f32
                %v274 = llvm.load %v57 : !llvm.ptr -> f32
                %v275 = llvm.load %v58 : !llvm.ptr -> f32
                %v276 = llvm.load %v59 : !llvm.ptr -> f32
                %v277 = llvm.load %v60 : !llvm.ptr -> f32
                %v278 = llvm.load %v61 : !llvm.ptr -> f32
                %v279 = llvm.load %v62 : !llvm.ptr -> f32
                %v280 = llvm.load %v63 : !llvm.ptr -> f32
                %v281 = llvm.load %v64 : !llvm.ptr -> f32
                %v282 = llvm.load %v65 : !llvm.ptr -> f32
                %v283 = llvm.load %v66 : !llvm.ptr -> f32
                %v284 = llvm.load %v67 : !llvm.ptr -> f32
                %v285 = llvm.load %v68 : !llvm.ptr -> f32
                %v286 = llvm.load %v69 : !llvm.ptr -> f32
                %v287 = llvm.load %v70 : !llvm.ptr -> f32
                %v288 = llvm.load %v71 : !llvm.ptr -> f32
                %v289 = llvm.load %v72 : !llvm.ptr -> f32
                %v290 = arith.muli %v34, %v148 : i64
                %v291 = arith.muli %v32, %size_L : i64
                %v292 = arith.addi %v290, %v291 : i64
                %v293 = arith.addi %v292, %v269 : i64
                %v294 = llvm.getelementptr %dy_y[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v295 = llvm.load %v294 : !llvm.ptr -> f32
                %v296 = arith.muli %v34, %v148 : i64
                %v297 = arith.muli %v32, %size_L : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = arith.addi %v298, %v269 : i64
                %v300 = llvm.getelementptr %in_phi1[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v301 = llvm.load %v300 : !llvm.ptr -> f32
                %v302 = arith.muli %v34, %v148 : i64
                %v303 = arith.muli %v32, %size_L : i64
                %v304 = arith.addi %v302, %v303 : i64
                %v305 = arith.addi %v304, %v269 : i64
                %v306 = llvm.getelementptr %dy_forecast[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v307 = llvm.load %v306 : !llvm.ptr -> f32
                %v308 = arith.mulf %v301, %v307 fastmath<contract> : f32
                %v309 = arith.addf %v295, %v308 fastmath<contract> : f32
                %v310 = llvm.load %v44 : !llvm.ptr -> f32
                %v311 = arith.mulf %v310, %v270 fastmath<contract> : f32
                %v312 = arith.addf %v309, %v311 fastmath<contract> : f32
                %v313 = llvm.load %v48 : !llvm.ptr -> f32
                %v314 = arith.mulf %v313, %v271 fastmath<contract> : f32
                %v315 = arith.addf %v314, %v312 fastmath<contract> : f32
                %v316 = arith.mulf %v274, %v310 fastmath<contract> : f32
                %v317 = arith.mulf %v313, %v278 fastmath<contract> : f32
                %v318 = arith.addf %v317, %v316 fastmath<contract> : f32
                %v319 = arith.mulf %v275, %v310 fastmath<contract> : f32
                %v320 = arith.mulf %v313, %v279 fastmath<contract> : f32
                %v321 = arith.addf %v320, %v319 fastmath<contract> : f32
                %v322 = arith.mulf %v276, %v310 fastmath<contract> : f32
                %v323 = arith.mulf %v313, %v280 fastmath<contract> : f32
                %v324 = arith.addf %v323, %v322 fastmath<contract> : f32
                %v325 = arith.mulf %v277, %v310 fastmath<contract> : f32
                %v326 = arith.mulf %v313, %v281 fastmath<contract> : f32
                %v327 = arith.addf %v326, %v325 fastmath<contract> : f32
                %v328 = arith.muli %v34, %v148 : i64
                %v329 = arith.muli %v32, %size_L : i64
                %v330 = arith.addi %v328, %v329 : i64
                %v331 = arith.addi %v330, %v269 : i64
                %v332 = llvm.getelementptr %in_phi2[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v333 = llvm.load %v332 : !llvm.ptr -> f32
                %v334 = arith.mulf %v333, %v307 fastmath<contract> : f32
                %v335 = llvm.load %v45 : !llvm.ptr -> f32
                %v336 = arith.mulf %v335, %v271 fastmath<contract> : f32
                %v337 = arith.addf %v334, %v336 fastmath<contract> : f32
                %v338 = llvm.load %v49 : !llvm.ptr -> f32
                %v339 = arith.mulf %v338, %v270 fastmath<contract> : f32
                %v340 = arith.addf %v339, %v337 fastmath<contract> : f32
                %v341 = arith.mulf %v278, %v335 fastmath<contract> : f32
                %v342 = arith.mulf %v338, %v274 fastmath<contract> : f32
                %v343 = arith.addf %v342, %v341 fastmath<contract> : f32
                %v344 = arith.mulf %v279, %v335 fastmath<contract> : f32
                %v345 = arith.mulf %v338, %v275 fastmath<contract> : f32
                %v346 = arith.addf %v345, %v344 fastmath<contract> : f32
                %v347 = arith.mulf %v280, %v335 fastmath<contract> : f32
                %v348 = arith.mulf %v338, %v276 fastmath<contract> : f32
                %v349 = arith.addf %v348, %v347 fastmath<contract> : f32
                %v350 = arith.mulf %v281, %v335 fastmath<contract> : f32
                %v351 = arith.mulf %v338, %v277 fastmath<contract> : f32
                %v352 = arith.addf %v351, %v350 fastmath<contract> : f32
                %v353 = llvm.load %v46 : !llvm.ptr -> f32
                %v354 = arith.mulf %v353, %v272 fastmath<contract> : f32
                %v355 = arith.addf %v55, %v354 fastmath<contract> : f32
                %v356 = llvm.load %v50 : !llvm.ptr -> f32
                %v357 = llvm.load %v51 : !llvm.ptr -> f32
                %v358 = arith.mulf %v356, %v270 fastmath<contract> : f32
                %v359 = arith.addf %v358, %v355 fastmath<contract> : f32
                %v360 = arith.mulf %v357, %v273 fastmath<contract> : f32
                %v361 = arith.addf %v360, %v359 fastmath<contract> : f32
                %v362 = arith.mulf %v282, %v353 fastmath<contract> : f32
                %v363 = arith.mulf %v356, %v274 fastmath<contract> : f32
                %v364 = arith.addf %v363, %v362 fastmath<contract> : f32
                %v365 = arith.mulf %v357, %v286 fastmath<contract> : f32
                %v366 = arith.addf %v365, %v364 fastmath<contract> : f32
                %v367 = arith.mulf %v283, %v353 fastmath<contract> : f32
                %v368 = arith.mulf %v356, %v275 fastmath<contract> : f32
                %v369 = arith.addf %v368, %v367 fastmath<contract> : f32
                %v370 = arith.mulf %v357, %v287 fastmath<contract> : f32
                %v371 = arith.addf %v370, %v369 fastmath<contract> : f32
                %v372 = arith.mulf %v284, %v353 fastmath<contract> : f32
                %v373 = arith.mulf %v356, %v276 fastmath<contract> : f32
                %v374 = arith.addf %v373, %v372 fastmath<contract> : f32
                %v375 = arith.mulf %v357, %v288 fastmath<contract> : f32
                %v376 = arith.addf %v375, %v374 fastmath<contract> : f32
                %v377 = arith.mulf %v285, %v353 fastmath<contract> : f32
                %v378 = arith.mulf %v356, %v277 fastmath<contract> : f32
                %v379 = arith.addf %v378, %v377 fastmath<contract> : f32
                %v380 = arith.mulf %v357, %v289 fastmath<contract> : f32
                %v381 = arith.addf %v380, %v379 fastmath<contract> : f32
                %v382 = arith.mulf %v242, %v307 fastmath<contract> : f32
                %v383 = llvm.load %v47 : !llvm.ptr -> f32
                %v384 = arith.mulf %v383, %v273 fastmath<contract> : f32
                %v385 = arith.addf %v382, %v384 fastmath<contract> : f32
                %v386 = llvm.load %v52 : !llvm.ptr -> f32
                %v387 = arith.mulf %v386, %v270 fastmath<contract> : f32
                %v388 = arith.addf %v387, %v385 fastmath<contract> : f32
                %v389 = arith.mulf %v286, %v383 fastmath<contract> : f32
                %v390 = arith.mulf %v386, %v274 fastmath<contract> : f32
                %v391 = arith.addf %v390, %v389 fastmath<contract> : f32
                %v392 = arith.mulf %v287, %v383 fastmath<contract> : f32
                %v393 = arith.mulf %v386, %v275 fastmath<contract> : f32
                %v394 = arith.addf %v393, %v392 fastmath<contract> : f32
                %v395 = arith.mulf %v288, %v383 fastmath<contract> : f32
                %v396 = arith.mulf %v386, %v276 fastmath<contract> : f32
                %v397 = arith.addf %v396, %v395 fastmath<contract> : f32
                %v398 = arith.mulf %v289, %v383 fastmath<contract> : f32
                %v399 = arith.mulf %v386, %v277 fastmath<contract> : f32
                %v400 = arith.addf %v399, %v398 fastmath<contract> : f32
                llvm.store %v315, %v40 : f32, !llvm.ptr
                llvm.store %v318, %v57 : f32, !llvm.ptr
                llvm.store %v321, %v58 : f32, !llvm.ptr
                llvm.store %v324, %v59 : f32, !llvm.ptr
                llvm.store %v327, %v60 : f32, !llvm.ptr
                llvm.store %v340, %v41 : f32, !llvm.ptr
                llvm.store %v343, %v61 : f32, !llvm.ptr
                llvm.store %v346, %v62 : f32, !llvm.ptr
                llvm.store %v349, %v63 : f32, !llvm.ptr
                llvm.store %v352, %v64 : f32, !llvm.ptr
                llvm.store %v361, %v42 : f32, !llvm.ptr
                llvm.store %v366, %v65 : f32, !llvm.ptr
                llvm.store %v371, %v66 : f32, !llvm.ptr
                llvm.store %v376, %v67 : f32, !llvm.ptr
                llvm.store %v381, %v68 : f32, !llvm.ptr
                llvm.store %v388, %v43 : f32, !llvm.ptr
                llvm.store %v391, %v69 : f32, !llvm.ptr
                llvm.store %v394, %v70 : f32, !llvm.ptr
                llvm.store %v397, %v71 : f32, !llvm.ptr
                llvm.store %v400, %v72 : f32, !llvm.ptr
                scf.if %v268 {
                }
                llvm.store %v301, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v333, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v263, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v242, %v52 : f32, !llvm.ptr
                %v401 = arith.addi %v110, %v1 : i64
                %v403 = arith.cmpi slt, %v402, %v116 : i32
                %v404 = arith.cmpi eq, %v402, %v122 : i32
                %v405 = arith.addi %v92, %v401 : i64
                %v406 = llvm.load %v40 : !llvm.ptr -> f32
                %v407 = llvm.load %v41 : !llvm.ptr -> f32
                %v408 = llvm.load %v42 : !llvm.ptr -> f32
                %v409 = llvm.load %v43 : !llvm.ptr -> f32
                %v410 = llvm.load %v57 : !llvm.ptr -> f32
                %v411 = llvm.load %v58 : !llvm.ptr -> f32
                %v412 = llvm.load %v59 : !llvm.ptr -> f32
                %v413 = llvm.load %v60 : !llvm.ptr -> f32
                %v414 = llvm.load %v61 : !llvm.ptr -> f32
                %v415 = llvm.load %v62 : !llvm.ptr -> f32
                %v416 = llvm.load %v63 : !llvm.ptr -> f32
                %v417 = llvm.load %v64 : !llvm.ptr -> f32
                %v418 = llvm.load %v65 : !llvm.ptr -> f32
                %v419 = llvm.load %v66 : !llvm.ptr -> f32
                %v420 = llvm.load %v67 : !llvm.ptr -> f32
                %v421 = llvm.load %v68 : !llvm.ptr -> f32
                %v422 = llvm.load %v69 : !llvm.ptr -> f32
                %v423 = llvm.load %v70 : !llvm.ptr -> f32
                %v424 = llvm.load %v71 : !llvm.ptr -> f32
                %v425 = llvm.load %v72 : !llvm.ptr -> f32
                %v426 = arith.muli %v34, %v148 : i64
                %v427 = arith.muli %v32, %size_L : i64
                %v428 = arith.addi %v426, %v427 : i64
                %v429 = arith.addi %v428, %v405 : i64
                %v430 = llvm.getelementptr %dy_y[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.muli %v34, %v148 : i64
                %v433 = arith.muli %v32, %size_L : i64
                %v434 = arith.addi %v432, %v433 : i64
                %v435 = arith.addi %v434, %v405 : i64
                %v436 = llvm.getelementptr %in_phi1[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                %v438 = arith.muli %v34, %v148 : i64
                %v439 = arith.muli %v32, %size_L : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = arith.addi %v440, %v405 : i64
                %v442 = llvm.getelementptr %dy_forecast[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v443 = llvm.load %v442 : !llvm.ptr -> f32
                %v444 = arith.mulf %v437, %v443 fastmath<contract> : f32
                %v445 = arith.addf %v431, %v444 fastmath<contract> : f32
                %v446 = llvm.load %v44 : !llvm.ptr -> f32
                %v447 = arith.mulf %v446, %v406 fastmath<contract> : f32
                %v448 = arith.addf %v445, %v447 fastmath<contract> : f32
                %v449 = llvm.load %v48 : !llvm.ptr -> f32
                %v450 = arith.mulf %v449, %v407 fastmath<contract> : f32
                %v451 = arith.addf %v450, %v448 fastmath<contract> : f32
                %v452 = arith.mulf %v410, %v446 fastmath<contract> : f32
                %v453 = arith.mulf %v449, %v414 fastmath<contract> : f32
                %v454 = arith.addf %v453, %v452 fastmath<contract> : f32
                %v455 = arith.mulf %v411, %v446 fastmath<contract> : f32
                %v456 = arith.mulf %v449, %v415 fastmath<contract> : f32
                %v457 = arith.addf %v456, %v455 fastmath<contract> : f32
                %v458 = arith.mulf %v412, %v446 fastmath<contract> : f32
                %v459 = arith.mulf %v449, %v416 fastmath<contract> : f32
                %v460 = arith.addf %v459, %v458 fastmath<contract> : f32
                %v461 = arith.mulf %v413, %v446 fastmath<contract> : f32
                %v462 = arith.mulf %v449, %v417 fastmath<contract> : f32
                %v463 = arith.addf %v462, %v461 fastmath<contract> : f32
                %v464 = arith.muli %v34, %v148 : i64
                %v465 = arith.muli %v32, %size_L : i64
                %v466 = arith.addi %v464, %v465 : i64
                %v467 = arith.addi %v466, %v405 : i64
                %v468 = llvm.getelementptr %in_phi2[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v469 = llvm.load %v468 : !llvm.ptr -> f32
                %v470 = arith.mulf %v469, %v443 fastmath<contract> : f32
                %v471 = llvm.load %v45 : !llvm.ptr -> f32
                %v472 = arith.mulf %v471, %v407 fastmath<contract> : f32
                %v473 = arith.addf %v470, %v472 fastmath<contract> : f32
                %v474 = llvm.load %v49 : !llvm.ptr -> f32
                %v475 = arith.mulf %v474, %v406 fastmath<contract> : f32
                %v476 = arith.addf %v475, %v473 fastmath<contract> : f32
                %v477 = arith.mulf %v414, %v471 fastmath<contract> : f32
                %v478 = arith.mulf %v474, %v410 fastmath<contract> : f32
                %v479 = arith.addf %v478, %v477 fastmath<contract> : f32
                %v480 = arith.mulf %v415, %v471 fastmath<contract> : f32
                %v481 = arith.mulf %v474, %v411 fastmath<contract> : f32
                %v482 = arith.addf %v481, %v480 fastmath<contract> : f32
                %v483 = arith.mulf %v416, %v471 fastmath<contract> : f32
                %v484 = arith.mulf %v474, %v412 fastmath<contract> : f32
                %v485 = arith.addf %v484, %v483 fastmath<contract> : f32
                %v486 = arith.mulf %v417, %v471 fastmath<contract> : f32
                %v487 = arith.mulf %v474, %v413 fastmath<contract> : f32
                %v488 = arith.addf %v487, %v486 fastmath<contract> : f32
                %v489 = llvm.load %v46 : !llvm.ptr -> f32
                %v490 = arith.mulf %v489, %v408 fastmath<contract> : f32
                %v491 = arith.addf %v55, %v490 fastmath<contract> : f32
                %v492 = llvm.load %v50 : !llvm.ptr -> f32
                %v493 = llvm.load %v51 : !llvm.ptr -> f32
                %v494 = arith.mulf %v492, %v406 fastmath<contract> : f32
                %v495 = arith.addf %v494, %v491 fastmath<contract> : f32
                %v496 = arith.mulf %v493, %v409 fastmath<contract> : f32
                %v497 = arith.addf %v496, %v495 fastmath<contract> : f32
                %v498 = arith.mulf %v418, %v489 fastmath<contract> : f32
                %v499 = arith.mulf %v492, %v410 fastmath<contract> : f32
                %v500 = arith.addf %v499, %v498 fastmath<contract> : f32
                %v501 = arith.mulf %v493, %v422 fastmath<contract> : f32
                %v502 = arith.addf %v501, %v500 fastmath<contract> : f32
                %v503 = arith.mulf %v419, %v489 fastmath<contract> : f32
                %v504 = arith.mulf %v492, %v411 fastmath<contract> : f32
                %v505 = arith.addf %v504, %v503 fastmath<contract> : f32
                %v506 = arith.mulf %v493, %v423 fastmath<contract> : f32
                %v507 = arith.addf %v506, %v505 fastmath<contract> : f32
                %v508 = arith.mulf %v420, %v489 fastmath<contract> : f32
                %v509 = arith.mulf %v492, %v412 fastmath<contract> : f32
                %v510 = arith.addf %v509, %v508 fastmath<contract> : f32
                %v511 = arith.mulf %v493, %v424 fastmath<contract> : f32
                %v512 = arith.addf %v511, %v510 fastmath<contract> : f32
                %v513 = arith.mulf %v421, %v489 fastmath<contract> : f32
                %v514 = arith.mulf %v492, %v413 fastmath<contract> : f32
                %v515 = arith.addf %v514, %v513 fastmath<contract> : f32
                %v516 = arith.mulf %v493, %v425 fastmath<contract> : f32
                %v517 = arith.addf %v516, %v515 fastmath<contract> : f32
                %v518 = arith.mulf %v242, %v443 fastmath<contract> : f32
                %v519 = llvm.load %v47 : !llvm.ptr -> f32
                %v520 = arith.mulf %v519, %v409 fastmath<contract> : f32
                %v521 = arith.addf %v518, %v520 fastmath<contract> : f32
                %v522 = llvm.load %v52 : !llvm.ptr -> f32
                %v523 = arith.mulf %v522, %v406 fastmath<contract> : f32
                %v524 = arith.addf %v523, %v521 fastmath<contract> : f32
                %v525 = arith.mulf %v422, %v519 fastmath<contract> : f32
                %v526 = arith.mulf %v522, %v410 fastmath<contract> : f32
                %v527 = arith.addf %v526, %v525 fastmath<contract> : f32
                %v528 = arith.mulf %v423, %v519 fastmath<contract> : f32
                %v529 = arith.mulf %v522, %v411 fastmath<contract> : f32
                %v530 = arith.addf %v529, %v528 fastmath<contract> : f32
                %v531 = arith.mulf %v424, %v519 fastmath<contract> : f32
                %v532 = arith.mulf %v522, %v412 fastmath<contract> : f32
                %v533 = arith.addf %v532, %v531 fastmath<contract> : f32
                %v534 = arith.mulf %v425, %v519 fastmath<contract> : f32
                %v535 = arith.mulf %v522, %v413 fastmath<contract> : f32
                %v536 = arith.addf %v535, %v534 fastmath<contract> : f32
                llvm.store %v451, %v40 : f32, !llvm.ptr
                llvm.store %v454, %v57 : f32, !llvm.ptr
                llvm.store %v457, %v58 : f32, !llvm.ptr
                llvm.store %v460, %v59 : f32, !llvm.ptr
                llvm.store %v463, %v60 : f32, !llvm.ptr
                llvm.store %v476, %v41 : f32, !llvm.ptr
                llvm.store %v479, %v61 : f32, !llvm.ptr
                llvm.store %v482, %v62 : f32, !llvm.ptr
                llvm.store %v485, %v63 : f32, !llvm.ptr
                llvm.store %v488, %v64 : f32, !llvm.ptr
                llvm.store %v497, %v42 : f32, !llvm.ptr
                llvm.store %v502, %v65 : f32, !llvm.ptr
                llvm.store %v507, %v66 : f32, !llvm.ptr
                llvm.store %v512, %v67 : f32, !llvm.ptr
                llvm.store %v517, %v68 : f32, !llvm.ptr
                llvm.store %v524, %v43 : f32, !llvm.ptr
                llvm.store %v527, %v69 : f32, !llvm.ptr
                llvm.store %v530, %v70 : f32, !llvm.ptr
                llvm.store %v533, %v71 : f32, !llvm.ptr
                llvm.store %v536, %v72 : f32, !llvm.ptr
                scf.if %v404 {
                }
                llvm.store %v437, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v469, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v263, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v242, %v52 : f32, !llvm.ptr
                %v538 = arith.cmpi slt, %v537, %v116 : i32
                %v539 = arith.cmpi eq, %v537, %v122 : i32
                %v540 = arith.addi %v92, %v110 : i64
                %v541 = llvm.load %v40 : !llvm.ptr -> f32
                %v542 = llvm.load %v41 : !llvm.ptr -> f32
                %v543 = llvm.load %v42 : !llvm.ptr -> f32
                %v544 = llvm.load %v43 : !llvm.ptr -> f32
                %v545 = llvm.load %v57 : !llvm.ptr -> f32
                %v546 = llvm.load %v58 : !llvm.ptr -> f32
                %v547 = llvm.load %v59 : !llvm.ptr -> f32
                %v548 = llvm.load %v60 : !llvm.ptr -> f32
                %v549 = llvm.load %v61 : !llvm.ptr -> f32
                %v550 = llvm.load %v62 : !llvm.ptr -> f32
                %v551 = llvm.load %v63 : !llvm.ptr -> f32
                %v552 = llvm.load %v64 : !llvm.ptr -> f32
                %v553 = llvm.load %v65 : !llvm.ptr -> f32
                %v554 = llvm.load %v66 : !llvm.ptr -> f32
                %v555 = llvm.load %v67 : !llvm.ptr -> f32
                %v556 = llvm.load %v68 : !llvm.ptr -> f32
                %v557 = llvm.load %v69 : !llvm.ptr -> f32
                %v558 = llvm.load %v70 : !llvm.ptr -> f32
                %v559 = llvm.load %v71 : !llvm.ptr -> f32
                %v560 = llvm.load %v72 : !llvm.ptr -> f32
                %v561 = arith.muli %v34, %v148 : i64
                %v562 = arith.muli %v32, %size_L : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = arith.addi %v563, %v540 : i64
                %v565 = llvm.getelementptr %dy_y[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v566 = llvm.load %v565 : !llvm.ptr -> f32
                %v567 = arith.muli %v34, %v148 : i64
                %v568 = arith.muli %v32, %size_L : i64
                %v569 = arith.addi %v567, %v568 : i64
                %v570 = arith.addi %v569, %v540 : i64
                %v571 = llvm.getelementptr %in_phi1[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v572 = llvm.load %v571 : !llvm.ptr -> f32
                %v573 = arith.muli %v34, %v148 : i64
                %v574 = arith.muli %v32, %size_L : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = arith.addi %v575, %v540 : i64
                %v577 = llvm.getelementptr %dy_forecast[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v578 = llvm.load %v577 : !llvm.ptr -> f32
                %v579 = arith.mulf %v572, %v578 fastmath<contract> : f32
                %v580 = arith.addf %v566, %v579 fastmath<contract> : f32
                %v581 = llvm.load %v44 : !llvm.ptr -> f32
                %v582 = arith.mulf %v581, %v541 fastmath<contract> : f32
                %v583 = arith.addf %v580, %v582 fastmath<contract> : f32
                %v584 = llvm.load %v48 : !llvm.ptr -> f32
                %v585 = arith.mulf %v584, %v542 fastmath<contract> : f32
                %v586 = arith.addf %v585, %v583 fastmath<contract> : f32
                %v587 = arith.mulf %v545, %v581 fastmath<contract> : f32
                %v588 = arith.mulf %v584, %v549 fastmath<contract> : f32
                %v589 = arith.addf %v588, %v587 fastmath<contract> : f32
                %v590 = arith.mulf %v546, %v581 fastmath<contract> : f32
                %v591 = arith.mulf %v584, %v550 fastmath<contract> : f32
                %v592 = arith.addf %v591, %v590 fastmath<contract> : f32
                %v593 = arith.mulf %v547, %v581 fastmath<contract> : f32
                %v594 = arith.mulf %v584, %v551 fastmath<contract> : f32
                %v595 = arith.addf %v594, %v593 fastmath<contract> : f32
                %v596 = arith.mulf %v548, %v581 fastmath<contract> : f32
                %v597 = arith.mulf %v584, %v552 fastmath<contract> : f32
                %v598 = arith.addf %v597, %v596 fastmath<contract> : f32
                %v599 = arith.muli %v34, %v148 : i64
                %v600 = arith.muli %v32, %size_L : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = arith.addi %v601, %v540 : i64
                %v603 = llvm.getelementptr %in_phi2[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v604 = llvm.load %v603 : !llvm.ptr -> f32
                %v605 = arith.mulf %v604, %v578 fastmath<contract> : f32
                %v606 = llvm.load %v45 : !llvm.ptr -> f32
                %v607 = arith.mulf %v606, %v542 fastmath<contract> : f32
                %v608 = arith.addf %v605, %v607 fastmath<contract> : f32
                %v609 = llvm.load %v49 : !llvm.ptr -> f32
                %v610 = arith.mulf %v609, %v541 fastmath<contract> : f32
                %v611 = arith.addf %v610, %v608 fastmath<contract> : f32
                %v612 = arith.mulf %v549, %v606 fastmath<contract> : f32
                %v613 = arith.mulf %v609, %v545 fastmath<contract> : f32
                %v614 = arith.addf %v613, %v612 fastmath<contract> : f32
                %v615 = arith.mulf %v550, %v606 fastmath<contract> : f32
                %v616 = arith.mulf %v609, %v546 fastmath<contract> : f32
                %v617 = arith.addf %v616, %v615 fastmath<contract> : f32
                %v618 = arith.mulf %v551, %v606 fastmath<contract> : f32
                %v619 = arith.mulf %v609, %v547 fastmath<contract> : f32
                %v620 = arith.addf %v619, %v618 fastmath<contract> : f32
                %v621 = arith.mulf %v552, %v606 fastmath<contract> : f32
                %v622 = arith.mulf %v609, %v548 fastmath<contract> : f32
                %v623 = arith.addf %v622, %v621 fastmath<contract> : f32
                %v624 = llvm.load %v46 : !llvm.ptr -> f32
                %v625 = arith.mulf %v624, %v543 fastmath<contract> : f32
                %v626 = arith.addf %v55, %v625 fastmath<contract> : f32
                %v627 = llvm.load %v50 : !llvm.ptr -> f32
                %v628 = llvm.load %v51 : !llvm.ptr -> f32
                %v629 = arith.mulf %v627, %v541 fastmath<contract> : f32
                %v630 = arith.addf %v629, %v626 fastmath<contract> : f32
                %v631 = arith.mulf %v628, %v544 fastmath<contract> : f32
                %v632 = arith.addf %v631, %v630 fastmath<contract> : f32
                %v633 = arith.mulf %v553, %v624 fastmath<contract> : f32
                %v634 = arith.mulf %v627, %v545 fastmath<contract> : f32
                %v635 = arith.addf %v634, %v633 fastmath<contract> : f32
                %v636 = arith.mulf %v628, %v557 fastmath<contract> : f32
                %v637 = arith.addf %v636, %v635 fastmath<contract> : f32
                %v638 = arith.mulf %v554, %v624 fastmath<contract> : f32
                %v639 = arith.mulf %v627, %v546 fastmath<contract> : f32
                %v640 = arith.addf %v639, %v638 fastmath<contract> : f32
                %v641 = arith.mulf %v628, %v558 fastmath<contract> : f32
                %v642 = arith.addf %v641, %v640 fastmath<contract> : f32
                %v643 = arith.mulf %v555, %v624 fastmath<contract> : f32
                %v644 = arith.mulf %v627, %v547 fastmath<contract> : f32
                %v645 = arith.addf %v644, %v643 fastmath<contract> : f32
                %v646 = arith.mulf %v628, %v559 fastmath<contract> : f32
                %v647 = arith.addf %v646, %v645 fastmath<contract> : f32
                %v648 = arith.mulf %v556, %v624 fastmath<contract> : f32
                %v649 = arith.mulf %v627, %v548 fastmath<contract> : f32
                %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
                %v651 = arith.mulf %v628, %v560 fastmath<contract> : f32
                %v652 = arith.addf %v651, %v650 fastmath<contract> : f32
                %v653 = arith.mulf %v242, %v578 fastmath<contract> : f32
                %v654 = llvm.load %v47 : !llvm.ptr -> f32
                %v655 = arith.mulf %v654, %v544 fastmath<contract> : f32
                %v656 = arith.addf %v653, %v655 fastmath<contract> : f32
                %v657 = llvm.load %v52 : !llvm.ptr -> f32
                %v658 = arith.mulf %v657, %v541 fastmath<contract> : f32
                %v659 = arith.addf %v658, %v656 fastmath<contract> : f32
                %v660 = arith.mulf %v557, %v654 fastmath<contract> : f32
                %v661 = arith.mulf %v657, %v545 fastmath<contract> : f32
                %v662 = arith.addf %v661, %v660 fastmath<contract> : f32
                %v663 = arith.mulf %v558, %v654 fastmath<contract> : f32
                %v664 = arith.mulf %v657, %v546 fastmath<contract> : f32
                %v665 = arith.addf %v664, %v663 fastmath<contract> : f32
                %v666 = arith.mulf %v559, %v654 fastmath<contract> : f32
                %v667 = arith.mulf %v657, %v547 fastmath<contract> : f32
                %v668 = arith.addf %v667, %v666 fastmath<contract> : f32
                %v669 = arith.mulf %v560, %v654 fastmath<contract> : f32
                %v670 = arith.mulf %v657, %v548 fastmath<contract> : f32
                %v671 = arith.addf %v670, %v669 fastmath<contract> : f32
                llvm.store %v586, %v40 : f32, !llvm.ptr
                llvm.store %v589, %v57 : f32, !llvm.ptr
                llvm.store %v592, %v58 : f32, !llvm.ptr
                llvm.store %v595, %v59 : f32, !llvm.ptr
                llvm.store %v598, %v60 : f32, !llvm.ptr
                llvm.store %v611, %v41 : f32, !llvm.ptr
                llvm.store %v614, %v61 : f32, !llvm.ptr
                llvm.store %v617, %v62 : f32, !llvm.ptr
                llvm.store %v620, %v63 : f32, !llvm.ptr
                llvm.store %v623, %v64 : f32, !llvm.ptr
                llvm.store %v632, %v42 : f32, !llvm.ptr
                llvm.store %v637, %v65 : f32, !llvm.ptr
                llvm.store %v642, %v66 : f32, !llvm.ptr
                llvm.store %v647, %v67 : f32, !llvm.ptr
                llvm.store %v652, %v68 : f32, !llvm.ptr
                llvm.store %v659, %v43 : f32, !llvm.ptr
                llvm.store %v662, %v69 : f32, !llvm.ptr
                llvm.store %v665, %v70 : f32, !llvm.ptr
                llvm.store %v668, %v71 : f32, !llvm.ptr
                llvm.store %v671, %v72 : f32, !llvm.ptr
                scf.if %v539 {
                }
                llvm.store %v572, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v604, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v263, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v242, %v52 : f32, !llvm.ptr
              } else {
                %v672 = arith.subi %v94, %v1 : i64
                // the group's states, recomputed into registers
                %v673 = arith.subi %v94, %v110 : i64
                %v674 = arith.trunci %v673 : i64 to i32
                %v675 = arith.subi %size_L, %v1 : i64
                %v676 = arith.addi %v92, %v110 : i64
                %v677 = arith.subi %v675, %v676 : i64
                %v678 = arith.minsi %v677, %v120 : i64
                %v679 = arith.trunci %v678 : i64 to i32
                %v680 = arith.addi %v110, %v76 : i64
                %v681 = arith.cmpi slt, %v124, %v674 : i32
                %v682 = arith.cmpi eq, %v124, %v679 : i32
                scf.if %v681 {
                  %v683 = arith.addi %v92, %v680 : i64
                  %v684 = llvm.load %v40 : !llvm.ptr -> f32
                  %v685 = llvm.load %v41 : !llvm.ptr -> f32
                  %v686 = llvm.load %v42 : !llvm.ptr -> f32
                  %v687 = llvm.load %v43 : !llvm.ptr -> f32
                  %v688 = llvm.load %v57 : !llvm.ptr -> f32
                  %v689 = llvm.load %v58 : !llvm.ptr -> f32
                  %v690 = llvm.load %v59 : !llvm.ptr -> f32
                  %v691 = llvm.load %v60 : !llvm.ptr -> f32
                  %v692 = llvm.load %v61 : !llvm.ptr -> f32
                  %v693 = llvm.load %v62 : !llvm.ptr -> f32
                  %v694 = llvm.load %v63 : !llvm.ptr -> f32
                  %v695 = llvm.load %v64 : !llvm.ptr -> f32
                  %v696 = llvm.load %v65 : !llvm.ptr -> f32
                  %v697 = llvm.load %v66 : !llvm.ptr -> f32
                  %v698 = llvm.load %v67 : !llvm.ptr -> f32
                  %v699 = llvm.load %v68 : !llvm.ptr -> f32
                  %v700 = llvm.load %v69 : !llvm.ptr -> f32
                  %v701 = llvm.load %v70 : !llvm.ptr -> f32
                  %v702 = llvm.load %v71 : !llvm.ptr -> f32
                  %v703 = llvm.load %v72 : !llvm.ptr -> f32
                  %v704 = arith.muli %v34, %v148 : i64
                  %v705 = arith.muli %v32, %size_L : i64
                  %v706 = arith.addi %v704, %v705 : i64
                  %v707 = arith.addi %v706, %v683 : i64
                  %v708 = llvm.getelementptr %dy_y[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v709 = llvm.load %v708 : !llvm.ptr -> f32
                  %v710 = arith.muli %v34, %v148 : i64
                  %v711 = arith.muli %v32, %size_L : i64
                  %v712 = arith.addi %v710, %v711 : i64
                  %v713 = arith.addi %v712, %v683 : i64
                  %v714 = llvm.getelementptr %in_phi1[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v715 = llvm.load %v714 : !llvm.ptr -> f32
                  %v716 = arith.muli %v34, %v148 : i64
                  %v717 = arith.muli %v32, %size_L : i64
                  %v718 = arith.addi %v716, %v717 : i64
                  %v719 = arith.addi %v718, %v683 : i64
                  %v720 = llvm.getelementptr %dy_forecast[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v721 = llvm.load %v720 : !llvm.ptr -> f32
                  %v722 = arith.mulf %v715, %v721 fastmath<contract> : f32
                  %v723 = arith.addf %v709, %v722 fastmath<contract> : f32
                  %v724 = llvm.load %v44 : !llvm.ptr -> f32
                  %v725 = arith.mulf %v724, %v684 fastmath<contract> : f32
                  %v726 = arith.addf %v723, %v725 fastmath<contract> : f32
                  %v727 = llvm.load %v48 : !llvm.ptr -> f32
                  %v728 = arith.mulf %v727, %v685 fastmath<contract> : f32
                  %v729 = arith.addf %v728, %v726 fastmath<contract> : f32
                  %v730 = arith.mulf %v688, %v724 fastmath<contract> : f32
                  %v731 = arith.mulf %v727, %v692 fastmath<contract> : f32
                  %v732 = arith.addf %v731, %v730 fastmath<contract> : f32
                  %v733 = arith.mulf %v689, %v724 fastmath<contract> : f32
                  %v734 = arith.mulf %v727, %v693 fastmath<contract> : f32
                  %v735 = arith.addf %v734, %v733 fastmath<contract> : f32
                  %v736 = arith.mulf %v690, %v724 fastmath<contract> : f32
                  %v737 = arith.mulf %v727, %v694 fastmath<contract> : f32
                  %v738 = arith.addf %v737, %v736 fastmath<contract> : f32
                  %v739 = arith.mulf %v691, %v724 fastmath<contract> : f32
                  %v740 = arith.mulf %v727, %v695 fastmath<contract> : f32
                  %v741 = arith.addf %v740, %v739 fastmath<contract> : f32
                  %v742 = arith.muli %v34, %v148 : i64
                  %v743 = arith.muli %v32, %size_L : i64
                  %v744 = arith.addi %v742, %v743 : i64
                  %v745 = arith.addi %v744, %v683 : i64
                  %v746 = llvm.getelementptr %in_phi2[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v747 = llvm.load %v746 : !llvm.ptr -> f32
                  %v748 = arith.mulf %v747, %v721 fastmath<contract> : f32
                  %v749 = llvm.load %v45 : !llvm.ptr -> f32
                  %v750 = arith.mulf %v749, %v685 fastmath<contract> : f32
                  %v751 = arith.addf %v748, %v750 fastmath<contract> : f32
                  %v752 = llvm.load %v49 : !llvm.ptr -> f32
                  %v753 = arith.mulf %v752, %v684 fastmath<contract> : f32
                  %v754 = arith.addf %v753, %v751 fastmath<contract> : f32
                  %v755 = arith.mulf %v692, %v749 fastmath<contract> : f32
                  %v756 = arith.mulf %v752, %v688 fastmath<contract> : f32
                  %v757 = arith.addf %v756, %v755 fastmath<contract> : f32
                  %v758 = arith.mulf %v693, %v749 fastmath<contract> : f32
                  %v759 = arith.mulf %v752, %v689 fastmath<contract> : f32
                  %v760 = arith.addf %v759, %v758 fastmath<contract> : f32
                  %v761 = arith.mulf %v694, %v749 fastmath<contract> : f32
                  %v762 = arith.mulf %v752, %v690 fastmath<contract> : f32
                  %v763 = arith.addf %v762, %v761 fastmath<contract> : f32
                  %v764 = arith.mulf %v695, %v749 fastmath<contract> : f32
                  %v765 = arith.mulf %v752, %v691 fastmath<contract> : f32
                  %v766 = arith.addf %v765, %v764 fastmath<contract> : f32
                  %v767 = llvm.load %v46 : !llvm.ptr -> f32
                  %v768 = arith.mulf %v767, %v686 fastmath<contract> : f32
                  %v769 = arith.addf %v55, %v768 fastmath<contract> : f32
                  %v770 = llvm.load %v50 : !llvm.ptr -> f32
                  %v771 = llvm.load %v51 : !llvm.ptr -> f32
                  %v772 = arith.mulf %v770, %v684 fastmath<contract> : f32
                  %v773 = arith.addf %v772, %v769 fastmath<contract> : f32
                  %v774 = arith.mulf %v771, %v687 fastmath<contract> : f32
                  %v775 = arith.addf %v774, %v773 fastmath<contract> : f32
                  %v776 = arith.mulf %v696, %v767 fastmath<contract> : f32
                  %v777 = arith.mulf %v770, %v688 fastmath<contract> : f32
                  %v778 = arith.addf %v777, %v776 fastmath<contract> : f32
                  %v779 = arith.mulf %v771, %v700 fastmath<contract> : f32
                  %v780 = arith.addf %v779, %v778 fastmath<contract> : f32
                  %v781 = arith.mulf %v697, %v767 fastmath<contract> : f32
                  %v782 = arith.mulf %v770, %v689 fastmath<contract> : f32
                  %v783 = arith.addf %v782, %v781 fastmath<contract> : f32
                  %v784 = arith.mulf %v771, %v701 fastmath<contract> : f32
                  %v785 = arith.addf %v784, %v783 fastmath<contract> : f32
                  %v786 = arith.mulf %v698, %v767 fastmath<contract> : f32
                  %v787 = arith.mulf %v770, %v690 fastmath<contract> : f32
                  %v788 = arith.addf %v787, %v786 fastmath<contract> : f32
                  %v789 = arith.mulf %v771, %v702 fastmath<contract> : f32
                  %v790 = arith.addf %v789, %v788 fastmath<contract> : f32
                  %v791 = arith.mulf %v699, %v767 fastmath<contract> : f32
                  %v792 = arith.mulf %v770, %v691 fastmath<contract> : f32
                  %v793 = arith.addf %v792, %v791 fastmath<contract> : f32
                  %v794 = arith.mulf %v771, %v703 fastmath<contract> : f32
                  %v795 = arith.addf %v794, %v793 fastmath<contract> : f32
                  %v796 = arith.mulf %v242, %v721 fastmath<contract> : f32
                  %v797 = llvm.load %v47 : !llvm.ptr -> f32
                  %v798 = arith.mulf %v797, %v687 fastmath<contract> : f32
                  %v799 = arith.addf %v796, %v798 fastmath<contract> : f32
                  %v800 = llvm.load %v52 : !llvm.ptr -> f32
                  %v801 = arith.mulf %v800, %v684 fastmath<contract> : f32
                  %v802 = arith.addf %v801, %v799 fastmath<contract> : f32
                  %v803 = arith.mulf %v700, %v797 fastmath<contract> : f32
                  %v804 = arith.mulf %v800, %v688 fastmath<contract> : f32
                  %v805 = arith.addf %v804, %v803 fastmath<contract> : f32
                  %v806 = arith.mulf %v701, %v797 fastmath<contract> : f32
                  %v807 = arith.mulf %v800, %v689 fastmath<contract> : f32
                  %v808 = arith.addf %v807, %v806 fastmath<contract> : f32
                  %v809 = arith.mulf %v702, %v797 fastmath<contract> : f32
                  %v810 = arith.mulf %v800, %v690 fastmath<contract> : f32
                  %v811 = arith.addf %v810, %v809 fastmath<contract> : f32
                  %v812 = arith.mulf %v703, %v797 fastmath<contract> : f32
                  %v813 = arith.mulf %v800, %v691 fastmath<contract> : f32
                  %v814 = arith.addf %v813, %v812 fastmath<contract> : f32
                  llvm.store %v729, %v40 : f32, !llvm.ptr
                  llvm.store %v732, %v57 : f32, !llvm.ptr
                  llvm.store %v735, %v58 : f32, !llvm.ptr
                  llvm.store %v738, %v59 : f32, !llvm.ptr
                  llvm.store %v741, %v60 : f32, !llvm.ptr
                  llvm.store %v754, %v41 : f32, !llvm.ptr
                  llvm.store %v757, %v61 : f32, !llvm.ptr
                  llvm.store %v760, %v62 : f32, !llvm.ptr
                  llvm.store %v763, %v63 : f32, !llvm.ptr
                  llvm.store %v766, %v64 : f32, !llvm.ptr
                  llvm.store %v775, %v42 : f32, !llvm.ptr
                  llvm.store %v780, %v65 : f32, !llvm.ptr
                  llvm.store %v785, %v66 : f32, !llvm.ptr
                  llvm.store %v790, %v67 : f32, !llvm.ptr
                  llvm.store %v795, %v68 : f32, !llvm.ptr
                  llvm.store %v802, %v43 : f32, !llvm.ptr
                  llvm.store %v805, %v69 : f32, !llvm.ptr
                  llvm.store %v808, %v70 : f32, !llvm.ptr
                  llvm.store %v811, %v71 : f32, !llvm.ptr
                  llvm.store %v814, %v72 : f32, !llvm.ptr
                  scf.if %v682 {
                  }
                  llvm.store %v715, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v747, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v263, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v242, %v52 : f32, !llvm.ptr
                }
                %v815 = arith.addi %v110, %v264 : i64
                %v816 = arith.cmpi slt, %v266, %v674 : i32
                %v817 = arith.cmpi eq, %v266, %v679 : i32
                scf.if %v816 {
                  %v818 = arith.addi %v92, %v815 : i64
                  %v819 = llvm.load %v40 : !llvm.ptr -> f32
                  %v820 = llvm.load %v41 : !llvm.ptr -> f32
                  %v821 = llvm.load %v42 : !llvm.ptr -> f32
                  %v822 = llvm.load %v43 : !llvm.ptr -> f32
                  %v823 = llvm.load %v57 : !llvm.ptr -> f32
                  %v824 = llvm.load %v58 : !llvm.ptr -> f32
                  %v825 = llvm.load %v59 : !llvm.ptr -> f32
                  %v826 = llvm.load %v60 : !llvm.ptr -> f32
                  %v827 = llvm.load %v61 : !llvm.ptr -> f32
                  %v828 = llvm.load %v62 : !llvm.ptr -> f32
                  %v829 = llvm.load %v63 : !llvm.ptr -> f32
                  %v830 = llvm.load %v64 : !llvm.ptr -> f32
                  %v831 = llvm.load %v65 : !llvm.ptr -> f32
                  %v832 = llvm.load %v66 : !llvm.ptr -> f32
                  %v833 = llvm.load %v67 : !llvm.ptr -> f32
                  %v834 = llvm.load %v68 : !llvm.ptr -> f32
                  %v835 = llvm.load %v69 : !llvm.ptr -> f32
                  %v836 = llvm.load %v70 : !llvm.ptr -> f32
                  %v837 = llvm.load %v71 : !llvm.ptr -> f32
                  %v838 = llvm.load %v72 : !llvm.ptr -> f32
                  %v839 = arith.muli %v34, %v148 : i64
                  %v840 = arith.muli %v32, %size_L : i64
                  %v841 = arith.addi %v839, %v840 : i64
                  %v842 = arith.addi %v841, %v818 : i64
                  %v843 = llvm.getelementptr %dy_y[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v844 = llvm.load %v843 : !llvm.ptr -> f32
                  %v845 = arith.muli %v34, %v148 : i64
                  %v846 = arith.muli %v32, %size_L : i64
                  %v847 = arith.addi %v845, %v846 : i64
                  %v848 = arith.addi %v847, %v818 : i64
                  %v849 = llvm.getelementptr %in_phi1[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v850 = llvm.load %v849 : !llvm.ptr -> f32
                  %v851 = arith.muli %v34, %v148 : i64
                  %v852 = arith.muli %v32, %size_L : i64
                  %v853 = arith.addi %v851, %v852 : i64
                  %v854 = arith.addi %v853, %v818 : i64
                  %v855 = llvm.getelementptr %dy_forecast[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v856 = llvm.load %v855 : !llvm.ptr -> f32
                  %v857 = arith.mulf %v850, %v856 fastmath<contract> : f32
                  %v858 = arith.addf %v844, %v857 fastmath<contract> : f32
                  %v859 = llvm.load %v44 : !llvm.ptr -> f32
                  %v860 = arith.mulf %v859, %v819 fastmath<contract> : f32
                  %v861 = arith.addf %v858, %v860 fastmath<contract> : f32
                  %v862 = llvm.load %v48 : !llvm.ptr -> f32
                  %v863 = arith.mulf %v862, %v820 fastmath<contract> : f32
                  %v864 = arith.addf %v863, %v861 fastmath<contract> : f32
                  %v865 = arith.mulf %v823, %v859 fastmath<contract> : f32
                  %v866 = arith.mulf %v862, %v827 fastmath<contract> : f32
                  %v867 = arith.addf %v866, %v865 fastmath<contract> : f32
                  %v868 = arith.mulf %v824, %v859 fastmath<contract> : f32
                  %v869 = arith.mulf %v862, %v828 fastmath<contract> : f32
                  %v870 = arith.addf %v869, %v868 fastmath<contract> : f32
                  %v871 = arith.mulf %v825, %v859 fastmath<contract> : f32
                  %v872 = arith.mulf %v862, %v829 fastmath<contract> : f32
                  %v873 = arith.addf %v872, %v871 fastmath<contract> : f32
                  %v874 = arith.mulf %v826, %v859 fastmath<contract> : f32
                  %v875 = arith.mulf %v862, %v830 fastmath<contract> : f32
                  %v876 = arith.addf %v875, %v874 fastmath<contract> : f32
                  %v877 = arith.muli %v34, %v148 : i64
                  %v878 = arith.muli %v32, %size_L : i64
                  %v879 = arith.addi %v877, %v878 : i64
                  %v880 = arith.addi %v879, %v818 : i64
                  %v881 = llvm.getelementptr %in_phi2[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v882 = llvm.load %v881 : !llvm.ptr -> f32
                  %v883 = arith.mulf %v882, %v856 fastmath<contract> : f32
                  %v884 = llvm.load %v45 : !llvm.ptr -> f32
                  %v885 = arith.mulf %v884, %v820 fastmath<contract> : f32
                  %v886 = arith.addf %v883, %v885 fastmath<contract> : f32
                  %v887 = llvm.load %v49 : !llvm.ptr -> f32
                  %v888 = arith.mulf %v887, %v819 fastmath<contract> : f32
                  %v889 = arith.addf %v888, %v886 fastmath<contract> : f32
                  %v890 = arith.mulf %v827, %v884 fastmath<contract> : f32
                  %v891 = arith.mulf %v887, %v823 fastmath<contract> : f32
                  %v892 = arith.addf %v891, %v890 fastmath<contract> : f32
                  %v893 = arith.mulf %v828, %v884 fastmath<contract> : f32
                  %v894 = arith.mulf %v887, %v824 fastmath<contract> : f32
                  %v895 = arith.addf %v894, %v893 fastmath<contract> : f32
                  %v896 = arith.mulf %v829, %v884 fastmath<contract> : f32
                  %v897 = arith.mulf %v887, %v825 fastmath<contract> : f32
                  %v898 = arith.addf %v897, %v896 fastmath<contract> : f32
                  %v899 = arith.mulf %v830, %v884 fastmath<contract> : f32
                  %v900 = arith.mulf %v887, %v826 fastmath<contract> : f32
                  %v901 = arith.addf %v900, %v899 fastmath<contract> : f32
                  %v902 = llvm.load %v46 : !llvm.ptr -> f32
                  %v903 = arith.mulf %v902, %v821 fastmath<contract> : f32
                  %v904 = arith.addf %v55, %v903 fastmath<contract> : f32
                  %v905 = llvm.load %v50 : !llvm.ptr -> f32
                  %v906 = llvm.load %v51 : !llvm.ptr -> f32
                  %v907 = arith.mulf %v905, %v819 fastmath<contract> : f32
                  %v908 = arith.addf %v907, %v904 fastmath<contract> : f32
                  %v909 = arith.mulf %v906, %v822 fastmath<contract> : f32
                  %v910 = arith.addf %v909, %v908 fastmath<contract> : f32
                  %v911 = arith.mulf %v831, %v902 fastmath<contract> : f32
                  %v912 = arith.mulf %v905, %v823 fastmath<contract> : f32
                  %v913 = arith.addf %v912, %v911 fastmath<contract> : f32
                  %v914 = arith.mulf %v906, %v835 fastmath<contract> : f32
                  %v915 = arith.addf %v914, %v913 fastmath<contract> : f32
                  %v916 = arith.mulf %v832, %v902 fastmath<contract> : f32
                  %v917 = arith.mulf %v905, %v824 fastmath<contract> : f32
                  %v918 = arith.addf %v917, %v916 fastmath<contract> : f32
                  %v919 = arith.mulf %v906, %v836 fastmath<contract> : f32
                  %v920 = arith.addf %v919, %v918 fastmath<contract> : f32
                  %v921 = arith.mulf %v833, %v902 fastmath<contract> : f32
                  %v922 = arith.mulf %v905, %v825 fastmath<contract> : f32
                  %v923 = arith.addf %v922, %v921 fastmath<contract> : f32
                  %v924 = arith.mulf %v906, %v837 fastmath<contract> : f32
                  %v925 = arith.addf %v924, %v923 fastmath<contract> : f32
                  %v926 = arith.mulf %v834, %v902 fastmath<contract> : f32
                  %v927 = arith.mulf %v905, %v826 fastmath<contract> : f32
                  %v928 = arith.addf %v927, %v926 fastmath<contract> : f32
                  %v929 = arith.mulf %v906, %v838 fastmath<contract> : f32
                  %v930 = arith.addf %v929, %v928 fastmath<contract> : f32
                  %v931 = arith.mulf %v242, %v856 fastmath<contract> : f32
                  %v932 = llvm.load %v47 : !llvm.ptr -> f32
                  %v933 = arith.mulf %v932, %v822 fastmath<contract> : f32
                  %v934 = arith.addf %v931, %v933 fastmath<contract> : f32
                  %v935 = llvm.load %v52 : !llvm.ptr -> f32
                  %v936 = arith.mulf %v935, %v819 fastmath<contract> : f32
                  %v937 = arith.addf %v936, %v934 fastmath<contract> : f32
                  %v938 = arith.mulf %v835, %v932 fastmath<contract> : f32
                  %v939 = arith.mulf %v935, %v823 fastmath<contract> : f32
                  %v940 = arith.addf %v939, %v938 fastmath<contract> : f32
                  %v941 = arith.mulf %v836, %v932 fastmath<contract> : f32
                  %v942 = arith.mulf %v935, %v824 fastmath<contract> : f32
                  %v943 = arith.addf %v942, %v941 fastmath<contract> : f32
                  %v944 = arith.mulf %v837, %v932 fastmath<contract> : f32
                  %v945 = arith.mulf %v935, %v825 fastmath<contract> : f32
                  %v946 = arith.addf %v945, %v944 fastmath<contract> : f32
                  %v947 = arith.mulf %v838, %v932 fastmath<contract> : f32
                  %v948 = arith.mulf %v935, %v826 fastmath<contract> : f32
                  %v949 = arith.addf %v948, %v947 fastmath<contract> : f32
                  llvm.store %v864, %v40 : f32, !llvm.ptr
                  llvm.store %v867, %v57 : f32, !llvm.ptr
                  llvm.store %v870, %v58 : f32, !llvm.ptr
                  llvm.store %v873, %v59 : f32, !llvm.ptr
                  llvm.store %v876, %v60 : f32, !llvm.ptr
                  llvm.store %v889, %v41 : f32, !llvm.ptr
                  llvm.store %v892, %v61 : f32, !llvm.ptr
                  llvm.store %v895, %v62 : f32, !llvm.ptr
                  llvm.store %v898, %v63 : f32, !llvm.ptr
                  llvm.store %v901, %v64 : f32, !llvm.ptr
                  llvm.store %v910, %v42 : f32, !llvm.ptr
                  llvm.store %v915, %v65 : f32, !llvm.ptr
                  llvm.store %v920, %v66 : f32, !llvm.ptr
                  llvm.store %v925, %v67 : f32, !llvm.ptr
                  llvm.store %v930, %v68 : f32, !llvm.ptr
                  llvm.store %v937, %v43 : f32, !llvm.ptr
                  llvm.store %v940, %v69 : f32, !llvm.ptr
                  llvm.store %v943, %v70 : f32, !llvm.ptr
                  llvm.store %v946, %v71 : f32, !llvm.ptr
                  llvm.store %v949, %v72 : f32, !llvm.ptr
                  scf.if %v817 {
                  }
                  llvm.store %v850, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v882, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v263, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v242, %v52 : f32, !llvm.ptr
                }
                %v950 = arith.addi %v110, %v1 : i64
                %v951 = arith.cmpi slt, %v402, %v674 : i32
                %v952 = arith.cmpi eq, %v402, %v679 : i32
                scf.if %v951 {
                  %v953 = arith.addi %v92, %v950 : i64
                  %v954 = llvm.load %v40 : !llvm.ptr -> f32
                  %v955 = llvm.load %v41 : !llvm.ptr -> f32
                  %v956 = llvm.load %v42 : !llvm.ptr -> f32
                  %v957 = llvm.load %v43 : !llvm.ptr -> f32
                  %v958 = llvm.load %v57 : !llvm.ptr -> f32
                  %v959 = llvm.load %v58 : !llvm.ptr -> f32
                  %v960 = llvm.load %v59 : !llvm.ptr -> f32
                  %v961 = llvm.load %v60 : !llvm.ptr -> f32
                  %v962 = llvm.load %v61 : !llvm.ptr -> f32
                  %v963 = llvm.load %v62 : !llvm.ptr -> f32
                  %v964 = llvm.load %v63 : !llvm.ptr -> f32
                  %v965 = llvm.load %v64 : !llvm.ptr -> f32
                  %v966 = llvm.load %v65 : !llvm.ptr -> f32
                  %v967 = llvm.load %v66 : !llvm.ptr -> f32
                  %v968 = llvm.load %v67 : !llvm.ptr -> f32
                  %v969 = llvm.load %v68 : !llvm.ptr -> f32
                  %v970 = llvm.load %v69 : !llvm.ptr -> f32
                  %v971 = llvm.load %v70 : !llvm.ptr -> f32
                  %v972 = llvm.load %v71 : !llvm.ptr -> f32
                  %v973 = llvm.load %v72 : !llvm.ptr -> f32
                  %v974 = arith.muli %v34, %v148 : i64
                  %v975 = arith.muli %v32, %size_L : i64
                  %v976 = arith.addi %v974, %v975 : i64
                  %v977 = arith.addi %v976, %v953 : i64
                  %v978 = llvm.getelementptr %dy_y[%v977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v979 = llvm.load %v978 : !llvm.ptr -> f32
                  %v980 = arith.muli %v34, %v148 : i64
                  %v981 = arith.muli %v32, %size_L : i64
                  %v982 = arith.addi %v980, %v981 : i64
                  %v983 = arith.addi %v982, %v953 : i64
                  %v984 = llvm.getelementptr %in_phi1[%v983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v985 = llvm.load %v984 : !llvm.ptr -> f32
                  %v986 = arith.muli %v34, %v148 : i64
                  %v987 = arith.muli %v32, %size_L : i64
                  %v988 = arith.addi %v986, %v987 : i64
                  %v989 = arith.addi %v988, %v953 : i64
                  %v990 = llvm.getelementptr %dy_forecast[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v991 = llvm.load %v990 : !llvm.ptr -> f32
                  %v992 = arith.mulf %v985, %v991 fastmath<contract> : f32
                  %v993 = arith.addf %v979, %v992 fastmath<contract> : f32
                  %v994 = llvm.load %v44 : !llvm.ptr -> f32
                  %v995 = arith.mulf %v994, %v954 fastmath<contract> : f32
                  %v996 = arith.addf %v993, %v995 fastmath<contract> : f32
                  %v997 = llvm.load %v48 : !llvm.ptr -> f32
                  %v998 = arith.mulf %v997, %v955 fastmath<contract> : f32
                  %v999 = arith.addf %v998, %v996 fastmath<contract> : f32
                  %v1000 = arith.mulf %v958, %v994 fastmath<contract> : f32
                  %v1001 = arith.mulf %v997, %v962 fastmath<contract> : f32
                  %v1002 = arith.addf %v1001, %v1000 fastmath<contract> : f32
                  %v1003 = arith.mulf %v959, %v994 fastmath<contract> : f32
                  %v1004 = arith.mulf %v997, %v963 fastmath<contract> : f32
                  %v1005 = arith.addf %v1004, %v1003 fastmath<contract> : f32
                  %v1006 = arith.mulf %v960, %v994 fastmath<contract> : f32
                  %v1007 = arith.mulf %v997, %v964 fastmath<contract> : f32
                  %v1008 = arith.addf %v1007, %v1006 fastmath<contract> : f32
                  %v1009 = arith.mulf %v961, %v994 fastmath<contract> : f32
                  %v1010 = arith.mulf %v997, %v965 fastmath<contract> : f32
                  %v1011 = arith.addf %v1010, %v1009 fastmath<contract> : f32
                  %v1012 = arith.muli %v34, %v148 : i64
                  %v1013 = arith.muli %v32, %size_L : i64
                  %v1014 = arith.addi %v1012, %v1013 : i64
                  %v1015 = arith.addi %v1014, %v953 : i64
                  %v1016 = llvm.getelementptr %in_phi2[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1017 = llvm.load %v1016 : !llvm.ptr -> f32
                  %v1018 = arith.mulf %v1017, %v991 fastmath<contract> : f32
                  %v1019 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1020 = arith.mulf %v1019, %v955 fastmath<contract> : f32
                  %v1021 = arith.addf %v1018, %v1020 fastmath<contract> : f32
                  %v1022 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1023 = arith.mulf %v1022, %v954 fastmath<contract> : f32
                  %v1024 = arith.addf %v1023, %v1021 fastmath<contract> : f32
                  %v1025 = arith.mulf %v962, %v1019 fastmath<contract> : f32
                  %v1026 = arith.mulf %v1022, %v958 fastmath<contract> : f32
                  %v1027 = arith.addf %v1026, %v1025 fastmath<contract> : f32
                  %v1028 = arith.mulf %v963, %v1019 fastmath<contract> : f32
                  %v1029 = arith.mulf %v1022, %v959 fastmath<contract> : f32
                  %v1030 = arith.addf %v1029, %v1028 fastmath<contract> : f32
                  %v1031 = arith.mulf %v964, %v1019 fastmath<contract> : f32
                  %v1032 = arith.mulf %v1022, %v960 fastmath<contract> : f32
                  %v1033 = arith.addf %v1032, %v1031 fastmath<contract> : f32
                  %v1034 = arith.mulf %v965, %v1019 fastmath<contract> : f32
                  %v1035 = arith.mulf %v1022, %v961 fastmath<contract> : f32
                  %v1036 = arith.addf %v1035, %v1034 fastmath<contract> : f32
                  %v1037 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1038 = arith.mulf %v1037, %v956 fastmath<contract> : f32
                  %v1039 = arith.addf %v55, %v1038 fastmath<contract> : f32
                  %v1040 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1041 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1042 = arith.mulf %v1040, %v954 fastmath<contract> : f32
                  %v1043 = arith.addf %v1042, %v1039 fastmath<contract> : f32
                  %v1044 = arith.mulf %v1041, %v957 fastmath<contract> : f32
                  %v1045 = arith.addf %v1044, %v1043 fastmath<contract> : f32
                  %v1046 = arith.mulf %v966, %v1037 fastmath<contract> : f32
                  %v1047 = arith.mulf %v1040, %v958 fastmath<contract> : f32
                  %v1048 = arith.addf %v1047, %v1046 fastmath<contract> : f32
                  %v1049 = arith.mulf %v1041, %v970 fastmath<contract> : f32
                  %v1050 = arith.addf %v1049, %v1048 fastmath<contract> : f32
                  %v1051 = arith.mulf %v967, %v1037 fastmath<contract> : f32
                  %v1052 = arith.mulf %v1040, %v959 fastmath<contract> : f32
                  %v1053 = arith.addf %v1052, %v1051 fastmath<contract> : f32
                  %v1054 = arith.mulf %v1041, %v971 fastmath<contract> : f32
                  %v1055 = arith.addf %v1054, %v1053 fastmath<contract> : f32
                  %v1056 = arith.mulf %v968, %v1037 fastmath<contract> : f32
                  %v1057 = arith.mulf %v1040, %v960 fastmath<contract> : f32
                  %v1058 = arith.addf %v1057, %v1056 fastmath<contract> : f32
                  %v1059 = arith.mulf %v1041, %v972 fastmath<contract> : f32
                  %v1060 = arith.addf %v1059, %v1058 fastmath<contract> : f32
                  %v1061 = arith.mulf %v969, %v1037 fastmath<contract> : f32
                  %v1062 = arith.mulf %v1040, %v961 fastmath<contract> : f32
                  %v1063 = arith.addf %v1062, %v1061 fastmath<contract> : f32
                  %v1064 = arith.mulf %v1041, %v973 fastmath<contract> : f32
                  %v1065 = arith.addf %v1064, %v1063 fastmath<contract> : f32
                  %v1066 = arith.mulf %v242, %v991 fastmath<contract> : f32
                  %v1067 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1068 = arith.mulf %v1067, %v957 fastmath<contract> : f32
                  %v1069 = arith.addf %v1066, %v1068 fastmath<contract> : f32
                  %v1070 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1071 = arith.mulf %v1070, %v954 fastmath<contract> : f32
                  %v1072 = arith.addf %v1071, %v1069 fastmath<contract> : f32
                  %v1073 = arith.mulf %v970, %v1067 fastmath<contract> : f32
                  %v1074 = arith.mulf %v1070, %v958 fastmath<contract> : f32
                  %v1075 = arith.addf %v1074, %v1073 fastmath<contract> : f32
                  %v1076 = arith.mulf %v971, %v1067 fastmath<contract> : f32
                  %v1077 = arith.mulf %v1070, %v959 fastmath<contract> : f32
                  %v1078 = arith.addf %v1077, %v1076 fastmath<contract> : f32
                  %v1079 = arith.mulf %v972, %v1067 fastmath<contract> : f32
                  %v1080 = arith.mulf %v1070, %v960 fastmath<contract> : f32
                  %v1081 = arith.addf %v1080, %v1079 fastmath<contract> : f32
                  %v1082 = arith.mulf %v973, %v1067 fastmath<contract> : f32
                  %v1083 = arith.mulf %v1070, %v961 fastmath<contract> : f32
                  %v1084 = arith.addf %v1083, %v1082 fastmath<contract> : f32
                  llvm.store %v999, %v40 : f32, !llvm.ptr
                  llvm.store %v1002, %v57 : f32, !llvm.ptr
                  llvm.store %v1005, %v58 : f32, !llvm.ptr
                  llvm.store %v1008, %v59 : f32, !llvm.ptr
                  llvm.store %v1011, %v60 : f32, !llvm.ptr
                  llvm.store %v1024, %v41 : f32, !llvm.ptr
                  llvm.store %v1027, %v61 : f32, !llvm.ptr
                  llvm.store %v1030, %v62 : f32, !llvm.ptr
                  llvm.store %v1033, %v63 : f32, !llvm.ptr
                  llvm.store %v1036, %v64 : f32, !llvm.ptr
                  llvm.store %v1045, %v42 : f32, !llvm.ptr
                  llvm.store %v1050, %v65 : f32, !llvm.ptr
                  llvm.store %v1055, %v66 : f32, !llvm.ptr
                  llvm.store %v1060, %v67 : f32, !llvm.ptr
                  llvm.store %v1065, %v68 : f32, !llvm.ptr
                  llvm.store %v1072, %v43 : f32, !llvm.ptr
                  llvm.store %v1075, %v69 : f32, !llvm.ptr
                  llvm.store %v1078, %v70 : f32, !llvm.ptr
                  llvm.store %v1081, %v71 : f32, !llvm.ptr
                  llvm.store %v1084, %v72 : f32, !llvm.ptr
                  scf.if %v952 {
                  }
                  llvm.store %v985, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1017, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v263, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v242, %v52 : f32, !llvm.ptr
                }
                %v1085 = arith.cmpi slt, %v537, %v674 : i32
                %v1086 = arith.cmpi eq, %v537, %v679 : i32
                scf.if %v1085 {
                  %v1087 = arith.addi %v92, %v110 : i64
                  %v1088 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1089 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1090 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1091 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1092 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1093 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1094 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1095 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1096 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1097 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1098 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1099 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1100 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1101 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1102 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1103 = llvm.load %v68 : !llvm.ptr -> f32
                  %v1104 = llvm.load %v69 : !llvm.ptr -> f32
                  %v1105 = llvm.load %v70 : !llvm.ptr -> f32
                  %v1106 = llvm.load %v71 : !llvm.ptr -> f32
                  %v1107 = llvm.load %v72 : !llvm.ptr -> f32
                  %v1108 = arith.muli %v34, %v148 : i64
                  %v1109 = arith.muli %v32, %size_L : i64
                  %v1110 = arith.addi %v1108, %v1109 : i64
                  %v1111 = arith.addi %v1110, %v1087 : i64
                  %v1112 = llvm.getelementptr %dy_y[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
                  %v1114 = arith.muli %v34, %v148 : i64
                  %v1115 = arith.muli %v32, %size_L : i64
                  %v1116 = arith.addi %v1114, %v1115 : i64
                  %v1117 = arith.addi %v1116, %v1087 : i64
                  %v1118 = llvm.getelementptr %in_phi1[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
                  %v1120 = arith.muli %v34, %v148 : i64
                  %v1121 = arith.muli %v32, %size_L : i64
                  %v1122 = arith.addi %v1120, %v1121 : i64
                  %v1123 = arith.addi %v1122, %v1087 : i64
                  %v1124 = llvm.getelementptr %dy_forecast[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
                  %v1126 = arith.mulf %v1119, %v1125 fastmath<contract> : f32
                  %v1127 = arith.addf %v1113, %v1126 fastmath<contract> : f32
                  %v1128 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1129 = arith.mulf %v1128, %v1088 fastmath<contract> : f32
                  %v1130 = arith.addf %v1127, %v1129 fastmath<contract> : f32
                  %v1131 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1132 = arith.mulf %v1131, %v1089 fastmath<contract> : f32
                  %v1133 = arith.addf %v1132, %v1130 fastmath<contract> : f32
                  %v1134 = arith.mulf %v1092, %v1128 fastmath<contract> : f32
                  %v1135 = arith.mulf %v1131, %v1096 fastmath<contract> : f32
                  %v1136 = arith.addf %v1135, %v1134 fastmath<contract> : f32
                  %v1137 = arith.mulf %v1093, %v1128 fastmath<contract> : f32
                  %v1138 = arith.mulf %v1131, %v1097 fastmath<contract> : f32
                  %v1139 = arith.addf %v1138, %v1137 fastmath<contract> : f32
                  %v1140 = arith.mulf %v1094, %v1128 fastmath<contract> : f32
                  %v1141 = arith.mulf %v1131, %v1098 fastmath<contract> : f32
                  %v1142 = arith.addf %v1141, %v1140 fastmath<contract> : f32
                  %v1143 = arith.mulf %v1095, %v1128 fastmath<contract> : f32
                  %v1144 = arith.mulf %v1131, %v1099 fastmath<contract> : f32
                  %v1145 = arith.addf %v1144, %v1143 fastmath<contract> : f32
                  %v1146 = arith.muli %v34, %v148 : i64
                  %v1147 = arith.muli %v32, %size_L : i64
                  %v1148 = arith.addi %v1146, %v1147 : i64
                  %v1149 = arith.addi %v1148, %v1087 : i64
                  %v1150 = llvm.getelementptr %in_phi2[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1151 = llvm.load %v1150 : !llvm.ptr -> f32
                  %v1152 = arith.mulf %v1151, %v1125 fastmath<contract> : f32
                  %v1153 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1154 = arith.mulf %v1153, %v1089 fastmath<contract> : f32
                  %v1155 = arith.addf %v1152, %v1154 fastmath<contract> : f32
                  %v1156 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1157 = arith.mulf %v1156, %v1088 fastmath<contract> : f32
                  %v1158 = arith.addf %v1157, %v1155 fastmath<contract> : f32
                  %v1159 = arith.mulf %v1096, %v1153 fastmath<contract> : f32
                  %v1160 = arith.mulf %v1156, %v1092 fastmath<contract> : f32
                  %v1161 = arith.addf %v1160, %v1159 fastmath<contract> : f32
                  %v1162 = arith.mulf %v1097, %v1153 fastmath<contract> : f32
                  %v1163 = arith.mulf %v1156, %v1093 fastmath<contract> : f32
                  %v1164 = arith.addf %v1163, %v1162 fastmath<contract> : f32
                  %v1165 = arith.mulf %v1098, %v1153 fastmath<contract> : f32
                  %v1166 = arith.mulf %v1156, %v1094 fastmath<contract> : f32
                  %v1167 = arith.addf %v1166, %v1165 fastmath<contract> : f32
                  %v1168 = arith.mulf %v1099, %v1153 fastmath<contract> : f32
                  %v1169 = arith.mulf %v1156, %v1095 fastmath<contract> : f32
                  %v1170 = arith.addf %v1169, %v1168 fastmath<contract> : f32
                  %v1171 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1172 = arith.mulf %v1171, %v1090 fastmath<contract> : f32
                  %v1173 = arith.addf %v55, %v1172 fastmath<contract> : f32
                  %v1174 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1175 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1176 = arith.mulf %v1174, %v1088 fastmath<contract> : f32
                  %v1177 = arith.addf %v1176, %v1173 fastmath<contract> : f32
                  %v1178 = arith.mulf %v1175, %v1091 fastmath<contract> : f32
                  %v1179 = arith.addf %v1178, %v1177 fastmath<contract> : f32
                  %v1180 = arith.mulf %v1100, %v1171 fastmath<contract> : f32
                  %v1181 = arith.mulf %v1174, %v1092 fastmath<contract> : f32
                  %v1182 = arith.addf %v1181, %v1180 fastmath<contract> : f32
                  %v1183 = arith.mulf %v1175, %v1104 fastmath<contract> : f32
                  %v1184 = arith.addf %v1183, %v1182 fastmath<contract> : f32
                  %v1185 = arith.mulf %v1101, %v1171 fastmath<contract> : f32
                  %v1186 = arith.mulf %v1174, %v1093 fastmath<contract> : f32
                  %v1187 = arith.addf %v1186, %v1185 fastmath<contract> : f32
                  %v1188 = arith.mulf %v1175, %v1105 fastmath<contract> : f32
                  %v1189 = arith.addf %v1188, %v1187 fastmath<contract> : f32
                  %v1190 = arith.mulf %v1102, %v1171 fastmath<contract> : f32
                  %v1191 = arith.mulf %v1174, %v1094 fastmath<contract> : f32
                  %v1192 = arith.addf %v1191, %v1190 fastmath<contract> : f32
                  %v1193 = arith.mulf %v1175, %v1106 fastmath<contract> : f32
                  %v1194 = arith.addf %v1193, %v1192 fastmath<contract> : f32
                  %v1195 = arith.mulf %v1103, %v1171 fastmath<contract> : f32
                  %v1196 = arith.mulf %v1174, %v1095 fastmath<contract> : f32
                  %v1197 = arith.addf %v1196, %v1195 fastmath<contract> : f32
                  %v1198 = arith.mulf %v1175, %v1107 fastmath<contract> : f32
                  %v1199 = arith.addf %v1198, %v1197 fastmath<contract> : f32
                  %v1200 = arith.mulf %v242, %v1125 fastmath<contract> : f32
                  %v1201 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1202 = arith.mulf %v1201, %v1091 fastmath<contract> : f32
                  %v1203 = arith.addf %v1200, %v1202 fastmath<contract> : f32
                  %v1204 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1205 = arith.mulf %v1204, %v1088 fastmath<contract> : f32
                  %v1206 = arith.addf %v1205, %v1203 fastmath<contract> : f32
                  %v1207 = arith.mulf %v1104, %v1201 fastmath<contract> : f32
                  %v1208 = arith.mulf %v1204, %v1092 fastmath<contract> : f32
                  %v1209 = arith.addf %v1208, %v1207 fastmath<contract> : f32
                  %v1210 = arith.mulf %v1105, %v1201 fastmath<contract> : f32
                  %v1211 = arith.mulf %v1204, %v1093 fastmath<contract> : f32
                  %v1212 = arith.addf %v1211, %v1210 fastmath<contract> : f32
                  %v1213 = arith.mulf %v1106, %v1201 fastmath<contract> : f32
                  %v1214 = arith.mulf %v1204, %v1094 fastmath<contract> : f32
                  %v1215 = arith.addf %v1214, %v1213 fastmath<contract> : f32
                  %v1216 = arith.mulf %v1107, %v1201 fastmath<contract> : f32
                  %v1217 = arith.mulf %v1204, %v1095 fastmath<contract> : f32
                  %v1218 = arith.addf %v1217, %v1216 fastmath<contract> : f32
                  llvm.store %v1133, %v40 : f32, !llvm.ptr
                  llvm.store %v1136, %v57 : f32, !llvm.ptr
                  llvm.store %v1139, %v58 : f32, !llvm.ptr
                  llvm.store %v1142, %v59 : f32, !llvm.ptr
                  llvm.store %v1145, %v60 : f32, !llvm.ptr
                  llvm.store %v1158, %v41 : f32, !llvm.ptr
                  llvm.store %v1161, %v61 : f32, !llvm.ptr
                  llvm.store %v1164, %v62 : f32, !llvm.ptr
                  llvm.store %v1167, %v63 : f32, !llvm.ptr
                  llvm.store %v1170, %v64 : f32, !llvm.ptr
                  llvm.store %v1179, %v42 : f32, !llvm.ptr
                  llvm.store %v1184, %v65 : f32, !llvm.ptr
                  llvm.store %v1189, %v66 : f32, !llvm.ptr
                  llvm.store %v1194, %v67 : f32, !llvm.ptr
                  llvm.store %v1199, %v68 : f32, !llvm.ptr
                  llvm.store %v1206, %v43 : f32, !llvm.ptr
                  llvm.store %v1209, %v69 : f32, !llvm.ptr
                  llvm.store %v1212, %v70 : f32, !llvm.ptr
                  llvm.store %v1215, %v71 : f32, !llvm.ptr
                  llvm.store %v1218, %v72 : f32, !llvm.ptr
                  scf.if %v1086 {
                  }
                  llvm.store %v1119, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1151, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v263, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v242, %v52 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v29 {
        %v1219 = llvm.load %v40 : !llvm.ptr -> f32
        %v1220 = arith.muli %v25, %v2 : i64
        %v1221 = arith.subi %v2, %v1 : i64
        %v1222 = arith.minsi %v28, %v1221 : i64
        %v1223 = arith.addi %v1220, %v1222 : i64
        %v1224 = llvm.getelementptr %segsum_h[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1219, %v1224 : f32, !llvm.ptr
        %v1225 = llvm.load %v57 : !llvm.ptr -> f32
        %v1226 = arith.addi %v6, %v25 : i64
        %v1227 = arith.muli %v1226, %v2 : i64
        %v1228 = arith.subi %v2, %v1 : i64
        %v1229 = arith.minsi %v28, %v1228 : i64
        %v1230 = arith.addi %v1227, %v1229 : i64
        %v1231 = llvm.getelementptr %segsum_h[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1225, %v1231 : f32, !llvm.ptr
        %v1232 = llvm.load %v58 : !llvm.ptr -> f32
        %v1233 = arith.muli %v264, %v6 : i64
        %v1234 = arith.addi %v1233, %v25 : i64
        %v1235 = arith.muli %v1234, %v2 : i64
        %v1236 = arith.subi %v2, %v1 : i64
        %v1237 = arith.minsi %v28, %v1236 : i64
        %v1238 = arith.addi %v1235, %v1237 : i64
        %v1239 = llvm.getelementptr %segsum_h[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1232, %v1239 : f32, !llvm.ptr
        %v1240 = llvm.load %v59 : !llvm.ptr -> f32
        %v1241 = arith.muli %v76, %v6 : i64
        %v1242 = arith.addi %v1241, %v25 : i64
        %v1243 = arith.muli %v1242, %v2 : i64
        %v1244 = arith.subi %v2, %v1 : i64
        %v1245 = arith.minsi %v28, %v1244 : i64
        %v1246 = arith.addi %v1243, %v1245 : i64
        %v1247 = llvm.getelementptr %segsum_h[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1240, %v1247 : f32, !llvm.ptr
        %v1248 = llvm.load %v60 : !llvm.ptr -> f32
        %v1249 = arith.muli %v36, %v6 : i64
        %v1250 = arith.addi %v1249, %v25 : i64
        %v1251 = arith.muli %v1250, %v2 : i64
        %v1252 = arith.subi %v2, %v1 : i64
        %v1253 = arith.minsi %v28, %v1252 : i64
        %v1254 = arith.addi %v1251, %v1253 : i64
        %v1255 = llvm.getelementptr %segsum_h[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1248, %v1255 : f32, !llvm.ptr
        %v1256 = llvm.load %v44 : !llvm.ptr -> f32
        %v1258 = arith.muli %v1257, %v6 : i64
        %v1259 = arith.addi %v1258, %v25 : i64
        %v1260 = arith.muli %v1259, %v2 : i64
        %v1261 = arith.subi %v2, %v1 : i64
        %v1262 = arith.minsi %v28, %v1261 : i64
        %v1263 = arith.addi %v1260, %v1262 : i64
        %v1264 = llvm.getelementptr %segsum_h[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1256, %v1264 : f32, !llvm.ptr
        %v1265 = llvm.load %v48 : !llvm.ptr -> f32
        %v1267 = arith.muli %v1266, %v6 : i64
        %v1268 = arith.addi %v1267, %v25 : i64
        %v1269 = arith.muli %v1268, %v2 : i64
        %v1270 = arith.subi %v2, %v1 : i64
        %v1271 = arith.minsi %v28, %v1270 : i64
        %v1272 = arith.addi %v1269, %v1271 : i64
        %v1273 = llvm.getelementptr %segsum_h[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1265, %v1273 : f32, !llvm.ptr
        %v1275 = arith.muli %v1274, %v6 : i64
        %v1276 = arith.addi %v1275, %v25 : i64
        %v1277 = arith.muli %v1276, %v2 : i64
        %v1278 = arith.subi %v2, %v1 : i64
        %v1279 = arith.minsi %v28, %v1278 : i64
        %v1280 = arith.addi %v1277, %v1279 : i64
        %v1281 = llvm.getelementptr %segsum_h[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1281 : f32, !llvm.ptr
        %v1283 = arith.muli %v1282, %v6 : i64
        %v1284 = arith.addi %v1283, %v25 : i64
        %v1285 = arith.muli %v1284, %v2 : i64
        %v1286 = arith.subi %v2, %v1 : i64
        %v1287 = arith.minsi %v28, %v1286 : i64
        %v1288 = arith.addi %v1285, %v1287 : i64
        %v1289 = llvm.getelementptr %segsum_h[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1289 : f32, !llvm.ptr
        %v1290 = llvm.load %v41 : !llvm.ptr -> f32
        %v1291 = arith.muli %v25, %v2 : i64
        %v1292 = arith.subi %v2, %v1 : i64
        %v1293 = arith.minsi %v28, %v1292 : i64
        %v1294 = arith.addi %v1291, %v1293 : i64
        %v1295 = llvm.getelementptr %segsum_h_lag1[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1290, %v1295 : f32, !llvm.ptr
        %v1296 = llvm.load %v61 : !llvm.ptr -> f32
        %v1297 = arith.addi %v6, %v25 : i64
        %v1298 = arith.muli %v1297, %v2 : i64
        %v1299 = arith.subi %v2, %v1 : i64
        %v1300 = arith.minsi %v28, %v1299 : i64
        %v1301 = arith.addi %v1298, %v1300 : i64
        %v1302 = llvm.getelementptr %segsum_h_lag1[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1296, %v1302 : f32, !llvm.ptr
        %v1303 = llvm.load %v62 : !llvm.ptr -> f32
        %v1304 = arith.muli %v264, %v6 : i64
        %v1305 = arith.addi %v1304, %v25 : i64
        %v1306 = arith.muli %v1305, %v2 : i64
        %v1307 = arith.subi %v2, %v1 : i64
        %v1308 = arith.minsi %v28, %v1307 : i64
        %v1309 = arith.addi %v1306, %v1308 : i64
        %v1310 = llvm.getelementptr %segsum_h_lag1[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1303, %v1310 : f32, !llvm.ptr
        %v1311 = llvm.load %v63 : !llvm.ptr -> f32
        %v1312 = arith.muli %v76, %v6 : i64
        %v1313 = arith.addi %v1312, %v25 : i64
        %v1314 = arith.muli %v1313, %v2 : i64
        %v1315 = arith.subi %v2, %v1 : i64
        %v1316 = arith.minsi %v28, %v1315 : i64
        %v1317 = arith.addi %v1314, %v1316 : i64
        %v1318 = llvm.getelementptr %segsum_h_lag1[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1311, %v1318 : f32, !llvm.ptr
        %v1319 = llvm.load %v64 : !llvm.ptr -> f32
        %v1320 = arith.muli %v36, %v6 : i64
        %v1321 = arith.addi %v1320, %v25 : i64
        %v1322 = arith.muli %v1321, %v2 : i64
        %v1323 = arith.subi %v2, %v1 : i64
        %v1324 = arith.minsi %v28, %v1323 : i64
        %v1325 = arith.addi %v1322, %v1324 : i64
        %v1326 = llvm.getelementptr %segsum_h_lag1[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1319, %v1326 : f32, !llvm.ptr
        %v1327 = llvm.load %v49 : !llvm.ptr -> f32
        %v1328 = arith.muli %v1257, %v6 : i64
        %v1329 = arith.addi %v1328, %v25 : i64
        %v1330 = arith.muli %v1329, %v2 : i64
        %v1331 = arith.subi %v2, %v1 : i64
        %v1332 = arith.minsi %v28, %v1331 : i64
        %v1333 = arith.addi %v1330, %v1332 : i64
        %v1334 = llvm.getelementptr %segsum_h_lag1[%v1333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1327, %v1334 : f32, !llvm.ptr
        %v1335 = llvm.load %v45 : !llvm.ptr -> f32
        %v1336 = arith.muli %v1266, %v6 : i64
        %v1337 = arith.addi %v1336, %v25 : i64
        %v1338 = arith.muli %v1337, %v2 : i64
        %v1339 = arith.subi %v2, %v1 : i64
        %v1340 = arith.minsi %v28, %v1339 : i64
        %v1341 = arith.addi %v1338, %v1340 : i64
        %v1342 = llvm.getelementptr %segsum_h_lag1[%v1341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1335, %v1342 : f32, !llvm.ptr
        %v1343 = arith.muli %v1274, %v6 : i64
        %v1344 = arith.addi %v1343, %v25 : i64
        %v1345 = arith.muli %v1344, %v2 : i64
        %v1346 = arith.subi %v2, %v1 : i64
        %v1347 = arith.minsi %v28, %v1346 : i64
        %v1348 = arith.addi %v1345, %v1347 : i64
        %v1349 = llvm.getelementptr %segsum_h_lag1[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1349 : f32, !llvm.ptr
        %v1350 = arith.muli %v1282, %v6 : i64
        %v1351 = arith.addi %v1350, %v25 : i64
        %v1352 = arith.muli %v1351, %v2 : i64
        %v1353 = arith.subi %v2, %v1 : i64
        %v1354 = arith.minsi %v28, %v1353 : i64
        %v1355 = arith.addi %v1352, %v1354 : i64
        %v1356 = llvm.getelementptr %segsum_h_lag1[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1356 : f32, !llvm.ptr
        %v1357 = llvm.load %v42 : !llvm.ptr -> f32
        %v1358 = arith.muli %v25, %v2 : i64
        %v1359 = arith.subi %v2, %v1 : i64
        %v1360 = arith.minsi %v28, %v1359 : i64
        %v1361 = arith.addi %v1358, %v1360 : i64
        %v1362 = llvm.getelementptr %segsum_e_lag1[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1357, %v1362 : f32, !llvm.ptr
        %v1363 = llvm.load %v65 : !llvm.ptr -> f32
        %v1364 = arith.addi %v6, %v25 : i64
        %v1365 = arith.muli %v1364, %v2 : i64
        %v1366 = arith.subi %v2, %v1 : i64
        %v1367 = arith.minsi %v28, %v1366 : i64
        %v1368 = arith.addi %v1365, %v1367 : i64
        %v1369 = llvm.getelementptr %segsum_e_lag1[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1363, %v1369 : f32, !llvm.ptr
        %v1370 = llvm.load %v66 : !llvm.ptr -> f32
        %v1371 = arith.muli %v264, %v6 : i64
        %v1372 = arith.addi %v1371, %v25 : i64
        %v1373 = arith.muli %v1372, %v2 : i64
        %v1374 = arith.subi %v2, %v1 : i64
        %v1375 = arith.minsi %v28, %v1374 : i64
        %v1376 = arith.addi %v1373, %v1375 : i64
        %v1377 = llvm.getelementptr %segsum_e_lag1[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1370, %v1377 : f32, !llvm.ptr
        %v1378 = llvm.load %v67 : !llvm.ptr -> f32
        %v1379 = arith.muli %v76, %v6 : i64
        %v1380 = arith.addi %v1379, %v25 : i64
        %v1381 = arith.muli %v1380, %v2 : i64
        %v1382 = arith.subi %v2, %v1 : i64
        %v1383 = arith.minsi %v28, %v1382 : i64
        %v1384 = arith.addi %v1381, %v1383 : i64
        %v1385 = llvm.getelementptr %segsum_e_lag1[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1378, %v1385 : f32, !llvm.ptr
        %v1386 = llvm.load %v68 : !llvm.ptr -> f32
        %v1387 = arith.muli %v36, %v6 : i64
        %v1388 = arith.addi %v1387, %v25 : i64
        %v1389 = arith.muli %v1388, %v2 : i64
        %v1390 = arith.subi %v2, %v1 : i64
        %v1391 = arith.minsi %v28, %v1390 : i64
        %v1392 = arith.addi %v1389, %v1391 : i64
        %v1393 = llvm.getelementptr %segsum_e_lag1[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1386, %v1393 : f32, !llvm.ptr
        %v1394 = llvm.load %v50 : !llvm.ptr -> f32
        %v1395 = arith.muli %v1257, %v6 : i64
        %v1396 = arith.addi %v1395, %v25 : i64
        %v1397 = arith.muli %v1396, %v2 : i64
        %v1398 = arith.subi %v2, %v1 : i64
        %v1399 = arith.minsi %v28, %v1398 : i64
        %v1400 = arith.addi %v1397, %v1399 : i64
        %v1401 = llvm.getelementptr %segsum_e_lag1[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1394, %v1401 : f32, !llvm.ptr
        %v1402 = arith.muli %v1266, %v6 : i64
        %v1403 = arith.addi %v1402, %v25 : i64
        %v1404 = arith.muli %v1403, %v2 : i64
        %v1405 = arith.subi %v2, %v1 : i64
        %v1406 = arith.minsi %v28, %v1405 : i64
        %v1407 = arith.addi %v1404, %v1406 : i64
        %v1408 = llvm.getelementptr %segsum_e_lag1[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1408 : f32, !llvm.ptr
        %v1409 = llvm.load %v46 : !llvm.ptr -> f32
        %v1410 = arith.muli %v1274, %v6 : i64
        %v1411 = arith.addi %v1410, %v25 : i64
        %v1412 = arith.muli %v1411, %v2 : i64
        %v1413 = arith.subi %v2, %v1 : i64
        %v1414 = arith.minsi %v28, %v1413 : i64
        %v1415 = arith.addi %v1412, %v1414 : i64
        %v1416 = llvm.getelementptr %segsum_e_lag1[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1409, %v1416 : f32, !llvm.ptr
        %v1417 = llvm.load %v51 : !llvm.ptr -> f32
        %v1418 = arith.muli %v1282, %v6 : i64
        %v1419 = arith.addi %v1418, %v25 : i64
        %v1420 = arith.muli %v1419, %v2 : i64
        %v1421 = arith.subi %v2, %v1 : i64
        %v1422 = arith.minsi %v28, %v1421 : i64
        %v1423 = arith.addi %v1420, %v1422 : i64
        %v1424 = llvm.getelementptr %segsum_e_lag1[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1417, %v1424 : f32, !llvm.ptr
        %v1425 = llvm.load %v43 : !llvm.ptr -> f32
        %v1426 = arith.muli %v25, %v2 : i64
        %v1427 = arith.subi %v2, %v1 : i64
        %v1428 = arith.minsi %v28, %v1427 : i64
        %v1429 = arith.addi %v1426, %v1428 : i64
        %v1430 = llvm.getelementptr %segsum_e_lag2[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1425, %v1430 : f32, !llvm.ptr
        %v1431 = llvm.load %v69 : !llvm.ptr -> f32
        %v1432 = arith.addi %v6, %v25 : i64
        %v1433 = arith.muli %v1432, %v2 : i64
        %v1434 = arith.subi %v2, %v1 : i64
        %v1435 = arith.minsi %v28, %v1434 : i64
        %v1436 = arith.addi %v1433, %v1435 : i64
        %v1437 = llvm.getelementptr %segsum_e_lag2[%v1436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1431, %v1437 : f32, !llvm.ptr
        %v1438 = llvm.load %v70 : !llvm.ptr -> f32
        %v1439 = arith.muli %v264, %v6 : i64
        %v1440 = arith.addi %v1439, %v25 : i64
        %v1441 = arith.muli %v1440, %v2 : i64
        %v1442 = arith.subi %v2, %v1 : i64
        %v1443 = arith.minsi %v28, %v1442 : i64
        %v1444 = arith.addi %v1441, %v1443 : i64
        %v1445 = llvm.getelementptr %segsum_e_lag2[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1438, %v1445 : f32, !llvm.ptr
        %v1446 = llvm.load %v71 : !llvm.ptr -> f32
        %v1447 = arith.muli %v76, %v6 : i64
        %v1448 = arith.addi %v1447, %v25 : i64
        %v1449 = arith.muli %v1448, %v2 : i64
        %v1450 = arith.subi %v2, %v1 : i64
        %v1451 = arith.minsi %v28, %v1450 : i64
        %v1452 = arith.addi %v1449, %v1451 : i64
        %v1453 = llvm.getelementptr %segsum_e_lag2[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1446, %v1453 : f32, !llvm.ptr
        %v1454 = llvm.load %v72 : !llvm.ptr -> f32
        %v1455 = arith.muli %v36, %v6 : i64
        %v1456 = arith.addi %v1455, %v25 : i64
        %v1457 = arith.muli %v1456, %v2 : i64
        %v1458 = arith.subi %v2, %v1 : i64
        %v1459 = arith.minsi %v28, %v1458 : i64
        %v1460 = arith.addi %v1457, %v1459 : i64
        %v1461 = llvm.getelementptr %segsum_e_lag2[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1454, %v1461 : f32, !llvm.ptr
        %v1462 = llvm.load %v52 : !llvm.ptr -> f32
        %v1463 = arith.muli %v1257, %v6 : i64
        %v1464 = arith.addi %v1463, %v25 : i64
        %v1465 = arith.muli %v1464, %v2 : i64
        %v1466 = arith.subi %v2, %v1 : i64
        %v1467 = arith.minsi %v28, %v1466 : i64
        %v1468 = arith.addi %v1465, %v1467 : i64
        %v1469 = llvm.getelementptr %segsum_e_lag2[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1462, %v1469 : f32, !llvm.ptr
        %v1470 = arith.muli %v1266, %v6 : i64
        %v1471 = arith.addi %v1470, %v25 : i64
        %v1472 = arith.muli %v1471, %v2 : i64
        %v1473 = arith.subi %v2, %v1 : i64
        %v1474 = arith.minsi %v28, %v1473 : i64
        %v1475 = arith.addi %v1472, %v1474 : i64
        %v1476 = llvm.getelementptr %segsum_e_lag2[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1476 : f32, !llvm.ptr
        %v1477 = arith.muli %v1274, %v6 : i64
        %v1478 = arith.addi %v1477, %v25 : i64
        %v1479 = arith.muli %v1478, %v2 : i64
        %v1480 = arith.subi %v2, %v1 : i64
        %v1481 = arith.minsi %v28, %v1480 : i64
        %v1482 = arith.addi %v1479, %v1481 : i64
        %v1483 = llvm.getelementptr %segsum_e_lag2[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1483 : f32, !llvm.ptr
        %v1484 = llvm.load %v47 : !llvm.ptr -> f32
        %v1485 = arith.muli %v1282, %v6 : i64
        %v1486 = arith.addi %v1485, %v25 : i64
        %v1487 = arith.muli %v1486, %v2 : i64
        %v1488 = arith.subi %v2, %v1 : i64
        %v1489 = arith.minsi %v28, %v1488 : i64
        %v1490 = arith.addi %v1487, %v1489 : i64
        %v1491 = llvm.getelementptr %segsum_e_lag2[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1484, %v1491 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
