module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_chunk_carry(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %agga_h_lag1: !llvm.ptr, %aggb_h_lag1: !llvm.ptr, %carry_h_lag1: !llvm.ptr, %agga_e_lag1: !llvm.ptr, %aggb_e_lag1: !llvm.ptr, %carry_e_lag1: !llvm.ptr, %agga_e_lag2: !llvm.ptr, %aggb_e_lag2: !llvm.ptr, %carry_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 64 : i64
      %v21 = arith.constant 0x00000000 : f32
      %v22 = arith.constant 255 : i64
      %v24 = arith.constant 256 : i64
      %v26 = arith.constant 0 : i64
      %v47 = arith.constant 4 : i64
      %v68 = arith.constant 2 : i64
      %v79 = arith.constant 3 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v2 : i64
      %v15 = arith.subi %v2, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      llvm.store %v21, %v3 : f32, !llvm.ptr
      llvm.store %v21, %v4 : f32, !llvm.ptr
      llvm.store %v21, %v5 : f32, !llvm.ptr
      llvm.store %v21, %v6 : f32, !llvm.ptr
      %v23 = arith.addi %size_L, %v22 : i64
      %v25 = arith.divui %v23, %v24 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v14 {
        %v27 = arith.index_cast %v26 : i64 to index
        %v28 = arith.index_cast %v25 : i64 to index
        %v29 = arith.index_cast %v1 : i64 to index
        scf.for %v30 = %v27 to %v28 step %v29 {
          %v31 = arith.index_cast %v30 : index to i64
          %v32 = llvm.load %v3 : !llvm.ptr -> f32
          %v33 = llvm.load %v4 : !llvm.ptr -> f32
          %v34 = llvm.load %v5 : !llvm.ptr -> f32
          %v35 = llvm.load %v6 : !llvm.ptr -> f32
          %v36 = arith.muli %v31, %v2 : i64
          %v37 = arith.subi %v2, %v1 : i64
          %v38 = arith.minsi %v13, %v37 : i64
          %v39 = arith.addi %v36, %v38 : i64
          %v40 = llvm.getelementptr %carry_h[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v32, %v40 : f32, !llvm.ptr
          %v41 = llvm.getelementptr %aggb_h[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v42 = llvm.load %v41 : !llvm.ptr -> f32
          %v43 = arith.muli %v31, %v2 : i64
          %v44 = arith.subi %v2, %v1 : i64
          %v45 = arith.minsi %v13, %v44 : i64
          %v46 = arith.addi %v43, %v45 : i64
          %v48 = arith.muli %v46, %v47 : i64
          %v49 = llvm.getelementptr %agga_h[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v50 = llvm.load %v49 : !llvm.ptr -> f32
          %v51 = arith.mulf %v50, %v32 fastmath<contract> : f32
          %v52 = arith.addf %v51, %v42 fastmath<contract> : f32
          %v53 = arith.muli %v31, %v2 : i64
          %v54 = arith.subi %v2, %v1 : i64
          %v55 = arith.minsi %v13, %v54 : i64
          %v56 = arith.addi %v53, %v55 : i64
          %v57 = arith.muli %v56, %v47 : i64
          %v58 = arith.addi %v57, %v1 : i64
          %v59 = llvm.getelementptr %agga_h[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v60 = llvm.load %v59 : !llvm.ptr -> f32
          %v61 = arith.mulf %v60, %v33 fastmath<contract> : f32
          %v62 = arith.addf %v61, %v52 fastmath<contract> : f32
          %v63 = arith.muli %v31, %v2 : i64
          %v64 = arith.subi %v2, %v1 : i64
          %v65 = arith.minsi %v13, %v64 : i64
          %v66 = arith.addi %v63, %v65 : i64
          %v67 = arith.muli %v66, %v47 : i64
          %v69 = arith.addi %v67, %v68 : i64
          %v70 = llvm.getelementptr %agga_h[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 : !llvm.ptr -> f32
          %v72 = arith.mulf %v71, %v34 fastmath<contract> : f32
          %v73 = arith.addf %v72, %v62 fastmath<contract> : f32
          %v74 = arith.muli %v31, %v2 : i64
          %v75 = arith.subi %v2, %v1 : i64
          %v76 = arith.minsi %v13, %v75 : i64
          %v77 = arith.addi %v74, %v76 : i64
          %v78 = arith.muli %v77, %v47 : i64
          %v80 = arith.addi %v78, %v79 : i64
          %v81 = llvm.getelementptr %agga_h[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v82 = llvm.load %v81 : !llvm.ptr -> f32
          %v83 = arith.mulf %v82, %v35 fastmath<contract> : f32
          %v84 = arith.addf %v83, %v73 fastmath<contract> : f32
          %v85 = arith.muli %v31, %v2 : i64
          %v86 = arith.subi %v2, %v1 : i64
          %v87 = arith.minsi %v13, %v86 : i64
          %v88 = arith.addi %v85, %v87 : i64
          %v89 = llvm.getelementptr %carry_h_lag1[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v33, %v89 : f32, !llvm.ptr
          %v90 = llvm.getelementptr %aggb_h_lag1[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v91 = llvm.load %v90 : !llvm.ptr -> f32
          %v92 = arith.muli %v31, %v2 : i64
          %v93 = arith.subi %v2, %v1 : i64
          %v94 = arith.minsi %v13, %v93 : i64
          %v95 = arith.addi %v92, %v94 : i64
          %v96 = arith.muli %v95, %v47 : i64
          %v97 = llvm.getelementptr %agga_h_lag1[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v98 = llvm.load %v97 : !llvm.ptr -> f32
          %v99 = arith.mulf %v98, %v32 fastmath<contract> : f32
          %v100 = arith.addf %v99, %v91 fastmath<contract> : f32
          %v101 = arith.muli %v31, %v2 : i64
          %v102 = arith.subi %v2, %v1 : i64
          %v103 = arith.minsi %v13, %v102 : i64
          %v104 = arith.addi %v101, %v103 : i64
          %v105 = arith.muli %v104, %v47 : i64
          %v106 = arith.addi %v105, %v1 : i64
          %v107 = llvm.getelementptr %agga_h_lag1[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v108 = llvm.load %v107 : !llvm.ptr -> f32
          %v109 = arith.mulf %v108, %v33 fastmath<contract> : f32
          %v110 = arith.addf %v109, %v100 fastmath<contract> : f32
          %v111 = arith.muli %v31, %v2 : i64
          %v112 = arith.subi %v2, %v1 : i64
          %v113 = arith.minsi %v13, %v112 : i64
          %v114 = arith.addi %v111, %v113 : i64
          %v115 = arith.muli %v114, %v47 : i64
          %v116 = arith.addi %v115, %v68 : i64
          %v117 = llvm.getelementptr %agga_h_lag1[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v118 = llvm.load %v117 : !llvm.ptr -> f32
          %v119 = arith.mulf %v118, %v34 fastmath<contract> : f32
          %v120 = arith.addf %v119, %v110 fastmath<contract> : f32
          %v121 = arith.muli %v31, %v2 : i64
          %v122 = arith.subi %v2, %v1 : i64
          %v123 = arith.minsi %v13, %v122 : i64
          %v124 = arith.addi %v121, %v123 : i64
          %v125 = arith.muli %v124, %v47 : i64
          %v126 = arith.addi %v125, %v79 : i64
          %v127 = llvm.getelementptr %agga_h_lag1[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v128 = llvm.load %v127 : !llvm.ptr -> f32
          %v129 = arith.mulf %v128, %v35 fastmath<contract> : f32
          %v130 = arith.addf %v129, %v120 fastmath<contract> : f32
          %v131 = arith.muli %v31, %v2 : i64
          %v132 = arith.subi %v2, %v1 : i64
          %v133 = arith.minsi %v13, %v132 : i64
          %v134 = arith.addi %v131, %v133 : i64
          %v135 = llvm.getelementptr %carry_e_lag1[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v34, %v135 : f32, !llvm.ptr
          %v136 = llvm.getelementptr %aggb_e_lag1[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 : !llvm.ptr -> f32
          %v138 = arith.muli %v31, %v2 : i64
          %v139 = arith.subi %v2, %v1 : i64
          %v140 = arith.minsi %v13, %v139 : i64
          %v141 = arith.addi %v138, %v140 : i64
          %v142 = arith.muli %v141, %v47 : i64
          %v143 = llvm.getelementptr %agga_e_lag1[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v144 = llvm.load %v143 : !llvm.ptr -> f32
          %v145 = arith.mulf %v144, %v32 fastmath<contract> : f32
          %v146 = arith.addf %v145, %v137 fastmath<contract> : f32
          %v147 = arith.muli %v31, %v2 : i64
          %v148 = arith.subi %v2, %v1 : i64
          %v149 = arith.minsi %v13, %v148 : i64
          %v150 = arith.addi %v147, %v149 : i64
          %v151 = arith.muli %v150, %v47 : i64
          %v152 = arith.addi %v151, %v1 : i64
          %v153 = llvm.getelementptr %agga_e_lag1[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v154 = llvm.load %v153 : !llvm.ptr -> f32
          %v155 = arith.mulf %v154, %v33 fastmath<contract> : f32
          %v156 = arith.addf %v155, %v146 fastmath<contract> : f32
          %v157 = arith.muli %v31, %v2 : i64
          %v158 = arith.subi %v2, %v1 : i64
          %v159 = arith.minsi %v13, %v158 : i64
          %v160 = arith.addi %v157, %v159 : i64
          %v161 = arith.muli %v160, %v47 : i64
          %v162 = arith.addi %v161, %v68 : i64
          %v163 = llvm.getelementptr %agga_e_lag1[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v164 = llvm.load %v163 : !llvm.ptr -> f32
          %v165 = arith.mulf %v164, %v34 fastmath<contract> : f32
          %v166 = arith.addf %v165, %v156 fastmath<contract> : f32
          %v167 = arith.muli %v31, %v2 : i64
          %v168 = arith.subi %v2, %v1 : i64
          %v169 = arith.minsi %v13, %v168 : i64
          %v170 = arith.addi %v167, %v169 : i64
          %v171 = arith.muli %v170, %v47 : i64
          %v172 = arith.addi %v171, %v79 : i64
          %v173 = llvm.getelementptr %agga_e_lag1[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v174 = llvm.load %v173 : !llvm.ptr -> f32
          %v175 = arith.mulf %v174, %v35 fastmath<contract> : f32
          %v176 = arith.addf %v175, %v166 fastmath<contract> : f32
          %v177 = arith.muli %v31, %v2 : i64
          %v178 = arith.subi %v2, %v1 : i64
          %v179 = arith.minsi %v13, %v178 : i64
          %v180 = arith.addi %v177, %v179 : i64
          %v181 = llvm.getelementptr %carry_e_lag2[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v35, %v181 : f32, !llvm.ptr
          %v182 = llvm.getelementptr %aggb_e_lag2[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v183 = llvm.load %v182 : !llvm.ptr -> f32
          %v184 = arith.muli %v31, %v2 : i64
          %v185 = arith.subi %v2, %v1 : i64
          %v186 = arith.minsi %v13, %v185 : i64
          %v187 = arith.addi %v184, %v186 : i64
          %v188 = arith.muli %v187, %v47 : i64
          %v189 = llvm.getelementptr %agga_e_lag2[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v190 = llvm.load %v189 : !llvm.ptr -> f32
          %v191 = arith.mulf %v190, %v32 fastmath<contract> : f32
          %v192 = arith.addf %v191, %v183 fastmath<contract> : f32
          %v193 = arith.muli %v31, %v2 : i64
          %v194 = arith.subi %v2, %v1 : i64
          %v195 = arith.minsi %v13, %v194 : i64
          %v196 = arith.addi %v193, %v195 : i64
          %v197 = arith.muli %v196, %v47 : i64
          %v198 = arith.addi %v197, %v1 : i64
          %v199 = llvm.getelementptr %agga_e_lag2[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 : !llvm.ptr -> f32
          %v201 = arith.mulf %v200, %v33 fastmath<contract> : f32
          %v202 = arith.addf %v201, %v192 fastmath<contract> : f32
          %v203 = arith.muli %v31, %v2 : i64
          %v204 = arith.subi %v2, %v1 : i64
          %v205 = arith.minsi %v13, %v204 : i64
          %v206 = arith.addi %v203, %v205 : i64
          %v207 = arith.muli %v206, %v47 : i64
          %v208 = arith.addi %v207, %v68 : i64
          %v209 = llvm.getelementptr %agga_e_lag2[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v210 = llvm.load %v209 : !llvm.ptr -> f32
          %v211 = arith.mulf %v210, %v34 fastmath<contract> : f32
          %v212 = arith.addf %v211, %v202 fastmath<contract> : f32
          %v213 = arith.muli %v31, %v2 : i64
          %v214 = arith.subi %v2, %v1 : i64
          %v215 = arith.minsi %v13, %v214 : i64
          %v216 = arith.addi %v213, %v215 : i64
          %v217 = arith.muli %v216, %v47 : i64
          %v218 = arith.addi %v217, %v79 : i64
          %v219 = llvm.getelementptr %agga_e_lag2[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v220 = llvm.load %v219 : !llvm.ptr -> f32
          %v221 = arith.mulf %v220, %v35 fastmath<contract> : f32
          %v222 = arith.addf %v221, %v212 fastmath<contract> : f32
          llvm.store %v84, %v3 : f32, !llvm.ptr
          llvm.store %v130, %v4 : f32, !llvm.ptr
          llvm.store %v176, %v5 : f32, !llvm.ptr
          llvm.store %v222, %v6 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
