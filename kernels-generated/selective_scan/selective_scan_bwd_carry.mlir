module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_bwd_carry(%segsum_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v27 = arith.constant 0 : i64
      %v33 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v35 = arith.constant 0x00000000 : f32
      %v36 = arith.constant 0x3F800000 : f32
      %v84 = arith.constant 2 : i64
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
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v28 = arith.cmpi sge, %v16, %v27 : i64
      %v29 = arith.cmpi slt, %v16, %v1 : i64
      %v30 = arith.andi %v28, %v29 : i1
      %v31 = arith.andi %v30, %v20 : i1
      scf.if %v31 {
        %v32 = arith.subi %v16, %v27 : i64
        llvm.store %v35, %v33 : f32, !llvm.ptr
        llvm.store %v36, %v34 : f32, !llvm.ptr
        %v37 = arith.index_cast %v27 : i64 to index
        %v38 = arith.index_cast %v8 : i64 to index
        %v39 = arith.index_cast %v2 : i64 to index
        scf.for %v40 = %v37 to %v38 step %v39 {
          %v41 = arith.index_cast %v40 : index to i64
          %v42 = arith.subi %v8, %v2 : i64
          %v43 = arith.subi %v42, %v41 : i64
          %v44 = llvm.load %v33 : !llvm.ptr -> f32
          %v45 = llvm.load %v34 : !llvm.ptr -> f32
          %v46 = arith.muli %v27, %v8 : i64
          %v47 = arith.addi %v46, %v43 : i64
          %v48 = arith.muli %v47, %v1 : i64
          %v49 = arith.addi %v48, %v32 : i64
          %v50 = arith.muli %v49, %v4 : i64
          %v51 = arith.subi %v4, %v2 : i64
          %v52 = arith.minsi %v19, %v51 : i64
          %v53 = arith.addi %v50, %v52 : i64
          %v54 = llvm.getelementptr %segcarry_h[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v44, %v54 : f32, !llvm.ptr
          %v55 = arith.muli %v2, %v8 : i64
          %v56 = arith.addi %v55, %v43 : i64
          %v57 = arith.muli %v56, %v1 : i64
          %v58 = arith.addi %v57, %v32 : i64
          %v59 = arith.muli %v58, %v4 : i64
          %v60 = arith.subi %v4, %v2 : i64
          %v61 = arith.minsi %v19, %v60 : i64
          %v62 = arith.addi %v59, %v61 : i64
          %v63 = llvm.getelementptr %segcarry_h[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v45, %v63 : f32, !llvm.ptr
          %v64 = arith.muli %v27, %v8 : i64
          %v65 = arith.addi %v64, %v43 : i64
          %v66 = arith.muli %v65, %v1 : i64
          %v67 = arith.addi %v66, %v32 : i64
          %v68 = arith.muli %v67, %v4 : i64
          %v69 = arith.subi %v4, %v2 : i64
          %v70 = arith.minsi %v19, %v69 : i64
          %v71 = arith.addi %v68, %v70 : i64
          %v72 = llvm.getelementptr %segsum_h[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v73 = llvm.load %v72 : !llvm.ptr -> f32
          %v74 = arith.muli %v2, %v8 : i64
          %v75 = arith.addi %v74, %v43 : i64
          %v76 = arith.muli %v75, %v1 : i64
          %v77 = arith.addi %v76, %v32 : i64
          %v78 = arith.muli %v77, %v4 : i64
          %v79 = arith.subi %v4, %v2 : i64
          %v80 = arith.minsi %v19, %v79 : i64
          %v81 = arith.addi %v78, %v80 : i64
          %v82 = llvm.getelementptr %segsum_h[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v83 = llvm.load %v82 : !llvm.ptr -> f32
          %v85 = arith.muli %v84, %v8 : i64
          %v86 = arith.addi %v85, %v43 : i64
          %v87 = arith.muli %v86, %v1 : i64
          %v88 = arith.addi %v87, %v32 : i64
          %v89 = arith.muli %v88, %v4 : i64
          %v90 = arith.subi %v4, %v2 : i64
          %v91 = arith.minsi %v19, %v90 : i64
          %v92 = arith.addi %v89, %v91 : i64
          %v93 = llvm.getelementptr %segsum_h[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v94 = llvm.load %v93 : !llvm.ptr -> f32
          %v95 = arith.mulf %v45, %v44 fastmath<contract> : f32
          %v96 = arith.mulf %v83, %v95 fastmath<contract> : f32
          %v97 = arith.addf %v96, %v73 fastmath<contract> : f32
          llvm.store %v97, %v33 : f32, !llvm.ptr
          llvm.store %v94, %v34 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
