module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @biquad_chunk_carry(%in_x: !llvm.ptr, %in_rho: !llvm.ptr, %in_theta: !llvm.ptr, %in_h0: !llvm.ptr, %in_hp0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %carry_h: !llvm.ptr, %agga_hp: !llvm.ptr, %aggb_hp: !llvm.ptr, %carry_hp: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = arith.constant 64 : i64
      %v26 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 255 : i64
      %v36 = arith.constant 256 : i64
      %v38 = arith.constant 0 : i64
      %v57 = arith.constant 2 : i64
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
      %v19 = arith.muli %v17, %size_D : i64
      %v20 = arith.addi %v19, %v15 : i64
      %v21 = llvm.mlir.zero : !llvm.ptr
      %v22 = llvm.icmp "ne" %in_h0, %v21 : !llvm.ptr
      %v23 = scf.if %v22 -> (f32) {
        %v24 = llvm.getelementptr %in_h0[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v25 = llvm.load %v24 : !llvm.ptr -> f32
        scf.yield %v25 : f32
      } else {
        scf.yield %v26 : f32
      }
      llvm.store %v23, %v3 : f32, !llvm.ptr
      %v27 = arith.muli %v17, %size_D : i64
      %v28 = arith.addi %v27, %v15 : i64
      %v29 = llvm.mlir.zero : !llvm.ptr
      %v30 = llvm.icmp "ne" %in_hp0, %v29 : !llvm.ptr
      %v31 = scf.if %v30 -> (f32) {
        %v32 = llvm.getelementptr %in_hp0[%v28] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v33 = llvm.load %v32 : !llvm.ptr -> f32
        scf.yield %v33 : f32
      } else {
        scf.yield %v26 : f32
      }
      llvm.store %v31, %v4 : f32, !llvm.ptr
      %v35 = arith.addi %size_L, %v34 : i64
      %v37 = arith.divui %v35, %v36 : i64
      // carry scan: the state entering each chunk, h ← A·h + B chunk by chunk
      scf.if %v12 {
        %v39 = arith.index_cast %v38 : i64 to index
        %v40 = arith.index_cast %v37 : i64 to index
        %v41 = arith.index_cast %v1 : i64 to index
        scf.for %v42 = %v39 to %v40 step %v41 {
          %v43 = arith.index_cast %v42 : index to i64
          %v44 = llvm.load %v3 : !llvm.ptr -> f32
          %v45 = llvm.load %v4 : !llvm.ptr -> f32
          %v46 = arith.muli %v43, %v2 : i64
          %v47 = arith.subi %v2, %v1 : i64
          %v48 = arith.minsi %v11, %v47 : i64
          %v49 = arith.addi %v46, %v48 : i64
          %v50 = llvm.getelementptr %carry_h[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v44, %v50 : f32, !llvm.ptr
          %v51 = llvm.getelementptr %aggb_h[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v52 = llvm.load %v51 : !llvm.ptr -> f32
          %v53 = arith.muli %v43, %v2 : i64
          %v54 = arith.subi %v2, %v1 : i64
          %v55 = arith.minsi %v11, %v54 : i64
          %v56 = arith.addi %v53, %v55 : i64
          %v58 = arith.muli %v56, %v57 : i64
          %v59 = llvm.getelementptr %agga_h[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v60 = llvm.load %v59 : !llvm.ptr -> f32
          %v61 = arith.mulf %v60, %v44 fastmath<contract> : f32
          %v62 = arith.addf %v61, %v52 fastmath<contract> : f32
          %v63 = arith.muli %v43, %v2 : i64
          %v64 = arith.subi %v2, %v1 : i64
          %v65 = arith.minsi %v11, %v64 : i64
          %v66 = arith.addi %v63, %v65 : i64
          %v67 = arith.muli %v66, %v57 : i64
          %v68 = arith.addi %v67, %v1 : i64
          %v69 = llvm.getelementptr %agga_h[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v70 = llvm.load %v69 : !llvm.ptr -> f32
          %v71 = arith.mulf %v70, %v45 fastmath<contract> : f32
          %v72 = arith.addf %v71, %v62 fastmath<contract> : f32
          %v73 = arith.muli %v43, %v2 : i64
          %v74 = arith.subi %v2, %v1 : i64
          %v75 = arith.minsi %v11, %v74 : i64
          %v76 = arith.addi %v73, %v75 : i64
          %v77 = llvm.getelementptr %carry_hp[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v45, %v77 : f32, !llvm.ptr
          %v78 = llvm.getelementptr %aggb_hp[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 : !llvm.ptr -> f32
          %v80 = arith.muli %v43, %v2 : i64
          %v81 = arith.subi %v2, %v1 : i64
          %v82 = arith.minsi %v11, %v81 : i64
          %v83 = arith.addi %v80, %v82 : i64
          %v84 = arith.muli %v83, %v57 : i64
          %v85 = llvm.getelementptr %agga_hp[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          %v87 = arith.mulf %v86, %v44 fastmath<contract> : f32
          %v88 = arith.addf %v87, %v79 fastmath<contract> : f32
          %v89 = arith.muli %v43, %v2 : i64
          %v90 = arith.subi %v2, %v1 : i64
          %v91 = arith.minsi %v11, %v90 : i64
          %v92 = arith.addi %v89, %v91 : i64
          %v93 = arith.muli %v92, %v57 : i64
          %v94 = arith.addi %v93, %v1 : i64
          %v95 = llvm.getelementptr %agga_hp[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v96 = llvm.load %v95 : !llvm.ptr -> f32
          %v97 = arith.mulf %v96, %v45 fastmath<contract> : f32
          %v98 = arith.addf %v97, %v88 fastmath<contract> : f32
          llvm.store %v72, %v3 : f32, !llvm.ptr
          llvm.store %v98, %v4 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
