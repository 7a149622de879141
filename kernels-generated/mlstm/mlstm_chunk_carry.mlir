module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_chunk_carry(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %agga_C: !llvm.ptr, %aggb_C: !llvm.ptr, %carry_C: !llvm.ptr, %agga_n: !llvm.ptr, %aggb_n: !llvm.ptr, %carry_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
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
      %v42 = arith.constant 64 : i64
      %v54 = arith.constant 0x00000000 : f32
      %v55 = arith.constant 63 : i64
      %v58 = arith.constant 0 : i64
      %v97 = arith.constant 2 : i64
      %v112 = arith.constant 3 : i64
      %v127 = arith.constant 4 : i64
      %v142 = arith.constant 5 : i64
      %v157 = arith.constant 6 : i64
      %v172 = arith.constant 7 : i64
      %v187 = arith.constant 8 : i64
      %v202 = arith.constant 9 : i64
      %v217 = arith.constant 10 : i64
      %v232 = arith.constant 11 : i64
      %v247 = arith.constant 12 : i64
      %v262 = arith.constant 13 : i64
      %v277 = arith.constant 14 : i64
      %v292 = arith.constant 15 : i64
      %v38 = gpu.block_id x
      %v39 = gpu.thread_id x
      %v40 = arith.index_cast %v39 : index to i64
      %v41 = arith.index_cast %v38 : index to i64
      %v43 = arith.muli %v41, %v42 : i64
      %v44 = arith.addi %v43, %v40 : i64
      %v45 = arith.cmpi slt, %v44, %v5 : i64
      %v46 = arith.subi %v5, %v2 : i64
      %v47 = arith.minsi %v44, %v46 : i64
      %v48 = arith.remui %v47, %size_DV : i64
      %v49 = arith.divui %v47, %size_DV : i64
      %v50 = arith.remui %v49, %size_H : i64
      %v51 = arith.divui %v49, %size_H : i64
      %v52 = arith.remui %v51, %size_B : i64
      %v53 = arith.divui %v51, %size_B : i64
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
          %v64 = arith.muli %v63, %v5 : i64
          %v65 = arith.subi %v5, %v2 : i64
          %v66 = arith.minsi %v44, %v65 : i64
          %v67 = arith.addi %v64, %v66 : i64
          %v68 = arith.muli %v67, %v1 : i64
          %v69 = arith.addi %v68, %v58 : i64
          %v70 = llvm.load %v6 : !llvm.ptr -> f32
          %v71 = llvm.getelementptr %carry_C[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v70, %v71 : f32, !llvm.ptr
          %v72 = llvm.getelementptr %agga_C[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v73 = llvm.load %v72 : !llvm.ptr -> f32
          %v74 = llvm.getelementptr %aggb_C[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v75 = llvm.load %v74 : !llvm.ptr -> f32
          %v76 = arith.mulf %v73, %v70 fastmath<contract> : f32
          %v77 = arith.addf %v76, %v75 fastmath<contract> : f32
          llvm.store %v77, %v6 : f32, !llvm.ptr
          %v78 = arith.muli %v63, %v5 : i64
          %v79 = arith.subi %v5, %v2 : i64
          %v80 = arith.minsi %v44, %v79 : i64
          %v81 = arith.addi %v78, %v80 : i64
          %v82 = arith.muli %v81, %v1 : i64
          %v83 = arith.addi %v82, %v2 : i64
          %v84 = llvm.load %v7 : !llvm.ptr -> f32
          %v85 = llvm.getelementptr %carry_C[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v84, %v85 : f32, !llvm.ptr
          %v86 = llvm.getelementptr %agga_C[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v87 = llvm.load %v86 : !llvm.ptr -> f32
          %v88 = llvm.getelementptr %aggb_C[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 : !llvm.ptr -> f32
          %v90 = arith.mulf %v87, %v84 fastmath<contract> : f32
          %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
          llvm.store %v91, %v7 : f32, !llvm.ptr
          %v92 = arith.muli %v63, %v5 : i64
          %v93 = arith.subi %v5, %v2 : i64
          %v94 = arith.minsi %v44, %v93 : i64
          %v95 = arith.addi %v92, %v94 : i64
          %v96 = arith.muli %v95, %v1 : i64
          %v98 = arith.addi %v96, %v97 : i64
          %v99 = llvm.load %v8 : !llvm.ptr -> f32
          %v100 = llvm.getelementptr %carry_C[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v99, %v100 : f32, !llvm.ptr
          %v101 = llvm.getelementptr %agga_C[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v102 = llvm.load %v101 : !llvm.ptr -> f32
          %v103 = llvm.getelementptr %aggb_C[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v104 = llvm.load %v103 : !llvm.ptr -> f32
          %v105 = arith.mulf %v102, %v99 fastmath<contract> : f32
          %v106 = arith.addf %v105, %v104 fastmath<contract> : f32
          llvm.store %v106, %v8 : f32, !llvm.ptr
          %v107 = arith.muli %v63, %v5 : i64
          %v108 = arith.subi %v5, %v2 : i64
          %v109 = arith.minsi %v44, %v108 : i64
          %v110 = arith.addi %v107, %v109 : i64
          %v111 = arith.muli %v110, %v1 : i64
          %v113 = arith.addi %v111, %v112 : i64
          %v114 = llvm.load %v9 : !llvm.ptr -> f32
          %v115 = llvm.getelementptr %carry_C[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v114, %v115 : f32, !llvm.ptr
          %v116 = llvm.getelementptr %agga_C[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          %v118 = llvm.getelementptr %aggb_C[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v119 = llvm.load %v118 : !llvm.ptr -> f32
          %v120 = arith.mulf %v117, %v114 fastmath<contract> : f32
          %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
          llvm.store %v121, %v9 : f32, !llvm.ptr
          %v122 = arith.muli %v63, %v5 : i64
          %v123 = arith.subi %v5, %v2 : i64
          %v124 = arith.minsi %v44, %v123 : i64
          %v125 = arith.addi %v122, %v124 : i64
          %v126 = arith.muli %v125, %v1 : i64
          %v128 = arith.addi %v126, %v127 : i64
          %v129 = llvm.load %v10 : !llvm.ptr -> f32
          %v130 = llvm.getelementptr %carry_C[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v129, %v130 : f32, !llvm.ptr
          %v131 = llvm.getelementptr %agga_C[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v132 = llvm.load %v131 : !llvm.ptr -> f32
          %v133 = llvm.getelementptr %aggb_C[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v134 = llvm.load %v133 : !llvm.ptr -> f32
          %v135 = arith.mulf %v132, %v129 fastmath<contract> : f32
          %v136 = arith.addf %v135, %v134 fastmath<contract> : f32
          llvm.store %v136, %v10 : f32, !llvm.ptr
          %v137 = arith.muli %v63, %v5 : i64
          %v138 = arith.subi %v5, %v2 : i64
          %v139 = arith.minsi %v44, %v138 : i64
          %v140 = arith.addi %v137, %v139 : i64
          %v141 = arith.muli %v140, %v1 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = llvm.load %v11 : !llvm.ptr -> f32
          %v145 = llvm.getelementptr %carry_C[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v144, %v145 : f32, !llvm.ptr
          %v146 = llvm.getelementptr %agga_C[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 : !llvm.ptr -> f32
          %v148 = llvm.getelementptr %aggb_C[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 : !llvm.ptr -> f32
          %v150 = arith.mulf %v147, %v144 fastmath<contract> : f32
          %v151 = arith.addf %v150, %v149 fastmath<contract> : f32
          llvm.store %v151, %v11 : f32, !llvm.ptr
          %v152 = arith.muli %v63, %v5 : i64
          %v153 = arith.subi %v5, %v2 : i64
          %v154 = arith.minsi %v44, %v153 : i64
          %v155 = arith.addi %v152, %v154 : i64
          %v156 = arith.muli %v155, %v1 : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = llvm.load %v12 : !llvm.ptr -> f32
          %v160 = llvm.getelementptr %carry_C[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v159, %v160 : f32, !llvm.ptr
          %v161 = llvm.getelementptr %agga_C[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v162 = llvm.load %v161 : !llvm.ptr -> f32
          %v163 = llvm.getelementptr %aggb_C[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v164 = llvm.load %v163 : !llvm.ptr -> f32
          %v165 = arith.mulf %v162, %v159 fastmath<contract> : f32
          %v166 = arith.addf %v165, %v164 fastmath<contract> : f32
          llvm.store %v166, %v12 : f32, !llvm.ptr
          %v167 = arith.muli %v63, %v5 : i64
          %v168 = arith.subi %v5, %v2 : i64
          %v169 = arith.minsi %v44, %v168 : i64
          %v170 = arith.addi %v167, %v169 : i64
          %v171 = arith.muli %v170, %v1 : i64
          %v173 = arith.addi %v171, %v172 : i64
          %v174 = llvm.load %v13 : !llvm.ptr -> f32
          %v175 = llvm.getelementptr %carry_C[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v174, %v175 : f32, !llvm.ptr
          %v176 = llvm.getelementptr %agga_C[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 : !llvm.ptr -> f32
          %v178 = llvm.getelementptr %aggb_C[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v179 = llvm.load %v178 : !llvm.ptr -> f32
          %v180 = arith.mulf %v177, %v174 fastmath<contract> : f32
          %v181 = arith.addf %v180, %v179 fastmath<contract> : f32
          llvm.store %v181, %v13 : f32, !llvm.ptr
          %v182 = arith.muli %v63, %v5 : i64
          %v183 = arith.subi %v5, %v2 : i64
          %v184 = arith.minsi %v44, %v183 : i64
          %v185 = arith.addi %v182, %v184 : i64
          %v186 = arith.muli %v185, %v1 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = llvm.load %v14 : !llvm.ptr -> f32
          %v190 = llvm.getelementptr %carry_C[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v189, %v190 : f32, !llvm.ptr
          %v191 = llvm.getelementptr %agga_C[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = llvm.getelementptr %aggb_C[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v194 = llvm.load %v193 : !llvm.ptr -> f32
          %v195 = arith.mulf %v192, %v189 fastmath<contract> : f32
          %v196 = arith.addf %v195, %v194 fastmath<contract> : f32
          llvm.store %v196, %v14 : f32, !llvm.ptr
          %v197 = arith.muli %v63, %v5 : i64
          %v198 = arith.subi %v5, %v2 : i64
          %v199 = arith.minsi %v44, %v198 : i64
          %v200 = arith.addi %v197, %v199 : i64
          %v201 = arith.muli %v200, %v1 : i64
          %v203 = arith.addi %v201, %v202 : i64
          %v204 = llvm.load %v15 : !llvm.ptr -> f32
          %v205 = llvm.getelementptr %carry_C[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v204, %v205 : f32, !llvm.ptr
          %v206 = llvm.getelementptr %agga_C[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = llvm.getelementptr %aggb_C[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v209 = llvm.load %v208 : !llvm.ptr -> f32
          %v210 = arith.mulf %v207, %v204 fastmath<contract> : f32
          %v211 = arith.addf %v210, %v209 fastmath<contract> : f32
          llvm.store %v211, %v15 : f32, !llvm.ptr
          %v212 = arith.muli %v63, %v5 : i64
          %v213 = arith.subi %v5, %v2 : i64
          %v214 = arith.minsi %v44, %v213 : i64
          %v215 = arith.addi %v212, %v214 : i64
          %v216 = arith.muli %v215, %v1 : i64
          %v218 = arith.addi %v216, %v217 : i64
          %v219 = llvm.load %v16 : !llvm.ptr -> f32
          %v220 = llvm.getelementptr %carry_C[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v219, %v220 : f32, !llvm.ptr
          %v221 = llvm.getelementptr %agga_C[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v222 = llvm.load %v221 : !llvm.ptr -> f32
          %v223 = llvm.getelementptr %aggb_C[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v224 = llvm.load %v223 : !llvm.ptr -> f32
          %v225 = arith.mulf %v222, %v219 fastmath<contract> : f32
          %v226 = arith.addf %v225, %v224 fastmath<contract> : f32
          llvm.store %v226, %v16 : f32, !llvm.ptr
          %v227 = arith.muli %v63, %v5 : i64
          %v228 = arith.subi %v5, %v2 : i64
          %v229 = arith.minsi %v44, %v228 : i64
          %v230 = arith.addi %v227, %v229 : i64
          %v231 = arith.muli %v230, %v1 : i64
          %v233 = arith.addi %v231, %v232 : i64
          %v234 = llvm.load %v17 : !llvm.ptr -> f32
          %v235 = llvm.getelementptr %carry_C[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v234, %v235 : f32, !llvm.ptr
          %v236 = llvm.getelementptr %agga_C[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v237 = llvm.load %v236 : !llvm.ptr -> f32
          %v238 = llvm.getelementptr %aggb_C[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v239 = llvm.load %v238 : !llvm.ptr -> f32
          %v240 = arith.mulf %v237, %v234 fastmath<contract> : f32
          %v241 = arith.addf %v240, %v239 fastmath<contract> : f32
          llvm.store %v241, %v17 : f32, !llvm.ptr
          %v242 = arith.muli %v63, %v5 : i64
          %v243 = arith.subi %v5, %v2 : i64
          %v244 = arith.minsi %v44, %v243 : i64
          %v245 = arith.addi %v242, %v244 : i64
          %v246 = arith.muli %v245, %v1 : i64
          %v248 = arith.addi %v246, %v247 : i64
          %v249 = llvm.load %v18 : !llvm.ptr -> f32
          %v250 = llvm.getelementptr %carry_C[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v249, %v250 : f32, !llvm.ptr
          %v251 = llvm.getelementptr %agga_C[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = llvm.getelementptr %aggb_C[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v254 = llvm.load %v253 : !llvm.ptr -> f32
          %v255 = arith.mulf %v252, %v249 fastmath<contract> : f32
          %v256 = arith.addf %v255, %v254 fastmath<contract> : f32
          llvm.store %v256, %v18 : f32, !llvm.ptr
          %v257 = arith.muli %v63, %v5 : i64
          %v258 = arith.subi %v5, %v2 : i64
          %v259 = arith.minsi %v44, %v258 : i64
          %v260 = arith.addi %v257, %v259 : i64
          %v261 = arith.muli %v260, %v1 : i64
          %v263 = arith.addi %v261, %v262 : i64
          %v264 = llvm.load %v19 : !llvm.ptr -> f32
          %v265 = llvm.getelementptr %carry_C[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v264, %v265 : f32, !llvm.ptr
          %v266 = llvm.getelementptr %agga_C[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = llvm.getelementptr %aggb_C[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v269 = llvm.load %v268 : !llvm.ptr -> f32
          %v270 = arith.mulf %v267, %v264 fastmath<contract> : f32
          %v271 = arith.addf %v270, %v269 fastmath<contract> : f32
          llvm.store %v271, %v19 : f32, !llvm.ptr
          %v272 = arith.muli %v63, %v5 : i64
          %v273 = arith.subi %v5, %v2 : i64
          %v274 = arith.minsi %v44, %v273 : i64
          %v275 = arith.addi %v272, %v274 : i64
          %v276 = arith.muli %v275, %v1 : i64
          %v278 = arith.addi %v276, %v277 : i64
          %v279 = llvm.load %v20 : !llvm.ptr -> f32
          %v280 = llvm.getelementptr %carry_C[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v279, %v280 : f32, !llvm.ptr
          %v281 = llvm.getelementptr %agga_C[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v282 = llvm.load %v281 : !llvm.ptr -> f32
          %v283 = llvm.getelementptr %aggb_C[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v284 = llvm.load %v283 : !llvm.ptr -> f32
          %v285 = arith.mulf %v282, %v279 fastmath<contract> : f32
          %v286 = arith.addf %v285, %v284 fastmath<contract> : f32
          llvm.store %v286, %v20 : f32, !llvm.ptr
          %v287 = arith.muli %v63, %v5 : i64
          %v288 = arith.subi %v5, %v2 : i64
          %v289 = arith.minsi %v44, %v288 : i64
          %v290 = arith.addi %v287, %v289 : i64
          %v291 = arith.muli %v290, %v1 : i64
          %v293 = arith.addi %v291, %v292 : i64
          %v294 = llvm.load %v21 : !llvm.ptr -> f32
          %v295 = llvm.getelementptr %carry_C[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v294, %v295 : f32, !llvm.ptr
          %v296 = llvm.getelementptr %agga_C[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v297 = llvm.load %v296 : !llvm.ptr -> f32
          %v298 = llvm.getelementptr %aggb_C[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v299 = llvm.load %v298 : !llvm.ptr -> f32
          %v300 = arith.mulf %v297, %v294 fastmath<contract> : f32
          %v301 = arith.addf %v300, %v299 fastmath<contract> : f32
          llvm.store %v301, %v21 : f32, !llvm.ptr
          %v302 = arith.muli %v63, %v5 : i64
          %v303 = arith.subi %v5, %v2 : i64
          %v304 = arith.minsi %v44, %v303 : i64
          %v305 = arith.addi %v302, %v304 : i64
          %v306 = arith.muli %v305, %v1 : i64
          %v307 = arith.addi %v306, %v58 : i64
          %v308 = llvm.load %v22 : !llvm.ptr -> f32
          %v309 = llvm.getelementptr %carry_n[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v308, %v309 : f32, !llvm.ptr
          %v310 = llvm.getelementptr %agga_n[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v311 = llvm.load %v310 : !llvm.ptr -> f32
          %v312 = llvm.getelementptr %aggb_n[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v313 = llvm.load %v312 : !llvm.ptr -> f32
          %v314 = arith.mulf %v311, %v308 fastmath<contract> : f32
          %v315 = arith.addf %v314, %v313 fastmath<contract> : f32
          llvm.store %v315, %v22 : f32, !llvm.ptr
          %v316 = arith.muli %v63, %v5 : i64
          %v317 = arith.subi %v5, %v2 : i64
          %v318 = arith.minsi %v44, %v317 : i64
          %v319 = arith.addi %v316, %v318 : i64
          %v320 = arith.muli %v319, %v1 : i64
          %v321 = arith.addi %v320, %v2 : i64
          %v322 = llvm.load %v23 : !llvm.ptr -> f32
          %v323 = llvm.getelementptr %carry_n[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v322, %v323 : f32, !llvm.ptr
          %v324 = llvm.getelementptr %agga_n[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v325 = llvm.load %v324 : !llvm.ptr -> f32
          %v326 = llvm.getelementptr %aggb_n[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v327 = llvm.load %v326 : !llvm.ptr -> f32
          %v328 = arith.mulf %v325, %v322 fastmath<contract> : f32
          %v329 = arith.addf %v328, %v327 fastmath<contract> : f32
          llvm.store %v329, %v23 : f32, !llvm.ptr
          %v330 = arith.muli %v63, %v5 : i64
          %v331 = arith.subi %v5, %v2 : i64
          %v332 = arith.minsi %v44, %v331 : i64
          %v333 = arith.addi %v330, %v332 : i64
          %v334 = arith.muli %v333, %v1 : i64
          %v335 = arith.addi %v334, %v97 : i64
          %v336 = llvm.load %v24 : !llvm.ptr -> f32
          %v337 = llvm.getelementptr %carry_n[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v336, %v337 : f32, !llvm.ptr
          %v338 = llvm.getelementptr %agga_n[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v339 = llvm.load %v338 : !llvm.ptr -> f32
          %v340 = llvm.getelementptr %aggb_n[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v341 = llvm.load %v340 : !llvm.ptr -> f32
          %v342 = arith.mulf %v339, %v336 fastmath<contract> : f32
          %v343 = arith.addf %v342, %v341 fastmath<contract> : f32
          llvm.store %v343, %v24 : f32, !llvm.ptr
          %v344 = arith.muli %v63, %v5 : i64
          %v345 = arith.subi %v5, %v2 : i64
          %v346 = arith.minsi %v44, %v345 : i64
          %v347 = arith.addi %v344, %v346 : i64
          %v348 = arith.muli %v347, %v1 : i64
          %v349 = arith.addi %v348, %v112 : i64
          %v350 = llvm.load %v25 : !llvm.ptr -> f32
          %v351 = llvm.getelementptr %carry_n[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v350, %v351 : f32, !llvm.ptr
          %v352 = llvm.getelementptr %agga_n[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v353 = llvm.load %v352 : !llvm.ptr -> f32
          %v354 = llvm.getelementptr %aggb_n[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v355 = llvm.load %v354 : !llvm.ptr -> f32
          %v356 = arith.mulf %v353, %v350 fastmath<contract> : f32
          %v357 = arith.addf %v356, %v355 fastmath<contract> : f32
          llvm.store %v357, %v25 : f32, !llvm.ptr
          %v358 = arith.muli %v63, %v5 : i64
          %v359 = arith.subi %v5, %v2 : i64
          %v360 = arith.minsi %v44, %v359 : i64
          %v361 = arith.addi %v358, %v360 : i64
          %v362 = arith.muli %v361, %v1 : i64
          %v363 = arith.addi %v362, %v127 : i64
          %v364 = llvm.load %v26 : !llvm.ptr -> f32
          %v365 = llvm.getelementptr %carry_n[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v364, %v365 : f32, !llvm.ptr
          %v366 = llvm.getelementptr %agga_n[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v367 = llvm.load %v366 : !llvm.ptr -> f32
          %v368 = llvm.getelementptr %aggb_n[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v369 = llvm.load %v368 : !llvm.ptr -> f32
          %v370 = arith.mulf %v367, %v364 fastmath<contract> : f32
          %v371 = arith.addf %v370, %v369 fastmath<contract> : f32
          llvm.store %v371, %v26 : f32, !llvm.ptr
          %v372 = arith.muli %v63, %v5 : i64
          %v373 = arith.subi %v5, %v2 : i64
          %v374 = arith.minsi %v44, %v373 : i64
          %v375 = arith.addi %v372, %v374 : i64
          %v376 = arith.muli %v375, %v1 : i64
          %v377 = arith.addi %v376, %v142 : i64
          %v378 = llvm.load %v27 : !llvm.ptr -> f32
          %v379 = llvm.getelementptr %carry_n[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v378, %v379 : f32, !llvm.ptr
          %v380 = llvm.getelementptr %agga_n[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v381 = llvm.load %v380 : !llvm.ptr -> f32
          %v382 = llvm.getelementptr %aggb_n[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v383 = llvm.load %v382 : !llvm.ptr -> f32
          %v384 = arith.mulf %v381, %v378 fastmath<contract> : f32
          %v385 = arith.addf %v384, %v383 fastmath<contract> : f32
          llvm.store %v385, %v27 : f32, !llvm.ptr
          %v386 = arith.muli %v63, %v5 : i64
          %v387 = arith.subi %v5, %v2 : i64
          %v388 = arith.minsi %v44, %v387 : i64
          %v389 = arith.addi %v386, %v388 : i64
          %v390 = arith.muli %v389, %v1 : i64
          %v391 = arith.addi %v390, %v157 : i64
          %v392 = llvm.load %v28 : !llvm.ptr -> f32
          %v393 = llvm.getelementptr %carry_n[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v392, %v393 : f32, !llvm.ptr
          %v394 = llvm.getelementptr %agga_n[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v395 = llvm.load %v394 : !llvm.ptr -> f32
          %v396 = llvm.getelementptr %aggb_n[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v397 = llvm.load %v396 : !llvm.ptr -> f32
          %v398 = arith.mulf %v395, %v392 fastmath<contract> : f32
          %v399 = arith.addf %v398, %v397 fastmath<contract> : f32
          llvm.store %v399, %v28 : f32, !llvm.ptr
          %v400 = arith.muli %v63, %v5 : i64
          %v401 = arith.subi %v5, %v2 : i64
          %v402 = arith.minsi %v44, %v401 : i64
          %v403 = arith.addi %v400, %v402 : i64
          %v404 = arith.muli %v403, %v1 : i64
          %v405 = arith.addi %v404, %v172 : i64
          %v406 = llvm.load %v29 : !llvm.ptr -> f32
          %v407 = llvm.getelementptr %carry_n[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v406, %v407 : f32, !llvm.ptr
          %v408 = llvm.getelementptr %agga_n[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v409 = llvm.load %v408 : !llvm.ptr -> f32
          %v410 = llvm.getelementptr %aggb_n[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v411 = llvm.load %v410 : !llvm.ptr -> f32
          %v412 = arith.mulf %v409, %v406 fastmath<contract> : f32
          %v413 = arith.addf %v412, %v411 fastmath<contract> : f32
          llvm.store %v413, %v29 : f32, !llvm.ptr
          %v414 = arith.muli %v63, %v5 : i64
          %v415 = arith.subi %v5, %v2 : i64
          %v416 = arith.minsi %v44, %v415 : i64
          %v417 = arith.addi %v414, %v416 : i64
          %v418 = arith.muli %v417, %v1 : i64
          %v419 = arith.addi %v418, %v187 : i64
          %v420 = llvm.load %v30 : !llvm.ptr -> f32
          %v421 = llvm.getelementptr %carry_n[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v420, %v421 : f32, !llvm.ptr
          %v422 = llvm.getelementptr %agga_n[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v423 = llvm.load %v422 : !llvm.ptr -> f32
          %v424 = llvm.getelementptr %aggb_n[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v425 = llvm.load %v424 : !llvm.ptr -> f32
          %v426 = arith.mulf %v423, %v420 fastmath<contract> : f32
          %v427 = arith.addf %v426, %v425 fastmath<contract> : f32
          llvm.store %v427, %v30 : f32, !llvm.ptr
          %v428 = arith.muli %v63, %v5 : i64
          %v429 = arith.subi %v5, %v2 : i64
          %v430 = arith.minsi %v44, %v429 : i64
          %v431 = arith.addi %v428, %v430 : i64
          %v432 = arith.muli %v431, %v1 : i64
          %v433 = arith.addi %v432, %v202 : i64
          %v434 = llvm.load %v31 : !llvm.ptr -> f32
          %v435 = llvm.getelementptr %carry_n[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v434, %v435 : f32, !llvm.ptr
          %v436 = llvm.getelementptr %agga_n[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v437 = llvm.load %v436 : !llvm.ptr -> f32
          %v438 = llvm.getelementptr %aggb_n[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v439 = llvm.load %v438 : !llvm.ptr -> f32
          %v440 = arith.mulf %v437, %v434 fastmath<contract> : f32
          %v441 = arith.addf %v440, %v439 fastmath<contract> : f32
          llvm.store %v441, %v31 : f32, !llvm.ptr
          %v442 = arith.muli %v63, %v5 : i64
          %v443 = arith.subi %v5, %v2 : i64
          %v444 = arith.minsi %v44, %v443 : i64
          %v445 = arith.addi %v442, %v444 : i64
          %v446 = arith.muli %v445, %v1 : i64
          %v447 = arith.addi %v446, %v217 : i64
          %v448 = llvm.load %v32 : !llvm.ptr -> f32
          %v449 = llvm.getelementptr %carry_n[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v448, %v449 : f32, !llvm.ptr
          %v450 = llvm.getelementptr %agga_n[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v451 = llvm.load %v450 : !llvm.ptr -> f32
          %v452 = llvm.getelementptr %aggb_n[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v453 = llvm.load %v452 : !llvm.ptr -> f32
          %v454 = arith.mulf %v451, %v448 fastmath<contract> : f32
          %v455 = arith.addf %v454, %v453 fastmath<contract> : f32
          llvm.store %v455, %v32 : f32, !llvm.ptr
          %v456 = arith.muli %v63, %v5 : i64
          %v457 = arith.subi %v5, %v2 : i64
          %v458 = arith.minsi %v44, %v457 : i64
          %v459 = arith.addi %v456, %v458 : i64
          %v460 = arith.muli %v459, %v1 : i64
          %v461 = arith.addi %v460, %v232 : i64
          %v462 = llvm.load %v33 : !llvm.ptr -> f32
          %v463 = llvm.getelementptr %carry_n[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v462, %v463 : f32, !llvm.ptr
          %v464 = llvm.getelementptr %agga_n[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v465 = llvm.load %v464 : !llvm.ptr -> f32
          %v466 = llvm.getelementptr %aggb_n[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v467 = llvm.load %v466 : !llvm.ptr -> f32
          %v468 = arith.mulf %v465, %v462 fastmath<contract> : f32
          %v469 = arith.addf %v468, %v467 fastmath<contract> : f32
          llvm.store %v469, %v33 : f32, !llvm.ptr
          %v470 = arith.muli %v63, %v5 : i64
          %v471 = arith.subi %v5, %v2 : i64
          %v472 = arith.minsi %v44, %v471 : i64
          %v473 = arith.addi %v470, %v472 : i64
          %v474 = arith.muli %v473, %v1 : i64
          %v475 = arith.addi %v474, %v247 : i64
          %v476 = llvm.load %v34 : !llvm.ptr -> f32
          %v477 = llvm.getelementptr %carry_n[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v476, %v477 : f32, !llvm.ptr
          %v478 = llvm.getelementptr %agga_n[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v479 = llvm.load %v478 : !llvm.ptr -> f32
          %v480 = llvm.getelementptr %aggb_n[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v481 = llvm.load %v480 : !llvm.ptr -> f32
          %v482 = arith.mulf %v479, %v476 fastmath<contract> : f32
          %v483 = arith.addf %v482, %v481 fastmath<contract> : f32
          llvm.store %v483, %v34 : f32, !llvm.ptr
          %v484 = arith.muli %v63, %v5 : i64
          %v485 = arith.subi %v5, %v2 : i64
          %v486 = arith.minsi %v44, %v485 : i64
          %v487 = arith.addi %v484, %v486 : i64
          %v488 = arith.muli %v487, %v1 : i64
          %v489 = arith.addi %v488, %v262 : i64
          %v490 = llvm.load %v35 : !llvm.ptr -> f32
          %v491 = llvm.getelementptr %carry_n[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v490, %v491 : f32, !llvm.ptr
          %v492 = llvm.getelementptr %agga_n[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v493 = llvm.load %v492 : !llvm.ptr -> f32
          %v494 = llvm.getelementptr %aggb_n[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v495 = llvm.load %v494 : !llvm.ptr -> f32
          %v496 = arith.mulf %v493, %v490 fastmath<contract> : f32
          %v497 = arith.addf %v496, %v495 fastmath<contract> : f32
          llvm.store %v497, %v35 : f32, !llvm.ptr
          %v498 = arith.muli %v63, %v5 : i64
          %v499 = arith.subi %v5, %v2 : i64
          %v500 = arith.minsi %v44, %v499 : i64
          %v501 = arith.addi %v498, %v500 : i64
          %v502 = arith.muli %v501, %v1 : i64
          %v503 = arith.addi %v502, %v277 : i64
          %v504 = llvm.load %v36 : !llvm.ptr -> f32
          %v505 = llvm.getelementptr %carry_n[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v504, %v505 : f32, !llvm.ptr
          %v506 = llvm.getelementptr %agga_n[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v507 = llvm.load %v506 : !llvm.ptr -> f32
          %v508 = llvm.getelementptr %aggb_n[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v509 = llvm.load %v508 : !llvm.ptr -> f32
          %v510 = arith.mulf %v507, %v504 fastmath<contract> : f32
          %v511 = arith.addf %v510, %v509 fastmath<contract> : f32
          llvm.store %v511, %v36 : f32, !llvm.ptr
          %v512 = arith.muli %v63, %v5 : i64
          %v513 = arith.subi %v5, %v2 : i64
          %v514 = arith.minsi %v44, %v513 : i64
          %v515 = arith.addi %v512, %v514 : i64
          %v516 = arith.muli %v515, %v1 : i64
          %v517 = arith.addi %v516, %v292 : i64
          %v518 = llvm.load %v37 : !llvm.ptr -> f32
          %v519 = llvm.getelementptr %carry_n[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v518, %v519 : f32, !llvm.ptr
          %v520 = llvm.getelementptr %agga_n[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v521 = llvm.load %v520 : !llvm.ptr -> f32
          %v522 = llvm.getelementptr %aggb_n[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v523 = llvm.load %v522 : !llvm.ptr -> f32
          %v524 = arith.mulf %v521, %v518 fastmath<contract> : f32
          %v525 = arith.addf %v524, %v523 fastmath<contract> : f32
          llvm.store %v525, %v37 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
