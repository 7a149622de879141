module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_bwd_carry(%segsum_x_re: !llvm.ptr, %segcarry_x_re: !llvm.ptr, %segsum_x_im: !llvm.ptr, %segcarry_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 16 : i64
      %v3 = arith.constant 1 : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v23 = arith.constant 0 : i64
      %v28 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v31 = arith.constant 0x00000000 : f32
      %v32 = arith.constant 0x3F800000 : f32
      %v33 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v3 x f32 : (i64) -> !llvm.ptr
      %v61 = arith.constant 2 : i64
      %v98 = arith.constant 3 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v12 = arith.addi %size_B, %v4 : i64
      %v13 = arith.divui %v12, %v6 : i64
      %v14 = arith.divui %v11, %v13 : i64
      %v15 = arith.remui %v11, %v13 : i64
      %v16 = arith.muli %v15, %v6 : i64
      %v17 = arith.addi %v16, %v10 : i64
      %v18 = arith.cmpi slt, %v17, %size_B : i64
      %v19 = arith.subi %size_B, %v3 : i64
      %v20 = arith.minsi %v17, %v19 : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v24 = arith.cmpi sge, %v14, %v23 : i64
      %v25 = arith.cmpi slt, %v14, %v2 : i64
      %v26 = arith.andi %v24, %v25 : i1
      %v27 = arith.andi %v26, %v18 : i1
      scf.if %v27 {
        llvm.store %v31, %v28 : f32, !llvm.ptr
        llvm.store %v32, %v29 : f32, !llvm.ptr
        llvm.store %v31, %v30 : f32, !llvm.ptr
        llvm.store %v31, %v33 : f32, !llvm.ptr
        llvm.store %v31, %v34 : f32, !llvm.ptr
        llvm.store %v32, %v35 : f32, !llvm.ptr
        %v36 = arith.index_cast %v23 : i64 to index
        %v37 = arith.index_cast %v7 : i64 to index
        %v38 = arith.index_cast %v3 : i64 to index
        scf.for %v39 = %v36 to %v37 step %v38 {
          %v40 = arith.index_cast %v39 : index to i64
          %v41 = arith.subi %v7, %v3 : i64
          %v42 = arith.subi %v41, %v40 : i64
          %v43 = llvm.load %v28 : !llvm.ptr -> f32
          %v44 = llvm.load %v29 : !llvm.ptr -> f32
          %v45 = llvm.load %v30 : !llvm.ptr -> f32
          %v46 = arith.muli %v42, %v2 : i64
          %v47 = arith.addi %v46, %v14 : i64
          %v48 = arith.muli %v47, %size_B : i64
          %v49 = arith.subi %size_B, %v3 : i64
          %v50 = arith.minsi %v17, %v49 : i64
          %v51 = arith.addi %v48, %v50 : i64
          %v52 = llvm.getelementptr %segcarry_x_re[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v43, %v52 : f32, !llvm.ptr
          %v53 = arith.addi %v7, %v42 : i64
          %v54 = arith.muli %v53, %v2 : i64
          %v55 = arith.addi %v54, %v14 : i64
          %v56 = arith.muli %v55, %size_B : i64
          %v57 = arith.subi %size_B, %v3 : i64
          %v58 = arith.minsi %v17, %v57 : i64
          %v59 = arith.addi %v56, %v58 : i64
          %v60 = llvm.getelementptr %segcarry_x_re[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v44, %v60 : f32, !llvm.ptr
          %v62 = arith.muli %v61, %v7 : i64
          %v63 = arith.addi %v62, %v42 : i64
          %v64 = arith.muli %v63, %v2 : i64
          %v65 = arith.addi %v64, %v14 : i64
          %v66 = arith.muli %v65, %size_B : i64
          %v67 = arith.subi %size_B, %v3 : i64
          %v68 = arith.minsi %v17, %v67 : i64
          %v69 = arith.addi %v66, %v68 : i64
          %v70 = llvm.getelementptr %segcarry_x_re[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v45, %v70 : f32, !llvm.ptr
          %v71 = arith.muli %v42, %v2 : i64
          %v72 = arith.addi %v71, %v14 : i64
          %v73 = arith.muli %v72, %size_B : i64
          %v74 = arith.subi %size_B, %v3 : i64
          %v75 = arith.minsi %v17, %v74 : i64
          %v76 = arith.addi %v73, %v75 : i64
          %v77 = llvm.getelementptr %segsum_x_re[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          %v79 = arith.addi %v7, %v42 : i64
          %v80 = arith.muli %v79, %v2 : i64
          %v81 = arith.addi %v80, %v14 : i64
          %v82 = arith.muli %v81, %size_B : i64
          %v83 = arith.subi %size_B, %v3 : i64
          %v84 = arith.minsi %v17, %v83 : i64
          %v85 = arith.addi %v82, %v84 : i64
          %v86 = llvm.getelementptr %segsum_x_re[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v87 = llvm.load %v86 : !llvm.ptr -> f32
          %v88 = arith.muli %v61, %v7 : i64
          %v89 = arith.addi %v88, %v42 : i64
          %v90 = arith.muli %v89, %v2 : i64
          %v91 = arith.addi %v90, %v14 : i64
          %v92 = arith.muli %v91, %size_B : i64
          %v93 = arith.subi %size_B, %v3 : i64
          %v94 = arith.minsi %v17, %v93 : i64
          %v95 = arith.addi %v92, %v94 : i64
          %v96 = llvm.getelementptr %segsum_x_re[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v97 = llvm.load %v96 : !llvm.ptr -> f32
          %v99 = arith.muli %v98, %v7 : i64
          %v100 = arith.addi %v99, %v42 : i64
          %v101 = arith.muli %v100, %v2 : i64
          %v102 = arith.addi %v101, %v14 : i64
          %v103 = arith.muli %v102, %size_B : i64
          %v104 = arith.subi %size_B, %v3 : i64
          %v105 = arith.minsi %v17, %v104 : i64
          %v106 = arith.addi %v103, %v105 : i64
          %v107 = llvm.getelementptr %segsum_x_re[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v108 = llvm.load %v107 : !llvm.ptr -> f32
          %v109 = arith.muli %v1, %v7 : i64
          %v110 = arith.addi %v109, %v42 : i64
          %v111 = arith.muli %v110, %v2 : i64
          %v112 = arith.addi %v111, %v14 : i64
          %v113 = arith.muli %v112, %size_B : i64
          %v114 = arith.subi %size_B, %v3 : i64
          %v115 = arith.minsi %v17, %v114 : i64
          %v116 = arith.addi %v113, %v115 : i64
          %v117 = llvm.getelementptr %segsum_x_re[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v118 = llvm.load %v117 : !llvm.ptr -> f32
          %v119 = llvm.load %v33 : !llvm.ptr -> f32
          %v120 = llvm.load %v34 : !llvm.ptr -> f32
          %v121 = llvm.load %v35 : !llvm.ptr -> f32
          %v122 = arith.muli %v42, %v2 : i64
          %v123 = arith.addi %v122, %v14 : i64
          %v124 = arith.muli %v123, %size_B : i64
          %v125 = arith.subi %size_B, %v3 : i64
          %v126 = arith.minsi %v17, %v125 : i64
          %v127 = arith.addi %v124, %v126 : i64
          %v128 = llvm.getelementptr %segcarry_x_im[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v119, %v128 : f32, !llvm.ptr
          %v129 = arith.addi %v7, %v42 : i64
          %v130 = arith.muli %v129, %v2 : i64
          %v131 = arith.addi %v130, %v14 : i64
          %v132 = arith.muli %v131, %size_B : i64
          %v133 = arith.subi %size_B, %v3 : i64
          %v134 = arith.minsi %v17, %v133 : i64
          %v135 = arith.addi %v132, %v134 : i64
          %v136 = llvm.getelementptr %segcarry_x_im[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v120, %v136 : f32, !llvm.ptr
          %v137 = arith.muli %v61, %v7 : i64
          %v138 = arith.addi %v137, %v42 : i64
          %v139 = arith.muli %v138, %v2 : i64
          %v140 = arith.addi %v139, %v14 : i64
          %v141 = arith.muli %v140, %size_B : i64
          %v142 = arith.subi %size_B, %v3 : i64
          %v143 = arith.minsi %v17, %v142 : i64
          %v144 = arith.addi %v141, %v143 : i64
          %v145 = llvm.getelementptr %segcarry_x_im[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v121, %v145 : f32, !llvm.ptr
          %v146 = arith.muli %v42, %v2 : i64
          %v147 = arith.addi %v146, %v14 : i64
          %v148 = arith.muli %v147, %size_B : i64
          %v149 = arith.subi %size_B, %v3 : i64
          %v150 = arith.minsi %v17, %v149 : i64
          %v151 = arith.addi %v148, %v150 : i64
          %v152 = llvm.getelementptr %segsum_x_im[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v153 = llvm.load %v152 : !llvm.ptr -> f32
          %v154 = arith.addi %v7, %v42 : i64
          %v155 = arith.muli %v154, %v2 : i64
          %v156 = arith.addi %v155, %v14 : i64
          %v157 = arith.muli %v156, %size_B : i64
          %v158 = arith.subi %size_B, %v3 : i64
          %v159 = arith.minsi %v17, %v158 : i64
          %v160 = arith.addi %v157, %v159 : i64
          %v161 = llvm.getelementptr %segsum_x_im[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v162 = llvm.load %v161 : !llvm.ptr -> f32
          %v163 = arith.muli %v61, %v7 : i64
          %v164 = arith.addi %v163, %v42 : i64
          %v165 = arith.muli %v164, %v2 : i64
          %v166 = arith.addi %v165, %v14 : i64
          %v167 = arith.muli %v166, %size_B : i64
          %v168 = arith.subi %size_B, %v3 : i64
          %v169 = arith.minsi %v17, %v168 : i64
          %v170 = arith.addi %v167, %v169 : i64
          %v171 = llvm.getelementptr %segsum_x_im[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v172 = llvm.load %v171 : !llvm.ptr -> f32
          %v173 = arith.muli %v98, %v7 : i64
          %v174 = arith.addi %v173, %v42 : i64
          %v175 = arith.muli %v174, %v2 : i64
          %v176 = arith.addi %v175, %v14 : i64
          %v177 = arith.muli %v176, %size_B : i64
          %v178 = arith.subi %size_B, %v3 : i64
          %v179 = arith.minsi %v17, %v178 : i64
          %v180 = arith.addi %v177, %v179 : i64
          %v181 = llvm.getelementptr %segsum_x_im[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v182 = llvm.load %v181 : !llvm.ptr -> f32
          %v183 = arith.muli %v1, %v7 : i64
          %v184 = arith.addi %v183, %v42 : i64
          %v185 = arith.muli %v184, %v2 : i64
          %v186 = arith.addi %v185, %v14 : i64
          %v187 = arith.muli %v186, %size_B : i64
          %v188 = arith.subi %size_B, %v3 : i64
          %v189 = arith.minsi %v17, %v188 : i64
          %v190 = arith.addi %v187, %v189 : i64
          %v191 = llvm.getelementptr %segsum_x_im[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = arith.mulf %v44, %v43 fastmath<contract> : f32
          %v194 = arith.mulf %v45, %v119 fastmath<contract> : f32
          %v195 = arith.addf %v194, %v193 fastmath<contract> : f32
          %v196 = arith.mulf %v120, %v43 fastmath<contract> : f32
          %v197 = arith.mulf %v121, %v119 fastmath<contract> : f32
          %v198 = arith.addf %v197, %v196 fastmath<contract> : f32
          %v199 = arith.mulf %v87, %v195 fastmath<contract> : f32
          %v200 = arith.addf %v199, %v78 fastmath<contract> : f32
          %v201 = arith.mulf %v97, %v198 fastmath<contract> : f32
          %v202 = arith.addf %v201, %v200 fastmath<contract> : f32
          llvm.store %v202, %v28 : f32, !llvm.ptr
          llvm.store %v108, %v29 : f32, !llvm.ptr
          llvm.store %v118, %v30 : f32, !llvm.ptr
          %v203 = arith.mulf %v162, %v195 fastmath<contract> : f32
          %v204 = arith.addf %v203, %v153 fastmath<contract> : f32
          %v205 = arith.mulf %v172, %v198 fastmath<contract> : f32
          %v206 = arith.addf %v205, %v204 fastmath<contract> : f32
          llvm.store %v206, %v33 : f32, !llvm.ptr
          llvm.store %v182, %v34 : f32, !llvm.ptr
          llvm.store %v192, %v35 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
