module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_bwd(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %dy_y: !llvm.ptr, %dy_forecast: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_h_lag1: !llvm.ptr, %scratch_e_lag1: !llvm.ptr, %scratch_e_lag2: !llvm.ptr, %dx_e: !llvm.ptr, %dx_phi1: !llvm.ptr, %dx_phi2: !llvm.ptr, %part_theta1: !llvm.ptr, %part_theta2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.constant 64 : i64
      %v4 = arith.divui %slice_first, %v3 : i64
      %v5 = arith.addi %slice_first, %slice_steps : i64
      %v6 = arith.constant 63 : i64
      %v7 = arith.addi %v5, %v6 : i64
      %v8 = arith.divui %v7, %v3 : i64
      %v9 = arith.constant 0 : i64
      %v10 = arith.cmpi eq, %slice_first, %v9 : i64
      %v11 = arith.cmpi sge, %v5, %size_L : i64
      %v12 = arith.cmpi slt, %v5, %size_L : i64
      %v13 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v29 = arith.constant 256 : i64
      %v39 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
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
      %v54 = arith.constant 0x00000000 : f32
      %v55 = arith.constant 0x3F800000 : f32
      %v61 = arith.constant 2 : i64
      %v66 = arith.constant 3 : i64
      %v71 = arith.constant 4 : i64
      %v76 = arith.constant 5 : i64
      %v81 = arith.constant 6 : i64
      %v86 = arith.constant 7 : i64
      %v91 = arith.constant 8 : i64
      %v96 = arith.constant 9 : i64
      %v101 = arith.constant 10 : i64
      %v106 = arith.constant 11 : i64
      %v111 = arith.constant 12 : i64
      %v116 = arith.constant 13 : i64
      %v121 = arith.constant 14 : i64
      %v145 = arith.muli %size_B, %size_D : i64
      %v152 = arith.muli %size_B, %size_D : i64
      %v159 = arith.muli %size_B, %size_D : i64
      %v166 = arith.muli %size_B, %size_D : i64
      %v214 = arith.muli %size_L, %size_D : i64
      %v481 = arith.constant 2147483647 : i64
      %v485 = arith.constant 3 : i32
      %v595 = arith.constant 2 : i32
      %v705 = arith.constant 1 : i32
      %v814 = arith.constant 0 : i32
      %v25 = gpu.block_id x
      %v26 = gpu.thread_id x
      %v27 = arith.index_cast %v26 : index to i64
      %v28 = arith.index_cast %v25 : index to i64
      %v30 = arith.muli %v28, %v29 : i64
      %v31 = arith.addi %v30, %v27 : i64
      %v32 = arith.cmpi slt, %v31, %v2 : i64
      %v33 = arith.subi %v2, %v1 : i64
      %v34 = arith.minsi %v31, %v33 : i64
      %v35 = arith.remui %v34, %size_D : i64
      %v36 = arith.divui %v34, %size_D : i64
      %v37 = arith.remui %v36, %size_B : i64
      %v38 = arith.divui %v36, %size_B : i64
      llvm.store %v54, %v39 : f32, !llvm.ptr
      llvm.store %v54, %v40 : f32, !llvm.ptr
      llvm.store %v54, %v41 : f32, !llvm.ptr
      llvm.store %v54, %v42 : f32, !llvm.ptr
      llvm.store %v55, %v43 : f32, !llvm.ptr
      llvm.store %v55, %v44 : f32, !llvm.ptr
      llvm.store %v55, %v45 : f32, !llvm.ptr
      llvm.store %v55, %v46 : f32, !llvm.ptr
      llvm.store %v54, %v47 : f32, !llvm.ptr
      llvm.store %v54, %v48 : f32, !llvm.ptr
      llvm.store %v54, %v49 : f32, !llvm.ptr
      llvm.store %v54, %v50 : f32, !llvm.ptr
      llvm.store %v54, %v51 : f32, !llvm.ptr
      llvm.store %v54, %v52 : f32, !llvm.ptr
      llvm.store %v54, %v53 : f32, !llvm.ptr
      scf.if %v12 {
        scf.if %v32 {
          %v56 = llvm.getelementptr %slice_carry[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v57 = llvm.load %v56 : !llvm.ptr -> f32
          llvm.store %v57, %v39 : f32, !llvm.ptr
          %v58 = arith.addi %v2, %v31 : i64
          %v59 = llvm.getelementptr %slice_carry[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v60 = llvm.load %v59 : !llvm.ptr -> f32
          llvm.store %v60, %v40 : f32, !llvm.ptr
          %v62 = arith.muli %v61, %v2 : i64
          %v63 = arith.addi %v62, %v31 : i64
          %v64 = llvm.getelementptr %slice_carry[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v65 = llvm.load %v64 : !llvm.ptr -> f32
          llvm.store %v65, %v41 : f32, !llvm.ptr
          %v67 = arith.muli %v66, %v2 : i64
          %v68 = arith.addi %v67, %v31 : i64
          %v69 = llvm.getelementptr %slice_carry[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v70 = llvm.load %v69 : !llvm.ptr -> f32
          llvm.store %v70, %v42 : f32, !llvm.ptr
          %v72 = arith.muli %v71, %v2 : i64
          %v73 = arith.addi %v72, %v31 : i64
          %v74 = llvm.getelementptr %slice_carry[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v75 = llvm.load %v74 : !llvm.ptr -> f32
          llvm.store %v75, %v43 : f32, !llvm.ptr
          %v77 = arith.muli %v76, %v2 : i64
          %v78 = arith.addi %v77, %v31 : i64
          %v79 = llvm.getelementptr %slice_carry[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v80 = llvm.load %v79 : !llvm.ptr -> f32
          llvm.store %v80, %v44 : f32, !llvm.ptr
          %v82 = arith.muli %v81, %v2 : i64
          %v83 = arith.addi %v82, %v31 : i64
          %v84 = llvm.getelementptr %slice_carry[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v85 = llvm.load %v84 : !llvm.ptr -> f32
          llvm.store %v85, %v45 : f32, !llvm.ptr
          %v87 = arith.muli %v86, %v2 : i64
          %v88 = arith.addi %v87, %v31 : i64
          %v89 = llvm.getelementptr %slice_carry[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v90 = llvm.load %v89 : !llvm.ptr -> f32
          llvm.store %v90, %v46 : f32, !llvm.ptr
          %v92 = arith.muli %v91, %v2 : i64
          %v93 = arith.addi %v92, %v31 : i64
          %v94 = llvm.getelementptr %slice_carry[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v95 = llvm.load %v94 : !llvm.ptr -> f32
          llvm.store %v95, %v47 : f32, !llvm.ptr
          %v97 = arith.muli %v96, %v2 : i64
          %v98 = arith.addi %v97, %v31 : i64
          %v99 = llvm.getelementptr %slice_carry[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v100 = llvm.load %v99 : !llvm.ptr -> f32
          llvm.store %v100, %v48 : f32, !llvm.ptr
          %v102 = arith.muli %v101, %v2 : i64
          %v103 = arith.addi %v102, %v31 : i64
          %v104 = llvm.getelementptr %slice_carry[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v105 = llvm.load %v104 : !llvm.ptr -> f32
          llvm.store %v105, %v49 : f32, !llvm.ptr
          %v107 = arith.muli %v106, %v2 : i64
          %v108 = arith.addi %v107, %v31 : i64
          %v109 = llvm.getelementptr %slice_carry[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v110 = llvm.load %v109 : !llvm.ptr -> f32
          llvm.store %v110, %v50 : f32, !llvm.ptr
          %v112 = arith.muli %v111, %v2 : i64
          %v113 = arith.addi %v112, %v31 : i64
          %v114 = llvm.getelementptr %slice_carry[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v115 = llvm.load %v114 : !llvm.ptr -> f32
          llvm.store %v115, %v51 : f32, !llvm.ptr
          %v117 = arith.muli %v116, %v2 : i64
          %v118 = arith.addi %v117, %v31 : i64
          %v119 = llvm.getelementptr %slice_carry[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v120 = llvm.load %v119 : !llvm.ptr -> f32
          llvm.store %v120, %v52 : f32, !llvm.ptr
          %v122 = arith.muli %v121, %v2 : i64
          %v123 = arith.addi %v122, %v31 : i64
          %v124 = llvm.getelementptr %slice_carry[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v125 = llvm.load %v124 : !llvm.ptr -> f32
          llvm.store %v125, %v53 : f32, !llvm.ptr
        }
      }
      scf.if %v11 {
      }
      %v126 = arith.cmpi eq, %size_L, %v9 : i64
      scf.if %v126 {
        llvm.store %v54, %v21 : f32, !llvm.ptr
        llvm.store %v54, %v22 : f32, !llvm.ptr
        llvm.store %v54, %v23 : f32, !llvm.ptr
        llvm.store %v54, %v24 : f32, !llvm.ptr
      }
      %v127 = arith.addi %size_L, %v6 : i64
      %v128 = arith.divui %v127, %v3 : i64
      %v129 = arith.minsi %v8, %v128 : i64
      %v130 = arith.subi %v129, %v4 : i64
      %v131 = arith.maxsi %v130, %v9 : i64
      %v132 = arith.index_cast %v9 : i64 to index
      %v133 = arith.index_cast %v131 : i64 to index
      %v134 = arith.index_cast %v1 : i64 to index
      scf.for %v135 = %v132 to %v133 step %v134 {
        %v136 = arith.index_cast %v135 : index to i64
        %v137 = arith.subi %v129, %v1 : i64
        %v138 = arith.subi %v137, %v136 : i64
        %v139 = arith.muli %v138, %v3 : i64
        %v140 = arith.subi %size_L, %v139 : i64
        %v141 = arith.minsi %v140, %v3 : i64
        %v142 = arith.addi %v141, %v66 : i64
        %v143 = arith.divui %v142, %v71 : i64
        %v144 = arith.subi %v141, %v1 : i64
        %v146 = arith.muli %v138, %v145 : i64
        %v147 = arith.muli %v37, %size_D : i64
        %v148 = arith.addi %v147, %v35 : i64
        %v149 = arith.addi %v146, %v148 : i64
        %v150 = llvm.getelementptr %ckpt_h[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v151 = llvm.load %v150 : !llvm.ptr -> f32
        llvm.store %v151, %v17 : f32, !llvm.ptr
        %v153 = arith.muli %v138, %v152 : i64
        %v154 = arith.muli %v37, %size_D : i64
        %v155 = arith.addi %v154, %v35 : i64
        %v156 = arith.addi %v153, %v155 : i64
        %v157 = llvm.getelementptr %ckpt_h_lag1[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v158 = llvm.load %v157 : !llvm.ptr -> f32
        llvm.store %v158, %v18 : f32, !llvm.ptr
        %v160 = arith.muli %v138, %v159 : i64
        %v161 = arith.muli %v37, %size_D : i64
        %v162 = arith.addi %v161, %v35 : i64
        %v163 = arith.addi %v160, %v162 : i64
        %v164 = llvm.getelementptr %ckpt_e_lag1[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v165 = llvm.load %v164 : !llvm.ptr -> f32
        llvm.store %v165, %v19 : f32, !llvm.ptr
        %v167 = arith.muli %v138, %v166 : i64
        %v168 = arith.muli %v37, %size_D : i64
        %v169 = arith.addi %v168, %v35 : i64
        %v170 = arith.addi %v167, %v169 : i64
        %v171 = llvm.getelementptr %ckpt_e_lag2[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v172 = llvm.load %v171 : !llvm.ptr -> f32
        llvm.store %v172, %v20 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v173 = arith.index_cast %v9 : i64 to index
        %v174 = arith.index_cast %v143 : i64 to index
        %v175 = arith.index_cast %v1 : i64 to index
        scf.for %v176 = %v173 to %v174 step %v175 {
          %v177 = arith.index_cast %v176 : index to i64
          scf.if %v32 {
            %v178 = llvm.load %v17 : !llvm.ptr -> f32
            %v179 = arith.muli %v177, %v2 : i64
            %v180 = arith.subi %v2, %v1 : i64
            %v181 = arith.minsi %v31, %v180 : i64
            %v182 = arith.addi %v179, %v181 : i64
            %v183 = llvm.getelementptr %scratch_h[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v178, %v183 : f32, !llvm.ptr
            %v184 = llvm.load %v18 : !llvm.ptr -> f32
            %v185 = arith.muli %v177, %v2 : i64
            %v186 = arith.subi %v2, %v1 : i64
            %v187 = arith.minsi %v31, %v186 : i64
            %v188 = arith.addi %v185, %v187 : i64
            %v189 = llvm.getelementptr %scratch_h_lag1[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v184, %v189 : f32, !llvm.ptr
            %v190 = llvm.load %v19 : !llvm.ptr -> f32
            %v191 = arith.muli %v177, %v2 : i64
            %v192 = arith.subi %v2, %v1 : i64
            %v193 = arith.minsi %v31, %v192 : i64
            %v194 = arith.addi %v191, %v193 : i64
            %v195 = llvm.getelementptr %scratch_e_lag1[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v190, %v195 : f32, !llvm.ptr
            %v196 = llvm.load %v20 : !llvm.ptr -> f32
            %v197 = arith.muli %v177, %v2 : i64
            %v198 = arith.subi %v2, %v1 : i64
            %v199 = arith.minsi %v31, %v198 : i64
            %v200 = arith.addi %v197, %v199 : i64
            %v201 = llvm.getelementptr %scratch_e_lag2[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v196, %v201 : f32, !llvm.ptr
          }
          %v202 = arith.muli %v177, %v71 : i64
          %v203 = arith.subi %v141, %v202 : i64
          %v204 = arith.trunci %v203 : i64 to i32
          %v205 = arith.index_cast %v9 : i64 to index
          %v206 = arith.index_cast %v71 : i64 to index
          %v207 = arith.index_cast %v1 : i64 to index
          scf.for %v208 = %v205 to %v206 step %v207 {
            %v209 = arith.index_cast %v208 : index to i64
            %v210 = arith.trunci %v209 : i64 to i32
            %v211 = arith.addi %v202, %v209 : i64
            %v212 = arith.cmpi slt, %v210, %v204 : i32
            scf.if %v212 {
              %v213 = arith.addi %v139, %v211 : i64
              %v215 = arith.muli %v37, %v214 : i64
              %v216 = arith.muli %v35, %size_L : i64
              %v217 = arith.addi %v215, %v216 : i64
              %v218 = arith.addi %v217, %v213 : i64
              %v219 = llvm.getelementptr %in_phi1[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v220 = llvm.load %v219 : !llvm.ptr -> f32
              %v221 = arith.muli %v37, %v214 : i64
              %v222 = arith.muli %v35, %size_L : i64
              %v223 = arith.addi %v221, %v222 : i64
              %v224 = arith.addi %v223, %v213 : i64
              %v225 = llvm.getelementptr %in_e[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v226 = llvm.load %v225 : !llvm.ptr -> f32
              %v227 = llvm.load %v17 : !llvm.ptr -> f32
              %v228 = arith.mulf %v220, %v227 fastmath<contract> : f32
              %v229 = arith.addf %v228, %v226 fastmath<contract> : f32
              %v230 = arith.muli %v37, %v214 : i64
              %v231 = arith.muli %v35, %size_L : i64
              %v232 = arith.addi %v230, %v231 : i64
              %v233 = arith.addi %v232, %v213 : i64
              %v234 = llvm.getelementptr %in_phi2[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v235 = llvm.load %v234 : !llvm.ptr -> f32
              %v236 = llvm.load %v18 : !llvm.ptr -> f32
              %v237 = arith.mulf %v235, %v236 fastmath<contract> : f32
              %v238 = arith.addf %v229, %v237 fastmath<contract> : f32
              %v239 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v240 = llvm.load %v239 : !llvm.ptr -> f32
              %v241 = llvm.load %v19 : !llvm.ptr -> f32
              %v242 = arith.mulf %v240, %v241 fastmath<contract> : f32
              %v243 = arith.addf %v238, %v242 fastmath<contract> : f32
              %v244 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v245 = llvm.load %v244 : !llvm.ptr -> f32
              %v246 = llvm.load %v20 : !llvm.ptr -> f32
              %v247 = arith.mulf %v245, %v246 fastmath<contract> : f32
              %v248 = arith.addf %v243, %v247 fastmath<contract> : f32
              %v249 = llvm.load %v18 : !llvm.ptr -> f32
              %v250 = arith.mulf %v54, %v249 fastmath<contract> : f32
              %v251 = arith.addf %v250, %v54 fastmath<contract> : f32
              %v252 = llvm.load %v17 : !llvm.ptr -> f32
              %v253 = arith.mulf %v55, %v252 fastmath<contract> : f32
              %v254 = arith.addf %v251, %v253 fastmath<contract> : f32
              %v255 = llvm.load %v19 : !llvm.ptr -> f32
              %v256 = arith.mulf %v54, %v255 fastmath<contract> : f32
              %v257 = arith.addf %v256, %v226 fastmath<contract> : f32
              %v258 = llvm.load %v20 : !llvm.ptr -> f32
              %v259 = arith.mulf %v54, %v258 fastmath<contract> : f32
              %v260 = arith.addf %v259, %v54 fastmath<contract> : f32
              %v261 = llvm.load %v19 : !llvm.ptr -> f32
              %v262 = arith.mulf %v55, %v261 fastmath<contract> : f32
              %v263 = arith.addf %v260, %v262 fastmath<contract> : f32
              llvm.store %v248, %v17 : f32, !llvm.ptr
              llvm.store %v254, %v18 : f32, !llvm.ptr
              llvm.store %v257, %v19 : f32, !llvm.ptr
              llvm.store %v263, %v20 : f32, !llvm.ptr
            }
          }
        }
        %v264 = arith.index_cast %v9 : i64 to index
        %v265 = arith.index_cast %v1 : i64 to index
        %v266 = arith.index_cast %v1 : i64 to index
        scf.for %v267 = %v264 to %v265 step %v266 {
          %v268 = arith.index_cast %v267 : index to i64
          %v269 = arith.index_cast %v9 : i64 to index
          %v270 = arith.index_cast %v143 : i64 to index
          %v271 = arith.index_cast %v1 : i64 to index
          scf.for %v272 = %v269 to %v270 step %v271 {
            %v273 = arith.index_cast %v272 : index to i64
            %v274 = arith.cmpi slt, %v273, %v143 : i64
            scf.if %v274 {
              %v275 = arith.subi %v143, %v1 : i64
              %v276 = arith.subi %v275, %v273 : i64
              %v277 = arith.muli %v276, %v71 : i64
              %v278 = arith.addi %v277, %v71 : i64
              %v279 = arith.cmpi sle, %v278, %v141 : i64
              scf.if %v279 {
                %v280 = arith.subi %v141, %v1 : i64
                %v281 = arith.muli %v276, %v2 : i64
                %v282 = arith.subi %v2, %v1 : i64
                %v283 = arith.minsi %v31, %v282 : i64
                %v284 = arith.addi %v281, %v283 : i64
                %v285 = llvm.getelementptr %scratch_h[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v286 = llvm.load %v285 : !llvm.ptr -> f32
                %v287 = arith.muli %v276, %v2 : i64
                %v288 = arith.subi %v2, %v1 : i64
                %v289 = arith.minsi %v31, %v288 : i64
                %v290 = arith.addi %v287, %v289 : i64
                %v291 = llvm.getelementptr %scratch_h_lag1[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v292 = llvm.load %v291 : !llvm.ptr -> f32
                %v293 = arith.muli %v276, %v2 : i64
                %v294 = arith.subi %v2, %v1 : i64
                %v295 = arith.minsi %v31, %v294 : i64
                %v296 = arith.addi %v293, %v295 : i64
                %v297 = llvm.getelementptr %scratch_e_lag1[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v298 = llvm.load %v297 : !llvm.ptr -> f32
                %v299 = arith.muli %v276, %v2 : i64
                %v300 = arith.subi %v2, %v1 : i64
                %v301 = arith.minsi %v31, %v300 : i64
                %v302 = arith.addi %v299, %v301 : i64
                %v303 = llvm.getelementptr %scratch_e_lag2[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v304 = llvm.load %v303 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v305 = arith.minsi %v277, %v280 : i64
                %v306 = arith.addi %v139, %v305 : i64
                %v307 = arith.muli %v37, %v214 : i64
                %v308 = arith.muli %v35, %size_L : i64
                %v309 = arith.addi %v307, %v308 : i64
                %v310 = arith.addi %v309, %v306 : i64
                %v311 = llvm.getelementptr %in_phi1[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v312 = llvm.load %v311 : !llvm.ptr -> f32
                %v313 = arith.muli %v37, %v214 : i64
                %v314 = arith.muli %v35, %size_L : i64
                %v315 = arith.addi %v313, %v314 : i64
                %v316 = arith.addi %v315, %v306 : i64
                %v317 = llvm.getelementptr %in_e[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v318 = llvm.load %v317 : !llvm.ptr -> f32
                %v319 = arith.mulf %v312, %v286 fastmath<contract> : f32
                %v320 = arith.addf %v319, %v318 fastmath<contract> : f32
                %v321 = arith.muli %v37, %v214 : i64
                %v322 = arith.muli %v35, %size_L : i64
                %v323 = arith.addi %v321, %v322 : i64
                %v324 = arith.addi %v323, %v306 : i64
                %v325 = llvm.getelementptr %in_phi2[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v326 = llvm.load %v325 : !llvm.ptr -> f32
                %v327 = arith.mulf %v326, %v292 fastmath<contract> : f32
                %v328 = arith.addf %v320, %v327 fastmath<contract> : f32
                %v329 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v330 = llvm.load %v329 : !llvm.ptr -> f32
                %v331 = arith.mulf %v330, %v298 fastmath<contract> : f32
                %v332 = arith.addf %v328, %v331 fastmath<contract> : f32
                %v333 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = arith.mulf %v334, %v304 fastmath<contract> : f32
                %v336 = arith.addf %v332, %v335 fastmath<contract> : f32
                %v337 = arith.mulf %v54, %v292 fastmath<contract> : f32
                %v338 = arith.addf %v337, %v54 fastmath<contract> : f32
                %v339 = arith.mulf %v55, %v286 fastmath<contract> : f32
                %v340 = arith.addf %v338, %v339 fastmath<contract> : f32
                %v341 = arith.mulf %v54, %v298 fastmath<contract> : f32
                %v342 = arith.addf %v341, %v318 fastmath<contract> : f32
                %v343 = arith.mulf %v54, %v304 fastmath<contract> : f32
                %v344 = arith.addf %v343, %v54 fastmath<contract> : f32
                %v345 = arith.mulf %v55, %v298 fastmath<contract> : f32
                %v346 = arith.addf %v344, %v345 fastmath<contract> : f32
                %v347 = arith.addi %v277, %v1 : i64
                %v348 = arith.minsi %v347, %v280 : i64
                %v349 = arith.addi %v139, %v348 : i64
                %v350 = arith.muli %v37, %v214 : i64
                %v351 = arith.muli %v35, %size_L : i64
                %v352 = arith.addi %v350, %v351 : i64
                %v353 = arith.addi %v352, %v349 : i64
                %v354 = llvm.getelementptr %in_phi1[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v355 = llvm.load %v354 : !llvm.ptr -> f32
                %v356 = arith.muli %v37, %v214 : i64
                %v357 = arith.muli %v35, %size_L : i64
                %v358 = arith.addi %v356, %v357 : i64
                %v359 = arith.addi %v358, %v349 : i64
                %v360 = llvm.getelementptr %in_e[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v361 = llvm.load %v360 : !llvm.ptr -> f32
                %v362 = arith.mulf %v355, %v336 fastmath<contract> : f32
                %v363 = arith.addf %v362, %v361 fastmath<contract> : f32
                %v364 = arith.muli %v37, %v214 : i64
                %v365 = arith.muli %v35, %size_L : i64
                %v366 = arith.addi %v364, %v365 : i64
                %v367 = arith.addi %v366, %v349 : i64
                %v368 = llvm.getelementptr %in_phi2[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v369 = llvm.load %v368 : !llvm.ptr -> f32
                %v370 = arith.mulf %v369, %v340 fastmath<contract> : f32
                %v371 = arith.addf %v363, %v370 fastmath<contract> : f32
                %v372 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v373 = llvm.load %v372 : !llvm.ptr -> f32
                %v374 = arith.mulf %v373, %v342 fastmath<contract> : f32
                %v375 = arith.addf %v371, %v374 fastmath<contract> : f32
                %v376 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v377 = llvm.load %v376 : !llvm.ptr -> f32
                %v378 = arith.mulf %v377, %v346 fastmath<contract> : f32
                %v379 = arith.addf %v375, %v378 fastmath<contract> : f32
                %v380 = arith.mulf %v54, %v340 fastmath<contract> : f32
                %v381 = arith.addf %v380, %v54 fastmath<contract> : f32
                %v382 = arith.mulf %v55, %v336 fastmath<contract> : f32
                %v383 = arith.addf %v381, %v382 fastmath<contract> : f32
                %v384 = arith.mulf %v54, %v342 fastmath<contract> : f32
                %v385 = arith.addf %v384, %v361 fastmath<contract> : f32
                %v386 = arith.mulf %v54, %v346 fastmath<contract> : f32
                %v387 = arith.addf %v386, %v54 fastmath<contract> : f32
                %v388 = arith.mulf %v55, %v342 fastmath<contract> : f32
                %v389 = arith.addf %v387, %v388 fastmath<contract> : f32
                %v390 = arith.addi %v277, %v61 : i64
                %v391 = arith.minsi %v390, %v280 : i64
                %v392 = arith.addi %v139, %v391 : i64
                %v393 = arith.muli %v37, %v214 : i64
                %v394 = arith.muli %v35, %size_L : i64
                %v395 = arith.addi %v393, %v394 : i64
                %v396 = arith.addi %v395, %v392 : i64
                %v397 = llvm.getelementptr %in_phi1[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v398 = llvm.load %v397 : !llvm.ptr -> f32
                %v399 = arith.muli %v37, %v214 : i64
                %v400 = arith.muli %v35, %size_L : i64
                %v401 = arith.addi %v399, %v400 : i64
                %v402 = arith.addi %v401, %v392 : i64
                %v403 = llvm.getelementptr %in_e[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v404 = llvm.load %v403 : !llvm.ptr -> f32
                %v405 = arith.mulf %v398, %v379 fastmath<contract> : f32
                %v406 = arith.addf %v405, %v404 fastmath<contract> : f32
                %v407 = arith.muli %v37, %v214 : i64
                %v408 = arith.muli %v35, %size_L : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = arith.addi %v409, %v392 : i64
                %v411 = llvm.getelementptr %in_phi2[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v412 = llvm.load %v411 : !llvm.ptr -> f32
                %v413 = arith.mulf %v412, %v383 fastmath<contract> : f32
                %v414 = arith.addf %v406, %v413 fastmath<contract> : f32
                %v415 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v416 = llvm.load %v415 : !llvm.ptr -> f32
                %v417 = arith.mulf %v416, %v385 fastmath<contract> : f32
                %v418 = arith.addf %v414, %v417 fastmath<contract> : f32
                %v419 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v420 = llvm.load %v419 : !llvm.ptr -> f32
                %v421 = arith.mulf %v420, %v389 fastmath<contract> : f32
                %v422 = arith.addf %v418, %v421 fastmath<contract> : f32
                %v423 = arith.mulf %v54, %v383 fastmath<contract> : f32
                %v424 = arith.addf %v423, %v54 fastmath<contract> : f32
                %v425 = arith.mulf %v55, %v379 fastmath<contract> : f32
                %v426 = arith.addf %v424, %v425 fastmath<contract> : f32
                %v427 = arith.mulf %v54, %v385 fastmath<contract> : f32
                %v428 = arith.addf %v427, %v404 fastmath<contract> : f32
                %v429 = arith.mulf %v54, %v389 fastmath<contract> : f32
                %v430 = arith.addf %v429, %v54 fastmath<contract> : f32
                %v431 = arith.mulf %v55, %v385 fastmath<contract> : f32
                %v432 = arith.addf %v430, %v431 fastmath<contract> : f32
                %v433 = arith.addi %v277, %v66 : i64
                %v434 = arith.minsi %v433, %v280 : i64
                %v435 = arith.addi %v139, %v434 : i64
                %v436 = arith.muli %v37, %v214 : i64
                %v437 = arith.muli %v35, %size_L : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = arith.addi %v438, %v435 : i64
                %v440 = llvm.getelementptr %in_phi1[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v441 = llvm.load %v440 : !llvm.ptr -> f32
                %v442 = arith.muli %v37, %v214 : i64
                %v443 = arith.muli %v35, %size_L : i64
                %v444 = arith.addi %v442, %v443 : i64
                %v445 = arith.addi %v444, %v435 : i64
                %v446 = llvm.getelementptr %in_e[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v447 = llvm.load %v446 : !llvm.ptr -> f32
                %v448 = arith.mulf %v441, %v422 fastmath<contract> : f32
                %v449 = arith.addf %v448, %v447 fastmath<contract> : f32
                %v450 = arith.muli %v37, %v214 : i64
                %v451 = arith.muli %v35, %size_L : i64
                %v452 = arith.addi %v450, %v451 : i64
                %v453 = arith.addi %v452, %v435 : i64
                %v454 = llvm.getelementptr %in_phi2[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v455 = llvm.load %v454 : !llvm.ptr -> f32
                %v456 = arith.mulf %v455, %v426 fastmath<contract> : f32
                %v457 = arith.addf %v449, %v456 fastmath<contract> : f32
                %v458 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v459 = llvm.load %v458 : !llvm.ptr -> f32
                %v460 = arith.mulf %v459, %v428 fastmath<contract> : f32
                %v461 = arith.addf %v457, %v460 fastmath<contract> : f32
                %v462 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v463 = llvm.load %v462 : !llvm.ptr -> f32
                %v464 = arith.mulf %v463, %v432 fastmath<contract> : f32
                %v465 = arith.addf %v461, %v464 fastmath<contract> : f32
                %v466 = arith.mulf %v54, %v426 fastmath<contract> : f32
                %v467 = arith.addf %v466, %v54 fastmath<contract> : f32
                %v468 = arith.mulf %v55, %v422 fastmath<contract> : f32
                %v469 = arith.addf %v467, %v468 fastmath<contract> : f32
                %v470 = arith.mulf %v54, %v428 fastmath<contract> : f32
                %v471 = arith.addf %v470, %v447 fastmath<contract> : f32
                %v472 = arith.mulf %v54, %v432 fastmath<contract> : f32
                %v473 = arith.addf %v472, %v54 fastmath<contract> : f32
                %v474 = arith.mulf %v55, %v428 fastmath<contract> : f32
                %v475 = arith.addf %v473, %v474 fastmath<contract> : f32
                %v476 = arith.subi %v141, %v277 : i64
                %v477 = arith.trunci %v476 : i64 to i32
                %v478 = arith.subi %size_L, %v1 : i64
                %v479 = arith.addi %v139, %v277 : i64
                %v480 = arith.subi %v478, %v479 : i64
                %v482 = arith.minsi %v480, %v481 : i64
                %v483 = arith.trunci %v482 : i64 to i32
                %v484 = arith.addi %v277, %v66 : i64
                %v486 = arith.cmpi slt, %v485, %v477 : i32
                %v487 = arith.cmpi eq, %v485, %v483 : i32
                %v488 = arith.addi %v139, %v484 : i64
                %v489 = llvm.load %v39 : !llvm.ptr -> f32
                %v490 = llvm.load %v40 : !llvm.ptr -> f32
                %v491 = llvm.load %v41 : !llvm.ptr -> f32
                %v492 = llvm.load %v42 : !llvm.ptr -> f32
                %v493 = arith.muli %v37, %v214 : i64
                %v494 = arith.muli %v35, %size_L : i64
                %v495 = arith.addi %v493, %v494 : i64
                %v496 = arith.addi %v495, %v488 : i64
                %v497 = llvm.getelementptr %dy_y[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                %v499 = arith.muli %v37, %v214 : i64
                %v500 = arith.muli %v35, %size_L : i64
                %v501 = arith.addi %v499, %v500 : i64
                %v502 = arith.addi %v501, %v488 : i64
                %v503 = llvm.getelementptr %in_phi1[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v504 = llvm.load %v503 : !llvm.ptr -> f32
                %v505 = arith.muli %v37, %v214 : i64
                %v506 = arith.muli %v35, %size_L : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = arith.addi %v507, %v488 : i64
                %v509 = llvm.getelementptr %dy_forecast[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v510 = llvm.load %v509 : !llvm.ptr -> f32
                %v511 = arith.mulf %v504, %v510 fastmath<contract> : f32
                %v512 = arith.addf %v498, %v511 fastmath<contract> : f32
                %v513 = llvm.load %v43 : !llvm.ptr -> f32
                %v514 = arith.mulf %v513, %v489 fastmath<contract> : f32
                %v515 = arith.addf %v512, %v514 fastmath<contract> : f32
                %v516 = llvm.load %v47 : !llvm.ptr -> f32
                %v517 = arith.mulf %v516, %v490 fastmath<contract> : f32
                %v518 = arith.addf %v517, %v515 fastmath<contract> : f32
                %v519 = arith.muli %v37, %v214 : i64
                %v520 = arith.muli %v35, %size_L : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = arith.addi %v521, %v488 : i64
                %v523 = llvm.getelementptr %in_phi2[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v524 = llvm.load %v523 : !llvm.ptr -> f32
                %v525 = arith.mulf %v524, %v510 fastmath<contract> : f32
                %v526 = llvm.load %v44 : !llvm.ptr -> f32
                %v527 = arith.mulf %v526, %v490 fastmath<contract> : f32
                %v528 = arith.addf %v525, %v527 fastmath<contract> : f32
                %v529 = llvm.load %v48 : !llvm.ptr -> f32
                %v530 = arith.mulf %v529, %v489 fastmath<contract> : f32
                %v531 = arith.addf %v530, %v528 fastmath<contract> : f32
                %v532 = llvm.load %v45 : !llvm.ptr -> f32
                %v533 = arith.mulf %v532, %v491 fastmath<contract> : f32
                %v534 = arith.addf %v54, %v533 fastmath<contract> : f32
                %v535 = llvm.load %v49 : !llvm.ptr -> f32
                %v536 = llvm.load %v50 : !llvm.ptr -> f32
                %v537 = arith.mulf %v535, %v489 fastmath<contract> : f32
                %v538 = arith.addf %v537, %v534 fastmath<contract> : f32
                %v539 = arith.mulf %v536, %v492 fastmath<contract> : f32
                %v540 = arith.addf %v539, %v538 fastmath<contract> : f32
                %v541 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v542 = llvm.load %v541 : !llvm.ptr -> f32
                %v543 = arith.mulf %v542, %v510 fastmath<contract> : f32
                %v544 = llvm.load %v46 : !llvm.ptr -> f32
                %v545 = arith.mulf %v544, %v492 fastmath<contract> : f32
                %v546 = arith.addf %v543, %v545 fastmath<contract> : f32
                %v547 = llvm.load %v51 : !llvm.ptr -> f32
                %v548 = arith.mulf %v547, %v489 fastmath<contract> : f32
                %v549 = arith.addf %v548, %v546 fastmath<contract> : f32
                llvm.store %v518, %v39 : f32, !llvm.ptr
                llvm.store %v531, %v40 : f32, !llvm.ptr
                llvm.store %v540, %v41 : f32, !llvm.ptr
                llvm.store %v549, %v42 : f32, !llvm.ptr
                %v550 = llvm.load %v39 : !llvm.ptr -> f32
                %v551 = llvm.load %v41 : !llvm.ptr -> f32
                %v552 = arith.addf %v550, %v551 fastmath<contract> : f32
                %v553 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v554 = llvm.load %v553 : !llvm.ptr -> f32
                %v555 = arith.mulf %v554, %v510 fastmath<contract> : f32
                %v556 = arith.addf %v552, %v555 fastmath<contract> : f32
                scf.if %v32 {
                  %v557 = arith.muli %v37, %v214 : i64
                  %v558 = arith.muli %v35, %size_L : i64
                  %v559 = arith.addi %v557, %v558 : i64
                  %v560 = arith.addi %v559, %v488 : i64
                  %v561 = llvm.getelementptr %dx_e[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v556, %v561 : f32, !llvm.ptr
                }
                %v562 = arith.mulf %v422, %v550 fastmath<contract> : f32
                %v563 = arith.mulf %v465, %v510 fastmath<contract> : f32
                %v564 = arith.addf %v562, %v563 fastmath<contract> : f32
                scf.if %v32 {
                  %v565 = arith.muli %v37, %v214 : i64
                  %v566 = arith.muli %v35, %size_L : i64
                  %v567 = arith.addi %v565, %v566 : i64
                  %v568 = arith.addi %v567, %v488 : i64
                  %v569 = llvm.getelementptr %dx_phi1[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v564, %v569 : f32, !llvm.ptr
                }
                %v570 = arith.mulf %v426, %v550 fastmath<contract> : f32
                %v571 = arith.mulf %v469, %v510 fastmath<contract> : f32
                %v572 = arith.addf %v570, %v571 fastmath<contract> : f32
                scf.if %v32 {
                  %v573 = arith.muli %v37, %v214 : i64
                  %v574 = arith.muli %v35, %size_L : i64
                  %v575 = arith.addi %v573, %v574 : i64
                  %v576 = arith.addi %v575, %v488 : i64
                  %v577 = llvm.getelementptr %dx_phi2[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v572, %v577 : f32, !llvm.ptr
                }
                %v578 = arith.mulf %v428, %v550 fastmath<contract> : f32
                %v579 = arith.muli %v37, %v214 : i64
                %v580 = arith.muli %v35, %size_L : i64
                %v581 = arith.addi %v579, %v580 : i64
                %v582 = arith.addi %v581, %v488 : i64
                %v583 = llvm.getelementptr %in_e[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v584 = llvm.load %v583 : !llvm.ptr -> f32
                %v585 = arith.mulf %v584, %v510 fastmath<contract> : f32
                %v586 = arith.addf %v578, %v585 fastmath<contract> : f32
                %v587 = llvm.load %v52 : !llvm.ptr -> f32
                %v588 = arith.addf %v587, %v586 fastmath<contract> : f32
                llvm.store %v588, %v52 : f32, !llvm.ptr
                %v589 = arith.mulf %v432, %v550 fastmath<contract> : f32
                %v590 = arith.mulf %v475, %v510 fastmath<contract> : f32
                %v591 = arith.addf %v589, %v590 fastmath<contract> : f32
                %v592 = llvm.load %v53 : !llvm.ptr -> f32
                %v593 = arith.addf %v592, %v591 fastmath<contract> : f32
                llvm.store %v593, %v53 : f32, !llvm.ptr
                llvm.store %v504, %v43 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v54, %v44 : f32, !llvm.ptr
                llvm.store %v524, %v48 : f32, !llvm.ptr
                llvm.store %v54, %v45 : f32, !llvm.ptr
                llvm.store %v554, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v50 : f32, !llvm.ptr
                llvm.store %v54, %v46 : f32, !llvm.ptr
                llvm.store %v542, %v51 : f32, !llvm.ptr
                %v594 = arith.addi %v277, %v61 : i64
                %v596 = arith.cmpi slt, %v595, %v477 : i32
                %v597 = arith.cmpi eq, %v595, %v483 : i32
                %v598 = arith.addi %v139, %v594 : i64
                %v599 = llvm.load %v39 : !llvm.ptr -> f32
                %v600 = llvm.load %v40 : !llvm.ptr -> f32
                %v601 = llvm.load %v41 : !llvm.ptr -> f32
                %v602 = llvm.load %v42 : !llvm.ptr -> f32
                %v603 = arith.muli %v37, %v214 : i64
                %v604 = arith.muli %v35, %size_L : i64
                %v605 = arith.addi %v603, %v604 : i64
                %v606 = arith.addi %v605, %v598 : i64
                %v607 = llvm.getelementptr %dy_y[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v608 = llvm.load %v607 : !llvm.ptr -> f32
                %v609 = arith.muli %v37, %v214 : i64
                %v610 = arith.muli %v35, %size_L : i64
                %v611 = arith.addi %v609, %v610 : i64
                %v612 = arith.addi %v611, %v598 : i64
                %v613 = llvm.getelementptr %in_phi1[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v614 = llvm.load %v613 : !llvm.ptr -> f32
                %v615 = arith.muli %v37, %v214 : i64
                %v616 = arith.muli %v35, %size_L : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = arith.addi %v617, %v598 : i64
                %v619 = llvm.getelementptr %dy_forecast[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v620 = llvm.load %v619 : !llvm.ptr -> f32
                %v621 = arith.mulf %v614, %v620 fastmath<contract> : f32
                %v622 = arith.addf %v608, %v621 fastmath<contract> : f32
                %v623 = llvm.load %v43 : !llvm.ptr -> f32
                %v624 = arith.mulf %v623, %v599 fastmath<contract> : f32
                %v625 = arith.addf %v622, %v624 fastmath<contract> : f32
                %v626 = llvm.load %v47 : !llvm.ptr -> f32
                %v627 = arith.mulf %v626, %v600 fastmath<contract> : f32
                %v628 = arith.addf %v627, %v625 fastmath<contract> : f32
                %v629 = arith.muli %v37, %v214 : i64
                %v630 = arith.muli %v35, %size_L : i64
                %v631 = arith.addi %v629, %v630 : i64
                %v632 = arith.addi %v631, %v598 : i64
                %v633 = llvm.getelementptr %in_phi2[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v634 = llvm.load %v633 : !llvm.ptr -> f32
                %v635 = arith.mulf %v634, %v620 fastmath<contract> : f32
                %v636 = llvm.load %v44 : !llvm.ptr -> f32
                %v637 = arith.mulf %v636, %v600 fastmath<contract> : f32
                %v638 = arith.addf %v635, %v637 fastmath<contract> : f32
                %v639 = llvm.load %v48 : !llvm.ptr -> f32
                %v640 = arith.mulf %v639, %v599 fastmath<contract> : f32
                %v641 = arith.addf %v640, %v638 fastmath<contract> : f32
                %v642 = llvm.load %v45 : !llvm.ptr -> f32
                %v643 = arith.mulf %v642, %v601 fastmath<contract> : f32
                %v644 = arith.addf %v54, %v643 fastmath<contract> : f32
                %v645 = llvm.load %v49 : !llvm.ptr -> f32
                %v646 = llvm.load %v50 : !llvm.ptr -> f32
                %v647 = arith.mulf %v645, %v599 fastmath<contract> : f32
                %v648 = arith.addf %v647, %v644 fastmath<contract> : f32
                %v649 = arith.mulf %v646, %v602 fastmath<contract> : f32
                %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
                %v651 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v652 = llvm.load %v651 : !llvm.ptr -> f32
                %v653 = arith.mulf %v652, %v620 fastmath<contract> : f32
                %v654 = llvm.load %v46 : !llvm.ptr -> f32
                %v655 = arith.mulf %v654, %v602 fastmath<contract> : f32
                %v656 = arith.addf %v653, %v655 fastmath<contract> : f32
                %v657 = llvm.load %v51 : !llvm.ptr -> f32
                %v658 = arith.mulf %v657, %v599 fastmath<contract> : f32
                %v659 = arith.addf %v658, %v656 fastmath<contract> : f32
                llvm.store %v628, %v39 : f32, !llvm.ptr
                llvm.store %v641, %v40 : f32, !llvm.ptr
                llvm.store %v650, %v41 : f32, !llvm.ptr
                llvm.store %v659, %v42 : f32, !llvm.ptr
                %v660 = llvm.load %v39 : !llvm.ptr -> f32
                %v661 = llvm.load %v41 : !llvm.ptr -> f32
                %v662 = arith.addf %v660, %v661 fastmath<contract> : f32
                %v663 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v664 = llvm.load %v663 : !llvm.ptr -> f32
                %v665 = arith.mulf %v664, %v620 fastmath<contract> : f32
                %v666 = arith.addf %v662, %v665 fastmath<contract> : f32
                scf.if %v32 {
                  %v667 = arith.muli %v37, %v214 : i64
                  %v668 = arith.muli %v35, %size_L : i64
                  %v669 = arith.addi %v667, %v668 : i64
                  %v670 = arith.addi %v669, %v598 : i64
                  %v671 = llvm.getelementptr %dx_e[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v666, %v671 : f32, !llvm.ptr
                }
                %v672 = arith.mulf %v379, %v660 fastmath<contract> : f32
                %v673 = arith.mulf %v422, %v620 fastmath<contract> : f32
                %v674 = arith.addf %v672, %v673 fastmath<contract> : f32
                scf.if %v32 {
                  %v675 = arith.muli %v37, %v214 : i64
                  %v676 = arith.muli %v35, %size_L : i64
                  %v677 = arith.addi %v675, %v676 : i64
                  %v678 = arith.addi %v677, %v598 : i64
                  %v679 = llvm.getelementptr %dx_phi1[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v674, %v679 : f32, !llvm.ptr
                }
                %v680 = arith.mulf %v383, %v660 fastmath<contract> : f32
                %v681 = arith.mulf %v426, %v620 fastmath<contract> : f32
                %v682 = arith.addf %v680, %v681 fastmath<contract> : f32
                scf.if %v32 {
                  %v683 = arith.muli %v37, %v214 : i64
                  %v684 = arith.muli %v35, %size_L : i64
                  %v685 = arith.addi %v683, %v684 : i64
                  %v686 = arith.addi %v685, %v598 : i64
                  %v687 = llvm.getelementptr %dx_phi2[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v682, %v687 : f32, !llvm.ptr
                }
                %v688 = arith.mulf %v385, %v660 fastmath<contract> : f32
                %v689 = arith.muli %v37, %v214 : i64
                %v690 = arith.muli %v35, %size_L : i64
                %v691 = arith.addi %v689, %v690 : i64
                %v692 = arith.addi %v691, %v598 : i64
                %v693 = llvm.getelementptr %in_e[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v694 = llvm.load %v693 : !llvm.ptr -> f32
                %v695 = arith.mulf %v694, %v620 fastmath<contract> : f32
                %v696 = arith.addf %v688, %v695 fastmath<contract> : f32
                %v697 = llvm.load %v52 : !llvm.ptr -> f32
                %v698 = arith.addf %v697, %v696 fastmath<contract> : f32
                llvm.store %v698, %v52 : f32, !llvm.ptr
                %v699 = arith.mulf %v389, %v660 fastmath<contract> : f32
                %v700 = arith.mulf %v432, %v620 fastmath<contract> : f32
                %v701 = arith.addf %v699, %v700 fastmath<contract> : f32
                %v702 = llvm.load %v53 : !llvm.ptr -> f32
                %v703 = arith.addf %v702, %v701 fastmath<contract> : f32
                llvm.store %v703, %v53 : f32, !llvm.ptr
                llvm.store %v614, %v43 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v54, %v44 : f32, !llvm.ptr
                llvm.store %v634, %v48 : f32, !llvm.ptr
                llvm.store %v54, %v45 : f32, !llvm.ptr
                llvm.store %v664, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v50 : f32, !llvm.ptr
                llvm.store %v54, %v46 : f32, !llvm.ptr
                llvm.store %v652, %v51 : f32, !llvm.ptr
                %v704 = arith.addi %v277, %v1 : i64
                %v706 = arith.cmpi slt, %v705, %v477 : i32
                %v707 = arith.cmpi eq, %v705, %v483 : i32
                %v708 = arith.addi %v139, %v704 : i64
                %v709 = llvm.load %v39 : !llvm.ptr -> f32
                %v710 = llvm.load %v40 : !llvm.ptr -> f32
                %v711 = llvm.load %v41 : !llvm.ptr -> f32
                %v712 = llvm.load %v42 : !llvm.ptr -> f32
                %v713 = arith.muli %v37, %v214 : i64
                %v714 = arith.muli %v35, %size_L : i64
                %v715 = arith.addi %v713, %v714 : i64
                %v716 = arith.addi %v715, %v708 : i64
                %v717 = llvm.getelementptr %dy_y[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v718 = llvm.load %v717 : !llvm.ptr -> f32
                %v719 = arith.muli %v37, %v214 : i64
                %v720 = arith.muli %v35, %size_L : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = arith.addi %v721, %v708 : i64
                %v723 = llvm.getelementptr %in_phi1[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v724 = llvm.load %v723 : !llvm.ptr -> f32
                %v725 = arith.muli %v37, %v214 : i64
                %v726 = arith.muli %v35, %size_L : i64
                %v727 = arith.addi %v725, %v726 : i64
                %v728 = arith.addi %v727, %v708 : i64
                %v729 = llvm.getelementptr %dy_forecast[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v730 = llvm.load %v729 : !llvm.ptr -> f32
                %v731 = arith.mulf %v724, %v730 fastmath<contract> : f32
                %v732 = arith.addf %v718, %v731 fastmath<contract> : f32
                %v733 = llvm.load %v43 : !llvm.ptr -> f32
                %v734 = arith.mulf %v733, %v709 fastmath<contract> : f32
                %v735 = arith.addf %v732, %v734 fastmath<contract> : f32
                %v736 = llvm.load %v47 : !llvm.ptr -> f32
                %v737 = arith.mulf %v736, %v710 fastmath<contract> : f32
                %v738 = arith.addf %v737, %v735 fastmath<contract> : f32
                %v739 = arith.muli %v37, %v214 : i64
                %v740 = arith.muli %v35, %size_L : i64
                %v741 = arith.addi %v739, %v740 : i64
                %v742 = arith.addi %v741, %v708 : i64
                %v743 = llvm.getelementptr %in_phi2[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v744 = llvm.load %v743 : !llvm.ptr -> f32
                %v745 = arith.mulf %v744, %v730 fastmath<contract> : f32
                %v746 = llvm.load %v44 : !llvm.ptr -> f32
                %v747 = arith.mulf %v746, %v710 fastmath<contract> : f32
                %v748 = arith.addf %v745, %v747 fastmath<contract> : f32
                %v749 = llvm.load %v48 : !llvm.ptr -> f32
                %v750 = arith.mulf %v749, %v709 fastmath<contract> : f32
                %v751 = arith.addf %v750, %v748 fastmath<contract> : f32
                %v752 = llvm.load %v45 : !llvm.ptr -> f32
                %v753 = arith.mulf %v752, %v711 fastmath<contract> : f32
                %v754 = arith.addf %v54, %v753 fastmath<contract> : f32
                %v755 = llvm.load %v49 : !llvm.ptr -> f32
                %v756 = llvm.load %v50 : !llvm.ptr -> f32
                %v757 = arith.mulf %v755, %v709 fastmath<contract> : f32
                %v758 = arith.addf %v757, %v754 fastmath<contract> : f32
                %v759 = arith.mulf %v756, %v712 fastmath<contract> : f32
                %v760 = arith.addf %v759, %v758 fastmath<contract> : f32
                %v761 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v762 = llvm.load %v761 : !llvm.ptr -> f32
                %v763 = arith.mulf %v762, %v730 fastmath<contract> : f32
                %v764 = llvm.load %v46 : !llvm.ptr -> f32
                %v765 = arith.mulf %v764, %v712 fastmath<contract> : f32
                %v766 = arith.addf %v763, %v765 fastmath<contract> : f32
                %v767 = llvm.load %v51 : !llvm.ptr -> f32
                %v768 = arith.mulf %v767, %v709 fastmath<contract> : f32
                %v769 = arith.addf %v768, %v766 fastmath<contract> : f32
                llvm.store %v738, %v39 : f32, !llvm.ptr
                llvm.store %v751, %v40 : f32, !llvm.ptr
                llvm.store %v760, %v41 : f32, !llvm.ptr
                llvm.store %v769, %v42 : f32, !llvm.ptr
                %v770 = llvm.load %v39 : !llvm.ptr -> f32
                %v771 = llvm.load %v41 : !llvm.ptr -> f32
                %v772 = arith.addf %v770, %v771 fastmath<contract> : f32
                %v773 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v774 = llvm.load %v773 : !llvm.ptr -> f32
                %v775 = arith.mulf %v774, %v730 fastmath<contract> : f32
                %v776 = arith.addf %v772, %v775 fastmath<contract> : f32
                scf.if %v32 {
                  %v777 = arith.muli %v37, %v214 : i64
                  %v778 = arith.muli %v35, %size_L : i64
                  %v779 = arith.addi %v777, %v778 : i64
                  %v780 = arith.addi %v779, %v708 : i64
                  %v781 = llvm.getelementptr %dx_e[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v776, %v781 : f32, !llvm.ptr
                }
                %v782 = arith.mulf %v336, %v770 fastmath<contract> : f32
                %v783 = arith.mulf %v379, %v730 fastmath<contract> : f32
                %v784 = arith.addf %v782, %v783 fastmath<contract> : f32
                scf.if %v32 {
                  %v785 = arith.muli %v37, %v214 : i64
                  %v786 = arith.muli %v35, %size_L : i64
                  %v787 = arith.addi %v785, %v786 : i64
                  %v788 = arith.addi %v787, %v708 : i64
                  %v789 = llvm.getelementptr %dx_phi1[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v784, %v789 : f32, !llvm.ptr
                }
                %v790 = arith.mulf %v340, %v770 fastmath<contract> : f32
                %v791 = arith.mulf %v383, %v730 fastmath<contract> : f32
                %v792 = arith.addf %v790, %v791 fastmath<contract> : f32
                scf.if %v32 {
                  %v793 = arith.muli %v37, %v214 : i64
                  %v794 = arith.muli %v35, %size_L : i64
                  %v795 = arith.addi %v793, %v794 : i64
                  %v796 = arith.addi %v795, %v708 : i64
                  %v797 = llvm.getelementptr %dx_phi2[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v792, %v797 : f32, !llvm.ptr
                }
                %v798 = arith.mulf %v342, %v770 fastmath<contract> : f32
                %v799 = arith.muli %v37, %v214 : i64
                %v800 = arith.muli %v35, %size_L : i64
                %v801 = arith.addi %v799, %v800 : i64
                %v802 = arith.addi %v801, %v708 : i64
                %v803 = llvm.getelementptr %in_e[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v804 = llvm.load %v803 : !llvm.ptr -> f32
                %v805 = arith.mulf %v804, %v730 fastmath<contract> : f32
                %v806 = arith.addf %v798, %v805 fastmath<contract> : f32
                %v807 = llvm.load %v52 : !llvm.ptr -> f32
                %v808 = arith.addf %v807, %v806 fastmath<contract> : f32
                llvm.store %v808, %v52 : f32, !llvm.ptr
                %v809 = arith.mulf %v346, %v770 fastmath<contract> : f32
                %v810 = arith.mulf %v389, %v730 fastmath<contract> : f32
                %v811 = arith.addf %v809, %v810 fastmath<contract> : f32
                %v812 = llvm.load %v53 : !llvm.ptr -> f32
                %v813 = arith.addf %v812, %v811 fastmath<contract> : f32
                llvm.store %v813, %v53 : f32, !llvm.ptr
                llvm.store %v724, %v43 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v54, %v44 : f32, !llvm.ptr
                llvm.store %v744, %v48 : f32, !llvm.ptr
                llvm.store %v54, %v45 : f32, !llvm.ptr
                llvm.store %v774, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v50 : f32, !llvm.ptr
                llvm.store %v54, %v46 : f32, !llvm.ptr
                llvm.store %v762, %v51 : f32, !llvm.ptr
                %v815 = arith.cmpi slt, %v814, %v477 : i32
                %v816 = arith.cmpi eq, %v814, %v483 : i32
                %v817 = arith.addi %v139, %v277 : i64
                %v818 = llvm.load %v39 : !llvm.ptr -> f32
                %v819 = llvm.load %v40 : !llvm.ptr -> f32
                %v820 = llvm.load %v41 : !llvm.ptr -> f32
                %v821 = llvm.load %v42 : !llvm.ptr -> f32
                %v822 = arith.muli %v37, %v214 : i64
                %v823 = arith.muli %v35, %size_L : i64
                %v824 = arith.addi %v822, %v823 : i64
                %v825 = arith.addi %v824, %v817 : i64
                %v826 = llvm.getelementptr %dy_y[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v827 = llvm.load %v826 : !llvm.ptr -> f32
                %v828 = arith.muli %v37, %v214 : i64
                %v829 = arith.muli %v35, %size_L : i64
                %v830 = arith.addi %v828, %v829 : i64
                %v831 = arith.addi %v830, %v817 : i64
                %v832 = llvm.getelementptr %in_phi1[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v833 = llvm.load %v832 : !llvm.ptr -> f32
                %v834 = arith.muli %v37, %v214 : i64
                %v835 = arith.muli %v35, %size_L : i64
                %v836 = arith.addi %v834, %v835 : i64
                %v837 = arith.addi %v836, %v817 : i64
                %v838 = llvm.getelementptr %dy_forecast[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v839 = llvm.load %v838 : !llvm.ptr -> f32
                %v840 = arith.mulf %v833, %v839 fastmath<contract> : f32
                %v841 = arith.addf %v827, %v840 fastmath<contract> : f32
                %v842 = llvm.load %v43 : !llvm.ptr -> f32
                %v843 = arith.mulf %v842, %v818 fastmath<contract> : f32
                %v844 = arith.addf %v841, %v843 fastmath<contract> : f32
                %v845 = llvm.load %v47 : !llvm.ptr -> f32
                %v846 = arith.mulf %v845, %v819 fastmath<contract> : f32
                %v847 = arith.addf %v846, %v844 fastmath<contract> : f32
                %v848 = arith.muli %v37, %v214 : i64
                %v849 = arith.muli %v35, %size_L : i64
                %v850 = arith.addi %v848, %v849 : i64
                %v851 = arith.addi %v850, %v817 : i64
                %v852 = llvm.getelementptr %in_phi2[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v853 = llvm.load %v852 : !llvm.ptr -> f32
                %v854 = arith.mulf %v853, %v839 fastmath<contract> : f32
                %v855 = llvm.load %v44 : !llvm.ptr -> f32
                %v856 = arith.mulf %v855, %v819 fastmath<contract> : f32
                %v857 = arith.addf %v854, %v856 fastmath<contract> : f32
                %v858 = llvm.load %v48 : !llvm.ptr -> f32
                %v859 = arith.mulf %v858, %v818 fastmath<contract> : f32
                %v860 = arith.addf %v859, %v857 fastmath<contract> : f32
                %v861 = llvm.load %v45 : !llvm.ptr -> f32
                %v862 = arith.mulf %v861, %v820 fastmath<contract> : f32
                %v863 = arith.addf %v54, %v862 fastmath<contract> : f32
                %v864 = llvm.load %v49 : !llvm.ptr -> f32
                %v865 = llvm.load %v50 : !llvm.ptr -> f32
                %v866 = arith.mulf %v864, %v818 fastmath<contract> : f32
                %v867 = arith.addf %v866, %v863 fastmath<contract> : f32
                %v868 = arith.mulf %v865, %v821 fastmath<contract> : f32
                %v869 = arith.addf %v868, %v867 fastmath<contract> : f32
                %v870 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v871 = llvm.load %v870 : !llvm.ptr -> f32
                %v872 = arith.mulf %v871, %v839 fastmath<contract> : f32
                %v873 = llvm.load %v46 : !llvm.ptr -> f32
                %v874 = arith.mulf %v873, %v821 fastmath<contract> : f32
                %v875 = arith.addf %v872, %v874 fastmath<contract> : f32
                %v876 = llvm.load %v51 : !llvm.ptr -> f32
                %v877 = arith.mulf %v876, %v818 fastmath<contract> : f32
                %v878 = arith.addf %v877, %v875 fastmath<contract> : f32
                llvm.store %v847, %v39 : f32, !llvm.ptr
                llvm.store %v860, %v40 : f32, !llvm.ptr
                llvm.store %v869, %v41 : f32, !llvm.ptr
                llvm.store %v878, %v42 : f32, !llvm.ptr
                %v879 = llvm.load %v39 : !llvm.ptr -> f32
                %v880 = llvm.load %v41 : !llvm.ptr -> f32
                %v881 = arith.addf %v879, %v880 fastmath<contract> : f32
                %v882 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v883 = llvm.load %v882 : !llvm.ptr -> f32
                %v884 = arith.mulf %v883, %v839 fastmath<contract> : f32
                %v885 = arith.addf %v881, %v884 fastmath<contract> : f32
                scf.if %v32 {
                  %v886 = arith.muli %v37, %v214 : i64
                  %v887 = arith.muli %v35, %size_L : i64
                  %v888 = arith.addi %v886, %v887 : i64
                  %v889 = arith.addi %v888, %v817 : i64
                  %v890 = llvm.getelementptr %dx_e[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v885, %v890 : f32, !llvm.ptr
                }
                %v891 = arith.mulf %v286, %v879 fastmath<contract> : f32
                %v892 = arith.mulf %v336, %v839 fastmath<contract> : f32
                %v893 = arith.addf %v891, %v892 fastmath<contract> : f32
                scf.if %v32 {
                  %v894 = arith.muli %v37, %v214 : i64
                  %v895 = arith.muli %v35, %size_L : i64
                  %v896 = arith.addi %v894, %v895 : i64
                  %v897 = arith.addi %v896, %v817 : i64
                  %v898 = llvm.getelementptr %dx_phi1[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v893, %v898 : f32, !llvm.ptr
                }
                %v899 = arith.mulf %v292, %v879 fastmath<contract> : f32
                %v900 = arith.mulf %v340, %v839 fastmath<contract> : f32
                %v901 = arith.addf %v899, %v900 fastmath<contract> : f32
                scf.if %v32 {
                  %v902 = arith.muli %v37, %v214 : i64
                  %v903 = arith.muli %v35, %size_L : i64
                  %v904 = arith.addi %v902, %v903 : i64
                  %v905 = arith.addi %v904, %v817 : i64
                  %v906 = llvm.getelementptr %dx_phi2[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v901, %v906 : f32, !llvm.ptr
                }
                %v907 = arith.mulf %v298, %v879 fastmath<contract> : f32
                %v908 = arith.muli %v37, %v214 : i64
                %v909 = arith.muli %v35, %size_L : i64
                %v910 = arith.addi %v908, %v909 : i64
                %v911 = arith.addi %v910, %v817 : i64
                %v912 = llvm.getelementptr %in_e[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v913 = llvm.load %v912 : !llvm.ptr -> f32
                %v914 = arith.mulf %v913, %v839 fastmath<contract> : f32
                %v915 = arith.addf %v907, %v914 fastmath<contract> : f32
                %v916 = llvm.load %v52 : !llvm.ptr -> f32
                %v917 = arith.addf %v916, %v915 fastmath<contract> : f32
                llvm.store %v917, %v52 : f32, !llvm.ptr
                %v918 = arith.mulf %v304, %v879 fastmath<contract> : f32
                %v919 = arith.mulf %v346, %v839 fastmath<contract> : f32
                %v920 = arith.addf %v918, %v919 fastmath<contract> : f32
                %v921 = llvm.load %v53 : !llvm.ptr -> f32
                %v922 = arith.addf %v921, %v920 fastmath<contract> : f32
                llvm.store %v922, %v53 : f32, !llvm.ptr
                llvm.store %v833, %v43 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v54, %v44 : f32, !llvm.ptr
                llvm.store %v853, %v48 : f32, !llvm.ptr
                llvm.store %v54, %v45 : f32, !llvm.ptr
                llvm.store %v883, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v50 : f32, !llvm.ptr
                llvm.store %v54, %v46 : f32, !llvm.ptr
                llvm.store %v871, %v51 : f32, !llvm.ptr
              } else {
                %v923 = arith.subi %v141, %v1 : i64
                %v924 = arith.muli %v276, %v2 : i64
                %v925 = arith.subi %v2, %v1 : i64
                %v926 = arith.minsi %v31, %v925 : i64
                %v927 = arith.addi %v924, %v926 : i64
                %v928 = llvm.getelementptr %scratch_h[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v929 = llvm.load %v928 : !llvm.ptr -> f32
                %v930 = arith.muli %v276, %v2 : i64
                %v931 = arith.subi %v2, %v1 : i64
                %v932 = arith.minsi %v31, %v931 : i64
                %v933 = arith.addi %v930, %v932 : i64
                %v934 = llvm.getelementptr %scratch_h_lag1[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v935 = llvm.load %v934 : !llvm.ptr -> f32
                %v936 = arith.muli %v276, %v2 : i64
                %v937 = arith.subi %v2, %v1 : i64
                %v938 = arith.minsi %v31, %v937 : i64
                %v939 = arith.addi %v936, %v938 : i64
                %v940 = llvm.getelementptr %scratch_e_lag1[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v941 = llvm.load %v940 : !llvm.ptr -> f32
                %v942 = arith.muli %v276, %v2 : i64
                %v943 = arith.subi %v2, %v1 : i64
                %v944 = arith.minsi %v31, %v943 : i64
                %v945 = arith.addi %v942, %v944 : i64
                %v946 = llvm.getelementptr %scratch_e_lag2[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v947 = llvm.load %v946 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v948 = arith.minsi %v277, %v923 : i64
                %v949 = arith.addi %v139, %v948 : i64
                %v950 = arith.muli %v37, %v214 : i64
                %v951 = arith.muli %v35, %size_L : i64
                %v952 = arith.addi %v950, %v951 : i64
                %v953 = arith.addi %v952, %v949 : i64
                %v954 = llvm.getelementptr %in_phi1[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v955 = llvm.load %v954 : !llvm.ptr -> f32
                %v956 = arith.muli %v37, %v214 : i64
                %v957 = arith.muli %v35, %size_L : i64
                %v958 = arith.addi %v956, %v957 : i64
                %v959 = arith.addi %v958, %v949 : i64
                %v960 = llvm.getelementptr %in_e[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v961 = llvm.load %v960 : !llvm.ptr -> f32
                %v962 = arith.mulf %v955, %v929 fastmath<contract> : f32
                %v963 = arith.addf %v962, %v961 fastmath<contract> : f32
                %v964 = arith.muli %v37, %v214 : i64
                %v965 = arith.muli %v35, %size_L : i64
                %v966 = arith.addi %v964, %v965 : i64
                %v967 = arith.addi %v966, %v949 : i64
                %v968 = llvm.getelementptr %in_phi2[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v969 = llvm.load %v968 : !llvm.ptr -> f32
                %v970 = arith.mulf %v969, %v935 fastmath<contract> : f32
                %v971 = arith.addf %v963, %v970 fastmath<contract> : f32
                %v972 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v973 = llvm.load %v972 : !llvm.ptr -> f32
                %v974 = arith.mulf %v973, %v941 fastmath<contract> : f32
                %v975 = arith.addf %v971, %v974 fastmath<contract> : f32
                %v976 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v977 = llvm.load %v976 : !llvm.ptr -> f32
                %v978 = arith.mulf %v977, %v947 fastmath<contract> : f32
                %v979 = arith.addf %v975, %v978 fastmath<contract> : f32
                %v980 = arith.mulf %v54, %v935 fastmath<contract> : f32
                %v981 = arith.addf %v980, %v54 fastmath<contract> : f32
                %v982 = arith.mulf %v55, %v929 fastmath<contract> : f32
                %v983 = arith.addf %v981, %v982 fastmath<contract> : f32
                %v984 = arith.mulf %v54, %v941 fastmath<contract> : f32
                %v985 = arith.addf %v984, %v961 fastmath<contract> : f32
                %v986 = arith.mulf %v54, %v947 fastmath<contract> : f32
                %v987 = arith.addf %v986, %v54 fastmath<contract> : f32
                %v988 = arith.mulf %v55, %v941 fastmath<contract> : f32
                %v989 = arith.addf %v987, %v988 fastmath<contract> : f32
                %v990 = arith.addi %v277, %v1 : i64
                %v991 = arith.minsi %v990, %v923 : i64
                %v992 = arith.addi %v139, %v991 : i64
                %v993 = arith.muli %v37, %v214 : i64
                %v994 = arith.muli %v35, %size_L : i64
                %v995 = arith.addi %v993, %v994 : i64
                %v996 = arith.addi %v995, %v992 : i64
                %v997 = llvm.getelementptr %in_phi1[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v998 = llvm.load %v997 : !llvm.ptr -> f32
                %v999 = arith.muli %v37, %v214 : i64
                %v1000 = arith.muli %v35, %size_L : i64
                %v1001 = arith.addi %v999, %v1000 : i64
                %v1002 = arith.addi %v1001, %v992 : i64
                %v1003 = llvm.getelementptr %in_e[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1004 = llvm.load %v1003 : !llvm.ptr -> f32
                %v1005 = arith.mulf %v998, %v979 fastmath<contract> : f32
                %v1006 = arith.addf %v1005, %v1004 fastmath<contract> : f32
                %v1007 = arith.muli %v37, %v214 : i64
                %v1008 = arith.muli %v35, %size_L : i64
                %v1009 = arith.addi %v1007, %v1008 : i64
                %v1010 = arith.addi %v1009, %v992 : i64
                %v1011 = llvm.getelementptr %in_phi2[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
                %v1013 = arith.mulf %v1012, %v983 fastmath<contract> : f32
                %v1014 = arith.addf %v1006, %v1013 fastmath<contract> : f32
                %v1015 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
                %v1017 = arith.mulf %v1016, %v985 fastmath<contract> : f32
                %v1018 = arith.addf %v1014, %v1017 fastmath<contract> : f32
                %v1019 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1020 = llvm.load %v1019 : !llvm.ptr -> f32
                %v1021 = arith.mulf %v1020, %v989 fastmath<contract> : f32
                %v1022 = arith.addf %v1018, %v1021 fastmath<contract> : f32
                %v1023 = arith.mulf %v54, %v983 fastmath<contract> : f32
                %v1024 = arith.addf %v1023, %v54 fastmath<contract> : f32
                %v1025 = arith.mulf %v55, %v979 fastmath<contract> : f32
                %v1026 = arith.addf %v1024, %v1025 fastmath<contract> : f32
                %v1027 = arith.mulf %v54, %v985 fastmath<contract> : f32
                %v1028 = arith.addf %v1027, %v1004 fastmath<contract> : f32
                %v1029 = arith.mulf %v54, %v989 fastmath<contract> : f32
                %v1030 = arith.addf %v1029, %v54 fastmath<contract> : f32
                %v1031 = arith.mulf %v55, %v985 fastmath<contract> : f32
                %v1032 = arith.addf %v1030, %v1031 fastmath<contract> : f32
                %v1033 = arith.addi %v277, %v61 : i64
                %v1034 = arith.minsi %v1033, %v923 : i64
                %v1035 = arith.addi %v139, %v1034 : i64
                %v1036 = arith.muli %v37, %v214 : i64
                %v1037 = arith.muli %v35, %size_L : i64
                %v1038 = arith.addi %v1036, %v1037 : i64
                %v1039 = arith.addi %v1038, %v1035 : i64
                %v1040 = llvm.getelementptr %in_phi1[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1041 = llvm.load %v1040 : !llvm.ptr -> f32
                %v1042 = arith.muli %v37, %v214 : i64
                %v1043 = arith.muli %v35, %size_L : i64
                %v1044 = arith.addi %v1042, %v1043 : i64
                %v1045 = arith.addi %v1044, %v1035 : i64
                %v1046 = llvm.getelementptr %in_e[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1047 = llvm.load %v1046 : !llvm.ptr -> f32
                %v1048 = arith.mulf %v1041, %v1022 fastmath<contract> : f32
                %v1049 = arith.addf %v1048, %v1047 fastmath<contract> : f32
                %v1050 = arith.muli %v37, %v214 : i64
                %v1051 = arith.muli %v35, %size_L : i64
                %v1052 = arith.addi %v1050, %v1051 : i64
                %v1053 = arith.addi %v1052, %v1035 : i64
                %v1054 = llvm.getelementptr %in_phi2[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
                %v1056 = arith.mulf %v1055, %v1026 fastmath<contract> : f32
                %v1057 = arith.addf %v1049, %v1056 fastmath<contract> : f32
                %v1058 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1059 = llvm.load %v1058 : !llvm.ptr -> f32
                %v1060 = arith.mulf %v1059, %v1028 fastmath<contract> : f32
                %v1061 = arith.addf %v1057, %v1060 fastmath<contract> : f32
                %v1062 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1063 = llvm.load %v1062 : !llvm.ptr -> f32
                %v1064 = arith.mulf %v1063, %v1032 fastmath<contract> : f32
                %v1065 = arith.addf %v1061, %v1064 fastmath<contract> : f32
                %v1066 = arith.mulf %v54, %v1026 fastmath<contract> : f32
                %v1067 = arith.addf %v1066, %v54 fastmath<contract> : f32
                %v1068 = arith.mulf %v55, %v1022 fastmath<contract> : f32
                %v1069 = arith.addf %v1067, %v1068 fastmath<contract> : f32
                %v1070 = arith.mulf %v54, %v1028 fastmath<contract> : f32
                %v1071 = arith.addf %v1070, %v1047 fastmath<contract> : f32
                %v1072 = arith.mulf %v54, %v1032 fastmath<contract> : f32
                %v1073 = arith.addf %v1072, %v54 fastmath<contract> : f32
                %v1074 = arith.mulf %v55, %v1028 fastmath<contract> : f32
                %v1075 = arith.addf %v1073, %v1074 fastmath<contract> : f32
                %v1076 = arith.addi %v277, %v66 : i64
                %v1077 = arith.minsi %v1076, %v923 : i64
                %v1078 = arith.addi %v139, %v1077 : i64
                %v1079 = arith.muli %v37, %v214 : i64
                %v1080 = arith.muli %v35, %size_L : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = arith.addi %v1081, %v1078 : i64
                %v1083 = llvm.getelementptr %in_phi1[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
                %v1085 = arith.muli %v37, %v214 : i64
                %v1086 = arith.muli %v35, %size_L : i64
                %v1087 = arith.addi %v1085, %v1086 : i64
                %v1088 = arith.addi %v1087, %v1078 : i64
                %v1089 = llvm.getelementptr %in_e[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1090 = llvm.load %v1089 : !llvm.ptr -> f32
                %v1091 = arith.mulf %v1084, %v1065 fastmath<contract> : f32
                %v1092 = arith.addf %v1091, %v1090 fastmath<contract> : f32
                %v1093 = arith.muli %v37, %v214 : i64
                %v1094 = arith.muli %v35, %size_L : i64
                %v1095 = arith.addi %v1093, %v1094 : i64
                %v1096 = arith.addi %v1095, %v1078 : i64
                %v1097 = llvm.getelementptr %in_phi2[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1098 = llvm.load %v1097 : !llvm.ptr -> f32
                %v1099 = arith.mulf %v1098, %v1069 fastmath<contract> : f32
                %v1100 = arith.addf %v1092, %v1099 fastmath<contract> : f32
                %v1101 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
                %v1103 = arith.mulf %v1102, %v1071 fastmath<contract> : f32
                %v1104 = arith.addf %v1100, %v1103 fastmath<contract> : f32
                %v1105 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1106 = llvm.load %v1105 : !llvm.ptr -> f32
                %v1107 = arith.mulf %v1106, %v1075 fastmath<contract> : f32
                %v1108 = arith.addf %v1104, %v1107 fastmath<contract> : f32
                %v1109 = arith.mulf %v54, %v1069 fastmath<contract> : f32
                %v1110 = arith.addf %v1109, %v54 fastmath<contract> : f32
                %v1111 = arith.mulf %v55, %v1065 fastmath<contract> : f32
                %v1112 = arith.addf %v1110, %v1111 fastmath<contract> : f32
                %v1113 = arith.mulf %v54, %v1071 fastmath<contract> : f32
                %v1114 = arith.addf %v1113, %v1090 fastmath<contract> : f32
                %v1115 = arith.mulf %v54, %v1075 fastmath<contract> : f32
                %v1116 = arith.addf %v1115, %v54 fastmath<contract> : f32
                %v1117 = arith.mulf %v55, %v1071 fastmath<contract> : f32
                %v1118 = arith.addf %v1116, %v1117 fastmath<contract> : f32
                %v1119 = arith.subi %v141, %v277 : i64
                %v1120 = arith.trunci %v1119 : i64 to i32
                %v1121 = arith.subi %size_L, %v1 : i64
                %v1122 = arith.addi %v139, %v277 : i64
                %v1123 = arith.subi %v1121, %v1122 : i64
                %v1124 = arith.minsi %v1123, %v481 : i64
                %v1125 = arith.trunci %v1124 : i64 to i32
                %v1126 = arith.addi %v277, %v66 : i64
                %v1127 = arith.cmpi slt, %v485, %v1120 : i32
                %v1128 = arith.cmpi eq, %v485, %v1125 : i32
                scf.if %v1127 {
                  %v1129 = arith.addi %v139, %v1126 : i64
                  %v1130 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1131 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1132 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1133 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1134 = arith.muli %v37, %v214 : i64
                  %v1135 = arith.muli %v35, %size_L : i64
                  %v1136 = arith.addi %v1134, %v1135 : i64
                  %v1137 = arith.addi %v1136, %v1129 : i64
                  %v1138 = llvm.getelementptr %dy_y[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1139 = llvm.load %v1138 : !llvm.ptr -> f32
                  %v1140 = arith.muli %v37, %v214 : i64
                  %v1141 = arith.muli %v35, %size_L : i64
                  %v1142 = arith.addi %v1140, %v1141 : i64
                  %v1143 = arith.addi %v1142, %v1129 : i64
                  %v1144 = llvm.getelementptr %in_phi1[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1145 = llvm.load %v1144 : !llvm.ptr -> f32
                  %v1146 = arith.muli %v37, %v214 : i64
                  %v1147 = arith.muli %v35, %size_L : i64
                  %v1148 = arith.addi %v1146, %v1147 : i64
                  %v1149 = arith.addi %v1148, %v1129 : i64
                  %v1150 = llvm.getelementptr %dy_forecast[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1151 = llvm.load %v1150 : !llvm.ptr -> f32
                  %v1152 = arith.mulf %v1145, %v1151 fastmath<contract> : f32
                  %v1153 = arith.addf %v1139, %v1152 fastmath<contract> : f32
                  %v1154 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1155 = arith.mulf %v1154, %v1130 fastmath<contract> : f32
                  %v1156 = arith.addf %v1153, %v1155 fastmath<contract> : f32
                  %v1157 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1158 = arith.mulf %v1157, %v1131 fastmath<contract> : f32
                  %v1159 = arith.addf %v1158, %v1156 fastmath<contract> : f32
                  %v1160 = arith.muli %v37, %v214 : i64
                  %v1161 = arith.muli %v35, %size_L : i64
                  %v1162 = arith.addi %v1160, %v1161 : i64
                  %v1163 = arith.addi %v1162, %v1129 : i64
                  %v1164 = llvm.getelementptr %in_phi2[%v1163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1165 = llvm.load %v1164 : !llvm.ptr -> f32
                  %v1166 = arith.mulf %v1165, %v1151 fastmath<contract> : f32
                  %v1167 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1168 = arith.mulf %v1167, %v1131 fastmath<contract> : f32
                  %v1169 = arith.addf %v1166, %v1168 fastmath<contract> : f32
                  %v1170 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1171 = arith.mulf %v1170, %v1130 fastmath<contract> : f32
                  %v1172 = arith.addf %v1171, %v1169 fastmath<contract> : f32
                  %v1173 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1174 = arith.mulf %v1173, %v1132 fastmath<contract> : f32
                  %v1175 = arith.addf %v54, %v1174 fastmath<contract> : f32
                  %v1176 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1177 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1178 = arith.mulf %v1176, %v1130 fastmath<contract> : f32
                  %v1179 = arith.addf %v1178, %v1175 fastmath<contract> : f32
                  %v1180 = arith.mulf %v1177, %v1133 fastmath<contract> : f32
                  %v1181 = arith.addf %v1180, %v1179 fastmath<contract> : f32
                  %v1182 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
                  %v1184 = arith.mulf %v1183, %v1151 fastmath<contract> : f32
                  %v1185 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1186 = arith.mulf %v1185, %v1133 fastmath<contract> : f32
                  %v1187 = arith.addf %v1184, %v1186 fastmath<contract> : f32
                  %v1188 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1189 = arith.mulf %v1188, %v1130 fastmath<contract> : f32
                  %v1190 = arith.addf %v1189, %v1187 fastmath<contract> : f32
                  llvm.store %v1159, %v39 : f32, !llvm.ptr
                  llvm.store %v1172, %v40 : f32, !llvm.ptr
                  llvm.store %v1181, %v41 : f32, !llvm.ptr
                  llvm.store %v1190, %v42 : f32, !llvm.ptr
                  %v1191 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1192 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1193 = arith.addf %v1191, %v1192 fastmath<contract> : f32
                  %v1194 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
                  %v1196 = arith.mulf %v1195, %v1151 fastmath<contract> : f32
                  %v1197 = arith.addf %v1193, %v1196 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1198 = arith.muli %v37, %v214 : i64
                    %v1199 = arith.muli %v35, %size_L : i64
                    %v1200 = arith.addi %v1198, %v1199 : i64
                    %v1201 = arith.addi %v1200, %v1129 : i64
                    %v1202 = llvm.getelementptr %dx_e[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1197, %v1202 : f32, !llvm.ptr
                  }
                  %v1203 = arith.mulf %v1065, %v1191 fastmath<contract> : f32
                  %v1204 = arith.mulf %v1108, %v1151 fastmath<contract> : f32
                  %v1205 = arith.addf %v1203, %v1204 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1206 = arith.muli %v37, %v214 : i64
                    %v1207 = arith.muli %v35, %size_L : i64
                    %v1208 = arith.addi %v1206, %v1207 : i64
                    %v1209 = arith.addi %v1208, %v1129 : i64
                    %v1210 = llvm.getelementptr %dx_phi1[%v1209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1205, %v1210 : f32, !llvm.ptr
                  }
                  %v1211 = arith.mulf %v1069, %v1191 fastmath<contract> : f32
                  %v1212 = arith.mulf %v1112, %v1151 fastmath<contract> : f32
                  %v1213 = arith.addf %v1211, %v1212 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1214 = arith.muli %v37, %v214 : i64
                    %v1215 = arith.muli %v35, %size_L : i64
                    %v1216 = arith.addi %v1214, %v1215 : i64
                    %v1217 = arith.addi %v1216, %v1129 : i64
                    %v1218 = llvm.getelementptr %dx_phi2[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1213, %v1218 : f32, !llvm.ptr
                  }
                  %v1219 = arith.mulf %v1071, %v1191 fastmath<contract> : f32
                  %v1220 = arith.muli %v37, %v214 : i64
                  %v1221 = arith.muli %v35, %size_L : i64
                  %v1222 = arith.addi %v1220, %v1221 : i64
                  %v1223 = arith.addi %v1222, %v1129 : i64
                  %v1224 = llvm.getelementptr %in_e[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
                  %v1226 = arith.mulf %v1225, %v1151 fastmath<contract> : f32
                  %v1227 = arith.addf %v1219, %v1226 fastmath<contract> : f32
                  %v1228 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1229 = arith.addf %v1228, %v1227 fastmath<contract> : f32
                  llvm.store %v1229, %v52 : f32, !llvm.ptr
                  %v1230 = arith.mulf %v1075, %v1191 fastmath<contract> : f32
                  %v1231 = arith.mulf %v1118, %v1151 fastmath<contract> : f32
                  %v1232 = arith.addf %v1230, %v1231 fastmath<contract> : f32
                  %v1233 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1234 = arith.addf %v1233, %v1232 fastmath<contract> : f32
                  llvm.store %v1234, %v53 : f32, !llvm.ptr
                  llvm.store %v1145, %v43 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v54, %v44 : f32, !llvm.ptr
                  llvm.store %v1165, %v48 : f32, !llvm.ptr
                  llvm.store %v54, %v45 : f32, !llvm.ptr
                  llvm.store %v1195, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v50 : f32, !llvm.ptr
                  llvm.store %v54, %v46 : f32, !llvm.ptr
                  llvm.store %v1183, %v51 : f32, !llvm.ptr
                }
                %v1235 = arith.addi %v277, %v61 : i64
                %v1236 = arith.cmpi slt, %v595, %v1120 : i32
                %v1237 = arith.cmpi eq, %v595, %v1125 : i32
                scf.if %v1236 {
                  %v1238 = arith.addi %v139, %v1235 : i64
                  %v1239 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1240 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1241 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1242 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1243 = arith.muli %v37, %v214 : i64
                  %v1244 = arith.muli %v35, %size_L : i64
                  %v1245 = arith.addi %v1243, %v1244 : i64
                  %v1246 = arith.addi %v1245, %v1238 : i64
                  %v1247 = llvm.getelementptr %dy_y[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1248 = llvm.load %v1247 : !llvm.ptr -> f32
                  %v1249 = arith.muli %v37, %v214 : i64
                  %v1250 = arith.muli %v35, %size_L : i64
                  %v1251 = arith.addi %v1249, %v1250 : i64
                  %v1252 = arith.addi %v1251, %v1238 : i64
                  %v1253 = llvm.getelementptr %in_phi1[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
                  %v1255 = arith.muli %v37, %v214 : i64
                  %v1256 = arith.muli %v35, %size_L : i64
                  %v1257 = arith.addi %v1255, %v1256 : i64
                  %v1258 = arith.addi %v1257, %v1238 : i64
                  %v1259 = llvm.getelementptr %dy_forecast[%v1258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1260 = llvm.load %v1259 : !llvm.ptr -> f32
                  %v1261 = arith.mulf %v1254, %v1260 fastmath<contract> : f32
                  %v1262 = arith.addf %v1248, %v1261 fastmath<contract> : f32
                  %v1263 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1264 = arith.mulf %v1263, %v1239 fastmath<contract> : f32
                  %v1265 = arith.addf %v1262, %v1264 fastmath<contract> : f32
                  %v1266 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1267 = arith.mulf %v1266, %v1240 fastmath<contract> : f32
                  %v1268 = arith.addf %v1267, %v1265 fastmath<contract> : f32
                  %v1269 = arith.muli %v37, %v214 : i64
                  %v1270 = arith.muli %v35, %size_L : i64
                  %v1271 = arith.addi %v1269, %v1270 : i64
                  %v1272 = arith.addi %v1271, %v1238 : i64
                  %v1273 = llvm.getelementptr %in_phi2[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
                  %v1275 = arith.mulf %v1274, %v1260 fastmath<contract> : f32
                  %v1276 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1277 = arith.mulf %v1276, %v1240 fastmath<contract> : f32
                  %v1278 = arith.addf %v1275, %v1277 fastmath<contract> : f32
                  %v1279 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1280 = arith.mulf %v1279, %v1239 fastmath<contract> : f32
                  %v1281 = arith.addf %v1280, %v1278 fastmath<contract> : f32
                  %v1282 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1283 = arith.mulf %v1282, %v1241 fastmath<contract> : f32
                  %v1284 = arith.addf %v54, %v1283 fastmath<contract> : f32
                  %v1285 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1286 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1287 = arith.mulf %v1285, %v1239 fastmath<contract> : f32
                  %v1288 = arith.addf %v1287, %v1284 fastmath<contract> : f32
                  %v1289 = arith.mulf %v1286, %v1242 fastmath<contract> : f32
                  %v1290 = arith.addf %v1289, %v1288 fastmath<contract> : f32
                  %v1291 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1292 = llvm.load %v1291 : !llvm.ptr -> f32
                  %v1293 = arith.mulf %v1292, %v1260 fastmath<contract> : f32
                  %v1294 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1295 = arith.mulf %v1294, %v1242 fastmath<contract> : f32
                  %v1296 = arith.addf %v1293, %v1295 fastmath<contract> : f32
                  %v1297 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1298 = arith.mulf %v1297, %v1239 fastmath<contract> : f32
                  %v1299 = arith.addf %v1298, %v1296 fastmath<contract> : f32
                  llvm.store %v1268, %v39 : f32, !llvm.ptr
                  llvm.store %v1281, %v40 : f32, !llvm.ptr
                  llvm.store %v1290, %v41 : f32, !llvm.ptr
                  llvm.store %v1299, %v42 : f32, !llvm.ptr
                  %v1300 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1301 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1302 = arith.addf %v1300, %v1301 fastmath<contract> : f32
                  %v1303 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1304 = llvm.load %v1303 : !llvm.ptr -> f32
                  %v1305 = arith.mulf %v1304, %v1260 fastmath<contract> : f32
                  %v1306 = arith.addf %v1302, %v1305 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1307 = arith.muli %v37, %v214 : i64
                    %v1308 = arith.muli %v35, %size_L : i64
                    %v1309 = arith.addi %v1307, %v1308 : i64
                    %v1310 = arith.addi %v1309, %v1238 : i64
                    %v1311 = llvm.getelementptr %dx_e[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1306, %v1311 : f32, !llvm.ptr
                  }
                  %v1312 = arith.mulf %v1022, %v1300 fastmath<contract> : f32
                  %v1313 = arith.mulf %v1065, %v1260 fastmath<contract> : f32
                  %v1314 = arith.addf %v1312, %v1313 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1315 = arith.muli %v37, %v214 : i64
                    %v1316 = arith.muli %v35, %size_L : i64
                    %v1317 = arith.addi %v1315, %v1316 : i64
                    %v1318 = arith.addi %v1317, %v1238 : i64
                    %v1319 = llvm.getelementptr %dx_phi1[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1314, %v1319 : f32, !llvm.ptr
                  }
                  %v1320 = arith.mulf %v1026, %v1300 fastmath<contract> : f32
                  %v1321 = arith.mulf %v1069, %v1260 fastmath<contract> : f32
                  %v1322 = arith.addf %v1320, %v1321 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1323 = arith.muli %v37, %v214 : i64
                    %v1324 = arith.muli %v35, %size_L : i64
                    %v1325 = arith.addi %v1323, %v1324 : i64
                    %v1326 = arith.addi %v1325, %v1238 : i64
                    %v1327 = llvm.getelementptr %dx_phi2[%v1326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1322, %v1327 : f32, !llvm.ptr
                  }
                  %v1328 = arith.mulf %v1028, %v1300 fastmath<contract> : f32
                  %v1329 = arith.muli %v37, %v214 : i64
                  %v1330 = arith.muli %v35, %size_L : i64
                  %v1331 = arith.addi %v1329, %v1330 : i64
                  %v1332 = arith.addi %v1331, %v1238 : i64
                  %v1333 = llvm.getelementptr %in_e[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
                  %v1335 = arith.mulf %v1334, %v1260 fastmath<contract> : f32
                  %v1336 = arith.addf %v1328, %v1335 fastmath<contract> : f32
                  %v1337 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1338 = arith.addf %v1337, %v1336 fastmath<contract> : f32
                  llvm.store %v1338, %v52 : f32, !llvm.ptr
                  %v1339 = arith.mulf %v1032, %v1300 fastmath<contract> : f32
                  %v1340 = arith.mulf %v1075, %v1260 fastmath<contract> : f32
                  %v1341 = arith.addf %v1339, %v1340 fastmath<contract> : f32
                  %v1342 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1343 = arith.addf %v1342, %v1341 fastmath<contract> : f32
                  llvm.store %v1343, %v53 : f32, !llvm.ptr
                  llvm.store %v1254, %v43 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v54, %v44 : f32, !llvm.ptr
                  llvm.store %v1274, %v48 : f32, !llvm.ptr
                  llvm.store %v54, %v45 : f32, !llvm.ptr
                  llvm.store %v1304, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v50 : f32, !llvm.ptr
                  llvm.store %v54, %v46 : f32, !llvm.ptr
                  llvm.store %v1292, %v51 : f32, !llvm.ptr
                }
                %v1344 = arith.addi %v277, %v1 : i64
                %v1345 = arith.cmpi slt, %v705, %v1120 : i32
                %v1346 = arith.cmpi eq, %v705, %v1125 : i32
                scf.if %v1345 {
                  %v1347 = arith.addi %v139, %v1344 : i64
                  %v1348 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1349 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1350 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1351 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1352 = arith.muli %v37, %v214 : i64
                  %v1353 = arith.muli %v35, %size_L : i64
                  %v1354 = arith.addi %v1352, %v1353 : i64
                  %v1355 = arith.addi %v1354, %v1347 : i64
                  %v1356 = llvm.getelementptr %dy_y[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
                  %v1358 = arith.muli %v37, %v214 : i64
                  %v1359 = arith.muli %v35, %size_L : i64
                  %v1360 = arith.addi %v1358, %v1359 : i64
                  %v1361 = arith.addi %v1360, %v1347 : i64
                  %v1362 = llvm.getelementptr %in_phi1[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
                  %v1364 = arith.muli %v37, %v214 : i64
                  %v1365 = arith.muli %v35, %size_L : i64
                  %v1366 = arith.addi %v1364, %v1365 : i64
                  %v1367 = arith.addi %v1366, %v1347 : i64
                  %v1368 = llvm.getelementptr %dy_forecast[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
                  %v1370 = arith.mulf %v1363, %v1369 fastmath<contract> : f32
                  %v1371 = arith.addf %v1357, %v1370 fastmath<contract> : f32
                  %v1372 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1373 = arith.mulf %v1372, %v1348 fastmath<contract> : f32
                  %v1374 = arith.addf %v1371, %v1373 fastmath<contract> : f32
                  %v1375 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1376 = arith.mulf %v1375, %v1349 fastmath<contract> : f32
                  %v1377 = arith.addf %v1376, %v1374 fastmath<contract> : f32
                  %v1378 = arith.muli %v37, %v214 : i64
                  %v1379 = arith.muli %v35, %size_L : i64
                  %v1380 = arith.addi %v1378, %v1379 : i64
                  %v1381 = arith.addi %v1380, %v1347 : i64
                  %v1382 = llvm.getelementptr %in_phi2[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
                  %v1384 = arith.mulf %v1383, %v1369 fastmath<contract> : f32
                  %v1385 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1386 = arith.mulf %v1385, %v1349 fastmath<contract> : f32
                  %v1387 = arith.addf %v1384, %v1386 fastmath<contract> : f32
                  %v1388 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1389 = arith.mulf %v1388, %v1348 fastmath<contract> : f32
                  %v1390 = arith.addf %v1389, %v1387 fastmath<contract> : f32
                  %v1391 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1392 = arith.mulf %v1391, %v1350 fastmath<contract> : f32
                  %v1393 = arith.addf %v54, %v1392 fastmath<contract> : f32
                  %v1394 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1395 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1396 = arith.mulf %v1394, %v1348 fastmath<contract> : f32
                  %v1397 = arith.addf %v1396, %v1393 fastmath<contract> : f32
                  %v1398 = arith.mulf %v1395, %v1351 fastmath<contract> : f32
                  %v1399 = arith.addf %v1398, %v1397 fastmath<contract> : f32
                  %v1400 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
                  %v1402 = arith.mulf %v1401, %v1369 fastmath<contract> : f32
                  %v1403 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1404 = arith.mulf %v1403, %v1351 fastmath<contract> : f32
                  %v1405 = arith.addf %v1402, %v1404 fastmath<contract> : f32
                  %v1406 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1407 = arith.mulf %v1406, %v1348 fastmath<contract> : f32
                  %v1408 = arith.addf %v1407, %v1405 fastmath<contract> : f32
                  llvm.store %v1377, %v39 : f32, !llvm.ptr
                  llvm.store %v1390, %v40 : f32, !llvm.ptr
                  llvm.store %v1399, %v41 : f32, !llvm.ptr
                  llvm.store %v1408, %v42 : f32, !llvm.ptr
                  %v1409 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1410 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1411 = arith.addf %v1409, %v1410 fastmath<contract> : f32
                  %v1412 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1413 = llvm.load %v1412 : !llvm.ptr -> f32
                  %v1414 = arith.mulf %v1413, %v1369 fastmath<contract> : f32
                  %v1415 = arith.addf %v1411, %v1414 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1416 = arith.muli %v37, %v214 : i64
                    %v1417 = arith.muli %v35, %size_L : i64
                    %v1418 = arith.addi %v1416, %v1417 : i64
                    %v1419 = arith.addi %v1418, %v1347 : i64
                    %v1420 = llvm.getelementptr %dx_e[%v1419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1415, %v1420 : f32, !llvm.ptr
                  }
                  %v1421 = arith.mulf %v979, %v1409 fastmath<contract> : f32
                  %v1422 = arith.mulf %v1022, %v1369 fastmath<contract> : f32
                  %v1423 = arith.addf %v1421, %v1422 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1424 = arith.muli %v37, %v214 : i64
                    %v1425 = arith.muli %v35, %size_L : i64
                    %v1426 = arith.addi %v1424, %v1425 : i64
                    %v1427 = arith.addi %v1426, %v1347 : i64
                    %v1428 = llvm.getelementptr %dx_phi1[%v1427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1423, %v1428 : f32, !llvm.ptr
                  }
                  %v1429 = arith.mulf %v983, %v1409 fastmath<contract> : f32
                  %v1430 = arith.mulf %v1026, %v1369 fastmath<contract> : f32
                  %v1431 = arith.addf %v1429, %v1430 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1432 = arith.muli %v37, %v214 : i64
                    %v1433 = arith.muli %v35, %size_L : i64
                    %v1434 = arith.addi %v1432, %v1433 : i64
                    %v1435 = arith.addi %v1434, %v1347 : i64
                    %v1436 = llvm.getelementptr %dx_phi2[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1431, %v1436 : f32, !llvm.ptr
                  }
                  %v1437 = arith.mulf %v985, %v1409 fastmath<contract> : f32
                  %v1438 = arith.muli %v37, %v214 : i64
                  %v1439 = arith.muli %v35, %size_L : i64
                  %v1440 = arith.addi %v1438, %v1439 : i64
                  %v1441 = arith.addi %v1440, %v1347 : i64
                  %v1442 = llvm.getelementptr %in_e[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1443 = llvm.load %v1442 : !llvm.ptr -> f32
                  %v1444 = arith.mulf %v1443, %v1369 fastmath<contract> : f32
                  %v1445 = arith.addf %v1437, %v1444 fastmath<contract> : f32
                  %v1446 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1447 = arith.addf %v1446, %v1445 fastmath<contract> : f32
                  llvm.store %v1447, %v52 : f32, !llvm.ptr
                  %v1448 = arith.mulf %v989, %v1409 fastmath<contract> : f32
                  %v1449 = arith.mulf %v1032, %v1369 fastmath<contract> : f32
                  %v1450 = arith.addf %v1448, %v1449 fastmath<contract> : f32
                  %v1451 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1452 = arith.addf %v1451, %v1450 fastmath<contract> : f32
                  llvm.store %v1452, %v53 : f32, !llvm.ptr
                  llvm.store %v1363, %v43 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v54, %v44 : f32, !llvm.ptr
                  llvm.store %v1383, %v48 : f32, !llvm.ptr
                  llvm.store %v54, %v45 : f32, !llvm.ptr
                  llvm.store %v1413, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v50 : f32, !llvm.ptr
                  llvm.store %v54, %v46 : f32, !llvm.ptr
                  llvm.store %v1401, %v51 : f32, !llvm.ptr
                }
                %v1453 = arith.cmpi slt, %v814, %v1120 : i32
                %v1454 = arith.cmpi eq, %v814, %v1125 : i32
                scf.if %v1453 {
                  %v1455 = arith.addi %v139, %v277 : i64
                  %v1456 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1457 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1458 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1459 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1460 = arith.muli %v37, %v214 : i64
                  %v1461 = arith.muli %v35, %size_L : i64
                  %v1462 = arith.addi %v1460, %v1461 : i64
                  %v1463 = arith.addi %v1462, %v1455 : i64
                  %v1464 = llvm.getelementptr %dy_y[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1465 = llvm.load %v1464 : !llvm.ptr -> f32
                  %v1466 = arith.muli %v37, %v214 : i64
                  %v1467 = arith.muli %v35, %size_L : i64
                  %v1468 = arith.addi %v1466, %v1467 : i64
                  %v1469 = arith.addi %v1468, %v1455 : i64
                  %v1470 = llvm.getelementptr %in_phi1[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
                  %v1472 = arith.muli %v37, %v214 : i64
                  %v1473 = arith.muli %v35, %size_L : i64
                  %v1474 = arith.addi %v1472, %v1473 : i64
                  %v1475 = arith.addi %v1474, %v1455 : i64
                  %v1476 = llvm.getelementptr %dy_forecast[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1477 = llvm.load %v1476 : !llvm.ptr -> f32
                  %v1478 = arith.mulf %v1471, %v1477 fastmath<contract> : f32
                  %v1479 = arith.addf %v1465, %v1478 fastmath<contract> : f32
                  %v1480 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1481 = arith.mulf %v1480, %v1456 fastmath<contract> : f32
                  %v1482 = arith.addf %v1479, %v1481 fastmath<contract> : f32
                  %v1483 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1484 = arith.mulf %v1483, %v1457 fastmath<contract> : f32
                  %v1485 = arith.addf %v1484, %v1482 fastmath<contract> : f32
                  %v1486 = arith.muli %v37, %v214 : i64
                  %v1487 = arith.muli %v35, %size_L : i64
                  %v1488 = arith.addi %v1486, %v1487 : i64
                  %v1489 = arith.addi %v1488, %v1455 : i64
                  %v1490 = llvm.getelementptr %in_phi2[%v1489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1491 = llvm.load %v1490 : !llvm.ptr -> f32
                  %v1492 = arith.mulf %v1491, %v1477 fastmath<contract> : f32
                  %v1493 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1494 = arith.mulf %v1493, %v1457 fastmath<contract> : f32
                  %v1495 = arith.addf %v1492, %v1494 fastmath<contract> : f32
                  %v1496 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1497 = arith.mulf %v1496, %v1456 fastmath<contract> : f32
                  %v1498 = arith.addf %v1497, %v1495 fastmath<contract> : f32
                  %v1499 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1500 = arith.mulf %v1499, %v1458 fastmath<contract> : f32
                  %v1501 = arith.addf %v54, %v1500 fastmath<contract> : f32
                  %v1502 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1503 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1504 = arith.mulf %v1502, %v1456 fastmath<contract> : f32
                  %v1505 = arith.addf %v1504, %v1501 fastmath<contract> : f32
                  %v1506 = arith.mulf %v1503, %v1459 fastmath<contract> : f32
                  %v1507 = arith.addf %v1506, %v1505 fastmath<contract> : f32
                  %v1508 = llvm.getelementptr %in_theta2[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1509 = llvm.load %v1508 : !llvm.ptr -> f32
                  %v1510 = arith.mulf %v1509, %v1477 fastmath<contract> : f32
                  %v1511 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1512 = arith.mulf %v1511, %v1459 fastmath<contract> : f32
                  %v1513 = arith.addf %v1510, %v1512 fastmath<contract> : f32
                  %v1514 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1515 = arith.mulf %v1514, %v1456 fastmath<contract> : f32
                  %v1516 = arith.addf %v1515, %v1513 fastmath<contract> : f32
                  llvm.store %v1485, %v39 : f32, !llvm.ptr
                  llvm.store %v1498, %v40 : f32, !llvm.ptr
                  llvm.store %v1507, %v41 : f32, !llvm.ptr
                  llvm.store %v1516, %v42 : f32, !llvm.ptr
                  %v1517 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1518 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1519 = arith.addf %v1517, %v1518 fastmath<contract> : f32
                  %v1520 = llvm.getelementptr %in_theta1[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
                  %v1522 = arith.mulf %v1521, %v1477 fastmath<contract> : f32
                  %v1523 = arith.addf %v1519, %v1522 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1524 = arith.muli %v37, %v214 : i64
                    %v1525 = arith.muli %v35, %size_L : i64
                    %v1526 = arith.addi %v1524, %v1525 : i64
                    %v1527 = arith.addi %v1526, %v1455 : i64
                    %v1528 = llvm.getelementptr %dx_e[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1523, %v1528 : f32, !llvm.ptr
                  }
                  %v1529 = arith.mulf %v929, %v1517 fastmath<contract> : f32
                  %v1530 = arith.mulf %v979, %v1477 fastmath<contract> : f32
                  %v1531 = arith.addf %v1529, %v1530 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1532 = arith.muli %v37, %v214 : i64
                    %v1533 = arith.muli %v35, %size_L : i64
                    %v1534 = arith.addi %v1532, %v1533 : i64
                    %v1535 = arith.addi %v1534, %v1455 : i64
                    %v1536 = llvm.getelementptr %dx_phi1[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1531, %v1536 : f32, !llvm.ptr
                  }
                  %v1537 = arith.mulf %v935, %v1517 fastmath<contract> : f32
                  %v1538 = arith.mulf %v983, %v1477 fastmath<contract> : f32
                  %v1539 = arith.addf %v1537, %v1538 fastmath<contract> : f32
                  scf.if %v32 {
                    %v1540 = arith.muli %v37, %v214 : i64
                    %v1541 = arith.muli %v35, %size_L : i64
                    %v1542 = arith.addi %v1540, %v1541 : i64
                    %v1543 = arith.addi %v1542, %v1455 : i64
                    %v1544 = llvm.getelementptr %dx_phi2[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1539, %v1544 : f32, !llvm.ptr
                  }
                  %v1545 = arith.mulf %v941, %v1517 fastmath<contract> : f32
                  %v1546 = arith.muli %v37, %v214 : i64
                  %v1547 = arith.muli %v35, %size_L : i64
                  %v1548 = arith.addi %v1546, %v1547 : i64
                  %v1549 = arith.addi %v1548, %v1455 : i64
                  %v1550 = llvm.getelementptr %in_e[%v1549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1551 = llvm.load %v1550 : !llvm.ptr -> f32
                  %v1552 = arith.mulf %v1551, %v1477 fastmath<contract> : f32
                  %v1553 = arith.addf %v1545, %v1552 fastmath<contract> : f32
                  %v1554 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1555 = arith.addf %v1554, %v1553 fastmath<contract> : f32
                  llvm.store %v1555, %v52 : f32, !llvm.ptr
                  %v1556 = arith.mulf %v947, %v1517 fastmath<contract> : f32
                  %v1557 = arith.mulf %v989, %v1477 fastmath<contract> : f32
                  %v1558 = arith.addf %v1556, %v1557 fastmath<contract> : f32
                  %v1559 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1560 = arith.addf %v1559, %v1558 fastmath<contract> : f32
                  llvm.store %v1560, %v53 : f32, !llvm.ptr
                  llvm.store %v1471, %v43 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v54, %v44 : f32, !llvm.ptr
                  llvm.store %v1491, %v48 : f32, !llvm.ptr
                  llvm.store %v54, %v45 : f32, !llvm.ptr
                  llvm.store %v1521, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v50 : f32, !llvm.ptr
                  llvm.store %v54, %v46 : f32, !llvm.ptr
                  llvm.store %v1509, %v51 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v10 {
      }
      scf.if %v10 {
        scf.if %v32 {
          %v1561 = llvm.load %v52 : !llvm.ptr -> f32
          %v1562 = llvm.getelementptr %part_theta1[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1561, %v1562 : f32, !llvm.ptr
        }
        scf.if %v32 {
          %v1563 = llvm.load %v53 : !llvm.ptr -> f32
          %v1564 = llvm.getelementptr %part_theta2[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1563, %v1564 : f32, !llvm.ptr
        }
      } else {
        scf.if %v32 {
          %v1565 = llvm.load %v39 : !llvm.ptr -> f32
          %v1566 = llvm.getelementptr %slice_carry[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1565, %v1566 : f32, !llvm.ptr
          %v1567 = arith.addi %v2, %v31 : i64
          %v1568 = llvm.load %v40 : !llvm.ptr -> f32
          %v1569 = llvm.getelementptr %slice_carry[%v1567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1568, %v1569 : f32, !llvm.ptr
          %v1570 = arith.muli %v61, %v2 : i64
          %v1571 = arith.addi %v1570, %v31 : i64
          %v1572 = llvm.load %v41 : !llvm.ptr -> f32
          %v1573 = llvm.getelementptr %slice_carry[%v1571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1572, %v1573 : f32, !llvm.ptr
          %v1574 = arith.muli %v66, %v2 : i64
          %v1575 = arith.addi %v1574, %v31 : i64
          %v1576 = llvm.load %v42 : !llvm.ptr -> f32
          %v1577 = llvm.getelementptr %slice_carry[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1576, %v1577 : f32, !llvm.ptr
          %v1578 = arith.muli %v71, %v2 : i64
          %v1579 = arith.addi %v1578, %v31 : i64
          %v1580 = llvm.load %v43 : !llvm.ptr -> f32
          %v1581 = llvm.getelementptr %slice_carry[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1580, %v1581 : f32, !llvm.ptr
          %v1582 = arith.muli %v76, %v2 : i64
          %v1583 = arith.addi %v1582, %v31 : i64
          %v1584 = llvm.load %v44 : !llvm.ptr -> f32
          %v1585 = llvm.getelementptr %slice_carry[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1584, %v1585 : f32, !llvm.ptr
          %v1586 = arith.muli %v81, %v2 : i64
          %v1587 = arith.addi %v1586, %v31 : i64
          %v1588 = llvm.load %v45 : !llvm.ptr -> f32
          %v1589 = llvm.getelementptr %slice_carry[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1588, %v1589 : f32, !llvm.ptr
          %v1590 = arith.muli %v86, %v2 : i64
          %v1591 = arith.addi %v1590, %v31 : i64
          %v1592 = llvm.load %v46 : !llvm.ptr -> f32
          %v1593 = llvm.getelementptr %slice_carry[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1592, %v1593 : f32, !llvm.ptr
          %v1594 = arith.muli %v91, %v2 : i64
          %v1595 = arith.addi %v1594, %v31 : i64
          %v1596 = llvm.load %v47 : !llvm.ptr -> f32
          %v1597 = llvm.getelementptr %slice_carry[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1596, %v1597 : f32, !llvm.ptr
          %v1598 = arith.muli %v96, %v2 : i64
          %v1599 = arith.addi %v1598, %v31 : i64
          %v1600 = llvm.load %v48 : !llvm.ptr -> f32
          %v1601 = llvm.getelementptr %slice_carry[%v1599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1600, %v1601 : f32, !llvm.ptr
          %v1602 = arith.muli %v101, %v2 : i64
          %v1603 = arith.addi %v1602, %v31 : i64
          %v1604 = llvm.load %v49 : !llvm.ptr -> f32
          %v1605 = llvm.getelementptr %slice_carry[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1604, %v1605 : f32, !llvm.ptr
          %v1606 = arith.muli %v106, %v2 : i64
          %v1607 = arith.addi %v1606, %v31 : i64
          %v1608 = llvm.load %v50 : !llvm.ptr -> f32
          %v1609 = llvm.getelementptr %slice_carry[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1608, %v1609 : f32, !llvm.ptr
          %v1610 = arith.muli %v111, %v2 : i64
          %v1611 = arith.addi %v1610, %v31 : i64
          %v1612 = llvm.load %v51 : !llvm.ptr -> f32
          %v1613 = llvm.getelementptr %slice_carry[%v1611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1612, %v1613 : f32, !llvm.ptr
          %v1614 = arith.muli %v116, %v2 : i64
          %v1615 = arith.addi %v1614, %v31 : i64
          %v1616 = llvm.load %v52 : !llvm.ptr -> f32
          %v1617 = llvm.getelementptr %slice_carry[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1616, %v1617 : f32, !llvm.ptr
          %v1618 = arith.muli %v121, %v2 : i64
          %v1619 = arith.addi %v1618, %v31 : i64
          %v1620 = llvm.load %v53 : !llvm.ptr -> f32
          %v1621 = llvm.getelementptr %slice_carry[%v1619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1620, %v1621 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
