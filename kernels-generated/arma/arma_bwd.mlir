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
      %v67 = arith.constant 2 : i64
      %v72 = arith.constant 3 : i64
      %v77 = arith.constant 4 : i64
      %v82 = arith.constant 5 : i64
      %v87 = arith.constant 6 : i64
      %v92 = arith.constant 7 : i64
      %v97 = arith.constant 8 : i64
      %v102 = arith.constant 9 : i64
      %v107 = arith.constant 10 : i64
      %v112 = arith.constant 11 : i64
      %v117 = arith.constant 12 : i64
      %v122 = arith.constant 13 : i64
      %v127 = arith.constant 14 : i64
      %v152 = arith.muli %v1, %size_B : i64
      %v153 = arith.muli %v152, %size_D : i64
      %v155 = arith.muli %v1, %size_D : i64
      %v162 = arith.muli %v1, %size_B : i64
      %v163 = arith.muli %v162, %size_D : i64
      %v171 = arith.muli %v1, %size_B : i64
      %v172 = arith.muli %v171, %size_D : i64
      %v180 = arith.muli %v1, %size_B : i64
      %v181 = arith.muli %v180, %size_D : i64
      %v238 = arith.muli %v1, %size_L : i64
      %v239 = arith.muli %v238, %size_D : i64
      %v540 = arith.constant 2147483647 : i64
      %v544 = arith.constant 3 : i32
      %v664 = arith.constant 2 : i32
      %v784 = arith.constant 1 : i32
      %v904 = arith.constant 0 : i32
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
          %v58 = arith.muli %v3, %v1 : i64
          %v59 = arith.muli %v10, %v58 : i64
          %v60 = arith.addi %v59, %v57 : i64
          %v61 = llvm.getelementptr %slice_carry[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v62 = llvm.load %v61 : !llvm.ptr -> f32
          llvm.store %v62, %v40 : f32, !llvm.ptr
          %v63 = arith.muli %v1, %v58 : i64
          %v64 = arith.addi %v63, %v57 : i64
          %v65 = llvm.getelementptr %slice_carry[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v66 = llvm.load %v65 : !llvm.ptr -> f32
          llvm.store %v66, %v41 : f32, !llvm.ptr
          %v68 = arith.muli %v67, %v58 : i64
          %v69 = arith.addi %v68, %v57 : i64
          %v70 = llvm.getelementptr %slice_carry[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 : !llvm.ptr -> f32
          llvm.store %v71, %v42 : f32, !llvm.ptr
          %v73 = arith.muli %v72, %v58 : i64
          %v74 = arith.addi %v73, %v57 : i64
          %v75 = llvm.getelementptr %slice_carry[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v76 = llvm.load %v75 : !llvm.ptr -> f32
          llvm.store %v76, %v43 : f32, !llvm.ptr
          %v78 = arith.muli %v77, %v58 : i64
          %v79 = arith.addi %v78, %v57 : i64
          %v80 = llvm.getelementptr %slice_carry[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v81 = llvm.load %v80 : !llvm.ptr -> f32
          llvm.store %v81, %v44 : f32, !llvm.ptr
          %v83 = arith.muli %v82, %v58 : i64
          %v84 = arith.addi %v83, %v57 : i64
          %v85 = llvm.getelementptr %slice_carry[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          llvm.store %v86, %v45 : f32, !llvm.ptr
          %v88 = arith.muli %v87, %v58 : i64
          %v89 = arith.addi %v88, %v57 : i64
          %v90 = llvm.getelementptr %slice_carry[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v91 = llvm.load %v90 : !llvm.ptr -> f32
          llvm.store %v91, %v46 : f32, !llvm.ptr
          %v93 = arith.muli %v92, %v58 : i64
          %v94 = arith.addi %v93, %v57 : i64
          %v95 = llvm.getelementptr %slice_carry[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v96 = llvm.load %v95 : !llvm.ptr -> f32
          llvm.store %v96, %v47 : f32, !llvm.ptr
          %v98 = arith.muli %v97, %v58 : i64
          %v99 = arith.addi %v98, %v57 : i64
          %v100 = llvm.getelementptr %slice_carry[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          llvm.store %v101, %v48 : f32, !llvm.ptr
          %v103 = arith.muli %v102, %v58 : i64
          %v104 = arith.addi %v103, %v57 : i64
          %v105 = llvm.getelementptr %slice_carry[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v106 = llvm.load %v105 : !llvm.ptr -> f32
          llvm.store %v106, %v49 : f32, !llvm.ptr
          %v108 = arith.muli %v107, %v58 : i64
          %v109 = arith.addi %v108, %v57 : i64
          %v110 = llvm.getelementptr %slice_carry[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v111 = llvm.load %v110 : !llvm.ptr -> f32
          llvm.store %v111, %v50 : f32, !llvm.ptr
          %v113 = arith.muli %v112, %v58 : i64
          %v114 = arith.addi %v113, %v57 : i64
          %v115 = llvm.getelementptr %slice_carry[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v116 = llvm.load %v115 : !llvm.ptr -> f32
          llvm.store %v116, %v51 : f32, !llvm.ptr
          %v118 = arith.muli %v117, %v58 : i64
          %v119 = arith.addi %v118, %v57 : i64
          %v120 = llvm.getelementptr %slice_carry[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v121 = llvm.load %v120 : !llvm.ptr -> f32
          llvm.store %v121, %v52 : f32, !llvm.ptr
          %v123 = arith.muli %v122, %v58 : i64
          %v124 = arith.addi %v123, %v57 : i64
          %v125 = llvm.getelementptr %slice_carry[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v126 = llvm.load %v125 : !llvm.ptr -> f32
          llvm.store %v126, %v53 : f32, !llvm.ptr
          %v128 = arith.muli %v127, %v58 : i64
          %v129 = arith.addi %v128, %v57 : i64
          %v130 = llvm.getelementptr %slice_carry[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 : !llvm.ptr -> f32
          llvm.store %v131, %v54 : f32, !llvm.ptr
        }
      }
      scf.if %v12 {
      }
      %v132 = arith.cmpi eq, %size_L, %v10 : i64
      scf.if %v132 {
        llvm.store %v55, %v22 : f32, !llvm.ptr
        llvm.store %v55, %v23 : f32, !llvm.ptr
        llvm.store %v55, %v24 : f32, !llvm.ptr
        llvm.store %v55, %v25 : f32, !llvm.ptr
      }
      %v133 = arith.subi %v4, %v1 : i64
      %v134 = arith.addi %size_L, %v133 : i64
      %v135 = arith.divui %v134, %v4 : i64
      %v136 = arith.minsi %v9, %v135 : i64
      %v137 = arith.subi %v136, %v5 : i64
      %v138 = arith.maxsi %v137, %v10 : i64
      %v139 = arith.index_cast %v10 : i64 to index
      %v140 = arith.index_cast %v138 : i64 to index
      %v141 = arith.index_cast %v1 : i64 to index
      scf.for %v142 = %v139 to %v140 step %v141 {
        %v143 = arith.index_cast %v142 : index to i64
        %v144 = arith.subi %v136, %v1 : i64
        %v145 = arith.subi %v144, %v143 : i64
        %v146 = arith.muli %v145, %v4 : i64
        %v147 = arith.subi %size_L, %v146 : i64
        %v148 = arith.minsi %v147, %v4 : i64
        %v149 = arith.addi %v148, %v72 : i64
        %v150 = arith.divui %v149, %v77 : i64
        %v151 = arith.subi %v148, %v1 : i64
        %v154 = arith.muli %v145, %v153 : i64
        %v156 = arith.muli %v38, %v155 : i64
        %v157 = arith.muli %v36, %v1 : i64
        %v158 = arith.addi %v156, %v157 : i64
        %v159 = arith.addi %v154, %v158 : i64
        %v160 = llvm.getelementptr %ckpt_h[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v161 = llvm.load %v160 : !llvm.ptr -> f32
        llvm.store %v161, %v18 : f32, !llvm.ptr
        %v164 = arith.muli %v145, %v163 : i64
        %v165 = arith.muli %v38, %v155 : i64
        %v166 = arith.muli %v36, %v1 : i64
        %v167 = arith.addi %v165, %v166 : i64
        %v168 = arith.addi %v164, %v167 : i64
        %v169 = llvm.getelementptr %ckpt_h_lag1[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v170 = llvm.load %v169 : !llvm.ptr -> f32
        llvm.store %v170, %v19 : f32, !llvm.ptr
        %v173 = arith.muli %v145, %v172 : i64
        %v174 = arith.muli %v38, %v155 : i64
        %v175 = arith.muli %v36, %v1 : i64
        %v176 = arith.addi %v174, %v175 : i64
        %v177 = arith.addi %v173, %v176 : i64
        %v178 = llvm.getelementptr %ckpt_e_lag1[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v179 = llvm.load %v178 : !llvm.ptr -> f32
        llvm.store %v179, %v20 : f32, !llvm.ptr
        %v182 = arith.muli %v145, %v181 : i64
        %v183 = arith.muli %v38, %v155 : i64
        %v184 = arith.muli %v36, %v1 : i64
        %v185 = arith.addi %v183, %v184 : i64
        %v186 = arith.addi %v182, %v185 : i64
        %v187 = llvm.getelementptr %ckpt_e_lag2[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v188 = llvm.load %v187 : !llvm.ptr -> f32
        llvm.store %v188, %v21 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v189 = arith.index_cast %v10 : i64 to index
        %v190 = arith.index_cast %v150 : i64 to index
        %v191 = arith.index_cast %v1 : i64 to index
        scf.for %v192 = %v189 to %v190 step %v191 {
          %v193 = arith.index_cast %v192 : index to i64
          scf.if %v33 {
            %v194 = llvm.load %v18 : !llvm.ptr -> f32
            %v195 = arith.muli %v193, %v3 : i64
            %v196 = arith.subi %v3, %v1 : i64
            %v197 = arith.minsi %v32, %v196 : i64
            %v198 = arith.addi %v195, %v197 : i64
            %v199 = arith.muli %v198, %v1 : i64
            %v200 = arith.addi %v199, %v10 : i64
            %v201 = llvm.getelementptr %scratch_h[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v194, %v201 : f32, !llvm.ptr
            %v202 = llvm.load %v19 : !llvm.ptr -> f32
            %v203 = arith.muli %v193, %v3 : i64
            %v204 = arith.subi %v3, %v1 : i64
            %v205 = arith.minsi %v32, %v204 : i64
            %v206 = arith.addi %v203, %v205 : i64
            %v207 = arith.muli %v206, %v1 : i64
            %v208 = arith.addi %v207, %v10 : i64
            %v209 = llvm.getelementptr %scratch_h_lag1[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v202, %v209 : f32, !llvm.ptr
            %v210 = llvm.load %v20 : !llvm.ptr -> f32
            %v211 = arith.muli %v193, %v3 : i64
            %v212 = arith.subi %v3, %v1 : i64
            %v213 = arith.minsi %v32, %v212 : i64
            %v214 = arith.addi %v211, %v213 : i64
            %v215 = arith.muli %v214, %v1 : i64
            %v216 = arith.addi %v215, %v10 : i64
            %v217 = llvm.getelementptr %scratch_e_lag1[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v210, %v217 : f32, !llvm.ptr
            %v218 = llvm.load %v21 : !llvm.ptr -> f32
            %v219 = arith.muli %v193, %v3 : i64
            %v220 = arith.subi %v3, %v1 : i64
            %v221 = arith.minsi %v32, %v220 : i64
            %v222 = arith.addi %v219, %v221 : i64
            %v223 = arith.muli %v222, %v1 : i64
            %v224 = arith.addi %v223, %v10 : i64
            %v225 = llvm.getelementptr %scratch_e_lag2[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v218, %v225 : f32, !llvm.ptr
          }
          %v226 = arith.muli %v193, %v77 : i64
          %v227 = arith.subi %v148, %v226 : i64
          %v228 = arith.trunci %v227 : i64 to i32
          %v229 = arith.index_cast %v10 : i64 to index
          %v230 = arith.index_cast %v77 : i64 to index
          %v231 = arith.index_cast %v1 : i64 to index
          scf.for %v232 = %v229 to %v230 step %v231 {
            %v233 = arith.index_cast %v232 : index to i64
            %v234 = arith.trunci %v233 : i64 to i32
            %v235 = arith.addi %v226, %v233 : i64
            %v236 = arith.cmpi slt, %v234, %v228 : i32
            scf.if %v236 {
              %v237 = arith.addi %v146, %v235 : i64
              %v240 = arith.muli %v38, %v239 : i64
              %v241 = arith.muli %v36, %v238 : i64
              %v242 = arith.addi %v240, %v241 : i64
              %v243 = arith.muli %v237, %v1 : i64
              %v244 = arith.addi %v242, %v243 : i64
              %v245 = llvm.getelementptr %in_phi1[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v246 = llvm.load %v245 : !llvm.ptr -> f32
              %v247 = arith.muli %v38, %v239 : i64
              %v248 = arith.muli %v36, %v238 : i64
              %v249 = arith.addi %v247, %v248 : i64
              %v250 = arith.muli %v237, %v1 : i64
              %v251 = arith.addi %v249, %v250 : i64
              %v252 = llvm.getelementptr %in_e[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v253 = llvm.load %v252 : !llvm.ptr -> f32
              %v254 = llvm.load %v18 : !llvm.ptr -> f32
              %v255 = arith.mulf %v246, %v254 fastmath<contract> : f32
              %v256 = arith.addf %v255, %v253 fastmath<contract> : f32
              %v257 = arith.muli %v38, %v239 : i64
              %v258 = arith.muli %v36, %v238 : i64
              %v259 = arith.addi %v257, %v258 : i64
              %v260 = arith.muli %v237, %v1 : i64
              %v261 = arith.addi %v259, %v260 : i64
              %v262 = llvm.getelementptr %in_phi2[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v263 = llvm.load %v262 : !llvm.ptr -> f32
              %v264 = llvm.load %v19 : !llvm.ptr -> f32
              %v265 = arith.mulf %v263, %v264 fastmath<contract> : f32
              %v266 = arith.addf %v256, %v265 fastmath<contract> : f32
              %v267 = arith.muli %v36, %v1 : i64
              %v268 = llvm.getelementptr %in_theta1[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v269 = llvm.load %v268 : !llvm.ptr -> f32
              %v270 = llvm.load %v20 : !llvm.ptr -> f32
              %v271 = arith.mulf %v269, %v270 fastmath<contract> : f32
              %v272 = arith.addf %v266, %v271 fastmath<contract> : f32
              %v273 = arith.muli %v36, %v1 : i64
              %v274 = llvm.getelementptr %in_theta2[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v275 = llvm.load %v274 : !llvm.ptr -> f32
              %v276 = llvm.load %v21 : !llvm.ptr -> f32
              %v277 = arith.mulf %v275, %v276 fastmath<contract> : f32
              %v278 = arith.addf %v272, %v277 fastmath<contract> : f32
              %v279 = llvm.load %v19 : !llvm.ptr -> f32
              %v280 = arith.mulf %v55, %v279 fastmath<contract> : f32
              %v281 = arith.addf %v280, %v55 fastmath<contract> : f32
              %v282 = llvm.load %v18 : !llvm.ptr -> f32
              %v283 = arith.mulf %v56, %v282 fastmath<contract> : f32
              %v284 = arith.addf %v281, %v283 fastmath<contract> : f32
              %v285 = llvm.load %v20 : !llvm.ptr -> f32
              %v286 = arith.mulf %v55, %v285 fastmath<contract> : f32
              %v287 = arith.addf %v286, %v253 fastmath<contract> : f32
              %v288 = llvm.load %v21 : !llvm.ptr -> f32
              %v289 = arith.mulf %v55, %v288 fastmath<contract> : f32
              %v290 = arith.addf %v289, %v55 fastmath<contract> : f32
              %v291 = llvm.load %v20 : !llvm.ptr -> f32
              %v292 = arith.mulf %v56, %v291 fastmath<contract> : f32
              %v293 = arith.addf %v290, %v292 fastmath<contract> : f32
              llvm.store %v278, %v18 : f32, !llvm.ptr
              llvm.store %v284, %v19 : f32, !llvm.ptr
              llvm.store %v287, %v20 : f32, !llvm.ptr
              llvm.store %v293, %v21 : f32, !llvm.ptr
            }
          }
        }
        %v294 = arith.index_cast %v10 : i64 to index
        %v295 = arith.index_cast %v1 : i64 to index
        %v296 = arith.index_cast %v1 : i64 to index
        scf.for %v297 = %v294 to %v295 step %v296 {
          %v298 = arith.index_cast %v297 : index to i64
          %v299 = arith.index_cast %v10 : i64 to index
          %v300 = arith.index_cast %v150 : i64 to index
          %v301 = arith.index_cast %v1 : i64 to index
          scf.for %v302 = %v299 to %v300 step %v301 {
            %v303 = arith.index_cast %v302 : index to i64
            %v304 = arith.cmpi slt, %v303, %v150 : i64
            scf.if %v304 {
              %v305 = arith.subi %v150, %v1 : i64
              %v306 = arith.subi %v305, %v303 : i64
              %v307 = arith.muli %v306, %v77 : i64
              %v308 = arith.addi %v307, %v77 : i64
              %v309 = arith.cmpi sle, %v308, %v148 : i64
              scf.if %v309 {
                %v310 = arith.subi %v148, %v1 : i64
                %v311 = arith.muli %v306, %v3 : i64
                %v312 = arith.subi %v3, %v1 : i64
                %v313 = arith.minsi %v32, %v312 : i64
                %v314 = arith.addi %v311, %v313 : i64
                %v315 = arith.muli %v314, %v1 : i64
                %v316 = arith.addi %v315, %v10 : i64
                %v317 = llvm.getelementptr %scratch_h[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v318 = llvm.load %v317 : !llvm.ptr -> f32
                %v319 = arith.muli %v306, %v3 : i64
                %v320 = arith.subi %v3, %v1 : i64
                %v321 = arith.minsi %v32, %v320 : i64
                %v322 = arith.addi %v319, %v321 : i64
                %v323 = arith.muli %v322, %v1 : i64
                %v324 = arith.addi %v323, %v10 : i64
                %v325 = llvm.getelementptr %scratch_h_lag1[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v326 = llvm.load %v325 : !llvm.ptr -> f32
                %v327 = arith.muli %v306, %v3 : i64
                %v328 = arith.subi %v3, %v1 : i64
                %v329 = arith.minsi %v32, %v328 : i64
                %v330 = arith.addi %v327, %v329 : i64
                %v331 = arith.muli %v330, %v1 : i64
                %v332 = arith.addi %v331, %v10 : i64
                %v333 = llvm.getelementptr %scratch_e_lag1[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = arith.muli %v306, %v3 : i64
                %v336 = arith.subi %v3, %v1 : i64
                %v337 = arith.minsi %v32, %v336 : i64
                %v338 = arith.addi %v335, %v337 : i64
                %v339 = arith.muli %v338, %v1 : i64
                %v340 = arith.addi %v339, %v10 : i64
                %v341 = llvm.getelementptr %scratch_e_lag2[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v342 = llvm.load %v341 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v343 = arith.addi %v307, %v10 : i64
                %v344 = arith.minsi %v343, %v310 : i64
                %v345 = arith.addi %v146, %v344 : i64
                %v346 = arith.muli %v38, %v239 : i64
                %v347 = arith.muli %v36, %v238 : i64
                %v348 = arith.addi %v346, %v347 : i64
                %v349 = arith.muli %v345, %v1 : i64
                %v350 = arith.addi %v348, %v349 : i64
                %v351 = llvm.getelementptr %in_phi1[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v352 = llvm.load %v351 : !llvm.ptr -> f32
                %v353 = arith.muli %v38, %v239 : i64
                %v354 = arith.muli %v36, %v238 : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = arith.muli %v345, %v1 : i64
                %v357 = arith.addi %v355, %v356 : i64
                %v358 = llvm.getelementptr %in_e[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v359 = llvm.load %v358 : !llvm.ptr -> f32
                %v360 = arith.mulf %v352, %v318 fastmath<contract> : f32
                %v361 = arith.addf %v360, %v359 fastmath<contract> : f32
                %v362 = arith.muli %v38, %v239 : i64
                %v363 = arith.muli %v36, %v238 : i64
                %v364 = arith.addi %v362, %v363 : i64
                %v365 = arith.muli %v345, %v1 : i64
                %v366 = arith.addi %v364, %v365 : i64
                %v367 = llvm.getelementptr %in_phi2[%v366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v368 = llvm.load %v367 : !llvm.ptr -> f32
                %v369 = arith.mulf %v368, %v326 fastmath<contract> : f32
                %v370 = arith.addf %v361, %v369 fastmath<contract> : f32
                %v371 = arith.muli %v36, %v1 : i64
                %v372 = llvm.getelementptr %in_theta1[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v373 = llvm.load %v372 : !llvm.ptr -> f32
                %v374 = arith.mulf %v373, %v334 fastmath<contract> : f32
                %v375 = arith.addf %v370, %v374 fastmath<contract> : f32
                %v376 = arith.muli %v36, %v1 : i64
                %v377 = llvm.getelementptr %in_theta2[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v378 = llvm.load %v377 : !llvm.ptr -> f32
                %v379 = arith.mulf %v378, %v342 fastmath<contract> : f32
                %v380 = arith.addf %v375, %v379 fastmath<contract> : f32
                %v381 = arith.mulf %v55, %v326 fastmath<contract> : f32
                %v382 = arith.addf %v381, %v55 fastmath<contract> : f32
                %v383 = arith.mulf %v56, %v318 fastmath<contract> : f32
                %v384 = arith.addf %v382, %v383 fastmath<contract> : f32
                %v385 = arith.mulf %v55, %v334 fastmath<contract> : f32
                %v386 = arith.addf %v385, %v359 fastmath<contract> : f32
                %v387 = arith.mulf %v55, %v342 fastmath<contract> : f32
                %v388 = arith.addf %v387, %v55 fastmath<contract> : f32
                %v389 = arith.mulf %v56, %v334 fastmath<contract> : f32
                %v390 = arith.addf %v388, %v389 fastmath<contract> : f32
                %v391 = arith.addi %v307, %v1 : i64
                %v392 = arith.minsi %v391, %v310 : i64
                %v393 = arith.addi %v146, %v392 : i64
                %v394 = arith.muli %v38, %v239 : i64
                %v395 = arith.muli %v36, %v238 : i64
                %v396 = arith.addi %v394, %v395 : i64
                %v397 = arith.muli %v393, %v1 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = llvm.getelementptr %in_phi1[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                %v401 = arith.muli %v38, %v239 : i64
                %v402 = arith.muli %v36, %v238 : i64
                %v403 = arith.addi %v401, %v402 : i64
                %v404 = arith.muli %v393, %v1 : i64
                %v405 = arith.addi %v403, %v404 : i64
                %v406 = llvm.getelementptr %in_e[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.mulf %v400, %v380 fastmath<contract> : f32
                %v409 = arith.addf %v408, %v407 fastmath<contract> : f32
                %v410 = arith.muli %v38, %v239 : i64
                %v411 = arith.muli %v36, %v238 : i64
                %v412 = arith.addi %v410, %v411 : i64
                %v413 = arith.muli %v393, %v1 : i64
                %v414 = arith.addi %v412, %v413 : i64
                %v415 = llvm.getelementptr %in_phi2[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v416 = llvm.load %v415 : !llvm.ptr -> f32
                %v417 = arith.mulf %v416, %v384 fastmath<contract> : f32
                %v418 = arith.addf %v409, %v417 fastmath<contract> : f32
                %v419 = arith.muli %v36, %v1 : i64
                %v420 = llvm.getelementptr %in_theta1[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v421 = llvm.load %v420 : !llvm.ptr -> f32
                %v422 = arith.mulf %v421, %v386 fastmath<contract> : f32
                %v423 = arith.addf %v418, %v422 fastmath<contract> : f32
                %v424 = arith.muli %v36, %v1 : i64
                %v425 = llvm.getelementptr %in_theta2[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v426 = llvm.load %v425 : !llvm.ptr -> f32
                %v427 = arith.mulf %v426, %v390 fastmath<contract> : f32
                %v428 = arith.addf %v423, %v427 fastmath<contract> : f32
                %v429 = arith.mulf %v55, %v384 fastmath<contract> : f32
                %v430 = arith.addf %v429, %v55 fastmath<contract> : f32
                %v431 = arith.mulf %v56, %v380 fastmath<contract> : f32
                %v432 = arith.addf %v430, %v431 fastmath<contract> : f32
                %v433 = arith.mulf %v55, %v386 fastmath<contract> : f32
                %v434 = arith.addf %v433, %v407 fastmath<contract> : f32
                %v435 = arith.mulf %v55, %v390 fastmath<contract> : f32
                %v436 = arith.addf %v435, %v55 fastmath<contract> : f32
                %v437 = arith.mulf %v56, %v386 fastmath<contract> : f32
                %v438 = arith.addf %v436, %v437 fastmath<contract> : f32
                %v439 = arith.addi %v307, %v67 : i64
                %v440 = arith.minsi %v439, %v310 : i64
                %v441 = arith.addi %v146, %v440 : i64
                %v442 = arith.muli %v38, %v239 : i64
                %v443 = arith.muli %v36, %v238 : i64
                %v444 = arith.addi %v442, %v443 : i64
                %v445 = arith.muli %v441, %v1 : i64
                %v446 = arith.addi %v444, %v445 : i64
                %v447 = llvm.getelementptr %in_phi1[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v448 = llvm.load %v447 : !llvm.ptr -> f32
                %v449 = arith.muli %v38, %v239 : i64
                %v450 = arith.muli %v36, %v238 : i64
                %v451 = arith.addi %v449, %v450 : i64
                %v452 = arith.muli %v441, %v1 : i64
                %v453 = arith.addi %v451, %v452 : i64
                %v454 = llvm.getelementptr %in_e[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v455 = llvm.load %v454 : !llvm.ptr -> f32
                %v456 = arith.mulf %v448, %v428 fastmath<contract> : f32
                %v457 = arith.addf %v456, %v455 fastmath<contract> : f32
                %v458 = arith.muli %v38, %v239 : i64
                %v459 = arith.muli %v36, %v238 : i64
                %v460 = arith.addi %v458, %v459 : i64
                %v461 = arith.muli %v441, %v1 : i64
                %v462 = arith.addi %v460, %v461 : i64
                %v463 = llvm.getelementptr %in_phi2[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v464 = llvm.load %v463 : !llvm.ptr -> f32
                %v465 = arith.mulf %v464, %v432 fastmath<contract> : f32
                %v466 = arith.addf %v457, %v465 fastmath<contract> : f32
                %v467 = arith.muli %v36, %v1 : i64
                %v468 = llvm.getelementptr %in_theta1[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v469 = llvm.load %v468 : !llvm.ptr -> f32
                %v470 = arith.mulf %v469, %v434 fastmath<contract> : f32
                %v471 = arith.addf %v466, %v470 fastmath<contract> : f32
                %v472 = arith.muli %v36, %v1 : i64
                %v473 = llvm.getelementptr %in_theta2[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v474 = llvm.load %v473 : !llvm.ptr -> f32
                %v475 = arith.mulf %v474, %v438 fastmath<contract> : f32
                %v476 = arith.addf %v471, %v475 fastmath<contract> : f32
                %v477 = arith.mulf %v55, %v432 fastmath<contract> : f32
                %v478 = arith.addf %v477, %v55 fastmath<contract> : f32
                %v479 = arith.mulf %v56, %v428 fastmath<contract> : f32
                %v480 = arith.addf %v478, %v479 fastmath<contract> : f32
                %v481 = arith.mulf %v55, %v434 fastmath<contract> : f32
                %v482 = arith.addf %v481, %v455 fastmath<contract> : f32
                %v483 = arith.mulf %v55, %v438 fastmath<contract> : f32
                %v484 = arith.addf %v483, %v55 fastmath<contract> : f32
                %v485 = arith.mulf %v56, %v434 fastmath<contract> : f32
                %v486 = arith.addf %v484, %v485 fastmath<contract> : f32
                %v487 = arith.addi %v307, %v72 : i64
                %v488 = arith.minsi %v487, %v310 : i64
                %v489 = arith.addi %v146, %v488 : i64
                %v490 = arith.muli %v38, %v239 : i64
                %v491 = arith.muli %v36, %v238 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = arith.muli %v489, %v1 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = llvm.getelementptr %in_phi1[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = arith.muli %v38, %v239 : i64
                %v498 = arith.muli %v36, %v238 : i64
                %v499 = arith.addi %v497, %v498 : i64
                %v500 = arith.muli %v489, %v1 : i64
                %v501 = arith.addi %v499, %v500 : i64
                %v502 = llvm.getelementptr %in_e[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v503 = llvm.load %v502 : !llvm.ptr -> f32
                %v504 = arith.mulf %v496, %v476 fastmath<contract> : f32
                %v505 = arith.addf %v504, %v503 fastmath<contract> : f32
                %v506 = arith.muli %v38, %v239 : i64
                %v507 = arith.muli %v36, %v238 : i64
                %v508 = arith.addi %v506, %v507 : i64
                %v509 = arith.muli %v489, %v1 : i64
                %v510 = arith.addi %v508, %v509 : i64
                %v511 = llvm.getelementptr %in_phi2[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v512 = llvm.load %v511 : !llvm.ptr -> f32
                %v513 = arith.mulf %v512, %v480 fastmath<contract> : f32
                %v514 = arith.addf %v505, %v513 fastmath<contract> : f32
                %v515 = arith.muli %v36, %v1 : i64
                %v516 = llvm.getelementptr %in_theta1[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v517 = llvm.load %v516 : !llvm.ptr -> f32
                %v518 = arith.mulf %v517, %v482 fastmath<contract> : f32
                %v519 = arith.addf %v514, %v518 fastmath<contract> : f32
                %v520 = arith.muli %v36, %v1 : i64
                %v521 = llvm.getelementptr %in_theta2[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v522 = llvm.load %v521 : !llvm.ptr -> f32
                %v523 = arith.mulf %v522, %v486 fastmath<contract> : f32
                %v524 = arith.addf %v519, %v523 fastmath<contract> : f32
                %v525 = arith.mulf %v55, %v480 fastmath<contract> : f32
                %v526 = arith.addf %v525, %v55 fastmath<contract> : f32
                %v527 = arith.mulf %v56, %v476 fastmath<contract> : f32
                %v528 = arith.addf %v526, %v527 fastmath<contract> : f32
                %v529 = arith.mulf %v55, %v482 fastmath<contract> : f32
                %v530 = arith.addf %v529, %v503 fastmath<contract> : f32
                %v531 = arith.mulf %v55, %v486 fastmath<contract> : f32
                %v532 = arith.addf %v531, %v55 fastmath<contract> : f32
                %v533 = arith.mulf %v56, %v482 fastmath<contract> : f32
                %v534 = arith.addf %v532, %v533 fastmath<contract> : f32
                %v535 = arith.subi %v148, %v307 : i64
                %v536 = arith.trunci %v535 : i64 to i32
                %v537 = arith.subi %size_L, %v1 : i64
                %v538 = arith.addi %v146, %v307 : i64
                %v539 = arith.subi %v537, %v538 : i64
                %v541 = arith.minsi %v539, %v540 : i64
                %v542 = arith.trunci %v541 : i64 to i32
                %v543 = arith.addi %v307, %v72 : i64
                %v545 = arith.cmpi slt, %v544, %v536 : i32
                %v546 = arith.cmpi eq, %v544, %v542 : i32
                %v547 = arith.addi %v146, %v543 : i64
                %v548 = llvm.load %v40 : !llvm.ptr -> f32
                %v549 = llvm.load %v41 : !llvm.ptr -> f32
                %v550 = llvm.load %v42 : !llvm.ptr -> f32
                %v551 = llvm.load %v43 : !llvm.ptr -> f32
                %v552 = arith.muli %v38, %v239 : i64
                %v553 = arith.muli %v36, %v238 : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = arith.muli %v547, %v1 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = llvm.getelementptr %dy_y[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v558 = llvm.load %v557 : !llvm.ptr -> f32
                %v559 = arith.muli %v38, %v239 : i64
                %v560 = arith.muli %v36, %v238 : i64
                %v561 = arith.addi %v559, %v560 : i64
                %v562 = arith.muli %v547, %v1 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = llvm.getelementptr %in_phi1[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v565 = llvm.load %v564 : !llvm.ptr -> f32
                %v566 = arith.muli %v38, %v239 : i64
                %v567 = arith.muli %v36, %v238 : i64
                %v568 = arith.addi %v566, %v567 : i64
                %v569 = arith.muli %v547, %v1 : i64
                %v570 = arith.addi %v568, %v569 : i64
                %v571 = llvm.getelementptr %dy_forecast[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v572 = llvm.load %v571 : !llvm.ptr -> f32
                %v573 = arith.mulf %v565, %v572 fastmath<contract> : f32
                %v574 = arith.addf %v558, %v573 fastmath<contract> : f32
                %v575 = llvm.load %v44 : !llvm.ptr -> f32
                %v576 = arith.mulf %v575, %v548 fastmath<contract> : f32
                %v577 = arith.addf %v574, %v576 fastmath<contract> : f32
                %v578 = llvm.load %v48 : !llvm.ptr -> f32
                %v579 = arith.mulf %v578, %v549 fastmath<contract> : f32
                %v580 = arith.addf %v579, %v577 fastmath<contract> : f32
                %v581 = arith.muli %v38, %v239 : i64
                %v582 = arith.muli %v36, %v238 : i64
                %v583 = arith.addi %v581, %v582 : i64
                %v584 = arith.muli %v547, %v1 : i64
                %v585 = arith.addi %v583, %v584 : i64
                %v586 = llvm.getelementptr %in_phi2[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v587 = llvm.load %v586 : !llvm.ptr -> f32
                %v588 = arith.mulf %v587, %v572 fastmath<contract> : f32
                %v589 = llvm.load %v45 : !llvm.ptr -> f32
                %v590 = arith.mulf %v589, %v549 fastmath<contract> : f32
                %v591 = arith.addf %v588, %v590 fastmath<contract> : f32
                %v592 = llvm.load %v49 : !llvm.ptr -> f32
                %v593 = arith.mulf %v592, %v548 fastmath<contract> : f32
                %v594 = arith.addf %v593, %v591 fastmath<contract> : f32
                %v595 = llvm.load %v46 : !llvm.ptr -> f32
                %v596 = arith.mulf %v595, %v550 fastmath<contract> : f32
                %v597 = arith.addf %v55, %v596 fastmath<contract> : f32
                %v598 = llvm.load %v50 : !llvm.ptr -> f32
                %v599 = llvm.load %v51 : !llvm.ptr -> f32
                %v600 = arith.mulf %v598, %v548 fastmath<contract> : f32
                %v601 = arith.addf %v600, %v597 fastmath<contract> : f32
                %v602 = arith.mulf %v599, %v551 fastmath<contract> : f32
                %v603 = arith.addf %v602, %v601 fastmath<contract> : f32
                %v604 = arith.muli %v36, %v1 : i64
                %v605 = llvm.getelementptr %in_theta2[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v606 = llvm.load %v605 : !llvm.ptr -> f32
                %v607 = arith.mulf %v606, %v572 fastmath<contract> : f32
                %v608 = llvm.load %v47 : !llvm.ptr -> f32
                %v609 = arith.mulf %v608, %v551 fastmath<contract> : f32
                %v610 = arith.addf %v607, %v609 fastmath<contract> : f32
                %v611 = llvm.load %v52 : !llvm.ptr -> f32
                %v612 = arith.mulf %v611, %v548 fastmath<contract> : f32
                %v613 = arith.addf %v612, %v610 fastmath<contract> : f32
                llvm.store %v580, %v40 : f32, !llvm.ptr
                llvm.store %v594, %v41 : f32, !llvm.ptr
                llvm.store %v603, %v42 : f32, !llvm.ptr
                llvm.store %v613, %v43 : f32, !llvm.ptr
                %v614 = llvm.load %v40 : !llvm.ptr -> f32
                %v615 = llvm.load %v42 : !llvm.ptr -> f32
                %v616 = arith.addf %v614, %v615 fastmath<contract> : f32
                %v617 = arith.muli %v36, %v1 : i64
                %v618 = llvm.getelementptr %in_theta1[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v619 = llvm.load %v618 : !llvm.ptr -> f32
                %v620 = arith.mulf %v619, %v572 fastmath<contract> : f32
                %v621 = arith.addf %v616, %v620 fastmath<contract> : f32
                scf.if %v33 {
                  %v622 = arith.muli %v38, %v239 : i64
                  %v623 = arith.muli %v36, %v238 : i64
                  %v624 = arith.addi %v622, %v623 : i64
                  %v625 = arith.muli %v547, %v1 : i64
                  %v626 = arith.addi %v624, %v625 : i64
                  %v627 = llvm.getelementptr %dx_e[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v621, %v627 : f32, !llvm.ptr
                }
                %v628 = arith.mulf %v476, %v614 fastmath<contract> : f32
                %v629 = arith.mulf %v524, %v572 fastmath<contract> : f32
                %v630 = arith.addf %v628, %v629 fastmath<contract> : f32
                scf.if %v33 {
                  %v631 = arith.muli %v38, %v239 : i64
                  %v632 = arith.muli %v36, %v238 : i64
                  %v633 = arith.addi %v631, %v632 : i64
                  %v634 = arith.muli %v547, %v1 : i64
                  %v635 = arith.addi %v633, %v634 : i64
                  %v636 = llvm.getelementptr %dx_phi1[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v630, %v636 : f32, !llvm.ptr
                }
                %v637 = arith.mulf %v480, %v614 fastmath<contract> : f32
                %v638 = arith.mulf %v528, %v572 fastmath<contract> : f32
                %v639 = arith.addf %v637, %v638 fastmath<contract> : f32
                scf.if %v33 {
                  %v640 = arith.muli %v38, %v239 : i64
                  %v641 = arith.muli %v36, %v238 : i64
                  %v642 = arith.addi %v640, %v641 : i64
                  %v643 = arith.muli %v547, %v1 : i64
                  %v644 = arith.addi %v642, %v643 : i64
                  %v645 = llvm.getelementptr %dx_phi2[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v639, %v645 : f32, !llvm.ptr
                }
                %v646 = arith.mulf %v482, %v614 fastmath<contract> : f32
                %v647 = arith.muli %v38, %v239 : i64
                %v648 = arith.muli %v36, %v238 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = arith.muli %v547, %v1 : i64
                %v651 = arith.addi %v649, %v650 : i64
                %v652 = llvm.getelementptr %in_e[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v653 = llvm.load %v652 : !llvm.ptr -> f32
                %v654 = arith.mulf %v653, %v572 fastmath<contract> : f32
                %v655 = arith.addf %v646, %v654 fastmath<contract> : f32
                %v656 = llvm.load %v53 : !llvm.ptr -> f32
                %v657 = arith.addf %v656, %v655 fastmath<contract> : f32
                llvm.store %v657, %v53 : f32, !llvm.ptr
                %v658 = arith.mulf %v486, %v614 fastmath<contract> : f32
                %v659 = arith.mulf %v534, %v572 fastmath<contract> : f32
                %v660 = arith.addf %v658, %v659 fastmath<contract> : f32
                %v661 = llvm.load %v54 : !llvm.ptr -> f32
                %v662 = arith.addf %v661, %v660 fastmath<contract> : f32
                llvm.store %v662, %v54 : f32, !llvm.ptr
                llvm.store %v565, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v587, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v619, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v606, %v52 : f32, !llvm.ptr
                %v663 = arith.addi %v307, %v67 : i64
                %v665 = arith.cmpi slt, %v664, %v536 : i32
                %v666 = arith.cmpi eq, %v664, %v542 : i32
                %v667 = arith.addi %v146, %v663 : i64
                %v668 = llvm.load %v40 : !llvm.ptr -> f32
                %v669 = llvm.load %v41 : !llvm.ptr -> f32
                %v670 = llvm.load %v42 : !llvm.ptr -> f32
                %v671 = llvm.load %v43 : !llvm.ptr -> f32
                %v672 = arith.muli %v38, %v239 : i64
                %v673 = arith.muli %v36, %v238 : i64
                %v674 = arith.addi %v672, %v673 : i64
                %v675 = arith.muli %v667, %v1 : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = llvm.getelementptr %dy_y[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v678 = llvm.load %v677 : !llvm.ptr -> f32
                %v679 = arith.muli %v38, %v239 : i64
                %v680 = arith.muli %v36, %v238 : i64
                %v681 = arith.addi %v679, %v680 : i64
                %v682 = arith.muli %v667, %v1 : i64
                %v683 = arith.addi %v681, %v682 : i64
                %v684 = llvm.getelementptr %in_phi1[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v685 = llvm.load %v684 : !llvm.ptr -> f32
                %v686 = arith.muli %v38, %v239 : i64
                %v687 = arith.muli %v36, %v238 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = arith.muli %v667, %v1 : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = llvm.getelementptr %dy_forecast[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v692 = llvm.load %v691 : !llvm.ptr -> f32
                %v693 = arith.mulf %v685, %v692 fastmath<contract> : f32
                %v694 = arith.addf %v678, %v693 fastmath<contract> : f32
                %v695 = llvm.load %v44 : !llvm.ptr -> f32
                %v696 = arith.mulf %v695, %v668 fastmath<contract> : f32
                %v697 = arith.addf %v694, %v696 fastmath<contract> : f32
                %v698 = llvm.load %v48 : !llvm.ptr -> f32
                %v699 = arith.mulf %v698, %v669 fastmath<contract> : f32
                %v700 = arith.addf %v699, %v697 fastmath<contract> : f32
                %v701 = arith.muli %v38, %v239 : i64
                %v702 = arith.muli %v36, %v238 : i64
                %v703 = arith.addi %v701, %v702 : i64
                %v704 = arith.muli %v667, %v1 : i64
                %v705 = arith.addi %v703, %v704 : i64
                %v706 = llvm.getelementptr %in_phi2[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v707 = llvm.load %v706 : !llvm.ptr -> f32
                %v708 = arith.mulf %v707, %v692 fastmath<contract> : f32
                %v709 = llvm.load %v45 : !llvm.ptr -> f32
                %v710 = arith.mulf %v709, %v669 fastmath<contract> : f32
                %v711 = arith.addf %v708, %v710 fastmath<contract> : f32
                %v712 = llvm.load %v49 : !llvm.ptr -> f32
                %v713 = arith.mulf %v712, %v668 fastmath<contract> : f32
                %v714 = arith.addf %v713, %v711 fastmath<contract> : f32
                %v715 = llvm.load %v46 : !llvm.ptr -> f32
                %v716 = arith.mulf %v715, %v670 fastmath<contract> : f32
                %v717 = arith.addf %v55, %v716 fastmath<contract> : f32
                %v718 = llvm.load %v50 : !llvm.ptr -> f32
                %v719 = llvm.load %v51 : !llvm.ptr -> f32
                %v720 = arith.mulf %v718, %v668 fastmath<contract> : f32
                %v721 = arith.addf %v720, %v717 fastmath<contract> : f32
                %v722 = arith.mulf %v719, %v671 fastmath<contract> : f32
                %v723 = arith.addf %v722, %v721 fastmath<contract> : f32
                %v724 = arith.muli %v36, %v1 : i64
                %v725 = llvm.getelementptr %in_theta2[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v726 = llvm.load %v725 : !llvm.ptr -> f32
                %v727 = arith.mulf %v726, %v692 fastmath<contract> : f32
                %v728 = llvm.load %v47 : !llvm.ptr -> f32
                %v729 = arith.mulf %v728, %v671 fastmath<contract> : f32
                %v730 = arith.addf %v727, %v729 fastmath<contract> : f32
                %v731 = llvm.load %v52 : !llvm.ptr -> f32
                %v732 = arith.mulf %v731, %v668 fastmath<contract> : f32
                %v733 = arith.addf %v732, %v730 fastmath<contract> : f32
                llvm.store %v700, %v40 : f32, !llvm.ptr
                llvm.store %v714, %v41 : f32, !llvm.ptr
                llvm.store %v723, %v42 : f32, !llvm.ptr
                llvm.store %v733, %v43 : f32, !llvm.ptr
                %v734 = llvm.load %v40 : !llvm.ptr -> f32
                %v735 = llvm.load %v42 : !llvm.ptr -> f32
                %v736 = arith.addf %v734, %v735 fastmath<contract> : f32
                %v737 = arith.muli %v36, %v1 : i64
                %v738 = llvm.getelementptr %in_theta1[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v739 = llvm.load %v738 : !llvm.ptr -> f32
                %v740 = arith.mulf %v739, %v692 fastmath<contract> : f32
                %v741 = arith.addf %v736, %v740 fastmath<contract> : f32
                scf.if %v33 {
                  %v742 = arith.muli %v38, %v239 : i64
                  %v743 = arith.muli %v36, %v238 : i64
                  %v744 = arith.addi %v742, %v743 : i64
                  %v745 = arith.muli %v667, %v1 : i64
                  %v746 = arith.addi %v744, %v745 : i64
                  %v747 = llvm.getelementptr %dx_e[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v741, %v747 : f32, !llvm.ptr
                }
                %v748 = arith.mulf %v428, %v734 fastmath<contract> : f32
                %v749 = arith.mulf %v476, %v692 fastmath<contract> : f32
                %v750 = arith.addf %v748, %v749 fastmath<contract> : f32
                scf.if %v33 {
                  %v751 = arith.muli %v38, %v239 : i64
                  %v752 = arith.muli %v36, %v238 : i64
                  %v753 = arith.addi %v751, %v752 : i64
                  %v754 = arith.muli %v667, %v1 : i64
                  %v755 = arith.addi %v753, %v754 : i64
                  %v756 = llvm.getelementptr %dx_phi1[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v750, %v756 : f32, !llvm.ptr
                }
                %v757 = arith.mulf %v432, %v734 fastmath<contract> : f32
                %v758 = arith.mulf %v480, %v692 fastmath<contract> : f32
                %v759 = arith.addf %v757, %v758 fastmath<contract> : f32
                scf.if %v33 {
                  %v760 = arith.muli %v38, %v239 : i64
                  %v761 = arith.muli %v36, %v238 : i64
                  %v762 = arith.addi %v760, %v761 : i64
                  %v763 = arith.muli %v667, %v1 : i64
                  %v764 = arith.addi %v762, %v763 : i64
                  %v765 = llvm.getelementptr %dx_phi2[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v759, %v765 : f32, !llvm.ptr
                }
                %v766 = arith.mulf %v434, %v734 fastmath<contract> : f32
                %v767 = arith.muli %v38, %v239 : i64
                %v768 = arith.muli %v36, %v238 : i64
                %v769 = arith.addi %v767, %v768 : i64
                %v770 = arith.muli %v667, %v1 : i64
                %v771 = arith.addi %v769, %v770 : i64
                %v772 = llvm.getelementptr %in_e[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v773 = llvm.load %v772 : !llvm.ptr -> f32
                %v774 = arith.mulf %v773, %v692 fastmath<contract> : f32
                %v775 = arith.addf %v766, %v774 fastmath<contract> : f32
                %v776 = llvm.load %v53 : !llvm.ptr -> f32
                %v777 = arith.addf %v776, %v775 fastmath<contract> : f32
                llvm.store %v777, %v53 : f32, !llvm.ptr
                %v778 = arith.mulf %v438, %v734 fastmath<contract> : f32
                %v779 = arith.mulf %v486, %v692 fastmath<contract> : f32
                %v780 = arith.addf %v778, %v779 fastmath<contract> : f32
                %v781 = llvm.load %v54 : !llvm.ptr -> f32
                %v782 = arith.addf %v781, %v780 fastmath<contract> : f32
                llvm.store %v782, %v54 : f32, !llvm.ptr
                llvm.store %v685, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v707, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v739, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v726, %v52 : f32, !llvm.ptr
                %v783 = arith.addi %v307, %v1 : i64
                %v785 = arith.cmpi slt, %v784, %v536 : i32
                %v786 = arith.cmpi eq, %v784, %v542 : i32
                %v787 = arith.addi %v146, %v783 : i64
                %v788 = llvm.load %v40 : !llvm.ptr -> f32
                %v789 = llvm.load %v41 : !llvm.ptr -> f32
                %v790 = llvm.load %v42 : !llvm.ptr -> f32
                %v791 = llvm.load %v43 : !llvm.ptr -> f32
                %v792 = arith.muli %v38, %v239 : i64
                %v793 = arith.muli %v36, %v238 : i64
                %v794 = arith.addi %v792, %v793 : i64
                %v795 = arith.muli %v787, %v1 : i64
                %v796 = arith.addi %v794, %v795 : i64
                %v797 = llvm.getelementptr %dy_y[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v798 = llvm.load %v797 : !llvm.ptr -> f32
                %v799 = arith.muli %v38, %v239 : i64
                %v800 = arith.muli %v36, %v238 : i64
                %v801 = arith.addi %v799, %v800 : i64
                %v802 = arith.muli %v787, %v1 : i64
                %v803 = arith.addi %v801, %v802 : i64
                %v804 = llvm.getelementptr %in_phi1[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v805 = llvm.load %v804 : !llvm.ptr -> f32
                %v806 = arith.muli %v38, %v239 : i64
                %v807 = arith.muli %v36, %v238 : i64
                %v808 = arith.addi %v806, %v807 : i64
                %v809 = arith.muli %v787, %v1 : i64
                %v810 = arith.addi %v808, %v809 : i64
                %v811 = llvm.getelementptr %dy_forecast[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v812 = llvm.load %v811 : !llvm.ptr -> f32
                %v813 = arith.mulf %v805, %v812 fastmath<contract> : f32
                %v814 = arith.addf %v798, %v813 fastmath<contract> : f32
                %v815 = llvm.load %v44 : !llvm.ptr -> f32
                %v816 = arith.mulf %v815, %v788 fastmath<contract> : f32
                %v817 = arith.addf %v814, %v816 fastmath<contract> : f32
                %v818 = llvm.load %v48 : !llvm.ptr -> f32
                %v819 = arith.mulf %v818, %v789 fastmath<contract> : f32
                %v820 = arith.addf %v819, %v817 fastmath<contract> : f32
                %v821 = arith.muli %v38, %v239 : i64
                %v822 = arith.muli %v36, %v238 : i64
                %v823 = arith.addi %v821, %v822 : i64
                %v824 = arith.muli %v787, %v1 : i64
                %v825 = arith.addi %v823, %v824 : i64
                %v826 = llvm.getelementptr %in_phi2[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v827 = llvm.load %v826 : !llvm.ptr -> f32
                %v828 = arith.mulf %v827, %v812 fastmath<contract> : f32
                %v829 = llvm.load %v45 : !llvm.ptr -> f32
                %v830 = arith.mulf %v829, %v789 fastmath<contract> : f32
                %v831 = arith.addf %v828, %v830 fastmath<contract> : f32
                %v832 = llvm.load %v49 : !llvm.ptr -> f32
                %v833 = arith.mulf %v832, %v788 fastmath<contract> : f32
                %v834 = arith.addf %v833, %v831 fastmath<contract> : f32
                %v835 = llvm.load %v46 : !llvm.ptr -> f32
                %v836 = arith.mulf %v835, %v790 fastmath<contract> : f32
                %v837 = arith.addf %v55, %v836 fastmath<contract> : f32
                %v838 = llvm.load %v50 : !llvm.ptr -> f32
                %v839 = llvm.load %v51 : !llvm.ptr -> f32
                %v840 = arith.mulf %v838, %v788 fastmath<contract> : f32
                %v841 = arith.addf %v840, %v837 fastmath<contract> : f32
                %v842 = arith.mulf %v839, %v791 fastmath<contract> : f32
                %v843 = arith.addf %v842, %v841 fastmath<contract> : f32
                %v844 = arith.muli %v36, %v1 : i64
                %v845 = llvm.getelementptr %in_theta2[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v846 = llvm.load %v845 : !llvm.ptr -> f32
                %v847 = arith.mulf %v846, %v812 fastmath<contract> : f32
                %v848 = llvm.load %v47 : !llvm.ptr -> f32
                %v849 = arith.mulf %v848, %v791 fastmath<contract> : f32
                %v850 = arith.addf %v847, %v849 fastmath<contract> : f32
                %v851 = llvm.load %v52 : !llvm.ptr -> f32
                %v852 = arith.mulf %v851, %v788 fastmath<contract> : f32
                %v853 = arith.addf %v852, %v850 fastmath<contract> : f32
                llvm.store %v820, %v40 : f32, !llvm.ptr
                llvm.store %v834, %v41 : f32, !llvm.ptr
                llvm.store %v843, %v42 : f32, !llvm.ptr
                llvm.store %v853, %v43 : f32, !llvm.ptr
                %v854 = llvm.load %v40 : !llvm.ptr -> f32
                %v855 = llvm.load %v42 : !llvm.ptr -> f32
                %v856 = arith.addf %v854, %v855 fastmath<contract> : f32
                %v857 = arith.muli %v36, %v1 : i64
                %v858 = llvm.getelementptr %in_theta1[%v857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v859 = llvm.load %v858 : !llvm.ptr -> f32
                %v860 = arith.mulf %v859, %v812 fastmath<contract> : f32
                %v861 = arith.addf %v856, %v860 fastmath<contract> : f32
                scf.if %v33 {
                  %v862 = arith.muli %v38, %v239 : i64
                  %v863 = arith.muli %v36, %v238 : i64
                  %v864 = arith.addi %v862, %v863 : i64
                  %v865 = arith.muli %v787, %v1 : i64
                  %v866 = arith.addi %v864, %v865 : i64
                  %v867 = llvm.getelementptr %dx_e[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v861, %v867 : f32, !llvm.ptr
                }
                %v868 = arith.mulf %v380, %v854 fastmath<contract> : f32
                %v869 = arith.mulf %v428, %v812 fastmath<contract> : f32
                %v870 = arith.addf %v868, %v869 fastmath<contract> : f32
                scf.if %v33 {
                  %v871 = arith.muli %v38, %v239 : i64
                  %v872 = arith.muli %v36, %v238 : i64
                  %v873 = arith.addi %v871, %v872 : i64
                  %v874 = arith.muli %v787, %v1 : i64
                  %v875 = arith.addi %v873, %v874 : i64
                  %v876 = llvm.getelementptr %dx_phi1[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v870, %v876 : f32, !llvm.ptr
                }
                %v877 = arith.mulf %v384, %v854 fastmath<contract> : f32
                %v878 = arith.mulf %v432, %v812 fastmath<contract> : f32
                %v879 = arith.addf %v877, %v878 fastmath<contract> : f32
                scf.if %v33 {
                  %v880 = arith.muli %v38, %v239 : i64
                  %v881 = arith.muli %v36, %v238 : i64
                  %v882 = arith.addi %v880, %v881 : i64
                  %v883 = arith.muli %v787, %v1 : i64
                  %v884 = arith.addi %v882, %v883 : i64
                  %v885 = llvm.getelementptr %dx_phi2[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v879, %v885 : f32, !llvm.ptr
                }
                %v886 = arith.mulf %v386, %v854 fastmath<contract> : f32
                %v887 = arith.muli %v38, %v239 : i64
                %v888 = arith.muli %v36, %v238 : i64
                %v889 = arith.addi %v887, %v888 : i64
                %v890 = arith.muli %v787, %v1 : i64
                %v891 = arith.addi %v889, %v890 : i64
                %v892 = llvm.getelementptr %in_e[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v893 = llvm.load %v892 : !llvm.ptr -> f32
                %v894 = arith.mulf %v893, %v812 fastmath<contract> : f32
                %v895 = arith.addf %v886, %v894 fastmath<contract> : f32
                %v896 = llvm.load %v53 : !llvm.ptr -> f32
                %v897 = arith.addf %v896, %v895 fastmath<contract> : f32
                llvm.store %v897, %v53 : f32, !llvm.ptr
                %v898 = arith.mulf %v390, %v854 fastmath<contract> : f32
                %v899 = arith.mulf %v438, %v812 fastmath<contract> : f32
                %v900 = arith.addf %v898, %v899 fastmath<contract> : f32
                %v901 = llvm.load %v54 : !llvm.ptr -> f32
                %v902 = arith.addf %v901, %v900 fastmath<contract> : f32
                llvm.store %v902, %v54 : f32, !llvm.ptr
                llvm.store %v805, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v827, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v859, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v846, %v52 : f32, !llvm.ptr
                %v903 = arith.addi %v307, %v10 : i64
                %v905 = arith.cmpi slt, %v904, %v536 : i32
                %v906 = arith.cmpi eq, %v904, %v542 : i32
                %v907 = arith.addi %v146, %v903 : i64
                %v908 = llvm.load %v40 : !llvm.ptr -> f32
                %v909 = llvm.load %v41 : !llvm.ptr -> f32
                %v910 = llvm.load %v42 : !llvm.ptr -> f32
                %v911 = llvm.load %v43 : !llvm.ptr -> f32
                %v912 = arith.muli %v38, %v239 : i64
                %v913 = arith.muli %v36, %v238 : i64
                %v914 = arith.addi %v912, %v913 : i64
                %v915 = arith.muli %v907, %v1 : i64
                %v916 = arith.addi %v914, %v915 : i64
                %v917 = llvm.getelementptr %dy_y[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v918 = llvm.load %v917 : !llvm.ptr -> f32
                %v919 = arith.muli %v38, %v239 : i64
                %v920 = arith.muli %v36, %v238 : i64
                %v921 = arith.addi %v919, %v920 : i64
                %v922 = arith.muli %v907, %v1 : i64
                %v923 = arith.addi %v921, %v922 : i64
                %v924 = llvm.getelementptr %in_phi1[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v925 = llvm.load %v924 : !llvm.ptr -> f32
                %v926 = arith.muli %v38, %v239 : i64
                %v927 = arith.muli %v36, %v238 : i64
                %v928 = arith.addi %v926, %v927 : i64
                %v929 = arith.muli %v907, %v1 : i64
                %v930 = arith.addi %v928, %v929 : i64
                %v931 = llvm.getelementptr %dy_forecast[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v932 = llvm.load %v931 : !llvm.ptr -> f32
                %v933 = arith.mulf %v925, %v932 fastmath<contract> : f32
                %v934 = arith.addf %v918, %v933 fastmath<contract> : f32
                %v935 = llvm.load %v44 : !llvm.ptr -> f32
                %v936 = arith.mulf %v935, %v908 fastmath<contract> : f32
                %v937 = arith.addf %v934, %v936 fastmath<contract> : f32
                %v938 = llvm.load %v48 : !llvm.ptr -> f32
                %v939 = arith.mulf %v938, %v909 fastmath<contract> : f32
                %v940 = arith.addf %v939, %v937 fastmath<contract> : f32
                %v941 = arith.muli %v38, %v239 : i64
                %v942 = arith.muli %v36, %v238 : i64
                %v943 = arith.addi %v941, %v942 : i64
                %v944 = arith.muli %v907, %v1 : i64
                %v945 = arith.addi %v943, %v944 : i64
                %v946 = llvm.getelementptr %in_phi2[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v947 = llvm.load %v946 : !llvm.ptr -> f32
                %v948 = arith.mulf %v947, %v932 fastmath<contract> : f32
                %v949 = llvm.load %v45 : !llvm.ptr -> f32
                %v950 = arith.mulf %v949, %v909 fastmath<contract> : f32
                %v951 = arith.addf %v948, %v950 fastmath<contract> : f32
                %v952 = llvm.load %v49 : !llvm.ptr -> f32
                %v953 = arith.mulf %v952, %v908 fastmath<contract> : f32
                %v954 = arith.addf %v953, %v951 fastmath<contract> : f32
                %v955 = llvm.load %v46 : !llvm.ptr -> f32
                %v956 = arith.mulf %v955, %v910 fastmath<contract> : f32
                %v957 = arith.addf %v55, %v956 fastmath<contract> : f32
                %v958 = llvm.load %v50 : !llvm.ptr -> f32
                %v959 = llvm.load %v51 : !llvm.ptr -> f32
                %v960 = arith.mulf %v958, %v908 fastmath<contract> : f32
                %v961 = arith.addf %v960, %v957 fastmath<contract> : f32
                %v962 = arith.mulf %v959, %v911 fastmath<contract> : f32
                %v963 = arith.addf %v962, %v961 fastmath<contract> : f32
                %v964 = arith.muli %v36, %v1 : i64
                %v965 = llvm.getelementptr %in_theta2[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v966 = llvm.load %v965 : !llvm.ptr -> f32
                %v967 = arith.mulf %v966, %v932 fastmath<contract> : f32
                %v968 = llvm.load %v47 : !llvm.ptr -> f32
                %v969 = arith.mulf %v968, %v911 fastmath<contract> : f32
                %v970 = arith.addf %v967, %v969 fastmath<contract> : f32
                %v971 = llvm.load %v52 : !llvm.ptr -> f32
                %v972 = arith.mulf %v971, %v908 fastmath<contract> : f32
                %v973 = arith.addf %v972, %v970 fastmath<contract> : f32
                llvm.store %v940, %v40 : f32, !llvm.ptr
                llvm.store %v954, %v41 : f32, !llvm.ptr
                llvm.store %v963, %v42 : f32, !llvm.ptr
                llvm.store %v973, %v43 : f32, !llvm.ptr
                %v974 = llvm.load %v40 : !llvm.ptr -> f32
                %v975 = llvm.load %v42 : !llvm.ptr -> f32
                %v976 = arith.addf %v974, %v975 fastmath<contract> : f32
                %v977 = arith.muli %v36, %v1 : i64
                %v978 = llvm.getelementptr %in_theta1[%v977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v979 = llvm.load %v978 : !llvm.ptr -> f32
                %v980 = arith.mulf %v979, %v932 fastmath<contract> : f32
                %v981 = arith.addf %v976, %v980 fastmath<contract> : f32
                scf.if %v33 {
                  %v982 = arith.muli %v38, %v239 : i64
                  %v983 = arith.muli %v36, %v238 : i64
                  %v984 = arith.addi %v982, %v983 : i64
                  %v985 = arith.muli %v907, %v1 : i64
                  %v986 = arith.addi %v984, %v985 : i64
                  %v987 = llvm.getelementptr %dx_e[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v981, %v987 : f32, !llvm.ptr
                }
                %v988 = arith.mulf %v318, %v974 fastmath<contract> : f32
                %v989 = arith.mulf %v380, %v932 fastmath<contract> : f32
                %v990 = arith.addf %v988, %v989 fastmath<contract> : f32
                scf.if %v33 {
                  %v991 = arith.muli %v38, %v239 : i64
                  %v992 = arith.muli %v36, %v238 : i64
                  %v993 = arith.addi %v991, %v992 : i64
                  %v994 = arith.muli %v907, %v1 : i64
                  %v995 = arith.addi %v993, %v994 : i64
                  %v996 = llvm.getelementptr %dx_phi1[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v990, %v996 : f32, !llvm.ptr
                }
                %v997 = arith.mulf %v326, %v974 fastmath<contract> : f32
                %v998 = arith.mulf %v384, %v932 fastmath<contract> : f32
                %v999 = arith.addf %v997, %v998 fastmath<contract> : f32
                scf.if %v33 {
                  %v1000 = arith.muli %v38, %v239 : i64
                  %v1001 = arith.muli %v36, %v238 : i64
                  %v1002 = arith.addi %v1000, %v1001 : i64
                  %v1003 = arith.muli %v907, %v1 : i64
                  %v1004 = arith.addi %v1002, %v1003 : i64
                  %v1005 = llvm.getelementptr %dx_phi2[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v999, %v1005 : f32, !llvm.ptr
                }
                %v1006 = arith.mulf %v334, %v974 fastmath<contract> : f32
                %v1007 = arith.muli %v38, %v239 : i64
                %v1008 = arith.muli %v36, %v238 : i64
                %v1009 = arith.addi %v1007, %v1008 : i64
                %v1010 = arith.muli %v907, %v1 : i64
                %v1011 = arith.addi %v1009, %v1010 : i64
                %v1012 = llvm.getelementptr %in_e[%v1011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1013 = llvm.load %v1012 : !llvm.ptr -> f32
                %v1014 = arith.mulf %v1013, %v932 fastmath<contract> : f32
                %v1015 = arith.addf %v1006, %v1014 fastmath<contract> : f32
                %v1016 = llvm.load %v53 : !llvm.ptr -> f32
                %v1017 = arith.addf %v1016, %v1015 fastmath<contract> : f32
                llvm.store %v1017, %v53 : f32, !llvm.ptr
                %v1018 = arith.mulf %v342, %v974 fastmath<contract> : f32
                %v1019 = arith.mulf %v390, %v932 fastmath<contract> : f32
                %v1020 = arith.addf %v1018, %v1019 fastmath<contract> : f32
                %v1021 = llvm.load %v54 : !llvm.ptr -> f32
                %v1022 = arith.addf %v1021, %v1020 fastmath<contract> : f32
                llvm.store %v1022, %v54 : f32, !llvm.ptr
                llvm.store %v925, %v44 : f32, !llvm.ptr
                llvm.store %v56, %v48 : f32, !llvm.ptr
                llvm.store %v55, %v45 : f32, !llvm.ptr
                llvm.store %v947, %v49 : f32, !llvm.ptr
                llvm.store %v55, %v46 : f32, !llvm.ptr
                llvm.store %v979, %v50 : f32, !llvm.ptr
                llvm.store %v56, %v51 : f32, !llvm.ptr
                llvm.store %v55, %v47 : f32, !llvm.ptr
                llvm.store %v966, %v52 : f32, !llvm.ptr
              } else {
                %v1023 = arith.subi %v148, %v1 : i64
                %v1024 = arith.muli %v306, %v3 : i64
                %v1025 = arith.subi %v3, %v1 : i64
                %v1026 = arith.minsi %v32, %v1025 : i64
                %v1027 = arith.addi %v1024, %v1026 : i64
                %v1028 = arith.muli %v1027, %v1 : i64
                %v1029 = arith.addi %v1028, %v10 : i64
                %v1030 = llvm.getelementptr %scratch_h[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1031 = llvm.load %v1030 : !llvm.ptr -> f32
                %v1032 = arith.muli %v306, %v3 : i64
                %v1033 = arith.subi %v3, %v1 : i64
                %v1034 = arith.minsi %v32, %v1033 : i64
                %v1035 = arith.addi %v1032, %v1034 : i64
                %v1036 = arith.muli %v1035, %v1 : i64
                %v1037 = arith.addi %v1036, %v10 : i64
                %v1038 = llvm.getelementptr %scratch_h_lag1[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
                %v1040 = arith.muli %v306, %v3 : i64
                %v1041 = arith.subi %v3, %v1 : i64
                %v1042 = arith.minsi %v32, %v1041 : i64
                %v1043 = arith.addi %v1040, %v1042 : i64
                %v1044 = arith.muli %v1043, %v1 : i64
                %v1045 = arith.addi %v1044, %v10 : i64
                %v1046 = llvm.getelementptr %scratch_e_lag1[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1047 = llvm.load %v1046 : !llvm.ptr -> f32
                %v1048 = arith.muli %v306, %v3 : i64
                %v1049 = arith.subi %v3, %v1 : i64
                %v1050 = arith.minsi %v32, %v1049 : i64
                %v1051 = arith.addi %v1048, %v1050 : i64
                %v1052 = arith.muli %v1051, %v1 : i64
                %v1053 = arith.addi %v1052, %v10 : i64
                %v1054 = llvm.getelementptr %scratch_e_lag2[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1056 = arith.addi %v307, %v10 : i64
                %v1057 = arith.minsi %v1056, %v1023 : i64
                %v1058 = arith.addi %v146, %v1057 : i64
                %v1059 = arith.muli %v38, %v239 : i64
                %v1060 = arith.muli %v36, %v238 : i64
                %v1061 = arith.addi %v1059, %v1060 : i64
                %v1062 = arith.muli %v1058, %v1 : i64
                %v1063 = arith.addi %v1061, %v1062 : i64
                %v1064 = llvm.getelementptr %in_phi1[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1065 = llvm.load %v1064 : !llvm.ptr -> f32
                %v1066 = arith.muli %v38, %v239 : i64
                %v1067 = arith.muli %v36, %v238 : i64
                %v1068 = arith.addi %v1066, %v1067 : i64
                %v1069 = arith.muli %v1058, %v1 : i64
                %v1070 = arith.addi %v1068, %v1069 : i64
                %v1071 = llvm.getelementptr %in_e[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
                %v1073 = arith.mulf %v1065, %v1031 fastmath<contract> : f32
                %v1074 = arith.addf %v1073, %v1072 fastmath<contract> : f32
                %v1075 = arith.muli %v38, %v239 : i64
                %v1076 = arith.muli %v36, %v238 : i64
                %v1077 = arith.addi %v1075, %v1076 : i64
                %v1078 = arith.muli %v1058, %v1 : i64
                %v1079 = arith.addi %v1077, %v1078 : i64
                %v1080 = llvm.getelementptr %in_phi2[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
                %v1082 = arith.mulf %v1081, %v1039 fastmath<contract> : f32
                %v1083 = arith.addf %v1074, %v1082 fastmath<contract> : f32
                %v1084 = arith.muli %v36, %v1 : i64
                %v1085 = llvm.getelementptr %in_theta1[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1086 = llvm.load %v1085 : !llvm.ptr -> f32
                %v1087 = arith.mulf %v1086, %v1047 fastmath<contract> : f32
                %v1088 = arith.addf %v1083, %v1087 fastmath<contract> : f32
                %v1089 = arith.muli %v36, %v1 : i64
                %v1090 = llvm.getelementptr %in_theta2[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
                %v1092 = arith.mulf %v1091, %v1055 fastmath<contract> : f32
                %v1093 = arith.addf %v1088, %v1092 fastmath<contract> : f32
                %v1094 = arith.mulf %v55, %v1039 fastmath<contract> : f32
                %v1095 = arith.addf %v1094, %v55 fastmath<contract> : f32
                %v1096 = arith.mulf %v56, %v1031 fastmath<contract> : f32
                %v1097 = arith.addf %v1095, %v1096 fastmath<contract> : f32
                %v1098 = arith.mulf %v55, %v1047 fastmath<contract> : f32
                %v1099 = arith.addf %v1098, %v1072 fastmath<contract> : f32
                %v1100 = arith.mulf %v55, %v1055 fastmath<contract> : f32
                %v1101 = arith.addf %v1100, %v55 fastmath<contract> : f32
                %v1102 = arith.mulf %v56, %v1047 fastmath<contract> : f32
                %v1103 = arith.addf %v1101, %v1102 fastmath<contract> : f32
                %v1104 = arith.addi %v307, %v1 : i64
                %v1105 = arith.minsi %v1104, %v1023 : i64
                %v1106 = arith.addi %v146, %v1105 : i64
                %v1107 = arith.muli %v38, %v239 : i64
                %v1108 = arith.muli %v36, %v238 : i64
                %v1109 = arith.addi %v1107, %v1108 : i64
                %v1110 = arith.muli %v1106, %v1 : i64
                %v1111 = arith.addi %v1109, %v1110 : i64
                %v1112 = llvm.getelementptr %in_phi1[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
                %v1114 = arith.muli %v38, %v239 : i64
                %v1115 = arith.muli %v36, %v238 : i64
                %v1116 = arith.addi %v1114, %v1115 : i64
                %v1117 = arith.muli %v1106, %v1 : i64
                %v1118 = arith.addi %v1116, %v1117 : i64
                %v1119 = llvm.getelementptr %in_e[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                %v1121 = arith.mulf %v1113, %v1093 fastmath<contract> : f32
                %v1122 = arith.addf %v1121, %v1120 fastmath<contract> : f32
                %v1123 = arith.muli %v38, %v239 : i64
                %v1124 = arith.muli %v36, %v238 : i64
                %v1125 = arith.addi %v1123, %v1124 : i64
                %v1126 = arith.muli %v1106, %v1 : i64
                %v1127 = arith.addi %v1125, %v1126 : i64
                %v1128 = llvm.getelementptr %in_phi2[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1129 = llvm.load %v1128 : !llvm.ptr -> f32
                %v1130 = arith.mulf %v1129, %v1097 fastmath<contract> : f32
                %v1131 = arith.addf %v1122, %v1130 fastmath<contract> : f32
                %v1132 = arith.muli %v36, %v1 : i64
                %v1133 = llvm.getelementptr %in_theta1[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
                %v1135 = arith.mulf %v1134, %v1099 fastmath<contract> : f32
                %v1136 = arith.addf %v1131, %v1135 fastmath<contract> : f32
                %v1137 = arith.muli %v36, %v1 : i64
                %v1138 = llvm.getelementptr %in_theta2[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1139 = llvm.load %v1138 : !llvm.ptr -> f32
                %v1140 = arith.mulf %v1139, %v1103 fastmath<contract> : f32
                %v1141 = arith.addf %v1136, %v1140 fastmath<contract> : f32
                %v1142 = arith.mulf %v55, %v1097 fastmath<contract> : f32
                %v1143 = arith.addf %v1142, %v55 fastmath<contract> : f32
                %v1144 = arith.mulf %v56, %v1093 fastmath<contract> : f32
                %v1145 = arith.addf %v1143, %v1144 fastmath<contract> : f32
                %v1146 = arith.mulf %v55, %v1099 fastmath<contract> : f32
                %v1147 = arith.addf %v1146, %v1120 fastmath<contract> : f32
                %v1148 = arith.mulf %v55, %v1103 fastmath<contract> : f32
                %v1149 = arith.addf %v1148, %v55 fastmath<contract> : f32
                %v1150 = arith.mulf %v56, %v1099 fastmath<contract> : f32
                %v1151 = arith.addf %v1149, %v1150 fastmath<contract> : f32
                %v1152 = arith.addi %v307, %v67 : i64
                %v1153 = arith.minsi %v1152, %v1023 : i64
                %v1154 = arith.addi %v146, %v1153 : i64
                %v1155 = arith.muli %v38, %v239 : i64
                %v1156 = arith.muli %v36, %v238 : i64
                %v1157 = arith.addi %v1155, %v1156 : i64
                %v1158 = arith.muli %v1154, %v1 : i64
                %v1159 = arith.addi %v1157, %v1158 : i64
                %v1160 = llvm.getelementptr %in_phi1[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
                %v1162 = arith.muli %v38, %v239 : i64
                %v1163 = arith.muli %v36, %v238 : i64
                %v1164 = arith.addi %v1162, %v1163 : i64
                %v1165 = arith.muli %v1154, %v1 : i64
                %v1166 = arith.addi %v1164, %v1165 : i64
                %v1167 = llvm.getelementptr %in_e[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
                %v1169 = arith.mulf %v1161, %v1141 fastmath<contract> : f32
                %v1170 = arith.addf %v1169, %v1168 fastmath<contract> : f32
                %v1171 = arith.muli %v38, %v239 : i64
                %v1172 = arith.muli %v36, %v238 : i64
                %v1173 = arith.addi %v1171, %v1172 : i64
                %v1174 = arith.muli %v1154, %v1 : i64
                %v1175 = arith.addi %v1173, %v1174 : i64
                %v1176 = llvm.getelementptr %in_phi2[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                %v1178 = arith.mulf %v1177, %v1145 fastmath<contract> : f32
                %v1179 = arith.addf %v1170, %v1178 fastmath<contract> : f32
                %v1180 = arith.muli %v36, %v1 : i64
                %v1181 = llvm.getelementptr %in_theta1[%v1180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1182 = llvm.load %v1181 : !llvm.ptr -> f32
                %v1183 = arith.mulf %v1182, %v1147 fastmath<contract> : f32
                %v1184 = arith.addf %v1179, %v1183 fastmath<contract> : f32
                %v1185 = arith.muli %v36, %v1 : i64
                %v1186 = llvm.getelementptr %in_theta2[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
                %v1188 = arith.mulf %v1187, %v1151 fastmath<contract> : f32
                %v1189 = arith.addf %v1184, %v1188 fastmath<contract> : f32
                %v1190 = arith.mulf %v55, %v1145 fastmath<contract> : f32
                %v1191 = arith.addf %v1190, %v55 fastmath<contract> : f32
                %v1192 = arith.mulf %v56, %v1141 fastmath<contract> : f32
                %v1193 = arith.addf %v1191, %v1192 fastmath<contract> : f32
                %v1194 = arith.mulf %v55, %v1147 fastmath<contract> : f32
                %v1195 = arith.addf %v1194, %v1168 fastmath<contract> : f32
                %v1196 = arith.mulf %v55, %v1151 fastmath<contract> : f32
                %v1197 = arith.addf %v1196, %v55 fastmath<contract> : f32
                %v1198 = arith.mulf %v56, %v1147 fastmath<contract> : f32
                %v1199 = arith.addf %v1197, %v1198 fastmath<contract> : f32
                %v1200 = arith.addi %v307, %v72 : i64
                %v1201 = arith.minsi %v1200, %v1023 : i64
                %v1202 = arith.addi %v146, %v1201 : i64
                %v1203 = arith.muli %v38, %v239 : i64
                %v1204 = arith.muli %v36, %v238 : i64
                %v1205 = arith.addi %v1203, %v1204 : i64
                %v1206 = arith.muli %v1202, %v1 : i64
                %v1207 = arith.addi %v1205, %v1206 : i64
                %v1208 = llvm.getelementptr %in_phi1[%v1207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1209 = llvm.load %v1208 : !llvm.ptr -> f32
                %v1210 = arith.muli %v38, %v239 : i64
                %v1211 = arith.muli %v36, %v238 : i64
                %v1212 = arith.addi %v1210, %v1211 : i64
                %v1213 = arith.muli %v1202, %v1 : i64
                %v1214 = arith.addi %v1212, %v1213 : i64
                %v1215 = llvm.getelementptr %in_e[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                %v1217 = arith.mulf %v1209, %v1189 fastmath<contract> : f32
                %v1218 = arith.addf %v1217, %v1216 fastmath<contract> : f32
                %v1219 = arith.muli %v38, %v239 : i64
                %v1220 = arith.muli %v36, %v238 : i64
                %v1221 = arith.addi %v1219, %v1220 : i64
                %v1222 = arith.muli %v1202, %v1 : i64
                %v1223 = arith.addi %v1221, %v1222 : i64
                %v1224 = llvm.getelementptr %in_phi2[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
                %v1226 = arith.mulf %v1225, %v1193 fastmath<contract> : f32
                %v1227 = arith.addf %v1218, %v1226 fastmath<contract> : f32
                %v1228 = arith.muli %v36, %v1 : i64
                %v1229 = llvm.getelementptr %in_theta1[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
                %v1231 = arith.mulf %v1230, %v1195 fastmath<contract> : f32
                %v1232 = arith.addf %v1227, %v1231 fastmath<contract> : f32
                %v1233 = arith.muli %v36, %v1 : i64
                %v1234 = llvm.getelementptr %in_theta2[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1235 = llvm.load %v1234 : !llvm.ptr -> f32
                %v1236 = arith.mulf %v1235, %v1199 fastmath<contract> : f32
                %v1237 = arith.addf %v1232, %v1236 fastmath<contract> : f32
                %v1238 = arith.mulf %v55, %v1193 fastmath<contract> : f32
                %v1239 = arith.addf %v1238, %v55 fastmath<contract> : f32
                %v1240 = arith.mulf %v56, %v1189 fastmath<contract> : f32
                %v1241 = arith.addf %v1239, %v1240 fastmath<contract> : f32
                %v1242 = arith.mulf %v55, %v1195 fastmath<contract> : f32
                %v1243 = arith.addf %v1242, %v1216 fastmath<contract> : f32
                %v1244 = arith.mulf %v55, %v1199 fastmath<contract> : f32
                %v1245 = arith.addf %v1244, %v55 fastmath<contract> : f32
                %v1246 = arith.mulf %v56, %v1195 fastmath<contract> : f32
                %v1247 = arith.addf %v1245, %v1246 fastmath<contract> : f32
                %v1248 = arith.subi %v148, %v307 : i64
                %v1249 = arith.trunci %v1248 : i64 to i32
                %v1250 = arith.subi %size_L, %v1 : i64
                %v1251 = arith.addi %v146, %v307 : i64
                %v1252 = arith.subi %v1250, %v1251 : i64
                %v1253 = arith.minsi %v1252, %v540 : i64
                %v1254 = arith.trunci %v1253 : i64 to i32
                %v1255 = arith.addi %v307, %v72 : i64
                %v1256 = arith.cmpi slt, %v544, %v1249 : i32
                %v1257 = arith.cmpi eq, %v544, %v1254 : i32
                scf.if %v1256 {
                  %v1258 = arith.addi %v146, %v1255 : i64
                  %v1259 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1260 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1261 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1262 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1263 = arith.muli %v38, %v239 : i64
                  %v1264 = arith.muli %v36, %v238 : i64
                  %v1265 = arith.addi %v1263, %v1264 : i64
                  %v1266 = arith.muli %v1258, %v1 : i64
                  %v1267 = arith.addi %v1265, %v1266 : i64
                  %v1268 = llvm.getelementptr %dy_y[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1269 = llvm.load %v1268 : !llvm.ptr -> f32
                  %v1270 = arith.muli %v38, %v239 : i64
                  %v1271 = arith.muli %v36, %v238 : i64
                  %v1272 = arith.addi %v1270, %v1271 : i64
                  %v1273 = arith.muli %v1258, %v1 : i64
                  %v1274 = arith.addi %v1272, %v1273 : i64
                  %v1275 = llvm.getelementptr %in_phi1[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
                  %v1277 = arith.muli %v38, %v239 : i64
                  %v1278 = arith.muli %v36, %v238 : i64
                  %v1279 = arith.addi %v1277, %v1278 : i64
                  %v1280 = arith.muli %v1258, %v1 : i64
                  %v1281 = arith.addi %v1279, %v1280 : i64
                  %v1282 = llvm.getelementptr %dy_forecast[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1283 = llvm.load %v1282 : !llvm.ptr -> f32
                  %v1284 = arith.mulf %v1276, %v1283 fastmath<contract> : f32
                  %v1285 = arith.addf %v1269, %v1284 fastmath<contract> : f32
                  %v1286 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1287 = arith.mulf %v1286, %v1259 fastmath<contract> : f32
                  %v1288 = arith.addf %v1285, %v1287 fastmath<contract> : f32
                  %v1289 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1290 = arith.mulf %v1289, %v1260 fastmath<contract> : f32
                  %v1291 = arith.addf %v1290, %v1288 fastmath<contract> : f32
                  %v1292 = arith.muli %v38, %v239 : i64
                  %v1293 = arith.muli %v36, %v238 : i64
                  %v1294 = arith.addi %v1292, %v1293 : i64
                  %v1295 = arith.muli %v1258, %v1 : i64
                  %v1296 = arith.addi %v1294, %v1295 : i64
                  %v1297 = llvm.getelementptr %in_phi2[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
                  %v1299 = arith.mulf %v1298, %v1283 fastmath<contract> : f32
                  %v1300 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1301 = arith.mulf %v1300, %v1260 fastmath<contract> : f32
                  %v1302 = arith.addf %v1299, %v1301 fastmath<contract> : f32
                  %v1303 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1304 = arith.mulf %v1303, %v1259 fastmath<contract> : f32
                  %v1305 = arith.addf %v1304, %v1302 fastmath<contract> : f32
                  %v1306 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1307 = arith.mulf %v1306, %v1261 fastmath<contract> : f32
                  %v1308 = arith.addf %v55, %v1307 fastmath<contract> : f32
                  %v1309 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1310 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1311 = arith.mulf %v1309, %v1259 fastmath<contract> : f32
                  %v1312 = arith.addf %v1311, %v1308 fastmath<contract> : f32
                  %v1313 = arith.mulf %v1310, %v1262 fastmath<contract> : f32
                  %v1314 = arith.addf %v1313, %v1312 fastmath<contract> : f32
                  %v1315 = arith.muli %v36, %v1 : i64
                  %v1316 = llvm.getelementptr %in_theta2[%v1315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1317 = llvm.load %v1316 : !llvm.ptr -> f32
                  %v1318 = arith.mulf %v1317, %v1283 fastmath<contract> : f32
                  %v1319 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1320 = arith.mulf %v1319, %v1262 fastmath<contract> : f32
                  %v1321 = arith.addf %v1318, %v1320 fastmath<contract> : f32
                  %v1322 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1323 = arith.mulf %v1322, %v1259 fastmath<contract> : f32
                  %v1324 = arith.addf %v1323, %v1321 fastmath<contract> : f32
                  llvm.store %v1291, %v40 : f32, !llvm.ptr
                  llvm.store %v1305, %v41 : f32, !llvm.ptr
                  llvm.store %v1314, %v42 : f32, !llvm.ptr
                  llvm.store %v1324, %v43 : f32, !llvm.ptr
                  %v1325 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1326 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1327 = arith.addf %v1325, %v1326 fastmath<contract> : f32
                  %v1328 = arith.muli %v36, %v1 : i64
                  %v1329 = llvm.getelementptr %in_theta1[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1330 = llvm.load %v1329 : !llvm.ptr -> f32
                  %v1331 = arith.mulf %v1330, %v1283 fastmath<contract> : f32
                  %v1332 = arith.addf %v1327, %v1331 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1333 = arith.muli %v38, %v239 : i64
                    %v1334 = arith.muli %v36, %v238 : i64
                    %v1335 = arith.addi %v1333, %v1334 : i64
                    %v1336 = arith.muli %v1258, %v1 : i64
                    %v1337 = arith.addi %v1335, %v1336 : i64
                    %v1338 = llvm.getelementptr %dx_e[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1332, %v1338 : f32, !llvm.ptr
                  }
                  %v1339 = arith.mulf %v1189, %v1325 fastmath<contract> : f32
                  %v1340 = arith.mulf %v1237, %v1283 fastmath<contract> : f32
                  %v1341 = arith.addf %v1339, %v1340 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1342 = arith.muli %v38, %v239 : i64
                    %v1343 = arith.muli %v36, %v238 : i64
                    %v1344 = arith.addi %v1342, %v1343 : i64
                    %v1345 = arith.muli %v1258, %v1 : i64
                    %v1346 = arith.addi %v1344, %v1345 : i64
                    %v1347 = llvm.getelementptr %dx_phi1[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1341, %v1347 : f32, !llvm.ptr
                  }
                  %v1348 = arith.mulf %v1193, %v1325 fastmath<contract> : f32
                  %v1349 = arith.mulf %v1241, %v1283 fastmath<contract> : f32
                  %v1350 = arith.addf %v1348, %v1349 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1351 = arith.muli %v38, %v239 : i64
                    %v1352 = arith.muli %v36, %v238 : i64
                    %v1353 = arith.addi %v1351, %v1352 : i64
                    %v1354 = arith.muli %v1258, %v1 : i64
                    %v1355 = arith.addi %v1353, %v1354 : i64
                    %v1356 = llvm.getelementptr %dx_phi2[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1350, %v1356 : f32, !llvm.ptr
                  }
                  %v1357 = arith.mulf %v1195, %v1325 fastmath<contract> : f32
                  %v1358 = arith.muli %v38, %v239 : i64
                  %v1359 = arith.muli %v36, %v238 : i64
                  %v1360 = arith.addi %v1358, %v1359 : i64
                  %v1361 = arith.muli %v1258, %v1 : i64
                  %v1362 = arith.addi %v1360, %v1361 : i64
                  %v1363 = llvm.getelementptr %in_e[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
                  %v1365 = arith.mulf %v1364, %v1283 fastmath<contract> : f32
                  %v1366 = arith.addf %v1357, %v1365 fastmath<contract> : f32
                  %v1367 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1368 = arith.addf %v1367, %v1366 fastmath<contract> : f32
                  llvm.store %v1368, %v53 : f32, !llvm.ptr
                  %v1369 = arith.mulf %v1199, %v1325 fastmath<contract> : f32
                  %v1370 = arith.mulf %v1247, %v1283 fastmath<contract> : f32
                  %v1371 = arith.addf %v1369, %v1370 fastmath<contract> : f32
                  %v1372 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1373 = arith.addf %v1372, %v1371 fastmath<contract> : f32
                  llvm.store %v1373, %v54 : f32, !llvm.ptr
                  llvm.store %v1276, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1298, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1330, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1317, %v52 : f32, !llvm.ptr
                }
                %v1374 = arith.addi %v307, %v67 : i64
                %v1375 = arith.cmpi slt, %v664, %v1249 : i32
                %v1376 = arith.cmpi eq, %v664, %v1254 : i32
                scf.if %v1375 {
                  %v1377 = arith.addi %v146, %v1374 : i64
                  %v1378 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1379 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1380 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1381 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1382 = arith.muli %v38, %v239 : i64
                  %v1383 = arith.muli %v36, %v238 : i64
                  %v1384 = arith.addi %v1382, %v1383 : i64
                  %v1385 = arith.muli %v1377, %v1 : i64
                  %v1386 = arith.addi %v1384, %v1385 : i64
                  %v1387 = llvm.getelementptr %dy_y[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
                  %v1389 = arith.muli %v38, %v239 : i64
                  %v1390 = arith.muli %v36, %v238 : i64
                  %v1391 = arith.addi %v1389, %v1390 : i64
                  %v1392 = arith.muli %v1377, %v1 : i64
                  %v1393 = arith.addi %v1391, %v1392 : i64
                  %v1394 = llvm.getelementptr %in_phi1[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
                  %v1396 = arith.muli %v38, %v239 : i64
                  %v1397 = arith.muli %v36, %v238 : i64
                  %v1398 = arith.addi %v1396, %v1397 : i64
                  %v1399 = arith.muli %v1377, %v1 : i64
                  %v1400 = arith.addi %v1398, %v1399 : i64
                  %v1401 = llvm.getelementptr %dy_forecast[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1402 = llvm.load %v1401 : !llvm.ptr -> f32
                  %v1403 = arith.mulf %v1395, %v1402 fastmath<contract> : f32
                  %v1404 = arith.addf %v1388, %v1403 fastmath<contract> : f32
                  %v1405 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1406 = arith.mulf %v1405, %v1378 fastmath<contract> : f32
                  %v1407 = arith.addf %v1404, %v1406 fastmath<contract> : f32
                  %v1408 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1409 = arith.mulf %v1408, %v1379 fastmath<contract> : f32
                  %v1410 = arith.addf %v1409, %v1407 fastmath<contract> : f32
                  %v1411 = arith.muli %v38, %v239 : i64
                  %v1412 = arith.muli %v36, %v238 : i64
                  %v1413 = arith.addi %v1411, %v1412 : i64
                  %v1414 = arith.muli %v1377, %v1 : i64
                  %v1415 = arith.addi %v1413, %v1414 : i64
                  %v1416 = llvm.getelementptr %in_phi2[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
                  %v1418 = arith.mulf %v1417, %v1402 fastmath<contract> : f32
                  %v1419 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1420 = arith.mulf %v1419, %v1379 fastmath<contract> : f32
                  %v1421 = arith.addf %v1418, %v1420 fastmath<contract> : f32
                  %v1422 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1423 = arith.mulf %v1422, %v1378 fastmath<contract> : f32
                  %v1424 = arith.addf %v1423, %v1421 fastmath<contract> : f32
                  %v1425 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1426 = arith.mulf %v1425, %v1380 fastmath<contract> : f32
                  %v1427 = arith.addf %v55, %v1426 fastmath<contract> : f32
                  %v1428 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1429 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1430 = arith.mulf %v1428, %v1378 fastmath<contract> : f32
                  %v1431 = arith.addf %v1430, %v1427 fastmath<contract> : f32
                  %v1432 = arith.mulf %v1429, %v1381 fastmath<contract> : f32
                  %v1433 = arith.addf %v1432, %v1431 fastmath<contract> : f32
                  %v1434 = arith.muli %v36, %v1 : i64
                  %v1435 = llvm.getelementptr %in_theta2[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1436 = llvm.load %v1435 : !llvm.ptr -> f32
                  %v1437 = arith.mulf %v1436, %v1402 fastmath<contract> : f32
                  %v1438 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1439 = arith.mulf %v1438, %v1381 fastmath<contract> : f32
                  %v1440 = arith.addf %v1437, %v1439 fastmath<contract> : f32
                  %v1441 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1442 = arith.mulf %v1441, %v1378 fastmath<contract> : f32
                  %v1443 = arith.addf %v1442, %v1440 fastmath<contract> : f32
                  llvm.store %v1410, %v40 : f32, !llvm.ptr
                  llvm.store %v1424, %v41 : f32, !llvm.ptr
                  llvm.store %v1433, %v42 : f32, !llvm.ptr
                  llvm.store %v1443, %v43 : f32, !llvm.ptr
                  %v1444 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1445 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1446 = arith.addf %v1444, %v1445 fastmath<contract> : f32
                  %v1447 = arith.muli %v36, %v1 : i64
                  %v1448 = llvm.getelementptr %in_theta1[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1449 = llvm.load %v1448 : !llvm.ptr -> f32
                  %v1450 = arith.mulf %v1449, %v1402 fastmath<contract> : f32
                  %v1451 = arith.addf %v1446, %v1450 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1452 = arith.muli %v38, %v239 : i64
                    %v1453 = arith.muli %v36, %v238 : i64
                    %v1454 = arith.addi %v1452, %v1453 : i64
                    %v1455 = arith.muli %v1377, %v1 : i64
                    %v1456 = arith.addi %v1454, %v1455 : i64
                    %v1457 = llvm.getelementptr %dx_e[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1451, %v1457 : f32, !llvm.ptr
                  }
                  %v1458 = arith.mulf %v1141, %v1444 fastmath<contract> : f32
                  %v1459 = arith.mulf %v1189, %v1402 fastmath<contract> : f32
                  %v1460 = arith.addf %v1458, %v1459 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1461 = arith.muli %v38, %v239 : i64
                    %v1462 = arith.muli %v36, %v238 : i64
                    %v1463 = arith.addi %v1461, %v1462 : i64
                    %v1464 = arith.muli %v1377, %v1 : i64
                    %v1465 = arith.addi %v1463, %v1464 : i64
                    %v1466 = llvm.getelementptr %dx_phi1[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1460, %v1466 : f32, !llvm.ptr
                  }
                  %v1467 = arith.mulf %v1145, %v1444 fastmath<contract> : f32
                  %v1468 = arith.mulf %v1193, %v1402 fastmath<contract> : f32
                  %v1469 = arith.addf %v1467, %v1468 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1470 = arith.muli %v38, %v239 : i64
                    %v1471 = arith.muli %v36, %v238 : i64
                    %v1472 = arith.addi %v1470, %v1471 : i64
                    %v1473 = arith.muli %v1377, %v1 : i64
                    %v1474 = arith.addi %v1472, %v1473 : i64
                    %v1475 = llvm.getelementptr %dx_phi2[%v1474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1469, %v1475 : f32, !llvm.ptr
                  }
                  %v1476 = arith.mulf %v1147, %v1444 fastmath<contract> : f32
                  %v1477 = arith.muli %v38, %v239 : i64
                  %v1478 = arith.muli %v36, %v238 : i64
                  %v1479 = arith.addi %v1477, %v1478 : i64
                  %v1480 = arith.muli %v1377, %v1 : i64
                  %v1481 = arith.addi %v1479, %v1480 : i64
                  %v1482 = llvm.getelementptr %in_e[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1483 = llvm.load %v1482 : !llvm.ptr -> f32
                  %v1484 = arith.mulf %v1483, %v1402 fastmath<contract> : f32
                  %v1485 = arith.addf %v1476, %v1484 fastmath<contract> : f32
                  %v1486 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1487 = arith.addf %v1486, %v1485 fastmath<contract> : f32
                  llvm.store %v1487, %v53 : f32, !llvm.ptr
                  %v1488 = arith.mulf %v1151, %v1444 fastmath<contract> : f32
                  %v1489 = arith.mulf %v1199, %v1402 fastmath<contract> : f32
                  %v1490 = arith.addf %v1488, %v1489 fastmath<contract> : f32
                  %v1491 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1492 = arith.addf %v1491, %v1490 fastmath<contract> : f32
                  llvm.store %v1492, %v54 : f32, !llvm.ptr
                  llvm.store %v1395, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1417, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1449, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1436, %v52 : f32, !llvm.ptr
                }
                %v1493 = arith.addi %v307, %v1 : i64
                %v1494 = arith.cmpi slt, %v784, %v1249 : i32
                %v1495 = arith.cmpi eq, %v784, %v1254 : i32
                scf.if %v1494 {
                  %v1496 = arith.addi %v146, %v1493 : i64
                  %v1497 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1498 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1499 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1500 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1501 = arith.muli %v38, %v239 : i64
                  %v1502 = arith.muli %v36, %v238 : i64
                  %v1503 = arith.addi %v1501, %v1502 : i64
                  %v1504 = arith.muli %v1496, %v1 : i64
                  %v1505 = arith.addi %v1503, %v1504 : i64
                  %v1506 = llvm.getelementptr %dy_y[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
                  %v1508 = arith.muli %v38, %v239 : i64
                  %v1509 = arith.muli %v36, %v238 : i64
                  %v1510 = arith.addi %v1508, %v1509 : i64
                  %v1511 = arith.muli %v1496, %v1 : i64
                  %v1512 = arith.addi %v1510, %v1511 : i64
                  %v1513 = llvm.getelementptr %in_phi1[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1514 = llvm.load %v1513 : !llvm.ptr -> f32
                  %v1515 = arith.muli %v38, %v239 : i64
                  %v1516 = arith.muli %v36, %v238 : i64
                  %v1517 = arith.addi %v1515, %v1516 : i64
                  %v1518 = arith.muli %v1496, %v1 : i64
                  %v1519 = arith.addi %v1517, %v1518 : i64
                  %v1520 = llvm.getelementptr %dy_forecast[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
                  %v1522 = arith.mulf %v1514, %v1521 fastmath<contract> : f32
                  %v1523 = arith.addf %v1507, %v1522 fastmath<contract> : f32
                  %v1524 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1525 = arith.mulf %v1524, %v1497 fastmath<contract> : f32
                  %v1526 = arith.addf %v1523, %v1525 fastmath<contract> : f32
                  %v1527 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1528 = arith.mulf %v1527, %v1498 fastmath<contract> : f32
                  %v1529 = arith.addf %v1528, %v1526 fastmath<contract> : f32
                  %v1530 = arith.muli %v38, %v239 : i64
                  %v1531 = arith.muli %v36, %v238 : i64
                  %v1532 = arith.addi %v1530, %v1531 : i64
                  %v1533 = arith.muli %v1496, %v1 : i64
                  %v1534 = arith.addi %v1532, %v1533 : i64
                  %v1535 = llvm.getelementptr %in_phi2[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1536 = llvm.load %v1535 : !llvm.ptr -> f32
                  %v1537 = arith.mulf %v1536, %v1521 fastmath<contract> : f32
                  %v1538 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1539 = arith.mulf %v1538, %v1498 fastmath<contract> : f32
                  %v1540 = arith.addf %v1537, %v1539 fastmath<contract> : f32
                  %v1541 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1542 = arith.mulf %v1541, %v1497 fastmath<contract> : f32
                  %v1543 = arith.addf %v1542, %v1540 fastmath<contract> : f32
                  %v1544 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1545 = arith.mulf %v1544, %v1499 fastmath<contract> : f32
                  %v1546 = arith.addf %v55, %v1545 fastmath<contract> : f32
                  %v1547 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1548 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1549 = arith.mulf %v1547, %v1497 fastmath<contract> : f32
                  %v1550 = arith.addf %v1549, %v1546 fastmath<contract> : f32
                  %v1551 = arith.mulf %v1548, %v1500 fastmath<contract> : f32
                  %v1552 = arith.addf %v1551, %v1550 fastmath<contract> : f32
                  %v1553 = arith.muli %v36, %v1 : i64
                  %v1554 = llvm.getelementptr %in_theta2[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1555 = llvm.load %v1554 : !llvm.ptr -> f32
                  %v1556 = arith.mulf %v1555, %v1521 fastmath<contract> : f32
                  %v1557 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1558 = arith.mulf %v1557, %v1500 fastmath<contract> : f32
                  %v1559 = arith.addf %v1556, %v1558 fastmath<contract> : f32
                  %v1560 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1561 = arith.mulf %v1560, %v1497 fastmath<contract> : f32
                  %v1562 = arith.addf %v1561, %v1559 fastmath<contract> : f32
                  llvm.store %v1529, %v40 : f32, !llvm.ptr
                  llvm.store %v1543, %v41 : f32, !llvm.ptr
                  llvm.store %v1552, %v42 : f32, !llvm.ptr
                  llvm.store %v1562, %v43 : f32, !llvm.ptr
                  %v1563 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1564 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1565 = arith.addf %v1563, %v1564 fastmath<contract> : f32
                  %v1566 = arith.muli %v36, %v1 : i64
                  %v1567 = llvm.getelementptr %in_theta1[%v1566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1568 = llvm.load %v1567 : !llvm.ptr -> f32
                  %v1569 = arith.mulf %v1568, %v1521 fastmath<contract> : f32
                  %v1570 = arith.addf %v1565, %v1569 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1571 = arith.muli %v38, %v239 : i64
                    %v1572 = arith.muli %v36, %v238 : i64
                    %v1573 = arith.addi %v1571, %v1572 : i64
                    %v1574 = arith.muli %v1496, %v1 : i64
                    %v1575 = arith.addi %v1573, %v1574 : i64
                    %v1576 = llvm.getelementptr %dx_e[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1570, %v1576 : f32, !llvm.ptr
                  }
                  %v1577 = arith.mulf %v1093, %v1563 fastmath<contract> : f32
                  %v1578 = arith.mulf %v1141, %v1521 fastmath<contract> : f32
                  %v1579 = arith.addf %v1577, %v1578 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1580 = arith.muli %v38, %v239 : i64
                    %v1581 = arith.muli %v36, %v238 : i64
                    %v1582 = arith.addi %v1580, %v1581 : i64
                    %v1583 = arith.muli %v1496, %v1 : i64
                    %v1584 = arith.addi %v1582, %v1583 : i64
                    %v1585 = llvm.getelementptr %dx_phi1[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1579, %v1585 : f32, !llvm.ptr
                  }
                  %v1586 = arith.mulf %v1097, %v1563 fastmath<contract> : f32
                  %v1587 = arith.mulf %v1145, %v1521 fastmath<contract> : f32
                  %v1588 = arith.addf %v1586, %v1587 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1589 = arith.muli %v38, %v239 : i64
                    %v1590 = arith.muli %v36, %v238 : i64
                    %v1591 = arith.addi %v1589, %v1590 : i64
                    %v1592 = arith.muli %v1496, %v1 : i64
                    %v1593 = arith.addi %v1591, %v1592 : i64
                    %v1594 = llvm.getelementptr %dx_phi2[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1588, %v1594 : f32, !llvm.ptr
                  }
                  %v1595 = arith.mulf %v1099, %v1563 fastmath<contract> : f32
                  %v1596 = arith.muli %v38, %v239 : i64
                  %v1597 = arith.muli %v36, %v238 : i64
                  %v1598 = arith.addi %v1596, %v1597 : i64
                  %v1599 = arith.muli %v1496, %v1 : i64
                  %v1600 = arith.addi %v1598, %v1599 : i64
                  %v1601 = llvm.getelementptr %in_e[%v1600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1602 = llvm.load %v1601 : !llvm.ptr -> f32
                  %v1603 = arith.mulf %v1602, %v1521 fastmath<contract> : f32
                  %v1604 = arith.addf %v1595, %v1603 fastmath<contract> : f32
                  %v1605 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1606 = arith.addf %v1605, %v1604 fastmath<contract> : f32
                  llvm.store %v1606, %v53 : f32, !llvm.ptr
                  %v1607 = arith.mulf %v1103, %v1563 fastmath<contract> : f32
                  %v1608 = arith.mulf %v1151, %v1521 fastmath<contract> : f32
                  %v1609 = arith.addf %v1607, %v1608 fastmath<contract> : f32
                  %v1610 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1611 = arith.addf %v1610, %v1609 fastmath<contract> : f32
                  llvm.store %v1611, %v54 : f32, !llvm.ptr
                  llvm.store %v1514, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1536, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1568, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1555, %v52 : f32, !llvm.ptr
                }
                %v1612 = arith.addi %v307, %v10 : i64
                %v1613 = arith.cmpi slt, %v904, %v1249 : i32
                %v1614 = arith.cmpi eq, %v904, %v1254 : i32
                scf.if %v1613 {
                  %v1615 = arith.addi %v146, %v1612 : i64
                  %v1616 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1617 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1618 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1619 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1620 = arith.muli %v38, %v239 : i64
                  %v1621 = arith.muli %v36, %v238 : i64
                  %v1622 = arith.addi %v1620, %v1621 : i64
                  %v1623 = arith.muli %v1615, %v1 : i64
                  %v1624 = arith.addi %v1622, %v1623 : i64
                  %v1625 = llvm.getelementptr %dy_y[%v1624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1626 = llvm.load %v1625 : !llvm.ptr -> f32
                  %v1627 = arith.muli %v38, %v239 : i64
                  %v1628 = arith.muli %v36, %v238 : i64
                  %v1629 = arith.addi %v1627, %v1628 : i64
                  %v1630 = arith.muli %v1615, %v1 : i64
                  %v1631 = arith.addi %v1629, %v1630 : i64
                  %v1632 = llvm.getelementptr %in_phi1[%v1631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1633 = llvm.load %v1632 : !llvm.ptr -> f32
                  %v1634 = arith.muli %v38, %v239 : i64
                  %v1635 = arith.muli %v36, %v238 : i64
                  %v1636 = arith.addi %v1634, %v1635 : i64
                  %v1637 = arith.muli %v1615, %v1 : i64
                  %v1638 = arith.addi %v1636, %v1637 : i64
                  %v1639 = llvm.getelementptr %dy_forecast[%v1638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1640 = llvm.load %v1639 : !llvm.ptr -> f32
                  %v1641 = arith.mulf %v1633, %v1640 fastmath<contract> : f32
                  %v1642 = arith.addf %v1626, %v1641 fastmath<contract> : f32
                  %v1643 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1644 = arith.mulf %v1643, %v1616 fastmath<contract> : f32
                  %v1645 = arith.addf %v1642, %v1644 fastmath<contract> : f32
                  %v1646 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1647 = arith.mulf %v1646, %v1617 fastmath<contract> : f32
                  %v1648 = arith.addf %v1647, %v1645 fastmath<contract> : f32
                  %v1649 = arith.muli %v38, %v239 : i64
                  %v1650 = arith.muli %v36, %v238 : i64
                  %v1651 = arith.addi %v1649, %v1650 : i64
                  %v1652 = arith.muli %v1615, %v1 : i64
                  %v1653 = arith.addi %v1651, %v1652 : i64
                  %v1654 = llvm.getelementptr %in_phi2[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1655 = llvm.load %v1654 : !llvm.ptr -> f32
                  %v1656 = arith.mulf %v1655, %v1640 fastmath<contract> : f32
                  %v1657 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1658 = arith.mulf %v1657, %v1617 fastmath<contract> : f32
                  %v1659 = arith.addf %v1656, %v1658 fastmath<contract> : f32
                  %v1660 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1661 = arith.mulf %v1660, %v1616 fastmath<contract> : f32
                  %v1662 = arith.addf %v1661, %v1659 fastmath<contract> : f32
                  %v1663 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1664 = arith.mulf %v1663, %v1618 fastmath<contract> : f32
                  %v1665 = arith.addf %v55, %v1664 fastmath<contract> : f32
                  %v1666 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1667 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1668 = arith.mulf %v1666, %v1616 fastmath<contract> : f32
                  %v1669 = arith.addf %v1668, %v1665 fastmath<contract> : f32
                  %v1670 = arith.mulf %v1667, %v1619 fastmath<contract> : f32
                  %v1671 = arith.addf %v1670, %v1669 fastmath<contract> : f32
                  %v1672 = arith.muli %v36, %v1 : i64
                  %v1673 = llvm.getelementptr %in_theta2[%v1672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1674 = llvm.load %v1673 : !llvm.ptr -> f32
                  %v1675 = arith.mulf %v1674, %v1640 fastmath<contract> : f32
                  %v1676 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1677 = arith.mulf %v1676, %v1619 fastmath<contract> : f32
                  %v1678 = arith.addf %v1675, %v1677 fastmath<contract> : f32
                  %v1679 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1680 = arith.mulf %v1679, %v1616 fastmath<contract> : f32
                  %v1681 = arith.addf %v1680, %v1678 fastmath<contract> : f32
                  llvm.store %v1648, %v40 : f32, !llvm.ptr
                  llvm.store %v1662, %v41 : f32, !llvm.ptr
                  llvm.store %v1671, %v42 : f32, !llvm.ptr
                  llvm.store %v1681, %v43 : f32, !llvm.ptr
                  %v1682 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1683 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1684 = arith.addf %v1682, %v1683 fastmath<contract> : f32
                  %v1685 = arith.muli %v36, %v1 : i64
                  %v1686 = llvm.getelementptr %in_theta1[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
                  %v1688 = arith.mulf %v1687, %v1640 fastmath<contract> : f32
                  %v1689 = arith.addf %v1684, %v1688 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1690 = arith.muli %v38, %v239 : i64
                    %v1691 = arith.muli %v36, %v238 : i64
                    %v1692 = arith.addi %v1690, %v1691 : i64
                    %v1693 = arith.muli %v1615, %v1 : i64
                    %v1694 = arith.addi %v1692, %v1693 : i64
                    %v1695 = llvm.getelementptr %dx_e[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1689, %v1695 : f32, !llvm.ptr
                  }
                  %v1696 = arith.mulf %v1031, %v1682 fastmath<contract> : f32
                  %v1697 = arith.mulf %v1093, %v1640 fastmath<contract> : f32
                  %v1698 = arith.addf %v1696, %v1697 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1699 = arith.muli %v38, %v239 : i64
                    %v1700 = arith.muli %v36, %v238 : i64
                    %v1701 = arith.addi %v1699, %v1700 : i64
                    %v1702 = arith.muli %v1615, %v1 : i64
                    %v1703 = arith.addi %v1701, %v1702 : i64
                    %v1704 = llvm.getelementptr %dx_phi1[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1698, %v1704 : f32, !llvm.ptr
                  }
                  %v1705 = arith.mulf %v1039, %v1682 fastmath<contract> : f32
                  %v1706 = arith.mulf %v1097, %v1640 fastmath<contract> : f32
                  %v1707 = arith.addf %v1705, %v1706 fastmath<contract> : f32
                  scf.if %v33 {
                    %v1708 = arith.muli %v38, %v239 : i64
                    %v1709 = arith.muli %v36, %v238 : i64
                    %v1710 = arith.addi %v1708, %v1709 : i64
                    %v1711 = arith.muli %v1615, %v1 : i64
                    %v1712 = arith.addi %v1710, %v1711 : i64
                    %v1713 = llvm.getelementptr %dx_phi2[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1707, %v1713 : f32, !llvm.ptr
                  }
                  %v1714 = arith.mulf %v1047, %v1682 fastmath<contract> : f32
                  %v1715 = arith.muli %v38, %v239 : i64
                  %v1716 = arith.muli %v36, %v238 : i64
                  %v1717 = arith.addi %v1715, %v1716 : i64
                  %v1718 = arith.muli %v1615, %v1 : i64
                  %v1719 = arith.addi %v1717, %v1718 : i64
                  %v1720 = llvm.getelementptr %in_e[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1721 = llvm.load %v1720 : !llvm.ptr -> f32
                  %v1722 = arith.mulf %v1721, %v1640 fastmath<contract> : f32
                  %v1723 = arith.addf %v1714, %v1722 fastmath<contract> : f32
                  %v1724 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1725 = arith.addf %v1724, %v1723 fastmath<contract> : f32
                  llvm.store %v1725, %v53 : f32, !llvm.ptr
                  %v1726 = arith.mulf %v1055, %v1682 fastmath<contract> : f32
                  %v1727 = arith.mulf %v1103, %v1640 fastmath<contract> : f32
                  %v1728 = arith.addf %v1726, %v1727 fastmath<contract> : f32
                  %v1729 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1730 = arith.addf %v1729, %v1728 fastmath<contract> : f32
                  llvm.store %v1730, %v54 : f32, !llvm.ptr
                  llvm.store %v1633, %v44 : f32, !llvm.ptr
                  llvm.store %v56, %v48 : f32, !llvm.ptr
                  llvm.store %v55, %v45 : f32, !llvm.ptr
                  llvm.store %v1655, %v49 : f32, !llvm.ptr
                  llvm.store %v55, %v46 : f32, !llvm.ptr
                  llvm.store %v1687, %v50 : f32, !llvm.ptr
                  llvm.store %v56, %v51 : f32, !llvm.ptr
                  llvm.store %v55, %v47 : f32, !llvm.ptr
                  llvm.store %v1674, %v52 : f32, !llvm.ptr
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
          %v1731 = llvm.load %v53 : !llvm.ptr -> f32
          %v1732 = arith.muli %v32, %v1 : i64
          %v1733 = arith.addi %v1732, %v10 : i64
          %v1734 = llvm.getelementptr %part_theta1[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1731, %v1734 : f32, !llvm.ptr
        }
        scf.if %v33 {
          %v1735 = llvm.load %v54 : !llvm.ptr -> f32
          %v1736 = arith.muli %v32, %v1 : i64
          %v1737 = arith.addi %v1736, %v10 : i64
          %v1738 = llvm.getelementptr %part_theta2[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1735, %v1738 : f32, !llvm.ptr
        }
      } else {
        scf.if %v33 {
          %v1739 = arith.muli %v32, %v1 : i64
          %v1740 = arith.muli %v3, %v1 : i64
          %v1741 = arith.muli %v10, %v1740 : i64
          %v1742 = arith.addi %v1741, %v1739 : i64
          %v1743 = llvm.load %v40 : !llvm.ptr -> f32
          %v1744 = llvm.getelementptr %slice_carry[%v1742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1743, %v1744 : f32, !llvm.ptr
          %v1745 = arith.muli %v1, %v1740 : i64
          %v1746 = arith.addi %v1745, %v1739 : i64
          %v1747 = llvm.load %v41 : !llvm.ptr -> f32
          %v1748 = llvm.getelementptr %slice_carry[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1747, %v1748 : f32, !llvm.ptr
          %v1749 = arith.muli %v67, %v1740 : i64
          %v1750 = arith.addi %v1749, %v1739 : i64
          %v1751 = llvm.load %v42 : !llvm.ptr -> f32
          %v1752 = llvm.getelementptr %slice_carry[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1751, %v1752 : f32, !llvm.ptr
          %v1753 = arith.muli %v72, %v1740 : i64
          %v1754 = arith.addi %v1753, %v1739 : i64
          %v1755 = llvm.load %v43 : !llvm.ptr -> f32
          %v1756 = llvm.getelementptr %slice_carry[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1755, %v1756 : f32, !llvm.ptr
          %v1757 = arith.muli %v77, %v1740 : i64
          %v1758 = arith.addi %v1757, %v1739 : i64
          %v1759 = llvm.load %v44 : !llvm.ptr -> f32
          %v1760 = llvm.getelementptr %slice_carry[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1759, %v1760 : f32, !llvm.ptr
          %v1761 = arith.muli %v82, %v1740 : i64
          %v1762 = arith.addi %v1761, %v1739 : i64
          %v1763 = llvm.load %v45 : !llvm.ptr -> f32
          %v1764 = llvm.getelementptr %slice_carry[%v1762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1763, %v1764 : f32, !llvm.ptr
          %v1765 = arith.muli %v87, %v1740 : i64
          %v1766 = arith.addi %v1765, %v1739 : i64
          %v1767 = llvm.load %v46 : !llvm.ptr -> f32
          %v1768 = llvm.getelementptr %slice_carry[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1767, %v1768 : f32, !llvm.ptr
          %v1769 = arith.muli %v92, %v1740 : i64
          %v1770 = arith.addi %v1769, %v1739 : i64
          %v1771 = llvm.load %v47 : !llvm.ptr -> f32
          %v1772 = llvm.getelementptr %slice_carry[%v1770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1771, %v1772 : f32, !llvm.ptr
          %v1773 = arith.muli %v97, %v1740 : i64
          %v1774 = arith.addi %v1773, %v1739 : i64
          %v1775 = llvm.load %v48 : !llvm.ptr -> f32
          %v1776 = llvm.getelementptr %slice_carry[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1775, %v1776 : f32, !llvm.ptr
          %v1777 = arith.muli %v102, %v1740 : i64
          %v1778 = arith.addi %v1777, %v1739 : i64
          %v1779 = llvm.load %v49 : !llvm.ptr -> f32
          %v1780 = llvm.getelementptr %slice_carry[%v1778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1779, %v1780 : f32, !llvm.ptr
          %v1781 = arith.muli %v107, %v1740 : i64
          %v1782 = arith.addi %v1781, %v1739 : i64
          %v1783 = llvm.load %v50 : !llvm.ptr -> f32
          %v1784 = llvm.getelementptr %slice_carry[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1783, %v1784 : f32, !llvm.ptr
          %v1785 = arith.muli %v112, %v1740 : i64
          %v1786 = arith.addi %v1785, %v1739 : i64
          %v1787 = llvm.load %v51 : !llvm.ptr -> f32
          %v1788 = llvm.getelementptr %slice_carry[%v1786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1787, %v1788 : f32, !llvm.ptr
          %v1789 = arith.muli %v117, %v1740 : i64
          %v1790 = arith.addi %v1789, %v1739 : i64
          %v1791 = llvm.load %v52 : !llvm.ptr -> f32
          %v1792 = llvm.getelementptr %slice_carry[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1791, %v1792 : f32, !llvm.ptr
          %v1793 = arith.muli %v122, %v1740 : i64
          %v1794 = arith.addi %v1793, %v1739 : i64
          %v1795 = llvm.load %v53 : !llvm.ptr -> f32
          %v1796 = llvm.getelementptr %slice_carry[%v1794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1795, %v1796 : f32, !llvm.ptr
          %v1797 = arith.muli %v127, %v1740 : i64
          %v1798 = arith.addi %v1797, %v1739 : i64
          %v1799 = llvm.load %v54 : !llvm.ptr -> f32
          %v1800 = llvm.getelementptr %slice_carry[%v1798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1799, %v1800 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
