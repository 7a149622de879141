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
      %v165 = arith.constant 2 : i64
      %v185 = arith.constant 3 : i64
      %v205 = arith.constant 4 : i64
      %v225 = arith.constant 5 : i64
      %v245 = arith.constant 6 : i64
      %v289 = arith.constant 2147483647 : i64
      %v293 = arith.constant 7 : i32
      %v330 = arith.constant 6 : i32
      %v367 = arith.constant 5 : i32
      %v404 = arith.constant 4 : i32
      %v441 = arith.constant 3 : i32
      %v478 = arith.constant 2 : i32
      %v515 = arith.constant 1 : i32
      %v552 = arith.constant 0 : i32
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
              %v116 = arith.addi %v115, %v28 : i64
              %v117 = arith.cmpi sle, %v116, %v44 : i64
              scf.if %v117 {
                %v118 = arith.subi %v44, %v1 : i64
                %v119 = arith.muli %v114, %v3 : i64
                %v120 = arith.subi %v3, %v1 : i64
                %v121 = arith.minsi %v13, %v120 : i64
                %v122 = arith.addi %v119, %v121 : i64
                %v123 = arith.muli %v122, %v1 : i64
                %v124 = arith.addi %v123, %v25 : i64
                %v125 = llvm.getelementptr %scratch_h[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v126 = llvm.load %v125 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v127 = arith.addi %v115, %v25 : i64
                %v128 = arith.minsi %v127, %v118 : i64
                %v129 = arith.addi %v42, %v128 : i64
                %v130 = arith.muli %v19, %v84 : i64
                %v131 = arith.muli %v17, %v83 : i64
                %v132 = arith.addi %v130, %v131 : i64
                %v133 = arith.muli %v129, %v1 : i64
                %v134 = arith.addi %v132, %v133 : i64
                %v135 = llvm.getelementptr %in_a[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v136 = llvm.load %v135 : !llvm.ptr -> f32
                %v137 = arith.muli %v19, %v84 : i64
                %v138 = arith.muli %v17, %v83 : i64
                %v139 = arith.addi %v137, %v138 : i64
                %v140 = arith.muli %v129, %v1 : i64
                %v141 = arith.addi %v139, %v140 : i64
                %v142 = llvm.getelementptr %in_x[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v143 = llvm.load %v142 : !llvm.ptr -> f32
                %v144 = arith.mulf %v136, %v126 fastmath<contract> : f32
                %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
                %v146 = arith.addi %v115, %v1 : i64
                %v147 = arith.minsi %v146, %v118 : i64
                %v148 = arith.addi %v42, %v147 : i64
                %v149 = arith.muli %v19, %v84 : i64
                %v150 = arith.muli %v17, %v83 : i64
                %v151 = arith.addi %v149, %v150 : i64
                %v152 = arith.muli %v148, %v1 : i64
                %v153 = arith.addi %v151, %v152 : i64
                %v154 = llvm.getelementptr %in_a[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v155 = llvm.load %v154 : !llvm.ptr -> f32
                %v156 = arith.muli %v19, %v84 : i64
                %v157 = arith.muli %v17, %v83 : i64
                %v158 = arith.addi %v156, %v157 : i64
                %v159 = arith.muli %v148, %v1 : i64
                %v160 = arith.addi %v158, %v159 : i64
                %v161 = llvm.getelementptr %in_x[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v162 = llvm.load %v161 : !llvm.ptr -> f32
                %v163 = arith.mulf %v155, %v145 fastmath<contract> : f32
                %v164 = arith.addf %v163, %v162 fastmath<contract> : f32
                %v166 = arith.addi %v115, %v165 : i64
                %v167 = arith.minsi %v166, %v118 : i64
                %v168 = arith.addi %v42, %v167 : i64
                %v169 = arith.muli %v19, %v84 : i64
                %v170 = arith.muli %v17, %v83 : i64
                %v171 = arith.addi %v169, %v170 : i64
                %v172 = arith.muli %v168, %v1 : i64
                %v173 = arith.addi %v171, %v172 : i64
                %v174 = llvm.getelementptr %in_a[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v175 = llvm.load %v174 : !llvm.ptr -> f32
                %v176 = arith.muli %v19, %v84 : i64
                %v177 = arith.muli %v17, %v83 : i64
                %v178 = arith.addi %v176, %v177 : i64
                %v179 = arith.muli %v168, %v1 : i64
                %v180 = arith.addi %v178, %v179 : i64
                %v181 = llvm.getelementptr %in_x[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v182 = llvm.load %v181 : !llvm.ptr -> f32
                %v183 = arith.mulf %v175, %v164 fastmath<contract> : f32
                %v184 = arith.addf %v183, %v182 fastmath<contract> : f32
                %v186 = arith.addi %v115, %v185 : i64
                %v187 = arith.minsi %v186, %v118 : i64
                %v188 = arith.addi %v42, %v187 : i64
                %v189 = arith.muli %v19, %v84 : i64
                %v190 = arith.muli %v17, %v83 : i64
                %v191 = arith.addi %v189, %v190 : i64
                %v192 = arith.muli %v188, %v1 : i64
                %v193 = arith.addi %v191, %v192 : i64
                %v194 = llvm.getelementptr %in_a[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v195 = llvm.load %v194 : !llvm.ptr -> f32
                %v196 = arith.muli %v19, %v84 : i64
                %v197 = arith.muli %v17, %v83 : i64
                %v198 = arith.addi %v196, %v197 : i64
                %v199 = arith.muli %v188, %v1 : i64
                %v200 = arith.addi %v198, %v199 : i64
                %v201 = llvm.getelementptr %in_x[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v202 = llvm.load %v201 : !llvm.ptr -> f32
                %v203 = arith.mulf %v195, %v184 fastmath<contract> : f32
                %v204 = arith.addf %v203, %v202 fastmath<contract> : f32
                %v206 = arith.addi %v115, %v205 : i64
                %v207 = arith.minsi %v206, %v118 : i64
                %v208 = arith.addi %v42, %v207 : i64
                %v209 = arith.muli %v19, %v84 : i64
                %v210 = arith.muli %v17, %v83 : i64
                %v211 = arith.addi %v209, %v210 : i64
                %v212 = arith.muli %v208, %v1 : i64
                %v213 = arith.addi %v211, %v212 : i64
                %v214 = llvm.getelementptr %in_a[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v215 = llvm.load %v214 : !llvm.ptr -> f32
                %v216 = arith.muli %v19, %v84 : i64
                %v217 = arith.muli %v17, %v83 : i64
                %v218 = arith.addi %v216, %v217 : i64
                %v219 = arith.muli %v208, %v1 : i64
                %v220 = arith.addi %v218, %v219 : i64
                %v221 = llvm.getelementptr %in_x[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v222 = llvm.load %v221 : !llvm.ptr -> f32
                %v223 = arith.mulf %v215, %v204 fastmath<contract> : f32
                %v224 = arith.addf %v223, %v222 fastmath<contract> : f32
                %v226 = arith.addi %v115, %v225 : i64
                %v227 = arith.minsi %v226, %v118 : i64
                %v228 = arith.addi %v42, %v227 : i64
                %v229 = arith.muli %v19, %v84 : i64
                %v230 = arith.muli %v17, %v83 : i64
                %v231 = arith.addi %v229, %v230 : i64
                %v232 = arith.muli %v228, %v1 : i64
                %v233 = arith.addi %v231, %v232 : i64
                %v234 = llvm.getelementptr %in_a[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v235 = llvm.load %v234 : !llvm.ptr -> f32
                %v236 = arith.muli %v19, %v84 : i64
                %v237 = arith.muli %v17, %v83 : i64
                %v238 = arith.addi %v236, %v237 : i64
                %v239 = arith.muli %v228, %v1 : i64
                %v240 = arith.addi %v238, %v239 : i64
                %v241 = llvm.getelementptr %in_x[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v242 = llvm.load %v241 : !llvm.ptr -> f32
                %v243 = arith.mulf %v235, %v224 fastmath<contract> : f32
                %v244 = arith.addf %v243, %v242 fastmath<contract> : f32
                %v246 = arith.addi %v115, %v245 : i64
                %v247 = arith.minsi %v246, %v118 : i64
                %v248 = arith.addi %v42, %v247 : i64
                %v249 = arith.muli %v19, %v84 : i64
                %v250 = arith.muli %v17, %v83 : i64
                %v251 = arith.addi %v249, %v250 : i64
                %v252 = arith.muli %v248, %v1 : i64
                %v253 = arith.addi %v251, %v252 : i64
                %v254 = llvm.getelementptr %in_a[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v255 = llvm.load %v254 : !llvm.ptr -> f32
                %v256 = arith.muli %v19, %v84 : i64
                %v257 = arith.muli %v17, %v83 : i64
                %v258 = arith.addi %v256, %v257 : i64
                %v259 = arith.muli %v248, %v1 : i64
                %v260 = arith.addi %v258, %v259 : i64
                %v261 = llvm.getelementptr %in_x[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v262 = llvm.load %v261 : !llvm.ptr -> f32
                %v263 = arith.mulf %v255, %v244 fastmath<contract> : f32
                %v264 = arith.addf %v263, %v262 fastmath<contract> : f32
                %v265 = arith.addi %v115, %v29 : i64
                %v266 = arith.minsi %v265, %v118 : i64
                %v267 = arith.addi %v42, %v266 : i64
                %v268 = arith.muli %v19, %v84 : i64
                %v269 = arith.muli %v17, %v83 : i64
                %v270 = arith.addi %v268, %v269 : i64
                %v271 = arith.muli %v267, %v1 : i64
                %v272 = arith.addi %v270, %v271 : i64
                %v273 = llvm.getelementptr %in_a[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v274 = llvm.load %v273 : !llvm.ptr -> f32
                %v275 = arith.muli %v19, %v84 : i64
                %v276 = arith.muli %v17, %v83 : i64
                %v277 = arith.addi %v275, %v276 : i64
                %v278 = arith.muli %v267, %v1 : i64
                %v279 = arith.addi %v277, %v278 : i64
                %v280 = llvm.getelementptr %in_x[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v281 = llvm.load %v280 : !llvm.ptr -> f32
                %v282 = arith.mulf %v274, %v264 fastmath<contract> : f32
                %v283 = arith.addf %v282, %v281 fastmath<contract> : f32
                %v284 = arith.subi %v44, %v115 : i64
                %v285 = arith.trunci %v284 : i64 to i32
                %v286 = arith.subi %size_T, %v1 : i64
                %v287 = arith.addi %v42, %v115 : i64
                %v288 = arith.subi %v286, %v287 : i64
                %v290 = arith.minsi %v288, %v289 : i64
                %v291 = arith.trunci %v290 : i64 to i32
                %v292 = arith.addi %v115, %v29 : i64
                %v294 = arith.cmpi slt, %v293, %v285 : i32
                %v295 = arith.cmpi eq, %v293, %v291 : i32
                %v296 = arith.addi %v42, %v292 : i64
                %v297 = arith.muli %v19, %v84 : i64
                %v298 = arith.muli %v17, %v83 : i64
                %v299 = arith.addi %v297, %v298 : i64
                %v300 = arith.muli %v296, %v1 : i64
                %v301 = arith.addi %v299, %v300 : i64
                %v302 = llvm.getelementptr %dy_y[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v303 = llvm.load %v302 : !llvm.ptr -> f32
                %v304 = llvm.load %v21 : !llvm.ptr -> f32
                %v305 = llvm.load %v22 : !llvm.ptr -> f32
                %v306 = arith.mulf %v305, %v304 fastmath<contract> : f32
                %v307 = arith.addf %v303, %v306 fastmath<contract> : f32
                llvm.store %v307, %v21 : f32, !llvm.ptr
                %v308 = llvm.load %v21 : !llvm.ptr -> f32
                %v309 = arith.mulf %v264, %v308 fastmath<contract> : f32
                scf.if %v14 {
                  %v310 = arith.muli %v19, %v84 : i64
                  %v311 = arith.muli %v17, %v83 : i64
                  %v312 = arith.addi %v310, %v311 : i64
                  %v313 = arith.muli %v296, %v1 : i64
                  %v314 = arith.addi %v312, %v313 : i64
                  %v315 = llvm.getelementptr %dx_a[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v309, %v315 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v316 = arith.muli %v19, %v84 : i64
                  %v317 = arith.muli %v17, %v83 : i64
                  %v318 = arith.addi %v316, %v317 : i64
                  %v319 = arith.muli %v296, %v1 : i64
                  %v320 = arith.addi %v318, %v319 : i64
                  %v321 = llvm.getelementptr %dx_x[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v308, %v321 : f32, !llvm.ptr
                }
                %v322 = arith.muli %v19, %v84 : i64
                %v323 = arith.muli %v17, %v83 : i64
                %v324 = arith.addi %v322, %v323 : i64
                %v325 = arith.muli %v296, %v1 : i64
                %v326 = arith.addi %v324, %v325 : i64
                %v327 = llvm.getelementptr %in_a[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v328 = llvm.load %v327 : !llvm.ptr -> f32
                llvm.store %v328, %v22 : f32, !llvm.ptr
                %v329 = arith.addi %v115, %v245 : i64
                %v331 = arith.cmpi slt, %v330, %v285 : i32
                %v332 = arith.cmpi eq, %v330, %v291 : i32
                %v333 = arith.addi %v42, %v329 : i64
                %v334 = arith.muli %v19, %v84 : i64
                %v335 = arith.muli %v17, %v83 : i64
                %v336 = arith.addi %v334, %v335 : i64
                %v337 = arith.muli %v333, %v1 : i64
                %v338 = arith.addi %v336, %v337 : i64
                %v339 = llvm.getelementptr %dy_y[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v340 = llvm.load %v339 : !llvm.ptr -> f32
                %v341 = llvm.load %v21 : !llvm.ptr -> f32
                %v342 = llvm.load %v22 : !llvm.ptr -> f32
                %v343 = arith.mulf %v342, %v341 fastmath<contract> : f32
                %v344 = arith.addf %v340, %v343 fastmath<contract> : f32
                llvm.store %v344, %v21 : f32, !llvm.ptr
                %v345 = llvm.load %v21 : !llvm.ptr -> f32
                %v346 = arith.mulf %v244, %v345 fastmath<contract> : f32
                scf.if %v14 {
                  %v347 = arith.muli %v19, %v84 : i64
                  %v348 = arith.muli %v17, %v83 : i64
                  %v349 = arith.addi %v347, %v348 : i64
                  %v350 = arith.muli %v333, %v1 : i64
                  %v351 = arith.addi %v349, %v350 : i64
                  %v352 = llvm.getelementptr %dx_a[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v346, %v352 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v353 = arith.muli %v19, %v84 : i64
                  %v354 = arith.muli %v17, %v83 : i64
                  %v355 = arith.addi %v353, %v354 : i64
                  %v356 = arith.muli %v333, %v1 : i64
                  %v357 = arith.addi %v355, %v356 : i64
                  %v358 = llvm.getelementptr %dx_x[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v345, %v358 : f32, !llvm.ptr
                }
                %v359 = arith.muli %v19, %v84 : i64
                %v360 = arith.muli %v17, %v83 : i64
                %v361 = arith.addi %v359, %v360 : i64
                %v362 = arith.muli %v333, %v1 : i64
                %v363 = arith.addi %v361, %v362 : i64
                %v364 = llvm.getelementptr %in_a[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v365 = llvm.load %v364 : !llvm.ptr -> f32
                llvm.store %v365, %v22 : f32, !llvm.ptr
                %v366 = arith.addi %v115, %v225 : i64
                %v368 = arith.cmpi slt, %v367, %v285 : i32
                %v369 = arith.cmpi eq, %v367, %v291 : i32
                %v370 = arith.addi %v42, %v366 : i64
                %v371 = arith.muli %v19, %v84 : i64
                %v372 = arith.muli %v17, %v83 : i64
                %v373 = arith.addi %v371, %v372 : i64
                %v374 = arith.muli %v370, %v1 : i64
                %v375 = arith.addi %v373, %v374 : i64
                %v376 = llvm.getelementptr %dy_y[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v377 = llvm.load %v376 : !llvm.ptr -> f32
                %v378 = llvm.load %v21 : !llvm.ptr -> f32
                %v379 = llvm.load %v22 : !llvm.ptr -> f32
                %v380 = arith.mulf %v379, %v378 fastmath<contract> : f32
                %v381 = arith.addf %v377, %v380 fastmath<contract> : f32
                llvm.store %v381, %v21 : f32, !llvm.ptr
                %v382 = llvm.load %v21 : !llvm.ptr -> f32
                %v383 = arith.mulf %v224, %v382 fastmath<contract> : f32
                scf.if %v14 {
                  %v384 = arith.muli %v19, %v84 : i64
                  %v385 = arith.muli %v17, %v83 : i64
                  %v386 = arith.addi %v384, %v385 : i64
                  %v387 = arith.muli %v370, %v1 : i64
                  %v388 = arith.addi %v386, %v387 : i64
                  %v389 = llvm.getelementptr %dx_a[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v383, %v389 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v390 = arith.muli %v19, %v84 : i64
                  %v391 = arith.muli %v17, %v83 : i64
                  %v392 = arith.addi %v390, %v391 : i64
                  %v393 = arith.muli %v370, %v1 : i64
                  %v394 = arith.addi %v392, %v393 : i64
                  %v395 = llvm.getelementptr %dx_x[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v382, %v395 : f32, !llvm.ptr
                }
                %v396 = arith.muli %v19, %v84 : i64
                %v397 = arith.muli %v17, %v83 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = arith.muli %v370, %v1 : i64
                %v400 = arith.addi %v398, %v399 : i64
                %v401 = llvm.getelementptr %in_a[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v402 = llvm.load %v401 : !llvm.ptr -> f32
                llvm.store %v402, %v22 : f32, !llvm.ptr
                %v403 = arith.addi %v115, %v205 : i64
                %v405 = arith.cmpi slt, %v404, %v285 : i32
                %v406 = arith.cmpi eq, %v404, %v291 : i32
                %v407 = arith.addi %v42, %v403 : i64
                %v408 = arith.muli %v19, %v84 : i64
                %v409 = arith.muli %v17, %v83 : i64
                %v410 = arith.addi %v408, %v409 : i64
                %v411 = arith.muli %v407, %v1 : i64
                %v412 = arith.addi %v410, %v411 : i64
                %v413 = llvm.getelementptr %dy_y[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v414 = llvm.load %v413 : !llvm.ptr -> f32
                %v415 = llvm.load %v21 : !llvm.ptr -> f32
                %v416 = llvm.load %v22 : !llvm.ptr -> f32
                %v417 = arith.mulf %v416, %v415 fastmath<contract> : f32
                %v418 = arith.addf %v414, %v417 fastmath<contract> : f32
                llvm.store %v418, %v21 : f32, !llvm.ptr
                %v419 = llvm.load %v21 : !llvm.ptr -> f32
                %v420 = arith.mulf %v204, %v419 fastmath<contract> : f32
                scf.if %v14 {
                  %v421 = arith.muli %v19, %v84 : i64
                  %v422 = arith.muli %v17, %v83 : i64
                  %v423 = arith.addi %v421, %v422 : i64
                  %v424 = arith.muli %v407, %v1 : i64
                  %v425 = arith.addi %v423, %v424 : i64
                  %v426 = llvm.getelementptr %dx_a[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v420, %v426 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v427 = arith.muli %v19, %v84 : i64
                  %v428 = arith.muli %v17, %v83 : i64
                  %v429 = arith.addi %v427, %v428 : i64
                  %v430 = arith.muli %v407, %v1 : i64
                  %v431 = arith.addi %v429, %v430 : i64
                  %v432 = llvm.getelementptr %dx_x[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v419, %v432 : f32, !llvm.ptr
                }
                %v433 = arith.muli %v19, %v84 : i64
                %v434 = arith.muli %v17, %v83 : i64
                %v435 = arith.addi %v433, %v434 : i64
                %v436 = arith.muli %v407, %v1 : i64
                %v437 = arith.addi %v435, %v436 : i64
                %v438 = llvm.getelementptr %in_a[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v439 = llvm.load %v438 : !llvm.ptr -> f32
                llvm.store %v439, %v22 : f32, !llvm.ptr
                %v440 = arith.addi %v115, %v185 : i64
                %v442 = arith.cmpi slt, %v441, %v285 : i32
                %v443 = arith.cmpi eq, %v441, %v291 : i32
                %v444 = arith.addi %v42, %v440 : i64
                %v445 = arith.muli %v19, %v84 : i64
                %v446 = arith.muli %v17, %v83 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = arith.muli %v444, %v1 : i64
                %v449 = arith.addi %v447, %v448 : i64
                %v450 = llvm.getelementptr %dy_y[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v451 = llvm.load %v450 : !llvm.ptr -> f32
                %v452 = llvm.load %v21 : !llvm.ptr -> f32
                %v453 = llvm.load %v22 : !llvm.ptr -> f32
                %v454 = arith.mulf %v453, %v452 fastmath<contract> : f32
                %v455 = arith.addf %v451, %v454 fastmath<contract> : f32
                llvm.store %v455, %v21 : f32, !llvm.ptr
                %v456 = llvm.load %v21 : !llvm.ptr -> f32
                %v457 = arith.mulf %v184, %v456 fastmath<contract> : f32
                scf.if %v14 {
                  %v458 = arith.muli %v19, %v84 : i64
                  %v459 = arith.muli %v17, %v83 : i64
                  %v460 = arith.addi %v458, %v459 : i64
                  %v461 = arith.muli %v444, %v1 : i64
                  %v462 = arith.addi %v460, %v461 : i64
                  %v463 = llvm.getelementptr %dx_a[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v457, %v463 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v464 = arith.muli %v19, %v84 : i64
                  %v465 = arith.muli %v17, %v83 : i64
                  %v466 = arith.addi %v464, %v465 : i64
                  %v467 = arith.muli %v444, %v1 : i64
                  %v468 = arith.addi %v466, %v467 : i64
                  %v469 = llvm.getelementptr %dx_x[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v456, %v469 : f32, !llvm.ptr
                }
                %v470 = arith.muli %v19, %v84 : i64
                %v471 = arith.muli %v17, %v83 : i64
                %v472 = arith.addi %v470, %v471 : i64
                %v473 = arith.muli %v444, %v1 : i64
                %v474 = arith.addi %v472, %v473 : i64
                %v475 = llvm.getelementptr %in_a[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v476 = llvm.load %v475 : !llvm.ptr -> f32
                llvm.store %v476, %v22 : f32, !llvm.ptr
                %v477 = arith.addi %v115, %v165 : i64
                %v479 = arith.cmpi slt, %v478, %v285 : i32
                %v480 = arith.cmpi eq, %v478, %v291 : i32
                %v481 = arith.addi %v42, %v477 : i64
                %v482 = arith.muli %v19, %v84 : i64
                %v483 = arith.muli %v17, %v83 : i64
                %v484 = arith.addi %v482, %v483 : i64
                %v485 = arith.muli %v481, %v1 : i64
                %v486 = arith.addi %v484, %v485 : i64
                %v487 = llvm.getelementptr %dy_y[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v488 = llvm.load %v487 : !llvm.ptr -> f32
                %v489 = llvm.load %v21 : !llvm.ptr -> f32
                %v490 = llvm.load %v22 : !llvm.ptr -> f32
                %v491 = arith.mulf %v490, %v489 fastmath<contract> : f32
                %v492 = arith.addf %v488, %v491 fastmath<contract> : f32
                llvm.store %v492, %v21 : f32, !llvm.ptr
                %v493 = llvm.load %v21 : !llvm.ptr -> f32
                %v494 = arith.mulf %v164, %v493 fastmath<contract> : f32
                scf.if %v14 {
                  %v495 = arith.muli %v19, %v84 : i64
                  %v496 = arith.muli %v17, %v83 : i64
                  %v497 = arith.addi %v495, %v496 : i64
                  %v498 = arith.muli %v481, %v1 : i64
                  %v499 = arith.addi %v497, %v498 : i64
                  %v500 = llvm.getelementptr %dx_a[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v494, %v500 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v501 = arith.muli %v19, %v84 : i64
                  %v502 = arith.muli %v17, %v83 : i64
                  %v503 = arith.addi %v501, %v502 : i64
                  %v504 = arith.muli %v481, %v1 : i64
                  %v505 = arith.addi %v503, %v504 : i64
                  %v506 = llvm.getelementptr %dx_x[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v493, %v506 : f32, !llvm.ptr
                }
                %v507 = arith.muli %v19, %v84 : i64
                %v508 = arith.muli %v17, %v83 : i64
                %v509 = arith.addi %v507, %v508 : i64
                %v510 = arith.muli %v481, %v1 : i64
                %v511 = arith.addi %v509, %v510 : i64
                %v512 = llvm.getelementptr %in_a[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v513 = llvm.load %v512 : !llvm.ptr -> f32
                llvm.store %v513, %v22 : f32, !llvm.ptr
                %v514 = arith.addi %v115, %v1 : i64
                %v516 = arith.cmpi slt, %v515, %v285 : i32
                %v517 = arith.cmpi eq, %v515, %v291 : i32
                %v518 = arith.addi %v42, %v514 : i64
                %v519 = arith.muli %v19, %v84 : i64
                %v520 = arith.muli %v17, %v83 : i64
                %v521 = arith.addi %v519, %v520 : i64
                %v522 = arith.muli %v518, %v1 : i64
                %v523 = arith.addi %v521, %v522 : i64
                %v524 = llvm.getelementptr %dy_y[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v525 = llvm.load %v524 : !llvm.ptr -> f32
                %v526 = llvm.load %v21 : !llvm.ptr -> f32
                %v527 = llvm.load %v22 : !llvm.ptr -> f32
                %v528 = arith.mulf %v527, %v526 fastmath<contract> : f32
                %v529 = arith.addf %v525, %v528 fastmath<contract> : f32
                llvm.store %v529, %v21 : f32, !llvm.ptr
                %v530 = llvm.load %v21 : !llvm.ptr -> f32
                %v531 = arith.mulf %v145, %v530 fastmath<contract> : f32
                scf.if %v14 {
                  %v532 = arith.muli %v19, %v84 : i64
                  %v533 = arith.muli %v17, %v83 : i64
                  %v534 = arith.addi %v532, %v533 : i64
                  %v535 = arith.muli %v518, %v1 : i64
                  %v536 = arith.addi %v534, %v535 : i64
                  %v537 = llvm.getelementptr %dx_a[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v531, %v537 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v538 = arith.muli %v19, %v84 : i64
                  %v539 = arith.muli %v17, %v83 : i64
                  %v540 = arith.addi %v538, %v539 : i64
                  %v541 = arith.muli %v518, %v1 : i64
                  %v542 = arith.addi %v540, %v541 : i64
                  %v543 = llvm.getelementptr %dx_x[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v530, %v543 : f32, !llvm.ptr
                }
                %v544 = arith.muli %v19, %v84 : i64
                %v545 = arith.muli %v17, %v83 : i64
                %v546 = arith.addi %v544, %v545 : i64
                %v547 = arith.muli %v518, %v1 : i64
                %v548 = arith.addi %v546, %v547 : i64
                %v549 = llvm.getelementptr %in_a[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v550 = llvm.load %v549 : !llvm.ptr -> f32
                llvm.store %v550, %v22 : f32, !llvm.ptr
                %v551 = arith.addi %v115, %v25 : i64
                %v553 = arith.cmpi slt, %v552, %v285 : i32
                %v554 = arith.cmpi eq, %v552, %v291 : i32
                %v555 = arith.addi %v42, %v551 : i64
                %v556 = arith.muli %v19, %v84 : i64
                %v557 = arith.muli %v17, %v83 : i64
                %v558 = arith.addi %v556, %v557 : i64
                %v559 = arith.muli %v555, %v1 : i64
                %v560 = arith.addi %v558, %v559 : i64
                %v561 = llvm.getelementptr %dy_y[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v562 = llvm.load %v561 : !llvm.ptr -> f32
                %v563 = llvm.load %v21 : !llvm.ptr -> f32
                %v564 = llvm.load %v22 : !llvm.ptr -> f32
                %v565 = arith.mulf %v564, %v563 fastmath<contract> : f32
                %v566 = arith.addf %v562, %v565 fastmath<contract> : f32
                llvm.store %v566, %v21 : f32, !llvm.ptr
                %v567 = llvm.load %v21 : !llvm.ptr -> f32
                %v568 = arith.mulf %v126, %v567 fastmath<contract> : f32
                scf.if %v14 {
                  %v569 = arith.muli %v19, %v84 : i64
                  %v570 = arith.muli %v17, %v83 : i64
                  %v571 = arith.addi %v569, %v570 : i64
                  %v572 = arith.muli %v555, %v1 : i64
                  %v573 = arith.addi %v571, %v572 : i64
                  %v574 = llvm.getelementptr %dx_a[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v568, %v574 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v575 = arith.muli %v19, %v84 : i64
                  %v576 = arith.muli %v17, %v83 : i64
                  %v577 = arith.addi %v575, %v576 : i64
                  %v578 = arith.muli %v555, %v1 : i64
                  %v579 = arith.addi %v577, %v578 : i64
                  %v580 = llvm.getelementptr %dx_x[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v567, %v580 : f32, !llvm.ptr
                }
                %v581 = arith.muli %v19, %v84 : i64
                %v582 = arith.muli %v17, %v83 : i64
                %v583 = arith.addi %v581, %v582 : i64
                %v584 = arith.muli %v555, %v1 : i64
                %v585 = arith.addi %v583, %v584 : i64
                %v586 = llvm.getelementptr %in_a[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v587 = llvm.load %v586 : !llvm.ptr -> f32
                llvm.store %v587, %v22 : f32, !llvm.ptr
              } else {
                %v588 = arith.subi %v44, %v1 : i64
                %v589 = arith.muli %v114, %v3 : i64
                %v590 = arith.subi %v3, %v1 : i64
                %v591 = arith.minsi %v13, %v590 : i64
                %v592 = arith.addi %v589, %v591 : i64
                %v593 = arith.muli %v592, %v1 : i64
                %v594 = arith.addi %v593, %v25 : i64
                %v595 = llvm.getelementptr %scratch_h[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v596 = llvm.load %v595 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v597 = arith.addi %v115, %v25 : i64
                %v598 = arith.minsi %v597, %v588 : i64
                %v599 = arith.addi %v42, %v598 : i64
                %v600 = arith.muli %v19, %v84 : i64
                %v601 = arith.muli %v17, %v83 : i64
                %v602 = arith.addi %v600, %v601 : i64
                %v603 = arith.muli %v599, %v1 : i64
                %v604 = arith.addi %v602, %v603 : i64
                %v605 = llvm.getelementptr %in_a[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v606 = llvm.load %v605 : !llvm.ptr -> f32
                %v607 = arith.muli %v19, %v84 : i64
                %v608 = arith.muli %v17, %v83 : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = arith.muli %v599, %v1 : i64
                %v611 = arith.addi %v609, %v610 : i64
                %v612 = llvm.getelementptr %in_x[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v613 = llvm.load %v612 : !llvm.ptr -> f32
                %v614 = arith.mulf %v606, %v596 fastmath<contract> : f32
                %v615 = arith.addf %v614, %v613 fastmath<contract> : f32
                %v616 = arith.addi %v115, %v1 : i64
                %v617 = arith.minsi %v616, %v588 : i64
                %v618 = arith.addi %v42, %v617 : i64
                %v619 = arith.muli %v19, %v84 : i64
                %v620 = arith.muli %v17, %v83 : i64
                %v621 = arith.addi %v619, %v620 : i64
                %v622 = arith.muli %v618, %v1 : i64
                %v623 = arith.addi %v621, %v622 : i64
                %v624 = llvm.getelementptr %in_a[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v625 = llvm.load %v624 : !llvm.ptr -> f32
                %v626 = arith.muli %v19, %v84 : i64
                %v627 = arith.muli %v17, %v83 : i64
                %v628 = arith.addi %v626, %v627 : i64
                %v629 = arith.muli %v618, %v1 : i64
                %v630 = arith.addi %v628, %v629 : i64
                %v631 = llvm.getelementptr %in_x[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v632 = llvm.load %v631 : !llvm.ptr -> f32
                %v633 = arith.mulf %v625, %v615 fastmath<contract> : f32
                %v634 = arith.addf %v633, %v632 fastmath<contract> : f32
                %v635 = arith.addi %v115, %v165 : i64
                %v636 = arith.minsi %v635, %v588 : i64
                %v637 = arith.addi %v42, %v636 : i64
                %v638 = arith.muli %v19, %v84 : i64
                %v639 = arith.muli %v17, %v83 : i64
                %v640 = arith.addi %v638, %v639 : i64
                %v641 = arith.muli %v637, %v1 : i64
                %v642 = arith.addi %v640, %v641 : i64
                %v643 = llvm.getelementptr %in_a[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v644 = llvm.load %v643 : !llvm.ptr -> f32
                %v645 = arith.muli %v19, %v84 : i64
                %v646 = arith.muli %v17, %v83 : i64
                %v647 = arith.addi %v645, %v646 : i64
                %v648 = arith.muli %v637, %v1 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = llvm.getelementptr %in_x[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v651 = llvm.load %v650 : !llvm.ptr -> f32
                %v652 = arith.mulf %v644, %v634 fastmath<contract> : f32
                %v653 = arith.addf %v652, %v651 fastmath<contract> : f32
                %v654 = arith.addi %v115, %v185 : i64
                %v655 = arith.minsi %v654, %v588 : i64
                %v656 = arith.addi %v42, %v655 : i64
                %v657 = arith.muli %v19, %v84 : i64
                %v658 = arith.muli %v17, %v83 : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = arith.muli %v656, %v1 : i64
                %v661 = arith.addi %v659, %v660 : i64
                %v662 = llvm.getelementptr %in_a[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v663 = llvm.load %v662 : !llvm.ptr -> f32
                %v664 = arith.muli %v19, %v84 : i64
                %v665 = arith.muli %v17, %v83 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = arith.muli %v656, %v1 : i64
                %v668 = arith.addi %v666, %v667 : i64
                %v669 = llvm.getelementptr %in_x[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v670 = llvm.load %v669 : !llvm.ptr -> f32
                %v671 = arith.mulf %v663, %v653 fastmath<contract> : f32
                %v672 = arith.addf %v671, %v670 fastmath<contract> : f32
                %v673 = arith.addi %v115, %v205 : i64
                %v674 = arith.minsi %v673, %v588 : i64
                %v675 = arith.addi %v42, %v674 : i64
                %v676 = arith.muli %v19, %v84 : i64
                %v677 = arith.muli %v17, %v83 : i64
                %v678 = arith.addi %v676, %v677 : i64
                %v679 = arith.muli %v675, %v1 : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = llvm.getelementptr %in_a[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v682 = llvm.load %v681 : !llvm.ptr -> f32
                %v683 = arith.muli %v19, %v84 : i64
                %v684 = arith.muli %v17, %v83 : i64
                %v685 = arith.addi %v683, %v684 : i64
                %v686 = arith.muli %v675, %v1 : i64
                %v687 = arith.addi %v685, %v686 : i64
                %v688 = llvm.getelementptr %in_x[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v689 = llvm.load %v688 : !llvm.ptr -> f32
                %v690 = arith.mulf %v682, %v672 fastmath<contract> : f32
                %v691 = arith.addf %v690, %v689 fastmath<contract> : f32
                %v692 = arith.addi %v115, %v225 : i64
                %v693 = arith.minsi %v692, %v588 : i64
                %v694 = arith.addi %v42, %v693 : i64
                %v695 = arith.muli %v19, %v84 : i64
                %v696 = arith.muli %v17, %v83 : i64
                %v697 = arith.addi %v695, %v696 : i64
                %v698 = arith.muli %v694, %v1 : i64
                %v699 = arith.addi %v697, %v698 : i64
                %v700 = llvm.getelementptr %in_a[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v701 = llvm.load %v700 : !llvm.ptr -> f32
                %v702 = arith.muli %v19, %v84 : i64
                %v703 = arith.muli %v17, %v83 : i64
                %v704 = arith.addi %v702, %v703 : i64
                %v705 = arith.muli %v694, %v1 : i64
                %v706 = arith.addi %v704, %v705 : i64
                %v707 = llvm.getelementptr %in_x[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v708 = llvm.load %v707 : !llvm.ptr -> f32
                %v709 = arith.mulf %v701, %v691 fastmath<contract> : f32
                %v710 = arith.addf %v709, %v708 fastmath<contract> : f32
                %v711 = arith.addi %v115, %v245 : i64
                %v712 = arith.minsi %v711, %v588 : i64
                %v713 = arith.addi %v42, %v712 : i64
                %v714 = arith.muli %v19, %v84 : i64
                %v715 = arith.muli %v17, %v83 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = arith.muli %v713, %v1 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = llvm.getelementptr %in_a[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v720 = llvm.load %v719 : !llvm.ptr -> f32
                %v721 = arith.muli %v19, %v84 : i64
                %v722 = arith.muli %v17, %v83 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = arith.muli %v713, %v1 : i64
                %v725 = arith.addi %v723, %v724 : i64
                %v726 = llvm.getelementptr %in_x[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v727 = llvm.load %v726 : !llvm.ptr -> f32
                %v728 = arith.mulf %v720, %v710 fastmath<contract> : f32
                %v729 = arith.addf %v728, %v727 fastmath<contract> : f32
                %v730 = arith.addi %v115, %v29 : i64
                %v731 = arith.minsi %v730, %v588 : i64
                %v732 = arith.addi %v42, %v731 : i64
                %v733 = arith.muli %v19, %v84 : i64
                %v734 = arith.muli %v17, %v83 : i64
                %v735 = arith.addi %v733, %v734 : i64
                %v736 = arith.muli %v732, %v1 : i64
                %v737 = arith.addi %v735, %v736 : i64
                %v738 = llvm.getelementptr %in_a[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v739 = llvm.load %v738 : !llvm.ptr -> f32
                %v740 = arith.muli %v19, %v84 : i64
                %v741 = arith.muli %v17, %v83 : i64
                %v742 = arith.addi %v740, %v741 : i64
                %v743 = arith.muli %v732, %v1 : i64
                %v744 = arith.addi %v742, %v743 : i64
                %v745 = llvm.getelementptr %in_x[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v746 = llvm.load %v745 : !llvm.ptr -> f32
                %v747 = arith.mulf %v739, %v729 fastmath<contract> : f32
                %v748 = arith.addf %v747, %v746 fastmath<contract> : f32
                %v749 = arith.subi %v44, %v115 : i64
                %v750 = arith.trunci %v749 : i64 to i32
                %v751 = arith.subi %size_T, %v1 : i64
                %v752 = arith.addi %v42, %v115 : i64
                %v753 = arith.subi %v751, %v752 : i64
                %v754 = arith.minsi %v753, %v289 : i64
                %v755 = arith.trunci %v754 : i64 to i32
                %v756 = arith.addi %v115, %v29 : i64
                %v757 = arith.cmpi slt, %v293, %v750 : i32
                %v758 = arith.cmpi eq, %v293, %v755 : i32
                scf.if %v757 {
                  %v759 = arith.addi %v42, %v756 : i64
                  %v760 = arith.muli %v19, %v84 : i64
                  %v761 = arith.muli %v17, %v83 : i64
                  %v762 = arith.addi %v760, %v761 : i64
                  %v763 = arith.muli %v759, %v1 : i64
                  %v764 = arith.addi %v762, %v763 : i64
                  %v765 = llvm.getelementptr %dy_y[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v766 = llvm.load %v765 : !llvm.ptr -> f32
                  %v767 = llvm.load %v21 : !llvm.ptr -> f32
                  %v768 = llvm.load %v22 : !llvm.ptr -> f32
                  %v769 = arith.mulf %v768, %v767 fastmath<contract> : f32
                  %v770 = arith.addf %v766, %v769 fastmath<contract> : f32
                  llvm.store %v770, %v21 : f32, !llvm.ptr
                  %v771 = llvm.load %v21 : !llvm.ptr -> f32
                  %v772 = arith.mulf %v729, %v771 fastmath<contract> : f32
                  scf.if %v14 {
                    %v773 = arith.muli %v19, %v84 : i64
                    %v774 = arith.muli %v17, %v83 : i64
                    %v775 = arith.addi %v773, %v774 : i64
                    %v776 = arith.muli %v759, %v1 : i64
                    %v777 = arith.addi %v775, %v776 : i64
                    %v778 = llvm.getelementptr %dx_a[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v772, %v778 : f32, !llvm.ptr
                  }
                  scf.if %v14 {
                    %v779 = arith.muli %v19, %v84 : i64
                    %v780 = arith.muli %v17, %v83 : i64
                    %v781 = arith.addi %v779, %v780 : i64
                    %v782 = arith.muli %v759, %v1 : i64
                    %v783 = arith.addi %v781, %v782 : i64
                    %v784 = llvm.getelementptr %dx_x[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v771, %v784 : f32, !llvm.ptr
                  }
                  %v785 = arith.muli %v19, %v84 : i64
                  %v786 = arith.muli %v17, %v83 : i64
                  %v787 = arith.addi %v785, %v786 : i64
                  %v788 = arith.muli %v759, %v1 : i64
                  %v789 = arith.addi %v787, %v788 : i64
                  %v790 = llvm.getelementptr %in_a[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v791 = llvm.load %v790 : !llvm.ptr -> f32
                  llvm.store %v791, %v22 : f32, !llvm.ptr
                }
                %v792 = arith.addi %v115, %v245 : i64
                %v793 = arith.cmpi slt, %v330, %v750 : i32
                %v794 = arith.cmpi eq, %v330, %v755 : i32
                scf.if %v793 {
                  %v795 = arith.addi %v42, %v792 : i64
                  %v796 = arith.muli %v19, %v84 : i64
                  %v797 = arith.muli %v17, %v83 : i64
                  %v798 = arith.addi %v796, %v797 : i64
                  %v799 = arith.muli %v795, %v1 : i64
                  %v800 = arith.addi %v798, %v799 : i64
                  %v801 = llvm.getelementptr %dy_y[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v802 = llvm.load %v801 : !llvm.ptr -> f32
                  %v803 = llvm.load %v21 : !llvm.ptr -> f32
                  %v804 = llvm.load %v22 : !llvm.ptr -> f32
                  %v805 = arith.mulf %v804, %v803 fastmath<contract> : f32
                  %v806 = arith.addf %v802, %v805 fastmath<contract> : f32
                  llvm.store %v806, %v21 : f32, !llvm.ptr
                  %v807 = llvm.load %v21 : !llvm.ptr -> f32
                  %v808 = arith.mulf %v710, %v807 fastmath<contract> : f32
                  scf.if %v14 {
                    %v809 = arith.muli %v19, %v84 : i64
                    %v810 = arith.muli %v17, %v83 : i64
                    %v811 = arith.addi %v809, %v810 : i64
                    %v812 = arith.muli %v795, %v1 : i64
                    %v813 = arith.addi %v811, %v812 : i64
                    %v814 = llvm.getelementptr %dx_a[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v808, %v814 : f32, !llvm.ptr
                  }
                  scf.if %v14 {
                    %v815 = arith.muli %v19, %v84 : i64
                    %v816 = arith.muli %v17, %v83 : i64
                    %v817 = arith.addi %v815, %v816 : i64
                    %v818 = arith.muli %v795, %v1 : i64
                    %v819 = arith.addi %v817, %v818 : i64
                    %v820 = llvm.getelementptr %dx_x[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v807, %v820 : f32, !llvm.ptr
                  }
                  %v821 = arith.muli %v19, %v84 : i64
                  %v822 = arith.muli %v17, %v83 : i64
                  %v823 = arith.addi %v821, %v822 : i64
                  %v824 = arith.muli %v795, %v1 : i64
                  %v825 = arith.addi %v823, %v824 : i64
                  %v826 = llvm.getelementptr %in_a[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v827 = llvm.load %v826 : !llvm.ptr -> f32
                  llvm.store %v827, %v22 : f32, !llvm.ptr
                }
                %v828 = arith.addi %v115, %v225 : i64
                %v829 = arith.cmpi slt, %v367, %v750 : i32
                %v830 = arith.cmpi eq, %v367, %v755 : i32
                scf.if %v829 {
                  %v831 = arith.addi %v42, %v828 : i64
                  %v832 = arith.muli %v19, %v84 : i64
                  %v833 = arith.muli %v17, %v83 : i64
                  %v834 = arith.addi %v832, %v833 : i64
                  %v835 = arith.muli %v831, %v1 : i64
                  %v836 = arith.addi %v834, %v835 : i64
                  %v837 = llvm.getelementptr %dy_y[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v838 = llvm.load %v837 : !llvm.ptr -> f32
                  %v839 = llvm.load %v21 : !llvm.ptr -> f32
                  %v840 = llvm.load %v22 : !llvm.ptr -> f32
                  %v841 = arith.mulf %v840, %v839 fastmath<contract> : f32
                  %v842 = arith.addf %v838, %v841 fastmath<contract> : f32
                  llvm.store %v842, %v21 : f32, !llvm.ptr
                  %v843 = llvm.load %v21 : !llvm.ptr -> f32
                  %v844 = arith.mulf %v691, %v843 fastmath<contract> : f32
                  scf.if %v14 {
                    %v845 = arith.muli %v19, %v84 : i64
                    %v846 = arith.muli %v17, %v83 : i64
                    %v847 = arith.addi %v845, %v846 : i64
                    %v848 = arith.muli %v831, %v1 : i64
                    %v849 = arith.addi %v847, %v848 : i64
                    %v850 = llvm.getelementptr %dx_a[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v844, %v850 : f32, !llvm.ptr
                  }
                  scf.if %v14 {
                    %v851 = arith.muli %v19, %v84 : i64
                    %v852 = arith.muli %v17, %v83 : i64
                    %v853 = arith.addi %v851, %v852 : i64
                    %v854 = arith.muli %v831, %v1 : i64
                    %v855 = arith.addi %v853, %v854 : i64
                    %v856 = llvm.getelementptr %dx_x[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v843, %v856 : f32, !llvm.ptr
                  }
                  %v857 = arith.muli %v19, %v84 : i64
                  %v858 = arith.muli %v17, %v83 : i64
                  %v859 = arith.addi %v857, %v858 : i64
                  %v860 = arith.muli %v831, %v1 : i64
                  %v861 = arith.addi %v859, %v860 : i64
                  %v862 = llvm.getelementptr %in_a[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v863 = llvm.load %v862 : !llvm.ptr -> f32
                  llvm.store %v863, %v22 : f32, !llvm.ptr
                }
                %v864 = arith.addi %v115, %v205 : i64
                %v865 = arith.cmpi slt, %v404, %v750 : i32
                %v866 = arith.cmpi eq, %v404, %v755 : i32
                scf.if %v865 {
                  %v867 = arith.addi %v42, %v864 : i64
                  %v868 = arith.muli %v19, %v84 : i64
                  %v869 = arith.muli %v17, %v83 : i64
                  %v870 = arith.addi %v868, %v869 : i64
                  %v871 = arith.muli %v867, %v1 : i64
                  %v872 = arith.addi %v870, %v871 : i64
                  %v873 = llvm.getelementptr %dy_y[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v874 = llvm.load %v873 : !llvm.ptr -> f32
                  %v875 = llvm.load %v21 : !llvm.ptr -> f32
                  %v876 = llvm.load %v22 : !llvm.ptr -> f32
                  %v877 = arith.mulf %v876, %v875 fastmath<contract> : f32
                  %v878 = arith.addf %v874, %v877 fastmath<contract> : f32
                  llvm.store %v878, %v21 : f32, !llvm.ptr
                  %v879 = llvm.load %v21 : !llvm.ptr -> f32
                  %v880 = arith.mulf %v672, %v879 fastmath<contract> : f32
                  scf.if %v14 {
                    %v881 = arith.muli %v19, %v84 : i64
                    %v882 = arith.muli %v17, %v83 : i64
                    %v883 = arith.addi %v881, %v882 : i64
                    %v884 = arith.muli %v867, %v1 : i64
                    %v885 = arith.addi %v883, %v884 : i64
                    %v886 = llvm.getelementptr %dx_a[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v880, %v886 : f32, !llvm.ptr
                  }
                  scf.if %v14 {
                    %v887 = arith.muli %v19, %v84 : i64
                    %v888 = arith.muli %v17, %v83 : i64
                    %v889 = arith.addi %v887, %v888 : i64
                    %v890 = arith.muli %v867, %v1 : i64
                    %v891 = arith.addi %v889, %v890 : i64
                    %v892 = llvm.getelementptr %dx_x[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v879, %v892 : f32, !llvm.ptr
                  }
                  %v893 = arith.muli %v19, %v84 : i64
                  %v894 = arith.muli %v17, %v83 : i64
                  %v895 = arith.addi %v893, %v894 : i64
                  %v896 = arith.muli %v867, %v1 : i64
                  %v897 = arith.addi %v895, %v896 : i64
                  %v898 = llvm.getelementptr %in_a[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v899 = llvm.load %v898 : !llvm.ptr -> f32
                  llvm.store %v899, %v22 : f32, !llvm.ptr
                }
                %v900 = arith.addi %v115, %v185 : i64
                %v901 = arith.cmpi slt, %v441, %v750 : i32
                %v902 = arith.cmpi eq, %v441, %v755 : i32
                scf.if %v901 {
                  %v903 = arith.addi %v42, %v900 : i64
                  %v904 = arith.muli %v19, %v84 : i64
                  %v905 = arith.muli %v17, %v83 : i64
                  %v906 = arith.addi %v904, %v905 : i64
                  %v907 = arith.muli %v903, %v1 : i64
                  %v908 = arith.addi %v906, %v907 : i64
                  %v909 = llvm.getelementptr %dy_y[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v910 = llvm.load %v909 : !llvm.ptr -> f32
                  %v911 = llvm.load %v21 : !llvm.ptr -> f32
                  %v912 = llvm.load %v22 : !llvm.ptr -> f32
                  %v913 = arith.mulf %v912, %v911 fastmath<contract> : f32
                  %v914 = arith.addf %v910, %v913 fastmath<contract> : f32
                  llvm.store %v914, %v21 : f32, !llvm.ptr
                  %v915 = llvm.load %v21 : !llvm.ptr -> f32
                  %v916 = arith.mulf %v653, %v915 fastmath<contract> : f32
                  scf.if %v14 {
                    %v917 = arith.muli %v19, %v84 : i64
                    %v918 = arith.muli %v17, %v83 : i64
                    %v919 = arith.addi %v917, %v918 : i64
                    %v920 = arith.muli %v903, %v1 : i64
                    %v921 = arith.addi %v919, %v920 : i64
                    %v922 = llvm.getelementptr %dx_a[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v916, %v922 : f32, !llvm.ptr
                  }
                  scf.if %v14 {
                    %v923 = arith.muli %v19, %v84 : i64
                    %v924 = arith.muli %v17, %v83 : i64
                    %v925 = arith.addi %v923, %v924 : i64
                    %v926 = arith.muli %v903, %v1 : i64
                    %v927 = arith.addi %v925, %v926 : i64
                    %v928 = llvm.getelementptr %dx_x[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v915, %v928 : f32, !llvm.ptr
                  }
                  %v929 = arith.muli %v19, %v84 : i64
                  %v930 = arith.muli %v17, %v83 : i64
                  %v931 = arith.addi %v929, %v930 : i64
                  %v932 = arith.muli %v903, %v1 : i64
                  %v933 = arith.addi %v931, %v932 : i64
                  %v934 = llvm.getelementptr %in_a[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v935 = llvm.load %v934 : !llvm.ptr -> f32
                  llvm.store %v935, %v22 : f32, !llvm.ptr
                }
                %v936 = arith.addi %v115, %v165 : i64
                %v937 = arith.cmpi slt, %v478, %v750 : i32
                %v938 = arith.cmpi eq, %v478, %v755 : i32
                scf.if %v937 {
                  %v939 = arith.addi %v42, %v936 : i64
                  %v940 = arith.muli %v19, %v84 : i64
                  %v941 = arith.muli %v17, %v83 : i64
                  %v942 = arith.addi %v940, %v941 : i64
                  %v943 = arith.muli %v939, %v1 : i64
                  %v944 = arith.addi %v942, %v943 : i64
                  %v945 = llvm.getelementptr %dy_y[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v946 = llvm.load %v945 : !llvm.ptr -> f32
                  %v947 = llvm.load %v21 : !llvm.ptr -> f32
                  %v948 = llvm.load %v22 : !llvm.ptr -> f32
                  %v949 = arith.mulf %v948, %v947 fastmath<contract> : f32
                  %v950 = arith.addf %v946, %v949 fastmath<contract> : f32
                  llvm.store %v950, %v21 : f32, !llvm.ptr
                  %v951 = llvm.load %v21 : !llvm.ptr -> f32
                  %v952 = arith.mulf %v634, %v951 fastmath<contract> : f32
                  scf.if %v14 {
                    %v953 = arith.muli %v19, %v84 : i64
                    %v954 = arith.muli %v17, %v83 : i64
                    %v955 = arith.addi %v953, %v954 : i64
                    %v956 = arith.muli %v939, %v1 : i64
                    %v957 = arith.addi %v955, %v956 : i64
                    %v958 = llvm.getelementptr %dx_a[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v952, %v958 : f32, !llvm.ptr
                  }
                  scf.if %v14 {
                    %v959 = arith.muli %v19, %v84 : i64
                    %v960 = arith.muli %v17, %v83 : i64
                    %v961 = arith.addi %v959, %v960 : i64
                    %v962 = arith.muli %v939, %v1 : i64
                    %v963 = arith.addi %v961, %v962 : i64
                    %v964 = llvm.getelementptr %dx_x[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v951, %v964 : f32, !llvm.ptr
                  }
                  %v965 = arith.muli %v19, %v84 : i64
                  %v966 = arith.muli %v17, %v83 : i64
                  %v967 = arith.addi %v965, %v966 : i64
                  %v968 = arith.muli %v939, %v1 : i64
                  %v969 = arith.addi %v967, %v968 : i64
                  %v970 = llvm.getelementptr %in_a[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v971 = llvm.load %v970 : !llvm.ptr -> f32
                  llvm.store %v971, %v22 : f32, !llvm.ptr
                }
                %v972 = arith.addi %v115, %v1 : i64
                %v973 = arith.cmpi slt, %v515, %v750 : i32
                %v974 = arith.cmpi eq, %v515, %v755 : i32
                scf.if %v973 {
                  %v975 = arith.addi %v42, %v972 : i64
                  %v976 = arith.muli %v19, %v84 : i64
                  %v977 = arith.muli %v17, %v83 : i64
                  %v978 = arith.addi %v976, %v977 : i64
                  %v979 = arith.muli %v975, %v1 : i64
                  %v980 = arith.addi %v978, %v979 : i64
                  %v981 = llvm.getelementptr %dy_y[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v982 = llvm.load %v981 : !llvm.ptr -> f32
                  %v983 = llvm.load %v21 : !llvm.ptr -> f32
                  %v984 = llvm.load %v22 : !llvm.ptr -> f32
                  %v985 = arith.mulf %v984, %v983 fastmath<contract> : f32
                  %v986 = arith.addf %v982, %v985 fastmath<contract> : f32
                  llvm.store %v986, %v21 : f32, !llvm.ptr
                  %v987 = llvm.load %v21 : !llvm.ptr -> f32
                  %v988 = arith.mulf %v615, %v987 fastmath<contract> : f32
                  scf.if %v14 {
                    %v989 = arith.muli %v19, %v84 : i64
                    %v990 = arith.muli %v17, %v83 : i64
                    %v991 = arith.addi %v989, %v990 : i64
                    %v992 = arith.muli %v975, %v1 : i64
                    %v993 = arith.addi %v991, %v992 : i64
                    %v994 = llvm.getelementptr %dx_a[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v988, %v994 : f32, !llvm.ptr
                  }
                  scf.if %v14 {
                    %v995 = arith.muli %v19, %v84 : i64
                    %v996 = arith.muli %v17, %v83 : i64
                    %v997 = arith.addi %v995, %v996 : i64
                    %v998 = arith.muli %v975, %v1 : i64
                    %v999 = arith.addi %v997, %v998 : i64
                    %v1000 = llvm.getelementptr %dx_x[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v987, %v1000 : f32, !llvm.ptr
                  }
                  %v1001 = arith.muli %v19, %v84 : i64
                  %v1002 = arith.muli %v17, %v83 : i64
                  %v1003 = arith.addi %v1001, %v1002 : i64
                  %v1004 = arith.muli %v975, %v1 : i64
                  %v1005 = arith.addi %v1003, %v1004 : i64
                  %v1006 = llvm.getelementptr %in_a[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
                  llvm.store %v1007, %v22 : f32, !llvm.ptr
                }
                %v1008 = arith.addi %v115, %v25 : i64
                %v1009 = arith.cmpi slt, %v552, %v750 : i32
                %v1010 = arith.cmpi eq, %v552, %v755 : i32
                scf.if %v1009 {
                  %v1011 = arith.addi %v42, %v1008 : i64
                  %v1012 = arith.muli %v19, %v84 : i64
                  %v1013 = arith.muli %v17, %v83 : i64
                  %v1014 = arith.addi %v1012, %v1013 : i64
                  %v1015 = arith.muli %v1011, %v1 : i64
                  %v1016 = arith.addi %v1014, %v1015 : i64
                  %v1017 = llvm.getelementptr %dy_y[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
                  %v1019 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1020 = llvm.load %v22 : !llvm.ptr -> f32
                  %v1021 = arith.mulf %v1020, %v1019 fastmath<contract> : f32
                  %v1022 = arith.addf %v1018, %v1021 fastmath<contract> : f32
                  llvm.store %v1022, %v21 : f32, !llvm.ptr
                  %v1023 = llvm.load %v21 : !llvm.ptr -> f32
                  %v1024 = arith.mulf %v596, %v1023 fastmath<contract> : f32
                  scf.if %v14 {
                    %v1025 = arith.muli %v19, %v84 : i64
                    %v1026 = arith.muli %v17, %v83 : i64
                    %v1027 = arith.addi %v1025, %v1026 : i64
                    %v1028 = arith.muli %v1011, %v1 : i64
                    %v1029 = arith.addi %v1027, %v1028 : i64
                    %v1030 = llvm.getelementptr %dx_a[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1024, %v1030 : f32, !llvm.ptr
                  }
                  scf.if %v14 {
                    %v1031 = arith.muli %v19, %v84 : i64
                    %v1032 = arith.muli %v17, %v83 : i64
                    %v1033 = arith.addi %v1031, %v1032 : i64
                    %v1034 = arith.muli %v1011, %v1 : i64
                    %v1035 = arith.addi %v1033, %v1034 : i64
                    %v1036 = llvm.getelementptr %dx_x[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1023, %v1036 : f32, !llvm.ptr
                  }
                  %v1037 = arith.muli %v19, %v84 : i64
                  %v1038 = arith.muli %v17, %v83 : i64
                  %v1039 = arith.addi %v1037, %v1038 : i64
                  %v1040 = arith.muli %v1011, %v1 : i64
                  %v1041 = arith.addi %v1039, %v1040 : i64
                  %v1042 = llvm.getelementptr %in_a[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1043 = llvm.load %v1042 : !llvm.ptr -> f32
                  llvm.store %v1043, %v22 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v1044 = arith.constant true
      scf.if %v1044 {
      }
      gpu.return
    }
  }
}
