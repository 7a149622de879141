module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_chunk_carry(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_theta: !llvm.ptr, %in_gamma: !llvm.ptr, %agga_S_re: !llvm.ptr, %aggb_S_re: !llvm.ptr, %carry_S_re: !llvm.ptr, %agga_S_im: !llvm.ptr, %aggb_S_im: !llvm.ptr, %carry_S_im: !llvm.ptr, %agga_t_pos: !llvm.ptr, %aggb_t_pos: !llvm.ptr, %carry_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
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
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v42 = arith.constant 64 : i64
      %v54 = arith.constant 0x00000000 : f32
      %v55 = arith.constant 63 : i64
      %v58 = arith.constant 0 : i64
      %v96 = arith.constant 2 : i64
      %v111 = arith.constant 3 : i64
      %v126 = arith.constant 4 : i64
      %v141 = arith.constant 5 : i64
      %v156 = arith.constant 6 : i64
      %v171 = arith.constant 7 : i64
      %v186 = arith.constant 8 : i64
      %v201 = arith.constant 9 : i64
      %v216 = arith.constant 10 : i64
      %v231 = arith.constant 11 : i64
      %v246 = arith.constant 12 : i64
      %v261 = arith.constant 13 : i64
      %v276 = arith.constant 14 : i64
      %v291 = arith.constant 15 : i64
      %v38 = gpu.block_id x
      %v39 = gpu.thread_id x
      %v40 = arith.index_cast %v39 : index to i64
      %v41 = arith.index_cast %v38 : index to i64
      %v43 = arith.muli %v41, %v42 : i64
      %v44 = arith.addi %v43, %v40 : i64
      %v45 = arith.cmpi slt, %v44, %v4 : i64
      %v46 = arith.subi %v4, %v2 : i64
      %v47 = arith.minsi %v44, %v46 : i64
      %v48 = arith.remui %v47, %size_DV : i64
      %v49 = arith.divui %v47, %size_DV : i64
      %v50 = arith.remui %v49, %size_H : i64
      %v51 = arith.divui %v49, %size_H : i64
      %v52 = arith.remui %v51, %size_B : i64
      %v53 = arith.divui %v51, %size_B : i64
      llvm.store %v54, %v5 : f32, !llvm.ptr
      llvm.store %v54, %v6 : f32, !llvm.ptr
      llvm.store %v54, %v7 : f32, !llvm.ptr
      llvm.store %v54, %v8 : f32, !llvm.ptr
      llvm.store %v54, %v9 : f32, !llvm.ptr
      llvm.store %v54, %v10 : f32, !llvm.ptr
      llvm.store %v54, %v11 : f32, !llvm.ptr
      llvm.store %v54, %v12 : f32, !llvm.ptr
      llvm.store %v54, %v13 : f32, !llvm.ptr
      llvm.store %v54, %v14 : f32, !llvm.ptr
      llvm.store %v54, %v15 : f32, !llvm.ptr
      llvm.store %v54, %v16 : f32, !llvm.ptr
      llvm.store %v54, %v17 : f32, !llvm.ptr
      llvm.store %v54, %v18 : f32, !llvm.ptr
      llvm.store %v54, %v19 : f32, !llvm.ptr
      llvm.store %v54, %v20 : f32, !llvm.ptr
      llvm.store %v54, %v21 : f32, !llvm.ptr
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
      %v56 = arith.addi %size_L, %v55 : i64
      %v57 = arith.divui %v56, %v42 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v45 {
        %v59 = arith.index_cast %v58 : i64 to index
        %v60 = arith.index_cast %v57 : i64 to index
        %v61 = arith.index_cast %v2 : i64 to index
        scf.for %v62 = %v59 to %v60 step %v61 {
          %v63 = arith.index_cast %v62 : index to i64
          %v64 = arith.muli %v63, %v4 : i64
          %v65 = arith.subi %v4, %v2 : i64
          %v66 = arith.minsi %v44, %v65 : i64
          %v67 = arith.addi %v64, %v66 : i64
          %v68 = arith.muli %v67, %v1 : i64
          %v69 = llvm.load %v5 : !llvm.ptr -> f32
          %v70 = llvm.getelementptr %carry_S_re[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v69, %v70 : f32, !llvm.ptr
          %v71 = llvm.getelementptr %agga_S_re[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          %v73 = llvm.getelementptr %aggb_S_re[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v74 = llvm.load %v73 : !llvm.ptr -> f32
          %v75 = arith.mulf %v72, %v69 fastmath<contract> : f32
          %v76 = arith.addf %v75, %v74 fastmath<contract> : f32
          llvm.store %v76, %v5 : f32, !llvm.ptr
          %v77 = arith.muli %v63, %v4 : i64
          %v78 = arith.subi %v4, %v2 : i64
          %v79 = arith.minsi %v44, %v78 : i64
          %v80 = arith.addi %v77, %v79 : i64
          %v81 = arith.muli %v80, %v1 : i64
          %v82 = arith.addi %v81, %v2 : i64
          %v83 = llvm.load %v6 : !llvm.ptr -> f32
          %v84 = llvm.getelementptr %carry_S_re[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v83, %v84 : f32, !llvm.ptr
          %v85 = llvm.getelementptr %agga_S_re[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          %v87 = llvm.getelementptr %aggb_S_re[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          %v89 = arith.mulf %v86, %v83 fastmath<contract> : f32
          %v90 = arith.addf %v89, %v88 fastmath<contract> : f32
          llvm.store %v90, %v6 : f32, !llvm.ptr
          %v91 = arith.muli %v63, %v4 : i64
          %v92 = arith.subi %v4, %v2 : i64
          %v93 = arith.minsi %v44, %v92 : i64
          %v94 = arith.addi %v91, %v93 : i64
          %v95 = arith.muli %v94, %v1 : i64
          %v97 = arith.addi %v95, %v96 : i64
          %v98 = llvm.load %v7 : !llvm.ptr -> f32
          %v99 = llvm.getelementptr %carry_S_re[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v98, %v99 : f32, !llvm.ptr
          %v100 = llvm.getelementptr %agga_S_re[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          %v102 = llvm.getelementptr %aggb_S_re[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v103 = llvm.load %v102 : !llvm.ptr -> f32
          %v104 = arith.mulf %v101, %v98 fastmath<contract> : f32
          %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
          llvm.store %v105, %v7 : f32, !llvm.ptr
          %v106 = arith.muli %v63, %v4 : i64
          %v107 = arith.subi %v4, %v2 : i64
          %v108 = arith.minsi %v44, %v107 : i64
          %v109 = arith.addi %v106, %v108 : i64
          %v110 = arith.muli %v109, %v1 : i64
          %v112 = arith.addi %v110, %v111 : i64
          %v113 = llvm.load %v8 : !llvm.ptr -> f32
          %v114 = llvm.getelementptr %carry_S_re[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v113, %v114 : f32, !llvm.ptr
          %v115 = llvm.getelementptr %agga_S_re[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v116 = llvm.load %v115 : !llvm.ptr -> f32
          %v117 = llvm.getelementptr %aggb_S_re[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v118 = llvm.load %v117 : !llvm.ptr -> f32
          %v119 = arith.mulf %v116, %v113 fastmath<contract> : f32
          %v120 = arith.addf %v119, %v118 fastmath<contract> : f32
          llvm.store %v120, %v8 : f32, !llvm.ptr
          %v121 = arith.muli %v63, %v4 : i64
          %v122 = arith.subi %v4, %v2 : i64
          %v123 = arith.minsi %v44, %v122 : i64
          %v124 = arith.addi %v121, %v123 : i64
          %v125 = arith.muli %v124, %v1 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = llvm.load %v9 : !llvm.ptr -> f32
          %v129 = llvm.getelementptr %carry_S_re[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v128, %v129 : f32, !llvm.ptr
          %v130 = llvm.getelementptr %agga_S_re[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 : !llvm.ptr -> f32
          %v132 = llvm.getelementptr %aggb_S_re[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 : !llvm.ptr -> f32
          %v134 = arith.mulf %v131, %v128 fastmath<contract> : f32
          %v135 = arith.addf %v134, %v133 fastmath<contract> : f32
          llvm.store %v135, %v9 : f32, !llvm.ptr
          %v136 = arith.muli %v63, %v4 : i64
          %v137 = arith.subi %v4, %v2 : i64
          %v138 = arith.minsi %v44, %v137 : i64
          %v139 = arith.addi %v136, %v138 : i64
          %v140 = arith.muli %v139, %v1 : i64
          %v142 = arith.addi %v140, %v141 : i64
          %v143 = llvm.load %v10 : !llvm.ptr -> f32
          %v144 = llvm.getelementptr %carry_S_re[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v143, %v144 : f32, !llvm.ptr
          %v145 = llvm.getelementptr %agga_S_re[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 : !llvm.ptr -> f32
          %v147 = llvm.getelementptr %aggb_S_re[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = arith.mulf %v146, %v143 fastmath<contract> : f32
          %v150 = arith.addf %v149, %v148 fastmath<contract> : f32
          llvm.store %v150, %v10 : f32, !llvm.ptr
          %v151 = arith.muli %v63, %v4 : i64
          %v152 = arith.subi %v4, %v2 : i64
          %v153 = arith.minsi %v44, %v152 : i64
          %v154 = arith.addi %v151, %v153 : i64
          %v155 = arith.muli %v154, %v1 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = llvm.load %v11 : !llvm.ptr -> f32
          %v159 = llvm.getelementptr %carry_S_re[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v158, %v159 : f32, !llvm.ptr
          %v160 = llvm.getelementptr %agga_S_re[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 : !llvm.ptr -> f32
          %v162 = llvm.getelementptr %aggb_S_re[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          %v164 = arith.mulf %v161, %v158 fastmath<contract> : f32
          %v165 = arith.addf %v164, %v163 fastmath<contract> : f32
          llvm.store %v165, %v11 : f32, !llvm.ptr
          %v166 = arith.muli %v63, %v4 : i64
          %v167 = arith.subi %v4, %v2 : i64
          %v168 = arith.minsi %v44, %v167 : i64
          %v169 = arith.addi %v166, %v168 : i64
          %v170 = arith.muli %v169, %v1 : i64
          %v172 = arith.addi %v170, %v171 : i64
          %v173 = llvm.load %v12 : !llvm.ptr -> f32
          %v174 = llvm.getelementptr %carry_S_re[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v173, %v174 : f32, !llvm.ptr
          %v175 = llvm.getelementptr %agga_S_re[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v176 = llvm.load %v175 : !llvm.ptr -> f32
          %v177 = llvm.getelementptr %aggb_S_re[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v178 = llvm.load %v177 : !llvm.ptr -> f32
          %v179 = arith.mulf %v176, %v173 fastmath<contract> : f32
          %v180 = arith.addf %v179, %v178 fastmath<contract> : f32
          llvm.store %v180, %v12 : f32, !llvm.ptr
          %v181 = arith.muli %v63, %v4 : i64
          %v182 = arith.subi %v4, %v2 : i64
          %v183 = arith.minsi %v44, %v182 : i64
          %v184 = arith.addi %v181, %v183 : i64
          %v185 = arith.muli %v184, %v1 : i64
          %v187 = arith.addi %v185, %v186 : i64
          %v188 = llvm.load %v13 : !llvm.ptr -> f32
          %v189 = llvm.getelementptr %carry_S_re[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v188, %v189 : f32, !llvm.ptr
          %v190 = llvm.getelementptr %agga_S_re[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v191 = llvm.load %v190 : !llvm.ptr -> f32
          %v192 = llvm.getelementptr %aggb_S_re[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v193 = llvm.load %v192 : !llvm.ptr -> f32
          %v194 = arith.mulf %v191, %v188 fastmath<contract> : f32
          %v195 = arith.addf %v194, %v193 fastmath<contract> : f32
          llvm.store %v195, %v13 : f32, !llvm.ptr
          %v196 = arith.muli %v63, %v4 : i64
          %v197 = arith.subi %v4, %v2 : i64
          %v198 = arith.minsi %v44, %v197 : i64
          %v199 = arith.addi %v196, %v198 : i64
          %v200 = arith.muli %v199, %v1 : i64
          %v202 = arith.addi %v200, %v201 : i64
          %v203 = llvm.load %v14 : !llvm.ptr -> f32
          %v204 = llvm.getelementptr %carry_S_re[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v203, %v204 : f32, !llvm.ptr
          %v205 = llvm.getelementptr %agga_S_re[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v206 = llvm.load %v205 : !llvm.ptr -> f32
          %v207 = llvm.getelementptr %aggb_S_re[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v208 = llvm.load %v207 : !llvm.ptr -> f32
          %v209 = arith.mulf %v206, %v203 fastmath<contract> : f32
          %v210 = arith.addf %v209, %v208 fastmath<contract> : f32
          llvm.store %v210, %v14 : f32, !llvm.ptr
          %v211 = arith.muli %v63, %v4 : i64
          %v212 = arith.subi %v4, %v2 : i64
          %v213 = arith.minsi %v44, %v212 : i64
          %v214 = arith.addi %v211, %v213 : i64
          %v215 = arith.muli %v214, %v1 : i64
          %v217 = arith.addi %v215, %v216 : i64
          %v218 = llvm.load %v15 : !llvm.ptr -> f32
          %v219 = llvm.getelementptr %carry_S_re[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v218, %v219 : f32, !llvm.ptr
          %v220 = llvm.getelementptr %agga_S_re[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v221 = llvm.load %v220 : !llvm.ptr -> f32
          %v222 = llvm.getelementptr %aggb_S_re[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v223 = llvm.load %v222 : !llvm.ptr -> f32
          %v224 = arith.mulf %v221, %v218 fastmath<contract> : f32
          %v225 = arith.addf %v224, %v223 fastmath<contract> : f32
          llvm.store %v225, %v15 : f32, !llvm.ptr
          %v226 = arith.muli %v63, %v4 : i64
          %v227 = arith.subi %v4, %v2 : i64
          %v228 = arith.minsi %v44, %v227 : i64
          %v229 = arith.addi %v226, %v228 : i64
          %v230 = arith.muli %v229, %v1 : i64
          %v232 = arith.addi %v230, %v231 : i64
          %v233 = llvm.load %v16 : !llvm.ptr -> f32
          %v234 = llvm.getelementptr %carry_S_re[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v233, %v234 : f32, !llvm.ptr
          %v235 = llvm.getelementptr %agga_S_re[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v236 = llvm.load %v235 : !llvm.ptr -> f32
          %v237 = llvm.getelementptr %aggb_S_re[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v238 = llvm.load %v237 : !llvm.ptr -> f32
          %v239 = arith.mulf %v236, %v233 fastmath<contract> : f32
          %v240 = arith.addf %v239, %v238 fastmath<contract> : f32
          llvm.store %v240, %v16 : f32, !llvm.ptr
          %v241 = arith.muli %v63, %v4 : i64
          %v242 = arith.subi %v4, %v2 : i64
          %v243 = arith.minsi %v44, %v242 : i64
          %v244 = arith.addi %v241, %v243 : i64
          %v245 = arith.muli %v244, %v1 : i64
          %v247 = arith.addi %v245, %v246 : i64
          %v248 = llvm.load %v17 : !llvm.ptr -> f32
          %v249 = llvm.getelementptr %carry_S_re[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v248, %v249 : f32, !llvm.ptr
          %v250 = llvm.getelementptr %agga_S_re[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v251 = llvm.load %v250 : !llvm.ptr -> f32
          %v252 = llvm.getelementptr %aggb_S_re[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v253 = llvm.load %v252 : !llvm.ptr -> f32
          %v254 = arith.mulf %v251, %v248 fastmath<contract> : f32
          %v255 = arith.addf %v254, %v253 fastmath<contract> : f32
          llvm.store %v255, %v17 : f32, !llvm.ptr
          %v256 = arith.muli %v63, %v4 : i64
          %v257 = arith.subi %v4, %v2 : i64
          %v258 = arith.minsi %v44, %v257 : i64
          %v259 = arith.addi %v256, %v258 : i64
          %v260 = arith.muli %v259, %v1 : i64
          %v262 = arith.addi %v260, %v261 : i64
          %v263 = llvm.load %v18 : !llvm.ptr -> f32
          %v264 = llvm.getelementptr %carry_S_re[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v263, %v264 : f32, !llvm.ptr
          %v265 = llvm.getelementptr %agga_S_re[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v266 = llvm.load %v265 : !llvm.ptr -> f32
          %v267 = llvm.getelementptr %aggb_S_re[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v268 = llvm.load %v267 : !llvm.ptr -> f32
          %v269 = arith.mulf %v266, %v263 fastmath<contract> : f32
          %v270 = arith.addf %v269, %v268 fastmath<contract> : f32
          llvm.store %v270, %v18 : f32, !llvm.ptr
          %v271 = arith.muli %v63, %v4 : i64
          %v272 = arith.subi %v4, %v2 : i64
          %v273 = arith.minsi %v44, %v272 : i64
          %v274 = arith.addi %v271, %v273 : i64
          %v275 = arith.muli %v274, %v1 : i64
          %v277 = arith.addi %v275, %v276 : i64
          %v278 = llvm.load %v19 : !llvm.ptr -> f32
          %v279 = llvm.getelementptr %carry_S_re[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v278, %v279 : f32, !llvm.ptr
          %v280 = llvm.getelementptr %agga_S_re[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v281 = llvm.load %v280 : !llvm.ptr -> f32
          %v282 = llvm.getelementptr %aggb_S_re[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v283 = llvm.load %v282 : !llvm.ptr -> f32
          %v284 = arith.mulf %v281, %v278 fastmath<contract> : f32
          %v285 = arith.addf %v284, %v283 fastmath<contract> : f32
          llvm.store %v285, %v19 : f32, !llvm.ptr
          %v286 = arith.muli %v63, %v4 : i64
          %v287 = arith.subi %v4, %v2 : i64
          %v288 = arith.minsi %v44, %v287 : i64
          %v289 = arith.addi %v286, %v288 : i64
          %v290 = arith.muli %v289, %v1 : i64
          %v292 = arith.addi %v290, %v291 : i64
          %v293 = llvm.load %v20 : !llvm.ptr -> f32
          %v294 = llvm.getelementptr %carry_S_re[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v293, %v294 : f32, !llvm.ptr
          %v295 = llvm.getelementptr %agga_S_re[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v296 = llvm.load %v295 : !llvm.ptr -> f32
          %v297 = llvm.getelementptr %aggb_S_re[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v298 = llvm.load %v297 : !llvm.ptr -> f32
          %v299 = arith.mulf %v296, %v293 fastmath<contract> : f32
          %v300 = arith.addf %v299, %v298 fastmath<contract> : f32
          llvm.store %v300, %v20 : f32, !llvm.ptr
          %v301 = arith.muli %v63, %v4 : i64
          %v302 = arith.subi %v4, %v2 : i64
          %v303 = arith.minsi %v44, %v302 : i64
          %v304 = arith.addi %v301, %v303 : i64
          %v305 = arith.muli %v304, %v1 : i64
          %v306 = llvm.load %v21 : !llvm.ptr -> f32
          %v307 = llvm.getelementptr %carry_S_im[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v306, %v307 : f32, !llvm.ptr
          %v308 = llvm.getelementptr %agga_S_im[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v309 = llvm.load %v308 : !llvm.ptr -> f32
          %v310 = llvm.getelementptr %aggb_S_im[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v311 = llvm.load %v310 : !llvm.ptr -> f32
          %v312 = arith.mulf %v309, %v306 fastmath<contract> : f32
          %v313 = arith.addf %v312, %v311 fastmath<contract> : f32
          llvm.store %v313, %v21 : f32, !llvm.ptr
          %v314 = arith.muli %v63, %v4 : i64
          %v315 = arith.subi %v4, %v2 : i64
          %v316 = arith.minsi %v44, %v315 : i64
          %v317 = arith.addi %v314, %v316 : i64
          %v318 = arith.muli %v317, %v1 : i64
          %v319 = arith.addi %v318, %v2 : i64
          %v320 = llvm.load %v22 : !llvm.ptr -> f32
          %v321 = llvm.getelementptr %carry_S_im[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v320, %v321 : f32, !llvm.ptr
          %v322 = llvm.getelementptr %agga_S_im[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v323 = llvm.load %v322 : !llvm.ptr -> f32
          %v324 = llvm.getelementptr %aggb_S_im[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v325 = llvm.load %v324 : !llvm.ptr -> f32
          %v326 = arith.mulf %v323, %v320 fastmath<contract> : f32
          %v327 = arith.addf %v326, %v325 fastmath<contract> : f32
          llvm.store %v327, %v22 : f32, !llvm.ptr
          %v328 = arith.muli %v63, %v4 : i64
          %v329 = arith.subi %v4, %v2 : i64
          %v330 = arith.minsi %v44, %v329 : i64
          %v331 = arith.addi %v328, %v330 : i64
          %v332 = arith.muli %v331, %v1 : i64
          %v333 = arith.addi %v332, %v96 : i64
          %v334 = llvm.load %v23 : !llvm.ptr -> f32
          %v335 = llvm.getelementptr %carry_S_im[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v334, %v335 : f32, !llvm.ptr
          %v336 = llvm.getelementptr %agga_S_im[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v337 = llvm.load %v336 : !llvm.ptr -> f32
          %v338 = llvm.getelementptr %aggb_S_im[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v339 = llvm.load %v338 : !llvm.ptr -> f32
          %v340 = arith.mulf %v337, %v334 fastmath<contract> : f32
          %v341 = arith.addf %v340, %v339 fastmath<contract> : f32
          llvm.store %v341, %v23 : f32, !llvm.ptr
          %v342 = arith.muli %v63, %v4 : i64
          %v343 = arith.subi %v4, %v2 : i64
          %v344 = arith.minsi %v44, %v343 : i64
          %v345 = arith.addi %v342, %v344 : i64
          %v346 = arith.muli %v345, %v1 : i64
          %v347 = arith.addi %v346, %v111 : i64
          %v348 = llvm.load %v24 : !llvm.ptr -> f32
          %v349 = llvm.getelementptr %carry_S_im[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v348, %v349 : f32, !llvm.ptr
          %v350 = llvm.getelementptr %agga_S_im[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v351 = llvm.load %v350 : !llvm.ptr -> f32
          %v352 = llvm.getelementptr %aggb_S_im[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v353 = llvm.load %v352 : !llvm.ptr -> f32
          %v354 = arith.mulf %v351, %v348 fastmath<contract> : f32
          %v355 = arith.addf %v354, %v353 fastmath<contract> : f32
          llvm.store %v355, %v24 : f32, !llvm.ptr
          %v356 = arith.muli %v63, %v4 : i64
          %v357 = arith.subi %v4, %v2 : i64
          %v358 = arith.minsi %v44, %v357 : i64
          %v359 = arith.addi %v356, %v358 : i64
          %v360 = arith.muli %v359, %v1 : i64
          %v361 = arith.addi %v360, %v126 : i64
          %v362 = llvm.load %v25 : !llvm.ptr -> f32
          %v363 = llvm.getelementptr %carry_S_im[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v362, %v363 : f32, !llvm.ptr
          %v364 = llvm.getelementptr %agga_S_im[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v365 = llvm.load %v364 : !llvm.ptr -> f32
          %v366 = llvm.getelementptr %aggb_S_im[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v367 = llvm.load %v366 : !llvm.ptr -> f32
          %v368 = arith.mulf %v365, %v362 fastmath<contract> : f32
          %v369 = arith.addf %v368, %v367 fastmath<contract> : f32
          llvm.store %v369, %v25 : f32, !llvm.ptr
          %v370 = arith.muli %v63, %v4 : i64
          %v371 = arith.subi %v4, %v2 : i64
          %v372 = arith.minsi %v44, %v371 : i64
          %v373 = arith.addi %v370, %v372 : i64
          %v374 = arith.muli %v373, %v1 : i64
          %v375 = arith.addi %v374, %v141 : i64
          %v376 = llvm.load %v26 : !llvm.ptr -> f32
          %v377 = llvm.getelementptr %carry_S_im[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v376, %v377 : f32, !llvm.ptr
          %v378 = llvm.getelementptr %agga_S_im[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v379 = llvm.load %v378 : !llvm.ptr -> f32
          %v380 = llvm.getelementptr %aggb_S_im[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v381 = llvm.load %v380 : !llvm.ptr -> f32
          %v382 = arith.mulf %v379, %v376 fastmath<contract> : f32
          %v383 = arith.addf %v382, %v381 fastmath<contract> : f32
          llvm.store %v383, %v26 : f32, !llvm.ptr
          %v384 = arith.muli %v63, %v4 : i64
          %v385 = arith.subi %v4, %v2 : i64
          %v386 = arith.minsi %v44, %v385 : i64
          %v387 = arith.addi %v384, %v386 : i64
          %v388 = arith.muli %v387, %v1 : i64
          %v389 = arith.addi %v388, %v156 : i64
          %v390 = llvm.load %v27 : !llvm.ptr -> f32
          %v391 = llvm.getelementptr %carry_S_im[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v390, %v391 : f32, !llvm.ptr
          %v392 = llvm.getelementptr %agga_S_im[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v393 = llvm.load %v392 : !llvm.ptr -> f32
          %v394 = llvm.getelementptr %aggb_S_im[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v395 = llvm.load %v394 : !llvm.ptr -> f32
          %v396 = arith.mulf %v393, %v390 fastmath<contract> : f32
          %v397 = arith.addf %v396, %v395 fastmath<contract> : f32
          llvm.store %v397, %v27 : f32, !llvm.ptr
          %v398 = arith.muli %v63, %v4 : i64
          %v399 = arith.subi %v4, %v2 : i64
          %v400 = arith.minsi %v44, %v399 : i64
          %v401 = arith.addi %v398, %v400 : i64
          %v402 = arith.muli %v401, %v1 : i64
          %v403 = arith.addi %v402, %v171 : i64
          %v404 = llvm.load %v28 : !llvm.ptr -> f32
          %v405 = llvm.getelementptr %carry_S_im[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v404, %v405 : f32, !llvm.ptr
          %v406 = llvm.getelementptr %agga_S_im[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v407 = llvm.load %v406 : !llvm.ptr -> f32
          %v408 = llvm.getelementptr %aggb_S_im[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v409 = llvm.load %v408 : !llvm.ptr -> f32
          %v410 = arith.mulf %v407, %v404 fastmath<contract> : f32
          %v411 = arith.addf %v410, %v409 fastmath<contract> : f32
          llvm.store %v411, %v28 : f32, !llvm.ptr
          %v412 = arith.muli %v63, %v4 : i64
          %v413 = arith.subi %v4, %v2 : i64
          %v414 = arith.minsi %v44, %v413 : i64
          %v415 = arith.addi %v412, %v414 : i64
          %v416 = arith.muli %v415, %v1 : i64
          %v417 = arith.addi %v416, %v186 : i64
          %v418 = llvm.load %v29 : !llvm.ptr -> f32
          %v419 = llvm.getelementptr %carry_S_im[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v418, %v419 : f32, !llvm.ptr
          %v420 = llvm.getelementptr %agga_S_im[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v421 = llvm.load %v420 : !llvm.ptr -> f32
          %v422 = llvm.getelementptr %aggb_S_im[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v423 = llvm.load %v422 : !llvm.ptr -> f32
          %v424 = arith.mulf %v421, %v418 fastmath<contract> : f32
          %v425 = arith.addf %v424, %v423 fastmath<contract> : f32
          llvm.store %v425, %v29 : f32, !llvm.ptr
          %v426 = arith.muli %v63, %v4 : i64
          %v427 = arith.subi %v4, %v2 : i64
          %v428 = arith.minsi %v44, %v427 : i64
          %v429 = arith.addi %v426, %v428 : i64
          %v430 = arith.muli %v429, %v1 : i64
          %v431 = arith.addi %v430, %v201 : i64
          %v432 = llvm.load %v30 : !llvm.ptr -> f32
          %v433 = llvm.getelementptr %carry_S_im[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v432, %v433 : f32, !llvm.ptr
          %v434 = llvm.getelementptr %agga_S_im[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v435 = llvm.load %v434 : !llvm.ptr -> f32
          %v436 = llvm.getelementptr %aggb_S_im[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v437 = llvm.load %v436 : !llvm.ptr -> f32
          %v438 = arith.mulf %v435, %v432 fastmath<contract> : f32
          %v439 = arith.addf %v438, %v437 fastmath<contract> : f32
          llvm.store %v439, %v30 : f32, !llvm.ptr
          %v440 = arith.muli %v63, %v4 : i64
          %v441 = arith.subi %v4, %v2 : i64
          %v442 = arith.minsi %v44, %v441 : i64
          %v443 = arith.addi %v440, %v442 : i64
          %v444 = arith.muli %v443, %v1 : i64
          %v445 = arith.addi %v444, %v216 : i64
          %v446 = llvm.load %v31 : !llvm.ptr -> f32
          %v447 = llvm.getelementptr %carry_S_im[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v446, %v447 : f32, !llvm.ptr
          %v448 = llvm.getelementptr %agga_S_im[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v449 = llvm.load %v448 : !llvm.ptr -> f32
          %v450 = llvm.getelementptr %aggb_S_im[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v451 = llvm.load %v450 : !llvm.ptr -> f32
          %v452 = arith.mulf %v449, %v446 fastmath<contract> : f32
          %v453 = arith.addf %v452, %v451 fastmath<contract> : f32
          llvm.store %v453, %v31 : f32, !llvm.ptr
          %v454 = arith.muli %v63, %v4 : i64
          %v455 = arith.subi %v4, %v2 : i64
          %v456 = arith.minsi %v44, %v455 : i64
          %v457 = arith.addi %v454, %v456 : i64
          %v458 = arith.muli %v457, %v1 : i64
          %v459 = arith.addi %v458, %v231 : i64
          %v460 = llvm.load %v32 : !llvm.ptr -> f32
          %v461 = llvm.getelementptr %carry_S_im[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v460, %v461 : f32, !llvm.ptr
          %v462 = llvm.getelementptr %agga_S_im[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v463 = llvm.load %v462 : !llvm.ptr -> f32
          %v464 = llvm.getelementptr %aggb_S_im[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v465 = llvm.load %v464 : !llvm.ptr -> f32
          %v466 = arith.mulf %v463, %v460 fastmath<contract> : f32
          %v467 = arith.addf %v466, %v465 fastmath<contract> : f32
          llvm.store %v467, %v32 : f32, !llvm.ptr
          %v468 = arith.muli %v63, %v4 : i64
          %v469 = arith.subi %v4, %v2 : i64
          %v470 = arith.minsi %v44, %v469 : i64
          %v471 = arith.addi %v468, %v470 : i64
          %v472 = arith.muli %v471, %v1 : i64
          %v473 = arith.addi %v472, %v246 : i64
          %v474 = llvm.load %v33 : !llvm.ptr -> f32
          %v475 = llvm.getelementptr %carry_S_im[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v474, %v475 : f32, !llvm.ptr
          %v476 = llvm.getelementptr %agga_S_im[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v477 = llvm.load %v476 : !llvm.ptr -> f32
          %v478 = llvm.getelementptr %aggb_S_im[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v479 = llvm.load %v478 : !llvm.ptr -> f32
          %v480 = arith.mulf %v477, %v474 fastmath<contract> : f32
          %v481 = arith.addf %v480, %v479 fastmath<contract> : f32
          llvm.store %v481, %v33 : f32, !llvm.ptr
          %v482 = arith.muli %v63, %v4 : i64
          %v483 = arith.subi %v4, %v2 : i64
          %v484 = arith.minsi %v44, %v483 : i64
          %v485 = arith.addi %v482, %v484 : i64
          %v486 = arith.muli %v485, %v1 : i64
          %v487 = arith.addi %v486, %v261 : i64
          %v488 = llvm.load %v34 : !llvm.ptr -> f32
          %v489 = llvm.getelementptr %carry_S_im[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v488, %v489 : f32, !llvm.ptr
          %v490 = llvm.getelementptr %agga_S_im[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v491 = llvm.load %v490 : !llvm.ptr -> f32
          %v492 = llvm.getelementptr %aggb_S_im[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v493 = llvm.load %v492 : !llvm.ptr -> f32
          %v494 = arith.mulf %v491, %v488 fastmath<contract> : f32
          %v495 = arith.addf %v494, %v493 fastmath<contract> : f32
          llvm.store %v495, %v34 : f32, !llvm.ptr
          %v496 = arith.muli %v63, %v4 : i64
          %v497 = arith.subi %v4, %v2 : i64
          %v498 = arith.minsi %v44, %v497 : i64
          %v499 = arith.addi %v496, %v498 : i64
          %v500 = arith.muli %v499, %v1 : i64
          %v501 = arith.addi %v500, %v276 : i64
          %v502 = llvm.load %v35 : !llvm.ptr -> f32
          %v503 = llvm.getelementptr %carry_S_im[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v502, %v503 : f32, !llvm.ptr
          %v504 = llvm.getelementptr %agga_S_im[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v505 = llvm.load %v504 : !llvm.ptr -> f32
          %v506 = llvm.getelementptr %aggb_S_im[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v507 = llvm.load %v506 : !llvm.ptr -> f32
          %v508 = arith.mulf %v505, %v502 fastmath<contract> : f32
          %v509 = arith.addf %v508, %v507 fastmath<contract> : f32
          llvm.store %v509, %v35 : f32, !llvm.ptr
          %v510 = arith.muli %v63, %v4 : i64
          %v511 = arith.subi %v4, %v2 : i64
          %v512 = arith.minsi %v44, %v511 : i64
          %v513 = arith.addi %v510, %v512 : i64
          %v514 = arith.muli %v513, %v1 : i64
          %v515 = arith.addi %v514, %v291 : i64
          %v516 = llvm.load %v36 : !llvm.ptr -> f32
          %v517 = llvm.getelementptr %carry_S_im[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v516, %v517 : f32, !llvm.ptr
          %v518 = llvm.getelementptr %agga_S_im[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v519 = llvm.load %v518 : !llvm.ptr -> f32
          %v520 = llvm.getelementptr %aggb_S_im[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v521 = llvm.load %v520 : !llvm.ptr -> f32
          %v522 = arith.mulf %v519, %v516 fastmath<contract> : f32
          %v523 = arith.addf %v522, %v521 fastmath<contract> : f32
          llvm.store %v523, %v36 : f32, !llvm.ptr
          %v524 = arith.muli %v63, %v4 : i64
          %v525 = arith.subi %v4, %v2 : i64
          %v526 = arith.minsi %v44, %v525 : i64
          %v527 = arith.addi %v524, %v526 : i64
          %v528 = llvm.load %v37 : !llvm.ptr -> f32
          %v529 = llvm.getelementptr %carry_t_pos[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v528, %v529 : f32, !llvm.ptr
          %v530 = llvm.getelementptr %agga_t_pos[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v531 = llvm.load %v530 : !llvm.ptr -> f32
          %v532 = llvm.getelementptr %aggb_t_pos[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v533 = llvm.load %v532 : !llvm.ptr -> f32
          %v534 = arith.mulf %v531, %v528 fastmath<contract> : f32
          %v535 = arith.addf %v534, %v533 fastmath<contract> : f32
          llvm.store %v535, %v37 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
