module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_step(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 1 : i64
      %v6 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %v1, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 64 : i64
      %v19 = arith.constant 1 : i64
      %v26 = arith.constant 1 : i64
      %v27 = arith.muli %v26, %size_D : i64
      %v33 = arith.constant 0 : i64
      %v34 = arith.constant 0 : i64
      %v35 = arith.constant 1 : i64
      %v39 = arith.constant 0x3F800000 : f32
      %v41 = arith.constant 1 : i64
      %v42 = arith.muli %v41, %v1 : i64
      %v43 = arith.muli %v42, %size_D : i64
      %v52 = arith.constant 0x3FB8AA3B : f32
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.muli %v14, %v15 : i64
      %v17 = arith.addi %v16, %v13 : i64
      %v18 = arith.cmpi slt, %v17, %v4 : i64
      %v20 = arith.subi %v4, %v19 : i64
      %v21 = arith.minsi %v17, %v20 : i64
      %v22 = arith.remui %v21, %size_D : i64
      %v23 = arith.divui %v21, %size_D : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      %v36 = arith.muli %v22, %v35 : i64
      %v37 = llvm.getelementptr %in_gamma[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v38 = llvm.load %v37 : !llvm.ptr -> f32
      %v40 = arith.subf %v39, %v38 : f32
      %v28 = arith.muli %v24, %v27 : i64
      %v29 = arith.muli %v22, %v26 : i64
      %v30 = arith.addi %v28, %v29 : i64
      %v31 = llvm.getelementptr %state_h[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v32 = llvm.load %v31 : !llvm.ptr -> f32
      llvm.store %v32, %v6 : f32, !llvm.ptr
      %v44 = arith.muli %v24, %v43 : i64
      %v45 = arith.muli %v22, %v42 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = arith.muli %v34, %v41 : i64
      %v48 = arith.addi %v46, %v47 : i64
      %v49 = llvm.getelementptr %in_g_f[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v50 = llvm.load %v49 : !llvm.ptr -> f32
      %v51 = arith.negf %v50 : f32
      %v53 = arith.mulf %v51, %v52 : f32
      %v54 = llvm.call_intrinsic "llvm.exp2.f32"(%v53) : (f32) -> f32
      %v55 = arith.addf %v39, %v54 : f32
      %v56 = arith.divf %v39, %v55 : f32
      %v57 = arith.mulf %v40, %v56 : f32
      %v58 = arith.addf %v38, %v57 : f32
      %v59 = arith.subf %v39, %v58 : f32
      %v60 = arith.muli %v24, %v43 : i64
      %v61 = arith.muli %v22, %v42 : i64
      %v62 = arith.addi %v60, %v61 : i64
      %v63 = arith.muli %v34, %v41 : i64
      %v64 = arith.addi %v62, %v63 : i64
      %v65 = llvm.getelementptr %in_g_c[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v66 = llvm.load %v65 : !llvm.ptr -> f32
      %v67 = arith.negf %v66 : f32
      %v68 = arith.mulf %v67, %v52 : f32
      %v69 = llvm.call_intrinsic "llvm.exp2.f32"(%v68) : (f32) -> f32
      %v70 = arith.addf %v39, %v69 : f32
      %v71 = arith.divf %v39, %v70 : f32
      %v72 = arith.mulf %v66, %v71 : f32
      %v73 = arith.mulf %v59, %v72 : f32
      %v74 = llvm.load %v6 : !llvm.ptr -> f32
      %v75 = arith.mulf %v58, %v74 : f32
      %v76 = arith.addf %v75, %v73 : f32
      llvm.store %v76, %v6 : f32, !llvm.ptr
      %v77 = llvm.load %v6 : !llvm.ptr -> f32
      %v78 = arith.muli %v24, %v43 : i64
      %v79 = arith.muli %v22, %v42 : i64
      %v80 = arith.addi %v78, %v79 : i64
      %v81 = arith.muli %v34, %v41 : i64
      %v82 = arith.addi %v80, %v81 : i64
      %v83 = llvm.getelementptr %in_g_o[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v84 = llvm.load %v83 : !llvm.ptr -> f32
      %v85 = arith.negf %v84 : f32
      %v86 = arith.mulf %v85, %v52 : f32
      %v87 = llvm.call_intrinsic "llvm.exp2.f32"(%v86) : (f32) -> f32
      %v88 = arith.addf %v39, %v87 : f32
      %v89 = arith.divf %v39, %v88 : f32
      %v90 = arith.mulf %v77, %v89 : f32
      scf.if %v18 {
        %v91 = arith.muli %v24, %v43 : i64
        %v92 = arith.muli %v22, %v42 : i64
        %v93 = arith.addi %v91, %v92 : i64
        %v94 = arith.muli %v34, %v41 : i64
        %v95 = arith.addi %v93, %v94 : i64
        %v96 = llvm.getelementptr %out_y[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v90, %v96 : f32, !llvm.ptr
      }
      scf.if %v18 {
        %v97 = llvm.load %v6 : !llvm.ptr -> f32
        %v98 = arith.muli %v24, %v27 : i64
        %v99 = arith.muli %v22, %v26 : i64
        %v100 = arith.addi %v98, %v99 : i64
        %v101 = llvm.getelementptr %state_h[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v97, %v101 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
