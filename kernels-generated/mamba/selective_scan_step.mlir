module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_step(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = arith.constant 63 : i64
      %v7 = arith.constant 64 : i64
      %v8 = arith.divui %v7, %v7 : i64
      %v13 = arith.constant 8 : i64
      %v25 = arith.muli %v1, %size_D : i64
      %v40 = arith.constant 0 : i64
      %v45 = arith.constant 0x3FB8AA3B : f32
      %v54 = arith.constant 0x00000000 : f32
      %v60 = arith.constant 0x3F800000 : f32
      %v63 = arith.constant 0x3F317218 : f32
      %v65 = arith.constant 0x3E124925 : f32
      %v67 = arith.constant 0xBE2AAAAB : f32
      %v70 = arith.constant 0x3E4CCCCD : f32
      %v73 = arith.constant 0xBE800000 : f32
      %v76 = arith.constant 0x3EAAAAAB : f32
      %v79 = arith.constant 0xBF000000 : f32
      %v85 = arith.constant 0x3D800000 : f32
      %v138 = arith.constant 1 : i32
      %v139 = arith.constant 32 : i32
      %v143 = arith.constant 2 : i32
      %v147 = arith.constant 4 : i32
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v14 = arith.remui %v11, %v13 : i64
      %v15 = arith.divui %v11, %v13 : i64
      %v16 = arith.muli %v12, %v13 : i64
      %v17 = arith.addi %v16, %v15 : i64
      %v18 = arith.cmpi slt, %v17, %v3 : i64
      %v19 = arith.subi %v3, %v2 : i64
      %v20 = arith.minsi %v17, %v19 : i64
      %v21 = arith.remui %v20, %size_D : i64
      %v22 = arith.divui %v20, %size_D : i64
      %v23 = arith.remui %v22, %size_B : i64
      %v24 = arith.divui %v22, %size_B : i64
      %v41 = arith.muli %v21, %v1 : i64
      %v42 = arith.addi %v41, %v14 : i64
      %v43 = llvm.getelementptr %in_A[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v44 = llvm.load %v43 : !llvm.ptr -> f32
      %v46 = arith.mulf %v44, %v45 fastmath<contract> : f32
      %v51 = llvm.getelementptr %in_dt_bias[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v52 = llvm.load %v51 : !llvm.ptr -> f32
      %v104 = arith.muli %v21, %v1 : i64
      %v105 = arith.constant 8 : i64
      %v106 = arith.addi %v105, %v14 : i64
      %v107 = arith.addi %v104, %v106 : i64
      %v108 = llvm.getelementptr %in_A[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v109 = llvm.load %v108 : !llvm.ptr -> f32
      %v110 = arith.mulf %v109, %v45 fastmath<contract> : f32
      %v151 = llvm.getelementptr %in_Dskip[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v152 = llvm.load %v151 : !llvm.ptr -> f32
      %v26 = arith.muli %v23, %v25 : i64
      %v27 = arith.muli %v21, %v1 : i64
      %v28 = arith.addi %v26, %v27 : i64
      %v29 = arith.addi %v28, %v14 : i64
      %v30 = llvm.getelementptr %state_h[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v31 = llvm.load %v30 : !llvm.ptr -> f32
      llvm.store %v31, %v4 : f32, !llvm.ptr
      %v32 = arith.muli %v23, %v25 : i64
      %v33 = arith.muli %v21, %v1 : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = arith.constant 8 : i64
      %v36 = arith.addi %v35, %v14 : i64
      %v37 = arith.addi %v34, %v36 : i64
      %v38 = llvm.getelementptr %state_h[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v39 = llvm.load %v38 : !llvm.ptr -> f32
      llvm.store %v39, %v5 : f32, !llvm.ptr
      %v47 = arith.muli %v23, %size_D : i64
      %v48 = arith.addi %v47, %v21 : i64
      %v49 = llvm.getelementptr %in_delta[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v50 = llvm.load %v49 : !llvm.ptr -> f32
      %v53 = arith.addf %v50, %v52 fastmath<contract> : f32
      %v55 = arith.maximumf %v53, %v54 : f32
      %v56 = llvm.call_intrinsic "llvm.fabs.f32"(%v53) : (f32) -> f32
      %v57 = arith.negf %v56 : f32
      %v58 = arith.mulf %v57, %v45 fastmath<contract> : f32
      %v59 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v58) : (f32) -> f32
      %v61 = arith.addf %v60, %v59 fastmath<contract> : f32
      %v62 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v61) : (f32) -> f32
      %v64 = arith.mulf %v62, %v63 fastmath<contract> : f32
      %v66 = arith.mulf %v65, %v59 fastmath<contract> : f32
      %v68 = arith.addf %v66, %v67 fastmath<contract> : f32
      %v69 = arith.mulf %v68, %v59 fastmath<contract> : f32
      %v71 = arith.addf %v69, %v70 fastmath<contract> : f32
      %v72 = arith.mulf %v71, %v59 fastmath<contract> : f32
      %v74 = arith.addf %v72, %v73 fastmath<contract> : f32
      %v75 = arith.mulf %v74, %v59 fastmath<contract> : f32
      %v77 = arith.addf %v75, %v76 fastmath<contract> : f32
      %v78 = arith.mulf %v77, %v59 fastmath<contract> : f32
      %v80 = arith.addf %v78, %v79 fastmath<contract> : f32
      %v81 = arith.mulf %v80, %v59 fastmath<contract> : f32
      %v82 = arith.addf %v81, %v60 fastmath<contract> : f32
      %v83 = arith.mulf %v82, %v59 fastmath<contract> : f32
      %v84 = llvm.call_intrinsic "llvm.fabs.f32"(%v59) : (f32) -> f32
      %v86 = arith.cmpf olt, %v84, %v85 : f32
      %v87 = arith.select %v86, %v83, %v64 : f32
      %v88 = arith.addf %v55, %v87 fastmath<contract> : f32
      %v89 = arith.mulf %v88, %v46 fastmath<contract> : f32
      %v90 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v89) : (f32) -> f32
      %v91 = arith.muli %v23, %v1 : i64
      %v92 = arith.addi %v91, %v14 : i64
      %v93 = llvm.getelementptr %in_Bm[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v94 = llvm.load %v93 : !llvm.ptr -> f32
      %v95 = arith.muli %v23, %size_D : i64
      %v96 = arith.addi %v95, %v21 : i64
      %v97 = llvm.getelementptr %in_u[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v98 = llvm.load %v97 : !llvm.ptr -> f32
      %v99 = arith.mulf %v88, %v98 fastmath<contract> : f32
      %v100 = arith.mulf %v94, %v99 fastmath<contract> : f32
      %v101 = llvm.load %v4 : !llvm.ptr -> f32
      %v102 = arith.mulf %v90, %v101 fastmath<contract> : f32
      %v103 = arith.addf %v102, %v100 fastmath<contract> : f32
      %v111 = arith.mulf %v88, %v110 fastmath<contract> : f32
      %v112 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v111) : (f32) -> f32
      %v113 = arith.muli %v23, %v1 : i64
      %v114 = arith.constant 8 : i64
      %v115 = arith.addi %v114, %v14 : i64
      %v116 = arith.addi %v113, %v115 : i64
      %v117 = llvm.getelementptr %in_Bm[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v118 = llvm.load %v117 : !llvm.ptr -> f32
      %v119 = arith.mulf %v118, %v99 fastmath<contract> : f32
      %v120 = llvm.load %v5 : !llvm.ptr -> f32
      %v121 = arith.mulf %v112, %v120 fastmath<contract> : f32
      %v122 = arith.addf %v121, %v119 fastmath<contract> : f32
      llvm.store %v103, %v4 : f32, !llvm.ptr
      llvm.store %v122, %v5 : f32, !llvm.ptr
      %v123 = arith.muli %v23, %v1 : i64
      %v124 = arith.addi %v123, %v14 : i64
      %v125 = llvm.getelementptr %in_Cm[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v126 = llvm.load %v125 : !llvm.ptr -> f32
      %v127 = llvm.load %v4 : !llvm.ptr -> f32
      %v128 = arith.mulf %v126, %v127 fastmath<contract> : f32
      %v129 = arith.muli %v23, %v1 : i64
      %v130 = arith.constant 8 : i64
      %v131 = arith.addi %v130, %v14 : i64
      %v132 = arith.addi %v129, %v131 : i64
      %v133 = llvm.getelementptr %in_Cm[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v134 = llvm.load %v133 : !llvm.ptr -> f32
      %v135 = llvm.load %v5 : !llvm.ptr -> f32
      %v136 = arith.mulf %v134, %v135 fastmath<contract> : f32
      %v137 = arith.addf %v128, %v136 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v140, %v141 = gpu.shuffle xor %v137, %v138, %v139 : f32
      %v142 = arith.addf %v137, %v140 fastmath<contract> : f32
      %v144, %v145 = gpu.shuffle xor %v142, %v143, %v139 : f32
      %v146 = arith.addf %v142, %v144 fastmath<contract> : f32
      %v148, %v149 = gpu.shuffle xor %v146, %v147, %v139 : f32
      %v150 = arith.addf %v146, %v148 fastmath<contract> : f32
      // end sum over the lanes
      %v153 = arith.mulf %v98, %v152 fastmath<contract> : f32
      %v154 = arith.addf %v150, %v153 fastmath<contract> : f32
      %v155 = arith.muli %v23, %size_D : i64
      %v156 = arith.addi %v155, %v21 : i64
      %v157 = llvm.getelementptr %in_z[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v158 = llvm.load %v157 : !llvm.ptr -> f32
      %v159 = arith.negf %v158 : f32
      %v160 = arith.mulf %v159, %v45 fastmath<contract> : f32
      %v161 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v160) : (f32) -> f32
      %v162 = arith.addf %v60, %v161 fastmath<contract> : f32
      %v163 = arith.divf %v60, %v162 : f32
      %v164 = arith.mulf %v158, %v163 fastmath<contract> : f32
      %v165 = arith.mulf %v154, %v164 fastmath<contract> : f32
      scf.if %v18 {
        %v166 = arith.muli %v23, %size_D : i64
        %v167 = arith.addi %v166, %v21 : i64
        %v168 = llvm.getelementptr %out_y[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v165, %v168 : f32, !llvm.ptr
      }
      scf.if %v18 {
        %v169 = llvm.load %v4 : !llvm.ptr -> f32
        %v170 = arith.muli %v23, %v25 : i64
        %v171 = arith.muli %v21, %v1 : i64
        %v172 = arith.addi %v170, %v171 : i64
        %v173 = arith.addi %v172, %v14 : i64
        %v174 = llvm.getelementptr %state_h[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v169, %v174 : f32, !llvm.ptr
        %v175 = llvm.load %v5 : !llvm.ptr -> f32
        %v176 = arith.muli %v23, %v25 : i64
        %v177 = arith.muli %v21, %v1 : i64
        %v178 = arith.addi %v176, %v177 : i64
        %v179 = arith.constant 8 : i64
        %v180 = arith.addi %v179, %v14 : i64
        %v181 = arith.addi %v178, %v180 : i64
        %v182 = llvm.getelementptr %state_h[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v175, %v182 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
