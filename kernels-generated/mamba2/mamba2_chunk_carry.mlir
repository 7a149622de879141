module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_chunk_carry(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %agga_S: !llvm.ptr, %aggb_S: !llvm.ptr, %carry_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
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
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = arith.constant 64 : i64
      %v38 = arith.constant 0x00000000 : f32
      %v39 = arith.constant 63 : i64
      %v42 = arith.constant 0 : i64
      %v81 = arith.constant 2 : i64
      %v96 = arith.constant 3 : i64
      %v111 = arith.constant 4 : i64
      %v126 = arith.constant 5 : i64
      %v141 = arith.constant 6 : i64
      %v156 = arith.constant 7 : i64
      %v171 = arith.constant 8 : i64
      %v186 = arith.constant 9 : i64
      %v201 = arith.constant 10 : i64
      %v216 = arith.constant 11 : i64
      %v231 = arith.constant 12 : i64
      %v246 = arith.constant 13 : i64
      %v261 = arith.constant 14 : i64
      %v276 = arith.constant 15 : i64
      %v22 = gpu.block_id x
      %v23 = gpu.thread_id x
      %v24 = arith.index_cast %v23 : index to i64
      %v25 = arith.index_cast %v22 : index to i64
      %v27 = arith.muli %v25, %v26 : i64
      %v28 = arith.addi %v27, %v24 : i64
      %v29 = arith.cmpi slt, %v28, %v5 : i64
      %v30 = arith.subi %v5, %v2 : i64
      %v31 = arith.minsi %v28, %v30 : i64
      %v32 = arith.remui %v31, %size_P : i64
      %v33 = arith.divui %v31, %size_P : i64
      %v34 = arith.remui %v33, %size_H : i64
      %v35 = arith.divui %v33, %size_H : i64
      %v36 = arith.remui %v35, %size_B : i64
      %v37 = arith.divui %v35, %size_B : i64
      llvm.store %v38, %v6 : f32, !llvm.ptr
      llvm.store %v38, %v7 : f32, !llvm.ptr
      llvm.store %v38, %v8 : f32, !llvm.ptr
      llvm.store %v38, %v9 : f32, !llvm.ptr
      llvm.store %v38, %v10 : f32, !llvm.ptr
      llvm.store %v38, %v11 : f32, !llvm.ptr
      llvm.store %v38, %v12 : f32, !llvm.ptr
      llvm.store %v38, %v13 : f32, !llvm.ptr
      llvm.store %v38, %v14 : f32, !llvm.ptr
      llvm.store %v38, %v15 : f32, !llvm.ptr
      llvm.store %v38, %v16 : f32, !llvm.ptr
      llvm.store %v38, %v17 : f32, !llvm.ptr
      llvm.store %v38, %v18 : f32, !llvm.ptr
      llvm.store %v38, %v19 : f32, !llvm.ptr
      llvm.store %v38, %v20 : f32, !llvm.ptr
      llvm.store %v38, %v21 : f32, !llvm.ptr
      %v40 = arith.addi %size_L, %v39 : i64
      %v41 = arith.divui %v40, %v26 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v29 {
        %v43 = arith.index_cast %v42 : i64 to index
        %v44 = arith.index_cast %v41 : i64 to index
        %v45 = arith.index_cast %v2 : i64 to index
        scf.for %v46 = %v43 to %v44 step %v45 {
          %v47 = arith.index_cast %v46 : index to i64
          %v48 = arith.muli %v47, %v5 : i64
          %v49 = arith.subi %v5, %v2 : i64
          %v50 = arith.minsi %v28, %v49 : i64
          %v51 = arith.addi %v48, %v50 : i64
          %v52 = arith.muli %v51, %v1 : i64
          %v53 = arith.addi %v52, %v42 : i64
          %v54 = llvm.load %v6 : !llvm.ptr -> f32
          %v55 = llvm.getelementptr %carry_S[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v54, %v55 : f32, !llvm.ptr
          %v56 = llvm.getelementptr %agga_S[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v57 = llvm.load %v56 : !llvm.ptr -> f32
          %v58 = llvm.getelementptr %aggb_S[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v59 = llvm.load %v58 : !llvm.ptr -> f32
          %v60 = arith.mulf %v57, %v54 fastmath<contract> : f32
          %v61 = arith.addf %v60, %v59 fastmath<contract> : f32
          llvm.store %v61, %v6 : f32, !llvm.ptr
          %v62 = arith.muli %v47, %v5 : i64
          %v63 = arith.subi %v5, %v2 : i64
          %v64 = arith.minsi %v28, %v63 : i64
          %v65 = arith.addi %v62, %v64 : i64
          %v66 = arith.muli %v65, %v1 : i64
          %v67 = arith.addi %v66, %v2 : i64
          %v68 = llvm.load %v7 : !llvm.ptr -> f32
          %v69 = llvm.getelementptr %carry_S[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v68, %v69 : f32, !llvm.ptr
          %v70 = llvm.getelementptr %agga_S[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 : !llvm.ptr -> f32
          %v72 = llvm.getelementptr %aggb_S[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v73 = llvm.load %v72 : !llvm.ptr -> f32
          %v74 = arith.mulf %v71, %v68 fastmath<contract> : f32
          %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
          llvm.store %v75, %v7 : f32, !llvm.ptr
          %v76 = arith.muli %v47, %v5 : i64
          %v77 = arith.subi %v5, %v2 : i64
          %v78 = arith.minsi %v28, %v77 : i64
          %v79 = arith.addi %v76, %v78 : i64
          %v80 = arith.muli %v79, %v1 : i64
          %v82 = arith.addi %v80, %v81 : i64
          %v83 = llvm.load %v8 : !llvm.ptr -> f32
          %v84 = llvm.getelementptr %carry_S[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v83, %v84 : f32, !llvm.ptr
          %v85 = llvm.getelementptr %agga_S[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          %v87 = llvm.getelementptr %aggb_S[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          %v89 = arith.mulf %v86, %v83 fastmath<contract> : f32
          %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
          llvm.store %v90, %v8 : f32, !llvm.ptr
          %v91 = arith.muli %v47, %v5 : i64
          %v92 = arith.subi %v5, %v2 : i64
          %v93 = arith.minsi %v28, %v92 : i64
          %v94 = arith.addi %v91, %v93 : i64
          %v95 = arith.muli %v94, %v1 : i64
          %v97 = arith.addi %v95, %v96 : i64
          %v98 = llvm.load %v9 : !llvm.ptr -> f32
          %v99 = llvm.getelementptr %carry_S[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v98, %v99 : f32, !llvm.ptr
          %v100 = llvm.getelementptr %agga_S[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          %v102 = llvm.getelementptr %aggb_S[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v103 = llvm.load %v102 : !llvm.ptr -> f32
          %v104 = arith.mulf %v101, %v98 fastmath<contract> : f32
          %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
          llvm.store %v105, %v9 : f32, !llvm.ptr
          %v106 = arith.muli %v47, %v5 : i64
          %v107 = arith.subi %v5, %v2 : i64
          %v108 = arith.minsi %v28, %v107 : i64
          %v109 = arith.addi %v106, %v108 : i64
          %v110 = arith.muli %v109, %v1 : i64
          %v112 = arith.addi %v110, %v111 : i64
          %v113 = llvm.load %v10 : !llvm.ptr -> f32
          %v114 = llvm.getelementptr %carry_S[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v113, %v114 : f32, !llvm.ptr
          %v115 = llvm.getelementptr %agga_S[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v116 = llvm.load %v115 : !llvm.ptr -> f32
          %v117 = llvm.getelementptr %aggb_S[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v118 = llvm.load %v117 : !llvm.ptr -> f32
          %v119 = arith.mulf %v116, %v113 fastmath<contract> : f32
          %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
          llvm.store %v120, %v10 : f32, !llvm.ptr
          %v121 = arith.muli %v47, %v5 : i64
          %v122 = arith.subi %v5, %v2 : i64
          %v123 = arith.minsi %v28, %v122 : i64
          %v124 = arith.addi %v121, %v123 : i64
          %v125 = arith.muli %v124, %v1 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = llvm.load %v11 : !llvm.ptr -> f32
          %v129 = llvm.getelementptr %carry_S[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v128, %v129 : f32, !llvm.ptr
          %v130 = llvm.getelementptr %agga_S[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 : !llvm.ptr -> f32
          %v132 = llvm.getelementptr %aggb_S[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 : !llvm.ptr -> f32
          %v134 = arith.mulf %v131, %v128 fastmath<contract> : f32
          %v135 = arith.addf %v134, %v133 fastmath<contract> : f32
          llvm.store %v135, %v11 : f32, !llvm.ptr
          %v136 = arith.muli %v47, %v5 : i64
          %v137 = arith.subi %v5, %v2 : i64
          %v138 = arith.minsi %v28, %v137 : i64
          %v139 = arith.addi %v136, %v138 : i64
          %v140 = arith.muli %v139, %v1 : i64
          %v142 = arith.addi %v140, %v141 : i64
          %v143 = llvm.load %v12 : !llvm.ptr -> f32
          %v144 = llvm.getelementptr %carry_S[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v143, %v144 : f32, !llvm.ptr
          %v145 = llvm.getelementptr %agga_S[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 : !llvm.ptr -> f32
          %v147 = llvm.getelementptr %aggb_S[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = arith.mulf %v146, %v143 fastmath<contract> : f32
          %v150 = arith.addf %v149, %v148 fastmath<contract> : f32
          llvm.store %v150, %v12 : f32, !llvm.ptr
          %v151 = arith.muli %v47, %v5 : i64
          %v152 = arith.subi %v5, %v2 : i64
          %v153 = arith.minsi %v28, %v152 : i64
          %v154 = arith.addi %v151, %v153 : i64
          %v155 = arith.muli %v154, %v1 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = llvm.load %v13 : !llvm.ptr -> f32
          %v159 = llvm.getelementptr %carry_S[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v158, %v159 : f32, !llvm.ptr
          %v160 = llvm.getelementptr %agga_S[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 : !llvm.ptr -> f32
          %v162 = llvm.getelementptr %aggb_S[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          %v164 = arith.mulf %v161, %v158 fastmath<contract> : f32
          %v165 = arith.addf %v164, %v163 fastmath<contract> : f32
          llvm.store %v165, %v13 : f32, !llvm.ptr
          %v166 = arith.muli %v47, %v5 : i64
          %v167 = arith.subi %v5, %v2 : i64
          %v168 = arith.minsi %v28, %v167 : i64
          %v169 = arith.addi %v166, %v168 : i64
          %v170 = arith.muli %v169, %v1 : i64
          %v172 = arith.addi %v170, %v171 : i64
          %v173 = llvm.load %v14 : !llvm.ptr -> f32
          %v174 = llvm.getelementptr %carry_S[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v173, %v174 : f32, !llvm.ptr
          %v175 = llvm.getelementptr %agga_S[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v176 = llvm.load %v175 : !llvm.ptr -> f32
          %v177 = llvm.getelementptr %aggb_S[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v178 = llvm.load %v177 : !llvm.ptr -> f32
          %v179 = arith.mulf %v176, %v173 fastmath<contract> : f32
          %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
          llvm.store %v180, %v14 : f32, !llvm.ptr
          %v181 = arith.muli %v47, %v5 : i64
          %v182 = arith.subi %v5, %v2 : i64
          %v183 = arith.minsi %v28, %v182 : i64
          %v184 = arith.addi %v181, %v183 : i64
          %v185 = arith.muli %v184, %v1 : i64
          %v187 = arith.addi %v185, %v186 : i64
          %v188 = llvm.load %v15 : !llvm.ptr -> f32
          %v189 = llvm.getelementptr %carry_S[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v188, %v189 : f32, !llvm.ptr
          %v190 = llvm.getelementptr %agga_S[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v191 = llvm.load %v190 : !llvm.ptr -> f32
          %v192 = llvm.getelementptr %aggb_S[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v193 = llvm.load %v192 : !llvm.ptr -> f32
          %v194 = arith.mulf %v191, %v188 fastmath<contract> : f32
          %v195 = arith.addf %v194, %v193 fastmath<contract> : f32
          llvm.store %v195, %v15 : f32, !llvm.ptr
          %v196 = arith.muli %v47, %v5 : i64
          %v197 = arith.subi %v5, %v2 : i64
          %v198 = arith.minsi %v28, %v197 : i64
          %v199 = arith.addi %v196, %v198 : i64
          %v200 = arith.muli %v199, %v1 : i64
          %v202 = arith.addi %v200, %v201 : i64
          %v203 = llvm.load %v16 : !llvm.ptr -> f32
          %v204 = llvm.getelementptr %carry_S[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v203, %v204 : f32, !llvm.ptr
          %v205 = llvm.getelementptr %agga_S[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v206 = llvm.load %v205 : !llvm.ptr -> f32
          %v207 = llvm.getelementptr %aggb_S[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v208 = llvm.load %v207 : !llvm.ptr -> f32
          %v209 = arith.mulf %v206, %v203 fastmath<contract> : f32
          %v210 = arith.addf %v209, %v208 fastmath<contract> : f32
          llvm.store %v210, %v16 : f32, !llvm.ptr
          %v211 = arith.muli %v47, %v5 : i64
          %v212 = arith.subi %v5, %v2 : i64
          %v213 = arith.minsi %v28, %v212 : i64
          %v214 = arith.addi %v211, %v213 : i64
          %v215 = arith.muli %v214, %v1 : i64
          %v217 = arith.addi %v215, %v216 : i64
          %v218 = llvm.load %v17 : !llvm.ptr -> f32
          %v219 = llvm.getelementptr %carry_S[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v218, %v219 : f32, !llvm.ptr
          %v220 = llvm.getelementptr %agga_S[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v221 = llvm.load %v220 : !llvm.ptr -> f32
          %v222 = llvm.getelementptr %aggb_S[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v223 = llvm.load %v222 : !llvm.ptr -> f32
          %v224 = arith.mulf %v221, %v218 fastmath<contract> : f32
          %v225 = arith.addf %v224, %v223 fastmath<contract> : f32
          llvm.store %v225, %v17 : f32, !llvm.ptr
          %v226 = arith.muli %v47, %v5 : i64
          %v227 = arith.subi %v5, %v2 : i64
          %v228 = arith.minsi %v28, %v227 : i64
          %v229 = arith.addi %v226, %v228 : i64
          %v230 = arith.muli %v229, %v1 : i64
          %v232 = arith.addi %v230, %v231 : i64
          %v233 = llvm.load %v18 : !llvm.ptr -> f32
          %v234 = llvm.getelementptr %carry_S[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v233, %v234 : f32, !llvm.ptr
          %v235 = llvm.getelementptr %agga_S[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v236 = llvm.load %v235 : !llvm.ptr -> f32
          %v237 = llvm.getelementptr %aggb_S[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v238 = llvm.load %v237 : !llvm.ptr -> f32
          %v239 = arith.mulf %v236, %v233 fastmath<contract> : f32
          %v240 = arith.addf %v239, %v238 fastmath<contract> : f32
          llvm.store %v240, %v18 : f32, !llvm.ptr
          %v241 = arith.muli %v47, %v5 : i64
          %v242 = arith.subi %v5, %v2 : i64
          %v243 = arith.minsi %v28, %v242 : i64
          %v244 = arith.addi %v241, %v243 : i64
          %v245 = arith.muli %v244, %v1 : i64
          %v247 = arith.addi %v245, %v246 : i64
          %v248 = llvm.load %v19 : !llvm.ptr -> f32
          %v249 = llvm.getelementptr %carry_S[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v248, %v249 : f32, !llvm.ptr
          %v250 = llvm.getelementptr %agga_S[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v251 = llvm.load %v250 : !llvm.ptr -> f32
          %v252 = llvm.getelementptr %aggb_S[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v253 = llvm.load %v252 : !llvm.ptr -> f32
          %v254 = arith.mulf %v251, %v248 fastmath<contract> : f32
          %v255 = arith.addf %v254, %v253 fastmath<contract> : f32
          llvm.store %v255, %v19 : f32, !llvm.ptr
          %v256 = arith.muli %v47, %v5 : i64
          %v257 = arith.subi %v5, %v2 : i64
          %v258 = arith.minsi %v28, %v257 : i64
          %v259 = arith.addi %v256, %v258 : i64
          %v260 = arith.muli %v259, %v1 : i64
          %v262 = arith.addi %v260, %v261 : i64
          %v263 = llvm.load %v20 : !llvm.ptr -> f32
          %v264 = llvm.getelementptr %carry_S[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v263, %v264 : f32, !llvm.ptr
          %v265 = llvm.getelementptr %agga_S[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v266 = llvm.load %v265 : !llvm.ptr -> f32
          %v267 = llvm.getelementptr %aggb_S[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v268 = llvm.load %v267 : !llvm.ptr -> f32
          %v269 = arith.mulf %v266, %v263 fastmath<contract> : f32
          %v270 = arith.addf %v269, %v268 fastmath<contract> : f32
          llvm.store %v270, %v20 : f32, !llvm.ptr
          %v271 = arith.muli %v47, %v5 : i64
          %v272 = arith.subi %v5, %v2 : i64
          %v273 = arith.minsi %v28, %v272 : i64
          %v274 = arith.addi %v271, %v273 : i64
          %v275 = arith.muli %v274, %v1 : i64
          %v277 = arith.addi %v275, %v276 : i64
          %v278 = llvm.load %v21 : !llvm.ptr -> f32
          %v279 = llvm.getelementptr %carry_S[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v278, %v279 : f32, !llvm.ptr
          %v280 = llvm.getelementptr %agga_S[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v281 = llvm.load %v280 : !llvm.ptr -> f32
          %v282 = llvm.getelementptr %aggb_S[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v283 = llvm.load %v282 : !llvm.ptr -> f32
          %v284 = arith.mulf %v281, %v278 fastmath<contract> : f32
          %v285 = arith.addf %v284, %v283 fastmath<contract> : f32
          llvm.store %v285, %v21 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
