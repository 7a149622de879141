module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_step_commit(%state_t_pos: !llvm.ptr, %next_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v9 = arith.constant 64 : i64
      %v21 = arith.constant 0 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v4 : i64
      %v13 = arith.subi %v4, %v2 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_DV : i64
      %v16 = arith.divui %v14, %size_DV : i64
      %v17 = arith.remui %v16, %size_H : i64
      %v18 = arith.divui %v16, %size_H : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      // commit: the new value of each state held alike by several threads, copied by one of them
      %v22 = arith.constant true
      %v23 = arith.cmpi eq, %v19, %v21 : i64
      %v24 = arith.andi %v22, %v23 : i1
      %v25 = arith.cmpi eq, %v17, %v21 : i64
      %v26 = arith.andi %v24, %v25 : i1
      %v27 = arith.cmpi eq, %v15, %v21 : i64
      %v28 = arith.andi %v26, %v27 : i1
      %v29 = arith.andi %v12, %v28 : i1
      scf.if %v29 {
        %v30 = arith.constant 0 : i64
        %v31 = llvm.getelementptr %next_t_pos[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v32 = llvm.load %v31 : !llvm.ptr -> f32
        %v33 = llvm.getelementptr %state_t_pos[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v32, %v33 : f32, !llvm.ptr
      }
      // end commit
      gpu.return
    }
  }
}
