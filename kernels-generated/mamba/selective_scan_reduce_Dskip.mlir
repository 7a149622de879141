module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_reduce_Dskip(%part_Dskip: !llvm.ptr, %dx_Dskip: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 1 : i64
      %v6 = arith.muli %v5, %size_D : i64
      %v11 = arith.constant 64 : i64
      %v15 = arith.constant 1 : i64
      %v24 = arith.constant 0 : i64
      %v25 = arith.constant 1 : i64
      %v27 = arith.constant 1 : i64
      %v28 = llvm.alloca %v27 x f32 : (i64) -> !llvm.ptr
      %v29 = arith.constant 0x00000000 : f32
      %v30 = arith.constant 0 : i64
      %v31 = arith.constant 1 : i64
      %v39 = arith.constant 0 : i64
      %v44 = arith.constant 1 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v16 = arith.subi %v6, %v15 : i64
      %v17 = arith.minsi %v13, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      scf.if %v14 {
        %v22 = arith.remui %v13, %size_D : i64
        %v23 = arith.divui %v13, %size_D : i64
        %v26 = arith.muli %v25, %size_B : i64
        llvm.store %v29, %v28 : f32, !llvm.ptr
        %v32 = arith.index_cast %v30 : i64 to index
        %v33 = arith.index_cast %v26 : i64 to index
        %v34 = arith.index_cast %v31 : i64 to index
        scf.for %v35 = %v32 to %v33 step %v34 {
          %v36 = arith.index_cast %v35 : index to i64
          %v37 = arith.remui %v36, %size_B : i64
          %v38 = arith.divui %v36, %size_B : i64
          %v40 = arith.muli %v39, %size_B : i64
          %v41 = arith.addi %v40, %v37 : i64
          %v42 = arith.muli %v41, %size_D : i64
          %v43 = arith.addi %v42, %v22 : i64
          %v45 = arith.muli %v43, %v44 : i64
          %v46 = arith.addi %v45, %v24 : i64
          %v47 = llvm.getelementptr %part_Dskip[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v48 = llvm.load %v47 : !llvm.ptr -> f32
          %v49 = llvm.load %v28 : !llvm.ptr -> f32
          %v50 = arith.addf %v49, %v48 : f32
          llvm.store %v50, %v28 : f32, !llvm.ptr
        }
        %v51 = llvm.load %v28 : !llvm.ptr -> f32
        %v52 = llvm.getelementptr %dx_Dskip[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v51, %v52 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
