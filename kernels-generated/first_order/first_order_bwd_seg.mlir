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
      %v115 = arith.muli %v1, %size_T : i64
      %v116 = arith.muli %v115, %size_C : i64
      %v196 = arith.constant 2 : i64
      %v216 = arith.constant 3 : i64
      %v255 = arith.constant 5 : i64
      %v275 = arith.constant 6 : i64
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
        %v79 = arith.subi %v78, %v1 : i64
        %v80 = arith.addi %v78, %v61 : i64
        %v81 = arith.divui %v80, %v60 : i64
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
        %v93 = arith.index_cast %v81 : i64 to index
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
          %v107 = arith.index_cast %v37 : i64 to index
          %v108 = arith.index_cast %v60 : i64 to index
          %v109 = arith.index_cast %v1 : i64 to index
          scf.for %v110 = %v107 to %v108 step %v109 {
            %v111 = arith.index_cast %v110 : index to i64
            %v112 = arith.addi %v106, %v111 : i64
            %v113 = arith.cmpi slt, %v112, %v78 : i64
            scf.if %v113 {
              %v114 = arith.addi %v76, %v112 : i64
              %v117 = arith.muli %v27, %v116 : i64
              %v118 = arith.muli %v25, %v115 : i64
              %v119 = arith.addi %v117, %v118 : i64
              %v120 = arith.muli %v114, %v1 : i64
              %v121 = arith.addi %v119, %v120 : i64
              %v122 = llvm.getelementptr %in_a[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v123 = llvm.load %v122 : !llvm.ptr -> f32
              %v124 = arith.muli %v27, %v116 : i64
              %v125 = arith.muli %v25, %v115 : i64
              %v126 = arith.addi %v124, %v125 : i64
              %v127 = arith.muli %v114, %v1 : i64
              %v128 = arith.addi %v126, %v127 : i64
              %v129 = llvm.getelementptr %in_x[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v130 = llvm.load %v129 : !llvm.ptr -> f32
              %v131 = llvm.load %v9 : !llvm.ptr -> f32
              %v132 = arith.mulf %v123, %v131 fastmath<contract> : f32
              %v133 = arith.addf %v132, %v130 fastmath<contract> : f32
              llvm.store %v133, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v134 = arith.index_cast %v37 : i64 to index
        %v135 = arith.index_cast %v1 : i64 to index
        %v136 = arith.index_cast %v1 : i64 to index
        scf.for %v137 = %v134 to %v135 step %v136 {
          %v138 = arith.index_cast %v137 : index to i64
          %v139 = arith.index_cast %v37 : i64 to index
          %v140 = arith.index_cast %v81 : i64 to index
          %v141 = arith.index_cast %v1 : i64 to index
          scf.for %v142 = %v139 to %v140 step %v141 {
            %v143 = arith.index_cast %v142 : index to i64
            %v144 = arith.cmpi slt, %v143, %v81 : i64
            scf.if %v144 {
              %v145 = arith.subi %v81, %v1 : i64
              %v146 = arith.subi %v145, %v143 : i64
              %v147 = arith.muli %v146, %v60 : i64
              %v148 = arith.addi %v66, %v146 : i64
              %v149 = arith.subi %v78, %v1 : i64
              %v150 = arith.muli %v148, %v3 : i64
              %v151 = arith.subi %v3, %v1 : i64
              %v152 = arith.minsi %v21, %v151 : i64
              %v153 = arith.addi %v150, %v152 : i64
              %v154 = arith.muli %v153, %v1 : i64
              %v155 = arith.addi %v154, %v37 : i64
              %v156 = llvm.getelementptr %scratch_h[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v157 = llvm.load %v156 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v158 = arith.addi %v147, %v37 : i64
              %v159 = arith.minsi %v158, %v149 : i64
              %v160 = arith.addi %v76, %v159 : i64
              %v161 = arith.muli %v27, %v116 : i64
              %v162 = arith.muli %v25, %v115 : i64
              %v163 = arith.addi %v161, %v162 : i64
              %v164 = arith.muli %v160, %v1 : i64
              %v165 = arith.addi %v163, %v164 : i64
              %v166 = llvm.getelementptr %in_a[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v167 = llvm.load %v166 : !llvm.ptr -> f32
              %v168 = arith.muli %v27, %v116 : i64
              %v169 = arith.muli %v25, %v115 : i64
              %v170 = arith.addi %v168, %v169 : i64
              %v171 = arith.muli %v160, %v1 : i64
              %v172 = arith.addi %v170, %v171 : i64
              %v173 = llvm.getelementptr %in_x[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v174 = llvm.load %v173 : !llvm.ptr -> f32
              %v175 = arith.mulf %v167, %v157 fastmath<contract> : f32
              %v176 = arith.addf %v175, %v174 fastmath<contract> : f32
              %v177 = arith.addi %v147, %v1 : i64
              %v178 = arith.minsi %v177, %v149 : i64
              %v179 = arith.addi %v76, %v178 : i64
              %v180 = arith.muli %v27, %v116 : i64
              %v181 = arith.muli %v25, %v115 : i64
              %v182 = arith.addi %v180, %v181 : i64
              %v183 = arith.muli %v179, %v1 : i64
              %v184 = arith.addi %v182, %v183 : i64
              %v185 = llvm.getelementptr %in_a[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v186 = llvm.load %v185 : !llvm.ptr -> f32
              %v187 = arith.muli %v27, %v116 : i64
              %v188 = arith.muli %v25, %v115 : i64
              %v189 = arith.addi %v187, %v188 : i64
              %v190 = arith.muli %v179, %v1 : i64
              %v191 = arith.addi %v189, %v190 : i64
              %v192 = llvm.getelementptr %in_x[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v193 = llvm.load %v192 : !llvm.ptr -> f32
              %v194 = arith.mulf %v186, %v176 fastmath<contract> : f32
              %v195 = arith.addf %v194, %v193 fastmath<contract> : f32
              %v197 = arith.addi %v147, %v196 : i64
              %v198 = arith.minsi %v197, %v149 : i64
              %v199 = arith.addi %v76, %v198 : i64
              %v200 = arith.muli %v27, %v116 : i64
              %v201 = arith.muli %v25, %v115 : i64
              %v202 = arith.addi %v200, %v201 : i64
              %v203 = arith.muli %v199, %v1 : i64
              %v204 = arith.addi %v202, %v203 : i64
              %v205 = llvm.getelementptr %in_a[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v206 = llvm.load %v205 : !llvm.ptr -> f32
              %v207 = arith.muli %v27, %v116 : i64
              %v208 = arith.muli %v25, %v115 : i64
              %v209 = arith.addi %v207, %v208 : i64
              %v210 = arith.muli %v199, %v1 : i64
              %v211 = arith.addi %v209, %v210 : i64
              %v212 = llvm.getelementptr %in_x[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v213 = llvm.load %v212 : !llvm.ptr -> f32
              %v214 = arith.mulf %v206, %v195 fastmath<contract> : f32
              %v215 = arith.addf %v214, %v213 fastmath<contract> : f32
              %v217 = arith.addi %v147, %v216 : i64
              %v218 = arith.minsi %v217, %v149 : i64
              %v219 = arith.addi %v76, %v218 : i64
              %v220 = arith.muli %v27, %v116 : i64
              %v221 = arith.muli %v25, %v115 : i64
              %v222 = arith.addi %v220, %v221 : i64
              %v223 = arith.muli %v219, %v1 : i64
              %v224 = arith.addi %v222, %v223 : i64
              %v225 = llvm.getelementptr %in_a[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v226 = llvm.load %v225 : !llvm.ptr -> f32
              %v227 = arith.muli %v27, %v116 : i64
              %v228 = arith.muli %v25, %v115 : i64
              %v229 = arith.addi %v227, %v228 : i64
              %v230 = arith.muli %v219, %v1 : i64
              %v231 = arith.addi %v229, %v230 : i64
              %v232 = llvm.getelementptr %in_x[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v233 = llvm.load %v232 : !llvm.ptr -> f32
              %v234 = arith.mulf %v226, %v215 fastmath<contract> : f32
              %v235 = arith.addf %v234, %v233 fastmath<contract> : f32
              %v236 = arith.addi %v147, %v29 : i64
              %v237 = arith.minsi %v236, %v149 : i64
              %v238 = arith.addi %v76, %v237 : i64
              %v239 = arith.muli %v27, %v116 : i64
              %v240 = arith.muli %v25, %v115 : i64
              %v241 = arith.addi %v239, %v240 : i64
              %v242 = arith.muli %v238, %v1 : i64
              %v243 = arith.addi %v241, %v242 : i64
              %v244 = llvm.getelementptr %in_a[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v245 = llvm.load %v244 : !llvm.ptr -> f32
              %v246 = arith.muli %v27, %v116 : i64
              %v247 = arith.muli %v25, %v115 : i64
              %v248 = arith.addi %v246, %v247 : i64
              %v249 = arith.muli %v238, %v1 : i64
              %v250 = arith.addi %v248, %v249 : i64
              %v251 = llvm.getelementptr %in_x[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v252 = llvm.load %v251 : !llvm.ptr -> f32
              %v253 = arith.mulf %v245, %v235 fastmath<contract> : f32
              %v254 = arith.addf %v253, %v252 fastmath<contract> : f32
              %v256 = arith.addi %v147, %v255 : i64
              %v257 = arith.minsi %v256, %v149 : i64
              %v258 = arith.addi %v76, %v257 : i64
              %v259 = arith.muli %v27, %v116 : i64
              %v260 = arith.muli %v25, %v115 : i64
              %v261 = arith.addi %v259, %v260 : i64
              %v262 = arith.muli %v258, %v1 : i64
              %v263 = arith.addi %v261, %v262 : i64
              %v264 = llvm.getelementptr %in_a[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v265 = llvm.load %v264 : !llvm.ptr -> f32
              %v266 = arith.muli %v27, %v116 : i64
              %v267 = arith.muli %v25, %v115 : i64
              %v268 = arith.addi %v266, %v267 : i64
              %v269 = arith.muli %v258, %v1 : i64
              %v270 = arith.addi %v268, %v269 : i64
              %v271 = llvm.getelementptr %in_x[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v272 = llvm.load %v271 : !llvm.ptr -> f32
              %v273 = arith.mulf %v265, %v254 fastmath<contract> : f32
              %v274 = arith.addf %v273, %v272 fastmath<contract> : f32
              %v276 = arith.addi %v147, %v275 : i64
              %v277 = arith.minsi %v276, %v149 : i64
              %v278 = arith.addi %v76, %v277 : i64
              %v279 = arith.muli %v27, %v116 : i64
              %v280 = arith.muli %v25, %v115 : i64
              %v281 = arith.addi %v279, %v280 : i64
              %v282 = arith.muli %v278, %v1 : i64
              %v283 = arith.addi %v281, %v282 : i64
              %v284 = llvm.getelementptr %in_a[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v285 = llvm.load %v284 : !llvm.ptr -> f32
              %v286 = arith.muli %v27, %v116 : i64
              %v287 = arith.muli %v25, %v115 : i64
              %v288 = arith.addi %v286, %v287 : i64
              %v289 = arith.muli %v278, %v1 : i64
              %v290 = arith.addi %v288, %v289 : i64
              %v291 = llvm.getelementptr %in_x[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v292 = llvm.load %v291 : !llvm.ptr -> f32
              %v293 = arith.mulf %v285, %v274 fastmath<contract> : f32
              %v294 = arith.addf %v293, %v292 fastmath<contract> : f32
              %v295 = arith.addi %v147, %v61 : i64
              %v296 = arith.minsi %v295, %v149 : i64
              %v297 = arith.addi %v76, %v296 : i64
              %v298 = arith.muli %v27, %v116 : i64
              %v299 = arith.muli %v25, %v115 : i64
              %v300 = arith.addi %v298, %v299 : i64
              %v301 = arith.muli %v297, %v1 : i64
              %v302 = arith.addi %v300, %v301 : i64
              %v303 = llvm.getelementptr %in_a[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v304 = llvm.load %v303 : !llvm.ptr -> f32
              %v305 = arith.muli %v27, %v116 : i64
              %v306 = arith.muli %v25, %v115 : i64
              %v307 = arith.addi %v305, %v306 : i64
              %v308 = arith.muli %v297, %v1 : i64
              %v309 = arith.addi %v307, %v308 : i64
              %v310 = llvm.getelementptr %in_x[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v311 = llvm.load %v310 : !llvm.ptr -> f32
              %v312 = arith.mulf %v304, %v294 fastmath<contract> : f32
              %v313 = arith.addf %v312, %v311 fastmath<contract> : f32
              %v314 = arith.addi %v147, %v61 : i64
              %v315 = arith.cmpi slt, %v314, %v78 : i64
              scf.if %v315 {
                %v316 = arith.addi %v76, %v314 : i64
                %v317 = arith.muli %v27, %v116 : i64
                %v318 = arith.muli %v25, %v115 : i64
                %v319 = arith.addi %v317, %v318 : i64
                %v320 = arith.muli %v316, %v1 : i64
                %v321 = arith.addi %v319, %v320 : i64
                %v322 = llvm.getelementptr %dy_y[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v323 = llvm.load %v322 : !llvm.ptr -> f32
                %v324 = llvm.load %v33 : !llvm.ptr -> f32
                %v325 = llvm.load %v34 : !llvm.ptr -> f32
                %v326 = arith.mulf %v325, %v324 fastmath<contract> : f32
                %v327 = arith.addf %v323, %v326 fastmath<contract> : f32
                llvm.store %v327, %v33 : f32, !llvm.ptr
                %v328 = arith.subi %size_T, %v1 : i64
                %v329 = arith.cmpi eq, %v316, %v328 : i64
                scf.if %v329 {
                }
                %v330 = llvm.load %v33 : !llvm.ptr -> f32
                %v331 = arith.mulf %v294, %v330 fastmath<contract> : f32
                scf.if %v22 {
                  %v332 = arith.muli %v27, %v116 : i64
                  %v333 = arith.muli %v25, %v115 : i64
                  %v334 = arith.addi %v332, %v333 : i64
                  %v335 = arith.muli %v316, %v1 : i64
                  %v336 = arith.addi %v334, %v335 : i64
                  %v337 = llvm.getelementptr %dx_a[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v331, %v337 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v338 = arith.muli %v27, %v116 : i64
                  %v339 = arith.muli %v25, %v115 : i64
                  %v340 = arith.addi %v338, %v339 : i64
                  %v341 = arith.muli %v316, %v1 : i64
                  %v342 = arith.addi %v340, %v341 : i64
                  %v343 = llvm.getelementptr %dx_x[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v330, %v343 : f32, !llvm.ptr
                }
                %v344 = arith.muli %v27, %v116 : i64
                %v345 = arith.muli %v25, %v115 : i64
                %v346 = arith.addi %v344, %v345 : i64
                %v347 = arith.muli %v316, %v1 : i64
                %v348 = arith.addi %v346, %v347 : i64
                %v349 = llvm.getelementptr %in_a[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v350 = llvm.load %v349 : !llvm.ptr -> f32
                llvm.store %v350, %v34 : f32, !llvm.ptr
              }
              %v351 = arith.addi %v147, %v275 : i64
              %v352 = arith.cmpi slt, %v351, %v78 : i64
              scf.if %v352 {
                %v353 = arith.addi %v76, %v351 : i64
                %v354 = arith.muli %v27, %v116 : i64
                %v355 = arith.muli %v25, %v115 : i64
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
                %v365 = arith.subi %size_T, %v1 : i64
                %v366 = arith.cmpi eq, %v353, %v365 : i64
                scf.if %v366 {
                }
                %v367 = llvm.load %v33 : !llvm.ptr -> f32
                %v368 = arith.mulf %v274, %v367 fastmath<contract> : f32
                scf.if %v22 {
                  %v369 = arith.muli %v27, %v116 : i64
                  %v370 = arith.muli %v25, %v115 : i64
                  %v371 = arith.addi %v369, %v370 : i64
                  %v372 = arith.muli %v353, %v1 : i64
                  %v373 = arith.addi %v371, %v372 : i64
                  %v374 = llvm.getelementptr %dx_a[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v368, %v374 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v375 = arith.muli %v27, %v116 : i64
                  %v376 = arith.muli %v25, %v115 : i64
                  %v377 = arith.addi %v375, %v376 : i64
                  %v378 = arith.muli %v353, %v1 : i64
                  %v379 = arith.addi %v377, %v378 : i64
                  %v380 = llvm.getelementptr %dx_x[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v367, %v380 : f32, !llvm.ptr
                }
                %v381 = arith.muli %v27, %v116 : i64
                %v382 = arith.muli %v25, %v115 : i64
                %v383 = arith.addi %v381, %v382 : i64
                %v384 = arith.muli %v353, %v1 : i64
                %v385 = arith.addi %v383, %v384 : i64
                %v386 = llvm.getelementptr %in_a[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v387 = llvm.load %v386 : !llvm.ptr -> f32
                llvm.store %v387, %v34 : f32, !llvm.ptr
              }
              %v388 = arith.addi %v147, %v255 : i64
              %v389 = arith.cmpi slt, %v388, %v78 : i64
              scf.if %v389 {
                %v390 = arith.addi %v76, %v388 : i64
                %v391 = arith.muli %v27, %v116 : i64
                %v392 = arith.muli %v25, %v115 : i64
                %v393 = arith.addi %v391, %v392 : i64
                %v394 = arith.muli %v390, %v1 : i64
                %v395 = arith.addi %v393, %v394 : i64
                %v396 = llvm.getelementptr %dy_y[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v397 = llvm.load %v396 : !llvm.ptr -> f32
                %v398 = llvm.load %v33 : !llvm.ptr -> f32
                %v399 = llvm.load %v34 : !llvm.ptr -> f32
                %v400 = arith.mulf %v399, %v398 fastmath<contract> : f32
                %v401 = arith.addf %v397, %v400 fastmath<contract> : f32
                llvm.store %v401, %v33 : f32, !llvm.ptr
                %v402 = arith.subi %size_T, %v1 : i64
                %v403 = arith.cmpi eq, %v390, %v402 : i64
                scf.if %v403 {
                }
                %v404 = llvm.load %v33 : !llvm.ptr -> f32
                %v405 = arith.mulf %v254, %v404 fastmath<contract> : f32
                scf.if %v22 {
                  %v406 = arith.muli %v27, %v116 : i64
                  %v407 = arith.muli %v25, %v115 : i64
                  %v408 = arith.addi %v406, %v407 : i64
                  %v409 = arith.muli %v390, %v1 : i64
                  %v410 = arith.addi %v408, %v409 : i64
                  %v411 = llvm.getelementptr %dx_a[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v405, %v411 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v412 = arith.muli %v27, %v116 : i64
                  %v413 = arith.muli %v25, %v115 : i64
                  %v414 = arith.addi %v412, %v413 : i64
                  %v415 = arith.muli %v390, %v1 : i64
                  %v416 = arith.addi %v414, %v415 : i64
                  %v417 = llvm.getelementptr %dx_x[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v404, %v417 : f32, !llvm.ptr
                }
                %v418 = arith.muli %v27, %v116 : i64
                %v419 = arith.muli %v25, %v115 : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = arith.muli %v390, %v1 : i64
                %v422 = arith.addi %v420, %v421 : i64
                %v423 = llvm.getelementptr %in_a[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                llvm.store %v424, %v34 : f32, !llvm.ptr
              }
              %v425 = arith.addi %v147, %v29 : i64
              %v426 = arith.cmpi slt, %v425, %v78 : i64
              scf.if %v426 {
                %v427 = arith.addi %v76, %v425 : i64
                %v428 = arith.muli %v27, %v116 : i64
                %v429 = arith.muli %v25, %v115 : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = arith.muli %v427, %v1 : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = llvm.getelementptr %dy_y[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v434 = llvm.load %v433 : !llvm.ptr -> f32
                %v435 = llvm.load %v33 : !llvm.ptr -> f32
                %v436 = llvm.load %v34 : !llvm.ptr -> f32
                %v437 = arith.mulf %v436, %v435 fastmath<contract> : f32
                %v438 = arith.addf %v434, %v437 fastmath<contract> : f32
                llvm.store %v438, %v33 : f32, !llvm.ptr
                %v439 = arith.subi %size_T, %v1 : i64
                %v440 = arith.cmpi eq, %v427, %v439 : i64
                scf.if %v440 {
                }
                %v441 = llvm.load %v33 : !llvm.ptr -> f32
                %v442 = arith.mulf %v235, %v441 fastmath<contract> : f32
                scf.if %v22 {
                  %v443 = arith.muli %v27, %v116 : i64
                  %v444 = arith.muli %v25, %v115 : i64
                  %v445 = arith.addi %v443, %v444 : i64
                  %v446 = arith.muli %v427, %v1 : i64
                  %v447 = arith.addi %v445, %v446 : i64
                  %v448 = llvm.getelementptr %dx_a[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v442, %v448 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v449 = arith.muli %v27, %v116 : i64
                  %v450 = arith.muli %v25, %v115 : i64
                  %v451 = arith.addi %v449, %v450 : i64
                  %v452 = arith.muli %v427, %v1 : i64
                  %v453 = arith.addi %v451, %v452 : i64
                  %v454 = llvm.getelementptr %dx_x[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v441, %v454 : f32, !llvm.ptr
                }
                %v455 = arith.muli %v27, %v116 : i64
                %v456 = arith.muli %v25, %v115 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = arith.muli %v427, %v1 : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = llvm.getelementptr %in_a[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v461 = llvm.load %v460 : !llvm.ptr -> f32
                llvm.store %v461, %v34 : f32, !llvm.ptr
              }
              %v462 = arith.addi %v147, %v216 : i64
              %v463 = arith.cmpi slt, %v462, %v78 : i64
              scf.if %v463 {
                %v464 = arith.addi %v76, %v462 : i64
                %v465 = arith.muli %v27, %v116 : i64
                %v466 = arith.muli %v25, %v115 : i64
                %v467 = arith.addi %v465, %v466 : i64
                %v468 = arith.muli %v464, %v1 : i64
                %v469 = arith.addi %v467, %v468 : i64
                %v470 = llvm.getelementptr %dy_y[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v471 = llvm.load %v470 : !llvm.ptr -> f32
                %v472 = llvm.load %v33 : !llvm.ptr -> f32
                %v473 = llvm.load %v34 : !llvm.ptr -> f32
                %v474 = arith.mulf %v473, %v472 fastmath<contract> : f32
                %v475 = arith.addf %v471, %v474 fastmath<contract> : f32
                llvm.store %v475, %v33 : f32, !llvm.ptr
                %v476 = arith.subi %size_T, %v1 : i64
                %v477 = arith.cmpi eq, %v464, %v476 : i64
                scf.if %v477 {
                }
                %v478 = llvm.load %v33 : !llvm.ptr -> f32
                %v479 = arith.mulf %v215, %v478 fastmath<contract> : f32
                scf.if %v22 {
                  %v480 = arith.muli %v27, %v116 : i64
                  %v481 = arith.muli %v25, %v115 : i64
                  %v482 = arith.addi %v480, %v481 : i64
                  %v483 = arith.muli %v464, %v1 : i64
                  %v484 = arith.addi %v482, %v483 : i64
                  %v485 = llvm.getelementptr %dx_a[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v479, %v485 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v486 = arith.muli %v27, %v116 : i64
                  %v487 = arith.muli %v25, %v115 : i64
                  %v488 = arith.addi %v486, %v487 : i64
                  %v489 = arith.muli %v464, %v1 : i64
                  %v490 = arith.addi %v488, %v489 : i64
                  %v491 = llvm.getelementptr %dx_x[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v478, %v491 : f32, !llvm.ptr
                }
                %v492 = arith.muli %v27, %v116 : i64
                %v493 = arith.muli %v25, %v115 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = arith.muli %v464, %v1 : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = llvm.getelementptr %in_a[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                llvm.store %v498, %v34 : f32, !llvm.ptr
              }
              %v499 = arith.addi %v147, %v196 : i64
              %v500 = arith.cmpi slt, %v499, %v78 : i64
              scf.if %v500 {
                %v501 = arith.addi %v76, %v499 : i64
                %v502 = arith.muli %v27, %v116 : i64
                %v503 = arith.muli %v25, %v115 : i64
                %v504 = arith.addi %v502, %v503 : i64
                %v505 = arith.muli %v501, %v1 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = llvm.getelementptr %dy_y[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = llvm.load %v33 : !llvm.ptr -> f32
                %v510 = llvm.load %v34 : !llvm.ptr -> f32
                %v511 = arith.mulf %v510, %v509 fastmath<contract> : f32
                %v512 = arith.addf %v508, %v511 fastmath<contract> : f32
                llvm.store %v512, %v33 : f32, !llvm.ptr
                %v513 = arith.subi %size_T, %v1 : i64
                %v514 = arith.cmpi eq, %v501, %v513 : i64
                scf.if %v514 {
                }
                %v515 = llvm.load %v33 : !llvm.ptr -> f32
                %v516 = arith.mulf %v195, %v515 fastmath<contract> : f32
                scf.if %v22 {
                  %v517 = arith.muli %v27, %v116 : i64
                  %v518 = arith.muli %v25, %v115 : i64
                  %v519 = arith.addi %v517, %v518 : i64
                  %v520 = arith.muli %v501, %v1 : i64
                  %v521 = arith.addi %v519, %v520 : i64
                  %v522 = llvm.getelementptr %dx_a[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v516, %v522 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v523 = arith.muli %v27, %v116 : i64
                  %v524 = arith.muli %v25, %v115 : i64
                  %v525 = arith.addi %v523, %v524 : i64
                  %v526 = arith.muli %v501, %v1 : i64
                  %v527 = arith.addi %v525, %v526 : i64
                  %v528 = llvm.getelementptr %dx_x[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v515, %v528 : f32, !llvm.ptr
                }
                %v529 = arith.muli %v27, %v116 : i64
                %v530 = arith.muli %v25, %v115 : i64
                %v531 = arith.addi %v529, %v530 : i64
                %v532 = arith.muli %v501, %v1 : i64
                %v533 = arith.addi %v531, %v532 : i64
                %v534 = llvm.getelementptr %in_a[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v535 = llvm.load %v534 : !llvm.ptr -> f32
                llvm.store %v535, %v34 : f32, !llvm.ptr
              }
              %v536 = arith.addi %v147, %v1 : i64
              %v537 = arith.cmpi slt, %v536, %v78 : i64
              scf.if %v537 {
                %v538 = arith.addi %v76, %v536 : i64
                %v539 = arith.muli %v27, %v116 : i64
                %v540 = arith.muli %v25, %v115 : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = arith.muli %v538, %v1 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = llvm.getelementptr %dy_y[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v545 = llvm.load %v544 : !llvm.ptr -> f32
                %v546 = llvm.load %v33 : !llvm.ptr -> f32
                %v547 = llvm.load %v34 : !llvm.ptr -> f32
                %v548 = arith.mulf %v547, %v546 fastmath<contract> : f32
                %v549 = arith.addf %v545, %v548 fastmath<contract> : f32
                llvm.store %v549, %v33 : f32, !llvm.ptr
                %v550 = arith.subi %size_T, %v1 : i64
                %v551 = arith.cmpi eq, %v538, %v550 : i64
                scf.if %v551 {
                }
                %v552 = llvm.load %v33 : !llvm.ptr -> f32
                %v553 = arith.mulf %v176, %v552 fastmath<contract> : f32
                scf.if %v22 {
                  %v554 = arith.muli %v27, %v116 : i64
                  %v555 = arith.muli %v25, %v115 : i64
                  %v556 = arith.addi %v554, %v555 : i64
                  %v557 = arith.muli %v538, %v1 : i64
                  %v558 = arith.addi %v556, %v557 : i64
                  %v559 = llvm.getelementptr %dx_a[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v553, %v559 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v560 = arith.muli %v27, %v116 : i64
                  %v561 = arith.muli %v25, %v115 : i64
                  %v562 = arith.addi %v560, %v561 : i64
                  %v563 = arith.muli %v538, %v1 : i64
                  %v564 = arith.addi %v562, %v563 : i64
                  %v565 = llvm.getelementptr %dx_x[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v552, %v565 : f32, !llvm.ptr
                }
                %v566 = arith.muli %v27, %v116 : i64
                %v567 = arith.muli %v25, %v115 : i64
                %v568 = arith.addi %v566, %v567 : i64
                %v569 = arith.muli %v538, %v1 : i64
                %v570 = arith.addi %v568, %v569 : i64
                %v571 = llvm.getelementptr %in_a[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v572 = llvm.load %v571 : !llvm.ptr -> f32
                llvm.store %v572, %v34 : f32, !llvm.ptr
              }
              %v573 = arith.addi %v147, %v37 : i64
              %v574 = arith.cmpi slt, %v573, %v78 : i64
              scf.if %v574 {
                %v575 = arith.addi %v76, %v573 : i64
                %v576 = arith.muli %v27, %v116 : i64
                %v577 = arith.muli %v25, %v115 : i64
                %v578 = arith.addi %v576, %v577 : i64
                %v579 = arith.muli %v575, %v1 : i64
                %v580 = arith.addi %v578, %v579 : i64
                %v581 = llvm.getelementptr %dy_y[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v582 = llvm.load %v581 : !llvm.ptr -> f32
                %v583 = llvm.load %v33 : !llvm.ptr -> f32
                %v584 = llvm.load %v34 : !llvm.ptr -> f32
                %v585 = arith.mulf %v584, %v583 fastmath<contract> : f32
                %v586 = arith.addf %v582, %v585 fastmath<contract> : f32
                llvm.store %v586, %v33 : f32, !llvm.ptr
                %v587 = arith.subi %size_T, %v1 : i64
                %v588 = arith.cmpi eq, %v575, %v587 : i64
                scf.if %v588 {
                }
                %v589 = llvm.load %v33 : !llvm.ptr -> f32
                %v590 = arith.mulf %v157, %v589 fastmath<contract> : f32
                scf.if %v22 {
                  %v591 = arith.muli %v27, %v116 : i64
                  %v592 = arith.muli %v25, %v115 : i64
                  %v593 = arith.addi %v591, %v592 : i64
                  %v594 = arith.muli %v575, %v1 : i64
                  %v595 = arith.addi %v593, %v594 : i64
                  %v596 = llvm.getelementptr %dx_a[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v590, %v596 : f32, !llvm.ptr
                }
                scf.if %v22 {
                  %v597 = arith.muli %v27, %v116 : i64
                  %v598 = arith.muli %v25, %v115 : i64
                  %v599 = arith.addi %v597, %v598 : i64
                  %v600 = arith.muli %v575, %v1 : i64
                  %v601 = arith.addi %v599, %v600 : i64
                  %v602 = llvm.getelementptr %dx_x[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v589, %v602 : f32, !llvm.ptr
                }
                %v603 = arith.muli %v27, %v116 : i64
                %v604 = arith.muli %v25, %v115 : i64
                %v605 = arith.addi %v603, %v604 : i64
                %v606 = arith.muli %v575, %v1 : i64
                %v607 = arith.addi %v605, %v606 : i64
                %v608 = llvm.getelementptr %in_a[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v609 = llvm.load %v608 : !llvm.ptr -> f32
                llvm.store %v609, %v34 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v610 = arith.cmpi eq, %v18, %v37 : i64
      scf.if %v610 {
      }
      gpu.return
    }
  }
}
