module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_step(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %v2, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 8 : i64
      %v27 = arith.muli %v2, %v1 : i64
      %v28 = arith.muli %v27, %size_D : i64
      %v45 = arith.constant 0 : i64
      %v49 = arith.constant 0x3FB8AA3B : f32
      %v52 = arith.muli %v2, %v1 : i64
      %v64 = arith.constant 0x3F800000 : f32
      %v73 = arith.muli %v2, %v2 : i64
      %v74 = arith.muli %v73, %size_D : i64
      %v130 = arith.constant 1 : i32
      %v131 = arith.constant 32 : i32
      %v135 = arith.constant 2 : i32
      %v139 = arith.constant 4 : i32
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.remui %v13, %v15 : i64
      %v17 = arith.divui %v13, %v15 : i64
      %v18 = arith.muli %v14, %v15 : i64
      %v19 = arith.addi %v18, %v17 : i64
      %v20 = arith.cmpi slt, %v19, %v4 : i64
      %v21 = arith.subi %v4, %v2 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_D : i64
      %v24 = arith.divui %v22, %size_D : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v46 = arith.muli %v23, %v2 : i64
      %v47 = llvm.getelementptr %in_log_dt[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = llvm.load %v47 : !llvm.ptr -> f32
      %v50 = arith.mulf %v48, %v49 fastmath<contract> : f32
      %v51 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v50) : (f32) -> f32
      %v53 = arith.muli %v23, %v52 : i64
      %v54 = arith.muli %v16, %v2 : i64
      %v55 = arith.addi %v53, %v54 : i64
      %v56 = llvm.getelementptr %in_A_log[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v57 = llvm.load %v56 : !llvm.ptr -> f32
      %v58 = arith.mulf %v57, %v49 fastmath<contract> : f32
      %v59 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v58) : (f32) -> f32
      %v60 = arith.negf %v59 : f32
      %v61 = arith.mulf %v51, %v60 fastmath<contract> : f32
      %v62 = arith.mulf %v61, %v49 fastmath<contract> : f32
      %v63 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v62) : (f32) -> f32
      %v65 = arith.subf %v63, %v64 fastmath<contract> : f32
      %v66 = arith.divf %v65, %v60 : f32
      %v67 = arith.muli %v23, %v52 : i64
      %v68 = arith.muli %v16, %v2 : i64
      %v69 = arith.addi %v67, %v68 : i64
      %v70 = llvm.getelementptr %in_Bp[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v71 = llvm.load %v70 : !llvm.ptr -> f32
      %v72 = arith.mulf %v66, %v71 fastmath<contract> : f32
      %v86 = arith.muli %v23, %v52 : i64
      %v87 = arith.constant 8 : i64
      %v88 = arith.addi %v87, %v16 : i64
      %v89 = arith.muli %v88, %v2 : i64
      %v90 = arith.addi %v86, %v89 : i64
      %v91 = llvm.getelementptr %in_A_log[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v92 = llvm.load %v91 : !llvm.ptr -> f32
      %v93 = arith.mulf %v92, %v49 fastmath<contract> : f32
      %v94 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v93) : (f32) -> f32
      %v95 = arith.negf %v94 : f32
      %v96 = arith.mulf %v51, %v95 fastmath<contract> : f32
      %v97 = arith.mulf %v96, %v49 fastmath<contract> : f32
      %v98 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v97) : (f32) -> f32
      %v99 = arith.subf %v98, %v64 fastmath<contract> : f32
      %v100 = arith.divf %v99, %v95 : f32
      %v101 = arith.muli %v23, %v52 : i64
      %v102 = arith.constant 8 : i64
      %v103 = arith.addi %v102, %v16 : i64
      %v104 = arith.muli %v103, %v2 : i64
      %v105 = arith.addi %v101, %v104 : i64
      %v106 = llvm.getelementptr %in_Bp[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v107 = llvm.load %v106 : !llvm.ptr -> f32
      %v108 = arith.mulf %v100, %v107 fastmath<contract> : f32
      %v113 = arith.muli %v23, %v52 : i64
      %v114 = arith.muli %v16, %v2 : i64
      %v115 = arith.addi %v113, %v114 : i64
      %v116 = llvm.getelementptr %in_Cp[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v117 = llvm.load %v116 : !llvm.ptr -> f32
      %v120 = arith.muli %v23, %v52 : i64
      %v121 = arith.constant 8 : i64
      %v122 = arith.addi %v121, %v16 : i64
      %v123 = arith.muli %v122, %v2 : i64
      %v124 = arith.addi %v120, %v123 : i64
      %v125 = llvm.getelementptr %in_Cp[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v126 = llvm.load %v125 : !llvm.ptr -> f32
      %v143 = arith.muli %v23, %v2 : i64
      %v144 = llvm.getelementptr %in_Dskip[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v145 = llvm.load %v144 : !llvm.ptr -> f32
      %v29 = arith.muli %v25, %v28 : i64
      %v30 = arith.muli %v23, %v27 : i64
      %v31 = arith.addi %v29, %v30 : i64
      %v32 = arith.muli %v16, %v2 : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = llvm.getelementptr %state_h[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v35 = llvm.load %v34 : !llvm.ptr -> f32
      llvm.store %v35, %v5 : f32, !llvm.ptr
      %v36 = arith.muli %v25, %v28 : i64
      %v37 = arith.muli %v23, %v27 : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.constant 8 : i64
      %v40 = arith.addi %v39, %v16 : i64
      %v41 = arith.muli %v40, %v2 : i64
      %v42 = arith.addi %v38, %v41 : i64
      %v43 = llvm.getelementptr %state_h[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v44 = llvm.load %v43 : !llvm.ptr -> f32
      llvm.store %v44, %v6 : f32, !llvm.ptr
      %v75 = arith.muli %v25, %v74 : i64
      %v76 = arith.muli %v23, %v73 : i64
      %v77 = arith.addi %v75, %v76 : i64
      %v78 = arith.muli %v45, %v2 : i64
      %v79 = arith.addi %v77, %v78 : i64
      %v80 = llvm.getelementptr %in_u[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v81 = llvm.load %v80 : !llvm.ptr -> f32
      %v82 = arith.mulf %v72, %v81 fastmath<contract> : f32
      %v83 = llvm.load %v5 : !llvm.ptr -> f32
      %v84 = arith.mulf %v63, %v83 fastmath<contract> : f32
      %v85 = arith.addf %v84, %v82 fastmath<contract> : f32
      %v109 = arith.mulf %v108, %v81 fastmath<contract> : f32
      %v110 = llvm.load %v6 : !llvm.ptr -> f32
      %v111 = arith.mulf %v98, %v110 fastmath<contract> : f32
      %v112 = arith.addf %v111, %v109 fastmath<contract> : f32
      llvm.store %v85, %v5 : f32, !llvm.ptr
      llvm.store %v112, %v6 : f32, !llvm.ptr
      %v118 = llvm.load %v5 : !llvm.ptr -> f32
      %v119 = arith.mulf %v117, %v118 fastmath<contract> : f32
      %v127 = llvm.load %v6 : !llvm.ptr -> f32
      %v128 = arith.mulf %v126, %v127 fastmath<contract> : f32
      %v129 = arith.addf %v119, %v128 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v132, %v133 = gpu.shuffle xor %v129, %v130, %v131 : f32
      %v134 = arith.addf %v129, %v132 fastmath<contract> : f32
      %v136, %v137 = gpu.shuffle xor %v134, %v135, %v131 : f32
      %v138 = arith.addf %v134, %v136 fastmath<contract> : f32
      %v140, %v141 = gpu.shuffle xor %v138, %v139, %v131 : f32
      %v142 = arith.addf %v138, %v140 fastmath<contract> : f32
      // end sum over the lanes
      %v146 = arith.mulf %v81, %v145 fastmath<contract> : f32
      %v147 = arith.addf %v142, %v146 fastmath<contract> : f32
      scf.if %v20 {
        %v148 = arith.muli %v25, %v74 : i64
        %v149 = arith.muli %v23, %v73 : i64
        %v150 = arith.addi %v148, %v149 : i64
        %v151 = arith.muli %v45, %v2 : i64
        %v152 = arith.addi %v150, %v151 : i64
        %v153 = llvm.getelementptr %out_y[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v147, %v153 : f32, !llvm.ptr
      }
      scf.if %v20 {
        %v154 = llvm.load %v5 : !llvm.ptr -> f32
        %v155 = arith.muli %v25, %v28 : i64
        %v156 = arith.muli %v23, %v27 : i64
        %v157 = arith.addi %v155, %v156 : i64
        %v158 = arith.muli %v16, %v2 : i64
        %v159 = arith.addi %v157, %v158 : i64
        %v160 = llvm.getelementptr %state_h[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v154, %v160 : f32, !llvm.ptr
        %v161 = llvm.load %v6 : !llvm.ptr -> f32
        %v162 = arith.muli %v25, %v28 : i64
        %v163 = arith.muli %v23, %v27 : i64
        %v164 = arith.addi %v162, %v163 : i64
        %v165 = arith.constant 8 : i64
        %v166 = arith.addi %v165, %v16 : i64
        %v167 = arith.muli %v166, %v2 : i64
        %v168 = arith.addi %v164, %v167 : i64
        %v169 = llvm.getelementptr %state_h[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v161, %v169 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
