module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_step_commit(%state_n: !llvm.ptr, %next_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v9 = arith.constant 64 : i64
      %v21 = arith.constant 0 : i64
      %v26 = arith.muli %v1, %size_H : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v4 : i64
      %v13 = arith.subi %v4, %v2 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_DV : i64
      %v16 = arith.divui %v14, %size_DV : i64
      %v17 = arith.remui %v16, %size_H : i64
      %v18 = arith.divui %v16, %size_H : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      // commit: the new value of each state held alike by several threads, copied by one of them
      %v22 = arith.constant true
      %v23 = arith.cmpi eq, %v15, %v21 : i64
      %v24 = arith.andi %v22, %v23 : i1
      %v25 = arith.andi %v12, %v24 : i1
      scf.if %v25 {
        %v27 = arith.muli %v19, %v26 : i64
        %v28 = arith.muli %v17, %v1 : i64
        %v29 = arith.addi %v27, %v28 : i64
        %v30 = llvm.getelementptr %next_n[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v31 = llvm.load %v30 : !llvm.ptr -> f32
        %v32 = llvm.getelementptr %state_n[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v31, %v32 : f32, !llvm.ptr
        %v33 = arith.muli %v19, %v26 : i64
        %v34 = arith.muli %v17, %v1 : i64
        %v35 = arith.addi %v33, %v34 : i64
        %v36 = arith.constant 1 : i64
        %v37 = arith.addi %v35, %v36 : i64
        %v38 = llvm.getelementptr %next_n[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v39 = llvm.load %v38 : !llvm.ptr -> f32
        %v40 = llvm.getelementptr %state_n[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v39, %v40 : f32, !llvm.ptr
        %v41 = arith.muli %v19, %v26 : i64
        %v42 = arith.muli %v17, %v1 : i64
        %v43 = arith.addi %v41, %v42 : i64
        %v44 = arith.constant 2 : i64
        %v45 = arith.addi %v43, %v44 : i64
        %v46 = llvm.getelementptr %next_n[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v47 = llvm.load %v46 : !llvm.ptr -> f32
        %v48 = llvm.getelementptr %state_n[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v47, %v48 : f32, !llvm.ptr
        %v49 = arith.muli %v19, %v26 : i64
        %v50 = arith.muli %v17, %v1 : i64
        %v51 = arith.addi %v49, %v50 : i64
        %v52 = arith.constant 3 : i64
        %v53 = arith.addi %v51, %v52 : i64
        %v54 = llvm.getelementptr %next_n[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = llvm.load %v54 : !llvm.ptr -> f32
        %v56 = llvm.getelementptr %state_n[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v56 : f32, !llvm.ptr
        %v57 = arith.muli %v19, %v26 : i64
        %v58 = arith.muli %v17, %v1 : i64
        %v59 = arith.addi %v57, %v58 : i64
        %v60 = arith.constant 4 : i64
        %v61 = arith.addi %v59, %v60 : i64
        %v62 = llvm.getelementptr %next_n[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v63 = llvm.load %v62 : !llvm.ptr -> f32
        %v64 = llvm.getelementptr %state_n[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v63, %v64 : f32, !llvm.ptr
        %v65 = arith.muli %v19, %v26 : i64
        %v66 = arith.muli %v17, %v1 : i64
        %v67 = arith.addi %v65, %v66 : i64
        %v68 = arith.constant 5 : i64
        %v69 = arith.addi %v67, %v68 : i64
        %v70 = llvm.getelementptr %next_n[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v71 = llvm.load %v70 : !llvm.ptr -> f32
        %v72 = llvm.getelementptr %state_n[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v71, %v72 : f32, !llvm.ptr
        %v73 = arith.muli %v19, %v26 : i64
        %v74 = arith.muli %v17, %v1 : i64
        %v75 = arith.addi %v73, %v74 : i64
        %v76 = arith.constant 6 : i64
        %v77 = arith.addi %v75, %v76 : i64
        %v78 = llvm.getelementptr %next_n[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v79 = llvm.load %v78 : !llvm.ptr -> f32
        %v80 = llvm.getelementptr %state_n[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v79, %v80 : f32, !llvm.ptr
        %v81 = arith.muli %v19, %v26 : i64
        %v82 = arith.muli %v17, %v1 : i64
        %v83 = arith.addi %v81, %v82 : i64
        %v84 = arith.constant 7 : i64
        %v85 = arith.addi %v83, %v84 : i64
        %v86 = llvm.getelementptr %next_n[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v87 = llvm.load %v86 : !llvm.ptr -> f32
        %v88 = llvm.getelementptr %state_n[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v87, %v88 : f32, !llvm.ptr
        %v89 = arith.muli %v19, %v26 : i64
        %v90 = arith.muli %v17, %v1 : i64
        %v91 = arith.addi %v89, %v90 : i64
        %v92 = arith.constant 8 : i64
        %v93 = arith.addi %v91, %v92 : i64
        %v94 = llvm.getelementptr %next_n[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v95 = llvm.load %v94 : !llvm.ptr -> f32
        %v96 = llvm.getelementptr %state_n[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v95, %v96 : f32, !llvm.ptr
        %v97 = arith.muli %v19, %v26 : i64
        %v98 = arith.muli %v17, %v1 : i64
        %v99 = arith.addi %v97, %v98 : i64
        %v100 = arith.constant 9 : i64
        %v101 = arith.addi %v99, %v100 : i64
        %v102 = llvm.getelementptr %next_n[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v103 = llvm.load %v102 : !llvm.ptr -> f32
        %v104 = llvm.getelementptr %state_n[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v103, %v104 : f32, !llvm.ptr
        %v105 = arith.muli %v19, %v26 : i64
        %v106 = arith.muli %v17, %v1 : i64
        %v107 = arith.addi %v105, %v106 : i64
        %v108 = arith.constant 10 : i64
        %v109 = arith.addi %v107, %v108 : i64
        %v110 = llvm.getelementptr %next_n[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v111 = llvm.load %v110 : !llvm.ptr -> f32
        %v112 = llvm.getelementptr %state_n[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v111, %v112 : f32, !llvm.ptr
        %v113 = arith.muli %v19, %v26 : i64
        %v114 = arith.muli %v17, %v1 : i64
        %v115 = arith.addi %v113, %v114 : i64
        %v116 = arith.constant 11 : i64
        %v117 = arith.addi %v115, %v116 : i64
        %v118 = llvm.getelementptr %next_n[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v119 = llvm.load %v118 : !llvm.ptr -> f32
        %v120 = llvm.getelementptr %state_n[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v119, %v120 : f32, !llvm.ptr
        %v121 = arith.muli %v19, %v26 : i64
        %v122 = arith.muli %v17, %v1 : i64
        %v123 = arith.addi %v121, %v122 : i64
        %v124 = arith.constant 12 : i64
        %v125 = arith.addi %v123, %v124 : i64
        %v126 = llvm.getelementptr %next_n[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v127 = llvm.load %v126 : !llvm.ptr -> f32
        %v128 = llvm.getelementptr %state_n[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v127, %v128 : f32, !llvm.ptr
        %v129 = arith.muli %v19, %v26 : i64
        %v130 = arith.muli %v17, %v1 : i64
        %v131 = arith.addi %v129, %v130 : i64
        %v132 = arith.constant 13 : i64
        %v133 = arith.addi %v131, %v132 : i64
        %v134 = llvm.getelementptr %next_n[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v135 = llvm.load %v134 : !llvm.ptr -> f32
        %v136 = llvm.getelementptr %state_n[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v135, %v136 : f32, !llvm.ptr
        %v137 = arith.muli %v19, %v26 : i64
        %v138 = arith.muli %v17, %v1 : i64
        %v139 = arith.addi %v137, %v138 : i64
        %v140 = arith.constant 14 : i64
        %v141 = arith.addi %v139, %v140 : i64
        %v142 = llvm.getelementptr %next_n[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v143 = llvm.load %v142 : !llvm.ptr -> f32
        %v144 = llvm.getelementptr %state_n[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v143, %v144 : f32, !llvm.ptr
        %v145 = arith.muli %v19, %v26 : i64
        %v146 = arith.muli %v17, %v1 : i64
        %v147 = arith.addi %v145, %v146 : i64
        %v148 = arith.constant 15 : i64
        %v149 = arith.addi %v147, %v148 : i64
        %v150 = llvm.getelementptr %next_n[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v151 = llvm.load %v150 : !llvm.ptr -> f32
        %v152 = llvm.getelementptr %state_n[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v151, %v152 : f32, !llvm.ptr
      }
      // end commit
      gpu.return
    }
  }
}
