module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @stabiliser_step(%in_fg: !llvm.ptr, %in_ig: !llvm.ptr, %in_m0: !llvm.ptr, %out_m_out: !llvm.ptr, %out_i_stab: !llvm.ptr, %state_m: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_H : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = arith.constant 63 : i64
      %v5 = arith.constant 64 : i64
      %v6 = arith.divui %v5, %v5 : i64
      %v24 = arith.constant 0 : i64
      %v30 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0x3FB8AA3B : f32
      %v37 = arith.constant 0x3F800000 : f32
      %v40 = arith.constant 0x3F317218 : f32
      %v42 = arith.constant 0x3E124925 : f32
      %v44 = arith.constant 0xBE2AAAAB : f32
      %v47 = arith.constant 0x3E4CCCCD : f32
      %v50 = arith.constant 0xBE800000 : f32
      %v53 = arith.constant 0x3EAAAAAB : f32
      %v56 = arith.constant 0xBF000000 : f32
      %v62 = arith.constant 0x3D800000 : f32
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v11 = arith.muli %v10, %v5 : i64
      %v12 = arith.addi %v11, %v9 : i64
      %v13 = arith.cmpi slt, %v12, %v2 : i64
      %v14 = arith.subi %v2, %v1 : i64
      %v15 = arith.minsi %v12, %v14 : i64
      %v16 = arith.remui %v15, %size_H : i64
      %v17 = arith.divui %v15, %size_H : i64
      %v18 = arith.remui %v17, %size_B : i64
      %v19 = arith.divui %v17, %size_B : i64
      %v20 = arith.muli %v18, %size_H : i64
      %v21 = arith.addi %v20, %v16 : i64
      %v22 = llvm.getelementptr %state_m[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v23 = llvm.load %v22 : !llvm.ptr -> f32
      llvm.store %v23, %v3 : f32, !llvm.ptr
      %v25 = arith.muli %v18, %size_H : i64
      %v26 = arith.addi %v25, %v16 : i64
      %v27 = llvm.getelementptr %in_fg[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v28 = llvm.load %v27 : !llvm.ptr -> f32
      %v29 = arith.negf %v28 : f32
      %v31 = arith.maximumf %v29, %v30 : f32
      %v32 = llvm.call_intrinsic "llvm.fabs.f32"(%v29) : (f32) -> f32
      %v33 = arith.negf %v32 : f32
      %v35 = arith.mulf %v33, %v34 fastmath<contract> : f32
      %v36 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v35) : (f32) -> f32
      %v38 = arith.addf %v37, %v36 fastmath<contract> : f32
      %v39 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v38) : (f32) -> f32
      %v41 = arith.mulf %v39, %v40 fastmath<contract> : f32
      %v43 = arith.mulf %v42, %v36 fastmath<contract> : f32
      %v45 = arith.addf %v43, %v44 fastmath<contract> : f32
      %v46 = arith.mulf %v45, %v36 fastmath<contract> : f32
      %v48 = arith.addf %v46, %v47 fastmath<contract> : f32
      %v49 = arith.mulf %v48, %v36 fastmath<contract> : f32
      %v51 = arith.addf %v49, %v50 fastmath<contract> : f32
      %v52 = arith.mulf %v51, %v36 fastmath<contract> : f32
      %v54 = arith.addf %v52, %v53 fastmath<contract> : f32
      %v55 = arith.mulf %v54, %v36 fastmath<contract> : f32
      %v57 = arith.addf %v55, %v56 fastmath<contract> : f32
      %v58 = arith.mulf %v57, %v36 fastmath<contract> : f32
      %v59 = arith.addf %v58, %v37 fastmath<contract> : f32
      %v60 = arith.mulf %v59, %v36 fastmath<contract> : f32
      %v61 = llvm.call_intrinsic "llvm.fabs.f32"(%v36) : (f32) -> f32
      %v63 = arith.cmpf olt, %v61, %v62 : f32
      %v64 = arith.select %v63, %v60, %v41 : f32
      %v65 = arith.addf %v31, %v64 fastmath<contract> : f32
      %v66 = arith.negf %v65 : f32
      %v67 = arith.muli %v18, %size_H : i64
      %v68 = arith.addi %v67, %v16 : i64
      %v69 = llvm.getelementptr %in_ig[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v70 = llvm.load %v69 : !llvm.ptr -> f32
      %v71 = llvm.load %v3 : !llvm.ptr -> f32
      %v72 = arith.addf %v66, %v71 fastmath<contract> : f32
      %v73 = arith.maximumf %v72, %v70 : f32
      llvm.store %v73, %v3 : f32, !llvm.ptr
      %v74 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v13 {
        %v75 = arith.muli %v18, %size_H : i64
        %v76 = arith.addi %v75, %v16 : i64
        %v77 = llvm.getelementptr %out_m_out[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v74, %v77 : f32, !llvm.ptr
      }
      %v78 = arith.subf %v70, %v74 fastmath<contract> : f32
      %v79 = arith.mulf %v78, %v34 fastmath<contract> : f32
      %v80 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v79) : (f32) -> f32
      scf.if %v13 {
        %v81 = arith.muli %v18, %size_H : i64
        %v82 = arith.addi %v81, %v16 : i64
        %v83 = llvm.getelementptr %out_i_stab[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v80, %v83 : f32, !llvm.ptr
      }
      scf.if %v13 {
        %v84 = llvm.load %v3 : !llvm.ptr -> f32
        %v85 = arith.muli %v18, %size_H : i64
        %v86 = arith.addi %v85, %v16 : i64
        %v87 = llvm.getelementptr %state_m[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v84, %v87 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
