module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_step(%in_nu_log: !llvm.ptr, %in_theta_log: !llvm.ptr, %in_sum0: !llvm.ptr, %in_sum1: !llvm.ptr, %out_x_re_seq: !llvm.ptr, %out_x_im_seq: !llvm.ptr, %state_x_re: !llvm.ptr, %state_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_N : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 63 : i64
      %v6 = arith.constant 64 : i64
      %v7 = arith.divui %v6, %v6 : i64
      %v29 = arith.constant 0 : i64
      %v32 = arith.constant 0x3FB8AA3B : f32
      %v42 = arith.constant 0x3E22F983 : f32
      %v45 = arith.constant 0x40C90000 : f32
      %v46 = arith.constant 0x3AFDAA22 : f32
      %v53 = arith.constant 0x3F800000 : f32
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v12 = arith.muli %v11, %v6 : i64
      %v13 = arith.addi %v12, %v10 : i64
      %v14 = arith.cmpi slt, %v13, %v2 : i64
      %v15 = arith.subi %v2, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_N : i64
      %v18 = arith.divui %v16, %size_N : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      %v30 = llvm.getelementptr %in_nu_log[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v31 = llvm.load %v30 : !llvm.ptr -> f32
      %v33 = arith.mulf %v31, %v32 fastmath<contract> : f32
      %v34 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v33) : (f32) -> f32
      %v35 = arith.negf %v34 : f32
      %v36 = arith.mulf %v35, %v32 fastmath<contract> : f32
      %v37 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v36) : (f32) -> f32
      %v38 = llvm.getelementptr %in_theta_log[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v39 = llvm.load %v38 : !llvm.ptr -> f32
      %v40 = arith.mulf %v39, %v32 fastmath<contract> : f32
      %v41 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v40) : (f32) -> f32
      %v43 = arith.mulf %v41, %v42 fastmath<contract> : f32
      %v44 = llvm.call_intrinsic "llvm.roundeven.f32"(%v43) : (f32) -> f32
      %v47 = arith.mulf %v44, %v45 fastmath<contract> : f32
      %v48 = arith.subf %v41, %v47 fastmath<contract> : f32
      %v49 = arith.mulf %v44, %v46 fastmath<contract> : f32
      %v50 = arith.subf %v48, %v49 fastmath<contract> : f32
      %v51 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v50) : (f32) -> f32
      %v52 = arith.mulf %v37, %v51 fastmath<contract> : f32
      %v54 = arith.mulf %v52, %v52 fastmath<contract> : f32
      %v55 = arith.mulf %v41, %v42 fastmath<contract> : f32
      %v56 = llvm.call_intrinsic "llvm.roundeven.f32"(%v55) : (f32) -> f32
      %v57 = arith.mulf %v56, %v45 fastmath<contract> : f32
      %v58 = arith.subf %v41, %v57 fastmath<contract> : f32
      %v59 = arith.mulf %v56, %v46 fastmath<contract> : f32
      %v60 = arith.subf %v58, %v59 fastmath<contract> : f32
      %v61 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v60) : (f32) -> f32
      %v62 = arith.mulf %v37, %v61 fastmath<contract> : f32
      %v63 = arith.mulf %v62, %v62 fastmath<contract> : f32
      %v64 = arith.addf %v54, %v63 fastmath<contract> : f32
      %v65 = llvm.call_intrinsic "llvm.sqrt.f32"(%v64) : (f32) -> f32
      %v66 = arith.mulf %v65, %v65 fastmath<contract> : f32
      %v67 = arith.subf %v53, %v66 fastmath<contract> : f32
      %v68 = llvm.call_intrinsic "llvm.sqrt.f32"(%v67) : (f32) -> f32
      %v77 = arith.negf %v62 : f32
      %v21 = arith.muli %v19, %size_N : i64
      %v22 = arith.addi %v21, %v17 : i64
      %v23 = llvm.getelementptr %state_x_re[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v24 = llvm.load %v23 : !llvm.ptr -> f32
      llvm.store %v24, %v3 : f32, !llvm.ptr
      %v25 = arith.muli %v19, %size_N : i64
      %v26 = arith.addi %v25, %v17 : i64
      %v27 = llvm.getelementptr %state_x_im[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v28 = llvm.load %v27 : !llvm.ptr -> f32
      llvm.store %v28, %v4 : f32, !llvm.ptr
      %v69 = arith.muli %v19, %size_N : i64
      %v70 = arith.addi %v69, %v17 : i64
      %v71 = llvm.getelementptr %in_sum0[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v72 = llvm.load %v71 : !llvm.ptr -> f32
      %v73 = arith.mulf %v68, %v72 fastmath<contract> : f32
      %v74 = llvm.load %v3 : !llvm.ptr -> f32
      %v75 = arith.mulf %v52, %v74 fastmath<contract> : f32
      %v76 = arith.addf %v75, %v73 fastmath<contract> : f32
      %v78 = llvm.load %v4 : !llvm.ptr -> f32
      %v79 = arith.mulf %v77, %v78 fastmath<contract> : f32
      %v80 = arith.addf %v76, %v79 fastmath<contract> : f32
      %v81 = arith.muli %v19, %size_N : i64
      %v82 = arith.addi %v81, %v17 : i64
      %v83 = llvm.getelementptr %in_sum1[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v84 = llvm.load %v83 : !llvm.ptr -> f32
      %v85 = arith.mulf %v68, %v84 fastmath<contract> : f32
      %v86 = llvm.load %v4 : !llvm.ptr -> f32
      %v87 = arith.mulf %v52, %v86 fastmath<contract> : f32
      %v88 = arith.addf %v87, %v85 fastmath<contract> : f32
      %v89 = llvm.load %v3 : !llvm.ptr -> f32
      %v90 = arith.mulf %v62, %v89 fastmath<contract> : f32
      %v91 = arith.addf %v88, %v90 fastmath<contract> : f32
      llvm.store %v80, %v3 : f32, !llvm.ptr
      llvm.store %v91, %v4 : f32, !llvm.ptr
      %v92 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v14 {
        %v93 = arith.muli %v19, %size_N : i64
        %v94 = arith.addi %v93, %v17 : i64
        %v95 = llvm.getelementptr %out_x_re_seq[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v92, %v95 : f32, !llvm.ptr
      }
      %v96 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v14 {
        %v97 = arith.muli %v19, %size_N : i64
        %v98 = arith.addi %v97, %v17 : i64
        %v99 = llvm.getelementptr %out_x_im_seq[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v96, %v99 : f32, !llvm.ptr
      }
      scf.if %v14 {
        %v100 = llvm.load %v3 : !llvm.ptr -> f32
        %v101 = arith.muli %v19, %size_N : i64
        %v102 = arith.addi %v101, %v17 : i64
        %v103 = llvm.getelementptr %state_x_re[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v100, %v103 : f32, !llvm.ptr
        %v104 = llvm.load %v4 : !llvm.ptr -> f32
        %v105 = arith.muli %v19, %size_N : i64
        %v106 = arith.addi %v105, %v17 : i64
        %v107 = llvm.getelementptr %state_x_im[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v104, %v107 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
