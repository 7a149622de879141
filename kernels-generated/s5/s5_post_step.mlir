module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_post_step(%in_u_post: !llvm.ptr, %in_C_re: !llvm.ptr, %in_C_im: !llvm.ptr, %in_Dp: !llvm.ptr, %in_x_re_seq: !llvm.ptr, %in_x_im_seq: !llvm.ptr, %out_y: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_M : i64
      %v4 = arith.constant 63 : i64
      %v5 = arith.constant 64 : i64
      %v6 = arith.divui %v5, %v5 : i64
      %v11 = arith.constant 8 : i64
      %v23 = arith.constant 0 : i64
      %v71 = arith.constant 1 : i32
      %v72 = arith.constant 32 : i32
      %v76 = arith.constant 2 : i32
      %v80 = arith.constant 4 : i32
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.remui %v9, %v11 : i64
      %v13 = arith.divui %v9, %v11 : i64
      %v14 = arith.muli %v10, %v11 : i64
      %v15 = arith.addi %v14, %v13 : i64
      %v16 = arith.cmpi slt, %v15, %v3 : i64
      %v17 = arith.subi %v3, %v2 : i64
      %v18 = arith.minsi %v15, %v17 : i64
      %v19 = arith.remui %v18, %size_M : i64
      %v20 = arith.divui %v18, %size_M : i64
      %v21 = arith.remui %v20, %size_B : i64
      %v22 = arith.divui %v20, %size_B : i64
      %v24 = arith.muli %v19, %v1 : i64
      %v25 = arith.addi %v24, %v12 : i64
      %v26 = llvm.getelementptr %in_C_re[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v27 = llvm.load %v26 : !llvm.ptr -> f32
      %v33 = arith.muli %v19, %v1 : i64
      %v34 = arith.addi %v33, %v12 : i64
      %v35 = llvm.getelementptr %in_C_im[%v34] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v36 = llvm.load %v35 : !llvm.ptr -> f32
      %v43 = arith.muli %v19, %v1 : i64
      %v44 = arith.constant 8 : i64
      %v45 = arith.addi %v44, %v12 : i64
      %v46 = arith.addi %v43, %v45 : i64
      %v47 = llvm.getelementptr %in_C_re[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = llvm.load %v47 : !llvm.ptr -> f32
      %v56 = arith.muli %v19, %v1 : i64
      %v57 = arith.constant 8 : i64
      %v58 = arith.addi %v57, %v12 : i64
      %v59 = arith.addi %v56, %v58 : i64
      %v60 = llvm.getelementptr %in_C_im[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v61 = llvm.load %v60 : !llvm.ptr -> f32
      %v88 = llvm.getelementptr %in_Dp[%v19] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v89 = llvm.load %v88 : !llvm.ptr -> f32
      %v28 = arith.muli %v21, %v1 : i64
      %v29 = arith.addi %v28, %v12 : i64
      %v30 = llvm.getelementptr %in_x_re_seq[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v31 = llvm.load %v30 : !llvm.ptr -> f32
      %v32 = arith.mulf %v27, %v31 fastmath<contract> : f32
      %v37 = arith.muli %v21, %v1 : i64
      %v38 = arith.addi %v37, %v12 : i64
      %v39 = llvm.getelementptr %in_x_im_seq[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v40 = llvm.load %v39 : !llvm.ptr -> f32
      %v41 = arith.mulf %v36, %v40 fastmath<contract> : f32
      %v42 = arith.subf %v32, %v41 fastmath<contract> : f32
      %v49 = arith.muli %v21, %v1 : i64
      %v50 = arith.constant 8 : i64
      %v51 = arith.addi %v50, %v12 : i64
      %v52 = arith.addi %v49, %v51 : i64
      %v53 = llvm.getelementptr %in_x_re_seq[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v54 = llvm.load %v53 : !llvm.ptr -> f32
      %v55 = arith.mulf %v48, %v54 fastmath<contract> : f32
      %v62 = arith.muli %v21, %v1 : i64
      %v63 = arith.constant 8 : i64
      %v64 = arith.addi %v63, %v12 : i64
      %v65 = arith.addi %v62, %v64 : i64
      %v66 = llvm.getelementptr %in_x_im_seq[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v67 = llvm.load %v66 : !llvm.ptr -> f32
      %v68 = arith.mulf %v61, %v67 fastmath<contract> : f32
      %v69 = arith.subf %v55, %v68 fastmath<contract> : f32
      %v70 = arith.addf %v42, %v69 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v73, %v74 = gpu.shuffle xor %v70, %v71, %v72 : f32
      %v75 = arith.addf %v70, %v73 fastmath<contract> : f32
      %v77, %v78 = gpu.shuffle xor %v75, %v76, %v72 : f32
      %v79 = arith.addf %v75, %v77 fastmath<contract> : f32
      %v81, %v82 = gpu.shuffle xor %v79, %v80, %v72 : f32
      %v83 = arith.addf %v79, %v81 fastmath<contract> : f32
      // end sum over the lanes
      %v84 = arith.muli %v21, %size_M : i64
      %v85 = arith.addi %v84, %v19 : i64
      %v86 = llvm.getelementptr %in_u_post[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v87 = llvm.load %v86 : !llvm.ptr -> f32
      %v90 = arith.mulf %v87, %v89 fastmath<contract> : f32
      %v91 = arith.addf %v83, %v90 fastmath<contract> : f32
      scf.if %v16 {
        %v92 = arith.muli %v21, %size_M : i64
        %v93 = arith.addi %v92, %v19 : i64
        %v94 = llvm.getelementptr %out_y[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v91, %v94 : f32, !llvm.ptr
      }
      scf.if %v16 {
      }
      gpu.return
    }
  }
}
