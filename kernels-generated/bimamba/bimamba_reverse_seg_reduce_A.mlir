module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_seg_reduce_A(%part_A: !llvm.ptr, %dx_A: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v31 = arith.constant 255 : i64
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
        %v32 = arith.addi %size_L, %v31 : i64
        %v33 = arith.divui %v32, %v11 : i64
        %v34 = arith.index_cast %v27 : i64 to index
        %v35 = arith.index_cast %v33 : i64 to index
        %v36 = arith.index_cast %v2 : i64 to index
        scf.for %v37 = %v34 to %v35 step %v36 {
          %v38 = arith.index_cast %v37 : index to i64
          %v39 = arith.index_cast %v27 : i64 to index
          %v40 = arith.index_cast %v30 : i64 to index
          %v41 = arith.index_cast %v2 : i64 to index
          scf.for %v42 = %v39 to %v40 step %v41 {
            %v43 = arith.index_cast %v42 : index to i64
            %v44 = arith.remui %v43, %size_B : i64
            %v45 = arith.divui %v43, %size_B : i64
            %v46 = arith.muli %v27, %size_B : i64
            %v47 = arith.addi %v46, %v44 : i64
            %v48 = arith.muli %v47, %size_D : i64
            %v49 = arith.addi %v48, %v25 : i64
            %v50 = arith.muli %v38, %v4 : i64
            %v51 = arith.addi %v50, %v49 : i64
            %v52 = arith.muli %v51, %v1 : i64
            %v53 = arith.addi %v52, %v29 : i64
            %v54 = llvm.getelementptr %part_A[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v55 = llvm.load %v54 : !llvm.ptr -> f32
            %v56 = llvm.load %v21 : !llvm.ptr -> f32
            %v57 = arith.addf %v56, %v55 fastmath<contract> : f32
            llvm.store %v57, %v21 : f32, !llvm.ptr
          }
        }
        %v58 = llvm.load %v21 : !llvm.ptr -> f32
        %v59 = llvm.getelementptr %dx_A[%v13] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v58, %v59 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
