module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_seg_reduce_h0(%part_h0: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.muli %v2, %size_B : i64
      %v6 = arith.muli %v5, %size_D : i64
      %v7 = arith.muli %v6, %v1 : i64
      %v12 = arith.constant 256 : i64
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = arith.constant 0x00000000 : f32
      %v30 = arith.constant 0 : i64
      %v33 = arith.constant 255 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.muli %v11, %v12 : i64
      %v14 = arith.addi %v13, %v10 : i64
      %v15 = arith.cmpi slt, %v14, %v7 : i64
      %v16 = arith.subi %v7, %v2 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      scf.if %v15 {
        llvm.store %v23, %v22 : f32, !llvm.ptr
        %v24 = arith.remui %v14, %v1 : i64
        %v25 = arith.divui %v14, %v1 : i64
        %v26 = arith.remui %v25, %size_D : i64
        %v27 = arith.divui %v25, %size_D : i64
        %v28 = arith.remui %v27, %size_B : i64
        %v29 = arith.divui %v27, %size_B : i64
        %v31 = arith.muli %v30, %v1 : i64
        %v32 = arith.addi %v31, %v24 : i64
        %v34 = arith.addi %size_L, %v33 : i64
        %v35 = arith.divui %v34, %v12 : i64
        %v36 = arith.index_cast %v30 : i64 to index
        %v37 = arith.index_cast %v35 : i64 to index
        %v38 = arith.index_cast %v2 : i64 to index
        scf.for %v39 = %v36 to %v37 step %v38 {
          %v40 = arith.index_cast %v39 : index to i64
          %v41 = arith.index_cast %v30 : i64 to index
          %v42 = arith.index_cast %v2 : i64 to index
          %v43 = arith.index_cast %v2 : i64 to index
          scf.for %v44 = %v41 to %v42 step %v43 {
            %v45 = arith.index_cast %v44 : index to i64
            %v46 = arith.muli %v30, %size_B : i64
            %v47 = arith.addi %v46, %v28 : i64
            %v48 = arith.muli %v47, %size_D : i64
            %v49 = arith.addi %v48, %v26 : i64
            %v50 = arith.muli %v40, %v4 : i64
            %v51 = arith.addi %v50, %v49 : i64
            %v52 = arith.muli %v51, %v1 : i64
            %v53 = arith.addi %v52, %v32 : i64
            %v54 = llvm.getelementptr %part_h0[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v55 = llvm.load %v54 : !llvm.ptr -> f32
            %v56 = llvm.load %v22 : !llvm.ptr -> f32
            %v57 = arith.addf %v56, %v55 fastmath<contract> : f32
            llvm.store %v57, %v22 : f32, !llvm.ptr
          }
        }
        %v58 = llvm.load %v22 : !llvm.ptr -> f32
        %v59 = llvm.getelementptr %dx_h0[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v58, %v59 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
