module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_chunk_carry(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %agga_S: !llvm.ptr, %aggb_S: !llvm.ptr, %carry_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_P : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = arith.constant 64 : i64
      %v37 = arith.constant 0x00000000 : f32
      %v38 = arith.constant 63 : i64
      %v41 = arith.constant 0 : i64
      %v79 = arith.constant 2 : i64
      %v94 = arith.constant 3 : i64
      %v109 = arith.constant 4 : i64
      %v124 = arith.constant 5 : i64
      %v139 = arith.constant 6 : i64
      %v154 = arith.constant 7 : i64
      %v169 = arith.constant 8 : i64
      %v184 = arith.constant 9 : i64
      %v199 = arith.constant 10 : i64
      %v214 = arith.constant 11 : i64
      %v229 = arith.constant 12 : i64
      %v244 = arith.constant 13 : i64
      %v259 = arith.constant 14 : i64
      %v274 = arith.constant 15 : i64
      %v21 = gpu.block_id x
      %v22 = gpu.thread_id x
      %v23 = arith.index_cast %v22 : index to i64
      %v24 = arith.index_cast %v21 : index to i64
      %v26 = arith.muli %v24, %v25 : i64
      %v27 = arith.addi %v26, %v23 : i64
      %v28 = arith.cmpi slt, %v27, %v4 : i64
      %v29 = arith.subi %v4, %v2 : i64
      %v30 = arith.minsi %v27, %v29 : i64
      %v31 = arith.remui %v30, %size_P : i64
      %v32 = arith.divui %v30, %size_P : i64
      %v33 = arith.remui %v32, %size_H : i64
      %v34 = arith.divui %v32, %size_H : i64
      %v35 = arith.remui %v34, %size_B : i64
      %v36 = arith.divui %v34, %size_B : i64
      llvm.store %v37, %v5 : f32, !llvm.ptr
      llvm.store %v37, %v6 : f32, !llvm.ptr
      llvm.store %v37, %v7 : f32, !llvm.ptr
      llvm.store %v37, %v8 : f32, !llvm.ptr
      llvm.store %v37, %v9 : f32, !llvm.ptr
      llvm.store %v37, %v10 : f32, !llvm.ptr
      llvm.store %v37, %v11 : f32, !llvm.ptr
      llvm.store %v37, %v12 : f32, !llvm.ptr
      llvm.store %v37, %v13 : f32, !llvm.ptr
      llvm.store %v37, %v14 : f32, !llvm.ptr
      llvm.store %v37, %v15 : f32, !llvm.ptr
      llvm.store %v37, %v16 : f32, !llvm.ptr
      llvm.store %v37, %v17 : f32, !llvm.ptr
      llvm.store %v37, %v18 : f32, !llvm.ptr
      llvm.store %v37, %v19 : f32, !llvm.ptr
      llvm.store %v37, %v20 : f32, !llvm.ptr
      %v39 = arith.addi %size_L, %v38 : i64
      %v40 = arith.divui %v39, %v25 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v28 {
        %v42 = arith.index_cast %v41 : i64 to index
        %v43 = arith.index_cast %v40 : i64 to index
        %v44 = arith.index_cast %v2 : i64 to index
        scf.for %v45 = %v42 to %v43 step %v44 {
          %v46 = arith.index_cast %v45 : index to i64
          %v47 = arith.muli %v46, %v4 : i64
          %v48 = arith.subi %v4, %v2 : i64
          %v49 = arith.minsi %v27, %v48 : i64
          %v50 = arith.addi %v47, %v49 : i64
          %v51 = arith.muli %v50, %v1 : i64
          %v52 = llvm.load %v5 : !llvm.ptr -> f32
          %v53 = llvm.getelementptr %carry_S[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v52, %v53 : f32, !llvm.ptr
          %v54 = llvm.getelementptr %agga_S[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v55 = llvm.load %v54 : !llvm.ptr -> f32
          %v56 = llvm.getelementptr %aggb_S[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v57 = llvm.load %v56 : !llvm.ptr -> f32
          %v58 = arith.mulf %v55, %v52 fastmath<contract> : f32
          %v59 = arith.addf %v58, %v57 fastmath<contract> : f32
          llvm.store %v59, %v5 : f32, !llvm.ptr
          %v60 = arith.muli %v46, %v4 : i64
          %v61 = arith.subi %v4, %v2 : i64
          %v62 = arith.minsi %v27, %v61 : i64
          %v63 = arith.addi %v60, %v62 : i64
          %v64 = arith.muli %v63, %v1 : i64
          %v65 = arith.addi %v64, %v2 : i64
          %v66 = llvm.load %v6 : !llvm.ptr -> f32
          %v67 = llvm.getelementptr %carry_S[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v66, %v67 : f32, !llvm.ptr
          %v68 = llvm.getelementptr %agga_S[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 : !llvm.ptr -> f32
          %v70 = llvm.getelementptr %aggb_S[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 : !llvm.ptr -> f32
          %v72 = arith.mulf %v69, %v66 fastmath<contract> : f32
          %v73 = arith.addf %v72, %v71 fastmath<contract> : f32
          llvm.store %v73, %v6 : f32, !llvm.ptr
          %v74 = arith.muli %v46, %v4 : i64
          %v75 = arith.subi %v4, %v2 : i64
          %v76 = arith.minsi %v27, %v75 : i64
          %v77 = arith.addi %v74, %v76 : i64
          %v78 = arith.muli %v77, %v1 : i64
          %v80 = arith.addi %v78, %v79 : i64
          %v81 = llvm.load %v7 : !llvm.ptr -> f32
          %v82 = llvm.getelementptr %carry_S[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v81, %v82 : f32, !llvm.ptr
          %v83 = llvm.getelementptr %agga_S[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v84 = llvm.load %v83 : !llvm.ptr -> f32
          %v85 = llvm.getelementptr %aggb_S[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          %v87 = arith.mulf %v84, %v81 fastmath<contract> : f32
          %v88 = arith.addf %v87, %v86 fastmath<contract> : f32
          llvm.store %v88, %v7 : f32, !llvm.ptr
          %v89 = arith.muli %v46, %v4 : i64
          %v90 = arith.subi %v4, %v2 : i64
          %v91 = arith.minsi %v27, %v90 : i64
          %v92 = arith.addi %v89, %v91 : i64
          %v93 = arith.muli %v92, %v1 : i64
          %v95 = arith.addi %v93, %v94 : i64
          %v96 = llvm.load %v8 : !llvm.ptr -> f32
          %v97 = llvm.getelementptr %carry_S[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v96, %v97 : f32, !llvm.ptr
          %v98 = llvm.getelementptr %agga_S[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v99 = llvm.load %v98 : !llvm.ptr -> f32
          %v100 = llvm.getelementptr %aggb_S[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          %v102 = arith.mulf %v99, %v96 fastmath<contract> : f32
          %v103 = arith.addf %v102, %v101 fastmath<contract> : f32
          llvm.store %v103, %v8 : f32, !llvm.ptr
          %v104 = arith.muli %v46, %v4 : i64
          %v105 = arith.subi %v4, %v2 : i64
          %v106 = arith.minsi %v27, %v105 : i64
          %v107 = arith.addi %v104, %v106 : i64
          %v108 = arith.muli %v107, %v1 : i64
          %v110 = arith.addi %v108, %v109 : i64
          %v111 = llvm.load %v9 : !llvm.ptr -> f32
          %v112 = llvm.getelementptr %carry_S[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v111, %v112 : f32, !llvm.ptr
          %v113 = llvm.getelementptr %agga_S[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = llvm.getelementptr %aggb_S[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v116 = llvm.load %v115 : !llvm.ptr -> f32
          %v117 = arith.mulf %v114, %v111 fastmath<contract> : f32
          %v118 = arith.addf %v117, %v116 fastmath<contract> : f32
          llvm.store %v118, %v9 : f32, !llvm.ptr
          %v119 = arith.muli %v46, %v4 : i64
          %v120 = arith.subi %v4, %v2 : i64
          %v121 = arith.minsi %v27, %v120 : i64
          %v122 = arith.addi %v119, %v121 : i64
          %v123 = arith.muli %v122, %v1 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = llvm.load %v10 : !llvm.ptr -> f32
          %v127 = llvm.getelementptr %carry_S[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v126, %v127 : f32, !llvm.ptr
          %v128 = llvm.getelementptr %agga_S[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 : !llvm.ptr -> f32
          %v130 = llvm.getelementptr %aggb_S[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 : !llvm.ptr -> f32
          %v132 = arith.mulf %v129, %v126 fastmath<contract> : f32
          %v133 = arith.addf %v132, %v131 fastmath<contract> : f32
          llvm.store %v133, %v10 : f32, !llvm.ptr
          %v134 = arith.muli %v46, %v4 : i64
          %v135 = arith.subi %v4, %v2 : i64
          %v136 = arith.minsi %v27, %v135 : i64
          %v137 = arith.addi %v134, %v136 : i64
          %v138 = arith.muli %v137, %v1 : i64
          %v140 = arith.addi %v138, %v139 : i64
          %v141 = llvm.load %v11 : !llvm.ptr -> f32
          %v142 = llvm.getelementptr %carry_S[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v141, %v142 : f32, !llvm.ptr
          %v143 = llvm.getelementptr %agga_S[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v144 = llvm.load %v143 : !llvm.ptr -> f32
          %v145 = llvm.getelementptr %aggb_S[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 : !llvm.ptr -> f32
          %v147 = arith.mulf %v144, %v141 fastmath<contract> : f32
          %v148 = arith.addf %v147, %v146 fastmath<contract> : f32
          llvm.store %v148, %v11 : f32, !llvm.ptr
          %v149 = arith.muli %v46, %v4 : i64
          %v150 = arith.subi %v4, %v2 : i64
          %v151 = arith.minsi %v27, %v150 : i64
          %v152 = arith.addi %v149, %v151 : i64
          %v153 = arith.muli %v152, %v1 : i64
          %v155 = arith.addi %v153, %v154 : i64
          %v156 = llvm.load %v12 : !llvm.ptr -> f32
          %v157 = llvm.getelementptr %carry_S[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v156, %v157 : f32, !llvm.ptr
          %v158 = llvm.getelementptr %agga_S[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 : !llvm.ptr -> f32
          %v160 = llvm.getelementptr %aggb_S[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 : !llvm.ptr -> f32
          %v162 = arith.mulf %v159, %v156 fastmath<contract> : f32
          %v163 = arith.addf %v162, %v161 fastmath<contract> : f32
          llvm.store %v163, %v12 : f32, !llvm.ptr
          %v164 = arith.muli %v46, %v4 : i64
          %v165 = arith.subi %v4, %v2 : i64
          %v166 = arith.minsi %v27, %v165 : i64
          %v167 = arith.addi %v164, %v166 : i64
          %v168 = arith.muli %v167, %v1 : i64
          %v170 = arith.addi %v168, %v169 : i64
          %v171 = llvm.load %v13 : !llvm.ptr -> f32
          %v172 = llvm.getelementptr %carry_S[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v171, %v172 : f32, !llvm.ptr
          %v173 = llvm.getelementptr %agga_S[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v174 = llvm.load %v173 : !llvm.ptr -> f32
          %v175 = llvm.getelementptr %aggb_S[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v176 = llvm.load %v175 : !llvm.ptr -> f32
          %v177 = arith.mulf %v174, %v171 fastmath<contract> : f32
          %v178 = arith.addf %v177, %v176 fastmath<contract> : f32
          llvm.store %v178, %v13 : f32, !llvm.ptr
          %v179 = arith.muli %v46, %v4 : i64
          %v180 = arith.subi %v4, %v2 : i64
          %v181 = arith.minsi %v27, %v180 : i64
          %v182 = arith.addi %v179, %v181 : i64
          %v183 = arith.muli %v182, %v1 : i64
          %v185 = arith.addi %v183, %v184 : i64
          %v186 = llvm.load %v14 : !llvm.ptr -> f32
          %v187 = llvm.getelementptr %carry_S[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v186, %v187 : f32, !llvm.ptr
          %v188 = llvm.getelementptr %agga_S[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v189 = llvm.load %v188 : !llvm.ptr -> f32
          %v190 = llvm.getelementptr %aggb_S[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v191 = llvm.load %v190 : !llvm.ptr -> f32
          %v192 = arith.mulf %v189, %v186 fastmath<contract> : f32
          %v193 = arith.addf %v192, %v191 fastmath<contract> : f32
          llvm.store %v193, %v14 : f32, !llvm.ptr
          %v194 = arith.muli %v46, %v4 : i64
          %v195 = arith.subi %v4, %v2 : i64
          %v196 = arith.minsi %v27, %v195 : i64
          %v197 = arith.addi %v194, %v196 : i64
          %v198 = arith.muli %v197, %v1 : i64
          %v200 = arith.addi %v198, %v199 : i64
          %v201 = llvm.load %v15 : !llvm.ptr -> f32
          %v202 = llvm.getelementptr %carry_S[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v201, %v202 : f32, !llvm.ptr
          %v203 = llvm.getelementptr %agga_S[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v204 = llvm.load %v203 : !llvm.ptr -> f32
          %v205 = llvm.getelementptr %aggb_S[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v206 = llvm.load %v205 : !llvm.ptr -> f32
          %v207 = arith.mulf %v204, %v201 fastmath<contract> : f32
          %v208 = arith.addf %v207, %v206 fastmath<contract> : f32
          llvm.store %v208, %v15 : f32, !llvm.ptr
          %v209 = arith.muli %v46, %v4 : i64
          %v210 = arith.subi %v4, %v2 : i64
          %v211 = arith.minsi %v27, %v210 : i64
          %v212 = arith.addi %v209, %v211 : i64
          %v213 = arith.muli %v212, %v1 : i64
          %v215 = arith.addi %v213, %v214 : i64
          %v216 = llvm.load %v16 : !llvm.ptr -> f32
          %v217 = llvm.getelementptr %carry_S[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v216, %v217 : f32, !llvm.ptr
          %v218 = llvm.getelementptr %agga_S[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v219 = llvm.load %v218 : !llvm.ptr -> f32
          %v220 = llvm.getelementptr %aggb_S[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v221 = llvm.load %v220 : !llvm.ptr -> f32
          %v222 = arith.mulf %v219, %v216 fastmath<contract> : f32
          %v223 = arith.addf %v222, %v221 fastmath<contract> : f32
          llvm.store %v223, %v16 : f32, !llvm.ptr
          %v224 = arith.muli %v46, %v4 : i64
          %v225 = arith.subi %v4, %v2 : i64
          %v226 = arith.minsi %v27, %v225 : i64
          %v227 = arith.addi %v224, %v226 : i64
          %v228 = arith.muli %v227, %v1 : i64
          %v230 = arith.addi %v228, %v229 : i64
          %v231 = llvm.load %v17 : !llvm.ptr -> f32
          %v232 = llvm.getelementptr %carry_S[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v231, %v232 : f32, !llvm.ptr
          %v233 = llvm.getelementptr %agga_S[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v234 = llvm.load %v233 : !llvm.ptr -> f32
          %v235 = llvm.getelementptr %aggb_S[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v236 = llvm.load %v235 : !llvm.ptr -> f32
          %v237 = arith.mulf %v234, %v231 fastmath<contract> : f32
          %v238 = arith.addf %v237, %v236 fastmath<contract> : f32
          llvm.store %v238, %v17 : f32, !llvm.ptr
          %v239 = arith.muli %v46, %v4 : i64
          %v240 = arith.subi %v4, %v2 : i64
          %v241 = arith.minsi %v27, %v240 : i64
          %v242 = arith.addi %v239, %v241 : i64
          %v243 = arith.muli %v242, %v1 : i64
          %v245 = arith.addi %v243, %v244 : i64
          %v246 = llvm.load %v18 : !llvm.ptr -> f32
          %v247 = llvm.getelementptr %carry_S[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v246, %v247 : f32, !llvm.ptr
          %v248 = llvm.getelementptr %agga_S[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v249 = llvm.load %v248 : !llvm.ptr -> f32
          %v250 = llvm.getelementptr %aggb_S[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v251 = llvm.load %v250 : !llvm.ptr -> f32
          %v252 = arith.mulf %v249, %v246 fastmath<contract> : f32
          %v253 = arith.addf %v252, %v251 fastmath<contract> : f32
          llvm.store %v253, %v18 : f32, !llvm.ptr
          %v254 = arith.muli %v46, %v4 : i64
          %v255 = arith.subi %v4, %v2 : i64
          %v256 = arith.minsi %v27, %v255 : i64
          %v257 = arith.addi %v254, %v256 : i64
          %v258 = arith.muli %v257, %v1 : i64
          %v260 = arith.addi %v258, %v259 : i64
          %v261 = llvm.load %v19 : !llvm.ptr -> f32
          %v262 = llvm.getelementptr %carry_S[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v261, %v262 : f32, !llvm.ptr
          %v263 = llvm.getelementptr %agga_S[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v264 = llvm.load %v263 : !llvm.ptr -> f32
          %v265 = llvm.getelementptr %aggb_S[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v266 = llvm.load %v265 : !llvm.ptr -> f32
          %v267 = arith.mulf %v264, %v261 fastmath<contract> : f32
          %v268 = arith.addf %v267, %v266 fastmath<contract> : f32
          llvm.store %v268, %v19 : f32, !llvm.ptr
          %v269 = arith.muli %v46, %v4 : i64
          %v270 = arith.subi %v4, %v2 : i64
          %v271 = arith.minsi %v27, %v270 : i64
          %v272 = arith.addi %v269, %v271 : i64
          %v273 = arith.muli %v272, %v1 : i64
          %v275 = arith.addi %v273, %v274 : i64
          %v276 = llvm.load %v20 : !llvm.ptr -> f32
          %v277 = llvm.getelementptr %carry_S[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v276, %v277 : f32, !llvm.ptr
          %v278 = llvm.getelementptr %agga_S[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v279 = llvm.load %v278 : !llvm.ptr -> f32
          %v280 = llvm.getelementptr %aggb_S[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v281 = llvm.load %v280 : !llvm.ptr -> f32
          %v282 = arith.mulf %v279, %v276 fastmath<contract> : f32
          %v283 = arith.addf %v282, %v281 fastmath<contract> : f32
          llvm.store %v283, %v20 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
