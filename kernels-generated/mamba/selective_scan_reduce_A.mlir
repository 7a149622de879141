module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_reduce_A(%part_A: !llvm.ptr, %dx_A: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 1 : i64
      %v6 = arith.muli %v5, %size_D : i64
      %v7 = arith.muli %v6, %v1 : i64
      %v12 = arith.constant 64 : i64
      %v16 = arith.constant 1 : i64
      %v27 = arith.constant 0 : i64
      %v28 = arith.constant 16 : i64
      %v31 = arith.constant 1 : i64
      %v33 = arith.constant 1 : i64
      %v34 = llvm.alloca %v33 x f32 : (i64) -> !llvm.ptr
      %v35 = arith.constant 0x00000000 : f32
      %v36 = arith.constant 0 : i64
      %v37 = arith.constant 1 : i64
      %v45 = arith.constant 0 : i64
      %v50 = arith.constant 16 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.muli %v11, %v12 : i64
      %v14 = arith.addi %v13, %v10 : i64
      %v15 = arith.cmpi slt, %v14, %v7 : i64
      %v17 = arith.subi %v7, %v16 : i64
      %v18 = arith.minsi %v14, %v17 : i64
      %v19 = arith.remui %v18, %size_D : i64
      %v20 = arith.divui %v18, %size_D : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      scf.if %v15 {
        %v23 = arith.remui %v14, %v1 : i64
        %v24 = arith.divui %v14, %v1 : i64
        %v25 = arith.remui %v24, %size_D : i64
        %v26 = arith.divui %v24, %size_D : i64
        %v29 = arith.muli %v27, %v28 : i64
        %v30 = arith.addi %v29, %v23 : i64
        %v32 = arith.muli %v31, %size_B : i64
        llvm.store %v35, %v34 : f32, !llvm.ptr
        %v38 = arith.index_cast %v36 : i64 to index
        %v39 = arith.index_cast %v32 : i64 to index
        %v40 = arith.index_cast %v37 : i64 to index
        scf.for %v41 = %v38 to %v39 step %v40 {
          %v42 = arith.index_cast %v41 : index to i64
          %v43 = arith.remui %v42, %size_B : i64
          %v44 = arith.divui %v42, %size_B : i64
          %v46 = arith.muli %v45, %size_B : i64
          %v47 = arith.addi %v46, %v43 : i64
          %v48 = arith.muli %v47, %size_D : i64
          %v49 = arith.addi %v48, %v25 : i64
          %v51 = arith.muli %v49, %v50 : i64
          %v52 = arith.addi %v51, %v30 : i64
          %v53 = llvm.getelementptr %part_A[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v54 = llvm.load %v53 : !llvm.ptr -> f32
          %v55 = llvm.load %v34 : !llvm.ptr -> f32
          %v56 = arith.addf %v55, %v54 : f32
          llvm.store %v56, %v34 : f32, !llvm.ptr
        }
        %v57 = llvm.load %v34 : !llvm.ptr -> f32
        %v58 = llvm.getelementptr %dx_A[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v57, %v58 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
