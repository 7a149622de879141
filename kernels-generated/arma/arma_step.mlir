module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_step(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %out_y: !llvm.ptr, %out_forecast: !llvm.ptr, %state_h: !llvm.ptr, %state_h_lag1: !llvm.ptr, %state_e_lag1: !llvm.ptr, %state_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = arith.constant 255 : i64
      %v9 = arith.addi %v1, %v8 : i64
      %v10 = arith.constant 256 : i64
      %v11 = arith.divui %v9, %v10 : i64
      %v16 = arith.constant 64 : i64
      %v26 = arith.muli %v1, %size_D : i64
      %v47 = arith.constant 0 : i64
      %v48 = arith.muli %v1, %v1 : i64
      %v49 = arith.muli %v48, %size_D : i64
      %v89 = arith.constant 0x00000000 : f32
      %v93 = arith.constant 0x3F800000 : f32
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.muli %v15, %v16 : i64
      %v18 = arith.addi %v17, %v14 : i64
      %v19 = arith.cmpi slt, %v18, %v3 : i64
      %v20 = arith.subi %v3, %v1 : i64
      %v21 = arith.minsi %v18, %v20 : i64
      %v22 = arith.remui %v21, %size_D : i64
      %v23 = arith.divui %v21, %size_D : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      %v77 = arith.muli %v22, %v1 : i64
      %v78 = llvm.getelementptr %in_theta1[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      %v83 = arith.muli %v22, %v1 : i64
      %v84 = llvm.getelementptr %in_theta2[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v85 = llvm.load %v84 : !llvm.ptr -> f32
      %v27 = arith.muli %v24, %v26 : i64
      %v28 = arith.muli %v22, %v1 : i64
      %v29 = arith.addi %v27, %v28 : i64
      %v30 = llvm.getelementptr %state_h[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v31 = llvm.load %v30 : !llvm.ptr -> f32
      llvm.store %v31, %v4 : f32, !llvm.ptr
      %v32 = arith.muli %v24, %v26 : i64
      %v33 = arith.muli %v22, %v1 : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = llvm.getelementptr %state_h_lag1[%v34] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v36 = llvm.load %v35 : !llvm.ptr -> f32
      llvm.store %v36, %v5 : f32, !llvm.ptr
      %v37 = arith.muli %v24, %v26 : i64
      %v38 = arith.muli %v22, %v1 : i64
      %v39 = arith.addi %v37, %v38 : i64
      %v40 = llvm.getelementptr %state_e_lag1[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v41 = llvm.load %v40 : !llvm.ptr -> f32
      llvm.store %v41, %v6 : f32, !llvm.ptr
      %v42 = arith.muli %v24, %v26 : i64
      %v43 = arith.muli %v22, %v1 : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v45 = llvm.getelementptr %state_e_lag2[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v46 = llvm.load %v45 : !llvm.ptr -> f32
      llvm.store %v46, %v7 : f32, !llvm.ptr
      %v50 = arith.muli %v24, %v49 : i64
      %v51 = arith.muli %v22, %v48 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = arith.muli %v47, %v1 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v55 = llvm.getelementptr %in_phi1[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v56 = llvm.load %v55 : !llvm.ptr -> f32
      %v57 = arith.muli %v24, %v49 : i64
      %v58 = arith.muli %v22, %v48 : i64
      %v59 = arith.addi %v57, %v58 : i64
      %v60 = arith.muli %v47, %v1 : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v62 = llvm.getelementptr %in_e[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v63 = llvm.load %v62 : !llvm.ptr -> f32
      %v64 = llvm.load %v4 : !llvm.ptr -> f32
      %v65 = arith.mulf %v56, %v64 fastmath<contract> : f32
      %v66 = arith.addf %v65, %v63 fastmath<contract> : f32
      %v67 = arith.muli %v24, %v49 : i64
      %v68 = arith.muli %v22, %v48 : i64
      %v69 = arith.addi %v67, %v68 : i64
      %v70 = arith.muli %v47, %v1 : i64
      %v71 = arith.addi %v69, %v70 : i64
      %v72 = llvm.getelementptr %in_phi2[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v73 = llvm.load %v72 : !llvm.ptr -> f32
      %v74 = llvm.load %v5 : !llvm.ptr -> f32
      %v75 = arith.mulf %v73, %v74 fastmath<contract> : f32
      %v76 = arith.addf %v66, %v75 fastmath<contract> : f32
      %v80 = llvm.load %v6 : !llvm.ptr -> f32
      %v81 = arith.mulf %v79, %v80 fastmath<contract> : f32
      %v82 = arith.addf %v76, %v81 fastmath<contract> : f32
      %v86 = llvm.load %v7 : !llvm.ptr -> f32
      %v87 = arith.mulf %v85, %v86 fastmath<contract> : f32
      %v88 = arith.addf %v82, %v87 fastmath<contract> : f32
      %v90 = llvm.load %v5 : !llvm.ptr -> f32
      %v91 = arith.mulf %v89, %v90 fastmath<contract> : f32
      %v92 = arith.addf %v91, %v89 fastmath<contract> : f32
      %v94 = llvm.load %v4 : !llvm.ptr -> f32
      %v95 = arith.mulf %v93, %v94 fastmath<contract> : f32
      %v96 = arith.addf %v92, %v95 fastmath<contract> : f32
      %v97 = llvm.load %v6 : !llvm.ptr -> f32
      %v98 = arith.mulf %v89, %v97 fastmath<contract> : f32
      %v99 = arith.addf %v98, %v63 fastmath<contract> : f32
      %v100 = llvm.load %v7 : !llvm.ptr -> f32
      %v101 = arith.mulf %v89, %v100 fastmath<contract> : f32
      %v102 = arith.addf %v101, %v89 fastmath<contract> : f32
      %v103 = llvm.load %v6 : !llvm.ptr -> f32
      %v104 = arith.mulf %v93, %v103 fastmath<contract> : f32
      %v105 = arith.addf %v102, %v104 fastmath<contract> : f32
      llvm.store %v88, %v4 : f32, !llvm.ptr
      llvm.store %v96, %v5 : f32, !llvm.ptr
      llvm.store %v99, %v6 : f32, !llvm.ptr
      llvm.store %v105, %v7 : f32, !llvm.ptr
      %v106 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v19 {
        %v107 = arith.muli %v24, %v49 : i64
        %v108 = arith.muli %v22, %v48 : i64
        %v109 = arith.addi %v107, %v108 : i64
        %v110 = arith.muli %v47, %v1 : i64
        %v111 = arith.addi %v109, %v110 : i64
        %v112 = llvm.getelementptr %out_y[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v106, %v112 : f32, !llvm.ptr
      }
      %v113 = arith.mulf %v56, %v106 fastmath<contract> : f32
      %v114 = llvm.load %v5 : !llvm.ptr -> f32
      %v115 = arith.mulf %v73, %v114 fastmath<contract> : f32
      %v116 = arith.addf %v113, %v115 fastmath<contract> : f32
      %v117 = arith.mulf %v63, %v79 fastmath<contract> : f32
      %v118 = arith.addf %v116, %v117 fastmath<contract> : f32
      %v119 = llvm.load %v7 : !llvm.ptr -> f32
      %v120 = arith.mulf %v85, %v119 fastmath<contract> : f32
      %v121 = arith.addf %v118, %v120 fastmath<contract> : f32
      scf.if %v19 {
        %v122 = arith.muli %v24, %v49 : i64
        %v123 = arith.muli %v22, %v48 : i64
        %v124 = arith.addi %v122, %v123 : i64
        %v125 = arith.muli %v47, %v1 : i64
        %v126 = arith.addi %v124, %v125 : i64
        %v127 = llvm.getelementptr %out_forecast[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v121, %v127 : f32, !llvm.ptr
      }
      scf.if %v19 {
        %v128 = llvm.load %v4 : !llvm.ptr -> f32
        %v129 = arith.muli %v24, %v26 : i64
        %v130 = arith.muli %v22, %v1 : i64
        %v131 = arith.addi %v129, %v130 : i64
        %v132 = llvm.getelementptr %state_h[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v128, %v132 : f32, !llvm.ptr
        %v133 = llvm.load %v5 : !llvm.ptr -> f32
        %v134 = arith.muli %v24, %v26 : i64
        %v135 = arith.muli %v22, %v1 : i64
        %v136 = arith.addi %v134, %v135 : i64
        %v137 = llvm.getelementptr %state_h_lag1[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v133, %v137 : f32, !llvm.ptr
        %v138 = llvm.load %v6 : !llvm.ptr -> f32
        %v139 = arith.muli %v24, %v26 : i64
        %v140 = arith.muli %v22, %v1 : i64
        %v141 = arith.addi %v139, %v140 : i64
        %v142 = llvm.getelementptr %state_e_lag1[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v138, %v142 : f32, !llvm.ptr
        %v143 = llvm.load %v7 : !llvm.ptr -> f32
        %v144 = arith.muli %v24, %v26 : i64
        %v145 = arith.muli %v22, %v1 : i64
        %v146 = arith.addi %v144, %v145 : i64
        %v147 = llvm.getelementptr %state_e_lag2[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v143, %v147 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
