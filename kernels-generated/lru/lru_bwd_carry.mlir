module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_bwd_carry(%segsum_x_re: !llvm.ptr, %segcarry_x_re: !llvm.ptr, %segsum_x_im: !llvm.ptr, %segcarry_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_N : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_L, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v24 = arith.constant 0 : i64
      %v29 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = arith.constant 0x00000000 : f32
      %v33 = arith.constant 0x3F800000 : f32
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v60 = arith.constant 2 : i64
      %v93 = arith.constant 3 : i64
      %v103 = arith.constant 4 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v11 = arith.addi %v2, %v3 : i64
      %v12 = arith.divui %v11, %v5 : i64
      %v13 = arith.divui %v10, %v12 : i64
      %v14 = arith.remui %v10, %v12 : i64
      %v15 = arith.muli %v14, %v5 : i64
      %v16 = arith.addi %v15, %v9 : i64
      %v17 = arith.cmpi slt, %v16, %v2 : i64
      %v18 = arith.subi %v2, %v1 : i64
      %v19 = arith.minsi %v16, %v18 : i64
      %v20 = arith.remui %v19, %size_N : i64
      %v21 = arith.divui %v19, %size_N : i64
      %v22 = arith.remui %v21, %size_B : i64
      %v23 = arith.divui %v21, %size_B : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v25 = arith.cmpi sge, %v13, %v24 : i64
      %v26 = arith.cmpi slt, %v13, %v1 : i64
      %v27 = arith.andi %v25, %v26 : i1
      %v28 = arith.andi %v27, %v17 : i1
      scf.if %v28 {
        llvm.store %v32, %v29 : f32, !llvm.ptr
        llvm.store %v33, %v30 : f32, !llvm.ptr
        llvm.store %v32, %v31 : f32, !llvm.ptr
        llvm.store %v32, %v34 : f32, !llvm.ptr
        llvm.store %v32, %v35 : f32, !llvm.ptr
        llvm.store %v33, %v36 : f32, !llvm.ptr
        %v37 = arith.index_cast %v24 : i64 to index
        %v38 = arith.index_cast %v6 : i64 to index
        %v39 = arith.index_cast %v1 : i64 to index
        scf.for %v40 = %v37 to %v38 step %v39 {
          %v41 = arith.index_cast %v40 : index to i64
          %v42 = arith.subi %v6, %v1 : i64
          %v43 = arith.subi %v42, %v41 : i64
          %v44 = llvm.load %v29 : !llvm.ptr -> f32
          %v45 = llvm.load %v30 : !llvm.ptr -> f32
          %v46 = llvm.load %v31 : !llvm.ptr -> f32
          %v47 = arith.addi %v43, %v13 : i64
          %v48 = arith.muli %v47, %v2 : i64
          %v49 = arith.subi %v2, %v1 : i64
          %v50 = arith.minsi %v16, %v49 : i64
          %v51 = arith.addi %v48, %v50 : i64
          %v52 = llvm.getelementptr %segcarry_x_re[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v44, %v52 : f32, !llvm.ptr
          %v53 = arith.addi %v6, %v43 : i64
          %v54 = arith.addi %v53, %v13 : i64
          %v55 = arith.muli %v54, %v2 : i64
          %v56 = arith.subi %v2, %v1 : i64
          %v57 = arith.minsi %v16, %v56 : i64
          %v58 = arith.addi %v55, %v57 : i64
          %v59 = llvm.getelementptr %segcarry_x_re[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v45, %v59 : f32, !llvm.ptr
          %v61 = arith.muli %v60, %v6 : i64
          %v62 = arith.addi %v61, %v43 : i64
          %v63 = arith.addi %v62, %v13 : i64
          %v64 = arith.muli %v63, %v2 : i64
          %v65 = arith.subi %v2, %v1 : i64
          %v66 = arith.minsi %v16, %v65 : i64
          %v67 = arith.addi %v64, %v66 : i64
          %v68 = llvm.getelementptr %segcarry_x_re[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v46, %v68 : f32, !llvm.ptr
          %v69 = arith.addi %v43, %v13 : i64
          %v70 = arith.muli %v69, %v2 : i64
          %v71 = arith.subi %v2, %v1 : i64
          %v72 = arith.minsi %v16, %v71 : i64
          %v73 = arith.addi %v70, %v72 : i64
          %v74 = llvm.getelementptr %segsum_x_re[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v75 = llvm.load %v74 : !llvm.ptr -> f32
          %v76 = arith.addi %v6, %v43 : i64
          %v77 = arith.addi %v76, %v13 : i64
          %v78 = arith.muli %v77, %v2 : i64
          %v79 = arith.subi %v2, %v1 : i64
          %v80 = arith.minsi %v16, %v79 : i64
          %v81 = arith.addi %v78, %v80 : i64
          %v82 = llvm.getelementptr %segsum_x_re[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v83 = llvm.load %v82 : !llvm.ptr -> f32
          %v84 = arith.muli %v60, %v6 : i64
          %v85 = arith.addi %v84, %v43 : i64
          %v86 = arith.addi %v85, %v13 : i64
          %v87 = arith.muli %v86, %v2 : i64
          %v88 = arith.subi %v2, %v1 : i64
          %v89 = arith.minsi %v16, %v88 : i64
          %v90 = arith.addi %v87, %v89 : i64
          %v91 = llvm.getelementptr %segsum_x_re[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v92 = llvm.load %v91 : !llvm.ptr -> f32
          %v94 = arith.muli %v93, %v6 : i64
          %v95 = arith.addi %v94, %v43 : i64
          %v96 = arith.addi %v95, %v13 : i64
          %v97 = arith.muli %v96, %v2 : i64
          %v98 = arith.subi %v2, %v1 : i64
          %v99 = arith.minsi %v16, %v98 : i64
          %v100 = arith.addi %v97, %v99 : i64
          %v101 = llvm.getelementptr %segsum_x_re[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v102 = llvm.load %v101 : !llvm.ptr -> f32
          %v104 = arith.muli %v103, %v6 : i64
          %v105 = arith.addi %v104, %v43 : i64
          %v106 = arith.addi %v105, %v13 : i64
          %v107 = arith.muli %v106, %v2 : i64
          %v108 = arith.subi %v2, %v1 : i64
          %v109 = arith.minsi %v16, %v108 : i64
          %v110 = arith.addi %v107, %v109 : i64
          %v111 = llvm.getelementptr %segsum_x_re[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v112 = llvm.load %v111 : !llvm.ptr -> f32
          %v113 = llvm.load %v34 : !llvm.ptr -> f32
          %v114 = llvm.load %v35 : !llvm.ptr -> f32
          %v115 = llvm.load %v36 : !llvm.ptr -> f32
          %v116 = arith.addi %v43, %v13 : i64
          %v117 = arith.muli %v116, %v2 : i64
          %v118 = arith.subi %v2, %v1 : i64
          %v119 = arith.minsi %v16, %v118 : i64
          %v120 = arith.addi %v117, %v119 : i64
          %v121 = llvm.getelementptr %segcarry_x_im[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v113, %v121 : f32, !llvm.ptr
          %v122 = arith.addi %v6, %v43 : i64
          %v123 = arith.addi %v122, %v13 : i64
          %v124 = arith.muli %v123, %v2 : i64
          %v125 = arith.subi %v2, %v1 : i64
          %v126 = arith.minsi %v16, %v125 : i64
          %v127 = arith.addi %v124, %v126 : i64
          %v128 = llvm.getelementptr %segcarry_x_im[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v114, %v128 : f32, !llvm.ptr
          %v129 = arith.muli %v60, %v6 : i64
          %v130 = arith.addi %v129, %v43 : i64
          %v131 = arith.addi %v130, %v13 : i64
          %v132 = arith.muli %v131, %v2 : i64
          %v133 = arith.subi %v2, %v1 : i64
          %v134 = arith.minsi %v16, %v133 : i64
          %v135 = arith.addi %v132, %v134 : i64
          %v136 = llvm.getelementptr %segcarry_x_im[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v115, %v136 : f32, !llvm.ptr
          %v137 = arith.addi %v43, %v13 : i64
          %v138 = arith.muli %v137, %v2 : i64
          %v139 = arith.subi %v2, %v1 : i64
          %v140 = arith.minsi %v16, %v139 : i64
          %v141 = arith.addi %v138, %v140 : i64
          %v142 = llvm.getelementptr %segsum_x_im[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 : !llvm.ptr -> f32
          %v144 = arith.addi %v6, %v43 : i64
          %v145 = arith.addi %v144, %v13 : i64
          %v146 = arith.muli %v145, %v2 : i64
          %v147 = arith.subi %v2, %v1 : i64
          %v148 = arith.minsi %v16, %v147 : i64
          %v149 = arith.addi %v146, %v148 : i64
          %v150 = llvm.getelementptr %segsum_x_im[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v151 = llvm.load %v150 : !llvm.ptr -> f32
          %v152 = arith.muli %v60, %v6 : i64
          %v153 = arith.addi %v152, %v43 : i64
          %v154 = arith.addi %v153, %v13 : i64
          %v155 = arith.muli %v154, %v2 : i64
          %v156 = arith.subi %v2, %v1 : i64
          %v157 = arith.minsi %v16, %v156 : i64
          %v158 = arith.addi %v155, %v157 : i64
          %v159 = llvm.getelementptr %segsum_x_im[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v160 = llvm.load %v159 : !llvm.ptr -> f32
          %v161 = arith.muli %v93, %v6 : i64
          %v162 = arith.addi %v161, %v43 : i64
          %v163 = arith.addi %v162, %v13 : i64
          %v164 = arith.muli %v163, %v2 : i64
          %v165 = arith.subi %v2, %v1 : i64
          %v166 = arith.minsi %v16, %v165 : i64
          %v167 = arith.addi %v164, %v166 : i64
          %v168 = llvm.getelementptr %segsum_x_im[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v169 = llvm.load %v168 : !llvm.ptr -> f32
          %v170 = arith.muli %v103, %v6 : i64
          %v171 = arith.addi %v170, %v43 : i64
          %v172 = arith.addi %v171, %v13 : i64
          %v173 = arith.muli %v172, %v2 : i64
          %v174 = arith.subi %v2, %v1 : i64
          %v175 = arith.minsi %v16, %v174 : i64
          %v176 = arith.addi %v173, %v175 : i64
          %v177 = llvm.getelementptr %segsum_x_im[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v178 = llvm.load %v177 : !llvm.ptr -> f32
          %v179 = arith.mulf %v45, %v44 fastmath<contract> : f32
          %v180 = arith.mulf %v46, %v113 fastmath<contract> : f32
          %v181 = arith.addf %v180, %v179 fastmath<contract> : f32
          %v182 = arith.mulf %v114, %v44 fastmath<contract> : f32
          %v183 = arith.mulf %v115, %v113 fastmath<contract> : f32
          %v184 = arith.addf %v183, %v182 fastmath<contract> : f32
          %v185 = arith.mulf %v83, %v181 fastmath<contract> : f32
          %v186 = arith.addf %v185, %v75 fastmath<contract> : f32
          %v187 = arith.mulf %v92, %v184 fastmath<contract> : f32
          %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
          llvm.store %v188, %v29 : f32, !llvm.ptr
          llvm.store %v102, %v30 : f32, !llvm.ptr
          llvm.store %v112, %v31 : f32, !llvm.ptr
          %v189 = arith.mulf %v151, %v181 fastmath<contract> : f32
          %v190 = arith.addf %v189, %v143 fastmath<contract> : f32
          %v191 = arith.mulf %v160, %v184 fastmath<contract> : f32
          %v192 = arith.addf %v191, %v190 fastmath<contract> : f32
          llvm.store %v192, %v34 : f32, !llvm.ptr
          llvm.store %v169, %v35 : f32, !llvm.ptr
          llvm.store %v178, %v36 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
