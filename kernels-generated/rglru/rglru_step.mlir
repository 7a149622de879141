module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_step(%in_x: !llvm.ptr, %in_gate_a: !llvm.ptr, %in_gate_x: !llvm.ptr, %in_Lambda: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v41 = arith.constant 0x41000000 : f32
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
      %v32 = llvm.getelementptr %in_Lambda[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v33 = llvm.load %v32 : !llvm.ptr -> f32
      %v35 = arith.negf %v33 : f32
      %v37 = arith.mulf %v35, %v36 : f32
      %v38 = llvm.call_intrinsic "llvm.exp2.f32"(%v37) : (f32) -> f32
      %v39 = arith.addf %v34, %v38 : f32
      %v40 = arith.divf %v34, %v39 : f32
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
      %v50 = llvm.getelementptr %in_gate_a[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v51 = llvm.load %v50 : !llvm.ptr -> f32
      %v52 = arith.negf %v51 : f32
      %v53 = arith.mulf %v52, %v36 : f32
      %v54 = llvm.call_intrinsic "llvm.exp2.f32"(%v53) : (f32) -> f32
      %v55 = arith.addf %v34, %v54 : f32
      %v56 = arith.divf %v34, %v55 : f32
      %v57 = arith.mulf %v41, %v56 : f32
      %v58 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v40) : (f32) -> f32
      %v59 = arith.mulf %v57, %v58 : f32
      %v60 = llvm.call_intrinsic "llvm.exp2.f32"(%v59) : (f32) -> f32
      %v61 = arith.mulf %v60, %v60 : f32
      %v62 = arith.subf %v34, %v61 : f32
      %v63 = llvm.call_intrinsic "llvm.sqrt.f32"(%v62) : (f32) -> f32
      %v64 = arith.muli %v20, %v44 : i64
      %v65 = arith.muli %v18, %v43 : i64
      %v66 = arith.addi %v64, %v65 : i64
      %v67 = arith.muli %v29, %v42 : i64
      %v68 = arith.addi %v66, %v67 : i64
      %v69 = llvm.getelementptr %in_gate_x[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v70 = llvm.load %v69 : !llvm.ptr -> f32
      %v71 = arith.negf %v70 : f32
      %v72 = arith.mulf %v71, %v36 : f32
      %v73 = llvm.call_intrinsic "llvm.exp2.f32"(%v72) : (f32) -> f32
      %v74 = arith.addf %v34, %v73 : f32
      %v75 = arith.divf %v34, %v74 : f32
      %v76 = arith.muli %v20, %v44 : i64
      %v77 = arith.muli %v18, %v43 : i64
      %v78 = arith.addi %v76, %v77 : i64
      %v79 = arith.muli %v29, %v42 : i64
      %v80 = arith.addi %v78, %v79 : i64
      %v81 = llvm.getelementptr %in_x[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v82 = llvm.load %v81 : !llvm.ptr -> f32
      %v83 = arith.mulf %v75, %v82 : f32
      %v84 = arith.mulf %v63, %v83 : f32
      %v85 = llvm.load %v6 : !llvm.ptr -> f32
      %v86 = arith.mulf %v60, %v85 : f32
      %v87 = arith.addf %v86, %v84 : f32
      llvm.store %v87, %v6 : f32, !llvm.ptr
      %v88 = llvm.load %v6 : !llvm.ptr -> f32
      scf.if %v14 {
        %v89 = arith.muli %v20, %v44 : i64
        %v90 = arith.muli %v18, %v43 : i64
        %v91 = arith.addi %v89, %v90 : i64
        %v92 = arith.muli %v29, %v42 : i64
        %v93 = arith.addi %v91, %v92 : i64
        %v94 = llvm.getelementptr %out_y[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v88, %v94 : f32, !llvm.ptr
      }
      scf.if %v14 {
        %v95 = llvm.load %v6 : !llvm.ptr -> f32
        %v96 = arith.muli %v20, %v23 : i64
        %v97 = arith.muli %v18, %v22 : i64
        %v98 = arith.addi %v96, %v97 : i64
        %v99 = llvm.getelementptr %state_h[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v95, %v99 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
