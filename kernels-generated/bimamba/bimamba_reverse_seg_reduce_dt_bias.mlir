module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_seg_reduce_dt_bias(%part_dt_bias: !llvm.ptr, %dx_dt_bias: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_D : i64
      %v10 = arith.constant 256 : i64
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v21 = arith.constant 0x00000000 : f32
      %v24 = arith.constant 0 : i64
      %v26 = arith.constant 255 : i64
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
        %v27 = arith.addi %size_L, %v26 : i64
        %v28 = arith.divui %v27, %v10 : i64
        %v29 = arith.index_cast %v24 : i64 to index
        %v30 = arith.index_cast %v28 : i64 to index
        %v31 = arith.index_cast %v2 : i64 to index
        scf.for %v32 = %v29 to %v30 step %v31 {
          %v33 = arith.index_cast %v32 : index to i64
          %v34 = arith.index_cast %v24 : i64 to index
          %v35 = arith.index_cast %v25 : i64 to index
          %v36 = arith.index_cast %v2 : i64 to index
          scf.for %v37 = %v34 to %v35 step %v36 {
            %v38 = arith.index_cast %v37 : index to i64
            %v39 = arith.remui %v38, %size_B : i64
            %v40 = arith.divui %v38, %size_B : i64
            %v41 = arith.muli %v24, %size_B : i64
            %v42 = arith.addi %v41, %v39 : i64
            %v43 = arith.muli %v42, %size_D : i64
            %v44 = arith.addi %v43, %v22 : i64
            %v45 = arith.muli %v33, %v4 : i64
            %v46 = arith.addi %v45, %v44 : i64
            %v47 = arith.muli %v46, %v2 : i64
            %v48 = arith.addi %v47, %v24 : i64
            %v49 = llvm.getelementptr %part_dt_bias[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v50 = llvm.load %v49 : !llvm.ptr -> f32
            %v51 = llvm.load %v20 : !llvm.ptr -> f32
            %v52 = arith.addf %v51, %v50 fastmath<contract> : f32
            llvm.store %v52, %v20 : f32, !llvm.ptr
          }
        }
        %v53 = llvm.load %v20 : !llvm.ptr -> f32
        %v54 = llvm.getelementptr %dx_dt_bias[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v53, %v54 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
