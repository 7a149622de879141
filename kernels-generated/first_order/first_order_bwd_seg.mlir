module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd_seg(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_a: !llvm.ptr, %dx_x: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v35 = arith.constant 0 : i64
      %v50 = arith.constant 64 : i64
      %v51 = arith.constant 8 : i64
      %v52 = arith.constant 7 : i64
      %v53 = arith.constant 63 : i64
      %v73 = arith.muli %size_B, %size_C : i64
      %v104 = arith.muli %size_T, %size_C : i64
      %v177 = arith.constant 2 : i64
      %v195 = arith.constant 3 : i64
      %v230 = arith.constant 5 : i64
      %v248 = arith.constant 6 : i64
      %v288 = arith.constant 2147483647 : i64
      %v292 = arith.constant 7 : i32
      %v325 = arith.constant 6 : i32
      %v358 = arith.constant 5 : i32
      %v391 = arith.constant 4 : i32
      %v424 = arith.constant 3 : i32
      %v457 = arith.constant 2 : i32
      %v490 = arith.constant 1 : i32
      %v522 = arith.constant 0 : i32
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
      %v36 = arith.muli %v16, %v2 : i64
      %v37 = arith.subi %v2, %v1 : i64
      %v38 = arith.minsi %v19, %v37 : i64
      %v39 = arith.addi %v36, %v38 : i64
      %v40 = llvm.getelementptr %segcarry_h[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v41 = llvm.load %v40 : !llvm.ptr -> f32
      llvm.store %v41, %v31 : f32, !llvm.ptr
      %v42 = arith.addi %v6, %v16 : i64
      %v43 = arith.muli %v42, %v2 : i64
      %v44 = arith.subi %v2, %v1 : i64
      %v45 = arith.minsi %v19, %v44 : i64
      %v46 = arith.addi %v43, %v45 : i64
      %v47 = llvm.getelementptr %segcarry_h[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = llvm.load %v47 : !llvm.ptr -> f32
      llvm.store %v48, %v32 : f32, !llvm.ptr
      %v49 = arith.cmpi eq, %size_T, %v35 : i64
      scf.if %v49 {
        llvm.store %v33, %v9 : f32, !llvm.ptr
      }
      %v54 = arith.addi %size_T, %v53 : i64
      %v55 = arith.divui %v54, %v50 : i64
      %v56 = arith.minsi %v29, %v55 : i64
      %v57 = arith.muli %v16, %v51 : i64
      %v58 = arith.subi %v56, %v28 : i64
      %v59 = arith.maxsi %v58, %v35 : i64
      %v60 = arith.index_cast %v35 : i64 to index
      %v61 = arith.index_cast %v59 : i64 to index
      %v62 = arith.index_cast %v1 : i64 to index
      scf.for %v63 = %v60 to %v61 step %v62 {
        %v64 = arith.index_cast %v63 : index to i64
        %v65 = arith.subi %v56, %v1 : i64
        %v66 = arith.subi %v65, %v64 : i64
        %v67 = arith.muli %v66, %v50 : i64
        %v68 = arith.subi %size_T, %v67 : i64
        %v69 = arith.minsi %v68, %v50 : i64
        %v70 = arith.addi %v69, %v52 : i64
        %v71 = arith.divui %v70, %v51 : i64
        %v72 = arith.subi %v69, %v1 : i64
        %v74 = arith.muli %v66, %v73 : i64
        %v75 = arith.muli %v25, %size_C : i64
        %v76 = arith.addi %v75, %v23 : i64
        %v77 = arith.addi %v74, %v76 : i64
        %v78 = llvm.getelementptr %ckpt_h[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v79 = llvm.load %v78 : !llvm.ptr -> f32
        llvm.store %v79, %v8 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v80 = arith.index_cast %v35 : i64 to index
        %v81 = arith.index_cast %v71 : i64 to index
        %v82 = arith.index_cast %v1 : i64 to index
        scf.for %v83 = %v80 to %v81 step %v82 {
          %v84 = arith.index_cast %v83 : index to i64
          %v85 = arith.addi %v57, %v84 : i64
          scf.if %v20 {
            %v86 = llvm.load %v8 : !llvm.ptr -> f32
            %v87 = arith.muli %v85, %v2 : i64
            %v88 = arith.subi %v2, %v1 : i64
            %v89 = arith.minsi %v19, %v88 : i64
            %v90 = arith.addi %v87, %v89 : i64
            %v91 = llvm.getelementptr %scratch_h[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v86, %v91 : f32, !llvm.ptr
          }
          %v92 = arith.muli %v84, %v51 : i64
          %v93 = arith.subi %v69, %v92 : i64
          %v94 = arith.trunci %v93 : i64 to i32
          %v95 = arith.index_cast %v35 : i64 to index
          %v96 = arith.index_cast %v51 : i64 to index
          %v97 = arith.index_cast %v1 : i64 to index
          scf.for %v98 = %v95 to %v96 step %v97 {
            %v99 = arith.index_cast %v98 : index to i64
            %v100 = arith.trunci %v99 : i64 to i32
            %v101 = arith.addi %v92, %v99 : i64
            %v102 = arith.cmpi slt, %v100, %v94 : i32
            scf.if %v102 {
              %v103 = arith.addi %v67, %v101 : i64
              %v105 = arith.muli %v25, %v104 : i64
              %v106 = arith.muli %v23, %size_T : i64
              %v107 = arith.addi %v105, %v106 : i64
              %v108 = arith.addi %v107, %v103 : i64
              %v109 = llvm.getelementptr %in_a[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v110 = llvm.load %v109 : !llvm.ptr -> f32
              %v111 = arith.muli %v25, %v104 : i64
              %v112 = arith.muli %v23, %size_T : i64
              %v113 = arith.addi %v111, %v112 : i64
              %v114 = arith.addi %v113, %v103 : i64
              %v115 = llvm.getelementptr %in_x[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v116 = llvm.load %v115 : !llvm.ptr -> f32
              %v117 = llvm.load %v8 : !llvm.ptr -> f32
              %v118 = arith.mulf %v110, %v117 fastmath<contract> : f32
              %v119 = arith.addf %v118, %v116 fastmath<contract> : f32
              llvm.store %v119, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v120 = arith.index_cast %v35 : i64 to index
        %v121 = arith.index_cast %v1 : i64 to index
        %v122 = arith.index_cast %v1 : i64 to index
        scf.for %v123 = %v120 to %v121 step %v122 {
          %v124 = arith.index_cast %v123 : index to i64
          %v125 = arith.index_cast %v35 : i64 to index
          %v126 = arith.index_cast %v71 : i64 to index
          %v127 = arith.index_cast %v1 : i64 to index
          scf.for %v128 = %v125 to %v126 step %v127 {
            %v129 = arith.index_cast %v128 : index to i64
            %v130 = arith.cmpi slt, %v129, %v71 : i64
            scf.if %v130 {
              %v131 = arith.subi %v71, %v1 : i64
              %v132 = arith.subi %v131, %v129 : i64
              %v133 = arith.muli %v132, %v51 : i64
              %v134 = arith.addi %v57, %v132 : i64
              %v135 = arith.addi %v133, %v51 : i64
              %v136 = arith.cmpi sle, %v135, %v69 : i64
              scf.if %v136 {
                %v137 = arith.subi %v69, %v1 : i64
                %v138 = arith.muli %v134, %v2 : i64
                %v139 = arith.subi %v2, %v1 : i64
                %v140 = arith.minsi %v19, %v139 : i64
                %v141 = arith.addi %v138, %v140 : i64
                %v142 = llvm.getelementptr %scratch_h[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v143 = llvm.load %v142 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v144 = arith.minsi %v133, %v137 : i64
                %v145 = arith.addi %v67, %v144 : i64
                %v146 = arith.muli %v25, %v104 : i64
                %v147 = arith.muli %v23, %size_T : i64
                %v148 = arith.addi %v146, %v147 : i64
                %v149 = arith.addi %v148, %v145 : i64
                %v150 = llvm.getelementptr %in_a[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v151 = llvm.load %v150 : !llvm.ptr -> f32
                %v152 = arith.muli %v25, %v104 : i64
                %v153 = arith.muli %v23, %size_T : i64
                %v154 = arith.addi %v152, %v153 : i64
                %v155 = arith.addi %v154, %v145 : i64
                %v156 = llvm.getelementptr %in_x[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v157 = llvm.load %v156 : !llvm.ptr -> f32
                %v158 = arith.mulf %v151, %v143 fastmath<contract> : f32
                %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
                %v160 = arith.addi %v133, %v1 : i64
                %v161 = arith.minsi %v160, %v137 : i64
                %v162 = arith.addi %v67, %v161 : i64
                %v163 = arith.muli %v25, %v104 : i64
                %v164 = arith.muli %v23, %size_T : i64
                %v165 = arith.addi %v163, %v164 : i64
                %v166 = arith.addi %v165, %v162 : i64
                %v167 = llvm.getelementptr %in_a[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v168 = llvm.load %v167 : !llvm.ptr -> f32
                %v169 = arith.muli %v25, %v104 : i64
                %v170 = arith.muli %v23, %size_T : i64
                %v171 = arith.addi %v169, %v170 : i64
                %v172 = arith.addi %v171, %v162 : i64
                %v173 = llvm.getelementptr %in_x[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v174 = llvm.load %v173 : !llvm.ptr -> f32
                %v175 = arith.mulf %v168, %v159 fastmath<contract> : f32
                %v176 = arith.addf %v175, %v174 fastmath<contract> : f32
                %v178 = arith.addi %v133, %v177 : i64
                %v179 = arith.minsi %v178, %v137 : i64
                %v180 = arith.addi %v67, %v179 : i64
                %v181 = arith.muli %v25, %v104 : i64
                %v182 = arith.muli %v23, %size_T : i64
                %v183 = arith.addi %v181, %v182 : i64
                %v184 = arith.addi %v183, %v180 : i64
                %v185 = llvm.getelementptr %in_a[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v186 = llvm.load %v185 : !llvm.ptr -> f32
                %v187 = arith.muli %v25, %v104 : i64
                %v188 = arith.muli %v23, %size_T : i64
                %v189 = arith.addi %v187, %v188 : i64
                %v190 = arith.addi %v189, %v180 : i64
                %v191 = llvm.getelementptr %in_x[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v192 = llvm.load %v191 : !llvm.ptr -> f32
                %v193 = arith.mulf %v186, %v176 fastmath<contract> : f32
                %v194 = arith.addf %v193, %v192 fastmath<contract> : f32
                %v196 = arith.addi %v133, %v195 : i64
                %v197 = arith.minsi %v196, %v137 : i64
                %v198 = arith.addi %v67, %v197 : i64
                %v199 = arith.muli %v25, %v104 : i64
                %v200 = arith.muli %v23, %size_T : i64
                %v201 = arith.addi %v199, %v200 : i64
                %v202 = arith.addi %v201, %v198 : i64
                %v203 = llvm.getelementptr %in_a[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v204 = llvm.load %v203 : !llvm.ptr -> f32
                %v205 = arith.muli %v25, %v104 : i64
                %v206 = arith.muli %v23, %size_T : i64
                %v207 = arith.addi %v205, %v206 : i64
                %v208 = arith.addi %v207, %v198 : i64
                %v209 = llvm.getelementptr %in_x[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v210 = llvm.load %v209 : !llvm.ptr -> f32
                %v211 = arith.mulf %v204, %v194 fastmath<contract> : f32
                %v212 = arith.addf %v211, %v210 fastmath<contract> : f32
                %v213 = arith.addi %v133, %v27 : i64
                %v214 = arith.minsi %v213, %v137 : i64
                %v215 = arith.addi %v67, %v214 : i64
                %v216 = arith.muli %v25, %v104 : i64
                %v217 = arith.muli %v23, %size_T : i64
                %v218 = arith.addi %v216, %v217 : i64
                %v219 = arith.addi %v218, %v215 : i64
                %v220 = llvm.getelementptr %in_a[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v221 = llvm.load %v220 : !llvm.ptr -> f32
                %v222 = arith.muli %v25, %v104 : i64
                %v223 = arith.muli %v23, %size_T : i64
                %v224 = arith.addi %v222, %v223 : i64
                %v225 = arith.addi %v224, %v215 : i64
                %v226 = llvm.getelementptr %in_x[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v227 = llvm.load %v226 : !llvm.ptr -> f32
                %v228 = arith.mulf %v221, %v212 fastmath<contract> : f32
                %v229 = arith.addf %v228, %v227 fastmath<contract> : f32
                %v231 = arith.addi %v133, %v230 : i64
                %v232 = arith.minsi %v231, %v137 : i64
                %v233 = arith.addi %v67, %v232 : i64
                %v234 = arith.muli %v25, %v104 : i64
                %v235 = arith.muli %v23, %size_T : i64
                %v236 = arith.addi %v234, %v235 : i64
                %v237 = arith.addi %v236, %v233 : i64
                %v238 = llvm.getelementptr %in_a[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v239 = llvm.load %v238 : !llvm.ptr -> f32
                %v240 = arith.muli %v25, %v104 : i64
                %v241 = arith.muli %v23, %size_T : i64
                %v242 = arith.addi %v240, %v241 : i64
                %v243 = arith.addi %v242, %v233 : i64
                %v244 = llvm.getelementptr %in_x[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v245 = llvm.load %v244 : !llvm.ptr -> f32
                %v246 = arith.mulf %v239, %v229 fastmath<contract> : f32
                %v247 = arith.addf %v246, %v245 fastmath<contract> : f32
                %v249 = arith.addi %v133, %v248 : i64
                %v250 = arith.minsi %v249, %v137 : i64
                %v251 = arith.addi %v67, %v250 : i64
                %v252 = arith.muli %v25, %v104 : i64
                %v253 = arith.muli %v23, %size_T : i64
                %v254 = arith.addi %v252, %v253 : i64
                %v255 = arith.addi %v254, %v251 : i64
                %v256 = llvm.getelementptr %in_a[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v257 = llvm.load %v256 : !llvm.ptr -> f32
                %v258 = arith.muli %v25, %v104 : i64
                %v259 = arith.muli %v23, %size_T : i64
                %v260 = arith.addi %v258, %v259 : i64
                %v261 = arith.addi %v260, %v251 : i64
                %v262 = llvm.getelementptr %in_x[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v263 = llvm.load %v262 : !llvm.ptr -> f32
                %v264 = arith.mulf %v257, %v247 fastmath<contract> : f32
                %v265 = arith.addf %v264, %v263 fastmath<contract> : f32
                %v266 = arith.addi %v133, %v52 : i64
                %v267 = arith.minsi %v266, %v137 : i64
                %v268 = arith.addi %v67, %v267 : i64
                %v269 = arith.muli %v25, %v104 : i64
                %v270 = arith.muli %v23, %size_T : i64
                %v271 = arith.addi %v269, %v270 : i64
                %v272 = arith.addi %v271, %v268 : i64
                %v273 = llvm.getelementptr %in_a[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v274 = llvm.load %v273 : !llvm.ptr -> f32
                %v275 = arith.muli %v25, %v104 : i64
                %v276 = arith.muli %v23, %size_T : i64
                %v277 = arith.addi %v275, %v276 : i64
                %v278 = arith.addi %v277, %v268 : i64
                %v279 = llvm.getelementptr %in_x[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v280 = llvm.load %v279 : !llvm.ptr -> f32
                %v281 = arith.mulf %v274, %v265 fastmath<contract> : f32
                %v282 = arith.addf %v281, %v280 fastmath<contract> : f32
                %v283 = arith.subi %v69, %v133 : i64
                %v284 = arith.trunci %v283 : i64 to i32
                %v285 = arith.subi %size_T, %v1 : i64
                %v286 = arith.addi %v67, %v133 : i64
                %v287 = arith.subi %v285, %v286 : i64
                %v289 = arith.minsi %v287, %v288 : i64
                %v290 = arith.trunci %v289 : i64 to i32
                %v291 = arith.addi %v133, %v52 : i64
                %v293 = arith.cmpi slt, %v292, %v284 : i32
                %v294 = arith.cmpi eq, %v292, %v290 : i32
                %v295 = arith.addi %v67, %v291 : i64
                %v296 = arith.muli %v25, %v104 : i64
                %v297 = arith.muli %v23, %size_T : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = arith.addi %v298, %v295 : i64
                %v300 = llvm.getelementptr %dy_y[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v301 = llvm.load %v300 : !llvm.ptr -> f32
                %v302 = llvm.load %v31 : !llvm.ptr -> f32
                %v303 = llvm.load %v32 : !llvm.ptr -> f32
                %v304 = arith.mulf %v303, %v302 fastmath<contract> : f32
                %v305 = arith.addf %v301, %v304 fastmath<contract> : f32
                llvm.store %v305, %v31 : f32, !llvm.ptr
                scf.if %v294 {
                }
                %v306 = llvm.load %v31 : !llvm.ptr -> f32
                %v307 = arith.mulf %v265, %v306 fastmath<contract> : f32
                scf.if %v20 {
                  %v308 = arith.muli %v25, %v104 : i64
                  %v309 = arith.muli %v23, %size_T : i64
                  %v310 = arith.addi %v308, %v309 : i64
                  %v311 = arith.addi %v310, %v295 : i64
                  %v312 = llvm.getelementptr %dx_a[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v307, %v312 : f32, !llvm.ptr
                }
                scf.if %v20 {
                  %v313 = arith.muli %v25, %v104 : i64
                  %v314 = arith.muli %v23, %size_T : i64
                  %v315 = arith.addi %v313, %v314 : i64
                  %v316 = arith.addi %v315, %v295 : i64
                  %v317 = llvm.getelementptr %dx_x[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v306, %v317 : f32, !llvm.ptr
                }
                %v318 = arith.muli %v25, %v104 : i64
                %v319 = arith.muli %v23, %size_T : i64
                %v320 = arith.addi %v318, %v319 : i64
                %v321 = arith.addi %v320, %v295 : i64
                %v322 = llvm.getelementptr %in_a[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v323 = llvm.load %v322 : !llvm.ptr -> f32
                llvm.store %v323, %v32 : f32, !llvm.ptr
                %v324 = arith.addi %v133, %v248 : i64
                %v326 = arith.cmpi slt, %v325, %v284 : i32
                %v327 = arith.cmpi eq, %v325, %v290 : i32
                %v328 = arith.addi %v67, %v324 : i64
                %v329 = arith.muli %v25, %v104 : i64
                %v330 = arith.muli %v23, %size_T : i64
                %v331 = arith.addi %v329, %v330 : i64
                %v332 = arith.addi %v331, %v328 : i64
                %v333 = llvm.getelementptr %dy_y[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = llvm.load %v31 : !llvm.ptr -> f32
                %v336 = llvm.load %v32 : !llvm.ptr -> f32
                %v337 = arith.mulf %v336, %v335 fastmath<contract> : f32
                %v338 = arith.addf %v334, %v337 fastmath<contract> : f32
                llvm.store %v338, %v31 : f32, !llvm.ptr
                scf.if %v327 {
                }
                %v339 = llvm.load %v31 : !llvm.ptr -> f32
                %v340 = arith.mulf %v247, %v339 fastmath<contract> : f32
                scf.if %v20 {
                  %v341 = arith.muli %v25, %v104 : i64
                  %v342 = arith.muli %v23, %size_T : i64
                  %v343 = arith.addi %v341, %v342 : i64
                  %v344 = arith.addi %v343, %v328 : i64
                  %v345 = llvm.getelementptr %dx_a[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v340, %v345 : f32, !llvm.ptr
                }
                scf.if %v20 {
                  %v346 = arith.muli %v25, %v104 : i64
                  %v347 = arith.muli %v23, %size_T : i64
                  %v348 = arith.addi %v346, %v347 : i64
                  %v349 = arith.addi %v348, %v328 : i64
                  %v350 = llvm.getelementptr %dx_x[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v339, %v350 : f32, !llvm.ptr
                }
                %v351 = arith.muli %v25, %v104 : i64
                %v352 = arith.muli %v23, %size_T : i64
                %v353 = arith.addi %v351, %v352 : i64
                %v354 = arith.addi %v353, %v328 : i64
                %v355 = llvm.getelementptr %in_a[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v356 = llvm.load %v355 : !llvm.ptr -> f32
                llvm.store %v356, %v32 : f32, !llvm.ptr
                %v357 = arith.addi %v133, %v230 : i64
                %v359 = arith.cmpi slt, %v358, %v284 : i32
                %v360 = arith.cmpi eq, %v358, %v290 : i32
                %v361 = arith.addi %v67, %v357 : i64
                %v362 = arith.muli %v25, %v104 : i64
                %v363 = arith.muli %v23, %size_T : i64
                %v364 = arith.addi %v362, %v363 : i64
                %v365 = arith.addi %v364, %v361 : i64
                %v366 = llvm.getelementptr %dy_y[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v367 = llvm.load %v366 : !llvm.ptr -> f32
                %v368 = llvm.load %v31 : !llvm.ptr -> f32
                %v369 = llvm.load %v32 : !llvm.ptr -> f32
                %v370 = arith.mulf %v369, %v368 fastmath<contract> : f32
                %v371 = arith.addf %v367, %v370 fastmath<contract> : f32
                llvm.store %v371, %v31 : f32, !llvm.ptr
                scf.if %v360 {
                }
                %v372 = llvm.load %v31 : !llvm.ptr -> f32
                %v373 = arith.mulf %v229, %v372 fastmath<contract> : f32
                scf.if %v20 {
                  %v374 = arith.muli %v25, %v104 : i64
                  %v375 = arith.muli %v23, %size_T : i64
                  %v376 = arith.addi %v374, %v375 : i64
                  %v377 = arith.addi %v376, %v361 : i64
                  %v378 = llvm.getelementptr %dx_a[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v373, %v378 : f32, !llvm.ptr
                }
                scf.if %v20 {
                  %v379 = arith.muli %v25, %v104 : i64
                  %v380 = arith.muli %v23, %size_T : i64
                  %v381 = arith.addi %v379, %v380 : i64
                  %v382 = arith.addi %v381, %v361 : i64
                  %v383 = llvm.getelementptr %dx_x[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v372, %v383 : f32, !llvm.ptr
                }
                %v384 = arith.muli %v25, %v104 : i64
                %v385 = arith.muli %v23, %size_T : i64
                %v386 = arith.addi %v384, %v385 : i64
                %v387 = arith.addi %v386, %v361 : i64
                %v388 = llvm.getelementptr %in_a[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v389 = llvm.load %v388 : !llvm.ptr -> f32
                llvm.store %v389, %v32 : f32, !llvm.ptr
                %v390 = arith.addi %v133, %v27 : i64
                %v392 = arith.cmpi slt, %v391, %v284 : i32
                %v393 = arith.cmpi eq, %v391, %v290 : i32
                %v394 = arith.addi %v67, %v390 : i64
                %v395 = arith.muli %v25, %v104 : i64
                %v396 = arith.muli %v23, %size_T : i64
                %v397 = arith.addi %v395, %v396 : i64
                %v398 = arith.addi %v397, %v394 : i64
                %v399 = llvm.getelementptr %dy_y[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                %v401 = llvm.load %v31 : !llvm.ptr -> f32
                %v402 = llvm.load %v32 : !llvm.ptr -> f32
                %v403 = arith.mulf %v402, %v401 fastmath<contract> : f32
                %v404 = arith.addf %v400, %v403 fastmath<contract> : f32
                llvm.store %v404, %v31 : f32, !llvm.ptr
                scf.if %v393 {
                }
                %v405 = llvm.load %v31 : !llvm.ptr -> f32
                %v406 = arith.mulf %v212, %v405 fastmath<contract> : f32
                scf.if %v20 {
                  %v407 = arith.muli %v25, %v104 : i64
                  %v408 = arith.muli %v23, %size_T : i64
                  %v409 = arith.addi %v407, %v408 : i64
                  %v410 = arith.addi %v409, %v394 : i64
                  %v411 = llvm.getelementptr %dx_a[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v406, %v411 : f32, !llvm.ptr
                }
                scf.if %v20 {
                  %v412 = arith.muli %v25, %v104 : i64
                  %v413 = arith.muli %v23, %size_T : i64
                  %v414 = arith.addi %v412, %v413 : i64
                  %v415 = arith.addi %v414, %v394 : i64
                  %v416 = llvm.getelementptr %dx_x[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v405, %v416 : f32, !llvm.ptr
                }
                %v417 = arith.muli %v25, %v104 : i64
                %v418 = arith.muli %v23, %size_T : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = arith.addi %v419, %v394 : i64
                %v421 = llvm.getelementptr %in_a[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                llvm.store %v422, %v32 : f32, !llvm.ptr
                %v423 = arith.addi %v133, %v195 : i64
                %v425 = arith.cmpi slt, %v424, %v284 : i32
                %v426 = arith.cmpi eq, %v424, %v290 : i32
                %v427 = arith.addi %v67, %v423 : i64
                %v428 = arith.muli %v25, %v104 : i64
                %v429 = arith.muli %v23, %size_T : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = arith.addi %v430, %v427 : i64
                %v432 = llvm.getelementptr %dy_y[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v433 = llvm.load %v432 : !llvm.ptr -> f32
                %v434 = llvm.load %v31 : !llvm.ptr -> f32
                %v435 = llvm.load %v32 : !llvm.ptr -> f32
                %v436 = arith.mulf %v435, %v434 fastmath<contract> : f32
                %v437 = arith.addf %v433, %v436 fastmath<contract> : f32
                llvm.store %v437, %v31 : f32, !llvm.ptr
                scf.if %v426 {
                }
                %v438 = llvm.load %v31 : !llvm.ptr -> f32
                %v439 = arith.mulf %v194, %v438 fastmath<contract> : f32
                scf.if %v20 {
                  %v440 = arith.muli %v25, %v104 : i64
                  %v441 = arith.muli %v23, %size_T : i64
                  %v442 = arith.addi %v440, %v441 : i64
                  %v443 = arith.addi %v442, %v427 : i64
                  %v444 = llvm.getelementptr %dx_a[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v439, %v444 : f32, !llvm.ptr
                }
                scf.if %v20 {
                  %v445 = arith.muli %v25, %v104 : i64
                  %v446 = arith.muli %v23, %size_T : i64
                  %v447 = arith.addi %v445, %v446 : i64
                  %v448 = arith.addi %v447, %v427 : i64
                  %v449 = llvm.getelementptr %dx_x[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v438, %v449 : f32, !llvm.ptr
                }
                %v450 = arith.muli %v25, %v104 : i64
                %v451 = arith.muli %v23, %size_T : i64
                %v452 = arith.addi %v450, %v451 : i64
                %v453 = arith.addi %v452, %v427 : i64
                %v454 = llvm.getelementptr %in_a[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v455 = llvm.load %v454 : !llvm.ptr -> f32
                llvm.store %v455, %v32 : f32, !llvm.ptr
                %v456 = arith.addi %v133, %v177 : i64
                %v458 = arith.cmpi slt, %v457, %v284 : i32
                %v459 = arith.cmpi eq, %v457, %v290 : i32
                %v460 = arith.addi %v67, %v456 : i64
                %v461 = arith.muli %v25, %v104 : i64
                %v462 = arith.muli %v23, %size_T : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = arith.addi %v463, %v460 : i64
                %v465 = llvm.getelementptr %dy_y[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v466 = llvm.load %v465 : !llvm.ptr -> f32
                %v467 = llvm.load %v31 : !llvm.ptr -> f32
                %v468 = llvm.load %v32 : !llvm.ptr -> f32
                %v469 = arith.mulf %v468, %v467 fastmath<contract> : f32
                %v470 = arith.addf %v466, %v469 fastmath<contract> : f32
                llvm.store %v470, %v31 : f32, !llvm.ptr
                scf.if %v459 {
                }
                %v471 = llvm.load %v31 : !llvm.ptr -> f32
                %v472 = arith.mulf %v176, %v471 fastmath<contract> : f32
                scf.if %v20 {
                  %v473 = arith.muli %v25, %v104 : i64
                  %v474 = arith.muli %v23, %size_T : i64
                  %v475 = arith.addi %v473, %v474 : i64
                  %v476 = arith.addi %v475, %v460 : i64
                  %v477 = llvm.getelementptr %dx_a[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v472, %v477 : f32, !llvm.ptr
                }
                scf.if %v20 {
                  %v478 = arith.muli %v25, %v104 : i64
                  %v479 = arith.muli %v23, %size_T : i64
                  %v480 = arith.addi %v478, %v479 : i64
                  %v481 = arith.addi %v480, %v460 : i64
                  %v482 = llvm.getelementptr %dx_x[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v471, %v482 : f32, !llvm.ptr
                }
                %v483 = arith.muli %v25, %v104 : i64
                %v484 = arith.muli %v23, %size_T : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = arith.addi %v485, %v460 : i64
                %v487 = llvm.getelementptr %in_a[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v488 = llvm.load %v487 : !llvm.ptr -> f32
                llvm.store %v488, %v32 : f32, !llvm.ptr
                %v489 = arith.addi %v133, %v1 : i64
                %v491 = arith.cmpi slt, %v490, %v284 : i32
                %v492 = arith.cmpi eq, %v490, %v290 : i32
                %v493 = arith.addi %v67, %v489 : i64
                %v494 = arith.muli %v25, %v104 : i64
                %v495 = arith.muli %v23, %size_T : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = arith.addi %v496, %v493 : i64
                %v498 = llvm.getelementptr %dy_y[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = llvm.load %v31 : !llvm.ptr -> f32
                %v501 = llvm.load %v32 : !llvm.ptr -> f32
                %v502 = arith.mulf %v501, %v500 fastmath<contract> : f32
                %v503 = arith.addf %v499, %v502 fastmath<contract> : f32
                llvm.store %v503, %v31 : f32, !llvm.ptr
                scf.if %v492 {
                }
                %v504 = llvm.load %v31 : !llvm.ptr -> f32
                %v505 = arith.mulf %v159, %v504 fastmath<contract> : f32
                scf.if %v20 {
                  %v506 = arith.muli %v25, %v104 : i64
                  %v507 = arith.muli %v23, %size_T : i64
                  %v508 = arith.addi %v506, %v507 : i64
                  %v509 = arith.addi %v508, %v493 : i64
                  %v510 = llvm.getelementptr %dx_a[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v505, %v510 : f32, !llvm.ptr
                }
                scf.if %v20 {
                  %v511 = arith.muli %v25, %v104 : i64
                  %v512 = arith.muli %v23, %size_T : i64
                  %v513 = arith.addi %v511, %v512 : i64
                  %v514 = arith.addi %v513, %v493 : i64
                  %v515 = llvm.getelementptr %dx_x[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v504, %v515 : f32, !llvm.ptr
                }
                %v516 = arith.muli %v25, %v104 : i64
                %v517 = arith.muli %v23, %size_T : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = arith.addi %v518, %v493 : i64
                %v520 = llvm.getelementptr %in_a[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v521 = llvm.load %v520 : !llvm.ptr -> f32
                llvm.store %v521, %v32 : f32, !llvm.ptr
                %v523 = arith.cmpi slt, %v522, %v284 : i32
                %v524 = arith.cmpi eq, %v522, %v290 : i32
                %v525 = arith.addi %v67, %v133 : i64
                %v526 = arith.muli %v25, %v104 : i64
                %v527 = arith.muli %v23, %size_T : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = arith.addi %v528, %v525 : i64
                %v530 = llvm.getelementptr %dy_y[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v531 = llvm.load %v530 : !llvm.ptr -> f32
                %v532 = llvm.load %v31 : !llvm.ptr -> f32
                %v533 = llvm.load %v32 : !llvm.ptr -> f32
                %v534 = arith.mulf %v533, %v532 fastmath<contract> : f32
                %v535 = arith.addf %v531, %v534 fastmath<contract> : f32
                llvm.store %v535, %v31 : f32, !llvm.ptr
                scf.if %v524 {
                }
                %v536 = llvm.load %v31 : !llvm.ptr -> f32
                %v537 = arith.mulf %v143, %v536 fastmath<contract> : f32
                scf.if %v20 {
                  %v538 = arith.muli %v25, %v104 : i64
                  %v539 = arith.muli %v23, %size_T : i64
                  %v540 = arith.addi %v538, %v539 : i64
                  %v541 = arith.addi %v540, %v525 : i64
                  %v542 = llvm.getelementptr %dx_a[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v537, %v542 : f32, !llvm.ptr
                }
                scf.if %v20 {
                  %v543 = arith.muli %v25, %v104 : i64
                  %v544 = arith.muli %v23, %size_T : i64
                  %v545 = arith.addi %v543, %v544 : i64
                  %v546 = arith.addi %v545, %v525 : i64
                  %v547 = llvm.getelementptr %dx_x[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v536, %v547 : f32, !llvm.ptr
                }
                %v548 = arith.muli %v25, %v104 : i64
                %v549 = arith.muli %v23, %size_T : i64
                %v550 = arith.addi %v548, %v549 : i64
                %v551 = arith.addi %v550, %v525 : i64
                %v552 = llvm.getelementptr %in_a[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v553 = llvm.load %v552 : !llvm.ptr -> f32
                llvm.store %v553, %v32 : f32, !llvm.ptr
              } else {
                %v554 = arith.subi %v69, %v1 : i64
                %v555 = arith.muli %v134, %v2 : i64
                %v556 = arith.subi %v2, %v1 : i64
                %v557 = arith.minsi %v19, %v556 : i64
                %v558 = arith.addi %v555, %v557 : i64
                %v559 = llvm.getelementptr %scratch_h[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v560 = llvm.load %v559 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v561 = arith.minsi %v133, %v554 : i64
                %v562 = arith.addi %v67, %v561 : i64
                %v563 = arith.muli %v25, %v104 : i64
                %v564 = arith.muli %v23, %size_T : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = arith.addi %v565, %v562 : i64
                %v567 = llvm.getelementptr %in_a[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v568 = llvm.load %v567 : !llvm.ptr -> f32
                %v569 = arith.muli %v25, %v104 : i64
                %v570 = arith.muli %v23, %size_T : i64
                %v571 = arith.addi %v569, %v570 : i64
                %v572 = arith.addi %v571, %v562 : i64
                %v573 = llvm.getelementptr %in_x[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v574 = llvm.load %v573 : !llvm.ptr -> f32
                %v575 = arith.mulf %v568, %v560 fastmath<contract> : f32
                %v576 = arith.addf %v575, %v574 fastmath<contract> : f32
                %v577 = arith.addi %v133, %v1 : i64
                %v578 = arith.minsi %v577, %v554 : i64
                %v579 = arith.addi %v67, %v578 : i64
                %v580 = arith.muli %v25, %v104 : i64
                %v581 = arith.muli %v23, %size_T : i64
                %v582 = arith.addi %v580, %v581 : i64
                %v583 = arith.addi %v582, %v579 : i64
                %v584 = llvm.getelementptr %in_a[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v585 = llvm.load %v584 : !llvm.ptr -> f32
                %v586 = arith.muli %v25, %v104 : i64
                %v587 = arith.muli %v23, %size_T : i64
                %v588 = arith.addi %v586, %v587 : i64
                %v589 = arith.addi %v588, %v579 : i64
                %v590 = llvm.getelementptr %in_x[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v591 = llvm.load %v590 : !llvm.ptr -> f32
                %v592 = arith.mulf %v585, %v576 fastmath<contract> : f32
                %v593 = arith.addf %v592, %v591 fastmath<contract> : f32
                %v594 = arith.addi %v133, %v177 : i64
                %v595 = arith.minsi %v594, %v554 : i64
                %v596 = arith.addi %v67, %v595 : i64
                %v597 = arith.muli %v25, %v104 : i64
                %v598 = arith.muli %v23, %size_T : i64
                %v599 = arith.addi %v597, %v598 : i64
                %v600 = arith.addi %v599, %v596 : i64
                %v601 = llvm.getelementptr %in_a[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v602 = llvm.load %v601 : !llvm.ptr -> f32
                %v603 = arith.muli %v25, %v104 : i64
                %v604 = arith.muli %v23, %size_T : i64
                %v605 = arith.addi %v603, %v604 : i64
                %v606 = arith.addi %v605, %v596 : i64
                %v607 = llvm.getelementptr %in_x[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v608 = llvm.load %v607 : !llvm.ptr -> f32
                %v609 = arith.mulf %v602, %v593 fastmath<contract> : f32
                %v610 = arith.addf %v609, %v608 fastmath<contract> : f32
                %v611 = arith.addi %v133, %v195 : i64
                %v612 = arith.minsi %v611, %v554 : i64
                %v613 = arith.addi %v67, %v612 : i64
                %v614 = arith.muli %v25, %v104 : i64
                %v615 = arith.muli %v23, %size_T : i64
                %v616 = arith.addi %v614, %v615 : i64
                %v617 = arith.addi %v616, %v613 : i64
                %v618 = llvm.getelementptr %in_a[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v619 = llvm.load %v618 : !llvm.ptr -> f32
                %v620 = arith.muli %v25, %v104 : i64
                %v621 = arith.muli %v23, %size_T : i64
                %v622 = arith.addi %v620, %v621 : i64
                %v623 = arith.addi %v622, %v613 : i64
                %v624 = llvm.getelementptr %in_x[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v625 = llvm.load %v624 : !llvm.ptr -> f32
                %v626 = arith.mulf %v619, %v610 fastmath<contract> : f32
                %v627 = arith.addf %v626, %v625 fastmath<contract> : f32
                %v628 = arith.addi %v133, %v27 : i64
                %v629 = arith.minsi %v628, %v554 : i64
                %v630 = arith.addi %v67, %v629 : i64
                %v631 = arith.muli %v25, %v104 : i64
                %v632 = arith.muli %v23, %size_T : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = arith.addi %v633, %v630 : i64
                %v635 = llvm.getelementptr %in_a[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v636 = llvm.load %v635 : !llvm.ptr -> f32
                %v637 = arith.muli %v25, %v104 : i64
                %v638 = arith.muli %v23, %size_T : i64
                %v639 = arith.addi %v637, %v638 : i64
                %v640 = arith.addi %v639, %v630 : i64
                %v641 = llvm.getelementptr %in_x[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v642 = llvm.load %v641 : !llvm.ptr -> f32
                %v643 = arith.mulf %v636, %v627 fastmath<contract> : f32
                %v644 = arith.addf %v643, %v642 fastmath<contract> : f32
                %v645 = arith.addi %v133, %v230 : i64
                %v646 = arith.minsi %v645, %v554 : i64
                %v647 = arith.addi %v67, %v646 : i64
                %v648 = arith.muli %v25, %v104 : i64
                %v649 = arith.muli %v23, %size_T : i64
                %v650 = arith.addi %v648, %v649 : i64
                %v651 = arith.addi %v650, %v647 : i64
                %v652 = llvm.getelementptr %in_a[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v653 = llvm.load %v652 : !llvm.ptr -> f32
                %v654 = arith.muli %v25, %v104 : i64
                %v655 = arith.muli %v23, %size_T : i64
                %v656 = arith.addi %v654, %v655 : i64
                %v657 = arith.addi %v656, %v647 : i64
                %v658 = llvm.getelementptr %in_x[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v659 = llvm.load %v658 : !llvm.ptr -> f32
                %v660 = arith.mulf %v653, %v644 fastmath<contract> : f32
                %v661 = arith.addf %v660, %v659 fastmath<contract> : f32
                %v662 = arith.addi %v133, %v248 : i64
                %v663 = arith.minsi %v662, %v554 : i64
                %v664 = arith.addi %v67, %v663 : i64
                %v665 = arith.muli %v25, %v104 : i64
                %v666 = arith.muli %v23, %size_T : i64
                %v667 = arith.addi %v665, %v666 : i64
                %v668 = arith.addi %v667, %v664 : i64
                %v669 = llvm.getelementptr %in_a[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v670 = llvm.load %v669 : !llvm.ptr -> f32
                %v671 = arith.muli %v25, %v104 : i64
                %v672 = arith.muli %v23, %size_T : i64
                %v673 = arith.addi %v671, %v672 : i64
                %v674 = arith.addi %v673, %v664 : i64
                %v675 = llvm.getelementptr %in_x[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v676 = llvm.load %v675 : !llvm.ptr -> f32
                %v677 = arith.mulf %v670, %v661 fastmath<contract> : f32
                %v678 = arith.addf %v677, %v676 fastmath<contract> : f32
                %v679 = arith.addi %v133, %v52 : i64
                %v680 = arith.minsi %v679, %v554 : i64
                %v681 = arith.addi %v67, %v680 : i64
                %v682 = arith.muli %v25, %v104 : i64
                %v683 = arith.muli %v23, %size_T : i64
                %v684 = arith.addi %v682, %v683 : i64
                %v685 = arith.addi %v684, %v681 : i64
                %v686 = llvm.getelementptr %in_a[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v687 = llvm.load %v686 : !llvm.ptr -> f32
                %v688 = arith.muli %v25, %v104 : i64
                %v689 = arith.muli %v23, %size_T : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = arith.addi %v690, %v681 : i64
                %v692 = llvm.getelementptr %in_x[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v693 = llvm.load %v692 : !llvm.ptr -> f32
                %v694 = arith.mulf %v687, %v678 fastmath<contract> : f32
                %v695 = arith.addf %v694, %v693 fastmath<contract> : f32
                %v696 = arith.subi %v69, %v133 : i64
                %v697 = arith.trunci %v696 : i64 to i32
                %v698 = arith.subi %size_T, %v1 : i64
                %v699 = arith.addi %v67, %v133 : i64
                %v700 = arith.subi %v698, %v699 : i64
                %v701 = arith.minsi %v700, %v288 : i64
                %v702 = arith.trunci %v701 : i64 to i32
                %v703 = arith.addi %v133, %v52 : i64
                %v704 = arith.cmpi slt, %v292, %v697 : i32
                %v705 = arith.cmpi eq, %v292, %v702 : i32
                scf.if %v704 {
                  %v706 = arith.addi %v67, %v703 : i64
                  %v707 = arith.muli %v25, %v104 : i64
                  %v708 = arith.muli %v23, %size_T : i64
                  %v709 = arith.addi %v707, %v708 : i64
                  %v710 = arith.addi %v709, %v706 : i64
                  %v711 = llvm.getelementptr %dy_y[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v712 = llvm.load %v711 : !llvm.ptr -> f32
                  %v713 = llvm.load %v31 : !llvm.ptr -> f32
                  %v714 = llvm.load %v32 : !llvm.ptr -> f32
                  %v715 = arith.mulf %v714, %v713 fastmath<contract> : f32
                  %v716 = arith.addf %v712, %v715 fastmath<contract> : f32
                  llvm.store %v716, %v31 : f32, !llvm.ptr
                  scf.if %v705 {
                  }
                  %v717 = llvm.load %v31 : !llvm.ptr -> f32
                  %v718 = arith.mulf %v678, %v717 fastmath<contract> : f32
                  scf.if %v20 {
                    %v719 = arith.muli %v25, %v104 : i64
                    %v720 = arith.muli %v23, %size_T : i64
                    %v721 = arith.addi %v719, %v720 : i64
                    %v722 = arith.addi %v721, %v706 : i64
                    %v723 = llvm.getelementptr %dx_a[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v718, %v723 : f32, !llvm.ptr
                  }
                  scf.if %v20 {
                    %v724 = arith.muli %v25, %v104 : i64
                    %v725 = arith.muli %v23, %size_T : i64
                    %v726 = arith.addi %v724, %v725 : i64
                    %v727 = arith.addi %v726, %v706 : i64
                    %v728 = llvm.getelementptr %dx_x[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v717, %v728 : f32, !llvm.ptr
                  }
                  %v729 = arith.muli %v25, %v104 : i64
                  %v730 = arith.muli %v23, %size_T : i64
                  %v731 = arith.addi %v729, %v730 : i64
                  %v732 = arith.addi %v731, %v706 : i64
                  %v733 = llvm.getelementptr %in_a[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v734 = llvm.load %v733 : !llvm.ptr -> f32
                  llvm.store %v734, %v32 : f32, !llvm.ptr
                }
                %v735 = arith.addi %v133, %v248 : i64
                %v736 = arith.cmpi slt, %v325, %v697 : i32
                %v737 = arith.cmpi eq, %v325, %v702 : i32
                scf.if %v736 {
                  %v738 = arith.addi %v67, %v735 : i64
                  %v739 = arith.muli %v25, %v104 : i64
                  %v740 = arith.muli %v23, %size_T : i64
                  %v741 = arith.addi %v739, %v740 : i64
                  %v742 = arith.addi %v741, %v738 : i64
                  %v743 = llvm.getelementptr %dy_y[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v744 = llvm.load %v743 : !llvm.ptr -> f32
                  %v745 = llvm.load %v31 : !llvm.ptr -> f32
                  %v746 = llvm.load %v32 : !llvm.ptr -> f32
                  %v747 = arith.mulf %v746, %v745 fastmath<contract> : f32
                  %v748 = arith.addf %v744, %v747 fastmath<contract> : f32
                  llvm.store %v748, %v31 : f32, !llvm.ptr
                  scf.if %v737 {
                  }
                  %v749 = llvm.load %v31 : !llvm.ptr -> f32
                  %v750 = arith.mulf %v661, %v749 fastmath<contract> : f32
                  scf.if %v20 {
                    %v751 = arith.muli %v25, %v104 : i64
                    %v752 = arith.muli %v23, %size_T : i64
                    %v753 = arith.addi %v751, %v752 : i64
                    %v754 = arith.addi %v753, %v738 : i64
                    %v755 = llvm.getelementptr %dx_a[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v750, %v755 : f32, !llvm.ptr
                  }
                  scf.if %v20 {
                    %v756 = arith.muli %v25, %v104 : i64
                    %v757 = arith.muli %v23, %size_T : i64
                    %v758 = arith.addi %v756, %v757 : i64
                    %v759 = arith.addi %v758, %v738 : i64
                    %v760 = llvm.getelementptr %dx_x[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v749, %v760 : f32, !llvm.ptr
                  }
                  %v761 = arith.muli %v25, %v104 : i64
                  %v762 = arith.muli %v23, %size_T : i64
                  %v763 = arith.addi %v761, %v762 : i64
                  %v764 = arith.addi %v763, %v738 : i64
                  %v765 = llvm.getelementptr %in_a[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v766 = llvm.load %v765 : !llvm.ptr -> f32
                  llvm.store %v766, %v32 : f32, !llvm.ptr
                }
                %v767 = arith.addi %v133, %v230 : i64
                %v768 = arith.cmpi slt, %v358, %v697 : i32
                %v769 = arith.cmpi eq, %v358, %v702 : i32
                scf.if %v768 {
                  %v770 = arith.addi %v67, %v767 : i64
                  %v771 = arith.muli %v25, %v104 : i64
                  %v772 = arith.muli %v23, %size_T : i64
                  %v773 = arith.addi %v771, %v772 : i64
                  %v774 = arith.addi %v773, %v770 : i64
                  %v775 = llvm.getelementptr %dy_y[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v776 = llvm.load %v775 : !llvm.ptr -> f32
                  %v777 = llvm.load %v31 : !llvm.ptr -> f32
                  %v778 = llvm.load %v32 : !llvm.ptr -> f32
                  %v779 = arith.mulf %v778, %v777 fastmath<contract> : f32
                  %v780 = arith.addf %v776, %v779 fastmath<contract> : f32
                  llvm.store %v780, %v31 : f32, !llvm.ptr
                  scf.if %v769 {
                  }
                  %v781 = llvm.load %v31 : !llvm.ptr -> f32
                  %v782 = arith.mulf %v644, %v781 fastmath<contract> : f32
                  scf.if %v20 {
                    %v783 = arith.muli %v25, %v104 : i64
                    %v784 = arith.muli %v23, %size_T : i64
                    %v785 = arith.addi %v783, %v784 : i64
                    %v786 = arith.addi %v785, %v770 : i64
                    %v787 = llvm.getelementptr %dx_a[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v782, %v787 : f32, !llvm.ptr
                  }
                  scf.if %v20 {
                    %v788 = arith.muli %v25, %v104 : i64
                    %v789 = arith.muli %v23, %size_T : i64
                    %v790 = arith.addi %v788, %v789 : i64
                    %v791 = arith.addi %v790, %v770 : i64
                    %v792 = llvm.getelementptr %dx_x[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v781, %v792 : f32, !llvm.ptr
                  }
                  %v793 = arith.muli %v25, %v104 : i64
                  %v794 = arith.muli %v23, %size_T : i64
                  %v795 = arith.addi %v793, %v794 : i64
                  %v796 = arith.addi %v795, %v770 : i64
                  %v797 = llvm.getelementptr %in_a[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v798 = llvm.load %v797 : !llvm.ptr -> f32
                  llvm.store %v798, %v32 : f32, !llvm.ptr
                }
                %v799 = arith.addi %v133, %v27 : i64
                %v800 = arith.cmpi slt, %v391, %v697 : i32
                %v801 = arith.cmpi eq, %v391, %v702 : i32
                scf.if %v800 {
                  %v802 = arith.addi %v67, %v799 : i64
                  %v803 = arith.muli %v25, %v104 : i64
                  %v804 = arith.muli %v23, %size_T : i64
                  %v805 = arith.addi %v803, %v804 : i64
                  %v806 = arith.addi %v805, %v802 : i64
                  %v807 = llvm.getelementptr %dy_y[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v808 = llvm.load %v807 : !llvm.ptr -> f32
                  %v809 = llvm.load %v31 : !llvm.ptr -> f32
                  %v810 = llvm.load %v32 : !llvm.ptr -> f32
                  %v811 = arith.mulf %v810, %v809 fastmath<contract> : f32
                  %v812 = arith.addf %v808, %v811 fastmath<contract> : f32
                  llvm.store %v812, %v31 : f32, !llvm.ptr
                  scf.if %v801 {
                  }
                  %v813 = llvm.load %v31 : !llvm.ptr -> f32
                  %v814 = arith.mulf %v627, %v813 fastmath<contract> : f32
                  scf.if %v20 {
                    %v815 = arith.muli %v25, %v104 : i64
                    %v816 = arith.muli %v23, %size_T : i64
                    %v817 = arith.addi %v815, %v816 : i64
                    %v818 = arith.addi %v817, %v802 : i64
                    %v819 = llvm.getelementptr %dx_a[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v814, %v819 : f32, !llvm.ptr
                  }
                  scf.if %v20 {
                    %v820 = arith.muli %v25, %v104 : i64
                    %v821 = arith.muli %v23, %size_T : i64
                    %v822 = arith.addi %v820, %v821 : i64
                    %v823 = arith.addi %v822, %v802 : i64
                    %v824 = llvm.getelementptr %dx_x[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v813, %v824 : f32, !llvm.ptr
                  }
                  %v825 = arith.muli %v25, %v104 : i64
                  %v826 = arith.muli %v23, %size_T : i64
                  %v827 = arith.addi %v825, %v826 : i64
                  %v828 = arith.addi %v827, %v802 : i64
                  %v829 = llvm.getelementptr %in_a[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v830 = llvm.load %v829 : !llvm.ptr -> f32
                  llvm.store %v830, %v32 : f32, !llvm.ptr
                }
                %v831 = arith.addi %v133, %v195 : i64
                %v832 = arith.cmpi slt, %v424, %v697 : i32
                %v833 = arith.cmpi eq, %v424, %v702 : i32
                scf.if %v832 {
                  %v834 = arith.addi %v67, %v831 : i64
                  %v835 = arith.muli %v25, %v104 : i64
                  %v836 = arith.muli %v23, %size_T : i64
                  %v837 = arith.addi %v835, %v836 : i64
                  %v838 = arith.addi %v837, %v834 : i64
                  %v839 = llvm.getelementptr %dy_y[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v840 = llvm.load %v839 : !llvm.ptr -> f32
                  %v841 = llvm.load %v31 : !llvm.ptr -> f32
                  %v842 = llvm.load %v32 : !llvm.ptr -> f32
                  %v843 = arith.mulf %v842, %v841 fastmath<contract> : f32
                  %v844 = arith.addf %v840, %v843 fastmath<contract> : f32
                  llvm.store %v844, %v31 : f32, !llvm.ptr
                  scf.if %v833 {
                  }
                  %v845 = llvm.load %v31 : !llvm.ptr -> f32
                  %v846 = arith.mulf %v610, %v845 fastmath<contract> : f32
                  scf.if %v20 {
                    %v847 = arith.muli %v25, %v104 : i64
                    %v848 = arith.muli %v23, %size_T : i64
                    %v849 = arith.addi %v847, %v848 : i64
                    %v850 = arith.addi %v849, %v834 : i64
                    %v851 = llvm.getelementptr %dx_a[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v846, %v851 : f32, !llvm.ptr
                  }
                  scf.if %v20 {
                    %v852 = arith.muli %v25, %v104 : i64
                    %v853 = arith.muli %v23, %size_T : i64
                    %v854 = arith.addi %v852, %v853 : i64
                    %v855 = arith.addi %v854, %v834 : i64
                    %v856 = llvm.getelementptr %dx_x[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v845, %v856 : f32, !llvm.ptr
                  }
                  %v857 = arith.muli %v25, %v104 : i64
                  %v858 = arith.muli %v23, %size_T : i64
                  %v859 = arith.addi %v857, %v858 : i64
                  %v860 = arith.addi %v859, %v834 : i64
                  %v861 = llvm.getelementptr %in_a[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v862 = llvm.load %v861 : !llvm.ptr -> f32
                  llvm.store %v862, %v32 : f32, !llvm.ptr
                }
                %v863 = arith.addi %v133, %v177 : i64
                %v864 = arith.cmpi slt, %v457, %v697 : i32
                %v865 = arith.cmpi eq, %v457, %v702 : i32
                scf.if %v864 {
                  %v866 = arith.addi %v67, %v863 : i64
                  %v867 = arith.muli %v25, %v104 : i64
                  %v868 = arith.muli %v23, %size_T : i64
                  %v869 = arith.addi %v867, %v868 : i64
                  %v870 = arith.addi %v869, %v866 : i64
                  %v871 = llvm.getelementptr %dy_y[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v872 = llvm.load %v871 : !llvm.ptr -> f32
                  %v873 = llvm.load %v31 : !llvm.ptr -> f32
                  %v874 = llvm.load %v32 : !llvm.ptr -> f32
                  %v875 = arith.mulf %v874, %v873 fastmath<contract> : f32
                  %v876 = arith.addf %v872, %v875 fastmath<contract> : f32
                  llvm.store %v876, %v31 : f32, !llvm.ptr
                  scf.if %v865 {
                  }
                  %v877 = llvm.load %v31 : !llvm.ptr -> f32
                  %v878 = arith.mulf %v593, %v877 fastmath<contract> : f32
                  scf.if %v20 {
                    %v879 = arith.muli %v25, %v104 : i64
                    %v880 = arith.muli %v23, %size_T : i64
                    %v881 = arith.addi %v879, %v880 : i64
                    %v882 = arith.addi %v881, %v866 : i64
                    %v883 = llvm.getelementptr %dx_a[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v878, %v883 : f32, !llvm.ptr
                  }
                  scf.if %v20 {
                    %v884 = arith.muli %v25, %v104 : i64
                    %v885 = arith.muli %v23, %size_T : i64
                    %v886 = arith.addi %v884, %v885 : i64
                    %v887 = arith.addi %v886, %v866 : i64
                    %v888 = llvm.getelementptr %dx_x[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v877, %v888 : f32, !llvm.ptr
                  }
                  %v889 = arith.muli %v25, %v104 : i64
                  %v890 = arith.muli %v23, %size_T : i64
                  %v891 = arith.addi %v889, %v890 : i64
                  %v892 = arith.addi %v891, %v866 : i64
                  %v893 = llvm.getelementptr %in_a[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v894 = llvm.load %v893 : !llvm.ptr -> f32
                  llvm.store %v894, %v32 : f32, !llvm.ptr
                }
                %v895 = arith.addi %v133, %v1 : i64
                %v896 = arith.cmpi slt, %v490, %v697 : i32
                %v897 = arith.cmpi eq, %v490, %v702 : i32
                scf.if %v896 {
                  %v898 = arith.addi %v67, %v895 : i64
                  %v899 = arith.muli %v25, %v104 : i64
                  %v900 = arith.muli %v23, %size_T : i64
                  %v901 = arith.addi %v899, %v900 : i64
                  %v902 = arith.addi %v901, %v898 : i64
                  %v903 = llvm.getelementptr %dy_y[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v904 = llvm.load %v903 : !llvm.ptr -> f32
                  %v905 = llvm.load %v31 : !llvm.ptr -> f32
                  %v906 = llvm.load %v32 : !llvm.ptr -> f32
                  %v907 = arith.mulf %v906, %v905 fastmath<contract> : f32
                  %v908 = arith.addf %v904, %v907 fastmath<contract> : f32
                  llvm.store %v908, %v31 : f32, !llvm.ptr
                  scf.if %v897 {
                  }
                  %v909 = llvm.load %v31 : !llvm.ptr -> f32
                  %v910 = arith.mulf %v576, %v909 fastmath<contract> : f32
                  scf.if %v20 {
                    %v911 = arith.muli %v25, %v104 : i64
                    %v912 = arith.muli %v23, %size_T : i64
                    %v913 = arith.addi %v911, %v912 : i64
                    %v914 = arith.addi %v913, %v898 : i64
                    %v915 = llvm.getelementptr %dx_a[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v910, %v915 : f32, !llvm.ptr
                  }
                  scf.if %v20 {
                    %v916 = arith.muli %v25, %v104 : i64
                    %v917 = arith.muli %v23, %size_T : i64
                    %v918 = arith.addi %v916, %v917 : i64
                    %v919 = arith.addi %v918, %v898 : i64
                    %v920 = llvm.getelementptr %dx_x[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v909, %v920 : f32, !llvm.ptr
                  }
                  %v921 = arith.muli %v25, %v104 : i64
                  %v922 = arith.muli %v23, %size_T : i64
                  %v923 = arith.addi %v921, %v922 : i64
                  %v924 = arith.addi %v923, %v898 : i64
                  %v925 = llvm.getelementptr %in_a[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v926 = llvm.load %v925 : !llvm.ptr -> f32
                  llvm.store %v926, %v32 : f32, !llvm.ptr
                }
                %v927 = arith.cmpi slt, %v522, %v697 : i32
                %v928 = arith.cmpi eq, %v522, %v702 : i32
                scf.if %v927 {
                  %v929 = arith.addi %v67, %v133 : i64
                  %v930 = arith.muli %v25, %v104 : i64
                  %v931 = arith.muli %v23, %size_T : i64
                  %v932 = arith.addi %v930, %v931 : i64
                  %v933 = arith.addi %v932, %v929 : i64
                  %v934 = llvm.getelementptr %dy_y[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v935 = llvm.load %v934 : !llvm.ptr -> f32
                  %v936 = llvm.load %v31 : !llvm.ptr -> f32
                  %v937 = llvm.load %v32 : !llvm.ptr -> f32
                  %v938 = arith.mulf %v937, %v936 fastmath<contract> : f32
                  %v939 = arith.addf %v935, %v938 fastmath<contract> : f32
                  llvm.store %v939, %v31 : f32, !llvm.ptr
                  scf.if %v928 {
                  }
                  %v940 = llvm.load %v31 : !llvm.ptr -> f32
                  %v941 = arith.mulf %v560, %v940 fastmath<contract> : f32
                  scf.if %v20 {
                    %v942 = arith.muli %v25, %v104 : i64
                    %v943 = arith.muli %v23, %size_T : i64
                    %v944 = arith.addi %v942, %v943 : i64
                    %v945 = arith.addi %v944, %v929 : i64
                    %v946 = llvm.getelementptr %dx_a[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v941, %v946 : f32, !llvm.ptr
                  }
                  scf.if %v20 {
                    %v947 = arith.muli %v25, %v104 : i64
                    %v948 = arith.muli %v23, %size_T : i64
                    %v949 = arith.addi %v947, %v948 : i64
                    %v950 = arith.addi %v949, %v929 : i64
                    %v951 = llvm.getelementptr %dx_x[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v940, %v951 : f32, !llvm.ptr
                  }
                  %v952 = arith.muli %v25, %v104 : i64
                  %v953 = arith.muli %v23, %size_T : i64
                  %v954 = arith.addi %v952, %v953 : i64
                  %v955 = arith.addi %v954, %v929 : i64
                  %v956 = llvm.getelementptr %in_a[%v955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v957 = llvm.load %v956 : !llvm.ptr -> f32
                  llvm.store %v957, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      %v958 = arith.cmpi eq, %v16, %v35 : i64
      scf.if %v958 {
      }
      gpu.return
    }
  }
}
