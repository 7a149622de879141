module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_reduce_w(%part_w: !llvm.ptr, %dx_w: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.muli %v1, %size_D : i64
      %v9 = arith.constant 256 : i64
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 0x00000000 : f32
      %v23 = arith.constant 0 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v4 : i64
      %v13 = arith.subi %v4, %v1 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_D : i64
      %v16 = arith.divui %v14, %size_D : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      scf.if %v12 {
        llvm.store %v20, %v19 : f32, !llvm.ptr
        %v21 = arith.remui %v11, %size_D : i64
        %v22 = arith.divui %v11, %size_D : i64
        %v24 = arith.muli %v1, %size_B : i64
        %v25 = arith.index_cast %v23 : i64 to index
        %v26 = arith.index_cast %v1 : i64 to index
        %v27 = arith.index_cast %v1 : i64 to index
        scf.for %v28 = %v25 to %v26 step %v27 {
          %v29 = arith.index_cast %v28 : index to i64
          %v30 = arith.index_cast %v23 : i64 to index
          %v31 = arith.index_cast %v24 : i64 to index
          %v32 = arith.index_cast %v1 : i64 to index
          scf.for %v33 = %v30 to %v31 step %v32 {
            %v34 = arith.index_cast %v33 : index to i64
            %v35 = arith.remui %v34, %size_B : i64
            %v36 = arith.divui %v34, %size_B : i64
            %v37 = arith.muli %v23, %size_B : i64
            %v38 = arith.addi %v37, %v35 : i64
            %v39 = arith.muli %v38, %size_D : i64
            %v40 = arith.addi %v39, %v21 : i64
            %v41 = arith.muli %v29, %v3 : i64
            %v42 = arith.addi %v41, %v40 : i64
            %v43 = arith.muli %v42, %v1 : i64
            %v44 = arith.addi %v43, %v23 : i64
            %v45 = llvm.getelementptr %part_w[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v46 = llvm.load %v45 : !llvm.ptr -> f32
            %v47 = llvm.load %v19 : !llvm.ptr -> f32
            %v48 = arith.addf %v47, %v46 fastmath<contract> : f32
            llvm.store %v48, %v19 : f32, !llvm.ptr
          }
        }
        %v49 = llvm.load %v19 : !llvm.ptr -> f32
        %v50 = llvm.getelementptr %dx_w[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v49, %v50 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
