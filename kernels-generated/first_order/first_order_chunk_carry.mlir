module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_chunk_carry(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = arith.constant 1 : i64
      %v5 = llvm.alloca %v4 x f32 : (i64) -> !llvm.ptr
      %v10 = arith.constant 64 : i64
      %v14 = arith.constant 1 : i64
      %v21 = arith.constant 0x00000000 : f32
      %v22 = arith.constant 255 : i64
      %v24 = arith.constant 256 : i64
      %v26 = arith.constant 0 : i64
      %v27 = arith.constant 1 : i64
      %v34 = arith.constant 1 : i64
      %v38 = arith.constant 1 : i64
      %v40 = arith.constant 0 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v3 : i64
      %v15 = arith.subi %v3, %v14 : i64
      %v16 = arith.minsi %v12, %v15 : i64
      %v17 = arith.remui %v16, %size_C : i64
      %v18 = arith.divui %v16, %size_C : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      llvm.store %v21, %v5 : f32, !llvm.ptr
      %v23 = arith.addi %size_T, %v22 : i64
      %v25 = arith.divui %v23, %v24 : i64
      scf.if %v13 {
        %v28 = arith.index_cast %v26 : i64 to index
        %v29 = arith.index_cast %v25 : i64 to index
        %v30 = arith.index_cast %v27 : i64 to index
        scf.for %v31 = %v28 to %v29 step %v30 {
          %v32 = arith.index_cast %v31 : index to i64
          %v33 = arith.muli %v32, %v3 : i64
          %v35 = arith.subi %v3, %v34 : i64
          %v36 = arith.minsi %v12, %v35 : i64
          %v37 = arith.addi %v33, %v36 : i64
          %v39 = arith.muli %v37, %v38 : i64
          %v41 = arith.addi %v39, %v40 : i64
          %v42 = llvm.load %v5 : !llvm.ptr -> f32
          %v43 = llvm.getelementptr %carry_h[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v42, %v43 : f32, !llvm.ptr
          %v44 = llvm.getelementptr %agga_h[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v45 = llvm.load %v44 : !llvm.ptr -> f32
          %v46 = llvm.getelementptr %aggb_h[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v47 = llvm.load %v46 : !llvm.ptr -> f32
          %v48 = arith.mulf %v45, %v42 : f32
          %v49 = arith.addf %v48, %v47 : f32
          llvm.store %v49, %v5 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
