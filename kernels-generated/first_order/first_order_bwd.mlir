module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_a: !llvm.ptr, %dx_x: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 256 : i64
      %v21 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v23 = arith.constant 0x00000000 : f32
      %v24 = arith.constant 0x3F800000 : f32
      %v25 = arith.constant 0 : i64
      %v27 = arith.constant 64 : i64
      %v28 = arith.constant 8 : i64
      %v29 = arith.constant 7 : i64
      %v48 = arith.muli %v1, %size_B : i64
      %v49 = arith.muli %v48, %size_C : i64
      %v51 = arith.muli %v1, %size_C : i64
      %v83 = arith.muli %v1, %size_T : i64
      %v84 = arith.muli %v83, %size_C : i64
      %v163 = arith.constant 2 : i64
      %v183 = arith.constant 3 : i64
      %v203 = arith.constant 4 : i64
      %v223 = arith.constant 5 : i64
      %v243 = arith.constant 6 : i64
      %v287 = arith.constant 2147483647 : i64
      %v291 = arith.constant 7 : i32
      %v328 = arith.constant 6 : i32
      %v365 = arith.constant 5 : i32
      %v402 = arith.constant 4 : i32
      %v439 = arith.constant 3 : i32
      %v476 = arith.constant 2 : i32
      %v513 = arith.constant 1 : i32
      %v550 = arith.constant 0 : i32
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v15 = arith.subi %v3, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_C : i64
      %v18 = arith.divui %v16, %size_C : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      llvm.store %v23, %v21 : f32, !llvm.ptr
      llvm.store %v24, %v22 : f32, !llvm.ptr
      %v26 = arith.cmpi eq, %size_T, %v25 : i64
      scf.if %v26 {
        llvm.store %v23, %v6 : f32, !llvm.ptr
      }
      %v30 = arith.subi %v27, %v1 : i64
      %v31 = arith.addi %size_T, %v30 : i64
      %v32 = arith.divui %v31, %v27 : i64
      %v33 = arith.subi %v32, %v25 : i64
      %v34 = arith.maxsi %v33, %v25 : i64
      %v35 = arith.index_cast %v25 : i64 to index
      %v36 = arith.index_cast %v34 : i64 to index
      %v37 = arith.index_cast %v1 : i64 to index
      scf.for %v38 = %v35 to %v36 step %v37 {
        %v39 = arith.index_cast %v38 : index to i64
        %v40 = arith.subi %v32, %v1 : i64
        %v41 = arith.subi %v40, %v39 : i64
        %v42 = arith.muli %v41, %v27 : i64
        %v43 = arith.subi %size_T, %v42 : i64
        %v44 = arith.minsi %v43, %v27 : i64
        %v45 = arith.addi %v44, %v29 : i64
        %v46 = arith.divui %v45, %v28 : i64
        %v47 = arith.subi %v44, %v1 : i64
        %v50 = arith.muli %v41, %v49 : i64
        %v52 = arith.muli %v19, %v51 : i64
        %v53 = arith.muli %v17, %v1 : i64
        %v54 = arith.addi %v52, %v53 : i64
        %v55 = arith.addi %v50, %v54 : i64
        %v56 = llvm.getelementptr %ckpt_h[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v57 = llvm.load %v56 : !llvm.ptr -> f32
        llvm.store %v57, %v5 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v58 = arith.index_cast %v25 : i64 to index
        %v59 = arith.index_cast %v46 : i64 to index
        %v60 = arith.index_cast %v1 : i64 to index
        scf.for %v61 = %v58 to %v59 step %v60 {
          %v62 = arith.index_cast %v61 : index to i64
          scf.if %v14 {
            %v63 = llvm.load %v5 : !llvm.ptr -> f32
            %v64 = arith.muli %v62, %v3 : i64
            %v65 = arith.subi %v3, %v1 : i64
            %v66 = arith.minsi %v13, %v65 : i64
            %v67 = arith.addi %v64, %v66 : i64
            %v68 = arith.muli %v67, %v1 : i64
            %v69 = arith.addi %v68, %v25 : i64
            %v70 = llvm.getelementptr %scratch_h[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v63, %v70 : f32, !llvm.ptr
          }
          %v71 = arith.muli %v62, %v28 : i64
          %v72 = arith.subi %v44, %v71 : i64
          %v73 = arith.trunci %v72 : i64 to i32
          %v74 = arith.index_cast %v25 : i64 to index
          %v75 = arith.index_cast %v28 : i64 to index
          %v76 = arith.index_cast %v1 : i64 to index
          scf.for %v77 = %v74 to %v75 step %v76 {
            %v78 = arith.index_cast %v77 : index to i64
            %v79 = arith.trunci %v78 : i64 to i32
            %v80 = arith.addi %v71, %v78 : i64
            %v81 = arith.cmpi slt, %v79, %v73 : i32
            scf.if %v81 {
              %v82 = arith.addi %v42, %v80 : i64
              %v85 = arith.muli %v19, %v84 : i64
              %v86 = arith.muli %v17, %v83 : i64
              %v87 = arith.addi %v85, %v86 : i64
              %v88 = arith.muli %v82, %v1 : i64
              %v89 = arith.addi %v87, %v88 : i64
              %v90 = llvm.getelementptr %in_a[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v91 = llvm.load %v90 : !llvm.ptr -> f32
              %v92 = arith.muli %v19, %v84 : i64
              %v93 = arith.muli %v17, %v83 : i64
              %v94 = arith.addi %v92, %v93 : i64
              %v95 = arith.muli %v82, %v1 : i64
              %v96 = arith.addi %v94, %v95 : i64
              %v97 = llvm.getelementptr %in_x[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v98 = llvm.load %v97 : !llvm.ptr -> f32
              %v99 = llvm.load %v5 : !llvm.ptr -> f32
              %v100 = arith.mulf %v91, %v99 fastmath<contract> : f32
              %v101 = arith.addf %v100, %v98 fastmath<contract> : f32
              llvm.store %v101, %v5 : f32, !llvm.ptr
            }
          }
        }
        %v102 = arith.index_cast %v25 : i64 to index
        %v103 = arith.index_cast %v1 : i64 to index
        %v104 = arith.index_cast %v1 : i64 to index
        scf.for %v105 = %v102 to %v103 step %v104 {
          %v106 = arith.index_cast %v105 : index to i64
          %v107 = arith.index_cast %v25 : i64 to index
          %v108 = arith.index_cast %v46 : i64 to index
          %v109 = arith.index_cast %v1 : i64 to index
          scf.for %v110 = %v107 to %v108 step %v109 {
            %v111 = arith.index_cast %v110 : index to i64
            %v112 = arith.cmpi slt, %v111, %v46 : i64
            scf.if %v112 {
              %v113 = arith.subi %v46, %v1 : i64
              %v114 = arith.subi %v113, %v111 : i64
              %v115 = arith.muli %v114, %v28 : i64
              %v116 = arith.subi %v44, %v1 : i64
              %v117 = arith.muli %v114, %v3 : i64
              %v118 = arith.subi %v3, %v1 : i64
              %v119 = arith.minsi %v13, %v118 : i64
              %v120 = arith.addi %v117, %v119 : i64
              %v121 = arith.muli %v120, %v1 : i64
              %v122 = arith.addi %v121, %v25 : i64
              %v123 = llvm.getelementptr %scratch_h[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v124 = llvm.load %v123 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v125 = arith.addi %v115, %v25 : i64
              %v126 = arith.minsi %v125, %v116 : i64
              %v127 = arith.addi %v42, %v126 : i64
              %v128 = arith.muli %v19, %v84 : i64
              %v129 = arith.muli %v17, %v83 : i64
              %v130 = arith.addi %v128, %v129 : i64
              %v131 = arith.muli %v127, %v1 : i64
              %v132 = arith.addi %v130, %v131 : i64
              %v133 = llvm.getelementptr %in_a[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v134 = llvm.load %v133 : !llvm.ptr -> f32
              %v135 = arith.muli %v19, %v84 : i64
              %v136 = arith.muli %v17, %v83 : i64
              %v137 = arith.addi %v135, %v136 : i64
              %v138 = arith.muli %v127, %v1 : i64
              %v139 = arith.addi %v137, %v138 : i64
              %v140 = llvm.getelementptr %in_x[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v141 = llvm.load %v140 : !llvm.ptr -> f32
              %v142 = arith.mulf %v134, %v124 fastmath<contract> : f32
              %v143 = arith.addf %v142, %v141 fastmath<contract> : f32
              %v144 = arith.addi %v115, %v1 : i64
              %v145 = arith.minsi %v144, %v116 : i64
              %v146 = arith.addi %v42, %v145 : i64
              %v147 = arith.muli %v19, %v84 : i64
              %v148 = arith.muli %v17, %v83 : i64
              %v149 = arith.addi %v147, %v148 : i64
              %v150 = arith.muli %v146, %v1 : i64
              %v151 = arith.addi %v149, %v150 : i64
              %v152 = llvm.getelementptr %in_a[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v153 = llvm.load %v152 : !llvm.ptr -> f32
              %v154 = arith.muli %v19, %v84 : i64
              %v155 = arith.muli %v17, %v83 : i64
              %v156 = arith.addi %v154, %v155 : i64
              %v157 = arith.muli %v146, %v1 : i64
              %v158 = arith.addi %v156, %v157 : i64
              %v159 = llvm.getelementptr %in_x[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v160 = llvm.load %v159 : !llvm.ptr -> f32
              %v161 = arith.mulf %v153, %v143 fastmath<contract> : f32
              %v162 = arith.addf %v161, %v160 fastmath<contract> : f32
              %v164 = arith.addi %v115, %v163 : i64
              %v165 = arith.minsi %v164, %v116 : i64
              %v166 = arith.addi %v42, %v165 : i64
              %v167 = arith.muli %v19, %v84 : i64
              %v168 = arith.muli %v17, %v83 : i64
              %v169 = arith.addi %v167, %v168 : i64
              %v170 = arith.muli %v166, %v1 : i64
              %v171 = arith.addi %v169, %v170 : i64
              %v172 = llvm.getelementptr %in_a[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v173 = llvm.load %v172 : !llvm.ptr -> f32
              %v174 = arith.muli %v19, %v84 : i64
              %v175 = arith.muli %v17, %v83 : i64
              %v176 = arith.addi %v174, %v175 : i64
              %v177 = arith.muli %v166, %v1 : i64
              %v178 = arith.addi %v176, %v177 : i64
              %v179 = llvm.getelementptr %in_x[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v180 = llvm.load %v179 : !llvm.ptr -> f32
              %v181 = arith.mulf %v173, %v162 fastmath<contract> : f32
              %v182 = arith.addf %v181, %v180 fastmath<contract> : f32
              %v184 = arith.addi %v115, %v183 : i64
              %v185 = arith.minsi %v184, %v116 : i64
              %v186 = arith.addi %v42, %v185 : i64
              %v187 = arith.muli %v19, %v84 : i64
              %v188 = arith.muli %v17, %v83 : i64
              %v189 = arith.addi %v187, %v188 : i64
              %v190 = arith.muli %v186, %v1 : i64
              %v191 = arith.addi %v189, %v190 : i64
              %v192 = llvm.getelementptr %in_a[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v193 = llvm.load %v192 : !llvm.ptr -> f32
              %v194 = arith.muli %v19, %v84 : i64
              %v195 = arith.muli %v17, %v83 : i64
              %v196 = arith.addi %v194, %v195 : i64
              %v197 = arith.muli %v186, %v1 : i64
              %v198 = arith.addi %v196, %v197 : i64
              %v199 = llvm.getelementptr %in_x[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v200 = llvm.load %v199 : !llvm.ptr -> f32
              %v201 = arith.mulf %v193, %v182 fastmath<contract> : f32
              %v202 = arith.addf %v201, %v200 fastmath<contract> : f32
              %v204 = arith.addi %v115, %v203 : i64
              %v205 = arith.minsi %v204, %v116 : i64
              %v206 = arith.addi %v42, %v205 : i64
              %v207 = arith.muli %v19, %v84 : i64
              %v208 = arith.muli %v17, %v83 : i64
              %v209 = arith.addi %v207, %v208 : i64
              %v210 = arith.muli %v206, %v1 : i64
              %v211 = arith.addi %v209, %v210 : i64
              %v212 = llvm.getelementptr %in_a[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v213 = llvm.load %v212 : !llvm.ptr -> f32
              %v214 = arith.muli %v19, %v84 : i64
              %v215 = arith.muli %v17, %v83 : i64
              %v216 = arith.addi %v214, %v215 : i64
              %v217 = arith.muli %v206, %v1 : i64
              %v218 = arith.addi %v216, %v217 : i64
              %v219 = llvm.getelementptr %in_x[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v220 = llvm.load %v219 : !llvm.ptr -> f32
              %v221 = arith.mulf %v213, %v202 fastmath<contract> : f32
              %v222 = arith.addf %v221, %v220 fastmath<contract> : f32
              %v224 = arith.addi %v115, %v223 : i64
              %v225 = arith.minsi %v224, %v116 : i64
              %v226 = arith.addi %v42, %v225 : i64
              %v227 = arith.muli %v19, %v84 : i64
              %v228 = arith.muli %v17, %v83 : i64
              %v229 = arith.addi %v227, %v228 : i64
              %v230 = arith.muli %v226, %v1 : i64
              %v231 = arith.addi %v229, %v230 : i64
              %v232 = llvm.getelementptr %in_a[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v233 = llvm.load %v232 : !llvm.ptr -> f32
              %v234 = arith.muli %v19, %v84 : i64
              %v235 = arith.muli %v17, %v83 : i64
              %v236 = arith.addi %v234, %v235 : i64
              %v237 = arith.muli %v226, %v1 : i64
              %v238 = arith.addi %v236, %v237 : i64
              %v239 = llvm.getelementptr %in_x[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v240 = llvm.load %v239 : !llvm.ptr -> f32
              %v241 = arith.mulf %v233, %v222 fastmath<contract> : f32
              %v242 = arith.addf %v241, %v240 fastmath<contract> : f32
              %v244 = arith.addi %v115, %v243 : i64
              %v245 = arith.minsi %v244, %v116 : i64
              %v246 = arith.addi %v42, %v245 : i64
              %v247 = arith.muli %v19, %v84 : i64
              %v248 = arith.muli %v17, %v83 : i64
              %v249 = arith.addi %v247, %v248 : i64
              %v250 = arith.muli %v246, %v1 : i64
              %v251 = arith.addi %v249, %v250 : i64
              %v252 = llvm.getelementptr %in_a[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v253 = llvm.load %v252 : !llvm.ptr -> f32
              %v254 = arith.muli %v19, %v84 : i64
              %v255 = arith.muli %v17, %v83 : i64
              %v256 = arith.addi %v254, %v255 : i64
              %v257 = arith.muli %v246, %v1 : i64
              %v258 = arith.addi %v256, %v257 : i64
              %v259 = llvm.getelementptr %in_x[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v260 = llvm.load %v259 : !llvm.ptr -> f32
              %v261 = arith.mulf %v253, %v242 fastmath<contract> : f32
              %v262 = arith.addf %v261, %v260 fastmath<contract> : f32
              %v263 = arith.addi %v115, %v29 : i64
              %v264 = arith.minsi %v263, %v116 : i64
              %v265 = arith.addi %v42, %v264 : i64
              %v266 = arith.muli %v19, %v84 : i64
              %v267 = arith.muli %v17, %v83 : i64
              %v268 = arith.addi %v266, %v267 : i64
              %v269 = arith.muli %v265, %v1 : i64
              %v270 = arith.addi %v268, %v269 : i64
              %v271 = llvm.getelementptr %in_a[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v272 = llvm.load %v271 : !llvm.ptr -> f32
              %v273 = arith.muli %v19, %v84 : i64
              %v274 = arith.muli %v17, %v83 : i64
              %v275 = arith.addi %v273, %v274 : i64
              %v276 = arith.muli %v265, %v1 : i64
              %v277 = arith.addi %v275, %v276 : i64
              %v278 = llvm.getelementptr %in_x[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v279 = llvm.load %v278 : !llvm.ptr -> f32
              %v280 = arith.mulf %v272, %v262 fastmath<contract> : f32
              %v281 = arith.addf %v280, %v279 fastmath<contract> : f32
              %v282 = arith.subi %v44, %v115 : i64
              %v283 = arith.trunci %v282 : i64 to i32
              %v284 = arith.subi %size_T, %v1 : i64
              %v285 = arith.addi %v42, %v115 : i64
              %v286 = arith.subi %v284, %v285 : i64
              %v288 = arith.minsi %v286, %v287 : i64
              %v289 = arith.trunci %v288 : i64 to i32
              %v290 = arith.addi %v115, %v29 : i64
              %v292 = arith.cmpi slt, %v291, %v283 : i32
              %v293 = arith.cmpi eq, %v291, %v289 : i32
              scf.if %v292 {
                %v294 = arith.addi %v42, %v290 : i64
                %v295 = arith.muli %v19, %v84 : i64
                %v296 = arith.muli %v17, %v83 : i64
                %v297 = arith.addi %v295, %v296 : i64
                %v298 = arith.muli %v294, %v1 : i64
                %v299 = arith.addi %v297, %v298 : i64
                %v300 = llvm.getelementptr %dy_y[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v301 = llvm.load %v300 : !llvm.ptr -> f32
                %v302 = llvm.load %v21 : !llvm.ptr -> f32
                %v303 = llvm.load %v22 : !llvm.ptr -> f32
                %v304 = arith.mulf %v303, %v302 fastmath<contract> : f32
                %v305 = arith.addf %v301, %v304 fastmath<contract> : f32
                llvm.store %v305, %v21 : f32, !llvm.ptr
                %v306 = llvm.load %v21 : !llvm.ptr -> f32
                %v307 = arith.mulf %v262, %v306 fastmath<contract> : f32
                scf.if %v14 {
                  %v308 = arith.muli %v19, %v84 : i64
                  %v309 = arith.muli %v17, %v83 : i64
                  %v310 = arith.addi %v308, %v309 : i64
                  %v311 = arith.muli %v294, %v1 : i64
                  %v312 = arith.addi %v310, %v311 : i64
                  %v313 = llvm.getelementptr %dx_a[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v307, %v313 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v314 = arith.muli %v19, %v84 : i64
                  %v315 = arith.muli %v17, %v83 : i64
                  %v316 = arith.addi %v314, %v315 : i64
                  %v317 = arith.muli %v294, %v1 : i64
                  %v318 = arith.addi %v316, %v317 : i64
                  %v319 = llvm.getelementptr %dx_x[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v306, %v319 : f32, !llvm.ptr
                }
                %v320 = arith.muli %v19, %v84 : i64
                %v321 = arith.muli %v17, %v83 : i64
                %v322 = arith.addi %v320, %v321 : i64
                %v323 = arith.muli %v294, %v1 : i64
                %v324 = arith.addi %v322, %v323 : i64
                %v325 = llvm.getelementptr %in_a[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v326 = llvm.load %v325 : !llvm.ptr -> f32
                llvm.store %v326, %v22 : f32, !llvm.ptr
              }
              %v327 = arith.addi %v115, %v243 : i64
              %v329 = arith.cmpi slt, %v328, %v283 : i32
              %v330 = arith.cmpi eq, %v328, %v289 : i32
              scf.if %v329 {
                %v331 = arith.addi %v42, %v327 : i64
                %v332 = arith.muli %v19, %v84 : i64
                %v333 = arith.muli %v17, %v83 : i64
                %v334 = arith.addi %v332, %v333 : i64
                %v335 = arith.muli %v331, %v1 : i64
                %v336 = arith.addi %v334, %v335 : i64
                %v337 = llvm.getelementptr %dy_y[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v338 = llvm.load %v337 : !llvm.ptr -> f32
                %v339 = llvm.load %v21 : !llvm.ptr -> f32
                %v340 = llvm.load %v22 : !llvm.ptr -> f32
                %v341 = arith.mulf %v340, %v339 fastmath<contract> : f32
                %v342 = arith.addf %v338, %v341 fastmath<contract> : f32
                llvm.store %v342, %v21 : f32, !llvm.ptr
                %v343 = llvm.load %v21 : !llvm.ptr -> f32
                %v344 = arith.mulf %v242, %v343 fastmath<contract> : f32
                scf.if %v14 {
                  %v345 = arith.muli %v19, %v84 : i64
                  %v346 = arith.muli %v17, %v83 : i64
                  %v347 = arith.addi %v345, %v346 : i64
                  %v348 = arith.muli %v331, %v1 : i64
                  %v349 = arith.addi %v347, %v348 : i64
                  %v350 = llvm.getelementptr %dx_a[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v344, %v350 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v351 = arith.muli %v19, %v84 : i64
                  %v352 = arith.muli %v17, %v83 : i64
                  %v353 = arith.addi %v351, %v352 : i64
                  %v354 = arith.muli %v331, %v1 : i64
                  %v355 = arith.addi %v353, %v354 : i64
                  %v356 = llvm.getelementptr %dx_x[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v343, %v356 : f32, !llvm.ptr
                }
                %v357 = arith.muli %v19, %v84 : i64
                %v358 = arith.muli %v17, %v83 : i64
                %v359 = arith.addi %v357, %v358 : i64
                %v360 = arith.muli %v331, %v1 : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = llvm.getelementptr %in_a[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v363 = llvm.load %v362 : !llvm.ptr -> f32
                llvm.store %v363, %v22 : f32, !llvm.ptr
              }
              %v364 = arith.addi %v115, %v223 : i64
              %v366 = arith.cmpi slt, %v365, %v283 : i32
              %v367 = arith.cmpi eq, %v365, %v289 : i32
              scf.if %v366 {
                %v368 = arith.addi %v42, %v364 : i64
                %v369 = arith.muli %v19, %v84 : i64
                %v370 = arith.muli %v17, %v83 : i64
                %v371 = arith.addi %v369, %v370 : i64
                %v372 = arith.muli %v368, %v1 : i64
                %v373 = arith.addi %v371, %v372 : i64
                %v374 = llvm.getelementptr %dy_y[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v375 = llvm.load %v374 : !llvm.ptr -> f32
                %v376 = llvm.load %v21 : !llvm.ptr -> f32
                %v377 = llvm.load %v22 : !llvm.ptr -> f32
                %v378 = arith.mulf %v377, %v376 fastmath<contract> : f32
                %v379 = arith.addf %v375, %v378 fastmath<contract> : f32
                llvm.store %v379, %v21 : f32, !llvm.ptr
                %v380 = llvm.load %v21 : !llvm.ptr -> f32
                %v381 = arith.mulf %v222, %v380 fastmath<contract> : f32
                scf.if %v14 {
                  %v382 = arith.muli %v19, %v84 : i64
                  %v383 = arith.muli %v17, %v83 : i64
                  %v384 = arith.addi %v382, %v383 : i64
                  %v385 = arith.muli %v368, %v1 : i64
                  %v386 = arith.addi %v384, %v385 : i64
                  %v387 = llvm.getelementptr %dx_a[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v381, %v387 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v388 = arith.muli %v19, %v84 : i64
                  %v389 = arith.muli %v17, %v83 : i64
                  %v390 = arith.addi %v388, %v389 : i64
                  %v391 = arith.muli %v368, %v1 : i64
                  %v392 = arith.addi %v390, %v391 : i64
                  %v393 = llvm.getelementptr %dx_x[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v380, %v393 : f32, !llvm.ptr
                }
                %v394 = arith.muli %v19, %v84 : i64
                %v395 = arith.muli %v17, %v83 : i64
                %v396 = arith.addi %v394, %v395 : i64
                %v397 = arith.muli %v368, %v1 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = llvm.getelementptr %in_a[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                llvm.store %v400, %v22 : f32, !llvm.ptr
              }
              %v401 = arith.addi %v115, %v203 : i64
              %v403 = arith.cmpi slt, %v402, %v283 : i32
              %v404 = arith.cmpi eq, %v402, %v289 : i32
              scf.if %v403 {
                %v405 = arith.addi %v42, %v401 : i64
                %v406 = arith.muli %v19, %v84 : i64
                %v407 = arith.muli %v17, %v83 : i64
                %v408 = arith.addi %v406, %v407 : i64
                %v409 = arith.muli %v405, %v1 : i64
                %v410 = arith.addi %v408, %v409 : i64
                %v411 = llvm.getelementptr %dy_y[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v412 = llvm.load %v411 : !llvm.ptr -> f32
                %v413 = llvm.load %v21 : !llvm.ptr -> f32
                %v414 = llvm.load %v22 : !llvm.ptr -> f32
                %v415 = arith.mulf %v414, %v413 fastmath<contract> : f32
                %v416 = arith.addf %v412, %v415 fastmath<contract> : f32
                llvm.store %v416, %v21 : f32, !llvm.ptr
                %v417 = llvm.load %v21 : !llvm.ptr -> f32
                %v418 = arith.mulf %v202, %v417 fastmath<contract> : f32
                scf.if %v14 {
                  %v419 = arith.muli %v19, %v84 : i64
                  %v420 = arith.muli %v17, %v83 : i64
                  %v421 = arith.addi %v419, %v420 : i64
                  %v422 = arith.muli %v405, %v1 : i64
                  %v423 = arith.addi %v421, %v422 : i64
                  %v424 = llvm.getelementptr %dx_a[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v418, %v424 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v425 = arith.muli %v19, %v84 : i64
                  %v426 = arith.muli %v17, %v83 : i64
                  %v427 = arith.addi %v425, %v426 : i64
                  %v428 = arith.muli %v405, %v1 : i64
                  %v429 = arith.addi %v427, %v428 : i64
                  %v430 = llvm.getelementptr %dx_x[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v417, %v430 : f32, !llvm.ptr
                }
                %v431 = arith.muli %v19, %v84 : i64
                %v432 = arith.muli %v17, %v83 : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = arith.muli %v405, %v1 : i64
                %v435 = arith.addi %v433, %v434 : i64
                %v436 = llvm.getelementptr %in_a[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                llvm.store %v437, %v22 : f32, !llvm.ptr
              }
              %v438 = arith.addi %v115, %v183 : i64
              %v440 = arith.cmpi slt, %v439, %v283 : i32
              %v441 = arith.cmpi eq, %v439, %v289 : i32
              scf.if %v440 {
                %v442 = arith.addi %v42, %v438 : i64
                %v443 = arith.muli %v19, %v84 : i64
                %v444 = arith.muli %v17, %v83 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = arith.muli %v442, %v1 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = llvm.getelementptr %dy_y[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v449 = llvm.load %v448 : !llvm.ptr -> f32
                %v450 = llvm.load %v21 : !llvm.ptr -> f32
                %v451 = llvm.load %v22 : !llvm.ptr -> f32
                %v452 = arith.mulf %v451, %v450 fastmath<contract> : f32
                %v453 = arith.addf %v449, %v452 fastmath<contract> : f32
                llvm.store %v453, %v21 : f32, !llvm.ptr
                %v454 = llvm.load %v21 : !llvm.ptr -> f32
                %v455 = arith.mulf %v182, %v454 fastmath<contract> : f32
                scf.if %v14 {
                  %v456 = arith.muli %v19, %v84 : i64
                  %v457 = arith.muli %v17, %v83 : i64
                  %v458 = arith.addi %v456, %v457 : i64
                  %v459 = arith.muli %v442, %v1 : i64
                  %v460 = arith.addi %v458, %v459 : i64
                  %v461 = llvm.getelementptr %dx_a[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v455, %v461 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v462 = arith.muli %v19, %v84 : i64
                  %v463 = arith.muli %v17, %v83 : i64
                  %v464 = arith.addi %v462, %v463 : i64
                  %v465 = arith.muli %v442, %v1 : i64
                  %v466 = arith.addi %v464, %v465 : i64
                  %v467 = llvm.getelementptr %dx_x[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v454, %v467 : f32, !llvm.ptr
                }
                %v468 = arith.muli %v19, %v84 : i64
                %v469 = arith.muli %v17, %v83 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = arith.muli %v442, %v1 : i64
                %v472 = arith.addi %v470, %v471 : i64
                %v473 = llvm.getelementptr %in_a[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v474 = llvm.load %v473 : !llvm.ptr -> f32
                llvm.store %v474, %v22 : f32, !llvm.ptr
              }
              %v475 = arith.addi %v115, %v163 : i64
              %v477 = arith.cmpi slt, %v476, %v283 : i32
              %v478 = arith.cmpi eq, %v476, %v289 : i32
              scf.if %v477 {
                %v479 = arith.addi %v42, %v475 : i64
                %v480 = arith.muli %v19, %v84 : i64
                %v481 = arith.muli %v17, %v83 : i64
                %v482 = arith.addi %v480, %v481 : i64
                %v483 = arith.muli %v479, %v1 : i64
                %v484 = arith.addi %v482, %v483 : i64
                %v485 = llvm.getelementptr %dy_y[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v486 = llvm.load %v485 : !llvm.ptr -> f32
                %v487 = llvm.load %v21 : !llvm.ptr -> f32
                %v488 = llvm.load %v22 : !llvm.ptr -> f32
                %v489 = arith.mulf %v488, %v487 fastmath<contract> : f32
                %v490 = arith.addf %v486, %v489 fastmath<contract> : f32
                llvm.store %v490, %v21 : f32, !llvm.ptr
                %v491 = llvm.load %v21 : !llvm.ptr -> f32
                %v492 = arith.mulf %v162, %v491 fastmath<contract> : f32
                scf.if %v14 {
                  %v493 = arith.muli %v19, %v84 : i64
                  %v494 = arith.muli %v17, %v83 : i64
                  %v495 = arith.addi %v493, %v494 : i64
                  %v496 = arith.muli %v479, %v1 : i64
                  %v497 = arith.addi %v495, %v496 : i64
                  %v498 = llvm.getelementptr %dx_a[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v492, %v498 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v499 = arith.muli %v19, %v84 : i64
                  %v500 = arith.muli %v17, %v83 : i64
                  %v501 = arith.addi %v499, %v500 : i64
                  %v502 = arith.muli %v479, %v1 : i64
                  %v503 = arith.addi %v501, %v502 : i64
                  %v504 = llvm.getelementptr %dx_x[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v491, %v504 : f32, !llvm.ptr
                }
                %v505 = arith.muli %v19, %v84 : i64
                %v506 = arith.muli %v17, %v83 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = arith.muli %v479, %v1 : i64
                %v509 = arith.addi %v507, %v508 : i64
                %v510 = llvm.getelementptr %in_a[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v511 = llvm.load %v510 : !llvm.ptr -> f32
                llvm.store %v511, %v22 : f32, !llvm.ptr
              }
              %v512 = arith.addi %v115, %v1 : i64
              %v514 = arith.cmpi slt, %v513, %v283 : i32
              %v515 = arith.cmpi eq, %v513, %v289 : i32
              scf.if %v514 {
                %v516 = arith.addi %v42, %v512 : i64
                %v517 = arith.muli %v19, %v84 : i64
                %v518 = arith.muli %v17, %v83 : i64
                %v519 = arith.addi %v517, %v518 : i64
                %v520 = arith.muli %v516, %v1 : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = llvm.getelementptr %dy_y[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v523 = llvm.load %v522 : !llvm.ptr -> f32
                %v524 = llvm.load %v21 : !llvm.ptr -> f32
                %v525 = llvm.load %v22 : !llvm.ptr -> f32
                %v526 = arith.mulf %v525, %v524 fastmath<contract> : f32
                %v527 = arith.addf %v523, %v526 fastmath<contract> : f32
                llvm.store %v527, %v21 : f32, !llvm.ptr
                %v528 = llvm.load %v21 : !llvm.ptr -> f32
                %v529 = arith.mulf %v143, %v528 fastmath<contract> : f32
                scf.if %v14 {
                  %v530 = arith.muli %v19, %v84 : i64
                  %v531 = arith.muli %v17, %v83 : i64
                  %v532 = arith.addi %v530, %v531 : i64
                  %v533 = arith.muli %v516, %v1 : i64
                  %v534 = arith.addi %v532, %v533 : i64
                  %v535 = llvm.getelementptr %dx_a[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v529, %v535 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v536 = arith.muli %v19, %v84 : i64
                  %v537 = arith.muli %v17, %v83 : i64
                  %v538 = arith.addi %v536, %v537 : i64
                  %v539 = arith.muli %v516, %v1 : i64
                  %v540 = arith.addi %v538, %v539 : i64
                  %v541 = llvm.getelementptr %dx_x[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v528, %v541 : f32, !llvm.ptr
                }
                %v542 = arith.muli %v19, %v84 : i64
                %v543 = arith.muli %v17, %v83 : i64
                %v544 = arith.addi %v542, %v543 : i64
                %v545 = arith.muli %v516, %v1 : i64
                %v546 = arith.addi %v544, %v545 : i64
                %v547 = llvm.getelementptr %in_a[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v548 = llvm.load %v547 : !llvm.ptr -> f32
                llvm.store %v548, %v22 : f32, !llvm.ptr
              }
              %v549 = arith.addi %v115, %v25 : i64
              %v551 = arith.cmpi slt, %v550, %v283 : i32
              %v552 = arith.cmpi eq, %v550, %v289 : i32
              scf.if %v551 {
                %v553 = arith.addi %v42, %v549 : i64
                %v554 = arith.muli %v19, %v84 : i64
                %v555 = arith.muli %v17, %v83 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = arith.muli %v553, %v1 : i64
                %v558 = arith.addi %v556, %v557 : i64
                %v559 = llvm.getelementptr %dy_y[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v560 = llvm.load %v559 : !llvm.ptr -> f32
                %v561 = llvm.load %v21 : !llvm.ptr -> f32
                %v562 = llvm.load %v22 : !llvm.ptr -> f32
                %v563 = arith.mulf %v562, %v561 fastmath<contract> : f32
                %v564 = arith.addf %v560, %v563 fastmath<contract> : f32
                llvm.store %v564, %v21 : f32, !llvm.ptr
                %v565 = llvm.load %v21 : !llvm.ptr -> f32
                %v566 = arith.mulf %v124, %v565 fastmath<contract> : f32
                scf.if %v14 {
                  %v567 = arith.muli %v19, %v84 : i64
                  %v568 = arith.muli %v17, %v83 : i64
                  %v569 = arith.addi %v567, %v568 : i64
                  %v570 = arith.muli %v553, %v1 : i64
                  %v571 = arith.addi %v569, %v570 : i64
                  %v572 = llvm.getelementptr %dx_a[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v566, %v572 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v573 = arith.muli %v19, %v84 : i64
                  %v574 = arith.muli %v17, %v83 : i64
                  %v575 = arith.addi %v573, %v574 : i64
                  %v576 = arith.muli %v553, %v1 : i64
                  %v577 = arith.addi %v575, %v576 : i64
                  %v578 = llvm.getelementptr %dx_x[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v565, %v578 : f32, !llvm.ptr
                }
                %v579 = arith.muli %v19, %v84 : i64
                %v580 = arith.muli %v17, %v83 : i64
                %v581 = arith.addi %v579, %v580 : i64
                %v582 = arith.muli %v553, %v1 : i64
                %v583 = arith.addi %v581, %v582 : i64
                %v584 = llvm.getelementptr %in_a[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v585 = llvm.load %v584 : !llvm.ptr -> f32
                llvm.store %v585, %v22 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v586 = arith.constant true
      scf.if %v586 {
      }
      gpu.return
    }
  }
}
