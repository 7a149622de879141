module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_pre_chunk_apply(%in_u: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %out_sum0: !llvm.ptr, %out_sum1: !llvm.ptr, %out_u_post: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_N : i64
      %v4 = arith.constant 63 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 64 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v12 = arith.constant 16 : i64
      %v13 = arith.constant 15 : i64
      %v32 = arith.constant 32 : i64
      %v39 = arith.constant 0 : i64
      %v53 = arith.constant 2 : i64
      %v55 = arith.constant 3 : i64
      %v58 = arith.constant 5 : i64
      %v60 = arith.constant 6 : i64
      %v62 = arith.constant 7 : i64
      %v64 = arith.constant 8 : i64
      %v66 = arith.constant 9 : i64
      %v68 = arith.constant 10 : i64
      %v70 = arith.constant 11 : i64
      %v72 = arith.constant 12 : i64
      %v74 = arith.constant 13 : i64
      %v76 = arith.constant 14 : i64
      %v80 = arith.muli %v1, %size_L : i64
      %v254 = arith.constant 1 : i32
      %v255 = arith.constant 32 : i32
      %v287 = arith.constant 2 : i32
      %v489 = arith.muli %size_N, %size_L : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v14 = arith.addi %v3, %v13 : i64
      %v15 = arith.divui %v14, %v12 : i64
      %v16 = arith.divui %v11, %v15 : i64
      %v17 = arith.remui %v11, %v15 : i64
      %v18 = arith.remui %v10, %v1 : i64
      %v19 = arith.divui %v10, %v1 : i64
      %v20 = arith.muli %v17, %v12 : i64
      %v21 = arith.addi %v20, %v19 : i64
      %v22 = arith.cmpi slt, %v21, %v3 : i64
      %v23 = arith.subi %v3, %v2 : i64
      %v24 = arith.minsi %v21, %v23 : i64
      %v25 = arith.remui %v24, %size_N : i64
      %v26 = arith.divui %v24, %size_N : i64
      %v27 = arith.remui %v26, %size_B : i64
      %v28 = arith.divui %v26, %size_B : i64
      %v203 = arith.trunci %v10 : i64 to i32
      %v204 = arith.constant 28 : i32
      %v205 = arith.andi %v203, %v204 : i32
      %v206 = arith.constant 0 : i32
      %v207 = arith.ori %v205, %v206 : i32
      %v208 = arith.constant 0 : i64
      %v209 = arith.cmpi eq, %v18, %v208 : i64
      %v210 = arith.constant 1 : i32
      %v211 = arith.ori %v205, %v210 : i32
      %v212 = arith.constant 1 : i64
      %v213 = arith.cmpi eq, %v18, %v212 : i64
      %v214 = arith.constant 2 : i32
      %v215 = arith.ori %v205, %v214 : i32
      %v216 = arith.constant 2 : i64
      %v217 = arith.cmpi eq, %v18, %v216 : i64
      %v218 = arith.constant 3 : i32
      %v219 = arith.ori %v205, %v218 : i32
      %v220 = arith.constant 3 : i64
      %v221 = arith.cmpi eq, %v18, %v220 : i64
      %v222 = arith.constant 32 : i32
      %v223 = arith.shrui %v18, %v39 : i64
      %v224 = arith.andi %v223, %v2 : i64
      %v225 = arith.cmpi ne, %v224, %v39 : i64
      %v226 = arith.shrui %v18, %v2 : i64
      %v227 = arith.andi %v226, %v2 : i64
      %v228 = arith.cmpi ne, %v227, %v39 : i64
      %v235 = arith.muli %v25, %v1 : i64
      %v236 = arith.addi %v235, %v18 : i64
      %v237 = llvm.getelementptr %in_B_re[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v238 = llvm.load %v237 : !llvm.ptr -> f32
      %v240 = arith.muli %v25, %v1 : i64
      %v241 = arith.addi %v240, %v18 : i64
      %v242 = llvm.getelementptr %in_B_im[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v243 = llvm.load %v242 : !llvm.ptr -> f32
      %v29 = arith.muli %v16, %v6 : i64
      %v30 = arith.addi %v29, %v6 : i64
      %v31 = arith.minsi %v30, %size_L : i64
      %v33 = arith.index_cast %v29 : i64 to index
      %v34 = arith.index_cast %v31 : i64 to index
      %v35 = arith.index_cast %v32 : i64 to index
      scf.for %v36 = %v33 to %v34 step %v35 {
        %v37 = arith.index_cast %v36 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v38 = arith.remui %v37, %v6 : i64
        %v40 = arith.cmpi eq, %v38, %v39 : i64
        %v41 = arith.andi %v40, %v22 : i1
        scf.if %v41 {
          %v42 = arith.divui %v37, %v6 : i64
        }
        // end save
        %v43 = arith.subi %v31, %v37 : i64
        %v44 = arith.minsi %v43, %v32 : i64
        %v45 = arith.divui %v44, %v12 : i64
        %v46 = arith.index_cast %v39 : i64 to index
        %v47 = arith.index_cast %v45 : i64 to index
        %v48 = arith.index_cast %v2 : i64 to index
        scf.for %v49 = %v46 to %v47 step %v48 {
          %v50 = arith.index_cast %v49 : index to i64
          %v51 = arith.muli %v50, %v12 : i64
          %v52 = arith.addi %v51, %v2 : i64
          %v54 = arith.addi %v51, %v53 : i64
          %v56 = arith.addi %v51, %v55 : i64
          %v57 = arith.addi %v51, %v1 : i64
          %v59 = arith.addi %v51, %v58 : i64
          %v61 = arith.addi %v51, %v60 : i64
          %v63 = arith.addi %v51, %v62 : i64
          %v65 = arith.addi %v51, %v64 : i64
          %v67 = arith.addi %v51, %v66 : i64
          %v69 = arith.addi %v51, %v68 : i64
          %v71 = arith.addi %v51, %v70 : i64
          %v73 = arith.addi %v51, %v72 : i64
          %v75 = arith.addi %v51, %v74 : i64
          %v77 = arith.addi %v51, %v76 : i64
          %v78 = arith.addi %v51, %v13 : i64
          %v79 = arith.addi %v37, %v51 : i64
          %v81 = arith.muli %v27, %v80 : i64
          %v82 = arith.muli %v79, %v1 : i64
          %v83 = arith.addi %v81, %v82 : i64
          %v84 = arith.addi %v83, %v18 : i64
          %v85 = llvm.getelementptr %in_u[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          %v87 = arith.addi %v37, %v52 : i64
          %v88 = arith.muli %v27, %v80 : i64
          %v89 = arith.muli %v87, %v1 : i64
          %v90 = arith.addi %v88, %v89 : i64
          %v91 = arith.addi %v90, %v18 : i64
          %v92 = llvm.getelementptr %in_u[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 : !llvm.ptr -> f32
          %v94 = arith.addi %v37, %v54 : i64
          %v95 = arith.muli %v27, %v80 : i64
          %v96 = arith.muli %v94, %v1 : i64
          %v97 = arith.addi %v95, %v96 : i64
          %v98 = arith.addi %v97, %v18 : i64
          %v99 = llvm.getelementptr %in_u[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v100 = llvm.load %v99 : !llvm.ptr -> f32
          %v101 = arith.addi %v37, %v56 : i64
          %v102 = arith.muli %v27, %v80 : i64
          %v103 = arith.muli %v101, %v1 : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = arith.addi %v104, %v18 : i64
          %v106 = llvm.getelementptr %in_u[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v107 = llvm.load %v106 : !llvm.ptr -> f32
          %v108 = arith.addi %v37, %v57 : i64
          %v109 = arith.muli %v27, %v80 : i64
          %v110 = arith.muli %v108, %v1 : i64
          %v111 = arith.addi %v109, %v110 : i64
          %v112 = arith.addi %v111, %v18 : i64
          %v113 = llvm.getelementptr %in_u[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = arith.addi %v37, %v59 : i64
          %v116 = arith.muli %v27, %v80 : i64
          %v117 = arith.muli %v115, %v1 : i64
          %v118 = arith.addi %v116, %v117 : i64
          %v119 = arith.addi %v118, %v18 : i64
          %v120 = llvm.getelementptr %in_u[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v121 = llvm.load %v120 : !llvm.ptr -> f32
          %v122 = arith.addi %v37, %v61 : i64
          %v123 = arith.muli %v27, %v80 : i64
          %v124 = arith.muli %v122, %v1 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = arith.addi %v125, %v18 : i64
          %v127 = llvm.getelementptr %in_u[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v128 = llvm.load %v127 : !llvm.ptr -> f32
          %v129 = arith.addi %v37, %v63 : i64
          %v130 = arith.muli %v27, %v80 : i64
          %v131 = arith.muli %v129, %v1 : i64
          %v132 = arith.addi %v130, %v131 : i64
          %v133 = arith.addi %v132, %v18 : i64
          %v134 = llvm.getelementptr %in_u[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 : !llvm.ptr -> f32
          %v136 = arith.addi %v37, %v65 : i64
          %v137 = arith.muli %v27, %v80 : i64
          %v138 = arith.muli %v136, %v1 : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = arith.addi %v139, %v18 : i64
          %v141 = llvm.getelementptr %in_u[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v142 = llvm.load %v141 : !llvm.ptr -> f32
          %v143 = arith.addi %v37, %v67 : i64
          %v144 = arith.muli %v27, %v80 : i64
          %v145 = arith.muli %v143, %v1 : i64
          %v146 = arith.addi %v144, %v145 : i64
          %v147 = arith.addi %v146, %v18 : i64
          %v148 = llvm.getelementptr %in_u[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 : !llvm.ptr -> f32
          %v150 = arith.addi %v37, %v69 : i64
          %v151 = arith.muli %v27, %v80 : i64
          %v152 = arith.muli %v150, %v1 : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = arith.addi %v153, %v18 : i64
          %v155 = llvm.getelementptr %in_u[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 : !llvm.ptr -> f32
          %v157 = arith.addi %v37, %v71 : i64
          %v158 = arith.muli %v27, %v80 : i64
          %v159 = arith.muli %v157, %v1 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.addi %v160, %v18 : i64
          %v162 = llvm.getelementptr %in_u[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          %v164 = arith.addi %v37, %v73 : i64
          %v165 = arith.muli %v27, %v80 : i64
          %v166 = arith.muli %v164, %v1 : i64
          %v167 = arith.addi %v165, %v166 : i64
          %v168 = arith.addi %v167, %v18 : i64
          %v169 = llvm.getelementptr %in_u[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v170 = llvm.load %v169 : !llvm.ptr -> f32
          %v171 = arith.addi %v37, %v75 : i64
          %v172 = arith.muli %v27, %v80 : i64
          %v173 = arith.muli %v171, %v1 : i64
          %v174 = arith.addi %v172, %v173 : i64
          %v175 = arith.addi %v174, %v18 : i64
          %v176 = llvm.getelementptr %in_u[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 : !llvm.ptr -> f32
          %v178 = arith.addi %v37, %v77 : i64
          %v179 = arith.muli %v27, %v80 : i64
          %v180 = arith.muli %v178, %v1 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.addi %v181, %v18 : i64
          %v183 = llvm.getelementptr %in_u[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v184 = llvm.load %v183 : !llvm.ptr -> f32
          %v185 = arith.addi %v37, %v78 : i64
          %v186 = arith.muli %v27, %v80 : i64
          %v187 = arith.muli %v185, %v1 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = arith.addi %v188, %v18 : i64
          %v190 = llvm.getelementptr %in_u[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v191 = llvm.load %v190 : !llvm.ptr -> f32
          %v192 = arith.addi %v51, %v18 : i64
          %v193 = arith.addi %v37, %v192 : i64
          %v194 = arith.addi %v51, %v1 : i64
          %v195 = arith.addi %v194, %v18 : i64
          %v196 = arith.addi %v37, %v195 : i64
          %v197 = arith.addi %v51, %v64 : i64
          %v198 = arith.addi %v197, %v18 : i64
          %v199 = arith.addi %v37, %v198 : i64
          %v200 = arith.addi %v51, %v72 : i64
          %v201 = arith.addi %v200, %v18 : i64
          %v202 = arith.addi %v37, %v201 : i64
          %v229 = arith.addi %v37, %v51 : i64
          scf.if %v22 {
            %v230 = arith.muli %v27, %v80 : i64
            %v231 = arith.muli %v229, %v1 : i64
            %v232 = arith.addi %v230, %v231 : i64
            %v233 = arith.addi %v232, %v18 : i64
            %v234 = llvm.getelementptr %out_u_post[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v86, %v234 : f32, !llvm.ptr
          }
          %v239 = arith.mulf %v238, %v86 fastmath<contract> : f32
          %v244 = arith.mulf %v243, %v86 fastmath<contract> : f32
          %v245 = arith.addi %v37, %v52 : i64
          scf.if %v22 {
            %v246 = arith.muli %v27, %v80 : i64
            %v247 = arith.muli %v245, %v1 : i64
            %v248 = arith.addi %v246, %v247 : i64
            %v249 = arith.addi %v248, %v18 : i64
            %v250 = llvm.getelementptr %out_u_post[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v93, %v250 : f32, !llvm.ptr
          }
          %v251 = arith.mulf %v238, %v93 fastmath<contract> : f32
          %v252 = arith.select %v225, %v239, %v251 : f32
          %v253 = arith.select %v225, %v251, %v239 : f32
          %v256, %v257 = gpu.shuffle xor %v252, %v254, %v255 : f32
          %v258 = arith.addf %v253, %v256 fastmath<contract> : f32
          %v259 = arith.mulf %v243, %v93 fastmath<contract> : f32
          %v260 = arith.select %v225, %v244, %v259 : f32
          %v261 = arith.select %v225, %v259, %v244 : f32
          %v262, %v263 = gpu.shuffle xor %v260, %v254, %v255 : f32
          %v264 = arith.addf %v261, %v262 fastmath<contract> : f32
          %v265 = arith.addi %v37, %v54 : i64
          scf.if %v22 {
            %v266 = arith.muli %v27, %v80 : i64
            %v267 = arith.muli %v265, %v1 : i64
            %v268 = arith.addi %v266, %v267 : i64
            %v269 = arith.addi %v268, %v18 : i64
            %v270 = llvm.getelementptr %out_u_post[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v100, %v270 : f32, !llvm.ptr
          }
          %v271 = arith.mulf %v238, %v100 fastmath<contract> : f32
          %v272 = arith.mulf %v243, %v100 fastmath<contract> : f32
          %v273 = arith.addi %v37, %v56 : i64
          scf.if %v22 {
            %v274 = arith.muli %v27, %v80 : i64
            %v275 = arith.muli %v273, %v1 : i64
            %v276 = arith.addi %v274, %v275 : i64
            %v277 = arith.addi %v276, %v18 : i64
            %v278 = llvm.getelementptr %out_u_post[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v107, %v278 : f32, !llvm.ptr
          }
          %v279 = arith.mulf %v238, %v107 fastmath<contract> : f32
          %v280 = arith.select %v225, %v271, %v279 : f32
          %v281 = arith.select %v225, %v279, %v271 : f32
          %v282, %v283 = gpu.shuffle xor %v280, %v254, %v255 : f32
          %v284 = arith.addf %v281, %v282 fastmath<contract> : f32
          %v285 = arith.select %v228, %v258, %v284 : f32
          %v286 = arith.select %v228, %v284, %v258 : f32
          %v288, %v289 = gpu.shuffle xor %v285, %v287, %v255 : f32
          %v290 = arith.addf %v286, %v288 fastmath<contract> : f32
          %v291 = arith.mulf %v243, %v107 fastmath<contract> : f32
          %v292 = arith.select %v225, %v272, %v291 : f32
          %v293 = arith.select %v225, %v291, %v272 : f32
          %v294, %v295 = gpu.shuffle xor %v292, %v254, %v255 : f32
          %v296 = arith.addf %v293, %v294 fastmath<contract> : f32
          %v297 = arith.select %v228, %v264, %v296 : f32
          %v298 = arith.select %v228, %v296, %v264 : f32
          %v299, %v300 = gpu.shuffle xor %v297, %v287, %v255 : f32
          %v301 = arith.addf %v298, %v299 fastmath<contract> : f32
          %v302 = arith.addi %v37, %v57 : i64
          scf.if %v22 {
            %v303 = arith.muli %v27, %v80 : i64
            %v304 = arith.muli %v302, %v1 : i64
            %v305 = arith.addi %v303, %v304 : i64
            %v306 = arith.addi %v305, %v18 : i64
            %v307 = llvm.getelementptr %out_u_post[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v114, %v307 : f32, !llvm.ptr
          }
          %v308 = arith.mulf %v238, %v114 fastmath<contract> : f32
          %v309 = arith.mulf %v243, %v114 fastmath<contract> : f32
          %v310 = arith.addi %v37, %v59 : i64
          scf.if %v22 {
            %v311 = arith.muli %v27, %v80 : i64
            %v312 = arith.muli %v310, %v1 : i64
            %v313 = arith.addi %v311, %v312 : i64
            %v314 = arith.addi %v313, %v18 : i64
            %v315 = llvm.getelementptr %out_u_post[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v121, %v315 : f32, !llvm.ptr
          }
          %v316 = arith.mulf %v238, %v121 fastmath<contract> : f32
          %v317 = arith.select %v225, %v308, %v316 : f32
          %v318 = arith.select %v225, %v316, %v308 : f32
          %v319, %v320 = gpu.shuffle xor %v317, %v254, %v255 : f32
          %v321 = arith.addf %v318, %v319 fastmath<contract> : f32
          %v322 = arith.mulf %v243, %v121 fastmath<contract> : f32
          %v323 = arith.select %v225, %v309, %v322 : f32
          %v324 = arith.select %v225, %v322, %v309 : f32
          %v325, %v326 = gpu.shuffle xor %v323, %v254, %v255 : f32
          %v327 = arith.addf %v324, %v325 fastmath<contract> : f32
          %v328 = arith.addi %v37, %v61 : i64
          scf.if %v22 {
            %v329 = arith.muli %v27, %v80 : i64
            %v330 = arith.muli %v328, %v1 : i64
            %v331 = arith.addi %v329, %v330 : i64
            %v332 = arith.addi %v331, %v18 : i64
            %v333 = llvm.getelementptr %out_u_post[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v128, %v333 : f32, !llvm.ptr
          }
          %v334 = arith.mulf %v238, %v128 fastmath<contract> : f32
          %v335 = arith.mulf %v243, %v128 fastmath<contract> : f32
          %v336 = arith.addi %v37, %v63 : i64
          scf.if %v22 {
            %v337 = arith.muli %v27, %v80 : i64
            %v338 = arith.muli %v336, %v1 : i64
            %v339 = arith.addi %v337, %v338 : i64
            %v340 = arith.addi %v339, %v18 : i64
            %v341 = llvm.getelementptr %out_u_post[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v135, %v341 : f32, !llvm.ptr
          }
          %v342 = arith.mulf %v238, %v135 fastmath<contract> : f32
          %v343 = arith.select %v225, %v334, %v342 : f32
          %v344 = arith.select %v225, %v342, %v334 : f32
          %v345, %v346 = gpu.shuffle xor %v343, %v254, %v255 : f32
          %v347 = arith.addf %v344, %v345 fastmath<contract> : f32
          %v348 = arith.select %v228, %v321, %v347 : f32
          %v349 = arith.select %v228, %v347, %v321 : f32
          %v350, %v351 = gpu.shuffle xor %v348, %v287, %v255 : f32
          %v352 = arith.addf %v349, %v350 fastmath<contract> : f32
          %v353 = arith.mulf %v243, %v135 fastmath<contract> : f32
          %v354 = arith.select %v225, %v335, %v353 : f32
          %v355 = arith.select %v225, %v353, %v335 : f32
          %v356, %v357 = gpu.shuffle xor %v354, %v254, %v255 : f32
          %v358 = arith.addf %v355, %v356 fastmath<contract> : f32
          %v359 = arith.select %v228, %v327, %v358 : f32
          %v360 = arith.select %v228, %v358, %v327 : f32
          %v361, %v362 = gpu.shuffle xor %v359, %v287, %v255 : f32
          %v363 = arith.addf %v360, %v361 fastmath<contract> : f32
          %v364 = arith.addi %v37, %v65 : i64
          scf.if %v22 {
            %v365 = arith.muli %v27, %v80 : i64
            %v366 = arith.muli %v364, %v1 : i64
            %v367 = arith.addi %v365, %v366 : i64
            %v368 = arith.addi %v367, %v18 : i64
            %v369 = llvm.getelementptr %out_u_post[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v142, %v369 : f32, !llvm.ptr
          }
          %v370 = arith.mulf %v238, %v142 fastmath<contract> : f32
          %v371 = arith.mulf %v243, %v142 fastmath<contract> : f32
          %v372 = arith.addi %v37, %v67 : i64
          scf.if %v22 {
            %v373 = arith.muli %v27, %v80 : i64
            %v374 = arith.muli %v372, %v1 : i64
            %v375 = arith.addi %v373, %v374 : i64
            %v376 = arith.addi %v375, %v18 : i64
            %v377 = llvm.getelementptr %out_u_post[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v149, %v377 : f32, !llvm.ptr
          }
          %v378 = arith.mulf %v238, %v149 fastmath<contract> : f32
          %v379 = arith.select %v225, %v370, %v378 : f32
          %v380 = arith.select %v225, %v378, %v370 : f32
          %v381, %v382 = gpu.shuffle xor %v379, %v254, %v255 : f32
          %v383 = arith.addf %v380, %v381 fastmath<contract> : f32
          %v384 = arith.mulf %v243, %v149 fastmath<contract> : f32
          %v385 = arith.select %v225, %v371, %v384 : f32
          %v386 = arith.select %v225, %v384, %v371 : f32
          %v387, %v388 = gpu.shuffle xor %v385, %v254, %v255 : f32
          %v389 = arith.addf %v386, %v387 fastmath<contract> : f32
          %v390 = arith.addi %v37, %v69 : i64
          scf.if %v22 {
            %v391 = arith.muli %v27, %v80 : i64
            %v392 = arith.muli %v390, %v1 : i64
            %v393 = arith.addi %v391, %v392 : i64
            %v394 = arith.addi %v393, %v18 : i64
            %v395 = llvm.getelementptr %out_u_post[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v156, %v395 : f32, !llvm.ptr
          }
          %v396 = arith.mulf %v238, %v156 fastmath<contract> : f32
          %v397 = arith.mulf %v243, %v156 fastmath<contract> : f32
          %v398 = arith.addi %v37, %v71 : i64
          scf.if %v22 {
            %v399 = arith.muli %v27, %v80 : i64
            %v400 = arith.muli %v398, %v1 : i64
            %v401 = arith.addi %v399, %v400 : i64
            %v402 = arith.addi %v401, %v18 : i64
            %v403 = llvm.getelementptr %out_u_post[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v163, %v403 : f32, !llvm.ptr
          }
          %v404 = arith.mulf %v238, %v163 fastmath<contract> : f32
          %v405 = arith.select %v225, %v396, %v404 : f32
          %v406 = arith.select %v225, %v404, %v396 : f32
          %v407, %v408 = gpu.shuffle xor %v405, %v254, %v255 : f32
          %v409 = arith.addf %v406, %v407 fastmath<contract> : f32
          %v410 = arith.select %v228, %v383, %v409 : f32
          %v411 = arith.select %v228, %v409, %v383 : f32
          %v412, %v413 = gpu.shuffle xor %v410, %v287, %v255 : f32
          %v414 = arith.addf %v411, %v412 fastmath<contract> : f32
          %v415 = arith.mulf %v243, %v163 fastmath<contract> : f32
          %v416 = arith.select %v225, %v397, %v415 : f32
          %v417 = arith.select %v225, %v415, %v397 : f32
          %v418, %v419 = gpu.shuffle xor %v416, %v254, %v255 : f32
          %v420 = arith.addf %v417, %v418 fastmath<contract> : f32
          %v421 = arith.select %v228, %v389, %v420 : f32
          %v422 = arith.select %v228, %v420, %v389 : f32
          %v423, %v424 = gpu.shuffle xor %v421, %v287, %v255 : f32
          %v425 = arith.addf %v422, %v423 fastmath<contract> : f32
          %v426 = arith.addi %v37, %v73 : i64
          scf.if %v22 {
            %v427 = arith.muli %v27, %v80 : i64
            %v428 = arith.muli %v426, %v1 : i64
            %v429 = arith.addi %v427, %v428 : i64
            %v430 = arith.addi %v429, %v18 : i64
            %v431 = llvm.getelementptr %out_u_post[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v170, %v431 : f32, !llvm.ptr
          }
          %v432 = arith.mulf %v238, %v170 fastmath<contract> : f32
          %v433 = arith.mulf %v243, %v170 fastmath<contract> : f32
          %v434 = arith.addi %v37, %v75 : i64
          scf.if %v22 {
            %v435 = arith.muli %v27, %v80 : i64
            %v436 = arith.muli %v434, %v1 : i64
            %v437 = arith.addi %v435, %v436 : i64
            %v438 = arith.addi %v437, %v18 : i64
            %v439 = llvm.getelementptr %out_u_post[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v177, %v439 : f32, !llvm.ptr
          }
          %v440 = arith.mulf %v238, %v177 fastmath<contract> : f32
          %v441 = arith.select %v225, %v432, %v440 : f32
          %v442 = arith.select %v225, %v440, %v432 : f32
          %v443, %v444 = gpu.shuffle xor %v441, %v254, %v255 : f32
          %v445 = arith.addf %v442, %v443 fastmath<contract> : f32
          %v446 = arith.mulf %v243, %v177 fastmath<contract> : f32
          %v447 = arith.select %v225, %v433, %v446 : f32
          %v448 = arith.select %v225, %v446, %v433 : f32
          %v449, %v450 = gpu.shuffle xor %v447, %v254, %v255 : f32
          %v451 = arith.addf %v448, %v449 fastmath<contract> : f32
          %v452 = arith.addi %v37, %v77 : i64
          scf.if %v22 {
            %v453 = arith.muli %v27, %v80 : i64
            %v454 = arith.muli %v452, %v1 : i64
            %v455 = arith.addi %v453, %v454 : i64
            %v456 = arith.addi %v455, %v18 : i64
            %v457 = llvm.getelementptr %out_u_post[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v184, %v457 : f32, !llvm.ptr
          }
          %v458 = arith.mulf %v238, %v184 fastmath<contract> : f32
          %v459 = arith.mulf %v243, %v184 fastmath<contract> : f32
          %v460 = arith.addi %v37, %v78 : i64
          scf.if %v22 {
            %v461 = arith.muli %v27, %v80 : i64
            %v462 = arith.muli %v460, %v1 : i64
            %v463 = arith.addi %v461, %v462 : i64
            %v464 = arith.addi %v463, %v18 : i64
            %v465 = llvm.getelementptr %out_u_post[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v191, %v465 : f32, !llvm.ptr
          }
          %v466 = arith.mulf %v238, %v191 fastmath<contract> : f32
          %v467 = arith.select %v225, %v458, %v466 : f32
          %v468 = arith.select %v225, %v466, %v458 : f32
          %v469, %v470 = gpu.shuffle xor %v467, %v254, %v255 : f32
          %v471 = arith.addf %v468, %v469 fastmath<contract> : f32
          %v472 = arith.select %v228, %v445, %v471 : f32
          %v473 = arith.select %v228, %v471, %v445 : f32
          %v474, %v475 = gpu.shuffle xor %v472, %v287, %v255 : f32
          %v476 = arith.addf %v473, %v474 fastmath<contract> : f32
          %v477 = arith.mulf %v243, %v191 fastmath<contract> : f32
          %v478 = arith.select %v225, %v459, %v477 : f32
          %v479 = arith.select %v225, %v477, %v459 : f32
          %v480, %v481 = gpu.shuffle xor %v478, %v254, %v255 : f32
          %v482 = arith.addf %v479, %v480 fastmath<contract> : f32
          %v483 = arith.select %v228, %v451, %v482 : f32
          %v484 = arith.select %v228, %v482, %v451 : f32
          %v485, %v486 = gpu.shuffle xor %v483, %v287, %v255 : f32
          %v487 = arith.addf %v484, %v485 fastmath<contract> : f32
          %v488 = arith.addi %v37, %v192 : i64
          scf.if %v22 {
            %v490 = arith.muli %v27, %v489 : i64
            %v491 = arith.muli %v488, %size_N : i64
            %v492 = arith.addi %v490, %v491 : i64
            %v493 = arith.addi %v492, %v25 : i64
            %v494 = llvm.getelementptr %out_sum0[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v290, %v494 : f32, !llvm.ptr
          }
          scf.if %v22 {
            %v495 = arith.muli %v27, %v489 : i64
            %v496 = arith.muli %v488, %size_N : i64
            %v497 = arith.addi %v495, %v496 : i64
            %v498 = arith.addi %v497, %v25 : i64
            %v499 = llvm.getelementptr %out_sum1[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v301, %v499 : f32, !llvm.ptr
          }
          %v500 = arith.addi %v37, %v195 : i64
          scf.if %v22 {
            %v501 = arith.muli %v27, %v489 : i64
            %v502 = arith.muli %v500, %size_N : i64
            %v503 = arith.addi %v501, %v502 : i64
            %v504 = arith.addi %v503, %v25 : i64
            %v505 = llvm.getelementptr %out_sum0[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v352, %v505 : f32, !llvm.ptr
          }
          scf.if %v22 {
            %v506 = arith.muli %v27, %v489 : i64
            %v507 = arith.muli %v500, %size_N : i64
            %v508 = arith.addi %v506, %v507 : i64
            %v509 = arith.addi %v508, %v25 : i64
            %v510 = llvm.getelementptr %out_sum1[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v363, %v510 : f32, !llvm.ptr
          }
          %v511 = arith.addi %v37, %v198 : i64
          scf.if %v22 {
            %v512 = arith.muli %v27, %v489 : i64
            %v513 = arith.muli %v511, %size_N : i64
            %v514 = arith.addi %v512, %v513 : i64
            %v515 = arith.addi %v514, %v25 : i64
            %v516 = llvm.getelementptr %out_sum0[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v414, %v516 : f32, !llvm.ptr
          }
          scf.if %v22 {
            %v517 = arith.muli %v27, %v489 : i64
            %v518 = arith.muli %v511, %size_N : i64
            %v519 = arith.addi %v517, %v518 : i64
            %v520 = arith.addi %v519, %v25 : i64
            %v521 = llvm.getelementptr %out_sum1[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v425, %v521 : f32, !llvm.ptr
          }
          %v522 = arith.addi %v37, %v201 : i64
          scf.if %v22 {
            %v523 = arith.muli %v27, %v489 : i64
            %v524 = arith.muli %v522, %size_N : i64
            %v525 = arith.addi %v523, %v524 : i64
            %v526 = arith.addi %v525, %v25 : i64
            %v527 = llvm.getelementptr %out_sum0[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v476, %v527 : f32, !llvm.ptr
          }
          scf.if %v22 {
            %v528 = arith.muli %v27, %v489 : i64
            %v529 = arith.muli %v522, %size_N : i64
            %v530 = arith.addi %v528, %v529 : i64
            %v531 = arith.addi %v530, %v25 : i64
            %v532 = llvm.getelementptr %out_sum1[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v487, %v532 : f32, !llvm.ptr
          }
        }
        %v533 = arith.muli %v45, %v12 : i64
        %v534 = arith.index_cast %v533 : i64 to index
        %v535 = arith.index_cast %v44 : i64 to index
        %v536 = arith.index_cast %v2 : i64 to index
        scf.for %v537 = %v534 to %v535 step %v536 {
          %v538 = arith.index_cast %v537 : index to i64
          %v539 = arith.addi %v37, %v538 : i64
          %v540 = arith.muli %v27, %v80 : i64
          %v541 = arith.muli %v539, %v1 : i64
          %v542 = arith.addi %v540, %v541 : i64
          %v543 = arith.addi %v542, %v18 : i64
          %v544 = llvm.getelementptr %in_u[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v545 = llvm.load %v544 : !llvm.ptr -> f32
          %v546 = arith.mulf %v238, %v545 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v547, %v548 = gpu.shuffle xor %v546, %v254, %v255 : f32
          %v549 = arith.addf %v546, %v547 fastmath<contract> : f32
          %v550, %v551 = gpu.shuffle xor %v549, %v287, %v255 : f32
          %v552 = arith.addf %v549, %v550 fastmath<contract> : f32
          // end sum over the lanes
          scf.if %v22 {
            %v553 = arith.muli %v27, %v489 : i64
            %v554 = arith.muli %v539, %size_N : i64
            %v555 = arith.addi %v553, %v554 : i64
            %v556 = arith.addi %v555, %v25 : i64
            %v557 = llvm.getelementptr %out_sum0[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v552, %v557 : f32, !llvm.ptr
          }
          %v558 = arith.mulf %v243, %v545 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v559, %v560 = gpu.shuffle xor %v558, %v254, %v255 : f32
          %v561 = arith.addf %v558, %v559 fastmath<contract> : f32
          %v562, %v563 = gpu.shuffle xor %v561, %v287, %v255 : f32
          %v564 = arith.addf %v561, %v562 fastmath<contract> : f32
          // end sum over the lanes
          scf.if %v22 {
            %v565 = arith.muli %v27, %v489 : i64
            %v566 = arith.muli %v539, %size_N : i64
            %v567 = arith.addi %v565, %v566 : i64
            %v568 = arith.addi %v567, %v25 : i64
            %v569 = llvm.getelementptr %out_sum1[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v564, %v569 : f32, !llvm.ptr
          }
          scf.if %v22 {
            %v570 = arith.muli %v27, %v80 : i64
            %v571 = arith.muli %v539, %v1 : i64
            %v572 = arith.addi %v570, %v571 : i64
            %v573 = arith.addi %v572, %v18 : i64
            %v574 = llvm.getelementptr %out_u_post[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v545, %v574 : f32, !llvm.ptr
          }
        }
      }
      %v575 = arith.subi %v7, %v2 : i64
      %v576 = arith.cmpi eq, %v16, %v575 : i64
      %v577 = arith.andi %v22, %v576 : i1
      gpu.return
    }
  }
}
