module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @gla_reduce_q(%part_q: !llvm.ptr, %dx_q: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %size_L : i64
      %v8 = arith.muli %v7, %size_H : i64
      %v9 = arith.muli %v8, %v1 : i64
      %v14 = arith.constant 256 : i64
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 0x00000000 : f32
      %v28 = arith.constant 32 : i64
      %v32 = arith.constant 0 : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v15 = arith.muli %v13, %v14 : i64
      %v16 = arith.addi %v15, %v12 : i64
      %v17 = arith.cmpi slt, %v16, %v9 : i64
      %v18 = arith.subi %v9, %v2 : i64
      %v19 = arith.minsi %v16, %v18 : i64
      %v20 = arith.remui %v19, %size_DV : i64
      %v21 = arith.divui %v19, %size_DV : i64
      %v22 = arith.remui %v21, %size_H : i64
      %v23 = arith.divui %v21, %size_H : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      scf.if %v17 {
        llvm.store %v27, %v26 : f32, !llvm.ptr
        %v29 = arith.subi %v28, %v2 : i64
        %v30 = arith.addi %size_DV, %v29 : i64
        %v31 = arith.divui %v30, %v28 : i64
        %v33 = arith.index_cast %v32 : i64 to index
        %v34 = arith.index_cast %v31 : i64 to index
        %v35 = arith.index_cast %v2 : i64 to index
        scf.for %v36 = %v33 to %v34 step %v35 {
          %v37 = arith.index_cast %v36 : index to i64
          %v38 = arith.muli %v37, %v9 : i64
          %v39 = arith.addi %v38, %v16 : i64
          %v40 = llvm.getelementptr %part_q[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v41 = llvm.load %v40 : !llvm.ptr -> f32
          %v42 = llvm.load %v26 : !llvm.ptr -> f32
          %v43 = arith.addf %v42, %v41 fastmath<contract> : f32
          llvm.store %v43, %v26 : f32, !llvm.ptr
        }
        %v44 = llvm.load %v26 : !llvm.ptr -> f32
        %v45 = llvm.getelementptr %dx_q[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v44, %v45 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
