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
      %v63 = arith.muli %v1, %size_B : i64
      %v64 = arith.muli %v63, %size_C : i64
      %v66 = arith.muli %v1, %size_C : i64
      %v96 = arith.muli %v1, %size_T : i64
      %v97 = arith.muli %v96, %size_C : i64
      %v177 = arith.constant 2 : i64
      %v197 = arith.constant 3 : i64
      %v236 = arith.constant 5 : i64
      %v256 = arith.constant 6 : i64
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
        %v60 = arith.subi %v59, %v1 : i64
        %v61 = arith.addi %v59, %v42 : i64
        %v62 = arith.divui %v61, %v41 : i64
        %v65 = arith.muli %v56, %v64 : i64
        %v67 = arith.muli %v27, %v66 : i64
        %v68 = arith.muli %v25, %v1 : i64
        %v69 = arith.addi %v67, %v68 : i64
        %v70 = arith.addi %v65, %v69 : i64
        %v71 = llvm.getelementptr %ckpt_h[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v72 = llvm.load %v71 : !llvm.ptr -> f32
        llvm.store %v72, %v9 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v73 = arith.index_cast %v38 : i64 to index
        %v74 = arith.index_cast %v62 : i64 to index
        %v75 = arith.index_cast %v1 : i64 to index
        scf.for %v76 = %v73 to %v74 step %v75 {
          %v77 = arith.index_cast %v76 : index to i64
          %v78 = arith.addi %v47, %v77 : i64
          scf.if %v22 {
            %v79 = llvm.load %v9 : !llvm.ptr -> f32
            %v80 = arith.muli %v78, %v3 : i64
            %v81 = arith.subi %v3, %v1 : i64
            %v82 = arith.minsi %v21, %v81 : i64
            %v83 = arith.addi %v80, %v82 : i64
            %v84 = arith.muli %v83, %v1 : i64
            %v85 = arith.addi %v84, %v38 : i64
            %v86 = llvm.getelementptr %scratch_h[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v79, %v86 : f32, !llvm.ptr
          }
          %v87 = arith.muli %v77, %v41 : i64
          %v88 = arith.index_cast %v38 : i64 to index
          %v89 = arith.index_cast %v41 : i64 to index
          %v90 = arith.index_cast %v1 : i64 to index
          scf.for %v91 = %v88 to %v89 step %v90 {
            %v92 = arith.index_cast %v91 : index to i64
            %v93 = arith.addi %v87, %v92 : i64
            %v94 = arith.cmpi slt, %v93, %v59 : i64
            scf.if %v94 {
              %v95 = arith.addi %v57, %v93 : i64
              %v98 = arith.muli %v27, %v97 : i64
              %v99 = arith.muli %v25, %v96 : i64
              %v100 = arith.addi %v98, %v99 : i64
              %v101 = arith.muli %v95, %v1 : i64
              %v102 = arith.addi %v100, %v101 : i64
              %v103 = llvm.getelementptr %in_a[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v104 = llvm.load %v103 : !llvm.ptr -> f32
              %v105 = arith.muli %v27, %v97 : i64
              %v106 = arith.muli %v25, %v96 : i64
              %v107 = arith.addi %v105, %v106 : i64
              %v108 = arith.muli %v95, %v1 : i64
              %v109 = arith.addi %v107, %v108 : i64
              %v110 = llvm.getelementptr %in_x[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v111 = llvm.load %v110 : !llvm.ptr -> f32
              %v112 = llvm.load %v9 : !llvm.ptr -> f32
              %v113 = arith.mulf %v104, %v112 fastmath<contract> : f32
              %v114 = arith.addf %v113, %v111 fastmath<contract> : f32
              llvm.store %v114, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v115 = arith.index_cast %v38 : i64 to index
        %v116 = arith.index_cast %v1 : i64 to index
        %v117 = arith.index_cast %v1 : i64 to index
        scf.for %v118 = %v115 to %v116 step %v117 {
          %v119 = arith.index_cast %v118 : index to i64
          %v120 = arith.index_cast %v38 : i64 to index
          %v121 = arith.index_cast %v62 : i64 to index
          %v122 = arith.index_cast %v1 : i64 to index
          scf.for %v123 = %v120 to %v121 step %v122 {
            %v124 = arith.index_cast %v123 : index to i64
            %v125 = arith.cmpi slt, %v124, %v62 : i64
            scf.if %v125 {
              %v126 = arith.subi %v62, %v1 : i64
              %v127 = arith.subi %v126, %v124 : i64
              %v128 = arith.muli %v127, %v41 : i64
              %v129 = arith.addi %v47, %v127 : i64
              %v130 = arith.subi %v59, %v1 : i64
              %v131 = arith.muli %v129, %v3 : i64
              %v132 = arith.subi %v3, %v1 : i64
              %v133 = arith.minsi %v21, %v132 : i64
              %v134 = arith.addi %v131, %v133 : i64
              %v135 = arith.muli %v134, %v1 : i64
              %v136 = arith.addi %v135, %v38 : i64
              %v137 = llvm.getelementptr %scratch_h[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v138 = llvm.load %v137 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v139 = arith.addi %v128, %v38 : i64
              %v140 = arith.minsi %v139, %v130 : i64
              %v141 = arith.addi %v57, %v140 : i64
              %v142 = arith.muli %v27, %v97 : i64
              %v143 = arith.muli %v25, %v96 : i64
              %v144 = arith.addi %v142, %v143 : i64
              %v145 = arith.muli %v141, %v1 : i64
              %v146 = arith.addi %v144, %v145 : i64
              %v147 = llvm.getelementptr %in_a[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v148 = llvm.load %v147 : !llvm.ptr -> f32
              %v149 = arith.muli %v27, %v97 : i64
              %v150 = arith.muli %v25, %v96 : i64
              %v151 = arith.addi %v149, %v150 : i64
              %v152 = arith.muli %v141, %v1 : i64
              %v153 = arith.addi %v151, %v152 : i64
              %v154 = llvm.getelementptr %in_x[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v155 = llvm.load %v154 : !llvm.ptr -> f32
              %v156 = arith.mulf %v148, %v138 fastmath<contract> : f32
              %v157 = arith.addf %v156, %v155 fastmath<contract> : f32
              %v158 = arith.addi %v128, %v1 : i64
              %v159 = arith.minsi %v158, %v130 : i64
              %v160 = arith.addi %v57, %v159 : i64
              %v161 = arith.muli %v27, %v97 : i64
              %v162 = arith.muli %v25, %v96 : i64
              %v163 = arith.addi %v161, %v162 : i64
              %v164 = arith.muli %v160, %v1 : i64
              %v165 = arith.addi %v163, %v164 : i64
              %v166 = llvm.getelementptr %in_a[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v167 = llvm.load %v166 : !llvm.ptr -> f32
              %v168 = arith.muli %v27, %v97 : i64
              %v169 = arith.muli %v25, %v96 : i64
              %v170 = arith.addi %v168, %v169 : i64
              %v171 = arith.muli %v160, %v1 : i64
              %v172 = arith.addi %v170, %v171 : i64
              %v173 = llvm.getelementptr %in_x[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v174 = llvm.load %v173 : !llvm.ptr -> f32
              %v175 = arith.mulf %v167, %v157 fastmath<contract> : f32
              %v176 = arith.addf %v175, %v174 fastmath<contract> : f32
              %v178 = arith.addi %v128, %v177 : i64
              %v179 = arith.minsi %v178, %v130 : i64
              %v180 = arith.addi %v57, %v179 : i64
              %v181 = arith.muli %v27, %v97 : i64
              %v182 = arith.muli %v25, %v96 : i64
              %v183 = arith.addi %v181, %v182 : i64
              %v184 = arith.muli %v180, %v1 : i64
              %v185 = arith.addi %v183, %v184 : i64
              %v186 = llvm.getelementptr %in_a[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v187 = llvm.load %v186 : !llvm.ptr -> f32
              %v188 = arith.muli %v27, %v97 : i64
              %v189 = arith.muli %v25, %v96 : i64
              %v190 = arith.addi %v188, %v189 : i64
              %v191 = arith.muli %v180, %v1 : i64
              %v192 = arith.addi %v190, %v191 : i64
              %v193 = llvm.getelementptr %in_x[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v194 = llvm.load %v193 : !llvm.ptr -> f32
              %v195 = arith.mulf %v187, %v176 fastmath<contract> : f32
              %v196 = arith.addf %v195, %v194 fastmath<contract> : f32
              %v198 = arith.addi %v128, %v197 : i64
              %v199 = arith.minsi %v198, %v130 : i64
              %v200 = arith.addi %v57, %v199 : i64
              %v201 = arith.muli %v27, %v97 : i64
              %v202 = arith.muli %v25, %v96 : i64
              %v203 = arith.addi %v201, %v202 : i64
              %v204 = arith.muli %v200, %v1 : i64
              %v205 = arith.addi %v203, %v204 : i64
              %v206 = llvm.getelementptr %in_a[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v207 = llvm.load %v206 : !llvm.ptr -> f32
              %v208 = arith.muli %v27, %v97 : i64
              %v209 = arith.muli %v25, %v96 : i64
              %v210 = arith.addi %v208, %v209 : i64
              %v211 = arith.muli %v200, %v1 : i64
              %v212 = arith.addi %v210, %v211 : i64
              %v213 = llvm.getelementptr %in_x[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v214 = llvm.load %v213 : !llvm.ptr -> f32
              %v215 = arith.mulf %v207, %v196 fastmath<contract> : f32
              %v216 = arith.addf %v215, %v214 fastmath<contract> : f32
              %v217 = arith.addi %v128, %v29 : i64
              %v218 = arith.minsi %v217, %v130 : i64
              %v219 = arith.addi %v57, %v218 : i64
              %v220 = arith.muli %v27, %v97 : i64
              %v221 = arith.muli %v25, %v96 : i64
              %v222 = arith.addi %v220, %v221 : i64
              %v223 = arith.muli %v219, %v1 : i64
              %v224 = arith.addi %v222, %v223 : i64
              %v225 = llvm.getelementptr %in_a[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v226 = llvm.load %v225 : !llvm.ptr -> f32
              %v227 = arith.muli %v27, %v97 : i64
              %v228 = arith.muli %v25, %v96 : i64
              %v229 = arith.addi %v227, %v228 : i64
              %v230 = arith.muli %v219, %v1 : i64
              %v231 = arith.addi %v229, %v230 : i64
              %v232 = llvm.getelementptr %in_x[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v233 = llvm.load %v232 : !llvm.ptr -> f32
              %v234 = arith.mulf %v226, %v216 fastmath<contract> : f32
              %v235 = arith.addf %v234, %v233 fastmath<contract> : f32
              %v237 = arith.addi %v128, %v236 : i64
              %v238 = arith.minsi %v237, %v130 : i64
              %v239 = arith.addi %v57, %v238 : i64
              %v240 = arith.muli %v27, %v97 : i64
              %v241 = arith.muli %v25, %v96 : i64
              %v242 = arith.addi %v240, %v241 : i64
              %v243 = arith.muli %v239, %v1 : i64
              %v244 = arith.addi %v242, %v243 : i64
              %v245 = llvm.getelementptr %in_a[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v246 = llvm.load %v245 : !llvm.ptr -> f32
              %v247 = arith.muli %v27, %v97 : i64
              %v248 = arith.muli %v25, %v96 : i64
              %v249 = arith.addi %v247, %v248 : i64
              %v250 = arith.muli %v239, %v1 : i64
              %v251 = arith.addi %v249, %v250 : i64
              %v252 = llvm.getelementptr %in_x[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v253 = llvm.load %v252 : !llvm.ptr -> f32
              %v254 = arith.mulf %v246, %v235 fastmath<contract> : f32
              %v255 = arith.addf %v254, %v253 fastmath<contract> : f32
              %v257 = arith.addi %v128, %v256 : i64
              %v258 = arith.minsi %v257, %v130 : i64
              %v259 = arith.addi %v57, %v258 : i64
              %v260 = arith.muli %v27, %v97 : i64
              %v261 = arith.muli %v25, %v96 : i64
              %v262 = arith.addi %v260, %v261 : i64
              %v263 = arith.muli %v259, %v1 : i64
              %v264 = arith.addi %v262, %v263 : i64
              %v265 = llvm.getelementptr %in_a[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v266 = llvm.load %v265 : !llvm.ptr -> f32
              %v267 = arith.muli %v27, %v97 : i64
              %v268 = arith.muli %v25, %v96 : i64
              %v269 = arith.addi %v267, %v268 : i64
              %v270 = arith.muli %v259, %v1 : i64
              %v271 = arith.addi %v269, %v270 : i64
              %v272 = llvm.getelementptr %in_x[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v273 = llvm.load %v272 : !llvm.ptr -> f32
              %v274 = arith.mulf %v266, %v255 fastmath<contract> : f32
              %v275 = arith.addf %v274, %v273 fastmath<contract> : f32
              %v276 = arith.addi %v128, %v42 : i64
              %v277 = arith.minsi %v276, %v130 : i64
              %v278 = arith.addi %v57, %v277 : i64
              %v279 = arith.muli %v27, %v97 : i64
              %v280 = arith.muli %v25, %v96 : i64
              %v281 = arith.addi %v279, %v280 : i64
              %v282 = arith.muli %v278, %v1 : i64
              %v283 = arith.addi %v281, %v282 : i64
              %v284 = llvm.getelementptr %in_a[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v285 = llvm.load %v284 : !llvm.ptr -> f32
              %v286 = arith.muli %v27, %v97 : i64
              %v287 = arith.muli %v25, %v96 : i64
              %v288 = arith.addi %v286, %v287 : i64
              %v289 = arith.muli %v278, %v1 : i64
              %v290 = arith.addi %v288, %v289 : i64
              %v291 = llvm.getelementptr %in_x[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v292 = llvm.load %v291 : !llvm.ptr -> f32
              %v293 = arith.mulf %v285, %v275 fastmath<contract> : f32
              %v294 = arith.addf %v293, %v292 fastmath<contract> : f32
              %v295 = arith.addi %v128, %v42 : i64
              %v296 = arith.cmpi slt, %v295, %v59 : i64
              scf.if %v296 {
                %v297 = arith.addi %v57, %v295 : i64
                %v298 = arith.muli %v27, %v97 : i64
                %v299 = arith.muli %v25, %v96 : i64
                %v300 = arith.addi %v298, %v299 : i64
                %v301 = arith.muli %v297, %v1 : i64
                %v302 = arith.addi %v300, %v301 : i64
                %v303 = llvm.getelementptr %dy_y[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v304 = llvm.load %v303 : !llvm.ptr -> f32
                %v305 = llvm.load %v33 : !llvm.ptr -> f32
                %v306 = llvm.load %v34 : !llvm.ptr -> f32
                %v307 = arith.mulf %v306, %v305 fastmath<contract> : f32
                %v308 = arith.addf %v304, %v307 fastmath<contract> : f32
                llvm.store %v308, %v33 : f32, !llvm.ptr
                %v309 = llvm.load %v37 : !llvm.ptr -> f32
                %v310 = arith.mulf %v309, %v306 fastmath<contract> : f32
                llvm.store %v310, %v37 : f32, !llvm.ptr
                %v311 = arith.subi %size_T, %v1 : i64
                %v312 = arith.cmpi eq, %v297, %v311 : i64
                scf.if %v312 {
                }
                %v313 = arith.muli %v27, %v97 : i64
                %v314 = arith.muli %v25, %v96 : i64
                %v315 = arith.addi %v313, %v314 : i64
                %v316 = arith.muli %v297, %v1 : i64
                %v317 = arith.addi %v315, %v316 : i64
                %v318 = llvm.getelementptr %in_a[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v319 = llvm.load %v318 : !llvm.ptr -> f32
                llvm.store %v319, %v34 : f32, !llvm.ptr
              }
              %v320 = arith.addi %v128, %v256 : i64
              %v321 = arith.cmpi slt, %v320, %v59 : i64
              scf.if %v321 {
                %v322 = arith.addi %v57, %v320 : i64
                %v323 = arith.muli %v27, %v97 : i64
                %v324 = arith.muli %v25, %v96 : i64
                %v325 = arith.addi %v323, %v324 : i64
                %v326 = arith.muli %v322, %v1 : i64
                %v327 = arith.addi %v325, %v326 : i64
                %v328 = llvm.getelementptr %dy_y[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v329 = llvm.load %v328 : !llvm.ptr -> f32
                %v330 = llvm.load %v33 : !llvm.ptr -> f32
                %v331 = llvm.load %v34 : !llvm.ptr -> f32
                %v332 = arith.mulf %v331, %v330 fastmath<contract> : f32
                %v333 = arith.addf %v329, %v332 fastmath<contract> : f32
                llvm.store %v333, %v33 : f32, !llvm.ptr
                %v334 = llvm.load %v37 : !llvm.ptr -> f32
                %v335 = arith.mulf %v334, %v331 fastmath<contract> : f32
                llvm.store %v335, %v37 : f32, !llvm.ptr
                %v336 = arith.subi %size_T, %v1 : i64
                %v337 = arith.cmpi eq, %v322, %v336 : i64
                scf.if %v337 {
                }
                %v338 = arith.muli %v27, %v97 : i64
                %v339 = arith.muli %v25, %v96 : i64
                %v340 = arith.addi %v338, %v339 : i64
                %v341 = arith.muli %v322, %v1 : i64
                %v342 = arith.addi %v340, %v341 : i64
                %v343 = llvm.getelementptr %in_a[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v344 = llvm.load %v343 : !llvm.ptr -> f32
                llvm.store %v344, %v34 : f32, !llvm.ptr
              }
              %v345 = arith.addi %v128, %v236 : i64
              %v346 = arith.cmpi slt, %v345, %v59 : i64
              scf.if %v346 {
                %v347 = arith.addi %v57, %v345 : i64
                %v348 = arith.muli %v27, %v97 : i64
                %v349 = arith.muli %v25, %v96 : i64
                %v350 = arith.addi %v348, %v349 : i64
                %v351 = arith.muli %v347, %v1 : i64
                %v352 = arith.addi %v350, %v351 : i64
                %v353 = llvm.getelementptr %dy_y[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v354 = llvm.load %v353 : !llvm.ptr -> f32
                %v355 = llvm.load %v33 : !llvm.ptr -> f32
                %v356 = llvm.load %v34 : !llvm.ptr -> f32
                %v357 = arith.mulf %v356, %v355 fastmath<contract> : f32
                %v358 = arith.addf %v354, %v357 fastmath<contract> : f32
                llvm.store %v358, %v33 : f32, !llvm.ptr
                %v359 = llvm.load %v37 : !llvm.ptr -> f32
                %v360 = arith.mulf %v359, %v356 fastmath<contract> : f32
                llvm.store %v360, %v37 : f32, !llvm.ptr
                %v361 = arith.subi %size_T, %v1 : i64
                %v362 = arith.cmpi eq, %v347, %v361 : i64
                scf.if %v362 {
                }
                %v363 = arith.muli %v27, %v97 : i64
                %v364 = arith.muli %v25, %v96 : i64
                %v365 = arith.addi %v363, %v364 : i64
                %v366 = arith.muli %v347, %v1 : i64
                %v367 = arith.addi %v365, %v366 : i64
                %v368 = llvm.getelementptr %in_a[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v369 = llvm.load %v368 : !llvm.ptr -> f32
                llvm.store %v369, %v34 : f32, !llvm.ptr
              }
              %v370 = arith.addi %v128, %v29 : i64
              %v371 = arith.cmpi slt, %v370, %v59 : i64
              scf.if %v371 {
                %v372 = arith.addi %v57, %v370 : i64
                %v373 = arith.muli %v27, %v97 : i64
                %v374 = arith.muli %v25, %v96 : i64
                %v375 = arith.addi %v373, %v374 : i64
                %v376 = arith.muli %v372, %v1 : i64
                %v377 = arith.addi %v375, %v376 : i64
                %v378 = llvm.getelementptr %dy_y[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v379 = llvm.load %v378 : !llvm.ptr -> f32
                %v380 = llvm.load %v33 : !llvm.ptr -> f32
                %v381 = llvm.load %v34 : !llvm.ptr -> f32
                %v382 = arith.mulf %v381, %v380 fastmath<contract> : f32
                %v383 = arith.addf %v379, %v382 fastmath<contract> : f32
                llvm.store %v383, %v33 : f32, !llvm.ptr
                %v384 = llvm.load %v37 : !llvm.ptr -> f32
                %v385 = arith.mulf %v384, %v381 fastmath<contract> : f32
                llvm.store %v385, %v37 : f32, !llvm.ptr
                %v386 = arith.subi %size_T, %v1 : i64
                %v387 = arith.cmpi eq, %v372, %v386 : i64
                scf.if %v387 {
                }
                %v388 = arith.muli %v27, %v97 : i64
                %v389 = arith.muli %v25, %v96 : i64
                %v390 = arith.addi %v388, %v389 : i64
                %v391 = arith.muli %v372, %v1 : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = llvm.getelementptr %in_a[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v394 = llvm.load %v393 : !llvm.ptr -> f32
                llvm.store %v394, %v34 : f32, !llvm.ptr
              }
              %v395 = arith.addi %v128, %v197 : i64
              %v396 = arith.cmpi slt, %v395, %v59 : i64
              scf.if %v396 {
                %v397 = arith.addi %v57, %v395 : i64
                %v398 = arith.muli %v27, %v97 : i64
                %v399 = arith.muli %v25, %v96 : i64
                %v400 = arith.addi %v398, %v399 : i64
                %v401 = arith.muli %v397, %v1 : i64
                %v402 = arith.addi %v400, %v401 : i64
                %v403 = llvm.getelementptr %dy_y[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v404 = llvm.load %v403 : !llvm.ptr -> f32
                %v405 = llvm.load %v33 : !llvm.ptr -> f32
                %v406 = llvm.load %v34 : !llvm.ptr -> f32
                %v407 = arith.mulf %v406, %v405 fastmath<contract> : f32
                %v408 = arith.addf %v404, %v407 fastmath<contract> : f32
                llvm.store %v408, %v33 : f32, !llvm.ptr
                %v409 = llvm.load %v37 : !llvm.ptr -> f32
                %v410 = arith.mulf %v409, %v406 fastmath<contract> : f32
                llvm.store %v410, %v37 : f32, !llvm.ptr
                %v411 = arith.subi %size_T, %v1 : i64
                %v412 = arith.cmpi eq, %v397, %v411 : i64
                scf.if %v412 {
                }
                %v413 = arith.muli %v27, %v97 : i64
                %v414 = arith.muli %v25, %v96 : i64
                %v415 = arith.addi %v413, %v414 : i64
                %v416 = arith.muli %v397, %v1 : i64
                %v417 = arith.addi %v415, %v416 : i64
                %v418 = llvm.getelementptr %in_a[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v419 = llvm.load %v418 : !llvm.ptr -> f32
                llvm.store %v419, %v34 : f32, !llvm.ptr
              }
              %v420 = arith.addi %v128, %v177 : i64
              %v421 = arith.cmpi slt, %v420, %v59 : i64
              scf.if %v421 {
                %v422 = arith.addi %v57, %v420 : i64
                %v423 = arith.muli %v27, %v97 : i64
                %v424 = arith.muli %v25, %v96 : i64
                %v425 = arith.addi %v423, %v424 : i64
                %v426 = arith.muli %v422, %v1 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = llvm.getelementptr %dy_y[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                %v430 = llvm.load %v33 : !llvm.ptr -> f32
                %v431 = llvm.load %v34 : !llvm.ptr -> f32
                %v432 = arith.mulf %v431, %v430 fastmath<contract> : f32
                %v433 = arith.addf %v429, %v432 fastmath<contract> : f32
                llvm.store %v433, %v33 : f32, !llvm.ptr
                %v434 = llvm.load %v37 : !llvm.ptr -> f32
                %v435 = arith.mulf %v434, %v431 fastmath<contract> : f32
                llvm.store %v435, %v37 : f32, !llvm.ptr
                %v436 = arith.subi %size_T, %v1 : i64
                %v437 = arith.cmpi eq, %v422, %v436 : i64
                scf.if %v437 {
                }
                %v438 = arith.muli %v27, %v97 : i64
                %v439 = arith.muli %v25, %v96 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = arith.muli %v422, %v1 : i64
                %v442 = arith.addi %v440, %v441 : i64
                %v443 = llvm.getelementptr %in_a[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v444 = llvm.load %v443 : !llvm.ptr -> f32
                llvm.store %v444, %v34 : f32, !llvm.ptr
              }
              %v445 = arith.addi %v128, %v1 : i64
              %v446 = arith.cmpi slt, %v445, %v59 : i64
              scf.if %v446 {
                %v447 = arith.addi %v57, %v445 : i64
                %v448 = arith.muli %v27, %v97 : i64
                %v449 = arith.muli %v25, %v96 : i64
                %v450 = arith.addi %v448, %v449 : i64
                %v451 = arith.muli %v447, %v1 : i64
                %v452 = arith.addi %v450, %v451 : i64
                %v453 = llvm.getelementptr %dy_y[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v454 = llvm.load %v453 : !llvm.ptr -> f32
                %v455 = llvm.load %v33 : !llvm.ptr -> f32
                %v456 = llvm.load %v34 : !llvm.ptr -> f32
                %v457 = arith.mulf %v456, %v455 fastmath<contract> : f32
                %v458 = arith.addf %v454, %v457 fastmath<contract> : f32
                llvm.store %v458, %v33 : f32, !llvm.ptr
                %v459 = llvm.load %v37 : !llvm.ptr -> f32
                %v460 = arith.mulf %v459, %v456 fastmath<contract> : f32
                llvm.store %v460, %v37 : f32, !llvm.ptr
                %v461 = arith.subi %size_T, %v1 : i64
                %v462 = arith.cmpi eq, %v447, %v461 : i64
                scf.if %v462 {
                }
                %v463 = arith.muli %v27, %v97 : i64
                %v464 = arith.muli %v25, %v96 : i64
                %v465 = arith.addi %v463, %v464 : i64
                %v466 = arith.muli %v447, %v1 : i64
                %v467 = arith.addi %v465, %v466 : i64
                %v468 = llvm.getelementptr %in_a[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v469 = llvm.load %v468 : !llvm.ptr -> f32
                llvm.store %v469, %v34 : f32, !llvm.ptr
              }
              %v470 = arith.addi %v128, %v38 : i64
              %v471 = arith.cmpi slt, %v470, %v59 : i64
              scf.if %v471 {
                %v472 = arith.addi %v57, %v470 : i64
                %v473 = arith.muli %v27, %v97 : i64
                %v474 = arith.muli %v25, %v96 : i64
                %v475 = arith.addi %v473, %v474 : i64
                %v476 = arith.muli %v472, %v1 : i64
                %v477 = arith.addi %v475, %v476 : i64
                %v478 = llvm.getelementptr %dy_y[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v479 = llvm.load %v478 : !llvm.ptr -> f32
                %v480 = llvm.load %v33 : !llvm.ptr -> f32
                %v481 = llvm.load %v34 : !llvm.ptr -> f32
                %v482 = arith.mulf %v481, %v480 fastmath<contract> : f32
                %v483 = arith.addf %v479, %v482 fastmath<contract> : f32
                llvm.store %v483, %v33 : f32, !llvm.ptr
                %v484 = llvm.load %v37 : !llvm.ptr -> f32
                %v485 = arith.mulf %v484, %v481 fastmath<contract> : f32
                llvm.store %v485, %v37 : f32, !llvm.ptr
                %v486 = arith.subi %size_T, %v1 : i64
                %v487 = arith.cmpi eq, %v472, %v486 : i64
                scf.if %v487 {
                }
                %v488 = arith.muli %v27, %v97 : i64
                %v489 = arith.muli %v25, %v96 : i64
                %v490 = arith.addi %v488, %v489 : i64
                %v491 = arith.muli %v472, %v1 : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = llvm.getelementptr %in_a[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v494 = llvm.load %v493 : !llvm.ptr -> f32
                llvm.store %v494, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v22 {
        %v495 = llvm.load %v33 : !llvm.ptr -> f32
        %v496 = arith.muli %v38, %v7 : i64
        %v497 = arith.addi %v496, %v18 : i64
        %v498 = arith.muli %v497, %v1 : i64
        %v499 = arith.addi %v498, %v38 : i64
        %v500 = arith.muli %v499, %v3 : i64
        %v501 = arith.subi %v3, %v1 : i64
        %v502 = arith.minsi %v21, %v501 : i64
        %v503 = arith.addi %v500, %v502 : i64
        %v504 = llvm.getelementptr %segsum_h[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v495, %v504 : f32, !llvm.ptr
        %v505 = llvm.load %v37 : !llvm.ptr -> f32
        %v506 = arith.muli %v1, %v7 : i64
        %v507 = arith.addi %v506, %v18 : i64
        %v508 = arith.muli %v507, %v1 : i64
        %v509 = arith.addi %v508, %v38 : i64
        %v510 = arith.muli %v509, %v3 : i64
        %v511 = arith.subi %v3, %v1 : i64
        %v512 = arith.minsi %v21, %v511 : i64
        %v513 = arith.addi %v510, %v512 : i64
        %v514 = llvm.getelementptr %segsum_h[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v505, %v514 : f32, !llvm.ptr
        %v515 = llvm.load %v34 : !llvm.ptr -> f32
        %v516 = arith.muli %v177, %v7 : i64
        %v517 = arith.addi %v516, %v18 : i64
        %v518 = arith.muli %v517, %v1 : i64
        %v519 = arith.addi %v518, %v38 : i64
        %v520 = arith.muli %v519, %v3 : i64
        %v521 = arith.subi %v3, %v1 : i64
        %v522 = arith.minsi %v21, %v521 : i64
        %v523 = arith.addi %v520, %v522 : i64
        %v524 = llvm.getelementptr %segsum_h[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v515, %v524 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
