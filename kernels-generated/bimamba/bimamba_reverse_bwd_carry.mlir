module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_bwd_carry(%segsum_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = arith.constant 0x00000000 : f32
      %v55 = arith.constant 0x3F800000 : f32
      %v56 = arith.constant 0 : i64
      %v104 = arith.constant 2 : i64
      %v226 = arith.constant 3 : i64
      %v280 = arith.constant 4 : i64
      %v334 = arith.constant 5 : i64
      %v388 = arith.constant 6 : i64
      %v442 = arith.constant 7 : i64
      %v496 = arith.constant 8 : i64
      %v550 = arith.constant 9 : i64
      %v604 = arith.constant 10 : i64
      %v658 = arith.constant 11 : i64
      %v712 = arith.constant 12 : i64
      %v766 = arith.constant 13 : i64
      %v820 = arith.constant 14 : i64
      %v874 = arith.constant 15 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v13 = arith.muli %v12, %v7 : i64
      %v14 = arith.addi %v13, %v11 : i64
      %v15 = arith.cmpi slt, %v14, %v4 : i64
      %v16 = arith.subi %v4, %v2 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      llvm.store %v54, %v22 : f32, !llvm.ptr
      llvm.store %v54, %v23 : f32, !llvm.ptr
      llvm.store %v54, %v24 : f32, !llvm.ptr
      llvm.store %v54, %v25 : f32, !llvm.ptr
      llvm.store %v54, %v26 : f32, !llvm.ptr
      llvm.store %v54, %v27 : f32, !llvm.ptr
      llvm.store %v54, %v28 : f32, !llvm.ptr
      llvm.store %v54, %v29 : f32, !llvm.ptr
      llvm.store %v54, %v30 : f32, !llvm.ptr
      llvm.store %v54, %v31 : f32, !llvm.ptr
      llvm.store %v54, %v32 : f32, !llvm.ptr
      llvm.store %v54, %v33 : f32, !llvm.ptr
      llvm.store %v54, %v34 : f32, !llvm.ptr
      llvm.store %v54, %v35 : f32, !llvm.ptr
      llvm.store %v54, %v36 : f32, !llvm.ptr
      llvm.store %v54, %v37 : f32, !llvm.ptr
      llvm.store %v55, %v38 : f32, !llvm.ptr
      llvm.store %v55, %v39 : f32, !llvm.ptr
      llvm.store %v55, %v40 : f32, !llvm.ptr
      llvm.store %v55, %v41 : f32, !llvm.ptr
      llvm.store %v55, %v42 : f32, !llvm.ptr
      llvm.store %v55, %v43 : f32, !llvm.ptr
      llvm.store %v55, %v44 : f32, !llvm.ptr
      llvm.store %v55, %v45 : f32, !llvm.ptr
      llvm.store %v55, %v46 : f32, !llvm.ptr
      llvm.store %v55, %v47 : f32, !llvm.ptr
      llvm.store %v55, %v48 : f32, !llvm.ptr
      llvm.store %v55, %v49 : f32, !llvm.ptr
      llvm.store %v55, %v50 : f32, !llvm.ptr
      llvm.store %v55, %v51 : f32, !llvm.ptr
      llvm.store %v55, %v52 : f32, !llvm.ptr
      llvm.store %v55, %v53 : f32, !llvm.ptr
      // carry scan: g ← G + P·a'·g, a' ← a_first, segment by segment from the last
      scf.if %v15 {
        %v57 = arith.index_cast %v56 : i64 to index
        %v58 = arith.index_cast %v8 : i64 to index
        %v59 = arith.index_cast %v2 : i64 to index
        scf.for %v60 = %v57 to %v58 step %v59 {
          %v61 = arith.index_cast %v60 : index to i64
          %v62 = arith.subi %v8, %v2 : i64
          %v63 = arith.subi %v62, %v61 : i64
          %v64 = llvm.load %v22 : !llvm.ptr -> f32
          %v65 = llvm.load %v38 : !llvm.ptr -> f32
          %v66 = arith.muli %v56, %v8 : i64
          %v67 = arith.addi %v66, %v63 : i64
          %v68 = arith.muli %v67, %v1 : i64
          %v69 = arith.addi %v68, %v56 : i64
          %v70 = arith.muli %v69, %v4 : i64
          %v71 = arith.subi %v4, %v2 : i64
          %v72 = arith.minsi %v14, %v71 : i64
          %v73 = arith.addi %v70, %v72 : i64
          %v74 = llvm.getelementptr %segcarry_h[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v64, %v74 : f32, !llvm.ptr
          %v75 = arith.muli %v2, %v8 : i64
          %v76 = arith.addi %v75, %v63 : i64
          %v77 = arith.muli %v76, %v1 : i64
          %v78 = arith.addi %v77, %v56 : i64
          %v79 = arith.muli %v78, %v4 : i64
          %v80 = arith.subi %v4, %v2 : i64
          %v81 = arith.minsi %v14, %v80 : i64
          %v82 = arith.addi %v79, %v81 : i64
          %v83 = llvm.getelementptr %segcarry_h[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v65, %v83 : f32, !llvm.ptr
          %v84 = arith.muli %v56, %v8 : i64
          %v85 = arith.addi %v84, %v63 : i64
          %v86 = arith.muli %v85, %v1 : i64
          %v87 = arith.addi %v86, %v56 : i64
          %v88 = arith.muli %v87, %v4 : i64
          %v89 = arith.subi %v4, %v2 : i64
          %v90 = arith.minsi %v14, %v89 : i64
          %v91 = arith.addi %v88, %v90 : i64
          %v92 = llvm.getelementptr %segsum_h[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 : !llvm.ptr -> f32
          %v94 = arith.muli %v2, %v8 : i64
          %v95 = arith.addi %v94, %v63 : i64
          %v96 = arith.muli %v95, %v1 : i64
          %v97 = arith.addi %v96, %v56 : i64
          %v98 = arith.muli %v97, %v4 : i64
          %v99 = arith.subi %v4, %v2 : i64
          %v100 = arith.minsi %v14, %v99 : i64
          %v101 = arith.addi %v98, %v100 : i64
          %v102 = llvm.getelementptr %segsum_h[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v103 = llvm.load %v102 : !llvm.ptr -> f32
          %v105 = arith.muli %v104, %v8 : i64
          %v106 = arith.addi %v105, %v63 : i64
          %v107 = arith.muli %v106, %v1 : i64
          %v108 = arith.addi %v107, %v56 : i64
          %v109 = arith.muli %v108, %v4 : i64
          %v110 = arith.subi %v4, %v2 : i64
          %v111 = arith.minsi %v14, %v110 : i64
          %v112 = arith.addi %v109, %v111 : i64
          %v113 = llvm.getelementptr %segsum_h[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = arith.mulf %v65, %v64 fastmath<contract> : f32
          %v116 = arith.mulf %v103, %v115 fastmath<contract> : f32
          %v117 = arith.addf %v116, %v93 fastmath<contract> : f32
          llvm.store %v117, %v22 : f32, !llvm.ptr
          llvm.store %v114, %v38 : f32, !llvm.ptr
          %v118 = llvm.load %v23 : !llvm.ptr -> f32
          %v119 = llvm.load %v39 : !llvm.ptr -> f32
          %v120 = arith.muli %v56, %v8 : i64
          %v121 = arith.addi %v120, %v63 : i64
          %v122 = arith.muli %v121, %v1 : i64
          %v123 = arith.addi %v122, %v2 : i64
          %v124 = arith.muli %v123, %v4 : i64
          %v125 = arith.subi %v4, %v2 : i64
          %v126 = arith.minsi %v14, %v125 : i64
          %v127 = arith.addi %v124, %v126 : i64
          %v128 = llvm.getelementptr %segcarry_h[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v118, %v128 : f32, !llvm.ptr
          %v129 = arith.muli %v2, %v8 : i64
          %v130 = arith.addi %v129, %v63 : i64
          %v131 = arith.muli %v130, %v1 : i64
          %v132 = arith.addi %v131, %v2 : i64
          %v133 = arith.muli %v132, %v4 : i64
          %v134 = arith.subi %v4, %v2 : i64
          %v135 = arith.minsi %v14, %v134 : i64
          %v136 = arith.addi %v133, %v135 : i64
          %v137 = llvm.getelementptr %segcarry_h[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v119, %v137 : f32, !llvm.ptr
          %v138 = arith.muli %v56, %v8 : i64
          %v139 = arith.addi %v138, %v63 : i64
          %v140 = arith.muli %v139, %v1 : i64
          %v141 = arith.addi %v140, %v2 : i64
          %v142 = arith.muli %v141, %v4 : i64
          %v143 = arith.subi %v4, %v2 : i64
          %v144 = arith.minsi %v14, %v143 : i64
          %v145 = arith.addi %v142, %v144 : i64
          %v146 = llvm.getelementptr %segsum_h[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 : !llvm.ptr -> f32
          %v148 = arith.muli %v2, %v8 : i64
          %v149 = arith.addi %v148, %v63 : i64
          %v150 = arith.muli %v149, %v1 : i64
          %v151 = arith.addi %v150, %v2 : i64
          %v152 = arith.muli %v151, %v4 : i64
          %v153 = arith.subi %v4, %v2 : i64
          %v154 = arith.minsi %v14, %v153 : i64
          %v155 = arith.addi %v152, %v154 : i64
          %v156 = llvm.getelementptr %segsum_h[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v157 = llvm.load %v156 : !llvm.ptr -> f32
          %v158 = arith.muli %v104, %v8 : i64
          %v159 = arith.addi %v158, %v63 : i64
          %v160 = arith.muli %v159, %v1 : i64
          %v161 = arith.addi %v160, %v2 : i64
          %v162 = arith.muli %v161, %v4 : i64
          %v163 = arith.subi %v4, %v2 : i64
          %v164 = arith.minsi %v14, %v163 : i64
          %v165 = arith.addi %v162, %v164 : i64
          %v166 = llvm.getelementptr %segsum_h[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v167 = llvm.load %v166 : !llvm.ptr -> f32
          %v168 = arith.mulf %v119, %v118 fastmath<contract> : f32
          %v169 = arith.mulf %v157, %v168 fastmath<contract> : f32
          %v170 = arith.addf %v169, %v147 fastmath<contract> : f32
          llvm.store %v170, %v23 : f32, !llvm.ptr
          llvm.store %v167, %v39 : f32, !llvm.ptr
          %v171 = llvm.load %v24 : !llvm.ptr -> f32
          %v172 = llvm.load %v40 : !llvm.ptr -> f32
          %v173 = arith.muli %v56, %v8 : i64
          %v174 = arith.addi %v173, %v63 : i64
          %v175 = arith.muli %v174, %v1 : i64
          %v176 = arith.addi %v175, %v104 : i64
          %v177 = arith.muli %v176, %v4 : i64
          %v178 = arith.subi %v4, %v2 : i64
          %v179 = arith.minsi %v14, %v178 : i64
          %v180 = arith.addi %v177, %v179 : i64
          %v181 = llvm.getelementptr %segcarry_h[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v171, %v181 : f32, !llvm.ptr
          %v182 = arith.muli %v2, %v8 : i64
          %v183 = arith.addi %v182, %v63 : i64
          %v184 = arith.muli %v183, %v1 : i64
          %v185 = arith.addi %v184, %v104 : i64
          %v186 = arith.muli %v185, %v4 : i64
          %v187 = arith.subi %v4, %v2 : i64
          %v188 = arith.minsi %v14, %v187 : i64
          %v189 = arith.addi %v186, %v188 : i64
          %v190 = llvm.getelementptr %segcarry_h[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v172, %v190 : f32, !llvm.ptr
          %v191 = arith.muli %v56, %v8 : i64
          %v192 = arith.addi %v191, %v63 : i64
          %v193 = arith.muli %v192, %v1 : i64
          %v194 = arith.addi %v193, %v104 : i64
          %v195 = arith.muli %v194, %v4 : i64
          %v196 = arith.subi %v4, %v2 : i64
          %v197 = arith.minsi %v14, %v196 : i64
          %v198 = arith.addi %v195, %v197 : i64
          %v199 = llvm.getelementptr %segsum_h[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 : !llvm.ptr -> f32
          %v201 = arith.muli %v2, %v8 : i64
          %v202 = arith.addi %v201, %v63 : i64
          %v203 = arith.muli %v202, %v1 : i64
          %v204 = arith.addi %v203, %v104 : i64
          %v205 = arith.muli %v204, %v4 : i64
          %v206 = arith.subi %v4, %v2 : i64
          %v207 = arith.minsi %v14, %v206 : i64
          %v208 = arith.addi %v205, %v207 : i64
          %v209 = llvm.getelementptr %segsum_h[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v210 = llvm.load %v209 : !llvm.ptr -> f32
          %v211 = arith.muli %v104, %v8 : i64
          %v212 = arith.addi %v211, %v63 : i64
          %v213 = arith.muli %v212, %v1 : i64
          %v214 = arith.addi %v213, %v104 : i64
          %v215 = arith.muli %v214, %v4 : i64
          %v216 = arith.subi %v4, %v2 : i64
          %v217 = arith.minsi %v14, %v216 : i64
          %v218 = arith.addi %v215, %v217 : i64
          %v219 = llvm.getelementptr %segsum_h[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v220 = llvm.load %v219 : !llvm.ptr -> f32
          %v221 = arith.mulf %v172, %v171 fastmath<contract> : f32
          %v222 = arith.mulf %v210, %v221 fastmath<contract> : f32
          %v223 = arith.addf %v222, %v200 fastmath<contract> : f32
          llvm.store %v223, %v24 : f32, !llvm.ptr
          llvm.store %v220, %v40 : f32, !llvm.ptr
          %v224 = llvm.load %v25 : !llvm.ptr -> f32
          %v225 = llvm.load %v41 : !llvm.ptr -> f32
          %v227 = arith.muli %v56, %v8 : i64
          %v228 = arith.addi %v227, %v63 : i64
          %v229 = arith.muli %v228, %v1 : i64
          %v230 = arith.addi %v229, %v226 : i64
          %v231 = arith.muli %v230, %v4 : i64
          %v232 = arith.subi %v4, %v2 : i64
          %v233 = arith.minsi %v14, %v232 : i64
          %v234 = arith.addi %v231, %v233 : i64
          %v235 = llvm.getelementptr %segcarry_h[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v224, %v235 : f32, !llvm.ptr
          %v236 = arith.muli %v2, %v8 : i64
          %v237 = arith.addi %v236, %v63 : i64
          %v238 = arith.muli %v237, %v1 : i64
          %v239 = arith.addi %v238, %v226 : i64
          %v240 = arith.muli %v239, %v4 : i64
          %v241 = arith.subi %v4, %v2 : i64
          %v242 = arith.minsi %v14, %v241 : i64
          %v243 = arith.addi %v240, %v242 : i64
          %v244 = llvm.getelementptr %segcarry_h[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v225, %v244 : f32, !llvm.ptr
          %v245 = arith.muli %v56, %v8 : i64
          %v246 = arith.addi %v245, %v63 : i64
          %v247 = arith.muli %v246, %v1 : i64
          %v248 = arith.addi %v247, %v226 : i64
          %v249 = arith.muli %v248, %v4 : i64
          %v250 = arith.subi %v4, %v2 : i64
          %v251 = arith.minsi %v14, %v250 : i64
          %v252 = arith.addi %v249, %v251 : i64
          %v253 = llvm.getelementptr %segsum_h[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v254 = llvm.load %v253 : !llvm.ptr -> f32
          %v255 = arith.muli %v2, %v8 : i64
          %v256 = arith.addi %v255, %v63 : i64
          %v257 = arith.muli %v256, %v1 : i64
          %v258 = arith.addi %v257, %v226 : i64
          %v259 = arith.muli %v258, %v4 : i64
          %v260 = arith.subi %v4, %v2 : i64
          %v261 = arith.minsi %v14, %v260 : i64
          %v262 = arith.addi %v259, %v261 : i64
          %v263 = llvm.getelementptr %segsum_h[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v264 = llvm.load %v263 : !llvm.ptr -> f32
          %v265 = arith.muli %v104, %v8 : i64
          %v266 = arith.addi %v265, %v63 : i64
          %v267 = arith.muli %v266, %v1 : i64
          %v268 = arith.addi %v267, %v226 : i64
          %v269 = arith.muli %v268, %v4 : i64
          %v270 = arith.subi %v4, %v2 : i64
          %v271 = arith.minsi %v14, %v270 : i64
          %v272 = arith.addi %v269, %v271 : i64
          %v273 = llvm.getelementptr %segsum_h[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v274 = llvm.load %v273 : !llvm.ptr -> f32
          %v275 = arith.mulf %v225, %v224 fastmath<contract> : f32
          %v276 = arith.mulf %v264, %v275 fastmath<contract> : f32
          %v277 = arith.addf %v276, %v254 fastmath<contract> : f32
          llvm.store %v277, %v25 : f32, !llvm.ptr
          llvm.store %v274, %v41 : f32, !llvm.ptr
          %v278 = llvm.load %v26 : !llvm.ptr -> f32
          %v279 = llvm.load %v42 : !llvm.ptr -> f32
          %v281 = arith.muli %v56, %v8 : i64
          %v282 = arith.addi %v281, %v63 : i64
          %v283 = arith.muli %v282, %v1 : i64
          %v284 = arith.addi %v283, %v280 : i64
          %v285 = arith.muli %v284, %v4 : i64
          %v286 = arith.subi %v4, %v2 : i64
          %v287 = arith.minsi %v14, %v286 : i64
          %v288 = arith.addi %v285, %v287 : i64
          %v289 = llvm.getelementptr %segcarry_h[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v278, %v289 : f32, !llvm.ptr
          %v290 = arith.muli %v2, %v8 : i64
          %v291 = arith.addi %v290, %v63 : i64
          %v292 = arith.muli %v291, %v1 : i64
          %v293 = arith.addi %v292, %v280 : i64
          %v294 = arith.muli %v293, %v4 : i64
          %v295 = arith.subi %v4, %v2 : i64
          %v296 = arith.minsi %v14, %v295 : i64
          %v297 = arith.addi %v294, %v296 : i64
          %v298 = llvm.getelementptr %segcarry_h[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v279, %v298 : f32, !llvm.ptr
          %v299 = arith.muli %v56, %v8 : i64
          %v300 = arith.addi %v299, %v63 : i64
          %v301 = arith.muli %v300, %v1 : i64
          %v302 = arith.addi %v301, %v280 : i64
          %v303 = arith.muli %v302, %v4 : i64
          %v304 = arith.subi %v4, %v2 : i64
          %v305 = arith.minsi %v14, %v304 : i64
          %v306 = arith.addi %v303, %v305 : i64
          %v307 = llvm.getelementptr %segsum_h[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v308 = llvm.load %v307 : !llvm.ptr -> f32
          %v309 = arith.muli %v2, %v8 : i64
          %v310 = arith.addi %v309, %v63 : i64
          %v311 = arith.muli %v310, %v1 : i64
          %v312 = arith.addi %v311, %v280 : i64
          %v313 = arith.muli %v312, %v4 : i64
          %v314 = arith.subi %v4, %v2 : i64
          %v315 = arith.minsi %v14, %v314 : i64
          %v316 = arith.addi %v313, %v315 : i64
          %v317 = llvm.getelementptr %segsum_h[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v318 = llvm.load %v317 : !llvm.ptr -> f32
          %v319 = arith.muli %v104, %v8 : i64
          %v320 = arith.addi %v319, %v63 : i64
          %v321 = arith.muli %v320, %v1 : i64
          %v322 = arith.addi %v321, %v280 : i64
          %v323 = arith.muli %v322, %v4 : i64
          %v324 = arith.subi %v4, %v2 : i64
          %v325 = arith.minsi %v14, %v324 : i64
          %v326 = arith.addi %v323, %v325 : i64
          %v327 = llvm.getelementptr %segsum_h[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v328 = llvm.load %v327 : !llvm.ptr -> f32
          %v329 = arith.mulf %v279, %v278 fastmath<contract> : f32
          %v330 = arith.mulf %v318, %v329 fastmath<contract> : f32
          %v331 = arith.addf %v330, %v308 fastmath<contract> : f32
          llvm.store %v331, %v26 : f32, !llvm.ptr
          llvm.store %v328, %v42 : f32, !llvm.ptr
          %v332 = llvm.load %v27 : !llvm.ptr -> f32
          %v333 = llvm.load %v43 : !llvm.ptr -> f32
          %v335 = arith.muli %v56, %v8 : i64
          %v336 = arith.addi %v335, %v63 : i64
          %v337 = arith.muli %v336, %v1 : i64
          %v338 = arith.addi %v337, %v334 : i64
          %v339 = arith.muli %v338, %v4 : i64
          %v340 = arith.subi %v4, %v2 : i64
          %v341 = arith.minsi %v14, %v340 : i64
          %v342 = arith.addi %v339, %v341 : i64
          %v343 = llvm.getelementptr %segcarry_h[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v332, %v343 : f32, !llvm.ptr
          %v344 = arith.muli %v2, %v8 : i64
          %v345 = arith.addi %v344, %v63 : i64
          %v346 = arith.muli %v345, %v1 : i64
          %v347 = arith.addi %v346, %v334 : i64
          %v348 = arith.muli %v347, %v4 : i64
          %v349 = arith.subi %v4, %v2 : i64
          %v350 = arith.minsi %v14, %v349 : i64
          %v351 = arith.addi %v348, %v350 : i64
          %v352 = llvm.getelementptr %segcarry_h[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v333, %v352 : f32, !llvm.ptr
          %v353 = arith.muli %v56, %v8 : i64
          %v354 = arith.addi %v353, %v63 : i64
          %v355 = arith.muli %v354, %v1 : i64
          %v356 = arith.addi %v355, %v334 : i64
          %v357 = arith.muli %v356, %v4 : i64
          %v358 = arith.subi %v4, %v2 : i64
          %v359 = arith.minsi %v14, %v358 : i64
          %v360 = arith.addi %v357, %v359 : i64
          %v361 = llvm.getelementptr %segsum_h[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v362 = llvm.load %v361 : !llvm.ptr -> f32
          %v363 = arith.muli %v2, %v8 : i64
          %v364 = arith.addi %v363, %v63 : i64
          %v365 = arith.muli %v364, %v1 : i64
          %v366 = arith.addi %v365, %v334 : i64
          %v367 = arith.muli %v366, %v4 : i64
          %v368 = arith.subi %v4, %v2 : i64
          %v369 = arith.minsi %v14, %v368 : i64
          %v370 = arith.addi %v367, %v369 : i64
          %v371 = llvm.getelementptr %segsum_h[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v372 = llvm.load %v371 : !llvm.ptr -> f32
          %v373 = arith.muli %v104, %v8 : i64
          %v374 = arith.addi %v373, %v63 : i64
          %v375 = arith.muli %v374, %v1 : i64
          %v376 = arith.addi %v375, %v334 : i64
          %v377 = arith.muli %v376, %v4 : i64
          %v378 = arith.subi %v4, %v2 : i64
          %v379 = arith.minsi %v14, %v378 : i64
          %v380 = arith.addi %v377, %v379 : i64
          %v381 = llvm.getelementptr %segsum_h[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v382 = llvm.load %v381 : !llvm.ptr -> f32
          %v383 = arith.mulf %v333, %v332 fastmath<contract> : f32
          %v384 = arith.mulf %v372, %v383 fastmath<contract> : f32
          %v385 = arith.addf %v384, %v362 fastmath<contract> : f32
          llvm.store %v385, %v27 : f32, !llvm.ptr
          llvm.store %v382, %v43 : f32, !llvm.ptr
          %v386 = llvm.load %v28 : !llvm.ptr -> f32
          %v387 = llvm.load %v44 : !llvm.ptr -> f32
          %v389 = arith.muli %v56, %v8 : i64
          %v390 = arith.addi %v389, %v63 : i64
          %v391 = arith.muli %v390, %v1 : i64
          %v392 = arith.addi %v391, %v388 : i64
          %v393 = arith.muli %v392, %v4 : i64
          %v394 = arith.subi %v4, %v2 : i64
          %v395 = arith.minsi %v14, %v394 : i64
          %v396 = arith.addi %v393, %v395 : i64
          %v397 = llvm.getelementptr %segcarry_h[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v386, %v397 : f32, !llvm.ptr
          %v398 = arith.muli %v2, %v8 : i64
          %v399 = arith.addi %v398, %v63 : i64
          %v400 = arith.muli %v399, %v1 : i64
          %v401 = arith.addi %v400, %v388 : i64
          %v402 = arith.muli %v401, %v4 : i64
          %v403 = arith.subi %v4, %v2 : i64
          %v404 = arith.minsi %v14, %v403 : i64
          %v405 = arith.addi %v402, %v404 : i64
          %v406 = llvm.getelementptr %segcarry_h[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v387, %v406 : f32, !llvm.ptr
          %v407 = arith.muli %v56, %v8 : i64
          %v408 = arith.addi %v407, %v63 : i64
          %v409 = arith.muli %v408, %v1 : i64
          %v410 = arith.addi %v409, %v388 : i64
          %v411 = arith.muli %v410, %v4 : i64
          %v412 = arith.subi %v4, %v2 : i64
          %v413 = arith.minsi %v14, %v412 : i64
          %v414 = arith.addi %v411, %v413 : i64
          %v415 = llvm.getelementptr %segsum_h[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v416 = llvm.load %v415 : !llvm.ptr -> f32
          %v417 = arith.muli %v2, %v8 : i64
          %v418 = arith.addi %v417, %v63 : i64
          %v419 = arith.muli %v418, %v1 : i64
          %v420 = arith.addi %v419, %v388 : i64
          %v421 = arith.muli %v420, %v4 : i64
          %v422 = arith.subi %v4, %v2 : i64
          %v423 = arith.minsi %v14, %v422 : i64
          %v424 = arith.addi %v421, %v423 : i64
          %v425 = llvm.getelementptr %segsum_h[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v426 = llvm.load %v425 : !llvm.ptr -> f32
          %v427 = arith.muli %v104, %v8 : i64
          %v428 = arith.addi %v427, %v63 : i64
          %v429 = arith.muli %v428, %v1 : i64
          %v430 = arith.addi %v429, %v388 : i64
          %v431 = arith.muli %v430, %v4 : i64
          %v432 = arith.subi %v4, %v2 : i64
          %v433 = arith.minsi %v14, %v432 : i64
          %v434 = arith.addi %v431, %v433 : i64
          %v435 = llvm.getelementptr %segsum_h[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v436 = llvm.load %v435 : !llvm.ptr -> f32
          %v437 = arith.mulf %v387, %v386 fastmath<contract> : f32
          %v438 = arith.mulf %v426, %v437 fastmath<contract> : f32
          %v439 = arith.addf %v438, %v416 fastmath<contract> : f32
          llvm.store %v439, %v28 : f32, !llvm.ptr
          llvm.store %v436, %v44 : f32, !llvm.ptr
          %v440 = llvm.load %v29 : !llvm.ptr -> f32
          %v441 = llvm.load %v45 : !llvm.ptr -> f32
          %v443 = arith.muli %v56, %v8 : i64
          %v444 = arith.addi %v443, %v63 : i64
          %v445 = arith.muli %v444, %v1 : i64
          %v446 = arith.addi %v445, %v442 : i64
          %v447 = arith.muli %v446, %v4 : i64
          %v448 = arith.subi %v4, %v2 : i64
          %v449 = arith.minsi %v14, %v448 : i64
          %v450 = arith.addi %v447, %v449 : i64
          %v451 = llvm.getelementptr %segcarry_h[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v440, %v451 : f32, !llvm.ptr
          %v452 = arith.muli %v2, %v8 : i64
          %v453 = arith.addi %v452, %v63 : i64
          %v454 = arith.muli %v453, %v1 : i64
          %v455 = arith.addi %v454, %v442 : i64
          %v456 = arith.muli %v455, %v4 : i64
          %v457 = arith.subi %v4, %v2 : i64
          %v458 = arith.minsi %v14, %v457 : i64
          %v459 = arith.addi %v456, %v458 : i64
          %v460 = llvm.getelementptr %segcarry_h[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v441, %v460 : f32, !llvm.ptr
          %v461 = arith.muli %v56, %v8 : i64
          %v462 = arith.addi %v461, %v63 : i64
          %v463 = arith.muli %v462, %v1 : i64
          %v464 = arith.addi %v463, %v442 : i64
          %v465 = arith.muli %v464, %v4 : i64
          %v466 = arith.subi %v4, %v2 : i64
          %v467 = arith.minsi %v14, %v466 : i64
          %v468 = arith.addi %v465, %v467 : i64
          %v469 = llvm.getelementptr %segsum_h[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v470 = llvm.load %v469 : !llvm.ptr -> f32
          %v471 = arith.muli %v2, %v8 : i64
          %v472 = arith.addi %v471, %v63 : i64
          %v473 = arith.muli %v472, %v1 : i64
          %v474 = arith.addi %v473, %v442 : i64
          %v475 = arith.muli %v474, %v4 : i64
          %v476 = arith.subi %v4, %v2 : i64
          %v477 = arith.minsi %v14, %v476 : i64
          %v478 = arith.addi %v475, %v477 : i64
          %v479 = llvm.getelementptr %segsum_h[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v480 = llvm.load %v479 : !llvm.ptr -> f32
          %v481 = arith.muli %v104, %v8 : i64
          %v482 = arith.addi %v481, %v63 : i64
          %v483 = arith.muli %v482, %v1 : i64
          %v484 = arith.addi %v483, %v442 : i64
          %v485 = arith.muli %v484, %v4 : i64
          %v486 = arith.subi %v4, %v2 : i64
          %v487 = arith.minsi %v14, %v486 : i64
          %v488 = arith.addi %v485, %v487 : i64
          %v489 = llvm.getelementptr %segsum_h[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v490 = llvm.load %v489 : !llvm.ptr -> f32
          %v491 = arith.mulf %v441, %v440 fastmath<contract> : f32
          %v492 = arith.mulf %v480, %v491 fastmath<contract> : f32
          %v493 = arith.addf %v492, %v470 fastmath<contract> : f32
          llvm.store %v493, %v29 : f32, !llvm.ptr
          llvm.store %v490, %v45 : f32, !llvm.ptr
          %v494 = llvm.load %v30 : !llvm.ptr -> f32
          %v495 = llvm.load %v46 : !llvm.ptr -> f32
          %v497 = arith.muli %v56, %v8 : i64
          %v498 = arith.addi %v497, %v63 : i64
          %v499 = arith.muli %v498, %v1 : i64
          %v500 = arith.addi %v499, %v496 : i64
          %v501 = arith.muli %v500, %v4 : i64
          %v502 = arith.subi %v4, %v2 : i64
          %v503 = arith.minsi %v14, %v502 : i64
          %v504 = arith.addi %v501, %v503 : i64
          %v505 = llvm.getelementptr %segcarry_h[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v494, %v505 : f32, !llvm.ptr
          %v506 = arith.muli %v2, %v8 : i64
          %v507 = arith.addi %v506, %v63 : i64
          %v508 = arith.muli %v507, %v1 : i64
          %v509 = arith.addi %v508, %v496 : i64
          %v510 = arith.muli %v509, %v4 : i64
          %v511 = arith.subi %v4, %v2 : i64
          %v512 = arith.minsi %v14, %v511 : i64
          %v513 = arith.addi %v510, %v512 : i64
          %v514 = llvm.getelementptr %segcarry_h[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v495, %v514 : f32, !llvm.ptr
          %v515 = arith.muli %v56, %v8 : i64
          %v516 = arith.addi %v515, %v63 : i64
          %v517 = arith.muli %v516, %v1 : i64
          %v518 = arith.addi %v517, %v496 : i64
          %v519 = arith.muli %v518, %v4 : i64
          %v520 = arith.subi %v4, %v2 : i64
          %v521 = arith.minsi %v14, %v520 : i64
          %v522 = arith.addi %v519, %v521 : i64
          %v523 = llvm.getelementptr %segsum_h[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v524 = llvm.load %v523 : !llvm.ptr -> f32
          %v525 = arith.muli %v2, %v8 : i64
          %v526 = arith.addi %v525, %v63 : i64
          %v527 = arith.muli %v526, %v1 : i64
          %v528 = arith.addi %v527, %v496 : i64
          %v529 = arith.muli %v528, %v4 : i64
          %v530 = arith.subi %v4, %v2 : i64
          %v531 = arith.minsi %v14, %v530 : i64
          %v532 = arith.addi %v529, %v531 : i64
          %v533 = llvm.getelementptr %segsum_h[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v534 = llvm.load %v533 : !llvm.ptr -> f32
          %v535 = arith.muli %v104, %v8 : i64
          %v536 = arith.addi %v535, %v63 : i64
          %v537 = arith.muli %v536, %v1 : i64
          %v538 = arith.addi %v537, %v496 : i64
          %v539 = arith.muli %v538, %v4 : i64
          %v540 = arith.subi %v4, %v2 : i64
          %v541 = arith.minsi %v14, %v540 : i64
          %v542 = arith.addi %v539, %v541 : i64
          %v543 = llvm.getelementptr %segsum_h[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v544 = llvm.load %v543 : !llvm.ptr -> f32
          %v545 = arith.mulf %v495, %v494 fastmath<contract> : f32
          %v546 = arith.mulf %v534, %v545 fastmath<contract> : f32
          %v547 = arith.addf %v546, %v524 fastmath<contract> : f32
          llvm.store %v547, %v30 : f32, !llvm.ptr
          llvm.store %v544, %v46 : f32, !llvm.ptr
          %v548 = llvm.load %v31 : !llvm.ptr -> f32
          %v549 = llvm.load %v47 : !llvm.ptr -> f32
          %v551 = arith.muli %v56, %v8 : i64
          %v552 = arith.addi %v551, %v63 : i64
          %v553 = arith.muli %v552, %v1 : i64
          %v554 = arith.addi %v553, %v550 : i64
          %v555 = arith.muli %v554, %v4 : i64
          %v556 = arith.subi %v4, %v2 : i64
          %v557 = arith.minsi %v14, %v556 : i64
          %v558 = arith.addi %v555, %v557 : i64
          %v559 = llvm.getelementptr %segcarry_h[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v548, %v559 : f32, !llvm.ptr
          %v560 = arith.muli %v2, %v8 : i64
          %v561 = arith.addi %v560, %v63 : i64
          %v562 = arith.muli %v561, %v1 : i64
          %v563 = arith.addi %v562, %v550 : i64
          %v564 = arith.muli %v563, %v4 : i64
          %v565 = arith.subi %v4, %v2 : i64
          %v566 = arith.minsi %v14, %v565 : i64
          %v567 = arith.addi %v564, %v566 : i64
          %v568 = llvm.getelementptr %segcarry_h[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v549, %v568 : f32, !llvm.ptr
          %v569 = arith.muli %v56, %v8 : i64
          %v570 = arith.addi %v569, %v63 : i64
          %v571 = arith.muli %v570, %v1 : i64
          %v572 = arith.addi %v571, %v550 : i64
          %v573 = arith.muli %v572, %v4 : i64
          %v574 = arith.subi %v4, %v2 : i64
          %v575 = arith.minsi %v14, %v574 : i64
          %v576 = arith.addi %v573, %v575 : i64
          %v577 = llvm.getelementptr %segsum_h[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v578 = llvm.load %v577 : !llvm.ptr -> f32
          %v579 = arith.muli %v2, %v8 : i64
          %v580 = arith.addi %v579, %v63 : i64
          %v581 = arith.muli %v580, %v1 : i64
          %v582 = arith.addi %v581, %v550 : i64
          %v583 = arith.muli %v582, %v4 : i64
          %v584 = arith.subi %v4, %v2 : i64
          %v585 = arith.minsi %v14, %v584 : i64
          %v586 = arith.addi %v583, %v585 : i64
          %v587 = llvm.getelementptr %segsum_h[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v588 = llvm.load %v587 : !llvm.ptr -> f32
          %v589 = arith.muli %v104, %v8 : i64
          %v590 = arith.addi %v589, %v63 : i64
          %v591 = arith.muli %v590, %v1 : i64
          %v592 = arith.addi %v591, %v550 : i64
          %v593 = arith.muli %v592, %v4 : i64
          %v594 = arith.subi %v4, %v2 : i64
          %v595 = arith.minsi %v14, %v594 : i64
          %v596 = arith.addi %v593, %v595 : i64
          %v597 = llvm.getelementptr %segsum_h[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v598 = llvm.load %v597 : !llvm.ptr -> f32
          %v599 = arith.mulf %v549, %v548 fastmath<contract> : f32
          %v600 = arith.mulf %v588, %v599 fastmath<contract> : f32
          %v601 = arith.addf %v600, %v578 fastmath<contract> : f32
          llvm.store %v601, %v31 : f32, !llvm.ptr
          llvm.store %v598, %v47 : f32, !llvm.ptr
          %v602 = llvm.load %v32 : !llvm.ptr -> f32
          %v603 = llvm.load %v48 : !llvm.ptr -> f32
          %v605 = arith.muli %v56, %v8 : i64
          %v606 = arith.addi %v605, %v63 : i64
          %v607 = arith.muli %v606, %v1 : i64
          %v608 = arith.addi %v607, %v604 : i64
          %v609 = arith.muli %v608, %v4 : i64
          %v610 = arith.subi %v4, %v2 : i64
          %v611 = arith.minsi %v14, %v610 : i64
          %v612 = arith.addi %v609, %v611 : i64
          %v613 = llvm.getelementptr %segcarry_h[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v602, %v613 : f32, !llvm.ptr
          %v614 = arith.muli %v2, %v8 : i64
          %v615 = arith.addi %v614, %v63 : i64
          %v616 = arith.muli %v615, %v1 : i64
          %v617 = arith.addi %v616, %v604 : i64
          %v618 = arith.muli %v617, %v4 : i64
          %v619 = arith.subi %v4, %v2 : i64
          %v620 = arith.minsi %v14, %v619 : i64
          %v621 = arith.addi %v618, %v620 : i64
          %v622 = llvm.getelementptr %segcarry_h[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v603, %v622 : f32, !llvm.ptr
          %v623 = arith.muli %v56, %v8 : i64
          %v624 = arith.addi %v623, %v63 : i64
          %v625 = arith.muli %v624, %v1 : i64
          %v626 = arith.addi %v625, %v604 : i64
          %v627 = arith.muli %v626, %v4 : i64
          %v628 = arith.subi %v4, %v2 : i64
          %v629 = arith.minsi %v14, %v628 : i64
          %v630 = arith.addi %v627, %v629 : i64
          %v631 = llvm.getelementptr %segsum_h[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v632 = llvm.load %v631 : !llvm.ptr -> f32
          %v633 = arith.muli %v2, %v8 : i64
          %v634 = arith.addi %v633, %v63 : i64
          %v635 = arith.muli %v634, %v1 : i64
          %v636 = arith.addi %v635, %v604 : i64
          %v637 = arith.muli %v636, %v4 : i64
          %v638 = arith.subi %v4, %v2 : i64
          %v639 = arith.minsi %v14, %v638 : i64
          %v640 = arith.addi %v637, %v639 : i64
          %v641 = llvm.getelementptr %segsum_h[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v642 = llvm.load %v641 : !llvm.ptr -> f32
          %v643 = arith.muli %v104, %v8 : i64
          %v644 = arith.addi %v643, %v63 : i64
          %v645 = arith.muli %v644, %v1 : i64
          %v646 = arith.addi %v645, %v604 : i64
          %v647 = arith.muli %v646, %v4 : i64
          %v648 = arith.subi %v4, %v2 : i64
          %v649 = arith.minsi %v14, %v648 : i64
          %v650 = arith.addi %v647, %v649 : i64
          %v651 = llvm.getelementptr %segsum_h[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v652 = llvm.load %v651 : !llvm.ptr -> f32
          %v653 = arith.mulf %v603, %v602 fastmath<contract> : f32
          %v654 = arith.mulf %v642, %v653 fastmath<contract> : f32
          %v655 = arith.addf %v654, %v632 fastmath<contract> : f32
          llvm.store %v655, %v32 : f32, !llvm.ptr
          llvm.store %v652, %v48 : f32, !llvm.ptr
          %v656 = llvm.load %v33 : !llvm.ptr -> f32
          %v657 = llvm.load %v49 : !llvm.ptr -> f32
          %v659 = arith.muli %v56, %v8 : i64
          %v660 = arith.addi %v659, %v63 : i64
          %v661 = arith.muli %v660, %v1 : i64
          %v662 = arith.addi %v661, %v658 : i64
          %v663 = arith.muli %v662, %v4 : i64
          %v664 = arith.subi %v4, %v2 : i64
          %v665 = arith.minsi %v14, %v664 : i64
          %v666 = arith.addi %v663, %v665 : i64
          %v667 = llvm.getelementptr %segcarry_h[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v656, %v667 : f32, !llvm.ptr
          %v668 = arith.muli %v2, %v8 : i64
          %v669 = arith.addi %v668, %v63 : i64
          %v670 = arith.muli %v669, %v1 : i64
          %v671 = arith.addi %v670, %v658 : i64
          %v672 = arith.muli %v671, %v4 : i64
          %v673 = arith.subi %v4, %v2 : i64
          %v674 = arith.minsi %v14, %v673 : i64
          %v675 = arith.addi %v672, %v674 : i64
          %v676 = llvm.getelementptr %segcarry_h[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v657, %v676 : f32, !llvm.ptr
          %v677 = arith.muli %v56, %v8 : i64
          %v678 = arith.addi %v677, %v63 : i64
          %v679 = arith.muli %v678, %v1 : i64
          %v680 = arith.addi %v679, %v658 : i64
          %v681 = arith.muli %v680, %v4 : i64
          %v682 = arith.subi %v4, %v2 : i64
          %v683 = arith.minsi %v14, %v682 : i64
          %v684 = arith.addi %v681, %v683 : i64
          %v685 = llvm.getelementptr %segsum_h[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v686 = llvm.load %v685 : !llvm.ptr -> f32
          %v687 = arith.muli %v2, %v8 : i64
          %v688 = arith.addi %v687, %v63 : i64
          %v689 = arith.muli %v688, %v1 : i64
          %v690 = arith.addi %v689, %v658 : i64
          %v691 = arith.muli %v690, %v4 : i64
          %v692 = arith.subi %v4, %v2 : i64
          %v693 = arith.minsi %v14, %v692 : i64
          %v694 = arith.addi %v691, %v693 : i64
          %v695 = llvm.getelementptr %segsum_h[%v694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v696 = llvm.load %v695 : !llvm.ptr -> f32
          %v697 = arith.muli %v104, %v8 : i64
          %v698 = arith.addi %v697, %v63 : i64
          %v699 = arith.muli %v698, %v1 : i64
          %v700 = arith.addi %v699, %v658 : i64
          %v701 = arith.muli %v700, %v4 : i64
          %v702 = arith.subi %v4, %v2 : i64
          %v703 = arith.minsi %v14, %v702 : i64
          %v704 = arith.addi %v701, %v703 : i64
          %v705 = llvm.getelementptr %segsum_h[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v706 = llvm.load %v705 : !llvm.ptr -> f32
          %v707 = arith.mulf %v657, %v656 fastmath<contract> : f32
          %v708 = arith.mulf %v696, %v707 fastmath<contract> : f32
          %v709 = arith.addf %v708, %v686 fastmath<contract> : f32
          llvm.store %v709, %v33 : f32, !llvm.ptr
          llvm.store %v706, %v49 : f32, !llvm.ptr
          %v710 = llvm.load %v34 : !llvm.ptr -> f32
          %v711 = llvm.load %v50 : !llvm.ptr -> f32
          %v713 = arith.muli %v56, %v8 : i64
          %v714 = arith.addi %v713, %v63 : i64
          %v715 = arith.muli %v714, %v1 : i64
          %v716 = arith.addi %v715, %v712 : i64
          %v717 = arith.muli %v716, %v4 : i64
          %v718 = arith.subi %v4, %v2 : i64
          %v719 = arith.minsi %v14, %v718 : i64
          %v720 = arith.addi %v717, %v719 : i64
          %v721 = llvm.getelementptr %segcarry_h[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v710, %v721 : f32, !llvm.ptr
          %v722 = arith.muli %v2, %v8 : i64
          %v723 = arith.addi %v722, %v63 : i64
          %v724 = arith.muli %v723, %v1 : i64
          %v725 = arith.addi %v724, %v712 : i64
          %v726 = arith.muli %v725, %v4 : i64
          %v727 = arith.subi %v4, %v2 : i64
          %v728 = arith.minsi %v14, %v727 : i64
          %v729 = arith.addi %v726, %v728 : i64
          %v730 = llvm.getelementptr %segcarry_h[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v711, %v730 : f32, !llvm.ptr
          %v731 = arith.muli %v56, %v8 : i64
          %v732 = arith.addi %v731, %v63 : i64
          %v733 = arith.muli %v732, %v1 : i64
          %v734 = arith.addi %v733, %v712 : i64
          %v735 = arith.muli %v734, %v4 : i64
          %v736 = arith.subi %v4, %v2 : i64
          %v737 = arith.minsi %v14, %v736 : i64
          %v738 = arith.addi %v735, %v737 : i64
          %v739 = llvm.getelementptr %segsum_h[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v740 = llvm.load %v739 : !llvm.ptr -> f32
          %v741 = arith.muli %v2, %v8 : i64
          %v742 = arith.addi %v741, %v63 : i64
          %v743 = arith.muli %v742, %v1 : i64
          %v744 = arith.addi %v743, %v712 : i64
          %v745 = arith.muli %v744, %v4 : i64
          %v746 = arith.subi %v4, %v2 : i64
          %v747 = arith.minsi %v14, %v746 : i64
          %v748 = arith.addi %v745, %v747 : i64
          %v749 = llvm.getelementptr %segsum_h[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v750 = llvm.load %v749 : !llvm.ptr -> f32
          %v751 = arith.muli %v104, %v8 : i64
          %v752 = arith.addi %v751, %v63 : i64
          %v753 = arith.muli %v752, %v1 : i64
          %v754 = arith.addi %v753, %v712 : i64
          %v755 = arith.muli %v754, %v4 : i64
          %v756 = arith.subi %v4, %v2 : i64
          %v757 = arith.minsi %v14, %v756 : i64
          %v758 = arith.addi %v755, %v757 : i64
          %v759 = llvm.getelementptr %segsum_h[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v760 = llvm.load %v759 : !llvm.ptr -> f32
          %v761 = arith.mulf %v711, %v710 fastmath<contract> : f32
          %v762 = arith.mulf %v750, %v761 fastmath<contract> : f32
          %v763 = arith.addf %v762, %v740 fastmath<contract> : f32
          llvm.store %v763, %v34 : f32, !llvm.ptr
          llvm.store %v760, %v50 : f32, !llvm.ptr
          %v764 = llvm.load %v35 : !llvm.ptr -> f32
          %v765 = llvm.load %v51 : !llvm.ptr -> f32
          %v767 = arith.muli %v56, %v8 : i64
          %v768 = arith.addi %v767, %v63 : i64
          %v769 = arith.muli %v768, %v1 : i64
          %v770 = arith.addi %v769, %v766 : i64
          %v771 = arith.muli %v770, %v4 : i64
          %v772 = arith.subi %v4, %v2 : i64
          %v773 = arith.minsi %v14, %v772 : i64
          %v774 = arith.addi %v771, %v773 : i64
          %v775 = llvm.getelementptr %segcarry_h[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v764, %v775 : f32, !llvm.ptr
          %v776 = arith.muli %v2, %v8 : i64
          %v777 = arith.addi %v776, %v63 : i64
          %v778 = arith.muli %v777, %v1 : i64
          %v779 = arith.addi %v778, %v766 : i64
          %v780 = arith.muli %v779, %v4 : i64
          %v781 = arith.subi %v4, %v2 : i64
          %v782 = arith.minsi %v14, %v781 : i64
          %v783 = arith.addi %v780, %v782 : i64
          %v784 = llvm.getelementptr %segcarry_h[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v765, %v784 : f32, !llvm.ptr
          %v785 = arith.muli %v56, %v8 : i64
          %v786 = arith.addi %v785, %v63 : i64
          %v787 = arith.muli %v786, %v1 : i64
          %v788 = arith.addi %v787, %v766 : i64
          %v789 = arith.muli %v788, %v4 : i64
          %v790 = arith.subi %v4, %v2 : i64
          %v791 = arith.minsi %v14, %v790 : i64
          %v792 = arith.addi %v789, %v791 : i64
          %v793 = llvm.getelementptr %segsum_h[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v794 = llvm.load %v793 : !llvm.ptr -> f32
          %v795 = arith.muli %v2, %v8 : i64
          %v796 = arith.addi %v795, %v63 : i64
          %v797 = arith.muli %v796, %v1 : i64
          %v798 = arith.addi %v797, %v766 : i64
          %v799 = arith.muli %v798, %v4 : i64
          %v800 = arith.subi %v4, %v2 : i64
          %v801 = arith.minsi %v14, %v800 : i64
          %v802 = arith.addi %v799, %v801 : i64
          %v803 = llvm.getelementptr %segsum_h[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v804 = llvm.load %v803 : !llvm.ptr -> f32
          %v805 = arith.muli %v104, %v8 : i64
          %v806 = arith.addi %v805, %v63 : i64
          %v807 = arith.muli %v806, %v1 : i64
          %v808 = arith.addi %v807, %v766 : i64
          %v809 = arith.muli %v808, %v4 : i64
          %v810 = arith.subi %v4, %v2 : i64
          %v811 = arith.minsi %v14, %v810 : i64
          %v812 = arith.addi %v809, %v811 : i64
          %v813 = llvm.getelementptr %segsum_h[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v814 = llvm.load %v813 : !llvm.ptr -> f32
          %v815 = arith.mulf %v765, %v764 fastmath<contract> : f32
          %v816 = arith.mulf %v804, %v815 fastmath<contract> : f32
          %v817 = arith.addf %v816, %v794 fastmath<contract> : f32
          llvm.store %v817, %v35 : f32, !llvm.ptr
          llvm.store %v814, %v51 : f32, !llvm.ptr
          %v818 = llvm.load %v36 : !llvm.ptr -> f32
          %v819 = llvm.load %v52 : !llvm.ptr -> f32
          %v821 = arith.muli %v56, %v8 : i64
          %v822 = arith.addi %v821, %v63 : i64
          %v823 = arith.muli %v822, %v1 : i64
          %v824 = arith.addi %v823, %v820 : i64
          %v825 = arith.muli %v824, %v4 : i64
          %v826 = arith.subi %v4, %v2 : i64
          %v827 = arith.minsi %v14, %v826 : i64
          %v828 = arith.addi %v825, %v827 : i64
          %v829 = llvm.getelementptr %segcarry_h[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v818, %v829 : f32, !llvm.ptr
          %v830 = arith.muli %v2, %v8 : i64
          %v831 = arith.addi %v830, %v63 : i64
          %v832 = arith.muli %v831, %v1 : i64
          %v833 = arith.addi %v832, %v820 : i64
          %v834 = arith.muli %v833, %v4 : i64
          %v835 = arith.subi %v4, %v2 : i64
          %v836 = arith.minsi %v14, %v835 : i64
          %v837 = arith.addi %v834, %v836 : i64
          %v838 = llvm.getelementptr %segcarry_h[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v819, %v838 : f32, !llvm.ptr
          %v839 = arith.muli %v56, %v8 : i64
          %v840 = arith.addi %v839, %v63 : i64
          %v841 = arith.muli %v840, %v1 : i64
          %v842 = arith.addi %v841, %v820 : i64
          %v843 = arith.muli %v842, %v4 : i64
          %v844 = arith.subi %v4, %v2 : i64
          %v845 = arith.minsi %v14, %v844 : i64
          %v846 = arith.addi %v843, %v845 : i64
          %v847 = llvm.getelementptr %segsum_h[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v848 = llvm.load %v847 : !llvm.ptr -> f32
          %v849 = arith.muli %v2, %v8 : i64
          %v850 = arith.addi %v849, %v63 : i64
          %v851 = arith.muli %v850, %v1 : i64
          %v852 = arith.addi %v851, %v820 : i64
          %v853 = arith.muli %v852, %v4 : i64
          %v854 = arith.subi %v4, %v2 : i64
          %v855 = arith.minsi %v14, %v854 : i64
          %v856 = arith.addi %v853, %v855 : i64
          %v857 = llvm.getelementptr %segsum_h[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v858 = llvm.load %v857 : !llvm.ptr -> f32
          %v859 = arith.muli %v104, %v8 : i64
          %v860 = arith.addi %v859, %v63 : i64
          %v861 = arith.muli %v860, %v1 : i64
          %v862 = arith.addi %v861, %v820 : i64
          %v863 = arith.muli %v862, %v4 : i64
          %v864 = arith.subi %v4, %v2 : i64
          %v865 = arith.minsi %v14, %v864 : i64
          %v866 = arith.addi %v863, %v865 : i64
          %v867 = llvm.getelementptr %segsum_h[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v868 = llvm.load %v867 : !llvm.ptr -> f32
          %v869 = arith.mulf %v819, %v818 fastmath<contract> : f32
          %v870 = arith.mulf %v858, %v869 fastmath<contract> : f32
          %v871 = arith.addf %v870, %v848 fastmath<contract> : f32
          llvm.store %v871, %v36 : f32, !llvm.ptr
          llvm.store %v868, %v52 : f32, !llvm.ptr
          %v872 = llvm.load %v37 : !llvm.ptr -> f32
          %v873 = llvm.load %v53 : !llvm.ptr -> f32
          %v875 = arith.muli %v56, %v8 : i64
          %v876 = arith.addi %v875, %v63 : i64
          %v877 = arith.muli %v876, %v1 : i64
          %v878 = arith.addi %v877, %v874 : i64
          %v879 = arith.muli %v878, %v4 : i64
          %v880 = arith.subi %v4, %v2 : i64
          %v881 = arith.minsi %v14, %v880 : i64
          %v882 = arith.addi %v879, %v881 : i64
          %v883 = llvm.getelementptr %segcarry_h[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v872, %v883 : f32, !llvm.ptr
          %v884 = arith.muli %v2, %v8 : i64
          %v885 = arith.addi %v884, %v63 : i64
          %v886 = arith.muli %v885, %v1 : i64
          %v887 = arith.addi %v886, %v874 : i64
          %v888 = arith.muli %v887, %v4 : i64
          %v889 = arith.subi %v4, %v2 : i64
          %v890 = arith.minsi %v14, %v889 : i64
          %v891 = arith.addi %v888, %v890 : i64
          %v892 = llvm.getelementptr %segcarry_h[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v873, %v892 : f32, !llvm.ptr
          %v893 = arith.muli %v56, %v8 : i64
          %v894 = arith.addi %v893, %v63 : i64
          %v895 = arith.muli %v894, %v1 : i64
          %v896 = arith.addi %v895, %v874 : i64
          %v897 = arith.muli %v896, %v4 : i64
          %v898 = arith.subi %v4, %v2 : i64
          %v899 = arith.minsi %v14, %v898 : i64
          %v900 = arith.addi %v897, %v899 : i64
          %v901 = llvm.getelementptr %segsum_h[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v902 = llvm.load %v901 : !llvm.ptr -> f32
          %v903 = arith.muli %v2, %v8 : i64
          %v904 = arith.addi %v903, %v63 : i64
          %v905 = arith.muli %v904, %v1 : i64
          %v906 = arith.addi %v905, %v874 : i64
          %v907 = arith.muli %v906, %v4 : i64
          %v908 = arith.subi %v4, %v2 : i64
          %v909 = arith.minsi %v14, %v908 : i64
          %v910 = arith.addi %v907, %v909 : i64
          %v911 = llvm.getelementptr %segsum_h[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v912 = llvm.load %v911 : !llvm.ptr -> f32
          %v913 = arith.muli %v104, %v8 : i64
          %v914 = arith.addi %v913, %v63 : i64
          %v915 = arith.muli %v914, %v1 : i64
          %v916 = arith.addi %v915, %v874 : i64
          %v917 = arith.muli %v916, %v4 : i64
          %v918 = arith.subi %v4, %v2 : i64
          %v919 = arith.minsi %v14, %v918 : i64
          %v920 = arith.addi %v917, %v919 : i64
          %v921 = llvm.getelementptr %segsum_h[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v922 = llvm.load %v921 : !llvm.ptr -> f32
          %v923 = arith.mulf %v873, %v872 fastmath<contract> : f32
          %v924 = arith.mulf %v912, %v923 fastmath<contract> : f32
          %v925 = arith.addf %v924, %v902 fastmath<contract> : f32
          llvm.store %v925, %v37 : f32, !llvm.ptr
          llvm.store %v922, %v53 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
