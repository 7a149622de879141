module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_reduce_Cm(%part_Cm: !llvm.ptr, %dx_Cm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 1 : i64
      %v6 = arith.muli %v5, %size_B : i64
      %v7 = arith.muli %v6, %size_L : i64
      %v8 = arith.muli %v7, %v1 : i64
      %v13 = arith.constant 64 : i64
      %v17 = arith.constant 1 : i64
      %v30 = arith.constant 0 : i64
      %v31 = arith.constant 16 : i64
      %v34 = arith.constant 1 : i64
      %v36 = arith.constant 1 : i64
      %v37 = llvm.alloca %v36 x f32 : (i64) -> !llvm.ptr
      %v38 = arith.constant 0x00000000 : f32
      %v39 = arith.constant 0 : i64
      %v40 = arith.constant 1 : i64
      %v48 = arith.constant 0 : i64
      %v53 = arith.constant 16 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.muli %v12, %v13 : i64
      %v15 = arith.addi %v14, %v11 : i64
      %v16 = arith.cmpi slt, %v15, %v8 : i64
      %v18 = arith.subi %v8, %v17 : i64
      %v19 = arith.minsi %v15, %v18 : i64
      %v20 = arith.remui %v19, %size_D : i64
      %v21 = arith.divui %v19, %size_D : i64
      %v22 = arith.remui %v21, %size_B : i64
      %v23 = arith.divui %v21, %size_B : i64
      scf.if %v16 {
        %v24 = arith.remui %v15, %v1 : i64
        %v25 = arith.divui %v15, %v1 : i64
        %v26 = arith.remui %v25, %size_L : i64
        %v27 = arith.divui %v25, %size_L : i64
        %v28 = arith.remui %v27, %size_B : i64
        %v29 = arith.divui %v27, %size_B : i64
        %v32 = arith.muli %v30, %v31 : i64
        %v33 = arith.addi %v32, %v24 : i64
        %v35 = arith.muli %v34, %size_D : i64
        llvm.store %v38, %v37 : f32, !llvm.ptr
        %v41 = arith.index_cast %v39 : i64 to index
        %v42 = arith.index_cast %v35 : i64 to index
        %v43 = arith.index_cast %v40 : i64 to index
        scf.for %v44 = %v41 to %v42 step %v43 {
          %v45 = arith.index_cast %v44 : index to i64
          %v46 = arith.remui %v45, %size_D : i64
          %v47 = arith.divui %v45, %size_D : i64
          %v49 = arith.muli %v48, %size_B : i64
          %v50 = arith.addi %v49, %v28 : i64
          %v51 = arith.muli %v50, %size_D : i64
          %v52 = arith.addi %v51, %v46 : i64
          %v54 = arith.muli %v52, %v53 : i64
          %v55 = arith.addi %v54, %v33 : i64
          %v56 = arith.muli %v55, %size_L : i64
          %v57 = arith.addi %v56, %v26 : i64
          %v58 = llvm.getelementptr %part_Cm[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v59 = llvm.load %v58 : !llvm.ptr -> f32
          %v60 = llvm.load %v37 : !llvm.ptr -> f32
          %v61 = arith.addf %v60, %v59 : f32
          llvm.store %v61, %v37 : f32, !llvm.ptr
        }
        %v62 = llvm.load %v37 : !llvm.ptr -> f32
        %v63 = llvm.getelementptr %dx_Cm[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v62, %v63 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
