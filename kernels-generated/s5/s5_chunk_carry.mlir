module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_chunk_carry(%in_lam_re: !llvm.ptr, %in_lam_im: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_bu_re: !llvm.ptr, %in_bu_im: !llvm.ptr, %agga_x_re: !llvm.ptr, %aggb_x_re: !llvm.ptr, %carry_x_re: !llvm.ptr, %agga_x_im: !llvm.ptr, %aggb_x_im: !llvm.ptr, %carry_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_N : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = arith.constant 64 : i64
      %v19 = arith.constant 0x00000000 : f32
      %v20 = arith.constant 63 : i64
      %v23 = arith.constant 0 : i64
      %v42 = arith.constant 2 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v2 : i64
      %v13 = arith.subi %v2, %v1 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_N : i64
      %v16 = arith.divui %v14, %size_N : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      llvm.store %v19, %v3 : f32, !llvm.ptr
      llvm.store %v19, %v4 : f32, !llvm.ptr
      %v21 = arith.addi %size_L, %v20 : i64
      %v22 = arith.divui %v21, %v9 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v12 {
        %v24 = arith.index_cast %v23 : i64 to index
        %v25 = arith.index_cast %v22 : i64 to index
        %v26 = arith.index_cast %v1 : i64 to index
        scf.for %v27 = %v24 to %v25 step %v26 {
          %v28 = arith.index_cast %v27 : index to i64
          %v29 = llvm.load %v3 : !llvm.ptr -> f32
          %v30 = llvm.load %v4 : !llvm.ptr -> f32
          %v31 = arith.muli %v28, %v2 : i64
          %v32 = arith.subi %v2, %v1 : i64
          %v33 = arith.minsi %v11, %v32 : i64
          %v34 = arith.addi %v31, %v33 : i64
          %v35 = llvm.getelementptr %carry_x_re[%v34] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v29, %v35 : f32, !llvm.ptr
          %v36 = llvm.getelementptr %aggb_x_re[%v34] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v37 = llvm.load %v36 : !llvm.ptr -> f32
          %v38 = arith.muli %v28, %v2 : i64
          %v39 = arith.subi %v2, %v1 : i64
          %v40 = arith.minsi %v11, %v39 : i64
          %v41 = arith.addi %v38, %v40 : i64
          %v43 = arith.muli %v41, %v42 : i64
          %v44 = llvm.getelementptr %agga_x_re[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v45 = llvm.load %v44 : !llvm.ptr -> f32
          %v46 = arith.mulf %v45, %v29 fastmath<contract> : f32
          %v47 = arith.addf %v46, %v37 fastmath<contract> : f32
          %v48 = arith.muli %v28, %v2 : i64
          %v49 = arith.subi %v2, %v1 : i64
          %v50 = arith.minsi %v11, %v49 : i64
          %v51 = arith.addi %v48, %v50 : i64
          %v52 = arith.muli %v51, %v42 : i64
          %v53 = arith.addi %v52, %v1 : i64
          %v54 = llvm.getelementptr %agga_x_re[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v55 = llvm.load %v54 : !llvm.ptr -> f32
          %v56 = arith.mulf %v55, %v30 fastmath<contract> : f32
          %v57 = arith.addf %v56, %v47 fastmath<contract> : f32
          %v58 = arith.muli %v28, %v2 : i64
          %v59 = arith.subi %v2, %v1 : i64
          %v60 = arith.minsi %v11, %v59 : i64
          %v61 = arith.addi %v58, %v60 : i64
          %v62 = llvm.getelementptr %carry_x_im[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v30, %v62 : f32, !llvm.ptr
          %v63 = llvm.getelementptr %aggb_x_im[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v64 = llvm.load %v63 : !llvm.ptr -> f32
          %v65 = arith.muli %v28, %v2 : i64
          %v66 = arith.subi %v2, %v1 : i64
          %v67 = arith.minsi %v11, %v66 : i64
          %v68 = arith.addi %v65, %v67 : i64
          %v69 = arith.muli %v68, %v42 : i64
          %v70 = llvm.getelementptr %agga_x_im[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 : !llvm.ptr -> f32
          %v72 = arith.mulf %v71, %v29 fastmath<contract> : f32
          %v73 = arith.addf %v72, %v64 fastmath<contract> : f32
          %v74 = arith.muli %v28, %v2 : i64
          %v75 = arith.subi %v2, %v1 : i64
          %v76 = arith.minsi %v11, %v75 : i64
          %v77 = arith.addi %v74, %v76 : i64
          %v78 = arith.muli %v77, %v42 : i64
          %v79 = arith.addi %v78, %v1 : i64
          %v80 = llvm.getelementptr %agga_x_im[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v81 = llvm.load %v80 : !llvm.ptr -> f32
          %v82 = arith.mulf %v81, %v30 fastmath<contract> : f32
          %v83 = arith.addf %v82, %v73 fastmath<contract> : f32
          llvm.store %v57, %v3 : f32, !llvm.ptr
          llvm.store %v83, %v4 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
