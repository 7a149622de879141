module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_bwd(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %dy_y: !llvm.ptr, %dy_forecast: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_h_lag1: !llvm.ptr, %scratch_e_lag1: !llvm.ptr, %scratch_e_lag2: !llvm.ptr, %dx_e: !llvm.ptr, %dx_phi1: !llvm.ptr, %dx_phi2: !llvm.ptr, %part_theta1: !llvm.ptr, %part_theta2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v20 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v30 = arith.constant 256 : i64
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
      %v58 = arith.constant 15 : i64
      %v66 = arith.constant 2 : i64
      %v70 = arith.constant 3 : i64
      %v74 = arith.constant 4 : i64
      %v78 = arith.constant 5 : i64
      %v82 = arith.constant 6 : i64
      %v86 = arith.constant 7 : i64
      %v90 = arith.constant 8 : i64
      %v94 = arith.constant 9 : i64
      %v98 = arith.constant 10 : i64
      %v102 = arith.constant 11 : i64
      %v106 = arith.constant 12 : i64
      %v110 = arith.constant 13 : i64
      %v114 = arith.constant 14 : i64
      %v138 = arith.muli %v1, %size_B : i64
      %v139 = arith.muli %v138, %size_D : i64
      %v141 = arith.muli %v1, %size_D : i64
      %v148 = arith.muli %v1, %size_B : i64
      %v149 = arith.muli %v148, %size_D : i64
      %v157 = arith.muli %v1, %size_B : i64
      %v158 = arith.muli %v157, %size_D : i64
      %v166 = arith.muli %v1, %size_B : i64
      %v167 = arith.muli %v166, %size_D : i64
      %v224 = arith.muli %v1, %size_L : i64
      %v225 = arith.muli %v224, %size_D : i64
      %v526 = arith.constant 2147483647 : i64
      %v530 = arith.constant 3 : i32
      %v650 = arith.constant 2 : i32
      %v770 = arith.constant 1 : i32
      %v890 = arith.constant 0 : i32
      %v26 = gpu.block_id x
      %v27 = gpu.thread_id x
      %v28 = arith.index_cast %v27 : index to i64
      %v29 = arith.index_cast %v26 : index to i64
      %v31 = arith.muli %v29, %v30 : i64
      %v32 = arith.addi %v31, %v28 : i64
      %v33 = arith.cmpi slt, %v32, %v3 : i64
      %v34 = arith.subi %v3, %v1 : i64
      %v35 = arith.minsi %v32, %v34 : i64
      %v36 = arith.remui %v35, %size_D : i64
      %v37 = arith.divui %v35, %size_D : i64
      %v38 = arith.remui %v37, %size_B : i64
      %v39 = arith.divui %v37, %size_B : i64
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
      scf.if %v13 {
        scf.if %v33 {
          %v57 = arith.muli %v32, %v1 : i64
          %v59 = arith.muli %v57, %v58 : i64
          %v60 = arith.addi %v59, %v10 : i64
          %v61 = llvm.getelementptr %slice_carry[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v62 = llvm.load %v61 : !llvm.ptr -> f32
          llvm.store %v62, %v40 : f32, !llvm.ptr
          %v63 = arith.addi %v59, %v1 : i64
          %v64 = llvm.getelementptr %slice_carry[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v65 = llvm.load %v64 : !llvm.ptr -> f32
          llvm.store %v65, %v41 : f32, !llvm.ptr
          %v67 = arith.addi %v59, %v66 : i64
          %v68 = llvm.getelementptr %slice_carry[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 : !llvm.ptr -> f32
          llvm.store %v69, %v42 : f32, !llvm.ptr
          %v71 = arith.addi %v59, %v70 : i64
          %v72 = llvm.getelementptr %slice_carry[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v73 = llvm.load %v72 : !llvm.ptr -> f32
          llvm.store %v73, %v43 : f32, !llvm.ptr
          %v75 = arith.addi %v59, %v74 : i64
          %v76 = llvm.getelementptr %slice_carry[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 : !llvm.ptr -> f32
          llvm.store %v77, %v44 : f32, !llvm.ptr
          %v79 = arith.addi %v59, %v78 : i64
          %v80 = llvm.getelementptr %slice_carry[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v81 = llvm.load %v80 : !llvm.ptr -> f32
          llvm.store %v81, %v45 : f32, !llvm.ptr
          %v83 = arith.addi %v59, %v82 : i64
          %v84 = llvm.getelementptr %slice_carry[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v85 = llvm.load %v84 : !llvm.ptr -> f32
          llvm.store %v85, %v46 : f32, !llvm.ptr
          %v87 = arith.addi %v59, %v86 : i64
          %v88 = llvm.getelementptr %slice_carry[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 : !llvm.ptr -> f32
          llvm.store %v89, %v47 : f32, !llvm.ptr
          %v91 = arith.addi %v59, %v90 : i64
          %v92 = llvm.getelementptr %slice_carry[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 : !llvm.ptr -> f32
          llvm.store %v93, %v48 : f32, !llvm.ptr
          %v95 = arith.addi %v59, %v94 : i64
          %v96 = llvm.getelementptr %slice_carry[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v97 = llvm.load %v96 : !llvm.ptr -> f32
          llvm.store %v97, %v49 : f32, !llvm.ptr
          %v99 = arith.addi %v59, %v98 : i64
          %v100 = llvm.getelementptr %slice_carry[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          llvm.store %v101, %v50 : f32, !llvm.ptr
          %v103 = arith.addi %v59, %v102 : i64
          %v104 = llvm.getelementptr %slice_carry[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v105 = llvm.load %v104 : !llvm.ptr -> f32
          llvm.store %v105, %v51 : f32, !llvm.ptr
          %v107 = arith.addi %v59, %v106 : i64
          %v108 = llvm.getelementptr %slice_carry[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v109 = llvm.load %v108 : !llvm.ptr -> f32
          llvm.store %v109, %v52 : f32, !llvm.ptr
          %v111 = arith.addi %v59, %v110 : i64
          %v112 = llvm.getelementptr %slice_carry[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v113 = llvm.load %v112 : !llvm.ptr -> f32
          llvm.store %v113, %v53 : f32, !llvm.ptr
          %v115 = arith.addi %v59, %v114 : i64
          %v116 = llvm.getelementptr %slice_carry[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          llvm.store %v117, %v54 : f32, !llvm.ptr
        }
      }
      scf.if %v12 {
      }
      %v118 = arith.cmpi eq, %size_L, %v10 : i64
      scf.if %v118 {
        llvm.store %v55, %v22 : f32, !llvm.ptr
        llvm.store %v55, %v23 : f32, !llvm.ptr
        llvm.store %v55, %v24 : f32, !llvm.ptr
        llvm.store %v55, %v25 : f32, !llvm.ptr
      }
      %v119 = arith.subi %v4, %v1 : i64
      %v120 = arith.addi %size_L, %v119 : i64
      %v121 = arith.divui %v120, %v4 : i64
      %v122 = arith.minsi %v9, %v121 : i64
      %v123 = arith.subi %v122, %v5 : i64
      %v124 = arith.maxsi %v123, %v10 : i64
      %v125 = arith.index_cast %v10 : i64 to index
      %v126 = arith.index_cast %v124 : i64 to index
      %v127 = arith.index_cast %v1 : i64 to index
      scf.for %v128 = %v125 to %v126 step %v127 {
        %v129 = arith.index_cast %v128 : index to i64
        %v130 = arith.subi %v122, %v1 : i64
        %v131 = arith.subi %v130, %v129 : i64
        %v132 = arith.muli %v131, %v4 : i64
        %v133 = arith.subi %size_L, %v132 : i64
        %v134 = arith.minsi %v133, %v4 : i64
        %v135 = arith.addi %v134, %v70 : i64
        %v136 = arith.divui %v135, %v74 : i64
        %v137 = arith.subi %v134, %v1 : i64
        %v140 = arith.muli %v131, %v139 : i64
        %v142 = arith.muli %v38, %v141 : i64
        %v143 = arith.muli %v36, %v1 : i64
        %v144 = arith.addi %v142, %v143 : i64
        %v145 = arith.addi %v140, %v144 : i64
        %v146 = llvm.getelementptr %ckpt_h[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v147 = llvm.load %v146 : !llvm.ptr -> f32
        llvm.store %v147, %v18 : f32, !llvm.ptr
        %v150 = arith.muli %v131, %v149 : i64
        %v151 = arith.muli %v38, %v141 : i64
        %v152 = arith.muli %v36, %v1 : i64
        %v153 = arith.addi %v151, %v152 : i64
        %v154 = arith.addi %v150, %v153 : i64
        %v155 = llvm.getelementptr %ckpt_h_lag1[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v156 = llvm.load %v155 : !llvm.ptr -> f32
        llvm.store %v156, %v19 : f32, !llvm.ptr
        %v159 = arith.muli %v131, %v158 : i64
        %v160 = arith.muli %v38, %v141 : i64
        %v161 = arith.muli %v36, %v1 : i64
        %v162 = arith.addi %v160, %v161 : i64
        %v163 = arith.addi %v159, %v162 : i64
        %v164 = llvm.getelementptr %ckpt_e_lag1[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v165 = llvm.load %v164 : !llvm.ptr -> f32
        llvm.store %v165, %v20 : f32, !llvm.ptr
        %v168 = arith.muli %v131, %v167 : i64
        %v169 = arith.muli %v38, %v141 : i64
        %v170 = arith.muli %v36, %v1 : i64
        %v171 = arith.addi %v169, %v170 : i64
        %v172 = arith.addi %v168, %v171 : i64
        %v173 = llvm.getelementptr %ckpt_e_lag2[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v174 = llvm.load %v173 : !llvm.ptr -> f32
        llvm.store %v174, %v21 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v175 = arith.index_cast %v10 : i64 to index
        %v176 = arith.index_cast %v136 : i64 to index
        %v177 = arith.index_cast %v1 : i64 to index
        scf.for %v178 = %v175 to %v176 step %v177 {
          %v179 = arith.index_cast %v178 : index to i64
          scf.if %v33 {
            %v180 = llvm.load %v18 : !llvm.ptr -> f32
            %v181 = arith.muli %v179, %v3 : i64
            %v182 = arith.subi %v3, %v1 : i64
            %v183 = arith.minsi %v32, %v182 : i64
            %v184 = arith.addi %v181, %v183 : i64
            %v185 = arith.muli %v184, %v1 : i64
            %v186 = arith.addi %v185, %v10 : i64
            %v187 = llvm.getelementptr %scratch_h[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v180, %v187 : f32, !llvm.ptr
            %v188 = llvm.load %v19 : !llvm.ptr -> f32
            %v189 = arith.muli %v179, %v3 : i64
            %v190 = arith.subi %v3, %v1 : i64
            %v191 = arith.minsi %v32, %v190 : i64
            %v192 = arith.addi %v189, %v191 : i64
            %v193 = arith.muli %v192, %v1 : i64
            %v194 = arith.addi %v193, %v10 : i64
            %v195 = llvm.getelementptr %scratch_h_lag1[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v188, %v195 : f32, !llvm.ptr
            %v196 = llvm.load %v20 : !llvm.ptr -> f32
            %v197 = arith.muli %v179, %v3 : i64
            %v198 = arith.subi %v3, %v1 : i64
            %v199 = arith.minsi %v32, %v198 : i64
            %v200 = arith.addi %v197, %v199 : i64
            %v201 = arith.muli %v200, %v1 : i64
            %v202 = arith.addi %v201, %v10 : i64
            %v203 = llvm.getelementptr %scratch_e_lag1[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v196, %v203 : f32, !llvm.ptr
            %v204 = llvm.load %v21 : !llvm.ptr -> f32
            %v205 = arith.muli %v179, %v3 : i64
            %v206 = arith.subi %v3, %v1 : i64
            %v207 = arith.minsi %v32, %v206 : i64
            %v208 = arith.addi %v205, %v207 : i64
            %v209 = arith.muli %v208, %v1 : i64
            %v210 = arith.addi %v209, %v10 : i64
            %v211 = llvm.getelementptr %scratch_e_lag2[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v204, %v211 : f32, !llvm.ptr
          }
          %v212 = arith.muli %v179, %v74 : i64
          %v213 = arith.subi %v134, %v212 : i64
          %v214 = arith.trunci %v213 : i64 to i32
          %v215 = arith.index_cast %v10 : i64 to index
          %v216 = arith.index_cast %v74 : i64 to index
          %v217 = arith.index_cast %v1 : i64 to index
          scf.for %v218 = %v215 to %v216 step %v217 {
            %v219 = arith.index_cast %v218 : index to i64
            %v220 = arith.trunci %v219 : i64 to i32
            %v221 = arith.addi %v212, %v219 : i64
            %v222 = arith.cmpi slt, %v220, %v214 : i32
            scf.if %v222 {
              %v223 = arith.addi %v132, %v221 : i64
              %v226 = arith.muli %v38, %v225 : i64
              %v227 = arith.muli %v36, %v224 : i64
              %v228 = arith.addi %v226, %v227 : i64
              %v229 = arith.muli %v223, %v1 : i64
              %v230 = arith.addi %v228, %v229 : i64
              %v231 = llvm.getelementptr %in_phi1[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v232 = llvm.load %v231 : !llvm.ptr -> f32
              %v233 = arith.muli %v38, %v225 : i64
              %v234 = arith.muli %v36, %v224 : i64
              %v235 = arith.addi %v233, %v234 : i64
              %v236 = arith.muli %v223, %v1 : i64
              %v237 = arith.addi %v235, %v236 : i64
              %v238 = llvm.getelementptr %in_e[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v239 = llvm.load %v238 : !llvm.ptr -> f32
              %v240 = llvm.load %v18 : !llvm.ptr -> f32
              %v241 = arith.mulf %v232, %v240 fastmath<contract> : f32
              %v242 = arith.addf %v241, %v239 fastmath<contract> : f32
              %v243 = arith.muli %v38, %v225 : i64
              %v244 = arith.muli %v36, %v224 : i64
              %v245 = arith.addi %v243, %v244 : i64
              %v246 = arith.muli %v223, %v1 : i64
              %v247 = arith.addi %v245, %v246 : i64
              %v248 = llvm.getelementptr %in_phi2[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v249 = llvm.load %v248 : !llvm.ptr -> f32
              %v250 = llvm.load %v19 : !llvm.ptr -> f32
              %v251 = arith.mulf %v249, %v250 fastmath<contract> : f32
              %v252 = arith.addf %v242, %v251 fastmath<contract> : f32
              %v253 = arith.muli %v36, %v1 : i64
              %v254 = llvm.getelementptr %in_theta1[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v255 = llvm.load %v254 : !llvm.ptr -> f32
              %v256 = llvm.load %v20 : !llvm.ptr -> f32
              %v257 = arith.mulf %v255, %v256 fastmath<contract> : f32
              %v258 = arith.addf %v252, %v257 fastmath<contract> : f32
              %v259 = arith.muli %v36, %v1 : i64
              %v260 = llvm.getelementptr %in_theta2[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v261 = llvm.load %v260 : !llvm.ptr -> f32
              %v262 = llvm.load %v21 : !llvm.ptr -> f32
              %v263 = arith.mulf %v261, %v262 fastmath<contract> : f32
              %v264 = arith.addf %v258, %v263 fastmath<contract> : f32
              %v265 = llvm.load %v19 : !llvm.ptr -> f32
              %v266 = arith.mulf %v55, %v265 fastmath<contract> : f32
              %v267 = arith.addf %v266, %v55 fastmath<contract> : f32
              %v268 = llvm.load %v18 : !llvm.ptr -> f32
              %v269 = arith.mulf %v56, %v268 fastmath<contract> : f32
              %v270 = arith.addf %v267, %v269 fastmath<contract> : f32
              %v271 = llvm.load %v20 : !llvm.ptr -> f32
              %v272 = arith.mulf %v55, %v271 fastmath<contract> : f32
              %v273 = arith.addf %v272, %v239 fastmath<contract> : f32
              %v274 = llvm.load %v21 : !llvm.ptr -> f32
              %v275 = arith.mulf %v55, %v274 fastmath<contract> : f32
              %v276 = arith.addf %v275, %v55 fastmath<contract> : f32
              %v277 = llvm.load %v20 : !llvm.ptr -> f32
              %v278 = arith.mulf %v56, %v277 fastmath<contract> : f32
              %v279 = arith.addf %v276, %v278 fastmath<contract> : f32
              llvm.store %v264, %v18 : f32, !llvm.ptr
              llvm.store %v270, %v19 : f32, !llvm.ptr
              llvm.store %v273, %v20 : f32, !llvm.ptr
              llvm.store %v279, %v21 : f32, !llvm.ptr
            }
          }
        }
        %v280 = arith.index_cast %v10 : i64 to index
        %v281 = arith.index_cast %v1 : i64 to index
        %v282 = arith.index_cast %v1 : i64 to index
        scf.for %v283 = %v280 to %v281 step %v282 {
          %v284 = arith.index_cast %v283 : index to i64
          %v285 = arith.index_cast %v10 : i64 to index
          %v286 = arith.index_cast %v136 : i64 to index
          %v287 = arith.index_cast %v1 : i64 to index
          scf.for %v288 = %v285 to %v286 step %v287 {
            %v289 = arith.index_cast %v288 : index to i64
            %v290 = arith.cmpi slt, %v289, %v136 : i64
            scf.if %v290 {
              %v291 = arith.subi %v136, %v1 : i64
              %v292 = arith.subi %v291, %v289 : i64
              %v293 = arith.muli %v292, %v74 : i64
              %v294 = arith.addi %v293, %v74 : i64
              %v295 = arith.cmpi sle, %v294, %v134 : i64
              scf.if %v295 {
                %v296 = arith.subi %v134, %v1 : i64
                %v297 = arith.muli %v292, %v3 : i64
                %v298 = arith.subi %v3, %v1 : i64
                %v299 = arith.minsi %v32, %v298 : i64
                %v300 = arith.addi %v297, %v299 : i64
                %v301 = arith.muli %v300, %v1 : i64
                %v302 = arith.addi %v301, %v10 : i64
                %v303 = llvm.getelementptr %scratch_h[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v304 = llvm.load %v303 : !llvm.ptr -> f32
                %v305 = arith.muli %v292, %v3 : i64
                %v306 = arith.subi %v3, %v1 : i64
                %v307 = arith.minsi %v32, %v306 : i64
                %v308 = arith.addi %v305, %v307 : i64
                %v309 = arith.muli %v308, %v1 : i64
                %v310 = arith.addi %v309, %v10 : i64
                %v311 = llvm.getelementptr %scratch_h_lag1[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v312 = llvm.load %v311 : !llvm.ptr -> f32
                %v313 = arith.muli %v292, %v3 : i64
                %v314 = arith.subi %v3, %v1 : i64
                %v315 = arith.minsi %v32, %v314 : i64
                %v316 = arith.addi %v313, %v315 : i64
                %v317 = arith.muli %v316, %v1 : i64
                %v318 = arith.addi %v317, %v10 : i64
                %v319 = llvm.getelementptr %scratch_e_lag1[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v320 = llvm.load %v319 : !llvm.ptr -> f32
                %v321 = arith.muli %v292, %v3 : i64
                %v322 = arith.subi %v3, %v1 : i64
                %v323 = arith.minsi %v32, %v322 : i64
                %v324 = arith.addi %v321, %v323 : i64
                %v325 = arith.muli %v324, %v1 : i64
                %v326 = arith.addi %v325, %v10 : i64
                %v327 = llvm.getelementptr %scratch_e_lag2[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v328 = llvm.load %v327 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v329 = arith.addi %v293, %v10 : i64
                %v330 = arith.minsi %v329, %v296 : i64
                %v331 = arith.addi %v132, %v330 : i64
                %v332 = arith.muli %v38, %v225 : i64
                %v333 = arith.muli %v36, %v224 : i64
                %v334 = arith.addi %v332, %v333 : i64
                %v335 = arith.muli %v331, %v1 : i64
                %v336 = arith.addi %v334, %v335 : i64
                %v337 = llvm.getelementptr %in_phi1[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v338 = llvm.load %v337 : !llvm.ptr -> f32
                %v339 = arith.muli %v38, %v225 : i64
                %v340 = arith.muli %v36, %v224 : i64
                %v341 = arith.addi %v339, %v340 : i64
                %v342 = arith.muli %v331, %v1 : i64
                %v343 = arith.addi %v341, %v342 : i64
                %v344 = llvm.getelementptr %in_e[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v345 = llvm.load %v344 : !llvm.ptr -> f32
                %v346 = arith.mulf %v338, %v304 fastmath<contract> : f32
                %v347 = arith.addf %v346, %v345 fastmath<contract> : f32
                %v348 = arith.muli %v38, %v225 : i64
                %v349 = arith.muli %v36, %v224 : i64
                %v350 = arith.addi %v348, %v349 : i64
                %v351 = arith.muli %v331, %v1 : i64
                %v352 = arith.addi %v350, %v351 : i64
                %v353 = llvm.getelementptr %in_phi2[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v354 = llvm.load %v353 : !llvm.ptr -> f32
                %v355 = arith.mulf %v354, %v312 fastmath<contract> : f32
                %v356 = arith.addf %v347, %v355 fastmath<contract> : f32
                %v357 = arith.muli %v36, %v1 : i64
                %v358 = llvm.getelementptr %in_theta1[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v359 = llvm.load %v358 : !llvm.ptr -> f32
                %v360 = arith.mulf %v359, %v320 fastmath<contract> : f32
                %v361 = arith.addf %v356, %v360 fastmath<contract> : f32
                %v362 = arith.muli %v36, %v1 : i64
                %v363 = llvm.getelementptr %in_theta2[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v364 = llvm.load %v363 : !llvm.ptr -> f32
                %v365 = arith.mulf %v364, %v328 fastmath<contract> : f32
                %v366 = arith.addf %v361, %v365 fastmath<contract> : f32
                %v367 = arith.mulf %v55, %v312 fastmath<contract> : f32
                %v368 = arith.addf %v367, %v55 fastmath<contract> : f32
                %v369 = arith.mulf %v56, %v304 fastmath<contract> : f32
                %v370 = arith.addf %v368, %v369 fastmath<contract> : f32
                %v371 = arith.mulf %v55, %v320 fastmath<contract> : f32
                %v372 = arith.addf %v371, %v345 fastmath<contract> : f32
                %v373 = arith.mulf %v55, %v328 fastmath<contract> : f32
                %v374 = arith.addf %v373, %v55 fastmath<contract> : f32
                %v375 = arith.mulf %v56, %v320 fastmath<contract> : f32
                %v376 = arith.addf %v374, %v375 fastmath<contract> : f32
                %v377 = arith.addi %v293, %v1 : i64
                %v378 = arith.minsi %v377, %v296 : i64
                %v379 = arith.addi %v132, %v378 : i64
                %v380 = arith.muli %v38, %v225 : i64
                %v381 = arith.muli %v36, %v224 : i64
                %v382 = arith.addi %v380, %v381 : i64
                %v383 = arith.muli %v379, %v1 : i64
                %v384 = arith.addi %v382, %v383 : i64
                %v385 = llvm.getelementptr %in_phi1[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v386 = llvm.load %v385 : !llvm.ptr -> f32
                %v387 = arith.muli %v38, %v225 : i64
                %v388 = arith.muli %v36, %v224 : i64
                %v389 = arith.addi %v387, %v388 : i64
                %v390 = arith.muli %v379, %v1 : i64
                %v391 = arith.addi %v389, %v390 : i64
                %v392 = llvm.getelementptr %in_e[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v393 = llvm.load %v392 : !llvm.ptr -> f32
                %v394 = arith.mulf %v386, %v366 fastmath<contract> : f32
                %v395 = arith.addf %v394, %v393 fastmath<contract> : f32
                %v396 = arith.muli %v38, %v225 : i64
                %v397 = arith.muli %v36, %v224 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = arith.muli %v379, %v1 : i64
                %v400 = arith.addi %v398, %v399 : i64
                %v401 = llvm.getelementptr %in_phi2[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v402 = llvm.load %v401 : !llvm.ptr -> f32
                %v403 = arith.mulf %v402, %v370 fastmath<contract> : f32
                %v404 = arith.addf %v395, %v403 fastmath<contract> : f32
                %v405 = arith.muli %v36, %v1 : i64
                %v406 = llvm.getelementptr %in_theta1[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.mulf %v407, %v372 fastmath<contract> : f32
                %v409 = arith.addf %v404, %v408 fastmath<contract> : f32
                %v410 = arith.muli %v36, %v1 : i64
                %v411 = llvm.getelementptr %in_theta2[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v412 = llvm.load %v411 : !llvm.ptr -> f32
                %v413 = arith.mulf %v412, %v376 fastmath<contract> : f32
                %v414 = arith.addf %v409, %v413 fastmath<contract> : f32
                %v415 = arith.mulf %v55, %v370 fastmath<contract> : f32
                %v416 = arith.addf %v415, %v55 fastmath<contract> : f32
                %v417 = arith.mulf %v56, %v366 fastmath<contract> : f32
                %v418 = arith.addf %v416, %v417 fastmath<contract> : f32
                %v419 = arith.mulf %v55, %v372 fastmath<contract> : f32
                %v420 = arith.addf %v419, %v393 fastmath<contract> : f32
                %v421 = arith.mulf %v55, %v376 fastmath<contract> : f32
                %v422 = arith.addf %v421, %v55 fastmath<contract> : f32
                %v423 = arith.mulf %v56, %v372 fastmath<contract> : f32
                %v424 = arith.addf %v422, %v423 fastmath<contract> : f32
                %v425 = arith.addi %v293, %v66 : i64
                %v426 = arith.minsi %v425, %v296 : i64
                %v427 = arith.addi %v132, %v426 : i64
                %v428 = arith.muli %v38, %v225 : i64
                %v429 = arith.muli %v36, %v224 : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = arith.muli %v427, %v1 : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = llvm.getelementptr %in_phi1[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v434 = llvm.load %v433 : !llvm.ptr -> f32
                %v435 = arith.muli %v38, %v225 : i64
                %v436 = arith.muli %v36, %v224 : i64
                %v437 = arith.addi %v435, %v436 : i64
                %v438 = arith.muli %v427, %v1 : i64
                %v439 = arith.addi %v437, %v438 : i64
                %v440 = llvm.getelementptr %in_e[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v441 = llvm.load %v440 : !llvm.ptr -> f32
                %v442 = arith.mulf %v434, %v414 fastmath<contract> : f32
                %v443 = arith.addf %v442, %v441 fastmath<contract> : f32
                %v444 = arith.muli %v38, %v225 : i64
                %v445 = arith.muli %v36, %v224 : i64
                %v446 = arith.addi %v444, %v445 : i64
                %v447 = arith.muli %v427, %v1 : i64
                %v448 = arith.addi %v446, %v447 : i64
                %v449 = llvm.getelementptr %in_phi2[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v450 = llvm.load %v449 : !llvm.ptr -> f32
                %v451 = arith.mulf %v450, %v418 fastmath<contract> : f32
                %v452 = arith.addf %v443, %v451 fastmath<contract> : f32
                %v453 = arith.muli %v36, %v1 : i64
                %v454 = llvm.getelementptr %in_theta1[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v455 = llvm.load %v454 : !llvm.ptr -> f32
                %v456 = arith.mulf %v455, %v420 fastmath<contract> : f32
                %v457 = arith.addf %v452, %v456 fastmath<contract> : f32
                %v458 = arith.muli %v36, %v1 : i64
                %v459 = llvm.getelementptr %in_theta2[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v460 = llvm.load %v459 : !llvm.ptr -> f32
                %v461 = arith.mulf %v460, %v424 fastmath<contract> : f32
                %v462 = arith.addf %v457, %v461 fastmath<contract> : f32
                %v463 = arith.mulf %v55, %v418 fastmath<contract> : f32
                %v464 = arith.addf %v463, %v55 fastmath<contract> : f32
                %v465 = arith.mulf %v56, %v414 fastmath<contract> : f32
                %v466 = arith.addf %v464, %v465 fastmath<contract> : f32
                %v467 = arith.mulf %v55, %v420 fastmath<contract> : f32
                %v468 = arith.addf %v467, %v441 fastmath<contract> : f32
                %v469 = arith.mulf %v55, %v424 fastmath<contract> : f32
                %v470 = arith.addf %v469, %v55 fastmath<contract> : f32
                %v471 = arith.mulf %v56, %v420 fastmath<contract> : f32
                %v472 = arith.addf %v470, %v471 fastmath<contract> : f32
                %v473 = arith.addi %v293, %v70 : i64
                %v474 = arith.minsi %v473, %v296 : i64
                %v475 = arith.addi %v132, %v474 : i64
                %v476 = arith.muli %v38, %v225 : i64
                %v477 = arith.muli %v36, %v224 : i64
                %v478 = arith.addi %v476, %v477 : i64
                %v479 = arith.muli %v475, %v1 : i64
                %v480 = arith.addi %v478, %v479 : i64
                %v481 = llvm.getelementptr %in_phi1[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v482 = llvm.load %v481 : !llvm.ptr -> f32
                %v483 = arith.muli %v38, %v225 : i64
                %v484 = arith.muli %v36, %v224 : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = arith.muli %v475, %v1 : i64
                %v487 = arith.addi %v485, %v486 : i64
                %v488 = llvm.getelementptr %in_e[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v489 = llvm.load %v488 : !llvm.ptr -> f32
                %v490 = arith.mulf %v482, %v462 fastmath<contract> : f32
                %v491 = arith.addf %v490, %v489 fastmath<contract> : f32
                %v492 = arith.muli %v38, %v225 : i64
                %v493 = arith.muli %v36, %v224 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = arith.muli %v475, %v1 : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = llvm.getelementptr %in_phi2[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                %v499 = arith.mulf %v498, %v466 fastmath<contract> : f32
                %v500 = arith.addf %v491, %v499 fastmath<contract> : f32
                %v501 = arith.muli %v36, %v1 : i64
                %v502 = llvm.getelementptr %in_theta1[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v503 = llvm.load %v502 : !llvm.ptr -> f32
                %v504 = arith.mulf %v503, %v468 fastmath<contract> : f32
                %v505 = arith.addf %v500, %v504 fastmath<contract> : f32
                %v506 = arith.muli %v36, %v1 : i64
                %v507 = llvm.getelementptr %in_theta2[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = arith.mulf %v508, %v472 fastmath<contract> : f32
                %v510 = arith.addf %v505, %v509 fastmath<contract> : f32
                %v511 = arith.mulf %v55, %v466 fastmath<contract> : f32
                %v512 = arith.addf %v511, %v55 fastmath<contract> : f32
                %v513 = arith.mulf %v56, %v462 fastmath<contract> : f32
                %v514 = arith.addf %v512, %v513 fastmath<contract> : f32
                %v515 = arith.mulf %v55, %v468 fastmath<contract> : f32
                %v516 = arith.addf %v515, %v489 fastmath<contract> : f32
                %v517 = arith.mulf %v55, %v472 fastmath<contract> : f32
                %v518 = arith.addf %v517, %v55 fastmath<contract> : f32
                %v519 = arith.mulf %v56, %v468 fastmath<contract> : f32
                %v520 = arith.addf %v518, %v519 fastmath<contract> : f32
                %v521 = arith.subi %v134, %v293 : i64
                %v522 = arith.trunci %v521 : i64 to i32
                %v523 = arith.subi %size_L, %v1 : i64
                %v524 = arith.addi %v132, %v293 : i64
                %v525 = arith.subi %v523, %v524 : i64
                %v527 = arith.minsi %v525, %v526 : i64
                %v528 = arith.trunci %v527 : i64 to i32
                %v529 = arith.addi %v293, %v70 : i64
                %v531 = arith.cmpi slt, %v530, %v522 : i32
                %v532 = arith.cmpi eq, %v530, %v528 : i32
                %v533 = arith.addi %v132, %v529 : i64
                %v534 = llvm.load %v40 : !llvm.ptr -> f32
                %v535 = llvm.load %v41 : !llvm.ptr -> f32
                %v536 = llvm.load %v42 : !llvm.ptr -> f32
                %v537 = llvm.load %v43 : !llvm.ptr -> f32
                %v538 = arith.muli %v38, %v225 : i64
                %v539 = arith.muli %v36, %v224 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = arith.muli %v533, %v1 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = llvm.getelementptr %dy_y[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                %v545 = arith.muli %v38, %v225 : i64
                %v546 = arith.muli %v36, %v224 : i64
                %v547 = arith.addi %v545, %v546 : i64
                %v548 = arith.muli %v533, %v1 : i64
                %v549 = arith.addi %v547, %v548 : i64
                %v550 = llvm.getelementptr %in_phi1[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v551 = llvm.load %v550 : !llvm.ptr -> f32
                %v552 = arith.muli %v38, %v225 : i64
                %v553 = arith.muli %v36, %v224 : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = arith.muli %v533, %v1 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = llvm.getelementptr %dy_forecast[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v558 = llvm.load %v557 : !llvm.ptr -> f32
                %v559 = arith.mulf %v551, %v558 fastmath<contract> : f32
                %v560 = arith.addf %v544, %v559 fastmath<contract> : f32
                %v561 = llvm.load %v44 : !llvm.ptr -> f32
                %v562 = arith.mulf %v561, %v534 fastmath<contract> : f32
                %v563 = arith.addf %v560, %v562 fastmath<contract> : f32
                %v564 = llvm.load %v48 : !llvm.ptr -> f32
                %v565 = arith.mulf %v564, %v535 fastmath<contract> : f32
                %v566 = arith.addf %v565, %v563 fastmath<contract> : f32
                %v567 = arith.muli %v38, %v225 : i64
                %v568 = arith.muli %v36, %v224 : i64
                %v569 = arith.addi %v567, %v568 : i64
                %v570 = arith.muli %v533, %v1 : i64
                %v571 = arith.addi %v569, %v570 : i64
                %v572 = llvm.getelementptr %in_phi2[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v573 = llvm.load %v572 : !llvm.ptr -> f32
                %v574 = arith.mulf %v573, %v558 fastmath<contract> : f32
                %v575 = llvm.load %v45 : !llvm.ptr -> f32
                %v576 = arith.mulf %v575, %v535 fastmath<contract> : f32
                %v577 = arith.addf %v574, %v576 fastmath<contract> : f32
                %v578 = llvm.load %v49 : !llvm.ptr -> f32
                %v579 = arith.mulf %v578, %v534 fastmath<contract> : f32
                %v580 = arith.addf %v579, %v577 fastmath<contract> : f32
                %v581 = llvm.load %v46 : !llvm.ptr -> f32
                %v582 = arith.mulf %v581, %v536 fastmath<contract> : f32
                %v583 = arith.addf %v55, %v582 fastmath<contract> : f32
                %v584 = llvm.load %v50 : !llvm.ptr -> f32
                %v585 = llvm.load %v51 : !llvm.ptr -> f32
                %v586 = arith.mulf %v584, %v534 fastmath<contract> : f32
                %v587 = arith.addf %v586, %v583 fastmath<contract> : f32
                %v588 = arith.mulf %v585, %v537 fastmath<contract> : f32
                %v589 = arith.addf %v588, %v587 fastmath<contract> : f32
                %v590 = arith.muli %v36, %v1 : i64
                %v591 = llvm.getelementptr %in_theta2[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v592 = llvm.load %v591 : !llvm.ptr -> f32
                %v593 = arith.mulf %v592, %v558 fastmath<contract> : f32
                %v594 = llvm.load %v47 : !llvm.ptr -> f32
                %v595 = arith.mulf %v594, %v537 fastmath<contract> : f32
                %v596 = arith.addf %v593, %v595 fastmath<contract> : f32
                %v597 = llvm.load %v52 : !llvm.ptr -> f32
                %v598 = arith.mulf %v597, %v534 fastmath<contract> : f32
                %v599 = arith.addf %v598, %v596 fastmath<contract> : f32
                llvm.store %v566, %v40 : f32, !llvm.ptr
                llvm.store %v580, %v41 : f32, !llvm.ptr
                llvm.store %v589, %v42 : f32, !llvm.ptr
                llvm.store %v599, %v43 : f32, !llvm.ptr
                %v600 = llvm.load %v40 : !llvm.ptr -> f32
                %v601 = llvm.load %v42 : !llvm.ptr -> f32
                %v602 = arith.addf %v600, %v601 fastmath<contract> : f32
                %v603 = arith.muli %v36, %v1 : i64
                %v604 = llvm.getelementptr %in_theta1[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v605 = llvm.load %v604 : !llvm.ptr -> f32
                %v606 = arith.mulf %v605, %v558 fastmath<contract> : f32
                %v607 = arith.addf %v602, %v606 fastmath<contract> : f32
                scf.if %v33 {
                  %v608 = arith.muli %v38, %v225 : i64
                  %v609 = arith.muli %v36, %v224 : i64
                  %v610 = arith.addi %v608, %v609 : i64
                  %v611 = arith.muli %v533, %v1 : i64
                  %v612 = arith.addi %v610, %v611 : i64
                  %v613 = llvm.getelementptr %dx_e[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v607, %v613 : f32, !llvm.ptr
                }
                %v614 = arith.mulf %v462, %v600 fastmath<contract> : f32
                %v615 = arith.mulf %v510, %v558 fastmath<contract> : f32
                %v616 = arith.addf %v614, %v615 fastmath<contract> : f32
                scf.if %v33 {
                  %v617 = arith.muli %v38, %v225 : i64
                  %v618 = arith.muli %v36, %v224 : i64
                  %v619 = arith.addi %v617, %v618 : i64
                  %v620 = arith.muli %v533, %v1 : i64
                  %v621 = arith.addi %v619, %v620 : i64
                  %v622 = llvm.getelementptr %dx_phi1[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v616, %v622 : f32, !llvm.ptr
                }
                %v623 = arith.mulf %v466, %v600 fastmath<contract> : f32
                %v624 = arith.mulf %v514, %v558 fastmath<contract> : f32
                %v625 = arith.addf %v623, %v624 fastmath<contract> : f32
                scf.if %v33 {
                  %v626 = arith.muli %v38, %v225 : i64
                  %v627 = arith.muli %v36, %v224 : i64
                  %v628 = arith.addi %v626, %v627 : i64
                  %v629 = arith.muli %v533, %v1 : i64
                  %v630 = arith.addi %v628, %v629 : i64
                  %v631 = llvm.getelementptr %dx_phi2[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v625, %v631 : f32, !llvm.ptr
                }
                %v632 = arith.mulf %v468, %v600 fastmath<contract> : f32
                %v633 = arith.muli %v38, %v225 : i64
                %v634 = arith.muli %v36, %v224 : i64
                %v635 = arith.addi %v633, %v634 : i64
                %v636 = arith.muli %v533, %v1 : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = llvm.getelementptr %in_e[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v639 = llvm.load %v638 : !llvm.ptr -> f32
                %v640 = arith.mulf %v639, %v558 fastmath<contract> : f32
                %v641 = arith.addf %v632, %v640 fastmath<contract> : f32
                %v642 = llvm.load %v53 : !llvm.ptr -> f32
                %v643 = arith.addf %v642, %v641 fastmath<contract> : f32
                llvm.store %v643, %v53 : f32, !llvm.ptr
                %v644 = arith.mulf %v472, %v600 fastmath<contract> : f32
                %v645 = arith.mulf %v520, %v558 fastmath<contract> : f32
                %v646 = arith.addf %v644, %v645 fastmath<contract> : f32
                %v647 = llvm.load %v54 : !llvm.ptr -> f32
                %v648 = arith.addf %v647, %v646 fastmath<contract> : f32
                llvm.store %v648, %v54 : f32, !llvm.ptr
                llvm.store %v551, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v573, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v605, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v592, %v52 : f32, !llvm.ptr
                %v649 = arith.addi %v293, %v66 : i64
                %v651 = arith.cmpi slt, %v650, %v522 : i32
                %v652 = arith.cmpi eq, %v650, %v528 : i32
                %v653 = arith.addi %v132, %v649 : i64
                %v654 = llvm.load %v40 : !llvm.ptr -> f32
                %v655 = llvm.load %v41 : !llvm.ptr -> f32
                %v656 = llvm.load %v42 : !llvm.ptr -> f32
                %v657 = llvm.load %v43 : !llvm.ptr -> f32
                %v658 = arith.muli %v38, %v225 : i64
                %v659 = arith.muli %v36, %v224 : i64
                %v660 = arith.addi %v658, %v659 : i64
                %v661 = arith.muli %v653, %v1 : i64
                %v662 = arith.addi %v660, %v661 : i64
                %v663 = llvm.getelementptr %dy_y[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v664 = llvm.load %v663 : !llvm.ptr -> f32
                %v665 = arith.muli %v38, %v225 : i64
                %v666 = arith.muli %v36, %v224 : i64
                %v667 = arith.addi %v665, %v666 : i64
                %v668 = arith.muli %v653, %v1 : i64
                %v669 = arith.addi %v667, %v668 : i64
                %v670 = llvm.getelementptr %in_phi1[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v671 = llvm.load %v670 : !llvm.ptr -> f32
                %v672 = arith.muli %v38, %v225 : i64
                %v673 = arith.muli %v36, %v224 : i64
                %v674 = arith.addi %v672, %v673 : i64
                %v675 = arith.muli %v653, %v1 : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = llvm.getelementptr %dy_forecast[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v678 = llvm.load %v677 : !llvm.ptr -> f32
                %v679 = arith.mulf %v671, %v678 fastmath<contract> : f32
                %v680 = arith.addf %v664, %v679 fastmath<contract> : f32
                %v681 = llvm.load %v44 : !llvm.ptr -> f32
                %v682 = arith.mulf %v681, %v654 fastmath<contract> : f32
                %v683 = arith.addf %v680, %v682 fastmath<contract> : f32
                %v684 = llvm.load %v48 : !llvm.ptr -> f32
                %v685 = arith.mulf %v684, %v655 fastmath<contract> : f32
                %v686 = arith.addf %v685, %v683 fastmath<contract> : f32
                %v687 = arith.muli %v38, %v225 : i64
                %v688 = arith.muli %v36, %v224 : i64
                %v689 = arith.addi %v687, %v688 : i64
                %v690 = arith.muli %v653, %v1 : i64
                %v691 = arith.addi %v689, %v690 : i64
                %v692 = llvm.getelementptr %in_phi2[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v693 = llvm.load %v692 : !llvm.ptr -> f32
                %v694 = arith.mulf %v693, %v678 fastmath<contract> : f32
                %v695 = llvm.load %v45 : !llvm.ptr -> f32
                %v696 = arith.mulf %v695, %v655 fastmath<contract> : f32
                %v697 = arith.addf %v694, %v696 fastmath<contract> : f32
                %v698 = llvm.load %v49 : !llvm.ptr -> f32
                %v699 = arith.mulf %v698, %v654 fastmath<contract> : f32
                %v700 = arith.addf %v699, %v697 fastmath<contract> : f32
                %v701 = llvm.load %v46 : !llvm.ptr -> f32
                %v702 = arith.mulf %v701, %v656 fastmath<contract> : f32
                %v703 = arith.addf %v55, %v702 fastmath<contract> : f32
                %v704 = llvm.load %v50 : !llvm.ptr -> f32
                %v705 = llvm.load %v51 : !llvm.ptr -> f32
                %v706 = arith.mulf %v704, %v654 fastmath<contract> : f32
                %v707 = arith.addf %v706, %v703 fastmath<contract> : f32
                %v708 = arith.mulf %v705, %v657 fastmath<contract> : f32
                %v709 = arith.addf %v708, %v707 fastmath<contract> : f32
                %v710 = arith.muli %v36, %v1 : i64
                %v711 = llvm.getelementptr %in_theta2[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v712 = llvm.load %v711 : !llvm.ptr -> f32
                %v713 = arith.mulf %v712, %v678 fastmath<contract> : f32
                %v714 = llvm.load %v47 : !llvm.ptr -> f32
                %v715 = arith.mulf %v714, %v657 fastmath<contract> : f32
                %v716 = arith.addf %v713, %v715 fastmath<contract> : f32
                %v717 = llvm.load %v52 : !llvm.ptr -> f32
                %v718 = arith.mulf %v717, %v654 fastmath<contract> : f32
                %v719 = arith.addf %v718, %v716 fastmath<contract> : f32
                llvm.store %v686, %v40 : f32, !llvm.ptr
                llvm.store %v700, %v41 : f32, !llvm.ptr
                llvm.store %v709, %v42 : f32, !llvm.ptr
                llvm.store %v719, %v43 : f32, !llvm.ptr
                %v720 = llvm.load %v40 : !llvm.ptr -> f32
                %v721 = llvm.load %v42 : !llvm.ptr -> f32
                %v722 = arith.addf %v720, %v721 fastmath<contract> : f32
                %v723 = arith.muli %v36, %v1 : i64
                %v724 = llvm.getelementptr %in_theta1[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v725 = llvm.load %v724 : !llvm.ptr -> f32
                %v726 = arith.mulf %v725, %v678 fastmath<contract> : f32
                %v727 = arith.addf %v722, %v726 fastmath<contract> : f32
                scf.if %v33 {
                  %v728 = arith.muli %v38, %v225 : i64
                  %v729 = arith.muli %v36, %v224 : i64
                  %v730 = arith.addi %v728, %v729 : i64
                  %v731 = arith.muli %v653, %v1 : i64
                  %v732 = arith.addi %v730, %v731 : i64
                  %v733 = llvm.getelementptr %dx_e[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v727, %v733 : f32, !llvm.ptr
                }
                %v734 = arith.mulf %v414, %v720 fastmath<contract> : f32
                %v735 = arith.mulf %v462, %v678 fastmath<contract> : f32
                %v736 = arith.addf %v734, %v735 fastmath<contract> : f32
                scf.if %v33 {
                  %v737 = arith.muli %v38, %v225 : i64
                  %v738 = arith.muli %v36, %v224 : i64
                  %v739 = arith.addi %v737, %v738 : i64
                  %v740 = arith.muli %v653, %v1 : i64
                  %v741 = arith.addi %v739, %v740 : i64
                  %v742 = llvm.getelementptr %dx_phi1[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v736, %v742 : f32, !llvm.ptr
                }
                %v743 = arith.mulf %v418, %v720 fastmath<contract> : f32
                %v744 = arith.mulf %v466, %v678 fastmath<contract> : f32
                %v745 = arith.addf %v743, %v744 fastmath<contract> : f32
                scf.if %v33 {
                  %v746 = arith.muli %v38, %v225 : i64
                  %v747 = arith.muli %v36, %v224 : i64
                  %v748 = arith.addi %v746, %v747 : i64
                  %v749 = arith.muli %v653, %v1 : i64
                  %v750 = arith.addi %v748, %v749 : i64
                  %v751 = llvm.getelementptr %dx_phi2[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v745, %v751 : f32, !llvm.ptr
                }
                %v752 = arith.mulf %v420, %v720 fastmath<contract> : f32
                %v753 = arith.muli %v38, %v225 : i64
                %v754 = arith.muli %v36, %v224 : i64
                %v755 = arith.addi %v753, %v754 : i64
                %v756 = arith.muli %v653, %v1 : i64
                %v757 = arith.addi %v755, %v756 : i64
                %v758 = llvm.getelementptr %in_e[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v759 = llvm.load %v758 : !llvm.ptr -> f32
                %v760 = arith.mulf %v759, %v678 fastmath<contract> : f32
                %v761 = arith.addf %v752, %v760 fastmath<contract> : f32
                %v762 = llvm.load %v53 : !llvm.ptr -> f32
                %v763 = arith.addf %v762, %v761 fastmath<contract> : f32
                llvm.store %v763, %v53 : f32, !llvm.ptr
                %v764 = arith.mulf %v424, %v720 fastmath<contract> : f32
                %v765 = arith.mulf %v472, %v678 fastmath<contract> : f32
                %v766 = arith.addf %v764, %v765 fastmath<contract> : f32
                %v767 = llvm.load %v54 : !llvm.ptr -> f32
                %v768 = arith.addf %v767, %v766 fastmath<contract> : f32
                llvm.store %v768, %v54 : f32, !llvm.ptr
                llvm.store %v671, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v693, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v725, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v712, %v52 : f32, !llvm.ptr
                %v769 = arith.addi %v293, %v1 : i64
                %v771 = arith.cmpi slt, %v770, %v522 : i32
                %v772 = arith.cmpi eq, %v770, %v528 : i32
                %v773 = arith.addi %v132, %v769 : i64
                %v774 = llvm.load %v40 : !llvm.ptr -> f32
                %v775 = llvm.load %v41 : !llvm.ptr -> f32
                %v776 = llvm.load %v42 : !llvm.ptr -> f32
                %v777 = llvm.load %v43 : !llvm.ptr -> f32
                %v778 = arith.muli %v38, %v225 : i64
                %v779 = arith.muli %v36, %v224 : i64
                %v780 = arith.addi %v778, %v779 : i64
                %v781 = arith.muli %v773, %v1 : i64
                %v782 = arith.addi %v780, %v781 : i64
                %v783 = llvm.getelementptr %dy_y[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v784 = llvm.load %v783 : !llvm.ptr -> f32
                %v785 = arith.muli %v38, %v225 : i64
                %v786 = arith.muli %v36, %v224 : i64
                %v787 = arith.addi %v785, %v786 : i64
                %v788 = arith.muli %v773, %v1 : i64
                %v789 = arith.addi %v787, %v788 : i64
                %v790 = llvm.getelementptr %in_phi1[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v791 = llvm.load %v790 : !llvm.ptr -> f32
                %v792 = arith.muli %v38, %v225 : i64
                %v793 = arith.muli %v36, %v224 : i64
                %v794 = arith.addi %v792, %v793 : i64
                %v795 = arith.muli %v773, %v1 : i64
                %v796 = arith.addi %v794, %v795 : i64
                %v797 = llvm.getelementptr %dy_forecast[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v798 = llvm.load %v797 : !llvm.ptr -> f32
                %v799 = arith.mulf %v791, %v798 fastmath<contract> : f32
                %v800 = arith.addf %v784, %v799 fastmath<contract> : f32
                %v801 = llvm.load %v44 : !llvm.ptr -> f32
                %v802 = arith.mulf %v801, %v774 fastmath<contract> : f32
                %v803 = arith.addf %v800, %v802 fastmath<contract> : f32
                %v804 = llvm.load %v48 : !llvm.ptr -> f32
                %v805 = arith.mulf %v804, %v775 fastmath<contract> : f32
                %v806 = arith.addf %v805, %v803 fastmath<contract> : f32
                %v807 = arith.muli %v38, %v225 : i64
                %v808 = arith.muli %v36, %v224 : i64
                %v809 = arith.addi %v807, %v808 : i64
                %v810 = arith.muli %v773, %v1 : i64
                %v811 = arith.addi %v809, %v810 : i64
                %v812 = llvm.getelementptr %in_phi2[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v813 = llvm.load %v812 : !llvm.ptr -> f32
                %v814 = arith.mulf %v813, %v798 fastmath<contract> : f32
                %v815 = llvm.load %v45 : !llvm.ptr -> f32
                %v816 = arith.mulf %v815, %v775 fastmath<contract> : f32
                %v817 = arith.addf %v814, %v816 fastmath<contract> : f32
                %v818 = llvm.load %v49 : !llvm.ptr -> f32
                %v819 = arith.mulf %v818, %v774 fastmath<contract> : f32
                %v820 = arith.addf %v819, %v817 fastmath<contract> : f32
                %v821 = llvm.load %v46 : !llvm.ptr -> f32
                %v822 = arith.mulf %v821, %v776 fastmath<contract> : f32
                %v823 = arith.addf %v55, %v822 fastmath<contract> : f32
                %v824 = llvm.load %v50 : !llvm.ptr -> f32
                %v825 = llvm.load %v51 : !llvm.ptr -> f32
                %v826 = arith.mulf %v824, %v774 fastmath<contract> : f32
                %v827 = arith.addf %v826, %v823 fastmath<contract> : f32
                %v828 = arith.mulf %v825, %v777 fastmath<contract> : f32
                %v829 = arith.addf %v828, %v827 fastmath<contract> : f32
                %v830 = arith.muli %v36, %v1 : i64
                %v831 = llvm.getelementptr %in_theta2[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v832 = llvm.load %v831 : !llvm.ptr -> f32
                %v833 = arith.mulf %v832, %v798 fastmath<contract> : f32
                %v834 = llvm.load %v47 : !llvm.ptr -> f32
                %v835 = arith.mulf %v834, %v777 fastmath<contract> : f32
                %v836 = arith.addf %v833, %v835 fastmath<contract> : f32
                %v837 = llvm.load %v52 : !llvm.ptr -> f32
                %v838 = arith.mulf %v837, %v774 fastmath<contract> : f32
                %v839 = arith.addf %v838, %v836 fastmath<contract> : f32
                llvm.store %v806, %v40 : f32, !llvm.ptr
                llvm.store %v820, %v41 : f32, !llvm.ptr
                llvm.store %v829, %v42 : f32, !llvm.ptr
                llvm.store %v839, %v43 : f32, !llvm.ptr
                %v840 = llvm.load %v40 : !llvm.ptr -> f32
                %v841 = llvm.load %v42 : !llvm.ptr -> f32
                %v842 = arith.addf %v840, %v841 fastmath<contract> : f32
                %v843 = arith.muli %v36, %v1 : i64
                %v844 = llvm.getelementptr %in_theta1[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v845 = llvm.load %v844 : !llvm.ptr -> f32
                %v846 = arith.mulf %v845, %v798 fastmath<contract> : f32
                %v847 = arith.addf %v842, %v846 fastmath<contract> : f32
                scf.if %v33 {
                  %v848 = arith.muli %v38, %v225 : i64
                  %v849 = arith.muli %v36, %v224 : i64
                  %v850 = arith.addi %v848, %v849 : i64
                  %v851 = arith.muli %v773, %v1 : i64
                  %v852 = arith.addi %v850, %v851 : i64
                  %v853 = llvm.getelementptr %dx_e[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v847, %v853 : f32, !llvm.ptr
                }
                %v854 = arith.mulf %v366, %v840 fastmath<contract> : f32
                %v855 = arith.mulf %v414, %v798 fastmath<contract> : f32
                %v856 = arith.addf %v854, %v855 fastmath<contract> : f32
                scf.if %v33 {
                  %v857 = arith.muli %v38, %v225 : i64
                  %v858 = arith.muli %v36, %v224 : i64
                  %v859 = arith.addi %v857, %v858 : i64
                  %v860 = arith.muli %v773, %v1 : i64
                  %v861 = arith.addi %v859, %v860 : i64
                  %v862 = llvm.getelementptr %dx_phi1[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v856, %v862 : f32, !llvm.ptr
                }
                %v863 = arith.mulf %v370, %v840 fastmath<contract> : f32
                %v864 = arith.mulf %v418, %v798 fastmath<contract> : f32
                %v865 = arith.addf %v863, %v864 fastmath<contract> : f32
                scf.if %v33 {
                  %v866 = arith.muli %v38, %v225 : i64
                  %v867 = arith.muli %v36, %v224 : i64
                  %v868 = arith.addi %v866, %v867 : i64
                  %v869 = arith.muli %v773, %v1 : i64
                  %v870 = arith.addi %v868, %v869 : i64
                  %v871 = llvm.getelementptr %dx_phi2[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v865, %v871 : f32, !llvm.ptr
                }
                %v872 = arith.mulf %v372, %v840 fastmath<contract> : f32
                %v873 = arith.muli %v38, %v225 : i64
                %v874 = arith.muli %v36, %v224 : i64
                %v875 = arith.addi %v873, %v874 : i64
                %v876 = arith.muli %v773, %v1 : i64
                %v877 = arith.addi %v875, %v876 : i64
                %v878 = llvm.getelementptr %in_e[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v879 = llvm.load %v878 : !llvm.ptr -> f32
                %v880 = arith.mulf %v879, %v798 fastmath<contract> : f32
                %v881 = arith.addf %v872, %v880 fastmath<contract> : f32
                %v882 = llvm.load %v53 : !llvm.ptr -> f32
                %v883 = arith.addf %v882, %v881 fastmath<contract> : f32
                llvm.store %v883, %v53 : f32, !llvm.ptr
                %v884 = arith.mulf %v376, %v840 fastmath<contract> : f32
                %v885 = arith.mulf %v424, %v798 fastmath<contract> : f32
                %v886 = arith.addf %v884, %v885 fastmath<contract> : f32
                %v887 = llvm.load %v54 : !llvm.ptr -> f32
                %v888 = arith.addf %v887, %v886 fastmath<contract> : f32
                llvm.store %v888, %v54 : f32, !llvm.ptr
                llvm.store %v791, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v813, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v845, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v832, %v52 : f32, !llvm.ptr
                %v889 = arith.addi %v293, %v10 : i64
                %v891 = arith.cmpi slt, %v890, %v522 : i32
                %v892 = arith.cmpi eq, %v890, %v528 : i32
                %v893 = arith.addi %v132, %v889 : i64
                %v894 = llvm.load %v40 : !llvm.ptr -> f32
                %v895 = llvm.load %v41 : !llvm.ptr -> f32
                %v896 = llvm.load %v42 : !llvm.ptr -> f32
                %v897 = llvm.load %v43 : !llvm.ptr -> f32
                %v898 = arith.muli %v38, %v225 : i64
                %v899 = arith.muli %v36, %v224 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = arith.muli %v893, %v1 : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = llvm.getelementptr %dy_y[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v904 = llvm.load %v903 : !llvm.ptr -> f32
                %v905 = arith.muli %v38, %v225 : i64
                %v906 = arith.muli %v36, %v224 : i64
                %v907 = arith.addi %v905, %v906 : i64
                %v908 = arith.muli %v893, %v1 : i64
                %v909 = arith.addi %v907, %v908 : i64
                %v910 = llvm.getelementptr %in_phi1[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v911 = llvm.load %v910 : !llvm.ptr -> f32
                %v912 = arith.muli %v38, %v225 : i64
                %v913 = arith.muli %v36, %v224 : i64
                %v914 = arith.addi %v912, %v913 : i64
                %v915 = arith.muli %v893, %v1 : i64
                %v916 = arith.addi %v914, %v915 : i64
                %v917 = llvm.getelementptr %dy_forecast[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v918 = llvm.load %v917 : !llvm.ptr -> f32
                %v919 = arith.mulf %v911, %v918 fastmath<contract> : f32
                %v920 = arith.addf %v904, %v919 fastmath<contract> : f32
                %v921 = llvm.load %v44 : !llvm.ptr -> f32
                %v922 = arith.mulf %v921, %v894 fastmath<contract> : f32
                %v923 = arith.addf %v920, %v922 fastmath<contract> : f32
                %v924 = llvm.load %v48 : !llvm.ptr -> f32
                %v925 = arith.mulf %v924, %v895 fastmath<contract> : f32
                %v926 = arith.addf %v925, %v923 fastmath<contract> : f32
                %v927 = arith.muli %v38, %v225 : i64
                %v928 = arith.muli %v36, %v224 : i64
                %v929 = arith.addi %v927, %v928 : i64
                %v930 = arith.muli %v893, %v1 : i64
                %v931 = arith.addi %v929, %v930 : i64
                %v932 = llvm.getelementptr %in_phi2[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v933 = llvm.load %v932 : !llvm.ptr -> f32
                %v934 = arith.mulf %v933, %v918 fastmath<contract> : f32
                %v935 = llvm.load %v45 : !llvm.ptr -> f32
                %v936 = arith.mulf %v935, %v895 fastmath<contract> : f32
                %v937 = arith.addf %v934, %v936 fastmath<contract> : f32
                %v938 = llvm.load %v49 : !llvm.ptr -> f32
                %v939 = arith.mulf %v938, %v894 fastmath<contract> : f32
                %v940 = arith.addf %v939, %v937 fastmath<contract> : f32
                %v941 = llvm.load %v46 : !llvm.ptr -> f32
                %v942 = arith.mulf %v941, %v896 fastmath<contract> : f32
                %v943 = arith.addf %v55, %v942 fastmath<contract> : f32
                %v944 = llvm.load %v50 : !llvm.ptr -> f32
                %v945 = llvm.load %v51 : !llvm.ptr -> f32
                %v946 = arith.mulf %v944, %v894 fastmath<contract> : f32
                %v947 = arith.addf %v946, %v943 fastmath<contract> : f32
                %v948 = arith.mulf %v945, %v897 fastmath<contract> : f32
                %v949 = arith.addf %v948, %v947 fastmath<contract> : f32
                %v950 = arith.muli %v36, %v1 : i64
                %v951 = llvm.getelementptr %in_theta2[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v952 = llvm.load %v951 : !llvm.ptr -> f32
                %v953 = arith.mulf %v952, %v918 fastmath<contract> : f32
                %v954 = llvm.load %v47 : !llvm.ptr -> f32
                %v955 = arith.mulf %v954, %v897 fastmath<contract> : f32
                %v956 = arith.addf %v953, %v955 fastmath<contract> : f32
                %v957 = llvm.load %v52 : !llvm.ptr -> f32
                %v958 = arith.mulf %v957, %v894 fastmath<contract> : f32
                %v959 = arith.addf %v958, %v956 fastmath<contract> : f32
                llvm.store %v926, %v40 : f32, !llvm.ptr
                llvm.store %v940, %v41 : f32, !llvm.ptr
                llvm.store %v949, %v42 : f32, !llvm.ptr
                llvm.store %v959, %v43 : f32, !llvm.ptr
                %v960 = llvm.load %v40 : !llvm.ptr -> f32
                %v961 = llvm.load %v42 : !llvm.ptr -> f32
                %v962 = arith.addf %v960, %v961 fastmath<contract> : f32
                %v963 = arith.muli %v36, %v1 : i64
                %v964 = llvm.getelementptr %in_theta1[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v965 = llvm.load %v964 : !llvm.ptr -> f32
                %v966 = arith.mulf %v965, %v918 fastmath<contract> : f32
                %v967 = arith.addf %v962, %v966 fastmath<contract> : f32
                scf.if %v33 {
                  %v968 = arith.muli %v38, %v225 : i64
                  %v969 = arith.muli %v36, %v224 : i64
                  %v970 = arith.addi %v968, %v969 : i64
                  %v971 = arith.muli %v893, %v1 : i64
                  %v972 = arith.addi %v970, %v971 : i64
                  %v973 = llvm.getelementptr %dx_e[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v967, %v973 : f32, !llvm.ptr
                }
                %v974 = arith.mulf %v304, %v960 fastmath<contract> : f32
                %v975 = arith.mulf %v366, %v918 fastmath<contract> : f32
                %v976 = arith.addf %v974, %v975 fastmath<contract> : f32
                scf.if %v33 {
                  %v977 = arith.muli %v38, %v225 : i64
                  %v978 = arith.muli %v36, %v224 : i64
                  %v979 = arith.addi %v977, %v978 : i64
                  %v980 = arith.muli %v893, %v1 : i64
                  %v981 = arith.addi %v979, %v980 : i64
                  %v982 = llvm.getelementptr %dx_phi1[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v976, %v982 : f32, !llvm.ptr
                }
                %v983 = arith.mulf %v312, %v960 fastmath<contract> : f32
                %v984 = arith.mulf %v370, %v918 fastmath<contract> : f32
                %v985 = arith.addf %v983, %v984 fastmath<contract> : f32
                scf.if %v33 {
                  %v986 = arith.muli %v38, %v225 : i64
                  %v987 = arith.muli %v36, %v224 : i64
                  %v988 = arith.addi %v986, %v987 : i64
                  %v989 = arith.muli %v893, %v1 : i64
                  %v990 = arith.addi %v988, %v989 : i64
                  %v991 = llvm.getelementptr %dx_phi2[%v990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v985, %v991 : f32, !llvm.ptr
                }
                %v992 = arith.mulf %v320, %v960 fastmath<contract> : f32
                %v993 = arith.muli %v38, %v225 : i64
                %v994 = arith.muli %v36, %v224 : i64
                %v995 = arith.addi %v993, %v994 : i64
                %v996 = arith.muli %v893, %v1 : i64
                %v997 = arith.addi %v995, %v996 : i64
                %v998 = llvm.getelementptr %in_e[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v999 = llvm.load %v998 : !llvm.ptr -> f32
                %v1000 = arith.mulf %v999, %v918 fastmath<contract> : f32
                %v1001 = arith.addf %v992, %v1000 fastmath<contract> : f32
                %v1002 = llvm.load %v53 : !llvm.ptr -> f32
                %v1003 = arith.addf %v1002, %v1001 fastmath<contract> : f32
                llvm.store %v1003, %v53 : f32, !llvm.ptr
                %v1004 = arith.mulf %v328, %v960 fastmath<contract> : f32
                %v1005 = arith.mulf %v376, %v918 fastmath<contract> : f32
                %v1006 = arith.addf %v1004, %v1005 fastmath<contract> : f32
                %v1007 = llvm.load %v54 : !llvm.ptr -> f32
                %v1008 = arith.addf %v1007, %v1006 fastmath<contract> : f32
                llvm.store %v1008, %v54 : f32, !llvm.ptr
                llvm.store %v911, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v933, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v965, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v952, %v52 : f32, !llvm.ptr
              } else {
                %v1009 = arith.subi %v134, %v1 : i64
                %v1010 = arith.muli %v292, %v3 : i64
                %v1011 = arith.subi %v3, %v1 : i64
                %v1012 = arith.minsi %v32, %v1011 : i64
                %v1013 = arith.addi %v1010, %v1012 : i64
                %v1014 = arith.muli %v1013, %v1 : i64
                %v1015 = arith.addi %v1014, %v10 : i64
                %v1016 = llvm.getelementptr %scratch_h[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1017 = llvm.load %v1016 : !llvm.ptr -> f32
                %v1018 = arith.muli %v292, %v3 : i64
                %v1019 = arith.subi %v3, %v1 : i64
                %v1020 = arith.minsi %v32, %v1019 : i64
                %v1021 = arith.addi %v1018, %v1020 : i64
                %v1022 = arith.muli %v1021, %v1 : i64
                %v1023 = arith.addi %v1022, %v10 : i64
                %v1024 = llvm.getelementptr %scratch_h_lag1[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1025 = llvm.load %v1024 : !llvm.ptr -> f32
                %v1026 = arith.muli %v292, %v3 : i64
                %v1027 = arith.subi %v3, %v1 : i64
                %v1028 = arith.minsi %v32, %v1027 : i64
                %v1029 = arith.addi %v1026, %v1028 : i64
                %v1030 = arith.muli %v1029, %v1 : i64
                %v1031 = arith.addi %v1030, %v10 : i64
                %v1032 = llvm.getelementptr %scratch_e_lag1[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
                %v1034 = arith.muli %v292, %v3 : i64
                %v1035 = arith.subi %v3, %v1 : i64
                %v1036 = arith.minsi %v32, %v1035 : i64
                %v1037 = arith.addi %v1034, %v1036 : i64
                %v1038 = arith.muli %v1037, %v1 : i64
                %v1039 = arith.addi %v1038, %v10 : i64
                %v1040 = llvm.getelementptr %scratch_e_lag2[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1041 = llvm.load %v1040 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1042 = arith.addi %v293, %v10 : i64
                %v1043 = arith.minsi %v1042, %v1009 : i64
                %v1044 = arith.addi %v132, %v1043 : i64
                %v1045 = arith.muli %v38, %v225 : i64
                %v1046 = arith.muli %v36, %v224 : i64
                %v1047 = arith.addi %v1045, %v1046 : i64
                %v1048 = arith.muli %v1044, %v1 : i64
                %v1049 = arith.addi %v1047, %v1048 : i64
                %v1050 = llvm.getelementptr %in_phi1[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
                %v1052 = arith.muli %v38, %v225 : i64
                %v1053 = arith.muli %v36, %v224 : i64
                %v1054 = arith.addi %v1052, %v1053 : i64
                %v1055 = arith.muli %v1044, %v1 : i64
                %v1056 = arith.addi %v1054, %v1055 : i64
                %v1057 = llvm.getelementptr %in_e[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1051, %v1017 fastmath<contract> : f32
                %v1060 = arith.addf %v1059, %v1058 fastmath<contract> : f32
                %v1061 = arith.muli %v38, %v225 : i64
                %v1062 = arith.muli %v36, %v224 : i64
                %v1063 = arith.addi %v1061, %v1062 : i64
                %v1064 = arith.muli %v1044, %v1 : i64
                %v1065 = arith.addi %v1063, %v1064 : i64
                %v1066 = llvm.getelementptr %in_phi2[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1067 = llvm.load %v1066 : !llvm.ptr -> f32
                %v1068 = arith.mulf %v1067, %v1025 fastmath<contract> : f32
                %v1069 = arith.addf %v1060, %v1068 fastmath<contract> : f32
                %v1070 = arith.muli %v36, %v1 : i64
                %v1071 = llvm.getelementptr %in_theta1[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
                %v1073 = arith.mulf %v1072, %v1033 fastmath<contract> : f32
                %v1074 = arith.addf %v1069, %v1073 fastmath<contract> : f32
                %v1075 = arith.muli %v36, %v1 : i64
                %v1076 = llvm.getelementptr %in_theta2[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
                %v1078 = arith.mulf %v1077, %v1041 fastmath<contract> : f32
                %v1079 = arith.addf %v1074, %v1078 fastmath<contract> : f32
                %v1080 = arith.mulf %v55, %v1025 fastmath<contract> : f32
                %v1081 = arith.addf %v1080, %v55 fastmath<contract> : f32
                %v1082 = arith.mulf %v56, %v1017 fastmath<contract> : f32
                %v1083 = arith.addf %v1081, %v1082 fastmath<contract> : f32
                %v1084 = arith.mulf %v55, %v1033 fastmath<contract> : f32
                %v1085 = arith.addf %v1084, %v1058 fastmath<contract> : f32
                %v1086 = arith.mulf %v55, %v1041 fastmath<contract> : f32
                %v1087 = arith.addf %v1086, %v55 fastmath<contract> : f32
                %v1088 = arith.mulf %v56, %v1033 fastmath<contract> : f32
                %v1089 = arith.addf %v1087, %v1088 fastmath<contract> : f32
                %v1090 = arith.addi %v293, %v1 : i64
                %v1091 = arith.minsi %v1090, %v1009 : i64
                %v1092 = arith.addi %v132, %v1091 : i64
                %v1093 = arith.muli %v38, %v225 : i64
                %v1094 = arith.muli %v36, %v224 : i64
                %v1095 = arith.addi %v1093, %v1094 : i64
                %v1096 = arith.muli %v1092, %v1 : i64
                %v1097 = arith.addi %v1095, %v1096 : i64
                %v1098 = llvm.getelementptr %in_phi1[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1099 = llvm.load %v1098 : !llvm.ptr -> f32
                %v1100 = arith.muli %v38, %v225 : i64
                %v1101 = arith.muli %v36, %v224 : i64
                %v1102 = arith.addi %v1100, %v1101 : i64
                %v1103 = arith.muli %v1092, %v1 : i64
                %v1104 = arith.addi %v1102, %v1103 : i64
                %v1105 = llvm.getelementptr %in_e[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1106 = llvm.load %v1105 : !llvm.ptr -> f32
                %v1107 = arith.mulf %v1099, %v1079 fastmath<contract> : f32
                %v1108 = arith.addf %v1107, %v1106 fastmath<contract> : f32
                %v1109 = arith.muli %v38, %v225 : i64
                %v1110 = arith.muli %v36, %v224 : i64
                %v1111 = arith.addi %v1109, %v1110 : i64
                %v1112 = arith.muli %v1092, %v1 : i64
                %v1113 = arith.addi %v1111, %v1112 : i64
                %v1114 = llvm.getelementptr %in_phi2[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1115 = llvm.load %v1114 : !llvm.ptr -> f32
                %v1116 = arith.mulf %v1115, %v1083 fastmath<contract> : f32
                %v1117 = arith.addf %v1108, %v1116 fastmath<contract> : f32
                %v1118 = arith.muli %v36, %v1 : i64
                %v1119 = llvm.getelementptr %in_theta1[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                %v1121 = arith.mulf %v1120, %v1085 fastmath<contract> : f32
                %v1122 = arith.addf %v1117, %v1121 fastmath<contract> : f32
                %v1123 = arith.muli %v36, %v1 : i64
                %v1124 = llvm.getelementptr %in_theta2[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
                %v1126 = arith.mulf %v1125, %v1089 fastmath<contract> : f32
                %v1127 = arith.addf %v1122, %v1126 fastmath<contract> : f32
                %v1128 = arith.mulf %v55, %v1083 fastmath<contract> : f32
                %v1129 = arith.addf %v1128, %v55 fastmath<contract> : f32
                %v1130 = arith.mulf %v56, %v1079 fastmath<contract> : f32
                %v1131 = arith.addf %v1129, %v1130 fastmath<contract> : f32
                %v1132 = arith.mulf %v55, %v1085 fastmath<contract> : f32
                %v1133 = arith.addf %v1132, %v1106 fastmath<contract> : f32
                %v1134 = arith.mulf %v55, %v1089 fastmath<contract> : f32
                %v1135 = arith.addf %v1134, %v55 fastmath<contract> : f32
                %v1136 = arith.mulf %v56, %v1085 fastmath<contract> : f32
                %v1137 = arith.addf %v1135, %v1136 fastmath<contract> : f32
                %v1138 = arith.addi %v293, %v66 : i64
                %v1139 = arith.minsi %v1138, %v1009 : i64
                %v1140 = arith.addi %v132, %v1139 : i64
                %v1141 = arith.muli %v38, %v225 : i64
                %v1142 = arith.muli %v36, %v224 : i64
                %v1143 = arith.addi %v1141, %v1142 : i64
                %v1144 = arith.muli %v1140, %v1 : i64
                %v1145 = arith.addi %v1143, %v1144 : i64
                %v1146 = llvm.getelementptr %in_phi1[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
                %v1148 = arith.muli %v38, %v225 : i64
                %v1149 = arith.muli %v36, %v224 : i64
                %v1150 = arith.addi %v1148, %v1149 : i64
                %v1151 = arith.muli %v1140, %v1 : i64
                %v1152 = arith.addi %v1150, %v1151 : i64
                %v1153 = llvm.getelementptr %in_e[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
                %v1155 = arith.mulf %v1147, %v1127 fastmath<contract> : f32
                %v1156 = arith.addf %v1155, %v1154 fastmath<contract> : f32
                %v1157 = arith.muli %v38, %v225 : i64
                %v1158 = arith.muli %v36, %v224 : i64
                %v1159 = arith.addi %v1157, %v1158 : i64
                %v1160 = arith.muli %v1140, %v1 : i64
                %v1161 = arith.addi %v1159, %v1160 : i64
                %v1162 = llvm.getelementptr %in_phi2[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1163 = llvm.load %v1162 : !llvm.ptr -> f32
                %v1164 = arith.mulf %v1163, %v1131 fastmath<contract> : f32
                %v1165 = arith.addf %v1156, %v1164 fastmath<contract> : f32
                %v1166 = arith.muli %v36, %v1 : i64
                %v1167 = llvm.getelementptr %in_theta1[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
                %v1169 = arith.mulf %v1168, %v1133 fastmath<contract> : f32
                %v1170 = arith.addf %v1165, %v1169 fastmath<contract> : f32
                %v1171 = arith.muli %v36, %v1 : i64
                %v1172 = llvm.getelementptr %in_theta2[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1173 = llvm.load %v1172 : !llvm.ptr -> f32
                %v1174 = arith.mulf %v1173, %v1137 fastmath<contract> : f32
                %v1175 = arith.addf %v1170, %v1174 fastmath<contract> : f32
                %v1176 = arith.mulf %v55, %v1131 fastmath<contract> : f32
                %v1177 = arith.addf %v1176, %v55 fastmath<contract> : f32
                %v1178 = arith.mulf %v56, %v1127 fastmath<contract> : f32
                %v1179 = arith.addf %v1177, %v1178 fastmath<contract> : f32
                %v1180 = arith.mulf %v55, %v1133 fastmath<contract> : f32
                %v1181 = arith.addf %v1180, %v1154 fastmath<contract> : f32
                %v1182 = arith.mulf %v55, %v1137 fastmath<contract> : f32
                %v1183 = arith.addf %v1182, %v55 fastmath<contract> : f32
                %v1184 = arith.mulf %v56, %v1133 fastmath<contract> : f32
                %v1185 = arith.addf %v1183, %v1184 fastmath<contract> : f32
                %v1186 = arith.addi %v293, %v70 : i64
                %v1187 = arith.minsi %v1186, %v1009 : i64
                %v1188 = arith.addi %v132, %v1187 : i64
                %v1189 = arith.muli %v38, %v225 : i64
                %v1190 = arith.muli %v36, %v224 : i64
                %v1191 = arith.addi %v1189, %v1190 : i64
                %v1192 = arith.muli %v1188, %v1 : i64
                %v1193 = arith.addi %v1191, %v1192 : i64
                %v1194 = llvm.getelementptr %in_phi1[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
                %v1196 = arith.muli %v38, %v225 : i64
                %v1197 = arith.muli %v36, %v224 : i64
                %v1198 = arith.addi %v1196, %v1197 : i64
                %v1199 = arith.muli %v1188, %v1 : i64
                %v1200 = arith.addi %v1198, %v1199 : i64
                %v1201 = llvm.getelementptr %in_e[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
                %v1203 = arith.mulf %v1195, %v1175 fastmath<contract> : f32
                %v1204 = arith.addf %v1203, %v1202 fastmath<contract> : f32
                %v1205 = arith.muli %v38, %v225 : i64
                %v1206 = arith.muli %v36, %v224 : i64
                %v1207 = arith.addi %v1205, %v1206 : i64
                %v1208 = arith.muli %v1188, %v1 : i64
                %v1209 = arith.addi %v1207, %v1208 : i64
                %v1210 = llvm.getelementptr %in_phi2[%v1209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1211 = llvm.load %v1210 : !llvm.ptr -> f32
                %v1212 = arith.mulf %v1211, %v1179 fastmath<contract> : f32
                %v1213 = arith.addf %v1204, %v1212 fastmath<contract> : f32
                %v1214 = arith.muli %v36, %v1 : i64
                %v1215 = llvm.getelementptr %in_theta1[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                %v1217 = arith.mulf %v1216, %v1181 fastmath<contract> : f32
                %v1218 = arith.addf %v1213, %v1217 fastmath<contract> : f32
                %v1219 = arith.muli %v36, %v1 : i64
                %v1220 = llvm.getelementptr %in_theta2[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1221 = llvm.load %v1220 : !llvm.ptr -> f32
                %v1222 = arith.mulf %v1221, %v1185 fastmath<contract> : f32
                %v1223 = arith.addf %v1218, %v1222 fastmath<contract> : f32
                %v1224 = arith.mulf %v55, %v1179 fastmath<contract> : f32
                %v1225 = arith.addf %v1224, %v55 fastmath<contract> : f32
                %v1226 = arith.mulf %v56, %v1175 fastmath<contract> : f32
                %v1227 = arith.addf %v1225, %v1226 fastmath<contract> : f32
                %v1228 = arith.mulf %v55, %v1181 fastmath<contract> : f32
                %v1229 = arith.addf %v1228, %v1202 fastmath<contract> : f32
                %v1230 = arith.mulf %v55, %v1185 fastmath<contract> : f32
                %v1231 = arith.addf %v1230, %v55 fastmath<contract> : f32
                %v1232 = arith.mulf %v56, %v1181 fastmath<contract> : f32
                %v1233 = arith.addf %v1231, %v1232 fastmath<contract> : f32
                %v1234 = arith.subi %v134, %v293 : i64
                %v1235 = arith.trunci %v1234 : i64 to i32
                %v1236 = arith.subi %size_L, %v1 : i64
                %v1237 = arith.addi %v132, %v293 : i64
                %v1238 = arith.subi %v1236, %v1237 : i64
                %v1239 = arith.minsi %v1238, %v526 : i64
                %v1240 = arith.trunci %v1239 : i64 to i32
                %v1241 = arith.addi %v293, %v70 : i64
                %v1242 = arith.cmpi slt, %v530, %v1235 : i32
                %v1243 = arith.cmpi eq, %v530, %v1240 : i32
                scf.if %v1242 {
                  %v1244 = arith.addi %v132, %v1241 : i64
                  %v1245 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1246 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1247 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1248 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1249 = arith.muli %v38, %v225 : i64
                  %v1250 = arith.muli %v36, %v224 : i64
                  %v1251 = arith.addi %v1249, %v1250 : i64
                  %v1252 = arith.muli %v1244, %v1 : i64
                  %v1253 = arith.addi %v1251, %v1252 : i64
                  %v1254 = llvm.getelementptr %dy_y[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1255 = llvm.load %v1254 : !llvm.ptr -> f32
                  %v1256 = arith.muli %v38, %v225 : i64
                  %v1257 = arith.muli %v36, %v224 : i64
                  %v1258 = arith.addi %v1256, %v1257 : i64
                  %v1259 = arith.muli %v1244, %v1 : i64
                  %v1260 = arith.addi %v1258, %v1259 : i64
                  %v1261 = llvm.getelementptr %in_phi1[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1262 = llvm.load %v1261 : !llvm.ptr -> f32
                  %v1263 = arith.muli %v38, %v225 : i64
                  %v1264 = arith.muli %v36, %v224 : i64
                  %v1265 = arith.addi %v1263, %v1264 : i64
                  %v1266 = arith.muli %v1244, %v1 : i64
                  %v1267 = arith.addi %v1265, %v1266 : i64
                  %v1268 = llvm.getelementptr %dy_forecast[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1269 = llvm.load %v1268 : !llvm.ptr -> f32
                  %v1270 = arith.mulf %v1262, %v1269 fastmath<contract> : f32
                  %v1271 = arith.addf %v1255, %v1270 fastmath<contract> : f32
                  %v1272 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1273 = arith.mulf %v1272, %v1245 fastmath<contract> : f32
                  %v1274 = arith.addf %v1271, %v1273 fastmath<contract> : f32
                  %v1275 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1276 = arith.mulf %v1275, %v1246 fastmath<contract> : f32
                  %v1277 = arith.addf %v1276, %v1274 fastmath<contract> : f32
                  %v1278 = arith.muli %v38, %v225 : i64
                  %v1279 = arith.muli %v36, %v224 : i64
                  %v1280 = arith.addi %v1278, %v1279 : i64
                  %v1281 = arith.muli %v1244, %v1 : i64
                  %v1282 = arith.addi %v1280, %v1281 : i64
                  %v1283 = llvm.getelementptr %in_phi2[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
                  %v1285 = arith.mulf %v1284, %v1269 fastmath<contract> : f32
                  %v1286 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1287 = arith.mulf %v1286, %v1246 fastmath<contract> : f32
                  %v1288 = arith.addf %v1285, %v1287 fastmath<contract> : f32
                  %v1289 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1290 = arith.mulf %v1289, %v1245 fastmath<contract> : f32
                  %v1291 = arith.addf %v1290, %v1288 fastmath<contract> : f32
                  %v1292 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1293 = arith.mulf %v1292, %v1247 fastmath<contract> : f32
                  %v1294 = arith.addf %v55, %v1293 fastmath<contract> : f32
                  %v1295 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1296 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1297 = arith.mulf %v1295, %v1245 fastmath<contract> : f32
                  %v1298 = arith.addf %v1297, %v1294 fastmath<contract> : f32
                  %v1299 = arith.mulf %v1296, %v1248 fastmath<contract> : f32
                  %v1300 = arith.addf %v1299, %v1298 fastmath<contract> : f32
                  %v1301 = arith.muli %v36, %v1 : i64
                  %v1302 = llvm.getelementptr %in_theta2[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
                  %v1304 = arith.mulf %v1303, %v1269 fastmath<contract> : f32
                  %v1305 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1306 = arith.mulf %v1305, %v1248 fastmath<contract> : f32
                  %v1307 = arith.addf %v1304, %v1306 fastmath<contract> : f32
                  %v1308 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1309 = arith.mulf %v1308, %v1245 fastmath<contract> : f32
                  %v1310 = arith.addf %v1309, %v1307 fastmath<contract> : f32
                  llvm.store %v1277, %v40 : f32, !llvm.ptr
                  llvm.store %v1291, %v41 : f32, !llvm.ptr
                  llvm.store %v1300, %v42 : f32, !llvm.ptr
                  llvm.store %v1310, %v43 : f32, !llvm.ptr
                  %v1311 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1312 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1313 = arith.addf %v1311, %v1312 fastmath<contract> : f32
                  %v1314 = arith.muli %v36, %v1 : i64
                  %v1315 = llvm.getelementptr %in_theta1[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1316 = llvm.load %v1315 : !llvm.ptr -> f32
                  %v1317 = arith.mulf %v1316, %v1269 fastmath<contract> : f32
                  %v1318 = arith.addf %v1313, %v1317 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1319 = arith.muli %v38, %v225 : i64
                    %v1320 = arith.muli %v36, %v224 : i64
                    %v1321 = arith.addi %v1319, %v1320 : i64
                    %v1322 = arith.muli %v1244, %v1 : i64
                    %v1323 = arith.addi %v1321, %v1322 : i64
                    %v1324 = llvm.getelementptr %dx_e[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1318, %v1324 : f32, !llvm.ptr
                  }
                  %v1325 = arith.mulf %v1175, %v1311 fastmath<contract> : f32
                  %v1326 = arith.mulf %v1223, %v1269 fastmath<contract> : f32
                  %v1327 = arith.addf %v1325, %v1326 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1328 = arith.muli %v38, %v225 : i64
                    %v1329 = arith.muli %v36, %v224 : i64
                    %v1330 = arith.addi %v1328, %v1329 : i64
                    %v1331 = arith.muli %v1244, %v1 : i64
                    %v1332 = arith.addi %v1330, %v1331 : i64
                    %v1333 = llvm.getelementptr %dx_phi1[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1327, %v1333 : f32, !llvm.ptr
                  }
                  %v1334 = arith.mulf %v1179, %v1311 fastmath<contract> : f32
                  %v1335 = arith.mulf %v1227, %v1269 fastmath<contract> : f32
                  %v1336 = arith.addf %v1334, %v1335 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1337 = arith.muli %v38, %v225 : i64
                    %v1338 = arith.muli %v36, %v224 : i64
                    %v1339 = arith.addi %v1337, %v1338 : i64
                    %v1340 = arith.muli %v1244, %v1 : i64
                    %v1341 = arith.addi %v1339, %v1340 : i64
                    %v1342 = llvm.getelementptr %dx_phi2[%v1341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1336, %v1342 : f32, !llvm.ptr
                  }
                  %v1343 = arith.mulf %v1181, %v1311 fastmath<contract> : f32
                  %v1344 = arith.muli %v38, %v225 : i64
                  %v1345 = arith.muli %v36, %v224 : i64
                  %v1346 = arith.addi %v1344, %v1345 : i64
                  %v1347 = arith.muli %v1244, %v1 : i64
                  %v1348 = arith.addi %v1346, %v1347 : i64
                  %v1349 = llvm.getelementptr %in_e[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1350 = llvm.load %v1349 : !llvm.ptr -> f32
                  %v1351 = arith.mulf %v1350, %v1269 fastmath<contract> : f32
                  %v1352 = arith.addf %v1343, %v1351 fastmath<contract> : f32
                  %v1353 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1354 = arith.addf %v1353, %v1352 fastmath<contract> : f32
                  llvm.store %v1354, %v53 : f32, !llvm.ptr
                  %v1355 = arith.mulf %v1185, %v1311 fastmath<contract> : f32
                  %v1356 = arith.mulf %v1233, %v1269 fastmath<contract> : f32
                  %v1357 = arith.addf %v1355, %v1356 fastmath<contract> : f32
                  %v1358 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1359 = arith.addf %v1358, %v1357 fastmath<contract> : f32
                  llvm.store %v1359, %v54 : f32, !llvm.ptr
                  llvm.store %v1262, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1284, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1316, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1303, %v52 : f32, !llvm.ptr
                }
                %v1360 = arith.addi %v293, %v66 : i64
                %v1361 = arith.cmpi slt, %v650, %v1235 : i32
                %v1362 = arith.cmpi eq, %v650, %v1240 : i32
                scf.if %v1361 {
                  %v1363 = arith.addi %v132, %v1360 : i64
                  %v1364 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1365 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1366 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1367 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1368 = arith.muli %v38, %v225 : i64
                  %v1369 = arith.muli %v36, %v224 : i64
                  %v1370 = arith.addi %v1368, %v1369 : i64
                  %v1371 = arith.muli %v1363, %v1 : i64
                  %v1372 = arith.addi %v1370, %v1371 : i64
                  %v1373 = llvm.getelementptr %dy_y[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
                  %v1375 = arith.muli %v38, %v225 : i64
                  %v1376 = arith.muli %v36, %v224 : i64
                  %v1377 = arith.addi %v1375, %v1376 : i64
                  %v1378 = arith.muli %v1363, %v1 : i64
                  %v1379 = arith.addi %v1377, %v1378 : i64
                  %v1380 = llvm.getelementptr %in_phi1[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
                  %v1382 = arith.muli %v38, %v225 : i64
                  %v1383 = arith.muli %v36, %v224 : i64
                  %v1384 = arith.addi %v1382, %v1383 : i64
                  %v1385 = arith.muli %v1363, %v1 : i64
                  %v1386 = arith.addi %v1384, %v1385 : i64
                  %v1387 = llvm.getelementptr %dy_forecast[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
                  %v1389 = arith.mulf %v1381, %v1388 fastmath<contract> : f32
                  %v1390 = arith.addf %v1374, %v1389 fastmath<contract> : f32
                  %v1391 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1392 = arith.mulf %v1391, %v1364 fastmath<contract> : f32
                  %v1393 = arith.addf %v1390, %v1392 fastmath<contract> : f32
                  %v1394 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1395 = arith.mulf %v1394, %v1365 fastmath<contract> : f32
                  %v1396 = arith.addf %v1395, %v1393 fastmath<contract> : f32
                  %v1397 = arith.muli %v38, %v225 : i64
                  %v1398 = arith.muli %v36, %v224 : i64
                  %v1399 = arith.addi %v1397, %v1398 : i64
                  %v1400 = arith.muli %v1363, %v1 : i64
                  %v1401 = arith.addi %v1399, %v1400 : i64
                  %v1402 = llvm.getelementptr %in_phi2[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1403 = llvm.load %v1402 : !llvm.ptr -> f32
                  %v1404 = arith.mulf %v1403, %v1388 fastmath<contract> : f32
                  %v1405 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1406 = arith.mulf %v1405, %v1365 fastmath<contract> : f32
                  %v1407 = arith.addf %v1404, %v1406 fastmath<contract> : f32
                  %v1408 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1409 = arith.mulf %v1408, %v1364 fastmath<contract> : f32
                  %v1410 = arith.addf %v1409, %v1407 fastmath<contract> : f32
                  %v1411 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1412 = arith.mulf %v1411, %v1366 fastmath<contract> : f32
                  %v1413 = arith.addf %v55, %v1412 fastmath<contract> : f32
                  %v1414 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1415 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1416 = arith.mulf %v1414, %v1364 fastmath<contract> : f32
                  %v1417 = arith.addf %v1416, %v1413 fastmath<contract> : f32
                  %v1418 = arith.mulf %v1415, %v1367 fastmath<contract> : f32
                  %v1419 = arith.addf %v1418, %v1417 fastmath<contract> : f32
                  %v1420 = arith.muli %v36, %v1 : i64
                  %v1421 = llvm.getelementptr %in_theta2[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
                  %v1423 = arith.mulf %v1422, %v1388 fastmath<contract> : f32
                  %v1424 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1425 = arith.mulf %v1424, %v1367 fastmath<contract> : f32
                  %v1426 = arith.addf %v1423, %v1425 fastmath<contract> : f32
                  %v1427 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1428 = arith.mulf %v1427, %v1364 fastmath<contract> : f32
                  %v1429 = arith.addf %v1428, %v1426 fastmath<contract> : f32
                  llvm.store %v1396, %v40 : f32, !llvm.ptr
                  llvm.store %v1410, %v41 : f32, !llvm.ptr
                  llvm.store %v1419, %v42 : f32, !llvm.ptr
                  llvm.store %v1429, %v43 : f32, !llvm.ptr
                  %v1430 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1431 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1432 = arith.addf %v1430, %v1431 fastmath<contract> : f32
                  %v1433 = arith.muli %v36, %v1 : i64
                  %v1434 = llvm.getelementptr %in_theta1[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
                  %v1436 = arith.mulf %v1435, %v1388 fastmath<contract> : f32
                  %v1437 = arith.addf %v1432, %v1436 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1438 = arith.muli %v38, %v225 : i64
                    %v1439 = arith.muli %v36, %v224 : i64
                    %v1440 = arith.addi %v1438, %v1439 : i64
                    %v1441 = arith.muli %v1363, %v1 : i64
                    %v1442 = arith.addi %v1440, %v1441 : i64
                    %v1443 = llvm.getelementptr %dx_e[%v1442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1437, %v1443 : f32, !llvm.ptr
                  }
                  %v1444 = arith.mulf %v1127, %v1430 fastmath<contract> : f32
                  %v1445 = arith.mulf %v1175, %v1388 fastmath<contract> : f32
                  %v1446 = arith.addf %v1444, %v1445 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1447 = arith.muli %v38, %v225 : i64
                    %v1448 = arith.muli %v36, %v224 : i64
                    %v1449 = arith.addi %v1447, %v1448 : i64
                    %v1450 = arith.muli %v1363, %v1 : i64
                    %v1451 = arith.addi %v1449, %v1450 : i64
                    %v1452 = llvm.getelementptr %dx_phi1[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1446, %v1452 : f32, !llvm.ptr
                  }
                  %v1453 = arith.mulf %v1131, %v1430 fastmath<contract> : f32
                  %v1454 = arith.mulf %v1179, %v1388 fastmath<contract> : f32
                  %v1455 = arith.addf %v1453, %v1454 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1456 = arith.muli %v38, %v225 : i64
                    %v1457 = arith.muli %v36, %v224 : i64
                    %v1458 = arith.addi %v1456, %v1457 : i64
                    %v1459 = arith.muli %v1363, %v1 : i64
                    %v1460 = arith.addi %v1458, %v1459 : i64
                    %v1461 = llvm.getelementptr %dx_phi2[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1455, %v1461 : f32, !llvm.ptr
                  }
                  %v1462 = arith.mulf %v1133, %v1430 fastmath<contract> : f32
                  %v1463 = arith.muli %v38, %v225 : i64
                  %v1464 = arith.muli %v36, %v224 : i64
                  %v1465 = arith.addi %v1463, %v1464 : i64
                  %v1466 = arith.muli %v1363, %v1 : i64
                  %v1467 = arith.addi %v1465, %v1466 : i64
                  %v1468 = llvm.getelementptr %in_e[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
                  %v1470 = arith.mulf %v1469, %v1388 fastmath<contract> : f32
                  %v1471 = arith.addf %v1462, %v1470 fastmath<contract> : f32
                  %v1472 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1473 = arith.addf %v1472, %v1471 fastmath<contract> : f32
                  llvm.store %v1473, %v53 : f32, !llvm.ptr
                  %v1474 = arith.mulf %v1137, %v1430 fastmath<contract> : f32
                  %v1475 = arith.mulf %v1185, %v1388 fastmath<contract> : f32
                  %v1476 = arith.addf %v1474, %v1475 fastmath<contract> : f32
                  %v1477 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1478 = arith.addf %v1477, %v1476 fastmath<contract> : f32
                  llvm.store %v1478, %v54 : f32, !llvm.ptr
                  llvm.store %v1381, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1403, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1435, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1422, %v52 : f32, !llvm.ptr
                }
                %v1479 = arith.addi %v293, %v1 : i64
                %v1480 = arith.cmpi slt, %v770, %v1235 : i32
                %v1481 = arith.cmpi eq, %v770, %v1240 : i32
                scf.if %v1480 {
                  %v1482 = arith.addi %v132, %v1479 : i64
                  %v1483 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1484 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1485 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1486 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1487 = arith.muli %v38, %v225 : i64
                  %v1488 = arith.muli %v36, %v224 : i64
                  %v1489 = arith.addi %v1487, %v1488 : i64
                  %v1490 = arith.muli %v1482, %v1 : i64
                  %v1491 = arith.addi %v1489, %v1490 : i64
                  %v1492 = llvm.getelementptr %dy_y[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1493 = llvm.load %v1492 : !llvm.ptr -> f32
                  %v1494 = arith.muli %v38, %v225 : i64
                  %v1495 = arith.muli %v36, %v224 : i64
                  %v1496 = arith.addi %v1494, %v1495 : i64
                  %v1497 = arith.muli %v1482, %v1 : i64
                  %v1498 = arith.addi %v1496, %v1497 : i64
                  %v1499 = llvm.getelementptr %in_phi1[%v1498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1500 = llvm.load %v1499 : !llvm.ptr -> f32
                  %v1501 = arith.muli %v38, %v225 : i64
                  %v1502 = arith.muli %v36, %v224 : i64
                  %v1503 = arith.addi %v1501, %v1502 : i64
                  %v1504 = arith.muli %v1482, %v1 : i64
                  %v1505 = arith.addi %v1503, %v1504 : i64
                  %v1506 = llvm.getelementptr %dy_forecast[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
                  %v1508 = arith.mulf %v1500, %v1507 fastmath<contract> : f32
                  %v1509 = arith.addf %v1493, %v1508 fastmath<contract> : f32
                  %v1510 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1511 = arith.mulf %v1510, %v1483 fastmath<contract> : f32
                  %v1512 = arith.addf %v1509, %v1511 fastmath<contract> : f32
                  %v1513 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1514 = arith.mulf %v1513, %v1484 fastmath<contract> : f32
                  %v1515 = arith.addf %v1514, %v1512 fastmath<contract> : f32
                  %v1516 = arith.muli %v38, %v225 : i64
                  %v1517 = arith.muli %v36, %v224 : i64
                  %v1518 = arith.addi %v1516, %v1517 : i64
                  %v1519 = arith.muli %v1482, %v1 : i64
                  %v1520 = arith.addi %v1518, %v1519 : i64
                  %v1521 = llvm.getelementptr %in_phi2[%v1520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1522 = llvm.load %v1521 : !llvm.ptr -> f32
                  %v1523 = arith.mulf %v1522, %v1507 fastmath<contract> : f32
                  %v1524 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1525 = arith.mulf %v1524, %v1484 fastmath<contract> : f32
                  %v1526 = arith.addf %v1523, %v1525 fastmath<contract> : f32
                  %v1527 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1528 = arith.mulf %v1527, %v1483 fastmath<contract> : f32
                  %v1529 = arith.addf %v1528, %v1526 fastmath<contract> : f32
                  %v1530 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1531 = arith.mulf %v1530, %v1485 fastmath<contract> : f32
                  %v1532 = arith.addf %v55, %v1531 fastmath<contract> : f32
                  %v1533 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1534 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1535 = arith.mulf %v1533, %v1483 fastmath<contract> : f32
                  %v1536 = arith.addf %v1535, %v1532 fastmath<contract> : f32
                  %v1537 = arith.mulf %v1534, %v1486 fastmath<contract> : f32
                  %v1538 = arith.addf %v1537, %v1536 fastmath<contract> : f32
                  %v1539 = arith.muli %v36, %v1 : i64
                  %v1540 = llvm.getelementptr %in_theta2[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1541 = llvm.load %v1540 : !llvm.ptr -> f32
                  %v1542 = arith.mulf %v1541, %v1507 fastmath<contract> : f32
                  %v1543 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1544 = arith.mulf %v1543, %v1486 fastmath<contract> : f32
                  %v1545 = arith.addf %v1542, %v1544 fastmath<contract> : f32
                  %v1546 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1547 = arith.mulf %v1546, %v1483 fastmath<contract> : f32
                  %v1548 = arith.addf %v1547, %v1545 fastmath<contract> : f32
                  llvm.store %v1515, %v40 : f32, !llvm.ptr
                  llvm.store %v1529, %v41 : f32, !llvm.ptr
                  llvm.store %v1538, %v42 : f32, !llvm.ptr
                  llvm.store %v1548, %v43 : f32, !llvm.ptr
                  %v1549 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1550 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1551 = arith.addf %v1549, %v1550 fastmath<contract> : f32
                  %v1552 = arith.muli %v36, %v1 : i64
                  %v1553 = llvm.getelementptr %in_theta1[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
                  %v1555 = arith.mulf %v1554, %v1507 fastmath<contract> : f32
                  %v1556 = arith.addf %v1551, %v1555 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1557 = arith.muli %v38, %v225 : i64
                    %v1558 = arith.muli %v36, %v224 : i64
                    %v1559 = arith.addi %v1557, %v1558 : i64
                    %v1560 = arith.muli %v1482, %v1 : i64
                    %v1561 = arith.addi %v1559, %v1560 : i64
                    %v1562 = llvm.getelementptr %dx_e[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1556, %v1562 : f32, !llvm.ptr
                  }
                  %v1563 = arith.mulf %v1079, %v1549 fastmath<contract> : f32
                  %v1564 = arith.mulf %v1127, %v1507 fastmath<contract> : f32
                  %v1565 = arith.addf %v1563, %v1564 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1566 = arith.muli %v38, %v225 : i64
                    %v1567 = arith.muli %v36, %v224 : i64
                    %v1568 = arith.addi %v1566, %v1567 : i64
                    %v1569 = arith.muli %v1482, %v1 : i64
                    %v1570 = arith.addi %v1568, %v1569 : i64
                    %v1571 = llvm.getelementptr %dx_phi1[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1565, %v1571 : f32, !llvm.ptr
                  }
                  %v1572 = arith.mulf %v1083, %v1549 fastmath<contract> : f32
                  %v1573 = arith.mulf %v1131, %v1507 fastmath<contract> : f32
                  %v1574 = arith.addf %v1572, %v1573 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1575 = arith.muli %v38, %v225 : i64
                    %v1576 = arith.muli %v36, %v224 : i64
                    %v1577 = arith.addi %v1575, %v1576 : i64
                    %v1578 = arith.muli %v1482, %v1 : i64
                    %v1579 = arith.addi %v1577, %v1578 : i64
                    %v1580 = llvm.getelementptr %dx_phi2[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1574, %v1580 : f32, !llvm.ptr
                  }
                  %v1581 = arith.mulf %v1085, %v1549 fastmath<contract> : f32
                  %v1582 = arith.muli %v38, %v225 : i64
                  %v1583 = arith.muli %v36, %v224 : i64
                  %v1584 = arith.addi %v1582, %v1583 : i64
                  %v1585 = arith.muli %v1482, %v1 : i64
                  %v1586 = arith.addi %v1584, %v1585 : i64
                  %v1587 = llvm.getelementptr %in_e[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1588 = llvm.load %v1587 : !llvm.ptr -> f32
                  %v1589 = arith.mulf %v1588, %v1507 fastmath<contract> : f32
                  %v1590 = arith.addf %v1581, %v1589 fastmath<contract> : f32
                  %v1591 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1592 = arith.addf %v1591, %v1590 fastmath<contract> : f32
                  llvm.store %v1592, %v53 : f32, !llvm.ptr
                  %v1593 = arith.mulf %v1089, %v1549 fastmath<contract> : f32
                  %v1594 = arith.mulf %v1137, %v1507 fastmath<contract> : f32
                  %v1595 = arith.addf %v1593, %v1594 fastmath<contract> : f32
                  %v1596 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1597 = arith.addf %v1596, %v1595 fastmath<contract> : f32
                  llvm.store %v1597, %v54 : f32, !llvm.ptr
                  llvm.store %v1500, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1522, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1554, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1541, %v52 : f32, !llvm.ptr
                }
                %v1598 = arith.addi %v293, %v10 : i64
                %v1599 = arith.cmpi slt, %v890, %v1235 : i32
                %v1600 = arith.cmpi eq, %v890, %v1240 : i32
                scf.if %v1599 {
                  %v1601 = arith.addi %v132, %v1598 : i64
                  %v1602 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1603 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1604 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1605 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1606 = arith.muli %v38, %v225 : i64
                  %v1607 = arith.muli %v36, %v224 : i64
                  %v1608 = arith.addi %v1606, %v1607 : i64
                  %v1609 = arith.muli %v1601, %v1 : i64
                  %v1610 = arith.addi %v1608, %v1609 : i64
                  %v1611 = llvm.getelementptr %dy_y[%v1610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1612 = llvm.load %v1611 : !llvm.ptr -> f32
                  %v1613 = arith.muli %v38, %v225 : i64
                  %v1614 = arith.muli %v36, %v224 : i64
                  %v1615 = arith.addi %v1613, %v1614 : i64
                  %v1616 = arith.muli %v1601, %v1 : i64
                  %v1617 = arith.addi %v1615, %v1616 : i64
                  %v1618 = llvm.getelementptr %in_phi1[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1619 = llvm.load %v1618 : !llvm.ptr -> f32
                  %v1620 = arith.muli %v38, %v225 : i64
                  %v1621 = arith.muli %v36, %v224 : i64
                  %v1622 = arith.addi %v1620, %v1621 : i64
                  %v1623 = arith.muli %v1601, %v1 : i64
                  %v1624 = arith.addi %v1622, %v1623 : i64
                  %v1625 = llvm.getelementptr %dy_forecast[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1626 = llvm.load %v1625 : !llvm.ptr -> f32
                  %v1627 = arith.mulf %v1619, %v1626 fastmath<contract> : f32
                  %v1628 = arith.addf %v1612, %v1627 fastmath<contract> : f32
                  %v1629 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1630 = arith.mulf %v1629, %v1602 fastmath<contract> : f32
                  %v1631 = arith.addf %v1628, %v1630 fastmath<contract> : f32
                  %v1632 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1633 = arith.mulf %v1632, %v1603 fastmath<contract> : f32
                  %v1634 = arith.addf %v1633, %v1631 fastmath<contract> : f32
                  %v1635 = arith.muli %v38, %v225 : i64
                  %v1636 = arith.muli %v36, %v224 : i64
                  %v1637 = arith.addi %v1635, %v1636 : i64
                  %v1638 = arith.muli %v1601, %v1 : i64
                  %v1639 = arith.addi %v1637, %v1638 : i64
                  %v1640 = llvm.getelementptr %in_phi2[%v1639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1641 = llvm.load %v1640 : !llvm.ptr -> f32
                  %v1642 = arith.mulf %v1641, %v1626 fastmath<contract> : f32
                  %v1643 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1644 = arith.mulf %v1643, %v1603 fastmath<contract> : f32
                  %v1645 = arith.addf %v1642, %v1644 fastmath<contract> : f32
                  %v1646 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1647 = arith.mulf %v1646, %v1602 fastmath<contract> : f32
                  %v1648 = arith.addf %v1647, %v1645 fastmath<contract> : f32
                  %v1649 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1650 = arith.mulf %v1649, %v1604 fastmath<contract> : f32
                  %v1651 = arith.addf %v55, %v1650 fastmath<contract> : f32
                  %v1652 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1653 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1654 = arith.mulf %v1652, %v1602 fastmath<contract> : f32
                  %v1655 = arith.addf %v1654, %v1651 fastmath<contract> : f32
                  %v1656 = arith.mulf %v1653, %v1605 fastmath<contract> : f32
                  %v1657 = arith.addf %v1656, %v1655 fastmath<contract> : f32
                  %v1658 = arith.muli %v36, %v1 : i64
                  %v1659 = llvm.getelementptr %in_theta2[%v1658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1660 = llvm.load %v1659 : !llvm.ptr -> f32
                  %v1661 = arith.mulf %v1660, %v1626 fastmath<contract> : f32
                  %v1662 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1663 = arith.mulf %v1662, %v1605 fastmath<contract> : f32
                  %v1664 = arith.addf %v1661, %v1663 fastmath<contract> : f32
                  %v1665 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1666 = arith.mulf %v1665, %v1602 fastmath<contract> : f32
                  %v1667 = arith.addf %v1666, %v1664 fastmath<contract> : f32
                  llvm.store %v1634, %v40 : f32, !llvm.ptr
                  llvm.store %v1648, %v41 : f32, !llvm.ptr
                  llvm.store %v1657, %v42 : f32, !llvm.ptr
                  llvm.store %v1667, %v43 : f32, !llvm.ptr
                  %v1668 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1669 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1670 = arith.addf %v1668, %v1669 fastmath<contract> : f32
                  %v1671 = arith.muli %v36, %v1 : i64
                  %v1672 = llvm.getelementptr %in_theta1[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
                  %v1674 = arith.mulf %v1673, %v1626 fastmath<contract> : f32
                  %v1675 = arith.addf %v1670, %v1674 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1676 = arith.muli %v38, %v225 : i64
                    %v1677 = arith.muli %v36, %v224 : i64
                    %v1678 = arith.addi %v1676, %v1677 : i64
                    %v1679 = arith.muli %v1601, %v1 : i64
                    %v1680 = arith.addi %v1678, %v1679 : i64
                    %v1681 = llvm.getelementptr %dx_e[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1675, %v1681 : f32, !llvm.ptr
                  }
                  %v1682 = arith.mulf %v1017, %v1668 fastmath<contract> : f32
                  %v1683 = arith.mulf %v1079, %v1626 fastmath<contract> : f32
                  %v1684 = arith.addf %v1682, %v1683 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1685 = arith.muli %v38, %v225 : i64
                    %v1686 = arith.muli %v36, %v224 : i64
                    %v1687 = arith.addi %v1685, %v1686 : i64
                    %v1688 = arith.muli %v1601, %v1 : i64
                    %v1689 = arith.addi %v1687, %v1688 : i64
                    %v1690 = llvm.getelementptr %dx_phi1[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1684, %v1690 : f32, !llvm.ptr
                  }
                  %v1691 = arith.mulf %v1025, %v1668 fastmath<contract> : f32
                  %v1692 = arith.mulf %v1083, %v1626 fastmath<contract> : f32
                  %v1693 = arith.addf %v1691, %v1692 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1694 = arith.muli %v38, %v225 : i64
                    %v1695 = arith.muli %v36, %v224 : i64
                    %v1696 = arith.addi %v1694, %v1695 : i64
                    %v1697 = arith.muli %v1601, %v1 : i64
                    %v1698 = arith.addi %v1696, %v1697 : i64
                    %v1699 = llvm.getelementptr %dx_phi2[%v1698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1693, %v1699 : f32, !llvm.ptr
                  }
                  %v1700 = arith.mulf %v1033, %v1668 fastmath<contract> : f32
                  %v1701 = arith.muli %v38, %v225 : i64
                  %v1702 = arith.muli %v36, %v224 : i64
                  %v1703 = arith.addi %v1701, %v1702 : i64
                  %v1704 = arith.muli %v1601, %v1 : i64
                  %v1705 = arith.addi %v1703, %v1704 : i64
                  %v1706 = llvm.getelementptr %in_e[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
                  %v1708 = arith.mulf %v1707, %v1626 fastmath<contract> : f32
                  %v1709 = arith.addf %v1700, %v1708 fastmath<contract> : f32
                  %v1710 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1711 = arith.addf %v1710, %v1709 fastmath<contract> : f32
                  llvm.store %v1711, %v53 : f32, !llvm.ptr
                  %v1712 = arith.mulf %v1041, %v1668 fastmath<contract> : f32
                  %v1713 = arith.mulf %v1089, %v1626 fastmath<contract> : f32
                  %v1714 = arith.addf %v1712, %v1713 fastmath<contract> : f32
                  %v1715 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1716 = arith.addf %v1715, %v1714 fastmath<contract> : f32
                  llvm.store %v1716, %v54 : f32, !llvm.ptr
                  llvm.store %v1619, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1641, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1673, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1660, %v52 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v11 {
      }
      scf.if %v11 {
        scf.if %v33 {
          %v1717 = llvm.load %v53 : !llvm.ptr -> f32
          %v1718 = arith.muli %v32, %v1 : i64
          %v1719 = arith.addi %v1718, %v10 : i64
          %v1720 = llvm.getelementptr %part_theta1[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1717, %v1720 : f32, !llvm.ptr
        }
        scf.if %v33 {
          %v1721 = llvm.load %v54 : !llvm.ptr -> f32
          %v1722 = arith.muli %v32, %v1 : i64
          %v1723 = arith.addi %v1722, %v10 : i64
          %v1724 = llvm.getelementptr %part_theta2[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1721, %v1724 : f32, !llvm.ptr
        }
      } else {
        scf.if %v33 {
          %v1725 = arith.muli %v32, %v1 : i64
          %v1726 = arith.muli %v1725, %v58 : i64
          %v1727 = arith.addi %v1726, %v10 : i64
          %v1728 = llvm.load %v40 : !llvm.ptr -> f32
          %v1729 = llvm.getelementptr %slice_carry[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1728, %v1729 : f32, !llvm.ptr
          %v1730 = arith.addi %v1726, %v1 : i64
          %v1731 = llvm.load %v41 : !llvm.ptr -> f32
          %v1732 = llvm.getelementptr %slice_carry[%v1730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1731, %v1732 : f32, !llvm.ptr
          %v1733 = arith.addi %v1726, %v66 : i64
          %v1734 = llvm.load %v42 : !llvm.ptr -> f32
          %v1735 = llvm.getelementptr %slice_carry[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1734, %v1735 : f32, !llvm.ptr
          %v1736 = arith.addi %v1726, %v70 : i64
          %v1737 = llvm.load %v43 : !llvm.ptr -> f32
          %v1738 = llvm.getelementptr %slice_carry[%v1736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1737, %v1738 : f32, !llvm.ptr
          %v1739 = arith.addi %v1726, %v74 : i64
          %v1740 = llvm.load %v44 : !llvm.ptr -> f32
          %v1741 = llvm.getelementptr %slice_carry[%v1739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1740, %v1741 : f32, !llvm.ptr
          %v1742 = arith.addi %v1726, %v78 : i64
          %v1743 = llvm.load %v45 : !llvm.ptr -> f32
          %v1744 = llvm.getelementptr %slice_carry[%v1742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1743, %v1744 : f32, !llvm.ptr
          %v1745 = arith.addi %v1726, %v82 : i64
          %v1746 = llvm.load %v46 : !llvm.ptr -> f32
          %v1747 = llvm.getelementptr %slice_carry[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1746, %v1747 : f32, !llvm.ptr
          %v1748 = arith.addi %v1726, %v86 : i64
          %v1749 = llvm.load %v47 : !llvm.ptr -> f32
          %v1750 = llvm.getelementptr %slice_carry[%v1748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1749, %v1750 : f32, !llvm.ptr
          %v1751 = arith.addi %v1726, %v90 : i64
          %v1752 = llvm.load %v48 : !llvm.ptr -> f32
          %v1753 = llvm.getelementptr %slice_carry[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1752, %v1753 : f32, !llvm.ptr
          %v1754 = arith.addi %v1726, %v94 : i64
          %v1755 = llvm.load %v49 : !llvm.ptr -> f32
          %v1756 = llvm.getelementptr %slice_carry[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1755, %v1756 : f32, !llvm.ptr
          %v1757 = arith.addi %v1726, %v98 : i64
          %v1758 = llvm.load %v50 : !llvm.ptr -> f32
          %v1759 = llvm.getelementptr %slice_carry[%v1757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1758, %v1759 : f32, !llvm.ptr
          %v1760 = arith.addi %v1726, %v102 : i64
          %v1761 = llvm.load %v51 : !llvm.ptr -> f32
          %v1762 = llvm.getelementptr %slice_carry[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1761, %v1762 : f32, !llvm.ptr
          %v1763 = arith.addi %v1726, %v106 : i64
          %v1764 = llvm.load %v52 : !llvm.ptr -> f32
          %v1765 = llvm.getelementptr %slice_carry[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1764, %v1765 : f32, !llvm.ptr
          %v1766 = arith.addi %v1726, %v110 : i64
          %v1767 = llvm.load %v53 : !llvm.ptr -> f32
          %v1768 = llvm.getelementptr %slice_carry[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1767, %v1768 : f32, !llvm.ptr
          %v1769 = arith.addi %v1726, %v114 : i64
          %v1770 = llvm.load %v54 : !llvm.ptr -> f32
          %v1771 = llvm.getelementptr %slice_carry[%v1769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1770, %v1771 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
