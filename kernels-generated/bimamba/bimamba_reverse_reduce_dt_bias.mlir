module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_reduce_dt_bias(%part_dt_bias: !llvm.ptr, %dx_dt_bias: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_D : i64
      %v10 = arith.constant 256 : i64
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v21 = arith.constant 0x00000000 : f32
      %v24 = arith.constant 0 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v5 : i64
      %v14 = arith.subi %v5, %v2 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_D : i64
      %v17 = arith.divui %v15, %size_D : i64
      %v18 = arith.remui %v17, %size_B : i64
      %v19 = arith.divui %v17, %size_B : i64
      scf.if %v13 {
        llvm.store %v21, %v20 : f32, !llvm.ptr
        %v22 = arith.remui %v12, %size_D : i64
        %v23 = arith.divui %v12, %size_D : i64
        %v25 = arith.muli %v2, %size_B : i64
        %v26 = arith.index_cast %v24 : i64 to index
        %v27 = arith.index_cast %v2 : i64 to index
        %v28 = arith.index_cast %v2 : i64 to index
        scf.for %v29 = %v26 to %v27 step %v28 {
          %v30 = arith.index_cast %v29 : index to i64
          %v31 = arith.index_cast %v24 : i64 to index
          %v32 = arith.index_cast %v25 : i64 to index
          %v33 = arith.index_cast %v2 : i64 to index
          scf.for %v34 = %v31 to %v32 step %v33 {
            %v35 = arith.index_cast %v34 : index to i64
            %v36 = arith.remui %v35, %size_B : i64
            %v37 = arith.divui %v35, %size_B : i64
            %v38 = arith.muli %v24, %size_B : i64
            %v39 = arith.addi %v38, %v36 : i64
            %v40 = arith.muli %v39, %size_D : i64
            %v41 = arith.addi %v40, %v22 : i64
            %v42 = arith.muli %v30, %v4 : i64
            %v43 = arith.addi %v42, %v41 : i64
            %v44 = arith.muli %v43, %v2 : i64
            %v45 = arith.addi %v44, %v24 : i64
            %v46 = llvm.getelementptr %part_dt_bias[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v47 = llvm.load %v46 : !llvm.ptr -> f32
            %v48 = llvm.load %v20 : !llvm.ptr -> f32
            %v49 = arith.addf %v48, %v47 fastmath<contract> : f32
            llvm.store %v49, %v20 : f32, !llvm.ptr
          }
        }
        %v50 = llvm.load %v20 : !llvm.ptr -> f32
        %v51 = llvm.getelementptr %dx_dt_bias[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v50, %v51 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
