module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_step_commit(%state_t_pos: !llvm.ptr, %next_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v10 = arith.constant 64 : i64
      %v22 = arith.constant 0 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v5 : i64
      %v14 = arith.subi %v5, %v2 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_DV : i64
      %v17 = arith.divui %v15, %size_DV : i64
      %v18 = arith.remui %v17, %size_H : i64
      %v19 = arith.divui %v17, %size_H : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      // commit: the new value of each state held alike by several threads, copied by one of them
      %v23 = arith.constant true
      %v24 = arith.cmpi eq, %v20, %v22 : i64
      %v25 = arith.andi %v23, %v24 : i1
      %v26 = arith.cmpi eq, %v18, %v22 : i64
      %v27 = arith.andi %v25, %v26 : i1
      %v28 = arith.cmpi eq, %v16, %v22 : i64
      %v29 = arith.andi %v27, %v28 : i1
      %v30 = arith.andi %v13, %v29 : i1
      scf.if %v30 {
        %v31 = arith.constant 0 : i64
        %v32 = llvm.getelementptr %next_t_pos[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v33 = llvm.load %v32 : !llvm.ptr -> f32
        %v34 = llvm.getelementptr %state_t_pos[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v33, %v34 : f32, !llvm.ptr
      }
      // end commit
      gpu.return
    }
  }
}
