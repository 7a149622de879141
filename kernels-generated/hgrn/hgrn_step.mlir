module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_step(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v35 = arith.constant 0x3FB8AA3B : f32
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
      %v26 = llvm.getelementptr %in_gamma[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v27 = llvm.load %v26 : !llvm.ptr -> f32
      %v29 = arith.subf %v28, %v27 fastmath<contract> : f32
      %v21 = arith.muli %v19, %size_D : i64
      %v22 = arith.addi %v21, %v17 : i64
      %v23 = llvm.getelementptr %state_h[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v24 = llvm.load %v23 : !llvm.ptr -> f32
      llvm.store %v24, %v3 : f32, !llvm.ptr
      %v30 = arith.muli %v19, %size_D : i64
      %v31 = arith.addi %v30, %v17 : i64
      %v32 = llvm.getelementptr %in_g_f[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v33 = llvm.load %v32 : !llvm.ptr -> f32
      %v34 = arith.negf %v33 : f32
      %v36 = arith.mulf %v34, %v35 fastmath<contract> : f32
      %v37 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v36) : (f32) -> f32
      %v38 = arith.addf %v28, %v37 fastmath<contract> : f32
      %v39 = arith.divf %v28, %v38 : f32
      %v40 = arith.mulf %v29, %v39 fastmath<contract> : f32
      %v41 = arith.addf %v27, %v40 fastmath<contract> : f32
      %v42 = arith.subf %v28, %v41 fastmath<contract> : f32
      %v43 = arith.muli %v19, %size_D : i64
      %v44 = arith.addi %v43, %v17 : i64
      %v45 = llvm.getelementptr %in_g_c[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v46 = llvm.load %v45 : !llvm.ptr -> f32
      %v47 = arith.negf %v46 : f32
      %v48 = arith.mulf %v47, %v35 fastmath<contract> : f32
      %v49 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v48) : (f32) -> f32
      %v50 = arith.addf %v28, %v49 fastmath<contract> : f32
      %v51 = arith.divf %v28, %v50 : f32
      %v52 = arith.mulf %v46, %v51 fastmath<contract> : f32
      %v53 = arith.mulf %v42, %v52 fastmath<contract> : f32
      %v54 = llvm.load %v3 : !llvm.ptr -> f32
      %v55 = arith.mulf %v41, %v54 fastmath<contract> : f32
      %v56 = arith.addf %v55, %v53 fastmath<contract> : f32
      llvm.store %v56, %v3 : f32, !llvm.ptr
      %v57 = llvm.load %v3 : !llvm.ptr -> f32
      %v58 = arith.muli %v19, %size_D : i64
      %v59 = arith.addi %v58, %v17 : i64
      %v60 = llvm.getelementptr %in_g_o[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v61 = llvm.load %v60 : !llvm.ptr -> f32
      %v62 = arith.negf %v61 : f32
      %v63 = arith.mulf %v62, %v35 fastmath<contract> : f32
      %v64 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v63) : (f32) -> f32
      %v65 = arith.addf %v28, %v64 fastmath<contract> : f32
      %v66 = arith.divf %v28, %v65 : f32
      %v67 = arith.mulf %v57, %v66 fastmath<contract> : f32
      scf.if %v14 {
        %v68 = arith.muli %v19, %size_D : i64
        %v69 = arith.addi %v68, %v17 : i64
        %v70 = llvm.getelementptr %out_y[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v67, %v70 : f32, !llvm.ptr
      }
      scf.if %v14 {
        %v71 = llvm.load %v3 : !llvm.ptr -> f32
        %v72 = arith.muli %v19, %size_D : i64
        %v73 = arith.addi %v72, %v17 : i64
        %v74 = llvm.getelementptr %state_h[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v71, %v74 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
