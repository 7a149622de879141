module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_A_log(%part_A_log: !llvm.ptr, %dx_A_log: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
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
      %v30 = arith.constant 255 : i64
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
        %v31 = arith.addi %size_L, %v30 : i64
        %v32 = arith.divui %v31, %v11 : i64
        %v33 = arith.index_cast %v27 : i64 to index
        %v34 = arith.index_cast %v32 : i64 to index
        %v35 = arith.index_cast %v2 : i64 to index
        scf.for %v36 = %v33 to %v34 step %v35 {
          %v37 = arith.index_cast %v36 : index to i64
          %v38 = arith.index_cast %v27 : i64 to index
          %v39 = arith.index_cast %v29 : i64 to index
          %v40 = arith.index_cast %v2 : i64 to index
          scf.for %v41 = %v38 to %v39 step %v40 {
            %v42 = arith.index_cast %v41 : index to i64
            %v43 = arith.remui %v42, %size_P : i64
            %v44 = arith.divui %v42, %size_P : i64
            %v45 = arith.remui %v44, %size_B : i64
            %v46 = arith.divui %v44, %size_B : i64
            %v47 = arith.muli %v27, %size_B : i64
            %v48 = arith.addi %v47, %v45 : i64
            %v49 = arith.muli %v48, %size_H : i64
            %v50 = arith.addi %v49, %v25 : i64
            %v51 = arith.muli %v50, %size_P : i64
            %v52 = arith.addi %v51, %v43 : i64
            %v53 = arith.muli %v37, %v5 : i64
            %v54 = arith.addi %v53, %v52 : i64
            %v55 = arith.muli %v54, %v2 : i64
            %v56 = arith.addi %v55, %v27 : i64
            %v57 = llvm.getelementptr %part_A_log[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v58 = llvm.load %v57 : !llvm.ptr -> f32
            %v59 = llvm.load %v23 : !llvm.ptr -> f32
            %v60 = arith.addf %v59, %v58 fastmath<contract> : f32
            llvm.store %v60, %v23 : f32, !llvm.ptr
          }
        }
        %v61 = llvm.load %v23 : !llvm.ptr -> f32
        %v62 = llvm.getelementptr %dx_A_log[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v61, %v62 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
