module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_bwd(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %part_log_dt: !llvm.ptr, %part_A_log: !llvm.ptr, %part_Bp: !llvm.ptr, %part_Cp: !llvm.ptr, %part_Dskip: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
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
      %v42 = arith.constant 64 : i64
      %v43 = arith.constant 0 : i64
      %v59 = arith.muli %v2, %size_B : i64
      %v60 = arith.muli %v59, %size_D : i64
      %v61 = arith.muli %v60, %v1 : i64
      %v63 = arith.muli %v2, %v1 : i64
      %v64 = arith.muli %v63, %size_D : i64
      %v73 = arith.muli %v2, %size_B : i64
      %v74 = arith.muli %v73, %size_D : i64
      %v75 = arith.muli %v74, %v1 : i64
      %v96 = arith.constant 0x3FB8AA3B : f32
      %v99 = arith.muli %v2, %v1 : i64
      %v119 = arith.muli %v2, %size_L : i64
      %v120 = arith.muli %v119, %size_D : i64
      %v272 = arith.constant 1 : i32
      %v273 = arith.constant 32 : i32
      %v277 = arith.constant 2 : i32
      %v281 = arith.constant 4 : i32
      %v303 = arith.muli %v2, %size_B : i64
      %v304 = arith.muli %v303, %size_D : i64
      %v305 = arith.muli %v304, %v1 : i64
      %v339 = arith.muli %v2, %size_B : i64
      %v340 = arith.muli %v339, %size_D : i64
      %v341 = arith.muli %v340, %v1 : i64
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
      %v44 = arith.subi %v42, %v2 : i64
      %v45 = arith.addi %size_L, %v44 : i64
      %v46 = arith.divui %v45, %v42 : i64
      %v47 = arith.subi %size_L, %v2 : i64
      %v48 = arith.cmpi eq, %size_L, %v43 : i64
      scf.if %v48 {
        llvm.store %v40, %v9 : f32, !llvm.ptr
        llvm.store %v40, %v10 : f32, !llvm.ptr
      }
      %v49 = arith.index_cast %v43 : i64 to index
      %v50 = arith.index_cast %v46 : i64 to index
      %v51 = arith.index_cast %v2 : i64 to index
      scf.for %v52 = %v49 to %v50 step %v51 {
        %v53 = arith.index_cast %v52 : index to i64
        %v54 = arith.subi %v46, %v2 : i64
        %v55 = arith.subi %v54, %v53 : i64
        %v56 = arith.muli %v55, %v42 : i64
        %v57 = arith.subi %size_L, %v56 : i64
        %v58 = arith.minsi %v57, %v42 : i64
        %v62 = arith.muli %v55, %v61 : i64
        %v65 = arith.muli %v26, %v64 : i64
        %v66 = arith.muli %v24, %v63 : i64
        %v67 = arith.addi %v65, %v66 : i64
        %v68 = arith.muli %v17, %v2 : i64
        %v69 = arith.addi %v67, %v68 : i64
        %v70 = arith.addi %v62, %v69 : i64
        %v71 = llvm.getelementptr %ckpt_h[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v72 = llvm.load %v71 : !llvm.ptr -> f32
        llvm.store %v72, %v7 : f32, !llvm.ptr
        %v76 = arith.muli %v55, %v75 : i64
        %v77 = arith.muli %v26, %v64 : i64
        %v78 = arith.muli %v24, %v63 : i64
        %v79 = arith.addi %v77, %v78 : i64
        %v80 = arith.constant 8 : i64
        %v81 = arith.addi %v80, %v17 : i64
        %v82 = arith.muli %v81, %v2 : i64
        %v83 = arith.addi %v79, %v82 : i64
        %v84 = arith.addi %v76, %v83 : i64
        %v85 = llvm.getelementptr %ckpt_h[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v86 = llvm.load %v85 : !llvm.ptr -> f32
        llvm.store %v86, %v8 : f32, !llvm.ptr
        %v87 = arith.index_cast %v43 : i64 to index
        %v88 = arith.index_cast %v58 : i64 to index
        %v89 = arith.index_cast %v2 : i64 to index
        scf.for %v90 = %v87 to %v88 step %v89 {
          %v91 = arith.index_cast %v90 : index to i64
          %v92 = arith.addi %v56, %v91 : i64
          %v93 = arith.muli %v24, %v2 : i64
          %v94 = llvm.getelementptr %in_log_dt[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v95 = llvm.load %v94 : !llvm.ptr -> f32
          %v97 = arith.mulf %v95, %v96 : f32
          %v98 = llvm.call_intrinsic "llvm.exp2.f32"(%v97) : (f32) -> f32
          %v100 = arith.muli %v24, %v99 : i64
          %v101 = arith.muli %v17, %v2 : i64
          %v102 = arith.addi %v100, %v101 : i64
          %v103 = llvm.getelementptr %in_A_log[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v104 = llvm.load %v103 : !llvm.ptr -> f32
          %v105 = arith.mulf %v104, %v96 : f32
          %v106 = llvm.call_intrinsic "llvm.exp2.f32"(%v105) : (f32) -> f32
          %v107 = arith.negf %v106 : f32
          %v108 = arith.mulf %v98, %v107 : f32
          %v109 = arith.mulf %v108, %v96 : f32
          %v110 = llvm.call_intrinsic "llvm.exp2.f32"(%v109) : (f32) -> f32
          %v111 = arith.subf %v110, %v41 : f32
          %v112 = arith.divf %v111, %v107 : f32
          %v113 = arith.muli %v24, %v99 : i64
          %v114 = arith.muli %v17, %v2 : i64
          %v115 = arith.addi %v113, %v114 : i64
          %v116 = llvm.getelementptr %in_Bp[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          %v118 = arith.mulf %v112, %v117 : f32
          %v121 = arith.muli %v26, %v120 : i64
          %v122 = arith.muli %v24, %v119 : i64
          %v123 = arith.addi %v121, %v122 : i64
          %v124 = arith.muli %v92, %v2 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = llvm.getelementptr %in_u[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          %v128 = arith.mulf %v118, %v127 : f32
          %v129 = llvm.load %v7 : !llvm.ptr -> f32
          %v130 = arith.mulf %v110, %v129 : f32
          %v131 = arith.addf %v130, %v128 : f32
          scf.if %v21 {
            %v132 = arith.muli %v91, %v4 : i64
            %v133 = arith.subi %v4, %v2 : i64
            %v134 = arith.minsi %v20, %v133 : i64
            %v135 = arith.addi %v132, %v134 : i64
            %v136 = arith.muli %v135, %v1 : i64
            %v137 = arith.addi %v136, %v43 : i64
            %v138 = arith.addi %v137, %v17 : i64
            %v139 = llvm.getelementptr %scratch_h[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v131, %v139 : f32, !llvm.ptr
          }
          llvm.store %v131, %v7 : f32, !llvm.ptr
          %v140 = arith.muli %v24, %v99 : i64
          %v141 = arith.constant 8 : i64
          %v142 = arith.addi %v141, %v17 : i64
          %v143 = arith.muli %v142, %v2 : i64
          %v144 = arith.addi %v140, %v143 : i64
          %v145 = llvm.getelementptr %in_A_log[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 : !llvm.ptr -> f32
          %v147 = arith.mulf %v146, %v96 : f32
          %v148 = llvm.call_intrinsic "llvm.exp2.f32"(%v147) : (f32) -> f32
          %v149 = arith.negf %v148 : f32
          %v150 = arith.mulf %v98, %v149 : f32
          %v151 = arith.mulf %v150, %v96 : f32
          %v152 = llvm.call_intrinsic "llvm.exp2.f32"(%v151) : (f32) -> f32
          %v153 = arith.subf %v152, %v41 : f32
          %v154 = arith.divf %v153, %v149 : f32
          %v155 = arith.muli %v24, %v99 : i64
          %v156 = arith.constant 8 : i64
          %v157 = arith.addi %v156, %v17 : i64
          %v158 = arith.muli %v157, %v2 : i64
          %v159 = arith.addi %v155, %v158 : i64
          %v160 = llvm.getelementptr %in_Bp[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 : !llvm.ptr -> f32
          %v162 = arith.mulf %v154, %v161 : f32
          %v163 = arith.mulf %v162, %v127 : f32
          %v164 = llvm.load %v8 : !llvm.ptr -> f32
          %v165 = arith.mulf %v152, %v164 : f32
          %v166 = arith.addf %v165, %v163 : f32
          scf.if %v21 {
            %v167 = arith.muli %v91, %v4 : i64
            %v168 = arith.subi %v4, %v2 : i64
            %v169 = arith.minsi %v20, %v168 : i64
            %v170 = arith.addi %v167, %v169 : i64
            %v171 = arith.muli %v170, %v1 : i64
            %v172 = arith.addi %v171, %v16 : i64
            %v173 = arith.addi %v172, %v17 : i64
            %v174 = llvm.getelementptr %scratch_h[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v166, %v174 : f32, !llvm.ptr
          }
          llvm.store %v166, %v8 : f32, !llvm.ptr
        }
        %v175 = arith.index_cast %v43 : i64 to index
        %v176 = arith.index_cast %v58 : i64 to index
        %v177 = arith.index_cast %v2 : i64 to index
        scf.for %v178 = %v175 to %v176 step %v177 {
          %v179 = arith.index_cast %v178 : index to i64
          %v180 = arith.subi %v58, %v2 : i64
          %v181 = arith.subi %v180, %v179 : i64
          %v182 = arith.addi %v56, %v181 : i64
          %v183 = arith.cmpi eq, %v181, %v43 : i64
          %v184 = arith.subi %v181, %v2 : i64
          %v185 = arith.maxsi %v184, %v43 : i64
          %v186 = arith.muli %v24, %v99 : i64
          %v187 = arith.muli %v17, %v2 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = llvm.getelementptr %in_Cp[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v190 = llvm.load %v189 : !llvm.ptr -> f32
          %v191 = arith.muli %v26, %v120 : i64
          %v192 = arith.muli %v24, %v119 : i64
          %v193 = arith.addi %v191, %v192 : i64
          %v194 = arith.muli %v182, %v2 : i64
          %v195 = arith.addi %v193, %v194 : i64
          %v196 = llvm.getelementptr %dy_y[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v197 = llvm.load %v196 : !llvm.ptr -> f32
          %v198 = arith.mulf %v190, %v197 : f32
          %v199 = llvm.load %v28 : !llvm.ptr -> f32
          %v200 = llvm.load %v30 : !llvm.ptr -> f32
          %v201 = arith.mulf %v200, %v199 : f32
          %v202 = arith.addf %v198, %v201 : f32
          llvm.store %v202, %v28 : f32, !llvm.ptr
          %v203 = arith.muli %v24, %v99 : i64
          %v204 = arith.constant 8 : i64
          %v205 = arith.addi %v204, %v17 : i64
          %v206 = arith.muli %v205, %v2 : i64
          %v207 = arith.addi %v203, %v206 : i64
          %v208 = llvm.getelementptr %in_Cp[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v209 = llvm.load %v208 : !llvm.ptr -> f32
          %v210 = arith.mulf %v209, %v197 : f32
          %v211 = llvm.load %v29 : !llvm.ptr -> f32
          %v212 = llvm.load %v31 : !llvm.ptr -> f32
          %v213 = arith.mulf %v212, %v211 : f32
          %v214 = arith.addf %v210, %v213 : f32
          llvm.store %v214, %v29 : f32, !llvm.ptr
          %v215 = arith.cmpi eq, %v182, %v47 : i64
          scf.if %v215 {
          }
          %v216 = arith.muli %v24, %v2 : i64
          %v217 = llvm.getelementptr %in_Dskip[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v218 = llvm.load %v217 : !llvm.ptr -> f32
          %v219 = arith.mulf %v218, %v197 : f32
          %v220 = arith.muli %v24, %v2 : i64
          %v221 = llvm.getelementptr %in_log_dt[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v222 = llvm.load %v221 : !llvm.ptr -> f32
          %v223 = arith.mulf %v222, %v96 : f32
          %v224 = llvm.call_intrinsic "llvm.exp2.f32"(%v223) : (f32) -> f32
          %v225 = arith.muli %v24, %v99 : i64
          %v226 = arith.muli %v17, %v2 : i64
          %v227 = arith.addi %v225, %v226 : i64
          %v228 = llvm.getelementptr %in_A_log[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v229 = llvm.load %v228 : !llvm.ptr -> f32
          %v230 = arith.mulf %v229, %v96 : f32
          %v231 = llvm.call_intrinsic "llvm.exp2.f32"(%v230) : (f32) -> f32
          %v232 = arith.negf %v231 : f32
          %v233 = arith.mulf %v224, %v232 : f32
          %v234 = arith.mulf %v233, %v96 : f32
          %v235 = llvm.call_intrinsic "llvm.exp2.f32"(%v234) : (f32) -> f32
          %v236 = arith.subf %v235, %v41 : f32
          %v237 = arith.divf %v236, %v232 : f32
          %v238 = arith.muli %v24, %v99 : i64
          %v239 = arith.muli %v17, %v2 : i64
          %v240 = arith.addi %v238, %v239 : i64
          %v241 = llvm.getelementptr %in_Bp[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v242 = llvm.load %v241 : !llvm.ptr -> f32
          %v243 = arith.mulf %v237, %v242 : f32
          %v244 = llvm.load %v28 : !llvm.ptr -> f32
          %v245 = arith.mulf %v243, %v244 : f32
          %v246 = arith.muli %v24, %v99 : i64
          %v247 = arith.constant 8 : i64
          %v248 = arith.addi %v247, %v17 : i64
          %v249 = arith.muli %v248, %v2 : i64
          %v250 = arith.addi %v246, %v249 : i64
          %v251 = llvm.getelementptr %in_A_log[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = arith.mulf %v252, %v96 : f32
          %v254 = llvm.call_intrinsic "llvm.exp2.f32"(%v253) : (f32) -> f32
          %v255 = arith.negf %v254 : f32
          %v256 = arith.mulf %v224, %v255 : f32
          %v257 = arith.mulf %v256, %v96 : f32
          %v258 = llvm.call_intrinsic "llvm.exp2.f32"(%v257) : (f32) -> f32
          %v259 = arith.subf %v258, %v41 : f32
          %v260 = arith.divf %v259, %v255 : f32
          %v261 = arith.muli %v24, %v99 : i64
          %v262 = arith.constant 8 : i64
          %v263 = arith.addi %v262, %v17 : i64
          %v264 = arith.muli %v263, %v2 : i64
          %v265 = arith.addi %v261, %v264 : i64
          %v266 = llvm.getelementptr %in_Bp[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = arith.mulf %v260, %v267 : f32
          %v269 = llvm.load %v29 : !llvm.ptr -> f32
          %v270 = arith.mulf %v268, %v269 : f32
          %v271 = arith.addf %v245, %v270 : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v274, %v275 = gpu.shuffle xor %v271, %v272, %v273 : f32
          %v276 = arith.addf %v271, %v274 : f32
          %v278, %v279 = gpu.shuffle xor %v276, %v277, %v273 : f32
          %v280 = arith.addf %v276, %v278 : f32
          %v282, %v283 = gpu.shuffle xor %v280, %v281, %v273 : f32
          %v284 = arith.addf %v280, %v282 : f32
          // end sum over the lanes
          %v285 = arith.addf %v219, %v284 : f32
          %v286 = arith.cmpi eq, %v17, %v43 : i64
          %v287 = arith.andi %v21, %v286 : i1
          scf.if %v287 {
            %v288 = arith.muli %v26, %v120 : i64
            %v289 = arith.muli %v24, %v119 : i64
            %v290 = arith.addi %v288, %v289 : i64
            %v291 = arith.muli %v182, %v2 : i64
            %v292 = arith.addi %v290, %v291 : i64
            %v293 = llvm.getelementptr %dx_u[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v285, %v293 : f32, !llvm.ptr
          }
          %v294 = arith.muli %v185, %v4 : i64
          %v295 = arith.subi %v4, %v2 : i64
          %v296 = arith.minsi %v20, %v295 : i64
          %v297 = arith.addi %v294, %v296 : i64
          %v298 = arith.muli %v297, %v1 : i64
          %v299 = arith.addi %v298, %v43 : i64
          %v300 = arith.addi %v299, %v17 : i64
          %v301 = llvm.getelementptr %scratch_h[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v302 = llvm.load %v301 : !llvm.ptr -> f32
          %v306 = arith.muli %v55, %v305 : i64
          %v307 = arith.muli %v26, %v64 : i64
          %v308 = arith.muli %v24, %v63 : i64
          %v309 = arith.addi %v307, %v308 : i64
          %v310 = arith.muli %v17, %v2 : i64
          %v311 = arith.addi %v309, %v310 : i64
          %v312 = arith.addi %v306, %v311 : i64
          %v313 = llvm.getelementptr %ckpt_h[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v314 = llvm.load %v313 : !llvm.ptr -> f32
          %v315 = arith.select %v183, %v314, %v302 : f32
          %v316 = arith.mulf %v315, %v244 : f32
          %v317 = arith.muli %v26, %v120 : i64
          %v318 = arith.muli %v24, %v119 : i64
          %v319 = arith.addi %v317, %v318 : i64
          %v320 = arith.muli %v182, %v2 : i64
          %v321 = arith.addi %v319, %v320 : i64
          %v322 = llvm.getelementptr %in_u[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v323 = llvm.load %v322 : !llvm.ptr -> f32
          %v324 = arith.mulf %v323, %v244 : f32
          %v325 = arith.mulf %v242, %v324 : f32
          %v326 = arith.divf %v325, %v232 : f32
          %v327 = arith.addf %v316, %v326 : f32
          %v328 = arith.mulf %v232, %v235 : f32
          %v329 = arith.mulf %v327, %v328 : f32
          %v330 = arith.muli %v185, %v4 : i64
          %v331 = arith.subi %v4, %v2 : i64
          %v332 = arith.minsi %v20, %v331 : i64
          %v333 = arith.addi %v330, %v332 : i64
          %v334 = arith.muli %v333, %v1 : i64
          %v335 = arith.addi %v334, %v16 : i64
          %v336 = arith.addi %v335, %v17 : i64
          %v337 = llvm.getelementptr %scratch_h[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v338 = llvm.load %v337 : !llvm.ptr -> f32
          %v342 = arith.muli %v55, %v341 : i64
          %v343 = arith.muli %v26, %v64 : i64
          %v344 = arith.muli %v24, %v63 : i64
          %v345 = arith.addi %v343, %v344 : i64
          %v346 = arith.constant 8 : i64
          %v347 = arith.addi %v346, %v17 : i64
          %v348 = arith.muli %v347, %v2 : i64
          %v349 = arith.addi %v345, %v348 : i64
          %v350 = arith.addi %v342, %v349 : i64
          %v351 = llvm.getelementptr %ckpt_h[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v352 = llvm.load %v351 : !llvm.ptr -> f32
          %v353 = arith.select %v183, %v352, %v338 : f32
          %v354 = arith.mulf %v353, %v269 : f32
          %v355 = arith.mulf %v323, %v269 : f32
          %v356 = arith.mulf %v267, %v355 : f32
          %v357 = arith.divf %v356, %v255 : f32
          %v358 = arith.addf %v354, %v357 : f32
          %v359 = arith.mulf %v255, %v258 : f32
          %v360 = arith.mulf %v358, %v359 : f32
          %v361 = arith.addf %v329, %v360 : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v362, %v363 = gpu.shuffle xor %v361, %v272, %v273 : f32
          %v364 = arith.addf %v361, %v362 : f32
          %v365, %v366 = gpu.shuffle xor %v364, %v277, %v273 : f32
          %v367 = arith.addf %v364, %v365 : f32
          %v368, %v369 = gpu.shuffle xor %v367, %v281, %v273 : f32
          %v370 = arith.addf %v367, %v368 : f32
          // end sum over the lanes
          %v371 = arith.mulf %v224, %v370 : f32
          %v372 = llvm.load %v32 : !llvm.ptr -> f32
          %v373 = arith.addf %v372, %v371 : f32
          llvm.store %v373, %v32 : f32, !llvm.ptr
          %v374 = arith.divf %v237, %v232 : f32
          %v375 = arith.mulf %v242, %v374 : f32
          %v376 = arith.mulf %v324, %v375 : f32
          %v377 = arith.negf %v376 : f32
          %v378 = arith.mulf %v224, %v235 : f32
          %v379 = arith.mulf %v327, %v378 : f32
          %v380 = arith.addf %v377, %v379 : f32
          %v381 = arith.negf %v380 : f32
          %v382 = arith.mulf %v231, %v381 : f32
          %v383 = llvm.load %v33 : !llvm.ptr -> f32
          %v384 = arith.addf %v383, %v382 : f32
          llvm.store %v384, %v33 : f32, !llvm.ptr
          %v385 = arith.divf %v260, %v255 : f32
          %v386 = arith.mulf %v267, %v385 : f32
          %v387 = arith.mulf %v355, %v386 : f32
          %v388 = arith.negf %v387 : f32
          %v389 = arith.mulf %v224, %v258 : f32
          %v390 = arith.mulf %v358, %v389 : f32
          %v391 = arith.addf %v388, %v390 : f32
          %v392 = arith.negf %v391 : f32
          %v393 = arith.mulf %v254, %v392 : f32
          %v394 = llvm.load %v34 : !llvm.ptr -> f32
          %v395 = arith.addf %v394, %v393 : f32
          llvm.store %v395, %v34 : f32, !llvm.ptr
          %v396 = arith.mulf %v237, %v324 : f32
          %v397 = llvm.load %v35 : !llvm.ptr -> f32
          %v398 = arith.addf %v397, %v396 : f32
          llvm.store %v398, %v35 : f32, !llvm.ptr
          %v399 = arith.mulf %v260, %v355 : f32
          %v400 = llvm.load %v36 : !llvm.ptr -> f32
          %v401 = arith.addf %v400, %v399 : f32
          llvm.store %v401, %v36 : f32, !llvm.ptr
          %v402 = arith.muli %v181, %v4 : i64
          %v403 = arith.subi %v4, %v2 : i64
          %v404 = arith.minsi %v20, %v403 : i64
          %v405 = arith.addi %v402, %v404 : i64
          %v406 = arith.muli %v405, %v1 : i64
          %v407 = arith.addi %v406, %v43 : i64
          %v408 = arith.addi %v407, %v17 : i64
          %v409 = llvm.getelementptr %scratch_h[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v410 = llvm.load %v409 : !llvm.ptr -> f32
          %v411 = arith.mulf %v410, %v197 : f32
          %v412 = llvm.load %v37 : !llvm.ptr -> f32
          %v413 = arith.addf %v412, %v411 : f32
          llvm.store %v413, %v37 : f32, !llvm.ptr
          %v414 = arith.muli %v181, %v4 : i64
          %v415 = arith.subi %v4, %v2 : i64
          %v416 = arith.minsi %v20, %v415 : i64
          %v417 = arith.addi %v414, %v416 : i64
          %v418 = arith.muli %v417, %v1 : i64
          %v419 = arith.addi %v418, %v16 : i64
          %v420 = arith.addi %v419, %v17 : i64
          %v421 = llvm.getelementptr %scratch_h[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v422 = llvm.load %v421 : !llvm.ptr -> f32
          %v423 = arith.mulf %v422, %v197 : f32
          %v424 = llvm.load %v38 : !llvm.ptr -> f32
          %v425 = arith.addf %v424, %v423 : f32
          llvm.store %v425, %v38 : f32, !llvm.ptr
          %v426 = arith.mulf %v323, %v197 : f32
          %v427 = llvm.load %v39 : !llvm.ptr -> f32
          %v428 = arith.addf %v427, %v426 : f32
          llvm.store %v428, %v39 : f32, !llvm.ptr
          llvm.store %v235, %v30 : f32, !llvm.ptr
          llvm.store %v258, %v31 : f32, !llvm.ptr
        }
      }
      %v429 = arith.cmpi eq, %v17, %v43 : i64
      %v430 = arith.andi %v21, %v429 : i1
      scf.if %v430 {
        %v431 = llvm.load %v32 : !llvm.ptr -> f32
        %v432 = arith.muli %v20, %v2 : i64
        %v433 = arith.addi %v432, %v43 : i64
        %v434 = llvm.getelementptr %part_log_dt[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v431, %v434 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v435 = llvm.load %v33 : !llvm.ptr -> f32
        %v436 = arith.addi %v43, %v17 : i64
        %v437 = arith.muli %v20, %v1 : i64
        %v438 = arith.addi %v437, %v436 : i64
        %v439 = llvm.getelementptr %part_A_log[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v435, %v439 : f32, !llvm.ptr
        %v440 = llvm.load %v34 : !llvm.ptr -> f32
        %v441 = arith.addi %v16, %v17 : i64
        %v442 = arith.muli %v20, %v1 : i64
        %v443 = arith.addi %v442, %v441 : i64
        %v444 = llvm.getelementptr %part_A_log[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v440, %v444 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v445 = llvm.load %v35 : !llvm.ptr -> f32
        %v446 = arith.addi %v43, %v17 : i64
        %v447 = arith.muli %v20, %v1 : i64
        %v448 = arith.addi %v447, %v446 : i64
        %v449 = llvm.getelementptr %part_Bp[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v445, %v449 : f32, !llvm.ptr
        %v450 = llvm.load %v36 : !llvm.ptr -> f32
        %v451 = arith.addi %v16, %v17 : i64
        %v452 = arith.muli %v20, %v1 : i64
        %v453 = arith.addi %v452, %v451 : i64
        %v454 = llvm.getelementptr %part_Bp[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v450, %v454 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v455 = llvm.load %v37 : !llvm.ptr -> f32
        %v456 = arith.addi %v43, %v17 : i64
        %v457 = arith.muli %v20, %v1 : i64
        %v458 = arith.addi %v457, %v456 : i64
        %v459 = llvm.getelementptr %part_Cp[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v455, %v459 : f32, !llvm.ptr
        %v460 = llvm.load %v38 : !llvm.ptr -> f32
        %v461 = arith.addi %v16, %v17 : i64
        %v462 = arith.muli %v20, %v1 : i64
        %v463 = arith.addi %v462, %v461 : i64
        %v464 = llvm.getelementptr %part_Cp[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v460, %v464 : f32, !llvm.ptr
      }
      %v465 = arith.cmpi eq, %v17, %v43 : i64
      %v466 = arith.andi %v21, %v465 : i1
      scf.if %v466 {
        %v467 = llvm.load %v39 : !llvm.ptr -> f32
        %v468 = arith.muli %v20, %v2 : i64
        %v469 = arith.addi %v468, %v43 : i64
        %v470 = llvm.getelementptr %part_Dskip[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v467, %v470 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
