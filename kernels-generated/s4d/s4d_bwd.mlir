module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_bwd(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %part_log_dt: !llvm.ptr, %part_A_log: !llvm.ptr, %part_Bp: !llvm.ptr, %part_Cp: !llvm.ptr, %part_Dskip: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = arith.constant 32 : i64
      %v16 = arith.constant 8 : i64
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v40 = arith.constant 0x00000000 : f32
      %v41 = arith.constant 0x3F800000 : f32
      %v42 = arith.constant 0 : i64
      %v44 = arith.constant 64 : i64
      %v45 = arith.constant 7 : i64
      %v99 = arith.muli %v2, %size_B : i64
      %v100 = arith.muli %v99, %size_D : i64
      %v101 = arith.muli %v100, %v1 : i64
      %v103 = arith.muli %v2, %v1 : i64
      %v104 = arith.muli %v103, %size_D : i64
      %v113 = arith.muli %v2, %size_B : i64
      %v114 = arith.muli %v113, %size_D : i64
      %v115 = arith.muli %v114, %v1 : i64
      %v157 = arith.constant 0x3FB8AA3B : f32
      %v167 = arith.constant 32 : i32
      %v173 = arith.muli %v2, %v1 : i64
      %v193 = arith.muli %v2, %size_L : i64
      %v194 = arith.muli %v193, %size_D : i64
      %v394 = arith.constant 2 : i64
      %v455 = arith.constant 3 : i64
      %v516 = arith.constant 4 : i64
      %v577 = arith.constant 5 : i64
      %v638 = arith.constant 6 : i64
      %v846 = arith.constant 1 : i32
      %v850 = arith.constant 2 : i32
      %v854 = arith.constant 4 : i32
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v17 = arith.remui %v13, %v16 : i64
      %v18 = arith.divui %v13, %v16 : i64
      %v19 = arith.muli %v14, %v15 : i64
      %v20 = arith.addi %v19, %v18 : i64
      %v21 = arith.cmpi slt, %v20, %v4 : i64
      %v22 = arith.subi %v4, %v2 : i64
      %v23 = arith.minsi %v20, %v22 : i64
      %v24 = arith.remui %v23, %size_D : i64
      %v25 = arith.divui %v23, %size_D : i64
      %v26 = arith.remui %v25, %size_B : i64
      %v27 = arith.divui %v25, %size_B : i64
      %v49 = arith.trunci %v13 : i64 to i32
      %v50 = arith.constant 24 : i32
      %v51 = arith.andi %v49, %v50 : i32
      %v52 = arith.constant 0 : i32
      %v53 = arith.ori %v51, %v52 : i32
      %v54 = arith.constant 0 : i64
      %v55 = arith.cmpi eq, %v17, %v54 : i64
      %v56 = arith.constant 1 : i32
      %v57 = arith.ori %v51, %v56 : i32
      %v58 = arith.constant 1 : i64
      %v59 = arith.cmpi eq, %v17, %v58 : i64
      %v60 = arith.constant 2 : i32
      %v61 = arith.ori %v51, %v60 : i32
      %v62 = arith.constant 2 : i64
      %v63 = arith.cmpi eq, %v17, %v62 : i64
      %v64 = arith.constant 3 : i32
      %v65 = arith.ori %v51, %v64 : i32
      %v66 = arith.constant 3 : i64
      %v67 = arith.cmpi eq, %v17, %v66 : i64
      %v68 = arith.constant 4 : i32
      %v69 = arith.ori %v51, %v68 : i32
      %v70 = arith.constant 4 : i64
      %v71 = arith.cmpi eq, %v17, %v70 : i64
      %v72 = arith.constant 5 : i32
      %v73 = arith.ori %v51, %v72 : i32
      %v74 = arith.constant 5 : i64
      %v75 = arith.cmpi eq, %v17, %v74 : i64
      %v76 = arith.constant 6 : i32
      %v77 = arith.ori %v51, %v76 : i32
      %v78 = arith.constant 6 : i64
      %v79 = arith.cmpi eq, %v17, %v78 : i64
      %v80 = arith.constant 7 : i32
      %v81 = arith.ori %v51, %v80 : i32
      %v82 = arith.constant 7 : i64
      %v83 = arith.cmpi eq, %v17, %v82 : i64
      llvm.store %v40, %v28 : f32, !llvm.ptr
      llvm.store %v40, %v29 : f32, !llvm.ptr
      llvm.store %v41, %v30 : f32, !llvm.ptr
      llvm.store %v41, %v31 : f32, !llvm.ptr
      llvm.store %v40, %v32 : f32, !llvm.ptr
      llvm.store %v40, %v33 : f32, !llvm.ptr
      llvm.store %v40, %v34 : f32, !llvm.ptr
      llvm.store %v40, %v35 : f32, !llvm.ptr
      llvm.store %v40, %v36 : f32, !llvm.ptr
      llvm.store %v40, %v37 : f32, !llvm.ptr
      llvm.store %v40, %v38 : f32, !llvm.ptr
      llvm.store %v40, %v39 : f32, !llvm.ptr
      %v43 = arith.cmpi eq, %size_L, %v42 : i64
      scf.if %v43 {
        llvm.store %v40, %v9 : f32, !llvm.ptr
        llvm.store %v40, %v10 : f32, !llvm.ptr
      }
      %v46 = arith.subi %v44, %v2 : i64
      %v47 = arith.addi %size_L, %v46 : i64
      %v48 = arith.divui %v47, %v44 : i64
      %v84 = arith.subi %v48, %v42 : i64
      %v85 = arith.maxsi %v84, %v42 : i64
      %v86 = arith.index_cast %v42 : i64 to index
      %v87 = arith.index_cast %v85 : i64 to index
      %v88 = arith.index_cast %v2 : i64 to index
      scf.for %v89 = %v86 to %v87 step %v88 {
        %v90 = arith.index_cast %v89 : index to i64
        %v91 = arith.subi %v48, %v2 : i64
        %v92 = arith.subi %v91, %v90 : i64
        %v93 = arith.muli %v92, %v44 : i64
        %v94 = arith.subi %size_L, %v93 : i64
        %v95 = arith.minsi %v94, %v44 : i64
        %v96 = arith.subi %v95, %v2 : i64
        %v97 = arith.addi %v95, %v45 : i64
        %v98 = arith.divui %v97, %v16 : i64
        %v102 = arith.muli %v92, %v101 : i64
        %v105 = arith.muli %v26, %v104 : i64
        %v106 = arith.muli %v24, %v103 : i64
        %v107 = arith.addi %v105, %v106 : i64
        %v108 = arith.muli %v17, %v2 : i64
        %v109 = arith.addi %v107, %v108 : i64
        %v110 = arith.addi %v102, %v109 : i64
        %v111 = llvm.getelementptr %ckpt_h[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v112 = llvm.load %v111 : !llvm.ptr -> f32
        llvm.store %v112, %v7 : f32, !llvm.ptr
        %v116 = arith.muli %v92, %v115 : i64
        %v117 = arith.muli %v26, %v104 : i64
        %v118 = arith.muli %v24, %v103 : i64
        %v119 = arith.addi %v117, %v118 : i64
        %v120 = arith.constant 8 : i64
        %v121 = arith.addi %v120, %v17 : i64
        %v122 = arith.muli %v121, %v2 : i64
        %v123 = arith.addi %v119, %v122 : i64
        %v124 = arith.addi %v116, %v123 : i64
        %v125 = llvm.getelementptr %ckpt_h[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v126 = llvm.load %v125 : !llvm.ptr -> f32
        llvm.store %v126, %v8 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v127 = arith.index_cast %v42 : i64 to index
        %v128 = arith.index_cast %v98 : i64 to index
        %v129 = arith.index_cast %v2 : i64 to index
        scf.for %v130 = %v127 to %v128 step %v129 {
          %v131 = arith.index_cast %v130 : index to i64
          scf.if %v21 {
            %v132 = llvm.load %v7 : !llvm.ptr -> f32
            %v133 = arith.muli %v131, %v4 : i64
            %v134 = arith.subi %v4, %v2 : i64
            %v135 = arith.minsi %v20, %v134 : i64
            %v136 = arith.addi %v133, %v135 : i64
            %v137 = arith.muli %v136, %v1 : i64
            %v138 = arith.addi %v137, %v42 : i64
            %v139 = arith.addi %v138, %v17 : i64
            %v140 = llvm.getelementptr %scratch_h[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v132, %v140 : f32, !llvm.ptr
            %v141 = llvm.load %v8 : !llvm.ptr -> f32
            %v142 = arith.muli %v131, %v4 : i64
            %v143 = arith.subi %v4, %v2 : i64
            %v144 = arith.minsi %v20, %v143 : i64
            %v145 = arith.addi %v142, %v144 : i64
            %v146 = arith.muli %v145, %v1 : i64
            %v147 = arith.addi %v146, %v16 : i64
            %v148 = arith.addi %v147, %v17 : i64
            %v149 = llvm.getelementptr %scratch_h[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v141, %v149 : f32, !llvm.ptr
          }
          %v150 = arith.muli %v131, %v16 : i64
          %v151 = arith.addi %v150, %v17 : i64
          %v152 = arith.minsi %v151, %v96 : i64
          %v153 = arith.addi %v93, %v152 : i64
          %v154 = arith.muli %v24, %v2 : i64
          %v155 = llvm.getelementptr %in_log_dt[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 : !llvm.ptr -> f32
          %v158 = arith.mulf %v156, %v157 : f32
          %v159 = llvm.call_intrinsic "llvm.exp2.f32"(%v158) : (f32) -> f32
          %v160 = arith.index_cast %v42 : i64 to index
          %v161 = arith.index_cast %v16 : i64 to index
          %v162 = arith.index_cast %v2 : i64 to index
          scf.for %v163 = %v160 to %v161 step %v162 {
            %v164 = arith.index_cast %v163 : index to i64
            %v165 = arith.trunci %v164 : i64 to i32
            %v166 = arith.ori %v53, %v165 : i32
            %v168, %v169 = gpu.shuffle idx %v159, %v166, %v167 : f32
            %v170 = arith.addi %v150, %v164 : i64
            %v171 = arith.cmpi slt, %v170, %v95 : i64
            scf.if %v171 {
              %v172 = arith.addi %v93, %v170 : i64
              %v174 = arith.muli %v24, %v173 : i64
              %v175 = arith.muli %v17, %v2 : i64
              %v176 = arith.addi %v174, %v175 : i64
              %v177 = llvm.getelementptr %in_A_log[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v178 = llvm.load %v177 : !llvm.ptr -> f32
              %v179 = arith.mulf %v178, %v157 : f32
              %v180 = llvm.call_intrinsic "llvm.exp2.f32"(%v179) : (f32) -> f32
              %v181 = arith.negf %v180 : f32
              %v182 = arith.mulf %v168, %v181 : f32
              %v183 = arith.mulf %v182, %v157 : f32
              %v184 = llvm.call_intrinsic "llvm.exp2.f32"(%v183) : (f32) -> f32
              %v185 = arith.subf %v184, %v41 : f32
              %v186 = arith.divf %v185, %v181 : f32
              %v187 = arith.muli %v24, %v173 : i64
              %v188 = arith.muli %v17, %v2 : i64
              %v189 = arith.addi %v187, %v188 : i64
              %v190 = llvm.getelementptr %in_Bp[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v191 = llvm.load %v190 : !llvm.ptr -> f32
              %v192 = arith.mulf %v186, %v191 : f32
              %v195 = arith.muli %v26, %v194 : i64
              %v196 = arith.muli %v24, %v193 : i64
              %v197 = arith.addi %v195, %v196 : i64
              %v198 = arith.muli %v172, %v2 : i64
              %v199 = arith.addi %v197, %v198 : i64
              %v200 = llvm.getelementptr %in_u[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v201 = llvm.load %v200 : !llvm.ptr -> f32
              %v202 = arith.mulf %v192, %v201 : f32
              %v203 = llvm.load %v7 : !llvm.ptr -> f32
              %v204 = arith.mulf %v184, %v203 : f32
              %v205 = arith.addf %v204, %v202 : f32
              llvm.store %v205, %v7 : f32, !llvm.ptr
              %v206 = arith.muli %v24, %v173 : i64
              %v207 = arith.constant 8 : i64
              %v208 = arith.addi %v207, %v17 : i64
              %v209 = arith.muli %v208, %v2 : i64
              %v210 = arith.addi %v206, %v209 : i64
              %v211 = llvm.getelementptr %in_A_log[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v212 = llvm.load %v211 : !llvm.ptr -> f32
              %v213 = arith.mulf %v212, %v157 : f32
              %v214 = llvm.call_intrinsic "llvm.exp2.f32"(%v213) : (f32) -> f32
              %v215 = arith.negf %v214 : f32
              %v216 = arith.mulf %v168, %v215 : f32
              %v217 = arith.mulf %v216, %v157 : f32
              %v218 = llvm.call_intrinsic "llvm.exp2.f32"(%v217) : (f32) -> f32
              %v219 = arith.subf %v218, %v41 : f32
              %v220 = arith.divf %v219, %v215 : f32
              %v221 = arith.muli %v24, %v173 : i64
              %v222 = arith.constant 8 : i64
              %v223 = arith.addi %v222, %v17 : i64
              %v224 = arith.muli %v223, %v2 : i64
              %v225 = arith.addi %v221, %v224 : i64
              %v226 = llvm.getelementptr %in_Bp[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v227 = llvm.load %v226 : !llvm.ptr -> f32
              %v228 = arith.mulf %v220, %v227 : f32
              %v229 = arith.mulf %v228, %v201 : f32
              %v230 = llvm.load %v8 : !llvm.ptr -> f32
              %v231 = arith.mulf %v218, %v230 : f32
              %v232 = arith.addf %v231, %v229 : f32
              llvm.store %v232, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v233 = arith.index_cast %v42 : i64 to index
        %v234 = arith.index_cast %v2 : i64 to index
        %v235 = arith.index_cast %v2 : i64 to index
        scf.for %v236 = %v233 to %v234 step %v235 {
          %v237 = arith.index_cast %v236 : index to i64
          %v238 = arith.index_cast %v42 : i64 to index
          %v239 = arith.index_cast %v98 : i64 to index
          %v240 = arith.index_cast %v2 : i64 to index
          scf.for %v241 = %v238 to %v239 step %v240 {
            %v242 = arith.index_cast %v241 : index to i64
            %v243 = arith.cmpi slt, %v242, %v98 : i64
            scf.if %v243 {
              %v244 = arith.subi %v98, %v2 : i64
              %v245 = arith.subi %v244, %v242 : i64
              %v246 = arith.muli %v245, %v16 : i64
              %v247 = arith.subi %v95, %v2 : i64
              %v248 = arith.muli %v245, %v4 : i64
              %v249 = arith.subi %v4, %v2 : i64
              %v250 = arith.minsi %v20, %v249 : i64
              %v251 = arith.addi %v248, %v250 : i64
              %v252 = arith.muli %v251, %v1 : i64
              %v253 = arith.addi %v252, %v42 : i64
              %v254 = arith.addi %v253, %v17 : i64
              %v255 = llvm.getelementptr %scratch_h[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v256 = llvm.load %v255 : !llvm.ptr -> f32
              %v257 = arith.muli %v245, %v4 : i64
              %v258 = arith.subi %v4, %v2 : i64
              %v259 = arith.minsi %v20, %v258 : i64
              %v260 = arith.addi %v257, %v259 : i64
              %v261 = arith.muli %v260, %v1 : i64
              %v262 = arith.addi %v261, %v16 : i64
              %v263 = arith.addi %v262, %v17 : i64
              %v264 = llvm.getelementptr %scratch_h[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v265 = llvm.load %v264 : !llvm.ptr -> f32
              %v266 = arith.addi %v246, %v17 : i64
              %v267 = arith.minsi %v266, %v247 : i64
              %v268 = arith.addi %v93, %v267 : i64
              %v269 = arith.muli %v24, %v2 : i64
              %v270 = llvm.getelementptr %in_log_dt[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v271 = llvm.load %v270 : !llvm.ptr -> f32
              %v272 = arith.mulf %v271, %v157 : f32
              %v273 = llvm.call_intrinsic "llvm.exp2.f32"(%v272) : (f32) -> f32
              // the group's states, recomputed into registers
              %v274 = arith.addi %v246, %v42 : i64
              %v275 = arith.minsi %v274, %v247 : i64
              %v276 = arith.addi %v93, %v275 : i64
              %v277, %v278 = gpu.shuffle idx %v273, %v53, %v167 : f32
              %v279 = arith.muli %v24, %v173 : i64
              %v280 = arith.muli %v17, %v2 : i64
              %v281 = arith.addi %v279, %v280 : i64
              %v282 = llvm.getelementptr %in_A_log[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v283 = llvm.load %v282 : !llvm.ptr -> f32
              %v284 = arith.mulf %v283, %v157 : f32
              %v285 = llvm.call_intrinsic "llvm.exp2.f32"(%v284) : (f32) -> f32
              %v286 = arith.negf %v285 : f32
              %v287 = arith.mulf %v277, %v286 : f32
              %v288 = arith.mulf %v287, %v157 : f32
              %v289 = llvm.call_intrinsic "llvm.exp2.f32"(%v288) : (f32) -> f32
              %v290 = arith.subf %v289, %v41 : f32
              %v291 = arith.divf %v290, %v286 : f32
              %v292 = arith.muli %v24, %v173 : i64
              %v293 = arith.muli %v17, %v2 : i64
              %v294 = arith.addi %v292, %v293 : i64
              %v295 = llvm.getelementptr %in_Bp[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v296 = llvm.load %v295 : !llvm.ptr -> f32
              %v297 = arith.mulf %v291, %v296 : f32
              %v298 = arith.muli %v26, %v194 : i64
              %v299 = arith.muli %v24, %v193 : i64
              %v300 = arith.addi %v298, %v299 : i64
              %v301 = arith.muli %v276, %v2 : i64
              %v302 = arith.addi %v300, %v301 : i64
              %v303 = llvm.getelementptr %in_u[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v304 = llvm.load %v303 : !llvm.ptr -> f32
              %v305 = arith.mulf %v297, %v304 : f32
              %v306 = arith.mulf %v289, %v256 : f32
              %v307 = arith.addf %v306, %v305 : f32
              %v308 = arith.muli %v24, %v173 : i64
              %v309 = arith.constant 8 : i64
              %v310 = arith.addi %v309, %v17 : i64
              %v311 = arith.muli %v310, %v2 : i64
              %v312 = arith.addi %v308, %v311 : i64
              %v313 = llvm.getelementptr %in_A_log[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v314 = llvm.load %v313 : !llvm.ptr -> f32
              %v315 = arith.mulf %v314, %v157 : f32
              %v316 = llvm.call_intrinsic "llvm.exp2.f32"(%v315) : (f32) -> f32
              %v317 = arith.negf %v316 : f32
              %v318 = arith.mulf %v277, %v317 : f32
              %v319 = arith.mulf %v318, %v157 : f32
              %v320 = llvm.call_intrinsic "llvm.exp2.f32"(%v319) : (f32) -> f32
              %v321 = arith.subf %v320, %v41 : f32
              %v322 = arith.divf %v321, %v317 : f32
              %v323 = arith.muli %v24, %v173 : i64
              %v324 = arith.constant 8 : i64
              %v325 = arith.addi %v324, %v17 : i64
              %v326 = arith.muli %v325, %v2 : i64
              %v327 = arith.addi %v323, %v326 : i64
              %v328 = llvm.getelementptr %in_Bp[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v329 = llvm.load %v328 : !llvm.ptr -> f32
              %v330 = arith.mulf %v322, %v329 : f32
              %v331 = arith.mulf %v330, %v304 : f32
              %v332 = arith.mulf %v320, %v265 : f32
              %v333 = arith.addf %v332, %v331 : f32
              %v334 = arith.addi %v246, %v2 : i64
              %v335 = arith.minsi %v334, %v247 : i64
              %v336 = arith.addi %v93, %v335 : i64
              %v337, %v338 = gpu.shuffle idx %v273, %v57, %v167 : f32
              %v339 = arith.muli %v24, %v173 : i64
              %v340 = arith.muli %v17, %v2 : i64
              %v341 = arith.addi %v339, %v340 : i64
              %v342 = llvm.getelementptr %in_A_log[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v343 = llvm.load %v342 : !llvm.ptr -> f32
              %v344 = arith.mulf %v343, %v157 : f32
              %v345 = llvm.call_intrinsic "llvm.exp2.f32"(%v344) : (f32) -> f32
              %v346 = arith.negf %v345 : f32
              %v347 = arith.mulf %v337, %v346 : f32
              %v348 = arith.mulf %v347, %v157 : f32
              %v349 = llvm.call_intrinsic "llvm.exp2.f32"(%v348) : (f32) -> f32
              %v350 = arith.subf %v349, %v41 : f32
              %v351 = arith.divf %v350, %v346 : f32
              %v352 = arith.muli %v24, %v173 : i64
              %v353 = arith.muli %v17, %v2 : i64
              %v354 = arith.addi %v352, %v353 : i64
              %v355 = llvm.getelementptr %in_Bp[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v356 = llvm.load %v355 : !llvm.ptr -> f32
              %v357 = arith.mulf %v351, %v356 : f32
              %v358 = arith.muli %v26, %v194 : i64
              %v359 = arith.muli %v24, %v193 : i64
              %v360 = arith.addi %v358, %v359 : i64
              %v361 = arith.muli %v336, %v2 : i64
              %v362 = arith.addi %v360, %v361 : i64
              %v363 = llvm.getelementptr %in_u[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v364 = llvm.load %v363 : !llvm.ptr -> f32
              %v365 = arith.mulf %v357, %v364 : f32
              %v366 = arith.mulf %v349, %v307 : f32
              %v367 = arith.addf %v366, %v365 : f32
              %v368 = arith.muli %v24, %v173 : i64
              %v369 = arith.constant 8 : i64
              %v370 = arith.addi %v369, %v17 : i64
              %v371 = arith.muli %v370, %v2 : i64
              %v372 = arith.addi %v368, %v371 : i64
              %v373 = llvm.getelementptr %in_A_log[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v374 = llvm.load %v373 : !llvm.ptr -> f32
              %v375 = arith.mulf %v374, %v157 : f32
              %v376 = llvm.call_intrinsic "llvm.exp2.f32"(%v375) : (f32) -> f32
              %v377 = arith.negf %v376 : f32
              %v378 = arith.mulf %v337, %v377 : f32
              %v379 = arith.mulf %v378, %v157 : f32
              %v380 = llvm.call_intrinsic "llvm.exp2.f32"(%v379) : (f32) -> f32
              %v381 = arith.subf %v380, %v41 : f32
              %v382 = arith.divf %v381, %v377 : f32
              %v383 = arith.muli %v24, %v173 : i64
              %v384 = arith.constant 8 : i64
              %v385 = arith.addi %v384, %v17 : i64
              %v386 = arith.muli %v385, %v2 : i64
              %v387 = arith.addi %v383, %v386 : i64
              %v388 = llvm.getelementptr %in_Bp[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v389 = llvm.load %v388 : !llvm.ptr -> f32
              %v390 = arith.mulf %v382, %v389 : f32
              %v391 = arith.mulf %v390, %v364 : f32
              %v392 = arith.mulf %v380, %v333 : f32
              %v393 = arith.addf %v392, %v391 : f32
              %v395 = arith.addi %v246, %v394 : i64
              %v396 = arith.minsi %v395, %v247 : i64
              %v397 = arith.addi %v93, %v396 : i64
              %v398, %v399 = gpu.shuffle idx %v273, %v61, %v167 : f32
              %v400 = arith.muli %v24, %v173 : i64
              %v401 = arith.muli %v17, %v2 : i64
              %v402 = arith.addi %v400, %v401 : i64
              %v403 = llvm.getelementptr %in_A_log[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v404 = llvm.load %v403 : !llvm.ptr -> f32
              %v405 = arith.mulf %v404, %v157 : f32
              %v406 = llvm.call_intrinsic "llvm.exp2.f32"(%v405) : (f32) -> f32
              %v407 = arith.negf %v406 : f32
              %v408 = arith.mulf %v398, %v407 : f32
              %v409 = arith.mulf %v408, %v157 : f32
              %v410 = llvm.call_intrinsic "llvm.exp2.f32"(%v409) : (f32) -> f32
              %v411 = arith.subf %v410, %v41 : f32
              %v412 = arith.divf %v411, %v407 : f32
              %v413 = arith.muli %v24, %v173 : i64
              %v414 = arith.muli %v17, %v2 : i64
              %v415 = arith.addi %v413, %v414 : i64
              %v416 = llvm.getelementptr %in_Bp[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v417 = llvm.load %v416 : !llvm.ptr -> f32
              %v418 = arith.mulf %v412, %v417 : f32
              %v419 = arith.muli %v26, %v194 : i64
              %v420 = arith.muli %v24, %v193 : i64
              %v421 = arith.addi %v419, %v420 : i64
              %v422 = arith.muli %v397, %v2 : i64
              %v423 = arith.addi %v421, %v422 : i64
              %v424 = llvm.getelementptr %in_u[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v425 = llvm.load %v424 : !llvm.ptr -> f32
              %v426 = arith.mulf %v418, %v425 : f32
              %v427 = arith.mulf %v410, %v367 : f32
              %v428 = arith.addf %v427, %v426 : f32
              %v429 = arith.muli %v24, %v173 : i64
              %v430 = arith.constant 8 : i64
              %v431 = arith.addi %v430, %v17 : i64
              %v432 = arith.muli %v431, %v2 : i64
              %v433 = arith.addi %v429, %v432 : i64
              %v434 = llvm.getelementptr %in_A_log[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v435 = llvm.load %v434 : !llvm.ptr -> f32
              %v436 = arith.mulf %v435, %v157 : f32
              %v437 = llvm.call_intrinsic "llvm.exp2.f32"(%v436) : (f32) -> f32
              %v438 = arith.negf %v437 : f32
              %v439 = arith.mulf %v398, %v438 : f32
              %v440 = arith.mulf %v439, %v157 : f32
              %v441 = llvm.call_intrinsic "llvm.exp2.f32"(%v440) : (f32) -> f32
              %v442 = arith.subf %v441, %v41 : f32
              %v443 = arith.divf %v442, %v438 : f32
              %v444 = arith.muli %v24, %v173 : i64
              %v445 = arith.constant 8 : i64
              %v446 = arith.addi %v445, %v17 : i64
              %v447 = arith.muli %v446, %v2 : i64
              %v448 = arith.addi %v444, %v447 : i64
              %v449 = llvm.getelementptr %in_Bp[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v450 = llvm.load %v449 : !llvm.ptr -> f32
              %v451 = arith.mulf %v443, %v450 : f32
              %v452 = arith.mulf %v451, %v425 : f32
              %v453 = arith.mulf %v441, %v393 : f32
              %v454 = arith.addf %v453, %v452 : f32
              %v456 = arith.addi %v246, %v455 : i64
              %v457 = arith.minsi %v456, %v247 : i64
              %v458 = arith.addi %v93, %v457 : i64
              %v459, %v460 = gpu.shuffle idx %v273, %v65, %v167 : f32
              %v461 = arith.muli %v24, %v173 : i64
              %v462 = arith.muli %v17, %v2 : i64
              %v463 = arith.addi %v461, %v462 : i64
              %v464 = llvm.getelementptr %in_A_log[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v465 = llvm.load %v464 : !llvm.ptr -> f32
              %v466 = arith.mulf %v465, %v157 : f32
              %v467 = llvm.call_intrinsic "llvm.exp2.f32"(%v466) : (f32) -> f32
              %v468 = arith.negf %v467 : f32
              %v469 = arith.mulf %v459, %v468 : f32
              %v470 = arith.mulf %v469, %v157 : f32
              %v471 = llvm.call_intrinsic "llvm.exp2.f32"(%v470) : (f32) -> f32
              %v472 = arith.subf %v471, %v41 : f32
              %v473 = arith.divf %v472, %v468 : f32
              %v474 = arith.muli %v24, %v173 : i64
              %v475 = arith.muli %v17, %v2 : i64
              %v476 = arith.addi %v474, %v475 : i64
              %v477 = llvm.getelementptr %in_Bp[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v478 = llvm.load %v477 : !llvm.ptr -> f32
              %v479 = arith.mulf %v473, %v478 : f32
              %v480 = arith.muli %v26, %v194 : i64
              %v481 = arith.muli %v24, %v193 : i64
              %v482 = arith.addi %v480, %v481 : i64
              %v483 = arith.muli %v458, %v2 : i64
              %v484 = arith.addi %v482, %v483 : i64
              %v485 = llvm.getelementptr %in_u[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v486 = llvm.load %v485 : !llvm.ptr -> f32
              %v487 = arith.mulf %v479, %v486 : f32
              %v488 = arith.mulf %v471, %v428 : f32
              %v489 = arith.addf %v488, %v487 : f32
              %v490 = arith.muli %v24, %v173 : i64
              %v491 = arith.constant 8 : i64
              %v492 = arith.addi %v491, %v17 : i64
              %v493 = arith.muli %v492, %v2 : i64
              %v494 = arith.addi %v490, %v493 : i64
              %v495 = llvm.getelementptr %in_A_log[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v496 = llvm.load %v495 : !llvm.ptr -> f32
              %v497 = arith.mulf %v496, %v157 : f32
              %v498 = llvm.call_intrinsic "llvm.exp2.f32"(%v497) : (f32) -> f32
              %v499 = arith.negf %v498 : f32
              %v500 = arith.mulf %v459, %v499 : f32
              %v501 = arith.mulf %v500, %v157 : f32
              %v502 = llvm.call_intrinsic "llvm.exp2.f32"(%v501) : (f32) -> f32
              %v503 = arith.subf %v502, %v41 : f32
              %v504 = arith.divf %v503, %v499 : f32
              %v505 = arith.muli %v24, %v173 : i64
              %v506 = arith.constant 8 : i64
              %v507 = arith.addi %v506, %v17 : i64
              %v508 = arith.muli %v507, %v2 : i64
              %v509 = arith.addi %v505, %v508 : i64
              %v510 = llvm.getelementptr %in_Bp[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v511 = llvm.load %v510 : !llvm.ptr -> f32
              %v512 = arith.mulf %v504, %v511 : f32
              %v513 = arith.mulf %v512, %v486 : f32
              %v514 = arith.mulf %v502, %v454 : f32
              %v515 = arith.addf %v514, %v513 : f32
              %v517 = arith.addi %v246, %v516 : i64
              %v518 = arith.minsi %v517, %v247 : i64
              %v519 = arith.addi %v93, %v518 : i64
              %v520, %v521 = gpu.shuffle idx %v273, %v69, %v167 : f32
              %v522 = arith.muli %v24, %v173 : i64
              %v523 = arith.muli %v17, %v2 : i64
              %v524 = arith.addi %v522, %v523 : i64
              %v525 = llvm.getelementptr %in_A_log[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v526 = llvm.load %v525 : !llvm.ptr -> f32
              %v527 = arith.mulf %v526, %v157 : f32
              %v528 = llvm.call_intrinsic "llvm.exp2.f32"(%v527) : (f32) -> f32
              %v529 = arith.negf %v528 : f32
              %v530 = arith.mulf %v520, %v529 : f32
              %v531 = arith.mulf %v530, %v157 : f32
              %v532 = llvm.call_intrinsic "llvm.exp2.f32"(%v531) : (f32) -> f32
              %v533 = arith.subf %v532, %v41 : f32
              %v534 = arith.divf %v533, %v529 : f32
              %v535 = arith.muli %v24, %v173 : i64
              %v536 = arith.muli %v17, %v2 : i64
              %v537 = arith.addi %v535, %v536 : i64
              %v538 = llvm.getelementptr %in_Bp[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v539 = llvm.load %v538 : !llvm.ptr -> f32
              %v540 = arith.mulf %v534, %v539 : f32
              %v541 = arith.muli %v26, %v194 : i64
              %v542 = arith.muli %v24, %v193 : i64
              %v543 = arith.addi %v541, %v542 : i64
              %v544 = arith.muli %v519, %v2 : i64
              %v545 = arith.addi %v543, %v544 : i64
              %v546 = llvm.getelementptr %in_u[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v547 = llvm.load %v546 : !llvm.ptr -> f32
              %v548 = arith.mulf %v540, %v547 : f32
              %v549 = arith.mulf %v532, %v489 : f32
              %v550 = arith.addf %v549, %v548 : f32
              %v551 = arith.muli %v24, %v173 : i64
              %v552 = arith.constant 8 : i64
              %v553 = arith.addi %v552, %v17 : i64
              %v554 = arith.muli %v553, %v2 : i64
              %v555 = arith.addi %v551, %v554 : i64
              %v556 = llvm.getelementptr %in_A_log[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v557 = llvm.load %v556 : !llvm.ptr -> f32
              %v558 = arith.mulf %v557, %v157 : f32
              %v559 = llvm.call_intrinsic "llvm.exp2.f32"(%v558) : (f32) -> f32
              %v560 = arith.negf %v559 : f32
              %v561 = arith.mulf %v520, %v560 : f32
              %v562 = arith.mulf %v561, %v157 : f32
              %v563 = llvm.call_intrinsic "llvm.exp2.f32"(%v562) : (f32) -> f32
              %v564 = arith.subf %v563, %v41 : f32
              %v565 = arith.divf %v564, %v560 : f32
              %v566 = arith.muli %v24, %v173 : i64
              %v567 = arith.constant 8 : i64
              %v568 = arith.addi %v567, %v17 : i64
              %v569 = arith.muli %v568, %v2 : i64
              %v570 = arith.addi %v566, %v569 : i64
              %v571 = llvm.getelementptr %in_Bp[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v572 = llvm.load %v571 : !llvm.ptr -> f32
              %v573 = arith.mulf %v565, %v572 : f32
              %v574 = arith.mulf %v573, %v547 : f32
              %v575 = arith.mulf %v563, %v515 : f32
              %v576 = arith.addf %v575, %v574 : f32
              %v578 = arith.addi %v246, %v577 : i64
              %v579 = arith.minsi %v578, %v247 : i64
              %v580 = arith.addi %v93, %v579 : i64
              %v581, %v582 = gpu.shuffle idx %v273, %v73, %v167 : f32
              %v583 = arith.muli %v24, %v173 : i64
              %v584 = arith.muli %v17, %v2 : i64
              %v585 = arith.addi %v583, %v584 : i64
              %v586 = llvm.getelementptr %in_A_log[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v587 = llvm.load %v586 : !llvm.ptr -> f32
              %v588 = arith.mulf %v587, %v157 : f32
              %v589 = llvm.call_intrinsic "llvm.exp2.f32"(%v588) : (f32) -> f32
              %v590 = arith.negf %v589 : f32
              %v591 = arith.mulf %v581, %v590 : f32
              %v592 = arith.mulf %v591, %v157 : f32
              %v593 = llvm.call_intrinsic "llvm.exp2.f32"(%v592) : (f32) -> f32
              %v594 = arith.subf %v593, %v41 : f32
              %v595 = arith.divf %v594, %v590 : f32
              %v596 = arith.muli %v24, %v173 : i64
              %v597 = arith.muli %v17, %v2 : i64
              %v598 = arith.addi %v596, %v597 : i64
              %v599 = llvm.getelementptr %in_Bp[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v600 = llvm.load %v599 : !llvm.ptr -> f32
              %v601 = arith.mulf %v595, %v600 : f32
              %v602 = arith.muli %v26, %v194 : i64
              %v603 = arith.muli %v24, %v193 : i64
              %v604 = arith.addi %v602, %v603 : i64
              %v605 = arith.muli %v580, %v2 : i64
              %v606 = arith.addi %v604, %v605 : i64
              %v607 = llvm.getelementptr %in_u[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v608 = llvm.load %v607 : !llvm.ptr -> f32
              %v609 = arith.mulf %v601, %v608 : f32
              %v610 = arith.mulf %v593, %v550 : f32
              %v611 = arith.addf %v610, %v609 : f32
              %v612 = arith.muli %v24, %v173 : i64
              %v613 = arith.constant 8 : i64
              %v614 = arith.addi %v613, %v17 : i64
              %v615 = arith.muli %v614, %v2 : i64
              %v616 = arith.addi %v612, %v615 : i64
              %v617 = llvm.getelementptr %in_A_log[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v618 = llvm.load %v617 : !llvm.ptr -> f32
              %v619 = arith.mulf %v618, %v157 : f32
              %v620 = llvm.call_intrinsic "llvm.exp2.f32"(%v619) : (f32) -> f32
              %v621 = arith.negf %v620 : f32
              %v622 = arith.mulf %v581, %v621 : f32
              %v623 = arith.mulf %v622, %v157 : f32
              %v624 = llvm.call_intrinsic "llvm.exp2.f32"(%v623) : (f32) -> f32
              %v625 = arith.subf %v624, %v41 : f32
              %v626 = arith.divf %v625, %v621 : f32
              %v627 = arith.muli %v24, %v173 : i64
              %v628 = arith.constant 8 : i64
              %v629 = arith.addi %v628, %v17 : i64
              %v630 = arith.muli %v629, %v2 : i64
              %v631 = arith.addi %v627, %v630 : i64
              %v632 = llvm.getelementptr %in_Bp[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v633 = llvm.load %v632 : !llvm.ptr -> f32
              %v634 = arith.mulf %v626, %v633 : f32
              %v635 = arith.mulf %v634, %v608 : f32
              %v636 = arith.mulf %v624, %v576 : f32
              %v637 = arith.addf %v636, %v635 : f32
              %v639 = arith.addi %v246, %v638 : i64
              %v640 = arith.minsi %v639, %v247 : i64
              %v641 = arith.addi %v93, %v640 : i64
              %v642, %v643 = gpu.shuffle idx %v273, %v77, %v167 : f32
              %v644 = arith.muli %v24, %v173 : i64
              %v645 = arith.muli %v17, %v2 : i64
              %v646 = arith.addi %v644, %v645 : i64
              %v647 = llvm.getelementptr %in_A_log[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v648 = llvm.load %v647 : !llvm.ptr -> f32
              %v649 = arith.mulf %v648, %v157 : f32
              %v650 = llvm.call_intrinsic "llvm.exp2.f32"(%v649) : (f32) -> f32
              %v651 = arith.negf %v650 : f32
              %v652 = arith.mulf %v642, %v651 : f32
              %v653 = arith.mulf %v652, %v157 : f32
              %v654 = llvm.call_intrinsic "llvm.exp2.f32"(%v653) : (f32) -> f32
              %v655 = arith.subf %v654, %v41 : f32
              %v656 = arith.divf %v655, %v651 : f32
              %v657 = arith.muli %v24, %v173 : i64
              %v658 = arith.muli %v17, %v2 : i64
              %v659 = arith.addi %v657, %v658 : i64
              %v660 = llvm.getelementptr %in_Bp[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v661 = llvm.load %v660 : !llvm.ptr -> f32
              %v662 = arith.mulf %v656, %v661 : f32
              %v663 = arith.muli %v26, %v194 : i64
              %v664 = arith.muli %v24, %v193 : i64
              %v665 = arith.addi %v663, %v664 : i64
              %v666 = arith.muli %v641, %v2 : i64
              %v667 = arith.addi %v665, %v666 : i64
              %v668 = llvm.getelementptr %in_u[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v669 = llvm.load %v668 : !llvm.ptr -> f32
              %v670 = arith.mulf %v662, %v669 : f32
              %v671 = arith.mulf %v654, %v611 : f32
              %v672 = arith.addf %v671, %v670 : f32
              %v673 = arith.muli %v24, %v173 : i64
              %v674 = arith.constant 8 : i64
              %v675 = arith.addi %v674, %v17 : i64
              %v676 = arith.muli %v675, %v2 : i64
              %v677 = arith.addi %v673, %v676 : i64
              %v678 = llvm.getelementptr %in_A_log[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v679 = llvm.load %v678 : !llvm.ptr -> f32
              %v680 = arith.mulf %v679, %v157 : f32
              %v681 = llvm.call_intrinsic "llvm.exp2.f32"(%v680) : (f32) -> f32
              %v682 = arith.negf %v681 : f32
              %v683 = arith.mulf %v642, %v682 : f32
              %v684 = arith.mulf %v683, %v157 : f32
              %v685 = llvm.call_intrinsic "llvm.exp2.f32"(%v684) : (f32) -> f32
              %v686 = arith.subf %v685, %v41 : f32
              %v687 = arith.divf %v686, %v682 : f32
              %v688 = arith.muli %v24, %v173 : i64
              %v689 = arith.constant 8 : i64
              %v690 = arith.addi %v689, %v17 : i64
              %v691 = arith.muli %v690, %v2 : i64
              %v692 = arith.addi %v688, %v691 : i64
              %v693 = llvm.getelementptr %in_Bp[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v694 = llvm.load %v693 : !llvm.ptr -> f32
              %v695 = arith.mulf %v687, %v694 : f32
              %v696 = arith.mulf %v695, %v669 : f32
              %v697 = arith.mulf %v685, %v637 : f32
              %v698 = arith.addf %v697, %v696 : f32
              %v699 = arith.addi %v246, %v45 : i64
              %v700 = arith.minsi %v699, %v247 : i64
              %v701 = arith.addi %v93, %v700 : i64
              %v702, %v703 = gpu.shuffle idx %v273, %v81, %v167 : f32
              %v704 = arith.muli %v24, %v173 : i64
              %v705 = arith.muli %v17, %v2 : i64
              %v706 = arith.addi %v704, %v705 : i64
              %v707 = llvm.getelementptr %in_A_log[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v708 = llvm.load %v707 : !llvm.ptr -> f32
              %v709 = arith.mulf %v708, %v157 : f32
              %v710 = llvm.call_intrinsic "llvm.exp2.f32"(%v709) : (f32) -> f32
              %v711 = arith.negf %v710 : f32
              %v712 = arith.mulf %v702, %v711 : f32
              %v713 = arith.mulf %v712, %v157 : f32
              %v714 = llvm.call_intrinsic "llvm.exp2.f32"(%v713) : (f32) -> f32
              %v715 = arith.subf %v714, %v41 : f32
              %v716 = arith.divf %v715, %v711 : f32
              %v717 = arith.muli %v24, %v173 : i64
              %v718 = arith.muli %v17, %v2 : i64
              %v719 = arith.addi %v717, %v718 : i64
              %v720 = llvm.getelementptr %in_Bp[%v719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v721 = llvm.load %v720 : !llvm.ptr -> f32
              %v722 = arith.mulf %v716, %v721 : f32
              %v723 = arith.muli %v26, %v194 : i64
              %v724 = arith.muli %v24, %v193 : i64
              %v725 = arith.addi %v723, %v724 : i64
              %v726 = arith.muli %v701, %v2 : i64
              %v727 = arith.addi %v725, %v726 : i64
              %v728 = llvm.getelementptr %in_u[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v729 = llvm.load %v728 : !llvm.ptr -> f32
              %v730 = arith.mulf %v722, %v729 : f32
              %v731 = arith.mulf %v714, %v672 : f32
              %v732 = arith.addf %v731, %v730 : f32
              %v733 = arith.muli %v24, %v173 : i64
              %v734 = arith.constant 8 : i64
              %v735 = arith.addi %v734, %v17 : i64
              %v736 = arith.muli %v735, %v2 : i64
              %v737 = arith.addi %v733, %v736 : i64
              %v738 = llvm.getelementptr %in_A_log[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v739 = llvm.load %v738 : !llvm.ptr -> f32
              %v740 = arith.mulf %v739, %v157 : f32
              %v741 = llvm.call_intrinsic "llvm.exp2.f32"(%v740) : (f32) -> f32
              %v742 = arith.negf %v741 : f32
              %v743 = arith.mulf %v702, %v742 : f32
              %v744 = arith.mulf %v743, %v157 : f32
              %v745 = llvm.call_intrinsic "llvm.exp2.f32"(%v744) : (f32) -> f32
              %v746 = arith.subf %v745, %v41 : f32
              %v747 = arith.divf %v746, %v742 : f32
              %v748 = arith.muli %v24, %v173 : i64
              %v749 = arith.constant 8 : i64
              %v750 = arith.addi %v749, %v17 : i64
              %v751 = arith.muli %v750, %v2 : i64
              %v752 = arith.addi %v748, %v751 : i64
              %v753 = llvm.getelementptr %in_Bp[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v754 = llvm.load %v753 : !llvm.ptr -> f32
              %v755 = arith.mulf %v747, %v754 : f32
              %v756 = arith.mulf %v755, %v729 : f32
              %v757 = arith.mulf %v745, %v698 : f32
              %v758 = arith.addf %v757, %v756 : f32
              %v759 = arith.addi %v246, %v45 : i64
              %v760 = arith.cmpi slt, %v759, %v95 : i64
              %v761, %v762 = gpu.shuffle idx %v273, %v81, %v167 : f32
              scf.if %v760 {
                %v763 = arith.addi %v93, %v759 : i64
                %v764 = arith.muli %v24, %v173 : i64
                %v765 = arith.muli %v17, %v2 : i64
                %v766 = arith.addi %v764, %v765 : i64
                %v767 = llvm.getelementptr %in_Cp[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v768 = llvm.load %v767 : !llvm.ptr -> f32
                %v769 = arith.muli %v26, %v194 : i64
                %v770 = arith.muli %v24, %v193 : i64
                %v771 = arith.addi %v769, %v770 : i64
                %v772 = arith.muli %v763, %v2 : i64
                %v773 = arith.addi %v771, %v772 : i64
                %v774 = llvm.getelementptr %dy_y[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v775 = llvm.load %v774 : !llvm.ptr -> f32
                %v776 = arith.mulf %v768, %v775 : f32
                %v777 = llvm.load %v28 : !llvm.ptr -> f32
                %v778 = llvm.load %v30 : !llvm.ptr -> f32
                %v779 = arith.mulf %v778, %v777 : f32
                %v780 = arith.addf %v776, %v779 : f32
                llvm.store %v780, %v28 : f32, !llvm.ptr
                %v781 = arith.muli %v24, %v173 : i64
                %v782 = arith.constant 8 : i64
                %v783 = arith.addi %v782, %v17 : i64
                %v784 = arith.muli %v783, %v2 : i64
                %v785 = arith.addi %v781, %v784 : i64
                %v786 = llvm.getelementptr %in_Cp[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v787 = llvm.load %v786 : !llvm.ptr -> f32
                %v788 = arith.mulf %v787, %v775 : f32
                %v789 = llvm.load %v29 : !llvm.ptr -> f32
                %v790 = llvm.load %v31 : !llvm.ptr -> f32
                %v791 = arith.mulf %v790, %v789 : f32
                %v792 = arith.addf %v788, %v791 : f32
                llvm.store %v792, %v29 : f32, !llvm.ptr
                %v793 = arith.subi %size_L, %v2 : i64
                %v794 = arith.cmpi eq, %v763, %v793 : i64
                scf.if %v794 {
                }
                %v795 = arith.muli %v24, %v2 : i64
                %v796 = llvm.getelementptr %in_Dskip[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v797 = llvm.load %v796 : !llvm.ptr -> f32
                %v798 = arith.mulf %v797, %v775 : f32
                %v799 = arith.muli %v24, %v173 : i64
                %v800 = arith.muli %v17, %v2 : i64
                %v801 = arith.addi %v799, %v800 : i64
                %v802 = llvm.getelementptr %in_A_log[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v803 = llvm.load %v802 : !llvm.ptr -> f32
                %v804 = arith.mulf %v803, %v157 : f32
                %v805 = llvm.call_intrinsic "llvm.exp2.f32"(%v804) : (f32) -> f32
                %v806 = arith.negf %v805 : f32
                %v807 = arith.mulf %v761, %v806 : f32
                %v808 = arith.mulf %v807, %v157 : f32
                %v809 = llvm.call_intrinsic "llvm.exp2.f32"(%v808) : (f32) -> f32
                %v810 = arith.subf %v809, %v41 : f32
                %v811 = arith.divf %v810, %v806 : f32
                %v812 = arith.muli %v24, %v173 : i64
                %v813 = arith.muli %v17, %v2 : i64
                %v814 = arith.addi %v812, %v813 : i64
                %v815 = llvm.getelementptr %in_Bp[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v816 = llvm.load %v815 : !llvm.ptr -> f32
                %v817 = arith.mulf %v811, %v816 : f32
                %v818 = llvm.load %v28 : !llvm.ptr -> f32
                %v819 = arith.mulf %v817, %v818 : f32
                %v820 = arith.muli %v24, %v173 : i64
                %v821 = arith.constant 8 : i64
                %v822 = arith.addi %v821, %v17 : i64
                %v823 = arith.muli %v822, %v2 : i64
                %v824 = arith.addi %v820, %v823 : i64
                %v825 = llvm.getelementptr %in_A_log[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v826 = llvm.load %v825 : !llvm.ptr -> f32
                %v827 = arith.mulf %v826, %v157 : f32
                %v828 = llvm.call_intrinsic "llvm.exp2.f32"(%v827) : (f32) -> f32
                %v829 = arith.negf %v828 : f32
                %v830 = arith.mulf %v761, %v829 : f32
                %v831 = arith.mulf %v830, %v157 : f32
                %v832 = llvm.call_intrinsic "llvm.exp2.f32"(%v831) : (f32) -> f32
                %v833 = arith.subf %v832, %v41 : f32
                %v834 = arith.divf %v833, %v829 : f32
                %v835 = arith.muli %v24, %v173 : i64
                %v836 = arith.constant 8 : i64
                %v837 = arith.addi %v836, %v17 : i64
                %v838 = arith.muli %v837, %v2 : i64
                %v839 = arith.addi %v835, %v838 : i64
                %v840 = llvm.getelementptr %in_Bp[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v841 = llvm.load %v840 : !llvm.ptr -> f32
                %v842 = arith.mulf %v834, %v841 : f32
                %v843 = llvm.load %v29 : !llvm.ptr -> f32
                %v844 = arith.mulf %v842, %v843 : f32
                %v845 = arith.addf %v819, %v844 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v847, %v848 = gpu.shuffle xor %v845, %v846, %v167 : f32
                %v849 = arith.addf %v845, %v847 : f32
                %v851, %v852 = gpu.shuffle xor %v849, %v850, %v167 : f32
                %v853 = arith.addf %v849, %v851 : f32
                %v855, %v856 = gpu.shuffle xor %v853, %v854, %v167 : f32
                %v857 = arith.addf %v853, %v855 : f32
                // end sum over the lanes
                %v858 = arith.addf %v798, %v857 : f32
                %v859 = arith.cmpi eq, %v17, %v42 : i64
                %v860 = arith.andi %v21, %v859 : i1
                scf.if %v860 {
                  %v861 = arith.muli %v26, %v194 : i64
                  %v862 = arith.muli %v24, %v193 : i64
                  %v863 = arith.addi %v861, %v862 : i64
                  %v864 = arith.muli %v763, %v2 : i64
                  %v865 = arith.addi %v863, %v864 : i64
                  %v866 = llvm.getelementptr %dx_u[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v858, %v866 : f32, !llvm.ptr
                }
                %v867 = arith.mulf %v672, %v818 : f32
                %v868 = arith.muli %v26, %v194 : i64
                %v869 = arith.muli %v24, %v193 : i64
                %v870 = arith.addi %v868, %v869 : i64
                %v871 = arith.muli %v763, %v2 : i64
                %v872 = arith.addi %v870, %v871 : i64
                %v873 = llvm.getelementptr %in_u[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v874 = llvm.load %v873 : !llvm.ptr -> f32
                %v875 = arith.mulf %v874, %v818 : f32
                %v876 = arith.mulf %v816, %v875 : f32
                %v877 = arith.divf %v876, %v806 : f32
                %v878 = arith.addf %v867, %v877 : f32
                %v879 = arith.mulf %v806, %v809 : f32
                %v880 = arith.mulf %v878, %v879 : f32
                %v881 = arith.mulf %v698, %v843 : f32
                %v882 = arith.mulf %v874, %v843 : f32
                %v883 = arith.mulf %v841, %v882 : f32
                %v884 = arith.divf %v883, %v829 : f32
                %v885 = arith.addf %v881, %v884 : f32
                %v886 = arith.mulf %v829, %v832 : f32
                %v887 = arith.mulf %v885, %v886 : f32
                %v888 = arith.addf %v880, %v887 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v889, %v890 = gpu.shuffle xor %v888, %v846, %v167 : f32
                %v891 = arith.addf %v888, %v889 : f32
                %v892, %v893 = gpu.shuffle xor %v891, %v850, %v167 : f32
                %v894 = arith.addf %v891, %v892 : f32
                %v895, %v896 = gpu.shuffle xor %v894, %v854, %v167 : f32
                %v897 = arith.addf %v894, %v895 : f32
                // end sum over the lanes
                %v898 = arith.mulf %v761, %v897 : f32
                %v899 = llvm.load %v32 : !llvm.ptr -> f32
                %v900 = arith.addf %v899, %v898 : f32
                llvm.store %v900, %v32 : f32, !llvm.ptr
                %v901 = arith.divf %v811, %v806 : f32
                %v902 = arith.mulf %v816, %v901 : f32
                %v903 = arith.mulf %v875, %v902 : f32
                %v904 = arith.negf %v903 : f32
                %v905 = arith.mulf %v761, %v809 : f32
                %v906 = arith.mulf %v878, %v905 : f32
                %v907 = arith.addf %v904, %v906 : f32
                %v908 = arith.negf %v907 : f32
                %v909 = arith.mulf %v805, %v908 : f32
                %v910 = llvm.load %v33 : !llvm.ptr -> f32
                %v911 = arith.addf %v910, %v909 : f32
                llvm.store %v911, %v33 : f32, !llvm.ptr
                %v912 = arith.divf %v834, %v829 : f32
                %v913 = arith.mulf %v841, %v912 : f32
                %v914 = arith.mulf %v882, %v913 : f32
                %v915 = arith.negf %v914 : f32
                %v916 = arith.mulf %v761, %v832 : f32
                %v917 = arith.mulf %v885, %v916 : f32
                %v918 = arith.addf %v915, %v917 : f32
                %v919 = arith.negf %v918 : f32
                %v920 = arith.mulf %v828, %v919 : f32
                %v921 = llvm.load %v34 : !llvm.ptr -> f32
                %v922 = arith.addf %v921, %v920 : f32
                llvm.store %v922, %v34 : f32, !llvm.ptr
                %v923 = arith.mulf %v811, %v875 : f32
                %v924 = llvm.load %v35 : !llvm.ptr -> f32
                %v925 = arith.addf %v924, %v923 : f32
                llvm.store %v925, %v35 : f32, !llvm.ptr
                %v926 = arith.mulf %v834, %v882 : f32
                %v927 = llvm.load %v36 : !llvm.ptr -> f32
                %v928 = arith.addf %v927, %v926 : f32
                llvm.store %v928, %v36 : f32, !llvm.ptr
                %v929 = arith.mulf %v732, %v775 : f32
                %v930 = llvm.load %v37 : !llvm.ptr -> f32
                %v931 = arith.addf %v930, %v929 : f32
                llvm.store %v931, %v37 : f32, !llvm.ptr
                %v932 = arith.mulf %v758, %v775 : f32
                %v933 = llvm.load %v38 : !llvm.ptr -> f32
                %v934 = arith.addf %v933, %v932 : f32
                llvm.store %v934, %v38 : f32, !llvm.ptr
                %v935 = arith.mulf %v874, %v775 : f32
                %v936 = llvm.load %v39 : !llvm.ptr -> f32
                %v937 = arith.addf %v936, %v935 : f32
                llvm.store %v937, %v39 : f32, !llvm.ptr
                llvm.store %v809, %v30 : f32, !llvm.ptr
                llvm.store %v832, %v31 : f32, !llvm.ptr
              }
              %v938 = arith.addi %v246, %v638 : i64
              %v939 = arith.cmpi slt, %v938, %v95 : i64
              %v940, %v941 = gpu.shuffle idx %v273, %v77, %v167 : f32
              scf.if %v939 {
                %v942 = arith.addi %v93, %v938 : i64
                %v943 = arith.muli %v24, %v173 : i64
                %v944 = arith.muli %v17, %v2 : i64
                %v945 = arith.addi %v943, %v944 : i64
                %v946 = llvm.getelementptr %in_Cp[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v947 = llvm.load %v946 : !llvm.ptr -> f32
                %v948 = arith.muli %v26, %v194 : i64
                %v949 = arith.muli %v24, %v193 : i64
                %v950 = arith.addi %v948, %v949 : i64
                %v951 = arith.muli %v942, %v2 : i64
                %v952 = arith.addi %v950, %v951 : i64
                %v953 = llvm.getelementptr %dy_y[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v954 = llvm.load %v953 : !llvm.ptr -> f32
                %v955 = arith.mulf %v947, %v954 : f32
                %v956 = llvm.load %v28 : !llvm.ptr -> f32
                %v957 = llvm.load %v30 : !llvm.ptr -> f32
                %v958 = arith.mulf %v957, %v956 : f32
                %v959 = arith.addf %v955, %v958 : f32
                llvm.store %v959, %v28 : f32, !llvm.ptr
                %v960 = arith.muli %v24, %v173 : i64
                %v961 = arith.constant 8 : i64
                %v962 = arith.addi %v961, %v17 : i64
                %v963 = arith.muli %v962, %v2 : i64
                %v964 = arith.addi %v960, %v963 : i64
                %v965 = llvm.getelementptr %in_Cp[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v966 = llvm.load %v965 : !llvm.ptr -> f32
                %v967 = arith.mulf %v966, %v954 : f32
                %v968 = llvm.load %v29 : !llvm.ptr -> f32
                %v969 = llvm.load %v31 : !llvm.ptr -> f32
                %v970 = arith.mulf %v969, %v968 : f32
                %v971 = arith.addf %v967, %v970 : f32
                llvm.store %v971, %v29 : f32, !llvm.ptr
                %v972 = arith.subi %size_L, %v2 : i64
                %v973 = arith.cmpi eq, %v942, %v972 : i64
                scf.if %v973 {
                }
                %v974 = arith.muli %v24, %v2 : i64
                %v975 = llvm.getelementptr %in_Dskip[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v976 = llvm.load %v975 : !llvm.ptr -> f32
                %v977 = arith.mulf %v976, %v954 : f32
                %v978 = arith.muli %v24, %v173 : i64
                %v979 = arith.muli %v17, %v2 : i64
                %v980 = arith.addi %v978, %v979 : i64
                %v981 = llvm.getelementptr %in_A_log[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v982 = llvm.load %v981 : !llvm.ptr -> f32
                %v983 = arith.mulf %v982, %v157 : f32
                %v984 = llvm.call_intrinsic "llvm.exp2.f32"(%v983) : (f32) -> f32
                %v985 = arith.negf %v984 : f32
                %v986 = arith.mulf %v940, %v985 : f32
                %v987 = arith.mulf %v986, %v157 : f32
                %v988 = llvm.call_intrinsic "llvm.exp2.f32"(%v987) : (f32) -> f32
                %v989 = arith.subf %v988, %v41 : f32
                %v990 = arith.divf %v989, %v985 : f32
                %v991 = arith.muli %v24, %v173 : i64
                %v992 = arith.muli %v17, %v2 : i64
                %v993 = arith.addi %v991, %v992 : i64
                %v994 = llvm.getelementptr %in_Bp[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v995 = llvm.load %v994 : !llvm.ptr -> f32
                %v996 = arith.mulf %v990, %v995 : f32
                %v997 = llvm.load %v28 : !llvm.ptr -> f32
                %v998 = arith.mulf %v996, %v997 : f32
                %v999 = arith.muli %v24, %v173 : i64
                %v1000 = arith.constant 8 : i64
                %v1001 = arith.addi %v1000, %v17 : i64
                %v1002 = arith.muli %v1001, %v2 : i64
                %v1003 = arith.addi %v999, %v1002 : i64
                %v1004 = llvm.getelementptr %in_A_log[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1005 = llvm.load %v1004 : !llvm.ptr -> f32
                %v1006 = arith.mulf %v1005, %v157 : f32
                %v1007 = llvm.call_intrinsic "llvm.exp2.f32"(%v1006) : (f32) -> f32
                %v1008 = arith.negf %v1007 : f32
                %v1009 = arith.mulf %v940, %v1008 : f32
                %v1010 = arith.mulf %v1009, %v157 : f32
                %v1011 = llvm.call_intrinsic "llvm.exp2.f32"(%v1010) : (f32) -> f32
                %v1012 = arith.subf %v1011, %v41 : f32
                %v1013 = arith.divf %v1012, %v1008 : f32
                %v1014 = arith.muli %v24, %v173 : i64
                %v1015 = arith.constant 8 : i64
                %v1016 = arith.addi %v1015, %v17 : i64
                %v1017 = arith.muli %v1016, %v2 : i64
                %v1018 = arith.addi %v1014, %v1017 : i64
                %v1019 = llvm.getelementptr %in_Bp[%v1018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1020 = llvm.load %v1019 : !llvm.ptr -> f32
                %v1021 = arith.mulf %v1013, %v1020 : f32
                %v1022 = llvm.load %v29 : !llvm.ptr -> f32
                %v1023 = arith.mulf %v1021, %v1022 : f32
                %v1024 = arith.addf %v998, %v1023 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1025, %v1026 = gpu.shuffle xor %v1024, %v846, %v167 : f32
                %v1027 = arith.addf %v1024, %v1025 : f32
                %v1028, %v1029 = gpu.shuffle xor %v1027, %v850, %v167 : f32
                %v1030 = arith.addf %v1027, %v1028 : f32
                %v1031, %v1032 = gpu.shuffle xor %v1030, %v854, %v167 : f32
                %v1033 = arith.addf %v1030, %v1031 : f32
                // end sum over the lanes
                %v1034 = arith.addf %v977, %v1033 : f32
                %v1035 = arith.cmpi eq, %v17, %v42 : i64
                %v1036 = arith.andi %v21, %v1035 : i1
                scf.if %v1036 {
                  %v1037 = arith.muli %v26, %v194 : i64
                  %v1038 = arith.muli %v24, %v193 : i64
                  %v1039 = arith.addi %v1037, %v1038 : i64
                  %v1040 = arith.muli %v942, %v2 : i64
                  %v1041 = arith.addi %v1039, %v1040 : i64
                  %v1042 = llvm.getelementptr %dx_u[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1034, %v1042 : f32, !llvm.ptr
                }
                %v1043 = arith.mulf %v611, %v997 : f32
                %v1044 = arith.muli %v26, %v194 : i64
                %v1045 = arith.muli %v24, %v193 : i64
                %v1046 = arith.addi %v1044, %v1045 : i64
                %v1047 = arith.muli %v942, %v2 : i64
                %v1048 = arith.addi %v1046, %v1047 : i64
                %v1049 = llvm.getelementptr %in_u[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                %v1051 = arith.mulf %v1050, %v997 : f32
                %v1052 = arith.mulf %v995, %v1051 : f32
                %v1053 = arith.divf %v1052, %v985 : f32
                %v1054 = arith.addf %v1043, %v1053 : f32
                %v1055 = arith.mulf %v985, %v988 : f32
                %v1056 = arith.mulf %v1054, %v1055 : f32
                %v1057 = arith.mulf %v637, %v1022 : f32
                %v1058 = arith.mulf %v1050, %v1022 : f32
                %v1059 = arith.mulf %v1020, %v1058 : f32
                %v1060 = arith.divf %v1059, %v1008 : f32
                %v1061 = arith.addf %v1057, %v1060 : f32
                %v1062 = arith.mulf %v1008, %v1011 : f32
                %v1063 = arith.mulf %v1061, %v1062 : f32
                %v1064 = arith.addf %v1056, %v1063 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1065, %v1066 = gpu.shuffle xor %v1064, %v846, %v167 : f32
                %v1067 = arith.addf %v1064, %v1065 : f32
                %v1068, %v1069 = gpu.shuffle xor %v1067, %v850, %v167 : f32
                %v1070 = arith.addf %v1067, %v1068 : f32
                %v1071, %v1072 = gpu.shuffle xor %v1070, %v854, %v167 : f32
                %v1073 = arith.addf %v1070, %v1071 : f32
                // end sum over the lanes
                %v1074 = arith.mulf %v940, %v1073 : f32
                %v1075 = llvm.load %v32 : !llvm.ptr -> f32
                %v1076 = arith.addf %v1075, %v1074 : f32
                llvm.store %v1076, %v32 : f32, !llvm.ptr
                %v1077 = arith.divf %v990, %v985 : f32
                %v1078 = arith.mulf %v995, %v1077 : f32
                %v1079 = arith.mulf %v1051, %v1078 : f32
                %v1080 = arith.negf %v1079 : f32
                %v1081 = arith.mulf %v940, %v988 : f32
                %v1082 = arith.mulf %v1054, %v1081 : f32
                %v1083 = arith.addf %v1080, %v1082 : f32
                %v1084 = arith.negf %v1083 : f32
                %v1085 = arith.mulf %v984, %v1084 : f32
                %v1086 = llvm.load %v33 : !llvm.ptr -> f32
                %v1087 = arith.addf %v1086, %v1085 : f32
                llvm.store %v1087, %v33 : f32, !llvm.ptr
                %v1088 = arith.divf %v1013, %v1008 : f32
                %v1089 = arith.mulf %v1020, %v1088 : f32
                %v1090 = arith.mulf %v1058, %v1089 : f32
                %v1091 = arith.negf %v1090 : f32
                %v1092 = arith.mulf %v940, %v1011 : f32
                %v1093 = arith.mulf %v1061, %v1092 : f32
                %v1094 = arith.addf %v1091, %v1093 : f32
                %v1095 = arith.negf %v1094 : f32
                %v1096 = arith.mulf %v1007, %v1095 : f32
                %v1097 = llvm.load %v34 : !llvm.ptr -> f32
                %v1098 = arith.addf %v1097, %v1096 : f32
                llvm.store %v1098, %v34 : f32, !llvm.ptr
                %v1099 = arith.mulf %v990, %v1051 : f32
                %v1100 = llvm.load %v35 : !llvm.ptr -> f32
                %v1101 = arith.addf %v1100, %v1099 : f32
                llvm.store %v1101, %v35 : f32, !llvm.ptr
                %v1102 = arith.mulf %v1013, %v1058 : f32
                %v1103 = llvm.load %v36 : !llvm.ptr -> f32
                %v1104 = arith.addf %v1103, %v1102 : f32
                llvm.store %v1104, %v36 : f32, !llvm.ptr
                %v1105 = arith.mulf %v672, %v954 : f32
                %v1106 = llvm.load %v37 : !llvm.ptr -> f32
                %v1107 = arith.addf %v1106, %v1105 : f32
                llvm.store %v1107, %v37 : f32, !llvm.ptr
                %v1108 = arith.mulf %v698, %v954 : f32
                %v1109 = llvm.load %v38 : !llvm.ptr -> f32
                %v1110 = arith.addf %v1109, %v1108 : f32
                llvm.store %v1110, %v38 : f32, !llvm.ptr
                %v1111 = arith.mulf %v1050, %v954 : f32
                %v1112 = llvm.load %v39 : !llvm.ptr -> f32
                %v1113 = arith.addf %v1112, %v1111 : f32
                llvm.store %v1113, %v39 : f32, !llvm.ptr
                llvm.store %v988, %v30 : f32, !llvm.ptr
                llvm.store %v1011, %v31 : f32, !llvm.ptr
              }
              %v1114 = arith.addi %v246, %v577 : i64
              %v1115 = arith.cmpi slt, %v1114, %v95 : i64
              %v1116, %v1117 = gpu.shuffle idx %v273, %v73, %v167 : f32
              scf.if %v1115 {
                %v1118 = arith.addi %v93, %v1114 : i64
                %v1119 = arith.muli %v24, %v173 : i64
                %v1120 = arith.muli %v17, %v2 : i64
                %v1121 = arith.addi %v1119, %v1120 : i64
                %v1122 = llvm.getelementptr %in_Cp[%v1121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1123 = llvm.load %v1122 : !llvm.ptr -> f32
                %v1124 = arith.muli %v26, %v194 : i64
                %v1125 = arith.muli %v24, %v193 : i64
                %v1126 = arith.addi %v1124, %v1125 : i64
                %v1127 = arith.muli %v1118, %v2 : i64
                %v1128 = arith.addi %v1126, %v1127 : i64
                %v1129 = llvm.getelementptr %dy_y[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
                %v1131 = arith.mulf %v1123, %v1130 : f32
                %v1132 = llvm.load %v28 : !llvm.ptr -> f32
                %v1133 = llvm.load %v30 : !llvm.ptr -> f32
                %v1134 = arith.mulf %v1133, %v1132 : f32
                %v1135 = arith.addf %v1131, %v1134 : f32
                llvm.store %v1135, %v28 : f32, !llvm.ptr
                %v1136 = arith.muli %v24, %v173 : i64
                %v1137 = arith.constant 8 : i64
                %v1138 = arith.addi %v1137, %v17 : i64
                %v1139 = arith.muli %v1138, %v2 : i64
                %v1140 = arith.addi %v1136, %v1139 : i64
                %v1141 = llvm.getelementptr %in_Cp[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1142 = llvm.load %v1141 : !llvm.ptr -> f32
                %v1143 = arith.mulf %v1142, %v1130 : f32
                %v1144 = llvm.load %v29 : !llvm.ptr -> f32
                %v1145 = llvm.load %v31 : !llvm.ptr -> f32
                %v1146 = arith.mulf %v1145, %v1144 : f32
                %v1147 = arith.addf %v1143, %v1146 : f32
                llvm.store %v1147, %v29 : f32, !llvm.ptr
                %v1148 = arith.subi %size_L, %v2 : i64
                %v1149 = arith.cmpi eq, %v1118, %v1148 : i64
                scf.if %v1149 {
                }
                %v1150 = arith.muli %v24, %v2 : i64
                %v1151 = llvm.getelementptr %in_Dskip[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1152 = llvm.load %v1151 : !llvm.ptr -> f32
                %v1153 = arith.mulf %v1152, %v1130 : f32
                %v1154 = arith.muli %v24, %v173 : i64
                %v1155 = arith.muli %v17, %v2 : i64
                %v1156 = arith.addi %v1154, %v1155 : i64
                %v1157 = llvm.getelementptr %in_A_log[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
                %v1159 = arith.mulf %v1158, %v157 : f32
                %v1160 = llvm.call_intrinsic "llvm.exp2.f32"(%v1159) : (f32) -> f32
                %v1161 = arith.negf %v1160 : f32
                %v1162 = arith.mulf %v1116, %v1161 : f32
                %v1163 = arith.mulf %v1162, %v157 : f32
                %v1164 = llvm.call_intrinsic "llvm.exp2.f32"(%v1163) : (f32) -> f32
                %v1165 = arith.subf %v1164, %v41 : f32
                %v1166 = arith.divf %v1165, %v1161 : f32
                %v1167 = arith.muli %v24, %v173 : i64
                %v1168 = arith.muli %v17, %v2 : i64
                %v1169 = arith.addi %v1167, %v1168 : i64
                %v1170 = llvm.getelementptr %in_Bp[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
                %v1172 = arith.mulf %v1166, %v1171 : f32
                %v1173 = llvm.load %v28 : !llvm.ptr -> f32
                %v1174 = arith.mulf %v1172, %v1173 : f32
                %v1175 = arith.muli %v24, %v173 : i64
                %v1176 = arith.constant 8 : i64
                %v1177 = arith.addi %v1176, %v17 : i64
                %v1178 = arith.muli %v1177, %v2 : i64
                %v1179 = arith.addi %v1175, %v1178 : i64
                %v1180 = llvm.getelementptr %in_A_log[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
                %v1182 = arith.mulf %v1181, %v157 : f32
                %v1183 = llvm.call_intrinsic "llvm.exp2.f32"(%v1182) : (f32) -> f32
                %v1184 = arith.negf %v1183 : f32
                %v1185 = arith.mulf %v1116, %v1184 : f32
                %v1186 = arith.mulf %v1185, %v157 : f32
                %v1187 = llvm.call_intrinsic "llvm.exp2.f32"(%v1186) : (f32) -> f32
                %v1188 = arith.subf %v1187, %v41 : f32
                %v1189 = arith.divf %v1188, %v1184 : f32
                %v1190 = arith.muli %v24, %v173 : i64
                %v1191 = arith.constant 8 : i64
                %v1192 = arith.addi %v1191, %v17 : i64
                %v1193 = arith.muli %v1192, %v2 : i64
                %v1194 = arith.addi %v1190, %v1193 : i64
                %v1195 = llvm.getelementptr %in_Bp[%v1194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1196 = llvm.load %v1195 : !llvm.ptr -> f32
                %v1197 = arith.mulf %v1189, %v1196 : f32
                %v1198 = llvm.load %v29 : !llvm.ptr -> f32
                %v1199 = arith.mulf %v1197, %v1198 : f32
                %v1200 = arith.addf %v1174, %v1199 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1201, %v1202 = gpu.shuffle xor %v1200, %v846, %v167 : f32
                %v1203 = arith.addf %v1200, %v1201 : f32
                %v1204, %v1205 = gpu.shuffle xor %v1203, %v850, %v167 : f32
                %v1206 = arith.addf %v1203, %v1204 : f32
                %v1207, %v1208 = gpu.shuffle xor %v1206, %v854, %v167 : f32
                %v1209 = arith.addf %v1206, %v1207 : f32
                // end sum over the lanes
                %v1210 = arith.addf %v1153, %v1209 : f32
                %v1211 = arith.cmpi eq, %v17, %v42 : i64
                %v1212 = arith.andi %v21, %v1211 : i1
                scf.if %v1212 {
                  %v1213 = arith.muli %v26, %v194 : i64
                  %v1214 = arith.muli %v24, %v193 : i64
                  %v1215 = arith.addi %v1213, %v1214 : i64
                  %v1216 = arith.muli %v1118, %v2 : i64
                  %v1217 = arith.addi %v1215, %v1216 : i64
                  %v1218 = llvm.getelementptr %dx_u[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1210, %v1218 : f32, !llvm.ptr
                }
                %v1219 = arith.mulf %v550, %v1173 : f32
                %v1220 = arith.muli %v26, %v194 : i64
                %v1221 = arith.muli %v24, %v193 : i64
                %v1222 = arith.addi %v1220, %v1221 : i64
                %v1223 = arith.muli %v1118, %v2 : i64
                %v1224 = arith.addi %v1222, %v1223 : i64
                %v1225 = llvm.getelementptr %in_u[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1226 = llvm.load %v1225 : !llvm.ptr -> f32
                %v1227 = arith.mulf %v1226, %v1173 : f32
                %v1228 = arith.mulf %v1171, %v1227 : f32
                %v1229 = arith.divf %v1228, %v1161 : f32
                %v1230 = arith.addf %v1219, %v1229 : f32
                %v1231 = arith.mulf %v1161, %v1164 : f32
                %v1232 = arith.mulf %v1230, %v1231 : f32
                %v1233 = arith.mulf %v576, %v1198 : f32
                %v1234 = arith.mulf %v1226, %v1198 : f32
                %v1235 = arith.mulf %v1196, %v1234 : f32
                %v1236 = arith.divf %v1235, %v1184 : f32
                %v1237 = arith.addf %v1233, %v1236 : f32
                %v1238 = arith.mulf %v1184, %v1187 : f32
                %v1239 = arith.mulf %v1237, %v1238 : f32
                %v1240 = arith.addf %v1232, %v1239 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1241, %v1242 = gpu.shuffle xor %v1240, %v846, %v167 : f32
                %v1243 = arith.addf %v1240, %v1241 : f32
                %v1244, %v1245 = gpu.shuffle xor %v1243, %v850, %v167 : f32
                %v1246 = arith.addf %v1243, %v1244 : f32
                %v1247, %v1248 = gpu.shuffle xor %v1246, %v854, %v167 : f32
                %v1249 = arith.addf %v1246, %v1247 : f32
                // end sum over the lanes
                %v1250 = arith.mulf %v1116, %v1249 : f32
                %v1251 = llvm.load %v32 : !llvm.ptr -> f32
                %v1252 = arith.addf %v1251, %v1250 : f32
                llvm.store %v1252, %v32 : f32, !llvm.ptr
                %v1253 = arith.divf %v1166, %v1161 : f32
                %v1254 = arith.mulf %v1171, %v1253 : f32
                %v1255 = arith.mulf %v1227, %v1254 : f32
                %v1256 = arith.negf %v1255 : f32
                %v1257 = arith.mulf %v1116, %v1164 : f32
                %v1258 = arith.mulf %v1230, %v1257 : f32
                %v1259 = arith.addf %v1256, %v1258 : f32
                %v1260 = arith.negf %v1259 : f32
                %v1261 = arith.mulf %v1160, %v1260 : f32
                %v1262 = llvm.load %v33 : !llvm.ptr -> f32
                %v1263 = arith.addf %v1262, %v1261 : f32
                llvm.store %v1263, %v33 : f32, !llvm.ptr
                %v1264 = arith.divf %v1189, %v1184 : f32
                %v1265 = arith.mulf %v1196, %v1264 : f32
                %v1266 = arith.mulf %v1234, %v1265 : f32
                %v1267 = arith.negf %v1266 : f32
                %v1268 = arith.mulf %v1116, %v1187 : f32
                %v1269 = arith.mulf %v1237, %v1268 : f32
                %v1270 = arith.addf %v1267, %v1269 : f32
                %v1271 = arith.negf %v1270 : f32
                %v1272 = arith.mulf %v1183, %v1271 : f32
                %v1273 = llvm.load %v34 : !llvm.ptr -> f32
                %v1274 = arith.addf %v1273, %v1272 : f32
                llvm.store %v1274, %v34 : f32, !llvm.ptr
                %v1275 = arith.mulf %v1166, %v1227 : f32
                %v1276 = llvm.load %v35 : !llvm.ptr -> f32
                %v1277 = arith.addf %v1276, %v1275 : f32
                llvm.store %v1277, %v35 : f32, !llvm.ptr
                %v1278 = arith.mulf %v1189, %v1234 : f32
                %v1279 = llvm.load %v36 : !llvm.ptr -> f32
                %v1280 = arith.addf %v1279, %v1278 : f32
                llvm.store %v1280, %v36 : f32, !llvm.ptr
                %v1281 = arith.mulf %v611, %v1130 : f32
                %v1282 = llvm.load %v37 : !llvm.ptr -> f32
                %v1283 = arith.addf %v1282, %v1281 : f32
                llvm.store %v1283, %v37 : f32, !llvm.ptr
                %v1284 = arith.mulf %v637, %v1130 : f32
                %v1285 = llvm.load %v38 : !llvm.ptr -> f32
                %v1286 = arith.addf %v1285, %v1284 : f32
                llvm.store %v1286, %v38 : f32, !llvm.ptr
                %v1287 = arith.mulf %v1226, %v1130 : f32
                %v1288 = llvm.load %v39 : !llvm.ptr -> f32
                %v1289 = arith.addf %v1288, %v1287 : f32
                llvm.store %v1289, %v39 : f32, !llvm.ptr
                llvm.store %v1164, %v30 : f32, !llvm.ptr
                llvm.store %v1187, %v31 : f32, !llvm.ptr
              }
              %v1290 = arith.addi %v246, %v516 : i64
              %v1291 = arith.cmpi slt, %v1290, %v95 : i64
              %v1292, %v1293 = gpu.shuffle idx %v273, %v69, %v167 : f32
              scf.if %v1291 {
                %v1294 = arith.addi %v93, %v1290 : i64
                %v1295 = arith.muli %v24, %v173 : i64
                %v1296 = arith.muli %v17, %v2 : i64
                %v1297 = arith.addi %v1295, %v1296 : i64
                %v1298 = llvm.getelementptr %in_Cp[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
                %v1300 = arith.muli %v26, %v194 : i64
                %v1301 = arith.muli %v24, %v193 : i64
                %v1302 = arith.addi %v1300, %v1301 : i64
                %v1303 = arith.muli %v1294, %v2 : i64
                %v1304 = arith.addi %v1302, %v1303 : i64
                %v1305 = llvm.getelementptr %dy_y[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                %v1307 = arith.mulf %v1299, %v1306 : f32
                %v1308 = llvm.load %v28 : !llvm.ptr -> f32
                %v1309 = llvm.load %v30 : !llvm.ptr -> f32
                %v1310 = arith.mulf %v1309, %v1308 : f32
                %v1311 = arith.addf %v1307, %v1310 : f32
                llvm.store %v1311, %v28 : f32, !llvm.ptr
                %v1312 = arith.muli %v24, %v173 : i64
                %v1313 = arith.constant 8 : i64
                %v1314 = arith.addi %v1313, %v17 : i64
                %v1315 = arith.muli %v1314, %v2 : i64
                %v1316 = arith.addi %v1312, %v1315 : i64
                %v1317 = llvm.getelementptr %in_Cp[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1318 = llvm.load %v1317 : !llvm.ptr -> f32
                %v1319 = arith.mulf %v1318, %v1306 : f32
                %v1320 = llvm.load %v29 : !llvm.ptr -> f32
                %v1321 = llvm.load %v31 : !llvm.ptr -> f32
                %v1322 = arith.mulf %v1321, %v1320 : f32
                %v1323 = arith.addf %v1319, %v1322 : f32
                llvm.store %v1323, %v29 : f32, !llvm.ptr
                %v1324 = arith.subi %size_L, %v2 : i64
                %v1325 = arith.cmpi eq, %v1294, %v1324 : i64
                scf.if %v1325 {
                }
                %v1326 = arith.muli %v24, %v2 : i64
                %v1327 = llvm.getelementptr %in_Dskip[%v1326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1328 = llvm.load %v1327 : !llvm.ptr -> f32
                %v1329 = arith.mulf %v1328, %v1306 : f32
                %v1330 = arith.muli %v24, %v173 : i64
                %v1331 = arith.muli %v17, %v2 : i64
                %v1332 = arith.addi %v1330, %v1331 : i64
                %v1333 = llvm.getelementptr %in_A_log[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
                %v1335 = arith.mulf %v1334, %v157 : f32
                %v1336 = llvm.call_intrinsic "llvm.exp2.f32"(%v1335) : (f32) -> f32
                %v1337 = arith.negf %v1336 : f32
                %v1338 = arith.mulf %v1292, %v1337 : f32
                %v1339 = arith.mulf %v1338, %v157 : f32
                %v1340 = llvm.call_intrinsic "llvm.exp2.f32"(%v1339) : (f32) -> f32
                %v1341 = arith.subf %v1340, %v41 : f32
                %v1342 = arith.divf %v1341, %v1337 : f32
                %v1343 = arith.muli %v24, %v173 : i64
                %v1344 = arith.muli %v17, %v2 : i64
                %v1345 = arith.addi %v1343, %v1344 : i64
                %v1346 = llvm.getelementptr %in_Bp[%v1345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1347 = llvm.load %v1346 : !llvm.ptr -> f32
                %v1348 = arith.mulf %v1342, %v1347 : f32
                %v1349 = llvm.load %v28 : !llvm.ptr -> f32
                %v1350 = arith.mulf %v1348, %v1349 : f32
                %v1351 = arith.muli %v24, %v173 : i64
                %v1352 = arith.constant 8 : i64
                %v1353 = arith.addi %v1352, %v17 : i64
                %v1354 = arith.muli %v1353, %v2 : i64
                %v1355 = arith.addi %v1351, %v1354 : i64
                %v1356 = llvm.getelementptr %in_A_log[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
                %v1358 = arith.mulf %v1357, %v157 : f32
                %v1359 = llvm.call_intrinsic "llvm.exp2.f32"(%v1358) : (f32) -> f32
                %v1360 = arith.negf %v1359 : f32
                %v1361 = arith.mulf %v1292, %v1360 : f32
                %v1362 = arith.mulf %v1361, %v157 : f32
                %v1363 = llvm.call_intrinsic "llvm.exp2.f32"(%v1362) : (f32) -> f32
                %v1364 = arith.subf %v1363, %v41 : f32
                %v1365 = arith.divf %v1364, %v1360 : f32
                %v1366 = arith.muli %v24, %v173 : i64
                %v1367 = arith.constant 8 : i64
                %v1368 = arith.addi %v1367, %v17 : i64
                %v1369 = arith.muli %v1368, %v2 : i64
                %v1370 = arith.addi %v1366, %v1369 : i64
                %v1371 = llvm.getelementptr %in_Bp[%v1370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1372 = llvm.load %v1371 : !llvm.ptr -> f32
                %v1373 = arith.mulf %v1365, %v1372 : f32
                %v1374 = llvm.load %v29 : !llvm.ptr -> f32
                %v1375 = arith.mulf %v1373, %v1374 : f32
                %v1376 = arith.addf %v1350, %v1375 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1377, %v1378 = gpu.shuffle xor %v1376, %v846, %v167 : f32
                %v1379 = arith.addf %v1376, %v1377 : f32
                %v1380, %v1381 = gpu.shuffle xor %v1379, %v850, %v167 : f32
                %v1382 = arith.addf %v1379, %v1380 : f32
                %v1383, %v1384 = gpu.shuffle xor %v1382, %v854, %v167 : f32
                %v1385 = arith.addf %v1382, %v1383 : f32
                // end sum over the lanes
                %v1386 = arith.addf %v1329, %v1385 : f32
                %v1387 = arith.cmpi eq, %v17, %v42 : i64
                %v1388 = arith.andi %v21, %v1387 : i1
                scf.if %v1388 {
                  %v1389 = arith.muli %v26, %v194 : i64
                  %v1390 = arith.muli %v24, %v193 : i64
                  %v1391 = arith.addi %v1389, %v1390 : i64
                  %v1392 = arith.muli %v1294, %v2 : i64
                  %v1393 = arith.addi %v1391, %v1392 : i64
                  %v1394 = llvm.getelementptr %dx_u[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1386, %v1394 : f32, !llvm.ptr
                }
                %v1395 = arith.mulf %v489, %v1349 : f32
                %v1396 = arith.muli %v26, %v194 : i64
                %v1397 = arith.muli %v24, %v193 : i64
                %v1398 = arith.addi %v1396, %v1397 : i64
                %v1399 = arith.muli %v1294, %v2 : i64
                %v1400 = arith.addi %v1398, %v1399 : i64
                %v1401 = llvm.getelementptr %in_u[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1402 = llvm.load %v1401 : !llvm.ptr -> f32
                %v1403 = arith.mulf %v1402, %v1349 : f32
                %v1404 = arith.mulf %v1347, %v1403 : f32
                %v1405 = arith.divf %v1404, %v1337 : f32
                %v1406 = arith.addf %v1395, %v1405 : f32
                %v1407 = arith.mulf %v1337, %v1340 : f32
                %v1408 = arith.mulf %v1406, %v1407 : f32
                %v1409 = arith.mulf %v515, %v1374 : f32
                %v1410 = arith.mulf %v1402, %v1374 : f32
                %v1411 = arith.mulf %v1372, %v1410 : f32
                %v1412 = arith.divf %v1411, %v1360 : f32
                %v1413 = arith.addf %v1409, %v1412 : f32
                %v1414 = arith.mulf %v1360, %v1363 : f32
                %v1415 = arith.mulf %v1413, %v1414 : f32
                %v1416 = arith.addf %v1408, %v1415 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1417, %v1418 = gpu.shuffle xor %v1416, %v846, %v167 : f32
                %v1419 = arith.addf %v1416, %v1417 : f32
                %v1420, %v1421 = gpu.shuffle xor %v1419, %v850, %v167 : f32
                %v1422 = arith.addf %v1419, %v1420 : f32
                %v1423, %v1424 = gpu.shuffle xor %v1422, %v854, %v167 : f32
                %v1425 = arith.addf %v1422, %v1423 : f32
                // end sum over the lanes
                %v1426 = arith.mulf %v1292, %v1425 : f32
                %v1427 = llvm.load %v32 : !llvm.ptr -> f32
                %v1428 = arith.addf %v1427, %v1426 : f32
                llvm.store %v1428, %v32 : f32, !llvm.ptr
                %v1429 = arith.divf %v1342, %v1337 : f32
                %v1430 = arith.mulf %v1347, %v1429 : f32
                %v1431 = arith.mulf %v1403, %v1430 : f32
                %v1432 = arith.negf %v1431 : f32
                %v1433 = arith.mulf %v1292, %v1340 : f32
                %v1434 = arith.mulf %v1406, %v1433 : f32
                %v1435 = arith.addf %v1432, %v1434 : f32
                %v1436 = arith.negf %v1435 : f32
                %v1437 = arith.mulf %v1336, %v1436 : f32
                %v1438 = llvm.load %v33 : !llvm.ptr -> f32
                %v1439 = arith.addf %v1438, %v1437 : f32
                llvm.store %v1439, %v33 : f32, !llvm.ptr
                %v1440 = arith.divf %v1365, %v1360 : f32
                %v1441 = arith.mulf %v1372, %v1440 : f32
                %v1442 = arith.mulf %v1410, %v1441 : f32
                %v1443 = arith.negf %v1442 : f32
                %v1444 = arith.mulf %v1292, %v1363 : f32
                %v1445 = arith.mulf %v1413, %v1444 : f32
                %v1446 = arith.addf %v1443, %v1445 : f32
                %v1447 = arith.negf %v1446 : f32
                %v1448 = arith.mulf %v1359, %v1447 : f32
                %v1449 = llvm.load %v34 : !llvm.ptr -> f32
                %v1450 = arith.addf %v1449, %v1448 : f32
                llvm.store %v1450, %v34 : f32, !llvm.ptr
                %v1451 = arith.mulf %v1342, %v1403 : f32
                %v1452 = llvm.load %v35 : !llvm.ptr -> f32
                %v1453 = arith.addf %v1452, %v1451 : f32
                llvm.store %v1453, %v35 : f32, !llvm.ptr
                %v1454 = arith.mulf %v1365, %v1410 : f32
                %v1455 = llvm.load %v36 : !llvm.ptr -> f32
                %v1456 = arith.addf %v1455, %v1454 : f32
                llvm.store %v1456, %v36 : f32, !llvm.ptr
                %v1457 = arith.mulf %v550, %v1306 : f32
                %v1458 = llvm.load %v37 : !llvm.ptr -> f32
                %v1459 = arith.addf %v1458, %v1457 : f32
                llvm.store %v1459, %v37 : f32, !llvm.ptr
                %v1460 = arith.mulf %v576, %v1306 : f32
                %v1461 = llvm.load %v38 : !llvm.ptr -> f32
                %v1462 = arith.addf %v1461, %v1460 : f32
                llvm.store %v1462, %v38 : f32, !llvm.ptr
                %v1463 = arith.mulf %v1402, %v1306 : f32
                %v1464 = llvm.load %v39 : !llvm.ptr -> f32
                %v1465 = arith.addf %v1464, %v1463 : f32
                llvm.store %v1465, %v39 : f32, !llvm.ptr
                llvm.store %v1340, %v30 : f32, !llvm.ptr
                llvm.store %v1363, %v31 : f32, !llvm.ptr
              }
              %v1466 = arith.addi %v246, %v455 : i64
              %v1467 = arith.cmpi slt, %v1466, %v95 : i64
              %v1468, %v1469 = gpu.shuffle idx %v273, %v65, %v167 : f32
              scf.if %v1467 {
                %v1470 = arith.addi %v93, %v1466 : i64
                %v1471 = arith.muli %v24, %v173 : i64
                %v1472 = arith.muli %v17, %v2 : i64
                %v1473 = arith.addi %v1471, %v1472 : i64
                %v1474 = llvm.getelementptr %in_Cp[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
                %v1476 = arith.muli %v26, %v194 : i64
                %v1477 = arith.muli %v24, %v193 : i64
                %v1478 = arith.addi %v1476, %v1477 : i64
                %v1479 = arith.muli %v1470, %v2 : i64
                %v1480 = arith.addi %v1478, %v1479 : i64
                %v1481 = llvm.getelementptr %dy_y[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
                %v1483 = arith.mulf %v1475, %v1482 : f32
                %v1484 = llvm.load %v28 : !llvm.ptr -> f32
                %v1485 = llvm.load %v30 : !llvm.ptr -> f32
                %v1486 = arith.mulf %v1485, %v1484 : f32
                %v1487 = arith.addf %v1483, %v1486 : f32
                llvm.store %v1487, %v28 : f32, !llvm.ptr
                %v1488 = arith.muli %v24, %v173 : i64
                %v1489 = arith.constant 8 : i64
                %v1490 = arith.addi %v1489, %v17 : i64
                %v1491 = arith.muli %v1490, %v2 : i64
                %v1492 = arith.addi %v1488, %v1491 : i64
                %v1493 = llvm.getelementptr %in_Cp[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
                %v1495 = arith.mulf %v1494, %v1482 : f32
                %v1496 = llvm.load %v29 : !llvm.ptr -> f32
                %v1497 = llvm.load %v31 : !llvm.ptr -> f32
                %v1498 = arith.mulf %v1497, %v1496 : f32
                %v1499 = arith.addf %v1495, %v1498 : f32
                llvm.store %v1499, %v29 : f32, !llvm.ptr
                %v1500 = arith.subi %size_L, %v2 : i64
                %v1501 = arith.cmpi eq, %v1470, %v1500 : i64
                scf.if %v1501 {
                }
                %v1502 = arith.muli %v24, %v2 : i64
                %v1503 = llvm.getelementptr %in_Dskip[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1504 = llvm.load %v1503 : !llvm.ptr -> f32
                %v1505 = arith.mulf %v1504, %v1482 : f32
                %v1506 = arith.muli %v24, %v173 : i64
                %v1507 = arith.muli %v17, %v2 : i64
                %v1508 = arith.addi %v1506, %v1507 : i64
                %v1509 = llvm.getelementptr %in_A_log[%v1508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1510 = llvm.load %v1509 : !llvm.ptr -> f32
                %v1511 = arith.mulf %v1510, %v157 : f32
                %v1512 = llvm.call_intrinsic "llvm.exp2.f32"(%v1511) : (f32) -> f32
                %v1513 = arith.negf %v1512 : f32
                %v1514 = arith.mulf %v1468, %v1513 : f32
                %v1515 = arith.mulf %v1514, %v157 : f32
                %v1516 = llvm.call_intrinsic "llvm.exp2.f32"(%v1515) : (f32) -> f32
                %v1517 = arith.subf %v1516, %v41 : f32
                %v1518 = arith.divf %v1517, %v1513 : f32
                %v1519 = arith.muli %v24, %v173 : i64
                %v1520 = arith.muli %v17, %v2 : i64
                %v1521 = arith.addi %v1519, %v1520 : i64
                %v1522 = llvm.getelementptr %in_Bp[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1523 = llvm.load %v1522 : !llvm.ptr -> f32
                %v1524 = arith.mulf %v1518, %v1523 : f32
                %v1525 = llvm.load %v28 : !llvm.ptr -> f32
                %v1526 = arith.mulf %v1524, %v1525 : f32
                %v1527 = arith.muli %v24, %v173 : i64
                %v1528 = arith.constant 8 : i64
                %v1529 = arith.addi %v1528, %v17 : i64
                %v1530 = arith.muli %v1529, %v2 : i64
                %v1531 = arith.addi %v1527, %v1530 : i64
                %v1532 = llvm.getelementptr %in_A_log[%v1531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1533 = llvm.load %v1532 : !llvm.ptr -> f32
                %v1534 = arith.mulf %v1533, %v157 : f32
                %v1535 = llvm.call_intrinsic "llvm.exp2.f32"(%v1534) : (f32) -> f32
                %v1536 = arith.negf %v1535 : f32
                %v1537 = arith.mulf %v1468, %v1536 : f32
                %v1538 = arith.mulf %v1537, %v157 : f32
                %v1539 = llvm.call_intrinsic "llvm.exp2.f32"(%v1538) : (f32) -> f32
                %v1540 = arith.subf %v1539, %v41 : f32
                %v1541 = arith.divf %v1540, %v1536 : f32
                %v1542 = arith.muli %v24, %v173 : i64
                %v1543 = arith.constant 8 : i64
                %v1544 = arith.addi %v1543, %v17 : i64
                %v1545 = arith.muli %v1544, %v2 : i64
                %v1546 = arith.addi %v1542, %v1545 : i64
                %v1547 = llvm.getelementptr %in_Bp[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1548 = llvm.load %v1547 : !llvm.ptr -> f32
                %v1549 = arith.mulf %v1541, %v1548 : f32
                %v1550 = llvm.load %v29 : !llvm.ptr -> f32
                %v1551 = arith.mulf %v1549, %v1550 : f32
                %v1552 = arith.addf %v1526, %v1551 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1553, %v1554 = gpu.shuffle xor %v1552, %v846, %v167 : f32
                %v1555 = arith.addf %v1552, %v1553 : f32
                %v1556, %v1557 = gpu.shuffle xor %v1555, %v850, %v167 : f32
                %v1558 = arith.addf %v1555, %v1556 : f32
                %v1559, %v1560 = gpu.shuffle xor %v1558, %v854, %v167 : f32
                %v1561 = arith.addf %v1558, %v1559 : f32
                // end sum over the lanes
                %v1562 = arith.addf %v1505, %v1561 : f32
                %v1563 = arith.cmpi eq, %v17, %v42 : i64
                %v1564 = arith.andi %v21, %v1563 : i1
                scf.if %v1564 {
                  %v1565 = arith.muli %v26, %v194 : i64
                  %v1566 = arith.muli %v24, %v193 : i64
                  %v1567 = arith.addi %v1565, %v1566 : i64
                  %v1568 = arith.muli %v1470, %v2 : i64
                  %v1569 = arith.addi %v1567, %v1568 : i64
                  %v1570 = llvm.getelementptr %dx_u[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1562, %v1570 : f32, !llvm.ptr
                }
                %v1571 = arith.mulf %v428, %v1525 : f32
                %v1572 = arith.muli %v26, %v194 : i64
                %v1573 = arith.muli %v24, %v193 : i64
                %v1574 = arith.addi %v1572, %v1573 : i64
                %v1575 = arith.muli %v1470, %v2 : i64
                %v1576 = arith.addi %v1574, %v1575 : i64
                %v1577 = llvm.getelementptr %in_u[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1578 = llvm.load %v1577 : !llvm.ptr -> f32
                %v1579 = arith.mulf %v1578, %v1525 : f32
                %v1580 = arith.mulf %v1523, %v1579 : f32
                %v1581 = arith.divf %v1580, %v1513 : f32
                %v1582 = arith.addf %v1571, %v1581 : f32
                %v1583 = arith.mulf %v1513, %v1516 : f32
                %v1584 = arith.mulf %v1582, %v1583 : f32
                %v1585 = arith.mulf %v454, %v1550 : f32
                %v1586 = arith.mulf %v1578, %v1550 : f32
                %v1587 = arith.mulf %v1548, %v1586 : f32
                %v1588 = arith.divf %v1587, %v1536 : f32
                %v1589 = arith.addf %v1585, %v1588 : f32
                %v1590 = arith.mulf %v1536, %v1539 : f32
                %v1591 = arith.mulf %v1589, %v1590 : f32
                %v1592 = arith.addf %v1584, %v1591 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1593, %v1594 = gpu.shuffle xor %v1592, %v846, %v167 : f32
                %v1595 = arith.addf %v1592, %v1593 : f32
                %v1596, %v1597 = gpu.shuffle xor %v1595, %v850, %v167 : f32
                %v1598 = arith.addf %v1595, %v1596 : f32
                %v1599, %v1600 = gpu.shuffle xor %v1598, %v854, %v167 : f32
                %v1601 = arith.addf %v1598, %v1599 : f32
                // end sum over the lanes
                %v1602 = arith.mulf %v1468, %v1601 : f32
                %v1603 = llvm.load %v32 : !llvm.ptr -> f32
                %v1604 = arith.addf %v1603, %v1602 : f32
                llvm.store %v1604, %v32 : f32, !llvm.ptr
                %v1605 = arith.divf %v1518, %v1513 : f32
                %v1606 = arith.mulf %v1523, %v1605 : f32
                %v1607 = arith.mulf %v1579, %v1606 : f32
                %v1608 = arith.negf %v1607 : f32
                %v1609 = arith.mulf %v1468, %v1516 : f32
                %v1610 = arith.mulf %v1582, %v1609 : f32
                %v1611 = arith.addf %v1608, %v1610 : f32
                %v1612 = arith.negf %v1611 : f32
                %v1613 = arith.mulf %v1512, %v1612 : f32
                %v1614 = llvm.load %v33 : !llvm.ptr -> f32
                %v1615 = arith.addf %v1614, %v1613 : f32
                llvm.store %v1615, %v33 : f32, !llvm.ptr
                %v1616 = arith.divf %v1541, %v1536 : f32
                %v1617 = arith.mulf %v1548, %v1616 : f32
                %v1618 = arith.mulf %v1586, %v1617 : f32
                %v1619 = arith.negf %v1618 : f32
                %v1620 = arith.mulf %v1468, %v1539 : f32
                %v1621 = arith.mulf %v1589, %v1620 : f32
                %v1622 = arith.addf %v1619, %v1621 : f32
                %v1623 = arith.negf %v1622 : f32
                %v1624 = arith.mulf %v1535, %v1623 : f32
                %v1625 = llvm.load %v34 : !llvm.ptr -> f32
                %v1626 = arith.addf %v1625, %v1624 : f32
                llvm.store %v1626, %v34 : f32, !llvm.ptr
                %v1627 = arith.mulf %v1518, %v1579 : f32
                %v1628 = llvm.load %v35 : !llvm.ptr -> f32
                %v1629 = arith.addf %v1628, %v1627 : f32
                llvm.store %v1629, %v35 : f32, !llvm.ptr
                %v1630 = arith.mulf %v1541, %v1586 : f32
                %v1631 = llvm.load %v36 : !llvm.ptr -> f32
                %v1632 = arith.addf %v1631, %v1630 : f32
                llvm.store %v1632, %v36 : f32, !llvm.ptr
                %v1633 = arith.mulf %v489, %v1482 : f32
                %v1634 = llvm.load %v37 : !llvm.ptr -> f32
                %v1635 = arith.addf %v1634, %v1633 : f32
                llvm.store %v1635, %v37 : f32, !llvm.ptr
                %v1636 = arith.mulf %v515, %v1482 : f32
                %v1637 = llvm.load %v38 : !llvm.ptr -> f32
                %v1638 = arith.addf %v1637, %v1636 : f32
                llvm.store %v1638, %v38 : f32, !llvm.ptr
                %v1639 = arith.mulf %v1578, %v1482 : f32
                %v1640 = llvm.load %v39 : !llvm.ptr -> f32
                %v1641 = arith.addf %v1640, %v1639 : f32
                llvm.store %v1641, %v39 : f32, !llvm.ptr
                llvm.store %v1516, %v30 : f32, !llvm.ptr
                llvm.store %v1539, %v31 : f32, !llvm.ptr
              }
              %v1642 = arith.addi %v246, %v394 : i64
              %v1643 = arith.cmpi slt, %v1642, %v95 : i64
              %v1644, %v1645 = gpu.shuffle idx %v273, %v61, %v167 : f32
              scf.if %v1643 {
                %v1646 = arith.addi %v93, %v1642 : i64
                %v1647 = arith.muli %v24, %v173 : i64
                %v1648 = arith.muli %v17, %v2 : i64
                %v1649 = arith.addi %v1647, %v1648 : i64
                %v1650 = llvm.getelementptr %in_Cp[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1651 = llvm.load %v1650 : !llvm.ptr -> f32
                %v1652 = arith.muli %v26, %v194 : i64
                %v1653 = arith.muli %v24, %v193 : i64
                %v1654 = arith.addi %v1652, %v1653 : i64
                %v1655 = arith.muli %v1646, %v2 : i64
                %v1656 = arith.addi %v1654, %v1655 : i64
                %v1657 = llvm.getelementptr %dy_y[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1658 = llvm.load %v1657 : !llvm.ptr -> f32
                %v1659 = arith.mulf %v1651, %v1658 : f32
                %v1660 = llvm.load %v28 : !llvm.ptr -> f32
                %v1661 = llvm.load %v30 : !llvm.ptr -> f32
                %v1662 = arith.mulf %v1661, %v1660 : f32
                %v1663 = arith.addf %v1659, %v1662 : f32
                llvm.store %v1663, %v28 : f32, !llvm.ptr
                %v1664 = arith.muli %v24, %v173 : i64
                %v1665 = arith.constant 8 : i64
                %v1666 = arith.addi %v1665, %v17 : i64
                %v1667 = arith.muli %v1666, %v2 : i64
                %v1668 = arith.addi %v1664, %v1667 : i64
                %v1669 = llvm.getelementptr %in_Cp[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1670 = llvm.load %v1669 : !llvm.ptr -> f32
                %v1671 = arith.mulf %v1670, %v1658 : f32
                %v1672 = llvm.load %v29 : !llvm.ptr -> f32
                %v1673 = llvm.load %v31 : !llvm.ptr -> f32
                %v1674 = arith.mulf %v1673, %v1672 : f32
                %v1675 = arith.addf %v1671, %v1674 : f32
                llvm.store %v1675, %v29 : f32, !llvm.ptr
                %v1676 = arith.subi %size_L, %v2 : i64
                %v1677 = arith.cmpi eq, %v1646, %v1676 : i64
                scf.if %v1677 {
                }
                %v1678 = arith.muli %v24, %v2 : i64
                %v1679 = llvm.getelementptr %in_Dskip[%v1678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1680 = llvm.load %v1679 : !llvm.ptr -> f32
                %v1681 = arith.mulf %v1680, %v1658 : f32
                %v1682 = arith.muli %v24, %v173 : i64
                %v1683 = arith.muli %v17, %v2 : i64
                %v1684 = arith.addi %v1682, %v1683 : i64
                %v1685 = llvm.getelementptr %in_A_log[%v1684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
                %v1687 = arith.mulf %v1686, %v157 : f32
                %v1688 = llvm.call_intrinsic "llvm.exp2.f32"(%v1687) : (f32) -> f32
                %v1689 = arith.negf %v1688 : f32
                %v1690 = arith.mulf %v1644, %v1689 : f32
                %v1691 = arith.mulf %v1690, %v157 : f32
                %v1692 = llvm.call_intrinsic "llvm.exp2.f32"(%v1691) : (f32) -> f32
                %v1693 = arith.subf %v1692, %v41 : f32
                %v1694 = arith.divf %v1693, %v1689 : f32
                %v1695 = arith.muli %v24, %v173 : i64
                %v1696 = arith.muli %v17, %v2 : i64
                %v1697 = arith.addi %v1695, %v1696 : i64
                %v1698 = llvm.getelementptr %in_Bp[%v1697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1699 = llvm.load %v1698 : !llvm.ptr -> f32
                %v1700 = arith.mulf %v1694, %v1699 : f32
                %v1701 = llvm.load %v28 : !llvm.ptr -> f32
                %v1702 = arith.mulf %v1700, %v1701 : f32
                %v1703 = arith.muli %v24, %v173 : i64
                %v1704 = arith.constant 8 : i64
                %v1705 = arith.addi %v1704, %v17 : i64
                %v1706 = arith.muli %v1705, %v2 : i64
                %v1707 = arith.addi %v1703, %v1706 : i64
                %v1708 = llvm.getelementptr %in_A_log[%v1707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
                %v1710 = arith.mulf %v1709, %v157 : f32
                %v1711 = llvm.call_intrinsic "llvm.exp2.f32"(%v1710) : (f32) -> f32
                %v1712 = arith.negf %v1711 : f32
                %v1713 = arith.mulf %v1644, %v1712 : f32
                %v1714 = arith.mulf %v1713, %v157 : f32
                %v1715 = llvm.call_intrinsic "llvm.exp2.f32"(%v1714) : (f32) -> f32
                %v1716 = arith.subf %v1715, %v41 : f32
                %v1717 = arith.divf %v1716, %v1712 : f32
                %v1718 = arith.muli %v24, %v173 : i64
                %v1719 = arith.constant 8 : i64
                %v1720 = arith.addi %v1719, %v17 : i64
                %v1721 = arith.muli %v1720, %v2 : i64
                %v1722 = arith.addi %v1718, %v1721 : i64
                %v1723 = llvm.getelementptr %in_Bp[%v1722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1724 = llvm.load %v1723 : !llvm.ptr -> f32
                %v1725 = arith.mulf %v1717, %v1724 : f32
                %v1726 = llvm.load %v29 : !llvm.ptr -> f32
                %v1727 = arith.mulf %v1725, %v1726 : f32
                %v1728 = arith.addf %v1702, %v1727 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1729, %v1730 = gpu.shuffle xor %v1728, %v846, %v167 : f32
                %v1731 = arith.addf %v1728, %v1729 : f32
                %v1732, %v1733 = gpu.shuffle xor %v1731, %v850, %v167 : f32
                %v1734 = arith.addf %v1731, %v1732 : f32
                %v1735, %v1736 = gpu.shuffle xor %v1734, %v854, %v167 : f32
                %v1737 = arith.addf %v1734, %v1735 : f32
                // end sum over the lanes
                %v1738 = arith.addf %v1681, %v1737 : f32
                %v1739 = arith.cmpi eq, %v17, %v42 : i64
                %v1740 = arith.andi %v21, %v1739 : i1
                scf.if %v1740 {
                  %v1741 = arith.muli %v26, %v194 : i64
                  %v1742 = arith.muli %v24, %v193 : i64
                  %v1743 = arith.addi %v1741, %v1742 : i64
                  %v1744 = arith.muli %v1646, %v2 : i64
                  %v1745 = arith.addi %v1743, %v1744 : i64
                  %v1746 = llvm.getelementptr %dx_u[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1738, %v1746 : f32, !llvm.ptr
                }
                %v1747 = arith.mulf %v367, %v1701 : f32
                %v1748 = arith.muli %v26, %v194 : i64
                %v1749 = arith.muli %v24, %v193 : i64
                %v1750 = arith.addi %v1748, %v1749 : i64
                %v1751 = arith.muli %v1646, %v2 : i64
                %v1752 = arith.addi %v1750, %v1751 : i64
                %v1753 = llvm.getelementptr %in_u[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
                %v1755 = arith.mulf %v1754, %v1701 : f32
                %v1756 = arith.mulf %v1699, %v1755 : f32
                %v1757 = arith.divf %v1756, %v1689 : f32
                %v1758 = arith.addf %v1747, %v1757 : f32
                %v1759 = arith.mulf %v1689, %v1692 : f32
                %v1760 = arith.mulf %v1758, %v1759 : f32
                %v1761 = arith.mulf %v393, %v1726 : f32
                %v1762 = arith.mulf %v1754, %v1726 : f32
                %v1763 = arith.mulf %v1724, %v1762 : f32
                %v1764 = arith.divf %v1763, %v1712 : f32
                %v1765 = arith.addf %v1761, %v1764 : f32
                %v1766 = arith.mulf %v1712, %v1715 : f32
                %v1767 = arith.mulf %v1765, %v1766 : f32
                %v1768 = arith.addf %v1760, %v1767 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1769, %v1770 = gpu.shuffle xor %v1768, %v846, %v167 : f32
                %v1771 = arith.addf %v1768, %v1769 : f32
                %v1772, %v1773 = gpu.shuffle xor %v1771, %v850, %v167 : f32
                %v1774 = arith.addf %v1771, %v1772 : f32
                %v1775, %v1776 = gpu.shuffle xor %v1774, %v854, %v167 : f32
                %v1777 = arith.addf %v1774, %v1775 : f32
                // end sum over the lanes
                %v1778 = arith.mulf %v1644, %v1777 : f32
                %v1779 = llvm.load %v32 : !llvm.ptr -> f32
                %v1780 = arith.addf %v1779, %v1778 : f32
                llvm.store %v1780, %v32 : f32, !llvm.ptr
                %v1781 = arith.divf %v1694, %v1689 : f32
                %v1782 = arith.mulf %v1699, %v1781 : f32
                %v1783 = arith.mulf %v1755, %v1782 : f32
                %v1784 = arith.negf %v1783 : f32
                %v1785 = arith.mulf %v1644, %v1692 : f32
                %v1786 = arith.mulf %v1758, %v1785 : f32
                %v1787 = arith.addf %v1784, %v1786 : f32
                %v1788 = arith.negf %v1787 : f32
                %v1789 = arith.mulf %v1688, %v1788 : f32
                %v1790 = llvm.load %v33 : !llvm.ptr -> f32
                %v1791 = arith.addf %v1790, %v1789 : f32
                llvm.store %v1791, %v33 : f32, !llvm.ptr
                %v1792 = arith.divf %v1717, %v1712 : f32
                %v1793 = arith.mulf %v1724, %v1792 : f32
                %v1794 = arith.mulf %v1762, %v1793 : f32
                %v1795 = arith.negf %v1794 : f32
                %v1796 = arith.mulf %v1644, %v1715 : f32
                %v1797 = arith.mulf %v1765, %v1796 : f32
                %v1798 = arith.addf %v1795, %v1797 : f32
                %v1799 = arith.negf %v1798 : f32
                %v1800 = arith.mulf %v1711, %v1799 : f32
                %v1801 = llvm.load %v34 : !llvm.ptr -> f32
                %v1802 = arith.addf %v1801, %v1800 : f32
                llvm.store %v1802, %v34 : f32, !llvm.ptr
                %v1803 = arith.mulf %v1694, %v1755 : f32
                %v1804 = llvm.load %v35 : !llvm.ptr -> f32
                %v1805 = arith.addf %v1804, %v1803 : f32
                llvm.store %v1805, %v35 : f32, !llvm.ptr
                %v1806 = arith.mulf %v1717, %v1762 : f32
                %v1807 = llvm.load %v36 : !llvm.ptr -> f32
                %v1808 = arith.addf %v1807, %v1806 : f32
                llvm.store %v1808, %v36 : f32, !llvm.ptr
                %v1809 = arith.mulf %v428, %v1658 : f32
                %v1810 = llvm.load %v37 : !llvm.ptr -> f32
                %v1811 = arith.addf %v1810, %v1809 : f32
                llvm.store %v1811, %v37 : f32, !llvm.ptr
                %v1812 = arith.mulf %v454, %v1658 : f32
                %v1813 = llvm.load %v38 : !llvm.ptr -> f32
                %v1814 = arith.addf %v1813, %v1812 : f32
                llvm.store %v1814, %v38 : f32, !llvm.ptr
                %v1815 = arith.mulf %v1754, %v1658 : f32
                %v1816 = llvm.load %v39 : !llvm.ptr -> f32
                %v1817 = arith.addf %v1816, %v1815 : f32
                llvm.store %v1817, %v39 : f32, !llvm.ptr
                llvm.store %v1692, %v30 : f32, !llvm.ptr
                llvm.store %v1715, %v31 : f32, !llvm.ptr
              }
              %v1818 = arith.addi %v246, %v2 : i64
              %v1819 = arith.cmpi slt, %v1818, %v95 : i64
              %v1820, %v1821 = gpu.shuffle idx %v273, %v57, %v167 : f32
              scf.if %v1819 {
                %v1822 = arith.addi %v93, %v1818 : i64
                %v1823 = arith.muli %v24, %v173 : i64
                %v1824 = arith.muli %v17, %v2 : i64
                %v1825 = arith.addi %v1823, %v1824 : i64
                %v1826 = llvm.getelementptr %in_Cp[%v1825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1827 = llvm.load %v1826 : !llvm.ptr -> f32
                %v1828 = arith.muli %v26, %v194 : i64
                %v1829 = arith.muli %v24, %v193 : i64
                %v1830 = arith.addi %v1828, %v1829 : i64
                %v1831 = arith.muli %v1822, %v2 : i64
                %v1832 = arith.addi %v1830, %v1831 : i64
                %v1833 = llvm.getelementptr %dy_y[%v1832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1834 = llvm.load %v1833 : !llvm.ptr -> f32
                %v1835 = arith.mulf %v1827, %v1834 : f32
                %v1836 = llvm.load %v28 : !llvm.ptr -> f32
                %v1837 = llvm.load %v30 : !llvm.ptr -> f32
                %v1838 = arith.mulf %v1837, %v1836 : f32
                %v1839 = arith.addf %v1835, %v1838 : f32
                llvm.store %v1839, %v28 : f32, !llvm.ptr
                %v1840 = arith.muli %v24, %v173 : i64
                %v1841 = arith.constant 8 : i64
                %v1842 = arith.addi %v1841, %v17 : i64
                %v1843 = arith.muli %v1842, %v2 : i64
                %v1844 = arith.addi %v1840, %v1843 : i64
                %v1845 = llvm.getelementptr %in_Cp[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
                %v1847 = arith.mulf %v1846, %v1834 : f32
                %v1848 = llvm.load %v29 : !llvm.ptr -> f32
                %v1849 = llvm.load %v31 : !llvm.ptr -> f32
                %v1850 = arith.mulf %v1849, %v1848 : f32
                %v1851 = arith.addf %v1847, %v1850 : f32
                llvm.store %v1851, %v29 : f32, !llvm.ptr
                %v1852 = arith.subi %size_L, %v2 : i64
                %v1853 = arith.cmpi eq, %v1822, %v1852 : i64
                scf.if %v1853 {
                }
                %v1854 = arith.muli %v24, %v2 : i64
                %v1855 = llvm.getelementptr %in_Dskip[%v1854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1856 = llvm.load %v1855 : !llvm.ptr -> f32
                %v1857 = arith.mulf %v1856, %v1834 : f32
                %v1858 = arith.muli %v24, %v173 : i64
                %v1859 = arith.muli %v17, %v2 : i64
                %v1860 = arith.addi %v1858, %v1859 : i64
                %v1861 = llvm.getelementptr %in_A_log[%v1860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1862 = llvm.load %v1861 : !llvm.ptr -> f32
                %v1863 = arith.mulf %v1862, %v157 : f32
                %v1864 = llvm.call_intrinsic "llvm.exp2.f32"(%v1863) : (f32) -> f32
                %v1865 = arith.negf %v1864 : f32
                %v1866 = arith.mulf %v1820, %v1865 : f32
                %v1867 = arith.mulf %v1866, %v157 : f32
                %v1868 = llvm.call_intrinsic "llvm.exp2.f32"(%v1867) : (f32) -> f32
                %v1869 = arith.subf %v1868, %v41 : f32
                %v1870 = arith.divf %v1869, %v1865 : f32
                %v1871 = arith.muli %v24, %v173 : i64
                %v1872 = arith.muli %v17, %v2 : i64
                %v1873 = arith.addi %v1871, %v1872 : i64
                %v1874 = llvm.getelementptr %in_Bp[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1875 = llvm.load %v1874 : !llvm.ptr -> f32
                %v1876 = arith.mulf %v1870, %v1875 : f32
                %v1877 = llvm.load %v28 : !llvm.ptr -> f32
                %v1878 = arith.mulf %v1876, %v1877 : f32
                %v1879 = arith.muli %v24, %v173 : i64
                %v1880 = arith.constant 8 : i64
                %v1881 = arith.addi %v1880, %v17 : i64
                %v1882 = arith.muli %v1881, %v2 : i64
                %v1883 = arith.addi %v1879, %v1882 : i64
                %v1884 = llvm.getelementptr %in_A_log[%v1883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1885 = llvm.load %v1884 : !llvm.ptr -> f32
                %v1886 = arith.mulf %v1885, %v157 : f32
                %v1887 = llvm.call_intrinsic "llvm.exp2.f32"(%v1886) : (f32) -> f32
                %v1888 = arith.negf %v1887 : f32
                %v1889 = arith.mulf %v1820, %v1888 : f32
                %v1890 = arith.mulf %v1889, %v157 : f32
                %v1891 = llvm.call_intrinsic "llvm.exp2.f32"(%v1890) : (f32) -> f32
                %v1892 = arith.subf %v1891, %v41 : f32
                %v1893 = arith.divf %v1892, %v1888 : f32
                %v1894 = arith.muli %v24, %v173 : i64
                %v1895 = arith.constant 8 : i64
                %v1896 = arith.addi %v1895, %v17 : i64
                %v1897 = arith.muli %v1896, %v2 : i64
                %v1898 = arith.addi %v1894, %v1897 : i64
                %v1899 = llvm.getelementptr %in_Bp[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1900 = llvm.load %v1899 : !llvm.ptr -> f32
                %v1901 = arith.mulf %v1893, %v1900 : f32
                %v1902 = llvm.load %v29 : !llvm.ptr -> f32
                %v1903 = arith.mulf %v1901, %v1902 : f32
                %v1904 = arith.addf %v1878, %v1903 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1905, %v1906 = gpu.shuffle xor %v1904, %v846, %v167 : f32
                %v1907 = arith.addf %v1904, %v1905 : f32
                %v1908, %v1909 = gpu.shuffle xor %v1907, %v850, %v167 : f32
                %v1910 = arith.addf %v1907, %v1908 : f32
                %v1911, %v1912 = gpu.shuffle xor %v1910, %v854, %v167 : f32
                %v1913 = arith.addf %v1910, %v1911 : f32
                // end sum over the lanes
                %v1914 = arith.addf %v1857, %v1913 : f32
                %v1915 = arith.cmpi eq, %v17, %v42 : i64
                %v1916 = arith.andi %v21, %v1915 : i1
                scf.if %v1916 {
                  %v1917 = arith.muli %v26, %v194 : i64
                  %v1918 = arith.muli %v24, %v193 : i64
                  %v1919 = arith.addi %v1917, %v1918 : i64
                  %v1920 = arith.muli %v1822, %v2 : i64
                  %v1921 = arith.addi %v1919, %v1920 : i64
                  %v1922 = llvm.getelementptr %dx_u[%v1921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1914, %v1922 : f32, !llvm.ptr
                }
                %v1923 = arith.mulf %v307, %v1877 : f32
                %v1924 = arith.muli %v26, %v194 : i64
                %v1925 = arith.muli %v24, %v193 : i64
                %v1926 = arith.addi %v1924, %v1925 : i64
                %v1927 = arith.muli %v1822, %v2 : i64
                %v1928 = arith.addi %v1926, %v1927 : i64
                %v1929 = llvm.getelementptr %in_u[%v1928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1930 = llvm.load %v1929 : !llvm.ptr -> f32
                %v1931 = arith.mulf %v1930, %v1877 : f32
                %v1932 = arith.mulf %v1875, %v1931 : f32
                %v1933 = arith.divf %v1932, %v1865 : f32
                %v1934 = arith.addf %v1923, %v1933 : f32
                %v1935 = arith.mulf %v1865, %v1868 : f32
                %v1936 = arith.mulf %v1934, %v1935 : f32
                %v1937 = arith.mulf %v333, %v1902 : f32
                %v1938 = arith.mulf %v1930, %v1902 : f32
                %v1939 = arith.mulf %v1900, %v1938 : f32
                %v1940 = arith.divf %v1939, %v1888 : f32
                %v1941 = arith.addf %v1937, %v1940 : f32
                %v1942 = arith.mulf %v1888, %v1891 : f32
                %v1943 = arith.mulf %v1941, %v1942 : f32
                %v1944 = arith.addf %v1936, %v1943 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1945, %v1946 = gpu.shuffle xor %v1944, %v846, %v167 : f32
                %v1947 = arith.addf %v1944, %v1945 : f32
                %v1948, %v1949 = gpu.shuffle xor %v1947, %v850, %v167 : f32
                %v1950 = arith.addf %v1947, %v1948 : f32
                %v1951, %v1952 = gpu.shuffle xor %v1950, %v854, %v167 : f32
                %v1953 = arith.addf %v1950, %v1951 : f32
                // end sum over the lanes
                %v1954 = arith.mulf %v1820, %v1953 : f32
                %v1955 = llvm.load %v32 : !llvm.ptr -> f32
                %v1956 = arith.addf %v1955, %v1954 : f32
                llvm.store %v1956, %v32 : f32, !llvm.ptr
                %v1957 = arith.divf %v1870, %v1865 : f32
                %v1958 = arith.mulf %v1875, %v1957 : f32
                %v1959 = arith.mulf %v1931, %v1958 : f32
                %v1960 = arith.negf %v1959 : f32
                %v1961 = arith.mulf %v1820, %v1868 : f32
                %v1962 = arith.mulf %v1934, %v1961 : f32
                %v1963 = arith.addf %v1960, %v1962 : f32
                %v1964 = arith.negf %v1963 : f32
                %v1965 = arith.mulf %v1864, %v1964 : f32
                %v1966 = llvm.load %v33 : !llvm.ptr -> f32
                %v1967 = arith.addf %v1966, %v1965 : f32
                llvm.store %v1967, %v33 : f32, !llvm.ptr
                %v1968 = arith.divf %v1893, %v1888 : f32
                %v1969 = arith.mulf %v1900, %v1968 : f32
                %v1970 = arith.mulf %v1938, %v1969 : f32
                %v1971 = arith.negf %v1970 : f32
                %v1972 = arith.mulf %v1820, %v1891 : f32
                %v1973 = arith.mulf %v1941, %v1972 : f32
                %v1974 = arith.addf %v1971, %v1973 : f32
                %v1975 = arith.negf %v1974 : f32
                %v1976 = arith.mulf %v1887, %v1975 : f32
                %v1977 = llvm.load %v34 : !llvm.ptr -> f32
                %v1978 = arith.addf %v1977, %v1976 : f32
                llvm.store %v1978, %v34 : f32, !llvm.ptr
                %v1979 = arith.mulf %v1870, %v1931 : f32
                %v1980 = llvm.load %v35 : !llvm.ptr -> f32
                %v1981 = arith.addf %v1980, %v1979 : f32
                llvm.store %v1981, %v35 : f32, !llvm.ptr
                %v1982 = arith.mulf %v1893, %v1938 : f32
                %v1983 = llvm.load %v36 : !llvm.ptr -> f32
                %v1984 = arith.addf %v1983, %v1982 : f32
                llvm.store %v1984, %v36 : f32, !llvm.ptr
                %v1985 = arith.mulf %v367, %v1834 : f32
                %v1986 = llvm.load %v37 : !llvm.ptr -> f32
                %v1987 = arith.addf %v1986, %v1985 : f32
                llvm.store %v1987, %v37 : f32, !llvm.ptr
                %v1988 = arith.mulf %v393, %v1834 : f32
                %v1989 = llvm.load %v38 : !llvm.ptr -> f32
                %v1990 = arith.addf %v1989, %v1988 : f32
                llvm.store %v1990, %v38 : f32, !llvm.ptr
                %v1991 = arith.mulf %v1930, %v1834 : f32
                %v1992 = llvm.load %v39 : !llvm.ptr -> f32
                %v1993 = arith.addf %v1992, %v1991 : f32
                llvm.store %v1993, %v39 : f32, !llvm.ptr
                llvm.store %v1868, %v30 : f32, !llvm.ptr
                llvm.store %v1891, %v31 : f32, !llvm.ptr
              }
              %v1994 = arith.addi %v246, %v42 : i64
              %v1995 = arith.cmpi slt, %v1994, %v95 : i64
              %v1996, %v1997 = gpu.shuffle idx %v273, %v53, %v167 : f32
              scf.if %v1995 {
                %v1998 = arith.addi %v93, %v1994 : i64
                %v1999 = arith.muli %v24, %v173 : i64
                %v2000 = arith.muli %v17, %v2 : i64
                %v2001 = arith.addi %v1999, %v2000 : i64
                %v2002 = llvm.getelementptr %in_Cp[%v2001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2003 = llvm.load %v2002 : !llvm.ptr -> f32
                %v2004 = arith.muli %v26, %v194 : i64
                %v2005 = arith.muli %v24, %v193 : i64
                %v2006 = arith.addi %v2004, %v2005 : i64
                %v2007 = arith.muli %v1998, %v2 : i64
                %v2008 = arith.addi %v2006, %v2007 : i64
                %v2009 = llvm.getelementptr %dy_y[%v2008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2010 = llvm.load %v2009 : !llvm.ptr -> f32
                %v2011 = arith.mulf %v2003, %v2010 : f32
                %v2012 = llvm.load %v28 : !llvm.ptr -> f32
                %v2013 = llvm.load %v30 : !llvm.ptr -> f32
                %v2014 = arith.mulf %v2013, %v2012 : f32
                %v2015 = arith.addf %v2011, %v2014 : f32
                llvm.store %v2015, %v28 : f32, !llvm.ptr
                %v2016 = arith.muli %v24, %v173 : i64
                %v2017 = arith.constant 8 : i64
                %v2018 = arith.addi %v2017, %v17 : i64
                %v2019 = arith.muli %v2018, %v2 : i64
                %v2020 = arith.addi %v2016, %v2019 : i64
                %v2021 = llvm.getelementptr %in_Cp[%v2020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2022 = llvm.load %v2021 : !llvm.ptr -> f32
                %v2023 = arith.mulf %v2022, %v2010 : f32
                %v2024 = llvm.load %v29 : !llvm.ptr -> f32
                %v2025 = llvm.load %v31 : !llvm.ptr -> f32
                %v2026 = arith.mulf %v2025, %v2024 : f32
                %v2027 = arith.addf %v2023, %v2026 : f32
                llvm.store %v2027, %v29 : f32, !llvm.ptr
                %v2028 = arith.subi %size_L, %v2 : i64
                %v2029 = arith.cmpi eq, %v1998, %v2028 : i64
                scf.if %v2029 {
                }
                %v2030 = arith.muli %v24, %v2 : i64
                %v2031 = llvm.getelementptr %in_Dskip[%v2030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2032 = llvm.load %v2031 : !llvm.ptr -> f32
                %v2033 = arith.mulf %v2032, %v2010 : f32
                %v2034 = arith.muli %v24, %v173 : i64
                %v2035 = arith.muli %v17, %v2 : i64
                %v2036 = arith.addi %v2034, %v2035 : i64
                %v2037 = llvm.getelementptr %in_A_log[%v2036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2038 = llvm.load %v2037 : !llvm.ptr -> f32
                %v2039 = arith.mulf %v2038, %v157 : f32
                %v2040 = llvm.call_intrinsic "llvm.exp2.f32"(%v2039) : (f32) -> f32
                %v2041 = arith.negf %v2040 : f32
                %v2042 = arith.mulf %v1996, %v2041 : f32
                %v2043 = arith.mulf %v2042, %v157 : f32
                %v2044 = llvm.call_intrinsic "llvm.exp2.f32"(%v2043) : (f32) -> f32
                %v2045 = arith.subf %v2044, %v41 : f32
                %v2046 = arith.divf %v2045, %v2041 : f32
                %v2047 = arith.muli %v24, %v173 : i64
                %v2048 = arith.muli %v17, %v2 : i64
                %v2049 = arith.addi %v2047, %v2048 : i64
                %v2050 = llvm.getelementptr %in_Bp[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2051 = llvm.load %v2050 : !llvm.ptr -> f32
                %v2052 = arith.mulf %v2046, %v2051 : f32
                %v2053 = llvm.load %v28 : !llvm.ptr -> f32
                %v2054 = arith.mulf %v2052, %v2053 : f32
                %v2055 = arith.muli %v24, %v173 : i64
                %v2056 = arith.constant 8 : i64
                %v2057 = arith.addi %v2056, %v17 : i64
                %v2058 = arith.muli %v2057, %v2 : i64
                %v2059 = arith.addi %v2055, %v2058 : i64
                %v2060 = llvm.getelementptr %in_A_log[%v2059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2061 = llvm.load %v2060 : !llvm.ptr -> f32
                %v2062 = arith.mulf %v2061, %v157 : f32
                %v2063 = llvm.call_intrinsic "llvm.exp2.f32"(%v2062) : (f32) -> f32
                %v2064 = arith.negf %v2063 : f32
                %v2065 = arith.mulf %v1996, %v2064 : f32
                %v2066 = arith.mulf %v2065, %v157 : f32
                %v2067 = llvm.call_intrinsic "llvm.exp2.f32"(%v2066) : (f32) -> f32
                %v2068 = arith.subf %v2067, %v41 : f32
                %v2069 = arith.divf %v2068, %v2064 : f32
                %v2070 = arith.muli %v24, %v173 : i64
                %v2071 = arith.constant 8 : i64
                %v2072 = arith.addi %v2071, %v17 : i64
                %v2073 = arith.muli %v2072, %v2 : i64
                %v2074 = arith.addi %v2070, %v2073 : i64
                %v2075 = llvm.getelementptr %in_Bp[%v2074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2076 = llvm.load %v2075 : !llvm.ptr -> f32
                %v2077 = arith.mulf %v2069, %v2076 : f32
                %v2078 = llvm.load %v29 : !llvm.ptr -> f32
                %v2079 = arith.mulf %v2077, %v2078 : f32
                %v2080 = arith.addf %v2054, %v2079 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2081, %v2082 = gpu.shuffle xor %v2080, %v846, %v167 : f32
                %v2083 = arith.addf %v2080, %v2081 : f32
                %v2084, %v2085 = gpu.shuffle xor %v2083, %v850, %v167 : f32
                %v2086 = arith.addf %v2083, %v2084 : f32
                %v2087, %v2088 = gpu.shuffle xor %v2086, %v854, %v167 : f32
                %v2089 = arith.addf %v2086, %v2087 : f32
                // end sum over the lanes
                %v2090 = arith.addf %v2033, %v2089 : f32
                %v2091 = arith.cmpi eq, %v17, %v42 : i64
                %v2092 = arith.andi %v21, %v2091 : i1
                scf.if %v2092 {
                  %v2093 = arith.muli %v26, %v194 : i64
                  %v2094 = arith.muli %v24, %v193 : i64
                  %v2095 = arith.addi %v2093, %v2094 : i64
                  %v2096 = arith.muli %v1998, %v2 : i64
                  %v2097 = arith.addi %v2095, %v2096 : i64
                  %v2098 = llvm.getelementptr %dx_u[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2090, %v2098 : f32, !llvm.ptr
                }
                %v2099 = arith.mulf %v256, %v2053 : f32
                %v2100 = arith.muli %v26, %v194 : i64
                %v2101 = arith.muli %v24, %v193 : i64
                %v2102 = arith.addi %v2100, %v2101 : i64
                %v2103 = arith.muli %v1998, %v2 : i64
                %v2104 = arith.addi %v2102, %v2103 : i64
                %v2105 = llvm.getelementptr %in_u[%v2104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2106 = llvm.load %v2105 : !llvm.ptr -> f32
                %v2107 = arith.mulf %v2106, %v2053 : f32
                %v2108 = arith.mulf %v2051, %v2107 : f32
                %v2109 = arith.divf %v2108, %v2041 : f32
                %v2110 = arith.addf %v2099, %v2109 : f32
                %v2111 = arith.mulf %v2041, %v2044 : f32
                %v2112 = arith.mulf %v2110, %v2111 : f32
                %v2113 = arith.mulf %v265, %v2078 : f32
                %v2114 = arith.mulf %v2106, %v2078 : f32
                %v2115 = arith.mulf %v2076, %v2114 : f32
                %v2116 = arith.divf %v2115, %v2064 : f32
                %v2117 = arith.addf %v2113, %v2116 : f32
                %v2118 = arith.mulf %v2064, %v2067 : f32
                %v2119 = arith.mulf %v2117, %v2118 : f32
                %v2120 = arith.addf %v2112, %v2119 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2121, %v2122 = gpu.shuffle xor %v2120, %v846, %v167 : f32
                %v2123 = arith.addf %v2120, %v2121 : f32
                %v2124, %v2125 = gpu.shuffle xor %v2123, %v850, %v167 : f32
                %v2126 = arith.addf %v2123, %v2124 : f32
                %v2127, %v2128 = gpu.shuffle xor %v2126, %v854, %v167 : f32
                %v2129 = arith.addf %v2126, %v2127 : f32
                // end sum over the lanes
                %v2130 = arith.mulf %v1996, %v2129 : f32
                %v2131 = llvm.load %v32 : !llvm.ptr -> f32
                %v2132 = arith.addf %v2131, %v2130 : f32
                llvm.store %v2132, %v32 : f32, !llvm.ptr
                %v2133 = arith.divf %v2046, %v2041 : f32
                %v2134 = arith.mulf %v2051, %v2133 : f32
                %v2135 = arith.mulf %v2107, %v2134 : f32
                %v2136 = arith.negf %v2135 : f32
                %v2137 = arith.mulf %v1996, %v2044 : f32
                %v2138 = arith.mulf %v2110, %v2137 : f32
                %v2139 = arith.addf %v2136, %v2138 : f32
                %v2140 = arith.negf %v2139 : f32
                %v2141 = arith.mulf %v2040, %v2140 : f32
                %v2142 = llvm.load %v33 : !llvm.ptr -> f32
                %v2143 = arith.addf %v2142, %v2141 : f32
                llvm.store %v2143, %v33 : f32, !llvm.ptr
                %v2144 = arith.divf %v2069, %v2064 : f32
                %v2145 = arith.mulf %v2076, %v2144 : f32
                %v2146 = arith.mulf %v2114, %v2145 : f32
                %v2147 = arith.negf %v2146 : f32
                %v2148 = arith.mulf %v1996, %v2067 : f32
                %v2149 = arith.mulf %v2117, %v2148 : f32
                %v2150 = arith.addf %v2147, %v2149 : f32
                %v2151 = arith.negf %v2150 : f32
                %v2152 = arith.mulf %v2063, %v2151 : f32
                %v2153 = llvm.load %v34 : !llvm.ptr -> f32
                %v2154 = arith.addf %v2153, %v2152 : f32
                llvm.store %v2154, %v34 : f32, !llvm.ptr
                %v2155 = arith.mulf %v2046, %v2107 : f32
                %v2156 = llvm.load %v35 : !llvm.ptr -> f32
                %v2157 = arith.addf %v2156, %v2155 : f32
                llvm.store %v2157, %v35 : f32, !llvm.ptr
                %v2158 = arith.mulf %v2069, %v2114 : f32
                %v2159 = llvm.load %v36 : !llvm.ptr -> f32
                %v2160 = arith.addf %v2159, %v2158 : f32
                llvm.store %v2160, %v36 : f32, !llvm.ptr
                %v2161 = arith.mulf %v307, %v2010 : f32
                %v2162 = llvm.load %v37 : !llvm.ptr -> f32
                %v2163 = arith.addf %v2162, %v2161 : f32
                llvm.store %v2163, %v37 : f32, !llvm.ptr
                %v2164 = arith.mulf %v333, %v2010 : f32
                %v2165 = llvm.load %v38 : !llvm.ptr -> f32
                %v2166 = arith.addf %v2165, %v2164 : f32
                llvm.store %v2166, %v38 : f32, !llvm.ptr
                %v2167 = arith.mulf %v2106, %v2010 : f32
                %v2168 = llvm.load %v39 : !llvm.ptr -> f32
                %v2169 = arith.addf %v2168, %v2167 : f32
                llvm.store %v2169, %v39 : f32, !llvm.ptr
                llvm.store %v2044, %v30 : f32, !llvm.ptr
                llvm.store %v2067, %v31 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v2170 = arith.constant true
      scf.if %v2170 {
      }
      %v2171 = arith.cmpi eq, %v17, %v42 : i64
      %v2172 = arith.andi %v21, %v2171 : i1
      scf.if %v2172 {
        %v2173 = llvm.load %v32 : !llvm.ptr -> f32
        %v2174 = arith.muli %v20, %v2 : i64
        %v2175 = arith.addi %v2174, %v42 : i64
        %v2176 = llvm.getelementptr %part_log_dt[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2173, %v2176 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v2177 = llvm.load %v33 : !llvm.ptr -> f32
        %v2178 = arith.addi %v42, %v17 : i64
        %v2179 = arith.muli %v20, %v1 : i64
        %v2180 = arith.addi %v2179, %v2178 : i64
        %v2181 = llvm.getelementptr %part_A_log[%v2180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2177, %v2181 : f32, !llvm.ptr
        %v2182 = llvm.load %v34 : !llvm.ptr -> f32
        %v2183 = arith.addi %v16, %v17 : i64
        %v2184 = arith.muli %v20, %v1 : i64
        %v2185 = arith.addi %v2184, %v2183 : i64
        %v2186 = llvm.getelementptr %part_A_log[%v2185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2182, %v2186 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v2187 = llvm.load %v35 : !llvm.ptr -> f32
        %v2188 = arith.addi %v42, %v17 : i64
        %v2189 = arith.muli %v20, %v1 : i64
        %v2190 = arith.addi %v2189, %v2188 : i64
        %v2191 = llvm.getelementptr %part_Bp[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2187, %v2191 : f32, !llvm.ptr
        %v2192 = llvm.load %v36 : !llvm.ptr -> f32
        %v2193 = arith.addi %v16, %v17 : i64
        %v2194 = arith.muli %v20, %v1 : i64
        %v2195 = arith.addi %v2194, %v2193 : i64
        %v2196 = llvm.getelementptr %part_Bp[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2192, %v2196 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v2197 = llvm.load %v37 : !llvm.ptr -> f32
        %v2198 = arith.addi %v42, %v17 : i64
        %v2199 = arith.muli %v20, %v1 : i64
        %v2200 = arith.addi %v2199, %v2198 : i64
        %v2201 = llvm.getelementptr %part_Cp[%v2200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2197, %v2201 : f32, !llvm.ptr
        %v2202 = llvm.load %v38 : !llvm.ptr -> f32
        %v2203 = arith.addi %v16, %v17 : i64
        %v2204 = arith.muli %v20, %v1 : i64
        %v2205 = arith.addi %v2204, %v2203 : i64
        %v2206 = llvm.getelementptr %part_Cp[%v2205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2202, %v2206 : f32, !llvm.ptr
      }
      %v2207 = arith.cmpi eq, %v17, %v42 : i64
      %v2208 = arith.andi %v21, %v2207 : i1
      scf.if %v2208 {
        %v2209 = llvm.load %v39 : !llvm.ptr -> f32
        %v2210 = arith.muli %v20, %v2 : i64
        %v2211 = arith.addi %v2210, %v42 : i64
        %v2212 = llvm.getelementptr %part_Dskip[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2209, %v2212 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
