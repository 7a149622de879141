module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_step(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = arith.constant 255 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v5, %v5 : i64
      %v11 = arith.constant 64 : i64
      %v25 = arith.constant 0 : i64
      %v28 = arith.constant 0x3F800000 : f32
      %v30 = arith.constant 0x3FB8AA3B : f32
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v2 : i64
      %v15 = arith.subi %v2, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      %v26 = llvm.getelementptr %in_w[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v27 = llvm.load %v26 : !llvm.ptr -> f32
      %v29 = arith.negf %v27 : f32
      %v31 = arith.mulf %v29, %v30 fastmath<contract> : f32
      %v32 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v31) : (f32) -> f32
      %v33 = arith.addf %v28, %v32 fastmath<contract> : f32
      %v34 = arith.divf %v28, %v33 : f32
      %v35 = arith.subf %v28, %v34 fastmath<contract> : f32
      %v21 = arith.muli %v19, %size_D : i64
      %v22 = arith.addi %v21, %v17 : i64
      %v23 = llvm.getelementptr %state_h[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v24 = llvm.load %v23 : !llvm.ptr -> f32
      llvm.store %v24, %v3 : f32, !llvm.ptr
      %v36 = arith.muli %v19, %size_D : i64
      %v37 = arith.addi %v36, %v17 : i64
      %v38 = llvm.getelementptr %in_x[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v39 = llvm.load %v38 : !llvm.ptr -> f32
      %v40 = arith.mulf %v35, %v39 fastmath<contract> : f32
      %v41 = llvm.load %v3 : !llvm.ptr -> f32
      %v42 = arith.mulf %v34, %v41 fastmath<contract> : f32
      %v43 = arith.addf %v42, %v40 fastmath<contract> : f32
      llvm.store %v43, %v3 : f32, !llvm.ptr
      %v44 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v14 {
        %v45 = arith.muli %v19, %size_D : i64
        %v46 = arith.addi %v45, %v17 : i64
        %v47 = llvm.getelementptr %out_y[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v44, %v47 : f32, !llvm.ptr
      }
      scf.if %v14 {
        %v48 = llvm.load %v3 : !llvm.ptr -> f32
        %v49 = arith.muli %v19, %size_D : i64
        %v50 = arith.addi %v49, %v17 : i64
        %v51 = llvm.getelementptr %state_h[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v48, %v51 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
