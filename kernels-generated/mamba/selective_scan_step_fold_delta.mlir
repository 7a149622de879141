module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_step_fold_delta(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64, %fold_rows: !llvm.ptr, %fold_weight: !llvm.ptr, %fold_rank: i64) kernel {
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
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = arith.constant 0x00000000 : f32
      %v63 = arith.constant 1 : i32
      %v64 = arith.constant 32 : i32
      %v68 = arith.constant 2 : i32
      %v72 = arith.constant 4 : i32
      %v80 = arith.constant 0x3FB8AA3B : f32
      %v90 = arith.constant 0x3F800000 : f32
      %v93 = arith.constant 0x3F317218 : f32
      %v95 = arith.constant 0x3E124925 : f32
      %v97 = arith.constant 0xBE2AAAAB : f32
      %v100 = arith.constant 0x3E4CCCCD : f32
      %v103 = arith.constant 0xBE800000 : f32
      %v106 = arith.constant 0x3EAAAAAB : f32
      %v109 = arith.constant 0xBF000000 : f32
      %v115 = arith.constant 0x3D800000 : f32
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
      %v76 = arith.muli %v21, %v1 : i64
      %v77 = arith.addi %v76, %v14 : i64
      %v78 = llvm.getelementptr %in_A[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v79 = llvm.load %v78 : !llvm.ptr -> f32
      %v81 = arith.mulf %v79, %v80 fastmath<contract> : f32
      %v82 = llvm.getelementptr %in_dt_bias[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v83 = llvm.load %v82 : !llvm.ptr -> f32
      %v134 = arith.muli %v21, %v1 : i64
      %v135 = arith.constant 8 : i64
      %v136 = arith.addi %v135, %v14 : i64
      %v137 = arith.addi %v134, %v136 : i64
      %v138 = llvm.getelementptr %in_A[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v139 = llvm.load %v138 : !llvm.ptr -> f32
      %v140 = arith.mulf %v139, %v80 fastmath<contract> : f32
      %v177 = llvm.getelementptr %in_Dskip[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v178 = llvm.load %v177 : !llvm.ptr -> f32
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
      // `delta` folded in: Σ_r weight[o, r] · rows[row, r], r split across the lanes
      %v41 = arith.muli %v23, %size_D : i64
      %v42 = arith.addi %v41, %v21 : i64
      %v43 = arith.divui %v42, %size_D : i64
      %v44 = arith.muli %v43, %fold_rank : i64
      %v45 = arith.muli %v21, %fold_rank : i64
      llvm.store %v47, %v46 : f32, !llvm.ptr
      %v48 = arith.index_cast %v14 : i64 to index
      %v49 = arith.index_cast %fold_rank : i64 to index
      %v50 = arith.index_cast %v13 : i64 to index
      scf.for %v51 = %v48 to %v49 step %v50 {
        %v52 = arith.index_cast %v51 : index to i64
        %v53 = arith.addi %v44, %v52 : i64
        %v54 = arith.addi %v45, %v52 : i64
        %v55 = llvm.getelementptr %fold_rows[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v56 = llvm.load %v55 : !llvm.ptr -> f32
        %v57 = llvm.getelementptr %fold_weight[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v58 = llvm.load %v57 : !llvm.ptr -> f32
        %v59 = llvm.load %v46 : !llvm.ptr -> f32
        %v60 = arith.mulf %v58, %v56 fastmath<contract> : f32
        %v61 = arith.addf %v59, %v60 fastmath<contract> : f32
        llvm.store %v61, %v46 : f32, !llvm.ptr
      }
      %v62 = llvm.load %v46 : !llvm.ptr -> f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v65, %v66 = gpu.shuffle xor %v62, %v63, %v64 : f32
      %v67 = arith.addf %v62, %v65 fastmath<contract> : f32
      %v69, %v70 = gpu.shuffle xor %v67, %v68, %v64 : f32
      %v71 = arith.addf %v67, %v69 fastmath<contract> : f32
      %v73, %v74 = gpu.shuffle xor %v71, %v72, %v64 : f32
      %v75 = arith.addf %v71, %v73 fastmath<contract> : f32
      // end sum over the lanes
      // end fold
      %v84 = arith.addf %v75, %v83 fastmath<contract> : f32
      %v85 = arith.maximumf %v84, %v47 : f32
      %v86 = llvm.call_intrinsic "llvm.fabs.f32"(%v84) : (f32) -> f32
      %v87 = arith.negf %v86 : f32
      %v88 = arith.mulf %v87, %v80 fastmath<contract> : f32
      %v89 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v88) : (f32) -> f32
      %v91 = arith.addf %v90, %v89 fastmath<contract> : f32
      %v92 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v91) : (f32) -> f32
      %v94 = arith.mulf %v92, %v93 fastmath<contract> : f32
      %v96 = arith.mulf %v95, %v89 fastmath<contract> : f32
      %v98 = arith.addf %v96, %v97 fastmath<contract> : f32
      %v99 = arith.mulf %v98, %v89 fastmath<contract> : f32
      %v101 = arith.addf %v99, %v100 fastmath<contract> : f32
      %v102 = arith.mulf %v101, %v89 fastmath<contract> : f32
      %v104 = arith.addf %v102, %v103 fastmath<contract> : f32
      %v105 = arith.mulf %v104, %v89 fastmath<contract> : f32
      %v107 = arith.addf %v105, %v106 fastmath<contract> : f32
      %v108 = arith.mulf %v107, %v89 fastmath<contract> : f32
      %v110 = arith.addf %v108, %v109 fastmath<contract> : f32
      %v111 = arith.mulf %v110, %v89 fastmath<contract> : f32
      %v112 = arith.addf %v111, %v90 fastmath<contract> : f32
      %v113 = arith.mulf %v112, %v89 fastmath<contract> : f32
      %v114 = llvm.call_intrinsic "llvm.fabs.f32"(%v89) : (f32) -> f32
      %v116 = arith.cmpf olt, %v114, %v115 : f32
      %v117 = arith.select %v116, %v113, %v94 : f32
      %v118 = arith.addf %v85, %v117 fastmath<contract> : f32
      %v119 = arith.mulf %v118, %v81 fastmath<contract> : f32
      %v120 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v119) : (f32) -> f32
      %v121 = arith.muli %v23, %v1 : i64
      %v122 = arith.addi %v121, %v14 : i64
      %v123 = llvm.getelementptr %in_Bm[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v124 = llvm.load %v123 : !llvm.ptr -> f32
      %v125 = arith.muli %v23, %size_D : i64
      %v126 = arith.addi %v125, %v21 : i64
      %v127 = llvm.getelementptr %in_u[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v128 = llvm.load %v127 : !llvm.ptr -> f32
      %v129 = arith.mulf %v118, %v128 fastmath<contract> : f32
      %v130 = arith.mulf %v124, %v129 fastmath<contract> : f32
      %v131 = llvm.load %v4 : !llvm.ptr -> f32
      %v132 = arith.mulf %v120, %v131 fastmath<contract> : f32
      %v133 = arith.addf %v132, %v130 fastmath<contract> : f32
      %v141 = arith.mulf %v118, %v140 fastmath<contract> : f32
      %v142 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v141) : (f32) -> f32
      %v143 = arith.muli %v23, %v1 : i64
      %v144 = arith.constant 8 : i64
      %v145 = arith.addi %v144, %v14 : i64
      %v146 = arith.addi %v143, %v145 : i64
      %v147 = llvm.getelementptr %in_Bm[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v148 = llvm.load %v147 : !llvm.ptr -> f32
      %v149 = arith.mulf %v148, %v129 fastmath<contract> : f32
      %v150 = llvm.load %v5 : !llvm.ptr -> f32
      %v151 = arith.mulf %v142, %v150 fastmath<contract> : f32
      %v152 = arith.addf %v151, %v149 fastmath<contract> : f32
      llvm.store %v133, %v4 : f32, !llvm.ptr
      llvm.store %v152, %v5 : f32, !llvm.ptr
      %v153 = arith.muli %v23, %v1 : i64
      %v154 = arith.addi %v153, %v14 : i64
      %v155 = llvm.getelementptr %in_Cm[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      %v157 = llvm.load %v4 : !llvm.ptr -> f32
      %v158 = arith.mulf %v156, %v157 fastmath<contract> : f32
      %v159 = arith.muli %v23, %v1 : i64
      %v160 = arith.constant 8 : i64
      %v161 = arith.addi %v160, %v14 : i64
      %v162 = arith.addi %v159, %v161 : i64
      %v163 = llvm.getelementptr %in_Cm[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v164 = llvm.load %v163 : !llvm.ptr -> f32
      %v165 = llvm.load %v5 : !llvm.ptr -> f32
      %v166 = arith.mulf %v164, %v165 fastmath<contract> : f32
      %v167 = arith.addf %v158, %v166 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v168, %v169 = gpu.shuffle xor %v167, %v63, %v64 : f32
      %v170 = arith.addf %v167, %v168 fastmath<contract> : f32
      %v171, %v172 = gpu.shuffle xor %v170, %v68, %v64 : f32
      %v173 = arith.addf %v170, %v171 fastmath<contract> : f32
      %v174, %v175 = gpu.shuffle xor %v173, %v72, %v64 : f32
      %v176 = arith.addf %v173, %v174 fastmath<contract> : f32
      // end sum over the lanes
      %v179 = arith.mulf %v128, %v178 fastmath<contract> : f32
      %v180 = arith.addf %v176, %v179 fastmath<contract> : f32
      %v181 = arith.muli %v23, %size_D : i64
      %v182 = arith.addi %v181, %v21 : i64
      %v183 = llvm.getelementptr %in_z[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
      %v185 = arith.negf %v184 : f32
      %v186 = arith.mulf %v185, %v80 fastmath<contract> : f32
      %v187 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v186) : (f32) -> f32
      %v188 = arith.addf %v90, %v187 fastmath<contract> : f32
      %v189 = arith.divf %v90, %v188 : f32
      %v190 = arith.mulf %v184, %v189 fastmath<contract> : f32
      %v191 = arith.mulf %v180, %v190 fastmath<contract> : f32
      scf.if %v18 {
        %v192 = arith.muli %v23, %size_D : i64
        %v193 = arith.addi %v192, %v21 : i64
        %v194 = llvm.getelementptr %out_y[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v191, %v194 : f32, !llvm.ptr
      }
      scf.if %v18 {
        %v195 = llvm.load %v4 : !llvm.ptr -> f32
        %v196 = arith.muli %v23, %v25 : i64
        %v197 = arith.muli %v21, %v1 : i64
        %v198 = arith.addi %v196, %v197 : i64
        %v199 = arith.addi %v198, %v14 : i64
        %v200 = llvm.getelementptr %state_h[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v195, %v200 : f32, !llvm.ptr
        %v201 = llvm.load %v5 : !llvm.ptr -> f32
        %v202 = arith.muli %v23, %v25 : i64
        %v203 = arith.muli %v21, %v1 : i64
        %v204 = arith.addi %v202, %v203 : i64
        %v205 = arith.constant 8 : i64
        %v206 = arith.addi %v205, %v14 : i64
        %v207 = arith.addi %v204, %v206 : i64
        %v208 = llvm.getelementptr %state_h[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v201, %v208 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
