module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_bwd_carry(%segsum_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v25 = arith.constant 0 : i64
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = arith.constant 0x00000000 : f32
      %v33 = arith.constant 0x3F800000 : f32
      %v75 = arith.constant 2 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v12 = arith.addi %v3, %v4 : i64
      %v13 = arith.divui %v12, %v6 : i64
      %v14 = arith.divui %v11, %v13 : i64
      %v15 = arith.remui %v11, %v13 : i64
      %v16 = arith.muli %v15, %v6 : i64
      %v17 = arith.addi %v16, %v10 : i64
      %v18 = arith.cmpi slt, %v17, %v3 : i64
      %v19 = arith.subi %v3, %v2 : i64
      %v20 = arith.minsi %v17, %v19 : i64
      %v21 = arith.remui %v20, %size_D : i64
      %v22 = arith.divui %v20, %size_D : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v26 = arith.cmpi sge, %v14, %v25 : i64
      %v27 = arith.cmpi slt, %v14, %v1 : i64
      %v28 = arith.andi %v26, %v27 : i1
      %v29 = arith.andi %v28, %v18 : i1
      scf.if %v29 {
        llvm.store %v32, %v30 : f32, !llvm.ptr
        llvm.store %v33, %v31 : f32, !llvm.ptr
        %v34 = arith.index_cast %v25 : i64 to index
        %v35 = arith.index_cast %v7 : i64 to index
        %v36 = arith.index_cast %v2 : i64 to index
        scf.for %v37 = %v34 to %v35 step %v36 {
          %v38 = arith.index_cast %v37 : index to i64
          %v39 = arith.subi %v7, %v2 : i64
          %v40 = arith.subi %v39, %v38 : i64
          %v41 = llvm.load %v30 : !llvm.ptr -> f32
          %v42 = llvm.load %v31 : !llvm.ptr -> f32
          %v43 = arith.muli %v40, %v1 : i64
          %v44 = arith.addi %v43, %v14 : i64
          %v45 = arith.muli %v44, %v3 : i64
          %v46 = arith.subi %v3, %v2 : i64
          %v47 = arith.minsi %v17, %v46 : i64
          %v48 = arith.addi %v45, %v47 : i64
          %v49 = llvm.getelementptr %segcarry_h[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v41, %v49 : f32, !llvm.ptr
          %v50 = arith.addi %v7, %v40 : i64
          %v51 = arith.muli %v50, %v1 : i64
          %v52 = arith.addi %v51, %v14 : i64
          %v53 = arith.muli %v52, %v3 : i64
          %v54 = arith.subi %v3, %v2 : i64
          %v55 = arith.minsi %v17, %v54 : i64
          %v56 = arith.addi %v53, %v55 : i64
          %v57 = llvm.getelementptr %segcarry_h[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v42, %v57 : f32, !llvm.ptr
          %v58 = arith.muli %v40, %v1 : i64
          %v59 = arith.addi %v58, %v14 : i64
          %v60 = arith.muli %v59, %v3 : i64
          %v61 = arith.subi %v3, %v2 : i64
          %v62 = arith.minsi %v17, %v61 : i64
          %v63 = arith.addi %v60, %v62 : i64
          %v64 = llvm.getelementptr %segsum_h[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v65 = llvm.load %v64 : !llvm.ptr -> f32
          %v66 = arith.addi %v7, %v40 : i64
          %v67 = arith.muli %v66, %v1 : i64
          %v68 = arith.addi %v67, %v14 : i64
          %v69 = arith.muli %v68, %v3 : i64
          %v70 = arith.subi %v3, %v2 : i64
          %v71 = arith.minsi %v17, %v70 : i64
          %v72 = arith.addi %v69, %v71 : i64
          %v73 = llvm.getelementptr %segsum_h[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v74 = llvm.load %v73 : !llvm.ptr -> f32
          %v76 = arith.muli %v75, %v7 : i64
          %v77 = arith.addi %v76, %v40 : i64
          %v78 = arith.muli %v77, %v1 : i64
          %v79 = arith.addi %v78, %v14 : i64
          %v80 = arith.muli %v79, %v3 : i64
          %v81 = arith.subi %v3, %v2 : i64
          %v82 = arith.minsi %v17, %v81 : i64
          %v83 = arith.addi %v80, %v82 : i64
          %v84 = llvm.getelementptr %segsum_h[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v85 = llvm.load %v84 : !llvm.ptr -> f32
          %v86 = arith.mulf %v42, %v41 fastmath<contract> : f32
          %v87 = arith.mulf %v74, %v86 fastmath<contract> : f32
          %v88 = arith.addf %v87, %v65 fastmath<contract> : f32
          llvm.store %v88, %v30 : f32, !llvm.ptr
          llvm.store %v85, %v31 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
