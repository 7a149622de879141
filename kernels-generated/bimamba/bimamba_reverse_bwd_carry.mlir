module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @bimamba_reverse_bwd_carry(%segsum_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v27 = arith.constant 0 : i64
      %v35 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v37 = arith.constant 0x00000000 : f32
      %v38 = arith.constant 0x3F800000 : f32
      %v78 = arith.constant 2 : i64
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v13 = arith.subi %v7, %v2 : i64
      %v14 = arith.addi %v4, %v13 : i64
      %v15 = arith.divui %v14, %v7 : i64
      %v16 = arith.divui %v12, %v15 : i64
      %v17 = arith.remui %v12, %v15 : i64
      %v18 = arith.muli %v17, %v7 : i64
      %v19 = arith.addi %v18, %v11 : i64
      %v20 = arith.cmpi slt, %v19, %v4 : i64
      %v21 = arith.subi %v4, %v2 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_D : i64
      %v24 = arith.divui %v22, %size_D : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v28 = arith.subi %v4, %v2 : i64
      %v29 = arith.minsi %v19, %v28 : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v30 = arith.cmpi sge, %v16, %v27 : i64
      %v31 = arith.cmpi slt, %v16, %v1 : i64
      %v32 = arith.andi %v30, %v31 : i1
      %v33 = arith.andi %v32, %v20 : i1
      scf.if %v33 {
        %v34 = arith.subi %v16, %v27 : i64
        llvm.store %v37, %v35 : f32, !llvm.ptr
        llvm.store %v38, %v36 : f32, !llvm.ptr
        %v39 = arith.index_cast %v27 : i64 to index
        %v40 = arith.index_cast %v8 : i64 to index
        %v41 = arith.index_cast %v2 : i64 to index
        scf.for %v42 = %v39 to %v40 step %v41 {
          %v43 = arith.index_cast %v42 : index to i64
          %v44 = arith.subi %v8, %v2 : i64
          %v45 = arith.subi %v44, %v43 : i64
          %v46 = llvm.load %v35 : !llvm.ptr -> f32
          %v47 = llvm.load %v36 : !llvm.ptr -> f32
          %v48 = arith.muli %v27, %v8 : i64
          %v49 = arith.addi %v48, %v45 : i64
          %v50 = arith.muli %v49, %v1 : i64
          %v51 = arith.addi %v50, %v34 : i64
          %v52 = arith.muli %v51, %v4 : i64
          %v53 = arith.addi %v52, %v29 : i64
          %v54 = llvm.getelementptr %segcarry_h[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v46, %v54 : f32, !llvm.ptr
          %v55 = arith.muli %v2, %v8 : i64
          %v56 = arith.addi %v55, %v45 : i64
          %v57 = arith.muli %v56, %v1 : i64
          %v58 = arith.addi %v57, %v34 : i64
          %v59 = arith.muli %v58, %v4 : i64
          %v60 = arith.addi %v59, %v29 : i64
          %v61 = llvm.getelementptr %segcarry_h[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v47, %v61 : f32, !llvm.ptr
          %v62 = arith.muli %v27, %v8 : i64
          %v63 = arith.addi %v62, %v45 : i64
          %v64 = arith.muli %v63, %v1 : i64
          %v65 = arith.addi %v64, %v34 : i64
          %v66 = arith.muli %v65, %v4 : i64
          %v67 = arith.addi %v66, %v29 : i64
          %v68 = llvm.getelementptr %segsum_h[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 : !llvm.ptr -> f32
          %v70 = arith.muli %v2, %v8 : i64
          %v71 = arith.addi %v70, %v45 : i64
          %v72 = arith.muli %v71, %v1 : i64
          %v73 = arith.addi %v72, %v34 : i64
          %v74 = arith.muli %v73, %v4 : i64
          %v75 = arith.addi %v74, %v29 : i64
          %v76 = llvm.getelementptr %segsum_h[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 : !llvm.ptr -> f32
          %v79 = arith.muli %v78, %v8 : i64
          %v80 = arith.addi %v79, %v45 : i64
          %v81 = arith.muli %v80, %v1 : i64
          %v82 = arith.addi %v81, %v34 : i64
          %v83 = arith.muli %v82, %v4 : i64
          %v84 = arith.addi %v83, %v29 : i64
          %v85 = llvm.getelementptr %segsum_h[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          %v87 = arith.mulf %v47, %v46 fastmath<contract> : f32
          %v88 = arith.mulf %v77, %v87 fastmath<contract> : f32
          %v89 = arith.addf %v88, %v69 fastmath<contract> : f32
          llvm.store %v89, %v35 : f32, !llvm.ptr
          llvm.store %v86, %v36 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
