module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_reduce_dt(%part_dt: !llvm.ptr, %dx_dt: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %size_L : i64
      %v8 = arith.muli %v7, %size_H : i64
      %v13 = arith.constant 256 : i64
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = arith.constant 0x00000000 : f32
      %v27 = arith.constant 32 : i64
      %v31 = arith.constant 0 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.muli %v12, %v13 : i64
      %v15 = arith.addi %v14, %v11 : i64
      %v16 = arith.cmpi slt, %v15, %v8 : i64
      %v17 = arith.subi %v8, %v2 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_P : i64
      %v20 = arith.divui %v18, %size_P : i64
      %v21 = arith.remui %v20, %size_H : i64
      %v22 = arith.divui %v20, %size_H : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      scf.if %v16 {
        llvm.store %v26, %v25 : f32, !llvm.ptr
        %v28 = arith.subi %v27, %v2 : i64
        %v29 = arith.addi %size_P, %v28 : i64
        %v30 = arith.divui %v29, %v27 : i64
        %v32 = arith.index_cast %v31 : i64 to index
        %v33 = arith.index_cast %v30 : i64 to index
        %v34 = arith.index_cast %v2 : i64 to index
        scf.for %v35 = %v32 to %v33 step %v34 {
          %v36 = arith.index_cast %v35 : index to i64
          %v37 = arith.muli %v36, %v8 : i64
          %v38 = arith.addi %v37, %v15 : i64
          %v39 = llvm.getelementptr %part_dt[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v40 = llvm.load %v39 : !llvm.ptr -> f32
          %v41 = llvm.load %v25 : !llvm.ptr -> f32
          %v42 = arith.addf %v41, %v40 fastmath<contract> : f32
          llvm.store %v42, %v25 : f32, !llvm.ptr
        }
        %v43 = llvm.load %v25 : !llvm.ptr -> f32
        %v44 = llvm.getelementptr %dx_dt[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v43, %v44 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
