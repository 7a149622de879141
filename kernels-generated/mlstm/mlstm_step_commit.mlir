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
      %v25 = arith.muli %v2, %v1 : i64
      %v26 = arith.muli %v25, %size_H : i64
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
      %v23 = arith.cmpi eq, %v16, %v22 : i64
      %v24 = arith.andi %v13, %v23 : i1
      scf.if %v24 {
        %v27 = arith.muli %v20, %v26 : i64
        %v28 = arith.muli %v18, %v25 : i64
        %v29 = arith.addi %v27, %v28 : i64
        %v30 = llvm.getelementptr %next_n[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v31 = llvm.load %v30 : !llvm.ptr -> f32
        %v32 = llvm.getelementptr %state_n[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v31, %v32 : f32, !llvm.ptr
        %v33 = arith.muli %v20, %v26 : i64
        %v34 = arith.muli %v18, %v25 : i64
        %v35 = arith.addi %v33, %v34 : i64
        %v36 = arith.constant 1 : i64
        %v37 = arith.muli %v36, %v2 : i64
        %v38 = arith.addi %v35, %v37 : i64
        %v39 = llvm.getelementptr %next_n[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v40 = llvm.load %v39 : !llvm.ptr -> f32
        %v41 = llvm.getelementptr %state_n[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v40, %v41 : f32, !llvm.ptr
        %v42 = arith.muli %v20, %v26 : i64
        %v43 = arith.muli %v18, %v25 : i64
        %v44 = arith.addi %v42, %v43 : i64
        %v45 = arith.constant 2 : i64
        %v46 = arith.muli %v45, %v2 : i64
        %v47 = arith.addi %v44, %v46 : i64
        %v48 = llvm.getelementptr %next_n[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v49 = llvm.load %v48 : !llvm.ptr -> f32
        %v50 = llvm.getelementptr %state_n[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v49, %v50 : f32, !llvm.ptr
        %v51 = arith.muli %v20, %v26 : i64
        %v52 = arith.muli %v18, %v25 : i64
        %v53 = arith.addi %v51, %v52 : i64
        %v54 = arith.constant 3 : i64
        %v55 = arith.muli %v54, %v2 : i64
        %v56 = arith.addi %v53, %v55 : i64
        %v57 = llvm.getelementptr %next_n[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v58 = llvm.load %v57 : !llvm.ptr -> f32
        %v59 = llvm.getelementptr %state_n[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v58, %v59 : f32, !llvm.ptr
        %v60 = arith.muli %v20, %v26 : i64
        %v61 = arith.muli %v18, %v25 : i64
        %v62 = arith.addi %v60, %v61 : i64
        %v63 = arith.constant 4 : i64
        %v64 = arith.muli %v63, %v2 : i64
        %v65 = arith.addi %v62, %v64 : i64
        %v66 = llvm.getelementptr %next_n[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v67 = llvm.load %v66 : !llvm.ptr -> f32
        %v68 = llvm.getelementptr %state_n[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v67, %v68 : f32, !llvm.ptr
        %v69 = arith.muli %v20, %v26 : i64
        %v70 = arith.muli %v18, %v25 : i64
        %v71 = arith.addi %v69, %v70 : i64
        %v72 = arith.constant 5 : i64
        %v73 = arith.muli %v72, %v2 : i64
        %v74 = arith.addi %v71, %v73 : i64
        %v75 = llvm.getelementptr %next_n[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v76 = llvm.load %v75 : !llvm.ptr -> f32
        %v77 = llvm.getelementptr %state_n[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v76, %v77 : f32, !llvm.ptr
        %v78 = arith.muli %v20, %v26 : i64
        %v79 = arith.muli %v18, %v25 : i64
        %v80 = arith.addi %v78, %v79 : i64
        %v81 = arith.constant 6 : i64
        %v82 = arith.muli %v81, %v2 : i64
        %v83 = arith.addi %v80, %v82 : i64
        %v84 = llvm.getelementptr %next_n[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v85 = llvm.load %v84 : !llvm.ptr -> f32
        %v86 = llvm.getelementptr %state_n[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v85, %v86 : f32, !llvm.ptr
        %v87 = arith.muli %v20, %v26 : i64
        %v88 = arith.muli %v18, %v25 : i64
        %v89 = arith.addi %v87, %v88 : i64
        %v90 = arith.constant 7 : i64
        %v91 = arith.muli %v90, %v2 : i64
        %v92 = arith.addi %v89, %v91 : i64
        %v93 = llvm.getelementptr %next_n[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v94 = llvm.load %v93 : !llvm.ptr -> f32
        %v95 = llvm.getelementptr %state_n[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v94, %v95 : f32, !llvm.ptr
        %v96 = arith.muli %v20, %v26 : i64
        %v97 = arith.muli %v18, %v25 : i64
        %v98 = arith.addi %v96, %v97 : i64
        %v99 = arith.constant 8 : i64
        %v100 = arith.muli %v99, %v2 : i64
        %v101 = arith.addi %v98, %v100 : i64
        %v102 = llvm.getelementptr %next_n[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v103 = llvm.load %v102 : !llvm.ptr -> f32
        %v104 = llvm.getelementptr %state_n[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v103, %v104 : f32, !llvm.ptr
        %v105 = arith.muli %v20, %v26 : i64
        %v106 = arith.muli %v18, %v25 : i64
        %v107 = arith.addi %v105, %v106 : i64
        %v108 = arith.constant 9 : i64
        %v109 = arith.muli %v108, %v2 : i64
        %v110 = arith.addi %v107, %v109 : i64
        %v111 = llvm.getelementptr %next_n[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v112 = llvm.load %v111 : !llvm.ptr -> f32
        %v113 = llvm.getelementptr %state_n[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v112, %v113 : f32, !llvm.ptr
        %v114 = arith.muli %v20, %v26 : i64
        %v115 = arith.muli %v18, %v25 : i64
        %v116 = arith.addi %v114, %v115 : i64
        %v117 = arith.constant 10 : i64
        %v118 = arith.muli %v117, %v2 : i64
        %v119 = arith.addi %v116, %v118 : i64
        %v120 = llvm.getelementptr %next_n[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v121 = llvm.load %v120 : !llvm.ptr -> f32
        %v122 = llvm.getelementptr %state_n[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v121, %v122 : f32, !llvm.ptr
        %v123 = arith.muli %v20, %v26 : i64
        %v124 = arith.muli %v18, %v25 : i64
        %v125 = arith.addi %v123, %v124 : i64
        %v126 = arith.constant 11 : i64
        %v127 = arith.muli %v126, %v2 : i64
        %v128 = arith.addi %v125, %v127 : i64
        %v129 = llvm.getelementptr %next_n[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v130 = llvm.load %v129 : !llvm.ptr -> f32
        %v131 = llvm.getelementptr %state_n[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v130, %v131 : f32, !llvm.ptr
        %v132 = arith.muli %v20, %v26 : i64
        %v133 = arith.muli %v18, %v25 : i64
        %v134 = arith.addi %v132, %v133 : i64
        %v135 = arith.constant 12 : i64
        %v136 = arith.muli %v135, %v2 : i64
        %v137 = arith.addi %v134, %v136 : i64
        %v138 = llvm.getelementptr %next_n[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v139 = llvm.load %v138 : !llvm.ptr -> f32
        %v140 = llvm.getelementptr %state_n[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v139, %v140 : f32, !llvm.ptr
        %v141 = arith.muli %v20, %v26 : i64
        %v142 = arith.muli %v18, %v25 : i64
        %v143 = arith.addi %v141, %v142 : i64
        %v144 = arith.constant 13 : i64
        %v145 = arith.muli %v144, %v2 : i64
        %v146 = arith.addi %v143, %v145 : i64
        %v147 = llvm.getelementptr %next_n[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v148 = llvm.load %v147 : !llvm.ptr -> f32
        %v149 = llvm.getelementptr %state_n[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v148, %v149 : f32, !llvm.ptr
        %v150 = arith.muli %v20, %v26 : i64
        %v151 = arith.muli %v18, %v25 : i64
        %v152 = arith.addi %v150, %v151 : i64
        %v153 = arith.constant 14 : i64
        %v154 = arith.muli %v153, %v2 : i64
        %v155 = arith.addi %v152, %v154 : i64
        %v156 = llvm.getelementptr %next_n[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v157 = llvm.load %v156 : !llvm.ptr -> f32
        %v158 = llvm.getelementptr %state_n[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v157, %v158 : f32, !llvm.ptr
        %v159 = arith.muli %v20, %v26 : i64
        %v160 = arith.muli %v18, %v25 : i64
        %v161 = arith.addi %v159, %v160 : i64
        %v162 = arith.constant 15 : i64
        %v163 = arith.muli %v162, %v2 : i64
        %v164 = arith.addi %v161, %v163 : i64
        %v165 = llvm.getelementptr %next_n[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v166 = llvm.load %v165 : !llvm.ptr -> f32
        %v167 = llvm.getelementptr %state_n[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v166, %v167 : f32, !llvm.ptr
      }
      // end commit
      gpu.return
    }
  }
}
