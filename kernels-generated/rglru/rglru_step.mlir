module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_step(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v41 = arith.constant 0x3FB8AA3B : f32
      %v46 = arith.constant 0x41000000 : f32
      %v47 = arith.constant 1 : i64
      %v48 = arith.muli %v47, %v1 : i64
      %v49 = arith.muli %v48, %size_D : i64
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
      %v37 = llvm.getelementptr %in_Lambda[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v38 = llvm.load %v37 : !llvm.ptr -> f32
      %v40 = arith.negf %v38 : f32
      %v42 = arith.mulf %v40, %v41 : f32
      %v43 = llvm.call_intrinsic "llvm.exp2.f32"(%v42) : (f32) -> f32
      %v44 = arith.addf %v39, %v43 : f32
      %v45 = arith.divf %v39, %v44 : f32
      %v28 = arith.muli %v24, %v27 : i64
      %v29 = arith.muli %v22, %v26 : i64
      %v30 = arith.addi %v28, %v29 : i64
      %v31 = llvm.getelementptr %state_h[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v32 = llvm.load %v31 : !llvm.ptr -> f32
      llvm.store %v32, %v6 : f32, !llvm.ptr
      %v50 = arith.muli %v24, %v49 : i64
      %v51 = arith.muli %v22, %v48 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = arith.muli %v34, %v47 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v55 = llvm.getelementptr %in_gate_a[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v56 = llvm.load %v55 : !llvm.ptr -> f32
      %v57 = arith.negf %v56 : f32
      %v58 = arith.mulf %v57, %v41 : f32
      %v59 = llvm.call_intrinsic "llvm.exp2.f32"(%v58) : (f32) -> f32
      %v60 = arith.addf %v39, %v59 : f32
      %v61 = arith.divf %v39, %v60 : f32
      %v62 = arith.mulf %v46, %v61 : f32
      %v63 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v45) : (f32) -> f32
      %v64 = arith.mulf %v62, %v63 : f32
      %v65 = llvm.call_intrinsic "llvm.exp2.f32"(%v64) : (f32) -> f32
      %v66 = arith.mulf %v65, %v65 : f32
      %v67 = arith.subf %v39, %v66 : f32
      %v68 = llvm.call_intrinsic "llvm.sqrt.f32"(%v67) : (f32) -> f32
      %v69 = arith.muli %v24, %v49 : i64
      %v70 = arith.muli %v22, %v48 : i64
      %v71 = arith.addi %v69, %v70 : i64
      %v72 = arith.muli %v34, %v47 : i64
      %v73 = arith.addi %v71, %v72 : i64
      %v74 = llvm.getelementptr %in_gate_x[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v75 = llvm.load %v74 : !llvm.ptr -> f32
      %v76 = arith.negf %v75 : f32
      %v77 = arith.mulf %v76, %v41 : f32
      %v78 = llvm.call_intrinsic "llvm.exp2.f32"(%v77) : (f32) -> f32
      %v79 = arith.addf %v39, %v78 : f32
      %v80 = arith.divf %v39, %v79 : f32
      %v81 = arith.muli %v24, %v49 : i64
      %v82 = arith.muli %v22, %v48 : i64
      %v83 = arith.addi %v81, %v82 : i64
      %v84 = arith.muli %v34, %v47 : i64
      %v85 = arith.addi %v83, %v84 : i64
      %v86 = llvm.getelementptr %in_x[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v87 = llvm.load %v86 : !llvm.ptr -> f32
      %v88 = arith.mulf %v80, %v87 : f32
      %v89 = arith.mulf %v68, %v88 : f32
      %v90 = llvm.load %v6 : !llvm.ptr -> f32
      %v91 = arith.mulf %v65, %v90 : f32
      %v92 = arith.addf %v91, %v89 : f32
      llvm.store %v92, %v6 : f32, !llvm.ptr
      %v93 = llvm.load %v6 : !llvm.ptr -> f32
      scf.if %v18 {
        %v94 = arith.muli %v24, %v49 : i64
        %v95 = arith.muli %v22, %v48 : i64
        %v96 = arith.addi %v94, %v95 : i64
        %v97 = arith.muli %v34, %v47 : i64
        %v98 = arith.addi %v96, %v97 : i64
        %v99 = llvm.getelementptr %out_y[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v93, %v99 : f32, !llvm.ptr
      }
      scf.if %v18 {
        %v100 = llvm.load %v6 : !llvm.ptr -> f32
        %v101 = arith.muli %v24, %v27 : i64
        %v102 = arith.muli %v22, %v26 : i64
        %v103 = arith.addi %v101, %v102 : i64
        %v104 = llvm.getelementptr %state_h[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v100, %v104 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
