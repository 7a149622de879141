module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @retention_step(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_theta: !llvm.ptr, %in_gamma: !llvm.ptr, %out_o: !llvm.ptr, %state_S_re: !llvm.ptr, %state_S_im: !llvm.ptr, %state_t_pos: !llvm.ptr, %next_t_pos: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
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
      %v31 = arith.muli %size_DV, %v1 : i64
      %v32 = arith.muli %v31, %size_H : i64
      %v72 = arith.constant 0 : i64
      %v75 = arith.muli %v1, %size_H : i64
      %v86 = arith.constant 0x3E22F983 : f32
      %v89 = arith.constant 0x40C90000 : f32
      %v90 = arith.constant 0x3AFDAA22 : f32
      %v97 = arith.muli %size_DV, %size_H : i64
      %v159 = arith.constant 0x3F800000 : f32
      %v192 = arith.constant 1 : i32
      %v193 = arith.constant 32 : i32
      %v197 = arith.constant 2 : i32
      %v201 = arith.constant 4 : i32
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
      %v73 = llvm.getelementptr %in_gamma[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v74 = llvm.load %v73 : !llvm.ptr -> f32
      %v83 = llvm.getelementptr %in_theta[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v84 = llvm.load %v83 : !llvm.ptr -> f32
      %v116 = arith.constant 8 : i64
      %v117 = arith.addi %v116, %v18 : i64
      %v118 = llvm.getelementptr %in_theta[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v119 = llvm.load %v118 : !llvm.ptr -> f32
      %v33 = arith.muli %v29, %v32 : i64
      %v34 = arith.muli %v27, %v31 : i64
      %v35 = arith.addi %v33, %v34 : i64
      %v36 = arith.muli %v18, %size_DV : i64
      %v37 = arith.addi %v35, %v36 : i64
      %v38 = arith.addi %v37, %v25 : i64
      %v39 = llvm.getelementptr %state_S_re[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v40 = llvm.load %v39 : !llvm.ptr -> f32
      llvm.store %v40, %v5 : f32, !llvm.ptr
      %v41 = arith.muli %v29, %v32 : i64
      %v42 = arith.muli %v27, %v31 : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v44 = arith.constant 8 : i64
      %v45 = arith.addi %v44, %v18 : i64
      %v46 = arith.muli %v45, %size_DV : i64
      %v47 = arith.addi %v43, %v46 : i64
      %v48 = arith.addi %v47, %v25 : i64
      %v49 = llvm.getelementptr %state_S_re[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v50 = llvm.load %v49 : !llvm.ptr -> f32
      llvm.store %v50, %v6 : f32, !llvm.ptr
      %v51 = arith.muli %v29, %v32 : i64
      %v52 = arith.muli %v27, %v31 : i64
      %v53 = arith.addi %v51, %v52 : i64
      %v54 = arith.muli %v18, %size_DV : i64
      %v55 = arith.addi %v53, %v54 : i64
      %v56 = arith.addi %v55, %v25 : i64
      %v57 = llvm.getelementptr %state_S_im[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v58 = llvm.load %v57 : !llvm.ptr -> f32
      llvm.store %v58, %v7 : f32, !llvm.ptr
      %v59 = arith.muli %v29, %v32 : i64
      %v60 = arith.muli %v27, %v31 : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v62 = arith.constant 8 : i64
      %v63 = arith.addi %v62, %v18 : i64
      %v64 = arith.muli %v63, %size_DV : i64
      %v65 = arith.addi %v61, %v64 : i64
      %v66 = arith.addi %v65, %v25 : i64
      %v67 = llvm.getelementptr %state_S_im[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v68 = llvm.load %v67 : !llvm.ptr -> f32
      llvm.store %v68, %v8 : f32, !llvm.ptr
      %v69 = arith.constant 0 : i64
      %v70 = llvm.getelementptr %state_t_pos[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v71 = llvm.load %v70 : !llvm.ptr -> f32
      llvm.store %v71, %v9 : f32, !llvm.ptr
      %v76 = arith.muli %v29, %v75 : i64
      %v77 = arith.muli %v27, %v1 : i64
      %v78 = arith.addi %v76, %v77 : i64
      %v79 = arith.addi %v78, %v18 : i64
      %v80 = llvm.getelementptr %in_k[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v81 = llvm.load %v80 : !llvm.ptr -> f32
      %v82 = llvm.load %v9 : !llvm.ptr -> f32
      %v85 = arith.mulf %v82, %v84 fastmath<contract> : f32
      %v87 = arith.mulf %v85, %v86 fastmath<contract> : f32
      %v88 = llvm.call_intrinsic "llvm.roundeven.f32"(%v87) : (f32) -> f32
      %v91 = arith.mulf %v88, %v89 fastmath<contract> : f32
      %v92 = arith.subf %v85, %v91 fastmath<contract> : f32
      %v93 = arith.mulf %v88, %v90 fastmath<contract> : f32
      %v94 = arith.subf %v92, %v93 fastmath<contract> : f32
      %v95 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v94) : (f32) -> f32
      %v96 = arith.mulf %v81, %v95 fastmath<contract> : f32
      %v98 = arith.muli %v29, %v97 : i64
      %v99 = arith.muli %v27, %size_DV : i64
      %v100 = arith.addi %v98, %v99 : i64
      %v101 = arith.addi %v100, %v25 : i64
      %v102 = llvm.getelementptr %in_v[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v103 = llvm.load %v102 : !llvm.ptr -> f32
      %v104 = arith.mulf %v96, %v103 fastmath<contract> : f32
      %v105 = llvm.load %v5 : !llvm.ptr -> f32
      %v106 = arith.mulf %v74, %v105 fastmath<contract> : f32
      %v107 = arith.addf %v106, %v104 fastmath<contract> : f32
      %v108 = arith.muli %v29, %v75 : i64
      %v109 = arith.muli %v27, %v1 : i64
      %v110 = arith.addi %v108, %v109 : i64
      %v111 = arith.constant 8 : i64
      %v112 = arith.addi %v111, %v18 : i64
      %v113 = arith.addi %v110, %v112 : i64
      %v114 = llvm.getelementptr %in_k[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v115 = llvm.load %v114 : !llvm.ptr -> f32
      %v120 = arith.mulf %v82, %v119 fastmath<contract> : f32
      %v121 = arith.mulf %v120, %v86 fastmath<contract> : f32
      %v122 = llvm.call_intrinsic "llvm.roundeven.f32"(%v121) : (f32) -> f32
      %v123 = arith.mulf %v122, %v89 fastmath<contract> : f32
      %v124 = arith.subf %v120, %v123 fastmath<contract> : f32
      %v125 = arith.mulf %v122, %v90 fastmath<contract> : f32
      %v126 = arith.subf %v124, %v125 fastmath<contract> : f32
      %v127 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v126) : (f32) -> f32
      %v128 = arith.mulf %v115, %v127 fastmath<contract> : f32
      %v129 = arith.mulf %v128, %v103 fastmath<contract> : f32
      %v130 = llvm.load %v6 : !llvm.ptr -> f32
      %v131 = arith.mulf %v74, %v130 fastmath<contract> : f32
      %v132 = arith.addf %v131, %v129 fastmath<contract> : f32
      %v133 = arith.mulf %v85, %v86 fastmath<contract> : f32
      %v134 = llvm.call_intrinsic "llvm.roundeven.f32"(%v133) : (f32) -> f32
      %v135 = arith.mulf %v134, %v89 fastmath<contract> : f32
      %v136 = arith.subf %v85, %v135 fastmath<contract> : f32
      %v137 = arith.mulf %v134, %v90 fastmath<contract> : f32
      %v138 = arith.subf %v136, %v137 fastmath<contract> : f32
      %v139 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v138) : (f32) -> f32
      %v140 = arith.negf %v139 : f32
      %v141 = arith.mulf %v81, %v140 fastmath<contract> : f32
      %v142 = arith.mulf %v141, %v103 fastmath<contract> : f32
      %v143 = llvm.load %v7 : !llvm.ptr -> f32
      %v144 = arith.mulf %v74, %v143 fastmath<contract> : f32
      %v145 = arith.addf %v144, %v142 fastmath<contract> : f32
      %v146 = arith.mulf %v120, %v86 fastmath<contract> : f32
      %v147 = llvm.call_intrinsic "llvm.roundeven.f32"(%v146) : (f32) -> f32
      %v148 = arith.mulf %v147, %v89 fastmath<contract> : f32
      %v149 = arith.subf %v120, %v148 fastmath<contract> : f32
      %v150 = arith.mulf %v147, %v90 fastmath<contract> : f32
      %v151 = arith.subf %v149, %v150 fastmath<contract> : f32
      %v152 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v151) : (f32) -> f32
      %v153 = arith.negf %v152 : f32
      %v154 = arith.mulf %v115, %v153 fastmath<contract> : f32
      %v155 = arith.mulf %v154, %v103 fastmath<contract> : f32
      %v156 = llvm.load %v8 : !llvm.ptr -> f32
      %v157 = arith.mulf %v74, %v156 fastmath<contract> : f32
      %v158 = arith.addf %v157, %v155 fastmath<contract> : f32
      %v160 = llvm.load %v9 : !llvm.ptr -> f32
      %v161 = arith.mulf %v159, %v160 fastmath<contract> : f32
      %v162 = arith.addf %v161, %v159 fastmath<contract> : f32
      llvm.store %v107, %v5 : f32, !llvm.ptr
      llvm.store %v132, %v6 : f32, !llvm.ptr
      llvm.store %v145, %v7 : f32, !llvm.ptr
      llvm.store %v158, %v8 : f32, !llvm.ptr
      llvm.store %v162, %v9 : f32, !llvm.ptr
      %v163 = arith.muli %v29, %v75 : i64
      %v164 = arith.muli %v27, %v1 : i64
      %v165 = arith.addi %v163, %v164 : i64
      %v166 = arith.addi %v165, %v18 : i64
      %v167 = llvm.getelementptr %in_q[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v168 = llvm.load %v167 : !llvm.ptr -> f32
      %v169 = arith.mulf %v95, %v168 fastmath<contract> : f32
      %v170 = llvm.load %v5 : !llvm.ptr -> f32
      %v171 = arith.mulf %v169, %v170 fastmath<contract> : f32
      %v172 = arith.mulf %v139, %v168 fastmath<contract> : f32
      %v173 = llvm.load %v7 : !llvm.ptr -> f32
      %v174 = arith.mulf %v172, %v173 fastmath<contract> : f32
      %v175 = arith.subf %v171, %v174 fastmath<contract> : f32
      %v176 = arith.muli %v29, %v75 : i64
      %v177 = arith.muli %v27, %v1 : i64
      %v178 = arith.addi %v176, %v177 : i64
      %v179 = arith.constant 8 : i64
      %v180 = arith.addi %v179, %v18 : i64
      %v181 = arith.addi %v178, %v180 : i64
      %v182 = llvm.getelementptr %in_q[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v183 = llvm.load %v182 : !llvm.ptr -> f32
      %v184 = arith.mulf %v127, %v183 fastmath<contract> : f32
      %v185 = llvm.load %v6 : !llvm.ptr -> f32
      %v186 = arith.mulf %v184, %v185 fastmath<contract> : f32
      %v187 = arith.mulf %v152, %v183 fastmath<contract> : f32
      %v188 = llvm.load %v8 : !llvm.ptr -> f32
      %v189 = arith.mulf %v187, %v188 fastmath<contract> : f32
      %v190 = arith.subf %v186, %v189 fastmath<contract> : f32
      %v191 = arith.addf %v175, %v190 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v194, %v195 = gpu.shuffle xor %v191, %v192, %v193 : f32
      %v196 = arith.addf %v191, %v194 fastmath<contract> : f32
      %v198, %v199 = gpu.shuffle xor %v196, %v197, %v193 : f32
      %v200 = arith.addf %v196, %v198 fastmath<contract> : f32
      %v202, %v203 = gpu.shuffle xor %v200, %v201, %v193 : f32
      %v204 = arith.addf %v200, %v202 fastmath<contract> : f32
      // end sum over the lanes
      scf.if %v22 {
        %v205 = arith.muli %v29, %v97 : i64
        %v206 = arith.muli %v27, %size_DV : i64
        %v207 = arith.addi %v205, %v206 : i64
        %v208 = arith.addi %v207, %v25 : i64
        %v209 = llvm.getelementptr %out_o[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v204, %v209 : f32, !llvm.ptr
      }
      scf.if %v22 {
        %v210 = llvm.load %v5 : !llvm.ptr -> f32
        %v211 = arith.muli %v29, %v32 : i64
        %v212 = arith.muli %v27, %v31 : i64
        %v213 = arith.addi %v211, %v212 : i64
        %v214 = arith.muli %v18, %size_DV : i64
        %v215 = arith.addi %v213, %v214 : i64
        %v216 = arith.addi %v215, %v25 : i64
        %v217 = llvm.getelementptr %state_S_re[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v210, %v217 : f32, !llvm.ptr
        %v218 = llvm.load %v6 : !llvm.ptr -> f32
        %v219 = arith.muli %v29, %v32 : i64
        %v220 = arith.muli %v27, %v31 : i64
        %v221 = arith.addi %v219, %v220 : i64
        %v222 = arith.constant 8 : i64
        %v223 = arith.addi %v222, %v18 : i64
        %v224 = arith.muli %v223, %size_DV : i64
        %v225 = arith.addi %v221, %v224 : i64
        %v226 = arith.addi %v225, %v25 : i64
        %v227 = llvm.getelementptr %state_S_re[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v218, %v227 : f32, !llvm.ptr
        %v228 = llvm.load %v7 : !llvm.ptr -> f32
        %v229 = arith.muli %v29, %v32 : i64
        %v230 = arith.muli %v27, %v31 : i64
        %v231 = arith.addi %v229, %v230 : i64
        %v232 = arith.muli %v18, %size_DV : i64
        %v233 = arith.addi %v231, %v232 : i64
        %v234 = arith.addi %v233, %v25 : i64
        %v235 = llvm.getelementptr %state_S_im[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v228, %v235 : f32, !llvm.ptr
        %v236 = llvm.load %v8 : !llvm.ptr -> f32
        %v237 = arith.muli %v29, %v32 : i64
        %v238 = arith.muli %v27, %v31 : i64
        %v239 = arith.addi %v237, %v238 : i64
        %v240 = arith.constant 8 : i64
        %v241 = arith.addi %v240, %v18 : i64
        %v242 = arith.muli %v241, %size_DV : i64
        %v243 = arith.addi %v239, %v242 : i64
        %v244 = arith.addi %v243, %v25 : i64
        %v245 = llvm.getelementptr %state_S_im[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v236, %v245 : f32, !llvm.ptr
        %v246 = llvm.load %v9 : !llvm.ptr -> f32
        %v247 = arith.constant 0 : i64
        %v248 = llvm.getelementptr %next_t_pos[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v246, %v248 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
