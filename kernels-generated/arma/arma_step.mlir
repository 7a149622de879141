module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @arma_step(%in_e: !llvm.ptr, %in_phi1: !llvm.ptr, %in_phi2: !llvm.ptr, %in_theta1: !llvm.ptr, %in_theta2: !llvm.ptr, %out_y: !llvm.ptr, %out_forecast: !llvm.ptr, %state_h: !llvm.ptr, %state_h_lag1: !llvm.ptr, %state_e_lag1: !llvm.ptr, %state_e_lag2: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v7 = arith.constant 255 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v8, %v8 : i64
      %v14 = arith.constant 64 : i64
      %v40 = arith.constant 0 : i64
      %v69 = arith.constant 0x00000000 : f32
      %v73 = arith.constant 0x3F800000 : f32
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v15 = arith.muli %v13, %v14 : i64
      %v16 = arith.addi %v15, %v12 : i64
      %v17 = arith.cmpi slt, %v16, %v2 : i64
      %v18 = arith.subi %v2, %v1 : i64
      %v19 = arith.minsi %v16, %v18 : i64
      %v20 = arith.remui %v19, %size_D : i64
      %v21 = arith.divui %v19, %size_D : i64
      %v22 = arith.remui %v21, %size_B : i64
      %v23 = arith.divui %v21, %size_B : i64
      %v59 = llvm.getelementptr %in_theta1[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v60 = llvm.load %v59 : !llvm.ptr -> f32
      %v64 = llvm.getelementptr %in_theta2[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v65 = llvm.load %v64 : !llvm.ptr -> f32
      %v24 = arith.muli %v22, %size_D : i64
      %v25 = arith.addi %v24, %v20 : i64
      %v26 = llvm.getelementptr %state_h[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v27 = llvm.load %v26 : !llvm.ptr -> f32
      llvm.store %v27, %v3 : f32, !llvm.ptr
      %v28 = arith.muli %v22, %size_D : i64
      %v29 = arith.addi %v28, %v20 : i64
      %v30 = llvm.getelementptr %state_h_lag1[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v31 = llvm.load %v30 : !llvm.ptr -> f32
      llvm.store %v31, %v4 : f32, !llvm.ptr
      %v32 = arith.muli %v22, %size_D : i64
      %v33 = arith.addi %v32, %v20 : i64
      %v34 = llvm.getelementptr %state_e_lag1[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v35 = llvm.load %v34 : !llvm.ptr -> f32
      llvm.store %v35, %v5 : f32, !llvm.ptr
      %v36 = arith.muli %v22, %size_D : i64
      %v37 = arith.addi %v36, %v20 : i64
      %v38 = llvm.getelementptr %state_e_lag2[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v39 = llvm.load %v38 : !llvm.ptr -> f32
      llvm.store %v39, %v6 : f32, !llvm.ptr
      %v41 = arith.muli %v22, %size_D : i64
      %v42 = arith.addi %v41, %v20 : i64
      %v43 = llvm.getelementptr %in_phi1[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v44 = llvm.load %v43 : !llvm.ptr -> f32
      %v45 = arith.muli %v22, %size_D : i64
      %v46 = arith.addi %v45, %v20 : i64
      %v47 = llvm.getelementptr %in_e[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = llvm.load %v47 : !llvm.ptr -> f32
      %v49 = llvm.load %v3 : !llvm.ptr -> f32
      %v50 = arith.mulf %v44, %v49 fastmath<contract> : f32
      %v51 = arith.addf %v50, %v48 fastmath<contract> : f32
      %v52 = arith.muli %v22, %size_D : i64
      %v53 = arith.addi %v52, %v20 : i64
      %v54 = llvm.getelementptr %in_phi2[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v55 = llvm.load %v54 : !llvm.ptr -> f32
      %v56 = llvm.load %v4 : !llvm.ptr -> f32
      %v57 = arith.mulf %v55, %v56 fastmath<contract> : f32
      %v58 = arith.addf %v51, %v57 fastmath<contract> : f32
      %v61 = llvm.load %v5 : !llvm.ptr -> f32
      %v62 = arith.mulf %v60, %v61 fastmath<contract> : f32
      %v63 = arith.addf %v58, %v62 fastmath<contract> : f32
      %v66 = llvm.load %v6 : !llvm.ptr -> f32
      %v67 = arith.mulf %v65, %v66 fastmath<contract> : f32
      %v68 = arith.addf %v63, %v67 fastmath<contract> : f32
      %v70 = llvm.load %v4 : !llvm.ptr -> f32
      %v71 = arith.mulf %v69, %v70 fastmath<contract> : f32
      %v72 = arith.addf %v71, %v69 fastmath<contract> : f32
      %v74 = llvm.load %v3 : !llvm.ptr -> f32
      %v75 = arith.mulf %v73, %v74 fastmath<contract> : f32
      %v76 = arith.addf %v72, %v75 fastmath<contract> : f32
      %v77 = llvm.load %v5 : !llvm.ptr -> f32
      %v78 = arith.mulf %v69, %v77 fastmath<contract> : f32
      %v79 = arith.addf %v78, %v48 fastmath<contract> : f32
      %v80 = llvm.load %v6 : !llvm.ptr -> f32
      %v81 = arith.mulf %v69, %v80 fastmath<contract> : f32
      %v82 = arith.addf %v81, %v69 fastmath<contract> : f32
      %v83 = llvm.load %v5 : !llvm.ptr -> f32
      %v84 = arith.mulf %v73, %v83 fastmath<contract> : f32
      %v85 = arith.addf %v82, %v84 fastmath<contract> : f32
      llvm.store %v68, %v3 : f32, !llvm.ptr
      llvm.store %v76, %v4 : f32, !llvm.ptr
      llvm.store %v79, %v5 : f32, !llvm.ptr
      llvm.store %v85, %v6 : f32, !llvm.ptr
      %v86 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v17 {
        %v87 = arith.muli %v22, %size_D : i64
        %v88 = arith.addi %v87, %v20 : i64
        %v89 = llvm.getelementptr %out_y[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v86, %v89 : f32, !llvm.ptr
      }
      %v90 = arith.mulf %v44, %v86 fastmath<contract> : f32
      %v91 = llvm.load %v4 : !llvm.ptr -> f32
      %v92 = arith.mulf %v55, %v91 fastmath<contract> : f32
      %v93 = arith.addf %v90, %v92 fastmath<contract> : f32
      %v94 = arith.mulf %v48, %v60 fastmath<contract> : f32
      %v95 = arith.addf %v93, %v94 fastmath<contract> : f32
      %v96 = llvm.load %v6 : !llvm.ptr -> f32
      %v97 = arith.mulf %v65, %v96 fastmath<contract> : f32
      %v98 = arith.addf %v95, %v97 fastmath<contract> : f32
      scf.if %v17 {
        %v99 = arith.muli %v22, %size_D : i64
        %v100 = arith.addi %v99, %v20 : i64
        %v101 = llvm.getelementptr %out_forecast[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v98, %v101 : f32, !llvm.ptr
      }
      scf.if %v17 {
        %v102 = llvm.load %v3 : !llvm.ptr -> f32
        %v103 = arith.muli %v22, %size_D : i64
        %v104 = arith.addi %v103, %v20 : i64
        %v105 = llvm.getelementptr %state_h[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v102, %v105 : f32, !llvm.ptr
        %v106 = llvm.load %v4 : !llvm.ptr -> f32
        %v107 = arith.muli %v22, %size_D : i64
        %v108 = arith.addi %v107, %v20 : i64
        %v109 = llvm.getelementptr %state_h_lag1[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v106, %v109 : f32, !llvm.ptr
        %v110 = llvm.load %v5 : !llvm.ptr -> f32
        %v111 = arith.muli %v22, %size_D : i64
        %v112 = arith.addi %v111, %v20 : i64
        %v113 = llvm.getelementptr %state_e_lag1[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v110, %v113 : f32, !llvm.ptr
        %v114 = llvm.load %v6 : !llvm.ptr -> f32
        %v115 = arith.muli %v22, %size_D : i64
        %v116 = arith.addi %v115, %v20 : i64
        %v117 = llvm.getelementptr %state_e_lag2[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v114, %v117 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
