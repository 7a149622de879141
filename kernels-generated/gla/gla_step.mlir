module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @gla_step(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_g: !llvm.ptr, %out_o: !llvm.ptr, %state_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = arith.constant 63 : i64
      %v8 = arith.constant 64 : i64
      %v9 = arith.divui %v8, %v8 : i64
      %v14 = arith.constant 8 : i64
      %v28 = arith.muli %size_DV, %v1 : i64
      %v29 = arith.muli %v28, %size_H : i64
      %v48 = arith.constant 0 : i64
      %v49 = arith.muli %v1, %size_H : i64
      %v56 = arith.constant 0x3F800000 : f32
      %v58 = arith.constant 0x3FB8AA3B : f32
      %v63 = arith.constant 0x3D800000 : f32
      %v73 = arith.muli %size_DV, %size_H : i64
      %v131 = arith.constant 1 : i32
      %v132 = arith.constant 32 : i32
      %v136 = arith.constant 2 : i32
      %v140 = arith.constant 4 : i32
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v15 = arith.remui %v12, %v14 : i64
      %v16 = arith.divui %v12, %v14 : i64
      %v17 = arith.muli %v13, %v14 : i64
      %v18 = arith.addi %v17, %v16 : i64
      %v19 = arith.cmpi slt, %v18, %v4 : i64
      %v20 = arith.subi %v4, %v2 : i64
      %v21 = arith.minsi %v18, %v20 : i64
      %v22 = arith.remui %v21, %size_DV : i64
      %v23 = arith.divui %v21, %size_DV : i64
      %v24 = arith.remui %v23, %size_H : i64
      %v25 = arith.divui %v23, %size_H : i64
      %v26 = arith.remui %v25, %size_B : i64
      %v27 = arith.divui %v25, %size_B : i64
      %v30 = arith.muli %v26, %v29 : i64
      %v31 = arith.muli %v24, %v28 : i64
      %v32 = arith.addi %v30, %v31 : i64
      %v33 = arith.muli %v15, %size_DV : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = arith.addi %v34, %v22 : i64
      %v36 = llvm.getelementptr %state_S[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v37 = llvm.load %v36 : !llvm.ptr -> f32
      llvm.store %v37, %v5 : f32, !llvm.ptr
      %v38 = arith.muli %v26, %v29 : i64
      %v39 = arith.muli %v24, %v28 : i64
      %v40 = arith.addi %v38, %v39 : i64
      %v41 = arith.constant 8 : i64
      %v42 = arith.addi %v41, %v15 : i64
      %v43 = arith.muli %v42, %size_DV : i64
      %v44 = arith.addi %v40, %v43 : i64
      %v45 = arith.addi %v44, %v22 : i64
      %v46 = llvm.getelementptr %state_S[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v47 = llvm.load %v46 : !llvm.ptr -> f32
      llvm.store %v47, %v6 : f32, !llvm.ptr
      %v50 = arith.muli %v26, %v49 : i64
      %v51 = arith.muli %v24, %v1 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = arith.addi %v52, %v15 : i64
      %v54 = llvm.getelementptr %in_g[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v55 = llvm.load %v54 : !llvm.ptr -> f32
      %v57 = arith.negf %v55 : f32
      %v59 = arith.mulf %v57, %v58 fastmath<contract> : f32
      %v60 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v59) : (f32) -> f32
      %v61 = arith.addf %v56, %v60 fastmath<contract> : f32
      %v62 = arith.divf %v56, %v61 : f32
      %v64 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v62) : (f32) -> f32
      %v65 = arith.mulf %v63, %v64 fastmath<contract> : f32
      %v66 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v65) : (f32) -> f32
      %v67 = arith.muli %v26, %v49 : i64
      %v68 = arith.muli %v24, %v1 : i64
      %v69 = arith.addi %v67, %v68 : i64
      %v70 = arith.addi %v69, %v15 : i64
      %v71 = llvm.getelementptr %in_k[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v72 = llvm.load %v71 : !llvm.ptr -> f32
      %v74 = arith.muli %v26, %v73 : i64
      %v75 = arith.muli %v24, %size_DV : i64
      %v76 = arith.addi %v74, %v75 : i64
      %v77 = arith.addi %v76, %v22 : i64
      %v78 = llvm.getelementptr %in_v[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      %v80 = arith.mulf %v72, %v79 fastmath<contract> : f32
      %v81 = llvm.load %v5 : !llvm.ptr -> f32
      %v82 = arith.mulf %v66, %v81 fastmath<contract> : f32
      %v83 = arith.addf %v82, %v80 fastmath<contract> : f32
      %v84 = arith.muli %v26, %v49 : i64
      %v85 = arith.muli %v24, %v1 : i64
      %v86 = arith.addi %v84, %v85 : i64
      %v87 = arith.constant 8 : i64
      %v88 = arith.addi %v87, %v15 : i64
      %v89 = arith.addi %v86, %v88 : i64
      %v90 = llvm.getelementptr %in_g[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v91 = llvm.load %v90 : !llvm.ptr -> f32
      %v92 = arith.negf %v91 : f32
      %v93 = arith.mulf %v92, %v58 fastmath<contract> : f32
      %v94 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v93) : (f32) -> f32
      %v95 = arith.addf %v56, %v94 fastmath<contract> : f32
      %v96 = arith.divf %v56, %v95 : f32
      %v97 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v96) : (f32) -> f32
      %v98 = arith.mulf %v63, %v97 fastmath<contract> : f32
      %v99 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v98) : (f32) -> f32
      %v100 = arith.muli %v26, %v49 : i64
      %v101 = arith.muli %v24, %v1 : i64
      %v102 = arith.addi %v100, %v101 : i64
      %v103 = arith.constant 8 : i64
      %v104 = arith.addi %v103, %v15 : i64
      %v105 = arith.addi %v102, %v104 : i64
      %v106 = llvm.getelementptr %in_k[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v107 = llvm.load %v106 : !llvm.ptr -> f32
      %v108 = arith.mulf %v107, %v79 fastmath<contract> : f32
      %v109 = llvm.load %v6 : !llvm.ptr -> f32
      %v110 = arith.mulf %v99, %v109 fastmath<contract> : f32
      %v111 = arith.addf %v110, %v108 fastmath<contract> : f32
      llvm.store %v83, %v5 : f32, !llvm.ptr
      llvm.store %v111, %v6 : f32, !llvm.ptr
      %v112 = arith.muli %v26, %v49 : i64
      %v113 = arith.muli %v24, %v1 : i64
      %v114 = arith.addi %v112, %v113 : i64
      %v115 = arith.addi %v114, %v15 : i64
      %v116 = llvm.getelementptr %in_q[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v117 = llvm.load %v116 : !llvm.ptr -> f32
      %v118 = llvm.load %v5 : !llvm.ptr -> f32
      %v119 = arith.mulf %v117, %v118 fastmath<contract> : f32
      %v120 = arith.muli %v26, %v49 : i64
      %v121 = arith.muli %v24, %v1 : i64
      %v122 = arith.addi %v120, %v121 : i64
      %v123 = arith.constant 8 : i64
      %v124 = arith.addi %v123, %v15 : i64
      %v125 = arith.addi %v122, %v124 : i64
      %v126 = llvm.getelementptr %in_q[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v127 = llvm.load %v126 : !llvm.ptr -> f32
      %v128 = llvm.load %v6 : !llvm.ptr -> f32
      %v129 = arith.mulf %v127, %v128 fastmath<contract> : f32
      %v130 = arith.addf %v119, %v129 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v133, %v134 = gpu.shuffle xor %v130, %v131, %v132 : f32
      %v135 = arith.addf %v130, %v133 fastmath<contract> : f32
      %v137, %v138 = gpu.shuffle xor %v135, %v136, %v132 : f32
      %v139 = arith.addf %v135, %v137 fastmath<contract> : f32
      %v141, %v142 = gpu.shuffle xor %v139, %v140, %v132 : f32
      %v143 = arith.addf %v139, %v141 fastmath<contract> : f32
      // end sum over the lanes
      scf.if %v19 {
        %v144 = arith.muli %v26, %v73 : i64
        %v145 = arith.muli %v24, %size_DV : i64
        %v146 = arith.addi %v144, %v145 : i64
        %v147 = arith.addi %v146, %v22 : i64
        %v148 = llvm.getelementptr %out_o[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v143, %v148 : f32, !llvm.ptr
      }
      scf.if %v19 {
        %v149 = llvm.load %v5 : !llvm.ptr -> f32
        %v150 = arith.muli %v26, %v29 : i64
        %v151 = arith.muli %v24, %v28 : i64
        %v152 = arith.addi %v150, %v151 : i64
        %v153 = arith.muli %v15, %size_DV : i64
        %v154 = arith.addi %v152, %v153 : i64
        %v155 = arith.addi %v154, %v22 : i64
        %v156 = llvm.getelementptr %state_S[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v149, %v156 : f32, !llvm.ptr
        %v157 = llvm.load %v6 : !llvm.ptr -> f32
        %v158 = arith.muli %v26, %v29 : i64
        %v159 = arith.muli %v24, %v28 : i64
        %v160 = arith.addi %v158, %v159 : i64
        %v161 = arith.constant 8 : i64
        %v162 = arith.addi %v161, %v15 : i64
        %v163 = arith.muli %v162, %size_DV : i64
        %v164 = arith.addi %v160, %v163 : i64
        %v165 = arith.addi %v164, %v22 : i64
        %v166 = llvm.getelementptr %state_S[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v157, %v166 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
