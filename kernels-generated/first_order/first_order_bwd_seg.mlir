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
      %v201 = arith.constant 2 : i64
      %v221 = arith.constant 3 : i64
      %v260 = arith.constant 5 : i64
      %v280 = arith.constant 6 : i64
      %v324 = arith.constant 2147483647 : i64
      %v328 = arith.constant 7 : i32
      %v365 = arith.constant 6 : i32
      %v402 = arith.constant 5 : i32
      %v439 = arith.constant 4 : i32
      %v476 = arith.constant 3 : i32
      %v513 = arith.constant 2 : i32
      %v550 = arith.constant 1 : i32
      %v587 = arith.constant 0 : i32
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
              %v152 = arith.addi %v150, %v60 : i64
              %v153 = arith.cmpi sle, %v152, %v78 : i64
              scf.if %v153 {
                %v154 = arith.subi %v78, %v1 : i64
                %v155 = arith.muli %v151, %v3 : i64
                %v156 = arith.subi %v3, %v1 : i64
                %v157 = arith.minsi %v21, %v156 : i64
                %v158 = arith.addi %v155, %v157 : i64
                %v159 = arith.muli %v158, %v1 : i64
                %v160 = arith.addi %v159, %v37 : i64
                %v161 = llvm.getelementptr %scratch_h[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v162 = llvm.load %v161 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v163 = arith.addi %v150, %v37 : i64
                %v164 = arith.minsi %v163, %v154 : i64
                %v165 = arith.addi %v76, %v164 : i64
                %v166 = arith.muli %v27, %v119 : i64
                %v167 = arith.muli %v25, %v118 : i64
                %v168 = arith.addi %v166, %v167 : i64
                %v169 = arith.muli %v165, %v1 : i64
                %v170 = arith.addi %v168, %v169 : i64
                %v171 = llvm.getelementptr %in_a[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v172 = llvm.load %v171 : !llvm.ptr -> f32
                %v173 = arith.muli %v27, %v119 : i64
                %v174 = arith.muli %v25, %v118 : i64
                %v175 = arith.addi %v173, %v174 : i64
                %v176 = arith.muli %v165, %v1 : i64
                %v177 = arith.addi %v175, %v176 : i64
                %v178 = llvm.getelementptr %in_x[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v179 = llvm.load %v178 : !llvm.ptr -> f32
                %v180 = arith.mulf %v172, %v162 fastmath<contract> : f32
                %v181 = arith.addf %v180, %v179 fastmath<contract> : f32
                %v182 = arith.addi %v150, %v1 : i64
                %v183 = arith.minsi %v182, %v154 : i64
                %v184 = arith.addi %v76, %v183 : i64
                %v185 = arith.muli %v27, %v119 : i64
                %v186 = arith.muli %v25, %v118 : i64
                %v187 = arith.addi %v185, %v186 : i64
                %v188 = arith.muli %v184, %v1 : i64
                %v189 = arith.addi %v187, %v188 : i64
                %v190 = llvm.getelementptr %in_a[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v191 = llvm.load %v190 : !llvm.ptr -> f32
                %v192 = arith.muli %v27, %v119 : i64
                %v193 = arith.muli %v25, %v118 : i64
                %v194 = arith.addi %v192, %v193 : i64
                %v195 = arith.muli %v184, %v1 : i64
                %v196 = arith.addi %v194, %v195 : i64
                %v197 = llvm.getelementptr %in_x[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v198 = llvm.load %v197 : !llvm.ptr -> f32
                %v199 = arith.mulf %v191, %v181 fastmath<contract> : f32
                %v200 = arith.addf %v199, %v198 fastmath<contract> : f32
                %v202 = arith.addi %v150, %v201 : i64
                %v203 = arith.minsi %v202, %v154 : i64
                %v204 = arith.addi %v76, %v203 : i64
                %v205 = arith.muli %v27, %v119 : i64
                %v206 = arith.muli %v25, %v118 : i64
                %v207 = arith.addi %v205, %v206 : i64
                %v208 = arith.muli %v204, %v1 : i64
                %v209 = arith.addi %v207, %v208 : i64
                %v210 = llvm.getelementptr %in_a[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v211 = llvm.load %v210 : !llvm.ptr -> f32
                %v212 = arith.muli %v27, %v119 : i64
                %v213 = arith.muli %v25, %v118 : i64
                %v214 = arith.addi %v212, %v213 : i64
                %v215 = arith.muli %v204, %v1 : i64
                %v216 = arith.addi %v214, %v215 : i64
                %v217 = llvm.getelementptr %in_x[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v218 = llvm.load %v217 : !llvm.ptr -> f32
                %v219 = arith.mulf %v211, %v200 fastmath<contract> : f32
                %v220 = arith.addf %v219, %v218 fastmath<contract> : f32
                %v222 = arith.addi %v150, %v221 : i64
                %v223 = arith.minsi %v222, %v154 : i64
                %v224 = arith.addi %v76, %v223 : i64
                %v225 = arith.muli %v27, %v119 : i64
                %v226 = arith.muli %v25, %v118 : i64
                %v227 = arith.addi %v225, %v226 : i64
                %v228 = arith.muli %v224, %v1 : i64
                %v229 = arith.addi %v227, %v228 : i64
                %v230 = llvm.getelementptr %in_a[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v231 = llvm.load %v230 : !llvm.ptr -> f32
                %v232 = arith.muli %v27, %v119 : i64
                %v233 = arith.muli %v25, %v118 : i64
                %v234 = arith.addi %v232, %v233 : i64
                %v235 = arith.muli %v224, %v1 : i64
                %v236 = arith.addi %v234, %v235 : i64
                %v237 = llvm.getelementptr %in_x[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v238 = llvm.load %v237 : !llvm.ptr -> f32
                %v239 = arith.mulf %v231, %v220 fastmath<contract> : f32
                %v240 = arith.addf %v239, %v238 fastmath<contract> : f32
                %v241 = arith.addi %v150, %v29 : i64
                %v242 = arith.minsi %v241, %v154 : i64
                %v243 = arith.addi %v76, %v242 : i64
                %v244 = arith.muli %v27, %v119 : i64
                %v245 = arith.muli %v25, %v118 : i64
                %v246 = arith.addi %v244, %v245 : i64
                %v247 = arith.muli %v243, %v1 : i64
                %v248 = arith.addi %v246, %v247 : i64
                %v249 = llvm.getelementptr %in_a[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v250 = llvm.load %v249 : !llvm.ptr -> f32
                %v251 = arith.muli %v27, %v119 : i64
                %v252 = arith.muli %v25, %v118 : i64
                %v253 = arith.addi %v251, %v252 : i64
                %v254 = arith.muli %v243, %v1 : i64
                %v255 = arith.addi %v253, %v254 : i64
                %v256 = llvm.getelementptr %in_x[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v257 = llvm.load %v256 : !llvm.ptr -> f32
                %v258 = arith.mulf %v250, %v240 fastmath<contract> : f32
                %v259 = arith.addf %v258, %v257 fastmath<contract> : f32
                %v261 = arith.addi %v150, %v260 : i64
                %v262 = arith.minsi %v261, %v154 : i64
                %v263 = arith.addi %v76, %v262 : i64
                %v264 = arith.muli %v27, %v119 : i64
                %v265 = arith.muli %v25, %v118 : i64
                %v266 = arith.addi %v264, %v265 : i64
                %v267 = arith.muli %v263, %v1 : i64
                %v268 = arith.addi %v266, %v267 : i64
                %v269 = llvm.getelementptr %in_a[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v270 = llvm.load %v269 : !llvm.ptr -> f32
                %v271 = arith.muli %v27, %v119 : i64
                %v272 = arith.muli %v25, %v118 : i64
                %v273 = arith.addi %v271, %v272 : i64
                %v274 = arith.muli %v263, %v1 : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = llvm.getelementptr %in_x[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v277 = llvm.load %v276 : !llvm.ptr -> f32
                %v278 = arith.mulf %v270, %v259 fastmath<contract> : f32
                %v279 = arith.addf %v278, %v277 fastmath<contract> : f32
                %v281 = arith.addi %v150, %v280 : i64
                %v282 = arith.minsi %v281, %v154 : i64
                %v283 = arith.addi %v76, %v282 : i64
                %v284 = arith.muli %v27, %v119 : i64
                %v285 = arith.muli %v25, %v118 : i64
                %v286 = arith.addi %v284, %v285 : i64
                %v287 = arith.muli %v283, %v1 : i64
                %v288 = arith.addi %v286, %v287 : i64
                %v289 = llvm.getelementptr %in_a[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v290 = llvm.load %v289 : !llvm.ptr -> f32
                %v291 = arith.muli %v27, %v119 : i64
                %v292 = arith.muli %v25, %v118 : i64
                %v293 = arith.addi %v291, %v292 : i64
                %v294 = arith.muli %v283, %v1 : i64
                %v295 = arith.addi %v293, %v294 : i64
                %v296 = llvm.getelementptr %in_x[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v297 = llvm.load %v296 : !llvm.ptr -> f32
                %v298 = arith.mulf %v290, %v279 fastmath<contract> : f32
                %v299 = arith.addf %v298, %v297 fastmath<contract> : f32
                %v300 = arith.addi %v150, %v61 : i64
                %v301 = arith.minsi %v300, %v154 : i64
                %v302 = arith.addi %v76, %v301 : i64
                %v303 = arith.muli %v27, %v119 : i64
                %v304 = arith.muli %v25, %v118 : i64
                %v305 = arith.addi %v303, %v304 : i64
                %v306 = arith.muli %v302, %v1 : i64
                %v307 = arith.addi %v305, %v306 : i64
                %v308 = llvm.getelementptr %in_a[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v309 = llvm.load %v308 : !llvm.ptr -> f32
                %v310 = arith.muli %v27, %v119 : i64
                %v311 = arith.muli %v25, %v118 : i64
                %v312 = arith.addi %v310, %v311 : i64
                %v313 = arith.muli %v302, %v1 : i64
                %v314 = arith.addi %v312, %v313 : i64
                %v315 = llvm.getelementptr %in_x[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v316 = llvm.load %v315 : !llvm.ptr -> f32
                %v317 = arith.mulf %v309, %v299 fastmath<contract> : f32
                %v318 = arith.addf %v317, %v316 fastmath<contract> : f32
                %v319 = arith.subi %v78, %v150 : i64
                %v320 = arith.trunci %v319 : i64 to i32
                %v321 = arith.subi %size_T, %v1 : i64
                %v322 = arith.addi %v76, %v150 : i64
                %v323 = arith.subi %v321, %v322 : i64
                %v325 = arith.minsi %v323, %v324 : i64
                %v326 = arith.trunci %v325 : i64 to i32
                %v327 = arith.addi %v150, %v61 : i64
                %v329 = arith.cmpi slt, %v328, %v320 : i32
                %v330 = arith.cmpi eq, %v328, %v326 : i32
                %v331 = arith.addi %v76, %v327 : i64
                %v332 = arith.muli %v27, %v119 : i64
                %v333 = arith.muli %v25, %v118 : i64
                %v334 = arith.addi %v332, %v333 : i64
                %v335 = arith.muli %v331, %v1 : i64
                %v336 = arith.addi %v334, %v335 : i64
                %v337 = llvm.getelementptr %dy_y[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v338 = llvm.load %v337 : !llvm.ptr -> f32
                %v339 = llvm.load %v33 : !llvm.ptr -> f32
                %v340 = llvm.load %v34 : !llvm.ptr -> f32
                %v341 = arith.mulf %v340, %v339 fastmath<contract> : f32
                %v342 = arith.addf %v338, %v341 fastmath<contract> : f32
                llvm.store %v342, %v33 : f32, !llvm.ptr
                scf.if %v330 {
                }
                %v343 = llvm.load %v33 : !llvm.ptr -> f32
                %v344 = arith.mulf %v299, %v343 fastmath<contract> : f32
                scf.if %v22 {
                  %v345 = arith.muli %v27, %v119 : i64
                  %v346 = arith.muli %v25, %v118 : i64
                  %v347 = arith.addi %v345, %v346 : i64
                  %v348 = arith.muli %v331, %v1 : i64
                  %v349 = arith.addi %v347, %v348 : i64
                  %v350 = llvm.getelementptr %dx_a[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v344, %v350 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v351 = arith.muli %v27, %v119 : i64
                  %v352 = arith.muli %v25, %v118 : i64
                  %v353 = arith.addi %v351, %v352 : i64
                  %v354 = arith.muli %v331, %v1 : i64
                  %v355 = arith.addi %v353, %v354 : i64
                  %v356 = llvm.getelementptr %dx_x[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v343, %v356 : f32, !llvm.ptr
                }
                %v357 = arith.muli %v27, %v119 : i64
                %v358 = arith.muli %v25, %v118 : i64
                %v359 = arith.addi %v357, %v358 : i64
                %v360 = arith.muli %v331, %v1 : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = llvm.getelementptr %in_a[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v363 = llvm.load %v362 : !llvm.ptr -> f32
                llvm.store %v363, %v34 : f32, !llvm.ptr
                %v364 = arith.addi %v150, %v280 : i64
                %v366 = arith.cmpi slt, %v365, %v320 : i32
                %v367 = arith.cmpi eq, %v365, %v326 : i32
                %v368 = arith.addi %v76, %v364 : i64
                %v369 = arith.muli %v27, %v119 : i64
                %v370 = arith.muli %v25, %v118 : i64
                %v371 = arith.addi %v369, %v370 : i64
                %v372 = arith.muli %v368, %v1 : i64
                %v373 = arith.addi %v371, %v372 : i64
                %v374 = llvm.getelementptr %dy_y[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v375 = llvm.load %v374 : !llvm.ptr -> f32
                %v376 = llvm.load %v33 : !llvm.ptr -> f32
                %v377 = llvm.load %v34 : !llvm.ptr -> f32
                %v378 = arith.mulf %v377, %v376 fastmath<contract> : f32
                %v379 = arith.addf %v375, %v378 fastmath<contract> : f32
                llvm.store %v379, %v33 : f32, !llvm.ptr
                scf.if %v367 {
                }
                %v380 = llvm.load %v33 : !llvm.ptr -> f32
                %v381 = arith.mulf %v279, %v380 fastmath<contract> : f32
                scf.if %v22 {
                  %v382 = arith.muli %v27, %v119 : i64
                  %v383 = arith.muli %v25, %v118 : i64
                  %v384 = arith.addi %v382, %v383 : i64
                  %v385 = arith.muli %v368, %v1 : i64
                  %v386 = arith.addi %v384, %v385 : i64
                  %v387 = llvm.getelementptr %dx_a[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v381, %v387 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v388 = arith.muli %v27, %v119 : i64
                  %v389 = arith.muli %v25, %v118 : i64
                  %v390 = arith.addi %v388, %v389 : i64
                  %v391 = arith.muli %v368, %v1 : i64
                  %v392 = arith.addi %v390, %v391 : i64
                  %v393 = llvm.getelementptr %dx_x[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v380, %v393 : f32, !llvm.ptr
                }
                %v394 = arith.muli %v27, %v119 : i64
                %v395 = arith.muli %v25, %v118 : i64
                %v396 = arith.addi %v394, %v395 : i64
                %v397 = arith.muli %v368, %v1 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = llvm.getelementptr %in_a[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                llvm.store %v400, %v34 : f32, !llvm.ptr
                %v401 = arith.addi %v150, %v260 : i64
                %v403 = arith.cmpi slt, %v402, %v320 : i32
                %v404 = arith.cmpi eq, %v402, %v326 : i32
                %v405 = arith.addi %v76, %v401 : i64
                %v406 = arith.muli %v27, %v119 : i64
                %v407 = arith.muli %v25, %v118 : i64
                %v408 = arith.addi %v406, %v407 : i64
                %v409 = arith.muli %v405, %v1 : i64
                %v410 = arith.addi %v408, %v409 : i64
                %v411 = llvm.getelementptr %dy_y[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v412 = llvm.load %v411 : !llvm.ptr -> f32
                %v413 = llvm.load %v33 : !llvm.ptr -> f32
                %v414 = llvm.load %v34 : !llvm.ptr -> f32
                %v415 = arith.mulf %v414, %v413 fastmath<contract> : f32
                %v416 = arith.addf %v412, %v415 fastmath<contract> : f32
                llvm.store %v416, %v33 : f32, !llvm.ptr
                scf.if %v404 {
                }
                %v417 = llvm.load %v33 : !llvm.ptr -> f32
                %v418 = arith.mulf %v259, %v417 fastmath<contract> : f32
                scf.if %v22 {
                  %v419 = arith.muli %v27, %v119 : i64
                  %v420 = arith.muli %v25, %v118 : i64
                  %v421 = arith.addi %v419, %v420 : i64
                  %v422 = arith.muli %v405, %v1 : i64
                  %v423 = arith.addi %v421, %v422 : i64
                  %v424 = llvm.getelementptr %dx_a[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v418, %v424 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v425 = arith.muli %v27, %v119 : i64
                  %v426 = arith.muli %v25, %v118 : i64
                  %v427 = arith.addi %v425, %v426 : i64
                  %v428 = arith.muli %v405, %v1 : i64
                  %v429 = arith.addi %v427, %v428 : i64
                  %v430 = llvm.getelementptr %dx_x[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v417, %v430 : f32, !llvm.ptr
                }
                %v431 = arith.muli %v27, %v119 : i64
                %v432 = arith.muli %v25, %v118 : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = arith.muli %v405, %v1 : i64
                %v435 = arith.addi %v433, %v434 : i64
                %v436 = llvm.getelementptr %in_a[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                llvm.store %v437, %v34 : f32, !llvm.ptr
                %v438 = arith.addi %v150, %v29 : i64
                %v440 = arith.cmpi slt, %v439, %v320 : i32
                %v441 = arith.cmpi eq, %v439, %v326 : i32
                %v442 = arith.addi %v76, %v438 : i64
                %v443 = arith.muli %v27, %v119 : i64
                %v444 = arith.muli %v25, %v118 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = arith.muli %v442, %v1 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = llvm.getelementptr %dy_y[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v449 = llvm.load %v448 : !llvm.ptr -> f32
                %v450 = llvm.load %v33 : !llvm.ptr -> f32
                %v451 = llvm.load %v34 : !llvm.ptr -> f32
                %v452 = arith.mulf %v451, %v450 fastmath<contract> : f32
                %v453 = arith.addf %v449, %v452 fastmath<contract> : f32
                llvm.store %v453, %v33 : f32, !llvm.ptr
                scf.if %v441 {
                }
                %v454 = llvm.load %v33 : !llvm.ptr -> f32
                %v455 = arith.mulf %v240, %v454 fastmath<contract> : f32
                scf.if %v22 {
                  %v456 = arith.muli %v27, %v119 : i64
                  %v457 = arith.muli %v25, %v118 : i64
                  %v458 = arith.addi %v456, %v457 : i64
                  %v459 = arith.muli %v442, %v1 : i64
                  %v460 = arith.addi %v458, %v459 : i64
                  %v461 = llvm.getelementptr %dx_a[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v455, %v461 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v462 = arith.muli %v27, %v119 : i64
                  %v463 = arith.muli %v25, %v118 : i64
                  %v464 = arith.addi %v462, %v463 : i64
                  %v465 = arith.muli %v442, %v1 : i64
                  %v466 = arith.addi %v464, %v465 : i64
                  %v467 = llvm.getelementptr %dx_x[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v454, %v467 : f32, !llvm.ptr
                }
                %v468 = arith.muli %v27, %v119 : i64
                %v469 = arith.muli %v25, %v118 : i64
                %v470 = arith.addi %v468, %v469 : i64
                %v471 = arith.muli %v442, %v1 : i64
                %v472 = arith.addi %v470, %v471 : i64
                %v473 = llvm.getelementptr %in_a[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v474 = llvm.load %v473 : !llvm.ptr -> f32
                llvm.store %v474, %v34 : f32, !llvm.ptr
                %v475 = arith.addi %v150, %v221 : i64
                %v477 = arith.cmpi slt, %v476, %v320 : i32
                %v478 = arith.cmpi eq, %v476, %v326 : i32
                %v479 = arith.addi %v76, %v475 : i64
                %v480 = arith.muli %v27, %v119 : i64
                %v481 = arith.muli %v25, %v118 : i64
                %v482 = arith.addi %v480, %v481 : i64
                %v483 = arith.muli %v479, %v1 : i64
                %v484 = arith.addi %v482, %v483 : i64
                %v485 = llvm.getelementptr %dy_y[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v486 = llvm.load %v485 : !llvm.ptr -> f32
                %v487 = llvm.load %v33 : !llvm.ptr -> f32
                %v488 = llvm.load %v34 : !llvm.ptr -> f32
                %v489 = arith.mulf %v488, %v487 fastmath<contract> : f32
                %v490 = arith.addf %v486, %v489 fastmath<contract> : f32
                llvm.store %v490, %v33 : f32, !llvm.ptr
                scf.if %v478 {
                }
                %v491 = llvm.load %v33 : !llvm.ptr -> f32
                %v492 = arith.mulf %v220, %v491 fastmath<contract> : f32
                scf.if %v22 {
                  %v493 = arith.muli %v27, %v119 : i64
                  %v494 = arith.muli %v25, %v118 : i64
                  %v495 = arith.addi %v493, %v494 : i64
                  %v496 = arith.muli %v479, %v1 : i64
                  %v497 = arith.addi %v495, %v496 : i64
                  %v498 = llvm.getelementptr %dx_a[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v492, %v498 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v499 = arith.muli %v27, %v119 : i64
                  %v500 = arith.muli %v25, %v118 : i64
                  %v501 = arith.addi %v499, %v500 : i64
                  %v502 = arith.muli %v479, %v1 : i64
                  %v503 = arith.addi %v501, %v502 : i64
                  %v504 = llvm.getelementptr %dx_x[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v491, %v504 : f32, !llvm.ptr
                }
                %v505 = arith.muli %v27, %v119 : i64
                %v506 = arith.muli %v25, %v118 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = arith.muli %v479, %v1 : i64
                %v509 = arith.addi %v507, %v508 : i64
                %v510 = llvm.getelementptr %in_a[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v511 = llvm.load %v510 : !llvm.ptr -> f32
                llvm.store %v511, %v34 : f32, !llvm.ptr
                %v512 = arith.addi %v150, %v201 : i64
                %v514 = arith.cmpi slt, %v513, %v320 : i32
                %v515 = arith.cmpi eq, %v513, %v326 : i32
                %v516 = arith.addi %v76, %v512 : i64
                %v517 = arith.muli %v27, %v119 : i64
                %v518 = arith.muli %v25, %v118 : i64
                %v519 = arith.addi %v517, %v518 : i64
                %v520 = arith.muli %v516, %v1 : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = llvm.getelementptr %dy_y[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v523 = llvm.load %v522 : !llvm.ptr -> f32
                %v524 = llvm.load %v33 : !llvm.ptr -> f32
                %v525 = llvm.load %v34 : !llvm.ptr -> f32
                %v526 = arith.mulf %v525, %v524 fastmath<contract> : f32
                %v527 = arith.addf %v523, %v526 fastmath<contract> : f32
                llvm.store %v527, %v33 : f32, !llvm.ptr
                scf.if %v515 {
                }
                %v528 = llvm.load %v33 : !llvm.ptr -> f32
                %v529 = arith.mulf %v200, %v528 fastmath<contract> : f32
                scf.if %v22 {
                  %v530 = arith.muli %v27, %v119 : i64
                  %v531 = arith.muli %v25, %v118 : i64
                  %v532 = arith.addi %v530, %v531 : i64
                  %v533 = arith.muli %v516, %v1 : i64
                  %v534 = arith.addi %v532, %v533 : i64
                  %v535 = llvm.getelementptr %dx_a[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v529, %v535 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v536 = arith.muli %v27, %v119 : i64
                  %v537 = arith.muli %v25, %v118 : i64
                  %v538 = arith.addi %v536, %v537 : i64
                  %v539 = arith.muli %v516, %v1 : i64
                  %v540 = arith.addi %v538, %v539 : i64
                  %v541 = llvm.getelementptr %dx_x[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v528, %v541 : f32, !llvm.ptr
                }
                %v542 = arith.muli %v27, %v119 : i64
                %v543 = arith.muli %v25, %v118 : i64
                %v544 = arith.addi %v542, %v543 : i64
                %v545 = arith.muli %v516, %v1 : i64
                %v546 = arith.addi %v544, %v545 : i64
                %v547 = llvm.getelementptr %in_a[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v548 = llvm.load %v547 : !llvm.ptr -> f32
                llvm.store %v548, %v34 : f32, !llvm.ptr
                %v549 = arith.addi %v150, %v1 : i64
                %v551 = arith.cmpi slt, %v550, %v320 : i32
                %v552 = arith.cmpi eq, %v550, %v326 : i32
                %v553 = arith.addi %v76, %v549 : i64
                %v554 = arith.muli %v27, %v119 : i64
                %v555 = arith.muli %v25, %v118 : i64
                %v556 = arith.addi %v554, %v555 : i64
                %v557 = arith.muli %v553, %v1 : i64
                %v558 = arith.addi %v556, %v557 : i64
                %v559 = llvm.getelementptr %dy_y[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v560 = llvm.load %v559 : !llvm.ptr -> f32
                %v561 = llvm.load %v33 : !llvm.ptr -> f32
                %v562 = llvm.load %v34 : !llvm.ptr -> f32
                %v563 = arith.mulf %v562, %v561 fastmath<contract> : f32
                %v564 = arith.addf %v560, %v563 fastmath<contract> : f32
                llvm.store %v564, %v33 : f32, !llvm.ptr
                scf.if %v552 {
                }
                %v565 = llvm.load %v33 : !llvm.ptr -> f32
                %v566 = arith.mulf %v181, %v565 fastmath<contract> : f32
                scf.if %v22 {
                  %v567 = arith.muli %v27, %v119 : i64
                  %v568 = arith.muli %v25, %v118 : i64
                  %v569 = arith.addi %v567, %v568 : i64
                  %v570 = arith.muli %v553, %v1 : i64
                  %v571 = arith.addi %v569, %v570 : i64
                  %v572 = llvm.getelementptr %dx_a[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v566, %v572 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v573 = arith.muli %v27, %v119 : i64
                  %v574 = arith.muli %v25, %v118 : i64
                  %v575 = arith.addi %v573, %v574 : i64
                  %v576 = arith.muli %v553, %v1 : i64
                  %v577 = arith.addi %v575, %v576 : i64
                  %v578 = llvm.getelementptr %dx_x[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v565, %v578 : f32, !llvm.ptr
                }
                %v579 = arith.muli %v27, %v119 : i64
                %v580 = arith.muli %v25, %v118 : i64
                %v581 = arith.addi %v579, %v580 : i64
                %v582 = arith.muli %v553, %v1 : i64
                %v583 = arith.addi %v581, %v582 : i64
                %v584 = llvm.getelementptr %in_a[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v585 = llvm.load %v584 : !llvm.ptr -> f32
                llvm.store %v585, %v34 : f32, !llvm.ptr
                %v586 = arith.addi %v150, %v37 : i64
                %v588 = arith.cmpi slt, %v587, %v320 : i32
                %v589 = arith.cmpi eq, %v587, %v326 : i32
                %v590 = arith.addi %v76, %v586 : i64
                %v591 = arith.muli %v27, %v119 : i64
                %v592 = arith.muli %v25, %v118 : i64
                %v593 = arith.addi %v591, %v592 : i64
                %v594 = arith.muli %v590, %v1 : i64
                %v595 = arith.addi %v593, %v594 : i64
                %v596 = llvm.getelementptr %dy_y[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v597 = llvm.load %v596 : !llvm.ptr -> f32
                %v598 = llvm.load %v33 : !llvm.ptr -> f32
                %v599 = llvm.load %v34 : !llvm.ptr -> f32
                %v600 = arith.mulf %v599, %v598 fastmath<contract> : f32
                %v601 = arith.addf %v597, %v600 fastmath<contract> : f32
                llvm.store %v601, %v33 : f32, !llvm.ptr
                scf.if %v589 {
                }
                %v602 = llvm.load %v33 : !llvm.ptr -> f32
                %v603 = arith.mulf %v162, %v602 fastmath<contract> : f32
                scf.if %v22 {
                  %v604 = arith.muli %v27, %v119 : i64
                  %v605 = arith.muli %v25, %v118 : i64
                  %v606 = arith.addi %v604, %v605 : i64
                  %v607 = arith.muli %v590, %v1 : i64
                  %v608 = arith.addi %v606, %v607 : i64
                  %v609 = llvm.getelementptr %dx_a[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v603, %v609 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v610 = arith.muli %v27, %v119 : i64
                  %v611 = arith.muli %v25, %v118 : i64
                  %v612 = arith.addi %v610, %v611 : i64
                  %v613 = arith.muli %v590, %v1 : i64
                  %v614 = arith.addi %v612, %v613 : i64
                  %v615 = llvm.getelementptr %dx_x[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v602, %v615 : f32, !llvm.ptr
                }
                %v616 = arith.muli %v27, %v119 : i64
                %v617 = arith.muli %v25, %v118 : i64
                %v618 = arith.addi %v616, %v617 : i64
                %v619 = arith.muli %v590, %v1 : i64
                %v620 = arith.addi %v618, %v619 : i64
                %v621 = llvm.getelementptr %in_a[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v622 = llvm.load %v621 : !llvm.ptr -> f32
                llvm.store %v622, %v34 : f32, !llvm.ptr
              } else {
                %v623 = arith.subi %v78, %v1 : i64
                %v624 = arith.muli %v151, %v3 : i64
                %v625 = arith.subi %v3, %v1 : i64
                %v626 = arith.minsi %v21, %v625 : i64
                %v627 = arith.addi %v624, %v626 : i64
                %v628 = arith.muli %v627, %v1 : i64
                %v629 = arith.addi %v628, %v37 : i64
                %v630 = llvm.getelementptr %scratch_h[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v631 = llvm.load %v630 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v632 = arith.addi %v150, %v37 : i64
                %v633 = arith.minsi %v632, %v623 : i64
                %v634 = arith.addi %v76, %v633 : i64
                %v635 = arith.muli %v27, %v119 : i64
                %v636 = arith.muli %v25, %v118 : i64
                %v637 = arith.addi %v635, %v636 : i64
                %v638 = arith.muli %v634, %v1 : i64
                %v639 = arith.addi %v637, %v638 : i64
                %v640 = llvm.getelementptr %in_a[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v641 = llvm.load %v640 : !llvm.ptr -> f32
                %v642 = arith.muli %v27, %v119 : i64
                %v643 = arith.muli %v25, %v118 : i64
                %v644 = arith.addi %v642, %v643 : i64
                %v645 = arith.muli %v634, %v1 : i64
                %v646 = arith.addi %v644, %v645 : i64
                %v647 = llvm.getelementptr %in_x[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v648 = llvm.load %v647 : !llvm.ptr -> f32
                %v649 = arith.mulf %v641, %v631 fastmath<contract> : f32
                %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
                %v651 = arith.addi %v150, %v1 : i64
                %v652 = arith.minsi %v651, %v623 : i64
                %v653 = arith.addi %v76, %v652 : i64
                %v654 = arith.muli %v27, %v119 : i64
                %v655 = arith.muli %v25, %v118 : i64
                %v656 = arith.addi %v654, %v655 : i64
                %v657 = arith.muli %v653, %v1 : i64
                %v658 = arith.addi %v656, %v657 : i64
                %v659 = llvm.getelementptr %in_a[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v660 = llvm.load %v659 : !llvm.ptr -> f32
                %v661 = arith.muli %v27, %v119 : i64
                %v662 = arith.muli %v25, %v118 : i64
                %v663 = arith.addi %v661, %v662 : i64
                %v664 = arith.muli %v653, %v1 : i64
                %v665 = arith.addi %v663, %v664 : i64
                %v666 = llvm.getelementptr %in_x[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v667 = llvm.load %v666 : !llvm.ptr -> f32
                %v668 = arith.mulf %v660, %v650 fastmath<contract> : f32
                %v669 = arith.addf %v668, %v667 fastmath<contract> : f32
                %v670 = arith.addi %v150, %v201 : i64
                %v671 = arith.minsi %v670, %v623 : i64
                %v672 = arith.addi %v76, %v671 : i64
                %v673 = arith.muli %v27, %v119 : i64
                %v674 = arith.muli %v25, %v118 : i64
                %v675 = arith.addi %v673, %v674 : i64
                %v676 = arith.muli %v672, %v1 : i64
                %v677 = arith.addi %v675, %v676 : i64
                %v678 = llvm.getelementptr %in_a[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v679 = llvm.load %v678 : !llvm.ptr -> f32
                %v680 = arith.muli %v27, %v119 : i64
                %v681 = arith.muli %v25, %v118 : i64
                %v682 = arith.addi %v680, %v681 : i64
                %v683 = arith.muli %v672, %v1 : i64
                %v684 = arith.addi %v682, %v683 : i64
                %v685 = llvm.getelementptr %in_x[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v686 = llvm.load %v685 : !llvm.ptr -> f32
                %v687 = arith.mulf %v679, %v669 fastmath<contract> : f32
                %v688 = arith.addf %v687, %v686 fastmath<contract> : f32
                %v689 = arith.addi %v150, %v221 : i64
                %v690 = arith.minsi %v689, %v623 : i64
                %v691 = arith.addi %v76, %v690 : i64
                %v692 = arith.muli %v27, %v119 : i64
                %v693 = arith.muli %v25, %v118 : i64
                %v694 = arith.addi %v692, %v693 : i64
                %v695 = arith.muli %v691, %v1 : i64
                %v696 = arith.addi %v694, %v695 : i64
                %v697 = llvm.getelementptr %in_a[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v698 = llvm.load %v697 : !llvm.ptr -> f32
                %v699 = arith.muli %v27, %v119 : i64
                %v700 = arith.muli %v25, %v118 : i64
                %v701 = arith.addi %v699, %v700 : i64
                %v702 = arith.muli %v691, %v1 : i64
                %v703 = arith.addi %v701, %v702 : i64
                %v704 = llvm.getelementptr %in_x[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v705 = llvm.load %v704 : !llvm.ptr -> f32
                %v706 = arith.mulf %v698, %v688 fastmath<contract> : f32
                %v707 = arith.addf %v706, %v705 fastmath<contract> : f32
                %v708 = arith.addi %v150, %v29 : i64
                %v709 = arith.minsi %v708, %v623 : i64
                %v710 = arith.addi %v76, %v709 : i64
                %v711 = arith.muli %v27, %v119 : i64
                %v712 = arith.muli %v25, %v118 : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = arith.muli %v710, %v1 : i64
                %v715 = arith.addi %v713, %v714 : i64
                %v716 = llvm.getelementptr %in_a[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v717 = llvm.load %v716 : !llvm.ptr -> f32
                %v718 = arith.muli %v27, %v119 : i64
                %v719 = arith.muli %v25, %v118 : i64
                %v720 = arith.addi %v718, %v719 : i64
                %v721 = arith.muli %v710, %v1 : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = llvm.getelementptr %in_x[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v724 = llvm.load %v723 : !llvm.ptr -> f32
                %v725 = arith.mulf %v717, %v707 fastmath<contract> : f32
                %v726 = arith.addf %v725, %v724 fastmath<contract> : f32
                %v727 = arith.addi %v150, %v260 : i64
                %v728 = arith.minsi %v727, %v623 : i64
                %v729 = arith.addi %v76, %v728 : i64
                %v730 = arith.muli %v27, %v119 : i64
                %v731 = arith.muli %v25, %v118 : i64
                %v732 = arith.addi %v730, %v731 : i64
                %v733 = arith.muli %v729, %v1 : i64
                %v734 = arith.addi %v732, %v733 : i64
                %v735 = llvm.getelementptr %in_a[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v736 = llvm.load %v735 : !llvm.ptr -> f32
                %v737 = arith.muli %v27, %v119 : i64
                %v738 = arith.muli %v25, %v118 : i64
                %v739 = arith.addi %v737, %v738 : i64
                %v740 = arith.muli %v729, %v1 : i64
                %v741 = arith.addi %v739, %v740 : i64
                %v742 = llvm.getelementptr %in_x[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v743 = llvm.load %v742 : !llvm.ptr -> f32
                %v744 = arith.mulf %v736, %v726 fastmath<contract> : f32
                %v745 = arith.addf %v744, %v743 fastmath<contract> : f32
                %v746 = arith.addi %v150, %v280 : i64
                %v747 = arith.minsi %v746, %v623 : i64
                %v748 = arith.addi %v76, %v747 : i64
                %v749 = arith.muli %v27, %v119 : i64
                %v750 = arith.muli %v25, %v118 : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = arith.muli %v748, %v1 : i64
                %v753 = arith.addi %v751, %v752 : i64
                %v754 = llvm.getelementptr %in_a[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v755 = llvm.load %v754 : !llvm.ptr -> f32
                %v756 = arith.muli %v27, %v119 : i64
                %v757 = arith.muli %v25, %v118 : i64
                %v758 = arith.addi %v756, %v757 : i64
                %v759 = arith.muli %v748, %v1 : i64
                %v760 = arith.addi %v758, %v759 : i64
                %v761 = llvm.getelementptr %in_x[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v762 = llvm.load %v761 : !llvm.ptr -> f32
                %v763 = arith.mulf %v755, %v745 fastmath<contract> : f32
                %v764 = arith.addf %v763, %v762 fastmath<contract> : f32
                %v765 = arith.addi %v150, %v61 : i64
                %v766 = arith.minsi %v765, %v623 : i64
                %v767 = arith.addi %v76, %v766 : i64
                %v768 = arith.muli %v27, %v119 : i64
                %v769 = arith.muli %v25, %v118 : i64
                %v770 = arith.addi %v768, %v769 : i64
                %v771 = arith.muli %v767, %v1 : i64
                %v772 = arith.addi %v770, %v771 : i64
                %v773 = llvm.getelementptr %in_a[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v774 = llvm.load %v773 : !llvm.ptr -> f32
                %v775 = arith.muli %v27, %v119 : i64
                %v776 = arith.muli %v25, %v118 : i64
                %v777 = arith.addi %v775, %v776 : i64
                %v778 = arith.muli %v767, %v1 : i64
                %v779 = arith.addi %v777, %v778 : i64
                %v780 = llvm.getelementptr %in_x[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v781 = llvm.load %v780 : !llvm.ptr -> f32
                %v782 = arith.mulf %v774, %v764 fastmath<contract> : f32
                %v783 = arith.addf %v782, %v781 fastmath<contract> : f32
                %v784 = arith.subi %v78, %v150 : i64
                %v785 = arith.trunci %v784 : i64 to i32
                %v786 = arith.subi %size_T, %v1 : i64
                %v787 = arith.addi %v76, %v150 : i64
                %v788 = arith.subi %v786, %v787 : i64
                %v789 = arith.minsi %v788, %v324 : i64
                %v790 = arith.trunci %v789 : i64 to i32
                %v791 = arith.addi %v150, %v61 : i64
                %v792 = arith.cmpi slt, %v328, %v785 : i32
                %v793 = arith.cmpi eq, %v328, %v790 : i32
                scf.if %v792 {
                  %v794 = arith.addi %v76, %v791 : i64
                  %v795 = arith.muli %v27, %v119 : i64
                  %v796 = arith.muli %v25, %v118 : i64
                  %v797 = arith.addi %v795, %v796 : i64
                  %v798 = arith.muli %v794, %v1 : i64
                  %v799 = arith.addi %v797, %v798 : i64
                  %v800 = llvm.getelementptr %dy_y[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v801 = llvm.load %v800 : !llvm.ptr -> f32
                  %v802 = llvm.load %v33 : !llvm.ptr -> f32
                  %v803 = llvm.load %v34 : !llvm.ptr -> f32
                  %v804 = arith.mulf %v803, %v802 fastmath<contract> : f32
                  %v805 = arith.addf %v801, %v804 fastmath<contract> : f32
                  llvm.store %v805, %v33 : f32, !llvm.ptr
                  scf.if %v793 {
                  }
                  %v806 = llvm.load %v33 : !llvm.ptr -> f32
                  %v807 = arith.mulf %v764, %v806 fastmath<contract> : f32
                  scf.if %v22 {
                    %v808 = arith.muli %v27, %v119 : i64
                    %v809 = arith.muli %v25, %v118 : i64
                    %v810 = arith.addi %v808, %v809 : i64
                    %v811 = arith.muli %v794, %v1 : i64
                    %v812 = arith.addi %v810, %v811 : i64
                    %v813 = llvm.getelementptr %dx_a[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v807, %v813 : f32, !llvm.ptr
                  }
                  scf.if %v22 {
                    %v814 = arith.muli %v27, %v119 : i64
                    %v815 = arith.muli %v25, %v118 : i64
                    %v816 = arith.addi %v814, %v815 : i64
                    %v817 = arith.muli %v794, %v1 : i64
                    %v818 = arith.addi %v816, %v817 : i64
                    %v819 = llvm.getelementptr %dx_x[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v806, %v819 : f32, !llvm.ptr
                  }
                  %v820 = arith.muli %v27, %v119 : i64
                  %v821 = arith.muli %v25, %v118 : i64
                  %v822 = arith.addi %v820, %v821 : i64
                  %v823 = arith.muli %v794, %v1 : i64
                  %v824 = arith.addi %v822, %v823 : i64
                  %v825 = llvm.getelementptr %in_a[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v826 = llvm.load %v825 : !llvm.ptr -> f32
                  llvm.store %v826, %v34 : f32, !llvm.ptr
                }
                %v827 = arith.addi %v150, %v280 : i64
                %v828 = arith.cmpi slt, %v365, %v785 : i32
                %v829 = arith.cmpi eq, %v365, %v790 : i32
                scf.if %v828 {
                  %v830 = arith.addi %v76, %v827 : i64
                  %v831 = arith.muli %v27, %v119 : i64
                  %v832 = arith.muli %v25, %v118 : i64
                  %v833 = arith.addi %v831, %v832 : i64
                  %v834 = arith.muli %v830, %v1 : i64
                  %v835 = arith.addi %v833, %v834 : i64
                  %v836 = llvm.getelementptr %dy_y[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v837 = llvm.load %v836 : !llvm.ptr -> f32
                  %v838 = llvm.load %v33 : !llvm.ptr -> f32
                  %v839 = llvm.load %v34 : !llvm.ptr -> f32
                  %v840 = arith.mulf %v839, %v838 fastmath<contract> : f32
                  %v841 = arith.addf %v837, %v840 fastmath<contract> : f32
                  llvm.store %v841, %v33 : f32, !llvm.ptr
                  scf.if %v829 {
                  }
                  %v842 = llvm.load %v33 : !llvm.ptr -> f32
                  %v843 = arith.mulf %v745, %v842 fastmath<contract> : f32
                  scf.if %v22 {
                    %v844 = arith.muli %v27, %v119 : i64
                    %v845 = arith.muli %v25, %v118 : i64
                    %v846 = arith.addi %v844, %v845 : i64
                    %v847 = arith.muli %v830, %v1 : i64
                    %v848 = arith.addi %v846, %v847 : i64
                    %v849 = llvm.getelementptr %dx_a[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v843, %v849 : f32, !llvm.ptr
                  }
                  scf.if %v22 {
                    %v850 = arith.muli %v27, %v119 : i64
                    %v851 = arith.muli %v25, %v118 : i64
                    %v852 = arith.addi %v850, %v851 : i64
                    %v853 = arith.muli %v830, %v1 : i64
                    %v854 = arith.addi %v852, %v853 : i64
                    %v855 = llvm.getelementptr %dx_x[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v842, %v855 : f32, !llvm.ptr
                  }
                  %v856 = arith.muli %v27, %v119 : i64
                  %v857 = arith.muli %v25, %v118 : i64
                  %v858 = arith.addi %v856, %v857 : i64
                  %v859 = arith.muli %v830, %v1 : i64
                  %v860 = arith.addi %v858, %v859 : i64
                  %v861 = llvm.getelementptr %in_a[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v862 = llvm.load %v861 : !llvm.ptr -> f32
                  llvm.store %v862, %v34 : f32, !llvm.ptr
                }
                %v863 = arith.addi %v150, %v260 : i64
                %v864 = arith.cmpi slt, %v402, %v785 : i32
                %v865 = arith.cmpi eq, %v402, %v790 : i32
                scf.if %v864 {
                  %v866 = arith.addi %v76, %v863 : i64
                  %v867 = arith.muli %v27, %v119 : i64
                  %v868 = arith.muli %v25, %v118 : i64
                  %v869 = arith.addi %v867, %v868 : i64
                  %v870 = arith.muli %v866, %v1 : i64
                  %v871 = arith.addi %v869, %v870 : i64
                  %v872 = llvm.getelementptr %dy_y[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v873 = llvm.load %v872 : !llvm.ptr -> f32
                  %v874 = llvm.load %v33 : !llvm.ptr -> f32
                  %v875 = llvm.load %v34 : !llvm.ptr -> f32
                  %v876 = arith.mulf %v875, %v874 fastmath<contract> : f32
                  %v877 = arith.addf %v873, %v876 fastmath<contract> : f32
                  llvm.store %v877, %v33 : f32, !llvm.ptr
                  scf.if %v865 {
                  }
                  %v878 = llvm.load %v33 : !llvm.ptr -> f32
                  %v879 = arith.mulf %v726, %v878 fastmath<contract> : f32
                  scf.if %v22 {
                    %v880 = arith.muli %v27, %v119 : i64
                    %v881 = arith.muli %v25, %v118 : i64
                    %v882 = arith.addi %v880, %v881 : i64
                    %v883 = arith.muli %v866, %v1 : i64
                    %v884 = arith.addi %v882, %v883 : i64
                    %v885 = llvm.getelementptr %dx_a[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v879, %v885 : f32, !llvm.ptr
                  }
                  scf.if %v22 {
                    %v886 = arith.muli %v27, %v119 : i64
                    %v887 = arith.muli %v25, %v118 : i64
                    %v888 = arith.addi %v886, %v887 : i64
                    %v889 = arith.muli %v866, %v1 : i64
                    %v890 = arith.addi %v888, %v889 : i64
                    %v891 = llvm.getelementptr %dx_x[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v878, %v891 : f32, !llvm.ptr
                  }
                  %v892 = arith.muli %v27, %v119 : i64
                  %v893 = arith.muli %v25, %v118 : i64
                  %v894 = arith.addi %v892, %v893 : i64
                  %v895 = arith.muli %v866, %v1 : i64
                  %v896 = arith.addi %v894, %v895 : i64
                  %v897 = llvm.getelementptr %in_a[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v898 = llvm.load %v897 : !llvm.ptr -> f32
                  llvm.store %v898, %v34 : f32, !llvm.ptr
                }
                %v899 = arith.addi %v150, %v29 : i64
                %v900 = arith.cmpi slt, %v439, %v785 : i32
                %v901 = arith.cmpi eq, %v439, %v790 : i32
                scf.if %v900 {
                  %v902 = arith.addi %v76, %v899 : i64
                  %v903 = arith.muli %v27, %v119 : i64
                  %v904 = arith.muli %v25, %v118 : i64
                  %v905 = arith.addi %v903, %v904 : i64
                  %v906 = arith.muli %v902, %v1 : i64
                  %v907 = arith.addi %v905, %v906 : i64
                  %v908 = llvm.getelementptr %dy_y[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v909 = llvm.load %v908 : !llvm.ptr -> f32
                  %v910 = llvm.load %v33 : !llvm.ptr -> f32
                  %v911 = llvm.load %v34 : !llvm.ptr -> f32
                  %v912 = arith.mulf %v911, %v910 fastmath<contract> : f32
                  %v913 = arith.addf %v909, %v912 fastmath<contract> : f32
                  llvm.store %v913, %v33 : f32, !llvm.ptr
                  scf.if %v901 {
                  }
                  %v914 = llvm.load %v33 : !llvm.ptr -> f32
                  %v915 = arith.mulf %v707, %v914 fastmath<contract> : f32
                  scf.if %v22 {
                    %v916 = arith.muli %v27, %v119 : i64
                    %v917 = arith.muli %v25, %v118 : i64
                    %v918 = arith.addi %v916, %v917 : i64
                    %v919 = arith.muli %v902, %v1 : i64
                    %v920 = arith.addi %v918, %v919 : i64
                    %v921 = llvm.getelementptr %dx_a[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v915, %v921 : f32, !llvm.ptr
                  }
                  scf.if %v22 {
                    %v922 = arith.muli %v27, %v119 : i64
                    %v923 = arith.muli %v25, %v118 : i64
                    %v924 = arith.addi %v922, %v923 : i64
                    %v925 = arith.muli %v902, %v1 : i64
                    %v926 = arith.addi %v924, %v925 : i64
                    %v927 = llvm.getelementptr %dx_x[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v914, %v927 : f32, !llvm.ptr
                  }
                  %v928 = arith.muli %v27, %v119 : i64
                  %v929 = arith.muli %v25, %v118 : i64
                  %v930 = arith.addi %v928, %v929 : i64
                  %v931 = arith.muli %v902, %v1 : i64
                  %v932 = arith.addi %v930, %v931 : i64
                  %v933 = llvm.getelementptr %in_a[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v934 = llvm.load %v933 : !llvm.ptr -> f32
                  llvm.store %v934, %v34 : f32, !llvm.ptr
                }
                %v935 = arith.addi %v150, %v221 : i64
                %v936 = arith.cmpi slt, %v476, %v785 : i32
                %v937 = arith.cmpi eq, %v476, %v790 : i32
                scf.if %v936 {
                  %v938 = arith.addi %v76, %v935 : i64
                  %v939 = arith.muli %v27, %v119 : i64
                  %v940 = arith.muli %v25, %v118 : i64
                  %v941 = arith.addi %v939, %v940 : i64
                  %v942 = arith.muli %v938, %v1 : i64
                  %v943 = arith.addi %v941, %v942 : i64
                  %v944 = llvm.getelementptr %dy_y[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v945 = llvm.load %v944 : !llvm.ptr -> f32
                  %v946 = llvm.load %v33 : !llvm.ptr -> f32
                  %v947 = llvm.load %v34 : !llvm.ptr -> f32
                  %v948 = arith.mulf %v947, %v946 fastmath<contract> : f32
                  %v949 = arith.addf %v945, %v948 fastmath<contract> : f32
                  llvm.store %v949, %v33 : f32, !llvm.ptr
                  scf.if %v937 {
                  }
                  %v950 = llvm.load %v33 : !llvm.ptr -> f32
                  %v951 = arith.mulf %v688, %v950 fastmath<contract> : f32
                  scf.if %v22 {
                    %v952 = arith.muli %v27, %v119 : i64
                    %v953 = arith.muli %v25, %v118 : i64
                    %v954 = arith.addi %v952, %v953 : i64
                    %v955 = arith.muli %v938, %v1 : i64
                    %v956 = arith.addi %v954, %v955 : i64
                    %v957 = llvm.getelementptr %dx_a[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v951, %v957 : f32, !llvm.ptr
                  }
                  scf.if %v22 {
                    %v958 = arith.muli %v27, %v119 : i64
                    %v959 = arith.muli %v25, %v118 : i64
                    %v960 = arith.addi %v958, %v959 : i64
                    %v961 = arith.muli %v938, %v1 : i64
                    %v962 = arith.addi %v960, %v961 : i64
                    %v963 = llvm.getelementptr %dx_x[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v950, %v963 : f32, !llvm.ptr
                  }
                  %v964 = arith.muli %v27, %v119 : i64
                  %v965 = arith.muli %v25, %v118 : i64
                  %v966 = arith.addi %v964, %v965 : i64
                  %v967 = arith.muli %v938, %v1 : i64
                  %v968 = arith.addi %v966, %v967 : i64
                  %v969 = llvm.getelementptr %in_a[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v970 = llvm.load %v969 : !llvm.ptr -> f32
                  llvm.store %v970, %v34 : f32, !llvm.ptr
                }
                %v971 = arith.addi %v150, %v201 : i64
                %v972 = arith.cmpi slt, %v513, %v785 : i32
                %v973 = arith.cmpi eq, %v513, %v790 : i32
                scf.if %v972 {
                  %v974 = arith.addi %v76, %v971 : i64
                  %v975 = arith.muli %v27, %v119 : i64
                  %v976 = arith.muli %v25, %v118 : i64
                  %v977 = arith.addi %v975, %v976 : i64
                  %v978 = arith.muli %v974, %v1 : i64
                  %v979 = arith.addi %v977, %v978 : i64
                  %v980 = llvm.getelementptr %dy_y[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v981 = llvm.load %v980 : !llvm.ptr -> f32
                  %v982 = llvm.load %v33 : !llvm.ptr -> f32
                  %v983 = llvm.load %v34 : !llvm.ptr -> f32
                  %v984 = arith.mulf %v983, %v982 fastmath<contract> : f32
                  %v985 = arith.addf %v981, %v984 fastmath<contract> : f32
                  llvm.store %v985, %v33 : f32, !llvm.ptr
                  scf.if %v973 {
                  }
                  %v986 = llvm.load %v33 : !llvm.ptr -> f32
                  %v987 = arith.mulf %v669, %v986 fastmath<contract> : f32
                  scf.if %v22 {
                    %v988 = arith.muli %v27, %v119 : i64
                    %v989 = arith.muli %v25, %v118 : i64
                    %v990 = arith.addi %v988, %v989 : i64
                    %v991 = arith.muli %v974, %v1 : i64
                    %v992 = arith.addi %v990, %v991 : i64
                    %v993 = llvm.getelementptr %dx_a[%v992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v987, %v993 : f32, !llvm.ptr
                  }
                  scf.if %v22 {
                    %v994 = arith.muli %v27, %v119 : i64
                    %v995 = arith.muli %v25, %v118 : i64
                    %v996 = arith.addi %v994, %v995 : i64
                    %v997 = arith.muli %v974, %v1 : i64
                    %v998 = arith.addi %v996, %v997 : i64
                    %v999 = llvm.getelementptr %dx_x[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v986, %v999 : f32, !llvm.ptr
                  }
                  %v1000 = arith.muli %v27, %v119 : i64
                  %v1001 = arith.muli %v25, %v118 : i64
                  %v1002 = arith.addi %v1000, %v1001 : i64
                  %v1003 = arith.muli %v974, %v1 : i64
                  %v1004 = arith.addi %v1002, %v1003 : i64
                  %v1005 = llvm.getelementptr %in_a[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
                  llvm.store %v1006, %v34 : f32, !llvm.ptr
                }
                %v1007 = arith.addi %v150, %v1 : i64
                %v1008 = arith.cmpi slt, %v550, %v785 : i32
                %v1009 = arith.cmpi eq, %v550, %v790 : i32
                scf.if %v1008 {
                  %v1010 = arith.addi %v76, %v1007 : i64
                  %v1011 = arith.muli %v27, %v119 : i64
                  %v1012 = arith.muli %v25, %v118 : i64
                  %v1013 = arith.addi %v1011, %v1012 : i64
                  %v1014 = arith.muli %v1010, %v1 : i64
                  %v1015 = arith.addi %v1013, %v1014 : i64
                  %v1016 = llvm.getelementptr %dy_y[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1017 = llvm.load %v1016 : !llvm.ptr -> f32
                  %v1018 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1019 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1020 = arith.mulf %v1019, %v1018 fastmath<contract> : f32
                  %v1021 = arith.addf %v1017, %v1020 fastmath<contract> : f32
                  llvm.store %v1021, %v33 : f32, !llvm.ptr
                  scf.if %v1009 {
                  }
                  %v1022 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1023 = arith.mulf %v650, %v1022 fastmath<contract> : f32
                  scf.if %v22 {
                    %v1024 = arith.muli %v27, %v119 : i64
                    %v1025 = arith.muli %v25, %v118 : i64
                    %v1026 = arith.addi %v1024, %v1025 : i64
                    %v1027 = arith.muli %v1010, %v1 : i64
                    %v1028 = arith.addi %v1026, %v1027 : i64
                    %v1029 = llvm.getelementptr %dx_a[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1023, %v1029 : f32, !llvm.ptr
                  }
                  scf.if %v22 {
                    %v1030 = arith.muli %v27, %v119 : i64
                    %v1031 = arith.muli %v25, %v118 : i64
                    %v1032 = arith.addi %v1030, %v1031 : i64
                    %v1033 = arith.muli %v1010, %v1 : i64
                    %v1034 = arith.addi %v1032, %v1033 : i64
                    %v1035 = llvm.getelementptr %dx_x[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1022, %v1035 : f32, !llvm.ptr
                  }
                  %v1036 = arith.muli %v27, %v119 : i64
                  %v1037 = arith.muli %v25, %v118 : i64
                  %v1038 = arith.addi %v1036, %v1037 : i64
                  %v1039 = arith.muli %v1010, %v1 : i64
                  %v1040 = arith.addi %v1038, %v1039 : i64
                  %v1041 = llvm.getelementptr %in_a[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
                  llvm.store %v1042, %v34 : f32, !llvm.ptr
                }
                %v1043 = arith.addi %v150, %v37 : i64
                %v1044 = arith.cmpi slt, %v587, %v785 : i32
                %v1045 = arith.cmpi eq, %v587, %v790 : i32
                scf.if %v1044 {
                  %v1046 = arith.addi %v76, %v1043 : i64
                  %v1047 = arith.muli %v27, %v119 : i64
                  %v1048 = arith.muli %v25, %v118 : i64
                  %v1049 = arith.addi %v1047, %v1048 : i64
                  %v1050 = arith.muli %v1046, %v1 : i64
                  %v1051 = arith.addi %v1049, %v1050 : i64
                  %v1052 = llvm.getelementptr %dy_y[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
                  %v1054 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1055 = llvm.load %v34 : !llvm.ptr -> f32
                  %v1056 = arith.mulf %v1055, %v1054 fastmath<contract> : f32
                  %v1057 = arith.addf %v1053, %v1056 fastmath<contract> : f32
                  llvm.store %v1057, %v33 : f32, !llvm.ptr
                  scf.if %v1045 {
                  }
                  %v1058 = llvm.load %v33 : !llvm.ptr -> f32
                  %v1059 = arith.mulf %v631, %v1058 fastmath<contract> : f32
                  scf.if %v22 {
                    %v1060 = arith.muli %v27, %v119 : i64
                    %v1061 = arith.muli %v25, %v118 : i64
                    %v1062 = arith.addi %v1060, %v1061 : i64
                    %v1063 = arith.muli %v1046, %v1 : i64
                    %v1064 = arith.addi %v1062, %v1063 : i64
                    %v1065 = llvm.getelementptr %dx_a[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1059, %v1065 : f32, !llvm.ptr
                  }
                  scf.if %v22 {
                    %v1066 = arith.muli %v27, %v119 : i64
                    %v1067 = arith.muli %v25, %v118 : i64
                    %v1068 = arith.addi %v1066, %v1067 : i64
                    %v1069 = arith.muli %v1046, %v1 : i64
                    %v1070 = arith.addi %v1068, %v1069 : i64
                    %v1071 = llvm.getelementptr %dx_x[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1058, %v1071 : f32, !llvm.ptr
                  }
                  %v1072 = arith.muli %v27, %v119 : i64
                  %v1073 = arith.muli %v25, %v118 : i64
                  %v1074 = arith.addi %v1072, %v1073 : i64
                  %v1075 = arith.muli %v1046, %v1 : i64
                  %v1076 = arith.addi %v1074, %v1075 : i64
                  %v1077 = llvm.getelementptr %in_a[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1078 = llvm.load %v1077 : !llvm.ptr -> f32
                  llvm.store %v1078, %v34 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v1079 = arith.cmpi eq, %v18, %v37 : i64
      scf.if %v1079 {
      }
      gpu.return
    }
  }
}
