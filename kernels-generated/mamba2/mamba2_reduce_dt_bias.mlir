module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_reduce_dt_bias(%part_dt_bias: !llvm.ptr, %dx_dt_bias: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.muli %v2, %size_H : i64
      %v11 = arith.constant 256 : i64
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = arith.constant 0x00000000 : f32
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
      %v17 = arith.remui %v16, %size_P : i64
      %v18 = arith.divui %v16, %size_P : i64
      %v19 = arith.remui %v18, %size_H : i64
      %v20 = arith.divui %v18, %size_H : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      scf.if %v14 {
        llvm.store %v24, %v23 : f32, !llvm.ptr
        %v25 = arith.remui %v13, %size_H : i64
        %v26 = arith.divui %v13, %size_H : i64
        %v28 = arith.muli %v2, %size_B : i64
        %v29 = arith.muli %v28, %size_P : i64
        %v30 = arith.index_cast %v27 : i64 to index
        %v31 = arith.index_cast %v2 : i64 to index
        %v32 = arith.index_cast %v2 : i64 to index
        scf.for %v33 = %v30 to %v31 step %v32 {
          %v34 = arith.index_cast %v33 : index to i64
          %v35 = arith.index_cast %v27 : i64 to index
          %v36 = arith.index_cast %v29 : i64 to index
          %v37 = arith.index_cast %v2 : i64 to index
          scf.for %v38 = %v35 to %v36 step %v37 {
            %v39 = arith.index_cast %v38 : index to i64
            %v40 = arith.remui %v39, %size_P : i64
            %v41 = arith.divui %v39, %size_P : i64
            %v42 = arith.remui %v41, %size_B : i64
            %v43 = arith.divui %v41, %size_B : i64
            %v44 = arith.muli %v27, %size_B : i64
            %v45 = arith.addi %v44, %v42 : i64
            %v46 = arith.muli %v45, %size_H : i64
            %v47 = arith.addi %v46, %v25 : i64
            %v48 = arith.muli %v47, %size_P : i64
            %v49 = arith.addi %v48, %v40 : i64
            %v50 = arith.muli %v34, %v5 : i64
            %v51 = arith.addi %v50, %v49 : i64
            %v52 = arith.muli %v51, %v2 : i64
            %v53 = arith.addi %v52, %v27 : i64
            %v54 = llvm.getelementptr %part_dt_bias[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v55 = llvm.load %v54 : !llvm.ptr -> f32
            %v56 = llvm.load %v23 : !llvm.ptr -> f32
            %v57 = arith.addf %v56, %v55 fastmath<contract> : f32
            llvm.store %v57, %v23 : f32, !llvm.ptr
          }
        }
        %v58 = llvm.load %v23 : !llvm.ptr -> f32
        %v59 = llvm.getelementptr %dx_dt_bias[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v58, %v59 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
