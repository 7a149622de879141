module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_chunk_carry(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v24 = arith.constant 64 : i64
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 255 : i64
      %v37 = arith.constant 256 : i64
      %v39 = arith.constant 0 : i64
      %v77 = arith.constant 2 : i64
      %v92 = arith.constant 3 : i64
      %v107 = arith.constant 4 : i64
      %v122 = arith.constant 5 : i64
      %v137 = arith.constant 6 : i64
      %v152 = arith.constant 7 : i64
      %v167 = arith.constant 8 : i64
      %v182 = arith.constant 9 : i64
      %v197 = arith.constant 10 : i64
      %v212 = arith.constant 11 : i64
      %v227 = arith.constant 12 : i64
      %v242 = arith.constant 13 : i64
      %v257 = arith.constant 14 : i64
      %v272 = arith.constant 15 : i64
      %v20 = gpu.block_id x
      %v21 = gpu.thread_id x
      %v22 = arith.index_cast %v21 : index to i64
      %v23 = arith.index_cast %v20 : index to i64
      %v25 = arith.muli %v23, %v24 : i64
      %v26 = arith.addi %v25, %v22 : i64
      %v27 = arith.cmpi slt, %v26, %v3 : i64
      %v28 = arith.subi %v3, %v2 : i64
      %v29 = arith.minsi %v26, %v28 : i64
      %v30 = arith.remui %v29, %size_D : i64
      %v31 = arith.divui %v29, %size_D : i64
      %v32 = arith.remui %v31, %size_B : i64
      %v33 = arith.divui %v31, %size_B : i64
      llvm.store %v34, %v4 : f32, !llvm.ptr
      llvm.store %v34, %v5 : f32, !llvm.ptr
      llvm.store %v34, %v6 : f32, !llvm.ptr
      llvm.store %v34, %v7 : f32, !llvm.ptr
      llvm.store %v34, %v8 : f32, !llvm.ptr
      llvm.store %v34, %v9 : f32, !llvm.ptr
      llvm.store %v34, %v10 : f32, !llvm.ptr
      llvm.store %v34, %v11 : f32, !llvm.ptr
      llvm.store %v34, %v12 : f32, !llvm.ptr
      llvm.store %v34, %v13 : f32, !llvm.ptr
      llvm.store %v34, %v14 : f32, !llvm.ptr
      llvm.store %v34, %v15 : f32, !llvm.ptr
      llvm.store %v34, %v16 : f32, !llvm.ptr
      llvm.store %v34, %v17 : f32, !llvm.ptr
      llvm.store %v34, %v18 : f32, !llvm.ptr
      llvm.store %v34, %v19 : f32, !llvm.ptr
      %v36 = arith.addi %size_L, %v35 : i64
      %v38 = arith.divui %v36, %v37 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v27 {
        %v40 = arith.index_cast %v39 : i64 to index
        %v41 = arith.index_cast %v38 : i64 to index
        %v42 = arith.index_cast %v2 : i64 to index
        scf.for %v43 = %v40 to %v41 step %v42 {
          %v44 = arith.index_cast %v43 : index to i64
          %v45 = arith.muli %v44, %v3 : i64
          %v46 = arith.subi %v3, %v2 : i64
          %v47 = arith.minsi %v26, %v46 : i64
          %v48 = arith.addi %v45, %v47 : i64
          %v49 = arith.muli %v48, %v1 : i64
          %v50 = llvm.load %v4 : !llvm.ptr -> f32
          %v51 = llvm.getelementptr %carry_h[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v50, %v51 : f32, !llvm.ptr
          %v52 = llvm.getelementptr %agga_h[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v53 = llvm.load %v52 : !llvm.ptr -> f32
          %v54 = llvm.getelementptr %aggb_h[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v55 = llvm.load %v54 : !llvm.ptr -> f32
          %v56 = arith.mulf %v53, %v50 fastmath<contract> : f32
          %v57 = arith.addf %v56, %v55 fastmath<contract> : f32
          llvm.store %v57, %v4 : f32, !llvm.ptr
          %v58 = arith.muli %v44, %v3 : i64
          %v59 = arith.subi %v3, %v2 : i64
          %v60 = arith.minsi %v26, %v59 : i64
          %v61 = arith.addi %v58, %v60 : i64
          %v62 = arith.muli %v61, %v1 : i64
          %v63 = arith.addi %v62, %v2 : i64
          %v64 = llvm.load %v5 : !llvm.ptr -> f32
          %v65 = llvm.getelementptr %carry_h[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v64, %v65 : f32, !llvm.ptr
          %v66 = llvm.getelementptr %agga_h[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v67 = llvm.load %v66 : !llvm.ptr -> f32
          %v68 = llvm.getelementptr %aggb_h[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 : !llvm.ptr -> f32
          %v70 = arith.mulf %v67, %v64 fastmath<contract> : f32
          %v71 = arith.addf %v70, %v69 fastmath<contract> : f32
          llvm.store %v71, %v5 : f32, !llvm.ptr
          %v72 = arith.muli %v44, %v3 : i64
          %v73 = arith.subi %v3, %v2 : i64
          %v74 = arith.minsi %v26, %v73 : i64
          %v75 = arith.addi %v72, %v74 : i64
          %v76 = arith.muli %v75, %v1 : i64
          %v78 = arith.addi %v76, %v77 : i64
          %v79 = llvm.load %v6 : !llvm.ptr -> f32
          %v80 = llvm.getelementptr %carry_h[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v79, %v80 : f32, !llvm.ptr
          %v81 = llvm.getelementptr %agga_h[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v82 = llvm.load %v81 : !llvm.ptr -> f32
          %v83 = llvm.getelementptr %aggb_h[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v84 = llvm.load %v83 : !llvm.ptr -> f32
          %v85 = arith.mulf %v82, %v79 fastmath<contract> : f32
          %v86 = arith.addf %v85, %v84 fastmath<contract> : f32
          llvm.store %v86, %v6 : f32, !llvm.ptr
          %v87 = arith.muli %v44, %v3 : i64
          %v88 = arith.subi %v3, %v2 : i64
          %v89 = arith.minsi %v26, %v88 : i64
          %v90 = arith.addi %v87, %v89 : i64
          %v91 = arith.muli %v90, %v1 : i64
          %v93 = arith.addi %v91, %v92 : i64
          %v94 = llvm.load %v7 : !llvm.ptr -> f32
          %v95 = llvm.getelementptr %carry_h[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v94, %v95 : f32, !llvm.ptr
          %v96 = llvm.getelementptr %agga_h[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v97 = llvm.load %v96 : !llvm.ptr -> f32
          %v98 = llvm.getelementptr %aggb_h[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v99 = llvm.load %v98 : !llvm.ptr -> f32
          %v100 = arith.mulf %v97, %v94 fastmath<contract> : f32
          %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
          llvm.store %v101, %v7 : f32, !llvm.ptr
          %v102 = arith.muli %v44, %v3 : i64
          %v103 = arith.subi %v3, %v2 : i64
          %v104 = arith.minsi %v26, %v103 : i64
          %v105 = arith.addi %v102, %v104 : i64
          %v106 = arith.muli %v105, %v1 : i64
          %v108 = arith.addi %v106, %v107 : i64
          %v109 = llvm.load %v8 : !llvm.ptr -> f32
          %v110 = llvm.getelementptr %carry_h[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v109, %v110 : f32, !llvm.ptr
          %v111 = llvm.getelementptr %agga_h[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v112 = llvm.load %v111 : !llvm.ptr -> f32
          %v113 = llvm.getelementptr %aggb_h[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = arith.mulf %v112, %v109 fastmath<contract> : f32
          %v116 = arith.addf %v115, %v114 fastmath<contract> : f32
          llvm.store %v116, %v8 : f32, !llvm.ptr
          %v117 = arith.muli %v44, %v3 : i64
          %v118 = arith.subi %v3, %v2 : i64
          %v119 = arith.minsi %v26, %v118 : i64
          %v120 = arith.addi %v117, %v119 : i64
          %v121 = arith.muli %v120, %v1 : i64
          %v123 = arith.addi %v121, %v122 : i64
          %v124 = llvm.load %v9 : !llvm.ptr -> f32
          %v125 = llvm.getelementptr %carry_h[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v124, %v125 : f32, !llvm.ptr
          %v126 = llvm.getelementptr %agga_h[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          %v128 = llvm.getelementptr %aggb_h[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 : !llvm.ptr -> f32
          %v130 = arith.mulf %v127, %v124 fastmath<contract> : f32
          %v131 = arith.addf %v130, %v129 fastmath<contract> : f32
          llvm.store %v131, %v9 : f32, !llvm.ptr
          %v132 = arith.muli %v44, %v3 : i64
          %v133 = arith.subi %v3, %v2 : i64
          %v134 = arith.minsi %v26, %v133 : i64
          %v135 = arith.addi %v132, %v134 : i64
          %v136 = arith.muli %v135, %v1 : i64
          %v138 = arith.addi %v136, %v137 : i64
          %v139 = llvm.load %v10 : !llvm.ptr -> f32
          %v140 = llvm.getelementptr %carry_h[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v139, %v140 : f32, !llvm.ptr
          %v141 = llvm.getelementptr %agga_h[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v142 = llvm.load %v141 : !llvm.ptr -> f32
          %v143 = llvm.getelementptr %aggb_h[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v144 = llvm.load %v143 : !llvm.ptr -> f32
          %v145 = arith.mulf %v142, %v139 fastmath<contract> : f32
          %v146 = arith.addf %v145, %v144 fastmath<contract> : f32
          llvm.store %v146, %v10 : f32, !llvm.ptr
          %v147 = arith.muli %v44, %v3 : i64
          %v148 = arith.subi %v3, %v2 : i64
          %v149 = arith.minsi %v26, %v148 : i64
          %v150 = arith.addi %v147, %v149 : i64
          %v151 = arith.muli %v150, %v1 : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = llvm.load %v11 : !llvm.ptr -> f32
          %v155 = llvm.getelementptr %carry_h[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v154, %v155 : f32, !llvm.ptr
          %v156 = llvm.getelementptr %agga_h[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v157 = llvm.load %v156 : !llvm.ptr -> f32
          %v158 = llvm.getelementptr %aggb_h[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 : !llvm.ptr -> f32
          %v160 = arith.mulf %v157, %v154 fastmath<contract> : f32
          %v161 = arith.addf %v160, %v159 fastmath<contract> : f32
          llvm.store %v161, %v11 : f32, !llvm.ptr
          %v162 = arith.muli %v44, %v3 : i64
          %v163 = arith.subi %v3, %v2 : i64
          %v164 = arith.minsi %v26, %v163 : i64
          %v165 = arith.addi %v162, %v164 : i64
          %v166 = arith.muli %v165, %v1 : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = llvm.load %v12 : !llvm.ptr -> f32
          %v170 = llvm.getelementptr %carry_h[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v169, %v170 : f32, !llvm.ptr
          %v171 = llvm.getelementptr %agga_h[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v172 = llvm.load %v171 : !llvm.ptr -> f32
          %v173 = llvm.getelementptr %aggb_h[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v174 = llvm.load %v173 : !llvm.ptr -> f32
          %v175 = arith.mulf %v172, %v169 fastmath<contract> : f32
          %v176 = arith.addf %v175, %v174 fastmath<contract> : f32
          llvm.store %v176, %v12 : f32, !llvm.ptr
          %v177 = arith.muli %v44, %v3 : i64
          %v178 = arith.subi %v3, %v2 : i64
          %v179 = arith.minsi %v26, %v178 : i64
          %v180 = arith.addi %v177, %v179 : i64
          %v181 = arith.muli %v180, %v1 : i64
          %v183 = arith.addi %v181, %v182 : i64
          %v184 = llvm.load %v13 : !llvm.ptr -> f32
          %v185 = llvm.getelementptr %carry_h[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v184, %v185 : f32, !llvm.ptr
          %v186 = llvm.getelementptr %agga_h[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 : !llvm.ptr -> f32
          %v188 = llvm.getelementptr %aggb_h[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v189 = llvm.load %v188 : !llvm.ptr -> f32
          %v190 = arith.mulf %v187, %v184 fastmath<contract> : f32
          %v191 = arith.addf %v190, %v189 fastmath<contract> : f32
          llvm.store %v191, %v13 : f32, !llvm.ptr
          %v192 = arith.muli %v44, %v3 : i64
          %v193 = arith.subi %v3, %v2 : i64
          %v194 = arith.minsi %v26, %v193 : i64
          %v195 = arith.addi %v192, %v194 : i64
          %v196 = arith.muli %v195, %v1 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = llvm.load %v14 : !llvm.ptr -> f32
          %v200 = llvm.getelementptr %carry_h[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v199, %v200 : f32, !llvm.ptr
          %v201 = llvm.getelementptr %agga_h[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v202 = llvm.load %v201 : !llvm.ptr -> f32
          %v203 = llvm.getelementptr %aggb_h[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v204 = llvm.load %v203 : !llvm.ptr -> f32
          %v205 = arith.mulf %v202, %v199 fastmath<contract> : f32
          %v206 = arith.addf %v205, %v204 fastmath<contract> : f32
          llvm.store %v206, %v14 : f32, !llvm.ptr
          %v207 = arith.muli %v44, %v3 : i64
          %v208 = arith.subi %v3, %v2 : i64
          %v209 = arith.minsi %v26, %v208 : i64
          %v210 = arith.addi %v207, %v209 : i64
          %v211 = arith.muli %v210, %v1 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = llvm.load %v15 : !llvm.ptr -> f32
          %v215 = llvm.getelementptr %carry_h[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v214, %v215 : f32, !llvm.ptr
          %v216 = llvm.getelementptr %agga_h[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v217 = llvm.load %v216 : !llvm.ptr -> f32
          %v218 = llvm.getelementptr %aggb_h[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v219 = llvm.load %v218 : !llvm.ptr -> f32
          %v220 = arith.mulf %v217, %v214 fastmath<contract> : f32
          %v221 = arith.addf %v220, %v219 fastmath<contract> : f32
          llvm.store %v221, %v15 : f32, !llvm.ptr
          %v222 = arith.muli %v44, %v3 : i64
          %v223 = arith.subi %v3, %v2 : i64
          %v224 = arith.minsi %v26, %v223 : i64
          %v225 = arith.addi %v222, %v224 : i64
          %v226 = arith.muli %v225, %v1 : i64
          %v228 = arith.addi %v226, %v227 : i64
          %v229 = llvm.load %v16 : !llvm.ptr -> f32
          %v230 = llvm.getelementptr %carry_h[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v229, %v230 : f32, !llvm.ptr
          %v231 = llvm.getelementptr %agga_h[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v232 = llvm.load %v231 : !llvm.ptr -> f32
          %v233 = llvm.getelementptr %aggb_h[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v234 = llvm.load %v233 : !llvm.ptr -> f32
          %v235 = arith.mulf %v232, %v229 fastmath<contract> : f32
          %v236 = arith.addf %v235, %v234 fastmath<contract> : f32
          llvm.store %v236, %v16 : f32, !llvm.ptr
          %v237 = arith.muli %v44, %v3 : i64
          %v238 = arith.subi %v3, %v2 : i64
          %v239 = arith.minsi %v26, %v238 : i64
          %v240 = arith.addi %v237, %v239 : i64
          %v241 = arith.muli %v240, %v1 : i64
          %v243 = arith.addi %v241, %v242 : i64
          %v244 = llvm.load %v17 : !llvm.ptr -> f32
          %v245 = llvm.getelementptr %carry_h[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v244, %v245 : f32, !llvm.ptr
          %v246 = llvm.getelementptr %agga_h[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v247 = llvm.load %v246 : !llvm.ptr -> f32
          %v248 = llvm.getelementptr %aggb_h[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v249 = llvm.load %v248 : !llvm.ptr -> f32
          %v250 = arith.mulf %v247, %v244 fastmath<contract> : f32
          %v251 = arith.addf %v250, %v249 fastmath<contract> : f32
          llvm.store %v251, %v17 : f32, !llvm.ptr
          %v252 = arith.muli %v44, %v3 : i64
          %v253 = arith.subi %v3, %v2 : i64
          %v254 = arith.minsi %v26, %v253 : i64
          %v255 = arith.addi %v252, %v254 : i64
          %v256 = arith.muli %v255, %v1 : i64
          %v258 = arith.addi %v256, %v257 : i64
          %v259 = llvm.load %v18 : !llvm.ptr -> f32
          %v260 = llvm.getelementptr %carry_h[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v259, %v260 : f32, !llvm.ptr
          %v261 = llvm.getelementptr %agga_h[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v262 = llvm.load %v261 : !llvm.ptr -> f32
          %v263 = llvm.getelementptr %aggb_h[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v264 = llvm.load %v263 : !llvm.ptr -> f32
          %v265 = arith.mulf %v262, %v259 fastmath<contract> : f32
          %v266 = arith.addf %v265, %v264 fastmath<contract> : f32
          llvm.store %v266, %v18 : f32, !llvm.ptr
          %v267 = arith.muli %v44, %v3 : i64
          %v268 = arith.subi %v3, %v2 : i64
          %v269 = arith.minsi %v26, %v268 : i64
          %v270 = arith.addi %v267, %v269 : i64
          %v271 = arith.muli %v270, %v1 : i64
          %v273 = arith.addi %v271, %v272 : i64
          %v274 = llvm.load %v19 : !llvm.ptr -> f32
          %v275 = llvm.getelementptr %carry_h[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v274, %v275 : f32, !llvm.ptr
          %v276 = llvm.getelementptr %agga_h[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v277 = llvm.load %v276 : !llvm.ptr -> f32
          %v278 = llvm.getelementptr %aggb_h[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v279 = llvm.load %v278 : !llvm.ptr -> f32
          %v280 = arith.mulf %v277, %v274 fastmath<contract> : f32
          %v281 = arith.addf %v280, %v279 fastmath<contract> : f32
          llvm.store %v281, %v19 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
