module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_chunk_carry(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %agga_h_re: !llvm.ptr, %aggb_h_re: !llvm.ptr, %carry_h_re: !llvm.ptr, %agga_h_im: !llvm.ptr, %aggb_h_im: !llvm.ptr, %carry_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = arith.constant 64 : i64
      %v19 = arith.constant 0x00000000 : f32
      %v20 = arith.constant 255 : i64
      %v22 = arith.constant 256 : i64
      %v24 = arith.constant 0 : i64
      %v43 = arith.constant 2 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %v2 : i64
      %v13 = arith.subi %v2, %v1 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_D : i64
      %v16 = arith.divui %v14, %size_D : i64
      %v17 = arith.remui %v16, %size_B : i64
      %v18 = arith.divui %v16, %size_B : i64
      llvm.store %v19, %v3 : f32, !llvm.ptr
      llvm.store %v19, %v4 : f32, !llvm.ptr
      %v21 = arith.addi %size_L, %v20 : i64
      %v23 = arith.divui %v21, %v22 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v12 {
        %v25 = arith.index_cast %v24 : i64 to index
        %v26 = arith.index_cast %v23 : i64 to index
        %v27 = arith.index_cast %v1 : i64 to index
        scf.for %v28 = %v25 to %v26 step %v27 {
          %v29 = arith.index_cast %v28 : index to i64
          %v30 = llvm.load %v3 : !llvm.ptr -> f32
          %v31 = llvm.load %v4 : !llvm.ptr -> f32
          %v32 = arith.muli %v29, %v2 : i64
          %v33 = arith.subi %v2, %v1 : i64
          %v34 = arith.minsi %v11, %v33 : i64
          %v35 = arith.addi %v32, %v34 : i64
          %v36 = llvm.getelementptr %carry_h_re[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v30, %v36 : f32, !llvm.ptr
          %v37 = llvm.getelementptr %aggb_h_re[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v38 = llvm.load %v37 : !llvm.ptr -> f32
          %v39 = arith.muli %v29, %v2 : i64
          %v40 = arith.subi %v2, %v1 : i64
          %v41 = arith.minsi %v11, %v40 : i64
          %v42 = arith.addi %v39, %v41 : i64
          %v44 = arith.muli %v42, %v43 : i64
          %v45 = llvm.getelementptr %agga_h_re[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v46 = llvm.load %v45 : !llvm.ptr -> f32
          %v47 = arith.mulf %v46, %v30 fastmath<contract> : f32
          %v48 = arith.addf %v47, %v38 fastmath<contract> : f32
          %v49 = arith.muli %v29, %v2 : i64
          %v50 = arith.subi %v2, %v1 : i64
          %v51 = arith.minsi %v11, %v50 : i64
          %v52 = arith.addi %v49, %v51 : i64
          %v53 = arith.muli %v52, %v43 : i64
          %v54 = arith.addi %v53, %v1 : i64
          %v55 = llvm.getelementptr %agga_h_re[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v56 = llvm.load %v55 : !llvm.ptr -> f32
          %v57 = arith.mulf %v56, %v31 fastmath<contract> : f32
          %v58 = arith.addf %v57, %v48 fastmath<contract> : f32
          %v59 = arith.muli %v29, %v2 : i64
          %v60 = arith.subi %v2, %v1 : i64
          %v61 = arith.minsi %v11, %v60 : i64
          %v62 = arith.addi %v59, %v61 : i64
          %v63 = llvm.getelementptr %carry_h_im[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v31, %v63 : f32, !llvm.ptr
          %v64 = llvm.getelementptr %aggb_h_im[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v65 = llvm.load %v64 : !llvm.ptr -> f32
          %v66 = arith.muli %v29, %v2 : i64
          %v67 = arith.subi %v2, %v1 : i64
          %v68 = arith.minsi %v11, %v67 : i64
          %v69 = arith.addi %v66, %v68 : i64
          %v70 = arith.muli %v69, %v43 : i64
          %v71 = llvm.getelementptr %agga_h_im[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 : !llvm.ptr -> f32
          %v73 = arith.mulf %v72, %v30 fastmath<contract> : f32
          %v74 = arith.addf %v73, %v65 fastmath<contract> : f32
          %v75 = arith.muli %v29, %v2 : i64
          %v76 = arith.subi %v2, %v1 : i64
          %v77 = arith.minsi %v11, %v76 : i64
          %v78 = arith.addi %v75, %v77 : i64
          %v79 = arith.muli %v78, %v43 : i64
          %v80 = arith.addi %v79, %v1 : i64
          %v81 = llvm.getelementptr %agga_h_im[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v82 = llvm.load %v81 : !llvm.ptr -> f32
          %v83 = arith.mulf %v82, %v31 fastmath<contract> : f32
          %v84 = arith.addf %v83, %v74 fastmath<contract> : f32
          llvm.store %v58, %v3 : f32, !llvm.ptr
          llvm.store %v84, %v4 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
