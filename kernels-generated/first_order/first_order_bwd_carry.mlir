module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd_carry(%segsum_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_T, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = arith.constant 0x00000000 : f32
      %v24 = arith.constant 0x3F800000 : f32
      %v25 = arith.constant 0 : i64
      %v73 = arith.constant 2 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v12 = arith.muli %v11, %v6 : i64
      %v13 = arith.addi %v12, %v10 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v15 = arith.subi %v3, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_C : i64
      %v18 = arith.divui %v16, %size_C : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      llvm.store %v23, %v21 : f32, !llvm.ptr
      llvm.store %v24, %v22 : f32, !llvm.ptr
      // carry scan: g ← G + P·a'·g, a' ← a_first, segment by segment from the last
      scf.if %v14 {
        %v26 = arith.index_cast %v25 : i64 to index
        %v27 = arith.index_cast %v7 : i64 to index
        %v28 = arith.index_cast %v1 : i64 to index
        scf.for %v29 = %v26 to %v27 step %v28 {
          %v30 = arith.index_cast %v29 : index to i64
          %v31 = arith.subi %v7, %v1 : i64
          %v32 = arith.subi %v31, %v30 : i64
          %v33 = llvm.load %v21 : !llvm.ptr -> f32
          %v34 = llvm.load %v22 : !llvm.ptr -> f32
          %v35 = arith.muli %v25, %v7 : i64
          %v36 = arith.addi %v35, %v32 : i64
          %v37 = arith.muli %v36, %v1 : i64
          %v38 = arith.addi %v37, %v25 : i64
          %v39 = arith.muli %v38, %v3 : i64
          %v40 = arith.subi %v3, %v1 : i64
          %v41 = arith.minsi %v13, %v40 : i64
          %v42 = arith.addi %v39, %v41 : i64
          %v43 = llvm.getelementptr %segcarry_h[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v33, %v43 : f32, !llvm.ptr
          %v44 = arith.muli %v1, %v7 : i64
          %v45 = arith.addi %v44, %v32 : i64
          %v46 = arith.muli %v45, %v1 : i64
          %v47 = arith.addi %v46, %v25 : i64
          %v48 = arith.muli %v47, %v3 : i64
          %v49 = arith.subi %v3, %v1 : i64
          %v50 = arith.minsi %v13, %v49 : i64
          %v51 = arith.addi %v48, %v50 : i64
          %v52 = llvm.getelementptr %segcarry_h[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v34, %v52 : f32, !llvm.ptr
          %v53 = arith.muli %v25, %v7 : i64
          %v54 = arith.addi %v53, %v32 : i64
          %v55 = arith.muli %v54, %v1 : i64
          %v56 = arith.addi %v55, %v25 : i64
          %v57 = arith.muli %v56, %v3 : i64
          %v58 = arith.subi %v3, %v1 : i64
          %v59 = arith.minsi %v13, %v58 : i64
          %v60 = arith.addi %v57, %v59 : i64
          %v61 = llvm.getelementptr %segsum_h[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v62 = llvm.load %v61 : !llvm.ptr -> f32
          %v63 = arith.muli %v1, %v7 : i64
          %v64 = arith.addi %v63, %v32 : i64
          %v65 = arith.muli %v64, %v1 : i64
          %v66 = arith.addi %v65, %v25 : i64
          %v67 = arith.muli %v66, %v3 : i64
          %v68 = arith.subi %v3, %v1 : i64
          %v69 = arith.minsi %v13, %v68 : i64
          %v70 = arith.addi %v67, %v69 : i64
          %v71 = llvm.getelementptr %segsum_h[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          %v74 = arith.muli %v73, %v7 : i64
          %v75 = arith.addi %v74, %v32 : i64
          %v76 = arith.muli %v75, %v1 : i64
          %v77 = arith.addi %v76, %v25 : i64
          %v78 = arith.muli %v77, %v3 : i64
          %v79 = arith.subi %v3, %v1 : i64
          %v80 = arith.minsi %v13, %v79 : i64
          %v81 = arith.addi %v78, %v80 : i64
          %v82 = llvm.getelementptr %segsum_h[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v83 = llvm.load %v82 : !llvm.ptr -> f32
          %v84 = arith.mulf %v34, %v33 fastmath<contract> : f32
          %v85 = arith.mulf %v72, %v84 fastmath<contract> : f32
          %v86 = arith.addf %v85, %v62 fastmath<contract> : f32
          llvm.store %v86, %v21 : f32, !llvm.ptr
          llvm.store %v83, %v22 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
