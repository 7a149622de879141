module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_step(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %out_o: !llvm.ptr, %state_C: !llvm.ptr, %state_n: !llvm.ptr, %next_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = arith.constant 63 : i64
      %v10 = arith.constant 64 : i64
      %v11 = arith.divui %v10, %v10 : i64
      %v16 = arith.constant 8 : i64
      %v30 = arith.muli %size_DV, %v1 : i64
      %v31 = arith.muli %v30, %size_H : i64
      %v50 = arith.muli %v1, %size_H : i64
      %v65 = arith.constant 0 : i64
      %v70 = arith.constant 0x3F800000 : f32
      %v72 = arith.constant 0x3FB8AA3B : f32
      %v83 = arith.muli %v1, %size_H : i64
      %v94 = arith.muli %size_DV, %size_H : i64
      %v144 = arith.constant 1 : i32
      %v145 = arith.constant 32 : i32
      %v149 = arith.constant 2 : i32
      %v153 = arith.constant 4 : i32
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.remui %v14, %v16 : i64
      %v18 = arith.divui %v14, %v16 : i64
      %v19 = arith.muli %v15, %v16 : i64
      %v20 = arith.addi %v19, %v18 : i64
      %v21 = arith.cmpi slt, %v20, %v4 : i64
      %v22 = arith.subi %v4, %v2 : i64
      %v23 = arith.minsi %v20, %v22 : i64
      %v24 = arith.remui %v23, %size_DV : i64
      %v25 = arith.divui %v23, %size_DV : i64
      %v26 = arith.remui %v25, %size_H : i64
      %v27 = arith.divui %v25, %size_H : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v90 = arith.sitofp %v1 : i64 to f32
      %v91 = llvm.call_intrinsic "llvm.sqrt.f32"(%v90) : (f32) -> f32
      %v32 = arith.muli %v28, %v31 : i64
      %v33 = arith.muli %v26, %v30 : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = arith.muli %v17, %size_DV : i64
      %v36 = arith.addi %v34, %v35 : i64
      %v37 = arith.addi %v36, %v24 : i64
      %v38 = llvm.getelementptr %state_C[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v39 = llvm.load %v38 : !llvm.ptr -> f32
      llvm.store %v39, %v5 : f32, !llvm.ptr
      %v40 = arith.muli %v28, %v31 : i64
      %v41 = arith.muli %v26, %v30 : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = arith.constant 8 : i64
      %v44 = arith.addi %v43, %v17 : i64
      %v45 = arith.muli %v44, %size_DV : i64
      %v46 = arith.addi %v42, %v45 : i64
      %v47 = arith.addi %v46, %v24 : i64
      %v48 = llvm.getelementptr %state_C[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = llvm.load %v48 : !llvm.ptr -> f32
      llvm.store %v49, %v6 : f32, !llvm.ptr
      %v51 = arith.muli %v28, %v50 : i64
      %v52 = arith.muli %v26, %v1 : i64
      %v53 = arith.addi %v51, %v52 : i64
      %v54 = arith.addi %v53, %v17 : i64
      %v55 = llvm.getelementptr %state_n[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v56 = llvm.load %v55 : !llvm.ptr -> f32
      llvm.store %v56, %v7 : f32, !llvm.ptr
      %v57 = arith.muli %v28, %v50 : i64
      %v58 = arith.muli %v26, %v1 : i64
      %v59 = arith.addi %v57, %v58 : i64
      %v60 = arith.constant 8 : i64
      %v61 = arith.addi %v60, %v17 : i64
      %v62 = arith.addi %v59, %v61 : i64
      %v63 = llvm.getelementptr %state_n[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v64 = llvm.load %v63 : !llvm.ptr -> f32
      llvm.store %v64, %v8 : f32, !llvm.ptr
      %v66 = arith.muli %v28, %size_H : i64
      %v67 = arith.addi %v66, %v26 : i64
      %v68 = llvm.getelementptr %in_fg[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v69 = llvm.load %v68 : !llvm.ptr -> f32
      %v71 = arith.negf %v69 : f32
      %v73 = arith.mulf %v71, %v72 fastmath<contract> : f32
      %v74 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v73) : (f32) -> f32
      %v75 = arith.addf %v70, %v74 fastmath<contract> : f32
      %v76 = arith.divf %v70, %v75 : f32
      %v77 = arith.muli %v28, %size_H : i64
      %v78 = arith.addi %v77, %v26 : i64
      %v79 = llvm.getelementptr %in_ig[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v80 = llvm.load %v79 : !llvm.ptr -> f32
      %v81 = arith.mulf %v80, %v72 fastmath<contract> : f32
      %v82 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v81) : (f32) -> f32
      %v84 = arith.muli %v28, %v83 : i64
      %v85 = arith.muli %v26, %v1 : i64
      %v86 = arith.addi %v84, %v85 : i64
      %v87 = arith.addi %v86, %v17 : i64
      %v88 = llvm.getelementptr %in_k[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v89 = llvm.load %v88 : !llvm.ptr -> f32
      %v92 = arith.divf %v89, %v91 : f32
      %v93 = arith.mulf %v82, %v92 fastmath<contract> : f32
      %v95 = arith.muli %v28, %v94 : i64
      %v96 = arith.muli %v26, %size_DV : i64
      %v97 = arith.addi %v95, %v96 : i64
      %v98 = arith.addi %v97, %v24 : i64
      %v99 = llvm.getelementptr %in_v[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v100 = llvm.load %v99 : !llvm.ptr -> f32
      %v101 = arith.mulf %v93, %v100 fastmath<contract> : f32
      %v102 = llvm.load %v5 : !llvm.ptr -> f32
      %v103 = arith.mulf %v76, %v102 fastmath<contract> : f32
      %v104 = arith.addf %v103, %v101 fastmath<contract> : f32
      %v105 = arith.muli %v28, %v83 : i64
      %v106 = arith.muli %v26, %v1 : i64
      %v107 = arith.addi %v105, %v106 : i64
      %v108 = arith.constant 8 : i64
      %v109 = arith.addi %v108, %v17 : i64
      %v110 = arith.addi %v107, %v109 : i64
      %v111 = llvm.getelementptr %in_k[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v112 = llvm.load %v111 : !llvm.ptr -> f32
      %v113 = arith.divf %v112, %v91 : f32
      %v114 = arith.mulf %v82, %v113 fastmath<contract> : f32
      %v115 = arith.mulf %v114, %v100 fastmath<contract> : f32
      %v116 = llvm.load %v6 : !llvm.ptr -> f32
      %v117 = arith.mulf %v76, %v116 fastmath<contract> : f32
      %v118 = arith.addf %v117, %v115 fastmath<contract> : f32
      %v119 = llvm.load %v7 : !llvm.ptr -> f32
      %v120 = arith.mulf %v76, %v119 fastmath<contract> : f32
      %v121 = arith.addf %v120, %v93 fastmath<contract> : f32
      %v122 = llvm.load %v8 : !llvm.ptr -> f32
      %v123 = arith.mulf %v76, %v122 fastmath<contract> : f32
      %v124 = arith.addf %v123, %v114 fastmath<contract> : f32
      llvm.store %v104, %v5 : f32, !llvm.ptr
      llvm.store %v118, %v6 : f32, !llvm.ptr
      llvm.store %v121, %v7 : f32, !llvm.ptr
      llvm.store %v124, %v8 : f32, !llvm.ptr
      %v125 = arith.muli %v28, %v83 : i64
      %v126 = arith.muli %v26, %v1 : i64
      %v127 = arith.addi %v125, %v126 : i64
      %v128 = arith.addi %v127, %v17 : i64
      %v129 = llvm.getelementptr %in_q[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v130 = llvm.load %v129 : !llvm.ptr -> f32
      %v131 = llvm.load %v5 : !llvm.ptr -> f32
      %v132 = arith.mulf %v130, %v131 fastmath<contract> : f32
      %v133 = arith.muli %v28, %v83 : i64
      %v134 = arith.muli %v26, %v1 : i64
      %v135 = arith.addi %v133, %v134 : i64
      %v136 = arith.constant 8 : i64
      %v137 = arith.addi %v136, %v17 : i64
      %v138 = arith.addi %v135, %v137 : i64
      %v139 = llvm.getelementptr %in_q[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v140 = llvm.load %v139 : !llvm.ptr -> f32
      %v141 = llvm.load %v6 : !llvm.ptr -> f32
      %v142 = arith.mulf %v140, %v141 fastmath<contract> : f32
      %v143 = arith.addf %v132, %v142 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v146, %v147 = gpu.shuffle xor %v143, %v144, %v145 : f32
      %v148 = arith.addf %v143, %v146 fastmath<contract> : f32
      %v150, %v151 = gpu.shuffle xor %v148, %v149, %v145 : f32
      %v152 = arith.addf %v148, %v150 fastmath<contract> : f32
      %v154, %v155 = gpu.shuffle xor %v152, %v153, %v145 : f32
      %v156 = arith.addf %v152, %v154 fastmath<contract> : f32
      // end sum over the lanes
      %v157 = llvm.load %v7 : !llvm.ptr -> f32
      %v158 = arith.mulf %v130, %v157 fastmath<contract> : f32
      %v159 = llvm.load %v8 : !llvm.ptr -> f32
      %v160 = arith.mulf %v140, %v159 fastmath<contract> : f32
      %v161 = arith.addf %v158, %v160 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v162, %v163 = gpu.shuffle xor %v161, %v144, %v145 : f32
      %v164 = arith.addf %v161, %v162 fastmath<contract> : f32
      %v165, %v166 = gpu.shuffle xor %v164, %v149, %v145 : f32
      %v167 = arith.addf %v164, %v165 fastmath<contract> : f32
      %v168, %v169 = gpu.shuffle xor %v167, %v153, %v145 : f32
      %v170 = arith.addf %v167, %v168 fastmath<contract> : f32
      // end sum over the lanes
      %v171 = llvm.call_intrinsic "llvm.fabs.f32"(%v170) : (f32) -> f32
      %v172 = arith.maximumf %v70, %v171 : f32
      %v173 = arith.divf %v156, %v172 : f32
      scf.if %v21 {
        %v174 = arith.muli %v28, %v94 : i64
        %v175 = arith.muli %v26, %size_DV : i64
        %v176 = arith.addi %v174, %v175 : i64
        %v177 = arith.addi %v176, %v24 : i64
        %v178 = llvm.getelementptr %out_o[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v173, %v178 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v179 = llvm.load %v5 : !llvm.ptr -> f32
        %v180 = arith.muli %v28, %v31 : i64
        %v181 = arith.muli %v26, %v30 : i64
        %v182 = arith.addi %v180, %v181 : i64
        %v183 = arith.muli %v17, %size_DV : i64
        %v184 = arith.addi %v182, %v183 : i64
        %v185 = arith.addi %v184, %v24 : i64
        %v186 = llvm.getelementptr %state_C[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v179, %v186 : f32, !llvm.ptr
        %v187 = llvm.load %v6 : !llvm.ptr -> f32
        %v188 = arith.muli %v28, %v31 : i64
        %v189 = arith.muli %v26, %v30 : i64
        %v190 = arith.addi %v188, %v189 : i64
        %v191 = arith.constant 8 : i64
        %v192 = arith.addi %v191, %v17 : i64
        %v193 = arith.muli %v192, %size_DV : i64
        %v194 = arith.addi %v190, %v193 : i64
        %v195 = arith.addi %v194, %v24 : i64
        %v196 = llvm.getelementptr %state_C[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v187, %v196 : f32, !llvm.ptr
        %v197 = llvm.load %v7 : !llvm.ptr -> f32
        %v198 = arith.muli %v28, %v50 : i64
        %v199 = arith.muli %v26, %v1 : i64
        %v200 = arith.addi %v198, %v199 : i64
        %v201 = arith.addi %v200, %v17 : i64
        %v202 = llvm.getelementptr %next_n[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v197, %v202 : f32, !llvm.ptr
        %v203 = llvm.load %v8 : !llvm.ptr -> f32
        %v204 = arith.muli %v28, %v50 : i64
        %v205 = arith.muli %v26, %v1 : i64
        %v206 = arith.addi %v204, %v205 : i64
        %v207 = arith.constant 8 : i64
        %v208 = arith.addi %v207, %v17 : i64
        %v209 = arith.addi %v206, %v208 : i64
        %v210 = llvm.getelementptr %next_n[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v203, %v210 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
