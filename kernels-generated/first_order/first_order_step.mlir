module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_step(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_C : i64
      %v5 = arith.constant 1 : i64
      %v6 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %v1, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v19 = arith.constant 1 : i64
      %v26 = arith.constant 1 : i64
      %v27 = arith.muli %v26, %size_C : i64
      %v33 = arith.constant 0 : i64
      %v34 = arith.constant 0 : i64
      %v35 = arith.constant 1 : i64
      %v36 = arith.muli %v35, %v1 : i64
      %v37 = arith.muli %v36, %size_C : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.muli %v14, %v15 : i64
      %v17 = arith.addi %v16, %v13 : i64
      %v18 = arith.cmpi slt, %v17, %v4 : i64
      %v20 = arith.subi %v4, %v19 : i64
      %v21 = arith.minsi %v17, %v20 : i64
      %v22 = arith.remui %v21, %size_C : i64
      %v23 = arith.divui %v21, %size_C : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      %v28 = arith.muli %v24, %v27 : i64
      %v29 = arith.muli %v22, %v26 : i64
      %v30 = arith.addi %v28, %v29 : i64
      %v31 = llvm.getelementptr %state_h[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v32 = llvm.load %v31 : !llvm.ptr -> f32
      llvm.store %v32, %v6 : f32, !llvm.ptr
      %v38 = arith.muli %v24, %v37 : i64
      %v39 = arith.muli %v22, %v36 : i64
      %v40 = arith.addi %v38, %v39 : i64
      %v41 = arith.muli %v34, %v35 : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = llvm.getelementptr %in_a[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v44 = llvm.load %v43 : !llvm.ptr -> f32
      %v45 = arith.muli %v24, %v37 : i64
      %v46 = arith.muli %v22, %v36 : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v48 = arith.muli %v34, %v35 : i64
      %v49 = arith.addi %v47, %v48 : i64
      %v50 = llvm.getelementptr %in_x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v51 = llvm.load %v50 : !llvm.ptr -> f32
      %v52 = llvm.load %v6 : !llvm.ptr -> f32
      %v53 = arith.mulf %v44, %v52 : f32
      %v54 = arith.addf %v53, %v51 : f32
      llvm.store %v54, %v6 : f32, !llvm.ptr
      %v55 = llvm.load %v6 : !llvm.ptr -> f32
      scf.if %v18 {
        %v56 = arith.muli %v24, %v37 : i64
        %v57 = arith.muli %v22, %v36 : i64
        %v58 = arith.addi %v56, %v57 : i64
        %v59 = arith.muli %v34, %v35 : i64
        %v60 = arith.addi %v58, %v59 : i64
        %v61 = llvm.getelementptr %out_y[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v61 : f32, !llvm.ptr
      }
      scf.if %v18 {
        %v62 = llvm.load %v6 : !llvm.ptr -> f32
        %v63 = arith.muli %v24, %v27 : i64
        %v64 = arith.muli %v22, %v26 : i64
        %v65 = arith.addi %v63, %v64 : i64
        %v66 = llvm.getelementptr %state_h[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v62, %v66 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
