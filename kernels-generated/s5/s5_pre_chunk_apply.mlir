module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_pre_chunk_apply(%in_u: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %out_bu_re: !llvm.ptr, %out_bu_im: !llvm.ptr, %out_u_post: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
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
      %v234 = arith.constant 1 : i32
      %v235 = arith.constant 32 : i32
      %v239 = arith.constant 2 : i32
      %v561 = arith.muli %size_N, %size_L : i64
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
      %v229 = arith.muli %v25, %v1 : i64
      %v230 = arith.addi %v229, %v18 : i64
      %v231 = llvm.getelementptr %in_B_re[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v232 = llvm.load %v231 : !llvm.ptr -> f32
      %v243 = arith.muli %v25, %v1 : i64
      %v244 = arith.addi %v243, %v18 : i64
      %v245 = llvm.getelementptr %in_B_im[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v246 = llvm.load %v245 : !llvm.ptr -> f32
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
          %v223 = arith.addi %v37, %v51 : i64
          scf.if %v22 {
            %v224 = arith.muli %v27, %v80 : i64
            %v225 = arith.muli %v223, %v1 : i64
            %v226 = arith.addi %v224, %v225 : i64
            %v227 = arith.addi %v226, %v18 : i64
            %v228 = llvm.getelementptr %out_u_post[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v86, %v228 : f32, !llvm.ptr
          }
          %v233 = arith.mulf %v232, %v86 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v236, %v237 = gpu.shuffle xor %v233, %v234, %v235 : f32
          %v238 = arith.addf %v233, %v236 fastmath<contract> : f32
          %v240, %v241 = gpu.shuffle xor %v238, %v239, %v235 : f32
          %v242 = arith.addf %v238, %v240 fastmath<contract> : f32
          // end sum over the lanes
          %v247 = arith.mulf %v246, %v86 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v248, %v249 = gpu.shuffle xor %v247, %v234, %v235 : f32
          %v250 = arith.addf %v247, %v248 fastmath<contract> : f32
          %v251, %v252 = gpu.shuffle xor %v250, %v239, %v235 : f32
          %v253 = arith.addf %v250, %v251 fastmath<contract> : f32
          // end sum over the lanes
          %v254 = arith.addi %v37, %v52 : i64
          scf.if %v22 {
            %v255 = arith.muli %v27, %v80 : i64
            %v256 = arith.muli %v254, %v1 : i64
            %v257 = arith.addi %v255, %v256 : i64
            %v258 = arith.addi %v257, %v18 : i64
            %v259 = llvm.getelementptr %out_u_post[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v93, %v259 : f32, !llvm.ptr
          }
          %v260 = arith.mulf %v232, %v93 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v261, %v262 = gpu.shuffle xor %v260, %v234, %v235 : f32
          %v263 = arith.addf %v260, %v261 fastmath<contract> : f32
          %v264, %v265 = gpu.shuffle xor %v263, %v239, %v235 : f32
          %v266 = arith.addf %v263, %v264 fastmath<contract> : f32
          // end sum over the lanes
          %v267 = arith.mulf %v246, %v93 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v268, %v269 = gpu.shuffle xor %v267, %v234, %v235 : f32
          %v270 = arith.addf %v267, %v268 fastmath<contract> : f32
          %v271, %v272 = gpu.shuffle xor %v270, %v239, %v235 : f32
          %v273 = arith.addf %v270, %v271 fastmath<contract> : f32
          // end sum over the lanes
          %v274 = arith.addi %v37, %v54 : i64
          scf.if %v22 {
            %v275 = arith.muli %v27, %v80 : i64
            %v276 = arith.muli %v274, %v1 : i64
            %v277 = arith.addi %v275, %v276 : i64
            %v278 = arith.addi %v277, %v18 : i64
            %v279 = llvm.getelementptr %out_u_post[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v100, %v279 : f32, !llvm.ptr
          }
          %v280 = arith.mulf %v232, %v100 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v281, %v282 = gpu.shuffle xor %v280, %v234, %v235 : f32
          %v283 = arith.addf %v280, %v281 fastmath<contract> : f32
          %v284, %v285 = gpu.shuffle xor %v283, %v239, %v235 : f32
          %v286 = arith.addf %v283, %v284 fastmath<contract> : f32
          // end sum over the lanes
          %v287 = arith.mulf %v246, %v100 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v288, %v289 = gpu.shuffle xor %v287, %v234, %v235 : f32
          %v290 = arith.addf %v287, %v288 fastmath<contract> : f32
          %v291, %v292 = gpu.shuffle xor %v290, %v239, %v235 : f32
          %v293 = arith.addf %v290, %v291 fastmath<contract> : f32
          // end sum over the lanes
          %v294 = arith.addi %v37, %v56 : i64
          scf.if %v22 {
            %v295 = arith.muli %v27, %v80 : i64
            %v296 = arith.muli %v294, %v1 : i64
            %v297 = arith.addi %v295, %v296 : i64
            %v298 = arith.addi %v297, %v18 : i64
            %v299 = llvm.getelementptr %out_u_post[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v107, %v299 : f32, !llvm.ptr
          }
          %v300 = arith.mulf %v232, %v107 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v301, %v302 = gpu.shuffle xor %v300, %v234, %v235 : f32
          %v303 = arith.addf %v300, %v301 fastmath<contract> : f32
          %v304, %v305 = gpu.shuffle xor %v303, %v239, %v235 : f32
          %v306 = arith.addf %v303, %v304 fastmath<contract> : f32
          // end sum over the lanes
          %v307 = arith.mulf %v246, %v107 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v308, %v309 = gpu.shuffle xor %v307, %v234, %v235 : f32
          %v310 = arith.addf %v307, %v308 fastmath<contract> : f32
          %v311, %v312 = gpu.shuffle xor %v310, %v239, %v235 : f32
          %v313 = arith.addf %v310, %v311 fastmath<contract> : f32
          // end sum over the lanes
          %v314 = arith.addi %v37, %v57 : i64
          scf.if %v22 {
            %v315 = arith.muli %v27, %v80 : i64
            %v316 = arith.muli %v314, %v1 : i64
            %v317 = arith.addi %v315, %v316 : i64
            %v318 = arith.addi %v317, %v18 : i64
            %v319 = llvm.getelementptr %out_u_post[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v114, %v319 : f32, !llvm.ptr
          }
          %v320 = arith.mulf %v232, %v114 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v321, %v322 = gpu.shuffle xor %v320, %v234, %v235 : f32
          %v323 = arith.addf %v320, %v321 fastmath<contract> : f32
          %v324, %v325 = gpu.shuffle xor %v323, %v239, %v235 : f32
          %v326 = arith.addf %v323, %v324 fastmath<contract> : f32
          // end sum over the lanes
          %v327 = arith.mulf %v246, %v114 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v328, %v329 = gpu.shuffle xor %v327, %v234, %v235 : f32
          %v330 = arith.addf %v327, %v328 fastmath<contract> : f32
          %v331, %v332 = gpu.shuffle xor %v330, %v239, %v235 : f32
          %v333 = arith.addf %v330, %v331 fastmath<contract> : f32
          // end sum over the lanes
          %v334 = arith.addi %v37, %v59 : i64
          scf.if %v22 {
            %v335 = arith.muli %v27, %v80 : i64
            %v336 = arith.muli %v334, %v1 : i64
            %v337 = arith.addi %v335, %v336 : i64
            %v338 = arith.addi %v337, %v18 : i64
            %v339 = llvm.getelementptr %out_u_post[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v121, %v339 : f32, !llvm.ptr
          }
          %v340 = arith.mulf %v232, %v121 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v341, %v342 = gpu.shuffle xor %v340, %v234, %v235 : f32
          %v343 = arith.addf %v340, %v341 fastmath<contract> : f32
          %v344, %v345 = gpu.shuffle xor %v343, %v239, %v235 : f32
          %v346 = arith.addf %v343, %v344 fastmath<contract> : f32
          // end sum over the lanes
          %v347 = arith.mulf %v246, %v121 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v348, %v349 = gpu.shuffle xor %v347, %v234, %v235 : f32
          %v350 = arith.addf %v347, %v348 fastmath<contract> : f32
          %v351, %v352 = gpu.shuffle xor %v350, %v239, %v235 : f32
          %v353 = arith.addf %v350, %v351 fastmath<contract> : f32
          // end sum over the lanes
          %v354 = arith.addi %v37, %v61 : i64
          scf.if %v22 {
            %v355 = arith.muli %v27, %v80 : i64
            %v356 = arith.muli %v354, %v1 : i64
            %v357 = arith.addi %v355, %v356 : i64
            %v358 = arith.addi %v357, %v18 : i64
            %v359 = llvm.getelementptr %out_u_post[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v128, %v359 : f32, !llvm.ptr
          }
          %v360 = arith.mulf %v232, %v128 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v361, %v362 = gpu.shuffle xor %v360, %v234, %v235 : f32
          %v363 = arith.addf %v360, %v361 fastmath<contract> : f32
          %v364, %v365 = gpu.shuffle xor %v363, %v239, %v235 : f32
          %v366 = arith.addf %v363, %v364 fastmath<contract> : f32
          // end sum over the lanes
          %v367 = arith.mulf %v246, %v128 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v368, %v369 = gpu.shuffle xor %v367, %v234, %v235 : f32
          %v370 = arith.addf %v367, %v368 fastmath<contract> : f32
          %v371, %v372 = gpu.shuffle xor %v370, %v239, %v235 : f32
          %v373 = arith.addf %v370, %v371 fastmath<contract> : f32
          // end sum over the lanes
          %v374 = arith.addi %v37, %v63 : i64
          scf.if %v22 {
            %v375 = arith.muli %v27, %v80 : i64
            %v376 = arith.muli %v374, %v1 : i64
            %v377 = arith.addi %v375, %v376 : i64
            %v378 = arith.addi %v377, %v18 : i64
            %v379 = llvm.getelementptr %out_u_post[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v135, %v379 : f32, !llvm.ptr
          }
          %v380 = arith.mulf %v232, %v135 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v381, %v382 = gpu.shuffle xor %v380, %v234, %v235 : f32
          %v383 = arith.addf %v380, %v381 fastmath<contract> : f32
          %v384, %v385 = gpu.shuffle xor %v383, %v239, %v235 : f32
          %v386 = arith.addf %v383, %v384 fastmath<contract> : f32
          // end sum over the lanes
          %v387 = arith.mulf %v246, %v135 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v388, %v389 = gpu.shuffle xor %v387, %v234, %v235 : f32
          %v390 = arith.addf %v387, %v388 fastmath<contract> : f32
          %v391, %v392 = gpu.shuffle xor %v390, %v239, %v235 : f32
          %v393 = arith.addf %v390, %v391 fastmath<contract> : f32
          // end sum over the lanes
          %v394 = arith.addi %v37, %v65 : i64
          scf.if %v22 {
            %v395 = arith.muli %v27, %v80 : i64
            %v396 = arith.muli %v394, %v1 : i64
            %v397 = arith.addi %v395, %v396 : i64
            %v398 = arith.addi %v397, %v18 : i64
            %v399 = llvm.getelementptr %out_u_post[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v142, %v399 : f32, !llvm.ptr
          }
          %v400 = arith.mulf %v232, %v142 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v401, %v402 = gpu.shuffle xor %v400, %v234, %v235 : f32
          %v403 = arith.addf %v400, %v401 fastmath<contract> : f32
          %v404, %v405 = gpu.shuffle xor %v403, %v239, %v235 : f32
          %v406 = arith.addf %v403, %v404 fastmath<contract> : f32
          // end sum over the lanes
          %v407 = arith.mulf %v246, %v142 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v408, %v409 = gpu.shuffle xor %v407, %v234, %v235 : f32
          %v410 = arith.addf %v407, %v408 fastmath<contract> : f32
          %v411, %v412 = gpu.shuffle xor %v410, %v239, %v235 : f32
          %v413 = arith.addf %v410, %v411 fastmath<contract> : f32
          // end sum over the lanes
          %v414 = arith.addi %v37, %v67 : i64
          scf.if %v22 {
            %v415 = arith.muli %v27, %v80 : i64
            %v416 = arith.muli %v414, %v1 : i64
            %v417 = arith.addi %v415, %v416 : i64
            %v418 = arith.addi %v417, %v18 : i64
            %v419 = llvm.getelementptr %out_u_post[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v149, %v419 : f32, !llvm.ptr
          }
          %v420 = arith.mulf %v232, %v149 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v421, %v422 = gpu.shuffle xor %v420, %v234, %v235 : f32
          %v423 = arith.addf %v420, %v421 fastmath<contract> : f32
          %v424, %v425 = gpu.shuffle xor %v423, %v239, %v235 : f32
          %v426 = arith.addf %v423, %v424 fastmath<contract> : f32
          // end sum over the lanes
          %v427 = arith.mulf %v246, %v149 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v428, %v429 = gpu.shuffle xor %v427, %v234, %v235 : f32
          %v430 = arith.addf %v427, %v428 fastmath<contract> : f32
          %v431, %v432 = gpu.shuffle xor %v430, %v239, %v235 : f32
          %v433 = arith.addf %v430, %v431 fastmath<contract> : f32
          // end sum over the lanes
          %v434 = arith.addi %v37, %v69 : i64
          scf.if %v22 {
            %v435 = arith.muli %v27, %v80 : i64
            %v436 = arith.muli %v434, %v1 : i64
            %v437 = arith.addi %v435, %v436 : i64
            %v438 = arith.addi %v437, %v18 : i64
            %v439 = llvm.getelementptr %out_u_post[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v156, %v439 : f32, !llvm.ptr
          }
          %v440 = arith.mulf %v232, %v156 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v441, %v442 = gpu.shuffle xor %v440, %v234, %v235 : f32
          %v443 = arith.addf %v440, %v441 fastmath<contract> : f32
          %v444, %v445 = gpu.shuffle xor %v443, %v239, %v235 : f32
          %v446 = arith.addf %v443, %v444 fastmath<contract> : f32
          // end sum over the lanes
          %v447 = arith.mulf %v246, %v156 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v448, %v449 = gpu.shuffle xor %v447, %v234, %v235 : f32
          %v450 = arith.addf %v447, %v448 fastmath<contract> : f32
          %v451, %v452 = gpu.shuffle xor %v450, %v239, %v235 : f32
          %v453 = arith.addf %v450, %v451 fastmath<contract> : f32
          // end sum over the lanes
          %v454 = arith.addi %v37, %v71 : i64
          scf.if %v22 {
            %v455 = arith.muli %v27, %v80 : i64
            %v456 = arith.muli %v454, %v1 : i64
            %v457 = arith.addi %v455, %v456 : i64
            %v458 = arith.addi %v457, %v18 : i64
            %v459 = llvm.getelementptr %out_u_post[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v163, %v459 : f32, !llvm.ptr
          }
          %v460 = arith.mulf %v232, %v163 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v461, %v462 = gpu.shuffle xor %v460, %v234, %v235 : f32
          %v463 = arith.addf %v460, %v461 fastmath<contract> : f32
          %v464, %v465 = gpu.shuffle xor %v463, %v239, %v235 : f32
          %v466 = arith.addf %v463, %v464 fastmath<contract> : f32
          // end sum over the lanes
          %v467 = arith.mulf %v246, %v163 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v468, %v469 = gpu.shuffle xor %v467, %v234, %v235 : f32
          %v470 = arith.addf %v467, %v468 fastmath<contract> : f32
          %v471, %v472 = gpu.shuffle xor %v470, %v239, %v235 : f32
          %v473 = arith.addf %v470, %v471 fastmath<contract> : f32
          // end sum over the lanes
          %v474 = arith.addi %v37, %v73 : i64
          scf.if %v22 {
            %v475 = arith.muli %v27, %v80 : i64
            %v476 = arith.muli %v474, %v1 : i64
            %v477 = arith.addi %v475, %v476 : i64
            %v478 = arith.addi %v477, %v18 : i64
            %v479 = llvm.getelementptr %out_u_post[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v170, %v479 : f32, !llvm.ptr
          }
          %v480 = arith.mulf %v232, %v170 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v481, %v482 = gpu.shuffle xor %v480, %v234, %v235 : f32
          %v483 = arith.addf %v480, %v481 fastmath<contract> : f32
          %v484, %v485 = gpu.shuffle xor %v483, %v239, %v235 : f32
          %v486 = arith.addf %v483, %v484 fastmath<contract> : f32
          // end sum over the lanes
          %v487 = arith.mulf %v246, %v170 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v488, %v489 = gpu.shuffle xor %v487, %v234, %v235 : f32
          %v490 = arith.addf %v487, %v488 fastmath<contract> : f32
          %v491, %v492 = gpu.shuffle xor %v490, %v239, %v235 : f32
          %v493 = arith.addf %v490, %v491 fastmath<contract> : f32
          // end sum over the lanes
          %v494 = arith.addi %v37, %v75 : i64
          scf.if %v22 {
            %v495 = arith.muli %v27, %v80 : i64
            %v496 = arith.muli %v494, %v1 : i64
            %v497 = arith.addi %v495, %v496 : i64
            %v498 = arith.addi %v497, %v18 : i64
            %v499 = llvm.getelementptr %out_u_post[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v177, %v499 : f32, !llvm.ptr
          }
          %v500 = arith.mulf %v232, %v177 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v501, %v502 = gpu.shuffle xor %v500, %v234, %v235 : f32
          %v503 = arith.addf %v500, %v501 fastmath<contract> : f32
          %v504, %v505 = gpu.shuffle xor %v503, %v239, %v235 : f32
          %v506 = arith.addf %v503, %v504 fastmath<contract> : f32
          // end sum over the lanes
          %v507 = arith.mulf %v246, %v177 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v508, %v509 = gpu.shuffle xor %v507, %v234, %v235 : f32
          %v510 = arith.addf %v507, %v508 fastmath<contract> : f32
          %v511, %v512 = gpu.shuffle xor %v510, %v239, %v235 : f32
          %v513 = arith.addf %v510, %v511 fastmath<contract> : f32
          // end sum over the lanes
          %v514 = arith.addi %v37, %v77 : i64
          scf.if %v22 {
            %v515 = arith.muli %v27, %v80 : i64
            %v516 = arith.muli %v514, %v1 : i64
            %v517 = arith.addi %v515, %v516 : i64
            %v518 = arith.addi %v517, %v18 : i64
            %v519 = llvm.getelementptr %out_u_post[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v184, %v519 : f32, !llvm.ptr
          }
          %v520 = arith.mulf %v232, %v184 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v521, %v522 = gpu.shuffle xor %v520, %v234, %v235 : f32
          %v523 = arith.addf %v520, %v521 fastmath<contract> : f32
          %v524, %v525 = gpu.shuffle xor %v523, %v239, %v235 : f32
          %v526 = arith.addf %v523, %v524 fastmath<contract> : f32
          // end sum over the lanes
          %v527 = arith.mulf %v246, %v184 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v528, %v529 = gpu.shuffle xor %v527, %v234, %v235 : f32
          %v530 = arith.addf %v527, %v528 fastmath<contract> : f32
          %v531, %v532 = gpu.shuffle xor %v530, %v239, %v235 : f32
          %v533 = arith.addf %v530, %v531 fastmath<contract> : f32
          // end sum over the lanes
          %v534 = arith.addi %v37, %v78 : i64
          scf.if %v22 {
            %v535 = arith.muli %v27, %v80 : i64
            %v536 = arith.muli %v534, %v1 : i64
            %v537 = arith.addi %v535, %v536 : i64
            %v538 = arith.addi %v537, %v18 : i64
            %v539 = llvm.getelementptr %out_u_post[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v191, %v539 : f32, !llvm.ptr
          }
          %v540 = arith.mulf %v232, %v191 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v541, %v542 = gpu.shuffle xor %v540, %v234, %v235 : f32
          %v543 = arith.addf %v540, %v541 fastmath<contract> : f32
          %v544, %v545 = gpu.shuffle xor %v543, %v239, %v235 : f32
          %v546 = arith.addf %v543, %v544 fastmath<contract> : f32
          // end sum over the lanes
          %v547 = arith.mulf %v246, %v191 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v548, %v549 = gpu.shuffle xor %v547, %v234, %v235 : f32
          %v550 = arith.addf %v547, %v548 fastmath<contract> : f32
          %v551, %v552 = gpu.shuffle xor %v550, %v239, %v235 : f32
          %v553 = arith.addf %v550, %v551 fastmath<contract> : f32
          // end sum over the lanes
          %v554 = arith.addi %v37, %v192 : i64
          %v555 = arith.select %v213, %v266, %v242 : f32
          %v556 = arith.select %v217, %v286, %v555 : f32
          %v557 = arith.select %v221, %v306, %v556 : f32
          %v558 = arith.select %v213, %v273, %v253 : f32
          %v559 = arith.select %v217, %v293, %v558 : f32
          %v560 = arith.select %v221, %v313, %v559 : f32
          scf.if %v22 {
            %v562 = arith.muli %v27, %v561 : i64
            %v563 = arith.muli %v554, %size_N : i64
            %v564 = arith.addi %v562, %v563 : i64
            %v565 = arith.addi %v564, %v25 : i64
            %v566 = llvm.getelementptr %out_bu_re[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v557, %v566 : f32, !llvm.ptr
          }
          scf.if %v22 {
            %v567 = arith.muli %v27, %v561 : i64
            %v568 = arith.muli %v554, %size_N : i64
            %v569 = arith.addi %v567, %v568 : i64
            %v570 = arith.addi %v569, %v25 : i64
            %v571 = llvm.getelementptr %out_bu_im[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v560, %v571 : f32, !llvm.ptr
          }
          %v572 = arith.addi %v37, %v195 : i64
          %v573 = arith.select %v213, %v346, %v326 : f32
          %v574 = arith.select %v217, %v366, %v573 : f32
          %v575 = arith.select %v221, %v386, %v574 : f32
          %v576 = arith.select %v213, %v353, %v333 : f32
          %v577 = arith.select %v217, %v373, %v576 : f32
          %v578 = arith.select %v221, %v393, %v577 : f32
          scf.if %v22 {
            %v579 = arith.muli %v27, %v561 : i64
            %v580 = arith.muli %v572, %size_N : i64
            %v581 = arith.addi %v579, %v580 : i64
            %v582 = arith.addi %v581, %v25 : i64
            %v583 = llvm.getelementptr %out_bu_re[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v575, %v583 : f32, !llvm.ptr
          }
          scf.if %v22 {
            %v584 = arith.muli %v27, %v561 : i64
            %v585 = arith.muli %v572, %size_N : i64
            %v586 = arith.addi %v584, %v585 : i64
            %v587 = arith.addi %v586, %v25 : i64
            %v588 = llvm.getelementptr %out_bu_im[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v578, %v588 : f32, !llvm.ptr
          }
          %v589 = arith.addi %v37, %v198 : i64
          %v590 = arith.select %v213, %v426, %v406 : f32
          %v591 = arith.select %v217, %v446, %v590 : f32
          %v592 = arith.select %v221, %v466, %v591 : f32
          %v593 = arith.select %v213, %v433, %v413 : f32
          %v594 = arith.select %v217, %v453, %v593 : f32
          %v595 = arith.select %v221, %v473, %v594 : f32
          scf.if %v22 {
            %v596 = arith.muli %v27, %v561 : i64
            %v597 = arith.muli %v589, %size_N : i64
            %v598 = arith.addi %v596, %v597 : i64
            %v599 = arith.addi %v598, %v25 : i64
            %v600 = llvm.getelementptr %out_bu_re[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v592, %v600 : f32, !llvm.ptr
          }
          scf.if %v22 {
            %v601 = arith.muli %v27, %v561 : i64
            %v602 = arith.muli %v589, %size_N : i64
            %v603 = arith.addi %v601, %v602 : i64
            %v604 = arith.addi %v603, %v25 : i64
            %v605 = llvm.getelementptr %out_bu_im[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v595, %v605 : f32, !llvm.ptr
          }
          %v606 = arith.addi %v37, %v201 : i64
          %v607 = arith.select %v213, %v506, %v486 : f32
          %v608 = arith.select %v217, %v526, %v607 : f32
          %v609 = arith.select %v221, %v546, %v608 : f32
          %v610 = arith.select %v213, %v513, %v493 : f32
          %v611 = arith.select %v217, %v533, %v610 : f32
          %v612 = arith.select %v221, %v553, %v611 : f32
          scf.if %v22 {
            %v613 = arith.muli %v27, %v561 : i64
            %v614 = arith.muli %v606, %size_N : i64
            %v615 = arith.addi %v613, %v614 : i64
            %v616 = arith.addi %v615, %v25 : i64
            %v617 = llvm.getelementptr %out_bu_re[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v609, %v617 : f32, !llvm.ptr
          }
          scf.if %v22 {
            %v618 = arith.muli %v27, %v561 : i64
            %v619 = arith.muli %v606, %size_N : i64
            %v620 = arith.addi %v618, %v619 : i64
            %v621 = arith.addi %v620, %v25 : i64
            %v622 = llvm.getelementptr %out_bu_im[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v612, %v622 : f32, !llvm.ptr
          }
        }
        %v623 = arith.muli %v45, %v12 : i64
        %v624 = arith.index_cast %v623 : i64 to index
        %v625 = arith.index_cast %v44 : i64 to index
        %v626 = arith.index_cast %v2 : i64 to index
        scf.for %v627 = %v624 to %v625 step %v626 {
          %v628 = arith.index_cast %v627 : index to i64
          %v629 = arith.addi %v37, %v628 : i64
          %v630 = arith.muli %v27, %v80 : i64
          %v631 = arith.muli %v629, %v1 : i64
          %v632 = arith.addi %v630, %v631 : i64
          %v633 = arith.addi %v632, %v18 : i64
          %v634 = llvm.getelementptr %in_u[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v635 = llvm.load %v634 : !llvm.ptr -> f32
          %v636 = arith.mulf %v232, %v635 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v637, %v638 = gpu.shuffle xor %v636, %v234, %v235 : f32
          %v639 = arith.addf %v636, %v637 fastmath<contract> : f32
          %v640, %v641 = gpu.shuffle xor %v639, %v239, %v235 : f32
          %v642 = arith.addf %v639, %v640 fastmath<contract> : f32
          // end sum over the lanes
          scf.if %v22 {
            %v643 = arith.muli %v27, %v561 : i64
            %v644 = arith.muli %v629, %size_N : i64
            %v645 = arith.addi %v643, %v644 : i64
            %v646 = arith.addi %v645, %v25 : i64
            %v647 = llvm.getelementptr %out_bu_re[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v642, %v647 : f32, !llvm.ptr
          }
          %v648 = arith.mulf %v246, %v635 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v649, %v650 = gpu.shuffle xor %v648, %v234, %v235 : f32
          %v651 = arith.addf %v648, %v649 fastmath<contract> : f32
          %v652, %v653 = gpu.shuffle xor %v651, %v239, %v235 : f32
          %v654 = arith.addf %v651, %v652 fastmath<contract> : f32
          // end sum over the lanes
          scf.if %v22 {
            %v655 = arith.muli %v27, %v561 : i64
            %v656 = arith.muli %v629, %size_N : i64
            %v657 = arith.addi %v655, %v656 : i64
            %v658 = arith.addi %v657, %v25 : i64
            %v659 = llvm.getelementptr %out_bu_im[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v654, %v659 : f32, !llvm.ptr
          }
          scf.if %v22 {
            %v660 = arith.muli %v27, %v80 : i64
            %v661 = arith.muli %v629, %v1 : i64
            %v662 = arith.addi %v660, %v661 : i64
            %v663 = arith.addi %v662, %v18 : i64
            %v664 = llvm.getelementptr %out_u_post[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v635, %v664 : f32, !llvm.ptr
          }
        }
      }
      %v665 = arith.subi %v7, %v2 : i64
      %v666 = arith.cmpi eq, %v16, %v665 : i64
      %v667 = arith.andi %v22, %v666 : i1
      gpu.return
    }
  }
}
