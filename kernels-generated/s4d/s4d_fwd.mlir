module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_fwd(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v27 = arith.constant 0x00000000 : f32
      %v28 = arith.constant 0 : i64
      %v29 = arith.constant 32 : i64
      %v35 = arith.constant 64 : i64
      %v42 = arith.muli %v2, %size_B : i64
      %v43 = arith.muli %v42, %size_D : i64
      %v44 = arith.muli %v43, %v1 : i64
      %v47 = arith.muli %v2, %v1 : i64
      %v48 = arith.muli %v47, %size_D : i64
      %v77 = arith.constant 2 : i64
      %v79 = arith.constant 3 : i64
      %v81 = arith.constant 4 : i64
      %v83 = arith.constant 5 : i64
      %v85 = arith.constant 6 : i64
      %v87 = arith.constant 7 : i64
      %v90 = arith.constant 9 : i64
      %v92 = arith.constant 10 : i64
      %v94 = arith.constant 11 : i64
      %v96 = arith.constant 12 : i64
      %v98 = arith.constant 13 : i64
      %v100 = arith.constant 14 : i64
      %v102 = arith.constant 15 : i64
      %v123 = arith.muli %v2, %size_L : i64
      %v124 = arith.muli %v123, %size_D : i64
      %v189 = arith.constant 0x3FB8AA3B : f32
      %v192 = arith.muli %v2, %v1 : i64
      %v204 = arith.constant 0x3F800000 : f32
      %v261 = arith.constant 1 : i32
      %v262 = arith.constant 32 : i32
      %v266 = arith.constant 2 : i32
      %v270 = arith.constant 4 : i32
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.remui %v13, %v15 : i64
      %v17 = arith.divui %v13, %v15 : i64
      %v18 = arith.muli %v14, %v15 : i64
      %v19 = arith.addi %v18, %v17 : i64
      %v20 = arith.cmpi slt, %v19, %v4 : i64
      %v21 = arith.subi %v4, %v2 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_D : i64
      %v24 = arith.divui %v22, %size_D : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v132 = arith.muli %v23, %v2 : i64
      %v133 = llvm.getelementptr %in_Dskip[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v134 = llvm.load %v133 : !llvm.ptr -> f32
      %v147 = arith.trunci %v13 : i64 to i32
      %v148 = arith.constant 24 : i32
      %v149 = arith.andi %v147, %v148 : i32
      %v150 = arith.constant 0 : i32
      %v151 = arith.ori %v149, %v150 : i32
      %v152 = arith.constant 0 : i64
      %v153 = arith.cmpi eq, %v16, %v152 : i64
      %v154 = arith.constant 1 : i32
      %v155 = arith.ori %v149, %v154 : i32
      %v156 = arith.constant 1 : i64
      %v157 = arith.cmpi eq, %v16, %v156 : i64
      %v158 = arith.constant 2 : i32
      %v159 = arith.ori %v149, %v158 : i32
      %v160 = arith.constant 2 : i64
      %v161 = arith.cmpi eq, %v16, %v160 : i64
      %v162 = arith.constant 3 : i32
      %v163 = arith.ori %v149, %v162 : i32
      %v164 = arith.constant 3 : i64
      %v165 = arith.cmpi eq, %v16, %v164 : i64
      %v166 = arith.constant 4 : i32
      %v167 = arith.ori %v149, %v166 : i32
      %v168 = arith.constant 4 : i64
      %v169 = arith.cmpi eq, %v16, %v168 : i64
      %v170 = arith.constant 5 : i32
      %v171 = arith.ori %v149, %v170 : i32
      %v172 = arith.constant 5 : i64
      %v173 = arith.cmpi eq, %v16, %v172 : i64
      %v174 = arith.constant 6 : i32
      %v175 = arith.ori %v149, %v174 : i32
      %v176 = arith.constant 6 : i64
      %v177 = arith.cmpi eq, %v16, %v176 : i64
      %v178 = arith.constant 7 : i32
      %v179 = arith.ori %v149, %v178 : i32
      %v180 = arith.constant 7 : i64
      %v181 = arith.cmpi eq, %v16, %v180 : i64
      %v182 = arith.constant 32 : i32
      %v186 = arith.muli %v23, %v2 : i64
      %v187 = llvm.getelementptr %in_log_dt[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v188 = llvm.load %v187 : !llvm.ptr -> f32
      %v190 = arith.mulf %v188, %v189 fastmath<contract> : f32
      %v191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v190) : (f32) -> f32
      %v193 = arith.muli %v23, %v192 : i64
      %v194 = arith.muli %v16, %v2 : i64
      %v195 = arith.addi %v193, %v194 : i64
      %v196 = llvm.getelementptr %in_A_log[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v197 = llvm.load %v196 : !llvm.ptr -> f32
      %v198 = arith.mulf %v197, %v189 fastmath<contract> : f32
      %v199 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v198) : (f32) -> f32
      %v200 = arith.negf %v199 : f32
      %v201 = arith.mulf %v191, %v200 fastmath<contract> : f32
      %v202 = arith.mulf %v201, %v189 fastmath<contract> : f32
      %v203 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v202) : (f32) -> f32
      %v205 = arith.subf %v203, %v204 fastmath<contract> : f32
      %v206 = arith.divf %v205, %v200 : f32
      %v207 = arith.muli %v23, %v192 : i64
      %v208 = arith.muli %v16, %v2 : i64
      %v209 = arith.addi %v207, %v208 : i64
      %v210 = llvm.getelementptr %in_Bp[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v211 = llvm.load %v210 : !llvm.ptr -> f32
      %v212 = arith.mulf %v206, %v211 fastmath<contract> : f32
      %v217 = arith.muli %v23, %v192 : i64
      %v218 = arith.constant 8 : i64
      %v219 = arith.addi %v218, %v16 : i64
      %v220 = arith.muli %v219, %v2 : i64
      %v221 = arith.addi %v217, %v220 : i64
      %v222 = llvm.getelementptr %in_A_log[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v223 = llvm.load %v222 : !llvm.ptr -> f32
      %v224 = arith.mulf %v223, %v189 fastmath<contract> : f32
      %v225 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v224) : (f32) -> f32
      %v226 = arith.negf %v225 : f32
      %v227 = arith.mulf %v191, %v226 fastmath<contract> : f32
      %v228 = arith.mulf %v227, %v189 fastmath<contract> : f32
      %v229 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v228) : (f32) -> f32
      %v230 = arith.subf %v229, %v204 fastmath<contract> : f32
      %v231 = arith.divf %v230, %v226 : f32
      %v232 = arith.muli %v23, %v192 : i64
      %v233 = arith.constant 8 : i64
      %v234 = arith.addi %v233, %v16 : i64
      %v235 = arith.muli %v234, %v2 : i64
      %v236 = arith.addi %v232, %v235 : i64
      %v237 = llvm.getelementptr %in_Bp[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v238 = llvm.load %v237 : !llvm.ptr -> f32
      %v239 = arith.mulf %v231, %v238 fastmath<contract> : f32
      %v244 = arith.muli %v23, %v192 : i64
      %v245 = arith.muli %v16, %v2 : i64
      %v246 = arith.addi %v244, %v245 : i64
      %v247 = llvm.getelementptr %in_Cp[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v248 = llvm.load %v247 : !llvm.ptr -> f32
      %v251 = arith.muli %v23, %v192 : i64
      %v252 = arith.constant 8 : i64
      %v253 = arith.addi %v252, %v16 : i64
      %v254 = arith.muli %v253, %v2 : i64
      %v255 = arith.addi %v251, %v254 : i64
      %v256 = llvm.getelementptr %in_Cp[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v257 = llvm.load %v256 : !llvm.ptr -> f32
      llvm.store %v27, %v5 : f32, !llvm.ptr
      llvm.store %v27, %v6 : f32, !llvm.ptr
      %v30 = arith.index_cast %v28 : i64 to index
      %v31 = arith.index_cast %size_L : i64 to index
      %v32 = arith.index_cast %v29 : i64 to index
      scf.for %v33 = %v30 to %v31 step %v32 {
        %v34 = arith.index_cast %v33 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v36 = arith.remui %v34, %v35 : i64
        %v37 = arith.cmpi eq, %v36, %v28 : i64
        %v38 = arith.andi %v37, %v20 : i1
        scf.if %v38 {
          %v39 = arith.divui %v34, %v35 : i64
          %v40 = llvm.mlir.zero : !llvm.ptr
          %v41 = llvm.icmp "ne" %ckpt_h, %v40 : !llvm.ptr
          scf.if %v41 {
            %v45 = arith.muli %v39, %v44 : i64
            %v46 = llvm.load %v5 : !llvm.ptr -> f32
            %v49 = arith.muli %v25, %v48 : i64
            %v50 = arith.muli %v23, %v47 : i64
            %v51 = arith.addi %v49, %v50 : i64
            %v52 = arith.muli %v16, %v2 : i64
            %v53 = arith.addi %v51, %v52 : i64
            %v54 = arith.addi %v45, %v53 : i64
            %v55 = llvm.getelementptr %ckpt_h[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v46, %v55 : f32, !llvm.ptr
            %v56 = llvm.load %v6 : !llvm.ptr -> f32
            %v57 = arith.muli %v25, %v48 : i64
            %v58 = arith.muli %v23, %v47 : i64
            %v59 = arith.addi %v57, %v58 : i64
            %v60 = arith.constant 8 : i64
            %v61 = arith.addi %v60, %v16 : i64
            %v62 = arith.muli %v61, %v2 : i64
            %v63 = arith.addi %v59, %v62 : i64
            %v64 = arith.addi %v45, %v63 : i64
            %v65 = llvm.getelementptr %ckpt_h[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v56, %v65 : f32, !llvm.ptr
          }
        }
        // end save
        %v66 = arith.subi %size_L, %v34 : i64
        %v67 = arith.minsi %v66, %v29 : i64
        %v68 = arith.divui %v67, %v1 : i64
        %v69 = arith.index_cast %v28 : i64 to index
        %v70 = arith.index_cast %v68 : i64 to index
        %v71 = arith.index_cast %v2 : i64 to index
        scf.for %v72 = %v69 to %v70 step %v71 {
          %v73 = arith.index_cast %v72 : index to i64
          %v74 = arith.muli %v73, %v1 : i64
          %v75 = arith.addi %v74, %v28 : i64
          %v76 = arith.addi %v74, %v2 : i64
          %v78 = arith.addi %v74, %v77 : i64
          %v80 = arith.addi %v74, %v79 : i64
          %v82 = arith.addi %v74, %v81 : i64
          %v84 = arith.addi %v74, %v83 : i64
          %v86 = arith.addi %v74, %v85 : i64
          %v88 = arith.addi %v74, %v87 : i64
          %v89 = arith.addi %v74, %v15 : i64
          %v91 = arith.addi %v74, %v90 : i64
          %v93 = arith.addi %v74, %v92 : i64
          %v95 = arith.addi %v74, %v94 : i64
          %v97 = arith.addi %v74, %v96 : i64
          %v99 = arith.addi %v74, %v98 : i64
          %v101 = arith.addi %v74, %v100 : i64
          %v103 = arith.addi %v74, %v102 : i64
          %v104 = arith.addi %v34, %v75 : i64
          %v105 = arith.addi %v34, %v76 : i64
          %v106 = arith.addi %v34, %v78 : i64
          %v107 = arith.addi %v34, %v80 : i64
          %v108 = arith.addi %v34, %v82 : i64
          %v109 = arith.addi %v34, %v84 : i64
          %v110 = arith.addi %v34, %v86 : i64
          %v111 = arith.addi %v34, %v88 : i64
          %v112 = arith.addi %v34, %v89 : i64
          %v113 = arith.addi %v34, %v91 : i64
          %v114 = arith.addi %v34, %v93 : i64
          %v115 = arith.addi %v34, %v95 : i64
          %v116 = arith.addi %v34, %v97 : i64
          %v117 = arith.addi %v34, %v99 : i64
          %v118 = arith.addi %v34, %v101 : i64
          %v119 = arith.addi %v34, %v103 : i64
          %v120 = arith.addi %v74, %v28 : i64
          %v121 = arith.addi %v120, %v16 : i64
          %v122 = arith.addi %v34, %v121 : i64
          %v125 = arith.muli %v25, %v124 : i64
          %v126 = arith.muli %v23, %v123 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = arith.muli %v122, %v2 : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = llvm.getelementptr %in_u[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 : !llvm.ptr -> f32
          %v135 = arith.mulf %v131, %v134 fastmath<contract> : f32
          %v136 = arith.addi %v74, %v15 : i64
          %v137 = arith.addi %v136, %v16 : i64
          %v138 = arith.addi %v34, %v137 : i64
          %v139 = arith.muli %v25, %v124 : i64
          %v140 = arith.muli %v23, %v123 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = arith.muli %v138, %v2 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = llvm.getelementptr %in_u[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 : !llvm.ptr -> f32
          %v146 = arith.mulf %v145, %v134 fastmath<contract> : f32
          %v183 = arith.addi %v34, %v75 : i64
          %v184, %v185 = gpu.shuffle idx %v131, %v151, %v182 : f32
          %v213 = arith.mulf %v212, %v184 fastmath<contract> : f32
          %v214 = llvm.load %v5 : !llvm.ptr -> f32
          %v215 = arith.mulf %v203, %v214 fastmath<contract> : f32
          %v216 = arith.addf %v215, %v213 fastmath<contract> : f32
          %v240 = arith.mulf %v239, %v184 fastmath<contract> : f32
          %v241 = llvm.load %v6 : !llvm.ptr -> f32
          %v242 = arith.mulf %v229, %v241 fastmath<contract> : f32
          %v243 = arith.addf %v242, %v240 fastmath<contract> : f32
          llvm.store %v216, %v5 : f32, !llvm.ptr
          llvm.store %v243, %v6 : f32, !llvm.ptr
          %v249 = llvm.load %v5 : !llvm.ptr -> f32
          %v250 = arith.mulf %v248, %v249 fastmath<contract> : f32
          %v258 = llvm.load %v6 : !llvm.ptr -> f32
          %v259 = arith.mulf %v257, %v258 fastmath<contract> : f32
          %v260 = arith.addf %v250, %v259 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v263, %v264 = gpu.shuffle xor %v260, %v261, %v262 : f32
          %v265 = arith.addf %v260, %v263 fastmath<contract> : f32
          %v267, %v268 = gpu.shuffle xor %v265, %v266, %v262 : f32
          %v269 = arith.addf %v265, %v267 fastmath<contract> : f32
          %v271, %v272 = gpu.shuffle xor %v269, %v270, %v262 : f32
          %v273 = arith.addf %v269, %v271 fastmath<contract> : f32
          // end sum over the lanes
          %v274 = arith.addi %v34, %v76 : i64
          %v275, %v276 = gpu.shuffle idx %v131, %v155, %v182 : f32
          %v277 = arith.mulf %v212, %v275 fastmath<contract> : f32
          %v278 = llvm.load %v5 : !llvm.ptr -> f32
          %v279 = arith.mulf %v203, %v278 fastmath<contract> : f32
          %v280 = arith.addf %v279, %v277 fastmath<contract> : f32
          %v281 = arith.mulf %v239, %v275 fastmath<contract> : f32
          %v282 = llvm.load %v6 : !llvm.ptr -> f32
          %v283 = arith.mulf %v229, %v282 fastmath<contract> : f32
          %v284 = arith.addf %v283, %v281 fastmath<contract> : f32
          llvm.store %v280, %v5 : f32, !llvm.ptr
          llvm.store %v284, %v6 : f32, !llvm.ptr
          %v285 = llvm.load %v5 : !llvm.ptr -> f32
          %v286 = arith.mulf %v248, %v285 fastmath<contract> : f32
          %v287 = llvm.load %v6 : !llvm.ptr -> f32
          %v288 = arith.mulf %v257, %v287 fastmath<contract> : f32
          %v289 = arith.addf %v286, %v288 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v290, %v291 = gpu.shuffle xor %v289, %v261, %v262 : f32
          %v292 = arith.addf %v289, %v290 fastmath<contract> : f32
          %v293, %v294 = gpu.shuffle xor %v292, %v266, %v262 : f32
          %v295 = arith.addf %v292, %v293 fastmath<contract> : f32
          %v296, %v297 = gpu.shuffle xor %v295, %v270, %v262 : f32
          %v298 = arith.addf %v295, %v296 fastmath<contract> : f32
          // end sum over the lanes
          %v299 = arith.addi %v34, %v78 : i64
          %v300, %v301 = gpu.shuffle idx %v131, %v159, %v182 : f32
          %v302 = arith.mulf %v212, %v300 fastmath<contract> : f32
          %v303 = llvm.load %v5 : !llvm.ptr -> f32
          %v304 = arith.mulf %v203, %v303 fastmath<contract> : f32
          %v305 = arith.addf %v304, %v302 fastmath<contract> : f32
          %v306 = arith.mulf %v239, %v300 fastmath<contract> : f32
          %v307 = llvm.load %v6 : !llvm.ptr -> f32
          %v308 = arith.mulf %v229, %v307 fastmath<contract> : f32
          %v309 = arith.addf %v308, %v306 fastmath<contract> : f32
          llvm.store %v305, %v5 : f32, !llvm.ptr
          llvm.store %v309, %v6 : f32, !llvm.ptr
          %v310 = llvm.load %v5 : !llvm.ptr -> f32
          %v311 = arith.mulf %v248, %v310 fastmath<contract> : f32
          %v312 = llvm.load %v6 : !llvm.ptr -> f32
          %v313 = arith.mulf %v257, %v312 fastmath<contract> : f32
          %v314 = arith.addf %v311, %v313 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v315, %v316 = gpu.shuffle xor %v314, %v261, %v262 : f32
          %v317 = arith.addf %v314, %v315 fastmath<contract> : f32
          %v318, %v319 = gpu.shuffle xor %v317, %v266, %v262 : f32
          %v320 = arith.addf %v317, %v318 fastmath<contract> : f32
          %v321, %v322 = gpu.shuffle xor %v320, %v270, %v262 : f32
          %v323 = arith.addf %v320, %v321 fastmath<contract> : f32
          // end sum over the lanes
          %v324 = arith.addi %v34, %v80 : i64
          %v325, %v326 = gpu.shuffle idx %v131, %v163, %v182 : f32
          %v327 = arith.mulf %v212, %v325 fastmath<contract> : f32
          %v328 = llvm.load %v5 : !llvm.ptr -> f32
          %v329 = arith.mulf %v203, %v328 fastmath<contract> : f32
          %v330 = arith.addf %v329, %v327 fastmath<contract> : f32
          %v331 = arith.mulf %v239, %v325 fastmath<contract> : f32
          %v332 = llvm.load %v6 : !llvm.ptr -> f32
          %v333 = arith.mulf %v229, %v332 fastmath<contract> : f32
          %v334 = arith.addf %v333, %v331 fastmath<contract> : f32
          llvm.store %v330, %v5 : f32, !llvm.ptr
          llvm.store %v334, %v6 : f32, !llvm.ptr
          %v335 = llvm.load %v5 : !llvm.ptr -> f32
          %v336 = arith.mulf %v248, %v335 fastmath<contract> : f32
          %v337 = llvm.load %v6 : !llvm.ptr -> f32
          %v338 = arith.mulf %v257, %v337 fastmath<contract> : f32
          %v339 = arith.addf %v336, %v338 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v340, %v341 = gpu.shuffle xor %v339, %v261, %v262 : f32
          %v342 = arith.addf %v339, %v340 fastmath<contract> : f32
          %v343, %v344 = gpu.shuffle xor %v342, %v266, %v262 : f32
          %v345 = arith.addf %v342, %v343 fastmath<contract> : f32
          %v346, %v347 = gpu.shuffle xor %v345, %v270, %v262 : f32
          %v348 = arith.addf %v345, %v346 fastmath<contract> : f32
          // end sum over the lanes
          %v349 = arith.addi %v34, %v82 : i64
          %v350, %v351 = gpu.shuffle idx %v131, %v167, %v182 : f32
          %v352 = arith.mulf %v212, %v350 fastmath<contract> : f32
          %v353 = llvm.load %v5 : !llvm.ptr -> f32
          %v354 = arith.mulf %v203, %v353 fastmath<contract> : f32
          %v355 = arith.addf %v354, %v352 fastmath<contract> : f32
          %v356 = arith.mulf %v239, %v350 fastmath<contract> : f32
          %v357 = llvm.load %v6 : !llvm.ptr -> f32
          %v358 = arith.mulf %v229, %v357 fastmath<contract> : f32
          %v359 = arith.addf %v358, %v356 fastmath<contract> : f32
          llvm.store %v355, %v5 : f32, !llvm.ptr
          llvm.store %v359, %v6 : f32, !llvm.ptr
          %v360 = llvm.load %v5 : !llvm.ptr -> f32
          %v361 = arith.mulf %v248, %v360 fastmath<contract> : f32
          %v362 = llvm.load %v6 : !llvm.ptr -> f32
          %v363 = arith.mulf %v257, %v362 fastmath<contract> : f32
          %v364 = arith.addf %v361, %v363 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v365, %v366 = gpu.shuffle xor %v364, %v261, %v262 : f32
          %v367 = arith.addf %v364, %v365 fastmath<contract> : f32
          %v368, %v369 = gpu.shuffle xor %v367, %v266, %v262 : f32
          %v370 = arith.addf %v367, %v368 fastmath<contract> : f32
          %v371, %v372 = gpu.shuffle xor %v370, %v270, %v262 : f32
          %v373 = arith.addf %v370, %v371 fastmath<contract> : f32
          // end sum over the lanes
          %v374 = arith.addi %v34, %v84 : i64
          %v375, %v376 = gpu.shuffle idx %v131, %v171, %v182 : f32
          %v377 = arith.mulf %v212, %v375 fastmath<contract> : f32
          %v378 = llvm.load %v5 : !llvm.ptr -> f32
          %v379 = arith.mulf %v203, %v378 fastmath<contract> : f32
          %v380 = arith.addf %v379, %v377 fastmath<contract> : f32
          %v381 = arith.mulf %v239, %v375 fastmath<contract> : f32
          %v382 = llvm.load %v6 : !llvm.ptr -> f32
          %v383 = arith.mulf %v229, %v382 fastmath<contract> : f32
          %v384 = arith.addf %v383, %v381 fastmath<contract> : f32
          llvm.store %v380, %v5 : f32, !llvm.ptr
          llvm.store %v384, %v6 : f32, !llvm.ptr
          %v385 = llvm.load %v5 : !llvm.ptr -> f32
          %v386 = arith.mulf %v248, %v385 fastmath<contract> : f32
          %v387 = llvm.load %v6 : !llvm.ptr -> f32
          %v388 = arith.mulf %v257, %v387 fastmath<contract> : f32
          %v389 = arith.addf %v386, %v388 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v390, %v391 = gpu.shuffle xor %v389, %v261, %v262 : f32
          %v392 = arith.addf %v389, %v390 fastmath<contract> : f32
          %v393, %v394 = gpu.shuffle xor %v392, %v266, %v262 : f32
          %v395 = arith.addf %v392, %v393 fastmath<contract> : f32
          %v396, %v397 = gpu.shuffle xor %v395, %v270, %v262 : f32
          %v398 = arith.addf %v395, %v396 fastmath<contract> : f32
          // end sum over the lanes
          %v399 = arith.addi %v34, %v86 : i64
          %v400, %v401 = gpu.shuffle idx %v131, %v175, %v182 : f32
          %v402 = arith.mulf %v212, %v400 fastmath<contract> : f32
          %v403 = llvm.load %v5 : !llvm.ptr -> f32
          %v404 = arith.mulf %v203, %v403 fastmath<contract> : f32
          %v405 = arith.addf %v404, %v402 fastmath<contract> : f32
          %v406 = arith.mulf %v239, %v400 fastmath<contract> : f32
          %v407 = llvm.load %v6 : !llvm.ptr -> f32
          %v408 = arith.mulf %v229, %v407 fastmath<contract> : f32
          %v409 = arith.addf %v408, %v406 fastmath<contract> : f32
          llvm.store %v405, %v5 : f32, !llvm.ptr
          llvm.store %v409, %v6 : f32, !llvm.ptr
          %v410 = llvm.load %v5 : !llvm.ptr -> f32
          %v411 = arith.mulf %v248, %v410 fastmath<contract> : f32
          %v412 = llvm.load %v6 : !llvm.ptr -> f32
          %v413 = arith.mulf %v257, %v412 fastmath<contract> : f32
          %v414 = arith.addf %v411, %v413 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v415, %v416 = gpu.shuffle xor %v414, %v261, %v262 : f32
          %v417 = arith.addf %v414, %v415 fastmath<contract> : f32
          %v418, %v419 = gpu.shuffle xor %v417, %v266, %v262 : f32
          %v420 = arith.addf %v417, %v418 fastmath<contract> : f32
          %v421, %v422 = gpu.shuffle xor %v420, %v270, %v262 : f32
          %v423 = arith.addf %v420, %v421 fastmath<contract> : f32
          // end sum over the lanes
          %v424 = arith.addi %v34, %v88 : i64
          %v425, %v426 = gpu.shuffle idx %v131, %v179, %v182 : f32
          %v427 = arith.mulf %v212, %v425 fastmath<contract> : f32
          %v428 = llvm.load %v5 : !llvm.ptr -> f32
          %v429 = arith.mulf %v203, %v428 fastmath<contract> : f32
          %v430 = arith.addf %v429, %v427 fastmath<contract> : f32
          %v431 = arith.mulf %v239, %v425 fastmath<contract> : f32
          %v432 = llvm.load %v6 : !llvm.ptr -> f32
          %v433 = arith.mulf %v229, %v432 fastmath<contract> : f32
          %v434 = arith.addf %v433, %v431 fastmath<contract> : f32
          llvm.store %v430, %v5 : f32, !llvm.ptr
          llvm.store %v434, %v6 : f32, !llvm.ptr
          %v435 = llvm.load %v5 : !llvm.ptr -> f32
          %v436 = arith.mulf %v248, %v435 fastmath<contract> : f32
          %v437 = llvm.load %v6 : !llvm.ptr -> f32
          %v438 = arith.mulf %v257, %v437 fastmath<contract> : f32
          %v439 = arith.addf %v436, %v438 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v440, %v441 = gpu.shuffle xor %v439, %v261, %v262 : f32
          %v442 = arith.addf %v439, %v440 fastmath<contract> : f32
          %v443, %v444 = gpu.shuffle xor %v442, %v266, %v262 : f32
          %v445 = arith.addf %v442, %v443 fastmath<contract> : f32
          %v446, %v447 = gpu.shuffle xor %v445, %v270, %v262 : f32
          %v448 = arith.addf %v445, %v446 fastmath<contract> : f32
          // end sum over the lanes
          %v449 = arith.addi %v34, %v89 : i64
          %v450, %v451 = gpu.shuffle idx %v145, %v151, %v182 : f32
          %v452 = arith.mulf %v212, %v450 fastmath<contract> : f32
          %v453 = llvm.load %v5 : !llvm.ptr -> f32
          %v454 = arith.mulf %v203, %v453 fastmath<contract> : f32
          %v455 = arith.addf %v454, %v452 fastmath<contract> : f32
          %v456 = arith.mulf %v239, %v450 fastmath<contract> : f32
          %v457 = llvm.load %v6 : !llvm.ptr -> f32
          %v458 = arith.mulf %v229, %v457 fastmath<contract> : f32
          %v459 = arith.addf %v458, %v456 fastmath<contract> : f32
          llvm.store %v455, %v5 : f32, !llvm.ptr
          llvm.store %v459, %v6 : f32, !llvm.ptr
          %v460 = llvm.load %v5 : !llvm.ptr -> f32
          %v461 = arith.mulf %v248, %v460 fastmath<contract> : f32
          %v462 = llvm.load %v6 : !llvm.ptr -> f32
          %v463 = arith.mulf %v257, %v462 fastmath<contract> : f32
          %v464 = arith.addf %v461, %v463 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v465, %v466 = gpu.shuffle xor %v464, %v261, %v262 : f32
          %v467 = arith.addf %v464, %v465 fastmath<contract> : f32
          %v468, %v469 = gpu.shuffle xor %v467, %v266, %v262 : f32
          %v470 = arith.addf %v467, %v468 fastmath<contract> : f32
          %v471, %v472 = gpu.shuffle xor %v470, %v270, %v262 : f32
          %v473 = arith.addf %v470, %v471 fastmath<contract> : f32
          // end sum over the lanes
          %v474 = arith.addi %v34, %v91 : i64
          %v475, %v476 = gpu.shuffle idx %v145, %v155, %v182 : f32
          %v477 = arith.mulf %v212, %v475 fastmath<contract> : f32
          %v478 = llvm.load %v5 : !llvm.ptr -> f32
          %v479 = arith.mulf %v203, %v478 fastmath<contract> : f32
          %v480 = arith.addf %v479, %v477 fastmath<contract> : f32
          %v481 = arith.mulf %v239, %v475 fastmath<contract> : f32
          %v482 = llvm.load %v6 : !llvm.ptr -> f32
          %v483 = arith.mulf %v229, %v482 fastmath<contract> : f32
          %v484 = arith.addf %v483, %v481 fastmath<contract> : f32
          llvm.store %v480, %v5 : f32, !llvm.ptr
          llvm.store %v484, %v6 : f32, !llvm.ptr
          %v485 = llvm.load %v5 : !llvm.ptr -> f32
          %v486 = arith.mulf %v248, %v485 fastmath<contract> : f32
          %v487 = llvm.load %v6 : !llvm.ptr -> f32
          %v488 = arith.mulf %v257, %v487 fastmath<contract> : f32
          %v489 = arith.addf %v486, %v488 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v490, %v491 = gpu.shuffle xor %v489, %v261, %v262 : f32
          %v492 = arith.addf %v489, %v490 fastmath<contract> : f32
          %v493, %v494 = gpu.shuffle xor %v492, %v266, %v262 : f32
          %v495 = arith.addf %v492, %v493 fastmath<contract> : f32
          %v496, %v497 = gpu.shuffle xor %v495, %v270, %v262 : f32
          %v498 = arith.addf %v495, %v496 fastmath<contract> : f32
          // end sum over the lanes
          %v499 = arith.addi %v34, %v93 : i64
          %v500, %v501 = gpu.shuffle idx %v145, %v159, %v182 : f32
          %v502 = arith.mulf %v212, %v500 fastmath<contract> : f32
          %v503 = llvm.load %v5 : !llvm.ptr -> f32
          %v504 = arith.mulf %v203, %v503 fastmath<contract> : f32
          %v505 = arith.addf %v504, %v502 fastmath<contract> : f32
          %v506 = arith.mulf %v239, %v500 fastmath<contract> : f32
          %v507 = llvm.load %v6 : !llvm.ptr -> f32
          %v508 = arith.mulf %v229, %v507 fastmath<contract> : f32
          %v509 = arith.addf %v508, %v506 fastmath<contract> : f32
          llvm.store %v505, %v5 : f32, !llvm.ptr
          llvm.store %v509, %v6 : f32, !llvm.ptr
          %v510 = llvm.load %v5 : !llvm.ptr -> f32
          %v511 = arith.mulf %v248, %v510 fastmath<contract> : f32
          %v512 = llvm.load %v6 : !llvm.ptr -> f32
          %v513 = arith.mulf %v257, %v512 fastmath<contract> : f32
          %v514 = arith.addf %v511, %v513 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v515, %v516 = gpu.shuffle xor %v514, %v261, %v262 : f32
          %v517 = arith.addf %v514, %v515 fastmath<contract> : f32
          %v518, %v519 = gpu.shuffle xor %v517, %v266, %v262 : f32
          %v520 = arith.addf %v517, %v518 fastmath<contract> : f32
          %v521, %v522 = gpu.shuffle xor %v520, %v270, %v262 : f32
          %v523 = arith.addf %v520, %v521 fastmath<contract> : f32
          // end sum over the lanes
          %v524 = arith.addi %v34, %v95 : i64
          %v525, %v526 = gpu.shuffle idx %v145, %v163, %v182 : f32
          %v527 = arith.mulf %v212, %v525 fastmath<contract> : f32
          %v528 = llvm.load %v5 : !llvm.ptr -> f32
          %v529 = arith.mulf %v203, %v528 fastmath<contract> : f32
          %v530 = arith.addf %v529, %v527 fastmath<contract> : f32
          %v531 = arith.mulf %v239, %v525 fastmath<contract> : f32
          %v532 = llvm.load %v6 : !llvm.ptr -> f32
          %v533 = arith.mulf %v229, %v532 fastmath<contract> : f32
          %v534 = arith.addf %v533, %v531 fastmath<contract> : f32
          llvm.store %v530, %v5 : f32, !llvm.ptr
          llvm.store %v534, %v6 : f32, !llvm.ptr
          %v535 = llvm.load %v5 : !llvm.ptr -> f32
          %v536 = arith.mulf %v248, %v535 fastmath<contract> : f32
          %v537 = llvm.load %v6 : !llvm.ptr -> f32
          %v538 = arith.mulf %v257, %v537 fastmath<contract> : f32
          %v539 = arith.addf %v536, %v538 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v540, %v541 = gpu.shuffle xor %v539, %v261, %v262 : f32
          %v542 = arith.addf %v539, %v540 fastmath<contract> : f32
          %v543, %v544 = gpu.shuffle xor %v542, %v266, %v262 : f32
          %v545 = arith.addf %v542, %v543 fastmath<contract> : f32
          %v546, %v547 = gpu.shuffle xor %v545, %v270, %v262 : f32
          %v548 = arith.addf %v545, %v546 fastmath<contract> : f32
          // end sum over the lanes
          %v549 = arith.addi %v34, %v97 : i64
          %v550, %v551 = gpu.shuffle idx %v145, %v167, %v182 : f32
          %v552 = arith.mulf %v212, %v550 fastmath<contract> : f32
          %v553 = llvm.load %v5 : !llvm.ptr -> f32
          %v554 = arith.mulf %v203, %v553 fastmath<contract> : f32
          %v555 = arith.addf %v554, %v552 fastmath<contract> : f32
          %v556 = arith.mulf %v239, %v550 fastmath<contract> : f32
          %v557 = llvm.load %v6 : !llvm.ptr -> f32
          %v558 = arith.mulf %v229, %v557 fastmath<contract> : f32
          %v559 = arith.addf %v558, %v556 fastmath<contract> : f32
          llvm.store %v555, %v5 : f32, !llvm.ptr
          llvm.store %v559, %v6 : f32, !llvm.ptr
          %v560 = llvm.load %v5 : !llvm.ptr -> f32
          %v561 = arith.mulf %v248, %v560 fastmath<contract> : f32
          %v562 = llvm.load %v6 : !llvm.ptr -> f32
          %v563 = arith.mulf %v257, %v562 fastmath<contract> : f32
          %v564 = arith.addf %v561, %v563 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v565, %v566 = gpu.shuffle xor %v564, %v261, %v262 : f32
          %v567 = arith.addf %v564, %v565 fastmath<contract> : f32
          %v568, %v569 = gpu.shuffle xor %v567, %v266, %v262 : f32
          %v570 = arith.addf %v567, %v568 fastmath<contract> : f32
          %v571, %v572 = gpu.shuffle xor %v570, %v270, %v262 : f32
          %v573 = arith.addf %v570, %v571 fastmath<contract> : f32
          // end sum over the lanes
          %v574 = arith.addi %v34, %v99 : i64
          %v575, %v576 = gpu.shuffle idx %v145, %v171, %v182 : f32
          %v577 = arith.mulf %v212, %v575 fastmath<contract> : f32
          %v578 = llvm.load %v5 : !llvm.ptr -> f32
          %v579 = arith.mulf %v203, %v578 fastmath<contract> : f32
          %v580 = arith.addf %v579, %v577 fastmath<contract> : f32
          %v581 = arith.mulf %v239, %v575 fastmath<contract> : f32
          %v582 = llvm.load %v6 : !llvm.ptr -> f32
          %v583 = arith.mulf %v229, %v582 fastmath<contract> : f32
          %v584 = arith.addf %v583, %v581 fastmath<contract> : f32
          llvm.store %v580, %v5 : f32, !llvm.ptr
          llvm.store %v584, %v6 : f32, !llvm.ptr
          %v585 = llvm.load %v5 : !llvm.ptr -> f32
          %v586 = arith.mulf %v248, %v585 fastmath<contract> : f32
          %v587 = llvm.load %v6 : !llvm.ptr -> f32
          %v588 = arith.mulf %v257, %v587 fastmath<contract> : f32
          %v589 = arith.addf %v586, %v588 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v590, %v591 = gpu.shuffle xor %v589, %v261, %v262 : f32
          %v592 = arith.addf %v589, %v590 fastmath<contract> : f32
          %v593, %v594 = gpu.shuffle xor %v592, %v266, %v262 : f32
          %v595 = arith.addf %v592, %v593 fastmath<contract> : f32
          %v596, %v597 = gpu.shuffle xor %v595, %v270, %v262 : f32
          %v598 = arith.addf %v595, %v596 fastmath<contract> : f32
          // end sum over the lanes
          %v599 = arith.addi %v34, %v101 : i64
          %v600, %v601 = gpu.shuffle idx %v145, %v175, %v182 : f32
          %v602 = arith.mulf %v212, %v600 fastmath<contract> : f32
          %v603 = llvm.load %v5 : !llvm.ptr -> f32
          %v604 = arith.mulf %v203, %v603 fastmath<contract> : f32
          %v605 = arith.addf %v604, %v602 fastmath<contract> : f32
          %v606 = arith.mulf %v239, %v600 fastmath<contract> : f32
          %v607 = llvm.load %v6 : !llvm.ptr -> f32
          %v608 = arith.mulf %v229, %v607 fastmath<contract> : f32
          %v609 = arith.addf %v608, %v606 fastmath<contract> : f32
          llvm.store %v605, %v5 : f32, !llvm.ptr
          llvm.store %v609, %v6 : f32, !llvm.ptr
          %v610 = llvm.load %v5 : !llvm.ptr -> f32
          %v611 = arith.mulf %v248, %v610 fastmath<contract> : f32
          %v612 = llvm.load %v6 : !llvm.ptr -> f32
          %v613 = arith.mulf %v257, %v612 fastmath<contract> : f32
          %v614 = arith.addf %v611, %v613 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v615, %v616 = gpu.shuffle xor %v614, %v261, %v262 : f32
          %v617 = arith.addf %v614, %v615 fastmath<contract> : f32
          %v618, %v619 = gpu.shuffle xor %v617, %v266, %v262 : f32
          %v620 = arith.addf %v617, %v618 fastmath<contract> : f32
          %v621, %v622 = gpu.shuffle xor %v620, %v270, %v262 : f32
          %v623 = arith.addf %v620, %v621 fastmath<contract> : f32
          // end sum over the lanes
          %v624 = arith.addi %v34, %v103 : i64
          %v625, %v626 = gpu.shuffle idx %v145, %v179, %v182 : f32
          %v627 = arith.mulf %v212, %v625 fastmath<contract> : f32
          %v628 = llvm.load %v5 : !llvm.ptr -> f32
          %v629 = arith.mulf %v203, %v628 fastmath<contract> : f32
          %v630 = arith.addf %v629, %v627 fastmath<contract> : f32
          %v631 = arith.mulf %v239, %v625 fastmath<contract> : f32
          %v632 = llvm.load %v6 : !llvm.ptr -> f32
          %v633 = arith.mulf %v229, %v632 fastmath<contract> : f32
          %v634 = arith.addf %v633, %v631 fastmath<contract> : f32
          llvm.store %v630, %v5 : f32, !llvm.ptr
          llvm.store %v634, %v6 : f32, !llvm.ptr
          %v635 = llvm.load %v5 : !llvm.ptr -> f32
          %v636 = arith.mulf %v248, %v635 fastmath<contract> : f32
          %v637 = llvm.load %v6 : !llvm.ptr -> f32
          %v638 = arith.mulf %v257, %v637 fastmath<contract> : f32
          %v639 = arith.addf %v636, %v638 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v640, %v641 = gpu.shuffle xor %v639, %v261, %v262 : f32
          %v642 = arith.addf %v639, %v640 fastmath<contract> : f32
          %v643, %v644 = gpu.shuffle xor %v642, %v266, %v262 : f32
          %v645 = arith.addf %v642, %v643 fastmath<contract> : f32
          %v646, %v647 = gpu.shuffle xor %v645, %v270, %v262 : f32
          %v648 = arith.addf %v645, %v646 fastmath<contract> : f32
          // end sum over the lanes
          %v649 = arith.addi %v34, %v121 : i64
          %v650 = arith.select %v157, %v298, %v273 : f32
          %v651 = arith.select %v161, %v323, %v650 : f32
          %v652 = arith.select %v165, %v348, %v651 : f32
          %v653 = arith.select %v169, %v373, %v652 : f32
          %v654 = arith.select %v173, %v398, %v653 : f32
          %v655 = arith.select %v177, %v423, %v654 : f32
          %v656 = arith.select %v181, %v448, %v655 : f32
          %v657 = arith.addf %v656, %v135 fastmath<contract> : f32
          scf.if %v20 {
            %v658 = arith.muli %v25, %v124 : i64
            %v659 = arith.muli %v23, %v123 : i64
            %v660 = arith.addi %v658, %v659 : i64
            %v661 = arith.muli %v649, %v2 : i64
            %v662 = arith.addi %v660, %v661 : i64
            %v663 = llvm.getelementptr %out_y[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v657, %v663 : f32, !llvm.ptr
          }
          %v664 = arith.addi %v34, %v137 : i64
          %v665 = arith.select %v157, %v498, %v473 : f32
          %v666 = arith.select %v161, %v523, %v665 : f32
          %v667 = arith.select %v165, %v548, %v666 : f32
          %v668 = arith.select %v169, %v573, %v667 : f32
          %v669 = arith.select %v173, %v598, %v668 : f32
          %v670 = arith.select %v177, %v623, %v669 : f32
          %v671 = arith.select %v181, %v648, %v670 : f32
          %v672 = arith.addf %v671, %v146 fastmath<contract> : f32
          scf.if %v20 {
            %v673 = arith.muli %v25, %v124 : i64
            %v674 = arith.muli %v23, %v123 : i64
            %v675 = arith.addi %v673, %v674 : i64
            %v676 = arith.muli %v664, %v2 : i64
            %v677 = arith.addi %v675, %v676 : i64
            %v678 = llvm.getelementptr %out_y[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v672, %v678 : f32, !llvm.ptr
          }
        }
        %v679 = arith.muli %v68, %v1 : i64
        %v680 = arith.index_cast %v679 : i64 to index
        %v681 = arith.index_cast %v67 : i64 to index
        %v682 = arith.index_cast %v2 : i64 to index
        scf.for %v683 = %v680 to %v681 step %v682 {
          %v684 = arith.index_cast %v683 : index to i64
          %v685 = arith.addi %v34, %v684 : i64
          %v686 = arith.muli %v25, %v124 : i64
          %v687 = arith.muli %v23, %v123 : i64
          %v688 = arith.addi %v686, %v687 : i64
          %v689 = arith.muli %v685, %v2 : i64
          %v690 = arith.addi %v688, %v689 : i64
          %v691 = llvm.getelementptr %in_u[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v692 = llvm.load %v691 : !llvm.ptr -> f32
          %v693 = arith.mulf %v212, %v692 fastmath<contract> : f32
          %v694 = llvm.load %v5 : !llvm.ptr -> f32
          %v695 = arith.mulf %v203, %v694 fastmath<contract> : f32
          %v696 = arith.addf %v695, %v693 fastmath<contract> : f32
          %v697 = arith.mulf %v239, %v692 fastmath<contract> : f32
          %v698 = llvm.load %v6 : !llvm.ptr -> f32
          %v699 = arith.mulf %v229, %v698 fastmath<contract> : f32
          %v700 = arith.addf %v699, %v697 fastmath<contract> : f32
          llvm.store %v696, %v5 : f32, !llvm.ptr
          llvm.store %v700, %v6 : f32, !llvm.ptr
          %v701 = llvm.load %v5 : !llvm.ptr -> f32
          %v702 = arith.mulf %v248, %v701 fastmath<contract> : f32
          %v703 = llvm.load %v6 : !llvm.ptr -> f32
          %v704 = arith.mulf %v257, %v703 fastmath<contract> : f32
          %v705 = arith.addf %v702, %v704 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v706, %v707 = gpu.shuffle xor %v705, %v261, %v262 : f32
          %v708 = arith.addf %v705, %v706 fastmath<contract> : f32
          %v709, %v710 = gpu.shuffle xor %v708, %v266, %v262 : f32
          %v711 = arith.addf %v708, %v709 fastmath<contract> : f32
          %v712, %v713 = gpu.shuffle xor %v711, %v270, %v262 : f32
          %v714 = arith.addf %v711, %v712 fastmath<contract> : f32
          // end sum over the lanes
          %v715 = arith.mulf %v692, %v134 fastmath<contract> : f32
          %v716 = arith.addf %v714, %v715 fastmath<contract> : f32
          scf.if %v20 {
            %v717 = arith.muli %v25, %v124 : i64
            %v718 = arith.muli %v23, %v123 : i64
            %v719 = arith.addi %v717, %v718 : i64
            %v720 = arith.muli %v685, %v2 : i64
            %v721 = arith.addi %v719, %v720 : i64
            %v722 = llvm.getelementptr %out_y[%v721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v716, %v722 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
  }
}
