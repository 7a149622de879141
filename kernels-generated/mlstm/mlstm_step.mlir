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
      %v115 = arith.muli %v2, %size_DV : i64
      %v116 = arith.muli %v115, %size_H : i64
      %v117 = arith.muli %v116, %v2 : i64
      %v179 = arith.constant 1 : i32
      %v180 = arith.constant 32 : i32
      %v184 = arith.constant 2 : i32
      %v188 = arith.constant 4 : i32
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
      %v111 = arith.sitofp %v1 : i64 to f32
      %v112 = llvm.call_intrinsic "llvm.sqrt.f32"(%v111) : (f32) -> f32
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
      %v113 = arith.divf %v110, %v112 : f32
      %v114 = arith.mulf %v98, %v113 fastmath<contract> : f32
      %v118 = arith.muli %v30, %v117 : i64
      %v119 = arith.muli %v73, %v116 : i64
      %v120 = arith.addi %v118, %v119 : i64
      %v121 = arith.muli %v28, %v115 : i64
      %v122 = arith.addi %v120, %v121 : i64
      %v123 = arith.muli %v26, %v2 : i64
      %v124 = arith.addi %v122, %v123 : i64
      %v125 = llvm.getelementptr %in_v[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v126 = llvm.load %v125 : !llvm.ptr -> f32
      %v127 = arith.mulf %v114, %v126 fastmath<contract> : f32
      %v128 = llvm.load %v6 : !llvm.ptr -> f32
      %v129 = arith.mulf %v89, %v128 fastmath<contract> : f32
      %v130 = arith.addf %v129, %v127 fastmath<contract> : f32
      %v131 = arith.muli %v30, %v101 : i64
      %v132 = arith.muli %v73, %v100 : i64
      %v133 = arith.addi %v131, %v132 : i64
      %v134 = arith.muli %v28, %v99 : i64
      %v135 = arith.addi %v133, %v134 : i64
      %v136 = arith.constant 8 : i64
      %v137 = arith.addi %v136, %v19 : i64
      %v138 = arith.muli %v137, %v2 : i64
      %v139 = arith.addi %v135, %v138 : i64
      %v140 = llvm.getelementptr %in_k[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v141 = llvm.load %v140 : !llvm.ptr -> f32
      %v142 = arith.divf %v141, %v112 : f32
      %v143 = arith.mulf %v98, %v142 fastmath<contract> : f32
      %v144 = arith.mulf %v143, %v126 fastmath<contract> : f32
      %v145 = llvm.load %v7 : !llvm.ptr -> f32
      %v146 = arith.mulf %v89, %v145 fastmath<contract> : f32
      %v147 = arith.addf %v146, %v144 fastmath<contract> : f32
      %v148 = llvm.load %v8 : !llvm.ptr -> f32
      %v149 = arith.mulf %v89, %v148 fastmath<contract> : f32
      %v150 = arith.addf %v149, %v114 fastmath<contract> : f32
      %v151 = llvm.load %v9 : !llvm.ptr -> f32
      %v152 = arith.mulf %v89, %v151 fastmath<contract> : f32
      %v153 = arith.addf %v152, %v143 fastmath<contract> : f32
      llvm.store %v130, %v6 : f32, !llvm.ptr
      llvm.store %v147, %v7 : f32, !llvm.ptr
      llvm.store %v150, %v8 : f32, !llvm.ptr
      llvm.store %v153, %v9 : f32, !llvm.ptr
      %v154 = arith.muli %v30, %v101 : i64
      %v155 = arith.muli %v73, %v100 : i64
      %v156 = arith.addi %v154, %v155 : i64
      %v157 = arith.muli %v28, %v99 : i64
      %v158 = arith.addi %v156, %v157 : i64
      %v159 = arith.muli %v19, %v2 : i64
      %v160 = arith.addi %v158, %v159 : i64
      %v161 = llvm.getelementptr %in_q[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      %v163 = llvm.load %v6 : !llvm.ptr -> f32
      %v164 = arith.mulf %v162, %v163 fastmath<contract> : f32
      %v165 = arith.muli %v30, %v101 : i64
      %v166 = arith.muli %v73, %v100 : i64
      %v167 = arith.addi %v165, %v166 : i64
      %v168 = arith.muli %v28, %v99 : i64
      %v169 = arith.addi %v167, %v168 : i64
      %v170 = arith.constant 8 : i64
      %v171 = arith.addi %v170, %v19 : i64
      %v172 = arith.muli %v171, %v2 : i64
      %v173 = arith.addi %v169, %v172 : i64
      %v174 = llvm.getelementptr %in_q[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v175 = llvm.load %v174 : !llvm.ptr -> f32
      %v176 = llvm.load %v7 : !llvm.ptr -> f32
      %v177 = arith.mulf %v175, %v176 fastmath<contract> : f32
      %v178 = arith.addf %v164, %v177 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v181, %v182 = gpu.shuffle xor %v178, %v179, %v180 : f32
      %v183 = arith.addf %v178, %v181 fastmath<contract> : f32
      %v185, %v186 = gpu.shuffle xor %v183, %v184, %v180 : f32
      %v187 = arith.addf %v183, %v185 fastmath<contract> : f32
      %v189, %v190 = gpu.shuffle xor %v187, %v188, %v180 : f32
      %v191 = arith.addf %v187, %v189 fastmath<contract> : f32
      // end sum over the lanes
      %v192 = llvm.load %v8 : !llvm.ptr -> f32
      %v193 = arith.mulf %v162, %v192 fastmath<contract> : f32
      %v194 = llvm.load %v9 : !llvm.ptr -> f32
      %v195 = arith.mulf %v175, %v194 fastmath<contract> : f32
      %v196 = arith.addf %v193, %v195 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v197, %v198 = gpu.shuffle xor %v196, %v179, %v180 : f32
      %v199 = arith.addf %v196, %v197 fastmath<contract> : f32
      %v200, %v201 = gpu.shuffle xor %v199, %v184, %v180 : f32
      %v202 = arith.addf %v199, %v200 fastmath<contract> : f32
      %v203, %v204 = gpu.shuffle xor %v202, %v188, %v180 : f32
      %v205 = arith.addf %v202, %v203 fastmath<contract> : f32
      // end sum over the lanes
      %v206 = llvm.call_intrinsic "llvm.fabs.f32"(%v205) : (f32) -> f32
      %v207 = arith.maximumf %v83, %v206 : f32
      %v208 = arith.divf %v191, %v207 : f32
      scf.if %v23 {
        %v209 = arith.muli %v30, %v117 : i64
        %v210 = arith.muli %v73, %v116 : i64
        %v211 = arith.addi %v209, %v210 : i64
        %v212 = arith.muli %v28, %v115 : i64
        %v213 = arith.addi %v211, %v212 : i64
        %v214 = arith.muli %v26, %v2 : i64
        %v215 = arith.addi %v213, %v214 : i64
        %v216 = llvm.getelementptr %out_o[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v208, %v216 : f32, !llvm.ptr
      }
      scf.if %v23 {
        %v217 = llvm.load %v6 : !llvm.ptr -> f32
        %v218 = arith.muli %v30, %v34 : i64
        %v219 = arith.muli %v28, %v33 : i64
        %v220 = arith.addi %v218, %v219 : i64
        %v221 = arith.muli %v19, %v32 : i64
        %v222 = arith.addi %v220, %v221 : i64
        %v223 = arith.muli %v26, %v2 : i64
        %v224 = arith.addi %v222, %v223 : i64
        %v225 = llvm.getelementptr %state_C[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v217, %v225 : f32, !llvm.ptr
        %v226 = llvm.load %v7 : !llvm.ptr -> f32
        %v227 = arith.muli %v30, %v34 : i64
        %v228 = arith.muli %v28, %v33 : i64
        %v229 = arith.addi %v227, %v228 : i64
        %v230 = arith.constant 8 : i64
        %v231 = arith.addi %v230, %v19 : i64
        %v232 = arith.muli %v231, %v32 : i64
        %v233 = arith.addi %v229, %v232 : i64
        %v234 = arith.muli %v26, %v2 : i64
        %v235 = arith.addi %v233, %v234 : i64
        %v236 = llvm.getelementptr %state_C[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v226, %v236 : f32, !llvm.ptr
        %v237 = llvm.load %v8 : !llvm.ptr -> f32
        %v238 = arith.muli %v30, %v56 : i64
        %v239 = arith.muli %v28, %v55 : i64
        %v240 = arith.addi %v238, %v239 : i64
        %v241 = arith.muli %v19, %v2 : i64
        %v242 = arith.addi %v240, %v241 : i64
        %v243 = llvm.getelementptr %next_n[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v237, %v243 : f32, !llvm.ptr
        %v244 = llvm.load %v9 : !llvm.ptr -> f32
        %v245 = arith.muli %v30, %v56 : i64
        %v246 = arith.muli %v28, %v55 : i64
        %v247 = arith.addi %v245, %v246 : i64
        %v248 = arith.constant 8 : i64
        %v249 = arith.addi %v248, %v19 : i64
        %v250 = arith.muli %v249, %v2 : i64
        %v251 = arith.addi %v247, %v250 : i64
        %v252 = llvm.getelementptr %next_n[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v244, %v252 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
