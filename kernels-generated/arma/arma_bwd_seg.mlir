module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_bwd_seg(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %dy_y: !llvm.ptr, %dy_forecast: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_h_lag1: !llvm.ptr, %scratch_e_lag1: !llvm.ptr, %scratch_e_lag2: !llvm.ptr, %segcarry_h: !llvm.ptr, %segcarry_h_lag1: !llvm.ptr, %segcarry_e_lag1: !llvm.ptr, %segcarry_e_lag2: !llvm.ptr, %dx_e: !llvm.ptr, %dx_phi1: !llvm.ptr, %dx_phi2: !llvm.ptr, %part_theta1: !llvm.ptr, %part_theta2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v57 = arith.constant 0 : i64
      %v71 = arith.constant 2 : i64
      %v114 = arith.constant 3 : i64
      %v153 = arith.constant 64 : i64
      %v154 = arith.constant 63 : i64
      %v158 = arith.constant 16 : i64
      %v175 = arith.muli %size_B, %size_D : i64
      %v182 = arith.muli %size_B, %size_D : i64
      %v189 = arith.muli %size_B, %size_D : i64
      %v196 = arith.muli %size_B, %size_D : i64
      %v245 = arith.muli %size_L, %size_D : i64
      %v513 = arith.constant 2147483647 : i64
      %v517 = arith.constant 3 : i32
      %v627 = arith.constant 2 : i32
      %v737 = arith.constant 1 : i32
      %v846 = arith.constant 0 : i32
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
      %v58 = arith.muli %v25, %v2 : i64
      %v59 = arith.subi %v2, %v1 : i64
      %v60 = arith.minsi %v28, %v59 : i64
      %v61 = arith.addi %v58, %v60 : i64
      %v62 = llvm.getelementptr %segcarry_h[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v63 = llvm.load %v62 : !llvm.ptr -> f32
      llvm.store %v63, %v40 : f32, !llvm.ptr
      %v64 = arith.addi %v6, %v25 : i64
      %v65 = arith.muli %v64, %v2 : i64
      %v66 = arith.subi %v2, %v1 : i64
      %v67 = arith.minsi %v28, %v66 : i64
      %v68 = arith.addi %v65, %v67 : i64
      %v69 = llvm.getelementptr %segcarry_h[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v70 = llvm.load %v69 : !llvm.ptr -> f32
      llvm.store %v70, %v44 : f32, !llvm.ptr
      %v72 = arith.muli %v71, %v6 : i64
      %v73 = arith.addi %v72, %v25 : i64
      %v74 = arith.muli %v73, %v2 : i64
      %v75 = arith.subi %v2, %v1 : i64
      %v76 = arith.minsi %v28, %v75 : i64
      %v77 = arith.addi %v74, %v76 : i64
      %v78 = llvm.getelementptr %segcarry_h[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      llvm.store %v79, %v48 : f32, !llvm.ptr
      %v80 = arith.muli %v25, %v2 : i64
      %v81 = arith.subi %v2, %v1 : i64
      %v82 = arith.minsi %v28, %v81 : i64
      %v83 = arith.addi %v80, %v82 : i64
      %v84 = llvm.getelementptr %segcarry_h_lag1[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v85 = llvm.load %v84 : !llvm.ptr -> f32
      llvm.store %v85, %v41 : f32, !llvm.ptr
      %v86 = arith.addi %v6, %v25 : i64
      %v87 = arith.muli %v86, %v2 : i64
      %v88 = arith.subi %v2, %v1 : i64
      %v89 = arith.minsi %v28, %v88 : i64
      %v90 = arith.addi %v87, %v89 : i64
      %v91 = llvm.getelementptr %segcarry_h_lag1[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v92 = llvm.load %v91 : !llvm.ptr -> f32
      llvm.store %v92, %v49 : f32, !llvm.ptr
      %v93 = arith.muli %v71, %v6 : i64
      %v94 = arith.addi %v93, %v25 : i64
      %v95 = arith.muli %v94, %v2 : i64
      %v96 = arith.subi %v2, %v1 : i64
      %v97 = arith.minsi %v28, %v96 : i64
      %v98 = arith.addi %v95, %v97 : i64
      %v99 = llvm.getelementptr %segcarry_h_lag1[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v100 = llvm.load %v99 : !llvm.ptr -> f32
      llvm.store %v100, %v45 : f32, !llvm.ptr
      %v101 = arith.muli %v25, %v2 : i64
      %v102 = arith.subi %v2, %v1 : i64
      %v103 = arith.minsi %v28, %v102 : i64
      %v104 = arith.addi %v101, %v103 : i64
      %v105 = llvm.getelementptr %segcarry_e_lag1[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v106 = llvm.load %v105 : !llvm.ptr -> f32
      llvm.store %v106, %v42 : f32, !llvm.ptr
      %v107 = arith.addi %v6, %v25 : i64
      %v108 = arith.muli %v107, %v2 : i64
      %v109 = arith.subi %v2, %v1 : i64
      %v110 = arith.minsi %v28, %v109 : i64
      %v111 = arith.addi %v108, %v110 : i64
      %v112 = llvm.getelementptr %segcarry_e_lag1[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v113 = llvm.load %v112 : !llvm.ptr -> f32
      llvm.store %v113, %v50 : f32, !llvm.ptr
      %v115 = arith.muli %v114, %v6 : i64
      %v116 = arith.addi %v115, %v25 : i64
      %v117 = arith.muli %v116, %v2 : i64
      %v118 = arith.subi %v2, %v1 : i64
      %v119 = arith.minsi %v28, %v118 : i64
      %v120 = arith.addi %v117, %v119 : i64
      %v121 = llvm.getelementptr %segcarry_e_lag1[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v122 = llvm.load %v121 : !llvm.ptr -> f32
      llvm.store %v122, %v46 : f32, !llvm.ptr
      %v123 = arith.muli %v36, %v6 : i64
      %v124 = arith.addi %v123, %v25 : i64
      %v125 = arith.muli %v124, %v2 : i64
      %v126 = arith.subi %v2, %v1 : i64
      %v127 = arith.minsi %v28, %v126 : i64
      %v128 = arith.addi %v125, %v127 : i64
      %v129 = llvm.getelementptr %segcarry_e_lag1[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v130 = llvm.load %v129 : !llvm.ptr -> f32
      llvm.store %v130, %v51 : f32, !llvm.ptr
      %v131 = arith.muli %v25, %v2 : i64
      %v132 = arith.subi %v2, %v1 : i64
      %v133 = arith.minsi %v28, %v132 : i64
      %v134 = arith.addi %v131, %v133 : i64
      %v135 = llvm.getelementptr %segcarry_e_lag2[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v136 = llvm.load %v135 : !llvm.ptr -> f32
      llvm.store %v136, %v43 : f32, !llvm.ptr
      %v137 = arith.addi %v6, %v25 : i64
      %v138 = arith.muli %v137, %v2 : i64
      %v139 = arith.subi %v2, %v1 : i64
      %v140 = arith.minsi %v28, %v139 : i64
      %v141 = arith.addi %v138, %v140 : i64
      %v142 = llvm.getelementptr %segcarry_e_lag2[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v143 = llvm.load %v142 : !llvm.ptr -> f32
      llvm.store %v143, %v52 : f32, !llvm.ptr
      %v144 = arith.muli %v36, %v6 : i64
      %v145 = arith.addi %v144, %v25 : i64
      %v146 = arith.muli %v145, %v2 : i64
      %v147 = arith.subi %v2, %v1 : i64
      %v148 = arith.minsi %v28, %v147 : i64
      %v149 = arith.addi %v146, %v148 : i64
      %v150 = llvm.getelementptr %segcarry_e_lag2[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v151 = llvm.load %v150 : !llvm.ptr -> f32
      llvm.store %v151, %v47 : f32, !llvm.ptr
      %v152 = arith.cmpi eq, %size_L, %v57 : i64
      scf.if %v152 {
        llvm.store %v55, %v15 : f32, !llvm.ptr
        llvm.store %v55, %v16 : f32, !llvm.ptr
        llvm.store %v55, %v17 : f32, !llvm.ptr
        llvm.store %v55, %v18 : f32, !llvm.ptr
      }
      %v155 = arith.addi %size_L, %v154 : i64
      %v156 = arith.divui %v155, %v153 : i64
      %v157 = arith.minsi %v38, %v156 : i64
      %v159 = arith.muli %v25, %v158 : i64
      %v160 = arith.subi %v157, %v37 : i64
      %v161 = arith.maxsi %v160, %v57 : i64
      %v162 = arith.index_cast %v57 : i64 to index
      %v163 = arith.index_cast %v161 : i64 to index
      %v164 = arith.index_cast %v1 : i64 to index
      scf.for %v165 = %v162 to %v163 step %v164 {
        %v166 = arith.index_cast %v165 : index to i64
        %v167 = arith.subi %v157, %v1 : i64
        %v168 = arith.subi %v167, %v166 : i64
        %v169 = arith.muli %v168, %v153 : i64
        %v170 = arith.subi %size_L, %v169 : i64
        %v171 = arith.minsi %v170, %v153 : i64
        %v172 = arith.addi %v171, %v114 : i64
        %v173 = arith.divui %v172, %v36 : i64
        %v174 = arith.subi %v171, %v1 : i64
        %v176 = arith.muli %v168, %v175 : i64
        %v177 = arith.muli %v34, %size_D : i64
        %v178 = arith.addi %v177, %v32 : i64
        %v179 = arith.addi %v176, %v178 : i64
        %v180 = llvm.getelementptr %ckpt_h[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v181 = llvm.load %v180 : !llvm.ptr -> f32
        llvm.store %v181, %v11 : f32, !llvm.ptr
        %v183 = arith.muli %v168, %v182 : i64
        %v184 = arith.muli %v34, %size_D : i64
        %v185 = arith.addi %v184, %v32 : i64
        %v186 = arith.addi %v183, %v185 : i64
        %v187 = llvm.getelementptr %ckpt_h_lag1[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v188 = llvm.load %v187 : !llvm.ptr -> f32
        llvm.store %v188, %v12 : f32, !llvm.ptr
        %v190 = arith.muli %v168, %v189 : i64
        %v191 = arith.muli %v34, %size_D : i64
        %v192 = arith.addi %v191, %v32 : i64
        %v193 = arith.addi %v190, %v192 : i64
        %v194 = llvm.getelementptr %ckpt_e_lag1[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v195 = llvm.load %v194 : !llvm.ptr -> f32
        llvm.store %v195, %v13 : f32, !llvm.ptr
        %v197 = arith.muli %v168, %v196 : i64
        %v198 = arith.muli %v34, %size_D : i64
        %v199 = arith.addi %v198, %v32 : i64
        %v200 = arith.addi %v197, %v199 : i64
        %v201 = llvm.getelementptr %ckpt_e_lag2[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v202 = llvm.load %v201 : !llvm.ptr -> f32
        llvm.store %v202, %v14 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v203 = arith.index_cast %v57 : i64 to index
        %v204 = arith.index_cast %v173 : i64 to index
        %v205 = arith.index_cast %v1 : i64 to index
        scf.for %v206 = %v203 to %v204 step %v205 {
          %v207 = arith.index_cast %v206 : index to i64
          %v208 = arith.addi %v159, %v207 : i64
          scf.if %v29 {
            %v209 = llvm.load %v11 : !llvm.ptr -> f32
            %v210 = arith.muli %v208, %v2 : i64
            %v211 = arith.subi %v2, %v1 : i64
            %v212 = arith.minsi %v28, %v211 : i64
            %v213 = arith.addi %v210, %v212 : i64
            %v214 = llvm.getelementptr %scratch_h[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v209, %v214 : f32, !llvm.ptr
            %v215 = llvm.load %v12 : !llvm.ptr -> f32
            %v216 = arith.muli %v208, %v2 : i64
            %v217 = arith.subi %v2, %v1 : i64
            %v218 = arith.minsi %v28, %v217 : i64
            %v219 = arith.addi %v216, %v218 : i64
            %v220 = llvm.getelementptr %scratch_h_lag1[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v215, %v220 : f32, !llvm.ptr
            %v221 = llvm.load %v13 : !llvm.ptr -> f32
            %v222 = arith.muli %v208, %v2 : i64
            %v223 = arith.subi %v2, %v1 : i64
            %v224 = arith.minsi %v28, %v223 : i64
            %v225 = arith.addi %v222, %v224 : i64
            %v226 = llvm.getelementptr %scratch_e_lag1[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v221, %v226 : f32, !llvm.ptr
            %v227 = llvm.load %v14 : !llvm.ptr -> f32
            %v228 = arith.muli %v208, %v2 : i64
            %v229 = arith.subi %v2, %v1 : i64
            %v230 = arith.minsi %v28, %v229 : i64
            %v231 = arith.addi %v228, %v230 : i64
            %v232 = llvm.getelementptr %scratch_e_lag2[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v227, %v232 : f32, !llvm.ptr
          }
          %v233 = arith.muli %v207, %v36 : i64
          %v234 = arith.subi %v171, %v233 : i64
          %v235 = arith.trunci %v234 : i64 to i32
          %v236 = arith.index_cast %v57 : i64 to index
          %v237 = arith.index_cast %v36 : i64 to index
          %v238 = arith.index_cast %v1 : i64 to index
          scf.for %v239 = %v236 to %v237 step %v238 {
            %v240 = arith.index_cast %v239 : index to i64
            %v241 = arith.trunci %v240 : i64 to i32
            %v242 = arith.addi %v233, %v240 : i64
            %v243 = arith.cmpi slt, %v241, %v235 : i32
            scf.if %v243 {
              %v244 = arith.addi %v169, %v242 : i64
              %v246 = arith.muli %v34, %v245 : i64
              %v247 = arith.muli %v32, %size_L : i64
              %v248 = arith.addi %v246, %v247 : i64
              %v249 = arith.addi %v248, %v244 : i64
              %v250 = llvm.getelementptr %in_phi1[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v251 = llvm.load %v250 : !llvm.ptr -> f32
              %v252 = arith.muli %v34, %v245 : i64
              %v253 = arith.muli %v32, %size_L : i64
              %v254 = arith.addi %v252, %v253 : i64
              %v255 = arith.addi %v254, %v244 : i64
              %v256 = llvm.getelementptr %in_e[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v257 = llvm.load %v256 : !llvm.ptr -> f32
              %v258 = llvm.load %v11 : !llvm.ptr -> f32
              %v259 = arith.mulf %v251, %v258 fastmath<contract> : f32
              %v260 = arith.addf %v259, %v257 fastmath<contract> : f32
              %v261 = arith.muli %v34, %v245 : i64
              %v262 = arith.muli %v32, %size_L : i64
              %v263 = arith.addi %v261, %v262 : i64
              %v264 = arith.addi %v263, %v244 : i64
              %v265 = llvm.getelementptr %in_phi2[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v266 = llvm.load %v265 : !llvm.ptr -> f32
              %v267 = llvm.load %v12 : !llvm.ptr -> f32
              %v268 = arith.mulf %v266, %v267 fastmath<contract> : f32
              %v269 = arith.addf %v260, %v268 fastmath<contract> : f32
              %v270 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v271 = llvm.load %v270 : !llvm.ptr -> f32
              %v272 = llvm.load %v13 : !llvm.ptr -> f32
              %v273 = arith.mulf %v271, %v272 fastmath<contract> : f32
              %v274 = arith.addf %v269, %v273 fastmath<contract> : f32
              %v275 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v276 = llvm.load %v275 : !llvm.ptr -> f32
              %v277 = llvm.load %v14 : !llvm.ptr -> f32
              %v278 = arith.mulf %v276, %v277 fastmath<contract> : f32
              %v279 = arith.addf %v274, %v278 fastmath<contract> : f32
              %v280 = llvm.load %v12 : !llvm.ptr -> f32
              %v281 = arith.mulf %v55, %v280 fastmath<contract> : f32
              %v282 = arith.addf %v281, %v55 fastmath<contract> : f32
              %v283 = llvm.load %v11 : !llvm.ptr -> f32
              %v284 = arith.mulf %v56, %v283 fastmath<contract> : f32
              %v285 = arith.addf %v282, %v284 fastmath<contract> : f32
              %v286 = llvm.load %v13 : !llvm.ptr -> f32
              %v287 = arith.mulf %v55, %v286 fastmath<contract> : f32
              %v288 = arith.addf %v287, %v257 fastmath<contract> : f32
              %v289 = llvm.load %v14 : !llvm.ptr -> f32
              %v290 = arith.mulf %v55, %v289 fastmath<contract> : f32
              %v291 = arith.addf %v290, %v55 fastmath<contract> : f32
              %v292 = llvm.load %v13 : !llvm.ptr -> f32
              %v293 = arith.mulf %v56, %v292 fastmath<contract> : f32
              %v294 = arith.addf %v291, %v293 fastmath<contract> : f32
              llvm.store %v279, %v11 : f32, !llvm.ptr
              llvm.store %v285, %v12 : f32, !llvm.ptr
              llvm.store %v288, %v13 : f32, !llvm.ptr
              llvm.store %v294, %v14 : f32, !llvm.ptr
            }
          }
        }
        %v295 = arith.index_cast %v57 : i64 to index
        %v296 = arith.index_cast %v1 : i64 to index
        %v297 = arith.index_cast %v1 : i64 to index
        scf.for %v298 = %v295 to %v296 step %v297 {
          %v299 = arith.index_cast %v298 : index to i64
          %v300 = arith.index_cast %v57 : i64 to index
          %v301 = arith.index_cast %v173 : i64 to index
          %v302 = arith.index_cast %v1 : i64 to index
          scf.for %v303 = %v300 to %v301 step %v302 {
            %v304 = arith.index_cast %v303 : index to i64
            %v305 = arith.cmpi slt, %v304, %v173 : i64
            scf.if %v305 {
              %v306 = arith.subi %v173, %v1 : i64
              %v307 = arith.subi %v306, %v304 : i64
              %v308 = arith.muli %v307, %v36 : i64
              %v309 = arith.addi %v159, %v307 : i64
              %v310 = arith.addi %v308, %v36 : i64
              %v311 = arith.cmpi sle, %v310, %v171 : i64
              scf.if %v311 {
                %v312 = arith.subi %v171, %v1 : i64
                %v313 = arith.muli %v309, %v2 : i64
                %v314 = arith.subi %v2, %v1 : i64
                %v315 = arith.minsi %v28, %v314 : i64
                %v316 = arith.addi %v313, %v315 : i64
                %v317 = llvm.getelementptr %scratch_h[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v318 = llvm.load %v317 : !llvm.ptr -> f32
                %v319 = arith.muli %v309, %v2 : i64
                %v320 = arith.subi %v2, %v1 : i64
                %v321 = arith.minsi %v28, %v320 : i64
                %v322 = arith.addi %v319, %v321 : i64
                %v323 = llvm.getelementptr %scratch_h_lag1[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v324 = llvm.load %v323 : !llvm.ptr -> f32
                %v325 = arith.muli %v309, %v2 : i64
                %v326 = arith.subi %v2, %v1 : i64
                %v327 = arith.minsi %v28, %v326 : i64
                %v328 = arith.addi %v325, %v327 : i64
                %v329 = llvm.getelementptr %scratch_e_lag1[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v330 = llvm.load %v329 : !llvm.ptr -> f32
                %v331 = arith.muli %v309, %v2 : i64
                %v332 = arith.subi %v2, %v1 : i64
                %v333 = arith.minsi %v28, %v332 : i64
                %v334 = arith.addi %v331, %v333 : i64
                %v335 = llvm.getelementptr %scratch_e_lag2[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v336 = llvm.load %v335 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v337 = arith.minsi %v308, %v312 : i64
                %v338 = arith.addi %v169, %v337 : i64
                %v339 = arith.muli %v34, %v245 : i64
                %v340 = arith.muli %v32, %size_L : i64
                %v341 = arith.addi %v339, %v340 : i64
                %v342 = arith.addi %v341, %v338 : i64
                %v343 = llvm.getelementptr %in_phi1[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v344 = llvm.load %v343 : !llvm.ptr -> f32
                %v345 = arith.muli %v34, %v245 : i64
                %v346 = arith.muli %v32, %size_L : i64
                %v347 = arith.addi %v345, %v346 : i64
                %v348 = arith.addi %v347, %v338 : i64
                %v349 = llvm.getelementptr %in_e[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v350 = llvm.load %v349 : !llvm.ptr -> f32
                %v351 = arith.mulf %v344, %v318 fastmath<contract> : f32
                %v352 = arith.addf %v351, %v350 fastmath<contract> : f32
                %v353 = arith.muli %v34, %v245 : i64
                %v354 = arith.muli %v32, %size_L : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = arith.addi %v355, %v338 : i64
                %v357 = llvm.getelementptr %in_phi2[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v358 = llvm.load %v357 : !llvm.ptr -> f32
                %v359 = arith.mulf %v358, %v324 fastmath<contract> : f32
                %v360 = arith.addf %v352, %v359 fastmath<contract> : f32
                %v361 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v362 = llvm.load %v361 : !llvm.ptr -> f32
                %v363 = arith.mulf %v362, %v330 fastmath<contract> : f32
                %v364 = arith.addf %v360, %v363 fastmath<contract> : f32
                %v365 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v366 = llvm.load %v365 : !llvm.ptr -> f32
                %v367 = arith.mulf %v366, %v336 fastmath<contract> : f32
                %v368 = arith.addf %v364, %v367 fastmath<contract> : f32
                %v369 = arith.mulf %v55, %v324 fastmath<contract> : f32
                %v370 = arith.addf %v369, %v55 fastmath<contract> : f32
                %v371 = arith.mulf %v56, %v318 fastmath<contract> : f32
                %v372 = arith.addf %v370, %v371 fastmath<contract> : f32
                %v373 = arith.mulf %v55, %v330 fastmath<contract> : f32
                %v374 = arith.addf %v373, %v350 fastmath<contract> : f32
                %v375 = arith.mulf %v55, %v336 fastmath<contract> : f32
                %v376 = arith.addf %v375, %v55 fastmath<contract> : f32
                %v377 = arith.mulf %v56, %v330 fastmath<contract> : f32
                %v378 = arith.addf %v376, %v377 fastmath<contract> : f32
                %v379 = arith.addi %v308, %v1 : i64
                %v380 = arith.minsi %v379, %v312 : i64
                %v381 = arith.addi %v169, %v380 : i64
                %v382 = arith.muli %v34, %v245 : i64
                %v383 = arith.muli %v32, %size_L : i64
                %v384 = arith.addi %v382, %v383 : i64
                %v385 = arith.addi %v384, %v381 : i64
                %v386 = llvm.getelementptr %in_phi1[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v387 = llvm.load %v386 : !llvm.ptr -> f32
                %v388 = arith.muli %v34, %v245 : i64
                %v389 = arith.muli %v32, %size_L : i64
                %v390 = arith.addi %v388, %v389 : i64
                %v391 = arith.addi %v390, %v381 : i64
                %v392 = llvm.getelementptr %in_e[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v393 = llvm.load %v392 : !llvm.ptr -> f32
                %v394 = arith.mulf %v387, %v368 fastmath<contract> : f32
                %v395 = arith.addf %v394, %v393 fastmath<contract> : f32
                %v396 = arith.muli %v34, %v245 : i64
                %v397 = arith.muli %v32, %size_L : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = arith.addi %v398, %v381 : i64
                %v400 = llvm.getelementptr %in_phi2[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v401 = llvm.load %v400 : !llvm.ptr -> f32
                %v402 = arith.mulf %v401, %v372 fastmath<contract> : f32
                %v403 = arith.addf %v395, %v402 fastmath<contract> : f32
                %v404 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v405 = llvm.load %v404 : !llvm.ptr -> f32
                %v406 = arith.mulf %v405, %v374 fastmath<contract> : f32
                %v407 = arith.addf %v403, %v406 fastmath<contract> : f32
                %v408 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v409 = llvm.load %v408 : !llvm.ptr -> f32
                %v410 = arith.mulf %v409, %v378 fastmath<contract> : f32
                %v411 = arith.addf %v407, %v410 fastmath<contract> : f32
                %v412 = arith.mulf %v55, %v372 fastmath<contract> : f32
                %v413 = arith.addf %v412, %v55 fastmath<contract> : f32
                %v414 = arith.mulf %v56, %v368 fastmath<contract> : f32
                %v415 = arith.addf %v413, %v414 fastmath<contract> : f32
                %v416 = arith.mulf %v55, %v374 fastmath<contract> : f32
                %v417 = arith.addf %v416, %v393 fastmath<contract> : f32
                %v418 = arith.mulf %v55, %v378 fastmath<contract> : f32
                %v419 = arith.addf %v418, %v55 fastmath<contract> : f32
                %v420 = arith.mulf %v56, %v374 fastmath<contract> : f32
                %v421 = arith.addf %v419, %v420 fastmath<contract> : f32
                %v422 = arith.addi %v308, %v71 : i64
                %v423 = arith.minsi %v422, %v312 : i64
                %v424 = arith.addi %v169, %v423 : i64
                %v425 = arith.muli %v34, %v245 : i64
                %v426 = arith.muli %v32, %size_L : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.addi %v427, %v424 : i64
                %v429 = llvm.getelementptr %in_phi1[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v430 = llvm.load %v429 : !llvm.ptr -> f32
                %v431 = arith.muli %v34, %v245 : i64
                %v432 = arith.muli %v32, %size_L : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = arith.addi %v433, %v424 : i64
                %v435 = llvm.getelementptr %in_e[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v436 = llvm.load %v435 : !llvm.ptr -> f32
                %v437 = arith.mulf %v430, %v411 fastmath<contract> : f32
                %v438 = arith.addf %v437, %v436 fastmath<contract> : f32
                %v439 = arith.muli %v34, %v245 : i64
                %v440 = arith.muli %v32, %size_L : i64
                %v441 = arith.addi %v439, %v440 : i64
                %v442 = arith.addi %v441, %v424 : i64
                %v443 = llvm.getelementptr %in_phi2[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v444 = llvm.load %v443 : !llvm.ptr -> f32
                %v445 = arith.mulf %v444, %v415 fastmath<contract> : f32
                %v446 = arith.addf %v438, %v445 fastmath<contract> : f32
                %v447 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v448 = llvm.load %v447 : !llvm.ptr -> f32
                %v449 = arith.mulf %v448, %v417 fastmath<contract> : f32
                %v450 = arith.addf %v446, %v449 fastmath<contract> : f32
                %v451 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v452 = llvm.load %v451 : !llvm.ptr -> f32
                %v453 = arith.mulf %v452, %v421 fastmath<contract> : f32
                %v454 = arith.addf %v450, %v453 fastmath<contract> : f32
                %v455 = arith.mulf %v55, %v415 fastmath<contract> : f32
                %v456 = arith.addf %v455, %v55 fastmath<contract> : f32
                %v457 = arith.mulf %v56, %v411 fastmath<contract> : f32
                %v458 = arith.addf %v456, %v457 fastmath<contract> : f32
                %v459 = arith.mulf %v55, %v417 fastmath<contract> : f32
                %v460 = arith.addf %v459, %v436 fastmath<contract> : f32
                %v461 = arith.mulf %v55, %v421 fastmath<contract> : f32
                %v462 = arith.addf %v461, %v55 fastmath<contract> : f32
                %v463 = arith.mulf %v56, %v417 fastmath<contract> : f32
                %v464 = arith.addf %v462, %v463 fastmath<contract> : f32
                %v465 = arith.addi %v308, %v114 : i64
                %v466 = arith.minsi %v465, %v312 : i64
                %v467 = arith.addi %v169, %v466 : i64
                %v468 = arith.muli %v34, %v245 : i64
                %v469 = arith.muli %v32, %size_L : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = arith.addi %v470, %v467 : i64
                %v472 = llvm.getelementptr %in_phi1[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = arith.muli %v34, %v245 : i64
                %v475 = arith.muli %v32, %size_L : i64
                %v476 = arith.addi %v474, %v475 : i64
                %v477 = arith.addi %v476, %v467 : i64
                %v478 = llvm.getelementptr %in_e[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v479 = llvm.load %v478 : !llvm.ptr -> f32
                %v480 = arith.mulf %v473, %v454 fastmath<contract> : f32
                %v481 = arith.addf %v480, %v479 fastmath<contract> : f32
                %v482 = arith.muli %v34, %v245 : i64
                %v483 = arith.muli %v32, %size_L : i64
                %v484 = arith.addi %v482, %v483 : i64
                %v485 = arith.addi %v484, %v467 : i64
                %v486 = llvm.getelementptr %in_phi2[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v487 = llvm.load %v486 : !llvm.ptr -> f32
                %v488 = arith.mulf %v487, %v458 fastmath<contract> : f32
                %v489 = arith.addf %v481, %v488 fastmath<contract> : f32
                %v490 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v491 = llvm.load %v490 : !llvm.ptr -> f32
                %v492 = arith.mulf %v491, %v460 fastmath<contract> : f32
                %v493 = arith.addf %v489, %v492 fastmath<contract> : f32
                %v494 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v495 = llvm.load %v494 : !llvm.ptr -> f32
                %v496 = arith.mulf %v495, %v464 fastmath<contract> : f32
                %v497 = arith.addf %v493, %v496 fastmath<contract> : f32
                %v498 = arith.mulf %v55, %v458 fastmath<contract> : f32
                %v499 = arith.addf %v498, %v55 fastmath<contract> : f32
                %v500 = arith.mulf %v56, %v454 fastmath<contract> : f32
                %v501 = arith.addf %v499, %v500 fastmath<contract> : f32
                %v502 = arith.mulf %v55, %v460 fastmath<contract> : f32
                %v503 = arith.addf %v502, %v479 fastmath<contract> : f32
                %v504 = arith.mulf %v55, %v464 fastmath<contract> : f32
                %v505 = arith.addf %v504, %v55 fastmath<contract> : f32
                %v506 = arith.mulf %v56, %v460 fastmath<contract> : f32
                %v507 = arith.addf %v505, %v506 fastmath<contract> : f32
                %v508 = arith.subi %v171, %v308 : i64
                %v509 = arith.trunci %v508 : i64 to i32
                %v510 = arith.subi %size_L, %v1 : i64
                %v511 = arith.addi %v169, %v308 : i64
                %v512 = arith.subi %v510, %v511 : i64
                %v514 = arith.minsi %v512, %v513 : i64
                %v515 = arith.trunci %v514 : i64 to i32
                %v516 = arith.addi %v308, %v114 : i64
                %v518 = arith.cmpi slt, %v517, %v509 : i32
                %v519 = arith.cmpi eq, %v517, %v515 : i32
                %v520 = arith.addi %v169, %v516 : i64
                %v521 = llvm.load %v40 : !llvm.ptr -> f32
                %v522 = llvm.load %v41 : !llvm.ptr -> f32
                %v523 = llvm.load %v42 : !llvm.ptr -> f32
                %v524 = llvm.load %v43 : !llvm.ptr -> f32
                %v525 = arith.muli %v34, %v245 : i64
                %v526 = arith.muli %v32, %size_L : i64
                %v527 = arith.addi %v525, %v526 : i64
                %v528 = arith.addi %v527, %v520 : i64
                %v529 = llvm.getelementptr %dy_y[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                %v531 = arith.muli %v34, %v245 : i64
                %v532 = arith.muli %v32, %size_L : i64
                %v533 = arith.addi %v531, %v532 : i64
                %v534 = arith.addi %v533, %v520 : i64
                %v535 = llvm.getelementptr %in_phi1[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v536 = llvm.load %v535 : !llvm.ptr -> f32
                %v537 = arith.muli %v34, %v245 : i64
                %v538 = arith.muli %v32, %size_L : i64
                %v539 = arith.addi %v537, %v538 : i64
                %v540 = arith.addi %v539, %v520 : i64
                %v541 = llvm.getelementptr %dy_forecast[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v542 = llvm.load %v541 : !llvm.ptr -> f32
                %v543 = arith.mulf %v536, %v542 fastmath<contract> : f32
                %v544 = arith.addf %v530, %v543 fastmath<contract> : f32
                %v545 = llvm.load %v44 : !llvm.ptr -> f32
                %v546 = arith.mulf %v545, %v521 fastmath<contract> : f32
                %v547 = arith.addf %v544, %v546 fastmath<contract> : f32
                %v548 = llvm.load %v48 : !llvm.ptr -> f32
                %v549 = arith.mulf %v548, %v522 fastmath<contract> : f32
                %v550 = arith.addf %v549, %v547 fastmath<contract> : f32
                %v551 = arith.muli %v34, %v245 : i64
                %v552 = arith.muli %v32, %size_L : i64
                %v553 = arith.addi %v551, %v552 : i64
                %v554 = arith.addi %v553, %v520 : i64
                %v555 = llvm.getelementptr %in_phi2[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v556 = llvm.load %v555 : !llvm.ptr -> f32
                %v557 = arith.mulf %v556, %v542 fastmath<contract> : f32
                %v558 = llvm.load %v45 : !llvm.ptr -> f32
                %v559 = arith.mulf %v558, %v522 fastmath<contract> : f32
                %v560 = arith.addf %v557, %v559 fastmath<contract> : f32
                %v561 = llvm.load %v49 : !llvm.ptr -> f32
                %v562 = arith.mulf %v561, %v521 fastmath<contract> : f32
                %v563 = arith.addf %v562, %v560 fastmath<contract> : f32
                %v564 = llvm.load %v46 : !llvm.ptr -> f32
                %v565 = arith.mulf %v564, %v523 fastmath<contract> : f32
                %v566 = arith.addf %v55, %v565 fastmath<contract> : f32
                %v567 = llvm.load %v50 : !llvm.ptr -> f32
                %v568 = llvm.load %v51 : !llvm.ptr -> f32
                %v569 = arith.mulf %v567, %v521 fastmath<contract> : f32
                %v570 = arith.addf %v569, %v566 fastmath<contract> : f32
                %v571 = arith.mulf %v568, %v524 fastmath<contract> : f32
                %v572 = arith.addf %v571, %v570 fastmath<contract> : f32
                %v573 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v574 = llvm.load %v573 : !llvm.ptr -> f32
                %v575 = arith.mulf %v574, %v542 fastmath<contract> : f32
                %v576 = llvm.load %v47 : !llvm.ptr -> f32
                %v577 = arith.mulf %v576, %v524 fastmath<contract> : f32
                %v578 = arith.addf %v575, %v577 fastmath<contract> : f32
                %v579 = llvm.load %v52 : !llvm.ptr -> f32
                %v580 = arith.mulf %v579, %v521 fastmath<contract> : f32
                %v581 = arith.addf %v580, %v578 fastmath<contract> : f32
                llvm.store %v550, %v40 : f32, !llvm.ptr
                llvm.store %v563, %v41 : f32, !llvm.ptr
                llvm.store %v572, %v42 : f32, !llvm.ptr
                llvm.store %v581, %v43 : f32, !llvm.ptr
                scf.if %v519 {
                }
                %v582 = llvm.load %v40 : !llvm.ptr -> f32
                %v583 = llvm.load %v42 : !llvm.ptr -> f32
                %v584 = arith.addf %v582, %v583 fastmath<contract> : f32
                %v585 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v586 = llvm.load %v585 : !llvm.ptr -> f32
                %v587 = arith.mulf %v586, %v542 fastmath<contract> : f32
                %v588 = arith.addf %v584, %v587 fastmath<contract> : f32
                scf.if %v29 {
                  %v589 = arith.muli %v34, %v245 : i64
                  %v590 = arith.muli %v32, %size_L : i64
                  %v591 = arith.addi %v589, %v590 : i64
                  %v592 = arith.addi %v591, %v520 : i64
                  %v593 = llvm.getelementptr %dx_e[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v588, %v593 : f32, !llvm.ptr
                }
                %v594 = arith.mulf %v454, %v582 fastmath<contract> : f32
                %v595 = arith.mulf %v497, %v542 fastmath<contract> : f32
                %v596 = arith.addf %v594, %v595 fastmath<contract> : f32
                scf.if %v29 {
                  %v597 = arith.muli %v34, %v245 : i64
                  %v598 = arith.muli %v32, %size_L : i64
                  %v599 = arith.addi %v597, %v598 : i64
                  %v600 = arith.addi %v599, %v520 : i64
                  %v601 = llvm.getelementptr %dx_phi1[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v596, %v601 : f32, !llvm.ptr
                }
                %v602 = arith.mulf %v458, %v582 fastmath<contract> : f32
                %v603 = arith.mulf %v501, %v542 fastmath<contract> : f32
                %v604 = arith.addf %v602, %v603 fastmath<contract> : f32
                scf.if %v29 {
                  %v605 = arith.muli %v34, %v245 : i64
                  %v606 = arith.muli %v32, %size_L : i64
                  %v607 = arith.addi %v605, %v606 : i64
                  %v608 = arith.addi %v607, %v520 : i64
                  %v609 = llvm.getelementptr %dx_phi2[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v604, %v609 : f32, !llvm.ptr
                }
                %v610 = arith.mulf %v460, %v582 fastmath<contract> : f32
                %v611 = arith.muli %v34, %v245 : i64
                %v612 = arith.muli %v32, %size_L : i64
                %v613 = arith.addi %v611, %v612 : i64
                %v614 = arith.addi %v613, %v520 : i64
                %v615 = llvm.getelementptr %in_e[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v616 = llvm.load %v615 : !llvm.ptr -> f32
                %v617 = arith.mulf %v616, %v542 fastmath<contract> : f32
                %v618 = arith.addf %v610, %v617 fastmath<contract> : f32
                %v619 = llvm.load %v53 : !llvm.ptr -> f32
                %v620 = arith.addf %v619, %v618 fastmath<contract> : f32
                llvm.store %v620, %v53 : f32, !llvm.ptr
                %v621 = arith.mulf %v464, %v582 fastmath<contract> : f32
                %v622 = arith.mulf %v507, %v542 fastmath<contract> : f32
                %v623 = arith.addf %v621, %v622 fastmath<contract> : f32
                %v624 = llvm.load %v54 : !llvm.ptr -> f32
                %v625 = arith.addf %v624, %v623 fastmath<contract> : f32
                llvm.store %v625, %v54 : f32, !llvm.ptr
                llvm.store %v536, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v556, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v586, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v574, %v52 : f32, !llvm.ptr
                %v626 = arith.addi %v308, %v71 : i64
                %v628 = arith.cmpi slt, %v627, %v509 : i32
                %v629 = arith.cmpi eq, %v627, %v515 : i32
                %v630 = arith.addi %v169, %v626 : i64
                %v631 = llvm.load %v40 : !llvm.ptr -> f32
                %v632 = llvm.load %v41 : !llvm.ptr -> f32
                %v633 = llvm.load %v42 : !llvm.ptr -> f32
                %v634 = llvm.load %v43 : !llvm.ptr -> f32
                %v635 = arith.muli %v34, %v245 : i64
                %v636 = arith.muli %v32, %size_L : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = arith.addi %v637, %v630 : i64
                %v639 = llvm.getelementptr %dy_y[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v640 = llvm.load %v639 : !llvm.ptr -> f32
                %v641 = arith.muli %v34, %v245 : i64
                %v642 = arith.muli %v32, %size_L : i64
                %v643 = arith.addi %v641, %v642 : i64
                %v644 = arith.addi %v643, %v630 : i64
                %v645 = llvm.getelementptr %in_phi1[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v646 = llvm.load %v645 : !llvm.ptr -> f32
                %v647 = arith.muli %v34, %v245 : i64
                %v648 = arith.muli %v32, %size_L : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = arith.addi %v649, %v630 : i64
                %v651 = llvm.getelementptr %dy_forecast[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v652 = llvm.load %v651 : !llvm.ptr -> f32
                %v653 = arith.mulf %v646, %v652 fastmath<contract> : f32
                %v654 = arith.addf %v640, %v653 fastmath<contract> : f32
                %v655 = llvm.load %v44 : !llvm.ptr -> f32
                %v656 = arith.mulf %v655, %v631 fastmath<contract> : f32
                %v657 = arith.addf %v654, %v656 fastmath<contract> : f32
                %v658 = llvm.load %v48 : !llvm.ptr -> f32
                %v659 = arith.mulf %v658, %v632 fastmath<contract> : f32
                %v660 = arith.addf %v659, %v657 fastmath<contract> : f32
                %v661 = arith.muli %v34, %v245 : i64
                %v662 = arith.muli %v32, %size_L : i64
                %v663 = arith.addi %v661, %v662 : i64
                %v664 = arith.addi %v663, %v630 : i64
                %v665 = llvm.getelementptr %in_phi2[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v666 = llvm.load %v665 : !llvm.ptr -> f32
                %v667 = arith.mulf %v666, %v652 fastmath<contract> : f32
                %v668 = llvm.load %v45 : !llvm.ptr -> f32
                %v669 = arith.mulf %v668, %v632 fastmath<contract> : f32
                %v670 = arith.addf %v667, %v669 fastmath<contract> : f32
                %v671 = llvm.load %v49 : !llvm.ptr -> f32
                %v672 = arith.mulf %v671, %v631 fastmath<contract> : f32
                %v673 = arith.addf %v672, %v670 fastmath<contract> : f32
                %v674 = llvm.load %v46 : !llvm.ptr -> f32
                %v675 = arith.mulf %v674, %v633 fastmath<contract> : f32
                %v676 = arith.addf %v55, %v675 fastmath<contract> : f32
                %v677 = llvm.load %v50 : !llvm.ptr -> f32
                %v678 = llvm.load %v51 : !llvm.ptr -> f32
                %v679 = arith.mulf %v677, %v631 fastmath<contract> : f32
                %v680 = arith.addf %v679, %v676 fastmath<contract> : f32
                %v681 = arith.mulf %v678, %v634 fastmath<contract> : f32
                %v682 = arith.addf %v681, %v680 fastmath<contract> : f32
                %v683 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v684 = llvm.load %v683 : !llvm.ptr -> f32
                %v685 = arith.mulf %v684, %v652 fastmath<contract> : f32
                %v686 = llvm.load %v47 : !llvm.ptr -> f32
                %v687 = arith.mulf %v686, %v634 fastmath<contract> : f32
                %v688 = arith.addf %v685, %v687 fastmath<contract> : f32
                %v689 = llvm.load %v52 : !llvm.ptr -> f32
                %v690 = arith.mulf %v689, %v631 fastmath<contract> : f32
                %v691 = arith.addf %v690, %v688 fastmath<contract> : f32
                llvm.store %v660, %v40 : f32, !llvm.ptr
                llvm.store %v673, %v41 : f32, !llvm.ptr
                llvm.store %v682, %v42 : f32, !llvm.ptr
                llvm.store %v691, %v43 : f32, !llvm.ptr
                scf.if %v629 {
                }
                %v692 = llvm.load %v40 : !llvm.ptr -> f32
                %v693 = llvm.load %v42 : !llvm.ptr -> f32
                %v694 = arith.addf %v692, %v693 fastmath<contract> : f32
                %v695 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v696 = llvm.load %v695 : !llvm.ptr -> f32
                %v697 = arith.mulf %v696, %v652 fastmath<contract> : f32
                %v698 = arith.addf %v694, %v697 fastmath<contract> : f32
                scf.if %v29 {
                  %v699 = arith.muli %v34, %v245 : i64
                  %v700 = arith.muli %v32, %size_L : i64
                  %v701 = arith.addi %v699, %v700 : i64
                  %v702 = arith.addi %v701, %v630 : i64
                  %v703 = llvm.getelementptr %dx_e[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v698, %v703 : f32, !llvm.ptr
                }
                %v704 = arith.mulf %v411, %v692 fastmath<contract> : f32
                %v705 = arith.mulf %v454, %v652 fastmath<contract> : f32
                %v706 = arith.addf %v704, %v705 fastmath<contract> : f32
                scf.if %v29 {
                  %v707 = arith.muli %v34, %v245 : i64
                  %v708 = arith.muli %v32, %size_L : i64
                  %v709 = arith.addi %v707, %v708 : i64
                  %v710 = arith.addi %v709, %v630 : i64
                  %v711 = llvm.getelementptr %dx_phi1[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v706, %v711 : f32, !llvm.ptr
                }
                %v712 = arith.mulf %v415, %v692 fastmath<contract> : f32
                %v713 = arith.mulf %v458, %v652 fastmath<contract> : f32
                %v714 = arith.addf %v712, %v713 fastmath<contract> : f32
                scf.if %v29 {
                  %v715 = arith.muli %v34, %v245 : i64
                  %v716 = arith.muli %v32, %size_L : i64
                  %v717 = arith.addi %v715, %v716 : i64
                  %v718 = arith.addi %v717, %v630 : i64
                  %v719 = llvm.getelementptr %dx_phi2[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v714, %v719 : f32, !llvm.ptr
                }
                %v720 = arith.mulf %v417, %v692 fastmath<contract> : f32
                %v721 = arith.muli %v34, %v245 : i64
                %v722 = arith.muli %v32, %size_L : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = arith.addi %v723, %v630 : i64
                %v725 = llvm.getelementptr %in_e[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v726 = llvm.load %v725 : !llvm.ptr -> f32
                %v727 = arith.mulf %v726, %v652 fastmath<contract> : f32
                %v728 = arith.addf %v720, %v727 fastmath<contract> : f32
                %v729 = llvm.load %v53 : !llvm.ptr -> f32
                %v730 = arith.addf %v729, %v728 fastmath<contract> : f32
                llvm.store %v730, %v53 : f32, !llvm.ptr
                %v731 = arith.mulf %v421, %v692 fastmath<contract> : f32
                %v732 = arith.mulf %v464, %v652 fastmath<contract> : f32
                %v733 = arith.addf %v731, %v732 fastmath<contract> : f32
                %v734 = llvm.load %v54 : !llvm.ptr -> f32
                %v735 = arith.addf %v734, %v733 fastmath<contract> : f32
                llvm.store %v735, %v54 : f32, !llvm.ptr
                llvm.store %v646, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v666, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v696, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v684, %v52 : f32, !llvm.ptr
                %v736 = arith.addi %v308, %v1 : i64
                %v738 = arith.cmpi slt, %v737, %v509 : i32
                %v739 = arith.cmpi eq, %v737, %v515 : i32
                %v740 = arith.addi %v169, %v736 : i64
                %v741 = llvm.load %v40 : !llvm.ptr -> f32
                %v742 = llvm.load %v41 : !llvm.ptr -> f32
                %v743 = llvm.load %v42 : !llvm.ptr -> f32
                %v744 = llvm.load %v43 : !llvm.ptr -> f32
                %v745 = arith.muli %v34, %v245 : i64
                %v746 = arith.muli %v32, %size_L : i64
                %v747 = arith.addi %v745, %v746 : i64
                %v748 = arith.addi %v747, %v740 : i64
                %v749 = llvm.getelementptr %dy_y[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v750 = llvm.load %v749 : !llvm.ptr -> f32
                %v751 = arith.muli %v34, %v245 : i64
                %v752 = arith.muli %v32, %size_L : i64
                %v753 = arith.addi %v751, %v752 : i64
                %v754 = arith.addi %v753, %v740 : i64
                %v755 = llvm.getelementptr %in_phi1[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v756 = llvm.load %v755 : !llvm.ptr -> f32
                %v757 = arith.muli %v34, %v245 : i64
                %v758 = arith.muli %v32, %size_L : i64
                %v759 = arith.addi %v757, %v758 : i64
                %v760 = arith.addi %v759, %v740 : i64
                %v761 = llvm.getelementptr %dy_forecast[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v762 = llvm.load %v761 : !llvm.ptr -> f32
                %v763 = arith.mulf %v756, %v762 fastmath<contract> : f32
                %v764 = arith.addf %v750, %v763 fastmath<contract> : f32
                %v765 = llvm.load %v44 : !llvm.ptr -> f32
                %v766 = arith.mulf %v765, %v741 fastmath<contract> : f32
                %v767 = arith.addf %v764, %v766 fastmath<contract> : f32
                %v768 = llvm.load %v48 : !llvm.ptr -> f32
                %v769 = arith.mulf %v768, %v742 fastmath<contract> : f32
                %v770 = arith.addf %v769, %v767 fastmath<contract> : f32
                %v771 = arith.muli %v34, %v245 : i64
                %v772 = arith.muli %v32, %size_L : i64
                %v773 = arith.addi %v771, %v772 : i64
                %v774 = arith.addi %v773, %v740 : i64
                %v775 = llvm.getelementptr %in_phi2[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v776 = llvm.load %v775 : !llvm.ptr -> f32
                %v777 = arith.mulf %v776, %v762 fastmath<contract> : f32
                %v778 = llvm.load %v45 : !llvm.ptr -> f32
                %v779 = arith.mulf %v778, %v742 fastmath<contract> : f32
                %v780 = arith.addf %v777, %v779 fastmath<contract> : f32
                %v781 = llvm.load %v49 : !llvm.ptr -> f32
                %v782 = arith.mulf %v781, %v741 fastmath<contract> : f32
                %v783 = arith.addf %v782, %v780 fastmath<contract> : f32
                %v784 = llvm.load %v46 : !llvm.ptr -> f32
                %v785 = arith.mulf %v784, %v743 fastmath<contract> : f32
                %v786 = arith.addf %v55, %v785 fastmath<contract> : f32
                %v787 = llvm.load %v50 : !llvm.ptr -> f32
                %v788 = llvm.load %v51 : !llvm.ptr -> f32
                %v789 = arith.mulf %v787, %v741 fastmath<contract> : f32
                %v790 = arith.addf %v789, %v786 fastmath<contract> : f32
                %v791 = arith.mulf %v788, %v744 fastmath<contract> : f32
                %v792 = arith.addf %v791, %v790 fastmath<contract> : f32
                %v793 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v794 = llvm.load %v793 : !llvm.ptr -> f32
                %v795 = arith.mulf %v794, %v762 fastmath<contract> : f32
                %v796 = llvm.load %v47 : !llvm.ptr -> f32
                %v797 = arith.mulf %v796, %v744 fastmath<contract> : f32
                %v798 = arith.addf %v795, %v797 fastmath<contract> : f32
                %v799 = llvm.load %v52 : !llvm.ptr -> f32
                %v800 = arith.mulf %v799, %v741 fastmath<contract> : f32
                %v801 = arith.addf %v800, %v798 fastmath<contract> : f32
                llvm.store %v770, %v40 : f32, !llvm.ptr
                llvm.store %v783, %v41 : f32, !llvm.ptr
                llvm.store %v792, %v42 : f32, !llvm.ptr
                llvm.store %v801, %v43 : f32, !llvm.ptr
                scf.if %v739 {
                }
                %v802 = llvm.load %v40 : !llvm.ptr -> f32
                %v803 = llvm.load %v42 : !llvm.ptr -> f32
                %v804 = arith.addf %v802, %v803 fastmath<contract> : f32
                %v805 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v806 = llvm.load %v805 : !llvm.ptr -> f32
                %v807 = arith.mulf %v806, %v762 fastmath<contract> : f32
                %v808 = arith.addf %v804, %v807 fastmath<contract> : f32
                scf.if %v29 {
                  %v809 = arith.muli %v34, %v245 : i64
                  %v810 = arith.muli %v32, %size_L : i64
                  %v811 = arith.addi %v809, %v810 : i64
                  %v812 = arith.addi %v811, %v740 : i64
                  %v813 = llvm.getelementptr %dx_e[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v808, %v813 : f32, !llvm.ptr
                }
                %v814 = arith.mulf %v368, %v802 fastmath<contract> : f32
                %v815 = arith.mulf %v411, %v762 fastmath<contract> : f32
                %v816 = arith.addf %v814, %v815 fastmath<contract> : f32
                scf.if %v29 {
                  %v817 = arith.muli %v34, %v245 : i64
                  %v818 = arith.muli %v32, %size_L : i64
                  %v819 = arith.addi %v817, %v818 : i64
                  %v820 = arith.addi %v819, %v740 : i64
                  %v821 = llvm.getelementptr %dx_phi1[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v816, %v821 : f32, !llvm.ptr
                }
                %v822 = arith.mulf %v372, %v802 fastmath<contract> : f32
                %v823 = arith.mulf %v415, %v762 fastmath<contract> : f32
                %v824 = arith.addf %v822, %v823 fastmath<contract> : f32
                scf.if %v29 {
                  %v825 = arith.muli %v34, %v245 : i64
                  %v826 = arith.muli %v32, %size_L : i64
                  %v827 = arith.addi %v825, %v826 : i64
                  %v828 = arith.addi %v827, %v740 : i64
                  %v829 = llvm.getelementptr %dx_phi2[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v824, %v829 : f32, !llvm.ptr
                }
                %v830 = arith.mulf %v374, %v802 fastmath<contract> : f32
                %v831 = arith.muli %v34, %v245 : i64
                %v832 = arith.muli %v32, %size_L : i64
                %v833 = arith.addi %v831, %v832 : i64
                %v834 = arith.addi %v833, %v740 : i64
                %v835 = llvm.getelementptr %in_e[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v836 = llvm.load %v835 : !llvm.ptr -> f32
                %v837 = arith.mulf %v836, %v762 fastmath<contract> : f32
                %v838 = arith.addf %v830, %v837 fastmath<contract> : f32
                %v839 = llvm.load %v53 : !llvm.ptr -> f32
                %v840 = arith.addf %v839, %v838 fastmath<contract> : f32
                llvm.store %v840, %v53 : f32, !llvm.ptr
                %v841 = arith.mulf %v378, %v802 fastmath<contract> : f32
                %v842 = arith.mulf %v421, %v762 fastmath<contract> : f32
                %v843 = arith.addf %v841, %v842 fastmath<contract> : f32
                %v844 = llvm.load %v54 : !llvm.ptr -> f32
                %v845 = arith.addf %v844, %v843 fastmath<contract> : f32
                llvm.store %v845, %v54 : f32, !llvm.ptr
                llvm.store %v756, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v776, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v806, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v794, %v52 : f32, !llvm.ptr
                %v847 = arith.cmpi slt, %v846, %v509 : i32
                %v848 = arith.cmpi eq, %v846, %v515 : i32
                %v849 = arith.addi %v169, %v308 : i64
                %v850 = llvm.load %v40 : !llvm.ptr -> f32
                %v851 = llvm.load %v41 : !llvm.ptr -> f32
                %v852 = llvm.load %v42 : !llvm.ptr -> f32
                %v853 = llvm.load %v43 : !llvm.ptr -> f32
                %v854 = arith.muli %v34, %v245 : i64
                %v855 = arith.muli %v32, %size_L : i64
                %v856 = arith.addi %v854, %v855 : i64
                %v857 = arith.addi %v856, %v849 : i64
                %v858 = llvm.getelementptr %dy_y[%v857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v859 = llvm.load %v858 : !llvm.ptr -> f32
                %v860 = arith.muli %v34, %v245 : i64
                %v861 = arith.muli %v32, %size_L : i64
                %v862 = arith.addi %v860, %v861 : i64
                %v863 = arith.addi %v862, %v849 : i64
                %v864 = llvm.getelementptr %in_phi1[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v865 = llvm.load %v864 : !llvm.ptr -> f32
                %v866 = arith.muli %v34, %v245 : i64
                %v867 = arith.muli %v32, %size_L : i64
                %v868 = arith.addi %v866, %v867 : i64
                %v869 = arith.addi %v868, %v849 : i64
                %v870 = llvm.getelementptr %dy_forecast[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v871 = llvm.load %v870 : !llvm.ptr -> f32
                %v872 = arith.mulf %v865, %v871 fastmath<contract> : f32
                %v873 = arith.addf %v859, %v872 fastmath<contract> : f32
                %v874 = llvm.load %v44 : !llvm.ptr -> f32
                %v875 = arith.mulf %v874, %v850 fastmath<contract> : f32
                %v876 = arith.addf %v873, %v875 fastmath<contract> : f32
                %v877 = llvm.load %v48 : !llvm.ptr -> f32
                %v878 = arith.mulf %v877, %v851 fastmath<contract> : f32
                %v879 = arith.addf %v878, %v876 fastmath<contract> : f32
                %v880 = arith.muli %v34, %v245 : i64
                %v881 = arith.muli %v32, %size_L : i64
                %v882 = arith.addi %v880, %v881 : i64
                %v883 = arith.addi %v882, %v849 : i64
                %v884 = llvm.getelementptr %in_phi2[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v885 = llvm.load %v884 : !llvm.ptr -> f32
                %v886 = arith.mulf %v885, %v871 fastmath<contract> : f32
                %v887 = llvm.load %v45 : !llvm.ptr -> f32
                %v888 = arith.mulf %v887, %v851 fastmath<contract> : f32
                %v889 = arith.addf %v886, %v888 fastmath<contract> : f32
                %v890 = llvm.load %v49 : !llvm.ptr -> f32
                %v891 = arith.mulf %v890, %v850 fastmath<contract> : f32
                %v892 = arith.addf %v891, %v889 fastmath<contract> : f32
                %v893 = llvm.load %v46 : !llvm.ptr -> f32
                %v894 = arith.mulf %v893, %v852 fastmath<contract> : f32
                %v895 = arith.addf %v55, %v894 fastmath<contract> : f32
                %v896 = llvm.load %v50 : !llvm.ptr -> f32
                %v897 = llvm.load %v51 : !llvm.ptr -> f32
                %v898 = arith.mulf %v896, %v850 fastmath<contract> : f32
                %v899 = arith.addf %v898, %v895 fastmath<contract> : f32
                %v900 = arith.mulf %v897, %v853 fastmath<contract> : f32
                %v901 = arith.addf %v900, %v899 fastmath<contract> : f32
                %v902 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v903 = llvm.load %v902 : !llvm.ptr -> f32
                %v904 = arith.mulf %v903, %v871 fastmath<contract> : f32
                %v905 = llvm.load %v47 : !llvm.ptr -> f32
                %v906 = arith.mulf %v905, %v853 fastmath<contract> : f32
                %v907 = arith.addf %v904, %v906 fastmath<contract> : f32
                %v908 = llvm.load %v52 : !llvm.ptr -> f32
                %v909 = arith.mulf %v908, %v850 fastmath<contract> : f32
                %v910 = arith.addf %v909, %v907 fastmath<contract> : f32
                llvm.store %v879, %v40 : f32, !llvm.ptr
                llvm.store %v892, %v41 : f32, !llvm.ptr
                llvm.store %v901, %v42 : f32, !llvm.ptr
                llvm.store %v910, %v43 : f32, !llvm.ptr
                scf.if %v848 {
                }
                %v911 = llvm.load %v40 : !llvm.ptr -> f32
                %v912 = llvm.load %v42 : !llvm.ptr -> f32
                %v913 = arith.addf %v911, %v912 fastmath<contract> : f32
                %v914 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v915 = llvm.load %v914 : !llvm.ptr -> f32
                %v916 = arith.mulf %v915, %v871 fastmath<contract> : f32
                %v917 = arith.addf %v913, %v916 fastmath<contract> : f32
                scf.if %v29 {
                  %v918 = arith.muli %v34, %v245 : i64
                  %v919 = arith.muli %v32, %size_L : i64
                  %v920 = arith.addi %v918, %v919 : i64
                  %v921 = arith.addi %v920, %v849 : i64
                  %v922 = llvm.getelementptr %dx_e[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v917, %v922 : f32, !llvm.ptr
                }
                %v923 = arith.mulf %v318, %v911 fastmath<contract> : f32
                %v924 = arith.mulf %v368, %v871 fastmath<contract> : f32
                %v925 = arith.addf %v923, %v924 fastmath<contract> : f32
                scf.if %v29 {
                  %v926 = arith.muli %v34, %v245 : i64
                  %v927 = arith.muli %v32, %size_L : i64
                  %v928 = arith.addi %v926, %v927 : i64
                  %v929 = arith.addi %v928, %v849 : i64
                  %v930 = llvm.getelementptr %dx_phi1[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v925, %v930 : f32, !llvm.ptr
                }
                %v931 = arith.mulf %v324, %v911 fastmath<contract> : f32
                %v932 = arith.mulf %v372, %v871 fastmath<contract> : f32
                %v933 = arith.addf %v931, %v932 fastmath<contract> : f32
                scf.if %v29 {
                  %v934 = arith.muli %v34, %v245 : i64
                  %v935 = arith.muli %v32, %size_L : i64
                  %v936 = arith.addi %v934, %v935 : i64
                  %v937 = arith.addi %v936, %v849 : i64
                  %v938 = llvm.getelementptr %dx_phi2[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v933, %v938 : f32, !llvm.ptr
                }
                %v939 = arith.mulf %v330, %v911 fastmath<contract> : f32
                %v940 = arith.muli %v34, %v245 : i64
                %v941 = arith.muli %v32, %size_L : i64
                %v942 = arith.addi %v940, %v941 : i64
                %v943 = arith.addi %v942, %v849 : i64
                %v944 = llvm.getelementptr %in_e[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v945 = llvm.load %v944 : !llvm.ptr -> f32
                %v946 = arith.mulf %v945, %v871 fastmath<contract> : f32
                %v947 = arith.addf %v939, %v946 fastmath<contract> : f32
                %v948 = llvm.load %v53 : !llvm.ptr -> f32
                %v949 = arith.addf %v948, %v947 fastmath<contract> : f32
                llvm.store %v949, %v53 : f32, !llvm.ptr
                %v950 = arith.mulf %v336, %v911 fastmath<contract> : f32
                %v951 = arith.mulf %v378, %v871 fastmath<contract> : f32
                %v952 = arith.addf %v950, %v951 fastmath<contract> : f32
                %v953 = llvm.load %v54 : !llvm.ptr -> f32
                %v954 = arith.addf %v953, %v952 fastmath<contract> : f32
                llvm.store %v954, %v54 : f32, !llvm.ptr
                llvm.store %v865, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v885, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v915, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v903, %v52 : f32, !llvm.ptr
              } else {
                %v955 = arith.subi %v171, %v1 : i64
                %v956 = arith.muli %v309, %v2 : i64
                %v957 = arith.subi %v2, %v1 : i64
                %v958 = arith.minsi %v28, %v957 : i64
                %v959 = arith.addi %v956, %v958 : i64
                %v960 = llvm.getelementptr %scratch_h[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v961 = llvm.load %v960 : !llvm.ptr -> f32
                %v962 = arith.muli %v309, %v2 : i64
                %v963 = arith.subi %v2, %v1 : i64
                %v964 = arith.minsi %v28, %v963 : i64
                %v965 = arith.addi %v962, %v964 : i64
                %v966 = llvm.getelementptr %scratch_h_lag1[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v967 = llvm.load %v966 : !llvm.ptr -> f32
                %v968 = arith.muli %v309, %v2 : i64
                %v969 = arith.subi %v2, %v1 : i64
                %v970 = arith.minsi %v28, %v969 : i64
                %v971 = arith.addi %v968, %v970 : i64
                %v972 = llvm.getelementptr %scratch_e_lag1[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v973 = llvm.load %v972 : !llvm.ptr -> f32
                %v974 = arith.muli %v309, %v2 : i64
                %v975 = arith.subi %v2, %v1 : i64
                %v976 = arith.minsi %v28, %v975 : i64
                %v977 = arith.addi %v974, %v976 : i64
                %v978 = llvm.getelementptr %scratch_e_lag2[%v977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v979 = llvm.load %v978 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v980 = arith.minsi %v308, %v955 : i64
                %v981 = arith.addi %v169, %v980 : i64
                %v982 = arith.muli %v34, %v245 : i64
                %v983 = arith.muli %v32, %size_L : i64
                %v984 = arith.addi %v982, %v983 : i64
                %v985 = arith.addi %v984, %v981 : i64
                %v986 = llvm.getelementptr %in_phi1[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v987 = llvm.load %v986 : !llvm.ptr -> f32
                %v988 = arith.muli %v34, %v245 : i64
                %v989 = arith.muli %v32, %size_L : i64
                %v990 = arith.addi %v988, %v989 : i64
                %v991 = arith.addi %v990, %v981 : i64
                %v992 = llvm.getelementptr %in_e[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v993 = llvm.load %v992 : !llvm.ptr -> f32
                %v994 = arith.mulf %v987, %v961 fastmath<contract> : f32
                %v995 = arith.addf %v994, %v993 fastmath<contract> : f32
                %v996 = arith.muli %v34, %v245 : i64
                %v997 = arith.muli %v32, %size_L : i64
                %v998 = arith.addi %v996, %v997 : i64
                %v999 = arith.addi %v998, %v981 : i64
                %v1000 = llvm.getelementptr %in_phi2[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1001 = llvm.load %v1000 : !llvm.ptr -> f32
                %v1002 = arith.mulf %v1001, %v967 fastmath<contract> : f32
                %v1003 = arith.addf %v995, %v1002 fastmath<contract> : f32
                %v1004 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1005 = llvm.load %v1004 : !llvm.ptr -> f32
                %v1006 = arith.mulf %v1005, %v973 fastmath<contract> : f32
                %v1007 = arith.addf %v1003, %v1006 fastmath<contract> : f32
                %v1008 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1009 = llvm.load %v1008 : !llvm.ptr -> f32
                %v1010 = arith.mulf %v1009, %v979 fastmath<contract> : f32
                %v1011 = arith.addf %v1007, %v1010 fastmath<contract> : f32
                %v1012 = arith.mulf %v55, %v967 fastmath<contract> : f32
                %v1013 = arith.addf %v1012, %v55 fastmath<contract> : f32
                %v1014 = arith.mulf %v56, %v961 fastmath<contract> : f32
                %v1015 = arith.addf %v1013, %v1014 fastmath<contract> : f32
                %v1016 = arith.mulf %v55, %v973 fastmath<contract> : f32
                %v1017 = arith.addf %v1016, %v993 fastmath<contract> : f32
                %v1018 = arith.mulf %v55, %v979 fastmath<contract> : f32
                %v1019 = arith.addf %v1018, %v55 fastmath<contract> : f32
                %v1020 = arith.mulf %v56, %v973 fastmath<contract> : f32
                %v1021 = arith.addf %v1019, %v1020 fastmath<contract> : f32
                %v1022 = arith.addi %v308, %v1 : i64
                %v1023 = arith.minsi %v1022, %v955 : i64
                %v1024 = arith.addi %v169, %v1023 : i64
                %v1025 = arith.muli %v34, %v245 : i64
                %v1026 = arith.muli %v32, %size_L : i64
                %v1027 = arith.addi %v1025, %v1026 : i64
                %v1028 = arith.addi %v1027, %v1024 : i64
                %v1029 = llvm.getelementptr %in_phi1[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1030 = llvm.load %v1029 : !llvm.ptr -> f32
                %v1031 = arith.muli %v34, %v245 : i64
                %v1032 = arith.muli %v32, %size_L : i64
                %v1033 = arith.addi %v1031, %v1032 : i64
                %v1034 = arith.addi %v1033, %v1024 : i64
                %v1035 = llvm.getelementptr %in_e[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
                %v1037 = arith.mulf %v1030, %v1011 fastmath<contract> : f32
                %v1038 = arith.addf %v1037, %v1036 fastmath<contract> : f32
                %v1039 = arith.muli %v34, %v245 : i64
                %v1040 = arith.muli %v32, %size_L : i64
                %v1041 = arith.addi %v1039, %v1040 : i64
                %v1042 = arith.addi %v1041, %v1024 : i64
                %v1043 = llvm.getelementptr %in_phi2[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1044 = llvm.load %v1043 : !llvm.ptr -> f32
                %v1045 = arith.mulf %v1044, %v1015 fastmath<contract> : f32
                %v1046 = arith.addf %v1038, %v1045 fastmath<contract> : f32
                %v1047 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
                %v1049 = arith.mulf %v1048, %v1017 fastmath<contract> : f32
                %v1050 = arith.addf %v1046, %v1049 fastmath<contract> : f32
                %v1051 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1052 = llvm.load %v1051 : !llvm.ptr -> f32
                %v1053 = arith.mulf %v1052, %v1021 fastmath<contract> : f32
                %v1054 = arith.addf %v1050, %v1053 fastmath<contract> : f32
                %v1055 = arith.mulf %v55, %v1015 fastmath<contract> : f32
                %v1056 = arith.addf %v1055, %v55 fastmath<contract> : f32
                %v1057 = arith.mulf %v56, %v1011 fastmath<contract> : f32
                %v1058 = arith.addf %v1056, %v1057 fastmath<contract> : f32
                %v1059 = arith.mulf %v55, %v1017 fastmath<contract> : f32
                %v1060 = arith.addf %v1059, %v1036 fastmath<contract> : f32
                %v1061 = arith.mulf %v55, %v1021 fastmath<contract> : f32
                %v1062 = arith.addf %v1061, %v55 fastmath<contract> : f32
                %v1063 = arith.mulf %v56, %v1017 fastmath<contract> : f32
                %v1064 = arith.addf %v1062, %v1063 fastmath<contract> : f32
                %v1065 = arith.addi %v308, %v71 : i64
                %v1066 = arith.minsi %v1065, %v955 : i64
                %v1067 = arith.addi %v169, %v1066 : i64
                %v1068 = arith.muli %v34, %v245 : i64
                %v1069 = arith.muli %v32, %size_L : i64
                %v1070 = arith.addi %v1068, %v1069 : i64
                %v1071 = arith.addi %v1070, %v1067 : i64
                %v1072 = llvm.getelementptr %in_phi1[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1073 = llvm.load %v1072 : !llvm.ptr -> f32
                %v1074 = arith.muli %v34, %v245 : i64
                %v1075 = arith.muli %v32, %size_L : i64
                %v1076 = arith.addi %v1074, %v1075 : i64
                %v1077 = arith.addi %v1076, %v1067 : i64
                %v1078 = llvm.getelementptr %in_e[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
                %v1080 = arith.mulf %v1073, %v1054 fastmath<contract> : f32
                %v1081 = arith.addf %v1080, %v1079 fastmath<contract> : f32
                %v1082 = arith.muli %v34, %v245 : i64
                %v1083 = arith.muli %v32, %size_L : i64
                %v1084 = arith.addi %v1082, %v1083 : i64
                %v1085 = arith.addi %v1084, %v1067 : i64
                %v1086 = llvm.getelementptr %in_phi2[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
                %v1088 = arith.mulf %v1087, %v1058 fastmath<contract> : f32
                %v1089 = arith.addf %v1081, %v1088 fastmath<contract> : f32
                %v1090 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
                %v1092 = arith.mulf %v1091, %v1060 fastmath<contract> : f32
                %v1093 = arith.addf %v1089, %v1092 fastmath<contract> : f32
                %v1094 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1095 = llvm.load %v1094 : !llvm.ptr -> f32
                %v1096 = arith.mulf %v1095, %v1064 fastmath<contract> : f32
                %v1097 = arith.addf %v1093, %v1096 fastmath<contract> : f32
                %v1098 = arith.mulf %v55, %v1058 fastmath<contract> : f32
                %v1099 = arith.addf %v1098, %v55 fastmath<contract> : f32
                %v1100 = arith.mulf %v56, %v1054 fastmath<contract> : f32
                %v1101 = arith.addf %v1099, %v1100 fastmath<contract> : f32
                %v1102 = arith.mulf %v55, %v1060 fastmath<contract> : f32
                %v1103 = arith.addf %v1102, %v1079 fastmath<contract> : f32
                %v1104 = arith.mulf %v55, %v1064 fastmath<contract> : f32
                %v1105 = arith.addf %v1104, %v55 fastmath<contract> : f32
                %v1106 = arith.mulf %v56, %v1060 fastmath<contract> : f32
                %v1107 = arith.addf %v1105, %v1106 fastmath<contract> : f32
                %v1108 = arith.addi %v308, %v114 : i64
                %v1109 = arith.minsi %v1108, %v955 : i64
                %v1110 = arith.addi %v169, %v1109 : i64
                %v1111 = arith.muli %v34, %v245 : i64
                %v1112 = arith.muli %v32, %size_L : i64
                %v1113 = arith.addi %v1111, %v1112 : i64
                %v1114 = arith.addi %v1113, %v1110 : i64
                %v1115 = llvm.getelementptr %in_phi1[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
                %v1117 = arith.muli %v34, %v245 : i64
                %v1118 = arith.muli %v32, %size_L : i64
                %v1119 = arith.addi %v1117, %v1118 : i64
                %v1120 = arith.addi %v1119, %v1110 : i64
                %v1121 = llvm.getelementptr %in_e[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                %v1123 = arith.mulf %v1116, %v1097 fastmath<contract> : f32
                %v1124 = arith.addf %v1123, %v1122 fastmath<contract> : f32
                %v1125 = arith.muli %v34, %v245 : i64
                %v1126 = arith.muli %v32, %size_L : i64
                %v1127 = arith.addi %v1125, %v1126 : i64
                %v1128 = arith.addi %v1127, %v1110 : i64
                %v1129 = llvm.getelementptr %in_phi2[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
                %v1131 = arith.mulf %v1130, %v1101 fastmath<contract> : f32
                %v1132 = arith.addf %v1124, %v1131 fastmath<contract> : f32
                %v1133 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
                %v1135 = arith.mulf %v1134, %v1103 fastmath<contract> : f32
                %v1136 = arith.addf %v1132, %v1135 fastmath<contract> : f32
                %v1137 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1138 = llvm.load %v1137 : !llvm.ptr -> f32
                %v1139 = arith.mulf %v1138, %v1107 fastmath<contract> : f32
                %v1140 = arith.addf %v1136, %v1139 fastmath<contract> : f32
                %v1141 = arith.mulf %v55, %v1101 fastmath<contract> : f32
                %v1142 = arith.addf %v1141, %v55 fastmath<contract> : f32
                %v1143 = arith.mulf %v56, %v1097 fastmath<contract> : f32
                %v1144 = arith.addf %v1142, %v1143 fastmath<contract> : f32
                %v1145 = arith.mulf %v55, %v1103 fastmath<contract> : f32
                %v1146 = arith.addf %v1145, %v1122 fastmath<contract> : f32
                %v1147 = arith.mulf %v55, %v1107 fastmath<contract> : f32
                %v1148 = arith.addf %v1147, %v55 fastmath<contract> : f32
                %v1149 = arith.mulf %v56, %v1103 fastmath<contract> : f32
                %v1150 = arith.addf %v1148, %v1149 fastmath<contract> : f32
                %v1151 = arith.subi %v171, %v308 : i64
                %v1152 = arith.trunci %v1151 : i64 to i32
                %v1153 = arith.subi %size_L, %v1 : i64
                %v1154 = arith.addi %v169, %v308 : i64
                %v1155 = arith.subi %v1153, %v1154 : i64
                %v1156 = arith.minsi %v1155, %v513 : i64
                %v1157 = arith.trunci %v1156 : i64 to i32
                %v1158 = arith.addi %v308, %v114 : i64
                %v1159 = arith.cmpi slt, %v517, %v1152 : i32
                %v1160 = arith.cmpi eq, %v517, %v1157 : i32
                scf.if %v1159 {
                  %v1161 = arith.addi %v169, %v1158 : i64
                  %v1162 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1163 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1164 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1165 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1166 = arith.muli %v34, %v245 : i64
                  %v1167 = arith.muli %v32, %size_L : i64
                  %v1168 = arith.addi %v1166, %v1167 : i64
                  %v1169 = arith.addi %v1168, %v1161 : i64
                  %v1170 = llvm.getelementptr %dy_y[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
                  %v1172 = arith.muli %v34, %v245 : i64
                  %v1173 = arith.muli %v32, %size_L : i64
                  %v1174 = arith.addi %v1172, %v1173 : i64
                  %v1175 = arith.addi %v1174, %v1161 : i64
                  %v1176 = llvm.getelementptr %in_phi1[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                  %v1178 = arith.muli %v34, %v245 : i64
                  %v1179 = arith.muli %v32, %size_L : i64
                  %v1180 = arith.addi %v1178, %v1179 : i64
                  %v1181 = arith.addi %v1180, %v1161 : i64
                  %v1182 = llvm.getelementptr %dy_forecast[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
                  %v1184 = arith.mulf %v1177, %v1183 fastmath<contract> : f32
                  %v1185 = arith.addf %v1171, %v1184 fastmath<contract> : f32
                  %v1186 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1187 = arith.mulf %v1186, %v1162 fastmath<contract> : f32
                  %v1188 = arith.addf %v1185, %v1187 fastmath<contract> : f32
                  %v1189 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1190 = arith.mulf %v1189, %v1163 fastmath<contract> : f32
                  %v1191 = arith.addf %v1190, %v1188 fastmath<contract> : f32
                  %v1192 = arith.muli %v34, %v245 : i64
                  %v1193 = arith.muli %v32, %size_L : i64
                  %v1194 = arith.addi %v1192, %v1193 : i64
                  %v1195 = arith.addi %v1194, %v1161 : i64
                  %v1196 = llvm.getelementptr %in_phi2[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1197 = llvm.load %v1196 : !llvm.ptr -> f32
                  %v1198 = arith.mulf %v1197, %v1183 fastmath<contract> : f32
                  %v1199 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1200 = arith.mulf %v1199, %v1163 fastmath<contract> : f32
                  %v1201 = arith.addf %v1198, %v1200 fastmath<contract> : f32
                  %v1202 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1203 = arith.mulf %v1202, %v1162 fastmath<contract> : f32
                  %v1204 = arith.addf %v1203, %v1201 fastmath<contract> : f32
                  %v1205 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1206 = arith.mulf %v1205, %v1164 fastmath<contract> : f32
                  %v1207 = arith.addf %v55, %v1206 fastmath<contract> : f32
                  %v1208 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1209 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1210 = arith.mulf %v1208, %v1162 fastmath<contract> : f32
                  %v1211 = arith.addf %v1210, %v1207 fastmath<contract> : f32
                  %v1212 = arith.mulf %v1209, %v1165 fastmath<contract> : f32
                  %v1213 = arith.addf %v1212, %v1211 fastmath<contract> : f32
                  %v1214 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1215 = llvm.load %v1214 : !llvm.ptr -> f32
                  %v1216 = arith.mulf %v1215, %v1183 fastmath<contract> : f32
                  %v1217 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1218 = arith.mulf %v1217, %v1165 fastmath<contract> : f32
                  %v1219 = arith.addf %v1216, %v1218 fastmath<contract> : f32
                  %v1220 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1221 = arith.mulf %v1220, %v1162 fastmath<contract> : f32
                  %v1222 = arith.addf %v1221, %v1219 fastmath<contract> : f32
                  llvm.store %v1191, %v40 : f32, !llvm.ptr
                  llvm.store %v1204, %v41 : f32, !llvm.ptr
                  llvm.store %v1213, %v42 : f32, !llvm.ptr
                  llvm.store %v1222, %v43 : f32, !llvm.ptr
                  scf.if %v1160 {
                  }
                  %v1223 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1224 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1225 = arith.addf %v1223, %v1224 fastmath<contract> : f32
                  %v1226 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1227 = llvm.load %v1226 : !llvm.ptr -> f32
                  %v1228 = arith.mulf %v1227, %v1183 fastmath<contract> : f32
                  %v1229 = arith.addf %v1225, %v1228 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1230 = arith.muli %v34, %v245 : i64
                    %v1231 = arith.muli %v32, %size_L : i64
                    %v1232 = arith.addi %v1230, %v1231 : i64
                    %v1233 = arith.addi %v1232, %v1161 : i64
                    %v1234 = llvm.getelementptr %dx_e[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1229, %v1234 : f32, !llvm.ptr
                  }
                  %v1235 = arith.mulf %v1097, %v1223 fastmath<contract> : f32
                  %v1236 = arith.mulf %v1140, %v1183 fastmath<contract> : f32
                  %v1237 = arith.addf %v1235, %v1236 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1238 = arith.muli %v34, %v245 : i64
                    %v1239 = arith.muli %v32, %size_L : i64
                    %v1240 = arith.addi %v1238, %v1239 : i64
                    %v1241 = arith.addi %v1240, %v1161 : i64
                    %v1242 = llvm.getelementptr %dx_phi1[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1237, %v1242 : f32, !llvm.ptr
                  }
                  %v1243 = arith.mulf %v1101, %v1223 fastmath<contract> : f32
                  %v1244 = arith.mulf %v1144, %v1183 fastmath<contract> : f32
                  %v1245 = arith.addf %v1243, %v1244 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1246 = arith.muli %v34, %v245 : i64
                    %v1247 = arith.muli %v32, %size_L : i64
                    %v1248 = arith.addi %v1246, %v1247 : i64
                    %v1249 = arith.addi %v1248, %v1161 : i64
                    %v1250 = llvm.getelementptr %dx_phi2[%v1249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1245, %v1250 : f32, !llvm.ptr
                  }
                  %v1251 = arith.mulf %v1103, %v1223 fastmath<contract> : f32
                  %v1252 = arith.muli %v34, %v245 : i64
                  %v1253 = arith.muli %v32, %size_L : i64
                  %v1254 = arith.addi %v1252, %v1253 : i64
                  %v1255 = arith.addi %v1254, %v1161 : i64
                  %v1256 = llvm.getelementptr %in_e[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
                  %v1258 = arith.mulf %v1257, %v1183 fastmath<contract> : f32
                  %v1259 = arith.addf %v1251, %v1258 fastmath<contract> : f32
                  %v1260 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1261 = arith.addf %v1260, %v1259 fastmath<contract> : f32
                  llvm.store %v1261, %v53 : f32, !llvm.ptr
                  %v1262 = arith.mulf %v1107, %v1223 fastmath<contract> : f32
                  %v1263 = arith.mulf %v1150, %v1183 fastmath<contract> : f32
                  %v1264 = arith.addf %v1262, %v1263 fastmath<contract> : f32
                  %v1265 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1266 = arith.addf %v1265, %v1264 fastmath<contract> : f32
                  llvm.store %v1266, %v54 : f32, !llvm.ptr
                  llvm.store %v1177, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1197, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1227, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1215, %v52 : f32, !llvm.ptr
                }
                %v1267 = arith.addi %v308, %v71 : i64
                %v1268 = arith.cmpi slt, %v627, %v1152 : i32
                %v1269 = arith.cmpi eq, %v627, %v1157 : i32
                scf.if %v1268 {
                  %v1270 = arith.addi %v169, %v1267 : i64
                  %v1271 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1272 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1273 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1274 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1275 = arith.muli %v34, %v245 : i64
                  %v1276 = arith.muli %v32, %size_L : i64
                  %v1277 = arith.addi %v1275, %v1276 : i64
                  %v1278 = arith.addi %v1277, %v1270 : i64
                  %v1279 = llvm.getelementptr %dy_y[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
                  %v1281 = arith.muli %v34, %v245 : i64
                  %v1282 = arith.muli %v32, %size_L : i64
                  %v1283 = arith.addi %v1281, %v1282 : i64
                  %v1284 = arith.addi %v1283, %v1270 : i64
                  %v1285 = llvm.getelementptr %in_phi1[%v1284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1286 = llvm.load %v1285 : !llvm.ptr -> f32
                  %v1287 = arith.muli %v34, %v245 : i64
                  %v1288 = arith.muli %v32, %size_L : i64
                  %v1289 = arith.addi %v1287, %v1288 : i64
                  %v1290 = arith.addi %v1289, %v1270 : i64
                  %v1291 = llvm.getelementptr %dy_forecast[%v1290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1292 = llvm.load %v1291 : !llvm.ptr -> f32
                  %v1293 = arith.mulf %v1286, %v1292 fastmath<contract> : f32
                  %v1294 = arith.addf %v1280, %v1293 fastmath<contract> : f32
                  %v1295 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1296 = arith.mulf %v1295, %v1271 fastmath<contract> : f32
                  %v1297 = arith.addf %v1294, %v1296 fastmath<contract> : f32
                  %v1298 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1299 = arith.mulf %v1298, %v1272 fastmath<contract> : f32
                  %v1300 = arith.addf %v1299, %v1297 fastmath<contract> : f32
                  %v1301 = arith.muli %v34, %v245 : i64
                  %v1302 = arith.muli %v32, %size_L : i64
                  %v1303 = arith.addi %v1301, %v1302 : i64
                  %v1304 = arith.addi %v1303, %v1270 : i64
                  %v1305 = llvm.getelementptr %in_phi2[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                  %v1307 = arith.mulf %v1306, %v1292 fastmath<contract> : f32
                  %v1308 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1309 = arith.mulf %v1308, %v1272 fastmath<contract> : f32
                  %v1310 = arith.addf %v1307, %v1309 fastmath<contract> : f32
                  %v1311 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1312 = arith.mulf %v1311, %v1271 fastmath<contract> : f32
                  %v1313 = arith.addf %v1312, %v1310 fastmath<contract> : f32
                  %v1314 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1315 = arith.mulf %v1314, %v1273 fastmath<contract> : f32
                  %v1316 = arith.addf %v55, %v1315 fastmath<contract> : f32
                  %v1317 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1318 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1319 = arith.mulf %v1317, %v1271 fastmath<contract> : f32
                  %v1320 = arith.addf %v1319, %v1316 fastmath<contract> : f32
                  %v1321 = arith.mulf %v1318, %v1274 fastmath<contract> : f32
                  %v1322 = arith.addf %v1321, %v1320 fastmath<contract> : f32
                  %v1323 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
                  %v1325 = arith.mulf %v1324, %v1292 fastmath<contract> : f32
                  %v1326 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1327 = arith.mulf %v1326, %v1274 fastmath<contract> : f32
                  %v1328 = arith.addf %v1325, %v1327 fastmath<contract> : f32
                  %v1329 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1330 = arith.mulf %v1329, %v1271 fastmath<contract> : f32
                  %v1331 = arith.addf %v1330, %v1328 fastmath<contract> : f32
                  llvm.store %v1300, %v40 : f32, !llvm.ptr
                  llvm.store %v1313, %v41 : f32, !llvm.ptr
                  llvm.store %v1322, %v42 : f32, !llvm.ptr
                  llvm.store %v1331, %v43 : f32, !llvm.ptr
                  scf.if %v1269 {
                  }
                  %v1332 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1333 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1334 = arith.addf %v1332, %v1333 fastmath<contract> : f32
                  %v1335 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
                  %v1337 = arith.mulf %v1336, %v1292 fastmath<contract> : f32
                  %v1338 = arith.addf %v1334, %v1337 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1339 = arith.muli %v34, %v245 : i64
                    %v1340 = arith.muli %v32, %size_L : i64
                    %v1341 = arith.addi %v1339, %v1340 : i64
                    %v1342 = arith.addi %v1341, %v1270 : i64
                    %v1343 = llvm.getelementptr %dx_e[%v1342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1338, %v1343 : f32, !llvm.ptr
                  }
                  %v1344 = arith.mulf %v1054, %v1332 fastmath<contract> : f32
                  %v1345 = arith.mulf %v1097, %v1292 fastmath<contract> : f32
                  %v1346 = arith.addf %v1344, %v1345 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1347 = arith.muli %v34, %v245 : i64
                    %v1348 = arith.muli %v32, %size_L : i64
                    %v1349 = arith.addi %v1347, %v1348 : i64
                    %v1350 = arith.addi %v1349, %v1270 : i64
                    %v1351 = llvm.getelementptr %dx_phi1[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1346, %v1351 : f32, !llvm.ptr
                  }
                  %v1352 = arith.mulf %v1058, %v1332 fastmath<contract> : f32
                  %v1353 = arith.mulf %v1101, %v1292 fastmath<contract> : f32
                  %v1354 = arith.addf %v1352, %v1353 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1355 = arith.muli %v34, %v245 : i64
                    %v1356 = arith.muli %v32, %size_L : i64
                    %v1357 = arith.addi %v1355, %v1356 : i64
                    %v1358 = arith.addi %v1357, %v1270 : i64
                    %v1359 = llvm.getelementptr %dx_phi2[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1354, %v1359 : f32, !llvm.ptr
                  }
                  %v1360 = arith.mulf %v1060, %v1332 fastmath<contract> : f32
                  %v1361 = arith.muli %v34, %v245 : i64
                  %v1362 = arith.muli %v32, %size_L : i64
                  %v1363 = arith.addi %v1361, %v1362 : i64
                  %v1364 = arith.addi %v1363, %v1270 : i64
                  %v1365 = llvm.getelementptr %in_e[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
                  %v1367 = arith.mulf %v1366, %v1292 fastmath<contract> : f32
                  %v1368 = arith.addf %v1360, %v1367 fastmath<contract> : f32
                  %v1369 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1370 = arith.addf %v1369, %v1368 fastmath<contract> : f32
                  llvm.store %v1370, %v53 : f32, !llvm.ptr
                  %v1371 = arith.mulf %v1064, %v1332 fastmath<contract> : f32
                  %v1372 = arith.mulf %v1107, %v1292 fastmath<contract> : f32
                  %v1373 = arith.addf %v1371, %v1372 fastmath<contract> : f32
                  %v1374 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1375 = arith.addf %v1374, %v1373 fastmath<contract> : f32
                  llvm.store %v1375, %v54 : f32, !llvm.ptr
                  llvm.store %v1286, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1306, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1336, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1324, %v52 : f32, !llvm.ptr
                }
                %v1376 = arith.addi %v308, %v1 : i64
                %v1377 = arith.cmpi slt, %v737, %v1152 : i32
                %v1378 = arith.cmpi eq, %v737, %v1157 : i32
                scf.if %v1377 {
                  %v1379 = arith.addi %v169, %v1376 : i64
                  %v1380 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1381 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1382 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1383 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1384 = arith.muli %v34, %v245 : i64
                  %v1385 = arith.muli %v32, %size_L : i64
                  %v1386 = arith.addi %v1384, %v1385 : i64
                  %v1387 = arith.addi %v1386, %v1379 : i64
                  %v1388 = llvm.getelementptr %dy_y[%v1387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1389 = llvm.load %v1388 : !llvm.ptr -> f32
                  %v1390 = arith.muli %v34, %v245 : i64
                  %v1391 = arith.muli %v32, %size_L : i64
                  %v1392 = arith.addi %v1390, %v1391 : i64
                  %v1393 = arith.addi %v1392, %v1379 : i64
                  %v1394 = llvm.getelementptr %in_phi1[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
                  %v1396 = arith.muli %v34, %v245 : i64
                  %v1397 = arith.muli %v32, %size_L : i64
                  %v1398 = arith.addi %v1396, %v1397 : i64
                  %v1399 = arith.addi %v1398, %v1379 : i64
                  %v1400 = llvm.getelementptr %dy_forecast[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
                  %v1402 = arith.mulf %v1395, %v1401 fastmath<contract> : f32
                  %v1403 = arith.addf %v1389, %v1402 fastmath<contract> : f32
                  %v1404 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1405 = arith.mulf %v1404, %v1380 fastmath<contract> : f32
                  %v1406 = arith.addf %v1403, %v1405 fastmath<contract> : f32
                  %v1407 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1408 = arith.mulf %v1407, %v1381 fastmath<contract> : f32
                  %v1409 = arith.addf %v1408, %v1406 fastmath<contract> : f32
                  %v1410 = arith.muli %v34, %v245 : i64
                  %v1411 = arith.muli %v32, %size_L : i64
                  %v1412 = arith.addi %v1410, %v1411 : i64
                  %v1413 = arith.addi %v1412, %v1379 : i64
                  %v1414 = llvm.getelementptr %in_phi2[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
                  %v1416 = arith.mulf %v1415, %v1401 fastmath<contract> : f32
                  %v1417 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1418 = arith.mulf %v1417, %v1381 fastmath<contract> : f32
                  %v1419 = arith.addf %v1416, %v1418 fastmath<contract> : f32
                  %v1420 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1421 = arith.mulf %v1420, %v1380 fastmath<contract> : f32
                  %v1422 = arith.addf %v1421, %v1419 fastmath<contract> : f32
                  %v1423 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1424 = arith.mulf %v1423, %v1382 fastmath<contract> : f32
                  %v1425 = arith.addf %v55, %v1424 fastmath<contract> : f32
                  %v1426 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1427 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1428 = arith.mulf %v1426, %v1380 fastmath<contract> : f32
                  %v1429 = arith.addf %v1428, %v1425 fastmath<contract> : f32
                  %v1430 = arith.mulf %v1427, %v1383 fastmath<contract> : f32
                  %v1431 = arith.addf %v1430, %v1429 fastmath<contract> : f32
                  %v1432 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1433 = llvm.load %v1432 : !llvm.ptr -> f32
                  %v1434 = arith.mulf %v1433, %v1401 fastmath<contract> : f32
                  %v1435 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1436 = arith.mulf %v1435, %v1383 fastmath<contract> : f32
                  %v1437 = arith.addf %v1434, %v1436 fastmath<contract> : f32
                  %v1438 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1439 = arith.mulf %v1438, %v1380 fastmath<contract> : f32
                  %v1440 = arith.addf %v1439, %v1437 fastmath<contract> : f32
                  llvm.store %v1409, %v40 : f32, !llvm.ptr
                  llvm.store %v1422, %v41 : f32, !llvm.ptr
                  llvm.store %v1431, %v42 : f32, !llvm.ptr
                  llvm.store %v1440, %v43 : f32, !llvm.ptr
                  scf.if %v1378 {
                  }
                  %v1441 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1442 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1443 = arith.addf %v1441, %v1442 fastmath<contract> : f32
                  %v1444 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
                  %v1446 = arith.mulf %v1445, %v1401 fastmath<contract> : f32
                  %v1447 = arith.addf %v1443, %v1446 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1448 = arith.muli %v34, %v245 : i64
                    %v1449 = arith.muli %v32, %size_L : i64
                    %v1450 = arith.addi %v1448, %v1449 : i64
                    %v1451 = arith.addi %v1450, %v1379 : i64
                    %v1452 = llvm.getelementptr %dx_e[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1447, %v1452 : f32, !llvm.ptr
                  }
                  %v1453 = arith.mulf %v1011, %v1441 fastmath<contract> : f32
                  %v1454 = arith.mulf %v1054, %v1401 fastmath<contract> : f32
                  %v1455 = arith.addf %v1453, %v1454 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1456 = arith.muli %v34, %v245 : i64
                    %v1457 = arith.muli %v32, %size_L : i64
                    %v1458 = arith.addi %v1456, %v1457 : i64
                    %v1459 = arith.addi %v1458, %v1379 : i64
                    %v1460 = llvm.getelementptr %dx_phi1[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1455, %v1460 : f32, !llvm.ptr
                  }
                  %v1461 = arith.mulf %v1015, %v1441 fastmath<contract> : f32
                  %v1462 = arith.mulf %v1058, %v1401 fastmath<contract> : f32
                  %v1463 = arith.addf %v1461, %v1462 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1464 = arith.muli %v34, %v245 : i64
                    %v1465 = arith.muli %v32, %size_L : i64
                    %v1466 = arith.addi %v1464, %v1465 : i64
                    %v1467 = arith.addi %v1466, %v1379 : i64
                    %v1468 = llvm.getelementptr %dx_phi2[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1463, %v1468 : f32, !llvm.ptr
                  }
                  %v1469 = arith.mulf %v1017, %v1441 fastmath<contract> : f32
                  %v1470 = arith.muli %v34, %v245 : i64
                  %v1471 = arith.muli %v32, %size_L : i64
                  %v1472 = arith.addi %v1470, %v1471 : i64
                  %v1473 = arith.addi %v1472, %v1379 : i64
                  %v1474 = llvm.getelementptr %in_e[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
                  %v1476 = arith.mulf %v1475, %v1401 fastmath<contract> : f32
                  %v1477 = arith.addf %v1469, %v1476 fastmath<contract> : f32
                  %v1478 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1479 = arith.addf %v1478, %v1477 fastmath<contract> : f32
                  llvm.store %v1479, %v53 : f32, !llvm.ptr
                  %v1480 = arith.mulf %v1021, %v1441 fastmath<contract> : f32
                  %v1481 = arith.mulf %v1064, %v1401 fastmath<contract> : f32
                  %v1482 = arith.addf %v1480, %v1481 fastmath<contract> : f32
                  %v1483 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1484 = arith.addf %v1483, %v1482 fastmath<contract> : f32
                  llvm.store %v1484, %v54 : f32, !llvm.ptr
                  llvm.store %v1395, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1415, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1445, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1433, %v52 : f32, !llvm.ptr
                }
                %v1485 = arith.cmpi slt, %v846, %v1152 : i32
                %v1486 = arith.cmpi eq, %v846, %v1157 : i32
                scf.if %v1485 {
                  %v1487 = arith.addi %v169, %v308 : i64
                  %v1488 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1489 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1490 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1491 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1492 = arith.muli %v34, %v245 : i64
                  %v1493 = arith.muli %v32, %size_L : i64
                  %v1494 = arith.addi %v1492, %v1493 : i64
                  %v1495 = arith.addi %v1494, %v1487 : i64
                  %v1496 = llvm.getelementptr %dy_y[%v1495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1497 = llvm.load %v1496 : !llvm.ptr -> f32
                  %v1498 = arith.muli %v34, %v245 : i64
                  %v1499 = arith.muli %v32, %size_L : i64
                  %v1500 = arith.addi %v1498, %v1499 : i64
                  %v1501 = arith.addi %v1500, %v1487 : i64
                  %v1502 = llvm.getelementptr %in_phi1[%v1501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1503 = llvm.load %v1502 : !llvm.ptr -> f32
                  %v1504 = arith.muli %v34, %v245 : i64
                  %v1505 = arith.muli %v32, %size_L : i64
                  %v1506 = arith.addi %v1504, %v1505 : i64
                  %v1507 = arith.addi %v1506, %v1487 : i64
                  %v1508 = llvm.getelementptr %dy_forecast[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1509 = llvm.load %v1508 : !llvm.ptr -> f32
                  %v1510 = arith.mulf %v1503, %v1509 fastmath<contract> : f32
                  %v1511 = arith.addf %v1497, %v1510 fastmath<contract> : f32
                  %v1512 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1513 = arith.mulf %v1512, %v1488 fastmath<contract> : f32
                  %v1514 = arith.addf %v1511, %v1513 fastmath<contract> : f32
                  %v1515 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1516 = arith.mulf %v1515, %v1489 fastmath<contract> : f32
                  %v1517 = arith.addf %v1516, %v1514 fastmath<contract> : f32
                  %v1518 = arith.muli %v34, %v245 : i64
                  %v1519 = arith.muli %v32, %size_L : i64
                  %v1520 = arith.addi %v1518, %v1519 : i64
                  %v1521 = arith.addi %v1520, %v1487 : i64
                  %v1522 = llvm.getelementptr %in_phi2[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1523 = llvm.load %v1522 : !llvm.ptr -> f32
                  %v1524 = arith.mulf %v1523, %v1509 fastmath<contract> : f32
                  %v1525 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1526 = arith.mulf %v1525, %v1489 fastmath<contract> : f32
                  %v1527 = arith.addf %v1524, %v1526 fastmath<contract> : f32
                  %v1528 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1529 = arith.mulf %v1528, %v1488 fastmath<contract> : f32
                  %v1530 = arith.addf %v1529, %v1527 fastmath<contract> : f32
                  %v1531 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1532 = arith.mulf %v1531, %v1490 fastmath<contract> : f32
                  %v1533 = arith.addf %v55, %v1532 fastmath<contract> : f32
                  %v1534 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1535 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1536 = arith.mulf %v1534, %v1488 fastmath<contract> : f32
                  %v1537 = arith.addf %v1536, %v1533 fastmath<contract> : f32
                  %v1538 = arith.mulf %v1535, %v1491 fastmath<contract> : f32
                  %v1539 = arith.addf %v1538, %v1537 fastmath<contract> : f32
                  %v1540 = llvm.getelementptr %in_theta2[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1541 = llvm.load %v1540 : !llvm.ptr -> f32
                  %v1542 = arith.mulf %v1541, %v1509 fastmath<contract> : f32
                  %v1543 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1544 = arith.mulf %v1543, %v1491 fastmath<contract> : f32
                  %v1545 = arith.addf %v1542, %v1544 fastmath<contract> : f32
                  %v1546 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1547 = arith.mulf %v1546, %v1488 fastmath<contract> : f32
                  %v1548 = arith.addf %v1547, %v1545 fastmath<contract> : f32
                  llvm.store %v1517, %v40 : f32, !llvm.ptr
                  llvm.store %v1530, %v41 : f32, !llvm.ptr
                  llvm.store %v1539, %v42 : f32, !llvm.ptr
                  llvm.store %v1548, %v43 : f32, !llvm.ptr
                  scf.if %v1486 {
                  }
                  %v1549 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1550 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1551 = arith.addf %v1549, %v1550 fastmath<contract> : f32
                  %v1552 = llvm.getelementptr %in_theta1[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1553 = llvm.load %v1552 : !llvm.ptr -> f32
                  %v1554 = arith.mulf %v1553, %v1509 fastmath<contract> : f32
                  %v1555 = arith.addf %v1551, %v1554 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1556 = arith.muli %v34, %v245 : i64
                    %v1557 = arith.muli %v32, %size_L : i64
                    %v1558 = arith.addi %v1556, %v1557 : i64
                    %v1559 = arith.addi %v1558, %v1487 : i64
                    %v1560 = llvm.getelementptr %dx_e[%v1559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1555, %v1560 : f32, !llvm.ptr
                  }
                  %v1561 = arith.mulf %v961, %v1549 fastmath<contract> : f32
                  %v1562 = arith.mulf %v1011, %v1509 fastmath<contract> : f32
                  %v1563 = arith.addf %v1561, %v1562 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1564 = arith.muli %v34, %v245 : i64
                    %v1565 = arith.muli %v32, %size_L : i64
                    %v1566 = arith.addi %v1564, %v1565 : i64
                    %v1567 = arith.addi %v1566, %v1487 : i64
                    %v1568 = llvm.getelementptr %dx_phi1[%v1567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1563, %v1568 : f32, !llvm.ptr
                  }
                  %v1569 = arith.mulf %v967, %v1549 fastmath<contract> : f32
                  %v1570 = arith.mulf %v1015, %v1509 fastmath<contract> : f32
                  %v1571 = arith.addf %v1569, %v1570 fastmath<contract> : f32
                  scf.if %v29 {
                    %v1572 = arith.muli %v34, %v245 : i64
                    %v1573 = arith.muli %v32, %size_L : i64
                    %v1574 = arith.addi %v1572, %v1573 : i64
                    %v1575 = arith.addi %v1574, %v1487 : i64
                    %v1576 = llvm.getelementptr %dx_phi2[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1571, %v1576 : f32, !llvm.ptr
                  }
                  %v1577 = arith.mulf %v973, %v1549 fastmath<contract> : f32
                  %v1578 = arith.muli %v34, %v245 : i64
                  %v1579 = arith.muli %v32, %size_L : i64
                  %v1580 = arith.addi %v1578, %v1579 : i64
                  %v1581 = arith.addi %v1580, %v1487 : i64
                  %v1582 = llvm.getelementptr %in_e[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
                  %v1584 = arith.mulf %v1583, %v1509 fastmath<contract> : f32
                  %v1585 = arith.addf %v1577, %v1584 fastmath<contract> : f32
                  %v1586 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1587 = arith.addf %v1586, %v1585 fastmath<contract> : f32
                  llvm.store %v1587, %v53 : f32, !llvm.ptr
                  %v1588 = arith.mulf %v979, %v1549 fastmath<contract> : f32
                  %v1589 = arith.mulf %v1021, %v1509 fastmath<contract> : f32
                  %v1590 = arith.addf %v1588, %v1589 fastmath<contract> : f32
                  %v1591 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1592 = arith.addf %v1591, %v1590 fastmath<contract> : f32
                  llvm.store %v1592, %v54 : f32, !llvm.ptr
                  llvm.store %v1503, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1523, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1553, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1541, %v52 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v1593 = arith.cmpi eq, %v25, %v57 : i64
      scf.if %v1593 {
      }
      scf.if %v29 {
        %v1594 = llvm.load %v53 : !llvm.ptr -> f32
        %v1595 = arith.addi %v39, %v28 : i64
        %v1596 = llvm.getelementptr %part_theta1[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1594, %v1596 : f32, !llvm.ptr
      }
      scf.if %v29 {
        %v1597 = llvm.load %v54 : !llvm.ptr -> f32
        %v1598 = arith.addi %v39, %v28 : i64
        %v1599 = llvm.getelementptr %part_theta2[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1597, %v1599 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
