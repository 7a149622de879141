module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @stabiliser_chunk_carry(%in_fg: !llvm.ptr, %in_ig: !llvm.ptr, %in_m0: !llvm.ptr, %agga_m: !llvm.ptr, %aggb_m: !llvm.ptr, %carry_m: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_H : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = arith.constant 64 : i64
      %v25 = arith.constant 0x00000000 : f32
      %v26 = arith.constant 63 : i64
      %v29 = arith.constant 0 : i64
      %v4 = gpu.block_id x
      %v5 = gpu.thread_id x
      %v6 = arith.index_cast %v5 : index to i64
      %v7 = arith.index_cast %v4 : index to i64
      %v9 = arith.muli %v7, %v8 : i64
      %v10 = arith.addi %v9, %v6 : i64
      %v11 = arith.cmpi slt, %v10, %v2 : i64
      %v12 = arith.subi %v2, %v1 : i64
      %v13 = arith.minsi %v10, %v12 : i64
      %v14 = arith.remui %v13, %size_H : i64
      %v15 = arith.divui %v13, %size_H : i64
      %v16 = arith.remui %v15, %size_B : i64
      %v17 = arith.divui %v15, %size_B : i64
      %v18 = arith.muli %v16, %size_H : i64
      %v19 = arith.addi %v18, %v14 : i64
      %v20 = llvm.mlir.zero : !llvm.ptr
      %v21 = llvm.icmp "ne" %in_m0, %v20 : !llvm.ptr
      %v22 = scf.if %v21 -> (f32) {
        %v23 = llvm.getelementptr %in_m0[%v19] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v24 = llvm.load %v23 : !llvm.ptr -> f32
        scf.yield %v24 : f32
      } else {
        scf.yield %v25 : f32
      }
      llvm.store %v22, %v3 : f32, !llvm.ptr
      %v27 = arith.addi %size_L, %v26 : i64
      %v28 = arith.divui %v27, %v8 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v11 {
        %v30 = arith.index_cast %v29 : i64 to index
        %v31 = arith.index_cast %v28 : i64 to index
        %v32 = arith.index_cast %v1 : i64 to index
        scf.for %v33 = %v30 to %v31 step %v32 {
          %v34 = arith.index_cast %v33 : index to i64
          %v35 = arith.muli %v34, %v2 : i64
          %v36 = arith.subi %v2, %v1 : i64
          %v37 = arith.minsi %v10, %v36 : i64
          %v38 = arith.addi %v35, %v37 : i64
          %v39 = llvm.load %v3 : !llvm.ptr -> f32
          %v40 = llvm.getelementptr %carry_m[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v39, %v40 : f32, !llvm.ptr
          %v41 = llvm.getelementptr %agga_m[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v42 = llvm.load %v41 : !llvm.ptr -> f32
          %v43 = llvm.getelementptr %aggb_m[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v44 = llvm.load %v43 : !llvm.ptr -> f32
          %v45 = arith.addf %v42, %v39 fastmath<contract> : f32
          %v46 = arith.maximumf %v45, %v44 : f32
          llvm.store %v46, %v3 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
