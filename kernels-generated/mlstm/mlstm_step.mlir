module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_step(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %out_o: !llvm.ptr, %state_m: !llvm.ptr, %next_m: !llvm.ptr, %state_C: !llvm.ptr, %state_n: !llvm.ptr, %next_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = arith.constant 63 : i64
      %v11 = arith.constant 64 : i64
      %v12 = arith.divui %v11, %v11 : i64
      %v17 = arith.constant 8 : i64
      %v35 = arith.muli %size_DV, %v1 : i64
      %v36 = arith.muli %v35, %size_H : i64
      %v55 = arith.muli %v1, %size_H : i64
      %v70 = arith.constant 0 : i64
      %v75 = arith.constant 0x00000000 : f32
      %v79 = arith.constant 0x3FB8AA3B : f32
      %v82 = arith.constant 0x3F800000 : f32
      %v85 = arith.constant 0x3F317218 : f32
      %v87 = arith.constant 0x3E124925 : f32
      %v89 = arith.constant 0xBE2AAAAB : f32
      %v92 = arith.constant 0x3E4CCCCD : f32
      %v95 = arith.constant 0xBE800000 : f32
      %v98 = arith.constant 0x3EAAAAAB : f32
      %v101 = arith.constant 0xBF000000 : f32
      %v107 = arith.constant 0x3D800000 : f32
      %v127 = arith.muli %v1, %size_H : i64
      %v138 = arith.muli %size_DV, %size_H : i64
      %v188 = arith.constant 1 : i32
      %v189 = arith.constant 32 : i32
      %v193 = arith.constant 2 : i32
      %v197 = arith.constant 4 : i32
      %v13 = gpu.block_id x
      %v14 = gpu.thread_id x
      %v15 = arith.index_cast %v14 : index to i64
      %v16 = arith.index_cast %v13 : index to i64
      %v18 = arith.remui %v15, %v17 : i64
      %v19 = arith.divui %v15, %v17 : i64
      %v20 = arith.muli %v16, %v17 : i64
      %v21 = arith.addi %v20, %v19 : i64
      %v22 = arith.cmpi slt, %v21, %v4 : i64
      %v23 = arith.subi %v4, %v2 : i64
      %v24 = arith.minsi %v21, %v23 : i64
      %v25 = arith.remui %v24, %size_DV : i64
      %v26 = arith.divui %v24, %size_DV : i64
      %v27 = arith.remui %v26, %size_H : i64
      %v28 = arith.divui %v26, %size_H : i64
      %v29 = arith.remui %v28, %size_B : i64
      %v30 = arith.divui %v28, %size_B : i64
      %v134 = arith.sitofp %v1 : i64 to f32
      %v135 = llvm.call_intrinsic "llvm.sqrt.f32"(%v134) : (f32) -> f32
      %v31 = arith.muli %v29, %size_H : i64
      %v32 = arith.addi %v31, %v27 : i64
      %v33 = llvm.getelementptr %state_m[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v34 = llvm.load %v33 : !llvm.ptr -> f32
      llvm.store %v34, %v5 : f32, !llvm.ptr
      %v37 = arith.muli %v29, %v36 : i64
      %v38 = arith.muli %v27, %v35 : i64
      %v39 = arith.addi %v37, %v38 : i64
      %v40 = arith.muli %v18, %size_DV : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = arith.addi %v41, %v25 : i64
      %v43 = llvm.getelementptr %state_C[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v44 = llvm.load %v43 : !llvm.ptr -> f32
      llvm.store %v44, %v6 : f32, !llvm.ptr
      %v45 = arith.muli %v29, %v36 : i64
      %v46 = arith.muli %v27, %v35 : i64
      %v47 = arith.addi %v45, %v46 : i64
      %v48 = arith.constant 8 : i64
      %v49 = arith.addi %v48, %v18 : i64
      %v50 = arith.muli %v49, %size_DV : i64
      %v51 = arith.addi %v47, %v50 : i64
      %v52 = arith.addi %v51, %v25 : i64
      %v53 = llvm.getelementptr %state_C[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v54 = llvm.load %v53 : !llvm.ptr -> f32
      llvm.store %v54, %v7 : f32, !llvm.ptr
      %v56 = arith.muli %v29, %v55 : i64
      %v57 = arith.muli %v27, %v1 : i64
      %v58 = arith.addi %v56, %v57 : i64
      %v59 = arith.addi %v58, %v18 : i64
      %v60 = llvm.getelementptr %state_n[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v61 = llvm.load %v60 : !llvm.ptr -> f32
      llvm.store %v61, %v8 : f32, !llvm.ptr
      %v62 = arith.muli %v29, %v55 : i64
      %v63 = arith.muli %v27, %v1 : i64
      %v64 = arith.addi %v62, %v63 : i64
      %v65 = arith.constant 8 : i64
      %v66 = arith.addi %v65, %v18 : i64
      %v67 = arith.addi %v64, %v66 : i64
      %v68 = llvm.getelementptr %state_n[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v69 = llvm.load %v68 : !llvm.ptr -> f32
      llvm.store %v69, %v9 : f32, !llvm.ptr
      %v71 = arith.muli %v29, %size_H : i64
      %v72 = arith.addi %v71, %v27 : i64
      %v73 = llvm.getelementptr %in_fg[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v74 = llvm.load %v73 : !llvm.ptr -> f32
      %v76 = arith.minimumf %v74, %v75 : f32
      %v77 = llvm.call_intrinsic "llvm.fabs.f32"(%v74) : (f32) -> f32
      %v78 = arith.negf %v77 : f32
      %v80 = arith.mulf %v78, %v79 fastmath<contract> : f32
      %v81 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v80) : (f32) -> f32
      %v83 = arith.addf %v82, %v81 fastmath<contract> : f32
      %v84 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v83) : (f32) -> f32
      %v86 = arith.mulf %v84, %v85 fastmath<contract> : f32
      %v88 = arith.mulf %v87, %v81 fastmath<contract> : f32
      %v90 = arith.addf %v88, %v89 fastmath<contract> : f32
      %v91 = arith.mulf %v90, %v81 fastmath<contract> : f32
      %v93 = arith.addf %v91, %v92 fastmath<contract> : f32
      %v94 = arith.mulf %v93, %v81 fastmath<contract> : f32
      %v96 = arith.addf %v94, %v95 fastmath<contract> : f32
      %v97 = arith.mulf %v96, %v81 fastmath<contract> : f32
      %v99 = arith.addf %v97, %v98 fastmath<contract> : f32
      %v100 = arith.mulf %v99, %v81 fastmath<contract> : f32
      %v102 = arith.addf %v100, %v101 fastmath<contract> : f32
      %v103 = arith.mulf %v102, %v81 fastmath<contract> : f32
      %v104 = arith.addf %v103, %v82 fastmath<contract> : f32
      %v105 = arith.mulf %v104, %v81 fastmath<contract> : f32
      %v106 = llvm.call_intrinsic "llvm.fabs.f32"(%v81) : (f32) -> f32
      %v108 = arith.cmpf olt, %v106, %v107 : f32
      %v109 = arith.select %v108, %v105, %v86 : f32
      %v110 = arith.subf %v76, %v109 fastmath<contract> : f32
      %v111 = arith.muli %v29, %size_H : i64
      %v112 = arith.addi %v111, %v27 : i64
      %v113 = llvm.getelementptr %in_ig[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v114 = llvm.load %v113 : !llvm.ptr -> f32
      %v115 = llvm.load %v5 : !llvm.ptr -> f32
      %v116 = arith.addf %v110, %v115 fastmath<contract> : f32
      %v117 = arith.maximumf %v116, %v114 : f32
      %v118 = llvm.load %v5 : !llvm.ptr -> f32
      %v119 = arith.addf %v110, %v118 fastmath<contract> : f32
      %v120 = arith.maximumf %v119, %v114 : f32
      %v121 = arith.subf %v119, %v120 fastmath<contract> : f32
      %v122 = arith.mulf %v121, %v79 fastmath<contract> : f32
      %v123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v122) : (f32) -> f32
      %v124 = arith.subf %v114, %v120 fastmath<contract> : f32
      %v125 = arith.mulf %v124, %v79 fastmath<contract> : f32
      %v126 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v125) : (f32) -> f32
      %v128 = arith.muli %v29, %v127 : i64
      %v129 = arith.muli %v27, %v1 : i64
      %v130 = arith.addi %v128, %v129 : i64
      %v131 = arith.addi %v130, %v18 : i64
      %v132 = llvm.getelementptr %in_k[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v133 = llvm.load %v132 : !llvm.ptr -> f32
      %v136 = arith.divf %v133, %v135 : f32
      %v137 = arith.mulf %v126, %v136 fastmath<contract> : f32
      %v139 = arith.muli %v29, %v138 : i64
      %v140 = arith.muli %v27, %size_DV : i64
      %v141 = arith.addi %v139, %v140 : i64
      %v142 = arith.addi %v141, %v25 : i64
      %v143 = llvm.getelementptr %in_v[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v144 = llvm.load %v143 : !llvm.ptr -> f32
      %v145 = arith.mulf %v137, %v144 fastmath<contract> : f32
      %v146 = llvm.load %v6 : !llvm.ptr -> f32
      %v147 = arith.mulf %v123, %v146 fastmath<contract> : f32
      %v148 = arith.addf %v147, %v145 fastmath<contract> : f32
      %v149 = arith.muli %v29, %v127 : i64
      %v150 = arith.muli %v27, %v1 : i64
      %v151 = arith.addi %v149, %v150 : i64
      %v152 = arith.constant 8 : i64
      %v153 = arith.addi %v152, %v18 : i64
      %v154 = arith.addi %v151, %v153 : i64
      %v155 = llvm.getelementptr %in_k[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      %v157 = arith.divf %v156, %v135 : f32
      %v158 = arith.mulf %v126, %v157 fastmath<contract> : f32
      %v159 = arith.mulf %v158, %v144 fastmath<contract> : f32
      %v160 = llvm.load %v7 : !llvm.ptr -> f32
      %v161 = arith.mulf %v123, %v160 fastmath<contract> : f32
      %v162 = arith.addf %v161, %v159 fastmath<contract> : f32
      %v163 = llvm.load %v8 : !llvm.ptr -> f32
      %v164 = arith.mulf %v123, %v163 fastmath<contract> : f32
      %v165 = arith.addf %v164, %v137 fastmath<contract> : f32
      %v166 = llvm.load %v9 : !llvm.ptr -> f32
      %v167 = arith.mulf %v123, %v166 fastmath<contract> : f32
      %v168 = arith.addf %v167, %v158 fastmath<contract> : f32
      llvm.store %v117, %v5 : f32, !llvm.ptr
      llvm.store %v148, %v6 : f32, !llvm.ptr
      llvm.store %v162, %v7 : f32, !llvm.ptr
      llvm.store %v165, %v8 : f32, !llvm.ptr
      llvm.store %v168, %v9 : f32, !llvm.ptr
      %v169 = arith.muli %v29, %v127 : i64
      %v170 = arith.muli %v27, %v1 : i64
      %v171 = arith.addi %v169, %v170 : i64
      %v172 = arith.addi %v171, %v18 : i64
      %v173 = llvm.getelementptr %in_q[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v174 = llvm.load %v173 : !llvm.ptr -> f32
      %v175 = llvm.load %v6 : !llvm.ptr -> f32
      %v176 = arith.mulf %v174, %v175 fastmath<contract> : f32
      %v177 = arith.muli %v29, %v127 : i64
      %v178 = arith.muli %v27, %v1 : i64
      %v179 = arith.addi %v177, %v178 : i64
      %v180 = arith.constant 8 : i64
      %v181 = arith.addi %v180, %v18 : i64
      %v182 = arith.addi %v179, %v181 : i64
      %v183 = llvm.getelementptr %in_q[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
      %v185 = llvm.load %v7 : !llvm.ptr -> f32
      %v186 = arith.mulf %v184, %v185 fastmath<contract> : f32
      %v187 = arith.addf %v176, %v186 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v190, %v191 = gpu.shuffle xor %v187, %v188, %v189 : f32
      %v192 = arith.addf %v187, %v190 fastmath<contract> : f32
      %v194, %v195 = gpu.shuffle xor %v192, %v193, %v189 : f32
      %v196 = arith.addf %v192, %v194 fastmath<contract> : f32
      %v198, %v199 = gpu.shuffle xor %v196, %v197, %v189 : f32
      %v200 = arith.addf %v196, %v198 fastmath<contract> : f32
      // end sum over the lanes
      %v201 = llvm.load %v8 : !llvm.ptr -> f32
      %v202 = arith.mulf %v174, %v201 fastmath<contract> : f32
      %v203 = llvm.load %v9 : !llvm.ptr -> f32
      %v204 = arith.mulf %v184, %v203 fastmath<contract> : f32
      %v205 = arith.addf %v202, %v204 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v206, %v207 = gpu.shuffle xor %v205, %v188, %v189 : f32
      %v208 = arith.addf %v205, %v206 fastmath<contract> : f32
      %v209, %v210 = gpu.shuffle xor %v208, %v193, %v189 : f32
      %v211 = arith.addf %v208, %v209 fastmath<contract> : f32
      %v212, %v213 = gpu.shuffle xor %v211, %v197, %v189 : f32
      %v214 = arith.addf %v211, %v212 fastmath<contract> : f32
      // end sum over the lanes
      %v215 = llvm.call_intrinsic "llvm.fabs.f32"(%v214) : (f32) -> f32
      %v216 = llvm.load %v5 : !llvm.ptr -> f32
      %v217 = arith.negf %v216 : f32
      %v218 = arith.mulf %v217, %v79 fastmath<contract> : f32
      %v219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v218) : (f32) -> f32
      %v220 = arith.maximumf %v215, %v219 : f32
      %v221 = arith.divf %v200, %v220 : f32
      scf.if %v22 {
        %v222 = arith.muli %v29, %v138 : i64
        %v223 = arith.muli %v27, %size_DV : i64
        %v224 = arith.addi %v222, %v223 : i64
        %v225 = arith.addi %v224, %v25 : i64
        %v226 = llvm.getelementptr %out_o[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v221, %v226 : f32, !llvm.ptr
      }
      scf.if %v22 {
        %v227 = llvm.load %v5 : !llvm.ptr -> f32
        %v228 = arith.muli %v29, %size_H : i64
        %v229 = arith.addi %v228, %v27 : i64
        %v230 = llvm.getelementptr %next_m[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v227, %v230 : f32, !llvm.ptr
        %v231 = llvm.load %v6 : !llvm.ptr -> f32
        %v232 = arith.muli %v29, %v36 : i64
        %v233 = arith.muli %v27, %v35 : i64
        %v234 = arith.addi %v232, %v233 : i64
        %v235 = arith.muli %v18, %size_DV : i64
        %v236 = arith.addi %v234, %v235 : i64
        %v237 = arith.addi %v236, %v25 : i64
        %v238 = llvm.getelementptr %state_C[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v231, %v238 : f32, !llvm.ptr
        %v239 = llvm.load %v7 : !llvm.ptr -> f32
        %v240 = arith.muli %v29, %v36 : i64
        %v241 = arith.muli %v27, %v35 : i64
        %v242 = arith.addi %v240, %v241 : i64
        %v243 = arith.constant 8 : i64
        %v244 = arith.addi %v243, %v18 : i64
        %v245 = arith.muli %v244, %size_DV : i64
        %v246 = arith.addi %v242, %v245 : i64
        %v247 = arith.addi %v246, %v25 : i64
        %v248 = llvm.getelementptr %state_C[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v239, %v248 : f32, !llvm.ptr
        %v249 = llvm.load %v8 : !llvm.ptr -> f32
        %v250 = arith.muli %v29, %v55 : i64
        %v251 = arith.muli %v27, %v1 : i64
        %v252 = arith.addi %v250, %v251 : i64
        %v253 = arith.addi %v252, %v18 : i64
        %v254 = llvm.getelementptr %next_n[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v249, %v254 : f32, !llvm.ptr
        %v255 = llvm.load %v9 : !llvm.ptr -> f32
        %v256 = arith.muli %v29, %v55 : i64
        %v257 = arith.muli %v27, %v1 : i64
        %v258 = arith.addi %v256, %v257 : i64
        %v259 = arith.constant 8 : i64
        %v260 = arith.addi %v259, %v18 : i64
        %v261 = arith.addi %v258, %v260 : i64
        %v262 = llvm.getelementptr %next_n[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v255, %v262 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
