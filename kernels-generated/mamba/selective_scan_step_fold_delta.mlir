module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_step_fold_delta(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %state_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64, %fold_rows: !llvm.ptr, %fold_weight: !llvm.ptr, %fold_bias: !llvm.ptr, %fold_rank: i64) kernel {
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
      %v86 = arith.constant 0x3FB8AA3B : f32
      %v96 = arith.constant 0x3F800000 : f32
      %v99 = arith.constant 0x3F317218 : f32
      %v101 = arith.constant 0x3E124925 : f32
      %v103 = arith.constant 0xBE2AAAAB : f32
      %v106 = arith.constant 0x3E4CCCCD : f32
      %v109 = arith.constant 0xBE800000 : f32
      %v112 = arith.constant 0x3EAAAAAB : f32
      %v115 = arith.constant 0xBF000000 : f32
      %v121 = arith.constant 0x3D800000 : f32
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
      %v82 = arith.muli %v21, %v1 : i64
      %v83 = arith.addi %v82, %v14 : i64
      %v84 = llvm.getelementptr %in_A[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v85 = llvm.load %v84 : !llvm.ptr -> f32
      %v87 = arith.mulf %v85, %v86 fastmath<contract> : f32
      %v88 = llvm.getelementptr %in_dt_bias[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v89 = llvm.load %v88 : !llvm.ptr -> f32
      %v140 = arith.muli %v21, %v1 : i64
      %v141 = arith.constant 8 : i64
      %v142 = arith.addi %v141, %v14 : i64
      %v143 = arith.addi %v140, %v142 : i64
      %v144 = llvm.getelementptr %in_A[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v145 = llvm.load %v144 : !llvm.ptr -> f32
      %v146 = arith.mulf %v145, %v86 fastmath<contract> : f32
      %v183 = llvm.getelementptr %in_Dskip[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
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
      // `delta` folded in: Σ_r weight[o, r] · rows[row, r] (+ bias[o]), r split across the lanes
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
      %v76 = llvm.mlir.zero : !llvm.ptr
      %v77 = llvm.icmp "ne" %fold_bias, %v76 : !llvm.ptr
      llvm.store %v47, %v46 : f32, !llvm.ptr
      scf.if %v77 {
        %v78 = llvm.getelementptr %fold_bias[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v79 = llvm.load %v78 : !llvm.ptr -> f32
        llvm.store %v79, %v46 : f32, !llvm.ptr
      }
      %v80 = llvm.load %v46 : !llvm.ptr -> f32
      %v81 = arith.addf %v75, %v80 fastmath<contract> : f32
      // end fold
      %v90 = arith.addf %v81, %v89 fastmath<contract> : f32
      %v91 = arith.maximumf %v90, %v47 : f32
      %v92 = llvm.call_intrinsic "llvm.fabs.f32"(%v90) : (f32) -> f32
      %v93 = arith.negf %v92 : f32
      %v94 = arith.mulf %v93, %v86 fastmath<contract> : f32
      %v95 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v94) : (f32) -> f32
      %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
      %v98 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v97) : (f32) -> f32
      %v100 = arith.mulf %v98, %v99 fastmath<contract> : f32
      %v102 = arith.mulf %v101, %v95 fastmath<contract> : f32
      %v104 = arith.addf %v102, %v103 fastmath<contract> : f32
      %v105 = arith.mulf %v104, %v95 fastmath<contract> : f32
      %v107 = arith.addf %v105, %v106 fastmath<contract> : f32
      %v108 = arith.mulf %v107, %v95 fastmath<contract> : f32
      %v110 = arith.addf %v108, %v109 fastmath<contract> : f32
      %v111 = arith.mulf %v110, %v95 fastmath<contract> : f32
      %v113 = arith.addf %v111, %v112 fastmath<contract> : f32
      %v114 = arith.mulf %v113, %v95 fastmath<contract> : f32
      %v116 = arith.addf %v114, %v115 fastmath<contract> : f32
      %v117 = arith.mulf %v116, %v95 fastmath<contract> : f32
      %v118 = arith.addf %v117, %v96 fastmath<contract> : f32
      %v119 = arith.mulf %v118, %v95 fastmath<contract> : f32
      %v120 = llvm.call_intrinsic "llvm.fabs.f32"(%v95) : (f32) -> f32
      %v122 = arith.cmpf olt, %v120, %v121 : f32
      %v123 = arith.select %v122, %v119, %v100 : f32
      %v124 = arith.addf %v91, %v123 fastmath<contract> : f32
      %v125 = arith.mulf %v124, %v87 fastmath<contract> : f32
      %v126 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v125) : (f32) -> f32
      %v127 = arith.muli %v23, %v1 : i64
      %v128 = arith.addi %v127, %v14 : i64
      %v129 = llvm.getelementptr %in_Bm[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v130 = llvm.load %v129 : !llvm.ptr -> f32
      %v131 = arith.muli %v23, %size_D : i64
      %v132 = arith.addi %v131, %v21 : i64
      %v133 = llvm.getelementptr %in_u[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v134 = llvm.load %v133 : !llvm.ptr -> f32
      %v135 = arith.mulf %v124, %v134 fastmath<contract> : f32
      %v136 = arith.mulf %v130, %v135 fastmath<contract> : f32
      %v137 = llvm.load %v4 : !llvm.ptr -> f32
      %v138 = arith.mulf %v126, %v137 fastmath<contract> : f32
      %v139 = arith.addf %v138, %v136 fastmath<contract> : f32
      %v147 = arith.mulf %v124, %v146 fastmath<contract> : f32
      %v148 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v147) : (f32) -> f32
      %v149 = arith.muli %v23, %v1 : i64
      %v150 = arith.constant 8 : i64
      %v151 = arith.addi %v150, %v14 : i64
      %v152 = arith.addi %v149, %v151 : i64
      %v153 = llvm.getelementptr %in_Bm[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v154 = llvm.load %v153 : !llvm.ptr -> f32
      %v155 = arith.mulf %v154, %v135 fastmath<contract> : f32
      %v156 = llvm.load %v5 : !llvm.ptr -> f32
      %v157 = arith.mulf %v148, %v156 fastmath<contract> : f32
      %v158 = arith.addf %v157, %v155 fastmath<contract> : f32
      llvm.store %v139, %v4 : f32, !llvm.ptr
      llvm.store %v158, %v5 : f32, !llvm.ptr
      %v159 = arith.muli %v23, %v1 : i64
      %v160 = arith.addi %v159, %v14 : i64
      %v161 = llvm.getelementptr %in_Cm[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      %v163 = llvm.load %v4 : !llvm.ptr -> f32
      %v164 = arith.mulf %v162, %v163 fastmath<contract> : f32
      %v165 = arith.muli %v23, %v1 : i64
      %v166 = arith.constant 8 : i64
      %v167 = arith.addi %v166, %v14 : i64
      %v168 = arith.addi %v165, %v167 : i64
      %v169 = llvm.getelementptr %in_Cm[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v170 = llvm.load %v169 : !llvm.ptr -> f32
      %v171 = llvm.load %v5 : !llvm.ptr -> f32
      %v172 = arith.mulf %v170, %v171 fastmath<contract> : f32
      %v173 = arith.addf %v164, %v172 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v174, %v175 = gpu.shuffle xor %v173, %v63, %v64 : f32
      %v176 = arith.addf %v173, %v174 fastmath<contract> : f32
      %v177, %v178 = gpu.shuffle xor %v176, %v68, %v64 : f32
      %v179 = arith.addf %v176, %v177 fastmath<contract> : f32
      %v180, %v181 = gpu.shuffle xor %v179, %v72, %v64 : f32
      %v182 = arith.addf %v179, %v180 fastmath<contract> : f32
      // end sum over the lanes
      %v185 = arith.mulf %v134, %v184 fastmath<contract> : f32
      %v186 = arith.addf %v182, %v185 fastmath<contract> : f32
      %v187 = arith.muli %v23, %size_D : i64
      %v188 = arith.addi %v187, %v21 : i64
      %v189 = llvm.getelementptr %in_z[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v190 = llvm.load %v189 : !llvm.ptr -> f32
      %v191 = arith.negf %v190 : f32
      %v192 = arith.mulf %v191, %v86 fastmath<contract> : f32
      %v193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v192) : (f32) -> f32
      %v194 = arith.addf %v96, %v193 fastmath<contract> : f32
      %v195 = arith.divf %v96, %v194 : f32
      %v196 = arith.mulf %v190, %v195 fastmath<contract> : f32
      %v197 = arith.mulf %v186, %v196 fastmath<contract> : f32
      scf.if %v18 {
        %v198 = arith.muli %v23, %size_D : i64
        %v199 = arith.addi %v198, %v21 : i64
        %v200 = llvm.getelementptr %out_y[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v197, %v200 : f32, !llvm.ptr
      }
      scf.if %v18 {
        %v201 = llvm.load %v4 : !llvm.ptr -> f32
        %v202 = arith.muli %v23, %v25 : i64
        %v203 = arith.muli %v21, %v1 : i64
        %v204 = arith.addi %v202, %v203 : i64
        %v205 = arith.addi %v204, %v14 : i64
        %v206 = llvm.getelementptr %state_h[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v201, %v206 : f32, !llvm.ptr
        %v207 = llvm.load %v5 : !llvm.ptr -> f32
        %v208 = arith.muli %v23, %v25 : i64
        %v209 = arith.muli %v21, %v1 : i64
        %v210 = arith.addi %v208, %v209 : i64
        %v211 = arith.constant 8 : i64
        %v212 = arith.addi %v211, %v14 : i64
        %v213 = arith.addi %v210, %v212 : i64
        %v214 = llvm.getelementptr %state_h[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v207, %v214 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
