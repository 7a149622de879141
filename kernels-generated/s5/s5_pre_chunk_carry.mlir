module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_pre_chunk_carry(%in_u: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_N : i64
      %v8 = arith.constant 64 : i64
      %v18 = arith.constant 63 : i64
      %v21 = arith.constant 0 : i64
      %v4 = gpu.block_id x
      %v5 = gpu.thread_id x
      %v6 = arith.index_cast %v5 : index to i64
      %v7 = arith.index_cast %v4 : index to i64
      %v9 = arith.muli %v7, %v8 : i64
      %v10 = arith.addi %v9, %v6 : i64
      %v11 = arith.cmpi slt, %v10, %v3 : i64
      %v12 = arith.subi %v3, %v2 : i64
      %v13 = arith.minsi %v10, %v12 : i64
      %v14 = arith.remui %v13, %size_N : i64
      %v15 = arith.divui %v13, %size_N : i64
      %v16 = arith.remui %v15, %size_B : i64
      %v17 = arith.divui %v15, %size_B : i64
      %v19 = arith.addi %size_L, %v18 : i64
      %v20 = arith.divui %v19, %v8 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v11 {
        %v22 = arith.index_cast %v21 : i64 to index
        %v23 = arith.index_cast %v20 : i64 to index
        %v24 = arith.index_cast %v2 : i64 to index
        scf.for %v25 = %v22 to %v23 step %v24 {
          %v26 = arith.index_cast %v25 : index to i64
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
