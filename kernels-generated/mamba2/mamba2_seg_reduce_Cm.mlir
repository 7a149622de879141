module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_Cm(%part_Cm: !llvm.ptr, %dx_Cm: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.muli %v2, %size_B : i64
      %v7 = arith.muli %v6, %size_L : i64
      %v8 = arith.muli %v7, %v1 : i64
      %v13 = arith.constant 256 : i64
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = arith.constant 0x00000000 : f32
      %v33 = arith.constant 0 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.muli %v12, %v13 : i64
      %v15 = arith.addi %v14, %v11 : i64
      %v16 = arith.cmpi slt, %v15, %v8 : i64
      %v17 = arith.subi %v8, %v2 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_P : i64
      %v20 = arith.divui %v18, %size_P : i64
      %v21 = arith.remui %v20, %size_H : i64
      %v22 = arith.divui %v20, %size_H : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      scf.if %v16 {
        llvm.store %v26, %v25 : f32, !llvm.ptr
        %v27 = arith.remui %v15, %v1 : i64
        %v28 = arith.divui %v15, %v1 : i64
        %v29 = arith.remui %v28, %size_L : i64
        %v30 = arith.divui %v28, %size_L : i64
        %v31 = arith.remui %v30, %size_B : i64
        %v32 = arith.divui %v30, %size_B : i64
        %v34 = arith.muli %v33, %v1 : i64
        %v35 = arith.addi %v34, %v27 : i64
        %v36 = arith.muli %v2, %size_H : i64
        %v37 = arith.muli %v36, %size_P : i64
        %v38 = arith.divui %v29, %v13 : i64
        %v39 = arith.addi %v38, %v2 : i64
        %v40 = arith.index_cast %v38 : i64 to index
        %v41 = arith.index_cast %v39 : i64 to index
        %v42 = arith.index_cast %v2 : i64 to index
        scf.for %v43 = %v40 to %v41 step %v42 {
          %v44 = arith.index_cast %v43 : index to i64
          %v45 = arith.index_cast %v33 : i64 to index
          %v46 = arith.index_cast %v37 : i64 to index
          %v47 = arith.index_cast %v2 : i64 to index
          scf.for %v48 = %v45 to %v46 step %v47 {
            %v49 = arith.index_cast %v48 : index to i64
            %v50 = arith.remui %v49, %size_P : i64
            %v51 = arith.divui %v49, %size_P : i64
            %v52 = arith.remui %v51, %size_H : i64
            %v53 = arith.divui %v51, %size_H : i64
            %v54 = arith.muli %v33, %size_B : i64
            %v55 = arith.addi %v54, %v31 : i64
            %v56 = arith.muli %v55, %size_H : i64
            %v57 = arith.addi %v56, %v52 : i64
            %v58 = arith.muli %v57, %size_P : i64
            %v59 = arith.addi %v58, %v50 : i64
            %v60 = arith.muli %v44, %v5 : i64
            %v61 = arith.addi %v60, %v59 : i64
            %v62 = arith.muli %v61, %v1 : i64
            %v63 = arith.addi %v62, %v35 : i64
            %v64 = arith.muli %v63, %size_L : i64
            %v65 = arith.addi %v64, %v29 : i64
            %v66 = llvm.getelementptr %part_Cm[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v67 = llvm.load %v66 : !llvm.ptr -> f32
            %v68 = llvm.load %v25 : !llvm.ptr -> f32
            %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
            llvm.store %v69, %v25 : f32, !llvm.ptr
          }
        }
        %v70 = llvm.load %v25 : !llvm.ptr -> f32
        %v71 = llvm.getelementptr %dx_Cm[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v70, %v71 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
