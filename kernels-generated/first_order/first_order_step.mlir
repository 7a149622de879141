module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_step(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %v1, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v13 = arith.constant 64 : i64
      %v23 = arith.muli %v1, %size_C : i64
      %v29 = arith.constant 0 : i64
      %v30 = arith.muli %v1, %v1 : i64
      %v31 = arith.muli %v30, %size_C : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.muli %v12, %v13 : i64
      %v15 = arith.addi %v14, %v11 : i64
      %v16 = arith.cmpi slt, %v15, %v3 : i64
      %v17 = arith.subi %v3, %v1 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_C : i64
      %v20 = arith.divui %v18, %size_C : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      %v24 = arith.muli %v21, %v23 : i64
      %v25 = arith.muli %v19, %v1 : i64
      %v26 = arith.addi %v24, %v25 : i64
      %v27 = llvm.getelementptr %state_h[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v28 = llvm.load %v27 : !llvm.ptr -> f32
      llvm.store %v28, %v4 : f32, !llvm.ptr
      %v32 = arith.muli %v21, %v31 : i64
      %v33 = arith.muli %v19, %v30 : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = arith.muli %v29, %v1 : i64
      %v36 = arith.addi %v34, %v35 : i64
      %v37 = llvm.getelementptr %in_a[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v38 = llvm.load %v37 : !llvm.ptr -> f32
      %v39 = arith.muli %v21, %v31 : i64
      %v40 = arith.muli %v19, %v30 : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = arith.muli %v29, %v1 : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v44 = llvm.getelementptr %in_x[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v45 = llvm.load %v44 : !llvm.ptr -> f32
      %v46 = llvm.load %v4 : !llvm.ptr -> f32
      %v47 = arith.mulf %v38, %v46 fastmath<contract> : f32
      %v48 = arith.addf %v47, %v45 fastmath<contract> : f32
      llvm.store %v48, %v4 : f32, !llvm.ptr
      %v49 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v16 {
        %v50 = arith.muli %v21, %v31 : i64
        %v51 = arith.muli %v19, %v30 : i64
        %v52 = arith.addi %v50, %v51 : i64
        %v53 = arith.muli %v29, %v1 : i64
        %v54 = arith.addi %v52, %v53 : i64
        %v55 = llvm.getelementptr %out_y[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v49, %v55 : f32, !llvm.ptr
      }
      scf.if %v16 {
        %v56 = llvm.load %v4 : !llvm.ptr -> f32
        %v57 = arith.muli %v21, %v23 : i64
        %v58 = arith.muli %v19, %v1 : i64
        %v59 = arith.addi %v57, %v58 : i64
        %v60 = llvm.getelementptr %state_h[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v56, %v60 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
