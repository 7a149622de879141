module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_chunk_carry(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %agga_C: !llvm.ptr, %aggb_C: !llvm.ptr, %carry_C: !llvm.ptr, %agga_n: !llvm.ptr, %aggb_n: !llvm.ptr, %carry_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
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
      %v41 = arith.constant 64 : i64
      %v53 = arith.constant 0x00000000 : f32
      %v54 = arith.constant 63 : i64
      %v57 = arith.constant 0 : i64
      %v95 = arith.constant 2 : i64
      %v110 = arith.constant 3 : i64
      %v125 = arith.constant 4 : i64
      %v140 = arith.constant 5 : i64
      %v155 = arith.constant 6 : i64
      %v170 = arith.constant 7 : i64
      %v185 = arith.constant 8 : i64
      %v200 = arith.constant 9 : i64
      %v215 = arith.constant 10 : i64
      %v230 = arith.constant 11 : i64
      %v245 = arith.constant 12 : i64
      %v260 = arith.constant 13 : i64
      %v275 = arith.constant 14 : i64
      %v290 = arith.constant 15 : i64
      %v37 = gpu.block_id x
      %v38 = gpu.thread_id x
      %v39 = arith.index_cast %v38 : index to i64
      %v40 = arith.index_cast %v37 : index to i64
      %v42 = arith.muli %v40, %v41 : i64
      %v43 = arith.addi %v42, %v39 : i64
      %v44 = arith.cmpi slt, %v43, %v4 : i64
      %v45 = arith.subi %v4, %v2 : i64
      %v46 = arith.minsi %v43, %v45 : i64
      %v47 = arith.remui %v46, %size_DV : i64
      %v48 = arith.divui %v46, %size_DV : i64
      %v49 = arith.remui %v48, %size_H : i64
      %v50 = arith.divui %v48, %size_H : i64
      %v51 = arith.remui %v50, %size_B : i64
      %v52 = arith.divui %v50, %size_B : i64
      llvm.store %v53, %v5 : f32, !llvm.ptr
      llvm.store %v53, %v6 : f32, !llvm.ptr
      llvm.store %v53, %v7 : f32, !llvm.ptr
      llvm.store %v53, %v8 : f32, !llvm.ptr
      llvm.store %v53, %v9 : f32, !llvm.ptr
      llvm.store %v53, %v10 : f32, !llvm.ptr
      llvm.store %v53, %v11 : f32, !llvm.ptr
      llvm.store %v53, %v12 : f32, !llvm.ptr
      llvm.store %v53, %v13 : f32, !llvm.ptr
      llvm.store %v53, %v14 : f32, !llvm.ptr
      llvm.store %v53, %v15 : f32, !llvm.ptr
      llvm.store %v53, %v16 : f32, !llvm.ptr
      llvm.store %v53, %v17 : f32, !llvm.ptr
      llvm.store %v53, %v18 : f32, !llvm.ptr
      llvm.store %v53, %v19 : f32, !llvm.ptr
      llvm.store %v53, %v20 : f32, !llvm.ptr
      llvm.store %v53, %v21 : f32, !llvm.ptr
      llvm.store %v53, %v22 : f32, !llvm.ptr
      llvm.store %v53, %v23 : f32, !llvm.ptr
      llvm.store %v53, %v24 : f32, !llvm.ptr
      llvm.store %v53, %v25 : f32, !llvm.ptr
      llvm.store %v53, %v26 : f32, !llvm.ptr
      llvm.store %v53, %v27 : f32, !llvm.ptr
      llvm.store %v53, %v28 : f32, !llvm.ptr
      llvm.store %v53, %v29 : f32, !llvm.ptr
      llvm.store %v53, %v30 : f32, !llvm.ptr
      llvm.store %v53, %v31 : f32, !llvm.ptr
      llvm.store %v53, %v32 : f32, !llvm.ptr
      llvm.store %v53, %v33 : f32, !llvm.ptr
      llvm.store %v53, %v34 : f32, !llvm.ptr
      llvm.store %v53, %v35 : f32, !llvm.ptr
      llvm.store %v53, %v36 : f32, !llvm.ptr
      %v55 = arith.addi %size_L, %v54 : i64
      %v56 = arith.divui %v55, %v41 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v44 {
        %v58 = arith.index_cast %v57 : i64 to index
        %v59 = arith.index_cast %v56 : i64 to index
        %v60 = arith.index_cast %v2 : i64 to index
        scf.for %v61 = %v58 to %v59 step %v60 {
          %v62 = arith.index_cast %v61 : index to i64
          %v63 = arith.muli %v62, %v4 : i64
          %v64 = arith.subi %v4, %v2 : i64
          %v65 = arith.minsi %v43, %v64 : i64
          %v66 = arith.addi %v63, %v65 : i64
          %v67 = arith.muli %v66, %v1 : i64
          %v68 = llvm.load %v5 : !llvm.ptr -> f32
          %v69 = llvm.getelementptr %carry_C[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v68, %v69 : f32, !llvm.ptr
          %v70 = llvm.getelementptr %agga_C[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 : !llvm.ptr -> f32
          %v72 = llvm.getelementptr %aggb_C[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v73 = llvm.load %v72 : !llvm.ptr -> f32
          %v74 = arith.mulf %v71, %v68 fastmath<contract> : f32
          %v75 = arith.addf %v74, %v73 fastmath<contract> : f32
          llvm.store %v75, %v5 : f32, !llvm.ptr
          %v76 = arith.muli %v62, %v4 : i64
          %v77 = arith.subi %v4, %v2 : i64
          %v78 = arith.minsi %v43, %v77 : i64
          %v79 = arith.addi %v76, %v78 : i64
          %v80 = arith.muli %v79, %v1 : i64
          %v81 = arith.addi %v80, %v2 : i64
          %v82 = llvm.load %v6 : !llvm.ptr -> f32
          %v83 = llvm.getelementptr %carry_C[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v82, %v83 : f32, !llvm.ptr
          %v84 = llvm.getelementptr %agga_C[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v85 = llvm.load %v84 : !llvm.ptr -> f32
          %v86 = llvm.getelementptr %aggb_C[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v87 = llvm.load %v86 : !llvm.ptr -> f32
          %v88 = arith.mulf %v85, %v82 fastmath<contract> : f32
          %v89 = arith.addf %v88, %v87 fastmath<contract> : f32
          llvm.store %v89, %v6 : f32, !llvm.ptr
          %v90 = arith.muli %v62, %v4 : i64
          %v91 = arith.subi %v4, %v2 : i64
          %v92 = arith.minsi %v43, %v91 : i64
          %v93 = arith.addi %v90, %v92 : i64
          %v94 = arith.muli %v93, %v1 : i64
          %v96 = arith.addi %v94, %v95 : i64
          %v97 = llvm.load %v7 : !llvm.ptr -> f32
          %v98 = llvm.getelementptr %carry_C[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v97, %v98 : f32, !llvm.ptr
          %v99 = llvm.getelementptr %agga_C[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v100 = llvm.load %v99 : !llvm.ptr -> f32
          %v101 = llvm.getelementptr %aggb_C[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v102 = llvm.load %v101 : !llvm.ptr -> f32
          %v103 = arith.mulf %v100, %v97 fastmath<contract> : f32
          %v104 = arith.addf %v103, %v102 fastmath<contract> : f32
          llvm.store %v104, %v7 : f32, !llvm.ptr
          %v105 = arith.muli %v62, %v4 : i64
          %v106 = arith.subi %v4, %v2 : i64
          %v107 = arith.minsi %v43, %v106 : i64
          %v108 = arith.addi %v105, %v107 : i64
          %v109 = arith.muli %v108, %v1 : i64
          %v111 = arith.addi %v109, %v110 : i64
          %v112 = llvm.load %v8 : !llvm.ptr -> f32
          %v113 = llvm.getelementptr %carry_C[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v112, %v113 : f32, !llvm.ptr
          %v114 = llvm.getelementptr %agga_C[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v115 = llvm.load %v114 : !llvm.ptr -> f32
          %v116 = llvm.getelementptr %aggb_C[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          %v118 = arith.mulf %v115, %v112 fastmath<contract> : f32
          %v119 = arith.addf %v118, %v117 fastmath<contract> : f32
          llvm.store %v119, %v8 : f32, !llvm.ptr
          %v120 = arith.muli %v62, %v4 : i64
          %v121 = arith.subi %v4, %v2 : i64
          %v122 = arith.minsi %v43, %v121 : i64
          %v123 = arith.addi %v120, %v122 : i64
          %v124 = arith.muli %v123, %v1 : i64
          %v126 = arith.addi %v124, %v125 : i64
          %v127 = llvm.load %v9 : !llvm.ptr -> f32
          %v128 = llvm.getelementptr %carry_C[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v127, %v128 : f32, !llvm.ptr
          %v129 = llvm.getelementptr %agga_C[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v130 = llvm.load %v129 : !llvm.ptr -> f32
          %v131 = llvm.getelementptr %aggb_C[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v132 = llvm.load %v131 : !llvm.ptr -> f32
          %v133 = arith.mulf %v130, %v127 fastmath<contract> : f32
          %v134 = arith.addf %v133, %v132 fastmath<contract> : f32
          llvm.store %v134, %v9 : f32, !llvm.ptr
          %v135 = arith.muli %v62, %v4 : i64
          %v136 = arith.subi %v4, %v2 : i64
          %v137 = arith.minsi %v43, %v136 : i64
          %v138 = arith.addi %v135, %v137 : i64
          %v139 = arith.muli %v138, %v1 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = llvm.load %v10 : !llvm.ptr -> f32
          %v143 = llvm.getelementptr %carry_C[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v142, %v143 : f32, !llvm.ptr
          %v144 = llvm.getelementptr %agga_C[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 : !llvm.ptr -> f32
          %v146 = llvm.getelementptr %aggb_C[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 : !llvm.ptr -> f32
          %v148 = arith.mulf %v145, %v142 fastmath<contract> : f32
          %v149 = arith.addf %v148, %v147 fastmath<contract> : f32
          llvm.store %v149, %v10 : f32, !llvm.ptr
          %v150 = arith.muli %v62, %v4 : i64
          %v151 = arith.subi %v4, %v2 : i64
          %v152 = arith.minsi %v43, %v151 : i64
          %v153 = arith.addi %v150, %v152 : i64
          %v154 = arith.muli %v153, %v1 : i64
          %v156 = arith.addi %v154, %v155 : i64
          %v157 = llvm.load %v11 : !llvm.ptr -> f32
          %v158 = llvm.getelementptr %carry_C[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v157, %v158 : f32, !llvm.ptr
          %v159 = llvm.getelementptr %agga_C[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v160 = llvm.load %v159 : !llvm.ptr -> f32
          %v161 = llvm.getelementptr %aggb_C[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v162 = llvm.load %v161 : !llvm.ptr -> f32
          %v163 = arith.mulf %v160, %v157 fastmath<contract> : f32
          %v164 = arith.addf %v163, %v162 fastmath<contract> : f32
          llvm.store %v164, %v11 : f32, !llvm.ptr
          %v165 = arith.muli %v62, %v4 : i64
          %v166 = arith.subi %v4, %v2 : i64
          %v167 = arith.minsi %v43, %v166 : i64
          %v168 = arith.addi %v165, %v167 : i64
          %v169 = arith.muli %v168, %v1 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = llvm.load %v12 : !llvm.ptr -> f32
          %v173 = llvm.getelementptr %carry_C[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v172, %v173 : f32, !llvm.ptr
          %v174 = llvm.getelementptr %agga_C[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v175 = llvm.load %v174 : !llvm.ptr -> f32
          %v176 = llvm.getelementptr %aggb_C[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 : !llvm.ptr -> f32
          %v178 = arith.mulf %v175, %v172 fastmath<contract> : f32
          %v179 = arith.addf %v178, %v177 fastmath<contract> : f32
          llvm.store %v179, %v12 : f32, !llvm.ptr
          %v180 = arith.muli %v62, %v4 : i64
          %v181 = arith.subi %v4, %v2 : i64
          %v182 = arith.minsi %v43, %v181 : i64
          %v183 = arith.addi %v180, %v182 : i64
          %v184 = arith.muli %v183, %v1 : i64
          %v186 = arith.addi %v184, %v185 : i64
          %v187 = llvm.load %v13 : !llvm.ptr -> f32
          %v188 = llvm.getelementptr %carry_C[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v187, %v188 : f32, !llvm.ptr
          %v189 = llvm.getelementptr %agga_C[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v190 = llvm.load %v189 : !llvm.ptr -> f32
          %v191 = llvm.getelementptr %aggb_C[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = arith.mulf %v190, %v187 fastmath<contract> : f32
          %v194 = arith.addf %v193, %v192 fastmath<contract> : f32
          llvm.store %v194, %v13 : f32, !llvm.ptr
          %v195 = arith.muli %v62, %v4 : i64
          %v196 = arith.subi %v4, %v2 : i64
          %v197 = arith.minsi %v43, %v196 : i64
          %v198 = arith.addi %v195, %v197 : i64
          %v199 = arith.muli %v198, %v1 : i64
          %v201 = arith.addi %v199, %v200 : i64
          %v202 = llvm.load %v14 : !llvm.ptr -> f32
          %v203 = llvm.getelementptr %carry_C[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v202, %v203 : f32, !llvm.ptr
          %v204 = llvm.getelementptr %agga_C[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 : !llvm.ptr -> f32
          %v206 = llvm.getelementptr %aggb_C[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = arith.mulf %v205, %v202 fastmath<contract> : f32
          %v209 = arith.addf %v208, %v207 fastmath<contract> : f32
          llvm.store %v209, %v14 : f32, !llvm.ptr
          %v210 = arith.muli %v62, %v4 : i64
          %v211 = arith.subi %v4, %v2 : i64
          %v212 = arith.minsi %v43, %v211 : i64
          %v213 = arith.addi %v210, %v212 : i64
          %v214 = arith.muli %v213, %v1 : i64
          %v216 = arith.addi %v214, %v215 : i64
          %v217 = llvm.load %v15 : !llvm.ptr -> f32
          %v218 = llvm.getelementptr %carry_C[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v217, %v218 : f32, !llvm.ptr
          %v219 = llvm.getelementptr %agga_C[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v220 = llvm.load %v219 : !llvm.ptr -> f32
          %v221 = llvm.getelementptr %aggb_C[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v222 = llvm.load %v221 : !llvm.ptr -> f32
          %v223 = arith.mulf %v220, %v217 fastmath<contract> : f32
          %v224 = arith.addf %v223, %v222 fastmath<contract> : f32
          llvm.store %v224, %v15 : f32, !llvm.ptr
          %v225 = arith.muli %v62, %v4 : i64
          %v226 = arith.subi %v4, %v2 : i64
          %v227 = arith.minsi %v43, %v226 : i64
          %v228 = arith.addi %v225, %v227 : i64
          %v229 = arith.muli %v228, %v1 : i64
          %v231 = arith.addi %v229, %v230 : i64
          %v232 = llvm.load %v16 : !llvm.ptr -> f32
          %v233 = llvm.getelementptr %carry_C[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v232, %v233 : f32, !llvm.ptr
          %v234 = llvm.getelementptr %agga_C[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v235 = llvm.load %v234 : !llvm.ptr -> f32
          %v236 = llvm.getelementptr %aggb_C[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v237 = llvm.load %v236 : !llvm.ptr -> f32
          %v238 = arith.mulf %v235, %v232 fastmath<contract> : f32
          %v239 = arith.addf %v238, %v237 fastmath<contract> : f32
          llvm.store %v239, %v16 : f32, !llvm.ptr
          %v240 = arith.muli %v62, %v4 : i64
          %v241 = arith.subi %v4, %v2 : i64
          %v242 = arith.minsi %v43, %v241 : i64
          %v243 = arith.addi %v240, %v242 : i64
          %v244 = arith.muli %v243, %v1 : i64
          %v246 = arith.addi %v244, %v245 : i64
          %v247 = llvm.load %v17 : !llvm.ptr -> f32
          %v248 = llvm.getelementptr %carry_C[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v247, %v248 : f32, !llvm.ptr
          %v249 = llvm.getelementptr %agga_C[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v250 = llvm.load %v249 : !llvm.ptr -> f32
          %v251 = llvm.getelementptr %aggb_C[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = arith.mulf %v250, %v247 fastmath<contract> : f32
          %v254 = arith.addf %v253, %v252 fastmath<contract> : f32
          llvm.store %v254, %v17 : f32, !llvm.ptr
          %v255 = arith.muli %v62, %v4 : i64
          %v256 = arith.subi %v4, %v2 : i64
          %v257 = arith.minsi %v43, %v256 : i64
          %v258 = arith.addi %v255, %v257 : i64
          %v259 = arith.muli %v258, %v1 : i64
          %v261 = arith.addi %v259, %v260 : i64
          %v262 = llvm.load %v18 : !llvm.ptr -> f32
          %v263 = llvm.getelementptr %carry_C[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v262, %v263 : f32, !llvm.ptr
          %v264 = llvm.getelementptr %agga_C[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v265 = llvm.load %v264 : !llvm.ptr -> f32
          %v266 = llvm.getelementptr %aggb_C[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = arith.mulf %v265, %v262 fastmath<contract> : f32
          %v269 = arith.addf %v268, %v267 fastmath<contract> : f32
          llvm.store %v269, %v18 : f32, !llvm.ptr
          %v270 = arith.muli %v62, %v4 : i64
          %v271 = arith.subi %v4, %v2 : i64
          %v272 = arith.minsi %v43, %v271 : i64
          %v273 = arith.addi %v270, %v272 : i64
          %v274 = arith.muli %v273, %v1 : i64
          %v276 = arith.addi %v274, %v275 : i64
          %v277 = llvm.load %v19 : !llvm.ptr -> f32
          %v278 = llvm.getelementptr %carry_C[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v277, %v278 : f32, !llvm.ptr
          %v279 = llvm.getelementptr %agga_C[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v280 = llvm.load %v279 : !llvm.ptr -> f32
          %v281 = llvm.getelementptr %aggb_C[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v282 = llvm.load %v281 : !llvm.ptr -> f32
          %v283 = arith.mulf %v280, %v277 fastmath<contract> : f32
          %v284 = arith.addf %v283, %v282 fastmath<contract> : f32
          llvm.store %v284, %v19 : f32, !llvm.ptr
          %v285 = arith.muli %v62, %v4 : i64
          %v286 = arith.subi %v4, %v2 : i64
          %v287 = arith.minsi %v43, %v286 : i64
          %v288 = arith.addi %v285, %v287 : i64
          %v289 = arith.muli %v288, %v1 : i64
          %v291 = arith.addi %v289, %v290 : i64
          %v292 = llvm.load %v20 : !llvm.ptr -> f32
          %v293 = llvm.getelementptr %carry_C[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v292, %v293 : f32, !llvm.ptr
          %v294 = llvm.getelementptr %agga_C[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v295 = llvm.load %v294 : !llvm.ptr -> f32
          %v296 = llvm.getelementptr %aggb_C[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v297 = llvm.load %v296 : !llvm.ptr -> f32
          %v298 = arith.mulf %v295, %v292 fastmath<contract> : f32
          %v299 = arith.addf %v298, %v297 fastmath<contract> : f32
          llvm.store %v299, %v20 : f32, !llvm.ptr
          %v300 = arith.muli %v62, %v4 : i64
          %v301 = arith.subi %v4, %v2 : i64
          %v302 = arith.minsi %v43, %v301 : i64
          %v303 = arith.addi %v300, %v302 : i64
          %v304 = arith.muli %v303, %v1 : i64
          %v305 = llvm.load %v21 : !llvm.ptr -> f32
          %v306 = llvm.getelementptr %carry_n[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v305, %v306 : f32, !llvm.ptr
          %v307 = llvm.getelementptr %agga_n[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v308 = llvm.load %v307 : !llvm.ptr -> f32
          %v309 = llvm.getelementptr %aggb_n[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v310 = llvm.load %v309 : !llvm.ptr -> f32
          %v311 = arith.mulf %v308, %v305 fastmath<contract> : f32
          %v312 = arith.addf %v311, %v310 fastmath<contract> : f32
          llvm.store %v312, %v21 : f32, !llvm.ptr
          %v313 = arith.muli %v62, %v4 : i64
          %v314 = arith.subi %v4, %v2 : i64
          %v315 = arith.minsi %v43, %v314 : i64
          %v316 = arith.addi %v313, %v315 : i64
          %v317 = arith.muli %v316, %v1 : i64
          %v318 = arith.addi %v317, %v2 : i64
          %v319 = llvm.load %v22 : !llvm.ptr -> f32
          %v320 = llvm.getelementptr %carry_n[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v319, %v320 : f32, !llvm.ptr
          %v321 = llvm.getelementptr %agga_n[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v322 = llvm.load %v321 : !llvm.ptr -> f32
          %v323 = llvm.getelementptr %aggb_n[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v324 = llvm.load %v323 : !llvm.ptr -> f32
          %v325 = arith.mulf %v322, %v319 fastmath<contract> : f32
          %v326 = arith.addf %v325, %v324 fastmath<contract> : f32
          llvm.store %v326, %v22 : f32, !llvm.ptr
          %v327 = arith.muli %v62, %v4 : i64
          %v328 = arith.subi %v4, %v2 : i64
          %v329 = arith.minsi %v43, %v328 : i64
          %v330 = arith.addi %v327, %v329 : i64
          %v331 = arith.muli %v330, %v1 : i64
          %v332 = arith.addi %v331, %v95 : i64
          %v333 = llvm.load %v23 : !llvm.ptr -> f32
          %v334 = llvm.getelementptr %carry_n[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v333, %v334 : f32, !llvm.ptr
          %v335 = llvm.getelementptr %agga_n[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v336 = llvm.load %v335 : !llvm.ptr -> f32
          %v337 = llvm.getelementptr %aggb_n[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v338 = llvm.load %v337 : !llvm.ptr -> f32
          %v339 = arith.mulf %v336, %v333 fastmath<contract> : f32
          %v340 = arith.addf %v339, %v338 fastmath<contract> : f32
          llvm.store %v340, %v23 : f32, !llvm.ptr
          %v341 = arith.muli %v62, %v4 : i64
          %v342 = arith.subi %v4, %v2 : i64
          %v343 = arith.minsi %v43, %v342 : i64
          %v344 = arith.addi %v341, %v343 : i64
          %v345 = arith.muli %v344, %v1 : i64
          %v346 = arith.addi %v345, %v110 : i64
          %v347 = llvm.load %v24 : !llvm.ptr -> f32
          %v348 = llvm.getelementptr %carry_n[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v347, %v348 : f32, !llvm.ptr
          %v349 = llvm.getelementptr %agga_n[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v350 = llvm.load %v349 : !llvm.ptr -> f32
          %v351 = llvm.getelementptr %aggb_n[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v352 = llvm.load %v351 : !llvm.ptr -> f32
          %v353 = arith.mulf %v350, %v347 fastmath<contract> : f32
          %v354 = arith.addf %v353, %v352 fastmath<contract> : f32
          llvm.store %v354, %v24 : f32, !llvm.ptr
          %v355 = arith.muli %v62, %v4 : i64
          %v356 = arith.subi %v4, %v2 : i64
          %v357 = arith.minsi %v43, %v356 : i64
          %v358 = arith.addi %v355, %v357 : i64
          %v359 = arith.muli %v358, %v1 : i64
          %v360 = arith.addi %v359, %v125 : i64
          %v361 = llvm.load %v25 : !llvm.ptr -> f32
          %v362 = llvm.getelementptr %carry_n[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v361, %v362 : f32, !llvm.ptr
          %v363 = llvm.getelementptr %agga_n[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v364 = llvm.load %v363 : !llvm.ptr -> f32
          %v365 = llvm.getelementptr %aggb_n[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v366 = llvm.load %v365 : !llvm.ptr -> f32
          %v367 = arith.mulf %v364, %v361 fastmath<contract> : f32
          %v368 = arith.addf %v367, %v366 fastmath<contract> : f32
          llvm.store %v368, %v25 : f32, !llvm.ptr
          %v369 = arith.muli %v62, %v4 : i64
          %v370 = arith.subi %v4, %v2 : i64
          %v371 = arith.minsi %v43, %v370 : i64
          %v372 = arith.addi %v369, %v371 : i64
          %v373 = arith.muli %v372, %v1 : i64
          %v374 = arith.addi %v373, %v140 : i64
          %v375 = llvm.load %v26 : !llvm.ptr -> f32
          %v376 = llvm.getelementptr %carry_n[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v375, %v376 : f32, !llvm.ptr
          %v377 = llvm.getelementptr %agga_n[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v378 = llvm.load %v377 : !llvm.ptr -> f32
          %v379 = llvm.getelementptr %aggb_n[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v380 = llvm.load %v379 : !llvm.ptr -> f32
          %v381 = arith.mulf %v378, %v375 fastmath<contract> : f32
          %v382 = arith.addf %v381, %v380 fastmath<contract> : f32
          llvm.store %v382, %v26 : f32, !llvm.ptr
          %v383 = arith.muli %v62, %v4 : i64
          %v384 = arith.subi %v4, %v2 : i64
          %v385 = arith.minsi %v43, %v384 : i64
          %v386 = arith.addi %v383, %v385 : i64
          %v387 = arith.muli %v386, %v1 : i64
          %v388 = arith.addi %v387, %v155 : i64
          %v389 = llvm.load %v27 : !llvm.ptr -> f32
          %v390 = llvm.getelementptr %carry_n[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v389, %v390 : f32, !llvm.ptr
          %v391 = llvm.getelementptr %agga_n[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v392 = llvm.load %v391 : !llvm.ptr -> f32
          %v393 = llvm.getelementptr %aggb_n[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v394 = llvm.load %v393 : !llvm.ptr -> f32
          %v395 = arith.mulf %v392, %v389 fastmath<contract> : f32
          %v396 = arith.addf %v395, %v394 fastmath<contract> : f32
          llvm.store %v396, %v27 : f32, !llvm.ptr
          %v397 = arith.muli %v62, %v4 : i64
          %v398 = arith.subi %v4, %v2 : i64
          %v399 = arith.minsi %v43, %v398 : i64
          %v400 = arith.addi %v397, %v399 : i64
          %v401 = arith.muli %v400, %v1 : i64
          %v402 = arith.addi %v401, %v170 : i64
          %v403 = llvm.load %v28 : !llvm.ptr -> f32
          %v404 = llvm.getelementptr %carry_n[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v403, %v404 : f32, !llvm.ptr
          %v405 = llvm.getelementptr %agga_n[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v406 = llvm.load %v405 : !llvm.ptr -> f32
          %v407 = llvm.getelementptr %aggb_n[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v408 = llvm.load %v407 : !llvm.ptr -> f32
          %v409 = arith.mulf %v406, %v403 fastmath<contract> : f32
          %v410 = arith.addf %v409, %v408 fastmath<contract> : f32
          llvm.store %v410, %v28 : f32, !llvm.ptr
          %v411 = arith.muli %v62, %v4 : i64
          %v412 = arith.subi %v4, %v2 : i64
          %v413 = arith.minsi %v43, %v412 : i64
          %v414 = arith.addi %v411, %v413 : i64
          %v415 = arith.muli %v414, %v1 : i64
          %v416 = arith.addi %v415, %v185 : i64
          %v417 = llvm.load %v29 : !llvm.ptr -> f32
          %v418 = llvm.getelementptr %carry_n[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v417, %v418 : f32, !llvm.ptr
          %v419 = llvm.getelementptr %agga_n[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v420 = llvm.load %v419 : !llvm.ptr -> f32
          %v421 = llvm.getelementptr %aggb_n[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v422 = llvm.load %v421 : !llvm.ptr -> f32
          %v423 = arith.mulf %v420, %v417 fastmath<contract> : f32
          %v424 = arith.addf %v423, %v422 fastmath<contract> : f32
          llvm.store %v424, %v29 : f32, !llvm.ptr
          %v425 = arith.muli %v62, %v4 : i64
          %v426 = arith.subi %v4, %v2 : i64
          %v427 = arith.minsi %v43, %v426 : i64
          %v428 = arith.addi %v425, %v427 : i64
          %v429 = arith.muli %v428, %v1 : i64
          %v430 = arith.addi %v429, %v200 : i64
          %v431 = llvm.load %v30 : !llvm.ptr -> f32
          %v432 = llvm.getelementptr %carry_n[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v431, %v432 : f32, !llvm.ptr
          %v433 = llvm.getelementptr %agga_n[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v434 = llvm.load %v433 : !llvm.ptr -> f32
          %v435 = llvm.getelementptr %aggb_n[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v436 = llvm.load %v435 : !llvm.ptr -> f32
          %v437 = arith.mulf %v434, %v431 fastmath<contract> : f32
          %v438 = arith.addf %v437, %v436 fastmath<contract> : f32
          llvm.store %v438, %v30 : f32, !llvm.ptr
          %v439 = arith.muli %v62, %v4 : i64
          %v440 = arith.subi %v4, %v2 : i64
          %v441 = arith.minsi %v43, %v440 : i64
          %v442 = arith.addi %v439, %v441 : i64
          %v443 = arith.muli %v442, %v1 : i64
          %v444 = arith.addi %v443, %v215 : i64
          %v445 = llvm.load %v31 : !llvm.ptr -> f32
          %v446 = llvm.getelementptr %carry_n[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v445, %v446 : f32, !llvm.ptr
          %v447 = llvm.getelementptr %agga_n[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v448 = llvm.load %v447 : !llvm.ptr -> f32
          %v449 = llvm.getelementptr %aggb_n[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v450 = llvm.load %v449 : !llvm.ptr -> f32
          %v451 = arith.mulf %v448, %v445 fastmath<contract> : f32
          %v452 = arith.addf %v451, %v450 fastmath<contract> : f32
          llvm.store %v452, %v31 : f32, !llvm.ptr
          %v453 = arith.muli %v62, %v4 : i64
          %v454 = arith.subi %v4, %v2 : i64
          %v455 = arith.minsi %v43, %v454 : i64
          %v456 = arith.addi %v453, %v455 : i64
          %v457 = arith.muli %v456, %v1 : i64
          %v458 = arith.addi %v457, %v230 : i64
          %v459 = llvm.load %v32 : !llvm.ptr -> f32
          %v460 = llvm.getelementptr %carry_n[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v459, %v460 : f32, !llvm.ptr
          %v461 = llvm.getelementptr %agga_n[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v462 = llvm.load %v461 : !llvm.ptr -> f32
          %v463 = llvm.getelementptr %aggb_n[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v464 = llvm.load %v463 : !llvm.ptr -> f32
          %v465 = arith.mulf %v462, %v459 fastmath<contract> : f32
          %v466 = arith.addf %v465, %v464 fastmath<contract> : f32
          llvm.store %v466, %v32 : f32, !llvm.ptr
          %v467 = arith.muli %v62, %v4 : i64
          %v468 = arith.subi %v4, %v2 : i64
          %v469 = arith.minsi %v43, %v468 : i64
          %v470 = arith.addi %v467, %v469 : i64
          %v471 = arith.muli %v470, %v1 : i64
          %v472 = arith.addi %v471, %v245 : i64
          %v473 = llvm.load %v33 : !llvm.ptr -> f32
          %v474 = llvm.getelementptr %carry_n[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v473, %v474 : f32, !llvm.ptr
          %v475 = llvm.getelementptr %agga_n[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v476 = llvm.load %v475 : !llvm.ptr -> f32
          %v477 = llvm.getelementptr %aggb_n[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v478 = llvm.load %v477 : !llvm.ptr -> f32
          %v479 = arith.mulf %v476, %v473 fastmath<contract> : f32
          %v480 = arith.addf %v479, %v478 fastmath<contract> : f32
          llvm.store %v480, %v33 : f32, !llvm.ptr
          %v481 = arith.muli %v62, %v4 : i64
          %v482 = arith.subi %v4, %v2 : i64
          %v483 = arith.minsi %v43, %v482 : i64
          %v484 = arith.addi %v481, %v483 : i64
          %v485 = arith.muli %v484, %v1 : i64
          %v486 = arith.addi %v485, %v260 : i64
          %v487 = llvm.load %v34 : !llvm.ptr -> f32
          %v488 = llvm.getelementptr %carry_n[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v487, %v488 : f32, !llvm.ptr
          %v489 = llvm.getelementptr %agga_n[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v490 = llvm.load %v489 : !llvm.ptr -> f32
          %v491 = llvm.getelementptr %aggb_n[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v492 = llvm.load %v491 : !llvm.ptr -> f32
          %v493 = arith.mulf %v490, %v487 fastmath<contract> : f32
          %v494 = arith.addf %v493, %v492 fastmath<contract> : f32
          llvm.store %v494, %v34 : f32, !llvm.ptr
          %v495 = arith.muli %v62, %v4 : i64
          %v496 = arith.subi %v4, %v2 : i64
          %v497 = arith.minsi %v43, %v496 : i64
          %v498 = arith.addi %v495, %v497 : i64
          %v499 = arith.muli %v498, %v1 : i64
          %v500 = arith.addi %v499, %v275 : i64
          %v501 = llvm.load %v35 : !llvm.ptr -> f32
          %v502 = llvm.getelementptr %carry_n[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v501, %v502 : f32, !llvm.ptr
          %v503 = llvm.getelementptr %agga_n[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v504 = llvm.load %v503 : !llvm.ptr -> f32
          %v505 = llvm.getelementptr %aggb_n[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v506 = llvm.load %v505 : !llvm.ptr -> f32
          %v507 = arith.mulf %v504, %v501 fastmath<contract> : f32
          %v508 = arith.addf %v507, %v506 fastmath<contract> : f32
          llvm.store %v508, %v35 : f32, !llvm.ptr
          %v509 = arith.muli %v62, %v4 : i64
          %v510 = arith.subi %v4, %v2 : i64
          %v511 = arith.minsi %v43, %v510 : i64
          %v512 = arith.addi %v509, %v511 : i64
          %v513 = arith.muli %v512, %v1 : i64
          %v514 = arith.addi %v513, %v290 : i64
          %v515 = llvm.load %v36 : !llvm.ptr -> f32
          %v516 = llvm.getelementptr %carry_n[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v515, %v516 : f32, !llvm.ptr
          %v517 = llvm.getelementptr %agga_n[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v518 = llvm.load %v517 : !llvm.ptr -> f32
          %v519 = llvm.getelementptr %aggb_n[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v520 = llvm.load %v519 : !llvm.ptr -> f32
          %v521 = arith.mulf %v518, %v515 fastmath<contract> : f32
          %v522 = arith.addf %v521, %v520 fastmath<contract> : f32
          llvm.store %v522, %v36 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
