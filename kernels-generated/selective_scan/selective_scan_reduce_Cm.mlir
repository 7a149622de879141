module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_reduce_Cm(%part_Cm: !llvm.ptr, %dx_Cm: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_B : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v7 = arith.muli %v6, %size_L : i64
      %v12 = arith.constant 64 : i64
      %v28 = arith.constant 0 : i64
      %v32 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v33 = arith.constant 0x00000000 : f32
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.muli %v11, %v12 : i64
      %v14 = arith.addi %v13, %v10 : i64
      %v15 = arith.cmpi slt, %v14, %v7 : i64
      %v16 = arith.subi %v7, %v2 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      scf.if %v15 {
        %v22 = arith.remui %v14, %size_L : i64
        %v23 = arith.divui %v14, %size_L : i64
        %v24 = arith.remui %v23, %v1 : i64
        %v25 = arith.divui %v23, %v1 : i64
        %v26 = arith.remui %v25, %size_B : i64
        %v27 = arith.divui %v25, %size_B : i64
        %v29 = arith.muli %v28, %v1 : i64
        %v30 = arith.addi %v29, %v24 : i64
        %v31 = arith.muli %v2, %size_D : i64
        llvm.store %v33, %v32 : f32, !llvm.ptr
        %v34 = arith.index_cast %v28 : i64 to index
        %v35 = arith.index_cast %v31 : i64 to index
        %v36 = arith.index_cast %v2 : i64 to index
        scf.for %v37 = %v34 to %v35 step %v36 {
          %v38 = arith.index_cast %v37 : index to i64
          %v39 = arith.remui %v38, %size_D : i64
          %v40 = arith.divui %v38, %size_D : i64
          %v41 = arith.muli %v28, %size_B : i64
          %v42 = arith.addi %v41, %v26 : i64
          %v43 = arith.muli %v42, %size_D : i64
          %v44 = arith.addi %v43, %v39 : i64
          %v45 = arith.muli %v44, %v1 : i64
          %v46 = arith.addi %v45, %v30 : i64
          %v47 = arith.muli %v46, %size_L : i64
          %v48 = arith.addi %v47, %v22 : i64
          %v49 = llvm.getelementptr %part_Cm[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v50 = llvm.load %v49 : !llvm.ptr -> f32
          %v51 = llvm.load %v32 : !llvm.ptr -> f32
          %v52 = arith.addf %v51, %v50 : f32
          llvm.store %v52, %v32 : f32, !llvm.ptr
        }
        %v53 = llvm.load %v32 : !llvm.ptr -> f32
        %v54 = llvm.getelementptr %dx_Cm[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v53, %v54 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
