module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_a: !llvm.ptr, %dx_x: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = arith.constant 64 : i64
      %v5 = arith.divui %slice_first, %v4 : i64
      %v6 = arith.addi %slice_first, %slice_steps : i64
      %v7 = arith.constant 63 : i64
      %v8 = arith.addi %v6, %v7 : i64
      %v9 = arith.divui %v8, %v4 : i64
      %v10 = arith.constant 0 : i64
      %v11 = arith.cmpi eq, %slice_first, %v10 : i64
      %v12 = arith.cmpi sge, %v6, %size_T : i64
      %v13 = arith.cmpi slt, %v6, %size_T : i64
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = arith.constant 256 : i64
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0x3F800000 : f32
      %v36 = arith.constant 2 : i64
      %v45 = arith.constant 8 : i64
      %v46 = arith.constant 7 : i64
      %v66 = arith.muli %v1, %size_B : i64
      %v67 = arith.muli %v66, %size_C : i64
      %v69 = arith.muli %v1, %size_C : i64
      %v101 = arith.muli %v1, %size_T : i64
      %v102 = arith.muli %v101, %size_C : i64
      %v202 = arith.constant 3 : i64
      %v222 = arith.constant 4 : i64
      %v242 = arith.constant 5 : i64
      %v262 = arith.constant 6 : i64
      %v306 = arith.constant 2147483647 : i64
      %v310 = arith.constant 7 : i32
      %v347 = arith.constant 6 : i32
      %v384 = arith.constant 5 : i32
      %v421 = arith.constant 4 : i32
      %v458 = arith.constant 3 : i32
      %v495 = arith.constant 2 : i32
      %v532 = arith.constant 1 : i32
      %v569 = arith.constant 0 : i32
      %v17 = gpu.block_id x
      %v18 = gpu.thread_id x
      %v19 = arith.index_cast %v18 : index to i64
      %v20 = arith.index_cast %v17 : index to i64
      %v22 = arith.muli %v20, %v21 : i64
      %v23 = arith.addi %v22, %v19 : i64
      %v24 = arith.cmpi slt, %v23, %v3 : i64
      %v25 = arith.subi %v3, %v1 : i64
      %v26 = arith.minsi %v23, %v25 : i64
      %v27 = arith.remui %v26, %size_C : i64
      %v28 = arith.divui %v26, %size_C : i64
      %v29 = arith.remui %v28, %size_B : i64
      %v30 = arith.divui %v28, %size_B : i64
      llvm.store %v33, %v31 : f32, !llvm.ptr
      llvm.store %v34, %v32 : f32, !llvm.ptr
      scf.if %v13 {
        scf.if %v24 {
          %v35 = arith.muli %v23, %v1 : i64
          %v37 = arith.muli %v35, %v36 : i64
          %v38 = arith.addi %v37, %v10 : i64
          %v39 = llvm.getelementptr %slice_carry[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v40 = llvm.load %v39 : !llvm.ptr -> f32
          llvm.store %v40, %v31 : f32, !llvm.ptr
          %v41 = arith.addi %v37, %v1 : i64
          %v42 = llvm.getelementptr %slice_carry[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v43 = llvm.load %v42 : !llvm.ptr -> f32
          llvm.store %v43, %v32 : f32, !llvm.ptr
        }
      }
      scf.if %v12 {
      }
      %v44 = arith.cmpi eq, %size_T, %v10 : i64
      scf.if %v44 {
        llvm.store %v33, %v16 : f32, !llvm.ptr
      }
      %v47 = arith.subi %v4, %v1 : i64
      %v48 = arith.addi %size_T, %v47 : i64
      %v49 = arith.divui %v48, %v4 : i64
      %v50 = arith.minsi %v9, %v49 : i64
      %v51 = arith.subi %v50, %v5 : i64
      %v52 = arith.maxsi %v51, %v10 : i64
      %v53 = arith.index_cast %v10 : i64 to index
      %v54 = arith.index_cast %v52 : i64 to index
      %v55 = arith.index_cast %v1 : i64 to index
      scf.for %v56 = %v53 to %v54 step %v55 {
        %v57 = arith.index_cast %v56 : index to i64
        %v58 = arith.subi %v50, %v1 : i64
        %v59 = arith.subi %v58, %v57 : i64
        %v60 = arith.muli %v59, %v4 : i64
        %v61 = arith.subi %size_T, %v60 : i64
        %v62 = arith.minsi %v61, %v4 : i64
        %v63 = arith.addi %v62, %v46 : i64
        %v64 = arith.divui %v63, %v45 : i64
        %v65 = arith.subi %v62, %v1 : i64
        %v68 = arith.muli %v59, %v67 : i64
        %v70 = arith.muli %v29, %v69 : i64
        %v71 = arith.muli %v27, %v1 : i64
        %v72 = arith.addi %v70, %v71 : i64
        %v73 = arith.addi %v68, %v72 : i64
        %v74 = llvm.getelementptr %ckpt_h[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v75 = llvm.load %v74 : !llvm.ptr -> f32
        llvm.store %v75, %v15 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v76 = arith.index_cast %v10 : i64 to index
        %v77 = arith.index_cast %v64 : i64 to index
        %v78 = arith.index_cast %v1 : i64 to index
        scf.for %v79 = %v76 to %v77 step %v78 {
          %v80 = arith.index_cast %v79 : index to i64
          scf.if %v24 {
            %v81 = llvm.load %v15 : !llvm.ptr -> f32
            %v82 = arith.muli %v80, %v3 : i64
            %v83 = arith.subi %v3, %v1 : i64
            %v84 = arith.minsi %v23, %v83 : i64
            %v85 = arith.addi %v82, %v84 : i64
            %v86 = arith.muli %v85, %v1 : i64
            %v87 = arith.addi %v86, %v10 : i64
            %v88 = llvm.getelementptr %scratch_h[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v81, %v88 : f32, !llvm.ptr
          }
          %v89 = arith.muli %v80, %v45 : i64
          %v90 = arith.subi %v62, %v89 : i64
          %v91 = arith.trunci %v90 : i64 to i32
          %v92 = arith.index_cast %v10 : i64 to index
          %v93 = arith.index_cast %v45 : i64 to index
          %v94 = arith.index_cast %v1 : i64 to index
          scf.for %v95 = %v92 to %v93 step %v94 {
            %v96 = arith.index_cast %v95 : index to i64
            %v97 = arith.trunci %v96 : i64 to i32
            %v98 = arith.addi %v89, %v96 : i64
            %v99 = arith.cmpi slt, %v97, %v91 : i32
            scf.if %v99 {
              %v100 = arith.addi %v60, %v98 : i64
              %v103 = arith.muli %v29, %v102 : i64
              %v104 = arith.muli %v27, %v101 : i64
              %v105 = arith.addi %v103, %v104 : i64
              %v106 = arith.muli %v100, %v1 : i64
              %v107 = arith.addi %v105, %v106 : i64
              %v108 = llvm.getelementptr %in_a[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v109 = llvm.load %v108 : !llvm.ptr -> f32
              %v110 = arith.muli %v29, %v102 : i64
              %v111 = arith.muli %v27, %v101 : i64
              %v112 = arith.addi %v110, %v111 : i64
              %v113 = arith.muli %v100, %v1 : i64
              %v114 = arith.addi %v112, %v113 : i64
              %v115 = llvm.getelementptr %in_x[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v116 = llvm.load %v115 : !llvm.ptr -> f32
              %v117 = llvm.load %v15 : !llvm.ptr -> f32
              %v118 = arith.mulf %v109, %v117 fastmath<contract> : f32
              %v119 = arith.addf %v118, %v116 fastmath<contract> : f32
              llvm.store %v119, %v15 : f32, !llvm.ptr
            }
          }
        }
        %v120 = arith.index_cast %v10 : i64 to index
        %v121 = arith.index_cast %v1 : i64 to index
        %v122 = arith.index_cast %v1 : i64 to index
        scf.for %v123 = %v120 to %v121 step %v122 {
          %v124 = arith.index_cast %v123 : index to i64
          %v125 = arith.index_cast %v10 : i64 to index
          %v126 = arith.index_cast %v64 : i64 to index
          %v127 = arith.index_cast %v1 : i64 to index
          scf.for %v128 = %v125 to %v126 step %v127 {
            %v129 = arith.index_cast %v128 : index to i64
            %v130 = arith.cmpi slt, %v129, %v64 : i64
            scf.if %v130 {
              %v131 = arith.subi %v64, %v1 : i64
              %v132 = arith.subi %v131, %v129 : i64
              %v133 = arith.muli %v132, %v45 : i64
              %v134 = arith.addi %v133, %v45 : i64
              %v135 = arith.cmpi sle, %v134, %v62 : i64
              scf.if %v135 {
                %v136 = arith.subi %v62, %v1 : i64
                %v137 = arith.muli %v132, %v3 : i64
                %v138 = arith.subi %v3, %v1 : i64
                %v139 = arith.minsi %v23, %v138 : i64
                %v140 = arith.addi %v137, %v139 : i64
                %v141 = arith.muli %v140, %v1 : i64
                %v142 = arith.addi %v141, %v10 : i64
                %v143 = llvm.getelementptr %scratch_h[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v144 = llvm.load %v143 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v145 = arith.addi %v133, %v10 : i64
                %v146 = arith.minsi %v145, %v136 : i64
                %v147 = arith.addi %v60, %v146 : i64
                %v148 = arith.muli %v29, %v102 : i64
                %v149 = arith.muli %v27, %v101 : i64
                %v150 = arith.addi %v148, %v149 : i64
                %v151 = arith.muli %v147, %v1 : i64
                %v152 = arith.addi %v150, %v151 : i64
                %v153 = llvm.getelementptr %in_a[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v154 = llvm.load %v153 : !llvm.ptr -> f32
                %v155 = arith.muli %v29, %v102 : i64
                %v156 = arith.muli %v27, %v101 : i64
                %v157 = arith.addi %v155, %v156 : i64
                %v158 = arith.muli %v147, %v1 : i64
                %v159 = arith.addi %v157, %v158 : i64
                %v160 = llvm.getelementptr %in_x[%v159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v161 = llvm.load %v160 : !llvm.ptr -> f32
                %v162 = arith.mulf %v154, %v144 fastmath<contract> : f32
                %v163 = arith.addf %v162, %v161 fastmath<contract> : f32
                %v164 = arith.addi %v133, %v1 : i64
                %v165 = arith.minsi %v164, %v136 : i64
                %v166 = arith.addi %v60, %v165 : i64
                %v167 = arith.muli %v29, %v102 : i64
                %v168 = arith.muli %v27, %v101 : i64
                %v169 = arith.addi %v167, %v168 : i64
                %v170 = arith.muli %v166, %v1 : i64
                %v171 = arith.addi %v169, %v170 : i64
                %v172 = llvm.getelementptr %in_a[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v173 = llvm.load %v172 : !llvm.ptr -> f32
                %v174 = arith.muli %v29, %v102 : i64
                %v175 = arith.muli %v27, %v101 : i64
                %v176 = arith.addi %v174, %v175 : i64
                %v177 = arith.muli %v166, %v1 : i64
                %v178 = arith.addi %v176, %v177 : i64
                %v179 = llvm.getelementptr %in_x[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v180 = llvm.load %v179 : !llvm.ptr -> f32
                %v181 = arith.mulf %v173, %v163 fastmath<contract> : f32
                %v182 = arith.addf %v181, %v180 fastmath<contract> : f32
                %v183 = arith.addi %v133, %v36 : i64
                %v184 = arith.minsi %v183, %v136 : i64
                %v185 = arith.addi %v60, %v184 : i64
                %v186 = arith.muli %v29, %v102 : i64
                %v187 = arith.muli %v27, %v101 : i64
                %v188 = arith.addi %v186, %v187 : i64
                %v189 = arith.muli %v185, %v1 : i64
                %v190 = arith.addi %v188, %v189 : i64
                %v191 = llvm.getelementptr %in_a[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v192 = llvm.load %v191 : !llvm.ptr -> f32
                %v193 = arith.muli %v29, %v102 : i64
                %v194 = arith.muli %v27, %v101 : i64
                %v195 = arith.addi %v193, %v194 : i64
                %v196 = arith.muli %v185, %v1 : i64
                %v197 = arith.addi %v195, %v196 : i64
                %v198 = llvm.getelementptr %in_x[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v199 = llvm.load %v198 : !llvm.ptr -> f32
                %v200 = arith.mulf %v192, %v182 fastmath<contract> : f32
                %v201 = arith.addf %v200, %v199 fastmath<contract> : f32
                %v203 = arith.addi %v133, %v202 : i64
                %v204 = arith.minsi %v203, %v136 : i64
                %v205 = arith.addi %v60, %v204 : i64
                %v206 = arith.muli %v29, %v102 : i64
                %v207 = arith.muli %v27, %v101 : i64
                %v208 = arith.addi %v206, %v207 : i64
                %v209 = arith.muli %v205, %v1 : i64
                %v210 = arith.addi %v208, %v209 : i64
                %v211 = llvm.getelementptr %in_a[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v212 = llvm.load %v211 : !llvm.ptr -> f32
                %v213 = arith.muli %v29, %v102 : i64
                %v214 = arith.muli %v27, %v101 : i64
                %v215 = arith.addi %v213, %v214 : i64
                %v216 = arith.muli %v205, %v1 : i64
                %v217 = arith.addi %v215, %v216 : i64
                %v218 = llvm.getelementptr %in_x[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v219 = llvm.load %v218 : !llvm.ptr -> f32
                %v220 = arith.mulf %v212, %v201 fastmath<contract> : f32
                %v221 = arith.addf %v220, %v219 fastmath<contract> : f32
                %v223 = arith.addi %v133, %v222 : i64
                %v224 = arith.minsi %v223, %v136 : i64
                %v225 = arith.addi %v60, %v224 : i64
                %v226 = arith.muli %v29, %v102 : i64
                %v227 = arith.muli %v27, %v101 : i64
                %v228 = arith.addi %v226, %v227 : i64
                %v229 = arith.muli %v225, %v1 : i64
                %v230 = arith.addi %v228, %v229 : i64
                %v231 = llvm.getelementptr %in_a[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v232 = llvm.load %v231 : !llvm.ptr -> f32
                %v233 = arith.muli %v29, %v102 : i64
                %v234 = arith.muli %v27, %v101 : i64
                %v235 = arith.addi %v233, %v234 : i64
                %v236 = arith.muli %v225, %v1 : i64
                %v237 = arith.addi %v235, %v236 : i64
                %v238 = llvm.getelementptr %in_x[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v239 = llvm.load %v238 : !llvm.ptr -> f32
                %v240 = arith.mulf %v232, %v221 fastmath<contract> : f32
                %v241 = arith.addf %v240, %v239 fastmath<contract> : f32
                %v243 = arith.addi %v133, %v242 : i64
                %v244 = arith.minsi %v243, %v136 : i64
                %v245 = arith.addi %v60, %v244 : i64
                %v246 = arith.muli %v29, %v102 : i64
                %v247 = arith.muli %v27, %v101 : i64
                %v248 = arith.addi %v246, %v247 : i64
                %v249 = arith.muli %v245, %v1 : i64
                %v250 = arith.addi %v248, %v249 : i64
                %v251 = llvm.getelementptr %in_a[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v252 = llvm.load %v251 : !llvm.ptr -> f32
                %v253 = arith.muli %v29, %v102 : i64
                %v254 = arith.muli %v27, %v101 : i64
                %v255 = arith.addi %v253, %v254 : i64
                %v256 = arith.muli %v245, %v1 : i64
                %v257 = arith.addi %v255, %v256 : i64
                %v258 = llvm.getelementptr %in_x[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v259 = llvm.load %v258 : !llvm.ptr -> f32
                %v260 = arith.mulf %v252, %v241 fastmath<contract> : f32
                %v261 = arith.addf %v260, %v259 fastmath<contract> : f32
                %v263 = arith.addi %v133, %v262 : i64
                %v264 = arith.minsi %v263, %v136 : i64
                %v265 = arith.addi %v60, %v264 : i64
                %v266 = arith.muli %v29, %v102 : i64
                %v267 = arith.muli %v27, %v101 : i64
                %v268 = arith.addi %v266, %v267 : i64
                %v269 = arith.muli %v265, %v1 : i64
                %v270 = arith.addi %v268, %v269 : i64
                %v271 = llvm.getelementptr %in_a[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v272 = llvm.load %v271 : !llvm.ptr -> f32
                %v273 = arith.muli %v29, %v102 : i64
                %v274 = arith.muli %v27, %v101 : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = arith.muli %v265, %v1 : i64
                %v277 = arith.addi %v275, %v276 : i64
                %v278 = llvm.getelementptr %in_x[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v279 = llvm.load %v278 : !llvm.ptr -> f32
                %v280 = arith.mulf %v272, %v261 fastmath<contract> : f32
                %v281 = arith.addf %v280, %v279 fastmath<contract> : f32
                %v282 = arith.addi %v133, %v46 : i64
                %v283 = arith.minsi %v282, %v136 : i64
                %v284 = arith.addi %v60, %v283 : i64
                %v285 = arith.muli %v29, %v102 : i64
                %v286 = arith.muli %v27, %v101 : i64
                %v287 = arith.addi %v285, %v286 : i64
                %v288 = arith.muli %v284, %v1 : i64
                %v289 = arith.addi %v287, %v288 : i64
                %v290 = llvm.getelementptr %in_a[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v291 = llvm.load %v290 : !llvm.ptr -> f32
                %v292 = arith.muli %v29, %v102 : i64
                %v293 = arith.muli %v27, %v101 : i64
                %v294 = arith.addi %v292, %v293 : i64
                %v295 = arith.muli %v284, %v1 : i64
                %v296 = arith.addi %v294, %v295 : i64
                %v297 = llvm.getelementptr %in_x[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v298 = llvm.load %v297 : !llvm.ptr -> f32
                %v299 = arith.mulf %v291, %v281 fastmath<contract> : f32
                %v300 = arith.addf %v299, %v298 fastmath<contract> : f32
                %v301 = arith.subi %v62, %v133 : i64
                %v302 = arith.trunci %v301 : i64 to i32
                %v303 = arith.subi %size_T, %v1 : i64
                %v304 = arith.addi %v60, %v133 : i64
                %v305 = arith.subi %v303, %v304 : i64
                %v307 = arith.minsi %v305, %v306 : i64
                %v308 = arith.trunci %v307 : i64 to i32
                %v309 = arith.addi %v133, %v46 : i64
                %v311 = arith.cmpi slt, %v310, %v302 : i32
                %v312 = arith.cmpi eq, %v310, %v308 : i32
                %v313 = arith.addi %v60, %v309 : i64
                %v314 = arith.muli %v29, %v102 : i64
                %v315 = arith.muli %v27, %v101 : i64
                %v316 = arith.addi %v314, %v315 : i64
                %v317 = arith.muli %v313, %v1 : i64
                %v318 = arith.addi %v316, %v317 : i64
                %v319 = llvm.getelementptr %dy_y[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v320 = llvm.load %v319 : !llvm.ptr -> f32
                %v321 = llvm.load %v31 : !llvm.ptr -> f32
                %v322 = llvm.load %v32 : !llvm.ptr -> f32
                %v323 = arith.mulf %v322, %v321 fastmath<contract> : f32
                %v324 = arith.addf %v320, %v323 fastmath<contract> : f32
                llvm.store %v324, %v31 : f32, !llvm.ptr
                %v325 = llvm.load %v31 : !llvm.ptr -> f32
                %v326 = arith.mulf %v281, %v325 fastmath<contract> : f32
                scf.if %v24 {
                  %v327 = arith.muli %v29, %v102 : i64
                  %v328 = arith.muli %v27, %v101 : i64
                  %v329 = arith.addi %v327, %v328 : i64
                  %v330 = arith.muli %v313, %v1 : i64
                  %v331 = arith.addi %v329, %v330 : i64
                  %v332 = llvm.getelementptr %dx_a[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v326, %v332 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v333 = arith.muli %v29, %v102 : i64
                  %v334 = arith.muli %v27, %v101 : i64
                  %v335 = arith.addi %v333, %v334 : i64
                  %v336 = arith.muli %v313, %v1 : i64
                  %v337 = arith.addi %v335, %v336 : i64
                  %v338 = llvm.getelementptr %dx_x[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v325, %v338 : f32, !llvm.ptr
                }
                %v339 = arith.muli %v29, %v102 : i64
                %v340 = arith.muli %v27, %v101 : i64
                %v341 = arith.addi %v339, %v340 : i64
                %v342 = arith.muli %v313, %v1 : i64
                %v343 = arith.addi %v341, %v342 : i64
                %v344 = llvm.getelementptr %in_a[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v345 = llvm.load %v344 : !llvm.ptr -> f32
                llvm.store %v345, %v32 : f32, !llvm.ptr
                %v346 = arith.addi %v133, %v262 : i64
                %v348 = arith.cmpi slt, %v347, %v302 : i32
                %v349 = arith.cmpi eq, %v347, %v308 : i32
                %v350 = arith.addi %v60, %v346 : i64
                %v351 = arith.muli %v29, %v102 : i64
                %v352 = arith.muli %v27, %v101 : i64
                %v353 = arith.addi %v351, %v352 : i64
                %v354 = arith.muli %v350, %v1 : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = llvm.getelementptr %dy_y[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v357 = llvm.load %v356 : !llvm.ptr -> f32
                %v358 = llvm.load %v31 : !llvm.ptr -> f32
                %v359 = llvm.load %v32 : !llvm.ptr -> f32
                %v360 = arith.mulf %v359, %v358 fastmath<contract> : f32
                %v361 = arith.addf %v357, %v360 fastmath<contract> : f32
                llvm.store %v361, %v31 : f32, !llvm.ptr
                %v362 = llvm.load %v31 : !llvm.ptr -> f32
                %v363 = arith.mulf %v261, %v362 fastmath<contract> : f32
                scf.if %v24 {
                  %v364 = arith.muli %v29, %v102 : i64
                  %v365 = arith.muli %v27, %v101 : i64
                  %v366 = arith.addi %v364, %v365 : i64
                  %v367 = arith.muli %v350, %v1 : i64
                  %v368 = arith.addi %v366, %v367 : i64
                  %v369 = llvm.getelementptr %dx_a[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v363, %v369 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v370 = arith.muli %v29, %v102 : i64
                  %v371 = arith.muli %v27, %v101 : i64
                  %v372 = arith.addi %v370, %v371 : i64
                  %v373 = arith.muli %v350, %v1 : i64
                  %v374 = arith.addi %v372, %v373 : i64
                  %v375 = llvm.getelementptr %dx_x[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v362, %v375 : f32, !llvm.ptr
                }
                %v376 = arith.muli %v29, %v102 : i64
                %v377 = arith.muli %v27, %v101 : i64
                %v378 = arith.addi %v376, %v377 : i64
                %v379 = arith.muli %v350, %v1 : i64
                %v380 = arith.addi %v378, %v379 : i64
                %v381 = llvm.getelementptr %in_a[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v382 = llvm.load %v381 : !llvm.ptr -> f32
                llvm.store %v382, %v32 : f32, !llvm.ptr
                %v383 = arith.addi %v133, %v242 : i64
                %v385 = arith.cmpi slt, %v384, %v302 : i32
                %v386 = arith.cmpi eq, %v384, %v308 : i32
                %v387 = arith.addi %v60, %v383 : i64
                %v388 = arith.muli %v29, %v102 : i64
                %v389 = arith.muli %v27, %v101 : i64
                %v390 = arith.addi %v388, %v389 : i64
                %v391 = arith.muli %v387, %v1 : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = llvm.getelementptr %dy_y[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v394 = llvm.load %v393 : !llvm.ptr -> f32
                %v395 = llvm.load %v31 : !llvm.ptr -> f32
                %v396 = llvm.load %v32 : !llvm.ptr -> f32
                %v397 = arith.mulf %v396, %v395 fastmath<contract> : f32
                %v398 = arith.addf %v394, %v397 fastmath<contract> : f32
                llvm.store %v398, %v31 : f32, !llvm.ptr
                %v399 = llvm.load %v31 : !llvm.ptr -> f32
                %v400 = arith.mulf %v241, %v399 fastmath<contract> : f32
                scf.if %v24 {
                  %v401 = arith.muli %v29, %v102 : i64
                  %v402 = arith.muli %v27, %v101 : i64
                  %v403 = arith.addi %v401, %v402 : i64
                  %v404 = arith.muli %v387, %v1 : i64
                  %v405 = arith.addi %v403, %v404 : i64
                  %v406 = llvm.getelementptr %dx_a[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v400, %v406 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v407 = arith.muli %v29, %v102 : i64
                  %v408 = arith.muli %v27, %v101 : i64
                  %v409 = arith.addi %v407, %v408 : i64
                  %v410 = arith.muli %v387, %v1 : i64
                  %v411 = arith.addi %v409, %v410 : i64
                  %v412 = llvm.getelementptr %dx_x[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v399, %v412 : f32, !llvm.ptr
                }
                %v413 = arith.muli %v29, %v102 : i64
                %v414 = arith.muli %v27, %v101 : i64
                %v415 = arith.addi %v413, %v414 : i64
                %v416 = arith.muli %v387, %v1 : i64
                %v417 = arith.addi %v415, %v416 : i64
                %v418 = llvm.getelementptr %in_a[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v419 = llvm.load %v418 : !llvm.ptr -> f32
                llvm.store %v419, %v32 : f32, !llvm.ptr
                %v420 = arith.addi %v133, %v222 : i64
                %v422 = arith.cmpi slt, %v421, %v302 : i32
                %v423 = arith.cmpi eq, %v421, %v308 : i32
                %v424 = arith.addi %v60, %v420 : i64
                %v425 = arith.muli %v29, %v102 : i64
                %v426 = arith.muli %v27, %v101 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.muli %v424, %v1 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = llvm.getelementptr %dy_y[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = llvm.load %v31 : !llvm.ptr -> f32
                %v433 = llvm.load %v32 : !llvm.ptr -> f32
                %v434 = arith.mulf %v433, %v432 fastmath<contract> : f32
                %v435 = arith.addf %v431, %v434 fastmath<contract> : f32
                llvm.store %v435, %v31 : f32, !llvm.ptr
                %v436 = llvm.load %v31 : !llvm.ptr -> f32
                %v437 = arith.mulf %v221, %v436 fastmath<contract> : f32
                scf.if %v24 {
                  %v438 = arith.muli %v29, %v102 : i64
                  %v439 = arith.muli %v27, %v101 : i64
                  %v440 = arith.addi %v438, %v439 : i64
                  %v441 = arith.muli %v424, %v1 : i64
                  %v442 = arith.addi %v440, %v441 : i64
                  %v443 = llvm.getelementptr %dx_a[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v437, %v443 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v444 = arith.muli %v29, %v102 : i64
                  %v445 = arith.muli %v27, %v101 : i64
                  %v446 = arith.addi %v444, %v445 : i64
                  %v447 = arith.muli %v424, %v1 : i64
                  %v448 = arith.addi %v446, %v447 : i64
                  %v449 = llvm.getelementptr %dx_x[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v436, %v449 : f32, !llvm.ptr
                }
                %v450 = arith.muli %v29, %v102 : i64
                %v451 = arith.muli %v27, %v101 : i64
                %v452 = arith.addi %v450, %v451 : i64
                %v453 = arith.muli %v424, %v1 : i64
                %v454 = arith.addi %v452, %v453 : i64
                %v455 = llvm.getelementptr %in_a[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v456 = llvm.load %v455 : !llvm.ptr -> f32
                llvm.store %v456, %v32 : f32, !llvm.ptr
                %v457 = arith.addi %v133, %v202 : i64
                %v459 = arith.cmpi slt, %v458, %v302 : i32
                %v460 = arith.cmpi eq, %v458, %v308 : i32
                %v461 = arith.addi %v60, %v457 : i64
                %v462 = arith.muli %v29, %v102 : i64
                %v463 = arith.muli %v27, %v101 : i64
                %v464 = arith.addi %v462, %v463 : i64
                %v465 = arith.muli %v461, %v1 : i64
                %v466 = arith.addi %v464, %v465 : i64
                %v467 = llvm.getelementptr %dy_y[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v468 = llvm.load %v467 : !llvm.ptr -> f32
                %v469 = llvm.load %v31 : !llvm.ptr -> f32
                %v470 = llvm.load %v32 : !llvm.ptr -> f32
                %v471 = arith.mulf %v470, %v469 fastmath<contract> : f32
                %v472 = arith.addf %v468, %v471 fastmath<contract> : f32
                llvm.store %v472, %v31 : f32, !llvm.ptr
                %v473 = llvm.load %v31 : !llvm.ptr -> f32
                %v474 = arith.mulf %v201, %v473 fastmath<contract> : f32
                scf.if %v24 {
                  %v475 = arith.muli %v29, %v102 : i64
                  %v476 = arith.muli %v27, %v101 : i64
                  %v477 = arith.addi %v475, %v476 : i64
                  %v478 = arith.muli %v461, %v1 : i64
                  %v479 = arith.addi %v477, %v478 : i64
                  %v480 = llvm.getelementptr %dx_a[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v474, %v480 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v481 = arith.muli %v29, %v102 : i64
                  %v482 = arith.muli %v27, %v101 : i64
                  %v483 = arith.addi %v481, %v482 : i64
                  %v484 = arith.muli %v461, %v1 : i64
                  %v485 = arith.addi %v483, %v484 : i64
                  %v486 = llvm.getelementptr %dx_x[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v473, %v486 : f32, !llvm.ptr
                }
                %v487 = arith.muli %v29, %v102 : i64
                %v488 = arith.muli %v27, %v101 : i64
                %v489 = arith.addi %v487, %v488 : i64
                %v490 = arith.muli %v461, %v1 : i64
                %v491 = arith.addi %v489, %v490 : i64
                %v492 = llvm.getelementptr %in_a[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v493 = llvm.load %v492 : !llvm.ptr -> f32
                llvm.store %v493, %v32 : f32, !llvm.ptr
                %v494 = arith.addi %v133, %v36 : i64
                %v496 = arith.cmpi slt, %v495, %v302 : i32
                %v497 = arith.cmpi eq, %v495, %v308 : i32
                %v498 = arith.addi %v60, %v494 : i64
                %v499 = arith.muli %v29, %v102 : i64
                %v500 = arith.muli %v27, %v101 : i64
                %v501 = arith.addi %v499, %v500 : i64
                %v502 = arith.muli %v498, %v1 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = llvm.getelementptr %dy_y[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v505 = llvm.load %v504 : !llvm.ptr -> f32
                %v506 = llvm.load %v31 : !llvm.ptr -> f32
                %v507 = llvm.load %v32 : !llvm.ptr -> f32
                %v508 = arith.mulf %v507, %v506 fastmath<contract> : f32
                %v509 = arith.addf %v505, %v508 fastmath<contract> : f32
                llvm.store %v509, %v31 : f32, !llvm.ptr
                %v510 = llvm.load %v31 : !llvm.ptr -> f32
                %v511 = arith.mulf %v182, %v510 fastmath<contract> : f32
                scf.if %v24 {
                  %v512 = arith.muli %v29, %v102 : i64
                  %v513 = arith.muli %v27, %v101 : i64
                  %v514 = arith.addi %v512, %v513 : i64
                  %v515 = arith.muli %v498, %v1 : i64
                  %v516 = arith.addi %v514, %v515 : i64
                  %v517 = llvm.getelementptr %dx_a[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v511, %v517 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v518 = arith.muli %v29, %v102 : i64
                  %v519 = arith.muli %v27, %v101 : i64
                  %v520 = arith.addi %v518, %v519 : i64
                  %v521 = arith.muli %v498, %v1 : i64
                  %v522 = arith.addi %v520, %v521 : i64
                  %v523 = llvm.getelementptr %dx_x[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v510, %v523 : f32, !llvm.ptr
                }
                %v524 = arith.muli %v29, %v102 : i64
                %v525 = arith.muli %v27, %v101 : i64
                %v526 = arith.addi %v524, %v525 : i64
                %v527 = arith.muli %v498, %v1 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = llvm.getelementptr %in_a[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                llvm.store %v530, %v32 : f32, !llvm.ptr
                %v531 = arith.addi %v133, %v1 : i64
                %v533 = arith.cmpi slt, %v532, %v302 : i32
                %v534 = arith.cmpi eq, %v532, %v308 : i32
                %v535 = arith.addi %v60, %v531 : i64
                %v536 = arith.muli %v29, %v102 : i64
                %v537 = arith.muli %v27, %v101 : i64
                %v538 = arith.addi %v536, %v537 : i64
                %v539 = arith.muli %v535, %v1 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = llvm.getelementptr %dy_y[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v542 = llvm.load %v541 : !llvm.ptr -> f32
                %v543 = llvm.load %v31 : !llvm.ptr -> f32
                %v544 = llvm.load %v32 : !llvm.ptr -> f32
                %v545 = arith.mulf %v544, %v543 fastmath<contract> : f32
                %v546 = arith.addf %v542, %v545 fastmath<contract> : f32
                llvm.store %v546, %v31 : f32, !llvm.ptr
                %v547 = llvm.load %v31 : !llvm.ptr -> f32
                %v548 = arith.mulf %v163, %v547 fastmath<contract> : f32
                scf.if %v24 {
                  %v549 = arith.muli %v29, %v102 : i64
                  %v550 = arith.muli %v27, %v101 : i64
                  %v551 = arith.addi %v549, %v550 : i64
                  %v552 = arith.muli %v535, %v1 : i64
                  %v553 = arith.addi %v551, %v552 : i64
                  %v554 = llvm.getelementptr %dx_a[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v548, %v554 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v555 = arith.muli %v29, %v102 : i64
                  %v556 = arith.muli %v27, %v101 : i64
                  %v557 = arith.addi %v555, %v556 : i64
                  %v558 = arith.muli %v535, %v1 : i64
                  %v559 = arith.addi %v557, %v558 : i64
                  %v560 = llvm.getelementptr %dx_x[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v547, %v560 : f32, !llvm.ptr
                }
                %v561 = arith.muli %v29, %v102 : i64
                %v562 = arith.muli %v27, %v101 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = arith.muli %v535, %v1 : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = llvm.getelementptr %in_a[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v567 = llvm.load %v566 : !llvm.ptr -> f32
                llvm.store %v567, %v32 : f32, !llvm.ptr
                %v568 = arith.addi %v133, %v10 : i64
                %v570 = arith.cmpi slt, %v569, %v302 : i32
                %v571 = arith.cmpi eq, %v569, %v308 : i32
                %v572 = arith.addi %v60, %v568 : i64
                %v573 = arith.muli %v29, %v102 : i64
                %v574 = arith.muli %v27, %v101 : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = arith.muli %v572, %v1 : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = llvm.getelementptr %dy_y[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v579 = llvm.load %v578 : !llvm.ptr -> f32
                %v580 = llvm.load %v31 : !llvm.ptr -> f32
                %v581 = llvm.load %v32 : !llvm.ptr -> f32
                %v582 = arith.mulf %v581, %v580 fastmath<contract> : f32
                %v583 = arith.addf %v579, %v582 fastmath<contract> : f32
                llvm.store %v583, %v31 : f32, !llvm.ptr
                %v584 = llvm.load %v31 : !llvm.ptr -> f32
                %v585 = arith.mulf %v144, %v584 fastmath<contract> : f32
                scf.if %v24 {
                  %v586 = arith.muli %v29, %v102 : i64
                  %v587 = arith.muli %v27, %v101 : i64
                  %v588 = arith.addi %v586, %v587 : i64
                  %v589 = arith.muli %v572, %v1 : i64
                  %v590 = arith.addi %v588, %v589 : i64
                  %v591 = llvm.getelementptr %dx_a[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v585, %v591 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v592 = arith.muli %v29, %v102 : i64
                  %v593 = arith.muli %v27, %v101 : i64
                  %v594 = arith.addi %v592, %v593 : i64
                  %v595 = arith.muli %v572, %v1 : i64
                  %v596 = arith.addi %v594, %v595 : i64
                  %v597 = llvm.getelementptr %dx_x[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v584, %v597 : f32, !llvm.ptr
                }
                %v598 = arith.muli %v29, %v102 : i64
                %v599 = arith.muli %v27, %v101 : i64
                %v600 = arith.addi %v598, %v599 : i64
                %v601 = arith.muli %v572, %v1 : i64
                %v602 = arith.addi %v600, %v601 : i64
                %v603 = llvm.getelementptr %in_a[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v604 = llvm.load %v603 : !llvm.ptr -> f32
                llvm.store %v604, %v32 : f32, !llvm.ptr
              } else {
                %v605 = arith.subi %v62, %v1 : i64
                %v606 = arith.muli %v132, %v3 : i64
                %v607 = arith.subi %v3, %v1 : i64
                %v608 = arith.minsi %v23, %v607 : i64
                %v609 = arith.addi %v606, %v608 : i64
                %v610 = arith.muli %v609, %v1 : i64
                %v611 = arith.addi %v610, %v10 : i64
                %v612 = llvm.getelementptr %scratch_h[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v613 = llvm.load %v612 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v614 = arith.addi %v133, %v10 : i64
                %v615 = arith.minsi %v614, %v605 : i64
                %v616 = arith.addi %v60, %v615 : i64
                %v617 = arith.muli %v29, %v102 : i64
                %v618 = arith.muli %v27, %v101 : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = arith.muli %v616, %v1 : i64
                %v621 = arith.addi %v619, %v620 : i64
                %v622 = llvm.getelementptr %in_a[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v623 = llvm.load %v622 : !llvm.ptr -> f32
                %v624 = arith.muli %v29, %v102 : i64
                %v625 = arith.muli %v27, %v101 : i64
                %v626 = arith.addi %v624, %v625 : i64
                %v627 = arith.muli %v616, %v1 : i64
                %v628 = arith.addi %v626, %v627 : i64
                %v629 = llvm.getelementptr %in_x[%v628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v630 = llvm.load %v629 : !llvm.ptr -> f32
                %v631 = arith.mulf %v623, %v613 fastmath<contract> : f32
                %v632 = arith.addf %v631, %v630 fastmath<contract> : f32
                %v633 = arith.addi %v133, %v1 : i64
                %v634 = arith.minsi %v633, %v605 : i64
                %v635 = arith.addi %v60, %v634 : i64
                %v636 = arith.muli %v29, %v102 : i64
                %v637 = arith.muli %v27, %v101 : i64
                %v638 = arith.addi %v636, %v637 : i64
                %v639 = arith.muli %v635, %v1 : i64
                %v640 = arith.addi %v638, %v639 : i64
                %v641 = llvm.getelementptr %in_a[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v642 = llvm.load %v641 : !llvm.ptr -> f32
                %v643 = arith.muli %v29, %v102 : i64
                %v644 = arith.muli %v27, %v101 : i64
                %v645 = arith.addi %v643, %v644 : i64
                %v646 = arith.muli %v635, %v1 : i64
                %v647 = arith.addi %v645, %v646 : i64
                %v648 = llvm.getelementptr %in_x[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v649 = llvm.load %v648 : !llvm.ptr -> f32
                %v650 = arith.mulf %v642, %v632 fastmath<contract> : f32
                %v651 = arith.addf %v650, %v649 fastmath<contract> : f32
                %v652 = arith.addi %v133, %v36 : i64
                %v653 = arith.minsi %v652, %v605 : i64
                %v654 = arith.addi %v60, %v653 : i64
                %v655 = arith.muli %v29, %v102 : i64
                %v656 = arith.muli %v27, %v101 : i64
                %v657 = arith.addi %v655, %v656 : i64
                %v658 = arith.muli %v654, %v1 : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = llvm.getelementptr %in_a[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v661 = llvm.load %v660 : !llvm.ptr -> f32
                %v662 = arith.muli %v29, %v102 : i64
                %v663 = arith.muli %v27, %v101 : i64
                %v664 = arith.addi %v662, %v663 : i64
                %v665 = arith.muli %v654, %v1 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = llvm.getelementptr %in_x[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v668 = llvm.load %v667 : !llvm.ptr -> f32
                %v669 = arith.mulf %v661, %v651 fastmath<contract> : f32
                %v670 = arith.addf %v669, %v668 fastmath<contract> : f32
                %v671 = arith.addi %v133, %v202 : i64
                %v672 = arith.minsi %v671, %v605 : i64
                %v673 = arith.addi %v60, %v672 : i64
                %v674 = arith.muli %v29, %v102 : i64
                %v675 = arith.muli %v27, %v101 : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = arith.muli %v673, %v1 : i64
                %v678 = arith.addi %v676, %v677 : i64
                %v679 = llvm.getelementptr %in_a[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v680 = llvm.load %v679 : !llvm.ptr -> f32
                %v681 = arith.muli %v29, %v102 : i64
                %v682 = arith.muli %v27, %v101 : i64
                %v683 = arith.addi %v681, %v682 : i64
                %v684 = arith.muli %v673, %v1 : i64
                %v685 = arith.addi %v683, %v684 : i64
                %v686 = llvm.getelementptr %in_x[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v687 = llvm.load %v686 : !llvm.ptr -> f32
                %v688 = arith.mulf %v680, %v670 fastmath<contract> : f32
                %v689 = arith.addf %v688, %v687 fastmath<contract> : f32
                %v690 = arith.addi %v133, %v222 : i64
                %v691 = arith.minsi %v690, %v605 : i64
                %v692 = arith.addi %v60, %v691 : i64
                %v693 = arith.muli %v29, %v102 : i64
                %v694 = arith.muli %v27, %v101 : i64
                %v695 = arith.addi %v693, %v694 : i64
                %v696 = arith.muli %v692, %v1 : i64
                %v697 = arith.addi %v695, %v696 : i64
                %v698 = llvm.getelementptr %in_a[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v699 = llvm.load %v698 : !llvm.ptr -> f32
                %v700 = arith.muli %v29, %v102 : i64
                %v701 = arith.muli %v27, %v101 : i64
                %v702 = arith.addi %v700, %v701 : i64
                %v703 = arith.muli %v692, %v1 : i64
                %v704 = arith.addi %v702, %v703 : i64
                %v705 = llvm.getelementptr %in_x[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v706 = llvm.load %v705 : !llvm.ptr -> f32
                %v707 = arith.mulf %v699, %v689 fastmath<contract> : f32
                %v708 = arith.addf %v707, %v706 fastmath<contract> : f32
                %v709 = arith.addi %v133, %v242 : i64
                %v710 = arith.minsi %v709, %v605 : i64
                %v711 = arith.addi %v60, %v710 : i64
                %v712 = arith.muli %v29, %v102 : i64
                %v713 = arith.muli %v27, %v101 : i64
                %v714 = arith.addi %v712, %v713 : i64
                %v715 = arith.muli %v711, %v1 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = llvm.getelementptr %in_a[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v718 = llvm.load %v717 : !llvm.ptr -> f32
                %v719 = arith.muli %v29, %v102 : i64
                %v720 = arith.muli %v27, %v101 : i64
                %v721 = arith.addi %v719, %v720 : i64
                %v722 = arith.muli %v711, %v1 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = llvm.getelementptr %in_x[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v725 = llvm.load %v724 : !llvm.ptr -> f32
                %v726 = arith.mulf %v718, %v708 fastmath<contract> : f32
                %v727 = arith.addf %v726, %v725 fastmath<contract> : f32
                %v728 = arith.addi %v133, %v262 : i64
                %v729 = arith.minsi %v728, %v605 : i64
                %v730 = arith.addi %v60, %v729 : i64
                %v731 = arith.muli %v29, %v102 : i64
                %v732 = arith.muli %v27, %v101 : i64
                %v733 = arith.addi %v731, %v732 : i64
                %v734 = arith.muli %v730, %v1 : i64
                %v735 = arith.addi %v733, %v734 : i64
                %v736 = llvm.getelementptr %in_a[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v737 = llvm.load %v736 : !llvm.ptr -> f32
                %v738 = arith.muli %v29, %v102 : i64
                %v739 = arith.muli %v27, %v101 : i64
                %v740 = arith.addi %v738, %v739 : i64
                %v741 = arith.muli %v730, %v1 : i64
                %v742 = arith.addi %v740, %v741 : i64
                %v743 = llvm.getelementptr %in_x[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v744 = llvm.load %v743 : !llvm.ptr -> f32
                %v745 = arith.mulf %v737, %v727 fastmath<contract> : f32
                %v746 = arith.addf %v745, %v744 fastmath<contract> : f32
                %v747 = arith.addi %v133, %v46 : i64
                %v748 = arith.minsi %v747, %v605 : i64
                %v749 = arith.addi %v60, %v748 : i64
                %v750 = arith.muli %v29, %v102 : i64
                %v751 = arith.muli %v27, %v101 : i64
                %v752 = arith.addi %v750, %v751 : i64
                %v753 = arith.muli %v749, %v1 : i64
                %v754 = arith.addi %v752, %v753 : i64
                %v755 = llvm.getelementptr %in_a[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v756 = llvm.load %v755 : !llvm.ptr -> f32
                %v757 = arith.muli %v29, %v102 : i64
                %v758 = arith.muli %v27, %v101 : i64
                %v759 = arith.addi %v757, %v758 : i64
                %v760 = arith.muli %v749, %v1 : i64
                %v761 = arith.addi %v759, %v760 : i64
                %v762 = llvm.getelementptr %in_x[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v763 = llvm.load %v762 : !llvm.ptr -> f32
                %v764 = arith.mulf %v756, %v746 fastmath<contract> : f32
                %v765 = arith.addf %v764, %v763 fastmath<contract> : f32
                %v766 = arith.subi %v62, %v133 : i64
                %v767 = arith.trunci %v766 : i64 to i32
                %v768 = arith.subi %size_T, %v1 : i64
                %v769 = arith.addi %v60, %v133 : i64
                %v770 = arith.subi %v768, %v769 : i64
                %v771 = arith.minsi %v770, %v306 : i64
                %v772 = arith.trunci %v771 : i64 to i32
                %v773 = arith.addi %v133, %v46 : i64
                %v774 = arith.cmpi slt, %v310, %v767 : i32
                %v775 = arith.cmpi eq, %v310, %v772 : i32
                scf.if %v774 {
                  %v776 = arith.addi %v60, %v773 : i64
                  %v777 = arith.muli %v29, %v102 : i64
                  %v778 = arith.muli %v27, %v101 : i64
                  %v779 = arith.addi %v777, %v778 : i64
                  %v780 = arith.muli %v776, %v1 : i64
                  %v781 = arith.addi %v779, %v780 : i64
                  %v782 = llvm.getelementptr %dy_y[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v783 = llvm.load %v782 : !llvm.ptr -> f32
                  %v784 = llvm.load %v31 : !llvm.ptr -> f32
                  %v785 = llvm.load %v32 : !llvm.ptr -> f32
                  %v786 = arith.mulf %v785, %v784 fastmath<contract> : f32
                  %v787 = arith.addf %v783, %v786 fastmath<contract> : f32
                  llvm.store %v787, %v31 : f32, !llvm.ptr
                  %v788 = llvm.load %v31 : !llvm.ptr -> f32
                  %v789 = arith.mulf %v746, %v788 fastmath<contract> : f32
                  scf.if %v24 {
                    %v790 = arith.muli %v29, %v102 : i64
                    %v791 = arith.muli %v27, %v101 : i64
                    %v792 = arith.addi %v790, %v791 : i64
                    %v793 = arith.muli %v776, %v1 : i64
                    %v794 = arith.addi %v792, %v793 : i64
                    %v795 = llvm.getelementptr %dx_a[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v789, %v795 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v796 = arith.muli %v29, %v102 : i64
                    %v797 = arith.muli %v27, %v101 : i64
                    %v798 = arith.addi %v796, %v797 : i64
                    %v799 = arith.muli %v776, %v1 : i64
                    %v800 = arith.addi %v798, %v799 : i64
                    %v801 = llvm.getelementptr %dx_x[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v788, %v801 : f32, !llvm.ptr
                  }
                  %v802 = arith.muli %v29, %v102 : i64
                  %v803 = arith.muli %v27, %v101 : i64
                  %v804 = arith.addi %v802, %v803 : i64
                  %v805 = arith.muli %v776, %v1 : i64
                  %v806 = arith.addi %v804, %v805 : i64
                  %v807 = llvm.getelementptr %in_a[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v808 = llvm.load %v807 : !llvm.ptr -> f32
                  llvm.store %v808, %v32 : f32, !llvm.ptr
                }
                %v809 = arith.addi %v133, %v262 : i64
                %v810 = arith.cmpi slt, %v347, %v767 : i32
                %v811 = arith.cmpi eq, %v347, %v772 : i32
                scf.if %v810 {
                  %v812 = arith.addi %v60, %v809 : i64
                  %v813 = arith.muli %v29, %v102 : i64
                  %v814 = arith.muli %v27, %v101 : i64
                  %v815 = arith.addi %v813, %v814 : i64
                  %v816 = arith.muli %v812, %v1 : i64
                  %v817 = arith.addi %v815, %v816 : i64
                  %v818 = llvm.getelementptr %dy_y[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v819 = llvm.load %v818 : !llvm.ptr -> f32
                  %v820 = llvm.load %v31 : !llvm.ptr -> f32
                  %v821 = llvm.load %v32 : !llvm.ptr -> f32
                  %v822 = arith.mulf %v821, %v820 fastmath<contract> : f32
                  %v823 = arith.addf %v819, %v822 fastmath<contract> : f32
                  llvm.store %v823, %v31 : f32, !llvm.ptr
                  %v824 = llvm.load %v31 : !llvm.ptr -> f32
                  %v825 = arith.mulf %v727, %v824 fastmath<contract> : f32
                  scf.if %v24 {
                    %v826 = arith.muli %v29, %v102 : i64
                    %v827 = arith.muli %v27, %v101 : i64
                    %v828 = arith.addi %v826, %v827 : i64
                    %v829 = arith.muli %v812, %v1 : i64
                    %v830 = arith.addi %v828, %v829 : i64
                    %v831 = llvm.getelementptr %dx_a[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v825, %v831 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v832 = arith.muli %v29, %v102 : i64
                    %v833 = arith.muli %v27, %v101 : i64
                    %v834 = arith.addi %v832, %v833 : i64
                    %v835 = arith.muli %v812, %v1 : i64
                    %v836 = arith.addi %v834, %v835 : i64
                    %v837 = llvm.getelementptr %dx_x[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v824, %v837 : f32, !llvm.ptr
                  }
                  %v838 = arith.muli %v29, %v102 : i64
                  %v839 = arith.muli %v27, %v101 : i64
                  %v840 = arith.addi %v838, %v839 : i64
                  %v841 = arith.muli %v812, %v1 : i64
                  %v842 = arith.addi %v840, %v841 : i64
                  %v843 = llvm.getelementptr %in_a[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v844 = llvm.load %v843 : !llvm.ptr -> f32
                  llvm.store %v844, %v32 : f32, !llvm.ptr
                }
                %v845 = arith.addi %v133, %v242 : i64
                %v846 = arith.cmpi slt, %v384, %v767 : i32
                %v847 = arith.cmpi eq, %v384, %v772 : i32
                scf.if %v846 {
                  %v848 = arith.addi %v60, %v845 : i64
                  %v849 = arith.muli %v29, %v102 : i64
                  %v850 = arith.muli %v27, %v101 : i64
                  %v851 = arith.addi %v849, %v850 : i64
                  %v852 = arith.muli %v848, %v1 : i64
                  %v853 = arith.addi %v851, %v852 : i64
                  %v854 = llvm.getelementptr %dy_y[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v855 = llvm.load %v854 : !llvm.ptr -> f32
                  %v856 = llvm.load %v31 : !llvm.ptr -> f32
                  %v857 = llvm.load %v32 : !llvm.ptr -> f32
                  %v858 = arith.mulf %v857, %v856 fastmath<contract> : f32
                  %v859 = arith.addf %v855, %v858 fastmath<contract> : f32
                  llvm.store %v859, %v31 : f32, !llvm.ptr
                  %v860 = llvm.load %v31 : !llvm.ptr -> f32
                  %v861 = arith.mulf %v708, %v860 fastmath<contract> : f32
                  scf.if %v24 {
                    %v862 = arith.muli %v29, %v102 : i64
                    %v863 = arith.muli %v27, %v101 : i64
                    %v864 = arith.addi %v862, %v863 : i64
                    %v865 = arith.muli %v848, %v1 : i64
                    %v866 = arith.addi %v864, %v865 : i64
                    %v867 = llvm.getelementptr %dx_a[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v861, %v867 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v868 = arith.muli %v29, %v102 : i64
                    %v869 = arith.muli %v27, %v101 : i64
                    %v870 = arith.addi %v868, %v869 : i64
                    %v871 = arith.muli %v848, %v1 : i64
                    %v872 = arith.addi %v870, %v871 : i64
                    %v873 = llvm.getelementptr %dx_x[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v860, %v873 : f32, !llvm.ptr
                  }
                  %v874 = arith.muli %v29, %v102 : i64
                  %v875 = arith.muli %v27, %v101 : i64
                  %v876 = arith.addi %v874, %v875 : i64
                  %v877 = arith.muli %v848, %v1 : i64
                  %v878 = arith.addi %v876, %v877 : i64
                  %v879 = llvm.getelementptr %in_a[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v880 = llvm.load %v879 : !llvm.ptr -> f32
                  llvm.store %v880, %v32 : f32, !llvm.ptr
                }
                %v881 = arith.addi %v133, %v222 : i64
                %v882 = arith.cmpi slt, %v421, %v767 : i32
                %v883 = arith.cmpi eq, %v421, %v772 : i32
                scf.if %v882 {
                  %v884 = arith.addi %v60, %v881 : i64
                  %v885 = arith.muli %v29, %v102 : i64
                  %v886 = arith.muli %v27, %v101 : i64
                  %v887 = arith.addi %v885, %v886 : i64
                  %v888 = arith.muli %v884, %v1 : i64
                  %v889 = arith.addi %v887, %v888 : i64
                  %v890 = llvm.getelementptr %dy_y[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v891 = llvm.load %v890 : !llvm.ptr -> f32
                  %v892 = llvm.load %v31 : !llvm.ptr -> f32
                  %v893 = llvm.load %v32 : !llvm.ptr -> f32
                  %v894 = arith.mulf %v893, %v892 fastmath<contract> : f32
                  %v895 = arith.addf %v891, %v894 fastmath<contract> : f32
                  llvm.store %v895, %v31 : f32, !llvm.ptr
                  %v896 = llvm.load %v31 : !llvm.ptr -> f32
                  %v897 = arith.mulf %v689, %v896 fastmath<contract> : f32
                  scf.if %v24 {
                    %v898 = arith.muli %v29, %v102 : i64
                    %v899 = arith.muli %v27, %v101 : i64
                    %v900 = arith.addi %v898, %v899 : i64
                    %v901 = arith.muli %v884, %v1 : i64
                    %v902 = arith.addi %v900, %v901 : i64
                    %v903 = llvm.getelementptr %dx_a[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v897, %v903 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v904 = arith.muli %v29, %v102 : i64
                    %v905 = arith.muli %v27, %v101 : i64
                    %v906 = arith.addi %v904, %v905 : i64
                    %v907 = arith.muli %v884, %v1 : i64
                    %v908 = arith.addi %v906, %v907 : i64
                    %v909 = llvm.getelementptr %dx_x[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v896, %v909 : f32, !llvm.ptr
                  }
                  %v910 = arith.muli %v29, %v102 : i64
                  %v911 = arith.muli %v27, %v101 : i64
                  %v912 = arith.addi %v910, %v911 : i64
                  %v913 = arith.muli %v884, %v1 : i64
                  %v914 = arith.addi %v912, %v913 : i64
                  %v915 = llvm.getelementptr %in_a[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v916 = llvm.load %v915 : !llvm.ptr -> f32
                  llvm.store %v916, %v32 : f32, !llvm.ptr
                }
                %v917 = arith.addi %v133, %v202 : i64
                %v918 = arith.cmpi slt, %v458, %v767 : i32
                %v919 = arith.cmpi eq, %v458, %v772 : i32
                scf.if %v918 {
                  %v920 = arith.addi %v60, %v917 : i64
                  %v921 = arith.muli %v29, %v102 : i64
                  %v922 = arith.muli %v27, %v101 : i64
                  %v923 = arith.addi %v921, %v922 : i64
                  %v924 = arith.muli %v920, %v1 : i64
                  %v925 = arith.addi %v923, %v924 : i64
                  %v926 = llvm.getelementptr %dy_y[%v925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v927 = llvm.load %v926 : !llvm.ptr -> f32
                  %v928 = llvm.load %v31 : !llvm.ptr -> f32
                  %v929 = llvm.load %v32 : !llvm.ptr -> f32
                  %v930 = arith.mulf %v929, %v928 fastmath<contract> : f32
                  %v931 = arith.addf %v927, %v930 fastmath<contract> : f32
                  llvm.store %v931, %v31 : f32, !llvm.ptr
                  %v932 = llvm.load %v31 : !llvm.ptr -> f32
                  %v933 = arith.mulf %v670, %v932 fastmath<contract> : f32
                  scf.if %v24 {
                    %v934 = arith.muli %v29, %v102 : i64
                    %v935 = arith.muli %v27, %v101 : i64
                    %v936 = arith.addi %v934, %v935 : i64
                    %v937 = arith.muli %v920, %v1 : i64
                    %v938 = arith.addi %v936, %v937 : i64
                    %v939 = llvm.getelementptr %dx_a[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v933, %v939 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v940 = arith.muli %v29, %v102 : i64
                    %v941 = arith.muli %v27, %v101 : i64
                    %v942 = arith.addi %v940, %v941 : i64
                    %v943 = arith.muli %v920, %v1 : i64
                    %v944 = arith.addi %v942, %v943 : i64
                    %v945 = llvm.getelementptr %dx_x[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v932, %v945 : f32, !llvm.ptr
                  }
                  %v946 = arith.muli %v29, %v102 : i64
                  %v947 = arith.muli %v27, %v101 : i64
                  %v948 = arith.addi %v946, %v947 : i64
                  %v949 = arith.muli %v920, %v1 : i64
                  %v950 = arith.addi %v948, %v949 : i64
                  %v951 = llvm.getelementptr %in_a[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v952 = llvm.load %v951 : !llvm.ptr -> f32
                  llvm.store %v952, %v32 : f32, !llvm.ptr
                }
                %v953 = arith.addi %v133, %v36 : i64
                %v954 = arith.cmpi slt, %v495, %v767 : i32
                %v955 = arith.cmpi eq, %v495, %v772 : i32
                scf.if %v954 {
                  %v956 = arith.addi %v60, %v953 : i64
                  %v957 = arith.muli %v29, %v102 : i64
                  %v958 = arith.muli %v27, %v101 : i64
                  %v959 = arith.addi %v957, %v958 : i64
                  %v960 = arith.muli %v956, %v1 : i64
                  %v961 = arith.addi %v959, %v960 : i64
                  %v962 = llvm.getelementptr %dy_y[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v963 = llvm.load %v962 : !llvm.ptr -> f32
                  %v964 = llvm.load %v31 : !llvm.ptr -> f32
                  %v965 = llvm.load %v32 : !llvm.ptr -> f32
                  %v966 = arith.mulf %v965, %v964 fastmath<contract> : f32
                  %v967 = arith.addf %v963, %v966 fastmath<contract> : f32
                  llvm.store %v967, %v31 : f32, !llvm.ptr
                  %v968 = llvm.load %v31 : !llvm.ptr -> f32
                  %v969 = arith.mulf %v651, %v968 fastmath<contract> : f32
                  scf.if %v24 {
                    %v970 = arith.muli %v29, %v102 : i64
                    %v971 = arith.muli %v27, %v101 : i64
                    %v972 = arith.addi %v970, %v971 : i64
                    %v973 = arith.muli %v956, %v1 : i64
                    %v974 = arith.addi %v972, %v973 : i64
                    %v975 = llvm.getelementptr %dx_a[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v969, %v975 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v976 = arith.muli %v29, %v102 : i64
                    %v977 = arith.muli %v27, %v101 : i64
                    %v978 = arith.addi %v976, %v977 : i64
                    %v979 = arith.muli %v956, %v1 : i64
                    %v980 = arith.addi %v978, %v979 : i64
                    %v981 = llvm.getelementptr %dx_x[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v968, %v981 : f32, !llvm.ptr
                  }
                  %v982 = arith.muli %v29, %v102 : i64
                  %v983 = arith.muli %v27, %v101 : i64
                  %v984 = arith.addi %v982, %v983 : i64
                  %v985 = arith.muli %v956, %v1 : i64
                  %v986 = arith.addi %v984, %v985 : i64
                  %v987 = llvm.getelementptr %in_a[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v988 = llvm.load %v987 : !llvm.ptr -> f32
                  llvm.store %v988, %v32 : f32, !llvm.ptr
                }
                %v989 = arith.addi %v133, %v1 : i64
                %v990 = arith.cmpi slt, %v532, %v767 : i32
                %v991 = arith.cmpi eq, %v532, %v772 : i32
                scf.if %v990 {
                  %v992 = arith.addi %v60, %v989 : i64
                  %v993 = arith.muli %v29, %v102 : i64
                  %v994 = arith.muli %v27, %v101 : i64
                  %v995 = arith.addi %v993, %v994 : i64
                  %v996 = arith.muli %v992, %v1 : i64
                  %v997 = arith.addi %v995, %v996 : i64
                  %v998 = llvm.getelementptr %dy_y[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v999 = llvm.load %v998 : !llvm.ptr -> f32
                  %v1000 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1001 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1002 = arith.mulf %v1001, %v1000 fastmath<contract> : f32
                  %v1003 = arith.addf %v999, %v1002 fastmath<contract> : f32
                  llvm.store %v1003, %v31 : f32, !llvm.ptr
                  %v1004 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1005 = arith.mulf %v632, %v1004 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1006 = arith.muli %v29, %v102 : i64
                    %v1007 = arith.muli %v27, %v101 : i64
                    %v1008 = arith.addi %v1006, %v1007 : i64
                    %v1009 = arith.muli %v992, %v1 : i64
                    %v1010 = arith.addi %v1008, %v1009 : i64
                    %v1011 = llvm.getelementptr %dx_a[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1005, %v1011 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v1012 = arith.muli %v29, %v102 : i64
                    %v1013 = arith.muli %v27, %v101 : i64
                    %v1014 = arith.addi %v1012, %v1013 : i64
                    %v1015 = arith.muli %v992, %v1 : i64
                    %v1016 = arith.addi %v1014, %v1015 : i64
                    %v1017 = llvm.getelementptr %dx_x[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1004, %v1017 : f32, !llvm.ptr
                  }
                  %v1018 = arith.muli %v29, %v102 : i64
                  %v1019 = arith.muli %v27, %v101 : i64
                  %v1020 = arith.addi %v1018, %v1019 : i64
                  %v1021 = arith.muli %v992, %v1 : i64
                  %v1022 = arith.addi %v1020, %v1021 : i64
                  %v1023 = llvm.getelementptr %in_a[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1024 = llvm.load %v1023 : !llvm.ptr -> f32
                  llvm.store %v1024, %v32 : f32, !llvm.ptr
                }
                %v1025 = arith.addi %v133, %v10 : i64
                %v1026 = arith.cmpi slt, %v569, %v767 : i32
                %v1027 = arith.cmpi eq, %v569, %v772 : i32
                scf.if %v1026 {
                  %v1028 = arith.addi %v60, %v1025 : i64
                  %v1029 = arith.muli %v29, %v102 : i64
                  %v1030 = arith.muli %v27, %v101 : i64
                  %v1031 = arith.addi %v1029, %v1030 : i64
                  %v1032 = arith.muli %v1028, %v1 : i64
                  %v1033 = arith.addi %v1031, %v1032 : i64
                  %v1034 = llvm.getelementptr %dy_y[%v1033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1035 = llvm.load %v1034 : !llvm.ptr -> f32
                  %v1036 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1037 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1038 = arith.mulf %v1037, %v1036 fastmath<contract> : f32
                  %v1039 = arith.addf %v1035, %v1038 fastmath<contract> : f32
                  llvm.store %v1039, %v31 : f32, !llvm.ptr
                  %v1040 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1041 = arith.mulf %v613, %v1040 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1042 = arith.muli %v29, %v102 : i64
                    %v1043 = arith.muli %v27, %v101 : i64
                    %v1044 = arith.addi %v1042, %v1043 : i64
                    %v1045 = arith.muli %v1028, %v1 : i64
                    %v1046 = arith.addi %v1044, %v1045 : i64
                    %v1047 = llvm.getelementptr %dx_a[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1041, %v1047 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v1048 = arith.muli %v29, %v102 : i64
                    %v1049 = arith.muli %v27, %v101 : i64
                    %v1050 = arith.addi %v1048, %v1049 : i64
                    %v1051 = arith.muli %v1028, %v1 : i64
                    %v1052 = arith.addi %v1050, %v1051 : i64
                    %v1053 = llvm.getelementptr %dx_x[%v1052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1040, %v1053 : f32, !llvm.ptr
                  }
                  %v1054 = arith.muli %v29, %v102 : i64
                  %v1055 = arith.muli %v27, %v101 : i64
                  %v1056 = arith.addi %v1054, %v1055 : i64
                  %v1057 = arith.muli %v1028, %v1 : i64
                  %v1058 = arith.addi %v1056, %v1057 : i64
                  %v1059 = llvm.getelementptr %in_a[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
                  llvm.store %v1060, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v11 {
      }
      scf.if %v11 {
      } else {
        scf.if %v24 {
          %v1061 = arith.muli %v23, %v1 : i64
          %v1062 = arith.muli %v1061, %v36 : i64
          %v1063 = arith.addi %v1062, %v10 : i64
          %v1064 = llvm.load %v31 : !llvm.ptr -> f32
          %v1065 = llvm.getelementptr %slice_carry[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1064, %v1065 : f32, !llvm.ptr
          %v1066 = arith.addi %v1062, %v1 : i64
          %v1067 = llvm.load %v32 : !llvm.ptr -> f32
          %v1068 = llvm.getelementptr %slice_carry[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1067, %v1068 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
