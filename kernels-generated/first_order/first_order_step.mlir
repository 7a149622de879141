module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_step(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_C : i64
      %v5 = arith.constant 1 : i64
      %v6 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 64 : i64
      %v15 = arith.constant 1 : i64
      %v22 = arith.constant 1 : i64
      %v23 = arith.muli %v22, %size_C : i64
      %v29 = arith.constant 0 : i64
      %v30 = arith.constant 1 : i64
      %v31 = arith.muli %v30, %v1 : i64
      %v32 = arith.muli %v31, %size_C : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v4 : i64
      %v16 = arith.subi %v4, %v15 : i64
      %v17 = arith.minsi %v13, %v16 : i64
      %v18 = arith.remui %v17, %size_C : i64
      %v19 = arith.divui %v17, %size_C : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      %v24 = arith.muli %v20, %v23 : i64
      %v25 = arith.muli %v18, %v22 : i64
      %v26 = arith.addi %v24, %v25 : i64
      %v27 = llvm.getelementptr %state_h[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v28 = llvm.load %v27 : !llvm.ptr -> f32
      llvm.store %v28, %v6 : f32, !llvm.ptr
      %v33 = arith.muli %v20, %v32 : i64
      %v34 = arith.muli %v18, %v31 : i64
      %v35 = arith.addi %v33, %v34 : i64
      %v36 = arith.muli %v29, %v30 : i64
      %v37 = arith.addi %v35, %v36 : i64
      %v38 = llvm.getelementptr %in_a[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v39 = llvm.load %v38 : !llvm.ptr -> f32
      %v40 = arith.muli %v20, %v32 : i64
      %v41 = arith.muli %v18, %v31 : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = arith.muli %v29, %v30 : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v45 = llvm.getelementptr %in_x[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v46 = llvm.load %v45 : !llvm.ptr -> f32
      %v47 = llvm.load %v6 : !llvm.ptr -> f32
      %v48 = arith.mulf %v39, %v47 : f32
      %v49 = arith.addf %v48, %v46 : f32
      llvm.store %v49, %v6 : f32, !llvm.ptr
      %v50 = llvm.load %v6 : !llvm.ptr -> f32
      scf.if %v14 {
        %v51 = arith.muli %v20, %v32 : i64
        %v52 = arith.muli %v18, %v31 : i64
        %v53 = arith.addi %v51, %v52 : i64
        %v54 = arith.muli %v29, %v30 : i64
        %v55 = arith.addi %v53, %v54 : i64
        %v56 = llvm.getelementptr %out_y[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v50, %v56 : f32, !llvm.ptr
      }
      scf.if %v14 {
        %v57 = llvm.load %v6 : !llvm.ptr -> f32
        %v58 = arith.muli %v20, %v23 : i64
        %v59 = arith.muli %v18, %v22 : i64
        %v60 = arith.addi %v58, %v59 : i64
        %v61 = llvm.getelementptr %state_h[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v57, %v61 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
