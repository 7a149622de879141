module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @gla_bwd_carry(%segsum_S: !llvm.ptr, %segcarry_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %size_L, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
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
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = arith.constant 0x00000000 : f32
      %v58 = arith.constant 0x3F800000 : f32
      %v59 = arith.constant 0 : i64
      %v107 = arith.constant 2 : i64
      %v229 = arith.constant 3 : i64
      %v283 = arith.constant 4 : i64
      %v337 = arith.constant 5 : i64
      %v391 = arith.constant 6 : i64
      %v445 = arith.constant 7 : i64
      %v499 = arith.constant 8 : i64
      %v553 = arith.constant 9 : i64
      %v607 = arith.constant 10 : i64
      %v661 = arith.constant 11 : i64
      %v715 = arith.constant 12 : i64
      %v769 = arith.constant 13 : i64
      %v823 = arith.constant 14 : i64
      %v877 = arith.constant 15 : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v14 = arith.muli %v13, %v8 : i64
      %v15 = arith.addi %v14, %v12 : i64
      %v16 = arith.cmpi slt, %v15, %v5 : i64
      %v17 = arith.subi %v5, %v2 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_DV : i64
      %v20 = arith.divui %v18, %size_DV : i64
      %v21 = arith.remui %v20, %size_H : i64
      %v22 = arith.divui %v20, %size_H : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      llvm.store %v57, %v25 : f32, !llvm.ptr
      llvm.store %v57, %v26 : f32, !llvm.ptr
      llvm.store %v57, %v27 : f32, !llvm.ptr
      llvm.store %v57, %v28 : f32, !llvm.ptr
      llvm.store %v57, %v29 : f32, !llvm.ptr
      llvm.store %v57, %v30 : f32, !llvm.ptr
      llvm.store %v57, %v31 : f32, !llvm.ptr
      llvm.store %v57, %v32 : f32, !llvm.ptr
      llvm.store %v57, %v33 : f32, !llvm.ptr
      llvm.store %v57, %v34 : f32, !llvm.ptr
      llvm.store %v57, %v35 : f32, !llvm.ptr
      llvm.store %v57, %v36 : f32, !llvm.ptr
      llvm.store %v57, %v37 : f32, !llvm.ptr
      llvm.store %v57, %v38 : f32, !llvm.ptr
      llvm.store %v57, %v39 : f32, !llvm.ptr
      llvm.store %v57, %v40 : f32, !llvm.ptr
      llvm.store %v58, %v41 : f32, !llvm.ptr
      llvm.store %v58, %v42 : f32, !llvm.ptr
      llvm.store %v58, %v43 : f32, !llvm.ptr
      llvm.store %v58, %v44 : f32, !llvm.ptr
      llvm.store %v58, %v45 : f32, !llvm.ptr
      llvm.store %v58, %v46 : f32, !llvm.ptr
      llvm.store %v58, %v47 : f32, !llvm.ptr
      llvm.store %v58, %v48 : f32, !llvm.ptr
      llvm.store %v58, %v49 : f32, !llvm.ptr
      llvm.store %v58, %v50 : f32, !llvm.ptr
      llvm.store %v58, %v51 : f32, !llvm.ptr
      llvm.store %v58, %v52 : f32, !llvm.ptr
      llvm.store %v58, %v53 : f32, !llvm.ptr
      llvm.store %v58, %v54 : f32, !llvm.ptr
      llvm.store %v58, %v55 : f32, !llvm.ptr
      llvm.store %v58, %v56 : f32, !llvm.ptr
      // carry scan: g ← G + P·a'·g, a' ← a_first, segment by segment from the last
      scf.if %v16 {
        %v60 = arith.index_cast %v59 : i64 to index
        %v61 = arith.index_cast %v9 : i64 to index
        %v62 = arith.index_cast %v2 : i64 to index
        scf.for %v63 = %v60 to %v61 step %v62 {
          %v64 = arith.index_cast %v63 : index to i64
          %v65 = arith.subi %v9, %v2 : i64
          %v66 = arith.subi %v65, %v64 : i64
          %v67 = llvm.load %v25 : !llvm.ptr -> f32
          %v68 = llvm.load %v41 : !llvm.ptr -> f32
          %v69 = arith.muli %v59, %v9 : i64
          %v70 = arith.addi %v69, %v66 : i64
          %v71 = arith.muli %v70, %v1 : i64
          %v72 = arith.addi %v71, %v59 : i64
          %v73 = arith.muli %v72, %v5 : i64
          %v74 = arith.subi %v5, %v2 : i64
          %v75 = arith.minsi %v15, %v74 : i64
          %v76 = arith.addi %v73, %v75 : i64
          %v77 = llvm.getelementptr %segcarry_S[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v67, %v77 : f32, !llvm.ptr
          %v78 = arith.muli %v2, %v9 : i64
          %v79 = arith.addi %v78, %v66 : i64
          %v80 = arith.muli %v79, %v1 : i64
          %v81 = arith.addi %v80, %v59 : i64
          %v82 = arith.muli %v81, %v5 : i64
          %v83 = arith.subi %v5, %v2 : i64
          %v84 = arith.minsi %v15, %v83 : i64
          %v85 = arith.addi %v82, %v84 : i64
          %v86 = llvm.getelementptr %segcarry_S[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v68, %v86 : f32, !llvm.ptr
          %v87 = arith.muli %v59, %v9 : i64
          %v88 = arith.addi %v87, %v66 : i64
          %v89 = arith.muli %v88, %v1 : i64
          %v90 = arith.addi %v89, %v59 : i64
          %v91 = arith.muli %v90, %v5 : i64
          %v92 = arith.subi %v5, %v2 : i64
          %v93 = arith.minsi %v15, %v92 : i64
          %v94 = arith.addi %v91, %v93 : i64
          %v95 = llvm.getelementptr %segsum_S[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v96 = llvm.load %v95 : !llvm.ptr -> f32
          %v97 = arith.muli %v2, %v9 : i64
          %v98 = arith.addi %v97, %v66 : i64
          %v99 = arith.muli %v98, %v1 : i64
          %v100 = arith.addi %v99, %v59 : i64
          %v101 = arith.muli %v100, %v5 : i64
          %v102 = arith.subi %v5, %v2 : i64
          %v103 = arith.minsi %v15, %v102 : i64
          %v104 = arith.addi %v101, %v103 : i64
          %v105 = llvm.getelementptr %segsum_S[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v106 = llvm.load %v105 : !llvm.ptr -> f32
          %v108 = arith.muli %v107, %v9 : i64
          %v109 = arith.addi %v108, %v66 : i64
          %v110 = arith.muli %v109, %v1 : i64
          %v111 = arith.addi %v110, %v59 : i64
          %v112 = arith.muli %v111, %v5 : i64
          %v113 = arith.subi %v5, %v2 : i64
          %v114 = arith.minsi %v15, %v113 : i64
          %v115 = arith.addi %v112, %v114 : i64
          %v116 = llvm.getelementptr %segsum_S[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          %v118 = arith.mulf %v68, %v67 fastmath<contract> : f32
          %v119 = arith.mulf %v106, %v118 fastmath<contract> : f32
          %v120 = arith.addf %v119, %v96 fastmath<contract> : f32
          llvm.store %v120, %v25 : f32, !llvm.ptr
          llvm.store %v117, %v41 : f32, !llvm.ptr
          %v121 = llvm.load %v26 : !llvm.ptr -> f32
          %v122 = llvm.load %v42 : !llvm.ptr -> f32
          %v123 = arith.muli %v59, %v9 : i64
          %v124 = arith.addi %v123, %v66 : i64
          %v125 = arith.muli %v124, %v1 : i64
          %v126 = arith.addi %v125, %v2 : i64
          %v127 = arith.muli %v126, %v5 : i64
          %v128 = arith.subi %v5, %v2 : i64
          %v129 = arith.minsi %v15, %v128 : i64
          %v130 = arith.addi %v127, %v129 : i64
          %v131 = llvm.getelementptr %segcarry_S[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v121, %v131 : f32, !llvm.ptr
          %v132 = arith.muli %v2, %v9 : i64
          %v133 = arith.addi %v132, %v66 : i64
          %v134 = arith.muli %v133, %v1 : i64
          %v135 = arith.addi %v134, %v2 : i64
          %v136 = arith.muli %v135, %v5 : i64
          %v137 = arith.subi %v5, %v2 : i64
          %v138 = arith.minsi %v15, %v137 : i64
          %v139 = arith.addi %v136, %v138 : i64
          %v140 = llvm.getelementptr %segcarry_S[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v122, %v140 : f32, !llvm.ptr
          %v141 = arith.muli %v59, %v9 : i64
          %v142 = arith.addi %v141, %v66 : i64
          %v143 = arith.muli %v142, %v1 : i64
          %v144 = arith.addi %v143, %v2 : i64
          %v145 = arith.muli %v144, %v5 : i64
          %v146 = arith.subi %v5, %v2 : i64
          %v147 = arith.minsi %v15, %v146 : i64
          %v148 = arith.addi %v145, %v147 : i64
          %v149 = llvm.getelementptr %segsum_S[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 : !llvm.ptr -> f32
          %v151 = arith.muli %v2, %v9 : i64
          %v152 = arith.addi %v151, %v66 : i64
          %v153 = arith.muli %v152, %v1 : i64
          %v154 = arith.addi %v153, %v2 : i64
          %v155 = arith.muli %v154, %v5 : i64
          %v156 = arith.subi %v5, %v2 : i64
          %v157 = arith.minsi %v15, %v156 : i64
          %v158 = arith.addi %v155, %v157 : i64
          %v159 = llvm.getelementptr %segsum_S[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v160 = llvm.load %v159 : !llvm.ptr -> f32
          %v161 = arith.muli %v107, %v9 : i64
          %v162 = arith.addi %v161, %v66 : i64
          %v163 = arith.muli %v162, %v1 : i64
          %v164 = arith.addi %v163, %v2 : i64
          %v165 = arith.muli %v164, %v5 : i64
          %v166 = arith.subi %v5, %v2 : i64
          %v167 = arith.minsi %v15, %v166 : i64
          %v168 = arith.addi %v165, %v167 : i64
          %v169 = llvm.getelementptr %segsum_S[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v170 = llvm.load %v169 : !llvm.ptr -> f32
          %v171 = arith.mulf %v122, %v121 fastmath<contract> : f32
          %v172 = arith.mulf %v160, %v171 fastmath<contract> : f32
          %v173 = arith.addf %v172, %v150 fastmath<contract> : f32
          llvm.store %v173, %v26 : f32, !llvm.ptr
          llvm.store %v170, %v42 : f32, !llvm.ptr
          %v174 = llvm.load %v27 : !llvm.ptr -> f32
          %v175 = llvm.load %v43 : !llvm.ptr -> f32
          %v176 = arith.muli %v59, %v9 : i64
          %v177 = arith.addi %v176, %v66 : i64
          %v178 = arith.muli %v177, %v1 : i64
          %v179 = arith.addi %v178, %v107 : i64
          %v180 = arith.muli %v179, %v5 : i64
          %v181 = arith.subi %v5, %v2 : i64
          %v182 = arith.minsi %v15, %v181 : i64
          %v183 = arith.addi %v180, %v182 : i64
          %v184 = llvm.getelementptr %segcarry_S[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v174, %v184 : f32, !llvm.ptr
          %v185 = arith.muli %v2, %v9 : i64
          %v186 = arith.addi %v185, %v66 : i64
          %v187 = arith.muli %v186, %v1 : i64
          %v188 = arith.addi %v187, %v107 : i64
          %v189 = arith.muli %v188, %v5 : i64
          %v190 = arith.subi %v5, %v2 : i64
          %v191 = arith.minsi %v15, %v190 : i64
          %v192 = arith.addi %v189, %v191 : i64
          %v193 = llvm.getelementptr %segcarry_S[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v175, %v193 : f32, !llvm.ptr
          %v194 = arith.muli %v59, %v9 : i64
          %v195 = arith.addi %v194, %v66 : i64
          %v196 = arith.muli %v195, %v1 : i64
          %v197 = arith.addi %v196, %v107 : i64
          %v198 = arith.muli %v197, %v5 : i64
          %v199 = arith.subi %v5, %v2 : i64
          %v200 = arith.minsi %v15, %v199 : i64
          %v201 = arith.addi %v198, %v200 : i64
          %v202 = llvm.getelementptr %segsum_S[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v203 = llvm.load %v202 : !llvm.ptr -> f32
          %v204 = arith.muli %v2, %v9 : i64
          %v205 = arith.addi %v204, %v66 : i64
          %v206 = arith.muli %v205, %v1 : i64
          %v207 = arith.addi %v206, %v107 : i64
          %v208 = arith.muli %v207, %v5 : i64
          %v209 = arith.subi %v5, %v2 : i64
          %v210 = arith.minsi %v15, %v209 : i64
          %v211 = arith.addi %v208, %v210 : i64
          %v212 = llvm.getelementptr %segsum_S[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.muli %v107, %v9 : i64
          %v215 = arith.addi %v214, %v66 : i64
          %v216 = arith.muli %v215, %v1 : i64
          %v217 = arith.addi %v216, %v107 : i64
          %v218 = arith.muli %v217, %v5 : i64
          %v219 = arith.subi %v5, %v2 : i64
          %v220 = arith.minsi %v15, %v219 : i64
          %v221 = arith.addi %v218, %v220 : i64
          %v222 = llvm.getelementptr %segsum_S[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v223 = llvm.load %v222 : !llvm.ptr -> f32
          %v224 = arith.mulf %v175, %v174 fastmath<contract> : f32
          %v225 = arith.mulf %v213, %v224 fastmath<contract> : f32
          %v226 = arith.addf %v225, %v203 fastmath<contract> : f32
          llvm.store %v226, %v27 : f32, !llvm.ptr
          llvm.store %v223, %v43 : f32, !llvm.ptr
          %v227 = llvm.load %v28 : !llvm.ptr -> f32
          %v228 = llvm.load %v44 : !llvm.ptr -> f32
          %v230 = arith.muli %v59, %v9 : i64
          %v231 = arith.addi %v230, %v66 : i64
          %v232 = arith.muli %v231, %v1 : i64
          %v233 = arith.addi %v232, %v229 : i64
          %v234 = arith.muli %v233, %v5 : i64
          %v235 = arith.subi %v5, %v2 : i64
          %v236 = arith.minsi %v15, %v235 : i64
          %v237 = arith.addi %v234, %v236 : i64
          %v238 = llvm.getelementptr %segcarry_S[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v227, %v238 : f32, !llvm.ptr
          %v239 = arith.muli %v2, %v9 : i64
          %v240 = arith.addi %v239, %v66 : i64
          %v241 = arith.muli %v240, %v1 : i64
          %v242 = arith.addi %v241, %v229 : i64
          %v243 = arith.muli %v242, %v5 : i64
          %v244 = arith.subi %v5, %v2 : i64
          %v245 = arith.minsi %v15, %v244 : i64
          %v246 = arith.addi %v243, %v245 : i64
          %v247 = llvm.getelementptr %segcarry_S[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v228, %v247 : f32, !llvm.ptr
          %v248 = arith.muli %v59, %v9 : i64
          %v249 = arith.addi %v248, %v66 : i64
          %v250 = arith.muli %v249, %v1 : i64
          %v251 = arith.addi %v250, %v229 : i64
          %v252 = arith.muli %v251, %v5 : i64
          %v253 = arith.subi %v5, %v2 : i64
          %v254 = arith.minsi %v15, %v253 : i64
          %v255 = arith.addi %v252, %v254 : i64
          %v256 = llvm.getelementptr %segsum_S[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v257 = llvm.load %v256 : !llvm.ptr -> f32
          %v258 = arith.muli %v2, %v9 : i64
          %v259 = arith.addi %v258, %v66 : i64
          %v260 = arith.muli %v259, %v1 : i64
          %v261 = arith.addi %v260, %v229 : i64
          %v262 = arith.muli %v261, %v5 : i64
          %v263 = arith.subi %v5, %v2 : i64
          %v264 = arith.minsi %v15, %v263 : i64
          %v265 = arith.addi %v262, %v264 : i64
          %v266 = llvm.getelementptr %segsum_S[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = arith.muli %v107, %v9 : i64
          %v269 = arith.addi %v268, %v66 : i64
          %v270 = arith.muli %v269, %v1 : i64
          %v271 = arith.addi %v270, %v229 : i64
          %v272 = arith.muli %v271, %v5 : i64
          %v273 = arith.subi %v5, %v2 : i64
          %v274 = arith.minsi %v15, %v273 : i64
          %v275 = arith.addi %v272, %v274 : i64
          %v276 = llvm.getelementptr %segsum_S[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v277 = llvm.load %v276 : !llvm.ptr -> f32
          %v278 = arith.mulf %v228, %v227 fastmath<contract> : f32
          %v279 = arith.mulf %v267, %v278 fastmath<contract> : f32
          %v280 = arith.addf %v279, %v257 fastmath<contract> : f32
          llvm.store %v280, %v28 : f32, !llvm.ptr
          llvm.store %v277, %v44 : f32, !llvm.ptr
          %v281 = llvm.load %v29 : !llvm.ptr -> f32
          %v282 = llvm.load %v45 : !llvm.ptr -> f32
          %v284 = arith.muli %v59, %v9 : i64
          %v285 = arith.addi %v284, %v66 : i64
          %v286 = arith.muli %v285, %v1 : i64
          %v287 = arith.addi %v286, %v283 : i64
          %v288 = arith.muli %v287, %v5 : i64
          %v289 = arith.subi %v5, %v2 : i64
          %v290 = arith.minsi %v15, %v289 : i64
          %v291 = arith.addi %v288, %v290 : i64
          %v292 = llvm.getelementptr %segcarry_S[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v281, %v292 : f32, !llvm.ptr
          %v293 = arith.muli %v2, %v9 : i64
          %v294 = arith.addi %v293, %v66 : i64
          %v295 = arith.muli %v294, %v1 : i64
          %v296 = arith.addi %v295, %v283 : i64
          %v297 = arith.muli %v296, %v5 : i64
          %v298 = arith.subi %v5, %v2 : i64
          %v299 = arith.minsi %v15, %v298 : i64
          %v300 = arith.addi %v297, %v299 : i64
          %v301 = llvm.getelementptr %segcarry_S[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v282, %v301 : f32, !llvm.ptr
          %v302 = arith.muli %v59, %v9 : i64
          %v303 = arith.addi %v302, %v66 : i64
          %v304 = arith.muli %v303, %v1 : i64
          %v305 = arith.addi %v304, %v283 : i64
          %v306 = arith.muli %v305, %v5 : i64
          %v307 = arith.subi %v5, %v2 : i64
          %v308 = arith.minsi %v15, %v307 : i64
          %v309 = arith.addi %v306, %v308 : i64
          %v310 = llvm.getelementptr %segsum_S[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v311 = llvm.load %v310 : !llvm.ptr -> f32
          %v312 = arith.muli %v2, %v9 : i64
          %v313 = arith.addi %v312, %v66 : i64
          %v314 = arith.muli %v313, %v1 : i64
          %v315 = arith.addi %v314, %v283 : i64
          %v316 = arith.muli %v315, %v5 : i64
          %v317 = arith.subi %v5, %v2 : i64
          %v318 = arith.minsi %v15, %v317 : i64
          %v319 = arith.addi %v316, %v318 : i64
          %v320 = llvm.getelementptr %segsum_S[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v321 = llvm.load %v320 : !llvm.ptr -> f32
          %v322 = arith.muli %v107, %v9 : i64
          %v323 = arith.addi %v322, %v66 : i64
          %v324 = arith.muli %v323, %v1 : i64
          %v325 = arith.addi %v324, %v283 : i64
          %v326 = arith.muli %v325, %v5 : i64
          %v327 = arith.subi %v5, %v2 : i64
          %v328 = arith.minsi %v15, %v327 : i64
          %v329 = arith.addi %v326, %v328 : i64
          %v330 = llvm.getelementptr %segsum_S[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v331 = llvm.load %v330 : !llvm.ptr -> f32
          %v332 = arith.mulf %v282, %v281 fastmath<contract> : f32
          %v333 = arith.mulf %v321, %v332 fastmath<contract> : f32
          %v334 = arith.addf %v333, %v311 fastmath<contract> : f32
          llvm.store %v334, %v29 : f32, !llvm.ptr
          llvm.store %v331, %v45 : f32, !llvm.ptr
          %v335 = llvm.load %v30 : !llvm.ptr -> f32
          %v336 = llvm.load %v46 : !llvm.ptr -> f32
          %v338 = arith.muli %v59, %v9 : i64
          %v339 = arith.addi %v338, %v66 : i64
          %v340 = arith.muli %v339, %v1 : i64
          %v341 = arith.addi %v340, %v337 : i64
          %v342 = arith.muli %v341, %v5 : i64
          %v343 = arith.subi %v5, %v2 : i64
          %v344 = arith.minsi %v15, %v343 : i64
          %v345 = arith.addi %v342, %v344 : i64
          %v346 = llvm.getelementptr %segcarry_S[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v335, %v346 : f32, !llvm.ptr
          %v347 = arith.muli %v2, %v9 : i64
          %v348 = arith.addi %v347, %v66 : i64
          %v349 = arith.muli %v348, %v1 : i64
          %v350 = arith.addi %v349, %v337 : i64
          %v351 = arith.muli %v350, %v5 : i64
          %v352 = arith.subi %v5, %v2 : i64
          %v353 = arith.minsi %v15, %v352 : i64
          %v354 = arith.addi %v351, %v353 : i64
          %v355 = llvm.getelementptr %segcarry_S[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v336, %v355 : f32, !llvm.ptr
          %v356 = arith.muli %v59, %v9 : i64
          %v357 = arith.addi %v356, %v66 : i64
          %v358 = arith.muli %v357, %v1 : i64
          %v359 = arith.addi %v358, %v337 : i64
          %v360 = arith.muli %v359, %v5 : i64
          %v361 = arith.subi %v5, %v2 : i64
          %v362 = arith.minsi %v15, %v361 : i64
          %v363 = arith.addi %v360, %v362 : i64
          %v364 = llvm.getelementptr %segsum_S[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v365 = llvm.load %v364 : !llvm.ptr -> f32
          %v366 = arith.muli %v2, %v9 : i64
          %v367 = arith.addi %v366, %v66 : i64
          %v368 = arith.muli %v367, %v1 : i64
          %v369 = arith.addi %v368, %v337 : i64
          %v370 = arith.muli %v369, %v5 : i64
          %v371 = arith.subi %v5, %v2 : i64
          %v372 = arith.minsi %v15, %v371 : i64
          %v373 = arith.addi %v370, %v372 : i64
          %v374 = llvm.getelementptr %segsum_S[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v375 = llvm.load %v374 : !llvm.ptr -> f32
          %v376 = arith.muli %v107, %v9 : i64
          %v377 = arith.addi %v376, %v66 : i64
          %v378 = arith.muli %v377, %v1 : i64
          %v379 = arith.addi %v378, %v337 : i64
          %v380 = arith.muli %v379, %v5 : i64
          %v381 = arith.subi %v5, %v2 : i64
          %v382 = arith.minsi %v15, %v381 : i64
          %v383 = arith.addi %v380, %v382 : i64
          %v384 = llvm.getelementptr %segsum_S[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v385 = llvm.load %v384 : !llvm.ptr -> f32
          %v386 = arith.mulf %v336, %v335 fastmath<contract> : f32
          %v387 = arith.mulf %v375, %v386 fastmath<contract> : f32
          %v388 = arith.addf %v387, %v365 fastmath<contract> : f32
          llvm.store %v388, %v30 : f32, !llvm.ptr
          llvm.store %v385, %v46 : f32, !llvm.ptr
          %v389 = llvm.load %v31 : !llvm.ptr -> f32
          %v390 = llvm.load %v47 : !llvm.ptr -> f32
          %v392 = arith.muli %v59, %v9 : i64
          %v393 = arith.addi %v392, %v66 : i64
          %v394 = arith.muli %v393, %v1 : i64
          %v395 = arith.addi %v394, %v391 : i64
          %v396 = arith.muli %v395, %v5 : i64
          %v397 = arith.subi %v5, %v2 : i64
          %v398 = arith.minsi %v15, %v397 : i64
          %v399 = arith.addi %v396, %v398 : i64
          %v400 = llvm.getelementptr %segcarry_S[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v389, %v400 : f32, !llvm.ptr
          %v401 = arith.muli %v2, %v9 : i64
          %v402 = arith.addi %v401, %v66 : i64
          %v403 = arith.muli %v402, %v1 : i64
          %v404 = arith.addi %v403, %v391 : i64
          %v405 = arith.muli %v404, %v5 : i64
          %v406 = arith.subi %v5, %v2 : i64
          %v407 = arith.minsi %v15, %v406 : i64
          %v408 = arith.addi %v405, %v407 : i64
          %v409 = llvm.getelementptr %segcarry_S[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v390, %v409 : f32, !llvm.ptr
          %v410 = arith.muli %v59, %v9 : i64
          %v411 = arith.addi %v410, %v66 : i64
          %v412 = arith.muli %v411, %v1 : i64
          %v413 = arith.addi %v412, %v391 : i64
          %v414 = arith.muli %v413, %v5 : i64
          %v415 = arith.subi %v5, %v2 : i64
          %v416 = arith.minsi %v15, %v415 : i64
          %v417 = arith.addi %v414, %v416 : i64
          %v418 = llvm.getelementptr %segsum_S[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v419 = llvm.load %v418 : !llvm.ptr -> f32
          %v420 = arith.muli %v2, %v9 : i64
          %v421 = arith.addi %v420, %v66 : i64
          %v422 = arith.muli %v421, %v1 : i64
          %v423 = arith.addi %v422, %v391 : i64
          %v424 = arith.muli %v423, %v5 : i64
          %v425 = arith.subi %v5, %v2 : i64
          %v426 = arith.minsi %v15, %v425 : i64
          %v427 = arith.addi %v424, %v426 : i64
          %v428 = llvm.getelementptr %segsum_S[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v429 = llvm.load %v428 : !llvm.ptr -> f32
          %v430 = arith.muli %v107, %v9 : i64
          %v431 = arith.addi %v430, %v66 : i64
          %v432 = arith.muli %v431, %v1 : i64
          %v433 = arith.addi %v432, %v391 : i64
          %v434 = arith.muli %v433, %v5 : i64
          %v435 = arith.subi %v5, %v2 : i64
          %v436 = arith.minsi %v15, %v435 : i64
          %v437 = arith.addi %v434, %v436 : i64
          %v438 = llvm.getelementptr %segsum_S[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v439 = llvm.load %v438 : !llvm.ptr -> f32
          %v440 = arith.mulf %v390, %v389 fastmath<contract> : f32
          %v441 = arith.mulf %v429, %v440 fastmath<contract> : f32
          %v442 = arith.addf %v441, %v419 fastmath<contract> : f32
          llvm.store %v442, %v31 : f32, !llvm.ptr
          llvm.store %v439, %v47 : f32, !llvm.ptr
          %v443 = llvm.load %v32 : !llvm.ptr -> f32
          %v444 = llvm.load %v48 : !llvm.ptr -> f32
          %v446 = arith.muli %v59, %v9 : i64
          %v447 = arith.addi %v446, %v66 : i64
          %v448 = arith.muli %v447, %v1 : i64
          %v449 = arith.addi %v448, %v445 : i64
          %v450 = arith.muli %v449, %v5 : i64
          %v451 = arith.subi %v5, %v2 : i64
          %v452 = arith.minsi %v15, %v451 : i64
          %v453 = arith.addi %v450, %v452 : i64
          %v454 = llvm.getelementptr %segcarry_S[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v443, %v454 : f32, !llvm.ptr
          %v455 = arith.muli %v2, %v9 : i64
          %v456 = arith.addi %v455, %v66 : i64
          %v457 = arith.muli %v456, %v1 : i64
          %v458 = arith.addi %v457, %v445 : i64
          %v459 = arith.muli %v458, %v5 : i64
          %v460 = arith.subi %v5, %v2 : i64
          %v461 = arith.minsi %v15, %v460 : i64
          %v462 = arith.addi %v459, %v461 : i64
          %v463 = llvm.getelementptr %segcarry_S[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v444, %v463 : f32, !llvm.ptr
          %v464 = arith.muli %v59, %v9 : i64
          %v465 = arith.addi %v464, %v66 : i64
          %v466 = arith.muli %v465, %v1 : i64
          %v467 = arith.addi %v466, %v445 : i64
          %v468 = arith.muli %v467, %v5 : i64
          %v469 = arith.subi %v5, %v2 : i64
          %v470 = arith.minsi %v15, %v469 : i64
          %v471 = arith.addi %v468, %v470 : i64
          %v472 = llvm.getelementptr %segsum_S[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v473 = llvm.load %v472 : !llvm.ptr -> f32
          %v474 = arith.muli %v2, %v9 : i64
          %v475 = arith.addi %v474, %v66 : i64
          %v476 = arith.muli %v475, %v1 : i64
          %v477 = arith.addi %v476, %v445 : i64
          %v478 = arith.muli %v477, %v5 : i64
          %v479 = arith.subi %v5, %v2 : i64
          %v480 = arith.minsi %v15, %v479 : i64
          %v481 = arith.addi %v478, %v480 : i64
          %v482 = llvm.getelementptr %segsum_S[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v483 = llvm.load %v482 : !llvm.ptr -> f32
          %v484 = arith.muli %v107, %v9 : i64
          %v485 = arith.addi %v484, %v66 : i64
          %v486 = arith.muli %v485, %v1 : i64
          %v487 = arith.addi %v486, %v445 : i64
          %v488 = arith.muli %v487, %v5 : i64
          %v489 = arith.subi %v5, %v2 : i64
          %v490 = arith.minsi %v15, %v489 : i64
          %v491 = arith.addi %v488, %v490 : i64
          %v492 = llvm.getelementptr %segsum_S[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v493 = llvm.load %v492 : !llvm.ptr -> f32
          %v494 = arith.mulf %v444, %v443 fastmath<contract> : f32
          %v495 = arith.mulf %v483, %v494 fastmath<contract> : f32
          %v496 = arith.addf %v495, %v473 fastmath<contract> : f32
          llvm.store %v496, %v32 : f32, !llvm.ptr
          llvm.store %v493, %v48 : f32, !llvm.ptr
          %v497 = llvm.load %v33 : !llvm.ptr -> f32
          %v498 = llvm.load %v49 : !llvm.ptr -> f32
          %v500 = arith.muli %v59, %v9 : i64
          %v501 = arith.addi %v500, %v66 : i64
          %v502 = arith.muli %v501, %v1 : i64
          %v503 = arith.addi %v502, %v499 : i64
          %v504 = arith.muli %v503, %v5 : i64
          %v505 = arith.subi %v5, %v2 : i64
          %v506 = arith.minsi %v15, %v505 : i64
          %v507 = arith.addi %v504, %v506 : i64
          %v508 = llvm.getelementptr %segcarry_S[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v497, %v508 : f32, !llvm.ptr
          %v509 = arith.muli %v2, %v9 : i64
          %v510 = arith.addi %v509, %v66 : i64
          %v511 = arith.muli %v510, %v1 : i64
          %v512 = arith.addi %v511, %v499 : i64
          %v513 = arith.muli %v512, %v5 : i64
          %v514 = arith.subi %v5, %v2 : i64
          %v515 = arith.minsi %v15, %v514 : i64
          %v516 = arith.addi %v513, %v515 : i64
          %v517 = llvm.getelementptr %segcarry_S[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v498, %v517 : f32, !llvm.ptr
          %v518 = arith.muli %v59, %v9 : i64
          %v519 = arith.addi %v518, %v66 : i64
          %v520 = arith.muli %v519, %v1 : i64
          %v521 = arith.addi %v520, %v499 : i64
          %v522 = arith.muli %v521, %v5 : i64
          %v523 = arith.subi %v5, %v2 : i64
          %v524 = arith.minsi %v15, %v523 : i64
          %v525 = arith.addi %v522, %v524 : i64
          %v526 = llvm.getelementptr %segsum_S[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v527 = llvm.load %v526 : !llvm.ptr -> f32
          %v528 = arith.muli %v2, %v9 : i64
          %v529 = arith.addi %v528, %v66 : i64
          %v530 = arith.muli %v529, %v1 : i64
          %v531 = arith.addi %v530, %v499 : i64
          %v532 = arith.muli %v531, %v5 : i64
          %v533 = arith.subi %v5, %v2 : i64
          %v534 = arith.minsi %v15, %v533 : i64
          %v535 = arith.addi %v532, %v534 : i64
          %v536 = llvm.getelementptr %segsum_S[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v537 = llvm.load %v536 : !llvm.ptr -> f32
          %v538 = arith.muli %v107, %v9 : i64
          %v539 = arith.addi %v538, %v66 : i64
          %v540 = arith.muli %v539, %v1 : i64
          %v541 = arith.addi %v540, %v499 : i64
          %v542 = arith.muli %v541, %v5 : i64
          %v543 = arith.subi %v5, %v2 : i64
          %v544 = arith.minsi %v15, %v543 : i64
          %v545 = arith.addi %v542, %v544 : i64
          %v546 = llvm.getelementptr %segsum_S[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v547 = llvm.load %v546 : !llvm.ptr -> f32
          %v548 = arith.mulf %v498, %v497 fastmath<contract> : f32
          %v549 = arith.mulf %v537, %v548 fastmath<contract> : f32
          %v550 = arith.addf %v549, %v527 fastmath<contract> : f32
          llvm.store %v550, %v33 : f32, !llvm.ptr
          llvm.store %v547, %v49 : f32, !llvm.ptr
          %v551 = llvm.load %v34 : !llvm.ptr -> f32
          %v552 = llvm.load %v50 : !llvm.ptr -> f32
          %v554 = arith.muli %v59, %v9 : i64
          %v555 = arith.addi %v554, %v66 : i64
          %v556 = arith.muli %v555, %v1 : i64
          %v557 = arith.addi %v556, %v553 : i64
          %v558 = arith.muli %v557, %v5 : i64
          %v559 = arith.subi %v5, %v2 : i64
          %v560 = arith.minsi %v15, %v559 : i64
          %v561 = arith.addi %v558, %v560 : i64
          %v562 = llvm.getelementptr %segcarry_S[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v551, %v562 : f32, !llvm.ptr
          %v563 = arith.muli %v2, %v9 : i64
          %v564 = arith.addi %v563, %v66 : i64
          %v565 = arith.muli %v564, %v1 : i64
          %v566 = arith.addi %v565, %v553 : i64
          %v567 = arith.muli %v566, %v5 : i64
          %v568 = arith.subi %v5, %v2 : i64
          %v569 = arith.minsi %v15, %v568 : i64
          %v570 = arith.addi %v567, %v569 : i64
          %v571 = llvm.getelementptr %segcarry_S[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v552, %v571 : f32, !llvm.ptr
          %v572 = arith.muli %v59, %v9 : i64
          %v573 = arith.addi %v572, %v66 : i64
          %v574 = arith.muli %v573, %v1 : i64
          %v575 = arith.addi %v574, %v553 : i64
          %v576 = arith.muli %v575, %v5 : i64
          %v577 = arith.subi %v5, %v2 : i64
          %v578 = arith.minsi %v15, %v577 : i64
          %v579 = arith.addi %v576, %v578 : i64
          %v580 = llvm.getelementptr %segsum_S[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v581 = llvm.load %v580 : !llvm.ptr -> f32
          %v582 = arith.muli %v2, %v9 : i64
          %v583 = arith.addi %v582, %v66 : i64
          %v584 = arith.muli %v583, %v1 : i64
          %v585 = arith.addi %v584, %v553 : i64
          %v586 = arith.muli %v585, %v5 : i64
          %v587 = arith.subi %v5, %v2 : i64
          %v588 = arith.minsi %v15, %v587 : i64
          %v589 = arith.addi %v586, %v588 : i64
          %v590 = llvm.getelementptr %segsum_S[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v591 = llvm.load %v590 : !llvm.ptr -> f32
          %v592 = arith.muli %v107, %v9 : i64
          %v593 = arith.addi %v592, %v66 : i64
          %v594 = arith.muli %v593, %v1 : i64
          %v595 = arith.addi %v594, %v553 : i64
          %v596 = arith.muli %v595, %v5 : i64
          %v597 = arith.subi %v5, %v2 : i64
          %v598 = arith.minsi %v15, %v597 : i64
          %v599 = arith.addi %v596, %v598 : i64
          %v600 = llvm.getelementptr %segsum_S[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v601 = llvm.load %v600 : !llvm.ptr -> f32
          %v602 = arith.mulf %v552, %v551 fastmath<contract> : f32
          %v603 = arith.mulf %v591, %v602 fastmath<contract> : f32
          %v604 = arith.addf %v603, %v581 fastmath<contract> : f32
          llvm.store %v604, %v34 : f32, !llvm.ptr
          llvm.store %v601, %v50 : f32, !llvm.ptr
          %v605 = llvm.load %v35 : !llvm.ptr -> f32
          %v606 = llvm.load %v51 : !llvm.ptr -> f32
          %v608 = arith.muli %v59, %v9 : i64
          %v609 = arith.addi %v608, %v66 : i64
          %v610 = arith.muli %v609, %v1 : i64
          %v611 = arith.addi %v610, %v607 : i64
          %v612 = arith.muli %v611, %v5 : i64
          %v613 = arith.subi %v5, %v2 : i64
          %v614 = arith.minsi %v15, %v613 : i64
          %v615 = arith.addi %v612, %v614 : i64
          %v616 = llvm.getelementptr %segcarry_S[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v605, %v616 : f32, !llvm.ptr
          %v617 = arith.muli %v2, %v9 : i64
          %v618 = arith.addi %v617, %v66 : i64
          %v619 = arith.muli %v618, %v1 : i64
          %v620 = arith.addi %v619, %v607 : i64
          %v621 = arith.muli %v620, %v5 : i64
          %v622 = arith.subi %v5, %v2 : i64
          %v623 = arith.minsi %v15, %v622 : i64
          %v624 = arith.addi %v621, %v623 : i64
          %v625 = llvm.getelementptr %segcarry_S[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v606, %v625 : f32, !llvm.ptr
          %v626 = arith.muli %v59, %v9 : i64
          %v627 = arith.addi %v626, %v66 : i64
          %v628 = arith.muli %v627, %v1 : i64
          %v629 = arith.addi %v628, %v607 : i64
          %v630 = arith.muli %v629, %v5 : i64
          %v631 = arith.subi %v5, %v2 : i64
          %v632 = arith.minsi %v15, %v631 : i64
          %v633 = arith.addi %v630, %v632 : i64
          %v634 = llvm.getelementptr %segsum_S[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v635 = llvm.load %v634 : !llvm.ptr -> f32
          %v636 = arith.muli %v2, %v9 : i64
          %v637 = arith.addi %v636, %v66 : i64
          %v638 = arith.muli %v637, %v1 : i64
          %v639 = arith.addi %v638, %v607 : i64
          %v640 = arith.muli %v639, %v5 : i64
          %v641 = arith.subi %v5, %v2 : i64
          %v642 = arith.minsi %v15, %v641 : i64
          %v643 = arith.addi %v640, %v642 : i64
          %v644 = llvm.getelementptr %segsum_S[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v645 = llvm.load %v644 : !llvm.ptr -> f32
          %v646 = arith.muli %v107, %v9 : i64
          %v647 = arith.addi %v646, %v66 : i64
          %v648 = arith.muli %v647, %v1 : i64
          %v649 = arith.addi %v648, %v607 : i64
          %v650 = arith.muli %v649, %v5 : i64
          %v651 = arith.subi %v5, %v2 : i64
          %v652 = arith.minsi %v15, %v651 : i64
          %v653 = arith.addi %v650, %v652 : i64
          %v654 = llvm.getelementptr %segsum_S[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v655 = llvm.load %v654 : !llvm.ptr -> f32
          %v656 = arith.mulf %v606, %v605 fastmath<contract> : f32
          %v657 = arith.mulf %v645, %v656 fastmath<contract> : f32
          %v658 = arith.addf %v657, %v635 fastmath<contract> : f32
          llvm.store %v658, %v35 : f32, !llvm.ptr
          llvm.store %v655, %v51 : f32, !llvm.ptr
          %v659 = llvm.load %v36 : !llvm.ptr -> f32
          %v660 = llvm.load %v52 : !llvm.ptr -> f32
          %v662 = arith.muli %v59, %v9 : i64
          %v663 = arith.addi %v662, %v66 : i64
          %v664 = arith.muli %v663, %v1 : i64
          %v665 = arith.addi %v664, %v661 : i64
          %v666 = arith.muli %v665, %v5 : i64
          %v667 = arith.subi %v5, %v2 : i64
          %v668 = arith.minsi %v15, %v667 : i64
          %v669 = arith.addi %v666, %v668 : i64
          %v670 = llvm.getelementptr %segcarry_S[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v659, %v670 : f32, !llvm.ptr
          %v671 = arith.muli %v2, %v9 : i64
          %v672 = arith.addi %v671, %v66 : i64
          %v673 = arith.muli %v672, %v1 : i64
          %v674 = arith.addi %v673, %v661 : i64
          %v675 = arith.muli %v674, %v5 : i64
          %v676 = arith.subi %v5, %v2 : i64
          %v677 = arith.minsi %v15, %v676 : i64
          %v678 = arith.addi %v675, %v677 : i64
          %v679 = llvm.getelementptr %segcarry_S[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v660, %v679 : f32, !llvm.ptr
          %v680 = arith.muli %v59, %v9 : i64
          %v681 = arith.addi %v680, %v66 : i64
          %v682 = arith.muli %v681, %v1 : i64
          %v683 = arith.addi %v682, %v661 : i64
          %v684 = arith.muli %v683, %v5 : i64
          %v685 = arith.subi %v5, %v2 : i64
          %v686 = arith.minsi %v15, %v685 : i64
          %v687 = arith.addi %v684, %v686 : i64
          %v688 = llvm.getelementptr %segsum_S[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v689 = llvm.load %v688 : !llvm.ptr -> f32
          %v690 = arith.muli %v2, %v9 : i64
          %v691 = arith.addi %v690, %v66 : i64
          %v692 = arith.muli %v691, %v1 : i64
          %v693 = arith.addi %v692, %v661 : i64
          %v694 = arith.muli %v693, %v5 : i64
          %v695 = arith.subi %v5, %v2 : i64
          %v696 = arith.minsi %v15, %v695 : i64
          %v697 = arith.addi %v694, %v696 : i64
          %v698 = llvm.getelementptr %segsum_S[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v699 = llvm.load %v698 : !llvm.ptr -> f32
          %v700 = arith.muli %v107, %v9 : i64
          %v701 = arith.addi %v700, %v66 : i64
          %v702 = arith.muli %v701, %v1 : i64
          %v703 = arith.addi %v702, %v661 : i64
          %v704 = arith.muli %v703, %v5 : i64
          %v705 = arith.subi %v5, %v2 : i64
          %v706 = arith.minsi %v15, %v705 : i64
          %v707 = arith.addi %v704, %v706 : i64
          %v708 = llvm.getelementptr %segsum_S[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v709 = llvm.load %v708 : !llvm.ptr -> f32
          %v710 = arith.mulf %v660, %v659 fastmath<contract> : f32
          %v711 = arith.mulf %v699, %v710 fastmath<contract> : f32
          %v712 = arith.addf %v711, %v689 fastmath<contract> : f32
          llvm.store %v712, %v36 : f32, !llvm.ptr
          llvm.store %v709, %v52 : f32, !llvm.ptr
          %v713 = llvm.load %v37 : !llvm.ptr -> f32
          %v714 = llvm.load %v53 : !llvm.ptr -> f32
          %v716 = arith.muli %v59, %v9 : i64
          %v717 = arith.addi %v716, %v66 : i64
          %v718 = arith.muli %v717, %v1 : i64
          %v719 = arith.addi %v718, %v715 : i64
          %v720 = arith.muli %v719, %v5 : i64
          %v721 = arith.subi %v5, %v2 : i64
          %v722 = arith.minsi %v15, %v721 : i64
          %v723 = arith.addi %v720, %v722 : i64
          %v724 = llvm.getelementptr %segcarry_S[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v713, %v724 : f32, !llvm.ptr
          %v725 = arith.muli %v2, %v9 : i64
          %v726 = arith.addi %v725, %v66 : i64
          %v727 = arith.muli %v726, %v1 : i64
          %v728 = arith.addi %v727, %v715 : i64
          %v729 = arith.muli %v728, %v5 : i64
          %v730 = arith.subi %v5, %v2 : i64
          %v731 = arith.minsi %v15, %v730 : i64
          %v732 = arith.addi %v729, %v731 : i64
          %v733 = llvm.getelementptr %segcarry_S[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v714, %v733 : f32, !llvm.ptr
          %v734 = arith.muli %v59, %v9 : i64
          %v735 = arith.addi %v734, %v66 : i64
          %v736 = arith.muli %v735, %v1 : i64
          %v737 = arith.addi %v736, %v715 : i64
          %v738 = arith.muli %v737, %v5 : i64
          %v739 = arith.subi %v5, %v2 : i64
          %v740 = arith.minsi %v15, %v739 : i64
          %v741 = arith.addi %v738, %v740 : i64
          %v742 = llvm.getelementptr %segsum_S[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v743 = llvm.load %v742 : !llvm.ptr -> f32
          %v744 = arith.muli %v2, %v9 : i64
          %v745 = arith.addi %v744, %v66 : i64
          %v746 = arith.muli %v745, %v1 : i64
          %v747 = arith.addi %v746, %v715 : i64
          %v748 = arith.muli %v747, %v5 : i64
          %v749 = arith.subi %v5, %v2 : i64
          %v750 = arith.minsi %v15, %v749 : i64
          %v751 = arith.addi %v748, %v750 : i64
          %v752 = llvm.getelementptr %segsum_S[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v753 = llvm.load %v752 : !llvm.ptr -> f32
          %v754 = arith.muli %v107, %v9 : i64
          %v755 = arith.addi %v754, %v66 : i64
          %v756 = arith.muli %v755, %v1 : i64
          %v757 = arith.addi %v756, %v715 : i64
          %v758 = arith.muli %v757, %v5 : i64
          %v759 = arith.subi %v5, %v2 : i64
          %v760 = arith.minsi %v15, %v759 : i64
          %v761 = arith.addi %v758, %v760 : i64
          %v762 = llvm.getelementptr %segsum_S[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v763 = llvm.load %v762 : !llvm.ptr -> f32
          %v764 = arith.mulf %v714, %v713 fastmath<contract> : f32
          %v765 = arith.mulf %v753, %v764 fastmath<contract> : f32
          %v766 = arith.addf %v765, %v743 fastmath<contract> : f32
          llvm.store %v766, %v37 : f32, !llvm.ptr
          llvm.store %v763, %v53 : f32, !llvm.ptr
          %v767 = llvm.load %v38 : !llvm.ptr -> f32
          %v768 = llvm.load %v54 : !llvm.ptr -> f32
          %v770 = arith.muli %v59, %v9 : i64
          %v771 = arith.addi %v770, %v66 : i64
          %v772 = arith.muli %v771, %v1 : i64
          %v773 = arith.addi %v772, %v769 : i64
          %v774 = arith.muli %v773, %v5 : i64
          %v775 = arith.subi %v5, %v2 : i64
          %v776 = arith.minsi %v15, %v775 : i64
          %v777 = arith.addi %v774, %v776 : i64
          %v778 = llvm.getelementptr %segcarry_S[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v767, %v778 : f32, !llvm.ptr
          %v779 = arith.muli %v2, %v9 : i64
          %v780 = arith.addi %v779, %v66 : i64
          %v781 = arith.muli %v780, %v1 : i64
          %v782 = arith.addi %v781, %v769 : i64
          %v783 = arith.muli %v782, %v5 : i64
          %v784 = arith.subi %v5, %v2 : i64
          %v785 = arith.minsi %v15, %v784 : i64
          %v786 = arith.addi %v783, %v785 : i64
          %v787 = llvm.getelementptr %segcarry_S[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v768, %v787 : f32, !llvm.ptr
          %v788 = arith.muli %v59, %v9 : i64
          %v789 = arith.addi %v788, %v66 : i64
          %v790 = arith.muli %v789, %v1 : i64
          %v791 = arith.addi %v790, %v769 : i64
          %v792 = arith.muli %v791, %v5 : i64
          %v793 = arith.subi %v5, %v2 : i64
          %v794 = arith.minsi %v15, %v793 : i64
          %v795 = arith.addi %v792, %v794 : i64
          %v796 = llvm.getelementptr %segsum_S[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v797 = llvm.load %v796 : !llvm.ptr -> f32
          %v798 = arith.muli %v2, %v9 : i64
          %v799 = arith.addi %v798, %v66 : i64
          %v800 = arith.muli %v799, %v1 : i64
          %v801 = arith.addi %v800, %v769 : i64
          %v802 = arith.muli %v801, %v5 : i64
          %v803 = arith.subi %v5, %v2 : i64
          %v804 = arith.minsi %v15, %v803 : i64
          %v805 = arith.addi %v802, %v804 : i64
          %v806 = llvm.getelementptr %segsum_S[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v807 = llvm.load %v806 : !llvm.ptr -> f32
          %v808 = arith.muli %v107, %v9 : i64
          %v809 = arith.addi %v808, %v66 : i64
          %v810 = arith.muli %v809, %v1 : i64
          %v811 = arith.addi %v810, %v769 : i64
          %v812 = arith.muli %v811, %v5 : i64
          %v813 = arith.subi %v5, %v2 : i64
          %v814 = arith.minsi %v15, %v813 : i64
          %v815 = arith.addi %v812, %v814 : i64
          %v816 = llvm.getelementptr %segsum_S[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v817 = llvm.load %v816 : !llvm.ptr -> f32
          %v818 = arith.mulf %v768, %v767 fastmath<contract> : f32
          %v819 = arith.mulf %v807, %v818 fastmath<contract> : f32
          %v820 = arith.addf %v819, %v797 fastmath<contract> : f32
          llvm.store %v820, %v38 : f32, !llvm.ptr
          llvm.store %v817, %v54 : f32, !llvm.ptr
          %v821 = llvm.load %v39 : !llvm.ptr -> f32
          %v822 = llvm.load %v55 : !llvm.ptr -> f32
          %v824 = arith.muli %v59, %v9 : i64
          %v825 = arith.addi %v824, %v66 : i64
          %v826 = arith.muli %v825, %v1 : i64
          %v827 = arith.addi %v826, %v823 : i64
          %v828 = arith.muli %v827, %v5 : i64
          %v829 = arith.subi %v5, %v2 : i64
          %v830 = arith.minsi %v15, %v829 : i64
          %v831 = arith.addi %v828, %v830 : i64
          %v832 = llvm.getelementptr %segcarry_S[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v821, %v832 : f32, !llvm.ptr
          %v833 = arith.muli %v2, %v9 : i64
          %v834 = arith.addi %v833, %v66 : i64
          %v835 = arith.muli %v834, %v1 : i64
          %v836 = arith.addi %v835, %v823 : i64
          %v837 = arith.muli %v836, %v5 : i64
          %v838 = arith.subi %v5, %v2 : i64
          %v839 = arith.minsi %v15, %v838 : i64
          %v840 = arith.addi %v837, %v839 : i64
          %v841 = llvm.getelementptr %segcarry_S[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v822, %v841 : f32, !llvm.ptr
          %v842 = arith.muli %v59, %v9 : i64
          %v843 = arith.addi %v842, %v66 : i64
          %v844 = arith.muli %v843, %v1 : i64
          %v845 = arith.addi %v844, %v823 : i64
          %v846 = arith.muli %v845, %v5 : i64
          %v847 = arith.subi %v5, %v2 : i64
          %v848 = arith.minsi %v15, %v847 : i64
          %v849 = arith.addi %v846, %v848 : i64
          %v850 = llvm.getelementptr %segsum_S[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v851 = llvm.load %v850 : !llvm.ptr -> f32
          %v852 = arith.muli %v2, %v9 : i64
          %v853 = arith.addi %v852, %v66 : i64
          %v854 = arith.muli %v853, %v1 : i64
          %v855 = arith.addi %v854, %v823 : i64
          %v856 = arith.muli %v855, %v5 : i64
          %v857 = arith.subi %v5, %v2 : i64
          %v858 = arith.minsi %v15, %v857 : i64
          %v859 = arith.addi %v856, %v858 : i64
          %v860 = llvm.getelementptr %segsum_S[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v861 = llvm.load %v860 : !llvm.ptr -> f32
          %v862 = arith.muli %v107, %v9 : i64
          %v863 = arith.addi %v862, %v66 : i64
          %v864 = arith.muli %v863, %v1 : i64
          %v865 = arith.addi %v864, %v823 : i64
          %v866 = arith.muli %v865, %v5 : i64
          %v867 = arith.subi %v5, %v2 : i64
          %v868 = arith.minsi %v15, %v867 : i64
          %v869 = arith.addi %v866, %v868 : i64
          %v870 = llvm.getelementptr %segsum_S[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v871 = llvm.load %v870 : !llvm.ptr -> f32
          %v872 = arith.mulf %v822, %v821 fastmath<contract> : f32
          %v873 = arith.mulf %v861, %v872 fastmath<contract> : f32
          %v874 = arith.addf %v873, %v851 fastmath<contract> : f32
          llvm.store %v874, %v39 : f32, !llvm.ptr
          llvm.store %v871, %v55 : f32, !llvm.ptr
          %v875 = llvm.load %v40 : !llvm.ptr -> f32
          %v876 = llvm.load %v56 : !llvm.ptr -> f32
          %v878 = arith.muli %v59, %v9 : i64
          %v879 = arith.addi %v878, %v66 : i64
          %v880 = arith.muli %v879, %v1 : i64
          %v881 = arith.addi %v880, %v877 : i64
          %v882 = arith.muli %v881, %v5 : i64
          %v883 = arith.subi %v5, %v2 : i64
          %v884 = arith.minsi %v15, %v883 : i64
          %v885 = arith.addi %v882, %v884 : i64
          %v886 = llvm.getelementptr %segcarry_S[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v875, %v886 : f32, !llvm.ptr
          %v887 = arith.muli %v2, %v9 : i64
          %v888 = arith.addi %v887, %v66 : i64
          %v889 = arith.muli %v888, %v1 : i64
          %v890 = arith.addi %v889, %v877 : i64
          %v891 = arith.muli %v890, %v5 : i64
          %v892 = arith.subi %v5, %v2 : i64
          %v893 = arith.minsi %v15, %v892 : i64
          %v894 = arith.addi %v891, %v893 : i64
          %v895 = llvm.getelementptr %segcarry_S[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v876, %v895 : f32, !llvm.ptr
          %v896 = arith.muli %v59, %v9 : i64
          %v897 = arith.addi %v896, %v66 : i64
          %v898 = arith.muli %v897, %v1 : i64
          %v899 = arith.addi %v898, %v877 : i64
          %v900 = arith.muli %v899, %v5 : i64
          %v901 = arith.subi %v5, %v2 : i64
          %v902 = arith.minsi %v15, %v901 : i64
          %v903 = arith.addi %v900, %v902 : i64
          %v904 = llvm.getelementptr %segsum_S[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v905 = llvm.load %v904 : !llvm.ptr -> f32
          %v906 = arith.muli %v2, %v9 : i64
          %v907 = arith.addi %v906, %v66 : i64
          %v908 = arith.muli %v907, %v1 : i64
          %v909 = arith.addi %v908, %v877 : i64
          %v910 = arith.muli %v909, %v5 : i64
          %v911 = arith.subi %v5, %v2 : i64
          %v912 = arith.minsi %v15, %v911 : i64
          %v913 = arith.addi %v910, %v912 : i64
          %v914 = llvm.getelementptr %segsum_S[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v915 = llvm.load %v914 : !llvm.ptr -> f32
          %v916 = arith.muli %v107, %v9 : i64
          %v917 = arith.addi %v916, %v66 : i64
          %v918 = arith.muli %v917, %v1 : i64
          %v919 = arith.addi %v918, %v877 : i64
          %v920 = arith.muli %v919, %v5 : i64
          %v921 = arith.subi %v5, %v2 : i64
          %v922 = arith.minsi %v15, %v921 : i64
          %v923 = arith.addi %v920, %v922 : i64
          %v924 = llvm.getelementptr %segsum_S[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v925 = llvm.load %v924 : !llvm.ptr -> f32
          %v926 = arith.mulf %v876, %v875 fastmath<contract> : f32
          %v927 = arith.mulf %v915, %v926 fastmath<contract> : f32
          %v928 = arith.addf %v927, %v905 fastmath<contract> : f32
          llvm.store %v928, %v40 : f32, !llvm.ptr
          llvm.store %v925, %v56 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
