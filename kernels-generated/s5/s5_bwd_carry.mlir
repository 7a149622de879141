module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_bwd_carry(%segsum_x_re: !llvm.ptr, %segcarry_x_re: !llvm.ptr, %segsum_x_im: !llvm.ptr, %segcarry_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.muli %v3, %size_B : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v25 = arith.constant 0 : i64
      %v31 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0x3F800000 : f32
      %v36 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v67 = arith.constant 2 : i64
      %v107 = arith.constant 3 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v13 = arith.subi %v7, %v3 : i64
      %v14 = arith.addi %v4, %v13 : i64
      %v15 = arith.divui %v14, %v7 : i64
      %v16 = arith.divui %v12, %v15 : i64
      %v17 = arith.remui %v12, %v15 : i64
      %v18 = arith.muli %v17, %v7 : i64
      %v19 = arith.addi %v18, %v11 : i64
      %v20 = arith.cmpi slt, %v19, %v4 : i64
      %v21 = arith.subi %v4, %v3 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v26 = arith.cmpi sge, %v16, %v25 : i64
      %v27 = arith.cmpi slt, %v16, %v2 : i64
      %v28 = arith.andi %v26, %v27 : i1
      %v29 = arith.andi %v28, %v20 : i1
      scf.if %v29 {
        %v30 = arith.subi %v16, %v25 : i64
        llvm.store %v34, %v31 : f32, !llvm.ptr
        llvm.store %v35, %v32 : f32, !llvm.ptr
        llvm.store %v34, %v33 : f32, !llvm.ptr
        llvm.store %v34, %v36 : f32, !llvm.ptr
        llvm.store %v34, %v37 : f32, !llvm.ptr
        llvm.store %v35, %v38 : f32, !llvm.ptr
        %v39 = arith.index_cast %v25 : i64 to index
        %v40 = arith.index_cast %v8 : i64 to index
        %v41 = arith.index_cast %v3 : i64 to index
        scf.for %v42 = %v39 to %v40 step %v41 {
          %v43 = arith.index_cast %v42 : index to i64
          %v44 = arith.subi %v8, %v3 : i64
          %v45 = arith.subi %v44, %v43 : i64
          %v46 = llvm.load %v31 : !llvm.ptr -> f32
          %v47 = llvm.load %v32 : !llvm.ptr -> f32
          %v48 = llvm.load %v33 : !llvm.ptr -> f32
          %v49 = arith.muli %v25, %v8 : i64
          %v50 = arith.addi %v49, %v45 : i64
          %v51 = arith.muli %v50, %v2 : i64
          %v52 = arith.addi %v51, %v30 : i64
          %v53 = arith.muli %v52, %v4 : i64
          %v54 = arith.subi %v4, %v3 : i64
          %v55 = arith.minsi %v19, %v54 : i64
          %v56 = arith.addi %v53, %v55 : i64
          %v57 = llvm.getelementptr %segcarry_x_re[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v46, %v57 : f32, !llvm.ptr
          %v58 = arith.muli %v3, %v8 : i64
          %v59 = arith.addi %v58, %v45 : i64
          %v60 = arith.muli %v59, %v2 : i64
          %v61 = arith.addi %v60, %v30 : i64
          %v62 = arith.muli %v61, %v4 : i64
          %v63 = arith.subi %v4, %v3 : i64
          %v64 = arith.minsi %v19, %v63 : i64
          %v65 = arith.addi %v62, %v64 : i64
          %v66 = llvm.getelementptr %segcarry_x_re[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v47, %v66 : f32, !llvm.ptr
          %v68 = arith.muli %v67, %v8 : i64
          %v69 = arith.addi %v68, %v45 : i64
          %v70 = arith.muli %v69, %v2 : i64
          %v71 = arith.addi %v70, %v30 : i64
          %v72 = arith.muli %v71, %v4 : i64
          %v73 = arith.subi %v4, %v3 : i64
          %v74 = arith.minsi %v19, %v73 : i64
          %v75 = arith.addi %v72, %v74 : i64
          %v76 = llvm.getelementptr %segcarry_x_re[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v48, %v76 : f32, !llvm.ptr
          %v77 = arith.muli %v25, %v8 : i64
          %v78 = arith.addi %v77, %v45 : i64
          %v79 = arith.muli %v78, %v2 : i64
          %v80 = arith.addi %v79, %v30 : i64
          %v81 = arith.muli %v80, %v4 : i64
          %v82 = arith.subi %v4, %v3 : i64
          %v83 = arith.minsi %v19, %v82 : i64
          %v84 = arith.addi %v81, %v83 : i64
          %v85 = llvm.getelementptr %segsum_x_re[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          %v87 = arith.muli %v3, %v8 : i64
          %v88 = arith.addi %v87, %v45 : i64
          %v89 = arith.muli %v88, %v2 : i64
          %v90 = arith.addi %v89, %v30 : i64
          %v91 = arith.muli %v90, %v4 : i64
          %v92 = arith.subi %v4, %v3 : i64
          %v93 = arith.minsi %v19, %v92 : i64
          %v94 = arith.addi %v91, %v93 : i64
          %v95 = llvm.getelementptr %segsum_x_re[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v96 = llvm.load %v95 : !llvm.ptr -> f32
          %v97 = arith.muli %v67, %v8 : i64
          %v98 = arith.addi %v97, %v45 : i64
          %v99 = arith.muli %v98, %v2 : i64
          %v100 = arith.addi %v99, %v30 : i64
          %v101 = arith.muli %v100, %v4 : i64
          %v102 = arith.subi %v4, %v3 : i64
          %v103 = arith.minsi %v19, %v102 : i64
          %v104 = arith.addi %v101, %v103 : i64
          %v105 = llvm.getelementptr %segsum_x_re[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v106 = llvm.load %v105 : !llvm.ptr -> f32
          %v108 = arith.muli %v107, %v8 : i64
          %v109 = arith.addi %v108, %v45 : i64
          %v110 = arith.muli %v109, %v2 : i64
          %v111 = arith.addi %v110, %v30 : i64
          %v112 = arith.muli %v111, %v4 : i64
          %v113 = arith.subi %v4, %v3 : i64
          %v114 = arith.minsi %v19, %v113 : i64
          %v115 = arith.addi %v112, %v114 : i64
          %v116 = llvm.getelementptr %segsum_x_re[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 : !llvm.ptr -> f32
          %v118 = arith.muli %v1, %v8 : i64
          %v119 = arith.addi %v118, %v45 : i64
          %v120 = arith.muli %v119, %v2 : i64
          %v121 = arith.addi %v120, %v30 : i64
          %v122 = arith.muli %v121, %v4 : i64
          %v123 = arith.subi %v4, %v3 : i64
          %v124 = arith.minsi %v19, %v123 : i64
          %v125 = arith.addi %v122, %v124 : i64
          %v126 = llvm.getelementptr %segsum_x_re[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          %v128 = llvm.load %v36 : !llvm.ptr -> f32
          %v129 = llvm.load %v37 : !llvm.ptr -> f32
          %v130 = llvm.load %v38 : !llvm.ptr -> f32
          %v131 = arith.muli %v25, %v8 : i64
          %v132 = arith.addi %v131, %v45 : i64
          %v133 = arith.muli %v132, %v2 : i64
          %v134 = arith.addi %v133, %v30 : i64
          %v135 = arith.muli %v134, %v4 : i64
          %v136 = arith.subi %v4, %v3 : i64
          %v137 = arith.minsi %v19, %v136 : i64
          %v138 = arith.addi %v135, %v137 : i64
          %v139 = llvm.getelementptr %segcarry_x_im[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v128, %v139 : f32, !llvm.ptr
          %v140 = arith.muli %v3, %v8 : i64
          %v141 = arith.addi %v140, %v45 : i64
          %v142 = arith.muli %v141, %v2 : i64
          %v143 = arith.addi %v142, %v30 : i64
          %v144 = arith.muli %v143, %v4 : i64
          %v145 = arith.subi %v4, %v3 : i64
          %v146 = arith.minsi %v19, %v145 : i64
          %v147 = arith.addi %v144, %v146 : i64
          %v148 = llvm.getelementptr %segcarry_x_im[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v129, %v148 : f32, !llvm.ptr
          %v149 = arith.muli %v67, %v8 : i64
          %v150 = arith.addi %v149, %v45 : i64
          %v151 = arith.muli %v150, %v2 : i64
          %v152 = arith.addi %v151, %v30 : i64
          %v153 = arith.muli %v152, %v4 : i64
          %v154 = arith.subi %v4, %v3 : i64
          %v155 = arith.minsi %v19, %v154 : i64
          %v156 = arith.addi %v153, %v155 : i64
          %v157 = llvm.getelementptr %segcarry_x_im[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v130, %v157 : f32, !llvm.ptr
          %v158 = arith.muli %v25, %v8 : i64
          %v159 = arith.addi %v158, %v45 : i64
          %v160 = arith.muli %v159, %v2 : i64
          %v161 = arith.addi %v160, %v30 : i64
          %v162 = arith.muli %v161, %v4 : i64
          %v163 = arith.subi %v4, %v3 : i64
          %v164 = arith.minsi %v19, %v163 : i64
          %v165 = arith.addi %v162, %v164 : i64
          %v166 = llvm.getelementptr %segsum_x_im[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v167 = llvm.load %v166 : !llvm.ptr -> f32
          %v168 = arith.muli %v3, %v8 : i64
          %v169 = arith.addi %v168, %v45 : i64
          %v170 = arith.muli %v169, %v2 : i64
          %v171 = arith.addi %v170, %v30 : i64
          %v172 = arith.muli %v171, %v4 : i64
          %v173 = arith.subi %v4, %v3 : i64
          %v174 = arith.minsi %v19, %v173 : i64
          %v175 = arith.addi %v172, %v174 : i64
          %v176 = llvm.getelementptr %segsum_x_im[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 : !llvm.ptr -> f32
          %v178 = arith.muli %v67, %v8 : i64
          %v179 = arith.addi %v178, %v45 : i64
          %v180 = arith.muli %v179, %v2 : i64
          %v181 = arith.addi %v180, %v30 : i64
          %v182 = arith.muli %v181, %v4 : i64
          %v183 = arith.subi %v4, %v3 : i64
          %v184 = arith.minsi %v19, %v183 : i64
          %v185 = arith.addi %v182, %v184 : i64
          %v186 = llvm.getelementptr %segsum_x_im[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 : !llvm.ptr -> f32
          %v188 = arith.muli %v107, %v8 : i64
          %v189 = arith.addi %v188, %v45 : i64
          %v190 = arith.muli %v189, %v2 : i64
          %v191 = arith.addi %v190, %v30 : i64
          %v192 = arith.muli %v191, %v4 : i64
          %v193 = arith.subi %v4, %v3 : i64
          %v194 = arith.minsi %v19, %v193 : i64
          %v195 = arith.addi %v192, %v194 : i64
          %v196 = llvm.getelementptr %segsum_x_im[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v197 = llvm.load %v196 : !llvm.ptr -> f32
          %v198 = arith.muli %v1, %v8 : i64
          %v199 = arith.addi %v198, %v45 : i64
          %v200 = arith.muli %v199, %v2 : i64
          %v201 = arith.addi %v200, %v30 : i64
          %v202 = arith.muli %v201, %v4 : i64
          %v203 = arith.subi %v4, %v3 : i64
          %v204 = arith.minsi %v19, %v203 : i64
          %v205 = arith.addi %v202, %v204 : i64
          %v206 = llvm.getelementptr %segsum_x_im[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = arith.mulf %v47, %v46 fastmath<contract> : f32
          %v209 = arith.mulf %v48, %v128 fastmath<contract> : f32
          %v210 = arith.addf %v209, %v208 fastmath<contract> : f32
          %v211 = arith.mulf %v129, %v46 fastmath<contract> : f32
          %v212 = arith.mulf %v130, %v128 fastmath<contract> : f32
          %v213 = arith.addf %v212, %v211 fastmath<contract> : f32
          %v214 = arith.mulf %v96, %v210 fastmath<contract> : f32
          %v215 = arith.addf %v214, %v86 fastmath<contract> : f32
          %v216 = arith.mulf %v106, %v213 fastmath<contract> : f32
          %v217 = arith.addf %v216, %v215 fastmath<contract> : f32
          llvm.store %v217, %v31 : f32, !llvm.ptr
          llvm.store %v117, %v32 : f32, !llvm.ptr
          llvm.store %v127, %v33 : f32, !llvm.ptr
          %v218 = arith.mulf %v177, %v210 fastmath<contract> : f32
          %v219 = arith.addf %v218, %v167 fastmath<contract> : f32
          %v220 = arith.mulf %v187, %v213 fastmath<contract> : f32
          %v221 = arith.addf %v220, %v219 fastmath<contract> : f32
          llvm.store %v221, %v36 : f32, !llvm.ptr
          llvm.store %v197, %v37 : f32, !llvm.ptr
          llvm.store %v207, %v38 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
