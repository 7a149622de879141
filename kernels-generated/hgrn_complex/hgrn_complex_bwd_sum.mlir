module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_bwd_sum(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %dy_y_re: !llvm.ptr, %dy_y_im: !llvm.ptr, %ckpt_h_re: !llvm.ptr, %ckpt_h_im: !llvm.ptr, %scratch_h_re: !llvm.ptr, %scratch_h_im: !llvm.ptr, %segsum_h_re: !llvm.ptr, %segsum_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_L, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v30 = arith.constant 4 : i64
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v42 = arith.constant 0x00000000 : f32
      %v43 = arith.constant 0x3F800000 : f32
      %v44 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v48 = arith.constant 0 : i64
      %v50 = arith.constant 64 : i64
      %v51 = arith.constant 8 : i64
      %v52 = arith.constant 7 : i64
      %v53 = arith.constant 63 : i64
      %v95 = arith.constant 2147483647 : i64
      %v99 = arith.constant 7 : i32
      %v109 = arith.muli %size_L, %size_D : i64
      %v117 = arith.constant 0x3FB8AA3B : f32
      %v189 = arith.constant 0x3E22F983 : f32
      %v192 = arith.constant 0x40C90000 : f32
      %v193 = arith.constant 0x3AFDAA22 : f32
      %v209 = arith.constant 6 : i64
      %v211 = arith.constant 6 : i32
      %v297 = arith.constant 5 : i64
      %v299 = arith.constant 5 : i32
      %v386 = arith.constant 4 : i32
      %v472 = arith.constant 3 : i64
      %v474 = arith.constant 3 : i32
      %v560 = arith.constant 2 : i64
      %v562 = arith.constant 2 : i32
      %v649 = arith.constant 1 : i32
      %v735 = arith.constant 0 : i32
      %v13 = gpu.block_id x
      %v14 = gpu.thread_id x
      %v15 = arith.index_cast %v14 : index to i64
      %v16 = arith.index_cast %v13 : index to i64
      %v17 = arith.addi %v2, %v3 : i64
      %v18 = arith.divui %v17, %v5 : i64
      %v19 = arith.divui %v16, %v18 : i64
      %v20 = arith.remui %v16, %v18 : i64
      %v21 = arith.muli %v20, %v5 : i64
      %v22 = arith.addi %v21, %v15 : i64
      %v23 = arith.cmpi slt, %v22, %v2 : i64
      %v24 = arith.subi %v2, %v1 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_D : i64
      %v27 = arith.divui %v25, %size_D : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v171 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v172 = llvm.load %v171 : !llvm.ptr -> f32
      %v173 = arith.subf %v43, %v172 fastmath<contract> : f32
      %v187 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v188 = llvm.load %v187 : !llvm.ptr -> f32
      %v190 = arith.mulf %v188, %v189 fastmath<contract> : f32
      %v191 = llvm.call_intrinsic "llvm.roundeven.f32"(%v190) : (f32) -> f32
      %v194 = arith.mulf %v191, %v192 fastmath<contract> : f32
      %v195 = arith.subf %v188, %v194 fastmath<contract> : f32
      %v196 = arith.mulf %v191, %v193 fastmath<contract> : f32
      %v197 = arith.subf %v195, %v196 fastmath<contract> : f32
      %v198 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v197) : (f32) -> f32
      %v200 = arith.mulf %v188, %v189 fastmath<contract> : f32
      %v201 = llvm.call_intrinsic "llvm.roundeven.f32"(%v200) : (f32) -> f32
      %v202 = arith.mulf %v201, %v192 fastmath<contract> : f32
      %v203 = arith.subf %v188, %v202 fastmath<contract> : f32
      %v204 = arith.mulf %v201, %v193 fastmath<contract> : f32
      %v205 = arith.subf %v203, %v204 fastmath<contract> : f32
      %v206 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v205) : (f32) -> f32
      %v31 = arith.muli %v19, %v30 : i64
      %v32 = arith.addi %v31, %v30 : i64
      %v33 = arith.muli %v19, %v2 : i64
      llvm.store %v42, %v34 : f32, !llvm.ptr
      llvm.store %v42, %v35 : f32, !llvm.ptr
      llvm.store %v43, %v36 : f32, !llvm.ptr
      llvm.store %v43, %v37 : f32, !llvm.ptr
      llvm.store %v42, %v38 : f32, !llvm.ptr
      llvm.store %v42, %v39 : f32, !llvm.ptr
      llvm.store %v42, %v40 : f32, !llvm.ptr
      llvm.store %v42, %v41 : f32, !llvm.ptr
      llvm.store %v43, %v44 : f32, !llvm.ptr
      llvm.store %v42, %v45 : f32, !llvm.ptr
      llvm.store %v42, %v46 : f32, !llvm.ptr
      llvm.store %v43, %v47 : f32, !llvm.ptr
      %v49 = arith.cmpi eq, %size_L, %v48 : i64
      scf.if %v49 {
        llvm.store %v42, %v11 : f32, !llvm.ptr
        llvm.store %v42, %v12 : f32, !llvm.ptr
      }
      %v54 = arith.addi %size_L, %v53 : i64
      %v55 = arith.divui %v54, %v50 : i64
      %v56 = arith.minsi %v32, %v55 : i64
      %v57 = arith.muli %v19, %v51 : i64
      %v58 = arith.subi %v56, %v31 : i64
      %v59 = arith.maxsi %v58, %v48 : i64
      %v60 = arith.index_cast %v48 : i64 to index
      %v61 = arith.index_cast %v59 : i64 to index
      %v62 = arith.index_cast %v1 : i64 to index
      scf.for %v63 = %v60 to %v61 step %v62 {
        %v64 = arith.index_cast %v63 : index to i64
        %v65 = arith.subi %v56, %v1 : i64
        %v66 = arith.subi %v65, %v64 : i64
        %v67 = arith.muli %v66, %v50 : i64
        %v68 = arith.subi %size_L, %v67 : i64
        %v69 = arith.minsi %v68, %v50 : i64
        %v70 = arith.addi %v69, %v52 : i64
        %v71 = arith.divui %v70, %v51 : i64
        %v72 = arith.index_cast %v48 : i64 to index
        %v73 = arith.index_cast %v1 : i64 to index
        %v74 = arith.index_cast %v1 : i64 to index
        scf.for %v75 = %v72 to %v73 step %v74 {
          %v76 = arith.index_cast %v75 : index to i64
          %v77 = arith.index_cast %v48 : i64 to index
          %v78 = arith.index_cast %v71 : i64 to index
          %v79 = arith.index_cast %v1 : i64 to index
          scf.for %v80 = %v77 to %v78 step %v79 {
            %v81 = arith.index_cast %v80 : index to i64
            %v82 = arith.cmpi slt, %v81, %v71 : i64
            scf.if %v82 {
              %v83 = arith.subi %v71, %v1 : i64
              %v84 = arith.subi %v83, %v81 : i64
              %v85 = arith.muli %v84, %v51 : i64
              %v86 = arith.addi %v57, %v84 : i64
              %v87 = arith.addi %v85, %v51 : i64
              %v88 = arith.cmpi sle, %v87, %v69 : i64
              scf.if %v88 {
                %v89 = arith.subi %v69, %v1 : i64
                // the group's states, recomputed into registers
                %v90 = arith.subi %v69, %v85 : i64
                %v91 = arith.trunci %v90 : i64 to i32
                %v92 = arith.subi %size_L, %v1 : i64
                %v93 = arith.addi %v67, %v85 : i64
                %v94 = arith.subi %v92, %v93 : i64
                %v96 = arith.minsi %v94, %v95 : i64
                %v97 = arith.trunci %v96 : i64 to i32
                %v98 = arith.addi %v85, %v52 : i64
                %v100 = arith.cmpi slt, %v99, %v91 : i32
                %v101 = arith.cmpi eq, %v99, %v97 : i32
                %v102 = arith.addi %v67, %v98 : i64
                %v103 = llvm.load %v34 : !llvm.ptr -> f32
                %v104 = llvm.load %v35 : !llvm.ptr -> f32
                %v105 = llvm.load %v44 : !llvm.ptr -> f32
                %v106 = llvm.load %v45 : !llvm.ptr -> f32
                %v107 = llvm.load %v46 : !llvm.ptr -> f32
                %v108 = llvm.load %v47 : !llvm.ptr -> f32
                %v110 = arith.muli %v28, %v109 : i64
                %v111 = arith.muli %v26, %size_L : i64
                %v112 = arith.addi %v110, %v111 : i64
                %v113 = arith.addi %v112, %v102 : i64
                %v114 = llvm.getelementptr %in_g_re[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v115 = llvm.load %v114 : !llvm.ptr -> f32
                %v116 = arith.negf %v115 : f32
                %v118 = arith.mulf %v116, %v117 fastmath<contract> : f32
                %v119 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v118) : (f32) -> f32
                %v120 = arith.addf %v43, %v119 fastmath<contract> : f32
                %v121 = arith.divf %v43, %v120 : f32
                %v122 = arith.muli %v28, %v109 : i64
                %v123 = arith.muli %v26, %size_L : i64
                %v124 = arith.addi %v122, %v123 : i64
                %v125 = arith.addi %v124, %v102 : i64
                %v126 = llvm.getelementptr %dy_y_re[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v127 = llvm.load %v126 : !llvm.ptr -> f32
                %v128 = arith.mulf %v121, %v127 fastmath<contract> : f32
                %v129 = llvm.load %v36 : !llvm.ptr -> f32
                %v130 = arith.mulf %v129, %v103 fastmath<contract> : f32
                %v131 = arith.addf %v128, %v130 fastmath<contract> : f32
                %v132 = llvm.load %v38 : !llvm.ptr -> f32
                %v133 = arith.mulf %v132, %v104 fastmath<contract> : f32
                %v134 = arith.addf %v133, %v131 fastmath<contract> : f32
                %v135 = arith.mulf %v105, %v129 fastmath<contract> : f32
                %v136 = arith.mulf %v132, %v107 fastmath<contract> : f32
                %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
                %v138 = arith.mulf %v106, %v129 fastmath<contract> : f32
                %v139 = arith.mulf %v132, %v108 fastmath<contract> : f32
                %v140 = arith.addf %v139, %v138 fastmath<contract> : f32
                %v141 = arith.muli %v28, %v109 : i64
                %v142 = arith.muli %v26, %size_L : i64
                %v143 = arith.addi %v141, %v142 : i64
                %v144 = arith.addi %v143, %v102 : i64
                %v145 = llvm.getelementptr %in_g_im[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v146 = llvm.load %v145 : !llvm.ptr -> f32
                %v147 = arith.negf %v146 : f32
                %v148 = arith.mulf %v147, %v117 fastmath<contract> : f32
                %v149 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v148) : (f32) -> f32
                %v150 = arith.addf %v43, %v149 fastmath<contract> : f32
                %v151 = arith.divf %v43, %v150 : f32
                %v152 = arith.muli %v28, %v109 : i64
                %v153 = arith.muli %v26, %size_L : i64
                %v154 = arith.addi %v152, %v153 : i64
                %v155 = arith.addi %v154, %v102 : i64
                %v156 = llvm.getelementptr %dy_y_im[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v157 = llvm.load %v156 : !llvm.ptr -> f32
                %v158 = arith.mulf %v151, %v157 fastmath<contract> : f32
                %v159 = llvm.load %v37 : !llvm.ptr -> f32
                %v160 = arith.mulf %v159, %v104 fastmath<contract> : f32
                %v161 = arith.addf %v158, %v160 fastmath<contract> : f32
                %v162 = llvm.load %v39 : !llvm.ptr -> f32
                %v163 = arith.mulf %v162, %v103 fastmath<contract> : f32
                %v164 = arith.addf %v163, %v161 fastmath<contract> : f32
                %v165 = arith.mulf %v107, %v159 fastmath<contract> : f32
                %v166 = arith.mulf %v162, %v105 fastmath<contract> : f32
                %v167 = arith.addf %v166, %v165 fastmath<contract> : f32
                %v168 = arith.mulf %v108, %v159 fastmath<contract> : f32
                %v169 = arith.mulf %v162, %v106 fastmath<contract> : f32
                %v170 = arith.addf %v169, %v168 fastmath<contract> : f32
                llvm.store %v134, %v34 : f32, !llvm.ptr
                llvm.store %v137, %v44 : f32, !llvm.ptr
                llvm.store %v140, %v45 : f32, !llvm.ptr
                llvm.store %v164, %v35 : f32, !llvm.ptr
                llvm.store %v167, %v46 : f32, !llvm.ptr
                llvm.store %v170, %v47 : f32, !llvm.ptr
                scf.if %v101 {
                }
                %v174 = arith.muli %v28, %v109 : i64
                %v175 = arith.muli %v26, %size_L : i64
                %v176 = arith.addi %v174, %v175 : i64
                %v177 = arith.addi %v176, %v102 : i64
                %v178 = llvm.getelementptr %in_f[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v179 = llvm.load %v178 : !llvm.ptr -> f32
                %v180 = arith.negf %v179 : f32
                %v181 = arith.mulf %v180, %v117 fastmath<contract> : f32
                %v182 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v181) : (f32) -> f32
                %v183 = arith.addf %v43, %v182 fastmath<contract> : f32
                %v184 = arith.divf %v43, %v183 : f32
                %v185 = arith.mulf %v173, %v184 fastmath<contract> : f32
                %v186 = arith.addf %v172, %v185 fastmath<contract> : f32
                %v199 = arith.mulf %v186, %v198 fastmath<contract> : f32
                llvm.store %v199, %v36 : f32, !llvm.ptr
                %v207 = arith.mulf %v186, %v206 fastmath<contract> : f32
                llvm.store %v207, %v38 : f32, !llvm.ptr
                llvm.store %v199, %v37 : f32, !llvm.ptr
                %v208 = arith.negf %v207 : f32
                llvm.store %v208, %v39 : f32, !llvm.ptr
                %v210 = arith.addi %v85, %v209 : i64
                %v212 = arith.cmpi slt, %v211, %v91 : i32
                %v213 = arith.cmpi eq, %v211, %v97 : i32
                %v214 = arith.addi %v67, %v210 : i64
                %v215 = llvm.load %v34 : !llvm.ptr -> f32
                %v216 = llvm.load %v35 : !llvm.ptr -> f32
                %v217 = llvm.load %v44 : !llvm.ptr -> f32
                %v218 = llvm.load %v45 : !llvm.ptr -> f32
                %v219 = llvm.load %v46 : !llvm.ptr -> f32
                %v220 = llvm.load %v47 : !llvm.ptr -> f32
                %v221 = arith.muli %v28, %v109 : i64
                %v222 = arith.muli %v26, %size_L : i64
                %v223 = arith.addi %v221, %v222 : i64
                %v224 = arith.addi %v223, %v214 : i64
                %v225 = llvm.getelementptr %in_g_re[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v226 = llvm.load %v225 : !llvm.ptr -> f32
                %v227 = arith.negf %v226 : f32
                %v228 = arith.mulf %v227, %v117 fastmath<contract> : f32
                %v229 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v228) : (f32) -> f32
                %v230 = arith.addf %v43, %v229 fastmath<contract> : f32
                %v231 = arith.divf %v43, %v230 : f32
                %v232 = arith.muli %v28, %v109 : i64
                %v233 = arith.muli %v26, %size_L : i64
                %v234 = arith.addi %v232, %v233 : i64
                %v235 = arith.addi %v234, %v214 : i64
                %v236 = llvm.getelementptr %dy_y_re[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v237 = llvm.load %v236 : !llvm.ptr -> f32
                %v238 = arith.mulf %v231, %v237 fastmath<contract> : f32
                %v239 = llvm.load %v36 : !llvm.ptr -> f32
                %v240 = arith.mulf %v239, %v215 fastmath<contract> : f32
                %v241 = arith.addf %v238, %v240 fastmath<contract> : f32
                %v242 = llvm.load %v38 : !llvm.ptr -> f32
                %v243 = arith.mulf %v242, %v216 fastmath<contract> : f32
                %v244 = arith.addf %v243, %v241 fastmath<contract> : f32
                %v245 = arith.mulf %v217, %v239 fastmath<contract> : f32
                %v246 = arith.mulf %v242, %v219 fastmath<contract> : f32
                %v247 = arith.addf %v246, %v245 fastmath<contract> : f32
                %v248 = arith.mulf %v218, %v239 fastmath<contract> : f32
                %v249 = arith.mulf %v242, %v220 fastmath<contract> : f32
                %v250 = arith.addf %v249, %v248 fastmath<contract> : f32
                %v251 = arith.muli %v28, %v109 : i64
                %v252 = arith.muli %v26, %size_L : i64
                %v253 = arith.addi %v251, %v252 : i64
                %v254 = arith.addi %v253, %v214 : i64
                %v255 = llvm.getelementptr %in_g_im[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v256 = llvm.load %v255 : !llvm.ptr -> f32
                %v257 = arith.negf %v256 : f32
                %v258 = arith.mulf %v257, %v117 fastmath<contract> : f32
                %v259 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v258) : (f32) -> f32
                %v260 = arith.addf %v43, %v259 fastmath<contract> : f32
                %v261 = arith.divf %v43, %v260 : f32
                %v262 = arith.muli %v28, %v109 : i64
                %v263 = arith.muli %v26, %size_L : i64
                %v264 = arith.addi %v262, %v263 : i64
                %v265 = arith.addi %v264, %v214 : i64
                %v266 = llvm.getelementptr %dy_y_im[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v267 = llvm.load %v266 : !llvm.ptr -> f32
                %v268 = arith.mulf %v261, %v267 fastmath<contract> : f32
                %v269 = llvm.load %v37 : !llvm.ptr -> f32
                %v270 = arith.mulf %v269, %v216 fastmath<contract> : f32
                %v271 = arith.addf %v268, %v270 fastmath<contract> : f32
                %v272 = llvm.load %v39 : !llvm.ptr -> f32
                %v273 = arith.mulf %v272, %v215 fastmath<contract> : f32
                %v274 = arith.addf %v273, %v271 fastmath<contract> : f32
                %v275 = arith.mulf %v219, %v269 fastmath<contract> : f32
                %v276 = arith.mulf %v272, %v217 fastmath<contract> : f32
                %v277 = arith.addf %v276, %v275 fastmath<contract> : f32
                %v278 = arith.mulf %v220, %v269 fastmath<contract> : f32
                %v279 = arith.mulf %v272, %v218 fastmath<contract> : f32
                %v280 = arith.addf %v279, %v278 fastmath<contract> : f32
                llvm.store %v244, %v34 : f32, !llvm.ptr
                llvm.store %v247, %v44 : f32, !llvm.ptr
                llvm.store %v250, %v45 : f32, !llvm.ptr
                llvm.store %v274, %v35 : f32, !llvm.ptr
                llvm.store %v277, %v46 : f32, !llvm.ptr
                llvm.store %v280, %v47 : f32, !llvm.ptr
                scf.if %v213 {
                }
                %v281 = arith.muli %v28, %v109 : i64
                %v282 = arith.muli %v26, %size_L : i64
                %v283 = arith.addi %v281, %v282 : i64
                %v284 = arith.addi %v283, %v214 : i64
                %v285 = llvm.getelementptr %in_f[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v286 = llvm.load %v285 : !llvm.ptr -> f32
                %v287 = arith.negf %v286 : f32
                %v288 = arith.mulf %v287, %v117 fastmath<contract> : f32
                %v289 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v288) : (f32) -> f32
                %v290 = arith.addf %v43, %v289 fastmath<contract> : f32
                %v291 = arith.divf %v43, %v290 : f32
                %v292 = arith.mulf %v173, %v291 fastmath<contract> : f32
                %v293 = arith.addf %v172, %v292 fastmath<contract> : f32
                %v294 = arith.mulf %v293, %v198 fastmath<contract> : f32
                llvm.store %v294, %v36 : f32, !llvm.ptr
                %v295 = arith.mulf %v293, %v206 fastmath<contract> : f32
                llvm.store %v295, %v38 : f32, !llvm.ptr
                llvm.store %v294, %v37 : f32, !llvm.ptr
                %v296 = arith.negf %v295 : f32
                llvm.store %v296, %v39 : f32, !llvm.ptr
                %v298 = arith.addi %v85, %v297 : i64
                %v300 = arith.cmpi slt, %v299, %v91 : i32
                %v301 = arith.cmpi eq, %v299, %v97 : i32
                %v302 = arith.addi %v67, %v298 : i64
                %v303 = llvm.load %v34 : !llvm.ptr -> f32
                %v304 = llvm.load %v35 : !llvm.ptr -> f32
                %v305 = llvm.load %v44 : !llvm.ptr -> f32
                %v306 = llvm.load %v45 : !llvm.ptr -> f32
                %v307 = llvm.load %v46 : !llvm.ptr -> f32
                %v308 = llvm.load %v47 : !llvm.ptr -> f32
                %v309 = arith.muli %v28, %v109 : i64
                %v310 = arith.muli %v26, %size_L : i64
                %v311 = arith.addi %v309, %v310 : i64
                %v312 = arith.addi %v311, %v302 : i64
                %v313 = llvm.getelementptr %in_g_re[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v314 = llvm.load %v313 : !llvm.ptr -> f32
                %v315 = arith.negf %v314 : f32
                %v316 = arith.mulf %v315, %v117 fastmath<contract> : f32
                %v317 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v316) : (f32) -> f32
                %v318 = arith.addf %v43, %v317 fastmath<contract> : f32
                %v319 = arith.divf %v43, %v318 : f32
                %v320 = arith.muli %v28, %v109 : i64
                %v321 = arith.muli %v26, %size_L : i64
                %v322 = arith.addi %v320, %v321 : i64
                %v323 = arith.addi %v322, %v302 : i64
                %v324 = llvm.getelementptr %dy_y_re[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v325 = llvm.load %v324 : !llvm.ptr -> f32
                %v326 = arith.mulf %v319, %v325 fastmath<contract> : f32
                %v327 = llvm.load %v36 : !llvm.ptr -> f32
                %v328 = arith.mulf %v327, %v303 fastmath<contract> : f32
                %v329 = arith.addf %v326, %v328 fastmath<contract> : f32
                %v330 = llvm.load %v38 : !llvm.ptr -> f32
                %v331 = arith.mulf %v330, %v304 fastmath<contract> : f32
                %v332 = arith.addf %v331, %v329 fastmath<contract> : f32
                %v333 = arith.mulf %v305, %v327 fastmath<contract> : f32
                %v334 = arith.mulf %v330, %v307 fastmath<contract> : f32
                %v335 = arith.addf %v334, %v333 fastmath<contract> : f32
                %v336 = arith.mulf %v306, %v327 fastmath<contract> : f32
                %v337 = arith.mulf %v330, %v308 fastmath<contract> : f32
                %v338 = arith.addf %v337, %v336 fastmath<contract> : f32
                %v339 = arith.muli %v28, %v109 : i64
                %v340 = arith.muli %v26, %size_L : i64
                %v341 = arith.addi %v339, %v340 : i64
                %v342 = arith.addi %v341, %v302 : i64
                %v343 = llvm.getelementptr %in_g_im[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v344 = llvm.load %v343 : !llvm.ptr -> f32
                %v345 = arith.negf %v344 : f32
                %v346 = arith.mulf %v345, %v117 fastmath<contract> : f32
                %v347 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v346) : (f32) -> f32
                %v348 = arith.addf %v43, %v347 fastmath<contract> : f32
                %v349 = arith.divf %v43, %v348 : f32
                %v350 = arith.muli %v28, %v109 : i64
                %v351 = arith.muli %v26, %size_L : i64
                %v352 = arith.addi %v350, %v351 : i64
                %v353 = arith.addi %v352, %v302 : i64
                %v354 = llvm.getelementptr %dy_y_im[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v355 = llvm.load %v354 : !llvm.ptr -> f32
                %v356 = arith.mulf %v349, %v355 fastmath<contract> : f32
                %v357 = llvm.load %v37 : !llvm.ptr -> f32
                %v358 = arith.mulf %v357, %v304 fastmath<contract> : f32
                %v359 = arith.addf %v356, %v358 fastmath<contract> : f32
                %v360 = llvm.load %v39 : !llvm.ptr -> f32
                %v361 = arith.mulf %v360, %v303 fastmath<contract> : f32
                %v362 = arith.addf %v361, %v359 fastmath<contract> : f32
                %v363 = arith.mulf %v307, %v357 fastmath<contract> : f32
                %v364 = arith.mulf %v360, %v305 fastmath<contract> : f32
                %v365 = arith.addf %v364, %v363 fastmath<contract> : f32
                %v366 = arith.mulf %v308, %v357 fastmath<contract> : f32
                %v367 = arith.mulf %v360, %v306 fastmath<contract> : f32
                %v368 = arith.addf %v367, %v366 fastmath<contract> : f32
                llvm.store %v332, %v34 : f32, !llvm.ptr
                llvm.store %v335, %v44 : f32, !llvm.ptr
                llvm.store %v338, %v45 : f32, !llvm.ptr
                llvm.store %v362, %v35 : f32, !llvm.ptr
                llvm.store %v365, %v46 : f32, !llvm.ptr
                llvm.store %v368, %v47 : f32, !llvm.ptr
                scf.if %v301 {
                }
                %v369 = arith.muli %v28, %v109 : i64
                %v370 = arith.muli %v26, %size_L : i64
                %v371 = arith.addi %v369, %v370 : i64
                %v372 = arith.addi %v371, %v302 : i64
                %v373 = llvm.getelementptr %in_f[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v374 = llvm.load %v373 : !llvm.ptr -> f32
                %v375 = arith.negf %v374 : f32
                %v376 = arith.mulf %v375, %v117 fastmath<contract> : f32
                %v377 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v376) : (f32) -> f32
                %v378 = arith.addf %v43, %v377 fastmath<contract> : f32
                %v379 = arith.divf %v43, %v378 : f32
                %v380 = arith.mulf %v173, %v379 fastmath<contract> : f32
                %v381 = arith.addf %v172, %v380 fastmath<contract> : f32
                %v382 = arith.mulf %v381, %v198 fastmath<contract> : f32
                llvm.store %v382, %v36 : f32, !llvm.ptr
                %v383 = arith.mulf %v381, %v206 fastmath<contract> : f32
                llvm.store %v383, %v38 : f32, !llvm.ptr
                llvm.store %v382, %v37 : f32, !llvm.ptr
                %v384 = arith.negf %v383 : f32
                llvm.store %v384, %v39 : f32, !llvm.ptr
                %v385 = arith.addi %v85, %v30 : i64
                %v387 = arith.cmpi slt, %v386, %v91 : i32
                %v388 = arith.cmpi eq, %v386, %v97 : i32
                %v389 = arith.addi %v67, %v385 : i64
                %v390 = llvm.load %v34 : !llvm.ptr -> f32
                %v391 = llvm.load %v35 : !llvm.ptr -> f32
                %v392 = llvm.load %v44 : !llvm.ptr -> f32
                %v393 = llvm.load %v45 : !llvm.ptr -> f32
                %v394 = llvm.load %v46 : !llvm.ptr -> f32
                %v395 = llvm.load %v47 : !llvm.ptr -> f32
                %v396 = arith.muli %v28, %v109 : i64
                %v397 = arith.muli %v26, %size_L : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = arith.addi %v398, %v389 : i64
                %v400 = llvm.getelementptr %in_g_re[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v401 = llvm.load %v400 : !llvm.ptr -> f32
                %v402 = arith.negf %v401 : f32
                %v403 = arith.mulf %v402, %v117 fastmath<contract> : f32
                %v404 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v403) : (f32) -> f32
                %v405 = arith.addf %v43, %v404 fastmath<contract> : f32
                %v406 = arith.divf %v43, %v405 : f32
                %v407 = arith.muli %v28, %v109 : i64
                %v408 = arith.muli %v26, %size_L : i64
                %v409 = arith.addi %v407, %v408 : i64
                %v410 = arith.addi %v409, %v389 : i64
                %v411 = llvm.getelementptr %dy_y_re[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v412 = llvm.load %v411 : !llvm.ptr -> f32
                %v413 = arith.mulf %v406, %v412 fastmath<contract> : f32
                %v414 = llvm.load %v36 : !llvm.ptr -> f32
                %v415 = arith.mulf %v414, %v390 fastmath<contract> : f32
                %v416 = arith.addf %v413, %v415 fastmath<contract> : f32
                %v417 = llvm.load %v38 : !llvm.ptr -> f32
                %v418 = arith.mulf %v417, %v391 fastmath<contract> : f32
                %v419 = arith.addf %v418, %v416 fastmath<contract> : f32
                %v420 = arith.mulf %v392, %v414 fastmath<contract> : f32
                %v421 = arith.mulf %v417, %v394 fastmath<contract> : f32
                %v422 = arith.addf %v421, %v420 fastmath<contract> : f32
                %v423 = arith.mulf %v393, %v414 fastmath<contract> : f32
                %v424 = arith.mulf %v417, %v395 fastmath<contract> : f32
                %v425 = arith.addf %v424, %v423 fastmath<contract> : f32
                %v426 = arith.muli %v28, %v109 : i64
                %v427 = arith.muli %v26, %size_L : i64
                %v428 = arith.addi %v426, %v427 : i64
                %v429 = arith.addi %v428, %v389 : i64
                %v430 = llvm.getelementptr %in_g_im[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.negf %v431 : f32
                %v433 = arith.mulf %v432, %v117 fastmath<contract> : f32
                %v434 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v433) : (f32) -> f32
                %v435 = arith.addf %v43, %v434 fastmath<contract> : f32
                %v436 = arith.divf %v43, %v435 : f32
                %v437 = arith.muli %v28, %v109 : i64
                %v438 = arith.muli %v26, %size_L : i64
                %v439 = arith.addi %v437, %v438 : i64
                %v440 = arith.addi %v439, %v389 : i64
                %v441 = llvm.getelementptr %dy_y_im[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v442 = llvm.load %v441 : !llvm.ptr -> f32
                %v443 = arith.mulf %v436, %v442 fastmath<contract> : f32
                %v444 = llvm.load %v37 : !llvm.ptr -> f32
                %v445 = arith.mulf %v444, %v391 fastmath<contract> : f32
                %v446 = arith.addf %v443, %v445 fastmath<contract> : f32
                %v447 = llvm.load %v39 : !llvm.ptr -> f32
                %v448 = arith.mulf %v447, %v390 fastmath<contract> : f32
                %v449 = arith.addf %v448, %v446 fastmath<contract> : f32
                %v450 = arith.mulf %v394, %v444 fastmath<contract> : f32
                %v451 = arith.mulf %v447, %v392 fastmath<contract> : f32
                %v452 = arith.addf %v451, %v450 fastmath<contract> : f32
                %v453 = arith.mulf %v395, %v444 fastmath<contract> : f32
                %v454 = arith.mulf %v447, %v393 fastmath<contract> : f32
                %v455 = arith.addf %v454, %v453 fastmath<contract> : f32
                llvm.store %v419, %v34 : f32, !llvm.ptr
                llvm.store %v422, %v44 : f32, !llvm.ptr
                llvm.store %v425, %v45 : f32, !llvm.ptr
                llvm.store %v449, %v35 : f32, !llvm.ptr
                llvm.store %v452, %v46 : f32, !llvm.ptr
                llvm.store %v455, %v47 : f32, !llvm.ptr
                scf.if %v388 {
                }
                %v456 = arith.muli %v28, %v109 : i64
                %v457 = arith.muli %v26, %size_L : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = arith.addi %v458, %v389 : i64
                %v460 = llvm.getelementptr %in_f[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v461 = llvm.load %v460 : !llvm.ptr -> f32
                %v462 = arith.negf %v461 : f32
                %v463 = arith.mulf %v462, %v117 fastmath<contract> : f32
                %v464 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v463) : (f32) -> f32
                %v465 = arith.addf %v43, %v464 fastmath<contract> : f32
                %v466 = arith.divf %v43, %v465 : f32
                %v467 = arith.mulf %v173, %v466 fastmath<contract> : f32
                %v468 = arith.addf %v172, %v467 fastmath<contract> : f32
                %v469 = arith.mulf %v468, %v198 fastmath<contract> : f32
                llvm.store %v469, %v36 : f32, !llvm.ptr
                %v470 = arith.mulf %v468, %v206 fastmath<contract> : f32
                llvm.store %v470, %v38 : f32, !llvm.ptr
                llvm.store %v469, %v37 : f32, !llvm.ptr
                %v471 = arith.negf %v470 : f32
                llvm.store %v471, %v39 : f32, !llvm.ptr
                %v473 = arith.addi %v85, %v472 : i64
                %v475 = arith.cmpi slt, %v474, %v91 : i32
                %v476 = arith.cmpi eq, %v474, %v97 : i32
                %v477 = arith.addi %v67, %v473 : i64
                %v478 = llvm.load %v34 : !llvm.ptr -> f32
                %v479 = llvm.load %v35 : !llvm.ptr -> f32
                %v480 = llvm.load %v44 : !llvm.ptr -> f32
                %v481 = llvm.load %v45 : !llvm.ptr -> f32
                %v482 = llvm.load %v46 : !llvm.ptr -> f32
                %v483 = llvm.load %v47 : !llvm.ptr -> f32
                %v484 = arith.muli %v28, %v109 : i64
                %v485 = arith.muli %v26, %size_L : i64
                %v486 = arith.addi %v484, %v485 : i64
                %v487 = arith.addi %v486, %v477 : i64
                %v488 = llvm.getelementptr %in_g_re[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v489 = llvm.load %v488 : !llvm.ptr -> f32
                %v490 = arith.negf %v489 : f32
                %v491 = arith.mulf %v490, %v117 fastmath<contract> : f32
                %v492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v491) : (f32) -> f32
                %v493 = arith.addf %v43, %v492 fastmath<contract> : f32
                %v494 = arith.divf %v43, %v493 : f32
                %v495 = arith.muli %v28, %v109 : i64
                %v496 = arith.muli %v26, %size_L : i64
                %v497 = arith.addi %v495, %v496 : i64
                %v498 = arith.addi %v497, %v477 : i64
                %v499 = llvm.getelementptr %dy_y_re[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v500 = llvm.load %v499 : !llvm.ptr -> f32
                %v501 = arith.mulf %v494, %v500 fastmath<contract> : f32
                %v502 = llvm.load %v36 : !llvm.ptr -> f32
                %v503 = arith.mulf %v502, %v478 fastmath<contract> : f32
                %v504 = arith.addf %v501, %v503 fastmath<contract> : f32
                %v505 = llvm.load %v38 : !llvm.ptr -> f32
                %v506 = arith.mulf %v505, %v479 fastmath<contract> : f32
                %v507 = arith.addf %v506, %v504 fastmath<contract> : f32
                %v508 = arith.mulf %v480, %v502 fastmath<contract> : f32
                %v509 = arith.mulf %v505, %v482 fastmath<contract> : f32
                %v510 = arith.addf %v509, %v508 fastmath<contract> : f32
                %v511 = arith.mulf %v481, %v502 fastmath<contract> : f32
                %v512 = arith.mulf %v505, %v483 fastmath<contract> : f32
                %v513 = arith.addf %v512, %v511 fastmath<contract> : f32
                %v514 = arith.muli %v28, %v109 : i64
                %v515 = arith.muli %v26, %size_L : i64
                %v516 = arith.addi %v514, %v515 : i64
                %v517 = arith.addi %v516, %v477 : i64
                %v518 = llvm.getelementptr %in_g_im[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v519 = llvm.load %v518 : !llvm.ptr -> f32
                %v520 = arith.negf %v519 : f32
                %v521 = arith.mulf %v520, %v117 fastmath<contract> : f32
                %v522 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v521) : (f32) -> f32
                %v523 = arith.addf %v43, %v522 fastmath<contract> : f32
                %v524 = arith.divf %v43, %v523 : f32
                %v525 = arith.muli %v28, %v109 : i64
                %v526 = arith.muli %v26, %size_L : i64
                %v527 = arith.addi %v525, %v526 : i64
                %v528 = arith.addi %v527, %v477 : i64
                %v529 = llvm.getelementptr %dy_y_im[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                %v531 = arith.mulf %v524, %v530 fastmath<contract> : f32
                %v532 = llvm.load %v37 : !llvm.ptr -> f32
                %v533 = arith.mulf %v532, %v479 fastmath<contract> : f32
                %v534 = arith.addf %v531, %v533 fastmath<contract> : f32
                %v535 = llvm.load %v39 : !llvm.ptr -> f32
                %v536 = arith.mulf %v535, %v478 fastmath<contract> : f32
                %v537 = arith.addf %v536, %v534 fastmath<contract> : f32
                %v538 = arith.mulf %v482, %v532 fastmath<contract> : f32
                %v539 = arith.mulf %v535, %v480 fastmath<contract> : f32
                %v540 = arith.addf %v539, %v538 fastmath<contract> : f32
                %v541 = arith.mulf %v483, %v532 fastmath<contract> : f32
                %v542 = arith.mulf %v535, %v481 fastmath<contract> : f32
                %v543 = arith.addf %v542, %v541 fastmath<contract> : f32
                llvm.store %v507, %v34 : f32, !llvm.ptr
                llvm.store %v510, %v44 : f32, !llvm.ptr
                llvm.store %v513, %v45 : f32, !llvm.ptr
                llvm.store %v537, %v35 : f32, !llvm.ptr
                llvm.store %v540, %v46 : f32, !llvm.ptr
                llvm.store %v543, %v47 : f32, !llvm.ptr
                scf.if %v476 {
                }
                %v544 = arith.muli %v28, %v109 : i64
                %v545 = arith.muli %v26, %size_L : i64
                %v546 = arith.addi %v544, %v545 : i64
                %v547 = arith.addi %v546, %v477 : i64
                %v548 = llvm.getelementptr %in_f[%v547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v549 = llvm.load %v548 : !llvm.ptr -> f32
                %v550 = arith.negf %v549 : f32
                %v551 = arith.mulf %v550, %v117 fastmath<contract> : f32
                %v552 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v551) : (f32) -> f32
                %v553 = arith.addf %v43, %v552 fastmath<contract> : f32
                %v554 = arith.divf %v43, %v553 : f32
                %v555 = arith.mulf %v173, %v554 fastmath<contract> : f32
                %v556 = arith.addf %v172, %v555 fastmath<contract> : f32
                %v557 = arith.mulf %v556, %v198 fastmath<contract> : f32
                llvm.store %v557, %v36 : f32, !llvm.ptr
                %v558 = arith.mulf %v556, %v206 fastmath<contract> : f32
                llvm.store %v558, %v38 : f32, !llvm.ptr
                llvm.store %v557, %v37 : f32, !llvm.ptr
                %v559 = arith.negf %v558 : f32
                llvm.store %v559, %v39 : f32, !llvm.ptr
                %v561 = arith.addi %v85, %v560 : i64
                %v563 = arith.cmpi slt, %v562, %v91 : i32
                %v564 = arith.cmpi eq, %v562, %v97 : i32
                %v565 = arith.addi %v67, %v561 : i64
                %v566 = llvm.load %v34 : !llvm.ptr -> f32
                %v567 = llvm.load %v35 : !llvm.ptr -> f32
                %v568 = llvm.load %v44 : !llvm.ptr -> f32
                %v569 = llvm.load %v45 : !llvm.ptr -> f32
                %v570 = llvm.load %v46 : !llvm.ptr -> f32
                %v571 = llvm.load %v47 : !llvm.ptr -> f32
                %v572 = arith.muli %v28, %v109 : i64
                %v573 = arith.muli %v26, %size_L : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.addi %v574, %v565 : i64
                %v576 = llvm.getelementptr %in_g_re[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.negf %v577 : f32
                %v579 = arith.mulf %v578, %v117 fastmath<contract> : f32
                %v580 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v579) : (f32) -> f32
                %v581 = arith.addf %v43, %v580 fastmath<contract> : f32
                %v582 = arith.divf %v43, %v581 : f32
                %v583 = arith.muli %v28, %v109 : i64
                %v584 = arith.muli %v26, %size_L : i64
                %v585 = arith.addi %v583, %v584 : i64
                %v586 = arith.addi %v585, %v565 : i64
                %v587 = llvm.getelementptr %dy_y_re[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v588 = llvm.load %v587 : !llvm.ptr -> f32
                %v589 = arith.mulf %v582, %v588 fastmath<contract> : f32
                %v590 = llvm.load %v36 : !llvm.ptr -> f32
                %v591 = arith.mulf %v590, %v566 fastmath<contract> : f32
                %v592 = arith.addf %v589, %v591 fastmath<contract> : f32
                %v593 = llvm.load %v38 : !llvm.ptr -> f32
                %v594 = arith.mulf %v593, %v567 fastmath<contract> : f32
                %v595 = arith.addf %v594, %v592 fastmath<contract> : f32
                %v596 = arith.mulf %v568, %v590 fastmath<contract> : f32
                %v597 = arith.mulf %v593, %v570 fastmath<contract> : f32
                %v598 = arith.addf %v597, %v596 fastmath<contract> : f32
                %v599 = arith.mulf %v569, %v590 fastmath<contract> : f32
                %v600 = arith.mulf %v593, %v571 fastmath<contract> : f32
                %v601 = arith.addf %v600, %v599 fastmath<contract> : f32
                %v602 = arith.muli %v28, %v109 : i64
                %v603 = arith.muli %v26, %size_L : i64
                %v604 = arith.addi %v602, %v603 : i64
                %v605 = arith.addi %v604, %v565 : i64
                %v606 = llvm.getelementptr %in_g_im[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v607 = llvm.load %v606 : !llvm.ptr -> f32
                %v608 = arith.negf %v607 : f32
                %v609 = arith.mulf %v608, %v117 fastmath<contract> : f32
                %v610 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v609) : (f32) -> f32
                %v611 = arith.addf %v43, %v610 fastmath<contract> : f32
                %v612 = arith.divf %v43, %v611 : f32
                %v613 = arith.muli %v28, %v109 : i64
                %v614 = arith.muli %v26, %size_L : i64
                %v615 = arith.addi %v613, %v614 : i64
                %v616 = arith.addi %v615, %v565 : i64
                %v617 = llvm.getelementptr %dy_y_im[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v618 = llvm.load %v617 : !llvm.ptr -> f32
                %v619 = arith.mulf %v612, %v618 fastmath<contract> : f32
                %v620 = llvm.load %v37 : !llvm.ptr -> f32
                %v621 = arith.mulf %v620, %v567 fastmath<contract> : f32
                %v622 = arith.addf %v619, %v621 fastmath<contract> : f32
                %v623 = llvm.load %v39 : !llvm.ptr -> f32
                %v624 = arith.mulf %v623, %v566 fastmath<contract> : f32
                %v625 = arith.addf %v624, %v622 fastmath<contract> : f32
                %v626 = arith.mulf %v570, %v620 fastmath<contract> : f32
                %v627 = arith.mulf %v623, %v568 fastmath<contract> : f32
                %v628 = arith.addf %v627, %v626 fastmath<contract> : f32
                %v629 = arith.mulf %v571, %v620 fastmath<contract> : f32
                %v630 = arith.mulf %v623, %v569 fastmath<contract> : f32
                %v631 = arith.addf %v630, %v629 fastmath<contract> : f32
                llvm.store %v595, %v34 : f32, !llvm.ptr
                llvm.store %v598, %v44 : f32, !llvm.ptr
                llvm.store %v601, %v45 : f32, !llvm.ptr
                llvm.store %v625, %v35 : f32, !llvm.ptr
                llvm.store %v628, %v46 : f32, !llvm.ptr
                llvm.store %v631, %v47 : f32, !llvm.ptr
                scf.if %v564 {
                }
                %v632 = arith.muli %v28, %v109 : i64
                %v633 = arith.muli %v26, %size_L : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = arith.addi %v634, %v565 : i64
                %v636 = llvm.getelementptr %in_f[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v637 = llvm.load %v636 : !llvm.ptr -> f32
                %v638 = arith.negf %v637 : f32
                %v639 = arith.mulf %v638, %v117 fastmath<contract> : f32
                %v640 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v639) : (f32) -> f32
                %v641 = arith.addf %v43, %v640 fastmath<contract> : f32
                %v642 = arith.divf %v43, %v641 : f32
                %v643 = arith.mulf %v173, %v642 fastmath<contract> : f32
                %v644 = arith.addf %v172, %v643 fastmath<contract> : f32
                %v645 = arith.mulf %v644, %v198 fastmath<contract> : f32
                llvm.store %v645, %v36 : f32, !llvm.ptr
                %v646 = arith.mulf %v644, %v206 fastmath<contract> : f32
                llvm.store %v646, %v38 : f32, !llvm.ptr
                llvm.store %v645, %v37 : f32, !llvm.ptr
                %v647 = arith.negf %v646 : f32
                llvm.store %v647, %v39 : f32, !llvm.ptr
                %v648 = arith.addi %v85, %v1 : i64
                %v650 = arith.cmpi slt, %v649, %v91 : i32
                %v651 = arith.cmpi eq, %v649, %v97 : i32
                %v652 = arith.addi %v67, %v648 : i64
                %v653 = llvm.load %v34 : !llvm.ptr -> f32
                %v654 = llvm.load %v35 : !llvm.ptr -> f32
                %v655 = llvm.load %v44 : !llvm.ptr -> f32
                %v656 = llvm.load %v45 : !llvm.ptr -> f32
                %v657 = llvm.load %v46 : !llvm.ptr -> f32
                %v658 = llvm.load %v47 : !llvm.ptr -> f32
                %v659 = arith.muli %v28, %v109 : i64
                %v660 = arith.muli %v26, %size_L : i64
                %v661 = arith.addi %v659, %v660 : i64
                %v662 = arith.addi %v661, %v652 : i64
                %v663 = llvm.getelementptr %in_g_re[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v664 = llvm.load %v663 : !llvm.ptr -> f32
                %v665 = arith.negf %v664 : f32
                %v666 = arith.mulf %v665, %v117 fastmath<contract> : f32
                %v667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v666) : (f32) -> f32
                %v668 = arith.addf %v43, %v667 fastmath<contract> : f32
                %v669 = arith.divf %v43, %v668 : f32
                %v670 = arith.muli %v28, %v109 : i64
                %v671 = arith.muli %v26, %size_L : i64
                %v672 = arith.addi %v670, %v671 : i64
                %v673 = arith.addi %v672, %v652 : i64
                %v674 = llvm.getelementptr %dy_y_re[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v675 = llvm.load %v674 : !llvm.ptr -> f32
                %v676 = arith.mulf %v669, %v675 fastmath<contract> : f32
                %v677 = llvm.load %v36 : !llvm.ptr -> f32
                %v678 = arith.mulf %v677, %v653 fastmath<contract> : f32
                %v679 = arith.addf %v676, %v678 fastmath<contract> : f32
                %v680 = llvm.load %v38 : !llvm.ptr -> f32
                %v681 = arith.mulf %v680, %v654 fastmath<contract> : f32
                %v682 = arith.addf %v681, %v679 fastmath<contract> : f32
                %v683 = arith.mulf %v655, %v677 fastmath<contract> : f32
                %v684 = arith.mulf %v680, %v657 fastmath<contract> : f32
                %v685 = arith.addf %v684, %v683 fastmath<contract> : f32
                %v686 = arith.mulf %v656, %v677 fastmath<contract> : f32
                %v687 = arith.mulf %v680, %v658 fastmath<contract> : f32
                %v688 = arith.addf %v687, %v686 fastmath<contract> : f32
                %v689 = arith.muli %v28, %v109 : i64
                %v690 = arith.muli %v26, %size_L : i64
                %v691 = arith.addi %v689, %v690 : i64
                %v692 = arith.addi %v691, %v652 : i64
                %v693 = llvm.getelementptr %in_g_im[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v694 = llvm.load %v693 : !llvm.ptr -> f32
                %v695 = arith.negf %v694 : f32
                %v696 = arith.mulf %v695, %v117 fastmath<contract> : f32
                %v697 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v696) : (f32) -> f32
                %v698 = arith.addf %v43, %v697 fastmath<contract> : f32
                %v699 = arith.divf %v43, %v698 : f32
                %v700 = arith.muli %v28, %v109 : i64
                %v701 = arith.muli %v26, %size_L : i64
                %v702 = arith.addi %v700, %v701 : i64
                %v703 = arith.addi %v702, %v652 : i64
                %v704 = llvm.getelementptr %dy_y_im[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v705 = llvm.load %v704 : !llvm.ptr -> f32
                %v706 = arith.mulf %v699, %v705 fastmath<contract> : f32
                %v707 = llvm.load %v37 : !llvm.ptr -> f32
                %v708 = arith.mulf %v707, %v654 fastmath<contract> : f32
                %v709 = arith.addf %v706, %v708 fastmath<contract> : f32
                %v710 = llvm.load %v39 : !llvm.ptr -> f32
                %v711 = arith.mulf %v710, %v653 fastmath<contract> : f32
                %v712 = arith.addf %v711, %v709 fastmath<contract> : f32
                %v713 = arith.mulf %v657, %v707 fastmath<contract> : f32
                %v714 = arith.mulf %v710, %v655 fastmath<contract> : f32
                %v715 = arith.addf %v714, %v713 fastmath<contract> : f32
                %v716 = arith.mulf %v658, %v707 fastmath<contract> : f32
                %v717 = arith.mulf %v710, %v656 fastmath<contract> : f32
                %v718 = arith.addf %v717, %v716 fastmath<contract> : f32
                llvm.store %v682, %v34 : f32, !llvm.ptr
                llvm.store %v685, %v44 : f32, !llvm.ptr
                llvm.store %v688, %v45 : f32, !llvm.ptr
                llvm.store %v712, %v35 : f32, !llvm.ptr
                llvm.store %v715, %v46 : f32, !llvm.ptr
                llvm.store %v718, %v47 : f32, !llvm.ptr
                scf.if %v651 {
                }
                %v719 = arith.muli %v28, %v109 : i64
                %v720 = arith.muli %v26, %size_L : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = arith.addi %v721, %v652 : i64
                %v723 = llvm.getelementptr %in_f[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v724 = llvm.load %v723 : !llvm.ptr -> f32
                %v725 = arith.negf %v724 : f32
                %v726 = arith.mulf %v725, %v117 fastmath<contract> : f32
                %v727 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v726) : (f32) -> f32
                %v728 = arith.addf %v43, %v727 fastmath<contract> : f32
                %v729 = arith.divf %v43, %v728 : f32
                %v730 = arith.mulf %v173, %v729 fastmath<contract> : f32
                %v731 = arith.addf %v172, %v730 fastmath<contract> : f32
                %v732 = arith.mulf %v731, %v198 fastmath<contract> : f32
                llvm.store %v732, %v36 : f32, !llvm.ptr
                %v733 = arith.mulf %v731, %v206 fastmath<contract> : f32
                llvm.store %v733, %v38 : f32, !llvm.ptr
                llvm.store %v732, %v37 : f32, !llvm.ptr
                %v734 = arith.negf %v733 : f32
                llvm.store %v734, %v39 : f32, !llvm.ptr
                %v736 = arith.cmpi slt, %v735, %v91 : i32
                %v737 = arith.cmpi eq, %v735, %v97 : i32
                %v738 = arith.addi %v67, %v85 : i64
                %v739 = llvm.load %v34 : !llvm.ptr -> f32
                %v740 = llvm.load %v35 : !llvm.ptr -> f32
                %v741 = llvm.load %v44 : !llvm.ptr -> f32
                %v742 = llvm.load %v45 : !llvm.ptr -> f32
                %v743 = llvm.load %v46 : !llvm.ptr -> f32
                %v744 = llvm.load %v47 : !llvm.ptr -> f32
                %v745 = arith.muli %v28, %v109 : i64
                %v746 = arith.muli %v26, %size_L : i64
                %v747 = arith.addi %v745, %v746 : i64
                %v748 = arith.addi %v747, %v738 : i64
                %v749 = llvm.getelementptr %in_g_re[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v750 = llvm.load %v749 : !llvm.ptr -> f32
                %v751 = arith.negf %v750 : f32
                %v752 = arith.mulf %v751, %v117 fastmath<contract> : f32
                %v753 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v752) : (f32) -> f32
                %v754 = arith.addf %v43, %v753 fastmath<contract> : f32
                %v755 = arith.divf %v43, %v754 : f32
                %v756 = arith.muli %v28, %v109 : i64
                %v757 = arith.muli %v26, %size_L : i64
                %v758 = arith.addi %v756, %v757 : i64
                %v759 = arith.addi %v758, %v738 : i64
                %v760 = llvm.getelementptr %dy_y_re[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v761 = llvm.load %v760 : !llvm.ptr -> f32
                %v762 = arith.mulf %v755, %v761 fastmath<contract> : f32
                %v763 = llvm.load %v36 : !llvm.ptr -> f32
                %v764 = arith.mulf %v763, %v739 fastmath<contract> : f32
                %v765 = arith.addf %v762, %v764 fastmath<contract> : f32
                %v766 = llvm.load %v38 : !llvm.ptr -> f32
                %v767 = arith.mulf %v766, %v740 fastmath<contract> : f32
                %v768 = arith.addf %v767, %v765 fastmath<contract> : f32
                %v769 = arith.mulf %v741, %v763 fastmath<contract> : f32
                %v770 = arith.mulf %v766, %v743 fastmath<contract> : f32
                %v771 = arith.addf %v770, %v769 fastmath<contract> : f32
                %v772 = arith.mulf %v742, %v763 fastmath<contract> : f32
                %v773 = arith.mulf %v766, %v744 fastmath<contract> : f32
                %v774 = arith.addf %v773, %v772 fastmath<contract> : f32
                %v775 = arith.muli %v28, %v109 : i64
                %v776 = arith.muli %v26, %size_L : i64
                %v777 = arith.addi %v775, %v776 : i64
                %v778 = arith.addi %v777, %v738 : i64
                %v779 = llvm.getelementptr %in_g_im[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v780 = llvm.load %v779 : !llvm.ptr -> f32
                %v781 = arith.negf %v780 : f32
                %v782 = arith.mulf %v781, %v117 fastmath<contract> : f32
                %v783 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v782) : (f32) -> f32
                %v784 = arith.addf %v43, %v783 fastmath<contract> : f32
                %v785 = arith.divf %v43, %v784 : f32
                %v786 = arith.muli %v28, %v109 : i64
                %v787 = arith.muli %v26, %size_L : i64
                %v788 = arith.addi %v786, %v787 : i64
                %v789 = arith.addi %v788, %v738 : i64
                %v790 = llvm.getelementptr %dy_y_im[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v791 = llvm.load %v790 : !llvm.ptr -> f32
                %v792 = arith.mulf %v785, %v791 fastmath<contract> : f32
                %v793 = llvm.load %v37 : !llvm.ptr -> f32
                %v794 = arith.mulf %v793, %v740 fastmath<contract> : f32
                %v795 = arith.addf %v792, %v794 fastmath<contract> : f32
                %v796 = llvm.load %v39 : !llvm.ptr -> f32
                %v797 = arith.mulf %v796, %v739 fastmath<contract> : f32
                %v798 = arith.addf %v797, %v795 fastmath<contract> : f32
                %v799 = arith.mulf %v743, %v793 fastmath<contract> : f32
                %v800 = arith.mulf %v796, %v741 fastmath<contract> : f32
                %v801 = arith.addf %v800, %v799 fastmath<contract> : f32
                %v802 = arith.mulf %v744, %v793 fastmath<contract> : f32
                %v803 = arith.mulf %v796, %v742 fastmath<contract> : f32
                %v804 = arith.addf %v803, %v802 fastmath<contract> : f32
                llvm.store %v768, %v34 : f32, !llvm.ptr
                llvm.store %v771, %v44 : f32, !llvm.ptr
                llvm.store %v774, %v45 : f32, !llvm.ptr
                llvm.store %v798, %v35 : f32, !llvm.ptr
                llvm.store %v801, %v46 : f32, !llvm.ptr
                llvm.store %v804, %v47 : f32, !llvm.ptr
                scf.if %v737 {
                }
                %v805 = arith.muli %v28, %v109 : i64
                %v806 = arith.muli %v26, %size_L : i64
                %v807 = arith.addi %v805, %v806 : i64
                %v808 = arith.addi %v807, %v738 : i64
                %v809 = llvm.getelementptr %in_f[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v810 = llvm.load %v809 : !llvm.ptr -> f32
                %v811 = arith.negf %v810 : f32
                %v812 = arith.mulf %v811, %v117 fastmath<contract> : f32
                %v813 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v812) : (f32) -> f32
                %v814 = arith.addf %v43, %v813 fastmath<contract> : f32
                %v815 = arith.divf %v43, %v814 : f32
                %v816 = arith.mulf %v173, %v815 fastmath<contract> : f32
                %v817 = arith.addf %v172, %v816 fastmath<contract> : f32
                %v818 = arith.mulf %v817, %v198 fastmath<contract> : f32
                llvm.store %v818, %v36 : f32, !llvm.ptr
                %v819 = arith.mulf %v817, %v206 fastmath<contract> : f32
                llvm.store %v819, %v38 : f32, !llvm.ptr
                llvm.store %v818, %v37 : f32, !llvm.ptr
                %v820 = arith.negf %v819 : f32
                llvm.store %v820, %v39 : f32, !llvm.ptr
              } else {
                %v821 = arith.subi %v69, %v1 : i64
                // the group's states, recomputed into registers
                %v822 = arith.subi %v69, %v85 : i64
                %v823 = arith.trunci %v822 : i64 to i32
                %v824 = arith.subi %size_L, %v1 : i64
                %v825 = arith.addi %v67, %v85 : i64
                %v826 = arith.subi %v824, %v825 : i64
                %v827 = arith.minsi %v826, %v95 : i64
                %v828 = arith.trunci %v827 : i64 to i32
                %v829 = arith.addi %v85, %v52 : i64
                %v830 = arith.cmpi slt, %v99, %v823 : i32
                %v831 = arith.cmpi eq, %v99, %v828 : i32
                scf.if %v830 {
                  %v832 = arith.addi %v67, %v829 : i64
                  %v833 = llvm.load %v34 : !llvm.ptr -> f32
                  %v834 = llvm.load %v35 : !llvm.ptr -> f32
                  %v835 = llvm.load %v44 : !llvm.ptr -> f32
                  %v836 = llvm.load %v45 : !llvm.ptr -> f32
                  %v837 = llvm.load %v46 : !llvm.ptr -> f32
                  %v838 = llvm.load %v47 : !llvm.ptr -> f32
                  %v839 = arith.muli %v28, %v109 : i64
                  %v840 = arith.muli %v26, %size_L : i64
                  %v841 = arith.addi %v839, %v840 : i64
                  %v842 = arith.addi %v841, %v832 : i64
                  %v843 = llvm.getelementptr %in_g_re[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v844 = llvm.load %v843 : !llvm.ptr -> f32
                  %v845 = arith.negf %v844 : f32
                  %v846 = arith.mulf %v845, %v117 fastmath<contract> : f32
                  %v847 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v846) : (f32) -> f32
                  %v848 = arith.addf %v43, %v847 fastmath<contract> : f32
                  %v849 = arith.divf %v43, %v848 : f32
                  %v850 = arith.muli %v28, %v109 : i64
                  %v851 = arith.muli %v26, %size_L : i64
                  %v852 = arith.addi %v850, %v851 : i64
                  %v853 = arith.addi %v852, %v832 : i64
                  %v854 = llvm.getelementptr %dy_y_re[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v855 = llvm.load %v854 : !llvm.ptr -> f32
                  %v856 = arith.mulf %v849, %v855 fastmath<contract> : f32
                  %v857 = llvm.load %v36 : !llvm.ptr -> f32
                  %v858 = arith.mulf %v857, %v833 fastmath<contract> : f32
                  %v859 = arith.addf %v856, %v858 fastmath<contract> : f32
                  %v860 = llvm.load %v38 : !llvm.ptr -> f32
                  %v861 = arith.mulf %v860, %v834 fastmath<contract> : f32
                  %v862 = arith.addf %v861, %v859 fastmath<contract> : f32
                  %v863 = arith.mulf %v835, %v857 fastmath<contract> : f32
                  %v864 = arith.mulf %v860, %v837 fastmath<contract> : f32
                  %v865 = arith.addf %v864, %v863 fastmath<contract> : f32
                  %v866 = arith.mulf %v836, %v857 fastmath<contract> : f32
                  %v867 = arith.mulf %v860, %v838 fastmath<contract> : f32
                  %v868 = arith.addf %v867, %v866 fastmath<contract> : f32
                  %v869 = arith.muli %v28, %v109 : i64
                  %v870 = arith.muli %v26, %size_L : i64
                  %v871 = arith.addi %v869, %v870 : i64
                  %v872 = arith.addi %v871, %v832 : i64
                  %v873 = llvm.getelementptr %in_g_im[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v874 = llvm.load %v873 : !llvm.ptr -> f32
                  %v875 = arith.negf %v874 : f32
                  %v876 = arith.mulf %v875, %v117 fastmath<contract> : f32
                  %v877 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v876) : (f32) -> f32
                  %v878 = arith.addf %v43, %v877 fastmath<contract> : f32
                  %v879 = arith.divf %v43, %v878 : f32
                  %v880 = arith.muli %v28, %v109 : i64
                  %v881 = arith.muli %v26, %size_L : i64
                  %v882 = arith.addi %v880, %v881 : i64
                  %v883 = arith.addi %v882, %v832 : i64
                  %v884 = llvm.getelementptr %dy_y_im[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v885 = llvm.load %v884 : !llvm.ptr -> f32
                  %v886 = arith.mulf %v879, %v885 fastmath<contract> : f32
                  %v887 = llvm.load %v37 : !llvm.ptr -> f32
                  %v888 = arith.mulf %v887, %v834 fastmath<contract> : f32
                  %v889 = arith.addf %v886, %v888 fastmath<contract> : f32
                  %v890 = llvm.load %v39 : !llvm.ptr -> f32
                  %v891 = arith.mulf %v890, %v833 fastmath<contract> : f32
                  %v892 = arith.addf %v891, %v889 fastmath<contract> : f32
                  %v893 = arith.mulf %v837, %v887 fastmath<contract> : f32
                  %v894 = arith.mulf %v890, %v835 fastmath<contract> : f32
                  %v895 = arith.addf %v894, %v893 fastmath<contract> : f32
                  %v896 = arith.mulf %v838, %v887 fastmath<contract> : f32
                  %v897 = arith.mulf %v890, %v836 fastmath<contract> : f32
                  %v898 = arith.addf %v897, %v896 fastmath<contract> : f32
                  llvm.store %v862, %v34 : f32, !llvm.ptr
                  llvm.store %v865, %v44 : f32, !llvm.ptr
                  llvm.store %v868, %v45 : f32, !llvm.ptr
                  llvm.store %v892, %v35 : f32, !llvm.ptr
                  llvm.store %v895, %v46 : f32, !llvm.ptr
                  llvm.store %v898, %v47 : f32, !llvm.ptr
                  scf.if %v831 {
                  }
                  %v899 = arith.muli %v28, %v109 : i64
                  %v900 = arith.muli %v26, %size_L : i64
                  %v901 = arith.addi %v899, %v900 : i64
                  %v902 = arith.addi %v901, %v832 : i64
                  %v903 = llvm.getelementptr %in_f[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v904 = llvm.load %v903 : !llvm.ptr -> f32
                  %v905 = arith.negf %v904 : f32
                  %v906 = arith.mulf %v905, %v117 fastmath<contract> : f32
                  %v907 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v906) : (f32) -> f32
                  %v908 = arith.addf %v43, %v907 fastmath<contract> : f32
                  %v909 = arith.divf %v43, %v908 : f32
                  %v910 = arith.mulf %v173, %v909 fastmath<contract> : f32
                  %v911 = arith.addf %v172, %v910 fastmath<contract> : f32
                  %v912 = arith.mulf %v911, %v198 fastmath<contract> : f32
                  llvm.store %v912, %v36 : f32, !llvm.ptr
                  %v913 = arith.mulf %v911, %v206 fastmath<contract> : f32
                  llvm.store %v913, %v38 : f32, !llvm.ptr
                  llvm.store %v912, %v37 : f32, !llvm.ptr
                  %v914 = arith.negf %v913 : f32
                  llvm.store %v914, %v39 : f32, !llvm.ptr
                }
                %v915 = arith.addi %v85, %v209 : i64
                %v916 = arith.cmpi slt, %v211, %v823 : i32
                %v917 = arith.cmpi eq, %v211, %v828 : i32
                scf.if %v916 {
                  %v918 = arith.addi %v67, %v915 : i64
                  %v919 = llvm.load %v34 : !llvm.ptr -> f32
                  %v920 = llvm.load %v35 : !llvm.ptr -> f32
                  %v921 = llvm.load %v44 : !llvm.ptr -> f32
                  %v922 = llvm.load %v45 : !llvm.ptr -> f32
                  %v923 = llvm.load %v46 : !llvm.ptr -> f32
                  %v924 = llvm.load %v47 : !llvm.ptr -> f32
                  %v925 = arith.muli %v28, %v109 : i64
                  %v926 = arith.muli %v26, %size_L : i64
                  %v927 = arith.addi %v925, %v926 : i64
                  %v928 = arith.addi %v927, %v918 : i64
                  %v929 = llvm.getelementptr %in_g_re[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v930 = llvm.load %v929 : !llvm.ptr -> f32
                  %v931 = arith.negf %v930 : f32
                  %v932 = arith.mulf %v931, %v117 fastmath<contract> : f32
                  %v933 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v932) : (f32) -> f32
                  %v934 = arith.addf %v43, %v933 fastmath<contract> : f32
                  %v935 = arith.divf %v43, %v934 : f32
                  %v936 = arith.muli %v28, %v109 : i64
                  %v937 = arith.muli %v26, %size_L : i64
                  %v938 = arith.addi %v936, %v937 : i64
                  %v939 = arith.addi %v938, %v918 : i64
                  %v940 = llvm.getelementptr %dy_y_re[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v941 = llvm.load %v940 : !llvm.ptr -> f32
                  %v942 = arith.mulf %v935, %v941 fastmath<contract> : f32
                  %v943 = llvm.load %v36 : !llvm.ptr -> f32
                  %v944 = arith.mulf %v943, %v919 fastmath<contract> : f32
                  %v945 = arith.addf %v942, %v944 fastmath<contract> : f32
                  %v946 = llvm.load %v38 : !llvm.ptr -> f32
                  %v947 = arith.mulf %v946, %v920 fastmath<contract> : f32
                  %v948 = arith.addf %v947, %v945 fastmath<contract> : f32
                  %v949 = arith.mulf %v921, %v943 fastmath<contract> : f32
                  %v950 = arith.mulf %v946, %v923 fastmath<contract> : f32
                  %v951 = arith.addf %v950, %v949 fastmath<contract> : f32
                  %v952 = arith.mulf %v922, %v943 fastmath<contract> : f32
                  %v953 = arith.mulf %v946, %v924 fastmath<contract> : f32
                  %v954 = arith.addf %v953, %v952 fastmath<contract> : f32
                  %v955 = arith.muli %v28, %v109 : i64
                  %v956 = arith.muli %v26, %size_L : i64
                  %v957 = arith.addi %v955, %v956 : i64
                  %v958 = arith.addi %v957, %v918 : i64
                  %v959 = llvm.getelementptr %in_g_im[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v960 = llvm.load %v959 : !llvm.ptr -> f32
                  %v961 = arith.negf %v960 : f32
                  %v962 = arith.mulf %v961, %v117 fastmath<contract> : f32
                  %v963 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v962) : (f32) -> f32
                  %v964 = arith.addf %v43, %v963 fastmath<contract> : f32
                  %v965 = arith.divf %v43, %v964 : f32
                  %v966 = arith.muli %v28, %v109 : i64
                  %v967 = arith.muli %v26, %size_L : i64
                  %v968 = arith.addi %v966, %v967 : i64
                  %v969 = arith.addi %v968, %v918 : i64
                  %v970 = llvm.getelementptr %dy_y_im[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v971 = llvm.load %v970 : !llvm.ptr -> f32
                  %v972 = arith.mulf %v965, %v971 fastmath<contract> : f32
                  %v973 = llvm.load %v37 : !llvm.ptr -> f32
                  %v974 = arith.mulf %v973, %v920 fastmath<contract> : f32
                  %v975 = arith.addf %v972, %v974 fastmath<contract> : f32
                  %v976 = llvm.load %v39 : !llvm.ptr -> f32
                  %v977 = arith.mulf %v976, %v919 fastmath<contract> : f32
                  %v978 = arith.addf %v977, %v975 fastmath<contract> : f32
                  %v979 = arith.mulf %v923, %v973 fastmath<contract> : f32
                  %v980 = arith.mulf %v976, %v921 fastmath<contract> : f32
                  %v981 = arith.addf %v980, %v979 fastmath<contract> : f32
                  %v982 = arith.mulf %v924, %v973 fastmath<contract> : f32
                  %v983 = arith.mulf %v976, %v922 fastmath<contract> : f32
                  %v984 = arith.addf %v983, %v982 fastmath<contract> : f32
                  llvm.store %v948, %v34 : f32, !llvm.ptr
                  llvm.store %v951, %v44 : f32, !llvm.ptr
                  llvm.store %v954, %v45 : f32, !llvm.ptr
                  llvm.store %v978, %v35 : f32, !llvm.ptr
                  llvm.store %v981, %v46 : f32, !llvm.ptr
                  llvm.store %v984, %v47 : f32, !llvm.ptr
                  scf.if %v917 {
                  }
                  %v985 = arith.muli %v28, %v109 : i64
                  %v986 = arith.muli %v26, %size_L : i64
                  %v987 = arith.addi %v985, %v986 : i64
                  %v988 = arith.addi %v987, %v918 : i64
                  %v989 = llvm.getelementptr %in_f[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v990 = llvm.load %v989 : !llvm.ptr -> f32
                  %v991 = arith.negf %v990 : f32
                  %v992 = arith.mulf %v991, %v117 fastmath<contract> : f32
                  %v993 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v992) : (f32) -> f32
                  %v994 = arith.addf %v43, %v993 fastmath<contract> : f32
                  %v995 = arith.divf %v43, %v994 : f32
                  %v996 = arith.mulf %v173, %v995 fastmath<contract> : f32
                  %v997 = arith.addf %v172, %v996 fastmath<contract> : f32
                  %v998 = arith.mulf %v997, %v198 fastmath<contract> : f32
                  llvm.store %v998, %v36 : f32, !llvm.ptr
                  %v999 = arith.mulf %v997, %v206 fastmath<contract> : f32
                  llvm.store %v999, %v38 : f32, !llvm.ptr
                  llvm.store %v998, %v37 : f32, !llvm.ptr
                  %v1000 = arith.negf %v999 : f32
                  llvm.store %v1000, %v39 : f32, !llvm.ptr
                }
                %v1001 = arith.addi %v85, %v297 : i64
                %v1002 = arith.cmpi slt, %v299, %v823 : i32
                %v1003 = arith.cmpi eq, %v299, %v828 : i32
                scf.if %v1002 {
                  %v1004 = arith.addi %v67, %v1001 : i64
                  %v1005 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1006 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1007 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1008 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1009 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1010 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1011 = arith.muli %v28, %v109 : i64
                  %v1012 = arith.muli %v26, %size_L : i64
                  %v1013 = arith.addi %v1011, %v1012 : i64
                  %v1014 = arith.addi %v1013, %v1004 : i64
                  %v1015 = llvm.getelementptr %in_g_re[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
                  %v1017 = arith.negf %v1016 : f32
                  %v1018 = arith.mulf %v1017, %v117 fastmath<contract> : f32
                  %v1019 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1018) : (f32) -> f32
                  %v1020 = arith.addf %v43, %v1019 fastmath<contract> : f32
                  %v1021 = arith.divf %v43, %v1020 : f32
                  %v1022 = arith.muli %v28, %v109 : i64
                  %v1023 = arith.muli %v26, %size_L : i64
                  %v1024 = arith.addi %v1022, %v1023 : i64
                  %v1025 = arith.addi %v1024, %v1004 : i64
                  %v1026 = llvm.getelementptr %dy_y_re[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
                  %v1028 = arith.mulf %v1021, %v1027 fastmath<contract> : f32
                  %v1029 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1030 = arith.mulf %v1029, %v1005 fastmath<contract> : f32
                  %v1031 = arith.addf %v1028, %v1030 fastmath<contract> : f32
                  %v1032 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1033 = arith.mulf %v1032, %v1006 fastmath<contract> : f32
                  %v1034 = arith.addf %v1033, %v1031 fastmath<contract> : f32
                  %v1035 = arith.mulf %v1007, %v1029 fastmath<contract> : f32
                  %v1036 = arith.mulf %v1032, %v1009 fastmath<contract> : f32
                  %v1037 = arith.addf %v1036, %v1035 fastmath<contract> : f32
                  %v1038 = arith.mulf %v1008, %v1029 fastmath<contract> : f32
                  %v1039 = arith.mulf %v1032, %v1010 fastmath<contract> : f32
                  %v1040 = arith.addf %v1039, %v1038 fastmath<contract> : f32
                  %v1041 = arith.muli %v28, %v109 : i64
                  %v1042 = arith.muli %v26, %size_L : i64
                  %v1043 = arith.addi %v1041, %v1042 : i64
                  %v1044 = arith.addi %v1043, %v1004 : i64
                  %v1045 = llvm.getelementptr %in_g_im[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1046 = llvm.load %v1045 : !llvm.ptr -> f32
                  %v1047 = arith.negf %v1046 : f32
                  %v1048 = arith.mulf %v1047, %v117 fastmath<contract> : f32
                  %v1049 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1048) : (f32) -> f32
                  %v1050 = arith.addf %v43, %v1049 fastmath<contract> : f32
                  %v1051 = arith.divf %v43, %v1050 : f32
                  %v1052 = arith.muli %v28, %v109 : i64
                  %v1053 = arith.muli %v26, %size_L : i64
                  %v1054 = arith.addi %v1052, %v1053 : i64
                  %v1055 = arith.addi %v1054, %v1004 : i64
                  %v1056 = llvm.getelementptr %dy_y_im[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1057 = llvm.load %v1056 : !llvm.ptr -> f32
                  %v1058 = arith.mulf %v1051, %v1057 fastmath<contract> : f32
                  %v1059 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1060 = arith.mulf %v1059, %v1006 fastmath<contract> : f32
                  %v1061 = arith.addf %v1058, %v1060 fastmath<contract> : f32
                  %v1062 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1063 = arith.mulf %v1062, %v1005 fastmath<contract> : f32
                  %v1064 = arith.addf %v1063, %v1061 fastmath<contract> : f32
                  %v1065 = arith.mulf %v1009, %v1059 fastmath<contract> : f32
                  %v1066 = arith.mulf %v1062, %v1007 fastmath<contract> : f32
                  %v1067 = arith.addf %v1066, %v1065 fastmath<contract> : f32
                  %v1068 = arith.mulf %v1010, %v1059 fastmath<contract> : f32
                  %v1069 = arith.mulf %v1062, %v1008 fastmath<contract> : f32
                  %v1070 = arith.addf %v1069, %v1068 fastmath<contract> : f32
                  llvm.store %v1034, %v34 : f32, !llvm.ptr
                  llvm.store %v1037, %v44 : f32, !llvm.ptr
                  llvm.store %v1040, %v45 : f32, !llvm.ptr
                  llvm.store %v1064, %v35 : f32, !llvm.ptr
                  llvm.store %v1067, %v46 : f32, !llvm.ptr
                  llvm.store %v1070, %v47 : f32, !llvm.ptr
                  scf.if %v1003 {
                  }
                  %v1071 = arith.muli %v28, %v109 : i64
                  %v1072 = arith.muli %v26, %size_L : i64
                  %v1073 = arith.addi %v1071, %v1072 : i64
                  %v1074 = arith.addi %v1073, %v1004 : i64
                  %v1075 = llvm.getelementptr %in_f[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
                  %v1077 = arith.negf %v1076 : f32
                  %v1078 = arith.mulf %v1077, %v117 fastmath<contract> : f32
                  %v1079 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1078) : (f32) -> f32
                  %v1080 = arith.addf %v43, %v1079 fastmath<contract> : f32
                  %v1081 = arith.divf %v43, %v1080 : f32
                  %v1082 = arith.mulf %v173, %v1081 fastmath<contract> : f32
                  %v1083 = arith.addf %v172, %v1082 fastmath<contract> : f32
                  %v1084 = arith.mulf %v1083, %v198 fastmath<contract> : f32
                  llvm.store %v1084, %v36 : f32, !llvm.ptr
                  %v1085 = arith.mulf %v1083, %v206 fastmath<contract> : f32
                  llvm.store %v1085, %v38 : f32, !llvm.ptr
                  llvm.store %v1084, %v37 : f32, !llvm.ptr
                  %v1086 = arith.negf %v1085 : f32
                  llvm.store %v1086, %v39 : f32, !llvm.ptr
                }
                %v1087 = arith.addi %v85, %v30 : i64
                %v1088 = arith.cmpi slt, %v386, %v823 : i32
                %v1089 = arith.cmpi eq, %v386, %v828 : i32
                scf.if %v1088 {
                  %v1090 = arith.addi %v67, %v1087 : i64
                  %v1091 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1092 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1093 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1094 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1095 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1096 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1097 = arith.muli %v28, %v109 : i64
                  %v1098 = arith.muli %v26, %size_L : i64
                  %v1099 = arith.addi %v1097, %v1098 : i64
                  %v1100 = arith.addi %v1099, %v1090 : i64
                  %v1101 = llvm.getelementptr %in_g_re[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
                  %v1103 = arith.negf %v1102 : f32
                  %v1104 = arith.mulf %v1103, %v117 fastmath<contract> : f32
                  %v1105 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1104) : (f32) -> f32
                  %v1106 = arith.addf %v43, %v1105 fastmath<contract> : f32
                  %v1107 = arith.divf %v43, %v1106 : f32
                  %v1108 = arith.muli %v28, %v109 : i64
                  %v1109 = arith.muli %v26, %size_L : i64
                  %v1110 = arith.addi %v1108, %v1109 : i64
                  %v1111 = arith.addi %v1110, %v1090 : i64
                  %v1112 = llvm.getelementptr %dy_y_re[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
                  %v1114 = arith.mulf %v1107, %v1113 fastmath<contract> : f32
                  %v1115 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1116 = arith.mulf %v1115, %v1091 fastmath<contract> : f32
                  %v1117 = arith.addf %v1114, %v1116 fastmath<contract> : f32
                  %v1118 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1119 = arith.mulf %v1118, %v1092 fastmath<contract> : f32
                  %v1120 = arith.addf %v1119, %v1117 fastmath<contract> : f32
                  %v1121 = arith.mulf %v1093, %v1115 fastmath<contract> : f32
                  %v1122 = arith.mulf %v1118, %v1095 fastmath<contract> : f32
                  %v1123 = arith.addf %v1122, %v1121 fastmath<contract> : f32
                  %v1124 = arith.mulf %v1094, %v1115 fastmath<contract> : f32
                  %v1125 = arith.mulf %v1118, %v1096 fastmath<contract> : f32
                  %v1126 = arith.addf %v1125, %v1124 fastmath<contract> : f32
                  %v1127 = arith.muli %v28, %v109 : i64
                  %v1128 = arith.muli %v26, %size_L : i64
                  %v1129 = arith.addi %v1127, %v1128 : i64
                  %v1130 = arith.addi %v1129, %v1090 : i64
                  %v1131 = llvm.getelementptr %in_g_im[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
                  %v1133 = arith.negf %v1132 : f32
                  %v1134 = arith.mulf %v1133, %v117 fastmath<contract> : f32
                  %v1135 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1134) : (f32) -> f32
                  %v1136 = arith.addf %v43, %v1135 fastmath<contract> : f32
                  %v1137 = arith.divf %v43, %v1136 : f32
                  %v1138 = arith.muli %v28, %v109 : i64
                  %v1139 = arith.muli %v26, %size_L : i64
                  %v1140 = arith.addi %v1138, %v1139 : i64
                  %v1141 = arith.addi %v1140, %v1090 : i64
                  %v1142 = llvm.getelementptr %dy_y_im[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1143 = llvm.load %v1142 : !llvm.ptr -> f32
                  %v1144 = arith.mulf %v1137, %v1143 fastmath<contract> : f32
                  %v1145 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1146 = arith.mulf %v1145, %v1092 fastmath<contract> : f32
                  %v1147 = arith.addf %v1144, %v1146 fastmath<contract> : f32
                  %v1148 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1149 = arith.mulf %v1148, %v1091 fastmath<contract> : f32
                  %v1150 = arith.addf %v1149, %v1147 fastmath<contract> : f32
                  %v1151 = arith.mulf %v1095, %v1145 fastmath<contract> : f32
                  %v1152 = arith.mulf %v1148, %v1093 fastmath<contract> : f32
                  %v1153 = arith.addf %v1152, %v1151 fastmath<contract> : f32
                  %v1154 = arith.mulf %v1096, %v1145 fastmath<contract> : f32
                  %v1155 = arith.mulf %v1148, %v1094 fastmath<contract> : f32
                  %v1156 = arith.addf %v1155, %v1154 fastmath<contract> : f32
                  llvm.store %v1120, %v34 : f32, !llvm.ptr
                  llvm.store %v1123, %v44 : f32, !llvm.ptr
                  llvm.store %v1126, %v45 : f32, !llvm.ptr
                  llvm.store %v1150, %v35 : f32, !llvm.ptr
                  llvm.store %v1153, %v46 : f32, !llvm.ptr
                  llvm.store %v1156, %v47 : f32, !llvm.ptr
                  scf.if %v1089 {
                  }
                  %v1157 = arith.muli %v28, %v109 : i64
                  %v1158 = arith.muli %v26, %size_L : i64
                  %v1159 = arith.addi %v1157, %v1158 : i64
                  %v1160 = arith.addi %v1159, %v1090 : i64
                  %v1161 = llvm.getelementptr %in_f[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1162 = llvm.load %v1161 : !llvm.ptr -> f32
                  %v1163 = arith.negf %v1162 : f32
                  %v1164 = arith.mulf %v1163, %v117 fastmath<contract> : f32
                  %v1165 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1164) : (f32) -> f32
                  %v1166 = arith.addf %v43, %v1165 fastmath<contract> : f32
                  %v1167 = arith.divf %v43, %v1166 : f32
                  %v1168 = arith.mulf %v173, %v1167 fastmath<contract> : f32
                  %v1169 = arith.addf %v172, %v1168 fastmath<contract> : f32
                  %v1170 = arith.mulf %v1169, %v198 fastmath<contract> : f32
                  llvm.store %v1170, %v36 : f32, !llvm.ptr
                  %v1171 = arith.mulf %v1169, %v206 fastmath<contract> : f32
                  llvm.store %v1171, %v38 : f32, !llvm.ptr
                  llvm.store %v1170, %v37 : f32, !llvm.ptr
                  %v1172 = arith.negf %v1171 : f32
                  llvm.store %v1172, %v39 : f32, !llvm.ptr
                }
                %v1173 = arith.addi %v85, %v472 : i64
                %v1174 = arith.cmpi slt, %v474, %v823 : i32
                %v1175 = arith.cmpi eq, %v474, %v828 : i32
                scf.if %v1174 {
                  %v1176 = arith.addi %v67, %v1173 : i64
                  %v1177 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1178 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1179 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1180 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1181 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1182 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1183 = arith.muli %v28, %v109 : i64
                  %v1184 = arith.muli %v26, %size_L : i64
                  %v1185 = arith.addi %v1183, %v1184 : i64
                  %v1186 = arith.addi %v1185, %v1176 : i64
                  %v1187 = llvm.getelementptr %in_g_re[%v1186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1188 = llvm.load %v1187 : !llvm.ptr -> f32
                  %v1189 = arith.negf %v1188 : f32
                  %v1190 = arith.mulf %v1189, %v117 fastmath<contract> : f32
                  %v1191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1190) : (f32) -> f32
                  %v1192 = arith.addf %v43, %v1191 fastmath<contract> : f32
                  %v1193 = arith.divf %v43, %v1192 : f32
                  %v1194 = arith.muli %v28, %v109 : i64
                  %v1195 = arith.muli %v26, %size_L : i64
                  %v1196 = arith.addi %v1194, %v1195 : i64
                  %v1197 = arith.addi %v1196, %v1176 : i64
                  %v1198 = llvm.getelementptr %dy_y_re[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1199 = llvm.load %v1198 : !llvm.ptr -> f32
                  %v1200 = arith.mulf %v1193, %v1199 fastmath<contract> : f32
                  %v1201 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1202 = arith.mulf %v1201, %v1177 fastmath<contract> : f32
                  %v1203 = arith.addf %v1200, %v1202 fastmath<contract> : f32
                  %v1204 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1205 = arith.mulf %v1204, %v1178 fastmath<contract> : f32
                  %v1206 = arith.addf %v1205, %v1203 fastmath<contract> : f32
                  %v1207 = arith.mulf %v1179, %v1201 fastmath<contract> : f32
                  %v1208 = arith.mulf %v1204, %v1181 fastmath<contract> : f32
                  %v1209 = arith.addf %v1208, %v1207 fastmath<contract> : f32
                  %v1210 = arith.mulf %v1180, %v1201 fastmath<contract> : f32
                  %v1211 = arith.mulf %v1204, %v1182 fastmath<contract> : f32
                  %v1212 = arith.addf %v1211, %v1210 fastmath<contract> : f32
                  %v1213 = arith.muli %v28, %v109 : i64
                  %v1214 = arith.muli %v26, %size_L : i64
                  %v1215 = arith.addi %v1213, %v1214 : i64
                  %v1216 = arith.addi %v1215, %v1176 : i64
                  %v1217 = llvm.getelementptr %in_g_im[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
                  %v1219 = arith.negf %v1218 : f32
                  %v1220 = arith.mulf %v1219, %v117 fastmath<contract> : f32
                  %v1221 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1220) : (f32) -> f32
                  %v1222 = arith.addf %v43, %v1221 fastmath<contract> : f32
                  %v1223 = arith.divf %v43, %v1222 : f32
                  %v1224 = arith.muli %v28, %v109 : i64
                  %v1225 = arith.muli %v26, %size_L : i64
                  %v1226 = arith.addi %v1224, %v1225 : i64
                  %v1227 = arith.addi %v1226, %v1176 : i64
                  %v1228 = llvm.getelementptr %dy_y_im[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
                  %v1230 = arith.mulf %v1223, %v1229 fastmath<contract> : f32
                  %v1231 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1232 = arith.mulf %v1231, %v1178 fastmath<contract> : f32
                  %v1233 = arith.addf %v1230, %v1232 fastmath<contract> : f32
                  %v1234 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1235 = arith.mulf %v1234, %v1177 fastmath<contract> : f32
                  %v1236 = arith.addf %v1235, %v1233 fastmath<contract> : f32
                  %v1237 = arith.mulf %v1181, %v1231 fastmath<contract> : f32
                  %v1238 = arith.mulf %v1234, %v1179 fastmath<contract> : f32
                  %v1239 = arith.addf %v1238, %v1237 fastmath<contract> : f32
                  %v1240 = arith.mulf %v1182, %v1231 fastmath<contract> : f32
                  %v1241 = arith.mulf %v1234, %v1180 fastmath<contract> : f32
                  %v1242 = arith.addf %v1241, %v1240 fastmath<contract> : f32
                  llvm.store %v1206, %v34 : f32, !llvm.ptr
                  llvm.store %v1209, %v44 : f32, !llvm.ptr
                  llvm.store %v1212, %v45 : f32, !llvm.ptr
                  llvm.store %v1236, %v35 : f32, !llvm.ptr
                  llvm.store %v1239, %v46 : f32, !llvm.ptr
                  llvm.store %v1242, %v47 : f32, !llvm.ptr
                  scf.if %v1175 {
                  }
                  %v1243 = arith.muli %v28, %v109 : i64
                  %v1244 = arith.muli %v26, %size_L : i64
                  %v1245 = arith.addi %v1243, %v1244 : i64
                  %v1246 = arith.addi %v1245, %v1176 : i64
                  %v1247 = llvm.getelementptr %in_f[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1248 = llvm.load %v1247 : !llvm.ptr -> f32
                  %v1249 = arith.negf %v1248 : f32
                  %v1250 = arith.mulf %v1249, %v117 fastmath<contract> : f32
                  %v1251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1250) : (f32) -> f32
                  %v1252 = arith.addf %v43, %v1251 fastmath<contract> : f32
                  %v1253 = arith.divf %v43, %v1252 : f32
                  %v1254 = arith.mulf %v173, %v1253 fastmath<contract> : f32
                  %v1255 = arith.addf %v172, %v1254 fastmath<contract> : f32
                  %v1256 = arith.mulf %v1255, %v198 fastmath<contract> : f32
                  llvm.store %v1256, %v36 : f32, !llvm.ptr
                  %v1257 = arith.mulf %v1255, %v206 fastmath<contract> : f32
                  llvm.store %v1257, %v38 : f32, !llvm.ptr
                  llvm.store %v1256, %v37 : f32, !llvm.ptr
                  %v1258 = arith.negf %v1257 : f32
                  llvm.store %v1258, %v39 : f32, !llvm.ptr
                }
                %v1259 = arith.addi %v85, %v560 : i64
                %v1260 = arith.cmpi slt, %v562, %v823 : i32
                %v1261 = arith.cmpi eq, %v562, %v828 : i32
                scf.if %v1260 {
                  %v1262 = arith.addi %v67, %v1259 : i64
                  %v1263 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1264 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1265 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1266 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1267 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1268 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1269 = arith.muli %v28, %v109 : i64
                  %v1270 = arith.muli %v26, %size_L : i64
                  %v1271 = arith.addi %v1269, %v1270 : i64
                  %v1272 = arith.addi %v1271, %v1262 : i64
                  %v1273 = llvm.getelementptr %in_g_re[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
                  %v1275 = arith.negf %v1274 : f32
                  %v1276 = arith.mulf %v1275, %v117 fastmath<contract> : f32
                  %v1277 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1276) : (f32) -> f32
                  %v1278 = arith.addf %v43, %v1277 fastmath<contract> : f32
                  %v1279 = arith.divf %v43, %v1278 : f32
                  %v1280 = arith.muli %v28, %v109 : i64
                  %v1281 = arith.muli %v26, %size_L : i64
                  %v1282 = arith.addi %v1280, %v1281 : i64
                  %v1283 = arith.addi %v1282, %v1262 : i64
                  %v1284 = llvm.getelementptr %dy_y_re[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
                  %v1286 = arith.mulf %v1279, %v1285 fastmath<contract> : f32
                  %v1287 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1288 = arith.mulf %v1287, %v1263 fastmath<contract> : f32
                  %v1289 = arith.addf %v1286, %v1288 fastmath<contract> : f32
                  %v1290 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1291 = arith.mulf %v1290, %v1264 fastmath<contract> : f32
                  %v1292 = arith.addf %v1291, %v1289 fastmath<contract> : f32
                  %v1293 = arith.mulf %v1265, %v1287 fastmath<contract> : f32
                  %v1294 = arith.mulf %v1290, %v1267 fastmath<contract> : f32
                  %v1295 = arith.addf %v1294, %v1293 fastmath<contract> : f32
                  %v1296 = arith.mulf %v1266, %v1287 fastmath<contract> : f32
                  %v1297 = arith.mulf %v1290, %v1268 fastmath<contract> : f32
                  %v1298 = arith.addf %v1297, %v1296 fastmath<contract> : f32
                  %v1299 = arith.muli %v28, %v109 : i64
                  %v1300 = arith.muli %v26, %size_L : i64
                  %v1301 = arith.addi %v1299, %v1300 : i64
                  %v1302 = arith.addi %v1301, %v1262 : i64
                  %v1303 = llvm.getelementptr %in_g_im[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1304 = llvm.load %v1303 : !llvm.ptr -> f32
                  %v1305 = arith.negf %v1304 : f32
                  %v1306 = arith.mulf %v1305, %v117 fastmath<contract> : f32
                  %v1307 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1306) : (f32) -> f32
                  %v1308 = arith.addf %v43, %v1307 fastmath<contract> : f32
                  %v1309 = arith.divf %v43, %v1308 : f32
                  %v1310 = arith.muli %v28, %v109 : i64
                  %v1311 = arith.muli %v26, %size_L : i64
                  %v1312 = arith.addi %v1310, %v1311 : i64
                  %v1313 = arith.addi %v1312, %v1262 : i64
                  %v1314 = llvm.getelementptr %dy_y_im[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
                  %v1316 = arith.mulf %v1309, %v1315 fastmath<contract> : f32
                  %v1317 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1318 = arith.mulf %v1317, %v1264 fastmath<contract> : f32
                  %v1319 = arith.addf %v1316, %v1318 fastmath<contract> : f32
                  %v1320 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1321 = arith.mulf %v1320, %v1263 fastmath<contract> : f32
                  %v1322 = arith.addf %v1321, %v1319 fastmath<contract> : f32
                  %v1323 = arith.mulf %v1267, %v1317 fastmath<contract> : f32
                  %v1324 = arith.mulf %v1320, %v1265 fastmath<contract> : f32
                  %v1325 = arith.addf %v1324, %v1323 fastmath<contract> : f32
                  %v1326 = arith.mulf %v1268, %v1317 fastmath<contract> : f32
                  %v1327 = arith.mulf %v1320, %v1266 fastmath<contract> : f32
                  %v1328 = arith.addf %v1327, %v1326 fastmath<contract> : f32
                  llvm.store %v1292, %v34 : f32, !llvm.ptr
                  llvm.store %v1295, %v44 : f32, !llvm.ptr
                  llvm.store %v1298, %v45 : f32, !llvm.ptr
                  llvm.store %v1322, %v35 : f32, !llvm.ptr
                  llvm.store %v1325, %v46 : f32, !llvm.ptr
                  llvm.store %v1328, %v47 : f32, !llvm.ptr
                  scf.if %v1261 {
                  }
                  %v1329 = arith.muli %v28, %v109 : i64
                  %v1330 = arith.muli %v26, %size_L : i64
                  %v1331 = arith.addi %v1329, %v1330 : i64
                  %v1332 = arith.addi %v1331, %v1262 : i64
                  %v1333 = llvm.getelementptr %in_f[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
                  %v1335 = arith.negf %v1334 : f32
                  %v1336 = arith.mulf %v1335, %v117 fastmath<contract> : f32
                  %v1337 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1336) : (f32) -> f32
                  %v1338 = arith.addf %v43, %v1337 fastmath<contract> : f32
                  %v1339 = arith.divf %v43, %v1338 : f32
                  %v1340 = arith.mulf %v173, %v1339 fastmath<contract> : f32
                  %v1341 = arith.addf %v172, %v1340 fastmath<contract> : f32
                  %v1342 = arith.mulf %v1341, %v198 fastmath<contract> : f32
                  llvm.store %v1342, %v36 : f32, !llvm.ptr
                  %v1343 = arith.mulf %v1341, %v206 fastmath<contract> : f32
                  llvm.store %v1343, %v38 : f32, !llvm.ptr
                  llvm.store %v1342, %v37 : f32, !llvm.ptr
                  %v1344 = arith.negf %v1343 : f32
                  llvm.store %v1344, %v39 : f32, !llvm.ptr
                }
                %v1345 = arith.addi %v85, %v1 : i64
                %v1346 = arith.cmpi slt, %v649, %v823 : i32
                %v1347 = arith.cmpi eq, %v649, %v828 : i32
                scf.if %v1346 {
                  %v1348 = arith.addi %v67, %v1345 : i64
                  %v1349 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1350 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1351 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1352 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1353 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1354 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1355 = arith.muli %v28, %v109 : i64
                  %v1356 = arith.muli %v26, %size_L : i64
                  %v1357 = arith.addi %v1355, %v1356 : i64
                  %v1358 = arith.addi %v1357, %v1348 : i64
                  %v1359 = llvm.getelementptr %in_g_re[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
                  %v1361 = arith.negf %v1360 : f32
                  %v1362 = arith.mulf %v1361, %v117 fastmath<contract> : f32
                  %v1363 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1362) : (f32) -> f32
                  %v1364 = arith.addf %v43, %v1363 fastmath<contract> : f32
                  %v1365 = arith.divf %v43, %v1364 : f32
                  %v1366 = arith.muli %v28, %v109 : i64
                  %v1367 = arith.muli %v26, %size_L : i64
                  %v1368 = arith.addi %v1366, %v1367 : i64
                  %v1369 = arith.addi %v1368, %v1348 : i64
                  %v1370 = llvm.getelementptr %dy_y_re[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
                  %v1372 = arith.mulf %v1365, %v1371 fastmath<contract> : f32
                  %v1373 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1374 = arith.mulf %v1373, %v1349 fastmath<contract> : f32
                  %v1375 = arith.addf %v1372, %v1374 fastmath<contract> : f32
                  %v1376 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1377 = arith.mulf %v1376, %v1350 fastmath<contract> : f32
                  %v1378 = arith.addf %v1377, %v1375 fastmath<contract> : f32
                  %v1379 = arith.mulf %v1351, %v1373 fastmath<contract> : f32
                  %v1380 = arith.mulf %v1376, %v1353 fastmath<contract> : f32
                  %v1381 = arith.addf %v1380, %v1379 fastmath<contract> : f32
                  %v1382 = arith.mulf %v1352, %v1373 fastmath<contract> : f32
                  %v1383 = arith.mulf %v1376, %v1354 fastmath<contract> : f32
                  %v1384 = arith.addf %v1383, %v1382 fastmath<contract> : f32
                  %v1385 = arith.muli %v28, %v109 : i64
                  %v1386 = arith.muli %v26, %size_L : i64
                  %v1387 = arith.addi %v1385, %v1386 : i64
                  %v1388 = arith.addi %v1387, %v1348 : i64
                  %v1389 = llvm.getelementptr %in_g_im[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
                  %v1391 = arith.negf %v1390 : f32
                  %v1392 = arith.mulf %v1391, %v117 fastmath<contract> : f32
                  %v1393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1392) : (f32) -> f32
                  %v1394 = arith.addf %v43, %v1393 fastmath<contract> : f32
                  %v1395 = arith.divf %v43, %v1394 : f32
                  %v1396 = arith.muli %v28, %v109 : i64
                  %v1397 = arith.muli %v26, %size_L : i64
                  %v1398 = arith.addi %v1396, %v1397 : i64
                  %v1399 = arith.addi %v1398, %v1348 : i64
                  %v1400 = llvm.getelementptr %dy_y_im[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
                  %v1402 = arith.mulf %v1395, %v1401 fastmath<contract> : f32
                  %v1403 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1404 = arith.mulf %v1403, %v1350 fastmath<contract> : f32
                  %v1405 = arith.addf %v1402, %v1404 fastmath<contract> : f32
                  %v1406 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1407 = arith.mulf %v1406, %v1349 fastmath<contract> : f32
                  %v1408 = arith.addf %v1407, %v1405 fastmath<contract> : f32
                  %v1409 = arith.mulf %v1353, %v1403 fastmath<contract> : f32
                  %v1410 = arith.mulf %v1406, %v1351 fastmath<contract> : f32
                  %v1411 = arith.addf %v1410, %v1409 fastmath<contract> : f32
                  %v1412 = arith.mulf %v1354, %v1403 fastmath<contract> : f32
                  %v1413 = arith.mulf %v1406, %v1352 fastmath<contract> : f32
                  %v1414 = arith.addf %v1413, %v1412 fastmath<contract> : f32
                  llvm.store %v1378, %v34 : f32, !llvm.ptr
                  llvm.store %v1381, %v44 : f32, !llvm.ptr
                  llvm.store %v1384, %v45 : f32, !llvm.ptr
                  llvm.store %v1408, %v35 : f32, !llvm.ptr
                  llvm.store %v1411, %v46 : f32, !llvm.ptr
                  llvm.store %v1414, %v47 : f32, !llvm.ptr
                  scf.if %v1347 {
                  }
                  %v1415 = arith.muli %v28, %v109 : i64
                  %v1416 = arith.muli %v26, %size_L : i64
                  %v1417 = arith.addi %v1415, %v1416 : i64
                  %v1418 = arith.addi %v1417, %v1348 : i64
                  %v1419 = llvm.getelementptr %in_f[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
                  %v1421 = arith.negf %v1420 : f32
                  %v1422 = arith.mulf %v1421, %v117 fastmath<contract> : f32
                  %v1423 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1422) : (f32) -> f32
                  %v1424 = arith.addf %v43, %v1423 fastmath<contract> : f32
                  %v1425 = arith.divf %v43, %v1424 : f32
                  %v1426 = arith.mulf %v173, %v1425 fastmath<contract> : f32
                  %v1427 = arith.addf %v172, %v1426 fastmath<contract> : f32
                  %v1428 = arith.mulf %v1427, %v198 fastmath<contract> : f32
                  llvm.store %v1428, %v36 : f32, !llvm.ptr
                  %v1429 = arith.mulf %v1427, %v206 fastmath<contract> : f32
                  llvm.store %v1429, %v38 : f32, !llvm.ptr
                  llvm.store %v1428, %v37 : f32, !llvm.ptr
                  %v1430 = arith.negf %v1429 : f32
                  llvm.store %v1430, %v39 : f32, !llvm.ptr
                }
                %v1431 = arith.cmpi slt, %v735, %v823 : i32
                %v1432 = arith.cmpi eq, %v735, %v828 : i32
                scf.if %v1431 {
                  %v1433 = arith.addi %v67, %v85 : i64
                  %v1434 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1435 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1436 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1437 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1438 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1439 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1440 = arith.muli %v28, %v109 : i64
                  %v1441 = arith.muli %v26, %size_L : i64
                  %v1442 = arith.addi %v1440, %v1441 : i64
                  %v1443 = arith.addi %v1442, %v1433 : i64
                  %v1444 = llvm.getelementptr %in_g_re[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
                  %v1446 = arith.negf %v1445 : f32
                  %v1447 = arith.mulf %v1446, %v117 fastmath<contract> : f32
                  %v1448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1447) : (f32) -> f32
                  %v1449 = arith.addf %v43, %v1448 fastmath<contract> : f32
                  %v1450 = arith.divf %v43, %v1449 : f32
                  %v1451 = arith.muli %v28, %v109 : i64
                  %v1452 = arith.muli %v26, %size_L : i64
                  %v1453 = arith.addi %v1451, %v1452 : i64
                  %v1454 = arith.addi %v1453, %v1433 : i64
                  %v1455 = llvm.getelementptr %dy_y_re[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
                  %v1457 = arith.mulf %v1450, %v1456 fastmath<contract> : f32
                  %v1458 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1459 = arith.mulf %v1458, %v1434 fastmath<contract> : f32
                  %v1460 = arith.addf %v1457, %v1459 fastmath<contract> : f32
                  %v1461 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1462 = arith.mulf %v1461, %v1435 fastmath<contract> : f32
                  %v1463 = arith.addf %v1462, %v1460 fastmath<contract> : f32
                  %v1464 = arith.mulf %v1436, %v1458 fastmath<contract> : f32
                  %v1465 = arith.mulf %v1461, %v1438 fastmath<contract> : f32
                  %v1466 = arith.addf %v1465, %v1464 fastmath<contract> : f32
                  %v1467 = arith.mulf %v1437, %v1458 fastmath<contract> : f32
                  %v1468 = arith.mulf %v1461, %v1439 fastmath<contract> : f32
                  %v1469 = arith.addf %v1468, %v1467 fastmath<contract> : f32
                  %v1470 = arith.muli %v28, %v109 : i64
                  %v1471 = arith.muli %v26, %size_L : i64
                  %v1472 = arith.addi %v1470, %v1471 : i64
                  %v1473 = arith.addi %v1472, %v1433 : i64
                  %v1474 = llvm.getelementptr %in_g_im[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
                  %v1476 = arith.negf %v1475 : f32
                  %v1477 = arith.mulf %v1476, %v117 fastmath<contract> : f32
                  %v1478 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1477) : (f32) -> f32
                  %v1479 = arith.addf %v43, %v1478 fastmath<contract> : f32
                  %v1480 = arith.divf %v43, %v1479 : f32
                  %v1481 = arith.muli %v28, %v109 : i64
                  %v1482 = arith.muli %v26, %size_L : i64
                  %v1483 = arith.addi %v1481, %v1482 : i64
                  %v1484 = arith.addi %v1483, %v1433 : i64
                  %v1485 = llvm.getelementptr %dy_y_im[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
                  %v1487 = arith.mulf %v1480, %v1486 fastmath<contract> : f32
                  %v1488 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1489 = arith.mulf %v1488, %v1435 fastmath<contract> : f32
                  %v1490 = arith.addf %v1487, %v1489 fastmath<contract> : f32
                  %v1491 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1492 = arith.mulf %v1491, %v1434 fastmath<contract> : f32
                  %v1493 = arith.addf %v1492, %v1490 fastmath<contract> : f32
                  %v1494 = arith.mulf %v1438, %v1488 fastmath<contract> : f32
                  %v1495 = arith.mulf %v1491, %v1436 fastmath<contract> : f32
                  %v1496 = arith.addf %v1495, %v1494 fastmath<contract> : f32
                  %v1497 = arith.mulf %v1439, %v1488 fastmath<contract> : f32
                  %v1498 = arith.mulf %v1491, %v1437 fastmath<contract> : f32
                  %v1499 = arith.addf %v1498, %v1497 fastmath<contract> : f32
                  llvm.store %v1463, %v34 : f32, !llvm.ptr
                  llvm.store %v1466, %v44 : f32, !llvm.ptr
                  llvm.store %v1469, %v45 : f32, !llvm.ptr
                  llvm.store %v1493, %v35 : f32, !llvm.ptr
                  llvm.store %v1496, %v46 : f32, !llvm.ptr
                  llvm.store %v1499, %v47 : f32, !llvm.ptr
                  scf.if %v1432 {
                  }
                  %v1500 = arith.muli %v28, %v109 : i64
                  %v1501 = arith.muli %v26, %size_L : i64
                  %v1502 = arith.addi %v1500, %v1501 : i64
                  %v1503 = arith.addi %v1502, %v1433 : i64
                  %v1504 = llvm.getelementptr %in_f[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1505 = llvm.load %v1504 : !llvm.ptr -> f32
                  %v1506 = arith.negf %v1505 : f32
                  %v1507 = arith.mulf %v1506, %v117 fastmath<contract> : f32
                  %v1508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1507) : (f32) -> f32
                  %v1509 = arith.addf %v43, %v1508 fastmath<contract> : f32
                  %v1510 = arith.divf %v43, %v1509 : f32
                  %v1511 = arith.mulf %v173, %v1510 fastmath<contract> : f32
                  %v1512 = arith.addf %v172, %v1511 fastmath<contract> : f32
                  %v1513 = arith.mulf %v1512, %v198 fastmath<contract> : f32
                  llvm.store %v1513, %v36 : f32, !llvm.ptr
                  %v1514 = arith.mulf %v1512, %v206 fastmath<contract> : f32
                  llvm.store %v1514, %v38 : f32, !llvm.ptr
                  llvm.store %v1513, %v37 : f32, !llvm.ptr
                  %v1515 = arith.negf %v1514 : f32
                  llvm.store %v1515, %v39 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v23 {
        %v1516 = llvm.load %v34 : !llvm.ptr -> f32
        %v1517 = arith.muli %v19, %v2 : i64
        %v1518 = arith.subi %v2, %v1 : i64
        %v1519 = arith.minsi %v22, %v1518 : i64
        %v1520 = arith.addi %v1517, %v1519 : i64
        %v1521 = llvm.getelementptr %segsum_h_re[%v1520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1516, %v1521 : f32, !llvm.ptr
        %v1522 = llvm.load %v44 : !llvm.ptr -> f32
        %v1523 = arith.addi %v6, %v19 : i64
        %v1524 = arith.muli %v1523, %v2 : i64
        %v1525 = arith.subi %v2, %v1 : i64
        %v1526 = arith.minsi %v22, %v1525 : i64
        %v1527 = arith.addi %v1524, %v1526 : i64
        %v1528 = llvm.getelementptr %segsum_h_re[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1522, %v1528 : f32, !llvm.ptr
        %v1529 = llvm.load %v45 : !llvm.ptr -> f32
        %v1530 = arith.muli %v560, %v6 : i64
        %v1531 = arith.addi %v1530, %v19 : i64
        %v1532 = arith.muli %v1531, %v2 : i64
        %v1533 = arith.subi %v2, %v1 : i64
        %v1534 = arith.minsi %v22, %v1533 : i64
        %v1535 = arith.addi %v1532, %v1534 : i64
        %v1536 = llvm.getelementptr %segsum_h_re[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1529, %v1536 : f32, !llvm.ptr
        %v1537 = llvm.load %v36 : !llvm.ptr -> f32
        %v1538 = arith.muli %v472, %v6 : i64
        %v1539 = arith.addi %v1538, %v19 : i64
        %v1540 = arith.muli %v1539, %v2 : i64
        %v1541 = arith.subi %v2, %v1 : i64
        %v1542 = arith.minsi %v22, %v1541 : i64
        %v1543 = arith.addi %v1540, %v1542 : i64
        %v1544 = llvm.getelementptr %segsum_h_re[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1537, %v1544 : f32, !llvm.ptr
        %v1545 = llvm.load %v38 : !llvm.ptr -> f32
        %v1546 = arith.muli %v30, %v6 : i64
        %v1547 = arith.addi %v1546, %v19 : i64
        %v1548 = arith.muli %v1547, %v2 : i64
        %v1549 = arith.subi %v2, %v1 : i64
        %v1550 = arith.minsi %v22, %v1549 : i64
        %v1551 = arith.addi %v1548, %v1550 : i64
        %v1552 = llvm.getelementptr %segsum_h_re[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1545, %v1552 : f32, !llvm.ptr
        %v1553 = llvm.load %v35 : !llvm.ptr -> f32
        %v1554 = arith.muli %v19, %v2 : i64
        %v1555 = arith.subi %v2, %v1 : i64
        %v1556 = arith.minsi %v22, %v1555 : i64
        %v1557 = arith.addi %v1554, %v1556 : i64
        %v1558 = llvm.getelementptr %segsum_h_im[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1553, %v1558 : f32, !llvm.ptr
        %v1559 = llvm.load %v46 : !llvm.ptr -> f32
        %v1560 = arith.addi %v6, %v19 : i64
        %v1561 = arith.muli %v1560, %v2 : i64
        %v1562 = arith.subi %v2, %v1 : i64
        %v1563 = arith.minsi %v22, %v1562 : i64
        %v1564 = arith.addi %v1561, %v1563 : i64
        %v1565 = llvm.getelementptr %segsum_h_im[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1559, %v1565 : f32, !llvm.ptr
        %v1566 = llvm.load %v47 : !llvm.ptr -> f32
        %v1567 = arith.muli %v560, %v6 : i64
        %v1568 = arith.addi %v1567, %v19 : i64
        %v1569 = arith.muli %v1568, %v2 : i64
        %v1570 = arith.subi %v2, %v1 : i64
        %v1571 = arith.minsi %v22, %v1570 : i64
        %v1572 = arith.addi %v1569, %v1571 : i64
        %v1573 = llvm.getelementptr %segsum_h_im[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1566, %v1573 : f32, !llvm.ptr
        %v1574 = llvm.load %v39 : !llvm.ptr -> f32
        %v1575 = arith.muli %v472, %v6 : i64
        %v1576 = arith.addi %v1575, %v19 : i64
        %v1577 = arith.muli %v1576, %v2 : i64
        %v1578 = arith.subi %v2, %v1 : i64
        %v1579 = arith.minsi %v22, %v1578 : i64
        %v1580 = arith.addi %v1577, %v1579 : i64
        %v1581 = llvm.getelementptr %segsum_h_im[%v1580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1574, %v1581 : f32, !llvm.ptr
        %v1582 = llvm.load %v37 : !llvm.ptr -> f32
        %v1583 = arith.muli %v30, %v6 : i64
        %v1584 = arith.addi %v1583, %v19 : i64
        %v1585 = arith.muli %v1584, %v2 : i64
        %v1586 = arith.subi %v2, %v1 : i64
        %v1587 = arith.minsi %v22, %v1586 : i64
        %v1588 = arith.addi %v1585, %v1587 : i64
        %v1589 = llvm.getelementptr %segsum_h_im[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1582, %v1589 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
