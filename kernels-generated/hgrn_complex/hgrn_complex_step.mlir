module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_step(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %out_y_re: !llvm.ptr, %out_y_im: !llvm.ptr, %state_h_re: !llvm.ptr, %state_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 255 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v6, %v6 : i64
      %v12 = arith.constant 64 : i64
      %v30 = arith.constant 0 : i64
      %v33 = arith.constant 0x3F800000 : f32
      %v40 = arith.constant 0x3FB8AA3B : f32
      %v49 = arith.constant 0x3E22F983 : f32
      %v52 = arith.constant 0x40C90000 : f32
      %v53 = arith.constant 0x3AFDAA22 : f32
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.muli %v11, %v12 : i64
      %v14 = arith.addi %v13, %v10 : i64
      %v15 = arith.cmpi slt, %v14, %v2 : i64
      %v16 = arith.subi %v2, %v1 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_D : i64
      %v19 = arith.divui %v17, %size_D : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      %v31 = llvm.getelementptr %in_gamma[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v32 = llvm.load %v31 : !llvm.ptr -> f32
      %v34 = arith.subf %v33, %v32 fastmath<contract> : f32
      %v47 = llvm.getelementptr %in_theta[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = llvm.load %v47 : !llvm.ptr -> f32
      %v50 = arith.mulf %v48, %v49 fastmath<contract> : f32
      %v51 = llvm.call_intrinsic "llvm.roundeven.f32"(%v50) : (f32) -> f32
      %v54 = arith.mulf %v51, %v52 fastmath<contract> : f32
      %v55 = arith.subf %v48, %v54 fastmath<contract> : f32
      %v56 = arith.mulf %v51, %v53 fastmath<contract> : f32
      %v57 = arith.subf %v55, %v56 fastmath<contract> : f32
      %v58 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v57) : (f32) -> f32
      %v75 = arith.mulf %v48, %v49 fastmath<contract> : f32
      %v76 = llvm.call_intrinsic "llvm.roundeven.f32"(%v75) : (f32) -> f32
      %v77 = arith.mulf %v76, %v52 fastmath<contract> : f32
      %v78 = arith.subf %v48, %v77 fastmath<contract> : f32
      %v79 = arith.mulf %v76, %v53 fastmath<contract> : f32
      %v80 = arith.subf %v78, %v79 fastmath<contract> : f32
      %v81 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v80) : (f32) -> f32
      %v22 = arith.muli %v20, %size_D : i64
      %v23 = arith.addi %v22, %v18 : i64
      %v24 = llvm.getelementptr %state_h_re[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v25 = llvm.load %v24 : !llvm.ptr -> f32
      llvm.store %v25, %v3 : f32, !llvm.ptr
      %v26 = arith.muli %v20, %size_D : i64
      %v27 = arith.addi %v26, %v18 : i64
      %v28 = llvm.getelementptr %state_h_im[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v29 = llvm.load %v28 : !llvm.ptr -> f32
      llvm.store %v29, %v4 : f32, !llvm.ptr
      %v35 = arith.muli %v20, %size_D : i64
      %v36 = arith.addi %v35, %v18 : i64
      %v37 = llvm.getelementptr %in_f[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v38 = llvm.load %v37 : !llvm.ptr -> f32
      %v39 = arith.negf %v38 : f32
      %v41 = arith.mulf %v39, %v40 fastmath<contract> : f32
      %v42 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v41) : (f32) -> f32
      %v43 = arith.addf %v33, %v42 fastmath<contract> : f32
      %v44 = arith.divf %v33, %v43 : f32
      %v45 = arith.mulf %v34, %v44 fastmath<contract> : f32
      %v46 = arith.addf %v32, %v45 fastmath<contract> : f32
      %v59 = arith.mulf %v46, %v58 fastmath<contract> : f32
      %v60 = arith.subf %v33, %v46 fastmath<contract> : f32
      %v61 = arith.muli %v20, %size_D : i64
      %v62 = arith.addi %v61, %v18 : i64
      %v63 = llvm.getelementptr %in_c_re[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v64 = llvm.load %v63 : !llvm.ptr -> f32
      %v65 = arith.negf %v64 : f32
      %v66 = arith.mulf %v65, %v40 fastmath<contract> : f32
      %v67 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v66) : (f32) -> f32
      %v68 = arith.addf %v33, %v67 fastmath<contract> : f32
      %v69 = arith.divf %v33, %v68 : f32
      %v70 = arith.mulf %v64, %v69 fastmath<contract> : f32
      %v71 = arith.mulf %v60, %v70 fastmath<contract> : f32
      %v72 = llvm.load %v3 : !llvm.ptr -> f32
      %v73 = arith.mulf %v59, %v72 fastmath<contract> : f32
      %v74 = arith.addf %v73, %v71 fastmath<contract> : f32
      %v82 = arith.mulf %v46, %v81 fastmath<contract> : f32
      %v83 = arith.negf %v82 : f32
      %v84 = llvm.load %v4 : !llvm.ptr -> f32
      %v85 = arith.mulf %v83, %v84 fastmath<contract> : f32
      %v86 = arith.addf %v74, %v85 fastmath<contract> : f32
      %v87 = arith.muli %v20, %size_D : i64
      %v88 = arith.addi %v87, %v18 : i64
      %v89 = llvm.getelementptr %in_c_im[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v90 = llvm.load %v89 : !llvm.ptr -> f32
      %v91 = arith.negf %v90 : f32
      %v92 = arith.mulf %v91, %v40 fastmath<contract> : f32
      %v93 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v92) : (f32) -> f32
      %v94 = arith.addf %v33, %v93 fastmath<contract> : f32
      %v95 = arith.divf %v33, %v94 : f32
      %v96 = arith.mulf %v90, %v95 fastmath<contract> : f32
      %v97 = arith.mulf %v60, %v96 fastmath<contract> : f32
      %v98 = llvm.load %v4 : !llvm.ptr -> f32
      %v99 = arith.mulf %v59, %v98 fastmath<contract> : f32
      %v100 = arith.addf %v99, %v97 fastmath<contract> : f32
      %v101 = llvm.load %v3 : !llvm.ptr -> f32
      %v102 = arith.mulf %v82, %v101 fastmath<contract> : f32
      %v103 = arith.addf %v100, %v102 fastmath<contract> : f32
      llvm.store %v86, %v3 : f32, !llvm.ptr
      llvm.store %v103, %v4 : f32, !llvm.ptr
      %v104 = arith.muli %v20, %size_D : i64
      %v105 = arith.addi %v104, %v18 : i64
      %v106 = llvm.getelementptr %in_g_re[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v107 = llvm.load %v106 : !llvm.ptr -> f32
      %v108 = arith.negf %v107 : f32
      %v109 = arith.mulf %v108, %v40 fastmath<contract> : f32
      %v110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v109) : (f32) -> f32
      %v111 = arith.addf %v33, %v110 fastmath<contract> : f32
      %v112 = arith.divf %v33, %v111 : f32
      %v113 = llvm.load %v3 : !llvm.ptr -> f32
      %v114 = arith.mulf %v112, %v113 fastmath<contract> : f32
      scf.if %v15 {
        %v115 = arith.muli %v20, %size_D : i64
        %v116 = arith.addi %v115, %v18 : i64
        %v117 = llvm.getelementptr %out_y_re[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v114, %v117 : f32, !llvm.ptr
      }
      %v118 = llvm.load %v4 : !llvm.ptr -> f32
      %v119 = arith.muli %v20, %size_D : i64
      %v120 = arith.addi %v119, %v18 : i64
      %v121 = llvm.getelementptr %in_g_im[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v122 = llvm.load %v121 : !llvm.ptr -> f32
      %v123 = arith.negf %v122 : f32
      %v124 = arith.mulf %v123, %v40 fastmath<contract> : f32
      %v125 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v124) : (f32) -> f32
      %v126 = arith.addf %v33, %v125 fastmath<contract> : f32
      %v127 = arith.divf %v33, %v126 : f32
      %v128 = arith.mulf %v118, %v127 fastmath<contract> : f32
      scf.if %v15 {
        %v129 = arith.muli %v20, %size_D : i64
        %v130 = arith.addi %v129, %v18 : i64
        %v131 = llvm.getelementptr %out_y_im[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v128, %v131 : f32, !llvm.ptr
      }
      scf.if %v15 {
        %v132 = llvm.load %v3 : !llvm.ptr -> f32
        %v133 = arith.muli %v20, %size_D : i64
        %v134 = arith.addi %v133, %v18 : i64
        %v135 = llvm.getelementptr %state_h_re[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v132, %v135 : f32, !llvm.ptr
        %v136 = llvm.load %v4 : !llvm.ptr -> f32
        %v137 = arith.muli %v20, %size_D : i64
        %v138 = arith.addi %v137, %v18 : i64
        %v139 = llvm.getelementptr %state_h_im[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v136, %v139 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
