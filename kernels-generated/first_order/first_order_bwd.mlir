module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_a: !llvm.ptr, %dx_x: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_C : i64
      %v3 = arith.constant 64 : i64
      %v4 = arith.divui %slice_first, %v3 : i64
      %v5 = arith.addi %slice_first, %slice_steps : i64
      %v6 = arith.constant 63 : i64
      %v7 = arith.addi %v5, %v6 : i64
      %v8 = arith.divui %v7, %v3 : i64
      %v9 = arith.constant 0 : i64
      %v10 = arith.cmpi eq, %slice_first, %v9 : i64
      %v11 = arith.cmpi sge, %v5, %size_T : i64
      %v12 = arith.cmpi slt, %v5, %size_T : i64
      %v13 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v20 = arith.constant 256 : i64
      %v30 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = arith.constant 0x00000000 : f32
      %v33 = arith.constant 0x3F800000 : f32
      %v40 = arith.constant 8 : i64
      %v41 = arith.constant 7 : i64
      %v60 = arith.muli %size_B, %size_C : i64
      %v90 = arith.muli %size_T, %size_C : i64
      %v162 = arith.constant 2 : i64
      %v180 = arith.constant 3 : i64
      %v198 = arith.constant 4 : i64
      %v216 = arith.constant 5 : i64
      %v234 = arith.constant 6 : i64
      %v274 = arith.constant 2147483647 : i64
      %v278 = arith.constant 7 : i32
      %v311 = arith.constant 6 : i32
      %v344 = arith.constant 5 : i32
      %v377 = arith.constant 4 : i32
      %v410 = arith.constant 3 : i32
      %v443 = arith.constant 2 : i32
      %v476 = arith.constant 1 : i32
      %v508 = arith.constant 0 : i32
      %v16 = gpu.block_id x
      %v17 = gpu.thread_id x
      %v18 = arith.index_cast %v17 : index to i64
      %v19 = arith.index_cast %v16 : index to i64
      %v21 = arith.muli %v19, %v20 : i64
      %v22 = arith.addi %v21, %v18 : i64
      %v23 = arith.cmpi slt, %v22, %v2 : i64
      %v24 = arith.subi %v2, %v1 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_C : i64
      %v27 = arith.divui %v25, %size_C : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      llvm.store %v32, %v30 : f32, !llvm.ptr
      llvm.store %v33, %v31 : f32, !llvm.ptr
      scf.if %v12 {
        scf.if %v23 {
          %v34 = llvm.getelementptr %slice_carry[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v35 = llvm.load %v34 : !llvm.ptr -> f32
          llvm.store %v35, %v30 : f32, !llvm.ptr
          %v36 = arith.addi %v2, %v22 : i64
          %v37 = llvm.getelementptr %slice_carry[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v38 = llvm.load %v37 : !llvm.ptr -> f32
          llvm.store %v38, %v31 : f32, !llvm.ptr
        }
      }
      scf.if %v11 {
      }
      %v39 = arith.cmpi eq, %size_T, %v9 : i64
      scf.if %v39 {
        llvm.store %v32, %v15 : f32, !llvm.ptr
      }
      %v42 = arith.addi %size_T, %v6 : i64
      %v43 = arith.divui %v42, %v3 : i64
      %v44 = arith.minsi %v8, %v43 : i64
      %v45 = arith.subi %v44, %v4 : i64
      %v46 = arith.maxsi %v45, %v9 : i64
      %v47 = arith.index_cast %v9 : i64 to index
      %v48 = arith.index_cast %v46 : i64 to index
      %v49 = arith.index_cast %v1 : i64 to index
      scf.for %v50 = %v47 to %v48 step %v49 {
        %v51 = arith.index_cast %v50 : index to i64
        %v52 = arith.subi %v44, %v1 : i64
        %v53 = arith.subi %v52, %v51 : i64
        %v54 = arith.muli %v53, %v3 : i64
        %v55 = arith.subi %size_T, %v54 : i64
        %v56 = arith.minsi %v55, %v3 : i64
        %v57 = arith.addi %v56, %v41 : i64
        %v58 = arith.divui %v57, %v40 : i64
        %v59 = arith.subi %v56, %v1 : i64
        %v61 = arith.muli %v53, %v60 : i64
        %v62 = arith.muli %v28, %size_C : i64
        %v63 = arith.addi %v62, %v26 : i64
        %v64 = arith.addi %v61, %v63 : i64
        %v65 = llvm.getelementptr %ckpt_h[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v66 = llvm.load %v65 : !llvm.ptr -> f32
        llvm.store %v66, %v14 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v67 = arith.index_cast %v9 : i64 to index
        %v68 = arith.index_cast %v58 : i64 to index
        %v69 = arith.index_cast %v1 : i64 to index
        scf.for %v70 = %v67 to %v68 step %v69 {
          %v71 = arith.index_cast %v70 : index to i64
          scf.if %v23 {
            %v72 = llvm.load %v14 : !llvm.ptr -> f32
            %v73 = arith.muli %v71, %v2 : i64
            %v74 = arith.subi %v2, %v1 : i64
            %v75 = arith.minsi %v22, %v74 : i64
            %v76 = arith.addi %v73, %v75 : i64
            %v77 = llvm.getelementptr %scratch_h[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v72, %v77 : f32, !llvm.ptr
          }
          %v78 = arith.muli %v71, %v40 : i64
          %v79 = arith.subi %v56, %v78 : i64
          %v80 = arith.trunci %v79 : i64 to i32
          %v81 = arith.index_cast %v9 : i64 to index
          %v82 = arith.index_cast %v40 : i64 to index
          %v83 = arith.index_cast %v1 : i64 to index
          scf.for %v84 = %v81 to %v82 step %v83 {
            %v85 = arith.index_cast %v84 : index to i64
            %v86 = arith.trunci %v85 : i64 to i32
            %v87 = arith.addi %v78, %v85 : i64
            %v88 = arith.cmpi slt, %v86, %v80 : i32
            scf.if %v88 {
              %v89 = arith.addi %v54, %v87 : i64
              %v91 = arith.muli %v28, %v90 : i64
              %v92 = arith.muli %v26, %size_T : i64
              %v93 = arith.addi %v91, %v92 : i64
              %v94 = arith.addi %v93, %v89 : i64
              %v95 = llvm.getelementptr %in_a[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v96 = llvm.load %v95 : !llvm.ptr -> f32
              %v97 = arith.muli %v28, %v90 : i64
              %v98 = arith.muli %v26, %size_T : i64
              %v99 = arith.addi %v97, %v98 : i64
              %v100 = arith.addi %v99, %v89 : i64
              %v101 = llvm.getelementptr %in_x[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v102 = llvm.load %v101 : !llvm.ptr -> f32
              %v103 = llvm.load %v14 : !llvm.ptr -> f32
              %v104 = arith.mulf %v96, %v103 fastmath<contract> : f32
              %v105 = arith.addf %v104, %v102 fastmath<contract> : f32
              llvm.store %v105, %v14 : f32, !llvm.ptr
            }
          }
        }
        %v106 = arith.index_cast %v9 : i64 to index
        %v107 = arith.index_cast %v1 : i64 to index
        %v108 = arith.index_cast %v1 : i64 to index
        scf.for %v109 = %v106 to %v107 step %v108 {
          %v110 = arith.index_cast %v109 : index to i64
          %v111 = arith.index_cast %v9 : i64 to index
          %v112 = arith.index_cast %v58 : i64 to index
          %v113 = arith.index_cast %v1 : i64 to index
          scf.for %v114 = %v111 to %v112 step %v113 {
            %v115 = arith.index_cast %v114 : index to i64
            %v116 = arith.cmpi slt, %v115, %v58 : i64
            scf.if %v116 {
              %v117 = arith.subi %v58, %v1 : i64
              %v118 = arith.subi %v117, %v115 : i64
              %v119 = arith.muli %v118, %v40 : i64
              %v120 = arith.addi %v119, %v40 : i64
              %v121 = arith.cmpi sle, %v120, %v56 : i64
              scf.if %v121 {
                %v122 = arith.subi %v56, %v1 : i64
                %v123 = arith.muli %v118, %v2 : i64
                %v124 = arith.subi %v2, %v1 : i64
                %v125 = arith.minsi %v22, %v124 : i64
                %v126 = arith.addi %v123, %v125 : i64
                %v127 = llvm.getelementptr %scratch_h[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v128 = llvm.load %v127 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v129 = arith.minsi %v119, %v122 : i64
                %v130 = arith.addi %v54, %v129 : i64
                %v131 = arith.muli %v28, %v90 : i64
                %v132 = arith.muli %v26, %size_T : i64
                %v133 = arith.addi %v131, %v132 : i64
                %v134 = arith.addi %v133, %v130 : i64
                %v135 = llvm.getelementptr %in_a[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v136 = llvm.load %v135 : !llvm.ptr -> f32
                %v137 = arith.muli %v28, %v90 : i64
                %v138 = arith.muli %v26, %size_T : i64
                %v139 = arith.addi %v137, %v138 : i64
                %v140 = arith.addi %v139, %v130 : i64
                %v141 = llvm.getelementptr %in_x[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v142 = llvm.load %v141 : !llvm.ptr -> f32
                %v143 = arith.mulf %v136, %v128 fastmath<contract> : f32
                %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
                %v145 = arith.addi %v119, %v1 : i64
                %v146 = arith.minsi %v145, %v122 : i64
                %v147 = arith.addi %v54, %v146 : i64
                %v148 = arith.muli %v28, %v90 : i64
                %v149 = arith.muli %v26, %size_T : i64
                %v150 = arith.addi %v148, %v149 : i64
                %v151 = arith.addi %v150, %v147 : i64
                %v152 = llvm.getelementptr %in_a[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v153 = llvm.load %v152 : !llvm.ptr -> f32
                %v154 = arith.muli %v28, %v90 : i64
                %v155 = arith.muli %v26, %size_T : i64
                %v156 = arith.addi %v154, %v155 : i64
                %v157 = arith.addi %v156, %v147 : i64
                %v158 = llvm.getelementptr %in_x[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v159 = llvm.load %v158 : !llvm.ptr -> f32
                %v160 = arith.mulf %v153, %v144 fastmath<contract> : f32
                %v161 = arith.addf %v160, %v159 fastmath<contract> : f32
                %v163 = arith.addi %v119, %v162 : i64
                %v164 = arith.minsi %v163, %v122 : i64
                %v165 = arith.addi %v54, %v164 : i64
                %v166 = arith.muli %v28, %v90 : i64
                %v167 = arith.muli %v26, %size_T : i64
                %v168 = arith.addi %v166, %v167 : i64
                %v169 = arith.addi %v168, %v165 : i64
                %v170 = llvm.getelementptr %in_a[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v171 = llvm.load %v170 : !llvm.ptr -> f32
                %v172 = arith.muli %v28, %v90 : i64
                %v173 = arith.muli %v26, %size_T : i64
                %v174 = arith.addi %v172, %v173 : i64
                %v175 = arith.addi %v174, %v165 : i64
                %v176 = llvm.getelementptr %in_x[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v177 = llvm.load %v176 : !llvm.ptr -> f32
                %v178 = arith.mulf %v171, %v161 fastmath<contract> : f32
                %v179 = arith.addf %v178, %v177 fastmath<contract> : f32
                %v181 = arith.addi %v119, %v180 : i64
                %v182 = arith.minsi %v181, %v122 : i64
                %v183 = arith.addi %v54, %v182 : i64
                %v184 = arith.muli %v28, %v90 : i64
                %v185 = arith.muli %v26, %size_T : i64
                %v186 = arith.addi %v184, %v185 : i64
                %v187 = arith.addi %v186, %v183 : i64
                %v188 = llvm.getelementptr %in_a[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v189 = llvm.load %v188 : !llvm.ptr -> f32
                %v190 = arith.muli %v28, %v90 : i64
                %v191 = arith.muli %v26, %size_T : i64
                %v192 = arith.addi %v190, %v191 : i64
                %v193 = arith.addi %v192, %v183 : i64
                %v194 = llvm.getelementptr %in_x[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v195 = llvm.load %v194 : !llvm.ptr -> f32
                %v196 = arith.mulf %v189, %v179 fastmath<contract> : f32
                %v197 = arith.addf %v196, %v195 fastmath<contract> : f32
                %v199 = arith.addi %v119, %v198 : i64
                %v200 = arith.minsi %v199, %v122 : i64
                %v201 = arith.addi %v54, %v200 : i64
                %v202 = arith.muli %v28, %v90 : i64
                %v203 = arith.muli %v26, %size_T : i64
                %v204 = arith.addi %v202, %v203 : i64
                %v205 = arith.addi %v204, %v201 : i64
                %v206 = llvm.getelementptr %in_a[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v207 = llvm.load %v206 : !llvm.ptr -> f32
                %v208 = arith.muli %v28, %v90 : i64
                %v209 = arith.muli %v26, %size_T : i64
                %v210 = arith.addi %v208, %v209 : i64
                %v211 = arith.addi %v210, %v201 : i64
                %v212 = llvm.getelementptr %in_x[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v213 = llvm.load %v212 : !llvm.ptr -> f32
                %v214 = arith.mulf %v207, %v197 fastmath<contract> : f32
                %v215 = arith.addf %v214, %v213 fastmath<contract> : f32
                %v217 = arith.addi %v119, %v216 : i64
                %v218 = arith.minsi %v217, %v122 : i64
                %v219 = arith.addi %v54, %v218 : i64
                %v220 = arith.muli %v28, %v90 : i64
                %v221 = arith.muli %v26, %size_T : i64
                %v222 = arith.addi %v220, %v221 : i64
                %v223 = arith.addi %v222, %v219 : i64
                %v224 = llvm.getelementptr %in_a[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v225 = llvm.load %v224 : !llvm.ptr -> f32
                %v226 = arith.muli %v28, %v90 : i64
                %v227 = arith.muli %v26, %size_T : i64
                %v228 = arith.addi %v226, %v227 : i64
                %v229 = arith.addi %v228, %v219 : i64
                %v230 = llvm.getelementptr %in_x[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v231 = llvm.load %v230 : !llvm.ptr -> f32
                %v232 = arith.mulf %v225, %v215 fastmath<contract> : f32
                %v233 = arith.addf %v232, %v231 fastmath<contract> : f32
                %v235 = arith.addi %v119, %v234 : i64
                %v236 = arith.minsi %v235, %v122 : i64
                %v237 = arith.addi %v54, %v236 : i64
                %v238 = arith.muli %v28, %v90 : i64
                %v239 = arith.muli %v26, %size_T : i64
                %v240 = arith.addi %v238, %v239 : i64
                %v241 = arith.addi %v240, %v237 : i64
                %v242 = llvm.getelementptr %in_a[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v243 = llvm.load %v242 : !llvm.ptr -> f32
                %v244 = arith.muli %v28, %v90 : i64
                %v245 = arith.muli %v26, %size_T : i64
                %v246 = arith.addi %v244, %v245 : i64
                %v247 = arith.addi %v246, %v237 : i64
                %v248 = llvm.getelementptr %in_x[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v249 = llvm.load %v248 : !llvm.ptr -> f32
                %v250 = arith.mulf %v243, %v233 fastmath<contract> : f32
                %v251 = arith.addf %v250, %v249 fastmath<contract> : f32
                %v252 = arith.addi %v119, %v41 : i64
                %v253 = arith.minsi %v252, %v122 : i64
                %v254 = arith.addi %v54, %v253 : i64
                %v255 = arith.muli %v28, %v90 : i64
                %v256 = arith.muli %v26, %size_T : i64
                %v257 = arith.addi %v255, %v256 : i64
                %v258 = arith.addi %v257, %v254 : i64
                %v259 = llvm.getelementptr %in_a[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v260 = llvm.load %v259 : !llvm.ptr -> f32
                %v261 = arith.muli %v28, %v90 : i64
                %v262 = arith.muli %v26, %size_T : i64
                %v263 = arith.addi %v261, %v262 : i64
                %v264 = arith.addi %v263, %v254 : i64
                %v265 = llvm.getelementptr %in_x[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v266 = llvm.load %v265 : !llvm.ptr -> f32
                %v267 = arith.mulf %v260, %v251 fastmath<contract> : f32
                %v268 = arith.addf %v267, %v266 fastmath<contract> : f32
                %v269 = arith.subi %v56, %v119 : i64
                %v270 = arith.trunci %v269 : i64 to i32
                %v271 = arith.subi %size_T, %v1 : i64
                %v272 = arith.addi %v54, %v119 : i64
                %v273 = arith.subi %v271, %v272 : i64
                %v275 = arith.minsi %v273, %v274 : i64
                %v276 = arith.trunci %v275 : i64 to i32
                %v277 = arith.addi %v119, %v41 : i64
                %v279 = arith.cmpi slt, %v278, %v270 : i32
                %v280 = arith.cmpi eq, %v278, %v276 : i32
                %v281 = arith.addi %v54, %v277 : i64
                %v282 = arith.muli %v28, %v90 : i64
                %v283 = arith.muli %v26, %size_T : i64
                %v284 = arith.addi %v282, %v283 : i64
                %v285 = arith.addi %v284, %v281 : i64
                %v286 = llvm.getelementptr %dy_y[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v287 = llvm.load %v286 : !llvm.ptr -> f32
                %v288 = llvm.load %v30 : !llvm.ptr -> f32
                %v289 = llvm.load %v31 : !llvm.ptr -> f32
                %v290 = arith.mulf %v289, %v288 fastmath<contract> : f32
                %v291 = arith.addf %v287, %v290 fastmath<contract> : f32
                llvm.store %v291, %v30 : f32, !llvm.ptr
                %v292 = llvm.load %v30 : !llvm.ptr -> f32
                %v293 = arith.mulf %v251, %v292 fastmath<contract> : f32
                scf.if %v23 {
                  %v294 = arith.muli %v28, %v90 : i64
                  %v295 = arith.muli %v26, %size_T : i64
                  %v296 = arith.addi %v294, %v295 : i64
                  %v297 = arith.addi %v296, %v281 : i64
                  %v298 = llvm.getelementptr %dx_a[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v293, %v298 : f32, !llvm.ptr
                }
                scf.if %v23 {
                  %v299 = arith.muli %v28, %v90 : i64
                  %v300 = arith.muli %v26, %size_T : i64
                  %v301 = arith.addi %v299, %v300 : i64
                  %v302 = arith.addi %v301, %v281 : i64
                  %v303 = llvm.getelementptr %dx_x[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v292, %v303 : f32, !llvm.ptr
                }
                %v304 = arith.muli %v28, %v90 : i64
                %v305 = arith.muli %v26, %size_T : i64
                %v306 = arith.addi %v304, %v305 : i64
                %v307 = arith.addi %v306, %v281 : i64
                %v308 = llvm.getelementptr %in_a[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v309 = llvm.load %v308 : !llvm.ptr -> f32
                llvm.store %v309, %v31 : f32, !llvm.ptr
                %v310 = arith.addi %v119, %v234 : i64
                %v312 = arith.cmpi slt, %v311, %v270 : i32
                %v313 = arith.cmpi eq, %v311, %v276 : i32
                %v314 = arith.addi %v54, %v310 : i64
                %v315 = arith.muli %v28, %v90 : i64
                %v316 = arith.muli %v26, %size_T : i64
                %v317 = arith.addi %v315, %v316 : i64
                %v318 = arith.addi %v317, %v314 : i64
                %v319 = llvm.getelementptr %dy_y[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v320 = llvm.load %v319 : !llvm.ptr -> f32
                %v321 = llvm.load %v30 : !llvm.ptr -> f32
                %v322 = llvm.load %v31 : !llvm.ptr -> f32
                %v323 = arith.mulf %v322, %v321 fastmath<contract> : f32
                %v324 = arith.addf %v320, %v323 fastmath<contract> : f32
                llvm.store %v324, %v30 : f32, !llvm.ptr
                %v325 = llvm.load %v30 : !llvm.ptr -> f32
                %v326 = arith.mulf %v233, %v325 fastmath<contract> : f32
                scf.if %v23 {
                  %v327 = arith.muli %v28, %v90 : i64
                  %v328 = arith.muli %v26, %size_T : i64
                  %v329 = arith.addi %v327, %v328 : i64
                  %v330 = arith.addi %v329, %v314 : i64
                  %v331 = llvm.getelementptr %dx_a[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v326, %v331 : f32, !llvm.ptr
                }
                scf.if %v23 {
                  %v332 = arith.muli %v28, %v90 : i64
                  %v333 = arith.muli %v26, %size_T : i64
                  %v334 = arith.addi %v332, %v333 : i64
                  %v335 = arith.addi %v334, %v314 : i64
                  %v336 = llvm.getelementptr %dx_x[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v325, %v336 : f32, !llvm.ptr
                }
                %v337 = arith.muli %v28, %v90 : i64
                %v338 = arith.muli %v26, %size_T : i64
                %v339 = arith.addi %v337, %v338 : i64
                %v340 = arith.addi %v339, %v314 : i64
                %v341 = llvm.getelementptr %in_a[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v342 = llvm.load %v341 : !llvm.ptr -> f32
                llvm.store %v342, %v31 : f32, !llvm.ptr
                %v343 = arith.addi %v119, %v216 : i64
                %v345 = arith.cmpi slt, %v344, %v270 : i32
                %v346 = arith.cmpi eq, %v344, %v276 : i32
                %v347 = arith.addi %v54, %v343 : i64
                %v348 = arith.muli %v28, %v90 : i64
                %v349 = arith.muli %v26, %size_T : i64
                %v350 = arith.addi %v348, %v349 : i64
                %v351 = arith.addi %v350, %v347 : i64
                %v352 = llvm.getelementptr %dy_y[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v353 = llvm.load %v352 : !llvm.ptr -> f32
                %v354 = llvm.load %v30 : !llvm.ptr -> f32
                %v355 = llvm.load %v31 : !llvm.ptr -> f32
                %v356 = arith.mulf %v355, %v354 fastmath<contract> : f32
                %v357 = arith.addf %v353, %v356 fastmath<contract> : f32
                llvm.store %v357, %v30 : f32, !llvm.ptr
                %v358 = llvm.load %v30 : !llvm.ptr -> f32
                %v359 = arith.mulf %v215, %v358 fastmath<contract> : f32
                scf.if %v23 {
                  %v360 = arith.muli %v28, %v90 : i64
                  %v361 = arith.muli %v26, %size_T : i64
                  %v362 = arith.addi %v360, %v361 : i64
                  %v363 = arith.addi %v362, %v347 : i64
                  %v364 = llvm.getelementptr %dx_a[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v359, %v364 : f32, !llvm.ptr
                }
                scf.if %v23 {
                  %v365 = arith.muli %v28, %v90 : i64
                  %v366 = arith.muli %v26, %size_T : i64
                  %v367 = arith.addi %v365, %v366 : i64
                  %v368 = arith.addi %v367, %v347 : i64
                  %v369 = llvm.getelementptr %dx_x[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v358, %v369 : f32, !llvm.ptr
                }
                %v370 = arith.muli %v28, %v90 : i64
                %v371 = arith.muli %v26, %size_T : i64
                %v372 = arith.addi %v370, %v371 : i64
                %v373 = arith.addi %v372, %v347 : i64
                %v374 = llvm.getelementptr %in_a[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v375 = llvm.load %v374 : !llvm.ptr -> f32
                llvm.store %v375, %v31 : f32, !llvm.ptr
                %v376 = arith.addi %v119, %v198 : i64
                %v378 = arith.cmpi slt, %v377, %v270 : i32
                %v379 = arith.cmpi eq, %v377, %v276 : i32
                %v380 = arith.addi %v54, %v376 : i64
                %v381 = arith.muli %v28, %v90 : i64
                %v382 = arith.muli %v26, %size_T : i64
                %v383 = arith.addi %v381, %v382 : i64
                %v384 = arith.addi %v383, %v380 : i64
                %v385 = llvm.getelementptr %dy_y[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v386 = llvm.load %v385 : !llvm.ptr -> f32
                %v387 = llvm.load %v30 : !llvm.ptr -> f32
                %v388 = llvm.load %v31 : !llvm.ptr -> f32
                %v389 = arith.mulf %v388, %v387 fastmath<contract> : f32
                %v390 = arith.addf %v386, %v389 fastmath<contract> : f32
                llvm.store %v390, %v30 : f32, !llvm.ptr
                %v391 = llvm.load %v30 : !llvm.ptr -> f32
                %v392 = arith.mulf %v197, %v391 fastmath<contract> : f32
                scf.if %v23 {
                  %v393 = arith.muli %v28, %v90 : i64
                  %v394 = arith.muli %v26, %size_T : i64
                  %v395 = arith.addi %v393, %v394 : i64
                  %v396 = arith.addi %v395, %v380 : i64
                  %v397 = llvm.getelementptr %dx_a[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v392, %v397 : f32, !llvm.ptr
                }
                scf.if %v23 {
                  %v398 = arith.muli %v28, %v90 : i64
                  %v399 = arith.muli %v26, %size_T : i64
                  %v400 = arith.addi %v398, %v399 : i64
                  %v401 = arith.addi %v400, %v380 : i64
                  %v402 = llvm.getelementptr %dx_x[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v391, %v402 : f32, !llvm.ptr
                }
                %v403 = arith.muli %v28, %v90 : i64
                %v404 = arith.muli %v26, %size_T : i64
                %v405 = arith.addi %v403, %v404 : i64
                %v406 = arith.addi %v405, %v380 : i64
                %v407 = llvm.getelementptr %in_a[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v408 = llvm.load %v407 : !llvm.ptr -> f32
                llvm.store %v408, %v31 : f32, !llvm.ptr
                %v409 = arith.addi %v119, %v180 : i64
                %v411 = arith.cmpi slt, %v410, %v270 : i32
                %v412 = arith.cmpi eq, %v410, %v276 : i32
                %v413 = arith.addi %v54, %v409 : i64
                %v414 = arith.muli %v28, %v90 : i64
                %v415 = arith.muli %v26, %size_T : i64
                %v416 = arith.addi %v414, %v415 : i64
                %v417 = arith.addi %v416, %v413 : i64
                %v418 = llvm.getelementptr %dy_y[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v419 = llvm.load %v418 : !llvm.ptr -> f32
                %v420 = llvm.load %v30 : !llvm.ptr -> f32
                %v421 = llvm.load %v31 : !llvm.ptr -> f32
                %v422 = arith.mulf %v421, %v420 fastmath<contract> : f32
                %v423 = arith.addf %v419, %v422 fastmath<contract> : f32
                llvm.store %v423, %v30 : f32, !llvm.ptr
                %v424 = llvm.load %v30 : !llvm.ptr -> f32
                %v425 = arith.mulf %v179, %v424 fastmath<contract> : f32
                scf.if %v23 {
                  %v426 = arith.muli %v28, %v90 : i64
                  %v427 = arith.muli %v26, %size_T : i64
                  %v428 = arith.addi %v426, %v427 : i64
                  %v429 = arith.addi %v428, %v413 : i64
                  %v430 = llvm.getelementptr %dx_a[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v425, %v430 : f32, !llvm.ptr
                }
                scf.if %v23 {
                  %v431 = arith.muli %v28, %v90 : i64
                  %v432 = arith.muli %v26, %size_T : i64
                  %v433 = arith.addi %v431, %v432 : i64
                  %v434 = arith.addi %v433, %v413 : i64
                  %v435 = llvm.getelementptr %dx_x[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v424, %v435 : f32, !llvm.ptr
                }
                %v436 = arith.muli %v28, %v90 : i64
                %v437 = arith.muli %v26, %size_T : i64
                %v438 = arith.addi %v436, %v437 : i64
                %v439 = arith.addi %v438, %v413 : i64
                %v440 = llvm.getelementptr %in_a[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v441 = llvm.load %v440 : !llvm.ptr -> f32
                llvm.store %v441, %v31 : f32, !llvm.ptr
                %v442 = arith.addi %v119, %v162 : i64
                %v444 = arith.cmpi slt, %v443, %v270 : i32
                %v445 = arith.cmpi eq, %v443, %v276 : i32
                %v446 = arith.addi %v54, %v442 : i64
                %v447 = arith.muli %v28, %v90 : i64
                %v448 = arith.muli %v26, %size_T : i64
                %v449 = arith.addi %v447, %v448 : i64
                %v450 = arith.addi %v449, %v446 : i64
                %v451 = llvm.getelementptr %dy_y[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v452 = llvm.load %v451 : !llvm.ptr -> f32
                %v453 = llvm.load %v30 : !llvm.ptr -> f32
                %v454 = llvm.load %v31 : !llvm.ptr -> f32
                %v455 = arith.mulf %v454, %v453 fastmath<contract> : f32
                %v456 = arith.addf %v452, %v455 fastmath<contract> : f32
                llvm.store %v456, %v30 : f32, !llvm.ptr
                %v457 = llvm.load %v30 : !llvm.ptr -> f32
                %v458 = arith.mulf %v161, %v457 fastmath<contract> : f32
                scf.if %v23 {
                  %v459 = arith.muli %v28, %v90 : i64
                  %v460 = arith.muli %v26, %size_T : i64
                  %v461 = arith.addi %v459, %v460 : i64
                  %v462 = arith.addi %v461, %v446 : i64
                  %v463 = llvm.getelementptr %dx_a[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v458, %v463 : f32, !llvm.ptr
                }
                scf.if %v23 {
                  %v464 = arith.muli %v28, %v90 : i64
                  %v465 = arith.muli %v26, %size_T : i64
                  %v466 = arith.addi %v464, %v465 : i64
                  %v467 = arith.addi %v466, %v446 : i64
                  %v468 = llvm.getelementptr %dx_x[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v457, %v468 : f32, !llvm.ptr
                }
                %v469 = arith.muli %v28, %v90 : i64
                %v470 = arith.muli %v26, %size_T : i64
                %v471 = arith.addi %v469, %v470 : i64
                %v472 = arith.addi %v471, %v446 : i64
                %v473 = llvm.getelementptr %in_a[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v474 = llvm.load %v473 : !llvm.ptr -> f32
                llvm.store %v474, %v31 : f32, !llvm.ptr
                %v475 = arith.addi %v119, %v1 : i64
                %v477 = arith.cmpi slt, %v476, %v270 : i32
                %v478 = arith.cmpi eq, %v476, %v276 : i32
                %v479 = arith.addi %v54, %v475 : i64
                %v480 = arith.muli %v28, %v90 : i64
                %v481 = arith.muli %v26, %size_T : i64
                %v482 = arith.addi %v480, %v481 : i64
                %v483 = arith.addi %v482, %v479 : i64
                %v484 = llvm.getelementptr %dy_y[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v485 = llvm.load %v484 : !llvm.ptr -> f32
                %v486 = llvm.load %v30 : !llvm.ptr -> f32
                %v487 = llvm.load %v31 : !llvm.ptr -> f32
                %v488 = arith.mulf %v487, %v486 fastmath<contract> : f32
                %v489 = arith.addf %v485, %v488 fastmath<contract> : f32
                llvm.store %v489, %v30 : f32, !llvm.ptr
                %v490 = llvm.load %v30 : !llvm.ptr -> f32
                %v491 = arith.mulf %v144, %v490 fastmath<contract> : f32
                scf.if %v23 {
                  %v492 = arith.muli %v28, %v90 : i64
                  %v493 = arith.muli %v26, %size_T : i64
                  %v494 = arith.addi %v492, %v493 : i64
                  %v495 = arith.addi %v494, %v479 : i64
                  %v496 = llvm.getelementptr %dx_a[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v491, %v496 : f32, !llvm.ptr
                }
                scf.if %v23 {
                  %v497 = arith.muli %v28, %v90 : i64
                  %v498 = arith.muli %v26, %size_T : i64
                  %v499 = arith.addi %v497, %v498 : i64
                  %v500 = arith.addi %v499, %v479 : i64
                  %v501 = llvm.getelementptr %dx_x[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v490, %v501 : f32, !llvm.ptr
                }
                %v502 = arith.muli %v28, %v90 : i64
                %v503 = arith.muli %v26, %size_T : i64
                %v504 = arith.addi %v502, %v503 : i64
                %v505 = arith.addi %v504, %v479 : i64
                %v506 = llvm.getelementptr %in_a[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v507 = llvm.load %v506 : !llvm.ptr -> f32
                llvm.store %v507, %v31 : f32, !llvm.ptr
                %v509 = arith.cmpi slt, %v508, %v270 : i32
                %v510 = arith.cmpi eq, %v508, %v276 : i32
                %v511 = arith.addi %v54, %v119 : i64
                %v512 = arith.muli %v28, %v90 : i64
                %v513 = arith.muli %v26, %size_T : i64
                %v514 = arith.addi %v512, %v513 : i64
                %v515 = arith.addi %v514, %v511 : i64
                %v516 = llvm.getelementptr %dy_y[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v517 = llvm.load %v516 : !llvm.ptr -> f32
                %v518 = llvm.load %v30 : !llvm.ptr -> f32
                %v519 = llvm.load %v31 : !llvm.ptr -> f32
                %v520 = arith.mulf %v519, %v518 fastmath<contract> : f32
                %v521 = arith.addf %v517, %v520 fastmath<contract> : f32
                llvm.store %v521, %v30 : f32, !llvm.ptr
                %v522 = llvm.load %v30 : !llvm.ptr -> f32
                %v523 = arith.mulf %v128, %v522 fastmath<contract> : f32
                scf.if %v23 {
                  %v524 = arith.muli %v28, %v90 : i64
                  %v525 = arith.muli %v26, %size_T : i64
                  %v526 = arith.addi %v524, %v525 : i64
                  %v527 = arith.addi %v526, %v511 : i64
                  %v528 = llvm.getelementptr %dx_a[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v523, %v528 : f32, !llvm.ptr
                }
                scf.if %v23 {
                  %v529 = arith.muli %v28, %v90 : i64
                  %v530 = arith.muli %v26, %size_T : i64
                  %v531 = arith.addi %v529, %v530 : i64
                  %v532 = arith.addi %v531, %v511 : i64
                  %v533 = llvm.getelementptr %dx_x[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v522, %v533 : f32, !llvm.ptr
                }
                %v534 = arith.muli %v28, %v90 : i64
                %v535 = arith.muli %v26, %size_T : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = arith.addi %v536, %v511 : i64
                %v538 = llvm.getelementptr %in_a[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v539 = llvm.load %v538 : !llvm.ptr -> f32
                llvm.store %v539, %v31 : f32, !llvm.ptr
              } else {
                %v540 = arith.subi %v56, %v1 : i64
                %v541 = arith.muli %v118, %v2 : i64
                %v542 = arith.subi %v2, %v1 : i64
                %v543 = arith.minsi %v22, %v542 : i64
                %v544 = arith.addi %v541, %v543 : i64
                %v545 = llvm.getelementptr %scratch_h[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v546 = llvm.load %v545 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v547 = arith.minsi %v119, %v540 : i64
                %v548 = arith.addi %v54, %v547 : i64
                %v549 = arith.muli %v28, %v90 : i64
                %v550 = arith.muli %v26, %size_T : i64
                %v551 = arith.addi %v549, %v550 : i64
                %v552 = arith.addi %v551, %v548 : i64
                %v553 = llvm.getelementptr %in_a[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v554 = llvm.load %v553 : !llvm.ptr -> f32
                %v555 = arith.muli %v28, %v90 : i64
                %v556 = arith.muli %v26, %size_T : i64
                %v557 = arith.addi %v555, %v556 : i64
                %v558 = arith.addi %v557, %v548 : i64
                %v559 = llvm.getelementptr %in_x[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v560 = llvm.load %v559 : !llvm.ptr -> f32
                %v561 = arith.mulf %v554, %v546 fastmath<contract> : f32
                %v562 = arith.addf %v561, %v560 fastmath<contract> : f32
                %v563 = arith.addi %v119, %v1 : i64
                %v564 = arith.minsi %v563, %v540 : i64
                %v565 = arith.addi %v54, %v564 : i64
                %v566 = arith.muli %v28, %v90 : i64
                %v567 = arith.muli %v26, %size_T : i64
                %v568 = arith.addi %v566, %v567 : i64
                %v569 = arith.addi %v568, %v565 : i64
                %v570 = llvm.getelementptr %in_a[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v571 = llvm.load %v570 : !llvm.ptr -> f32
                %v572 = arith.muli %v28, %v90 : i64
                %v573 = arith.muli %v26, %size_T : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.addi %v574, %v565 : i64
                %v576 = llvm.getelementptr %in_x[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.mulf %v571, %v562 fastmath<contract> : f32
                %v579 = arith.addf %v578, %v577 fastmath<contract> : f32
                %v580 = arith.addi %v119, %v162 : i64
                %v581 = arith.minsi %v580, %v540 : i64
                %v582 = arith.addi %v54, %v581 : i64
                %v583 = arith.muli %v28, %v90 : i64
                %v584 = arith.muli %v26, %size_T : i64
                %v585 = arith.addi %v583, %v584 : i64
                %v586 = arith.addi %v585, %v582 : i64
                %v587 = llvm.getelementptr %in_a[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v588 = llvm.load %v587 : !llvm.ptr -> f32
                %v589 = arith.muli %v28, %v90 : i64
                %v590 = arith.muli %v26, %size_T : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = arith.addi %v591, %v582 : i64
                %v593 = llvm.getelementptr %in_x[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v594 = llvm.load %v593 : !llvm.ptr -> f32
                %v595 = arith.mulf %v588, %v579 fastmath<contract> : f32
                %v596 = arith.addf %v595, %v594 fastmath<contract> : f32
                %v597 = arith.addi %v119, %v180 : i64
                %v598 = arith.minsi %v597, %v540 : i64
                %v599 = arith.addi %v54, %v598 : i64
                %v600 = arith.muli %v28, %v90 : i64
                %v601 = arith.muli %v26, %size_T : i64
                %v602 = arith.addi %v600, %v601 : i64
                %v603 = arith.addi %v602, %v599 : i64
                %v604 = llvm.getelementptr %in_a[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v605 = llvm.load %v604 : !llvm.ptr -> f32
                %v606 = arith.muli %v28, %v90 : i64
                %v607 = arith.muli %v26, %size_T : i64
                %v608 = arith.addi %v606, %v607 : i64
                %v609 = arith.addi %v608, %v599 : i64
                %v610 = llvm.getelementptr %in_x[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v611 = llvm.load %v610 : !llvm.ptr -> f32
                %v612 = arith.mulf %v605, %v596 fastmath<contract> : f32
                %v613 = arith.addf %v612, %v611 fastmath<contract> : f32
                %v614 = arith.addi %v119, %v198 : i64
                %v615 = arith.minsi %v614, %v540 : i64
                %v616 = arith.addi %v54, %v615 : i64
                %v617 = arith.muli %v28, %v90 : i64
                %v618 = arith.muli %v26, %size_T : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = arith.addi %v619, %v616 : i64
                %v621 = llvm.getelementptr %in_a[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v622 = llvm.load %v621 : !llvm.ptr -> f32
                %v623 = arith.muli %v28, %v90 : i64
                %v624 = arith.muli %v26, %size_T : i64
                %v625 = arith.addi %v623, %v624 : i64
                %v626 = arith.addi %v625, %v616 : i64
                %v627 = llvm.getelementptr %in_x[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v628 = llvm.load %v627 : !llvm.ptr -> f32
                %v629 = arith.mulf %v622, %v613 fastmath<contract> : f32
                %v630 = arith.addf %v629, %v628 fastmath<contract> : f32
                %v631 = arith.addi %v119, %v216 : i64
                %v632 = arith.minsi %v631, %v540 : i64
                %v633 = arith.addi %v54, %v632 : i64
                %v634 = arith.muli %v28, %v90 : i64
                %v635 = arith.muli %v26, %size_T : i64
                %v636 = arith.addi %v634, %v635 : i64
                %v637 = arith.addi %v636, %v633 : i64
                %v638 = llvm.getelementptr %in_a[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v639 = llvm.load %v638 : !llvm.ptr -> f32
                %v640 = arith.muli %v28, %v90 : i64
                %v641 = arith.muli %v26, %size_T : i64
                %v642 = arith.addi %v640, %v641 : i64
                %v643 = arith.addi %v642, %v633 : i64
                %v644 = llvm.getelementptr %in_x[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v645 = llvm.load %v644 : !llvm.ptr -> f32
                %v646 = arith.mulf %v639, %v630 fastmath<contract> : f32
                %v647 = arith.addf %v646, %v645 fastmath<contract> : f32
                %v648 = arith.addi %v119, %v234 : i64
                %v649 = arith.minsi %v648, %v540 : i64
                %v650 = arith.addi %v54, %v649 : i64
                %v651 = arith.muli %v28, %v90 : i64
                %v652 = arith.muli %v26, %size_T : i64
                %v653 = arith.addi %v651, %v652 : i64
                %v654 = arith.addi %v653, %v650 : i64
                %v655 = llvm.getelementptr %in_a[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v656 = llvm.load %v655 : !llvm.ptr -> f32
                %v657 = arith.muli %v28, %v90 : i64
                %v658 = arith.muli %v26, %size_T : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = arith.addi %v659, %v650 : i64
                %v661 = llvm.getelementptr %in_x[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v662 = llvm.load %v661 : !llvm.ptr -> f32
                %v663 = arith.mulf %v656, %v647 fastmath<contract> : f32
                %v664 = arith.addf %v663, %v662 fastmath<contract> : f32
                %v665 = arith.addi %v119, %v41 : i64
                %v666 = arith.minsi %v665, %v540 : i64
                %v667 = arith.addi %v54, %v666 : i64
                %v668 = arith.muli %v28, %v90 : i64
                %v669 = arith.muli %v26, %size_T : i64
                %v670 = arith.addi %v668, %v669 : i64
                %v671 = arith.addi %v670, %v667 : i64
                %v672 = llvm.getelementptr %in_a[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v673 = llvm.load %v672 : !llvm.ptr -> f32
                %v674 = arith.muli %v28, %v90 : i64
                %v675 = arith.muli %v26, %size_T : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = arith.addi %v676, %v667 : i64
                %v678 = llvm.getelementptr %in_x[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v679 = llvm.load %v678 : !llvm.ptr -> f32
                %v680 = arith.mulf %v673, %v664 fastmath<contract> : f32
                %v681 = arith.addf %v680, %v679 fastmath<contract> : f32
                %v682 = arith.subi %v56, %v119 : i64
                %v683 = arith.trunci %v682 : i64 to i32
                %v684 = arith.subi %size_T, %v1 : i64
                %v685 = arith.addi %v54, %v119 : i64
                %v686 = arith.subi %v684, %v685 : i64
                %v687 = arith.minsi %v686, %v274 : i64
                %v688 = arith.trunci %v687 : i64 to i32
                %v689 = arith.addi %v119, %v41 : i64
                %v690 = arith.cmpi slt, %v278, %v683 : i32
                %v691 = arith.cmpi eq, %v278, %v688 : i32
                scf.if %v690 {
                  %v692 = arith.addi %v54, %v689 : i64
                  %v693 = arith.muli %v28, %v90 : i64
                  %v694 = arith.muli %v26, %size_T : i64
                  %v695 = arith.addi %v693, %v694 : i64
                  %v696 = arith.addi %v695, %v692 : i64
                  %v697 = llvm.getelementptr %dy_y[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v698 = llvm.load %v697 : !llvm.ptr -> f32
                  %v699 = llvm.load %v30 : !llvm.ptr -> f32
                  %v700 = llvm.load %v31 : !llvm.ptr -> f32
                  %v701 = arith.mulf %v700, %v699 fastmath<contract> : f32
                  %v702 = arith.addf %v698, %v701 fastmath<contract> : f32
                  llvm.store %v702, %v30 : f32, !llvm.ptr
                  %v703 = llvm.load %v30 : !llvm.ptr -> f32
                  %v704 = arith.mulf %v664, %v703 fastmath<contract> : f32
                  scf.if %v23 {
                    %v705 = arith.muli %v28, %v90 : i64
                    %v706 = arith.muli %v26, %size_T : i64
                    %v707 = arith.addi %v705, %v706 : i64
                    %v708 = arith.addi %v707, %v692 : i64
                    %v709 = llvm.getelementptr %dx_a[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v704, %v709 : f32, !llvm.ptr
                  }
                  scf.if %v23 {
                    %v710 = arith.muli %v28, %v90 : i64
                    %v711 = arith.muli %v26, %size_T : i64
                    %v712 = arith.addi %v710, %v711 : i64
                    %v713 = arith.addi %v712, %v692 : i64
                    %v714 = llvm.getelementptr %dx_x[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v703, %v714 : f32, !llvm.ptr
                  }
                  %v715 = arith.muli %v28, %v90 : i64
                  %v716 = arith.muli %v26, %size_T : i64
                  %v717 = arith.addi %v715, %v716 : i64
                  %v718 = arith.addi %v717, %v692 : i64
                  %v719 = llvm.getelementptr %in_a[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v720 = llvm.load %v719 : !llvm.ptr -> f32
                  llvm.store %v720, %v31 : f32, !llvm.ptr
                }
                %v721 = arith.addi %v119, %v234 : i64
                %v722 = arith.cmpi slt, %v311, %v683 : i32
                %v723 = arith.cmpi eq, %v311, %v688 : i32
                scf.if %v722 {
                  %v724 = arith.addi %v54, %v721 : i64
                  %v725 = arith.muli %v28, %v90 : i64
                  %v726 = arith.muli %v26, %size_T : i64
                  %v727 = arith.addi %v725, %v726 : i64
                  %v728 = arith.addi %v727, %v724 : i64
                  %v729 = llvm.getelementptr %dy_y[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v730 = llvm.load %v729 : !llvm.ptr -> f32
                  %v731 = llvm.load %v30 : !llvm.ptr -> f32
                  %v732 = llvm.load %v31 : !llvm.ptr -> f32
                  %v733 = arith.mulf %v732, %v731 fastmath<contract> : f32
                  %v734 = arith.addf %v730, %v733 fastmath<contract> : f32
                  llvm.store %v734, %v30 : f32, !llvm.ptr
                  %v735 = llvm.load %v30 : !llvm.ptr -> f32
                  %v736 = arith.mulf %v647, %v735 fastmath<contract> : f32
                  scf.if %v23 {
                    %v737 = arith.muli %v28, %v90 : i64
                    %v738 = arith.muli %v26, %size_T : i64
                    %v739 = arith.addi %v737, %v738 : i64
                    %v740 = arith.addi %v739, %v724 : i64
                    %v741 = llvm.getelementptr %dx_a[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v736, %v741 : f32, !llvm.ptr
                  }
                  scf.if %v23 {
                    %v742 = arith.muli %v28, %v90 : i64
                    %v743 = arith.muli %v26, %size_T : i64
                    %v744 = arith.addi %v742, %v743 : i64
                    %v745 = arith.addi %v744, %v724 : i64
                    %v746 = llvm.getelementptr %dx_x[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v735, %v746 : f32, !llvm.ptr
                  }
                  %v747 = arith.muli %v28, %v90 : i64
                  %v748 = arith.muli %v26, %size_T : i64
                  %v749 = arith.addi %v747, %v748 : i64
                  %v750 = arith.addi %v749, %v724 : i64
                  %v751 = llvm.getelementptr %in_a[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v752 = llvm.load %v751 : !llvm.ptr -> f32
                  llvm.store %v752, %v31 : f32, !llvm.ptr
                }
                %v753 = arith.addi %v119, %v216 : i64
                %v754 = arith.cmpi slt, %v344, %v683 : i32
                %v755 = arith.cmpi eq, %v344, %v688 : i32
                scf.if %v754 {
                  %v756 = arith.addi %v54, %v753 : i64
                  %v757 = arith.muli %v28, %v90 : i64
                  %v758 = arith.muli %v26, %size_T : i64
                  %v759 = arith.addi %v757, %v758 : i64
                  %v760 = arith.addi %v759, %v756 : i64
                  %v761 = llvm.getelementptr %dy_y[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v762 = llvm.load %v761 : !llvm.ptr -> f32
                  %v763 = llvm.load %v30 : !llvm.ptr -> f32
                  %v764 = llvm.load %v31 : !llvm.ptr -> f32
                  %v765 = arith.mulf %v764, %v763 fastmath<contract> : f32
                  %v766 = arith.addf %v762, %v765 fastmath<contract> : f32
                  llvm.store %v766, %v30 : f32, !llvm.ptr
                  %v767 = llvm.load %v30 : !llvm.ptr -> f32
                  %v768 = arith.mulf %v630, %v767 fastmath<contract> : f32
                  scf.if %v23 {
                    %v769 = arith.muli %v28, %v90 : i64
                    %v770 = arith.muli %v26, %size_T : i64
                    %v771 = arith.addi %v769, %v770 : i64
                    %v772 = arith.addi %v771, %v756 : i64
                    %v773 = llvm.getelementptr %dx_a[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v768, %v773 : f32, !llvm.ptr
                  }
                  scf.if %v23 {
                    %v774 = arith.muli %v28, %v90 : i64
                    %v775 = arith.muli %v26, %size_T : i64
                    %v776 = arith.addi %v774, %v775 : i64
                    %v777 = arith.addi %v776, %v756 : i64
                    %v778 = llvm.getelementptr %dx_x[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v767, %v778 : f32, !llvm.ptr
                  }
                  %v779 = arith.muli %v28, %v90 : i64
                  %v780 = arith.muli %v26, %size_T : i64
                  %v781 = arith.addi %v779, %v780 : i64
                  %v782 = arith.addi %v781, %v756 : i64
                  %v783 = llvm.getelementptr %in_a[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v784 = llvm.load %v783 : !llvm.ptr -> f32
                  llvm.store %v784, %v31 : f32, !llvm.ptr
                }
                %v785 = arith.addi %v119, %v198 : i64
                %v786 = arith.cmpi slt, %v377, %v683 : i32
                %v787 = arith.cmpi eq, %v377, %v688 : i32
                scf.if %v786 {
                  %v788 = arith.addi %v54, %v785 : i64
                  %v789 = arith.muli %v28, %v90 : i64
                  %v790 = arith.muli %v26, %size_T : i64
                  %v791 = arith.addi %v789, %v790 : i64
                  %v792 = arith.addi %v791, %v788 : i64
                  %v793 = llvm.getelementptr %dy_y[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v794 = llvm.load %v793 : !llvm.ptr -> f32
                  %v795 = llvm.load %v30 : !llvm.ptr -> f32
                  %v796 = llvm.load %v31 : !llvm.ptr -> f32
                  %v797 = arith.mulf %v796, %v795 fastmath<contract> : f32
                  %v798 = arith.addf %v794, %v797 fastmath<contract> : f32
                  llvm.store %v798, %v30 : f32, !llvm.ptr
                  %v799 = llvm.load %v30 : !llvm.ptr -> f32
                  %v800 = arith.mulf %v613, %v799 fastmath<contract> : f32
                  scf.if %v23 {
                    %v801 = arith.muli %v28, %v90 : i64
                    %v802 = arith.muli %v26, %size_T : i64
                    %v803 = arith.addi %v801, %v802 : i64
                    %v804 = arith.addi %v803, %v788 : i64
                    %v805 = llvm.getelementptr %dx_a[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v800, %v805 : f32, !llvm.ptr
                  }
                  scf.if %v23 {
                    %v806 = arith.muli %v28, %v90 : i64
                    %v807 = arith.muli %v26, %size_T : i64
                    %v808 = arith.addi %v806, %v807 : i64
                    %v809 = arith.addi %v808, %v788 : i64
                    %v810 = llvm.getelementptr %dx_x[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v799, %v810 : f32, !llvm.ptr
                  }
                  %v811 = arith.muli %v28, %v90 : i64
                  %v812 = arith.muli %v26, %size_T : i64
                  %v813 = arith.addi %v811, %v812 : i64
                  %v814 = arith.addi %v813, %v788 : i64
                  %v815 = llvm.getelementptr %in_a[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v816 = llvm.load %v815 : !llvm.ptr -> f32
                  llvm.store %v816, %v31 : f32, !llvm.ptr
                }
                %v817 = arith.addi %v119, %v180 : i64
                %v818 = arith.cmpi slt, %v410, %v683 : i32
                %v819 = arith.cmpi eq, %v410, %v688 : i32
                scf.if %v818 {
                  %v820 = arith.addi %v54, %v817 : i64
                  %v821 = arith.muli %v28, %v90 : i64
                  %v822 = arith.muli %v26, %size_T : i64
                  %v823 = arith.addi %v821, %v822 : i64
                  %v824 = arith.addi %v823, %v820 : i64
                  %v825 = llvm.getelementptr %dy_y[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v826 = llvm.load %v825 : !llvm.ptr -> f32
                  %v827 = llvm.load %v30 : !llvm.ptr -> f32
                  %v828 = llvm.load %v31 : !llvm.ptr -> f32
                  %v829 = arith.mulf %v828, %v827 fastmath<contract> : f32
                  %v830 = arith.addf %v826, %v829 fastmath<contract> : f32
                  llvm.store %v830, %v30 : f32, !llvm.ptr
                  %v831 = llvm.load %v30 : !llvm.ptr -> f32
                  %v832 = arith.mulf %v596, %v831 fastmath<contract> : f32
                  scf.if %v23 {
                    %v833 = arith.muli %v28, %v90 : i64
                    %v834 = arith.muli %v26, %size_T : i64
                    %v835 = arith.addi %v833, %v834 : i64
                    %v836 = arith.addi %v835, %v820 : i64
                    %v837 = llvm.getelementptr %dx_a[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v832, %v837 : f32, !llvm.ptr
                  }
                  scf.if %v23 {
                    %v838 = arith.muli %v28, %v90 : i64
                    %v839 = arith.muli %v26, %size_T : i64
                    %v840 = arith.addi %v838, %v839 : i64
                    %v841 = arith.addi %v840, %v820 : i64
                    %v842 = llvm.getelementptr %dx_x[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v831, %v842 : f32, !llvm.ptr
                  }
                  %v843 = arith.muli %v28, %v90 : i64
                  %v844 = arith.muli %v26, %size_T : i64
                  %v845 = arith.addi %v843, %v844 : i64
                  %v846 = arith.addi %v845, %v820 : i64
                  %v847 = llvm.getelementptr %in_a[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v848 = llvm.load %v847 : !llvm.ptr -> f32
                  llvm.store %v848, %v31 : f32, !llvm.ptr
                }
                %v849 = arith.addi %v119, %v162 : i64
                %v850 = arith.cmpi slt, %v443, %v683 : i32
                %v851 = arith.cmpi eq, %v443, %v688 : i32
                scf.if %v850 {
                  %v852 = arith.addi %v54, %v849 : i64
                  %v853 = arith.muli %v28, %v90 : i64
                  %v854 = arith.muli %v26, %size_T : i64
                  %v855 = arith.addi %v853, %v854 : i64
                  %v856 = arith.addi %v855, %v852 : i64
                  %v857 = llvm.getelementptr %dy_y[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v858 = llvm.load %v857 : !llvm.ptr -> f32
                  %v859 = llvm.load %v30 : !llvm.ptr -> f32
                  %v860 = llvm.load %v31 : !llvm.ptr -> f32
                  %v861 = arith.mulf %v860, %v859 fastmath<contract> : f32
                  %v862 = arith.addf %v858, %v861 fastmath<contract> : f32
                  llvm.store %v862, %v30 : f32, !llvm.ptr
                  %v863 = llvm.load %v30 : !llvm.ptr -> f32
                  %v864 = arith.mulf %v579, %v863 fastmath<contract> : f32
                  scf.if %v23 {
                    %v865 = arith.muli %v28, %v90 : i64
                    %v866 = arith.muli %v26, %size_T : i64
                    %v867 = arith.addi %v865, %v866 : i64
                    %v868 = arith.addi %v867, %v852 : i64
                    %v869 = llvm.getelementptr %dx_a[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v864, %v869 : f32, !llvm.ptr
                  }
                  scf.if %v23 {
                    %v870 = arith.muli %v28, %v90 : i64
                    %v871 = arith.muli %v26, %size_T : i64
                    %v872 = arith.addi %v870, %v871 : i64
                    %v873 = arith.addi %v872, %v852 : i64
                    %v874 = llvm.getelementptr %dx_x[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v863, %v874 : f32, !llvm.ptr
                  }
                  %v875 = arith.muli %v28, %v90 : i64
                  %v876 = arith.muli %v26, %size_T : i64
                  %v877 = arith.addi %v875, %v876 : i64
                  %v878 = arith.addi %v877, %v852 : i64
                  %v879 = llvm.getelementptr %in_a[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v880 = llvm.load %v879 : !llvm.ptr -> f32
                  llvm.store %v880, %v31 : f32, !llvm.ptr
                }
                %v881 = arith.addi %v119, %v1 : i64
                %v882 = arith.cmpi slt, %v476, %v683 : i32
                %v883 = arith.cmpi eq, %v476, %v688 : i32
                scf.if %v882 {
                  %v884 = arith.addi %v54, %v881 : i64
                  %v885 = arith.muli %v28, %v90 : i64
                  %v886 = arith.muli %v26, %size_T : i64
                  %v887 = arith.addi %v885, %v886 : i64
                  %v888 = arith.addi %v887, %v884 : i64
                  %v889 = llvm.getelementptr %dy_y[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v890 = llvm.load %v889 : !llvm.ptr -> f32
                  %v891 = llvm.load %v30 : !llvm.ptr -> f32
                  %v892 = llvm.load %v31 : !llvm.ptr -> f32
                  %v893 = arith.mulf %v892, %v891 fastmath<contract> : f32
                  %v894 = arith.addf %v890, %v893 fastmath<contract> : f32
                  llvm.store %v894, %v30 : f32, !llvm.ptr
                  %v895 = llvm.load %v30 : !llvm.ptr -> f32
                  %v896 = arith.mulf %v562, %v895 fastmath<contract> : f32
                  scf.if %v23 {
                    %v897 = arith.muli %v28, %v90 : i64
                    %v898 = arith.muli %v26, %size_T : i64
                    %v899 = arith.addi %v897, %v898 : i64
                    %v900 = arith.addi %v899, %v884 : i64
                    %v901 = llvm.getelementptr %dx_a[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v896, %v901 : f32, !llvm.ptr
                  }
                  scf.if %v23 {
                    %v902 = arith.muli %v28, %v90 : i64
                    %v903 = arith.muli %v26, %size_T : i64
                    %v904 = arith.addi %v902, %v903 : i64
                    %v905 = arith.addi %v904, %v884 : i64
                    %v906 = llvm.getelementptr %dx_x[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v895, %v906 : f32, !llvm.ptr
                  }
                  %v907 = arith.muli %v28, %v90 : i64
                  %v908 = arith.muli %v26, %size_T : i64
                  %v909 = arith.addi %v907, %v908 : i64
                  %v910 = arith.addi %v909, %v884 : i64
                  %v911 = llvm.getelementptr %in_a[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v912 = llvm.load %v911 : !llvm.ptr -> f32
                  llvm.store %v912, %v31 : f32, !llvm.ptr
                }
                %v913 = arith.cmpi slt, %v508, %v683 : i32
                %v914 = arith.cmpi eq, %v508, %v688 : i32
                scf.if %v913 {
                  %v915 = arith.addi %v54, %v119 : i64
                  %v916 = arith.muli %v28, %v90 : i64
                  %v917 = arith.muli %v26, %size_T : i64
                  %v918 = arith.addi %v916, %v917 : i64
                  %v919 = arith.addi %v918, %v915 : i64
                  %v920 = llvm.getelementptr %dy_y[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v921 = llvm.load %v920 : !llvm.ptr -> f32
                  %v922 = llvm.load %v30 : !llvm.ptr -> f32
                  %v923 = llvm.load %v31 : !llvm.ptr -> f32
                  %v924 = arith.mulf %v923, %v922 fastmath<contract> : f32
                  %v925 = arith.addf %v921, %v924 fastmath<contract> : f32
                  llvm.store %v925, %v30 : f32, !llvm.ptr
                  %v926 = llvm.load %v30 : !llvm.ptr -> f32
                  %v927 = arith.mulf %v546, %v926 fastmath<contract> : f32
                  scf.if %v23 {
                    %v928 = arith.muli %v28, %v90 : i64
                    %v929 = arith.muli %v26, %size_T : i64
                    %v930 = arith.addi %v928, %v929 : i64
                    %v931 = arith.addi %v930, %v915 : i64
                    %v932 = llvm.getelementptr %dx_a[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v927, %v932 : f32, !llvm.ptr
                  }
                  scf.if %v23 {
                    %v933 = arith.muli %v28, %v90 : i64
                    %v934 = arith.muli %v26, %size_T : i64
                    %v935 = arith.addi %v933, %v934 : i64
                    %v936 = arith.addi %v935, %v915 : i64
                    %v937 = llvm.getelementptr %dx_x[%v936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v926, %v937 : f32, !llvm.ptr
                  }
                  %v938 = arith.muli %v28, %v90 : i64
                  %v939 = arith.muli %v26, %size_T : i64
                  %v940 = arith.addi %v938, %v939 : i64
                  %v941 = arith.addi %v940, %v915 : i64
                  %v942 = llvm.getelementptr %in_a[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v943 = llvm.load %v942 : !llvm.ptr -> f32
                  llvm.store %v943, %v31 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v10 {
      }
      scf.if %v10 {
      } else {
        scf.if %v23 {
          %v944 = llvm.load %v30 : !llvm.ptr -> f32
          %v945 = llvm.getelementptr %slice_carry[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v944, %v945 : f32, !llvm.ptr
          %v946 = arith.addi %v2, %v22 : i64
          %v947 = llvm.load %v31 : !llvm.ptr -> f32
          %v948 = llvm.getelementptr %slice_carry[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v947, %v948 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
