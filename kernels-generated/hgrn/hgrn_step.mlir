module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_step(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v35 = arith.muli %v1, %v1 : i64
      %v36 = arith.muli %v35, %size_D : i64
      %v45 = arith.constant 0x3FB8AA3B : f32
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
      %v31 = llvm.getelementptr %in_gamma[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v32 = llvm.load %v31 : !llvm.ptr -> f32
      %v34 = arith.subf %v33, %v32 fastmath<contract> : f32
      %v24 = arith.muli %v21, %v23 : i64
      %v25 = arith.muli %v19, %v1 : i64
      %v26 = arith.addi %v24, %v25 : i64
      %v27 = llvm.getelementptr %state_h[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v28 = llvm.load %v27 : !llvm.ptr -> f32
      llvm.store %v28, %v4 : f32, !llvm.ptr
      %v37 = arith.muli %v21, %v36 : i64
      %v38 = arith.muli %v19, %v35 : i64
      %v39 = arith.addi %v37, %v38 : i64
      %v40 = arith.muli %v29, %v1 : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = llvm.getelementptr %in_g_f[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v43 = llvm.load %v42 : !llvm.ptr -> f32
      %v44 = arith.negf %v43 : f32
      %v46 = arith.mulf %v44, %v45 fastmath<contract> : f32
      %v47 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v46) : (f32) -> f32
      %v48 = arith.addf %v33, %v47 fastmath<contract> : f32
      %v49 = arith.divf %v33, %v48 : f32
      %v50 = arith.mulf %v34, %v49 fastmath<contract> : f32
      %v51 = arith.addf %v32, %v50 fastmath<contract> : f32
      %v52 = arith.subf %v33, %v51 fastmath<contract> : f32
      %v53 = arith.muli %v21, %v36 : i64
      %v54 = arith.muli %v19, %v35 : i64
      %v55 = arith.addi %v53, %v54 : i64
      %v56 = arith.muli %v29, %v1 : i64
      %v57 = arith.addi %v55, %v56 : i64
      %v58 = llvm.getelementptr %in_g_c[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v59 = llvm.load %v58 : !llvm.ptr -> f32
      %v60 = arith.negf %v59 : f32
      %v61 = arith.mulf %v60, %v45 fastmath<contract> : f32
      %v62 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v61) : (f32) -> f32
      %v63 = arith.addf %v33, %v62 fastmath<contract> : f32
      %v64 = arith.divf %v33, %v63 : f32
      %v65 = arith.mulf %v59, %v64 fastmath<contract> : f32
      %v66 = arith.mulf %v52, %v65 fastmath<contract> : f32
      %v67 = llvm.load %v4 : !llvm.ptr -> f32
      %v68 = arith.mulf %v51, %v67 fastmath<contract> : f32
      %v69 = arith.addf %v68, %v66 fastmath<contract> : f32
      llvm.store %v69, %v4 : f32, !llvm.ptr
      %v70 = llvm.load %v4 : !llvm.ptr -> f32
      %v71 = arith.muli %v21, %v36 : i64
      %v72 = arith.muli %v19, %v35 : i64
      %v73 = arith.addi %v71, %v72 : i64
      %v74 = arith.muli %v29, %v1 : i64
      %v75 = arith.addi %v73, %v74 : i64
      %v76 = llvm.getelementptr %in_g_o[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v77 = llvm.load %v76 : !llvm.ptr -> f32
      %v78 = arith.negf %v77 : f32
      %v79 = arith.mulf %v78, %v45 fastmath<contract> : f32
      %v80 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v79) : (f32) -> f32
      %v81 = arith.addf %v33, %v80 fastmath<contract> : f32
      %v82 = arith.divf %v33, %v81 : f32
      %v83 = arith.mulf %v70, %v82 fastmath<contract> : f32
      scf.if %v16 {
        %v84 = arith.muli %v21, %v36 : i64
        %v85 = arith.muli %v19, %v35 : i64
        %v86 = arith.addi %v84, %v85 : i64
        %v87 = arith.muli %v29, %v1 : i64
        %v88 = arith.addi %v86, %v87 : i64
        %v89 = llvm.getelementptr %out_y[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v83, %v89 : f32, !llvm.ptr
      }
      scf.if %v16 {
        %v90 = llvm.load %v4 : !llvm.ptr -> f32
        %v91 = arith.muli %v21, %v23 : i64
        %v92 = arith.muli %v19, %v1 : i64
        %v93 = arith.addi %v91, %v92 : i64
        %v94 = llvm.getelementptr %state_h[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v90, %v94 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
