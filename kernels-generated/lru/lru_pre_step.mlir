module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_pre_step(%in_u: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %out_sum0: !llvm.ptr, %out_sum1: !llvm.ptr, %out_u_post: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_N : i64
      %v4 = arith.constant 63 : i64
      %v5 = arith.constant 64 : i64
      %v6 = arith.divui %v5, %v5 : i64
      %v11 = arith.constant 16 : i64
      %v23 = arith.constant 0 : i64
      %v33 = arith.constant 1 : i32
      %v34 = arith.constant 32 : i32
      %v38 = arith.constant 2 : i32
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.remui %v9, %v1 : i64
      %v13 = arith.divui %v9, %v1 : i64
      %v14 = arith.muli %v10, %v11 : i64
      %v15 = arith.addi %v14, %v13 : i64
      %v16 = arith.cmpi slt, %v15, %v3 : i64
      %v17 = arith.subi %v3, %v2 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_N : i64
      %v20 = arith.divui %v18, %size_N : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      %v24 = arith.muli %v19, %v1 : i64
      %v25 = arith.addi %v24, %v12 : i64
      %v26 = llvm.getelementptr %in_B_re[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v27 = llvm.load %v26 : !llvm.ptr -> f32
      %v45 = arith.muli %v19, %v1 : i64
      %v46 = arith.addi %v45, %v12 : i64
      %v47 = llvm.getelementptr %in_B_im[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = llvm.load %v47 : !llvm.ptr -> f32
      %v28 = arith.muli %v21, %v1 : i64
      %v29 = arith.addi %v28, %v12 : i64
      %v30 = llvm.getelementptr %in_u[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v31 = llvm.load %v30 : !llvm.ptr -> f32
      %v32 = arith.mulf %v27, %v31 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v35, %v36 = gpu.shuffle xor %v32, %v33, %v34 : f32
      %v37 = arith.addf %v32, %v35 fastmath<contract> : f32
      %v39, %v40 = gpu.shuffle xor %v37, %v38, %v34 : f32
      %v41 = arith.addf %v37, %v39 fastmath<contract> : f32
      // end sum over the lanes
      scf.if %v16 {
        %v42 = arith.muli %v21, %size_N : i64
        %v43 = arith.addi %v42, %v19 : i64
        %v44 = llvm.getelementptr %out_sum0[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v41, %v44 : f32, !llvm.ptr
      }
      %v49 = arith.mulf %v48, %v31 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v50, %v51 = gpu.shuffle xor %v49, %v33, %v34 : f32
      %v52 = arith.addf %v49, %v50 fastmath<contract> : f32
      %v53, %v54 = gpu.shuffle xor %v52, %v38, %v34 : f32
      %v55 = arith.addf %v52, %v53 fastmath<contract> : f32
      // end sum over the lanes
      scf.if %v16 {
        %v56 = arith.muli %v21, %size_N : i64
        %v57 = arith.addi %v56, %v19 : i64
        %v58 = llvm.getelementptr %out_sum1[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v58 : f32, !llvm.ptr
      }
      scf.if %v16 {
        %v59 = arith.muli %v21, %v1 : i64
        %v60 = arith.addi %v59, %v12 : i64
        %v61 = llvm.getelementptr %out_u_post[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v31, %v61 : f32, !llvm.ptr
      }
      scf.if %v16 {
      }
      gpu.return
    }
  }
}
