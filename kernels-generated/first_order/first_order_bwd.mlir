module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @first_order_bwd(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_a: !llvm.ptr, %dx_x: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64, %slice_first: i64, %slice_steps: i64, %slice_carry: !llvm.ptr) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = arith.constant 64 : i64
      %v5 = arith.divui %slice_first, %v4 : i64
      %v6 = arith.addi %slice_first, %slice_steps : i64
      %v7 = arith.constant 63 : i64
      %v8 = arith.addi %v6, %v7 : i64
      %v9 = arith.divui %v8, %v4 : i64
      %v10 = arith.constant 0 : i64
      %v11 = arith.cmpi eq, %slice_first, %v10 : i64
      %v12 = arith.cmpi sge, %v6, %size_T : i64
      %v13 = arith.cmpi slt, %v6, %size_T : i64
      %v14 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v21 = arith.constant 256 : i64
      %v31 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v33 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0x3F800000 : f32
      %v46 = arith.constant 8 : i64
      %v47 = arith.constant 7 : i64
      %v67 = arith.muli %v1, %size_B : i64
      %v68 = arith.muli %v67, %size_C : i64
      %v70 = arith.muli %v1, %size_C : i64
      %v102 = arith.muli %v1, %size_T : i64
      %v103 = arith.muli %v102, %size_C : i64
      %v184 = arith.constant 2 : i64
      %v204 = arith.constant 3 : i64
      %v224 = arith.constant 4 : i64
      %v244 = arith.constant 5 : i64
      %v264 = arith.constant 6 : i64
      %v308 = arith.constant 2147483647 : i64
      %v312 = arith.constant 7 : i32
      %v349 = arith.constant 6 : i32
      %v386 = arith.constant 5 : i32
      %v423 = arith.constant 4 : i32
      %v460 = arith.constant 3 : i32
      %v497 = arith.constant 2 : i32
      %v534 = arith.constant 1 : i32
      %v571 = arith.constant 0 : i32
      %v17 = gpu.block_id x
      %v18 = gpu.thread_id x
      %v19 = arith.index_cast %v18 : index to i64
      %v20 = arith.index_cast %v17 : index to i64
      %v22 = arith.muli %v20, %v21 : i64
      %v23 = arith.addi %v22, %v19 : i64
      %v24 = arith.cmpi slt, %v23, %v3 : i64
      %v25 = arith.subi %v3, %v1 : i64
      %v26 = arith.minsi %v23, %v25 : i64
      %v27 = arith.remui %v26, %size_C : i64
      %v28 = arith.divui %v26, %size_C : i64
      %v29 = arith.remui %v28, %size_B : i64
      %v30 = arith.divui %v28, %size_B : i64
      llvm.store %v33, %v31 : f32, !llvm.ptr
      llvm.store %v34, %v32 : f32, !llvm.ptr
      scf.if %v13 {
        scf.if %v24 {
          %v35 = arith.muli %v23, %v1 : i64
          %v36 = arith.muli %v3, %v1 : i64
          %v37 = arith.muli %v10, %v36 : i64
          %v38 = arith.addi %v37, %v35 : i64
          %v39 = llvm.getelementptr %slice_carry[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v40 = llvm.load %v39 : !llvm.ptr -> f32
          llvm.store %v40, %v31 : f32, !llvm.ptr
          %v41 = arith.muli %v1, %v36 : i64
          %v42 = arith.addi %v41, %v35 : i64
          %v43 = llvm.getelementptr %slice_carry[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v44 = llvm.load %v43 : !llvm.ptr -> f32
          llvm.store %v44, %v32 : f32, !llvm.ptr
        }
      }
      scf.if %v12 {
      }
      %v45 = arith.cmpi eq, %size_T, %v10 : i64
      scf.if %v45 {
        llvm.store %v33, %v16 : f32, !llvm.ptr
      }
      %v48 = arith.subi %v4, %v1 : i64
      %v49 = arith.addi %size_T, %v48 : i64
      %v50 = arith.divui %v49, %v4 : i64
      %v51 = arith.minsi %v9, %v50 : i64
      %v52 = arith.subi %v51, %v5 : i64
      %v53 = arith.maxsi %v52, %v10 : i64
      %v54 = arith.index_cast %v10 : i64 to index
      %v55 = arith.index_cast %v53 : i64 to index
      %v56 = arith.index_cast %v1 : i64 to index
      scf.for %v57 = %v54 to %v55 step %v56 {
        %v58 = arith.index_cast %v57 : index to i64
        %v59 = arith.subi %v51, %v1 : i64
        %v60 = arith.subi %v59, %v58 : i64
        %v61 = arith.muli %v60, %v4 : i64
        %v62 = arith.subi %size_T, %v61 : i64
        %v63 = arith.minsi %v62, %v4 : i64
        %v64 = arith.addi %v63, %v47 : i64
        %v65 = arith.divui %v64, %v46 : i64
        %v66 = arith.subi %v63, %v1 : i64
        %v69 = arith.muli %v60, %v68 : i64
        %v71 = arith.muli %v29, %v70 : i64
        %v72 = arith.muli %v27, %v1 : i64
        %v73 = arith.addi %v71, %v72 : i64
        %v74 = arith.addi %v69, %v73 : i64
        %v75 = llvm.getelementptr %ckpt_h[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v76 = llvm.load %v75 : !llvm.ptr -> f32
        llvm.store %v76, %v15 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v77 = arith.index_cast %v10 : i64 to index
        %v78 = arith.index_cast %v65 : i64 to index
        %v79 = arith.index_cast %v1 : i64 to index
        scf.for %v80 = %v77 to %v78 step %v79 {
          %v81 = arith.index_cast %v80 : index to i64
          scf.if %v24 {
            %v82 = llvm.load %v15 : !llvm.ptr -> f32
            %v83 = arith.muli %v81, %v3 : i64
            %v84 = arith.subi %v3, %v1 : i64
            %v85 = arith.minsi %v23, %v84 : i64
            %v86 = arith.addi %v83, %v85 : i64
            %v87 = arith.muli %v86, %v1 : i64
            %v88 = arith.addi %v87, %v10 : i64
            %v89 = llvm.getelementptr %scratch_h[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v82, %v89 : f32, !llvm.ptr
          }
          %v90 = arith.muli %v81, %v46 : i64
          %v91 = arith.subi %v63, %v90 : i64
          %v92 = arith.trunci %v91 : i64 to i32
          %v93 = arith.index_cast %v10 : i64 to index
          %v94 = arith.index_cast %v46 : i64 to index
          %v95 = arith.index_cast %v1 : i64 to index
          scf.for %v96 = %v93 to %v94 step %v95 {
            %v97 = arith.index_cast %v96 : index to i64
            %v98 = arith.trunci %v97 : i64 to i32
            %v99 = arith.addi %v90, %v97 : i64
            %v100 = arith.cmpi slt, %v98, %v92 : i32
            scf.if %v100 {
              %v101 = arith.addi %v61, %v99 : i64
              %v104 = arith.muli %v29, %v103 : i64
              %v105 = arith.muli %v27, %v102 : i64
              %v106 = arith.addi %v104, %v105 : i64
              %v107 = arith.muli %v101, %v1 : i64
              %v108 = arith.addi %v106, %v107 : i64
              %v109 = llvm.getelementptr %in_a[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v110 = llvm.load %v109 : !llvm.ptr -> f32
              %v111 = arith.muli %v29, %v103 : i64
              %v112 = arith.muli %v27, %v102 : i64
              %v113 = arith.addi %v111, %v112 : i64
              %v114 = arith.muli %v101, %v1 : i64
              %v115 = arith.addi %v113, %v114 : i64
              %v116 = llvm.getelementptr %in_x[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v117 = llvm.load %v116 : !llvm.ptr -> f32
              %v118 = llvm.load %v15 : !llvm.ptr -> f32
              %v119 = arith.mulf %v110, %v118 fastmath<contract> : f32
              %v120 = arith.addf %v119, %v117 fastmath<contract> : f32
              llvm.store %v120, %v15 : f32, !llvm.ptr
            }
          }
        }
        %v121 = arith.index_cast %v10 : i64 to index
        %v122 = arith.index_cast %v1 : i64 to index
        %v123 = arith.index_cast %v1 : i64 to index
        scf.for %v124 = %v121 to %v122 step %v123 {
          %v125 = arith.index_cast %v124 : index to i64
          %v126 = arith.index_cast %v10 : i64 to index
          %v127 = arith.index_cast %v65 : i64 to index
          %v128 = arith.index_cast %v1 : i64 to index
          scf.for %v129 = %v126 to %v127 step %v128 {
            %v130 = arith.index_cast %v129 : index to i64
            %v131 = arith.cmpi slt, %v130, %v65 : i64
            scf.if %v131 {
              %v132 = arith.subi %v65, %v1 : i64
              %v133 = arith.subi %v132, %v130 : i64
              %v134 = arith.muli %v133, %v46 : i64
              %v135 = arith.addi %v134, %v46 : i64
              %v136 = arith.cmpi sle, %v135, %v63 : i64
              scf.if %v136 {
                %v137 = arith.subi %v63, %v1 : i64
                %v138 = arith.muli %v133, %v3 : i64
                %v139 = arith.subi %v3, %v1 : i64
                %v140 = arith.minsi %v23, %v139 : i64
                %v141 = arith.addi %v138, %v140 : i64
                %v142 = arith.muli %v141, %v1 : i64
                %v143 = arith.addi %v142, %v10 : i64
                %v144 = llvm.getelementptr %scratch_h[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v145 = llvm.load %v144 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v146 = arith.addi %v134, %v10 : i64
                %v147 = arith.minsi %v146, %v137 : i64
                %v148 = arith.addi %v61, %v147 : i64
                %v149 = arith.muli %v29, %v103 : i64
                %v150 = arith.muli %v27, %v102 : i64
                %v151 = arith.addi %v149, %v150 : i64
                %v152 = arith.muli %v148, %v1 : i64
                %v153 = arith.addi %v151, %v152 : i64
                %v154 = llvm.getelementptr %in_a[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v155 = llvm.load %v154 : !llvm.ptr -> f32
                %v156 = arith.muli %v29, %v103 : i64
                %v157 = arith.muli %v27, %v102 : i64
                %v158 = arith.addi %v156, %v157 : i64
                %v159 = arith.muli %v148, %v1 : i64
                %v160 = arith.addi %v158, %v159 : i64
                %v161 = llvm.getelementptr %in_x[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v162 = llvm.load %v161 : !llvm.ptr -> f32
                %v163 = arith.mulf %v155, %v145 fastmath<contract> : f32
                %v164 = arith.addf %v163, %v162 fastmath<contract> : f32
                %v165 = arith.addi %v134, %v1 : i64
                %v166 = arith.minsi %v165, %v137 : i64
                %v167 = arith.addi %v61, %v166 : i64
                %v168 = arith.muli %v29, %v103 : i64
                %v169 = arith.muli %v27, %v102 : i64
                %v170 = arith.addi %v168, %v169 : i64
                %v171 = arith.muli %v167, %v1 : i64
                %v172 = arith.addi %v170, %v171 : i64
                %v173 = llvm.getelementptr %in_a[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v174 = llvm.load %v173 : !llvm.ptr -> f32
                %v175 = arith.muli %v29, %v103 : i64
                %v176 = arith.muli %v27, %v102 : i64
                %v177 = arith.addi %v175, %v176 : i64
                %v178 = arith.muli %v167, %v1 : i64
                %v179 = arith.addi %v177, %v178 : i64
                %v180 = llvm.getelementptr %in_x[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v181 = llvm.load %v180 : !llvm.ptr -> f32
                %v182 = arith.mulf %v174, %v164 fastmath<contract> : f32
                %v183 = arith.addf %v182, %v181 fastmath<contract> : f32
                %v185 = arith.addi %v134, %v184 : i64
                %v186 = arith.minsi %v185, %v137 : i64
                %v187 = arith.addi %v61, %v186 : i64
                %v188 = arith.muli %v29, %v103 : i64
                %v189 = arith.muli %v27, %v102 : i64
                %v190 = arith.addi %v188, %v189 : i64
                %v191 = arith.muli %v187, %v1 : i64
                %v192 = arith.addi %v190, %v191 : i64
                %v193 = llvm.getelementptr %in_a[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v194 = llvm.load %v193 : !llvm.ptr -> f32
                %v195 = arith.muli %v29, %v103 : i64
                %v196 = arith.muli %v27, %v102 : i64
                %v197 = arith.addi %v195, %v196 : i64
                %v198 = arith.muli %v187, %v1 : i64
                %v199 = arith.addi %v197, %v198 : i64
                %v200 = llvm.getelementptr %in_x[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v201 = llvm.load %v200 : !llvm.ptr -> f32
                %v202 = arith.mulf %v194, %v183 fastmath<contract> : f32
                %v203 = arith.addf %v202, %v201 fastmath<contract> : f32
                %v205 = arith.addi %v134, %v204 : i64
                %v206 = arith.minsi %v205, %v137 : i64
                %v207 = arith.addi %v61, %v206 : i64
                %v208 = arith.muli %v29, %v103 : i64
                %v209 = arith.muli %v27, %v102 : i64
                %v210 = arith.addi %v208, %v209 : i64
                %v211 = arith.muli %v207, %v1 : i64
                %v212 = arith.addi %v210, %v211 : i64
                %v213 = llvm.getelementptr %in_a[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v214 = llvm.load %v213 : !llvm.ptr -> f32
                %v215 = arith.muli %v29, %v103 : i64
                %v216 = arith.muli %v27, %v102 : i64
                %v217 = arith.addi %v215, %v216 : i64
                %v218 = arith.muli %v207, %v1 : i64
                %v219 = arith.addi %v217, %v218 : i64
                %v220 = llvm.getelementptr %in_x[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v221 = llvm.load %v220 : !llvm.ptr -> f32
                %v222 = arith.mulf %v214, %v203 fastmath<contract> : f32
                %v223 = arith.addf %v222, %v221 fastmath<contract> : f32
                %v225 = arith.addi %v134, %v224 : i64
                %v226 = arith.minsi %v225, %v137 : i64
                %v227 = arith.addi %v61, %v226 : i64
                %v228 = arith.muli %v29, %v103 : i64
                %v229 = arith.muli %v27, %v102 : i64
                %v230 = arith.addi %v228, %v229 : i64
                %v231 = arith.muli %v227, %v1 : i64
                %v232 = arith.addi %v230, %v231 : i64
                %v233 = llvm.getelementptr %in_a[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v234 = llvm.load %v233 : !llvm.ptr -> f32
                %v235 = arith.muli %v29, %v103 : i64
                %v236 = arith.muli %v27, %v102 : i64
                %v237 = arith.addi %v235, %v236 : i64
                %v238 = arith.muli %v227, %v1 : i64
                %v239 = arith.addi %v237, %v238 : i64
                %v240 = llvm.getelementptr %in_x[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v241 = llvm.load %v240 : !llvm.ptr -> f32
                %v242 = arith.mulf %v234, %v223 fastmath<contract> : f32
                %v243 = arith.addf %v242, %v241 fastmath<contract> : f32
                %v245 = arith.addi %v134, %v244 : i64
                %v246 = arith.minsi %v245, %v137 : i64
                %v247 = arith.addi %v61, %v246 : i64
                %v248 = arith.muli %v29, %v103 : i64
                %v249 = arith.muli %v27, %v102 : i64
                %v250 = arith.addi %v248, %v249 : i64
                %v251 = arith.muli %v247, %v1 : i64
                %v252 = arith.addi %v250, %v251 : i64
                %v253 = llvm.getelementptr %in_a[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v254 = llvm.load %v253 : !llvm.ptr -> f32
                %v255 = arith.muli %v29, %v103 : i64
                %v256 = arith.muli %v27, %v102 : i64
                %v257 = arith.addi %v255, %v256 : i64
                %v258 = arith.muli %v247, %v1 : i64
                %v259 = arith.addi %v257, %v258 : i64
                %v260 = llvm.getelementptr %in_x[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v261 = llvm.load %v260 : !llvm.ptr -> f32
                %v262 = arith.mulf %v254, %v243 fastmath<contract> : f32
                %v263 = arith.addf %v262, %v261 fastmath<contract> : f32
                %v265 = arith.addi %v134, %v264 : i64
                %v266 = arith.minsi %v265, %v137 : i64
                %v267 = arith.addi %v61, %v266 : i64
                %v268 = arith.muli %v29, %v103 : i64
                %v269 = arith.muli %v27, %v102 : i64
                %v270 = arith.addi %v268, %v269 : i64
                %v271 = arith.muli %v267, %v1 : i64
                %v272 = arith.addi %v270, %v271 : i64
                %v273 = llvm.getelementptr %in_a[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v274 = llvm.load %v273 : !llvm.ptr -> f32
                %v275 = arith.muli %v29, %v103 : i64
                %v276 = arith.muli %v27, %v102 : i64
                %v277 = arith.addi %v275, %v276 : i64
                %v278 = arith.muli %v267, %v1 : i64
                %v279 = arith.addi %v277, %v278 : i64
                %v280 = llvm.getelementptr %in_x[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v281 = llvm.load %v280 : !llvm.ptr -> f32
                %v282 = arith.mulf %v274, %v263 fastmath<contract> : f32
                %v283 = arith.addf %v282, %v281 fastmath<contract> : f32
                %v284 = arith.addi %v134, %v47 : i64
                %v285 = arith.minsi %v284, %v137 : i64
                %v286 = arith.addi %v61, %v285 : i64
                %v287 = arith.muli %v29, %v103 : i64
                %v288 = arith.muli %v27, %v102 : i64
                %v289 = arith.addi %v287, %v288 : i64
                %v290 = arith.muli %v286, %v1 : i64
                %v291 = arith.addi %v289, %v290 : i64
                %v292 = llvm.getelementptr %in_a[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v293 = llvm.load %v292 : !llvm.ptr -> f32
                %v294 = arith.muli %v29, %v103 : i64
                %v295 = arith.muli %v27, %v102 : i64
                %v296 = arith.addi %v294, %v295 : i64
                %v297 = arith.muli %v286, %v1 : i64
                %v298 = arith.addi %v296, %v297 : i64
                %v299 = llvm.getelementptr %in_x[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v300 = llvm.load %v299 : !llvm.ptr -> f32
                %v301 = arith.mulf %v293, %v283 fastmath<contract> : f32
                %v302 = arith.addf %v301, %v300 fastmath<contract> : f32
                %v303 = arith.subi %v63, %v134 : i64
                %v304 = arith.trunci %v303 : i64 to i32
                %v305 = arith.subi %size_T, %v1 : i64
                %v306 = arith.addi %v61, %v134 : i64
                %v307 = arith.subi %v305, %v306 : i64
                %v309 = arith.minsi %v307, %v308 : i64
                %v310 = arith.trunci %v309 : i64 to i32
                %v311 = arith.addi %v134, %v47 : i64
                %v313 = arith.cmpi slt, %v312, %v304 : i32
                %v314 = arith.cmpi eq, %v312, %v310 : i32
                %v315 = arith.addi %v61, %v311 : i64
                %v316 = arith.muli %v29, %v103 : i64
                %v317 = arith.muli %v27, %v102 : i64
                %v318 = arith.addi %v316, %v317 : i64
                %v319 = arith.muli %v315, %v1 : i64
                %v320 = arith.addi %v318, %v319 : i64
                %v321 = llvm.getelementptr %dy_y[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v322 = llvm.load %v321 : !llvm.ptr -> f32
                %v323 = llvm.load %v31 : !llvm.ptr -> f32
                %v324 = llvm.load %v32 : !llvm.ptr -> f32
                %v325 = arith.mulf %v324, %v323 fastmath<contract> : f32
                %v326 = arith.addf %v322, %v325 fastmath<contract> : f32
                llvm.store %v326, %v31 : f32, !llvm.ptr
                %v327 = llvm.load %v31 : !llvm.ptr -> f32
                %v328 = arith.mulf %v283, %v327 fastmath<contract> : f32
                scf.if %v24 {
                  %v329 = arith.muli %v29, %v103 : i64
                  %v330 = arith.muli %v27, %v102 : i64
                  %v331 = arith.addi %v329, %v330 : i64
                  %v332 = arith.muli %v315, %v1 : i64
                  %v333 = arith.addi %v331, %v332 : i64
                  %v334 = llvm.getelementptr %dx_a[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v328, %v334 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v335 = arith.muli %v29, %v103 : i64
                  %v336 = arith.muli %v27, %v102 : i64
                  %v337 = arith.addi %v335, %v336 : i64
                  %v338 = arith.muli %v315, %v1 : i64
                  %v339 = arith.addi %v337, %v338 : i64
                  %v340 = llvm.getelementptr %dx_x[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v327, %v340 : f32, !llvm.ptr
                }
                %v341 = arith.muli %v29, %v103 : i64
                %v342 = arith.muli %v27, %v102 : i64
                %v343 = arith.addi %v341, %v342 : i64
                %v344 = arith.muli %v315, %v1 : i64
                %v345 = arith.addi %v343, %v344 : i64
                %v346 = llvm.getelementptr %in_a[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v347 = llvm.load %v346 : !llvm.ptr -> f32
                llvm.store %v347, %v32 : f32, !llvm.ptr
                %v348 = arith.addi %v134, %v264 : i64
                %v350 = arith.cmpi slt, %v349, %v304 : i32
                %v351 = arith.cmpi eq, %v349, %v310 : i32
                %v352 = arith.addi %v61, %v348 : i64
                %v353 = arith.muli %v29, %v103 : i64
                %v354 = arith.muli %v27, %v102 : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = arith.muli %v352, %v1 : i64
                %v357 = arith.addi %v355, %v356 : i64
                %v358 = llvm.getelementptr %dy_y[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v359 = llvm.load %v358 : !llvm.ptr -> f32
                %v360 = llvm.load %v31 : !llvm.ptr -> f32
                %v361 = llvm.load %v32 : !llvm.ptr -> f32
                %v362 = arith.mulf %v361, %v360 fastmath<contract> : f32
                %v363 = arith.addf %v359, %v362 fastmath<contract> : f32
                llvm.store %v363, %v31 : f32, !llvm.ptr
                %v364 = llvm.load %v31 : !llvm.ptr -> f32
                %v365 = arith.mulf %v263, %v364 fastmath<contract> : f32
                scf.if %v24 {
                  %v366 = arith.muli %v29, %v103 : i64
                  %v367 = arith.muli %v27, %v102 : i64
                  %v368 = arith.addi %v366, %v367 : i64
                  %v369 = arith.muli %v352, %v1 : i64
                  %v370 = arith.addi %v368, %v369 : i64
                  %v371 = llvm.getelementptr %dx_a[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v365, %v371 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v372 = arith.muli %v29, %v103 : i64
                  %v373 = arith.muli %v27, %v102 : i64
                  %v374 = arith.addi %v372, %v373 : i64
                  %v375 = arith.muli %v352, %v1 : i64
                  %v376 = arith.addi %v374, %v375 : i64
                  %v377 = llvm.getelementptr %dx_x[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v364, %v377 : f32, !llvm.ptr
                }
                %v378 = arith.muli %v29, %v103 : i64
                %v379 = arith.muli %v27, %v102 : i64
                %v380 = arith.addi %v378, %v379 : i64
                %v381 = arith.muli %v352, %v1 : i64
                %v382 = arith.addi %v380, %v381 : i64
                %v383 = llvm.getelementptr %in_a[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v384 = llvm.load %v383 : !llvm.ptr -> f32
                llvm.store %v384, %v32 : f32, !llvm.ptr
                %v385 = arith.addi %v134, %v244 : i64
                %v387 = arith.cmpi slt, %v386, %v304 : i32
                %v388 = arith.cmpi eq, %v386, %v310 : i32
                %v389 = arith.addi %v61, %v385 : i64
                %v390 = arith.muli %v29, %v103 : i64
                %v391 = arith.muli %v27, %v102 : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = arith.muli %v389, %v1 : i64
                %v394 = arith.addi %v392, %v393 : i64
                %v395 = llvm.getelementptr %dy_y[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v396 = llvm.load %v395 : !llvm.ptr -> f32
                %v397 = llvm.load %v31 : !llvm.ptr -> f32
                %v398 = llvm.load %v32 : !llvm.ptr -> f32
                %v399 = arith.mulf %v398, %v397 fastmath<contract> : f32
                %v400 = arith.addf %v396, %v399 fastmath<contract> : f32
                llvm.store %v400, %v31 : f32, !llvm.ptr
                %v401 = llvm.load %v31 : !llvm.ptr -> f32
                %v402 = arith.mulf %v243, %v401 fastmath<contract> : f32
                scf.if %v24 {
                  %v403 = arith.muli %v29, %v103 : i64
                  %v404 = arith.muli %v27, %v102 : i64
                  %v405 = arith.addi %v403, %v404 : i64
                  %v406 = arith.muli %v389, %v1 : i64
                  %v407 = arith.addi %v405, %v406 : i64
                  %v408 = llvm.getelementptr %dx_a[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v402, %v408 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v409 = arith.muli %v29, %v103 : i64
                  %v410 = arith.muli %v27, %v102 : i64
                  %v411 = arith.addi %v409, %v410 : i64
                  %v412 = arith.muli %v389, %v1 : i64
                  %v413 = arith.addi %v411, %v412 : i64
                  %v414 = llvm.getelementptr %dx_x[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v401, %v414 : f32, !llvm.ptr
                }
                %v415 = arith.muli %v29, %v103 : i64
                %v416 = arith.muli %v27, %v102 : i64
                %v417 = arith.addi %v415, %v416 : i64
                %v418 = arith.muli %v389, %v1 : i64
                %v419 = arith.addi %v417, %v418 : i64
                %v420 = llvm.getelementptr %in_a[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v421 = llvm.load %v420 : !llvm.ptr -> f32
                llvm.store %v421, %v32 : f32, !llvm.ptr
                %v422 = arith.addi %v134, %v224 : i64
                %v424 = arith.cmpi slt, %v423, %v304 : i32
                %v425 = arith.cmpi eq, %v423, %v310 : i32
                %v426 = arith.addi %v61, %v422 : i64
                %v427 = arith.muli %v29, %v103 : i64
                %v428 = arith.muli %v27, %v102 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = arith.muli %v426, %v1 : i64
                %v431 = arith.addi %v429, %v430 : i64
                %v432 = llvm.getelementptr %dy_y[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v433 = llvm.load %v432 : !llvm.ptr -> f32
                %v434 = llvm.load %v31 : !llvm.ptr -> f32
                %v435 = llvm.load %v32 : !llvm.ptr -> f32
                %v436 = arith.mulf %v435, %v434 fastmath<contract> : f32
                %v437 = arith.addf %v433, %v436 fastmath<contract> : f32
                llvm.store %v437, %v31 : f32, !llvm.ptr
                %v438 = llvm.load %v31 : !llvm.ptr -> f32
                %v439 = arith.mulf %v223, %v438 fastmath<contract> : f32
                scf.if %v24 {
                  %v440 = arith.muli %v29, %v103 : i64
                  %v441 = arith.muli %v27, %v102 : i64
                  %v442 = arith.addi %v440, %v441 : i64
                  %v443 = arith.muli %v426, %v1 : i64
                  %v444 = arith.addi %v442, %v443 : i64
                  %v445 = llvm.getelementptr %dx_a[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v439, %v445 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v446 = arith.muli %v29, %v103 : i64
                  %v447 = arith.muli %v27, %v102 : i64
                  %v448 = arith.addi %v446, %v447 : i64
                  %v449 = arith.muli %v426, %v1 : i64
                  %v450 = arith.addi %v448, %v449 : i64
                  %v451 = llvm.getelementptr %dx_x[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v438, %v451 : f32, !llvm.ptr
                }
                %v452 = arith.muli %v29, %v103 : i64
                %v453 = arith.muli %v27, %v102 : i64
                %v454 = arith.addi %v452, %v453 : i64
                %v455 = arith.muli %v426, %v1 : i64
                %v456 = arith.addi %v454, %v455 : i64
                %v457 = llvm.getelementptr %in_a[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v458 = llvm.load %v457 : !llvm.ptr -> f32
                llvm.store %v458, %v32 : f32, !llvm.ptr
                %v459 = arith.addi %v134, %v204 : i64
                %v461 = arith.cmpi slt, %v460, %v304 : i32
                %v462 = arith.cmpi eq, %v460, %v310 : i32
                %v463 = arith.addi %v61, %v459 : i64
                %v464 = arith.muli %v29, %v103 : i64
                %v465 = arith.muli %v27, %v102 : i64
                %v466 = arith.addi %v464, %v465 : i64
                %v467 = arith.muli %v463, %v1 : i64
                %v468 = arith.addi %v466, %v467 : i64
                %v469 = llvm.getelementptr %dy_y[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v470 = llvm.load %v469 : !llvm.ptr -> f32
                %v471 = llvm.load %v31 : !llvm.ptr -> f32
                %v472 = llvm.load %v32 : !llvm.ptr -> f32
                %v473 = arith.mulf %v472, %v471 fastmath<contract> : f32
                %v474 = arith.addf %v470, %v473 fastmath<contract> : f32
                llvm.store %v474, %v31 : f32, !llvm.ptr
                %v475 = llvm.load %v31 : !llvm.ptr -> f32
                %v476 = arith.mulf %v203, %v475 fastmath<contract> : f32
                scf.if %v24 {
                  %v477 = arith.muli %v29, %v103 : i64
                  %v478 = arith.muli %v27, %v102 : i64
                  %v479 = arith.addi %v477, %v478 : i64
                  %v480 = arith.muli %v463, %v1 : i64
                  %v481 = arith.addi %v479, %v480 : i64
                  %v482 = llvm.getelementptr %dx_a[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v476, %v482 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v483 = arith.muli %v29, %v103 : i64
                  %v484 = arith.muli %v27, %v102 : i64
                  %v485 = arith.addi %v483, %v484 : i64
                  %v486 = arith.muli %v463, %v1 : i64
                  %v487 = arith.addi %v485, %v486 : i64
                  %v488 = llvm.getelementptr %dx_x[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v475, %v488 : f32, !llvm.ptr
                }
                %v489 = arith.muli %v29, %v103 : i64
                %v490 = arith.muli %v27, %v102 : i64
                %v491 = arith.addi %v489, %v490 : i64
                %v492 = arith.muli %v463, %v1 : i64
                %v493 = arith.addi %v491, %v492 : i64
                %v494 = llvm.getelementptr %in_a[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v495 = llvm.load %v494 : !llvm.ptr -> f32
                llvm.store %v495, %v32 : f32, !llvm.ptr
                %v496 = arith.addi %v134, %v184 : i64
                %v498 = arith.cmpi slt, %v497, %v304 : i32
                %v499 = arith.cmpi eq, %v497, %v310 : i32
                %v500 = arith.addi %v61, %v496 : i64
                %v501 = arith.muli %v29, %v103 : i64
                %v502 = arith.muli %v27, %v102 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = arith.muli %v500, %v1 : i64
                %v505 = arith.addi %v503, %v504 : i64
                %v506 = llvm.getelementptr %dy_y[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v507 = llvm.load %v506 : !llvm.ptr -> f32
                %v508 = llvm.load %v31 : !llvm.ptr -> f32
                %v509 = llvm.load %v32 : !llvm.ptr -> f32
                %v510 = arith.mulf %v509, %v508 fastmath<contract> : f32
                %v511 = arith.addf %v507, %v510 fastmath<contract> : f32
                llvm.store %v511, %v31 : f32, !llvm.ptr
                %v512 = llvm.load %v31 : !llvm.ptr -> f32
                %v513 = arith.mulf %v183, %v512 fastmath<contract> : f32
                scf.if %v24 {
                  %v514 = arith.muli %v29, %v103 : i64
                  %v515 = arith.muli %v27, %v102 : i64
                  %v516 = arith.addi %v514, %v515 : i64
                  %v517 = arith.muli %v500, %v1 : i64
                  %v518 = arith.addi %v516, %v517 : i64
                  %v519 = llvm.getelementptr %dx_a[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v513, %v519 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v520 = arith.muli %v29, %v103 : i64
                  %v521 = arith.muli %v27, %v102 : i64
                  %v522 = arith.addi %v520, %v521 : i64
                  %v523 = arith.muli %v500, %v1 : i64
                  %v524 = arith.addi %v522, %v523 : i64
                  %v525 = llvm.getelementptr %dx_x[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v512, %v525 : f32, !llvm.ptr
                }
                %v526 = arith.muli %v29, %v103 : i64
                %v527 = arith.muli %v27, %v102 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = arith.muli %v500, %v1 : i64
                %v530 = arith.addi %v528, %v529 : i64
                %v531 = llvm.getelementptr %in_a[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v532 = llvm.load %v531 : !llvm.ptr -> f32
                llvm.store %v532, %v32 : f32, !llvm.ptr
                %v533 = arith.addi %v134, %v1 : i64
                %v535 = arith.cmpi slt, %v534, %v304 : i32
                %v536 = arith.cmpi eq, %v534, %v310 : i32
                %v537 = arith.addi %v61, %v533 : i64
                %v538 = arith.muli %v29, %v103 : i64
                %v539 = arith.muli %v27, %v102 : i64
                %v540 = arith.addi %v538, %v539 : i64
                %v541 = arith.muli %v537, %v1 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = llvm.getelementptr %dy_y[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                %v545 = llvm.load %v31 : !llvm.ptr -> f32
                %v546 = llvm.load %v32 : !llvm.ptr -> f32
                %v547 = arith.mulf %v546, %v545 fastmath<contract> : f32
                %v548 = arith.addf %v544, %v547 fastmath<contract> : f32
                llvm.store %v548, %v31 : f32, !llvm.ptr
                %v549 = llvm.load %v31 : !llvm.ptr -> f32
                %v550 = arith.mulf %v164, %v549 fastmath<contract> : f32
                scf.if %v24 {
                  %v551 = arith.muli %v29, %v103 : i64
                  %v552 = arith.muli %v27, %v102 : i64
                  %v553 = arith.addi %v551, %v552 : i64
                  %v554 = arith.muli %v537, %v1 : i64
                  %v555 = arith.addi %v553, %v554 : i64
                  %v556 = llvm.getelementptr %dx_a[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v550, %v556 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v557 = arith.muli %v29, %v103 : i64
                  %v558 = arith.muli %v27, %v102 : i64
                  %v559 = arith.addi %v557, %v558 : i64
                  %v560 = arith.muli %v537, %v1 : i64
                  %v561 = arith.addi %v559, %v560 : i64
                  %v562 = llvm.getelementptr %dx_x[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v549, %v562 : f32, !llvm.ptr
                }
                %v563 = arith.muli %v29, %v103 : i64
                %v564 = arith.muli %v27, %v102 : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = arith.muli %v537, %v1 : i64
                %v567 = arith.addi %v565, %v566 : i64
                %v568 = llvm.getelementptr %in_a[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v569 = llvm.load %v568 : !llvm.ptr -> f32
                llvm.store %v569, %v32 : f32, !llvm.ptr
                %v570 = arith.addi %v134, %v10 : i64
                %v572 = arith.cmpi slt, %v571, %v304 : i32
                %v573 = arith.cmpi eq, %v571, %v310 : i32
                %v574 = arith.addi %v61, %v570 : i64
                %v575 = arith.muli %v29, %v103 : i64
                %v576 = arith.muli %v27, %v102 : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = arith.muli %v574, %v1 : i64
                %v579 = arith.addi %v577, %v578 : i64
                %v580 = llvm.getelementptr %dy_y[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v581 = llvm.load %v580 : !llvm.ptr -> f32
                %v582 = llvm.load %v31 : !llvm.ptr -> f32
                %v583 = llvm.load %v32 : !llvm.ptr -> f32
                %v584 = arith.mulf %v583, %v582 fastmath<contract> : f32
                %v585 = arith.addf %v581, %v584 fastmath<contract> : f32
                llvm.store %v585, %v31 : f32, !llvm.ptr
                %v586 = llvm.load %v31 : !llvm.ptr -> f32
                %v587 = arith.mulf %v145, %v586 fastmath<contract> : f32
                scf.if %v24 {
                  %v588 = arith.muli %v29, %v103 : i64
                  %v589 = arith.muli %v27, %v102 : i64
                  %v590 = arith.addi %v588, %v589 : i64
                  %v591 = arith.muli %v574, %v1 : i64
                  %v592 = arith.addi %v590, %v591 : i64
                  %v593 = llvm.getelementptr %dx_a[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v587, %v593 : f32, !llvm.ptr
                }
                scf.if %v24 {
                  %v594 = arith.muli %v29, %v103 : i64
                  %v595 = arith.muli %v27, %v102 : i64
                  %v596 = arith.addi %v594, %v595 : i64
                  %v597 = arith.muli %v574, %v1 : i64
                  %v598 = arith.addi %v596, %v597 : i64
                  %v599 = llvm.getelementptr %dx_x[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v586, %v599 : f32, !llvm.ptr
                }
                %v600 = arith.muli %v29, %v103 : i64
                %v601 = arith.muli %v27, %v102 : i64
                %v602 = arith.addi %v600, %v601 : i64
                %v603 = arith.muli %v574, %v1 : i64
                %v604 = arith.addi %v602, %v603 : i64
                %v605 = llvm.getelementptr %in_a[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v606 = llvm.load %v605 : !llvm.ptr -> f32
                llvm.store %v606, %v32 : f32, !llvm.ptr
              } else {
                %v607 = arith.subi %v63, %v1 : i64
                %v608 = arith.muli %v133, %v3 : i64
                %v609 = arith.subi %v3, %v1 : i64
                %v610 = arith.minsi %v23, %v609 : i64
                %v611 = arith.addi %v608, %v610 : i64
                %v612 = arith.muli %v611, %v1 : i64
                %v613 = arith.addi %v612, %v10 : i64
                %v614 = llvm.getelementptr %scratch_h[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v615 = llvm.load %v614 : !llvm.ptr -> f32
                // the group's states, recomputed into registers
                %v616 = arith.addi %v134, %v10 : i64
                %v617 = arith.minsi %v616, %v607 : i64
                %v618 = arith.addi %v61, %v617 : i64
                %v619 = arith.muli %v29, %v103 : i64
                %v620 = arith.muli %v27, %v102 : i64
                %v621 = arith.addi %v619, %v620 : i64
                %v622 = arith.muli %v618, %v1 : i64
                %v623 = arith.addi %v621, %v622 : i64
                %v624 = llvm.getelementptr %in_a[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v625 = llvm.load %v624 : !llvm.ptr -> f32
                %v626 = arith.muli %v29, %v103 : i64
                %v627 = arith.muli %v27, %v102 : i64
                %v628 = arith.addi %v626, %v627 : i64
                %v629 = arith.muli %v618, %v1 : i64
                %v630 = arith.addi %v628, %v629 : i64
                %v631 = llvm.getelementptr %in_x[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v632 = llvm.load %v631 : !llvm.ptr -> f32
                %v633 = arith.mulf %v625, %v615 fastmath<contract> : f32
                %v634 = arith.addf %v633, %v632 fastmath<contract> : f32
                %v635 = arith.addi %v134, %v1 : i64
                %v636 = arith.minsi %v635, %v607 : i64
                %v637 = arith.addi %v61, %v636 : i64
                %v638 = arith.muli %v29, %v103 : i64
                %v639 = arith.muli %v27, %v102 : i64
                %v640 = arith.addi %v638, %v639 : i64
                %v641 = arith.muli %v637, %v1 : i64
                %v642 = arith.addi %v640, %v641 : i64
                %v643 = llvm.getelementptr %in_a[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v644 = llvm.load %v643 : !llvm.ptr -> f32
                %v645 = arith.muli %v29, %v103 : i64
                %v646 = arith.muli %v27, %v102 : i64
                %v647 = arith.addi %v645, %v646 : i64
                %v648 = arith.muli %v637, %v1 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = llvm.getelementptr %in_x[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v651 = llvm.load %v650 : !llvm.ptr -> f32
                %v652 = arith.mulf %v644, %v634 fastmath<contract> : f32
                %v653 = arith.addf %v652, %v651 fastmath<contract> : f32
                %v654 = arith.addi %v134, %v184 : i64
                %v655 = arith.minsi %v654, %v607 : i64
                %v656 = arith.addi %v61, %v655 : i64
                %v657 = arith.muli %v29, %v103 : i64
                %v658 = arith.muli %v27, %v102 : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = arith.muli %v656, %v1 : i64
                %v661 = arith.addi %v659, %v660 : i64
                %v662 = llvm.getelementptr %in_a[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v663 = llvm.load %v662 : !llvm.ptr -> f32
                %v664 = arith.muli %v29, %v103 : i64
                %v665 = arith.muli %v27, %v102 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = arith.muli %v656, %v1 : i64
                %v668 = arith.addi %v666, %v667 : i64
                %v669 = llvm.getelementptr %in_x[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v670 = llvm.load %v669 : !llvm.ptr -> f32
                %v671 = arith.mulf %v663, %v653 fastmath<contract> : f32
                %v672 = arith.addf %v671, %v670 fastmath<contract> : f32
                %v673 = arith.addi %v134, %v204 : i64
                %v674 = arith.minsi %v673, %v607 : i64
                %v675 = arith.addi %v61, %v674 : i64
                %v676 = arith.muli %v29, %v103 : i64
                %v677 = arith.muli %v27, %v102 : i64
                %v678 = arith.addi %v676, %v677 : i64
                %v679 = arith.muli %v675, %v1 : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = llvm.getelementptr %in_a[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v682 = llvm.load %v681 : !llvm.ptr -> f32
                %v683 = arith.muli %v29, %v103 : i64
                %v684 = arith.muli %v27, %v102 : i64
                %v685 = arith.addi %v683, %v684 : i64
                %v686 = arith.muli %v675, %v1 : i64
                %v687 = arith.addi %v685, %v686 : i64
                %v688 = llvm.getelementptr %in_x[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v689 = llvm.load %v688 : !llvm.ptr -> f32
                %v690 = arith.mulf %v682, %v672 fastmath<contract> : f32
                %v691 = arith.addf %v690, %v689 fastmath<contract> : f32
                %v692 = arith.addi %v134, %v224 : i64
                %v693 = arith.minsi %v692, %v607 : i64
                %v694 = arith.addi %v61, %v693 : i64
                %v695 = arith.muli %v29, %v103 : i64
                %v696 = arith.muli %v27, %v102 : i64
                %v697 = arith.addi %v695, %v696 : i64
                %v698 = arith.muli %v694, %v1 : i64
                %v699 = arith.addi %v697, %v698 : i64
                %v700 = llvm.getelementptr %in_a[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v701 = llvm.load %v700 : !llvm.ptr -> f32
                %v702 = arith.muli %v29, %v103 : i64
                %v703 = arith.muli %v27, %v102 : i64
                %v704 = arith.addi %v702, %v703 : i64
                %v705 = arith.muli %v694, %v1 : i64
                %v706 = arith.addi %v704, %v705 : i64
                %v707 = llvm.getelementptr %in_x[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v708 = llvm.load %v707 : !llvm.ptr -> f32
                %v709 = arith.mulf %v701, %v691 fastmath<contract> : f32
                %v710 = arith.addf %v709, %v708 fastmath<contract> : f32
                %v711 = arith.addi %v134, %v244 : i64
                %v712 = arith.minsi %v711, %v607 : i64
                %v713 = arith.addi %v61, %v712 : i64
                %v714 = arith.muli %v29, %v103 : i64
                %v715 = arith.muli %v27, %v102 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = arith.muli %v713, %v1 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = llvm.getelementptr %in_a[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v720 = llvm.load %v719 : !llvm.ptr -> f32
                %v721 = arith.muli %v29, %v103 : i64
                %v722 = arith.muli %v27, %v102 : i64
                %v723 = arith.addi %v721, %v722 : i64
                %v724 = arith.muli %v713, %v1 : i64
                %v725 = arith.addi %v723, %v724 : i64
                %v726 = llvm.getelementptr %in_x[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v727 = llvm.load %v726 : !llvm.ptr -> f32
                %v728 = arith.mulf %v720, %v710 fastmath<contract> : f32
                %v729 = arith.addf %v728, %v727 fastmath<contract> : f32
                %v730 = arith.addi %v134, %v264 : i64
                %v731 = arith.minsi %v730, %v607 : i64
                %v732 = arith.addi %v61, %v731 : i64
                %v733 = arith.muli %v29, %v103 : i64
                %v734 = arith.muli %v27, %v102 : i64
                %v735 = arith.addi %v733, %v734 : i64
                %v736 = arith.muli %v732, %v1 : i64
                %v737 = arith.addi %v735, %v736 : i64
                %v738 = llvm.getelementptr %in_a[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v739 = llvm.load %v738 : !llvm.ptr -> f32
                %v740 = arith.muli %v29, %v103 : i64
                %v741 = arith.muli %v27, %v102 : i64
                %v742 = arith.addi %v740, %v741 : i64
                %v743 = arith.muli %v732, %v1 : i64
                %v744 = arith.addi %v742, %v743 : i64
                %v745 = llvm.getelementptr %in_x[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v746 = llvm.load %v745 : !llvm.ptr -> f32
                %v747 = arith.mulf %v739, %v729 fastmath<contract> : f32
                %v748 = arith.addf %v747, %v746 fastmath<contract> : f32
                %v749 = arith.addi %v134, %v47 : i64
                %v750 = arith.minsi %v749, %v607 : i64
                %v751 = arith.addi %v61, %v750 : i64
                %v752 = arith.muli %v29, %v103 : i64
                %v753 = arith.muli %v27, %v102 : i64
                %v754 = arith.addi %v752, %v753 : i64
                %v755 = arith.muli %v751, %v1 : i64
                %v756 = arith.addi %v754, %v755 : i64
                %v757 = llvm.getelementptr %in_a[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v758 = llvm.load %v757 : !llvm.ptr -> f32
                %v759 = arith.muli %v29, %v103 : i64
                %v760 = arith.muli %v27, %v102 : i64
                %v761 = arith.addi %v759, %v760 : i64
                %v762 = arith.muli %v751, %v1 : i64
                %v763 = arith.addi %v761, %v762 : i64
                %v764 = llvm.getelementptr %in_x[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v765 = llvm.load %v764 : !llvm.ptr -> f32
                %v766 = arith.mulf %v758, %v748 fastmath<contract> : f32
                %v767 = arith.addf %v766, %v765 fastmath<contract> : f32
                %v768 = arith.subi %v63, %v134 : i64
                %v769 = arith.trunci %v768 : i64 to i32
                %v770 = arith.subi %size_T, %v1 : i64
                %v771 = arith.addi %v61, %v134 : i64
                %v772 = arith.subi %v770, %v771 : i64
                %v773 = arith.minsi %v772, %v308 : i64
                %v774 = arith.trunci %v773 : i64 to i32
                %v775 = arith.addi %v134, %v47 : i64
                %v776 = arith.cmpi slt, %v312, %v769 : i32
                %v777 = arith.cmpi eq, %v312, %v774 : i32
                scf.if %v776 {
                  %v778 = arith.addi %v61, %v775 : i64
                  %v779 = arith.muli %v29, %v103 : i64
                  %v780 = arith.muli %v27, %v102 : i64
                  %v781 = arith.addi %v779, %v780 : i64
                  %v782 = arith.muli %v778, %v1 : i64
                  %v783 = arith.addi %v781, %v782 : i64
                  %v784 = llvm.getelementptr %dy_y[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v785 = llvm.load %v784 : !llvm.ptr -> f32
                  %v786 = llvm.load %v31 : !llvm.ptr -> f32
                  %v787 = llvm.load %v32 : !llvm.ptr -> f32
                  %v788 = arith.mulf %v787, %v786 fastmath<contract> : f32
                  %v789 = arith.addf %v785, %v788 fastmath<contract> : f32
                  llvm.store %v789, %v31 : f32, !llvm.ptr
                  %v790 = llvm.load %v31 : !llvm.ptr -> f32
                  %v791 = arith.mulf %v748, %v790 fastmath<contract> : f32
                  scf.if %v24 {
                    %v792 = arith.muli %v29, %v103 : i64
                    %v793 = arith.muli %v27, %v102 : i64
                    %v794 = arith.addi %v792, %v793 : i64
                    %v795 = arith.muli %v778, %v1 : i64
                    %v796 = arith.addi %v794, %v795 : i64
                    %v797 = llvm.getelementptr %dx_a[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v791, %v797 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v798 = arith.muli %v29, %v103 : i64
                    %v799 = arith.muli %v27, %v102 : i64
                    %v800 = arith.addi %v798, %v799 : i64
                    %v801 = arith.muli %v778, %v1 : i64
                    %v802 = arith.addi %v800, %v801 : i64
                    %v803 = llvm.getelementptr %dx_x[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v790, %v803 : f32, !llvm.ptr
                  }
                  %v804 = arith.muli %v29, %v103 : i64
                  %v805 = arith.muli %v27, %v102 : i64
                  %v806 = arith.addi %v804, %v805 : i64
                  %v807 = arith.muli %v778, %v1 : i64
                  %v808 = arith.addi %v806, %v807 : i64
                  %v809 = llvm.getelementptr %in_a[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v810 = llvm.load %v809 : !llvm.ptr -> f32
                  llvm.store %v810, %v32 : f32, !llvm.ptr
                }
                %v811 = arith.addi %v134, %v264 : i64
                %v812 = arith.cmpi slt, %v349, %v769 : i32
                %v813 = arith.cmpi eq, %v349, %v774 : i32
                scf.if %v812 {
                  %v814 = arith.addi %v61, %v811 : i64
                  %v815 = arith.muli %v29, %v103 : i64
                  %v816 = arith.muli %v27, %v102 : i64
                  %v817 = arith.addi %v815, %v816 : i64
                  %v818 = arith.muli %v814, %v1 : i64
                  %v819 = arith.addi %v817, %v818 : i64
                  %v820 = llvm.getelementptr %dy_y[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v821 = llvm.load %v820 : !llvm.ptr -> f32
                  %v822 = llvm.load %v31 : !llvm.ptr -> f32
                  %v823 = llvm.load %v32 : !llvm.ptr -> f32
                  %v824 = arith.mulf %v823, %v822 fastmath<contract> : f32
                  %v825 = arith.addf %v821, %v824 fastmath<contract> : f32
                  llvm.store %v825, %v31 : f32, !llvm.ptr
                  %v826 = llvm.load %v31 : !llvm.ptr -> f32
                  %v827 = arith.mulf %v729, %v826 fastmath<contract> : f32
                  scf.if %v24 {
                    %v828 = arith.muli %v29, %v103 : i64
                    %v829 = arith.muli %v27, %v102 : i64
                    %v830 = arith.addi %v828, %v829 : i64
                    %v831 = arith.muli %v814, %v1 : i64
                    %v832 = arith.addi %v830, %v831 : i64
                    %v833 = llvm.getelementptr %dx_a[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v827, %v833 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v834 = arith.muli %v29, %v103 : i64
                    %v835 = arith.muli %v27, %v102 : i64
                    %v836 = arith.addi %v834, %v835 : i64
                    %v837 = arith.muli %v814, %v1 : i64
                    %v838 = arith.addi %v836, %v837 : i64
                    %v839 = llvm.getelementptr %dx_x[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v826, %v839 : f32, !llvm.ptr
                  }
                  %v840 = arith.muli %v29, %v103 : i64
                  %v841 = arith.muli %v27, %v102 : i64
                  %v842 = arith.addi %v840, %v841 : i64
                  %v843 = arith.muli %v814, %v1 : i64
                  %v844 = arith.addi %v842, %v843 : i64
                  %v845 = llvm.getelementptr %in_a[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v846 = llvm.load %v845 : !llvm.ptr -> f32
                  llvm.store %v846, %v32 : f32, !llvm.ptr
                }
                %v847 = arith.addi %v134, %v244 : i64
                %v848 = arith.cmpi slt, %v386, %v769 : i32
                %v849 = arith.cmpi eq, %v386, %v774 : i32
                scf.if %v848 {
                  %v850 = arith.addi %v61, %v847 : i64
                  %v851 = arith.muli %v29, %v103 : i64
                  %v852 = arith.muli %v27, %v102 : i64
                  %v853 = arith.addi %v851, %v852 : i64
                  %v854 = arith.muli %v850, %v1 : i64
                  %v855 = arith.addi %v853, %v854 : i64
                  %v856 = llvm.getelementptr %dy_y[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v857 = llvm.load %v856 : !llvm.ptr -> f32
                  %v858 = llvm.load %v31 : !llvm.ptr -> f32
                  %v859 = llvm.load %v32 : !llvm.ptr -> f32
                  %v860 = arith.mulf %v859, %v858 fastmath<contract> : f32
                  %v861 = arith.addf %v857, %v860 fastmath<contract> : f32
                  llvm.store %v861, %v31 : f32, !llvm.ptr
                  %v862 = llvm.load %v31 : !llvm.ptr -> f32
                  %v863 = arith.mulf %v710, %v862 fastmath<contract> : f32
                  scf.if %v24 {
                    %v864 = arith.muli %v29, %v103 : i64
                    %v865 = arith.muli %v27, %v102 : i64
                    %v866 = arith.addi %v864, %v865 : i64
                    %v867 = arith.muli %v850, %v1 : i64
                    %v868 = arith.addi %v866, %v867 : i64
                    %v869 = llvm.getelementptr %dx_a[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v863, %v869 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v870 = arith.muli %v29, %v103 : i64
                    %v871 = arith.muli %v27, %v102 : i64
                    %v872 = arith.addi %v870, %v871 : i64
                    %v873 = arith.muli %v850, %v1 : i64
                    %v874 = arith.addi %v872, %v873 : i64
                    %v875 = llvm.getelementptr %dx_x[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v862, %v875 : f32, !llvm.ptr
                  }
                  %v876 = arith.muli %v29, %v103 : i64
                  %v877 = arith.muli %v27, %v102 : i64
                  %v878 = arith.addi %v876, %v877 : i64
                  %v879 = arith.muli %v850, %v1 : i64
                  %v880 = arith.addi %v878, %v879 : i64
                  %v881 = llvm.getelementptr %in_a[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v882 = llvm.load %v881 : !llvm.ptr -> f32
                  llvm.store %v882, %v32 : f32, !llvm.ptr
                }
                %v883 = arith.addi %v134, %v224 : i64
                %v884 = arith.cmpi slt, %v423, %v769 : i32
                %v885 = arith.cmpi eq, %v423, %v774 : i32
                scf.if %v884 {
                  %v886 = arith.addi %v61, %v883 : i64
                  %v887 = arith.muli %v29, %v103 : i64
                  %v888 = arith.muli %v27, %v102 : i64
                  %v889 = arith.addi %v887, %v888 : i64
                  %v890 = arith.muli %v886, %v1 : i64
                  %v891 = arith.addi %v889, %v890 : i64
                  %v892 = llvm.getelementptr %dy_y[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v893 = llvm.load %v892 : !llvm.ptr -> f32
                  %v894 = llvm.load %v31 : !llvm.ptr -> f32
                  %v895 = llvm.load %v32 : !llvm.ptr -> f32
                  %v896 = arith.mulf %v895, %v894 fastmath<contract> : f32
                  %v897 = arith.addf %v893, %v896 fastmath<contract> : f32
                  llvm.store %v897, %v31 : f32, !llvm.ptr
                  %v898 = llvm.load %v31 : !llvm.ptr -> f32
                  %v899 = arith.mulf %v691, %v898 fastmath<contract> : f32
                  scf.if %v24 {
                    %v900 = arith.muli %v29, %v103 : i64
                    %v901 = arith.muli %v27, %v102 : i64
                    %v902 = arith.addi %v900, %v901 : i64
                    %v903 = arith.muli %v886, %v1 : i64
                    %v904 = arith.addi %v902, %v903 : i64
                    %v905 = llvm.getelementptr %dx_a[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v899, %v905 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v906 = arith.muli %v29, %v103 : i64
                    %v907 = arith.muli %v27, %v102 : i64
                    %v908 = arith.addi %v906, %v907 : i64
                    %v909 = arith.muli %v886, %v1 : i64
                    %v910 = arith.addi %v908, %v909 : i64
                    %v911 = llvm.getelementptr %dx_x[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v898, %v911 : f32, !llvm.ptr
                  }
                  %v912 = arith.muli %v29, %v103 : i64
                  %v913 = arith.muli %v27, %v102 : i64
                  %v914 = arith.addi %v912, %v913 : i64
                  %v915 = arith.muli %v886, %v1 : i64
                  %v916 = arith.addi %v914, %v915 : i64
                  %v917 = llvm.getelementptr %in_a[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v918 = llvm.load %v917 : !llvm.ptr -> f32
                  llvm.store %v918, %v32 : f32, !llvm.ptr
                }
                %v919 = arith.addi %v134, %v204 : i64
                %v920 = arith.cmpi slt, %v460, %v769 : i32
                %v921 = arith.cmpi eq, %v460, %v774 : i32
                scf.if %v920 {
                  %v922 = arith.addi %v61, %v919 : i64
                  %v923 = arith.muli %v29, %v103 : i64
                  %v924 = arith.muli %v27, %v102 : i64
                  %v925 = arith.addi %v923, %v924 : i64
                  %v926 = arith.muli %v922, %v1 : i64
                  %v927 = arith.addi %v925, %v926 : i64
                  %v928 = llvm.getelementptr %dy_y[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v929 = llvm.load %v928 : !llvm.ptr -> f32
                  %v930 = llvm.load %v31 : !llvm.ptr -> f32
                  %v931 = llvm.load %v32 : !llvm.ptr -> f32
                  %v932 = arith.mulf %v931, %v930 fastmath<contract> : f32
                  %v933 = arith.addf %v929, %v932 fastmath<contract> : f32
                  llvm.store %v933, %v31 : f32, !llvm.ptr
                  %v934 = llvm.load %v31 : !llvm.ptr -> f32
                  %v935 = arith.mulf %v672, %v934 fastmath<contract> : f32
                  scf.if %v24 {
                    %v936 = arith.muli %v29, %v103 : i64
                    %v937 = arith.muli %v27, %v102 : i64
                    %v938 = arith.addi %v936, %v937 : i64
                    %v939 = arith.muli %v922, %v1 : i64
                    %v940 = arith.addi %v938, %v939 : i64
                    %v941 = llvm.getelementptr %dx_a[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v935, %v941 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v942 = arith.muli %v29, %v103 : i64
                    %v943 = arith.muli %v27, %v102 : i64
                    %v944 = arith.addi %v942, %v943 : i64
                    %v945 = arith.muli %v922, %v1 : i64
                    %v946 = arith.addi %v944, %v945 : i64
                    %v947 = llvm.getelementptr %dx_x[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v934, %v947 : f32, !llvm.ptr
                  }
                  %v948 = arith.muli %v29, %v103 : i64
                  %v949 = arith.muli %v27, %v102 : i64
                  %v950 = arith.addi %v948, %v949 : i64
                  %v951 = arith.muli %v922, %v1 : i64
                  %v952 = arith.addi %v950, %v951 : i64
                  %v953 = llvm.getelementptr %in_a[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v954 = llvm.load %v953 : !llvm.ptr -> f32
                  llvm.store %v954, %v32 : f32, !llvm.ptr
                }
                %v955 = arith.addi %v134, %v184 : i64
                %v956 = arith.cmpi slt, %v497, %v769 : i32
                %v957 = arith.cmpi eq, %v497, %v774 : i32
                scf.if %v956 {
                  %v958 = arith.addi %v61, %v955 : i64
                  %v959 = arith.muli %v29, %v103 : i64
                  %v960 = arith.muli %v27, %v102 : i64
                  %v961 = arith.addi %v959, %v960 : i64
                  %v962 = arith.muli %v958, %v1 : i64
                  %v963 = arith.addi %v961, %v962 : i64
                  %v964 = llvm.getelementptr %dy_y[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v965 = llvm.load %v964 : !llvm.ptr -> f32
                  %v966 = llvm.load %v31 : !llvm.ptr -> f32
                  %v967 = llvm.load %v32 : !llvm.ptr -> f32
                  %v968 = arith.mulf %v967, %v966 fastmath<contract> : f32
                  %v969 = arith.addf %v965, %v968 fastmath<contract> : f32
                  llvm.store %v969, %v31 : f32, !llvm.ptr
                  %v970 = llvm.load %v31 : !llvm.ptr -> f32
                  %v971 = arith.mulf %v653, %v970 fastmath<contract> : f32
                  scf.if %v24 {
                    %v972 = arith.muli %v29, %v103 : i64
                    %v973 = arith.muli %v27, %v102 : i64
                    %v974 = arith.addi %v972, %v973 : i64
                    %v975 = arith.muli %v958, %v1 : i64
                    %v976 = arith.addi %v974, %v975 : i64
                    %v977 = llvm.getelementptr %dx_a[%v976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v971, %v977 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v978 = arith.muli %v29, %v103 : i64
                    %v979 = arith.muli %v27, %v102 : i64
                    %v980 = arith.addi %v978, %v979 : i64
                    %v981 = arith.muli %v958, %v1 : i64
                    %v982 = arith.addi %v980, %v981 : i64
                    %v983 = llvm.getelementptr %dx_x[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v970, %v983 : f32, !llvm.ptr
                  }
                  %v984 = arith.muli %v29, %v103 : i64
                  %v985 = arith.muli %v27, %v102 : i64
                  %v986 = arith.addi %v984, %v985 : i64
                  %v987 = arith.muli %v958, %v1 : i64
                  %v988 = arith.addi %v986, %v987 : i64
                  %v989 = llvm.getelementptr %in_a[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v990 = llvm.load %v989 : !llvm.ptr -> f32
                  llvm.store %v990, %v32 : f32, !llvm.ptr
                }
                %v991 = arith.addi %v134, %v1 : i64
                %v992 = arith.cmpi slt, %v534, %v769 : i32
                %v993 = arith.cmpi eq, %v534, %v774 : i32
                scf.if %v992 {
                  %v994 = arith.addi %v61, %v991 : i64
                  %v995 = arith.muli %v29, %v103 : i64
                  %v996 = arith.muli %v27, %v102 : i64
                  %v997 = arith.addi %v995, %v996 : i64
                  %v998 = arith.muli %v994, %v1 : i64
                  %v999 = arith.addi %v997, %v998 : i64
                  %v1000 = llvm.getelementptr %dy_y[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1001 = llvm.load %v1000 : !llvm.ptr -> f32
                  %v1002 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1003 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1004 = arith.mulf %v1003, %v1002 fastmath<contract> : f32
                  %v1005 = arith.addf %v1001, %v1004 fastmath<contract> : f32
                  llvm.store %v1005, %v31 : f32, !llvm.ptr
                  %v1006 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1007 = arith.mulf %v634, %v1006 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1008 = arith.muli %v29, %v103 : i64
                    %v1009 = arith.muli %v27, %v102 : i64
                    %v1010 = arith.addi %v1008, %v1009 : i64
                    %v1011 = arith.muli %v994, %v1 : i64
                    %v1012 = arith.addi %v1010, %v1011 : i64
                    %v1013 = llvm.getelementptr %dx_a[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1007, %v1013 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v1014 = arith.muli %v29, %v103 : i64
                    %v1015 = arith.muli %v27, %v102 : i64
                    %v1016 = arith.addi %v1014, %v1015 : i64
                    %v1017 = arith.muli %v994, %v1 : i64
                    %v1018 = arith.addi %v1016, %v1017 : i64
                    %v1019 = llvm.getelementptr %dx_x[%v1018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1006, %v1019 : f32, !llvm.ptr
                  }
                  %v1020 = arith.muli %v29, %v103 : i64
                  %v1021 = arith.muli %v27, %v102 : i64
                  %v1022 = arith.addi %v1020, %v1021 : i64
                  %v1023 = arith.muli %v994, %v1 : i64
                  %v1024 = arith.addi %v1022, %v1023 : i64
                  %v1025 = llvm.getelementptr %in_a[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
                  llvm.store %v1026, %v32 : f32, !llvm.ptr
                }
                %v1027 = arith.addi %v134, %v10 : i64
                %v1028 = arith.cmpi slt, %v571, %v769 : i32
                %v1029 = arith.cmpi eq, %v571, %v774 : i32
                scf.if %v1028 {
                  %v1030 = arith.addi %v61, %v1027 : i64
                  %v1031 = arith.muli %v29, %v103 : i64
                  %v1032 = arith.muli %v27, %v102 : i64
                  %v1033 = arith.addi %v1031, %v1032 : i64
                  %v1034 = arith.muli %v1030, %v1 : i64
                  %v1035 = arith.addi %v1033, %v1034 : i64
                  %v1036 = llvm.getelementptr %dy_y[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1037 = llvm.load %v1036 : !llvm.ptr -> f32
                  %v1038 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1039 = llvm.load %v32 : !llvm.ptr -> f32
                  %v1040 = arith.mulf %v1039, %v1038 fastmath<contract> : f32
                  %v1041 = arith.addf %v1037, %v1040 fastmath<contract> : f32
                  llvm.store %v1041, %v31 : f32, !llvm.ptr
                  %v1042 = llvm.load %v31 : !llvm.ptr -> f32
                  %v1043 = arith.mulf %v615, %v1042 fastmath<contract> : f32
                  scf.if %v24 {
                    %v1044 = arith.muli %v29, %v103 : i64
                    %v1045 = arith.muli %v27, %v102 : i64
                    %v1046 = arith.addi %v1044, %v1045 : i64
                    %v1047 = arith.muli %v1030, %v1 : i64
                    %v1048 = arith.addi %v1046, %v1047 : i64
                    %v1049 = llvm.getelementptr %dx_a[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1043, %v1049 : f32, !llvm.ptr
                  }
                  scf.if %v24 {
                    %v1050 = arith.muli %v29, %v103 : i64
                    %v1051 = arith.muli %v27, %v102 : i64
                    %v1052 = arith.addi %v1050, %v1051 : i64
                    %v1053 = arith.muli %v1030, %v1 : i64
                    %v1054 = arith.addi %v1052, %v1053 : i64
                    %v1055 = llvm.getelementptr %dx_x[%v1054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v1042, %v1055 : f32, !llvm.ptr
                  }
                  %v1056 = arith.muli %v29, %v103 : i64
                  %v1057 = arith.muli %v27, %v102 : i64
                  %v1058 = arith.addi %v1056, %v1057 : i64
                  %v1059 = arith.muli %v1030, %v1 : i64
                  %v1060 = arith.addi %v1058, %v1059 : i64
                  %v1061 = llvm.getelementptr %in_a[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1062 = llvm.load %v1061 : !llvm.ptr -> f32
                  llvm.store %v1062, %v32 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v11 {
      }
      scf.if %v11 {
      } else {
        scf.if %v24 {
          %v1063 = arith.muli %v23, %v1 : i64
          %v1064 = arith.muli %v3, %v1 : i64
          %v1065 = arith.muli %v10, %v1064 : i64
          %v1066 = arith.addi %v1065, %v1063 : i64
          %v1067 = llvm.load %v31 : !llvm.ptr -> f32
          %v1068 = llvm.getelementptr %slice_carry[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1067, %v1068 : f32, !llvm.ptr
          %v1069 = arith.muli %v1, %v1064 : i64
          %v1070 = arith.addi %v1069, %v1063 : i64
          %v1071 = llvm.load %v32 : !llvm.ptr -> f32
          %v1072 = llvm.getelementptr %slice_carry[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1071, %v1072 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
