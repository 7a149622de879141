module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_bwd_seg(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %dy_y: !llvm.ptr, %dy_forecast: !llvm.ptr, %ckpt_h: !llvm.ptr, %ckpt_h_lag1: !llvm.ptr, %ckpt_e_lag1: !llvm.ptr, %ckpt_e_lag2: !llvm.ptr, %scratch_h: !llvm.ptr, %scratch_h_lag1: !llvm.ptr, %scratch_e_lag1: !llvm.ptr, %scratch_e_lag2: !llvm.ptr, %segcarry_h: !llvm.ptr, %segcarry_h_lag1: !llvm.ptr, %segcarry_e_lag1: !llvm.ptr, %segcarry_e_lag2: !llvm.ptr, %dx_e: !llvm.ptr, %dx_phi1: !llvm.ptr, %dx_phi2: !llvm.ptr, %part_theta1: !llvm.ptr, %part_theta2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v59 = arith.constant 0 : i64
      %v80 = arith.constant 2 : i64
      %v141 = arith.constant 3 : i64
      %v193 = arith.constant 64 : i64
      %v198 = arith.constant 16 : i64
      %v215 = arith.muli %v1, %size_B : i64
      %v216 = arith.muli %v215, %size_D : i64
      %v218 = arith.muli %v1, %size_D : i64
      %v225 = arith.muli %v1, %size_B : i64
      %v226 = arith.muli %v225, %size_D : i64
      %v234 = arith.muli %v1, %size_B : i64
      %v235 = arith.muli %v234, %size_D : i64
      %v243 = arith.muli %v1, %size_B : i64
      %v244 = arith.muli %v243, %size_D : i64
      %v302 = arith.muli %v1, %size_L : i64
      %v303 = arith.muli %v302, %size_D : i64
      %v605 = arith.constant 2147483647 : i64
      %v609 = arith.constant 3 : i32
      %v729 = arith.constant 2 : i32
      %v849 = arith.constant 1 : i32
      %v969 = arith.constant 0 : i32
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
      %v60 = arith.muli %v59, %v7 : i64
      %v61 = arith.addi %v60, %v27 : i64
      %v62 = arith.muli %v61, %v1 : i64
      %v63 = arith.addi %v62, %v59 : i64
      %v64 = arith.muli %v63, %v3 : i64
      %v65 = arith.subi %v3, %v1 : i64
      %v66 = arith.minsi %v30, %v65 : i64
      %v67 = arith.addi %v64, %v66 : i64
      %v68 = llvm.getelementptr %segcarry_h[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v69 = llvm.load %v68 : !llvm.ptr -> f32
      llvm.store %v69, %v42 : f32, !llvm.ptr
      %v70 = arith.muli %v1, %v7 : i64
      %v71 = arith.addi %v70, %v27 : i64
      %v72 = arith.muli %v71, %v1 : i64
      %v73 = arith.addi %v72, %v59 : i64
      %v74 = arith.muli %v73, %v3 : i64
      %v75 = arith.subi %v3, %v1 : i64
      %v76 = arith.minsi %v30, %v75 : i64
      %v77 = arith.addi %v74, %v76 : i64
      %v78 = llvm.getelementptr %segcarry_h[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      llvm.store %v79, %v46 : f32, !llvm.ptr
      %v81 = arith.muli %v80, %v7 : i64
      %v82 = arith.addi %v81, %v27 : i64
      %v83 = arith.muli %v82, %v1 : i64
      %v84 = arith.addi %v83, %v59 : i64
      %v85 = arith.muli %v84, %v3 : i64
      %v86 = arith.subi %v3, %v1 : i64
      %v87 = arith.minsi %v30, %v86 : i64
      %v88 = arith.addi %v85, %v87 : i64
      %v89 = llvm.getelementptr %segcarry_h[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v90 = llvm.load %v89 : !llvm.ptr -> f32
      llvm.store %v90, %v50 : f32, !llvm.ptr
      %v91 = arith.muli %v59, %v7 : i64
      %v92 = arith.addi %v91, %v27 : i64
      %v93 = arith.muli %v92, %v1 : i64
      %v94 = arith.addi %v93, %v59 : i64
      %v95 = arith.muli %v94, %v3 : i64
      %v96 = arith.subi %v3, %v1 : i64
      %v97 = arith.minsi %v30, %v96 : i64
      %v98 = arith.addi %v95, %v97 : i64
      %v99 = llvm.getelementptr %segcarry_h_lag1[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v100 = llvm.load %v99 : !llvm.ptr -> f32
      llvm.store %v100, %v43 : f32, !llvm.ptr
      %v101 = arith.muli %v1, %v7 : i64
      %v102 = arith.addi %v101, %v27 : i64
      %v103 = arith.muli %v102, %v1 : i64
      %v104 = arith.addi %v103, %v59 : i64
      %v105 = arith.muli %v104, %v3 : i64
      %v106 = arith.subi %v3, %v1 : i64
      %v107 = arith.minsi %v30, %v106 : i64
      %v108 = arith.addi %v105, %v107 : i64
      %v109 = llvm.getelementptr %segcarry_h_lag1[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v110 = llvm.load %v109 : !llvm.ptr -> f32
      llvm.store %v110, %v51 : f32, !llvm.ptr
      %v111 = arith.muli %v80, %v7 : i64
      %v112 = arith.addi %v111, %v27 : i64
      %v113 = arith.muli %v112, %v1 : i64
      %v114 = arith.addi %v113, %v59 : i64
      %v115 = arith.muli %v114, %v3 : i64
      %v116 = arith.subi %v3, %v1 : i64
      %v117 = arith.minsi %v30, %v116 : i64
      %v118 = arith.addi %v115, %v117 : i64
      %v119 = llvm.getelementptr %segcarry_h_lag1[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v120 = llvm.load %v119 : !llvm.ptr -> f32
      llvm.store %v120, %v47 : f32, !llvm.ptr
      %v121 = arith.muli %v59, %v7 : i64
      %v122 = arith.addi %v121, %v27 : i64
      %v123 = arith.muli %v122, %v1 : i64
      %v124 = arith.addi %v123, %v59 : i64
      %v125 = arith.muli %v124, %v3 : i64
      %v126 = arith.subi %v3, %v1 : i64
      %v127 = arith.minsi %v30, %v126 : i64
      %v128 = arith.addi %v125, %v127 : i64
      %v129 = llvm.getelementptr %segcarry_e_lag1[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v130 = llvm.load %v129 : !llvm.ptr -> f32
      llvm.store %v130, %v44 : f32, !llvm.ptr
      %v131 = arith.muli %v1, %v7 : i64
      %v132 = arith.addi %v131, %v27 : i64
      %v133 = arith.muli %v132, %v1 : i64
      %v134 = arith.addi %v133, %v59 : i64
      %v135 = arith.muli %v134, %v3 : i64
      %v136 = arith.subi %v3, %v1 : i64
      %v137 = arith.minsi %v30, %v136 : i64
      %v138 = arith.addi %v135, %v137 : i64
      %v139 = llvm.getelementptr %segcarry_e_lag1[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v140 = llvm.load %v139 : !llvm.ptr -> f32
      llvm.store %v140, %v52 : f32, !llvm.ptr
      %v142 = arith.muli %v141, %v7 : i64
      %v143 = arith.addi %v142, %v27 : i64
      %v144 = arith.muli %v143, %v1 : i64
      %v145 = arith.addi %v144, %v59 : i64
      %v146 = arith.muli %v145, %v3 : i64
      %v147 = arith.subi %v3, %v1 : i64
      %v148 = arith.minsi %v30, %v147 : i64
      %v149 = arith.addi %v146, %v148 : i64
      %v150 = llvm.getelementptr %segcarry_e_lag1[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v151 = llvm.load %v150 : !llvm.ptr -> f32
      llvm.store %v151, %v48 : f32, !llvm.ptr
      %v152 = arith.muli %v38, %v7 : i64
      %v153 = arith.addi %v152, %v27 : i64
      %v154 = arith.muli %v153, %v1 : i64
      %v155 = arith.addi %v154, %v59 : i64
      %v156 = arith.muli %v155, %v3 : i64
      %v157 = arith.subi %v3, %v1 : i64
      %v158 = arith.minsi %v30, %v157 : i64
      %v159 = arith.addi %v156, %v158 : i64
      %v160 = llvm.getelementptr %segcarry_e_lag1[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v161 = llvm.load %v160 : !llvm.ptr -> f32
      llvm.store %v161, %v53 : f32, !llvm.ptr
      %v162 = arith.muli %v59, %v7 : i64
      %v163 = arith.addi %v162, %v27 : i64
      %v164 = arith.muli %v163, %v1 : i64
      %v165 = arith.addi %v164, %v59 : i64
      %v166 = arith.muli %v165, %v3 : i64
      %v167 = arith.subi %v3, %v1 : i64
      %v168 = arith.minsi %v30, %v167 : i64
      %v169 = arith.addi %v166, %v168 : i64
      %v170 = llvm.getelementptr %segcarry_e_lag2[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      llvm.store %v171, %v45 : f32, !llvm.ptr
      %v172 = arith.muli %v1, %v7 : i64
      %v173 = arith.addi %v172, %v27 : i64
      %v174 = arith.muli %v173, %v1 : i64
      %v175 = arith.addi %v174, %v59 : i64
      %v176 = arith.muli %v175, %v3 : i64
      %v177 = arith.subi %v3, %v1 : i64
      %v178 = arith.minsi %v30, %v177 : i64
      %v179 = arith.addi %v176, %v178 : i64
      %v180 = llvm.getelementptr %segcarry_e_lag2[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v181 = llvm.load %v180 : !llvm.ptr -> f32
      llvm.store %v181, %v54 : f32, !llvm.ptr
      %v182 = arith.muli %v38, %v7 : i64
      %v183 = arith.addi %v182, %v27 : i64
      %v184 = arith.muli %v183, %v1 : i64
      %v185 = arith.addi %v184, %v59 : i64
      %v186 = arith.muli %v185, %v3 : i64
      %v187 = arith.subi %v3, %v1 : i64
      %v188 = arith.minsi %v30, %v187 : i64
      %v189 = arith.addi %v186, %v188 : i64
      %v190 = llvm.getelementptr %segcarry_e_lag2[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v191 = llvm.load %v190 : !llvm.ptr -> f32
      llvm.store %v191, %v49 : f32, !llvm.ptr
      %v192 = arith.cmpi eq, %size_L, %v59 : i64
      scf.if %v192 {
        llvm.store %v57, %v16 : f32, !llvm.ptr
        llvm.store %v57, %v17 : f32, !llvm.ptr
        llvm.store %v57, %v18 : f32, !llvm.ptr
        llvm.store %v57, %v19 : f32, !llvm.ptr
      }
      %v194 = arith.subi %v193, %v1 : i64
      %v195 = arith.addi %size_L, %v194 : i64
      %v196 = arith.divui %v195, %v193 : i64
      %v197 = arith.minsi %v40, %v196 : i64
      %v199 = arith.muli %v27, %v198 : i64
      %v200 = arith.subi %v197, %v39 : i64
      %v201 = arith.maxsi %v200, %v59 : i64
      %v202 = arith.index_cast %v59 : i64 to index
      %v203 = arith.index_cast %v201 : i64 to index
      %v204 = arith.index_cast %v1 : i64 to index
      scf.for %v205 = %v202 to %v203 step %v204 {
        %v206 = arith.index_cast %v205 : index to i64
        %v207 = arith.subi %v197, %v1 : i64
        %v208 = arith.subi %v207, %v206 : i64
        %v209 = arith.muli %v208, %v193 : i64
        %v210 = arith.subi %size_L, %v209 : i64
        %v211 = arith.minsi %v210, %v193 : i64
        %v212 = arith.addi %v211, %v141 : i64
        %v213 = arith.divui %v212, %v38 : i64
        %v214 = arith.subi %v211, %v1 : i64
        %v217 = arith.muli %v208, %v216 : i64
        %v219 = arith.muli %v36, %v218 : i64
        %v220 = arith.muli %v34, %v1 : i64
        %v221 = arith.addi %v219, %v220 : i64
        %v222 = arith.addi %v217, %v221 : i64
        %v223 = llvm.getelementptr %ckpt_h[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v224 = llvm.load %v223 : !llvm.ptr -> f32
        llvm.store %v224, %v12 : f32, !llvm.ptr
        %v227 = arith.muli %v208, %v226 : i64
        %v228 = arith.muli %v36, %v218 : i64
        %v229 = arith.muli %v34, %v1 : i64
        %v230 = arith.addi %v228, %v229 : i64
        %v231 = arith.addi %v227, %v230 : i64
        %v232 = llvm.getelementptr %ckpt_h_lag1[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v233 = llvm.load %v232 : !llvm.ptr -> f32
        llvm.store %v233, %v13 : f32, !llvm.ptr
        %v236 = arith.muli %v208, %v235 : i64
        %v237 = arith.muli %v36, %v218 : i64
        %v238 = arith.muli %v34, %v1 : i64
        %v239 = arith.addi %v237, %v238 : i64
        %v240 = arith.addi %v236, %v239 : i64
        %v241 = llvm.getelementptr %ckpt_e_lag1[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v242 = llvm.load %v241 : !llvm.ptr -> f32
        llvm.store %v242, %v14 : f32, !llvm.ptr
        %v245 = arith.muli %v208, %v244 : i64
        %v246 = arith.muli %v36, %v218 : i64
        %v247 = arith.muli %v34, %v1 : i64
        %v248 = arith.addi %v246, %v247 : i64
        %v249 = arith.addi %v245, %v248 : i64
        %v250 = llvm.getelementptr %ckpt_e_lag2[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v251 = llvm.load %v250 : !llvm.ptr -> f32
        llvm.store %v251, %v15 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v252 = arith.index_cast %v59 : i64 to index
        %v253 = arith.index_cast %v213 : i64 to index
        %v254 = arith.index_cast %v1 : i64 to index
        scf.for %v255 = %v252 to %v253 step %v254 {
          %v256 = arith.index_cast %v255 : index to i64
          %v257 = arith.addi %v199, %v256 : i64
          scf.if %v31 {
            %v258 = llvm.load %v12 : !llvm.ptr -> f32
            %v259 = arith.muli %v257, %v3 : i64
            %v260 = arith.subi %v3, %v1 : i64
            %v261 = arith.minsi %v30, %v260 : i64
            %v262 = arith.addi %v259, %v261 : i64
            %v263 = arith.muli %v262, %v1 : i64
            %v264 = arith.addi %v263, %v59 : i64
            %v265 = llvm.getelementptr %scratch_h[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v258, %v265 : f32, !llvm.ptr
            %v266 = llvm.load %v13 : !llvm.ptr -> f32
            %v267 = arith.muli %v257, %v3 : i64
            %v268 = arith.subi %v3, %v1 : i64
            %v269 = arith.minsi %v30, %v268 : i64
            %v270 = arith.addi %v267, %v269 : i64
            %v271 = arith.muli %v270, %v1 : i64
            %v272 = arith.addi %v271, %v59 : i64
            %v273 = llvm.getelementptr %scratch_h_lag1[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v266, %v273 : f32, !llvm.ptr
            %v274 = llvm.load %v14 : !llvm.ptr -> f32
            %v275 = arith.muli %v257, %v3 : i64
            %v276 = arith.subi %v3, %v1 : i64
            %v277 = arith.minsi %v30, %v276 : i64
            %v278 = arith.addi %v275, %v277 : i64
            %v279 = arith.muli %v278, %v1 : i64
            %v280 = arith.addi %v279, %v59 : i64
            %v281 = llvm.getelementptr %scratch_e_lag1[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v274, %v281 : f32, !llvm.ptr
            %v282 = llvm.load %v15 : !llvm.ptr -> f32
            %v283 = arith.muli %v257, %v3 : i64
            %v284 = arith.subi %v3, %v1 : i64
            %v285 = arith.minsi %v30, %v284 : i64
            %v286 = arith.addi %v283, %v285 : i64
            %v287 = arith.muli %v286, %v1 : i64
            %v288 = arith.addi %v287, %v59 : i64
            %v289 = llvm.getelementptr %scratch_e_lag2[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v282, %v289 : f32, !llvm.ptr
          }
          %v290 = arith.muli %v256, %v38 : i64
          %v291 = arith.subi %v211, %v290 : i64
          %v292 = arith.trunci %v291 : i64 to i32
          %v293 = arith.index_cast %v59 : i64 to index
          %v294 = arith.index_cast %v38 : i64 to index
          %v295 = arith.index_cast %v1 : i64 to index
          scf.for %v296 = %v293 to %v294 step %v295 {
            %v297 = arith.index_cast %v296 : index to i64
            %v298 = arith.trunci %v297 : i64 to i32
            %v299 = arith.addi %v290, %v297 : i64
            %v300 = arith.cmpi slt, %v298, %v292 : i32
            scf.if %v300 {
              %v301 = arith.addi %v209, %v299 : i64
              %v304 = arith.muli %v36, %v303 : i64
              %v305 = arith.muli %v34, %v302 : i64
              %v306 = arith.addi %v304, %v305 : i64
              %v307 = arith.muli %v301, %v1 : i64
              %v308 = arith.addi %v306, %v307 : i64
              %v309 = llvm.getelementptr %in_phi1[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v310 = llvm.load %v309 : !llvm.ptr -> f32
              %v311 = arith.muli %v36, %v303 : i64
              %v312 = arith.muli %v34, %v302 : i64
              %v313 = arith.addi %v311, %v312 : i64
              %v314 = arith.muli %v301, %v1 : i64
              %v315 = arith.addi %v313, %v314 : i64
              %v316 = llvm.getelementptr %in_e[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v317 = llvm.load %v316 : !llvm.ptr -> f32
              %v318 = llvm.load %v12 : !llvm.ptr -> f32
              %v319 = arith.mulf %v310, %v318 fastmath<contract> : f32
              %v320 = arith.addf %v319, %v317 fastmath<contract> : f32
              %v321 = arith.muli %v36, %v303 : i64
              %v322 = arith.muli %v34, %v302 : i64
              %v323 = arith.addi %v321, %v322 : i64
              %v324 = arith.muli %v301, %v1 : i64
              %v325 = arith.addi %v323, %v324 : i64
              %v326 = llvm.getelementptr %in_phi2[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v327 = llvm.load %v326 : !llvm.ptr -> f32
              %v328 = llvm.load %v13 : !llvm.ptr -> f32
              %v329 = arith.mulf %v327, %v328 fastmath<contract> : f32
              %v330 = arith.addf %v320, %v329 fastmath<contract> : f32
              %v331 = arith.muli %v34, %v1 : i64
              %v332 = llvm.getelementptr %in_theta1[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v333 = llvm.load %v332 : !llvm.ptr -> f32
              %v334 = llvm.load %v14 : !llvm.ptr -> f32
              %v335 = arith.mulf %v333, %v334 fastmath<contract> : f32
              %v336 = arith.addf %v330, %v335 fastmath<contract> : f32
              %v337 = arith.muli %v34, %v1 : i64
              %v338 = llvm.getelementptr %in_theta2[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v339 = llvm.load %v338 : !llvm.ptr -> f32
              %v340 = llvm.load %v15 : !llvm.ptr -> f32
              %v341 = arith.mulf %v339, %v340 fastmath<contract> : f32
              %v342 = arith.addf %v336, %v341 fastmath<contract> : f32
              %v343 = llvm.load %v13 : !llvm.ptr -> f32
              %v344 = arith.mulf %v57, %v343 fastmath<contract> : f32
              %v345 = arith.addf %v344, %v57 fastmath<contract> : f32
              %v346 = llvm.load %v12 : !llvm.ptr -> f32
              %v347 = arith.mulf %v58, %v346 fastmath<contract> : f32
              %v348 = arith.addf %v345, %v347 fastmath<contract> : f32
              %v349 = llvm.load %v14 : !llvm.ptr -> f32
              %v350 = arith.mulf %v57, %v349 fastmath<contract> : f32
              %v351 = arith.addf %v350, %v317 fastmath<contract> : f32
              %v352 = llvm.load %v15 : !llvm.ptr -> f32
              %v353 = arith.mulf %v57, %v352 fastmath<contract> : f32
              %v354 = arith.addf %v353, %v57 fastmath<contract> : f32
              %v355 = llvm.load %v14 : !llvm.ptr -> f32
              %v356 = arith.mulf %v58, %v355 fastmath<contract> : f32
              %v357 = arith.addf %v354, %v356 fastmath<contract> : f32
              llvm.store %v342, %v12 : f32, !llvm.ptr
              llvm.store %v348, %v13 : f32, !llvm.ptr
              llvm.store %v351, %v14 : f32, !llvm.ptr
              llvm.store %v357, %v15 : f32, !llvm.ptr
            }
          }
        }
        %v358 = arith.index_cast %v59 : i64 to index
        %v359 = arith.index_cast %v1 : i64 to index
        %v360 = arith.index_cast %v1 : i64 to index
        scf.for %v361 = %v358 to %v359 step %v360 {
          %v362 = arith.index_cast %v361 : index to i64
          %v363 = arith.index_cast %v59 : i64 to index
          %v364 = arith.index_cast %v213 : i64 to index
          %v365 = arith.index_cast %v1 : i64 to index
          scf.for %v366 = %v363 to %v364 step %v365 {
            %v367 = arith.index_cast %v366 : index to i64
            %v368 = arith.cmpi slt, %v367, %v213 : i64
            scf.if %v368 {
              %v369 = arith.subi %v213, %v1 : i64
              %v370 = arith.subi %v369, %v367 : i64
              %v371 = arith.muli %v370, %v38 : i64
              %v372 = arith.addi %v199, %v370 : i64
              %v373 = arith.addi %v371, %v38 : i64
              %v374 = arith.cmpi sle, %v373, %v211 : i64
              scf.if %v374 {
                %v375 = arith.subi %v211, %v1 : i64
                %v376 = arith.muli %v372, %v3 : i64
                %v377 = arith.subi %v3, %v1 : i64
                %v378 = arith.minsi %v30, %v377 : i64
                %v379 = arith.addi %v376, %v378 : i64
                %v380 = arith.muli %v379, %v1 : i64
                %v381 = arith.addi %v380, %v59 : i64
                %v382 = llvm.getelementptr %scratch_h[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v383 = llvm.load %v382 : !llvm.ptr -> f32
                %v384 = arith.muli %v372, %v3 : i64
                %v385 = arith.subi %v3, %v1 : i64
                %v386 = arith.minsi %v30, %v385 : i64
                %v387 = arith.addi %v384, %v386 : i64
                %v388 = arith.muli %v387, %v1 : i64
                %v389 = arith.addi %v388, %v59 : i64
                %v390 = llvm.getelementptr %scratch_h_lag1[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v391 = llvm.load %v390 : !llvm.ptr -> f32
                %v392 = arith.muli %v372, %v3 : i64
                %v393 = arith.subi %v3, %v1 : i64
                %v394 = arith.minsi %v30, %v393 : i64
                %v395 = arith.addi %v392, %v394 : i64
                %v396 = arith.muli %v395, %v1 : i64
                %v397 = arith.addi %v396, %v59 : i64
                %v398 = llvm.getelementptr %scratch_e_lag1[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v399 = llvm.load %v398 : !llvm.ptr -> f32
                %v400 = arith.muli %v372, %v3 : i64
                %v401 = arith.subi %v3, %v1 : i64
                %v402 = arith.minsi %v30, %v401 : i64
                %v403 = arith.addi %v400, %v402 : i64
                %v404 = arith.muli %v403, %v1 : i64
                %v405 = arith.addi %v404, %v59 : i64
                %v406 = llvm.getelementptr %scratch_e_lag2[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v408 = arith.addi %v371, %v59 : i64
                %v409 = arith.minsi %v408, %v375 : i64
                %v410 = arith.addi %v209, %v409 : i64
                %v411 = arith.muli %v36, %v303 : i64
                %v412 = arith.muli %v34, %v302 : i64
                %v413 = arith.addi %v411, %v412 : i64
                %v414 = arith.muli %v410, %v1 : i64
                %v415 = arith.addi %v413, %v414 : i64
                %v416 = llvm.getelementptr %in_phi1[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v417 = llvm.load %v416 : !llvm.ptr -> f32
                %v418 = arith.muli %v36, %v303 : i64
                %v419 = arith.muli %v34, %v302 : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = arith.muli %v410, %v1 : i64
                %v422 = arith.addi %v420, %v421 : i64
                %v423 = llvm.getelementptr %in_e[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                %v425 = arith.mulf %v417, %v383 fastmath<contract> : f32
                %v426 = arith.addf %v425, %v424 fastmath<contract> : f32
                %v427 = arith.muli %v36, %v303 : i64
                %v428 = arith.muli %v34, %v302 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = arith.muli %v410, %v1 : i64
                %v431 = arith.addi %v429, %v430 : i64
                %v432 = llvm.getelementptr %in_phi2[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v433 = llvm.load %v432 : !llvm.ptr -> f32
                %v434 = arith.mulf %v433, %v391 fastmath<contract> : f32
                %v435 = arith.addf %v426, %v434 fastmath<contract> : f32
                %v436 = arith.muli %v34, %v1 : i64
                %v437 = llvm.getelementptr %in_theta1[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v438 = llvm.load %v437 : !llvm.ptr -> f32
                %v439 = arith.mulf %v438, %v399 fastmath<contract> : f32
                %v440 = arith.addf %v435, %v439 fastmath<contract> : f32
                %v441 = arith.muli %v34, %v1 : i64
                %v442 = llvm.getelementptr %in_theta2[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v443 = llvm.load %v442 : !llvm.ptr -> f32
                %v444 = arith.mulf %v443, %v407 fastmath<contract> : f32
                %v445 = arith.addf %v440, %v444 fastmath<contract> : f32
                %v446 = arith.mulf %v57, %v391 fastmath<contract> : f32
                %v447 = arith.addf %v446, %v57 fastmath<contract> : f32
                %v448 = arith.mulf %v58, %v383 fastmath<contract> : f32
                %v449 = arith.addf %v447, %v448 fastmath<contract> : f32
                %v450 = arith.mulf %v57, %v399 fastmath<contract> : f32
                %v451 = arith.addf %v450, %v424 fastmath<contract> : f32
                %v452 = arith.mulf %v57, %v407 fastmath<contract> : f32
                %v453 = arith.addf %v452, %v57 fastmath<contract> : f32
                %v454 = arith.mulf %v58, %v399 fastmath<contract> : f32
                %v455 = arith.addf %v453, %v454 fastmath<contract> : f32
                %v456 = arith.addi %v371, %v1 : i64
                %v457 = arith.minsi %v456, %v375 : i64
                %v458 = arith.addi %v209, %v457 : i64
                %v459 = arith.muli %v36, %v303 : i64
                %v460 = arith.muli %v34, %v302 : i64
                %v461 = arith.addi %v459, %v460 : i64
                %v462 = arith.muli %v458, %v1 : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = llvm.getelementptr %in_phi1[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v465 = llvm.load %v464 : !llvm.ptr -> f32
                %v466 = arith.muli %v36, %v303 : i64
                %v467 = arith.muli %v34, %v302 : i64
                %v468 = arith.addi %v466, %v467 : i64
                %v469 = arith.muli %v458, %v1 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = llvm.getelementptr %in_e[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v472 = llvm.load %v471 : !llvm.ptr -> f32
                %v473 = arith.mulf %v465, %v445 fastmath<contract> : f32
                %v474 = arith.addf %v473, %v472 fastmath<contract> : f32
                %v475 = arith.muli %v36, %v303 : i64
                %v476 = arith.muli %v34, %v302 : i64
                %v477 = arith.addi %v475, %v476 : i64
                %v478 = arith.muli %v458, %v1 : i64
                %v479 = arith.addi %v477, %v478 : i64
                %v480 = llvm.getelementptr %in_phi2[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v481 = llvm.load %v480 : !llvm.ptr -> f32
                %v482 = arith.mulf %v481, %v449 fastmath<contract> : f32
                %v483 = arith.addf %v474, %v482 fastmath<contract> : f32
                %v484 = arith.muli %v34, %v1 : i64
                %v485 = llvm.getelementptr %in_theta1[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v486 = llvm.load %v485 : !llvm.ptr -> f32
                %v487 = arith.mulf %v486, %v451 fastmath<contract> : f32
                %v488 = arith.addf %v483, %v487 fastmath<contract> : f32
                %v489 = arith.muli %v34, %v1 : i64
                %v490 = llvm.getelementptr %in_theta2[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v491 = llvm.load %v490 : !llvm.ptr -> f32
                %v492 = arith.mulf %v491, %v455 fastmath<contract> : f32
                %v493 = arith.addf %v488, %v492 fastmath<contract> : f32
                %v494 = arith.mulf %v57, %v449 fastmath<contract> : f32
                %v495 = arith.addf %v494, %v57 fastmath<contract> : f32
                %v496 = arith.mulf %v58, %v445 fastmath<contract> : f32
                %v497 = arith.addf %v495, %v496 fastmath<contract> : f32
                %v498 = arith.mulf %v57, %v451 fastmath<contract> : f32
                %v499 = arith.addf %v498, %v472 fastmath<contract> : f32
                %v500 = arith.mulf %v57, %v455 fastmath<contract> : f32
                %v501 = arith.addf %v500, %v57 fastmath<contract> : f32
                %v502 = arith.mulf %v58, %v451 fastmath<contract> : f32
                %v503 = arith.addf %v501, %v502 fastmath<contract> : f32
                %v504 = arith.addi %v371, %v80 : i64
                %v505 = arith.minsi %v504, %v375 : i64
                %v506 = arith.addi %v209, %v505 : i64
                %v507 = arith.muli %v36, %v303 : i64
                %v508 = arith.muli %v34, %v302 : i64
                %v509 = arith.addi %v507, %v508 : i64
                %v510 = arith.muli %v506, %v1 : i64
                %v511 = arith.addi %v509, %v510 : i64
                %v512 = llvm.getelementptr %in_phi1[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v513 = llvm.load %v512 : !llvm.ptr -> f32
                %v514 = arith.muli %v36, %v303 : i64
                %v515 = arith.muli %v34, %v302 : i64
                %v516 = arith.addi %v514, %v515 : i64
                %v517 = arith.muli %v506, %v1 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = llvm.getelementptr %in_e[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v520 = llvm.load %v519 : !llvm.ptr -> f32
                %v521 = arith.mulf %v513, %v493 fastmath<contract> : f32
                %v522 = arith.addf %v521, %v520 fastmath<contract> : f32
                %v523 = arith.muli %v36, %v303 : i64
                %v524 = arith.muli %v34, %v302 : i64
                %v525 = arith.addi %v523, %v524 : i64
                %v526 = arith.muli %v506, %v1 : i64
                %v527 = arith.addi %v525, %v526 : i64
                %v528 = llvm.getelementptr %in_phi2[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v529 = llvm.load %v528 : !llvm.ptr -> f32
                %v530 = arith.mulf %v529, %v497 fastmath<contract> : f32
                %v531 = arith.addf %v522, %v530 fastmath<contract> : f32
                %v532 = arith.muli %v34, %v1 : i64
                %v533 = llvm.getelementptr %in_theta1[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v534 = llvm.load %v533 : !llvm.ptr -> f32
                %v535 = arith.mulf %v534, %v499 fastmath<contract> : f32
                %v536 = arith.addf %v531, %v535 fastmath<contract> : f32
                %v537 = arith.muli %v34, %v1 : i64
                %v538 = llvm.getelementptr %in_theta2[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v539 = llvm.load %v538 : !llvm.ptr -> f32
                %v540 = arith.mulf %v539, %v503 fastmath<contract> : f32
                %v541 = arith.addf %v536, %v540 fastmath<contract> : f32
                %v542 = arith.mulf %v57, %v497 fastmath<contract> : f32
                %v543 = arith.addf %v542, %v57 fastmath<contract> : f32
                %v544 = arith.mulf %v58, %v493 fastmath<contract> : f32
                %v545 = arith.addf %v543, %v544 fastmath<contract> : f32
                %v546 = arith.mulf %v57, %v499 fastmath<contract> : f32
                %v547 = arith.addf %v546, %v520 fastmath<contract> : f32
                %v548 = arith.mulf %v57, %v503 fastmath<contract> : f32
                %v549 = arith.addf %v548, %v57 fastmath<contract> : f32
                %v550 = arith.mulf %v58, %v499 fastmath<contract> : f32
                %v551 = arith.addf %v549, %v550 fastmath<contract> : f32
                %v552 = arith.addi %v371, %v141 : i64
                %v553 = arith.minsi %v552, %v375 : i64
                %v554 = arith.addi %v209, %v553 : i64
                %v555 = arith.muli %v36, %v303 : i64
                %v556 = arith.muli %v34, %v302 : i64
                %v557 = arith.addi %v555, %v556 : i64
                %v558 = arith.muli %v554, %v1 : i64
                %v559 = arith.addi %v557, %v558 : i64
                %v560 = llvm.getelementptr %in_phi1[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v561 = llvm.load %v560 : !llvm.ptr -> f32
                %v562 = arith.muli %v36, %v303 : i64
                %v563 = arith.muli %v34, %v302 : i64
                %v564 = arith.addi %v562, %v563 : i64
                %v565 = arith.muli %v554, %v1 : i64
                %v566 = arith.addi %v564, %v565 : i64
                %v567 = llvm.getelementptr %in_e[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v568 = llvm.load %v567 : !llvm.ptr -> f32
                %v569 = arith.mulf %v561, %v541 fastmath<contract> : f32
                %v570 = arith.addf %v569, %v568 fastmath<contract> : f32
                %v571 = arith.muli %v36, %v303 : i64
                %v572 = arith.muli %v34, %v302 : i64
                %v573 = arith.addi %v571, %v572 : i64
                %v574 = arith.muli %v554, %v1 : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = llvm.getelementptr %in_phi2[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.mulf %v577, %v545 fastmath<contract> : f32
                %v579 = arith.addf %v570, %v578 fastmath<contract> : f32
                %v580 = arith.muli %v34, %v1 : i64
                %v581 = llvm.getelementptr %in_theta1[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v582 = llvm.load %v581 : !llvm.ptr -> f32
                %v583 = arith.mulf %v582, %v547 fastmath<contract> : f32
                %v584 = arith.addf %v579, %v583 fastmath<contract> : f32
                %v585 = arith.muli %v34, %v1 : i64
                %v586 = llvm.getelementptr %in_theta2[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v587 = llvm.load %v586 : !llvm.ptr -> f32
                %v588 = arith.mulf %v587, %v551 fastmath<contract> : f32
                %v589 = arith.addf %v584, %v588 fastmath<contract> : f32
                %v590 = arith.mulf %v57, %v545 fastmath<contract> : f32
                %v591 = arith.addf %v590, %v57 fastmath<contract> : f32
                %v592 = arith.mulf %v58, %v541 fastmath<contract> : f32
                %v593 = arith.addf %v591, %v592 fastmath<contract> : f32
                %v594 = arith.mulf %v57, %v547 fastmath<contract> : f32
                %v595 = arith.addf %v594, %v568 fastmath<contract> : f32
                %v596 = arith.mulf %v57, %v551 fastmath<contract> : f32
                %v597 = arith.addf %v596, %v57 fastmath<contract> : f32
                %v598 = arith.mulf %v58, %v547 fastmath<contract> : f32
                %v599 = arith.addf %v597, %v598 fastmath<contract> : f32
                %v600 = arith.subi %v211, %v371 : i64
                %v601 = arith.trunci %v600 : i64 to i32
                %v602 = arith.subi %size_L, %v1 : i64
                %v603 = arith.addi %v209, %v371 : i64
                %v604 = arith.subi %v602, %v603 : i64
                %v606 = arith.minsi %v604, %v605 : i64
                %v607 = arith.trunci %v606 : i64 to i32
                %v608 = arith.addi %v371, %v141 : i64
                %v610 = arith.cmpi slt, %v609, %v601 : i32
                %v611 = arith.cmpi eq, %v609, %v607 : i32
                %v612 = arith.addi %v209, %v608 : i64
                %v613 = llvm.load %v42 : !llvm.ptr -> f32
                %v614 = llvm.load %v43 : !llvm.ptr -> f32
                %v615 = llvm.load %v44 : !llvm.ptr -> f32
                %v616 = llvm.load %v45 : !llvm.ptr -> f32
                %v617 = arith.muli %v36, %v303 : i64
                %v618 = arith.muli %v34, %v302 : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = arith.muli %v612, %v1 : i64
                %v621 = arith.addi %v619, %v620 : i64
                %v622 = llvm.getelementptr %dy_y[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v623 = llvm.load %v622 : !llvm.ptr -> f32
                %v624 = arith.muli %v36, %v303 : i64
                %v625 = arith.muli %v34, %v302 : i64
                %v626 = arith.addi %v624, %v625 : i64
                %v627 = arith.muli %v612, %v1 : i64
                %v628 = arith.addi %v626, %v627 : i64
                %v629 = llvm.getelementptr %in_phi1[%v628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v630 = llvm.load %v629 : !llvm.ptr -> f32
                %v631 = arith.muli %v36, %v303 : i64
                %v632 = arith.muli %v34, %v302 : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = arith.muli %v612, %v1 : i64
                %v635 = arith.addi %v633, %v634 : i64
                %v636 = llvm.getelementptr %dy_forecast[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v637 = llvm.load %v636 : !llvm.ptr -> f32
                %v638 = arith.mulf %v630, %v637 fastmath<contract> : f32
                %v639 = arith.addf %v623, %v638 fastmath<contract> : f32
                %v640 = llvm.load %v46 : !llvm.ptr -> f32
                %v641 = arith.mulf %v640, %v613 fastmath<contract> : f32
                %v642 = arith.addf %v639, %v641 fastmath<contract> : f32
                %v643 = llvm.load %v50 : !llvm.ptr -> f32
                %v644 = arith.mulf %v643, %v614 fastmath<contract> : f32
                %v645 = arith.addf %v644, %v642 fastmath<contract> : f32
                %v646 = arith.muli %v36, %v303 : i64
                %v647 = arith.muli %v34, %v302 : i64
                %v648 = arith.addi %v646, %v647 : i64
                %v649 = arith.muli %v612, %v1 : i64
                %v650 = arith.addi %v648, %v649 : i64
                %v651 = llvm.getelementptr %in_phi2[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v652 = llvm.load %v651 : !llvm.ptr -> f32
                %v653 = arith.mulf %v652, %v637 fastmath<contract> : f32
                %v654 = llvm.load %v47 : !llvm.ptr -> f32
                %v655 = arith.mulf %v654, %v614 fastmath<contract> : f32
                %v656 = arith.addf %v653, %v655 fastmath<contract> : f32
                %v657 = llvm.load %v51 : !llvm.ptr -> f32
                %v658 = arith.mulf %v657, %v613 fastmath<contract> : f32
                %v659 = arith.addf %v658, %v656 fastmath<contract> : f32
                %v660 = llvm.load %v48 : !llvm.ptr -> f32
                %v661 = arith.mulf %v660, %v615 fastmath<contract> : f32
                %v662 = arith.addf %v57, %v661 fastmath<contract> : f32
                %v663 = llvm.load %v52 : !llvm.ptr -> f32
                %v664 = llvm.load %v53 : !llvm.ptr -> f32
                %v665 = arith.mulf %v663, %v613 fastmath<contract> : f32
                %v666 = arith.addf %v665, %v662 fastmath<contract> : f32
                %v667 = arith.mulf %v664, %v616 fastmath<contract> : f32
                %v668 = arith.addf %v667, %v666 fastmath<contract> : f32
                %v669 = arith.muli %v34, %v1 : i64
                %v670 = llvm.getelementptr %in_theta2[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v671 = llvm.load %v670 : !llvm.ptr -> f32
                %v672 = arith.mulf %v671, %v637 fastmath<contract> : f32
                %v673 = llvm.load %v49 : !llvm.ptr -> f32
                %v674 = arith.mulf %v673, %v616 fastmath<contract> : f32
                %v675 = arith.addf %v672, %v674 fastmath<contract> : f32
                %v676 = llvm.load %v54 : !llvm.ptr -> f32
                %v677 = arith.mulf %v676, %v613 fastmath<contract> : f32
                %v678 = arith.addf %v677, %v675 fastmath<contract> : f32
                llvm.store %v645, %v42 : f32, !llvm.ptr
                llvm.store %v659, %v43 : f32, !llvm.ptr
                llvm.store %v668, %v44 : f32, !llvm.ptr
                llvm.store %v678, %v45 : f32, !llvm.ptr
                scf.if %v611 {
                }
                %v679 = llvm.load %v42 : !llvm.ptr -> f32
                %v680 = llvm.load %v44 : !llvm.ptr -> f32
                %v681 = arith.addf %v679, %v680 fastmath<contract> : f32
                %v682 = arith.muli %v34, %v1 : i64
                %v683 = llvm.getelementptr %in_theta1[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v684 = llvm.load %v683 : !llvm.ptr -> f32
                %v685 = arith.mulf %v684, %v637 fastmath<contract> : f32
                %v686 = arith.addf %v681, %v685 fastmath<contract> : f32
                scf.if %v31 {
                  %v687 = arith.muli %v36, %v303 : i64
                  %v688 = arith.muli %v34, %v302 : i64
                  %v689 = arith.addi %v687, %v688 : i64
                  %v690 = arith.muli %v612, %v1 : i64
                  %v691 = arith.addi %v689, %v690 : i64
                  %v692 = llvm.getelementptr %dx_e[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v686, %v692 : f32, !llvm.ptr
                }
                %v693 = arith.mulf %v541, %v679 fastmath<contract> : f32
                %v694 = arith.mulf %v589, %v637 fastmath<contract> : f32
                %v695 = arith.addf %v693, %v694 fastmath<contract> : f32
                scf.if %v31 {
                  %v696 = arith.muli %v36, %v303 : i64
                  %v697 = arith.muli %v34, %v302 : i64
                  %v698 = arith.addi %v696, %v697 : i64
                  %v699 = arith.muli %v612, %v1 : i64
                  %v700 = arith.addi %v698, %v699 : i64
                  %v701 = llvm.getelementptr %dx_phi1[%v700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v695, %v701 : f32, !llvm.ptr
                }
                %v702 = arith.mulf %v545, %v679 fastmath<contract> : f32
                %v703 = arith.mulf %v593, %v637 fastmath<contract> : f32
                %v704 = arith.addf %v702, %v703 fastmath<contract> : f32
                scf.if %v31 {
                  %v705 = arith.muli %v36, %v303 : i64
                  %v706 = arith.muli %v34, %v302 : i64
                  %v707 = arith.addi %v705, %v706 : i64
                  %v708 = arith.muli %v612, %v1 : i64
                  %v709 = arith.addi %v707, %v708 : i64
                  %v710 = llvm.getelementptr %dx_phi2[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v704, %v710 : f32, !llvm.ptr
                }
                %v711 = arith.mulf %v547, %v679 fastmath<contract> : f32
                %v712 = arith.muli %v36, %v303 : i64
                %v713 = arith.muli %v34, %v302 : i64
                %v714 = arith.addi %v712, %v713 : i64
                %v715 = arith.muli %v612, %v1 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = llvm.getelementptr %in_e[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v718 = llvm.load %v717 : !llvm.ptr -> f32
                %v719 = arith.mulf %v718, %v637 fastmath<contract> : f32
                %v720 = arith.addf %v711, %v719 fastmath<contract> : f32
                %v721 = llvm.load %v55 : !llvm.ptr -> f32
                %v722 = arith.addf %v721, %v720 fastmath<contract> : f32
                llvm.store %v722, %v55 : f32, !llvm.ptr
                %v723 = arith.mulf %v551, %v679 fastmath<contract> : f32
                %v724 = arith.mulf %v599, %v637 fastmath<contract> : f32
                %v725 = arith.addf %v723, %v724 fastmath<contract> : f32
                %v726 = llvm.load %v56 : !llvm.ptr -> f32
                %v727 = arith.addf %v726, %v725 fastmath<contract> : f32
                llvm.store %v727, %v56 : f32, !llvm.ptr
                llvm.store %v630, %v46 : f32, !llvm.ptr
                llvm.store %v58, %v50 : f32, !llvm.ptr
                llvm.store %v57, %v47 : f32, !llvm.ptr
                llvm.store %v652, %v51 : f32, !llvm.ptr
                llvm.store %v57, %v48 : f32, !llvm.ptr
                llvm.store %v684, %v52 : f32, !llvm.ptr
                llvm.store %v58, %v53 : f32, !llvm.ptr
                llvm.store %v57, %v49 : f32, !llvm.ptr
                llvm.store %v671, %v54 : f32, !llvm.ptr
                %v728 = arith.addi %v371, %v80 : i64
                %v730 = arith.cmpi slt, %v729, %v601 : i32
                %v731 = arith.cmpi eq, %v729, %v607 : i32
                %v732 = arith.addi %v209, %v728 : i64
                %v733 = llvm.load %v42 : !llvm.ptr -> f32
                %v734 = llvm.load %v43 : !llvm.ptr -> f32
                %v735 = llvm.load %v44 : !llvm.ptr -> f32
                %v736 = llvm.load %v45 : !llvm.ptr -> f32
                %v737 = arith.muli %v36, %v303 : i64
                %v738 = arith.muli %v34, %v302 : i64
                %v739 = arith.addi %v737, %v738 : i64
                %v740 = arith.muli %v732, %v1 : i64
                %v741 = arith.addi %v739, %v740 : i64
                %v742 = llvm.getelementptr %dy_y[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v743 = llvm.load %v742 : !llvm.ptr -> f32
                %v744 = arith.muli %v36, %v303 : i64
                %v745 = arith.muli %v34, %v302 : i64
                %v746 = arith.addi %v744, %v745 : i64
                %v747 = arith.muli %v732, %v1 : i64
                %v748 = arith.addi %v746, %v747 : i64
                %v749 = llvm.getelementptr %in_phi1[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v750 = llvm.load %v749 : !llvm.ptr -> f32
                %v751 = arith.muli %v36, %v303 : i64
                %v752 = arith.muli %v34, %v302 : i64
                %v753 = arith.addi %v751, %v752 : i64
                %v754 = arith.muli %v732, %v1 : i64
                %v755 = arith.addi %v753, %v754 : i64
                %v756 = llvm.getelementptr %dy_forecast[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v757 = llvm.load %v756 : !llvm.ptr -> f32
                %v758 = arith.mulf %v750, %v757 fastmath<contract> : f32
                %v759 = arith.addf %v743, %v758 fastmath<contract> : f32
                %v760 = llvm.load %v46 : !llvm.ptr -> f32
                %v761 = arith.mulf %v760, %v733 fastmath<contract> : f32
                %v762 = arith.addf %v759, %v761 fastmath<contract> : f32
                %v763 = llvm.load %v50 : !llvm.ptr -> f32
                %v764 = arith.mulf %v763, %v734 fastmath<contract> : f32
                %v765 = arith.addf %v764, %v762 fastmath<contract> : f32
                %v766 = arith.muli %v36, %v303 : i64
                %v767 = arith.muli %v34, %v302 : i64
                %v768 = arith.addi %v766, %v767 : i64
                %v769 = arith.muli %v732, %v1 : i64
                %v770 = arith.addi %v768, %v769 : i64
                %v771 = llvm.getelementptr %in_phi2[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v772 = llvm.load %v771 : !llvm.ptr -> f32
                %v773 = arith.mulf %v772, %v757 fastmath<contract> : f32
                %v774 = llvm.load %v47 : !llvm.ptr -> f32
                %v775 = arith.mulf %v774, %v734 fastmath<contract> : f32
                %v776 = arith.addf %v773, %v775 fastmath<contract> : f32
                %v777 = llvm.load %v51 : !llvm.ptr -> f32
                %v778 = arith.mulf %v777, %v733 fastmath<contract> : f32
                %v779 = arith.addf %v778, %v776 fastmath<contract> : f32
                %v780 = llvm.load %v48 : !llvm.ptr -> f32
                %v781 = arith.mulf %v780, %v735 fastmath<contract> : f32
                %v782 = arith.addf %v57, %v781 fastmath<contract> : f32
                %v783 = llvm.load %v52 : !llvm.ptr -> f32
                %v784 = llvm.load %v53 : !llvm.ptr -> f32
                %v785 = arith.mulf %v783, %v733 fastmath<contract> : f32
                %v786 = arith.addf %v785, %v782 fastmath<contract> : f32
                %v787 = arith.mulf %v784, %v736 fastmath<contract> : f32
                %v788 = arith.addf %v787, %v786 fastmath<contract> : f32
                %v789 = arith.muli %v34, %v1 : i64
                %v790 = llvm.getelementptr %in_theta2[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v791 = llvm.load %v790 : !llvm.ptr -> f32
                %v792 = arith.mulf %v791, %v757 fastmath<contract> : f32
                %v793 = llvm.load %v49 : !llvm.ptr -> f32
                %v794 = arith.mulf %v793, %v736 fastmath<contract> : f32
                %v795 = arith.addf %v792, %v794 fastmath<contract> : f32
                %v796 = llvm.load %v54 : !llvm.ptr -> f32
                %v797 = arith.mulf %v796, %v733 fastmath<contract> : f32
                %v798 = arith.addf %v797, %v795 fastmath<contract> : f32
                llvm.store %v765, %v42 : f32, !llvm.ptr
                llvm.store %v779, %v43 : f32, !llvm.ptr
                llvm.store %v788, %v44 : f32, !llvm.ptr
                llvm.store %v798, %v45 : f32, !llvm.ptr
                scf.if %v731 {
                }
                %v799 = llvm.load %v42 : !llvm.ptr -> f32
                %v800 = llvm.load %v44 : !llvm.ptr -> f32
                %v801 = arith.addf %v799, %v800 fastmath<contract> : f32
                %v802 = arith.muli %v34, %v1 : i64
                %v803 = llvm.getelementptr %in_theta1[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v804 = llvm.load %v803 : !llvm.ptr -> f32
                %v805 = arith.mulf %v804, %v757 fastmath<contract> : f32
                %v806 = arith.addf %v801, %v805 fastmath<contract> : f32
                scf.if %v31 {
                  %v807 = arith.muli %v36, %v303 : i64
                  %v808 = arith.muli %v34, %v302 : i64
                  %v809 = arith.addi %v807, %v808 : i64
                  %v810 = arith.muli %v732, %v1 : i64
                  %v811 = arith.addi %v809, %v810 : i64
                  %v812 = llvm.getelementptr %dx_e[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v806, %v812 : f32, !llvm.ptr
                }
                %v813 = arith.mulf %v493, %v799 fastmath<contract> : f32
                %v814 = arith.mulf %v541, %v757 fastmath<contract> : f32
                %v815 = arith.addf %v813, %v814 fastmath<contract> : f32
                scf.if %v31 {
                  %v816 = arith.muli %v36, %v303 : i64
                  %v817 = arith.muli %v34, %v302 : i64
                  %v818 = arith.addi %v816, %v817 : i64
                  %v819 = arith.muli %v732, %v1 : i64
                  %v820 = arith.addi %v818, %v819 : i64
                  %v821 = llvm.getelementptr %dx_phi1[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v815, %v821 : f32, !llvm.ptr
                }
                %v822 = arith.mulf %v497, %v799 fastmath<contract> : f32
                %v823 = arith.mulf %v545, %v757 fastmath<contract> : f32
                %v824 = arith.addf %v822, %v823 fastmath<contract> : f32
                scf.if %v31 {
                  %v825 = arith.muli %v36, %v303 : i64
                  %v826 = arith.muli %v34, %v302 : i64
                  %v827 = arith.addi %v825, %v826 : i64
                  %v828 = arith.muli %v732, %v1 : i64
                  %v829 = arith.addi %v827, %v828 : i64
                  %v830 = llvm.getelementptr %dx_phi2[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v824, %v830 : f32, !llvm.ptr
                }
                %v831 = arith.mulf %v499, %v799 fastmath<contract> : f32
                %v832 = arith.muli %v36, %v303 : i64
                %v833 = arith.muli %v34, %v302 : i64
                %v834 = arith.addi %v832, %v833 : i64
                %v835 = arith.muli %v732, %v1 : i64
                %v836 = arith.addi %v834, %v835 : i64
                %v837 = llvm.getelementptr %in_e[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v838 = llvm.load %v837 : !llvm.ptr -> f32
                %v839 = arith.mulf %v838, %v757 fastmath<contract> : f32
                %v840 = arith.addf %v831, %v839 fastmath<contract> : f32
                %v841 = llvm.load %v55 : !llvm.ptr -> f32
                %v842 = arith.addf %v841, %v840 fastmath<contract> : f32
                llvm.store %v842, %v55 : f32, !llvm.ptr
                %v843 = arith.mulf %v503, %v799 fastmath<contract> : f32
                %v844 = arith.mulf %v551, %v757 fastmath<contract> : f32
                %v845 = arith.addf %v843, %v844 fastmath<contract> : f32
                %v846 = llvm.load %v56 : !llvm.ptr -> f32
                %v847 = arith.addf %v846, %v845 fastmath<contract> : f32
                llvm.store %v847, %v56 : f32, !llvm.ptr
                llvm.store %v750, %v46 : f32, !llvm.ptr
                llvm.store %v58, %v50 : f32, !llvm.ptr
                llvm.store %v57, %v47 : f32, !llvm.ptr
                llvm.store %v772, %v51 : f32, !llvm.ptr
                llvm.store %v57, %v48 : f32, !llvm.ptr
                llvm.store %v804, %v52 : f32, !llvm.ptr
                llvm.store %v58, %v53 : f32, !llvm.ptr
                llvm.store %v57, %v49 : f32, !llvm.ptr
                llvm.store %v791, %v54 : f32, !llvm.ptr
                %v848 = arith.addi %v371, %v1 : i64
                %v850 = arith.cmpi slt, %v849, %v601 : i32
                %v851 = arith.cmpi eq, %v849, %v607 : i32
                %v852 = arith.addi %v209, %v848 : i64
                %v853 = llvm.load %v42 : !llvm.ptr -> f32
                %v854 = llvm.load %v43 : !llvm.ptr -> f32
                %v855 = llvm.load %v44 : !llvm.ptr -> f32
                %v856 = llvm.load %v45 : !llvm.ptr -> f32
                %v857 = arith.muli %v36, %v303 : i64
                %v858 = arith.muli %v34, %v302 : i64
                %v859 = arith.addi %v857, %v858 : i64
                %v860 = arith.muli %v852, %v1 : i64
                %v861 = arith.addi %v859, %v860 : i64
                %v862 = llvm.getelementptr %dy_y[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v863 = llvm.load %v862 : !llvm.ptr -> f32
                %v864 = arith.muli %v36, %v303 : i64
                %v865 = arith.muli %v34, %v302 : i64
                %v866 = arith.addi %v864, %v865 : i64
                %v867 = arith.muli %v852, %v1 : i64
                %v868 = arith.addi %v866, %v867 : i64
                %v869 = llvm.getelementptr %in_phi1[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v870 = llvm.load %v869 : !llvm.ptr -> f32
                %v871 = arith.muli %v36, %v303 : i64
                %v872 = arith.muli %v34, %v302 : i64
                %v873 = arith.addi %v871, %v872 : i64
                %v874 = arith.muli %v852, %v1 : i64
                %v875 = arith.addi %v873, %v874 : i64
                %v876 = llvm.getelementptr %dy_forecast[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v877 = llvm.load %v876 : !llvm.ptr -> f32
                %v878 = arith.mulf %v870, %v877 fastmath<contract> : f32
                %v879 = arith.addf %v863, %v878 fastmath<contract> : f32
                %v880 = llvm.load %v46 : !llvm.ptr -> f32
                %v881 = arith.mulf %v880, %v853 fastmath<contract> : f32
                %v882 = arith.addf %v879, %v881 fastmath<contract> : f32
                %v883 = llvm.load %v50 : !llvm.ptr -> f32
                %v884 = arith.mulf %v883, %v854 fastmath<contract> : f32
                %v885 = arith.addf %v884, %v882 fastmath<contract> : f32
                %v886 = arith.muli %v36, %v303 : i64
                %v887 = arith.muli %v34, %v302 : i64
                %v888 = arith.addi %v886, %v887 : i64
                %v889 = arith.muli %v852, %v1 : i64
                %v890 = arith.addi %v888, %v889 : i64
                %v891 = llvm.getelementptr %in_phi2[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v892 = llvm.load %v891 : !llvm.ptr -> f32
                %v893 = arith.mulf %v892, %v877 fastmath<contract> : f32
                %v894 = llvm.load %v47 : !llvm.ptr -> f32
                %v895 = arith.mulf %v894, %v854 fastmath<contract> : f32
                %v896 = arith.addf %v893, %v895 fastmath<contract> : f32
                %v897 = llvm.load %v51 : !llvm.ptr -> f32
                %v898 = arith.mulf %v897, %v853 fastmath<contract> : f32
                %v899 = arith.addf %v898, %v896 fastmath<contract> : f32
                %v900 = llvm.load %v48 : !llvm.ptr -> f32
                %v901 = arith.mulf %v900, %v855 fastmath<contract> : f32
                %v902 = arith.addf %v57, %v901 fastmath<contract> : f32
                %v903 = llvm.load %v52 : !llvm.ptr -> f32
                %v904 = llvm.load %v53 : !llvm.ptr -> f32
                %v905 = arith.mulf %v903, %v853 fastmath<contract> : f32
                %v906 = arith.addf %v905, %v902 fastmath<contract> : f32
                %v907 = arith.mulf %v904, %v856 fastmath<contract> : f32
                %v908 = arith.addf %v907, %v906 fastmath<contract> : f32
                %v909 = arith.muli %v34, %v1 : i64
                %v910 = llvm.getelementptr %in_theta2[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v911 = llvm.load %v910 : !llvm.ptr -> f32
                %v912 = arith.mulf %v911, %v877 fastmath<contract> : f32
                %v913 = llvm.load %v49 : !llvm.ptr -> f32
                %v914 = arith.mulf %v913, %v856 fastmath<contract> : f32
                %v915 = arith.addf %v912, %v914 fastmath<contract> : f32
                %v916 = llvm.load %v54 : !llvm.ptr -> f32
                %v917 = arith.mulf %v916, %v853 fastmath<contract> : f32
                %v918 = arith.addf %v917, %v915 fastmath<contract> : f32
                llvm.store %v885, %v42 : f32, !llvm.ptr
                llvm.store %v899, %v43 : f32, !llvm.ptr
                llvm.store %v908, %v44 : f32, !llvm.ptr
                llvm.store %v918, %v45 : f32, !llvm.ptr
                scf.if %v851 {
                }
                %v919 = llvm.load %v42 : !llvm.ptr -> f32
                %v920 = llvm.load %v44 : !llvm.ptr -> f32
                %v921 = arith.addf %v919, %v920 fastmath<contract> : f32
                %v922 = arith.muli %v34, %v1 : i64
                %v923 = llvm.getelementptr %in_theta1[%v922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v924 = llvm.load %v923 : !llvm.ptr -> f32
                %v925 = arith.mulf %v924, %v877 fastmath<contract> : f32
                %v926 = arith.addf %v921, %v925 fastmath<contract> : f32
                scf.if %v31 {
                  %v927 = arith.muli %v36, %v303 : i64
                  %v928 = arith.muli %v34, %v302 : i64
                  %v929 = arith.addi %v927, %v928 : i64
                  %v930 = arith.muli %v852, %v1 : i64
                  %v931 = arith.addi %v929, %v930 : i64
                  %v932 = llvm.getelementptr %dx_e[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v926, %v932 : f32, !llvm.ptr
                }
                %v933 = arith.mulf %v445, %v919 fastmath<contract> : f32
                %v934 = arith.mulf %v493, %v877 fastmath<contract> : f32
                %v935 = arith.addf %v933, %v934 fastmath<contract> : f32
                scf.if %v31 {
                  %v936 = arith.muli %v36, %v303 : i64
                  %v937 = arith.muli %v34, %v302 : i64
                  %v938 = arith.addi %v936, %v937 : i64
                  %v939 = arith.muli %v852, %v1 : i64
                  %v940 = arith.addi %v938, %v939 : i64
                  %v941 = llvm.getelementptr %dx_phi1[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v935, %v941 : f32, !llvm.ptr
                }
                %v942 = arith.mulf %v449, %v919 fastmath<contract> : f32
                %v943 = arith.mulf %v497, %v877 fastmath<contract> : f32
                %v944 = arith.addf %v942, %v943 fastmath<contract> : f32
                scf.if %v31 {
                  %v945 = arith.muli %v36, %v303 : i64
                  %v946 = arith.muli %v34, %v302 : i64
                  %v947 = arith.addi %v945, %v946 : i64
                  %v948 = arith.muli %v852, %v1 : i64
                  %v949 = arith.addi %v947, %v948 : i64
                  %v950 = llvm.getelementptr %dx_phi2[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v944, %v950 : f32, !llvm.ptr
                }
                %v951 = arith.mulf %v451, %v919 fastmath<contract> : f32
                %v952 = arith.muli %v36, %v303 : i64
                %v953 = arith.muli %v34, %v302 : i64
                %v954 = arith.addi %v952, %v953 : i64
                %v955 = arith.muli %v852, %v1 : i64
                %v956 = arith.addi %v954, %v955 : i64
                %v957 = llvm.getelementptr %in_e[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v958 = llvm.load %v957 : !llvm.ptr -> f32
                %v959 = arith.mulf %v958, %v877 fastmath<contract> : f32
                %v960 = arith.addf %v951, %v959 fastmath<contract> : f32
                %v961 = llvm.load %v55 : !llvm.ptr -> f32
                %v962 = arith.addf %v961, %v960 fastmath<contract> : f32
                llvm.store %v962, %v55 : f32, !llvm.ptr
                %v963 = arith.mulf %v455, %v919 fastmath<contract> : f32
                %v964 = arith.mulf %v503, %v877 fastmath<contract> : f32
                %v965 = arith.addf %v963, %v964 fastmath<contract> : f32
                %v966 = llvm.load %v56 : !llvm.ptr -> f32
                %v967 = arith.addf %v966, %v965 fastmath<contract> : f32
                llvm.store %v967, %v56 : f32, !llvm.ptr
                llvm.store %v870, %v46 : f32, !llvm.ptr
                llvm.store %v58, %v50 : f32, !llvm.ptr
                llvm.store %v57, %v47 : f32, !llvm.ptr
                llvm.store %v892, %v51 : f32, !llvm.ptr
                llvm.store %v57, %v48 : f32, !llvm.ptr
                llvm.store %v924, %v52 : f32, !llvm.ptr
                llvm.store %v58, %v53 : f32, !llvm.ptr
                llvm.store %v57, %v49 : f32, !llvm.ptr
                llvm.store %v911, %v54 : f32, !llvm.ptr
                %v968 = arith.addi %v371, %v59 : i64
                %v970 = arith.cmpi slt, %v969, %v601 : i32
                %v971 = arith.cmpi eq, %v969, %v607 : i32
                %v972 = arith.addi %v209, %v968 : i64
                %v973 = llvm.load %v42 : !llvm.ptr -> f32
                %v974 = llvm.load %v43 : !llvm.ptr -> f32
                %v975 = llvm.load %v44 : !llvm.ptr -> f32
                %v976 = llvm.load %v45 : !llvm.ptr -> f32
                %v977 = arith.muli %v36, %v303 : i64
                %v978 = arith.muli %v34, %v302 : i64
                %v979 = arith.addi %v977, %v978 : i64
                %v980 = arith.muli %v972, %v1 : i64
                %v981 = arith.addi %v979, %v980 : i64
                %v982 = llvm.getelementptr %dy_y[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v983 = llvm.load %v982 : !llvm.ptr -> f32
                %v984 = arith.muli %v36, %v303 : i64
                %v985 = arith.muli %v34, %v302 : i64
                %v986 = arith.addi %v984, %v985 : i64
                %v987 = arith.muli %v972, %v1 : i64
                %v988 = arith.addi %v986, %v987 : i64
                %v989 = llvm.getelementptr %in_phi1[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v990 = llvm.load %v989 : !llvm.ptr -> f32
                %v991 = arith.muli %v36, %v303 : i64
                %v992 = arith.muli %v34, %v302 : i64
                %v993 = arith.addi %v991, %v992 : i64
                %v994 = arith.muli %v972, %v1 : i64
                %v995 = arith.addi %v993, %v994 : i64
                %v996 = llvm.getelementptr %dy_forecast[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v997 = llvm.load %v996 : !llvm.ptr -> f32
                %v998 = arith.mulf %v990, %v997 fastmath<contract> : f32
                %v999 = arith.addf %v983, %v998 fastmath<contract> : f32
                %v1000 = llvm.load %v46 : !llvm.ptr -> f32
                %v1001 = arith.mulf %v1000, %v973 fastmath<contract> : f32
                %v1002 = arith.addf %v999, %v1001 fastmath<contract> : f32
                %v1003 = llvm.load %v50 : !llvm.ptr -> f32
                %v1004 = arith.mulf %v1003, %v974 fastmath<contract> : f32
                %v1005 = arith.addf %v1004, %v1002 fastmath<contract> : f32
                %v1006 = arith.muli %v36, %v303 : i64
                %v1007 = arith.muli %v34, %v302 : i64
                %v1008 = arith.addi %v1006, %v1007 : i64
                %v1009 = arith.muli %v972, %v1 : i64
                %v1010 = arith.addi %v1008, %v1009 : i64
                %v1011 = llvm.getelementptr %in_phi2[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
                %v1013 = arith.mulf %v1012, %v997 fastmath<contract> : f32
                %v1014 = llvm.load %v47 : !llvm.ptr -> f32
                %v1015 = arith.mulf %v1014, %v974 fastmath<contract> : f32
                %v1016 = arith.addf %v1013, %v1015 fastmath<contract> : f32
                %v1017 = llvm.load %v51 : !llvm.ptr -> f32
                %v1018 = arith.mulf %v1017, %v973 fastmath<contract> : f32
                %v1019 = arith.addf %v1018, %v1016 fastmath<contract> : f32
                %v1020 = llvm.load %v48 : !llvm.ptr -> f32
                %v1021 = arith.mulf %v1020, %v975 fastmath<contract> : f32
                %v1022 = arith.addf %v57, %v1021 fastmath<contract> : f32
                %v1023 = llvm.load %v52 : !llvm.ptr -> f32
                %v1024 = llvm.load %v53 : !llvm.ptr -> f32
                %v1025 = arith.mulf %v1023, %v973 fastmath<contract> : f32
                %v1026 = arith.addf %v1025, %v1022 fastmath<contract> : f32
                %v1027 = arith.mulf %v1024, %v976 fastmath<contract> : f32
                %v1028 = arith.addf %v1027, %v1026 fastmath<contract> : f32
                %v1029 = arith.muli %v34, %v1 : i64
                %v1030 = llvm.getelementptr %in_theta2[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1031 = llvm.load %v1030 : !llvm.ptr -> f32
                %v1032 = arith.mulf %v1031, %v997 fastmath<contract> : f32
                %v1033 = llvm.load %v49 : !llvm.ptr -> f32
                %v1034 = arith.mulf %v1033, %v976 fastmath<contract> : f32
                %v1035 = arith.addf %v1032, %v1034 fastmath<contract> : f32
                %v1036 = llvm.load %v54 : !llvm.ptr -> f32
                %v1037 = arith.mulf %v1036, %v973 fastmath<contract> : f32
                %v1038 = arith.addf %v1037, %v1035 fastmath<contract> : f32
                llvm.store %v1005, %v42 : f32, !llvm.ptr
                llvm.store %v1019, %v43 : f32, !llvm.ptr
                llvm.store %v1028, %v44 : f32, !llvm.ptr
                llvm.store %v1038, %v45 : f32, !llvm.ptr
                scf.if %v971 {
                }
                %v1039 = llvm.load %v42 : !llvm.ptr -> f32
                %v1040 = llvm.load %v44 : !llvm.ptr -> f32
                %v1041 = arith.addf %v1039, %v1040 fastmath<contract> : f32
                %v1042 = arith.muli %v34, %v1 : i64
                %v1043 = llvm.getelementptr %in_theta1[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1044 = llvm.load %v1043 : !llvm.ptr -> f32
                %v1045 = arith.mulf %v1044, %v997 fastmath<contract> : f32
                %v1046 = arith.addf %v1041, %v1045 fastmath<contract> : f32
                scf.if %v31 {
                  %v1047 = arith.muli %v36, %v303 : i64
                  %v1048 = arith.muli %v34, %v302 : i64
                  %v1049 = arith.addi %v1047, %v1048 : i64
                  %v1050 = arith.muli %v972, %v1 : i64
                  %v1051 = arith.addi %v1049, %v1050 : i64
                  %v1052 = llvm.getelementptr %dx_e[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1046, %v1052 : f32, !llvm.ptr
                }
                %v1053 = arith.mulf %v383, %v1039 fastmath<contract> : f32
                %v1054 = arith.mulf %v445, %v997 fastmath<contract> : f32
                %v1055 = arith.addf %v1053, %v1054 fastmath<contract> : f32
                scf.if %v31 {
                  %v1056 = arith.muli %v36, %v303 : i64
                  %v1057 = arith.muli %v34, %v302 : i64
                  %v1058 = arith.addi %v1056, %v1057 : i64
                  %v1059 = arith.muli %v972, %v1 : i64
                  %v1060 = arith.addi %v1058, %v1059 : i64
                  %v1061 = llvm.getelementptr %dx_phi1[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1055, %v1061 : f32, !llvm.ptr
                }
                %v1062 = arith.mulf %v391, %v1039 fastmath<contract> : f32
                %v1063 = arith.mulf %v449, %v997 fastmath<contract> : f32
                %v1064 = arith.addf %v1062, %v1063 fastmath<contract> : f32
                scf.if %v31 {
                  %v1065 = arith.muli %v36, %v303 : i64
                  %v1066 = arith.muli %v34, %v302 : i64
                  %v1067 = arith.addi %v1065, %v1066 : i64
                  %v1068 = arith.muli %v972, %v1 : i64
                  %v1069 = arith.addi %v1067, %v1068 : i64
                  %v1070 = llvm.getelementptr %dx_phi2[%v1069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1064, %v1070 : f32, !llvm.ptr
                }
                %v1071 = arith.mulf %v399, %v1039 fastmath<contract> : f32
                %v1072 = arith.muli %v36, %v303 : i64
                %v1073 = arith.muli %v34, %v302 : i64
                %v1074 = arith.addi %v1072, %v1073 : i64
                %v1075 = arith.muli %v972, %v1 : i64
                %v1076 = arith.addi %v1074, %v1075 : i64
                %v1077 = llvm.getelementptr %in_e[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1078 = llvm.load %v1077 : !llvm.ptr -> f32
                %v1079 = arith.mulf %v1078, %v997 fastmath<contract> : f32
                %v1080 = arith.addf %v1071, %v1079 fastmath<contract> : f32
                %v1081 = llvm.load %v55 : !llvm.ptr -> f32
                %v1082 = arith.addf %v1081, %v1080 fastmath<contract> : f32
                llvm.store %v1082, %v55 : f32, !llvm.ptr
                %v1083 = arith.mulf %v407, %v1039 fastmath<contract> : f32
                %v1084 = arith.mulf %v455, %v997 fastmath<contract> : f32
                %v1085 = arith.addf %v1083, %v1084 fastmath<contract> : f32
                %v1086 = llvm.load %v56 : !llvm.ptr -> f32
                %v1087 = arith.addf %v1086, %v1085 fastmath<contract> : f32
                llvm.store %v1087, %v56 : f32, !llvm.ptr
                llvm.store %v990, %v46 : f32, !llvm.ptr
                llvm.store %v58, %v50 : f32, !llvm.ptr
                llvm.store %v57, %v47 : f32, !llvm.ptr
                llvm.store %v1012, %v51 : f32, !llvm.ptr
                llvm.store %v57, %v48 : f32, !llvm.ptr
                llvm.store %v1044, %v52 : f32, !llvm.ptr
                llvm.store %v58, %v53 : f32, !llvm.ptr
                llvm.store %v57, %v49 : f32, !llvm.ptr
                llvm.store %v1031, %v54 : f32, !llvm.ptr
              } else {
                %v1088 = arith.subi %v211, %v1 : i64
                %v1089 = arith.muli %v372, %v3 : i64
                %v1090 = arith.subi %v3, %v1 : i64
                %v1091 = arith.minsi %v30, %v1090 : i64
                %v1092 = arith.addi %v1089, %v1091 : i64
                %v1093 = arith.muli %v1092, %v1 : i64
                %v1094 = arith.addi %v1093, %v59 : i64
                %v1095 = llvm.getelementptr %scratch_h[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1096 = llvm.load %v1095 : !llvm.ptr -> f32
                %v1097 = arith.muli %v372, %v3 : i64
                %v1098 = arith.subi %v3, %v1 : i64
                %v1099 = arith.minsi %v30, %v1098 : i64
                %v1100 = arith.addi %v1097, %v1099 : i64
                %v1101 = arith.muli %v1100, %v1 : i64
                %v1102 = arith.addi %v1101, %v59 : i64
                %v1103 = llvm.getelementptr %scratch_h_lag1[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1104 = llvm.load %v1103 : !llvm.ptr -> f32
                %v1105 = arith.muli %v372, %v3 : i64
                %v1106 = arith.subi %v3, %v1 : i64
                %v1107 = arith.minsi %v30, %v1106 : i64
                %v1108 = arith.addi %v1105, %v1107 : i64
                %v1109 = arith.muli %v1108, %v1 : i64
                %v1110 = arith.addi %v1109, %v59 : i64
                %v1111 = llvm.getelementptr %scratch_e_lag1[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                %v1113 = arith.muli %v372, %v3 : i64
                %v1114 = arith.subi %v3, %v1 : i64
                %v1115 = arith.minsi %v30, %v1114 : i64
                %v1116 = arith.addi %v1113, %v1115 : i64
                %v1117 = arith.muli %v1116, %v1 : i64
                %v1118 = arith.addi %v1117, %v59 : i64
                %v1119 = llvm.getelementptr %scratch_e_lag2[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v1121 = arith.addi %v371, %v59 : i64
                %v1122 = arith.minsi %v1121, %v1088 : i64
                %v1123 = arith.addi %v209, %v1122 : i64
                %v1124 = arith.muli %v36, %v303 : i64
                %v1125 = arith.muli %v34, %v302 : i64
                %v1126 = arith.addi %v1124, %v1125 : i64
                %v1127 = arith.muli %v1123, %v1 : i64
                %v1128 = arith.addi %v1126, %v1127 : i64
                %v1129 = llvm.getelementptr %in_phi1[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
                %v1131 = arith.muli %v36, %v303 : i64
                %v1132 = arith.muli %v34, %v302 : i64
                %v1133 = arith.addi %v1131, %v1132 : i64
                %v1134 = arith.muli %v1123, %v1 : i64
                %v1135 = arith.addi %v1133, %v1134 : i64
                %v1136 = llvm.getelementptr %in_e[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                %v1138 = arith.mulf %v1130, %v1096 fastmath<contract> : f32
                %v1139 = arith.addf %v1138, %v1137 fastmath<contract> : f32
                %v1140 = arith.muli %v36, %v303 : i64
                %v1141 = arith.muli %v34, %v302 : i64
                %v1142 = arith.addi %v1140, %v1141 : i64
                %v1143 = arith.muli %v1123, %v1 : i64
                %v1144 = arith.addi %v1142, %v1143 : i64
                %v1145 = llvm.getelementptr %in_phi2[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
                %v1147 = arith.mulf %v1146, %v1104 fastmath<contract> : f32
                %v1148 = arith.addf %v1139, %v1147 fastmath<contract> : f32
                %v1149 = arith.muli %v34, %v1 : i64
                %v1150 = llvm.getelementptr %in_theta1[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1151 = llvm.load %v1150 : !llvm.ptr -> f32
                %v1152 = arith.mulf %v1151, %v1112 fastmath<contract> : f32
                %v1153 = arith.addf %v1148, %v1152 fastmath<contract> : f32
                %v1154 = arith.muli %v34, %v1 : i64
                %v1155 = llvm.getelementptr %in_theta2[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1156 = llvm.load %v1155 : !llvm.ptr -> f32
                %v1157 = arith.mulf %v1156, %v1120 fastmath<contract> : f32
                %v1158 = arith.addf %v1153, %v1157 fastmath<contract> : f32
                %v1159 = arith.mulf %v57, %v1104 fastmath<contract> : f32
                %v1160 = arith.addf %v1159, %v57 fastmath<contract> : f32
                %v1161 = arith.mulf %v58, %v1096 fastmath<contract> : f32
                %v1162 = arith.addf %v1160, %v1161 fastmath<contract> : f32
                %v1163 = arith.mulf %v57, %v1112 fastmath<contract> : f32
                %v1164 = arith.addf %v1163, %v1137 fastmath<contract> : f32
                %v1165 = arith.mulf %v57, %v1120 fastmath<contract> : f32
                %v1166 = arith.addf %v1165, %v57 fastmath<contract> : f32
                %v1167 = arith.mulf %v58, %v1112 fastmath<contract> : f32
                %v1168 = arith.addf %v1166, %v1167 fastmath<contract> : f32
                %v1169 = arith.addi %v371, %v1 : i64
                %v1170 = arith.minsi %v1169, %v1088 : i64
                %v1171 = arith.addi %v209, %v1170 : i64
                %v1172 = arith.muli %v36, %v303 : i64
                %v1173 = arith.muli %v34, %v302 : i64
                %v1174 = arith.addi %v1172, %v1173 : i64
                %v1175 = arith.muli %v1171, %v1 : i64
                %v1176 = arith.addi %v1174, %v1175 : i64
                %v1177 = llvm.getelementptr %in_phi1[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1178 = llvm.load %v1177 : !llvm.ptr -> f32
                %v1179 = arith.muli %v36, %v303 : i64
                %v1180 = arith.muli %v34, %v302 : i64
                %v1181 = arith.addi %v1179, %v1180 : i64
                %v1182 = arith.muli %v1171, %v1 : i64
                %v1183 = arith.addi %v1181, %v1182 : i64
                %v1184 = llvm.getelementptr %in_e[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1185 = llvm.load %v1184 : !llvm.ptr -> f32
                %v1186 = arith.mulf %v1178, %v1158 fastmath<contract> : f32
                %v1187 = arith.addf %v1186, %v1185 fastmath<contract> : f32
                %v1188 = arith.muli %v36, %v303 : i64
                %v1189 = arith.muli %v34, %v302 : i64
                %v1190 = arith.addi %v1188, %v1189 : i64
                %v1191 = arith.muli %v1171, %v1 : i64
                %v1192 = arith.addi %v1190, %v1191 : i64
                %v1193 = llvm.getelementptr %in_phi2[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
                %v1195 = arith.mulf %v1194, %v1162 fastmath<contract> : f32
                %v1196 = arith.addf %v1187, %v1195 fastmath<contract> : f32
                %v1197 = arith.muli %v34, %v1 : i64
                %v1198 = llvm.getelementptr %in_theta1[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1199 = llvm.load %v1198 : !llvm.ptr -> f32
                %v1200 = arith.mulf %v1199, %v1164 fastmath<contract> : f32
                %v1201 = arith.addf %v1196, %v1200 fastmath<contract> : f32
                %v1202 = arith.muli %v34, %v1 : i64
                %v1203 = llvm.getelementptr %in_theta2[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
                %v1205 = arith.mulf %v1204, %v1168 fastmath<contract> : f32
                %v1206 = arith.addf %v1201, %v1205 fastmath<contract> : f32
                %v1207 = arith.mulf %v57, %v1162 fastmath<contract> : f32
                %v1208 = arith.addf %v1207, %v57 fastmath<contract> : f32
                %v1209 = arith.mulf %v58, %v1158 fastmath<contract> : f32
                %v1210 = arith.addf %v1208, %v1209 fastmath<contract> : f32
                %v1211 = arith.mulf %v57, %v1164 fastmath<contract> : f32
                %v1212 = arith.addf %v1211, %v1185 fastmath<contract> : f32
                %v1213 = arith.mulf %v57, %v1168 fastmath<contract> : f32
                %v1214 = arith.addf %v1213, %v57 fastmath<contract> : f32
                %v1215 = arith.mulf %v58, %v1164 fastmath<contract> : f32
                %v1216 = arith.addf %v1214, %v1215 fastmath<contract> : f32
                %v1217 = arith.addi %v371, %v80 : i64
                %v1218 = arith.minsi %v1217, %v1088 : i64
                %v1219 = arith.addi %v209, %v1218 : i64
                %v1220 = arith.muli %v36, %v303 : i64
                %v1221 = arith.muli %v34, %v302 : i64
                %v1222 = arith.addi %v1220, %v1221 : i64
                %v1223 = arith.muli %v1219, %v1 : i64
                %v1224 = arith.addi %v1222, %v1223 : i64
                %v1225 = llvm.getelementptr %in_phi1[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1226 = llvm.load %v1225 : !llvm.ptr -> f32
                %v1227 = arith.muli %v36, %v303 : i64
                %v1228 = arith.muli %v34, %v302 : i64
                %v1229 = arith.addi %v1227, %v1228 : i64
                %v1230 = arith.muli %v1219, %v1 : i64
                %v1231 = arith.addi %v1229, %v1230 : i64
                %v1232 = llvm.getelementptr %in_e[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1233 = llvm.load %v1232 : !llvm.ptr -> f32
                %v1234 = arith.mulf %v1226, %v1206 fastmath<contract> : f32
                %v1235 = arith.addf %v1234, %v1233 fastmath<contract> : f32
                %v1236 = arith.muli %v36, %v303 : i64
                %v1237 = arith.muli %v34, %v302 : i64
                %v1238 = arith.addi %v1236, %v1237 : i64
                %v1239 = arith.muli %v1219, %v1 : i64
                %v1240 = arith.addi %v1238, %v1239 : i64
                %v1241 = llvm.getelementptr %in_phi2[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
                %v1243 = arith.mulf %v1242, %v1210 fastmath<contract> : f32
                %v1244 = arith.addf %v1235, %v1243 fastmath<contract> : f32
                %v1245 = arith.muli %v34, %v1 : i64
                %v1246 = llvm.getelementptr %in_theta1[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
                %v1248 = arith.mulf %v1247, %v1212 fastmath<contract> : f32
                %v1249 = arith.addf %v1244, %v1248 fastmath<contract> : f32
                %v1250 = arith.muli %v34, %v1 : i64
                %v1251 = llvm.getelementptr %in_theta2[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1252 = llvm.load %v1251 : !llvm.ptr -> f32
                %v1253 = arith.mulf %v1252, %v1216 fastmath<contract> : f32
                %v1254 = arith.addf %v1249, %v1253 fastmath<contract> : f32
                %v1255 = arith.mulf %v57, %v1210 fastmath<contract> : f32
                %v1256 = arith.addf %v1255, %v57 fastmath<contract> : f32
                %v1257 = arith.mulf %v58, %v1206 fastmath<contract> : f32
                %v1258 = arith.addf %v1256, %v1257 fastmath<contract> : f32
                %v1259 = arith.mulf %v57, %v1212 fastmath<contract> : f32
                %v1260 = arith.addf %v1259, %v1233 fastmath<contract> : f32
                %v1261 = arith.mulf %v57, %v1216 fastmath<contract> : f32
                %v1262 = arith.addf %v1261, %v57 fastmath<contract> : f32
                %v1263 = arith.mulf %v58, %v1212 fastmath<contract> : f32
                %v1264 = arith.addf %v1262, %v1263 fastmath<contract> : f32
                %v1265 = arith.addi %v371, %v141 : i64
                %v1266 = arith.minsi %v1265, %v1088 : i64
                %v1267 = arith.addi %v209, %v1266 : i64
                %v1268 = arith.muli %v36, %v303 : i64
                %v1269 = arith.muli %v34, %v302 : i64
                %v1270 = arith.addi %v1268, %v1269 : i64
                %v1271 = arith.muli %v1267, %v1 : i64
                %v1272 = arith.addi %v1270, %v1271 : i64
                %v1273 = llvm.getelementptr %in_phi1[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
                %v1275 = arith.muli %v36, %v303 : i64
                %v1276 = arith.muli %v34, %v302 : i64
                %v1277 = arith.addi %v1275, %v1276 : i64
                %v1278 = arith.muli %v1267, %v1 : i64
                %v1279 = arith.addi %v1277, %v1278 : i64
                %v1280 = llvm.getelementptr %in_e[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1281 = llvm.load %v1280 : !llvm.ptr -> f32
                %v1282 = arith.mulf %v1274, %v1254 fastmath<contract> : f32
                %v1283 = arith.addf %v1282, %v1281 fastmath<contract> : f32
                %v1284 = arith.muli %v36, %v303 : i64
                %v1285 = arith.muli %v34, %v302 : i64
                %v1286 = arith.addi %v1284, %v1285 : i64
                %v1287 = arith.muli %v1267, %v1 : i64
                %v1288 = arith.addi %v1286, %v1287 : i64
                %v1289 = llvm.getelementptr %in_phi2[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1290 = llvm.load %v1289 : !llvm.ptr -> f32
                %v1291 = arith.mulf %v1290, %v1258 fastmath<contract> : f32
                %v1292 = arith.addf %v1283, %v1291 fastmath<contract> : f32
                %v1293 = arith.muli %v34, %v1 : i64
                %v1294 = llvm.getelementptr %in_theta1[%v1293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1295 = llvm.load %v1294 : !llvm.ptr -> f32
                %v1296 = arith.mulf %v1295, %v1260 fastmath<contract> : f32
                %v1297 = arith.addf %v1292, %v1296 fastmath<contract> : f32
                %v1298 = arith.muli %v34, %v1 : i64
                %v1299 = llvm.getelementptr %in_theta2[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1300 = llvm.load %v1299 : !llvm.ptr -> f32
                %v1301 = arith.mulf %v1300, %v1264 fastmath<contract> : f32
                %v1302 = arith.addf %v1297, %v1301 fastmath<contract> : f32
                %v1303 = arith.mulf %v57, %v1258 fastmath<contract> : f32
                %v1304 = arith.addf %v1303, %v57 fastmath<contract> : f32
                %v1305 = arith.mulf %v58, %v1254 fastmath<contract> : f32
                %v1306 = arith.addf %v1304, %v1305 fastmath<contract> : f32
                %v1307 = arith.mulf %v57, %v1260 fastmath<contract> : f32
                %v1308 = arith.addf %v1307, %v1281 fastmath<contract> : f32
                %v1309 = arith.mulf %v57, %v1264 fastmath<contract> : f32
                %v1310 = arith.addf %v1309, %v57 fastmath<contract> : f32
                %v1311 = arith.mulf %v58, %v1260 fastmath<contract> : f32
                %v1312 = arith.addf %v1310, %v1311 fastmath<contract> : f32
                %v1313 = arith.subi %v211, %v371 : i64
                %v1314 = arith.trunci %v1313 : i64 to i32
                %v1315 = arith.subi %size_L, %v1 : i64
                %v1316 = arith.addi %v209, %v371 : i64
                %v1317 = arith.subi %v1315, %v1316 : i64
                %v1318 = arith.minsi %v1317, %v605 : i64
                %v1319 = arith.trunci %v1318 : i64 to i32
                %v1320 = arith.addi %v371, %v141 : i64
                %v1321 = arith.cmpi slt, %v609, %v1314 : i32
                %v1322 = arith.cmpi eq, %v609, %v1319 : i32
                scf.if %v1321 {
                  %v1323 = arith.addi %v209, %v1320 : i64
                  %v1324 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1325 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1326 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1327 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1328 = arith.muli %v36, %v303 : i64
                  %v1329 = arith.muli %v34, %v302 : i64
                  %v1330 = arith.addi %v1328, %v1329 : i64
                  %v1331 = arith.muli %v1323, %v1 : i64
                  %v1332 = arith.addi %v1330, %v1331 : i64
                  %v1333 = llvm.getelementptr %dy_y[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
                  %v1335 = arith.muli %v36, %v303 : i64
                  %v1336 = arith.muli %v34, %v302 : i64
                  %v1337 = arith.addi %v1335, %v1336 : i64
                  %v1338 = arith.muli %v1323, %v1 : i64
                  %v1339 = arith.addi %v1337, %v1338 : i64
                  %v1340 = llvm.getelementptr %in_phi1[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1341 = llvm.load %v1340 : !llvm.ptr -> f32
                  %v1342 = arith.muli %v36, %v303 : i64
                  %v1343 = arith.muli %v34, %v302 : i64
                  %v1344 = arith.addi %v1342, %v1343 : i64
                  %v1345 = arith.muli %v1323, %v1 : i64
                  %v1346 = arith.addi %v1344, %v1345 : i64
                  %v1347 = llvm.getelementptr %dy_forecast[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
                  %v1349 = arith.mulf %v1341, %v1348 fastmath<contract> : f32
                  %v1350 = arith.addf %v1334, %v1349 fastmath<contract> : f32
                  %v1351 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1352 = arith.mulf %v1351, %v1324 fastmath<contract> : f32
                  %v1353 = arith.addf %v1350, %v1352 fastmath<contract> : f32
                  %v1354 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1355 = arith.mulf %v1354, %v1325 fastmath<contract> : f32
                  %v1356 = arith.addf %v1355, %v1353 fastmath<contract> : f32
                  %v1357 = arith.muli %v36, %v303 : i64
                  %v1358 = arith.muli %v34, %v302 : i64
                  %v1359 = arith.addi %v1357, %v1358 : i64
                  %v1360 = arith.muli %v1323, %v1 : i64
                  %v1361 = arith.addi %v1359, %v1360 : i64
                  %v1362 = llvm.getelementptr %in_phi2[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
                  %v1364 = arith.mulf %v1363, %v1348 fastmath<contract> : f32
                  %v1365 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1366 = arith.mulf %v1365, %v1325 fastmath<contract> : f32
                  %v1367 = arith.addf %v1364, %v1366 fastmath<contract> : f32
                  %v1368 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1369 = arith.mulf %v1368, %v1324 fastmath<contract> : f32
                  %v1370 = arith.addf %v1369, %v1367 fastmath<contract> : f32
                  %v1371 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1372 = arith.mulf %v1371, %v1326 fastmath<contract> : f32
                  %v1373 = arith.addf %v57, %v1372 fastmath<contract> : f32
                  %v1374 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1375 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1376 = arith.mulf %v1374, %v1324 fastmath<contract> : f32
                  %v1377 = arith.addf %v1376, %v1373 fastmath<contract> : f32
                  %v1378 = arith.mulf %v1375, %v1327 fastmath<contract> : f32
                  %v1379 = arith.addf %v1378, %v1377 fastmath<contract> : f32
                  %v1380 = arith.muli %v34, %v1 : i64
                  %v1381 = llvm.getelementptr %in_theta2[%v1380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
                  %v1383 = arith.mulf %v1382, %v1348 fastmath<contract> : f32
                  %v1384 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1385 = arith.mulf %v1384, %v1327 fastmath<contract> : f32
                  %v1386 = arith.addf %v1383, %v1385 fastmath<contract> : f32
                  %v1387 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1388 = arith.mulf %v1387, %v1324 fastmath<contract> : f32
                  %v1389 = arith.addf %v1388, %v1386 fastmath<contract> : f32
                  llvm.store %v1356, %v42 : f32, !llvm.ptr
                  llvm.store %v1370, %v43 : f32, !llvm.ptr
                  llvm.store %v1379, %v44 : f32, !llvm.ptr
                  llvm.store %v1389, %v45 : f32, !llvm.ptr
                  scf.if %v1322 {
                  }
                  %v1390 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1391 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1392 = arith.addf %v1390, %v1391 fastmath<contract> : f32
                  %v1393 = arith.muli %v34, %v1 : i64
                  %v1394 = llvm.getelementptr %in_theta1[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
                  %v1396 = arith.mulf %v1395, %v1348 fastmath<contract> : f32
                  %v1397 = arith.addf %v1392, %v1396 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1398 = arith.muli %v36, %v303 : i64
                    %v1399 = arith.muli %v34, %v302 : i64
                    %v1400 = arith.addi %v1398, %v1399 : i64
                    %v1401 = arith.muli %v1323, %v1 : i64
                    %v1402 = arith.addi %v1400, %v1401 : i64
                    %v1403 = llvm.getelementptr %dx_e[%v1402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1397, %v1403 : f32, !llvm.ptr
                  }
                  %v1404 = arith.mulf %v1254, %v1390 fastmath<contract> : f32
                  %v1405 = arith.mulf %v1302, %v1348 fastmath<contract> : f32
                  %v1406 = arith.addf %v1404, %v1405 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1407 = arith.muli %v36, %v303 : i64
                    %v1408 = arith.muli %v34, %v302 : i64
                    %v1409 = arith.addi %v1407, %v1408 : i64
                    %v1410 = arith.muli %v1323, %v1 : i64
                    %v1411 = arith.addi %v1409, %v1410 : i64
                    %v1412 = llvm.getelementptr %dx_phi1[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1406, %v1412 : f32, !llvm.ptr
                  }
                  %v1413 = arith.mulf %v1258, %v1390 fastmath<contract> : f32
                  %v1414 = arith.mulf %v1306, %v1348 fastmath<contract> : f32
                  %v1415 = arith.addf %v1413, %v1414 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1416 = arith.muli %v36, %v303 : i64
                    %v1417 = arith.muli %v34, %v302 : i64
                    %v1418 = arith.addi %v1416, %v1417 : i64
                    %v1419 = arith.muli %v1323, %v1 : i64
                    %v1420 = arith.addi %v1418, %v1419 : i64
                    %v1421 = llvm.getelementptr %dx_phi2[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1415, %v1421 : f32, !llvm.ptr
                  }
                  %v1422 = arith.mulf %v1260, %v1390 fastmath<contract> : f32
                  %v1423 = arith.muli %v36, %v303 : i64
                  %v1424 = arith.muli %v34, %v302 : i64
                  %v1425 = arith.addi %v1423, %v1424 : i64
                  %v1426 = arith.muli %v1323, %v1 : i64
                  %v1427 = arith.addi %v1425, %v1426 : i64
                  %v1428 = llvm.getelementptr %in_e[%v1427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1429 = llvm.load %v1428 : !llvm.ptr -> f32
                  %v1430 = arith.mulf %v1429, %v1348 fastmath<contract> : f32
                  %v1431 = arith.addf %v1422, %v1430 fastmath<contract> : f32
                  %v1432 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1433 = arith.addf %v1432, %v1431 fastmath<contract> : f32
                  llvm.store %v1433, %v55 : f32, !llvm.ptr
                  %v1434 = arith.mulf %v1264, %v1390 fastmath<contract> : f32
                  %v1435 = arith.mulf %v1312, %v1348 fastmath<contract> : f32
                  %v1436 = arith.addf %v1434, %v1435 fastmath<contract> : f32
                  %v1437 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1438 = arith.addf %v1437, %v1436 fastmath<contract> : f32
                  llvm.store %v1438, %v56 : f32, !llvm.ptr
                  llvm.store %v1341, %v46 : f32, !llvm.ptr
                  llvm.store %v58, %v50 : f32, !llvm.ptr
                  llvm.store %v57, %v47 : f32, !llvm.ptr
                  llvm.store %v1363, %v51 : f32, !llvm.ptr
                  llvm.store %v57, %v48 : f32, !llvm.ptr
                  llvm.store %v1395, %v52 : f32, !llvm.ptr
                  llvm.store %v58, %v53 : f32, !llvm.ptr
                  llvm.store %v57, %v49 : f32, !llvm.ptr
                  llvm.store %v1382, %v54 : f32, !llvm.ptr
                }
                %v1439 = arith.addi %v371, %v80 : i64
                %v1440 = arith.cmpi slt, %v729, %v1314 : i32
                %v1441 = arith.cmpi eq, %v729, %v1319 : i32
                scf.if %v1440 {
                  %v1442 = arith.addi %v209, %v1439 : i64
                  %v1443 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1444 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1445 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1446 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1447 = arith.muli %v36, %v303 : i64
                  %v1448 = arith.muli %v34, %v302 : i64
                  %v1449 = arith.addi %v1447, %v1448 : i64
                  %v1450 = arith.muli %v1442, %v1 : i64
                  %v1451 = arith.addi %v1449, %v1450 : i64
                  %v1452 = llvm.getelementptr %dy_y[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
                  %v1454 = arith.muli %v36, %v303 : i64
                  %v1455 = arith.muli %v34, %v302 : i64
                  %v1456 = arith.addi %v1454, %v1455 : i64
                  %v1457 = arith.muli %v1442, %v1 : i64
                  %v1458 = arith.addi %v1456, %v1457 : i64
                  %v1459 = llvm.getelementptr %in_phi1[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
                  %v1461 = arith.muli %v36, %v303 : i64
                  %v1462 = arith.muli %v34, %v302 : i64
                  %v1463 = arith.addi %v1461, %v1462 : i64
                  %v1464 = arith.muli %v1442, %v1 : i64
                  %v1465 = arith.addi %v1463, %v1464 : i64
                  %v1466 = llvm.getelementptr %dy_forecast[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
                  %v1468 = arith.mulf %v1460, %v1467 fastmath<contract> : f32
                  %v1469 = arith.addf %v1453, %v1468 fastmath<contract> : f32
                  %v1470 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1471 = arith.mulf %v1470, %v1443 fastmath<contract> : f32
                  %v1472 = arith.addf %v1469, %v1471 fastmath<contract> : f32
                  %v1473 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1474 = arith.mulf %v1473, %v1444 fastmath<contract> : f32
                  %v1475 = arith.addf %v1474, %v1472 fastmath<contract> : f32
                  %v1476 = arith.muli %v36, %v303 : i64
                  %v1477 = arith.muli %v34, %v302 : i64
                  %v1478 = arith.addi %v1476, %v1477 : i64
                  %v1479 = arith.muli %v1442, %v1 : i64
                  %v1480 = arith.addi %v1478, %v1479 : i64
                  %v1481 = llvm.getelementptr %in_phi2[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
                  %v1483 = arith.mulf %v1482, %v1467 fastmath<contract> : f32
                  %v1484 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1485 = arith.mulf %v1484, %v1444 fastmath<contract> : f32
                  %v1486 = arith.addf %v1483, %v1485 fastmath<contract> : f32
                  %v1487 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1488 = arith.mulf %v1487, %v1443 fastmath<contract> : f32
                  %v1489 = arith.addf %v1488, %v1486 fastmath<contract> : f32
                  %v1490 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1491 = arith.mulf %v1490, %v1445 fastmath<contract> : f32
                  %v1492 = arith.addf %v57, %v1491 fastmath<contract> : f32
                  %v1493 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1494 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1495 = arith.mulf %v1493, %v1443 fastmath<contract> : f32
                  %v1496 = arith.addf %v1495, %v1492 fastmath<contract> : f32
                  %v1497 = arith.mulf %v1494, %v1446 fastmath<contract> : f32
                  %v1498 = arith.addf %v1497, %v1496 fastmath<contract> : f32
                  %v1499 = arith.muli %v34, %v1 : i64
                  %v1500 = llvm.getelementptr %in_theta2[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1501 = llvm.load %v1500 : !llvm.ptr -> f32
                  %v1502 = arith.mulf %v1501, %v1467 fastmath<contract> : f32
                  %v1503 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1504 = arith.mulf %v1503, %v1446 fastmath<contract> : f32
                  %v1505 = arith.addf %v1502, %v1504 fastmath<contract> : f32
                  %v1506 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1507 = arith.mulf %v1506, %v1443 fastmath<contract> : f32
                  %v1508 = arith.addf %v1507, %v1505 fastmath<contract> : f32
                  llvm.store %v1475, %v42 : f32, !llvm.ptr
                  llvm.store %v1489, %v43 : f32, !llvm.ptr
                  llvm.store %v1498, %v44 : f32, !llvm.ptr
                  llvm.store %v1508, %v45 : f32, !llvm.ptr
                  scf.if %v1441 {
                  }
                  %v1509 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1510 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1511 = arith.addf %v1509, %v1510 fastmath<contract> : f32
                  %v1512 = arith.muli %v34, %v1 : i64
                  %v1513 = llvm.getelementptr %in_theta1[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1514 = llvm.load %v1513 : !llvm.ptr -> f32
                  %v1515 = arith.mulf %v1514, %v1467 fastmath<contract> : f32
                  %v1516 = arith.addf %v1511, %v1515 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1517 = arith.muli %v36, %v303 : i64
                    %v1518 = arith.muli %v34, %v302 : i64
                    %v1519 = arith.addi %v1517, %v1518 : i64
                    %v1520 = arith.muli %v1442, %v1 : i64
                    %v1521 = arith.addi %v1519, %v1520 : i64
                    %v1522 = llvm.getelementptr %dx_e[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1516, %v1522 : f32, !llvm.ptr
                  }
                  %v1523 = arith.mulf %v1206, %v1509 fastmath<contract> : f32
                  %v1524 = arith.mulf %v1254, %v1467 fastmath<contract> : f32
                  %v1525 = arith.addf %v1523, %v1524 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1526 = arith.muli %v36, %v303 : i64
                    %v1527 = arith.muli %v34, %v302 : i64
                    %v1528 = arith.addi %v1526, %v1527 : i64
                    %v1529 = arith.muli %v1442, %v1 : i64
                    %v1530 = arith.addi %v1528, %v1529 : i64
                    %v1531 = llvm.getelementptr %dx_phi1[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1525, %v1531 : f32, !llvm.ptr
                  }
                  %v1532 = arith.mulf %v1210, %v1509 fastmath<contract> : f32
                  %v1533 = arith.mulf %v1258, %v1467 fastmath<contract> : f32
                  %v1534 = arith.addf %v1532, %v1533 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1535 = arith.muli %v36, %v303 : i64
                    %v1536 = arith.muli %v34, %v302 : i64
                    %v1537 = arith.addi %v1535, %v1536 : i64
                    %v1538 = arith.muli %v1442, %v1 : i64
                    %v1539 = arith.addi %v1537, %v1538 : i64
                    %v1540 = llvm.getelementptr %dx_phi2[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1534, %v1540 : f32, !llvm.ptr
                  }
                  %v1541 = arith.mulf %v1212, %v1509 fastmath<contract> : f32
                  %v1542 = arith.muli %v36, %v303 : i64
                  %v1543 = arith.muli %v34, %v302 : i64
                  %v1544 = arith.addi %v1542, %v1543 : i64
                  %v1545 = arith.muli %v1442, %v1 : i64
                  %v1546 = arith.addi %v1544, %v1545 : i64
                  %v1547 = llvm.getelementptr %in_e[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1548 = llvm.load %v1547 : !llvm.ptr -> f32
                  %v1549 = arith.mulf %v1548, %v1467 fastmath<contract> : f32
                  %v1550 = arith.addf %v1541, %v1549 fastmath<contract> : f32
                  %v1551 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1552 = arith.addf %v1551, %v1550 fastmath<contract> : f32
                  llvm.store %v1552, %v55 : f32, !llvm.ptr
                  %v1553 = arith.mulf %v1216, %v1509 fastmath<contract> : f32
                  %v1554 = arith.mulf %v1264, %v1467 fastmath<contract> : f32
                  %v1555 = arith.addf %v1553, %v1554 fastmath<contract> : f32
                  %v1556 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1557 = arith.addf %v1556, %v1555 fastmath<contract> : f32
                  llvm.store %v1557, %v56 : f32, !llvm.ptr
                  llvm.store %v1460, %v46 : f32, !llvm.ptr
                  llvm.store %v58, %v50 : f32, !llvm.ptr
                  llvm.store %v57, %v47 : f32, !llvm.ptr
                  llvm.store %v1482, %v51 : f32, !llvm.ptr
                  llvm.store %v57, %v48 : f32, !llvm.ptr
                  llvm.store %v1514, %v52 : f32, !llvm.ptr
                  llvm.store %v58, %v53 : f32, !llvm.ptr
                  llvm.store %v57, %v49 : f32, !llvm.ptr
                  llvm.store %v1501, %v54 : f32, !llvm.ptr
                }
                %v1558 = arith.addi %v371, %v1 : i64
                %v1559 = arith.cmpi slt, %v849, %v1314 : i32
                %v1560 = arith.cmpi eq, %v849, %v1319 : i32
                scf.if %v1559 {
                  %v1561 = arith.addi %v209, %v1558 : i64
                  %v1562 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1563 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1564 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1565 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1566 = arith.muli %v36, %v303 : i64
                  %v1567 = arith.muli %v34, %v302 : i64
                  %v1568 = arith.addi %v1566, %v1567 : i64
                  %v1569 = arith.muli %v1561, %v1 : i64
                  %v1570 = arith.addi %v1568, %v1569 : i64
                  %v1571 = llvm.getelementptr %dy_y[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1572 = llvm.load %v1571 : !llvm.ptr -> f32
                  %v1573 = arith.muli %v36, %v303 : i64
                  %v1574 = arith.muli %v34, %v302 : i64
                  %v1575 = arith.addi %v1573, %v1574 : i64
                  %v1576 = arith.muli %v1561, %v1 : i64
                  %v1577 = arith.addi %v1575, %v1576 : i64
                  %v1578 = llvm.getelementptr %in_phi1[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1579 = llvm.load %v1578 : !llvm.ptr -> f32
                  %v1580 = arith.muli %v36, %v303 : i64
                  %v1581 = arith.muli %v34, %v302 : i64
                  %v1582 = arith.addi %v1580, %v1581 : i64
                  %v1583 = arith.muli %v1561, %v1 : i64
                  %v1584 = arith.addi %v1582, %v1583 : i64
                  %v1585 = llvm.getelementptr %dy_forecast[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1586 = llvm.load %v1585 : !llvm.ptr -> f32
                  %v1587 = arith.mulf %v1579, %v1586 fastmath<contract> : f32
                  %v1588 = arith.addf %v1572, %v1587 fastmath<contract> : f32
                  %v1589 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1590 = arith.mulf %v1589, %v1562 fastmath<contract> : f32
                  %v1591 = arith.addf %v1588, %v1590 fastmath<contract> : f32
                  %v1592 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1593 = arith.mulf %v1592, %v1563 fastmath<contract> : f32
                  %v1594 = arith.addf %v1593, %v1591 fastmath<contract> : f32
                  %v1595 = arith.muli %v36, %v303 : i64
                  %v1596 = arith.muli %v34, %v302 : i64
                  %v1597 = arith.addi %v1595, %v1596 : i64
                  %v1598 = arith.muli %v1561, %v1 : i64
                  %v1599 = arith.addi %v1597, %v1598 : i64
                  %v1600 = llvm.getelementptr %in_phi2[%v1599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1601 = llvm.load %v1600 : !llvm.ptr -> f32
                  %v1602 = arith.mulf %v1601, %v1586 fastmath<contract> : f32
                  %v1603 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1604 = arith.mulf %v1603, %v1563 fastmath<contract> : f32
                  %v1605 = arith.addf %v1602, %v1604 fastmath<contract> : f32
                  %v1606 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1607 = arith.mulf %v1606, %v1562 fastmath<contract> : f32
                  %v1608 = arith.addf %v1607, %v1605 fastmath<contract> : f32
                  %v1609 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1610 = arith.mulf %v1609, %v1564 fastmath<contract> : f32
                  %v1611 = arith.addf %v57, %v1610 fastmath<contract> : f32
                  %v1612 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1613 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1614 = arith.mulf %v1612, %v1562 fastmath<contract> : f32
                  %v1615 = arith.addf %v1614, %v1611 fastmath<contract> : f32
                  %v1616 = arith.mulf %v1613, %v1565 fastmath<contract> : f32
                  %v1617 = arith.addf %v1616, %v1615 fastmath<contract> : f32
                  %v1618 = arith.muli %v34, %v1 : i64
                  %v1619 = llvm.getelementptr %in_theta2[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1620 = llvm.load %v1619 : !llvm.ptr -> f32
                  %v1621 = arith.mulf %v1620, %v1586 fastmath<contract> : f32
                  %v1622 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1623 = arith.mulf %v1622, %v1565 fastmath<contract> : f32
                  %v1624 = arith.addf %v1621, %v1623 fastmath<contract> : f32
                  %v1625 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1626 = arith.mulf %v1625, %v1562 fastmath<contract> : f32
                  %v1627 = arith.addf %v1626, %v1624 fastmath<contract> : f32
                  llvm.store %v1594, %v42 : f32, !llvm.ptr
                  llvm.store %v1608, %v43 : f32, !llvm.ptr
                  llvm.store %v1617, %v44 : f32, !llvm.ptr
                  llvm.store %v1627, %v45 : f32, !llvm.ptr
                  scf.if %v1560 {
                  }
                  %v1628 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1629 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1630 = arith.addf %v1628, %v1629 fastmath<contract> : f32
                  %v1631 = arith.muli %v34, %v1 : i64
                  %v1632 = llvm.getelementptr %in_theta1[%v1631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1633 = llvm.load %v1632 : !llvm.ptr -> f32
                  %v1634 = arith.mulf %v1633, %v1586 fastmath<contract> : f32
                  %v1635 = arith.addf %v1630, %v1634 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1636 = arith.muli %v36, %v303 : i64
                    %v1637 = arith.muli %v34, %v302 : i64
                    %v1638 = arith.addi %v1636, %v1637 : i64
                    %v1639 = arith.muli %v1561, %v1 : i64
                    %v1640 = arith.addi %v1638, %v1639 : i64
                    %v1641 = llvm.getelementptr %dx_e[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1635, %v1641 : f32, !llvm.ptr
                  }
                  %v1642 = arith.mulf %v1158, %v1628 fastmath<contract> : f32
                  %v1643 = arith.mulf %v1206, %v1586 fastmath<contract> : f32
                  %v1644 = arith.addf %v1642, %v1643 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1645 = arith.muli %v36, %v303 : i64
                    %v1646 = arith.muli %v34, %v302 : i64
                    %v1647 = arith.addi %v1645, %v1646 : i64
                    %v1648 = arith.muli %v1561, %v1 : i64
                    %v1649 = arith.addi %v1647, %v1648 : i64
                    %v1650 = llvm.getelementptr %dx_phi1[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1644, %v1650 : f32, !llvm.ptr
                  }
                  %v1651 = arith.mulf %v1162, %v1628 fastmath<contract> : f32
                  %v1652 = arith.mulf %v1210, %v1586 fastmath<contract> : f32
                  %v1653 = arith.addf %v1651, %v1652 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1654 = arith.muli %v36, %v303 : i64
                    %v1655 = arith.muli %v34, %v302 : i64
                    %v1656 = arith.addi %v1654, %v1655 : i64
                    %v1657 = arith.muli %v1561, %v1 : i64
                    %v1658 = arith.addi %v1656, %v1657 : i64
                    %v1659 = llvm.getelementptr %dx_phi2[%v1658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1653, %v1659 : f32, !llvm.ptr
                  }
                  %v1660 = arith.mulf %v1164, %v1628 fastmath<contract> : f32
                  %v1661 = arith.muli %v36, %v303 : i64
                  %v1662 = arith.muli %v34, %v302 : i64
                  %v1663 = arith.addi %v1661, %v1662 : i64
                  %v1664 = arith.muli %v1561, %v1 : i64
                  %v1665 = arith.addi %v1663, %v1664 : i64
                  %v1666 = llvm.getelementptr %in_e[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
                  %v1668 = arith.mulf %v1667, %v1586 fastmath<contract> : f32
                  %v1669 = arith.addf %v1660, %v1668 fastmath<contract> : f32
                  %v1670 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1671 = arith.addf %v1670, %v1669 fastmath<contract> : f32
                  llvm.store %v1671, %v55 : f32, !llvm.ptr
                  %v1672 = arith.mulf %v1168, %v1628 fastmath<contract> : f32
                  %v1673 = arith.mulf %v1216, %v1586 fastmath<contract> : f32
                  %v1674 = arith.addf %v1672, %v1673 fastmath<contract> : f32
                  %v1675 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1676 = arith.addf %v1675, %v1674 fastmath<contract> : f32
                  llvm.store %v1676, %v56 : f32, !llvm.ptr
                  llvm.store %v1579, %v46 : f32, !llvm.ptr
                  llvm.store %v58, %v50 : f32, !llvm.ptr
                  llvm.store %v57, %v47 : f32, !llvm.ptr
                  llvm.store %v1601, %v51 : f32, !llvm.ptr
                  llvm.store %v57, %v48 : f32, !llvm.ptr
                  llvm.store %v1633, %v52 : f32, !llvm.ptr
                  llvm.store %v58, %v53 : f32, !llvm.ptr
                  llvm.store %v57, %v49 : f32, !llvm.ptr
                  llvm.store %v1620, %v54 : f32, !llvm.ptr
                }
                %v1677 = arith.addi %v371, %v59 : i64
                %v1678 = arith.cmpi slt, %v969, %v1314 : i32
                %v1679 = arith.cmpi eq, %v969, %v1319 : i32
                scf.if %v1678 {
                  %v1680 = arith.addi %v209, %v1677 : i64
                  %v1681 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1682 = llvm.load %v43 : !llvm.ptr -> f32
                  %v1683 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1684 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1685 = arith.muli %v36, %v303 : i64
                  %v1686 = arith.muli %v34, %v302 : i64
                  %v1687 = arith.addi %v1685, %v1686 : i64
                  %v1688 = arith.muli %v1680, %v1 : i64
                  %v1689 = arith.addi %v1687, %v1688 : i64
                  %v1690 = llvm.getelementptr %dy_y[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1691 = llvm.load %v1690 : !llvm.ptr -> f32
                  %v1692 = arith.muli %v36, %v303 : i64
                  %v1693 = arith.muli %v34, %v302 : i64
                  %v1694 = arith.addi %v1692, %v1693 : i64
                  %v1695 = arith.muli %v1680, %v1 : i64
                  %v1696 = arith.addi %v1694, %v1695 : i64
                  %v1697 = llvm.getelementptr %in_phi1[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1698 = llvm.load %v1697 : !llvm.ptr -> f32
                  %v1699 = arith.muli %v36, %v303 : i64
                  %v1700 = arith.muli %v34, %v302 : i64
                  %v1701 = arith.addi %v1699, %v1700 : i64
                  %v1702 = arith.muli %v1680, %v1 : i64
                  %v1703 = arith.addi %v1701, %v1702 : i64
                  %v1704 = llvm.getelementptr %dy_forecast[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1705 = llvm.load %v1704 : !llvm.ptr -> f32
                  %v1706 = arith.mulf %v1698, %v1705 fastmath<contract> : f32
                  %v1707 = arith.addf %v1691, %v1706 fastmath<contract> : f32
                  %v1708 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1709 = arith.mulf %v1708, %v1681 fastmath<contract> : f32
                  %v1710 = arith.addf %v1707, %v1709 fastmath<contract> : f32
                  %v1711 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1712 = arith.mulf %v1711, %v1682 fastmath<contract> : f32
                  %v1713 = arith.addf %v1712, %v1710 fastmath<contract> : f32
                  %v1714 = arith.muli %v36, %v303 : i64
                  %v1715 = arith.muli %v34, %v302 : i64
                  %v1716 = arith.addi %v1714, %v1715 : i64
                  %v1717 = arith.muli %v1680, %v1 : i64
                  %v1718 = arith.addi %v1716, %v1717 : i64
                  %v1719 = llvm.getelementptr %in_phi2[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1720 = llvm.load %v1719 : !llvm.ptr -> f32
                  %v1721 = arith.mulf %v1720, %v1705 fastmath<contract> : f32
                  %v1722 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1723 = arith.mulf %v1722, %v1682 fastmath<contract> : f32
                  %v1724 = arith.addf %v1721, %v1723 fastmath<contract> : f32
                  %v1725 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1726 = arith.mulf %v1725, %v1681 fastmath<contract> : f32
                  %v1727 = arith.addf %v1726, %v1724 fastmath<contract> : f32
                  %v1728 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1729 = arith.mulf %v1728, %v1683 fastmath<contract> : f32
                  %v1730 = arith.addf %v57, %v1729 fastmath<contract> : f32
                  %v1731 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1732 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1733 = arith.mulf %v1731, %v1681 fastmath<contract> : f32
                  %v1734 = arith.addf %v1733, %v1730 fastmath<contract> : f32
                  %v1735 = arith.mulf %v1732, %v1684 fastmath<contract> : f32
                  %v1736 = arith.addf %v1735, %v1734 fastmath<contract> : f32
                  %v1737 = arith.muli %v34, %v1 : i64
                  %v1738 = llvm.getelementptr %in_theta2[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1739 = llvm.load %v1738 : !llvm.ptr -> f32
                  %v1740 = arith.mulf %v1739, %v1705 fastmath<contract> : f32
                  %v1741 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1742 = arith.mulf %v1741, %v1684 fastmath<contract> : f32
                  %v1743 = arith.addf %v1740, %v1742 fastmath<contract> : f32
                  %v1744 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1745 = arith.mulf %v1744, %v1681 fastmath<contract> : f32
                  %v1746 = arith.addf %v1745, %v1743 fastmath<contract> : f32
                  llvm.store %v1713, %v42 : f32, !llvm.ptr
                  llvm.store %v1727, %v43 : f32, !llvm.ptr
                  llvm.store %v1736, %v44 : f32, !llvm.ptr
                  llvm.store %v1746, %v45 : f32, !llvm.ptr
                  scf.if %v1679 {
                  }
                  %v1747 = llvm.load %v42 : !llvm.ptr -> f32
                  %v1748 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1749 = arith.addf %v1747, %v1748 fastmath<contract> : f32
                  %v1750 = arith.muli %v34, %v1 : i64
                  %v1751 = llvm.getelementptr %in_theta1[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1752 = llvm.load %v1751 : !llvm.ptr -> f32
                  %v1753 = arith.mulf %v1752, %v1705 fastmath<contract> : f32
                  %v1754 = arith.addf %v1749, %v1753 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1755 = arith.muli %v36, %v303 : i64
                    %v1756 = arith.muli %v34, %v302 : i64
                    %v1757 = arith.addi %v1755, %v1756 : i64
                    %v1758 = arith.muli %v1680, %v1 : i64
                    %v1759 = arith.addi %v1757, %v1758 : i64
                    %v1760 = llvm.getelementptr %dx_e[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1754, %v1760 : f32, !llvm.ptr
                  }
                  %v1761 = arith.mulf %v1096, %v1747 fastmath<contract> : f32
                  %v1762 = arith.mulf %v1158, %v1705 fastmath<contract> : f32
                  %v1763 = arith.addf %v1761, %v1762 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1764 = arith.muli %v36, %v303 : i64
                    %v1765 = arith.muli %v34, %v302 : i64
                    %v1766 = arith.addi %v1764, %v1765 : i64
                    %v1767 = arith.muli %v1680, %v1 : i64
                    %v1768 = arith.addi %v1766, %v1767 : i64
                    %v1769 = llvm.getelementptr %dx_phi1[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1763, %v1769 : f32, !llvm.ptr
                  }
                  %v1770 = arith.mulf %v1104, %v1747 fastmath<contract> : f32
                  %v1771 = arith.mulf %v1162, %v1705 fastmath<contract> : f32
                  %v1772 = arith.addf %v1770, %v1771 fastmath<contract> : f32
                  scf.if %v31 {
                    %v1773 = arith.muli %v36, %v303 : i64
                    %v1774 = arith.muli %v34, %v302 : i64
                    %v1775 = arith.addi %v1773, %v1774 : i64
                    %v1776 = arith.muli %v1680, %v1 : i64
                    %v1777 = arith.addi %v1775, %v1776 : i64
                    %v1778 = llvm.getelementptr %dx_phi2[%v1777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1772, %v1778 : f32, !llvm.ptr
                  }
                  %v1779 = arith.mulf %v1112, %v1747 fastmath<contract> : f32
                  %v1780 = arith.muli %v36, %v303 : i64
                  %v1781 = arith.muli %v34, %v302 : i64
                  %v1782 = arith.addi %v1780, %v1781 : i64
                  %v1783 = arith.muli %v1680, %v1 : i64
                  %v1784 = arith.addi %v1782, %v1783 : i64
                  %v1785 = llvm.getelementptr %in_e[%v1784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1786 = llvm.load %v1785 : !llvm.ptr -> f32
                  %v1787 = arith.mulf %v1786, %v1705 fastmath<contract> : f32
                  %v1788 = arith.addf %v1779, %v1787 fastmath<contract> : f32
                  %v1789 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1790 = arith.addf %v1789, %v1788 fastmath<contract> : f32
                  llvm.store %v1790, %v55 : f32, !llvm.ptr
                  %v1791 = arith.mulf %v1120, %v1747 fastmath<contract> : f32
                  %v1792 = arith.mulf %v1168, %v1705 fastmath<contract> : f32
                  %v1793 = arith.addf %v1791, %v1792 fastmath<contract> : f32
                  %v1794 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1795 = arith.addf %v1794, %v1793 fastmath<contract> : f32
                  llvm.store %v1795, %v56 : f32, !llvm.ptr
                  llvm.store %v1698, %v46 : f32, !llvm.ptr
                  llvm.store %v58, %v50 : f32, !llvm.ptr
                  llvm.store %v57, %v47 : f32, !llvm.ptr
                  llvm.store %v1720, %v51 : f32, !llvm.ptr
                  llvm.store %v57, %v48 : f32, !llvm.ptr
                  llvm.store %v1752, %v52 : f32, !llvm.ptr
                  llvm.store %v58, %v53 : f32, !llvm.ptr
                  llvm.store %v57, %v49 : f32, !llvm.ptr
                  llvm.store %v1739, %v54 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v1796 = arith.cmpi eq, %v27, %v59 : i64
      scf.if %v1796 {
      }
      scf.if %v31 {
        %v1797 = llvm.load %v55 : !llvm.ptr -> f32
        %v1798 = arith.addi %v41, %v30 : i64
        %v1799 = arith.muli %v1798, %v1 : i64
        %v1800 = arith.addi %v1799, %v59 : i64
        %v1801 = llvm.getelementptr %part_theta1[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1797, %v1801 : f32, !llvm.ptr
      }
      scf.if %v31 {
        %v1802 = llvm.load %v56 : !llvm.ptr -> f32
        %v1803 = arith.addi %v41, %v30 : i64
        %v1804 = arith.muli %v1803, %v1 : i64
        %v1805 = arith.addi %v1804, %v59 : i64
        %v1806 = llvm.getelementptr %part_theta2[%v1805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1802, %v1806 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
