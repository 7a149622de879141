module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_bwd_sum(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %dy_y: !llvm.ptr, %dy_forecast: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_h_lag1: !llvm.ptr, %scratch_e_lag1: !llvm.ptr, %scratch_e_lag2: !llvm.ptr, %segsum_h: !llvm.ptr, %segsum_h_lag1: !llvm.ptr, %segsum_e_lag1: !llvm.ptr, %segsum_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v406 = arith.constant 1 : i32
      %v545 = arith.constant 0 : i32
      %v1285 = arith.constant 5 : i64
      %v1294 = arith.constant 6 : i64
      %v1302 = arith.constant 7 : i64
      %v1310 = arith.constant 8 : i64
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
                %v241 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v242 = llvm.load %v241 : !llvm.ptr -> f32
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
                %v262 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v263 = llvm.load %v262 : !llvm.ptr -> f32
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
                %v382 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v383 = llvm.load %v382 : !llvm.ptr -> f32
                %v384 = arith.mulf %v383, %v307 fastmath<contract> : f32
                %v385 = llvm.load %v47 : !llvm.ptr -> f32
                %v386 = arith.mulf %v385, %v273 fastmath<contract> : f32
                %v387 = arith.addf %v384, %v386 fastmath<contract> : f32
                %v388 = llvm.load %v52 : !llvm.ptr -> f32
                %v389 = arith.mulf %v388, %v270 fastmath<contract> : f32
                %v390 = arith.addf %v389, %v387 fastmath<contract> : f32
                %v391 = arith.mulf %v286, %v385 fastmath<contract> : f32
                %v392 = arith.mulf %v388, %v274 fastmath<contract> : f32
                %v393 = arith.addf %v392, %v391 fastmath<contract> : f32
                %v394 = arith.mulf %v287, %v385 fastmath<contract> : f32
                %v395 = arith.mulf %v388, %v275 fastmath<contract> : f32
                %v396 = arith.addf %v395, %v394 fastmath<contract> : f32
                %v397 = arith.mulf %v288, %v385 fastmath<contract> : f32
                %v398 = arith.mulf %v388, %v276 fastmath<contract> : f32
                %v399 = arith.addf %v398, %v397 fastmath<contract> : f32
                %v400 = arith.mulf %v289, %v385 fastmath<contract> : f32
                %v401 = arith.mulf %v388, %v277 fastmath<contract> : f32
                %v402 = arith.addf %v401, %v400 fastmath<contract> : f32
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
                llvm.store %v390, %v43 : f32, !llvm.ptr
                llvm.store %v393, %v69 : f32, !llvm.ptr
                llvm.store %v396, %v70 : f32, !llvm.ptr
                llvm.store %v399, %v71 : f32, !llvm.ptr
                llvm.store %v402, %v72 : f32, !llvm.ptr
                scf.if %v268 {
                }
                llvm.store %v301, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v333, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                %v403 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v404 = llvm.load %v403 : !llvm.ptr -> f32
                llvm.store %v404, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v383, %v52 : f32, !llvm.ptr
                %v405 = arith.addi %v110, %v1 : i64
                %v407 = arith.cmpi slt, %v406, %v116 : i32
                %v408 = arith.cmpi eq, %v406, %v122 : i32
                %v409 = arith.addi %v92, %v405 : i64
                %v410 = llvm.load %v40 : !llvm.ptr -> f32
                %v411 = llvm.load %v41 : !llvm.ptr -> f32
                %v412 = llvm.load %v42 : !llvm.ptr -> f32
                %v413 = llvm.load %v43 : !llvm.ptr -> f32
                %v414 = llvm.load %v57 : !llvm.ptr -> f32
                %v415 = llvm.load %v58 : !llvm.ptr -> f32
                %v416 = llvm.load %v59 : !llvm.ptr -> f32
                %v417 = llvm.load %v60 : !llvm.ptr -> f32
                %v418 = llvm.load %v61 : !llvm.ptr -> f32
                %v419 = llvm.load %v62 : !llvm.ptr -> f32
                %v420 = llvm.load %v63 : !llvm.ptr -> f32
                %v421 = llvm.load %v64 : !llvm.ptr -> f32
                %v422 = llvm.load %v65 : !llvm.ptr -> f32
                %v423 = llvm.load %v66 : !llvm.ptr -> f32
                %v424 = llvm.load %v67 : !llvm.ptr -> f32
                %v425 = llvm.load %v68 : !llvm.ptr -> f32
                %v426 = llvm.load %v69 : !llvm.ptr -> f32
                %v427 = llvm.load %v70 : !llvm.ptr -> f32
                %v428 = llvm.load %v71 : !llvm.ptr -> f32
                %v429 = llvm.load %v72 : !llvm.ptr -> f32
                %v430 = arith.muli %v34, %v148 : i64
                %v431 = arith.muli %v32, %size_L : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = arith.addi %v432, %v409 : i64
                %v434 = llvm.getelementptr %dy_y[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v435 = llvm.load %v434 : !llvm.ptr -> f32
                %v436 = arith.muli %v34, %v148 : i64
                %v437 = arith.muli %v32, %size_L : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = arith.addi %v438, %v409 : i64
                %v440 = llvm.getelementptr %in_phi1[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v441 = llvm.load %v440 : !llvm.ptr -> f32
                %v442 = arith.muli %v34, %v148 : i64
                %v443 = arith.muli %v32, %size_L : i64
                %v444 = arith.addi %v442, %v443 : i64
                %v445 = arith.addi %v444, %v409 : i64
                %v446 = llvm.getelementptr %dy_forecast[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v447 = llvm.load %v446 : !llvm.ptr -> f32
                %v448 = arith.mulf %v441, %v447 fastmath<contract> : f32
                %v449 = arith.addf %v435, %v448 fastmath<contract> : f32
                %v450 = llvm.load %v44 : !llvm.ptr -> f32
                %v451 = arith.mulf %v450, %v410 fastmath<contract> : f32
                %v452 = arith.addf %v449, %v451 fastmath<contract> : f32
                %v453 = llvm.load %v48 : !llvm.ptr -> f32
                %v454 = arith.mulf %v453, %v411 fastmath<contract> : f32
                %v455 = arith.addf %v454, %v452 fastmath<contract> : f32
                %v456 = arith.mulf %v414, %v450 fastmath<contract> : f32
                %v457 = arith.mulf %v453, %v418 fastmath<contract> : f32
                %v458 = arith.addf %v457, %v456 fastmath<contract> : f32
                %v459 = arith.mulf %v415, %v450 fastmath<contract> : f32
                %v460 = arith.mulf %v453, %v419 fastmath<contract> : f32
                %v461 = arith.addf %v460, %v459 fastmath<contract> : f32
                %v462 = arith.mulf %v416, %v450 fastmath<contract> : f32
                %v463 = arith.mulf %v453, %v420 fastmath<contract> : f32
                %v464 = arith.addf %v463, %v462 fastmath<contract> : f32
                %v465 = arith.mulf %v417, %v450 fastmath<contract> : f32
                %v466 = arith.mulf %v453, %v421 fastmath<contract> : f32
                %v467 = arith.addf %v466, %v465 fastmath<contract> : f32
                %v468 = arith.muli %v34, %v148 : i64
                %v469 = arith.muli %v32, %size_L : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = arith.addi %v470, %v409 : i64
                %v472 = llvm.getelementptr %in_phi2[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = arith.mulf %v473, %v447 fastmath<contract> : f32
                %v475 = llvm.load %v45 : !llvm.ptr -> f32
                %v476 = arith.mulf %v475, %v411 fastmath<contract> : f32
                %v477 = arith.addf %v474, %v476 fastmath<contract> : f32
                %v478 = llvm.load %v49 : !llvm.ptr -> f32
                %v479 = arith.mulf %v478, %v410 fastmath<contract> : f32
                %v480 = arith.addf %v479, %v477 fastmath<contract> : f32
                %v481 = arith.mulf %v418, %v475 fastmath<contract> : f32
                %v482 = arith.mulf %v478, %v414 fastmath<contract> : f32
                %v483 = arith.addf %v482, %v481 fastmath<contract> : f32
                %v484 = arith.mulf %v419, %v475 fastmath<contract> : f32
                %v485 = arith.mulf %v478, %v415 fastmath<contract> : f32
                %v486 = arith.addf %v485, %v484 fastmath<contract> : f32
                %v487 = arith.mulf %v420, %v475 fastmath<contract> : f32
                %v488 = arith.mulf %v478, %v416 fastmath<contract> : f32
                %v489 = arith.addf %v488, %v487 fastmath<contract> : f32
                %v490 = arith.mulf %v421, %v475 fastmath<contract> : f32
                %v491 = arith.mulf %v478, %v417 fastmath<contract> : f32
                %v492 = arith.addf %v491, %v490 fastmath<contract> : f32
                %v493 = llvm.load %v46 : !llvm.ptr -> f32
                %v494 = arith.mulf %v493, %v412 fastmath<contract> : f32
                %v495 = arith.addf %v55, %v494 fastmath<contract> : f32
                %v496 = llvm.load %v50 : !llvm.ptr -> f32
                %v497 = llvm.load %v51 : !llvm.ptr -> f32
                %v498 = arith.mulf %v496, %v410 fastmath<contract> : f32
                %v499 = arith.addf %v498, %v495 fastmath<contract> : f32
                %v500 = arith.mulf %v497, %v413 fastmath<contract> : f32
                %v501 = arith.addf %v500, %v499 fastmath<contract> : f32
                %v502 = arith.mulf %v422, %v493 fastmath<contract> : f32
                %v503 = arith.mulf %v496, %v414 fastmath<contract> : f32
                %v504 = arith.addf %v503, %v502 fastmath<contract> : f32
                %v505 = arith.mulf %v497, %v426 fastmath<contract> : f32
                %v506 = arith.addf %v505, %v504 fastmath<contract> : f32
                %v507 = arith.mulf %v423, %v493 fastmath<contract> : f32
                %v508 = arith.mulf %v496, %v415 fastmath<contract> : f32
                %v509 = arith.addf %v508, %v507 fastmath<contract> : f32
                %v510 = arith.mulf %v497, %v427 fastmath<contract> : f32
                %v511 = arith.addf %v510, %v509 fastmath<contract> : f32
                %v512 = arith.mulf %v424, %v493 fastmath<contract> : f32
                %v513 = arith.mulf %v496, %v416 fastmath<contract> : f32
                %v514 = arith.addf %v513, %v512 fastmath<contract> : f32
                %v515 = arith.mulf %v497, %v428 fastmath<contract> : f32
                %v516 = arith.addf %v515, %v514 fastmath<contract> : f32
                %v517 = arith.mulf %v425, %v493 fastmath<contract> : f32
                %v518 = arith.mulf %v496, %v417 fastmath<contract> : f32
                %v519 = arith.addf %v518, %v517 fastmath<contract> : f32
                %v520 = arith.mulf %v497, %v429 fastmath<contract> : f32
                %v521 = arith.addf %v520, %v519 fastmath<contract> : f32
                %v522 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v523 = llvm.load %v522 : !llvm.ptr -> f32
                %v524 = arith.mulf %v523, %v447 fastmath<contract> : f32
                %v525 = llvm.load %v47 : !llvm.ptr -> f32
                %v526 = arith.mulf %v525, %v413 fastmath<contract> : f32
                %v527 = arith.addf %v524, %v526 fastmath<contract> : f32
                %v528 = llvm.load %v52 : !llvm.ptr -> f32
                %v529 = arith.mulf %v528, %v410 fastmath<contract> : f32
                %v530 = arith.addf %v529, %v527 fastmath<contract> : f32
                %v531 = arith.mulf %v426, %v525 fastmath<contract> : f32
                %v532 = arith.mulf %v528, %v414 fastmath<contract> : f32
                %v533 = arith.addf %v532, %v531 fastmath<contract> : f32
                %v534 = arith.mulf %v427, %v525 fastmath<contract> : f32
                %v535 = arith.mulf %v528, %v415 fastmath<contract> : f32
                %v536 = arith.addf %v535, %v534 fastmath<contract> : f32
                %v537 = arith.mulf %v428, %v525 fastmath<contract> : f32
                %v538 = arith.mulf %v528, %v416 fastmath<contract> : f32
                %v539 = arith.addf %v538, %v537 fastmath<contract> : f32
                %v540 = arith.mulf %v429, %v525 fastmath<contract> : f32
                %v541 = arith.mulf %v528, %v417 fastmath<contract> : f32
                %v542 = arith.addf %v541, %v540 fastmath<contract> : f32
                llvm.store %v455, %v40 : f32, !llvm.ptr
                llvm.store %v458, %v57 : f32, !llvm.ptr
                llvm.store %v461, %v58 : f32, !llvm.ptr
                llvm.store %v464, %v59 : f32, !llvm.ptr
                llvm.store %v467, %v60 : f32, !llvm.ptr
                llvm.store %v480, %v41 : f32, !llvm.ptr
                llvm.store %v483, %v61 : f32, !llvm.ptr
                llvm.store %v486, %v62 : f32, !llvm.ptr
                llvm.store %v489, %v63 : f32, !llvm.ptr
                llvm.store %v492, %v64 : f32, !llvm.ptr
                llvm.store %v501, %v42 : f32, !llvm.ptr
                llvm.store %v506, %v65 : f32, !llvm.ptr
                llvm.store %v511, %v66 : f32, !llvm.ptr
                llvm.store %v516, %v67 : f32, !llvm.ptr
                llvm.store %v521, %v68 : f32, !llvm.ptr
                llvm.store %v530, %v43 : f32, !llvm.ptr
                llvm.store %v533, %v69 : f32, !llvm.ptr
                llvm.store %v536, %v70 : f32, !llvm.ptr
                llvm.store %v539, %v71 : f32, !llvm.ptr
                llvm.store %v542, %v72 : f32, !llvm.ptr
                scf.if %v408 {
                }
                llvm.store %v441, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v473, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                %v543 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                llvm.store %v544, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v523, %v52 : f32, !llvm.ptr
                %v546 = arith.cmpi slt, %v545, %v116 : i32
                %v547 = arith.cmpi eq, %v545, %v122 : i32
                %v548 = arith.addi %v92, %v110 : i64
                %v549 = llvm.load %v40 : !llvm.ptr -> f32
                %v550 = llvm.load %v41 : !llvm.ptr -> f32
                %v551 = llvm.load %v42 : !llvm.ptr -> f32
                %v552 = llvm.load %v43 : !llvm.ptr -> f32
                %v553 = llvm.load %v57 : !llvm.ptr -> f32
                %v554 = llvm.load %v58 : !llvm.ptr -> f32
                %v555 = llvm.load %v59 : !llvm.ptr -> f32
                %v556 = llvm.load %v60 : !llvm.ptr -> f32
                %v557 = llvm.load %v61 : !llvm.ptr -> f32
                %v558 = llvm.load %v62 : !llvm.ptr -> f32
                %v559 = llvm.load %v63 : !llvm.ptr -> f32
                %v560 = llvm.load %v64 : !llvm.ptr -> f32
                %v561 = llvm.load %v65 : !llvm.ptr -> f32
                %v562 = llvm.load %v66 : !llvm.ptr -> f32
                %v563 = llvm.load %v67 : !llvm.ptr -> f32
                %v564 = llvm.load %v68 : !llvm.ptr -> f32
                %v565 = llvm.load %v69 : !llvm.ptr -> f32
                %v566 = llvm.load %v70 : !llvm.ptr -> f32
                %v567 = llvm.load %v71 : !llvm.ptr -> f32
                %v568 = llvm.load %v72 : !llvm.ptr -> f32
                %v569 = arith.muli %v34, %v148 : i64
                %v570 = arith.muli %v32, %size_L : i64
                %v571 = arith.addi %v569, %v570 : i64
                %v572 = arith.addi %v571, %v548 : i64
                %v573 = llvm.getelementptr %dy_y[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v574 = llvm.load %v573 : !llvm.ptr -> f32
                %v575 = arith.muli %v34, %v148 : i64
                %v576 = arith.muli %v32, %size_L : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = arith.addi %v577, %v548 : i64
                %v579 = llvm.getelementptr %in_phi1[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v580 = llvm.load %v579 : !llvm.ptr -> f32
                %v581 = arith.muli %v34, %v148 : i64
                %v582 = arith.muli %v32, %size_L : i64
                %v583 = arith.addi %v581, %v582 : i64
                %v584 = arith.addi %v583, %v548 : i64
                %v585 = llvm.getelementptr %dy_forecast[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v586 = llvm.load %v585 : !llvm.ptr -> f32
                %v587 = arith.mulf %v580, %v586 fastmath<contract> : f32
                %v588 = arith.addf %v574, %v587 fastmath<contract> : f32
                %v589 = llvm.load %v44 : !llvm.ptr -> f32
                %v590 = arith.mulf %v589, %v549 fastmath<contract> : f32
                %v591 = arith.addf %v588, %v590 fastmath<contract> : f32
                %v592 = llvm.load %v48 : !llvm.ptr -> f32
                %v593 = arith.mulf %v592, %v550 fastmath<contract> : f32
                %v594 = arith.addf %v593, %v591 fastmath<contract> : f32
                %v595 = arith.mulf %v553, %v589 fastmath<contract> : f32
                %v596 = arith.mulf %v592, %v557 fastmath<contract> : f32
                %v597 = arith.addf %v596, %v595 fastmath<contract> : f32
                %v598 = arith.mulf %v554, %v589 fastmath<contract> : f32
                %v599 = arith.mulf %v592, %v558 fastmath<contract> : f32
                %v600 = arith.addf %v599, %v598 fastmath<contract> : f32
                %v601 = arith.mulf %v555, %v589 fastmath<contract> : f32
                %v602 = arith.mulf %v592, %v559 fastmath<contract> : f32
                %v603 = arith.addf %v602, %v601 fastmath<contract> : f32
                %v604 = arith.mulf %v556, %v589 fastmath<contract> : f32
                %v605 = arith.mulf %v592, %v560 fastmath<contract> : f32
                %v606 = arith.addf %v605, %v604 fastmath<contract> : f32
                %v607 = arith.muli %v34, %v148 : i64
                %v608 = arith.muli %v32, %size_L : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = arith.addi %v609, %v548 : i64
                %v611 = llvm.getelementptr %in_phi2[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v612 = llvm.load %v611 : !llvm.ptr -> f32
                %v613 = arith.mulf %v612, %v586 fastmath<contract> : f32
                %v614 = llvm.load %v45 : !llvm.ptr -> f32
                %v615 = arith.mulf %v614, %v550 fastmath<contract> : f32
                %v616 = arith.addf %v613, %v615 fastmath<contract> : f32
                %v617 = llvm.load %v49 : !llvm.ptr -> f32
                %v618 = arith.mulf %v617, %v549 fastmath<contract> : f32
                %v619 = arith.addf %v618, %v616 fastmath<contract> : f32
                %v620 = arith.mulf %v557, %v614 fastmath<contract> : f32
                %v621 = arith.mulf %v617, %v553 fastmath<contract> : f32
                %v622 = arith.addf %v621, %v620 fastmath<contract> : f32
                %v623 = arith.mulf %v558, %v614 fastmath<contract> : f32
                %v624 = arith.mulf %v617, %v554 fastmath<contract> : f32
                %v625 = arith.addf %v624, %v623 fastmath<contract> : f32
                %v626 = arith.mulf %v559, %v614 fastmath<contract> : f32
                %v627 = arith.mulf %v617, %v555 fastmath<contract> : f32
                %v628 = arith.addf %v627, %v626 fastmath<contract> : f32
                %v629 = arith.mulf %v560, %v614 fastmath<contract> : f32
                %v630 = arith.mulf %v617, %v556 fastmath<contract> : f32
                %v631 = arith.addf %v630, %v629 fastmath<contract> : f32
                %v632 = llvm.load %v46 : !llvm.ptr -> f32
                %v633 = arith.mulf %v632, %v551 fastmath<contract> : f32
                %v634 = arith.addf %v55, %v633 fastmath<contract> : f32
                %v635 = llvm.load %v50 : !llvm.ptr -> f32
                %v636 = llvm.load %v51 : !llvm.ptr -> f32
                %v637 = arith.mulf %v635, %v549 fastmath<contract> : f32
                %v638 = arith.addf %v637, %v634 fastmath<contract> : f32
                %v639 = arith.mulf %v636, %v552 fastmath<contract> : f32
                %v640 = arith.addf %v639, %v638 fastmath<contract> : f32
                %v641 = arith.mulf %v561, %v632 fastmath<contract> : f32
                %v642 = arith.mulf %v635, %v553 fastmath<contract> : f32
                %v643 = arith.addf %v642, %v641 fastmath<contract> : f32
                %v644 = arith.mulf %v636, %v565 fastmath<contract> : f32
                %v645 = arith.addf %v644, %v643 fastmath<contract> : f32
                %v646 = arith.mulf %v562, %v632 fastmath<contract> : f32
                %v647 = arith.mulf %v635, %v554 fastmath<contract> : f32
                %v648 = arith.addf %v647, %v646 fastmath<contract> : f32
                %v649 = arith.mulf %v636, %v566 fastmath<contract> : f32
                %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
                %v651 = arith.mulf %v563, %v632 fastmath<contract> : f32
                %v652 = arith.mulf %v635, %v555 fastmath<contract> : f32
                %v653 = arith.addf %v652, %v651 fastmath<contract> : f32
                %v654 = arith.mulf %v636, %v567 fastmath<contract> : f32
                %v655 = arith.addf %v654, %v653 fastmath<contract> : f32
                %v656 = arith.mulf %v564, %v632 fastmath<contract> : f32
                %v657 = arith.mulf %v635, %v556 fastmath<contract> : f32
                %v658 = arith.addf %v657, %v656 fastmath<contract> : f32
                %v659 = arith.mulf %v636, %v568 fastmath<contract> : f32
                %v660 = arith.addf %v659, %v658 fastmath<contract> : f32
                %v661 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v662 = llvm.load %v661 : !llvm.ptr -> f32
                %v663 = arith.mulf %v662, %v586 fastmath<contract> : f32
                %v664 = llvm.load %v47 : !llvm.ptr -> f32
                %v665 = arith.mulf %v664, %v552 fastmath<contract> : f32
                %v666 = arith.addf %v663, %v665 fastmath<contract> : f32
                %v667 = llvm.load %v52 : !llvm.ptr -> f32
                %v668 = arith.mulf %v667, %v549 fastmath<contract> : f32
                %v669 = arith.addf %v668, %v666 fastmath<contract> : f32
                %v670 = arith.mulf %v565, %v664 fastmath<contract> : f32
                %v671 = arith.mulf %v667, %v553 fastmath<contract> : f32
                %v672 = arith.addf %v671, %v670 fastmath<contract> : f32
                %v673 = arith.mulf %v566, %v664 fastmath<contract> : f32
                %v674 = arith.mulf %v667, %v554 fastmath<contract> : f32
                %v675 = arith.addf %v674, %v673 fastmath<contract> : f32
                %v676 = arith.mulf %v567, %v664 fastmath<contract> : f32
                %v677 = arith.mulf %v667, %v555 fastmath<contract> : f32
                %v678 = arith.addf %v677, %v676 fastmath<contract> : f32
                %v679 = arith.mulf %v568, %v664 fastmath<contract> : f32
                %v680 = arith.mulf %v667, %v556 fastmath<contract> : f32
                %v681 = arith.addf %v680, %v679 fastmath<contract> : f32
                llvm.store %v594, %v40 : f32, !llvm.ptr
                llvm.store %v597, %v57 : f32, !llvm.ptr
                llvm.store %v600, %v58 : f32, !llvm.ptr
                llvm.store %v603, %v59 : f32, !llvm.ptr
                llvm.store %v606, %v60 : f32, !llvm.ptr
                llvm.store %v619, %v41 : f32, !llvm.ptr
                llvm.store %v622, %v61 : f32, !llvm.ptr
                llvm.store %v625, %v62 : f32, !llvm.ptr
                llvm.store %v628, %v63 : f32, !llvm.ptr
                llvm.store %v631, %v64 : f32, !llvm.ptr
                llvm.store %v640, %v42 : f32, !llvm.ptr
                llvm.store %v645, %v65 : f32, !llvm.ptr
                llvm.store %v650, %v66 : f32, !llvm.ptr
                llvm.store %v655, %v67 : f32, !llvm.ptr
                llvm.store %v660, %v68 : f32, !llvm.ptr
                llvm.store %v669, %v43 : f32, !llvm.ptr
                llvm.store %v672, %v69 : f32, !llvm.ptr
                llvm.store %v675, %v70 : f32, !llvm.ptr
                llvm.store %v678, %v71 : f32, !llvm.ptr
                llvm.store %v681, %v72 : f32, !llvm.ptr
                scf.if %v547 {
                }
                llvm.store %v580, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v612, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                %v682 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v683 = llvm.load %v682 : !llvm.ptr -> f32
                llvm.store %v683, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v662, %v52 : f32, !llvm.ptr
              } else {
                %v684 = arith.subi %v94, %v1 : i64
                // the group's states, recomputed into registers
                %v685 = arith.subi %v94, %v110 : i64
                %v686 = arith.trunci %v685 : i64 to i32
                %v687 = arith.subi %size_L, %v1 : i64
                %v688 = arith.addi %v92, %v110 : i64
                %v689 = arith.subi %v687, %v688 : i64
                %v690 = arith.minsi %v689, %v120 : i64
                %v691 = arith.trunci %v690 : i64 to i32
                %v692 = arith.addi %v110, %v76 : i64
                %v693 = arith.cmpi slt, %v124, %v686 : i32
                %v694 = arith.cmpi eq, %v124, %v691 : i32
                scf.if %v693 {
                  %v695 = arith.addi %v92, %v692 : i64
                  %v696 = llvm.load %v40 : !llvm.ptr -> f32
                  %v697 = llvm.load %v41 : !llvm.ptr -> f32
                  %v698 = llvm.load %v42 : !llvm.ptr -> f32
                  %v699 = llvm.load %v43 : !llvm.ptr -> f32
                  %v700 = llvm.load %v57 : !llvm.ptr -> f32
                  %v701 = llvm.load %v58 : !llvm.ptr -> f32
                  %v702 = llvm.load %v59 : !llvm.ptr -> f32
                  %v703 = llvm.load %v60 : !llvm.ptr -> f32
                  %v704 = llvm.load %v61 : !llvm.ptr -> f32
                  %v705 = llvm.load %v62 : !llvm.ptr -> f32
                  %v706 = llvm.load %v63 : !llvm.ptr -> f32
                  %v707 = llvm.load %v64 : !llvm.ptr -> f32
                  %v708 = llvm.load %v65 : !llvm.ptr -> f32
                  %v709 = llvm.load %v66 : !llvm.ptr -> f32
                  %v710 = llvm.load %v67 : !llvm.ptr -> f32
                  %v711 = llvm.load %v68 : !llvm.ptr -> f32
                  %v712 = llvm.load %v69 : !llvm.ptr -> f32
                  %v713 = llvm.load %v70 : !llvm.ptr -> f32
                  %v714 = llvm.load %v71 : !llvm.ptr -> f32
                  %v715 = llvm.load %v72 : !llvm.ptr -> f32
                  %v716 = arith.muli %v34, %v148 : i64
                  %v717 = arith.muli %v32, %size_L : i64
                  %v718 = arith.addi %v716, %v717 : i64
                  %v719 = arith.addi %v718, %v695 : i64
                  %v720 = llvm.getelementptr %dy_y[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v721 = llvm.load %v720 : !llvm.ptr -> f32
                  %v722 = arith.muli %v34, %v148 : i64
                  %v723 = arith.muli %v32, %size_L : i64
                  %v724 = arith.addi %v722, %v723 : i64
                  %v725 = arith.addi %v724, %v695 : i64
                  %v726 = llvm.getelementptr %in_phi1[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v727 = llvm.load %v726 : !llvm.ptr -> f32
                  %v728 = arith.muli %v34, %v148 : i64
                  %v729 = arith.muli %v32, %size_L : i64
                  %v730 = arith.addi %v728, %v729 : i64
                  %v731 = arith.addi %v730, %v695 : i64
                  %v732 = llvm.getelementptr %dy_forecast[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v733 = llvm.load %v732 : !llvm.ptr -> f32
                  %v734 = arith.mulf %v727, %v733 fastmath<contract> : f32
                  %v735 = arith.addf %v721, %v734 fastmath<contract> : f32
                  %v736 = llvm.load %v44 : !llvm.ptr -> f32
                  %v737 = arith.mulf %v736, %v696 fastmath<contract> : f32
                  %v738 = arith.addf %v735, %v737 fastmath<contract> : f32
                  %v739 = llvm.load %v48 : !llvm.ptr -> f32
                  %v740 = arith.mulf %v739, %v697 fastmath<contract> : f32
                  %v741 = arith.addf %v740, %v738 fastmath<contract> : f32
                  %v742 = arith.mulf %v700, %v736 fastmath<contract> : f32
                  %v743 = arith.mulf %v739, %v704 fastmath<contract> : f32
                  %v744 = arith.addf %v743, %v742 fastmath<contract> : f32
                  %v745 = arith.mulf %v701, %v736 fastmath<contract> : f32
                  %v746 = arith.mulf %v739, %v705 fastmath<contract> : f32
                  %v747 = arith.addf %v746, %v745 fastmath<contract> : f32
                  %v748 = arith.mulf %v702, %v736 fastmath<contract> : f32
                  %v749 = arith.mulf %v739, %v706 fastmath<contract> : f32
                  %v750 = arith.addf %v749, %v748 fastmath<contract> : f32
                  %v751 = arith.mulf %v703, %v736 fastmath<contract> : f32
                  %v752 = arith.mulf %v739, %v707 fastmath<contract> : f32
                  %v753 = arith.addf %v752, %v751 fastmath<contract> : f32
                  %v754 = arith.muli %v34, %v148 : i64
                  %v755 = arith.muli %v32, %size_L : i64
                  %v756 = arith.addi %v754, %v755 : i64
                  %v757 = arith.addi %v756, %v695 : i64
                  %v758 = llvm.getelementptr %in_phi2[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v759 = llvm.load %v758 : !llvm.ptr -> f32
                  %v760 = arith.mulf %v759, %v733 fastmath<contract> : f32
                  %v761 = llvm.load %v45 : !llvm.ptr -> f32
                  %v762 = arith.mulf %v761, %v697 fastmath<contract> : f32
                  %v763 = arith.addf %v760, %v762 fastmath<contract> : f32
                  %v764 = llvm.load %v49 : !llvm.ptr -> f32
                  %v765 = arith.mulf %v764, %v696 fastmath<contract> : f32
                  %v766 = arith.addf %v765, %v763 fastmath<contract> : f32
                  %v767 = arith.mulf %v704, %v761 fastmath<contract> : f32
                  %v768 = arith.mulf %v764, %v700 fastmath<contract> : f32
                  %v769 = arith.addf %v768, %v767 fastmath<contract> : f32
                  %v770 = arith.mulf %v705, %v761 fastmath<contract> : f32
                  %v771 = arith.mulf %v764, %v701 fastmath<contract> : f32
                  %v772 = arith.addf %v771, %v770 fastmath<contract> : f32
                  %v773 = arith.mulf %v706, %v761 fastmath<contract> : f32
                  %v774 = arith.mulf %v764, %v702 fastmath<contract> : f32
                  %v775 = arith.addf %v774, %v773 fastmath<contract> : f32
                  %v776 = arith.mulf %v707, %v761 fastmath<contract> : f32
                  %v777 = arith.mulf %v764, %v703 fastmath<contract> : f32
                  %v778 = arith.addf %v777, %v776 fastmath<contract> : f32
                  %v779 = llvm.load %v46 : !llvm.ptr -> f32
                  %v780 = arith.mulf %v779, %v698 fastmath<contract> : f32
                  %v781 = arith.addf %v55, %v780 fastmath<contract> : f32
                  %v782 = llvm.load %v50 : !llvm.ptr -> f32
                  %v783 = llvm.load %v51 : !llvm.ptr -> f32
                  %v784 = arith.mulf %v782, %v696 fastmath<contract> : f32
                  %v785 = arith.addf %v784, %v781 fastmath<contract> : f32
                  %v786 = arith.mulf %v783, %v699 fastmath<contract> : f32
                  %v787 = arith.addf %v786, %v785 fastmath<contract> : f32
                  %v788 = arith.mulf %v708, %v779 fastmath<contract> : f32
                  %v789 = arith.mulf %v782, %v700 fastmath<contract> : f32
                  %v790 = arith.addf %v789, %v788 fastmath<contract> : f32
                  %v791 = arith.mulf %v783, %v712 fastmath<contract> : f32
                  %v792 = arith.addf %v791, %v790 fastmath<contract> : f32
                  %v793 = arith.mulf %v709, %v779 fastmath<contract> : f32
                  %v794 = arith.mulf %v782, %v701 fastmath<contract> : f32
                  %v795 = arith.addf %v794, %v793 fastmath<contract> : f32
                  %v796 = arith.mulf %v783, %v713 fastmath<contract> : f32
                  %v797 = arith.addf %v796, %v795 fastmath<contract> : f32
                  %v798 = arith.mulf %v710, %v779 fastmath<contract> : f32
                  %v799 = arith.mulf %v782, %v702 fastmath<contract> : f32
                  %v800 = arith.addf %v799, %v798 fastmath<contract> : f32
                  %v801 = arith.mulf %v783, %v714 fastmath<contract> : f32
                  %v802 = arith.addf %v801, %v800 fastmath<contract> : f32
                  %v803 = arith.mulf %v711, %v779 fastmath<contract> : f32
                  %v804 = arith.mulf %v782, %v703 fastmath<contract> : f32
                  %v805 = arith.addf %v804, %v803 fastmath<contract> : f32
                  %v806 = arith.mulf %v783, %v715 fastmath<contract> : f32
                  %v807 = arith.addf %v806, %v805 fastmath<contract> : f32
                  %v808 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v809 = llvm.load %v808 : !llvm.ptr -> f32
                  %v810 = arith.mulf %v809, %v733 fastmath<contract> : f32
                  %v811 = llvm.load %v47 : !llvm.ptr -> f32
                  %v812 = arith.mulf %v811, %v699 fastmath<contract> : f32
                  %v813 = arith.addf %v810, %v812 fastmath<contract> : f32
                  %v814 = llvm.load %v52 : !llvm.ptr -> f32
                  %v815 = arith.mulf %v814, %v696 fastmath<contract> : f32
                  %v816 = arith.addf %v815, %v813 fastmath<contract> : f32
                  %v817 = arith.mulf %v712, %v811 fastmath<contract> : f32
                  %v818 = arith.mulf %v814, %v700 fastmath<contract> : f32
                  %v819 = arith.addf %v818, %v817 fastmath<contract> : f32
                  %v820 = arith.mulf %v713, %v811 fastmath<contract> : f32
                  %v821 = arith.mulf %v814, %v701 fastmath<contract> : f32
                  %v822 = arith.addf %v821, %v820 fastmath<contract> : f32
                  %v823 = arith.mulf %v714, %v811 fastmath<contract> : f32
                  %v824 = arith.mulf %v814, %v702 fastmath<contract> : f32
                  %v825 = arith.addf %v824, %v823 fastmath<contract> : f32
                  %v826 = arith.mulf %v715, %v811 fastmath<contract> : f32
                  %v827 = arith.mulf %v814, %v703 fastmath<contract> : f32
                  %v828 = arith.addf %v827, %v826 fastmath<contract> : f32
                  llvm.store %v741, %v40 : f32, !llvm.ptr
                  llvm.store %v744, %v57 : f32, !llvm.ptr
                  llvm.store %v747, %v58 : f32, !llvm.ptr
                  llvm.store %v750, %v59 : f32, !llvm.ptr
                  llvm.store %v753, %v60 : f32, !llvm.ptr
                  llvm.store %v766, %v41 : f32, !llvm.ptr
                  llvm.store %v769, %v61 : f32, !llvm.ptr
                  llvm.store %v772, %v62 : f32, !llvm.ptr
                  llvm.store %v775, %v63 : f32, !llvm.ptr
                  llvm.store %v778, %v64 : f32, !llvm.ptr
                  llvm.store %v787, %v42 : f32, !llvm.ptr
                  llvm.store %v792, %v65 : f32, !llvm.ptr
                  llvm.store %v797, %v66 : f32, !llvm.ptr
                  llvm.store %v802, %v67 : f32, !llvm.ptr
                  llvm.store %v807, %v68 : f32, !llvm.ptr
                  llvm.store %v816, %v43 : f32, !llvm.ptr
                  llvm.store %v819, %v69 : f32, !llvm.ptr
                  llvm.store %v822, %v70 : f32, !llvm.ptr
                  llvm.store %v825, %v71 : f32, !llvm.ptr
                  llvm.store %v828, %v72 : f32, !llvm.ptr
                  scf.if %v694 {
                  }
                  llvm.store %v727, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v759, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  %v829 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v830 = llvm.load %v829 : !llvm.ptr -> f32
                  llvm.store %v830, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v809, %v52 : f32, !llvm.ptr
                }
                %v831 = arith.addi %v110, %v264 : i64
                %v832 = arith.cmpi slt, %v266, %v686 : i32
                %v833 = arith.cmpi eq, %v266, %v691 : i32
                scf.if %v832 {
                  %v834 = arith.addi %v92, %v831 : i64
                  %v835 = llvm.load %v40 : !llvm.ptr -> f32
                  %v836 = llvm.load %v41 : !llvm.ptr -> f32
                  %v837 = llvm.load %v42 : !llvm.ptr -> f32
                  %v838 = llvm.load %v43 : !llvm.ptr -> f32
                  %v839 = llvm.load %v57 : !llvm.ptr -> f32
                  %v840 = llvm.load %v58 : !llvm.ptr -> f32
                  %v841 = llvm.load %v59 : !llvm.ptr -> f32
                  %v842 = llvm.load %v60 : !llvm.ptr -> f32
                  %v843 = llvm.load %v61 : !llvm.ptr -> f32
                  %v844 = llvm.load %v62 : !llvm.ptr -> f32
                  %v845 = llvm.load %v63 : !llvm.ptr -> f32
                  %v846 = llvm.load %v64 : !llvm.ptr -> f32
                  %v847 = llvm.load %v65 : !llvm.ptr -> f32
                  %v848 = llvm.load %v66 : !llvm.ptr -> f32
                  %v849 = llvm.load %v67 : !llvm.ptr -> f32
                  %v850 = llvm.load %v68 : !llvm.ptr -> f32
                  %v851 = llvm.load %v69 : !llvm.ptr -> f32
                  %v852 = llvm.load %v70 : !llvm.ptr -> f32
                  %v853 = llvm.load %v71 : !llvm.ptr -> f32
                  %v854 = llvm.load %v72 : !llvm.ptr -> f32
                  %v855 = arith.muli %v34, %v148 : i64
                  %v856 = arith.muli %v32, %size_L : i64
                  %v857 = arith.addi %v855, %v856 : i64
                  %v858 = arith.addi %v857, %v834 : i64
                  %v859 = llvm.getelementptr %dy_y[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v860 = llvm.load %v859 : !llvm.ptr -> f32
                  %v861 = arith.muli %v34, %v148 : i64
                  %v862 = arith.muli %v32, %size_L : i64
                  %v863 = arith.addi %v861, %v862 : i64
                  %v864 = arith.addi %v863, %v834 : i64
                  %v865 = llvm.getelementptr %in_phi1[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v866 = llvm.load %v865 : !llvm.ptr -> f32
                  %v867 = arith.muli %v34, %v148 : i64
                  %v868 = arith.muli %v32, %size_L : i64
                  %v869 = arith.addi %v867, %v868 : i64
                  %v870 = arith.addi %v869, %v834 : i64
                  %v871 = llvm.getelementptr %dy_forecast[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v872 = llvm.load %v871 : !llvm.ptr -> f32
                  %v873 = arith.mulf %v866, %v872 fastmath<contract> : f32
                  %v874 = arith.addf %v860, %v873 fastmath<contract> : f32
                  %v875 = llvm.load %v44 : !llvm.ptr -> f32
                  %v876 = arith.mulf %v875, %v835 fastmath<contract> : f32
                  %v877 = arith.addf %v874, %v876 fastmath<contract> : f32
                  %v878 = llvm.load %v48 : !llvm.ptr -> f32
                  %v879 = arith.mulf %v878, %v836 fastmath<contract> : f32
                  %v880 = arith.addf %v879, %v877 fastmath<contract> : f32
                  %v881 = arith.mulf %v839, %v875 fastmath<contract> : f32
                  %v882 = arith.mulf %v878, %v843 fastmath<contract> : f32
                  %v883 = arith.addf %v882, %v881 fastmath<contract> : f32
                  %v884 = arith.mulf %v840, %v875 fastmath<contract> : f32
                  %v885 = arith.mulf %v878, %v844 fastmath<contract> : f32
                  %v886 = arith.addf %v885, %v884 fastmath<contract> : f32
                  %v887 = arith.mulf %v841, %v875 fastmath<contract> : f32
                  %v888 = arith.mulf %v878, %v845 fastmath<contract> : f32
                  %v889 = arith.addf %v888, %v887 fastmath<contract> : f32
                  %v890 = arith.mulf %v842, %v875 fastmath<contract> : f32
                  %v891 = arith.mulf %v878, %v846 fastmath<contract> : f32
                  %v892 = arith.addf %v891, %v890 fastmath<contract> : f32
                  %v893 = arith.muli %v34, %v148 : i64
                  %v894 = arith.muli %v32, %size_L : i64
                  %v895 = arith.addi %v893, %v894 : i64
                  %v896 = arith.addi %v895, %v834 : i64
                  %v897 = llvm.getelementptr %in_phi2[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v898 = llvm.load %v897 : !llvm.ptr -> f32
                  %v899 = arith.mulf %v898, %v872 fastmath<contract> : f32
                  %v900 = llvm.load %v45 : !llvm.ptr -> f32
                  %v901 = arith.mulf %v900, %v836 fastmath<contract> : f32
                  %v902 = arith.addf %v899, %v901 fastmath<contract> : f32
                  %v903 = llvm.load %v49 : !llvm.ptr -> f32
                  %v904 = arith.mulf %v903, %v835 fastmath<contract> : f32
                  %v905 = arith.addf %v904, %v902 fastmath<contract> : f32
                  %v906 = arith.mulf %v843, %v900 fastmath<contract> : f32
                  %v907 = arith.mulf %v903, %v839 fastmath<contract> : f32
                  %v908 = arith.addf %v907, %v906 fastmath<contract> : f32
                  %v909 = arith.mulf %v844, %v900 fastmath<contract> : f32
                  %v910 = arith.mulf %v903, %v840 fastmath<contract> : f32
                  %v911 = arith.addf %v910, %v909 fastmath<contract> : f32
                  %v912 = arith.mulf %v845, %v900 fastmath<contract> : f32
                  %v913 = arith.mulf %v903, %v841 fastmath<contract> : f32
                  %v914 = arith.addf %v913, %v912 fastmath<contract> : f32
                  %v915 = arith.mulf %v846, %v900 fastmath<contract> : f32
                  %v916 = arith.mulf %v903, %v842 fastmath<contract> : f32
                  %v917 = arith.addf %v916, %v915 fastmath<contract> : f32
                  %v918 = llvm.load %v46 : !llvm.ptr -> f32
                  %v919 = arith.mulf %v918, %v837 fastmath<contract> : f32
                  %v920 = arith.addf %v55, %v919 fastmath<contract> : f32
                  %v921 = llvm.load %v50 : !llvm.ptr -> f32
                  %v922 = llvm.load %v51 : !llvm.ptr -> f32
                  %v923 = arith.mulf %v921, %v835 fastmath<contract> : f32
                  %v924 = arith.addf %v923, %v920 fastmath<contract> : f32
                  %v925 = arith.mulf %v922, %v838 fastmath<contract> : f32
                  %v926 = arith.addf %v925, %v924 fastmath<contract> : f32
                  %v927 = arith.mulf %v847, %v918 fastmath<contract> : f32
                  %v928 = arith.mulf %v921, %v839 fastmath<contract> : f32
                  %v929 = arith.addf %v928, %v927 fastmath<contract> : f32
                  %v930 = arith.mulf %v922, %v851 fastmath<contract> : f32
                  %v931 = arith.addf %v930, %v929 fastmath<contract> : f32
                  %v932 = arith.mulf %v848, %v918 fastmath<contract> : f32
                  %v933 = arith.mulf %v921, %v840 fastmath<contract> : f32
                  %v934 = arith.addf %v933, %v932 fastmath<contract> : f32
                  %v935 = arith.mulf %v922, %v852 fastmath<contract> : f32
                  %v936 = arith.addf %v935, %v934 fastmath<contract> : f32
                  %v937 = arith.mulf %v849, %v918 fastmath<contract> : f32
                  %v938 = arith.mulf %v921, %v841 fastmath<contract> : f32
                  %v939 = arith.addf %v938, %v937 fastmath<contract> : f32
                  %v940 = arith.mulf %v922, %v853 fastmath<contract> : f32
                  %v941 = arith.addf %v940, %v939 fastmath<contract> : f32
                  %v942 = arith.mulf %v850, %v918 fastmath<contract> : f32
                  %v943 = arith.mulf %v921, %v842 fastmath<contract> : f32
                  %v944 = arith.addf %v943, %v942 fastmath<contract> : f32
                  %v945 = arith.mulf %v922, %v854 fastmath<contract> : f32
                  %v946 = arith.addf %v945, %v944 fastmath<contract> : f32
                  %v947 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v948 = llvm.load %v947 : !llvm.ptr -> f32
                  %v949 = arith.mulf %v948, %v872 fastmath<contract> : f32
                  %v950 = llvm.load %v47 : !llvm.ptr -> f32
                  %v951 = arith.mulf %v950, %v838 fastmath<contract> : f32
                  %v952 = arith.addf %v949, %v951 fastmath<contract> : f32
                  %v953 = llvm.load %v52 : !llvm.ptr -> f32
                  %v954 = arith.mulf %v953, %v835 fastmath<contract> : f32
                  %v955 = arith.addf %v954, %v952 fastmath<contract> : f32
                  %v956 = arith.mulf %v851, %v950 fastmath<contract> : f32
                  %v957 = arith.mulf %v953, %v839 fastmath<contract> : f32
                  %v958 = arith.addf %v957, %v956 fastmath<contract> : f32
                  %v959 = arith.mulf %v852, %v950 fastmath<contract> : f32
                  %v960 = arith.mulf %v953, %v840 fastmath<contract> : f32
                  %v961 = arith.addf %v960, %v959 fastmath<contract> : f32
                  %v962 = arith.mulf %v853, %v950 fastmath<contract> : f32
                  %v963 = arith.mulf %v953, %v841 fastmath<contract> : f32
                  %v964 = arith.addf %v963, %v962 fastmath<contract> : f32
                  %v965 = arith.mulf %v854, %v950 fastmath<contract> : f32
                  %v966 = arith.mulf %v953, %v842 fastmath<contract> : f32
                  %v967 = arith.addf %v966, %v965 fastmath<contract> : f32
                  llvm.store %v880, %v40 : f32, !llvm.ptr
                  llvm.store %v883, %v57 : f32, !llvm.ptr
                  llvm.store %v886, %v58 : f32, !llvm.ptr
                  llvm.store %v889, %v59 : f32, !llvm.ptr
                  llvm.store %v892, %v60 : f32, !llvm.ptr
                  llvm.store %v905, %v41 : f32, !llvm.ptr
                  llvm.store %v908, %v61 : f32, !llvm.ptr
                  llvm.store %v911, %v62 : f32, !llvm.ptr
                  llvm.store %v914, %v63 : f32, !llvm.ptr
                  llvm.store %v917, %v64 : f32, !llvm.ptr
                  llvm.store %v926, %v42 : f32, !llvm.ptr
                  llvm.store %v931, %v65 : f32, !llvm.ptr
                  llvm.store %v936, %v66 : f32, !llvm.ptr
                  llvm.store %v941, %v67 : f32, !llvm.ptr
                  llvm.store %v946, %v68 : f32, !llvm.ptr
                  llvm.store %v955, %v43 : f32, !llvm.ptr
                  llvm.store %v958, %v69 : f32, !llvm.ptr
                  llvm.store %v961, %v70 : f32, !llvm.ptr
                  llvm.store %v964, %v71 : f32, !llvm.ptr
                  llvm.store %v967, %v72 : f32, !llvm.ptr
                  scf.if %v833 {
                  }
                  llvm.store %v866, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v898, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  %v968 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v969 = llvm.load %v968 : !llvm.ptr -> f32
                  llvm.store %v969, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v948, %v52 : f32, !llvm.ptr
                }
                %v970 = arith.addi %v110, %v1 : i64
                %v971 = arith.cmpi slt, %v406, %v686 : i32
                %v972 = arith.cmpi eq, %v406, %v691 : i32
                scf.if %v971 {
                  %v973 = arith.addi %v92, %v970 : i64
                  %v974 = llvm.load %v40 : !llvm.ptr -> f32
                  %v975 = llvm.load %v41 : !llvm.ptr -> f32
                  %v976 = llvm.load %v42 : !llvm.ptr -> f32
                  %v977 = llvm.load %v43 : !llvm.ptr -> f32
                  %v978 = llvm.load %v57 : !llvm.ptr -> f32
                  %v979 = llvm.load %v58 : !llvm.ptr -> f32
                  %v980 = llvm.load %v59 : !llvm.ptr -> f32
                  %v981 = llvm.load %v60 : !llvm.ptr -> f32
                  %v982 = llvm.load %v61 : !llvm.ptr -> f32
                  %v983 = llvm.load %v62 : !llvm.ptr -> f32
                  %v984 = llvm.load %v63 : !llvm.ptr -> f32
                  %v985 = llvm.load %v64 : !llvm.ptr -> f32
                  %v986 = llvm.load %v65 : !llvm.ptr -> f32
                  %v987 = llvm.load %v66 : !llvm.ptr -> f32
                  %v988 = llvm.load %v67 : !llvm.ptr -> f32
                  %v989 = llvm.load %v68 : !llvm.ptr -> f32
                  %v990 = llvm.load %v69 : !llvm.ptr -> f32
                  %v991 = llvm.load %v70 : !llvm.ptr -> f32
                  %v992 = llvm.load %v71 : !llvm.ptr -> f32
                  %v993 = llvm.load %v72 : !llvm.ptr -> f32
                  %v994 = arith.muli %v34, %v148 : i64
                  %v995 = arith.muli %v32, %size_L : i64
                  %v996 = arith.addi %v994, %v995 : i64
                  %v997 = arith.addi %v996, %v973 : i64
                  %v998 = llvm.getelementptr %dy_y[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v999 = llvm.load %v998 : !llvm.ptr -> f32
                  %v1000 = arith.muli %v34, %v148 : i64
                  %v1001 = arith.muli %v32, %size_L : i64
                  %v1002 = arith.addi %v1000, %v1001 : i64
                  %v1003 = arith.addi %v1002, %v973 : i64
                  %v1004 = llvm.getelementptr %in_phi1[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1005 = llvm.load %v1004 : !llvm.ptr -> f32
                  %v1006 = arith.muli %v34, %v148 : i64
                  %v1007 = arith.muli %v32, %size_L : i64
                  %v1008 = arith.addi %v1006, %v1007 : i64
                  %v1009 = arith.addi %v1008, %v973 : i64
                  %v1010 = llvm.getelementptr %dy_forecast[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
                  %v1012 = arith.mulf %v1005, %v1011 fastmath<contract> : f32
                  %v1013 = arith.addf %v999, %v1012 fastmath<contract> : f32
                  %v1014 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1015 = arith.mulf %v1014, %v974 fastmath<contract> : f32
                  %v1016 = arith.addf %v1013, %v1015 fastmath<contract> : f32
                  %v1017 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1018 = arith.mulf %v1017, %v975 fastmath<contract> : f32
                  %v1019 = arith.addf %v1018, %v1016 fastmath<contract> : f32
                  %v1020 = arith.mulf %v978, %v1014 fastmath<contract> : f32
                  %v1021 = arith.mulf %v1017, %v982 fastmath<contract> : f32
                  %v1022 = arith.addf %v1021, %v1020 fastmath<contract> : f32
                  %v1023 = arith.mulf %v979, %v1014 fastmath<contract> : f32
                  %v1024 = arith.mulf %v1017, %v983 fastmath<contract> : f32
                  %v1025 = arith.addf %v1024, %v1023 fastmath<contract> : f32
                  %v1026 = arith.mulf %v980, %v1014 fastmath<contract> : f32
                  %v1027 = arith.mulf %v1017, %v984 fastmath<contract> : f32
                  %v1028 = arith.addf %v1027, %v1026 fastmath<contract> : f32
                  %v1029 = arith.mulf %v981, %v1014 fastmath<contract> : f32
                  %v1030 = arith.mulf %v1017, %v985 fastmath<contract> : f32
                  %v1031 = arith.addf %v1030, %v1029 fastmath<contract> : f32
                  %v1032 = arith.muli %v34, %v148 : i64
                  %v1033 = arith.muli %v32, %size_L : i64
                  %v1034 = arith.addi %v1032, %v1033 : i64
                  %v1035 = arith.addi %v1034, %v973 : i64
                  %v1036 = llvm.getelementptr %in_phi2[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1037 = llvm.load %v1036 : !llvm.ptr -> f32
                  %v1038 = arith.mulf %v1037, %v1011 fastmath<contract> : f32
                  %v1039 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1040 = arith.mulf %v1039, %v975 fastmath<contract> : f32
                  %v1041 = arith.addf %v1038, %v1040 fastmath<contract> : f32
                  %v1042 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1043 = arith.mulf %v1042, %v974 fastmath<contract> : f32
                  %v1044 = arith.addf %v1043, %v1041 fastmath<contract> : f32
                  %v1045 = arith.mulf %v982, %v1039 fastmath<contract> : f32
                  %v1046 = arith.mulf %v1042, %v978 fastmath<contract> : f32
                  %v1047 = arith.addf %v1046, %v1045 fastmath<contract> : f32
                  %v1048 = arith.mulf %v983, %v1039 fastmath<contract> : f32
                  %v1049 = arith.mulf %v1042, %v979 fastmath<contract> : f32
                  %v1050 = arith.addf %v1049, %v1048 fastmath<contract> : f32
                  %v1051 = arith.mulf %v984, %v1039 fastmath<contract> : f32
                  %v1052 = arith.mulf %v1042, %v980 fastmath<contract> : f32
                  %v1053 = arith.addf %v1052, %v1051 fastmath<contract> : f32
                  %v1054 = arith.mulf %v985, %v1039 fastmath<contract> : f32
                  %v1055 = arith.mulf %v1042, %v981 fastmath<contract> : f32
                  %v1056 = arith.addf %v1055, %v1054 fastmath<contract> : f32
                  %v1057 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1058 = arith.mulf %v1057, %v976 fastmath<contract> : f32
                  %v1059 = arith.addf %v55, %v1058 fastmath<contract> : f32
                  %v1060 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1061 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1062 = arith.mulf %v1060, %v974 fastmath<contract> : f32
                  %v1063 = arith.addf %v1062, %v1059 fastmath<contract> : f32
                  %v1064 = arith.mulf %v1061, %v977 fastmath<contract> : f32
                  %v1065 = arith.addf %v1064, %v1063 fastmath<contract> : f32
                  %v1066 = arith.mulf %v986, %v1057 fastmath<contract> : f32
                  %v1067 = arith.mulf %v1060, %v978 fastmath<contract> : f32
                  %v1068 = arith.addf %v1067, %v1066 fastmath<contract> : f32
                  %v1069 = arith.mulf %v1061, %v990 fastmath<contract> : f32
                  %v1070 = arith.addf %v1069, %v1068 fastmath<contract> : f32
                  %v1071 = arith.mulf %v987, %v1057 fastmath<contract> : f32
                  %v1072 = arith.mulf %v1060, %v979 fastmath<contract> : f32
                  %v1073 = arith.addf %v1072, %v1071 fastmath<contract> : f32
                  %v1074 = arith.mulf %v1061, %v991 fastmath<contract> : f32
                  %v1075 = arith.addf %v1074, %v1073 fastmath<contract> : f32
                  %v1076 = arith.mulf %v988, %v1057 fastmath<contract> : f32
                  %v1077 = arith.mulf %v1060, %v980 fastmath<contract> : f32
                  %v1078 = arith.addf %v1077, %v1076 fastmath<contract> : f32
                  %v1079 = arith.mulf %v1061, %v992 fastmath<contract> : f32
                  %v1080 = arith.addf %v1079, %v1078 fastmath<contract> : f32
                  %v1081 = arith.mulf %v989, %v1057 fastmath<contract> : f32
                  %v1082 = arith.mulf %v1060, %v981 fastmath<contract> : f32
                  %v1083 = arith.addf %v1082, %v1081 fastmath<contract> : f32
                  %v1084 = arith.mulf %v1061, %v993 fastmath<contract> : f32
                  %v1085 = arith.addf %v1084, %v1083 fastmath<contract> : f32
                  %v1086 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
                  %v1088 = arith.mulf %v1087, %v1011 fastmath<contract> : f32
                  %v1089 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1090 = arith.mulf %v1089, %v977 fastmath<contract> : f32
                  %v1091 = arith.addf %v1088, %v1090 fastmath<contract> : f32
                  %v1092 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1093 = arith.mulf %v1092, %v974 fastmath<contract> : f32
                  %v1094 = arith.addf %v1093, %v1091 fastmath<contract> : f32
                  %v1095 = arith.mulf %v990, %v1089 fastmath<contract> : f32
                  %v1096 = arith.mulf %v1092, %v978 fastmath<contract> : f32
                  %v1097 = arith.addf %v1096, %v1095 fastmath<contract> : f32
                  %v1098 = arith.mulf %v991, %v1089 fastmath<contract> : f32
                  %v1099 = arith.mulf %v1092, %v979 fastmath<contract> : f32
                  %v1100 = arith.addf %v1099, %v1098 fastmath<contract> : f32
                  %v1101 = arith.mulf %v992, %v1089 fastmath<contract> : f32
                  %v1102 = arith.mulf %v1092, %v980 fastmath<contract> : f32
                  %v1103 = arith.addf %v1102, %v1101 fastmath<contract> : f32
                  %v1104 = arith.mulf %v993, %v1089 fastmath<contract> : f32
                  %v1105 = arith.mulf %v1092, %v981 fastmath<contract> : f32
                  %v1106 = arith.addf %v1105, %v1104 fastmath<contract> : f32
                  llvm.store %v1019, %v40 : f32, !llvm.ptr
                  llvm.store %v1022, %v57 : f32, !llvm.ptr
                  llvm.store %v1025, %v58 : f32, !llvm.ptr
                  llvm.store %v1028, %v59 : f32, !llvm.ptr
                  llvm.store %v1031, %v60 : f32, !llvm.ptr
                  llvm.store %v1044, %v41 : f32, !llvm.ptr
                  llvm.store %v1047, %v61 : f32, !llvm.ptr
                  llvm.store %v1050, %v62 : f32, !llvm.ptr
                  llvm.store %v1053, %v63 : f32, !llvm.ptr
                  llvm.store %v1056, %v64 : f32, !llvm.ptr
                  llvm.store %v1065, %v42 : f32, !llvm.ptr
                  llvm.store %v1070, %v65 : f32, !llvm.ptr
                  llvm.store %v1075, %v66 : f32, !llvm.ptr
                  llvm.store %v1080, %v67 : f32, !llvm.ptr
                  llvm.store %v1085, %v68 : f32, !llvm.ptr
                  llvm.store %v1094, %v43 : f32, !llvm.ptr
                  llvm.store %v1097, %v69 : f32, !llvm.ptr
                  llvm.store %v1100, %v70 : f32, !llvm.ptr
                  llvm.store %v1103, %v71 : f32, !llvm.ptr
                  llvm.store %v1106, %v72 : f32, !llvm.ptr
                  scf.if %v972 {
                  }
                  llvm.store %v1005, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1037, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  %v1107 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1108 = llvm.load %v1107 : !llvm.ptr -> f32
                  llvm.store %v1108, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1087, %v52 : f32, !llvm.ptr
                }
                %v1109 = arith.cmpi slt, %v545, %v686 : i32
                %v1110 = arith.cmpi eq, %v545, %v691 : i32
                scf.if %v1109 {
                  %v1111 = arith.addi %v92, %v110 : i64
                  %v1112 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1113 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1114 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1115 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1116 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1117 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1118 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1119 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1120 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1121 = llvm.load %v62 : !llvm.ptr -> f32
                  %v1122 = llvm.load %v63 : !llvm.ptr -> f32
                  %v1123 = llvm.load %v64 : !llvm.ptr -> f32
                  %v1124 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1125 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1126 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1127 = llvm.load %v68 : !llvm.ptr -> f32
                  %v1128 = llvm.load %v69 : !llvm.ptr -> f32
                  %v1129 = llvm.load %v70 : !llvm.ptr -> f32
                  %v1130 = llvm.load %v71 : !llvm.ptr -> f32
                  %v1131 = llvm.load %v72 : !llvm.ptr -> f32
                  %v1132 = arith.muli %v34, %v148 : i64
                  %v1133 = arith.muli %v32, %size_L : i64
                  %v1134 = arith.addi %v1132, %v1133 : i64
                  %v1135 = arith.addi %v1134, %v1111 : i64
                  %v1136 = llvm.getelementptr %dy_y[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                  %v1138 = arith.muli %v34, %v148 : i64
                  %v1139 = arith.muli %v32, %size_L : i64
                  %v1140 = arith.addi %v1138, %v1139 : i64
                  %v1141 = arith.addi %v1140, %v1111 : i64
                  %v1142 = llvm.getelementptr %in_phi1[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1143 = llvm.load %v1142 : !llvm.ptr -> f32
                  %v1144 = arith.muli %v34, %v148 : i64
                  %v1145 = arith.muli %v32, %size_L : i64
                  %v1146 = arith.addi %v1144, %v1145 : i64
                  %v1147 = arith.addi %v1146, %v1111 : i64
                  %v1148 = llvm.getelementptr %dy_forecast[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                  %v1150 = arith.mulf %v1143, %v1149 fastmath<contract> : f32
                  %v1151 = arith.addf %v1137, %v1150 fastmath<contract> : f32
                  %v1152 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1153 = arith.mulf %v1152, %v1112 fastmath<contract> : f32
                  %v1154 = arith.addf %v1151, %v1153 fastmath<contract> : f32
                  %v1155 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1156 = arith.mulf %v1155, %v1113 fastmath<contract> : f32
                  %v1157 = arith.addf %v1156, %v1154 fastmath<contract> : f32
                  %v1158 = arith.mulf %v1116, %v1152 fastmath<contract> : f32
                  %v1159 = arith.mulf %v1155, %v1120 fastmath<contract> : f32
                  %v1160 = arith.addf %v1159, %v1158 fastmath<contract> : f32
                  %v1161 = arith.mulf %v1117, %v1152 fastmath<contract> : f32
                  %v1162 = arith.mulf %v1155, %v1121 fastmath<contract> : f32
                  %v1163 = arith.addf %v1162, %v1161 fastmath<contract> : f32
                  %v1164 = arith.mulf %v1118, %v1152 fastmath<contract> : f32
                  %v1165 = arith.mulf %v1155, %v1122 fastmath<contract> : f32
                  %v1166 = arith.addf %v1165, %v1164 fastmath<contract> : f32
                  %v1167 = arith.mulf %v1119, %v1152 fastmath<contract> : f32
                  %v1168 = arith.mulf %v1155, %v1123 fastmath<contract> : f32
                  %v1169 = arith.addf %v1168, %v1167 fastmath<contract> : f32
                  %v1170 = arith.muli %v34, %v148 : i64
                  %v1171 = arith.muli %v32, %size_L : i64
                  %v1172 = arith.addi %v1170, %v1171 : i64
                  %v1173 = arith.addi %v1172, %v1111 : i64
                  %v1174 = llvm.getelementptr %in_phi2[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
                  %v1176 = arith.mulf %v1175, %v1149 fastmath<contract> : f32
                  %v1177 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1178 = arith.mulf %v1177, %v1113 fastmath<contract> : f32
                  %v1179 = arith.addf %v1176, %v1178 fastmath<contract> : f32
                  %v1180 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1181 = arith.mulf %v1180, %v1112 fastmath<contract> : f32
                  %v1182 = arith.addf %v1181, %v1179 fastmath<contract> : f32
                  %v1183 = arith.mulf %v1120, %v1177 fastmath<contract> : f32
                  %v1184 = arith.mulf %v1180, %v1116 fastmath<contract> : f32
                  %v1185 = arith.addf %v1184, %v1183 fastmath<contract> : f32
                  %v1186 = arith.mulf %v1121, %v1177 fastmath<contract> : f32
                  %v1187 = arith.mulf %v1180, %v1117 fastmath<contract> : f32
                  %v1188 = arith.addf %v1187, %v1186 fastmath<contract> : f32
                  %v1189 = arith.mulf %v1122, %v1177 fastmath<contract> : f32
                  %v1190 = arith.mulf %v1180, %v1118 fastmath<contract> : f32
                  %v1191 = arith.addf %v1190, %v1189 fastmath<contract> : f32
                  %v1192 = arith.mulf %v1123, %v1177 fastmath<contract> : f32
                  %v1193 = arith.mulf %v1180, %v1119 fastmath<contract> : f32
                  %v1194 = arith.addf %v1193, %v1192 fastmath<contract> : f32
                  %v1195 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1196 = arith.mulf %v1195, %v1114 fastmath<contract> : f32
                  %v1197 = arith.addf %v55, %v1196 fastmath<contract> : f32
                  %v1198 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1199 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1200 = arith.mulf %v1198, %v1112 fastmath<contract> : f32
                  %v1201 = arith.addf %v1200, %v1197 fastmath<contract> : f32
                  %v1202 = arith.mulf %v1199, %v1115 fastmath<contract> : f32
                  %v1203 = arith.addf %v1202, %v1201 fastmath<contract> : f32
                  %v1204 = arith.mulf %v1124, %v1195 fastmath<contract> : f32
                  %v1205 = arith.mulf %v1198, %v1116 fastmath<contract> : f32
                  %v1206 = arith.addf %v1205, %v1204 fastmath<contract> : f32
                  %v1207 = arith.mulf %v1199, %v1128 fastmath<contract> : f32
                  %v1208 = arith.addf %v1207, %v1206 fastmath<contract> : f32
                  %v1209 = arith.mulf %v1125, %v1195 fastmath<contract> : f32
                  %v1210 = arith.mulf %v1198, %v1117 fastmath<contract> : f32
                  %v1211 = arith.addf %v1210, %v1209 fastmath<contract> : f32
                  %v1212 = arith.mulf %v1199, %v1129 fastmath<contract> : f32
                  %v1213 = arith.addf %v1212, %v1211 fastmath<contract> : f32
                  %v1214 = arith.mulf %v1126, %v1195 fastmath<contract> : f32
                  %v1215 = arith.mulf %v1198, %v1118 fastmath<contract> : f32
                  %v1216 = arith.addf %v1215, %v1214 fastmath<contract> : f32
                  %v1217 = arith.mulf %v1199, %v1130 fastmath<contract> : f32
                  %v1218 = arith.addf %v1217, %v1216 fastmath<contract> : f32
                  %v1219 = arith.mulf %v1127, %v1195 fastmath<contract> : f32
                  %v1220 = arith.mulf %v1198, %v1119 fastmath<contract> : f32
                  %v1221 = arith.addf %v1220, %v1219 fastmath<contract> : f32
                  %v1222 = arith.mulf %v1199, %v1131 fastmath<contract> : f32
                  %v1223 = arith.addf %v1222, %v1221 fastmath<contract> : f32
                  %v1224 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
                  %v1226 = arith.mulf %v1225, %v1149 fastmath<contract> : f32
                  %v1227 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1228 = arith.mulf %v1227, %v1115 fastmath<contract> : f32
                  %v1229 = arith.addf %v1226, %v1228 fastmath<contract> : f32
                  %v1230 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1231 = arith.mulf %v1230, %v1112 fastmath<contract> : f32
                  %v1232 = arith.addf %v1231, %v1229 fastmath<contract> : f32
                  %v1233 = arith.mulf %v1128, %v1227 fastmath<contract> : f32
                  %v1234 = arith.mulf %v1230, %v1116 fastmath<contract> : f32
                  %v1235 = arith.addf %v1234, %v1233 fastmath<contract> : f32
                  %v1236 = arith.mulf %v1129, %v1227 fastmath<contract> : f32
                  %v1237 = arith.mulf %v1230, %v1117 fastmath<contract> : f32
                  %v1238 = arith.addf %v1237, %v1236 fastmath<contract> : f32
                  %v1239 = arith.mulf %v1130, %v1227 fastmath<contract> : f32
                  %v1240 = arith.mulf %v1230, %v1118 fastmath<contract> : f32
                  %v1241 = arith.addf %v1240, %v1239 fastmath<contract> : f32
                  %v1242 = arith.mulf %v1131, %v1227 fastmath<contract> : f32
                  %v1243 = arith.mulf %v1230, %v1119 fastmath<contract> : f32
                  %v1244 = arith.addf %v1243, %v1242 fastmath<contract> : f32
                  llvm.store %v1157, %v40 : f32, !llvm.ptr
                  llvm.store %v1160, %v57 : f32, !llvm.ptr
                  llvm.store %v1163, %v58 : f32, !llvm.ptr
                  llvm.store %v1166, %v59 : f32, !llvm.ptr
                  llvm.store %v1169, %v60 : f32, !llvm.ptr
                  llvm.store %v1182, %v41 : f32, !llvm.ptr
                  llvm.store %v1185, %v61 : f32, !llvm.ptr
                  llvm.store %v1188, %v62 : f32, !llvm.ptr
                  llvm.store %v1191, %v63 : f32, !llvm.ptr
                  llvm.store %v1194, %v64 : f32, !llvm.ptr
                  llvm.store %v1203, %v42 : f32, !llvm.ptr
                  llvm.store %v1208, %v65 : f32, !llvm.ptr
                  llvm.store %v1213, %v66 : f32, !llvm.ptr
                  llvm.store %v1218, %v67 : f32, !llvm.ptr
                  llvm.store %v1223, %v68 : f32, !llvm.ptr
                  llvm.store %v1232, %v43 : f32, !llvm.ptr
                  llvm.store %v1235, %v69 : f32, !llvm.ptr
                  llvm.store %v1238, %v70 : f32, !llvm.ptr
                  llvm.store %v1241, %v71 : f32, !llvm.ptr
                  llvm.store %v1244, %v72 : f32, !llvm.ptr
                  scf.if %v1110 {
                  }
                  llvm.store %v1143, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1175, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  %v1245 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1246 = llvm.load %v1245 : !llvm.ptr -> f32
                  llvm.store %v1246, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1225, %v52 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v29 {
        %v1247 = llvm.load %v40 : !llvm.ptr -> f32
        %v1248 = arith.muli %v25, %v2 : i64
        %v1249 = arith.subi %v2, %v1 : i64
        %v1250 = arith.minsi %v28, %v1249 : i64
        %v1251 = arith.addi %v1248, %v1250 : i64
        %v1252 = llvm.getelementptr %segsum_h[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1247, %v1252 : f32, !llvm.ptr
        %v1253 = llvm.load %v57 : !llvm.ptr -> f32
        %v1254 = arith.addi %v6, %v25 : i64
        %v1255 = arith.muli %v1254, %v2 : i64
        %v1256 = arith.subi %v2, %v1 : i64
        %v1257 = arith.minsi %v28, %v1256 : i64
        %v1258 = arith.addi %v1255, %v1257 : i64
        %v1259 = llvm.getelementptr %segsum_h[%v1258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1253, %v1259 : f32, !llvm.ptr
        %v1260 = llvm.load %v58 : !llvm.ptr -> f32
        %v1261 = arith.muli %v264, %v6 : i64
        %v1262 = arith.addi %v1261, %v25 : i64
        %v1263 = arith.muli %v1262, %v2 : i64
        %v1264 = arith.subi %v2, %v1 : i64
        %v1265 = arith.minsi %v28, %v1264 : i64
        %v1266 = arith.addi %v1263, %v1265 : i64
        %v1267 = llvm.getelementptr %segsum_h[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1260, %v1267 : f32, !llvm.ptr
        %v1268 = llvm.load %v59 : !llvm.ptr -> f32
        %v1269 = arith.muli %v76, %v6 : i64
        %v1270 = arith.addi %v1269, %v25 : i64
        %v1271 = arith.muli %v1270, %v2 : i64
        %v1272 = arith.subi %v2, %v1 : i64
        %v1273 = arith.minsi %v28, %v1272 : i64
        %v1274 = arith.addi %v1271, %v1273 : i64
        %v1275 = llvm.getelementptr %segsum_h[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1268, %v1275 : f32, !llvm.ptr
        %v1276 = llvm.load %v60 : !llvm.ptr -> f32
        %v1277 = arith.muli %v36, %v6 : i64
        %v1278 = arith.addi %v1277, %v25 : i64
        %v1279 = arith.muli %v1278, %v2 : i64
        %v1280 = arith.subi %v2, %v1 : i64
        %v1281 = arith.minsi %v28, %v1280 : i64
        %v1282 = arith.addi %v1279, %v1281 : i64
        %v1283 = llvm.getelementptr %segsum_h[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1276, %v1283 : f32, !llvm.ptr
        %v1284 = llvm.load %v44 : !llvm.ptr -> f32
        %v1286 = arith.muli %v1285, %v6 : i64
        %v1287 = arith.addi %v1286, %v25 : i64
        %v1288 = arith.muli %v1287, %v2 : i64
        %v1289 = arith.subi %v2, %v1 : i64
        %v1290 = arith.minsi %v28, %v1289 : i64
        %v1291 = arith.addi %v1288, %v1290 : i64
        %v1292 = llvm.getelementptr %segsum_h[%v1291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1284, %v1292 : f32, !llvm.ptr
        %v1293 = llvm.load %v48 : !llvm.ptr -> f32
        %v1295 = arith.muli %v1294, %v6 : i64
        %v1296 = arith.addi %v1295, %v25 : i64
        %v1297 = arith.muli %v1296, %v2 : i64
        %v1298 = arith.subi %v2, %v1 : i64
        %v1299 = arith.minsi %v28, %v1298 : i64
        %v1300 = arith.addi %v1297, %v1299 : i64
        %v1301 = llvm.getelementptr %segsum_h[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1293, %v1301 : f32, !llvm.ptr
        %v1303 = arith.muli %v1302, %v6 : i64
        %v1304 = arith.addi %v1303, %v25 : i64
        %v1305 = arith.muli %v1304, %v2 : i64
        %v1306 = arith.subi %v2, %v1 : i64
        %v1307 = arith.minsi %v28, %v1306 : i64
        %v1308 = arith.addi %v1305, %v1307 : i64
        %v1309 = llvm.getelementptr %segsum_h[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1309 : f32, !llvm.ptr
        %v1311 = arith.muli %v1310, %v6 : i64
        %v1312 = arith.addi %v1311, %v25 : i64
        %v1313 = arith.muli %v1312, %v2 : i64
        %v1314 = arith.subi %v2, %v1 : i64
        %v1315 = arith.minsi %v28, %v1314 : i64
        %v1316 = arith.addi %v1313, %v1315 : i64
        %v1317 = llvm.getelementptr %segsum_h[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1317 : f32, !llvm.ptr
        %v1318 = llvm.load %v41 : !llvm.ptr -> f32
        %v1319 = arith.muli %v25, %v2 : i64
        %v1320 = arith.subi %v2, %v1 : i64
        %v1321 = arith.minsi %v28, %v1320 : i64
        %v1322 = arith.addi %v1319, %v1321 : i64
        %v1323 = llvm.getelementptr %segsum_h_lag1[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1318, %v1323 : f32, !llvm.ptr
        %v1324 = llvm.load %v61 : !llvm.ptr -> f32
        %v1325 = arith.addi %v6, %v25 : i64
        %v1326 = arith.muli %v1325, %v2 : i64
        %v1327 = arith.subi %v2, %v1 : i64
        %v1328 = arith.minsi %v28, %v1327 : i64
        %v1329 = arith.addi %v1326, %v1328 : i64
        %v1330 = llvm.getelementptr %segsum_h_lag1[%v1329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1324, %v1330 : f32, !llvm.ptr
        %v1331 = llvm.load %v62 : !llvm.ptr -> f32
        %v1332 = arith.muli %v264, %v6 : i64
        %v1333 = arith.addi %v1332, %v25 : i64
        %v1334 = arith.muli %v1333, %v2 : i64
        %v1335 = arith.subi %v2, %v1 : i64
        %v1336 = arith.minsi %v28, %v1335 : i64
        %v1337 = arith.addi %v1334, %v1336 : i64
        %v1338 = llvm.getelementptr %segsum_h_lag1[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1331, %v1338 : f32, !llvm.ptr
        %v1339 = llvm.load %v63 : !llvm.ptr -> f32
        %v1340 = arith.muli %v76, %v6 : i64
        %v1341 = arith.addi %v1340, %v25 : i64
        %v1342 = arith.muli %v1341, %v2 : i64
        %v1343 = arith.subi %v2, %v1 : i64
        %v1344 = arith.minsi %v28, %v1343 : i64
        %v1345 = arith.addi %v1342, %v1344 : i64
        %v1346 = llvm.getelementptr %segsum_h_lag1[%v1345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1339, %v1346 : f32, !llvm.ptr
        %v1347 = llvm.load %v64 : !llvm.ptr -> f32
        %v1348 = arith.muli %v36, %v6 : i64
        %v1349 = arith.addi %v1348, %v25 : i64
        %v1350 = arith.muli %v1349, %v2 : i64
        %v1351 = arith.subi %v2, %v1 : i64
        %v1352 = arith.minsi %v28, %v1351 : i64
        %v1353 = arith.addi %v1350, %v1352 : i64
        %v1354 = llvm.getelementptr %segsum_h_lag1[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1347, %v1354 : f32, !llvm.ptr
        %v1355 = llvm.load %v49 : !llvm.ptr -> f32
        %v1356 = arith.muli %v1285, %v6 : i64
        %v1357 = arith.addi %v1356, %v25 : i64
        %v1358 = arith.muli %v1357, %v2 : i64
        %v1359 = arith.subi %v2, %v1 : i64
        %v1360 = arith.minsi %v28, %v1359 : i64
        %v1361 = arith.addi %v1358, %v1360 : i64
        %v1362 = llvm.getelementptr %segsum_h_lag1[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1355, %v1362 : f32, !llvm.ptr
        %v1363 = llvm.load %v45 : !llvm.ptr -> f32
        %v1364 = arith.muli %v1294, %v6 : i64
        %v1365 = arith.addi %v1364, %v25 : i64
        %v1366 = arith.muli %v1365, %v2 : i64
        %v1367 = arith.subi %v2, %v1 : i64
        %v1368 = arith.minsi %v28, %v1367 : i64
        %v1369 = arith.addi %v1366, %v1368 : i64
        %v1370 = llvm.getelementptr %segsum_h_lag1[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1363, %v1370 : f32, !llvm.ptr
        %v1371 = arith.muli %v1302, %v6 : i64
        %v1372 = arith.addi %v1371, %v25 : i64
        %v1373 = arith.muli %v1372, %v2 : i64
        %v1374 = arith.subi %v2, %v1 : i64
        %v1375 = arith.minsi %v28, %v1374 : i64
        %v1376 = arith.addi %v1373, %v1375 : i64
        %v1377 = llvm.getelementptr %segsum_h_lag1[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1377 : f32, !llvm.ptr
        %v1378 = arith.muli %v1310, %v6 : i64
        %v1379 = arith.addi %v1378, %v25 : i64
        %v1380 = arith.muli %v1379, %v2 : i64
        %v1381 = arith.subi %v2, %v1 : i64
        %v1382 = arith.minsi %v28, %v1381 : i64
        %v1383 = arith.addi %v1380, %v1382 : i64
        %v1384 = llvm.getelementptr %segsum_h_lag1[%v1383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1384 : f32, !llvm.ptr
        %v1385 = llvm.load %v42 : !llvm.ptr -> f32
        %v1386 = arith.muli %v25, %v2 : i64
        %v1387 = arith.subi %v2, %v1 : i64
        %v1388 = arith.minsi %v28, %v1387 : i64
        %v1389 = arith.addi %v1386, %v1388 : i64
        %v1390 = llvm.getelementptr %segsum_e_lag1[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1385, %v1390 : f32, !llvm.ptr
        %v1391 = llvm.load %v65 : !llvm.ptr -> f32
        %v1392 = arith.addi %v6, %v25 : i64
        %v1393 = arith.muli %v1392, %v2 : i64
        %v1394 = arith.subi %v2, %v1 : i64
        %v1395 = arith.minsi %v28, %v1394 : i64
        %v1396 = arith.addi %v1393, %v1395 : i64
        %v1397 = llvm.getelementptr %segsum_e_lag1[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1391, %v1397 : f32, !llvm.ptr
        %v1398 = llvm.load %v66 : !llvm.ptr -> f32
        %v1399 = arith.muli %v264, %v6 : i64
        %v1400 = arith.addi %v1399, %v25 : i64
        %v1401 = arith.muli %v1400, %v2 : i64
        %v1402 = arith.subi %v2, %v1 : i64
        %v1403 = arith.minsi %v28, %v1402 : i64
        %v1404 = arith.addi %v1401, %v1403 : i64
        %v1405 = llvm.getelementptr %segsum_e_lag1[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1398, %v1405 : f32, !llvm.ptr
        %v1406 = llvm.load %v67 : !llvm.ptr -> f32
        %v1407 = arith.muli %v76, %v6 : i64
        %v1408 = arith.addi %v1407, %v25 : i64
        %v1409 = arith.muli %v1408, %v2 : i64
        %v1410 = arith.subi %v2, %v1 : i64
        %v1411 = arith.minsi %v28, %v1410 : i64
        %v1412 = arith.addi %v1409, %v1411 : i64
        %v1413 = llvm.getelementptr %segsum_e_lag1[%v1412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1406, %v1413 : f32, !llvm.ptr
        %v1414 = llvm.load %v68 : !llvm.ptr -> f32
        %v1415 = arith.muli %v36, %v6 : i64
        %v1416 = arith.addi %v1415, %v25 : i64
        %v1417 = arith.muli %v1416, %v2 : i64
        %v1418 = arith.subi %v2, %v1 : i64
        %v1419 = arith.minsi %v28, %v1418 : i64
        %v1420 = arith.addi %v1417, %v1419 : i64
        %v1421 = llvm.getelementptr %segsum_e_lag1[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1414, %v1421 : f32, !llvm.ptr
        %v1422 = llvm.load %v50 : !llvm.ptr -> f32
        %v1423 = arith.muli %v1285, %v6 : i64
        %v1424 = arith.addi %v1423, %v25 : i64
        %v1425 = arith.muli %v1424, %v2 : i64
        %v1426 = arith.subi %v2, %v1 : i64
        %v1427 = arith.minsi %v28, %v1426 : i64
        %v1428 = arith.addi %v1425, %v1427 : i64
        %v1429 = llvm.getelementptr %segsum_e_lag1[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1422, %v1429 : f32, !llvm.ptr
        %v1430 = arith.muli %v1294, %v6 : i64
        %v1431 = arith.addi %v1430, %v25 : i64
        %v1432 = arith.muli %v1431, %v2 : i64
        %v1433 = arith.subi %v2, %v1 : i64
        %v1434 = arith.minsi %v28, %v1433 : i64
        %v1435 = arith.addi %v1432, %v1434 : i64
        %v1436 = llvm.getelementptr %segsum_e_lag1[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1436 : f32, !llvm.ptr
        %v1437 = llvm.load %v46 : !llvm.ptr -> f32
        %v1438 = arith.muli %v1302, %v6 : i64
        %v1439 = arith.addi %v1438, %v25 : i64
        %v1440 = arith.muli %v1439, %v2 : i64
        %v1441 = arith.subi %v2, %v1 : i64
        %v1442 = arith.minsi %v28, %v1441 : i64
        %v1443 = arith.addi %v1440, %v1442 : i64
        %v1444 = llvm.getelementptr %segsum_e_lag1[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1437, %v1444 : f32, !llvm.ptr
        %v1445 = llvm.load %v51 : !llvm.ptr -> f32
        %v1446 = arith.muli %v1310, %v6 : i64
        %v1447 = arith.addi %v1446, %v25 : i64
        %v1448 = arith.muli %v1447, %v2 : i64
        %v1449 = arith.subi %v2, %v1 : i64
        %v1450 = arith.minsi %v28, %v1449 : i64
        %v1451 = arith.addi %v1448, %v1450 : i64
        %v1452 = llvm.getelementptr %segsum_e_lag1[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1445, %v1452 : f32, !llvm.ptr
        %v1453 = llvm.load %v43 : !llvm.ptr -> f32
        %v1454 = arith.muli %v25, %v2 : i64
        %v1455 = arith.subi %v2, %v1 : i64
        %v1456 = arith.minsi %v28, %v1455 : i64
        %v1457 = arith.addi %v1454, %v1456 : i64
        %v1458 = llvm.getelementptr %segsum_e_lag2[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1453, %v1458 : f32, !llvm.ptr
        %v1459 = llvm.load %v69 : !llvm.ptr -> f32
        %v1460 = arith.addi %v6, %v25 : i64
        %v1461 = arith.muli %v1460, %v2 : i64
        %v1462 = arith.subi %v2, %v1 : i64
        %v1463 = arith.minsi %v28, %v1462 : i64
        %v1464 = arith.addi %v1461, %v1463 : i64
        %v1465 = llvm.getelementptr %segsum_e_lag2[%v1464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1459, %v1465 : f32, !llvm.ptr
        %v1466 = llvm.load %v70 : !llvm.ptr -> f32
        %v1467 = arith.muli %v264, %v6 : i64
        %v1468 = arith.addi %v1467, %v25 : i64
        %v1469 = arith.muli %v1468, %v2 : i64
        %v1470 = arith.subi %v2, %v1 : i64
        %v1471 = arith.minsi %v28, %v1470 : i64
        %v1472 = arith.addi %v1469, %v1471 : i64
        %v1473 = llvm.getelementptr %segsum_e_lag2[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1466, %v1473 : f32, !llvm.ptr
        %v1474 = llvm.load %v71 : !llvm.ptr -> f32
        %v1475 = arith.muli %v76, %v6 : i64
        %v1476 = arith.addi %v1475, %v25 : i64
        %v1477 = arith.muli %v1476, %v2 : i64
        %v1478 = arith.subi %v2, %v1 : i64
        %v1479 = arith.minsi %v28, %v1478 : i64
        %v1480 = arith.addi %v1477, %v1479 : i64
        %v1481 = llvm.getelementptr %segsum_e_lag2[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1474, %v1481 : f32, !llvm.ptr
        %v1482 = llvm.load %v72 : !llvm.ptr -> f32
        %v1483 = arith.muli %v36, %v6 : i64
        %v1484 = arith.addi %v1483, %v25 : i64
        %v1485 = arith.muli %v1484, %v2 : i64
        %v1486 = arith.subi %v2, %v1 : i64
        %v1487 = arith.minsi %v28, %v1486 : i64
        %v1488 = arith.addi %v1485, %v1487 : i64
        %v1489 = llvm.getelementptr %segsum_e_lag2[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1482, %v1489 : f32, !llvm.ptr
        %v1490 = llvm.load %v52 : !llvm.ptr -> f32
        %v1491 = arith.muli %v1285, %v6 : i64
        %v1492 = arith.addi %v1491, %v25 : i64
        %v1493 = arith.muli %v1492, %v2 : i64
        %v1494 = arith.subi %v2, %v1 : i64
        %v1495 = arith.minsi %v28, %v1494 : i64
        %v1496 = arith.addi %v1493, %v1495 : i64
        %v1497 = llvm.getelementptr %segsum_e_lag2[%v1496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1490, %v1497 : f32, !llvm.ptr
        %v1498 = arith.muli %v1294, %v6 : i64
        %v1499 = arith.addi %v1498, %v25 : i64
        %v1500 = arith.muli %v1499, %v2 : i64
        %v1501 = arith.subi %v2, %v1 : i64
        %v1502 = arith.minsi %v28, %v1501 : i64
        %v1503 = arith.addi %v1500, %v1502 : i64
        %v1504 = llvm.getelementptr %segsum_e_lag2[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1504 : f32, !llvm.ptr
        %v1505 = arith.muli %v1302, %v6 : i64
        %v1506 = arith.addi %v1505, %v25 : i64
        %v1507 = arith.muli %v1506, %v2 : i64
        %v1508 = arith.subi %v2, %v1 : i64
        %v1509 = arith.minsi %v28, %v1508 : i64
        %v1510 = arith.addi %v1507, %v1509 : i64
        %v1511 = llvm.getelementptr %segsum_e_lag2[%v1510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v1511 : f32, !llvm.ptr
        %v1512 = llvm.load %v47 : !llvm.ptr -> f32
        %v1513 = arith.muli %v1310, %v6 : i64
        %v1514 = arith.addi %v1513, %v25 : i64
        %v1515 = arith.muli %v1514, %v2 : i64
        %v1516 = arith.subi %v2, %v1 : i64
        %v1517 = arith.minsi %v28, %v1516 : i64
        %v1518 = arith.addi %v1515, %v1517 : i64
        %v1519 = llvm.getelementptr %segsum_e_lag2[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1512, %v1519 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
