module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd_sum(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_C : i64
      %v3 = arith.constant 255 : i64
      %v4 = arith.addi %size_T, %v3 : i64
      %v5 = arith.constant 256 : i64
      %v6 = arith.divui %v4, %v5 : i64
      %v7 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v27 = arith.constant 4 : i64
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0x3F800000 : f32
      %v35 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v36 = arith.constant 0 : i64
      %v38 = arith.constant 64 : i64
      %v39 = arith.constant 8 : i64
      %v40 = arith.constant 7 : i64
      %v41 = arith.constant 63 : i64
      %v83 = arith.constant 2147483647 : i64
      %v87 = arith.constant 7 : i32
      %v91 = arith.muli %size_T, %size_C : i64
      %v110 = arith.constant 6 : i64
      %v112 = arith.constant 6 : i32
      %v134 = arith.constant 5 : i64
      %v136 = arith.constant 5 : i32
      %v159 = arith.constant 4 : i32
      %v181 = arith.constant 3 : i64
      %v183 = arith.constant 3 : i32
      %v205 = arith.constant 2 : i64
      %v207 = arith.constant 2 : i32
      %v230 = arith.constant 1 : i32
      %v252 = arith.constant 0 : i32
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
      %v23 = arith.remui %v22, %size_C : i64
      %v24 = arith.divui %v22, %size_C : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v28 = arith.muli %v16, %v27 : i64
      %v29 = arith.addi %v28, %v27 : i64
      %v30 = arith.muli %v16, %v2 : i64
      llvm.store %v33, %v31 : f32, !llvm.ptr
      llvm.store %v34, %v32 : f32, !llvm.ptr
      llvm.store %v34, %v35 : f32, !llvm.ptr
      %v37 = arith.cmpi eq, %size_T, %v36 : i64
      scf.if %v37 {
        llvm.store %v33, %v9 : f32, !llvm.ptr
      }
      %v42 = arith.addi %size_T, %v41 : i64
      %v43 = arith.divui %v42, %v38 : i64
      %v44 = arith.minsi %v29, %v43 : i64
      %v45 = arith.muli %v16, %v39 : i64
      %v46 = arith.subi %v44, %v28 : i64
      %v47 = arith.maxsi %v46, %v36 : i64
      %v48 = arith.index_cast %v36 : i64 to index
      %v49 = arith.index_cast %v47 : i64 to index
      %v50 = arith.index_cast %v1 : i64 to index
      scf.for %v51 = %v48 to %v49 step %v50 {
        %v52 = arith.index_cast %v51 : index to i64
        %v53 = arith.subi %v44, %v1 : i64
        %v54 = arith.subi %v53, %v52 : i64
        %v55 = arith.muli %v54, %v38 : i64
        %v56 = arith.subi %size_T, %v55 : i64
        %v57 = arith.minsi %v56, %v38 : i64
        %v58 = arith.addi %v57, %v40 : i64
        %v59 = arith.divui %v58, %v39 : i64
        %v60 = arith.index_cast %v36 : i64 to index
        %v61 = arith.index_cast %v1 : i64 to index
        %v62 = arith.index_cast %v1 : i64 to index
        scf.for %v63 = %v60 to %v61 step %v62 {
          %v64 = arith.index_cast %v63 : index to i64
          %v65 = arith.index_cast %v36 : i64 to index
          %v66 = arith.index_cast %v59 : i64 to index
          %v67 = arith.index_cast %v1 : i64 to index
          scf.for %v68 = %v65 to %v66 step %v67 {
            %v69 = arith.index_cast %v68 : index to i64
            %v70 = arith.cmpi slt, %v69, %v59 : i64
            scf.if %v70 {
              %v71 = arith.subi %v59, %v1 : i64
              %v72 = arith.subi %v71, %v69 : i64
              %v73 = arith.muli %v72, %v39 : i64
              %v74 = arith.addi %v45, %v72 : i64
              %v75 = arith.addi %v73, %v39 : i64
              %v76 = arith.cmpi sle, %v75, %v57 : i64
              scf.if %v76 {
                %v77 = arith.subi %v57, %v1 : i64
                // the group's states, recomputed into registers
                %v78 = arith.subi %v57, %v73 : i64
                %v79 = arith.trunci %v78 : i64 to i32
                %v80 = arith.subi %size_T, %v1 : i64
                %v81 = arith.addi %v55, %v73 : i64
                %v82 = arith.subi %v80, %v81 : i64
                %v84 = arith.minsi %v82, %v83 : i64
                %v85 = arith.trunci %v84 : i64 to i32
                %v86 = arith.addi %v73, %v40 : i64
                %v88 = arith.cmpi slt, %v87, %v79 : i32
                %v89 = arith.cmpi eq, %v87, %v85 : i32
                %v90 = arith.addi %v55, %v86 : i64
                %v92 = arith.muli %v25, %v91 : i64
                %v93 = arith.muli %v23, %size_T : i64
                %v94 = arith.addi %v92, %v93 : i64
                %v95 = arith.addi %v94, %v90 : i64
                %v96 = llvm.getelementptr %dy_y[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v97 = llvm.load %v96 : !llvm.ptr -> f32
                %v98 = llvm.load %v31 : !llvm.ptr -> f32
                %v99 = llvm.load %v32 : !llvm.ptr -> f32
                %v100 = arith.mulf %v99, %v98 fastmath<contract> : f32
                %v101 = arith.addf %v97, %v100 fastmath<contract> : f32
                llvm.store %v101, %v31 : f32, !llvm.ptr
                %v102 = llvm.load %v35 : !llvm.ptr -> f32
                %v103 = arith.mulf %v102, %v99 fastmath<contract> : f32
                llvm.store %v103, %v35 : f32, !llvm.ptr
                scf.if %v89 {
                }
                %v104 = arith.muli %v25, %v91 : i64
                %v105 = arith.muli %v23, %size_T : i64
                %v106 = arith.addi %v104, %v105 : i64
                %v107 = arith.addi %v106, %v90 : i64
                %v108 = llvm.getelementptr %in_a[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v109 = llvm.load %v108 : !llvm.ptr -> f32
                llvm.store %v109, %v32 : f32, !llvm.ptr
                %v111 = arith.addi %v73, %v110 : i64
                %v113 = arith.cmpi slt, %v112, %v79 : i32
                %v114 = arith.cmpi eq, %v112, %v85 : i32
                %v115 = arith.addi %v55, %v111 : i64
                %v116 = arith.muli %v25, %v91 : i64
                %v117 = arith.muli %v23, %size_T : i64
                %v118 = arith.addi %v116, %v117 : i64
                %v119 = arith.addi %v118, %v115 : i64
                %v120 = llvm.getelementptr %dy_y[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v121 = llvm.load %v120 : !llvm.ptr -> f32
                %v122 = llvm.load %v31 : !llvm.ptr -> f32
                %v123 = llvm.load %v32 : !llvm.ptr -> f32
                %v124 = arith.mulf %v123, %v122 fastmath<contract> : f32
                %v125 = arith.addf %v121, %v124 fastmath<contract> : f32
                llvm.store %v125, %v31 : f32, !llvm.ptr
                %v126 = llvm.load %v35 : !llvm.ptr -> f32
                %v127 = arith.mulf %v126, %v123 fastmath<contract> : f32
                llvm.store %v127, %v35 : f32, !llvm.ptr
                scf.if %v114 {
                }
                %v128 = arith.muli %v25, %v91 : i64
                %v129 = arith.muli %v23, %size_T : i64
                %v130 = arith.addi %v128, %v129 : i64
                %v131 = arith.addi %v130, %v115 : i64
                %v132 = llvm.getelementptr %in_a[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v133 = llvm.load %v132 : !llvm.ptr -> f32
                llvm.store %v133, %v32 : f32, !llvm.ptr
                %v135 = arith.addi %v73, %v134 : i64
                %v137 = arith.cmpi slt, %v136, %v79 : i32
                %v138 = arith.cmpi eq, %v136, %v85 : i32
                %v139 = arith.addi %v55, %v135 : i64
                %v140 = arith.muli %v25, %v91 : i64
                %v141 = arith.muli %v23, %size_T : i64
                %v142 = arith.addi %v140, %v141 : i64
                %v143 = arith.addi %v142, %v139 : i64
                %v144 = llvm.getelementptr %dy_y[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v145 = llvm.load %v144 : !llvm.ptr -> f32
                %v146 = llvm.load %v31 : !llvm.ptr -> f32
                %v147 = llvm.load %v32 : !llvm.ptr -> f32
                %v148 = arith.mulf %v147, %v146 fastmath<contract> : f32
                %v149 = arith.addf %v145, %v148 fastmath<contract> : f32
                llvm.store %v149, %v31 : f32, !llvm.ptr
                %v150 = llvm.load %v35 : !llvm.ptr -> f32
                %v151 = arith.mulf %v150, %v147 fastmath<contract> : f32
                llvm.store %v151, %v35 : f32, !llvm.ptr
                scf.if %v138 {
                }
                %v152 = arith.muli %v25, %v91 : i64
                %v153 = arith.muli %v23, %size_T : i64
                %v154 = arith.addi %v152, %v153 : i64
                %v155 = arith.addi %v154, %v139 : i64
                %v156 = llvm.getelementptr %in_a[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v157 = llvm.load %v156 : !llvm.ptr -> f32
                llvm.store %v157, %v32 : f32, !llvm.ptr
                %v158 = arith.addi %v73, %v27 : i64
                %v160 = arith.cmpi slt, %v159, %v79 : i32
                %v161 = arith.cmpi eq, %v159, %v85 : i32
                %v162 = arith.addi %v55, %v158 : i64
                %v163 = arith.muli %v25, %v91 : i64
                %v164 = arith.muli %v23, %size_T : i64
                %v165 = arith.addi %v163, %v164 : i64
                %v166 = arith.addi %v165, %v162 : i64
                %v167 = llvm.getelementptr %dy_y[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v168 = llvm.load %v167 : !llvm.ptr -> f32
                %v169 = llvm.load %v31 : !llvm.ptr -> f32
                %v170 = llvm.load %v32 : !llvm.ptr -> f32
                %v171 = arith.mulf %v170, %v169 fastmath<contract> : f32
                %v172 = arith.addf %v168, %v171 fastmath<contract> : f32
                llvm.store %v172, %v31 : f32, !llvm.ptr
                %v173 = llvm.load %v35 : !llvm.ptr -> f32
                %v174 = arith.mulf %v173, %v170 fastmath<contract> : f32
                llvm.store %v174, %v35 : f32, !llvm.ptr
                scf.if %v161 {
                }
                %v175 = arith.muli %v25, %v91 : i64
                %v176 = arith.muli %v23, %size_T : i64
                %v177 = arith.addi %v175, %v176 : i64
                %v178 = arith.addi %v177, %v162 : i64
                %v179 = llvm.getelementptr %in_a[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v180 = llvm.load %v179 : !llvm.ptr -> f32
                llvm.store %v180, %v32 : f32, !llvm.ptr
                %v182 = arith.addi %v73, %v181 : i64
                %v184 = arith.cmpi slt, %v183, %v79 : i32
                %v185 = arith.cmpi eq, %v183, %v85 : i32
                %v186 = arith.addi %v55, %v182 : i64
                %v187 = arith.muli %v25, %v91 : i64
                %v188 = arith.muli %v23, %size_T : i64
                %v189 = arith.addi %v187, %v188 : i64
                %v190 = arith.addi %v189, %v186 : i64
                %v191 = llvm.getelementptr %dy_y[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v192 = llvm.load %v191 : !llvm.ptr -> f32
                %v193 = llvm.load %v31 : !llvm.ptr -> f32
                %v194 = llvm.load %v32 : !llvm.ptr -> f32
                %v195 = arith.mulf %v194, %v193 fastmath<contract> : f32
                %v196 = arith.addf %v192, %v195 fastmath<contract> : f32
                llvm.store %v196, %v31 : f32, !llvm.ptr
                %v197 = llvm.load %v35 : !llvm.ptr -> f32
                %v198 = arith.mulf %v197, %v194 fastmath<contract> : f32
                llvm.store %v198, %v35 : f32, !llvm.ptr
                scf.if %v185 {
                }
                %v199 = arith.muli %v25, %v91 : i64
                %v200 = arith.muli %v23, %size_T : i64
                %v201 = arith.addi %v199, %v200 : i64
                %v202 = arith.addi %v201, %v186 : i64
                %v203 = llvm.getelementptr %in_a[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v204 = llvm.load %v203 : !llvm.ptr -> f32
                llvm.store %v204, %v32 : f32, !llvm.ptr
                %v206 = arith.addi %v73, %v205 : i64
                %v208 = arith.cmpi slt, %v207, %v79 : i32
                %v209 = arith.cmpi eq, %v207, %v85 : i32
                %v210 = arith.addi %v55, %v206 : i64
                %v211 = arith.muli %v25, %v91 : i64
                %v212 = arith.muli %v23, %size_T : i64
                %v213 = arith.addi %v211, %v212 : i64
                %v214 = arith.addi %v213, %v210 : i64
                %v215 = llvm.getelementptr %dy_y[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v216 = llvm.load %v215 : !llvm.ptr -> f32
                %v217 = llvm.load %v31 : !llvm.ptr -> f32
                %v218 = llvm.load %v32 : !llvm.ptr -> f32
                %v219 = arith.mulf %v218, %v217 fastmath<contract> : f32
                %v220 = arith.addf %v216, %v219 fastmath<contract> : f32
                llvm.store %v220, %v31 : f32, !llvm.ptr
                %v221 = llvm.load %v35 : !llvm.ptr -> f32
                %v222 = arith.mulf %v221, %v218 fastmath<contract> : f32
                llvm.store %v222, %v35 : f32, !llvm.ptr
                scf.if %v209 {
                }
                %v223 = arith.muli %v25, %v91 : i64
                %v224 = arith.muli %v23, %size_T : i64
                %v225 = arith.addi %v223, %v224 : i64
                %v226 = arith.addi %v225, %v210 : i64
                %v227 = llvm.getelementptr %in_a[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v228 = llvm.load %v227 : !llvm.ptr -> f32
                llvm.store %v228, %v32 : f32, !llvm.ptr
                %v229 = arith.addi %v73, %v1 : i64
                %v231 = arith.cmpi slt, %v230, %v79 : i32
                %v232 = arith.cmpi eq, %v230, %v85 : i32
                %v233 = arith.addi %v55, %v229 : i64
                %v234 = arith.muli %v25, %v91 : i64
                %v235 = arith.muli %v23, %size_T : i64
                %v236 = arith.addi %v234, %v235 : i64
                %v237 = arith.addi %v236, %v233 : i64
                %v238 = llvm.getelementptr %dy_y[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v239 = llvm.load %v238 : !llvm.ptr -> f32
                %v240 = llvm.load %v31 : !llvm.ptr -> f32
                %v241 = llvm.load %v32 : !llvm.ptr -> f32
                %v242 = arith.mulf %v241, %v240 fastmath<contract> : f32
                %v243 = arith.addf %v239, %v242 fastmath<contract> : f32
                llvm.store %v243, %v31 : f32, !llvm.ptr
                %v244 = llvm.load %v35 : !llvm.ptr -> f32
                %v245 = arith.mulf %v244, %v241 fastmath<contract> : f32
                llvm.store %v245, %v35 : f32, !llvm.ptr
                scf.if %v232 {
                }
                %v246 = arith.muli %v25, %v91 : i64
                %v247 = arith.muli %v23, %size_T : i64
                %v248 = arith.addi %v246, %v247 : i64
                %v249 = arith.addi %v248, %v233 : i64
                %v250 = llvm.getelementptr %in_a[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v251 = llvm.load %v250 : !llvm.ptr -> f32
                llvm.store %v251, %v32 : f32, !llvm.ptr
                %v253 = arith.cmpi slt, %v252, %v79 : i32
                %v254 = arith.cmpi eq, %v252, %v85 : i32
                %v255 = arith.addi %v55, %v73 : i64
                %v256 = arith.muli %v25, %v91 : i64
                %v257 = arith.muli %v23, %size_T : i64
                %v258 = arith.addi %v256, %v257 : i64
                %v259 = arith.addi %v258, %v255 : i64
                %v260 = llvm.getelementptr %dy_y[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v261 = llvm.load %v260 : !llvm.ptr -> f32
                %v262 = llvm.load %v31 : !llvm.ptr -> f32
                %v263 = llvm.load %v32 : !llvm.ptr -> f32
                %v264 = arith.mulf %v263, %v262 fastmath<contract> : f32
                %v265 = arith.addf %v261, %v264 fastmath<contract> : f32
                llvm.store %v265, %v31 : f32, !llvm.ptr
                %v266 = llvm.load %v35 : !llvm.ptr -> f32
                %v267 = arith.mulf %v266, %v263 fastmath<contract> : f32
                llvm.store %v267, %v35 : f32, !llvm.ptr
                scf.if %v254 {
                }
                %v268 = arith.muli %v25, %v91 : i64
                %v269 = arith.muli %v23, %size_T : i64
                %v270 = arith.addi %v268, %v269 : i64
                %v271 = arith.addi %v270, %v255 : i64
                %v272 = llvm.getelementptr %in_a[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v273 = llvm.load %v272 : !llvm.ptr -> f32
                llvm.store %v273, %v32 : f32, !llvm.ptr
              } else {
                %v274 = arith.subi %v57, %v1 : i64
                // the group's states, recomputed into registers
                %v275 = arith.subi %v57, %v73 : i64
                %v276 = arith.trunci %v275 : i64 to i32
                %v277 = arith.subi %size_T, %v1 : i64
                %v278 = arith.addi %v55, %v73 : i64
                %v279 = arith.subi %v277, %v278 : i64
                %v280 = arith.minsi %v279, %v83 : i64
                %v281 = arith.trunci %v280 : i64 to i32
                %v282 = arith.addi %v73, %v40 : i64
                %v283 = arith.cmpi slt, %v87, %v276 : i32
                %v284 = arith.cmpi eq, %v87, %v281 : i32
                scf.if %v283 {
                  %v285 = arith.addi %v55, %v282 : i64
                  %v286 = arith.muli %v25, %v91 : i64
                  %v287 = arith.muli %v23, %size_T : i64
                  %v288 = arith.addi %v286, %v287 : i64
                  %v289 = arith.addi %v288, %v285 : i64
                  %v290 = llvm.getelementptr %dy_y[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v291 = llvm.load %v290 : !llvm.ptr -> f32
                  %v292 = llvm.load %v31 : !llvm.ptr -> f32
                  %v293 = llvm.load %v32 : !llvm.ptr -> f32
                  %v294 = arith.mulf %v293, %v292 fastmath<contract> : f32
                  %v295 = arith.addf %v291, %v294 fastmath<contract> : f32
                  llvm.store %v295, %v31 : f32, !llvm.ptr
                  %v296 = llvm.load %v35 : !llvm.ptr -> f32
                  %v297 = arith.mulf %v296, %v293 fastmath<contract> : f32
                  llvm.store %v297, %v35 : f32, !llvm.ptr
                  scf.if %v284 {
                  }
                  %v298 = arith.muli %v25, %v91 : i64
                  %v299 = arith.muli %v23, %size_T : i64
                  %v300 = arith.addi %v298, %v299 : i64
                  %v301 = arith.addi %v300, %v285 : i64
                  %v302 = llvm.getelementptr %in_a[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v303 = llvm.load %v302 : !llvm.ptr -> f32
                  llvm.store %v303, %v32 : f32, !llvm.ptr
                }
                %v304 = arith.addi %v73, %v110 : i64
                %v305 = arith.cmpi slt, %v112, %v276 : i32
                %v306 = arith.cmpi eq, %v112, %v281 : i32
                scf.if %v305 {
                  %v307 = arith.addi %v55, %v304 : i64
                  %v308 = arith.muli %v25, %v91 : i64
                  %v309 = arith.muli %v23, %size_T : i64
                  %v310 = arith.addi %v308, %v309 : i64
                  %v311 = arith.addi %v310, %v307 : i64
                  %v312 = llvm.getelementptr %dy_y[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v313 = llvm.load %v312 : !llvm.ptr -> f32
                  %v314 = llvm.load %v31 : !llvm.ptr -> f32
                  %v315 = llvm.load %v32 : !llvm.ptr -> f32
                  %v316 = arith.mulf %v315, %v314 fastmath<contract> : f32
                  %v317 = arith.addf %v313, %v316 fastmath<contract> : f32
                  llvm.store %v317, %v31 : f32, !llvm.ptr
                  %v318 = llvm.load %v35 : !llvm.ptr -> f32
                  %v319 = arith.mulf %v318, %v315 fastmath<contract> : f32
                  llvm.store %v319, %v35 : f32, !llvm.ptr
                  scf.if %v306 {
                  }
                  %v320 = arith.muli %v25, %v91 : i64
                  %v321 = arith.muli %v23, %size_T : i64
                  %v322 = arith.addi %v320, %v321 : i64
                  %v323 = arith.addi %v322, %v307 : i64
                  %v324 = llvm.getelementptr %in_a[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v325 = llvm.load %v324 : !llvm.ptr -> f32
                  llvm.store %v325, %v32 : f32, !llvm.ptr
                }
                %v326 = arith.addi %v73, %v134 : i64
                %v327 = arith.cmpi slt, %v136, %v276 : i32
                %v328 = arith.cmpi eq, %v136, %v281 : i32
                scf.if %v327 {
                  %v329 = arith.addi %v55, %v326 : i64
                  %v330 = arith.muli %v25, %v91 : i64
                  %v331 = arith.muli %v23, %size_T : i64
                  %v332 = arith.addi %v330, %v331 : i64
                  %v333 = arith.addi %v332, %v329 : i64
                  %v334 = llvm.getelementptr %dy_y[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v335 = llvm.load %v334 : !llvm.ptr -> f32
                  %v336 = llvm.load %v31 : !llvm.ptr -> f32
                  %v337 = llvm.load %v32 : !llvm.ptr -> f32
                  %v338 = arith.mulf %v337, %v336 fastmath<contract> : f32
                  %v339 = arith.addf %v335, %v338 fastmath<contract> : f32
                  llvm.store %v339, %v31 : f32, !llvm.ptr
                  %v340 = llvm.load %v35 : !llvm.ptr -> f32
                  %v341 = arith.mulf %v340, %v337 fastmath<contract> : f32
                  llvm.store %v341, %v35 : f32, !llvm.ptr
                  scf.if %v328 {
                  }
                  %v342 = arith.muli %v25, %v91 : i64
                  %v343 = arith.muli %v23, %size_T : i64
                  %v344 = arith.addi %v342, %v343 : i64
                  %v345 = arith.addi %v344, %v329 : i64
                  %v346 = llvm.getelementptr %in_a[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v347 = llvm.load %v346 : !llvm.ptr -> f32
                  llvm.store %v347, %v32 : f32, !llvm.ptr
                }
                %v348 = arith.addi %v73, %v27 : i64
                %v349 = arith.cmpi slt, %v159, %v276 : i32
                %v350 = arith.cmpi eq, %v159, %v281 : i32
                scf.if %v349 {
                  %v351 = arith.addi %v55, %v348 : i64
                  %v352 = arith.muli %v25, %v91 : i64
                  %v353 = arith.muli %v23, %size_T : i64
                  %v354 = arith.addi %v352, %v353 : i64
                  %v355 = arith.addi %v354, %v351 : i64
                  %v356 = llvm.getelementptr %dy_y[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v357 = llvm.load %v356 : !llvm.ptr -> f32
                  %v358 = llvm.load %v31 : !llvm.ptr -> f32
                  %v359 = llvm.load %v32 : !llvm.ptr -> f32
                  %v360 = arith.mulf %v359, %v358 fastmath<contract> : f32
                  %v361 = arith.addf %v357, %v360 fastmath<contract> : f32
                  llvm.store %v361, %v31 : f32, !llvm.ptr
                  %v362 = llvm.load %v35 : !llvm.ptr -> f32
                  %v363 = arith.mulf %v362, %v359 fastmath<contract> : f32
                  llvm.store %v363, %v35 : f32, !llvm.ptr
                  scf.if %v350 {
                  }
                  %v364 = arith.muli %v25, %v91 : i64
                  %v365 = arith.muli %v23, %size_T : i64
                  %v366 = arith.addi %v364, %v365 : i64
                  %v367 = arith.addi %v366, %v351 : i64
                  %v368 = llvm.getelementptr %in_a[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v369 = llvm.load %v368 : !llvm.ptr -> f32
                  llvm.store %v369, %v32 : f32, !llvm.ptr
                }
                %v370 = arith.addi %v73, %v181 : i64
                %v371 = arith.cmpi slt, %v183, %v276 : i32
                %v372 = arith.cmpi eq, %v183, %v281 : i32
                scf.if %v371 {
                  %v373 = arith.addi %v55, %v370 : i64
                  %v374 = arith.muli %v25, %v91 : i64
                  %v375 = arith.muli %v23, %size_T : i64
                  %v376 = arith.addi %v374, %v375 : i64
                  %v377 = arith.addi %v376, %v373 : i64
                  %v378 = llvm.getelementptr %dy_y[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v379 = llvm.load %v378 : !llvm.ptr -> f32
                  %v380 = llvm.load %v31 : !llvm.ptr -> f32
                  %v381 = llvm.load %v32 : !llvm.ptr -> f32
                  %v382 = arith.mulf %v381, %v380 fastmath<contract> : f32
                  %v383 = arith.addf %v379, %v382 fastmath<contract> : f32
                  llvm.store %v383, %v31 : f32, !llvm.ptr
                  %v384 = llvm.load %v35 : !llvm.ptr -> f32
                  %v385 = arith.mulf %v384, %v381 fastmath<contract> : f32
                  llvm.store %v385, %v35 : f32, !llvm.ptr
                  scf.if %v372 {
                  }
                  %v386 = arith.muli %v25, %v91 : i64
                  %v387 = arith.muli %v23, %size_T : i64
                  %v388 = arith.addi %v386, %v387 : i64
                  %v389 = arith.addi %v388, %v373 : i64
                  %v390 = llvm.getelementptr %in_a[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v391 = llvm.load %v390 : !llvm.ptr -> f32
                  llvm.store %v391, %v32 : f32, !llvm.ptr
                }
                %v392 = arith.addi %v73, %v205 : i64
                %v393 = arith.cmpi slt, %v207, %v276 : i32
                %v394 = arith.cmpi eq, %v207, %v281 : i32
                scf.if %v393 {
                  %v395 = arith.addi %v55, %v392 : i64
                  %v396 = arith.muli %v25, %v91 : i64
                  %v397 = arith.muli %v23, %size_T : i64
                  %v398 = arith.addi %v396, %v397 : i64
                  %v399 = arith.addi %v398, %v395 : i64
                  %v400 = llvm.getelementptr %dy_y[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v401 = llvm.load %v400 : !llvm.ptr -> f32
                  %v402 = llvm.load %v31 : !llvm.ptr -> f32
                  %v403 = llvm.load %v32 : !llvm.ptr -> f32
                  %v404 = arith.mulf %v403, %v402 fastmath<contract> : f32
                  %v405 = arith.addf %v401, %v404 fastmath<contract> : f32
                  llvm.store %v405, %v31 : f32, !llvm.ptr
                  %v406 = llvm.load %v35 : !llvm.ptr -> f32
                  %v407 = arith.mulf %v406, %v403 fastmath<contract> : f32
                  llvm.store %v407, %v35 : f32, !llvm.ptr
                  scf.if %v394 {
                  }
                  %v408 = arith.muli %v25, %v91 : i64
                  %v409 = arith.muli %v23, %size_T : i64
                  %v410 = arith.addi %v408, %v409 : i64
                  %v411 = arith.addi %v410, %v395 : i64
                  %v412 = llvm.getelementptr %in_a[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v413 = llvm.load %v412 : !llvm.ptr -> f32
                  llvm.store %v413, %v32 : f32, !llvm.ptr
                }
                %v414 = arith.addi %v73, %v1 : i64
                %v415 = arith.cmpi slt, %v230, %v276 : i32
                %v416 = arith.cmpi eq, %v230, %v281 : i32
                scf.if %v415 {
                  %v417 = arith.addi %v55, %v414 : i64
                  %v418 = arith.muli %v25, %v91 : i64
                  %v419 = arith.muli %v23, %size_T : i64
                  %v420 = arith.addi %v418, %v419 : i64
                  %v421 = arith.addi %v420, %v417 : i64
                  %v422 = llvm.getelementptr %dy_y[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v423 = llvm.load %v422 : !llvm.ptr -> f32
                  %v424 = llvm.load %v31 : !llvm.ptr -> f32
                  %v425 = llvm.load %v32 : !llvm.ptr -> f32
                  %v426 = arith.mulf %v425, %v424 fastmath<contract> : f32
                  %v427 = arith.addf %v423, %v426 fastmath<contract> : f32
                  llvm.store %v427, %v31 : f32, !llvm.ptr
                  %v428 = llvm.load %v35 : !llvm.ptr -> f32
                  %v429 = arith.mulf %v428, %v425 fastmath<contract> : f32
                  llvm.store %v429, %v35 : f32, !llvm.ptr
                  scf.if %v416 {
                  }
                  %v430 = arith.muli %v25, %v91 : i64
                  %v431 = arith.muli %v23, %size_T : i64
                  %v432 = arith.addi %v430, %v431 : i64
                  %v433 = arith.addi %v432, %v417 : i64
                  %v434 = llvm.getelementptr %in_a[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v435 = llvm.load %v434 : !llvm.ptr -> f32
                  llvm.store %v435, %v32 : f32, !llvm.ptr
                }
                %v436 = arith.cmpi slt, %v252, %v276 : i32
                %v437 = arith.cmpi eq, %v252, %v281 : i32
                scf.if %v436 {
                  %v438 = arith.addi %v55, %v73 : i64
                  %v439 = arith.muli %v25, %v91 : i64
                  %v440 = arith.muli %v23, %size_T : i64
                  %v441 = arith.addi %v439, %v440 : i64
                  %v442 = arith.addi %v441, %v438 : i64
                  %v443 = llvm.getelementptr %dy_y[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v444 = llvm.load %v443 : !llvm.ptr -> f32
                  %v445 = llvm.load %v31 : !llvm.ptr -> f32
                  %v446 = llvm.load %v32 : !llvm.ptr -> f32
                  %v447 = arith.mulf %v446, %v445 fastmath<contract> : f32
                  %v448 = arith.addf %v444, %v447 fastmath<contract> : f32
                  llvm.store %v448, %v31 : f32, !llvm.ptr
                  %v449 = llvm.load %v35 : !llvm.ptr -> f32
                  %v450 = arith.mulf %v449, %v446 fastmath<contract> : f32
                  llvm.store %v450, %v35 : f32, !llvm.ptr
                  scf.if %v437 {
                  }
                  %v451 = arith.muli %v25, %v91 : i64
                  %v452 = arith.muli %v23, %size_T : i64
                  %v453 = arith.addi %v451, %v452 : i64
                  %v454 = arith.addi %v453, %v438 : i64
                  %v455 = llvm.getelementptr %in_a[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v456 = llvm.load %v455 : !llvm.ptr -> f32
                  llvm.store %v456, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v20 {
        %v457 = llvm.load %v31 : !llvm.ptr -> f32
        %v458 = arith.muli %v16, %v2 : i64
        %v459 = arith.subi %v2, %v1 : i64
        %v460 = arith.minsi %v19, %v459 : i64
        %v461 = arith.addi %v458, %v460 : i64
        %v462 = llvm.getelementptr %segsum_h[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v457, %v462 : f32, !llvm.ptr
        %v463 = llvm.load %v35 : !llvm.ptr -> f32
        %v464 = arith.addi %v6, %v16 : i64
        %v465 = arith.muli %v464, %v2 : i64
        %v466 = arith.subi %v2, %v1 : i64
        %v467 = arith.minsi %v19, %v466 : i64
        %v468 = arith.addi %v465, %v467 : i64
        %v469 = llvm.getelementptr %segsum_h[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v463, %v469 : f32, !llvm.ptr
        %v470 = llvm.load %v32 : !llvm.ptr -> f32
        %v471 = arith.muli %v205, %v6 : i64
        %v472 = arith.addi %v471, %v16 : i64
        %v473 = arith.muli %v472, %v2 : i64
        %v474 = arith.subi %v2, %v1 : i64
        %v475 = arith.minsi %v19, %v474 : i64
        %v476 = arith.addi %v473, %v475 : i64
        %v477 = llvm.getelementptr %segsum_h[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v470, %v477 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
