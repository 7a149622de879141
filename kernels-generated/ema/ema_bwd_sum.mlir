module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @ema_bwd_sum(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_D : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_L, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 4 : i64
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0x3F800000 : f32
      %v36 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v37 = arith.constant 0 : i64
      %v39 = arith.constant 64 : i64
      %v40 = arith.constant 8 : i64
      %v41 = arith.constant 7 : i64
      %v42 = arith.constant 63 : i64
      %v84 = arith.constant 2147483647 : i64
      %v88 = arith.constant 7 : i32
      %v92 = arith.muli %size_L, %size_D : i64
      %v108 = arith.constant 0x3FB8AA3B : f32
      %v113 = arith.constant 6 : i64
      %v115 = arith.constant 6 : i32
      %v131 = arith.constant 5 : i64
      %v133 = arith.constant 5 : i32
      %v150 = arith.constant 4 : i32
      %v166 = arith.constant 3 : i64
      %v168 = arith.constant 3 : i32
      %v184 = arith.constant 2 : i64
      %v186 = arith.constant 2 : i32
      %v203 = arith.constant 1 : i32
      %v219 = arith.constant 0 : i32
      %v10 = gpu.block_id x
      %v11 = gpu.thread_id x
      %v12 = arith.index_cast %v11 : index to i64
      %v13 = arith.index_cast %v10 : index to i64
      %v14 = arith.addi %v2, %v3 : i64
      %v15 = arith.divui %v14, %v5 : i64
      %v16 = arith.divui %v13, %v15 : i64
      %v17 = arith.remui %v13, %v15 : i64
      %v18 = arith.muli %v17, %v5 : i64
      %v19 = arith.addi %v18, %v12 : i64
      %v20 = arith.cmpi slt, %v19, %v2 : i64
      %v21 = arith.subi %v2, %v1 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_D : i64
      %v24 = arith.divui %v22, %size_D : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v105 = llvm.getelementptr %in_w[%v23] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v106 = llvm.load %v105 : !llvm.ptr -> f32
      %v107 = arith.negf %v106 : f32
      %v109 = arith.mulf %v107, %v108 fastmath<contract> : f32
      %v110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v109) : (f32) -> f32
      %v111 = arith.addf %v35, %v110 fastmath<contract> : f32
      %v112 = arith.divf %v35, %v111 : f32
      %v28 = arith.muli %v16, %v27 : i64
      %v29 = arith.addi %v28, %v27 : i64
      %v30 = arith.muli %v16, %v2 : i64
      llvm.store %v34, %v31 : f32, !llvm.ptr
      llvm.store %v35, %v32 : f32, !llvm.ptr
      llvm.store %v34, %v33 : f32, !llvm.ptr
      llvm.store %v35, %v36 : f32, !llvm.ptr
      %v38 = arith.cmpi eq, %size_L, %v37 : i64
      scf.if %v38 {
        llvm.store %v34, %v9 : f32, !llvm.ptr
      }
      %v43 = arith.addi %size_L, %v42 : i64
      %v44 = arith.divui %v43, %v39 : i64
      %v45 = arith.minsi %v29, %v44 : i64
      %v46 = arith.muli %v16, %v40 : i64
      %v47 = arith.subi %v45, %v28 : i64
      %v48 = arith.maxsi %v47, %v37 : i64
      %v49 = arith.index_cast %v37 : i64 to index
      %v50 = arith.index_cast %v48 : i64 to index
      %v51 = arith.index_cast %v1 : i64 to index
      scf.for %v52 = %v49 to %v50 step %v51 {
        %v53 = arith.index_cast %v52 : index to i64
        %v54 = arith.subi %v45, %v1 : i64
        %v55 = arith.subi %v54, %v53 : i64
        %v56 = arith.muli %v55, %v39 : i64
        %v57 = arith.subi %size_L, %v56 : i64
        %v58 = arith.minsi %v57, %v39 : i64
        %v59 = arith.addi %v58, %v41 : i64
        %v60 = arith.divui %v59, %v40 : i64
        %v61 = arith.index_cast %v37 : i64 to index
        %v62 = arith.index_cast %v1 : i64 to index
        %v63 = arith.index_cast %v1 : i64 to index
        scf.for %v64 = %v61 to %v62 step %v63 {
          %v65 = arith.index_cast %v64 : index to i64
          %v66 = arith.index_cast %v37 : i64 to index
          %v67 = arith.index_cast %v60 : i64 to index
          %v68 = arith.index_cast %v1 : i64 to index
          scf.for %v69 = %v66 to %v67 step %v68 {
            %v70 = arith.index_cast %v69 : index to i64
            %v71 = arith.cmpi slt, %v70, %v60 : i64
            scf.if %v71 {
              %v72 = arith.subi %v60, %v1 : i64
              %v73 = arith.subi %v72, %v70 : i64
              %v74 = arith.muli %v73, %v40 : i64
              %v75 = arith.addi %v46, %v73 : i64
              %v76 = arith.addi %v74, %v40 : i64
              %v77 = arith.cmpi sle, %v76, %v58 : i64
              scf.if %v77 {
                %v78 = arith.subi %v58, %v1 : i64
                // the group's states, recomputed into registers
                %v79 = arith.subi %v58, %v74 : i64
                %v80 = arith.trunci %v79 : i64 to i32
                %v81 = arith.subi %size_L, %v1 : i64
                %v82 = arith.addi %v56, %v74 : i64
                %v83 = arith.subi %v81, %v82 : i64
                %v85 = arith.minsi %v83, %v84 : i64
                %v86 = arith.trunci %v85 : i64 to i32
                %v87 = arith.addi %v74, %v41 : i64
                %v89 = arith.cmpi slt, %v88, %v80 : i32
                %v90 = arith.cmpi eq, %v88, %v86 : i32
                %v91 = arith.addi %v56, %v87 : i64
                %v93 = arith.muli %v25, %v92 : i64
                %v94 = arith.muli %v23, %size_L : i64
                %v95 = arith.addi %v93, %v94 : i64
                %v96 = arith.addi %v95, %v91 : i64
                %v97 = llvm.getelementptr %dy_y[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v98 = llvm.load %v97 : !llvm.ptr -> f32
                %v99 = llvm.load %v31 : !llvm.ptr -> f32
                %v100 = llvm.load %v32 : !llvm.ptr -> f32
                %v101 = arith.mulf %v100, %v99 fastmath<contract> : f32
                %v102 = arith.addf %v98, %v101 fastmath<contract> : f32
                llvm.store %v102, %v31 : f32, !llvm.ptr
                %v103 = llvm.load %v36 : !llvm.ptr -> f32
                %v104 = arith.mulf %v103, %v100 fastmath<contract> : f32
                llvm.store %v104, %v36 : f32, !llvm.ptr
                scf.if %v90 {
                }
                llvm.store %v112, %v32 : f32, !llvm.ptr
                %v114 = arith.addi %v74, %v113 : i64
                %v116 = arith.cmpi slt, %v115, %v80 : i32
                %v117 = arith.cmpi eq, %v115, %v86 : i32
                %v118 = arith.addi %v56, %v114 : i64
                %v119 = arith.muli %v25, %v92 : i64
                %v120 = arith.muli %v23, %size_L : i64
                %v121 = arith.addi %v119, %v120 : i64
                %v122 = arith.addi %v121, %v118 : i64
                %v123 = llvm.getelementptr %dy_y[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v124 = llvm.load %v123 : !llvm.ptr -> f32
                %v125 = llvm.load %v31 : !llvm.ptr -> f32
                %v126 = llvm.load %v32 : !llvm.ptr -> f32
                %v127 = arith.mulf %v126, %v125 fastmath<contract> : f32
                %v128 = arith.addf %v124, %v127 fastmath<contract> : f32
                llvm.store %v128, %v31 : f32, !llvm.ptr
                %v129 = llvm.load %v36 : !llvm.ptr -> f32
                %v130 = arith.mulf %v129, %v126 fastmath<contract> : f32
                llvm.store %v130, %v36 : f32, !llvm.ptr
                scf.if %v117 {
                }
                llvm.store %v112, %v32 : f32, !llvm.ptr
                %v132 = arith.addi %v74, %v131 : i64
                %v134 = arith.cmpi slt, %v133, %v80 : i32
                %v135 = arith.cmpi eq, %v133, %v86 : i32
                %v136 = arith.addi %v56, %v132 : i64
                %v137 = arith.muli %v25, %v92 : i64
                %v138 = arith.muli %v23, %size_L : i64
                %v139 = arith.addi %v137, %v138 : i64
                %v140 = arith.addi %v139, %v136 : i64
                %v141 = llvm.getelementptr %dy_y[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v142 = llvm.load %v141 : !llvm.ptr -> f32
                %v143 = llvm.load %v31 : !llvm.ptr -> f32
                %v144 = llvm.load %v32 : !llvm.ptr -> f32
                %v145 = arith.mulf %v144, %v143 fastmath<contract> : f32
                %v146 = arith.addf %v142, %v145 fastmath<contract> : f32
                llvm.store %v146, %v31 : f32, !llvm.ptr
                %v147 = llvm.load %v36 : !llvm.ptr -> f32
                %v148 = arith.mulf %v147, %v144 fastmath<contract> : f32
                llvm.store %v148, %v36 : f32, !llvm.ptr
                scf.if %v135 {
                }
                llvm.store %v112, %v32 : f32, !llvm.ptr
                %v149 = arith.addi %v74, %v27 : i64
                %v151 = arith.cmpi slt, %v150, %v80 : i32
                %v152 = arith.cmpi eq, %v150, %v86 : i32
                %v153 = arith.addi %v56, %v149 : i64
                %v154 = arith.muli %v25, %v92 : i64
                %v155 = arith.muli %v23, %size_L : i64
                %v156 = arith.addi %v154, %v155 : i64
                %v157 = arith.addi %v156, %v153 : i64
                %v158 = llvm.getelementptr %dy_y[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v159 = llvm.load %v158 : !llvm.ptr -> f32
                %v160 = llvm.load %v31 : !llvm.ptr -> f32
                %v161 = llvm.load %v32 : !llvm.ptr -> f32
                %v162 = arith.mulf %v161, %v160 fastmath<contract> : f32
                %v163 = arith.addf %v159, %v162 fastmath<contract> : f32
                llvm.store %v163, %v31 : f32, !llvm.ptr
                %v164 = llvm.load %v36 : !llvm.ptr -> f32
                %v165 = arith.mulf %v164, %v161 fastmath<contract> : f32
                llvm.store %v165, %v36 : f32, !llvm.ptr
                scf.if %v152 {
                }
                llvm.store %v112, %v32 : f32, !llvm.ptr
                %v167 = arith.addi %v74, %v166 : i64
                %v169 = arith.cmpi slt, %v168, %v80 : i32
                %v170 = arith.cmpi eq, %v168, %v86 : i32
                %v171 = arith.addi %v56, %v167 : i64
                %v172 = arith.muli %v25, %v92 : i64
                %v173 = arith.muli %v23, %size_L : i64
                %v174 = arith.addi %v172, %v173 : i64
                %v175 = arith.addi %v174, %v171 : i64
                %v176 = llvm.getelementptr %dy_y[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v177 = llvm.load %v176 : !llvm.ptr -> f32
                %v178 = llvm.load %v31 : !llvm.ptr -> f32
                %v179 = llvm.load %v32 : !llvm.ptr -> f32
                %v180 = arith.mulf %v179, %v178 fastmath<contract> : f32
                %v181 = arith.addf %v177, %v180 fastmath<contract> : f32
                llvm.store %v181, %v31 : f32, !llvm.ptr
                %v182 = llvm.load %v36 : !llvm.ptr -> f32
                %v183 = arith.mulf %v182, %v179 fastmath<contract> : f32
                llvm.store %v183, %v36 : f32, !llvm.ptr
                scf.if %v170 {
                }
                llvm.store %v112, %v32 : f32, !llvm.ptr
                %v185 = arith.addi %v74, %v184 : i64
                %v187 = arith.cmpi slt, %v186, %v80 : i32
                %v188 = arith.cmpi eq, %v186, %v86 : i32
                %v189 = arith.addi %v56, %v185 : i64
                %v190 = arith.muli %v25, %v92 : i64
                %v191 = arith.muli %v23, %size_L : i64
                %v192 = arith.addi %v190, %v191 : i64
                %v193 = arith.addi %v192, %v189 : i64
                %v194 = llvm.getelementptr %dy_y[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v195 = llvm.load %v194 : !llvm.ptr -> f32
                %v196 = llvm.load %v31 : !llvm.ptr -> f32
                %v197 = llvm.load %v32 : !llvm.ptr -> f32
                %v198 = arith.mulf %v197, %v196 fastmath<contract> : f32
                %v199 = arith.addf %v195, %v198 fastmath<contract> : f32
                llvm.store %v199, %v31 : f32, !llvm.ptr
                %v200 = llvm.load %v36 : !llvm.ptr -> f32
                %v201 = arith.mulf %v200, %v197 fastmath<contract> : f32
                llvm.store %v201, %v36 : f32, !llvm.ptr
                scf.if %v188 {
                }
                llvm.store %v112, %v32 : f32, !llvm.ptr
                %v202 = arith.addi %v74, %v1 : i64
                %v204 = arith.cmpi slt, %v203, %v80 : i32
                %v205 = arith.cmpi eq, %v203, %v86 : i32
                %v206 = arith.addi %v56, %v202 : i64
                %v207 = arith.muli %v25, %v92 : i64
                %v208 = arith.muli %v23, %size_L : i64
                %v209 = arith.addi %v207, %v208 : i64
                %v210 = arith.addi %v209, %v206 : i64
                %v211 = llvm.getelementptr %dy_y[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v212 = llvm.load %v211 : !llvm.ptr -> f32
                %v213 = llvm.load %v31 : !llvm.ptr -> f32
                %v214 = llvm.load %v32 : !llvm.ptr -> f32
                %v215 = arith.mulf %v214, %v213 fastmath<contract> : f32
                %v216 = arith.addf %v212, %v215 fastmath<contract> : f32
                llvm.store %v216, %v31 : f32, !llvm.ptr
                %v217 = llvm.load %v36 : !llvm.ptr -> f32
                %v218 = arith.mulf %v217, %v214 fastmath<contract> : f32
                llvm.store %v218, %v36 : f32, !llvm.ptr
                scf.if %v205 {
                }
                llvm.store %v112, %v32 : f32, !llvm.ptr
                %v220 = arith.cmpi slt, %v219, %v80 : i32
                %v221 = arith.cmpi eq, %v219, %v86 : i32
                %v222 = arith.addi %v56, %v74 : i64
                %v223 = arith.muli %v25, %v92 : i64
                %v224 = arith.muli %v23, %size_L : i64
                %v225 = arith.addi %v223, %v224 : i64
                %v226 = arith.addi %v225, %v222 : i64
                %v227 = llvm.getelementptr %dy_y[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v228 = llvm.load %v227 : !llvm.ptr -> f32
                %v229 = llvm.load %v31 : !llvm.ptr -> f32
                %v230 = llvm.load %v32 : !llvm.ptr -> f32
                %v231 = arith.mulf %v230, %v229 fastmath<contract> : f32
                %v232 = arith.addf %v228, %v231 fastmath<contract> : f32
                llvm.store %v232, %v31 : f32, !llvm.ptr
                %v233 = llvm.load %v36 : !llvm.ptr -> f32
                %v234 = arith.mulf %v233, %v230 fastmath<contract> : f32
                llvm.store %v234, %v36 : f32, !llvm.ptr
                scf.if %v221 {
                }
                llvm.store %v112, %v32 : f32, !llvm.ptr
              } else {
                %v235 = arith.subi %v58, %v1 : i64
                // the group's states, recomputed into registers
                %v236 = arith.subi %v58, %v74 : i64
                %v237 = arith.trunci %v236 : i64 to i32
                %v238 = arith.subi %size_L, %v1 : i64
                %v239 = arith.addi %v56, %v74 : i64
                %v240 = arith.subi %v238, %v239 : i64
                %v241 = arith.minsi %v240, %v84 : i64
                %v242 = arith.trunci %v241 : i64 to i32
                %v243 = arith.addi %v74, %v41 : i64
                %v244 = arith.cmpi slt, %v88, %v237 : i32
                %v245 = arith.cmpi eq, %v88, %v242 : i32
                scf.if %v244 {
                  %v246 = arith.addi %v56, %v243 : i64
                  %v247 = arith.muli %v25, %v92 : i64
                  %v248 = arith.muli %v23, %size_L : i64
                  %v249 = arith.addi %v247, %v248 : i64
                  %v250 = arith.addi %v249, %v246 : i64
                  %v251 = llvm.getelementptr %dy_y[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v252 = llvm.load %v251 : !llvm.ptr -> f32
                  %v253 = llvm.load %v31 : !llvm.ptr -> f32
                  %v254 = llvm.load %v32 : !llvm.ptr -> f32
                  %v255 = arith.mulf %v254, %v253 fastmath<contract> : f32
                  %v256 = arith.addf %v252, %v255 fastmath<contract> : f32
                  llvm.store %v256, %v31 : f32, !llvm.ptr
                  %v257 = llvm.load %v36 : !llvm.ptr -> f32
                  %v258 = arith.mulf %v257, %v254 fastmath<contract> : f32
                  llvm.store %v258, %v36 : f32, !llvm.ptr
                  scf.if %v245 {
                  }
                  llvm.store %v112, %v32 : f32, !llvm.ptr
                }
                %v259 = arith.addi %v74, %v113 : i64
                %v260 = arith.cmpi slt, %v115, %v237 : i32
                %v261 = arith.cmpi eq, %v115, %v242 : i32
                scf.if %v260 {
                  %v262 = arith.addi %v56, %v259 : i64
                  %v263 = arith.muli %v25, %v92 : i64
                  %v264 = arith.muli %v23, %size_L : i64
                  %v265 = arith.addi %v263, %v264 : i64
                  %v266 = arith.addi %v265, %v262 : i64
                  %v267 = llvm.getelementptr %dy_y[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v268 = llvm.load %v267 : !llvm.ptr -> f32
                  %v269 = llvm.load %v31 : !llvm.ptr -> f32
                  %v270 = llvm.load %v32 : !llvm.ptr -> f32
                  %v271 = arith.mulf %v270, %v269 fastmath<contract> : f32
                  %v272 = arith.addf %v268, %v271 fastmath<contract> : f32
                  llvm.store %v272, %v31 : f32, !llvm.ptr
                  %v273 = llvm.load %v36 : !llvm.ptr -> f32
                  %v274 = arith.mulf %v273, %v270 fastmath<contract> : f32
                  llvm.store %v274, %v36 : f32, !llvm.ptr
                  scf.if %v261 {
                  }
                  llvm.store %v112, %v32 : f32, !llvm.ptr
                }
                %v275 = arith.addi %v74, %v131 : i64
                %v276 = arith.cmpi slt, %v133, %v237 : i32
                %v277 = arith.cmpi eq, %v133, %v242 : i32
                scf.if %v276 {
                  %v278 = arith.addi %v56, %v275 : i64
                  %v279 = arith.muli %v25, %v92 : i64
                  %v280 = arith.muli %v23, %size_L : i64
                  %v281 = arith.addi %v279, %v280 : i64
                  %v282 = arith.addi %v281, %v278 : i64
                  %v283 = llvm.getelementptr %dy_y[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v284 = llvm.load %v283 : !llvm.ptr -> f32
                  %v285 = llvm.load %v31 : !llvm.ptr -> f32
                  %v286 = llvm.load %v32 : !llvm.ptr -> f32
                  %v287 = arith.mulf %v286, %v285 fastmath<contract> : f32
                  %v288 = arith.addf %v284, %v287 fastmath<contract> : f32
                  llvm.store %v288, %v31 : f32, !llvm.ptr
                  %v289 = llvm.load %v36 : !llvm.ptr -> f32
                  %v290 = arith.mulf %v289, %v286 fastmath<contract> : f32
                  llvm.store %v290, %v36 : f32, !llvm.ptr
                  scf.if %v277 {
                  }
                  llvm.store %v112, %v32 : f32, !llvm.ptr
                }
                %v291 = arith.addi %v74, %v27 : i64
                %v292 = arith.cmpi slt, %v150, %v237 : i32
                %v293 = arith.cmpi eq, %v150, %v242 : i32
                scf.if %v292 {
                  %v294 = arith.addi %v56, %v291 : i64
                  %v295 = arith.muli %v25, %v92 : i64
                  %v296 = arith.muli %v23, %size_L : i64
                  %v297 = arith.addi %v295, %v296 : i64
                  %v298 = arith.addi %v297, %v294 : i64
                  %v299 = llvm.getelementptr %dy_y[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v300 = llvm.load %v299 : !llvm.ptr -> f32
                  %v301 = llvm.load %v31 : !llvm.ptr -> f32
                  %v302 = llvm.load %v32 : !llvm.ptr -> f32
                  %v303 = arith.mulf %v302, %v301 fastmath<contract> : f32
                  %v304 = arith.addf %v300, %v303 fastmath<contract> : f32
                  llvm.store %v304, %v31 : f32, !llvm.ptr
                  %v305 = llvm.load %v36 : !llvm.ptr -> f32
                  %v306 = arith.mulf %v305, %v302 fastmath<contract> : f32
                  llvm.store %v306, %v36 : f32, !llvm.ptr
                  scf.if %v293 {
                  }
                  llvm.store %v112, %v32 : f32, !llvm.ptr
                }
                %v307 = arith.addi %v74, %v166 : i64
                %v308 = arith.cmpi slt, %v168, %v237 : i32
                %v309 = arith.cmpi eq, %v168, %v242 : i32
                scf.if %v308 {
                  %v310 = arith.addi %v56, %v307 : i64
                  %v311 = arith.muli %v25, %v92 : i64
                  %v312 = arith.muli %v23, %size_L : i64
                  %v313 = arith.addi %v311, %v312 : i64
                  %v314 = arith.addi %v313, %v310 : i64
                  %v315 = llvm.getelementptr %dy_y[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v316 = llvm.load %v315 : !llvm.ptr -> f32
                  %v317 = llvm.load %v31 : !llvm.ptr -> f32
                  %v318 = llvm.load %v32 : !llvm.ptr -> f32
                  %v319 = arith.mulf %v318, %v317 fastmath<contract> : f32
                  %v320 = arith.addf %v316, %v319 fastmath<contract> : f32
                  llvm.store %v320, %v31 : f32, !llvm.ptr
                  %v321 = llvm.load %v36 : !llvm.ptr -> f32
                  %v322 = arith.mulf %v321, %v318 fastmath<contract> : f32
                  llvm.store %v322, %v36 : f32, !llvm.ptr
                  scf.if %v309 {
                  }
                  llvm.store %v112, %v32 : f32, !llvm.ptr
                }
                %v323 = arith.addi %v74, %v184 : i64
                %v324 = arith.cmpi slt, %v186, %v237 : i32
                %v325 = arith.cmpi eq, %v186, %v242 : i32
                scf.if %v324 {
                  %v326 = arith.addi %v56, %v323 : i64
                  %v327 = arith.muli %v25, %v92 : i64
                  %v328 = arith.muli %v23, %size_L : i64
                  %v329 = arith.addi %v327, %v328 : i64
                  %v330 = arith.addi %v329, %v326 : i64
                  %v331 = llvm.getelementptr %dy_y[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v332 = llvm.load %v331 : !llvm.ptr -> f32
                  %v333 = llvm.load %v31 : !llvm.ptr -> f32
                  %v334 = llvm.load %v32 : !llvm.ptr -> f32
                  %v335 = arith.mulf %v334, %v333 fastmath<contract> : f32
                  %v336 = arith.addf %v332, %v335 fastmath<contract> : f32
                  llvm.store %v336, %v31 : f32, !llvm.ptr
                  %v337 = llvm.load %v36 : !llvm.ptr -> f32
                  %v338 = arith.mulf %v337, %v334 fastmath<contract> : f32
                  llvm.store %v338, %v36 : f32, !llvm.ptr
                  scf.if %v325 {
                  }
                  llvm.store %v112, %v32 : f32, !llvm.ptr
                }
                %v339 = arith.addi %v74, %v1 : i64
                %v340 = arith.cmpi slt, %v203, %v237 : i32
                %v341 = arith.cmpi eq, %v203, %v242 : i32
                scf.if %v340 {
                  %v342 = arith.addi %v56, %v339 : i64
                  %v343 = arith.muli %v25, %v92 : i64
                  %v344 = arith.muli %v23, %size_L : i64
                  %v345 = arith.addi %v343, %v344 : i64
                  %v346 = arith.addi %v345, %v342 : i64
                  %v347 = llvm.getelementptr %dy_y[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v348 = llvm.load %v347 : !llvm.ptr -> f32
                  %v349 = llvm.load %v31 : !llvm.ptr -> f32
                  %v350 = llvm.load %v32 : !llvm.ptr -> f32
                  %v351 = arith.mulf %v350, %v349 fastmath<contract> : f32
                  %v352 = arith.addf %v348, %v351 fastmath<contract> : f32
                  llvm.store %v352, %v31 : f32, !llvm.ptr
                  %v353 = llvm.load %v36 : !llvm.ptr -> f32
                  %v354 = arith.mulf %v353, %v350 fastmath<contract> : f32
                  llvm.store %v354, %v36 : f32, !llvm.ptr
                  scf.if %v341 {
                  }
                  llvm.store %v112, %v32 : f32, !llvm.ptr
                }
                %v355 = arith.cmpi slt, %v219, %v237 : i32
                %v356 = arith.cmpi eq, %v219, %v242 : i32
                scf.if %v355 {
                  %v357 = arith.addi %v56, %v74 : i64
                  %v358 = arith.muli %v25, %v92 : i64
                  %v359 = arith.muli %v23, %size_L : i64
                  %v360 = arith.addi %v358, %v359 : i64
                  %v361 = arith.addi %v360, %v357 : i64
                  %v362 = llvm.getelementptr %dy_y[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v363 = llvm.load %v362 : !llvm.ptr -> f32
                  %v364 = llvm.load %v31 : !llvm.ptr -> f32
                  %v365 = llvm.load %v32 : !llvm.ptr -> f32
                  %v366 = arith.mulf %v365, %v364 fastmath<contract> : f32
                  %v367 = arith.addf %v363, %v366 fastmath<contract> : f32
                  llvm.store %v367, %v31 : f32, !llvm.ptr
                  %v368 = llvm.load %v36 : !llvm.ptr -> f32
                  %v369 = arith.mulf %v368, %v365 fastmath<contract> : f32
                  llvm.store %v369, %v36 : f32, !llvm.ptr
                  scf.if %v356 {
                  }
                  llvm.store %v112, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v20 {
        %v370 = llvm.load %v31 : !llvm.ptr -> f32
        %v371 = arith.muli %v16, %v2 : i64
        %v372 = arith.subi %v2, %v1 : i64
        %v373 = arith.minsi %v19, %v372 : i64
        %v374 = arith.addi %v371, %v373 : i64
        %v375 = llvm.getelementptr %segsum_h[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v370, %v375 : f32, !llvm.ptr
        %v376 = llvm.load %v36 : !llvm.ptr -> f32
        %v377 = arith.addi %v6, %v16 : i64
        %v378 = arith.muli %v377, %v2 : i64
        %v379 = arith.subi %v2, %v1 : i64
        %v380 = arith.minsi %v19, %v379 : i64
        %v381 = arith.addi %v378, %v380 : i64
        %v382 = llvm.getelementptr %segsum_h[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v376, %v382 : f32, !llvm.ptr
        %v383 = llvm.load %v32 : !llvm.ptr -> f32
        %v384 = arith.muli %v184, %v6 : i64
        %v385 = arith.addi %v384, %v16 : i64
        %v386 = arith.muli %v385, %v2 : i64
        %v387 = arith.subi %v2, %v1 : i64
        %v388 = arith.minsi %v19, %v387 : i64
        %v389 = arith.addi %v386, %v388 : i64
        %v390 = llvm.getelementptr %segsum_h[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v383, %v390 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
