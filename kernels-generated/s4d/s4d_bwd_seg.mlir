module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_bwd_seg(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_u: !llvm.ptr, %part_log_dt: !llvm.ptr, %part_A_log: !llvm.ptr, %part_Bp: !llvm.ptr, %part_Cp: !llvm.ptr, %part_Dskip: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = arith.constant 32 : i64
      %v25 = arith.constant 8 : i64
      %v37 = arith.constant 4 : i64
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = arith.constant 0x00000000 : f32
      %v54 = arith.constant 0x3F800000 : f32
      %v55 = arith.constant 0 : i64
      %v101 = arith.constant 64 : i64
      %v102 = arith.constant 7 : i64
      %v158 = arith.muli %v2, %size_B : i64
      %v159 = arith.muli %v158, %size_D : i64
      %v160 = arith.muli %v159, %v1 : i64
      %v162 = arith.muli %v2, %v1 : i64
      %v163 = arith.muli %v162, %size_D : i64
      %v172 = arith.muli %v2, %size_B : i64
      %v173 = arith.muli %v172, %size_D : i64
      %v174 = arith.muli %v173, %v1 : i64
      %v217 = arith.constant 0x3FB8AA3B : f32
      %v227 = arith.constant 32 : i32
      %v233 = arith.muli %v2, %v1 : i64
      %v253 = arith.muli %v2, %size_L : i64
      %v254 = arith.muli %v253, %size_D : i64
      %v455 = arith.constant 2 : i64
      %v516 = arith.constant 3 : i64
      %v637 = arith.constant 5 : i64
      %v698 = arith.constant 6 : i64
      %v906 = arith.constant 1 : i32
      %v910 = arith.constant 2 : i32
      %v914 = arith.constant 4 : i32
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v20 = arith.subi %v19, %v2 : i64
      %v21 = arith.addi %v4, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.divui %v18, %v22 : i64
      %v24 = arith.remui %v18, %v22 : i64
      %v26 = arith.remui %v17, %v25 : i64
      %v27 = arith.divui %v17, %v25 : i64
      %v28 = arith.muli %v24, %v19 : i64
      %v29 = arith.addi %v28, %v27 : i64
      %v30 = arith.cmpi slt, %v29, %v4 : i64
      %v31 = arith.subi %v4, %v2 : i64
      %v32 = arith.minsi %v29, %v31 : i64
      %v33 = arith.remui %v32, %size_D : i64
      %v34 = arith.divui %v32, %size_D : i64
      %v35 = arith.remui %v34, %size_B : i64
      %v36 = arith.divui %v34, %size_B : i64
      %v106 = arith.trunci %v17 : i64 to i32
      %v107 = arith.constant 24 : i32
      %v108 = arith.andi %v106, %v107 : i32
      %v109 = arith.constant 0 : i32
      %v110 = arith.ori %v108, %v109 : i32
      %v111 = arith.constant 0 : i64
      %v112 = arith.cmpi eq, %v26, %v111 : i64
      %v113 = arith.constant 1 : i32
      %v114 = arith.ori %v108, %v113 : i32
      %v115 = arith.constant 1 : i64
      %v116 = arith.cmpi eq, %v26, %v115 : i64
      %v117 = arith.constant 2 : i32
      %v118 = arith.ori %v108, %v117 : i32
      %v119 = arith.constant 2 : i64
      %v120 = arith.cmpi eq, %v26, %v119 : i64
      %v121 = arith.constant 3 : i32
      %v122 = arith.ori %v108, %v121 : i32
      %v123 = arith.constant 3 : i64
      %v124 = arith.cmpi eq, %v26, %v123 : i64
      %v125 = arith.constant 4 : i32
      %v126 = arith.ori %v108, %v125 : i32
      %v127 = arith.constant 4 : i64
      %v128 = arith.cmpi eq, %v26, %v127 : i64
      %v129 = arith.constant 5 : i32
      %v130 = arith.ori %v108, %v129 : i32
      %v131 = arith.constant 5 : i64
      %v132 = arith.cmpi eq, %v26, %v131 : i64
      %v133 = arith.constant 6 : i32
      %v134 = arith.ori %v108, %v133 : i32
      %v135 = arith.constant 6 : i64
      %v136 = arith.cmpi eq, %v26, %v135 : i64
      %v137 = arith.constant 7 : i32
      %v138 = arith.ori %v108, %v137 : i32
      %v139 = arith.constant 7 : i64
      %v140 = arith.cmpi eq, %v26, %v139 : i64
      %v38 = arith.muli %v23, %v37 : i64
      %v39 = arith.addi %v38, %v37 : i64
      %v40 = arith.muli %v23, %v4 : i64
      llvm.store %v53, %v41 : f32, !llvm.ptr
      llvm.store %v53, %v42 : f32, !llvm.ptr
      llvm.store %v54, %v43 : f32, !llvm.ptr
      llvm.store %v54, %v44 : f32, !llvm.ptr
      llvm.store %v53, %v45 : f32, !llvm.ptr
      llvm.store %v53, %v46 : f32, !llvm.ptr
      llvm.store %v53, %v47 : f32, !llvm.ptr
      llvm.store %v53, %v48 : f32, !llvm.ptr
      llvm.store %v53, %v49 : f32, !llvm.ptr
      llvm.store %v53, %v50 : f32, !llvm.ptr
      llvm.store %v53, %v51 : f32, !llvm.ptr
      llvm.store %v53, %v52 : f32, !llvm.ptr
      %v56 = arith.addi %v55, %v26 : i64
      %v57 = arith.muli %v55, %v8 : i64
      %v58 = arith.addi %v57, %v23 : i64
      %v59 = arith.muli %v58, %v1 : i64
      %v60 = arith.addi %v59, %v56 : i64
      %v61 = arith.muli %v60, %v4 : i64
      %v62 = arith.subi %v4, %v2 : i64
      %v63 = arith.minsi %v29, %v62 : i64
      %v64 = arith.addi %v61, %v63 : i64
      %v65 = llvm.getelementptr %segcarry_h[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v66 = llvm.load %v65 : !llvm.ptr -> f32
      llvm.store %v66, %v41 : f32, !llvm.ptr
      %v67 = arith.addi %v55, %v26 : i64
      %v68 = arith.muli %v2, %v8 : i64
      %v69 = arith.addi %v68, %v23 : i64
      %v70 = arith.muli %v69, %v1 : i64
      %v71 = arith.addi %v70, %v67 : i64
      %v72 = arith.muli %v71, %v4 : i64
      %v73 = arith.subi %v4, %v2 : i64
      %v74 = arith.minsi %v29, %v73 : i64
      %v75 = arith.addi %v72, %v74 : i64
      %v76 = llvm.getelementptr %segcarry_h[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v77 = llvm.load %v76 : !llvm.ptr -> f32
      llvm.store %v77, %v43 : f32, !llvm.ptr
      %v78 = arith.addi %v25, %v26 : i64
      %v79 = arith.muli %v55, %v8 : i64
      %v80 = arith.addi %v79, %v23 : i64
      %v81 = arith.muli %v80, %v1 : i64
      %v82 = arith.addi %v81, %v78 : i64
      %v83 = arith.muli %v82, %v4 : i64
      %v84 = arith.subi %v4, %v2 : i64
      %v85 = arith.minsi %v29, %v84 : i64
      %v86 = arith.addi %v83, %v85 : i64
      %v87 = llvm.getelementptr %segcarry_h[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v88 = llvm.load %v87 : !llvm.ptr -> f32
      llvm.store %v88, %v42 : f32, !llvm.ptr
      %v89 = arith.addi %v25, %v26 : i64
      %v90 = arith.muli %v2, %v8 : i64
      %v91 = arith.addi %v90, %v23 : i64
      %v92 = arith.muli %v91, %v1 : i64
      %v93 = arith.addi %v92, %v89 : i64
      %v94 = arith.muli %v93, %v4 : i64
      %v95 = arith.subi %v4, %v2 : i64
      %v96 = arith.minsi %v29, %v95 : i64
      %v97 = arith.addi %v94, %v96 : i64
      %v98 = llvm.getelementptr %segcarry_h[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v99 = llvm.load %v98 : !llvm.ptr -> f32
      llvm.store %v99, %v44 : f32, !llvm.ptr
      %v100 = arith.cmpi eq, %size_L, %v55 : i64
      scf.if %v100 {
        llvm.store %v53, %v13 : f32, !llvm.ptr
        llvm.store %v53, %v14 : f32, !llvm.ptr
      }
      %v103 = arith.subi %v101, %v2 : i64
      %v104 = arith.addi %size_L, %v103 : i64
      %v105 = arith.divui %v104, %v101 : i64
      %v141 = arith.minsi %v39, %v105 : i64
      %v142 = arith.muli %v23, %v25 : i64
      %v143 = arith.subi %v141, %v38 : i64
      %v144 = arith.maxsi %v143, %v55 : i64
      %v145 = arith.index_cast %v55 : i64 to index
      %v146 = arith.index_cast %v144 : i64 to index
      %v147 = arith.index_cast %v2 : i64 to index
      scf.for %v148 = %v145 to %v146 step %v147 {
        %v149 = arith.index_cast %v148 : index to i64
        %v150 = arith.subi %v141, %v2 : i64
        %v151 = arith.subi %v150, %v149 : i64
        %v152 = arith.muli %v151, %v101 : i64
        %v153 = arith.subi %size_L, %v152 : i64
        %v154 = arith.minsi %v153, %v101 : i64
        %v155 = arith.subi %v154, %v2 : i64
        %v156 = arith.addi %v154, %v102 : i64
        %v157 = arith.divui %v156, %v25 : i64
        %v161 = arith.muli %v151, %v160 : i64
        %v164 = arith.muli %v35, %v163 : i64
        %v165 = arith.muli %v33, %v162 : i64
        %v166 = arith.addi %v164, %v165 : i64
        %v167 = arith.muli %v26, %v2 : i64
        %v168 = arith.addi %v166, %v167 : i64
        %v169 = arith.addi %v161, %v168 : i64
        %v170 = llvm.getelementptr %ckpt_h[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v171 = llvm.load %v170 : !llvm.ptr -> f32
        llvm.store %v171, %v11 : f32, !llvm.ptr
        %v175 = arith.muli %v151, %v174 : i64
        %v176 = arith.muli %v35, %v163 : i64
        %v177 = arith.muli %v33, %v162 : i64
        %v178 = arith.addi %v176, %v177 : i64
        %v179 = arith.constant 8 : i64
        %v180 = arith.addi %v179, %v26 : i64
        %v181 = arith.muli %v180, %v2 : i64
        %v182 = arith.addi %v178, %v181 : i64
        %v183 = arith.addi %v175, %v182 : i64
        %v184 = llvm.getelementptr %ckpt_h[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v185 = llvm.load %v184 : !llvm.ptr -> f32
        llvm.store %v185, %v12 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v186 = arith.index_cast %v55 : i64 to index
        %v187 = arith.index_cast %v157 : i64 to index
        %v188 = arith.index_cast %v2 : i64 to index
        scf.for %v189 = %v186 to %v187 step %v188 {
          %v190 = arith.index_cast %v189 : index to i64
          %v191 = arith.addi %v142, %v190 : i64
          scf.if %v30 {
            %v192 = llvm.load %v11 : !llvm.ptr -> f32
            %v193 = arith.muli %v191, %v4 : i64
            %v194 = arith.subi %v4, %v2 : i64
            %v195 = arith.minsi %v29, %v194 : i64
            %v196 = arith.addi %v193, %v195 : i64
            %v197 = arith.muli %v196, %v1 : i64
            %v198 = arith.addi %v197, %v55 : i64
            %v199 = arith.addi %v198, %v26 : i64
            %v200 = llvm.getelementptr %scratch_h[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v192, %v200 : f32, !llvm.ptr
            %v201 = llvm.load %v12 : !llvm.ptr -> f32
            %v202 = arith.muli %v191, %v4 : i64
            %v203 = arith.subi %v4, %v2 : i64
            %v204 = arith.minsi %v29, %v203 : i64
            %v205 = arith.addi %v202, %v204 : i64
            %v206 = arith.muli %v205, %v1 : i64
            %v207 = arith.addi %v206, %v25 : i64
            %v208 = arith.addi %v207, %v26 : i64
            %v209 = llvm.getelementptr %scratch_h[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v201, %v209 : f32, !llvm.ptr
          }
          %v210 = arith.muli %v190, %v25 : i64
          %v211 = arith.addi %v210, %v26 : i64
          %v212 = arith.minsi %v211, %v155 : i64
          %v213 = arith.addi %v152, %v212 : i64
          %v214 = arith.muli %v33, %v2 : i64
          %v215 = llvm.getelementptr %in_log_dt[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v216 = llvm.load %v215 : !llvm.ptr -> f32
          %v218 = arith.mulf %v216, %v217 : f32
          %v219 = llvm.call_intrinsic "llvm.exp2.f32"(%v218) : (f32) -> f32
          %v220 = arith.index_cast %v55 : i64 to index
          %v221 = arith.index_cast %v25 : i64 to index
          %v222 = arith.index_cast %v2 : i64 to index
          scf.for %v223 = %v220 to %v221 step %v222 {
            %v224 = arith.index_cast %v223 : index to i64
            %v225 = arith.trunci %v224 : i64 to i32
            %v226 = arith.ori %v110, %v225 : i32
            %v228, %v229 = gpu.shuffle idx %v219, %v226, %v227 : f32
            %v230 = arith.addi %v210, %v224 : i64
            %v231 = arith.cmpi slt, %v230, %v154 : i64
            scf.if %v231 {
              %v232 = arith.addi %v152, %v230 : i64
              %v234 = arith.muli %v33, %v233 : i64
              %v235 = arith.muli %v26, %v2 : i64
              %v236 = arith.addi %v234, %v235 : i64
              %v237 = llvm.getelementptr %in_A_log[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v238 = llvm.load %v237 : !llvm.ptr -> f32
              %v239 = arith.mulf %v238, %v217 : f32
              %v240 = llvm.call_intrinsic "llvm.exp2.f32"(%v239) : (f32) -> f32
              %v241 = arith.negf %v240 : f32
              %v242 = arith.mulf %v228, %v241 : f32
              %v243 = arith.mulf %v242, %v217 : f32
              %v244 = llvm.call_intrinsic "llvm.exp2.f32"(%v243) : (f32) -> f32
              %v245 = arith.subf %v244, %v54 : f32
              %v246 = arith.divf %v245, %v241 : f32
              %v247 = arith.muli %v33, %v233 : i64
              %v248 = arith.muli %v26, %v2 : i64
              %v249 = arith.addi %v247, %v248 : i64
              %v250 = llvm.getelementptr %in_Bp[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v251 = llvm.load %v250 : !llvm.ptr -> f32
              %v252 = arith.mulf %v246, %v251 : f32
              %v255 = arith.muli %v35, %v254 : i64
              %v256 = arith.muli %v33, %v253 : i64
              %v257 = arith.addi %v255, %v256 : i64
              %v258 = arith.muli %v232, %v2 : i64
              %v259 = arith.addi %v257, %v258 : i64
              %v260 = llvm.getelementptr %in_u[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v261 = llvm.load %v260 : !llvm.ptr -> f32
              %v262 = arith.mulf %v252, %v261 : f32
              %v263 = llvm.load %v11 : !llvm.ptr -> f32
              %v264 = arith.mulf %v244, %v263 : f32
              %v265 = arith.addf %v264, %v262 : f32
              llvm.store %v265, %v11 : f32, !llvm.ptr
              %v266 = arith.muli %v33, %v233 : i64
              %v267 = arith.constant 8 : i64
              %v268 = arith.addi %v267, %v26 : i64
              %v269 = arith.muli %v268, %v2 : i64
              %v270 = arith.addi %v266, %v269 : i64
              %v271 = llvm.getelementptr %in_A_log[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v272 = llvm.load %v271 : !llvm.ptr -> f32
              %v273 = arith.mulf %v272, %v217 : f32
              %v274 = llvm.call_intrinsic "llvm.exp2.f32"(%v273) : (f32) -> f32
              %v275 = arith.negf %v274 : f32
              %v276 = arith.mulf %v228, %v275 : f32
              %v277 = arith.mulf %v276, %v217 : f32
              %v278 = llvm.call_intrinsic "llvm.exp2.f32"(%v277) : (f32) -> f32
              %v279 = arith.subf %v278, %v54 : f32
              %v280 = arith.divf %v279, %v275 : f32
              %v281 = arith.muli %v33, %v233 : i64
              %v282 = arith.constant 8 : i64
              %v283 = arith.addi %v282, %v26 : i64
              %v284 = arith.muli %v283, %v2 : i64
              %v285 = arith.addi %v281, %v284 : i64
              %v286 = llvm.getelementptr %in_Bp[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v287 = llvm.load %v286 : !llvm.ptr -> f32
              %v288 = arith.mulf %v280, %v287 : f32
              %v289 = arith.mulf %v288, %v261 : f32
              %v290 = llvm.load %v12 : !llvm.ptr -> f32
              %v291 = arith.mulf %v278, %v290 : f32
              %v292 = arith.addf %v291, %v289 : f32
              llvm.store %v292, %v12 : f32, !llvm.ptr
            }
          }
        }
        %v293 = arith.index_cast %v55 : i64 to index
        %v294 = arith.index_cast %v2 : i64 to index
        %v295 = arith.index_cast %v2 : i64 to index
        scf.for %v296 = %v293 to %v294 step %v295 {
          %v297 = arith.index_cast %v296 : index to i64
          %v298 = arith.index_cast %v55 : i64 to index
          %v299 = arith.index_cast %v157 : i64 to index
          %v300 = arith.index_cast %v2 : i64 to index
          scf.for %v301 = %v298 to %v299 step %v300 {
            %v302 = arith.index_cast %v301 : index to i64
            %v303 = arith.cmpi slt, %v302, %v157 : i64
            scf.if %v303 {
              %v304 = arith.subi %v157, %v2 : i64
              %v305 = arith.subi %v304, %v302 : i64
              %v306 = arith.muli %v305, %v25 : i64
              %v307 = arith.addi %v142, %v305 : i64
              %v308 = arith.subi %v154, %v2 : i64
              %v309 = arith.muli %v307, %v4 : i64
              %v310 = arith.subi %v4, %v2 : i64
              %v311 = arith.minsi %v29, %v310 : i64
              %v312 = arith.addi %v309, %v311 : i64
              %v313 = arith.muli %v312, %v1 : i64
              %v314 = arith.addi %v313, %v55 : i64
              %v315 = arith.addi %v314, %v26 : i64
              %v316 = llvm.getelementptr %scratch_h[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v317 = llvm.load %v316 : !llvm.ptr -> f32
              %v318 = arith.muli %v307, %v4 : i64
              %v319 = arith.subi %v4, %v2 : i64
              %v320 = arith.minsi %v29, %v319 : i64
              %v321 = arith.addi %v318, %v320 : i64
              %v322 = arith.muli %v321, %v1 : i64
              %v323 = arith.addi %v322, %v25 : i64
              %v324 = arith.addi %v323, %v26 : i64
              %v325 = llvm.getelementptr %scratch_h[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v326 = llvm.load %v325 : !llvm.ptr -> f32
              %v327 = arith.addi %v306, %v26 : i64
              %v328 = arith.minsi %v327, %v308 : i64
              %v329 = arith.addi %v152, %v328 : i64
              %v330 = arith.muli %v33, %v2 : i64
              %v331 = llvm.getelementptr %in_log_dt[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v332 = llvm.load %v331 : !llvm.ptr -> f32
              %v333 = arith.mulf %v332, %v217 : f32
              %v334 = llvm.call_intrinsic "llvm.exp2.f32"(%v333) : (f32) -> f32
              // the group's states, recomputed into registers
              %v335 = arith.addi %v306, %v55 : i64
              %v336 = arith.minsi %v335, %v308 : i64
              %v337 = arith.addi %v152, %v336 : i64
              %v338, %v339 = gpu.shuffle idx %v334, %v110, %v227 : f32
              %v340 = arith.muli %v33, %v233 : i64
              %v341 = arith.muli %v26, %v2 : i64
              %v342 = arith.addi %v340, %v341 : i64
              %v343 = llvm.getelementptr %in_A_log[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v344 = llvm.load %v343 : !llvm.ptr -> f32
              %v345 = arith.mulf %v344, %v217 : f32
              %v346 = llvm.call_intrinsic "llvm.exp2.f32"(%v345) : (f32) -> f32
              %v347 = arith.negf %v346 : f32
              %v348 = arith.mulf %v338, %v347 : f32
              %v349 = arith.mulf %v348, %v217 : f32
              %v350 = llvm.call_intrinsic "llvm.exp2.f32"(%v349) : (f32) -> f32
              %v351 = arith.subf %v350, %v54 : f32
              %v352 = arith.divf %v351, %v347 : f32
              %v353 = arith.muli %v33, %v233 : i64
              %v354 = arith.muli %v26, %v2 : i64
              %v355 = arith.addi %v353, %v354 : i64
              %v356 = llvm.getelementptr %in_Bp[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v357 = llvm.load %v356 : !llvm.ptr -> f32
              %v358 = arith.mulf %v352, %v357 : f32
              %v359 = arith.muli %v35, %v254 : i64
              %v360 = arith.muli %v33, %v253 : i64
              %v361 = arith.addi %v359, %v360 : i64
              %v362 = arith.muli %v337, %v2 : i64
              %v363 = arith.addi %v361, %v362 : i64
              %v364 = llvm.getelementptr %in_u[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v365 = llvm.load %v364 : !llvm.ptr -> f32
              %v366 = arith.mulf %v358, %v365 : f32
              %v367 = arith.mulf %v350, %v317 : f32
              %v368 = arith.addf %v367, %v366 : f32
              %v369 = arith.muli %v33, %v233 : i64
              %v370 = arith.constant 8 : i64
              %v371 = arith.addi %v370, %v26 : i64
              %v372 = arith.muli %v371, %v2 : i64
              %v373 = arith.addi %v369, %v372 : i64
              %v374 = llvm.getelementptr %in_A_log[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v375 = llvm.load %v374 : !llvm.ptr -> f32
              %v376 = arith.mulf %v375, %v217 : f32
              %v377 = llvm.call_intrinsic "llvm.exp2.f32"(%v376) : (f32) -> f32
              %v378 = arith.negf %v377 : f32
              %v379 = arith.mulf %v338, %v378 : f32
              %v380 = arith.mulf %v379, %v217 : f32
              %v381 = llvm.call_intrinsic "llvm.exp2.f32"(%v380) : (f32) -> f32
              %v382 = arith.subf %v381, %v54 : f32
              %v383 = arith.divf %v382, %v378 : f32
              %v384 = arith.muli %v33, %v233 : i64
              %v385 = arith.constant 8 : i64
              %v386 = arith.addi %v385, %v26 : i64
              %v387 = arith.muli %v386, %v2 : i64
              %v388 = arith.addi %v384, %v387 : i64
              %v389 = llvm.getelementptr %in_Bp[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v390 = llvm.load %v389 : !llvm.ptr -> f32
              %v391 = arith.mulf %v383, %v390 : f32
              %v392 = arith.mulf %v391, %v365 : f32
              %v393 = arith.mulf %v381, %v326 : f32
              %v394 = arith.addf %v393, %v392 : f32
              %v395 = arith.addi %v306, %v2 : i64
              %v396 = arith.minsi %v395, %v308 : i64
              %v397 = arith.addi %v152, %v396 : i64
              %v398, %v399 = gpu.shuffle idx %v334, %v114, %v227 : f32
              %v400 = arith.muli %v33, %v233 : i64
              %v401 = arith.muli %v26, %v2 : i64
              %v402 = arith.addi %v400, %v401 : i64
              %v403 = llvm.getelementptr %in_A_log[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v404 = llvm.load %v403 : !llvm.ptr -> f32
              %v405 = arith.mulf %v404, %v217 : f32
              %v406 = llvm.call_intrinsic "llvm.exp2.f32"(%v405) : (f32) -> f32
              %v407 = arith.negf %v406 : f32
              %v408 = arith.mulf %v398, %v407 : f32
              %v409 = arith.mulf %v408, %v217 : f32
              %v410 = llvm.call_intrinsic "llvm.exp2.f32"(%v409) : (f32) -> f32
              %v411 = arith.subf %v410, %v54 : f32
              %v412 = arith.divf %v411, %v407 : f32
              %v413 = arith.muli %v33, %v233 : i64
              %v414 = arith.muli %v26, %v2 : i64
              %v415 = arith.addi %v413, %v414 : i64
              %v416 = llvm.getelementptr %in_Bp[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v417 = llvm.load %v416 : !llvm.ptr -> f32
              %v418 = arith.mulf %v412, %v417 : f32
              %v419 = arith.muli %v35, %v254 : i64
              %v420 = arith.muli %v33, %v253 : i64
              %v421 = arith.addi %v419, %v420 : i64
              %v422 = arith.muli %v397, %v2 : i64
              %v423 = arith.addi %v421, %v422 : i64
              %v424 = llvm.getelementptr %in_u[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v425 = llvm.load %v424 : !llvm.ptr -> f32
              %v426 = arith.mulf %v418, %v425 : f32
              %v427 = arith.mulf %v410, %v368 : f32
              %v428 = arith.addf %v427, %v426 : f32
              %v429 = arith.muli %v33, %v233 : i64
              %v430 = arith.constant 8 : i64
              %v431 = arith.addi %v430, %v26 : i64
              %v432 = arith.muli %v431, %v2 : i64
              %v433 = arith.addi %v429, %v432 : i64
              %v434 = llvm.getelementptr %in_A_log[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v435 = llvm.load %v434 : !llvm.ptr -> f32
              %v436 = arith.mulf %v435, %v217 : f32
              %v437 = llvm.call_intrinsic "llvm.exp2.f32"(%v436) : (f32) -> f32
              %v438 = arith.negf %v437 : f32
              %v439 = arith.mulf %v398, %v438 : f32
              %v440 = arith.mulf %v439, %v217 : f32
              %v441 = llvm.call_intrinsic "llvm.exp2.f32"(%v440) : (f32) -> f32
              %v442 = arith.subf %v441, %v54 : f32
              %v443 = arith.divf %v442, %v438 : f32
              %v444 = arith.muli %v33, %v233 : i64
              %v445 = arith.constant 8 : i64
              %v446 = arith.addi %v445, %v26 : i64
              %v447 = arith.muli %v446, %v2 : i64
              %v448 = arith.addi %v444, %v447 : i64
              %v449 = llvm.getelementptr %in_Bp[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v450 = llvm.load %v449 : !llvm.ptr -> f32
              %v451 = arith.mulf %v443, %v450 : f32
              %v452 = arith.mulf %v451, %v425 : f32
              %v453 = arith.mulf %v441, %v394 : f32
              %v454 = arith.addf %v453, %v452 : f32
              %v456 = arith.addi %v306, %v455 : i64
              %v457 = arith.minsi %v456, %v308 : i64
              %v458 = arith.addi %v152, %v457 : i64
              %v459, %v460 = gpu.shuffle idx %v334, %v118, %v227 : f32
              %v461 = arith.muli %v33, %v233 : i64
              %v462 = arith.muli %v26, %v2 : i64
              %v463 = arith.addi %v461, %v462 : i64
              %v464 = llvm.getelementptr %in_A_log[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v465 = llvm.load %v464 : !llvm.ptr -> f32
              %v466 = arith.mulf %v465, %v217 : f32
              %v467 = llvm.call_intrinsic "llvm.exp2.f32"(%v466) : (f32) -> f32
              %v468 = arith.negf %v467 : f32
              %v469 = arith.mulf %v459, %v468 : f32
              %v470 = arith.mulf %v469, %v217 : f32
              %v471 = llvm.call_intrinsic "llvm.exp2.f32"(%v470) : (f32) -> f32
              %v472 = arith.subf %v471, %v54 : f32
              %v473 = arith.divf %v472, %v468 : f32
              %v474 = arith.muli %v33, %v233 : i64
              %v475 = arith.muli %v26, %v2 : i64
              %v476 = arith.addi %v474, %v475 : i64
              %v477 = llvm.getelementptr %in_Bp[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v478 = llvm.load %v477 : !llvm.ptr -> f32
              %v479 = arith.mulf %v473, %v478 : f32
              %v480 = arith.muli %v35, %v254 : i64
              %v481 = arith.muli %v33, %v253 : i64
              %v482 = arith.addi %v480, %v481 : i64
              %v483 = arith.muli %v458, %v2 : i64
              %v484 = arith.addi %v482, %v483 : i64
              %v485 = llvm.getelementptr %in_u[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v486 = llvm.load %v485 : !llvm.ptr -> f32
              %v487 = arith.mulf %v479, %v486 : f32
              %v488 = arith.mulf %v471, %v428 : f32
              %v489 = arith.addf %v488, %v487 : f32
              %v490 = arith.muli %v33, %v233 : i64
              %v491 = arith.constant 8 : i64
              %v492 = arith.addi %v491, %v26 : i64
              %v493 = arith.muli %v492, %v2 : i64
              %v494 = arith.addi %v490, %v493 : i64
              %v495 = llvm.getelementptr %in_A_log[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v496 = llvm.load %v495 : !llvm.ptr -> f32
              %v497 = arith.mulf %v496, %v217 : f32
              %v498 = llvm.call_intrinsic "llvm.exp2.f32"(%v497) : (f32) -> f32
              %v499 = arith.negf %v498 : f32
              %v500 = arith.mulf %v459, %v499 : f32
              %v501 = arith.mulf %v500, %v217 : f32
              %v502 = llvm.call_intrinsic "llvm.exp2.f32"(%v501) : (f32) -> f32
              %v503 = arith.subf %v502, %v54 : f32
              %v504 = arith.divf %v503, %v499 : f32
              %v505 = arith.muli %v33, %v233 : i64
              %v506 = arith.constant 8 : i64
              %v507 = arith.addi %v506, %v26 : i64
              %v508 = arith.muli %v507, %v2 : i64
              %v509 = arith.addi %v505, %v508 : i64
              %v510 = llvm.getelementptr %in_Bp[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v511 = llvm.load %v510 : !llvm.ptr -> f32
              %v512 = arith.mulf %v504, %v511 : f32
              %v513 = arith.mulf %v512, %v486 : f32
              %v514 = arith.mulf %v502, %v454 : f32
              %v515 = arith.addf %v514, %v513 : f32
              %v517 = arith.addi %v306, %v516 : i64
              %v518 = arith.minsi %v517, %v308 : i64
              %v519 = arith.addi %v152, %v518 : i64
              %v520, %v521 = gpu.shuffle idx %v334, %v122, %v227 : f32
              %v522 = arith.muli %v33, %v233 : i64
              %v523 = arith.muli %v26, %v2 : i64
              %v524 = arith.addi %v522, %v523 : i64
              %v525 = llvm.getelementptr %in_A_log[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v526 = llvm.load %v525 : !llvm.ptr -> f32
              %v527 = arith.mulf %v526, %v217 : f32
              %v528 = llvm.call_intrinsic "llvm.exp2.f32"(%v527) : (f32) -> f32
              %v529 = arith.negf %v528 : f32
              %v530 = arith.mulf %v520, %v529 : f32
              %v531 = arith.mulf %v530, %v217 : f32
              %v532 = llvm.call_intrinsic "llvm.exp2.f32"(%v531) : (f32) -> f32
              %v533 = arith.subf %v532, %v54 : f32
              %v534 = arith.divf %v533, %v529 : f32
              %v535 = arith.muli %v33, %v233 : i64
              %v536 = arith.muli %v26, %v2 : i64
              %v537 = arith.addi %v535, %v536 : i64
              %v538 = llvm.getelementptr %in_Bp[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v539 = llvm.load %v538 : !llvm.ptr -> f32
              %v540 = arith.mulf %v534, %v539 : f32
              %v541 = arith.muli %v35, %v254 : i64
              %v542 = arith.muli %v33, %v253 : i64
              %v543 = arith.addi %v541, %v542 : i64
              %v544 = arith.muli %v519, %v2 : i64
              %v545 = arith.addi %v543, %v544 : i64
              %v546 = llvm.getelementptr %in_u[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v547 = llvm.load %v546 : !llvm.ptr -> f32
              %v548 = arith.mulf %v540, %v547 : f32
              %v549 = arith.mulf %v532, %v489 : f32
              %v550 = arith.addf %v549, %v548 : f32
              %v551 = arith.muli %v33, %v233 : i64
              %v552 = arith.constant 8 : i64
              %v553 = arith.addi %v552, %v26 : i64
              %v554 = arith.muli %v553, %v2 : i64
              %v555 = arith.addi %v551, %v554 : i64
              %v556 = llvm.getelementptr %in_A_log[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v557 = llvm.load %v556 : !llvm.ptr -> f32
              %v558 = arith.mulf %v557, %v217 : f32
              %v559 = llvm.call_intrinsic "llvm.exp2.f32"(%v558) : (f32) -> f32
              %v560 = arith.negf %v559 : f32
              %v561 = arith.mulf %v520, %v560 : f32
              %v562 = arith.mulf %v561, %v217 : f32
              %v563 = llvm.call_intrinsic "llvm.exp2.f32"(%v562) : (f32) -> f32
              %v564 = arith.subf %v563, %v54 : f32
              %v565 = arith.divf %v564, %v560 : f32
              %v566 = arith.muli %v33, %v233 : i64
              %v567 = arith.constant 8 : i64
              %v568 = arith.addi %v567, %v26 : i64
              %v569 = arith.muli %v568, %v2 : i64
              %v570 = arith.addi %v566, %v569 : i64
              %v571 = llvm.getelementptr %in_Bp[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v572 = llvm.load %v571 : !llvm.ptr -> f32
              %v573 = arith.mulf %v565, %v572 : f32
              %v574 = arith.mulf %v573, %v547 : f32
              %v575 = arith.mulf %v563, %v515 : f32
              %v576 = arith.addf %v575, %v574 : f32
              %v577 = arith.addi %v306, %v37 : i64
              %v578 = arith.minsi %v577, %v308 : i64
              %v579 = arith.addi %v152, %v578 : i64
              %v580, %v581 = gpu.shuffle idx %v334, %v126, %v227 : f32
              %v582 = arith.muli %v33, %v233 : i64
              %v583 = arith.muli %v26, %v2 : i64
              %v584 = arith.addi %v582, %v583 : i64
              %v585 = llvm.getelementptr %in_A_log[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v586 = llvm.load %v585 : !llvm.ptr -> f32
              %v587 = arith.mulf %v586, %v217 : f32
              %v588 = llvm.call_intrinsic "llvm.exp2.f32"(%v587) : (f32) -> f32
              %v589 = arith.negf %v588 : f32
              %v590 = arith.mulf %v580, %v589 : f32
              %v591 = arith.mulf %v590, %v217 : f32
              %v592 = llvm.call_intrinsic "llvm.exp2.f32"(%v591) : (f32) -> f32
              %v593 = arith.subf %v592, %v54 : f32
              %v594 = arith.divf %v593, %v589 : f32
              %v595 = arith.muli %v33, %v233 : i64
              %v596 = arith.muli %v26, %v2 : i64
              %v597 = arith.addi %v595, %v596 : i64
              %v598 = llvm.getelementptr %in_Bp[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v599 = llvm.load %v598 : !llvm.ptr -> f32
              %v600 = arith.mulf %v594, %v599 : f32
              %v601 = arith.muli %v35, %v254 : i64
              %v602 = arith.muli %v33, %v253 : i64
              %v603 = arith.addi %v601, %v602 : i64
              %v604 = arith.muli %v579, %v2 : i64
              %v605 = arith.addi %v603, %v604 : i64
              %v606 = llvm.getelementptr %in_u[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v607 = llvm.load %v606 : !llvm.ptr -> f32
              %v608 = arith.mulf %v600, %v607 : f32
              %v609 = arith.mulf %v592, %v550 : f32
              %v610 = arith.addf %v609, %v608 : f32
              %v611 = arith.muli %v33, %v233 : i64
              %v612 = arith.constant 8 : i64
              %v613 = arith.addi %v612, %v26 : i64
              %v614 = arith.muli %v613, %v2 : i64
              %v615 = arith.addi %v611, %v614 : i64
              %v616 = llvm.getelementptr %in_A_log[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v617 = llvm.load %v616 : !llvm.ptr -> f32
              %v618 = arith.mulf %v617, %v217 : f32
              %v619 = llvm.call_intrinsic "llvm.exp2.f32"(%v618) : (f32) -> f32
              %v620 = arith.negf %v619 : f32
              %v621 = arith.mulf %v580, %v620 : f32
              %v622 = arith.mulf %v621, %v217 : f32
              %v623 = llvm.call_intrinsic "llvm.exp2.f32"(%v622) : (f32) -> f32
              %v624 = arith.subf %v623, %v54 : f32
              %v625 = arith.divf %v624, %v620 : f32
              %v626 = arith.muli %v33, %v233 : i64
              %v627 = arith.constant 8 : i64
              %v628 = arith.addi %v627, %v26 : i64
              %v629 = arith.muli %v628, %v2 : i64
              %v630 = arith.addi %v626, %v629 : i64
              %v631 = llvm.getelementptr %in_Bp[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v632 = llvm.load %v631 : !llvm.ptr -> f32
              %v633 = arith.mulf %v625, %v632 : f32
              %v634 = arith.mulf %v633, %v607 : f32
              %v635 = arith.mulf %v623, %v576 : f32
              %v636 = arith.addf %v635, %v634 : f32
              %v638 = arith.addi %v306, %v637 : i64
              %v639 = arith.minsi %v638, %v308 : i64
              %v640 = arith.addi %v152, %v639 : i64
              %v641, %v642 = gpu.shuffle idx %v334, %v130, %v227 : f32
              %v643 = arith.muli %v33, %v233 : i64
              %v644 = arith.muli %v26, %v2 : i64
              %v645 = arith.addi %v643, %v644 : i64
              %v646 = llvm.getelementptr %in_A_log[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v647 = llvm.load %v646 : !llvm.ptr -> f32
              %v648 = arith.mulf %v647, %v217 : f32
              %v649 = llvm.call_intrinsic "llvm.exp2.f32"(%v648) : (f32) -> f32
              %v650 = arith.negf %v649 : f32
              %v651 = arith.mulf %v641, %v650 : f32
              %v652 = arith.mulf %v651, %v217 : f32
              %v653 = llvm.call_intrinsic "llvm.exp2.f32"(%v652) : (f32) -> f32
              %v654 = arith.subf %v653, %v54 : f32
              %v655 = arith.divf %v654, %v650 : f32
              %v656 = arith.muli %v33, %v233 : i64
              %v657 = arith.muli %v26, %v2 : i64
              %v658 = arith.addi %v656, %v657 : i64
              %v659 = llvm.getelementptr %in_Bp[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v660 = llvm.load %v659 : !llvm.ptr -> f32
              %v661 = arith.mulf %v655, %v660 : f32
              %v662 = arith.muli %v35, %v254 : i64
              %v663 = arith.muli %v33, %v253 : i64
              %v664 = arith.addi %v662, %v663 : i64
              %v665 = arith.muli %v640, %v2 : i64
              %v666 = arith.addi %v664, %v665 : i64
              %v667 = llvm.getelementptr %in_u[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v668 = llvm.load %v667 : !llvm.ptr -> f32
              %v669 = arith.mulf %v661, %v668 : f32
              %v670 = arith.mulf %v653, %v610 : f32
              %v671 = arith.addf %v670, %v669 : f32
              %v672 = arith.muli %v33, %v233 : i64
              %v673 = arith.constant 8 : i64
              %v674 = arith.addi %v673, %v26 : i64
              %v675 = arith.muli %v674, %v2 : i64
              %v676 = arith.addi %v672, %v675 : i64
              %v677 = llvm.getelementptr %in_A_log[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v678 = llvm.load %v677 : !llvm.ptr -> f32
              %v679 = arith.mulf %v678, %v217 : f32
              %v680 = llvm.call_intrinsic "llvm.exp2.f32"(%v679) : (f32) -> f32
              %v681 = arith.negf %v680 : f32
              %v682 = arith.mulf %v641, %v681 : f32
              %v683 = arith.mulf %v682, %v217 : f32
              %v684 = llvm.call_intrinsic "llvm.exp2.f32"(%v683) : (f32) -> f32
              %v685 = arith.subf %v684, %v54 : f32
              %v686 = arith.divf %v685, %v681 : f32
              %v687 = arith.muli %v33, %v233 : i64
              %v688 = arith.constant 8 : i64
              %v689 = arith.addi %v688, %v26 : i64
              %v690 = arith.muli %v689, %v2 : i64
              %v691 = arith.addi %v687, %v690 : i64
              %v692 = llvm.getelementptr %in_Bp[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v693 = llvm.load %v692 : !llvm.ptr -> f32
              %v694 = arith.mulf %v686, %v693 : f32
              %v695 = arith.mulf %v694, %v668 : f32
              %v696 = arith.mulf %v684, %v636 : f32
              %v697 = arith.addf %v696, %v695 : f32
              %v699 = arith.addi %v306, %v698 : i64
              %v700 = arith.minsi %v699, %v308 : i64
              %v701 = arith.addi %v152, %v700 : i64
              %v702, %v703 = gpu.shuffle idx %v334, %v134, %v227 : f32
              %v704 = arith.muli %v33, %v233 : i64
              %v705 = arith.muli %v26, %v2 : i64
              %v706 = arith.addi %v704, %v705 : i64
              %v707 = llvm.getelementptr %in_A_log[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v708 = llvm.load %v707 : !llvm.ptr -> f32
              %v709 = arith.mulf %v708, %v217 : f32
              %v710 = llvm.call_intrinsic "llvm.exp2.f32"(%v709) : (f32) -> f32
              %v711 = arith.negf %v710 : f32
              %v712 = arith.mulf %v702, %v711 : f32
              %v713 = arith.mulf %v712, %v217 : f32
              %v714 = llvm.call_intrinsic "llvm.exp2.f32"(%v713) : (f32) -> f32
              %v715 = arith.subf %v714, %v54 : f32
              %v716 = arith.divf %v715, %v711 : f32
              %v717 = arith.muli %v33, %v233 : i64
              %v718 = arith.muli %v26, %v2 : i64
              %v719 = arith.addi %v717, %v718 : i64
              %v720 = llvm.getelementptr %in_Bp[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v721 = llvm.load %v720 : !llvm.ptr -> f32
              %v722 = arith.mulf %v716, %v721 : f32
              %v723 = arith.muli %v35, %v254 : i64
              %v724 = arith.muli %v33, %v253 : i64
              %v725 = arith.addi %v723, %v724 : i64
              %v726 = arith.muli %v701, %v2 : i64
              %v727 = arith.addi %v725, %v726 : i64
              %v728 = llvm.getelementptr %in_u[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v729 = llvm.load %v728 : !llvm.ptr -> f32
              %v730 = arith.mulf %v722, %v729 : f32
              %v731 = arith.mulf %v714, %v671 : f32
              %v732 = arith.addf %v731, %v730 : f32
              %v733 = arith.muli %v33, %v233 : i64
              %v734 = arith.constant 8 : i64
              %v735 = arith.addi %v734, %v26 : i64
              %v736 = arith.muli %v735, %v2 : i64
              %v737 = arith.addi %v733, %v736 : i64
              %v738 = llvm.getelementptr %in_A_log[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v739 = llvm.load %v738 : !llvm.ptr -> f32
              %v740 = arith.mulf %v739, %v217 : f32
              %v741 = llvm.call_intrinsic "llvm.exp2.f32"(%v740) : (f32) -> f32
              %v742 = arith.negf %v741 : f32
              %v743 = arith.mulf %v702, %v742 : f32
              %v744 = arith.mulf %v743, %v217 : f32
              %v745 = llvm.call_intrinsic "llvm.exp2.f32"(%v744) : (f32) -> f32
              %v746 = arith.subf %v745, %v54 : f32
              %v747 = arith.divf %v746, %v742 : f32
              %v748 = arith.muli %v33, %v233 : i64
              %v749 = arith.constant 8 : i64
              %v750 = arith.addi %v749, %v26 : i64
              %v751 = arith.muli %v750, %v2 : i64
              %v752 = arith.addi %v748, %v751 : i64
              %v753 = llvm.getelementptr %in_Bp[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v754 = llvm.load %v753 : !llvm.ptr -> f32
              %v755 = arith.mulf %v747, %v754 : f32
              %v756 = arith.mulf %v755, %v729 : f32
              %v757 = arith.mulf %v745, %v697 : f32
              %v758 = arith.addf %v757, %v756 : f32
              %v759 = arith.addi %v306, %v102 : i64
              %v760 = arith.minsi %v759, %v308 : i64
              %v761 = arith.addi %v152, %v760 : i64
              %v762, %v763 = gpu.shuffle idx %v334, %v138, %v227 : f32
              %v764 = arith.muli %v33, %v233 : i64
              %v765 = arith.muli %v26, %v2 : i64
              %v766 = arith.addi %v764, %v765 : i64
              %v767 = llvm.getelementptr %in_A_log[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v768 = llvm.load %v767 : !llvm.ptr -> f32
              %v769 = arith.mulf %v768, %v217 : f32
              %v770 = llvm.call_intrinsic "llvm.exp2.f32"(%v769) : (f32) -> f32
              %v771 = arith.negf %v770 : f32
              %v772 = arith.mulf %v762, %v771 : f32
              %v773 = arith.mulf %v772, %v217 : f32
              %v774 = llvm.call_intrinsic "llvm.exp2.f32"(%v773) : (f32) -> f32
              %v775 = arith.subf %v774, %v54 : f32
              %v776 = arith.divf %v775, %v771 : f32
              %v777 = arith.muli %v33, %v233 : i64
              %v778 = arith.muli %v26, %v2 : i64
              %v779 = arith.addi %v777, %v778 : i64
              %v780 = llvm.getelementptr %in_Bp[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v781 = llvm.load %v780 : !llvm.ptr -> f32
              %v782 = arith.mulf %v776, %v781 : f32
              %v783 = arith.muli %v35, %v254 : i64
              %v784 = arith.muli %v33, %v253 : i64
              %v785 = arith.addi %v783, %v784 : i64
              %v786 = arith.muli %v761, %v2 : i64
              %v787 = arith.addi %v785, %v786 : i64
              %v788 = llvm.getelementptr %in_u[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v789 = llvm.load %v788 : !llvm.ptr -> f32
              %v790 = arith.mulf %v782, %v789 : f32
              %v791 = arith.mulf %v774, %v732 : f32
              %v792 = arith.addf %v791, %v790 : f32
              %v793 = arith.muli %v33, %v233 : i64
              %v794 = arith.constant 8 : i64
              %v795 = arith.addi %v794, %v26 : i64
              %v796 = arith.muli %v795, %v2 : i64
              %v797 = arith.addi %v793, %v796 : i64
              %v798 = llvm.getelementptr %in_A_log[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v799 = llvm.load %v798 : !llvm.ptr -> f32
              %v800 = arith.mulf %v799, %v217 : f32
              %v801 = llvm.call_intrinsic "llvm.exp2.f32"(%v800) : (f32) -> f32
              %v802 = arith.negf %v801 : f32
              %v803 = arith.mulf %v762, %v802 : f32
              %v804 = arith.mulf %v803, %v217 : f32
              %v805 = llvm.call_intrinsic "llvm.exp2.f32"(%v804) : (f32) -> f32
              %v806 = arith.subf %v805, %v54 : f32
              %v807 = arith.divf %v806, %v802 : f32
              %v808 = arith.muli %v33, %v233 : i64
              %v809 = arith.constant 8 : i64
              %v810 = arith.addi %v809, %v26 : i64
              %v811 = arith.muli %v810, %v2 : i64
              %v812 = arith.addi %v808, %v811 : i64
              %v813 = llvm.getelementptr %in_Bp[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v814 = llvm.load %v813 : !llvm.ptr -> f32
              %v815 = arith.mulf %v807, %v814 : f32
              %v816 = arith.mulf %v815, %v789 : f32
              %v817 = arith.mulf %v805, %v758 : f32
              %v818 = arith.addf %v817, %v816 : f32
              %v819 = arith.addi %v306, %v102 : i64
              %v820 = arith.cmpi slt, %v819, %v154 : i64
              %v821, %v822 = gpu.shuffle idx %v334, %v138, %v227 : f32
              scf.if %v820 {
                %v823 = arith.addi %v152, %v819 : i64
                %v824 = arith.muli %v33, %v233 : i64
                %v825 = arith.muli %v26, %v2 : i64
                %v826 = arith.addi %v824, %v825 : i64
                %v827 = llvm.getelementptr %in_Cp[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v828 = llvm.load %v827 : !llvm.ptr -> f32
                %v829 = arith.muli %v35, %v254 : i64
                %v830 = arith.muli %v33, %v253 : i64
                %v831 = arith.addi %v829, %v830 : i64
                %v832 = arith.muli %v823, %v2 : i64
                %v833 = arith.addi %v831, %v832 : i64
                %v834 = llvm.getelementptr %dy_y[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v835 = llvm.load %v834 : !llvm.ptr -> f32
                %v836 = arith.mulf %v828, %v835 : f32
                %v837 = llvm.load %v41 : !llvm.ptr -> f32
                %v838 = llvm.load %v43 : !llvm.ptr -> f32
                %v839 = arith.mulf %v838, %v837 : f32
                %v840 = arith.addf %v836, %v839 : f32
                llvm.store %v840, %v41 : f32, !llvm.ptr
                %v841 = arith.muli %v33, %v233 : i64
                %v842 = arith.constant 8 : i64
                %v843 = arith.addi %v842, %v26 : i64
                %v844 = arith.muli %v843, %v2 : i64
                %v845 = arith.addi %v841, %v844 : i64
                %v846 = llvm.getelementptr %in_Cp[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v847 = llvm.load %v846 : !llvm.ptr -> f32
                %v848 = arith.mulf %v847, %v835 : f32
                %v849 = llvm.load %v42 : !llvm.ptr -> f32
                %v850 = llvm.load %v44 : !llvm.ptr -> f32
                %v851 = arith.mulf %v850, %v849 : f32
                %v852 = arith.addf %v848, %v851 : f32
                llvm.store %v852, %v42 : f32, !llvm.ptr
                %v853 = arith.subi %size_L, %v2 : i64
                %v854 = arith.cmpi eq, %v823, %v853 : i64
                scf.if %v854 {
                }
                %v855 = arith.muli %v33, %v2 : i64
                %v856 = llvm.getelementptr %in_Dskip[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v857 = llvm.load %v856 : !llvm.ptr -> f32
                %v858 = arith.mulf %v857, %v835 : f32
                %v859 = arith.muli %v33, %v233 : i64
                %v860 = arith.muli %v26, %v2 : i64
                %v861 = arith.addi %v859, %v860 : i64
                %v862 = llvm.getelementptr %in_A_log[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v863 = llvm.load %v862 : !llvm.ptr -> f32
                %v864 = arith.mulf %v863, %v217 : f32
                %v865 = llvm.call_intrinsic "llvm.exp2.f32"(%v864) : (f32) -> f32
                %v866 = arith.negf %v865 : f32
                %v867 = arith.mulf %v821, %v866 : f32
                %v868 = arith.mulf %v867, %v217 : f32
                %v869 = llvm.call_intrinsic "llvm.exp2.f32"(%v868) : (f32) -> f32
                %v870 = arith.subf %v869, %v54 : f32
                %v871 = arith.divf %v870, %v866 : f32
                %v872 = arith.muli %v33, %v233 : i64
                %v873 = arith.muli %v26, %v2 : i64
                %v874 = arith.addi %v872, %v873 : i64
                %v875 = llvm.getelementptr %in_Bp[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v876 = llvm.load %v875 : !llvm.ptr -> f32
                %v877 = arith.mulf %v871, %v876 : f32
                %v878 = llvm.load %v41 : !llvm.ptr -> f32
                %v879 = arith.mulf %v877, %v878 : f32
                %v880 = arith.muli %v33, %v233 : i64
                %v881 = arith.constant 8 : i64
                %v882 = arith.addi %v881, %v26 : i64
                %v883 = arith.muli %v882, %v2 : i64
                %v884 = arith.addi %v880, %v883 : i64
                %v885 = llvm.getelementptr %in_A_log[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v886 = llvm.load %v885 : !llvm.ptr -> f32
                %v887 = arith.mulf %v886, %v217 : f32
                %v888 = llvm.call_intrinsic "llvm.exp2.f32"(%v887) : (f32) -> f32
                %v889 = arith.negf %v888 : f32
                %v890 = arith.mulf %v821, %v889 : f32
                %v891 = arith.mulf %v890, %v217 : f32
                %v892 = llvm.call_intrinsic "llvm.exp2.f32"(%v891) : (f32) -> f32
                %v893 = arith.subf %v892, %v54 : f32
                %v894 = arith.divf %v893, %v889 : f32
                %v895 = arith.muli %v33, %v233 : i64
                %v896 = arith.constant 8 : i64
                %v897 = arith.addi %v896, %v26 : i64
                %v898 = arith.muli %v897, %v2 : i64
                %v899 = arith.addi %v895, %v898 : i64
                %v900 = llvm.getelementptr %in_Bp[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v901 = llvm.load %v900 : !llvm.ptr -> f32
                %v902 = arith.mulf %v894, %v901 : f32
                %v903 = llvm.load %v42 : !llvm.ptr -> f32
                %v904 = arith.mulf %v902, %v903 : f32
                %v905 = arith.addf %v879, %v904 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v907, %v908 = gpu.shuffle xor %v905, %v906, %v227 : f32
                %v909 = arith.addf %v905, %v907 : f32
                %v911, %v912 = gpu.shuffle xor %v909, %v910, %v227 : f32
                %v913 = arith.addf %v909, %v911 : f32
                %v915, %v916 = gpu.shuffle xor %v913, %v914, %v227 : f32
                %v917 = arith.addf %v913, %v915 : f32
                // end sum over the lanes
                %v918 = arith.addf %v858, %v917 : f32
                %v919 = arith.cmpi eq, %v26, %v55 : i64
                %v920 = arith.andi %v30, %v919 : i1
                scf.if %v920 {
                  %v921 = arith.muli %v35, %v254 : i64
                  %v922 = arith.muli %v33, %v253 : i64
                  %v923 = arith.addi %v921, %v922 : i64
                  %v924 = arith.muli %v823, %v2 : i64
                  %v925 = arith.addi %v923, %v924 : i64
                  %v926 = llvm.getelementptr %dx_u[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v918, %v926 : f32, !llvm.ptr
                }
                %v927 = arith.mulf %v732, %v878 : f32
                %v928 = arith.muli %v35, %v254 : i64
                %v929 = arith.muli %v33, %v253 : i64
                %v930 = arith.addi %v928, %v929 : i64
                %v931 = arith.muli %v823, %v2 : i64
                %v932 = arith.addi %v930, %v931 : i64
                %v933 = llvm.getelementptr %in_u[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v934 = llvm.load %v933 : !llvm.ptr -> f32
                %v935 = arith.mulf %v934, %v878 : f32
                %v936 = arith.mulf %v876, %v935 : f32
                %v937 = arith.divf %v936, %v866 : f32
                %v938 = arith.addf %v927, %v937 : f32
                %v939 = arith.mulf %v866, %v869 : f32
                %v940 = arith.mulf %v938, %v939 : f32
                %v941 = arith.mulf %v758, %v903 : f32
                %v942 = arith.mulf %v934, %v903 : f32
                %v943 = arith.mulf %v901, %v942 : f32
                %v944 = arith.divf %v943, %v889 : f32
                %v945 = arith.addf %v941, %v944 : f32
                %v946 = arith.mulf %v889, %v892 : f32
                %v947 = arith.mulf %v945, %v946 : f32
                %v948 = arith.addf %v940, %v947 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v949, %v950 = gpu.shuffle xor %v948, %v906, %v227 : f32
                %v951 = arith.addf %v948, %v949 : f32
                %v952, %v953 = gpu.shuffle xor %v951, %v910, %v227 : f32
                %v954 = arith.addf %v951, %v952 : f32
                %v955, %v956 = gpu.shuffle xor %v954, %v914, %v227 : f32
                %v957 = arith.addf %v954, %v955 : f32
                // end sum over the lanes
                %v958 = arith.mulf %v821, %v957 : f32
                %v959 = llvm.load %v45 : !llvm.ptr -> f32
                %v960 = arith.addf %v959, %v958 : f32
                llvm.store %v960, %v45 : f32, !llvm.ptr
                %v961 = arith.divf %v871, %v866 : f32
                %v962 = arith.mulf %v876, %v961 : f32
                %v963 = arith.mulf %v935, %v962 : f32
                %v964 = arith.negf %v963 : f32
                %v965 = arith.mulf %v821, %v869 : f32
                %v966 = arith.mulf %v938, %v965 : f32
                %v967 = arith.addf %v964, %v966 : f32
                %v968 = arith.negf %v967 : f32
                %v969 = arith.mulf %v865, %v968 : f32
                %v970 = llvm.load %v46 : !llvm.ptr -> f32
                %v971 = arith.addf %v970, %v969 : f32
                llvm.store %v971, %v46 : f32, !llvm.ptr
                %v972 = arith.divf %v894, %v889 : f32
                %v973 = arith.mulf %v901, %v972 : f32
                %v974 = arith.mulf %v942, %v973 : f32
                %v975 = arith.negf %v974 : f32
                %v976 = arith.mulf %v821, %v892 : f32
                %v977 = arith.mulf %v945, %v976 : f32
                %v978 = arith.addf %v975, %v977 : f32
                %v979 = arith.negf %v978 : f32
                %v980 = arith.mulf %v888, %v979 : f32
                %v981 = llvm.load %v47 : !llvm.ptr -> f32
                %v982 = arith.addf %v981, %v980 : f32
                llvm.store %v982, %v47 : f32, !llvm.ptr
                %v983 = arith.mulf %v871, %v935 : f32
                %v984 = llvm.load %v48 : !llvm.ptr -> f32
                %v985 = arith.addf %v984, %v983 : f32
                llvm.store %v985, %v48 : f32, !llvm.ptr
                %v986 = arith.mulf %v894, %v942 : f32
                %v987 = llvm.load %v49 : !llvm.ptr -> f32
                %v988 = arith.addf %v987, %v986 : f32
                llvm.store %v988, %v49 : f32, !llvm.ptr
                %v989 = arith.mulf %v792, %v835 : f32
                %v990 = llvm.load %v50 : !llvm.ptr -> f32
                %v991 = arith.addf %v990, %v989 : f32
                llvm.store %v991, %v50 : f32, !llvm.ptr
                %v992 = arith.mulf %v818, %v835 : f32
                %v993 = llvm.load %v51 : !llvm.ptr -> f32
                %v994 = arith.addf %v993, %v992 : f32
                llvm.store %v994, %v51 : f32, !llvm.ptr
                %v995 = arith.mulf %v934, %v835 : f32
                %v996 = llvm.load %v52 : !llvm.ptr -> f32
                %v997 = arith.addf %v996, %v995 : f32
                llvm.store %v997, %v52 : f32, !llvm.ptr
                llvm.store %v869, %v43 : f32, !llvm.ptr
                llvm.store %v892, %v44 : f32, !llvm.ptr
              }
              %v998 = arith.addi %v306, %v698 : i64
              %v999 = arith.cmpi slt, %v998, %v154 : i64
              %v1000, %v1001 = gpu.shuffle idx %v334, %v134, %v227 : f32
              scf.if %v999 {
                %v1002 = arith.addi %v152, %v998 : i64
                %v1003 = arith.muli %v33, %v233 : i64
                %v1004 = arith.muli %v26, %v2 : i64
                %v1005 = arith.addi %v1003, %v1004 : i64
                %v1006 = llvm.getelementptr %in_Cp[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
                %v1008 = arith.muli %v35, %v254 : i64
                %v1009 = arith.muli %v33, %v253 : i64
                %v1010 = arith.addi %v1008, %v1009 : i64
                %v1011 = arith.muli %v1002, %v2 : i64
                %v1012 = arith.addi %v1010, %v1011 : i64
                %v1013 = llvm.getelementptr %dy_y[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
                %v1015 = arith.mulf %v1007, %v1014 : f32
                %v1016 = llvm.load %v41 : !llvm.ptr -> f32
                %v1017 = llvm.load %v43 : !llvm.ptr -> f32
                %v1018 = arith.mulf %v1017, %v1016 : f32
                %v1019 = arith.addf %v1015, %v1018 : f32
                llvm.store %v1019, %v41 : f32, !llvm.ptr
                %v1020 = arith.muli %v33, %v233 : i64
                %v1021 = arith.constant 8 : i64
                %v1022 = arith.addi %v1021, %v26 : i64
                %v1023 = arith.muli %v1022, %v2 : i64
                %v1024 = arith.addi %v1020, %v1023 : i64
                %v1025 = llvm.getelementptr %in_Cp[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
                %v1027 = arith.mulf %v1026, %v1014 : f32
                %v1028 = llvm.load %v42 : !llvm.ptr -> f32
                %v1029 = llvm.load %v44 : !llvm.ptr -> f32
                %v1030 = arith.mulf %v1029, %v1028 : f32
                %v1031 = arith.addf %v1027, %v1030 : f32
                llvm.store %v1031, %v42 : f32, !llvm.ptr
                %v1032 = arith.subi %size_L, %v2 : i64
                %v1033 = arith.cmpi eq, %v1002, %v1032 : i64
                scf.if %v1033 {
                }
                %v1034 = arith.muli %v33, %v2 : i64
                %v1035 = llvm.getelementptr %in_Dskip[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
                %v1037 = arith.mulf %v1036, %v1014 : f32
                %v1038 = arith.muli %v33, %v233 : i64
                %v1039 = arith.muli %v26, %v2 : i64
                %v1040 = arith.addi %v1038, %v1039 : i64
                %v1041 = llvm.getelementptr %in_A_log[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
                %v1043 = arith.mulf %v1042, %v217 : f32
                %v1044 = llvm.call_intrinsic "llvm.exp2.f32"(%v1043) : (f32) -> f32
                %v1045 = arith.negf %v1044 : f32
                %v1046 = arith.mulf %v1000, %v1045 : f32
                %v1047 = arith.mulf %v1046, %v217 : f32
                %v1048 = llvm.call_intrinsic "llvm.exp2.f32"(%v1047) : (f32) -> f32
                %v1049 = arith.subf %v1048, %v54 : f32
                %v1050 = arith.divf %v1049, %v1045 : f32
                %v1051 = arith.muli %v33, %v233 : i64
                %v1052 = arith.muli %v26, %v2 : i64
                %v1053 = arith.addi %v1051, %v1052 : i64
                %v1054 = llvm.getelementptr %in_Bp[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
                %v1056 = arith.mulf %v1050, %v1055 : f32
                %v1057 = llvm.load %v41 : !llvm.ptr -> f32
                %v1058 = arith.mulf %v1056, %v1057 : f32
                %v1059 = arith.muli %v33, %v233 : i64
                %v1060 = arith.constant 8 : i64
                %v1061 = arith.addi %v1060, %v26 : i64
                %v1062 = arith.muli %v1061, %v2 : i64
                %v1063 = arith.addi %v1059, %v1062 : i64
                %v1064 = llvm.getelementptr %in_A_log[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1065 = llvm.load %v1064 : !llvm.ptr -> f32
                %v1066 = arith.mulf %v1065, %v217 : f32
                %v1067 = llvm.call_intrinsic "llvm.exp2.f32"(%v1066) : (f32) -> f32
                %v1068 = arith.negf %v1067 : f32
                %v1069 = arith.mulf %v1000, %v1068 : f32
                %v1070 = arith.mulf %v1069, %v217 : f32
                %v1071 = llvm.call_intrinsic "llvm.exp2.f32"(%v1070) : (f32) -> f32
                %v1072 = arith.subf %v1071, %v54 : f32
                %v1073 = arith.divf %v1072, %v1068 : f32
                %v1074 = arith.muli %v33, %v233 : i64
                %v1075 = arith.constant 8 : i64
                %v1076 = arith.addi %v1075, %v26 : i64
                %v1077 = arith.muli %v1076, %v2 : i64
                %v1078 = arith.addi %v1074, %v1077 : i64
                %v1079 = llvm.getelementptr %in_Bp[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1080 = llvm.load %v1079 : !llvm.ptr -> f32
                %v1081 = arith.mulf %v1073, %v1080 : f32
                %v1082 = llvm.load %v42 : !llvm.ptr -> f32
                %v1083 = arith.mulf %v1081, %v1082 : f32
                %v1084 = arith.addf %v1058, %v1083 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1085, %v1086 = gpu.shuffle xor %v1084, %v906, %v227 : f32
                %v1087 = arith.addf %v1084, %v1085 : f32
                %v1088, %v1089 = gpu.shuffle xor %v1087, %v910, %v227 : f32
                %v1090 = arith.addf %v1087, %v1088 : f32
                %v1091, %v1092 = gpu.shuffle xor %v1090, %v914, %v227 : f32
                %v1093 = arith.addf %v1090, %v1091 : f32
                // end sum over the lanes
                %v1094 = arith.addf %v1037, %v1093 : f32
                %v1095 = arith.cmpi eq, %v26, %v55 : i64
                %v1096 = arith.andi %v30, %v1095 : i1
                scf.if %v1096 {
                  %v1097 = arith.muli %v35, %v254 : i64
                  %v1098 = arith.muli %v33, %v253 : i64
                  %v1099 = arith.addi %v1097, %v1098 : i64
                  %v1100 = arith.muli %v1002, %v2 : i64
                  %v1101 = arith.addi %v1099, %v1100 : i64
                  %v1102 = llvm.getelementptr %dx_u[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1094, %v1102 : f32, !llvm.ptr
                }
                %v1103 = arith.mulf %v671, %v1057 : f32
                %v1104 = arith.muli %v35, %v254 : i64
                %v1105 = arith.muli %v33, %v253 : i64
                %v1106 = arith.addi %v1104, %v1105 : i64
                %v1107 = arith.muli %v1002, %v2 : i64
                %v1108 = arith.addi %v1106, %v1107 : i64
                %v1109 = llvm.getelementptr %in_u[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1110 = llvm.load %v1109 : !llvm.ptr -> f32
                %v1111 = arith.mulf %v1110, %v1057 : f32
                %v1112 = arith.mulf %v1055, %v1111 : f32
                %v1113 = arith.divf %v1112, %v1045 : f32
                %v1114 = arith.addf %v1103, %v1113 : f32
                %v1115 = arith.mulf %v1045, %v1048 : f32
                %v1116 = arith.mulf %v1114, %v1115 : f32
                %v1117 = arith.mulf %v697, %v1082 : f32
                %v1118 = arith.mulf %v1110, %v1082 : f32
                %v1119 = arith.mulf %v1080, %v1118 : f32
                %v1120 = arith.divf %v1119, %v1068 : f32
                %v1121 = arith.addf %v1117, %v1120 : f32
                %v1122 = arith.mulf %v1068, %v1071 : f32
                %v1123 = arith.mulf %v1121, %v1122 : f32
                %v1124 = arith.addf %v1116, %v1123 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1125, %v1126 = gpu.shuffle xor %v1124, %v906, %v227 : f32
                %v1127 = arith.addf %v1124, %v1125 : f32
                %v1128, %v1129 = gpu.shuffle xor %v1127, %v910, %v227 : f32
                %v1130 = arith.addf %v1127, %v1128 : f32
                %v1131, %v1132 = gpu.shuffle xor %v1130, %v914, %v227 : f32
                %v1133 = arith.addf %v1130, %v1131 : f32
                // end sum over the lanes
                %v1134 = arith.mulf %v1000, %v1133 : f32
                %v1135 = llvm.load %v45 : !llvm.ptr -> f32
                %v1136 = arith.addf %v1135, %v1134 : f32
                llvm.store %v1136, %v45 : f32, !llvm.ptr
                %v1137 = arith.divf %v1050, %v1045 : f32
                %v1138 = arith.mulf %v1055, %v1137 : f32
                %v1139 = arith.mulf %v1111, %v1138 : f32
                %v1140 = arith.negf %v1139 : f32
                %v1141 = arith.mulf %v1000, %v1048 : f32
                %v1142 = arith.mulf %v1114, %v1141 : f32
                %v1143 = arith.addf %v1140, %v1142 : f32
                %v1144 = arith.negf %v1143 : f32
                %v1145 = arith.mulf %v1044, %v1144 : f32
                %v1146 = llvm.load %v46 : !llvm.ptr -> f32
                %v1147 = arith.addf %v1146, %v1145 : f32
                llvm.store %v1147, %v46 : f32, !llvm.ptr
                %v1148 = arith.divf %v1073, %v1068 : f32
                %v1149 = arith.mulf %v1080, %v1148 : f32
                %v1150 = arith.mulf %v1118, %v1149 : f32
                %v1151 = arith.negf %v1150 : f32
                %v1152 = arith.mulf %v1000, %v1071 : f32
                %v1153 = arith.mulf %v1121, %v1152 : f32
                %v1154 = arith.addf %v1151, %v1153 : f32
                %v1155 = arith.negf %v1154 : f32
                %v1156 = arith.mulf %v1067, %v1155 : f32
                %v1157 = llvm.load %v47 : !llvm.ptr -> f32
                %v1158 = arith.addf %v1157, %v1156 : f32
                llvm.store %v1158, %v47 : f32, !llvm.ptr
                %v1159 = arith.mulf %v1050, %v1111 : f32
                %v1160 = llvm.load %v48 : !llvm.ptr -> f32
                %v1161 = arith.addf %v1160, %v1159 : f32
                llvm.store %v1161, %v48 : f32, !llvm.ptr
                %v1162 = arith.mulf %v1073, %v1118 : f32
                %v1163 = llvm.load %v49 : !llvm.ptr -> f32
                %v1164 = arith.addf %v1163, %v1162 : f32
                llvm.store %v1164, %v49 : f32, !llvm.ptr
                %v1165 = arith.mulf %v732, %v1014 : f32
                %v1166 = llvm.load %v50 : !llvm.ptr -> f32
                %v1167 = arith.addf %v1166, %v1165 : f32
                llvm.store %v1167, %v50 : f32, !llvm.ptr
                %v1168 = arith.mulf %v758, %v1014 : f32
                %v1169 = llvm.load %v51 : !llvm.ptr -> f32
                %v1170 = arith.addf %v1169, %v1168 : f32
                llvm.store %v1170, %v51 : f32, !llvm.ptr
                %v1171 = arith.mulf %v1110, %v1014 : f32
                %v1172 = llvm.load %v52 : !llvm.ptr -> f32
                %v1173 = arith.addf %v1172, %v1171 : f32
                llvm.store %v1173, %v52 : f32, !llvm.ptr
                llvm.store %v1048, %v43 : f32, !llvm.ptr
                llvm.store %v1071, %v44 : f32, !llvm.ptr
              }
              %v1174 = arith.addi %v306, %v637 : i64
              %v1175 = arith.cmpi slt, %v1174, %v154 : i64
              %v1176, %v1177 = gpu.shuffle idx %v334, %v130, %v227 : f32
              scf.if %v1175 {
                %v1178 = arith.addi %v152, %v1174 : i64
                %v1179 = arith.muli %v33, %v233 : i64
                %v1180 = arith.muli %v26, %v2 : i64
                %v1181 = arith.addi %v1179, %v1180 : i64
                %v1182 = llvm.getelementptr %in_Cp[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
                %v1184 = arith.muli %v35, %v254 : i64
                %v1185 = arith.muli %v33, %v253 : i64
                %v1186 = arith.addi %v1184, %v1185 : i64
                %v1187 = arith.muli %v1178, %v2 : i64
                %v1188 = arith.addi %v1186, %v1187 : i64
                %v1189 = llvm.getelementptr %dy_y[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
                %v1191 = arith.mulf %v1183, %v1190 : f32
                %v1192 = llvm.load %v41 : !llvm.ptr -> f32
                %v1193 = llvm.load %v43 : !llvm.ptr -> f32
                %v1194 = arith.mulf %v1193, %v1192 : f32
                %v1195 = arith.addf %v1191, %v1194 : f32
                llvm.store %v1195, %v41 : f32, !llvm.ptr
                %v1196 = arith.muli %v33, %v233 : i64
                %v1197 = arith.constant 8 : i64
                %v1198 = arith.addi %v1197, %v26 : i64
                %v1199 = arith.muli %v1198, %v2 : i64
                %v1200 = arith.addi %v1196, %v1199 : i64
                %v1201 = llvm.getelementptr %in_Cp[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
                %v1203 = arith.mulf %v1202, %v1190 : f32
                %v1204 = llvm.load %v42 : !llvm.ptr -> f32
                %v1205 = llvm.load %v44 : !llvm.ptr -> f32
                %v1206 = arith.mulf %v1205, %v1204 : f32
                %v1207 = arith.addf %v1203, %v1206 : f32
                llvm.store %v1207, %v42 : f32, !llvm.ptr
                %v1208 = arith.subi %size_L, %v2 : i64
                %v1209 = arith.cmpi eq, %v1178, %v1208 : i64
                scf.if %v1209 {
                }
                %v1210 = arith.muli %v33, %v2 : i64
                %v1211 = llvm.getelementptr %in_Dskip[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1212 = llvm.load %v1211 : !llvm.ptr -> f32
                %v1213 = arith.mulf %v1212, %v1190 : f32
                %v1214 = arith.muli %v33, %v233 : i64
                %v1215 = arith.muli %v26, %v2 : i64
                %v1216 = arith.addi %v1214, %v1215 : i64
                %v1217 = llvm.getelementptr %in_A_log[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
                %v1219 = arith.mulf %v1218, %v217 : f32
                %v1220 = llvm.call_intrinsic "llvm.exp2.f32"(%v1219) : (f32) -> f32
                %v1221 = arith.negf %v1220 : f32
                %v1222 = arith.mulf %v1176, %v1221 : f32
                %v1223 = arith.mulf %v1222, %v217 : f32
                %v1224 = llvm.call_intrinsic "llvm.exp2.f32"(%v1223) : (f32) -> f32
                %v1225 = arith.subf %v1224, %v54 : f32
                %v1226 = arith.divf %v1225, %v1221 : f32
                %v1227 = arith.muli %v33, %v233 : i64
                %v1228 = arith.muli %v26, %v2 : i64
                %v1229 = arith.addi %v1227, %v1228 : i64
                %v1230 = llvm.getelementptr %in_Bp[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
                %v1232 = arith.mulf %v1226, %v1231 : f32
                %v1233 = llvm.load %v41 : !llvm.ptr -> f32
                %v1234 = arith.mulf %v1232, %v1233 : f32
                %v1235 = arith.muli %v33, %v233 : i64
                %v1236 = arith.constant 8 : i64
                %v1237 = arith.addi %v1236, %v26 : i64
                %v1238 = arith.muli %v1237, %v2 : i64
                %v1239 = arith.addi %v1235, %v1238 : i64
                %v1240 = llvm.getelementptr %in_A_log[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1241 = llvm.load %v1240 : !llvm.ptr -> f32
                %v1242 = arith.mulf %v1241, %v217 : f32
                %v1243 = llvm.call_intrinsic "llvm.exp2.f32"(%v1242) : (f32) -> f32
                %v1244 = arith.negf %v1243 : f32
                %v1245 = arith.mulf %v1176, %v1244 : f32
                %v1246 = arith.mulf %v1245, %v217 : f32
                %v1247 = llvm.call_intrinsic "llvm.exp2.f32"(%v1246) : (f32) -> f32
                %v1248 = arith.subf %v1247, %v54 : f32
                %v1249 = arith.divf %v1248, %v1244 : f32
                %v1250 = arith.muli %v33, %v233 : i64
                %v1251 = arith.constant 8 : i64
                %v1252 = arith.addi %v1251, %v26 : i64
                %v1253 = arith.muli %v1252, %v2 : i64
                %v1254 = arith.addi %v1250, %v1253 : i64
                %v1255 = llvm.getelementptr %in_Bp[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
                %v1257 = arith.mulf %v1249, %v1256 : f32
                %v1258 = llvm.load %v42 : !llvm.ptr -> f32
                %v1259 = arith.mulf %v1257, %v1258 : f32
                %v1260 = arith.addf %v1234, %v1259 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1261, %v1262 = gpu.shuffle xor %v1260, %v906, %v227 : f32
                %v1263 = arith.addf %v1260, %v1261 : f32
                %v1264, %v1265 = gpu.shuffle xor %v1263, %v910, %v227 : f32
                %v1266 = arith.addf %v1263, %v1264 : f32
                %v1267, %v1268 = gpu.shuffle xor %v1266, %v914, %v227 : f32
                %v1269 = arith.addf %v1266, %v1267 : f32
                // end sum over the lanes
                %v1270 = arith.addf %v1213, %v1269 : f32
                %v1271 = arith.cmpi eq, %v26, %v55 : i64
                %v1272 = arith.andi %v30, %v1271 : i1
                scf.if %v1272 {
                  %v1273 = arith.muli %v35, %v254 : i64
                  %v1274 = arith.muli %v33, %v253 : i64
                  %v1275 = arith.addi %v1273, %v1274 : i64
                  %v1276 = arith.muli %v1178, %v2 : i64
                  %v1277 = arith.addi %v1275, %v1276 : i64
                  %v1278 = llvm.getelementptr %dx_u[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1270, %v1278 : f32, !llvm.ptr
                }
                %v1279 = arith.mulf %v610, %v1233 : f32
                %v1280 = arith.muli %v35, %v254 : i64
                %v1281 = arith.muli %v33, %v253 : i64
                %v1282 = arith.addi %v1280, %v1281 : i64
                %v1283 = arith.muli %v1178, %v2 : i64
                %v1284 = arith.addi %v1282, %v1283 : i64
                %v1285 = llvm.getelementptr %in_u[%v1284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1286 = llvm.load %v1285 : !llvm.ptr -> f32
                %v1287 = arith.mulf %v1286, %v1233 : f32
                %v1288 = arith.mulf %v1231, %v1287 : f32
                %v1289 = arith.divf %v1288, %v1221 : f32
                %v1290 = arith.addf %v1279, %v1289 : f32
                %v1291 = arith.mulf %v1221, %v1224 : f32
                %v1292 = arith.mulf %v1290, %v1291 : f32
                %v1293 = arith.mulf %v636, %v1258 : f32
                %v1294 = arith.mulf %v1286, %v1258 : f32
                %v1295 = arith.mulf %v1256, %v1294 : f32
                %v1296 = arith.divf %v1295, %v1244 : f32
                %v1297 = arith.addf %v1293, %v1296 : f32
                %v1298 = arith.mulf %v1244, %v1247 : f32
                %v1299 = arith.mulf %v1297, %v1298 : f32
                %v1300 = arith.addf %v1292, %v1299 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1301, %v1302 = gpu.shuffle xor %v1300, %v906, %v227 : f32
                %v1303 = arith.addf %v1300, %v1301 : f32
                %v1304, %v1305 = gpu.shuffle xor %v1303, %v910, %v227 : f32
                %v1306 = arith.addf %v1303, %v1304 : f32
                %v1307, %v1308 = gpu.shuffle xor %v1306, %v914, %v227 : f32
                %v1309 = arith.addf %v1306, %v1307 : f32
                // end sum over the lanes
                %v1310 = arith.mulf %v1176, %v1309 : f32
                %v1311 = llvm.load %v45 : !llvm.ptr -> f32
                %v1312 = arith.addf %v1311, %v1310 : f32
                llvm.store %v1312, %v45 : f32, !llvm.ptr
                %v1313 = arith.divf %v1226, %v1221 : f32
                %v1314 = arith.mulf %v1231, %v1313 : f32
                %v1315 = arith.mulf %v1287, %v1314 : f32
                %v1316 = arith.negf %v1315 : f32
                %v1317 = arith.mulf %v1176, %v1224 : f32
                %v1318 = arith.mulf %v1290, %v1317 : f32
                %v1319 = arith.addf %v1316, %v1318 : f32
                %v1320 = arith.negf %v1319 : f32
                %v1321 = arith.mulf %v1220, %v1320 : f32
                %v1322 = llvm.load %v46 : !llvm.ptr -> f32
                %v1323 = arith.addf %v1322, %v1321 : f32
                llvm.store %v1323, %v46 : f32, !llvm.ptr
                %v1324 = arith.divf %v1249, %v1244 : f32
                %v1325 = arith.mulf %v1256, %v1324 : f32
                %v1326 = arith.mulf %v1294, %v1325 : f32
                %v1327 = arith.negf %v1326 : f32
                %v1328 = arith.mulf %v1176, %v1247 : f32
                %v1329 = arith.mulf %v1297, %v1328 : f32
                %v1330 = arith.addf %v1327, %v1329 : f32
                %v1331 = arith.negf %v1330 : f32
                %v1332 = arith.mulf %v1243, %v1331 : f32
                %v1333 = llvm.load %v47 : !llvm.ptr -> f32
                %v1334 = arith.addf %v1333, %v1332 : f32
                llvm.store %v1334, %v47 : f32, !llvm.ptr
                %v1335 = arith.mulf %v1226, %v1287 : f32
                %v1336 = llvm.load %v48 : !llvm.ptr -> f32
                %v1337 = arith.addf %v1336, %v1335 : f32
                llvm.store %v1337, %v48 : f32, !llvm.ptr
                %v1338 = arith.mulf %v1249, %v1294 : f32
                %v1339 = llvm.load %v49 : !llvm.ptr -> f32
                %v1340 = arith.addf %v1339, %v1338 : f32
                llvm.store %v1340, %v49 : f32, !llvm.ptr
                %v1341 = arith.mulf %v671, %v1190 : f32
                %v1342 = llvm.load %v50 : !llvm.ptr -> f32
                %v1343 = arith.addf %v1342, %v1341 : f32
                llvm.store %v1343, %v50 : f32, !llvm.ptr
                %v1344 = arith.mulf %v697, %v1190 : f32
                %v1345 = llvm.load %v51 : !llvm.ptr -> f32
                %v1346 = arith.addf %v1345, %v1344 : f32
                llvm.store %v1346, %v51 : f32, !llvm.ptr
                %v1347 = arith.mulf %v1286, %v1190 : f32
                %v1348 = llvm.load %v52 : !llvm.ptr -> f32
                %v1349 = arith.addf %v1348, %v1347 : f32
                llvm.store %v1349, %v52 : f32, !llvm.ptr
                llvm.store %v1224, %v43 : f32, !llvm.ptr
                llvm.store %v1247, %v44 : f32, !llvm.ptr
              }
              %v1350 = arith.addi %v306, %v37 : i64
              %v1351 = arith.cmpi slt, %v1350, %v154 : i64
              %v1352, %v1353 = gpu.shuffle idx %v334, %v126, %v227 : f32
              scf.if %v1351 {
                %v1354 = arith.addi %v152, %v1350 : i64
                %v1355 = arith.muli %v33, %v233 : i64
                %v1356 = arith.muli %v26, %v2 : i64
                %v1357 = arith.addi %v1355, %v1356 : i64
                %v1358 = llvm.getelementptr %in_Cp[%v1357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1359 = llvm.load %v1358 : !llvm.ptr -> f32
                %v1360 = arith.muli %v35, %v254 : i64
                %v1361 = arith.muli %v33, %v253 : i64
                %v1362 = arith.addi %v1360, %v1361 : i64
                %v1363 = arith.muli %v1354, %v2 : i64
                %v1364 = arith.addi %v1362, %v1363 : i64
                %v1365 = llvm.getelementptr %dy_y[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
                %v1367 = arith.mulf %v1359, %v1366 : f32
                %v1368 = llvm.load %v41 : !llvm.ptr -> f32
                %v1369 = llvm.load %v43 : !llvm.ptr -> f32
                %v1370 = arith.mulf %v1369, %v1368 : f32
                %v1371 = arith.addf %v1367, %v1370 : f32
                llvm.store %v1371, %v41 : f32, !llvm.ptr
                %v1372 = arith.muli %v33, %v233 : i64
                %v1373 = arith.constant 8 : i64
                %v1374 = arith.addi %v1373, %v26 : i64
                %v1375 = arith.muli %v1374, %v2 : i64
                %v1376 = arith.addi %v1372, %v1375 : i64
                %v1377 = llvm.getelementptr %in_Cp[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
                %v1379 = arith.mulf %v1378, %v1366 : f32
                %v1380 = llvm.load %v42 : !llvm.ptr -> f32
                %v1381 = llvm.load %v44 : !llvm.ptr -> f32
                %v1382 = arith.mulf %v1381, %v1380 : f32
                %v1383 = arith.addf %v1379, %v1382 : f32
                llvm.store %v1383, %v42 : f32, !llvm.ptr
                %v1384 = arith.subi %size_L, %v2 : i64
                %v1385 = arith.cmpi eq, %v1354, %v1384 : i64
                scf.if %v1385 {
                }
                %v1386 = arith.muli %v33, %v2 : i64
                %v1387 = llvm.getelementptr %in_Dskip[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
                %v1389 = arith.mulf %v1388, %v1366 : f32
                %v1390 = arith.muli %v33, %v233 : i64
                %v1391 = arith.muli %v26, %v2 : i64
                %v1392 = arith.addi %v1390, %v1391 : i64
                %v1393 = llvm.getelementptr %in_A_log[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
                %v1395 = arith.mulf %v1394, %v217 : f32
                %v1396 = llvm.call_intrinsic "llvm.exp2.f32"(%v1395) : (f32) -> f32
                %v1397 = arith.negf %v1396 : f32
                %v1398 = arith.mulf %v1352, %v1397 : f32
                %v1399 = arith.mulf %v1398, %v217 : f32
                %v1400 = llvm.call_intrinsic "llvm.exp2.f32"(%v1399) : (f32) -> f32
                %v1401 = arith.subf %v1400, %v54 : f32
                %v1402 = arith.divf %v1401, %v1397 : f32
                %v1403 = arith.muli %v33, %v233 : i64
                %v1404 = arith.muli %v26, %v2 : i64
                %v1405 = arith.addi %v1403, %v1404 : i64
                %v1406 = llvm.getelementptr %in_Bp[%v1405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1407 = llvm.load %v1406 : !llvm.ptr -> f32
                %v1408 = arith.mulf %v1402, %v1407 : f32
                %v1409 = llvm.load %v41 : !llvm.ptr -> f32
                %v1410 = arith.mulf %v1408, %v1409 : f32
                %v1411 = arith.muli %v33, %v233 : i64
                %v1412 = arith.constant 8 : i64
                %v1413 = arith.addi %v1412, %v26 : i64
                %v1414 = arith.muli %v1413, %v2 : i64
                %v1415 = arith.addi %v1411, %v1414 : i64
                %v1416 = llvm.getelementptr %in_A_log[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
                %v1418 = arith.mulf %v1417, %v217 : f32
                %v1419 = llvm.call_intrinsic "llvm.exp2.f32"(%v1418) : (f32) -> f32
                %v1420 = arith.negf %v1419 : f32
                %v1421 = arith.mulf %v1352, %v1420 : f32
                %v1422 = arith.mulf %v1421, %v217 : f32
                %v1423 = llvm.call_intrinsic "llvm.exp2.f32"(%v1422) : (f32) -> f32
                %v1424 = arith.subf %v1423, %v54 : f32
                %v1425 = arith.divf %v1424, %v1420 : f32
                %v1426 = arith.muli %v33, %v233 : i64
                %v1427 = arith.constant 8 : i64
                %v1428 = arith.addi %v1427, %v26 : i64
                %v1429 = arith.muli %v1428, %v2 : i64
                %v1430 = arith.addi %v1426, %v1429 : i64
                %v1431 = llvm.getelementptr %in_Bp[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1432 = llvm.load %v1431 : !llvm.ptr -> f32
                %v1433 = arith.mulf %v1425, %v1432 : f32
                %v1434 = llvm.load %v42 : !llvm.ptr -> f32
                %v1435 = arith.mulf %v1433, %v1434 : f32
                %v1436 = arith.addf %v1410, %v1435 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1437, %v1438 = gpu.shuffle xor %v1436, %v906, %v227 : f32
                %v1439 = arith.addf %v1436, %v1437 : f32
                %v1440, %v1441 = gpu.shuffle xor %v1439, %v910, %v227 : f32
                %v1442 = arith.addf %v1439, %v1440 : f32
                %v1443, %v1444 = gpu.shuffle xor %v1442, %v914, %v227 : f32
                %v1445 = arith.addf %v1442, %v1443 : f32
                // end sum over the lanes
                %v1446 = arith.addf %v1389, %v1445 : f32
                %v1447 = arith.cmpi eq, %v26, %v55 : i64
                %v1448 = arith.andi %v30, %v1447 : i1
                scf.if %v1448 {
                  %v1449 = arith.muli %v35, %v254 : i64
                  %v1450 = arith.muli %v33, %v253 : i64
                  %v1451 = arith.addi %v1449, %v1450 : i64
                  %v1452 = arith.muli %v1354, %v2 : i64
                  %v1453 = arith.addi %v1451, %v1452 : i64
                  %v1454 = llvm.getelementptr %dx_u[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1446, %v1454 : f32, !llvm.ptr
                }
                %v1455 = arith.mulf %v550, %v1409 : f32
                %v1456 = arith.muli %v35, %v254 : i64
                %v1457 = arith.muli %v33, %v253 : i64
                %v1458 = arith.addi %v1456, %v1457 : i64
                %v1459 = arith.muli %v1354, %v2 : i64
                %v1460 = arith.addi %v1458, %v1459 : i64
                %v1461 = llvm.getelementptr %in_u[%v1460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
                %v1463 = arith.mulf %v1462, %v1409 : f32
                %v1464 = arith.mulf %v1407, %v1463 : f32
                %v1465 = arith.divf %v1464, %v1397 : f32
                %v1466 = arith.addf %v1455, %v1465 : f32
                %v1467 = arith.mulf %v1397, %v1400 : f32
                %v1468 = arith.mulf %v1466, %v1467 : f32
                %v1469 = arith.mulf %v576, %v1434 : f32
                %v1470 = arith.mulf %v1462, %v1434 : f32
                %v1471 = arith.mulf %v1432, %v1470 : f32
                %v1472 = arith.divf %v1471, %v1420 : f32
                %v1473 = arith.addf %v1469, %v1472 : f32
                %v1474 = arith.mulf %v1420, %v1423 : f32
                %v1475 = arith.mulf %v1473, %v1474 : f32
                %v1476 = arith.addf %v1468, %v1475 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1477, %v1478 = gpu.shuffle xor %v1476, %v906, %v227 : f32
                %v1479 = arith.addf %v1476, %v1477 : f32
                %v1480, %v1481 = gpu.shuffle xor %v1479, %v910, %v227 : f32
                %v1482 = arith.addf %v1479, %v1480 : f32
                %v1483, %v1484 = gpu.shuffle xor %v1482, %v914, %v227 : f32
                %v1485 = arith.addf %v1482, %v1483 : f32
                // end sum over the lanes
                %v1486 = arith.mulf %v1352, %v1485 : f32
                %v1487 = llvm.load %v45 : !llvm.ptr -> f32
                %v1488 = arith.addf %v1487, %v1486 : f32
                llvm.store %v1488, %v45 : f32, !llvm.ptr
                %v1489 = arith.divf %v1402, %v1397 : f32
                %v1490 = arith.mulf %v1407, %v1489 : f32
                %v1491 = arith.mulf %v1463, %v1490 : f32
                %v1492 = arith.negf %v1491 : f32
                %v1493 = arith.mulf %v1352, %v1400 : f32
                %v1494 = arith.mulf %v1466, %v1493 : f32
                %v1495 = arith.addf %v1492, %v1494 : f32
                %v1496 = arith.negf %v1495 : f32
                %v1497 = arith.mulf %v1396, %v1496 : f32
                %v1498 = llvm.load %v46 : !llvm.ptr -> f32
                %v1499 = arith.addf %v1498, %v1497 : f32
                llvm.store %v1499, %v46 : f32, !llvm.ptr
                %v1500 = arith.divf %v1425, %v1420 : f32
                %v1501 = arith.mulf %v1432, %v1500 : f32
                %v1502 = arith.mulf %v1470, %v1501 : f32
                %v1503 = arith.negf %v1502 : f32
                %v1504 = arith.mulf %v1352, %v1423 : f32
                %v1505 = arith.mulf %v1473, %v1504 : f32
                %v1506 = arith.addf %v1503, %v1505 : f32
                %v1507 = arith.negf %v1506 : f32
                %v1508 = arith.mulf %v1419, %v1507 : f32
                %v1509 = llvm.load %v47 : !llvm.ptr -> f32
                %v1510 = arith.addf %v1509, %v1508 : f32
                llvm.store %v1510, %v47 : f32, !llvm.ptr
                %v1511 = arith.mulf %v1402, %v1463 : f32
                %v1512 = llvm.load %v48 : !llvm.ptr -> f32
                %v1513 = arith.addf %v1512, %v1511 : f32
                llvm.store %v1513, %v48 : f32, !llvm.ptr
                %v1514 = arith.mulf %v1425, %v1470 : f32
                %v1515 = llvm.load %v49 : !llvm.ptr -> f32
                %v1516 = arith.addf %v1515, %v1514 : f32
                llvm.store %v1516, %v49 : f32, !llvm.ptr
                %v1517 = arith.mulf %v610, %v1366 : f32
                %v1518 = llvm.load %v50 : !llvm.ptr -> f32
                %v1519 = arith.addf %v1518, %v1517 : f32
                llvm.store %v1519, %v50 : f32, !llvm.ptr
                %v1520 = arith.mulf %v636, %v1366 : f32
                %v1521 = llvm.load %v51 : !llvm.ptr -> f32
                %v1522 = arith.addf %v1521, %v1520 : f32
                llvm.store %v1522, %v51 : f32, !llvm.ptr
                %v1523 = arith.mulf %v1462, %v1366 : f32
                %v1524 = llvm.load %v52 : !llvm.ptr -> f32
                %v1525 = arith.addf %v1524, %v1523 : f32
                llvm.store %v1525, %v52 : f32, !llvm.ptr
                llvm.store %v1400, %v43 : f32, !llvm.ptr
                llvm.store %v1423, %v44 : f32, !llvm.ptr
              }
              %v1526 = arith.addi %v306, %v516 : i64
              %v1527 = arith.cmpi slt, %v1526, %v154 : i64
              %v1528, %v1529 = gpu.shuffle idx %v334, %v122, %v227 : f32
              scf.if %v1527 {
                %v1530 = arith.addi %v152, %v1526 : i64
                %v1531 = arith.muli %v33, %v233 : i64
                %v1532 = arith.muli %v26, %v2 : i64
                %v1533 = arith.addi %v1531, %v1532 : i64
                %v1534 = llvm.getelementptr %in_Cp[%v1533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1535 = llvm.load %v1534 : !llvm.ptr -> f32
                %v1536 = arith.muli %v35, %v254 : i64
                %v1537 = arith.muli %v33, %v253 : i64
                %v1538 = arith.addi %v1536, %v1537 : i64
                %v1539 = arith.muli %v1530, %v2 : i64
                %v1540 = arith.addi %v1538, %v1539 : i64
                %v1541 = llvm.getelementptr %dy_y[%v1540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1542 = llvm.load %v1541 : !llvm.ptr -> f32
                %v1543 = arith.mulf %v1535, %v1542 : f32
                %v1544 = llvm.load %v41 : !llvm.ptr -> f32
                %v1545 = llvm.load %v43 : !llvm.ptr -> f32
                %v1546 = arith.mulf %v1545, %v1544 : f32
                %v1547 = arith.addf %v1543, %v1546 : f32
                llvm.store %v1547, %v41 : f32, !llvm.ptr
                %v1548 = arith.muli %v33, %v233 : i64
                %v1549 = arith.constant 8 : i64
                %v1550 = arith.addi %v1549, %v26 : i64
                %v1551 = arith.muli %v1550, %v2 : i64
                %v1552 = arith.addi %v1548, %v1551 : i64
                %v1553 = llvm.getelementptr %in_Cp[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
                %v1555 = arith.mulf %v1554, %v1542 : f32
                %v1556 = llvm.load %v42 : !llvm.ptr -> f32
                %v1557 = llvm.load %v44 : !llvm.ptr -> f32
                %v1558 = arith.mulf %v1557, %v1556 : f32
                %v1559 = arith.addf %v1555, %v1558 : f32
                llvm.store %v1559, %v42 : f32, !llvm.ptr
                %v1560 = arith.subi %size_L, %v2 : i64
                %v1561 = arith.cmpi eq, %v1530, %v1560 : i64
                scf.if %v1561 {
                }
                %v1562 = arith.muli %v33, %v2 : i64
                %v1563 = llvm.getelementptr %in_Dskip[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1564 = llvm.load %v1563 : !llvm.ptr -> f32
                %v1565 = arith.mulf %v1564, %v1542 : f32
                %v1566 = arith.muli %v33, %v233 : i64
                %v1567 = arith.muli %v26, %v2 : i64
                %v1568 = arith.addi %v1566, %v1567 : i64
                %v1569 = llvm.getelementptr %in_A_log[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1570 = llvm.load %v1569 : !llvm.ptr -> f32
                %v1571 = arith.mulf %v1570, %v217 : f32
                %v1572 = llvm.call_intrinsic "llvm.exp2.f32"(%v1571) : (f32) -> f32
                %v1573 = arith.negf %v1572 : f32
                %v1574 = arith.mulf %v1528, %v1573 : f32
                %v1575 = arith.mulf %v1574, %v217 : f32
                %v1576 = llvm.call_intrinsic "llvm.exp2.f32"(%v1575) : (f32) -> f32
                %v1577 = arith.subf %v1576, %v54 : f32
                %v1578 = arith.divf %v1577, %v1573 : f32
                %v1579 = arith.muli %v33, %v233 : i64
                %v1580 = arith.muli %v26, %v2 : i64
                %v1581 = arith.addi %v1579, %v1580 : i64
                %v1582 = llvm.getelementptr %in_Bp[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1583 = llvm.load %v1582 : !llvm.ptr -> f32
                %v1584 = arith.mulf %v1578, %v1583 : f32
                %v1585 = llvm.load %v41 : !llvm.ptr -> f32
                %v1586 = arith.mulf %v1584, %v1585 : f32
                %v1587 = arith.muli %v33, %v233 : i64
                %v1588 = arith.constant 8 : i64
                %v1589 = arith.addi %v1588, %v26 : i64
                %v1590 = arith.muli %v1589, %v2 : i64
                %v1591 = arith.addi %v1587, %v1590 : i64
                %v1592 = llvm.getelementptr %in_A_log[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1593 = llvm.load %v1592 : !llvm.ptr -> f32
                %v1594 = arith.mulf %v1593, %v217 : f32
                %v1595 = llvm.call_intrinsic "llvm.exp2.f32"(%v1594) : (f32) -> f32
                %v1596 = arith.negf %v1595 : f32
                %v1597 = arith.mulf %v1528, %v1596 : f32
                %v1598 = arith.mulf %v1597, %v217 : f32
                %v1599 = llvm.call_intrinsic "llvm.exp2.f32"(%v1598) : (f32) -> f32
                %v1600 = arith.subf %v1599, %v54 : f32
                %v1601 = arith.divf %v1600, %v1596 : f32
                %v1602 = arith.muli %v33, %v233 : i64
                %v1603 = arith.constant 8 : i64
                %v1604 = arith.addi %v1603, %v26 : i64
                %v1605 = arith.muli %v1604, %v2 : i64
                %v1606 = arith.addi %v1602, %v1605 : i64
                %v1607 = llvm.getelementptr %in_Bp[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1608 = llvm.load %v1607 : !llvm.ptr -> f32
                %v1609 = arith.mulf %v1601, %v1608 : f32
                %v1610 = llvm.load %v42 : !llvm.ptr -> f32
                %v1611 = arith.mulf %v1609, %v1610 : f32
                %v1612 = arith.addf %v1586, %v1611 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1613, %v1614 = gpu.shuffle xor %v1612, %v906, %v227 : f32
                %v1615 = arith.addf %v1612, %v1613 : f32
                %v1616, %v1617 = gpu.shuffle xor %v1615, %v910, %v227 : f32
                %v1618 = arith.addf %v1615, %v1616 : f32
                %v1619, %v1620 = gpu.shuffle xor %v1618, %v914, %v227 : f32
                %v1621 = arith.addf %v1618, %v1619 : f32
                // end sum over the lanes
                %v1622 = arith.addf %v1565, %v1621 : f32
                %v1623 = arith.cmpi eq, %v26, %v55 : i64
                %v1624 = arith.andi %v30, %v1623 : i1
                scf.if %v1624 {
                  %v1625 = arith.muli %v35, %v254 : i64
                  %v1626 = arith.muli %v33, %v253 : i64
                  %v1627 = arith.addi %v1625, %v1626 : i64
                  %v1628 = arith.muli %v1530, %v2 : i64
                  %v1629 = arith.addi %v1627, %v1628 : i64
                  %v1630 = llvm.getelementptr %dx_u[%v1629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1622, %v1630 : f32, !llvm.ptr
                }
                %v1631 = arith.mulf %v489, %v1585 : f32
                %v1632 = arith.muli %v35, %v254 : i64
                %v1633 = arith.muli %v33, %v253 : i64
                %v1634 = arith.addi %v1632, %v1633 : i64
                %v1635 = arith.muli %v1530, %v2 : i64
                %v1636 = arith.addi %v1634, %v1635 : i64
                %v1637 = llvm.getelementptr %in_u[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
                %v1639 = arith.mulf %v1638, %v1585 : f32
                %v1640 = arith.mulf %v1583, %v1639 : f32
                %v1641 = arith.divf %v1640, %v1573 : f32
                %v1642 = arith.addf %v1631, %v1641 : f32
                %v1643 = arith.mulf %v1573, %v1576 : f32
                %v1644 = arith.mulf %v1642, %v1643 : f32
                %v1645 = arith.mulf %v515, %v1610 : f32
                %v1646 = arith.mulf %v1638, %v1610 : f32
                %v1647 = arith.mulf %v1608, %v1646 : f32
                %v1648 = arith.divf %v1647, %v1596 : f32
                %v1649 = arith.addf %v1645, %v1648 : f32
                %v1650 = arith.mulf %v1596, %v1599 : f32
                %v1651 = arith.mulf %v1649, %v1650 : f32
                %v1652 = arith.addf %v1644, %v1651 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1653, %v1654 = gpu.shuffle xor %v1652, %v906, %v227 : f32
                %v1655 = arith.addf %v1652, %v1653 : f32
                %v1656, %v1657 = gpu.shuffle xor %v1655, %v910, %v227 : f32
                %v1658 = arith.addf %v1655, %v1656 : f32
                %v1659, %v1660 = gpu.shuffle xor %v1658, %v914, %v227 : f32
                %v1661 = arith.addf %v1658, %v1659 : f32
                // end sum over the lanes
                %v1662 = arith.mulf %v1528, %v1661 : f32
                %v1663 = llvm.load %v45 : !llvm.ptr -> f32
                %v1664 = arith.addf %v1663, %v1662 : f32
                llvm.store %v1664, %v45 : f32, !llvm.ptr
                %v1665 = arith.divf %v1578, %v1573 : f32
                %v1666 = arith.mulf %v1583, %v1665 : f32
                %v1667 = arith.mulf %v1639, %v1666 : f32
                %v1668 = arith.negf %v1667 : f32
                %v1669 = arith.mulf %v1528, %v1576 : f32
                %v1670 = arith.mulf %v1642, %v1669 : f32
                %v1671 = arith.addf %v1668, %v1670 : f32
                %v1672 = arith.negf %v1671 : f32
                %v1673 = arith.mulf %v1572, %v1672 : f32
                %v1674 = llvm.load %v46 : !llvm.ptr -> f32
                %v1675 = arith.addf %v1674, %v1673 : f32
                llvm.store %v1675, %v46 : f32, !llvm.ptr
                %v1676 = arith.divf %v1601, %v1596 : f32
                %v1677 = arith.mulf %v1608, %v1676 : f32
                %v1678 = arith.mulf %v1646, %v1677 : f32
                %v1679 = arith.negf %v1678 : f32
                %v1680 = arith.mulf %v1528, %v1599 : f32
                %v1681 = arith.mulf %v1649, %v1680 : f32
                %v1682 = arith.addf %v1679, %v1681 : f32
                %v1683 = arith.negf %v1682 : f32
                %v1684 = arith.mulf %v1595, %v1683 : f32
                %v1685 = llvm.load %v47 : !llvm.ptr -> f32
                %v1686 = arith.addf %v1685, %v1684 : f32
                llvm.store %v1686, %v47 : f32, !llvm.ptr
                %v1687 = arith.mulf %v1578, %v1639 : f32
                %v1688 = llvm.load %v48 : !llvm.ptr -> f32
                %v1689 = arith.addf %v1688, %v1687 : f32
                llvm.store %v1689, %v48 : f32, !llvm.ptr
                %v1690 = arith.mulf %v1601, %v1646 : f32
                %v1691 = llvm.load %v49 : !llvm.ptr -> f32
                %v1692 = arith.addf %v1691, %v1690 : f32
                llvm.store %v1692, %v49 : f32, !llvm.ptr
                %v1693 = arith.mulf %v550, %v1542 : f32
                %v1694 = llvm.load %v50 : !llvm.ptr -> f32
                %v1695 = arith.addf %v1694, %v1693 : f32
                llvm.store %v1695, %v50 : f32, !llvm.ptr
                %v1696 = arith.mulf %v576, %v1542 : f32
                %v1697 = llvm.load %v51 : !llvm.ptr -> f32
                %v1698 = arith.addf %v1697, %v1696 : f32
                llvm.store %v1698, %v51 : f32, !llvm.ptr
                %v1699 = arith.mulf %v1638, %v1542 : f32
                %v1700 = llvm.load %v52 : !llvm.ptr -> f32
                %v1701 = arith.addf %v1700, %v1699 : f32
                llvm.store %v1701, %v52 : f32, !llvm.ptr
                llvm.store %v1576, %v43 : f32, !llvm.ptr
                llvm.store %v1599, %v44 : f32, !llvm.ptr
              }
              %v1702 = arith.addi %v306, %v455 : i64
              %v1703 = arith.cmpi slt, %v1702, %v154 : i64
              %v1704, %v1705 = gpu.shuffle idx %v334, %v118, %v227 : f32
              scf.if %v1703 {
                %v1706 = arith.addi %v152, %v1702 : i64
                %v1707 = arith.muli %v33, %v233 : i64
                %v1708 = arith.muli %v26, %v2 : i64
                %v1709 = arith.addi %v1707, %v1708 : i64
                %v1710 = llvm.getelementptr %in_Cp[%v1709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1711 = llvm.load %v1710 : !llvm.ptr -> f32
                %v1712 = arith.muli %v35, %v254 : i64
                %v1713 = arith.muli %v33, %v253 : i64
                %v1714 = arith.addi %v1712, %v1713 : i64
                %v1715 = arith.muli %v1706, %v2 : i64
                %v1716 = arith.addi %v1714, %v1715 : i64
                %v1717 = llvm.getelementptr %dy_y[%v1716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1718 = llvm.load %v1717 : !llvm.ptr -> f32
                %v1719 = arith.mulf %v1711, %v1718 : f32
                %v1720 = llvm.load %v41 : !llvm.ptr -> f32
                %v1721 = llvm.load %v43 : !llvm.ptr -> f32
                %v1722 = arith.mulf %v1721, %v1720 : f32
                %v1723 = arith.addf %v1719, %v1722 : f32
                llvm.store %v1723, %v41 : f32, !llvm.ptr
                %v1724 = arith.muli %v33, %v233 : i64
                %v1725 = arith.constant 8 : i64
                %v1726 = arith.addi %v1725, %v26 : i64
                %v1727 = arith.muli %v1726, %v2 : i64
                %v1728 = arith.addi %v1724, %v1727 : i64
                %v1729 = llvm.getelementptr %in_Cp[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
                %v1731 = arith.mulf %v1730, %v1718 : f32
                %v1732 = llvm.load %v42 : !llvm.ptr -> f32
                %v1733 = llvm.load %v44 : !llvm.ptr -> f32
                %v1734 = arith.mulf %v1733, %v1732 : f32
                %v1735 = arith.addf %v1731, %v1734 : f32
                llvm.store %v1735, %v42 : f32, !llvm.ptr
                %v1736 = arith.subi %size_L, %v2 : i64
                %v1737 = arith.cmpi eq, %v1706, %v1736 : i64
                scf.if %v1737 {
                }
                %v1738 = arith.muli %v33, %v2 : i64
                %v1739 = llvm.getelementptr %in_Dskip[%v1738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1740 = llvm.load %v1739 : !llvm.ptr -> f32
                %v1741 = arith.mulf %v1740, %v1718 : f32
                %v1742 = arith.muli %v33, %v233 : i64
                %v1743 = arith.muli %v26, %v2 : i64
                %v1744 = arith.addi %v1742, %v1743 : i64
                %v1745 = llvm.getelementptr %in_A_log[%v1744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1746 = llvm.load %v1745 : !llvm.ptr -> f32
                %v1747 = arith.mulf %v1746, %v217 : f32
                %v1748 = llvm.call_intrinsic "llvm.exp2.f32"(%v1747) : (f32) -> f32
                %v1749 = arith.negf %v1748 : f32
                %v1750 = arith.mulf %v1704, %v1749 : f32
                %v1751 = arith.mulf %v1750, %v217 : f32
                %v1752 = llvm.call_intrinsic "llvm.exp2.f32"(%v1751) : (f32) -> f32
                %v1753 = arith.subf %v1752, %v54 : f32
                %v1754 = arith.divf %v1753, %v1749 : f32
                %v1755 = arith.muli %v33, %v233 : i64
                %v1756 = arith.muli %v26, %v2 : i64
                %v1757 = arith.addi %v1755, %v1756 : i64
                %v1758 = llvm.getelementptr %in_Bp[%v1757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1759 = llvm.load %v1758 : !llvm.ptr -> f32
                %v1760 = arith.mulf %v1754, %v1759 : f32
                %v1761 = llvm.load %v41 : !llvm.ptr -> f32
                %v1762 = arith.mulf %v1760, %v1761 : f32
                %v1763 = arith.muli %v33, %v233 : i64
                %v1764 = arith.constant 8 : i64
                %v1765 = arith.addi %v1764, %v26 : i64
                %v1766 = arith.muli %v1765, %v2 : i64
                %v1767 = arith.addi %v1763, %v1766 : i64
                %v1768 = llvm.getelementptr %in_A_log[%v1767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1769 = llvm.load %v1768 : !llvm.ptr -> f32
                %v1770 = arith.mulf %v1769, %v217 : f32
                %v1771 = llvm.call_intrinsic "llvm.exp2.f32"(%v1770) : (f32) -> f32
                %v1772 = arith.negf %v1771 : f32
                %v1773 = arith.mulf %v1704, %v1772 : f32
                %v1774 = arith.mulf %v1773, %v217 : f32
                %v1775 = llvm.call_intrinsic "llvm.exp2.f32"(%v1774) : (f32) -> f32
                %v1776 = arith.subf %v1775, %v54 : f32
                %v1777 = arith.divf %v1776, %v1772 : f32
                %v1778 = arith.muli %v33, %v233 : i64
                %v1779 = arith.constant 8 : i64
                %v1780 = arith.addi %v1779, %v26 : i64
                %v1781 = arith.muli %v1780, %v2 : i64
                %v1782 = arith.addi %v1778, %v1781 : i64
                %v1783 = llvm.getelementptr %in_Bp[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1784 = llvm.load %v1783 : !llvm.ptr -> f32
                %v1785 = arith.mulf %v1777, %v1784 : f32
                %v1786 = llvm.load %v42 : !llvm.ptr -> f32
                %v1787 = arith.mulf %v1785, %v1786 : f32
                %v1788 = arith.addf %v1762, %v1787 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1789, %v1790 = gpu.shuffle xor %v1788, %v906, %v227 : f32
                %v1791 = arith.addf %v1788, %v1789 : f32
                %v1792, %v1793 = gpu.shuffle xor %v1791, %v910, %v227 : f32
                %v1794 = arith.addf %v1791, %v1792 : f32
                %v1795, %v1796 = gpu.shuffle xor %v1794, %v914, %v227 : f32
                %v1797 = arith.addf %v1794, %v1795 : f32
                // end sum over the lanes
                %v1798 = arith.addf %v1741, %v1797 : f32
                %v1799 = arith.cmpi eq, %v26, %v55 : i64
                %v1800 = arith.andi %v30, %v1799 : i1
                scf.if %v1800 {
                  %v1801 = arith.muli %v35, %v254 : i64
                  %v1802 = arith.muli %v33, %v253 : i64
                  %v1803 = arith.addi %v1801, %v1802 : i64
                  %v1804 = arith.muli %v1706, %v2 : i64
                  %v1805 = arith.addi %v1803, %v1804 : i64
                  %v1806 = llvm.getelementptr %dx_u[%v1805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1798, %v1806 : f32, !llvm.ptr
                }
                %v1807 = arith.mulf %v428, %v1761 : f32
                %v1808 = arith.muli %v35, %v254 : i64
                %v1809 = arith.muli %v33, %v253 : i64
                %v1810 = arith.addi %v1808, %v1809 : i64
                %v1811 = arith.muli %v1706, %v2 : i64
                %v1812 = arith.addi %v1810, %v1811 : i64
                %v1813 = llvm.getelementptr %in_u[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1814 = llvm.load %v1813 : !llvm.ptr -> f32
                %v1815 = arith.mulf %v1814, %v1761 : f32
                %v1816 = arith.mulf %v1759, %v1815 : f32
                %v1817 = arith.divf %v1816, %v1749 : f32
                %v1818 = arith.addf %v1807, %v1817 : f32
                %v1819 = arith.mulf %v1749, %v1752 : f32
                %v1820 = arith.mulf %v1818, %v1819 : f32
                %v1821 = arith.mulf %v454, %v1786 : f32
                %v1822 = arith.mulf %v1814, %v1786 : f32
                %v1823 = arith.mulf %v1784, %v1822 : f32
                %v1824 = arith.divf %v1823, %v1772 : f32
                %v1825 = arith.addf %v1821, %v1824 : f32
                %v1826 = arith.mulf %v1772, %v1775 : f32
                %v1827 = arith.mulf %v1825, %v1826 : f32
                %v1828 = arith.addf %v1820, %v1827 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1829, %v1830 = gpu.shuffle xor %v1828, %v906, %v227 : f32
                %v1831 = arith.addf %v1828, %v1829 : f32
                %v1832, %v1833 = gpu.shuffle xor %v1831, %v910, %v227 : f32
                %v1834 = arith.addf %v1831, %v1832 : f32
                %v1835, %v1836 = gpu.shuffle xor %v1834, %v914, %v227 : f32
                %v1837 = arith.addf %v1834, %v1835 : f32
                // end sum over the lanes
                %v1838 = arith.mulf %v1704, %v1837 : f32
                %v1839 = llvm.load %v45 : !llvm.ptr -> f32
                %v1840 = arith.addf %v1839, %v1838 : f32
                llvm.store %v1840, %v45 : f32, !llvm.ptr
                %v1841 = arith.divf %v1754, %v1749 : f32
                %v1842 = arith.mulf %v1759, %v1841 : f32
                %v1843 = arith.mulf %v1815, %v1842 : f32
                %v1844 = arith.negf %v1843 : f32
                %v1845 = arith.mulf %v1704, %v1752 : f32
                %v1846 = arith.mulf %v1818, %v1845 : f32
                %v1847 = arith.addf %v1844, %v1846 : f32
                %v1848 = arith.negf %v1847 : f32
                %v1849 = arith.mulf %v1748, %v1848 : f32
                %v1850 = llvm.load %v46 : !llvm.ptr -> f32
                %v1851 = arith.addf %v1850, %v1849 : f32
                llvm.store %v1851, %v46 : f32, !llvm.ptr
                %v1852 = arith.divf %v1777, %v1772 : f32
                %v1853 = arith.mulf %v1784, %v1852 : f32
                %v1854 = arith.mulf %v1822, %v1853 : f32
                %v1855 = arith.negf %v1854 : f32
                %v1856 = arith.mulf %v1704, %v1775 : f32
                %v1857 = arith.mulf %v1825, %v1856 : f32
                %v1858 = arith.addf %v1855, %v1857 : f32
                %v1859 = arith.negf %v1858 : f32
                %v1860 = arith.mulf %v1771, %v1859 : f32
                %v1861 = llvm.load %v47 : !llvm.ptr -> f32
                %v1862 = arith.addf %v1861, %v1860 : f32
                llvm.store %v1862, %v47 : f32, !llvm.ptr
                %v1863 = arith.mulf %v1754, %v1815 : f32
                %v1864 = llvm.load %v48 : !llvm.ptr -> f32
                %v1865 = arith.addf %v1864, %v1863 : f32
                llvm.store %v1865, %v48 : f32, !llvm.ptr
                %v1866 = arith.mulf %v1777, %v1822 : f32
                %v1867 = llvm.load %v49 : !llvm.ptr -> f32
                %v1868 = arith.addf %v1867, %v1866 : f32
                llvm.store %v1868, %v49 : f32, !llvm.ptr
                %v1869 = arith.mulf %v489, %v1718 : f32
                %v1870 = llvm.load %v50 : !llvm.ptr -> f32
                %v1871 = arith.addf %v1870, %v1869 : f32
                llvm.store %v1871, %v50 : f32, !llvm.ptr
                %v1872 = arith.mulf %v515, %v1718 : f32
                %v1873 = llvm.load %v51 : !llvm.ptr -> f32
                %v1874 = arith.addf %v1873, %v1872 : f32
                llvm.store %v1874, %v51 : f32, !llvm.ptr
                %v1875 = arith.mulf %v1814, %v1718 : f32
                %v1876 = llvm.load %v52 : !llvm.ptr -> f32
                %v1877 = arith.addf %v1876, %v1875 : f32
                llvm.store %v1877, %v52 : f32, !llvm.ptr
                llvm.store %v1752, %v43 : f32, !llvm.ptr
                llvm.store %v1775, %v44 : f32, !llvm.ptr
              }
              %v1878 = arith.addi %v306, %v2 : i64
              %v1879 = arith.cmpi slt, %v1878, %v154 : i64
              %v1880, %v1881 = gpu.shuffle idx %v334, %v114, %v227 : f32
              scf.if %v1879 {
                %v1882 = arith.addi %v152, %v1878 : i64
                %v1883 = arith.muli %v33, %v233 : i64
                %v1884 = arith.muli %v26, %v2 : i64
                %v1885 = arith.addi %v1883, %v1884 : i64
                %v1886 = llvm.getelementptr %in_Cp[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1887 = llvm.load %v1886 : !llvm.ptr -> f32
                %v1888 = arith.muli %v35, %v254 : i64
                %v1889 = arith.muli %v33, %v253 : i64
                %v1890 = arith.addi %v1888, %v1889 : i64
                %v1891 = arith.muli %v1882, %v2 : i64
                %v1892 = arith.addi %v1890, %v1891 : i64
                %v1893 = llvm.getelementptr %dy_y[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1894 = llvm.load %v1893 : !llvm.ptr -> f32
                %v1895 = arith.mulf %v1887, %v1894 : f32
                %v1896 = llvm.load %v41 : !llvm.ptr -> f32
                %v1897 = llvm.load %v43 : !llvm.ptr -> f32
                %v1898 = arith.mulf %v1897, %v1896 : f32
                %v1899 = arith.addf %v1895, %v1898 : f32
                llvm.store %v1899, %v41 : f32, !llvm.ptr
                %v1900 = arith.muli %v33, %v233 : i64
                %v1901 = arith.constant 8 : i64
                %v1902 = arith.addi %v1901, %v26 : i64
                %v1903 = arith.muli %v1902, %v2 : i64
                %v1904 = arith.addi %v1900, %v1903 : i64
                %v1905 = llvm.getelementptr %in_Cp[%v1904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1906 = llvm.load %v1905 : !llvm.ptr -> f32
                %v1907 = arith.mulf %v1906, %v1894 : f32
                %v1908 = llvm.load %v42 : !llvm.ptr -> f32
                %v1909 = llvm.load %v44 : !llvm.ptr -> f32
                %v1910 = arith.mulf %v1909, %v1908 : f32
                %v1911 = arith.addf %v1907, %v1910 : f32
                llvm.store %v1911, %v42 : f32, !llvm.ptr
                %v1912 = arith.subi %size_L, %v2 : i64
                %v1913 = arith.cmpi eq, %v1882, %v1912 : i64
                scf.if %v1913 {
                }
                %v1914 = arith.muli %v33, %v2 : i64
                %v1915 = llvm.getelementptr %in_Dskip[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1916 = llvm.load %v1915 : !llvm.ptr -> f32
                %v1917 = arith.mulf %v1916, %v1894 : f32
                %v1918 = arith.muli %v33, %v233 : i64
                %v1919 = arith.muli %v26, %v2 : i64
                %v1920 = arith.addi %v1918, %v1919 : i64
                %v1921 = llvm.getelementptr %in_A_log[%v1920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1922 = llvm.load %v1921 : !llvm.ptr -> f32
                %v1923 = arith.mulf %v1922, %v217 : f32
                %v1924 = llvm.call_intrinsic "llvm.exp2.f32"(%v1923) : (f32) -> f32
                %v1925 = arith.negf %v1924 : f32
                %v1926 = arith.mulf %v1880, %v1925 : f32
                %v1927 = arith.mulf %v1926, %v217 : f32
                %v1928 = llvm.call_intrinsic "llvm.exp2.f32"(%v1927) : (f32) -> f32
                %v1929 = arith.subf %v1928, %v54 : f32
                %v1930 = arith.divf %v1929, %v1925 : f32
                %v1931 = arith.muli %v33, %v233 : i64
                %v1932 = arith.muli %v26, %v2 : i64
                %v1933 = arith.addi %v1931, %v1932 : i64
                %v1934 = llvm.getelementptr %in_Bp[%v1933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1935 = llvm.load %v1934 : !llvm.ptr -> f32
                %v1936 = arith.mulf %v1930, %v1935 : f32
                %v1937 = llvm.load %v41 : !llvm.ptr -> f32
                %v1938 = arith.mulf %v1936, %v1937 : f32
                %v1939 = arith.muli %v33, %v233 : i64
                %v1940 = arith.constant 8 : i64
                %v1941 = arith.addi %v1940, %v26 : i64
                %v1942 = arith.muli %v1941, %v2 : i64
                %v1943 = arith.addi %v1939, %v1942 : i64
                %v1944 = llvm.getelementptr %in_A_log[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1945 = llvm.load %v1944 : !llvm.ptr -> f32
                %v1946 = arith.mulf %v1945, %v217 : f32
                %v1947 = llvm.call_intrinsic "llvm.exp2.f32"(%v1946) : (f32) -> f32
                %v1948 = arith.negf %v1947 : f32
                %v1949 = arith.mulf %v1880, %v1948 : f32
                %v1950 = arith.mulf %v1949, %v217 : f32
                %v1951 = llvm.call_intrinsic "llvm.exp2.f32"(%v1950) : (f32) -> f32
                %v1952 = arith.subf %v1951, %v54 : f32
                %v1953 = arith.divf %v1952, %v1948 : f32
                %v1954 = arith.muli %v33, %v233 : i64
                %v1955 = arith.constant 8 : i64
                %v1956 = arith.addi %v1955, %v26 : i64
                %v1957 = arith.muli %v1956, %v2 : i64
                %v1958 = arith.addi %v1954, %v1957 : i64
                %v1959 = llvm.getelementptr %in_Bp[%v1958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
                %v1961 = arith.mulf %v1953, %v1960 : f32
                %v1962 = llvm.load %v42 : !llvm.ptr -> f32
                %v1963 = arith.mulf %v1961, %v1962 : f32
                %v1964 = arith.addf %v1938, %v1963 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1965, %v1966 = gpu.shuffle xor %v1964, %v906, %v227 : f32
                %v1967 = arith.addf %v1964, %v1965 : f32
                %v1968, %v1969 = gpu.shuffle xor %v1967, %v910, %v227 : f32
                %v1970 = arith.addf %v1967, %v1968 : f32
                %v1971, %v1972 = gpu.shuffle xor %v1970, %v914, %v227 : f32
                %v1973 = arith.addf %v1970, %v1971 : f32
                // end sum over the lanes
                %v1974 = arith.addf %v1917, %v1973 : f32
                %v1975 = arith.cmpi eq, %v26, %v55 : i64
                %v1976 = arith.andi %v30, %v1975 : i1
                scf.if %v1976 {
                  %v1977 = arith.muli %v35, %v254 : i64
                  %v1978 = arith.muli %v33, %v253 : i64
                  %v1979 = arith.addi %v1977, %v1978 : i64
                  %v1980 = arith.muli %v1882, %v2 : i64
                  %v1981 = arith.addi %v1979, %v1980 : i64
                  %v1982 = llvm.getelementptr %dx_u[%v1981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1974, %v1982 : f32, !llvm.ptr
                }
                %v1983 = arith.mulf %v368, %v1937 : f32
                %v1984 = arith.muli %v35, %v254 : i64
                %v1985 = arith.muli %v33, %v253 : i64
                %v1986 = arith.addi %v1984, %v1985 : i64
                %v1987 = arith.muli %v1882, %v2 : i64
                %v1988 = arith.addi %v1986, %v1987 : i64
                %v1989 = llvm.getelementptr %in_u[%v1988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1990 = llvm.load %v1989 : !llvm.ptr -> f32
                %v1991 = arith.mulf %v1990, %v1937 : f32
                %v1992 = arith.mulf %v1935, %v1991 : f32
                %v1993 = arith.divf %v1992, %v1925 : f32
                %v1994 = arith.addf %v1983, %v1993 : f32
                %v1995 = arith.mulf %v1925, %v1928 : f32
                %v1996 = arith.mulf %v1994, %v1995 : f32
                %v1997 = arith.mulf %v394, %v1962 : f32
                %v1998 = arith.mulf %v1990, %v1962 : f32
                %v1999 = arith.mulf %v1960, %v1998 : f32
                %v2000 = arith.divf %v1999, %v1948 : f32
                %v2001 = arith.addf %v1997, %v2000 : f32
                %v2002 = arith.mulf %v1948, %v1951 : f32
                %v2003 = arith.mulf %v2001, %v2002 : f32
                %v2004 = arith.addf %v1996, %v2003 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2005, %v2006 = gpu.shuffle xor %v2004, %v906, %v227 : f32
                %v2007 = arith.addf %v2004, %v2005 : f32
                %v2008, %v2009 = gpu.shuffle xor %v2007, %v910, %v227 : f32
                %v2010 = arith.addf %v2007, %v2008 : f32
                %v2011, %v2012 = gpu.shuffle xor %v2010, %v914, %v227 : f32
                %v2013 = arith.addf %v2010, %v2011 : f32
                // end sum over the lanes
                %v2014 = arith.mulf %v1880, %v2013 : f32
                %v2015 = llvm.load %v45 : !llvm.ptr -> f32
                %v2016 = arith.addf %v2015, %v2014 : f32
                llvm.store %v2016, %v45 : f32, !llvm.ptr
                %v2017 = arith.divf %v1930, %v1925 : f32
                %v2018 = arith.mulf %v1935, %v2017 : f32
                %v2019 = arith.mulf %v1991, %v2018 : f32
                %v2020 = arith.negf %v2019 : f32
                %v2021 = arith.mulf %v1880, %v1928 : f32
                %v2022 = arith.mulf %v1994, %v2021 : f32
                %v2023 = arith.addf %v2020, %v2022 : f32
                %v2024 = arith.negf %v2023 : f32
                %v2025 = arith.mulf %v1924, %v2024 : f32
                %v2026 = llvm.load %v46 : !llvm.ptr -> f32
                %v2027 = arith.addf %v2026, %v2025 : f32
                llvm.store %v2027, %v46 : f32, !llvm.ptr
                %v2028 = arith.divf %v1953, %v1948 : f32
                %v2029 = arith.mulf %v1960, %v2028 : f32
                %v2030 = arith.mulf %v1998, %v2029 : f32
                %v2031 = arith.negf %v2030 : f32
                %v2032 = arith.mulf %v1880, %v1951 : f32
                %v2033 = arith.mulf %v2001, %v2032 : f32
                %v2034 = arith.addf %v2031, %v2033 : f32
                %v2035 = arith.negf %v2034 : f32
                %v2036 = arith.mulf %v1947, %v2035 : f32
                %v2037 = llvm.load %v47 : !llvm.ptr -> f32
                %v2038 = arith.addf %v2037, %v2036 : f32
                llvm.store %v2038, %v47 : f32, !llvm.ptr
                %v2039 = arith.mulf %v1930, %v1991 : f32
                %v2040 = llvm.load %v48 : !llvm.ptr -> f32
                %v2041 = arith.addf %v2040, %v2039 : f32
                llvm.store %v2041, %v48 : f32, !llvm.ptr
                %v2042 = arith.mulf %v1953, %v1998 : f32
                %v2043 = llvm.load %v49 : !llvm.ptr -> f32
                %v2044 = arith.addf %v2043, %v2042 : f32
                llvm.store %v2044, %v49 : f32, !llvm.ptr
                %v2045 = arith.mulf %v428, %v1894 : f32
                %v2046 = llvm.load %v50 : !llvm.ptr -> f32
                %v2047 = arith.addf %v2046, %v2045 : f32
                llvm.store %v2047, %v50 : f32, !llvm.ptr
                %v2048 = arith.mulf %v454, %v1894 : f32
                %v2049 = llvm.load %v51 : !llvm.ptr -> f32
                %v2050 = arith.addf %v2049, %v2048 : f32
                llvm.store %v2050, %v51 : f32, !llvm.ptr
                %v2051 = arith.mulf %v1990, %v1894 : f32
                %v2052 = llvm.load %v52 : !llvm.ptr -> f32
                %v2053 = arith.addf %v2052, %v2051 : f32
                llvm.store %v2053, %v52 : f32, !llvm.ptr
                llvm.store %v1928, %v43 : f32, !llvm.ptr
                llvm.store %v1951, %v44 : f32, !llvm.ptr
              }
              %v2054 = arith.addi %v306, %v55 : i64
              %v2055 = arith.cmpi slt, %v2054, %v154 : i64
              %v2056, %v2057 = gpu.shuffle idx %v334, %v110, %v227 : f32
              scf.if %v2055 {
                %v2058 = arith.addi %v152, %v2054 : i64
                %v2059 = arith.muli %v33, %v233 : i64
                %v2060 = arith.muli %v26, %v2 : i64
                %v2061 = arith.addi %v2059, %v2060 : i64
                %v2062 = llvm.getelementptr %in_Cp[%v2061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2063 = llvm.load %v2062 : !llvm.ptr -> f32
                %v2064 = arith.muli %v35, %v254 : i64
                %v2065 = arith.muli %v33, %v253 : i64
                %v2066 = arith.addi %v2064, %v2065 : i64
                %v2067 = arith.muli %v2058, %v2 : i64
                %v2068 = arith.addi %v2066, %v2067 : i64
                %v2069 = llvm.getelementptr %dy_y[%v2068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2070 = llvm.load %v2069 : !llvm.ptr -> f32
                %v2071 = arith.mulf %v2063, %v2070 : f32
                %v2072 = llvm.load %v41 : !llvm.ptr -> f32
                %v2073 = llvm.load %v43 : !llvm.ptr -> f32
                %v2074 = arith.mulf %v2073, %v2072 : f32
                %v2075 = arith.addf %v2071, %v2074 : f32
                llvm.store %v2075, %v41 : f32, !llvm.ptr
                %v2076 = arith.muli %v33, %v233 : i64
                %v2077 = arith.constant 8 : i64
                %v2078 = arith.addi %v2077, %v26 : i64
                %v2079 = arith.muli %v2078, %v2 : i64
                %v2080 = arith.addi %v2076, %v2079 : i64
                %v2081 = llvm.getelementptr %in_Cp[%v2080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2082 = llvm.load %v2081 : !llvm.ptr -> f32
                %v2083 = arith.mulf %v2082, %v2070 : f32
                %v2084 = llvm.load %v42 : !llvm.ptr -> f32
                %v2085 = llvm.load %v44 : !llvm.ptr -> f32
                %v2086 = arith.mulf %v2085, %v2084 : f32
                %v2087 = arith.addf %v2083, %v2086 : f32
                llvm.store %v2087, %v42 : f32, !llvm.ptr
                %v2088 = arith.subi %size_L, %v2 : i64
                %v2089 = arith.cmpi eq, %v2058, %v2088 : i64
                scf.if %v2089 {
                }
                %v2090 = arith.muli %v33, %v2 : i64
                %v2091 = llvm.getelementptr %in_Dskip[%v2090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
                %v2093 = arith.mulf %v2092, %v2070 : f32
                %v2094 = arith.muli %v33, %v233 : i64
                %v2095 = arith.muli %v26, %v2 : i64
                %v2096 = arith.addi %v2094, %v2095 : i64
                %v2097 = llvm.getelementptr %in_A_log[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2098 = llvm.load %v2097 : !llvm.ptr -> f32
                %v2099 = arith.mulf %v2098, %v217 : f32
                %v2100 = llvm.call_intrinsic "llvm.exp2.f32"(%v2099) : (f32) -> f32
                %v2101 = arith.negf %v2100 : f32
                %v2102 = arith.mulf %v2056, %v2101 : f32
                %v2103 = arith.mulf %v2102, %v217 : f32
                %v2104 = llvm.call_intrinsic "llvm.exp2.f32"(%v2103) : (f32) -> f32
                %v2105 = arith.subf %v2104, %v54 : f32
                %v2106 = arith.divf %v2105, %v2101 : f32
                %v2107 = arith.muli %v33, %v233 : i64
                %v2108 = arith.muli %v26, %v2 : i64
                %v2109 = arith.addi %v2107, %v2108 : i64
                %v2110 = llvm.getelementptr %in_Bp[%v2109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2111 = llvm.load %v2110 : !llvm.ptr -> f32
                %v2112 = arith.mulf %v2106, %v2111 : f32
                %v2113 = llvm.load %v41 : !llvm.ptr -> f32
                %v2114 = arith.mulf %v2112, %v2113 : f32
                %v2115 = arith.muli %v33, %v233 : i64
                %v2116 = arith.constant 8 : i64
                %v2117 = arith.addi %v2116, %v26 : i64
                %v2118 = arith.muli %v2117, %v2 : i64
                %v2119 = arith.addi %v2115, %v2118 : i64
                %v2120 = llvm.getelementptr %in_A_log[%v2119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2121 = llvm.load %v2120 : !llvm.ptr -> f32
                %v2122 = arith.mulf %v2121, %v217 : f32
                %v2123 = llvm.call_intrinsic "llvm.exp2.f32"(%v2122) : (f32) -> f32
                %v2124 = arith.negf %v2123 : f32
                %v2125 = arith.mulf %v2056, %v2124 : f32
                %v2126 = arith.mulf %v2125, %v217 : f32
                %v2127 = llvm.call_intrinsic "llvm.exp2.f32"(%v2126) : (f32) -> f32
                %v2128 = arith.subf %v2127, %v54 : f32
                %v2129 = arith.divf %v2128, %v2124 : f32
                %v2130 = arith.muli %v33, %v233 : i64
                %v2131 = arith.constant 8 : i64
                %v2132 = arith.addi %v2131, %v26 : i64
                %v2133 = arith.muli %v2132, %v2 : i64
                %v2134 = arith.addi %v2130, %v2133 : i64
                %v2135 = llvm.getelementptr %in_Bp[%v2134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2136 = llvm.load %v2135 : !llvm.ptr -> f32
                %v2137 = arith.mulf %v2129, %v2136 : f32
                %v2138 = llvm.load %v42 : !llvm.ptr -> f32
                %v2139 = arith.mulf %v2137, %v2138 : f32
                %v2140 = arith.addf %v2114, %v2139 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2141, %v2142 = gpu.shuffle xor %v2140, %v906, %v227 : f32
                %v2143 = arith.addf %v2140, %v2141 : f32
                %v2144, %v2145 = gpu.shuffle xor %v2143, %v910, %v227 : f32
                %v2146 = arith.addf %v2143, %v2144 : f32
                %v2147, %v2148 = gpu.shuffle xor %v2146, %v914, %v227 : f32
                %v2149 = arith.addf %v2146, %v2147 : f32
                // end sum over the lanes
                %v2150 = arith.addf %v2093, %v2149 : f32
                %v2151 = arith.cmpi eq, %v26, %v55 : i64
                %v2152 = arith.andi %v30, %v2151 : i1
                scf.if %v2152 {
                  %v2153 = arith.muli %v35, %v254 : i64
                  %v2154 = arith.muli %v33, %v253 : i64
                  %v2155 = arith.addi %v2153, %v2154 : i64
                  %v2156 = arith.muli %v2058, %v2 : i64
                  %v2157 = arith.addi %v2155, %v2156 : i64
                  %v2158 = llvm.getelementptr %dx_u[%v2157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2150, %v2158 : f32, !llvm.ptr
                }
                %v2159 = arith.mulf %v317, %v2113 : f32
                %v2160 = arith.muli %v35, %v254 : i64
                %v2161 = arith.muli %v33, %v253 : i64
                %v2162 = arith.addi %v2160, %v2161 : i64
                %v2163 = arith.muli %v2058, %v2 : i64
                %v2164 = arith.addi %v2162, %v2163 : i64
                %v2165 = llvm.getelementptr %in_u[%v2164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2166 = llvm.load %v2165 : !llvm.ptr -> f32
                %v2167 = arith.mulf %v2166, %v2113 : f32
                %v2168 = arith.mulf %v2111, %v2167 : f32
                %v2169 = arith.divf %v2168, %v2101 : f32
                %v2170 = arith.addf %v2159, %v2169 : f32
                %v2171 = arith.mulf %v2101, %v2104 : f32
                %v2172 = arith.mulf %v2170, %v2171 : f32
                %v2173 = arith.mulf %v326, %v2138 : f32
                %v2174 = arith.mulf %v2166, %v2138 : f32
                %v2175 = arith.mulf %v2136, %v2174 : f32
                %v2176 = arith.divf %v2175, %v2124 : f32
                %v2177 = arith.addf %v2173, %v2176 : f32
                %v2178 = arith.mulf %v2124, %v2127 : f32
                %v2179 = arith.mulf %v2177, %v2178 : f32
                %v2180 = arith.addf %v2172, %v2179 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2181, %v2182 = gpu.shuffle xor %v2180, %v906, %v227 : f32
                %v2183 = arith.addf %v2180, %v2181 : f32
                %v2184, %v2185 = gpu.shuffle xor %v2183, %v910, %v227 : f32
                %v2186 = arith.addf %v2183, %v2184 : f32
                %v2187, %v2188 = gpu.shuffle xor %v2186, %v914, %v227 : f32
                %v2189 = arith.addf %v2186, %v2187 : f32
                // end sum over the lanes
                %v2190 = arith.mulf %v2056, %v2189 : f32
                %v2191 = llvm.load %v45 : !llvm.ptr -> f32
                %v2192 = arith.addf %v2191, %v2190 : f32
                llvm.store %v2192, %v45 : f32, !llvm.ptr
                %v2193 = arith.divf %v2106, %v2101 : f32
                %v2194 = arith.mulf %v2111, %v2193 : f32
                %v2195 = arith.mulf %v2167, %v2194 : f32
                %v2196 = arith.negf %v2195 : f32
                %v2197 = arith.mulf %v2056, %v2104 : f32
                %v2198 = arith.mulf %v2170, %v2197 : f32
                %v2199 = arith.addf %v2196, %v2198 : f32
                %v2200 = arith.negf %v2199 : f32
                %v2201 = arith.mulf %v2100, %v2200 : f32
                %v2202 = llvm.load %v46 : !llvm.ptr -> f32
                %v2203 = arith.addf %v2202, %v2201 : f32
                llvm.store %v2203, %v46 : f32, !llvm.ptr
                %v2204 = arith.divf %v2129, %v2124 : f32
                %v2205 = arith.mulf %v2136, %v2204 : f32
                %v2206 = arith.mulf %v2174, %v2205 : f32
                %v2207 = arith.negf %v2206 : f32
                %v2208 = arith.mulf %v2056, %v2127 : f32
                %v2209 = arith.mulf %v2177, %v2208 : f32
                %v2210 = arith.addf %v2207, %v2209 : f32
                %v2211 = arith.negf %v2210 : f32
                %v2212 = arith.mulf %v2123, %v2211 : f32
                %v2213 = llvm.load %v47 : !llvm.ptr -> f32
                %v2214 = arith.addf %v2213, %v2212 : f32
                llvm.store %v2214, %v47 : f32, !llvm.ptr
                %v2215 = arith.mulf %v2106, %v2167 : f32
                %v2216 = llvm.load %v48 : !llvm.ptr -> f32
                %v2217 = arith.addf %v2216, %v2215 : f32
                llvm.store %v2217, %v48 : f32, !llvm.ptr
                %v2218 = arith.mulf %v2129, %v2174 : f32
                %v2219 = llvm.load %v49 : !llvm.ptr -> f32
                %v2220 = arith.addf %v2219, %v2218 : f32
                llvm.store %v2220, %v49 : f32, !llvm.ptr
                %v2221 = arith.mulf %v368, %v2070 : f32
                %v2222 = llvm.load %v50 : !llvm.ptr -> f32
                %v2223 = arith.addf %v2222, %v2221 : f32
                llvm.store %v2223, %v50 : f32, !llvm.ptr
                %v2224 = arith.mulf %v394, %v2070 : f32
                %v2225 = llvm.load %v51 : !llvm.ptr -> f32
                %v2226 = arith.addf %v2225, %v2224 : f32
                llvm.store %v2226, %v51 : f32, !llvm.ptr
                %v2227 = arith.mulf %v2166, %v2070 : f32
                %v2228 = llvm.load %v52 : !llvm.ptr -> f32
                %v2229 = arith.addf %v2228, %v2227 : f32
                llvm.store %v2229, %v52 : f32, !llvm.ptr
                llvm.store %v2104, %v43 : f32, !llvm.ptr
                llvm.store %v2127, %v44 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v2230 = arith.cmpi eq, %v23, %v55 : i64
      scf.if %v2230 {
      }
      %v2231 = arith.cmpi eq, %v26, %v55 : i64
      %v2232 = arith.andi %v30, %v2231 : i1
      scf.if %v2232 {
        %v2233 = llvm.load %v45 : !llvm.ptr -> f32
        %v2234 = arith.addi %v40, %v29 : i64
        %v2235 = arith.muli %v2234, %v2 : i64
        %v2236 = arith.addi %v2235, %v55 : i64
        %v2237 = llvm.getelementptr %part_log_dt[%v2236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2233, %v2237 : f32, !llvm.ptr
      }
      scf.if %v30 {
        %v2238 = llvm.load %v46 : !llvm.ptr -> f32
        %v2239 = arith.addi %v55, %v26 : i64
        %v2240 = arith.addi %v40, %v29 : i64
        %v2241 = arith.muli %v2240, %v1 : i64
        %v2242 = arith.addi %v2241, %v2239 : i64
        %v2243 = llvm.getelementptr %part_A_log[%v2242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2238, %v2243 : f32, !llvm.ptr
        %v2244 = llvm.load %v47 : !llvm.ptr -> f32
        %v2245 = arith.addi %v25, %v26 : i64
        %v2246 = arith.addi %v40, %v29 : i64
        %v2247 = arith.muli %v2246, %v1 : i64
        %v2248 = arith.addi %v2247, %v2245 : i64
        %v2249 = llvm.getelementptr %part_A_log[%v2248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2244, %v2249 : f32, !llvm.ptr
      }
      scf.if %v30 {
        %v2250 = llvm.load %v48 : !llvm.ptr -> f32
        %v2251 = arith.addi %v55, %v26 : i64
        %v2252 = arith.addi %v40, %v29 : i64
        %v2253 = arith.muli %v2252, %v1 : i64
        %v2254 = arith.addi %v2253, %v2251 : i64
        %v2255 = llvm.getelementptr %part_Bp[%v2254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2250, %v2255 : f32, !llvm.ptr
        %v2256 = llvm.load %v49 : !llvm.ptr -> f32
        %v2257 = arith.addi %v25, %v26 : i64
        %v2258 = arith.addi %v40, %v29 : i64
        %v2259 = arith.muli %v2258, %v1 : i64
        %v2260 = arith.addi %v2259, %v2257 : i64
        %v2261 = llvm.getelementptr %part_Bp[%v2260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2256, %v2261 : f32, !llvm.ptr
      }
      scf.if %v30 {
        %v2262 = llvm.load %v50 : !llvm.ptr -> f32
        %v2263 = arith.addi %v55, %v26 : i64
        %v2264 = arith.addi %v40, %v29 : i64
        %v2265 = arith.muli %v2264, %v1 : i64
        %v2266 = arith.addi %v2265, %v2263 : i64
        %v2267 = llvm.getelementptr %part_Cp[%v2266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2262, %v2267 : f32, !llvm.ptr
        %v2268 = llvm.load %v51 : !llvm.ptr -> f32
        %v2269 = arith.addi %v25, %v26 : i64
        %v2270 = arith.addi %v40, %v29 : i64
        %v2271 = arith.muli %v2270, %v1 : i64
        %v2272 = arith.addi %v2271, %v2269 : i64
        %v2273 = llvm.getelementptr %part_Cp[%v2272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2268, %v2273 : f32, !llvm.ptr
      }
      %v2274 = arith.cmpi eq, %v26, %v55 : i64
      %v2275 = arith.andi %v30, %v2274 : i1
      scf.if %v2275 {
        %v2276 = llvm.load %v52 : !llvm.ptr -> f32
        %v2277 = arith.addi %v40, %v29 : i64
        %v2278 = arith.muli %v2277, %v2 : i64
        %v2279 = arith.addi %v2278, %v55 : i64
        %v2280 = llvm.getelementptr %part_Dskip[%v2279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2276, %v2280 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
