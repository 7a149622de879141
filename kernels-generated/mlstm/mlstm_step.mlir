module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_step(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %out_o: !llvm.ptr, %state_C: !llvm.ptr, %state_n: !llvm.ptr, %next_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = arith.constant 63 : i64
      %v11 = arith.addi %v2, %v10 : i64
      %v12 = arith.constant 64 : i64
      %v13 = arith.divui %v11, %v12 : i64
      %v18 = arith.constant 8 : i64
      %v32 = arith.muli %v2, %size_DV : i64
      %v33 = arith.muli %v32, %v1 : i64
      %v34 = arith.muli %v33, %size_H : i64
      %v55 = arith.muli %v2, %v1 : i64
      %v56 = arith.muli %v55, %size_H : i64
      %v73 = arith.constant 0 : i64
      %v74 = arith.muli %v2, %size_H : i64
      %v75 = arith.muli %v74, %v2 : i64
      %v83 = arith.constant 0x3F800000 : f32
      %v85 = arith.constant 0x3FB8AA3B : f32
      %v99 = arith.muli %v2, %v1 : i64
      %v100 = arith.muli %v99, %size_H : i64
      %v101 = arith.muli %v100, %v2 : i64
      %v112 = arith.muli %v2, %size_DV : i64
      %v113 = arith.muli %v112, %size_H : i64
      %v114 = arith.muli %v113, %v2 : i64
      %v175 = arith.constant 1 : i32
      %v176 = arith.constant 32 : i32
      %v180 = arith.constant 2 : i32
      %v184 = arith.constant 4 : i32
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v19 = arith.remui %v16, %v18 : i64
      %v20 = arith.divui %v16, %v18 : i64
      %v21 = arith.muli %v17, %v18 : i64
      %v22 = arith.addi %v21, %v20 : i64
      %v23 = arith.cmpi slt, %v22, %v5 : i64
      %v24 = arith.subi %v5, %v2 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_DV : i64
      %v27 = arith.divui %v25, %size_DV : i64
      %v28 = arith.remui %v27, %size_H : i64
      %v29 = arith.divui %v27, %size_H : i64
      %v30 = arith.remui %v29, %size_B : i64
      %v31 = arith.divui %v29, %size_B : i64
      %v35 = arith.muli %v30, %v34 : i64
      %v36 = arith.muli %v28, %v33 : i64
      %v37 = arith.addi %v35, %v36 : i64
      %v38 = arith.muli %v19, %v32 : i64
      %v39 = arith.addi %v37, %v38 : i64
      %v40 = arith.muli %v26, %v2 : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = llvm.getelementptr %state_C[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v43 = llvm.load %v42 : !llvm.ptr -> f32
      llvm.store %v43, %v6 : f32, !llvm.ptr
      %v44 = arith.muli %v30, %v34 : i64
      %v45 = arith.muli %v28, %v33 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = arith.constant 8 : i64
      %v48 = arith.addi %v47, %v19 : i64
      %v49 = arith.muli %v48, %v32 : i64
      %v50 = arith.addi %v46, %v49 : i64
      %v51 = arith.muli %v26, %v2 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = llvm.getelementptr %state_C[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v54 = llvm.load %v53 : !llvm.ptr -> f32
      llvm.store %v54, %v7 : f32, !llvm.ptr
      %v57 = arith.muli %v30, %v56 : i64
      %v58 = arith.muli %v28, %v55 : i64
      %v59 = arith.addi %v57, %v58 : i64
      %v60 = arith.muli %v19, %v2 : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v62 = llvm.getelementptr %state_n[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v63 = llvm.load %v62 : !llvm.ptr -> f32
      llvm.store %v63, %v8 : f32, !llvm.ptr
      %v64 = arith.muli %v30, %v56 : i64
      %v65 = arith.muli %v28, %v55 : i64
      %v66 = arith.addi %v64, %v65 : i64
      %v67 = arith.constant 8 : i64
      %v68 = arith.addi %v67, %v19 : i64
      %v69 = arith.muli %v68, %v2 : i64
      %v70 = arith.addi %v66, %v69 : i64
      %v71 = llvm.getelementptr %state_n[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v72 = llvm.load %v71 : !llvm.ptr -> f32
      llvm.store %v72, %v9 : f32, !llvm.ptr
      %v76 = arith.muli %v30, %v75 : i64
      %v77 = arith.muli %v73, %v74 : i64
      %v78 = arith.addi %v76, %v77 : i64
      %v79 = arith.muli %v28, %v2 : i64
      %v80 = arith.addi %v78, %v79 : i64
      %v81 = llvm.getelementptr %in_fg[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v82 = llvm.load %v81 : !llvm.ptr -> f32
      %v84 = arith.negf %v82 : f32
      %v86 = arith.mulf %v84, %v85 fastmath<contract> : f32
      %v87 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v86) : (f32) -> f32
      %v88 = arith.addf %v83, %v87 fastmath<contract> : f32
      %v89 = arith.divf %v83, %v88 : f32
      %v90 = arith.muli %v30, %v75 : i64
      %v91 = arith.muli %v73, %v74 : i64
      %v92 = arith.addi %v90, %v91 : i64
      %v93 = arith.muli %v28, %v2 : i64
      %v94 = arith.addi %v92, %v93 : i64
      %v95 = llvm.getelementptr %in_ig[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v96 = llvm.load %v95 : !llvm.ptr -> f32
      %v97 = arith.mulf %v96, %v85 fastmath<contract> : f32
      %v98 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v97) : (f32) -> f32
      %v102 = arith.muli %v30, %v101 : i64
      %v103 = arith.muli %v73, %v100 : i64
      %v104 = arith.addi %v102, %v103 : i64
      %v105 = arith.muli %v28, %v99 : i64
      %v106 = arith.addi %v104, %v105 : i64
      %v107 = arith.muli %v19, %v2 : i64
      %v108 = arith.addi %v106, %v107 : i64
      %v109 = llvm.getelementptr %in_k[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v110 = llvm.load %v109 : !llvm.ptr -> f32
      %v111 = arith.mulf %v98, %v110 fastmath<contract> : f32
      %v115 = arith.muli %v30, %v114 : i64
      %v116 = arith.muli %v73, %v113 : i64
      %v117 = arith.addi %v115, %v116 : i64
      %v118 = arith.muli %v28, %v112 : i64
      %v119 = arith.addi %v117, %v118 : i64
      %v120 = arith.muli %v26, %v2 : i64
      %v121 = arith.addi %v119, %v120 : i64
      %v122 = llvm.getelementptr %in_v[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v123 = llvm.load %v122 : !llvm.ptr -> f32
      %v124 = arith.mulf %v111, %v123 fastmath<contract> : f32
      %v125 = llvm.load %v6 : !llvm.ptr -> f32
      %v126 = arith.mulf %v89, %v125 fastmath<contract> : f32
      %v127 = arith.addf %v126, %v124 fastmath<contract> : f32
      %v128 = arith.muli %v30, %v101 : i64
      %v129 = arith.muli %v73, %v100 : i64
      %v130 = arith.addi %v128, %v129 : i64
      %v131 = arith.muli %v28, %v99 : i64
      %v132 = arith.addi %v130, %v131 : i64
      %v133 = arith.constant 8 : i64
      %v134 = arith.addi %v133, %v19 : i64
      %v135 = arith.muli %v134, %v2 : i64
      %v136 = arith.addi %v132, %v135 : i64
      %v137 = llvm.getelementptr %in_k[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v138 = llvm.load %v137 : !llvm.ptr -> f32
      %v139 = arith.mulf %v98, %v138 fastmath<contract> : f32
      %v140 = arith.mulf %v139, %v123 fastmath<contract> : f32
      %v141 = llvm.load %v7 : !llvm.ptr -> f32
      %v142 = arith.mulf %v89, %v141 fastmath<contract> : f32
      %v143 = arith.addf %v142, %v140 fastmath<contract> : f32
      %v144 = llvm.load %v8 : !llvm.ptr -> f32
      %v145 = arith.mulf %v89, %v144 fastmath<contract> : f32
      %v146 = arith.addf %v145, %v111 fastmath<contract> : f32
      %v147 = llvm.load %v9 : !llvm.ptr -> f32
      %v148 = arith.mulf %v89, %v147 fastmath<contract> : f32
      %v149 = arith.addf %v148, %v139 fastmath<contract> : f32
      llvm.store %v127, %v6 : f32, !llvm.ptr
      llvm.store %v143, %v7 : f32, !llvm.ptr
      llvm.store %v146, %v8 : f32, !llvm.ptr
      llvm.store %v149, %v9 : f32, !llvm.ptr
      %v150 = arith.muli %v30, %v101 : i64
      %v151 = arith.muli %v73, %v100 : i64
      %v152 = arith.addi %v150, %v151 : i64
      %v153 = arith.muli %v28, %v99 : i64
      %v154 = arith.addi %v152, %v153 : i64
      %v155 = arith.muli %v19, %v2 : i64
      %v156 = arith.addi %v154, %v155 : i64
      %v157 = llvm.getelementptr %in_q[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v158 = llvm.load %v157 : !llvm.ptr -> f32
      %v159 = llvm.load %v6 : !llvm.ptr -> f32
      %v160 = arith.mulf %v158, %v159 fastmath<contract> : f32
      %v161 = arith.muli %v30, %v101 : i64
      %v162 = arith.muli %v73, %v100 : i64
      %v163 = arith.addi %v161, %v162 : i64
      %v164 = arith.muli %v28, %v99 : i64
      %v165 = arith.addi %v163, %v164 : i64
      %v166 = arith.constant 8 : i64
      %v167 = arith.addi %v166, %v19 : i64
      %v168 = arith.muli %v167, %v2 : i64
      %v169 = arith.addi %v165, %v168 : i64
      %v170 = llvm.getelementptr %in_q[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      %v172 = llvm.load %v7 : !llvm.ptr -> f32
      %v173 = arith.mulf %v171, %v172 fastmath<contract> : f32
      %v174 = arith.addf %v160, %v173 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v177, %v178 = gpu.shuffle xor %v174, %v175, %v176 : f32
      %v179 = arith.addf %v174, %v177 fastmath<contract> : f32
      %v181, %v182 = gpu.shuffle xor %v179, %v180, %v176 : f32
      %v183 = arith.addf %v179, %v181 fastmath<contract> : f32
      %v185, %v186 = gpu.shuffle xor %v183, %v184, %v176 : f32
      %v187 = arith.addf %v183, %v185 fastmath<contract> : f32
      // end sum over the lanes
      %v188 = llvm.load %v8 : !llvm.ptr -> f32
      %v189 = arith.mulf %v158, %v188 fastmath<contract> : f32
      %v190 = llvm.load %v9 : !llvm.ptr -> f32
      %v191 = arith.mulf %v171, %v190 fastmath<contract> : f32
      %v192 = arith.addf %v189, %v191 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v193, %v194 = gpu.shuffle xor %v192, %v175, %v176 : f32
      %v195 = arith.addf %v192, %v193 fastmath<contract> : f32
      %v196, %v197 = gpu.shuffle xor %v195, %v180, %v176 : f32
      %v198 = arith.addf %v195, %v196 fastmath<contract> : f32
      %v199, %v200 = gpu.shuffle xor %v198, %v184, %v176 : f32
      %v201 = arith.addf %v198, %v199 fastmath<contract> : f32
      // end sum over the lanes
      %v202 = llvm.call_intrinsic "llvm.fabs.f32"(%v201) : (f32) -> f32
      %v203 = arith.maximumf %v83, %v202 : f32
      %v204 = arith.divf %v187, %v203 : f32
      scf.if %v23 {
        %v205 = arith.muli %v30, %v114 : i64
        %v206 = arith.muli %v73, %v113 : i64
        %v207 = arith.addi %v205, %v206 : i64
        %v208 = arith.muli %v28, %v112 : i64
        %v209 = arith.addi %v207, %v208 : i64
        %v210 = arith.muli %v26, %v2 : i64
        %v211 = arith.addi %v209, %v210 : i64
        %v212 = llvm.getelementptr %out_o[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v204, %v212 : f32, !llvm.ptr
      }
      scf.if %v23 {
        %v213 = llvm.load %v6 : !llvm.ptr -> f32
        %v214 = arith.muli %v30, %v34 : i64
        %v215 = arith.muli %v28, %v33 : i64
        %v216 = arith.addi %v214, %v215 : i64
        %v217 = arith.muli %v19, %v32 : i64
        %v218 = arith.addi %v216, %v217 : i64
        %v219 = arith.muli %v26, %v2 : i64
        %v220 = arith.addi %v218, %v219 : i64
        %v221 = llvm.getelementptr %state_C[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v213, %v221 : f32, !llvm.ptr
        %v222 = llvm.load %v7 : !llvm.ptr -> f32
        %v223 = arith.muli %v30, %v34 : i64
        %v224 = arith.muli %v28, %v33 : i64
        %v225 = arith.addi %v223, %v224 : i64
        %v226 = arith.constant 8 : i64
        %v227 = arith.addi %v226, %v19 : i64
        %v228 = arith.muli %v227, %v32 : i64
        %v229 = arith.addi %v225, %v228 : i64
        %v230 = arith.muli %v26, %v2 : i64
        %v231 = arith.addi %v229, %v230 : i64
        %v232 = llvm.getelementptr %state_C[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v222, %v232 : f32, !llvm.ptr
        %v233 = llvm.load %v8 : !llvm.ptr -> f32
        %v234 = arith.muli %v30, %v56 : i64
        %v235 = arith.muli %v28, %v55 : i64
        %v236 = arith.addi %v234, %v235 : i64
        %v237 = arith.muli %v19, %v2 : i64
        %v238 = arith.addi %v236, %v237 : i64
        %v239 = llvm.getelementptr %next_n[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v233, %v239 : f32, !llvm.ptr
        %v240 = llvm.load %v9 : !llvm.ptr -> f32
        %v241 = arith.muli %v30, %v56 : i64
        %v242 = arith.muli %v28, %v55 : i64
        %v243 = arith.addi %v241, %v242 : i64
        %v244 = arith.constant 8 : i64
        %v245 = arith.addi %v244, %v19 : i64
        %v246 = arith.muli %v245, %v2 : i64
        %v247 = arith.addi %v243, %v246 : i64
        %v248 = llvm.getelementptr %next_n[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v240, %v248 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
