module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_step(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v35 = arith.constant 0x41000000 : f32
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
      %v26 = llvm.getelementptr %in_Lambda[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v27 = llvm.load %v26 : !llvm.ptr -> f32
      %v29 = arith.negf %v27 : f32
      %v31 = arith.mulf %v29, %v30 fastmath<contract> : f32
      %v32 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v31) : (f32) -> f32
      %v33 = arith.addf %v28, %v32 fastmath<contract> : f32
      %v34 = arith.divf %v28, %v33 : f32
      %v21 = arith.muli %v19, %size_D : i64
      %v22 = arith.addi %v21, %v17 : i64
      %v23 = llvm.getelementptr %state_h[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v24 = llvm.load %v23 : !llvm.ptr -> f32
      llvm.store %v24, %v3 : f32, !llvm.ptr
      %v36 = arith.muli %v19, %size_D : i64
      %v37 = arith.addi %v36, %v17 : i64
      %v38 = llvm.getelementptr %in_gate_a[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v39 = llvm.load %v38 : !llvm.ptr -> f32
      %v40 = arith.negf %v39 : f32
      %v41 = arith.mulf %v40, %v30 fastmath<contract> : f32
      %v42 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v41) : (f32) -> f32
      %v43 = arith.addf %v28, %v42 fastmath<contract> : f32
      %v44 = arith.divf %v28, %v43 : f32
      %v45 = arith.mulf %v35, %v44 fastmath<contract> : f32
      %v46 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v34) : (f32) -> f32
      %v47 = arith.mulf %v45, %v46 fastmath<contract> : f32
      %v48 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v47) : (f32) -> f32
      %v49 = arith.mulf %v48, %v48 fastmath<contract> : f32
      %v50 = arith.subf %v28, %v49 fastmath<contract> : f32
      %v51 = llvm.call_intrinsic "llvm.sqrt.f32"(%v50) : (f32) -> f32
      %v52 = arith.muli %v19, %size_D : i64
      %v53 = arith.addi %v52, %v17 : i64
      %v54 = llvm.getelementptr %in_gate_x[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v55 = llvm.load %v54 : !llvm.ptr -> f32
      %v56 = arith.negf %v55 : f32
      %v57 = arith.mulf %v56, %v30 fastmath<contract> : f32
      %v58 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v57) : (f32) -> f32
      %v59 = arith.addf %v28, %v58 fastmath<contract> : f32
      %v60 = arith.divf %v28, %v59 : f32
      %v61 = arith.muli %v19, %size_D : i64
      %v62 = arith.addi %v61, %v17 : i64
      %v63 = llvm.getelementptr %in_x[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v64 = llvm.load %v63 : !llvm.ptr -> f32
      %v65 = arith.mulf %v60, %v64 fastmath<contract> : f32
      %v66 = arith.mulf %v51, %v65 fastmath<contract> : f32
      %v67 = llvm.load %v3 : !llvm.ptr -> f32
      %v68 = arith.mulf %v48, %v67 fastmath<contract> : f32
      %v69 = arith.addf %v68, %v66 fastmath<contract> : f32
      llvm.store %v69, %v3 : f32, !llvm.ptr
      %v70 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v14 {
        %v71 = arith.muli %v19, %size_D : i64
        %v72 = arith.addi %v71, %v17 : i64
        %v73 = llvm.getelementptr %out_y[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v70, %v73 : f32, !llvm.ptr
      }
      scf.if %v14 {
        %v74 = llvm.load %v3 : !llvm.ptr -> f32
        %v75 = arith.muli %v19, %size_D : i64
        %v76 = arith.addi %v75, %v17 : i64
        %v77 = llvm.getelementptr %state_h[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v74, %v77 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
