module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_step(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v36 = arith.constant 1 : i64
      %v37 = arith.muli %v36, %v1 : i64
      %v38 = arith.muli %v37, %size_D : i64
      %v47 = arith.constant 0x3FB8AA3B : f32
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
      %v32 = llvm.getelementptr %in_gamma[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v33 = llvm.load %v32 : !llvm.ptr -> f32
      %v35 = arith.subf %v34, %v33 : f32
      %v24 = arith.muli %v20, %v23 : i64
      %v25 = arith.muli %v18, %v22 : i64
      %v26 = arith.addi %v24, %v25 : i64
      %v27 = llvm.getelementptr %state_h[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v28 = llvm.load %v27 : !llvm.ptr -> f32
      llvm.store %v28, %v6 : f32, !llvm.ptr
      %v39 = arith.muli %v20, %v38 : i64
      %v40 = arith.muli %v18, %v37 : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = arith.muli %v29, %v36 : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v44 = llvm.getelementptr %in_g_f[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v45 = llvm.load %v44 : !llvm.ptr -> f32
      %v46 = arith.negf %v45 : f32
      %v48 = arith.mulf %v46, %v47 : f32
      %v49 = llvm.call_intrinsic "llvm.exp2.f32"(%v48) : (f32) -> f32
      %v50 = arith.addf %v34, %v49 : f32
      %v51 = arith.divf %v34, %v50 : f32
      %v52 = arith.mulf %v35, %v51 : f32
      %v53 = arith.addf %v33, %v52 : f32
      %v54 = arith.subf %v34, %v53 : f32
      %v55 = arith.muli %v20, %v38 : i64
      %v56 = arith.muli %v18, %v37 : i64
      %v57 = arith.addi %v55, %v56 : i64
      %v58 = arith.muli %v29, %v36 : i64
      %v59 = arith.addi %v57, %v58 : i64
      %v60 = llvm.getelementptr %in_g_c[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v61 = llvm.load %v60 : !llvm.ptr -> f32
      %v62 = arith.negf %v61 : f32
      %v63 = arith.mulf %v62, %v47 : f32
      %v64 = llvm.call_intrinsic "llvm.exp2.f32"(%v63) : (f32) -> f32
      %v65 = arith.addf %v34, %v64 : f32
      %v66 = arith.divf %v34, %v65 : f32
      %v67 = arith.mulf %v61, %v66 : f32
      %v68 = arith.mulf %v54, %v67 : f32
      %v69 = llvm.load %v6 : !llvm.ptr -> f32
      %v70 = arith.mulf %v53, %v69 : f32
      %v71 = arith.addf %v70, %v68 : f32
      llvm.store %v71, %v6 : f32, !llvm.ptr
      %v72 = llvm.load %v6 : !llvm.ptr -> f32
      %v73 = arith.muli %v20, %v38 : i64
      %v74 = arith.muli %v18, %v37 : i64
      %v75 = arith.addi %v73, %v74 : i64
      %v76 = arith.muli %v29, %v36 : i64
      %v77 = arith.addi %v75, %v76 : i64
      %v78 = llvm.getelementptr %in_g_o[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      %v80 = arith.negf %v79 : f32
      %v81 = arith.mulf %v80, %v47 : f32
      %v82 = llvm.call_intrinsic "llvm.exp2.f32"(%v81) : (f32) -> f32
      %v83 = arith.addf %v34, %v82 : f32
      %v84 = arith.divf %v34, %v83 : f32
      %v85 = arith.mulf %v72, %v84 : f32
      scf.if %v14 {
        %v86 = arith.muli %v20, %v38 : i64
        %v87 = arith.muli %v18, %v37 : i64
        %v88 = arith.addi %v86, %v87 : i64
        %v89 = arith.muli %v29, %v36 : i64
        %v90 = arith.addi %v88, %v89 : i64
        %v91 = llvm.getelementptr %out_y[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v85, %v91 : f32, !llvm.ptr
      }
      scf.if %v14 {
        %v92 = llvm.load %v6 : !llvm.ptr -> f32
        %v93 = arith.muli %v20, %v23 : i64
        %v94 = arith.muli %v18, %v22 : i64
        %v95 = arith.addi %v93, %v94 : i64
        %v96 = llvm.getelementptr %state_h[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v92, %v96 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
