module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_bwd_sum(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %dy_y_re: !llvm.ptr, %dy_y_im: !llvm.ptr, %ckpt_h_re: !llvm.ptr, %ckpt_h_im: !llvm.ptr, %scratch_h_re: !llvm.ptr, %scratch_h_im: !llvm.ptr, %segsum_h_re: !llvm.ptr, %segsum_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v316 = arith.constant 5 : i64
      %v318 = arith.constant 5 : i32
      %v424 = arith.constant 4 : i32
      %v529 = arith.constant 3 : i64
      %v531 = arith.constant 3 : i32
      %v636 = arith.constant 2 : i64
      %v638 = arith.constant 2 : i32
      %v744 = arith.constant 1 : i32
      %v849 = arith.constant 0 : i32
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
                %v171 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = arith.subf %v43, %v172 fastmath<contract> : f32
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
                %v187 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v190 = arith.mulf %v188, %v189 fastmath<contract> : f32
                %v191 = llvm.call_intrinsic "llvm.roundeven.f32"(%v190) : (f32) -> f32
                %v194 = arith.mulf %v191, %v192 fastmath<contract> : f32
                %v195 = arith.subf %v188, %v194 fastmath<contract> : f32
                %v196 = arith.mulf %v191, %v193 fastmath<contract> : f32
                %v197 = arith.subf %v195, %v196 fastmath<contract> : f32
                %v198 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v197) : (f32) -> f32
                %v199 = arith.mulf %v186, %v198 fastmath<contract> : f32
                llvm.store %v199, %v36 : f32, !llvm.ptr
                %v200 = arith.mulf %v188, %v189 fastmath<contract> : f32
                %v201 = llvm.call_intrinsic "llvm.roundeven.f32"(%v200) : (f32) -> f32
                %v202 = arith.mulf %v201, %v192 fastmath<contract> : f32
                %v203 = arith.subf %v188, %v202 fastmath<contract> : f32
                %v204 = arith.mulf %v201, %v193 fastmath<contract> : f32
                %v205 = arith.subf %v203, %v204 fastmath<contract> : f32
                %v206 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v205) : (f32) -> f32
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
                %v281 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v282 = llvm.load %v281 : !llvm.ptr -> f32
                %v283 = arith.subf %v43, %v282 fastmath<contract> : f32
                %v284 = arith.muli %v28, %v109 : i64
                %v285 = arith.muli %v26, %size_L : i64
                %v286 = arith.addi %v284, %v285 : i64
                %v287 = arith.addi %v286, %v214 : i64
                %v288 = llvm.getelementptr %in_f[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v289 = llvm.load %v288 : !llvm.ptr -> f32
                %v290 = arith.negf %v289 : f32
                %v291 = arith.mulf %v290, %v117 fastmath<contract> : f32
                %v292 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v291) : (f32) -> f32
                %v293 = arith.addf %v43, %v292 fastmath<contract> : f32
                %v294 = arith.divf %v43, %v293 : f32
                %v295 = arith.mulf %v283, %v294 fastmath<contract> : f32
                %v296 = arith.addf %v282, %v295 fastmath<contract> : f32
                %v297 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v298 = llvm.load %v297 : !llvm.ptr -> f32
                %v299 = arith.mulf %v298, %v189 fastmath<contract> : f32
                %v300 = llvm.call_intrinsic "llvm.roundeven.f32"(%v299) : (f32) -> f32
                %v301 = arith.mulf %v300, %v192 fastmath<contract> : f32
                %v302 = arith.subf %v298, %v301 fastmath<contract> : f32
                %v303 = arith.mulf %v300, %v193 fastmath<contract> : f32
                %v304 = arith.subf %v302, %v303 fastmath<contract> : f32
                %v305 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v304) : (f32) -> f32
                %v306 = arith.mulf %v296, %v305 fastmath<contract> : f32
                llvm.store %v306, %v36 : f32, !llvm.ptr
                %v307 = arith.mulf %v298, %v189 fastmath<contract> : f32
                %v308 = llvm.call_intrinsic "llvm.roundeven.f32"(%v307) : (f32) -> f32
                %v309 = arith.mulf %v308, %v192 fastmath<contract> : f32
                %v310 = arith.subf %v298, %v309 fastmath<contract> : f32
                %v311 = arith.mulf %v308, %v193 fastmath<contract> : f32
                %v312 = arith.subf %v310, %v311 fastmath<contract> : f32
                %v313 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v312) : (f32) -> f32
                %v314 = arith.mulf %v296, %v313 fastmath<contract> : f32
                llvm.store %v314, %v38 : f32, !llvm.ptr
                llvm.store %v306, %v37 : f32, !llvm.ptr
                %v315 = arith.negf %v314 : f32
                llvm.store %v315, %v39 : f32, !llvm.ptr
                %v317 = arith.addi %v85, %v316 : i64
                %v319 = arith.cmpi slt, %v318, %v91 : i32
                %v320 = arith.cmpi eq, %v318, %v97 : i32
                %v321 = arith.addi %v67, %v317 : i64
                %v322 = llvm.load %v34 : !llvm.ptr -> f32
                %v323 = llvm.load %v35 : !llvm.ptr -> f32
                %v324 = llvm.load %v44 : !llvm.ptr -> f32
                %v325 = llvm.load %v45 : !llvm.ptr -> f32
                %v326 = llvm.load %v46 : !llvm.ptr -> f32
                %v327 = llvm.load %v47 : !llvm.ptr -> f32
                %v328 = arith.muli %v28, %v109 : i64
                %v329 = arith.muli %v26, %size_L : i64
                %v330 = arith.addi %v328, %v329 : i64
                %v331 = arith.addi %v330, %v321 : i64
                %v332 = llvm.getelementptr %in_g_re[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v333 = llvm.load %v332 : !llvm.ptr -> f32
                %v334 = arith.negf %v333 : f32
                %v335 = arith.mulf %v334, %v117 fastmath<contract> : f32
                %v336 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v335) : (f32) -> f32
                %v337 = arith.addf %v43, %v336 fastmath<contract> : f32
                %v338 = arith.divf %v43, %v337 : f32
                %v339 = arith.muli %v28, %v109 : i64
                %v340 = arith.muli %v26, %size_L : i64
                %v341 = arith.addi %v339, %v340 : i64
                %v342 = arith.addi %v341, %v321 : i64
                %v343 = llvm.getelementptr %dy_y_re[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v344 = llvm.load %v343 : !llvm.ptr -> f32
                %v345 = arith.mulf %v338, %v344 fastmath<contract> : f32
                %v346 = llvm.load %v36 : !llvm.ptr -> f32
                %v347 = arith.mulf %v346, %v322 fastmath<contract> : f32
                %v348 = arith.addf %v345, %v347 fastmath<contract> : f32
                %v349 = llvm.load %v38 : !llvm.ptr -> f32
                %v350 = arith.mulf %v349, %v323 fastmath<contract> : f32
                %v351 = arith.addf %v350, %v348 fastmath<contract> : f32
                %v352 = arith.mulf %v324, %v346 fastmath<contract> : f32
                %v353 = arith.mulf %v349, %v326 fastmath<contract> : f32
                %v354 = arith.addf %v353, %v352 fastmath<contract> : f32
                %v355 = arith.mulf %v325, %v346 fastmath<contract> : f32
                %v356 = arith.mulf %v349, %v327 fastmath<contract> : f32
                %v357 = arith.addf %v356, %v355 fastmath<contract> : f32
                %v358 = arith.muli %v28, %v109 : i64
                %v359 = arith.muli %v26, %size_L : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = arith.addi %v360, %v321 : i64
                %v362 = llvm.getelementptr %in_g_im[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v363 = llvm.load %v362 : !llvm.ptr -> f32
                %v364 = arith.negf %v363 : f32
                %v365 = arith.mulf %v364, %v117 fastmath<contract> : f32
                %v366 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v365) : (f32) -> f32
                %v367 = arith.addf %v43, %v366 fastmath<contract> : f32
                %v368 = arith.divf %v43, %v367 : f32
                %v369 = arith.muli %v28, %v109 : i64
                %v370 = arith.muli %v26, %size_L : i64
                %v371 = arith.addi %v369, %v370 : i64
                %v372 = arith.addi %v371, %v321 : i64
                %v373 = llvm.getelementptr %dy_y_im[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v374 = llvm.load %v373 : !llvm.ptr -> f32
                %v375 = arith.mulf %v368, %v374 fastmath<contract> : f32
                %v376 = llvm.load %v37 : !llvm.ptr -> f32
                %v377 = arith.mulf %v376, %v323 fastmath<contract> : f32
                %v378 = arith.addf %v375, %v377 fastmath<contract> : f32
                %v379 = llvm.load %v39 : !llvm.ptr -> f32
                %v380 = arith.mulf %v379, %v322 fastmath<contract> : f32
                %v381 = arith.addf %v380, %v378 fastmath<contract> : f32
                %v382 = arith.mulf %v326, %v376 fastmath<contract> : f32
                %v383 = arith.mulf %v379, %v324 fastmath<contract> : f32
                %v384 = arith.addf %v383, %v382 fastmath<contract> : f32
                %v385 = arith.mulf %v327, %v376 fastmath<contract> : f32
                %v386 = arith.mulf %v379, %v325 fastmath<contract> : f32
                %v387 = arith.addf %v386, %v385 fastmath<contract> : f32
                llvm.store %v351, %v34 : f32, !llvm.ptr
                llvm.store %v354, %v44 : f32, !llvm.ptr
                llvm.store %v357, %v45 : f32, !llvm.ptr
                llvm.store %v381, %v35 : f32, !llvm.ptr
                llvm.store %v384, %v46 : f32, !llvm.ptr
                llvm.store %v387, %v47 : f32, !llvm.ptr
                scf.if %v320 {
                }
                %v388 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v389 = llvm.load %v388 : !llvm.ptr -> f32
                %v390 = arith.subf %v43, %v389 fastmath<contract> : f32
                %v391 = arith.muli %v28, %v109 : i64
                %v392 = arith.muli %v26, %size_L : i64
                %v393 = arith.addi %v391, %v392 : i64
                %v394 = arith.addi %v393, %v321 : i64
                %v395 = llvm.getelementptr %in_f[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v396 = llvm.load %v395 : !llvm.ptr -> f32
                %v397 = arith.negf %v396 : f32
                %v398 = arith.mulf %v397, %v117 fastmath<contract> : f32
                %v399 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v398) : (f32) -> f32
                %v400 = arith.addf %v43, %v399 fastmath<contract> : f32
                %v401 = arith.divf %v43, %v400 : f32
                %v402 = arith.mulf %v390, %v401 fastmath<contract> : f32
                %v403 = arith.addf %v389, %v402 fastmath<contract> : f32
                %v404 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v405 = llvm.load %v404 : !llvm.ptr -> f32
                %v406 = arith.mulf %v405, %v189 fastmath<contract> : f32
                %v407 = llvm.call_intrinsic "llvm.roundeven.f32"(%v406) : (f32) -> f32
                %v408 = arith.mulf %v407, %v192 fastmath<contract> : f32
                %v409 = arith.subf %v405, %v408 fastmath<contract> : f32
                %v410 = arith.mulf %v407, %v193 fastmath<contract> : f32
                %v411 = arith.subf %v409, %v410 fastmath<contract> : f32
                %v412 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v411) : (f32) -> f32
                %v413 = arith.mulf %v403, %v412 fastmath<contract> : f32
                llvm.store %v413, %v36 : f32, !llvm.ptr
                %v414 = arith.mulf %v405, %v189 fastmath<contract> : f32
                %v415 = llvm.call_intrinsic "llvm.roundeven.f32"(%v414) : (f32) -> f32
                %v416 = arith.mulf %v415, %v192 fastmath<contract> : f32
                %v417 = arith.subf %v405, %v416 fastmath<contract> : f32
                %v418 = arith.mulf %v415, %v193 fastmath<contract> : f32
                %v419 = arith.subf %v417, %v418 fastmath<contract> : f32
                %v420 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v419) : (f32) -> f32
                %v421 = arith.mulf %v403, %v420 fastmath<contract> : f32
                llvm.store %v421, %v38 : f32, !llvm.ptr
                llvm.store %v413, %v37 : f32, !llvm.ptr
                %v422 = arith.negf %v421 : f32
                llvm.store %v422, %v39 : f32, !llvm.ptr
                %v423 = arith.addi %v85, %v30 : i64
                %v425 = arith.cmpi slt, %v424, %v91 : i32
                %v426 = arith.cmpi eq, %v424, %v97 : i32
                %v427 = arith.addi %v67, %v423 : i64
                %v428 = llvm.load %v34 : !llvm.ptr -> f32
                %v429 = llvm.load %v35 : !llvm.ptr -> f32
                %v430 = llvm.load %v44 : !llvm.ptr -> f32
                %v431 = llvm.load %v45 : !llvm.ptr -> f32
                %v432 = llvm.load %v46 : !llvm.ptr -> f32
                %v433 = llvm.load %v47 : !llvm.ptr -> f32
                %v434 = arith.muli %v28, %v109 : i64
                %v435 = arith.muli %v26, %size_L : i64
                %v436 = arith.addi %v434, %v435 : i64
                %v437 = arith.addi %v436, %v427 : i64
                %v438 = llvm.getelementptr %in_g_re[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v439 = llvm.load %v438 : !llvm.ptr -> f32
                %v440 = arith.negf %v439 : f32
                %v441 = arith.mulf %v440, %v117 fastmath<contract> : f32
                %v442 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v441) : (f32) -> f32
                %v443 = arith.addf %v43, %v442 fastmath<contract> : f32
                %v444 = arith.divf %v43, %v443 : f32
                %v445 = arith.muli %v28, %v109 : i64
                %v446 = arith.muli %v26, %size_L : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = arith.addi %v447, %v427 : i64
                %v449 = llvm.getelementptr %dy_y_re[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v450 = llvm.load %v449 : !llvm.ptr -> f32
                %v451 = arith.mulf %v444, %v450 fastmath<contract> : f32
                %v452 = llvm.load %v36 : !llvm.ptr -> f32
                %v453 = arith.mulf %v452, %v428 fastmath<contract> : f32
                %v454 = arith.addf %v451, %v453 fastmath<contract> : f32
                %v455 = llvm.load %v38 : !llvm.ptr -> f32
                %v456 = arith.mulf %v455, %v429 fastmath<contract> : f32
                %v457 = arith.addf %v456, %v454 fastmath<contract> : f32
                %v458 = arith.mulf %v430, %v452 fastmath<contract> : f32
                %v459 = arith.mulf %v455, %v432 fastmath<contract> : f32
                %v460 = arith.addf %v459, %v458 fastmath<contract> : f32
                %v461 = arith.mulf %v431, %v452 fastmath<contract> : f32
                %v462 = arith.mulf %v455, %v433 fastmath<contract> : f32
                %v463 = arith.addf %v462, %v461 fastmath<contract> : f32
                %v464 = arith.muli %v28, %v109 : i64
                %v465 = arith.muli %v26, %size_L : i64
                %v466 = arith.addi %v464, %v465 : i64
                %v467 = arith.addi %v466, %v427 : i64
                %v468 = llvm.getelementptr %in_g_im[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v469 = llvm.load %v468 : !llvm.ptr -> f32
                %v470 = arith.negf %v469 : f32
                %v471 = arith.mulf %v470, %v117 fastmath<contract> : f32
                %v472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v471) : (f32) -> f32
                %v473 = arith.addf %v43, %v472 fastmath<contract> : f32
                %v474 = arith.divf %v43, %v473 : f32
                %v475 = arith.muli %v28, %v109 : i64
                %v476 = arith.muli %v26, %size_L : i64
                %v477 = arith.addi %v475, %v476 : i64
                %v478 = arith.addi %v477, %v427 : i64
                %v479 = llvm.getelementptr %dy_y_im[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v480 = llvm.load %v479 : !llvm.ptr -> f32
                %v481 = arith.mulf %v474, %v480 fastmath<contract> : f32
                %v482 = llvm.load %v37 : !llvm.ptr -> f32
                %v483 = arith.mulf %v482, %v429 fastmath<contract> : f32
                %v484 = arith.addf %v481, %v483 fastmath<contract> : f32
                %v485 = llvm.load %v39 : !llvm.ptr -> f32
                %v486 = arith.mulf %v485, %v428 fastmath<contract> : f32
                %v487 = arith.addf %v486, %v484 fastmath<contract> : f32
                %v488 = arith.mulf %v432, %v482 fastmath<contract> : f32
                %v489 = arith.mulf %v485, %v430 fastmath<contract> : f32
                %v490 = arith.addf %v489, %v488 fastmath<contract> : f32
                %v491 = arith.mulf %v433, %v482 fastmath<contract> : f32
                %v492 = arith.mulf %v485, %v431 fastmath<contract> : f32
                %v493 = arith.addf %v492, %v491 fastmath<contract> : f32
                llvm.store %v457, %v34 : f32, !llvm.ptr
                llvm.store %v460, %v44 : f32, !llvm.ptr
                llvm.store %v463, %v45 : f32, !llvm.ptr
                llvm.store %v487, %v35 : f32, !llvm.ptr
                llvm.store %v490, %v46 : f32, !llvm.ptr
                llvm.store %v493, %v47 : f32, !llvm.ptr
                scf.if %v426 {
                }
                %v494 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v495 = llvm.load %v494 : !llvm.ptr -> f32
                %v496 = arith.subf %v43, %v495 fastmath<contract> : f32
                %v497 = arith.muli %v28, %v109 : i64
                %v498 = arith.muli %v26, %size_L : i64
                %v499 = arith.addi %v497, %v498 : i64
                %v500 = arith.addi %v499, %v427 : i64
                %v501 = llvm.getelementptr %in_f[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v502 = llvm.load %v501 : !llvm.ptr -> f32
                %v503 = arith.negf %v502 : f32
                %v504 = arith.mulf %v503, %v117 fastmath<contract> : f32
                %v505 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v504) : (f32) -> f32
                %v506 = arith.addf %v43, %v505 fastmath<contract> : f32
                %v507 = arith.divf %v43, %v506 : f32
                %v508 = arith.mulf %v496, %v507 fastmath<contract> : f32
                %v509 = arith.addf %v495, %v508 fastmath<contract> : f32
                %v510 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v511 = llvm.load %v510 : !llvm.ptr -> f32
                %v512 = arith.mulf %v511, %v189 fastmath<contract> : f32
                %v513 = llvm.call_intrinsic "llvm.roundeven.f32"(%v512) : (f32) -> f32
                %v514 = arith.mulf %v513, %v192 fastmath<contract> : f32
                %v515 = arith.subf %v511, %v514 fastmath<contract> : f32
                %v516 = arith.mulf %v513, %v193 fastmath<contract> : f32
                %v517 = arith.subf %v515, %v516 fastmath<contract> : f32
                %v518 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v517) : (f32) -> f32
                %v519 = arith.mulf %v509, %v518 fastmath<contract> : f32
                llvm.store %v519, %v36 : f32, !llvm.ptr
                %v520 = arith.mulf %v511, %v189 fastmath<contract> : f32
                %v521 = llvm.call_intrinsic "llvm.roundeven.f32"(%v520) : (f32) -> f32
                %v522 = arith.mulf %v521, %v192 fastmath<contract> : f32
                %v523 = arith.subf %v511, %v522 fastmath<contract> : f32
                %v524 = arith.mulf %v521, %v193 fastmath<contract> : f32
                %v525 = arith.subf %v523, %v524 fastmath<contract> : f32
                %v526 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v525) : (f32) -> f32
                %v527 = arith.mulf %v509, %v526 fastmath<contract> : f32
                llvm.store %v527, %v38 : f32, !llvm.ptr
                llvm.store %v519, %v37 : f32, !llvm.ptr
                %v528 = arith.negf %v527 : f32
                llvm.store %v528, %v39 : f32, !llvm.ptr
                %v530 = arith.addi %v85, %v529 : i64
                %v532 = arith.cmpi slt, %v531, %v91 : i32
                %v533 = arith.cmpi eq, %v531, %v97 : i32
                %v534 = arith.addi %v67, %v530 : i64
                %v535 = llvm.load %v34 : !llvm.ptr -> f32
                %v536 = llvm.load %v35 : !llvm.ptr -> f32
                %v537 = llvm.load %v44 : !llvm.ptr -> f32
                %v538 = llvm.load %v45 : !llvm.ptr -> f32
                %v539 = llvm.load %v46 : !llvm.ptr -> f32
                %v540 = llvm.load %v47 : !llvm.ptr -> f32
                %v541 = arith.muli %v28, %v109 : i64
                %v542 = arith.muli %v26, %size_L : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = arith.addi %v543, %v534 : i64
                %v545 = llvm.getelementptr %in_g_re[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v546 = llvm.load %v545 : !llvm.ptr -> f32
                %v547 = arith.negf %v546 : f32
                %v548 = arith.mulf %v547, %v117 fastmath<contract> : f32
                %v549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v548) : (f32) -> f32
                %v550 = arith.addf %v43, %v549 fastmath<contract> : f32
                %v551 = arith.divf %v43, %v550 : f32
                %v552 = arith.muli %v28, %v109 : i64
                %v553 = arith.muli %v26, %size_L : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = arith.addi %v554, %v534 : i64
                %v556 = llvm.getelementptr %dy_y_re[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v557 = llvm.load %v556 : !llvm.ptr -> f32
                %v558 = arith.mulf %v551, %v557 fastmath<contract> : f32
                %v559 = llvm.load %v36 : !llvm.ptr -> f32
                %v560 = arith.mulf %v559, %v535 fastmath<contract> : f32
                %v561 = arith.addf %v558, %v560 fastmath<contract> : f32
                %v562 = llvm.load %v38 : !llvm.ptr -> f32
                %v563 = arith.mulf %v562, %v536 fastmath<contract> : f32
                %v564 = arith.addf %v563, %v561 fastmath<contract> : f32
                %v565 = arith.mulf %v537, %v559 fastmath<contract> : f32
                %v566 = arith.mulf %v562, %v539 fastmath<contract> : f32
                %v567 = arith.addf %v566, %v565 fastmath<contract> : f32
                %v568 = arith.mulf %v538, %v559 fastmath<contract> : f32
                %v569 = arith.mulf %v562, %v540 fastmath<contract> : f32
                %v570 = arith.addf %v569, %v568 fastmath<contract> : f32
                %v571 = arith.muli %v28, %v109 : i64
                %v572 = arith.muli %v26, %size_L : i64
                %v573 = arith.addi %v571, %v572 : i64
                %v574 = arith.addi %v573, %v534 : i64
                %v575 = llvm.getelementptr %in_g_im[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v576 = llvm.load %v575 : !llvm.ptr -> f32
                %v577 = arith.negf %v576 : f32
                %v578 = arith.mulf %v577, %v117 fastmath<contract> : f32
                %v579 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v578) : (f32) -> f32
                %v580 = arith.addf %v43, %v579 fastmath<contract> : f32
                %v581 = arith.divf %v43, %v580 : f32
                %v582 = arith.muli %v28, %v109 : i64
                %v583 = arith.muli %v26, %size_L : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = arith.addi %v584, %v534 : i64
                %v586 = llvm.getelementptr %dy_y_im[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v587 = llvm.load %v586 : !llvm.ptr -> f32
                %v588 = arith.mulf %v581, %v587 fastmath<contract> : f32
                %v589 = llvm.load %v37 : !llvm.ptr -> f32
                %v590 = arith.mulf %v589, %v536 fastmath<contract> : f32
                %v591 = arith.addf %v588, %v590 fastmath<contract> : f32
                %v592 = llvm.load %v39 : !llvm.ptr -> f32
                %v593 = arith.mulf %v592, %v535 fastmath<contract> : f32
                %v594 = arith.addf %v593, %v591 fastmath<contract> : f32
                %v595 = arith.mulf %v539, %v589 fastmath<contract> : f32
                %v596 = arith.mulf %v592, %v537 fastmath<contract> : f32
                %v597 = arith.addf %v596, %v595 fastmath<contract> : f32
                %v598 = arith.mulf %v540, %v589 fastmath<contract> : f32
                %v599 = arith.mulf %v592, %v538 fastmath<contract> : f32
                %v600 = arith.addf %v599, %v598 fastmath<contract> : f32
                llvm.store %v564, %v34 : f32, !llvm.ptr
                llvm.store %v567, %v44 : f32, !llvm.ptr
                llvm.store %v570, %v45 : f32, !llvm.ptr
                llvm.store %v594, %v35 : f32, !llvm.ptr
                llvm.store %v597, %v46 : f32, !llvm.ptr
                llvm.store %v600, %v47 : f32, !llvm.ptr
                scf.if %v533 {
                }
                %v601 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v602 = llvm.load %v601 : !llvm.ptr -> f32
                %v603 = arith.subf %v43, %v602 fastmath<contract> : f32
                %v604 = arith.muli %v28, %v109 : i64
                %v605 = arith.muli %v26, %size_L : i64
                %v606 = arith.addi %v604, %v605 : i64
                %v607 = arith.addi %v606, %v534 : i64
                %v608 = llvm.getelementptr %in_f[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v609 = llvm.load %v608 : !llvm.ptr -> f32
                %v610 = arith.negf %v609 : f32
                %v611 = arith.mulf %v610, %v117 fastmath<contract> : f32
                %v612 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v611) : (f32) -> f32
                %v613 = arith.addf %v43, %v612 fastmath<contract> : f32
                %v614 = arith.divf %v43, %v613 : f32
                %v615 = arith.mulf %v603, %v614 fastmath<contract> : f32
                %v616 = arith.addf %v602, %v615 fastmath<contract> : f32
                %v617 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v618 = llvm.load %v617 : !llvm.ptr -> f32
                %v619 = arith.mulf %v618, %v189 fastmath<contract> : f32
                %v620 = llvm.call_intrinsic "llvm.roundeven.f32"(%v619) : (f32) -> f32
                %v621 = arith.mulf %v620, %v192 fastmath<contract> : f32
                %v622 = arith.subf %v618, %v621 fastmath<contract> : f32
                %v623 = arith.mulf %v620, %v193 fastmath<contract> : f32
                %v624 = arith.subf %v622, %v623 fastmath<contract> : f32
                %v625 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v624) : (f32) -> f32
                %v626 = arith.mulf %v616, %v625 fastmath<contract> : f32
                llvm.store %v626, %v36 : f32, !llvm.ptr
                %v627 = arith.mulf %v618, %v189 fastmath<contract> : f32
                %v628 = llvm.call_intrinsic "llvm.roundeven.f32"(%v627) : (f32) -> f32
                %v629 = arith.mulf %v628, %v192 fastmath<contract> : f32
                %v630 = arith.subf %v618, %v629 fastmath<contract> : f32
                %v631 = arith.mulf %v628, %v193 fastmath<contract> : f32
                %v632 = arith.subf %v630, %v631 fastmath<contract> : f32
                %v633 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v632) : (f32) -> f32
                %v634 = arith.mulf %v616, %v633 fastmath<contract> : f32
                llvm.store %v634, %v38 : f32, !llvm.ptr
                llvm.store %v626, %v37 : f32, !llvm.ptr
                %v635 = arith.negf %v634 : f32
                llvm.store %v635, %v39 : f32, !llvm.ptr
                %v637 = arith.addi %v85, %v636 : i64
                %v639 = arith.cmpi slt, %v638, %v91 : i32
                %v640 = arith.cmpi eq, %v638, %v97 : i32
                %v641 = arith.addi %v67, %v637 : i64
                %v642 = llvm.load %v34 : !llvm.ptr -> f32
                %v643 = llvm.load %v35 : !llvm.ptr -> f32
                %v644 = llvm.load %v44 : !llvm.ptr -> f32
                %v645 = llvm.load %v45 : !llvm.ptr -> f32
                %v646 = llvm.load %v46 : !llvm.ptr -> f32
                %v647 = llvm.load %v47 : !llvm.ptr -> f32
                %v648 = arith.muli %v28, %v109 : i64
                %v649 = arith.muli %v26, %size_L : i64
                %v650 = arith.addi %v648, %v649 : i64
                %v651 = arith.addi %v650, %v641 : i64
                %v652 = llvm.getelementptr %in_g_re[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v653 = llvm.load %v652 : !llvm.ptr -> f32
                %v654 = arith.negf %v653 : f32
                %v655 = arith.mulf %v654, %v117 fastmath<contract> : f32
                %v656 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v655) : (f32) -> f32
                %v657 = arith.addf %v43, %v656 fastmath<contract> : f32
                %v658 = arith.divf %v43, %v657 : f32
                %v659 = arith.muli %v28, %v109 : i64
                %v660 = arith.muli %v26, %size_L : i64
                %v661 = arith.addi %v659, %v660 : i64
                %v662 = arith.addi %v661, %v641 : i64
                %v663 = llvm.getelementptr %dy_y_re[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v664 = llvm.load %v663 : !llvm.ptr -> f32
                %v665 = arith.mulf %v658, %v664 fastmath<contract> : f32
                %v666 = llvm.load %v36 : !llvm.ptr -> f32
                %v667 = arith.mulf %v666, %v642 fastmath<contract> : f32
                %v668 = arith.addf %v665, %v667 fastmath<contract> : f32
                %v669 = llvm.load %v38 : !llvm.ptr -> f32
                %v670 = arith.mulf %v669, %v643 fastmath<contract> : f32
                %v671 = arith.addf %v670, %v668 fastmath<contract> : f32
                %v672 = arith.mulf %v644, %v666 fastmath<contract> : f32
                %v673 = arith.mulf %v669, %v646 fastmath<contract> : f32
                %v674 = arith.addf %v673, %v672 fastmath<contract> : f32
                %v675 = arith.mulf %v645, %v666 fastmath<contract> : f32
                %v676 = arith.mulf %v669, %v647 fastmath<contract> : f32
                %v677 = arith.addf %v676, %v675 fastmath<contract> : f32
                %v678 = arith.muli %v28, %v109 : i64
                %v679 = arith.muli %v26, %size_L : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = arith.addi %v680, %v641 : i64
                %v682 = llvm.getelementptr %in_g_im[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v683 = llvm.load %v682 : !llvm.ptr -> f32
                %v684 = arith.negf %v683 : f32
                %v685 = arith.mulf %v684, %v117 fastmath<contract> : f32
                %v686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v685) : (f32) -> f32
                %v687 = arith.addf %v43, %v686 fastmath<contract> : f32
                %v688 = arith.divf %v43, %v687 : f32
                %v689 = arith.muli %v28, %v109 : i64
                %v690 = arith.muli %v26, %size_L : i64
                %v691 = arith.addi %v689, %v690 : i64
                %v692 = arith.addi %v691, %v641 : i64
                %v693 = llvm.getelementptr %dy_y_im[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v694 = llvm.load %v693 : !llvm.ptr -> f32
                %v695 = arith.mulf %v688, %v694 fastmath<contract> : f32
                %v696 = llvm.load %v37 : !llvm.ptr -> f32
                %v697 = arith.mulf %v696, %v643 fastmath<contract> : f32
                %v698 = arith.addf %v695, %v697 fastmath<contract> : f32
                %v699 = llvm.load %v39 : !llvm.ptr -> f32
                %v700 = arith.mulf %v699, %v642 fastmath<contract> : f32
                %v701 = arith.addf %v700, %v698 fastmath<contract> : f32
                %v702 = arith.mulf %v646, %v696 fastmath<contract> : f32
                %v703 = arith.mulf %v699, %v644 fastmath<contract> : f32
                %v704 = arith.addf %v703, %v702 fastmath<contract> : f32
                %v705 = arith.mulf %v647, %v696 fastmath<contract> : f32
                %v706 = arith.mulf %v699, %v645 fastmath<contract> : f32
                %v707 = arith.addf %v706, %v705 fastmath<contract> : f32
                llvm.store %v671, %v34 : f32, !llvm.ptr
                llvm.store %v674, %v44 : f32, !llvm.ptr
                llvm.store %v677, %v45 : f32, !llvm.ptr
                llvm.store %v701, %v35 : f32, !llvm.ptr
                llvm.store %v704, %v46 : f32, !llvm.ptr
                llvm.store %v707, %v47 : f32, !llvm.ptr
                scf.if %v640 {
                }
                %v708 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v709 = llvm.load %v708 : !llvm.ptr -> f32
                %v710 = arith.subf %v43, %v709 fastmath<contract> : f32
                %v711 = arith.muli %v28, %v109 : i64
                %v712 = arith.muli %v26, %size_L : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = arith.addi %v713, %v641 : i64
                %v715 = llvm.getelementptr %in_f[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v716 = llvm.load %v715 : !llvm.ptr -> f32
                %v717 = arith.negf %v716 : f32
                %v718 = arith.mulf %v717, %v117 fastmath<contract> : f32
                %v719 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v718) : (f32) -> f32
                %v720 = arith.addf %v43, %v719 fastmath<contract> : f32
                %v721 = arith.divf %v43, %v720 : f32
                %v722 = arith.mulf %v710, %v721 fastmath<contract> : f32
                %v723 = arith.addf %v709, %v722 fastmath<contract> : f32
                %v724 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v725 = llvm.load %v724 : !llvm.ptr -> f32
                %v726 = arith.mulf %v725, %v189 fastmath<contract> : f32
                %v727 = llvm.call_intrinsic "llvm.roundeven.f32"(%v726) : (f32) -> f32
                %v728 = arith.mulf %v727, %v192 fastmath<contract> : f32
                %v729 = arith.subf %v725, %v728 fastmath<contract> : f32
                %v730 = arith.mulf %v727, %v193 fastmath<contract> : f32
                %v731 = arith.subf %v729, %v730 fastmath<contract> : f32
                %v732 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v731) : (f32) -> f32
                %v733 = arith.mulf %v723, %v732 fastmath<contract> : f32
                llvm.store %v733, %v36 : f32, !llvm.ptr
                %v734 = arith.mulf %v725, %v189 fastmath<contract> : f32
                %v735 = llvm.call_intrinsic "llvm.roundeven.f32"(%v734) : (f32) -> f32
                %v736 = arith.mulf %v735, %v192 fastmath<contract> : f32
                %v737 = arith.subf %v725, %v736 fastmath<contract> : f32
                %v738 = arith.mulf %v735, %v193 fastmath<contract> : f32
                %v739 = arith.subf %v737, %v738 fastmath<contract> : f32
                %v740 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v739) : (f32) -> f32
                %v741 = arith.mulf %v723, %v740 fastmath<contract> : f32
                llvm.store %v741, %v38 : f32, !llvm.ptr
                llvm.store %v733, %v37 : f32, !llvm.ptr
                %v742 = arith.negf %v741 : f32
                llvm.store %v742, %v39 : f32, !llvm.ptr
                %v743 = arith.addi %v85, %v1 : i64
                %v745 = arith.cmpi slt, %v744, %v91 : i32
                %v746 = arith.cmpi eq, %v744, %v97 : i32
                %v747 = arith.addi %v67, %v743 : i64
                %v748 = llvm.load %v34 : !llvm.ptr -> f32
                %v749 = llvm.load %v35 : !llvm.ptr -> f32
                %v750 = llvm.load %v44 : !llvm.ptr -> f32
                %v751 = llvm.load %v45 : !llvm.ptr -> f32
                %v752 = llvm.load %v46 : !llvm.ptr -> f32
                %v753 = llvm.load %v47 : !llvm.ptr -> f32
                %v754 = arith.muli %v28, %v109 : i64
                %v755 = arith.muli %v26, %size_L : i64
                %v756 = arith.addi %v754, %v755 : i64
                %v757 = arith.addi %v756, %v747 : i64
                %v758 = llvm.getelementptr %in_g_re[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v759 = llvm.load %v758 : !llvm.ptr -> f32
                %v760 = arith.negf %v759 : f32
                %v761 = arith.mulf %v760, %v117 fastmath<contract> : f32
                %v762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v761) : (f32) -> f32
                %v763 = arith.addf %v43, %v762 fastmath<contract> : f32
                %v764 = arith.divf %v43, %v763 : f32
                %v765 = arith.muli %v28, %v109 : i64
                %v766 = arith.muli %v26, %size_L : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = arith.addi %v767, %v747 : i64
                %v769 = llvm.getelementptr %dy_y_re[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v770 = llvm.load %v769 : !llvm.ptr -> f32
                %v771 = arith.mulf %v764, %v770 fastmath<contract> : f32
                %v772 = llvm.load %v36 : !llvm.ptr -> f32
                %v773 = arith.mulf %v772, %v748 fastmath<contract> : f32
                %v774 = arith.addf %v771, %v773 fastmath<contract> : f32
                %v775 = llvm.load %v38 : !llvm.ptr -> f32
                %v776 = arith.mulf %v775, %v749 fastmath<contract> : f32
                %v777 = arith.addf %v776, %v774 fastmath<contract> : f32
                %v778 = arith.mulf %v750, %v772 fastmath<contract> : f32
                %v779 = arith.mulf %v775, %v752 fastmath<contract> : f32
                %v780 = arith.addf %v779, %v778 fastmath<contract> : f32
                %v781 = arith.mulf %v751, %v772 fastmath<contract> : f32
                %v782 = arith.mulf %v775, %v753 fastmath<contract> : f32
                %v783 = arith.addf %v782, %v781 fastmath<contract> : f32
                %v784 = arith.muli %v28, %v109 : i64
                %v785 = arith.muli %v26, %size_L : i64
                %v786 = arith.addi %v784, %v785 : i64
                %v787 = arith.addi %v786, %v747 : i64
                %v788 = llvm.getelementptr %in_g_im[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v789 = llvm.load %v788 : !llvm.ptr -> f32
                %v790 = arith.negf %v789 : f32
                %v791 = arith.mulf %v790, %v117 fastmath<contract> : f32
                %v792 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v791) : (f32) -> f32
                %v793 = arith.addf %v43, %v792 fastmath<contract> : f32
                %v794 = arith.divf %v43, %v793 : f32
                %v795 = arith.muli %v28, %v109 : i64
                %v796 = arith.muli %v26, %size_L : i64
                %v797 = arith.addi %v795, %v796 : i64
                %v798 = arith.addi %v797, %v747 : i64
                %v799 = llvm.getelementptr %dy_y_im[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v800 = llvm.load %v799 : !llvm.ptr -> f32
                %v801 = arith.mulf %v794, %v800 fastmath<contract> : f32
                %v802 = llvm.load %v37 : !llvm.ptr -> f32
                %v803 = arith.mulf %v802, %v749 fastmath<contract> : f32
                %v804 = arith.addf %v801, %v803 fastmath<contract> : f32
                %v805 = llvm.load %v39 : !llvm.ptr -> f32
                %v806 = arith.mulf %v805, %v748 fastmath<contract> : f32
                %v807 = arith.addf %v806, %v804 fastmath<contract> : f32
                %v808 = arith.mulf %v752, %v802 fastmath<contract> : f32
                %v809 = arith.mulf %v805, %v750 fastmath<contract> : f32
                %v810 = arith.addf %v809, %v808 fastmath<contract> : f32
                %v811 = arith.mulf %v753, %v802 fastmath<contract> : f32
                %v812 = arith.mulf %v805, %v751 fastmath<contract> : f32
                %v813 = arith.addf %v812, %v811 fastmath<contract> : f32
                llvm.store %v777, %v34 : f32, !llvm.ptr
                llvm.store %v780, %v44 : f32, !llvm.ptr
                llvm.store %v783, %v45 : f32, !llvm.ptr
                llvm.store %v807, %v35 : f32, !llvm.ptr
                llvm.store %v810, %v46 : f32, !llvm.ptr
                llvm.store %v813, %v47 : f32, !llvm.ptr
                scf.if %v746 {
                }
                %v814 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v815 = llvm.load %v814 : !llvm.ptr -> f32
                %v816 = arith.subf %v43, %v815 fastmath<contract> : f32
                %v817 = arith.muli %v28, %v109 : i64
                %v818 = arith.muli %v26, %size_L : i64
                %v819 = arith.addi %v817, %v818 : i64
                %v820 = arith.addi %v819, %v747 : i64
                %v821 = llvm.getelementptr %in_f[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v822 = llvm.load %v821 : !llvm.ptr -> f32
                %v823 = arith.negf %v822 : f32
                %v824 = arith.mulf %v823, %v117 fastmath<contract> : f32
                %v825 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v824) : (f32) -> f32
                %v826 = arith.addf %v43, %v825 fastmath<contract> : f32
                %v827 = arith.divf %v43, %v826 : f32
                %v828 = arith.mulf %v816, %v827 fastmath<contract> : f32
                %v829 = arith.addf %v815, %v828 fastmath<contract> : f32
                %v830 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v831 = llvm.load %v830 : !llvm.ptr -> f32
                %v832 = arith.mulf %v831, %v189 fastmath<contract> : f32
                %v833 = llvm.call_intrinsic "llvm.roundeven.f32"(%v832) : (f32) -> f32
                %v834 = arith.mulf %v833, %v192 fastmath<contract> : f32
                %v835 = arith.subf %v831, %v834 fastmath<contract> : f32
                %v836 = arith.mulf %v833, %v193 fastmath<contract> : f32
                %v837 = arith.subf %v835, %v836 fastmath<contract> : f32
                %v838 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v837) : (f32) -> f32
                %v839 = arith.mulf %v829, %v838 fastmath<contract> : f32
                llvm.store %v839, %v36 : f32, !llvm.ptr
                %v840 = arith.mulf %v831, %v189 fastmath<contract> : f32
                %v841 = llvm.call_intrinsic "llvm.roundeven.f32"(%v840) : (f32) -> f32
                %v842 = arith.mulf %v841, %v192 fastmath<contract> : f32
                %v843 = arith.subf %v831, %v842 fastmath<contract> : f32
                %v844 = arith.mulf %v841, %v193 fastmath<contract> : f32
                %v845 = arith.subf %v843, %v844 fastmath<contract> : f32
                %v846 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v845) : (f32) -> f32
                %v847 = arith.mulf %v829, %v846 fastmath<contract> : f32
                llvm.store %v847, %v38 : f32, !llvm.ptr
                llvm.store %v839, %v37 : f32, !llvm.ptr
                %v848 = arith.negf %v847 : f32
                llvm.store %v848, %v39 : f32, !llvm.ptr
                %v850 = arith.cmpi slt, %v849, %v91 : i32
                %v851 = arith.cmpi eq, %v849, %v97 : i32
                %v852 = arith.addi %v67, %v85 : i64
                %v853 = llvm.load %v34 : !llvm.ptr -> f32
                %v854 = llvm.load %v35 : !llvm.ptr -> f32
                %v855 = llvm.load %v44 : !llvm.ptr -> f32
                %v856 = llvm.load %v45 : !llvm.ptr -> f32
                %v857 = llvm.load %v46 : !llvm.ptr -> f32
                %v858 = llvm.load %v47 : !llvm.ptr -> f32
                %v859 = arith.muli %v28, %v109 : i64
                %v860 = arith.muli %v26, %size_L : i64
                %v861 = arith.addi %v859, %v860 : i64
                %v862 = arith.addi %v861, %v852 : i64
                %v863 = llvm.getelementptr %in_g_re[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v864 = llvm.load %v863 : !llvm.ptr -> f32
                %v865 = arith.negf %v864 : f32
                %v866 = arith.mulf %v865, %v117 fastmath<contract> : f32
                %v867 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v866) : (f32) -> f32
                %v868 = arith.addf %v43, %v867 fastmath<contract> : f32
                %v869 = arith.divf %v43, %v868 : f32
                %v870 = arith.muli %v28, %v109 : i64
                %v871 = arith.muli %v26, %size_L : i64
                %v872 = arith.addi %v870, %v871 : i64
                %v873 = arith.addi %v872, %v852 : i64
                %v874 = llvm.getelementptr %dy_y_re[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v875 = llvm.load %v874 : !llvm.ptr -> f32
                %v876 = arith.mulf %v869, %v875 fastmath<contract> : f32
                %v877 = llvm.load %v36 : !llvm.ptr -> f32
                %v878 = arith.mulf %v877, %v853 fastmath<contract> : f32
                %v879 = arith.addf %v876, %v878 fastmath<contract> : f32
                %v880 = llvm.load %v38 : !llvm.ptr -> f32
                %v881 = arith.mulf %v880, %v854 fastmath<contract> : f32
                %v882 = arith.addf %v881, %v879 fastmath<contract> : f32
                %v883 = arith.mulf %v855, %v877 fastmath<contract> : f32
                %v884 = arith.mulf %v880, %v857 fastmath<contract> : f32
                %v885 = arith.addf %v884, %v883 fastmath<contract> : f32
                %v886 = arith.mulf %v856, %v877 fastmath<contract> : f32
                %v887 = arith.mulf %v880, %v858 fastmath<contract> : f32
                %v888 = arith.addf %v887, %v886 fastmath<contract> : f32
                %v889 = arith.muli %v28, %v109 : i64
                %v890 = arith.muli %v26, %size_L : i64
                %v891 = arith.addi %v889, %v890 : i64
                %v892 = arith.addi %v891, %v852 : i64
                %v893 = llvm.getelementptr %in_g_im[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v894 = llvm.load %v893 : !llvm.ptr -> f32
                %v895 = arith.negf %v894 : f32
                %v896 = arith.mulf %v895, %v117 fastmath<contract> : f32
                %v897 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v896) : (f32) -> f32
                %v898 = arith.addf %v43, %v897 fastmath<contract> : f32
                %v899 = arith.divf %v43, %v898 : f32
                %v900 = arith.muli %v28, %v109 : i64
                %v901 = arith.muli %v26, %size_L : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = arith.addi %v902, %v852 : i64
                %v904 = llvm.getelementptr %dy_y_im[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v905 = llvm.load %v904 : !llvm.ptr -> f32
                %v906 = arith.mulf %v899, %v905 fastmath<contract> : f32
                %v907 = llvm.load %v37 : !llvm.ptr -> f32
                %v908 = arith.mulf %v907, %v854 fastmath<contract> : f32
                %v909 = arith.addf %v906, %v908 fastmath<contract> : f32
                %v910 = llvm.load %v39 : !llvm.ptr -> f32
                %v911 = arith.mulf %v910, %v853 fastmath<contract> : f32
                %v912 = arith.addf %v911, %v909 fastmath<contract> : f32
                %v913 = arith.mulf %v857, %v907 fastmath<contract> : f32
                %v914 = arith.mulf %v910, %v855 fastmath<contract> : f32
                %v915 = arith.addf %v914, %v913 fastmath<contract> : f32
                %v916 = arith.mulf %v858, %v907 fastmath<contract> : f32
                %v917 = arith.mulf %v910, %v856 fastmath<contract> : f32
                %v918 = arith.addf %v917, %v916 fastmath<contract> : f32
                llvm.store %v882, %v34 : f32, !llvm.ptr
                llvm.store %v885, %v44 : f32, !llvm.ptr
                llvm.store %v888, %v45 : f32, !llvm.ptr
                llvm.store %v912, %v35 : f32, !llvm.ptr
                llvm.store %v915, %v46 : f32, !llvm.ptr
                llvm.store %v918, %v47 : f32, !llvm.ptr
                scf.if %v851 {
                }
                %v919 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v920 = llvm.load %v919 : !llvm.ptr -> f32
                %v921 = arith.subf %v43, %v920 fastmath<contract> : f32
                %v922 = arith.muli %v28, %v109 : i64
                %v923 = arith.muli %v26, %size_L : i64
                %v924 = arith.addi %v922, %v923 : i64
                %v925 = arith.addi %v924, %v852 : i64
                %v926 = llvm.getelementptr %in_f[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v927 = llvm.load %v926 : !llvm.ptr -> f32
                %v928 = arith.negf %v927 : f32
                %v929 = arith.mulf %v928, %v117 fastmath<contract> : f32
                %v930 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v929) : (f32) -> f32
                %v931 = arith.addf %v43, %v930 fastmath<contract> : f32
                %v932 = arith.divf %v43, %v931 : f32
                %v933 = arith.mulf %v921, %v932 fastmath<contract> : f32
                %v934 = arith.addf %v920, %v933 fastmath<contract> : f32
                %v935 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v936 = llvm.load %v935 : !llvm.ptr -> f32
                %v937 = arith.mulf %v936, %v189 fastmath<contract> : f32
                %v938 = llvm.call_intrinsic "llvm.roundeven.f32"(%v937) : (f32) -> f32
                %v939 = arith.mulf %v938, %v192 fastmath<contract> : f32
                %v940 = arith.subf %v936, %v939 fastmath<contract> : f32
                %v941 = arith.mulf %v938, %v193 fastmath<contract> : f32
                %v942 = arith.subf %v940, %v941 fastmath<contract> : f32
                %v943 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v942) : (f32) -> f32
                %v944 = arith.mulf %v934, %v943 fastmath<contract> : f32
                llvm.store %v944, %v36 : f32, !llvm.ptr
                %v945 = arith.mulf %v936, %v189 fastmath<contract> : f32
                %v946 = llvm.call_intrinsic "llvm.roundeven.f32"(%v945) : (f32) -> f32
                %v947 = arith.mulf %v946, %v192 fastmath<contract> : f32
                %v948 = arith.subf %v936, %v947 fastmath<contract> : f32
                %v949 = arith.mulf %v946, %v193 fastmath<contract> : f32
                %v950 = arith.subf %v948, %v949 fastmath<contract> : f32
                %v951 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v950) : (f32) -> f32
                %v952 = arith.mulf %v934, %v951 fastmath<contract> : f32
                llvm.store %v952, %v38 : f32, !llvm.ptr
                llvm.store %v944, %v37 : f32, !llvm.ptr
                %v953 = arith.negf %v952 : f32
                llvm.store %v953, %v39 : f32, !llvm.ptr
              } else {
                %v954 = arith.subi %v69, %v1 : i64
                // the group's states, recomputed into registers
                %v955 = arith.subi %v69, %v85 : i64
                %v956 = arith.trunci %v955 : i64 to i32
                %v957 = arith.subi %size_L, %v1 : i64
                %v958 = arith.addi %v67, %v85 : i64
                %v959 = arith.subi %v957, %v958 : i64
                %v960 = arith.minsi %v959, %v95 : i64
                %v961 = arith.trunci %v960 : i64 to i32
                %v962 = arith.addi %v85, %v52 : i64
                %v963 = arith.cmpi slt, %v99, %v956 : i32
                %v964 = arith.cmpi eq, %v99, %v961 : i32
                scf.if %v963 {
                  %v965 = arith.addi %v67, %v962 : i64
                  %v966 = llvm.load %v34 : !llvm.ptr -> f32
                  %v967 = llvm.load %v35 : !llvm.ptr -> f32
                  %v968 = llvm.load %v44 : !llvm.ptr -> f32
                  %v969 = llvm.load %v45 : !llvm.ptr -> f32
                  %v970 = llvm.load %v46 : !llvm.ptr -> f32
                  %v971 = llvm.load %v47 : !llvm.ptr -> f32
                  %v972 = arith.muli %v28, %v109 : i64
                  %v973 = arith.muli %v26, %size_L : i64
                  %v974 = arith.addi %v972, %v973 : i64
                  %v975 = arith.addi %v974, %v965 : i64
                  %v976 = llvm.getelementptr %in_g_re[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v977 = llvm.load %v976 : !llvm.ptr -> f32
                  %v978 = arith.negf %v977 : f32
                  %v979 = arith.mulf %v978, %v117 fastmath<contract> : f32
                  %v980 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v979) : (f32) -> f32
                  %v981 = arith.addf %v43, %v980 fastmath<contract> : f32
                  %v982 = arith.divf %v43, %v981 : f32
                  %v983 = arith.muli %v28, %v109 : i64
                  %v984 = arith.muli %v26, %size_L : i64
                  %v985 = arith.addi %v983, %v984 : i64
                  %v986 = arith.addi %v985, %v965 : i64
                  %v987 = llvm.getelementptr %dy_y_re[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v988 = llvm.load %v987 : !llvm.ptr -> f32
                  %v989 = arith.mulf %v982, %v988 fastmath<contract> : f32
                  %v990 = llvm.load %v36 : !llvm.ptr -> f32
                  %v991 = arith.mulf %v990, %v966 fastmath<contract> : f32
                  %v992 = arith.addf %v989, %v991 fastmath<contract> : f32
                  %v993 = llvm.load %v38 : !llvm.ptr -> f32
                  %v994 = arith.mulf %v993, %v967 fastmath<contract> : f32
                  %v995 = arith.addf %v994, %v992 fastmath<contract> : f32
                  %v996 = arith.mulf %v968, %v990 fastmath<contract> : f32
                  %v997 = arith.mulf %v993, %v970 fastmath<contract> : f32
                  %v998 = arith.addf %v997, %v996 fastmath<contract> : f32
                  %v999 = arith.mulf %v969, %v990 fastmath<contract> : f32
                  %v1000 = arith.mulf %v993, %v971 fastmath<contract> : f32
                  %v1001 = arith.addf %v1000, %v999 fastmath<contract> : f32
                  %v1002 = arith.muli %v28, %v109 : i64
                  %v1003 = arith.muli %v26, %size_L : i64
                  %v1004 = arith.addi %v1002, %v1003 : i64
                  %v1005 = arith.addi %v1004, %v965 : i64
                  %v1006 = llvm.getelementptr %in_g_im[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
                  %v1008 = arith.negf %v1007 : f32
                  %v1009 = arith.mulf %v1008, %v117 fastmath<contract> : f32
                  %v1010 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1009) : (f32) -> f32
                  %v1011 = arith.addf %v43, %v1010 fastmath<contract> : f32
                  %v1012 = arith.divf %v43, %v1011 : f32
                  %v1013 = arith.muli %v28, %v109 : i64
                  %v1014 = arith.muli %v26, %size_L : i64
                  %v1015 = arith.addi %v1013, %v1014 : i64
                  %v1016 = arith.addi %v1015, %v965 : i64
                  %v1017 = llvm.getelementptr %dy_y_im[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
                  %v1019 = arith.mulf %v1012, %v1018 fastmath<contract> : f32
                  %v1020 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1021 = arith.mulf %v1020, %v967 fastmath<contract> : f32
                  %v1022 = arith.addf %v1019, %v1021 fastmath<contract> : f32
                  %v1023 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1024 = arith.mulf %v1023, %v966 fastmath<contract> : f32
                  %v1025 = arith.addf %v1024, %v1022 fastmath<contract> : f32
                  %v1026 = arith.mulf %v970, %v1020 fastmath<contract> : f32
                  %v1027 = arith.mulf %v1023, %v968 fastmath<contract> : f32
                  %v1028 = arith.addf %v1027, %v1026 fastmath<contract> : f32
                  %v1029 = arith.mulf %v971, %v1020 fastmath<contract> : f32
                  %v1030 = arith.mulf %v1023, %v969 fastmath<contract> : f32
                  %v1031 = arith.addf %v1030, %v1029 fastmath<contract> : f32
                  llvm.store %v995, %v34 : f32, !llvm.ptr
                  llvm.store %v998, %v44 : f32, !llvm.ptr
                  llvm.store %v1001, %v45 : f32, !llvm.ptr
                  llvm.store %v1025, %v35 : f32, !llvm.ptr
                  llvm.store %v1028, %v46 : f32, !llvm.ptr
                  llvm.store %v1031, %v47 : f32, !llvm.ptr
                  scf.if %v964 {
                  }
                  %v1032 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
                  %v1034 = arith.subf %v43, %v1033 fastmath<contract> : f32
                  %v1035 = arith.muli %v28, %v109 : i64
                  %v1036 = arith.muli %v26, %size_L : i64
                  %v1037 = arith.addi %v1035, %v1036 : i64
                  %v1038 = arith.addi %v1037, %v965 : i64
                  %v1039 = llvm.getelementptr %in_f[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
                  %v1041 = arith.negf %v1040 : f32
                  %v1042 = arith.mulf %v1041, %v117 fastmath<contract> : f32
                  %v1043 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1042) : (f32) -> f32
                  %v1044 = arith.addf %v43, %v1043 fastmath<contract> : f32
                  %v1045 = arith.divf %v43, %v1044 : f32
                  %v1046 = arith.mulf %v1034, %v1045 fastmath<contract> : f32
                  %v1047 = arith.addf %v1033, %v1046 fastmath<contract> : f32
                  %v1048 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
                  %v1050 = arith.mulf %v1049, %v189 fastmath<contract> : f32
                  %v1051 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1050) : (f32) -> f32
                  %v1052 = arith.mulf %v1051, %v192 fastmath<contract> : f32
                  %v1053 = arith.subf %v1049, %v1052 fastmath<contract> : f32
                  %v1054 = arith.mulf %v1051, %v193 fastmath<contract> : f32
                  %v1055 = arith.subf %v1053, %v1054 fastmath<contract> : f32
                  %v1056 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1055) : (f32) -> f32
                  %v1057 = arith.mulf %v1047, %v1056 fastmath<contract> : f32
                  llvm.store %v1057, %v36 : f32, !llvm.ptr
                  %v1058 = arith.mulf %v1049, %v189 fastmath<contract> : f32
                  %v1059 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1058) : (f32) -> f32
                  %v1060 = arith.mulf %v1059, %v192 fastmath<contract> : f32
                  %v1061 = arith.subf %v1049, %v1060 fastmath<contract> : f32
                  %v1062 = arith.mulf %v1059, %v193 fastmath<contract> : f32
                  %v1063 = arith.subf %v1061, %v1062 fastmath<contract> : f32
                  %v1064 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1063) : (f32) -> f32
                  %v1065 = arith.mulf %v1047, %v1064 fastmath<contract> : f32
                  llvm.store %v1065, %v38 : f32, !llvm.ptr
                  llvm.store %v1057, %v37 : f32, !llvm.ptr
                  %v1066 = arith.negf %v1065 : f32
                  llvm.store %v1066, %v39 : f32, !llvm.ptr
                }
                %v1067 = arith.addi %v85, %v209 : i64
                %v1068 = arith.cmpi slt, %v211, %v956 : i32
                %v1069 = arith.cmpi eq, %v211, %v961 : i32
                scf.if %v1068 {
                  %v1070 = arith.addi %v67, %v1067 : i64
                  %v1071 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1072 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1073 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1074 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1075 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1076 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1077 = arith.muli %v28, %v109 : i64
                  %v1078 = arith.muli %v26, %size_L : i64
                  %v1079 = arith.addi %v1077, %v1078 : i64
                  %v1080 = arith.addi %v1079, %v1070 : i64
                  %v1081 = llvm.getelementptr %in_g_re[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1082 = llvm.load %v1081 : !llvm.ptr -> f32
                  %v1083 = arith.negf %v1082 : f32
                  %v1084 = arith.mulf %v1083, %v117 fastmath<contract> : f32
                  %v1085 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1084) : (f32) -> f32
                  %v1086 = arith.addf %v43, %v1085 fastmath<contract> : f32
                  %v1087 = arith.divf %v43, %v1086 : f32
                  %v1088 = arith.muli %v28, %v109 : i64
                  %v1089 = arith.muli %v26, %size_L : i64
                  %v1090 = arith.addi %v1088, %v1089 : i64
                  %v1091 = arith.addi %v1090, %v1070 : i64
                  %v1092 = llvm.getelementptr %dy_y_re[%v1091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1093 = llvm.load %v1092 : !llvm.ptr -> f32
                  %v1094 = arith.mulf %v1087, %v1093 fastmath<contract> : f32
                  %v1095 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1096 = arith.mulf %v1095, %v1071 fastmath<contract> : f32
                  %v1097 = arith.addf %v1094, %v1096 fastmath<contract> : f32
                  %v1098 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1099 = arith.mulf %v1098, %v1072 fastmath<contract> : f32
                  %v1100 = arith.addf %v1099, %v1097 fastmath<contract> : f32
                  %v1101 = arith.mulf %v1073, %v1095 fastmath<contract> : f32
                  %v1102 = arith.mulf %v1098, %v1075 fastmath<contract> : f32
                  %v1103 = arith.addf %v1102, %v1101 fastmath<contract> : f32
                  %v1104 = arith.mulf %v1074, %v1095 fastmath<contract> : f32
                  %v1105 = arith.mulf %v1098, %v1076 fastmath<contract> : f32
                  %v1106 = arith.addf %v1105, %v1104 fastmath<contract> : f32
                  %v1107 = arith.muli %v28, %v109 : i64
                  %v1108 = arith.muli %v26, %size_L : i64
                  %v1109 = arith.addi %v1107, %v1108 : i64
                  %v1110 = arith.addi %v1109, %v1070 : i64
                  %v1111 = llvm.getelementptr %in_g_im[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                  %v1113 = arith.negf %v1112 : f32
                  %v1114 = arith.mulf %v1113, %v117 fastmath<contract> : f32
                  %v1115 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1114) : (f32) -> f32
                  %v1116 = arith.addf %v43, %v1115 fastmath<contract> : f32
                  %v1117 = arith.divf %v43, %v1116 : f32
                  %v1118 = arith.muli %v28, %v109 : i64
                  %v1119 = arith.muli %v26, %size_L : i64
                  %v1120 = arith.addi %v1118, %v1119 : i64
                  %v1121 = arith.addi %v1120, %v1070 : i64
                  %v1122 = llvm.getelementptr %dy_y_im[%v1121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1123 = llvm.load %v1122 : !llvm.ptr -> f32
                  %v1124 = arith.mulf %v1117, %v1123 fastmath<contract> : f32
                  %v1125 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1126 = arith.mulf %v1125, %v1072 fastmath<contract> : f32
                  %v1127 = arith.addf %v1124, %v1126 fastmath<contract> : f32
                  %v1128 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1129 = arith.mulf %v1128, %v1071 fastmath<contract> : f32
                  %v1130 = arith.addf %v1129, %v1127 fastmath<contract> : f32
                  %v1131 = arith.mulf %v1075, %v1125 fastmath<contract> : f32
                  %v1132 = arith.mulf %v1128, %v1073 fastmath<contract> : f32
                  %v1133 = arith.addf %v1132, %v1131 fastmath<contract> : f32
                  %v1134 = arith.mulf %v1076, %v1125 fastmath<contract> : f32
                  %v1135 = arith.mulf %v1128, %v1074 fastmath<contract> : f32
                  %v1136 = arith.addf %v1135, %v1134 fastmath<contract> : f32
                  llvm.store %v1100, %v34 : f32, !llvm.ptr
                  llvm.store %v1103, %v44 : f32, !llvm.ptr
                  llvm.store %v1106, %v45 : f32, !llvm.ptr
                  llvm.store %v1130, %v35 : f32, !llvm.ptr
                  llvm.store %v1133, %v46 : f32, !llvm.ptr
                  llvm.store %v1136, %v47 : f32, !llvm.ptr
                  scf.if %v1069 {
                  }
                  %v1137 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1138 = llvm.load %v1137 : !llvm.ptr -> f32
                  %v1139 = arith.subf %v43, %v1138 fastmath<contract> : f32
                  %v1140 = arith.muli %v28, %v109 : i64
                  %v1141 = arith.muli %v26, %size_L : i64
                  %v1142 = arith.addi %v1140, %v1141 : i64
                  %v1143 = arith.addi %v1142, %v1070 : i64
                  %v1144 = llvm.getelementptr %in_f[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1145 = llvm.load %v1144 : !llvm.ptr -> f32
                  %v1146 = arith.negf %v1145 : f32
                  %v1147 = arith.mulf %v1146, %v117 fastmath<contract> : f32
                  %v1148 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1147) : (f32) -> f32
                  %v1149 = arith.addf %v43, %v1148 fastmath<contract> : f32
                  %v1150 = arith.divf %v43, %v1149 : f32
                  %v1151 = arith.mulf %v1139, %v1150 fastmath<contract> : f32
                  %v1152 = arith.addf %v1138, %v1151 fastmath<contract> : f32
                  %v1153 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
                  %v1155 = arith.mulf %v1154, %v189 fastmath<contract> : f32
                  %v1156 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1155) : (f32) -> f32
                  %v1157 = arith.mulf %v1156, %v192 fastmath<contract> : f32
                  %v1158 = arith.subf %v1154, %v1157 fastmath<contract> : f32
                  %v1159 = arith.mulf %v1156, %v193 fastmath<contract> : f32
                  %v1160 = arith.subf %v1158, %v1159 fastmath<contract> : f32
                  %v1161 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1160) : (f32) -> f32
                  %v1162 = arith.mulf %v1152, %v1161 fastmath<contract> : f32
                  llvm.store %v1162, %v36 : f32, !llvm.ptr
                  %v1163 = arith.mulf %v1154, %v189 fastmath<contract> : f32
                  %v1164 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1163) : (f32) -> f32
                  %v1165 = arith.mulf %v1164, %v192 fastmath<contract> : f32
                  %v1166 = arith.subf %v1154, %v1165 fastmath<contract> : f32
                  %v1167 = arith.mulf %v1164, %v193 fastmath<contract> : f32
                  %v1168 = arith.subf %v1166, %v1167 fastmath<contract> : f32
                  %v1169 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1168) : (f32) -> f32
                  %v1170 = arith.mulf %v1152, %v1169 fastmath<contract> : f32
                  llvm.store %v1170, %v38 : f32, !llvm.ptr
                  llvm.store %v1162, %v37 : f32, !llvm.ptr
                  %v1171 = arith.negf %v1170 : f32
                  llvm.store %v1171, %v39 : f32, !llvm.ptr
                }
                %v1172 = arith.addi %v85, %v316 : i64
                %v1173 = arith.cmpi slt, %v318, %v956 : i32
                %v1174 = arith.cmpi eq, %v318, %v961 : i32
                scf.if %v1173 {
                  %v1175 = arith.addi %v67, %v1172 : i64
                  %v1176 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1177 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1178 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1179 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1180 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1181 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1182 = arith.muli %v28, %v109 : i64
                  %v1183 = arith.muli %v26, %size_L : i64
                  %v1184 = arith.addi %v1182, %v1183 : i64
                  %v1185 = arith.addi %v1184, %v1175 : i64
                  %v1186 = llvm.getelementptr %in_g_re[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
                  %v1188 = arith.negf %v1187 : f32
                  %v1189 = arith.mulf %v1188, %v117 fastmath<contract> : f32
                  %v1190 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1189) : (f32) -> f32
                  %v1191 = arith.addf %v43, %v1190 fastmath<contract> : f32
                  %v1192 = arith.divf %v43, %v1191 : f32
                  %v1193 = arith.muli %v28, %v109 : i64
                  %v1194 = arith.muli %v26, %size_L : i64
                  %v1195 = arith.addi %v1193, %v1194 : i64
                  %v1196 = arith.addi %v1195, %v1175 : i64
                  %v1197 = llvm.getelementptr %dy_y_re[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1198 = llvm.load %v1197 : !llvm.ptr -> f32
                  %v1199 = arith.mulf %v1192, %v1198 fastmath<contract> : f32
                  %v1200 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1201 = arith.mulf %v1200, %v1176 fastmath<contract> : f32
                  %v1202 = arith.addf %v1199, %v1201 fastmath<contract> : f32
                  %v1203 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1204 = arith.mulf %v1203, %v1177 fastmath<contract> : f32
                  %v1205 = arith.addf %v1204, %v1202 fastmath<contract> : f32
                  %v1206 = arith.mulf %v1178, %v1200 fastmath<contract> : f32
                  %v1207 = arith.mulf %v1203, %v1180 fastmath<contract> : f32
                  %v1208 = arith.addf %v1207, %v1206 fastmath<contract> : f32
                  %v1209 = arith.mulf %v1179, %v1200 fastmath<contract> : f32
                  %v1210 = arith.mulf %v1203, %v1181 fastmath<contract> : f32
                  %v1211 = arith.addf %v1210, %v1209 fastmath<contract> : f32
                  %v1212 = arith.muli %v28, %v109 : i64
                  %v1213 = arith.muli %v26, %size_L : i64
                  %v1214 = arith.addi %v1212, %v1213 : i64
                  %v1215 = arith.addi %v1214, %v1175 : i64
                  %v1216 = llvm.getelementptr %in_g_im[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
                  %v1218 = arith.negf %v1217 : f32
                  %v1219 = arith.mulf %v1218, %v117 fastmath<contract> : f32
                  %v1220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1219) : (f32) -> f32
                  %v1221 = arith.addf %v43, %v1220 fastmath<contract> : f32
                  %v1222 = arith.divf %v43, %v1221 : f32
                  %v1223 = arith.muli %v28, %v109 : i64
                  %v1224 = arith.muli %v26, %size_L : i64
                  %v1225 = arith.addi %v1223, %v1224 : i64
                  %v1226 = arith.addi %v1225, %v1175 : i64
                  %v1227 = llvm.getelementptr %dy_y_im[%v1226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1228 = llvm.load %v1227 : !llvm.ptr -> f32
                  %v1229 = arith.mulf %v1222, %v1228 fastmath<contract> : f32
                  %v1230 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1231 = arith.mulf %v1230, %v1177 fastmath<contract> : f32
                  %v1232 = arith.addf %v1229, %v1231 fastmath<contract> : f32
                  %v1233 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1234 = arith.mulf %v1233, %v1176 fastmath<contract> : f32
                  %v1235 = arith.addf %v1234, %v1232 fastmath<contract> : f32
                  %v1236 = arith.mulf %v1180, %v1230 fastmath<contract> : f32
                  %v1237 = arith.mulf %v1233, %v1178 fastmath<contract> : f32
                  %v1238 = arith.addf %v1237, %v1236 fastmath<contract> : f32
                  %v1239 = arith.mulf %v1181, %v1230 fastmath<contract> : f32
                  %v1240 = arith.mulf %v1233, %v1179 fastmath<contract> : f32
                  %v1241 = arith.addf %v1240, %v1239 fastmath<contract> : f32
                  llvm.store %v1205, %v34 : f32, !llvm.ptr
                  llvm.store %v1208, %v44 : f32, !llvm.ptr
                  llvm.store %v1211, %v45 : f32, !llvm.ptr
                  llvm.store %v1235, %v35 : f32, !llvm.ptr
                  llvm.store %v1238, %v46 : f32, !llvm.ptr
                  llvm.store %v1241, %v47 : f32, !llvm.ptr
                  scf.if %v1174 {
                  }
                  %v1242 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
                  %v1244 = arith.subf %v43, %v1243 fastmath<contract> : f32
                  %v1245 = arith.muli %v28, %v109 : i64
                  %v1246 = arith.muli %v26, %size_L : i64
                  %v1247 = arith.addi %v1245, %v1246 : i64
                  %v1248 = arith.addi %v1247, %v1175 : i64
                  %v1249 = llvm.getelementptr %in_f[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
                  %v1251 = arith.negf %v1250 : f32
                  %v1252 = arith.mulf %v1251, %v117 fastmath<contract> : f32
                  %v1253 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1252) : (f32) -> f32
                  %v1254 = arith.addf %v43, %v1253 fastmath<contract> : f32
                  %v1255 = arith.divf %v43, %v1254 : f32
                  %v1256 = arith.mulf %v1244, %v1255 fastmath<contract> : f32
                  %v1257 = arith.addf %v1243, %v1256 fastmath<contract> : f32
                  %v1258 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1259 = llvm.load %v1258 : !llvm.ptr -> f32
                  %v1260 = arith.mulf %v1259, %v189 fastmath<contract> : f32
                  %v1261 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1260) : (f32) -> f32
                  %v1262 = arith.mulf %v1261, %v192 fastmath<contract> : f32
                  %v1263 = arith.subf %v1259, %v1262 fastmath<contract> : f32
                  %v1264 = arith.mulf %v1261, %v193 fastmath<contract> : f32
                  %v1265 = arith.subf %v1263, %v1264 fastmath<contract> : f32
                  %v1266 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1265) : (f32) -> f32
                  %v1267 = arith.mulf %v1257, %v1266 fastmath<contract> : f32
                  llvm.store %v1267, %v36 : f32, !llvm.ptr
                  %v1268 = arith.mulf %v1259, %v189 fastmath<contract> : f32
                  %v1269 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1268) : (f32) -> f32
                  %v1270 = arith.mulf %v1269, %v192 fastmath<contract> : f32
                  %v1271 = arith.subf %v1259, %v1270 fastmath<contract> : f32
                  %v1272 = arith.mulf %v1269, %v193 fastmath<contract> : f32
                  %v1273 = arith.subf %v1271, %v1272 fastmath<contract> : f32
                  %v1274 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1273) : (f32) -> f32
                  %v1275 = arith.mulf %v1257, %v1274 fastmath<contract> : f32
                  llvm.store %v1275, %v38 : f32, !llvm.ptr
                  llvm.store %v1267, %v37 : f32, !llvm.ptr
                  %v1276 = arith.negf %v1275 : f32
                  llvm.store %v1276, %v39 : f32, !llvm.ptr
                }
                %v1277 = arith.addi %v85, %v30 : i64
                %v1278 = arith.cmpi slt, %v424, %v956 : i32
                %v1279 = arith.cmpi eq, %v424, %v961 : i32
                scf.if %v1278 {
                  %v1280 = arith.addi %v67, %v1277 : i64
                  %v1281 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1282 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1283 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1284 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1285 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1286 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1287 = arith.muli %v28, %v109 : i64
                  %v1288 = arith.muli %v26, %size_L : i64
                  %v1289 = arith.addi %v1287, %v1288 : i64
                  %v1290 = arith.addi %v1289, %v1280 : i64
                  %v1291 = llvm.getelementptr %in_g_re[%v1290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1292 = llvm.load %v1291 : !llvm.ptr -> f32
                  %v1293 = arith.negf %v1292 : f32
                  %v1294 = arith.mulf %v1293, %v117 fastmath<contract> : f32
                  %v1295 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1294) : (f32) -> f32
                  %v1296 = arith.addf %v43, %v1295 fastmath<contract> : f32
                  %v1297 = arith.divf %v43, %v1296 : f32
                  %v1298 = arith.muli %v28, %v109 : i64
                  %v1299 = arith.muli %v26, %size_L : i64
                  %v1300 = arith.addi %v1298, %v1299 : i64
                  %v1301 = arith.addi %v1300, %v1280 : i64
                  %v1302 = llvm.getelementptr %dy_y_re[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
                  %v1304 = arith.mulf %v1297, %v1303 fastmath<contract> : f32
                  %v1305 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1306 = arith.mulf %v1305, %v1281 fastmath<contract> : f32
                  %v1307 = arith.addf %v1304, %v1306 fastmath<contract> : f32
                  %v1308 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1309 = arith.mulf %v1308, %v1282 fastmath<contract> : f32
                  %v1310 = arith.addf %v1309, %v1307 fastmath<contract> : f32
                  %v1311 = arith.mulf %v1283, %v1305 fastmath<contract> : f32
                  %v1312 = arith.mulf %v1308, %v1285 fastmath<contract> : f32
                  %v1313 = arith.addf %v1312, %v1311 fastmath<contract> : f32
                  %v1314 = arith.mulf %v1284, %v1305 fastmath<contract> : f32
                  %v1315 = arith.mulf %v1308, %v1286 fastmath<contract> : f32
                  %v1316 = arith.addf %v1315, %v1314 fastmath<contract> : f32
                  %v1317 = arith.muli %v28, %v109 : i64
                  %v1318 = arith.muli %v26, %size_L : i64
                  %v1319 = arith.addi %v1317, %v1318 : i64
                  %v1320 = arith.addi %v1319, %v1280 : i64
                  %v1321 = llvm.getelementptr %in_g_im[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
                  %v1323 = arith.negf %v1322 : f32
                  %v1324 = arith.mulf %v1323, %v117 fastmath<contract> : f32
                  %v1325 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1324) : (f32) -> f32
                  %v1326 = arith.addf %v43, %v1325 fastmath<contract> : f32
                  %v1327 = arith.divf %v43, %v1326 : f32
                  %v1328 = arith.muli %v28, %v109 : i64
                  %v1329 = arith.muli %v26, %size_L : i64
                  %v1330 = arith.addi %v1328, %v1329 : i64
                  %v1331 = arith.addi %v1330, %v1280 : i64
                  %v1332 = llvm.getelementptr %dy_y_im[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1333 = llvm.load %v1332 : !llvm.ptr -> f32
                  %v1334 = arith.mulf %v1327, %v1333 fastmath<contract> : f32
                  %v1335 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1336 = arith.mulf %v1335, %v1282 fastmath<contract> : f32
                  %v1337 = arith.addf %v1334, %v1336 fastmath<contract> : f32
                  %v1338 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1339 = arith.mulf %v1338, %v1281 fastmath<contract> : f32
                  %v1340 = arith.addf %v1339, %v1337 fastmath<contract> : f32
                  %v1341 = arith.mulf %v1285, %v1335 fastmath<contract> : f32
                  %v1342 = arith.mulf %v1338, %v1283 fastmath<contract> : f32
                  %v1343 = arith.addf %v1342, %v1341 fastmath<contract> : f32
                  %v1344 = arith.mulf %v1286, %v1335 fastmath<contract> : f32
                  %v1345 = arith.mulf %v1338, %v1284 fastmath<contract> : f32
                  %v1346 = arith.addf %v1345, %v1344 fastmath<contract> : f32
                  llvm.store %v1310, %v34 : f32, !llvm.ptr
                  llvm.store %v1313, %v44 : f32, !llvm.ptr
                  llvm.store %v1316, %v45 : f32, !llvm.ptr
                  llvm.store %v1340, %v35 : f32, !llvm.ptr
                  llvm.store %v1343, %v46 : f32, !llvm.ptr
                  llvm.store %v1346, %v47 : f32, !llvm.ptr
                  scf.if %v1279 {
                  }
                  %v1347 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
                  %v1349 = arith.subf %v43, %v1348 fastmath<contract> : f32
                  %v1350 = arith.muli %v28, %v109 : i64
                  %v1351 = arith.muli %v26, %size_L : i64
                  %v1352 = arith.addi %v1350, %v1351 : i64
                  %v1353 = arith.addi %v1352, %v1280 : i64
                  %v1354 = llvm.getelementptr %in_f[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
                  %v1356 = arith.negf %v1355 : f32
                  %v1357 = arith.mulf %v1356, %v117 fastmath<contract> : f32
                  %v1358 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1357) : (f32) -> f32
                  %v1359 = arith.addf %v43, %v1358 fastmath<contract> : f32
                  %v1360 = arith.divf %v43, %v1359 : f32
                  %v1361 = arith.mulf %v1349, %v1360 fastmath<contract> : f32
                  %v1362 = arith.addf %v1348, %v1361 fastmath<contract> : f32
                  %v1363 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
                  %v1365 = arith.mulf %v1364, %v189 fastmath<contract> : f32
                  %v1366 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1365) : (f32) -> f32
                  %v1367 = arith.mulf %v1366, %v192 fastmath<contract> : f32
                  %v1368 = arith.subf %v1364, %v1367 fastmath<contract> : f32
                  %v1369 = arith.mulf %v1366, %v193 fastmath<contract> : f32
                  %v1370 = arith.subf %v1368, %v1369 fastmath<contract> : f32
                  %v1371 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1370) : (f32) -> f32
                  %v1372 = arith.mulf %v1362, %v1371 fastmath<contract> : f32
                  llvm.store %v1372, %v36 : f32, !llvm.ptr
                  %v1373 = arith.mulf %v1364, %v189 fastmath<contract> : f32
                  %v1374 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1373) : (f32) -> f32
                  %v1375 = arith.mulf %v1374, %v192 fastmath<contract> : f32
                  %v1376 = arith.subf %v1364, %v1375 fastmath<contract> : f32
                  %v1377 = arith.mulf %v1374, %v193 fastmath<contract> : f32
                  %v1378 = arith.subf %v1376, %v1377 fastmath<contract> : f32
                  %v1379 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1378) : (f32) -> f32
                  %v1380 = arith.mulf %v1362, %v1379 fastmath<contract> : f32
                  llvm.store %v1380, %v38 : f32, !llvm.ptr
                  llvm.store %v1372, %v37 : f32, !llvm.ptr
                  %v1381 = arith.negf %v1380 : f32
                  llvm.store %v1381, %v39 : f32, !llvm.ptr
                }
                %v1382 = arith.addi %v85, %v529 : i64
                %v1383 = arith.cmpi slt, %v531, %v956 : i32
                %v1384 = arith.cmpi eq, %v531, %v961 : i32
                scf.if %v1383 {
                  %v1385 = arith.addi %v67, %v1382 : i64
                  %v1386 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1387 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1388 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1389 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1390 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1391 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1392 = arith.muli %v28, %v109 : i64
                  %v1393 = arith.muli %v26, %size_L : i64
                  %v1394 = arith.addi %v1392, %v1393 : i64
                  %v1395 = arith.addi %v1394, %v1385 : i64
                  %v1396 = llvm.getelementptr %in_g_re[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                  %v1398 = arith.negf %v1397 : f32
                  %v1399 = arith.mulf %v1398, %v117 fastmath<contract> : f32
                  %v1400 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1399) : (f32) -> f32
                  %v1401 = arith.addf %v43, %v1400 fastmath<contract> : f32
                  %v1402 = arith.divf %v43, %v1401 : f32
                  %v1403 = arith.muli %v28, %v109 : i64
                  %v1404 = arith.muli %v26, %size_L : i64
                  %v1405 = arith.addi %v1403, %v1404 : i64
                  %v1406 = arith.addi %v1405, %v1385 : i64
                  %v1407 = llvm.getelementptr %dy_y_re[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1408 = llvm.load %v1407 : !llvm.ptr -> f32
                  %v1409 = arith.mulf %v1402, %v1408 fastmath<contract> : f32
                  %v1410 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1411 = arith.mulf %v1410, %v1386 fastmath<contract> : f32
                  %v1412 = arith.addf %v1409, %v1411 fastmath<contract> : f32
                  %v1413 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1414 = arith.mulf %v1413, %v1387 fastmath<contract> : f32
                  %v1415 = arith.addf %v1414, %v1412 fastmath<contract> : f32
                  %v1416 = arith.mulf %v1388, %v1410 fastmath<contract> : f32
                  %v1417 = arith.mulf %v1413, %v1390 fastmath<contract> : f32
                  %v1418 = arith.addf %v1417, %v1416 fastmath<contract> : f32
                  %v1419 = arith.mulf %v1389, %v1410 fastmath<contract> : f32
                  %v1420 = arith.mulf %v1413, %v1391 fastmath<contract> : f32
                  %v1421 = arith.addf %v1420, %v1419 fastmath<contract> : f32
                  %v1422 = arith.muli %v28, %v109 : i64
                  %v1423 = arith.muli %v26, %size_L : i64
                  %v1424 = arith.addi %v1422, %v1423 : i64
                  %v1425 = arith.addi %v1424, %v1385 : i64
                  %v1426 = llvm.getelementptr %in_g_im[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1427 = llvm.load %v1426 : !llvm.ptr -> f32
                  %v1428 = arith.negf %v1427 : f32
                  %v1429 = arith.mulf %v1428, %v117 fastmath<contract> : f32
                  %v1430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1429) : (f32) -> f32
                  %v1431 = arith.addf %v43, %v1430 fastmath<contract> : f32
                  %v1432 = arith.divf %v43, %v1431 : f32
                  %v1433 = arith.muli %v28, %v109 : i64
                  %v1434 = arith.muli %v26, %size_L : i64
                  %v1435 = arith.addi %v1433, %v1434 : i64
                  %v1436 = arith.addi %v1435, %v1385 : i64
                  %v1437 = llvm.getelementptr %dy_y_im[%v1436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
                  %v1439 = arith.mulf %v1432, %v1438 fastmath<contract> : f32
                  %v1440 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1441 = arith.mulf %v1440, %v1387 fastmath<contract> : f32
                  %v1442 = arith.addf %v1439, %v1441 fastmath<contract> : f32
                  %v1443 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1444 = arith.mulf %v1443, %v1386 fastmath<contract> : f32
                  %v1445 = arith.addf %v1444, %v1442 fastmath<contract> : f32
                  %v1446 = arith.mulf %v1390, %v1440 fastmath<contract> : f32
                  %v1447 = arith.mulf %v1443, %v1388 fastmath<contract> : f32
                  %v1448 = arith.addf %v1447, %v1446 fastmath<contract> : f32
                  %v1449 = arith.mulf %v1391, %v1440 fastmath<contract> : f32
                  %v1450 = arith.mulf %v1443, %v1389 fastmath<contract> : f32
                  %v1451 = arith.addf %v1450, %v1449 fastmath<contract> : f32
                  llvm.store %v1415, %v34 : f32, !llvm.ptr
                  llvm.store %v1418, %v44 : f32, !llvm.ptr
                  llvm.store %v1421, %v45 : f32, !llvm.ptr
                  llvm.store %v1445, %v35 : f32, !llvm.ptr
                  llvm.store %v1448, %v46 : f32, !llvm.ptr
                  llvm.store %v1451, %v47 : f32, !llvm.ptr
                  scf.if %v1384 {
                  }
                  %v1452 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
                  %v1454 = arith.subf %v43, %v1453 fastmath<contract> : f32
                  %v1455 = arith.muli %v28, %v109 : i64
                  %v1456 = arith.muli %v26, %size_L : i64
                  %v1457 = arith.addi %v1455, %v1456 : i64
                  %v1458 = arith.addi %v1457, %v1385 : i64
                  %v1459 = llvm.getelementptr %in_f[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
                  %v1461 = arith.negf %v1460 : f32
                  %v1462 = arith.mulf %v1461, %v117 fastmath<contract> : f32
                  %v1463 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1462) : (f32) -> f32
                  %v1464 = arith.addf %v43, %v1463 fastmath<contract> : f32
                  %v1465 = arith.divf %v43, %v1464 : f32
                  %v1466 = arith.mulf %v1454, %v1465 fastmath<contract> : f32
                  %v1467 = arith.addf %v1453, %v1466 fastmath<contract> : f32
                  %v1468 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
                  %v1470 = arith.mulf %v1469, %v189 fastmath<contract> : f32
                  %v1471 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1470) : (f32) -> f32
                  %v1472 = arith.mulf %v1471, %v192 fastmath<contract> : f32
                  %v1473 = arith.subf %v1469, %v1472 fastmath<contract> : f32
                  %v1474 = arith.mulf %v1471, %v193 fastmath<contract> : f32
                  %v1475 = arith.subf %v1473, %v1474 fastmath<contract> : f32
                  %v1476 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1475) : (f32) -> f32
                  %v1477 = arith.mulf %v1467, %v1476 fastmath<contract> : f32
                  llvm.store %v1477, %v36 : f32, !llvm.ptr
                  %v1478 = arith.mulf %v1469, %v189 fastmath<contract> : f32
                  %v1479 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1478) : (f32) -> f32
                  %v1480 = arith.mulf %v1479, %v192 fastmath<contract> : f32
                  %v1481 = arith.subf %v1469, %v1480 fastmath<contract> : f32
                  %v1482 = arith.mulf %v1479, %v193 fastmath<contract> : f32
                  %v1483 = arith.subf %v1481, %v1482 fastmath<contract> : f32
                  %v1484 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1483) : (f32) -> f32
                  %v1485 = arith.mulf %v1467, %v1484 fastmath<contract> : f32
                  llvm.store %v1485, %v38 : f32, !llvm.ptr
                  llvm.store %v1477, %v37 : f32, !llvm.ptr
                  %v1486 = arith.negf %v1485 : f32
                  llvm.store %v1486, %v39 : f32, !llvm.ptr
                }
                %v1487 = arith.addi %v85, %v636 : i64
                %v1488 = arith.cmpi slt, %v638, %v956 : i32
                %v1489 = arith.cmpi eq, %v638, %v961 : i32
                scf.if %v1488 {
                  %v1490 = arith.addi %v67, %v1487 : i64
                  %v1491 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1492 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1493 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1494 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1495 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1496 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1497 = arith.muli %v28, %v109 : i64
                  %v1498 = arith.muli %v26, %size_L : i64
                  %v1499 = arith.addi %v1497, %v1498 : i64
                  %v1500 = arith.addi %v1499, %v1490 : i64
                  %v1501 = llvm.getelementptr %in_g_re[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1502 = llvm.load %v1501 : !llvm.ptr -> f32
                  %v1503 = arith.negf %v1502 : f32
                  %v1504 = arith.mulf %v1503, %v117 fastmath<contract> : f32
                  %v1505 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1504) : (f32) -> f32
                  %v1506 = arith.addf %v43, %v1505 fastmath<contract> : f32
                  %v1507 = arith.divf %v43, %v1506 : f32
                  %v1508 = arith.muli %v28, %v109 : i64
                  %v1509 = arith.muli %v26, %size_L : i64
                  %v1510 = arith.addi %v1508, %v1509 : i64
                  %v1511 = arith.addi %v1510, %v1490 : i64
                  %v1512 = llvm.getelementptr %dy_y_re[%v1511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1513 = llvm.load %v1512 : !llvm.ptr -> f32
                  %v1514 = arith.mulf %v1507, %v1513 fastmath<contract> : f32
                  %v1515 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1516 = arith.mulf %v1515, %v1491 fastmath<contract> : f32
                  %v1517 = arith.addf %v1514, %v1516 fastmath<contract> : f32
                  %v1518 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1519 = arith.mulf %v1518, %v1492 fastmath<contract> : f32
                  %v1520 = arith.addf %v1519, %v1517 fastmath<contract> : f32
                  %v1521 = arith.mulf %v1493, %v1515 fastmath<contract> : f32
                  %v1522 = arith.mulf %v1518, %v1495 fastmath<contract> : f32
                  %v1523 = arith.addf %v1522, %v1521 fastmath<contract> : f32
                  %v1524 = arith.mulf %v1494, %v1515 fastmath<contract> : f32
                  %v1525 = arith.mulf %v1518, %v1496 fastmath<contract> : f32
                  %v1526 = arith.addf %v1525, %v1524 fastmath<contract> : f32
                  %v1527 = arith.muli %v28, %v109 : i64
                  %v1528 = arith.muli %v26, %size_L : i64
                  %v1529 = arith.addi %v1527, %v1528 : i64
                  %v1530 = arith.addi %v1529, %v1490 : i64
                  %v1531 = llvm.getelementptr %in_g_im[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
                  %v1533 = arith.negf %v1532 : f32
                  %v1534 = arith.mulf %v1533, %v117 fastmath<contract> : f32
                  %v1535 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1534) : (f32) -> f32
                  %v1536 = arith.addf %v43, %v1535 fastmath<contract> : f32
                  %v1537 = arith.divf %v43, %v1536 : f32
                  %v1538 = arith.muli %v28, %v109 : i64
                  %v1539 = arith.muli %v26, %size_L : i64
                  %v1540 = arith.addi %v1538, %v1539 : i64
                  %v1541 = arith.addi %v1540, %v1490 : i64
                  %v1542 = llvm.getelementptr %dy_y_im[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1543 = llvm.load %v1542 : !llvm.ptr -> f32
                  %v1544 = arith.mulf %v1537, %v1543 fastmath<contract> : f32
                  %v1545 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1546 = arith.mulf %v1545, %v1492 fastmath<contract> : f32
                  %v1547 = arith.addf %v1544, %v1546 fastmath<contract> : f32
                  %v1548 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1549 = arith.mulf %v1548, %v1491 fastmath<contract> : f32
                  %v1550 = arith.addf %v1549, %v1547 fastmath<contract> : f32
                  %v1551 = arith.mulf %v1495, %v1545 fastmath<contract> : f32
                  %v1552 = arith.mulf %v1548, %v1493 fastmath<contract> : f32
                  %v1553 = arith.addf %v1552, %v1551 fastmath<contract> : f32
                  %v1554 = arith.mulf %v1496, %v1545 fastmath<contract> : f32
                  %v1555 = arith.mulf %v1548, %v1494 fastmath<contract> : f32
                  %v1556 = arith.addf %v1555, %v1554 fastmath<contract> : f32
                  llvm.store %v1520, %v34 : f32, !llvm.ptr
                  llvm.store %v1523, %v44 : f32, !llvm.ptr
                  llvm.store %v1526, %v45 : f32, !llvm.ptr
                  llvm.store %v1550, %v35 : f32, !llvm.ptr
                  llvm.store %v1553, %v46 : f32, !llvm.ptr
                  llvm.store %v1556, %v47 : f32, !llvm.ptr
                  scf.if %v1489 {
                  }
                  %v1557 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1558 = llvm.load %v1557 : !llvm.ptr -> f32
                  %v1559 = arith.subf %v43, %v1558 fastmath<contract> : f32
                  %v1560 = arith.muli %v28, %v109 : i64
                  %v1561 = arith.muli %v26, %size_L : i64
                  %v1562 = arith.addi %v1560, %v1561 : i64
                  %v1563 = arith.addi %v1562, %v1490 : i64
                  %v1564 = llvm.getelementptr %in_f[%v1563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1565 = llvm.load %v1564 : !llvm.ptr -> f32
                  %v1566 = arith.negf %v1565 : f32
                  %v1567 = arith.mulf %v1566, %v117 fastmath<contract> : f32
                  %v1568 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1567) : (f32) -> f32
                  %v1569 = arith.addf %v43, %v1568 fastmath<contract> : f32
                  %v1570 = arith.divf %v43, %v1569 : f32
                  %v1571 = arith.mulf %v1559, %v1570 fastmath<contract> : f32
                  %v1572 = arith.addf %v1558, %v1571 fastmath<contract> : f32
                  %v1573 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
                  %v1575 = arith.mulf %v1574, %v189 fastmath<contract> : f32
                  %v1576 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1575) : (f32) -> f32
                  %v1577 = arith.mulf %v1576, %v192 fastmath<contract> : f32
                  %v1578 = arith.subf %v1574, %v1577 fastmath<contract> : f32
                  %v1579 = arith.mulf %v1576, %v193 fastmath<contract> : f32
                  %v1580 = arith.subf %v1578, %v1579 fastmath<contract> : f32
                  %v1581 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1580) : (f32) -> f32
                  %v1582 = arith.mulf %v1572, %v1581 fastmath<contract> : f32
                  llvm.store %v1582, %v36 : f32, !llvm.ptr
                  %v1583 = arith.mulf %v1574, %v189 fastmath<contract> : f32
                  %v1584 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1583) : (f32) -> f32
                  %v1585 = arith.mulf %v1584, %v192 fastmath<contract> : f32
                  %v1586 = arith.subf %v1574, %v1585 fastmath<contract> : f32
                  %v1587 = arith.mulf %v1584, %v193 fastmath<contract> : f32
                  %v1588 = arith.subf %v1586, %v1587 fastmath<contract> : f32
                  %v1589 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1588) : (f32) -> f32
                  %v1590 = arith.mulf %v1572, %v1589 fastmath<contract> : f32
                  llvm.store %v1590, %v38 : f32, !llvm.ptr
                  llvm.store %v1582, %v37 : f32, !llvm.ptr
                  %v1591 = arith.negf %v1590 : f32
                  llvm.store %v1591, %v39 : f32, !llvm.ptr
                }
                %v1592 = arith.addi %v85, %v1 : i64
                %v1593 = arith.cmpi slt, %v744, %v956 : i32
                %v1594 = arith.cmpi eq, %v744, %v961 : i32
                scf.if %v1593 {
                  %v1595 = arith.addi %v67, %v1592 : i64
                  %v1596 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1597 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1598 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1599 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1600 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1601 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1602 = arith.muli %v28, %v109 : i64
                  %v1603 = arith.muli %v26, %size_L : i64
                  %v1604 = arith.addi %v1602, %v1603 : i64
                  %v1605 = arith.addi %v1604, %v1595 : i64
                  %v1606 = llvm.getelementptr %in_g_re[%v1605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
                  %v1608 = arith.negf %v1607 : f32
                  %v1609 = arith.mulf %v1608, %v117 fastmath<contract> : f32
                  %v1610 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1609) : (f32) -> f32
                  %v1611 = arith.addf %v43, %v1610 fastmath<contract> : f32
                  %v1612 = arith.divf %v43, %v1611 : f32
                  %v1613 = arith.muli %v28, %v109 : i64
                  %v1614 = arith.muli %v26, %size_L : i64
                  %v1615 = arith.addi %v1613, %v1614 : i64
                  %v1616 = arith.addi %v1615, %v1595 : i64
                  %v1617 = llvm.getelementptr %dy_y_re[%v1616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1618 = llvm.load %v1617 : !llvm.ptr -> f32
                  %v1619 = arith.mulf %v1612, %v1618 fastmath<contract> : f32
                  %v1620 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1621 = arith.mulf %v1620, %v1596 fastmath<contract> : f32
                  %v1622 = arith.addf %v1619, %v1621 fastmath<contract> : f32
                  %v1623 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1624 = arith.mulf %v1623, %v1597 fastmath<contract> : f32
                  %v1625 = arith.addf %v1624, %v1622 fastmath<contract> : f32
                  %v1626 = arith.mulf %v1598, %v1620 fastmath<contract> : f32
                  %v1627 = arith.mulf %v1623, %v1600 fastmath<contract> : f32
                  %v1628 = arith.addf %v1627, %v1626 fastmath<contract> : f32
                  %v1629 = arith.mulf %v1599, %v1620 fastmath<contract> : f32
                  %v1630 = arith.mulf %v1623, %v1601 fastmath<contract> : f32
                  %v1631 = arith.addf %v1630, %v1629 fastmath<contract> : f32
                  %v1632 = arith.muli %v28, %v109 : i64
                  %v1633 = arith.muli %v26, %size_L : i64
                  %v1634 = arith.addi %v1632, %v1633 : i64
                  %v1635 = arith.addi %v1634, %v1595 : i64
                  %v1636 = llvm.getelementptr %in_g_im[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1637 = llvm.load %v1636 : !llvm.ptr -> f32
                  %v1638 = arith.negf %v1637 : f32
                  %v1639 = arith.mulf %v1638, %v117 fastmath<contract> : f32
                  %v1640 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1639) : (f32) -> f32
                  %v1641 = arith.addf %v43, %v1640 fastmath<contract> : f32
                  %v1642 = arith.divf %v43, %v1641 : f32
                  %v1643 = arith.muli %v28, %v109 : i64
                  %v1644 = arith.muli %v26, %size_L : i64
                  %v1645 = arith.addi %v1643, %v1644 : i64
                  %v1646 = arith.addi %v1645, %v1595 : i64
                  %v1647 = llvm.getelementptr %dy_y_im[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1648 = llvm.load %v1647 : !llvm.ptr -> f32
                  %v1649 = arith.mulf %v1642, %v1648 fastmath<contract> : f32
                  %v1650 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1651 = arith.mulf %v1650, %v1597 fastmath<contract> : f32
                  %v1652 = arith.addf %v1649, %v1651 fastmath<contract> : f32
                  %v1653 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1654 = arith.mulf %v1653, %v1596 fastmath<contract> : f32
                  %v1655 = arith.addf %v1654, %v1652 fastmath<contract> : f32
                  %v1656 = arith.mulf %v1600, %v1650 fastmath<contract> : f32
                  %v1657 = arith.mulf %v1653, %v1598 fastmath<contract> : f32
                  %v1658 = arith.addf %v1657, %v1656 fastmath<contract> : f32
                  %v1659 = arith.mulf %v1601, %v1650 fastmath<contract> : f32
                  %v1660 = arith.mulf %v1653, %v1599 fastmath<contract> : f32
                  %v1661 = arith.addf %v1660, %v1659 fastmath<contract> : f32
                  llvm.store %v1625, %v34 : f32, !llvm.ptr
                  llvm.store %v1628, %v44 : f32, !llvm.ptr
                  llvm.store %v1631, %v45 : f32, !llvm.ptr
                  llvm.store %v1655, %v35 : f32, !llvm.ptr
                  llvm.store %v1658, %v46 : f32, !llvm.ptr
                  llvm.store %v1661, %v47 : f32, !llvm.ptr
                  scf.if %v1594 {
                  }
                  %v1662 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1663 = llvm.load %v1662 : !llvm.ptr -> f32
                  %v1664 = arith.subf %v43, %v1663 fastmath<contract> : f32
                  %v1665 = arith.muli %v28, %v109 : i64
                  %v1666 = arith.muli %v26, %size_L : i64
                  %v1667 = arith.addi %v1665, %v1666 : i64
                  %v1668 = arith.addi %v1667, %v1595 : i64
                  %v1669 = llvm.getelementptr %in_f[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1670 = llvm.load %v1669 : !llvm.ptr -> f32
                  %v1671 = arith.negf %v1670 : f32
                  %v1672 = arith.mulf %v1671, %v117 fastmath<contract> : f32
                  %v1673 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1672) : (f32) -> f32
                  %v1674 = arith.addf %v43, %v1673 fastmath<contract> : f32
                  %v1675 = arith.divf %v43, %v1674 : f32
                  %v1676 = arith.mulf %v1664, %v1675 fastmath<contract> : f32
                  %v1677 = arith.addf %v1663, %v1676 fastmath<contract> : f32
                  %v1678 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
                  %v1680 = arith.mulf %v1679, %v189 fastmath<contract> : f32
                  %v1681 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1680) : (f32) -> f32
                  %v1682 = arith.mulf %v1681, %v192 fastmath<contract> : f32
                  %v1683 = arith.subf %v1679, %v1682 fastmath<contract> : f32
                  %v1684 = arith.mulf %v1681, %v193 fastmath<contract> : f32
                  %v1685 = arith.subf %v1683, %v1684 fastmath<contract> : f32
                  %v1686 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1685) : (f32) -> f32
                  %v1687 = arith.mulf %v1677, %v1686 fastmath<contract> : f32
                  llvm.store %v1687, %v36 : f32, !llvm.ptr
                  %v1688 = arith.mulf %v1679, %v189 fastmath<contract> : f32
                  %v1689 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1688) : (f32) -> f32
                  %v1690 = arith.mulf %v1689, %v192 fastmath<contract> : f32
                  %v1691 = arith.subf %v1679, %v1690 fastmath<contract> : f32
                  %v1692 = arith.mulf %v1689, %v193 fastmath<contract> : f32
                  %v1693 = arith.subf %v1691, %v1692 fastmath<contract> : f32
                  %v1694 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1693) : (f32) -> f32
                  %v1695 = arith.mulf %v1677, %v1694 fastmath<contract> : f32
                  llvm.store %v1695, %v38 : f32, !llvm.ptr
                  llvm.store %v1687, %v37 : f32, !llvm.ptr
                  %v1696 = arith.negf %v1695 : f32
                  llvm.store %v1696, %v39 : f32, !llvm.ptr
                }
                %v1697 = arith.cmpi slt, %v849, %v956 : i32
                %v1698 = arith.cmpi eq, %v849, %v961 : i32
                scf.if %v1697 {
                  %v1699 = arith.addi %v67, %v85 : i64
                  %v1700 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1701 = llvm.load %v35 : !llvm.ptr -> f32
                  %v1702 = llvm.load %v44 : !llvm.ptr -> f32
                  %v1703 = llvm.load %v45 : !llvm.ptr -> f32
                  %v1704 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1705 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1706 = arith.muli %v28, %v109 : i64
                  %v1707 = arith.muli %v26, %size_L : i64
                  %v1708 = arith.addi %v1706, %v1707 : i64
                  %v1709 = arith.addi %v1708, %v1699 : i64
                  %v1710 = llvm.getelementptr %in_g_re[%v1709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1711 = llvm.load %v1710 : !llvm.ptr -> f32
                  %v1712 = arith.negf %v1711 : f32
                  %v1713 = arith.mulf %v1712, %v117 fastmath<contract> : f32
                  %v1714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1713) : (f32) -> f32
                  %v1715 = arith.addf %v43, %v1714 fastmath<contract> : f32
                  %v1716 = arith.divf %v43, %v1715 : f32
                  %v1717 = arith.muli %v28, %v109 : i64
                  %v1718 = arith.muli %v26, %size_L : i64
                  %v1719 = arith.addi %v1717, %v1718 : i64
                  %v1720 = arith.addi %v1719, %v1699 : i64
                  %v1721 = llvm.getelementptr %dy_y_re[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
                  %v1723 = arith.mulf %v1716, %v1722 fastmath<contract> : f32
                  %v1724 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1725 = arith.mulf %v1724, %v1700 fastmath<contract> : f32
                  %v1726 = arith.addf %v1723, %v1725 fastmath<contract> : f32
                  %v1727 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1728 = arith.mulf %v1727, %v1701 fastmath<contract> : f32
                  %v1729 = arith.addf %v1728, %v1726 fastmath<contract> : f32
                  %v1730 = arith.mulf %v1702, %v1724 fastmath<contract> : f32
                  %v1731 = arith.mulf %v1727, %v1704 fastmath<contract> : f32
                  %v1732 = arith.addf %v1731, %v1730 fastmath<contract> : f32
                  %v1733 = arith.mulf %v1703, %v1724 fastmath<contract> : f32
                  %v1734 = arith.mulf %v1727, %v1705 fastmath<contract> : f32
                  %v1735 = arith.addf %v1734, %v1733 fastmath<contract> : f32
                  %v1736 = arith.muli %v28, %v109 : i64
                  %v1737 = arith.muli %v26, %size_L : i64
                  %v1738 = arith.addi %v1736, %v1737 : i64
                  %v1739 = arith.addi %v1738, %v1699 : i64
                  %v1740 = llvm.getelementptr %in_g_im[%v1739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1741 = llvm.load %v1740 : !llvm.ptr -> f32
                  %v1742 = arith.negf %v1741 : f32
                  %v1743 = arith.mulf %v1742, %v117 fastmath<contract> : f32
                  %v1744 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1743) : (f32) -> f32
                  %v1745 = arith.addf %v43, %v1744 fastmath<contract> : f32
                  %v1746 = arith.divf %v43, %v1745 : f32
                  %v1747 = arith.muli %v28, %v109 : i64
                  %v1748 = arith.muli %v26, %size_L : i64
                  %v1749 = arith.addi %v1747, %v1748 : i64
                  %v1750 = arith.addi %v1749, %v1699 : i64
                  %v1751 = llvm.getelementptr %dy_y_im[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1752 = llvm.load %v1751 : !llvm.ptr -> f32
                  %v1753 = arith.mulf %v1746, %v1752 fastmath<contract> : f32
                  %v1754 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1755 = arith.mulf %v1754, %v1701 fastmath<contract> : f32
                  %v1756 = arith.addf %v1753, %v1755 fastmath<contract> : f32
                  %v1757 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1758 = arith.mulf %v1757, %v1700 fastmath<contract> : f32
                  %v1759 = arith.addf %v1758, %v1756 fastmath<contract> : f32
                  %v1760 = arith.mulf %v1704, %v1754 fastmath<contract> : f32
                  %v1761 = arith.mulf %v1757, %v1702 fastmath<contract> : f32
                  %v1762 = arith.addf %v1761, %v1760 fastmath<contract> : f32
                  %v1763 = arith.mulf %v1705, %v1754 fastmath<contract> : f32
                  %v1764 = arith.mulf %v1757, %v1703 fastmath<contract> : f32
                  %v1765 = arith.addf %v1764, %v1763 fastmath<contract> : f32
                  llvm.store %v1729, %v34 : f32, !llvm.ptr
                  llvm.store %v1732, %v44 : f32, !llvm.ptr
                  llvm.store %v1735, %v45 : f32, !llvm.ptr
                  llvm.store %v1759, %v35 : f32, !llvm.ptr
                  llvm.store %v1762, %v46 : f32, !llvm.ptr
                  llvm.store %v1765, %v47 : f32, !llvm.ptr
                  scf.if %v1698 {
                  }
                  %v1766 = llvm.getelementptr %in_gamma[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1767 = llvm.load %v1766 : !llvm.ptr -> f32
                  %v1768 = arith.subf %v43, %v1767 fastmath<contract> : f32
                  %v1769 = arith.muli %v28, %v109 : i64
                  %v1770 = arith.muli %v26, %size_L : i64
                  %v1771 = arith.addi %v1769, %v1770 : i64
                  %v1772 = arith.addi %v1771, %v1699 : i64
                  %v1773 = llvm.getelementptr %in_f[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1774 = llvm.load %v1773 : !llvm.ptr -> f32
                  %v1775 = arith.negf %v1774 : f32
                  %v1776 = arith.mulf %v1775, %v117 fastmath<contract> : f32
                  %v1777 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1776) : (f32) -> f32
                  %v1778 = arith.addf %v43, %v1777 fastmath<contract> : f32
                  %v1779 = arith.divf %v43, %v1778 : f32
                  %v1780 = arith.mulf %v1768, %v1779 fastmath<contract> : f32
                  %v1781 = arith.addf %v1767, %v1780 fastmath<contract> : f32
                  %v1782 = llvm.getelementptr %in_theta[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1783 = llvm.load %v1782 : !llvm.ptr -> f32
                  %v1784 = arith.mulf %v1783, %v189 fastmath<contract> : f32
                  %v1785 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1784) : (f32) -> f32
                  %v1786 = arith.mulf %v1785, %v192 fastmath<contract> : f32
                  %v1787 = arith.subf %v1783, %v1786 fastmath<contract> : f32
                  %v1788 = arith.mulf %v1785, %v193 fastmath<contract> : f32
                  %v1789 = arith.subf %v1787, %v1788 fastmath<contract> : f32
                  %v1790 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1789) : (f32) -> f32
                  %v1791 = arith.mulf %v1781, %v1790 fastmath<contract> : f32
                  llvm.store %v1791, %v36 : f32, !llvm.ptr
                  %v1792 = arith.mulf %v1783, %v189 fastmath<contract> : f32
                  %v1793 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1792) : (f32) -> f32
                  %v1794 = arith.mulf %v1793, %v192 fastmath<contract> : f32
                  %v1795 = arith.subf %v1783, %v1794 fastmath<contract> : f32
                  %v1796 = arith.mulf %v1793, %v193 fastmath<contract> : f32
                  %v1797 = arith.subf %v1795, %v1796 fastmath<contract> : f32
                  %v1798 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1797) : (f32) -> f32
                  %v1799 = arith.mulf %v1781, %v1798 fastmath<contract> : f32
                  llvm.store %v1799, %v38 : f32, !llvm.ptr
                  llvm.store %v1791, %v37 : f32, !llvm.ptr
                  %v1800 = arith.negf %v1799 : f32
                  llvm.store %v1800, %v39 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v23 {
        %v1801 = llvm.load %v34 : !llvm.ptr -> f32
        %v1802 = arith.muli %v19, %v2 : i64
        %v1803 = arith.subi %v2, %v1 : i64
        %v1804 = arith.minsi %v22, %v1803 : i64
        %v1805 = arith.addi %v1802, %v1804 : i64
        %v1806 = llvm.getelementptr %segsum_h_re[%v1805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1801, %v1806 : f32, !llvm.ptr
        %v1807 = llvm.load %v44 : !llvm.ptr -> f32
        %v1808 = arith.addi %v6, %v19 : i64
        %v1809 = arith.muli %v1808, %v2 : i64
        %v1810 = arith.subi %v2, %v1 : i64
        %v1811 = arith.minsi %v22, %v1810 : i64
        %v1812 = arith.addi %v1809, %v1811 : i64
        %v1813 = llvm.getelementptr %segsum_h_re[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1807, %v1813 : f32, !llvm.ptr
        %v1814 = llvm.load %v45 : !llvm.ptr -> f32
        %v1815 = arith.muli %v636, %v6 : i64
        %v1816 = arith.addi %v1815, %v19 : i64
        %v1817 = arith.muli %v1816, %v2 : i64
        %v1818 = arith.subi %v2, %v1 : i64
        %v1819 = arith.minsi %v22, %v1818 : i64
        %v1820 = arith.addi %v1817, %v1819 : i64
        %v1821 = llvm.getelementptr %segsum_h_re[%v1820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1814, %v1821 : f32, !llvm.ptr
        %v1822 = llvm.load %v36 : !llvm.ptr -> f32
        %v1823 = arith.muli %v529, %v6 : i64
        %v1824 = arith.addi %v1823, %v19 : i64
        %v1825 = arith.muli %v1824, %v2 : i64
        %v1826 = arith.subi %v2, %v1 : i64
        %v1827 = arith.minsi %v22, %v1826 : i64
        %v1828 = arith.addi %v1825, %v1827 : i64
        %v1829 = llvm.getelementptr %segsum_h_re[%v1828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1822, %v1829 : f32, !llvm.ptr
        %v1830 = llvm.load %v38 : !llvm.ptr -> f32
        %v1831 = arith.muli %v30, %v6 : i64
        %v1832 = arith.addi %v1831, %v19 : i64
        %v1833 = arith.muli %v1832, %v2 : i64
        %v1834 = arith.subi %v2, %v1 : i64
        %v1835 = arith.minsi %v22, %v1834 : i64
        %v1836 = arith.addi %v1833, %v1835 : i64
        %v1837 = llvm.getelementptr %segsum_h_re[%v1836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1830, %v1837 : f32, !llvm.ptr
        %v1838 = llvm.load %v35 : !llvm.ptr -> f32
        %v1839 = arith.muli %v19, %v2 : i64
        %v1840 = arith.subi %v2, %v1 : i64
        %v1841 = arith.minsi %v22, %v1840 : i64
        %v1842 = arith.addi %v1839, %v1841 : i64
        %v1843 = llvm.getelementptr %segsum_h_im[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1838, %v1843 : f32, !llvm.ptr
        %v1844 = llvm.load %v46 : !llvm.ptr -> f32
        %v1845 = arith.addi %v6, %v19 : i64
        %v1846 = arith.muli %v1845, %v2 : i64
        %v1847 = arith.subi %v2, %v1 : i64
        %v1848 = arith.minsi %v22, %v1847 : i64
        %v1849 = arith.addi %v1846, %v1848 : i64
        %v1850 = llvm.getelementptr %segsum_h_im[%v1849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1844, %v1850 : f32, !llvm.ptr
        %v1851 = llvm.load %v47 : !llvm.ptr -> f32
        %v1852 = arith.muli %v636, %v6 : i64
        %v1853 = arith.addi %v1852, %v19 : i64
        %v1854 = arith.muli %v1853, %v2 : i64
        %v1855 = arith.subi %v2, %v1 : i64
        %v1856 = arith.minsi %v22, %v1855 : i64
        %v1857 = arith.addi %v1854, %v1856 : i64
        %v1858 = llvm.getelementptr %segsum_h_im[%v1857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1851, %v1858 : f32, !llvm.ptr
        %v1859 = llvm.load %v39 : !llvm.ptr -> f32
        %v1860 = arith.muli %v529, %v6 : i64
        %v1861 = arith.addi %v1860, %v19 : i64
        %v1862 = arith.muli %v1861, %v2 : i64
        %v1863 = arith.subi %v2, %v1 : i64
        %v1864 = arith.minsi %v22, %v1863 : i64
        %v1865 = arith.addi %v1862, %v1864 : i64
        %v1866 = llvm.getelementptr %segsum_h_im[%v1865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1859, %v1866 : f32, !llvm.ptr
        %v1867 = llvm.load %v37 : !llvm.ptr -> f32
        %v1868 = arith.muli %v30, %v6 : i64
        %v1869 = arith.addi %v1868, %v19 : i64
        %v1870 = arith.muli %v1869, %v2 : i64
        %v1871 = arith.subi %v2, %v1 : i64
        %v1872 = arith.minsi %v22, %v1871 : i64
        %v1873 = arith.addi %v1870, %v1872 : i64
        %v1874 = llvm.getelementptr %segsum_h_im[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1867, %v1874 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
