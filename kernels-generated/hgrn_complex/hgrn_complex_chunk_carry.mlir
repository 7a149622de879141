module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_chunk_carry(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %agga_h_re: !llvm.ptr, %aggb_h_re: !llvm.ptr, %carry_h_re: !llvm.ptr, %agga_h_im: !llvm.ptr, %aggb_h_im: !llvm.ptr, %carry_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = arith.constant 64 : i64
      %v20 = arith.constant 0x00000000 : f32
      %v21 = arith.constant 255 : i64
      %v23 = arith.constant 256 : i64
      %v25 = arith.constant 0 : i64
      %v46 = arith.constant 2 : i64
      %v6 = gpu.block_id x
      %v7 = gpu.thread_id x
      %v8 = arith.index_cast %v7 : index to i64
      %v9 = arith.index_cast %v6 : index to i64
      %v11 = arith.muli %v9, %v10 : i64
      %v12 = arith.addi %v11, %v8 : i64
      %v13 = arith.cmpi slt, %v12, %v3 : i64
      %v14 = arith.subi %v3, %v1 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_D : i64
      %v17 = arith.divui %v15, %size_D : i64
      %v18 = arith.remui %v17, %size_B : i64
      %v19 = arith.divui %v17, %size_B : i64
      llvm.store %v20, %v4 : f32, !llvm.ptr
      llvm.store %v20, %v5 : f32, !llvm.ptr
      %v22 = arith.addi %size_L, %v21 : i64
      %v24 = arith.divui %v22, %v23 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v13 {
        %v26 = arith.index_cast %v25 : i64 to index
        %v27 = arith.index_cast %v24 : i64 to index
        %v28 = arith.index_cast %v1 : i64 to index
        scf.for %v29 = %v26 to %v27 step %v28 {
          %v30 = arith.index_cast %v29 : index to i64
          %v31 = llvm.load %v4 : !llvm.ptr -> f32
          %v32 = llvm.load %v5 : !llvm.ptr -> f32
          %v33 = arith.muli %v30, %v3 : i64
          %v34 = arith.subi %v3, %v1 : i64
          %v35 = arith.minsi %v12, %v34 : i64
          %v36 = arith.addi %v33, %v35 : i64
          %v37 = arith.muli %v36, %v1 : i64
          %v38 = arith.addi %v37, %v25 : i64
          %v39 = llvm.getelementptr %carry_h_re[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v31, %v39 : f32, !llvm.ptr
          %v40 = llvm.getelementptr %aggb_h_re[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v41 = llvm.load %v40 : !llvm.ptr -> f32
          %v42 = arith.muli %v30, %v3 : i64
          %v43 = arith.subi %v3, %v1 : i64
          %v44 = arith.minsi %v12, %v43 : i64
          %v45 = arith.addi %v42, %v44 : i64
          %v47 = arith.muli %v45, %v46 : i64
          %v48 = arith.addi %v47, %v25 : i64
          %v49 = llvm.getelementptr %agga_h_re[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v50 = llvm.load %v49 : !llvm.ptr -> f32
          %v51 = arith.mulf %v50, %v31 fastmath<contract> : f32
          %v52 = arith.addf %v51, %v41 fastmath<contract> : f32
          %v53 = arith.muli %v30, %v3 : i64
          %v54 = arith.subi %v3, %v1 : i64
          %v55 = arith.minsi %v12, %v54 : i64
          %v56 = arith.addi %v53, %v55 : i64
          %v57 = arith.muli %v56, %v46 : i64
          %v58 = arith.addi %v57, %v1 : i64
          %v59 = llvm.getelementptr %agga_h_re[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v60 = llvm.load %v59 : !llvm.ptr -> f32
          %v61 = arith.mulf %v60, %v32 fastmath<contract> : f32
          %v62 = arith.addf %v61, %v52 fastmath<contract> : f32
          %v63 = arith.muli %v30, %v3 : i64
          %v64 = arith.subi %v3, %v1 : i64
          %v65 = arith.minsi %v12, %v64 : i64
          %v66 = arith.addi %v63, %v65 : i64
          %v67 = arith.muli %v66, %v1 : i64
          %v68 = arith.addi %v67, %v25 : i64
          %v69 = llvm.getelementptr %carry_h_im[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v32, %v69 : f32, !llvm.ptr
          %v70 = llvm.getelementptr %aggb_h_im[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 : !llvm.ptr -> f32
          %v72 = arith.muli %v30, %v3 : i64
          %v73 = arith.subi %v3, %v1 : i64
          %v74 = arith.minsi %v12, %v73 : i64
          %v75 = arith.addi %v72, %v74 : i64
          %v76 = arith.muli %v75, %v46 : i64
          %v77 = arith.addi %v76, %v25 : i64
          %v78 = llvm.getelementptr %agga_h_im[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 : !llvm.ptr -> f32
          %v80 = arith.mulf %v79, %v31 fastmath<contract> : f32
          %v81 = arith.addf %v80, %v71 fastmath<contract> : f32
          %v82 = arith.muli %v30, %v3 : i64
          %v83 = arith.subi %v3, %v1 : i64
          %v84 = arith.minsi %v12, %v83 : i64
          %v85 = arith.addi %v82, %v84 : i64
          %v86 = arith.muli %v85, %v46 : i64
          %v87 = arith.addi %v86, %v1 : i64
          %v88 = llvm.getelementptr %agga_h_im[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 : !llvm.ptr -> f32
          %v90 = arith.mulf %v89, %v32 fastmath<contract> : f32
          %v91 = arith.addf %v90, %v81 fastmath<contract> : f32
          llvm.store %v62, %v4 : f32, !llvm.ptr
          llvm.store %v91, %v5 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
