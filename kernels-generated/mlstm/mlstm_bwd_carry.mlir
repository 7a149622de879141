module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_bwd_carry(%segsum_C: !llvm.ptr, %segcarry_C: !llvm.ptr, %segsum_n: !llvm.ptr, %segcarry_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v28 = arith.constant 0 : i64
      %v33 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v35 = arith.constant 0x00000000 : f32
      %v36 = arith.constant 0x3F800000 : f32
      %v78 = arith.constant 2 : i64
      %v92 = arith.constant 32 : i64
      %v98 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v99 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v13 = arith.addi %v4, %v5 : i64
      %v14 = arith.divui %v13, %v7 : i64
      %v15 = arith.divui %v12, %v14 : i64
      %v16 = arith.remui %v12, %v14 : i64
      %v17 = arith.muli %v16, %v7 : i64
      %v18 = arith.addi %v17, %v11 : i64
      %v19 = arith.cmpi slt, %v18, %v4 : i64
      %v20 = arith.subi %v4, %v2 : i64
      %v21 = arith.minsi %v18, %v20 : i64
      %v22 = arith.remui %v21, %size_DV : i64
      %v23 = arith.divui %v21, %size_DV : i64
      %v24 = arith.remui %v23, %size_H : i64
      %v25 = arith.divui %v23, %size_H : i64
      %v26 = arith.remui %v25, %size_B : i64
      %v27 = arith.divui %v25, %size_B : i64
      // carry scan of one state point: g ← G + P·a'·g, a' ← a_first, from the last segment
      %v29 = arith.cmpi sge, %v15, %v28 : i64
      %v30 = arith.cmpi slt, %v15, %v1 : i64
      %v31 = arith.andi %v29, %v30 : i1
      %v32 = arith.andi %v31, %v19 : i1
      scf.if %v32 {
        llvm.store %v35, %v33 : f32, !llvm.ptr
        llvm.store %v36, %v34 : f32, !llvm.ptr
        %v37 = arith.index_cast %v28 : i64 to index
        %v38 = arith.index_cast %v8 : i64 to index
        %v39 = arith.index_cast %v2 : i64 to index
        scf.for %v40 = %v37 to %v38 step %v39 {
          %v41 = arith.index_cast %v40 : index to i64
          %v42 = arith.subi %v8, %v2 : i64
          %v43 = arith.subi %v42, %v41 : i64
          %v44 = llvm.load %v33 : !llvm.ptr -> f32
          %v45 = llvm.load %v34 : !llvm.ptr -> f32
          %v46 = arith.muli %v43, %v1 : i64
          %v47 = arith.addi %v46, %v15 : i64
          %v48 = arith.muli %v47, %v4 : i64
          %v49 = arith.subi %v4, %v2 : i64
          %v50 = arith.minsi %v18, %v49 : i64
          %v51 = arith.addi %v48, %v50 : i64
          %v52 = llvm.getelementptr %segcarry_C[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v44, %v52 : f32, !llvm.ptr
          %v53 = arith.addi %v8, %v43 : i64
          %v54 = arith.muli %v53, %v1 : i64
          %v55 = arith.addi %v54, %v15 : i64
          %v56 = arith.muli %v55, %v4 : i64
          %v57 = arith.subi %v4, %v2 : i64
          %v58 = arith.minsi %v18, %v57 : i64
          %v59 = arith.addi %v56, %v58 : i64
          %v60 = llvm.getelementptr %segcarry_C[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v45, %v60 : f32, !llvm.ptr
          %v61 = arith.muli %v43, %v1 : i64
          %v62 = arith.addi %v61, %v15 : i64
          %v63 = arith.muli %v62, %v4 : i64
          %v64 = arith.subi %v4, %v2 : i64
          %v65 = arith.minsi %v18, %v64 : i64
          %v66 = arith.addi %v63, %v65 : i64
          %v67 = llvm.getelementptr %segsum_C[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 : !llvm.ptr -> f32
          %v69 = arith.addi %v8, %v43 : i64
          %v70 = arith.muli %v69, %v1 : i64
          %v71 = arith.addi %v70, %v15 : i64
          %v72 = arith.muli %v71, %v4 : i64
          %v73 = arith.subi %v4, %v2 : i64
          %v74 = arith.minsi %v18, %v73 : i64
          %v75 = arith.addi %v72, %v74 : i64
          %v76 = llvm.getelementptr %segsum_C[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 : !llvm.ptr -> f32
          %v79 = arith.muli %v78, %v8 : i64
          %v80 = arith.addi %v79, %v43 : i64
          %v81 = arith.muli %v80, %v1 : i64
          %v82 = arith.addi %v81, %v15 : i64
          %v83 = arith.muli %v82, %v4 : i64
          %v84 = arith.subi %v4, %v2 : i64
          %v85 = arith.minsi %v18, %v84 : i64
          %v86 = arith.addi %v83, %v85 : i64
          %v87 = llvm.getelementptr %segsum_C[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 : !llvm.ptr -> f32
          %v89 = arith.mulf %v45, %v44 fastmath<contract> : f32
          %v90 = arith.mulf %v77, %v89 fastmath<contract> : f32
          %v91 = arith.addf %v90, %v68 fastmath<contract> : f32
          llvm.store %v91, %v33 : f32, !llvm.ptr
          llvm.store %v88, %v34 : f32, !llvm.ptr
        }
      }
      %v93 = arith.cmpi sge, %v15, %v1 : i64
      %v94 = arith.cmpi slt, %v15, %v92 : i64
      %v95 = arith.andi %v93, %v94 : i1
      %v96 = arith.andi %v95, %v19 : i1
      scf.if %v96 {
        %v97 = arith.subi %v15, %v1 : i64
        llvm.store %v35, %v98 : f32, !llvm.ptr
        llvm.store %v36, %v99 : f32, !llvm.ptr
        %v100 = arith.index_cast %v28 : i64 to index
        %v101 = arith.index_cast %v8 : i64 to index
        %v102 = arith.index_cast %v2 : i64 to index
        scf.for %v103 = %v100 to %v101 step %v102 {
          %v104 = arith.index_cast %v103 : index to i64
          %v105 = arith.subi %v8, %v2 : i64
          %v106 = arith.subi %v105, %v104 : i64
          %v107 = llvm.load %v98 : !llvm.ptr -> f32
          %v108 = llvm.load %v99 : !llvm.ptr -> f32
          %v109 = arith.muli %v106, %v1 : i64
          %v110 = arith.addi %v109, %v97 : i64
          %v111 = arith.muli %v110, %v4 : i64
          %v112 = arith.subi %v4, %v2 : i64
          %v113 = arith.minsi %v18, %v112 : i64
          %v114 = arith.addi %v111, %v113 : i64
          %v115 = llvm.getelementptr %segcarry_n[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v107, %v115 : f32, !llvm.ptr
          %v116 = arith.addi %v8, %v106 : i64
          %v117 = arith.muli %v116, %v1 : i64
          %v118 = arith.addi %v117, %v97 : i64
          %v119 = arith.muli %v118, %v4 : i64
          %v120 = arith.subi %v4, %v2 : i64
          %v121 = arith.minsi %v18, %v120 : i64
          %v122 = arith.addi %v119, %v121 : i64
          %v123 = llvm.getelementptr %segcarry_n[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v108, %v123 : f32, !llvm.ptr
          %v124 = arith.muli %v106, %v1 : i64
          %v125 = arith.addi %v124, %v97 : i64
          %v126 = arith.muli %v125, %v4 : i64
          %v127 = arith.subi %v4, %v2 : i64
          %v128 = arith.minsi %v18, %v127 : i64
          %v129 = arith.addi %v126, %v128 : i64
          %v130 = llvm.getelementptr %segsum_n[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 : !llvm.ptr -> f32
          %v132 = arith.addi %v8, %v106 : i64
          %v133 = arith.muli %v132, %v1 : i64
          %v134 = arith.addi %v133, %v97 : i64
          %v135 = arith.muli %v134, %v4 : i64
          %v136 = arith.subi %v4, %v2 : i64
          %v137 = arith.minsi %v18, %v136 : i64
          %v138 = arith.addi %v135, %v137 : i64
          %v139 = llvm.getelementptr %segsum_n[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 : !llvm.ptr -> f32
          %v141 = arith.muli %v78, %v8 : i64
          %v142 = arith.addi %v141, %v106 : i64
          %v143 = arith.muli %v142, %v1 : i64
          %v144 = arith.addi %v143, %v97 : i64
          %v145 = arith.muli %v144, %v4 : i64
          %v146 = arith.subi %v4, %v2 : i64
          %v147 = arith.minsi %v18, %v146 : i64
          %v148 = arith.addi %v145, %v147 : i64
          %v149 = llvm.getelementptr %segsum_n[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 : !llvm.ptr -> f32
          %v151 = arith.mulf %v108, %v107 fastmath<contract> : f32
          %v152 = arith.mulf %v140, %v151 fastmath<contract> : f32
          %v153 = arith.addf %v152, %v131 fastmath<contract> : f32
          llvm.store %v153, %v98 : f32, !llvm.ptr
          llvm.store %v150, %v99 : f32, !llvm.ptr
        }
      }
      // end carry scan
      gpu.return
    }
  }
}
