module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_chunk_carry(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %agga_hp: !llvm.ptr, %aggb_hp: !llvm.ptr, %carry_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = arith.constant 64 : i64
      %v20 = arith.muli %v1, %size_D : i64
      %v29 = arith.constant 0x00000000 : f32
      %v38 = arith.constant 255 : i64
      %v40 = arith.constant 256 : i64
      %v42 = arith.constant 0 : i64
      %v63 = arith.constant 2 : i64
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
      %v21 = arith.muli %v18, %v20 : i64
      %v22 = arith.muli %v16, %v1 : i64
      %v23 = arith.addi %v21, %v22 : i64
      %v24 = llvm.mlir.zero : !llvm.ptr
      %v25 = llvm.icmp "ne" %in_h0, %v24 : !llvm.ptr
      %v26 = scf.if %v25 -> (f32) {
        %v27 = llvm.getelementptr %in_h0[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v28 = llvm.load %v27 : !llvm.ptr -> f32
        scf.yield %v28 : f32
      } else {
        scf.yield %v29 : f32
      }
      llvm.store %v26, %v4 : f32, !llvm.ptr
      %v30 = arith.muli %v18, %v20 : i64
      %v31 = arith.muli %v16, %v1 : i64
      %v32 = arith.addi %v30, %v31 : i64
      %v33 = llvm.mlir.zero : !llvm.ptr
      %v34 = llvm.icmp "ne" %in_hp0, %v33 : !llvm.ptr
      %v35 = scf.if %v34 -> (f32) {
        %v36 = llvm.getelementptr %in_hp0[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v37 = llvm.load %v36 : !llvm.ptr -> f32
        scf.yield %v37 : f32
      } else {
        scf.yield %v29 : f32
      }
      llvm.store %v35, %v5 : f32, !llvm.ptr
      %v39 = arith.addi %size_L, %v38 : i64
      %v41 = arith.divui %v39, %v40 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v13 {
        %v43 = arith.index_cast %v42 : i64 to index
        %v44 = arith.index_cast %v41 : i64 to index
        %v45 = arith.index_cast %v1 : i64 to index
        scf.for %v46 = %v43 to %v44 step %v45 {
          %v47 = arith.index_cast %v46 : index to i64
          %v48 = llvm.load %v4 : !llvm.ptr -> f32
          %v49 = llvm.load %v5 : !llvm.ptr -> f32
          %v50 = arith.muli %v47, %v3 : i64
          %v51 = arith.subi %v3, %v1 : i64
          %v52 = arith.minsi %v12, %v51 : i64
          %v53 = arith.addi %v50, %v52 : i64
          %v54 = arith.muli %v53, %v1 : i64
          %v55 = arith.addi %v54, %v42 : i64
          %v56 = llvm.getelementptr %carry_h[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v48, %v56 : f32, !llvm.ptr
          %v57 = llvm.getelementptr %aggb_h[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v58 = llvm.load %v57 : !llvm.ptr -> f32
          %v59 = arith.muli %v47, %v3 : i64
          %v60 = arith.subi %v3, %v1 : i64
          %v61 = arith.minsi %v12, %v60 : i64
          %v62 = arith.addi %v59, %v61 : i64
          %v64 = arith.muli %v62, %v63 : i64
          %v65 = arith.addi %v64, %v42 : i64
          %v66 = llvm.getelementptr %agga_h[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v67 = llvm.load %v66 : !llvm.ptr -> f32
          %v68 = arith.mulf %v67, %v48 fastmath<contract> : f32
          %v69 = arith.addf %v68, %v58 fastmath<contract> : f32
          %v70 = arith.muli %v47, %v3 : i64
          %v71 = arith.subi %v3, %v1 : i64
          %v72 = arith.minsi %v12, %v71 : i64
          %v73 = arith.addi %v70, %v72 : i64
          %v74 = arith.muli %v73, %v63 : i64
          %v75 = arith.addi %v74, %v1 : i64
          %v76 = llvm.getelementptr %agga_h[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 : !llvm.ptr -> f32
          %v78 = arith.mulf %v77, %v49 fastmath<contract> : f32
          %v79 = arith.addf %v78, %v69 fastmath<contract> : f32
          %v80 = arith.muli %v47, %v3 : i64
          %v81 = arith.subi %v3, %v1 : i64
          %v82 = arith.minsi %v12, %v81 : i64
          %v83 = arith.addi %v80, %v82 : i64
          %v84 = arith.muli %v83, %v1 : i64
          %v85 = arith.addi %v84, %v42 : i64
          %v86 = llvm.getelementptr %carry_hp[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v49, %v86 : f32, !llvm.ptr
          %v87 = llvm.getelementptr %aggb_hp[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          %v89 = arith.muli %v47, %v3 : i64
          %v90 = arith.subi %v3, %v1 : i64
          %v91 = arith.minsi %v12, %v90 : i64
          %v92 = arith.addi %v89, %v91 : i64
          %v93 = arith.muli %v92, %v63 : i64
          %v94 = arith.addi %v93, %v42 : i64
          %v95 = llvm.getelementptr %agga_hp[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v96 = llvm.load %v95 : !llvm.ptr -> f32
          %v97 = arith.mulf %v96, %v48 fastmath<contract> : f32
          %v98 = arith.addf %v97, %v88 fastmath<contract> : f32
          %v99 = arith.muli %v47, %v3 : i64
          %v100 = arith.subi %v3, %v1 : i64
          %v101 = arith.minsi %v12, %v100 : i64
          %v102 = arith.addi %v99, %v101 : i64
          %v103 = arith.muli %v102, %v63 : i64
          %v104 = arith.addi %v103, %v1 : i64
          %v105 = llvm.getelementptr %agga_hp[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v106 = llvm.load %v105 : !llvm.ptr -> f32
          %v107 = arith.mulf %v106, %v49 fastmath<contract> : f32
          %v108 = arith.addf %v107, %v98 fastmath<contract> : f32
          llvm.store %v79, %v4 : f32, !llvm.ptr
          llvm.store %v108, %v5 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
