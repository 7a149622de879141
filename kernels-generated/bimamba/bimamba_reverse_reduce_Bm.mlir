module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_reduce_Bm(%part_Bm: !llvm.ptr, %dx_Bm: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_B : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v7 = arith.muli %v6, %size_L : i64
      %v12 = arith.constant 256 : i64
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = arith.constant 0x00000000 : f32
      %v24 = arith.constant 32 : i64
      %v28 = arith.constant 0 : i64
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
        llvm.store %v23, %v22 : f32, !llvm.ptr
        %v25 = arith.subi %v24, %v2 : i64
        %v26 = arith.addi %size_D, %v25 : i64
        %v27 = arith.divui %v26, %v24 : i64
        %v29 = arith.index_cast %v28 : i64 to index
        %v30 = arith.index_cast %v27 : i64 to index
        %v31 = arith.index_cast %v2 : i64 to index
        scf.for %v32 = %v29 to %v30 step %v31 {
          %v33 = arith.index_cast %v32 : index to i64
          %v34 = arith.muli %v33, %v7 : i64
          %v35 = arith.addi %v34, %v14 : i64
          %v36 = llvm.getelementptr %part_Bm[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v37 = llvm.load %v36 : !llvm.ptr -> f32
          %v38 = llvm.load %v22 : !llvm.ptr -> f32
          %v39 = arith.addf %v38, %v37 fastmath<contract> : f32
          llvm.store %v39, %v22 : f32, !llvm.ptr
        }
        %v40 = llvm.load %v22 : !llvm.ptr -> f32
        %v41 = llvm.getelementptr %dx_Bm[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v40, %v41 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
