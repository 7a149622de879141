module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_reduce_Cp(%part_Cp: !llvm.ptr, %dx_Cp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_D : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
      %v25 = arith.constant 0 : i64
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = arith.constant 0x00000000 : f32
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      %v15 = arith.subi %v6, %v2 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      scf.if %v14 {
        %v21 = arith.remui %v13, %v1 : i64
        %v22 = arith.divui %v13, %v1 : i64
        %v23 = arith.remui %v22, %size_D : i64
        %v24 = arith.divui %v22, %size_D : i64
        %v26 = arith.muli %v25, %v1 : i64
        %v27 = arith.addi %v26, %v21 : i64
        %v28 = arith.muli %v2, %size_B : i64
        llvm.store %v30, %v29 : f32, !llvm.ptr
        %v31 = arith.index_cast %v25 : i64 to index
        %v32 = arith.index_cast %v28 : i64 to index
        %v33 = arith.index_cast %v2 : i64 to index
        scf.for %v34 = %v31 to %v32 step %v33 {
          %v35 = arith.index_cast %v34 : index to i64
          %v36 = arith.remui %v35, %size_B : i64
          %v37 = arith.divui %v35, %size_B : i64
          %v38 = arith.muli %v25, %size_B : i64
          %v39 = arith.addi %v38, %v36 : i64
          %v40 = arith.muli %v39, %size_D : i64
          %v41 = arith.addi %v40, %v23 : i64
          %v42 = arith.muli %v41, %v1 : i64
          %v43 = arith.addi %v42, %v27 : i64
          %v44 = llvm.getelementptr %part_Cp[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v45 = llvm.load %v44 : !llvm.ptr -> f32
          %v46 = llvm.load %v29 : !llvm.ptr -> f32
          %v47 = arith.addf %v46, %v45 : f32
          llvm.store %v47, %v29 : f32, !llvm.ptr
        }
        %v48 = llvm.load %v29 : !llvm.ptr -> f32
        %v49 = llvm.getelementptr %dx_Cp[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v48, %v49 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
