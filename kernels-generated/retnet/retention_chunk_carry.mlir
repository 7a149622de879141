module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_chunk_carry(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_theta: !llvm.ptr, %in_gamma: !llvm.ptr, %agga_S_re: !llvm.ptr, %aggb_S_re: !llvm.ptr, %carry_S_re: !llvm.ptr, %agga_S_im: !llvm.ptr, %aggb_S_im: !llvm.ptr, %carry_S_im: !llvm.ptr, %agga_t_pos: !llvm.ptr, %aggb_t_pos: !llvm.ptr, %carry_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
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
      %v38 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = arith.constant 64 : i64
      %v55 = arith.constant 0x00000000 : f32
      %v56 = arith.constant 63 : i64
      %v59 = arith.constant 0 : i64
      %v98 = arith.constant 2 : i64
      %v113 = arith.constant 3 : i64
      %v128 = arith.constant 4 : i64
      %v143 = arith.constant 5 : i64
      %v158 = arith.constant 6 : i64
      %v173 = arith.constant 7 : i64
      %v188 = arith.constant 8 : i64
      %v203 = arith.constant 9 : i64
      %v218 = arith.constant 10 : i64
      %v233 = arith.constant 11 : i64
      %v248 = arith.constant 12 : i64
      %v263 = arith.constant 13 : i64
      %v278 = arith.constant 14 : i64
      %v293 = arith.constant 15 : i64
      %v39 = gpu.block_id x
      %v40 = gpu.thread_id x
      %v41 = arith.index_cast %v40 : index to i64
      %v42 = arith.index_cast %v39 : index to i64
      %v44 = arith.muli %v42, %v43 : i64
      %v45 = arith.addi %v44, %v41 : i64
      %v46 = arith.cmpi slt, %v45, %v5 : i64
      %v47 = arith.subi %v5, %v2 : i64
      %v48 = arith.minsi %v45, %v47 : i64
      %v49 = arith.remui %v48, %size_DV : i64
      %v50 = arith.divui %v48, %size_DV : i64
      %v51 = arith.remui %v50, %size_H : i64
      %v52 = arith.divui %v50, %size_H : i64
      %v53 = arith.remui %v52, %size_B : i64
      %v54 = arith.divui %v52, %size_B : i64
      llvm.store %v55, %v6 : f32, !llvm.ptr
      llvm.store %v55, %v7 : f32, !llvm.ptr
      llvm.store %v55, %v8 : f32, !llvm.ptr
      llvm.store %v55, %v9 : f32, !llvm.ptr
      llvm.store %v55, %v10 : f32, !llvm.ptr
      llvm.store %v55, %v11 : f32, !llvm.ptr
      llvm.store %v55, %v12 : f32, !llvm.ptr
      llvm.store %v55, %v13 : f32, !llvm.ptr
      llvm.store %v55, %v14 : f32, !llvm.ptr
      llvm.store %v55, %v15 : f32, !llvm.ptr
      llvm.store %v55, %v16 : f32, !llvm.ptr
      llvm.store %v55, %v17 : f32, !llvm.ptr
      llvm.store %v55, %v18 : f32, !llvm.ptr
      llvm.store %v55, %v19 : f32, !llvm.ptr
      llvm.store %v55, %v20 : f32, !llvm.ptr
      llvm.store %v55, %v21 : f32, !llvm.ptr
      llvm.store %v55, %v22 : f32, !llvm.ptr
      llvm.store %v55, %v23 : f32, !llvm.ptr
      llvm.store %v55, %v24 : f32, !llvm.ptr
      llvm.store %v55, %v25 : f32, !llvm.ptr
      llvm.store %v55, %v26 : f32, !llvm.ptr
      llvm.store %v55, %v27 : f32, !llvm.ptr
      llvm.store %v55, %v28 : f32, !llvm.ptr
      llvm.store %v55, %v29 : f32, !llvm.ptr
      llvm.store %v55, %v30 : f32, !llvm.ptr
      llvm.store %v55, %v31 : f32, !llvm.ptr
      llvm.store %v55, %v32 : f32, !llvm.ptr
      llvm.store %v55, %v33 : f32, !llvm.ptr
      llvm.store %v55, %v34 : f32, !llvm.ptr
      llvm.store %v55, %v35 : f32, !llvm.ptr
      llvm.store %v55, %v36 : f32, !llvm.ptr
      llvm.store %v55, %v37 : f32, !llvm.ptr
      llvm.store %v55, %v38 : f32, !llvm.ptr
      %v57 = arith.addi %size_L, %v56 : i64
      %v58 = arith.divui %v57, %v43 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v46 {
        %v60 = arith.index_cast %v59 : i64 to index
        %v61 = arith.index_cast %v58 : i64 to index
        %v62 = arith.index_cast %v2 : i64 to index
        scf.for %v63 = %v60 to %v61 step %v62 {
          %v64 = arith.index_cast %v63 : index to i64
          %v65 = arith.muli %v64, %v5 : i64
          %v66 = arith.subi %v5, %v2 : i64
          %v67 = arith.minsi %v45, %v66 : i64
          %v68 = arith.addi %v65, %v67 : i64
          %v69 = arith.muli %v68, %v1 : i64
          %v70 = arith.addi %v69, %v59 : i64
          %v71 = llvm.load %v6 : !llvm.ptr -> f32
          %v72 = llvm.getelementptr %carry_S_re[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v71, %v72 : f32, !llvm.ptr
          %v73 = llvm.getelementptr %agga_S_re[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v74 = llvm.load %v73 : !llvm.ptr -> f32
          %v75 = llvm.getelementptr %aggb_S_re[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v76 = llvm.load %v75 : !llvm.ptr -> f32
          %v77 = arith.mulf %v74, %v71 fastmath<contract> : f32
          %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
          llvm.store %v78, %v6 : f32, !llvm.ptr
          %v79 = arith.muli %v64, %v5 : i64
          %v80 = arith.subi %v5, %v2 : i64
          %v81 = arith.minsi %v45, %v80 : i64
          %v82 = arith.addi %v79, %v81 : i64
          %v83 = arith.muli %v82, %v1 : i64
          %v84 = arith.addi %v83, %v2 : i64
          %v85 = llvm.load %v7 : !llvm.ptr -> f32
          %v86 = llvm.getelementptr %carry_S_re[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v85, %v86 : f32, !llvm.ptr
          %v87 = llvm.getelementptr %agga_S_re[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          %v89 = llvm.getelementptr %aggb_S_re[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v90 = llvm.load %v89 : !llvm.ptr -> f32
          %v91 = arith.mulf %v88, %v85 fastmath<contract> : f32
          %v92 = arith.addf %v91, %v90 fastmath<contract> : f32
          llvm.store %v92, %v7 : f32, !llvm.ptr
          %v93 = arith.muli %v64, %v5 : i64
          %v94 = arith.subi %v5, %v2 : i64
          %v95 = arith.minsi %v45, %v94 : i64
          %v96 = arith.addi %v93, %v95 : i64
          %v97 = arith.muli %v96, %v1 : i64
          %v99 = arith.addi %v97, %v98 : i64
          %v100 = llvm.load %v8 : !llvm.ptr -> f32
          %v101 = llvm.getelementptr %carry_S_re[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v100, %v101 : f32, !llvm.ptr
          %v102 = llvm.getelementptr %agga_S_re[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v103 = llvm.load %v102 : !llvm.ptr -> f32
          %v104 = llvm.getelementptr %aggb_S_re[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v105 = llvm.load %v104 : !llvm.ptr -> f32
          %v106 = arith.mulf %v103, %v100 fastmath<contract> : f32
          %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
          llvm.store %v107, %v8 : f32, !llvm.ptr
          %v108 = arith.muli %v64, %v5 : i64
          %v109 = arith.subi %v5, %v2 : i64
          %v110 = arith.minsi %v45, %v109 : i64
          %v111 = arith.addi %v108, %v110 : i64
          %v112 = arith.muli %v111, %v1 : i64
          %v114 = arith.addi %v112, %v113 : i64
          %v115 = llvm.load %v9 : !llvm.ptr -> f32
          %v116 = llvm.getelementptr %carry_S_re[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v115, %v116 : f32, !llvm.ptr
          %v117 = llvm.getelementptr %agga_S_re[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v118 = llvm.load %v117 : !llvm.ptr -> f32
          %v119 = llvm.getelementptr %aggb_S_re[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v120 = llvm.load %v119 : !llvm.ptr -> f32
          %v121 = arith.mulf %v118, %v115 fastmath<contract> : f32
          %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
          llvm.store %v122, %v9 : f32, !llvm.ptr
          %v123 = arith.muli %v64, %v5 : i64
          %v124 = arith.subi %v5, %v2 : i64
          %v125 = arith.minsi %v45, %v124 : i64
          %v126 = arith.addi %v123, %v125 : i64
          %v127 = arith.muli %v126, %v1 : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = llvm.load %v10 : !llvm.ptr -> f32
          %v131 = llvm.getelementptr %carry_S_re[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v130, %v131 : f32, !llvm.ptr
          %v132 = llvm.getelementptr %agga_S_re[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 : !llvm.ptr -> f32
          %v134 = llvm.getelementptr %aggb_S_re[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 : !llvm.ptr -> f32
          %v136 = arith.mulf %v133, %v130 fastmath<contract> : f32
          %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
          llvm.store %v137, %v10 : f32, !llvm.ptr
          %v138 = arith.muli %v64, %v5 : i64
          %v139 = arith.subi %v5, %v2 : i64
          %v140 = arith.minsi %v45, %v139 : i64
          %v141 = arith.addi %v138, %v140 : i64
          %v142 = arith.muli %v141, %v1 : i64
          %v144 = arith.addi %v142, %v143 : i64
          %v145 = llvm.load %v11 : !llvm.ptr -> f32
          %v146 = llvm.getelementptr %carry_S_re[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v145, %v146 : f32, !llvm.ptr
          %v147 = llvm.getelementptr %agga_S_re[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = llvm.getelementptr %aggb_S_re[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 : !llvm.ptr -> f32
          %v151 = arith.mulf %v148, %v145 fastmath<contract> : f32
          %v152 = arith.addf %v151, %v150 fastmath<contract> : f32
          llvm.store %v152, %v11 : f32, !llvm.ptr
          %v153 = arith.muli %v64, %v5 : i64
          %v154 = arith.subi %v5, %v2 : i64
          %v155 = arith.minsi %v45, %v154 : i64
          %v156 = arith.addi %v153, %v155 : i64
          %v157 = arith.muli %v156, %v1 : i64
          %v159 = arith.addi %v157, %v158 : i64
          %v160 = llvm.load %v12 : !llvm.ptr -> f32
          %v161 = llvm.getelementptr %carry_S_re[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v160, %v161 : f32, !llvm.ptr
          %v162 = llvm.getelementptr %agga_S_re[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          %v164 = llvm.getelementptr %aggb_S_re[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v165 = llvm.load %v164 : !llvm.ptr -> f32
          %v166 = arith.mulf %v163, %v160 fastmath<contract> : f32
          %v167 = arith.addf %v166, %v165 fastmath<contract> : f32
          llvm.store %v167, %v12 : f32, !llvm.ptr
          %v168 = arith.muli %v64, %v5 : i64
          %v169 = arith.subi %v5, %v2 : i64
          %v170 = arith.minsi %v45, %v169 : i64
          %v171 = arith.addi %v168, %v170 : i64
          %v172 = arith.muli %v171, %v1 : i64
          %v174 = arith.addi %v172, %v173 : i64
          %v175 = llvm.load %v13 : !llvm.ptr -> f32
          %v176 = llvm.getelementptr %carry_S_re[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v175, %v176 : f32, !llvm.ptr
          %v177 = llvm.getelementptr %agga_S_re[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v178 = llvm.load %v177 : !llvm.ptr -> f32
          %v179 = llvm.getelementptr %aggb_S_re[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v180 = llvm.load %v179 : !llvm.ptr -> f32
          %v181 = arith.mulf %v178, %v175 fastmath<contract> : f32
          %v182 = arith.addf %v181, %v180 fastmath<contract> : f32
          llvm.store %v182, %v13 : f32, !llvm.ptr
          %v183 = arith.muli %v64, %v5 : i64
          %v184 = arith.subi %v5, %v2 : i64
          %v185 = arith.minsi %v45, %v184 : i64
          %v186 = arith.addi %v183, %v185 : i64
          %v187 = arith.muli %v186, %v1 : i64
          %v189 = arith.addi %v187, %v188 : i64
          %v190 = llvm.load %v14 : !llvm.ptr -> f32
          %v191 = llvm.getelementptr %carry_S_re[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v190, %v191 : f32, !llvm.ptr
          %v192 = llvm.getelementptr %agga_S_re[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v193 = llvm.load %v192 : !llvm.ptr -> f32
          %v194 = llvm.getelementptr %aggb_S_re[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v195 = llvm.load %v194 : !llvm.ptr -> f32
          %v196 = arith.mulf %v193, %v190 fastmath<contract> : f32
          %v197 = arith.addf %v196, %v195 fastmath<contract> : f32
          llvm.store %v197, %v14 : f32, !llvm.ptr
          %v198 = arith.muli %v64, %v5 : i64
          %v199 = arith.subi %v5, %v2 : i64
          %v200 = arith.minsi %v45, %v199 : i64
          %v201 = arith.addi %v198, %v200 : i64
          %v202 = arith.muli %v201, %v1 : i64
          %v204 = arith.addi %v202, %v203 : i64
          %v205 = llvm.load %v15 : !llvm.ptr -> f32
          %v206 = llvm.getelementptr %carry_S_re[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v205, %v206 : f32, !llvm.ptr
          %v207 = llvm.getelementptr %agga_S_re[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v208 = llvm.load %v207 : !llvm.ptr -> f32
          %v209 = llvm.getelementptr %aggb_S_re[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v210 = llvm.load %v209 : !llvm.ptr -> f32
          %v211 = arith.mulf %v208, %v205 fastmath<contract> : f32
          %v212 = arith.addf %v211, %v210 fastmath<contract> : f32
          llvm.store %v212, %v15 : f32, !llvm.ptr
          %v213 = arith.muli %v64, %v5 : i64
          %v214 = arith.subi %v5, %v2 : i64
          %v215 = arith.minsi %v45, %v214 : i64
          %v216 = arith.addi %v213, %v215 : i64
          %v217 = arith.muli %v216, %v1 : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v220 = llvm.load %v16 : !llvm.ptr -> f32
          %v221 = llvm.getelementptr %carry_S_re[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v220, %v221 : f32, !llvm.ptr
          %v222 = llvm.getelementptr %agga_S_re[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v223 = llvm.load %v222 : !llvm.ptr -> f32
          %v224 = llvm.getelementptr %aggb_S_re[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v225 = llvm.load %v224 : !llvm.ptr -> f32
          %v226 = arith.mulf %v223, %v220 fastmath<contract> : f32
          %v227 = arith.addf %v226, %v225 fastmath<contract> : f32
          llvm.store %v227, %v16 : f32, !llvm.ptr
          %v228 = arith.muli %v64, %v5 : i64
          %v229 = arith.subi %v5, %v2 : i64
          %v230 = arith.minsi %v45, %v229 : i64
          %v231 = arith.addi %v228, %v230 : i64
          %v232 = arith.muli %v231, %v1 : i64
          %v234 = arith.addi %v232, %v233 : i64
          %v235 = llvm.load %v17 : !llvm.ptr -> f32
          %v236 = llvm.getelementptr %carry_S_re[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v235, %v236 : f32, !llvm.ptr
          %v237 = llvm.getelementptr %agga_S_re[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v238 = llvm.load %v237 : !llvm.ptr -> f32
          %v239 = llvm.getelementptr %aggb_S_re[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v240 = llvm.load %v239 : !llvm.ptr -> f32
          %v241 = arith.mulf %v238, %v235 fastmath<contract> : f32
          %v242 = arith.addf %v241, %v240 fastmath<contract> : f32
          llvm.store %v242, %v17 : f32, !llvm.ptr
          %v243 = arith.muli %v64, %v5 : i64
          %v244 = arith.subi %v5, %v2 : i64
          %v245 = arith.minsi %v45, %v244 : i64
          %v246 = arith.addi %v243, %v245 : i64
          %v247 = arith.muli %v246, %v1 : i64
          %v249 = arith.addi %v247, %v248 : i64
          %v250 = llvm.load %v18 : !llvm.ptr -> f32
          %v251 = llvm.getelementptr %carry_S_re[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v250, %v251 : f32, !llvm.ptr
          %v252 = llvm.getelementptr %agga_S_re[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v253 = llvm.load %v252 : !llvm.ptr -> f32
          %v254 = llvm.getelementptr %aggb_S_re[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v255 = llvm.load %v254 : !llvm.ptr -> f32
          %v256 = arith.mulf %v253, %v250 fastmath<contract> : f32
          %v257 = arith.addf %v256, %v255 fastmath<contract> : f32
          llvm.store %v257, %v18 : f32, !llvm.ptr
          %v258 = arith.muli %v64, %v5 : i64
          %v259 = arith.subi %v5, %v2 : i64
          %v260 = arith.minsi %v45, %v259 : i64
          %v261 = arith.addi %v258, %v260 : i64
          %v262 = arith.muli %v261, %v1 : i64
          %v264 = arith.addi %v262, %v263 : i64
          %v265 = llvm.load %v19 : !llvm.ptr -> f32
          %v266 = llvm.getelementptr %carry_S_re[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v265, %v266 : f32, !llvm.ptr
          %v267 = llvm.getelementptr %agga_S_re[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v268 = llvm.load %v267 : !llvm.ptr -> f32
          %v269 = llvm.getelementptr %aggb_S_re[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v270 = llvm.load %v269 : !llvm.ptr -> f32
          %v271 = arith.mulf %v268, %v265 fastmath<contract> : f32
          %v272 = arith.addf %v271, %v270 fastmath<contract> : f32
          llvm.store %v272, %v19 : f32, !llvm.ptr
          %v273 = arith.muli %v64, %v5 : i64
          %v274 = arith.subi %v5, %v2 : i64
          %v275 = arith.minsi %v45, %v274 : i64
          %v276 = arith.addi %v273, %v275 : i64
          %v277 = arith.muli %v276, %v1 : i64
          %v279 = arith.addi %v277, %v278 : i64
          %v280 = llvm.load %v20 : !llvm.ptr -> f32
          %v281 = llvm.getelementptr %carry_S_re[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v280, %v281 : f32, !llvm.ptr
          %v282 = llvm.getelementptr %agga_S_re[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v283 = llvm.load %v282 : !llvm.ptr -> f32
          %v284 = llvm.getelementptr %aggb_S_re[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v285 = llvm.load %v284 : !llvm.ptr -> f32
          %v286 = arith.mulf %v283, %v280 fastmath<contract> : f32
          %v287 = arith.addf %v286, %v285 fastmath<contract> : f32
          llvm.store %v287, %v20 : f32, !llvm.ptr
          %v288 = arith.muli %v64, %v5 : i64
          %v289 = arith.subi %v5, %v2 : i64
          %v290 = arith.minsi %v45, %v289 : i64
          %v291 = arith.addi %v288, %v290 : i64
          %v292 = arith.muli %v291, %v1 : i64
          %v294 = arith.addi %v292, %v293 : i64
          %v295 = llvm.load %v21 : !llvm.ptr -> f32
          %v296 = llvm.getelementptr %carry_S_re[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v295, %v296 : f32, !llvm.ptr
          %v297 = llvm.getelementptr %agga_S_re[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v298 = llvm.load %v297 : !llvm.ptr -> f32
          %v299 = llvm.getelementptr %aggb_S_re[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v300 = llvm.load %v299 : !llvm.ptr -> f32
          %v301 = arith.mulf %v298, %v295 fastmath<contract> : f32
          %v302 = arith.addf %v301, %v300 fastmath<contract> : f32
          llvm.store %v302, %v21 : f32, !llvm.ptr
          %v303 = arith.muli %v64, %v5 : i64
          %v304 = arith.subi %v5, %v2 : i64
          %v305 = arith.minsi %v45, %v304 : i64
          %v306 = arith.addi %v303, %v305 : i64
          %v307 = arith.muli %v306, %v1 : i64
          %v308 = arith.addi %v307, %v59 : i64
          %v309 = llvm.load %v22 : !llvm.ptr -> f32
          %v310 = llvm.getelementptr %carry_S_im[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v309, %v310 : f32, !llvm.ptr
          %v311 = llvm.getelementptr %agga_S_im[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v312 = llvm.load %v311 : !llvm.ptr -> f32
          %v313 = llvm.getelementptr %aggb_S_im[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v314 = llvm.load %v313 : !llvm.ptr -> f32
          %v315 = arith.mulf %v312, %v309 fastmath<contract> : f32
          %v316 = arith.addf %v315, %v314 fastmath<contract> : f32
          llvm.store %v316, %v22 : f32, !llvm.ptr
          %v317 = arith.muli %v64, %v5 : i64
          %v318 = arith.subi %v5, %v2 : i64
          %v319 = arith.minsi %v45, %v318 : i64
          %v320 = arith.addi %v317, %v319 : i64
          %v321 = arith.muli %v320, %v1 : i64
          %v322 = arith.addi %v321, %v2 : i64
          %v323 = llvm.load %v23 : !llvm.ptr -> f32
          %v324 = llvm.getelementptr %carry_S_im[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v323, %v324 : f32, !llvm.ptr
          %v325 = llvm.getelementptr %agga_S_im[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v326 = llvm.load %v325 : !llvm.ptr -> f32
          %v327 = llvm.getelementptr %aggb_S_im[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v328 = llvm.load %v327 : !llvm.ptr -> f32
          %v329 = arith.mulf %v326, %v323 fastmath<contract> : f32
          %v330 = arith.addf %v329, %v328 fastmath<contract> : f32
          llvm.store %v330, %v23 : f32, !llvm.ptr
          %v331 = arith.muli %v64, %v5 : i64
          %v332 = arith.subi %v5, %v2 : i64
          %v333 = arith.minsi %v45, %v332 : i64
          %v334 = arith.addi %v331, %v333 : i64
          %v335 = arith.muli %v334, %v1 : i64
          %v336 = arith.addi %v335, %v98 : i64
          %v337 = llvm.load %v24 : !llvm.ptr -> f32
          %v338 = llvm.getelementptr %carry_S_im[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v337, %v338 : f32, !llvm.ptr
          %v339 = llvm.getelementptr %agga_S_im[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v340 = llvm.load %v339 : !llvm.ptr -> f32
          %v341 = llvm.getelementptr %aggb_S_im[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v342 = llvm.load %v341 : !llvm.ptr -> f32
          %v343 = arith.mulf %v340, %v337 fastmath<contract> : f32
          %v344 = arith.addf %v343, %v342 fastmath<contract> : f32
          llvm.store %v344, %v24 : f32, !llvm.ptr
          %v345 = arith.muli %v64, %v5 : i64
          %v346 = arith.subi %v5, %v2 : i64
          %v347 = arith.minsi %v45, %v346 : i64
          %v348 = arith.addi %v345, %v347 : i64
          %v349 = arith.muli %v348, %v1 : i64
          %v350 = arith.addi %v349, %v113 : i64
          %v351 = llvm.load %v25 : !llvm.ptr -> f32
          %v352 = llvm.getelementptr %carry_S_im[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v351, %v352 : f32, !llvm.ptr
          %v353 = llvm.getelementptr %agga_S_im[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v354 = llvm.load %v353 : !llvm.ptr -> f32
          %v355 = llvm.getelementptr %aggb_S_im[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v356 = llvm.load %v355 : !llvm.ptr -> f32
          %v357 = arith.mulf %v354, %v351 fastmath<contract> : f32
          %v358 = arith.addf %v357, %v356 fastmath<contract> : f32
          llvm.store %v358, %v25 : f32, !llvm.ptr
          %v359 = arith.muli %v64, %v5 : i64
          %v360 = arith.subi %v5, %v2 : i64
          %v361 = arith.minsi %v45, %v360 : i64
          %v362 = arith.addi %v359, %v361 : i64
          %v363 = arith.muli %v362, %v1 : i64
          %v364 = arith.addi %v363, %v128 : i64
          %v365 = llvm.load %v26 : !llvm.ptr -> f32
          %v366 = llvm.getelementptr %carry_S_im[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v365, %v366 : f32, !llvm.ptr
          %v367 = llvm.getelementptr %agga_S_im[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v368 = llvm.load %v367 : !llvm.ptr -> f32
          %v369 = llvm.getelementptr %aggb_S_im[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v370 = llvm.load %v369 : !llvm.ptr -> f32
          %v371 = arith.mulf %v368, %v365 fastmath<contract> : f32
          %v372 = arith.addf %v371, %v370 fastmath<contract> : f32
          llvm.store %v372, %v26 : f32, !llvm.ptr
          %v373 = arith.muli %v64, %v5 : i64
          %v374 = arith.subi %v5, %v2 : i64
          %v375 = arith.minsi %v45, %v374 : i64
          %v376 = arith.addi %v373, %v375 : i64
          %v377 = arith.muli %v376, %v1 : i64
          %v378 = arith.addi %v377, %v143 : i64
          %v379 = llvm.load %v27 : !llvm.ptr -> f32
          %v380 = llvm.getelementptr %carry_S_im[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v379, %v380 : f32, !llvm.ptr
          %v381 = llvm.getelementptr %agga_S_im[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v382 = llvm.load %v381 : !llvm.ptr -> f32
          %v383 = llvm.getelementptr %aggb_S_im[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v384 = llvm.load %v383 : !llvm.ptr -> f32
          %v385 = arith.mulf %v382, %v379 fastmath<contract> : f32
          %v386 = arith.addf %v385, %v384 fastmath<contract> : f32
          llvm.store %v386, %v27 : f32, !llvm.ptr
          %v387 = arith.muli %v64, %v5 : i64
          %v388 = arith.subi %v5, %v2 : i64
          %v389 = arith.minsi %v45, %v388 : i64
          %v390 = arith.addi %v387, %v389 : i64
          %v391 = arith.muli %v390, %v1 : i64
          %v392 = arith.addi %v391, %v158 : i64
          %v393 = llvm.load %v28 : !llvm.ptr -> f32
          %v394 = llvm.getelementptr %carry_S_im[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v393, %v394 : f32, !llvm.ptr
          %v395 = llvm.getelementptr %agga_S_im[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v396 = llvm.load %v395 : !llvm.ptr -> f32
          %v397 = llvm.getelementptr %aggb_S_im[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v398 = llvm.load %v397 : !llvm.ptr -> f32
          %v399 = arith.mulf %v396, %v393 fastmath<contract> : f32
          %v400 = arith.addf %v399, %v398 fastmath<contract> : f32
          llvm.store %v400, %v28 : f32, !llvm.ptr
          %v401 = arith.muli %v64, %v5 : i64
          %v402 = arith.subi %v5, %v2 : i64
          %v403 = arith.minsi %v45, %v402 : i64
          %v404 = arith.addi %v401, %v403 : i64
          %v405 = arith.muli %v404, %v1 : i64
          %v406 = arith.addi %v405, %v173 : i64
          %v407 = llvm.load %v29 : !llvm.ptr -> f32
          %v408 = llvm.getelementptr %carry_S_im[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v407, %v408 : f32, !llvm.ptr
          %v409 = llvm.getelementptr %agga_S_im[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v410 = llvm.load %v409 : !llvm.ptr -> f32
          %v411 = llvm.getelementptr %aggb_S_im[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v412 = llvm.load %v411 : !llvm.ptr -> f32
          %v413 = arith.mulf %v410, %v407 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v412 fastmath<contract> : f32
          llvm.store %v414, %v29 : f32, !llvm.ptr
          %v415 = arith.muli %v64, %v5 : i64
          %v416 = arith.subi %v5, %v2 : i64
          %v417 = arith.minsi %v45, %v416 : i64
          %v418 = arith.addi %v415, %v417 : i64
          %v419 = arith.muli %v418, %v1 : i64
          %v420 = arith.addi %v419, %v188 : i64
          %v421 = llvm.load %v30 : !llvm.ptr -> f32
          %v422 = llvm.getelementptr %carry_S_im[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v421, %v422 : f32, !llvm.ptr
          %v423 = llvm.getelementptr %agga_S_im[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v424 = llvm.load %v423 : !llvm.ptr -> f32
          %v425 = llvm.getelementptr %aggb_S_im[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v426 = llvm.load %v425 : !llvm.ptr -> f32
          %v427 = arith.mulf %v424, %v421 fastmath<contract> : f32
          %v428 = arith.addf %v427, %v426 fastmath<contract> : f32
          llvm.store %v428, %v30 : f32, !llvm.ptr
          %v429 = arith.muli %v64, %v5 : i64
          %v430 = arith.subi %v5, %v2 : i64
          %v431 = arith.minsi %v45, %v430 : i64
          %v432 = arith.addi %v429, %v431 : i64
          %v433 = arith.muli %v432, %v1 : i64
          %v434 = arith.addi %v433, %v203 : i64
          %v435 = llvm.load %v31 : !llvm.ptr -> f32
          %v436 = llvm.getelementptr %carry_S_im[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v435, %v436 : f32, !llvm.ptr
          %v437 = llvm.getelementptr %agga_S_im[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v438 = llvm.load %v437 : !llvm.ptr -> f32
          %v439 = llvm.getelementptr %aggb_S_im[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v440 = llvm.load %v439 : !llvm.ptr -> f32
          %v441 = arith.mulf %v438, %v435 fastmath<contract> : f32
          %v442 = arith.addf %v441, %v440 fastmath<contract> : f32
          llvm.store %v442, %v31 : f32, !llvm.ptr
          %v443 = arith.muli %v64, %v5 : i64
          %v444 = arith.subi %v5, %v2 : i64
          %v445 = arith.minsi %v45, %v444 : i64
          %v446 = arith.addi %v443, %v445 : i64
          %v447 = arith.muli %v446, %v1 : i64
          %v448 = arith.addi %v447, %v218 : i64
          %v449 = llvm.load %v32 : !llvm.ptr -> f32
          %v450 = llvm.getelementptr %carry_S_im[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v449, %v450 : f32, !llvm.ptr
          %v451 = llvm.getelementptr %agga_S_im[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v452 = llvm.load %v451 : !llvm.ptr -> f32
          %v453 = llvm.getelementptr %aggb_S_im[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v454 = llvm.load %v453 : !llvm.ptr -> f32
          %v455 = arith.mulf %v452, %v449 fastmath<contract> : f32
          %v456 = arith.addf %v455, %v454 fastmath<contract> : f32
          llvm.store %v456, %v32 : f32, !llvm.ptr
          %v457 = arith.muli %v64, %v5 : i64
          %v458 = arith.subi %v5, %v2 : i64
          %v459 = arith.minsi %v45, %v458 : i64
          %v460 = arith.addi %v457, %v459 : i64
          %v461 = arith.muli %v460, %v1 : i64
          %v462 = arith.addi %v461, %v233 : i64
          %v463 = llvm.load %v33 : !llvm.ptr -> f32
          %v464 = llvm.getelementptr %carry_S_im[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v463, %v464 : f32, !llvm.ptr
          %v465 = llvm.getelementptr %agga_S_im[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v466 = llvm.load %v465 : !llvm.ptr -> f32
          %v467 = llvm.getelementptr %aggb_S_im[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v468 = llvm.load %v467 : !llvm.ptr -> f32
          %v469 = arith.mulf %v466, %v463 fastmath<contract> : f32
          %v470 = arith.addf %v469, %v468 fastmath<contract> : f32
          llvm.store %v470, %v33 : f32, !llvm.ptr
          %v471 = arith.muli %v64, %v5 : i64
          %v472 = arith.subi %v5, %v2 : i64
          %v473 = arith.minsi %v45, %v472 : i64
          %v474 = arith.addi %v471, %v473 : i64
          %v475 = arith.muli %v474, %v1 : i64
          %v476 = arith.addi %v475, %v248 : i64
          %v477 = llvm.load %v34 : !llvm.ptr -> f32
          %v478 = llvm.getelementptr %carry_S_im[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v477, %v478 : f32, !llvm.ptr
          %v479 = llvm.getelementptr %agga_S_im[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v480 = llvm.load %v479 : !llvm.ptr -> f32
          %v481 = llvm.getelementptr %aggb_S_im[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v482 = llvm.load %v481 : !llvm.ptr -> f32
          %v483 = arith.mulf %v480, %v477 fastmath<contract> : f32
          %v484 = arith.addf %v483, %v482 fastmath<contract> : f32
          llvm.store %v484, %v34 : f32, !llvm.ptr
          %v485 = arith.muli %v64, %v5 : i64
          %v486 = arith.subi %v5, %v2 : i64
          %v487 = arith.minsi %v45, %v486 : i64
          %v488 = arith.addi %v485, %v487 : i64
          %v489 = arith.muli %v488, %v1 : i64
          %v490 = arith.addi %v489, %v263 : i64
          %v491 = llvm.load %v35 : !llvm.ptr -> f32
          %v492 = llvm.getelementptr %carry_S_im[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v491, %v492 : f32, !llvm.ptr
          %v493 = llvm.getelementptr %agga_S_im[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v494 = llvm.load %v493 : !llvm.ptr -> f32
          %v495 = llvm.getelementptr %aggb_S_im[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v496 = llvm.load %v495 : !llvm.ptr -> f32
          %v497 = arith.mulf %v494, %v491 fastmath<contract> : f32
          %v498 = arith.addf %v497, %v496 fastmath<contract> : f32
          llvm.store %v498, %v35 : f32, !llvm.ptr
          %v499 = arith.muli %v64, %v5 : i64
          %v500 = arith.subi %v5, %v2 : i64
          %v501 = arith.minsi %v45, %v500 : i64
          %v502 = arith.addi %v499, %v501 : i64
          %v503 = arith.muli %v502, %v1 : i64
          %v504 = arith.addi %v503, %v278 : i64
          %v505 = llvm.load %v36 : !llvm.ptr -> f32
          %v506 = llvm.getelementptr %carry_S_im[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v505, %v506 : f32, !llvm.ptr
          %v507 = llvm.getelementptr %agga_S_im[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v508 = llvm.load %v507 : !llvm.ptr -> f32
          %v509 = llvm.getelementptr %aggb_S_im[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v510 = llvm.load %v509 : !llvm.ptr -> f32
          %v511 = arith.mulf %v508, %v505 fastmath<contract> : f32
          %v512 = arith.addf %v511, %v510 fastmath<contract> : f32
          llvm.store %v512, %v36 : f32, !llvm.ptr
          %v513 = arith.muli %v64, %v5 : i64
          %v514 = arith.subi %v5, %v2 : i64
          %v515 = arith.minsi %v45, %v514 : i64
          %v516 = arith.addi %v513, %v515 : i64
          %v517 = arith.muli %v516, %v1 : i64
          %v518 = arith.addi %v517, %v293 : i64
          %v519 = llvm.load %v37 : !llvm.ptr -> f32
          %v520 = llvm.getelementptr %carry_S_im[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v519, %v520 : f32, !llvm.ptr
          %v521 = llvm.getelementptr %agga_S_im[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v522 = llvm.load %v521 : !llvm.ptr -> f32
          %v523 = llvm.getelementptr %aggb_S_im[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v524 = llvm.load %v523 : !llvm.ptr -> f32
          %v525 = arith.mulf %v522, %v519 fastmath<contract> : f32
          %v526 = arith.addf %v525, %v524 fastmath<contract> : f32
          llvm.store %v526, %v37 : f32, !llvm.ptr
          %v527 = arith.muli %v64, %v5 : i64
          %v528 = arith.subi %v5, %v2 : i64
          %v529 = arith.minsi %v45, %v528 : i64
          %v530 = arith.addi %v527, %v529 : i64
          %v531 = arith.muli %v530, %v2 : i64
          %v532 = arith.addi %v531, %v59 : i64
          %v533 = llvm.load %v38 : !llvm.ptr -> f32
          %v534 = llvm.getelementptr %carry_t_pos[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v533, %v534 : f32, !llvm.ptr
          %v535 = llvm.getelementptr %agga_t_pos[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v536 = llvm.load %v535 : !llvm.ptr -> f32
          %v537 = llvm.getelementptr %aggb_t_pos[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v538 = llvm.load %v537 : !llvm.ptr -> f32
          %v539 = arith.mulf %v536, %v533 fastmath<contract> : f32
          %v540 = arith.addf %v539, %v538 fastmath<contract> : f32
          llvm.store %v540, %v38 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
