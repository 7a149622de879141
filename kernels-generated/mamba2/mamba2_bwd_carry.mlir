module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_bwd_carry(%segsum_S: !llvm.ptr, %segcarry_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %size_L, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
      %v30 = arith.constant 0 : i64
      %v38 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v40 = arith.constant 0x00000000 : f32
      %v41 = arith.constant 0x3F800000 : f32
      %v81 = arith.constant 2 : i64
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v14 = arith.subi %v8, %v2 : i64
      %v15 = arith.addi %v5, %v14 : i64
      %v16 = arith.divui %v15, %v8 : i64
      %v17 = arith.divui %v13, %v16 : i64
      %v18 = arith.remui %v13, %v16 : i64
      %v19 = arith.muli %v18, %v8 : i64
      %v20 = arith.addi %v19, %v12 : i64
      %v21 = arith.cmpi slt, %v20, %v5 : i64
      %v22 = arith.subi %v5, %v2 : i64
      %v23 = arith.minsi %v20, %v22 : i64
      %v24 = arith.remui %v23, %size_P : i64
      %v25 = arith.divui %v23, %size_P : i64
      %v26 = arith.remui %v25, %size_H : i64
      %v27 = arith.divui %v25, %size_H : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v31 = arith.subi %v5, %v2 : i64
      %v32 = arith.minsi %v20, %v31 : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v33 = arith.cmpi sge, %v17, %v30 : i64
      %v34 = arith.cmpi slt, %v17, %v1 : i64
      %v35 = arith.andi %v33, %v34 : i1
      %v36 = arith.andi %v35, %v21 : i1
      scf.if %v36 {
        %v37 = arith.subi %v17, %v30 : i64
        llvm.store %v40, %v38 : f32, !llvm.ptr
        llvm.store %v41, %v39 : f32, !llvm.ptr
        %v42 = arith.index_cast %v30 : i64 to index
        %v43 = arith.index_cast %v9 : i64 to index
        %v44 = arith.index_cast %v2 : i64 to index
        scf.for %v45 = %v42 to %v43 step %v44 {
          %v46 = arith.index_cast %v45 : index to i64
          %v47 = arith.subi %v9, %v2 : i64
          %v48 = arith.subi %v47, %v46 : i64
          %v49 = llvm.load %v38 : !llvm.ptr -> f32
          %v50 = llvm.load %v39 : !llvm.ptr -> f32
          %v51 = arith.muli %v30, %v9 : i64
          %v52 = arith.addi %v51, %v48 : i64
          %v53 = arith.muli %v52, %v1 : i64
          %v54 = arith.addi %v53, %v37 : i64
          %v55 = arith.muli %v54, %v5 : i64
          %v56 = arith.addi %v55, %v32 : i64
          %v57 = llvm.getelementptr %segcarry_S[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v49, %v57 : f32, !llvm.ptr
          %v58 = arith.muli %v2, %v9 : i64
          %v59 = arith.addi %v58, %v48 : i64
          %v60 = arith.muli %v59, %v1 : i64
          %v61 = arith.addi %v60, %v37 : i64
          %v62 = arith.muli %v61, %v5 : i64
          %v63 = arith.addi %v62, %v32 : i64
          %v64 = llvm.getelementptr %segcarry_S[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v50, %v64 : f32, !llvm.ptr
          %v65 = arith.muli %v30, %v9 : i64
          %v66 = arith.addi %v65, %v48 : i64
          %v67 = arith.muli %v66, %v1 : i64
          %v68 = arith.addi %v67, %v37 : i64
          %v69 = arith.muli %v68, %v5 : i64
          %v70 = arith.addi %v69, %v32 : i64
          %v71 = llvm.getelementptr %segsum_S[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          %v73 = arith.muli %v2, %v9 : i64
          %v74 = arith.addi %v73, %v48 : i64
          %v75 = arith.muli %v74, %v1 : i64
          %v76 = arith.addi %v75, %v37 : i64
          %v77 = arith.muli %v76, %v5 : i64
          %v78 = arith.addi %v77, %v32 : i64
          %v79 = llvm.getelementptr %segsum_S[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v80 = llvm.load %v79 : !llvm.ptr -> f32
          %v82 = arith.muli %v81, %v9 : i64
          %v83 = arith.addi %v82, %v48 : i64
          %v84 = arith.muli %v83, %v1 : i64
          %v85 = arith.addi %v84, %v37 : i64
          %v86 = arith.muli %v85, %v5 : i64
          %v87 = arith.addi %v86, %v32 : i64
          %v88 = llvm.getelementptr %segsum_S[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 : !llvm.ptr -> f32
          %v90 = arith.mulf %v50, %v49 fastmath<contract> : f32
          %v91 = arith.mulf %v80, %v90 fastmath<contract> : f32
          %v92 = arith.addf %v91, %v72 fastmath<contract> : f32
          llvm.store %v92, %v38 : f32, !llvm.ptr
          llvm.store %v89, %v39 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
