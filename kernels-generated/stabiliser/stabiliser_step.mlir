module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @stabiliser_step(%in_fg: !llvm.ptr, %in_ig: !llvm.ptr, %in_m0: !llvm.ptr, %out_m_out: !llvm.ptr, %out_i_stab: !llvm.ptr, %state_m: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_H : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 63 : i64
      %v6 = arith.addi %v1, %v5 : i64
      %v7 = arith.constant 64 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v22 = arith.muli %v1, %size_H : i64
      %v28 = arith.constant 0 : i64
      %v29 = arith.muli %v1, %size_H : i64
      %v30 = arith.muli %v29, %v1 : i64
      %v39 = arith.constant 0x00000000 : f32
      %v43 = arith.constant 0x3FB8AA3B : f32
      %v46 = arith.constant 0x3F800000 : f32
      %v49 = arith.constant 0x3F317218 : f32
      %v51 = arith.constant 0x3E124925 : f32
      %v53 = arith.constant 0xBE2AAAAB : f32
      %v56 = arith.constant 0x3E4CCCCD : f32
      %v59 = arith.constant 0xBE800000 : f32
      %v62 = arith.constant 0x3EAAAAAB : f32
      %v65 = arith.constant 0xBF000000 : f32
      %v71 = arith.constant 0x3D800000 : f32
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v13 = arith.muli %v12, %v7 : i64
      %v14 = arith.addi %v13, %v11 : i64
      %v15 = arith.cmpi slt, %v14, %v3 : i64
      %v16 = arith.subi %v3, %v1 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_H : i64
      %v19 = arith.divui %v17, %size_H : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      %v23 = arith.muli %v20, %v22 : i64
      %v24 = arith.muli %v18, %v1 : i64
      %v25 = arith.addi %v23, %v24 : i64
      %v26 = llvm.getelementptr %state_m[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v27 = llvm.load %v26 : !llvm.ptr -> f32
      llvm.store %v27, %v4 : f32, !llvm.ptr
      %v31 = arith.muli %v20, %v30 : i64
      %v32 = arith.muli %v28, %v29 : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = arith.muli %v18, %v1 : i64
      %v35 = arith.addi %v33, %v34 : i64
      %v36 = llvm.getelementptr %in_fg[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v37 = llvm.load %v36 : !llvm.ptr -> f32
      %v38 = arith.negf %v37 : f32
      %v40 = arith.maximumf %v38, %v39 : f32
      %v41 = llvm.call_intrinsic "llvm.fabs.f32"(%v38) : (f32) -> f32
      %v42 = arith.negf %v41 : f32
      %v44 = arith.mulf %v42, %v43 fastmath<contract> : f32
      %v45 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v44) : (f32) -> f32
      %v47 = arith.addf %v46, %v45 fastmath<contract> : f32
      %v48 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v47) : (f32) -> f32
      %v50 = arith.mulf %v48, %v49 fastmath<contract> : f32
      %v52 = arith.mulf %v51, %v45 fastmath<contract> : f32
      %v54 = arith.addf %v52, %v53 fastmath<contract> : f32
      %v55 = arith.mulf %v54, %v45 fastmath<contract> : f32
      %v57 = arith.addf %v55, %v56 fastmath<contract> : f32
      %v58 = arith.mulf %v57, %v45 fastmath<contract> : f32
      %v60 = arith.addf %v58, %v59 fastmath<contract> : f32
      %v61 = arith.mulf %v60, %v45 fastmath<contract> : f32
      %v63 = arith.addf %v61, %v62 fastmath<contract> : f32
      %v64 = arith.mulf %v63, %v45 fastmath<contract> : f32
      %v66 = arith.addf %v64, %v65 fastmath<contract> : f32
      %v67 = arith.mulf %v66, %v45 fastmath<contract> : f32
      %v68 = arith.addf %v67, %v46 fastmath<contract> : f32
      %v69 = arith.mulf %v68, %v45 fastmath<contract> : f32
      %v70 = llvm.call_intrinsic "llvm.fabs.f32"(%v45) : (f32) -> f32
      %v72 = arith.cmpf olt, %v70, %v71 : f32
      %v73 = arith.select %v72, %v69, %v50 : f32
      %v74 = arith.addf %v40, %v73 fastmath<contract> : f32
      %v75 = arith.negf %v74 : f32
      %v76 = arith.muli %v20, %v30 : i64
      %v77 = arith.muli %v28, %v29 : i64
      %v78 = arith.addi %v76, %v77 : i64
      %v79 = arith.muli %v18, %v1 : i64
      %v80 = arith.addi %v78, %v79 : i64
      %v81 = llvm.getelementptr %in_ig[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v82 = llvm.load %v81 : !llvm.ptr -> f32
      %v83 = llvm.load %v4 : !llvm.ptr -> f32
      %v84 = arith.addf %v75, %v83 fastmath<contract> : f32
      %v85 = arith.maximumf %v84, %v82 : f32
      llvm.store %v85, %v4 : f32, !llvm.ptr
      %v86 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v15 {
        %v87 = arith.muli %v20, %v30 : i64
        %v88 = arith.muli %v28, %v29 : i64
        %v89 = arith.addi %v87, %v88 : i64
        %v90 = arith.muli %v18, %v1 : i64
        %v91 = arith.addi %v89, %v90 : i64
        %v92 = llvm.getelementptr %out_m_out[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v86, %v92 : f32, !llvm.ptr
      }
      %v93 = arith.subf %v82, %v86 fastmath<contract> : f32
      %v94 = arith.mulf %v93, %v43 fastmath<contract> : f32
      %v95 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v94) : (f32) -> f32
      scf.if %v15 {
        %v96 = arith.muli %v20, %v30 : i64
        %v97 = arith.muli %v28, %v29 : i64
        %v98 = arith.addi %v96, %v97 : i64
        %v99 = arith.muli %v18, %v1 : i64
        %v100 = arith.addi %v98, %v99 : i64
        %v101 = llvm.getelementptr %out_i_stab[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v95, %v101 : f32, !llvm.ptr
      }
      scf.if %v15 {
        %v102 = llvm.load %v4 : !llvm.ptr -> f32
        %v103 = arith.muli %v20, %v22 : i64
        %v104 = arith.muli %v18, %v1 : i64
        %v105 = arith.addi %v103, %v104 : i64
        %v106 = llvm.getelementptr %state_m[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v102, %v106 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
