module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @rglru_bwd_carry(%segsum_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v26 = arith.constant 0 : i64
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v36 = arith.constant 0x00000000 : f32
      %v37 = arith.constant 0x3F800000 : f32
      %v77 = arith.constant 2 : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v12 = arith.subi %v6, %v1 : i64
      %v13 = arith.addi %v3, %v12 : i64
      %v14 = arith.divui %v13, %v6 : i64
      %v15 = arith.divui %v11, %v14 : i64
      %v16 = arith.remui %v11, %v14 : i64
      %v17 = arith.muli %v16, %v6 : i64
      %v18 = arith.addi %v17, %v10 : i64
      %v19 = arith.cmpi slt, %v18, %v3 : i64
      %v20 = arith.subi %v3, %v1 : i64
      %v21 = arith.minsi %v18, %v20 : i64
      %v22 = arith.remui %v21, %size_D : i64
      %v23 = arith.divui %v21, %size_D : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      %v27 = arith.subi %v3, %v1 : i64
      %v28 = arith.minsi %v18, %v27 : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v29 = arith.cmpi sge, %v15, %v26 : i64
      %v30 = arith.cmpi slt, %v15, %v1 : i64
      %v31 = arith.andi %v29, %v30 : i1
      %v32 = arith.andi %v31, %v19 : i1
      scf.if %v32 {
        %v33 = arith.subi %v15, %v26 : i64
        llvm.store %v36, %v34 : f32, !llvm.ptr
        llvm.store %v37, %v35 : f32, !llvm.ptr
        %v38 = arith.index_cast %v26 : i64 to index
        %v39 = arith.index_cast %v7 : i64 to index
        %v40 = arith.index_cast %v1 : i64 to index
        scf.for %v41 = %v38 to %v39 step %v40 {
          %v42 = arith.index_cast %v41 : index to i64
          %v43 = arith.subi %v7, %v1 : i64
          %v44 = arith.subi %v43, %v42 : i64
          %v45 = llvm.load %v34 : !llvm.ptr -> f32
          %v46 = llvm.load %v35 : !llvm.ptr -> f32
          %v47 = arith.muli %v26, %v7 : i64
          %v48 = arith.addi %v47, %v44 : i64
          %v49 = arith.muli %v48, %v1 : i64
          %v50 = arith.addi %v49, %v33 : i64
          %v51 = arith.muli %v50, %v3 : i64
          %v52 = arith.addi %v51, %v28 : i64
          %v53 = llvm.getelementptr %segcarry_h[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v45, %v53 : f32, !llvm.ptr
          %v54 = arith.muli %v1, %v7 : i64
          %v55 = arith.addi %v54, %v44 : i64
          %v56 = arith.muli %v55, %v1 : i64
          %v57 = arith.addi %v56, %v33 : i64
          %v58 = arith.muli %v57, %v3 : i64
          %v59 = arith.addi %v58, %v28 : i64
          %v60 = llvm.getelementptr %segcarry_h[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v46, %v60 : f32, !llvm.ptr
          %v61 = arith.muli %v26, %v7 : i64
          %v62 = arith.addi %v61, %v44 : i64
          %v63 = arith.muli %v62, %v1 : i64
          %v64 = arith.addi %v63, %v33 : i64
          %v65 = arith.muli %v64, %v3 : i64
          %v66 = arith.addi %v65, %v28 : i64
          %v67 = llvm.getelementptr %segsum_h[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 : !llvm.ptr -> f32
          %v69 = arith.muli %v1, %v7 : i64
          %v70 = arith.addi %v69, %v44 : i64
          %v71 = arith.muli %v70, %v1 : i64
          %v72 = arith.addi %v71, %v33 : i64
          %v73 = arith.muli %v72, %v3 : i64
          %v74 = arith.addi %v73, %v28 : i64
          %v75 = llvm.getelementptr %segsum_h[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v76 = llvm.load %v75 : !llvm.ptr -> f32
          %v78 = arith.muli %v77, %v7 : i64
          %v79 = arith.addi %v78, %v44 : i64
          %v80 = arith.muli %v79, %v1 : i64
          %v81 = arith.addi %v80, %v33 : i64
          %v82 = arith.muli %v81, %v3 : i64
          %v83 = arith.addi %v82, %v28 : i64
          %v84 = llvm.getelementptr %segsum_h[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v85 = llvm.load %v84 : !llvm.ptr -> f32
          %v86 = arith.mulf %v46, %v45 fastmath<contract> : f32
          %v87 = arith.mulf %v76, %v86 fastmath<contract> : f32
          %v88 = arith.addf %v87, %v68 fastmath<contract> : f32
          llvm.store %v88, %v34 : f32, !llvm.ptr
          llvm.store %v85, %v35 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
