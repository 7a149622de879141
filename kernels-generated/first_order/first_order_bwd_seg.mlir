module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd_seg(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_a: !llvm.ptr, %dx_x: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v37 = arith.constant 0 : i64
      %v59 = arith.constant 64 : i64
      %v60 = arith.constant 8 : i64
      %v61 = arith.constant 7 : i64
      %v82 = arith.muli %v1, %size_B : i64
      %v83 = arith.muli %v82, %size_C : i64
      %v85 = arith.muli %v1, %size_C : i64
      %v118 = arith.muli %v1, %size_T : i64
      %v119 = arith.muli %v118, %size_C : i64
      %v199 = arith.constant 2 : i64
      %v219 = arith.constant 3 : i64
      %v258 = arith.constant 5 : i64
      %v278 = arith.constant 6 : i64
      %v322 = arith.constant 2147483647 : i64
      %v326 = arith.constant 7 : i32
      %v363 = arith.constant 6 : i32
      %v400 = arith.constant 5 : i32
      %v437 = arith.constant 4 : i32
      %v474 = arith.constant 3 : i32
      %v511 = arith.constant 2 : i32
      %v548 = arith.constant 1 : i32
      %v585 = arith.constant 0 : i32
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
      %v38 = arith.muli %v37, %v7 : i64
      %v39 = arith.addi %v38, %v18 : i64
      %v40 = arith.muli %v39, %v1 : i64
      %v41 = arith.addi %v40, %v37 : i64
      %v42 = arith.muli %v41, %v3 : i64
      %v43 = arith.subi %v3, %v1 : i64
      %v44 = arith.minsi %v21, %v43 : i64
      %v45 = arith.addi %v42, %v44 : i64
      %v46 = llvm.getelementptr %segcarry_h[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v47 = llvm.load %v46 : !llvm.ptr -> f32
      llvm.store %v47, %v33 : f32, !llvm.ptr
      %v48 = arith.muli %v1, %v7 : i64
      %v49 = arith.addi %v48, %v18 : i64
      %v50 = arith.muli %v49, %v1 : i64
      %v51 = arith.addi %v50, %v37 : i64
      %v52 = arith.muli %v51, %v3 : i64
      %v53 = arith.subi %v3, %v1 : i64
      %v54 = arith.minsi %v21, %v53 : i64
      %v55 = arith.addi %v52, %v54 : i64
      %v56 = llvm.getelementptr %segcarry_h[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v57 = llvm.load %v56 : !llvm.ptr -> f32
      llvm.store %v57, %v34 : f32, !llvm.ptr
      %v58 = arith.cmpi eq, %size_T, %v37 : i64
      scf.if %v58 {
        llvm.store %v35, %v10 : f32, !llvm.ptr
      }
      %v62 = arith.subi %v59, %v1 : i64
      %v63 = arith.addi %size_T, %v62 : i64
      %v64 = arith.divui %v63, %v59 : i64
      %v65 = arith.minsi %v31, %v64 : i64
      %v66 = arith.muli %v18, %v60 : i64
      %v67 = arith.subi %v65, %v30 : i64
      %v68 = arith.maxsi %v67, %v37 : i64
      %v69 = arith.index_cast %v37 : i64 to index
      %v70 = arith.index_cast %v68 : i64 to index
      %v71 = arith.index_cast %v1 : i64 to index
      scf.for %v72 = %v69 to %v70 step %v71 {
        %v73 = arith.index_cast %v72 : index to i64
        %v74 = arith.subi %v65, %v1 : i64
        %v75 = arith.subi %v74, %v73 : i64
        %v76 = arith.muli %v75, %v59 : i64
        %v77 = arith.subi %size_T, %v76 : i64
        %v78 = arith.minsi %v77, %v59 : i64
        %v79 = arith.addi %v78, %v61 : i64
        %v80 = arith.divui %v79, %v60 : i64
        %v81 = arith.subi %v78, %v1 : i64
        %v84 = arith.muli %v75, %v83 : i64
        %v86 = arith.muli %v27, %v85 : i64
        %v87 = arith.muli %v25, %v1 : i64
        %v88 = arith.addi %v86, %v87 : i64
        %v89 = arith.addi %v84, %v88 : i64
        %v90 = llvm.getelementptr %ckpt_h[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v91 = llvm.load %v90 : !llvm.ptr -> f32
        llvm.store %v91, %v9 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v92 = arith.index_cast %v37 : i64 to index
        %v93 = arith.index_cast %v80 : i64 to index
        %v94 = arith.index_cast %v1 : i64 to index
        scf.for %v95 = %v92 to %v93 step %v94 {
          %v96 = arith.index_cast %v95 : index to i64
          %v97 = arith.addi %v66, %v96 : i64
          scf.if %v22 {
            %v98 = llvm.load %v9 : !llvm.ptr -> f32
            %v99 = arith.muli %v97, %v3 : i64
            %v100 = arith.subi %v3, %v1 : i64
            %v101 = arith.minsi %v21, %v100 : i64
            %v102 = arith.addi %v99, %v101 : i64
            %v103 = arith.muli %v102, %v1 : i64
            %v104 = arith.addi %v103, %v37 : i64
            %v105 = llvm.getelementptr %scratch_h[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v98, %v105 : f32, !llvm.ptr
          }
          %v106 = arith.muli %v96, %v60 : i64
          %v107 = arith.subi %v78, %v106 : i64
          %v108 = arith.trunci %v107 : i64 to i32
          %v109 = arith.index_cast %v37 : i64 to index
          %v110 = arith.index_cast %v60 : i64 to index
          %v111 = arith.index_cast %v1 : i64 to index
          scf.for %v112 = %v109 to %v110 step %v111 {
            %v113 = arith.index_cast %v112 : index to i64
            %v114 = arith.trunci %v113 : i64 to i32
            %v115 = arith.addi %v106, %v113 : i64
            %v116 = arith.cmpi slt, %v114, %v108 : i32
            scf.if %v116 {
              %v117 = arith.addi %v76, %v115 : i64
              %v120 = arith.muli %v27, %v119 : i64
              %v121 = arith.muli %v25, %v118 : i64
              %v122 = arith.addi %v120, %v121 : i64
              %v123 = arith.muli %v117, %v1 : i64
              %v124 = arith.addi %v122, %v123 : i64
              %v125 = llvm.getelementptr %in_a[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v126 = llvm.load %v125 : !llvm.ptr -> f32
              %v127 = arith.muli %v27, %v119 : i64
              %v128 = arith.muli %v25, %v118 : i64
              %v129 = arith.addi %v127, %v128 : i64
              %v130 = arith.muli %v117, %v1 : i64
              %v131 = arith.addi %v129, %v130 : i64
              %v132 = llvm.getelementptr %in_x[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v133 = llvm.load %v132 : !llvm.ptr -> f32
              %v134 = llvm.load %v9 : !llvm.ptr -> f32
              %v135 = arith.mulf %v126, %v134 fastmath<contract> : f32
              %v136 = arith.addf %v135, %v133 fastmath<contract> : f32
              llvm.store %v136, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v137 = arith.index_cast %v37 : i64 to index
        %v138 = arith.index_cast %v1 : i64 to index
        %v139 = arith.index_cast %v1 : i64 to index
        scf.for %v140 = %v137 to %v138 step %v139 {
          %v141 = arith.index_cast %v140 : index to i64
          %v142 = arith.index_cast %v37 : i64 to index
          %v143 = arith.index_cast %v80 : i64 to index
          %v144 = arith.index_cast %v1 : i64 to index
          scf.for %v145 = %v142 to %v143 step %v144 {
            %v146 = arith.index_cast %v145 : index to i64
            %v147 = arith.cmpi slt, %v146, %v80 : i64
            scf.if %v147 {
              %v148 = arith.subi %v80, %v1 : i64
              %v149 = arith.subi %v148, %v146 : i64
              %v150 = arith.muli %v149, %v60 : i64
              %v151 = arith.addi %v66, %v149 : i64
              %v152 = arith.subi %v78, %v1 : i64
              %v153 = arith.muli %v151, %v3 : i64
              %v154 = arith.subi %v3, %v1 : i64
              %v155 = arith.minsi %v21, %v154 : i64
              %v156 = arith.addi %v153, %v155 : i64
              %v157 = arith.muli %v156, %v1 : i64
              %v158 = arith.addi %v157, %v37 : i64
              %v159 = llvm.getelementptr %scratch_h[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v160 = llvm.load %v159 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v161 = arith.addi %v150, %v37 : i64
              %v162 = arith.minsi %v161, %v152 : i64
              %v163 = arith.addi %v76, %v162 : i64
              %v164 = arith.muli %v27, %v119 : i64
              %v165 = arith.muli %v25, %v118 : i64
              %v166 = arith.addi %v164, %v165 : i64
              %v167 = arith.muli %v163, %v1 : i64
              %v168 = arith.addi %v166, %v167 : i64
              %v169 = llvm.getelementptr %in_a[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v170 = llvm.load %v169 : !llvm.ptr -> f32
              %v171 = arith.muli %v27, %v119 : i64
              %v172 = arith.muli %v25, %v118 : i64
              %v173 = arith.addi %v171, %v172 : i64
              %v174 = arith.muli %v163, %v1 : i64
              %v175 = arith.addi %v173, %v174 : i64
              %v176 = llvm.getelementptr %in_x[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v177 = llvm.load %v176 : !llvm.ptr -> f32
              %v178 = arith.mulf %v170, %v160 fastmath<contract> : f32
              %v179 = arith.addf %v178, %v177 fastmath<contract> : f32
              %v180 = arith.addi %v150, %v1 : i64
              %v181 = arith.minsi %v180, %v152 : i64
              %v182 = arith.addi %v76, %v181 : i64
              %v183 = arith.muli %v27, %v119 : i64
              %v184 = arith.muli %v25, %v118 : i64
              %v185 = arith.addi %v183, %v184 : i64
              %v186 = arith.muli %v182, %v1 : i64
              %v187 = arith.addi %v185, %v186 : i64
              %v188 = llvm.getelementptr %in_a[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v189 = llvm.load %v188 : !llvm.ptr -> f32
              %v190 = arith.muli %v27, %v119 : i64
              %v191 = arith.muli %v25, %v118 : i64
              %v192 = arith.addi %v190, %v191 : i64
              %v193 = arith.muli %v182, %v1 : i64
              %v194 = arith.addi %v192, %v193 : i64
              %v195 = llvm.getelementptr %in_x[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v196 = llvm.load %v195 : !llvm.ptr -> f32
              %v197 = arith.mulf %v189, %v179 fastmath<contract> : f32
              %v198 = arith.addf %v197, %v196 fastmath<contract> : f32
              %v200 = arith.addi %v150, %v199 : i64
              %v201 = arith.minsi %v200, %v152 : i64
              %v202 = arith.addi %v76, %v201 : i64
              %v203 = arith.muli %v27, %v119 : i64
              %v204 = arith.muli %v25, %v118 : i64
              %v205 = arith.addi %v203, %v204 : i64
              %v206 = arith.muli %v202, %v1 : i64
              %v207 = arith.addi %v205, %v206 : i64
              %v208 = llvm.getelementptr %in_a[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v209 = llvm.load %v208 : !llvm.ptr -> f32
              %v210 = arith.muli %v27, %v119 : i64
              %v211 = arith.muli %v25, %v118 : i64
              %v212 = arith.addi %v210, %v211 : i64
              %v213 = arith.muli %v202, %v1 : i64
              %v214 = arith.addi %v212, %v213 : i64
              %v215 = llvm.getelementptr %in_x[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v216 = llvm.load %v215 : !llvm.ptr -> f32
              %v217 = arith.mulf %v209, %v198 fastmath<contract> : f32
              %v218 = arith.addf %v217, %v216 fastmath<contract> : f32
              %v220 = arith.addi %v150, %v219 : i64
              %v221 = arith.minsi %v220, %v152 : i64
              %v222 = arith.addi %v76, %v221 : i64
              %v223 = arith.muli %v27, %v119 : i64
              %v224 = arith.muli %v25, %v118 : i64
              %v225 = arith.addi %v223, %v224 : i64
              %v226 = arith.muli %v222, %v1 : i64
              %v227 = arith.addi %v225, %v226 : i64
              %v228 = llvm.getelementptr %in_a[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v229 = llvm.load %v228 : !llvm.ptr -> f32
              %v230 = arith.muli %v27, %v119 : i64
              %v231 = arith.muli %v25, %v118 : i64
              %v232 = arith.addi %v230, %v231 : i64
              %v233 = arith.muli %v222, %v1 : i64
              %v234 = arith.addi %v232, %v233 : i64
              %v235 = llvm.getelementptr %in_x[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v236 = llvm.load %v235 : !llvm.ptr -> f32
              %v237 = arith.mulf %v229, %v218 fastmath<contract> : f32
              %v238 = arith.addf %v237, %v236 fastmath<contract> : f32
              %v239 = arith.addi %v150, %v29 : i64
              %v240 = arith.minsi %v239, %v152 : i64
              %v241 = arith.addi %v76, %v240 : i64
              %v242 = arith.muli %v27, %v119 : i64
              %v243 = arith.muli %v25, %v118 : i64
              %v244 = arith.addi %v242, %v243 : i64
              %v245 = arith.muli %v241, %v1 : i64
              %v246 = arith.addi %v244, %v245 : i64
              %v247 = llvm.getelementptr %in_a[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v248 = llvm.load %v247 : !llvm.ptr -> f32
              %v249 = arith.muli %v27, %v119 : i64
              %v250 = arith.muli %v25, %v118 : i64
              %v251 = arith.addi %v249, %v250 : i64
              %v252 = arith.muli %v241, %v1 : i64
              %v253 = arith.addi %v251, %v252 : i64
              %v254 = llvm.getelementptr %in_x[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v255 = llvm.load %v254 : !llvm.ptr -> f32
              %v256 = arith.mulf %v248, %v238 fastmath<contract> : f32
              %v257 = arith.addf %v256, %v255 fastmath<contract> : f32
              %v259 = arith.addi %v150, %v258 : i64
              %v260 = arith.minsi %v259, %v152 : i64
              %v261 = arith.addi %v76, %v260 : i64
              %v262 = arith.muli %v27, %v119 : i64
              %v263 = arith.muli %v25, %v118 : i64
              %v264 = arith.addi %v262, %v263 : i64
              %v265 = arith.muli %v261, %v1 : i64
              %v266 = arith.addi %v264, %v265 : i64
              %v267 = llvm.getelementptr %in_a[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v268 = llvm.load %v267 : !llvm.ptr -> f32
              %v269 = arith.muli %v27, %v119 : i64
              %v270 = arith.muli %v25, %v118 : i64
              %v271 = arith.addi %v269, %v270 : i64
              %v272 = arith.muli %v261, %v1 : i64
              %v273 = arith.addi %v271, %v272 : i64
              %v274 = llvm.getelementptr %in_x[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v275 = llvm.load %v274 : !llvm.ptr -> f32
              %v276 = arith.mulf %v268, %v257 fastmath<contract> : f32
              %v277 = arith.addf %v276, %v275 fastmath<contract> : f32
              %v279 = arith.addi %v150, %v278 : i64
              %v280 = arith.minsi %v279, %v152 : i64
              %v281 = arith.addi %v76, %v280 : i64
              %v282 = arith.muli %v27, %v119 : i64
              %v283 = arith.muli %v25, %v118 : i64
              %v284 = arith.addi %v282, %v283 : i64
              %v285 = arith.muli %v281, %v1 : i64
              %v286 = arith.addi %v284, %v285 : i64
              %v287 = llvm.getelementptr %in_a[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v288 = llvm.load %v287 : !llvm.ptr -> f32
              %v289 = arith.muli %v27, %v119 : i64
              %v290 = arith.muli %v25, %v118 : i64
              %v291 = arith.addi %v289, %v290 : i64
              %v292 = arith.muli %v281, %v1 : i64
              %v293 = arith.addi %v291, %v292 : i64
              %v294 = llvm.getelementptr %in_x[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v295 = llvm.load %v294 : !llvm.ptr -> f32
              %v296 = arith.mulf %v288, %v277 fastmath<contract> : f32
              %v297 = arith.addf %v296, %v295 fastmath<contract> : f32
              %v298 = arith.addi %v150, %v61 : i64
              %v299 = arith.minsi %v298, %v152 : i64
              %v300 = arith.addi %v76, %v299 : i64
              %v301 = arith.muli %v27, %v119 : i64
              %v302 = arith.muli %v25, %v118 : i64
              %v303 = arith.addi %v301, %v302 : i64
              %v304 = arith.muli %v300, %v1 : i64
              %v305 = arith.addi %v303, %v304 : i64
              %v306 = llvm.getelementptr %in_a[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v307 = llvm.load %v306 : !llvm.ptr -> f32
              %v308 = arith.muli %v27, %v119 : i64
              %v309 = arith.muli %v25, %v118 : i64
              %v310 = arith.addi %v308, %v309 : i64
              %v311 = arith.muli %v300, %v1 : i64
              %v312 = arith.addi %v310, %v311 : i64
              %v313 = llvm.getelementptr %in_x[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v314 = llvm.load %v313 : !llvm.ptr -> f32
              %v315 = arith.mulf %v307, %v297 fastmath<contract> : f32
              %v316 = arith.addf %v315, %v314 fastmath<contract> : f32
              %v317 = arith.subi %v78, %v150 : i64
              %v318 = arith.trunci %v317 : i64 to i32
              %v319 = arith.subi %size_T, %v1 : i64
              %v320 = arith.addi %v76, %v150 : i64
              %v321 = arith.subi %v319, %v320 : i64
              %v323 = arith.minsi %v321, %v322 : i64
              %v324 = arith.trunci %v323 : i64 to i32
              %v325 = arith.addi %v150, %v61 : i64
              %v327 = arith.cmpi slt, %v326, %v318 : i32
              %v328 = arith.cmpi eq, %v326, %v324 : i32
              scf.if %v327 {
                %v329 = arith.addi %v76, %v325 : i64
                %v330 = arith.muli %v27, %v119 : i64
                %v331 = arith.muli %v25, %v118 : i64
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
                scf.if %v328 {
                }
                %v341 = llvm.load %v33 : !llvm.ptr -> f32
                %v342 = arith.mulf %v297, %v341 fastmath<contract> : f32
                scf.if %v22 {
                  %v343 = arith.muli %v27, %v119 : i64
                  %v344 = arith.muli %v25, %v118 : i64
                  %v345 = arith.addi %v343, %v344 : i64
                  %v346 = arith.muli %v329, %v1 : i64
                  %v347 = arith.addi %v345, %v346 : i64
                  %v348 = llvm.getelementptr %dx_a[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v342, %v348 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v349 = arith.muli %v27, %v119 : i64
                  %v350 = arith.muli %v25, %v118 : i64
                  %v351 = arith.addi %v349, %v350 : i64
                  %v352 = arith.muli %v329, %v1 : i64
                  %v353 = arith.addi %v351, %v352 : i64
                  %v354 = llvm.getelementptr %dx_x[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v341, %v354 : f32, !llvm.ptr
                }
                %v355 = arith.muli %v27, %v119 : i64
                %v356 = arith.muli %v25, %v118 : i64
                %v357 = arith.addi %v355, %v356 : i64
                %v358 = arith.muli %v329, %v1 : i64
                %v359 = arith.addi %v357, %v358 : i64
                %v360 = llvm.getelementptr %in_a[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v361 = llvm.load %v360 : !llvm.ptr -> f32
                llvm.store %v361, %v34 : f32, !llvm.ptr
              }
              %v362 = arith.addi %v150, %v278 : i64
              %v364 = arith.cmpi slt, %v363, %v318 : i32
              %v365 = arith.cmpi eq, %v363, %v324 : i32
              scf.if %v364 {
                %v366 = arith.addi %v76, %v362 : i64
                %v367 = arith.muli %v27, %v119 : i64
                %v368 = arith.muli %v25, %v118 : i64
                %v369 = arith.addi %v367, %v368 : i64
                %v370 = arith.muli %v366, %v1 : i64
                %v371 = arith.addi %v369, %v370 : i64
                %v372 = llvm.getelementptr %dy_y[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v373 = llvm.load %v372 : !llvm.ptr -> f32
                %v374 = llvm.load %v33 : !llvm.ptr -> f32
                %v375 = llvm.load %v34 : !llvm.ptr -> f32
                %v376 = arith.mulf %v375, %v374 fastmath<contract> : f32
                %v377 = arith.addf %v373, %v376 fastmath<contract> : f32
                llvm.store %v377, %v33 : f32, !llvm.ptr
                scf.if %v365 {
                }
                %v378 = llvm.load %v33 : !llvm.ptr -> f32
                %v379 = arith.mulf %v277, %v378 fastmath<contract> : f32
                scf.if %v22 {
                  %v380 = arith.muli %v27, %v119 : i64
                  %v381 = arith.muli %v25, %v118 : i64
                  %v382 = arith.addi %v380, %v381 : i64
                  %v383 = arith.muli %v366, %v1 : i64
                  %v384 = arith.addi %v382, %v383 : i64
                  %v385 = llvm.getelementptr %dx_a[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v379, %v385 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v386 = arith.muli %v27, %v119 : i64
                  %v387 = arith.muli %v25, %v118 : i64
                  %v388 = arith.addi %v386, %v387 : i64
                  %v389 = arith.muli %v366, %v1 : i64
                  %v390 = arith.addi %v388, %v389 : i64
                  %v391 = llvm.getelementptr %dx_x[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v378, %v391 : f32, !llvm.ptr
                }
                %v392 = arith.muli %v27, %v119 : i64
                %v393 = arith.muli %v25, %v118 : i64
                %v394 = arith.addi %v392, %v393 : i64
                %v395 = arith.muli %v366, %v1 : i64
                %v396 = arith.addi %v394, %v395 : i64
                %v397 = llvm.getelementptr %in_a[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v398 = llvm.load %v397 : !llvm.ptr -> f32
                llvm.store %v398, %v34 : f32, !llvm.ptr
              }
              %v399 = arith.addi %v150, %v258 : i64
              %v401 = arith.cmpi slt, %v400, %v318 : i32
              %v402 = arith.cmpi eq, %v400, %v324 : i32
              scf.if %v401 {
                %v403 = arith.addi %v76, %v399 : i64
                %v404 = arith.muli %v27, %v119 : i64
                %v405 = arith.muli %v25, %v118 : i64
                %v406 = arith.addi %v404, %v405 : i64
                %v407 = arith.muli %v403, %v1 : i64
                %v408 = arith.addi %v406, %v407 : i64
                %v409 = llvm.getelementptr %dy_y[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v410 = llvm.load %v409 : !llvm.ptr -> f32
                %v411 = llvm.load %v33 : !llvm.ptr -> f32
                %v412 = llvm.load %v34 : !llvm.ptr -> f32
                %v413 = arith.mulf %v412, %v411 fastmath<contract> : f32
                %v414 = arith.addf %v410, %v413 fastmath<contract> : f32
                llvm.store %v414, %v33 : f32, !llvm.ptr
                scf.if %v402 {
                }
                %v415 = llvm.load %v33 : !llvm.ptr -> f32
                %v416 = arith.mulf %v257, %v415 fastmath<contract> : f32
                scf.if %v22 {
                  %v417 = arith.muli %v27, %v119 : i64
                  %v418 = arith.muli %v25, %v118 : i64
                  %v419 = arith.addi %v417, %v418 : i64
                  %v420 = arith.muli %v403, %v1 : i64
                  %v421 = arith.addi %v419, %v420 : i64
                  %v422 = llvm.getelementptr %dx_a[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v416, %v422 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v423 = arith.muli %v27, %v119 : i64
                  %v424 = arith.muli %v25, %v118 : i64
                  %v425 = arith.addi %v423, %v424 : i64
                  %v426 = arith.muli %v403, %v1 : i64
                  %v427 = arith.addi %v425, %v426 : i64
                  %v428 = llvm.getelementptr %dx_x[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v415, %v428 : f32, !llvm.ptr
                }
                %v429 = arith.muli %v27, %v119 : i64
                %v430 = arith.muli %v25, %v118 : i64
                %v431 = arith.addi %v429, %v430 : i64
                %v432 = arith.muli %v403, %v1 : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = llvm.getelementptr %in_a[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v435 = llvm.load %v434 : !llvm.ptr -> f32
                llvm.store %v435, %v34 : f32, !llvm.ptr
              }
              %v436 = arith.addi %v150, %v29 : i64
              %v438 = arith.cmpi slt, %v437, %v318 : i32
              %v439 = arith.cmpi eq, %v437, %v324 : i32
              scf.if %v438 {
                %v440 = arith.addi %v76, %v436 : i64
                %v441 = arith.muli %v27, %v119 : i64
                %v442 = arith.muli %v25, %v118 : i64
                %v443 = arith.addi %v441, %v442 : i64
                %v444 = arith.muli %v440, %v1 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = llvm.getelementptr %dy_y[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v447 = llvm.load %v446 : !llvm.ptr -> f32
                %v448 = llvm.load %v33 : !llvm.ptr -> f32
                %v449 = llvm.load %v34 : !llvm.ptr -> f32
                %v450 = arith.mulf %v449, %v448 fastmath<contract> : f32
                %v451 = arith.addf %v447, %v450 fastmath<contract> : f32
                llvm.store %v451, %v33 : f32, !llvm.ptr
                scf.if %v439 {
                }
                %v452 = llvm.load %v33 : !llvm.ptr -> f32
                %v453 = arith.mulf %v238, %v452 fastmath<contract> : f32
                scf.if %v22 {
                  %v454 = arith.muli %v27, %v119 : i64
                  %v455 = arith.muli %v25, %v118 : i64
                  %v456 = arith.addi %v454, %v455 : i64
                  %v457 = arith.muli %v440, %v1 : i64
                  %v458 = arith.addi %v456, %v457 : i64
                  %v459 = llvm.getelementptr %dx_a[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v453, %v459 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v460 = arith.muli %v27, %v119 : i64
                  %v461 = arith.muli %v25, %v118 : i64
                  %v462 = arith.addi %v460, %v461 : i64
                  %v463 = arith.muli %v440, %v1 : i64
                  %v464 = arith.addi %v462, %v463 : i64
                  %v465 = llvm.getelementptr %dx_x[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v452, %v465 : f32, !llvm.ptr
                }
                %v466 = arith.muli %v27, %v119 : i64
                %v467 = arith.muli %v25, %v118 : i64
                %v468 = arith.addi %v466, %v467 : i64
                %v469 = arith.muli %v440, %v1 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = llvm.getelementptr %in_a[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v472 = llvm.load %v471 : !llvm.ptr -> f32
                llvm.store %v472, %v34 : f32, !llvm.ptr
              }
              %v473 = arith.addi %v150, %v219 : i64
              %v475 = arith.cmpi slt, %v474, %v318 : i32
              %v476 = arith.cmpi eq, %v474, %v324 : i32
              scf.if %v475 {
                %v477 = arith.addi %v76, %v473 : i64
                %v478 = arith.muli %v27, %v119 : i64
                %v479 = arith.muli %v25, %v118 : i64
                %v480 = arith.addi %v478, %v479 : i64
                %v481 = arith.muli %v477, %v1 : i64
                %v482 = arith.addi %v480, %v481 : i64
                %v483 = llvm.getelementptr %dy_y[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v484 = llvm.load %v483 : !llvm.ptr -> f32
                %v485 = llvm.load %v33 : !llvm.ptr -> f32
                %v486 = llvm.load %v34 : !llvm.ptr -> f32
                %v487 = arith.mulf %v486, %v485 fastmath<contract> : f32
                %v488 = arith.addf %v484, %v487 fastmath<contract> : f32
                llvm.store %v488, %v33 : f32, !llvm.ptr
                scf.if %v476 {
                }
                %v489 = llvm.load %v33 : !llvm.ptr -> f32
                %v490 = arith.mulf %v218, %v489 fastmath<contract> : f32
                scf.if %v22 {
                  %v491 = arith.muli %v27, %v119 : i64
                  %v492 = arith.muli %v25, %v118 : i64
                  %v493 = arith.addi %v491, %v492 : i64
                  %v494 = arith.muli %v477, %v1 : i64
                  %v495 = arith.addi %v493, %v494 : i64
                  %v496 = llvm.getelementptr %dx_a[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v490, %v496 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v497 = arith.muli %v27, %v119 : i64
                  %v498 = arith.muli %v25, %v118 : i64
                  %v499 = arith.addi %v497, %v498 : i64
                  %v500 = arith.muli %v477, %v1 : i64
                  %v501 = arith.addi %v499, %v500 : i64
                  %v502 = llvm.getelementptr %dx_x[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v489, %v502 : f32, !llvm.ptr
                }
                %v503 = arith.muli %v27, %v119 : i64
                %v504 = arith.muli %v25, %v118 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = arith.muli %v477, %v1 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = llvm.getelementptr %in_a[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                llvm.store %v509, %v34 : f32, !llvm.ptr
              }
              %v510 = arith.addi %v150, %v199 : i64
              %v512 = arith.cmpi slt, %v511, %v318 : i32
              %v513 = arith.cmpi eq, %v511, %v324 : i32
              scf.if %v512 {
                %v514 = arith.addi %v76, %v510 : i64
                %v515 = arith.muli %v27, %v119 : i64
                %v516 = arith.muli %v25, %v118 : i64
                %v517 = arith.addi %v515, %v516 : i64
                %v518 = arith.muli %v514, %v1 : i64
                %v519 = arith.addi %v517, %v518 : i64
                %v520 = llvm.getelementptr %dy_y[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v521 = llvm.load %v520 : !llvm.ptr -> f32
                %v522 = llvm.load %v33 : !llvm.ptr -> f32
                %v523 = llvm.load %v34 : !llvm.ptr -> f32
                %v524 = arith.mulf %v523, %v522 fastmath<contract> : f32
                %v525 = arith.addf %v521, %v524 fastmath<contract> : f32
                llvm.store %v525, %v33 : f32, !llvm.ptr
                scf.if %v513 {
                }
                %v526 = llvm.load %v33 : !llvm.ptr -> f32
                %v527 = arith.mulf %v198, %v526 fastmath<contract> : f32
                scf.if %v22 {
                  %v528 = arith.muli %v27, %v119 : i64
                  %v529 = arith.muli %v25, %v118 : i64
                  %v530 = arith.addi %v528, %v529 : i64
                  %v531 = arith.muli %v514, %v1 : i64
                  %v532 = arith.addi %v530, %v531 : i64
                  %v533 = llvm.getelementptr %dx_a[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v527, %v533 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v534 = arith.muli %v27, %v119 : i64
                  %v535 = arith.muli %v25, %v118 : i64
                  %v536 = arith.addi %v534, %v535 : i64
                  %v537 = arith.muli %v514, %v1 : i64
                  %v538 = arith.addi %v536, %v537 : i64
                  %v539 = llvm.getelementptr %dx_x[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v526, %v539 : f32, !llvm.ptr
                }
                %v540 = arith.muli %v27, %v119 : i64
                %v541 = arith.muli %v25, %v118 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = arith.muli %v514, %v1 : i64
                %v544 = arith.addi %v542, %v543 : i64
                %v545 = llvm.getelementptr %in_a[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v546 = llvm.load %v545 : !llvm.ptr -> f32
                llvm.store %v546, %v34 : f32, !llvm.ptr
              }
              %v547 = arith.addi %v150, %v1 : i64
              %v549 = arith.cmpi slt, %v548, %v318 : i32
              %v550 = arith.cmpi eq, %v548, %v324 : i32
              scf.if %v549 {
                %v551 = arith.addi %v76, %v547 : i64
                %v552 = arith.muli %v27, %v119 : i64
                %v553 = arith.muli %v25, %v118 : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = arith.muli %v551, %v1 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = llvm.getelementptr %dy_y[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v558 = llvm.load %v557 : !llvm.ptr -> f32
                %v559 = llvm.load %v33 : !llvm.ptr -> f32
                %v560 = llvm.load %v34 : !llvm.ptr -> f32
                %v561 = arith.mulf %v560, %v559 fastmath<contract> : f32
                %v562 = arith.addf %v558, %v561 fastmath<contract> : f32
                llvm.store %v562, %v33 : f32, !llvm.ptr
                scf.if %v550 {
                }
                %v563 = llvm.load %v33 : !llvm.ptr -> f32
                %v564 = arith.mulf %v179, %v563 fastmath<contract> : f32
                scf.if %v22 {
                  %v565 = arith.muli %v27, %v119 : i64
                  %v566 = arith.muli %v25, %v118 : i64
                  %v567 = arith.addi %v565, %v566 : i64
                  %v568 = arith.muli %v551, %v1 : i64
                  %v569 = arith.addi %v567, %v568 : i64
                  %v570 = llvm.getelementptr %dx_a[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v564, %v570 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v571 = arith.muli %v27, %v119 : i64
                  %v572 = arith.muli %v25, %v118 : i64
                  %v573 = arith.addi %v571, %v572 : i64
                  %v574 = arith.muli %v551, %v1 : i64
                  %v575 = arith.addi %v573, %v574 : i64
                  %v576 = llvm.getelementptr %dx_x[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v563, %v576 : f32, !llvm.ptr
                }
                %v577 = arith.muli %v27, %v119 : i64
                %v578 = arith.muli %v25, %v118 : i64
                %v579 = arith.addi %v577, %v578 : i64
                %v580 = arith.muli %v551, %v1 : i64
                %v581 = arith.addi %v579, %v580 : i64
                %v582 = llvm.getelementptr %in_a[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v583 = llvm.load %v582 : !llvm.ptr -> f32
                llvm.store %v583, %v34 : f32, !llvm.ptr
              }
              %v584 = arith.addi %v150, %v37 : i64
              %v586 = arith.cmpi slt, %v585, %v318 : i32
              %v587 = arith.cmpi eq, %v585, %v324 : i32
              scf.if %v586 {
                %v588 = arith.addi %v76, %v584 : i64
                %v589 = arith.muli %v27, %v119 : i64
                %v590 = arith.muli %v25, %v118 : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = arith.muli %v588, %v1 : i64
                %v593 = arith.addi %v591, %v592 : i64
                %v594 = llvm.getelementptr %dy_y[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v595 = llvm.load %v594 : !llvm.ptr -> f32
                %v596 = llvm.load %v33 : !llvm.ptr -> f32
                %v597 = llvm.load %v34 : !llvm.ptr -> f32
                %v598 = arith.mulf %v597, %v596 fastmath<contract> : f32
                %v599 = arith.addf %v595, %v598 fastmath<contract> : f32
                llvm.store %v599, %v33 : f32, !llvm.ptr
                scf.if %v587 {
                }
                %v600 = llvm.load %v33 : !llvm.ptr -> f32
                %v601 = arith.mulf %v160, %v600 fastmath<contract> : f32
                scf.if %v22 {
                  %v602 = arith.muli %v27, %v119 : i64
                  %v603 = arith.muli %v25, %v118 : i64
                  %v604 = arith.addi %v602, %v603 : i64
                  %v605 = arith.muli %v588, %v1 : i64
                  %v606 = arith.addi %v604, %v605 : i64
                  %v607 = llvm.getelementptr %dx_a[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v601, %v607 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v608 = arith.muli %v27, %v119 : i64
                  %v609 = arith.muli %v25, %v118 : i64
                  %v610 = arith.addi %v608, %v609 : i64
                  %v611 = arith.muli %v588, %v1 : i64
                  %v612 = arith.addi %v610, %v611 : i64
                  %v613 = llvm.getelementptr %dx_x[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v600, %v613 : f32, !llvm.ptr
                }
                %v614 = arith.muli %v27, %v119 : i64
                %v615 = arith.muli %v25, %v118 : i64
                %v616 = arith.addi %v614, %v615 : i64
                %v617 = arith.muli %v588, %v1 : i64
                %v618 = arith.addi %v616, %v617 : i64
                %v619 = llvm.getelementptr %in_a[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v620 = llvm.load %v619 : !llvm.ptr -> f32
                llvm.store %v620, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v621 = arith.cmpi eq, %v18, %v37 : i64
      scf.if %v621 {
      }
      gpu.return
    }
  }
}
