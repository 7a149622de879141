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
      %v80 = arith.muli %v1, %size_T : i64
      %v81 = arith.muli %v80, %size_C : i64
      %v160 = arith.constant 2 : i64
      %v180 = arith.constant 3 : i64
      %v200 = arith.constant 4 : i64
      %v220 = arith.constant 5 : i64
      %v240 = arith.constant 6 : i64
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
        %v45 = arith.subi %v44, %v1 : i64
        %v46 = arith.addi %v44, %v29 : i64
        %v47 = arith.divui %v46, %v28 : i64
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
        %v59 = arith.index_cast %v47 : i64 to index
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
          %v72 = arith.index_cast %v25 : i64 to index
          %v73 = arith.index_cast %v28 : i64 to index
          %v74 = arith.index_cast %v1 : i64 to index
          scf.for %v75 = %v72 to %v73 step %v74 {
            %v76 = arith.index_cast %v75 : index to i64
            %v77 = arith.addi %v71, %v76 : i64
            %v78 = arith.cmpi slt, %v77, %v44 : i64
            scf.if %v78 {
              %v79 = arith.addi %v42, %v77 : i64
              %v82 = arith.muli %v19, %v81 : i64
              %v83 = arith.muli %v17, %v80 : i64
              %v84 = arith.addi %v82, %v83 : i64
              %v85 = arith.muli %v79, %v1 : i64
              %v86 = arith.addi %v84, %v85 : i64
              %v87 = llvm.getelementptr %in_a[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v88 = llvm.load %v87 : !llvm.ptr -> f32
              %v89 = arith.muli %v19, %v81 : i64
              %v90 = arith.muli %v17, %v80 : i64
              %v91 = arith.addi %v89, %v90 : i64
              %v92 = arith.muli %v79, %v1 : i64
              %v93 = arith.addi %v91, %v92 : i64
              %v94 = llvm.getelementptr %in_x[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v95 = llvm.load %v94 : !llvm.ptr -> f32
              %v96 = llvm.load %v5 : !llvm.ptr -> f32
              %v97 = arith.mulf %v88, %v96 fastmath<contract> : f32
              %v98 = arith.addf %v97, %v95 fastmath<contract> : f32
              llvm.store %v98, %v5 : f32, !llvm.ptr
            }
          }
        }
        %v99 = arith.index_cast %v25 : i64 to index
        %v100 = arith.index_cast %v1 : i64 to index
        %v101 = arith.index_cast %v1 : i64 to index
        scf.for %v102 = %v99 to %v100 step %v101 {
          %v103 = arith.index_cast %v102 : index to i64
          %v104 = arith.index_cast %v25 : i64 to index
          %v105 = arith.index_cast %v47 : i64 to index
          %v106 = arith.index_cast %v1 : i64 to index
          scf.for %v107 = %v104 to %v105 step %v106 {
            %v108 = arith.index_cast %v107 : index to i64
            %v109 = arith.cmpi slt, %v108, %v47 : i64
            scf.if %v109 {
              %v110 = arith.subi %v47, %v1 : i64
              %v111 = arith.subi %v110, %v108 : i64
              %v112 = arith.muli %v111, %v28 : i64
              %v113 = arith.subi %v44, %v1 : i64
              %v114 = arith.muli %v111, %v3 : i64
              %v115 = arith.subi %v3, %v1 : i64
              %v116 = arith.minsi %v13, %v115 : i64
              %v117 = arith.addi %v114, %v116 : i64
              %v118 = arith.muli %v117, %v1 : i64
              %v119 = arith.addi %v118, %v25 : i64
              %v120 = llvm.getelementptr %scratch_h[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v121 = llvm.load %v120 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v122 = arith.addi %v112, %v25 : i64
              %v123 = arith.minsi %v122, %v113 : i64
              %v124 = arith.addi %v42, %v123 : i64
              %v125 = arith.muli %v19, %v81 : i64
              %v126 = arith.muli %v17, %v80 : i64
              %v127 = arith.addi %v125, %v126 : i64
              %v128 = arith.muli %v124, %v1 : i64
              %v129 = arith.addi %v127, %v128 : i64
              %v130 = llvm.getelementptr %in_a[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v131 = llvm.load %v130 : !llvm.ptr -> f32
              %v132 = arith.muli %v19, %v81 : i64
              %v133 = arith.muli %v17, %v80 : i64
              %v134 = arith.addi %v132, %v133 : i64
              %v135 = arith.muli %v124, %v1 : i64
              %v136 = arith.addi %v134, %v135 : i64
              %v137 = llvm.getelementptr %in_x[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v138 = llvm.load %v137 : !llvm.ptr -> f32
              %v139 = arith.mulf %v131, %v121 fastmath<contract> : f32
              %v140 = arith.addf %v139, %v138 fastmath<contract> : f32
              %v141 = arith.addi %v112, %v1 : i64
              %v142 = arith.minsi %v141, %v113 : i64
              %v143 = arith.addi %v42, %v142 : i64
              %v144 = arith.muli %v19, %v81 : i64
              %v145 = arith.muli %v17, %v80 : i64
              %v146 = arith.addi %v144, %v145 : i64
              %v147 = arith.muli %v143, %v1 : i64
              %v148 = arith.addi %v146, %v147 : i64
              %v149 = llvm.getelementptr %in_a[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v150 = llvm.load %v149 : !llvm.ptr -> f32
              %v151 = arith.muli %v19, %v81 : i64
              %v152 = arith.muli %v17, %v80 : i64
              %v153 = arith.addi %v151, %v152 : i64
              %v154 = arith.muli %v143, %v1 : i64
              %v155 = arith.addi %v153, %v154 : i64
              %v156 = llvm.getelementptr %in_x[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v157 = llvm.load %v156 : !llvm.ptr -> f32
              %v158 = arith.mulf %v150, %v140 fastmath<contract> : f32
              %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
              %v161 = arith.addi %v112, %v160 : i64
              %v162 = arith.minsi %v161, %v113 : i64
              %v163 = arith.addi %v42, %v162 : i64
              %v164 = arith.muli %v19, %v81 : i64
              %v165 = arith.muli %v17, %v80 : i64
              %v166 = arith.addi %v164, %v165 : i64
              %v167 = arith.muli %v163, %v1 : i64
              %v168 = arith.addi %v166, %v167 : i64
              %v169 = llvm.getelementptr %in_a[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v170 = llvm.load %v169 : !llvm.ptr -> f32
              %v171 = arith.muli %v19, %v81 : i64
              %v172 = arith.muli %v17, %v80 : i64
              %v173 = arith.addi %v171, %v172 : i64
              %v174 = arith.muli %v163, %v1 : i64
              %v175 = arith.addi %v173, %v174 : i64
              %v176 = llvm.getelementptr %in_x[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v177 = llvm.load %v176 : !llvm.ptr -> f32
              %v178 = arith.mulf %v170, %v159 fastmath<contract> : f32
              %v179 = arith.addf %v178, %v177 fastmath<contract> : f32
              %v181 = arith.addi %v112, %v180 : i64
              %v182 = arith.minsi %v181, %v113 : i64
              %v183 = arith.addi %v42, %v182 : i64
              %v184 = arith.muli %v19, %v81 : i64
              %v185 = arith.muli %v17, %v80 : i64
              %v186 = arith.addi %v184, %v185 : i64
              %v187 = arith.muli %v183, %v1 : i64
              %v188 = arith.addi %v186, %v187 : i64
              %v189 = llvm.getelementptr %in_a[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v190 = llvm.load %v189 : !llvm.ptr -> f32
              %v191 = arith.muli %v19, %v81 : i64
              %v192 = arith.muli %v17, %v80 : i64
              %v193 = arith.addi %v191, %v192 : i64
              %v194 = arith.muli %v183, %v1 : i64
              %v195 = arith.addi %v193, %v194 : i64
              %v196 = llvm.getelementptr %in_x[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v197 = llvm.load %v196 : !llvm.ptr -> f32
              %v198 = arith.mulf %v190, %v179 fastmath<contract> : f32
              %v199 = arith.addf %v198, %v197 fastmath<contract> : f32
              %v201 = arith.addi %v112, %v200 : i64
              %v202 = arith.minsi %v201, %v113 : i64
              %v203 = arith.addi %v42, %v202 : i64
              %v204 = arith.muli %v19, %v81 : i64
              %v205 = arith.muli %v17, %v80 : i64
              %v206 = arith.addi %v204, %v205 : i64
              %v207 = arith.muli %v203, %v1 : i64
              %v208 = arith.addi %v206, %v207 : i64
              %v209 = llvm.getelementptr %in_a[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v210 = llvm.load %v209 : !llvm.ptr -> f32
              %v211 = arith.muli %v19, %v81 : i64
              %v212 = arith.muli %v17, %v80 : i64
              %v213 = arith.addi %v211, %v212 : i64
              %v214 = arith.muli %v203, %v1 : i64
              %v215 = arith.addi %v213, %v214 : i64
              %v216 = llvm.getelementptr %in_x[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v217 = llvm.load %v216 : !llvm.ptr -> f32
              %v218 = arith.mulf %v210, %v199 fastmath<contract> : f32
              %v219 = arith.addf %v218, %v217 fastmath<contract> : f32
              %v221 = arith.addi %v112, %v220 : i64
              %v222 = arith.minsi %v221, %v113 : i64
              %v223 = arith.addi %v42, %v222 : i64
              %v224 = arith.muli %v19, %v81 : i64
              %v225 = arith.muli %v17, %v80 : i64
              %v226 = arith.addi %v224, %v225 : i64
              %v227 = arith.muli %v223, %v1 : i64
              %v228 = arith.addi %v226, %v227 : i64
              %v229 = llvm.getelementptr %in_a[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v230 = llvm.load %v229 : !llvm.ptr -> f32
              %v231 = arith.muli %v19, %v81 : i64
              %v232 = arith.muli %v17, %v80 : i64
              %v233 = arith.addi %v231, %v232 : i64
              %v234 = arith.muli %v223, %v1 : i64
              %v235 = arith.addi %v233, %v234 : i64
              %v236 = llvm.getelementptr %in_x[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v237 = llvm.load %v236 : !llvm.ptr -> f32
              %v238 = arith.mulf %v230, %v219 fastmath<contract> : f32
              %v239 = arith.addf %v238, %v237 fastmath<contract> : f32
              %v241 = arith.addi %v112, %v240 : i64
              %v242 = arith.minsi %v241, %v113 : i64
              %v243 = arith.addi %v42, %v242 : i64
              %v244 = arith.muli %v19, %v81 : i64
              %v245 = arith.muli %v17, %v80 : i64
              %v246 = arith.addi %v244, %v245 : i64
              %v247 = arith.muli %v243, %v1 : i64
              %v248 = arith.addi %v246, %v247 : i64
              %v249 = llvm.getelementptr %in_a[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v250 = llvm.load %v249 : !llvm.ptr -> f32
              %v251 = arith.muli %v19, %v81 : i64
              %v252 = arith.muli %v17, %v80 : i64
              %v253 = arith.addi %v251, %v252 : i64
              %v254 = arith.muli %v243, %v1 : i64
              %v255 = arith.addi %v253, %v254 : i64
              %v256 = llvm.getelementptr %in_x[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v257 = llvm.load %v256 : !llvm.ptr -> f32
              %v258 = arith.mulf %v250, %v239 fastmath<contract> : f32
              %v259 = arith.addf %v258, %v257 fastmath<contract> : f32
              %v260 = arith.addi %v112, %v29 : i64
              %v261 = arith.minsi %v260, %v113 : i64
              %v262 = arith.addi %v42, %v261 : i64
              %v263 = arith.muli %v19, %v81 : i64
              %v264 = arith.muli %v17, %v80 : i64
              %v265 = arith.addi %v263, %v264 : i64
              %v266 = arith.muli %v262, %v1 : i64
              %v267 = arith.addi %v265, %v266 : i64
              %v268 = llvm.getelementptr %in_a[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v269 = llvm.load %v268 : !llvm.ptr -> f32
              %v270 = arith.muli %v19, %v81 : i64
              %v271 = arith.muli %v17, %v80 : i64
              %v272 = arith.addi %v270, %v271 : i64
              %v273 = arith.muli %v262, %v1 : i64
              %v274 = arith.addi %v272, %v273 : i64
              %v275 = llvm.getelementptr %in_x[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v276 = llvm.load %v275 : !llvm.ptr -> f32
              %v277 = arith.mulf %v269, %v259 fastmath<contract> : f32
              %v278 = arith.addf %v277, %v276 fastmath<contract> : f32
              %v279 = arith.addi %v112, %v29 : i64
              %v280 = arith.cmpi slt, %v279, %v44 : i64
              scf.if %v280 {
                %v281 = arith.addi %v42, %v279 : i64
                %v282 = arith.muli %v19, %v81 : i64
                %v283 = arith.muli %v17, %v80 : i64
                %v284 = arith.addi %v282, %v283 : i64
                %v285 = arith.muli %v281, %v1 : i64
                %v286 = arith.addi %v284, %v285 : i64
                %v287 = llvm.getelementptr %dy_y[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v288 = llvm.load %v287 : !llvm.ptr -> f32
                %v289 = llvm.load %v21 : !llvm.ptr -> f32
                %v290 = llvm.load %v22 : !llvm.ptr -> f32
                %v291 = arith.mulf %v290, %v289 fastmath<contract> : f32
                %v292 = arith.addf %v288, %v291 fastmath<contract> : f32
                llvm.store %v292, %v21 : f32, !llvm.ptr
                %v293 = arith.subi %size_T, %v1 : i64
                %v294 = arith.cmpi eq, %v281, %v293 : i64
                scf.if %v294 {
                }
                %v295 = llvm.load %v21 : !llvm.ptr -> f32
                %v296 = arith.mulf %v259, %v295 fastmath<contract> : f32
                scf.if %v14 {
                  %v297 = arith.muli %v19, %v81 : i64
                  %v298 = arith.muli %v17, %v80 : i64
                  %v299 = arith.addi %v297, %v298 : i64
                  %v300 = arith.muli %v281, %v1 : i64
                  %v301 = arith.addi %v299, %v300 : i64
                  %v302 = llvm.getelementptr %dx_a[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v296, %v302 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v303 = arith.muli %v19, %v81 : i64
                  %v304 = arith.muli %v17, %v80 : i64
                  %v305 = arith.addi %v303, %v304 : i64
                  %v306 = arith.muli %v281, %v1 : i64
                  %v307 = arith.addi %v305, %v306 : i64
                  %v308 = llvm.getelementptr %dx_x[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v295, %v308 : f32, !llvm.ptr
                }
                %v309 = arith.muli %v19, %v81 : i64
                %v310 = arith.muli %v17, %v80 : i64
                %v311 = arith.addi %v309, %v310 : i64
                %v312 = arith.muli %v281, %v1 : i64
                %v313 = arith.addi %v311, %v312 : i64
                %v314 = llvm.getelementptr %in_a[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v315 = llvm.load %v314 : !llvm.ptr -> f32
                llvm.store %v315, %v22 : f32, !llvm.ptr
              }
              %v316 = arith.addi %v112, %v240 : i64
              %v317 = arith.cmpi slt, %v316, %v44 : i64
              scf.if %v317 {
                %v318 = arith.addi %v42, %v316 : i64
                %v319 = arith.muli %v19, %v81 : i64
                %v320 = arith.muli %v17, %v80 : i64
                %v321 = arith.addi %v319, %v320 : i64
                %v322 = arith.muli %v318, %v1 : i64
                %v323 = arith.addi %v321, %v322 : i64
                %v324 = llvm.getelementptr %dy_y[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v325 = llvm.load %v324 : !llvm.ptr -> f32
                %v326 = llvm.load %v21 : !llvm.ptr -> f32
                %v327 = llvm.load %v22 : !llvm.ptr -> f32
                %v328 = arith.mulf %v327, %v326 fastmath<contract> : f32
                %v329 = arith.addf %v325, %v328 fastmath<contract> : f32
                llvm.store %v329, %v21 : f32, !llvm.ptr
                %v330 = arith.subi %size_T, %v1 : i64
                %v331 = arith.cmpi eq, %v318, %v330 : i64
                scf.if %v331 {
                }
                %v332 = llvm.load %v21 : !llvm.ptr -> f32
                %v333 = arith.mulf %v239, %v332 fastmath<contract> : f32
                scf.if %v14 {
                  %v334 = arith.muli %v19, %v81 : i64
                  %v335 = arith.muli %v17, %v80 : i64
                  %v336 = arith.addi %v334, %v335 : i64
                  %v337 = arith.muli %v318, %v1 : i64
                  %v338 = arith.addi %v336, %v337 : i64
                  %v339 = llvm.getelementptr %dx_a[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v333, %v339 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v340 = arith.muli %v19, %v81 : i64
                  %v341 = arith.muli %v17, %v80 : i64
                  %v342 = arith.addi %v340, %v341 : i64
                  %v343 = arith.muli %v318, %v1 : i64
                  %v344 = arith.addi %v342, %v343 : i64
                  %v345 = llvm.getelementptr %dx_x[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v332, %v345 : f32, !llvm.ptr
                }
                %v346 = arith.muli %v19, %v81 : i64
                %v347 = arith.muli %v17, %v80 : i64
                %v348 = arith.addi %v346, %v347 : i64
                %v349 = arith.muli %v318, %v1 : i64
                %v350 = arith.addi %v348, %v349 : i64
                %v351 = llvm.getelementptr %in_a[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v352 = llvm.load %v351 : !llvm.ptr -> f32
                llvm.store %v352, %v22 : f32, !llvm.ptr
              }
              %v353 = arith.addi %v112, %v220 : i64
              %v354 = arith.cmpi slt, %v353, %v44 : i64
              scf.if %v354 {
                %v355 = arith.addi %v42, %v353 : i64
                %v356 = arith.muli %v19, %v81 : i64
                %v357 = arith.muli %v17, %v80 : i64
                %v358 = arith.addi %v356, %v357 : i64
                %v359 = arith.muli %v355, %v1 : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = llvm.getelementptr %dy_y[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v362 = llvm.load %v361 : !llvm.ptr -> f32
                %v363 = llvm.load %v21 : !llvm.ptr -> f32
                %v364 = llvm.load %v22 : !llvm.ptr -> f32
                %v365 = arith.mulf %v364, %v363 fastmath<contract> : f32
                %v366 = arith.addf %v362, %v365 fastmath<contract> : f32
                llvm.store %v366, %v21 : f32, !llvm.ptr
                %v367 = arith.subi %size_T, %v1 : i64
                %v368 = arith.cmpi eq, %v355, %v367 : i64
                scf.if %v368 {
                }
                %v369 = llvm.load %v21 : !llvm.ptr -> f32
                %v370 = arith.mulf %v219, %v369 fastmath<contract> : f32
                scf.if %v14 {
                  %v371 = arith.muli %v19, %v81 : i64
                  %v372 = arith.muli %v17, %v80 : i64
                  %v373 = arith.addi %v371, %v372 : i64
                  %v374 = arith.muli %v355, %v1 : i64
                  %v375 = arith.addi %v373, %v374 : i64
                  %v376 = llvm.getelementptr %dx_a[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v370, %v376 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v377 = arith.muli %v19, %v81 : i64
                  %v378 = arith.muli %v17, %v80 : i64
                  %v379 = arith.addi %v377, %v378 : i64
                  %v380 = arith.muli %v355, %v1 : i64
                  %v381 = arith.addi %v379, %v380 : i64
                  %v382 = llvm.getelementptr %dx_x[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v369, %v382 : f32, !llvm.ptr
                }
                %v383 = arith.muli %v19, %v81 : i64
                %v384 = arith.muli %v17, %v80 : i64
                %v385 = arith.addi %v383, %v384 : i64
                %v386 = arith.muli %v355, %v1 : i64
                %v387 = arith.addi %v385, %v386 : i64
                %v388 = llvm.getelementptr %in_a[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v389 = llvm.load %v388 : !llvm.ptr -> f32
                llvm.store %v389, %v22 : f32, !llvm.ptr
              }
              %v390 = arith.addi %v112, %v200 : i64
              %v391 = arith.cmpi slt, %v390, %v44 : i64
              scf.if %v391 {
                %v392 = arith.addi %v42, %v390 : i64
                %v393 = arith.muli %v19, %v81 : i64
                %v394 = arith.muli %v17, %v80 : i64
                %v395 = arith.addi %v393, %v394 : i64
                %v396 = arith.muli %v392, %v1 : i64
                %v397 = arith.addi %v395, %v396 : i64
                %v398 = llvm.getelementptr %dy_y[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v399 = llvm.load %v398 : !llvm.ptr -> f32
                %v400 = llvm.load %v21 : !llvm.ptr -> f32
                %v401 = llvm.load %v22 : !llvm.ptr -> f32
                %v402 = arith.mulf %v401, %v400 fastmath<contract> : f32
                %v403 = arith.addf %v399, %v402 fastmath<contract> : f32
                llvm.store %v403, %v21 : f32, !llvm.ptr
                %v404 = arith.subi %size_T, %v1 : i64
                %v405 = arith.cmpi eq, %v392, %v404 : i64
                scf.if %v405 {
                }
                %v406 = llvm.load %v21 : !llvm.ptr -> f32
                %v407 = arith.mulf %v199, %v406 fastmath<contract> : f32
                scf.if %v14 {
                  %v408 = arith.muli %v19, %v81 : i64
                  %v409 = arith.muli %v17, %v80 : i64
                  %v410 = arith.addi %v408, %v409 : i64
                  %v411 = arith.muli %v392, %v1 : i64
                  %v412 = arith.addi %v410, %v411 : i64
                  %v413 = llvm.getelementptr %dx_a[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v407, %v413 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v414 = arith.muli %v19, %v81 : i64
                  %v415 = arith.muli %v17, %v80 : i64
                  %v416 = arith.addi %v414, %v415 : i64
                  %v417 = arith.muli %v392, %v1 : i64
                  %v418 = arith.addi %v416, %v417 : i64
                  %v419 = llvm.getelementptr %dx_x[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v406, %v419 : f32, !llvm.ptr
                }
                %v420 = arith.muli %v19, %v81 : i64
                %v421 = arith.muli %v17, %v80 : i64
                %v422 = arith.addi %v420, %v421 : i64
                %v423 = arith.muli %v392, %v1 : i64
                %v424 = arith.addi %v422, %v423 : i64
                %v425 = llvm.getelementptr %in_a[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v426 = llvm.load %v425 : !llvm.ptr -> f32
                llvm.store %v426, %v22 : f32, !llvm.ptr
              }
              %v427 = arith.addi %v112, %v180 : i64
              %v428 = arith.cmpi slt, %v427, %v44 : i64
              scf.if %v428 {
                %v429 = arith.addi %v42, %v427 : i64
                %v430 = arith.muli %v19, %v81 : i64
                %v431 = arith.muli %v17, %v80 : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = arith.muli %v429, %v1 : i64
                %v434 = arith.addi %v432, %v433 : i64
                %v435 = llvm.getelementptr %dy_y[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v436 = llvm.load %v435 : !llvm.ptr -> f32
                %v437 = llvm.load %v21 : !llvm.ptr -> f32
                %v438 = llvm.load %v22 : !llvm.ptr -> f32
                %v439 = arith.mulf %v438, %v437 fastmath<contract> : f32
                %v440 = arith.addf %v436, %v439 fastmath<contract> : f32
                llvm.store %v440, %v21 : f32, !llvm.ptr
                %v441 = arith.subi %size_T, %v1 : i64
                %v442 = arith.cmpi eq, %v429, %v441 : i64
                scf.if %v442 {
                }
                %v443 = llvm.load %v21 : !llvm.ptr -> f32
                %v444 = arith.mulf %v179, %v443 fastmath<contract> : f32
                scf.if %v14 {
                  %v445 = arith.muli %v19, %v81 : i64
                  %v446 = arith.muli %v17, %v80 : i64
                  %v447 = arith.addi %v445, %v446 : i64
                  %v448 = arith.muli %v429, %v1 : i64
                  %v449 = arith.addi %v447, %v448 : i64
                  %v450 = llvm.getelementptr %dx_a[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v444, %v450 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v451 = arith.muli %v19, %v81 : i64
                  %v452 = arith.muli %v17, %v80 : i64
                  %v453 = arith.addi %v451, %v452 : i64
                  %v454 = arith.muli %v429, %v1 : i64
                  %v455 = arith.addi %v453, %v454 : i64
                  %v456 = llvm.getelementptr %dx_x[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v443, %v456 : f32, !llvm.ptr
                }
                %v457 = arith.muli %v19, %v81 : i64
                %v458 = arith.muli %v17, %v80 : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = arith.muli %v429, %v1 : i64
                %v461 = arith.addi %v459, %v460 : i64
                %v462 = llvm.getelementptr %in_a[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v463 = llvm.load %v462 : !llvm.ptr -> f32
                llvm.store %v463, %v22 : f32, !llvm.ptr
              }
              %v464 = arith.addi %v112, %v160 : i64
              %v465 = arith.cmpi slt, %v464, %v44 : i64
              scf.if %v465 {
                %v466 = arith.addi %v42, %v464 : i64
                %v467 = arith.muli %v19, %v81 : i64
                %v468 = arith.muli %v17, %v80 : i64
                %v469 = arith.addi %v467, %v468 : i64
                %v470 = arith.muli %v466, %v1 : i64
                %v471 = arith.addi %v469, %v470 : i64
                %v472 = llvm.getelementptr %dy_y[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v473 = llvm.load %v472 : !llvm.ptr -> f32
                %v474 = llvm.load %v21 : !llvm.ptr -> f32
                %v475 = llvm.load %v22 : !llvm.ptr -> f32
                %v476 = arith.mulf %v475, %v474 fastmath<contract> : f32
                %v477 = arith.addf %v473, %v476 fastmath<contract> : f32
                llvm.store %v477, %v21 : f32, !llvm.ptr
                %v478 = arith.subi %size_T, %v1 : i64
                %v479 = arith.cmpi eq, %v466, %v478 : i64
                scf.if %v479 {
                }
                %v480 = llvm.load %v21 : !llvm.ptr -> f32
                %v481 = arith.mulf %v159, %v480 fastmath<contract> : f32
                scf.if %v14 {
                  %v482 = arith.muli %v19, %v81 : i64
                  %v483 = arith.muli %v17, %v80 : i64
                  %v484 = arith.addi %v482, %v483 : i64
                  %v485 = arith.muli %v466, %v1 : i64
                  %v486 = arith.addi %v484, %v485 : i64
                  %v487 = llvm.getelementptr %dx_a[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v481, %v487 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v488 = arith.muli %v19, %v81 : i64
                  %v489 = arith.muli %v17, %v80 : i64
                  %v490 = arith.addi %v488, %v489 : i64
                  %v491 = arith.muli %v466, %v1 : i64
                  %v492 = arith.addi %v490, %v491 : i64
                  %v493 = llvm.getelementptr %dx_x[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v480, %v493 : f32, !llvm.ptr
                }
                %v494 = arith.muli %v19, %v81 : i64
                %v495 = arith.muli %v17, %v80 : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = arith.muli %v466, %v1 : i64
                %v498 = arith.addi %v496, %v497 : i64
                %v499 = llvm.getelementptr %in_a[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v500 = llvm.load %v499 : !llvm.ptr -> f32
                llvm.store %v500, %v22 : f32, !llvm.ptr
              }
              %v501 = arith.addi %v112, %v1 : i64
              %v502 = arith.cmpi slt, %v501, %v44 : i64
              scf.if %v502 {
                %v503 = arith.addi %v42, %v501 : i64
                %v504 = arith.muli %v19, %v81 : i64
                %v505 = arith.muli %v17, %v80 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = arith.muli %v503, %v1 : i64
                %v508 = arith.addi %v506, %v507 : i64
                %v509 = llvm.getelementptr %dy_y[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v510 = llvm.load %v509 : !llvm.ptr -> f32
                %v511 = llvm.load %v21 : !llvm.ptr -> f32
                %v512 = llvm.load %v22 : !llvm.ptr -> f32
                %v513 = arith.mulf %v512, %v511 fastmath<contract> : f32
                %v514 = arith.addf %v510, %v513 fastmath<contract> : f32
                llvm.store %v514, %v21 : f32, !llvm.ptr
                %v515 = arith.subi %size_T, %v1 : i64
                %v516 = arith.cmpi eq, %v503, %v515 : i64
                scf.if %v516 {
                }
                %v517 = llvm.load %v21 : !llvm.ptr -> f32
                %v518 = arith.mulf %v140, %v517 fastmath<contract> : f32
                scf.if %v14 {
                  %v519 = arith.muli %v19, %v81 : i64
                  %v520 = arith.muli %v17, %v80 : i64
                  %v521 = arith.addi %v519, %v520 : i64
                  %v522 = arith.muli %v503, %v1 : i64
                  %v523 = arith.addi %v521, %v522 : i64
                  %v524 = llvm.getelementptr %dx_a[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v518, %v524 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v525 = arith.muli %v19, %v81 : i64
                  %v526 = arith.muli %v17, %v80 : i64
                  %v527 = arith.addi %v525, %v526 : i64
                  %v528 = arith.muli %v503, %v1 : i64
                  %v529 = arith.addi %v527, %v528 : i64
                  %v530 = llvm.getelementptr %dx_x[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v517, %v530 : f32, !llvm.ptr
                }
                %v531 = arith.muli %v19, %v81 : i64
                %v532 = arith.muli %v17, %v80 : i64
                %v533 = arith.addi %v531, %v532 : i64
                %v534 = arith.muli %v503, %v1 : i64
                %v535 = arith.addi %v533, %v534 : i64
                %v536 = llvm.getelementptr %in_a[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v537 = llvm.load %v536 : !llvm.ptr -> f32
                llvm.store %v537, %v22 : f32, !llvm.ptr
              }
              %v538 = arith.addi %v112, %v25 : i64
              %v539 = arith.cmpi slt, %v538, %v44 : i64
              scf.if %v539 {
                %v540 = arith.addi %v42, %v538 : i64
                %v541 = arith.muli %v19, %v81 : i64
                %v542 = arith.muli %v17, %v80 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = arith.muli %v540, %v1 : i64
                %v545 = arith.addi %v543, %v544 : i64
                %v546 = llvm.getelementptr %dy_y[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v547 = llvm.load %v546 : !llvm.ptr -> f32
                %v548 = llvm.load %v21 : !llvm.ptr -> f32
                %v549 = llvm.load %v22 : !llvm.ptr -> f32
                %v550 = arith.mulf %v549, %v548 fastmath<contract> : f32
                %v551 = arith.addf %v547, %v550 fastmath<contract> : f32
                llvm.store %v551, %v21 : f32, !llvm.ptr
                %v552 = arith.subi %size_T, %v1 : i64
                %v553 = arith.cmpi eq, %v540, %v552 : i64
                scf.if %v553 {
                }
                %v554 = llvm.load %v21 : !llvm.ptr -> f32
                %v555 = arith.mulf %v121, %v554 fastmath<contract> : f32
                scf.if %v14 {
                  %v556 = arith.muli %v19, %v81 : i64
                  %v557 = arith.muli %v17, %v80 : i64
                  %v558 = arith.addi %v556, %v557 : i64
                  %v559 = arith.muli %v540, %v1 : i64
                  %v560 = arith.addi %v558, %v559 : i64
                  %v561 = llvm.getelementptr %dx_a[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v555, %v561 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v562 = arith.muli %v19, %v81 : i64
                  %v563 = arith.muli %v17, %v80 : i64
                  %v564 = arith.addi %v562, %v563 : i64
                  %v565 = arith.muli %v540, %v1 : i64
                  %v566 = arith.addi %v564, %v565 : i64
                  %v567 = llvm.getelementptr %dx_x[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v554, %v567 : f32, !llvm.ptr
                }
                %v568 = arith.muli %v19, %v81 : i64
                %v569 = arith.muli %v17, %v80 : i64
                %v570 = arith.addi %v568, %v569 : i64
                %v571 = arith.muli %v540, %v1 : i64
                %v572 = arith.addi %v570, %v571 : i64
                %v573 = llvm.getelementptr %in_a[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v574 = llvm.load %v573 : !llvm.ptr -> f32
                llvm.store %v574, %v22 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      %v575 = arith.constant true
      scf.if %v575 {
      }
      gpu.return
    }
  }
}
