module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_step(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %state_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = arith.constant 255 : i64
      %v7 = arith.addi %v1, %v6 : i64
      %v8 = arith.constant 256 : i64
      %v9 = arith.divui %v7, %v8 : i64
      %v14 = arith.constant 64 : i64
      %v24 = arith.muli %v1, %size_D : i64
      %v35 = arith.constant 0 : i64
      %v36 = arith.constant 0x40000000 : f32
      %v37 = arith.muli %v1, %v1 : i64
      %v38 = arith.muli %v37, %size_D : i64
      %v46 = arith.constant 0x3F800000 : f32
      %v48 = arith.constant 0x3FB8AA3B : f32
      %v61 = arith.constant 0x3E22F983 : f32
      %v64 = arith.constant 0x40C90000 : f32
      %v65 = arith.constant 0x3AFDAA22 : f32
      %v87 = arith.constant 0x00000000 : f32
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v15 = arith.muli %v13, %v14 : i64
      %v16 = arith.addi %v15, %v12 : i64
      %v17 = arith.cmpi slt, %v16, %v3 : i64
      %v18 = arith.subi %v3, %v1 : i64
      %v19 = arith.minsi %v16, %v18 : i64
      %v20 = arith.remui %v19, %size_D : i64
      %v21 = arith.divui %v19, %size_D : i64
      %v22 = arith.remui %v21, %size_B : i64
      %v23 = arith.divui %v21, %size_B : i64
      %v25 = arith.muli %v22, %v24 : i64
      %v26 = arith.muli %v20, %v1 : i64
      %v27 = arith.addi %v25, %v26 : i64
      %v28 = llvm.getelementptr %state_h[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v29 = llvm.load %v28 : !llvm.ptr -> f32
      llvm.store %v29, %v4 : f32, !llvm.ptr
      %v30 = arith.muli %v22, %v24 : i64
      %v31 = arith.muli %v20, %v1 : i64
      %v32 = arith.addi %v30, %v31 : i64
      %v33 = llvm.getelementptr %state_hp[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v34 = llvm.load %v33 : !llvm.ptr -> f32
      llvm.store %v34, %v5 : f32, !llvm.ptr
      %v39 = arith.muli %v22, %v38 : i64
      %v40 = arith.muli %v20, %v37 : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = arith.muli %v35, %v1 : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v44 = llvm.getelementptr %in_rho[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v45 = llvm.load %v44 : !llvm.ptr -> f32
      %v47 = arith.negf %v45 : f32
      %v49 = arith.mulf %v47, %v48 fastmath<contract> : f32
      %v50 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v49) : (f32) -> f32
      %v51 = arith.addf %v46, %v50 fastmath<contract> : f32
      %v52 = arith.divf %v46, %v51 : f32
      %v53 = arith.mulf %v36, %v52 fastmath<contract> : f32
      %v54 = arith.muli %v22, %v38 : i64
      %v55 = arith.muli %v20, %v37 : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v57 = arith.muli %v35, %v1 : i64
      %v58 = arith.addi %v56, %v57 : i64
      %v59 = llvm.getelementptr %in_theta[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v60 = llvm.load %v59 : !llvm.ptr -> f32
      %v62 = arith.mulf %v60, %v61 fastmath<contract> : f32
      %v63 = llvm.call_intrinsic "llvm.roundeven.f32"(%v62) : (f32) -> f32
      %v66 = arith.mulf %v63, %v64 fastmath<contract> : f32
      %v67 = arith.subf %v60, %v66 fastmath<contract> : f32
      %v68 = arith.mulf %v63, %v65 fastmath<contract> : f32
      %v69 = arith.subf %v67, %v68 fastmath<contract> : f32
      %v70 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v69) : (f32) -> f32
      %v71 = arith.mulf %v53, %v70 fastmath<contract> : f32
      %v72 = arith.muli %v22, %v38 : i64
      %v73 = arith.muli %v20, %v37 : i64
      %v74 = arith.addi %v72, %v73 : i64
      %v75 = arith.muli %v35, %v1 : i64
      %v76 = arith.addi %v74, %v75 : i64
      %v77 = llvm.getelementptr %in_x[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v78 = llvm.load %v77 : !llvm.ptr -> f32
      %v79 = llvm.load %v4 : !llvm.ptr -> f32
      %v80 = arith.mulf %v71, %v79 fastmath<contract> : f32
      %v81 = arith.addf %v80, %v78 fastmath<contract> : f32
      %v82 = arith.mulf %v52, %v52 fastmath<contract> : f32
      %v83 = arith.negf %v82 : f32
      %v84 = llvm.load %v5 : !llvm.ptr -> f32
      %v85 = arith.mulf %v83, %v84 fastmath<contract> : f32
      %v86 = arith.addf %v81, %v85 fastmath<contract> : f32
      %v88 = llvm.load %v5 : !llvm.ptr -> f32
      %v89 = arith.mulf %v87, %v88 fastmath<contract> : f32
      %v90 = arith.addf %v89, %v87 fastmath<contract> : f32
      %v91 = llvm.load %v4 : !llvm.ptr -> f32
      %v92 = arith.mulf %v46, %v91 fastmath<contract> : f32
      %v93 = arith.addf %v90, %v92 fastmath<contract> : f32
      llvm.store %v86, %v4 : f32, !llvm.ptr
      llvm.store %v93, %v5 : f32, !llvm.ptr
      %v94 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v17 {
        %v95 = arith.muli %v22, %v38 : i64
        %v96 = arith.muli %v20, %v37 : i64
        %v97 = arith.addi %v95, %v96 : i64
        %v98 = arith.muli %v35, %v1 : i64
        %v99 = arith.addi %v97, %v98 : i64
        %v100 = llvm.getelementptr %out_y[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v94, %v100 : f32, !llvm.ptr
      }
      scf.if %v17 {
        %v101 = llvm.load %v4 : !llvm.ptr -> f32
        %v102 = arith.muli %v22, %v24 : i64
        %v103 = arith.muli %v20, %v1 : i64
        %v104 = arith.addi %v102, %v103 : i64
        %v105 = llvm.getelementptr %state_h[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v101, %v105 : f32, !llvm.ptr
        %v106 = llvm.load %v5 : !llvm.ptr -> f32
        %v107 = arith.muli %v22, %v24 : i64
        %v108 = arith.muli %v20, %v1 : i64
        %v109 = arith.addi %v107, %v108 : i64
        %v110 = llvm.getelementptr %state_hp[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v106, %v110 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
