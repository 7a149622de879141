module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @hgrn_complex_bwd_sum(%in_f: !llvm.ptr, %in_c_re: !llvm.ptr, %in_c_im: !llvm.ptr, %in_g_re: !llvm.ptr, %in_g_im: !llvm.ptr, %in_gamma: !llvm.ptr, %in_theta: !llvm.ptr, %dy_y_re: !llvm.ptr, %dy_y_im: !llvm.ptr, %ckpt_h_re: !llvm.ptr, %ckpt_h_im: !llvm.ptr, %scratch_h_re: !llvm.ptr, %scratch_h_im: !llvm.ptr, %segsum_h_re: !llvm.ptr, %segsum_h_im: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = arith.constant 4 : i64
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v44 = arith.constant 0x00000000 : f32
      %v45 = arith.constant 0x3F800000 : f32
      %v46 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v50 = arith.constant 0 : i64
      %v52 = arith.constant 64 : i64
      %v53 = arith.constant 8 : i64
      %v54 = arith.constant 7 : i64
      %v97 = arith.constant 2147483647 : i64
      %v101 = arith.constant 7 : i32
      %v111 = arith.muli %v1, %size_L : i64
      %v112 = arith.muli %v111, %size_D : i64
      %v121 = arith.constant 0x3FB8AA3B : f32
      %v199 = arith.constant 0x3E22F983 : f32
      %v202 = arith.constant 0x40C90000 : f32
      %v203 = arith.constant 0x3AFDAA22 : f32
      %v219 = arith.constant 6 : i64
      %v221 = arith.constant 6 : i32
      %v333 = arith.constant 5 : i64
      %v335 = arith.constant 5 : i32
      %v448 = arith.constant 4 : i32
      %v560 = arith.constant 3 : i64
      %v562 = arith.constant 3 : i32
      %v674 = arith.constant 2 : i64
      %v676 = arith.constant 2 : i32
      %v789 = arith.constant 1 : i32
      %v902 = arith.constant 0 : i32
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v18 = arith.subi %v6, %v1 : i64
      %v19 = arith.addi %v3, %v18 : i64
      %v20 = arith.divui %v19, %v6 : i64
      %v21 = arith.divui %v17, %v20 : i64
      %v22 = arith.remui %v17, %v20 : i64
      %v23 = arith.muli %v22, %v6 : i64
      %v24 = arith.addi %v23, %v16 : i64
      %v25 = arith.cmpi slt, %v24, %v3 : i64
      %v26 = arith.subi %v3, %v1 : i64
      %v27 = arith.minsi %v24, %v26 : i64
      %v28 = arith.remui %v27, %size_D : i64
      %v29 = arith.divui %v27, %size_D : i64
      %v30 = arith.remui %v29, %size_B : i64
      %v31 = arith.divui %v29, %size_B : i64
      %v33 = arith.muli %v21, %v32 : i64
      %v34 = arith.addi %v33, %v32 : i64
      %v35 = arith.muli %v21, %v3 : i64
      llvm.store %v44, %v36 : f32, !llvm.ptr
      llvm.store %v44, %v37 : f32, !llvm.ptr
      llvm.store %v45, %v38 : f32, !llvm.ptr
      llvm.store %v45, %v39 : f32, !llvm.ptr
      llvm.store %v44, %v40 : f32, !llvm.ptr
      llvm.store %v44, %v41 : f32, !llvm.ptr
      llvm.store %v44, %v42 : f32, !llvm.ptr
      llvm.store %v44, %v43 : f32, !llvm.ptr
      llvm.store %v45, %v46 : f32, !llvm.ptr
      llvm.store %v44, %v47 : f32, !llvm.ptr
      llvm.store %v44, %v48 : f32, !llvm.ptr
      llvm.store %v45, %v49 : f32, !llvm.ptr
      %v51 = arith.cmpi eq, %size_L, %v50 : i64
      scf.if %v51 {
        llvm.store %v44, %v12 : f32, !llvm.ptr
        llvm.store %v44, %v13 : f32, !llvm.ptr
      }
      %v55 = arith.subi %v52, %v1 : i64
      %v56 = arith.addi %size_L, %v55 : i64
      %v57 = arith.divui %v56, %v52 : i64
      %v58 = arith.minsi %v34, %v57 : i64
      %v59 = arith.muli %v21, %v53 : i64
      %v60 = arith.subi %v58, %v33 : i64
      %v61 = arith.maxsi %v60, %v50 : i64
      %v62 = arith.index_cast %v50 : i64 to index
      %v63 = arith.index_cast %v61 : i64 to index
      %v64 = arith.index_cast %v1 : i64 to index
      scf.for %v65 = %v62 to %v63 step %v64 {
        %v66 = arith.index_cast %v65 : index to i64
        %v67 = arith.subi %v58, %v1 : i64
        %v68 = arith.subi %v67, %v66 : i64
        %v69 = arith.muli %v68, %v52 : i64
        %v70 = arith.subi %size_L, %v69 : i64
        %v71 = arith.minsi %v70, %v52 : i64
        %v72 = arith.addi %v71, %v54 : i64
        %v73 = arith.divui %v72, %v53 : i64
        %v74 = arith.index_cast %v50 : i64 to index
        %v75 = arith.index_cast %v1 : i64 to index
        %v76 = arith.index_cast %v1 : i64 to index
        scf.for %v77 = %v74 to %v75 step %v76 {
          %v78 = arith.index_cast %v77 : index to i64
          %v79 = arith.index_cast %v50 : i64 to index
          %v80 = arith.index_cast %v73 : i64 to index
          %v81 = arith.index_cast %v1 : i64 to index
          scf.for %v82 = %v79 to %v80 step %v81 {
            %v83 = arith.index_cast %v82 : index to i64
            %v84 = arith.cmpi slt, %v83, %v73 : i64
            scf.if %v84 {
              %v85 = arith.subi %v73, %v1 : i64
              %v86 = arith.subi %v85, %v83 : i64
              %v87 = arith.muli %v86, %v53 : i64
              %v88 = arith.addi %v59, %v86 : i64
              %v89 = arith.addi %v87, %v53 : i64
              %v90 = arith.cmpi sle, %v89, %v71 : i64
              scf.if %v90 {
                %v91 = arith.subi %v71, %v1 : i64
                // the group's states, recomputed into registers
                %v92 = arith.subi %v71, %v87 : i64
                %v93 = arith.trunci %v92 : i64 to i32
                %v94 = arith.subi %size_L, %v1 : i64
                %v95 = arith.addi %v69, %v87 : i64
                %v96 = arith.subi %v94, %v95 : i64
                %v98 = arith.minsi %v96, %v97 : i64
                %v99 = arith.trunci %v98 : i64 to i32
                %v100 = arith.addi %v87, %v54 : i64
                %v102 = arith.cmpi slt, %v101, %v93 : i32
                %v103 = arith.cmpi eq, %v101, %v99 : i32
                %v104 = arith.addi %v69, %v100 : i64
                %v105 = llvm.load %v36 : !llvm.ptr -> f32
                %v106 = llvm.load %v37 : !llvm.ptr -> f32
                %v107 = llvm.load %v46 : !llvm.ptr -> f32
                %v108 = llvm.load %v47 : !llvm.ptr -> f32
                %v109 = llvm.load %v48 : !llvm.ptr -> f32
                %v110 = llvm.load %v49 : !llvm.ptr -> f32
                %v113 = arith.muli %v30, %v112 : i64
                %v114 = arith.muli %v28, %v111 : i64
                %v115 = arith.addi %v113, %v114 : i64
                %v116 = arith.muli %v104, %v1 : i64
                %v117 = arith.addi %v115, %v116 : i64
                %v118 = llvm.getelementptr %in_g_re[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v119 = llvm.load %v118 : !llvm.ptr -> f32
                %v120 = arith.negf %v119 : f32
                %v122 = arith.mulf %v120, %v121 fastmath<contract> : f32
                %v123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v122) : (f32) -> f32
                %v124 = arith.addf %v45, %v123 fastmath<contract> : f32
                %v125 = arith.divf %v45, %v124 : f32
                %v126 = arith.muli %v30, %v112 : i64
                %v127 = arith.muli %v28, %v111 : i64
                %v128 = arith.addi %v126, %v127 : i64
                %v129 = arith.muli %v104, %v1 : i64
                %v130 = arith.addi %v128, %v129 : i64
                %v131 = llvm.getelementptr %dy_y_re[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v132 = llvm.load %v131 : !llvm.ptr -> f32
                %v133 = arith.mulf %v125, %v132 fastmath<contract> : f32
                %v134 = llvm.load %v38 : !llvm.ptr -> f32
                %v135 = arith.mulf %v134, %v105 fastmath<contract> : f32
                %v136 = arith.addf %v133, %v135 fastmath<contract> : f32
                %v137 = llvm.load %v40 : !llvm.ptr -> f32
                %v138 = arith.mulf %v137, %v106 fastmath<contract> : f32
                %v139 = arith.addf %v138, %v136 fastmath<contract> : f32
                %v140 = arith.mulf %v107, %v134 fastmath<contract> : f32
                %v141 = arith.mulf %v137, %v109 fastmath<contract> : f32
                %v142 = arith.addf %v141, %v140 fastmath<contract> : f32
                %v143 = arith.mulf %v108, %v134 fastmath<contract> : f32
                %v144 = arith.mulf %v137, %v110 fastmath<contract> : f32
                %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
                %v146 = arith.muli %v30, %v112 : i64
                %v147 = arith.muli %v28, %v111 : i64
                %v148 = arith.addi %v146, %v147 : i64
                %v149 = arith.muli %v104, %v1 : i64
                %v150 = arith.addi %v148, %v149 : i64
                %v151 = llvm.getelementptr %in_g_im[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v152 = llvm.load %v151 : !llvm.ptr -> f32
                %v153 = arith.negf %v152 : f32
                %v154 = arith.mulf %v153, %v121 fastmath<contract> : f32
                %v155 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v154) : (f32) -> f32
                %v156 = arith.addf %v45, %v155 fastmath<contract> : f32
                %v157 = arith.divf %v45, %v156 : f32
                %v158 = arith.muli %v30, %v112 : i64
                %v159 = arith.muli %v28, %v111 : i64
                %v160 = arith.addi %v158, %v159 : i64
                %v161 = arith.muli %v104, %v1 : i64
                %v162 = arith.addi %v160, %v161 : i64
                %v163 = llvm.getelementptr %dy_y_im[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v164 = llvm.load %v163 : !llvm.ptr -> f32
                %v165 = arith.mulf %v157, %v164 fastmath<contract> : f32
                %v166 = llvm.load %v39 : !llvm.ptr -> f32
                %v167 = arith.mulf %v166, %v106 fastmath<contract> : f32
                %v168 = arith.addf %v165, %v167 fastmath<contract> : f32
                %v169 = llvm.load %v41 : !llvm.ptr -> f32
                %v170 = arith.mulf %v169, %v105 fastmath<contract> : f32
                %v171 = arith.addf %v170, %v168 fastmath<contract> : f32
                %v172 = arith.mulf %v109, %v166 fastmath<contract> : f32
                %v173 = arith.mulf %v169, %v107 fastmath<contract> : f32
                %v174 = arith.addf %v173, %v172 fastmath<contract> : f32
                %v175 = arith.mulf %v110, %v166 fastmath<contract> : f32
                %v176 = arith.mulf %v169, %v108 fastmath<contract> : f32
                %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
                llvm.store %v139, %v36 : f32, !llvm.ptr
                llvm.store %v142, %v46 : f32, !llvm.ptr
                llvm.store %v145, %v47 : f32, !llvm.ptr
                llvm.store %v171, %v37 : f32, !llvm.ptr
                llvm.store %v174, %v48 : f32, !llvm.ptr
                llvm.store %v177, %v49 : f32, !llvm.ptr
                scf.if %v103 {
                }
                %v178 = arith.muli %v28, %v1 : i64
                %v179 = llvm.getelementptr %in_gamma[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v180 = llvm.load %v179 : !llvm.ptr -> f32
                %v181 = arith.subf %v45, %v180 fastmath<contract> : f32
                %v182 = arith.muli %v30, %v112 : i64
                %v183 = arith.muli %v28, %v111 : i64
                %v184 = arith.addi %v182, %v183 : i64
                %v185 = arith.muli %v104, %v1 : i64
                %v186 = arith.addi %v184, %v185 : i64
                %v187 = llvm.getelementptr %in_f[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v188 = llvm.load %v187 : !llvm.ptr -> f32
                %v189 = arith.negf %v188 : f32
                %v190 = arith.mulf %v189, %v121 fastmath<contract> : f32
                %v191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v190) : (f32) -> f32
                %v192 = arith.addf %v45, %v191 fastmath<contract> : f32
                %v193 = arith.divf %v45, %v192 : f32
                %v194 = arith.mulf %v181, %v193 fastmath<contract> : f32
                %v195 = arith.addf %v180, %v194 fastmath<contract> : f32
                %v196 = arith.muli %v28, %v1 : i64
                %v197 = llvm.getelementptr %in_theta[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v198 = llvm.load %v197 : !llvm.ptr -> f32
                %v200 = arith.mulf %v198, %v199 fastmath<contract> : f32
                %v201 = llvm.call_intrinsic "llvm.roundeven.f32"(%v200) : (f32) -> f32
                %v204 = arith.mulf %v201, %v202 fastmath<contract> : f32
                %v205 = arith.subf %v198, %v204 fastmath<contract> : f32
                %v206 = arith.mulf %v201, %v203 fastmath<contract> : f32
                %v207 = arith.subf %v205, %v206 fastmath<contract> : f32
                %v208 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v207) : (f32) -> f32
                %v209 = arith.mulf %v195, %v208 fastmath<contract> : f32
                llvm.store %v209, %v38 : f32, !llvm.ptr
                %v210 = arith.mulf %v198, %v199 fastmath<contract> : f32
                %v211 = llvm.call_intrinsic "llvm.roundeven.f32"(%v210) : (f32) -> f32
                %v212 = arith.mulf %v211, %v202 fastmath<contract> : f32
                %v213 = arith.subf %v198, %v212 fastmath<contract> : f32
                %v214 = arith.mulf %v211, %v203 fastmath<contract> : f32
                %v215 = arith.subf %v213, %v214 fastmath<contract> : f32
                %v216 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v215) : (f32) -> f32
                %v217 = arith.mulf %v195, %v216 fastmath<contract> : f32
                llvm.store %v217, %v40 : f32, !llvm.ptr
                llvm.store %v209, %v39 : f32, !llvm.ptr
                %v218 = arith.negf %v217 : f32
                llvm.store %v218, %v41 : f32, !llvm.ptr
                %v220 = arith.addi %v87, %v219 : i64
                %v222 = arith.cmpi slt, %v221, %v93 : i32
                %v223 = arith.cmpi eq, %v221, %v99 : i32
                %v224 = arith.addi %v69, %v220 : i64
                %v225 = llvm.load %v36 : !llvm.ptr -> f32
                %v226 = llvm.load %v37 : !llvm.ptr -> f32
                %v227 = llvm.load %v46 : !llvm.ptr -> f32
                %v228 = llvm.load %v47 : !llvm.ptr -> f32
                %v229 = llvm.load %v48 : !llvm.ptr -> f32
                %v230 = llvm.load %v49 : !llvm.ptr -> f32
                %v231 = arith.muli %v30, %v112 : i64
                %v232 = arith.muli %v28, %v111 : i64
                %v233 = arith.addi %v231, %v232 : i64
                %v234 = arith.muli %v224, %v1 : i64
                %v235 = arith.addi %v233, %v234 : i64
                %v236 = llvm.getelementptr %in_g_re[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v237 = llvm.load %v236 : !llvm.ptr -> f32
                %v238 = arith.negf %v237 : f32
                %v239 = arith.mulf %v238, %v121 fastmath<contract> : f32
                %v240 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v239) : (f32) -> f32
                %v241 = arith.addf %v45, %v240 fastmath<contract> : f32
                %v242 = arith.divf %v45, %v241 : f32
                %v243 = arith.muli %v30, %v112 : i64
                %v244 = arith.muli %v28, %v111 : i64
                %v245 = arith.addi %v243, %v244 : i64
                %v246 = arith.muli %v224, %v1 : i64
                %v247 = arith.addi %v245, %v246 : i64
                %v248 = llvm.getelementptr %dy_y_re[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v249 = llvm.load %v248 : !llvm.ptr -> f32
                %v250 = arith.mulf %v242, %v249 fastmath<contract> : f32
                %v251 = llvm.load %v38 : !llvm.ptr -> f32
                %v252 = arith.mulf %v251, %v225 fastmath<contract> : f32
                %v253 = arith.addf %v250, %v252 fastmath<contract> : f32
                %v254 = llvm.load %v40 : !llvm.ptr -> f32
                %v255 = arith.mulf %v254, %v226 fastmath<contract> : f32
                %v256 = arith.addf %v255, %v253 fastmath<contract> : f32
                %v257 = arith.mulf %v227, %v251 fastmath<contract> : f32
                %v258 = arith.mulf %v254, %v229 fastmath<contract> : f32
                %v259 = arith.addf %v258, %v257 fastmath<contract> : f32
                %v260 = arith.mulf %v228, %v251 fastmath<contract> : f32
                %v261 = arith.mulf %v254, %v230 fastmath<contract> : f32
                %v262 = arith.addf %v261, %v260 fastmath<contract> : f32
                %v263 = arith.muli %v30, %v112 : i64
                %v264 = arith.muli %v28, %v111 : i64
                %v265 = arith.addi %v263, %v264 : i64
                %v266 = arith.muli %v224, %v1 : i64
                %v267 = arith.addi %v265, %v266 : i64
                %v268 = llvm.getelementptr %in_g_im[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v269 = llvm.load %v268 : !llvm.ptr -> f32
                %v270 = arith.negf %v269 : f32
                %v271 = arith.mulf %v270, %v121 fastmath<contract> : f32
                %v272 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v271) : (f32) -> f32
                %v273 = arith.addf %v45, %v272 fastmath<contract> : f32
                %v274 = arith.divf %v45, %v273 : f32
                %v275 = arith.muli %v30, %v112 : i64
                %v276 = arith.muli %v28, %v111 : i64
                %v277 = arith.addi %v275, %v276 : i64
                %v278 = arith.muli %v224, %v1 : i64
                %v279 = arith.addi %v277, %v278 : i64
                %v280 = llvm.getelementptr %dy_y_im[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v281 = llvm.load %v280 : !llvm.ptr -> f32
                %v282 = arith.mulf %v274, %v281 fastmath<contract> : f32
                %v283 = llvm.load %v39 : !llvm.ptr -> f32
                %v284 = arith.mulf %v283, %v226 fastmath<contract> : f32
                %v285 = arith.addf %v282, %v284 fastmath<contract> : f32
                %v286 = llvm.load %v41 : !llvm.ptr -> f32
                %v287 = arith.mulf %v286, %v225 fastmath<contract> : f32
                %v288 = arith.addf %v287, %v285 fastmath<contract> : f32
                %v289 = arith.mulf %v229, %v283 fastmath<contract> : f32
                %v290 = arith.mulf %v286, %v227 fastmath<contract> : f32
                %v291 = arith.addf %v290, %v289 fastmath<contract> : f32
                %v292 = arith.mulf %v230, %v283 fastmath<contract> : f32
                %v293 = arith.mulf %v286, %v228 fastmath<contract> : f32
                %v294 = arith.addf %v293, %v292 fastmath<contract> : f32
                llvm.store %v256, %v36 : f32, !llvm.ptr
                llvm.store %v259, %v46 : f32, !llvm.ptr
                llvm.store %v262, %v47 : f32, !llvm.ptr
                llvm.store %v288, %v37 : f32, !llvm.ptr
                llvm.store %v291, %v48 : f32, !llvm.ptr
                llvm.store %v294, %v49 : f32, !llvm.ptr
                scf.if %v223 {
                }
                %v295 = arith.muli %v28, %v1 : i64
                %v296 = llvm.getelementptr %in_gamma[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v297 = llvm.load %v296 : !llvm.ptr -> f32
                %v298 = arith.subf %v45, %v297 fastmath<contract> : f32
                %v299 = arith.muli %v30, %v112 : i64
                %v300 = arith.muli %v28, %v111 : i64
                %v301 = arith.addi %v299, %v300 : i64
                %v302 = arith.muli %v224, %v1 : i64
                %v303 = arith.addi %v301, %v302 : i64
                %v304 = llvm.getelementptr %in_f[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v305 = llvm.load %v304 : !llvm.ptr -> f32
                %v306 = arith.negf %v305 : f32
                %v307 = arith.mulf %v306, %v121 fastmath<contract> : f32
                %v308 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v307) : (f32) -> f32
                %v309 = arith.addf %v45, %v308 fastmath<contract> : f32
                %v310 = arith.divf %v45, %v309 : f32
                %v311 = arith.mulf %v298, %v310 fastmath<contract> : f32
                %v312 = arith.addf %v297, %v311 fastmath<contract> : f32
                %v313 = arith.muli %v28, %v1 : i64
                %v314 = llvm.getelementptr %in_theta[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v315 = llvm.load %v314 : !llvm.ptr -> f32
                %v316 = arith.mulf %v315, %v199 fastmath<contract> : f32
                %v317 = llvm.call_intrinsic "llvm.roundeven.f32"(%v316) : (f32) -> f32
                %v318 = arith.mulf %v317, %v202 fastmath<contract> : f32
                %v319 = arith.subf %v315, %v318 fastmath<contract> : f32
                %v320 = arith.mulf %v317, %v203 fastmath<contract> : f32
                %v321 = arith.subf %v319, %v320 fastmath<contract> : f32
                %v322 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v321) : (f32) -> f32
                %v323 = arith.mulf %v312, %v322 fastmath<contract> : f32
                llvm.store %v323, %v38 : f32, !llvm.ptr
                %v324 = arith.mulf %v315, %v199 fastmath<contract> : f32
                %v325 = llvm.call_intrinsic "llvm.roundeven.f32"(%v324) : (f32) -> f32
                %v326 = arith.mulf %v325, %v202 fastmath<contract> : f32
                %v327 = arith.subf %v315, %v326 fastmath<contract> : f32
                %v328 = arith.mulf %v325, %v203 fastmath<contract> : f32
                %v329 = arith.subf %v327, %v328 fastmath<contract> : f32
                %v330 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v329) : (f32) -> f32
                %v331 = arith.mulf %v312, %v330 fastmath<contract> : f32
                llvm.store %v331, %v40 : f32, !llvm.ptr
                llvm.store %v323, %v39 : f32, !llvm.ptr
                %v332 = arith.negf %v331 : f32
                llvm.store %v332, %v41 : f32, !llvm.ptr
                %v334 = arith.addi %v87, %v333 : i64
                %v336 = arith.cmpi slt, %v335, %v93 : i32
                %v337 = arith.cmpi eq, %v335, %v99 : i32
                %v338 = arith.addi %v69, %v334 : i64
                %v339 = llvm.load %v36 : !llvm.ptr -> f32
                %v340 = llvm.load %v37 : !llvm.ptr -> f32
                %v341 = llvm.load %v46 : !llvm.ptr -> f32
                %v342 = llvm.load %v47 : !llvm.ptr -> f32
                %v343 = llvm.load %v48 : !llvm.ptr -> f32
                %v344 = llvm.load %v49 : !llvm.ptr -> f32
                %v345 = arith.muli %v30, %v112 : i64
                %v346 = arith.muli %v28, %v111 : i64
                %v347 = arith.addi %v345, %v346 : i64
                %v348 = arith.muli %v338, %v1 : i64
                %v349 = arith.addi %v347, %v348 : i64
                %v350 = llvm.getelementptr %in_g_re[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v351 = llvm.load %v350 : !llvm.ptr -> f32
                %v352 = arith.negf %v351 : f32
                %v353 = arith.mulf %v352, %v121 fastmath<contract> : f32
                %v354 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v353) : (f32) -> f32
                %v355 = arith.addf %v45, %v354 fastmath<contract> : f32
                %v356 = arith.divf %v45, %v355 : f32
                %v357 = arith.muli %v30, %v112 : i64
                %v358 = arith.muli %v28, %v111 : i64
                %v359 = arith.addi %v357, %v358 : i64
                %v360 = arith.muli %v338, %v1 : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = llvm.getelementptr %dy_y_re[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v363 = llvm.load %v362 : !llvm.ptr -> f32
                %v364 = arith.mulf %v356, %v363 fastmath<contract> : f32
                %v365 = llvm.load %v38 : !llvm.ptr -> f32
                %v366 = arith.mulf %v365, %v339 fastmath<contract> : f32
                %v367 = arith.addf %v364, %v366 fastmath<contract> : f32
                %v368 = llvm.load %v40 : !llvm.ptr -> f32
                %v369 = arith.mulf %v368, %v340 fastmath<contract> : f32
                %v370 = arith.addf %v369, %v367 fastmath<contract> : f32
                %v371 = arith.mulf %v341, %v365 fastmath<contract> : f32
                %v372 = arith.mulf %v368, %v343 fastmath<contract> : f32
                %v373 = arith.addf %v372, %v371 fastmath<contract> : f32
                %v374 = arith.mulf %v342, %v365 fastmath<contract> : f32
                %v375 = arith.mulf %v368, %v344 fastmath<contract> : f32
                %v376 = arith.addf %v375, %v374 fastmath<contract> : f32
                %v377 = arith.muli %v30, %v112 : i64
                %v378 = arith.muli %v28, %v111 : i64
                %v379 = arith.addi %v377, %v378 : i64
                %v380 = arith.muli %v338, %v1 : i64
                %v381 = arith.addi %v379, %v380 : i64
                %v382 = llvm.getelementptr %in_g_im[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v383 = llvm.load %v382 : !llvm.ptr -> f32
                %v384 = arith.negf %v383 : f32
                %v385 = arith.mulf %v384, %v121 fastmath<contract> : f32
                %v386 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v385) : (f32) -> f32
                %v387 = arith.addf %v45, %v386 fastmath<contract> : f32
                %v388 = arith.divf %v45, %v387 : f32
                %v389 = arith.muli %v30, %v112 : i64
                %v390 = arith.muli %v28, %v111 : i64
                %v391 = arith.addi %v389, %v390 : i64
                %v392 = arith.muli %v338, %v1 : i64
                %v393 = arith.addi %v391, %v392 : i64
                %v394 = llvm.getelementptr %dy_y_im[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v395 = llvm.load %v394 : !llvm.ptr -> f32
                %v396 = arith.mulf %v388, %v395 fastmath<contract> : f32
                %v397 = llvm.load %v39 : !llvm.ptr -> f32
                %v398 = arith.mulf %v397, %v340 fastmath<contract> : f32
                %v399 = arith.addf %v396, %v398 fastmath<contract> : f32
                %v400 = llvm.load %v41 : !llvm.ptr -> f32
                %v401 = arith.mulf %v400, %v339 fastmath<contract> : f32
                %v402 = arith.addf %v401, %v399 fastmath<contract> : f32
                %v403 = arith.mulf %v343, %v397 fastmath<contract> : f32
                %v404 = arith.mulf %v400, %v341 fastmath<contract> : f32
                %v405 = arith.addf %v404, %v403 fastmath<contract> : f32
                %v406 = arith.mulf %v344, %v397 fastmath<contract> : f32
                %v407 = arith.mulf %v400, %v342 fastmath<contract> : f32
                %v408 = arith.addf %v407, %v406 fastmath<contract> : f32
                llvm.store %v370, %v36 : f32, !llvm.ptr
                llvm.store %v373, %v46 : f32, !llvm.ptr
                llvm.store %v376, %v47 : f32, !llvm.ptr
                llvm.store %v402, %v37 : f32, !llvm.ptr
                llvm.store %v405, %v48 : f32, !llvm.ptr
                llvm.store %v408, %v49 : f32, !llvm.ptr
                scf.if %v337 {
                }
                %v409 = arith.muli %v28, %v1 : i64
                %v410 = llvm.getelementptr %in_gamma[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v411 = llvm.load %v410 : !llvm.ptr -> f32
                %v412 = arith.subf %v45, %v411 fastmath<contract> : f32
                %v413 = arith.muli %v30, %v112 : i64
                %v414 = arith.muli %v28, %v111 : i64
                %v415 = arith.addi %v413, %v414 : i64
                %v416 = arith.muli %v338, %v1 : i64
                %v417 = arith.addi %v415, %v416 : i64
                %v418 = llvm.getelementptr %in_f[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v419 = llvm.load %v418 : !llvm.ptr -> f32
                %v420 = arith.negf %v419 : f32
                %v421 = arith.mulf %v420, %v121 fastmath<contract> : f32
                %v422 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v421) : (f32) -> f32
                %v423 = arith.addf %v45, %v422 fastmath<contract> : f32
                %v424 = arith.divf %v45, %v423 : f32
                %v425 = arith.mulf %v412, %v424 fastmath<contract> : f32
                %v426 = arith.addf %v411, %v425 fastmath<contract> : f32
                %v427 = arith.muli %v28, %v1 : i64
                %v428 = llvm.getelementptr %in_theta[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                %v430 = arith.mulf %v429, %v199 fastmath<contract> : f32
                %v431 = llvm.call_intrinsic "llvm.roundeven.f32"(%v430) : (f32) -> f32
                %v432 = arith.mulf %v431, %v202 fastmath<contract> : f32
                %v433 = arith.subf %v429, %v432 fastmath<contract> : f32
                %v434 = arith.mulf %v431, %v203 fastmath<contract> : f32
                %v435 = arith.subf %v433, %v434 fastmath<contract> : f32
                %v436 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v435) : (f32) -> f32
                %v437 = arith.mulf %v426, %v436 fastmath<contract> : f32
                llvm.store %v437, %v38 : f32, !llvm.ptr
                %v438 = arith.mulf %v429, %v199 fastmath<contract> : f32
                %v439 = llvm.call_intrinsic "llvm.roundeven.f32"(%v438) : (f32) -> f32
                %v440 = arith.mulf %v439, %v202 fastmath<contract> : f32
                %v441 = arith.subf %v429, %v440 fastmath<contract> : f32
                %v442 = arith.mulf %v439, %v203 fastmath<contract> : f32
                %v443 = arith.subf %v441, %v442 fastmath<contract> : f32
                %v444 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v443) : (f32) -> f32
                %v445 = arith.mulf %v426, %v444 fastmath<contract> : f32
                llvm.store %v445, %v40 : f32, !llvm.ptr
                llvm.store %v437, %v39 : f32, !llvm.ptr
                %v446 = arith.negf %v445 : f32
                llvm.store %v446, %v41 : f32, !llvm.ptr
                %v447 = arith.addi %v87, %v32 : i64
                %v449 = arith.cmpi slt, %v448, %v93 : i32
                %v450 = arith.cmpi eq, %v448, %v99 : i32
                %v451 = arith.addi %v69, %v447 : i64
                %v452 = llvm.load %v36 : !llvm.ptr -> f32
                %v453 = llvm.load %v37 : !llvm.ptr -> f32
                %v454 = llvm.load %v46 : !llvm.ptr -> f32
                %v455 = llvm.load %v47 : !llvm.ptr -> f32
                %v456 = llvm.load %v48 : !llvm.ptr -> f32
                %v457 = llvm.load %v49 : !llvm.ptr -> f32
                %v458 = arith.muli %v30, %v112 : i64
                %v459 = arith.muli %v28, %v111 : i64
                %v460 = arith.addi %v458, %v459 : i64
                %v461 = arith.muli %v451, %v1 : i64
                %v462 = arith.addi %v460, %v461 : i64
                %v463 = llvm.getelementptr %in_g_re[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v464 = llvm.load %v463 : !llvm.ptr -> f32
                %v465 = arith.negf %v464 : f32
                %v466 = arith.mulf %v465, %v121 fastmath<contract> : f32
                %v467 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v466) : (f32) -> f32
                %v468 = arith.addf %v45, %v467 fastmath<contract> : f32
                %v469 = arith.divf %v45, %v468 : f32
                %v470 = arith.muli %v30, %v112 : i64
                %v471 = arith.muli %v28, %v111 : i64
                %v472 = arith.addi %v470, %v471 : i64
                %v473 = arith.muli %v451, %v1 : i64
                %v474 = arith.addi %v472, %v473 : i64
                %v475 = llvm.getelementptr %dy_y_re[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v476 = llvm.load %v475 : !llvm.ptr -> f32
                %v477 = arith.mulf %v469, %v476 fastmath<contract> : f32
                %v478 = llvm.load %v38 : !llvm.ptr -> f32
                %v479 = arith.mulf %v478, %v452 fastmath<contract> : f32
                %v480 = arith.addf %v477, %v479 fastmath<contract> : f32
                %v481 = llvm.load %v40 : !llvm.ptr -> f32
                %v482 = arith.mulf %v481, %v453 fastmath<contract> : f32
                %v483 = arith.addf %v482, %v480 fastmath<contract> : f32
                %v484 = arith.mulf %v454, %v478 fastmath<contract> : f32
                %v485 = arith.mulf %v481, %v456 fastmath<contract> : f32
                %v486 = arith.addf %v485, %v484 fastmath<contract> : f32
                %v487 = arith.mulf %v455, %v478 fastmath<contract> : f32
                %v488 = arith.mulf %v481, %v457 fastmath<contract> : f32
                %v489 = arith.addf %v488, %v487 fastmath<contract> : f32
                %v490 = arith.muli %v30, %v112 : i64
                %v491 = arith.muli %v28, %v111 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = arith.muli %v451, %v1 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = llvm.getelementptr %in_g_im[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = arith.negf %v496 : f32
                %v498 = arith.mulf %v497, %v121 fastmath<contract> : f32
                %v499 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v498) : (f32) -> f32
                %v500 = arith.addf %v45, %v499 fastmath<contract> : f32
                %v501 = arith.divf %v45, %v500 : f32
                %v502 = arith.muli %v30, %v112 : i64
                %v503 = arith.muli %v28, %v111 : i64
                %v504 = arith.addi %v502, %v503 : i64
                %v505 = arith.muli %v451, %v1 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = llvm.getelementptr %dy_y_im[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = arith.mulf %v501, %v508 fastmath<contract> : f32
                %v510 = llvm.load %v39 : !llvm.ptr -> f32
                %v511 = arith.mulf %v510, %v453 fastmath<contract> : f32
                %v512 = arith.addf %v509, %v511 fastmath<contract> : f32
                %v513 = llvm.load %v41 : !llvm.ptr -> f32
                %v514 = arith.mulf %v513, %v452 fastmath<contract> : f32
                %v515 = arith.addf %v514, %v512 fastmath<contract> : f32
                %v516 = arith.mulf %v456, %v510 fastmath<contract> : f32
                %v517 = arith.mulf %v513, %v454 fastmath<contract> : f32
                %v518 = arith.addf %v517, %v516 fastmath<contract> : f32
                %v519 = arith.mulf %v457, %v510 fastmath<contract> : f32
                %v520 = arith.mulf %v513, %v455 fastmath<contract> : f32
                %v521 = arith.addf %v520, %v519 fastmath<contract> : f32
                llvm.store %v483, %v36 : f32, !llvm.ptr
                llvm.store %v486, %v46 : f32, !llvm.ptr
                llvm.store %v489, %v47 : f32, !llvm.ptr
                llvm.store %v515, %v37 : f32, !llvm.ptr
                llvm.store %v518, %v48 : f32, !llvm.ptr
                llvm.store %v521, %v49 : f32, !llvm.ptr
                scf.if %v450 {
                }
                %v522 = arith.muli %v28, %v1 : i64
                %v523 = llvm.getelementptr %in_gamma[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v524 = llvm.load %v523 : !llvm.ptr -> f32
                %v525 = arith.subf %v45, %v524 fastmath<contract> : f32
                %v526 = arith.muli %v30, %v112 : i64
                %v527 = arith.muli %v28, %v111 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = arith.muli %v451, %v1 : i64
                %v530 = arith.addi %v528, %v529 : i64
                %v531 = llvm.getelementptr %in_f[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v532 = llvm.load %v531 : !llvm.ptr -> f32
                %v533 = arith.negf %v532 : f32
                %v534 = arith.mulf %v533, %v121 fastmath<contract> : f32
                %v535 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v534) : (f32) -> f32
                %v536 = arith.addf %v45, %v535 fastmath<contract> : f32
                %v537 = arith.divf %v45, %v536 : f32
                %v538 = arith.mulf %v525, %v537 fastmath<contract> : f32
                %v539 = arith.addf %v524, %v538 fastmath<contract> : f32
                %v540 = arith.muli %v28, %v1 : i64
                %v541 = llvm.getelementptr %in_theta[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v542 = llvm.load %v541 : !llvm.ptr -> f32
                %v543 = arith.mulf %v542, %v199 fastmath<contract> : f32
                %v544 = llvm.call_intrinsic "llvm.roundeven.f32"(%v543) : (f32) -> f32
                %v545 = arith.mulf %v544, %v202 fastmath<contract> : f32
                %v546 = arith.subf %v542, %v545 fastmath<contract> : f32
                %v547 = arith.mulf %v544, %v203 fastmath<contract> : f32
                %v548 = arith.subf %v546, %v547 fastmath<contract> : f32
                %v549 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v548) : (f32) -> f32
                %v550 = arith.mulf %v539, %v549 fastmath<contract> : f32
                llvm.store %v550, %v38 : f32, !llvm.ptr
                %v551 = arith.mulf %v542, %v199 fastmath<contract> : f32
                %v552 = llvm.call_intrinsic "llvm.roundeven.f32"(%v551) : (f32) -> f32
                %v553 = arith.mulf %v552, %v202 fastmath<contract> : f32
                %v554 = arith.subf %v542, %v553 fastmath<contract> : f32
                %v555 = arith.mulf %v552, %v203 fastmath<contract> : f32
                %v556 = arith.subf %v554, %v555 fastmath<contract> : f32
                %v557 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v556) : (f32) -> f32
                %v558 = arith.mulf %v539, %v557 fastmath<contract> : f32
                llvm.store %v558, %v40 : f32, !llvm.ptr
                llvm.store %v550, %v39 : f32, !llvm.ptr
                %v559 = arith.negf %v558 : f32
                llvm.store %v559, %v41 : f32, !llvm.ptr
                %v561 = arith.addi %v87, %v560 : i64
                %v563 = arith.cmpi slt, %v562, %v93 : i32
                %v564 = arith.cmpi eq, %v562, %v99 : i32
                %v565 = arith.addi %v69, %v561 : i64
                %v566 = llvm.load %v36 : !llvm.ptr -> f32
                %v567 = llvm.load %v37 : !llvm.ptr -> f32
                %v568 = llvm.load %v46 : !llvm.ptr -> f32
                %v569 = llvm.load %v47 : !llvm.ptr -> f32
                %v570 = llvm.load %v48 : !llvm.ptr -> f32
                %v571 = llvm.load %v49 : !llvm.ptr -> f32
                %v572 = arith.muli %v30, %v112 : i64
                %v573 = arith.muli %v28, %v111 : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.muli %v565, %v1 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = llvm.getelementptr %in_g_re[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v578 = llvm.load %v577 : !llvm.ptr -> f32
                %v579 = arith.negf %v578 : f32
                %v580 = arith.mulf %v579, %v121 fastmath<contract> : f32
                %v581 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v580) : (f32) -> f32
                %v582 = arith.addf %v45, %v581 fastmath<contract> : f32
                %v583 = arith.divf %v45, %v582 : f32
                %v584 = arith.muli %v30, %v112 : i64
                %v585 = arith.muli %v28, %v111 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = arith.muli %v565, %v1 : i64
                %v588 = arith.addi %v586, %v587 : i64
                %v589 = llvm.getelementptr %dy_y_re[%v588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v590 = llvm.load %v589 : !llvm.ptr -> f32
                %v591 = arith.mulf %v583, %v590 fastmath<contract> : f32
                %v592 = llvm.load %v38 : !llvm.ptr -> f32
                %v593 = arith.mulf %v592, %v566 fastmath<contract> : f32
                %v594 = arith.addf %v591, %v593 fastmath<contract> : f32
                %v595 = llvm.load %v40 : !llvm.ptr -> f32
                %v596 = arith.mulf %v595, %v567 fastmath<contract> : f32
                %v597 = arith.addf %v596, %v594 fastmath<contract> : f32
                %v598 = arith.mulf %v568, %v592 fastmath<contract> : f32
                %v599 = arith.mulf %v595, %v570 fastmath<contract> : f32
                %v600 = arith.addf %v599, %v598 fastmath<contract> : f32
                %v601 = arith.mulf %v569, %v592 fastmath<contract> : f32
                %v602 = arith.mulf %v595, %v571 fastmath<contract> : f32
                %v603 = arith.addf %v602, %v601 fastmath<contract> : f32
                %v604 = arith.muli %v30, %v112 : i64
                %v605 = arith.muli %v28, %v111 : i64
                %v606 = arith.addi %v604, %v605 : i64
                %v607 = arith.muli %v565, %v1 : i64
                %v608 = arith.addi %v606, %v607 : i64
                %v609 = llvm.getelementptr %in_g_im[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v610 = llvm.load %v609 : !llvm.ptr -> f32
                %v611 = arith.negf %v610 : f32
                %v612 = arith.mulf %v611, %v121 fastmath<contract> : f32
                %v613 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v612) : (f32) -> f32
                %v614 = arith.addf %v45, %v613 fastmath<contract> : f32
                %v615 = arith.divf %v45, %v614 : f32
                %v616 = arith.muli %v30, %v112 : i64
                %v617 = arith.muli %v28, %v111 : i64
                %v618 = arith.addi %v616, %v617 : i64
                %v619 = arith.muli %v565, %v1 : i64
                %v620 = arith.addi %v618, %v619 : i64
                %v621 = llvm.getelementptr %dy_y_im[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v622 = llvm.load %v621 : !llvm.ptr -> f32
                %v623 = arith.mulf %v615, %v622 fastmath<contract> : f32
                %v624 = llvm.load %v39 : !llvm.ptr -> f32
                %v625 = arith.mulf %v624, %v567 fastmath<contract> : f32
                %v626 = arith.addf %v623, %v625 fastmath<contract> : f32
                %v627 = llvm.load %v41 : !llvm.ptr -> f32
                %v628 = arith.mulf %v627, %v566 fastmath<contract> : f32
                %v629 = arith.addf %v628, %v626 fastmath<contract> : f32
                %v630 = arith.mulf %v570, %v624 fastmath<contract> : f32
                %v631 = arith.mulf %v627, %v568 fastmath<contract> : f32
                %v632 = arith.addf %v631, %v630 fastmath<contract> : f32
                %v633 = arith.mulf %v571, %v624 fastmath<contract> : f32
                %v634 = arith.mulf %v627, %v569 fastmath<contract> : f32
                %v635 = arith.addf %v634, %v633 fastmath<contract> : f32
                llvm.store %v597, %v36 : f32, !llvm.ptr
                llvm.store %v600, %v46 : f32, !llvm.ptr
                llvm.store %v603, %v47 : f32, !llvm.ptr
                llvm.store %v629, %v37 : f32, !llvm.ptr
                llvm.store %v632, %v48 : f32, !llvm.ptr
                llvm.store %v635, %v49 : f32, !llvm.ptr
                scf.if %v564 {
                }
                %v636 = arith.muli %v28, %v1 : i64
                %v637 = llvm.getelementptr %in_gamma[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v638 = llvm.load %v637 : !llvm.ptr -> f32
                %v639 = arith.subf %v45, %v638 fastmath<contract> : f32
                %v640 = arith.muli %v30, %v112 : i64
                %v641 = arith.muli %v28, %v111 : i64
                %v642 = arith.addi %v640, %v641 : i64
                %v643 = arith.muli %v565, %v1 : i64
                %v644 = arith.addi %v642, %v643 : i64
                %v645 = llvm.getelementptr %in_f[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v646 = llvm.load %v645 : !llvm.ptr -> f32
                %v647 = arith.negf %v646 : f32
                %v648 = arith.mulf %v647, %v121 fastmath<contract> : f32
                %v649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v648) : (f32) -> f32
                %v650 = arith.addf %v45, %v649 fastmath<contract> : f32
                %v651 = arith.divf %v45, %v650 : f32
                %v652 = arith.mulf %v639, %v651 fastmath<contract> : f32
                %v653 = arith.addf %v638, %v652 fastmath<contract> : f32
                %v654 = arith.muli %v28, %v1 : i64
                %v655 = llvm.getelementptr %in_theta[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v656 = llvm.load %v655 : !llvm.ptr -> f32
                %v657 = arith.mulf %v656, %v199 fastmath<contract> : f32
                %v658 = llvm.call_intrinsic "llvm.roundeven.f32"(%v657) : (f32) -> f32
                %v659 = arith.mulf %v658, %v202 fastmath<contract> : f32
                %v660 = arith.subf %v656, %v659 fastmath<contract> : f32
                %v661 = arith.mulf %v658, %v203 fastmath<contract> : f32
                %v662 = arith.subf %v660, %v661 fastmath<contract> : f32
                %v663 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v662) : (f32) -> f32
                %v664 = arith.mulf %v653, %v663 fastmath<contract> : f32
                llvm.store %v664, %v38 : f32, !llvm.ptr
                %v665 = arith.mulf %v656, %v199 fastmath<contract> : f32
                %v666 = llvm.call_intrinsic "llvm.roundeven.f32"(%v665) : (f32) -> f32
                %v667 = arith.mulf %v666, %v202 fastmath<contract> : f32
                %v668 = arith.subf %v656, %v667 fastmath<contract> : f32
                %v669 = arith.mulf %v666, %v203 fastmath<contract> : f32
                %v670 = arith.subf %v668, %v669 fastmath<contract> : f32
                %v671 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v670) : (f32) -> f32
                %v672 = arith.mulf %v653, %v671 fastmath<contract> : f32
                llvm.store %v672, %v40 : f32, !llvm.ptr
                llvm.store %v664, %v39 : f32, !llvm.ptr
                %v673 = arith.negf %v672 : f32
                llvm.store %v673, %v41 : f32, !llvm.ptr
                %v675 = arith.addi %v87, %v674 : i64
                %v677 = arith.cmpi slt, %v676, %v93 : i32
                %v678 = arith.cmpi eq, %v676, %v99 : i32
                %v679 = arith.addi %v69, %v675 : i64
                %v680 = llvm.load %v36 : !llvm.ptr -> f32
                %v681 = llvm.load %v37 : !llvm.ptr -> f32
                %v682 = llvm.load %v46 : !llvm.ptr -> f32
                %v683 = llvm.load %v47 : !llvm.ptr -> f32
                %v684 = llvm.load %v48 : !llvm.ptr -> f32
                %v685 = llvm.load %v49 : !llvm.ptr -> f32
                %v686 = arith.muli %v30, %v112 : i64
                %v687 = arith.muli %v28, %v111 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = arith.muli %v679, %v1 : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = llvm.getelementptr %in_g_re[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v692 = llvm.load %v691 : !llvm.ptr -> f32
                %v693 = arith.negf %v692 : f32
                %v694 = arith.mulf %v693, %v121 fastmath<contract> : f32
                %v695 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v694) : (f32) -> f32
                %v696 = arith.addf %v45, %v695 fastmath<contract> : f32
                %v697 = arith.divf %v45, %v696 : f32
                %v698 = arith.muli %v30, %v112 : i64
                %v699 = arith.muli %v28, %v111 : i64
                %v700 = arith.addi %v698, %v699 : i64
                %v701 = arith.muli %v679, %v1 : i64
                %v702 = arith.addi %v700, %v701 : i64
                %v703 = llvm.getelementptr %dy_y_re[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v704 = llvm.load %v703 : !llvm.ptr -> f32
                %v705 = arith.mulf %v697, %v704 fastmath<contract> : f32
                %v706 = llvm.load %v38 : !llvm.ptr -> f32
                %v707 = arith.mulf %v706, %v680 fastmath<contract> : f32
                %v708 = arith.addf %v705, %v707 fastmath<contract> : f32
                %v709 = llvm.load %v40 : !llvm.ptr -> f32
                %v710 = arith.mulf %v709, %v681 fastmath<contract> : f32
                %v711 = arith.addf %v710, %v708 fastmath<contract> : f32
                %v712 = arith.mulf %v682, %v706 fastmath<contract> : f32
                %v713 = arith.mulf %v709, %v684 fastmath<contract> : f32
                %v714 = arith.addf %v713, %v712 fastmath<contract> : f32
                %v715 = arith.mulf %v683, %v706 fastmath<contract> : f32
                %v716 = arith.mulf %v709, %v685 fastmath<contract> : f32
                %v717 = arith.addf %v716, %v715 fastmath<contract> : f32
                %v718 = arith.muli %v30, %v112 : i64
                %v719 = arith.muli %v28, %v111 : i64
                %v720 = arith.addi %v718, %v719 : i64
                %v721 = arith.muli %v679, %v1 : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = llvm.getelementptr %in_g_im[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v724 = llvm.load %v723 : !llvm.ptr -> f32
                %v725 = arith.negf %v724 : f32
                %v726 = arith.mulf %v725, %v121 fastmath<contract> : f32
                %v727 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v726) : (f32) -> f32
                %v728 = arith.addf %v45, %v727 fastmath<contract> : f32
                %v729 = arith.divf %v45, %v728 : f32
                %v730 = arith.muli %v30, %v112 : i64
                %v731 = arith.muli %v28, %v111 : i64
                %v732 = arith.addi %v730, %v731 : i64
                %v733 = arith.muli %v679, %v1 : i64
                %v734 = arith.addi %v732, %v733 : i64
                %v735 = llvm.getelementptr %dy_y_im[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v736 = llvm.load %v735 : !llvm.ptr -> f32
                %v737 = arith.mulf %v729, %v736 fastmath<contract> : f32
                %v738 = llvm.load %v39 : !llvm.ptr -> f32
                %v739 = arith.mulf %v738, %v681 fastmath<contract> : f32
                %v740 = arith.addf %v737, %v739 fastmath<contract> : f32
                %v741 = llvm.load %v41 : !llvm.ptr -> f32
                %v742 = arith.mulf %v741, %v680 fastmath<contract> : f32
                %v743 = arith.addf %v742, %v740 fastmath<contract> : f32
                %v744 = arith.mulf %v684, %v738 fastmath<contract> : f32
                %v745 = arith.mulf %v741, %v682 fastmath<contract> : f32
                %v746 = arith.addf %v745, %v744 fastmath<contract> : f32
                %v747 = arith.mulf %v685, %v738 fastmath<contract> : f32
                %v748 = arith.mulf %v741, %v683 fastmath<contract> : f32
                %v749 = arith.addf %v748, %v747 fastmath<contract> : f32
                llvm.store %v711, %v36 : f32, !llvm.ptr
                llvm.store %v714, %v46 : f32, !llvm.ptr
                llvm.store %v717, %v47 : f32, !llvm.ptr
                llvm.store %v743, %v37 : f32, !llvm.ptr
                llvm.store %v746, %v48 : f32, !llvm.ptr
                llvm.store %v749, %v49 : f32, !llvm.ptr
                scf.if %v678 {
                }
                %v750 = arith.muli %v28, %v1 : i64
                %v751 = llvm.getelementptr %in_gamma[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v752 = llvm.load %v751 : !llvm.ptr -> f32
                %v753 = arith.subf %v45, %v752 fastmath<contract> : f32
                %v754 = arith.muli %v30, %v112 : i64
                %v755 = arith.muli %v28, %v111 : i64
                %v756 = arith.addi %v754, %v755 : i64
                %v757 = arith.muli %v679, %v1 : i64
                %v758 = arith.addi %v756, %v757 : i64
                %v759 = llvm.getelementptr %in_f[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v760 = llvm.load %v759 : !llvm.ptr -> f32
                %v761 = arith.negf %v760 : f32
                %v762 = arith.mulf %v761, %v121 fastmath<contract> : f32
                %v763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v762) : (f32) -> f32
                %v764 = arith.addf %v45, %v763 fastmath<contract> : f32
                %v765 = arith.divf %v45, %v764 : f32
                %v766 = arith.mulf %v753, %v765 fastmath<contract> : f32
                %v767 = arith.addf %v752, %v766 fastmath<contract> : f32
                %v768 = arith.muli %v28, %v1 : i64
                %v769 = llvm.getelementptr %in_theta[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v770 = llvm.load %v769 : !llvm.ptr -> f32
                %v771 = arith.mulf %v770, %v199 fastmath<contract> : f32
                %v772 = llvm.call_intrinsic "llvm.roundeven.f32"(%v771) : (f32) -> f32
                %v773 = arith.mulf %v772, %v202 fastmath<contract> : f32
                %v774 = arith.subf %v770, %v773 fastmath<contract> : f32
                %v775 = arith.mulf %v772, %v203 fastmath<contract> : f32
                %v776 = arith.subf %v774, %v775 fastmath<contract> : f32
                %v777 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v776) : (f32) -> f32
                %v778 = arith.mulf %v767, %v777 fastmath<contract> : f32
                llvm.store %v778, %v38 : f32, !llvm.ptr
                %v779 = arith.mulf %v770, %v199 fastmath<contract> : f32
                %v780 = llvm.call_intrinsic "llvm.roundeven.f32"(%v779) : (f32) -> f32
                %v781 = arith.mulf %v780, %v202 fastmath<contract> : f32
                %v782 = arith.subf %v770, %v781 fastmath<contract> : f32
                %v783 = arith.mulf %v780, %v203 fastmath<contract> : f32
                %v784 = arith.subf %v782, %v783 fastmath<contract> : f32
                %v785 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v784) : (f32) -> f32
                %v786 = arith.mulf %v767, %v785 fastmath<contract> : f32
                llvm.store %v786, %v40 : f32, !llvm.ptr
                llvm.store %v778, %v39 : f32, !llvm.ptr
                %v787 = arith.negf %v786 : f32
                llvm.store %v787, %v41 : f32, !llvm.ptr
                %v788 = arith.addi %v87, %v1 : i64
                %v790 = arith.cmpi slt, %v789, %v93 : i32
                %v791 = arith.cmpi eq, %v789, %v99 : i32
                %v792 = arith.addi %v69, %v788 : i64
                %v793 = llvm.load %v36 : !llvm.ptr -> f32
                %v794 = llvm.load %v37 : !llvm.ptr -> f32
                %v795 = llvm.load %v46 : !llvm.ptr -> f32
                %v796 = llvm.load %v47 : !llvm.ptr -> f32
                %v797 = llvm.load %v48 : !llvm.ptr -> f32
                %v798 = llvm.load %v49 : !llvm.ptr -> f32
                %v799 = arith.muli %v30, %v112 : i64
                %v800 = arith.muli %v28, %v111 : i64
                %v801 = arith.addi %v799, %v800 : i64
                %v802 = arith.muli %v792, %v1 : i64
                %v803 = arith.addi %v801, %v802 : i64
                %v804 = llvm.getelementptr %in_g_re[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v805 = llvm.load %v804 : !llvm.ptr -> f32
                %v806 = arith.negf %v805 : f32
                %v807 = arith.mulf %v806, %v121 fastmath<contract> : f32
                %v808 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v807) : (f32) -> f32
                %v809 = arith.addf %v45, %v808 fastmath<contract> : f32
                %v810 = arith.divf %v45, %v809 : f32
                %v811 = arith.muli %v30, %v112 : i64
                %v812 = arith.muli %v28, %v111 : i64
                %v813 = arith.addi %v811, %v812 : i64
                %v814 = arith.muli %v792, %v1 : i64
                %v815 = arith.addi %v813, %v814 : i64
                %v816 = llvm.getelementptr %dy_y_re[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v817 = llvm.load %v816 : !llvm.ptr -> f32
                %v818 = arith.mulf %v810, %v817 fastmath<contract> : f32
                %v819 = llvm.load %v38 : !llvm.ptr -> f32
                %v820 = arith.mulf %v819, %v793 fastmath<contract> : f32
                %v821 = arith.addf %v818, %v820 fastmath<contract> : f32
                %v822 = llvm.load %v40 : !llvm.ptr -> f32
                %v823 = arith.mulf %v822, %v794 fastmath<contract> : f32
                %v824 = arith.addf %v823, %v821 fastmath<contract> : f32
                %v825 = arith.mulf %v795, %v819 fastmath<contract> : f32
                %v826 = arith.mulf %v822, %v797 fastmath<contract> : f32
                %v827 = arith.addf %v826, %v825 fastmath<contract> : f32
                %v828 = arith.mulf %v796, %v819 fastmath<contract> : f32
                %v829 = arith.mulf %v822, %v798 fastmath<contract> : f32
                %v830 = arith.addf %v829, %v828 fastmath<contract> : f32
                %v831 = arith.muli %v30, %v112 : i64
                %v832 = arith.muli %v28, %v111 : i64
                %v833 = arith.addi %v831, %v832 : i64
                %v834 = arith.muli %v792, %v1 : i64
                %v835 = arith.addi %v833, %v834 : i64
                %v836 = llvm.getelementptr %in_g_im[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v837 = llvm.load %v836 : !llvm.ptr -> f32
                %v838 = arith.negf %v837 : f32
                %v839 = arith.mulf %v838, %v121 fastmath<contract> : f32
                %v840 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v839) : (f32) -> f32
                %v841 = arith.addf %v45, %v840 fastmath<contract> : f32
                %v842 = arith.divf %v45, %v841 : f32
                %v843 = arith.muli %v30, %v112 : i64
                %v844 = arith.muli %v28, %v111 : i64
                %v845 = arith.addi %v843, %v844 : i64
                %v846 = arith.muli %v792, %v1 : i64
                %v847 = arith.addi %v845, %v846 : i64
                %v848 = llvm.getelementptr %dy_y_im[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v849 = llvm.load %v848 : !llvm.ptr -> f32
                %v850 = arith.mulf %v842, %v849 fastmath<contract> : f32
                %v851 = llvm.load %v39 : !llvm.ptr -> f32
                %v852 = arith.mulf %v851, %v794 fastmath<contract> : f32
                %v853 = arith.addf %v850, %v852 fastmath<contract> : f32
                %v854 = llvm.load %v41 : !llvm.ptr -> f32
                %v855 = arith.mulf %v854, %v793 fastmath<contract> : f32
                %v856 = arith.addf %v855, %v853 fastmath<contract> : f32
                %v857 = arith.mulf %v797, %v851 fastmath<contract> : f32
                %v858 = arith.mulf %v854, %v795 fastmath<contract> : f32
                %v859 = arith.addf %v858, %v857 fastmath<contract> : f32
                %v860 = arith.mulf %v798, %v851 fastmath<contract> : f32
                %v861 = arith.mulf %v854, %v796 fastmath<contract> : f32
                %v862 = arith.addf %v861, %v860 fastmath<contract> : f32
                llvm.store %v824, %v36 : f32, !llvm.ptr
                llvm.store %v827, %v46 : f32, !llvm.ptr
                llvm.store %v830, %v47 : f32, !llvm.ptr
                llvm.store %v856, %v37 : f32, !llvm.ptr
                llvm.store %v859, %v48 : f32, !llvm.ptr
                llvm.store %v862, %v49 : f32, !llvm.ptr
                scf.if %v791 {
                }
                %v863 = arith.muli %v28, %v1 : i64
                %v864 = llvm.getelementptr %in_gamma[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v865 = llvm.load %v864 : !llvm.ptr -> f32
                %v866 = arith.subf %v45, %v865 fastmath<contract> : f32
                %v867 = arith.muli %v30, %v112 : i64
                %v868 = arith.muli %v28, %v111 : i64
                %v869 = arith.addi %v867, %v868 : i64
                %v870 = arith.muli %v792, %v1 : i64
                %v871 = arith.addi %v869, %v870 : i64
                %v872 = llvm.getelementptr %in_f[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v873 = llvm.load %v872 : !llvm.ptr -> f32
                %v874 = arith.negf %v873 : f32
                %v875 = arith.mulf %v874, %v121 fastmath<contract> : f32
                %v876 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v875) : (f32) -> f32
                %v877 = arith.addf %v45, %v876 fastmath<contract> : f32
                %v878 = arith.divf %v45, %v877 : f32
                %v879 = arith.mulf %v866, %v878 fastmath<contract> : f32
                %v880 = arith.addf %v865, %v879 fastmath<contract> : f32
                %v881 = arith.muli %v28, %v1 : i64
                %v882 = llvm.getelementptr %in_theta[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v883 = llvm.load %v882 : !llvm.ptr -> f32
                %v884 = arith.mulf %v883, %v199 fastmath<contract> : f32
                %v885 = llvm.call_intrinsic "llvm.roundeven.f32"(%v884) : (f32) -> f32
                %v886 = arith.mulf %v885, %v202 fastmath<contract> : f32
                %v887 = arith.subf %v883, %v886 fastmath<contract> : f32
                %v888 = arith.mulf %v885, %v203 fastmath<contract> : f32
                %v889 = arith.subf %v887, %v888 fastmath<contract> : f32
                %v890 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v889) : (f32) -> f32
                %v891 = arith.mulf %v880, %v890 fastmath<contract> : f32
                llvm.store %v891, %v38 : f32, !llvm.ptr
                %v892 = arith.mulf %v883, %v199 fastmath<contract> : f32
                %v893 = llvm.call_intrinsic "llvm.roundeven.f32"(%v892) : (f32) -> f32
                %v894 = arith.mulf %v893, %v202 fastmath<contract> : f32
                %v895 = arith.subf %v883, %v894 fastmath<contract> : f32
                %v896 = arith.mulf %v893, %v203 fastmath<contract> : f32
                %v897 = arith.subf %v895, %v896 fastmath<contract> : f32
                %v898 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v897) : (f32) -> f32
                %v899 = arith.mulf %v880, %v898 fastmath<contract> : f32
                llvm.store %v899, %v40 : f32, !llvm.ptr
                llvm.store %v891, %v39 : f32, !llvm.ptr
                %v900 = arith.negf %v899 : f32
                llvm.store %v900, %v41 : f32, !llvm.ptr
                %v901 = arith.addi %v87, %v50 : i64
                %v903 = arith.cmpi slt, %v902, %v93 : i32
                %v904 = arith.cmpi eq, %v902, %v99 : i32
                %v905 = arith.addi %v69, %v901 : i64
                %v906 = llvm.load %v36 : !llvm.ptr -> f32
                %v907 = llvm.load %v37 : !llvm.ptr -> f32
                %v908 = llvm.load %v46 : !llvm.ptr -> f32
                %v909 = llvm.load %v47 : !llvm.ptr -> f32
                %v910 = llvm.load %v48 : !llvm.ptr -> f32
                %v911 = llvm.load %v49 : !llvm.ptr -> f32
                %v912 = arith.muli %v30, %v112 : i64
                %v913 = arith.muli %v28, %v111 : i64
                %v914 = arith.addi %v912, %v913 : i64
                %v915 = arith.muli %v905, %v1 : i64
                %v916 = arith.addi %v914, %v915 : i64
                %v917 = llvm.getelementptr %in_g_re[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v918 = llvm.load %v917 : !llvm.ptr -> f32
                %v919 = arith.negf %v918 : f32
                %v920 = arith.mulf %v919, %v121 fastmath<contract> : f32
                %v921 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v920) : (f32) -> f32
                %v922 = arith.addf %v45, %v921 fastmath<contract> : f32
                %v923 = arith.divf %v45, %v922 : f32
                %v924 = arith.muli %v30, %v112 : i64
                %v925 = arith.muli %v28, %v111 : i64
                %v926 = arith.addi %v924, %v925 : i64
                %v927 = arith.muli %v905, %v1 : i64
                %v928 = arith.addi %v926, %v927 : i64
                %v929 = llvm.getelementptr %dy_y_re[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v930 = llvm.load %v929 : !llvm.ptr -> f32
                %v931 = arith.mulf %v923, %v930 fastmath<contract> : f32
                %v932 = llvm.load %v38 : !llvm.ptr -> f32
                %v933 = arith.mulf %v932, %v906 fastmath<contract> : f32
                %v934 = arith.addf %v931, %v933 fastmath<contract> : f32
                %v935 = llvm.load %v40 : !llvm.ptr -> f32
                %v936 = arith.mulf %v935, %v907 fastmath<contract> : f32
                %v937 = arith.addf %v936, %v934 fastmath<contract> : f32
                %v938 = arith.mulf %v908, %v932 fastmath<contract> : f32
                %v939 = arith.mulf %v935, %v910 fastmath<contract> : f32
                %v940 = arith.addf %v939, %v938 fastmath<contract> : f32
                %v941 = arith.mulf %v909, %v932 fastmath<contract> : f32
                %v942 = arith.mulf %v935, %v911 fastmath<contract> : f32
                %v943 = arith.addf %v942, %v941 fastmath<contract> : f32
                %v944 = arith.muli %v30, %v112 : i64
                %v945 = arith.muli %v28, %v111 : i64
                %v946 = arith.addi %v944, %v945 : i64
                %v947 = arith.muli %v905, %v1 : i64
                %v948 = arith.addi %v946, %v947 : i64
                %v949 = llvm.getelementptr %in_g_im[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v950 = llvm.load %v949 : !llvm.ptr -> f32
                %v951 = arith.negf %v950 : f32
                %v952 = arith.mulf %v951, %v121 fastmath<contract> : f32
                %v953 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v952) : (f32) -> f32
                %v954 = arith.addf %v45, %v953 fastmath<contract> : f32
                %v955 = arith.divf %v45, %v954 : f32
                %v956 = arith.muli %v30, %v112 : i64
                %v957 = arith.muli %v28, %v111 : i64
                %v958 = arith.addi %v956, %v957 : i64
                %v959 = arith.muli %v905, %v1 : i64
                %v960 = arith.addi %v958, %v959 : i64
                %v961 = llvm.getelementptr %dy_y_im[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v962 = llvm.load %v961 : !llvm.ptr -> f32
                %v963 = arith.mulf %v955, %v962 fastmath<contract> : f32
                %v964 = llvm.load %v39 : !llvm.ptr -> f32
                %v965 = arith.mulf %v964, %v907 fastmath<contract> : f32
                %v966 = arith.addf %v963, %v965 fastmath<contract> : f32
                %v967 = llvm.load %v41 : !llvm.ptr -> f32
                %v968 = arith.mulf %v967, %v906 fastmath<contract> : f32
                %v969 = arith.addf %v968, %v966 fastmath<contract> : f32
                %v970 = arith.mulf %v910, %v964 fastmath<contract> : f32
                %v971 = arith.mulf %v967, %v908 fastmath<contract> : f32
                %v972 = arith.addf %v971, %v970 fastmath<contract> : f32
                %v973 = arith.mulf %v911, %v964 fastmath<contract> : f32
                %v974 = arith.mulf %v967, %v909 fastmath<contract> : f32
                %v975 = arith.addf %v974, %v973 fastmath<contract> : f32
                llvm.store %v937, %v36 : f32, !llvm.ptr
                llvm.store %v940, %v46 : f32, !llvm.ptr
                llvm.store %v943, %v47 : f32, !llvm.ptr
                llvm.store %v969, %v37 : f32, !llvm.ptr
                llvm.store %v972, %v48 : f32, !llvm.ptr
                llvm.store %v975, %v49 : f32, !llvm.ptr
                scf.if %v904 {
                }
                %v976 = arith.muli %v28, %v1 : i64
                %v977 = llvm.getelementptr %in_gamma[%v976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v978 = llvm.load %v977 : !llvm.ptr -> f32
                %v979 = arith.subf %v45, %v978 fastmath<contract> : f32
                %v980 = arith.muli %v30, %v112 : i64
                %v981 = arith.muli %v28, %v111 : i64
                %v982 = arith.addi %v980, %v981 : i64
                %v983 = arith.muli %v905, %v1 : i64
                %v984 = arith.addi %v982, %v983 : i64
                %v985 = llvm.getelementptr %in_f[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v986 = llvm.load %v985 : !llvm.ptr -> f32
                %v987 = arith.negf %v986 : f32
                %v988 = arith.mulf %v987, %v121 fastmath<contract> : f32
                %v989 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v988) : (f32) -> f32
                %v990 = arith.addf %v45, %v989 fastmath<contract> : f32
                %v991 = arith.divf %v45, %v990 : f32
                %v992 = arith.mulf %v979, %v991 fastmath<contract> : f32
                %v993 = arith.addf %v978, %v992 fastmath<contract> : f32
                %v994 = arith.muli %v28, %v1 : i64
                %v995 = llvm.getelementptr %in_theta[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v996 = llvm.load %v995 : !llvm.ptr -> f32
                %v997 = arith.mulf %v996, %v199 fastmath<contract> : f32
                %v998 = llvm.call_intrinsic "llvm.roundeven.f32"(%v997) : (f32) -> f32
                %v999 = arith.mulf %v998, %v202 fastmath<contract> : f32
                %v1000 = arith.subf %v996, %v999 fastmath<contract> : f32
                %v1001 = arith.mulf %v998, %v203 fastmath<contract> : f32
                %v1002 = arith.subf %v1000, %v1001 fastmath<contract> : f32
                %v1003 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1002) : (f32) -> f32
                %v1004 = arith.mulf %v993, %v1003 fastmath<contract> : f32
                llvm.store %v1004, %v38 : f32, !llvm.ptr
                %v1005 = arith.mulf %v996, %v199 fastmath<contract> : f32
                %v1006 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1005) : (f32) -> f32
                %v1007 = arith.mulf %v1006, %v202 fastmath<contract> : f32
                %v1008 = arith.subf %v996, %v1007 fastmath<contract> : f32
                %v1009 = arith.mulf %v1006, %v203 fastmath<contract> : f32
                %v1010 = arith.subf %v1008, %v1009 fastmath<contract> : f32
                %v1011 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1010) : (f32) -> f32
                %v1012 = arith.mulf %v993, %v1011 fastmath<contract> : f32
                llvm.store %v1012, %v40 : f32, !llvm.ptr
                llvm.store %v1004, %v39 : f32, !llvm.ptr
                %v1013 = arith.negf %v1012 : f32
                llvm.store %v1013, %v41 : f32, !llvm.ptr
              } else {
                %v1014 = arith.subi %v71, %v1 : i64
                // the group's states, recomputed into registers
                %v1015 = arith.subi %v71, %v87 : i64
                %v1016 = arith.trunci %v1015 : i64 to i32
                %v1017 = arith.subi %size_L, %v1 : i64
                %v1018 = arith.addi %v69, %v87 : i64
                %v1019 = arith.subi %v1017, %v1018 : i64
                %v1020 = arith.minsi %v1019, %v97 : i64
                %v1021 = arith.trunci %v1020 : i64 to i32
                %v1022 = arith.addi %v87, %v54 : i64
                %v1023 = arith.cmpi slt, %v101, %v1016 : i32
                %v1024 = arith.cmpi eq, %v101, %v1021 : i32
                scf.if %v1023 {
                  %v1025 = arith.addi %v69, %v1022 : i64
                  %v1026 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1027 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1028 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1029 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1030 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1031 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1032 = arith.muli %v30, %v112 : i64
                  %v1033 = arith.muli %v28, %v111 : i64
                  %v1034 = arith.addi %v1032, %v1033 : i64
                  %v1035 = arith.muli %v1025, %v1 : i64
                  %v1036 = arith.addi %v1034, %v1035 : i64
                  %v1037 = llvm.getelementptr %in_g_re[%v1036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1038 = llvm.load %v1037 : !llvm.ptr -> f32
                  %v1039 = arith.negf %v1038 : f32
                  %v1040 = arith.mulf %v1039, %v121 fastmath<contract> : f32
                  %v1041 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1040) : (f32) -> f32
                  %v1042 = arith.addf %v45, %v1041 fastmath<contract> : f32
                  %v1043 = arith.divf %v45, %v1042 : f32
                  %v1044 = arith.muli %v30, %v112 : i64
                  %v1045 = arith.muli %v28, %v111 : i64
                  %v1046 = arith.addi %v1044, %v1045 : i64
                  %v1047 = arith.muli %v1025, %v1 : i64
                  %v1048 = arith.addi %v1046, %v1047 : i64
                  %v1049 = llvm.getelementptr %dy_y_re[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                  %v1051 = arith.mulf %v1043, %v1050 fastmath<contract> : f32
                  %v1052 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1053 = arith.mulf %v1052, %v1026 fastmath<contract> : f32
                  %v1054 = arith.addf %v1051, %v1053 fastmath<contract> : f32
                  %v1055 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1056 = arith.mulf %v1055, %v1027 fastmath<contract> : f32
                  %v1057 = arith.addf %v1056, %v1054 fastmath<contract> : f32
                  %v1058 = arith.mulf %v1028, %v1052 fastmath<contract> : f32
                  %v1059 = arith.mulf %v1055, %v1030 fastmath<contract> : f32
                  %v1060 = arith.addf %v1059, %v1058 fastmath<contract> : f32
                  %v1061 = arith.mulf %v1029, %v1052 fastmath<contract> : f32
                  %v1062 = arith.mulf %v1055, %v1031 fastmath<contract> : f32
                  %v1063 = arith.addf %v1062, %v1061 fastmath<contract> : f32
                  %v1064 = arith.muli %v30, %v112 : i64
                  %v1065 = arith.muli %v28, %v111 : i64
                  %v1066 = arith.addi %v1064, %v1065 : i64
                  %v1067 = arith.muli %v1025, %v1 : i64
                  %v1068 = arith.addi %v1066, %v1067 : i64
                  %v1069 = llvm.getelementptr %in_g_im[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
                  %v1071 = arith.negf %v1070 : f32
                  %v1072 = arith.mulf %v1071, %v121 fastmath<contract> : f32
                  %v1073 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1072) : (f32) -> f32
                  %v1074 = arith.addf %v45, %v1073 fastmath<contract> : f32
                  %v1075 = arith.divf %v45, %v1074 : f32
                  %v1076 = arith.muli %v30, %v112 : i64
                  %v1077 = arith.muli %v28, %v111 : i64
                  %v1078 = arith.addi %v1076, %v1077 : i64
                  %v1079 = arith.muli %v1025, %v1 : i64
                  %v1080 = arith.addi %v1078, %v1079 : i64
                  %v1081 = llvm.getelementptr %dy_y_im[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1082 = llvm.load %v1081 : !llvm.ptr -> f32
                  %v1083 = arith.mulf %v1075, %v1082 fastmath<contract> : f32
                  %v1084 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1085 = arith.mulf %v1084, %v1027 fastmath<contract> : f32
                  %v1086 = arith.addf %v1083, %v1085 fastmath<contract> : f32
                  %v1087 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1088 = arith.mulf %v1087, %v1026 fastmath<contract> : f32
                  %v1089 = arith.addf %v1088, %v1086 fastmath<contract> : f32
                  %v1090 = arith.mulf %v1030, %v1084 fastmath<contract> : f32
                  %v1091 = arith.mulf %v1087, %v1028 fastmath<contract> : f32
                  %v1092 = arith.addf %v1091, %v1090 fastmath<contract> : f32
                  %v1093 = arith.mulf %v1031, %v1084 fastmath<contract> : f32
                  %v1094 = arith.mulf %v1087, %v1029 fastmath<contract> : f32
                  %v1095 = arith.addf %v1094, %v1093 fastmath<contract> : f32
                  llvm.store %v1057, %v36 : f32, !llvm.ptr
                  llvm.store %v1060, %v46 : f32, !llvm.ptr
                  llvm.store %v1063, %v47 : f32, !llvm.ptr
                  llvm.store %v1089, %v37 : f32, !llvm.ptr
                  llvm.store %v1092, %v48 : f32, !llvm.ptr
                  llvm.store %v1095, %v49 : f32, !llvm.ptr
                  scf.if %v1024 {
                  }
                  %v1096 = arith.muli %v28, %v1 : i64
                  %v1097 = llvm.getelementptr %in_gamma[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1098 = llvm.load %v1097 : !llvm.ptr -> f32
                  %v1099 = arith.subf %v45, %v1098 fastmath<contract> : f32
                  %v1100 = arith.muli %v30, %v112 : i64
                  %v1101 = arith.muli %v28, %v111 : i64
                  %v1102 = arith.addi %v1100, %v1101 : i64
                  %v1103 = arith.muli %v1025, %v1 : i64
                  %v1104 = arith.addi %v1102, %v1103 : i64
                  %v1105 = llvm.getelementptr %in_f[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1106 = llvm.load %v1105 : !llvm.ptr -> f32
                  %v1107 = arith.negf %v1106 : f32
                  %v1108 = arith.mulf %v1107, %v121 fastmath<contract> : f32
                  %v1109 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1108) : (f32) -> f32
                  %v1110 = arith.addf %v45, %v1109 fastmath<contract> : f32
                  %v1111 = arith.divf %v45, %v1110 : f32
                  %v1112 = arith.mulf %v1099, %v1111 fastmath<contract> : f32
                  %v1113 = arith.addf %v1098, %v1112 fastmath<contract> : f32
                  %v1114 = arith.muli %v28, %v1 : i64
                  %v1115 = llvm.getelementptr %in_theta[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
                  %v1117 = arith.mulf %v1116, %v199 fastmath<contract> : f32
                  %v1118 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1117) : (f32) -> f32
                  %v1119 = arith.mulf %v1118, %v202 fastmath<contract> : f32
                  %v1120 = arith.subf %v1116, %v1119 fastmath<contract> : f32
                  %v1121 = arith.mulf %v1118, %v203 fastmath<contract> : f32
                  %v1122 = arith.subf %v1120, %v1121 fastmath<contract> : f32
                  %v1123 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1122) : (f32) -> f32
                  %v1124 = arith.mulf %v1113, %v1123 fastmath<contract> : f32
                  llvm.store %v1124, %v38 : f32, !llvm.ptr
                  %v1125 = arith.mulf %v1116, %v199 fastmath<contract> : f32
                  %v1126 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1125) : (f32) -> f32
                  %v1127 = arith.mulf %v1126, %v202 fastmath<contract> : f32
                  %v1128 = arith.subf %v1116, %v1127 fastmath<contract> : f32
                  %v1129 = arith.mulf %v1126, %v203 fastmath<contract> : f32
                  %v1130 = arith.subf %v1128, %v1129 fastmath<contract> : f32
                  %v1131 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1130) : (f32) -> f32
                  %v1132 = arith.mulf %v1113, %v1131 fastmath<contract> : f32
                  llvm.store %v1132, %v40 : f32, !llvm.ptr
                  llvm.store %v1124, %v39 : f32, !llvm.ptr
                  %v1133 = arith.negf %v1132 : f32
                  llvm.store %v1133, %v41 : f32, !llvm.ptr
                }
                %v1134 = arith.addi %v87, %v219 : i64
                %v1135 = arith.cmpi slt, %v221, %v1016 : i32
                %v1136 = arith.cmpi eq, %v221, %v1021 : i32
                scf.if %v1135 {
                  %v1137 = arith.addi %v69, %v1134 : i64
                  %v1138 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1139 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1140 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1141 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1142 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1143 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1144 = arith.muli %v30, %v112 : i64
                  %v1145 = arith.muli %v28, %v111 : i64
                  %v1146 = arith.addi %v1144, %v1145 : i64
                  %v1147 = arith.muli %v1137, %v1 : i64
                  %v1148 = arith.addi %v1146, %v1147 : i64
                  %v1149 = llvm.getelementptr %in_g_re[%v1148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1150 = llvm.load %v1149 : !llvm.ptr -> f32
                  %v1151 = arith.negf %v1150 : f32
                  %v1152 = arith.mulf %v1151, %v121 fastmath<contract> : f32
                  %v1153 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1152) : (f32) -> f32
                  %v1154 = arith.addf %v45, %v1153 fastmath<contract> : f32
                  %v1155 = arith.divf %v45, %v1154 : f32
                  %v1156 = arith.muli %v30, %v112 : i64
                  %v1157 = arith.muli %v28, %v111 : i64
                  %v1158 = arith.addi %v1156, %v1157 : i64
                  %v1159 = arith.muli %v1137, %v1 : i64
                  %v1160 = arith.addi %v1158, %v1159 : i64
                  %v1161 = llvm.getelementptr %dy_y_re[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1162 = llvm.load %v1161 : !llvm.ptr -> f32
                  %v1163 = arith.mulf %v1155, %v1162 fastmath<contract> : f32
                  %v1164 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1165 = arith.mulf %v1164, %v1138 fastmath<contract> : f32
                  %v1166 = arith.addf %v1163, %v1165 fastmath<contract> : f32
                  %v1167 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1168 = arith.mulf %v1167, %v1139 fastmath<contract> : f32
                  %v1169 = arith.addf %v1168, %v1166 fastmath<contract> : f32
                  %v1170 = arith.mulf %v1140, %v1164 fastmath<contract> : f32
                  %v1171 = arith.mulf %v1167, %v1142 fastmath<contract> : f32
                  %v1172 = arith.addf %v1171, %v1170 fastmath<contract> : f32
                  %v1173 = arith.mulf %v1141, %v1164 fastmath<contract> : f32
                  %v1174 = arith.mulf %v1167, %v1143 fastmath<contract> : f32
                  %v1175 = arith.addf %v1174, %v1173 fastmath<contract> : f32
                  %v1176 = arith.muli %v30, %v112 : i64
                  %v1177 = arith.muli %v28, %v111 : i64
                  %v1178 = arith.addi %v1176, %v1177 : i64
                  %v1179 = arith.muli %v1137, %v1 : i64
                  %v1180 = arith.addi %v1178, %v1179 : i64
                  %v1181 = llvm.getelementptr %in_g_im[%v1180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1182 = llvm.load %v1181 : !llvm.ptr -> f32
                  %v1183 = arith.negf %v1182 : f32
                  %v1184 = arith.mulf %v1183, %v121 fastmath<contract> : f32
                  %v1185 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1184) : (f32) -> f32
                  %v1186 = arith.addf %v45, %v1185 fastmath<contract> : f32
                  %v1187 = arith.divf %v45, %v1186 : f32
                  %v1188 = arith.muli %v30, %v112 : i64
                  %v1189 = arith.muli %v28, %v111 : i64
                  %v1190 = arith.addi %v1188, %v1189 : i64
                  %v1191 = arith.muli %v1137, %v1 : i64
                  %v1192 = arith.addi %v1190, %v1191 : i64
                  %v1193 = llvm.getelementptr %dy_y_im[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
                  %v1195 = arith.mulf %v1187, %v1194 fastmath<contract> : f32
                  %v1196 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1197 = arith.mulf %v1196, %v1139 fastmath<contract> : f32
                  %v1198 = arith.addf %v1195, %v1197 fastmath<contract> : f32
                  %v1199 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1200 = arith.mulf %v1199, %v1138 fastmath<contract> : f32
                  %v1201 = arith.addf %v1200, %v1198 fastmath<contract> : f32
                  %v1202 = arith.mulf %v1142, %v1196 fastmath<contract> : f32
                  %v1203 = arith.mulf %v1199, %v1140 fastmath<contract> : f32
                  %v1204 = arith.addf %v1203, %v1202 fastmath<contract> : f32
                  %v1205 = arith.mulf %v1143, %v1196 fastmath<contract> : f32
                  %v1206 = arith.mulf %v1199, %v1141 fastmath<contract> : f32
                  %v1207 = arith.addf %v1206, %v1205 fastmath<contract> : f32
                  llvm.store %v1169, %v36 : f32, !llvm.ptr
                  llvm.store %v1172, %v46 : f32, !llvm.ptr
                  llvm.store %v1175, %v47 : f32, !llvm.ptr
                  llvm.store %v1201, %v37 : f32, !llvm.ptr
                  llvm.store %v1204, %v48 : f32, !llvm.ptr
                  llvm.store %v1207, %v49 : f32, !llvm.ptr
                  scf.if %v1136 {
                  }
                  %v1208 = arith.muli %v28, %v1 : i64
                  %v1209 = llvm.getelementptr %in_gamma[%v1208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1210 = llvm.load %v1209 : !llvm.ptr -> f32
                  %v1211 = arith.subf %v45, %v1210 fastmath<contract> : f32
                  %v1212 = arith.muli %v30, %v112 : i64
                  %v1213 = arith.muli %v28, %v111 : i64
                  %v1214 = arith.addi %v1212, %v1213 : i64
                  %v1215 = arith.muli %v1137, %v1 : i64
                  %v1216 = arith.addi %v1214, %v1215 : i64
                  %v1217 = llvm.getelementptr %in_f[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
                  %v1219 = arith.negf %v1218 : f32
                  %v1220 = arith.mulf %v1219, %v121 fastmath<contract> : f32
                  %v1221 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1220) : (f32) -> f32
                  %v1222 = arith.addf %v45, %v1221 fastmath<contract> : f32
                  %v1223 = arith.divf %v45, %v1222 : f32
                  %v1224 = arith.mulf %v1211, %v1223 fastmath<contract> : f32
                  %v1225 = arith.addf %v1210, %v1224 fastmath<contract> : f32
                  %v1226 = arith.muli %v28, %v1 : i64
                  %v1227 = llvm.getelementptr %in_theta[%v1226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1228 = llvm.load %v1227 : !llvm.ptr -> f32
                  %v1229 = arith.mulf %v1228, %v199 fastmath<contract> : f32
                  %v1230 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1229) : (f32) -> f32
                  %v1231 = arith.mulf %v1230, %v202 fastmath<contract> : f32
                  %v1232 = arith.subf %v1228, %v1231 fastmath<contract> : f32
                  %v1233 = arith.mulf %v1230, %v203 fastmath<contract> : f32
                  %v1234 = arith.subf %v1232, %v1233 fastmath<contract> : f32
                  %v1235 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1234) : (f32) -> f32
                  %v1236 = arith.mulf %v1225, %v1235 fastmath<contract> : f32
                  llvm.store %v1236, %v38 : f32, !llvm.ptr
                  %v1237 = arith.mulf %v1228, %v199 fastmath<contract> : f32
                  %v1238 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1237) : (f32) -> f32
                  %v1239 = arith.mulf %v1238, %v202 fastmath<contract> : f32
                  %v1240 = arith.subf %v1228, %v1239 fastmath<contract> : f32
                  %v1241 = arith.mulf %v1238, %v203 fastmath<contract> : f32
                  %v1242 = arith.subf %v1240, %v1241 fastmath<contract> : f32
                  %v1243 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1242) : (f32) -> f32
                  %v1244 = arith.mulf %v1225, %v1243 fastmath<contract> : f32
                  llvm.store %v1244, %v40 : f32, !llvm.ptr
                  llvm.store %v1236, %v39 : f32, !llvm.ptr
                  %v1245 = arith.negf %v1244 : f32
                  llvm.store %v1245, %v41 : f32, !llvm.ptr
                }
                %v1246 = arith.addi %v87, %v333 : i64
                %v1247 = arith.cmpi slt, %v335, %v1016 : i32
                %v1248 = arith.cmpi eq, %v335, %v1021 : i32
                scf.if %v1247 {
                  %v1249 = arith.addi %v69, %v1246 : i64
                  %v1250 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1251 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1252 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1253 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1254 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1255 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1256 = arith.muli %v30, %v112 : i64
                  %v1257 = arith.muli %v28, %v111 : i64
                  %v1258 = arith.addi %v1256, %v1257 : i64
                  %v1259 = arith.muli %v1249, %v1 : i64
                  %v1260 = arith.addi %v1258, %v1259 : i64
                  %v1261 = llvm.getelementptr %in_g_re[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1262 = llvm.load %v1261 : !llvm.ptr -> f32
                  %v1263 = arith.negf %v1262 : f32
                  %v1264 = arith.mulf %v1263, %v121 fastmath<contract> : f32
                  %v1265 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1264) : (f32) -> f32
                  %v1266 = arith.addf %v45, %v1265 fastmath<contract> : f32
                  %v1267 = arith.divf %v45, %v1266 : f32
                  %v1268 = arith.muli %v30, %v112 : i64
                  %v1269 = arith.muli %v28, %v111 : i64
                  %v1270 = arith.addi %v1268, %v1269 : i64
                  %v1271 = arith.muli %v1249, %v1 : i64
                  %v1272 = arith.addi %v1270, %v1271 : i64
                  %v1273 = llvm.getelementptr %dy_y_re[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
                  %v1275 = arith.mulf %v1267, %v1274 fastmath<contract> : f32
                  %v1276 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1277 = arith.mulf %v1276, %v1250 fastmath<contract> : f32
                  %v1278 = arith.addf %v1275, %v1277 fastmath<contract> : f32
                  %v1279 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1280 = arith.mulf %v1279, %v1251 fastmath<contract> : f32
                  %v1281 = arith.addf %v1280, %v1278 fastmath<contract> : f32
                  %v1282 = arith.mulf %v1252, %v1276 fastmath<contract> : f32
                  %v1283 = arith.mulf %v1279, %v1254 fastmath<contract> : f32
                  %v1284 = arith.addf %v1283, %v1282 fastmath<contract> : f32
                  %v1285 = arith.mulf %v1253, %v1276 fastmath<contract> : f32
                  %v1286 = arith.mulf %v1279, %v1255 fastmath<contract> : f32
                  %v1287 = arith.addf %v1286, %v1285 fastmath<contract> : f32
                  %v1288 = arith.muli %v30, %v112 : i64
                  %v1289 = arith.muli %v28, %v111 : i64
                  %v1290 = arith.addi %v1288, %v1289 : i64
                  %v1291 = arith.muli %v1249, %v1 : i64
                  %v1292 = arith.addi %v1290, %v1291 : i64
                  %v1293 = llvm.getelementptr %in_g_im[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
                  %v1295 = arith.negf %v1294 : f32
                  %v1296 = arith.mulf %v1295, %v121 fastmath<contract> : f32
                  %v1297 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1296) : (f32) -> f32
                  %v1298 = arith.addf %v45, %v1297 fastmath<contract> : f32
                  %v1299 = arith.divf %v45, %v1298 : f32
                  %v1300 = arith.muli %v30, %v112 : i64
                  %v1301 = arith.muli %v28, %v111 : i64
                  %v1302 = arith.addi %v1300, %v1301 : i64
                  %v1303 = arith.muli %v1249, %v1 : i64
                  %v1304 = arith.addi %v1302, %v1303 : i64
                  %v1305 = llvm.getelementptr %dy_y_im[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                  %v1307 = arith.mulf %v1299, %v1306 fastmath<contract> : f32
                  %v1308 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1309 = arith.mulf %v1308, %v1251 fastmath<contract> : f32
                  %v1310 = arith.addf %v1307, %v1309 fastmath<contract> : f32
                  %v1311 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1312 = arith.mulf %v1311, %v1250 fastmath<contract> : f32
                  %v1313 = arith.addf %v1312, %v1310 fastmath<contract> : f32
                  %v1314 = arith.mulf %v1254, %v1308 fastmath<contract> : f32
                  %v1315 = arith.mulf %v1311, %v1252 fastmath<contract> : f32
                  %v1316 = arith.addf %v1315, %v1314 fastmath<contract> : f32
                  %v1317 = arith.mulf %v1255, %v1308 fastmath<contract> : f32
                  %v1318 = arith.mulf %v1311, %v1253 fastmath<contract> : f32
                  %v1319 = arith.addf %v1318, %v1317 fastmath<contract> : f32
                  llvm.store %v1281, %v36 : f32, !llvm.ptr
                  llvm.store %v1284, %v46 : f32, !llvm.ptr
                  llvm.store %v1287, %v47 : f32, !llvm.ptr
                  llvm.store %v1313, %v37 : f32, !llvm.ptr
                  llvm.store %v1316, %v48 : f32, !llvm.ptr
                  llvm.store %v1319, %v49 : f32, !llvm.ptr
                  scf.if %v1248 {
                  }
                  %v1320 = arith.muli %v28, %v1 : i64
                  %v1321 = llvm.getelementptr %in_gamma[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
                  %v1323 = arith.subf %v45, %v1322 fastmath<contract> : f32
                  %v1324 = arith.muli %v30, %v112 : i64
                  %v1325 = arith.muli %v28, %v111 : i64
                  %v1326 = arith.addi %v1324, %v1325 : i64
                  %v1327 = arith.muli %v1249, %v1 : i64
                  %v1328 = arith.addi %v1326, %v1327 : i64
                  %v1329 = llvm.getelementptr %in_f[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1330 = llvm.load %v1329 : !llvm.ptr -> f32
                  %v1331 = arith.negf %v1330 : f32
                  %v1332 = arith.mulf %v1331, %v121 fastmath<contract> : f32
                  %v1333 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1332) : (f32) -> f32
                  %v1334 = arith.addf %v45, %v1333 fastmath<contract> : f32
                  %v1335 = arith.divf %v45, %v1334 : f32
                  %v1336 = arith.mulf %v1323, %v1335 fastmath<contract> : f32
                  %v1337 = arith.addf %v1322, %v1336 fastmath<contract> : f32
                  %v1338 = arith.muli %v28, %v1 : i64
                  %v1339 = llvm.getelementptr %in_theta[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
                  %v1341 = arith.mulf %v1340, %v199 fastmath<contract> : f32
                  %v1342 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1341) : (f32) -> f32
                  %v1343 = arith.mulf %v1342, %v202 fastmath<contract> : f32
                  %v1344 = arith.subf %v1340, %v1343 fastmath<contract> : f32
                  %v1345 = arith.mulf %v1342, %v203 fastmath<contract> : f32
                  %v1346 = arith.subf %v1344, %v1345 fastmath<contract> : f32
                  %v1347 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1346) : (f32) -> f32
                  %v1348 = arith.mulf %v1337, %v1347 fastmath<contract> : f32
                  llvm.store %v1348, %v38 : f32, !llvm.ptr
                  %v1349 = arith.mulf %v1340, %v199 fastmath<contract> : f32
                  %v1350 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1349) : (f32) -> f32
                  %v1351 = arith.mulf %v1350, %v202 fastmath<contract> : f32
                  %v1352 = arith.subf %v1340, %v1351 fastmath<contract> : f32
                  %v1353 = arith.mulf %v1350, %v203 fastmath<contract> : f32
                  %v1354 = arith.subf %v1352, %v1353 fastmath<contract> : f32
                  %v1355 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1354) : (f32) -> f32
                  %v1356 = arith.mulf %v1337, %v1355 fastmath<contract> : f32
                  llvm.store %v1356, %v40 : f32, !llvm.ptr
                  llvm.store %v1348, %v39 : f32, !llvm.ptr
                  %v1357 = arith.negf %v1356 : f32
                  llvm.store %v1357, %v41 : f32, !llvm.ptr
                }
                %v1358 = arith.addi %v87, %v32 : i64
                %v1359 = arith.cmpi slt, %v448, %v1016 : i32
                %v1360 = arith.cmpi eq, %v448, %v1021 : i32
                scf.if %v1359 {
                  %v1361 = arith.addi %v69, %v1358 : i64
                  %v1362 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1363 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1364 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1365 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1366 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1367 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1368 = arith.muli %v30, %v112 : i64
                  %v1369 = arith.muli %v28, %v111 : i64
                  %v1370 = arith.addi %v1368, %v1369 : i64
                  %v1371 = arith.muli %v1361, %v1 : i64
                  %v1372 = arith.addi %v1370, %v1371 : i64
                  %v1373 = llvm.getelementptr %in_g_re[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
                  %v1375 = arith.negf %v1374 : f32
                  %v1376 = arith.mulf %v1375, %v121 fastmath<contract> : f32
                  %v1377 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1376) : (f32) -> f32
                  %v1378 = arith.addf %v45, %v1377 fastmath<contract> : f32
                  %v1379 = arith.divf %v45, %v1378 : f32
                  %v1380 = arith.muli %v30, %v112 : i64
                  %v1381 = arith.muli %v28, %v111 : i64
                  %v1382 = arith.addi %v1380, %v1381 : i64
                  %v1383 = arith.muli %v1361, %v1 : i64
                  %v1384 = arith.addi %v1382, %v1383 : i64
                  %v1385 = llvm.getelementptr %dy_y_re[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1386 = llvm.load %v1385 : !llvm.ptr -> f32
                  %v1387 = arith.mulf %v1379, %v1386 fastmath<contract> : f32
                  %v1388 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1389 = arith.mulf %v1388, %v1362 fastmath<contract> : f32
                  %v1390 = arith.addf %v1387, %v1389 fastmath<contract> : f32
                  %v1391 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1392 = arith.mulf %v1391, %v1363 fastmath<contract> : f32
                  %v1393 = arith.addf %v1392, %v1390 fastmath<contract> : f32
                  %v1394 = arith.mulf %v1364, %v1388 fastmath<contract> : f32
                  %v1395 = arith.mulf %v1391, %v1366 fastmath<contract> : f32
                  %v1396 = arith.addf %v1395, %v1394 fastmath<contract> : f32
                  %v1397 = arith.mulf %v1365, %v1388 fastmath<contract> : f32
                  %v1398 = arith.mulf %v1391, %v1367 fastmath<contract> : f32
                  %v1399 = arith.addf %v1398, %v1397 fastmath<contract> : f32
                  %v1400 = arith.muli %v30, %v112 : i64
                  %v1401 = arith.muli %v28, %v111 : i64
                  %v1402 = arith.addi %v1400, %v1401 : i64
                  %v1403 = arith.muli %v1361, %v1 : i64
                  %v1404 = arith.addi %v1402, %v1403 : i64
                  %v1405 = llvm.getelementptr %in_g_im[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
                  %v1407 = arith.negf %v1406 : f32
                  %v1408 = arith.mulf %v1407, %v121 fastmath<contract> : f32
                  %v1409 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1408) : (f32) -> f32
                  %v1410 = arith.addf %v45, %v1409 fastmath<contract> : f32
                  %v1411 = arith.divf %v45, %v1410 : f32
                  %v1412 = arith.muli %v30, %v112 : i64
                  %v1413 = arith.muli %v28, %v111 : i64
                  %v1414 = arith.addi %v1412, %v1413 : i64
                  %v1415 = arith.muli %v1361, %v1 : i64
                  %v1416 = arith.addi %v1414, %v1415 : i64
                  %v1417 = llvm.getelementptr %dy_y_im[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
                  %v1419 = arith.mulf %v1411, %v1418 fastmath<contract> : f32
                  %v1420 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1421 = arith.mulf %v1420, %v1363 fastmath<contract> : f32
                  %v1422 = arith.addf %v1419, %v1421 fastmath<contract> : f32
                  %v1423 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1424 = arith.mulf %v1423, %v1362 fastmath<contract> : f32
                  %v1425 = arith.addf %v1424, %v1422 fastmath<contract> : f32
                  %v1426 = arith.mulf %v1366, %v1420 fastmath<contract> : f32
                  %v1427 = arith.mulf %v1423, %v1364 fastmath<contract> : f32
                  %v1428 = arith.addf %v1427, %v1426 fastmath<contract> : f32
                  %v1429 = arith.mulf %v1367, %v1420 fastmath<contract> : f32
                  %v1430 = arith.mulf %v1423, %v1365 fastmath<contract> : f32
                  %v1431 = arith.addf %v1430, %v1429 fastmath<contract> : f32
                  llvm.store %v1393, %v36 : f32, !llvm.ptr
                  llvm.store %v1396, %v46 : f32, !llvm.ptr
                  llvm.store %v1399, %v47 : f32, !llvm.ptr
                  llvm.store %v1425, %v37 : f32, !llvm.ptr
                  llvm.store %v1428, %v48 : f32, !llvm.ptr
                  llvm.store %v1431, %v49 : f32, !llvm.ptr
                  scf.if %v1360 {
                  }
                  %v1432 = arith.muli %v28, %v1 : i64
                  %v1433 = llvm.getelementptr %in_gamma[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1434 = llvm.load %v1433 : !llvm.ptr -> f32
                  %v1435 = arith.subf %v45, %v1434 fastmath<contract> : f32
                  %v1436 = arith.muli %v30, %v112 : i64
                  %v1437 = arith.muli %v28, %v111 : i64
                  %v1438 = arith.addi %v1436, %v1437 : i64
                  %v1439 = arith.muli %v1361, %v1 : i64
                  %v1440 = arith.addi %v1438, %v1439 : i64
                  %v1441 = llvm.getelementptr %in_f[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1442 = llvm.load %v1441 : !llvm.ptr -> f32
                  %v1443 = arith.negf %v1442 : f32
                  %v1444 = arith.mulf %v1443, %v121 fastmath<contract> : f32
                  %v1445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1444) : (f32) -> f32
                  %v1446 = arith.addf %v45, %v1445 fastmath<contract> : f32
                  %v1447 = arith.divf %v45, %v1446 : f32
                  %v1448 = arith.mulf %v1435, %v1447 fastmath<contract> : f32
                  %v1449 = arith.addf %v1434, %v1448 fastmath<contract> : f32
                  %v1450 = arith.muli %v28, %v1 : i64
                  %v1451 = llvm.getelementptr %in_theta[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
                  %v1453 = arith.mulf %v1452, %v199 fastmath<contract> : f32
                  %v1454 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1453) : (f32) -> f32
                  %v1455 = arith.mulf %v1454, %v202 fastmath<contract> : f32
                  %v1456 = arith.subf %v1452, %v1455 fastmath<contract> : f32
                  %v1457 = arith.mulf %v1454, %v203 fastmath<contract> : f32
                  %v1458 = arith.subf %v1456, %v1457 fastmath<contract> : f32
                  %v1459 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1458) : (f32) -> f32
                  %v1460 = arith.mulf %v1449, %v1459 fastmath<contract> : f32
                  llvm.store %v1460, %v38 : f32, !llvm.ptr
                  %v1461 = arith.mulf %v1452, %v199 fastmath<contract> : f32
                  %v1462 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1461) : (f32) -> f32
                  %v1463 = arith.mulf %v1462, %v202 fastmath<contract> : f32
                  %v1464 = arith.subf %v1452, %v1463 fastmath<contract> : f32
                  %v1465 = arith.mulf %v1462, %v203 fastmath<contract> : f32
                  %v1466 = arith.subf %v1464, %v1465 fastmath<contract> : f32
                  %v1467 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1466) : (f32) -> f32
                  %v1468 = arith.mulf %v1449, %v1467 fastmath<contract> : f32
                  llvm.store %v1468, %v40 : f32, !llvm.ptr
                  llvm.store %v1460, %v39 : f32, !llvm.ptr
                  %v1469 = arith.negf %v1468 : f32
                  llvm.store %v1469, %v41 : f32, !llvm.ptr
                }
                %v1470 = arith.addi %v87, %v560 : i64
                %v1471 = arith.cmpi slt, %v562, %v1016 : i32
                %v1472 = arith.cmpi eq, %v562, %v1021 : i32
                scf.if %v1471 {
                  %v1473 = arith.addi %v69, %v1470 : i64
                  %v1474 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1475 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1476 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1477 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1478 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1479 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1480 = arith.muli %v30, %v112 : i64
                  %v1481 = arith.muli %v28, %v111 : i64
                  %v1482 = arith.addi %v1480, %v1481 : i64
                  %v1483 = arith.muli %v1473, %v1 : i64
                  %v1484 = arith.addi %v1482, %v1483 : i64
                  %v1485 = llvm.getelementptr %in_g_re[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
                  %v1487 = arith.negf %v1486 : f32
                  %v1488 = arith.mulf %v1487, %v121 fastmath<contract> : f32
                  %v1489 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1488) : (f32) -> f32
                  %v1490 = arith.addf %v45, %v1489 fastmath<contract> : f32
                  %v1491 = arith.divf %v45, %v1490 : f32
                  %v1492 = arith.muli %v30, %v112 : i64
                  %v1493 = arith.muli %v28, %v111 : i64
                  %v1494 = arith.addi %v1492, %v1493 : i64
                  %v1495 = arith.muli %v1473, %v1 : i64
                  %v1496 = arith.addi %v1494, %v1495 : i64
                  %v1497 = llvm.getelementptr %dy_y_re[%v1496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1498 = llvm.load %v1497 : !llvm.ptr -> f32
                  %v1499 = arith.mulf %v1491, %v1498 fastmath<contract> : f32
                  %v1500 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1501 = arith.mulf %v1500, %v1474 fastmath<contract> : f32
                  %v1502 = arith.addf %v1499, %v1501 fastmath<contract> : f32
                  %v1503 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1504 = arith.mulf %v1503, %v1475 fastmath<contract> : f32
                  %v1505 = arith.addf %v1504, %v1502 fastmath<contract> : f32
                  %v1506 = arith.mulf %v1476, %v1500 fastmath<contract> : f32
                  %v1507 = arith.mulf %v1503, %v1478 fastmath<contract> : f32
                  %v1508 = arith.addf %v1507, %v1506 fastmath<contract> : f32
                  %v1509 = arith.mulf %v1477, %v1500 fastmath<contract> : f32
                  %v1510 = arith.mulf %v1503, %v1479 fastmath<contract> : f32
                  %v1511 = arith.addf %v1510, %v1509 fastmath<contract> : f32
                  %v1512 = arith.muli %v30, %v112 : i64
                  %v1513 = arith.muli %v28, %v111 : i64
                  %v1514 = arith.addi %v1512, %v1513 : i64
                  %v1515 = arith.muli %v1473, %v1 : i64
                  %v1516 = arith.addi %v1514, %v1515 : i64
                  %v1517 = llvm.getelementptr %in_g_im[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
                  %v1519 = arith.negf %v1518 : f32
                  %v1520 = arith.mulf %v1519, %v121 fastmath<contract> : f32
                  %v1521 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1520) : (f32) -> f32
                  %v1522 = arith.addf %v45, %v1521 fastmath<contract> : f32
                  %v1523 = arith.divf %v45, %v1522 : f32
                  %v1524 = arith.muli %v30, %v112 : i64
                  %v1525 = arith.muli %v28, %v111 : i64
                  %v1526 = arith.addi %v1524, %v1525 : i64
                  %v1527 = arith.muli %v1473, %v1 : i64
                  %v1528 = arith.addi %v1526, %v1527 : i64
                  %v1529 = llvm.getelementptr %dy_y_im[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1530 = llvm.load %v1529 : !llvm.ptr -> f32
                  %v1531 = arith.mulf %v1523, %v1530 fastmath<contract> : f32
                  %v1532 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1533 = arith.mulf %v1532, %v1475 fastmath<contract> : f32
                  %v1534 = arith.addf %v1531, %v1533 fastmath<contract> : f32
                  %v1535 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1536 = arith.mulf %v1535, %v1474 fastmath<contract> : f32
                  %v1537 = arith.addf %v1536, %v1534 fastmath<contract> : f32
                  %v1538 = arith.mulf %v1478, %v1532 fastmath<contract> : f32
                  %v1539 = arith.mulf %v1535, %v1476 fastmath<contract> : f32
                  %v1540 = arith.addf %v1539, %v1538 fastmath<contract> : f32
                  %v1541 = arith.mulf %v1479, %v1532 fastmath<contract> : f32
                  %v1542 = arith.mulf %v1535, %v1477 fastmath<contract> : f32
                  %v1543 = arith.addf %v1542, %v1541 fastmath<contract> : f32
                  llvm.store %v1505, %v36 : f32, !llvm.ptr
                  llvm.store %v1508, %v46 : f32, !llvm.ptr
                  llvm.store %v1511, %v47 : f32, !llvm.ptr
                  llvm.store %v1537, %v37 : f32, !llvm.ptr
                  llvm.store %v1540, %v48 : f32, !llvm.ptr
                  llvm.store %v1543, %v49 : f32, !llvm.ptr
                  scf.if %v1472 {
                  }
                  %v1544 = arith.muli %v28, %v1 : i64
                  %v1545 = llvm.getelementptr %in_gamma[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
                  %v1547 = arith.subf %v45, %v1546 fastmath<contract> : f32
                  %v1548 = arith.muli %v30, %v112 : i64
                  %v1549 = arith.muli %v28, %v111 : i64
                  %v1550 = arith.addi %v1548, %v1549 : i64
                  %v1551 = arith.muli %v1473, %v1 : i64
                  %v1552 = arith.addi %v1550, %v1551 : i64
                  %v1553 = llvm.getelementptr %in_f[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
                  %v1555 = arith.negf %v1554 : f32
                  %v1556 = arith.mulf %v1555, %v121 fastmath<contract> : f32
                  %v1557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1556) : (f32) -> f32
                  %v1558 = arith.addf %v45, %v1557 fastmath<contract> : f32
                  %v1559 = arith.divf %v45, %v1558 : f32
                  %v1560 = arith.mulf %v1547, %v1559 fastmath<contract> : f32
                  %v1561 = arith.addf %v1546, %v1560 fastmath<contract> : f32
                  %v1562 = arith.muli %v28, %v1 : i64
                  %v1563 = llvm.getelementptr %in_theta[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1564 = llvm.load %v1563 : !llvm.ptr -> f32
                  %v1565 = arith.mulf %v1564, %v199 fastmath<contract> : f32
                  %v1566 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1565) : (f32) -> f32
                  %v1567 = arith.mulf %v1566, %v202 fastmath<contract> : f32
                  %v1568 = arith.subf %v1564, %v1567 fastmath<contract> : f32
                  %v1569 = arith.mulf %v1566, %v203 fastmath<contract> : f32
                  %v1570 = arith.subf %v1568, %v1569 fastmath<contract> : f32
                  %v1571 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1570) : (f32) -> f32
                  %v1572 = arith.mulf %v1561, %v1571 fastmath<contract> : f32
                  llvm.store %v1572, %v38 : f32, !llvm.ptr
                  %v1573 = arith.mulf %v1564, %v199 fastmath<contract> : f32
                  %v1574 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1573) : (f32) -> f32
                  %v1575 = arith.mulf %v1574, %v202 fastmath<contract> : f32
                  %v1576 = arith.subf %v1564, %v1575 fastmath<contract> : f32
                  %v1577 = arith.mulf %v1574, %v203 fastmath<contract> : f32
                  %v1578 = arith.subf %v1576, %v1577 fastmath<contract> : f32
                  %v1579 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1578) : (f32) -> f32
                  %v1580 = arith.mulf %v1561, %v1579 fastmath<contract> : f32
                  llvm.store %v1580, %v40 : f32, !llvm.ptr
                  llvm.store %v1572, %v39 : f32, !llvm.ptr
                  %v1581 = arith.negf %v1580 : f32
                  llvm.store %v1581, %v41 : f32, !llvm.ptr
                }
                %v1582 = arith.addi %v87, %v674 : i64
                %v1583 = arith.cmpi slt, %v676, %v1016 : i32
                %v1584 = arith.cmpi eq, %v676, %v1021 : i32
                scf.if %v1583 {
                  %v1585 = arith.addi %v69, %v1582 : i64
                  %v1586 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1587 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1588 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1589 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1590 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1591 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1592 = arith.muli %v30, %v112 : i64
                  %v1593 = arith.muli %v28, %v111 : i64
                  %v1594 = arith.addi %v1592, %v1593 : i64
                  %v1595 = arith.muli %v1585, %v1 : i64
                  %v1596 = arith.addi %v1594, %v1595 : i64
                  %v1597 = llvm.getelementptr %in_g_re[%v1596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1598 = llvm.load %v1597 : !llvm.ptr -> f32
                  %v1599 = arith.negf %v1598 : f32
                  %v1600 = arith.mulf %v1599, %v121 fastmath<contract> : f32
                  %v1601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1600) : (f32) -> f32
                  %v1602 = arith.addf %v45, %v1601 fastmath<contract> : f32
                  %v1603 = arith.divf %v45, %v1602 : f32
                  %v1604 = arith.muli %v30, %v112 : i64
                  %v1605 = arith.muli %v28, %v111 : i64
                  %v1606 = arith.addi %v1604, %v1605 : i64
                  %v1607 = arith.muli %v1585, %v1 : i64
                  %v1608 = arith.addi %v1606, %v1607 : i64
                  %v1609 = llvm.getelementptr %dy_y_re[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1610 = llvm.load %v1609 : !llvm.ptr -> f32
                  %v1611 = arith.mulf %v1603, %v1610 fastmath<contract> : f32
                  %v1612 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1613 = arith.mulf %v1612, %v1586 fastmath<contract> : f32
                  %v1614 = arith.addf %v1611, %v1613 fastmath<contract> : f32
                  %v1615 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1616 = arith.mulf %v1615, %v1587 fastmath<contract> : f32
                  %v1617 = arith.addf %v1616, %v1614 fastmath<contract> : f32
                  %v1618 = arith.mulf %v1588, %v1612 fastmath<contract> : f32
                  %v1619 = arith.mulf %v1615, %v1590 fastmath<contract> : f32
                  %v1620 = arith.addf %v1619, %v1618 fastmath<contract> : f32
                  %v1621 = arith.mulf %v1589, %v1612 fastmath<contract> : f32
                  %v1622 = arith.mulf %v1615, %v1591 fastmath<contract> : f32
                  %v1623 = arith.addf %v1622, %v1621 fastmath<contract> : f32
                  %v1624 = arith.muli %v30, %v112 : i64
                  %v1625 = arith.muli %v28, %v111 : i64
                  %v1626 = arith.addi %v1624, %v1625 : i64
                  %v1627 = arith.muli %v1585, %v1 : i64
                  %v1628 = arith.addi %v1626, %v1627 : i64
                  %v1629 = llvm.getelementptr %in_g_im[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
                  %v1631 = arith.negf %v1630 : f32
                  %v1632 = arith.mulf %v1631, %v121 fastmath<contract> : f32
                  %v1633 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1632) : (f32) -> f32
                  %v1634 = arith.addf %v45, %v1633 fastmath<contract> : f32
                  %v1635 = arith.divf %v45, %v1634 : f32
                  %v1636 = arith.muli %v30, %v112 : i64
                  %v1637 = arith.muli %v28, %v111 : i64
                  %v1638 = arith.addi %v1636, %v1637 : i64
                  %v1639 = arith.muli %v1585, %v1 : i64
                  %v1640 = arith.addi %v1638, %v1639 : i64
                  %v1641 = llvm.getelementptr %dy_y_im[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1642 = llvm.load %v1641 : !llvm.ptr -> f32
                  %v1643 = arith.mulf %v1635, %v1642 fastmath<contract> : f32
                  %v1644 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1645 = arith.mulf %v1644, %v1587 fastmath<contract> : f32
                  %v1646 = arith.addf %v1643, %v1645 fastmath<contract> : f32
                  %v1647 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1648 = arith.mulf %v1647, %v1586 fastmath<contract> : f32
                  %v1649 = arith.addf %v1648, %v1646 fastmath<contract> : f32
                  %v1650 = arith.mulf %v1590, %v1644 fastmath<contract> : f32
                  %v1651 = arith.mulf %v1647, %v1588 fastmath<contract> : f32
                  %v1652 = arith.addf %v1651, %v1650 fastmath<contract> : f32
                  %v1653 = arith.mulf %v1591, %v1644 fastmath<contract> : f32
                  %v1654 = arith.mulf %v1647, %v1589 fastmath<contract> : f32
                  %v1655 = arith.addf %v1654, %v1653 fastmath<contract> : f32
                  llvm.store %v1617, %v36 : f32, !llvm.ptr
                  llvm.store %v1620, %v46 : f32, !llvm.ptr
                  llvm.store %v1623, %v47 : f32, !llvm.ptr
                  llvm.store %v1649, %v37 : f32, !llvm.ptr
                  llvm.store %v1652, %v48 : f32, !llvm.ptr
                  llvm.store %v1655, %v49 : f32, !llvm.ptr
                  scf.if %v1584 {
                  }
                  %v1656 = arith.muli %v28, %v1 : i64
                  %v1657 = llvm.getelementptr %in_gamma[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1658 = llvm.load %v1657 : !llvm.ptr -> f32
                  %v1659 = arith.subf %v45, %v1658 fastmath<contract> : f32
                  %v1660 = arith.muli %v30, %v112 : i64
                  %v1661 = arith.muli %v28, %v111 : i64
                  %v1662 = arith.addi %v1660, %v1661 : i64
                  %v1663 = arith.muli %v1585, %v1 : i64
                  %v1664 = arith.addi %v1662, %v1663 : i64
                  %v1665 = llvm.getelementptr %in_f[%v1664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1666 = llvm.load %v1665 : !llvm.ptr -> f32
                  %v1667 = arith.negf %v1666 : f32
                  %v1668 = arith.mulf %v1667, %v121 fastmath<contract> : f32
                  %v1669 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1668) : (f32) -> f32
                  %v1670 = arith.addf %v45, %v1669 fastmath<contract> : f32
                  %v1671 = arith.divf %v45, %v1670 : f32
                  %v1672 = arith.mulf %v1659, %v1671 fastmath<contract> : f32
                  %v1673 = arith.addf %v1658, %v1672 fastmath<contract> : f32
                  %v1674 = arith.muli %v28, %v1 : i64
                  %v1675 = llvm.getelementptr %in_theta[%v1674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1676 = llvm.load %v1675 : !llvm.ptr -> f32
                  %v1677 = arith.mulf %v1676, %v199 fastmath<contract> : f32
                  %v1678 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1677) : (f32) -> f32
                  %v1679 = arith.mulf %v1678, %v202 fastmath<contract> : f32
                  %v1680 = arith.subf %v1676, %v1679 fastmath<contract> : f32
                  %v1681 = arith.mulf %v1678, %v203 fastmath<contract> : f32
                  %v1682 = arith.subf %v1680, %v1681 fastmath<contract> : f32
                  %v1683 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1682) : (f32) -> f32
                  %v1684 = arith.mulf %v1673, %v1683 fastmath<contract> : f32
                  llvm.store %v1684, %v38 : f32, !llvm.ptr
                  %v1685 = arith.mulf %v1676, %v199 fastmath<contract> : f32
                  %v1686 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1685) : (f32) -> f32
                  %v1687 = arith.mulf %v1686, %v202 fastmath<contract> : f32
                  %v1688 = arith.subf %v1676, %v1687 fastmath<contract> : f32
                  %v1689 = arith.mulf %v1686, %v203 fastmath<contract> : f32
                  %v1690 = arith.subf %v1688, %v1689 fastmath<contract> : f32
                  %v1691 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1690) : (f32) -> f32
                  %v1692 = arith.mulf %v1673, %v1691 fastmath<contract> : f32
                  llvm.store %v1692, %v40 : f32, !llvm.ptr
                  llvm.store %v1684, %v39 : f32, !llvm.ptr
                  %v1693 = arith.negf %v1692 : f32
                  llvm.store %v1693, %v41 : f32, !llvm.ptr
                }
                %v1694 = arith.addi %v87, %v1 : i64
                %v1695 = arith.cmpi slt, %v789, %v1016 : i32
                %v1696 = arith.cmpi eq, %v789, %v1021 : i32
                scf.if %v1695 {
                  %v1697 = arith.addi %v69, %v1694 : i64
                  %v1698 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1699 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1700 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1701 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1702 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1703 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1704 = arith.muli %v30, %v112 : i64
                  %v1705 = arith.muli %v28, %v111 : i64
                  %v1706 = arith.addi %v1704, %v1705 : i64
                  %v1707 = arith.muli %v1697, %v1 : i64
                  %v1708 = arith.addi %v1706, %v1707 : i64
                  %v1709 = llvm.getelementptr %in_g_re[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1710 = llvm.load %v1709 : !llvm.ptr -> f32
                  %v1711 = arith.negf %v1710 : f32
                  %v1712 = arith.mulf %v1711, %v121 fastmath<contract> : f32
                  %v1713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1712) : (f32) -> f32
                  %v1714 = arith.addf %v45, %v1713 fastmath<contract> : f32
                  %v1715 = arith.divf %v45, %v1714 : f32
                  %v1716 = arith.muli %v30, %v112 : i64
                  %v1717 = arith.muli %v28, %v111 : i64
                  %v1718 = arith.addi %v1716, %v1717 : i64
                  %v1719 = arith.muli %v1697, %v1 : i64
                  %v1720 = arith.addi %v1718, %v1719 : i64
                  %v1721 = llvm.getelementptr %dy_y_re[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
                  %v1723 = arith.mulf %v1715, %v1722 fastmath<contract> : f32
                  %v1724 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1725 = arith.mulf %v1724, %v1698 fastmath<contract> : f32
                  %v1726 = arith.addf %v1723, %v1725 fastmath<contract> : f32
                  %v1727 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1728 = arith.mulf %v1727, %v1699 fastmath<contract> : f32
                  %v1729 = arith.addf %v1728, %v1726 fastmath<contract> : f32
                  %v1730 = arith.mulf %v1700, %v1724 fastmath<contract> : f32
                  %v1731 = arith.mulf %v1727, %v1702 fastmath<contract> : f32
                  %v1732 = arith.addf %v1731, %v1730 fastmath<contract> : f32
                  %v1733 = arith.mulf %v1701, %v1724 fastmath<contract> : f32
                  %v1734 = arith.mulf %v1727, %v1703 fastmath<contract> : f32
                  %v1735 = arith.addf %v1734, %v1733 fastmath<contract> : f32
                  %v1736 = arith.muli %v30, %v112 : i64
                  %v1737 = arith.muli %v28, %v111 : i64
                  %v1738 = arith.addi %v1736, %v1737 : i64
                  %v1739 = arith.muli %v1697, %v1 : i64
                  %v1740 = arith.addi %v1738, %v1739 : i64
                  %v1741 = llvm.getelementptr %in_g_im[%v1740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
                  %v1743 = arith.negf %v1742 : f32
                  %v1744 = arith.mulf %v1743, %v121 fastmath<contract> : f32
                  %v1745 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1744) : (f32) -> f32
                  %v1746 = arith.addf %v45, %v1745 fastmath<contract> : f32
                  %v1747 = arith.divf %v45, %v1746 : f32
                  %v1748 = arith.muli %v30, %v112 : i64
                  %v1749 = arith.muli %v28, %v111 : i64
                  %v1750 = arith.addi %v1748, %v1749 : i64
                  %v1751 = arith.muli %v1697, %v1 : i64
                  %v1752 = arith.addi %v1750, %v1751 : i64
                  %v1753 = llvm.getelementptr %dy_y_im[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
                  %v1755 = arith.mulf %v1747, %v1754 fastmath<contract> : f32
                  %v1756 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1757 = arith.mulf %v1756, %v1699 fastmath<contract> : f32
                  %v1758 = arith.addf %v1755, %v1757 fastmath<contract> : f32
                  %v1759 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1760 = arith.mulf %v1759, %v1698 fastmath<contract> : f32
                  %v1761 = arith.addf %v1760, %v1758 fastmath<contract> : f32
                  %v1762 = arith.mulf %v1702, %v1756 fastmath<contract> : f32
                  %v1763 = arith.mulf %v1759, %v1700 fastmath<contract> : f32
                  %v1764 = arith.addf %v1763, %v1762 fastmath<contract> : f32
                  %v1765 = arith.mulf %v1703, %v1756 fastmath<contract> : f32
                  %v1766 = arith.mulf %v1759, %v1701 fastmath<contract> : f32
                  %v1767 = arith.addf %v1766, %v1765 fastmath<contract> : f32
                  llvm.store %v1729, %v36 : f32, !llvm.ptr
                  llvm.store %v1732, %v46 : f32, !llvm.ptr
                  llvm.store %v1735, %v47 : f32, !llvm.ptr
                  llvm.store %v1761, %v37 : f32, !llvm.ptr
                  llvm.store %v1764, %v48 : f32, !llvm.ptr
                  llvm.store %v1767, %v49 : f32, !llvm.ptr
                  scf.if %v1696 {
                  }
                  %v1768 = arith.muli %v28, %v1 : i64
                  %v1769 = llvm.getelementptr %in_gamma[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
                  %v1771 = arith.subf %v45, %v1770 fastmath<contract> : f32
                  %v1772 = arith.muli %v30, %v112 : i64
                  %v1773 = arith.muli %v28, %v111 : i64
                  %v1774 = arith.addi %v1772, %v1773 : i64
                  %v1775 = arith.muli %v1697, %v1 : i64
                  %v1776 = arith.addi %v1774, %v1775 : i64
                  %v1777 = llvm.getelementptr %in_f[%v1776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1778 = llvm.load %v1777 : !llvm.ptr -> f32
                  %v1779 = arith.negf %v1778 : f32
                  %v1780 = arith.mulf %v1779, %v121 fastmath<contract> : f32
                  %v1781 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1780) : (f32) -> f32
                  %v1782 = arith.addf %v45, %v1781 fastmath<contract> : f32
                  %v1783 = arith.divf %v45, %v1782 : f32
                  %v1784 = arith.mulf %v1771, %v1783 fastmath<contract> : f32
                  %v1785 = arith.addf %v1770, %v1784 fastmath<contract> : f32
                  %v1786 = arith.muli %v28, %v1 : i64
                  %v1787 = llvm.getelementptr %in_theta[%v1786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1788 = llvm.load %v1787 : !llvm.ptr -> f32
                  %v1789 = arith.mulf %v1788, %v199 fastmath<contract> : f32
                  %v1790 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1789) : (f32) -> f32
                  %v1791 = arith.mulf %v1790, %v202 fastmath<contract> : f32
                  %v1792 = arith.subf %v1788, %v1791 fastmath<contract> : f32
                  %v1793 = arith.mulf %v1790, %v203 fastmath<contract> : f32
                  %v1794 = arith.subf %v1792, %v1793 fastmath<contract> : f32
                  %v1795 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1794) : (f32) -> f32
                  %v1796 = arith.mulf %v1785, %v1795 fastmath<contract> : f32
                  llvm.store %v1796, %v38 : f32, !llvm.ptr
                  %v1797 = arith.mulf %v1788, %v199 fastmath<contract> : f32
                  %v1798 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1797) : (f32) -> f32
                  %v1799 = arith.mulf %v1798, %v202 fastmath<contract> : f32
                  %v1800 = arith.subf %v1788, %v1799 fastmath<contract> : f32
                  %v1801 = arith.mulf %v1798, %v203 fastmath<contract> : f32
                  %v1802 = arith.subf %v1800, %v1801 fastmath<contract> : f32
                  %v1803 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1802) : (f32) -> f32
                  %v1804 = arith.mulf %v1785, %v1803 fastmath<contract> : f32
                  llvm.store %v1804, %v40 : f32, !llvm.ptr
                  llvm.store %v1796, %v39 : f32, !llvm.ptr
                  %v1805 = arith.negf %v1804 : f32
                  llvm.store %v1805, %v41 : f32, !llvm.ptr
                }
                %v1806 = arith.addi %v87, %v50 : i64
                %v1807 = arith.cmpi slt, %v902, %v1016 : i32
                %v1808 = arith.cmpi eq, %v902, %v1021 : i32
                scf.if %v1807 {
                  %v1809 = arith.addi %v69, %v1806 : i64
                  %v1810 = llvm.load %v36 : !llvm.ptr -> f32
                  %v1811 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1812 = llvm.load %v46 : !llvm.ptr -> f32
                  %v1813 = llvm.load %v47 : !llvm.ptr -> f32
                  %v1814 = llvm.load %v48 : !llvm.ptr -> f32
                  %v1815 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1816 = arith.muli %v30, %v112 : i64
                  %v1817 = arith.muli %v28, %v111 : i64
                  %v1818 = arith.addi %v1816, %v1817 : i64
                  %v1819 = arith.muli %v1809, %v1 : i64
                  %v1820 = arith.addi %v1818, %v1819 : i64
                  %v1821 = llvm.getelementptr %in_g_re[%v1820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1822 = llvm.load %v1821 : !llvm.ptr -> f32
                  %v1823 = arith.negf %v1822 : f32
                  %v1824 = arith.mulf %v1823, %v121 fastmath<contract> : f32
                  %v1825 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1824) : (f32) -> f32
                  %v1826 = arith.addf %v45, %v1825 fastmath<contract> : f32
                  %v1827 = arith.divf %v45, %v1826 : f32
                  %v1828 = arith.muli %v30, %v112 : i64
                  %v1829 = arith.muli %v28, %v111 : i64
                  %v1830 = arith.addi %v1828, %v1829 : i64
                  %v1831 = arith.muli %v1809, %v1 : i64
                  %v1832 = arith.addi %v1830, %v1831 : i64
                  %v1833 = llvm.getelementptr %dy_y_re[%v1832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1834 = llvm.load %v1833 : !llvm.ptr -> f32
                  %v1835 = arith.mulf %v1827, %v1834 fastmath<contract> : f32
                  %v1836 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1837 = arith.mulf %v1836, %v1810 fastmath<contract> : f32
                  %v1838 = arith.addf %v1835, %v1837 fastmath<contract> : f32
                  %v1839 = llvm.load %v40 : !llvm.ptr -> f32
                  %v1840 = arith.mulf %v1839, %v1811 fastmath<contract> : f32
                  %v1841 = arith.addf %v1840, %v1838 fastmath<contract> : f32
                  %v1842 = arith.mulf %v1812, %v1836 fastmath<contract> : f32
                  %v1843 = arith.mulf %v1839, %v1814 fastmath<contract> : f32
                  %v1844 = arith.addf %v1843, %v1842 fastmath<contract> : f32
                  %v1845 = arith.mulf %v1813, %v1836 fastmath<contract> : f32
                  %v1846 = arith.mulf %v1839, %v1815 fastmath<contract> : f32
                  %v1847 = arith.addf %v1846, %v1845 fastmath<contract> : f32
                  %v1848 = arith.muli %v30, %v112 : i64
                  %v1849 = arith.muli %v28, %v111 : i64
                  %v1850 = arith.addi %v1848, %v1849 : i64
                  %v1851 = arith.muli %v1809, %v1 : i64
                  %v1852 = arith.addi %v1850, %v1851 : i64
                  %v1853 = llvm.getelementptr %in_g_im[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
                  %v1855 = arith.negf %v1854 : f32
                  %v1856 = arith.mulf %v1855, %v121 fastmath<contract> : f32
                  %v1857 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1856) : (f32) -> f32
                  %v1858 = arith.addf %v45, %v1857 fastmath<contract> : f32
                  %v1859 = arith.divf %v45, %v1858 : f32
                  %v1860 = arith.muli %v30, %v112 : i64
                  %v1861 = arith.muli %v28, %v111 : i64
                  %v1862 = arith.addi %v1860, %v1861 : i64
                  %v1863 = arith.muli %v1809, %v1 : i64
                  %v1864 = arith.addi %v1862, %v1863 : i64
                  %v1865 = llvm.getelementptr %dy_y_im[%v1864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1866 = llvm.load %v1865 : !llvm.ptr -> f32
                  %v1867 = arith.mulf %v1859, %v1866 fastmath<contract> : f32
                  %v1868 = llvm.load %v39 : !llvm.ptr -> f32
                  %v1869 = arith.mulf %v1868, %v1811 fastmath<contract> : f32
                  %v1870 = arith.addf %v1867, %v1869 fastmath<contract> : f32
                  %v1871 = llvm.load %v41 : !llvm.ptr -> f32
                  %v1872 = arith.mulf %v1871, %v1810 fastmath<contract> : f32
                  %v1873 = arith.addf %v1872, %v1870 fastmath<contract> : f32
                  %v1874 = arith.mulf %v1814, %v1868 fastmath<contract> : f32
                  %v1875 = arith.mulf %v1871, %v1812 fastmath<contract> : f32
                  %v1876 = arith.addf %v1875, %v1874 fastmath<contract> : f32
                  %v1877 = arith.mulf %v1815, %v1868 fastmath<contract> : f32
                  %v1878 = arith.mulf %v1871, %v1813 fastmath<contract> : f32
                  %v1879 = arith.addf %v1878, %v1877 fastmath<contract> : f32
                  llvm.store %v1841, %v36 : f32, !llvm.ptr
                  llvm.store %v1844, %v46 : f32, !llvm.ptr
                  llvm.store %v1847, %v47 : f32, !llvm.ptr
                  llvm.store %v1873, %v37 : f32, !llvm.ptr
                  llvm.store %v1876, %v48 : f32, !llvm.ptr
                  llvm.store %v1879, %v49 : f32, !llvm.ptr
                  scf.if %v1808 {
                  }
                  %v1880 = arith.muli %v28, %v1 : i64
                  %v1881 = llvm.getelementptr %in_gamma[%v1880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1882 = llvm.load %v1881 : !llvm.ptr -> f32
                  %v1883 = arith.subf %v45, %v1882 fastmath<contract> : f32
                  %v1884 = arith.muli %v30, %v112 : i64
                  %v1885 = arith.muli %v28, %v111 : i64
                  %v1886 = arith.addi %v1884, %v1885 : i64
                  %v1887 = arith.muli %v1809, %v1 : i64
                  %v1888 = arith.addi %v1886, %v1887 : i64
                  %v1889 = llvm.getelementptr %in_f[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
                  %v1891 = arith.negf %v1890 : f32
                  %v1892 = arith.mulf %v1891, %v121 fastmath<contract> : f32
                  %v1893 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1892) : (f32) -> f32
                  %v1894 = arith.addf %v45, %v1893 fastmath<contract> : f32
                  %v1895 = arith.divf %v45, %v1894 : f32
                  %v1896 = arith.mulf %v1883, %v1895 fastmath<contract> : f32
                  %v1897 = arith.addf %v1882, %v1896 fastmath<contract> : f32
                  %v1898 = arith.muli %v28, %v1 : i64
                  %v1899 = llvm.getelementptr %in_theta[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1900 = llvm.load %v1899 : !llvm.ptr -> f32
                  %v1901 = arith.mulf %v1900, %v199 fastmath<contract> : f32
                  %v1902 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1901) : (f32) -> f32
                  %v1903 = arith.mulf %v1902, %v202 fastmath<contract> : f32
                  %v1904 = arith.subf %v1900, %v1903 fastmath<contract> : f32
                  %v1905 = arith.mulf %v1902, %v203 fastmath<contract> : f32
                  %v1906 = arith.subf %v1904, %v1905 fastmath<contract> : f32
                  %v1907 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v1906) : (f32) -> f32
                  %v1908 = arith.mulf %v1897, %v1907 fastmath<contract> : f32
                  llvm.store %v1908, %v38 : f32, !llvm.ptr
                  %v1909 = arith.mulf %v1900, %v199 fastmath<contract> : f32
                  %v1910 = llvm.call_intrinsic "llvm.roundeven.f32"(%v1909) : (f32) -> f32
                  %v1911 = arith.mulf %v1910, %v202 fastmath<contract> : f32
                  %v1912 = arith.subf %v1900, %v1911 fastmath<contract> : f32
                  %v1913 = arith.mulf %v1910, %v203 fastmath<contract> : f32
                  %v1914 = arith.subf %v1912, %v1913 fastmath<contract> : f32
                  %v1915 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v1914) : (f32) -> f32
                  %v1916 = arith.mulf %v1897, %v1915 fastmath<contract> : f32
                  llvm.store %v1916, %v40 : f32, !llvm.ptr
                  llvm.store %v1908, %v39 : f32, !llvm.ptr
                  %v1917 = arith.negf %v1916 : f32
                  llvm.store %v1917, %v41 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v25 {
        %v1918 = llvm.load %v36 : !llvm.ptr -> f32
        %v1919 = arith.muli %v50, %v7 : i64
        %v1920 = arith.addi %v1919, %v21 : i64
        %v1921 = arith.muli %v1920, %v1 : i64
        %v1922 = arith.addi %v1921, %v50 : i64
        %v1923 = arith.muli %v1922, %v3 : i64
        %v1924 = arith.subi %v3, %v1 : i64
        %v1925 = arith.minsi %v24, %v1924 : i64
        %v1926 = arith.addi %v1923, %v1925 : i64
        %v1927 = llvm.getelementptr %segsum_h_re[%v1926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1918, %v1927 : f32, !llvm.ptr
        %v1928 = llvm.load %v46 : !llvm.ptr -> f32
        %v1929 = arith.muli %v1, %v7 : i64
        %v1930 = arith.addi %v1929, %v21 : i64
        %v1931 = arith.muli %v1930, %v1 : i64
        %v1932 = arith.addi %v1931, %v50 : i64
        %v1933 = arith.muli %v1932, %v3 : i64
        %v1934 = arith.subi %v3, %v1 : i64
        %v1935 = arith.minsi %v24, %v1934 : i64
        %v1936 = arith.addi %v1933, %v1935 : i64
        %v1937 = llvm.getelementptr %segsum_h_re[%v1936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1928, %v1937 : f32, !llvm.ptr
        %v1938 = llvm.load %v47 : !llvm.ptr -> f32
        %v1939 = arith.muli %v674, %v7 : i64
        %v1940 = arith.addi %v1939, %v21 : i64
        %v1941 = arith.muli %v1940, %v1 : i64
        %v1942 = arith.addi %v1941, %v50 : i64
        %v1943 = arith.muli %v1942, %v3 : i64
        %v1944 = arith.subi %v3, %v1 : i64
        %v1945 = arith.minsi %v24, %v1944 : i64
        %v1946 = arith.addi %v1943, %v1945 : i64
        %v1947 = llvm.getelementptr %segsum_h_re[%v1946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1938, %v1947 : f32, !llvm.ptr
        %v1948 = llvm.load %v38 : !llvm.ptr -> f32
        %v1949 = arith.muli %v560, %v7 : i64
        %v1950 = arith.addi %v1949, %v21 : i64
        %v1951 = arith.muli %v1950, %v1 : i64
        %v1952 = arith.addi %v1951, %v50 : i64
        %v1953 = arith.muli %v1952, %v3 : i64
        %v1954 = arith.subi %v3, %v1 : i64
        %v1955 = arith.minsi %v24, %v1954 : i64
        %v1956 = arith.addi %v1953, %v1955 : i64
        %v1957 = llvm.getelementptr %segsum_h_re[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1948, %v1957 : f32, !llvm.ptr
        %v1958 = llvm.load %v40 : !llvm.ptr -> f32
        %v1959 = arith.muli %v32, %v7 : i64
        %v1960 = arith.addi %v1959, %v21 : i64
        %v1961 = arith.muli %v1960, %v1 : i64
        %v1962 = arith.addi %v1961, %v50 : i64
        %v1963 = arith.muli %v1962, %v3 : i64
        %v1964 = arith.subi %v3, %v1 : i64
        %v1965 = arith.minsi %v24, %v1964 : i64
        %v1966 = arith.addi %v1963, %v1965 : i64
        %v1967 = llvm.getelementptr %segsum_h_re[%v1966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1958, %v1967 : f32, !llvm.ptr
        %v1968 = llvm.load %v37 : !llvm.ptr -> f32
        %v1969 = arith.muli %v50, %v7 : i64
        %v1970 = arith.addi %v1969, %v21 : i64
        %v1971 = arith.muli %v1970, %v1 : i64
        %v1972 = arith.addi %v1971, %v50 : i64
        %v1973 = arith.muli %v1972, %v3 : i64
        %v1974 = arith.subi %v3, %v1 : i64
        %v1975 = arith.minsi %v24, %v1974 : i64
        %v1976 = arith.addi %v1973, %v1975 : i64
        %v1977 = llvm.getelementptr %segsum_h_im[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1968, %v1977 : f32, !llvm.ptr
        %v1978 = llvm.load %v48 : !llvm.ptr -> f32
        %v1979 = arith.muli %v1, %v7 : i64
        %v1980 = arith.addi %v1979, %v21 : i64
        %v1981 = arith.muli %v1980, %v1 : i64
        %v1982 = arith.addi %v1981, %v50 : i64
        %v1983 = arith.muli %v1982, %v3 : i64
        %v1984 = arith.subi %v3, %v1 : i64
        %v1985 = arith.minsi %v24, %v1984 : i64
        %v1986 = arith.addi %v1983, %v1985 : i64
        %v1987 = llvm.getelementptr %segsum_h_im[%v1986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1978, %v1987 : f32, !llvm.ptr
        %v1988 = llvm.load %v49 : !llvm.ptr -> f32
        %v1989 = arith.muli %v674, %v7 : i64
        %v1990 = arith.addi %v1989, %v21 : i64
        %v1991 = arith.muli %v1990, %v1 : i64
        %v1992 = arith.addi %v1991, %v50 : i64
        %v1993 = arith.muli %v1992, %v3 : i64
        %v1994 = arith.subi %v3, %v1 : i64
        %v1995 = arith.minsi %v24, %v1994 : i64
        %v1996 = arith.addi %v1993, %v1995 : i64
        %v1997 = llvm.getelementptr %segsum_h_im[%v1996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1988, %v1997 : f32, !llvm.ptr
        %v1998 = llvm.load %v41 : !llvm.ptr -> f32
        %v1999 = arith.muli %v560, %v7 : i64
        %v2000 = arith.addi %v1999, %v21 : i64
        %v2001 = arith.muli %v2000, %v1 : i64
        %v2002 = arith.addi %v2001, %v50 : i64
        %v2003 = arith.muli %v2002, %v3 : i64
        %v2004 = arith.subi %v3, %v1 : i64
        %v2005 = arith.minsi %v24, %v2004 : i64
        %v2006 = arith.addi %v2003, %v2005 : i64
        %v2007 = llvm.getelementptr %segsum_h_im[%v2006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1998, %v2007 : f32, !llvm.ptr
        %v2008 = llvm.load %v39 : !llvm.ptr -> f32
        %v2009 = arith.muli %v32, %v7 : i64
        %v2010 = arith.addi %v2009, %v21 : i64
        %v2011 = arith.muli %v2010, %v1 : i64
        %v2012 = arith.addi %v2011, %v50 : i64
        %v2013 = arith.muli %v2012, %v3 : i64
        %v2014 = arith.subi %v3, %v1 : i64
        %v2015 = arith.minsi %v24, %v2014 : i64
        %v2016 = arith.addi %v2013, %v2015 : i64
        %v2017 = llvm.getelementptr %segsum_h_im[%v2016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2008, %v2017 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
