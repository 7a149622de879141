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
      %v97 = arith.muli %v2, %size_B : i64
      %v98 = arith.muli %v97, %size_D : i64
      %v99 = arith.muli %v98, %v1 : i64
      %v101 = arith.muli %v2, %v1 : i64
      %v102 = arith.muli %v101, %size_D : i64
      %v111 = arith.muli %v2, %size_B : i64
      %v112 = arith.muli %v111, %size_D : i64
      %v113 = arith.muli %v112, %v1 : i64
      %v155 = arith.constant 0x3FB8AA3B : f32
      %v165 = arith.constant 32 : i32
      %v171 = arith.muli %v2, %v1 : i64
      %v191 = arith.muli %v2, %size_L : i64
      %v192 = arith.muli %v191, %size_D : i64
      %v392 = arith.constant 2 : i64
      %v453 = arith.constant 3 : i64
      %v514 = arith.constant 4 : i64
      %v575 = arith.constant 5 : i64
      %v636 = arith.constant 6 : i64
      %v844 = arith.constant 1 : i32
      %v848 = arith.constant 2 : i32
      %v852 = arith.constant 4 : i32
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
      %v84 = arith.index_cast %v42 : i64 to index
      %v85 = arith.index_cast %v48 : i64 to index
      %v86 = arith.index_cast %v2 : i64 to index
      scf.for %v87 = %v84 to %v85 step %v86 {
        %v88 = arith.index_cast %v87 : index to i64
        %v89 = arith.subi %v48, %v2 : i64
        %v90 = arith.subi %v89, %v88 : i64
        %v91 = arith.muli %v90, %v44 : i64
        %v92 = arith.subi %size_L, %v91 : i64
        %v93 = arith.minsi %v92, %v44 : i64
        %v94 = arith.subi %v93, %v2 : i64
        %v95 = arith.addi %v93, %v45 : i64
        %v96 = arith.divui %v95, %v16 : i64
        %v100 = arith.muli %v90, %v99 : i64
        %v103 = arith.muli %v26, %v102 : i64
        %v104 = arith.muli %v24, %v101 : i64
        %v105 = arith.addi %v103, %v104 : i64
        %v106 = arith.muli %v17, %v2 : i64
        %v107 = arith.addi %v105, %v106 : i64
        %v108 = arith.addi %v100, %v107 : i64
        %v109 = llvm.getelementptr %ckpt_h[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v110 = llvm.load %v109 : !llvm.ptr -> f32
        llvm.store %v110, %v7 : f32, !llvm.ptr
        %v114 = arith.muli %v90, %v113 : i64
        %v115 = arith.muli %v26, %v102 : i64
        %v116 = arith.muli %v24, %v101 : i64
        %v117 = arith.addi %v115, %v116 : i64
        %v118 = arith.constant 8 : i64
        %v119 = arith.addi %v118, %v17 : i64
        %v120 = arith.muli %v119, %v2 : i64
        %v121 = arith.addi %v117, %v120 : i64
        %v122 = arith.addi %v114, %v121 : i64
        %v123 = llvm.getelementptr %ckpt_h[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v124 = llvm.load %v123 : !llvm.ptr -> f32
        llvm.store %v124, %v8 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v125 = arith.index_cast %v42 : i64 to index
        %v126 = arith.index_cast %v96 : i64 to index
        %v127 = arith.index_cast %v2 : i64 to index
        scf.for %v128 = %v125 to %v126 step %v127 {
          %v129 = arith.index_cast %v128 : index to i64
          scf.if %v21 {
            %v130 = llvm.load %v7 : !llvm.ptr -> f32
            %v131 = arith.muli %v129, %v4 : i64
            %v132 = arith.subi %v4, %v2 : i64
            %v133 = arith.minsi %v20, %v132 : i64
            %v134 = arith.addi %v131, %v133 : i64
            %v135 = arith.muli %v134, %v1 : i64
            %v136 = arith.addi %v135, %v42 : i64
            %v137 = arith.addi %v136, %v17 : i64
            %v138 = llvm.getelementptr %scratch_h[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v130, %v138 : f32, !llvm.ptr
            %v139 = llvm.load %v8 : !llvm.ptr -> f32
            %v140 = arith.muli %v129, %v4 : i64
            %v141 = arith.subi %v4, %v2 : i64
            %v142 = arith.minsi %v20, %v141 : i64
            %v143 = arith.addi %v140, %v142 : i64
            %v144 = arith.muli %v143, %v1 : i64
            %v145 = arith.addi %v144, %v16 : i64
            %v146 = arith.addi %v145, %v17 : i64
            %v147 = llvm.getelementptr %scratch_h[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v139, %v147 : f32, !llvm.ptr
          }
          %v148 = arith.muli %v129, %v16 : i64
          %v149 = arith.addi %v148, %v17 : i64
          %v150 = arith.minsi %v149, %v94 : i64
          %v151 = arith.addi %v91, %v150 : i64
          %v152 = arith.muli %v24, %v2 : i64
          %v153 = llvm.getelementptr %in_log_dt[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v154 = llvm.load %v153 : !llvm.ptr -> f32
          %v156 = arith.mulf %v154, %v155 : f32
          %v157 = llvm.call_intrinsic "llvm.exp2.f32"(%v156) : (f32) -> f32
          %v158 = arith.index_cast %v42 : i64 to index
          %v159 = arith.index_cast %v16 : i64 to index
          %v160 = arith.index_cast %v2 : i64 to index
          scf.for %v161 = %v158 to %v159 step %v160 {
            %v162 = arith.index_cast %v161 : index to i64
            %v163 = arith.trunci %v162 : i64 to i32
            %v164 = arith.ori %v53, %v163 : i32
            %v166, %v167 = gpu.shuffle idx %v157, %v164, %v165 : f32
            %v168 = arith.addi %v148, %v162 : i64
            %v169 = arith.cmpi slt, %v168, %v93 : i64
            scf.if %v169 {
              %v170 = arith.addi %v91, %v168 : i64
              %v172 = arith.muli %v24, %v171 : i64
              %v173 = arith.muli %v17, %v2 : i64
              %v174 = arith.addi %v172, %v173 : i64
              %v175 = llvm.getelementptr %in_A_log[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v176 = llvm.load %v175 : !llvm.ptr -> f32
              %v177 = arith.mulf %v176, %v155 : f32
              %v178 = llvm.call_intrinsic "llvm.exp2.f32"(%v177) : (f32) -> f32
              %v179 = arith.negf %v178 : f32
              %v180 = arith.mulf %v166, %v179 : f32
              %v181 = arith.mulf %v180, %v155 : f32
              %v182 = llvm.call_intrinsic "llvm.exp2.f32"(%v181) : (f32) -> f32
              %v183 = arith.subf %v182, %v41 : f32
              %v184 = arith.divf %v183, %v179 : f32
              %v185 = arith.muli %v24, %v171 : i64
              %v186 = arith.muli %v17, %v2 : i64
              %v187 = arith.addi %v185, %v186 : i64
              %v188 = llvm.getelementptr %in_Bp[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v189 = llvm.load %v188 : !llvm.ptr -> f32
              %v190 = arith.mulf %v184, %v189 : f32
              %v193 = arith.muli %v26, %v192 : i64
              %v194 = arith.muli %v24, %v191 : i64
              %v195 = arith.addi %v193, %v194 : i64
              %v196 = arith.muli %v170, %v2 : i64
              %v197 = arith.addi %v195, %v196 : i64
              %v198 = llvm.getelementptr %in_u[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v199 = llvm.load %v198 : !llvm.ptr -> f32
              %v200 = arith.mulf %v190, %v199 : f32
              %v201 = llvm.load %v7 : !llvm.ptr -> f32
              %v202 = arith.mulf %v182, %v201 : f32
              %v203 = arith.addf %v202, %v200 : f32
              llvm.store %v203, %v7 : f32, !llvm.ptr
              %v204 = arith.muli %v24, %v171 : i64
              %v205 = arith.constant 8 : i64
              %v206 = arith.addi %v205, %v17 : i64
              %v207 = arith.muli %v206, %v2 : i64
              %v208 = arith.addi %v204, %v207 : i64
              %v209 = llvm.getelementptr %in_A_log[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v210 = llvm.load %v209 : !llvm.ptr -> f32
              %v211 = arith.mulf %v210, %v155 : f32
              %v212 = llvm.call_intrinsic "llvm.exp2.f32"(%v211) : (f32) -> f32
              %v213 = arith.negf %v212 : f32
              %v214 = arith.mulf %v166, %v213 : f32
              %v215 = arith.mulf %v214, %v155 : f32
              %v216 = llvm.call_intrinsic "llvm.exp2.f32"(%v215) : (f32) -> f32
              %v217 = arith.subf %v216, %v41 : f32
              %v218 = arith.divf %v217, %v213 : f32
              %v219 = arith.muli %v24, %v171 : i64
              %v220 = arith.constant 8 : i64
              %v221 = arith.addi %v220, %v17 : i64
              %v222 = arith.muli %v221, %v2 : i64
              %v223 = arith.addi %v219, %v222 : i64
              %v224 = llvm.getelementptr %in_Bp[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v225 = llvm.load %v224 : !llvm.ptr -> f32
              %v226 = arith.mulf %v218, %v225 : f32
              %v227 = arith.mulf %v226, %v199 : f32
              %v228 = llvm.load %v8 : !llvm.ptr -> f32
              %v229 = arith.mulf %v216, %v228 : f32
              %v230 = arith.addf %v229, %v227 : f32
              llvm.store %v230, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v231 = arith.index_cast %v42 : i64 to index
        %v232 = arith.index_cast %v2 : i64 to index
        %v233 = arith.index_cast %v2 : i64 to index
        scf.for %v234 = %v231 to %v232 step %v233 {
          %v235 = arith.index_cast %v234 : index to i64
          %v236 = arith.index_cast %v42 : i64 to index
          %v237 = arith.index_cast %v96 : i64 to index
          %v238 = arith.index_cast %v2 : i64 to index
          scf.for %v239 = %v236 to %v237 step %v238 {
            %v240 = arith.index_cast %v239 : index to i64
            %v241 = arith.cmpi slt, %v240, %v96 : i64
            scf.if %v241 {
              %v242 = arith.subi %v96, %v2 : i64
              %v243 = arith.subi %v242, %v240 : i64
              %v244 = arith.muli %v243, %v16 : i64
              %v245 = arith.subi %v93, %v2 : i64
              %v246 = arith.muli %v243, %v4 : i64
              %v247 = arith.subi %v4, %v2 : i64
              %v248 = arith.minsi %v20, %v247 : i64
              %v249 = arith.addi %v246, %v248 : i64
              %v250 = arith.muli %v249, %v1 : i64
              %v251 = arith.addi %v250, %v42 : i64
              %v252 = arith.addi %v251, %v17 : i64
              %v253 = llvm.getelementptr %scratch_h[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v254 = llvm.load %v253 : !llvm.ptr -> f32
              %v255 = arith.muli %v243, %v4 : i64
              %v256 = arith.subi %v4, %v2 : i64
              %v257 = arith.minsi %v20, %v256 : i64
              %v258 = arith.addi %v255, %v257 : i64
              %v259 = arith.muli %v258, %v1 : i64
              %v260 = arith.addi %v259, %v16 : i64
              %v261 = arith.addi %v260, %v17 : i64
              %v262 = llvm.getelementptr %scratch_h[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v263 = llvm.load %v262 : !llvm.ptr -> f32
              %v264 = arith.addi %v244, %v17 : i64
              %v265 = arith.minsi %v264, %v245 : i64
              %v266 = arith.addi %v91, %v265 : i64
              %v267 = arith.muli %v24, %v2 : i64
              %v268 = llvm.getelementptr %in_log_dt[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v269 = llvm.load %v268 : !llvm.ptr -> f32
              %v270 = arith.mulf %v269, %v155 : f32
              %v271 = llvm.call_intrinsic "llvm.exp2.f32"(%v270) : (f32) -> f32
              // the group's states, recomputed into registers
              %v272 = arith.addi %v244, %v42 : i64
              %v273 = arith.minsi %v272, %v245 : i64
              %v274 = arith.addi %v91, %v273 : i64
              %v275, %v276 = gpu.shuffle idx %v271, %v53, %v165 : f32
              %v277 = arith.muli %v24, %v171 : i64
              %v278 = arith.muli %v17, %v2 : i64
              %v279 = arith.addi %v277, %v278 : i64
              %v280 = llvm.getelementptr %in_A_log[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v281 = llvm.load %v280 : !llvm.ptr -> f32
              %v282 = arith.mulf %v281, %v155 : f32
              %v283 = llvm.call_intrinsic "llvm.exp2.f32"(%v282) : (f32) -> f32
              %v284 = arith.negf %v283 : f32
              %v285 = arith.mulf %v275, %v284 : f32
              %v286 = arith.mulf %v285, %v155 : f32
              %v287 = llvm.call_intrinsic "llvm.exp2.f32"(%v286) : (f32) -> f32
              %v288 = arith.subf %v287, %v41 : f32
              %v289 = arith.divf %v288, %v284 : f32
              %v290 = arith.muli %v24, %v171 : i64
              %v291 = arith.muli %v17, %v2 : i64
              %v292 = arith.addi %v290, %v291 : i64
              %v293 = llvm.getelementptr %in_Bp[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v294 = llvm.load %v293 : !llvm.ptr -> f32
              %v295 = arith.mulf %v289, %v294 : f32
              %v296 = arith.muli %v26, %v192 : i64
              %v297 = arith.muli %v24, %v191 : i64
              %v298 = arith.addi %v296, %v297 : i64
              %v299 = arith.muli %v274, %v2 : i64
              %v300 = arith.addi %v298, %v299 : i64
              %v301 = llvm.getelementptr %in_u[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v302 = llvm.load %v301 : !llvm.ptr -> f32
              %v303 = arith.mulf %v295, %v302 : f32
              %v304 = arith.mulf %v287, %v254 : f32
              %v305 = arith.addf %v304, %v303 : f32
              %v306 = arith.muli %v24, %v171 : i64
              %v307 = arith.constant 8 : i64
              %v308 = arith.addi %v307, %v17 : i64
              %v309 = arith.muli %v308, %v2 : i64
              %v310 = arith.addi %v306, %v309 : i64
              %v311 = llvm.getelementptr %in_A_log[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v312 = llvm.load %v311 : !llvm.ptr -> f32
              %v313 = arith.mulf %v312, %v155 : f32
              %v314 = llvm.call_intrinsic "llvm.exp2.f32"(%v313) : (f32) -> f32
              %v315 = arith.negf %v314 : f32
              %v316 = arith.mulf %v275, %v315 : f32
              %v317 = arith.mulf %v316, %v155 : f32
              %v318 = llvm.call_intrinsic "llvm.exp2.f32"(%v317) : (f32) -> f32
              %v319 = arith.subf %v318, %v41 : f32
              %v320 = arith.divf %v319, %v315 : f32
              %v321 = arith.muli %v24, %v171 : i64
              %v322 = arith.constant 8 : i64
              %v323 = arith.addi %v322, %v17 : i64
              %v324 = arith.muli %v323, %v2 : i64
              %v325 = arith.addi %v321, %v324 : i64
              %v326 = llvm.getelementptr %in_Bp[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v327 = llvm.load %v326 : !llvm.ptr -> f32
              %v328 = arith.mulf %v320, %v327 : f32
              %v329 = arith.mulf %v328, %v302 : f32
              %v330 = arith.mulf %v318, %v263 : f32
              %v331 = arith.addf %v330, %v329 : f32
              %v332 = arith.addi %v244, %v2 : i64
              %v333 = arith.minsi %v332, %v245 : i64
              %v334 = arith.addi %v91, %v333 : i64
              %v335, %v336 = gpu.shuffle idx %v271, %v57, %v165 : f32
              %v337 = arith.muli %v24, %v171 : i64
              %v338 = arith.muli %v17, %v2 : i64
              %v339 = arith.addi %v337, %v338 : i64
              %v340 = llvm.getelementptr %in_A_log[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v341 = llvm.load %v340 : !llvm.ptr -> f32
              %v342 = arith.mulf %v341, %v155 : f32
              %v343 = llvm.call_intrinsic "llvm.exp2.f32"(%v342) : (f32) -> f32
              %v344 = arith.negf %v343 : f32
              %v345 = arith.mulf %v335, %v344 : f32
              %v346 = arith.mulf %v345, %v155 : f32
              %v347 = llvm.call_intrinsic "llvm.exp2.f32"(%v346) : (f32) -> f32
              %v348 = arith.subf %v347, %v41 : f32
              %v349 = arith.divf %v348, %v344 : f32
              %v350 = arith.muli %v24, %v171 : i64
              %v351 = arith.muli %v17, %v2 : i64
              %v352 = arith.addi %v350, %v351 : i64
              %v353 = llvm.getelementptr %in_Bp[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v354 = llvm.load %v353 : !llvm.ptr -> f32
              %v355 = arith.mulf %v349, %v354 : f32
              %v356 = arith.muli %v26, %v192 : i64
              %v357 = arith.muli %v24, %v191 : i64
              %v358 = arith.addi %v356, %v357 : i64
              %v359 = arith.muli %v334, %v2 : i64
              %v360 = arith.addi %v358, %v359 : i64
              %v361 = llvm.getelementptr %in_u[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v362 = llvm.load %v361 : !llvm.ptr -> f32
              %v363 = arith.mulf %v355, %v362 : f32
              %v364 = arith.mulf %v347, %v305 : f32
              %v365 = arith.addf %v364, %v363 : f32
              %v366 = arith.muli %v24, %v171 : i64
              %v367 = arith.constant 8 : i64
              %v368 = arith.addi %v367, %v17 : i64
              %v369 = arith.muli %v368, %v2 : i64
              %v370 = arith.addi %v366, %v369 : i64
              %v371 = llvm.getelementptr %in_A_log[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v372 = llvm.load %v371 : !llvm.ptr -> f32
              %v373 = arith.mulf %v372, %v155 : f32
              %v374 = llvm.call_intrinsic "llvm.exp2.f32"(%v373) : (f32) -> f32
              %v375 = arith.negf %v374 : f32
              %v376 = arith.mulf %v335, %v375 : f32
              %v377 = arith.mulf %v376, %v155 : f32
              %v378 = llvm.call_intrinsic "llvm.exp2.f32"(%v377) : (f32) -> f32
              %v379 = arith.subf %v378, %v41 : f32
              %v380 = arith.divf %v379, %v375 : f32
              %v381 = arith.muli %v24, %v171 : i64
              %v382 = arith.constant 8 : i64
              %v383 = arith.addi %v382, %v17 : i64
              %v384 = arith.muli %v383, %v2 : i64
              %v385 = arith.addi %v381, %v384 : i64
              %v386 = llvm.getelementptr %in_Bp[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v387 = llvm.load %v386 : !llvm.ptr -> f32
              %v388 = arith.mulf %v380, %v387 : f32
              %v389 = arith.mulf %v388, %v362 : f32
              %v390 = arith.mulf %v378, %v331 : f32
              %v391 = arith.addf %v390, %v389 : f32
              %v393 = arith.addi %v244, %v392 : i64
              %v394 = arith.minsi %v393, %v245 : i64
              %v395 = arith.addi %v91, %v394 : i64
              %v396, %v397 = gpu.shuffle idx %v271, %v61, %v165 : f32
              %v398 = arith.muli %v24, %v171 : i64
              %v399 = arith.muli %v17, %v2 : i64
              %v400 = arith.addi %v398, %v399 : i64
              %v401 = llvm.getelementptr %in_A_log[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v402 = llvm.load %v401 : !llvm.ptr -> f32
              %v403 = arith.mulf %v402, %v155 : f32
              %v404 = llvm.call_intrinsic "llvm.exp2.f32"(%v403) : (f32) -> f32
              %v405 = arith.negf %v404 : f32
              %v406 = arith.mulf %v396, %v405 : f32
              %v407 = arith.mulf %v406, %v155 : f32
              %v408 = llvm.call_intrinsic "llvm.exp2.f32"(%v407) : (f32) -> f32
              %v409 = arith.subf %v408, %v41 : f32
              %v410 = arith.divf %v409, %v405 : f32
              %v411 = arith.muli %v24, %v171 : i64
              %v412 = arith.muli %v17, %v2 : i64
              %v413 = arith.addi %v411, %v412 : i64
              %v414 = llvm.getelementptr %in_Bp[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v415 = llvm.load %v414 : !llvm.ptr -> f32
              %v416 = arith.mulf %v410, %v415 : f32
              %v417 = arith.muli %v26, %v192 : i64
              %v418 = arith.muli %v24, %v191 : i64
              %v419 = arith.addi %v417, %v418 : i64
              %v420 = arith.muli %v395, %v2 : i64
              %v421 = arith.addi %v419, %v420 : i64
              %v422 = llvm.getelementptr %in_u[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v423 = llvm.load %v422 : !llvm.ptr -> f32
              %v424 = arith.mulf %v416, %v423 : f32
              %v425 = arith.mulf %v408, %v365 : f32
              %v426 = arith.addf %v425, %v424 : f32
              %v427 = arith.muli %v24, %v171 : i64
              %v428 = arith.constant 8 : i64
              %v429 = arith.addi %v428, %v17 : i64
              %v430 = arith.muli %v429, %v2 : i64
              %v431 = arith.addi %v427, %v430 : i64
              %v432 = llvm.getelementptr %in_A_log[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v433 = llvm.load %v432 : !llvm.ptr -> f32
              %v434 = arith.mulf %v433, %v155 : f32
              %v435 = llvm.call_intrinsic "llvm.exp2.f32"(%v434) : (f32) -> f32
              %v436 = arith.negf %v435 : f32
              %v437 = arith.mulf %v396, %v436 : f32
              %v438 = arith.mulf %v437, %v155 : f32
              %v439 = llvm.call_intrinsic "llvm.exp2.f32"(%v438) : (f32) -> f32
              %v440 = arith.subf %v439, %v41 : f32
              %v441 = arith.divf %v440, %v436 : f32
              %v442 = arith.muli %v24, %v171 : i64
              %v443 = arith.constant 8 : i64
              %v444 = arith.addi %v443, %v17 : i64
              %v445 = arith.muli %v444, %v2 : i64
              %v446 = arith.addi %v442, %v445 : i64
              %v447 = llvm.getelementptr %in_Bp[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v448 = llvm.load %v447 : !llvm.ptr -> f32
              %v449 = arith.mulf %v441, %v448 : f32
              %v450 = arith.mulf %v449, %v423 : f32
              %v451 = arith.mulf %v439, %v391 : f32
              %v452 = arith.addf %v451, %v450 : f32
              %v454 = arith.addi %v244, %v453 : i64
              %v455 = arith.minsi %v454, %v245 : i64
              %v456 = arith.addi %v91, %v455 : i64
              %v457, %v458 = gpu.shuffle idx %v271, %v65, %v165 : f32
              %v459 = arith.muli %v24, %v171 : i64
              %v460 = arith.muli %v17, %v2 : i64
              %v461 = arith.addi %v459, %v460 : i64
              %v462 = llvm.getelementptr %in_A_log[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v463 = llvm.load %v462 : !llvm.ptr -> f32
              %v464 = arith.mulf %v463, %v155 : f32
              %v465 = llvm.call_intrinsic "llvm.exp2.f32"(%v464) : (f32) -> f32
              %v466 = arith.negf %v465 : f32
              %v467 = arith.mulf %v457, %v466 : f32
              %v468 = arith.mulf %v467, %v155 : f32
              %v469 = llvm.call_intrinsic "llvm.exp2.f32"(%v468) : (f32) -> f32
              %v470 = arith.subf %v469, %v41 : f32
              %v471 = arith.divf %v470, %v466 : f32
              %v472 = arith.muli %v24, %v171 : i64
              %v473 = arith.muli %v17, %v2 : i64
              %v474 = arith.addi %v472, %v473 : i64
              %v475 = llvm.getelementptr %in_Bp[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v476 = llvm.load %v475 : !llvm.ptr -> f32
              %v477 = arith.mulf %v471, %v476 : f32
              %v478 = arith.muli %v26, %v192 : i64
              %v479 = arith.muli %v24, %v191 : i64
              %v480 = arith.addi %v478, %v479 : i64
              %v481 = arith.muli %v456, %v2 : i64
              %v482 = arith.addi %v480, %v481 : i64
              %v483 = llvm.getelementptr %in_u[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v484 = llvm.load %v483 : !llvm.ptr -> f32
              %v485 = arith.mulf %v477, %v484 : f32
              %v486 = arith.mulf %v469, %v426 : f32
              %v487 = arith.addf %v486, %v485 : f32
              %v488 = arith.muli %v24, %v171 : i64
              %v489 = arith.constant 8 : i64
              %v490 = arith.addi %v489, %v17 : i64
              %v491 = arith.muli %v490, %v2 : i64
              %v492 = arith.addi %v488, %v491 : i64
              %v493 = llvm.getelementptr %in_A_log[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v494 = llvm.load %v493 : !llvm.ptr -> f32
              %v495 = arith.mulf %v494, %v155 : f32
              %v496 = llvm.call_intrinsic "llvm.exp2.f32"(%v495) : (f32) -> f32
              %v497 = arith.negf %v496 : f32
              %v498 = arith.mulf %v457, %v497 : f32
              %v499 = arith.mulf %v498, %v155 : f32
              %v500 = llvm.call_intrinsic "llvm.exp2.f32"(%v499) : (f32) -> f32
              %v501 = arith.subf %v500, %v41 : f32
              %v502 = arith.divf %v501, %v497 : f32
              %v503 = arith.muli %v24, %v171 : i64
              %v504 = arith.constant 8 : i64
              %v505 = arith.addi %v504, %v17 : i64
              %v506 = arith.muli %v505, %v2 : i64
              %v507 = arith.addi %v503, %v506 : i64
              %v508 = llvm.getelementptr %in_Bp[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v509 = llvm.load %v508 : !llvm.ptr -> f32
              %v510 = arith.mulf %v502, %v509 : f32
              %v511 = arith.mulf %v510, %v484 : f32
              %v512 = arith.mulf %v500, %v452 : f32
              %v513 = arith.addf %v512, %v511 : f32
              %v515 = arith.addi %v244, %v514 : i64
              %v516 = arith.minsi %v515, %v245 : i64
              %v517 = arith.addi %v91, %v516 : i64
              %v518, %v519 = gpu.shuffle idx %v271, %v69, %v165 : f32
              %v520 = arith.muli %v24, %v171 : i64
              %v521 = arith.muli %v17, %v2 : i64
              %v522 = arith.addi %v520, %v521 : i64
              %v523 = llvm.getelementptr %in_A_log[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v524 = llvm.load %v523 : !llvm.ptr -> f32
              %v525 = arith.mulf %v524, %v155 : f32
              %v526 = llvm.call_intrinsic "llvm.exp2.f32"(%v525) : (f32) -> f32
              %v527 = arith.negf %v526 : f32
              %v528 = arith.mulf %v518, %v527 : f32
              %v529 = arith.mulf %v528, %v155 : f32
              %v530 = llvm.call_intrinsic "llvm.exp2.f32"(%v529) : (f32) -> f32
              %v531 = arith.subf %v530, %v41 : f32
              %v532 = arith.divf %v531, %v527 : f32
              %v533 = arith.muli %v24, %v171 : i64
              %v534 = arith.muli %v17, %v2 : i64
              %v535 = arith.addi %v533, %v534 : i64
              %v536 = llvm.getelementptr %in_Bp[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v537 = llvm.load %v536 : !llvm.ptr -> f32
              %v538 = arith.mulf %v532, %v537 : f32
              %v539 = arith.muli %v26, %v192 : i64
              %v540 = arith.muli %v24, %v191 : i64
              %v541 = arith.addi %v539, %v540 : i64
              %v542 = arith.muli %v517, %v2 : i64
              %v543 = arith.addi %v541, %v542 : i64
              %v544 = llvm.getelementptr %in_u[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v545 = llvm.load %v544 : !llvm.ptr -> f32
              %v546 = arith.mulf %v538, %v545 : f32
              %v547 = arith.mulf %v530, %v487 : f32
              %v548 = arith.addf %v547, %v546 : f32
              %v549 = arith.muli %v24, %v171 : i64
              %v550 = arith.constant 8 : i64
              %v551 = arith.addi %v550, %v17 : i64
              %v552 = arith.muli %v551, %v2 : i64
              %v553 = arith.addi %v549, %v552 : i64
              %v554 = llvm.getelementptr %in_A_log[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v555 = llvm.load %v554 : !llvm.ptr -> f32
              %v556 = arith.mulf %v555, %v155 : f32
              %v557 = llvm.call_intrinsic "llvm.exp2.f32"(%v556) : (f32) -> f32
              %v558 = arith.negf %v557 : f32
              %v559 = arith.mulf %v518, %v558 : f32
              %v560 = arith.mulf %v559, %v155 : f32
              %v561 = llvm.call_intrinsic "llvm.exp2.f32"(%v560) : (f32) -> f32
              %v562 = arith.subf %v561, %v41 : f32
              %v563 = arith.divf %v562, %v558 : f32
              %v564 = arith.muli %v24, %v171 : i64
              %v565 = arith.constant 8 : i64
              %v566 = arith.addi %v565, %v17 : i64
              %v567 = arith.muli %v566, %v2 : i64
              %v568 = arith.addi %v564, %v567 : i64
              %v569 = llvm.getelementptr %in_Bp[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v570 = llvm.load %v569 : !llvm.ptr -> f32
              %v571 = arith.mulf %v563, %v570 : f32
              %v572 = arith.mulf %v571, %v545 : f32
              %v573 = arith.mulf %v561, %v513 : f32
              %v574 = arith.addf %v573, %v572 : f32
              %v576 = arith.addi %v244, %v575 : i64
              %v577 = arith.minsi %v576, %v245 : i64
              %v578 = arith.addi %v91, %v577 : i64
              %v579, %v580 = gpu.shuffle idx %v271, %v73, %v165 : f32
              %v581 = arith.muli %v24, %v171 : i64
              %v582 = arith.muli %v17, %v2 : i64
              %v583 = arith.addi %v581, %v582 : i64
              %v584 = llvm.getelementptr %in_A_log[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v585 = llvm.load %v584 : !llvm.ptr -> f32
              %v586 = arith.mulf %v585, %v155 : f32
              %v587 = llvm.call_intrinsic "llvm.exp2.f32"(%v586) : (f32) -> f32
              %v588 = arith.negf %v587 : f32
              %v589 = arith.mulf %v579, %v588 : f32
              %v590 = arith.mulf %v589, %v155 : f32
              %v591 = llvm.call_intrinsic "llvm.exp2.f32"(%v590) : (f32) -> f32
              %v592 = arith.subf %v591, %v41 : f32
              %v593 = arith.divf %v592, %v588 : f32
              %v594 = arith.muli %v24, %v171 : i64
              %v595 = arith.muli %v17, %v2 : i64
              %v596 = arith.addi %v594, %v595 : i64
              %v597 = llvm.getelementptr %in_Bp[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v598 = llvm.load %v597 : !llvm.ptr -> f32
              %v599 = arith.mulf %v593, %v598 : f32
              %v600 = arith.muli %v26, %v192 : i64
              %v601 = arith.muli %v24, %v191 : i64
              %v602 = arith.addi %v600, %v601 : i64
              %v603 = arith.muli %v578, %v2 : i64
              %v604 = arith.addi %v602, %v603 : i64
              %v605 = llvm.getelementptr %in_u[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v606 = llvm.load %v605 : !llvm.ptr -> f32
              %v607 = arith.mulf %v599, %v606 : f32
              %v608 = arith.mulf %v591, %v548 : f32
              %v609 = arith.addf %v608, %v607 : f32
              %v610 = arith.muli %v24, %v171 : i64
              %v611 = arith.constant 8 : i64
              %v612 = arith.addi %v611, %v17 : i64
              %v613 = arith.muli %v612, %v2 : i64
              %v614 = arith.addi %v610, %v613 : i64
              %v615 = llvm.getelementptr %in_A_log[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v616 = llvm.load %v615 : !llvm.ptr -> f32
              %v617 = arith.mulf %v616, %v155 : f32
              %v618 = llvm.call_intrinsic "llvm.exp2.f32"(%v617) : (f32) -> f32
              %v619 = arith.negf %v618 : f32
              %v620 = arith.mulf %v579, %v619 : f32
              %v621 = arith.mulf %v620, %v155 : f32
              %v622 = llvm.call_intrinsic "llvm.exp2.f32"(%v621) : (f32) -> f32
              %v623 = arith.subf %v622, %v41 : f32
              %v624 = arith.divf %v623, %v619 : f32
              %v625 = arith.muli %v24, %v171 : i64
              %v626 = arith.constant 8 : i64
              %v627 = arith.addi %v626, %v17 : i64
              %v628 = arith.muli %v627, %v2 : i64
              %v629 = arith.addi %v625, %v628 : i64
              %v630 = llvm.getelementptr %in_Bp[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v631 = llvm.load %v630 : !llvm.ptr -> f32
              %v632 = arith.mulf %v624, %v631 : f32
              %v633 = arith.mulf %v632, %v606 : f32
              %v634 = arith.mulf %v622, %v574 : f32
              %v635 = arith.addf %v634, %v633 : f32
              %v637 = arith.addi %v244, %v636 : i64
              %v638 = arith.minsi %v637, %v245 : i64
              %v639 = arith.addi %v91, %v638 : i64
              %v640, %v641 = gpu.shuffle idx %v271, %v77, %v165 : f32
              %v642 = arith.muli %v24, %v171 : i64
              %v643 = arith.muli %v17, %v2 : i64
              %v644 = arith.addi %v642, %v643 : i64
              %v645 = llvm.getelementptr %in_A_log[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v646 = llvm.load %v645 : !llvm.ptr -> f32
              %v647 = arith.mulf %v646, %v155 : f32
              %v648 = llvm.call_intrinsic "llvm.exp2.f32"(%v647) : (f32) -> f32
              %v649 = arith.negf %v648 : f32
              %v650 = arith.mulf %v640, %v649 : f32
              %v651 = arith.mulf %v650, %v155 : f32
              %v652 = llvm.call_intrinsic "llvm.exp2.f32"(%v651) : (f32) -> f32
              %v653 = arith.subf %v652, %v41 : f32
              %v654 = arith.divf %v653, %v649 : f32
              %v655 = arith.muli %v24, %v171 : i64
              %v656 = arith.muli %v17, %v2 : i64
              %v657 = arith.addi %v655, %v656 : i64
              %v658 = llvm.getelementptr %in_Bp[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v659 = llvm.load %v658 : !llvm.ptr -> f32
              %v660 = arith.mulf %v654, %v659 : f32
              %v661 = arith.muli %v26, %v192 : i64
              %v662 = arith.muli %v24, %v191 : i64
              %v663 = arith.addi %v661, %v662 : i64
              %v664 = arith.muli %v639, %v2 : i64
              %v665 = arith.addi %v663, %v664 : i64
              %v666 = llvm.getelementptr %in_u[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v667 = llvm.load %v666 : !llvm.ptr -> f32
              %v668 = arith.mulf %v660, %v667 : f32
              %v669 = arith.mulf %v652, %v609 : f32
              %v670 = arith.addf %v669, %v668 : f32
              %v671 = arith.muli %v24, %v171 : i64
              %v672 = arith.constant 8 : i64
              %v673 = arith.addi %v672, %v17 : i64
              %v674 = arith.muli %v673, %v2 : i64
              %v675 = arith.addi %v671, %v674 : i64
              %v676 = llvm.getelementptr %in_A_log[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v677 = llvm.load %v676 : !llvm.ptr -> f32
              %v678 = arith.mulf %v677, %v155 : f32
              %v679 = llvm.call_intrinsic "llvm.exp2.f32"(%v678) : (f32) -> f32
              %v680 = arith.negf %v679 : f32
              %v681 = arith.mulf %v640, %v680 : f32
              %v682 = arith.mulf %v681, %v155 : f32
              %v683 = llvm.call_intrinsic "llvm.exp2.f32"(%v682) : (f32) -> f32
              %v684 = arith.subf %v683, %v41 : f32
              %v685 = arith.divf %v684, %v680 : f32
              %v686 = arith.muli %v24, %v171 : i64
              %v687 = arith.constant 8 : i64
              %v688 = arith.addi %v687, %v17 : i64
              %v689 = arith.muli %v688, %v2 : i64
              %v690 = arith.addi %v686, %v689 : i64
              %v691 = llvm.getelementptr %in_Bp[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v692 = llvm.load %v691 : !llvm.ptr -> f32
              %v693 = arith.mulf %v685, %v692 : f32
              %v694 = arith.mulf %v693, %v667 : f32
              %v695 = arith.mulf %v683, %v635 : f32
              %v696 = arith.addf %v695, %v694 : f32
              %v697 = arith.addi %v244, %v45 : i64
              %v698 = arith.minsi %v697, %v245 : i64
              %v699 = arith.addi %v91, %v698 : i64
              %v700, %v701 = gpu.shuffle idx %v271, %v81, %v165 : f32
              %v702 = arith.muli %v24, %v171 : i64
              %v703 = arith.muli %v17, %v2 : i64
              %v704 = arith.addi %v702, %v703 : i64
              %v705 = llvm.getelementptr %in_A_log[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v706 = llvm.load %v705 : !llvm.ptr -> f32
              %v707 = arith.mulf %v706, %v155 : f32
              %v708 = llvm.call_intrinsic "llvm.exp2.f32"(%v707) : (f32) -> f32
              %v709 = arith.negf %v708 : f32
              %v710 = arith.mulf %v700, %v709 : f32
              %v711 = arith.mulf %v710, %v155 : f32
              %v712 = llvm.call_intrinsic "llvm.exp2.f32"(%v711) : (f32) -> f32
              %v713 = arith.subf %v712, %v41 : f32
              %v714 = arith.divf %v713, %v709 : f32
              %v715 = arith.muli %v24, %v171 : i64
              %v716 = arith.muli %v17, %v2 : i64
              %v717 = arith.addi %v715, %v716 : i64
              %v718 = llvm.getelementptr %in_Bp[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v719 = llvm.load %v718 : !llvm.ptr -> f32
              %v720 = arith.mulf %v714, %v719 : f32
              %v721 = arith.muli %v26, %v192 : i64
              %v722 = arith.muli %v24, %v191 : i64
              %v723 = arith.addi %v721, %v722 : i64
              %v724 = arith.muli %v699, %v2 : i64
              %v725 = arith.addi %v723, %v724 : i64
              %v726 = llvm.getelementptr %in_u[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v727 = llvm.load %v726 : !llvm.ptr -> f32
              %v728 = arith.mulf %v720, %v727 : f32
              %v729 = arith.mulf %v712, %v670 : f32
              %v730 = arith.addf %v729, %v728 : f32
              %v731 = arith.muli %v24, %v171 : i64
              %v732 = arith.constant 8 : i64
              %v733 = arith.addi %v732, %v17 : i64
              %v734 = arith.muli %v733, %v2 : i64
              %v735 = arith.addi %v731, %v734 : i64
              %v736 = llvm.getelementptr %in_A_log[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v737 = llvm.load %v736 : !llvm.ptr -> f32
              %v738 = arith.mulf %v737, %v155 : f32
              %v739 = llvm.call_intrinsic "llvm.exp2.f32"(%v738) : (f32) -> f32
              %v740 = arith.negf %v739 : f32
              %v741 = arith.mulf %v700, %v740 : f32
              %v742 = arith.mulf %v741, %v155 : f32
              %v743 = llvm.call_intrinsic "llvm.exp2.f32"(%v742) : (f32) -> f32
              %v744 = arith.subf %v743, %v41 : f32
              %v745 = arith.divf %v744, %v740 : f32
              %v746 = arith.muli %v24, %v171 : i64
              %v747 = arith.constant 8 : i64
              %v748 = arith.addi %v747, %v17 : i64
              %v749 = arith.muli %v748, %v2 : i64
              %v750 = arith.addi %v746, %v749 : i64
              %v751 = llvm.getelementptr %in_Bp[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v752 = llvm.load %v751 : !llvm.ptr -> f32
              %v753 = arith.mulf %v745, %v752 : f32
              %v754 = arith.mulf %v753, %v727 : f32
              %v755 = arith.mulf %v743, %v696 : f32
              %v756 = arith.addf %v755, %v754 : f32
              %v757 = arith.addi %v244, %v45 : i64
              %v758 = arith.cmpi slt, %v757, %v93 : i64
              %v759, %v760 = gpu.shuffle idx %v271, %v81, %v165 : f32
              scf.if %v758 {
                %v761 = arith.addi %v91, %v757 : i64
                %v762 = arith.muli %v24, %v171 : i64
                %v763 = arith.muli %v17, %v2 : i64
                %v764 = arith.addi %v762, %v763 : i64
                %v765 = llvm.getelementptr %in_Cp[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v766 = llvm.load %v765 : !llvm.ptr -> f32
                %v767 = arith.muli %v26, %v192 : i64
                %v768 = arith.muli %v24, %v191 : i64
                %v769 = arith.addi %v767, %v768 : i64
                %v770 = arith.muli %v761, %v2 : i64
                %v771 = arith.addi %v769, %v770 : i64
                %v772 = llvm.getelementptr %dy_y[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v773 = llvm.load %v772 : !llvm.ptr -> f32
                %v774 = arith.mulf %v766, %v773 : f32
                %v775 = llvm.load %v28 : !llvm.ptr -> f32
                %v776 = llvm.load %v30 : !llvm.ptr -> f32
                %v777 = arith.mulf %v776, %v775 : f32
                %v778 = arith.addf %v774, %v777 : f32
                llvm.store %v778, %v28 : f32, !llvm.ptr
                %v779 = arith.muli %v24, %v171 : i64
                %v780 = arith.constant 8 : i64
                %v781 = arith.addi %v780, %v17 : i64
                %v782 = arith.muli %v781, %v2 : i64
                %v783 = arith.addi %v779, %v782 : i64
                %v784 = llvm.getelementptr %in_Cp[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v785 = llvm.load %v784 : !llvm.ptr -> f32
                %v786 = arith.mulf %v785, %v773 : f32
                %v787 = llvm.load %v29 : !llvm.ptr -> f32
                %v788 = llvm.load %v31 : !llvm.ptr -> f32
                %v789 = arith.mulf %v788, %v787 : f32
                %v790 = arith.addf %v786, %v789 : f32
                llvm.store %v790, %v29 : f32, !llvm.ptr
                %v791 = arith.subi %size_L, %v2 : i64
                %v792 = arith.cmpi eq, %v761, %v791 : i64
                scf.if %v792 {
                }
                %v793 = arith.muli %v24, %v2 : i64
                %v794 = llvm.getelementptr %in_Dskip[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v795 = llvm.load %v794 : !llvm.ptr -> f32
                %v796 = arith.mulf %v795, %v773 : f32
                %v797 = arith.muli %v24, %v171 : i64
                %v798 = arith.muli %v17, %v2 : i64
                %v799 = arith.addi %v797, %v798 : i64
                %v800 = llvm.getelementptr %in_A_log[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v801 = llvm.load %v800 : !llvm.ptr -> f32
                %v802 = arith.mulf %v801, %v155 : f32
                %v803 = llvm.call_intrinsic "llvm.exp2.f32"(%v802) : (f32) -> f32
                %v804 = arith.negf %v803 : f32
                %v805 = arith.mulf %v759, %v804 : f32
                %v806 = arith.mulf %v805, %v155 : f32
                %v807 = llvm.call_intrinsic "llvm.exp2.f32"(%v806) : (f32) -> f32
                %v808 = arith.subf %v807, %v41 : f32
                %v809 = arith.divf %v808, %v804 : f32
                %v810 = arith.muli %v24, %v171 : i64
                %v811 = arith.muli %v17, %v2 : i64
                %v812 = arith.addi %v810, %v811 : i64
                %v813 = llvm.getelementptr %in_Bp[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v814 = llvm.load %v813 : !llvm.ptr -> f32
                %v815 = arith.mulf %v809, %v814 : f32
                %v816 = llvm.load %v28 : !llvm.ptr -> f32
                %v817 = arith.mulf %v815, %v816 : f32
                %v818 = arith.muli %v24, %v171 : i64
                %v819 = arith.constant 8 : i64
                %v820 = arith.addi %v819, %v17 : i64
                %v821 = arith.muli %v820, %v2 : i64
                %v822 = arith.addi %v818, %v821 : i64
                %v823 = llvm.getelementptr %in_A_log[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v824 = llvm.load %v823 : !llvm.ptr -> f32
                %v825 = arith.mulf %v824, %v155 : f32
                %v826 = llvm.call_intrinsic "llvm.exp2.f32"(%v825) : (f32) -> f32
                %v827 = arith.negf %v826 : f32
                %v828 = arith.mulf %v759, %v827 : f32
                %v829 = arith.mulf %v828, %v155 : f32
                %v830 = llvm.call_intrinsic "llvm.exp2.f32"(%v829) : (f32) -> f32
                %v831 = arith.subf %v830, %v41 : f32
                %v832 = arith.divf %v831, %v827 : f32
                %v833 = arith.muli %v24, %v171 : i64
                %v834 = arith.constant 8 : i64
                %v835 = arith.addi %v834, %v17 : i64
                %v836 = arith.muli %v835, %v2 : i64
                %v837 = arith.addi %v833, %v836 : i64
                %v838 = llvm.getelementptr %in_Bp[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v839 = llvm.load %v838 : !llvm.ptr -> f32
                %v840 = arith.mulf %v832, %v839 : f32
                %v841 = llvm.load %v29 : !llvm.ptr -> f32
                %v842 = arith.mulf %v840, %v841 : f32
                %v843 = arith.addf %v817, %v842 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v845, %v846 = gpu.shuffle xor %v843, %v844, %v165 : f32
                %v847 = arith.addf %v843, %v845 : f32
                %v849, %v850 = gpu.shuffle xor %v847, %v848, %v165 : f32
                %v851 = arith.addf %v847, %v849 : f32
                %v853, %v854 = gpu.shuffle xor %v851, %v852, %v165 : f32
                %v855 = arith.addf %v851, %v853 : f32
                // end sum over the lanes
                %v856 = arith.addf %v796, %v855 : f32
                %v857 = arith.cmpi eq, %v17, %v42 : i64
                %v858 = arith.andi %v21, %v857 : i1
                scf.if %v858 {
                  %v859 = arith.muli %v26, %v192 : i64
                  %v860 = arith.muli %v24, %v191 : i64
                  %v861 = arith.addi %v859, %v860 : i64
                  %v862 = arith.muli %v761, %v2 : i64
                  %v863 = arith.addi %v861, %v862 : i64
                  %v864 = llvm.getelementptr %dx_u[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v856, %v864 : f32, !llvm.ptr
                }
                %v865 = arith.mulf %v670, %v816 : f32
                %v866 = arith.muli %v26, %v192 : i64
                %v867 = arith.muli %v24, %v191 : i64
                %v868 = arith.addi %v866, %v867 : i64
                %v869 = arith.muli %v761, %v2 : i64
                %v870 = arith.addi %v868, %v869 : i64
                %v871 = llvm.getelementptr %in_u[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v872 = llvm.load %v871 : !llvm.ptr -> f32
                %v873 = arith.mulf %v872, %v816 : f32
                %v874 = arith.mulf %v814, %v873 : f32
                %v875 = arith.divf %v874, %v804 : f32
                %v876 = arith.addf %v865, %v875 : f32
                %v877 = arith.mulf %v804, %v807 : f32
                %v878 = arith.mulf %v876, %v877 : f32
                %v879 = arith.mulf %v696, %v841 : f32
                %v880 = arith.mulf %v872, %v841 : f32
                %v881 = arith.mulf %v839, %v880 : f32
                %v882 = arith.divf %v881, %v827 : f32
                %v883 = arith.addf %v879, %v882 : f32
                %v884 = arith.mulf %v827, %v830 : f32
                %v885 = arith.mulf %v883, %v884 : f32
                %v886 = arith.addf %v878, %v885 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v887, %v888 = gpu.shuffle xor %v886, %v844, %v165 : f32
                %v889 = arith.addf %v886, %v887 : f32
                %v890, %v891 = gpu.shuffle xor %v889, %v848, %v165 : f32
                %v892 = arith.addf %v889, %v890 : f32
                %v893, %v894 = gpu.shuffle xor %v892, %v852, %v165 : f32
                %v895 = arith.addf %v892, %v893 : f32
                // end sum over the lanes
                %v896 = arith.mulf %v759, %v895 : f32
                %v897 = llvm.load %v32 : !llvm.ptr -> f32
                %v898 = arith.addf %v897, %v896 : f32
                llvm.store %v898, %v32 : f32, !llvm.ptr
                %v899 = arith.divf %v809, %v804 : f32
                %v900 = arith.mulf %v814, %v899 : f32
                %v901 = arith.mulf %v873, %v900 : f32
                %v902 = arith.negf %v901 : f32
                %v903 = arith.mulf %v759, %v807 : f32
                %v904 = arith.mulf %v876, %v903 : f32
                %v905 = arith.addf %v902, %v904 : f32
                %v906 = arith.negf %v905 : f32
                %v907 = arith.mulf %v803, %v906 : f32
                %v908 = llvm.load %v33 : !llvm.ptr -> f32
                %v909 = arith.addf %v908, %v907 : f32
                llvm.store %v909, %v33 : f32, !llvm.ptr
                %v910 = arith.divf %v832, %v827 : f32
                %v911 = arith.mulf %v839, %v910 : f32
                %v912 = arith.mulf %v880, %v911 : f32
                %v913 = arith.negf %v912 : f32
                %v914 = arith.mulf %v759, %v830 : f32
                %v915 = arith.mulf %v883, %v914 : f32
                %v916 = arith.addf %v913, %v915 : f32
                %v917 = arith.negf %v916 : f32
                %v918 = arith.mulf %v826, %v917 : f32
                %v919 = llvm.load %v34 : !llvm.ptr -> f32
                %v920 = arith.addf %v919, %v918 : f32
                llvm.store %v920, %v34 : f32, !llvm.ptr
                %v921 = arith.mulf %v809, %v873 : f32
                %v922 = llvm.load %v35 : !llvm.ptr -> f32
                %v923 = arith.addf %v922, %v921 : f32
                llvm.store %v923, %v35 : f32, !llvm.ptr
                %v924 = arith.mulf %v832, %v880 : f32
                %v925 = llvm.load %v36 : !llvm.ptr -> f32
                %v926 = arith.addf %v925, %v924 : f32
                llvm.store %v926, %v36 : f32, !llvm.ptr
                %v927 = arith.mulf %v730, %v773 : f32
                %v928 = llvm.load %v37 : !llvm.ptr -> f32
                %v929 = arith.addf %v928, %v927 : f32
                llvm.store %v929, %v37 : f32, !llvm.ptr
                %v930 = arith.mulf %v756, %v773 : f32
                %v931 = llvm.load %v38 : !llvm.ptr -> f32
                %v932 = arith.addf %v931, %v930 : f32
                llvm.store %v932, %v38 : f32, !llvm.ptr
                %v933 = arith.mulf %v872, %v773 : f32
                %v934 = llvm.load %v39 : !llvm.ptr -> f32
                %v935 = arith.addf %v934, %v933 : f32
                llvm.store %v935, %v39 : f32, !llvm.ptr
                llvm.store %v807, %v30 : f32, !llvm.ptr
                llvm.store %v830, %v31 : f32, !llvm.ptr
              }
              %v936 = arith.addi %v244, %v636 : i64
              %v937 = arith.cmpi slt, %v936, %v93 : i64
              %v938, %v939 = gpu.shuffle idx %v271, %v77, %v165 : f32
              scf.if %v937 {
                %v940 = arith.addi %v91, %v936 : i64
                %v941 = arith.muli %v24, %v171 : i64
                %v942 = arith.muli %v17, %v2 : i64
                %v943 = arith.addi %v941, %v942 : i64
                %v944 = llvm.getelementptr %in_Cp[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v945 = llvm.load %v944 : !llvm.ptr -> f32
                %v946 = arith.muli %v26, %v192 : i64
                %v947 = arith.muli %v24, %v191 : i64
                %v948 = arith.addi %v946, %v947 : i64
                %v949 = arith.muli %v940, %v2 : i64
                %v950 = arith.addi %v948, %v949 : i64
                %v951 = llvm.getelementptr %dy_y[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v952 = llvm.load %v951 : !llvm.ptr -> f32
                %v953 = arith.mulf %v945, %v952 : f32
                %v954 = llvm.load %v28 : !llvm.ptr -> f32
                %v955 = llvm.load %v30 : !llvm.ptr -> f32
                %v956 = arith.mulf %v955, %v954 : f32
                %v957 = arith.addf %v953, %v956 : f32
                llvm.store %v957, %v28 : f32, !llvm.ptr
                %v958 = arith.muli %v24, %v171 : i64
                %v959 = arith.constant 8 : i64
                %v960 = arith.addi %v959, %v17 : i64
                %v961 = arith.muli %v960, %v2 : i64
                %v962 = arith.addi %v958, %v961 : i64
                %v963 = llvm.getelementptr %in_Cp[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v964 = llvm.load %v963 : !llvm.ptr -> f32
                %v965 = arith.mulf %v964, %v952 : f32
                %v966 = llvm.load %v29 : !llvm.ptr -> f32
                %v967 = llvm.load %v31 : !llvm.ptr -> f32
                %v968 = arith.mulf %v967, %v966 : f32
                %v969 = arith.addf %v965, %v968 : f32
                llvm.store %v969, %v29 : f32, !llvm.ptr
                %v970 = arith.subi %size_L, %v2 : i64
                %v971 = arith.cmpi eq, %v940, %v970 : i64
                scf.if %v971 {
                }
                %v972 = arith.muli %v24, %v2 : i64
                %v973 = llvm.getelementptr %in_Dskip[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v974 = llvm.load %v973 : !llvm.ptr -> f32
                %v975 = arith.mulf %v974, %v952 : f32
                %v976 = arith.muli %v24, %v171 : i64
                %v977 = arith.muli %v17, %v2 : i64
                %v978 = arith.addi %v976, %v977 : i64
                %v979 = llvm.getelementptr %in_A_log[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v980 = llvm.load %v979 : !llvm.ptr -> f32
                %v981 = arith.mulf %v980, %v155 : f32
                %v982 = llvm.call_intrinsic "llvm.exp2.f32"(%v981) : (f32) -> f32
                %v983 = arith.negf %v982 : f32
                %v984 = arith.mulf %v938, %v983 : f32
                %v985 = arith.mulf %v984, %v155 : f32
                %v986 = llvm.call_intrinsic "llvm.exp2.f32"(%v985) : (f32) -> f32
                %v987 = arith.subf %v986, %v41 : f32
                %v988 = arith.divf %v987, %v983 : f32
                %v989 = arith.muli %v24, %v171 : i64
                %v990 = arith.muli %v17, %v2 : i64
                %v991 = arith.addi %v989, %v990 : i64
                %v992 = llvm.getelementptr %in_Bp[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v993 = llvm.load %v992 : !llvm.ptr -> f32
                %v994 = arith.mulf %v988, %v993 : f32
                %v995 = llvm.load %v28 : !llvm.ptr -> f32
                %v996 = arith.mulf %v994, %v995 : f32
                %v997 = arith.muli %v24, %v171 : i64
                %v998 = arith.constant 8 : i64
                %v999 = arith.addi %v998, %v17 : i64
                %v1000 = arith.muli %v999, %v2 : i64
                %v1001 = arith.addi %v997, %v1000 : i64
                %v1002 = llvm.getelementptr %in_A_log[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
                %v1004 = arith.mulf %v1003, %v155 : f32
                %v1005 = llvm.call_intrinsic "llvm.exp2.f32"(%v1004) : (f32) -> f32
                %v1006 = arith.negf %v1005 : f32
                %v1007 = arith.mulf %v938, %v1006 : f32
                %v1008 = arith.mulf %v1007, %v155 : f32
                %v1009 = llvm.call_intrinsic "llvm.exp2.f32"(%v1008) : (f32) -> f32
                %v1010 = arith.subf %v1009, %v41 : f32
                %v1011 = arith.divf %v1010, %v1006 : f32
                %v1012 = arith.muli %v24, %v171 : i64
                %v1013 = arith.constant 8 : i64
                %v1014 = arith.addi %v1013, %v17 : i64
                %v1015 = arith.muli %v1014, %v2 : i64
                %v1016 = arith.addi %v1012, %v1015 : i64
                %v1017 = llvm.getelementptr %in_Bp[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
                %v1019 = arith.mulf %v1011, %v1018 : f32
                %v1020 = llvm.load %v29 : !llvm.ptr -> f32
                %v1021 = arith.mulf %v1019, %v1020 : f32
                %v1022 = arith.addf %v996, %v1021 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1023, %v1024 = gpu.shuffle xor %v1022, %v844, %v165 : f32
                %v1025 = arith.addf %v1022, %v1023 : f32
                %v1026, %v1027 = gpu.shuffle xor %v1025, %v848, %v165 : f32
                %v1028 = arith.addf %v1025, %v1026 : f32
                %v1029, %v1030 = gpu.shuffle xor %v1028, %v852, %v165 : f32
                %v1031 = arith.addf %v1028, %v1029 : f32
                // end sum over the lanes
                %v1032 = arith.addf %v975, %v1031 : f32
                %v1033 = arith.cmpi eq, %v17, %v42 : i64
                %v1034 = arith.andi %v21, %v1033 : i1
                scf.if %v1034 {
                  %v1035 = arith.muli %v26, %v192 : i64
                  %v1036 = arith.muli %v24, %v191 : i64
                  %v1037 = arith.addi %v1035, %v1036 : i64
                  %v1038 = arith.muli %v940, %v2 : i64
                  %v1039 = arith.addi %v1037, %v1038 : i64
                  %v1040 = llvm.getelementptr %dx_u[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1032, %v1040 : f32, !llvm.ptr
                }
                %v1041 = arith.mulf %v609, %v995 : f32
                %v1042 = arith.muli %v26, %v192 : i64
                %v1043 = arith.muli %v24, %v191 : i64
                %v1044 = arith.addi %v1042, %v1043 : i64
                %v1045 = arith.muli %v940, %v2 : i64
                %v1046 = arith.addi %v1044, %v1045 : i64
                %v1047 = llvm.getelementptr %in_u[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
                %v1049 = arith.mulf %v1048, %v995 : f32
                %v1050 = arith.mulf %v993, %v1049 : f32
                %v1051 = arith.divf %v1050, %v983 : f32
                %v1052 = arith.addf %v1041, %v1051 : f32
                %v1053 = arith.mulf %v983, %v986 : f32
                %v1054 = arith.mulf %v1052, %v1053 : f32
                %v1055 = arith.mulf %v635, %v1020 : f32
                %v1056 = arith.mulf %v1048, %v1020 : f32
                %v1057 = arith.mulf %v1018, %v1056 : f32
                %v1058 = arith.divf %v1057, %v1006 : f32
                %v1059 = arith.addf %v1055, %v1058 : f32
                %v1060 = arith.mulf %v1006, %v1009 : f32
                %v1061 = arith.mulf %v1059, %v1060 : f32
                %v1062 = arith.addf %v1054, %v1061 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1063, %v1064 = gpu.shuffle xor %v1062, %v844, %v165 : f32
                %v1065 = arith.addf %v1062, %v1063 : f32
                %v1066, %v1067 = gpu.shuffle xor %v1065, %v848, %v165 : f32
                %v1068 = arith.addf %v1065, %v1066 : f32
                %v1069, %v1070 = gpu.shuffle xor %v1068, %v852, %v165 : f32
                %v1071 = arith.addf %v1068, %v1069 : f32
                // end sum over the lanes
                %v1072 = arith.mulf %v938, %v1071 : f32
                %v1073 = llvm.load %v32 : !llvm.ptr -> f32
                %v1074 = arith.addf %v1073, %v1072 : f32
                llvm.store %v1074, %v32 : f32, !llvm.ptr
                %v1075 = arith.divf %v988, %v983 : f32
                %v1076 = arith.mulf %v993, %v1075 : f32
                %v1077 = arith.mulf %v1049, %v1076 : f32
                %v1078 = arith.negf %v1077 : f32
                %v1079 = arith.mulf %v938, %v986 : f32
                %v1080 = arith.mulf %v1052, %v1079 : f32
                %v1081 = arith.addf %v1078, %v1080 : f32
                %v1082 = arith.negf %v1081 : f32
                %v1083 = arith.mulf %v982, %v1082 : f32
                %v1084 = llvm.load %v33 : !llvm.ptr -> f32
                %v1085 = arith.addf %v1084, %v1083 : f32
                llvm.store %v1085, %v33 : f32, !llvm.ptr
                %v1086 = arith.divf %v1011, %v1006 : f32
                %v1087 = arith.mulf %v1018, %v1086 : f32
                %v1088 = arith.mulf %v1056, %v1087 : f32
                %v1089 = arith.negf %v1088 : f32
                %v1090 = arith.mulf %v938, %v1009 : f32
                %v1091 = arith.mulf %v1059, %v1090 : f32
                %v1092 = arith.addf %v1089, %v1091 : f32
                %v1093 = arith.negf %v1092 : f32
                %v1094 = arith.mulf %v1005, %v1093 : f32
                %v1095 = llvm.load %v34 : !llvm.ptr -> f32
                %v1096 = arith.addf %v1095, %v1094 : f32
                llvm.store %v1096, %v34 : f32, !llvm.ptr
                %v1097 = arith.mulf %v988, %v1049 : f32
                %v1098 = llvm.load %v35 : !llvm.ptr -> f32
                %v1099 = arith.addf %v1098, %v1097 : f32
                llvm.store %v1099, %v35 : f32, !llvm.ptr
                %v1100 = arith.mulf %v1011, %v1056 : f32
                %v1101 = llvm.load %v36 : !llvm.ptr -> f32
                %v1102 = arith.addf %v1101, %v1100 : f32
                llvm.store %v1102, %v36 : f32, !llvm.ptr
                %v1103 = arith.mulf %v670, %v952 : f32
                %v1104 = llvm.load %v37 : !llvm.ptr -> f32
                %v1105 = arith.addf %v1104, %v1103 : f32
                llvm.store %v1105, %v37 : f32, !llvm.ptr
                %v1106 = arith.mulf %v696, %v952 : f32
                %v1107 = llvm.load %v38 : !llvm.ptr -> f32
                %v1108 = arith.addf %v1107, %v1106 : f32
                llvm.store %v1108, %v38 : f32, !llvm.ptr
                %v1109 = arith.mulf %v1048, %v952 : f32
                %v1110 = llvm.load %v39 : !llvm.ptr -> f32
                %v1111 = arith.addf %v1110, %v1109 : f32
                llvm.store %v1111, %v39 : f32, !llvm.ptr
                llvm.store %v986, %v30 : f32, !llvm.ptr
                llvm.store %v1009, %v31 : f32, !llvm.ptr
              }
              %v1112 = arith.addi %v244, %v575 : i64
              %v1113 = arith.cmpi slt, %v1112, %v93 : i64
              %v1114, %v1115 = gpu.shuffle idx %v271, %v73, %v165 : f32
              scf.if %v1113 {
                %v1116 = arith.addi %v91, %v1112 : i64
                %v1117 = arith.muli %v24, %v171 : i64
                %v1118 = arith.muli %v17, %v2 : i64
                %v1119 = arith.addi %v1117, %v1118 : i64
                %v1120 = llvm.getelementptr %in_Cp[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
                %v1122 = arith.muli %v26, %v192 : i64
                %v1123 = arith.muli %v24, %v191 : i64
                %v1124 = arith.addi %v1122, %v1123 : i64
                %v1125 = arith.muli %v1116, %v2 : i64
                %v1126 = arith.addi %v1124, %v1125 : i64
                %v1127 = llvm.getelementptr %dy_y[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1128 = llvm.load %v1127 : !llvm.ptr -> f32
                %v1129 = arith.mulf %v1121, %v1128 : f32
                %v1130 = llvm.load %v28 : !llvm.ptr -> f32
                %v1131 = llvm.load %v30 : !llvm.ptr -> f32
                %v1132 = arith.mulf %v1131, %v1130 : f32
                %v1133 = arith.addf %v1129, %v1132 : f32
                llvm.store %v1133, %v28 : f32, !llvm.ptr
                %v1134 = arith.muli %v24, %v171 : i64
                %v1135 = arith.constant 8 : i64
                %v1136 = arith.addi %v1135, %v17 : i64
                %v1137 = arith.muli %v1136, %v2 : i64
                %v1138 = arith.addi %v1134, %v1137 : i64
                %v1139 = llvm.getelementptr %in_Cp[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
                %v1141 = arith.mulf %v1140, %v1128 : f32
                %v1142 = llvm.load %v29 : !llvm.ptr -> f32
                %v1143 = llvm.load %v31 : !llvm.ptr -> f32
                %v1144 = arith.mulf %v1143, %v1142 : f32
                %v1145 = arith.addf %v1141, %v1144 : f32
                llvm.store %v1145, %v29 : f32, !llvm.ptr
                %v1146 = arith.subi %size_L, %v2 : i64
                %v1147 = arith.cmpi eq, %v1116, %v1146 : i64
                scf.if %v1147 {
                }
                %v1148 = arith.muli %v24, %v2 : i64
                %v1149 = llvm.getelementptr %in_Dskip[%v1148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1150 = llvm.load %v1149 : !llvm.ptr -> f32
                %v1151 = arith.mulf %v1150, %v1128 : f32
                %v1152 = arith.muli %v24, %v171 : i64
                %v1153 = arith.muli %v17, %v2 : i64
                %v1154 = arith.addi %v1152, %v1153 : i64
                %v1155 = llvm.getelementptr %in_A_log[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1156 = llvm.load %v1155 : !llvm.ptr -> f32
                %v1157 = arith.mulf %v1156, %v155 : f32
                %v1158 = llvm.call_intrinsic "llvm.exp2.f32"(%v1157) : (f32) -> f32
                %v1159 = arith.negf %v1158 : f32
                %v1160 = arith.mulf %v1114, %v1159 : f32
                %v1161 = arith.mulf %v1160, %v155 : f32
                %v1162 = llvm.call_intrinsic "llvm.exp2.f32"(%v1161) : (f32) -> f32
                %v1163 = arith.subf %v1162, %v41 : f32
                %v1164 = arith.divf %v1163, %v1159 : f32
                %v1165 = arith.muli %v24, %v171 : i64
                %v1166 = arith.muli %v17, %v2 : i64
                %v1167 = arith.addi %v1165, %v1166 : i64
                %v1168 = llvm.getelementptr %in_Bp[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
                %v1170 = arith.mulf %v1164, %v1169 : f32
                %v1171 = llvm.load %v28 : !llvm.ptr -> f32
                %v1172 = arith.mulf %v1170, %v1171 : f32
                %v1173 = arith.muli %v24, %v171 : i64
                %v1174 = arith.constant 8 : i64
                %v1175 = arith.addi %v1174, %v17 : i64
                %v1176 = arith.muli %v1175, %v2 : i64
                %v1177 = arith.addi %v1173, %v1176 : i64
                %v1178 = llvm.getelementptr %in_A_log[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
                %v1180 = arith.mulf %v1179, %v155 : f32
                %v1181 = llvm.call_intrinsic "llvm.exp2.f32"(%v1180) : (f32) -> f32
                %v1182 = arith.negf %v1181 : f32
                %v1183 = arith.mulf %v1114, %v1182 : f32
                %v1184 = arith.mulf %v1183, %v155 : f32
                %v1185 = llvm.call_intrinsic "llvm.exp2.f32"(%v1184) : (f32) -> f32
                %v1186 = arith.subf %v1185, %v41 : f32
                %v1187 = arith.divf %v1186, %v1182 : f32
                %v1188 = arith.muli %v24, %v171 : i64
                %v1189 = arith.constant 8 : i64
                %v1190 = arith.addi %v1189, %v17 : i64
                %v1191 = arith.muli %v1190, %v2 : i64
                %v1192 = arith.addi %v1188, %v1191 : i64
                %v1193 = llvm.getelementptr %in_Bp[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
                %v1195 = arith.mulf %v1187, %v1194 : f32
                %v1196 = llvm.load %v29 : !llvm.ptr -> f32
                %v1197 = arith.mulf %v1195, %v1196 : f32
                %v1198 = arith.addf %v1172, %v1197 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1199, %v1200 = gpu.shuffle xor %v1198, %v844, %v165 : f32
                %v1201 = arith.addf %v1198, %v1199 : f32
                %v1202, %v1203 = gpu.shuffle xor %v1201, %v848, %v165 : f32
                %v1204 = arith.addf %v1201, %v1202 : f32
                %v1205, %v1206 = gpu.shuffle xor %v1204, %v852, %v165 : f32
                %v1207 = arith.addf %v1204, %v1205 : f32
                // end sum over the lanes
                %v1208 = arith.addf %v1151, %v1207 : f32
                %v1209 = arith.cmpi eq, %v17, %v42 : i64
                %v1210 = arith.andi %v21, %v1209 : i1
                scf.if %v1210 {
                  %v1211 = arith.muli %v26, %v192 : i64
                  %v1212 = arith.muli %v24, %v191 : i64
                  %v1213 = arith.addi %v1211, %v1212 : i64
                  %v1214 = arith.muli %v1116, %v2 : i64
                  %v1215 = arith.addi %v1213, %v1214 : i64
                  %v1216 = llvm.getelementptr %dx_u[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1208, %v1216 : f32, !llvm.ptr
                }
                %v1217 = arith.mulf %v548, %v1171 : f32
                %v1218 = arith.muli %v26, %v192 : i64
                %v1219 = arith.muli %v24, %v191 : i64
                %v1220 = arith.addi %v1218, %v1219 : i64
                %v1221 = arith.muli %v1116, %v2 : i64
                %v1222 = arith.addi %v1220, %v1221 : i64
                %v1223 = llvm.getelementptr %in_u[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
                %v1225 = arith.mulf %v1224, %v1171 : f32
                %v1226 = arith.mulf %v1169, %v1225 : f32
                %v1227 = arith.divf %v1226, %v1159 : f32
                %v1228 = arith.addf %v1217, %v1227 : f32
                %v1229 = arith.mulf %v1159, %v1162 : f32
                %v1230 = arith.mulf %v1228, %v1229 : f32
                %v1231 = arith.mulf %v574, %v1196 : f32
                %v1232 = arith.mulf %v1224, %v1196 : f32
                %v1233 = arith.mulf %v1194, %v1232 : f32
                %v1234 = arith.divf %v1233, %v1182 : f32
                %v1235 = arith.addf %v1231, %v1234 : f32
                %v1236 = arith.mulf %v1182, %v1185 : f32
                %v1237 = arith.mulf %v1235, %v1236 : f32
                %v1238 = arith.addf %v1230, %v1237 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1239, %v1240 = gpu.shuffle xor %v1238, %v844, %v165 : f32
                %v1241 = arith.addf %v1238, %v1239 : f32
                %v1242, %v1243 = gpu.shuffle xor %v1241, %v848, %v165 : f32
                %v1244 = arith.addf %v1241, %v1242 : f32
                %v1245, %v1246 = gpu.shuffle xor %v1244, %v852, %v165 : f32
                %v1247 = arith.addf %v1244, %v1245 : f32
                // end sum over the lanes
                %v1248 = arith.mulf %v1114, %v1247 : f32
                %v1249 = llvm.load %v32 : !llvm.ptr -> f32
                %v1250 = arith.addf %v1249, %v1248 : f32
                llvm.store %v1250, %v32 : f32, !llvm.ptr
                %v1251 = arith.divf %v1164, %v1159 : f32
                %v1252 = arith.mulf %v1169, %v1251 : f32
                %v1253 = arith.mulf %v1225, %v1252 : f32
                %v1254 = arith.negf %v1253 : f32
                %v1255 = arith.mulf %v1114, %v1162 : f32
                %v1256 = arith.mulf %v1228, %v1255 : f32
                %v1257 = arith.addf %v1254, %v1256 : f32
                %v1258 = arith.negf %v1257 : f32
                %v1259 = arith.mulf %v1158, %v1258 : f32
                %v1260 = llvm.load %v33 : !llvm.ptr -> f32
                %v1261 = arith.addf %v1260, %v1259 : f32
                llvm.store %v1261, %v33 : f32, !llvm.ptr
                %v1262 = arith.divf %v1187, %v1182 : f32
                %v1263 = arith.mulf %v1194, %v1262 : f32
                %v1264 = arith.mulf %v1232, %v1263 : f32
                %v1265 = arith.negf %v1264 : f32
                %v1266 = arith.mulf %v1114, %v1185 : f32
                %v1267 = arith.mulf %v1235, %v1266 : f32
                %v1268 = arith.addf %v1265, %v1267 : f32
                %v1269 = arith.negf %v1268 : f32
                %v1270 = arith.mulf %v1181, %v1269 : f32
                %v1271 = llvm.load %v34 : !llvm.ptr -> f32
                %v1272 = arith.addf %v1271, %v1270 : f32
                llvm.store %v1272, %v34 : f32, !llvm.ptr
                %v1273 = arith.mulf %v1164, %v1225 : f32
                %v1274 = llvm.load %v35 : !llvm.ptr -> f32
                %v1275 = arith.addf %v1274, %v1273 : f32
                llvm.store %v1275, %v35 : f32, !llvm.ptr
                %v1276 = arith.mulf %v1187, %v1232 : f32
                %v1277 = llvm.load %v36 : !llvm.ptr -> f32
                %v1278 = arith.addf %v1277, %v1276 : f32
                llvm.store %v1278, %v36 : f32, !llvm.ptr
                %v1279 = arith.mulf %v609, %v1128 : f32
                %v1280 = llvm.load %v37 : !llvm.ptr -> f32
                %v1281 = arith.addf %v1280, %v1279 : f32
                llvm.store %v1281, %v37 : f32, !llvm.ptr
                %v1282 = arith.mulf %v635, %v1128 : f32
                %v1283 = llvm.load %v38 : !llvm.ptr -> f32
                %v1284 = arith.addf %v1283, %v1282 : f32
                llvm.store %v1284, %v38 : f32, !llvm.ptr
                %v1285 = arith.mulf %v1224, %v1128 : f32
                %v1286 = llvm.load %v39 : !llvm.ptr -> f32
                %v1287 = arith.addf %v1286, %v1285 : f32
                llvm.store %v1287, %v39 : f32, !llvm.ptr
                llvm.store %v1162, %v30 : f32, !llvm.ptr
                llvm.store %v1185, %v31 : f32, !llvm.ptr
              }
              %v1288 = arith.addi %v244, %v514 : i64
              %v1289 = arith.cmpi slt, %v1288, %v93 : i64
              %v1290, %v1291 = gpu.shuffle idx %v271, %v69, %v165 : f32
              scf.if %v1289 {
                %v1292 = arith.addi %v91, %v1288 : i64
                %v1293 = arith.muli %v24, %v171 : i64
                %v1294 = arith.muli %v17, %v2 : i64
                %v1295 = arith.addi %v1293, %v1294 : i64
                %v1296 = llvm.getelementptr %in_Cp[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1297 = llvm.load %v1296 : !llvm.ptr -> f32
                %v1298 = arith.muli %v26, %v192 : i64
                %v1299 = arith.muli %v24, %v191 : i64
                %v1300 = arith.addi %v1298, %v1299 : i64
                %v1301 = arith.muli %v1292, %v2 : i64
                %v1302 = arith.addi %v1300, %v1301 : i64
                %v1303 = llvm.getelementptr %dy_y[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1304 = llvm.load %v1303 : !llvm.ptr -> f32
                %v1305 = arith.mulf %v1297, %v1304 : f32
                %v1306 = llvm.load %v28 : !llvm.ptr -> f32
                %v1307 = llvm.load %v30 : !llvm.ptr -> f32
                %v1308 = arith.mulf %v1307, %v1306 : f32
                %v1309 = arith.addf %v1305, %v1308 : f32
                llvm.store %v1309, %v28 : f32, !llvm.ptr
                %v1310 = arith.muli %v24, %v171 : i64
                %v1311 = arith.constant 8 : i64
                %v1312 = arith.addi %v1311, %v17 : i64
                %v1313 = arith.muli %v1312, %v2 : i64
                %v1314 = arith.addi %v1310, %v1313 : i64
                %v1315 = llvm.getelementptr %in_Cp[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1316 = llvm.load %v1315 : !llvm.ptr -> f32
                %v1317 = arith.mulf %v1316, %v1304 : f32
                %v1318 = llvm.load %v29 : !llvm.ptr -> f32
                %v1319 = llvm.load %v31 : !llvm.ptr -> f32
                %v1320 = arith.mulf %v1319, %v1318 : f32
                %v1321 = arith.addf %v1317, %v1320 : f32
                llvm.store %v1321, %v29 : f32, !llvm.ptr
                %v1322 = arith.subi %size_L, %v2 : i64
                %v1323 = arith.cmpi eq, %v1292, %v1322 : i64
                scf.if %v1323 {
                }
                %v1324 = arith.muli %v24, %v2 : i64
                %v1325 = llvm.getelementptr %in_Dskip[%v1324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
                %v1327 = arith.mulf %v1326, %v1304 : f32
                %v1328 = arith.muli %v24, %v171 : i64
                %v1329 = arith.muli %v17, %v2 : i64
                %v1330 = arith.addi %v1328, %v1329 : i64
                %v1331 = llvm.getelementptr %in_A_log[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1332 = llvm.load %v1331 : !llvm.ptr -> f32
                %v1333 = arith.mulf %v1332, %v155 : f32
                %v1334 = llvm.call_intrinsic "llvm.exp2.f32"(%v1333) : (f32) -> f32
                %v1335 = arith.negf %v1334 : f32
                %v1336 = arith.mulf %v1290, %v1335 : f32
                %v1337 = arith.mulf %v1336, %v155 : f32
                %v1338 = llvm.call_intrinsic "llvm.exp2.f32"(%v1337) : (f32) -> f32
                %v1339 = arith.subf %v1338, %v41 : f32
                %v1340 = arith.divf %v1339, %v1335 : f32
                %v1341 = arith.muli %v24, %v171 : i64
                %v1342 = arith.muli %v17, %v2 : i64
                %v1343 = arith.addi %v1341, %v1342 : i64
                %v1344 = llvm.getelementptr %in_Bp[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
                %v1346 = arith.mulf %v1340, %v1345 : f32
                %v1347 = llvm.load %v28 : !llvm.ptr -> f32
                %v1348 = arith.mulf %v1346, %v1347 : f32
                %v1349 = arith.muli %v24, %v171 : i64
                %v1350 = arith.constant 8 : i64
                %v1351 = arith.addi %v1350, %v17 : i64
                %v1352 = arith.muli %v1351, %v2 : i64
                %v1353 = arith.addi %v1349, %v1352 : i64
                %v1354 = llvm.getelementptr %in_A_log[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
                %v1356 = arith.mulf %v1355, %v155 : f32
                %v1357 = llvm.call_intrinsic "llvm.exp2.f32"(%v1356) : (f32) -> f32
                %v1358 = arith.negf %v1357 : f32
                %v1359 = arith.mulf %v1290, %v1358 : f32
                %v1360 = arith.mulf %v1359, %v155 : f32
                %v1361 = llvm.call_intrinsic "llvm.exp2.f32"(%v1360) : (f32) -> f32
                %v1362 = arith.subf %v1361, %v41 : f32
                %v1363 = arith.divf %v1362, %v1358 : f32
                %v1364 = arith.muli %v24, %v171 : i64
                %v1365 = arith.constant 8 : i64
                %v1366 = arith.addi %v1365, %v17 : i64
                %v1367 = arith.muli %v1366, %v2 : i64
                %v1368 = arith.addi %v1364, %v1367 : i64
                %v1369 = llvm.getelementptr %in_Bp[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
                %v1371 = arith.mulf %v1363, %v1370 : f32
                %v1372 = llvm.load %v29 : !llvm.ptr -> f32
                %v1373 = arith.mulf %v1371, %v1372 : f32
                %v1374 = arith.addf %v1348, %v1373 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1375, %v1376 = gpu.shuffle xor %v1374, %v844, %v165 : f32
                %v1377 = arith.addf %v1374, %v1375 : f32
                %v1378, %v1379 = gpu.shuffle xor %v1377, %v848, %v165 : f32
                %v1380 = arith.addf %v1377, %v1378 : f32
                %v1381, %v1382 = gpu.shuffle xor %v1380, %v852, %v165 : f32
                %v1383 = arith.addf %v1380, %v1381 : f32
                // end sum over the lanes
                %v1384 = arith.addf %v1327, %v1383 : f32
                %v1385 = arith.cmpi eq, %v17, %v42 : i64
                %v1386 = arith.andi %v21, %v1385 : i1
                scf.if %v1386 {
                  %v1387 = arith.muli %v26, %v192 : i64
                  %v1388 = arith.muli %v24, %v191 : i64
                  %v1389 = arith.addi %v1387, %v1388 : i64
                  %v1390 = arith.muli %v1292, %v2 : i64
                  %v1391 = arith.addi %v1389, %v1390 : i64
                  %v1392 = llvm.getelementptr %dx_u[%v1391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1384, %v1392 : f32, !llvm.ptr
                }
                %v1393 = arith.mulf %v487, %v1347 : f32
                %v1394 = arith.muli %v26, %v192 : i64
                %v1395 = arith.muli %v24, %v191 : i64
                %v1396 = arith.addi %v1394, %v1395 : i64
                %v1397 = arith.muli %v1292, %v2 : i64
                %v1398 = arith.addi %v1396, %v1397 : i64
                %v1399 = llvm.getelementptr %in_u[%v1398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1400 = llvm.load %v1399 : !llvm.ptr -> f32
                %v1401 = arith.mulf %v1400, %v1347 : f32
                %v1402 = arith.mulf %v1345, %v1401 : f32
                %v1403 = arith.divf %v1402, %v1335 : f32
                %v1404 = arith.addf %v1393, %v1403 : f32
                %v1405 = arith.mulf %v1335, %v1338 : f32
                %v1406 = arith.mulf %v1404, %v1405 : f32
                %v1407 = arith.mulf %v513, %v1372 : f32
                %v1408 = arith.mulf %v1400, %v1372 : f32
                %v1409 = arith.mulf %v1370, %v1408 : f32
                %v1410 = arith.divf %v1409, %v1358 : f32
                %v1411 = arith.addf %v1407, %v1410 : f32
                %v1412 = arith.mulf %v1358, %v1361 : f32
                %v1413 = arith.mulf %v1411, %v1412 : f32
                %v1414 = arith.addf %v1406, %v1413 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1415, %v1416 = gpu.shuffle xor %v1414, %v844, %v165 : f32
                %v1417 = arith.addf %v1414, %v1415 : f32
                %v1418, %v1419 = gpu.shuffle xor %v1417, %v848, %v165 : f32
                %v1420 = arith.addf %v1417, %v1418 : f32
                %v1421, %v1422 = gpu.shuffle xor %v1420, %v852, %v165 : f32
                %v1423 = arith.addf %v1420, %v1421 : f32
                // end sum over the lanes
                %v1424 = arith.mulf %v1290, %v1423 : f32
                %v1425 = llvm.load %v32 : !llvm.ptr -> f32
                %v1426 = arith.addf %v1425, %v1424 : f32
                llvm.store %v1426, %v32 : f32, !llvm.ptr
                %v1427 = arith.divf %v1340, %v1335 : f32
                %v1428 = arith.mulf %v1345, %v1427 : f32
                %v1429 = arith.mulf %v1401, %v1428 : f32
                %v1430 = arith.negf %v1429 : f32
                %v1431 = arith.mulf %v1290, %v1338 : f32
                %v1432 = arith.mulf %v1404, %v1431 : f32
                %v1433 = arith.addf %v1430, %v1432 : f32
                %v1434 = arith.negf %v1433 : f32
                %v1435 = arith.mulf %v1334, %v1434 : f32
                %v1436 = llvm.load %v33 : !llvm.ptr -> f32
                %v1437 = arith.addf %v1436, %v1435 : f32
                llvm.store %v1437, %v33 : f32, !llvm.ptr
                %v1438 = arith.divf %v1363, %v1358 : f32
                %v1439 = arith.mulf %v1370, %v1438 : f32
                %v1440 = arith.mulf %v1408, %v1439 : f32
                %v1441 = arith.negf %v1440 : f32
                %v1442 = arith.mulf %v1290, %v1361 : f32
                %v1443 = arith.mulf %v1411, %v1442 : f32
                %v1444 = arith.addf %v1441, %v1443 : f32
                %v1445 = arith.negf %v1444 : f32
                %v1446 = arith.mulf %v1357, %v1445 : f32
                %v1447 = llvm.load %v34 : !llvm.ptr -> f32
                %v1448 = arith.addf %v1447, %v1446 : f32
                llvm.store %v1448, %v34 : f32, !llvm.ptr
                %v1449 = arith.mulf %v1340, %v1401 : f32
                %v1450 = llvm.load %v35 : !llvm.ptr -> f32
                %v1451 = arith.addf %v1450, %v1449 : f32
                llvm.store %v1451, %v35 : f32, !llvm.ptr
                %v1452 = arith.mulf %v1363, %v1408 : f32
                %v1453 = llvm.load %v36 : !llvm.ptr -> f32
                %v1454 = arith.addf %v1453, %v1452 : f32
                llvm.store %v1454, %v36 : f32, !llvm.ptr
                %v1455 = arith.mulf %v548, %v1304 : f32
                %v1456 = llvm.load %v37 : !llvm.ptr -> f32
                %v1457 = arith.addf %v1456, %v1455 : f32
                llvm.store %v1457, %v37 : f32, !llvm.ptr
                %v1458 = arith.mulf %v574, %v1304 : f32
                %v1459 = llvm.load %v38 : !llvm.ptr -> f32
                %v1460 = arith.addf %v1459, %v1458 : f32
                llvm.store %v1460, %v38 : f32, !llvm.ptr
                %v1461 = arith.mulf %v1400, %v1304 : f32
                %v1462 = llvm.load %v39 : !llvm.ptr -> f32
                %v1463 = arith.addf %v1462, %v1461 : f32
                llvm.store %v1463, %v39 : f32, !llvm.ptr
                llvm.store %v1338, %v30 : f32, !llvm.ptr
                llvm.store %v1361, %v31 : f32, !llvm.ptr
              }
              %v1464 = arith.addi %v244, %v453 : i64
              %v1465 = arith.cmpi slt, %v1464, %v93 : i64
              %v1466, %v1467 = gpu.shuffle idx %v271, %v65, %v165 : f32
              scf.if %v1465 {
                %v1468 = arith.addi %v91, %v1464 : i64
                %v1469 = arith.muli %v24, %v171 : i64
                %v1470 = arith.muli %v17, %v2 : i64
                %v1471 = arith.addi %v1469, %v1470 : i64
                %v1472 = llvm.getelementptr %in_Cp[%v1471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1473 = llvm.load %v1472 : !llvm.ptr -> f32
                %v1474 = arith.muli %v26, %v192 : i64
                %v1475 = arith.muli %v24, %v191 : i64
                %v1476 = arith.addi %v1474, %v1475 : i64
                %v1477 = arith.muli %v1468, %v2 : i64
                %v1478 = arith.addi %v1476, %v1477 : i64
                %v1479 = llvm.getelementptr %dy_y[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
                %v1481 = arith.mulf %v1473, %v1480 : f32
                %v1482 = llvm.load %v28 : !llvm.ptr -> f32
                %v1483 = llvm.load %v30 : !llvm.ptr -> f32
                %v1484 = arith.mulf %v1483, %v1482 : f32
                %v1485 = arith.addf %v1481, %v1484 : f32
                llvm.store %v1485, %v28 : f32, !llvm.ptr
                %v1486 = arith.muli %v24, %v171 : i64
                %v1487 = arith.constant 8 : i64
                %v1488 = arith.addi %v1487, %v17 : i64
                %v1489 = arith.muli %v1488, %v2 : i64
                %v1490 = arith.addi %v1486, %v1489 : i64
                %v1491 = llvm.getelementptr %in_Cp[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1492 = llvm.load %v1491 : !llvm.ptr -> f32
                %v1493 = arith.mulf %v1492, %v1480 : f32
                %v1494 = llvm.load %v29 : !llvm.ptr -> f32
                %v1495 = llvm.load %v31 : !llvm.ptr -> f32
                %v1496 = arith.mulf %v1495, %v1494 : f32
                %v1497 = arith.addf %v1493, %v1496 : f32
                llvm.store %v1497, %v29 : f32, !llvm.ptr
                %v1498 = arith.subi %size_L, %v2 : i64
                %v1499 = arith.cmpi eq, %v1468, %v1498 : i64
                scf.if %v1499 {
                }
                %v1500 = arith.muli %v24, %v2 : i64
                %v1501 = llvm.getelementptr %in_Dskip[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1502 = llvm.load %v1501 : !llvm.ptr -> f32
                %v1503 = arith.mulf %v1502, %v1480 : f32
                %v1504 = arith.muli %v24, %v171 : i64
                %v1505 = arith.muli %v17, %v2 : i64
                %v1506 = arith.addi %v1504, %v1505 : i64
                %v1507 = llvm.getelementptr %in_A_log[%v1506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1508 = llvm.load %v1507 : !llvm.ptr -> f32
                %v1509 = arith.mulf %v1508, %v155 : f32
                %v1510 = llvm.call_intrinsic "llvm.exp2.f32"(%v1509) : (f32) -> f32
                %v1511 = arith.negf %v1510 : f32
                %v1512 = arith.mulf %v1466, %v1511 : f32
                %v1513 = arith.mulf %v1512, %v155 : f32
                %v1514 = llvm.call_intrinsic "llvm.exp2.f32"(%v1513) : (f32) -> f32
                %v1515 = arith.subf %v1514, %v41 : f32
                %v1516 = arith.divf %v1515, %v1511 : f32
                %v1517 = arith.muli %v24, %v171 : i64
                %v1518 = arith.muli %v17, %v2 : i64
                %v1519 = arith.addi %v1517, %v1518 : i64
                %v1520 = llvm.getelementptr %in_Bp[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
                %v1522 = arith.mulf %v1516, %v1521 : f32
                %v1523 = llvm.load %v28 : !llvm.ptr -> f32
                %v1524 = arith.mulf %v1522, %v1523 : f32
                %v1525 = arith.muli %v24, %v171 : i64
                %v1526 = arith.constant 8 : i64
                %v1527 = arith.addi %v1526, %v17 : i64
                %v1528 = arith.muli %v1527, %v2 : i64
                %v1529 = arith.addi %v1525, %v1528 : i64
                %v1530 = llvm.getelementptr %in_A_log[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1531 = llvm.load %v1530 : !llvm.ptr -> f32
                %v1532 = arith.mulf %v1531, %v155 : f32
                %v1533 = llvm.call_intrinsic "llvm.exp2.f32"(%v1532) : (f32) -> f32
                %v1534 = arith.negf %v1533 : f32
                %v1535 = arith.mulf %v1466, %v1534 : f32
                %v1536 = arith.mulf %v1535, %v155 : f32
                %v1537 = llvm.call_intrinsic "llvm.exp2.f32"(%v1536) : (f32) -> f32
                %v1538 = arith.subf %v1537, %v41 : f32
                %v1539 = arith.divf %v1538, %v1534 : f32
                %v1540 = arith.muli %v24, %v171 : i64
                %v1541 = arith.constant 8 : i64
                %v1542 = arith.addi %v1541, %v17 : i64
                %v1543 = arith.muli %v1542, %v2 : i64
                %v1544 = arith.addi %v1540, %v1543 : i64
                %v1545 = llvm.getelementptr %in_Bp[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
                %v1547 = arith.mulf %v1539, %v1546 : f32
                %v1548 = llvm.load %v29 : !llvm.ptr -> f32
                %v1549 = arith.mulf %v1547, %v1548 : f32
                %v1550 = arith.addf %v1524, %v1549 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1551, %v1552 = gpu.shuffle xor %v1550, %v844, %v165 : f32
                %v1553 = arith.addf %v1550, %v1551 : f32
                %v1554, %v1555 = gpu.shuffle xor %v1553, %v848, %v165 : f32
                %v1556 = arith.addf %v1553, %v1554 : f32
                %v1557, %v1558 = gpu.shuffle xor %v1556, %v852, %v165 : f32
                %v1559 = arith.addf %v1556, %v1557 : f32
                // end sum over the lanes
                %v1560 = arith.addf %v1503, %v1559 : f32
                %v1561 = arith.cmpi eq, %v17, %v42 : i64
                %v1562 = arith.andi %v21, %v1561 : i1
                scf.if %v1562 {
                  %v1563 = arith.muli %v26, %v192 : i64
                  %v1564 = arith.muli %v24, %v191 : i64
                  %v1565 = arith.addi %v1563, %v1564 : i64
                  %v1566 = arith.muli %v1468, %v2 : i64
                  %v1567 = arith.addi %v1565, %v1566 : i64
                  %v1568 = llvm.getelementptr %dx_u[%v1567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1560, %v1568 : f32, !llvm.ptr
                }
                %v1569 = arith.mulf %v426, %v1523 : f32
                %v1570 = arith.muli %v26, %v192 : i64
                %v1571 = arith.muli %v24, %v191 : i64
                %v1572 = arith.addi %v1570, %v1571 : i64
                %v1573 = arith.muli %v1468, %v2 : i64
                %v1574 = arith.addi %v1572, %v1573 : i64
                %v1575 = llvm.getelementptr %in_u[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
                %v1577 = arith.mulf %v1576, %v1523 : f32
                %v1578 = arith.mulf %v1521, %v1577 : f32
                %v1579 = arith.divf %v1578, %v1511 : f32
                %v1580 = arith.addf %v1569, %v1579 : f32
                %v1581 = arith.mulf %v1511, %v1514 : f32
                %v1582 = arith.mulf %v1580, %v1581 : f32
                %v1583 = arith.mulf %v452, %v1548 : f32
                %v1584 = arith.mulf %v1576, %v1548 : f32
                %v1585 = arith.mulf %v1546, %v1584 : f32
                %v1586 = arith.divf %v1585, %v1534 : f32
                %v1587 = arith.addf %v1583, %v1586 : f32
                %v1588 = arith.mulf %v1534, %v1537 : f32
                %v1589 = arith.mulf %v1587, %v1588 : f32
                %v1590 = arith.addf %v1582, %v1589 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1591, %v1592 = gpu.shuffle xor %v1590, %v844, %v165 : f32
                %v1593 = arith.addf %v1590, %v1591 : f32
                %v1594, %v1595 = gpu.shuffle xor %v1593, %v848, %v165 : f32
                %v1596 = arith.addf %v1593, %v1594 : f32
                %v1597, %v1598 = gpu.shuffle xor %v1596, %v852, %v165 : f32
                %v1599 = arith.addf %v1596, %v1597 : f32
                // end sum over the lanes
                %v1600 = arith.mulf %v1466, %v1599 : f32
                %v1601 = llvm.load %v32 : !llvm.ptr -> f32
                %v1602 = arith.addf %v1601, %v1600 : f32
                llvm.store %v1602, %v32 : f32, !llvm.ptr
                %v1603 = arith.divf %v1516, %v1511 : f32
                %v1604 = arith.mulf %v1521, %v1603 : f32
                %v1605 = arith.mulf %v1577, %v1604 : f32
                %v1606 = arith.negf %v1605 : f32
                %v1607 = arith.mulf %v1466, %v1514 : f32
                %v1608 = arith.mulf %v1580, %v1607 : f32
                %v1609 = arith.addf %v1606, %v1608 : f32
                %v1610 = arith.negf %v1609 : f32
                %v1611 = arith.mulf %v1510, %v1610 : f32
                %v1612 = llvm.load %v33 : !llvm.ptr -> f32
                %v1613 = arith.addf %v1612, %v1611 : f32
                llvm.store %v1613, %v33 : f32, !llvm.ptr
                %v1614 = arith.divf %v1539, %v1534 : f32
                %v1615 = arith.mulf %v1546, %v1614 : f32
                %v1616 = arith.mulf %v1584, %v1615 : f32
                %v1617 = arith.negf %v1616 : f32
                %v1618 = arith.mulf %v1466, %v1537 : f32
                %v1619 = arith.mulf %v1587, %v1618 : f32
                %v1620 = arith.addf %v1617, %v1619 : f32
                %v1621 = arith.negf %v1620 : f32
                %v1622 = arith.mulf %v1533, %v1621 : f32
                %v1623 = llvm.load %v34 : !llvm.ptr -> f32
                %v1624 = arith.addf %v1623, %v1622 : f32
                llvm.store %v1624, %v34 : f32, !llvm.ptr
                %v1625 = arith.mulf %v1516, %v1577 : f32
                %v1626 = llvm.load %v35 : !llvm.ptr -> f32
                %v1627 = arith.addf %v1626, %v1625 : f32
                llvm.store %v1627, %v35 : f32, !llvm.ptr
                %v1628 = arith.mulf %v1539, %v1584 : f32
                %v1629 = llvm.load %v36 : !llvm.ptr -> f32
                %v1630 = arith.addf %v1629, %v1628 : f32
                llvm.store %v1630, %v36 : f32, !llvm.ptr
                %v1631 = arith.mulf %v487, %v1480 : f32
                %v1632 = llvm.load %v37 : !llvm.ptr -> f32
                %v1633 = arith.addf %v1632, %v1631 : f32
                llvm.store %v1633, %v37 : f32, !llvm.ptr
                %v1634 = arith.mulf %v513, %v1480 : f32
                %v1635 = llvm.load %v38 : !llvm.ptr -> f32
                %v1636 = arith.addf %v1635, %v1634 : f32
                llvm.store %v1636, %v38 : f32, !llvm.ptr
                %v1637 = arith.mulf %v1576, %v1480 : f32
                %v1638 = llvm.load %v39 : !llvm.ptr -> f32
                %v1639 = arith.addf %v1638, %v1637 : f32
                llvm.store %v1639, %v39 : f32, !llvm.ptr
                llvm.store %v1514, %v30 : f32, !llvm.ptr
                llvm.store %v1537, %v31 : f32, !llvm.ptr
              }
              %v1640 = arith.addi %v244, %v392 : i64
              %v1641 = arith.cmpi slt, %v1640, %v93 : i64
              %v1642, %v1643 = gpu.shuffle idx %v271, %v61, %v165 : f32
              scf.if %v1641 {
                %v1644 = arith.addi %v91, %v1640 : i64
                %v1645 = arith.muli %v24, %v171 : i64
                %v1646 = arith.muli %v17, %v2 : i64
                %v1647 = arith.addi %v1645, %v1646 : i64
                %v1648 = llvm.getelementptr %in_Cp[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1649 = llvm.load %v1648 : !llvm.ptr -> f32
                %v1650 = arith.muli %v26, %v192 : i64
                %v1651 = arith.muli %v24, %v191 : i64
                %v1652 = arith.addi %v1650, %v1651 : i64
                %v1653 = arith.muli %v1644, %v2 : i64
                %v1654 = arith.addi %v1652, %v1653 : i64
                %v1655 = llvm.getelementptr %dy_y[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1656 = llvm.load %v1655 : !llvm.ptr -> f32
                %v1657 = arith.mulf %v1649, %v1656 : f32
                %v1658 = llvm.load %v28 : !llvm.ptr -> f32
                %v1659 = llvm.load %v30 : !llvm.ptr -> f32
                %v1660 = arith.mulf %v1659, %v1658 : f32
                %v1661 = arith.addf %v1657, %v1660 : f32
                llvm.store %v1661, %v28 : f32, !llvm.ptr
                %v1662 = arith.muli %v24, %v171 : i64
                %v1663 = arith.constant 8 : i64
                %v1664 = arith.addi %v1663, %v17 : i64
                %v1665 = arith.muli %v1664, %v2 : i64
                %v1666 = arith.addi %v1662, %v1665 : i64
                %v1667 = llvm.getelementptr %in_Cp[%v1666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1668 = llvm.load %v1667 : !llvm.ptr -> f32
                %v1669 = arith.mulf %v1668, %v1656 : f32
                %v1670 = llvm.load %v29 : !llvm.ptr -> f32
                %v1671 = llvm.load %v31 : !llvm.ptr -> f32
                %v1672 = arith.mulf %v1671, %v1670 : f32
                %v1673 = arith.addf %v1669, %v1672 : f32
                llvm.store %v1673, %v29 : f32, !llvm.ptr
                %v1674 = arith.subi %size_L, %v2 : i64
                %v1675 = arith.cmpi eq, %v1644, %v1674 : i64
                scf.if %v1675 {
                }
                %v1676 = arith.muli %v24, %v2 : i64
                %v1677 = llvm.getelementptr %in_Dskip[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1678 = llvm.load %v1677 : !llvm.ptr -> f32
                %v1679 = arith.mulf %v1678, %v1656 : f32
                %v1680 = arith.muli %v24, %v171 : i64
                %v1681 = arith.muli %v17, %v2 : i64
                %v1682 = arith.addi %v1680, %v1681 : i64
                %v1683 = llvm.getelementptr %in_A_log[%v1682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1684 = llvm.load %v1683 : !llvm.ptr -> f32
                %v1685 = arith.mulf %v1684, %v155 : f32
                %v1686 = llvm.call_intrinsic "llvm.exp2.f32"(%v1685) : (f32) -> f32
                %v1687 = arith.negf %v1686 : f32
                %v1688 = arith.mulf %v1642, %v1687 : f32
                %v1689 = arith.mulf %v1688, %v155 : f32
                %v1690 = llvm.call_intrinsic "llvm.exp2.f32"(%v1689) : (f32) -> f32
                %v1691 = arith.subf %v1690, %v41 : f32
                %v1692 = arith.divf %v1691, %v1687 : f32
                %v1693 = arith.muli %v24, %v171 : i64
                %v1694 = arith.muli %v17, %v2 : i64
                %v1695 = arith.addi %v1693, %v1694 : i64
                %v1696 = llvm.getelementptr %in_Bp[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1697 = llvm.load %v1696 : !llvm.ptr -> f32
                %v1698 = arith.mulf %v1692, %v1697 : f32
                %v1699 = llvm.load %v28 : !llvm.ptr -> f32
                %v1700 = arith.mulf %v1698, %v1699 : f32
                %v1701 = arith.muli %v24, %v171 : i64
                %v1702 = arith.constant 8 : i64
                %v1703 = arith.addi %v1702, %v17 : i64
                %v1704 = arith.muli %v1703, %v2 : i64
                %v1705 = arith.addi %v1701, %v1704 : i64
                %v1706 = llvm.getelementptr %in_A_log[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
                %v1708 = arith.mulf %v1707, %v155 : f32
                %v1709 = llvm.call_intrinsic "llvm.exp2.f32"(%v1708) : (f32) -> f32
                %v1710 = arith.negf %v1709 : f32
                %v1711 = arith.mulf %v1642, %v1710 : f32
                %v1712 = arith.mulf %v1711, %v155 : f32
                %v1713 = llvm.call_intrinsic "llvm.exp2.f32"(%v1712) : (f32) -> f32
                %v1714 = arith.subf %v1713, %v41 : f32
                %v1715 = arith.divf %v1714, %v1710 : f32
                %v1716 = arith.muli %v24, %v171 : i64
                %v1717 = arith.constant 8 : i64
                %v1718 = arith.addi %v1717, %v17 : i64
                %v1719 = arith.muli %v1718, %v2 : i64
                %v1720 = arith.addi %v1716, %v1719 : i64
                %v1721 = llvm.getelementptr %in_Bp[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
                %v1723 = arith.mulf %v1715, %v1722 : f32
                %v1724 = llvm.load %v29 : !llvm.ptr -> f32
                %v1725 = arith.mulf %v1723, %v1724 : f32
                %v1726 = arith.addf %v1700, %v1725 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1727, %v1728 = gpu.shuffle xor %v1726, %v844, %v165 : f32
                %v1729 = arith.addf %v1726, %v1727 : f32
                %v1730, %v1731 = gpu.shuffle xor %v1729, %v848, %v165 : f32
                %v1732 = arith.addf %v1729, %v1730 : f32
                %v1733, %v1734 = gpu.shuffle xor %v1732, %v852, %v165 : f32
                %v1735 = arith.addf %v1732, %v1733 : f32
                // end sum over the lanes
                %v1736 = arith.addf %v1679, %v1735 : f32
                %v1737 = arith.cmpi eq, %v17, %v42 : i64
                %v1738 = arith.andi %v21, %v1737 : i1
                scf.if %v1738 {
                  %v1739 = arith.muli %v26, %v192 : i64
                  %v1740 = arith.muli %v24, %v191 : i64
                  %v1741 = arith.addi %v1739, %v1740 : i64
                  %v1742 = arith.muli %v1644, %v2 : i64
                  %v1743 = arith.addi %v1741, %v1742 : i64
                  %v1744 = llvm.getelementptr %dx_u[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1736, %v1744 : f32, !llvm.ptr
                }
                %v1745 = arith.mulf %v365, %v1699 : f32
                %v1746 = arith.muli %v26, %v192 : i64
                %v1747 = arith.muli %v24, %v191 : i64
                %v1748 = arith.addi %v1746, %v1747 : i64
                %v1749 = arith.muli %v1644, %v2 : i64
                %v1750 = arith.addi %v1748, %v1749 : i64
                %v1751 = llvm.getelementptr %in_u[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1752 = llvm.load %v1751 : !llvm.ptr -> f32
                %v1753 = arith.mulf %v1752, %v1699 : f32
                %v1754 = arith.mulf %v1697, %v1753 : f32
                %v1755 = arith.divf %v1754, %v1687 : f32
                %v1756 = arith.addf %v1745, %v1755 : f32
                %v1757 = arith.mulf %v1687, %v1690 : f32
                %v1758 = arith.mulf %v1756, %v1757 : f32
                %v1759 = arith.mulf %v391, %v1724 : f32
                %v1760 = arith.mulf %v1752, %v1724 : f32
                %v1761 = arith.mulf %v1722, %v1760 : f32
                %v1762 = arith.divf %v1761, %v1710 : f32
                %v1763 = arith.addf %v1759, %v1762 : f32
                %v1764 = arith.mulf %v1710, %v1713 : f32
                %v1765 = arith.mulf %v1763, %v1764 : f32
                %v1766 = arith.addf %v1758, %v1765 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1767, %v1768 = gpu.shuffle xor %v1766, %v844, %v165 : f32
                %v1769 = arith.addf %v1766, %v1767 : f32
                %v1770, %v1771 = gpu.shuffle xor %v1769, %v848, %v165 : f32
                %v1772 = arith.addf %v1769, %v1770 : f32
                %v1773, %v1774 = gpu.shuffle xor %v1772, %v852, %v165 : f32
                %v1775 = arith.addf %v1772, %v1773 : f32
                // end sum over the lanes
                %v1776 = arith.mulf %v1642, %v1775 : f32
                %v1777 = llvm.load %v32 : !llvm.ptr -> f32
                %v1778 = arith.addf %v1777, %v1776 : f32
                llvm.store %v1778, %v32 : f32, !llvm.ptr
                %v1779 = arith.divf %v1692, %v1687 : f32
                %v1780 = arith.mulf %v1697, %v1779 : f32
                %v1781 = arith.mulf %v1753, %v1780 : f32
                %v1782 = arith.negf %v1781 : f32
                %v1783 = arith.mulf %v1642, %v1690 : f32
                %v1784 = arith.mulf %v1756, %v1783 : f32
                %v1785 = arith.addf %v1782, %v1784 : f32
                %v1786 = arith.negf %v1785 : f32
                %v1787 = arith.mulf %v1686, %v1786 : f32
                %v1788 = llvm.load %v33 : !llvm.ptr -> f32
                %v1789 = arith.addf %v1788, %v1787 : f32
                llvm.store %v1789, %v33 : f32, !llvm.ptr
                %v1790 = arith.divf %v1715, %v1710 : f32
                %v1791 = arith.mulf %v1722, %v1790 : f32
                %v1792 = arith.mulf %v1760, %v1791 : f32
                %v1793 = arith.negf %v1792 : f32
                %v1794 = arith.mulf %v1642, %v1713 : f32
                %v1795 = arith.mulf %v1763, %v1794 : f32
                %v1796 = arith.addf %v1793, %v1795 : f32
                %v1797 = arith.negf %v1796 : f32
                %v1798 = arith.mulf %v1709, %v1797 : f32
                %v1799 = llvm.load %v34 : !llvm.ptr -> f32
                %v1800 = arith.addf %v1799, %v1798 : f32
                llvm.store %v1800, %v34 : f32, !llvm.ptr
                %v1801 = arith.mulf %v1692, %v1753 : f32
                %v1802 = llvm.load %v35 : !llvm.ptr -> f32
                %v1803 = arith.addf %v1802, %v1801 : f32
                llvm.store %v1803, %v35 : f32, !llvm.ptr
                %v1804 = arith.mulf %v1715, %v1760 : f32
                %v1805 = llvm.load %v36 : !llvm.ptr -> f32
                %v1806 = arith.addf %v1805, %v1804 : f32
                llvm.store %v1806, %v36 : f32, !llvm.ptr
                %v1807 = arith.mulf %v426, %v1656 : f32
                %v1808 = llvm.load %v37 : !llvm.ptr -> f32
                %v1809 = arith.addf %v1808, %v1807 : f32
                llvm.store %v1809, %v37 : f32, !llvm.ptr
                %v1810 = arith.mulf %v452, %v1656 : f32
                %v1811 = llvm.load %v38 : !llvm.ptr -> f32
                %v1812 = arith.addf %v1811, %v1810 : f32
                llvm.store %v1812, %v38 : f32, !llvm.ptr
                %v1813 = arith.mulf %v1752, %v1656 : f32
                %v1814 = llvm.load %v39 : !llvm.ptr -> f32
                %v1815 = arith.addf %v1814, %v1813 : f32
                llvm.store %v1815, %v39 : f32, !llvm.ptr
                llvm.store %v1690, %v30 : f32, !llvm.ptr
                llvm.store %v1713, %v31 : f32, !llvm.ptr
              }
              %v1816 = arith.addi %v244, %v2 : i64
              %v1817 = arith.cmpi slt, %v1816, %v93 : i64
              %v1818, %v1819 = gpu.shuffle idx %v271, %v57, %v165 : f32
              scf.if %v1817 {
                %v1820 = arith.addi %v91, %v1816 : i64
                %v1821 = arith.muli %v24, %v171 : i64
                %v1822 = arith.muli %v17, %v2 : i64
                %v1823 = arith.addi %v1821, %v1822 : i64
                %v1824 = llvm.getelementptr %in_Cp[%v1823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1825 = llvm.load %v1824 : !llvm.ptr -> f32
                %v1826 = arith.muli %v26, %v192 : i64
                %v1827 = arith.muli %v24, %v191 : i64
                %v1828 = arith.addi %v1826, %v1827 : i64
                %v1829 = arith.muli %v1820, %v2 : i64
                %v1830 = arith.addi %v1828, %v1829 : i64
                %v1831 = llvm.getelementptr %dy_y[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1832 = llvm.load %v1831 : !llvm.ptr -> f32
                %v1833 = arith.mulf %v1825, %v1832 : f32
                %v1834 = llvm.load %v28 : !llvm.ptr -> f32
                %v1835 = llvm.load %v30 : !llvm.ptr -> f32
                %v1836 = arith.mulf %v1835, %v1834 : f32
                %v1837 = arith.addf %v1833, %v1836 : f32
                llvm.store %v1837, %v28 : f32, !llvm.ptr
                %v1838 = arith.muli %v24, %v171 : i64
                %v1839 = arith.constant 8 : i64
                %v1840 = arith.addi %v1839, %v17 : i64
                %v1841 = arith.muli %v1840, %v2 : i64
                %v1842 = arith.addi %v1838, %v1841 : i64
                %v1843 = llvm.getelementptr %in_Cp[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1844 = llvm.load %v1843 : !llvm.ptr -> f32
                %v1845 = arith.mulf %v1844, %v1832 : f32
                %v1846 = llvm.load %v29 : !llvm.ptr -> f32
                %v1847 = llvm.load %v31 : !llvm.ptr -> f32
                %v1848 = arith.mulf %v1847, %v1846 : f32
                %v1849 = arith.addf %v1845, %v1848 : f32
                llvm.store %v1849, %v29 : f32, !llvm.ptr
                %v1850 = arith.subi %size_L, %v2 : i64
                %v1851 = arith.cmpi eq, %v1820, %v1850 : i64
                scf.if %v1851 {
                }
                %v1852 = arith.muli %v24, %v2 : i64
                %v1853 = llvm.getelementptr %in_Dskip[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
                %v1855 = arith.mulf %v1854, %v1832 : f32
                %v1856 = arith.muli %v24, %v171 : i64
                %v1857 = arith.muli %v17, %v2 : i64
                %v1858 = arith.addi %v1856, %v1857 : i64
                %v1859 = llvm.getelementptr %in_A_log[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1860 = llvm.load %v1859 : !llvm.ptr -> f32
                %v1861 = arith.mulf %v1860, %v155 : f32
                %v1862 = llvm.call_intrinsic "llvm.exp2.f32"(%v1861) : (f32) -> f32
                %v1863 = arith.negf %v1862 : f32
                %v1864 = arith.mulf %v1818, %v1863 : f32
                %v1865 = arith.mulf %v1864, %v155 : f32
                %v1866 = llvm.call_intrinsic "llvm.exp2.f32"(%v1865) : (f32) -> f32
                %v1867 = arith.subf %v1866, %v41 : f32
                %v1868 = arith.divf %v1867, %v1863 : f32
                %v1869 = arith.muli %v24, %v171 : i64
                %v1870 = arith.muli %v17, %v2 : i64
                %v1871 = arith.addi %v1869, %v1870 : i64
                %v1872 = llvm.getelementptr %in_Bp[%v1871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1873 = llvm.load %v1872 : !llvm.ptr -> f32
                %v1874 = arith.mulf %v1868, %v1873 : f32
                %v1875 = llvm.load %v28 : !llvm.ptr -> f32
                %v1876 = arith.mulf %v1874, %v1875 : f32
                %v1877 = arith.muli %v24, %v171 : i64
                %v1878 = arith.constant 8 : i64
                %v1879 = arith.addi %v1878, %v17 : i64
                %v1880 = arith.muli %v1879, %v2 : i64
                %v1881 = arith.addi %v1877, %v1880 : i64
                %v1882 = llvm.getelementptr %in_A_log[%v1881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1883 = llvm.load %v1882 : !llvm.ptr -> f32
                %v1884 = arith.mulf %v1883, %v155 : f32
                %v1885 = llvm.call_intrinsic "llvm.exp2.f32"(%v1884) : (f32) -> f32
                %v1886 = arith.negf %v1885 : f32
                %v1887 = arith.mulf %v1818, %v1886 : f32
                %v1888 = arith.mulf %v1887, %v155 : f32
                %v1889 = llvm.call_intrinsic "llvm.exp2.f32"(%v1888) : (f32) -> f32
                %v1890 = arith.subf %v1889, %v41 : f32
                %v1891 = arith.divf %v1890, %v1886 : f32
                %v1892 = arith.muli %v24, %v171 : i64
                %v1893 = arith.constant 8 : i64
                %v1894 = arith.addi %v1893, %v17 : i64
                %v1895 = arith.muli %v1894, %v2 : i64
                %v1896 = arith.addi %v1892, %v1895 : i64
                %v1897 = llvm.getelementptr %in_Bp[%v1896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1898 = llvm.load %v1897 : !llvm.ptr -> f32
                %v1899 = arith.mulf %v1891, %v1898 : f32
                %v1900 = llvm.load %v29 : !llvm.ptr -> f32
                %v1901 = arith.mulf %v1899, %v1900 : f32
                %v1902 = arith.addf %v1876, %v1901 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1903, %v1904 = gpu.shuffle xor %v1902, %v844, %v165 : f32
                %v1905 = arith.addf %v1902, %v1903 : f32
                %v1906, %v1907 = gpu.shuffle xor %v1905, %v848, %v165 : f32
                %v1908 = arith.addf %v1905, %v1906 : f32
                %v1909, %v1910 = gpu.shuffle xor %v1908, %v852, %v165 : f32
                %v1911 = arith.addf %v1908, %v1909 : f32
                // end sum over the lanes
                %v1912 = arith.addf %v1855, %v1911 : f32
                %v1913 = arith.cmpi eq, %v17, %v42 : i64
                %v1914 = arith.andi %v21, %v1913 : i1
                scf.if %v1914 {
                  %v1915 = arith.muli %v26, %v192 : i64
                  %v1916 = arith.muli %v24, %v191 : i64
                  %v1917 = arith.addi %v1915, %v1916 : i64
                  %v1918 = arith.muli %v1820, %v2 : i64
                  %v1919 = arith.addi %v1917, %v1918 : i64
                  %v1920 = llvm.getelementptr %dx_u[%v1919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1912, %v1920 : f32, !llvm.ptr
                }
                %v1921 = arith.mulf %v305, %v1875 : f32
                %v1922 = arith.muli %v26, %v192 : i64
                %v1923 = arith.muli %v24, %v191 : i64
                %v1924 = arith.addi %v1922, %v1923 : i64
                %v1925 = arith.muli %v1820, %v2 : i64
                %v1926 = arith.addi %v1924, %v1925 : i64
                %v1927 = llvm.getelementptr %in_u[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1928 = llvm.load %v1927 : !llvm.ptr -> f32
                %v1929 = arith.mulf %v1928, %v1875 : f32
                %v1930 = arith.mulf %v1873, %v1929 : f32
                %v1931 = arith.divf %v1930, %v1863 : f32
                %v1932 = arith.addf %v1921, %v1931 : f32
                %v1933 = arith.mulf %v1863, %v1866 : f32
                %v1934 = arith.mulf %v1932, %v1933 : f32
                %v1935 = arith.mulf %v331, %v1900 : f32
                %v1936 = arith.mulf %v1928, %v1900 : f32
                %v1937 = arith.mulf %v1898, %v1936 : f32
                %v1938 = arith.divf %v1937, %v1886 : f32
                %v1939 = arith.addf %v1935, %v1938 : f32
                %v1940 = arith.mulf %v1886, %v1889 : f32
                %v1941 = arith.mulf %v1939, %v1940 : f32
                %v1942 = arith.addf %v1934, %v1941 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1943, %v1944 = gpu.shuffle xor %v1942, %v844, %v165 : f32
                %v1945 = arith.addf %v1942, %v1943 : f32
                %v1946, %v1947 = gpu.shuffle xor %v1945, %v848, %v165 : f32
                %v1948 = arith.addf %v1945, %v1946 : f32
                %v1949, %v1950 = gpu.shuffle xor %v1948, %v852, %v165 : f32
                %v1951 = arith.addf %v1948, %v1949 : f32
                // end sum over the lanes
                %v1952 = arith.mulf %v1818, %v1951 : f32
                %v1953 = llvm.load %v32 : !llvm.ptr -> f32
                %v1954 = arith.addf %v1953, %v1952 : f32
                llvm.store %v1954, %v32 : f32, !llvm.ptr
                %v1955 = arith.divf %v1868, %v1863 : f32
                %v1956 = arith.mulf %v1873, %v1955 : f32
                %v1957 = arith.mulf %v1929, %v1956 : f32
                %v1958 = arith.negf %v1957 : f32
                %v1959 = arith.mulf %v1818, %v1866 : f32
                %v1960 = arith.mulf %v1932, %v1959 : f32
                %v1961 = arith.addf %v1958, %v1960 : f32
                %v1962 = arith.negf %v1961 : f32
                %v1963 = arith.mulf %v1862, %v1962 : f32
                %v1964 = llvm.load %v33 : !llvm.ptr -> f32
                %v1965 = arith.addf %v1964, %v1963 : f32
                llvm.store %v1965, %v33 : f32, !llvm.ptr
                %v1966 = arith.divf %v1891, %v1886 : f32
                %v1967 = arith.mulf %v1898, %v1966 : f32
                %v1968 = arith.mulf %v1936, %v1967 : f32
                %v1969 = arith.negf %v1968 : f32
                %v1970 = arith.mulf %v1818, %v1889 : f32
                %v1971 = arith.mulf %v1939, %v1970 : f32
                %v1972 = arith.addf %v1969, %v1971 : f32
                %v1973 = arith.negf %v1972 : f32
                %v1974 = arith.mulf %v1885, %v1973 : f32
                %v1975 = llvm.load %v34 : !llvm.ptr -> f32
                %v1976 = arith.addf %v1975, %v1974 : f32
                llvm.store %v1976, %v34 : f32, !llvm.ptr
                %v1977 = arith.mulf %v1868, %v1929 : f32
                %v1978 = llvm.load %v35 : !llvm.ptr -> f32
                %v1979 = arith.addf %v1978, %v1977 : f32
                llvm.store %v1979, %v35 : f32, !llvm.ptr
                %v1980 = arith.mulf %v1891, %v1936 : f32
                %v1981 = llvm.load %v36 : !llvm.ptr -> f32
                %v1982 = arith.addf %v1981, %v1980 : f32
                llvm.store %v1982, %v36 : f32, !llvm.ptr
                %v1983 = arith.mulf %v365, %v1832 : f32
                %v1984 = llvm.load %v37 : !llvm.ptr -> f32
                %v1985 = arith.addf %v1984, %v1983 : f32
                llvm.store %v1985, %v37 : f32, !llvm.ptr
                %v1986 = arith.mulf %v391, %v1832 : f32
                %v1987 = llvm.load %v38 : !llvm.ptr -> f32
                %v1988 = arith.addf %v1987, %v1986 : f32
                llvm.store %v1988, %v38 : f32, !llvm.ptr
                %v1989 = arith.mulf %v1928, %v1832 : f32
                %v1990 = llvm.load %v39 : !llvm.ptr -> f32
                %v1991 = arith.addf %v1990, %v1989 : f32
                llvm.store %v1991, %v39 : f32, !llvm.ptr
                llvm.store %v1866, %v30 : f32, !llvm.ptr
                llvm.store %v1889, %v31 : f32, !llvm.ptr
              }
              %v1992 = arith.addi %v244, %v42 : i64
              %v1993 = arith.cmpi slt, %v1992, %v93 : i64
              %v1994, %v1995 = gpu.shuffle idx %v271, %v53, %v165 : f32
              scf.if %v1993 {
                %v1996 = arith.addi %v91, %v1992 : i64
                %v1997 = arith.muli %v24, %v171 : i64
                %v1998 = arith.muli %v17, %v2 : i64
                %v1999 = arith.addi %v1997, %v1998 : i64
                %v2000 = llvm.getelementptr %in_Cp[%v1999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2001 = llvm.load %v2000 : !llvm.ptr -> f32
                %v2002 = arith.muli %v26, %v192 : i64
                %v2003 = arith.muli %v24, %v191 : i64
                %v2004 = arith.addi %v2002, %v2003 : i64
                %v2005 = arith.muli %v1996, %v2 : i64
                %v2006 = arith.addi %v2004, %v2005 : i64
                %v2007 = llvm.getelementptr %dy_y[%v2006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2008 = llvm.load %v2007 : !llvm.ptr -> f32
                %v2009 = arith.mulf %v2001, %v2008 : f32
                %v2010 = llvm.load %v28 : !llvm.ptr -> f32
                %v2011 = llvm.load %v30 : !llvm.ptr -> f32
                %v2012 = arith.mulf %v2011, %v2010 : f32
                %v2013 = arith.addf %v2009, %v2012 : f32
                llvm.store %v2013, %v28 : f32, !llvm.ptr
                %v2014 = arith.muli %v24, %v171 : i64
                %v2015 = arith.constant 8 : i64
                %v2016 = arith.addi %v2015, %v17 : i64
                %v2017 = arith.muli %v2016, %v2 : i64
                %v2018 = arith.addi %v2014, %v2017 : i64
                %v2019 = llvm.getelementptr %in_Cp[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2020 = llvm.load %v2019 : !llvm.ptr -> f32
                %v2021 = arith.mulf %v2020, %v2008 : f32
                %v2022 = llvm.load %v29 : !llvm.ptr -> f32
                %v2023 = llvm.load %v31 : !llvm.ptr -> f32
                %v2024 = arith.mulf %v2023, %v2022 : f32
                %v2025 = arith.addf %v2021, %v2024 : f32
                llvm.store %v2025, %v29 : f32, !llvm.ptr
                %v2026 = arith.subi %size_L, %v2 : i64
                %v2027 = arith.cmpi eq, %v1996, %v2026 : i64
                scf.if %v2027 {
                }
                %v2028 = arith.muli %v24, %v2 : i64
                %v2029 = llvm.getelementptr %in_Dskip[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
                %v2031 = arith.mulf %v2030, %v2008 : f32
                %v2032 = arith.muli %v24, %v171 : i64
                %v2033 = arith.muli %v17, %v2 : i64
                %v2034 = arith.addi %v2032, %v2033 : i64
                %v2035 = llvm.getelementptr %in_A_log[%v2034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2036 = llvm.load %v2035 : !llvm.ptr -> f32
                %v2037 = arith.mulf %v2036, %v155 : f32
                %v2038 = llvm.call_intrinsic "llvm.exp2.f32"(%v2037) : (f32) -> f32
                %v2039 = arith.negf %v2038 : f32
                %v2040 = arith.mulf %v1994, %v2039 : f32
                %v2041 = arith.mulf %v2040, %v155 : f32
                %v2042 = llvm.call_intrinsic "llvm.exp2.f32"(%v2041) : (f32) -> f32
                %v2043 = arith.subf %v2042, %v41 : f32
                %v2044 = arith.divf %v2043, %v2039 : f32
                %v2045 = arith.muli %v24, %v171 : i64
                %v2046 = arith.muli %v17, %v2 : i64
                %v2047 = arith.addi %v2045, %v2046 : i64
                %v2048 = llvm.getelementptr %in_Bp[%v2047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2049 = llvm.load %v2048 : !llvm.ptr -> f32
                %v2050 = arith.mulf %v2044, %v2049 : f32
                %v2051 = llvm.load %v28 : !llvm.ptr -> f32
                %v2052 = arith.mulf %v2050, %v2051 : f32
                %v2053 = arith.muli %v24, %v171 : i64
                %v2054 = arith.constant 8 : i64
                %v2055 = arith.addi %v2054, %v17 : i64
                %v2056 = arith.muli %v2055, %v2 : i64
                %v2057 = arith.addi %v2053, %v2056 : i64
                %v2058 = llvm.getelementptr %in_A_log[%v2057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2059 = llvm.load %v2058 : !llvm.ptr -> f32
                %v2060 = arith.mulf %v2059, %v155 : f32
                %v2061 = llvm.call_intrinsic "llvm.exp2.f32"(%v2060) : (f32) -> f32
                %v2062 = arith.negf %v2061 : f32
                %v2063 = arith.mulf %v1994, %v2062 : f32
                %v2064 = arith.mulf %v2063, %v155 : f32
                %v2065 = llvm.call_intrinsic "llvm.exp2.f32"(%v2064) : (f32) -> f32
                %v2066 = arith.subf %v2065, %v41 : f32
                %v2067 = arith.divf %v2066, %v2062 : f32
                %v2068 = arith.muli %v24, %v171 : i64
                %v2069 = arith.constant 8 : i64
                %v2070 = arith.addi %v2069, %v17 : i64
                %v2071 = arith.muli %v2070, %v2 : i64
                %v2072 = arith.addi %v2068, %v2071 : i64
                %v2073 = llvm.getelementptr %in_Bp[%v2072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2074 = llvm.load %v2073 : !llvm.ptr -> f32
                %v2075 = arith.mulf %v2067, %v2074 : f32
                %v2076 = llvm.load %v29 : !llvm.ptr -> f32
                %v2077 = arith.mulf %v2075, %v2076 : f32
                %v2078 = arith.addf %v2052, %v2077 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2079, %v2080 = gpu.shuffle xor %v2078, %v844, %v165 : f32
                %v2081 = arith.addf %v2078, %v2079 : f32
                %v2082, %v2083 = gpu.shuffle xor %v2081, %v848, %v165 : f32
                %v2084 = arith.addf %v2081, %v2082 : f32
                %v2085, %v2086 = gpu.shuffle xor %v2084, %v852, %v165 : f32
                %v2087 = arith.addf %v2084, %v2085 : f32
                // end sum over the lanes
                %v2088 = arith.addf %v2031, %v2087 : f32
                %v2089 = arith.cmpi eq, %v17, %v42 : i64
                %v2090 = arith.andi %v21, %v2089 : i1
                scf.if %v2090 {
                  %v2091 = arith.muli %v26, %v192 : i64
                  %v2092 = arith.muli %v24, %v191 : i64
                  %v2093 = arith.addi %v2091, %v2092 : i64
                  %v2094 = arith.muli %v1996, %v2 : i64
                  %v2095 = arith.addi %v2093, %v2094 : i64
                  %v2096 = llvm.getelementptr %dx_u[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2088, %v2096 : f32, !llvm.ptr
                }
                %v2097 = arith.mulf %v254, %v2051 : f32
                %v2098 = arith.muli %v26, %v192 : i64
                %v2099 = arith.muli %v24, %v191 : i64
                %v2100 = arith.addi %v2098, %v2099 : i64
                %v2101 = arith.muli %v1996, %v2 : i64
                %v2102 = arith.addi %v2100, %v2101 : i64
                %v2103 = llvm.getelementptr %in_u[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2104 = llvm.load %v2103 : !llvm.ptr -> f32
                %v2105 = arith.mulf %v2104, %v2051 : f32
                %v2106 = arith.mulf %v2049, %v2105 : f32
                %v2107 = arith.divf %v2106, %v2039 : f32
                %v2108 = arith.addf %v2097, %v2107 : f32
                %v2109 = arith.mulf %v2039, %v2042 : f32
                %v2110 = arith.mulf %v2108, %v2109 : f32
                %v2111 = arith.mulf %v263, %v2076 : f32
                %v2112 = arith.mulf %v2104, %v2076 : f32
                %v2113 = arith.mulf %v2074, %v2112 : f32
                %v2114 = arith.divf %v2113, %v2062 : f32
                %v2115 = arith.addf %v2111, %v2114 : f32
                %v2116 = arith.mulf %v2062, %v2065 : f32
                %v2117 = arith.mulf %v2115, %v2116 : f32
                %v2118 = arith.addf %v2110, %v2117 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2119, %v2120 = gpu.shuffle xor %v2118, %v844, %v165 : f32
                %v2121 = arith.addf %v2118, %v2119 : f32
                %v2122, %v2123 = gpu.shuffle xor %v2121, %v848, %v165 : f32
                %v2124 = arith.addf %v2121, %v2122 : f32
                %v2125, %v2126 = gpu.shuffle xor %v2124, %v852, %v165 : f32
                %v2127 = arith.addf %v2124, %v2125 : f32
                // end sum over the lanes
                %v2128 = arith.mulf %v1994, %v2127 : f32
                %v2129 = llvm.load %v32 : !llvm.ptr -> f32
                %v2130 = arith.addf %v2129, %v2128 : f32
                llvm.store %v2130, %v32 : f32, !llvm.ptr
                %v2131 = arith.divf %v2044, %v2039 : f32
                %v2132 = arith.mulf %v2049, %v2131 : f32
                %v2133 = arith.mulf %v2105, %v2132 : f32
                %v2134 = arith.negf %v2133 : f32
                %v2135 = arith.mulf %v1994, %v2042 : f32
                %v2136 = arith.mulf %v2108, %v2135 : f32
                %v2137 = arith.addf %v2134, %v2136 : f32
                %v2138 = arith.negf %v2137 : f32
                %v2139 = arith.mulf %v2038, %v2138 : f32
                %v2140 = llvm.load %v33 : !llvm.ptr -> f32
                %v2141 = arith.addf %v2140, %v2139 : f32
                llvm.store %v2141, %v33 : f32, !llvm.ptr
                %v2142 = arith.divf %v2067, %v2062 : f32
                %v2143 = arith.mulf %v2074, %v2142 : f32
                %v2144 = arith.mulf %v2112, %v2143 : f32
                %v2145 = arith.negf %v2144 : f32
                %v2146 = arith.mulf %v1994, %v2065 : f32
                %v2147 = arith.mulf %v2115, %v2146 : f32
                %v2148 = arith.addf %v2145, %v2147 : f32
                %v2149 = arith.negf %v2148 : f32
                %v2150 = arith.mulf %v2061, %v2149 : f32
                %v2151 = llvm.load %v34 : !llvm.ptr -> f32
                %v2152 = arith.addf %v2151, %v2150 : f32
                llvm.store %v2152, %v34 : f32, !llvm.ptr
                %v2153 = arith.mulf %v2044, %v2105 : f32
                %v2154 = llvm.load %v35 : !llvm.ptr -> f32
                %v2155 = arith.addf %v2154, %v2153 : f32
                llvm.store %v2155, %v35 : f32, !llvm.ptr
                %v2156 = arith.mulf %v2067, %v2112 : f32
                %v2157 = llvm.load %v36 : !llvm.ptr -> f32
                %v2158 = arith.addf %v2157, %v2156 : f32
                llvm.store %v2158, %v36 : f32, !llvm.ptr
                %v2159 = arith.mulf %v305, %v2008 : f32
                %v2160 = llvm.load %v37 : !llvm.ptr -> f32
                %v2161 = arith.addf %v2160, %v2159 : f32
                llvm.store %v2161, %v37 : f32, !llvm.ptr
                %v2162 = arith.mulf %v331, %v2008 : f32
                %v2163 = llvm.load %v38 : !llvm.ptr -> f32
                %v2164 = arith.addf %v2163, %v2162 : f32
                llvm.store %v2164, %v38 : f32, !llvm.ptr
                %v2165 = arith.mulf %v2104, %v2008 : f32
                %v2166 = llvm.load %v39 : !llvm.ptr -> f32
                %v2167 = arith.addf %v2166, %v2165 : f32
                llvm.store %v2167, %v39 : f32, !llvm.ptr
                llvm.store %v2042, %v30 : f32, !llvm.ptr
                llvm.store %v2065, %v31 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v2168 = arith.cmpi eq, %v17, %v42 : i64
      %v2169 = arith.andi %v21, %v2168 : i1
      scf.if %v2169 {
        %v2170 = llvm.load %v32 : !llvm.ptr -> f32
        %v2171 = arith.muli %v20, %v2 : i64
        %v2172 = arith.addi %v2171, %v42 : i64
        %v2173 = llvm.getelementptr %part_log_dt[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2170, %v2173 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v2174 = llvm.load %v33 : !llvm.ptr -> f32
        %v2175 = arith.addi %v42, %v17 : i64
        %v2176 = arith.muli %v20, %v1 : i64
        %v2177 = arith.addi %v2176, %v2175 : i64
        %v2178 = llvm.getelementptr %part_A_log[%v2177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2174, %v2178 : f32, !llvm.ptr
        %v2179 = llvm.load %v34 : !llvm.ptr -> f32
        %v2180 = arith.addi %v16, %v17 : i64
        %v2181 = arith.muli %v20, %v1 : i64
        %v2182 = arith.addi %v2181, %v2180 : i64
        %v2183 = llvm.getelementptr %part_A_log[%v2182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2179, %v2183 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v2184 = llvm.load %v35 : !llvm.ptr -> f32
        %v2185 = arith.addi %v42, %v17 : i64
        %v2186 = arith.muli %v20, %v1 : i64
        %v2187 = arith.addi %v2186, %v2185 : i64
        %v2188 = llvm.getelementptr %part_Bp[%v2187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2184, %v2188 : f32, !llvm.ptr
        %v2189 = llvm.load %v36 : !llvm.ptr -> f32
        %v2190 = arith.addi %v16, %v17 : i64
        %v2191 = arith.muli %v20, %v1 : i64
        %v2192 = arith.addi %v2191, %v2190 : i64
        %v2193 = llvm.getelementptr %part_Bp[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2189, %v2193 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v2194 = llvm.load %v37 : !llvm.ptr -> f32
        %v2195 = arith.addi %v42, %v17 : i64
        %v2196 = arith.muli %v20, %v1 : i64
        %v2197 = arith.addi %v2196, %v2195 : i64
        %v2198 = llvm.getelementptr %part_Cp[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2194, %v2198 : f32, !llvm.ptr
        %v2199 = llvm.load %v38 : !llvm.ptr -> f32
        %v2200 = arith.addi %v16, %v17 : i64
        %v2201 = arith.muli %v20, %v1 : i64
        %v2202 = arith.addi %v2201, %v2200 : i64
        %v2203 = llvm.getelementptr %part_Cp[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2199, %v2203 : f32, !llvm.ptr
      }
      %v2204 = arith.cmpi eq, %v17, %v42 : i64
      %v2205 = arith.andi %v21, %v2204 : i1
      scf.if %v2205 {
        %v2206 = llvm.load %v39 : !llvm.ptr -> f32
        %v2207 = arith.muli %v20, %v2 : i64
        %v2208 = arith.addi %v2207, %v42 : i64
        %v2209 = llvm.getelementptr %part_Dskip[%v2208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2206, %v2209 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
