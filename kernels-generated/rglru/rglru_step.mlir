module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_step(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %v1, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v13 = arith.constant 64 : i64
      %v23 = arith.muli %v1, %size_D : i64
      %v29 = arith.constant 0 : i64
      %v33 = arith.constant 0x3F800000 : f32
      %v35 = arith.constant 0x3FB8AA3B : f32
      %v40 = arith.constant 0x41000000 : f32
      %v41 = arith.muli %v1, %v1 : i64
      %v42 = arith.muli %v41, %size_D : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.muli %v12, %v13 : i64
      %v15 = arith.addi %v14, %v11 : i64
      %v16 = arith.cmpi slt, %v15, %v3 : i64
      %v17 = arith.subi %v3, %v1 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_D : i64
      %v20 = arith.divui %v18, %size_D : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      %v30 = arith.muli %v19, %v1 : i64
      %v31 = llvm.getelementptr %in_Lambda[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v32 = llvm.load %v31 : !llvm.ptr -> f32
      %v34 = arith.negf %v32 : f32
      %v36 = arith.mulf %v34, %v35 fastmath<contract> : f32
      %v37 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v36) : (f32) -> f32
      %v38 = arith.addf %v33, %v37 fastmath<contract> : f32
      %v39 = arith.divf %v33, %v38 : f32
      %v24 = arith.muli %v21, %v23 : i64
      %v25 = arith.muli %v19, %v1 : i64
      %v26 = arith.addi %v24, %v25 : i64
      %v27 = llvm.getelementptr %state_h[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v28 = llvm.load %v27 : !llvm.ptr -> f32
      llvm.store %v28, %v4 : f32, !llvm.ptr
      %v43 = arith.muli %v21, %v42 : i64
      %v44 = arith.muli %v19, %v41 : i64
      %v45 = arith.addi %v43, %v44 : i64
      %v46 = arith.muli %v29, %v1 : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v48 = llvm.getelementptr %in_gate_a[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = llvm.load %v48 : !llvm.ptr -> f32
      %v50 = arith.negf %v49 : f32
      %v51 = arith.mulf %v50, %v35 fastmath<contract> : f32
      %v52 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v51) : (f32) -> f32
      %v53 = arith.addf %v33, %v52 fastmath<contract> : f32
      %v54 = arith.divf %v33, %v53 : f32
      %v55 = arith.mulf %v40, %v54 fastmath<contract> : f32
      %v56 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v39) : (f32) -> f32
      %v57 = arith.mulf %v55, %v56 fastmath<contract> : f32
      %v58 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v57) : (f32) -> f32
      %v59 = arith.mulf %v58, %v58 fastmath<contract> : f32
      %v60 = arith.subf %v33, %v59 fastmath<contract> : f32
      %v61 = llvm.call_intrinsic "llvm.sqrt.f32"(%v60) : (f32) -> f32
      %v62 = arith.muli %v21, %v42 : i64
      %v63 = arith.muli %v19, %v41 : i64
      %v64 = arith.addi %v62, %v63 : i64
      %v65 = arith.muli %v29, %v1 : i64
      %v66 = arith.addi %v64, %v65 : i64
      %v67 = llvm.getelementptr %in_gate_x[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v68 = llvm.load %v67 : !llvm.ptr -> f32
      %v69 = arith.negf %v68 : f32
      %v70 = arith.mulf %v69, %v35 fastmath<contract> : f32
      %v71 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v70) : (f32) -> f32
      %v72 = arith.addf %v33, %v71 fastmath<contract> : f32
      %v73 = arith.divf %v33, %v72 : f32
      %v74 = arith.muli %v21, %v42 : i64
      %v75 = arith.muli %v19, %v41 : i64
      %v76 = arith.addi %v74, %v75 : i64
      %v77 = arith.muli %v29, %v1 : i64
      %v78 = arith.addi %v76, %v77 : i64
      %v79 = llvm.getelementptr %in_x[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v80 = llvm.load %v79 : !llvm.ptr -> f32
      %v81 = arith.mulf %v73, %v80 fastmath<contract> : f32
      %v82 = arith.mulf %v61, %v81 fastmath<contract> : f32
      %v83 = llvm.load %v4 : !llvm.ptr -> f32
      %v84 = arith.mulf %v58, %v83 fastmath<contract> : f32
      %v85 = arith.addf %v84, %v82 fastmath<contract> : f32
      llvm.store %v85, %v4 : f32, !llvm.ptr
      %v86 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v16 {
        %v87 = arith.muli %v21, %v42 : i64
        %v88 = arith.muli %v19, %v41 : i64
        %v89 = arith.addi %v87, %v88 : i64
        %v90 = arith.muli %v29, %v1 : i64
        %v91 = arith.addi %v89, %v90 : i64
        %v92 = llvm.getelementptr %out_y[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v86, %v92 : f32, !llvm.ptr
      }
      scf.if %v16 {
        %v93 = llvm.load %v4 : !llvm.ptr -> f32
        %v94 = arith.muli %v21, %v23 : i64
        %v95 = arith.muli %v19, %v1 : i64
        %v96 = arith.addi %v94, %v95 : i64
        %v97 = llvm.getelementptr %state_h[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v93, %v97 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
