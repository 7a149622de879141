module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_step_batch(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %out_y: !llvm.ptr, %state_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_P : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = arith.constant 63 : i64
      %v10 = arith.constant 64 : i64
      %v11 = arith.divui %v10, %v10 : i64
      %v16 = arith.constant 4 : i64
      %v30 = arith.muli %v1, %size_P : i64
      %v31 = arith.muli %v30, %size_H : i64
      %v70 = arith.constant 0 : i64
      %v73 = arith.constant 0x3FB8AA3B : f32
      %v84 = arith.constant 0x00000000 : f32
      %v90 = arith.constant 0x3F800000 : f32
      %v93 = arith.constant 0x3F317218 : f32
      %v95 = arith.constant 0x3E124925 : f32
      %v97 = arith.constant 0xBE2AAAAB : f32
      %v100 = arith.constant 0x3E4CCCCD : f32
      %v103 = arith.constant 0xBE800000 : f32
      %v106 = arith.constant 0x3EAAAAAB : f32
      %v109 = arith.constant 0xBF000000 : f32
      %v115 = arith.constant 0x3D800000 : f32
      %v122 = arith.muli %size_P, %size_H : i64
      %v201 = arith.constant 1 : i32
      %v202 = arith.constant 32 : i32
      %v206 = arith.constant 2 : i32
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.remui %v14, %v16 : i64
      %v18 = arith.divui %v14, %v16 : i64
      %v19 = arith.muli %v15, %v1 : i64
      %v20 = arith.addi %v19, %v18 : i64
      %v21 = arith.cmpi slt, %v20, %v4 : i64
      %v22 = arith.subi %v4, %v2 : i64
      %v23 = arith.minsi %v20, %v22 : i64
      %v24 = arith.remui %v23, %size_P : i64
      %v25 = arith.divui %v23, %size_P : i64
      %v26 = arith.remui %v25, %size_H : i64
      %v27 = arith.divui %v25, %size_H : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v71 = llvm.getelementptr %in_A_log[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v72 = llvm.load %v71 : !llvm.ptr -> f32
      %v74 = arith.mulf %v72, %v73 fastmath<contract> : f32
      %v75 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v74) : (f32) -> f32
      %v76 = arith.mulf %v75, %v73 fastmath<contract> : f32
      %v81 = llvm.getelementptr %in_dt_bias[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v82 = llvm.load %v81 : !llvm.ptr -> f32
      %v210 = llvm.getelementptr %in_Dskip[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v211 = llvm.load %v210 : !llvm.ptr -> f32
      %v32 = arith.muli %v28, %v31 : i64
      %v33 = arith.muli %v26, %v30 : i64
      %v34 = arith.addi %v32, %v33 : i64
      %v35 = arith.muli %v24, %v1 : i64
      %v36 = arith.addi %v34, %v35 : i64
      %v37 = arith.addi %v36, %v17 : i64
      %v38 = llvm.getelementptr %state_S[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v39 = llvm.load %v38 : !llvm.ptr -> f32
      llvm.store %v39, %v5 : f32, !llvm.ptr
      %v40 = arith.muli %v28, %v31 : i64
      %v41 = arith.muli %v26, %v30 : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = arith.muli %v24, %v1 : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v45 = arith.constant 4 : i64
      %v46 = arith.addi %v45, %v17 : i64
      %v47 = arith.addi %v44, %v46 : i64
      %v48 = llvm.getelementptr %state_S[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = llvm.load %v48 : !llvm.ptr -> f32
      llvm.store %v49, %v6 : f32, !llvm.ptr
      %v50 = arith.muli %v28, %v31 : i64
      %v51 = arith.muli %v26, %v30 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = arith.muli %v24, %v1 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v55 = arith.constant 8 : i64
      %v56 = arith.addi %v55, %v17 : i64
      %v57 = arith.addi %v54, %v56 : i64
      %v58 = llvm.getelementptr %state_S[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v59 = llvm.load %v58 : !llvm.ptr -> f32
      llvm.store %v59, %v7 : f32, !llvm.ptr
      %v60 = arith.muli %v28, %v31 : i64
      %v61 = arith.muli %v26, %v30 : i64
      %v62 = arith.addi %v60, %v61 : i64
      %v63 = arith.muli %v24, %v1 : i64
      %v64 = arith.addi %v62, %v63 : i64
      %v65 = arith.constant 12 : i64
      %v66 = arith.addi %v65, %v17 : i64
      %v67 = arith.addi %v64, %v66 : i64
      %v68 = llvm.getelementptr %state_S[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v69 = llvm.load %v68 : !llvm.ptr -> f32
      llvm.store %v69, %v8 : f32, !llvm.ptr
      %v77 = arith.muli %v28, %size_H : i64
      %v78 = arith.addi %v77, %v26 : i64
      %v79 = llvm.getelementptr %in_dt[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v80 = llvm.load %v79 : !llvm.ptr -> f32
      %v83 = arith.addf %v80, %v82 fastmath<contract> : f32
      %v85 = arith.maximumf %v83, %v84 : f32
      %v86 = llvm.call_intrinsic "llvm.fabs.f32"(%v83) : (f32) -> f32
      %v87 = arith.negf %v86 : f32
      %v88 = arith.mulf %v87, %v73 fastmath<contract> : f32
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
      %v119 = arith.negf %v118 : f32
      %v120 = arith.mulf %v119, %v76 fastmath<contract> : f32
      %v121 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v120) : (f32) -> f32
      %v123 = arith.muli %v28, %v122 : i64
      %v124 = arith.muli %v26, %size_P : i64
      %v125 = arith.addi %v123, %v124 : i64
      %v126 = arith.addi %v125, %v24 : i64
      %v127 = llvm.getelementptr %in_x[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v128 = llvm.load %v127 : !llvm.ptr -> f32
      %v129 = arith.mulf %v118, %v128 fastmath<contract> : f32
      %v130 = arith.muli %v28, %v1 : i64
      %v131 = arith.addi %v130, %v17 : i64
      %v132 = llvm.getelementptr %in_Bm[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v133 = llvm.load %v132 : !llvm.ptr -> f32
      %v134 = arith.mulf %v129, %v133 fastmath<contract> : f32
      %v135 = llvm.load %v5 : !llvm.ptr -> f32
      %v136 = arith.mulf %v121, %v135 fastmath<contract> : f32
      %v137 = arith.addf %v136, %v134 fastmath<contract> : f32
      %v138 = arith.muli %v28, %v1 : i64
      %v139 = arith.constant 4 : i64
      %v140 = arith.addi %v139, %v17 : i64
      %v141 = arith.addi %v138, %v140 : i64
      %v142 = llvm.getelementptr %in_Bm[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v143 = llvm.load %v142 : !llvm.ptr -> f32
      %v144 = arith.mulf %v129, %v143 fastmath<contract> : f32
      %v145 = llvm.load %v6 : !llvm.ptr -> f32
      %v146 = arith.mulf %v121, %v145 fastmath<contract> : f32
      %v147 = arith.addf %v146, %v144 fastmath<contract> : f32
      %v148 = arith.muli %v28, %v1 : i64
      %v149 = arith.constant 8 : i64
      %v150 = arith.addi %v149, %v17 : i64
      %v151 = arith.addi %v148, %v150 : i64
      %v152 = llvm.getelementptr %in_Bm[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v153 = llvm.load %v152 : !llvm.ptr -> f32
      %v154 = arith.mulf %v129, %v153 fastmath<contract> : f32
      %v155 = llvm.load %v7 : !llvm.ptr -> f32
      %v156 = arith.mulf %v121, %v155 fastmath<contract> : f32
      %v157 = arith.addf %v156, %v154 fastmath<contract> : f32
      %v158 = arith.muli %v28, %v1 : i64
      %v159 = arith.constant 12 : i64
      %v160 = arith.addi %v159, %v17 : i64
      %v161 = arith.addi %v158, %v160 : i64
      %v162 = llvm.getelementptr %in_Bm[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v163 = llvm.load %v162 : !llvm.ptr -> f32
      %v164 = arith.mulf %v129, %v163 fastmath<contract> : f32
      %v165 = llvm.load %v8 : !llvm.ptr -> f32
      %v166 = arith.mulf %v121, %v165 fastmath<contract> : f32
      %v167 = arith.addf %v166, %v164 fastmath<contract> : f32
      llvm.store %v137, %v5 : f32, !llvm.ptr
      llvm.store %v147, %v6 : f32, !llvm.ptr
      llvm.store %v157, %v7 : f32, !llvm.ptr
      llvm.store %v167, %v8 : f32, !llvm.ptr
      %v168 = arith.muli %v28, %v1 : i64
      %v169 = arith.addi %v168, %v17 : i64
      %v170 = llvm.getelementptr %in_Cm[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      %v172 = llvm.load %v5 : !llvm.ptr -> f32
      %v173 = arith.mulf %v171, %v172 fastmath<contract> : f32
      %v174 = arith.muli %v28, %v1 : i64
      %v175 = arith.constant 4 : i64
      %v176 = arith.addi %v175, %v17 : i64
      %v177 = arith.addi %v174, %v176 : i64
      %v178 = llvm.getelementptr %in_Cm[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v179 = llvm.load %v178 : !llvm.ptr -> f32
      %v180 = llvm.load %v6 : !llvm.ptr -> f32
      %v181 = arith.mulf %v179, %v180 fastmath<contract> : f32
      %v182 = arith.addf %v173, %v181 fastmath<contract> : f32
      %v183 = arith.muli %v28, %v1 : i64
      %v184 = arith.constant 8 : i64
      %v185 = arith.addi %v184, %v17 : i64
      %v186 = arith.addi %v183, %v185 : i64
      %v187 = llvm.getelementptr %in_Cm[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v188 = llvm.load %v187 : !llvm.ptr -> f32
      %v189 = llvm.load %v7 : !llvm.ptr -> f32
      %v190 = arith.mulf %v188, %v189 fastmath<contract> : f32
      %v191 = arith.addf %v182, %v190 fastmath<contract> : f32
      %v192 = arith.muli %v28, %v1 : i64
      %v193 = arith.constant 12 : i64
      %v194 = arith.addi %v193, %v17 : i64
      %v195 = arith.addi %v192, %v194 : i64
      %v196 = llvm.getelementptr %in_Cm[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v197 = llvm.load %v196 : !llvm.ptr -> f32
      %v198 = llvm.load %v8 : !llvm.ptr -> f32
      %v199 = arith.mulf %v197, %v198 fastmath<contract> : f32
      %v200 = arith.addf %v191, %v199 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v203, %v204 = gpu.shuffle xor %v200, %v201, %v202 : f32
      %v205 = arith.addf %v200, %v203 fastmath<contract> : f32
      %v207, %v208 = gpu.shuffle xor %v205, %v206, %v202 : f32
      %v209 = arith.addf %v205, %v207 fastmath<contract> : f32
      // end sum over the lanes
      %v212 = arith.mulf %v128, %v211 fastmath<contract> : f32
      %v213 = arith.addf %v209, %v212 fastmath<contract> : f32
      scf.if %v21 {
        %v214 = arith.muli %v28, %v122 : i64
        %v215 = arith.muli %v26, %size_P : i64
        %v216 = arith.addi %v214, %v215 : i64
        %v217 = arith.addi %v216, %v24 : i64
        %v218 = llvm.getelementptr %out_y[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v213, %v218 : f32, !llvm.ptr
      }
      scf.if %v21 {
        %v219 = llvm.load %v5 : !llvm.ptr -> f32
        %v220 = arith.muli %v28, %v31 : i64
        %v221 = arith.muli %v26, %v30 : i64
        %v222 = arith.addi %v220, %v221 : i64
        %v223 = arith.muli %v24, %v1 : i64
        %v224 = arith.addi %v222, %v223 : i64
        %v225 = arith.addi %v224, %v17 : i64
        %v226 = llvm.getelementptr %state_S[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v219, %v226 : f32, !llvm.ptr
        %v227 = llvm.load %v6 : !llvm.ptr -> f32
        %v228 = arith.muli %v28, %v31 : i64
        %v229 = arith.muli %v26, %v30 : i64
        %v230 = arith.addi %v228, %v229 : i64
        %v231 = arith.muli %v24, %v1 : i64
        %v232 = arith.addi %v230, %v231 : i64
        %v233 = arith.constant 4 : i64
        %v234 = arith.addi %v233, %v17 : i64
        %v235 = arith.addi %v232, %v234 : i64
        %v236 = llvm.getelementptr %state_S[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v227, %v236 : f32, !llvm.ptr
        %v237 = llvm.load %v7 : !llvm.ptr -> f32
        %v238 = arith.muli %v28, %v31 : i64
        %v239 = arith.muli %v26, %v30 : i64
        %v240 = arith.addi %v238, %v239 : i64
        %v241 = arith.muli %v24, %v1 : i64
        %v242 = arith.addi %v240, %v241 : i64
        %v243 = arith.constant 8 : i64
        %v244 = arith.addi %v243, %v17 : i64
        %v245 = arith.addi %v242, %v244 : i64
        %v246 = llvm.getelementptr %state_S[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v237, %v246 : f32, !llvm.ptr
        %v247 = llvm.load %v8 : !llvm.ptr -> f32
        %v248 = arith.muli %v28, %v31 : i64
        %v249 = arith.muli %v26, %v30 : i64
        %v250 = arith.addi %v248, %v249 : i64
        %v251 = arith.muli %v24, %v1 : i64
        %v252 = arith.addi %v250, %v251 : i64
        %v253 = arith.constant 12 : i64
        %v254 = arith.addi %v253, %v17 : i64
        %v255 = arith.addi %v252, %v254 : i64
        %v256 = llvm.getelementptr %state_S[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v247, %v256 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
