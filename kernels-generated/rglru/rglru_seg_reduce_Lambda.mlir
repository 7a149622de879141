module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_seg_reduce_Lambda(%part_Lambda: !llvm.ptr, %dx_Lambda: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.muli %v1, %size_D : i64
      %v9 = arith.constant 256 : i64
      %v19 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 0x00000000 : f32
      %v23 = arith.constant 0 : i64
      %v25 = arith.constant 255 : i64
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
        %v26 = arith.addi %size_L, %v25 : i64
        %v27 = arith.divui %v26, %v9 : i64
        %v28 = arith.index_cast %v23 : i64 to index
        %v29 = arith.index_cast %v27 : i64 to index
        %v30 = arith.index_cast %v1 : i64 to index
        scf.for %v31 = %v28 to %v29 step %v30 {
          %v32 = arith.index_cast %v31 : index to i64
          %v33 = arith.index_cast %v23 : i64 to index
          %v34 = arith.index_cast %v24 : i64 to index
          %v35 = arith.index_cast %v1 : i64 to index
          scf.for %v36 = %v33 to %v34 step %v35 {
            %v37 = arith.index_cast %v36 : index to i64
            %v38 = arith.remui %v37, %size_B : i64
            %v39 = arith.divui %v37, %size_B : i64
            %v40 = arith.muli %v23, %size_B : i64
            %v41 = arith.addi %v40, %v38 : i64
            %v42 = arith.muli %v41, %size_D : i64
            %v43 = arith.addi %v42, %v21 : i64
            %v44 = arith.muli %v32, %v3 : i64
            %v45 = arith.addi %v44, %v43 : i64
            %v46 = arith.muli %v45, %v1 : i64
            %v47 = arith.addi %v46, %v23 : i64
            %v48 = llvm.getelementptr %part_Lambda[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v49 = llvm.load %v48 : !llvm.ptr -> f32
            %v50 = llvm.load %v19 : !llvm.ptr -> f32
            %v51 = arith.addf %v50, %v49 fastmath<contract> : f32
            llvm.store %v51, %v19 : f32, !llvm.ptr
          }
        }
        %v52 = llvm.load %v19 : !llvm.ptr -> f32
        %v53 = llvm.getelementptr %dx_Lambda[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v52, %v53 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
