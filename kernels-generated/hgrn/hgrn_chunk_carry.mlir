module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_chunk_carry(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = arith.constant 64 : i64
      %v19 = arith.constant 0x00000000 : f32
      %v20 = arith.constant 255 : i64
      %v22 = arith.constant 256 : i64
      %v24 = arith.constant 0 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v3 : i64
      %v13 = arith.subi %v3, %v1 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_D : i64
      %v16 = arith.divui %v14, %size_D : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      llvm.store %v19, %v4 : f32, !llvm.ptr
      %v21 = arith.addi %size_L, %v20 : i64
      %v23 = arith.divui %v21, %v22 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v12 {
        %v25 = arith.index_cast %v24 : i64 to index
        %v26 = arith.index_cast %v23 : i64 to index
        %v27 = arith.index_cast %v1 : i64 to index
        scf.for %v28 = %v25 to %v26 step %v27 {
          %v29 = arith.index_cast %v28 : index to i64
          %v30 = arith.muli %v29, %v3 : i64
          %v31 = arith.subi %v3, %v1 : i64
          %v32 = arith.minsi %v11, %v31 : i64
          %v33 = arith.addi %v30, %v32 : i64
          %v34 = arith.muli %v33, %v1 : i64
          %v35 = arith.addi %v34, %v24 : i64
          %v36 = llvm.load %v4 : !llvm.ptr -> f32
          %v37 = llvm.getelementptr %carry_h[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v36, %v37 : f32, !llvm.ptr
          %v38 = llvm.getelementptr %agga_h[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v39 = llvm.load %v38 : !llvm.ptr -> f32
          %v40 = llvm.getelementptr %aggb_h[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v41 = llvm.load %v40 : !llvm.ptr -> f32
          %v42 = arith.mulf %v39, %v36 fastmath<contract> : f32
          %v43 = arith.addf %v42, %v41 fastmath<contract> : f32
          llvm.store %v43, %v4 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
