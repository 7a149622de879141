module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_step_commit(%state_n: !llvm.ptr, %next_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v10 = arith.constant 64 : i64
      %v22 = arith.constant 0 : i64
      %v27 = arith.muli %v2, %v1 : i64
      %v28 = arith.muli %v27, %size_H : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v5 : i64
      %v14 = arith.subi %v5, %v2 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_DV : i64
      %v17 = arith.divui %v15, %size_DV : i64
      %v18 = arith.remui %v17, %size_H : i64
      %v19 = arith.divui %v17, %size_H : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      // commit: the new value of each state held alike by several threads, copied by one of them
      %v23 = arith.constant true
      %v24 = arith.cmpi eq, %v16, %v22 : i64
      %v25 = arith.andi %v23, %v24 : i1
      %v26 = arith.andi %v13, %v25 : i1
      scf.if %v26 {
        %v29 = arith.muli %v20, %v28 : i64
        %v30 = arith.muli %v18, %v27 : i64
        %v31 = arith.addi %v29, %v30 : i64
        %v32 = llvm.getelementptr %next_n[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v33 = llvm.load %v32 : !llvm.ptr -> f32
        %v34 = llvm.getelementptr %state_n[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v33, %v34 : f32, !llvm.ptr
        %v35 = arith.muli %v20, %v28 : i64
        %v36 = arith.muli %v18, %v27 : i64
        %v37 = arith.addi %v35, %v36 : i64
        %v38 = arith.constant 1 : i64
        %v39 = arith.muli %v38, %v2 : i64
        %v40 = arith.addi %v37, %v39 : i64
        %v41 = llvm.getelementptr %next_n[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v42 = llvm.load %v41 : !llvm.ptr -> f32
        %v43 = llvm.getelementptr %state_n[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v42, %v43 : f32, !llvm.ptr
        %v44 = arith.muli %v20, %v28 : i64
        %v45 = arith.muli %v18, %v27 : i64
        %v46 = arith.addi %v44, %v45 : i64
        %v47 = arith.constant 2 : i64
        %v48 = arith.muli %v47, %v2 : i64
        %v49 = arith.addi %v46, %v48 : i64
        %v50 = llvm.getelementptr %next_n[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v51 = llvm.load %v50 : !llvm.ptr -> f32
        %v52 = llvm.getelementptr %state_n[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v51, %v52 : f32, !llvm.ptr
        %v53 = arith.muli %v20, %v28 : i64
        %v54 = arith.muli %v18, %v27 : i64
        %v55 = arith.addi %v53, %v54 : i64
        %v56 = arith.constant 3 : i64
        %v57 = arith.muli %v56, %v2 : i64
        %v58 = arith.addi %v55, %v57 : i64
        %v59 = llvm.getelementptr %next_n[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v60 = llvm.load %v59 : !llvm.ptr -> f32
        %v61 = llvm.getelementptr %state_n[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v60, %v61 : f32, !llvm.ptr
        %v62 = arith.muli %v20, %v28 : i64
        %v63 = arith.muli %v18, %v27 : i64
        %v64 = arith.addi %v62, %v63 : i64
        %v65 = arith.constant 4 : i64
        %v66 = arith.muli %v65, %v2 : i64
        %v67 = arith.addi %v64, %v66 : i64
        %v68 = llvm.getelementptr %next_n[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v69 = llvm.load %v68 : !llvm.ptr -> f32
        %v70 = llvm.getelementptr %state_n[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v69, %v70 : f32, !llvm.ptr
        %v71 = arith.muli %v20, %v28 : i64
        %v72 = arith.muli %v18, %v27 : i64
        %v73 = arith.addi %v71, %v72 : i64
        %v74 = arith.constant 5 : i64
        %v75 = arith.muli %v74, %v2 : i64
        %v76 = arith.addi %v73, %v75 : i64
        %v77 = llvm.getelementptr %next_n[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v78 = llvm.load %v77 : !llvm.ptr -> f32
        %v79 = llvm.getelementptr %state_n[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v78, %v79 : f32, !llvm.ptr
        %v80 = arith.muli %v20, %v28 : i64
        %v81 = arith.muli %v18, %v27 : i64
        %v82 = arith.addi %v80, %v81 : i64
        %v83 = arith.constant 6 : i64
        %v84 = arith.muli %v83, %v2 : i64
        %v85 = arith.addi %v82, %v84 : i64
        %v86 = llvm.getelementptr %next_n[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v87 = llvm.load %v86 : !llvm.ptr -> f32
        %v88 = llvm.getelementptr %state_n[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v87, %v88 : f32, !llvm.ptr
        %v89 = arith.muli %v20, %v28 : i64
        %v90 = arith.muli %v18, %v27 : i64
        %v91 = arith.addi %v89, %v90 : i64
        %v92 = arith.constant 7 : i64
        %v93 = arith.muli %v92, %v2 : i64
        %v94 = arith.addi %v91, %v93 : i64
        %v95 = llvm.getelementptr %next_n[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v96 = llvm.load %v95 : !llvm.ptr -> f32
        %v97 = llvm.getelementptr %state_n[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v96, %v97 : f32, !llvm.ptr
        %v98 = arith.muli %v20, %v28 : i64
        %v99 = arith.muli %v18, %v27 : i64
        %v100 = arith.addi %v98, %v99 : i64
        %v101 = arith.constant 8 : i64
        %v102 = arith.muli %v101, %v2 : i64
        %v103 = arith.addi %v100, %v102 : i64
        %v104 = llvm.getelementptr %next_n[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v105 = llvm.load %v104 : !llvm.ptr -> f32
        %v106 = llvm.getelementptr %state_n[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v105, %v106 : f32, !llvm.ptr
        %v107 = arith.muli %v20, %v28 : i64
        %v108 = arith.muli %v18, %v27 : i64
        %v109 = arith.addi %v107, %v108 : i64
        %v110 = arith.constant 9 : i64
        %v111 = arith.muli %v110, %v2 : i64
        %v112 = arith.addi %v109, %v111 : i64
        %v113 = llvm.getelementptr %next_n[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v114 = llvm.load %v113 : !llvm.ptr -> f32
        %v115 = llvm.getelementptr %state_n[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v114, %v115 : f32, !llvm.ptr
        %v116 = arith.muli %v20, %v28 : i64
        %v117 = arith.muli %v18, %v27 : i64
        %v118 = arith.addi %v116, %v117 : i64
        %v119 = arith.constant 10 : i64
        %v120 = arith.muli %v119, %v2 : i64
        %v121 = arith.addi %v118, %v120 : i64
        %v122 = llvm.getelementptr %next_n[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v123 = llvm.load %v122 : !llvm.ptr -> f32
        %v124 = llvm.getelementptr %state_n[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v123, %v124 : f32, !llvm.ptr
        %v125 = arith.muli %v20, %v28 : i64
        %v126 = arith.muli %v18, %v27 : i64
        %v127 = arith.addi %v125, %v126 : i64
        %v128 = arith.constant 11 : i64
        %v129 = arith.muli %v128, %v2 : i64
        %v130 = arith.addi %v127, %v129 : i64
        %v131 = llvm.getelementptr %next_n[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v132 = llvm.load %v131 : !llvm.ptr -> f32
        %v133 = llvm.getelementptr %state_n[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v132, %v133 : f32, !llvm.ptr
        %v134 = arith.muli %v20, %v28 : i64
        %v135 = arith.muli %v18, %v27 : i64
        %v136 = arith.addi %v134, %v135 : i64
        %v137 = arith.constant 12 : i64
        %v138 = arith.muli %v137, %v2 : i64
        %v139 = arith.addi %v136, %v138 : i64
        %v140 = llvm.getelementptr %next_n[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v141 = llvm.load %v140 : !llvm.ptr -> f32
        %v142 = llvm.getelementptr %state_n[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v141, %v142 : f32, !llvm.ptr
        %v143 = arith.muli %v20, %v28 : i64
        %v144 = arith.muli %v18, %v27 : i64
        %v145 = arith.addi %v143, %v144 : i64
        %v146 = arith.constant 13 : i64
        %v147 = arith.muli %v146, %v2 : i64
        %v148 = arith.addi %v145, %v147 : i64
        %v149 = llvm.getelementptr %next_n[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v150 = llvm.load %v149 : !llvm.ptr -> f32
        %v151 = llvm.getelementptr %state_n[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v150, %v151 : f32, !llvm.ptr
        %v152 = arith.muli %v20, %v28 : i64
        %v153 = arith.muli %v18, %v27 : i64
        %v154 = arith.addi %v152, %v153 : i64
        %v155 = arith.constant 14 : i64
        %v156 = arith.muli %v155, %v2 : i64
        %v157 = arith.addi %v154, %v156 : i64
        %v158 = llvm.getelementptr %next_n[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v159 = llvm.load %v158 : !llvm.ptr -> f32
        %v160 = llvm.getelementptr %state_n[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v159, %v160 : f32, !llvm.ptr
        %v161 = arith.muli %v20, %v28 : i64
        %v162 = arith.muli %v18, %v27 : i64
        %v163 = arith.addi %v161, %v162 : i64
        %v164 = arith.constant 15 : i64
        %v165 = arith.muli %v164, %v2 : i64
        %v166 = arith.addi %v163, %v165 : i64
        %v167 = llvm.getelementptr %next_n[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v168 = llvm.load %v167 : !llvm.ptr -> f32
        %v169 = llvm.getelementptr %state_n[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v168, %v169 : f32, !llvm.ptr
      }
      // end commit
      gpu.return
    }
  }
}
