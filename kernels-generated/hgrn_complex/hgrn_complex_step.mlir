module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_step(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %out_y_re: !llvm.ptr, %out_y_im: !llvm.ptr, %state_h_re: !llvm.ptr, %state_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
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
      %v39 = arith.constant 0x3F800000 : f32
      %v41 = arith.muli %v1, %v1 : i64
      %v42 = arith.muli %v41, %size_D : i64
      %v51 = arith.constant 0x3FB8AA3B : f32
      %v61 = arith.constant 0x3E22F983 : f32
      %v64 = arith.constant 0x40C90000 : f32
      %v65 = arith.constant 0x3AFDAA22 : f32
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
      %v36 = arith.muli %v20, %v1 : i64
      %v37 = llvm.getelementptr %in_gamma[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v38 = llvm.load %v37 : !llvm.ptr -> f32
      %v40 = arith.subf %v39, %v38 fastmath<contract> : f32
      %v58 = arith.muli %v20, %v1 : i64
      %v59 = llvm.getelementptr %in_theta[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v60 = llvm.load %v59 : !llvm.ptr -> f32
      %v62 = arith.mulf %v60, %v61 fastmath<contract> : f32
      %v63 = llvm.call_intrinsic "llvm.roundeven.f32"(%v62) : (f32) -> f32
      %v66 = arith.mulf %v63, %v64 fastmath<contract> : f32
      %v67 = arith.subf %v60, %v66 fastmath<contract> : f32
      %v68 = arith.mulf %v63, %v65 fastmath<contract> : f32
      %v69 = arith.subf %v67, %v68 fastmath<contract> : f32
      %v70 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v69) : (f32) -> f32
      %v90 = arith.mulf %v60, %v61 fastmath<contract> : f32
      %v91 = llvm.call_intrinsic "llvm.roundeven.f32"(%v90) : (f32) -> f32
      %v92 = arith.mulf %v91, %v64 fastmath<contract> : f32
      %v93 = arith.subf %v60, %v92 fastmath<contract> : f32
      %v94 = arith.mulf %v91, %v65 fastmath<contract> : f32
      %v95 = arith.subf %v93, %v94 fastmath<contract> : f32
      %v96 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v95) : (f32) -> f32
      %v25 = arith.muli %v22, %v24 : i64
      %v26 = arith.muli %v20, %v1 : i64
      %v27 = arith.addi %v25, %v26 : i64
      %v28 = llvm.getelementptr %state_h_re[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v29 = llvm.load %v28 : !llvm.ptr -> f32
      llvm.store %v29, %v4 : f32, !llvm.ptr
      %v30 = arith.muli %v22, %v24 : i64
      %v31 = arith.muli %v20, %v1 : i64
      %v32 = arith.addi %v30, %v31 : i64
      %v33 = llvm.getelementptr %state_h_im[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v34 = llvm.load %v33 : !llvm.ptr -> f32
      llvm.store %v34, %v5 : f32, !llvm.ptr
      %v43 = arith.muli %v22, %v42 : i64
      %v44 = arith.muli %v20, %v41 : i64
      %v45 = arith.addi %v43, %v44 : i64
      %v46 = arith.muli %v35, %v1 : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v48 = llvm.getelementptr %in_f[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = llvm.load %v48 : !llvm.ptr -> f32
      %v50 = arith.negf %v49 : f32
      %v52 = arith.mulf %v50, %v51 fastmath<contract> : f32
      %v53 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v52) : (f32) -> f32
      %v54 = arith.addf %v39, %v53 fastmath<contract> : f32
      %v55 = arith.divf %v39, %v54 : f32
      %v56 = arith.mulf %v40, %v55 fastmath<contract> : f32
      %v57 = arith.addf %v38, %v56 fastmath<contract> : f32
      %v71 = arith.mulf %v57, %v70 fastmath<contract> : f32
      %v72 = arith.subf %v39, %v57 fastmath<contract> : f32
      %v73 = arith.muli %v22, %v42 : i64
      %v74 = arith.muli %v20, %v41 : i64
      %v75 = arith.addi %v73, %v74 : i64
      %v76 = arith.muli %v35, %v1 : i64
      %v77 = arith.addi %v75, %v76 : i64
      %v78 = llvm.getelementptr %in_c_re[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      %v80 = arith.negf %v79 : f32
      %v81 = arith.mulf %v80, %v51 fastmath<contract> : f32
      %v82 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v81) : (f32) -> f32
      %v83 = arith.addf %v39, %v82 fastmath<contract> : f32
      %v84 = arith.divf %v39, %v83 : f32
      %v85 = arith.mulf %v79, %v84 fastmath<contract> : f32
      %v86 = arith.mulf %v72, %v85 fastmath<contract> : f32
      %v87 = llvm.load %v4 : !llvm.ptr -> f32
      %v88 = arith.mulf %v71, %v87 fastmath<contract> : f32
      %v89 = arith.addf %v88, %v86 fastmath<contract> : f32
      %v97 = arith.mulf %v57, %v96 fastmath<contract> : f32
      %v98 = arith.negf %v97 : f32
      %v99 = llvm.load %v5 : !llvm.ptr -> f32
      %v100 = arith.mulf %v98, %v99 fastmath<contract> : f32
      %v101 = arith.addf %v89, %v100 fastmath<contract> : f32
      %v102 = arith.muli %v22, %v42 : i64
      %v103 = arith.muli %v20, %v41 : i64
      %v104 = arith.addi %v102, %v103 : i64
      %v105 = arith.muli %v35, %v1 : i64
      %v106 = arith.addi %v104, %v105 : i64
      %v107 = llvm.getelementptr %in_c_im[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v108 = llvm.load %v107 : !llvm.ptr -> f32
      %v109 = arith.negf %v108 : f32
      %v110 = arith.mulf %v109, %v51 fastmath<contract> : f32
      %v111 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v110) : (f32) -> f32
      %v112 = arith.addf %v39, %v111 fastmath<contract> : f32
      %v113 = arith.divf %v39, %v112 : f32
      %v114 = arith.mulf %v108, %v113 fastmath<contract> : f32
      %v115 = arith.mulf %v72, %v114 fastmath<contract> : f32
      %v116 = llvm.load %v5 : !llvm.ptr -> f32
      %v117 = arith.mulf %v71, %v116 fastmath<contract> : f32
      %v118 = arith.addf %v117, %v115 fastmath<contract> : f32
      %v119 = llvm.load %v4 : !llvm.ptr -> f32
      %v120 = arith.mulf %v97, %v119 fastmath<contract> : f32
      %v121 = arith.addf %v118, %v120 fastmath<contract> : f32
      llvm.store %v101, %v4 : f32, !llvm.ptr
      llvm.store %v121, %v5 : f32, !llvm.ptr
      %v122 = arith.muli %v22, %v42 : i64
      %v123 = arith.muli %v20, %v41 : i64
      %v124 = arith.addi %v122, %v123 : i64
      %v125 = arith.muli %v35, %v1 : i64
      %v126 = arith.addi %v124, %v125 : i64
      %v127 = llvm.getelementptr %in_g_re[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v128 = llvm.load %v127 : !llvm.ptr -> f32
      %v129 = arith.negf %v128 : f32
      %v130 = arith.mulf %v129, %v51 fastmath<contract> : f32
      %v131 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v130) : (f32) -> f32
      %v132 = arith.addf %v39, %v131 fastmath<contract> : f32
      %v133 = arith.divf %v39, %v132 : f32
      %v134 = llvm.load %v4 : !llvm.ptr -> f32
      %v135 = arith.mulf %v133, %v134 fastmath<contract> : f32
      scf.if %v17 {
        %v136 = arith.muli %v22, %v42 : i64
        %v137 = arith.muli %v20, %v41 : i64
        %v138 = arith.addi %v136, %v137 : i64
        %v139 = arith.muli %v35, %v1 : i64
        %v140 = arith.addi %v138, %v139 : i64
        %v141 = llvm.getelementptr %out_y_re[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v135, %v141 : f32, !llvm.ptr
      }
      %v142 = llvm.load %v5 : !llvm.ptr -> f32
      %v143 = arith.muli %v22, %v42 : i64
      %v144 = arith.muli %v20, %v41 : i64
      %v145 = arith.addi %v143, %v144 : i64
      %v146 = arith.muli %v35, %v1 : i64
      %v147 = arith.addi %v145, %v146 : i64
      %v148 = llvm.getelementptr %in_g_im[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v149 = llvm.load %v148 : !llvm.ptr -> f32
      %v150 = arith.negf %v149 : f32
      %v151 = arith.mulf %v150, %v51 fastmath<contract> : f32
      %v152 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v151) : (f32) -> f32
      %v153 = arith.addf %v39, %v152 fastmath<contract> : f32
      %v154 = arith.divf %v39, %v153 : f32
      %v155 = arith.mulf %v142, %v154 fastmath<contract> : f32
      scf.if %v17 {
        %v156 = arith.muli %v22, %v42 : i64
        %v157 = arith.muli %v20, %v41 : i64
        %v158 = arith.addi %v156, %v157 : i64
        %v159 = arith.muli %v35, %v1 : i64
        %v160 = arith.addi %v158, %v159 : i64
        %v161 = llvm.getelementptr %out_y_im[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v155, %v161 : f32, !llvm.ptr
      }
      scf.if %v17 {
        %v162 = llvm.load %v4 : !llvm.ptr -> f32
        %v163 = arith.muli %v22, %v24 : i64
        %v164 = arith.muli %v20, %v1 : i64
        %v165 = arith.addi %v163, %v164 : i64
        %v166 = llvm.getelementptr %state_h_re[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v162, %v166 : f32, !llvm.ptr
        %v167 = llvm.load %v5 : !llvm.ptr -> f32
        %v168 = arith.muli %v22, %v24 : i64
        %v169 = arith.muli %v20, %v1 : i64
        %v170 = arith.addi %v168, %v169 : i64
        %v171 = llvm.getelementptr %state_h_im[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v167, %v171 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
