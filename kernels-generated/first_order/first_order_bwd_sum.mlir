module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd_sum(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_T, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v29 = arith.constant 4 : i64
      %v33 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v35 = arith.constant 0x00000000 : f32
      %v36 = arith.constant 0x3F800000 : f32
      %v37 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v38 = arith.constant 0 : i64
      %v40 = arith.constant 64 : i64
      %v41 = arith.constant 8 : i64
      %v42 = arith.constant 7 : i64
      %v83 = arith.constant 2147483647 : i64
      %v87 = arith.constant 7 : i32
      %v91 = arith.muli %v1, %size_T : i64
      %v92 = arith.muli %v91, %size_C : i64
      %v113 = arith.constant 6 : i64
      %v115 = arith.constant 6 : i32
      %v139 = arith.constant 5 : i64
      %v141 = arith.constant 5 : i32
      %v166 = arith.constant 4 : i32
      %v190 = arith.constant 3 : i64
      %v192 = arith.constant 3 : i32
      %v216 = arith.constant 2 : i64
      %v218 = arith.constant 2 : i32
      %v243 = arith.constant 1 : i32
      %v268 = arith.constant 0 : i32
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v15 = arith.subi %v6, %v1 : i64
      %v16 = arith.addi %v3, %v15 : i64
      %v17 = arith.divui %v16, %v6 : i64
      %v18 = arith.divui %v14, %v17 : i64
      %v19 = arith.remui %v14, %v17 : i64
      %v20 = arith.muli %v19, %v6 : i64
      %v21 = arith.addi %v20, %v13 : i64
      %v22 = arith.cmpi slt, %v21, %v3 : i64
      %v23 = arith.subi %v3, %v1 : i64
      %v24 = arith.minsi %v21, %v23 : i64
      %v25 = arith.remui %v24, %size_C : i64
      %v26 = arith.divui %v24, %size_C : i64
      %v27 = arith.remui %v26, %size_B : i64
      %v28 = arith.divui %v26, %size_B : i64
      %v30 = arith.muli %v18, %v29 : i64
      %v31 = arith.addi %v30, %v29 : i64
      %v32 = arith.muli %v18, %v3 : i64
      llvm.store %v35, %v33 : f32, !llvm.ptr
      llvm.store %v36, %v34 : f32, !llvm.ptr
      llvm.store %v36, %v37 : f32, !llvm.ptr
      %v39 = arith.cmpi eq, %size_T, %v38 : i64
      scf.if %v39 {
        llvm.store %v35, %v10 : f32, !llvm.ptr
      }
      %v43 = arith.subi %v40, %v1 : i64
      %v44 = arith.addi %size_T, %v43 : i64
      %v45 = arith.divui %v44, %v40 : i64
      %v46 = arith.minsi %v31, %v45 : i64
      %v47 = arith.muli %v18, %v41 : i64
      %v48 = arith.subi %v46, %v30 : i64
      %v49 = arith.maxsi %v48, %v38 : i64
      %v50 = arith.index_cast %v38 : i64 to index
      %v51 = arith.index_cast %v49 : i64 to index
      %v52 = arith.index_cast %v1 : i64 to index
      scf.for %v53 = %v50 to %v51 step %v52 {
        %v54 = arith.index_cast %v53 : index to i64
        %v55 = arith.subi %v46, %v1 : i64
        %v56 = arith.subi %v55, %v54 : i64
        %v57 = arith.muli %v56, %v40 : i64
        %v58 = arith.subi %size_T, %v57 : i64
        %v59 = arith.minsi %v58, %v40 : i64
        %v60 = arith.addi %v59, %v42 : i64
        %v61 = arith.divui %v60, %v41 : i64
        %v62 = arith.index_cast %v38 : i64 to index
        %v63 = arith.index_cast %v1 : i64 to index
        %v64 = arith.index_cast %v1 : i64 to index
        scf.for %v65 = %v62 to %v63 step %v64 {
          %v66 = arith.index_cast %v65 : index to i64
          %v67 = arith.index_cast %v38 : i64 to index
          %v68 = arith.index_cast %v61 : i64 to index
          %v69 = arith.index_cast %v1 : i64 to index
          scf.for %v70 = %v67 to %v68 step %v69 {
            %v71 = arith.index_cast %v70 : index to i64
            %v72 = arith.cmpi slt, %v71, %v61 : i64
            scf.if %v72 {
              %v73 = arith.subi %v61, %v1 : i64
              %v74 = arith.subi %v73, %v71 : i64
              %v75 = arith.muli %v74, %v41 : i64
              %v76 = arith.addi %v47, %v74 : i64
              %v77 = arith.subi %v59, %v1 : i64
              // the group's states, recomputed into registers
              %v78 = arith.subi %v59, %v75 : i64
              %v79 = arith.trunci %v78 : i64 to i32
              %v80 = arith.subi %size_T, %v1 : i64
              %v81 = arith.addi %v57, %v75 : i64
              %v82 = arith.subi %v80, %v81 : i64
              %v84 = arith.minsi %v82, %v83 : i64
              %v85 = arith.trunci %v84 : i64 to i32
              %v86 = arith.addi %v75, %v42 : i64
              %v88 = arith.cmpi slt, %v87, %v79 : i32
              %v89 = arith.cmpi eq, %v87, %v85 : i32
              scf.if %v88 {
                %v90 = arith.addi %v57, %v86 : i64
                %v93 = arith.muli %v27, %v92 : i64
                %v94 = arith.muli %v25, %v91 : i64
                %v95 = arith.addi %v93, %v94 : i64
                %v96 = arith.muli %v90, %v1 : i64
                %v97 = arith.addi %v95, %v96 : i64
                %v98 = llvm.getelementptr %dy_y[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v99 = llvm.load %v98 : !llvm.ptr -> f32
                %v100 = llvm.load %v33 : !llvm.ptr -> f32
                %v101 = llvm.load %v34 : !llvm.ptr -> f32
                %v102 = arith.mulf %v101, %v100 fastmath<contract> : f32
                %v103 = arith.addf %v99, %v102 fastmath<contract> : f32
                llvm.store %v103, %v33 : f32, !llvm.ptr
                %v104 = llvm.load %v37 : !llvm.ptr -> f32
                %v105 = arith.mulf %v104, %v101 fastmath<contract> : f32
                llvm.store %v105, %v37 : f32, !llvm.ptr
                scf.if %v89 {
                }
                %v106 = arith.muli %v27, %v92 : i64
                %v107 = arith.muli %v25, %v91 : i64
                %v108 = arith.addi %v106, %v107 : i64
                %v109 = arith.muli %v90, %v1 : i64
                %v110 = arith.addi %v108, %v109 : i64
                %v111 = llvm.getelementptr %in_a[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v112 = llvm.load %v111 : !llvm.ptr -> f32
                llvm.store %v112, %v34 : f32, !llvm.ptr
              }
              %v114 = arith.addi %v75, %v113 : i64
              %v116 = arith.cmpi slt, %v115, %v79 : i32
              %v117 = arith.cmpi eq, %v115, %v85 : i32
              scf.if %v116 {
                %v118 = arith.addi %v57, %v114 : i64
                %v119 = arith.muli %v27, %v92 : i64
                %v120 = arith.muli %v25, %v91 : i64
                %v121 = arith.addi %v119, %v120 : i64
                %v122 = arith.muli %v118, %v1 : i64
                %v123 = arith.addi %v121, %v122 : i64
                %v124 = llvm.getelementptr %dy_y[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v125 = llvm.load %v124 : !llvm.ptr -> f32
                %v126 = llvm.load %v33 : !llvm.ptr -> f32
                %v127 = llvm.load %v34 : !llvm.ptr -> f32
                %v128 = arith.mulf %v127, %v126 fastmath<contract> : f32
                %v129 = arith.addf %v125, %v128 fastmath<contract> : f32
                llvm.store %v129, %v33 : f32, !llvm.ptr
                %v130 = llvm.load %v37 : !llvm.ptr -> f32
                %v131 = arith.mulf %v130, %v127 fastmath<contract> : f32
                llvm.store %v131, %v37 : f32, !llvm.ptr
                scf.if %v117 {
                }
                %v132 = arith.muli %v27, %v92 : i64
                %v133 = arith.muli %v25, %v91 : i64
                %v134 = arith.addi %v132, %v133 : i64
                %v135 = arith.muli %v118, %v1 : i64
                %v136 = arith.addi %v134, %v135 : i64
                %v137 = llvm.getelementptr %in_a[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v138 = llvm.load %v137 : !llvm.ptr -> f32
                llvm.store %v138, %v34 : f32, !llvm.ptr
              }
              %v140 = arith.addi %v75, %v139 : i64
              %v142 = arith.cmpi slt, %v141, %v79 : i32
              %v143 = arith.cmpi eq, %v141, %v85 : i32
              scf.if %v142 {
                %v144 = arith.addi %v57, %v140 : i64
                %v145 = arith.muli %v27, %v92 : i64
                %v146 = arith.muli %v25, %v91 : i64
                %v147 = arith.addi %v145, %v146 : i64
                %v148 = arith.muli %v144, %v1 : i64
                %v149 = arith.addi %v147, %v148 : i64
                %v150 = llvm.getelementptr %dy_y[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v151 = llvm.load %v150 : !llvm.ptr -> f32
                %v152 = llvm.load %v33 : !llvm.ptr -> f32
                %v153 = llvm.load %v34 : !llvm.ptr -> f32
                %v154 = arith.mulf %v153, %v152 fastmath<contract> : f32
                %v155 = arith.addf %v151, %v154 fastmath<contract> : f32
                llvm.store %v155, %v33 : f32, !llvm.ptr
                %v156 = llvm.load %v37 : !llvm.ptr -> f32
                %v157 = arith.mulf %v156, %v153 fastmath<contract> : f32
                llvm.store %v157, %v37 : f32, !llvm.ptr
                scf.if %v143 {
                }
                %v158 = arith.muli %v27, %v92 : i64
                %v159 = arith.muli %v25, %v91 : i64
                %v160 = arith.addi %v158, %v159 : i64
                %v161 = arith.muli %v144, %v1 : i64
                %v162 = arith.addi %v160, %v161 : i64
                %v163 = llvm.getelementptr %in_a[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v164 = llvm.load %v163 : !llvm.ptr -> f32
                llvm.store %v164, %v34 : f32, !llvm.ptr
              }
              %v165 = arith.addi %v75, %v29 : i64
              %v167 = arith.cmpi slt, %v166, %v79 : i32
              %v168 = arith.cmpi eq, %v166, %v85 : i32
              scf.if %v167 {
                %v169 = arith.addi %v57, %v165 : i64
                %v170 = arith.muli %v27, %v92 : i64
                %v171 = arith.muli %v25, %v91 : i64
                %v172 = arith.addi %v170, %v171 : i64
                %v173 = arith.muli %v169, %v1 : i64
                %v174 = arith.addi %v172, %v173 : i64
                %v175 = llvm.getelementptr %dy_y[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v176 = llvm.load %v175 : !llvm.ptr -> f32
                %v177 = llvm.load %v33 : !llvm.ptr -> f32
                %v178 = llvm.load %v34 : !llvm.ptr -> f32
                %v179 = arith.mulf %v178, %v177 fastmath<contract> : f32
                %v180 = arith.addf %v176, %v179 fastmath<contract> : f32
                llvm.store %v180, %v33 : f32, !llvm.ptr
                %v181 = llvm.load %v37 : !llvm.ptr -> f32
                %v182 = arith.mulf %v181, %v178 fastmath<contract> : f32
                llvm.store %v182, %v37 : f32, !llvm.ptr
                scf.if %v168 {
                }
                %v183 = arith.muli %v27, %v92 : i64
                %v184 = arith.muli %v25, %v91 : i64
                %v185 = arith.addi %v183, %v184 : i64
                %v186 = arith.muli %v169, %v1 : i64
                %v187 = arith.addi %v185, %v186 : i64
                %v188 = llvm.getelementptr %in_a[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v189 = llvm.load %v188 : !llvm.ptr -> f32
                llvm.store %v189, %v34 : f32, !llvm.ptr
              }
              %v191 = arith.addi %v75, %v190 : i64
              %v193 = arith.cmpi slt, %v192, %v79 : i32
              %v194 = arith.cmpi eq, %v192, %v85 : i32
              scf.if %v193 {
                %v195 = arith.addi %v57, %v191 : i64
                %v196 = arith.muli %v27, %v92 : i64
                %v197 = arith.muli %v25, %v91 : i64
                %v198 = arith.addi %v196, %v197 : i64
                %v199 = arith.muli %v195, %v1 : i64
                %v200 = arith.addi %v198, %v199 : i64
                %v201 = llvm.getelementptr %dy_y[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v202 = llvm.load %v201 : !llvm.ptr -> f32
                %v203 = llvm.load %v33 : !llvm.ptr -> f32
                %v204 = llvm.load %v34 : !llvm.ptr -> f32
                %v205 = arith.mulf %v204, %v203 fastmath<contract> : f32
                %v206 = arith.addf %v202, %v205 fastmath<contract> : f32
                llvm.store %v206, %v33 : f32, !llvm.ptr
                %v207 = llvm.load %v37 : !llvm.ptr -> f32
                %v208 = arith.mulf %v207, %v204 fastmath<contract> : f32
                llvm.store %v208, %v37 : f32, !llvm.ptr
                scf.if %v194 {
                }
                %v209 = arith.muli %v27, %v92 : i64
                %v210 = arith.muli %v25, %v91 : i64
                %v211 = arith.addi %v209, %v210 : i64
                %v212 = arith.muli %v195, %v1 : i64
                %v213 = arith.addi %v211, %v212 : i64
                %v214 = llvm.getelementptr %in_a[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v215 = llvm.load %v214 : !llvm.ptr -> f32
                llvm.store %v215, %v34 : f32, !llvm.ptr
              }
              %v217 = arith.addi %v75, %v216 : i64
              %v219 = arith.cmpi slt, %v218, %v79 : i32
              %v220 = arith.cmpi eq, %v218, %v85 : i32
              scf.if %v219 {
                %v221 = arith.addi %v57, %v217 : i64
                %v222 = arith.muli %v27, %v92 : i64
                %v223 = arith.muli %v25, %v91 : i64
                %v224 = arith.addi %v222, %v223 : i64
                %v225 = arith.muli %v221, %v1 : i64
                %v226 = arith.addi %v224, %v225 : i64
                %v227 = llvm.getelementptr %dy_y[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v228 = llvm.load %v227 : !llvm.ptr -> f32
                %v229 = llvm.load %v33 : !llvm.ptr -> f32
                %v230 = llvm.load %v34 : !llvm.ptr -> f32
                %v231 = arith.mulf %v230, %v229 fastmath<contract> : f32
                %v232 = arith.addf %v228, %v231 fastmath<contract> : f32
                llvm.store %v232, %v33 : f32, !llvm.ptr
                %v233 = llvm.load %v37 : !llvm.ptr -> f32
                %v234 = arith.mulf %v233, %v230 fastmath<contract> : f32
                llvm.store %v234, %v37 : f32, !llvm.ptr
                scf.if %v220 {
                }
                %v235 = arith.muli %v27, %v92 : i64
                %v236 = arith.muli %v25, %v91 : i64
                %v237 = arith.addi %v235, %v236 : i64
                %v238 = arith.muli %v221, %v1 : i64
                %v239 = arith.addi %v237, %v238 : i64
                %v240 = llvm.getelementptr %in_a[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v241 = llvm.load %v240 : !llvm.ptr -> f32
                llvm.store %v241, %v34 : f32, !llvm.ptr
              }
              %v242 = arith.addi %v75, %v1 : i64
              %v244 = arith.cmpi slt, %v243, %v79 : i32
              %v245 = arith.cmpi eq, %v243, %v85 : i32
              scf.if %v244 {
                %v246 = arith.addi %v57, %v242 : i64
                %v247 = arith.muli %v27, %v92 : i64
                %v248 = arith.muli %v25, %v91 : i64
                %v249 = arith.addi %v247, %v248 : i64
                %v250 = arith.muli %v246, %v1 : i64
                %v251 = arith.addi %v249, %v250 : i64
                %v252 = llvm.getelementptr %dy_y[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v253 = llvm.load %v252 : !llvm.ptr -> f32
                %v254 = llvm.load %v33 : !llvm.ptr -> f32
                %v255 = llvm.load %v34 : !llvm.ptr -> f32
                %v256 = arith.mulf %v255, %v254 fastmath<contract> : f32
                %v257 = arith.addf %v253, %v256 fastmath<contract> : f32
                llvm.store %v257, %v33 : f32, !llvm.ptr
                %v258 = llvm.load %v37 : !llvm.ptr -> f32
                %v259 = arith.mulf %v258, %v255 fastmath<contract> : f32
                llvm.store %v259, %v37 : f32, !llvm.ptr
                scf.if %v245 {
                }
                %v260 = arith.muli %v27, %v92 : i64
                %v261 = arith.muli %v25, %v91 : i64
                %v262 = arith.addi %v260, %v261 : i64
                %v263 = arith.muli %v246, %v1 : i64
                %v264 = arith.addi %v262, %v263 : i64
                %v265 = llvm.getelementptr %in_a[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v266 = llvm.load %v265 : !llvm.ptr -> f32
                llvm.store %v266, %v34 : f32, !llvm.ptr
              }
              %v267 = arith.addi %v75, %v38 : i64
              %v269 = arith.cmpi slt, %v268, %v79 : i32
              %v270 = arith.cmpi eq, %v268, %v85 : i32
              scf.if %v269 {
                %v271 = arith.addi %v57, %v267 : i64
                %v272 = arith.muli %v27, %v92 : i64
                %v273 = arith.muli %v25, %v91 : i64
                %v274 = arith.addi %v272, %v273 : i64
                %v275 = arith.muli %v271, %v1 : i64
                %v276 = arith.addi %v274, %v275 : i64
                %v277 = llvm.getelementptr %dy_y[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v278 = llvm.load %v277 : !llvm.ptr -> f32
                %v279 = llvm.load %v33 : !llvm.ptr -> f32
                %v280 = llvm.load %v34 : !llvm.ptr -> f32
                %v281 = arith.mulf %v280, %v279 fastmath<contract> : f32
                %v282 = arith.addf %v278, %v281 fastmath<contract> : f32
                llvm.store %v282, %v33 : f32, !llvm.ptr
                %v283 = llvm.load %v37 : !llvm.ptr -> f32
                %v284 = arith.mulf %v283, %v280 fastmath<contract> : f32
                llvm.store %v284, %v37 : f32, !llvm.ptr
                scf.if %v270 {
                }
                %v285 = arith.muli %v27, %v92 : i64
                %v286 = arith.muli %v25, %v91 : i64
                %v287 = arith.addi %v285, %v286 : i64
                %v288 = arith.muli %v271, %v1 : i64
                %v289 = arith.addi %v287, %v288 : i64
                %v290 = llvm.getelementptr %in_a[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v291 = llvm.load %v290 : !llvm.ptr -> f32
                llvm.store %v291, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v22 {
        %v292 = llvm.load %v33 : !llvm.ptr -> f32
        %v293 = arith.muli %v38, %v7 : i64
        %v294 = arith.addi %v293, %v18 : i64
        %v295 = arith.muli %v294, %v1 : i64
        %v296 = arith.addi %v295, %v38 : i64
        %v297 = arith.muli %v296, %v3 : i64
        %v298 = arith.subi %v3, %v1 : i64
        %v299 = arith.minsi %v21, %v298 : i64
        %v300 = arith.addi %v297, %v299 : i64
        %v301 = llvm.getelementptr %segsum_h[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v292, %v301 : f32, !llvm.ptr
        %v302 = llvm.load %v37 : !llvm.ptr -> f32
        %v303 = arith.muli %v1, %v7 : i64
        %v304 = arith.addi %v303, %v18 : i64
        %v305 = arith.muli %v304, %v1 : i64
        %v306 = arith.addi %v305, %v38 : i64
        %v307 = arith.muli %v306, %v3 : i64
        %v308 = arith.subi %v3, %v1 : i64
        %v309 = arith.minsi %v21, %v308 : i64
        %v310 = arith.addi %v307, %v309 : i64
        %v311 = llvm.getelementptr %segsum_h[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v302, %v311 : f32, !llvm.ptr
        %v312 = llvm.load %v34 : !llvm.ptr -> f32
        %v313 = arith.muli %v216, %v7 : i64
        %v314 = arith.addi %v313, %v18 : i64
        %v315 = arith.muli %v314, %v1 : i64
        %v316 = arith.addi %v315, %v38 : i64
        %v317 = arith.muli %v316, %v3 : i64
        %v318 = arith.subi %v3, %v1 : i64
        %v319 = arith.minsi %v21, %v318 : i64
        %v320 = arith.addi %v317, %v319 : i64
        %v321 = llvm.getelementptr %segsum_h[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v312, %v321 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
