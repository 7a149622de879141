module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_step(%in_lam_re: !llvm.ptr, %in_lam_im: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_bu_re: !llvm.ptr, %in_bu_im: !llvm.ptr, %out_x_re_seq: !llvm.ptr, %out_x_im_seq: !llvm.ptr, %state_x_re: !llvm.ptr, %state_x_im: !llvm.ptr, %size_B: i64, %size_L: i64, %size_N: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_N : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 63 : i64
      %v6 = arith.constant 64 : i64
      %v7 = arith.divui %v6, %v6 : i64
      %v29 = arith.constant 0 : i64
      %v34 = arith.constant 0x3FB8AA3B : f32
      %v43 = arith.constant 0x3E22F983 : f32
      %v46 = arith.constant 0x40C90000 : f32
      %v47 = arith.constant 0x3AFDAA22 : f32
      %v54 = arith.constant 0x3F800000 : f32
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v12 = arith.muli %v11, %v6 : i64
      %v13 = arith.addi %v12, %v10 : i64
      %v14 = arith.cmpi slt, %v13, %v2 : i64
      %v15 = arith.subi %v2, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_N : i64
      %v18 = arith.divui %v16, %size_N : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      %v30 = llvm.getelementptr %in_lam_re[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v31 = llvm.load %v30 : !llvm.ptr -> f32
      %v32 = llvm.getelementptr %in_log_dt[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v33 = llvm.load %v32 : !llvm.ptr -> f32
      %v35 = arith.mulf %v33, %v34 fastmath<contract> : f32
      %v36 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v35) : (f32) -> f32
      %v37 = arith.mulf %v31, %v36 fastmath<contract> : f32
      %v38 = arith.mulf %v37, %v34 fastmath<contract> : f32
      %v39 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v38) : (f32) -> f32
      %v40 = llvm.getelementptr %in_lam_im[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v41 = llvm.load %v40 : !llvm.ptr -> f32
      %v42 = arith.mulf %v41, %v36 fastmath<contract> : f32
      %v44 = arith.mulf %v42, %v43 fastmath<contract> : f32
      %v45 = llvm.call_intrinsic "llvm.roundeven.f32"(%v44) : (f32) -> f32
      %v48 = arith.mulf %v45, %v46 fastmath<contract> : f32
      %v49 = arith.subf %v42, %v48 fastmath<contract> : f32
      %v50 = arith.mulf %v45, %v47 fastmath<contract> : f32
      %v51 = arith.subf %v49, %v50 fastmath<contract> : f32
      %v52 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v51) : (f32) -> f32
      %v53 = arith.mulf %v39, %v52 fastmath<contract> : f32
      %v55 = arith.subf %v53, %v54 fastmath<contract> : f32
      %v56 = arith.mulf %v31, %v55 fastmath<contract> : f32
      %v57 = arith.mulf %v42, %v43 fastmath<contract> : f32
      %v58 = llvm.call_intrinsic "llvm.roundeven.f32"(%v57) : (f32) -> f32
      %v59 = arith.mulf %v58, %v46 fastmath<contract> : f32
      %v60 = arith.subf %v42, %v59 fastmath<contract> : f32
      %v61 = arith.mulf %v58, %v47 fastmath<contract> : f32
      %v62 = arith.subf %v60, %v61 fastmath<contract> : f32
      %v63 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v62) : (f32) -> f32
      %v64 = arith.mulf %v39, %v63 fastmath<contract> : f32
      %v65 = arith.mulf %v41, %v64 fastmath<contract> : f32
      %v66 = arith.addf %v56, %v65 fastmath<contract> : f32
      %v67 = arith.mulf %v31, %v31 fastmath<contract> : f32
      %v68 = arith.mulf %v41, %v41 fastmath<contract> : f32
      %v69 = arith.addf %v67, %v68 fastmath<contract> : f32
      %v70 = arith.divf %v66, %v69 : f32
      %v76 = arith.mulf %v31, %v64 fastmath<contract> : f32
      %v77 = arith.mulf %v41, %v55 fastmath<contract> : f32
      %v78 = arith.subf %v76, %v77 fastmath<contract> : f32
      %v79 = arith.divf %v78, %v69 : f32
      %v89 = arith.negf %v64 : f32
      %v21 = arith.muli %v19, %size_N : i64
      %v22 = arith.addi %v21, %v17 : i64
      %v23 = llvm.getelementptr %state_x_re[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v24 = llvm.load %v23 : !llvm.ptr -> f32
      llvm.store %v24, %v3 : f32, !llvm.ptr
      %v25 = arith.muli %v19, %size_N : i64
      %v26 = arith.addi %v25, %v17 : i64
      %v27 = llvm.getelementptr %state_x_im[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v28 = llvm.load %v27 : !llvm.ptr -> f32
      llvm.store %v28, %v4 : f32, !llvm.ptr
      %v71 = arith.muli %v19, %size_N : i64
      %v72 = arith.addi %v71, %v17 : i64
      %v73 = llvm.getelementptr %in_bu_re[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v74 = llvm.load %v73 : !llvm.ptr -> f32
      %v75 = arith.mulf %v70, %v74 fastmath<contract> : f32
      %v80 = arith.muli %v19, %size_N : i64
      %v81 = arith.addi %v80, %v17 : i64
      %v82 = llvm.getelementptr %in_bu_im[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v83 = llvm.load %v82 : !llvm.ptr -> f32
      %v84 = arith.mulf %v79, %v83 fastmath<contract> : f32
      %v85 = arith.subf %v75, %v84 fastmath<contract> : f32
      %v86 = llvm.load %v3 : !llvm.ptr -> f32
      %v87 = arith.mulf %v53, %v86 fastmath<contract> : f32
      %v88 = arith.addf %v87, %v85 fastmath<contract> : f32
      %v90 = llvm.load %v4 : !llvm.ptr -> f32
      %v91 = arith.mulf %v89, %v90 fastmath<contract> : f32
      %v92 = arith.addf %v88, %v91 fastmath<contract> : f32
      %v93 = arith.mulf %v70, %v83 fastmath<contract> : f32
      %v94 = arith.mulf %v79, %v74 fastmath<contract> : f32
      %v95 = arith.addf %v93, %v94 fastmath<contract> : f32
      %v96 = llvm.load %v4 : !llvm.ptr -> f32
      %v97 = arith.mulf %v53, %v96 fastmath<contract> : f32
      %v98 = arith.addf %v97, %v95 fastmath<contract> : f32
      %v99 = llvm.load %v3 : !llvm.ptr -> f32
      %v100 = arith.mulf %v64, %v99 fastmath<contract> : f32
      %v101 = arith.addf %v98, %v100 fastmath<contract> : f32
      llvm.store %v92, %v3 : f32, !llvm.ptr
      llvm.store %v101, %v4 : f32, !llvm.ptr
      %v102 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v14 {
        %v103 = arith.muli %v19, %size_N : i64
        %v104 = arith.addi %v103, %v17 : i64
        %v105 = llvm.getelementptr %out_x_re_seq[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v102, %v105 : f32, !llvm.ptr
      }
      %v106 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v14 {
        %v107 = arith.muli %v19, %size_N : i64
        %v108 = arith.addi %v107, %v17 : i64
        %v109 = llvm.getelementptr %out_x_im_seq[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v106, %v109 : f32, !llvm.ptr
      }
      scf.if %v14 {
        %v110 = llvm.load %v3 : !llvm.ptr -> f32
        %v111 = arith.muli %v19, %size_N : i64
        %v112 = arith.addi %v111, %v17 : i64
        %v113 = llvm.getelementptr %state_x_re[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v110, %v113 : f32, !llvm.ptr
        %v114 = llvm.load %v4 : !llvm.ptr -> f32
        %v115 = arith.muli %v19, %size_N : i64
        %v116 = arith.addi %v115, %v17 : i64
        %v117 = llvm.getelementptr %state_x_im[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v114, %v117 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
