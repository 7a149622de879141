module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_chunk_apply(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %out_y: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = arith.constant 255 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 256 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 8 : i64
      %v37 = arith.constant 0 : i64
      %v54 = arith.constant 32 : i64
      %v60 = arith.constant 64 : i64
      %v67 = arith.muli %v2, %size_B : i64
      %v68 = arith.muli %v67, %size_D : i64
      %v69 = arith.muli %v68, %v1 : i64
      %v72 = arith.muli %v2, %v1 : i64
      %v73 = arith.muli %v72, %size_D : i64
      %v102 = arith.constant 2 : i64
      %v104 = arith.constant 3 : i64
      %v106 = arith.constant 4 : i64
      %v108 = arith.constant 5 : i64
      %v110 = arith.constant 6 : i64
      %v112 = arith.constant 7 : i64
      %v115 = arith.constant 9 : i64
      %v117 = arith.constant 10 : i64
      %v119 = arith.constant 11 : i64
      %v121 = arith.constant 12 : i64
      %v123 = arith.constant 13 : i64
      %v125 = arith.constant 14 : i64
      %v127 = arith.constant 15 : i64
      %v148 = arith.muli %v2, %size_L : i64
      %v149 = arith.muli %v148, %size_D : i64
      %v214 = arith.constant 0x3FB8AA3B : f32
      %v217 = arith.muli %v2, %v1 : i64
      %v229 = arith.constant 0x3F800000 : f32
      %v286 = arith.constant 1 : i32
      %v287 = arith.constant 32 : i32
      %v291 = arith.constant 2 : i32
      %v295 = arith.constant 4 : i32
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.subi %v15, %v2 : i64
      %v17 = arith.addi %v4, %v16 : i64
      %v18 = arith.divui %v17, %v15 : i64
      %v19 = arith.divui %v14, %v18 : i64
      %v20 = arith.remui %v14, %v18 : i64
      %v21 = arith.remui %v13, %v15 : i64
      %v22 = arith.divui %v13, %v15 : i64
      %v23 = arith.muli %v20, %v15 : i64
      %v24 = arith.addi %v23, %v22 : i64
      %v25 = arith.cmpi slt, %v24, %v4 : i64
      %v26 = arith.subi %v4, %v2 : i64
      %v27 = arith.minsi %v24, %v26 : i64
      %v28 = arith.remui %v27, %size_D : i64
      %v29 = arith.divui %v27, %size_D : i64
      %v30 = arith.remui %v29, %size_B : i64
      %v31 = arith.divui %v29, %size_B : i64
      %v157 = arith.muli %v28, %v2 : i64
      %v158 = llvm.getelementptr %in_Dskip[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v159 = llvm.load %v158 : !llvm.ptr -> f32
      %v172 = arith.trunci %v13 : i64 to i32
      %v173 = arith.constant 24 : i32
      %v174 = arith.andi %v172, %v173 : i32
      %v175 = arith.constant 0 : i32
      %v176 = arith.ori %v174, %v175 : i32
      %v177 = arith.constant 0 : i64
      %v178 = arith.cmpi eq, %v21, %v177 : i64
      %v179 = arith.constant 1 : i32
      %v180 = arith.ori %v174, %v179 : i32
      %v181 = arith.constant 1 : i64
      %v182 = arith.cmpi eq, %v21, %v181 : i64
      %v183 = arith.constant 2 : i32
      %v184 = arith.ori %v174, %v183 : i32
      %v185 = arith.constant 2 : i64
      %v186 = arith.cmpi eq, %v21, %v185 : i64
      %v187 = arith.constant 3 : i32
      %v188 = arith.ori %v174, %v187 : i32
      %v189 = arith.constant 3 : i64
      %v190 = arith.cmpi eq, %v21, %v189 : i64
      %v191 = arith.constant 4 : i32
      %v192 = arith.ori %v174, %v191 : i32
      %v193 = arith.constant 4 : i64
      %v194 = arith.cmpi eq, %v21, %v193 : i64
      %v195 = arith.constant 5 : i32
      %v196 = arith.ori %v174, %v195 : i32
      %v197 = arith.constant 5 : i64
      %v198 = arith.cmpi eq, %v21, %v197 : i64
      %v199 = arith.constant 6 : i32
      %v200 = arith.ori %v174, %v199 : i32
      %v201 = arith.constant 6 : i64
      %v202 = arith.cmpi eq, %v21, %v201 : i64
      %v203 = arith.constant 7 : i32
      %v204 = arith.ori %v174, %v203 : i32
      %v205 = arith.constant 7 : i64
      %v206 = arith.cmpi eq, %v21, %v205 : i64
      %v207 = arith.constant 32 : i32
      %v211 = arith.muli %v28, %v2 : i64
      %v212 = llvm.getelementptr %in_log_dt[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v213 = llvm.load %v212 : !llvm.ptr -> f32
      %v215 = arith.mulf %v213, %v214 fastmath<contract> : f32
      %v216 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v215) : (f32) -> f32
      %v218 = arith.muli %v28, %v217 : i64
      %v219 = arith.muli %v21, %v2 : i64
      %v220 = arith.addi %v218, %v219 : i64
      %v221 = llvm.getelementptr %in_A_log[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v222 = llvm.load %v221 : !llvm.ptr -> f32
      %v223 = arith.mulf %v222, %v214 fastmath<contract> : f32
      %v224 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v223) : (f32) -> f32
      %v225 = arith.negf %v224 : f32
      %v226 = arith.mulf %v216, %v225 fastmath<contract> : f32
      %v227 = arith.mulf %v226, %v214 fastmath<contract> : f32
      %v228 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v227) : (f32) -> f32
      %v230 = arith.subf %v228, %v229 fastmath<contract> : f32
      %v231 = arith.divf %v230, %v225 : f32
      %v232 = arith.muli %v28, %v217 : i64
      %v233 = arith.muli %v21, %v2 : i64
      %v234 = arith.addi %v232, %v233 : i64
      %v235 = llvm.getelementptr %in_Bp[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v236 = llvm.load %v235 : !llvm.ptr -> f32
      %v237 = arith.mulf %v231, %v236 fastmath<contract> : f32
      %v242 = arith.muli %v28, %v217 : i64
      %v243 = arith.constant 8 : i64
      %v244 = arith.addi %v243, %v21 : i64
      %v245 = arith.muli %v244, %v2 : i64
      %v246 = arith.addi %v242, %v245 : i64
      %v247 = llvm.getelementptr %in_A_log[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v248 = llvm.load %v247 : !llvm.ptr -> f32
      %v249 = arith.mulf %v248, %v214 fastmath<contract> : f32
      %v250 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v249) : (f32) -> f32
      %v251 = arith.negf %v250 : f32
      %v252 = arith.mulf %v216, %v251 fastmath<contract> : f32
      %v253 = arith.mulf %v252, %v214 fastmath<contract> : f32
      %v254 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v253) : (f32) -> f32
      %v255 = arith.subf %v254, %v229 fastmath<contract> : f32
      %v256 = arith.divf %v255, %v251 : f32
      %v257 = arith.muli %v28, %v217 : i64
      %v258 = arith.constant 8 : i64
      %v259 = arith.addi %v258, %v21 : i64
      %v260 = arith.muli %v259, %v2 : i64
      %v261 = arith.addi %v257, %v260 : i64
      %v262 = llvm.getelementptr %in_Bp[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v263 = llvm.load %v262 : !llvm.ptr -> f32
      %v264 = arith.mulf %v256, %v263 fastmath<contract> : f32
      %v269 = arith.muli %v28, %v217 : i64
      %v270 = arith.muli %v21, %v2 : i64
      %v271 = arith.addi %v269, %v270 : i64
      %v272 = llvm.getelementptr %in_Cp[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v273 = llvm.load %v272 : !llvm.ptr -> f32
      %v276 = arith.muli %v28, %v217 : i64
      %v277 = arith.constant 8 : i64
      %v278 = arith.addi %v277, %v21 : i64
      %v279 = arith.muli %v278, %v2 : i64
      %v280 = arith.addi %v276, %v279 : i64
      %v281 = llvm.getelementptr %in_Cp[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v282 = llvm.load %v281 : !llvm.ptr -> f32
      %v32 = arith.muli %v19, %v4 : i64
      %v33 = arith.subi %v4, %v2 : i64
      %v34 = arith.minsi %v24, %v33 : i64
      %v35 = arith.addi %v32, %v34 : i64
      %v36 = arith.muli %v35, %v1 : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.addi %v38, %v21 : i64
      %v40 = llvm.getelementptr %carry_h[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v41 = llvm.load %v40 : !llvm.ptr -> f32
      llvm.store %v41, %v5 : f32, !llvm.ptr
      %v42 = arith.muli %v19, %v4 : i64
      %v43 = arith.subi %v4, %v2 : i64
      %v44 = arith.minsi %v24, %v43 : i64
      %v45 = arith.addi %v42, %v44 : i64
      %v46 = arith.muli %v45, %v1 : i64
      %v47 = arith.addi %v46, %v15 : i64
      %v48 = arith.addi %v47, %v21 : i64
      %v49 = llvm.getelementptr %carry_h[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v50 = llvm.load %v49 : !llvm.ptr -> f32
      llvm.store %v50, %v6 : f32, !llvm.ptr
      %v51 = arith.muli %v19, %v9 : i64
      %v52 = arith.addi %v51, %v9 : i64
      %v53 = arith.minsi %v52, %size_L : i64
      %v55 = arith.index_cast %v51 : i64 to index
      %v56 = arith.index_cast %v53 : i64 to index
      %v57 = arith.index_cast %v54 : i64 to index
      scf.for %v58 = %v55 to %v56 step %v57 {
        %v59 = arith.index_cast %v58 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v61 = arith.remui %v59, %v60 : i64
        %v62 = arith.cmpi eq, %v61, %v37 : i64
        %v63 = arith.andi %v62, %v25 : i1
        scf.if %v63 {
          %v64 = arith.divui %v59, %v60 : i64
          %v65 = llvm.mlir.zero : !llvm.ptr
          %v66 = llvm.icmp "ne" %ckpt_h, %v65 : !llvm.ptr
          scf.if %v66 {
            %v70 = arith.muli %v64, %v69 : i64
            %v71 = llvm.load %v5 : !llvm.ptr -> f32
            %v74 = arith.muli %v30, %v73 : i64
            %v75 = arith.muli %v28, %v72 : i64
            %v76 = arith.addi %v74, %v75 : i64
            %v77 = arith.muli %v21, %v2 : i64
            %v78 = arith.addi %v76, %v77 : i64
            %v79 = arith.addi %v70, %v78 : i64
            %v80 = llvm.getelementptr %ckpt_h[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v71, %v80 : f32, !llvm.ptr
            %v81 = llvm.load %v6 : !llvm.ptr -> f32
            %v82 = arith.muli %v30, %v73 : i64
            %v83 = arith.muli %v28, %v72 : i64
            %v84 = arith.addi %v82, %v83 : i64
            %v85 = arith.constant 8 : i64
            %v86 = arith.addi %v85, %v21 : i64
            %v87 = arith.muli %v86, %v2 : i64
            %v88 = arith.addi %v84, %v87 : i64
            %v89 = arith.addi %v70, %v88 : i64
            %v90 = llvm.getelementptr %ckpt_h[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v81, %v90 : f32, !llvm.ptr
          }
        }
        // end save
        %v91 = arith.subi %v53, %v59 : i64
        %v92 = arith.minsi %v91, %v54 : i64
        %v93 = arith.divui %v92, %v1 : i64
        %v94 = arith.index_cast %v37 : i64 to index
        %v95 = arith.index_cast %v93 : i64 to index
        %v96 = arith.index_cast %v2 : i64 to index
        scf.for %v97 = %v94 to %v95 step %v96 {
          %v98 = arith.index_cast %v97 : index to i64
          %v99 = arith.muli %v98, %v1 : i64
          %v100 = arith.addi %v99, %v37 : i64
          %v101 = arith.addi %v99, %v2 : i64
          %v103 = arith.addi %v99, %v102 : i64
          %v105 = arith.addi %v99, %v104 : i64
          %v107 = arith.addi %v99, %v106 : i64
          %v109 = arith.addi %v99, %v108 : i64
          %v111 = arith.addi %v99, %v110 : i64
          %v113 = arith.addi %v99, %v112 : i64
          %v114 = arith.addi %v99, %v15 : i64
          %v116 = arith.addi %v99, %v115 : i64
          %v118 = arith.addi %v99, %v117 : i64
          %v120 = arith.addi %v99, %v119 : i64
          %v122 = arith.addi %v99, %v121 : i64
          %v124 = arith.addi %v99, %v123 : i64
          %v126 = arith.addi %v99, %v125 : i64
          %v128 = arith.addi %v99, %v127 : i64
          %v129 = arith.addi %v59, %v100 : i64
          %v130 = arith.addi %v59, %v101 : i64
          %v131 = arith.addi %v59, %v103 : i64
          %v132 = arith.addi %v59, %v105 : i64
          %v133 = arith.addi %v59, %v107 : i64
          %v134 = arith.addi %v59, %v109 : i64
          %v135 = arith.addi %v59, %v111 : i64
          %v136 = arith.addi %v59, %v113 : i64
          %v137 = arith.addi %v59, %v114 : i64
          %v138 = arith.addi %v59, %v116 : i64
          %v139 = arith.addi %v59, %v118 : i64
          %v140 = arith.addi %v59, %v120 : i64
          %v141 = arith.addi %v59, %v122 : i64
          %v142 = arith.addi %v59, %v124 : i64
          %v143 = arith.addi %v59, %v126 : i64
          %v144 = arith.addi %v59, %v128 : i64
          %v145 = arith.addi %v99, %v37 : i64
          %v146 = arith.addi %v145, %v21 : i64
          %v147 = arith.addi %v59, %v146 : i64
          %v150 = arith.muli %v30, %v149 : i64
          %v151 = arith.muli %v28, %v148 : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = arith.muli %v147, %v2 : i64
          %v154 = arith.addi %v152, %v153 : i64
          %v155 = llvm.getelementptr %in_u[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 : !llvm.ptr -> f32
          %v160 = arith.mulf %v156, %v159 fastmath<contract> : f32
          %v161 = arith.addi %v99, %v15 : i64
          %v162 = arith.addi %v161, %v21 : i64
          %v163 = arith.addi %v59, %v162 : i64
          %v164 = arith.muli %v30, %v149 : i64
          %v165 = arith.muli %v28, %v148 : i64
          %v166 = arith.addi %v164, %v165 : i64
          %v167 = arith.muli %v163, %v2 : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = llvm.getelementptr %in_u[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v170 = llvm.load %v169 : !llvm.ptr -> f32
          %v171 = arith.mulf %v170, %v159 fastmath<contract> : f32
          %v208 = arith.addi %v59, %v100 : i64
          %v209, %v210 = gpu.shuffle idx %v156, %v176, %v207 : f32
          %v238 = arith.mulf %v237, %v209 fastmath<contract> : f32
          %v239 = llvm.load %v5 : !llvm.ptr -> f32
          %v240 = arith.mulf %v228, %v239 fastmath<contract> : f32
          %v241 = arith.addf %v240, %v238 fastmath<contract> : f32
          %v265 = arith.mulf %v264, %v209 fastmath<contract> : f32
          %v266 = llvm.load %v6 : !llvm.ptr -> f32
          %v267 = arith.mulf %v254, %v266 fastmath<contract> : f32
          %v268 = arith.addf %v267, %v265 fastmath<contract> : f32
          llvm.store %v241, %v5 : f32, !llvm.ptr
          llvm.store %v268, %v6 : f32, !llvm.ptr
          %v274 = llvm.load %v5 : !llvm.ptr -> f32
          %v275 = arith.mulf %v273, %v274 fastmath<contract> : f32
          %v283 = llvm.load %v6 : !llvm.ptr -> f32
          %v284 = arith.mulf %v282, %v283 fastmath<contract> : f32
          %v285 = arith.addf %v275, %v284 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v288, %v289 = gpu.shuffle xor %v285, %v286, %v287 : f32
          %v290 = arith.addf %v285, %v288 fastmath<contract> : f32
          %v292, %v293 = gpu.shuffle xor %v290, %v291, %v287 : f32
          %v294 = arith.addf %v290, %v292 fastmath<contract> : f32
          %v296, %v297 = gpu.shuffle xor %v294, %v295, %v287 : f32
          %v298 = arith.addf %v294, %v296 fastmath<contract> : f32
          // end sum over the lanes
          %v299 = arith.addi %v59, %v101 : i64
          %v300, %v301 = gpu.shuffle idx %v156, %v180, %v207 : f32
          %v302 = arith.mulf %v237, %v300 fastmath<contract> : f32
          %v303 = llvm.load %v5 : !llvm.ptr -> f32
          %v304 = arith.mulf %v228, %v303 fastmath<contract> : f32
          %v305 = arith.addf %v304, %v302 fastmath<contract> : f32
          %v306 = arith.mulf %v264, %v300 fastmath<contract> : f32
          %v307 = llvm.load %v6 : !llvm.ptr -> f32
          %v308 = arith.mulf %v254, %v307 fastmath<contract> : f32
          %v309 = arith.addf %v308, %v306 fastmath<contract> : f32
          llvm.store %v305, %v5 : f32, !llvm.ptr
          llvm.store %v309, %v6 : f32, !llvm.ptr
          %v310 = llvm.load %v5 : !llvm.ptr -> f32
          %v311 = arith.mulf %v273, %v310 fastmath<contract> : f32
          %v312 = llvm.load %v6 : !llvm.ptr -> f32
          %v313 = arith.mulf %v282, %v312 fastmath<contract> : f32
          %v314 = arith.addf %v311, %v313 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v315, %v316 = gpu.shuffle xor %v314, %v286, %v287 : f32
          %v317 = arith.addf %v314, %v315 fastmath<contract> : f32
          %v318, %v319 = gpu.shuffle xor %v317, %v291, %v287 : f32
          %v320 = arith.addf %v317, %v318 fastmath<contract> : f32
          %v321, %v322 = gpu.shuffle xor %v320, %v295, %v287 : f32
          %v323 = arith.addf %v320, %v321 fastmath<contract> : f32
          // end sum over the lanes
          %v324 = arith.addi %v59, %v103 : i64
          %v325, %v326 = gpu.shuffle idx %v156, %v184, %v207 : f32
          %v327 = arith.mulf %v237, %v325 fastmath<contract> : f32
          %v328 = llvm.load %v5 : !llvm.ptr -> f32
          %v329 = arith.mulf %v228, %v328 fastmath<contract> : f32
          %v330 = arith.addf %v329, %v327 fastmath<contract> : f32
          %v331 = arith.mulf %v264, %v325 fastmath<contract> : f32
          %v332 = llvm.load %v6 : !llvm.ptr -> f32
          %v333 = arith.mulf %v254, %v332 fastmath<contract> : f32
          %v334 = arith.addf %v333, %v331 fastmath<contract> : f32
          llvm.store %v330, %v5 : f32, !llvm.ptr
          llvm.store %v334, %v6 : f32, !llvm.ptr
          %v335 = llvm.load %v5 : !llvm.ptr -> f32
          %v336 = arith.mulf %v273, %v335 fastmath<contract> : f32
          %v337 = llvm.load %v6 : !llvm.ptr -> f32
          %v338 = arith.mulf %v282, %v337 fastmath<contract> : f32
          %v339 = arith.addf %v336, %v338 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v340, %v341 = gpu.shuffle xor %v339, %v286, %v287 : f32
          %v342 = arith.addf %v339, %v340 fastmath<contract> : f32
          %v343, %v344 = gpu.shuffle xor %v342, %v291, %v287 : f32
          %v345 = arith.addf %v342, %v343 fastmath<contract> : f32
          %v346, %v347 = gpu.shuffle xor %v345, %v295, %v287 : f32
          %v348 = arith.addf %v345, %v346 fastmath<contract> : f32
          // end sum over the lanes
          %v349 = arith.addi %v59, %v105 : i64
          %v350, %v351 = gpu.shuffle idx %v156, %v188, %v207 : f32
          %v352 = arith.mulf %v237, %v350 fastmath<contract> : f32
          %v353 = llvm.load %v5 : !llvm.ptr -> f32
          %v354 = arith.mulf %v228, %v353 fastmath<contract> : f32
          %v355 = arith.addf %v354, %v352 fastmath<contract> : f32
          %v356 = arith.mulf %v264, %v350 fastmath<contract> : f32
          %v357 = llvm.load %v6 : !llvm.ptr -> f32
          %v358 = arith.mulf %v254, %v357 fastmath<contract> : f32
          %v359 = arith.addf %v358, %v356 fastmath<contract> : f32
          llvm.store %v355, %v5 : f32, !llvm.ptr
          llvm.store %v359, %v6 : f32, !llvm.ptr
          %v360 = llvm.load %v5 : !llvm.ptr -> f32
          %v361 = arith.mulf %v273, %v360 fastmath<contract> : f32
          %v362 = llvm.load %v6 : !llvm.ptr -> f32
          %v363 = arith.mulf %v282, %v362 fastmath<contract> : f32
          %v364 = arith.addf %v361, %v363 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v365, %v366 = gpu.shuffle xor %v364, %v286, %v287 : f32
          %v367 = arith.addf %v364, %v365 fastmath<contract> : f32
          %v368, %v369 = gpu.shuffle xor %v367, %v291, %v287 : f32
          %v370 = arith.addf %v367, %v368 fastmath<contract> : f32
          %v371, %v372 = gpu.shuffle xor %v370, %v295, %v287 : f32
          %v373 = arith.addf %v370, %v371 fastmath<contract> : f32
          // end sum over the lanes
          %v374 = arith.addi %v59, %v107 : i64
          %v375, %v376 = gpu.shuffle idx %v156, %v192, %v207 : f32
          %v377 = arith.mulf %v237, %v375 fastmath<contract> : f32
          %v378 = llvm.load %v5 : !llvm.ptr -> f32
          %v379 = arith.mulf %v228, %v378 fastmath<contract> : f32
          %v380 = arith.addf %v379, %v377 fastmath<contract> : f32
          %v381 = arith.mulf %v264, %v375 fastmath<contract> : f32
          %v382 = llvm.load %v6 : !llvm.ptr -> f32
          %v383 = arith.mulf %v254, %v382 fastmath<contract> : f32
          %v384 = arith.addf %v383, %v381 fastmath<contract> : f32
          llvm.store %v380, %v5 : f32, !llvm.ptr
          llvm.store %v384, %v6 : f32, !llvm.ptr
          %v385 = llvm.load %v5 : !llvm.ptr -> f32
          %v386 = arith.mulf %v273, %v385 fastmath<contract> : f32
          %v387 = llvm.load %v6 : !llvm.ptr -> f32
          %v388 = arith.mulf %v282, %v387 fastmath<contract> : f32
          %v389 = arith.addf %v386, %v388 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v390, %v391 = gpu.shuffle xor %v389, %v286, %v287 : f32
          %v392 = arith.addf %v389, %v390 fastmath<contract> : f32
          %v393, %v394 = gpu.shuffle xor %v392, %v291, %v287 : f32
          %v395 = arith.addf %v392, %v393 fastmath<contract> : f32
          %v396, %v397 = gpu.shuffle xor %v395, %v295, %v287 : f32
          %v398 = arith.addf %v395, %v396 fastmath<contract> : f32
          // end sum over the lanes
          %v399 = arith.addi %v59, %v109 : i64
          %v400, %v401 = gpu.shuffle idx %v156, %v196, %v207 : f32
          %v402 = arith.mulf %v237, %v400 fastmath<contract> : f32
          %v403 = llvm.load %v5 : !llvm.ptr -> f32
          %v404 = arith.mulf %v228, %v403 fastmath<contract> : f32
          %v405 = arith.addf %v404, %v402 fastmath<contract> : f32
          %v406 = arith.mulf %v264, %v400 fastmath<contract> : f32
          %v407 = llvm.load %v6 : !llvm.ptr -> f32
          %v408 = arith.mulf %v254, %v407 fastmath<contract> : f32
          %v409 = arith.addf %v408, %v406 fastmath<contract> : f32
          llvm.store %v405, %v5 : f32, !llvm.ptr
          llvm.store %v409, %v6 : f32, !llvm.ptr
          %v410 = llvm.load %v5 : !llvm.ptr -> f32
          %v411 = arith.mulf %v273, %v410 fastmath<contract> : f32
          %v412 = llvm.load %v6 : !llvm.ptr -> f32
          %v413 = arith.mulf %v282, %v412 fastmath<contract> : f32
          %v414 = arith.addf %v411, %v413 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v415, %v416 = gpu.shuffle xor %v414, %v286, %v287 : f32
          %v417 = arith.addf %v414, %v415 fastmath<contract> : f32
          %v418, %v419 = gpu.shuffle xor %v417, %v291, %v287 : f32
          %v420 = arith.addf %v417, %v418 fastmath<contract> : f32
          %v421, %v422 = gpu.shuffle xor %v420, %v295, %v287 : f32
          %v423 = arith.addf %v420, %v421 fastmath<contract> : f32
          // end sum over the lanes
          %v424 = arith.addi %v59, %v111 : i64
          %v425, %v426 = gpu.shuffle idx %v156, %v200, %v207 : f32
          %v427 = arith.mulf %v237, %v425 fastmath<contract> : f32
          %v428 = llvm.load %v5 : !llvm.ptr -> f32
          %v429 = arith.mulf %v228, %v428 fastmath<contract> : f32
          %v430 = arith.addf %v429, %v427 fastmath<contract> : f32
          %v431 = arith.mulf %v264, %v425 fastmath<contract> : f32
          %v432 = llvm.load %v6 : !llvm.ptr -> f32
          %v433 = arith.mulf %v254, %v432 fastmath<contract> : f32
          %v434 = arith.addf %v433, %v431 fastmath<contract> : f32
          llvm.store %v430, %v5 : f32, !llvm.ptr
          llvm.store %v434, %v6 : f32, !llvm.ptr
          %v435 = llvm.load %v5 : !llvm.ptr -> f32
          %v436 = arith.mulf %v273, %v435 fastmath<contract> : f32
          %v437 = llvm.load %v6 : !llvm.ptr -> f32
          %v438 = arith.mulf %v282, %v437 fastmath<contract> : f32
          %v439 = arith.addf %v436, %v438 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v440, %v441 = gpu.shuffle xor %v439, %v286, %v287 : f32
          %v442 = arith.addf %v439, %v440 fastmath<contract> : f32
          %v443, %v444 = gpu.shuffle xor %v442, %v291, %v287 : f32
          %v445 = arith.addf %v442, %v443 fastmath<contract> : f32
          %v446, %v447 = gpu.shuffle xor %v445, %v295, %v287 : f32
          %v448 = arith.addf %v445, %v446 fastmath<contract> : f32
          // end sum over the lanes
          %v449 = arith.addi %v59, %v113 : i64
          %v450, %v451 = gpu.shuffle idx %v156, %v204, %v207 : f32
          %v452 = arith.mulf %v237, %v450 fastmath<contract> : f32
          %v453 = llvm.load %v5 : !llvm.ptr -> f32
          %v454 = arith.mulf %v228, %v453 fastmath<contract> : f32
          %v455 = arith.addf %v454, %v452 fastmath<contract> : f32
          %v456 = arith.mulf %v264, %v450 fastmath<contract> : f32
          %v457 = llvm.load %v6 : !llvm.ptr -> f32
          %v458 = arith.mulf %v254, %v457 fastmath<contract> : f32
          %v459 = arith.addf %v458, %v456 fastmath<contract> : f32
          llvm.store %v455, %v5 : f32, !llvm.ptr
          llvm.store %v459, %v6 : f32, !llvm.ptr
          %v460 = llvm.load %v5 : !llvm.ptr -> f32
          %v461 = arith.mulf %v273, %v460 fastmath<contract> : f32
          %v462 = llvm.load %v6 : !llvm.ptr -> f32
          %v463 = arith.mulf %v282, %v462 fastmath<contract> : f32
          %v464 = arith.addf %v461, %v463 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v465, %v466 = gpu.shuffle xor %v464, %v286, %v287 : f32
          %v467 = arith.addf %v464, %v465 fastmath<contract> : f32
          %v468, %v469 = gpu.shuffle xor %v467, %v291, %v287 : f32
          %v470 = arith.addf %v467, %v468 fastmath<contract> : f32
          %v471, %v472 = gpu.shuffle xor %v470, %v295, %v287 : f32
          %v473 = arith.addf %v470, %v471 fastmath<contract> : f32
          // end sum over the lanes
          %v474 = arith.addi %v59, %v114 : i64
          %v475, %v476 = gpu.shuffle idx %v170, %v176, %v207 : f32
          %v477 = arith.mulf %v237, %v475 fastmath<contract> : f32
          %v478 = llvm.load %v5 : !llvm.ptr -> f32
          %v479 = arith.mulf %v228, %v478 fastmath<contract> : f32
          %v480 = arith.addf %v479, %v477 fastmath<contract> : f32
          %v481 = arith.mulf %v264, %v475 fastmath<contract> : f32
          %v482 = llvm.load %v6 : !llvm.ptr -> f32
          %v483 = arith.mulf %v254, %v482 fastmath<contract> : f32
          %v484 = arith.addf %v483, %v481 fastmath<contract> : f32
          llvm.store %v480, %v5 : f32, !llvm.ptr
          llvm.store %v484, %v6 : f32, !llvm.ptr
          %v485 = llvm.load %v5 : !llvm.ptr -> f32
          %v486 = arith.mulf %v273, %v485 fastmath<contract> : f32
          %v487 = llvm.load %v6 : !llvm.ptr -> f32
          %v488 = arith.mulf %v282, %v487 fastmath<contract> : f32
          %v489 = arith.addf %v486, %v488 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v490, %v491 = gpu.shuffle xor %v489, %v286, %v287 : f32
          %v492 = arith.addf %v489, %v490 fastmath<contract> : f32
          %v493, %v494 = gpu.shuffle xor %v492, %v291, %v287 : f32
          %v495 = arith.addf %v492, %v493 fastmath<contract> : f32
          %v496, %v497 = gpu.shuffle xor %v495, %v295, %v287 : f32
          %v498 = arith.addf %v495, %v496 fastmath<contract> : f32
          // end sum over the lanes
          %v499 = arith.addi %v59, %v116 : i64
          %v500, %v501 = gpu.shuffle idx %v170, %v180, %v207 : f32
          %v502 = arith.mulf %v237, %v500 fastmath<contract> : f32
          %v503 = llvm.load %v5 : !llvm.ptr -> f32
          %v504 = arith.mulf %v228, %v503 fastmath<contract> : f32
          %v505 = arith.addf %v504, %v502 fastmath<contract> : f32
          %v506 = arith.mulf %v264, %v500 fastmath<contract> : f32
          %v507 = llvm.load %v6 : !llvm.ptr -> f32
          %v508 = arith.mulf %v254, %v507 fastmath<contract> : f32
          %v509 = arith.addf %v508, %v506 fastmath<contract> : f32
          llvm.store %v505, %v5 : f32, !llvm.ptr
          llvm.store %v509, %v6 : f32, !llvm.ptr
          %v510 = llvm.load %v5 : !llvm.ptr -> f32
          %v511 = arith.mulf %v273, %v510 fastmath<contract> : f32
          %v512 = llvm.load %v6 : !llvm.ptr -> f32
          %v513 = arith.mulf %v282, %v512 fastmath<contract> : f32
          %v514 = arith.addf %v511, %v513 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v515, %v516 = gpu.shuffle xor %v514, %v286, %v287 : f32
          %v517 = arith.addf %v514, %v515 fastmath<contract> : f32
          %v518, %v519 = gpu.shuffle xor %v517, %v291, %v287 : f32
          %v520 = arith.addf %v517, %v518 fastmath<contract> : f32
          %v521, %v522 = gpu.shuffle xor %v520, %v295, %v287 : f32
          %v523 = arith.addf %v520, %v521 fastmath<contract> : f32
          // end sum over the lanes
          %v524 = arith.addi %v59, %v118 : i64
          %v525, %v526 = gpu.shuffle idx %v170, %v184, %v207 : f32
          %v527 = arith.mulf %v237, %v525 fastmath<contract> : f32
          %v528 = llvm.load %v5 : !llvm.ptr -> f32
          %v529 = arith.mulf %v228, %v528 fastmath<contract> : f32
          %v530 = arith.addf %v529, %v527 fastmath<contract> : f32
          %v531 = arith.mulf %v264, %v525 fastmath<contract> : f32
          %v532 = llvm.load %v6 : !llvm.ptr -> f32
          %v533 = arith.mulf %v254, %v532 fastmath<contract> : f32
          %v534 = arith.addf %v533, %v531 fastmath<contract> : f32
          llvm.store %v530, %v5 : f32, !llvm.ptr
          llvm.store %v534, %v6 : f32, !llvm.ptr
          %v535 = llvm.load %v5 : !llvm.ptr -> f32
          %v536 = arith.mulf %v273, %v535 fastmath<contract> : f32
          %v537 = llvm.load %v6 : !llvm.ptr -> f32
          %v538 = arith.mulf %v282, %v537 fastmath<contract> : f32
          %v539 = arith.addf %v536, %v538 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v540, %v541 = gpu.shuffle xor %v539, %v286, %v287 : f32
          %v542 = arith.addf %v539, %v540 fastmath<contract> : f32
          %v543, %v544 = gpu.shuffle xor %v542, %v291, %v287 : f32
          %v545 = arith.addf %v542, %v543 fastmath<contract> : f32
          %v546, %v547 = gpu.shuffle xor %v545, %v295, %v287 : f32
          %v548 = arith.addf %v545, %v546 fastmath<contract> : f32
          // end sum over the lanes
          %v549 = arith.addi %v59, %v120 : i64
          %v550, %v551 = gpu.shuffle idx %v170, %v188, %v207 : f32
          %v552 = arith.mulf %v237, %v550 fastmath<contract> : f32
          %v553 = llvm.load %v5 : !llvm.ptr -> f32
          %v554 = arith.mulf %v228, %v553 fastmath<contract> : f32
          %v555 = arith.addf %v554, %v552 fastmath<contract> : f32
          %v556 = arith.mulf %v264, %v550 fastmath<contract> : f32
          %v557 = llvm.load %v6 : !llvm.ptr -> f32
          %v558 = arith.mulf %v254, %v557 fastmath<contract> : f32
          %v559 = arith.addf %v558, %v556 fastmath<contract> : f32
          llvm.store %v555, %v5 : f32, !llvm.ptr
          llvm.store %v559, %v6 : f32, !llvm.ptr
          %v560 = llvm.load %v5 : !llvm.ptr -> f32
          %v561 = arith.mulf %v273, %v560 fastmath<contract> : f32
          %v562 = llvm.load %v6 : !llvm.ptr -> f32
          %v563 = arith.mulf %v282, %v562 fastmath<contract> : f32
          %v564 = arith.addf %v561, %v563 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v565, %v566 = gpu.shuffle xor %v564, %v286, %v287 : f32
          %v567 = arith.addf %v564, %v565 fastmath<contract> : f32
          %v568, %v569 = gpu.shuffle xor %v567, %v291, %v287 : f32
          %v570 = arith.addf %v567, %v568 fastmath<contract> : f32
          %v571, %v572 = gpu.shuffle xor %v570, %v295, %v287 : f32
          %v573 = arith.addf %v570, %v571 fastmath<contract> : f32
          // end sum over the lanes
          %v574 = arith.addi %v59, %v122 : i64
          %v575, %v576 = gpu.shuffle idx %v170, %v192, %v207 : f32
          %v577 = arith.mulf %v237, %v575 fastmath<contract> : f32
          %v578 = llvm.load %v5 : !llvm.ptr -> f32
          %v579 = arith.mulf %v228, %v578 fastmath<contract> : f32
          %v580 = arith.addf %v579, %v577 fastmath<contract> : f32
          %v581 = arith.mulf %v264, %v575 fastmath<contract> : f32
          %v582 = llvm.load %v6 : !llvm.ptr -> f32
          %v583 = arith.mulf %v254, %v582 fastmath<contract> : f32
          %v584 = arith.addf %v583, %v581 fastmath<contract> : f32
          llvm.store %v580, %v5 : f32, !llvm.ptr
          llvm.store %v584, %v6 : f32, !llvm.ptr
          %v585 = llvm.load %v5 : !llvm.ptr -> f32
          %v586 = arith.mulf %v273, %v585 fastmath<contract> : f32
          %v587 = llvm.load %v6 : !llvm.ptr -> f32
          %v588 = arith.mulf %v282, %v587 fastmath<contract> : f32
          %v589 = arith.addf %v586, %v588 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v590, %v591 = gpu.shuffle xor %v589, %v286, %v287 : f32
          %v592 = arith.addf %v589, %v590 fastmath<contract> : f32
          %v593, %v594 = gpu.shuffle xor %v592, %v291, %v287 : f32
          %v595 = arith.addf %v592, %v593 fastmath<contract> : f32
          %v596, %v597 = gpu.shuffle xor %v595, %v295, %v287 : f32
          %v598 = arith.addf %v595, %v596 fastmath<contract> : f32
          // end sum over the lanes
          %v599 = arith.addi %v59, %v124 : i64
          %v600, %v601 = gpu.shuffle idx %v170, %v196, %v207 : f32
          %v602 = arith.mulf %v237, %v600 fastmath<contract> : f32
          %v603 = llvm.load %v5 : !llvm.ptr -> f32
          %v604 = arith.mulf %v228, %v603 fastmath<contract> : f32
          %v605 = arith.addf %v604, %v602 fastmath<contract> : f32
          %v606 = arith.mulf %v264, %v600 fastmath<contract> : f32
          %v607 = llvm.load %v6 : !llvm.ptr -> f32
          %v608 = arith.mulf %v254, %v607 fastmath<contract> : f32
          %v609 = arith.addf %v608, %v606 fastmath<contract> : f32
          llvm.store %v605, %v5 : f32, !llvm.ptr
          llvm.store %v609, %v6 : f32, !llvm.ptr
          %v610 = llvm.load %v5 : !llvm.ptr -> f32
          %v611 = arith.mulf %v273, %v610 fastmath<contract> : f32
          %v612 = llvm.load %v6 : !llvm.ptr -> f32
          %v613 = arith.mulf %v282, %v612 fastmath<contract> : f32
          %v614 = arith.addf %v611, %v613 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v615, %v616 = gpu.shuffle xor %v614, %v286, %v287 : f32
          %v617 = arith.addf %v614, %v615 fastmath<contract> : f32
          %v618, %v619 = gpu.shuffle xor %v617, %v291, %v287 : f32
          %v620 = arith.addf %v617, %v618 fastmath<contract> : f32
          %v621, %v622 = gpu.shuffle xor %v620, %v295, %v287 : f32
          %v623 = arith.addf %v620, %v621 fastmath<contract> : f32
          // end sum over the lanes
          %v624 = arith.addi %v59, %v126 : i64
          %v625, %v626 = gpu.shuffle idx %v170, %v200, %v207 : f32
          %v627 = arith.mulf %v237, %v625 fastmath<contract> : f32
          %v628 = llvm.load %v5 : !llvm.ptr -> f32
          %v629 = arith.mulf %v228, %v628 fastmath<contract> : f32
          %v630 = arith.addf %v629, %v627 fastmath<contract> : f32
          %v631 = arith.mulf %v264, %v625 fastmath<contract> : f32
          %v632 = llvm.load %v6 : !llvm.ptr -> f32
          %v633 = arith.mulf %v254, %v632 fastmath<contract> : f32
          %v634 = arith.addf %v633, %v631 fastmath<contract> : f32
          llvm.store %v630, %v5 : f32, !llvm.ptr
          llvm.store %v634, %v6 : f32, !llvm.ptr
          %v635 = llvm.load %v5 : !llvm.ptr -> f32
          %v636 = arith.mulf %v273, %v635 fastmath<contract> : f32
          %v637 = llvm.load %v6 : !llvm.ptr -> f32
          %v638 = arith.mulf %v282, %v637 fastmath<contract> : f32
          %v639 = arith.addf %v636, %v638 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v640, %v641 = gpu.shuffle xor %v639, %v286, %v287 : f32
          %v642 = arith.addf %v639, %v640 fastmath<contract> : f32
          %v643, %v644 = gpu.shuffle xor %v642, %v291, %v287 : f32
          %v645 = arith.addf %v642, %v643 fastmath<contract> : f32
          %v646, %v647 = gpu.shuffle xor %v645, %v295, %v287 : f32
          %v648 = arith.addf %v645, %v646 fastmath<contract> : f32
          // end sum over the lanes
          %v649 = arith.addi %v59, %v128 : i64
          %v650, %v651 = gpu.shuffle idx %v170, %v204, %v207 : f32
          %v652 = arith.mulf %v237, %v650 fastmath<contract> : f32
          %v653 = llvm.load %v5 : !llvm.ptr -> f32
          %v654 = arith.mulf %v228, %v653 fastmath<contract> : f32
          %v655 = arith.addf %v654, %v652 fastmath<contract> : f32
          %v656 = arith.mulf %v264, %v650 fastmath<contract> : f32
          %v657 = llvm.load %v6 : !llvm.ptr -> f32
          %v658 = arith.mulf %v254, %v657 fastmath<contract> : f32
          %v659 = arith.addf %v658, %v656 fastmath<contract> : f32
          llvm.store %v655, %v5 : f32, !llvm.ptr
          llvm.store %v659, %v6 : f32, !llvm.ptr
          %v660 = llvm.load %v5 : !llvm.ptr -> f32
          %v661 = arith.mulf %v273, %v660 fastmath<contract> : f32
          %v662 = llvm.load %v6 : !llvm.ptr -> f32
          %v663 = arith.mulf %v282, %v662 fastmath<contract> : f32
          %v664 = arith.addf %v661, %v663 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v665, %v666 = gpu.shuffle xor %v664, %v286, %v287 : f32
          %v667 = arith.addf %v664, %v665 fastmath<contract> : f32
          %v668, %v669 = gpu.shuffle xor %v667, %v291, %v287 : f32
          %v670 = arith.addf %v667, %v668 fastmath<contract> : f32
          %v671, %v672 = gpu.shuffle xor %v670, %v295, %v287 : f32
          %v673 = arith.addf %v670, %v671 fastmath<contract> : f32
          // end sum over the lanes
          %v674 = arith.addi %v59, %v146 : i64
          %v675 = arith.select %v182, %v323, %v298 : f32
          %v676 = arith.select %v186, %v348, %v675 : f32
          %v677 = arith.select %v190, %v373, %v676 : f32
          %v678 = arith.select %v194, %v398, %v677 : f32
          %v679 = arith.select %v198, %v423, %v678 : f32
          %v680 = arith.select %v202, %v448, %v679 : f32
          %v681 = arith.select %v206, %v473, %v680 : f32
          %v682 = arith.addf %v681, %v160 fastmath<contract> : f32
          scf.if %v25 {
            %v683 = arith.muli %v30, %v149 : i64
            %v684 = arith.muli %v28, %v148 : i64
            %v685 = arith.addi %v683, %v684 : i64
            %v686 = arith.muli %v674, %v2 : i64
            %v687 = arith.addi %v685, %v686 : i64
            %v688 = llvm.getelementptr %out_y[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v682, %v688 : f32, !llvm.ptr
          }
          %v689 = arith.addi %v59, %v162 : i64
          %v690 = arith.select %v182, %v523, %v498 : f32
          %v691 = arith.select %v186, %v548, %v690 : f32
          %v692 = arith.select %v190, %v573, %v691 : f32
          %v693 = arith.select %v194, %v598, %v692 : f32
          %v694 = arith.select %v198, %v623, %v693 : f32
          %v695 = arith.select %v202, %v648, %v694 : f32
          %v696 = arith.select %v206, %v673, %v695 : f32
          %v697 = arith.addf %v696, %v171 fastmath<contract> : f32
          scf.if %v25 {
            %v698 = arith.muli %v30, %v149 : i64
            %v699 = arith.muli %v28, %v148 : i64
            %v700 = arith.addi %v698, %v699 : i64
            %v701 = arith.muli %v689, %v2 : i64
            %v702 = arith.addi %v700, %v701 : i64
            %v703 = llvm.getelementptr %out_y[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v697, %v703 : f32, !llvm.ptr
          }
        }
        %v704 = arith.muli %v93, %v1 : i64
        %v705 = arith.index_cast %v704 : i64 to index
        %v706 = arith.index_cast %v92 : i64 to index
        %v707 = arith.index_cast %v2 : i64 to index
        scf.for %v708 = %v705 to %v706 step %v707 {
          %v709 = arith.index_cast %v708 : index to i64
          %v710 = arith.addi %v59, %v709 : i64
          %v711 = arith.muli %v30, %v149 : i64
          %v712 = arith.muli %v28, %v148 : i64
          %v713 = arith.addi %v711, %v712 : i64
          %v714 = arith.muli %v710, %v2 : i64
          %v715 = arith.addi %v713, %v714 : i64
          %v716 = llvm.getelementptr %in_u[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v717 = llvm.load %v716 : !llvm.ptr -> f32
          %v718 = arith.mulf %v237, %v717 fastmath<contract> : f32
          %v719 = llvm.load %v5 : !llvm.ptr -> f32
          %v720 = arith.mulf %v228, %v719 fastmath<contract> : f32
          %v721 = arith.addf %v720, %v718 fastmath<contract> : f32
          %v722 = arith.mulf %v264, %v717 fastmath<contract> : f32
          %v723 = llvm.load %v6 : !llvm.ptr -> f32
          %v724 = arith.mulf %v254, %v723 fastmath<contract> : f32
          %v725 = arith.addf %v724, %v722 fastmath<contract> : f32
          llvm.store %v721, %v5 : f32, !llvm.ptr
          llvm.store %v725, %v6 : f32, !llvm.ptr
          %v726 = llvm.load %v5 : !llvm.ptr -> f32
          %v727 = arith.mulf %v273, %v726 fastmath<contract> : f32
          %v728 = llvm.load %v6 : !llvm.ptr -> f32
          %v729 = arith.mulf %v282, %v728 fastmath<contract> : f32
          %v730 = arith.addf %v727, %v729 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v731, %v732 = gpu.shuffle xor %v730, %v286, %v287 : f32
          %v733 = arith.addf %v730, %v731 fastmath<contract> : f32
          %v734, %v735 = gpu.shuffle xor %v733, %v291, %v287 : f32
          %v736 = arith.addf %v733, %v734 fastmath<contract> : f32
          %v737, %v738 = gpu.shuffle xor %v736, %v295, %v287 : f32
          %v739 = arith.addf %v736, %v737 fastmath<contract> : f32
          // end sum over the lanes
          %v740 = arith.mulf %v717, %v159 fastmath<contract> : f32
          %v741 = arith.addf %v739, %v740 fastmath<contract> : f32
          scf.if %v25 {
            %v742 = arith.muli %v30, %v149 : i64
            %v743 = arith.muli %v28, %v148 : i64
            %v744 = arith.addi %v742, %v743 : i64
            %v745 = arith.muli %v710, %v2 : i64
            %v746 = arith.addi %v744, %v745 : i64
            %v747 = llvm.getelementptr %out_y[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v741, %v747 : f32, !llvm.ptr
          }
        }
      }
      %v748 = arith.subi %v10, %v2 : i64
      %v749 = arith.cmpi eq, %v19, %v748 : i64
      %v750 = arith.andi %v25, %v749 : i1
      gpu.return
    }
  }
}
