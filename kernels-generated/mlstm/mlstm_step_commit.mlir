module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_step_commit(%state_m: !llvm.ptr, %next_m: !llvm.ptr, %state_n: !llvm.ptr, %next_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v9 = arith.constant 64 : i64
      %v21 = arith.constant 0 : i64
      %v35 = arith.muli %v1, %size_H : i64
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
        %v26 = arith.muli %v19, %size_H : i64
        %v27 = arith.addi %v26, %v17 : i64
        %v28 = llvm.getelementptr %next_m[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v29 = llvm.load %v28 : !llvm.ptr -> f32
        %v30 = llvm.getelementptr %state_m[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v29, %v30 : f32, !llvm.ptr
      }
      %v31 = arith.constant true
      %v32 = arith.cmpi eq, %v15, %v21 : i64
      %v33 = arith.andi %v31, %v32 : i1
      %v34 = arith.andi %v12, %v33 : i1
      scf.if %v34 {
        %v36 = arith.muli %v19, %v35 : i64
        %v37 = arith.muli %v17, %v1 : i64
        %v38 = arith.addi %v36, %v37 : i64
        %v39 = llvm.getelementptr %next_n[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v40 = llvm.load %v39 : !llvm.ptr -> f32
        %v41 = llvm.getelementptr %state_n[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v40, %v41 : f32, !llvm.ptr
        %v42 = arith.muli %v19, %v35 : i64
        %v43 = arith.muli %v17, %v1 : i64
        %v44 = arith.addi %v42, %v43 : i64
        %v45 = arith.constant 1 : i64
        %v46 = arith.addi %v44, %v45 : i64
        %v47 = llvm.getelementptr %next_n[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v48 = llvm.load %v47 : !llvm.ptr -> f32
        %v49 = llvm.getelementptr %state_n[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v48, %v49 : f32, !llvm.ptr
        %v50 = arith.muli %v19, %v35 : i64
        %v51 = arith.muli %v17, %v1 : i64
        %v52 = arith.addi %v50, %v51 : i64
        %v53 = arith.constant 2 : i64
        %v54 = arith.addi %v52, %v53 : i64
        %v55 = llvm.getelementptr %next_n[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v56 = llvm.load %v55 : !llvm.ptr -> f32
        %v57 = llvm.getelementptr %state_n[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v56, %v57 : f32, !llvm.ptr
        %v58 = arith.muli %v19, %v35 : i64
        %v59 = arith.muli %v17, %v1 : i64
        %v60 = arith.addi %v58, %v59 : i64
        %v61 = arith.constant 3 : i64
        %v62 = arith.addi %v60, %v61 : i64
        %v63 = llvm.getelementptr %next_n[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v64 = llvm.load %v63 : !llvm.ptr -> f32
        %v65 = llvm.getelementptr %state_n[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v64, %v65 : f32, !llvm.ptr
        %v66 = arith.muli %v19, %v35 : i64
        %v67 = arith.muli %v17, %v1 : i64
        %v68 = arith.addi %v66, %v67 : i64
        %v69 = arith.constant 4 : i64
        %v70 = arith.addi %v68, %v69 : i64
        %v71 = llvm.getelementptr %next_n[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v72 = llvm.load %v71 : !llvm.ptr -> f32
        %v73 = llvm.getelementptr %state_n[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v72, %v73 : f32, !llvm.ptr
        %v74 = arith.muli %v19, %v35 : i64
        %v75 = arith.muli %v17, %v1 : i64
        %v76 = arith.addi %v74, %v75 : i64
        %v77 = arith.constant 5 : i64
        %v78 = arith.addi %v76, %v77 : i64
        %v79 = llvm.getelementptr %next_n[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v80 = llvm.load %v79 : !llvm.ptr -> f32
        %v81 = llvm.getelementptr %state_n[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v80, %v81 : f32, !llvm.ptr
        %v82 = arith.muli %v19, %v35 : i64
        %v83 = arith.muli %v17, %v1 : i64
        %v84 = arith.addi %v82, %v83 : i64
        %v85 = arith.constant 6 : i64
        %v86 = arith.addi %v84, %v85 : i64
        %v87 = llvm.getelementptr %next_n[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v88 = llvm.load %v87 : !llvm.ptr -> f32
        %v89 = llvm.getelementptr %state_n[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v88, %v89 : f32, !llvm.ptr
        %v90 = arith.muli %v19, %v35 : i64
        %v91 = arith.muli %v17, %v1 : i64
        %v92 = arith.addi %v90, %v91 : i64
        %v93 = arith.constant 7 : i64
        %v94 = arith.addi %v92, %v93 : i64
        %v95 = llvm.getelementptr %next_n[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v96 = llvm.load %v95 : !llvm.ptr -> f32
        %v97 = llvm.getelementptr %state_n[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v96, %v97 : f32, !llvm.ptr
        %v98 = arith.muli %v19, %v35 : i64
        %v99 = arith.muli %v17, %v1 : i64
        %v100 = arith.addi %v98, %v99 : i64
        %v101 = arith.constant 8 : i64
        %v102 = arith.addi %v100, %v101 : i64
        %v103 = llvm.getelementptr %next_n[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v104 = llvm.load %v103 : !llvm.ptr -> f32
        %v105 = llvm.getelementptr %state_n[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v104, %v105 : f32, !llvm.ptr
        %v106 = arith.muli %v19, %v35 : i64
        %v107 = arith.muli %v17, %v1 : i64
        %v108 = arith.addi %v106, %v107 : i64
        %v109 = arith.constant 9 : i64
        %v110 = arith.addi %v108, %v109 : i64
        %v111 = llvm.getelementptr %next_n[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v112 = llvm.load %v111 : !llvm.ptr -> f32
        %v113 = llvm.getelementptr %state_n[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v112, %v113 : f32, !llvm.ptr
        %v114 = arith.muli %v19, %v35 : i64
        %v115 = arith.muli %v17, %v1 : i64
        %v116 = arith.addi %v114, %v115 : i64
        %v117 = arith.constant 10 : i64
        %v118 = arith.addi %v116, %v117 : i64
        %v119 = llvm.getelementptr %next_n[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v120 = llvm.load %v119 : !llvm.ptr -> f32
        %v121 = llvm.getelementptr %state_n[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v120, %v121 : f32, !llvm.ptr
        %v122 = arith.muli %v19, %v35 : i64
        %v123 = arith.muli %v17, %v1 : i64
        %v124 = arith.addi %v122, %v123 : i64
        %v125 = arith.constant 11 : i64
        %v126 = arith.addi %v124, %v125 : i64
        %v127 = llvm.getelementptr %next_n[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v128 = llvm.load %v127 : !llvm.ptr -> f32
        %v129 = llvm.getelementptr %state_n[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v128, %v129 : f32, !llvm.ptr
        %v130 = arith.muli %v19, %v35 : i64
        %v131 = arith.muli %v17, %v1 : i64
        %v132 = arith.addi %v130, %v131 : i64
        %v133 = arith.constant 12 : i64
        %v134 = arith.addi %v132, %v133 : i64
        %v135 = llvm.getelementptr %next_n[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v136 = llvm.load %v135 : !llvm.ptr -> f32
        %v137 = llvm.getelementptr %state_n[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v136, %v137 : f32, !llvm.ptr
        %v138 = arith.muli %v19, %v35 : i64
        %v139 = arith.muli %v17, %v1 : i64
        %v140 = arith.addi %v138, %v139 : i64
        %v141 = arith.constant 13 : i64
        %v142 = arith.addi %v140, %v141 : i64
        %v143 = llvm.getelementptr %next_n[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v144 = llvm.load %v143 : !llvm.ptr -> f32
        %v145 = llvm.getelementptr %state_n[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v144, %v145 : f32, !llvm.ptr
        %v146 = arith.muli %v19, %v35 : i64
        %v147 = arith.muli %v17, %v1 : i64
        %v148 = arith.addi %v146, %v147 : i64
        %v149 = arith.constant 14 : i64
        %v150 = arith.addi %v148, %v149 : i64
        %v151 = llvm.getelementptr %next_n[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v152 = llvm.load %v151 : !llvm.ptr -> f32
        %v153 = llvm.getelementptr %state_n[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v152, %v153 : f32, !llvm.ptr
        %v154 = arith.muli %v19, %v35 : i64
        %v155 = arith.muli %v17, %v1 : i64
        %v156 = arith.addi %v154, %v155 : i64
        %v157 = arith.constant 15 : i64
        %v158 = arith.addi %v156, %v157 : i64
        %v159 = llvm.getelementptr %next_n[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v160 = llvm.load %v159 : !llvm.ptr -> f32
        %v161 = llvm.getelementptr %state_n[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v160, %v161 : f32, !llvm.ptr
      }
      // end commit
      gpu.return
    }
  }
}
