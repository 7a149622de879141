module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s5_pre_fwd(%in_u: !llvm.ptr, %in_B_re: !llvm.ptr, %in_B_im: !llvm.ptr, %out_bu_re: !llvm.ptr, %out_bu_im: !llvm.ptr, %out_u_post: !llvm.ptr, %size_B: i64, %size_L: i64, %size_M: i64, %size_N: i64) kernel {
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
      %v227 = arith.constant 1 : i32
      %v228 = arith.constant 32 : i32
      %v232 = arith.constant 2 : i32
      %v554 = arith.muli %size_N, %size_L : i64
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
      %v222 = arith.muli %v20, %v1 : i64
      %v223 = arith.addi %v222, %v13 : i64
      %v224 = llvm.getelementptr %in_B_re[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v225 = llvm.load %v224 : !llvm.ptr -> f32
      %v236 = arith.muli %v20, %v1 : i64
      %v237 = arith.addi %v236, %v13 : i64
      %v238 = llvm.getelementptr %in_B_im[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v239 = llvm.load %v238 : !llvm.ptr -> f32
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
          %v216 = arith.addi %v30, %v43 : i64
          scf.if %v17 {
            %v217 = arith.muli %v22, %v73 : i64
            %v218 = arith.muli %v216, %v1 : i64
            %v219 = arith.addi %v217, %v218 : i64
            %v220 = arith.addi %v219, %v13 : i64
            %v221 = llvm.getelementptr %out_u_post[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v79, %v221 : f32, !llvm.ptr
          }
          %v226 = arith.mulf %v225, %v79 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v229, %v230 = gpu.shuffle xor %v226, %v227, %v228 : f32
          %v231 = arith.addf %v226, %v229 fastmath<contract> : f32
          %v233, %v234 = gpu.shuffle xor %v231, %v232, %v228 : f32
          %v235 = arith.addf %v231, %v233 fastmath<contract> : f32
          // end sum over the lanes
          %v240 = arith.mulf %v239, %v79 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v241, %v242 = gpu.shuffle xor %v240, %v227, %v228 : f32
          %v243 = arith.addf %v240, %v241 fastmath<contract> : f32
          %v244, %v245 = gpu.shuffle xor %v243, %v232, %v228 : f32
          %v246 = arith.addf %v243, %v244 fastmath<contract> : f32
          // end sum over the lanes
          %v247 = arith.addi %v30, %v44 : i64
          scf.if %v17 {
            %v248 = arith.muli %v22, %v73 : i64
            %v249 = arith.muli %v247, %v1 : i64
            %v250 = arith.addi %v248, %v249 : i64
            %v251 = arith.addi %v250, %v13 : i64
            %v252 = llvm.getelementptr %out_u_post[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v86, %v252 : f32, !llvm.ptr
          }
          %v253 = arith.mulf %v225, %v86 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v254, %v255 = gpu.shuffle xor %v253, %v227, %v228 : f32
          %v256 = arith.addf %v253, %v254 fastmath<contract> : f32
          %v257, %v258 = gpu.shuffle xor %v256, %v232, %v228 : f32
          %v259 = arith.addf %v256, %v257 fastmath<contract> : f32
          // end sum over the lanes
          %v260 = arith.mulf %v239, %v86 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v261, %v262 = gpu.shuffle xor %v260, %v227, %v228 : f32
          %v263 = arith.addf %v260, %v261 fastmath<contract> : f32
          %v264, %v265 = gpu.shuffle xor %v263, %v232, %v228 : f32
          %v266 = arith.addf %v263, %v264 fastmath<contract> : f32
          // end sum over the lanes
          %v267 = arith.addi %v30, %v46 : i64
          scf.if %v17 {
            %v268 = arith.muli %v22, %v73 : i64
            %v269 = arith.muli %v267, %v1 : i64
            %v270 = arith.addi %v268, %v269 : i64
            %v271 = arith.addi %v270, %v13 : i64
            %v272 = llvm.getelementptr %out_u_post[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v93, %v272 : f32, !llvm.ptr
          }
          %v273 = arith.mulf %v225, %v93 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v274, %v275 = gpu.shuffle xor %v273, %v227, %v228 : f32
          %v276 = arith.addf %v273, %v274 fastmath<contract> : f32
          %v277, %v278 = gpu.shuffle xor %v276, %v232, %v228 : f32
          %v279 = arith.addf %v276, %v277 fastmath<contract> : f32
          // end sum over the lanes
          %v280 = arith.mulf %v239, %v93 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v281, %v282 = gpu.shuffle xor %v280, %v227, %v228 : f32
          %v283 = arith.addf %v280, %v281 fastmath<contract> : f32
          %v284, %v285 = gpu.shuffle xor %v283, %v232, %v228 : f32
          %v286 = arith.addf %v283, %v284 fastmath<contract> : f32
          // end sum over the lanes
          %v287 = arith.addi %v30, %v48 : i64
          scf.if %v17 {
            %v288 = arith.muli %v22, %v73 : i64
            %v289 = arith.muli %v287, %v1 : i64
            %v290 = arith.addi %v288, %v289 : i64
            %v291 = arith.addi %v290, %v13 : i64
            %v292 = llvm.getelementptr %out_u_post[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v100, %v292 : f32, !llvm.ptr
          }
          %v293 = arith.mulf %v225, %v100 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v294, %v295 = gpu.shuffle xor %v293, %v227, %v228 : f32
          %v296 = arith.addf %v293, %v294 fastmath<contract> : f32
          %v297, %v298 = gpu.shuffle xor %v296, %v232, %v228 : f32
          %v299 = arith.addf %v296, %v297 fastmath<contract> : f32
          // end sum over the lanes
          %v300 = arith.mulf %v239, %v100 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v301, %v302 = gpu.shuffle xor %v300, %v227, %v228 : f32
          %v303 = arith.addf %v300, %v301 fastmath<contract> : f32
          %v304, %v305 = gpu.shuffle xor %v303, %v232, %v228 : f32
          %v306 = arith.addf %v303, %v304 fastmath<contract> : f32
          // end sum over the lanes
          %v307 = arith.addi %v30, %v49 : i64
          scf.if %v17 {
            %v308 = arith.muli %v22, %v73 : i64
            %v309 = arith.muli %v307, %v1 : i64
            %v310 = arith.addi %v308, %v309 : i64
            %v311 = arith.addi %v310, %v13 : i64
            %v312 = llvm.getelementptr %out_u_post[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v107, %v312 : f32, !llvm.ptr
          }
          %v313 = arith.mulf %v225, %v107 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v314, %v315 = gpu.shuffle xor %v313, %v227, %v228 : f32
          %v316 = arith.addf %v313, %v314 fastmath<contract> : f32
          %v317, %v318 = gpu.shuffle xor %v316, %v232, %v228 : f32
          %v319 = arith.addf %v316, %v317 fastmath<contract> : f32
          // end sum over the lanes
          %v320 = arith.mulf %v239, %v107 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v321, %v322 = gpu.shuffle xor %v320, %v227, %v228 : f32
          %v323 = arith.addf %v320, %v321 fastmath<contract> : f32
          %v324, %v325 = gpu.shuffle xor %v323, %v232, %v228 : f32
          %v326 = arith.addf %v323, %v324 fastmath<contract> : f32
          // end sum over the lanes
          %v327 = arith.addi %v30, %v51 : i64
          scf.if %v17 {
            %v328 = arith.muli %v22, %v73 : i64
            %v329 = arith.muli %v327, %v1 : i64
            %v330 = arith.addi %v328, %v329 : i64
            %v331 = arith.addi %v330, %v13 : i64
            %v332 = llvm.getelementptr %out_u_post[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v114, %v332 : f32, !llvm.ptr
          }
          %v333 = arith.mulf %v225, %v114 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v334, %v335 = gpu.shuffle xor %v333, %v227, %v228 : f32
          %v336 = arith.addf %v333, %v334 fastmath<contract> : f32
          %v337, %v338 = gpu.shuffle xor %v336, %v232, %v228 : f32
          %v339 = arith.addf %v336, %v337 fastmath<contract> : f32
          // end sum over the lanes
          %v340 = arith.mulf %v239, %v114 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v341, %v342 = gpu.shuffle xor %v340, %v227, %v228 : f32
          %v343 = arith.addf %v340, %v341 fastmath<contract> : f32
          %v344, %v345 = gpu.shuffle xor %v343, %v232, %v228 : f32
          %v346 = arith.addf %v343, %v344 fastmath<contract> : f32
          // end sum over the lanes
          %v347 = arith.addi %v30, %v53 : i64
          scf.if %v17 {
            %v348 = arith.muli %v22, %v73 : i64
            %v349 = arith.muli %v347, %v1 : i64
            %v350 = arith.addi %v348, %v349 : i64
            %v351 = arith.addi %v350, %v13 : i64
            %v352 = llvm.getelementptr %out_u_post[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v121, %v352 : f32, !llvm.ptr
          }
          %v353 = arith.mulf %v225, %v121 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v354, %v355 = gpu.shuffle xor %v353, %v227, %v228 : f32
          %v356 = arith.addf %v353, %v354 fastmath<contract> : f32
          %v357, %v358 = gpu.shuffle xor %v356, %v232, %v228 : f32
          %v359 = arith.addf %v356, %v357 fastmath<contract> : f32
          // end sum over the lanes
          %v360 = arith.mulf %v239, %v121 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v361, %v362 = gpu.shuffle xor %v360, %v227, %v228 : f32
          %v363 = arith.addf %v360, %v361 fastmath<contract> : f32
          %v364, %v365 = gpu.shuffle xor %v363, %v232, %v228 : f32
          %v366 = arith.addf %v363, %v364 fastmath<contract> : f32
          // end sum over the lanes
          %v367 = arith.addi %v30, %v55 : i64
          scf.if %v17 {
            %v368 = arith.muli %v22, %v73 : i64
            %v369 = arith.muli %v367, %v1 : i64
            %v370 = arith.addi %v368, %v369 : i64
            %v371 = arith.addi %v370, %v13 : i64
            %v372 = llvm.getelementptr %out_u_post[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v128, %v372 : f32, !llvm.ptr
          }
          %v373 = arith.mulf %v225, %v128 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v374, %v375 = gpu.shuffle xor %v373, %v227, %v228 : f32
          %v376 = arith.addf %v373, %v374 fastmath<contract> : f32
          %v377, %v378 = gpu.shuffle xor %v376, %v232, %v228 : f32
          %v379 = arith.addf %v376, %v377 fastmath<contract> : f32
          // end sum over the lanes
          %v380 = arith.mulf %v239, %v128 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v381, %v382 = gpu.shuffle xor %v380, %v227, %v228 : f32
          %v383 = arith.addf %v380, %v381 fastmath<contract> : f32
          %v384, %v385 = gpu.shuffle xor %v383, %v232, %v228 : f32
          %v386 = arith.addf %v383, %v384 fastmath<contract> : f32
          // end sum over the lanes
          %v387 = arith.addi %v30, %v57 : i64
          scf.if %v17 {
            %v388 = arith.muli %v22, %v73 : i64
            %v389 = arith.muli %v387, %v1 : i64
            %v390 = arith.addi %v388, %v389 : i64
            %v391 = arith.addi %v390, %v13 : i64
            %v392 = llvm.getelementptr %out_u_post[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v135, %v392 : f32, !llvm.ptr
          }
          %v393 = arith.mulf %v225, %v135 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v394, %v395 = gpu.shuffle xor %v393, %v227, %v228 : f32
          %v396 = arith.addf %v393, %v394 fastmath<contract> : f32
          %v397, %v398 = gpu.shuffle xor %v396, %v232, %v228 : f32
          %v399 = arith.addf %v396, %v397 fastmath<contract> : f32
          // end sum over the lanes
          %v400 = arith.mulf %v239, %v135 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v401, %v402 = gpu.shuffle xor %v400, %v227, %v228 : f32
          %v403 = arith.addf %v400, %v401 fastmath<contract> : f32
          %v404, %v405 = gpu.shuffle xor %v403, %v232, %v228 : f32
          %v406 = arith.addf %v403, %v404 fastmath<contract> : f32
          // end sum over the lanes
          %v407 = arith.addi %v30, %v59 : i64
          scf.if %v17 {
            %v408 = arith.muli %v22, %v73 : i64
            %v409 = arith.muli %v407, %v1 : i64
            %v410 = arith.addi %v408, %v409 : i64
            %v411 = arith.addi %v410, %v13 : i64
            %v412 = llvm.getelementptr %out_u_post[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v142, %v412 : f32, !llvm.ptr
          }
          %v413 = arith.mulf %v225, %v142 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v414, %v415 = gpu.shuffle xor %v413, %v227, %v228 : f32
          %v416 = arith.addf %v413, %v414 fastmath<contract> : f32
          %v417, %v418 = gpu.shuffle xor %v416, %v232, %v228 : f32
          %v419 = arith.addf %v416, %v417 fastmath<contract> : f32
          // end sum over the lanes
          %v420 = arith.mulf %v239, %v142 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v421, %v422 = gpu.shuffle xor %v420, %v227, %v228 : f32
          %v423 = arith.addf %v420, %v421 fastmath<contract> : f32
          %v424, %v425 = gpu.shuffle xor %v423, %v232, %v228 : f32
          %v426 = arith.addf %v423, %v424 fastmath<contract> : f32
          // end sum over the lanes
          %v427 = arith.addi %v30, %v61 : i64
          scf.if %v17 {
            %v428 = arith.muli %v22, %v73 : i64
            %v429 = arith.muli %v427, %v1 : i64
            %v430 = arith.addi %v428, %v429 : i64
            %v431 = arith.addi %v430, %v13 : i64
            %v432 = llvm.getelementptr %out_u_post[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v149, %v432 : f32, !llvm.ptr
          }
          %v433 = arith.mulf %v225, %v149 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v434, %v435 = gpu.shuffle xor %v433, %v227, %v228 : f32
          %v436 = arith.addf %v433, %v434 fastmath<contract> : f32
          %v437, %v438 = gpu.shuffle xor %v436, %v232, %v228 : f32
          %v439 = arith.addf %v436, %v437 fastmath<contract> : f32
          // end sum over the lanes
          %v440 = arith.mulf %v239, %v149 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v441, %v442 = gpu.shuffle xor %v440, %v227, %v228 : f32
          %v443 = arith.addf %v440, %v441 fastmath<contract> : f32
          %v444, %v445 = gpu.shuffle xor %v443, %v232, %v228 : f32
          %v446 = arith.addf %v443, %v444 fastmath<contract> : f32
          // end sum over the lanes
          %v447 = arith.addi %v30, %v63 : i64
          scf.if %v17 {
            %v448 = arith.muli %v22, %v73 : i64
            %v449 = arith.muli %v447, %v1 : i64
            %v450 = arith.addi %v448, %v449 : i64
            %v451 = arith.addi %v450, %v13 : i64
            %v452 = llvm.getelementptr %out_u_post[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v156, %v452 : f32, !llvm.ptr
          }
          %v453 = arith.mulf %v225, %v156 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v454, %v455 = gpu.shuffle xor %v453, %v227, %v228 : f32
          %v456 = arith.addf %v453, %v454 fastmath<contract> : f32
          %v457, %v458 = gpu.shuffle xor %v456, %v232, %v228 : f32
          %v459 = arith.addf %v456, %v457 fastmath<contract> : f32
          // end sum over the lanes
          %v460 = arith.mulf %v239, %v156 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v461, %v462 = gpu.shuffle xor %v460, %v227, %v228 : f32
          %v463 = arith.addf %v460, %v461 fastmath<contract> : f32
          %v464, %v465 = gpu.shuffle xor %v463, %v232, %v228 : f32
          %v466 = arith.addf %v463, %v464 fastmath<contract> : f32
          // end sum over the lanes
          %v467 = arith.addi %v30, %v65 : i64
          scf.if %v17 {
            %v468 = arith.muli %v22, %v73 : i64
            %v469 = arith.muli %v467, %v1 : i64
            %v470 = arith.addi %v468, %v469 : i64
            %v471 = arith.addi %v470, %v13 : i64
            %v472 = llvm.getelementptr %out_u_post[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v163, %v472 : f32, !llvm.ptr
          }
          %v473 = arith.mulf %v225, %v163 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v474, %v475 = gpu.shuffle xor %v473, %v227, %v228 : f32
          %v476 = arith.addf %v473, %v474 fastmath<contract> : f32
          %v477, %v478 = gpu.shuffle xor %v476, %v232, %v228 : f32
          %v479 = arith.addf %v476, %v477 fastmath<contract> : f32
          // end sum over the lanes
          %v480 = arith.mulf %v239, %v163 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v481, %v482 = gpu.shuffle xor %v480, %v227, %v228 : f32
          %v483 = arith.addf %v480, %v481 fastmath<contract> : f32
          %v484, %v485 = gpu.shuffle xor %v483, %v232, %v228 : f32
          %v486 = arith.addf %v483, %v484 fastmath<contract> : f32
          // end sum over the lanes
          %v487 = arith.addi %v30, %v67 : i64
          scf.if %v17 {
            %v488 = arith.muli %v22, %v73 : i64
            %v489 = arith.muli %v487, %v1 : i64
            %v490 = arith.addi %v488, %v489 : i64
            %v491 = arith.addi %v490, %v13 : i64
            %v492 = llvm.getelementptr %out_u_post[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v170, %v492 : f32, !llvm.ptr
          }
          %v493 = arith.mulf %v225, %v170 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v494, %v495 = gpu.shuffle xor %v493, %v227, %v228 : f32
          %v496 = arith.addf %v493, %v494 fastmath<contract> : f32
          %v497, %v498 = gpu.shuffle xor %v496, %v232, %v228 : f32
          %v499 = arith.addf %v496, %v497 fastmath<contract> : f32
          // end sum over the lanes
          %v500 = arith.mulf %v239, %v170 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v501, %v502 = gpu.shuffle xor %v500, %v227, %v228 : f32
          %v503 = arith.addf %v500, %v501 fastmath<contract> : f32
          %v504, %v505 = gpu.shuffle xor %v503, %v232, %v228 : f32
          %v506 = arith.addf %v503, %v504 fastmath<contract> : f32
          // end sum over the lanes
          %v507 = arith.addi %v30, %v69 : i64
          scf.if %v17 {
            %v508 = arith.muli %v22, %v73 : i64
            %v509 = arith.muli %v507, %v1 : i64
            %v510 = arith.addi %v508, %v509 : i64
            %v511 = arith.addi %v510, %v13 : i64
            %v512 = llvm.getelementptr %out_u_post[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v177, %v512 : f32, !llvm.ptr
          }
          %v513 = arith.mulf %v225, %v177 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v514, %v515 = gpu.shuffle xor %v513, %v227, %v228 : f32
          %v516 = arith.addf %v513, %v514 fastmath<contract> : f32
          %v517, %v518 = gpu.shuffle xor %v516, %v232, %v228 : f32
          %v519 = arith.addf %v516, %v517 fastmath<contract> : f32
          // end sum over the lanes
          %v520 = arith.mulf %v239, %v177 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v521, %v522 = gpu.shuffle xor %v520, %v227, %v228 : f32
          %v523 = arith.addf %v520, %v521 fastmath<contract> : f32
          %v524, %v525 = gpu.shuffle xor %v523, %v232, %v228 : f32
          %v526 = arith.addf %v523, %v524 fastmath<contract> : f32
          // end sum over the lanes
          %v527 = arith.addi %v30, %v71 : i64
          scf.if %v17 {
            %v528 = arith.muli %v22, %v73 : i64
            %v529 = arith.muli %v527, %v1 : i64
            %v530 = arith.addi %v528, %v529 : i64
            %v531 = arith.addi %v530, %v13 : i64
            %v532 = llvm.getelementptr %out_u_post[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v184, %v532 : f32, !llvm.ptr
          }
          %v533 = arith.mulf %v225, %v184 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v534, %v535 = gpu.shuffle xor %v533, %v227, %v228 : f32
          %v536 = arith.addf %v533, %v534 fastmath<contract> : f32
          %v537, %v538 = gpu.shuffle xor %v536, %v232, %v228 : f32
          %v539 = arith.addf %v536, %v537 fastmath<contract> : f32
          // end sum over the lanes
          %v540 = arith.mulf %v239, %v184 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v541, %v542 = gpu.shuffle xor %v540, %v227, %v228 : f32
          %v543 = arith.addf %v540, %v541 fastmath<contract> : f32
          %v544, %v545 = gpu.shuffle xor %v543, %v232, %v228 : f32
          %v546 = arith.addf %v543, %v544 fastmath<contract> : f32
          // end sum over the lanes
          %v547 = arith.addi %v30, %v185 : i64
          %v548 = arith.select %v206, %v259, %v235 : f32
          %v549 = arith.select %v210, %v279, %v548 : f32
          %v550 = arith.select %v214, %v299, %v549 : f32
          %v551 = arith.select %v206, %v266, %v246 : f32
          %v552 = arith.select %v210, %v286, %v551 : f32
          %v553 = arith.select %v214, %v306, %v552 : f32
          scf.if %v17 {
            %v555 = arith.muli %v22, %v554 : i64
            %v556 = arith.muli %v547, %size_N : i64
            %v557 = arith.addi %v555, %v556 : i64
            %v558 = arith.addi %v557, %v20 : i64
            %v559 = llvm.getelementptr %out_bu_re[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v550, %v559 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v560 = arith.muli %v22, %v554 : i64
            %v561 = arith.muli %v547, %size_N : i64
            %v562 = arith.addi %v560, %v561 : i64
            %v563 = arith.addi %v562, %v20 : i64
            %v564 = llvm.getelementptr %out_bu_im[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v553, %v564 : f32, !llvm.ptr
          }
          %v565 = arith.addi %v30, %v188 : i64
          %v566 = arith.select %v206, %v339, %v319 : f32
          %v567 = arith.select %v210, %v359, %v566 : f32
          %v568 = arith.select %v214, %v379, %v567 : f32
          %v569 = arith.select %v206, %v346, %v326 : f32
          %v570 = arith.select %v210, %v366, %v569 : f32
          %v571 = arith.select %v214, %v386, %v570 : f32
          scf.if %v17 {
            %v572 = arith.muli %v22, %v554 : i64
            %v573 = arith.muli %v565, %size_N : i64
            %v574 = arith.addi %v572, %v573 : i64
            %v575 = arith.addi %v574, %v20 : i64
            %v576 = llvm.getelementptr %out_bu_re[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v568, %v576 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v577 = arith.muli %v22, %v554 : i64
            %v578 = arith.muli %v565, %size_N : i64
            %v579 = arith.addi %v577, %v578 : i64
            %v580 = arith.addi %v579, %v20 : i64
            %v581 = llvm.getelementptr %out_bu_im[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v571, %v581 : f32, !llvm.ptr
          }
          %v582 = arith.addi %v30, %v191 : i64
          %v583 = arith.select %v206, %v419, %v399 : f32
          %v584 = arith.select %v210, %v439, %v583 : f32
          %v585 = arith.select %v214, %v459, %v584 : f32
          %v586 = arith.select %v206, %v426, %v406 : f32
          %v587 = arith.select %v210, %v446, %v586 : f32
          %v588 = arith.select %v214, %v466, %v587 : f32
          scf.if %v17 {
            %v589 = arith.muli %v22, %v554 : i64
            %v590 = arith.muli %v582, %size_N : i64
            %v591 = arith.addi %v589, %v590 : i64
            %v592 = arith.addi %v591, %v20 : i64
            %v593 = llvm.getelementptr %out_bu_re[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v585, %v593 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v594 = arith.muli %v22, %v554 : i64
            %v595 = arith.muli %v582, %size_N : i64
            %v596 = arith.addi %v594, %v595 : i64
            %v597 = arith.addi %v596, %v20 : i64
            %v598 = llvm.getelementptr %out_bu_im[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v588, %v598 : f32, !llvm.ptr
          }
          %v599 = arith.addi %v30, %v194 : i64
          %v600 = arith.select %v206, %v499, %v479 : f32
          %v601 = arith.select %v210, %v519, %v600 : f32
          %v602 = arith.select %v214, %v539, %v601 : f32
          %v603 = arith.select %v206, %v506, %v486 : f32
          %v604 = arith.select %v210, %v526, %v603 : f32
          %v605 = arith.select %v214, %v546, %v604 : f32
          scf.if %v17 {
            %v606 = arith.muli %v22, %v554 : i64
            %v607 = arith.muli %v599, %size_N : i64
            %v608 = arith.addi %v606, %v607 : i64
            %v609 = arith.addi %v608, %v20 : i64
            %v610 = llvm.getelementptr %out_bu_re[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v602, %v610 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v611 = arith.muli %v22, %v554 : i64
            %v612 = arith.muli %v599, %size_N : i64
            %v613 = arith.addi %v611, %v612 : i64
            %v614 = arith.addi %v613, %v20 : i64
            %v615 = llvm.getelementptr %out_bu_im[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v605, %v615 : f32, !llvm.ptr
          }
        }
        %v616 = arith.muli %v37, %v12 : i64
        %v617 = arith.index_cast %v616 : i64 to index
        %v618 = arith.index_cast %v36 : i64 to index
        %v619 = arith.index_cast %v2 : i64 to index
        scf.for %v620 = %v617 to %v618 step %v619 {
          %v621 = arith.index_cast %v620 : index to i64
          %v622 = arith.addi %v30, %v621 : i64
          %v623 = arith.muli %v22, %v73 : i64
          %v624 = arith.muli %v622, %v1 : i64
          %v625 = arith.addi %v623, %v624 : i64
          %v626 = arith.addi %v625, %v13 : i64
          %v627 = llvm.getelementptr %in_u[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v628 = llvm.load %v627 : !llvm.ptr -> f32
          %v629 = arith.mulf %v225, %v628 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v630, %v631 = gpu.shuffle xor %v629, %v227, %v228 : f32
          %v632 = arith.addf %v629, %v630 fastmath<contract> : f32
          %v633, %v634 = gpu.shuffle xor %v632, %v232, %v228 : f32
          %v635 = arith.addf %v632, %v633 fastmath<contract> : f32
          // end sum over the lanes
          scf.if %v17 {
            %v636 = arith.muli %v22, %v554 : i64
            %v637 = arith.muli %v622, %size_N : i64
            %v638 = arith.addi %v636, %v637 : i64
            %v639 = arith.addi %v638, %v20 : i64
            %v640 = llvm.getelementptr %out_bu_re[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v635, %v640 : f32, !llvm.ptr
          }
          %v641 = arith.mulf %v239, %v628 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v642, %v643 = gpu.shuffle xor %v641, %v227, %v228 : f32
          %v644 = arith.addf %v641, %v642 fastmath<contract> : f32
          %v645, %v646 = gpu.shuffle xor %v644, %v232, %v228 : f32
          %v647 = arith.addf %v644, %v645 fastmath<contract> : f32
          // end sum over the lanes
          scf.if %v17 {
            %v648 = arith.muli %v22, %v554 : i64
            %v649 = arith.muli %v622, %size_N : i64
            %v650 = arith.addi %v648, %v649 : i64
            %v651 = arith.addi %v650, %v20 : i64
            %v652 = llvm.getelementptr %out_bu_im[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v647, %v652 : f32, !llvm.ptr
          }
          scf.if %v17 {
            %v653 = arith.muli %v22, %v73 : i64
            %v654 = arith.muli %v622, %v1 : i64
            %v655 = arith.addi %v653, %v654 : i64
            %v656 = arith.addi %v655, %v13 : i64
            %v657 = llvm.getelementptr %out_u_post[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v628, %v657 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
  }
}
