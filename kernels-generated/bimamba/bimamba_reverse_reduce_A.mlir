module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_reduce_A(%part_A: !llvm.ptr, %dx_A: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_D : i64
      %v6 = arith.muli %v5, %v1 : i64
      %v11 = arith.constant 256 : i64
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = arith.constant 0x00000000 : f32
      %v27 = arith.constant 0 : i64
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
        llvm.store %v22, %v21 : f32, !llvm.ptr
        %v23 = arith.remui %v13, %v1 : i64
        %v24 = arith.divui %v13, %v1 : i64
        %v25 = arith.remui %v24, %size_D : i64
        %v26 = arith.divui %v24, %size_D : i64
        %v28 = arith.muli %v27, %v1 : i64
        %v29 = arith.addi %v28, %v23 : i64
        %v30 = arith.muli %v2, %size_B : i64
        %v31 = arith.index_cast %v27 : i64 to index
        %v32 = arith.index_cast %v2 : i64 to index
        %v33 = arith.index_cast %v2 : i64 to index
        scf.for %v34 = %v31 to %v32 step %v33 {
          %v35 = arith.index_cast %v34 : index to i64
          %v36 = arith.index_cast %v27 : i64 to index
          %v37 = arith.index_cast %v30 : i64 to index
          %v38 = arith.index_cast %v2 : i64 to index
          scf.for %v39 = %v36 to %v37 step %v38 {
            %v40 = arith.index_cast %v39 : index to i64
            %v41 = arith.remui %v40, %size_B : i64
            %v42 = arith.divui %v40, %size_B : i64
            %v43 = arith.muli %v27, %size_B : i64
            %v44 = arith.addi %v43, %v41 : i64
            %v45 = arith.muli %v44, %size_D : i64
            %v46 = arith.addi %v45, %v25 : i64
            %v47 = arith.muli %v35, %v4 : i64
            %v48 = arith.addi %v47, %v46 : i64
            %v49 = arith.muli %v48, %v1 : i64
            %v50 = arith.addi %v49, %v29 : i64
            %v51 = llvm.getelementptr %part_A[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v52 = llvm.load %v51 : !llvm.ptr -> f32
            %v53 = llvm.load %v21 : !llvm.ptr -> f32
            %v54 = arith.addf %v53, %v52 fastmath<contract> : f32
            llvm.store %v54, %v21 : f32, !llvm.ptr
          }
        }
        %v55 = llvm.load %v21 : !llvm.ptr -> f32
        %v56 = llvm.getelementptr %dx_A[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v55, %v56 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
