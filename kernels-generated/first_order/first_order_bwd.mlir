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
      %v46 = arith.muli %v1, %size_B : i64
      %v47 = arith.muli %v46, %size_C : i64
      %v49 = arith.muli %v1, %size_C : i64
      %v78 = arith.muli %v1, %size_T : i64
      %v79 = arith.muli %v78, %size_C : i64
      %v158 = arith.constant 2 : i64
      %v178 = arith.constant 3 : i64
      %v198 = arith.constant 4 : i64
      %v218 = arith.constant 5 : i64
      %v238 = arith.constant 6 : i64
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
      %v33 = arith.index_cast %v25 : i64 to index
      %v34 = arith.index_cast %v32 : i64 to index
      %v35 = arith.index_cast %v1 : i64 to index
      scf.for %v36 = %v33 to %v34 step %v35 {
        %v37 = arith.index_cast %v36 : index to i64
        %v38 = arith.subi %v32, %v1 : i64
        %v39 = arith.subi %v38, %v37 : i64
        %v40 = arith.muli %v39, %v27 : i64
        %v41 = arith.subi %size_T, %v40 : i64
        %v42 = arith.minsi %v41, %v27 : i64
        %v43 = arith.subi %v42, %v1 : i64
        %v44 = arith.addi %v42, %v29 : i64
        %v45 = arith.divui %v44, %v28 : i64
        %v48 = arith.muli %v39, %v47 : i64
        %v50 = arith.muli %v19, %v49 : i64
        %v51 = arith.muli %v17, %v1 : i64
        %v52 = arith.addi %v50, %v51 : i64
        %v53 = arith.addi %v48, %v52 : i64
        %v54 = llvm.getelementptr %ckpt_h[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = llvm.load %v54 : !llvm.ptr -> f32
        llvm.store %v55, %v5 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v56 = arith.index_cast %v25 : i64 to index
        %v57 = arith.index_cast %v45 : i64 to index
        %v58 = arith.index_cast %v1 : i64 to index
        scf.for %v59 = %v56 to %v57 step %v58 {
          %v60 = arith.index_cast %v59 : index to i64
          scf.if %v14 {
            %v61 = llvm.load %v5 : !llvm.ptr -> f32
            %v62 = arith.muli %v60, %v3 : i64
            %v63 = arith.subi %v3, %v1 : i64
            %v64 = arith.minsi %v13, %v63 : i64
            %v65 = arith.addi %v62, %v64 : i64
            %v66 = arith.muli %v65, %v1 : i64
            %v67 = arith.addi %v66, %v25 : i64
            %v68 = llvm.getelementptr %scratch_h[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v61, %v68 : f32, !llvm.ptr
          }
          %v69 = arith.muli %v60, %v28 : i64
          %v70 = arith.index_cast %v25 : i64 to index
          %v71 = arith.index_cast %v28 : i64 to index
          %v72 = arith.index_cast %v1 : i64 to index
          scf.for %v73 = %v70 to %v71 step %v72 {
            %v74 = arith.index_cast %v73 : index to i64
            %v75 = arith.addi %v69, %v74 : i64
            %v76 = arith.cmpi slt, %v75, %v42 : i64
            scf.if %v76 {
              %v77 = arith.addi %v40, %v75 : i64
              %v80 = arith.muli %v19, %v79 : i64
              %v81 = arith.muli %v17, %v78 : i64
              %v82 = arith.addi %v80, %v81 : i64
              %v83 = arith.muli %v77, %v1 : i64
              %v84 = arith.addi %v82, %v83 : i64
              %v85 = llvm.getelementptr %in_a[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v86 = llvm.load %v85 : !llvm.ptr -> f32
              %v87 = arith.muli %v19, %v79 : i64
              %v88 = arith.muli %v17, %v78 : i64
              %v89 = arith.addi %v87, %v88 : i64
              %v90 = arith.muli %v77, %v1 : i64
              %v91 = arith.addi %v89, %v90 : i64
              %v92 = llvm.getelementptr %in_x[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v93 = llvm.load %v92 : !llvm.ptr -> f32
              %v94 = llvm.load %v5 : !llvm.ptr -> f32
              %v95 = arith.mulf %v86, %v94 : f32
              %v96 = arith.addf %v95, %v93 : f32
              llvm.store %v96, %v5 : f32, !llvm.ptr
            }
          }
        }
        %v97 = arith.index_cast %v25 : i64 to index
        %v98 = arith.index_cast %v1 : i64 to index
        %v99 = arith.index_cast %v1 : i64 to index
        scf.for %v100 = %v97 to %v98 step %v99 {
          %v101 = arith.index_cast %v100 : index to i64
          %v102 = arith.index_cast %v25 : i64 to index
          %v103 = arith.index_cast %v45 : i64 to index
          %v104 = arith.index_cast %v1 : i64 to index
          scf.for %v105 = %v102 to %v103 step %v104 {
            %v106 = arith.index_cast %v105 : index to i64
            %v107 = arith.cmpi slt, %v106, %v45 : i64
            scf.if %v107 {
              %v108 = arith.subi %v45, %v1 : i64
              %v109 = arith.subi %v108, %v106 : i64
              %v110 = arith.muli %v109, %v28 : i64
              %v111 = arith.subi %v42, %v1 : i64
              %v112 = arith.muli %v109, %v3 : i64
              %v113 = arith.subi %v3, %v1 : i64
              %v114 = arith.minsi %v13, %v113 : i64
              %v115 = arith.addi %v112, %v114 : i64
              %v116 = arith.muli %v115, %v1 : i64
              %v117 = arith.addi %v116, %v25 : i64
              %v118 = llvm.getelementptr %scratch_h[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v119 = llvm.load %v118 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v120 = arith.addi %v110, %v25 : i64
              %v121 = arith.minsi %v120, %v111 : i64
              %v122 = arith.addi %v40, %v121 : i64
              %v123 = arith.muli %v19, %v79 : i64
              %v124 = arith.muli %v17, %v78 : i64
              %v125 = arith.addi %v123, %v124 : i64
              %v126 = arith.muli %v122, %v1 : i64
              %v127 = arith.addi %v125, %v126 : i64
              %v128 = llvm.getelementptr %in_a[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v129 = llvm.load %v128 : !llvm.ptr -> f32
              %v130 = arith.muli %v19, %v79 : i64
              %v131 = arith.muli %v17, %v78 : i64
              %v132 = arith.addi %v130, %v131 : i64
              %v133 = arith.muli %v122, %v1 : i64
              %v134 = arith.addi %v132, %v133 : i64
              %v135 = llvm.getelementptr %in_x[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v136 = llvm.load %v135 : !llvm.ptr -> f32
              %v137 = arith.mulf %v129, %v119 : f32
              %v138 = arith.addf %v137, %v136 : f32
              %v139 = arith.addi %v110, %v1 : i64
              %v140 = arith.minsi %v139, %v111 : i64
              %v141 = arith.addi %v40, %v140 : i64
              %v142 = arith.muli %v19, %v79 : i64
              %v143 = arith.muli %v17, %v78 : i64
              %v144 = arith.addi %v142, %v143 : i64
              %v145 = arith.muli %v141, %v1 : i64
              %v146 = arith.addi %v144, %v145 : i64
              %v147 = llvm.getelementptr %in_a[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v148 = llvm.load %v147 : !llvm.ptr -> f32
              %v149 = arith.muli %v19, %v79 : i64
              %v150 = arith.muli %v17, %v78 : i64
              %v151 = arith.addi %v149, %v150 : i64
              %v152 = arith.muli %v141, %v1 : i64
              %v153 = arith.addi %v151, %v152 : i64
              %v154 = llvm.getelementptr %in_x[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v155 = llvm.load %v154 : !llvm.ptr -> f32
              %v156 = arith.mulf %v148, %v138 : f32
              %v157 = arith.addf %v156, %v155 : f32
              %v159 = arith.addi %v110, %v158 : i64
              %v160 = arith.minsi %v159, %v111 : i64
              %v161 = arith.addi %v40, %v160 : i64
              %v162 = arith.muli %v19, %v79 : i64
              %v163 = arith.muli %v17, %v78 : i64
              %v164 = arith.addi %v162, %v163 : i64
              %v165 = arith.muli %v161, %v1 : i64
              %v166 = arith.addi %v164, %v165 : i64
              %v167 = llvm.getelementptr %in_a[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v168 = llvm.load %v167 : !llvm.ptr -> f32
              %v169 = arith.muli %v19, %v79 : i64
              %v170 = arith.muli %v17, %v78 : i64
              %v171 = arith.addi %v169, %v170 : i64
              %v172 = arith.muli %v161, %v1 : i64
              %v173 = arith.addi %v171, %v172 : i64
              %v174 = llvm.getelementptr %in_x[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v175 = llvm.load %v174 : !llvm.ptr -> f32
              %v176 = arith.mulf %v168, %v157 : f32
              %v177 = arith.addf %v176, %v175 : f32
              %v179 = arith.addi %v110, %v178 : i64
              %v180 = arith.minsi %v179, %v111 : i64
              %v181 = arith.addi %v40, %v180 : i64
              %v182 = arith.muli %v19, %v79 : i64
              %v183 = arith.muli %v17, %v78 : i64
              %v184 = arith.addi %v182, %v183 : i64
              %v185 = arith.muli %v181, %v1 : i64
              %v186 = arith.addi %v184, %v185 : i64
              %v187 = llvm.getelementptr %in_a[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v188 = llvm.load %v187 : !llvm.ptr -> f32
              %v189 = arith.muli %v19, %v79 : i64
              %v190 = arith.muli %v17, %v78 : i64
              %v191 = arith.addi %v189, %v190 : i64
              %v192 = arith.muli %v181, %v1 : i64
              %v193 = arith.addi %v191, %v192 : i64
              %v194 = llvm.getelementptr %in_x[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v195 = llvm.load %v194 : !llvm.ptr -> f32
              %v196 = arith.mulf %v188, %v177 : f32
              %v197 = arith.addf %v196, %v195 : f32
              %v199 = arith.addi %v110, %v198 : i64
              %v200 = arith.minsi %v199, %v111 : i64
              %v201 = arith.addi %v40, %v200 : i64
              %v202 = arith.muli %v19, %v79 : i64
              %v203 = arith.muli %v17, %v78 : i64
              %v204 = arith.addi %v202, %v203 : i64
              %v205 = arith.muli %v201, %v1 : i64
              %v206 = arith.addi %v204, %v205 : i64
              %v207 = llvm.getelementptr %in_a[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v208 = llvm.load %v207 : !llvm.ptr -> f32
              %v209 = arith.muli %v19, %v79 : i64
              %v210 = arith.muli %v17, %v78 : i64
              %v211 = arith.addi %v209, %v210 : i64
              %v212 = arith.muli %v201, %v1 : i64
              %v213 = arith.addi %v211, %v212 : i64
              %v214 = llvm.getelementptr %in_x[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v215 = llvm.load %v214 : !llvm.ptr -> f32
              %v216 = arith.mulf %v208, %v197 : f32
              %v217 = arith.addf %v216, %v215 : f32
              %v219 = arith.addi %v110, %v218 : i64
              %v220 = arith.minsi %v219, %v111 : i64
              %v221 = arith.addi %v40, %v220 : i64
              %v222 = arith.muli %v19, %v79 : i64
              %v223 = arith.muli %v17, %v78 : i64
              %v224 = arith.addi %v222, %v223 : i64
              %v225 = arith.muli %v221, %v1 : i64
              %v226 = arith.addi %v224, %v225 : i64
              %v227 = llvm.getelementptr %in_a[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v228 = llvm.load %v227 : !llvm.ptr -> f32
              %v229 = arith.muli %v19, %v79 : i64
              %v230 = arith.muli %v17, %v78 : i64
              %v231 = arith.addi %v229, %v230 : i64
              %v232 = arith.muli %v221, %v1 : i64
              %v233 = arith.addi %v231, %v232 : i64
              %v234 = llvm.getelementptr %in_x[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v235 = llvm.load %v234 : !llvm.ptr -> f32
              %v236 = arith.mulf %v228, %v217 : f32
              %v237 = arith.addf %v236, %v235 : f32
              %v239 = arith.addi %v110, %v238 : i64
              %v240 = arith.minsi %v239, %v111 : i64
              %v241 = arith.addi %v40, %v240 : i64
              %v242 = arith.muli %v19, %v79 : i64
              %v243 = arith.muli %v17, %v78 : i64
              %v244 = arith.addi %v242, %v243 : i64
              %v245 = arith.muli %v241, %v1 : i64
              %v246 = arith.addi %v244, %v245 : i64
              %v247 = llvm.getelementptr %in_a[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v248 = llvm.load %v247 : !llvm.ptr -> f32
              %v249 = arith.muli %v19, %v79 : i64
              %v250 = arith.muli %v17, %v78 : i64
              %v251 = arith.addi %v249, %v250 : i64
              %v252 = arith.muli %v241, %v1 : i64
              %v253 = arith.addi %v251, %v252 : i64
              %v254 = llvm.getelementptr %in_x[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v255 = llvm.load %v254 : !llvm.ptr -> f32
              %v256 = arith.mulf %v248, %v237 : f32
              %v257 = arith.addf %v256, %v255 : f32
              %v258 = arith.addi %v110, %v29 : i64
              %v259 = arith.minsi %v258, %v111 : i64
              %v260 = arith.addi %v40, %v259 : i64
              %v261 = arith.muli %v19, %v79 : i64
              %v262 = arith.muli %v17, %v78 : i64
              %v263 = arith.addi %v261, %v262 : i64
              %v264 = arith.muli %v260, %v1 : i64
              %v265 = arith.addi %v263, %v264 : i64
              %v266 = llvm.getelementptr %in_a[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v267 = llvm.load %v266 : !llvm.ptr -> f32
              %v268 = arith.muli %v19, %v79 : i64
              %v269 = arith.muli %v17, %v78 : i64
              %v270 = arith.addi %v268, %v269 : i64
              %v271 = arith.muli %v260, %v1 : i64
              %v272 = arith.addi %v270, %v271 : i64
              %v273 = llvm.getelementptr %in_x[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v274 = llvm.load %v273 : !llvm.ptr -> f32
              %v275 = arith.mulf %v267, %v257 : f32
              %v276 = arith.addf %v275, %v274 : f32
              %v277 = arith.addi %v110, %v29 : i64
              %v278 = arith.cmpi slt, %v277, %v42 : i64
              scf.if %v278 {
                %v279 = arith.addi %v40, %v277 : i64
                %v280 = arith.muli %v19, %v79 : i64
                %v281 = arith.muli %v17, %v78 : i64
                %v282 = arith.addi %v280, %v281 : i64
                %v283 = arith.muli %v279, %v1 : i64
                %v284 = arith.addi %v282, %v283 : i64
                %v285 = llvm.getelementptr %dy_y[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v286 = llvm.load %v285 : !llvm.ptr -> f32
                %v287 = llvm.load %v21 : !llvm.ptr -> f32
                %v288 = llvm.load %v22 : !llvm.ptr -> f32
                %v289 = arith.mulf %v288, %v287 : f32
                %v290 = arith.addf %v286, %v289 : f32
                llvm.store %v290, %v21 : f32, !llvm.ptr
                %v291 = arith.subi %size_T, %v1 : i64
                %v292 = arith.cmpi eq, %v279, %v291 : i64
                scf.if %v292 {
                }
                %v293 = llvm.load %v21 : !llvm.ptr -> f32
                %v294 = arith.mulf %v257, %v293 : f32
                scf.if %v14 {
                  %v295 = arith.muli %v19, %v79 : i64
                  %v296 = arith.muli %v17, %v78 : i64
                  %v297 = arith.addi %v295, %v296 : i64
                  %v298 = arith.muli %v279, %v1 : i64
                  %v299 = arith.addi %v297, %v298 : i64
                  %v300 = llvm.getelementptr %dx_a[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v294, %v300 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v301 = arith.muli %v19, %v79 : i64
                  %v302 = arith.muli %v17, %v78 : i64
                  %v303 = arith.addi %v301, %v302 : i64
                  %v304 = arith.muli %v279, %v1 : i64
                  %v305 = arith.addi %v303, %v304 : i64
                  %v306 = llvm.getelementptr %dx_x[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v293, %v306 : f32, !llvm.ptr
                }
                %v307 = arith.muli %v19, %v79 : i64
                %v308 = arith.muli %v17, %v78 : i64
                %v309 = arith.addi %v307, %v308 : i64
                %v310 = arith.muli %v279, %v1 : i64
                %v311 = arith.addi %v309, %v310 : i64
                %v312 = llvm.getelementptr %in_a[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v313 = llvm.load %v312 : !llvm.ptr -> f32
                llvm.store %v313, %v22 : f32, !llvm.ptr
              }
              %v314 = arith.addi %v110, %v238 : i64
              %v315 = arith.cmpi slt, %v314, %v42 : i64
              scf.if %v315 {
                %v316 = arith.addi %v40, %v314 : i64
                %v317 = arith.muli %v19, %v79 : i64
                %v318 = arith.muli %v17, %v78 : i64
                %v319 = arith.addi %v317, %v318 : i64
                %v320 = arith.muli %v316, %v1 : i64
                %v321 = arith.addi %v319, %v320 : i64
                %v322 = llvm.getelementptr %dy_y[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v323 = llvm.load %v322 : !llvm.ptr -> f32
                %v324 = llvm.load %v21 : !llvm.ptr -> f32
                %v325 = llvm.load %v22 : !llvm.ptr -> f32
                %v326 = arith.mulf %v325, %v324 : f32
                %v327 = arith.addf %v323, %v326 : f32
                llvm.store %v327, %v21 : f32, !llvm.ptr
                %v328 = arith.subi %size_T, %v1 : i64
                %v329 = arith.cmpi eq, %v316, %v328 : i64
                scf.if %v329 {
                }
                %v330 = llvm.load %v21 : !llvm.ptr -> f32
                %v331 = arith.mulf %v237, %v330 : f32
                scf.if %v14 {
                  %v332 = arith.muli %v19, %v79 : i64
                  %v333 = arith.muli %v17, %v78 : i64
                  %v334 = arith.addi %v332, %v333 : i64
                  %v335 = arith.muli %v316, %v1 : i64
                  %v336 = arith.addi %v334, %v335 : i64
                  %v337 = llvm.getelementptr %dx_a[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v331, %v337 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v338 = arith.muli %v19, %v79 : i64
                  %v339 = arith.muli %v17, %v78 : i64
                  %v340 = arith.addi %v338, %v339 : i64
                  %v341 = arith.muli %v316, %v1 : i64
                  %v342 = arith.addi %v340, %v341 : i64
                  %v343 = llvm.getelementptr %dx_x[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v330, %v343 : f32, !llvm.ptr
                }
                %v344 = arith.muli %v19, %v79 : i64
                %v345 = arith.muli %v17, %v78 : i64
                %v346 = arith.addi %v344, %v345 : i64
                %v347 = arith.muli %v316, %v1 : i64
                %v348 = arith.addi %v346, %v347 : i64
                %v349 = llvm.getelementptr %in_a[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v350 = llvm.load %v349 : !llvm.ptr -> f32
                llvm.store %v350, %v22 : f32, !llvm.ptr
              }
              %v351 = arith.addi %v110, %v218 : i64
              %v352 = arith.cmpi slt, %v351, %v42 : i64
              scf.if %v352 {
                %v353 = arith.addi %v40, %v351 : i64
                %v354 = arith.muli %v19, %v79 : i64
                %v355 = arith.muli %v17, %v78 : i64
                %v356 = arith.addi %v354, %v355 : i64
                %v357 = arith.muli %v353, %v1 : i64
                %v358 = arith.addi %v356, %v357 : i64
                %v359 = llvm.getelementptr %dy_y[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v360 = llvm.load %v359 : !llvm.ptr -> f32
                %v361 = llvm.load %v21 : !llvm.ptr -> f32
                %v362 = llvm.load %v22 : !llvm.ptr -> f32
                %v363 = arith.mulf %v362, %v361 : f32
                %v364 = arith.addf %v360, %v363 : f32
                llvm.store %v364, %v21 : f32, !llvm.ptr
                %v365 = arith.subi %size_T, %v1 : i64
                %v366 = arith.cmpi eq, %v353, %v365 : i64
                scf.if %v366 {
                }
                %v367 = llvm.load %v21 : !llvm.ptr -> f32
                %v368 = arith.mulf %v217, %v367 : f32
                scf.if %v14 {
                  %v369 = arith.muli %v19, %v79 : i64
                  %v370 = arith.muli %v17, %v78 : i64
                  %v371 = arith.addi %v369, %v370 : i64
                  %v372 = arith.muli %v353, %v1 : i64
                  %v373 = arith.addi %v371, %v372 : i64
                  %v374 = llvm.getelementptr %dx_a[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v368, %v374 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v375 = arith.muli %v19, %v79 : i64
                  %v376 = arith.muli %v17, %v78 : i64
                  %v377 = arith.addi %v375, %v376 : i64
                  %v378 = arith.muli %v353, %v1 : i64
                  %v379 = arith.addi %v377, %v378 : i64
                  %v380 = llvm.getelementptr %dx_x[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v367, %v380 : f32, !llvm.ptr
                }
                %v381 = arith.muli %v19, %v79 : i64
                %v382 = arith.muli %v17, %v78 : i64
                %v383 = arith.addi %v381, %v382 : i64
                %v384 = arith.muli %v353, %v1 : i64
                %v385 = arith.addi %v383, %v384 : i64
                %v386 = llvm.getelementptr %in_a[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v387 = llvm.load %v386 : !llvm.ptr -> f32
                llvm.store %v387, %v22 : f32, !llvm.ptr
              }
              %v388 = arith.addi %v110, %v198 : i64
              %v389 = arith.cmpi slt, %v388, %v42 : i64
              scf.if %v389 {
                %v390 = arith.addi %v40, %v388 : i64
                %v391 = arith.muli %v19, %v79 : i64
                %v392 = arith.muli %v17, %v78 : i64
                %v393 = arith.addi %v391, %v392 : i64
                %v394 = arith.muli %v390, %v1 : i64
                %v395 = arith.addi %v393, %v394 : i64
                %v396 = llvm.getelementptr %dy_y[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v397 = llvm.load %v396 : !llvm.ptr -> f32
                %v398 = llvm.load %v21 : !llvm.ptr -> f32
                %v399 = llvm.load %v22 : !llvm.ptr -> f32
                %v400 = arith.mulf %v399, %v398 : f32
                %v401 = arith.addf %v397, %v400 : f32
                llvm.store %v401, %v21 : f32, !llvm.ptr
                %v402 = arith.subi %size_T, %v1 : i64
                %v403 = arith.cmpi eq, %v390, %v402 : i64
                scf.if %v403 {
                }
                %v404 = llvm.load %v21 : !llvm.ptr -> f32
                %v405 = arith.mulf %v197, %v404 : f32
                scf.if %v14 {
                  %v406 = arith.muli %v19, %v79 : i64
                  %v407 = arith.muli %v17, %v78 : i64
                  %v408 = arith.addi %v406, %v407 : i64
                  %v409 = arith.muli %v390, %v1 : i64
                  %v410 = arith.addi %v408, %v409 : i64
                  %v411 = llvm.getelementptr %dx_a[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v405, %v411 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v412 = arith.muli %v19, %v79 : i64
                  %v413 = arith.muli %v17, %v78 : i64
                  %v414 = arith.addi %v412, %v413 : i64
                  %v415 = arith.muli %v390, %v1 : i64
                  %v416 = arith.addi %v414, %v415 : i64
                  %v417 = llvm.getelementptr %dx_x[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v404, %v417 : f32, !llvm.ptr
                }
                %v418 = arith.muli %v19, %v79 : i64
                %v419 = arith.muli %v17, %v78 : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = arith.muli %v390, %v1 : i64
                %v422 = arith.addi %v420, %v421 : i64
                %v423 = llvm.getelementptr %in_a[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                llvm.store %v424, %v22 : f32, !llvm.ptr
              }
              %v425 = arith.addi %v110, %v178 : i64
              %v426 = arith.cmpi slt, %v425, %v42 : i64
              scf.if %v426 {
                %v427 = arith.addi %v40, %v425 : i64
                %v428 = arith.muli %v19, %v79 : i64
                %v429 = arith.muli %v17, %v78 : i64
                %v430 = arith.addi %v428, %v429 : i64
                %v431 = arith.muli %v427, %v1 : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = llvm.getelementptr %dy_y[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v434 = llvm.load %v433 : !llvm.ptr -> f32
                %v435 = llvm.load %v21 : !llvm.ptr -> f32
                %v436 = llvm.load %v22 : !llvm.ptr -> f32
                %v437 = arith.mulf %v436, %v435 : f32
                %v438 = arith.addf %v434, %v437 : f32
                llvm.store %v438, %v21 : f32, !llvm.ptr
                %v439 = arith.subi %size_T, %v1 : i64
                %v440 = arith.cmpi eq, %v427, %v439 : i64
                scf.if %v440 {
                }
                %v441 = llvm.load %v21 : !llvm.ptr -> f32
                %v442 = arith.mulf %v177, %v441 : f32
                scf.if %v14 {
                  %v443 = arith.muli %v19, %v79 : i64
                  %v444 = arith.muli %v17, %v78 : i64
                  %v445 = arith.addi %v443, %v444 : i64
                  %v446 = arith.muli %v427, %v1 : i64
                  %v447 = arith.addi %v445, %v446 : i64
                  %v448 = llvm.getelementptr %dx_a[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v442, %v448 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v449 = arith.muli %v19, %v79 : i64
                  %v450 = arith.muli %v17, %v78 : i64
                  %v451 = arith.addi %v449, %v450 : i64
                  %v452 = arith.muli %v427, %v1 : i64
                  %v453 = arith.addi %v451, %v452 : i64
                  %v454 = llvm.getelementptr %dx_x[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v441, %v454 : f32, !llvm.ptr
                }
                %v455 = arith.muli %v19, %v79 : i64
                %v456 = arith.muli %v17, %v78 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = arith.muli %v427, %v1 : i64
                %v459 = arith.addi %v457, %v458 : i64
                %v460 = llvm.getelementptr %in_a[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v461 = llvm.load %v460 : !llvm.ptr -> f32
                llvm.store %v461, %v22 : f32, !llvm.ptr
              }
              %v462 = arith.addi %v110, %v158 : i64
              %v463 = arith.cmpi slt, %v462, %v42 : i64
              scf.if %v463 {
                %v464 = arith.addi %v40, %v462 : i64
                %v465 = arith.muli %v19, %v79 : i64
                %v466 = arith.muli %v17, %v78 : i64
                %v467 = arith.addi %v465, %v466 : i64
                %v468 = arith.muli %v464, %v1 : i64
                %v469 = arith.addi %v467, %v468 : i64
                %v470 = llvm.getelementptr %dy_y[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v471 = llvm.load %v470 : !llvm.ptr -> f32
                %v472 = llvm.load %v21 : !llvm.ptr -> f32
                %v473 = llvm.load %v22 : !llvm.ptr -> f32
                %v474 = arith.mulf %v473, %v472 : f32
                %v475 = arith.addf %v471, %v474 : f32
                llvm.store %v475, %v21 : f32, !llvm.ptr
                %v476 = arith.subi %size_T, %v1 : i64
                %v477 = arith.cmpi eq, %v464, %v476 : i64
                scf.if %v477 {
                }
                %v478 = llvm.load %v21 : !llvm.ptr -> f32
                %v479 = arith.mulf %v157, %v478 : f32
                scf.if %v14 {
                  %v480 = arith.muli %v19, %v79 : i64
                  %v481 = arith.muli %v17, %v78 : i64
                  %v482 = arith.addi %v480, %v481 : i64
                  %v483 = arith.muli %v464, %v1 : i64
                  %v484 = arith.addi %v482, %v483 : i64
                  %v485 = llvm.getelementptr %dx_a[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v479, %v485 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v486 = arith.muli %v19, %v79 : i64
                  %v487 = arith.muli %v17, %v78 : i64
                  %v488 = arith.addi %v486, %v487 : i64
                  %v489 = arith.muli %v464, %v1 : i64
                  %v490 = arith.addi %v488, %v489 : i64
                  %v491 = llvm.getelementptr %dx_x[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v478, %v491 : f32, !llvm.ptr
                }
                %v492 = arith.muli %v19, %v79 : i64
                %v493 = arith.muli %v17, %v78 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = arith.muli %v464, %v1 : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = llvm.getelementptr %in_a[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                llvm.store %v498, %v22 : f32, !llvm.ptr
              }
              %v499 = arith.addi %v110, %v1 : i64
              %v500 = arith.cmpi slt, %v499, %v42 : i64
              scf.if %v500 {
                %v501 = arith.addi %v40, %v499 : i64
                %v502 = arith.muli %v19, %v79 : i64
                %v503 = arith.muli %v17, %v78 : i64
                %v504 = arith.addi %v502, %v503 : i64
                %v505 = arith.muli %v501, %v1 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = llvm.getelementptr %dy_y[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = llvm.load %v21 : !llvm.ptr -> f32
                %v510 = llvm.load %v22 : !llvm.ptr -> f32
                %v511 = arith.mulf %v510, %v509 : f32
                %v512 = arith.addf %v508, %v511 : f32
                llvm.store %v512, %v21 : f32, !llvm.ptr
                %v513 = arith.subi %size_T, %v1 : i64
                %v514 = arith.cmpi eq, %v501, %v513 : i64
                scf.if %v514 {
                }
                %v515 = llvm.load %v21 : !llvm.ptr -> f32
                %v516 = arith.mulf %v138, %v515 : f32
                scf.if %v14 {
                  %v517 = arith.muli %v19, %v79 : i64
                  %v518 = arith.muli %v17, %v78 : i64
                  %v519 = arith.addi %v517, %v518 : i64
                  %v520 = arith.muli %v501, %v1 : i64
                  %v521 = arith.addi %v519, %v520 : i64
                  %v522 = llvm.getelementptr %dx_a[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v516, %v522 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v523 = arith.muli %v19, %v79 : i64
                  %v524 = arith.muli %v17, %v78 : i64
                  %v525 = arith.addi %v523, %v524 : i64
                  %v526 = arith.muli %v501, %v1 : i64
                  %v527 = arith.addi %v525, %v526 : i64
                  %v528 = llvm.getelementptr %dx_x[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v515, %v528 : f32, !llvm.ptr
                }
                %v529 = arith.muli %v19, %v79 : i64
                %v530 = arith.muli %v17, %v78 : i64
                %v531 = arith.addi %v529, %v530 : i64
                %v532 = arith.muli %v501, %v1 : i64
                %v533 = arith.addi %v531, %v532 : i64
                %v534 = llvm.getelementptr %in_a[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v535 = llvm.load %v534 : !llvm.ptr -> f32
                llvm.store %v535, %v22 : f32, !llvm.ptr
              }
              %v536 = arith.addi %v110, %v25 : i64
              %v537 = arith.cmpi slt, %v536, %v42 : i64
              scf.if %v537 {
                %v538 = arith.addi %v40, %v536 : i64
                %v539 = arith.muli %v19, %v79 : i64
                %v540 = arith.muli %v17, %v78 : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = arith.muli %v538, %v1 : i64
                %v543 = arith.addi %v541, %v542 : i64
                %v544 = llvm.getelementptr %dy_y[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v545 = llvm.load %v544 : !llvm.ptr -> f32
                %v546 = llvm.load %v21 : !llvm.ptr -> f32
                %v547 = llvm.load %v22 : !llvm.ptr -> f32
                %v548 = arith.mulf %v547, %v546 : f32
                %v549 = arith.addf %v545, %v548 : f32
                llvm.store %v549, %v21 : f32, !llvm.ptr
                %v550 = arith.subi %size_T, %v1 : i64
                %v551 = arith.cmpi eq, %v538, %v550 : i64
                scf.if %v551 {
                }
                %v552 = llvm.load %v21 : !llvm.ptr -> f32
                %v553 = arith.mulf %v119, %v552 : f32
                scf.if %v14 {
                  %v554 = arith.muli %v19, %v79 : i64
                  %v555 = arith.muli %v17, %v78 : i64
                  %v556 = arith.addi %v554, %v555 : i64
                  %v557 = arith.muli %v538, %v1 : i64
                  %v558 = arith.addi %v556, %v557 : i64
                  %v559 = llvm.getelementptr %dx_a[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v553, %v559 : f32, !llvm.ptr
                }
                scf.if %v14 {
                  %v560 = arith.muli %v19, %v79 : i64
                  %v561 = arith.muli %v17, %v78 : i64
                  %v562 = arith.addi %v560, %v561 : i64
                  %v563 = arith.muli %v538, %v1 : i64
                  %v564 = arith.addi %v562, %v563 : i64
                  %v565 = llvm.getelementptr %dx_x[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v552, %v565 : f32, !llvm.ptr
                }
                %v566 = arith.muli %v19, %v79 : i64
                %v567 = arith.muli %v17, %v78 : i64
                %v568 = arith.addi %v566, %v567 : i64
                %v569 = arith.muli %v538, %v1 : i64
                %v570 = arith.addi %v568, %v569 : i64
                %v571 = llvm.getelementptr %in_a[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v572 = llvm.load %v571 : !llvm.ptr -> f32
                llvm.store %v572, %v22 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      gpu.return
    }
  }
}
