module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_step(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_C : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = arith.constant 255 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v5, %v5 : i64
      %v11 = arith.constant 64 : i64
      %v25 = arith.constant 0 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v2 : i64
      %v15 = arith.subi %v2, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_C : i64
      %v18 = arith.divui %v16, %size_C : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      %v21 = arith.muli %v19, %size_C : i64
      %v22 = arith.addi %v21, %v17 : i64
      %v23 = llvm.getelementptr %state_h[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v24 = llvm.load %v23 : !llvm.ptr -> f32
      llvm.store %v24, %v3 : f32, !llvm.ptr
      %v26 = arith.muli %v19, %size_C : i64
      %v27 = arith.addi %v26, %v17 : i64
      %v28 = llvm.getelementptr %in_a[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v29 = llvm.load %v28 : !llvm.ptr -> f32
      %v30 = arith.muli %v19, %size_C : i64
      %v31 = arith.addi %v30, %v17 : i64
      %v32 = llvm.getelementptr %in_x[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v33 = llvm.load %v32 : !llvm.ptr -> f32
      %v34 = llvm.load %v3 : !llvm.ptr -> f32
      %v35 = arith.mulf %v29, %v34 fastmath<contract> : f32
      %v36 = arith.addf %v35, %v33 fastmath<contract> : f32
      llvm.store %v36, %v3 : f32, !llvm.ptr
      %v37 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v14 {
        %v38 = arith.muli %v19, %size_C : i64
        %v39 = arith.addi %v38, %v17 : i64
        %v40 = llvm.getelementptr %out_y[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v37, %v40 : f32, !llvm.ptr
      }
      scf.if %v14 {
        %v41 = llvm.load %v3 : !llvm.ptr -> f32
        %v42 = arith.muli %v19, %size_C : i64
        %v43 = arith.addi %v42, %v17 : i64
        %v44 = llvm.getelementptr %state_h[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v41, %v44 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
