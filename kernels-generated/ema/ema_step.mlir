module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_step(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 1 : i64
      %v6 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 64 : i64
      %v15 = arith.constant 1 : i64
      %v22 = arith.constant 1 : i64
      %v23 = arith.muli %v22, %size_D : i64
      %v29 = arith.constant 0 : i64
      %v30 = arith.constant 1 : i64
      %v34 = arith.constant 0x3F800000 : f32
      %v36 = arith.constant 0x3FB8AA3B : f32
      %v42 = arith.constant 1 : i64
      %v43 = arith.muli %v42, %v1 : i64
      %v44 = arith.muli %v43, %size_D : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v4 : i64
      %v16 = arith.subi %v4, %v15 : i64
      %v17 = arith.minsi %v13, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      %v31 = arith.muli %v18, %v30 : i64
      %v32 = llvm.getelementptr %in_w[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v33 = llvm.load %v32 : !llvm.ptr -> f32
      %v35 = arith.negf %v33 : f32
      %v37 = arith.mulf %v35, %v36 : f32
      %v38 = llvm.call_intrinsic "llvm.exp2.f32"(%v37) : (f32) -> f32
      %v39 = arith.addf %v34, %v38 : f32
      %v40 = arith.divf %v34, %v39 : f32
      %v41 = arith.subf %v34, %v40 : f32
      %v24 = arith.muli %v20, %v23 : i64
      %v25 = arith.muli %v18, %v22 : i64
      %v26 = arith.addi %v24, %v25 : i64
      %v27 = llvm.getelementptr %state_h[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v28 = llvm.load %v27 : !llvm.ptr -> f32
      llvm.store %v28, %v6 : f32, !llvm.ptr
      %v45 = arith.muli %v20, %v44 : i64
      %v46 = arith.muli %v18, %v43 : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v48 = arith.muli %v29, %v42 : i64
      %v49 = arith.addi %v47, %v48 : i64
      %v50 = llvm.getelementptr %in_x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v51 = llvm.load %v50 : !llvm.ptr -> f32
      %v52 = arith.mulf %v41, %v51 : f32
      %v53 = llvm.load %v6 : !llvm.ptr -> f32
      %v54 = arith.mulf %v40, %v53 : f32
      %v55 = arith.addf %v54, %v52 : f32
      llvm.store %v55, %v6 : f32, !llvm.ptr
      %v56 = llvm.load %v6 : !llvm.ptr -> f32
      scf.if %v14 {
        %v57 = arith.muli %v20, %v44 : i64
        %v58 = arith.muli %v18, %v43 : i64
        %v59 = arith.addi %v57, %v58 : i64
        %v60 = arith.muli %v29, %v42 : i64
        %v61 = arith.addi %v59, %v60 : i64
        %v62 = llvm.getelementptr %out_y[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v56, %v62 : f32, !llvm.ptr
      }
      scf.if %v14 {
        %v63 = llvm.load %v6 : !llvm.ptr -> f32
        %v64 = arith.muli %v20, %v23 : i64
        %v65 = arith.muli %v18, %v22 : i64
        %v66 = arith.addi %v64, %v65 : i64
        %v67 = llvm.getelementptr %state_h[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v63, %v67 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
