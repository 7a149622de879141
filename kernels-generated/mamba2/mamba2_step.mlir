module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_step(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %out_y: !llvm.ptr, %state_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_P : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = arith.constant 63 : i64
      %v8 = arith.constant 64 : i64
      %v9 = arith.divui %v8, %v8 : i64
      %v14 = arith.constant 8 : i64
      %v28 = arith.muli %v1, %size_P : i64
      %v29 = arith.muli %v28, %size_H : i64
      %v48 = arith.constant 0 : i64
      %v51 = arith.constant 0x3FB8AA3B : f32
      %v62 = arith.constant 0x00000000 : f32
      %v68 = arith.constant 0x3F800000 : f32
      %v71 = arith.constant 0x3F317218 : f32
      %v73 = arith.constant 0x3E124925 : f32
      %v75 = arith.constant 0xBE2AAAAB : f32
      %v78 = arith.constant 0x3E4CCCCD : f32
      %v81 = arith.constant 0xBE800000 : f32
      %v84 = arith.constant 0x3EAAAAAB : f32
      %v87 = arith.constant 0xBF000000 : f32
      %v93 = arith.constant 0x3D800000 : f32
      %v100 = arith.muli %size_P, %size_H : i64
      %v141 = arith.constant 1 : i32
      %v142 = arith.constant 32 : i32
      %v146 = arith.constant 2 : i32
      %v150 = arith.constant 4 : i32
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
      %v22 = arith.remui %v21, %size_P : i64
      %v23 = arith.divui %v21, %size_P : i64
      %v24 = arith.remui %v23, %size_H : i64
      %v25 = arith.divui %v23, %size_H : i64
      %v26 = arith.remui %v25, %size_B : i64
      %v27 = arith.divui %v25, %size_B : i64
      %v49 = llvm.getelementptr %in_A_log[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v50 = llvm.load %v49 : !llvm.ptr -> f32
      %v52 = arith.mulf %v50, %v51 fastmath<contract> : f32
      %v53 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v52) : (f32) -> f32
      %v54 = arith.mulf %v53, %v51 fastmath<contract> : f32
      %v59 = llvm.getelementptr %in_dt_bias[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v60 = llvm.load %v59 : !llvm.ptr -> f32
      %v154 = llvm.getelementptr %in_Dskip[%v24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v155 = llvm.load %v154 : !llvm.ptr -> f32
      %v30 = arith.muli %v26, %v29 : i64
      %v31 = arith.muli %v24, %v28 : i64
      %v32 = arith.addi %v30, %v31 : i64
      %v33 = arith.muli %v22, %v1 : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = arith.addi %v34, %v15 : i64
      %v36 = llvm.getelementptr %state_S[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v37 = llvm.load %v36 : !llvm.ptr -> f32
      llvm.store %v37, %v5 : f32, !llvm.ptr
      %v38 = arith.muli %v26, %v29 : i64
      %v39 = arith.muli %v24, %v28 : i64
      %v40 = arith.addi %v38, %v39 : i64
      %v41 = arith.muli %v22, %v1 : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = arith.constant 8 : i64
      %v44 = arith.addi %v43, %v15 : i64
      %v45 = arith.addi %v42, %v44 : i64
      %v46 = llvm.getelementptr %state_S[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v47 = llvm.load %v46 : !llvm.ptr -> f32
      llvm.store %v47, %v6 : f32, !llvm.ptr
      %v55 = arith.muli %v26, %size_H : i64
      %v56 = arith.addi %v55, %v24 : i64
      %v57 = llvm.getelementptr %in_dt[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v58 = llvm.load %v57 : !llvm.ptr -> f32
      %v61 = arith.addf %v58, %v60 fastmath<contract> : f32
      %v63 = arith.maximumf %v61, %v62 : f32
      %v64 = llvm.call_intrinsic "llvm.fabs.f32"(%v61) : (f32) -> f32
      %v65 = arith.negf %v64 : f32
      %v66 = arith.mulf %v65, %v51 fastmath<contract> : f32
      %v67 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v66) : (f32) -> f32
      %v69 = arith.addf %v68, %v67 fastmath<contract> : f32
      %v70 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v69) : (f32) -> f32
      %v72 = arith.mulf %v70, %v71 fastmath<contract> : f32
      %v74 = arith.mulf %v73, %v67 fastmath<contract> : f32
      %v76 = arith.addf %v74, %v75 fastmath<contract> : f32
      %v77 = arith.mulf %v76, %v67 fastmath<contract> : f32
      %v79 = arith.addf %v77, %v78 fastmath<contract> : f32
      %v80 = arith.mulf %v79, %v67 fastmath<contract> : f32
      %v82 = arith.addf %v80, %v81 fastmath<contract> : f32
      %v83 = arith.mulf %v82, %v67 fastmath<contract> : f32
      %v85 = arith.addf %v83, %v84 fastmath<contract> : f32
      %v86 = arith.mulf %v85, %v67 fastmath<contract> : f32
      %v88 = arith.addf %v86, %v87 fastmath<contract> : f32
      %v89 = arith.mulf %v88, %v67 fastmath<contract> : f32
      %v90 = arith.addf %v89, %v68 fastmath<contract> : f32
      %v91 = arith.mulf %v90, %v67 fastmath<contract> : f32
      %v92 = llvm.call_intrinsic "llvm.fabs.f32"(%v67) : (f32) -> f32
      %v94 = arith.cmpf olt, %v92, %v93 : f32
      %v95 = arith.select %v94, %v91, %v72 : f32
      %v96 = arith.addf %v63, %v95 fastmath<contract> : f32
      %v97 = arith.negf %v96 : f32
      %v98 = arith.mulf %v97, %v54 fastmath<contract> : f32
      %v99 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v98) : (f32) -> f32
      %v101 = arith.muli %v26, %v100 : i64
      %v102 = arith.muli %v24, %size_P : i64
      %v103 = arith.addi %v101, %v102 : i64
      %v104 = arith.addi %v103, %v22 : i64
      %v105 = llvm.getelementptr %in_x[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v106 = llvm.load %v105 : !llvm.ptr -> f32
      %v107 = arith.mulf %v96, %v106 fastmath<contract> : f32
      %v108 = arith.muli %v26, %v1 : i64
      %v109 = arith.addi %v108, %v15 : i64
      %v110 = llvm.getelementptr %in_Bm[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v111 = llvm.load %v110 : !llvm.ptr -> f32
      %v112 = arith.mulf %v107, %v111 fastmath<contract> : f32
      %v113 = llvm.load %v5 : !llvm.ptr -> f32
      %v114 = arith.mulf %v99, %v113 fastmath<contract> : f32
      %v115 = arith.addf %v114, %v112 fastmath<contract> : f32
      %v116 = arith.muli %v26, %v1 : i64
      %v117 = arith.constant 8 : i64
      %v118 = arith.addi %v117, %v15 : i64
      %v119 = arith.addi %v116, %v118 : i64
      %v120 = llvm.getelementptr %in_Bm[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v121 = llvm.load %v120 : !llvm.ptr -> f32
      %v122 = arith.mulf %v107, %v121 fastmath<contract> : f32
      %v123 = llvm.load %v6 : !llvm.ptr -> f32
      %v124 = arith.mulf %v99, %v123 fastmath<contract> : f32
      %v125 = arith.addf %v124, %v122 fastmath<contract> : f32
      llvm.store %v115, %v5 : f32, !llvm.ptr
      llvm.store %v125, %v6 : f32, !llvm.ptr
      %v126 = arith.muli %v26, %v1 : i64
      %v127 = arith.addi %v126, %v15 : i64
      %v128 = llvm.getelementptr %in_Cm[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v129 = llvm.load %v128 : !llvm.ptr -> f32
      %v130 = llvm.load %v5 : !llvm.ptr -> f32
      %v131 = arith.mulf %v129, %v130 fastmath<contract> : f32
      %v132 = arith.muli %v26, %v1 : i64
      %v133 = arith.constant 8 : i64
      %v134 = arith.addi %v133, %v15 : i64
      %v135 = arith.addi %v132, %v134 : i64
      %v136 = llvm.getelementptr %in_Cm[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v137 = llvm.load %v136 : !llvm.ptr -> f32
      %v138 = llvm.load %v6 : !llvm.ptr -> f32
      %v139 = arith.mulf %v137, %v138 fastmath<contract> : f32
      %v140 = arith.addf %v131, %v139 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v143, %v144 = gpu.shuffle xor %v140, %v141, %v142 : f32
      %v145 = arith.addf %v140, %v143 fastmath<contract> : f32
      %v147, %v148 = gpu.shuffle xor %v145, %v146, %v142 : f32
      %v149 = arith.addf %v145, %v147 fastmath<contract> : f32
      %v151, %v152 = gpu.shuffle xor %v149, %v150, %v142 : f32
      %v153 = arith.addf %v149, %v151 fastmath<contract> : f32
      // end sum over the lanes
      %v156 = arith.mulf %v106, %v155 fastmath<contract> : f32
      %v157 = arith.addf %v153, %v156 fastmath<contract> : f32
      scf.if %v19 {
        %v158 = arith.muli %v26, %v100 : i64
        %v159 = arith.muli %v24, %size_P : i64
        %v160 = arith.addi %v158, %v159 : i64
        %v161 = arith.addi %v160, %v22 : i64
        %v162 = llvm.getelementptr %out_y[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v157, %v162 : f32, !llvm.ptr
      }
      scf.if %v19 {
        %v163 = llvm.load %v5 : !llvm.ptr -> f32
        %v164 = arith.muli %v26, %v29 : i64
        %v165 = arith.muli %v24, %v28 : i64
        %v166 = arith.addi %v164, %v165 : i64
        %v167 = arith.muli %v22, %v1 : i64
        %v168 = arith.addi %v166, %v167 : i64
        %v169 = arith.addi %v168, %v15 : i64
        %v170 = llvm.getelementptr %state_S[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v163, %v170 : f32, !llvm.ptr
        %v171 = llvm.load %v6 : !llvm.ptr -> f32
        %v172 = arith.muli %v26, %v29 : i64
        %v173 = arith.muli %v24, %v28 : i64
        %v174 = arith.addi %v172, %v173 : i64
        %v175 = arith.muli %v22, %v1 : i64
        %v176 = arith.addi %v174, %v175 : i64
        %v177 = arith.constant 8 : i64
        %v178 = arith.addi %v177, %v15 : i64
        %v179 = arith.addi %v176, %v178 : i64
        %v180 = llvm.getelementptr %state_S[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v171, %v180 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
