module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_chunk_reduce(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = arith.constant 255 : i64
      %v10 = arith.addi %size_L, %v9 : i64
      %v11 = arith.constant 256 : i64
      %v12 = arith.divui %v10, %v11 : i64
      %v17 = arith.constant 8 : i64
      %v34 = arith.constant 0x00000000 : f32
      %v35 = arith.constant 0x3F800000 : f32
      %v39 = arith.constant 32 : i64
      %v47 = arith.constant 0 : i64
      %v57 = arith.constant 2 : i64
      %v59 = arith.constant 3 : i64
      %v61 = arith.constant 4 : i64
      %v63 = arith.constant 5 : i64
      %v65 = arith.constant 6 : i64
      %v67 = arith.constant 7 : i64
      %v70 = arith.constant 9 : i64
      %v72 = arith.constant 10 : i64
      %v74 = arith.constant 11 : i64
      %v76 = arith.constant 12 : i64
      %v78 = arith.constant 13 : i64
      %v80 = arith.constant 14 : i64
      %v82 = arith.constant 15 : i64
      %v103 = arith.muli %v2, %size_L : i64
      %v104 = arith.muli %v103, %size_D : i64
      %v164 = arith.constant 0x3FB8AA3B : f32
      %v167 = arith.muli %v2, %v1 : i64
      %v13 = gpu.block_id x
      %v14 = gpu.thread_id x
      %v15 = arith.index_cast %v14 : index to i64
      %v16 = arith.index_cast %v13 : index to i64
      %v18 = arith.subi %v17, %v2 : i64
      %v19 = arith.addi %v4, %v18 : i64
      %v20 = arith.divui %v19, %v17 : i64
      %v21 = arith.divui %v16, %v20 : i64
      %v22 = arith.remui %v16, %v20 : i64
      %v23 = arith.remui %v15, %v17 : i64
      %v24 = arith.divui %v15, %v17 : i64
      %v25 = arith.muli %v22, %v17 : i64
      %v26 = arith.addi %v25, %v24 : i64
      %v27 = arith.cmpi slt, %v26, %v4 : i64
      %v28 = arith.subi %v4, %v2 : i64
      %v29 = arith.minsi %v26, %v28 : i64
      %v30 = arith.remui %v29, %size_D : i64
      %v31 = arith.divui %v29, %size_D : i64
      %v32 = arith.remui %v31, %size_B : i64
      %v33 = arith.divui %v31, %size_B : i64
      %v122 = arith.trunci %v15 : i64 to i32
      %v123 = arith.constant 24 : i32
      %v124 = arith.andi %v122, %v123 : i32
      %v125 = arith.constant 0 : i32
      %v126 = arith.ori %v124, %v125 : i32
      %v127 = arith.constant 0 : i64
      %v128 = arith.cmpi eq, %v23, %v127 : i64
      %v129 = arith.constant 1 : i32
      %v130 = arith.ori %v124, %v129 : i32
      %v131 = arith.constant 1 : i64
      %v132 = arith.cmpi eq, %v23, %v131 : i64
      %v133 = arith.constant 2 : i32
      %v134 = arith.ori %v124, %v133 : i32
      %v135 = arith.constant 2 : i64
      %v136 = arith.cmpi eq, %v23, %v135 : i64
      %v137 = arith.constant 3 : i32
      %v138 = arith.ori %v124, %v137 : i32
      %v139 = arith.constant 3 : i64
      %v140 = arith.cmpi eq, %v23, %v139 : i64
      %v141 = arith.constant 4 : i32
      %v142 = arith.ori %v124, %v141 : i32
      %v143 = arith.constant 4 : i64
      %v144 = arith.cmpi eq, %v23, %v143 : i64
      %v145 = arith.constant 5 : i32
      %v146 = arith.ori %v124, %v145 : i32
      %v147 = arith.constant 5 : i64
      %v148 = arith.cmpi eq, %v23, %v147 : i64
      %v149 = arith.constant 6 : i32
      %v150 = arith.ori %v124, %v149 : i32
      %v151 = arith.constant 6 : i64
      %v152 = arith.cmpi eq, %v23, %v151 : i64
      %v153 = arith.constant 7 : i32
      %v154 = arith.ori %v124, %v153 : i32
      %v155 = arith.constant 7 : i64
      %v156 = arith.cmpi eq, %v23, %v155 : i64
      %v157 = arith.constant 32 : i32
      %v161 = arith.muli %v30, %v2 : i64
      %v162 = llvm.getelementptr %in_log_dt[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v163 = llvm.load %v162 : !llvm.ptr -> f32
      %v165 = arith.mulf %v163, %v164 fastmath<contract> : f32
      %v166 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v165) : (f32) -> f32
      %v168 = arith.muli %v30, %v167 : i64
      %v169 = arith.muli %v23, %v2 : i64
      %v170 = arith.addi %v168, %v169 : i64
      %v171 = llvm.getelementptr %in_A_log[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v172 = llvm.load %v171 : !llvm.ptr -> f32
      %v173 = arith.mulf %v172, %v164 fastmath<contract> : f32
      %v174 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v173) : (f32) -> f32
      %v175 = arith.negf %v174 : f32
      %v176 = arith.mulf %v166, %v175 fastmath<contract> : f32
      %v177 = arith.mulf %v176, %v164 fastmath<contract> : f32
      %v178 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v177) : (f32) -> f32
      %v179 = arith.subf %v178, %v35 fastmath<contract> : f32
      %v180 = arith.divf %v179, %v175 : f32
      %v181 = arith.muli %v30, %v167 : i64
      %v182 = arith.muli %v23, %v2 : i64
      %v183 = arith.addi %v181, %v182 : i64
      %v184 = llvm.getelementptr %in_Bp[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v185 = llvm.load %v184 : !llvm.ptr -> f32
      %v186 = arith.mulf %v180, %v185 fastmath<contract> : f32
      %v193 = arith.muli %v30, %v167 : i64
      %v194 = arith.constant 8 : i64
      %v195 = arith.addi %v194, %v23 : i64
      %v196 = arith.muli %v195, %v2 : i64
      %v197 = arith.addi %v193, %v196 : i64
      %v198 = llvm.getelementptr %in_A_log[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v199 = llvm.load %v198 : !llvm.ptr -> f32
      %v200 = arith.mulf %v199, %v164 fastmath<contract> : f32
      %v201 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v200) : (f32) -> f32
      %v202 = arith.negf %v201 : f32
      %v203 = arith.mulf %v166, %v202 fastmath<contract> : f32
      %v204 = arith.mulf %v203, %v164 fastmath<contract> : f32
      %v205 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v204) : (f32) -> f32
      %v206 = arith.subf %v205, %v35 fastmath<contract> : f32
      %v207 = arith.divf %v206, %v202 : f32
      %v208 = arith.muli %v30, %v167 : i64
      %v209 = arith.constant 8 : i64
      %v210 = arith.addi %v209, %v23 : i64
      %v211 = arith.muli %v210, %v2 : i64
      %v212 = arith.addi %v208, %v211 : i64
      %v213 = llvm.getelementptr %in_Bp[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v214 = llvm.load %v213 : !llvm.ptr -> f32
      %v215 = arith.mulf %v207, %v214 fastmath<contract> : f32
      llvm.store %v34, %v5 : f32, !llvm.ptr
      llvm.store %v34, %v6 : f32, !llvm.ptr
      llvm.store %v35, %v7 : f32, !llvm.ptr
      llvm.store %v35, %v8 : f32, !llvm.ptr
      %v36 = arith.muli %v21, %v11 : i64
      %v37 = arith.addi %v36, %v11 : i64
      %v38 = arith.minsi %v37, %size_L : i64
      %v40 = arith.index_cast %v36 : i64 to index
      %v41 = arith.index_cast %v38 : i64 to index
      %v42 = arith.index_cast %v39 : i64 to index
      scf.for %v43 = %v40 to %v41 step %v42 {
        %v44 = arith.index_cast %v43 : index to i64
        %v45 = arith.subi %v38, %v44 : i64
        %v46 = arith.minsi %v45, %v39 : i64
        %v48 = arith.divui %v46, %v1 : i64
        %v49 = arith.index_cast %v47 : i64 to index
        %v50 = arith.index_cast %v48 : i64 to index
        %v51 = arith.index_cast %v2 : i64 to index
        scf.for %v52 = %v49 to %v50 step %v51 {
          %v53 = arith.index_cast %v52 : index to i64
          %v54 = arith.muli %v53, %v1 : i64
          %v55 = arith.addi %v54, %v47 : i64
          %v56 = arith.addi %v54, %v2 : i64
          %v58 = arith.addi %v54, %v57 : i64
          %v60 = arith.addi %v54, %v59 : i64
          %v62 = arith.addi %v54, %v61 : i64
          %v64 = arith.addi %v54, %v63 : i64
          %v66 = arith.addi %v54, %v65 : i64
          %v68 = arith.addi %v54, %v67 : i64
          %v69 = arith.addi %v54, %v17 : i64
          %v71 = arith.addi %v54, %v70 : i64
          %v73 = arith.addi %v54, %v72 : i64
          %v75 = arith.addi %v54, %v74 : i64
          %v77 = arith.addi %v54, %v76 : i64
          %v79 = arith.addi %v54, %v78 : i64
          %v81 = arith.addi %v54, %v80 : i64
          %v83 = arith.addi %v54, %v82 : i64
          %v84 = arith.addi %v44, %v55 : i64
          %v85 = arith.addi %v44, %v56 : i64
          %v86 = arith.addi %v44, %v58 : i64
          %v87 = arith.addi %v44, %v60 : i64
          %v88 = arith.addi %v44, %v62 : i64
          %v89 = arith.addi %v44, %v64 : i64
          %v90 = arith.addi %v44, %v66 : i64
          %v91 = arith.addi %v44, %v68 : i64
          %v92 = arith.addi %v44, %v69 : i64
          %v93 = arith.addi %v44, %v71 : i64
          %v94 = arith.addi %v44, %v73 : i64
          %v95 = arith.addi %v44, %v75 : i64
          %v96 = arith.addi %v44, %v77 : i64
          %v97 = arith.addi %v44, %v79 : i64
          %v98 = arith.addi %v44, %v81 : i64
          %v99 = arith.addi %v44, %v83 : i64
          %v100 = arith.addi %v54, %v47 : i64
          %v101 = arith.addi %v100, %v23 : i64
          %v102 = arith.addi %v44, %v101 : i64
          %v105 = arith.muli %v32, %v104 : i64
          %v106 = arith.muli %v30, %v103 : i64
          %v107 = arith.addi %v105, %v106 : i64
          %v108 = arith.muli %v102, %v2 : i64
          %v109 = arith.addi %v107, %v108 : i64
          %v110 = llvm.getelementptr %in_u[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v111 = llvm.load %v110 : !llvm.ptr -> f32
          %v112 = arith.addi %v54, %v17 : i64
          %v113 = arith.addi %v112, %v23 : i64
          %v114 = arith.addi %v44, %v113 : i64
          %v115 = arith.muli %v32, %v104 : i64
          %v116 = arith.muli %v30, %v103 : i64
          %v117 = arith.addi %v115, %v116 : i64
          %v118 = arith.muli %v114, %v2 : i64
          %v119 = arith.addi %v117, %v118 : i64
          %v120 = llvm.getelementptr %in_u[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v121 = llvm.load %v120 : !llvm.ptr -> f32
          %v158 = arith.addi %v44, %v55 : i64
          %v159, %v160 = gpu.shuffle idx %v111, %v126, %v157 : f32
          %v187 = arith.mulf %v186, %v159 fastmath<contract> : f32
          %v188 = llvm.load %v5 : !llvm.ptr -> f32
          %v189 = arith.mulf %v178, %v188 fastmath<contract> : f32
          %v190 = arith.addf %v189, %v187 fastmath<contract> : f32
          %v191 = llvm.load %v7 : !llvm.ptr -> f32
          %v192 = arith.mulf %v178, %v191 fastmath<contract> : f32
          %v216 = arith.mulf %v215, %v159 fastmath<contract> : f32
          %v217 = llvm.load %v6 : !llvm.ptr -> f32
          %v218 = arith.mulf %v205, %v217 fastmath<contract> : f32
          %v219 = arith.addf %v218, %v216 fastmath<contract> : f32
          %v220 = llvm.load %v8 : !llvm.ptr -> f32
          %v221 = arith.mulf %v205, %v220 fastmath<contract> : f32
          llvm.store %v190, %v5 : f32, !llvm.ptr
          llvm.store %v192, %v7 : f32, !llvm.ptr
          llvm.store %v219, %v6 : f32, !llvm.ptr
          llvm.store %v221, %v8 : f32, !llvm.ptr
          %v222 = arith.addi %v44, %v56 : i64
          %v223, %v224 = gpu.shuffle idx %v111, %v130, %v157 : f32
          %v225 = arith.mulf %v186, %v223 fastmath<contract> : f32
          %v226 = llvm.load %v5 : !llvm.ptr -> f32
          %v227 = arith.mulf %v178, %v226 fastmath<contract> : f32
          %v228 = arith.addf %v227, %v225 fastmath<contract> : f32
          %v229 = llvm.load %v7 : !llvm.ptr -> f32
          %v230 = arith.mulf %v178, %v229 fastmath<contract> : f32
          %v231 = arith.mulf %v215, %v223 fastmath<contract> : f32
          %v232 = llvm.load %v6 : !llvm.ptr -> f32
          %v233 = arith.mulf %v205, %v232 fastmath<contract> : f32
          %v234 = arith.addf %v233, %v231 fastmath<contract> : f32
          %v235 = llvm.load %v8 : !llvm.ptr -> f32
          %v236 = arith.mulf %v205, %v235 fastmath<contract> : f32
          llvm.store %v228, %v5 : f32, !llvm.ptr
          llvm.store %v230, %v7 : f32, !llvm.ptr
          llvm.store %v234, %v6 : f32, !llvm.ptr
          llvm.store %v236, %v8 : f32, !llvm.ptr
          %v237 = arith.addi %v44, %v58 : i64
          %v238, %v239 = gpu.shuffle idx %v111, %v134, %v157 : f32
          %v240 = arith.mulf %v186, %v238 fastmath<contract> : f32
          %v241 = llvm.load %v5 : !llvm.ptr -> f32
          %v242 = arith.mulf %v178, %v241 fastmath<contract> : f32
          %v243 = arith.addf %v242, %v240 fastmath<contract> : f32
          %v244 = llvm.load %v7 : !llvm.ptr -> f32
          %v245 = arith.mulf %v178, %v244 fastmath<contract> : f32
          %v246 = arith.mulf %v215, %v238 fastmath<contract> : f32
          %v247 = llvm.load %v6 : !llvm.ptr -> f32
          %v248 = arith.mulf %v205, %v247 fastmath<contract> : f32
          %v249 = arith.addf %v248, %v246 fastmath<contract> : f32
          %v250 = llvm.load %v8 : !llvm.ptr -> f32
          %v251 = arith.mulf %v205, %v250 fastmath<contract> : f32
          llvm.store %v243, %v5 : f32, !llvm.ptr
          llvm.store %v245, %v7 : f32, !llvm.ptr
          llvm.store %v249, %v6 : f32, !llvm.ptr
          llvm.store %v251, %v8 : f32, !llvm.ptr
          %v252 = arith.addi %v44, %v60 : i64
          %v253, %v254 = gpu.shuffle idx %v111, %v138, %v157 : f32
          %v255 = arith.mulf %v186, %v253 fastmath<contract> : f32
          %v256 = llvm.load %v5 : !llvm.ptr -> f32
          %v257 = arith.mulf %v178, %v256 fastmath<contract> : f32
          %v258 = arith.addf %v257, %v255 fastmath<contract> : f32
          %v259 = llvm.load %v7 : !llvm.ptr -> f32
          %v260 = arith.mulf %v178, %v259 fastmath<contract> : f32
          %v261 = arith.mulf %v215, %v253 fastmath<contract> : f32
          %v262 = llvm.load %v6 : !llvm.ptr -> f32
          %v263 = arith.mulf %v205, %v262 fastmath<contract> : f32
          %v264 = arith.addf %v263, %v261 fastmath<contract> : f32
          %v265 = llvm.load %v8 : !llvm.ptr -> f32
          %v266 = arith.mulf %v205, %v265 fastmath<contract> : f32
          llvm.store %v258, %v5 : f32, !llvm.ptr
          llvm.store %v260, %v7 : f32, !llvm.ptr
          llvm.store %v264, %v6 : f32, !llvm.ptr
          llvm.store %v266, %v8 : f32, !llvm.ptr
          %v267 = arith.addi %v44, %v62 : i64
          %v268, %v269 = gpu.shuffle idx %v111, %v142, %v157 : f32
          %v270 = arith.mulf %v186, %v268 fastmath<contract> : f32
          %v271 = llvm.load %v5 : !llvm.ptr -> f32
          %v272 = arith.mulf %v178, %v271 fastmath<contract> : f32
          %v273 = arith.addf %v272, %v270 fastmath<contract> : f32
          %v274 = llvm.load %v7 : !llvm.ptr -> f32
          %v275 = arith.mulf %v178, %v274 fastmath<contract> : f32
          %v276 = arith.mulf %v215, %v268 fastmath<contract> : f32
          %v277 = llvm.load %v6 : !llvm.ptr -> f32
          %v278 = arith.mulf %v205, %v277 fastmath<contract> : f32
          %v279 = arith.addf %v278, %v276 fastmath<contract> : f32
          %v280 = llvm.load %v8 : !llvm.ptr -> f32
          %v281 = arith.mulf %v205, %v280 fastmath<contract> : f32
          llvm.store %v273, %v5 : f32, !llvm.ptr
          llvm.store %v275, %v7 : f32, !llvm.ptr
          llvm.store %v279, %v6 : f32, !llvm.ptr
          llvm.store %v281, %v8 : f32, !llvm.ptr
          %v282 = arith.addi %v44, %v64 : i64
          %v283, %v284 = gpu.shuffle idx %v111, %v146, %v157 : f32
          %v285 = arith.mulf %v186, %v283 fastmath<contract> : f32
          %v286 = llvm.load %v5 : !llvm.ptr -> f32
          %v287 = arith.mulf %v178, %v286 fastmath<contract> : f32
          %v288 = arith.addf %v287, %v285 fastmath<contract> : f32
          %v289 = llvm.load %v7 : !llvm.ptr -> f32
          %v290 = arith.mulf %v178, %v289 fastmath<contract> : f32
          %v291 = arith.mulf %v215, %v283 fastmath<contract> : f32
          %v292 = llvm.load %v6 : !llvm.ptr -> f32
          %v293 = arith.mulf %v205, %v292 fastmath<contract> : f32
          %v294 = arith.addf %v293, %v291 fastmath<contract> : f32
          %v295 = llvm.load %v8 : !llvm.ptr -> f32
          %v296 = arith.mulf %v205, %v295 fastmath<contract> : f32
          llvm.store %v288, %v5 : f32, !llvm.ptr
          llvm.store %v290, %v7 : f32, !llvm.ptr
          llvm.store %v294, %v6 : f32, !llvm.ptr
          llvm.store %v296, %v8 : f32, !llvm.ptr
          %v297 = arith.addi %v44, %v66 : i64
          %v298, %v299 = gpu.shuffle idx %v111, %v150, %v157 : f32
          %v300 = arith.mulf %v186, %v298 fastmath<contract> : f32
          %v301 = llvm.load %v5 : !llvm.ptr -> f32
          %v302 = arith.mulf %v178, %v301 fastmath<contract> : f32
          %v303 = arith.addf %v302, %v300 fastmath<contract> : f32
          %v304 = llvm.load %v7 : !llvm.ptr -> f32
          %v305 = arith.mulf %v178, %v304 fastmath<contract> : f32
          %v306 = arith.mulf %v215, %v298 fastmath<contract> : f32
          %v307 = llvm.load %v6 : !llvm.ptr -> f32
          %v308 = arith.mulf %v205, %v307 fastmath<contract> : f32
          %v309 = arith.addf %v308, %v306 fastmath<contract> : f32
          %v310 = llvm.load %v8 : !llvm.ptr -> f32
          %v311 = arith.mulf %v205, %v310 fastmath<contract> : f32
          llvm.store %v303, %v5 : f32, !llvm.ptr
          llvm.store %v305, %v7 : f32, !llvm.ptr
          llvm.store %v309, %v6 : f32, !llvm.ptr
          llvm.store %v311, %v8 : f32, !llvm.ptr
          %v312 = arith.addi %v44, %v68 : i64
          %v313, %v314 = gpu.shuffle idx %v111, %v154, %v157 : f32
          %v315 = arith.mulf %v186, %v313 fastmath<contract> : f32
          %v316 = llvm.load %v5 : !llvm.ptr -> f32
          %v317 = arith.mulf %v178, %v316 fastmath<contract> : f32
          %v318 = arith.addf %v317, %v315 fastmath<contract> : f32
          %v319 = llvm.load %v7 : !llvm.ptr -> f32
          %v320 = arith.mulf %v178, %v319 fastmath<contract> : f32
          %v321 = arith.mulf %v215, %v313 fastmath<contract> : f32
          %v322 = llvm.load %v6 : !llvm.ptr -> f32
          %v323 = arith.mulf %v205, %v322 fastmath<contract> : f32
          %v324 = arith.addf %v323, %v321 fastmath<contract> : f32
          %v325 = llvm.load %v8 : !llvm.ptr -> f32
          %v326 = arith.mulf %v205, %v325 fastmath<contract> : f32
          llvm.store %v318, %v5 : f32, !llvm.ptr
          llvm.store %v320, %v7 : f32, !llvm.ptr
          llvm.store %v324, %v6 : f32, !llvm.ptr
          llvm.store %v326, %v8 : f32, !llvm.ptr
          %v327 = arith.addi %v44, %v69 : i64
          %v328, %v329 = gpu.shuffle idx %v121, %v126, %v157 : f32
          %v330 = arith.mulf %v186, %v328 fastmath<contract> : f32
          %v331 = llvm.load %v5 : !llvm.ptr -> f32
          %v332 = arith.mulf %v178, %v331 fastmath<contract> : f32
          %v333 = arith.addf %v332, %v330 fastmath<contract> : f32
          %v334 = llvm.load %v7 : !llvm.ptr -> f32
          %v335 = arith.mulf %v178, %v334 fastmath<contract> : f32
          %v336 = arith.mulf %v215, %v328 fastmath<contract> : f32
          %v337 = llvm.load %v6 : !llvm.ptr -> f32
          %v338 = arith.mulf %v205, %v337 fastmath<contract> : f32
          %v339 = arith.addf %v338, %v336 fastmath<contract> : f32
          %v340 = llvm.load %v8 : !llvm.ptr -> f32
          %v341 = arith.mulf %v205, %v340 fastmath<contract> : f32
          llvm.store %v333, %v5 : f32, !llvm.ptr
          llvm.store %v335, %v7 : f32, !llvm.ptr
          llvm.store %v339, %v6 : f32, !llvm.ptr
          llvm.store %v341, %v8 : f32, !llvm.ptr
          %v342 = arith.addi %v44, %v71 : i64
          %v343, %v344 = gpu.shuffle idx %v121, %v130, %v157 : f32
          %v345 = arith.mulf %v186, %v343 fastmath<contract> : f32
          %v346 = llvm.load %v5 : !llvm.ptr -> f32
          %v347 = arith.mulf %v178, %v346 fastmath<contract> : f32
          %v348 = arith.addf %v347, %v345 fastmath<contract> : f32
          %v349 = llvm.load %v7 : !llvm.ptr -> f32
          %v350 = arith.mulf %v178, %v349 fastmath<contract> : f32
          %v351 = arith.mulf %v215, %v343 fastmath<contract> : f32
          %v352 = llvm.load %v6 : !llvm.ptr -> f32
          %v353 = arith.mulf %v205, %v352 fastmath<contract> : f32
          %v354 = arith.addf %v353, %v351 fastmath<contract> : f32
          %v355 = llvm.load %v8 : !llvm.ptr -> f32
          %v356 = arith.mulf %v205, %v355 fastmath<contract> : f32
          llvm.store %v348, %v5 : f32, !llvm.ptr
          llvm.store %v350, %v7 : f32, !llvm.ptr
          llvm.store %v354, %v6 : f32, !llvm.ptr
          llvm.store %v356, %v8 : f32, !llvm.ptr
          %v357 = arith.addi %v44, %v73 : i64
          %v358, %v359 = gpu.shuffle idx %v121, %v134, %v157 : f32
          %v360 = arith.mulf %v186, %v358 fastmath<contract> : f32
          %v361 = llvm.load %v5 : !llvm.ptr -> f32
          %v362 = arith.mulf %v178, %v361 fastmath<contract> : f32
          %v363 = arith.addf %v362, %v360 fastmath<contract> : f32
          %v364 = llvm.load %v7 : !llvm.ptr -> f32
          %v365 = arith.mulf %v178, %v364 fastmath<contract> : f32
          %v366 = arith.mulf %v215, %v358 fastmath<contract> : f32
          %v367 = llvm.load %v6 : !llvm.ptr -> f32
          %v368 = arith.mulf %v205, %v367 fastmath<contract> : f32
          %v369 = arith.addf %v368, %v366 fastmath<contract> : f32
          %v370 = llvm.load %v8 : !llvm.ptr -> f32
          %v371 = arith.mulf %v205, %v370 fastmath<contract> : f32
          llvm.store %v363, %v5 : f32, !llvm.ptr
          llvm.store %v365, %v7 : f32, !llvm.ptr
          llvm.store %v369, %v6 : f32, !llvm.ptr
          llvm.store %v371, %v8 : f32, !llvm.ptr
          %v372 = arith.addi %v44, %v75 : i64
          %v373, %v374 = gpu.shuffle idx %v121, %v138, %v157 : f32
          %v375 = arith.mulf %v186, %v373 fastmath<contract> : f32
          %v376 = llvm.load %v5 : !llvm.ptr -> f32
          %v377 = arith.mulf %v178, %v376 fastmath<contract> : f32
          %v378 = arith.addf %v377, %v375 fastmath<contract> : f32
          %v379 = llvm.load %v7 : !llvm.ptr -> f32
          %v380 = arith.mulf %v178, %v379 fastmath<contract> : f32
          %v381 = arith.mulf %v215, %v373 fastmath<contract> : f32
          %v382 = llvm.load %v6 : !llvm.ptr -> f32
          %v383 = arith.mulf %v205, %v382 fastmath<contract> : f32
          %v384 = arith.addf %v383, %v381 fastmath<contract> : f32
          %v385 = llvm.load %v8 : !llvm.ptr -> f32
          %v386 = arith.mulf %v205, %v385 fastmath<contract> : f32
          llvm.store %v378, %v5 : f32, !llvm.ptr
          llvm.store %v380, %v7 : f32, !llvm.ptr
          llvm.store %v384, %v6 : f32, !llvm.ptr
          llvm.store %v386, %v8 : f32, !llvm.ptr
          %v387 = arith.addi %v44, %v77 : i64
          %v388, %v389 = gpu.shuffle idx %v121, %v142, %v157 : f32
          %v390 = arith.mulf %v186, %v388 fastmath<contract> : f32
          %v391 = llvm.load %v5 : !llvm.ptr -> f32
          %v392 = arith.mulf %v178, %v391 fastmath<contract> : f32
          %v393 = arith.addf %v392, %v390 fastmath<contract> : f32
          %v394 = llvm.load %v7 : !llvm.ptr -> f32
          %v395 = arith.mulf %v178, %v394 fastmath<contract> : f32
          %v396 = arith.mulf %v215, %v388 fastmath<contract> : f32
          %v397 = llvm.load %v6 : !llvm.ptr -> f32
          %v398 = arith.mulf %v205, %v397 fastmath<contract> : f32
          %v399 = arith.addf %v398, %v396 fastmath<contract> : f32
          %v400 = llvm.load %v8 : !llvm.ptr -> f32
          %v401 = arith.mulf %v205, %v400 fastmath<contract> : f32
          llvm.store %v393, %v5 : f32, !llvm.ptr
          llvm.store %v395, %v7 : f32, !llvm.ptr
          llvm.store %v399, %v6 : f32, !llvm.ptr
          llvm.store %v401, %v8 : f32, !llvm.ptr
          %v402 = arith.addi %v44, %v79 : i64
          %v403, %v404 = gpu.shuffle idx %v121, %v146, %v157 : f32
          %v405 = arith.mulf %v186, %v403 fastmath<contract> : f32
          %v406 = llvm.load %v5 : !llvm.ptr -> f32
          %v407 = arith.mulf %v178, %v406 fastmath<contract> : f32
          %v408 = arith.addf %v407, %v405 fastmath<contract> : f32
          %v409 = llvm.load %v7 : !llvm.ptr -> f32
          %v410 = arith.mulf %v178, %v409 fastmath<contract> : f32
          %v411 = arith.mulf %v215, %v403 fastmath<contract> : f32
          %v412 = llvm.load %v6 : !llvm.ptr -> f32
          %v413 = arith.mulf %v205, %v412 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v411 fastmath<contract> : f32
          %v415 = llvm.load %v8 : !llvm.ptr -> f32
          %v416 = arith.mulf %v205, %v415 fastmath<contract> : f32
          llvm.store %v408, %v5 : f32, !llvm.ptr
          llvm.store %v410, %v7 : f32, !llvm.ptr
          llvm.store %v414, %v6 : f32, !llvm.ptr
          llvm.store %v416, %v8 : f32, !llvm.ptr
          %v417 = arith.addi %v44, %v81 : i64
          %v418, %v419 = gpu.shuffle idx %v121, %v150, %v157 : f32
          %v420 = arith.mulf %v186, %v418 fastmath<contract> : f32
          %v421 = llvm.load %v5 : !llvm.ptr -> f32
          %v422 = arith.mulf %v178, %v421 fastmath<contract> : f32
          %v423 = arith.addf %v422, %v420 fastmath<contract> : f32
          %v424 = llvm.load %v7 : !llvm.ptr -> f32
          %v425 = arith.mulf %v178, %v424 fastmath<contract> : f32
          %v426 = arith.mulf %v215, %v418 fastmath<contract> : f32
          %v427 = llvm.load %v6 : !llvm.ptr -> f32
          %v428 = arith.mulf %v205, %v427 fastmath<contract> : f32
          %v429 = arith.addf %v428, %v426 fastmath<contract> : f32
          %v430 = llvm.load %v8 : !llvm.ptr -> f32
          %v431 = arith.mulf %v205, %v430 fastmath<contract> : f32
          llvm.store %v423, %v5 : f32, !llvm.ptr
          llvm.store %v425, %v7 : f32, !llvm.ptr
          llvm.store %v429, %v6 : f32, !llvm.ptr
          llvm.store %v431, %v8 : f32, !llvm.ptr
          %v432 = arith.addi %v44, %v83 : i64
          %v433, %v434 = gpu.shuffle idx %v121, %v154, %v157 : f32
          %v435 = arith.mulf %v186, %v433 fastmath<contract> : f32
          %v436 = llvm.load %v5 : !llvm.ptr -> f32
          %v437 = arith.mulf %v178, %v436 fastmath<contract> : f32
          %v438 = arith.addf %v437, %v435 fastmath<contract> : f32
          %v439 = llvm.load %v7 : !llvm.ptr -> f32
          %v440 = arith.mulf %v178, %v439 fastmath<contract> : f32
          %v441 = arith.mulf %v215, %v433 fastmath<contract> : f32
          %v442 = llvm.load %v6 : !llvm.ptr -> f32
          %v443 = arith.mulf %v205, %v442 fastmath<contract> : f32
          %v444 = arith.addf %v443, %v441 fastmath<contract> : f32
          %v445 = llvm.load %v8 : !llvm.ptr -> f32
          %v446 = arith.mulf %v205, %v445 fastmath<contract> : f32
          llvm.store %v438, %v5 : f32, !llvm.ptr
          llvm.store %v440, %v7 : f32, !llvm.ptr
          llvm.store %v444, %v6 : f32, !llvm.ptr
          llvm.store %v446, %v8 : f32, !llvm.ptr
          %v447 = arith.addi %v44, %v101 : i64
          %v448 = arith.addi %v44, %v113 : i64
        }
        %v449 = arith.muli %v48, %v1 : i64
        %v450 = arith.index_cast %v449 : i64 to index
        %v451 = arith.index_cast %v46 : i64 to index
        %v452 = arith.index_cast %v2 : i64 to index
        scf.for %v453 = %v450 to %v451 step %v452 {
          %v454 = arith.index_cast %v453 : index to i64
          %v455 = arith.addi %v44, %v454 : i64
          %v456 = arith.muli %v32, %v104 : i64
          %v457 = arith.muli %v30, %v103 : i64
          %v458 = arith.addi %v456, %v457 : i64
          %v459 = arith.muli %v455, %v2 : i64
          %v460 = arith.addi %v458, %v459 : i64
          %v461 = llvm.getelementptr %in_u[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v462 = llvm.load %v461 : !llvm.ptr -> f32
          %v463 = arith.mulf %v186, %v462 fastmath<contract> : f32
          %v464 = llvm.load %v5 : !llvm.ptr -> f32
          %v465 = arith.mulf %v178, %v464 fastmath<contract> : f32
          %v466 = arith.addf %v465, %v463 fastmath<contract> : f32
          %v467 = llvm.load %v7 : !llvm.ptr -> f32
          %v468 = arith.mulf %v178, %v467 fastmath<contract> : f32
          %v469 = arith.mulf %v215, %v462 fastmath<contract> : f32
          %v470 = llvm.load %v6 : !llvm.ptr -> f32
          %v471 = arith.mulf %v205, %v470 fastmath<contract> : f32
          %v472 = arith.addf %v471, %v469 fastmath<contract> : f32
          %v473 = llvm.load %v8 : !llvm.ptr -> f32
          %v474 = arith.mulf %v205, %v473 fastmath<contract> : f32
          llvm.store %v466, %v5 : f32, !llvm.ptr
          llvm.store %v468, %v7 : f32, !llvm.ptr
          llvm.store %v472, %v6 : f32, !llvm.ptr
          llvm.store %v474, %v8 : f32, !llvm.ptr
        }
      }
      scf.if %v27 {
        %v475 = arith.muli %v21, %v4 : i64
        %v476 = arith.subi %v4, %v2 : i64
        %v477 = arith.minsi %v26, %v476 : i64
        %v478 = arith.addi %v475, %v477 : i64
        %v479 = arith.muli %v478, %v1 : i64
        %v480 = arith.addi %v479, %v47 : i64
        %v481 = arith.addi %v480, %v23 : i64
        %v482 = llvm.load %v7 : !llvm.ptr -> f32
        %v483 = llvm.getelementptr %agga_h[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v482, %v483 : f32, !llvm.ptr
        %v484 = llvm.load %v5 : !llvm.ptr -> f32
        %v485 = llvm.getelementptr %aggb_h[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v484, %v485 : f32, !llvm.ptr
        %v486 = arith.muli %v21, %v4 : i64
        %v487 = arith.subi %v4, %v2 : i64
        %v488 = arith.minsi %v26, %v487 : i64
        %v489 = arith.addi %v486, %v488 : i64
        %v490 = arith.muli %v489, %v1 : i64
        %v491 = arith.addi %v490, %v17 : i64
        %v492 = arith.addi %v491, %v23 : i64
        %v493 = llvm.load %v8 : !llvm.ptr -> f32
        %v494 = llvm.getelementptr %agga_h[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v493, %v494 : f32, !llvm.ptr
        %v495 = llvm.load %v6 : !llvm.ptr -> f32
        %v496 = llvm.getelementptr %aggb_h[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v495, %v496 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
