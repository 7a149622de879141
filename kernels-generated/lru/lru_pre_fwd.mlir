module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @lru_pre_fwd(%in_u: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %out_sum0: !llvm.ptr, %out_sum1: !llvm.ptr, %out_u_post: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
      %v1 = arith.constant 4 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_N : i64
      %v4 = arith.constant 63 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 64 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v12 = arith.constant 16 : i64
      %v24 = arith.constant 0 : i64
      %v25 = arith.constant 32 : i64
      %v45 = arith.constant 2 : i64
      %v47 = arith.constant 3 : i64
      %v50 = arith.constant 5 : i64
      %v52 = arith.constant 6 : i64
      %v54 = arith.constant 7 : i64
      %v56 = arith.constant 8 : i64
      %v58 = arith.constant 9 : i64
      %v60 = arith.constant 10 : i64
      %v62 = arith.constant 11 : i64
      %v64 = arith.constant 12 : i64
      %v66 = arith.constant 13 : i64
      %v68 = arith.constant 14 : i64
      %v70 = arith.constant 15 : i64
      %v73 = arith.muli %v1, %size_L : i64
      %v247 = arith.constant 1 : i32
      %v248 = arith.constant 32 : i32
      %v280 = arith.constant 2 : i32
      %v482 = arith.muli %size_N, %size_L : i64
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v13 = arith.remui %v10, %v1 : i64
      %v14 = arith.divui %v10, %v1 : i64
      %v15 = arith.muli %v11, %v12 : i64
      %v16 = arith.addi %v15, %v14 : i64
      %v17 = arith.cmpi slt, %v16, %v3 : i64
      %v18 = arith.subi %v3, %v2 : i64
      %v19 = arith.minsi %v16, %v18 : i64
      %v20 = arith.remui %v19, %size_N : i64
      %v21 = arith.divui %v19, %size_N : i64
      %v22 = arith.remui %v21, %size_B : i64
      %v23 = arith.divui %v21, %size_B : i64
      %v196 = arith.trunci %v10 : i64 to i32
      %v197 = arith.constant 28 : i32
      %v198 = arith.andi %v196, %v197 : i32
      %v199 = arith.constant 0 : i32
      %v200 = arith.ori %v198, %v199 : i32
      %v201 = arith.constant 0 : i64
      %v202 = arith.cmpi eq, %v13, %v201 : i64
      %v203 = arith.constant 1 : i32
      %v204 = arith.ori %v198, %v203 : i32
      %v205 = arith.constant 1 : i64
      %v206 = arith.cmpi eq, %v13, %v205 : i64
      %v207 = arith.constant 2 : i32
      %v208 = arith.ori %v198, %v207 : i32
      %v209 = arith.constant 2 : i64
      %v210 = arith.cmpi eq, %v13, %v209 : i64
      %v211 = arith.constant 3 : i32
      %v212 = arith.ori %v198, %v211 : i32
      %v213 = arith.constant 3 : i64
      %v214 = arith.cmpi eq, %v13, %v213 : i64
      %v215 = arith.constant 32 : i32
      %v216 = arith.shrui %v13, %v24 : i64
      %v217 = arith.andi %v216, %v2 : i64
      %v218 = arith.cmpi ne, %v217, %v24 : i64
      %v219 = arith.shrui %v13, %v2 : i64
      %v220 = arith.andi %v219, %v2 : i64
      %v221 = arith.cmpi ne, %v220, %v24 : i64
      %v228 = arith.muli %v20, %v1 : i64
      %v229 = arith.addi %v228, %v13 : i64
      %v230 = llvm.getelementptr %in_B_re[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v231 = llvm.load %v230 : !llvm.ptr -> f32
      %v233 = arith.muli %v20, %v1 : i64
      %v234 = arith.addi %v233, %v13 : i64
      %v235 = llvm.getelementptr %in_B_im[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v236 = llvm.load %v235 : !llvm.ptr -> f32
      %v26 = arith.index_cast %v24 : i64 to index
      %v27 = arith.index_cast %size_L : i64 to index
      %v28 = arith.index_cast %v25 : i64 to index
      scf.for %v29 = %v26 to %v27 step %v28 {
        %v30 = arith.index_cast %v29 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v31 = arith.remui %v30, %v6 : i64
        %v32 = arith.cmpi eq, %v31, %v24 : i64
        %v33 = arith.andi %v32, %v17 : i1
        scf.if %v33 {
          %v34 = arith.divui %v30, %v6 : i64
        }
        // end save
        %v35 = arith.subi %size_L, %v30 : i64
        %v36 = arith.minsi %v35, %v25 : i64
        %v37 = arith.divui %v36, %v12 : i64
        %v38 = arith.index_cast %v24 : i64 to index
        %v39 = arith.index_cast %v37 : i64 to index
        %v40 = arith.index_cast %v2 : i64 to index
        scf.for %v41 = %v38 to %v39 step %v40 {
          %v42 = arith.index_cast %v41 : index to i64
          %v43 = arith.muli %v42, %v12 : i64
          %v44 = arith.addi %v43, %v2 : i64
          %v46 = arith.addi %v43, %v45 : i64
          %v48 = arith.addi %v43, %v47 : i64
          %v49 = arith.addi %v43, %v1 : i64
          %v51 = arith.addi %v43, %v50 : i64
          %v53 = arith.addi %v43, %v52 : i64
          %v55 = arith.addi %v43, %v54 : i64
          %v57 = arith.addi %v43, %v56 : i64
          %v59 = arith.addi %v43, %v58 : i64
          %v61 = arith.addi %v43, %v60 : i64
          %v63 = arith.addi %v43, %v62 : i64
          %v65 = arith.addi %v43, %v64 : i64
          %v67 = arith.addi %v43, %v66 : i64
          %v69 = arith.addi %v43, %v68 : i64
          %v71 = arith.addi %v43, %v70 : i64
          %v72 = arith.addi %v30, %v43 : i64
          %v74 = arith.muli %v22, %v73 : i64
          %v75 = arith.muli %v72, %v1 : i64
          %v76 = arith.addi %v74, %v75 : i64
          %v77 = arith.addi %v76, %v13 : i64
          %v78 = llvm.getelementptr %in_u[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 : !llvm.ptr -> f32
          %v80 = arith.addi %v30, %v44 : i64
          %v81 = arith.muli %v22, %v73 : i64
          %v82 = arith.muli %v80, %v1 : i64
          %v83 = arith.addi %v81, %v82 : i64
          %v84 = arith.addi %v83, %v13 : i64
          %v85 = llvm.getelementptr %in_u[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          %v87 = arith.addi %v30, %v46 : i64
          %v88 = arith.muli %v22, %v73 : i64
          %v89 = arith.muli %v87, %v1 : i64
          %v90 = arith.addi %v88, %v89 : i64
          %v91 = arith.addi %v90, %v13 : i64
          %v92 = llvm.getelementptr %in_u[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 : !llvm.ptr -> f32
          %v94 = arith.addi %v30, %v48 : i64
          %v95 = arith.muli %v22, %v73 : i64
          %v96 = arith.muli %v94, %v1 : i64
          %v97 = arith.addi %v95, %v96 : i64
          %v98 = arith.addi %v97, %v13 : i64
          %v99 = llvm.getelementptr %in_u[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v100 = llvm.load %v99 : !llvm.ptr -> f32
          %v101 = arith.addi %v30, %v49 : i64
          %v102 = arith.muli %v22, %v73 : i64
          %v103 = arith.muli %v101, %v1 : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = arith.addi %v104, %v13 : i64
          %v106 = llvm.getelementptr %in_u[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v107 = llvm.load %v106 : !llvm.ptr -> f32
          %v108 = arith.addi %v30, %v51 : i64
          %v109 = arith.muli %v22, %v73 : i64
          %v110 = arith.muli %v108, %v1 : i64
          %v111 = arith.addi %v109, %v110 : i64
          %v112 = arith.addi %v111, %v13 : i64
          %v113 = llvm.getelementptr %in_u[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = arith.addi %v30, %v53 : i64
          %v116 = arith.muli %v22, %v73 : i64
          %v117 = arith.muli %v115, %v1 : i64
          %v118 = arith.addi %v116, %v117 : i64
          %v119 = arith.addi %v118, %v13 : i64
          %v120 = llvm.getelementptr %in_u[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v121 = llvm.load %v120 : !llvm.ptr -> f32
          %v122 = arith.addi %v30, %v55 : i64
          %v123 = arith.muli %v22, %v73 : i64
          %v124 = arith.muli %v122, %v1 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = arith.addi %v125, %v13 : i64
          %v127 = llvm.getelementptr %in_u[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v128 = llvm.load %v127 : !llvm.ptr -> f32
          %v129 = arith.addi %v30, %v57 : i64
          %v130 = arith.muli %v22, %v73 : i64
          %v131 = arith.muli %v129, %v1 : i64
          %v132 = arith.addi %v130, %v131 : i64
          %v133 = arith.addi %v132, %v13 : i64
          %v134 = llvm.getelementptr %in_u[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 : !llvm.ptr -> f32
          %v136 = arith.addi %v30, %v59 : i64
          %v137 = arith.muli %v22, %v73 : i64
          %v138 = arith.muli %v136, %v1 : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = arith.addi %v139, %v13 : i64
          %v141 = llvm.getelementptr %in_u[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v142 = llvm.load %v141 : !llvm.ptr -> f32
          %v143 = arith.addi %v30, %v61 : i64
          %v144 = arith.muli %v22, %v73 : i64
          %v145 = arith.muli %v143, %v1 : i64
          %v146 = arith.addi %v144, %v145 : i64
          %v147 = arith.addi %v146, %v13 : i64
          %v148 = llvm.getelementptr %in_u[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 : !llvm.ptr -> f32
          %v150 = arith.addi %v30, %v63 : i64
          %v151 = arith.muli %v22, %v73 : i64
          %v152 = arith.muli %v150, %v1 : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = arith.addi %v153, %v13 : i64
          %v155 = llvm.getelementptr %in_u[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 : !llvm.ptr -> f32
          %v157 = arith.addi %v30, %v65 : i64
          %v158 = arith.muli %v22, %v73 : i64
          %v159 = arith.muli %v157, %v1 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.addi %v160, %v13 : i64
          %v162 = llvm.getelementptr %in_u[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          %v164 = arith.addi %v30, %v67 : i64
          %v165 = arith.muli %v22, %v73 : i64
          %v166 = arith.muli %v164, %v1 : i64
          %v167 = arith.addi %v165, %v166 : i64
          %v168 = arith.addi %v167, %v13 : i64
          %v169 = llvm.getelementptr %in_u[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v170 = llvm.load %v169 : !llvm.ptr -> f32
          %v171 = arith.addi %v30, %v69 : i64
          %v172 = arith.muli %v22, %v73 : i64
          %v173 = arith.muli %v171, %v1 : i64
          %v174 = arith.addi %v172, %v173 : i64
          %v175 = arith.addi %v174, %v13 : i64
          %v176 = llvm.getelementptr %in_u[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 : !llvm.ptr -> f32
          %v178 = arith.addi %v30, %v71 : i64
          %v179 = arith.muli %v22, %v73 : i64
          %v180 = arith.muli %v178, %v1 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.addi %v181, %v13 : i64
          %v183 = llvm.getelementptr %in_u[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v184 = llvm.load %v183 : !llvm.ptr -> f32
          %v185 = arith.addi %v43, %v13 : i64
          %v186 = arith.addi %v30, %v185 : i64
          %v187 = arith.addi %v43, %v1 : i64
          %v188 = arith.addi %v187, %v13 : i64
          %v189 = arith.addi %v30, %v188 : i64
          %v190 = arith.addi %v43, %v56 : i64
          %v191 = arith.addi %v190, %v13 : i64
          %v192 = arith.addi %v30, %v191 : i64
          %v193 = arith.addi %v43, %v64 : i64
          %v194 = arith.addi %v193, %v13 : i64
          %v195 = arith.addi %v30, %v194 : i64
          %v222 = arith.addi %v30, %v43 : i64
          scf.if %v17 {
            %v223 = arith.muli %v22, %v73 : i64
            %v224 = arith.muli %v222, %v1 : i64
            %v225 = arith.addi %v223, %v224 : i64
            %v226 = arith.addi %v225, %v13 : i64
            %v227 = llvm.getelementptr %out_u_post[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v79, %v227 : f32, !llvm.ptr
          }
          %v232 = arith.mulf %v231, %v79 fastmath<contract> : f32
          %v237 = arith.mulf %v236, %v79 fastmath<contract> : f32
          %v238 = arith.addi %v30, %v44 : i64
          scf.if %v17 {
            %v239 = arith.muli %v22, %v73 : i64
            %v240 = arith.muli %v238, %v1 : i64
            %v241 = arith.addi %v239, %v240 : i64
            %v242 = arith.addi %v241, %v13 : i64
            %v243 = llvm.getelementptr %out_u_post[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v86, %v243 : f32, !llvm.ptr
          }
          %v244 = arith.mulf %v231, %v86 fastmath<contract> : f32
          %v245 = arith.select %v218, %v232, %v244 : f32
          %v246 = arith.select %v218, %v244, %v232 : f32
          %v249, %v250 = gpu.shuffle xor %v245, %v247, %v248 : f32
          %v251 = arith.addf %v246, %v249 fastmath<contract> : f32
          %v252 = arith.mulf %v236, %v86 fastmath<contract> : f32
          %v253 = arith.select %v218, %v237, %v252 : f32
          %v254 = arith.select %v218, %v252, %v237 : f32
          %v255, %v256 = gpu.shuffle xor %v253, %v247, %v248 : f32
          %v257 = arith.addf %v254, %v255 fastmath<contract> : f32
          %v258 = arith.addi %v30, %v46 : i64
          scf.if %v17 {
            %v259 = arith.muli %v22, %v73 : i64
            %v260 = arith.muli %v258, %v1 : i64
            %v261 = arith.addi %v259, %v260 : i64
            %v262 = arith.addi %v261, %v13 : i64
            %v263 = llvm.getelementptr %out_u_post[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v93, %v263 : f32, !llvm.ptr
          }
          %v264 = arith.mulf %v231, %v93 fastmath<contract> : f32
          %v265 = arith.mulf %v236, %v93 fastmath<contract> : f32
          %v266 = arith.addi %v30, %v48 : i64
          scf.if %v17 {
            %v267 = arith.muli %v22, %v73 : i64
            %v268 = arith.muli %v266, %v1 : i64
            %v269 = arith.addi %v267, %v268 : i64
            %v270 = arith.addi %v269, %v13 : i64
            %v271 = llvm.getelementptr %out_u_post[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v100, %v271 : f32, !llvm.ptr
          }
          %v272 = arith.mulf %v231, %v100 fastmath<contract> : f32
          %v273 = arith.select %v218, %v264, %v272 : f32
          %v274 = arith.select %v218, %v272, %v264 : f32
          %v275, %v276 = gpu.shuffle xor %v273, %v247, %v248 : f32
          %v277 = arith.addf %v274, %v275 fastmath<contract> : f32
          %v278 = arith.select %v221, %v251, %v277 : f32
          %v279 = arith.select %v221, %v277, %v251 : f32
          %v281, %v282 = gpu.shuffle xor %v278, %v280, %v248 : f32
          %v283 = arith.addf %v279, %v281 fastmath<contract> : f32
          %v284 = arith.mulf %v236, %v100 fastmath<contract> : f32
          %v285 = arith.select %v218, %v265, %v284 : f32
          %v286 = arith.select %v218, %v284, %v265 : f32
          %v287, %v288 = gpu.shuffle xor %v285, %v247, %v248 : f32
          %v289 = arith.addf %v286, %v287 fastmath<contract> : f32
          %v290 = arith.select %v221, %v257, %v289 : f32
          %v291 = arith.select %v221, %v289, %v257 : f32
          %v292, %v293 = gpu.shuffle xor %v290, %v280, %v248 : f32
          %v294 = arith.addf %v291, %v292 fastmath<contract> : f32
          %v295 = arith.addi %v30, %v49 : i64
          scf.if %v17 {
            %v296 = arith.muli %v22, %v73 : i64
            %v297 = arith.muli %v295, %v1 : i64
            %v298 = arith.addi %v296, %v297 : i64
            %v299 = arith.addi %v298, %v13 : i64
            %v300 = llvm.getelementptr %out_u_post[%v299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v107, %v300 : f32, !llvm.ptr
          }
          %v301 = arith.mulf %v231, %v107 fastmath<contract> : f32
          %v302 = arith.mulf %v236, %v107 fastmath<contract> : f32
          %v303 = arith.addi %v30, %v51 : i64
          scf.if %v17 {
            %v304 = arith.muli %v22, %v73 : i64
            %v305 = arith.muli %v303, %v1 : i64
            %v306 = arith.addi %v304, %v305 : i64
            %v307 = arith.addi %v306, %v13 : i64
            %v308 = llvm.getelementptr %out_u_post[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v114, %v308 : f32, !llvm.ptr
          }
          %v309 = arith.mulf %v231, %v114 fastmath<contract> : f32
          %v310 = arith.select %v218, %v301, %v309 : f32
          %v311 = arith.select %v218, %v309, %v301 : f32
          %v312, %v313 = gpu.shuffle xor %v310, %v247, %v248 : f32
          %v314 = arith.addf %v311, %v312 fastmath<contract> : f32
          %v315 = arith.mulf %v236, %v114 fastmath<contract> : f32
          %v316 = arith.select %v218, %v302, %v315 : f32
          %v317 = arith.select %v218, %v315, %v302 : f32
          %v318, %v319 = gpu.shuffle xor %v316, %v247, %v248 : f32
          %v320 = arith.addf %v317, %v318 fastmath<contract> : f32
          %v321 = arith.addi %v30, %v53 : i64
          scf.if %v17 {
            %v322 = arith.muli %v22, %v73 : i64
            %v323 = arith.muli %v321, %v1 : i64
            %v324 = arith.addi %v322, %v323 : i64
            %v325 = arith.addi %v324, %v13 : i64
            %v326 = llvm.getelementptr %out_u_post[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v121, %v326 : f32, !llvm.ptr
          }
          %v327 = arith.mulf %v231, %v121 fastmath<contract> : f32
          %v328 = arith.mulf %v236, %v121 fastmath<contract> : f32
          %v329 = arith.addi %v30, %v55 : i64
          scf.if %v17 {
            %v330 = arith.muli %v22, %v73 : i64
            %v331 = arith.muli %v329, %v1 : i64
            %v332 = arith.addi %v330, %v331 : i64
            %v333 = arith.addi %v332, %v13 : i64
            %v334 = llvm.getelementptr %out_u_post[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v128, %v334 : f32, !llvm.ptr
          }
          %v335 = arith.mulf %v231, %v128 fastmath<contract> : f32
          %v336 = arith.select %v218, %v327, %v335 : f32
          %v337 = arith.select %v218, %v335, %v327 : f32
          %v338, %v339 = gpu.shuffle xor %v336, %v247, %v248 : f32
          %v340 = arith.addf %v337, %v338 fastmath<contract> : f32
          %v341 = arith.select %v221, %v314, %v340 : f32
          %v342 = arith.select %v221, %v340, %v314 : f32
          %v343, %v344 = gpu.shuffle xor %v341, %v280, %v248 : f32
          %v345 = arith.addf %v342, %v343 fastmath<contract> : f32
          %v346 = arith.mulf %v236, %v128 fastmath<contract> : f32
          %v347 = arith.select %v218, %v328, %v346 : f32
          %v348 = arith.select %v218, %v346, %v328 : f32
          %v349, %v350 = gpu.shuffle xor %v347, %v247, %v248 : f32
          %v351 = arith.addf %v348, %v349 fastmath<contract> : f32
          %v352 = arith.select %v221, %v320, %v351 : f32
          %v353 = arith.select %v221, %v351, %v320 : f32
          %v354, %v355 = gpu.shuffle xor %v352, %v280, %v248 : f32
          %v356 = arith.addf %v353, %v354 fastmath<contract> : f32
          %v357 = arith.addi %v30, %v57 : i64
          scf.if %v17 {
            %v358 = arith.muli %v22, %v73 : i64
            %v359 = arith.muli %v357, %v1 : i64
            %v360 = arith.addi %v358, %v359 : i64
            %v361 = arith.addi %v360, %v13 : i64
            %v362 = llvm.getelementptr %out_u_post[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v135, %v362 : f32, !llvm.ptr
          }
          %v363 = arith.mulf %v231, %v135 fastmath<contract> : f32
          %v364 = arith.mulf %v236, %v135 fastmath<contract> : f32
          %v365 = arith.addi %v30, %v59 : i64
          scf.if %v17 {
            %v366 = arith.muli %v22, %v73 : i64
            %v367 = arith.muli %v365, %v1 : i64
            %v368 = arith.addi %v366, %v367 : i64
            %v369 = arith.addi %v368, %v13 : i64
            %v370 = llvm.getelementptr %out_u_post[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v142, %v370 : f32, !llvm.ptr
          }
          %v371 = arith.mulf %v231, %v142 fastmath<contract> : f32
          %v372 = arith.select %v218, %v363, %v371 : f32
          %v373 = arith.select %v218, %v371, %v363 : f32
          %v374, %v375 = gpu.shuffle xor %v372, %v247, %v248 : f32
          %v376 = arith.addf %v373, %v374 fastmath<contract> : f32
          %v377 = arith.mulf %v236, %v142 fastmath<contract> : f32
          %v378 = arith.select %v218, %v364, %v377 : f32
          %v379 = arith.select %v218, %v377, %v364 : f32
          %v380, %v381 = gpu.shuffle xor %v378, %v247, %v248 : f32
          %v382 = arith.addf %v379, %v380 fastmath<contract> : f32
          %v383 = arith.addi %v30, %v61 : i64
          scf.if %v17 {
            %v384 = arith.muli %v22, %v73 : i64
            %v385 = arith.muli %v383, %v1 : i64
            %v386 = arith.addi %v384, %v385 : i64
            %v387 = arith.addi %v386, %v13 : i64
            %v388 = llvm.getelementptr %out_u_post[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v149, %v388 : f32, !llvm.ptr
          }
          %v389 = arith.mulf %v231, %v149 fastmath<contract> : f32
          %v390 = arith.mulf %v236, %v149 fastmath<contract> : f32
          %v391 = arith.addi %v30, %v63 : i64
          scf.if %v17 {
            %v392 = arith.muli %v22, %v73 : i64
            %v393 = arith.muli %v391, %v1 : i64
            %v394 = arith.addi %v392, %v393 : i64
            %v395 = arith.addi %v394, %v13 : i64
            %v396 = llvm.getelementptr %out_u_post[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v156, %v396 : f32, !llvm.ptr
          }
          %v397 = arith.mulf %v231, %v156 fastmath<contract> : f32
          %v398 = arith.select %v218, %v389, %v397 : f32
          %v399 = arith.select %v218, %v397, %v389 : f32
          %v400, %v401 = gpu.shuffle xor %v398, %v247, %v248 : f32
          %v402 = arith.addf %v399, %v400 fastmath<contract> : f32
          %v403 = arith.select %v221, %v376, %v402 : f32
          %v404 = arith.select %v221, %v402, %v376 : f32
          %v405, %v406 = gpu.shuffle xor %v403, %v280, %v248 : f32
          %v407 = arith.addf %v404, %v405 fastmath<contract> : f32
          %v408 = arith.mulf %v236, %v156 fastmath<contract> : f32
          %v409 = arith.select %v218, %v390, %v408 : f32
          %v410 = arith.select %v218, %v408, %v390 : f32
          %v411, %v412 = gpu.shuffle xor %v409, %v247, %v248 : f32
          %v413 = arith.addf %v410, %v411 fastmath<contract> : f32
          %v414 = arith.select %v221, %v382, %v413 : f32
          %v415 = arith.select %v221, %v413, %v382 : f32
          %v416, %v417 = gpu.shuffle xor %v414, %v280, %v248 : f32
          %v418 = arith.addf %v415, %v416 fastmath<contract> : f32
          %v419 = arith.addi %v30, %v65 : i64
          scf.if %v17 {
            %v420 = arith.muli %v22, %v73 : i64
            %v421 = arith.muli %v419, %v1 : i64
            %v422 = arith.addi %v420, %v421 : i64
            %v423 = arith.addi %v422, %v13 : i64
            %v424 = llvm.getelementptr %out_u_post[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v163, %v424 : f32, !llvm.ptr
          }
          %v425 = arith.mulf %v231, %v163 fastmath<contract> : f32
          %v426 = arith.mulf %v236, %v163 fastmath<contract> : f32
          %v427 = arith.addi %v30, %v67 : i64
          scf.if %v17 {
            %v428 = arith.muli %v22, %v73 : i64
            %v429 = arith.muli %v427, %v1 : i64
            %v430 = arith.addi %v428, %v429 : i64
            %v431 = arith.addi %v430, %v13 : i64
            %v432 = llvm.getelementptr %out_u_post[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v170, %v432 : f32, !llvm.ptr
          }
          %v433 = arith.mulf %v231, %v170 fastmath<contract> : f32
          %v434 = arith.select %v218, %v425, %v433 : f32
          %v435 = arith.select %v218, %v433, %v425 : f32
          %v436, %v437 = gpu.shuffle xor %v434, %v247, %v248 : f32
          %v438 = arith.addf %v435, %v436 fastmath<contract> : f32
          %v439 = arith.mulf %v236, %v170 fastmath<contract> : f32
          %v440 = arith.select %v218, %v426, %v439 : f32
          %v441 = arith.select %v218, %v439, %v426 : f32
          %v442, %v443 = gpu.shuffle xor %v440, %v247, %v248 : f32
          %v444 = arith.addf %v441, %v442 fastmath<contract> : f32
          %v445 = arith.addi %v30, %v69 : i64
          scf.if %v17 {
            %v446 = arith.muli %v22, %v73 : i64
            %v447 = arith.muli %v445, %v1 : i64
            %v448 = arith.addi %v446, %v447 : i64
            %v449 = arith.addi %v448, %v13 : i64
            %v450 = llvm.getelementptr %out_u_post[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v177, %v450 : f32, !llvm.ptr
          }
          %v451 = arith.mulf %v231, %v177 fastmath<contract> : f32
          %v452 = arith.mulf %v236, %v177 fastmath<contract> : f32
          %v453 = arith.addi %v30, %v71 : i64
          scf.if %v17 {
            %v454 = arith.muli %v22, %v73 : i64
            %v455 = arith.muli %v453, %v1 : i64
            %v456 = arith.addi %v454, %v455 : i64
            %v457 = arith.addi %v456, %v13 : i64
            %v458 = llvm.getelementptr %out_u_post[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v184, %v458 : f32, !llvm.ptr
          }
          %v459 = arith.mulf %v231, %v184 fastmath<contract> : f32
          %v460 = arith.select %v218, %v451, %v459 : f32
          %v461 = arith.select %v218, %v459, %v451 : f32
          %v462, %v463 = gpu.shuffle xor %v460, %v247, %v248 : f32
          %v464 = arith.addf %v461, %v462 fastmath<contract> : f32
          %v465 = arith.select %v221, %v438, %v464 : f32
          %v466 = arith.select %v221, %v464, %v438 : f32
          %v467, %v468 = gpu.shuffle xor %v465, %v280, %v248 : f32
          %v469 = arith.addf %v466, %v467 fastmath<contract> : f32
          %v470 = arith.mulf %v236, %v184 fastmath<contract> : f32
          %v471 = arith.select %v218, %v452, %v470 : f32
          %v472 = arith.select %v218, %v470, %v452 : f32
          %v473, %v474 = gpu.shuffle xor %v471, %v247, %v248 : f32
          %v475 = arith.addf %v472, %v473 fastmath<contract> : f32
          %v476 = arith.select %v221, %v444, %v475 : f32
          %v477 = arith.select %v221, %v475, %v444 : f32
          %v478, %v479 = gpu.shuffle xor %v476, %v280, %v248 : f32
          %v480 = arith.addf %v477, %v478 fastmath<contract> : f32
          %v481 = arith.addi %v30, %v185 : i64
          scf.if %v17 {
            %v483 = arith.muli %v22, %v482 : i64
            %v484 = arith.muli %v481, %size_N : i64
            %v485 = arith.addi %v483, %v484 : i64
            %v486 = arith.addi %v485, %v20 : i64
            %v487 = llvm.getelementptr %out_sum0[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v283, %v487 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v488 = arith.muli %v22, %v482 : i64
            %v489 = arith.muli %v481, %size_N : i64
            %v490 = arith.addi %v488, %v489 : i64
            %v491 = arith.addi %v490, %v20 : i64
            %v492 = llvm.getelementptr %out_sum1[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v294, %v492 : f32, !llvm.ptr
          }
          %v493 = arith.addi %v30, %v188 : i64
          scf.if %v17 {
            %v494 = arith.muli %v22, %v482 : i64
            %v495 = arith.muli %v493, %size_N : i64
            %v496 = arith.addi %v494, %v495 : i64
            %v497 = arith.addi %v496, %v20 : i64
            %v498 = llvm.getelementptr %out_sum0[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v345, %v498 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v499 = arith.muli %v22, %v482 : i64
            %v500 = arith.muli %v493, %size_N : i64
            %v501 = arith.addi %v499, %v500 : i64
            %v502 = arith.addi %v501, %v20 : i64
            %v503 = llvm.getelementptr %out_sum1[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v356, %v503 : f32, !llvm.ptr
          }
          %v504 = arith.addi %v30, %v191 : i64
          scf.if %v17 {
            %v505 = arith.muli %v22, %v482 : i64
            %v506 = arith.muli %v504, %size_N : i64
            %v507 = arith.addi %v505, %v506 : i64
            %v508 = arith.addi %v507, %v20 : i64
            %v509 = llvm.getelementptr %out_sum0[%v508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v407, %v509 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v510 = arith.muli %v22, %v482 : i64
            %v511 = arith.muli %v504, %size_N : i64
            %v512 = arith.addi %v510, %v511 : i64
            %v513 = arith.addi %v512, %v20 : i64
            %v514 = llvm.getelementptr %out_sum1[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v418, %v514 : f32, !llvm.ptr
          }
          %v515 = arith.addi %v30, %v194 : i64
          scf.if %v17 {
            %v516 = arith.muli %v22, %v482 : i64
            %v517 = arith.muli %v515, %size_N : i64
            %v518 = arith.addi %v516, %v517 : i64
            %v519 = arith.addi %v518, %v20 : i64
            %v520 = llvm.getelementptr %out_sum0[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v469, %v520 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v521 = arith.muli %v22, %v482 : i64
            %v522 = arith.muli %v515, %size_N : i64
            %v523 = arith.addi %v521, %v522 : i64
            %v524 = arith.addi %v523, %v20 : i64
            %v525 = llvm.getelementptr %out_sum1[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v480, %v525 : f32, !llvm.ptr
          }
        }
        %v526 = arith.muli %v37, %v12 : i64
        %v527 = arith.index_cast %v526 : i64 to index
        %v528 = arith.index_cast %v36 : i64 to index
        %v529 = arith.index_cast %v2 : i64 to index
        scf.for %v530 = %v527 to %v528 step %v529 {
          %v531 = arith.index_cast %v530 : index to i64
          %v532 = arith.addi %v30, %v531 : i64
          %v533 = arith.muli %v22, %v73 : i64
          %v534 = arith.muli %v532, %v1 : i64
          %v535 = arith.addi %v533, %v534 : i64
          %v536 = arith.addi %v535, %v13 : i64
          %v537 = llvm.getelementptr %in_u[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v538 = llvm.load %v537 : !llvm.ptr -> f32
          %v539 = arith.mulf %v231, %v538 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v540, %v541 = gpu.shuffle xor %v539, %v247, %v248 : f32
          %v542 = arith.addf %v539, %v540 fastmath<contract> : f32
          %v543, %v544 = gpu.shuffle xor %v542, %v280, %v248 : f32
          %v545 = arith.addf %v542, %v543 fastmath<contract> : f32
          // end sum over the lanes
          scf.if %v17 {
            %v546 = arith.muli %v22, %v482 : i64
            %v547 = arith.muli %v532, %size_N : i64
            %v548 = arith.addi %v546, %v547 : i64
            %v549 = arith.addi %v548, %v20 : i64
            %v550 = llvm.getelementptr %out_sum0[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v545, %v550 : f32, !llvm.ptr
          }
          %v551 = arith.mulf %v236, %v538 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v552, %v553 = gpu.shuffle xor %v551, %v247, %v248 : f32
          %v554 = arith.addf %v551, %v552 fastmath<contract> : f32
          %v555, %v556 = gpu.shuffle xor %v554, %v280, %v248 : f32
          %v557 = arith.addf %v554, %v555 fastmath<contract> : f32
          // end sum over the lanes
          scf.if %v17 {
            %v558 = arith.muli %v22, %v482 : i64
            %v559 = arith.muli %v532, %size_N : i64
            %v560 = arith.addi %v558, %v559 : i64
            %v561 = arith.addi %v560, %v20 : i64
            %v562 = llvm.getelementptr %out_sum1[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v557, %v562 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v563 = arith.muli %v22, %v73 : i64
            %v564 = arith.muli %v532, %v1 : i64
            %v565 = arith.addi %v563, %v564 : i64
            %v566 = arith.addi %v565, %v13 : i64
            %v567 = llvm.getelementptr %out_u_post[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v538, %v567 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
  }
}
