module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd_carry(%segsum_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_C : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_T, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v24 = arith.constant 0 : i64
      %v29 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v31 = arith.constant 0x00000000 : f32
      %v32 = arith.constant 0x3F800000 : f32
      %v70 = arith.constant 2 : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v11 = arith.addi %v2, %v3 : i64
      %v12 = arith.divui %v11, %v5 : i64
      %v13 = arith.divui %v10, %v12 : i64
      %v14 = arith.remui %v10, %v12 : i64
      %v15 = arith.muli %v14, %v5 : i64
      %v16 = arith.addi %v15, %v9 : i64
      %v17 = arith.cmpi slt, %v16, %v2 : i64
      %v18 = arith.subi %v2, %v1 : i64
      %v19 = arith.minsi %v16, %v18 : i64
      %v20 = arith.remui %v19, %size_C : i64
      %v21 = arith.divui %v19, %size_C : i64
      %v22 = arith.remui %v21, %size_B : i64
      %v23 = arith.divui %v21, %size_B : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v25 = arith.cmpi sge, %v13, %v24 : i64
      %v26 = arith.cmpi slt, %v13, %v1 : i64
      %v27 = arith.andi %v25, %v26 : i1
      %v28 = arith.andi %v27, %v17 : i1
      scf.if %v28 {
        llvm.store %v31, %v29 : f32, !llvm.ptr
        llvm.store %v32, %v30 : f32, !llvm.ptr
        %v33 = arith.index_cast %v24 : i64 to index
        %v34 = arith.index_cast %v6 : i64 to index
        %v35 = arith.index_cast %v1 : i64 to index
        scf.for %v36 = %v33 to %v34 step %v35 {
          %v37 = arith.index_cast %v36 : index to i64
          %v38 = arith.subi %v6, %v1 : i64
          %v39 = arith.subi %v38, %v37 : i64
          %v40 = llvm.load %v29 : !llvm.ptr -> f32
          %v41 = llvm.load %v30 : !llvm.ptr -> f32
          %v42 = arith.addi %v39, %v13 : i64
          %v43 = arith.muli %v42, %v2 : i64
          %v44 = arith.subi %v2, %v1 : i64
          %v45 = arith.minsi %v16, %v44 : i64
          %v46 = arith.addi %v43, %v45 : i64
          %v47 = llvm.getelementptr %segcarry_h[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v40, %v47 : f32, !llvm.ptr
          %v48 = arith.addi %v6, %v39 : i64
          %v49 = arith.addi %v48, %v13 : i64
          %v50 = arith.muli %v49, %v2 : i64
          %v51 = arith.subi %v2, %v1 : i64
          %v52 = arith.minsi %v16, %v51 : i64
          %v53 = arith.addi %v50, %v52 : i64
          %v54 = llvm.getelementptr %segcarry_h[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v41, %v54 : f32, !llvm.ptr
          %v55 = arith.addi %v39, %v13 : i64
          %v56 = arith.muli %v55, %v2 : i64
          %v57 = arith.subi %v2, %v1 : i64
          %v58 = arith.minsi %v16, %v57 : i64
          %v59 = arith.addi %v56, %v58 : i64
          %v60 = llvm.getelementptr %segsum_h[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v61 = llvm.load %v60 : !llvm.ptr -> f32
          %v62 = arith.addi %v6, %v39 : i64
          %v63 = arith.addi %v62, %v13 : i64
          %v64 = arith.muli %v63, %v2 : i64
          %v65 = arith.subi %v2, %v1 : i64
          %v66 = arith.minsi %v16, %v65 : i64
          %v67 = arith.addi %v64, %v66 : i64
          %v68 = llvm.getelementptr %segsum_h[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 : !llvm.ptr -> f32
          %v71 = arith.muli %v70, %v6 : i64
          %v72 = arith.addi %v71, %v39 : i64
          %v73 = arith.addi %v72, %v13 : i64
          %v74 = arith.muli %v73, %v2 : i64
          %v75 = arith.subi %v2, %v1 : i64
          %v76 = arith.minsi %v16, %v75 : i64
          %v77 = arith.addi %v74, %v76 : i64
          %v78 = llvm.getelementptr %segsum_h[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 : !llvm.ptr -> f32
          %v80 = arith.mulf %v41, %v40 fastmath<contract> : f32
          %v81 = arith.mulf %v69, %v80 fastmath<contract> : f32
          %v82 = arith.addf %v81, %v61 fastmath<contract> : f32
          llvm.store %v82, %v29 : f32, !llvm.ptr
          llvm.store %v79, %v30 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
