module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_step(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %state_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 255 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v6, %v6 : i64
      %v12 = arith.constant 64 : i64
      %v30 = arith.constant 0 : i64
      %v31 = arith.constant 0x40000000 : f32
      %v36 = arith.constant 0x3F800000 : f32
      %v38 = arith.constant 0x3FB8AA3B : f32
      %v48 = arith.constant 0x3E22F983 : f32
      %v51 = arith.constant 0x40C90000 : f32
      %v52 = arith.constant 0x3AFDAA22 : f32
      %v71 = arith.constant 0x00000000 : f32
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.muli %v11, %v12 : i64
      %v14 = arith.addi %v13, %v10 : i64
      %v15 = arith.cmpi slt, %v14, %v2 : i64
      %v16 = arith.subi %v2, %v1 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      %v22 = arith.muli %v20, %size_D : i64
      %v23 = arith.addi %v22, %v18 : i64
      %v24 = llvm.getelementptr %state_h[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v25 = llvm.load %v24 : !llvm.ptr -> f32
      llvm.store %v25, %v3 : f32, !llvm.ptr
      %v26 = arith.muli %v20, %size_D : i64
      %v27 = arith.addi %v26, %v18 : i64
      %v28 = llvm.getelementptr %state_hp[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v29 = llvm.load %v28 : !llvm.ptr -> f32
      llvm.store %v29, %v4 : f32, !llvm.ptr
      %v32 = arith.muli %v20, %size_D : i64
      %v33 = arith.addi %v32, %v18 : i64
      %v34 = llvm.getelementptr %in_rho[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v35 = llvm.load %v34 : !llvm.ptr -> f32
      %v37 = arith.negf %v35 : f32
      %v39 = arith.mulf %v37, %v38 fastmath<contract> : f32
      %v40 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v39) : (f32) -> f32
      %v41 = arith.addf %v36, %v40 fastmath<contract> : f32
      %v42 = arith.divf %v36, %v41 : f32
      %v43 = arith.mulf %v31, %v42 fastmath<contract> : f32
      %v44 = arith.muli %v20, %size_D : i64
      %v45 = arith.addi %v44, %v18 : i64
      %v46 = llvm.getelementptr %in_theta[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v47 = llvm.load %v46 : !llvm.ptr -> f32
      %v49 = arith.mulf %v47, %v48 fastmath<contract> : f32
      %v50 = llvm.call_intrinsic "llvm.roundeven.f32"(%v49) : (f32) -> f32
      %v53 = arith.mulf %v50, %v51 fastmath<contract> : f32
      %v54 = arith.subf %v47, %v53 fastmath<contract> : f32
      %v55 = arith.mulf %v50, %v52 fastmath<contract> : f32
      %v56 = arith.subf %v54, %v55 fastmath<contract> : f32
      %v57 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v56) : (f32) -> f32
      %v58 = arith.mulf %v43, %v57 fastmath<contract> : f32
      %v59 = arith.muli %v20, %size_D : i64
      %v60 = arith.addi %v59, %v18 : i64
      %v61 = llvm.getelementptr %in_x[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v62 = llvm.load %v61 : !llvm.ptr -> f32
      %v63 = llvm.load %v3 : !llvm.ptr -> f32
      %v64 = arith.mulf %v58, %v63 fastmath<contract> : f32
      %v65 = arith.addf %v64, %v62 fastmath<contract> : f32
      %v66 = arith.mulf %v42, %v42 fastmath<contract> : f32
      %v67 = arith.negf %v66 : f32
      %v68 = llvm.load %v4 : !llvm.ptr -> f32
      %v69 = arith.mulf %v67, %v68 fastmath<contract> : f32
      %v70 = arith.addf %v65, %v69 fastmath<contract> : f32
      %v72 = llvm.load %v4 : !llvm.ptr -> f32
      %v73 = arith.mulf %v71, %v72 fastmath<contract> : f32
      %v74 = arith.addf %v73, %v71 fastmath<contract> : f32
      %v75 = llvm.load %v3 : !llvm.ptr -> f32
      %v76 = arith.mulf %v36, %v75 fastmath<contract> : f32
      %v77 = arith.addf %v74, %v76 fastmath<contract> : f32
      llvm.store %v70, %v3 : f32, !llvm.ptr
      llvm.store %v77, %v4 : f32, !llvm.ptr
      %v78 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v15 {
        %v79 = arith.muli %v20, %size_D : i64
        %v80 = arith.addi %v79, %v18 : i64
        %v81 = llvm.getelementptr %out_y[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v78, %v81 : f32, !llvm.ptr
      }
      scf.if %v15 {
        %v82 = llvm.load %v3 : !llvm.ptr -> f32
        %v83 = arith.muli %v20, %size_D : i64
        %v84 = arith.addi %v83, %v18 : i64
        %v85 = llvm.getelementptr %state_h[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v82, %v85 : f32, !llvm.ptr
        %v86 = llvm.load %v4 : !llvm.ptr -> f32
        %v87 = arith.muli %v20, %size_D : i64
        %v88 = arith.addi %v87, %v18 : i64
        %v89 = llvm.getelementptr %state_hp[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v86, %v89 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
