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
      %v85 = arith.constant 2147483647 : i64
      %v89 = arith.constant 7 : i32
      %v93 = arith.muli %v1, %size_T : i64
      %v94 = arith.muli %v93, %size_C : i64
      %v115 = arith.constant 6 : i64
      %v117 = arith.constant 6 : i32
      %v141 = arith.constant 5 : i64
      %v143 = arith.constant 5 : i32
      %v168 = arith.constant 4 : i32
      %v192 = arith.constant 3 : i64
      %v194 = arith.constant 3 : i32
      %v218 = arith.constant 2 : i64
      %v220 = arith.constant 2 : i32
      %v245 = arith.constant 1 : i32
      %v270 = arith.constant 0 : i32
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
              %v77 = arith.addi %v75, %v41 : i64
              %v78 = arith.cmpi sle, %v77, %v59 : i64
              scf.if %v78 {
                %v79 = arith.subi %v59, %v1 : i64
                // the group's states, recomputed into registers
                %v80 = arith.subi %v59, %v75 : i64
                %v81 = arith.trunci %v80 : i64 to i32
                %v82 = arith.subi %size_T, %v1 : i64
                %v83 = arith.addi %v57, %v75 : i64
                %v84 = arith.subi %v82, %v83 : i64
                %v86 = arith.minsi %v84, %v85 : i64
                %v87 = arith.trunci %v86 : i64 to i32
                %v88 = arith.addi %v75, %v42 : i64
                %v90 = arith.cmpi slt, %v89, %v81 : i32
                %v91 = arith.cmpi eq, %v89, %v87 : i32
                %v92 = arith.addi %v57, %v88 : i64
                %v95 = arith.muli %v27, %v94 : i64
                %v96 = arith.muli %v25, %v93 : i64
                %v97 = arith.addi %v95, %v96 : i64
                %v98 = arith.muli %v92, %v1 : i64
                %v99 = arith.addi %v97, %v98 : i64
                %v100 = llvm.getelementptr %dy_y[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v101 = llvm.load %v100 : !llvm.ptr -> f32
                %v102 = llvm.load %v33 : !llvm.ptr -> f32
                %v103 = llvm.load %v34 : !llvm.ptr -> f32
                %v104 = arith.mulf %v103, %v102 fastmath<contract> : f32
                %v105 = arith.addf %v101, %v104 fastmath<contract> : f32
                llvm.store %v105, %v33 : f32, !llvm.ptr
                %v106 = llvm.load %v37 : !llvm.ptr -> f32
                %v107 = arith.mulf %v106, %v103 fastmath<contract> : f32
                llvm.store %v107, %v37 : f32, !llvm.ptr
                scf.if %v91 {
                }
                %v108 = arith.muli %v27, %v94 : i64
                %v109 = arith.muli %v25, %v93 : i64
                %v110 = arith.addi %v108, %v109 : i64
                %v111 = arith.muli %v92, %v1 : i64
                %v112 = arith.addi %v110, %v111 : i64
                %v113 = llvm.getelementptr %in_a[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v114 = llvm.load %v113 : !llvm.ptr -> f32
                llvm.store %v114, %v34 : f32, !llvm.ptr
                %v116 = arith.addi %v75, %v115 : i64
                %v118 = arith.cmpi slt, %v117, %v81 : i32
                %v119 = arith.cmpi eq, %v117, %v87 : i32
                %v120 = arith.addi %v57, %v116 : i64
                %v121 = arith.muli %v27, %v94 : i64
                %v122 = arith.muli %v25, %v93 : i64
                %v123 = arith.addi %v121, %v122 : i64
                %v124 = arith.muli %v120, %v1 : i64
                %v125 = arith.addi %v123, %v124 : i64
                %v126 = llvm.getelementptr %dy_y[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v127 = llvm.load %v126 : !llvm.ptr -> f32
                %v128 = llvm.load %v33 : !llvm.ptr -> f32
                %v129 = llvm.load %v34 : !llvm.ptr -> f32
                %v130 = arith.mulf %v129, %v128 fastmath<contract> : f32
                %v131 = arith.addf %v127, %v130 fastmath<contract> : f32
                llvm.store %v131, %v33 : f32, !llvm.ptr
                %v132 = llvm.load %v37 : !llvm.ptr -> f32
                %v133 = arith.mulf %v132, %v129 fastmath<contract> : f32
                llvm.store %v133, %v37 : f32, !llvm.ptr
                scf.if %v119 {
                }
                %v134 = arith.muli %v27, %v94 : i64
                %v135 = arith.muli %v25, %v93 : i64
                %v136 = arith.addi %v134, %v135 : i64
                %v137 = arith.muli %v120, %v1 : i64
                %v138 = arith.addi %v136, %v137 : i64
                %v139 = llvm.getelementptr %in_a[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v140 = llvm.load %v139 : !llvm.ptr -> f32
                llvm.store %v140, %v34 : f32, !llvm.ptr
                %v142 = arith.addi %v75, %v141 : i64
                %v144 = arith.cmpi slt, %v143, %v81 : i32
                %v145 = arith.cmpi eq, %v143, %v87 : i32
                %v146 = arith.addi %v57, %v142 : i64
                %v147 = arith.muli %v27, %v94 : i64
                %v148 = arith.muli %v25, %v93 : i64
                %v149 = arith.addi %v147, %v148 : i64
                %v150 = arith.muli %v146, %v1 : i64
                %v151 = arith.addi %v149, %v150 : i64
                %v152 = llvm.getelementptr %dy_y[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v153 = llvm.load %v152 : !llvm.ptr -> f32
                %v154 = llvm.load %v33 : !llvm.ptr -> f32
                %v155 = llvm.load %v34 : !llvm.ptr -> f32
                %v156 = arith.mulf %v155, %v154 fastmath<contract> : f32
                %v157 = arith.addf %v153, %v156 fastmath<contract> : f32
                llvm.store %v157, %v33 : f32, !llvm.ptr
                %v158 = llvm.load %v37 : !llvm.ptr -> f32
                %v159 = arith.mulf %v158, %v155 fastmath<contract> : f32
                llvm.store %v159, %v37 : f32, !llvm.ptr
                scf.if %v145 {
                }
                %v160 = arith.muli %v27, %v94 : i64
                %v161 = arith.muli %v25, %v93 : i64
                %v162 = arith.addi %v160, %v161 : i64
                %v163 = arith.muli %v146, %v1 : i64
                %v164 = arith.addi %v162, %v163 : i64
                %v165 = llvm.getelementptr %in_a[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v166 = llvm.load %v165 : !llvm.ptr -> f32
                llvm.store %v166, %v34 : f32, !llvm.ptr
                %v167 = arith.addi %v75, %v29 : i64
                %v169 = arith.cmpi slt, %v168, %v81 : i32
                %v170 = arith.cmpi eq, %v168, %v87 : i32
                %v171 = arith.addi %v57, %v167 : i64
                %v172 = arith.muli %v27, %v94 : i64
                %v173 = arith.muli %v25, %v93 : i64
                %v174 = arith.addi %v172, %v173 : i64
                %v175 = arith.muli %v171, %v1 : i64
                %v176 = arith.addi %v174, %v175 : i64
                %v177 = llvm.getelementptr %dy_y[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v178 = llvm.load %v177 : !llvm.ptr -> f32
                %v179 = llvm.load %v33 : !llvm.ptr -> f32
                %v180 = llvm.load %v34 : !llvm.ptr -> f32
                %v181 = arith.mulf %v180, %v179 fastmath<contract> : f32
                %v182 = arith.addf %v178, %v181 fastmath<contract> : f32
                llvm.store %v182, %v33 : f32, !llvm.ptr
                %v183 = llvm.load %v37 : !llvm.ptr -> f32
                %v184 = arith.mulf %v183, %v180 fastmath<contract> : f32
                llvm.store %v184, %v37 : f32, !llvm.ptr
                scf.if %v170 {
                }
                %v185 = arith.muli %v27, %v94 : i64
                %v186 = arith.muli %v25, %v93 : i64
                %v187 = arith.addi %v185, %v186 : i64
                %v188 = arith.muli %v171, %v1 : i64
                %v189 = arith.addi %v187, %v188 : i64
                %v190 = llvm.getelementptr %in_a[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v191 = llvm.load %v190 : !llvm.ptr -> f32
                llvm.store %v191, %v34 : f32, !llvm.ptr
                %v193 = arith.addi %v75, %v192 : i64
                %v195 = arith.cmpi slt, %v194, %v81 : i32
                %v196 = arith.cmpi eq, %v194, %v87 : i32
                %v197 = arith.addi %v57, %v193 : i64
                %v198 = arith.muli %v27, %v94 : i64
                %v199 = arith.muli %v25, %v93 : i64
                %v200 = arith.addi %v198, %v199 : i64
                %v201 = arith.muli %v197, %v1 : i64
                %v202 = arith.addi %v200, %v201 : i64
                %v203 = llvm.getelementptr %dy_y[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v204 = llvm.load %v203 : !llvm.ptr -> f32
                %v205 = llvm.load %v33 : !llvm.ptr -> f32
                %v206 = llvm.load %v34 : !llvm.ptr -> f32
                %v207 = arith.mulf %v206, %v205 fastmath<contract> : f32
                %v208 = arith.addf %v204, %v207 fastmath<contract> : f32
                llvm.store %v208, %v33 : f32, !llvm.ptr
                %v209 = llvm.load %v37 : !llvm.ptr -> f32
                %v210 = arith.mulf %v209, %v206 fastmath<contract> : f32
                llvm.store %v210, %v37 : f32, !llvm.ptr
                scf.if %v196 {
                }
                %v211 = arith.muli %v27, %v94 : i64
                %v212 = arith.muli %v25, %v93 : i64
                %v213 = arith.addi %v211, %v212 : i64
                %v214 = arith.muli %v197, %v1 : i64
                %v215 = arith.addi %v213, %v214 : i64
                %v216 = llvm.getelementptr %in_a[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v217 = llvm.load %v216 : !llvm.ptr -> f32
                llvm.store %v217, %v34 : f32, !llvm.ptr
                %v219 = arith.addi %v75, %v218 : i64
                %v221 = arith.cmpi slt, %v220, %v81 : i32
                %v222 = arith.cmpi eq, %v220, %v87 : i32
                %v223 = arith.addi %v57, %v219 : i64
                %v224 = arith.muli %v27, %v94 : i64
                %v225 = arith.muli %v25, %v93 : i64
                %v226 = arith.addi %v224, %v225 : i64
                %v227 = arith.muli %v223, %v1 : i64
                %v228 = arith.addi %v226, %v227 : i64
                %v229 = llvm.getelementptr %dy_y[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v230 = llvm.load %v229 : !llvm.ptr -> f32
                %v231 = llvm.load %v33 : !llvm.ptr -> f32
                %v232 = llvm.load %v34 : !llvm.ptr -> f32
                %v233 = arith.mulf %v232, %v231 fastmath<contract> : f32
                %v234 = arith.addf %v230, %v233 fastmath<contract> : f32
                llvm.store %v234, %v33 : f32, !llvm.ptr
                %v235 = llvm.load %v37 : !llvm.ptr -> f32
                %v236 = arith.mulf %v235, %v232 fastmath<contract> : f32
                llvm.store %v236, %v37 : f32, !llvm.ptr
                scf.if %v222 {
                }
                %v237 = arith.muli %v27, %v94 : i64
                %v238 = arith.muli %v25, %v93 : i64
                %v239 = arith.addi %v237, %v238 : i64
                %v240 = arith.muli %v223, %v1 : i64
                %v241 = arith.addi %v239, %v240 : i64
                %v242 = llvm.getelementptr %in_a[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v243 = llvm.load %v242 : !llvm.ptr -> f32
                llvm.store %v243, %v34 : f32, !llvm.ptr
                %v244 = arith.addi %v75, %v1 : i64
                %v246 = arith.cmpi slt, %v245, %v81 : i32
                %v247 = arith.cmpi eq, %v245, %v87 : i32
                %v248 = arith.addi %v57, %v244 : i64
                %v249 = arith.muli %v27, %v94 : i64
                %v250 = arith.muli %v25, %v93 : i64
                %v251 = arith.addi %v249, %v250 : i64
                %v252 = arith.muli %v248, %v1 : i64
                %v253 = arith.addi %v251, %v252 : i64
                %v254 = llvm.getelementptr %dy_y[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v255 = llvm.load %v254 : !llvm.ptr -> f32
                %v256 = llvm.load %v33 : !llvm.ptr -> f32
                %v257 = llvm.load %v34 : !llvm.ptr -> f32
                %v258 = arith.mulf %v257, %v256 fastmath<contract> : f32
                %v259 = arith.addf %v255, %v258 fastmath<contract> : f32
                llvm.store %v259, %v33 : f32, !llvm.ptr
                %v260 = llvm.load %v37 : !llvm.ptr -> f32
                %v261 = arith.mulf %v260, %v257 fastmath<contract> : f32
                llvm.store %v261, %v37 : f32, !llvm.ptr
                scf.if %v247 {
                }
                %v262 = arith.muli %v27, %v94 : i64
                %v263 = arith.muli %v25, %v93 : i64
                %v264 = arith.addi %v262, %v263 : i64
                %v265 = arith.muli %v248, %v1 : i64
                %v266 = arith.addi %v264, %v265 : i64
                %v267 = llvm.getelementptr %in_a[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v268 = llvm.load %v267 : !llvm.ptr -> f32
                llvm.store %v268, %v34 : f32, !llvm.ptr
                %v269 = arith.addi %v75, %v38 : i64
                %v271 = arith.cmpi slt, %v270, %v81 : i32
                %v272 = arith.cmpi eq, %v270, %v87 : i32
                %v273 = arith.addi %v57, %v269 : i64
                %v274 = arith.muli %v27, %v94 : i64
                %v275 = arith.muli %v25, %v93 : i64
                %v276 = arith.addi %v274, %v275 : i64
                %v277 = arith.muli %v273, %v1 : i64
                %v278 = arith.addi %v276, %v277 : i64
                %v279 = llvm.getelementptr %dy_y[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v280 = llvm.load %v279 : !llvm.ptr -> f32
                %v281 = llvm.load %v33 : !llvm.ptr -> f32
                %v282 = llvm.load %v34 : !llvm.ptr -> f32
                %v283 = arith.mulf %v282, %v281 fastmath<contract> : f32
                %v284 = arith.addf %v280, %v283 fastmath<contract> : f32
                llvm.store %v284, %v33 : f32, !llvm.ptr
                %v285 = llvm.load %v37 : !llvm.ptr -> f32
                %v286 = arith.mulf %v285, %v282 fastmath<contract> : f32
                llvm.store %v286, %v37 : f32, !llvm.ptr
                scf.if %v272 {
                }
                %v287 = arith.muli %v27, %v94 : i64
                %v288 = arith.muli %v25, %v93 : i64
                %v289 = arith.addi %v287, %v288 : i64
                %v290 = arith.muli %v273, %v1 : i64
                %v291 = arith.addi %v289, %v290 : i64
                %v292 = llvm.getelementptr %in_a[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v293 = llvm.load %v292 : !llvm.ptr -> f32
                llvm.store %v293, %v34 : f32, !llvm.ptr
              } else {
                %v294 = arith.subi %v59, %v1 : i64
                // the group's states, recomputed into registers
                %v295 = arith.subi %v59, %v75 : i64
                %v296 = arith.trunci %v295 : i64 to i32
                %v297 = arith.subi %size_T, %v1 : i64
                %v298 = arith.addi %v57, %v75 : i64
                %v299 = arith.subi %v297, %v298 : i64
                %v300 = arith.minsi %v299, %v85 : i64
                %v301 = arith.trunci %v300 : i64 to i32
                %v302 = arith.addi %v75, %v42 : i64
                %v303 = arith.cmpi slt, %v89, %v296 : i32
                %v304 = arith.cmpi eq, %v89, %v301 : i32
                scf.if %v303 {
                  %v305 = arith.addi %v57, %v302 : i64
                  %v306 = arith.muli %v27, %v94 : i64
                  %v307 = arith.muli %v25, %v93 : i64
                  %v308 = arith.addi %v306, %v307 : i64
                  %v309 = arith.muli %v305, %v1 : i64
                  %v310 = arith.addi %v308, %v309 : i64
                  %v311 = llvm.getelementptr %dy_y[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v312 = llvm.load %v311 : !llvm.ptr -> f32
                  %v313 = llvm.load %v33 : !llvm.ptr -> f32
                  %v314 = llvm.load %v34 : !llvm.ptr -> f32
                  %v315 = arith.mulf %v314, %v313 fastmath<contract> : f32
                  %v316 = arith.addf %v312, %v315 fastmath<contract> : f32
                  llvm.store %v316, %v33 : f32, !llvm.ptr
                  %v317 = llvm.load %v37 : !llvm.ptr -> f32
                  %v318 = arith.mulf %v317, %v314 fastmath<contract> : f32
                  llvm.store %v318, %v37 : f32, !llvm.ptr
                  scf.if %v304 {
                  }
                  %v319 = arith.muli %v27, %v94 : i64
                  %v320 = arith.muli %v25, %v93 : i64
                  %v321 = arith.addi %v319, %v320 : i64
                  %v322 = arith.muli %v305, %v1 : i64
                  %v323 = arith.addi %v321, %v322 : i64
                  %v324 = llvm.getelementptr %in_a[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v325 = llvm.load %v324 : !llvm.ptr -> f32
                  llvm.store %v325, %v34 : f32, !llvm.ptr
                }
                %v326 = arith.addi %v75, %v115 : i64
                %v327 = arith.cmpi slt, %v117, %v296 : i32
                %v328 = arith.cmpi eq, %v117, %v301 : i32
                scf.if %v327 {
                  %v329 = arith.addi %v57, %v326 : i64
                  %v330 = arith.muli %v27, %v94 : i64
                  %v331 = arith.muli %v25, %v93 : i64
                  %v332 = arith.addi %v330, %v331 : i64
                  %v333 = arith.muli %v329, %v1 : i64
                  %v334 = arith.addi %v332, %v333 : i64
                  %v335 = llvm.getelementptr %dy_y[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v336 = llvm.load %v335 : !llvm.ptr -> f32
                  %v337 = llvm.load %v33 : !llvm.ptr -> f32
                  %v338 = llvm.load %v34 : !llvm.ptr -> f32
                  %v339 = arith.mulf %v338, %v337 fastmath<contract> : f32
                  %v340 = arith.addf %v336, %v339 fastmath<contract> : f32
                  llvm.store %v340, %v33 : f32, !llvm.ptr
                  %v341 = llvm.load %v37 : !llvm.ptr -> f32
                  %v342 = arith.mulf %v341, %v338 fastmath<contract> : f32
                  llvm.store %v342, %v37 : f32, !llvm.ptr
                  scf.if %v328 {
                  }
                  %v343 = arith.muli %v27, %v94 : i64
                  %v344 = arith.muli %v25, %v93 : i64
                  %v345 = arith.addi %v343, %v344 : i64
                  %v346 = arith.muli %v329, %v1 : i64
                  %v347 = arith.addi %v345, %v346 : i64
                  %v348 = llvm.getelementptr %in_a[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v349 = llvm.load %v348 : !llvm.ptr -> f32
                  llvm.store %v349, %v34 : f32, !llvm.ptr
                }
                %v350 = arith.addi %v75, %v141 : i64
                %v351 = arith.cmpi slt, %v143, %v296 : i32
                %v352 = arith.cmpi eq, %v143, %v301 : i32
                scf.if %v351 {
                  %v353 = arith.addi %v57, %v350 : i64
                  %v354 = arith.muli %v27, %v94 : i64
                  %v355 = arith.muli %v25, %v93 : i64
                  %v356 = arith.addi %v354, %v355 : i64
                  %v357 = arith.muli %v353, %v1 : i64
                  %v358 = arith.addi %v356, %v357 : i64
                  %v359 = llvm.getelementptr %dy_y[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v360 = llvm.load %v359 : !llvm.ptr -> f32
                  %v361 = llvm.load %v33 : !llvm.ptr -> f32
                  %v362 = llvm.load %v34 : !llvm.ptr -> f32
                  %v363 = arith.mulf %v362, %v361 fastmath<contract> : f32
                  %v364 = arith.addf %v360, %v363 fastmath<contract> : f32
                  llvm.store %v364, %v33 : f32, !llvm.ptr
                  %v365 = llvm.load %v37 : !llvm.ptr -> f32
                  %v366 = arith.mulf %v365, %v362 fastmath<contract> : f32
                  llvm.store %v366, %v37 : f32, !llvm.ptr
                  scf.if %v352 {
                  }
                  %v367 = arith.muli %v27, %v94 : i64
                  %v368 = arith.muli %v25, %v93 : i64
                  %v369 = arith.addi %v367, %v368 : i64
                  %v370 = arith.muli %v353, %v1 : i64
                  %v371 = arith.addi %v369, %v370 : i64
                  %v372 = llvm.getelementptr %in_a[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v373 = llvm.load %v372 : !llvm.ptr -> f32
                  llvm.store %v373, %v34 : f32, !llvm.ptr
                }
                %v374 = arith.addi %v75, %v29 : i64
                %v375 = arith.cmpi slt, %v168, %v296 : i32
                %v376 = arith.cmpi eq, %v168, %v301 : i32
                scf.if %v375 {
                  %v377 = arith.addi %v57, %v374 : i64
                  %v378 = arith.muli %v27, %v94 : i64
                  %v379 = arith.muli %v25, %v93 : i64
                  %v380 = arith.addi %v378, %v379 : i64
                  %v381 = arith.muli %v377, %v1 : i64
                  %v382 = arith.addi %v380, %v381 : i64
                  %v383 = llvm.getelementptr %dy_y[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v384 = llvm.load %v383 : !llvm.ptr -> f32
                  %v385 = llvm.load %v33 : !llvm.ptr -> f32
                  %v386 = llvm.load %v34 : !llvm.ptr -> f32
                  %v387 = arith.mulf %v386, %v385 fastmath<contract> : f32
                  %v388 = arith.addf %v384, %v387 fastmath<contract> : f32
                  llvm.store %v388, %v33 : f32, !llvm.ptr
                  %v389 = llvm.load %v37 : !llvm.ptr -> f32
                  %v390 = arith.mulf %v389, %v386 fastmath<contract> : f32
                  llvm.store %v390, %v37 : f32, !llvm.ptr
                  scf.if %v376 {
                  }
                  %v391 = arith.muli %v27, %v94 : i64
                  %v392 = arith.muli %v25, %v93 : i64
                  %v393 = arith.addi %v391, %v392 : i64
                  %v394 = arith.muli %v377, %v1 : i64
                  %v395 = arith.addi %v393, %v394 : i64
                  %v396 = llvm.getelementptr %in_a[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v397 = llvm.load %v396 : !llvm.ptr -> f32
                  llvm.store %v397, %v34 : f32, !llvm.ptr
                }
                %v398 = arith.addi %v75, %v192 : i64
                %v399 = arith.cmpi slt, %v194, %v296 : i32
                %v400 = arith.cmpi eq, %v194, %v301 : i32
                scf.if %v399 {
                  %v401 = arith.addi %v57, %v398 : i64
                  %v402 = arith.muli %v27, %v94 : i64
                  %v403 = arith.muli %v25, %v93 : i64
                  %v404 = arith.addi %v402, %v403 : i64
                  %v405 = arith.muli %v401, %v1 : i64
                  %v406 = arith.addi %v404, %v405 : i64
                  %v407 = llvm.getelementptr %dy_y[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v408 = llvm.load %v407 : !llvm.ptr -> f32
                  %v409 = llvm.load %v33 : !llvm.ptr -> f32
                  %v410 = llvm.load %v34 : !llvm.ptr -> f32
                  %v411 = arith.mulf %v410, %v409 fastmath<contract> : f32
                  %v412 = arith.addf %v408, %v411 fastmath<contract> : f32
                  llvm.store %v412, %v33 : f32, !llvm.ptr
                  %v413 = llvm.load %v37 : !llvm.ptr -> f32
                  %v414 = arith.mulf %v413, %v410 fastmath<contract> : f32
                  llvm.store %v414, %v37 : f32, !llvm.ptr
                  scf.if %v400 {
                  }
                  %v415 = arith.muli %v27, %v94 : i64
                  %v416 = arith.muli %v25, %v93 : i64
                  %v417 = arith.addi %v415, %v416 : i64
                  %v418 = arith.muli %v401, %v1 : i64
                  %v419 = arith.addi %v417, %v418 : i64
                  %v420 = llvm.getelementptr %in_a[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v421 = llvm.load %v420 : !llvm.ptr -> f32
                  llvm.store %v421, %v34 : f32, !llvm.ptr
                }
                %v422 = arith.addi %v75, %v218 : i64
                %v423 = arith.cmpi slt, %v220, %v296 : i32
                %v424 = arith.cmpi eq, %v220, %v301 : i32
                scf.if %v423 {
                  %v425 = arith.addi %v57, %v422 : i64
                  %v426 = arith.muli %v27, %v94 : i64
                  %v427 = arith.muli %v25, %v93 : i64
                  %v428 = arith.addi %v426, %v427 : i64
                  %v429 = arith.muli %v425, %v1 : i64
                  %v430 = arith.addi %v428, %v429 : i64
                  %v431 = llvm.getelementptr %dy_y[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v432 = llvm.load %v431 : !llvm.ptr -> f32
                  %v433 = llvm.load %v33 : !llvm.ptr -> f32
                  %v434 = llvm.load %v34 : !llvm.ptr -> f32
                  %v435 = arith.mulf %v434, %v433 fastmath<contract> : f32
                  %v436 = arith.addf %v432, %v435 fastmath<contract> : f32
                  llvm.store %v436, %v33 : f32, !llvm.ptr
                  %v437 = llvm.load %v37 : !llvm.ptr -> f32
                  %v438 = arith.mulf %v437, %v434 fastmath<contract> : f32
                  llvm.store %v438, %v37 : f32, !llvm.ptr
                  scf.if %v424 {
                  }
                  %v439 = arith.muli %v27, %v94 : i64
                  %v440 = arith.muli %v25, %v93 : i64
                  %v441 = arith.addi %v439, %v440 : i64
                  %v442 = arith.muli %v425, %v1 : i64
                  %v443 = arith.addi %v441, %v442 : i64
                  %v444 = llvm.getelementptr %in_a[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v445 = llvm.load %v444 : !llvm.ptr -> f32
                  llvm.store %v445, %v34 : f32, !llvm.ptr
                }
                %v446 = arith.addi %v75, %v1 : i64
                %v447 = arith.cmpi slt, %v245, %v296 : i32
                %v448 = arith.cmpi eq, %v245, %v301 : i32
                scf.if %v447 {
                  %v449 = arith.addi %v57, %v446 : i64
                  %v450 = arith.muli %v27, %v94 : i64
                  %v451 = arith.muli %v25, %v93 : i64
                  %v452 = arith.addi %v450, %v451 : i64
                  %v453 = arith.muli %v449, %v1 : i64
                  %v454 = arith.addi %v452, %v453 : i64
                  %v455 = llvm.getelementptr %dy_y[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v456 = llvm.load %v455 : !llvm.ptr -> f32
                  %v457 = llvm.load %v33 : !llvm.ptr -> f32
                  %v458 = llvm.load %v34 : !llvm.ptr -> f32
                  %v459 = arith.mulf %v458, %v457 fastmath<contract> : f32
                  %v460 = arith.addf %v456, %v459 fastmath<contract> : f32
                  llvm.store %v460, %v33 : f32, !llvm.ptr
                  %v461 = llvm.load %v37 : !llvm.ptr -> f32
                  %v462 = arith.mulf %v461, %v458 fastmath<contract> : f32
                  llvm.store %v462, %v37 : f32, !llvm.ptr
                  scf.if %v448 {
                  }
                  %v463 = arith.muli %v27, %v94 : i64
                  %v464 = arith.muli %v25, %v93 : i64
                  %v465 = arith.addi %v463, %v464 : i64
                  %v466 = arith.muli %v449, %v1 : i64
                  %v467 = arith.addi %v465, %v466 : i64
                  %v468 = llvm.getelementptr %in_a[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v469 = llvm.load %v468 : !llvm.ptr -> f32
                  llvm.store %v469, %v34 : f32, !llvm.ptr
                }
                %v470 = arith.addi %v75, %v38 : i64
                %v471 = arith.cmpi slt, %v270, %v296 : i32
                %v472 = arith.cmpi eq, %v270, %v301 : i32
                scf.if %v471 {
                  %v473 = arith.addi %v57, %v470 : i64
                  %v474 = arith.muli %v27, %v94 : i64
                  %v475 = arith.muli %v25, %v93 : i64
                  %v476 = arith.addi %v474, %v475 : i64
                  %v477 = arith.muli %v473, %v1 : i64
                  %v478 = arith.addi %v476, %v477 : i64
                  %v479 = llvm.getelementptr %dy_y[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v480 = llvm.load %v479 : !llvm.ptr -> f32
                  %v481 = llvm.load %v33 : !llvm.ptr -> f32
                  %v482 = llvm.load %v34 : !llvm.ptr -> f32
                  %v483 = arith.mulf %v482, %v481 fastmath<contract> : f32
                  %v484 = arith.addf %v480, %v483 fastmath<contract> : f32
                  llvm.store %v484, %v33 : f32, !llvm.ptr
                  %v485 = llvm.load %v37 : !llvm.ptr -> f32
                  %v486 = arith.mulf %v485, %v482 fastmath<contract> : f32
                  llvm.store %v486, %v37 : f32, !llvm.ptr
                  scf.if %v472 {
                  }
                  %v487 = arith.muli %v27, %v94 : i64
                  %v488 = arith.muli %v25, %v93 : i64
                  %v489 = arith.addi %v487, %v488 : i64
                  %v490 = arith.muli %v473, %v1 : i64
                  %v491 = arith.addi %v489, %v490 : i64
                  %v492 = llvm.getelementptr %in_a[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v493 = llvm.load %v492 : !llvm.ptr -> f32
                  llvm.store %v493, %v34 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v22 {
        %v494 = llvm.load %v33 : !llvm.ptr -> f32
        %v495 = arith.muli %v38, %v7 : i64
        %v496 = arith.addi %v495, %v18 : i64
        %v497 = arith.muli %v496, %v1 : i64
        %v498 = arith.addi %v497, %v38 : i64
        %v499 = arith.muli %v498, %v3 : i64
        %v500 = arith.subi %v3, %v1 : i64
        %v501 = arith.minsi %v21, %v500 : i64
        %v502 = arith.addi %v499, %v501 : i64
        %v503 = llvm.getelementptr %segsum_h[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v494, %v503 : f32, !llvm.ptr
        %v504 = llvm.load %v37 : !llvm.ptr -> f32
        %v505 = arith.muli %v1, %v7 : i64
        %v506 = arith.addi %v505, %v18 : i64
        %v507 = arith.muli %v506, %v1 : i64
        %v508 = arith.addi %v507, %v38 : i64
        %v509 = arith.muli %v508, %v3 : i64
        %v510 = arith.subi %v3, %v1 : i64
        %v511 = arith.minsi %v21, %v510 : i64
        %v512 = arith.addi %v509, %v511 : i64
        %v513 = llvm.getelementptr %segsum_h[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v504, %v513 : f32, !llvm.ptr
        %v514 = llvm.load %v34 : !llvm.ptr -> f32
        %v515 = arith.muli %v218, %v7 : i64
        %v516 = arith.addi %v515, %v18 : i64
        %v517 = arith.muli %v516, %v1 : i64
        %v518 = arith.addi %v517, %v38 : i64
        %v519 = arith.muli %v518, %v3 : i64
        %v520 = arith.subi %v3, %v1 : i64
        %v521 = arith.minsi %v21, %v520 : i64
        %v522 = arith.addi %v519, %v521 : i64
        %v523 = llvm.getelementptr %segsum_h[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v514, %v523 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
