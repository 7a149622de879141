module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_chunk_carry(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = arith.constant 64 : i64
      %v18 = arith.constant 0x00000000 : f32
      %v19 = arith.constant 255 : i64
      %v21 = arith.constant 256 : i64
      %v23 = arith.constant 0 : i64
      %v4 = gpu.block_id x
      %v5 = gpu.thread_id x
      %v6 = arith.index_cast %v5 : index to i64
      %v7 = arith.index_cast %v4 : index to i64
      %v9 = arith.muli %v7, %v8 : i64
      %v10 = arith.addi %v9, %v6 : i64
      %v11 = arith.cmpi slt, %v10, %v2 : i64
      %v12 = arith.subi %v2, %v1 : i64
      %v13 = arith.minsi %v10, %v12 : i64
      %v14 = arith.remui %v13, %size_D : i64
      %v15 = arith.divui %v13, %size_D : i64
      %v16 = arith.remui %v15, %size_B : i64
      %v17 = arith.divui %v15, %size_B : i64
      llvm.store %v18, %v3 : f32, !llvm.ptr
      %v20 = arith.addi %size_L, %v19 : i64
      %v22 = arith.divui %v20, %v21 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v11 {
        %v24 = arith.index_cast %v23 : i64 to index
        %v25 = arith.index_cast %v22 : i64 to index
        %v26 = arith.index_cast %v1 : i64 to index
        scf.for %v27 = %v24 to %v25 step %v26 {
          %v28 = arith.index_cast %v27 : index to i64
          %v29 = arith.muli %v28, %v2 : i64
          %v30 = arith.subi %v2, %v1 : i64
          %v31 = arith.minsi %v10, %v30 : i64
          %v32 = arith.addi %v29, %v31 : i64
          %v33 = llvm.load %v3 : !llvm.ptr -> f32
          %v34 = llvm.getelementptr %carry_h[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v33, %v34 : f32, !llvm.ptr
          %v35 = llvm.getelementptr %agga_h[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v36 = llvm.load %v35 : !llvm.ptr -> f32
          %v37 = llvm.getelementptr %aggb_h[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v38 = llvm.load %v37 : !llvm.ptr -> f32
          %v39 = arith.mulf %v36, %v33 fastmath<contract> : f32
          %v40 = arith.addf %v39, %v38 fastmath<contract> : f32
          llvm.store %v40, %v3 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
