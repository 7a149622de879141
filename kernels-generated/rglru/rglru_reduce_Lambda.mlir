module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_reduce_Lambda(%part_Lambda: !llvm.ptr, %dx_Lambda: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 1 : i64
      %v5 = arith.muli %v4, %size_D : i64
      %v10 = arith.constant 64 : i64
      %v14 = arith.constant 1 : i64
      %v23 = arith.constant 0 : i64
      %v24 = arith.constant 1 : i64
      %v26 = arith.constant 1 : i64
      %v27 = llvm.alloca %v26 x f32 : (i64) -> !llvm.ptr
      %v28 = arith.constant 0x00000000 : f32
      %v29 = arith.constant 0 : i64
      %v30 = arith.constant 1 : i64
      %v38 = arith.constant 0 : i64
      %v43 = arith.constant 1 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v5 : i64
      %v15 = arith.subi %v5, %v14 : i64
      %v16 = arith.minsi %v12, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      scf.if %v13 {
        %v21 = arith.remui %v12, %size_D : i64
        %v22 = arith.divui %v12, %size_D : i64
        %v25 = arith.muli %v24, %size_B : i64
        llvm.store %v28, %v27 : f32, !llvm.ptr
        %v31 = arith.index_cast %v29 : i64 to index
        %v32 = arith.index_cast %v25 : i64 to index
        %v33 = arith.index_cast %v30 : i64 to index
        scf.for %v34 = %v31 to %v32 step %v33 {
          %v35 = arith.index_cast %v34 : index to i64
          %v36 = arith.remui %v35, %size_B : i64
          %v37 = arith.divui %v35, %size_B : i64
          %v39 = arith.muli %v38, %size_B : i64
          %v40 = arith.addi %v39, %v36 : i64
          %v41 = arith.muli %v40, %size_D : i64
          %v42 = arith.addi %v41, %v21 : i64
          %v44 = arith.muli %v42, %v43 : i64
          %v45 = arith.addi %v44, %v23 : i64
          %v46 = llvm.getelementptr %part_Lambda[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v47 = llvm.load %v46 : !llvm.ptr -> f32
          %v48 = llvm.load %v27 : !llvm.ptr -> f32
          %v49 = arith.addf %v48, %v47 : f32
          llvm.store %v49, %v27 : f32, !llvm.ptr
        }
        %v50 = llvm.load %v27 : !llvm.ptr -> f32
        %v51 = llvm.getelementptr %dx_Lambda[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v50, %v51 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
