module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @stabiliser_chunk_carry(%in_fg: !llvm.ptr, %in_ig: !llvm.ptr, %in_m0: !llvm.ptr, %agga_m: !llvm.ptr, %aggb_m: !llvm.ptr, %carry_m: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_H : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = arith.constant 64 : i64
      %v19 = arith.muli %v1, %size_H : i64
      %v28 = arith.constant 0x00000000 : f32
      %v29 = arith.constant 63 : i64
      %v32 = arith.constant 0 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v3 : i64
      %v13 = arith.subi %v3, %v1 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_H : i64
      %v16 = arith.divui %v14, %size_H : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      %v20 = arith.muli %v17, %v19 : i64
      %v21 = arith.muli %v15, %v1 : i64
      %v22 = arith.addi %v20, %v21 : i64
      %v23 = llvm.mlir.zero : !llvm.ptr
      %v24 = llvm.icmp "ne" %in_m0, %v23 : !llvm.ptr
      %v25 = scf.if %v24 -> (f32) {
        %v26 = llvm.getelementptr %in_m0[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v27 = llvm.load %v26 : !llvm.ptr -> f32
        scf.yield %v27 : f32
      } else {
        scf.yield %v28 : f32
      }
      llvm.store %v25, %v4 : f32, !llvm.ptr
      %v30 = arith.addi %size_L, %v29 : i64
      %v31 = arith.divui %v30, %v9 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v12 {
        %v33 = arith.index_cast %v32 : i64 to index
        %v34 = arith.index_cast %v31 : i64 to index
        %v35 = arith.index_cast %v1 : i64 to index
        scf.for %v36 = %v33 to %v34 step %v35 {
          %v37 = arith.index_cast %v36 : index to i64
          %v38 = arith.muli %v37, %v3 : i64
          %v39 = arith.subi %v3, %v1 : i64
          %v40 = arith.minsi %v11, %v39 : i64
          %v41 = arith.addi %v38, %v40 : i64
          %v42 = arith.muli %v41, %v1 : i64
          %v43 = arith.addi %v42, %v32 : i64
          %v44 = llvm.load %v4 : !llvm.ptr -> f32
          %v45 = llvm.getelementptr %carry_m[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v44, %v45 : f32, !llvm.ptr
          %v46 = llvm.getelementptr %agga_m[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v47 = llvm.load %v46 : !llvm.ptr -> f32
          %v48 = llvm.getelementptr %aggb_m[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v49 = llvm.load %v48 : !llvm.ptr -> f32
          %v50 = arith.addf %v47, %v44 fastmath<contract> : f32
          %v51 = arith.maximumf %v50, %v49 : f32
          llvm.store %v51, %v4 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
