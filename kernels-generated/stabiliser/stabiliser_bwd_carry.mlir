module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @stabiliser_bwd_carry(%segsum_m: !llvm.ptr, %segcarry_m: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_H : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v26 = arith.constant 0 : i64
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0x3F800000 : f32
      %v83 = arith.constant 2 : i64
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
      %v22 = arith.remui %v21, %size_H : i64
      %v23 = arith.divui %v21, %size_H : i64
      %v24 = arith.remui %v23, %size_B : i64
      %v25 = arith.divui %v23, %size_B : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v27 = arith.cmpi sge, %v15, %v26 : i64
      %v28 = arith.cmpi slt, %v15, %v1 : i64
      %v29 = arith.andi %v27, %v28 : i1
      %v30 = arith.andi %v29, %v19 : i1
      scf.if %v30 {
        %v31 = arith.subi %v15, %v26 : i64
        llvm.store %v34, %v32 : f32, !llvm.ptr
        llvm.store %v35, %v33 : f32, !llvm.ptr
        %v36 = arith.index_cast %v26 : i64 to index
        %v37 = arith.index_cast %v7 : i64 to index
        %v38 = arith.index_cast %v1 : i64 to index
        scf.for %v39 = %v36 to %v37 step %v38 {
          %v40 = arith.index_cast %v39 : index to i64
          %v41 = arith.subi %v7, %v1 : i64
          %v42 = arith.subi %v41, %v40 : i64
          %v43 = llvm.load %v32 : !llvm.ptr -> f32
          %v44 = llvm.load %v33 : !llvm.ptr -> f32
          %v45 = arith.muli %v26, %v7 : i64
          %v46 = arith.addi %v45, %v42 : i64
          %v47 = arith.muli %v46, %v1 : i64
          %v48 = arith.addi %v47, %v31 : i64
          %v49 = arith.muli %v48, %v3 : i64
          %v50 = arith.subi %v3, %v1 : i64
          %v51 = arith.minsi %v18, %v50 : i64
          %v52 = arith.addi %v49, %v51 : i64
          %v53 = llvm.getelementptr %segcarry_m[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v43, %v53 : f32, !llvm.ptr
          %v54 = arith.muli %v1, %v7 : i64
          %v55 = arith.addi %v54, %v42 : i64
          %v56 = arith.muli %v55, %v1 : i64
          %v57 = arith.addi %v56, %v31 : i64
          %v58 = arith.muli %v57, %v3 : i64
          %v59 = arith.subi %v3, %v1 : i64
          %v60 = arith.minsi %v18, %v59 : i64
          %v61 = arith.addi %v58, %v60 : i64
          %v62 = llvm.getelementptr %segcarry_m[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v44, %v62 : f32, !llvm.ptr
          %v63 = arith.muli %v26, %v7 : i64
          %v64 = arith.addi %v63, %v42 : i64
          %v65 = arith.muli %v64, %v1 : i64
          %v66 = arith.addi %v65, %v31 : i64
          %v67 = arith.muli %v66, %v3 : i64
          %v68 = arith.subi %v3, %v1 : i64
          %v69 = arith.minsi %v18, %v68 : i64
          %v70 = arith.addi %v67, %v69 : i64
          %v71 = llvm.getelementptr %segsum_m[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          %v73 = arith.muli %v1, %v7 : i64
          %v74 = arith.addi %v73, %v42 : i64
          %v75 = arith.muli %v74, %v1 : i64
          %v76 = arith.addi %v75, %v31 : i64
          %v77 = arith.muli %v76, %v3 : i64
          %v78 = arith.subi %v3, %v1 : i64
          %v79 = arith.minsi %v18, %v78 : i64
          %v80 = arith.addi %v77, %v79 : i64
          %v81 = llvm.getelementptr %segsum_m[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v82 = llvm.load %v81 : !llvm.ptr -> f32
          %v84 = arith.muli %v83, %v7 : i64
          %v85 = arith.addi %v84, %v42 : i64
          %v86 = arith.muli %v85, %v1 : i64
          %v87 = arith.addi %v86, %v31 : i64
          %v88 = arith.muli %v87, %v3 : i64
          %v89 = arith.subi %v3, %v1 : i64
          %v90 = arith.minsi %v18, %v89 : i64
          %v91 = arith.addi %v88, %v90 : i64
          %v92 = llvm.getelementptr %segsum_m[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 : !llvm.ptr -> f32
          %v94 = arith.mulf %v44, %v43 fastmath<contract> : f32
          %v95 = arith.mulf %v82, %v94 fastmath<contract> : f32
          %v96 = arith.addf %v95, %v72 fastmath<contract> : f32
          llvm.store %v96, %v32 : f32, !llvm.ptr
          llvm.store %v93, %v33 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
